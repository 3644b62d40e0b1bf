import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readFromReplica } from '../db/read-routing';

/**
 * The GET routes whose reads may come from the replica (DATABASE_READ_URL): lists, search, exports, reports and
 * analytics. Everything else (a record just opened, an edit form, anything a write answers) reads the primary.
 */
const REPLICA_ROUTES = new Set([
  '/api/v1/analytics/aging',
  '/api/v1/analytics/breakdown',
  '/api/v1/analytics/builds',
  '/api/v1/analytics/summary',
  '/api/v1/analytics/timeseries',
  '/api/v1/admin/analytics',
  '/api/v1/reports/tax-year',
  '/api/v1/reports/tax-year.csv',
  '/api/v1/pnl',
  '/api/v1/catalog',
  '/api/v1/catalog/:id',
  '/api/v1/parts',
  '/api/v1/parts/export.csv',
  '/api/v1/parts/summary',
  '/api/v1/parts/worth',
  '/api/v1/sales',
  '/api/v1/sales/export.csv',
  '/api/v1/listings',
  '/api/v1/builds',
  '/api/v1/lots',
  '/api/v1/expenses',
  '/api/v1/deals',
]);

export const isReplicaRoute = (method: string, url: string | undefined) =>
  method === 'GET' && url !== undefined && REPLICA_ROUTES.has(url);

/** Set on every answered write: while it lasts, this browser's reads go to the primary (every process agrees). */
export const PRIMARY_COOKIE = 'pwf_read_primary';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Read-your-writes across processes: a write sets a short cookie, and a request carrying it reads the primary.
 * Clients without cookies (API tokens) are also recognized per owner within this process, and may send the
 * header `x-read-primary: 1` to be sure. The replica itself is used only while it lags less than the window.
 */
export function registerReadRouting(app: FastifyInstance, windowSeconds: number): void {
  const lastWriteByOwner = new Map<string, number>();
  const wroteRecently = (request: FastifyRequest): boolean => {
    if (request.headers['x-read-primary'] === '1') return true;
    if (request.headers.cookie?.includes(`${PRIMARY_COOKIE}=1`)) return true;
    const owner = request.caller?.ownerId;
    const last = owner ? lastWriteByOwner.get(owner) : undefined;
    return last !== undefined && Date.now() - last < windowSeconds * 1_000;
  };

  // After authentication (onRequest), so the session lookup and its activity write use the primary.
  app.addHook('preHandler', (request, _reply, done) => {
    if (isReplicaRoute(request.method, request.routeOptions.url) && !wroteRecently(request))
      readFromReplica(done);
    else done();
  });
  app.addHook('onSend', async (request, reply) => {
    if (!WRITES.has(request.method)) return;
    const owner = request.caller?.ownerId;
    if (owner) {
      lastWriteByOwner.set(owner, Date.now());
      if (lastWriteByOwner.size > 10_000) forgetOld(lastWriteByOwner, windowSeconds);
    }
    reply.header('set-cookie', [
      ...headerList(reply.getHeader('set-cookie')),
      `${PRIMARY_COOKIE}=1; Max-Age=${Math.ceil(windowSeconds)}; Path=/; HttpOnly; SameSite=Lax`,
    ]);
  });
}

function headerList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

function forgetOld(lastWrite: Map<string, number>, windowSeconds: number): void {
  const before = Date.now() - windowSeconds * 1_000;
  for (const [owner, at] of lastWrite) if (at < before) lastWrite.delete(owner);
}
