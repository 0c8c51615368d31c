import { Module } from '@nestjs/common';
import { MissingTagTranslationsResolver, TagEditingResolver } from './tag-editing.resolver.js';
import { TagEditingService } from './tag-editing.service.js';
import { TagsResolver } from './tags.resolver.js';
import { TagQueryService } from './tags.service.js';

@Module({
  providers: [TagQueryService, TagsResolver, TagEditingService, TagEditingResolver, MissingTagTranslationsResolver],
  exports: [TagQueryService],
})
export class TagsModule {}
