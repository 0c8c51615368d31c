import { Global, Module } from '@nestjs/common';
import { Locales } from './locales.js';

@Global()
@Module({ providers: [Locales], exports: [Locales] })
export class CommonModule {}
