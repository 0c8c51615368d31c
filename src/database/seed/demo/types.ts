export type DemoLocale = 'it' | 'en';
export interface LocalizedName { name: string; slug: string; description?: string }
export interface DemoSection { key: string; parent?: string; position: number; it: LocalizedName; en: LocalizedName }
export interface DemoAuthor { key: string; name: string; slug: string; twitter?: string; bio: Record<DemoLocale, string> }
export interface DemoTag { key: string; it: LocalizedName; en: LocalizedName }
export type DemoStatus = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED';
export interface DemoVersion {
  slug: string; title: string; subtitle: string; excerpt: string;
  body: string;            // safe HTML: <p>, <h2>, <blockquote>, <ul><li>, <a href="https://...">, <strong>, <em>
  imageAlt: string; imageCaption: string;
  status: DemoStatus;
  translationCredit?: string;   // English versions: 'English version by the Translation Service of Withub'
}
export interface DemoStory {
  key: string;
  sourceLocale: DemoLocale;
  authors: string[];        // author keys, in byline order
  sections: string[];       // section keys; the first one is the primary section
  tags: string[];           // tag keys
  image: { url: string; width: number; height: number; credit: string };
  publishedAt: string;      // ISO-8601 UTC; for SCHEDULED versions a time in 2027 (the future); for drafts the intended time
  versions: Partial<Record<DemoLocale, DemoVersion>>;
  englishOutdated?: boolean; // true for exactly one story: its Italian source was edited after the English translation was made
}
