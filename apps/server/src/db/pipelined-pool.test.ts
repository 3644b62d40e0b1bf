import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createTestDatabase } from '../test/postgres';
import { PipelinedPool } from './pipelined-pool';

const postgresUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!postgresUrl)('statements sharing pipelined connections (PipelinedPool)', () => {
  let target: { url: string; drop: () => Promise<void> };
  let pool: PipelinedPool;
  let admin: pg.Client;

  beforeAll(async () => {
    target = await createTestDatabase(postgresUrl ?? '');
    pool = new PipelinedPool({ connectionString: target.url, max: 2 }, 2);
    pool.on('error', () => {});
    admin = await adminClient(postgresUrl ?? '');
    await pool.query('create table probe (n int)');
  });
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await target?.drop();
  });

  const backendOf = async () =>
    (await (pool as pg.Pool).query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid;

  it('answers each of 200 concurrent statements with its own rows, on at most two shared connections', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        (pool as pg.Pool).query<{ n: number; pid: number }>({
          name: 'echo',
          text: 'select $1::int as n, pg_backend_pid() as pid',
          values: [n],
        }),
      ),
    );
    expect(answers.map((a) => a.rows[0]?.n)).toEqual(Array.from({ length: 200 }, (_, n) => n));
    expect(new Set(answers.map((a) => a.rows[0]?.pid)).size).toBeLessThanOrEqual(2);
    expect(pool.laneCount).toBeLessThanOrEqual(2);
    // None went through a pooled connection.
    expect(pool.totalCount).toBe(0);
  });

  it('fails a statement that fails, and only that one', async () => {
    const [before, failed, after] = await Promise.allSettled([
      pool.query('select 1 as one'),
      pool.query('select 1 / 0'),
      pool.query('select 3 as three'),
    ]);
    expect(before).toMatchObject({ status: 'fulfilled', value: { rows: [{ one: 1 }] } });
    expect(failed).toMatchObject({ status: 'rejected', reason: { code: '22012' } });
    expect(after).toMatchObject({ status: 'fulfilled', value: { rows: [{ three: 3 }] } });
  });

  it('runs a transaction on a connection of its own, unseen by shared statements until it commits', async () => {
    const db = drizzle(pool);
    const count = async () =>
      (await (pool as pg.Pool).query<{ n: number }>('select count(*)::int as n from probe')).rows[0]?.n;
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe values (1)`);
      const inside = await tx.execute<{ n: number }>(sql`select count(*)::int as n from probe`);
      expect(inside.rows[0]?.n).toBe(1);
      expect(await count()).toBe(0);
    });
    expect(await count()).toBe(1);
  });

  it('fails what was in flight on a connection that is cut, then answers on a new one', async () => {
    const sleeping = 'select pg_backend_pid() as pid, pg_sleep(2)';
    const inFlight = pool.query(sleeping);
    let cut: number | undefined;
    for (let i = 0; i < 50 && cut === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const found = await admin.query<{ pid: number }>('select pid from pg_stat_activity where query = $1', [
        sleeping,
      ]);
      cut = found.rows[0]?.pid;
    }
    expect(cut).toBeDefined();
    await admin.query('select pg_terminate_backend($1)', [cut]);
    await expect(inFlight).rejects.toThrow();

    const next = await backendOf();
    expect(next).toBeDefined();
    expect(next).not.toBe(cut);
    expect(pool.laneCount).toBeLessThanOrEqual(2);
  });

  it('rejects a statement it cannot connect for, instead of holding it', async () => {
    const missing = new URL(target.url);
    missing.pathname = '/pwf_no_such_database';
    const nowhere = new PipelinedPool({ connectionString: missing.toString(), max: 1 }, 2);
    await expect(nowhere.query('select 1')).rejects.toThrow();
    expect(nowhere.laneCount).toBe(0);
    await nowhere.end();
  });
});
