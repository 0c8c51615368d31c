import { AppError } from '../common/errors.js';

// RFC 5321 limits. Only the unquoted dot-atom form is accepted: quoted local parts and IP literals
// are legal but only ever seen in abuse.
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

function invalid(message: string): never {
  throw AppError.badInput(message, [{ field: 'email', messages: [message] }]);
}

/**
 * The address as stored and compared: trimmed and lower-cased. Anything outside printable ASCII is
 * refused rather than normalized, so look-alike characters (Cyrillic "а", full-width "＠", zero-width
 * joiners) can never make two different mailboxes look the same; IDN domains must come in their
 * visible punycode form (xn--...).
 */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[\x21-\x7e]+$/.test(email)) invalid('The email address may only contain ASCII letters, digits and symbols');
  if (email.length > MAX_ADDRESS) invalid(`The email address is longer than ${MAX_ADDRESS} characters`);
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > MAX_LOCAL || !LOCAL_PART.test(local)) invalid('The email address is not valid');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LEVEL.test(labels.at(-1)!)) {
    invalid('The email address has no valid domain');
  }
  return email;
}

/** Whether the address's domain is one of `blocked` or a subdomain of one. */
export function isBlockedDomain(email: string, blocked: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return blocked.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}
