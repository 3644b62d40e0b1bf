import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import type { BenchUser } from './accounts';
import { runServerCommand } from './server-command';

/** Every scale user signs in with this password (one argon2id hash for the thousand accounts). */
export const SCALE_PASSWORD = 'pw-scale-user';
export const SCALE_ADMIN = { email: 'admin@scale-bench.local', password: 'pw-scale-admin' };

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const newToken = () => `pwf_${randomBytes(32).toString('base64url')}`;

/** The argon2id hash the credential accounts of bench/lib/scale-data.ts get, as the product hashes. */
export const scalePasswordHash = (): Promise<string> => hash(SCALE_PASSWORD);

/** scale-data's user id of user n: md5('scale-user-' || n)::uuid::text. */
export function scaleUserId(n: number): string {
  const hex = createHash('md5').update(`scale-user-${n}`).digest('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** One personal API token for each of the generated users (scale-data's `user` rows, by number). */
export async function createScaleTokens(client: pg.Client, users: number): Promise<BenchUser[]> {
  const created = Array.from({ length: users }, (_, i) => ({
    u: i + 1,
    userId: scaleUserId(i + 1),
    token: newToken(),
  }));
  const result = await client.query(
    `insert into api_token (owner_id, name, token_hash)
     select owner_id, 'scale bench', token_hash from unnest($1::text[], $2::text[]) as t(owner_id, token_hash)`,
    [created.map((c) => c.userId), created.map((c) => sha256Hex(c.token))],
  );
  if (result.rowCount !== users) throw new Error(`${result.rowCount} scale tokens made of ${users}`);
  return created;
}

/** An administrator made by the product's own command (npm run admin:create), with an API token. */
export async function createScaleAdmin(url: string, client: pg.Client): Promise<BenchUser> {
  await runServerCommand(url, 'admin-create', [
    '--email',
    SCALE_ADMIN.email,
    '--password',
    SCALE_ADMIN.password,
  ]);
  const token = newToken();
  const result = await client.query<{ owner_id: string }>(
    `insert into api_token (owner_id, name, token_hash)
     select id, 'scale bench admin', $2 from "user" where email = $1 and role = 'admin' returning owner_id`,
    [SCALE_ADMIN.email, sha256Hex(token)],
  );
  const userId = result.rows[0]?.owner_id;
  if (!userId) throw new Error('admin:create made no admin');
  return { u: 0, userId, token };
}
