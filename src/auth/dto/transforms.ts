import { normalizeEmail } from '../email.js';

/** class-transformer `@Transform` functions for inputs; non-strings pass through for the validators to reject. */
export const toEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value);
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
