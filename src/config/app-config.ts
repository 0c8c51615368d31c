import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateIf,
  ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  return value;
};
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting of the API, read from the environment (and `.env`), with its default.
 * `.env.example` lists the same settings; a test keeps the two in step.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string = undefined;

  @IsString()
  EMBEDDED_DB_DIR = './.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_DB_PORT = 5433;

  @Transform(toList)
  @IsString({ each: true })
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { each: true, message: 'LOCALES must be a comma-separated list of locale codes such as it,en' })
  LOCALES: string[] = ['it', 'en'];

  @IsString()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/)
  DEFAULT_LOCALE = 'it';

  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  @IsEmail()
  ADMIN_EMAIL = 'admin@redazione.local';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(12)
  ADMIN_PASSWORD?: string = undefined;

  /** Required in production; in development a random one is kept in the data folder. */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_LOCK_TIMEOUT_MS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 10000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_MAX = 10;

  /** How long a request waits for a pooled connection before it fails with 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECTION_TIMEOUT_MS = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 25000;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /**
   * How frontends build an article's URL: `canonicalPath` fills it in and `routeByPath` reads it back.
   * Placeholders: {locale}, {section} (the primary section's slug), {slug}.
   */
  @Matches(/^\/(?=.*\{locale\})(?=.*\{slug\})[a-z0-9{}/_-]+$/, {
    message: 'ARTICLE_PATH_PATTERN must be a path with {locale} and {slug} (and optionally {section})',
  })
  ARTICLE_PATH_PATTERN = '/{locale}/{section}/{slug}';

  /** The public frontend's origin (optionally with a base path): every absolute link in feeds, sitemaps and JSON-LD starts with it. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\/+$/, '') : value))
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'PUBLIC_SITE_URL must be an http(s) URL such as https://www.example.com' })
  PUBLIC_SITE_URL = 'http://127.0.0.1:3000';

  /** The publisher's name in feeds, the Google News sitemap and JSON-LD. */
  @IsString()
  @MinLength(1)
  PUBLICATION_NAME = 'Redazione';

  /** The publisher's logo in JSON-LD; omitted when empty. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLISHER_LOGO_URL must be an http(s) URL' })
  PUBLISHER_LOGO_URL?: string = undefined;

  /** How many of the latest articles a feed carries. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  FEED_ITEMS = 50;

  /** Feed items carry the excerpt only, or the full HTML body as well. */
  @IsIn(['excerpt', 'full'])
  FEED_CONTENT: 'excerpt' | 'full' = 'excerpt';

  /** `Cache-Control: public, max-age` of feeds, sitemaps and robots.txt. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FEED_CACHE_MAX_AGE_SECONDS = 300;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/** The names of every setting, in declaration order. */
export function settingNames(): string[] {
  return Object.keys(new AppConfig());
}

/** Builds the configuration from an environment, or throws naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = settingNames();
  const present = Object.fromEntries(Object.entries(env).filter(([key]) => known.includes(key)));
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const problems = describe(validateSync(config, { forbidUnknownValues: true }));
  if (!config.LOCALES.includes(config.DEFAULT_LOCALE)) {
    problems.push(`DEFAULT_LOCALE: "${config.DEFAULT_LOCALE}" must be one of LOCALES (${config.LOCALES.join(',')})`);
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
