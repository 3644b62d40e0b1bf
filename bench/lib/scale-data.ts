import type pg from 'pg';

/**
 * The scale dataset, generated inside PostgreSQL (generate_series) on the product's migrated schema. Every
 * pick is a pure function of a row number: `pg_temp.r(k, salt)` maps hashint8(k * 32 + salt) to [0, 1), so
 * the same PostgreSQL builds the same rows on every run. Ids are the row numbers.
 */
/** BENCH_SCALE_FRACTION=0.01: a hundredth of the parts and sales, to try the script quickly. */
const fraction = Number(process.env.BENCH_SCALE_FRACTION ?? 1);
if (!(fraction > 0 && fraction <= 1)) throw new Error('BENCH_SCALE_FRACTION must be in (0, 1]');

export const SCALE = {
  users: 1_000,
  parts: Math.round(2_000_000 * fraction),
  /** Parts 1..sales are sold, sale id = part id; the others are held (in stock, listed, testing…). */
  sales: Math.round(1_000_000 * fraction),
  expensesPerUser: 50,
  /** 2023-01-01 .. 2025-12-31. */
  firstDay: '2023-01-01',
  days: 1_096,
} as const;

/** Owner of row k: rows are spread over the users in turn, as real users' records interleave in a table. */
const OWNER_OF = (k: string) => `pg_temp.owner_id((${k} - 1) % ${SCALE.users} + 1)`;
const DAY = (offset: string) => `('${SCALE.firstDay}'::date + (${offset})::int)`;

const FUNCTIONS = [
  `create function pg_temp.r(k bigint, salt int) returns float8 language sql immutable as
     $$ select (hashint8(k * 32 + salt)::float8 + 2147483648) / 4294967296 $$`,
  `create function pg_temp.owner_id(n bigint) returns text language sql immutable as
     $$ select md5('scale-user-' || n)::uuid::text $$`,
  // Which row of a weighted list: `lo <= r < hi`.
  `create temporary table category_mix (category text, lo float8, hi float8, cost_lo int, cost_hi int, models text[])`,
  `insert into category_mix values
     ('gpu', 0.00, 0.20, 5000, 80000, '{RTX 3060,RTX 3070,RTX 2080 Super,RX 6700 XT,RX 580,GTX 1080 Ti}'),
     ('cpu', 0.20, 0.35, 3000, 35000, '{Ryzen 5 3600,Ryzen 7 5800X,Core i5-12400F,Core i7-9700K,Ryzen 9 5900X,Core i3-10100}'),
     ('motherboard', 0.35, 0.47, 3000, 25000, '{B450 Tomahawk,X570 Aorus Elite,Z690-P,B550M Pro4,H610M-E,X470 Prime Pro}'),
     ('memory', 0.47, 0.62, 1500, 20000, '{16GB DDR4-3200,32GB DDR4-3600,8GB DDR4-2666,32GB DDR5-6000,16GB DDR5-5600,64GB DDR4-3200}'),
     ('storage', 0.62, 0.77, 1500, 15000, '{1TB NVMe SSD,2TB NVMe SSD,500GB SATA SSD,4TB HDD,2TB HDD,256GB NVMe SSD}'),
     ('psu', 0.77, 0.85, 2000, 15000, '{650W Bronze,750W Gold,850W Gold,550W Bronze,1000W Platinum,600W White}'),
     ('case', 0.85, 0.92, 2000, 12000, '{Meshify C,NZXT H510,Lancool II,Corsair 4000D,Phanteks P400A,Cooler Master Q300L}'),
     ('cooler', 0.92, 0.98, 1000, 9000, '{Hyper 212,NH-D15,AK400,Arctic LF II 240,Dark Rock 4,Wraith Prism}'),
     ('other', 0.98, 1.01, 500, 5000, '{Wi-Fi card,Fan pack,Cable kit,Capture card,Sound card,Riser cable}')`,
  // Platforms as resellers use them; fees are each site's usual rate (basis points + fixed), on shipped sales.
  `create temporary table platform_mix (platform text, lo float8, hi float8, delivery text, fee_bp int, fee_fixed int)`,
  `insert into platform_mix values
     ('ebay', 0.00, 0.40, 'shipped', 1325, 30),
     ('facebook_marketplace', 0.40, 0.62, 'local', 0, 0),
     ('craigslist', 0.62, 0.70, 'local', 0, 0),
     ('offerup', 0.70, 0.80, 'local', 0, 0),
     ('reddit_hardwareswap', 0.80, 0.88, 'shipped', 349, 49),
     ('local', 0.88, 0.98, 'local', 0, 0),
     ('other', 0.98, 1.01, 'shipped', 500, 0)`,
  // What a held (unsold) part is doing.
  `create temporary table held_mix (status text, lo float8, hi float8)`,
  `insert into held_mix values ('in_stock', 0, 0.60), ('listed', 0.60, 0.85), ('testing', 0.85, 0.95),
     ('rma', 0.95, 0.97), ('archived', 0.97, 1.01)`,
];

const USERS = `
  insert into "user" (id, name, email, email_verified, timezone, created_at, updated_at)
  select pg_temp.owner_id(n), 'scale' || n, 'scale' || n || '@bench.local', true,
    (array['UTC','UTC','America/New_York','America/Los_Angeles','Europe/Berlin'])[1 + floor(pg_temp.r(n, 1) * 5)::int],
    ${DAY(`floor(pg_temp.r(n, 2) * ${SCALE.days})`)}::timestamptz, ${DAY(`floor(pg_temp.r(n, 2) * ${SCALE.days})`)}::timestamptz
  from generate_series(1, ${SCALE.users}) as n`;

/** One credential account per user, all with the same argon2id hash ($1): one hash instead of a thousand. */
const ACCOUNTS = `
  insert into account (id, account_id, provider_id, user_id, password)
  select md5('scale-account-' || n)::uuid::text, pg_temp.owner_id(n), 'credential', pg_temp.owner_id(n), $1
  from generate_series(1, ${SCALE.users}) as n`;

/**
 * A sold part was bought `days to sell` (mostly short, up to 119) before its sale, both in 2023-2025; a held
 * part was bought at any time, more of them lately. Cost in the category's range.
 */
const PARTS = `
  insert into part (id, owner_id, name, category, brand, model, condition, status, cost_cents, acquired_at,
    source, notes, created_at, updated_at)
  overriding system value
  select p.id, ${OWNER_OF('p.id')}, c.category || ' ' || c.models[1 + floor(pg_temp.r(p.id, 3) * 6)::int], c.category,
    null, c.models[1 + floor(pg_temp.r(p.id, 3) * 6)::int],
    case when pg_temp.r(p.id, 4) < 0.80 then 'used' when pg_temp.r(p.id, 4) < 0.92 then 'new' else 'for_parts' end,
    p.status, c.cost_lo + floor(pg_temp.r(p.id, 5) * (c.cost_hi - c.cost_lo + 1))::int, p.acquired_at,
    (array['ebay','facebook_marketplace','craigslist','offerup','reddit_hardwareswap','local_pickup','liquidation_lot','retail_clearance'])[1 + floor(pg_temp.r(p.id, 6) * 8)::int],
    case when pg_temp.r(p.id, 7) < 0.5 then null else 'tested working' end,
    p.acquired_at::timestamptz, p.acquired_at::timestamptz
  from (
    select id,
      case when id <= ${SCALE.sales} then 'sold' else (select status from held_mix h where pg_temp.r(id, 8) >= h.lo and pg_temp.r(id, 8) < h.hi) end as status,
      case when id <= ${SCALE.sales}
        then ${DAY(`greatest(0, floor(pg_temp.r(id, 9) * ${SCALE.days}) - floor(pg_temp.r(id, 10) ^ 2 * 120))`)}
        else ${DAY(`${SCALE.days - 1} - floor(pg_temp.r(id, 9) ^ 2 * ${SCALE.days})`)} end as acquired_at
    from generate_series(1, ${SCALE.parts}) as id
  ) as p
  join category_mix c on pg_temp.r(p.id, 11) >= c.lo and pg_temp.r(p.id, 11) < c.hi`;

/**
 * One sale per sold part, sale id = part id: the item's name and cost of goods from the part (as a recorded
 * sale fixes them), the price 85-160 % of the cost, the platform's fee and delivery, shipping when shipped.
 * 2 % are refunded (half in full, half 20 %), without restock: refunded_cents is the refund's amount.
 */
const SALES = `
  insert into sale (id, owner_id, part_id, item_name, platform, delivery, sold_at, price_cents, fees_cents,
    shipping_cents, cogs_cents, refunded_cents, created_at, updated_at)
  overriding system value
  select s.id, s.owner_id, s.id, s.name, s.platform, s.delivery, s.sold_at, s.price,
    case when s.delivery = 'shipped' then round(s.price * s.fee_bp / 10000.0)::int + s.fee_fixed else 0 end,
    case when s.delivery = 'shipped' then 800 + floor(pg_temp.r(s.id, 12) * 1700)::int else 0 end,
    s.cost_cents,
    case when pg_temp.r(s.id, 13) >= 0.02 then 0 when pg_temp.r(s.id, 14) < 0.5 then s.price else round(s.price * 0.2)::int end,
    s.sold_at::timestamptz, s.sold_at::timestamptz
  from (
    select p.id, p.owner_id, p.name, p.cost_cents, pm.platform, pm.delivery, pm.fee_bp, pm.fee_fixed,
      ${DAY(`floor(pg_temp.r(p.id, 9) * ${SCALE.days})`)} as sold_at,
      round(p.cost_cents * (0.85 + pg_temp.r(p.id, 15) * 0.75))::int as price
    from part p join platform_mix pm on pg_temp.r(p.id, 16) >= pm.lo and pg_temp.r(p.id, 16) < pm.hi
    where p.id <= ${SCALE.sales}
  ) as s`;

const SALE_ITEMS = `
  insert into sale_item (sale_id, part_id, owner_id, cost_cents)
  select id, part_id, owner_id, cogs_cents from sale order by 1, 2`;

const REFUNDS = `
  insert into sale_refund (owner_id, sale_id, refunded_at, amount_cents, restock, cogs_returned_cents, note, created_at)
  select owner_id, id, least(sold_at + 3 + floor(pg_temp.r(id, 17) * 20)::int, '2025-12-31'::date), refunded_cents,
    false, 0, 'item not as described', sold_at::timestamptz
  from sale where refunded_cents > 0`;

/** Listed parts are on sale on one platform (an active listing), as the product keeps them. */
const LISTINGS = `
  insert into listing (owner_id, part_id, platform, delivery, title, price_cents, status, listed_at, restore_status,
    created_at, updated_at)
  select p.owner_id, p.id, pm.platform, pm.delivery, p.name, round(p.cost_cents * 1.3)::int, 'active',
    least(p.acquired_at + 7, '2025-12-31'::date), 'in_stock', p.acquired_at::timestamptz, p.acquired_at::timestamptz
  from part p join platform_mix pm on pg_temp.r(p.id, 16) >= pm.lo and pg_temp.r(p.id, 16) < pm.hi
  where p.status = 'listed'`;

const EXPENSES = `
  insert into expense (id, owner_id, spent_at, category, amount_cents, description, created_at, updated_at)
  overriding system value
  select e.id, ${OWNER_OF('e.id')}, e.spent_at,
    (array['shipping_supplies','consumables','tools','subscriptions','other'])[1 + floor(pg_temp.r(e.id, 18) * 5)::int],
    200 + floor(pg_temp.r(e.id, 19) * 4800)::int, 'supplies', e.spent_at::timestamptz, e.spent_at::timestamptz
  from (select id, ${DAY(`floor(pg_temp.r(id, 20) * ${SCALE.days})`)} as spent_at
    from generate_series(1, ${SCALE.users * SCALE.expensesPerUser}) as id) as e`;

/** A user was active on the days they sold something (admins' active-user counts); in order, so the insert
 * trigger finds each previous day already there. */
const ACTIVITY = `insert into user_activity (user_id, day) select distinct owner_id, sold_at from sale order by 1, 2`;

const SEQUENCES = ['part', 'sale', 'expense'].map(
  (table) => `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
);

export interface StepTiming {
  step: string;
  ms: number;
  rows: number;
}

/** Generates the whole dataset in one session; returns each step's time and rows. */
export async function generateScaleData(client: pg.Client, passwordHash: string): Promise<StepTiming[]> {
  await client.query('set synchronous_commit = off');
  for (const statement of FUNCTIONS) await client.query(statement);
  const steps: [string, string, unknown[]?][] = [
    ['users', USERS],
    ['accounts', ACCOUNTS, [passwordHash]],
    ['parts', PARTS],
    ['sales', SALES],
    ['sale items', SALE_ITEMS],
    ['refunds', REFUNDS],
    ['listings', LISTINGS],
    ['expenses', EXPENSES],
    ['user activity', ACTIVITY],
  ];
  const timings: StepTiming[] = [];
  for (const [step, text, values] of steps) {
    const started = performance.now();
    const result = await client.query(text, values);
    timings.push({ step, ms: performance.now() - started, rows: result.rowCount ?? 0 });
    console.log(
      `  ${step}: ${result.rowCount} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  for (const statement of SEQUENCES) await client.query(statement);
  return timings;
}
