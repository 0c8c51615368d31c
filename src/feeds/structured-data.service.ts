import { Injectable } from '@nestjs/common';
import type { ArticleModel } from '../articles/models/article.model.js';
import { AppConfig } from '../config/app-config.js';
import { ArticleDescriber } from './article-describer.service.js';
import { newsArticleJsonLd, type JsonLd } from './structured-data.js';

@Injectable()
export class StructuredDataService {
  constructor(
    private readonly describer: ArticleDescriber,
    private readonly config: AppConfig,
  ) {}

  /** The article's NewsArticle JSON-LD; its byline and sections come through the request's loaders. */
  async forArticle(request: object, article: ArticleModel): Promise<JsonLd> {
    const publisher = { name: this.config.PUBLICATION_NAME, logoUrl: this.config.PUBLISHER_LOGO_URL };
    return newsArticleJsonLd(await this.describer.describe(request, article), publisher);
  }
}
