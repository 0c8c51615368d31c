import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * The statements that would bring the connected database in line with the entities: what
 * `typeorm migration:generate` writes. Empty on a database migrated to the latest version,
 * unless an entity changed without a migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const text = (query: { query: string; parameters?: unknown[] }) =>
    query.parameters?.length ? `${query.query} -- ${JSON.stringify(query.parameters)}` : query.query;
  return { up: sql.upQueries.map(text), down: sql.downQueries.map(text).reverse() };
}
