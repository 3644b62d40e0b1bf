import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp } from '../test/app';
import { compileSerializer, responseSerializer, type SerializerMode } from './serializer';

const apps: FastifyInstance[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));

/** One route answering `answer` under `schema`, with the app's serialiser in `mode`. */
async function answering(mode: SerializerMode, schema: z.ZodType, answer: unknown) {
  const app = Fastify();
  apps.push(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(mode));
  app.get('/answer', { schema: { response: { 200: schema } } }, async () => answer);
  return app.inject({ method: 'GET', url: '/answer' });
}

const Shipment = z.object({
  shipped: z.union([
    z.object({ by: z.literal('post'), trackingCode: z.string() }),
    z.object({ by: z.literal('hand'), metAt: z.string() }),
  ]),
});
// A stored row with a column the answer does not name: zod drops it, the compiled serialiser's union refuses it.
const shipmentRow = { shipped: { by: 'post', trackingCode: 'LX123', internalNote: 'fragile' } };

describe('the compiled response serialiser', () => {
  it("compiles every API answer's schema, so production writes none of them with zod", async () => {
    const schemas: { route: string; schema: z.ZodType }[] = [];
    const ctx = await createTestApp(
      {},
      {
        onRoute: (route) => {
          const response = (route.schema?.response ?? {}) as Record<string, unknown>;
          for (const [status, schema] of Object.entries(response))
            if (schema instanceof z.ZodType)
              schemas.push({ route: `${route.method} ${route.url} ${status}`, schema });
        },
      },
    );
    await ctx.close();
    expect(schemas.length).toBeGreaterThan(100);
    const uncompiled = schemas.filter(({ schema }) => {
      try {
        compileSerializer(schema);
        return false;
      } catch {
        return true;
      }
    });
    expect(uncompiled.map(({ route }) => route)).toEqual([]);
  });

  it('writes with zod what JSON schema cannot express, in production too', async () => {
    const res = await answering('compiled', z.object({ at: z.date() }), {
      at: new Date('2025-03-10T12:00:00Z'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ at: '2025-03-10T12:00:00.000Z' });
  });

  it('falls back to zod in production when the compiled serialiser refuses an answer', async () => {
    const res = await answering('compiled', Shipment, shipmentRow);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ shipped: { by: 'post', trackingCode: 'LX123' } });
  });

  it('fails the request in tests, naming the route, when the compiled serialiser would not write what zod writes', async () => {
    const res = await answering('checked', Shipment, shipmentRow);
    expect(res.statusCode).toBe(500);
    expect(res.json().message).toContain('GET /answer (200): the compiled serialiser refused');
    const agreed = await answering('checked', Shipment, { shipped: { by: 'hand', metAt: 'the station' } });
    expect(agreed.json()).toEqual({ shipped: { by: 'hand', metAt: 'the station' } });
  });
});
