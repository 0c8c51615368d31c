import { OutboxSender, type BatchResult } from '../../src/newsletter/outbox-sender.service.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** Where email links point in the tests: not the app's own (random) address, to prove the setting is used. */
export const PUBLIC_BASE_URL = 'https://news.example.test';

export interface SignUp {
  email: string;
  lists?: string[];
  locale?: string;
  consent?: boolean;
  consentText?: string;
  consentVersion?: string;
  source?: string;
}

const SUBSCRIBE = `mutation ($input: SubscribeToNewsletterInput!) { subscribeToNewsletter(input: $input) { accepted message } }`;
export const PREFERENCES_FIELDS = 'email locale status lists { key name locale }';

function withDefaults(signUp: SignUp): Required<Pick<SignUp, 'email' | 'lists' | 'locale' | 'consent'>> & SignUp {
  return { lists: ['daily-it'], locale: 'it', consent: true, ...signUp };
}

export function subscribeOverGraphQL(app: TestApp, signUp: SignUp): Promise<GraphQLResponse<{ subscribeToNewsletter: { accepted: boolean; message: string } }>> {
  return app.graphql(SUBSCRIBE, { input: withDefaults(signUp) });
}

export async function subscribeOverRest(app: TestApp, signUp: SignUp): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${app.url}/api/newsletter/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(withDefaults(signUp)),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Runs one batch of the app's outbox sender, as its timer would. */
export function deliver(app: TestApp): Promise<BatchResult> {
  return app.app.get(OutboxSender).processBatch();
}

/** An email link (on PUBLIC_BASE_URL) turned into the same path on the test app. */
export function onApp(app: TestApp, link: string): string {
  if (!link.startsWith(`${PUBLIC_BASE_URL}/`)) throw new Error(`${link} is not on ${PUBLIC_BASE_URL}`);
  return `${app.url}${link.slice(PUBLIC_BASE_URL.length)}`;
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

export async function subscriberRow(app: TestApp, email: string): Promise<Record<string, unknown> | undefined> {
  const rows: Record<string, unknown>[] = await app.dataSource.query(`SELECT * FROM newsletter_subscriber WHERE email = $1`, [email]);
  return rows[0];
}

/** Posts an HTML form as a browser does. */
export function postForm(url: string, fields: [string, string][]): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
}

/** The token of a link in the newest outbox message to `email` (development mode keeps messages there). */
export async function tokenFromOutbox(app: TestApp, email: string, path: string): Promise<string> {
  const [message]: { text: string }[] = await app.dataSource.query(
    `SELECT text FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [email],
  );
  const link = message?.text.match(/https?:\/\/\S+/g)?.find((candidate) => candidate.startsWith(`${PUBLIC_BASE_URL}${path}?`));
  if (!link) throw new Error(`no ${path} link in the outbox for ${email}`);
  return tokenOf(link);
}
