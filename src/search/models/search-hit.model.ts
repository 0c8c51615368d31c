import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model.js';
import { Connection } from '../../common/pagination/connection.model.js';

/** One article found by a search, with the passages that matched. */
@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ArticleModel)
  article!: ArticleModel;

  @Field({
    description:
      'Passages of the body around the matched words, as HTML: the text is escaped and the only tags are <mark>…</mark> around the matches. When only the title or standfirst matched, the opening words of the body, without marks.',
  })
  headline!: string;

  @Field(() => Float, { description: 'Relevance (higher is better); comparable only within one search.' })
  rank!: number;
}

export const SearchHitConnection = Connection(SearchHitModel, 'SearchHit');
