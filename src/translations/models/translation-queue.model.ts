import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model.js';
import { Connection } from '../../common/pagination/connection.model.js';

enum ParagraphChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ParagraphChangeKind, { name: 'ParagraphChangeKind' });

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('ParagraphChange')
export class ParagraphChangeModel {
  @Field(() => Int, { description: 'Position in the current source body.' })
  index!: number;

  @Field(() => ParagraphChangeKind)
  kind!: 'ADDED' | 'REMOVED' | 'CHANGED';

  @Field(() => String, { nullable: true, description: 'Plain text as it was when the translation was synced.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text now.' })
  after!: string | null;
}

/** An outdated translation, with what changed in its source since it was made or last reviewed. */
@ObjectType('TranslationQueueItem')
export class TranslationQueueItemModel {
  @Field(() => ArticleModel)
  translation!: ArticleModel;

  @Field(() => ArticleModel)
  source!: ArticleModel;

  @Field({ description: 'When the first relevant change of the source was saved.' })
  outdatedSince!: Date;

  @Field(() => [FieldChangeModel], { description: 'Title, standfirst and excerpt changes.' })
  changes!: FieldChangeModel[];

  @Field(() => [ParagraphChangeModel])
  changedParagraphs!: ParagraphChangeModel[];
}

export const TranslationQueueConnection = Connection(TranslationQueueItemModel, 'TranslationQueueItem');
