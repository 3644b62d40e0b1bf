import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOrigins, ConfigError, defaultPoolSize, loadConfig } from './config';

describe('config', () => {
  it('has defaults that need no configuration, and keeps a generated auth secret across restarts', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-config-'));
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      baseUrl: 'http://localhost:3000',
    });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim()).toBe(first.authSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).authSecret).toBe(first.authSecret);
  });

  it('turns billing on only with all four Stripe settings, and points the SDK at STRIPE_API_BASE', () => {
    const secret = { AUTH_SECRET: 'x'.repeat(32) };
    const off = loadConfig(secret);
    expect(off.billing).toBeNull();
    expect(off.aiTokens).toEqual({ free: 50_000, pro: 1_000_000, business: 5_000_000 });
    const stripe = {
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      STRIPE_PRICE_PRO: 'price_p',
      STRIPE_PRICE_BUSINESS: 'price_b',
    };
    const on = loadConfig({
      ...secret,
      ...stripe,
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      AI_TOKENS_PRO: '7',
    });
    expect(on.billing).toMatchObject({
      prices: { pro: 'price_p', business: 'price_b' },
      api: { host: '127.0.0.1', port: 12111, protocol: 'http' },
    });
    expect(on.aiTokens.pro).toBe(7);
    expect(() => loadConfig({ ...secret, STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(
      /billing needs STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_BUSINESS/,
    );
  });

  it('stops with a message that names every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT:.*\n.*DATABASE_URL: must be a postgres:\/\/ URL\n.*LOG_LEVEL/);
  });

  it('resolves relative paths from where the command was run (INIT_CWD under npm), not from the workspace', () => {
    const ranIn = mkdtempSync(path.join(tmpdir(), 'pwf-ran-in-'));
    const config = loadConfig({ INIT_CWD: ranIn, UPLOADS_DIR: 'photos', AUTH_SECRET: 'x'.repeat(32) });
    expect(config.dataDir).toBe(path.join(ranIn, 'data'));
    expect(config.uploadsDir).toBe(path.join(ranIn, 'photos'));
    const absolute = loadConfig({ INIT_CWD: ranIn, DATA_DIR: path.join(ranIn, 'elsewhere') });
    expect(absolute.dataDir).toBe(path.join(ranIn, 'elsewhere'));
    expect(loadConfig({ DATA_DIR: 'd', AUTH_SECRET: 'x'.repeat(32) }).dataDir).toBe(path.resolve('d'));
  });

  it('runs one process per core with PostgreSQL, as many as WEB_CONCURRENCY asks, and one with PGlite', () => {
    const secret = { AUTH_SECRET: 'x'.repeat(32) };
    const postgres = { ...secret, DATABASE_URL: 'postgres://db/pwf' };
    expect(loadConfig(postgres).workers).toBe(availableParallelism());
    expect(loadConfig({ ...postgres, WEB_CONCURRENCY: '3' }).workers).toBe(3);
    expect(loadConfig({ ...postgres, WEB_CONCURRENCY: '1' }).workers).toBe(1);
    expect(loadConfig({ ...secret, WEB_CONCURRENCY: '4' })).toMatchObject({ workers: 1, workersAsked: 4 });
    expect(() => loadConfig({ ...postgres, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('opens about two PostgreSQL connections per core in all unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(defaultPoolSize(2, 2)).toBe(2);
    expect(defaultPoolSize(1, 2)).toBe(4);
    expect(defaultPoolSize(16, 16)).toBe(2);
    expect(defaultPoolSize(3, 2)).toBe(2);
    const postgres = { AUTH_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db' };
    expect(loadConfig({ ...postgres, WEB_CONCURRENCY: '1' }).databasePoolSize).toBe(
      defaultPoolSize(1, availableParallelism()),
    );
    expect(loadConfig({ ...postgres, DATABASE_POOL_SIZE: '7' }).databasePoolSize).toBe(7);
  });

  it('shares the default number of pipelined connections unless DATABASE_PIPELINED_CONNECTIONS says otherwise', () => {
    const postgres = { AUTH_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db' };
    expect(loadConfig(postgres).databasePipelinedConnections).toBeUndefined();
    expect(
      loadConfig({ ...postgres, DATABASE_PIPELINED_CONNECTIONS: '0' }).databasePipelinedConnections,
    ).toBe(0);
    expect(
      loadConfig({ ...postgres, DATABASE_PIPELINED_CONNECTIONS: '3' }).databasePipelinedConnections,
    ).toBe(3);
    expect(() => loadConfig({ ...postgres, DATABASE_PIPELINED_CONNECTIONS: '-1' })).toThrow(
      /DATABASE_PIPELINED_CONNECTIONS/,
    );
  });
});

describe('appOrigins', () => {
  it('adds the other loopback names on the same scheme and port, and nothing for another host', () => {
    expect(appOrigins('http://localhost:3000')).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
    expect(appOrigins('http://[::1]:8080/app')).toEqual([
      'http://[::1]:8080',
      'http://localhost:8080',
      'http://127.0.0.1:8080',
    ]);
    expect(appOrigins('https://forge.example.com')).toEqual(['https://forge.example.com']);
    expect(appOrigins('http://192.168.1.20:3000')).toEqual(['http://192.168.1.20:3000']);
    const config = loadConfig({ DATA_DIR: 'd', AUTH_SECRET: 'x'.repeat(32), NODE_ENV: 'production' });
    expect(config.trustedOrigins).toEqual(config.appOrigins);
  });
});
