import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors';

/**
 * Deeper than any body the API takes (the deepest is a few levels). Forwarding, validation and storage walk
 * parsed JSON recursively, so a body nested thousands of levels deep would overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

const isPlainContainer = (value: unknown): value is Record<string, unknown> | unknown[] => {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Whether parsed JSON nests arrays and objects deeper than `max`; walked without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (!isPlainContainer(item)) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) if (typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Caps the nesting of every parsed body, on every route, before validation or a handler sees it. A hook and not a
 * replacement JSON parser, so that a route may still take its body raw (a webhook's signature needs the bytes).
 */
export function registerJsonBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (nestsDeeperThan(request.body, MAX_JSON_DEPTH)) {
      throw new AppError('BAD_REQUEST', `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`);
    }
  });
}
