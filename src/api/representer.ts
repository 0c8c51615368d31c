import { Injectable } from '@nestjs/common';
import { ArticleRelationsReader } from '../articles/article-relations.reader.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import type { AuthorModel } from '../authors/models/author.model.js';
import { PublicPaths } from '../common/public-paths.js';
import { StructuredDataService } from '../feeds/structured-data.service.js';
import type { SectionNode, SectionTree } from '../sections/section-tree.js';
import type { TagModel } from '../tags/models/tag.model.js';
import type { ArticleJson, ArticleSummaryJson, AuthorJson, SectionJson, SectionRefJson, TagJson } from './representations.js';

/** Turns what the services return into the REST API's JSON, reading relations through the request's loaders. */
@Injectable()
export class Representer {
  constructor(
    private readonly relations: ArticleRelationsReader,
    private readonly paths: PublicPaths,
    private readonly structuredData: StructuredDataService,
  ) {}

  sectionRef(node: SectionNode): SectionRefJson {
    return { id: node.id, name: node.name, slug: node.slug, path: this.paths.section(node.locale, node.slug), servedLocale: node.servedLocale, isFallback: node.isFallback };
  }

  section(node: SectionNode, ancestors: SectionNode[]): SectionJson {
    return {
      ...this.sectionRef(node),
      locale: node.locale,
      description: node.description,
      position: node.position,
      ancestors: ancestors.map((ancestor) => this.sectionRef(ancestor)),
    };
  }

  /** The tree from `nodes` down, each section with its children. */
  sectionTree(nodes: SectionNode[], tree: SectionTree): SectionJson[] {
    return nodes.map((node) => ({ ...this.section(node, tree.ancestors(node.id)), children: this.sectionTree(tree.children(node.id), tree) }));
  }

  tag(tag: TagModel): TagJson {
    return { ...tag, path: this.paths.tag(tag.locale, tag.slug) };
  }

  author(author: AuthorModel): AuthorJson {
    return { ...author, path: this.paths.author(author.locale, author.slug) };
  }

  async articleSummary(request: object, article: ArticleModel): Promise<ArticleSummaryJson> {
    const [authors, primarySection, tags, canonicalPath] = await Promise.all([
      this.relations.authors(request, article),
      this.relations.primarySection(request, article),
      this.relations.tags(request, article),
      this.relations.canonicalPath(request, article),
    ]);
    return {
      id: article.id,
      storyId: article.storyId,
      locale: article.locale,
      slug: article.slug,
      title: article.title,
      subtitle: article.subtitle,
      excerpt: article.excerpt,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      updatedAt: article.updatedAt.toISOString(),
      readingTimeMinutes: article.readingTimeMinutes,
      canonicalPath,
      featuredImage: article.featuredImage,
      authors: authors.map((author) => this.author(author)),
      primarySection: primarySection ? await this.sectionWithAncestors(request, primarySection) : null,
      tags: tags.map((tag) => this.tag(tag)),
    };
  }

  async article(request: object, article: ArticleModel): Promise<ArticleJson> {
    const [summary, body, sections, translations, structuredData] = await Promise.all([
      this.articleSummary(request, article),
      this.relations.body(request, article),
      this.relations.sectionsOf(request, article),
      this.relations.translations(request, article),
      this.structuredData.forArticle(request, article),
    ]);
    return {
      ...summary,
      body,
      translationCredit: article.translationCredit,
      version: article.version,
      structuredData: structuredData as Record<string, unknown>,
      sections: await Promise.all(sections.map((section) => this.sectionWithAncestors(request, section))),
      translations: await Promise.all(
        translations.map(async (version) => ({
          id: version.id,
          locale: version.locale,
          slug: version.slug,
          title: version.title,
          canonicalPath: await this.relations.canonicalPath(request, version),
        })),
      ),
    };
  }

  private async sectionWithAncestors(request: object, node: SectionNode): Promise<SectionJson> {
    return this.section(node, await this.relations.ancestors(request, node));
  }
}
