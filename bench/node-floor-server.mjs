// The least a Node server can spend per answer (see node-floor.ts): node:http and pg with nothing else, answering
// - "static": a fixed JSON body;
// - "detail": R2, the part row read by one prepared statement on pg's pipelined connections;
// - "create": R3, the body parsed and the part, its audit entry and its day's aggregates written by one prepared
//   statement (the product's create statement, less the token's confirmation).
// No routing, authentication, validation or framework: what remains is HTTP, the driver and JSON.
import http from 'node:http';
import pg from 'pg';

const [mode, port, databaseUrl] = process.argv.slice(2);
const fixedBody = JSON.stringify({
  id: 1,
  name: 'GPU #1',
  category: 'gpu',
  status: 'in_stock',
  costCents: 12345,
});
const CREATE = `with inserted as (
  insert into part (owner_id, name, category, condition, status, cost_cents, acquired_at, source, notes, specs)
  values ($1, $2, $3, $4, 'in_stock', $5, $6, $7, $8, '{}') returning *),
audited as (
  insert into audit_log (owner_id, actor_id, via, entity, entity_id, action, created_at)
  select owner_id, owner_id, 'token', 'part', id::text, 'create', now() from inserted returning id),
counted as (
  insert into analytics_daily (owner_id, day, shard, purchased_units, purchases_cents, acquired_held_units,
    held_in_stock_units, held_in_stock_cents)
  select owner_id, acquired_at, (pg_backend_pid() & 7) + 1, 1, cost_cents, 1, 1, cost_cents from inserted
  on conflict (owner_id, day, shard) do update set
    purchased_units = analytics_daily.purchased_units + 1,
    purchases_cents = analytics_daily.purchases_cents + excluded.purchases_cents,
    acquired_held_units = analytics_daily.acquired_held_units + 1,
    held_in_stock_units = analytics_daily.held_in_stock_units + 1,
    held_in_stock_cents = analytics_daily.held_in_stock_cents + excluded.held_in_stock_cents
  returning 1)
select * from inserted`;

const connections = [];
let owners = [];
if (mode !== 'static') {
  for (let i = 0; i < Number(process.env.FLOOR_CONNECTIONS ?? 4); i++) {
    const client = new pg.Client({ connectionString: databaseUrl, pipeline: true });
    await client.connect();
    connections.push(client);
  }
  owners = (await connections[0].query('select id from "user" order by email limit 10')).rows.map(
    (r) => r.id,
  );
}

let turn = 0;
const answer = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
};
http
  .createServer((req, res) => {
    if (mode === 'static') return answer(res, 200, fixedBody);
    const client = connections[turn++ % connections.length];
    const failed = (err) => answer(res, 500, JSON.stringify({ error: String(err) }));
    if (mode === 'detail') {
      const id = Number(req.url.slice(req.url.lastIndexOf('/') + 1));
      client
        .query({ name: 'detail', text: 'select * from part where id = $1', values: [id] })
        .then(
          (result) => answer(res, result.rows.length ? 200 : 404, JSON.stringify(result.rows[0] ?? null)),
          failed,
        );
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const part = JSON.parse(body);
      const values = [owners[turn % owners.length], part.name, part.category, part.condition, part.costCents];
      values.push(part.acquiredAt, part.source, part.notes);
      client
        .query({ name: 'create', text: CREATE, values })
        .then((result) => answer(res, 201, JSON.stringify(result.rows[0])), failed);
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
