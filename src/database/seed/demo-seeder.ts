import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { plainTextOf, wordCountOf } from '../../articles/article-text.js';
import { ArticleRevision, type RevisionSnapshot } from '../../articles/entities/article-revision.entity.js';
import { ArticleStatus } from '../../articles/entities/article-status.js';
import { Article } from '../../articles/entities/article.entity.js';
import { StoryAuthor } from '../../articles/entities/story-author.entity.js';
import { StorySection } from '../../articles/entities/story-section.entity.js';
import { StoryTag } from '../../articles/entities/story-tag.entity.js';
import { Story } from '../../articles/entities/story.entity.js';
import { AuthorTranslation } from '../../authors/entities/author-translation.entity.js';
import { Author } from '../../authors/entities/author.entity.js';
import type { AppConfig } from '../../config/app-config.js';
import { NewsletterListTranslation } from '../../newsletter/entities/newsletter-list-translation.entity.js';
import { NewsletterFrequency, NewsletterList } from '../../newsletter/entities/newsletter-list.entity.js';
import { SectionTranslation } from '../../sections/entities/section-translation.entity.js';
import { Section } from '../../sections/entities/section.entity.js';
import { TagTranslation } from '../../tags/entities/tag-translation.entity.js';
import { Tag } from '../../tags/entities/tag.entity.js';
import { demoAuthors, demoSections, demoStories, demoTags } from './demo/index.js';
import type { DemoLocale, DemoStory, DemoVersion, LocalizedName } from './demo/types.js';
import { demoNewsletterLists } from './demo-newsletter-lists.js';

type Settings = Pick<AppConfig, 'LOCALES'>;

const DEMO_LOCALES: DemoLocale[] = ['it', 'en'];

/** Loads the demo content unless the database already holds stories (first start). */
export async function seedDemoContentIfEmpty(dataSource: DataSource, settings: Settings): Promise<void> {
  if ((await dataSource.getRepository(Story).count()) > 0) return;
  await seedDemoContent(dataSource, settings);
}

/**
 * Loads the bilingual demo content in one transaction. Idempotent: every row is found by its natural
 * key (slugs) first, so a second run changes nothing.
 */
export async function seedDemoContent(dataSource: DataSource, settings: Settings): Promise<void> {
  const locales = DEMO_LOCALES.filter((locale) => settings.LOCALES.includes(locale));
  const created = await dataSource.transaction(async (manager) => {
    const seeder = new DemoSeeder(manager, locales);
    return seeder.run();
  });
  new Logger('Seed').log(created > 0 ? `demo content: ${created} stories loaded` : 'demo content already present');
}

class DemoSeeder {
  private readonly sectionIds = new Map<string, string>();
  private readonly tagIds = new Map<string, string>();
  private readonly authorIds = new Map<string, string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly locales: DemoLocale[],
  ) {}

  async run(): Promise<number> {
    for (const section of demoSections) {
      const parentId = section.parent ? this.sectionIds.get(section.parent)! : null;
      this.sectionIds.set(section.key, await this.findOrCreateSection(section, parentId));
    }
    for (const tag of demoTags) this.tagIds.set(tag.key, await this.findOrCreateTag(tag));
    for (const author of demoAuthors) this.authorIds.set(author.key, await this.findOrCreateAuthor(author));
    await this.seedNewsletterLists();
    let created = 0;
    for (const story of demoStories) if (await this.createStoryIfMissing(story)) created += 1;
    return created;
  }

  private async findOrCreateSection(section: (typeof demoSections)[number], parentId: string | null): Promise<string> {
    const existing = await this.manager.findOneBy(SectionTranslation, { locale: 'it', slug: section.it.slug });
    if (existing) return existing.sectionId;
    const { identifiers } = await this.manager.insert(Section, { parentId, position: section.position });
    const sectionId = identifiers[0]!.id as string;
    await this.manager.insert(
      SectionTranslation,
      this.localized(section, (name, locale) => ({ sectionId, locale, name: name.name, slug: name.slug, description: name.description ?? null })),
    );
    return sectionId;
  }

  private async findOrCreateTag(tag: (typeof demoTags)[number]): Promise<string> {
    const existing = await this.manager.findOneBy(TagTranslation, { locale: 'it', slug: tag.it.slug });
    if (existing) return existing.tagId;
    const { identifiers } = await this.manager.insert(Tag, {});
    const tagId = identifiers[0]!.id as string;
    await this.manager.insert(TagTranslation, this.localized(tag, (name, locale) => ({ tagId, locale, name: name.name, slug: name.slug })));
    return tagId;
  }

  private async findOrCreateAuthor(author: (typeof demoAuthors)[number]): Promise<string> {
    const existing = await this.manager.findOneBy(Author, { slug: author.slug });
    if (existing) return existing.id;
    const { identifiers } = await this.manager.insert(Author, { name: author.name, slug: author.slug, twitterHandle: author.twitter ?? null, avatarUrl: null });
    const authorId = identifiers[0]!.id as string;
    await this.manager.insert(
      AuthorTranslation,
      this.locales.map((locale) => ({ authorId, locale, bio: author.bio[locale] })),
    );
    return authorId;
  }

  private async seedNewsletterLists(): Promise<void> {
    for (const list of demoNewsletterLists) {
      if (await this.manager.findOneBy(NewsletterList, { key: list.key })) continue;
      const { identifiers } = await this.manager.insert(NewsletterList, { key: list.key, frequency: list.frequency as NewsletterFrequency, position: list.position });
      const listId = identifiers[0]!.id as string;
      await this.manager.insert(
        NewsletterListTranslation,
        this.locales.map((locale) => ({ listId, locale, name: list.name[locale], description: list.description[locale] })),
      );
    }
  }

  private async createStoryIfMissing(story: DemoStory): Promise<boolean> {
    const versions = this.locales.filter((locale) => story.versions[locale]);
    if (versions.length === 0) return false;
    const [firstLocale] = versions as [DemoLocale];
    if (await this.manager.findOneBy(Article, { locale: firstLocale, slug: story.versions[firstLocale]!.slug })) return false;

    const { identifiers } = await this.manager.insert(Story, {
      sourceLocale: story.sourceLocale,
      primarySectionId: this.sectionIds.get(story.sections[0]!)!,
      featuredImageUrl: story.image.url,
      featuredImageWidth: story.image.width,
      featuredImageHeight: story.image.height,
      featuredImageCredit: story.image.credit,
    });
    const storyId = identifiers[0]!.id as string;
    await this.manager.insert(StoryAuthor, story.authors.map((key, position) => ({ storyId, authorId: this.authorIds.get(key)!, position })));
    await this.manager.insert(StorySection, story.sections.map((key) => ({ storyId, sectionId: this.sectionIds.get(key)! })));
    await this.manager.insert(StoryTag, story.tags.map((key, position) => ({ storyId, tagId: this.tagIds.get(key)!, position })));

    const source = story.versions[story.sourceLocale] && versions.includes(story.sourceLocale) ? story.sourceLocale : firstLocale;
    const sourceVersion = story.englishOutdated ? 2 : 1;
    const sourceId = await this.insertVersion(storyId, story, source, { version: sourceVersion });
    for (const locale of versions.filter((other) => other !== source)) {
      await this.insertVersion(storyId, story, locale, { translatedFromId: sourceId, translatedFromVersion: 1 });
    }
    return true;
  }

  /**
   * One language version with its revisions. The source of the "outdated" demo story gets a second
   * revision (a paragraph added after its translation was made), so the translation queue is not empty.
   */
  private async insertVersion(
    storyId: string,
    story: DemoStory,
    locale: DemoLocale,
    lineage: { version?: number; translatedFromId?: string; translatedFromVersion?: number },
  ): Promise<string> {
    const text = story.versions[locale]!;
    const status = text.status as ArticleStatus;
    const when = new Date(story.publishedAt);
    const bodyText = plainTextOf(text.body);
    const version = lineage.version ?? 1;
    const { identifiers } = await this.manager.insert(Article, {
      storyId,
      locale,
      slug: text.slug,
      title: text.title,
      subtitle: text.subtitle,
      excerpt: text.excerpt,
      body: text.body,
      bodyText,
      wordCount: wordCountOf(bodyText),
      imageAlt: text.imageAlt,
      imageCaption: text.imageCaption,
      status,
      publishedAt: status === ArticleStatus.PUBLISHED ? when : null,
      scheduledAt: status === ArticleStatus.SCHEDULED ? when : null,
      translationCredit: text.translationCredit ?? null,
      version,
      translatedFromId: lineage.translatedFromId ?? null,
      translatedFromVersion: lineage.translatedFromVersion ?? null,
      createdAt: when,
      updatedAt: when,
    });
    const articleId = identifiers[0]!.id as string;
    const revisions = Array.from({ length: version }, (_, index) => ({
      articleId,
      version: index + 1,
      snapshot: snapshotOf(index + 1 < version ? withoutLastParagraph(text) : text),
      changedFields: index === 0 ? ['title', 'subtitle', 'excerpt', 'body'] : ['body'],
    }));
    await this.manager.insert(ArticleRevision, revisions);
    return articleId;
  }

  private localized<T>(item: Record<DemoLocale, LocalizedName>, row: (name: LocalizedName, locale: DemoLocale) => T): T[] {
    return this.locales.map((locale) => row(item[locale], locale));
  }
}

function snapshotOf(text: DemoVersion): RevisionSnapshot {
  return { title: text.title, subtitle: text.subtitle, excerpt: text.excerpt, body: text.body };
}

function withoutLastParagraph(text: DemoVersion): DemoVersion {
  const lastParagraph = text.body.lastIndexOf('<p>');
  return { ...text, body: lastParagraph > 0 ? text.body.slice(0, lastParagraph) : text.body };
}
