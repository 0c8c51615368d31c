import { Injectable } from '@nestjs/common';
import { PublicPaths } from '../common/public-paths.js';
import { SectionQueryService } from '../sections/sections.service.js';
import type { ArticleModel } from './models/article.model.js';

/** The canonical path of an article: ARTICLE_PATH_PATTERN filled with its primary section's slug in its locale. */
@Injectable()
export class ArticlePaths {
  constructor(
    private readonly sections: SectionQueryService,
    private readonly paths: PublicPaths,
  ) {}

  async canonicalPath(request: object, article: Pick<ArticleModel, 'locale' | 'slug' | 'primarySectionId'>): Promise<string> {
    const section = article.primarySectionId ? (await this.sections.tree(request, article.locale)).get(article.primarySectionId) : undefined;
    return this.paths.article({ locale: article.locale, slug: article.slug, section: section?.slug ?? null });
  }
}
