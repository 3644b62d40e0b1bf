import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Worker → primary: the app is ready, send connections. */
export const WORKER_READY = 'pwf:worker-ready';
/** Primary → worker, with the socket: a new connection to serve. */
export const WORKER_CONNECTION = 'pwf:connection';
/** Worker → primary: shutting down, send no more connections. */
export const WORKER_CLOSING = 'pwf:worker-closing';

const IDLE_CHECK_MS = 20;

export interface PrimaryConnections {
  /** Tells the primary to send no more connections. */
  stopTaking(): void;
  /** Resolves once every connection is closed: each is closed as soon as it has no request in flight. */
  closed(): Promise<void>;
}

/**
 * A worker's side of the primary's hand-out (workers.ts): the HTTP server does not listen; it serves the sockets
 * the primary sends it. Node's HTTP server starts tracking its connections (for the headers and request timeouts
 * and for closing idle connections) when it emits 'listening', so that is emitted once here; and since these
 * sockets never passed through its accept, `net.Server.close` does not wait for them: `closed()` does.
 */
export function takeConnectionsFromPrimary(server: Server): PrimaryConnections {
  const open = new Set<Socket>();
  server.emit('listening');
  process.on('message', (message, socket) => {
    if (message !== WORKER_CONNECTION || !socket) return;
    const connection = socket as Socket;
    // net.Server's accept would have set this (an HTTP server asks for it); answers must not wait on Nagle.
    connection.setNoDelay(true);
    open.add(connection);
    connection.once('close', () => open.delete(connection));
    server.emit('connection', connection);
  });
  process.send?.(WORKER_READY);
  return {
    stopTaking: () => process.send?.(WORKER_CLOSING),
    closed: async () => {
      while (open.size > 0) {
        server.closeIdleConnections();
        await new Promise((resolve) => setTimeout(resolve, IDLE_CHECK_MS));
      }
    },
  };
}
