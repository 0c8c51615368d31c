/** Emails are stored trimmed and in lower case, so the unique index is case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
