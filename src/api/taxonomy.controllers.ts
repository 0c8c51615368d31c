import { Controller, Get, UseInterceptors, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthorQueryService } from '../authors/authors.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagQueryService } from '../tags/tags.service.js';
import { AuthorListQuery, LocaleQuery, OptionalLocaleQuery, TagListQuery } from './dto/queries.js';
import { HttpCacheInterceptor } from './http-cache.interceptor.js';
import { toPageJson } from './paging.js';
import { Representer } from './representer.js';
import { AuthorJson, AuthorPageJson, ProblemJson, SectionJson, TagJson, TagPageJson } from './representations.js';

@ApiTags('sections')
@UseInterceptors(HttpCacheInterceptor)
@Controller('api/sections')
export class SectionsController {
  constructor(
    private readonly sections: SectionQueryService,
    private readonly representer: Representer,
  ) {}

  @Get()
  @ApiOkResponse({ type: [SectionJson], description: 'The section tree: top-level sections in menu order, each with its children.' })
  async tree(@Query() { locale }: LocaleQuery, @Req() request: Request) {
    const tree = await this.sections.tree(request, locale);
    return this.representer.sectionTree(tree.roots(), tree);
  }

  @Get(':locale/:slug')
  @ApiOkResponse({ type: SectionJson, description: 'One section with its breadcrumb and children; its articles are at /api/articles?section=.' })
  @ApiNotFoundResponse({ type: ProblemJson })
  async one(@Param('locale') locale: string, @Param('slug') slug: string, @Req() request: Request) {
    const tree = await this.sections.tree(request, locale);
    const section = tree.bySlug(slug);
    if (!section) throw AppError.notFound('Section');
    return this.representer.sectionTree([section], tree)[0];
  }
}

@ApiTags('tags')
@UseInterceptors(HttpCacheInterceptor)
@Controller('api/tags')
export class TagsController {
  constructor(
    private readonly tags: TagQueryService,
    private readonly representer: Representer,
  ) {}

  @Get()
  @ApiOkResponse({ type: TagPageJson, description: 'Tags in alphabetical order of their localized name.' })
  async list(@Query() query: TagListQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const page = await this.tags.list({ locale: query.locale, first: query.limit, after: query.cursor, search: query.search });
    return toPageJson(page, request, response, (tag) => this.representer.tag(tag));
  }

  @Get(':locale/:slug')
  @ApiOkResponse({ type: TagJson })
  @ApiNotFoundResponse({ type: ProblemJson })
  async one(@Param('locale') locale: string, @Param('slug') slug: string) {
    const tag = await this.tags.findBySlug(slug, locale);
    if (!tag) throw AppError.notFound('Tag');
    return this.representer.tag(tag);
  }
}

@ApiTags('authors')
@UseInterceptors(HttpCacheInterceptor)
@Controller('api/authors')
export class AuthorsController {
  constructor(
    private readonly authors: AuthorQueryService,
    private readonly locales: Locales,
    private readonly representer: Representer,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuthorPageJson, description: 'Authors in alphabetical order.' })
  async list(@Query() query: AuthorListQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const page = await this.authors.list({ locale: query.locale ?? this.locales.defaultLocale, first: query.limit, after: query.cursor });
    return toPageJson(page, request, response, (author) => this.representer.author(author));
  }

  @Get(':slug')
  @ApiOkResponse({ type: AuthorJson })
  @ApiNotFoundResponse({ type: ProblemJson })
  async one(@Param('slug') slug: string, @Query() { locale }: OptionalLocaleQuery) {
    const author = await this.authors.findBySlug(slug, locale ?? this.locales.defaultLocale);
    if (!author) throw AppError.notFound('Author');
    return this.representer.author(author);
  }
}
