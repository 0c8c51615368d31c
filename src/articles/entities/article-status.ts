export enum ArticleStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  UNPUBLISHED = 'UNPUBLISHED',
}

export const ARTICLE_STATUS_CHECK = `"status" IN (${Object.values(ArticleStatus)
  .map((status) => `'${status}'`)
  .join(', ')})`;
