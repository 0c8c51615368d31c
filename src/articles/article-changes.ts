import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthorQueryService } from '../authors/authors.service.js';
import type { ChangeLog } from '../changes/content-changes.service.js';
import type { ContentChange, ContentChangeType } from '../changes/content-change.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { PublicPaths } from '../common/public-paths.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagQueryService } from '../tags/tags.service.js';
import { ArticlePaths } from './article-paths.service.js';

/** The versions a use case may change: some by id, or every version of some stories. */
export interface VersionScope {
  articleIds?: string[];
  storyIds?: string[];
}

/** A version as readers see it: whether it is public, where, and under which sections, tags and authors. */
interface VersionState {
  id: string;
  storyId: string;
  locale: string;
  slug: string;
  public: boolean;
  deleted: boolean;
  primarySectionId: string | null;
  publishedAt: string | null;
  /** Moves with every save of the version, of its story or of the version it was translated from (its translation status). */
  stamp: string;
  sectionIds: string[];
  tagIds: string[];
  authorIds: string[];
}

const SNAPSHOT = `
  SELECT a.id, a.story_id AS "storyId", a.locale, a.slug, a.status = 'PUBLISHED' AND s.deleted_at IS NULL AS public,
         s.deleted_at IS NOT NULL AS deleted, s.primary_section_id AS "primarySectionId", a.published_at::text AS "publishedAt",
         concat_ws('/', a.updated_at, a.version, a.translated_from_version, s.updated_at,
                   (SELECT source.version FROM article source WHERE source.id = a.translated_from_id)) AS stamp,
         ARRAY(SELECT section_id::text FROM story_section WHERE story_id = s.id ORDER BY 1) AS "sectionIds",
         ARRAY(SELECT tag_id::text FROM story_tag WHERE story_id = s.id ORDER BY 1) AS "tagIds",
         ARRAY(SELECT author_id::text FROM story_author WHERE story_id = s.id ORDER BY 1) AS "authorIds"
    FROM article a JOIN story s ON s.id = a.story_id
   WHERE a.story_id IN (SELECT story_id FROM article WHERE id = ANY($1::uuid[])) OR a.story_id = ANY($2::uuid[])`;

/**
 * Turns what a use case did to article versions into content changes: it reads the versions before
 * and after the work, in the same transaction, and compares what readers could see. One rule for every
 * use case (a save, a status change, a delete, the scheduler, a merge), so none can forget an event.
 */
@Injectable()
export class ArticleChanges {
  constructor(
    private readonly paths: PublicPaths,
    private readonly articlePaths: ArticlePaths,
    private readonly sections: SectionQueryService,
    private readonly tags: TagQueryService,
    private readonly authors: AuthorQueryService,
  ) {}

  async track<T>(manager: EntityManager, log: ChangeLog, scope: VersionScope, work: () => Promise<T>): Promise<T> {
    const before = await snapshot(manager, scope);
    const result = await work();
    const after = await snapshot(manager, { articleIds: [...(scope.articleIds ?? []), ...before.keys()], storyIds: scope.storyIds });
    const lookups = {};
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const change = await this.changeOf(lookups, before.get(id), after.get(id));
      if (change) log.add(change);
    }
    return result;
  }

  private async changeOf(lookups: object, before: VersionState | undefined, after: VersionState | undefined): Promise<ContentChange | null> {
    const type = changeType(before, after);
    if (!type) return null;
    const shown = [before, after].filter((state): state is VersionState => Boolean(state?.public));
    const latest = shown.at(-1)!;
    // A new slug is a lookup that found nothing before (announced with the lists, see SurrogateKeys).
    const listsMayChange =
      type !== 'article.updated' || relationsOf(before!) !== relationsOf(after!) || before!.publishedAt !== after!.publishedAt || before!.slug !== after!.slug;
    const locales = [...new Set(shown.map((state) => state.locale))];
    const paths = new Set<string>();
    for (const state of shown) for (const path of await this.pathsOf(lookups, state)) paths.add(path);
    return {
      type,
      article: { id: latest.id, storyId: latest.storyId, locale: latest.locale, slug: latest.slug, path: await this.articlePaths.canonicalPath(lookups, latest) },
      paths: [...paths],
      surrogateKeys: [
        SurrogateKeys.entity(latest.id),
        SurrogateKeys.entity(latest.storyId),
        ...(listsMayChange ? locales.map(SurrogateKeys.articleLists) : []),
        // Any edit of a public text can change what a search finds.
        ...locales.map(SurrogateKeys.search),
      ],
    };
  }

  /** The article's page and the listing pages that show it: its locale's front page, sections (with their parents), tags and authors. */
  private async pathsOf(lookups: object, state: VersionState): Promise<string[]> {
    const tree = await this.sections.tree(lookups, state.locale);
    const sectionSlugs = state.sectionIds.flatMap((id) => [...tree.ancestors(id), tree.get(id)]).flatMap((node) => (node ? [node.slug] : []));
    const [tags, authors] = await Promise.all([this.tags.byIds(state.tagIds, state.locale), this.authors.byIds(state.authorIds, state.locale)]);
    return [
      await this.articlePaths.canonicalPath(lookups, state),
      this.paths.home(state.locale),
      ...new Set(sectionSlugs.map((slug) => this.paths.section(state.locale, slug))),
      ...[...tags.values()].map((tag) => this.paths.tag(state.locale, tag.slug)),
      ...[...authors.values()].map((author) => this.paths.author(state.locale, author.slug)),
    ];
  }

}

function changeType(before: VersionState | undefined, after: VersionState | undefined): ContentChangeType | null {
  if (!before?.public) return after?.public ? 'article.published' : null;
  if (!after?.public) return !after || after.deleted ? 'article.deleted' : 'article.unpublished';
  return before.stamp !== after.stamp || relationsOf(before) !== relationsOf(after) ? 'article.updated' : null;
}

/** What decides which lists a version is in, besides being public. */
function relationsOf(state: VersionState): string {
  return [...state.sectionIds, '|', ...state.tagIds, '|', ...state.authorIds].join(',');
}

async function snapshot(manager: EntityManager, scope: VersionScope): Promise<Map<string, VersionState>> {
  const rows: VersionState[] = await manager.query(SNAPSHOT, [scope.articleIds ?? [], scope.storyIds ?? []]);
  return new Map(rows.map((row) => [row.id, row]));
}
