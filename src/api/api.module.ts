import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { AuthorsModule } from '../authors/authors.module.js';
import { FeedsModule } from '../feeds/feeds.module.js';
import { SearchModule } from '../search/search.module.js';
import { SectionsModule } from '../sections/sections.module.js';
import { TagsModule } from '../tags/tags.module.js';
import { ArticlesController } from './articles.controller.js';
import { Representer } from './representer.js';
import { SearchController } from './search.controller.js';
import { AuthorsController, SectionsController, TagsController } from './taxonomy.controllers.js';

/** The REST read API under /api: the same services as GraphQL, as JSON. */
@Module({
  imports: [ArticlesModule, SectionsModule, TagsModule, AuthorsModule, SearchModule, FeedsModule],
  controllers: [ArticlesController, SectionsController, TagsController, AuthorsController, SearchController],
  providers: [Representer],
})
export class ApiModule {}
