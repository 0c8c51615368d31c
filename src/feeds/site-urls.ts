import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';

/** Absolute URLs on the public site (PUBLIC_SITE_URL), which also serves the feeds and sitemaps it proxies from this API. */
@Injectable()
export class SiteUrls {
  private readonly origin: string;

  constructor(config: AppConfig) {
    this.origin = config.PUBLIC_SITE_URL;
  }

  absolute(path: string): string {
    return `${this.origin}${path}`;
  }

  /** `/feeds/{locale}/{format}.xml`, or `/feeds/{locale}/{kind}/{slug}/{format}.xml` for a section, tag or author. */
  feed(locale: string, format: string, subject?: { kind: string; slug: string }): string {
    return this.absolute(subject ? `/feeds/${locale}/${subject.kind}/${subject.slug}/${format}.xml` : `/feeds/${locale}/${format}.xml`);
  }

  sitemap(locale: string, name: string): string {
    return this.absolute(`/sitemaps/${locale}/${name}.xml`);
  }
}
