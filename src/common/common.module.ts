import { Global, Module } from '@nestjs/common';
import { Locales } from './locales.js';
import { LocalesResolver } from './locales.resolver.js';
import { PublicPaths } from './public-paths.js';
import { RateLimiter } from './rate-limiter.js';

@Global()
@Module({ providers: [Locales, LocalesResolver, RateLimiter, PublicPaths], exports: [Locales, RateLimiter, PublicPaths] })
export class CommonModule {}
