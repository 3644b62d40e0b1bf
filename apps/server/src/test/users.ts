import type { FastifyInstance } from 'fastify';
import { TEST_ORIGIN } from './app';

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** Headers that authenticate as this user by session cookie (with the Origin writes need). */
  cookie: Record<string, string>;
}

/** Signs up a new user through the real auth route and returns its session cookie. */
export async function signUp(
  app: FastifyInstance,
  overrides: { email?: string; name?: string; timezone?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const email = overrides.email ?? `user${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'correct horse battery';
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: { email, password, name: overrides.name ?? `User ${counter}`, timezone: overrides.timezone },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return {
    id: response.json().user.id,
    email,
    password,
    cookie: sessionHeaders(response.headers['set-cookie']),
  };
}

export function sessionHeaders(setCookie: string | string[] | undefined): Record<string, string> {
  const cookies = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ''])
    .map((c) => c.split(';')[0])
    .filter(Boolean)
    .join('; ');
  return { cookie: cookies, origin: TEST_ORIGIN };
}

/** Creates an API token for the user: its id and the Authorization header that uses it. */
export async function apiTokenFor(
  app: FastifyInstance,
  user: TestUser,
): Promise<{ id: string; bearer: Record<string, string> }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: user.cookie,
    payload: { name: 'test token' },
  });
  if (response.statusCode !== 201) throw new Error(`token creation failed: ${response.body}`);
  const { id, token } = response.json();
  return { id, bearer: { authorization: `Bearer ${token}` } };
}

/** Creates an API token for the user and returns the Authorization header that uses it. */
export async function bearerFor(app: FastifyInstance, user: TestUser): Promise<Record<string, string>> {
  return (await apiTokenFor(app, user)).bearer;
}
