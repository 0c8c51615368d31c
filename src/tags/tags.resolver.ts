import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SlugInLocaleArgs } from '../common/locale.args.js';
import { Connection } from '../common/pagination/connection.model.js';
import { PublicPaths } from '../common/public-paths.js';
import { TagsArgs } from './dto/tags.args.js';
import { TagModel } from './models/tag.model.js';
import { TagQueryService } from './tags.service.js';

const TagConnection = Connection(TagModel, 'Tag');

@Resolver(() => TagModel)
export class TagsResolver {
  constructor(
    private readonly tagQueries: TagQueryService,
    private readonly paths: PublicPaths,
  ) {}

  @Query(() => TagConnection, { description: 'Tags in alphabetical order of their localized name.' })
  tags(@Args() { locale, first, after, search }: TagsArgs) {
    return this.tagQueries.list({ locale, first, after, search });
  }

  @Query(() => TagModel, { nullable: true })
  tag(@Args() { slug, locale }: SlugInLocaleArgs) {
    return this.tagQueries.findBySlug(slug, locale);
  }

  @ResolveField(() => String, { description: 'The public path of the tag page, e.g. /en/tag/ukraine.' })
  path(@Parent() tag: TagModel) {
    return this.paths.tag(tag.locale, tag.slug);
  }
}
