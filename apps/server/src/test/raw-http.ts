import type { AddressInfo } from 'node:net';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Starts the app on a free local port (for requests app.inject would normalize) and returns that port. */
export async function listenLocally(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

/**
 * One HTTP/1.1 request written byte for byte to a socket, as `curl --path-as-is` sends it: the path is not
 * normalized on the way (app.inject and fetch both resolve dot segments before sending).
 */
export function rawRequest(
  port: number,
  {
    method,
    path,
    headers = {},
    body = '',
  }: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      resolve({
        status: Number(head.split(' ')[1]),
        headers: head,
        body: split === -1 ? '' : text.slice(split + 4),
      });
    });
  });
}

/** A request whose body is still on its way: it is in flight until `finish` sends the rest. */
export function halfSentRequest(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string,
) {
  const socket = net.connect(port, '127.0.0.1');
  const head = [`${method} ${url} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
  head.push(`Content-Length: ${Buffer.byteLength(body)}`);
  const half = Math.floor(body.length / 2);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  const closed = new Promise<string>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  const sent = new Promise<void>((resolve) =>
    socket.once('connect', () =>
      socket.write(`${head.join('\r\n')}\r\n\r\n${body.slice(0, half)}`, () => resolve()),
    ),
  );
  return {
    sent,
    finish: async () => {
      socket.write(body.slice(half));
      const text = await closed;
      return { status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) };
    },
  };
}
