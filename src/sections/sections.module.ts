import { Module } from '@nestjs/common';
import { MissingSectionTranslationsResolver, SectionEditingResolver } from './section-editing.resolver.js';
import { SectionEditingService } from './section-editing.service.js';
import { SectionsResolver } from './sections.resolver.js';
import { SectionQueryService } from './sections.service.js';

@Module({
  providers: [SectionQueryService, SectionsResolver, SectionEditingService, SectionEditingResolver, MissingSectionTranslationsResolver],
  exports: [SectionQueryService],
})
export class SectionsModule {}
