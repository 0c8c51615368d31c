import { Module } from '@nestjs/common';
import { SectionsResolver } from './sections.resolver.js';
import { SectionQueryService } from './sections.service.js';

@Module({ providers: [SectionQueryService, SectionsResolver], exports: [SectionQueryService] })
export class SectionsModule {}
