import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { AuthorsModule } from '../authors/authors.module.js';
import { SectionsModule } from '../sections/sections.module.js';
import { TagsModule } from '../tags/tags.module.js';
import { RouteService } from './route.service.js';
import { RoutingResolver } from './routing.resolver.js';

@Module({ imports: [ArticlesModule, SectionsModule, TagsModule, AuthorsModule], providers: [RouteService, RoutingResolver] })
export class RoutingModule {}
