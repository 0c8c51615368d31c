import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Locales } from '../common/locales.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import { toArticleModel } from './article.mapper.js';
import { onlyPublic } from './article-visibility.js';
import { Article } from './entities/article.entity.js';
import type { ArticleModel } from './models/article.model.js';

export interface ArticleListQuery {
  locale: string;
  first: number;
  after?: string;
}

/** Public reads of articles: lookups and lists, always through the visibility rule. */
@Injectable()
export class ArticleQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
  ) {}

  /** The published version with this slug in this locale, or null (a 404 for the frontend, not an error). */
  async findPublishedBySlug(slug: string, locale: string): Promise<ArticleModel | null> {
    this.locales.assertSupported(locale);
    const article = await onlyPublic(this.articles())
      .andWhere('article.locale = :locale AND article.slug = :slug', { locale, slug })
      .getOne();
    return article ? toArticleModel(article) : null;
  }

  /** Published versions in one locale, newest first, keyset-paginated on (publishedAt, id). */
  async listPublished(query: ArticleListQuery): Promise<Page<ArticleModel>> {
    this.locales.assertSupported(query.locale);
    const list = onlyPublic(this.articles()).andWhere('article.locale = :locale', { locale: query.locale });
    const totalCount = await list.clone().getCount();
    const page = list.clone().orderBy('article.published_at', 'DESC').addOrderBy('article.id', 'DESC').take(query.first + 1);
    if (query.after) {
      const [publishedAt, id] = decodeCursor(query.after, ['date', 'string']);
      page.andWhere('(article.published_at, article.id) < (:afterPublishedAt, :afterId)', {
        afterPublishedAt: publishedAt,
        afterId: id,
      });
    }
    const rows = await page.getMany();
    return toPage(rows, query.first, totalCount, Boolean(query.after), publishedCursor, toArticleModel);
  }

  private articles() {
    return this.dataSource.getRepository(Article).createQueryBuilder('article');
  }
}

function publishedCursor(article: Article): string {
  return encodeCursor([article.publishedAt?.toISOString() ?? '', article.id]);
}
