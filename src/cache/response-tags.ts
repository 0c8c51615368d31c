import { AsyncLocalStorage } from 'node:async_hooks';

/** What the code that produced one response said about it. */
export interface ResponseScope {
  /** The surrogate keys of everything public the response shows (see changes/surrogate-keys.ts). */
  readonly tags: Set<string>;
  /** The response is for this caller only (a preview token, a newsletter link): never shared or stored. */
  uncacheable: boolean;
}

const scopes = new AsyncLocalStorage<ResponseScope>();

/**
 * Runs one request's work in a scope that collects what its response shows. Opened by the response
 * cache middleware for every GraphQL and REST read; everything the request awaits inherits it.
 */
export function runInResponseScope<T>(scope: ResponseScope, work: () => T): T {
  return scopes.run(scope, work);
}

export function newResponseScope(): ResponseScope {
  return { tags: new Set(), uncacheable: false };
}

/** The scope of the request being served, if any (none in scheduler runs, scripts and unit tests). */
export function currentResponseScope(): ResponseScope | undefined {
  return scopes.getStore();
}

/**
 * Records that the response being produced shows content a change announces with these keys, so the
 * change purges it. Called where public content is read (the mapper of articles, lists, taxonomy); a
 * no-op outside a request.
 */
export function tagResponse(...keys: string[]): void {
  const scope = scopes.getStore();
  if (scope) for (const key of keys) scope.tags.add(key);
}

/** The response depends on a secret of the request (a preview or newsletter token): it must never be stored or shared. */
export function markUncacheable(): void {
  const scope = scopes.getStore();
  if (scope) scope.uncacheable = true;
}

/** Whether the response being produced was marked uncacheable. */
export function isUncacheable(): boolean {
  return scopes.getStore()?.uncacheable ?? false;
}
