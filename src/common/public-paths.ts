import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';

export type ParsedPath =
  | { kind: 'article'; locale: string; slug: string; section?: string }
  | { kind: 'section' | 'tag' | 'author'; locale: string; slug: string };

export interface ArticlePathParts {
  locale: string;
  slug: string;
  section: string | null;
}

const SEGMENT = '([a-z0-9]+(?:-[a-z0-9]+)*)';

/**
 * The public URLs a frontend serves: articles follow ARTICLE_PATH_PATTERN, sections are
 * `/{locale}/{slug}`, tags `/{locale}/tag/{slug}`, authors `/{locale}/author/{slug}`. One place builds
 * them (`canonicalPath`) and reads them back (`routeByPath`), so the two can never disagree.
 */
@Injectable()
export class PublicPaths {
  private readonly articlePattern: RegExp;
  private readonly placeholders: string[];

  constructor(private readonly config: AppConfig) {
    this.placeholders = [...config.ARTICLE_PATH_PATTERN.matchAll(/\{(locale|section|slug)\}/g)].map((match) => match[1]!);
    const source = config.ARTICLE_PATH_PATTERN.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(locale|section|slug)\}/g, SEGMENT);
    this.articlePattern = new RegExp(`^${source}$`);
  }

  article({ locale, slug, section }: ArticlePathParts): string {
    return this.config.ARTICLE_PATH_PATTERN.replace('{locale}', locale)
      .replace('{slug}', slug)
      .replace('{section}', section ?? 'news')
      .replace(/\/{2,}/g, '/');
  }

  /** The front page of a locale. */
  home(locale: string): string {
    return `/${locale}`;
  }

  section(locale: string, slug: string): string {
    return `/${locale}/${slug}`;
  }

  tag(locale: string, slug: string): string {
    return `/${locale}/tag/${slug}`;
  }

  author(locale: string, slug: string): string {
    return `/${locale}/author/${slug}`;
  }

  /** What a path points at, by its shape alone (whether it exists is for the caller to find out). */
  parse(path: string): ParsedPath | null {
    const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '').toLowerCase();
    const listing = new RegExp(`^/${SEGMENT}/(tag|author)/${SEGMENT}$`).exec(clean);
    if (listing) return { kind: listing[2] as 'tag' | 'author', locale: listing[1]!, slug: listing[3]! };
    const article = this.articlePattern.exec(clean);
    if (article) {
      const parts = Object.fromEntries(this.placeholders.map((name, index) => [name, article[index + 1]!]));
      return { kind: 'article', locale: parts.locale!, slug: parts.slug!, ...(parts.section ? { section: parts.section } : {}) };
    }
    const section = new RegExp(`^/${SEGMENT}/${SEGMENT}$`).exec(clean);
    return section ? { kind: 'section', locale: section[1]!, slug: section[2]! } : null;
  }
}
