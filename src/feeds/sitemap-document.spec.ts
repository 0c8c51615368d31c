import { describe, expect, it } from '@jest/globals';
import { XMLValidator } from 'fast-xml-parser';
import { newsLanguage, renderNewsSitemap, renderRobots, renderUrlSet, withXDefault } from './sitemap-document.js';

describe('sitemap documents', () => {
  it('point x-default to the default locale when it has a version', () => {
    const alternates = [
      { hreflang: 'en', url: 'https://x/en/a' },
      { hreflang: 'it', url: 'https://x/it/a' },
    ];
    expect(withXDefault(alternates, 'it')).toEqual([...alternates, { hreflang: 'x-default', url: 'https://x/it/a' }]);
    expect(withXDefault(alternates.slice(0, 1), 'it')).toEqual(alternates.slice(0, 1));
  });

  it('use ISO 639 codes for Google News', () => {
    expect(newsLanguage('en')).toBe('en');
    expect(newsLanguage('pt-BR')).toBe('pt');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });

  it('are well-formed with awkward text', () => {
    const url = 'https://x/en/a?b=1&c=2';
    expect(XMLValidator.validate(renderUrlSet([{ url, lastModified: new Date(0), alternates: [{ hreflang: 'en', url }] }]))).toBe(true);
    const news = renderNewsSitemap('R & D', [{ url, title: `Borrell: "EU & Korea" <strategic>`, language: 'en', published: new Date(0) }]);
    expect(XMLValidator.validate(news)).toBe(true);
    expect(news).toContain('<news:title>Borrell: &quot;EU &amp; Korea&quot; &lt;strategic&gt;</news:title>');
  });

  it('list the sitemaps in robots.txt', () => {
    expect(renderRobots(['https://x/sitemap.xml'])).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x/sitemap.xml\n');
  });
});
