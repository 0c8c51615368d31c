/** One parsed record: its fields, and the line of the input it starts on (1-based), for error reports. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed (text after a closing quote, a quote in an unquoted field, an unterminated quote). */
  error?: string;
}

/**
 * An incremental RFC 4180 parser: feed it chunks as they arrive and it returns the records completed
 * so far, so an upload never has to be held whole in memory. Accepts CRLF and bare LF line ends, a
 * UTF-8 byte order mark, and quoted fields holding commas, doubled quotes and line breaks. Blank lines
 * are skipped; a malformed record is returned with an `error` rather than failing the whole input.
 */
export class CsvLineParser {
  /** @param maxFieldLength longer fields are cut and their record marked malformed, so one endless line cannot exhaust memory. */
  constructor(private readonly maxFieldLength = 10_000) {}

  private records: CsvRecord[] = [];
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private inQuotes = false;
  /** Inside a quoted field, the previous character was a quote: the field's end, or half of a doubled quote. */
  private afterQuote = false;
  /** A record just ended with CR: a following LF belongs to it. */
  private pendingCr = false;
  /** Inside a quoted field, the previous character was CR (a CRLF counts as one line). */
  private crInQuotes = false;
  private error: string | undefined;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private empty = true;

  push(chunk: string): CsvRecord[] {
    for (const char of chunk) this.consume(char);
    return this.take();
  }

  /** The last record, when the input does not end with a line break. */
  end(): CsvRecord[] {
    if (this.inQuotes && !this.afterQuote) this.error ??= 'unterminated quoted field';
    if (!this.empty) this.finishRecord();
    return this.take();
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  private consume(char: string): void {
    if (!this.started) {
      this.started = true;
      if (char === '\uFEFF') return;
    }
    if (this.inQuotes && !this.consumeQuoted(char)) return;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (char === '\n') return;
    }
    if (char === '\r' || char === '\n') return this.endLine(char);
    this.empty = false;
    if (char === ',') return this.finishField();
    if (char === '"' && this.field === '' && !this.quoted) {
      this.inQuotes = true;
      this.quoted = true;
      return;
    }
    if (this.quoted || char === '"') this.error ??= this.quoted ? 'text after a closing quote' : 'a quote inside an unquoted field';
    this.append(char);
  }

  /** Handles a character inside a quoted field; true when the field has closed and the character is ordinary text. */
  private consumeQuoted(char: string): boolean {
    if (this.afterQuote) {
      this.afterQuote = false;
      if (char === '"') {
        this.append('"');
        return false;
      }
      this.inQuotes = false;
      return true;
    }
    if (char === '"') {
      this.afterQuote = true;
      return false;
    }
    if (char === '\r' || (char === '\n' && !this.crInQuotes)) this.line += 1;
    this.crInQuotes = char === '\r';
    this.append(char);
    return false;
  }

  private append(char: string): void {
    if (this.field.length < this.maxFieldLength) this.field += char;
    else this.error ??= `a field longer than ${this.maxFieldLength} characters`;
  }

  private endLine(char: string): void {
    this.pendingCr = char === '\r';
    this.line += 1;
    if (!this.empty) this.finishRecord();
    this.recordLine = this.line;
  }

  private finishField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.quoted = false;
  }

  private finishRecord(): void {
    this.finishField();
    this.records.push({ line: this.recordLine, fields: this.fields, ...(this.error ? { error: this.error } : {}) });
    this.fields = [];
    this.error = undefined;
    this.empty = true;
    this.inQuotes = false;
    this.afterQuote = false;
  }
}

/** Parses a stream of text or UTF-8 chunks (an upload, a string) record by record. */
export async function* parseCsv(chunks: AsyncIterable<string | Buffer> | Iterable<string>): AsyncGenerator<CsvRecord> {
  const parser = new CsvLineParser();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    yield* parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* parser.push(decoder.decode());
  yield* parser.end();
}
