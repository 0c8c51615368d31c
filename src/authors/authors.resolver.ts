import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Locales } from '../common/locales.js';
import { Connection } from '../common/pagination/connection.model.js';
import { PublicPaths } from '../common/public-paths.js';
import { AuthorQueryService } from './authors.service.js';
import { AuthorArgs, AuthorsArgs } from './dto/authors.args.js';
import { AuthorModel } from './models/author.model.js';

const AuthorConnection = Connection(AuthorModel, 'Author');

@Resolver(() => AuthorModel)
export class AuthorsResolver {
  constructor(
    private readonly authorQueries: AuthorQueryService,
    private readonly locales: Locales,
    private readonly paths: PublicPaths,
  ) {}

  @Query(() => AuthorConnection, { description: 'Authors in alphabetical order.' })
  authors(@Args() { first, after, locale }: AuthorsArgs) {
    return this.authorQueries.list({ first, after, locale: locale ?? this.locales.defaultLocale });
  }

  @Query(() => AuthorModel, { nullable: true })
  author(@Args() { slug, locale }: AuthorArgs) {
    return this.authorQueries.findBySlug(slug, locale ?? this.locales.defaultLocale);
  }

  @ResolveField(() => String, { description: 'The public path of the author page, e.g. /en/author/simone-de-la-feld.' })
  path(@Parent() author: AuthorModel) {
    return this.paths.author(author.locale, author.slug);
  }
}
