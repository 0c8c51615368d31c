/** The newest `updatedAt` a REST body holds (walked once, JSON-LD left out), for Last-Modified; null when it has none. */
export function lastModifiedOf(body: unknown, newest: { time: Date | null } = { time: null }): Date | null {
  if (Array.isArray(body)) {
    for (const item of body) lastModifiedOf(item, newest);
  } else if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (key === 'updatedAt' && typeof value === 'string') {
        const time = new Date(value);
        if (!newest.time || time > newest.time) newest.time = time;
      } else if (key !== 'structuredData') lastModifiedOf(value, newest);
    }
  }
  return newest.time;
}
