import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestContext } from './app';
import { bearerFor, signUp, type TestUser } from './users';

export type Headers = Record<string, string>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** One request to the app as someone (their headers), with a JSON body when given. */
export type Call = (
  method: Method,
  url: string,
  headers: Headers,
  payload?: InjectOptions['payload'],
) => Promise<LightMyRequestResponse>;

export interface AppWithTwoUsers {
  ctx: TestContext;
  /** Two signed-up users' API-token headers: one to act, the other to prove they see none of it. */
  alice: Headers;
  bob: Headers;
  users: { alice: TestUser; bob: TestUser };
  call: Call;
}

/** The app on a fresh database, with two signed-up users: the start of most route tests. */
export async function appWithTwoUsers(...args: Parameters<typeof createTestApp>): Promise<AppWithTwoUsers> {
  const ctx = await createTestApp(...args);
  const users = {
    alice: await signUp(ctx.app, { name: 'Alice' }),
    bob: await signUp(ctx.app, { name: 'Bob' }),
  };
  const call: Call = (method, url, headers, payload) =>
    ctx.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  return {
    ctx,
    alice: await bearerFor(ctx.app, users.alice),
    bob: await bearerFor(ctx.app, users.bob),
    users,
    call,
  };
}
