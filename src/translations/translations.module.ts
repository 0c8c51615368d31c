import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { StoryMergeService } from './story-merge.service.js';
import { TranslationQueueService } from './translation-queue.service.js';
import { TranslationsResolver } from './translations.resolver.js';
import { TranslationsService } from './translations.service.js';

/** The translation workflow; it reads and writes through articles, which know nothing of it. */
@Module({ imports: [ArticlesModule], providers: [TranslationsService, TranslationQueueService, StoryMergeService, TranslationsResolver] })
export class TranslationsModule {}
