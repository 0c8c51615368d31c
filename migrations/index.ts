import { Initial1796008413143 } from './1796008413143-Initial.js';
import { AuthSessionsAndTokens1796011264282 } from './1796011264282-AuthSessionsAndTokens.js';

/** Every migration, in order: listed explicitly so the app, the CLI scripts and the tests run the same set. */
export const MIGRATIONS: Function[] = [
  Initial1796008413143,
  AuthSessionsAndTokens1796011264282,
];
