import { Controller, Get, UseInterceptors, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SearchService } from '../search/search.service.js';
import { SearchQueryParams } from './dto/queries.js';
import { HttpCacheInterceptor } from './http-cache.interceptor.js';
import { toPageJson } from './paging.js';
import { Representer } from './representer.js';
import { SearchPageJson } from './representations.js';

@ApiTags('search')
@UseInterceptors(HttpCacheInterceptor)
@Controller('api/search')
export class SearchController {
  constructor(
    private readonly searchService: SearchService,
    private readonly representer: Representer,
  ) {}

  @Get()
  @ApiOkResponse({ type: SearchPageJson, description: 'Full-text search over published articles of one locale; title matches first.' })
  async search(@Query() query: SearchQueryParams, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const page = await this.searchService.search({ query: query.q.trim(), locale: query.locale, first: query.limit, after: query.cursor });
    return toPageJson(page, request, response, async (hit) => ({ ...hit, article: await this.representer.articleSummary(request, hit.article) }));
  }
}
