export interface ResponseFacts {
  /** Every entity id the body holds: a CDN purges a response when one of them changes. */
  keys: Set<string>;
  /** The newest `updatedAt` in the body, for Last-Modified. */
  lastModified: Date | null;
}

/** Walks a REST body once for the ids (`id`, `storyId`) and the newest `updatedAt` it contains. */
export function factsOf(body: unknown, facts: ResponseFacts = { keys: new Set(), lastModified: null }): ResponseFacts {
  if (Array.isArray(body)) {
    for (const item of body) factsOf(item, facts);
  } else if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if ((key === 'id' || key === 'storyId') && typeof value === 'string') facts.keys.add(value);
      else if (key === 'updatedAt' && typeof value === 'string') {
        const time = new Date(value);
        if (!facts.lastModified || time > facts.lastModified) facts.lastModified = time;
      } else if (key !== 'structuredData') factsOf(value, facts);
    }
  }
  return facts;
}
