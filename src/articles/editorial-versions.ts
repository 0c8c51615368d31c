import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Article } from './entities/article.entity.js';

/**
 * Versions in any status with their story, as editorial reads see them (previews, editing, the
 * translation queue): the public visibility rule does not apply, but deleted stories stay out until
 * they are restored.
 */
export function editorialVersions(manager: EntityManager): SelectQueryBuilder<Article> {
  return manager.getRepository(Article).createQueryBuilder('article').innerJoinAndSelect('article.story', 'story', 'story.deleted_at IS NULL');
}
