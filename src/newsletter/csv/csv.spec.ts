import { describe, expect, it } from '@jest/globals';
import { CsvLineParser, parseCsv } from './csv-parser.js';
import { csvField, csvRow, unguardFormula } from './csv-writer.js';

function parseAll(input: string, chunkSize = input.length || 1): { line: number; fields: string[]; error?: string }[] {
  const parser = new CsvLineParser();
  const records = [];
  for (let start = 0; start < input.length; start += chunkSize) records.push(...parser.push(input.slice(start, start + chunkSize)));
  return [...records, ...parser.end()];
}

describe('csvRow', () => {
  it('quotes only what needs it and ends records with CRLF', () => {
    expect(csvRow(['a', 'b c', 1, true, null, undefined])).toBe('a,b c,1,true,,\r\n');
    expect(csvRow(['x,y', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe('"x,y","say ""hi""","two\nlines","cr\rhere"\r\n');
    expect(csvRow([new Date('2026-01-02T03:04:05.678Z')])).toBe('2026-01-02T03:04:05.678Z\r\n');
  });

  it('neutralizes spreadsheet formulas, and the importer can undo it', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+39 06 1234')).toBe("'+39 06 1234");
    expect(csvField('-x@example.it')).toBe("'-x@example.it");
    expect(csvField('@home, now')).toBe(`"'@home, now"`);
    expect(unguardFormula("'-x@example.it")).toBe('-x@example.it');
    expect(unguardFormula("'plain")).toBe("'plain");
  });
});

describe('CsvLineParser', () => {
  const tricky = 'email,note\r\n"a@x.it","one, two"\r\n"b@x.it","she said ""hi""\r\nand left"\nc@x.it,\n\n"d@x.it",last';
  const expected = [
    { line: 1, fields: ['email', 'note'] },
    { line: 2, fields: ['a@x.it', 'one, two'] },
    { line: 3, fields: ['b@x.it', 'she said "hi"\r\nand left'] },
    { line: 5, fields: ['c@x.it', ''] },
    { line: 7, fields: ['d@x.it', 'last'] },
  ];

  it('parses quoted fields with commas, quotes and line breaks, numbering records by their first line', () => {
    expect(parseAll(tricky)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parseAll(tricky, size)).toEqual(expected);
  });

  it('skips a byte order mark and blank lines; keeps empty fields', () => {
    expect(parseAll('\uFEFFa,b\r\n\r\n,\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('reports malformed records and carries on', () => {
    expect(parseAll('a"b,c\n"x"y,z\nok,1\n"open,2')).toEqual([
      { line: 1, fields: ['a"b', 'c'], error: 'a quote inside an unquoted field' },
      { line: 2, fields: ['xy', 'z'], error: 'text after a closing quote' },
      { line: 3, fields: ['ok', '1'] },
      { line: 4, fields: ['open,2'], error: 'unterminated quoted field' },
    ]);
  });

  it('cuts an endless field and marks its record, keeping memory bounded', () => {
    const parser = new CsvLineParser(5);
    expect([...parser.push(`a,${'x'.repeat(100)}\nb,"${'y'.repeat(100)}"\nc,ok\n`), ...parser.end()]).toEqual([
      { line: 1, fields: ['a', 'xxxxx'], error: 'a field longer than 5 characters' },
      { line: 2, fields: ['b', 'yyyyy'], error: 'a field longer than 5 characters' },
      { line: 3, fields: ['c', 'ok'] },
    ]);
  });

  it('round-trips what csvRow writes', () => {
    const rows = [['plain', 'with, comma', 'with "quote"', 'multi\r\nline', '']];
    expect(parseAll(rows.map((row) => csvRow(row)).join('')).map((record) => record.fields)).toEqual(rows);
  });

  it('decodes UTF-8 split across buffers', async () => {
    const bytes = Buffer.from('nome\r\nNiccolò,Città\r\n', 'utf8');
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    const records = [];
    for await (const record of parseCsv((async function* () { yield* chunks; })())) records.push(record.fields);
    expect(records).toEqual([['nome'], ['Niccolò', 'Città']]);
  });
});
