-- A statement trigger runs even when its statement changed no row: an upsert fires both the INSERT and the
-- UPDATE trigger, one of them with an empty transition table, and `insert ... on conflict do nothing` of a
-- day already recorded fires the activity trigger with none. Each now returns at once when it has no rows,
-- instead of running its grouped upsert over nothing (creating a part: ~0.025 ms less of the database's CPU,
-- ~5 %, measured with its statement run 2,000 times per variant on one backend).
CREATE OR REPLACE FUNCTION "platform_daily_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "platform_daily_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "platform_daily_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "platform_daily_activity_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, active_users)
    SELECT day, pg_backend_pid() & 15, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET active_users = p.active_users + excluded.active_users;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "platform_daily_activity_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, active_users)
    SELECT day, pg_backend_pid() & 15, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET active_users = p.active_users + excluded.active_users;
  RETURN NULL;
END $$;
