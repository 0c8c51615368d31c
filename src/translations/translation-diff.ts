import { plainTextOf } from '../articles/article-text.js';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ParagraphChange {
  /** Position in the current source body (or, for a removed paragraph, where it stood). */
  index: number;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: string | null;
  after: string | null;
}

export interface SourceTexts {
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  body: string;
}

const DIFFED_FIELDS = ['title', 'subtitle', 'excerpt'] as const;
const BLOCK = /<(p|h[1-6]|li|blockquote|figcaption|pre)[\s>][\s\S]*?<\/\1>/gi;

/** The fields whose text differs between the version a translation was made from and the source now. */
export function fieldChanges(synced: SourceTexts, current: SourceTexts): FieldChange[] {
  return DIFFED_FIELDS.filter((field) => (synced[field] ?? null) !== (current[field] ?? null)).map((field) => ({
    field,
    before: synced[field] ?? null,
    after: current[field] ?? null,
  }));
}

/** The body's paragraphs as plain text, in order. */
export function paragraphsOf(html: string): string[] {
  return (html.match(BLOCK) ?? []).map((block) => plainTextOf(block)).filter(Boolean);
}

/**
 * The paragraphs a translator must look at: a longest-common-subsequence alignment of the two bodies,
 * where an unmatched pair at the same place is one CHANGED paragraph rather than a removal and an addition.
 */
export function paragraphChanges(syncedBody: string, currentBody: string): ParagraphChange[] {
  const before = paragraphsOf(syncedBody);
  const after = paragraphsOf(currentBody);
  const common = lcsTable(before, after);
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      i += 1;
      j += 1;
    } else if (i < before.length && j < after.length && common[i + 1]![j] === common[i]![j + 1]) {
      changes.push({ index: j, kind: 'CHANGED', before: before[i]!, after: after[j]! });
      i += 1;
      j += 1;
    } else if (j < after.length && (i === before.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      changes.push({ index: j, kind: 'ADDED', before: null, after: after[j]! });
      j += 1;
    } else {
      changes.push({ index: j, kind: 'REMOVED', before: before[i]!, after: null });
      i += 1;
    }
  }
  return changes;
}

/** table[i][j]: the length of the longest common subsequence of a[i..] and b[j..]. */
function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  return table;
}
