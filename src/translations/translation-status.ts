import { registerEnumType } from '@nestjs/graphql';

export enum TranslationStatus {
  /** The original: nothing to keep up with. */
  SOURCE = 'SOURCE',
  UP_TO_DATE = 'UP_TO_DATE',
  /** The source's title, standfirst or body changed since the translation was made or last reviewed. */
  OUTDATED = 'OUTDATED',
}
registerEnumType(TranslationStatus, { name: 'TranslationStatus' });
