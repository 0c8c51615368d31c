import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocaleArgs, SlugInLocaleArgs } from '../common/locale.args.js';
import { PublicPaths } from '../common/public-paths.js';
import { SectionModel } from './models/section.model.js';
import { SectionQueryService } from './sections.service.js';

@Resolver(() => SectionModel)
export class SectionsResolver {
  constructor(
    private readonly sectionQueries: SectionQueryService,
    private readonly paths: PublicPaths,
  ) {}

  @Query(() => [SectionModel], { description: 'The top-level sections in menu order; walk `children` for the tree.' })
  async sections(@Args() { locale }: LocaleArgs, @Context('req') request: object) {
    return (await this.sectionQueries.tree(request, locale)).roots();
  }

  @Query(() => SectionModel, { nullable: true })
  section(@Args() { slug, locale }: SlugInLocaleArgs, @Context('req') request: object) {
    return this.sectionQueries.findBySlug(request, slug, locale);
  }

  @ResolveField(() => [SectionModel], { description: 'Subsections in menu order.' })
  async children(@Parent() section: SectionModel, @Context('req') request: object) {
    return (await this.sectionQueries.tree(request, section.locale)).children(section.id);
  }

  @ResolveField(() => SectionModel, { nullable: true })
  async parent(@Parent() section: SectionModel, @Context('req') request: object) {
    return section.parentId ? ((await this.sectionQueries.tree(request, section.locale)).get(section.parentId) ?? null) : null;
  }

  @ResolveField(() => [SectionModel], { description: 'From the top-level section down to the parent: the breadcrumb.' })
  async ancestors(@Parent() section: SectionModel, @Context('req') request: object) {
    return (await this.sectionQueries.tree(request, section.locale)).ancestors(section.id);
  }

  @ResolveField(() => String, { description: 'The public path of the section page, e.g. /en/energy.' })
  path(@Parent() section: SectionModel) {
    return this.paths.section(section.locale, section.slug);
  }
}
