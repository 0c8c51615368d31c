export * from './types.js';
export * from './sections.js';
export * from './authors.js';
export * from './tags.js';
export * from './stories.js';
