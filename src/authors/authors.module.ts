import { Module } from '@nestjs/common';
import { AuthorsResolver } from './authors.resolver.js';
import { AuthorQueryService } from './authors.service.js';

@Module({ providers: [AuthorQueryService, AuthorsResolver], exports: [AuthorQueryService] })
export class AuthorsModule {}
