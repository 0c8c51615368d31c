import { createReadStream } from 'node:fs';
import type pg from 'pg';

/**
 * The part of pg's internal connection a COPY needs. pg has no public COPY FROM STDIN API and
 * `pg-copy-streams` is not a dependency, so this is the minimal "submittable" the client drives:
 * pg calls `submit`, then the handle* methods as the server answers.
 */
interface WireConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: import('node:stream').Writable;
}

class CopyFromFile {
  readonly done: Promise<number>;
  private resolveDone!: (rows: number) => void;
  private rejectDone!: (error: Error) => void;
  private rows = 0;
  private failure?: Error;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
  }

  submit(connection: WireConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: WireConnection): void {
    const input = createReadStream(this.file, { highWaterMark: 1 << 20 });
    input.on('data', (chunk) => {
      connection.sendCopyFromChunk(chunk as Buffer);
      // Back-pressure: pause the file while the socket's buffer drains.
      if (connection.stream.writableNeedDrain) {
        input.pause();
        connection.stream.once('drain', () => input.resume());
      }
    });
    input.on('end', () => connection.endCopyFrom());
    input.on('error', (error) => connection.sendCopyFail(error.message));
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/(\d+)$/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleError(error: Error): void {
    this.failure = error;
  }

  handleReadyForQuery(): void {
    if (this.failure) this.rejectDone(this.failure);
    else this.resolveDone(this.rows);
  }

  // Messages a COPY FROM never receives, but pg calls them on any submittable.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** `COPY <target> FROM STDIN (FORMAT csv, HEADER)` fed from a local file; resolves with the row count. */
export function copyCsvFromFile(client: pg.Client, target: string, file: string): Promise<number> {
  const copy = new CopyFromFile(`COPY ${target} FROM STDIN (FORMAT csv, HEADER true)`, file);
  (client as unknown as { query(submittable: CopyFromFile): void }).query(copy);
  return copy.done;
}
