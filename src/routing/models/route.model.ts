import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model.js';
import { AuthorModel } from '../../authors/models/author.model.js';
import { SectionModel } from '../../sections/models/section.model.js';
import { TagModel } from '../../tags/models/tag.model.js';

export type RouteTargetValue = ArticleModel | SectionModel | TagModel | AuthorModel;

/** What a public path points at. The models are plain objects, so the type is told apart by their own fields. */
export const RouteTarget = createUnionType({
  name: 'RouteTarget',
  types: () => [ArticleModel, SectionModel, TagModel, AuthorModel] as const,
  resolveType: (value: RouteTargetValue) => {
    if ('storyId' in value) return ArticleModel;
    if ('twitterHandle' in value) return AuthorModel;
    if ('position' in value) return SectionModel;
    return TagModel;
  },
});

@ObjectType('Route')
export class RouteModel {
  @Field(() => RouteTarget)
  target!: RouteTargetValue;

  @Field({ description: 'The current public path of the target.' })
  canonicalPath!: string;

  @Field({ description: 'True when the requested path is an old or non-canonical one: redirect (301) to canonicalPath.' })
  redirect!: boolean;
}
