import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** Full-text search; reads articles (through their visibility rule), which know nothing of it. */
@Module({ providers: [SearchService, SearchResolver], exports: [SearchService] })
export class SearchModule {}
