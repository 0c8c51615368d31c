import type { DemoStory } from './types.js';
import { politicsStories } from './stories-politics.js';
import { worldStories } from './stories-world.js';
import { economyStories } from './stories-economy.js';
import { societyStories } from './stories-society.js';

/** All demo stories, sorted by publication time (oldest first). */
export const demoStories: DemoStory[] = [
  ...politicsStories,
  ...worldStories,
  ...economyStories,
  ...societyStories,
].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
