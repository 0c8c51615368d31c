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
  MaxLength,
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

  /** Lifetime of an access token (a JWT): short, since a refresh brings a new one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** How long a login session (its refresh token) lasts without being used. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Login attempts allowed per account, and per client IP, within LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 900;

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

  /** Deepest field nesting a GraphQL operation may have. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_DEPTH = 10;

  /** Highest estimated cost (graphql-armor's model: objects 2, scalars 1, x1.5 per level, x`first`). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_COST = 50000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  GRAPHQL_MAX_DIRECTIVES = 20;

  /** Checked while parsing, so an oversized document is refused before it costs memory. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS = 2000;

  /** Memory for automatic persisted queries (query text by hash), least recently used evicted first. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_APQ_CACHE_MB = 16;

  /** Lifetime shared caches (CDN) may keep an anonymous query's response. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  HTTP_CACHE_MAX_AGE_SECONDS = 60;

  /** How long after max-age a shared cache may still serve the old response while it refetches; 0 = not at all. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS = 30;

  /** The response cache of anonymous GraphQL and REST reads, purged by content changes (see README). */
  @Transform(toBool)
  @IsBoolean()
  RESPONSE_CACHE = true;

  /** How long a cached response lives at most: a safety net, since changes purge what they touch at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RESPONSE_CACHE_TTL_SECONDS = 60;

  /** Memory of the in-process cache (bodies and headers), least recently used evicted first; unused with REDIS_URL. */
  @Transform(toInt)
  @IsInt()
  @Min(1024 * 1024)
  RESPONSE_CACHE_MAX_BYTES = 32 * 1024 * 1024;

  /** A Redis server shared by every API instance for the response cache; empty = a cache in each process. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string = undefined;

  /** Where email links point: the API itself, or a frontend that serves /newsletter/* pages. No trailing slash. */
  @Matches(/^https?:\/\/[^/\s]+(\/[^\s]*[^/\s])?$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL without a trailing slash' })
  PUBLIC_BASE_URL = 'http://127.0.0.1:3000';

  /** Outgoing mail server; empty = development mode (emails are logged and stay in the outbox). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Redazione <newsletter@redazione.local>';

  /** How long a confirmation link stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  NEWSLETTER_CONFIRM_TTL_HOURS = 48;

  /** Sign-up refuses addresses at these domains (and their subdomains): disposable mailboxes. */
  @Transform(toList)
  @IsString({ each: true })
  @Matches(/^[a-z0-9.-]+$/, { each: true, message: 'NEWSLETTER_BLOCKED_DOMAINS must be a comma-separated list of lower-case domains' })
  NEWSLETTER_BLOCKED_DOMAINS: string[] = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', '10minutemail.com', 'trashmail.com', 'temp-mail.org'];

  /** Sign-up attempts allowed per client IP, and per email address, in each window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  NEWSLETTER_SIGNUP_LIMIT_PER_IP = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  NEWSLETTER_SIGNUP_WINDOW_MS = 3600000;

  /**
   * Key of the HMAC that keeps erased subscribers' addresses (32+ characters); empty = JWT_SECRET. Set it
   * before rotating JWT_SECRET: with a new key, earlier erasures are no longer recognized by imports.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  NEWSLETTER_ERASURE_SECRET?: string = undefined;

  /** The most data rows one subscriber import may hold. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  NEWSLETTER_IMPORT_MAX_ROWS = 100000;

  /** How often the outbox sender looks for due emails; 0 turns the loop off (tests drive it themselves). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  OUTBOX_POLL_INTERVAL_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  OUTBOX_BATCH_SIZE = 20;

  /** Attempts before a message is marked FAILED; the delay doubles from OUTBOX_RETRY_BASE_MS (capped at 6 h). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OUTBOX_MAX_ATTEMPTS = 8;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  OUTBOX_RETRY_BASE_MS = 30000;

  /**
   * Where publishing events are POSTed (comma-separated http(s) URLs); empty = no webhooks. Deliveries go
   * through an outbox and retry with the OUTBOX_* settings.
   */
  @Transform(toList)
  @IsString({ each: true })
  @MaxLength(2048, { each: true })
  @Matches(/^https?:\/\/[^\s/?#@]+(\/[^\s#]*)?$/, { each: true, message: 'WEBHOOK_URLS must be a comma-separated list of http(s) URLs without user:password@' })
  WEBHOOK_URLS: string[] = [];

  /** Key of the HMAC-SHA256 signature of every webhook (32+ characters): required when WEBHOOK_URLS is set. Never logged. */
  @Transform(emptyToUndefined)
  @ValidateIf((config: AppConfig) => config.WEBHOOK_URLS.length > 0 || config.WEBHOOK_SECRET !== undefined)
  @IsString({ message: 'WEBHOOK_SECRET is required when WEBHOOK_URLS is set' })
  @MinLength(32)
  WEBHOOK_SECRET?: string = undefined;

  /** How long one webhook request may take, response included, before the attempt counts as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 5000;

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

  /** Hosts whose iframes article bodies may embed (charts, video); every other iframe is removed on save. */
  @Transform(toList)
  @IsString({ each: true })
  @Matches(/^[a-z0-9.-]+$/, { each: true, message: 'EMBED_HOSTS must be a comma-separated list of host names' })
  EMBED_HOSTS: string[] = ['datawrapper.dwcdn.net', 'www.youtube-nocookie.com', 'player.vimeo.com'];

  /** How often the scheduler publishes due articles and takes down expired embargoes; 0 = off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SCHEDULER_INTERVAL_MS = 5000;

  /** Lifetime of a draft preview link. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  PREVIEW_TOKEN_TTL_SECONDS = 3600;

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

  /** How many of the newest matches a search ranks (and its totalCount counts at most). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  SEARCH_MAX_MATCHES = 1000;

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

  /**
   * The default translation credit of a new version per locale, as `locale=text` pairs separated by `;`
   * (e.g. `en=English version by the Translation Service of ...`); an article can override it.
   */
  @Matches(/^([a-z]{2,3}(-[A-Z]{2})?=[^;=]+)?(;[a-z]{2,3}(-[A-Z]{2})?=[^;=]+)*$/, { message: 'TRANSLATION_CREDITS must be locale=text pairs separated by ;' })
  TRANSLATION_CREDITS = 'en=English version by the Translation Service of Redazione';

  /** TRANSLATION_CREDITS as a map. */
  get translationCredits(): Map<string, string> {
    return new Map(this.TRANSLATION_CREDITS.split(';').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
  }

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
