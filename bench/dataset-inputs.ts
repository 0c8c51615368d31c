import type { AppConfig } from '../src/config/app-config.js';
import { withClient } from './database.js';
import { DATASET_FILE, readLoadedDataset, type LoadedDataset } from './dataset-file.js';
import { queryInputs } from './inputs.js';

/** The dataset file, with Q4's and Q5's inputs derived from the database when an older load did not record them. */
export async function loadedDatasetWithInputs(config: AppConfig, benchUrl: string, say: (line: string) => void): Promise<LoadedDataset> {
  const dataset = await readLoadedDataset();
  if (dataset.searchQueries?.length && dataset.routePaths?.length) return dataset;
  say(`${DATASET_FILE} has no searches or paths for Q4 and Q5 (an older load): deriving them from the loaded database`);
  return { ...dataset, ...(await withClient(benchUrl, (client) => queryInputs(client, config, dataset))) };
}
