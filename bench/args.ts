/** Command-line options of the bench scripts: `--name value` or `--name=value`, typed by their defaults. */
export type Options = Record<string, string | number | boolean>;

export function parseOptions<T extends Options>(argv: readonly string[], defaults: T): T {
  const options: Options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !(match[1] in defaults)) throw new Error(`unknown argument ${argv[i]} (options: ${Object.keys(defaults).map((name) => `--${name}`).join(' ')})`);
    const [, name, inline] = match;
    const fallback = defaults[name];
    if (typeof fallback === 'boolean') {
      options[name] = inline === undefined ? true : inline === 'true';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    options[name] = typeof fallback === 'number' ? positiveNumber(name, value) : value;
  }
  return options as T;
}

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a non-negative number, not ${value}`);
  return number;
}

/** A comma-separated option as a list. */
export function listOption(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The API's RESPONSE_CACHE setting of a benchmark phase. */
export type CacheMode = 'off' | 'on';

/** --cache off|on|both: the phases to run, uncached first. */
export function cacheModesOf(option: string): CacheMode[] {
  const modes: Record<string, CacheMode[]> = { off: ['off'], on: ['on'], both: ['off', 'on'] };
  const chosen = modes[option];
  if (!chosen) throw new Error(`--cache ${option}: expected off, on or both`);
  return chosen;
}
