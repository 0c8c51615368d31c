/** Regenerates `schema.gql` from the code: `npm run schema:print`. A test fails when the two differ. */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config/app-config.js';
import { generateSchemaSdl } from '../src/graphql/schema-sdl.js';

const sdl = await generateSchemaSdl(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn' }));
await writeFile('schema.gql', sdl);
process.stdout.write(`schema.gql written (${sdl.split('\n').length} lines)\n`);
