import { describe, expect, it } from '@jest/globals';
import { executionMs, explainSection, isExplainable, parameterText } from './explain-report.js';
import type { BenchQuery } from './queries.js';

describe('the EXPLAIN report', () => {
  it('explains reads only', () => {
    expect(isExplainable('SELECT "article"."updated_at" FROM article')).toBe(true);
    expect(isExplainable('  with x as (select 1) select * from x')).toBe(true);
    expect(isExplainable('START TRANSACTION')).toBe(false);
    expect(isExplainable('SELECT id FROM article WHERE status = $1 FOR UPDATE SKIP LOCKED')).toBe(false);
    expect(isExplainable('WITH gone AS (DELETE FROM tag RETURNING id) SELECT * FROM gone')).toBe(false);
  });

  it('shows parameters shortly and finds the execution time', () => {
    expect(parameterText(['it'])).toBe('["it"]');
    expect(parameterText('x'.repeat(200))).toHaveLength(120);
    expect(parameterText(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(executionMs('Seq Scan\nPlanning Time: 0.1 ms\nExecution Time: 2.356 ms')).toBe(2.356);
  });

  it('writes one section per query with each statement, its parameters and plan', () => {
    const query: BenchQuery = { kind: 'rest', name: 'R1', title: 'front page', path: () => '/api/articles', check: () => true };
    const section = explainSection(query, { method: 'GET', path: '/api/articles', headers: {} }, [
      { query: 'START TRANSACTION', parameters: [] },
      { query: 'SELECT 1 WHERE $1', parameters: [true], plan: 'Result\nExecution Time: 0.010 ms' },
    ]);
    expect(section).toContain('## R1: front page');
    expect(section).toContain('2 statements, 1 explained, 0.010 ms of execution in all.');
    expect(section).toContain('### R1 statement 2 (0.01 ms)');
    expect(section).toContain('Parameters: $1 = true');
    expect(explainSection(query, { method: 'GET', path: '/x', headers: {} }, [], 'HTTP 500: boom')).toContain("**The API's answer failed** (HTTP 500: boom)");
  });
});
