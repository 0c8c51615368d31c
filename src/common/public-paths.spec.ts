import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config.js';
import { PublicPaths } from './public-paths.js';

describe('PublicPaths', () => {
  const paths = new PublicPaths(loadConfig({}));

  it('builds and parses article paths with the default pattern', () => {
    const path = paths.article({ locale: 'en', section: 'world', slug: 'eu-south-korea-sign-defence-agreement' });
    expect(path).toBe('/en/world/eu-south-korea-sign-defence-agreement');
    expect(paths.parse(path)).toEqual({ kind: 'article', locale: 'en', section: 'world', slug: 'eu-south-korea-sign-defence-agreement' });
  });

  it('parses sections, tags and authors, ignoring a trailing slash and a query string', () => {
    expect(paths.parse('/it/energia/')).toEqual({ kind: 'section', locale: 'it', slug: 'energia' });
    expect(paths.parse('/en/tag/north-korea?page=2')).toEqual({ kind: 'tag', locale: 'en', slug: 'north-korea' });
    expect(paths.parse(paths.author('en', 'simone-de-la-feld'))).toEqual({ kind: 'author', locale: 'en', slug: 'simone-de-la-feld' });
  });

  it('refuses shapes it does not serve', () => {
    for (const path of ['', '/', '/en', '/en/a/b/c', '/en/<script>', '/EN/../etc/passwd']) expect(paths.parse(path)).toBeNull();
  });

  it('follows a configured pattern', () => {
    const custom = new PublicPaths(loadConfig({ ARTICLE_PATH_PATTERN: '/{locale}/news/{slug}' }));
    expect(custom.article({ locale: 'it', section: 'mondo', slug: 'x-y' })).toBe('/it/news/x-y');
    expect(custom.parse('/it/news/x-y')).toEqual({ kind: 'article', locale: 'it', slug: 'x-y' });
  });
});
