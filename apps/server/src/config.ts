import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SerializerMode } from './http/serializer';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  READ_YOUR_WRITES_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  /** Per server process; by default about two per core in all (`defaultPoolSize`). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).optional(),
  /** Per server process: connections that single statements share, pipelined; 0 sends them through the pool. */
  DATABASE_PIPELINED_CONNECTIONS: z.coerce.number().int().min(0).max(64).optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(300).default(0),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** How answers are serialised: compiled in production, checked against zod elsewhere (http/serializer.ts). */
  RESPONSE_SERIALIZER: z.enum(['compiled', 'checked', 'zod']).optional(),
  BASE_URL: z.url('must be a URL such as http://localhost:3000').optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  WEB_DIST_DIR: z.string().optional(),
  UPLOADS_DIR: z.string().min(1).optional(),
  PHOTO_MAX_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
  /** Scheduled jobs in this process: on by default, off under test. */
  SCHEDULER: z.enum(['on', 'off']).optional(),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_PRICE_PRO: z.string().min(1).optional(),
  STRIPE_PRICE_BUSINESS: z.string().min(1).optional(),
  STRIPE_API_BASE: z.url('must be a URL such as http://127.0.0.1:12111').optional(),
  AI_TOKENS_FREE: z.coerce.number().int().min(0).default(50_000),
  AI_TOKENS_PRO: z.coerce.number().int().min(0).default(1_000_000),
  AI_TOKENS_BUSINESS: z.coerce.number().int().min(0).default(5_000_000),
  AI_PROVIDER: z.enum(['ollama', 'openai', 'none']).default('none'),
  OLLAMA_BASE_URL: z.url('must be a URL such as http://127.0.0.1:11434').default('http://127.0.0.1:11434'),
  OPENAI_BASE_URL: z.url('must be a URL such as http://127.0.0.1:8000/v1').optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  AI_MODEL: z.string().min(1).default('llama3.1:8b'),
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  AI_CONCURRENCY_PER_USER: z.coerce.number().int().min(1).max(64).default(2),
  AI_CONCURRENCY_PER_PROCESS: z.coerce.number().int().min(1).max(1024).default(8),
});

/** The assistant's model server; provider 'none' (the default) turns every assistant feature off with a clear 503. */
export interface AiConfig {
  provider: 'ollama' | 'openai' | 'none';
  /** Ollama's base URL, or the OpenAI-compatible server's base URL (ending in /v1). */
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  concurrencyPerUser: number;
  /** Model calls at once in this process, all users together; past it the assistant answers busy (429). */
  concurrencyPerProcess: number;
}

/** Stripe, when its keys are set; null means billing is off (everyone on free or an admin's comp plan). */
export interface BillingConfig {
  secretKey: string;
  webhookSecret: string;
  prices: { pro: string; business: string };
  /** Where the SDK sends API calls: Stripe's own host unless STRIPE_API_BASE points elsewhere (tests). */
  api: { host: string; port: number; protocol: 'http' | 'https' } | null;
}

/**
 * PostgreSQL connections per server process when DATABASE_POOL_SIZE is not set: about two per core in all, at
 * least two per process (2 per worker with a worker per core; 4 for one process on 2 cores). More backends
 * time-share the cores with the workers and every request costs more: on 2 cores, 4 in all against 8 had the
 * lower p99 in 14 of 15 pairs and as many requests or more (bench/README.md, "Connections to PostgreSQL").
 */
export const defaultPoolSize = (workers: number, cores = availableParallelism()): number =>
  Math.max(2, Math.round((2 * cores) / workers));

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Per process: connections single statements share, pipelined (db/pipelined-pool.ts); undefined: the default. */
  databasePipelinedConnections: number | undefined;
  /** A streaming replica for lists, search, reports and analytics (with DATABASE_URL only). */
  databaseReadUrl: string | undefined;
  /**
   * After a write, the writer's reads stay on the primary this long; the replica serves reads only while it lags
   * less than this.
   */
  readYourWritesSeconds: number;
  /** Named prepared statements for the hot queries; off behind a pooler in transaction mode (PgBouncer < 1.21). */
  databasePreparedStatements: boolean;
  /**
   * Server processes: one per core with PostgreSQL (WEB_CONCURRENCY overrides); always one with the embedded
   * database, which a single process owns.
   */
  workers: number;
  /** WEB_CONCURRENCY as set, to say when the embedded database ignores it. */
  workersAsked: number | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * 'compiled': every answer is written by the serialiser compiled from its schema (production's default);
   * 'checked': zod encodes and checks every answer and the compiled serialiser must agree (elsewhere); 'zod': zod alone.
   */
  responseSerializer: SerializerMode;
  /**
   * On SIGTERM, how long /readyz answers 503 while requests are still served, so a load balancer takes the
   * process out before it stops listening; then open requests finish and the process exits.
   */
  shutdownDrainSeconds: number;
  baseUrl: string;
  /**
   * The addresses the app answers at: BASE_URL's origin and, when it is a loopback address, the same port on the
   * other loopback names (localhost, 127.0.0.1, [::1]). Sign-in and cookie writes work from each of them.
   */
  appOrigins: string[];
  /** Origins allowed to send cookie-authenticated writes: the app's own, and Vite's dev server outside production. */
  trustedOrigins: string[];
  authSecret: string;
  authRateLimit: { max: number; windowSeconds: number };
  bodyLimitBytes: number;
  webDistDir: string;
  /** Part photos; DATA_DIR/uploads by default. */
  uploadsDir: string;
  photoMaxBytes: number;
  /** Whether this process runs the scheduled jobs (several may: each run takes a lock). */
  scheduler: boolean;
  billing: BillingConfig | null;
  /** Assistant tokens per month by plan. */
  aiTokens: { free: number; pro: number; business: number };
  ai: AiConfig;
}

// apps/web/dist, from src/config.ts in development and from dist/main.js in production alike.
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export class ConfigError extends Error {}

/** The one place that reads process.env. A bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const fromInvocation = (target: string) => path.resolve(invocationDir(env), target);
  const dataDir = fromInvocation(e.DATA_DIR);
  const baseUrl = e.BASE_URL ?? `http://localhost:${e.PORT}`;
  const devOrigins = e.NODE_ENV === 'production' ? [] : ['http://localhost:5173', 'http://127.0.0.1:5173'];
  const workers = e.DATABASE_URL ? (e.WEB_CONCURRENCY ?? availableParallelism()) : 1;
  const origins = appOrigins(baseUrl);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE ?? defaultPoolSize(workers),
    databasePipelinedConnections: e.DATABASE_PIPELINED_CONNECTIONS,
    databaseReadUrl: e.DATABASE_URL ? e.DATABASE_READ_URL : undefined,
    readYourWritesSeconds: e.READ_YOUR_WRITES_SECONDS,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'true',
    workers,
    workersAsked: e.WEB_CONCURRENCY,
    logLevel: e.LOG_LEVEL,
    responseSerializer: e.RESPONSE_SERIALIZER ?? (e.NODE_ENV === 'production' ? 'compiled' : 'checked'),
    shutdownDrainSeconds: e.SHUTDOWN_DRAIN_SECONDS,
    baseUrl,
    appOrigins: origins,
    trustedOrigins: [...origins, ...devOrigins],
    authSecret: e.AUTH_SECRET ?? persistedSecret(dataDir),
    authRateLimit: { max: e.AUTH_RATE_LIMIT, windowSeconds: e.AUTH_RATE_WINDOW_SECONDS },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadsDir: e.UPLOADS_DIR ? fromInvocation(e.UPLOADS_DIR) : path.join(dataDir, 'uploads'),
    photoMaxBytes: e.PHOTO_MAX_BYTES,
    scheduler: (e.SCHEDULER ?? (e.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
    webDistDir: e.WEB_DIST_DIR ? fromInvocation(e.WEB_DIST_DIR) : DEFAULT_WEB_DIST,
    billing: billingConfig(e),
    aiTokens: { free: e.AI_TOKENS_FREE, pro: e.AI_TOKENS_PRO, business: e.AI_TOKENS_BUSINESS },
    ai: {
      provider: e.AI_PROVIDER,
      baseUrl:
        e.AI_PROVIDER === 'openai'
          ? (e.OPENAI_BASE_URL ?? 'https://api.openai.com/v1')
          : e.OLLAMA_BASE_URL.replace(/\/+$/, ''),
      apiKey: e.OPENAI_API_KEY ?? null,
      model: e.AI_MODEL,
      timeoutMs: e.AI_TIMEOUT_MS,
      concurrencyPerUser: e.AI_CONCURRENCY_PER_USER,
      concurrencyPerProcess: e.AI_CONCURRENCY_PER_PROCESS,
    },
  };
}

/** Billing is on only with all four Stripe settings; with some but not all, the start fails naming the rest. */
function billingConfig(e: z.infer<typeof EnvSchema>): BillingConfig | null {
  const needed = {
    STRIPE_SECRET_KEY: e.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: e.STRIPE_WEBHOOK_SECRET,
    STRIPE_PRICE_PRO: e.STRIPE_PRICE_PRO,
    STRIPE_PRICE_BUSINESS: e.STRIPE_PRICE_BUSINESS,
  };
  const missing = Object.entries(needed)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length === 4) return null;
  if (missing.length > 0)
    throw new ConfigError(`Invalid configuration:\n  billing needs ${missing.join(', ')} as well`);
  const base = e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE) : null;
  const protocol = base?.protocol === 'http:' ? 'http' : 'https';
  return {
    secretKey: needed.STRIPE_SECRET_KEY ?? '',
    webhookSecret: needed.STRIPE_WEBHOOK_SECRET ?? '',
    prices: { pro: needed.STRIPE_PRICE_PRO ?? '', business: needed.STRIPE_PRICE_BUSINESS ?? '' },
    api: base
      ? { host: base.hostname, port: Number(base.port || (protocol === 'http' ? 80 : 443)), protocol }
      : null,
  };
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * BASE_URL's origin first; on a loopback host also the other loopback names on the same scheme and port: they
 * reach the same server on the same machine, and people open whichever their browser or a link gave them.
 */
export function appOrigins(baseUrl: string): string[] {
  const base = new URL(baseUrl);
  if (!LOOPBACK_HOSTS.includes(base.hostname)) return [base.origin];
  const others = LOOPBACK_HOSTS.filter((host) => host !== base.hostname).map((host) => {
    const url = new URL(base.origin);
    url.hostname = host;
    return url.origin;
  });
  return [base.origin, ...others];
}

/**
 * Where the user ran the command: relative paths (DATA_DIR, files given to scripts) resolve from there.
 * npm runs scripts inside the workspace (apps/server) but records the user's directory in INIT_CWD.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  const initCwd = env.INIT_CWD;
  return initCwd && path.isAbsolute(initCwd) ? initCwd : process.cwd();
}

/** Without AUTH_SECRET, a secret is generated once and kept in DATA_DIR so restarts keep sessions valid. */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}
