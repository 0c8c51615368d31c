import { Module } from '@nestjs/common';
import { TagsResolver } from './tags.resolver.js';
import { TagQueryService } from './tags.service.js';

@Module({ providers: [TagQueryService, TagsResolver], exports: [TagQueryService] })
export class TagsModule {}
