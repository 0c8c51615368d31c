import { Global, Module } from '@nestjs/common';
import { Locales } from './locales.js';
import { RateLimiter } from './rate-limiter.js';

@Global()
@Module({ providers: [Locales, RateLimiter], exports: [Locales, RateLimiter] })
export class CommonModule {}
