import { createHash } from 'node:crypto';
import { parse, print, type ParseOptions } from 'graphql';
import { LRUCache } from 'lru-cache';

/** The parts of a request that decide an anonymous response (Express's request, narrowed). */
export interface KeyedRequest {
  method: string;
  originalUrl: string;
  query: unknown;
  body?: unknown;
  headers: { accept?: string; 'content-type'?: string };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level: `{b:1,a:2}` and `{a:2,b:1}` write the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, Json>;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** A GET parameter holding JSON (`variables`, `extensions`); `false` when it is not valid JSON. */
function jsonParameter(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return false;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return false;
  }
}

/**
 * The cache key of an anonymous request, or undefined when it must not go through the cache. One
 * instance per app: it memoizes the normalized form of the operation texts it has seen (a bounded map),
 * so a hit costs a map lookup and a hash, never a parse.
 */
export class RequestKeys {
  /** Raw query text -> its printed form, or null for a document that is not only queries (or does not parse). */
  private readonly documents: LRUCache<string, { normalized: string | null }>;

  constructor(private readonly parseOptions: ParseOptions) {
    this.documents = new LRUCache({ max: 5000, maxSize: 8 * 1024 * 1024, sizeCalculation: (value, key) => key.length + (value.normalized?.length ?? 0) + 64 });
  }

  /**
   * A GraphQL request, GET or POST alike: the normalized operation (or the persisted query's hash), the
   * operation name, the variables and extensions as canonical JSON and the Accept header (it decides the
   * media type). Undefined for what Apollo would refuse by its form or media type.
   */
  graphql(request: KeyedRequest): string | undefined {
    const get = request.method === 'GET';
    // Apollo refuses a GET with a body media type other than JSON (415); a POST is read as JSON only.
    const contentType = request.headers['content-type'];
    if (get ? contentType !== undefined && !isJson(contentType) : !contentType || !isJson(contentType)) return undefined;
    const source = get ? request.query : request.body;
    if (!source || typeof source !== 'object' || Array.isArray(source)) return undefined;
    const { query, operationName, variables: rawVariables, extensions: rawExtensions } = source as Record<string, unknown>;
    const variables = get ? jsonParameter(rawVariables) : rawVariables;
    const extensions = get ? jsonParameter(rawExtensions) : rawExtensions;
    if (variables === false || extensions === false) return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    let operation: string;
    if (typeof query === 'string') {
      const normalized = this.normalize(query);
      if (!normalized) return undefined;
      operation = normalized;
    } else {
      // An automatic persisted query sent by hash alone: the hash names exactly one text.
      const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      if (query !== undefined || typeof hash !== 'string') return undefined;
      operation = `sha256:${hash}`;
    }
    // The extensions are part of the key: a persisted query's hash that does not match its text is an error, never a hit.
    const parts = ['graphql', operation, operationName ?? '', canonicalJson(variables ?? {}), canonicalJson(extensions ?? {}), request.headers.accept ?? ''];
    return digest(parts.join('\n'));
  }

  /** A REST read: its path and its query string with the parameters sorted. */
  rest(request: KeyedRequest): string {
    const url = request.originalUrl;
    const mark = url.indexOf('?');
    if (mark < 0) return digest(`rest\n${url}`);
    const parameters = new URLSearchParams(url.slice(mark + 1));
    parameters.sort();
    return digest(`rest\n${url.slice(0, mark)}?${parameters.toString()}`);
  }

  /** The printed document (whitespace, commas and comments gone), or null when it is not cacheable: a mutation, a subscription, a syntax error. */
  normalize(query: string): string | null {
    let known = this.documents.get(query);
    if (!known) {
      known = { normalized: normalizedDocument(query, this.parseOptions) };
      this.documents.set(query, known);
    }
    return known.normalized;
  }
}

function isJson(contentType: string): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType.trim());
}

function normalizedDocument(query: string, options: ParseOptions): string | null {
  try {
    const document = parse(query, { ...options, noLocation: true });
    const onlyQueries = document.definitions.every((definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query');
    return onlyQueries ? print(document) : null;
  } catch {
    return null;
  }
}
