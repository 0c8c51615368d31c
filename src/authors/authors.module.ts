import { Module } from '@nestjs/common';
import { AuthorEditingResolver, MissingAuthorTranslationsResolver } from './author-editing.resolver.js';
import { AuthorEditingService } from './author-editing.service.js';
import { AuthorsResolver } from './authors.resolver.js';
import { AuthorQueryService } from './authors.service.js';

@Module({
  providers: [AuthorQueryService, AuthorsResolver, AuthorEditingService, AuthorEditingResolver, MissingAuthorTranslationsResolver],
  exports: [AuthorQueryService],
})
export class AuthorsModule {}
