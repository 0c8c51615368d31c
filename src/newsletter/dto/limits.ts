/** Tokens are 43 base64url characters (256 bits); anything else is refused before a database lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** The most lists one request may name. */
export const MAX_LISTS = 20;
