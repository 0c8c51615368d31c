import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthorModel } from '../authors/models/author.model.js';
import { perRequest } from '../common/request-cache.js';
import type { TagModel } from '../tags/models/tag.model.js';
import { ArticleRelationsService, groupBy } from './article-relations.service.js';
import type { ArticleModel } from './models/article.model.js';

export interface ArticleRequestLoaders {
  /** Key: `${storyId}|${locale}`. */
  authorsByStoryLoader: DataLoader<string, AuthorModel[]>;
  /** Key: `${storyId}|${locale}`. */
  tagsByStoryLoader: DataLoader<string, TagModel[]>;
  sectionIdsByStoryLoader: DataLoader<string, string[]>;
  publicVersionsByStoryLoader: DataLoader<string, ArticleModel[]>;
  /** Key: `${articleId}|${first}`. */
  relatedByArticleLoader: DataLoader<string, ArticleModel[]>;
  /** The HTML body of versions read without it (lists). */
  bodyByArticleLoader: DataLoader<string, string>;
}

export const localizedKey = (id: string, locale: string) => `${id}|${locale}`;

/**
 * Batches keys of the form `${id}|${parameter}` by parameter: one statement per distinct parameter
 * (in practice one locale, or one `first`), whatever the number of ids.
 */
function batchedByParameter<T>(load: (ids: string[], parameter: string) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const results = new Map<string, T[]>();
    for (const [parameter, group] of groupBy([...keys], (key) => key.split('|')[1]!)) {
      const ids = group.map((key) => key.split('|')[0]!);
      const found = await load([...new Set(ids)], parameter);
      for (const key of group) results.set(key, found.get(key.split('|')[0]!) ?? []);
    }
    return keys.map((key) => results.get(key) ?? []);
  });
}

function batched<T>(load: (ids: string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const found = await load([...keys]);
    return keys.map((key) => found.get(key) ?? []);
  });
}

/** Per-request DataLoaders for everything a list of articles can reach. */
@Injectable()
export class ArticleLoaders {
  constructor(private readonly relations: ArticleRelationsService) {}

  for(request: object): ArticleRequestLoaders {
    return perRequest(request, 'article-loaders', () => ({
      authorsByStoryLoader: batchedByParameter((ids, locale) => this.relations.authorsByStory(ids, locale)),
      tagsByStoryLoader: batchedByParameter((ids, locale) => this.relations.tagsByStory(ids, locale)),
      sectionIdsByStoryLoader: batched((ids) => this.relations.sectionIdsByStory(ids)),
      publicVersionsByStoryLoader: batched((ids) => this.relations.publicVersionsByStory(ids)),
      relatedByArticleLoader: batchedByParameter((ids, first) => this.relations.relatedByArticle(ids, Number(first))),
      bodyByArticleLoader: new DataLoader<string, string>(async (ids) => {
        const bodies = await this.relations.bodiesByArticle(ids);
        return ids.map((id) => bodies.get(id) ?? '');
      }),
    }));
  }
}
