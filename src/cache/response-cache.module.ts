import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MemoryResponseStore } from './memory-response-store.js';
import { RedisResponseStore } from './redis-response-store.js';
import { RESPONSE_STORE, ResponseCache } from './response-cache.js';
import { ResponseCacheInvalidation } from './response-cache-invalidation.js';
import { ResponseCacheMiddleware } from './response-cache.middleware.js';
import type { ResponseStore } from './response-store.js';

async function createStore(config: AppConfig): Promise<ResponseStore | null> {
  if (!config.RESPONSE_CACHE) return null;
  if (!config.REDIS_URL) return new MemoryResponseStore({ maxBytes: config.RESPONSE_CACHE_MAX_BYTES, ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS });
  const store = new RedisResponseStore(config.REDIS_URL, config.RESPONSE_CACHE_TTL_SECONDS);
  await store.connect();
  return store;
}

/**
 * The response cache of anonymous reads (see README, "Response cache"): its store, the middleware in
 * front of GraphQL and REST reads, and the purge by content changes.
 */
@Global()
@Module({
  providers: [{ provide: RESPONSE_STORE, useFactory: createStore, inject: [AppConfig] }, ResponseCache, ResponseCacheInvalidation, ResponseCacheMiddleware],
  exports: [ResponseCache, ResponseCacheInvalidation, RESPONSE_STORE],
})
export class ResponseCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ResponseCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL }, { path: 'api/{*path}', method: RequestMethod.GET });
  }
}
