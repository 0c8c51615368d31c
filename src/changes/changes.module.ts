import { Global, Module } from '@nestjs/common';
import { ContentChanges } from './content-changes.service.js';

@Global()
@Module({ providers: [ContentChanges], exports: [ContentChanges] })
export class ChangesModule {}
