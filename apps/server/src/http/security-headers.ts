import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

const noop = () => {};

/**
 * Helmet's headers on every answer: pages, assets, API JSON and errors alike. The middleware is built once;
 * `@fastify/helmet` rebuilt it (and reparsed the CSP) on every request, a few percent of a small request's CPU.
 */
export function registerSecurityHeaders(app: FastifyInstance, { https }: { https: boolean }): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      // No upgrade-insecure-requests: the embedded app is served over plain http on localhost or a LAN.
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: https,
  });
  // Helmet sets its headers synchronously and throws (not calls back) on a misconfiguration.
  app.addHook('onRequest', (request, reply, done) => {
    setHeaders(request.raw, reply.raw, noop);
    done();
  });
}
