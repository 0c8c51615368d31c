import { Controller, Get, UseInterceptors, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ArticleQueryService } from '../articles/article-query.service.js';
import { AppError } from '../common/errors.js';
import { ArticleListQuery } from './dto/queries.js';
import { HttpCacheInterceptor } from './http-cache.interceptor.js';
import { toPageJson } from './paging.js';
import { Representer } from './representer.js';
import { ArticleJson, ArticlePageJson, ProblemJson } from './representations.js';

@ApiTags('articles')
@UseInterceptors(HttpCacheInterceptor)
@Controller('api/articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticleQueryService,
    private readonly representer: Representer,
  ) {}

  @Get()
  @ApiOkResponse({ type: ArticlePageJson, description: 'Published articles in one locale, newest first.' })
  async list(@Query() query: ArticleListQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const page = await this.articles.listPublished(
      request,
      { locale: query.locale, first: query.limit, after: query.cursor },
      { section: query.section, tag: query.tag, author: query.author, includeSubsections: true },
    );
    return toPageJson(page, request, response, (article) => this.representer.articleSummary(request, article));
  }

  @Get(':locale/:slug')
  @ApiOkResponse({ type: ArticleJson })
  @ApiNotFoundResponse({ type: ProblemJson })
  async one(@Param('locale') locale: string, @Param('slug') slug: string, @Req() request: Request) {
    const article = await this.articles.findPublishedBySlug(slug, locale);
    if (!article) throw AppError.notFound('Article');
    return this.representer.article(request, article);
  }
}
