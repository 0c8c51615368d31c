import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Locales } from '../common/locales.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import type { AuthorModel } from './models/author.model.js';

export interface AuthorRow {
  id: string;
  name: string;
  slug: string;
  twitter_handle: string | null;
  avatar_url: string | null;
  bio: string | null;
  bio_locale: string | null;
}

/** Authors with their bio in the best locale of the chain bound as $1. `scope` narrows with further parameters. */
export function localizedAuthors(scope = 'TRUE'): string {
  return `SELECT a.id, a.name, a.slug, a.twitter_handle, a.avatar_url, bio.bio, bio.locale AS bio_locale
      FROM author a
      LEFT JOIN LATERAL (SELECT t.bio, t.locale FROM author_translation t WHERE t.author_id = a.id AND t.locale = ANY($1)
                         ORDER BY array_position($1::varchar[], t.locale) LIMIT 1) bio ON TRUE
     WHERE ${scope}`;
}

export interface AuthorListQuery {
  locale: string;
  first: number;
  after?: string;
}

@Injectable()
export class AuthorQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
  ) {}

  /** Authors in alphabetical order of name, keyset-paginated. */
  async list(query: AuthorListQuery): Promise<Page<AuthorModel>> {
    tagResponse(SurrogateKeys.taxonomy);
    const chain = this.chain(query.locale);
    const after = query.after ? decodeCursor(query.after, ['string', 'string']) : [null, null];
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM author`);
    const rows: AuthorRow[] = await this.dataSource.query(
      `${localizedAuthors('($2::text IS NULL OR (a.name, a.id) > ($2, $3::uuid))')} ORDER BY a.name, a.id LIMIT $4`,
      [chain, ...after, query.first + 1],
    );
    const toModel = (row: AuthorRow) => toAuthorModel(row, query.locale);
    return toPage(rows, query.first, count, Boolean(query.after), (row) => encodeCursor([row.name, row.id]), toModel);
  }

  async findBySlug(slug: string, locale: string): Promise<AuthorModel | null> {
    tagResponse(SurrogateKeys.taxonomy);
    const [row]: AuthorRow[] = await this.dataSource.query(localizedAuthors('a.slug = $2'), [this.chain(locale), slug]);
    return row ? toAuthorModel(row, locale) : null;
  }

  /** Localized authors by id, for loaders. */
  async byIds(ids: readonly string[], locale: string): Promise<Map<string, AuthorModel>> {
    tagResponse(SurrogateKeys.taxonomy);
    const rows: AuthorRow[] = await this.dataSource.query(localizedAuthors('a.id = ANY($2::uuid[])'), [this.chain(locale), ids]);
    return new Map(rows.map((row) => [row.id, toAuthorModel(row, locale)]));
  }

  private chain(locale: string): string[] {
    this.locales.assertSupported(locale);
    return this.locales.fallbackChain(locale);
  }
}

export function toAuthorModel(row: AuthorRow, locale: string): AuthorModel {
  const servedLocale = row.bio_locale ?? locale;
  return {
    id: row.id,
    locale,
    name: row.name,
    slug: row.slug,
    twitterHandle: row.twitter_handle,
    avatarUrl: row.avatar_url,
    bio: row.bio,
    servedLocale,
    isFallback: servedLocale !== locale,
  };
}
