import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tagResponse } from '../cache/response-tags.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { TaggedCache } from '../changes/tagged-cache.js';
import { Locales } from '../common/locales.js';
import { pickTranslations } from '../common/localized.js';
import { perRequest } from '../common/request-cache.js';
import { SectionTree, type SectionNode } from './section-tree.js';

interface SectionRow {
  id: string;
  parent_id: string | null;
  position: number;
  locale: string;
  name: string;
  slug: string;
  description: string | null;
}

/** Reads the section tree in a locale, with the default locale filling in missing translations. */
@Injectable()
export class SectionQueryService {
  /** Per locale; any taxonomy change drops them all (section names and slugs fall back across locales). */
  private readonly trees = new TaggedCache<SectionTree>({ maxEntries: 64, ttlMs: 60_000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    changes: ContentChanges,
  ) {
    changes.onCommitted(async (committed) => this.trees.purge(committed));
  }

  /**
   * The whole tree in one statement, shared by every request until a taxonomy change (the tree is
   * small, read by nearly every page, and changes a few times a day), and fixed for a request once it
   * has read it, so one page never mixes two trees.
   */
  tree(request: object, locale: string): Promise<SectionTree> {
    this.locales.assertSupported(locale);
    // Before the memo: every request that reads the tree records it.
    tagResponse(SurrogateKeys.taxonomy);
    return perRequest(request, `section-tree:${locale}`, () => this.trees.get(locale, [SurrogateKeys.taxonomy], () => this.loadTree(locale)));
  }

  /** The section whose slug (in this locale, or the fallback slug where it has no translation) matches. */
  async findBySlug(request: object, slug: string, locale: string): Promise<SectionNode | null> {
    return (await this.tree(request, locale)).bySlug(slug) ?? null;
  }

  /** Sections by id in a locale (with fallback), in menu order, read fresh: what a mutation returns. */
  async byIds(ids: readonly string[], locale: string): Promise<SectionNode[]> {
    this.locales.assertSupported(locale);
    tagResponse(SurrogateKeys.taxonomy);
    return this.load(locale, 's.id = ANY($2::uuid[])', [ids]);
  }

  private async loadTree(locale: string): Promise<SectionTree> {
    return new SectionTree(await this.load(locale));
  }

  /** Sections with their best translation for `locale`; `scope` narrows with parameters from $2. */
  private async load(locale: string, scope = 'TRUE', parameters: unknown[] = []): Promise<SectionNode[]> {
    const chain = this.locales.fallbackChain(locale);
    const rows: SectionRow[] = await this.dataSource.query(
      `SELECT s.id, s.parent_id, s.position, t.locale, t.name, t.slug, t.description
         FROM section s JOIN section_translation t ON t.section_id = s.id AND t.locale = ANY($1)
        WHERE ${scope}`,
      [chain, ...parameters],
    );
    const picked = pickTranslations(rows, (row) => row.id, chain);
    return [...picked.values()].map(({ row, servedLocale, isFallback }) => ({
      id: row.id,
      parentId: row.parent_id,
      position: row.position,
      name: row.name,
      slug: row.slug,
      description: row.description,
      locale,
      servedLocale,
      isFallback,
    }));
  }
}
