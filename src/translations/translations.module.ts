import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { TranslationsResolver } from './translations.resolver.js';
import { TranslationsService } from './translations.service.js';

/** The translation workflow; it reads and writes through articles, which know nothing of it. */
@Module({ imports: [ArticlesModule], providers: [TranslationsService, TranslationsResolver] })
export class TranslationsModule {}
