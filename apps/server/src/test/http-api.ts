/** A small client for a server in another process (system tests): JSON in, status and JSON out. */
export interface ApiResponse {
  status: number;
  body: unknown;
}

export type Api = (method: string, path: string, body?: unknown) => Promise<ApiResponse>;

export function apiClient(baseUrl: string, headers: Record<string, string> = {}): Api {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        origin: new URL(baseUrl).origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}

/** Signs up (or in, when the account exists) and returns an API client with that session's cookie. */
export async function signedInClient(baseUrl: string, email: string, password: string): Promise<Api> {
  return apiClient(baseUrl, { cookie: await sessionCookie(baseUrl, email, password) });
}

/** Signs up (or in, when the account exists) and returns the session's cookie header. */
export async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email, password, name: 'System Test' }),
  });
  let response = signUp;
  if (signUp.status === 409) {
    response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
      body: JSON.stringify({ email, password }),
    });
  }
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Every item of a paged list (`{ items, total }`), page after page. */
export async function allPages<T>(api: Api, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const response = await api('GET', `${path}${separator}page=${page}&pageSize=200`);
    if (response.status !== 200)
      throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    const body = response.body as { items: T[]; total: number };
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) return items;
  }
}
