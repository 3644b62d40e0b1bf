import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

/**
 * Decodes Stripe's form encoding (`line_items[0][price]=x&metadata[userId]=u`) into nested objects;
 * numeric keys become array positions.
 */
export function decodeForm(body: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split('[').map((p) => p.replace(/]$/, ''));
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? '');
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

export interface FakeStripe {
  /** `http://127.0.0.1:<port>`: STRIPE_API_BASE for the app under test. */
  url: string;
  /** Every API call received, in order. */
  calls: { method: string; path: string; body: Json }[];
  customers: Map<string, Json>;
  checkoutSessions: Map<string, Json>;
  subscriptions: Map<string, Json>;
  /**
   * What Stripe would do when the customer pays a checkout session: creates the subscription on the
   * session's price and marks the session complete. Returns both.
   */
  completeCheckout(sessionId: string, at?: number): { session: Json; subscription: Json };
  close(): Promise<void>;
}

/**
 * A real HTTP server speaking the parts of Stripe's API the app calls (customers, checkout sessions,
 * billing portal sessions, subscriptions retrieve), with Stripe's form-encoded requests and JSON answers.
 * The checkout URL it hands out is its own `/checkout/<id>` page.
 */
export async function startFakeStripe({ port = 0 } = {}): Promise<FakeStripe> {
  const calls: FakeStripe['calls'] = [];
  const customers = new Map<string, Json>();
  const checkoutSessions = new Map<string, Json>();
  const subscriptions = new Map<string, Json>();
  let url = '';

  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c) => {
        data += c;
      });
      req.on('end', () => resolve(data));
    });

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const body = decodeForm(await read(req));
    const method = req.method ?? 'GET';
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(json));
    };
    // Control routes for a browser test driving the fake from outside its process.
    if (path === '/_fake/healthz') return send(200, { ok: true });
    const complete = /^\/_fake\/checkout\/([^/]+)\/complete$/.exec(path);
    if (method === 'POST' && complete?.[1]) {
      try {
        return send(200, fake.completeCheckout(complete[1]));
      } catch (error) {
        return send(404, { error: { message: String(error) } });
      }
    }
    if (path.startsWith('/checkout/')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Fake Stripe Checkout</title><h1>Fake Stripe Checkout</h1>');
      return;
    }
    calls.push({ method, path, body });
    if (!(req.headers.authorization ?? '').startsWith('Bearer sk_'))
      return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API key' } });
    const now = Math.floor(Date.now() / 1000);
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer', created: now, ...body };
      customers.set(customer.id, customer);
      return send(200, customer);
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const sid = id('cs_test');
      const session = {
        id: sid,
        object: 'checkout.session',
        created: now,
        status: 'open',
        subscription: null,
        url: `${url}/checkout/${sid}`,
        ...body,
      };
      checkoutSessions.set(sid, session);
      return send(200, session);
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const pid = id('bps');
      return send(200, { id: pid, object: 'billing_portal.session', url: `${url}/portal/${pid}`, ...body });
    }
    const sub = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (method === 'GET' && sub?.[1]) {
      const found = subscriptions.get(sub[1]);
      return found
        ? send(200, found)
        : send(404, {
            error: { type: 'invalid_request_error', message: `No such subscription: '${sub[1]}'` },
          });
    }
    send(404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` },
    });
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeStripe = {
    get url() {
      return url;
    },
    calls,
    customers,
    checkoutSessions,
    subscriptions,
    completeCheckout(sessionId, at = Math.floor(Date.now() / 1000)) {
      const session = checkoutSessions.get(sessionId);
      if (!session) throw new Error(`no checkout session ${sessionId}`);
      const lineItems = session.line_items as { price: string }[] | undefined;
      const subscription: Json = {
        id: id('sub'),
        object: 'subscription',
        created: at,
        customer: session.customer,
        status: 'active',
        cancel_at_period_end: false,
        metadata: (session.subscription_data as Json | undefined)?.metadata ?? {},
        items: {
          object: 'list',
          data: [
            {
              id: id('si'),
              object: 'subscription_item',
              price: { id: lineItems?.[0]?.price, object: 'price' },
              current_period_start: at,
              current_period_end: at + 30 * 86_400,
            },
          ],
        },
      };
      subscriptions.set(subscription.id as string, subscription);
      Object.assign(session, { status: 'complete', subscription: subscription.id });
      return { session, subscription };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
