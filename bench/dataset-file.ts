import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What `npm run bench:load` leaves for `npm run bench`: the dataset's size, the load's figures and the rotating inputs. */
export interface LoadedDataset {
  articles: number;
  seed: number;
  loadedAt: string;
  database: string;
  rows: Record<string, number>;
  seconds: Record<string, number>;
  /** bench_params.json's article slugs, each with its locale (our article lookup is per locale). */
  articleSlugs: { slug: string; locale: string }[];
  /** bench_params.json's section slugs (the same in every locale). */
  sectionSlugs: string[];
  /** Q4's two-word searches, drawn from loaded titles and checked to find something (missing in files of older loads: `npm run bench` derives them). */
  searchQueries: SearchInput[];
  /** Q5's public paths: canonical paths of loaded articles and some section paths (missing in older files, as searchQueries). */
  routePaths: string[];
}

export interface SearchInput {
  locale: string;
  query: string;
}

export const RESULTS_DIR = 'bench/results';
export const DATASET_FILE = join(RESULTS_DIR, 'dataset.json');

export async function readLoadedDataset(): Promise<LoadedDataset> {
  try {
    return JSON.parse(await readFile(DATASET_FILE, 'utf8')) as LoadedDataset;
  } catch (error) {
    throw new Error(`${DATASET_FILE} is missing or unreadable: run \`npm run bench:load -- --articles 20000\` first (${String(error)})`);
  }
}
