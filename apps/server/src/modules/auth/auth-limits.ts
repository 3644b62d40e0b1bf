/**
 * better-auth endpoints (below /api/auth) that take a password, a secret token, or create something: each is
 * limited per client address. Matched on the path better-auth itself routes, so no spelling of the URL
 * reaches one of them without being counted.
 */
const LIMITED_ENDPOINTS: Record<string, string> = {
  '/sign-in/email': 'sign-in',
  '/sign-in/social': 'sign-in',
  '/sign-up/email': 'sign-up',
  '/change-password': 'password change',
  '/verify-password': 'password check',
  '/reset-password': 'password reset',
  '/request-password-reset': 'password reset',
  '/send-verification-email': 'verification email',
  '/delete-user': 'account deletion',
  '/admin/create-user': 'account creation',
  '/admin/set-user-password': 'password change',
  '/admin/impersonate-user': 'impersonation',
};

/** The rate-limit rule name for an endpoint path below the auth base path, or undefined when not limited. */
export function authLimitName(endpoint: string): string | undefined {
  if (endpoint.startsWith('/reset-password/')) return 'password reset';
  return Object.hasOwn(LIMITED_ENDPOINTS, endpoint) ? LIMITED_ENDPOINTS[endpoint] : undefined;
}

/**
 * better-auth endpoints the API replaces with its own, validated and audited routes: `/update-user` would
 * change the name or time zone without the history (`PATCH /api/v1/me` does it), `/change-email` without the
 * password (`POST /api/v1/me/email`). They are not served.
 */
const REPLACED_ENDPOINTS = new Set(['/update-user', '/change-email']);

export const isReplacedEndpoint = (endpoint: string) => REPLACED_ENDPOINTS.has(endpoint);

/**
 * Whether a request path is already in the form a URL parser leaves it in. `/api/auth/./sign-in/email`,
 * `/x/../`, `%2e`, backslashes or an absolute URL are not: they name a route only after normalization.
 */
export function isCanonicalPath(url: string): boolean {
  const raw = url.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/') || raw.startsWith('//')) return false;
  return new URL(raw, 'http://localhost').pathname === raw;
}
