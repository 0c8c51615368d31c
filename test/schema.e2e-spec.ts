import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { generateSchemaSdl } from '../src/graphql/schema-sdl.js';
import { testConfig } from './support/test-app.js';

describe('schema.gql', () => {
  it('is what the code generates (run `npm run schema:print` after changing the API)', async () => {
    const generated = await generateSchemaSdl(testConfig());
    expect(readFileSync('schema.gql', 'utf8')).toBe(generated);
  });
});
