import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { freePort, listenOnLoopback } from './free-port.js';

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived: the signature is over these bytes. */
  rawBody: string;
  json: Record<string, any>;
}

/** How the receiver answers one request: a status (and an optional body, or headers), or holding the answer back for a while. */
export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/** A real HTTP server on loopback that keeps every webhook it receives, as a frontend's revalidation endpoint would. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Answers for the next requests, in order; once used up, every request gets 200. */
  readonly answers: Answer[] = [];
  private server: Server | undefined;
  private readonly open = new Set<ServerResponse>();

  private constructor(readonly port: number) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(await freePort());
    await receiver.resume();
    return receiver;
  }

  url(path = '/hooks'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The deliveries of one event type, oldest first. */
  ofType(type: string): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.json.type === type);
  }

  /** Starts (again) on the same port, as a frontend coming back after an outage. */
  async resume(): Promise<void> {
    if (this.server) return;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        this.received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, rawBody, json: rawBody ? JSON.parse(rawBody) : {} });
        const answer = this.answers.shift() ?? { status: 200, body: 'ok' };
        this.open.add(response);
        const timer = setTimeout(() => response.writeHead(answer.status, answer.headers).end(answer.body ?? ''), answer.delayMs ?? 0);
        // A client that gave up (a timeout) or a stopped receiver ends the wait: no timer outlives the test.
        response.once('close', () => {
          clearTimeout(timer);
          this.open.delete(response);
        });
      });
    });
    await listenOnLoopback(server, this.port);
    this.server = server;
  }

  /** Stops listening (connections are then refused), cutting any answer held back. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const response of this.open) response.destroy();
    this.open.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
