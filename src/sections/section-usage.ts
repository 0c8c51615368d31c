import type { EntityManager } from 'typeorm';

/*
 * The only SQL of the sections module on the articles module's tables (`story`, `story_section`):
 * sections know no articles, but deleting one must know whether stories use it, and move them.
 */

/** How many stories (linked, or with it as primary section, deleted ones included) and subsections use a section. */
export async function sectionUsage(manager: EntityManager, id: string): Promise<{ stories: number; children: number }> {
  const [usage]: { stories: number; children: number }[] = await manager.query(
    `SELECT (SELECT count(*) FROM (SELECT story_id FROM story_section WHERE section_id = $1
                                   UNION SELECT id FROM story WHERE primary_section_id = $1) used)::int AS stories,
            (SELECT count(*) FROM section WHERE parent_id = $1)::int AS children`,
    [id],
  );
  return usage!;
}

/**
 * Moves what uses section `from` before it is deleted: story links to `to` (a story already in `to`
 * keeps one link), primary sections to `to`, subsections up to `newParent`.
 */
export async function moveSectionContent(manager: EntityManager, from: string, to: string, newParent: string | null): Promise<void> {
  await manager.query(
    `INSERT INTO story_section (story_id, section_id) SELECT story_id, $2 FROM story_section WHERE section_id = $1 ON CONFLICT DO NOTHING`,
    [from, to],
  );
  await manager.query(`DELETE FROM story_section WHERE section_id = $1`, [from]);
  // The primary section is also listed among the story's sections (see StorySection).
  await manager.query(
    `INSERT INTO story_section (story_id, section_id) SELECT id, $2 FROM story WHERE primary_section_id = $1 ON CONFLICT DO NOTHING`,
    [from, to],
  );
  await manager.query(`UPDATE story SET primary_section_id = $2, updated_at = now() WHERE primary_section_id = $1`, [from, to]);
  await manager.query(`UPDATE section SET parent_id = $2, updated_at = now() WHERE parent_id = $1`, [from, newParent]);
}
