import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from '../bootstrap.js';
import type { AppConfig } from '../config/app-config.js';
import { createDataSource } from '../database/data-source.js';

/**
 * The SDL the code generates, as committed in `schema.gql`. Building the schema needs no database:
 * the DataSource is created but never connected.
 */
export async function generateSchemaSdl(config: AppConfig): Promise<string> {
  const app = await createApp(config, createDataSource('postgres://schema-only@127.0.0.1/none', config));
  try {
    await app.init();
    return `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  } finally {
    await app.close();
  }
}
