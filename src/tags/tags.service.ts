import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Locales } from '../common/locales.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import type { TagModel } from './models/tag.model.js';

export interface TagRow {
  id: string;
  locale: string;
  name: string;
  slug: string;
}

export interface TagListQuery {
  locale: string;
  first: number;
  after?: string;
  search?: string;
}

/**
 * Each tag once, in the best locale of the chain bound as $1 (requested, then default). `scope`
 * narrows the tags with further bound parameters.
 */
export function localizedTags(scope = 'TRUE'): string {
  return `SELECT DISTINCT ON (t.tag_id) t.tag_id AS id, t.locale, t.name, t.slug
      FROM tag_translation t WHERE t.locale = ANY($1) AND ${scope}
      ORDER BY t.tag_id, array_position($1::varchar[], t.locale)`;
}

/** Localized tag reads: each tag in the requested locale, or the default locale where it has no translation. */
@Injectable()
export class TagQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
  ) {}

  /** Tags in alphabetical order of their localized name, keyset-paginated; `search` matches names. */
  async list(query: TagListQuery): Promise<Page<TagModel>> {
    tagResponse(SurrogateKeys.taxonomy);
    const chain = this.chain(query.locale);
    const search = query.search ? `%${escapeLike(query.search)}%` : null;
    const after = query.after ? decodeCursor(query.after, ['string', 'string']) : [null, null];
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${localizedTags()}) tag WHERE $2::text IS NULL OR tag.name ILIKE $2`,
      [chain, search],
    );
    const rows: TagRow[] = await this.dataSource.query(
      `SELECT * FROM (${localizedTags()}) tag
        WHERE ($2::text IS NULL OR tag.name ILIKE $2) AND ($3::text IS NULL OR (tag.name, tag.id) > ($3, $4::uuid))
        ORDER BY tag.name, tag.id LIMIT $5`,
      [chain, search, ...after, query.first + 1],
    );
    const toModel = (row: TagRow) => toTagModel(row, query.locale);
    return toPage(rows, query.first, count, Boolean(query.after), (row) => encodeCursor([row.name, row.id]), toModel);
  }

  /** The tag with this slug in the locale (or its fallback slug where the tag has no translation), or null. */
  async findBySlug(slug: string, locale: string): Promise<TagModel | null> {
    tagResponse(SurrogateKeys.taxonomy);
    const chain = this.chain(locale);
    const [row]: TagRow[] = await this.dataSource.query(
      `SELECT * FROM (${localizedTags('t.tag_id IN (SELECT tag_id FROM tag_translation WHERE slug = $2 AND locale = ANY($1))')}) tag
        WHERE tag.slug = $2`,
      [chain, slug],
    );
    return row ? toTagModel(row, locale) : null;
  }

  /** Localized tags by id, for loaders. */
  async byIds(ids: readonly string[], locale: string): Promise<Map<string, TagModel>> {
    tagResponse(SurrogateKeys.taxonomy);
    const rows: TagRow[] = await this.dataSource.query(localizedTags('t.tag_id = ANY($2::uuid[])'), [this.chain(locale), ids]);
    return new Map(rows.map((row) => [row.id, toTagModel(row, locale)]));
  }

  private chain(locale: string): string[] {
    this.locales.assertSupported(locale);
    return this.locales.fallbackChain(locale);
  }

}

export function toTagModel(row: TagRow, locale: string): TagModel {
  return { id: row.id, locale, name: row.name, slug: row.slug, servedLocale: row.locale, isFallback: row.locale !== locale };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
