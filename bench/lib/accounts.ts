import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import { password, USER_COUNT, username } from './workload';

/** One workload user as the product knows it: its user row id and its personal API token. */
export interface BenchUser {
  /** 1..10, the workload's user number. */
  u: number;
  userId: string;
  token: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Real accounts: a better-auth user, a credential account (argon2id, as the product hashes) and an API token. */
export async function createBenchUsers(client: pg.Client): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  for (let u = 1; u <= USER_COUNT; u++) {
    const user: BenchUser = {
      u,
      userId: randomUUID(),
      token: `pwf_${randomBytes(32).toString('base64url')}`,
    };
    await client.query(`insert into "user" (id, name, email, email_verified) values ($1, $2, $3, true)`, [
      user.userId,
      username(u),
      `${username(u)}@bench.local`,
    ]);
    await client.query(
      `insert into account (id, account_id, provider_id, user_id, password) values ($1, $2, 'credential', $2, $3)`,
      [randomUUID(), user.userId, await hash(password(u))],
    );
    await client.query(`insert into api_token (owner_id, name, token_hash) values ($1, 'bench', $2)`, [
      user.userId,
      sha256Hex(user.token),
    ]);
    users.push(user);
  }
  return users;
}
