CREATE TABLE "analytics_monthly" (
	"owner_id" text NOT NULL,
	"month" date NOT NULL,
	"sales_count" integer DEFAULT 0 NOT NULL,
	"revenue_cents" bigint DEFAULT 0 NOT NULL,
	"fees_cents" bigint DEFAULT 0 NOT NULL,
	"shipping_cents" bigint DEFAULT 0 NOT NULL,
	"cogs_cents" bigint DEFAULT 0 NOT NULL,
	"refunds_cents" bigint DEFAULT 0 NOT NULL,
	"cogs_returned_cents" bigint DEFAULT 0 NOT NULL,
	"expenses_cents" bigint DEFAULT 0 NOT NULL,
	"purchased_units" integer DEFAULT 0 NOT NULL,
	"purchases_cents" bigint DEFAULT 0 NOT NULL,
	"written_off_units" integer DEFAULT 0 NOT NULL,
	"written_off_cents" bigint DEFAULT 0 NOT NULL,
	"acquired_sold_units" integer DEFAULT 0 NOT NULL,
	"acquired_held_units" integer DEFAULT 0 NOT NULL,
	"sold_days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	CONSTRAINT "analytics_monthly_owner_id_month_pk" PRIMARY KEY("owner_id","month")
);
--> statement-breakpoint
ALTER TABLE "analytics_monthly" ADD CONSTRAINT "analytics_monthly_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_daily_writer_rows_idx" ON "analytics_daily" USING btree ("owner_id","day") WHERE "analytics_daily"."shard" <> 0;--> statement-breakpoint
-- A range of months (a year's summary, a 24-month series) reads a row per owner and month instead of one per
-- day, plus the creations' rows of those months (the index above). Filled from the recomputed days (shard 0);
-- from here on the statement triggers on analytics_daily keep the figures and recomputeDays the days to sell.
INSERT INTO "analytics_monthly" ("owner_id", "month", "sales_count", "revenue_cents", "fees_cents", "shipping_cents", "cogs_cents", "refunds_cents", "cogs_returned_cents", "expenses_cents", "purchased_units", "purchases_cents", "written_off_units", "written_off_cents", "acquired_sold_units", "acquired_held_units", "sold_days")
  SELECT s.*, coalesce(d.sold_days, '{}') FROM (
    SELECT "owner_id", date_trunc('month', "day")::date AS month, sum("sales_count"), sum("revenue_cents"), sum("fees_cents"), sum("shipping_cents"), sum("cogs_cents"), sum("refunds_cents"), sum("cogs_returned_cents"), sum("expenses_cents"), sum("purchased_units"), sum("purchases_cents"), sum("written_off_units"), sum("written_off_cents"), sum("acquired_sold_units"), sum("acquired_held_units")
    FROM "analytics_daily" WHERE "shard" = 0 GROUP BY 1, 2
  ) AS s LEFT JOIN (
    SELECT "owner_id", date_trunc('month', "day")::date AS month, array_agg(x ORDER BY x) AS sold_days
    FROM "analytics_daily", unnest("sold_days") AS x WHERE "shard" = 0 GROUP BY 1, 2
  ) AS d USING ("owner_id", month)
  ORDER BY 1, 2;--> statement-breakpoint
-- One function per event keeps both rollups of analytics_daily: the platform's days (every row) and the
-- owners' months (the recomputed rows, shard 0; a creation's own row is read beside its month instead, so a
-- part's creation adds to one row, as before).
DROP TRIGGER "analytics_daily_platform_insert" ON "analytics_daily";--> statement-breakpoint
DROP TRIGGER "analytics_daily_platform_update" ON "analytics_daily";--> statement-breakpoint
DROP TRIGGER "analytics_daily_platform_delete" ON "analytics_daily";--> statement-breakpoint
DROP FUNCTION "platform_daily_insert"();--> statement-breakpoint
DROP FUNCTION "platform_daily_update"();--> statement-breakpoint
DROP FUNCTION "platform_daily_delete"();--> statement-breakpoint
CREATE FUNCTION "analytics_daily_rollups_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  IF NOT EXISTS (SELECT FROM new_rows WHERE shard = 0) THEN RETURN NULL; END IF;
  INSERT INTO analytics_monthly AS m (owner_id, month, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents, acquired_sold_units, acquired_held_units)
    SELECT owner_id, date_trunc('month', day)::date, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents), sum(sign * acquired_sold_units), sum(sign * acquired_held_units)
    FROM (SELECT 1 AS sign, * FROM new_rows WHERE shard = 0) AS r
    GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0 or sum(sign * acquired_sold_units) <> 0 or sum(sign * acquired_held_units) <> 0
    ORDER BY 1, 2
    ON CONFLICT (owner_id, month) DO UPDATE SET sales_count = m.sales_count + excluded.sales_count, revenue_cents = m.revenue_cents + excluded.revenue_cents, fees_cents = m.fees_cents + excluded.fees_cents, shipping_cents = m.shipping_cents + excluded.shipping_cents, cogs_cents = m.cogs_cents + excluded.cogs_cents, refunds_cents = m.refunds_cents + excluded.refunds_cents, cogs_returned_cents = m.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = m.expenses_cents + excluded.expenses_cents, purchased_units = m.purchased_units + excluded.purchased_units, purchases_cents = m.purchases_cents + excluded.purchases_cents, written_off_units = m.written_off_units + excluded.written_off_units, written_off_cents = m.written_off_cents + excluded.written_off_cents, acquired_sold_units = m.acquired_sold_units + excluded.acquired_sold_units, acquired_held_units = m.acquired_held_units + excluded.acquired_held_units;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "analytics_daily_rollups_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  IF NOT EXISTS (SELECT FROM new_rows WHERE shard = 0) THEN RETURN NULL; END IF;
  INSERT INTO analytics_monthly AS m (owner_id, month, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents, acquired_sold_units, acquired_held_units)
    SELECT owner_id, date_trunc('month', day)::date, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents), sum(sign * acquired_sold_units), sum(sign * acquired_held_units)
    FROM (SELECT 1 AS sign, * FROM new_rows WHERE shard = 0 UNION ALL SELECT -1 AS sign, * FROM old_rows WHERE shard = 0) AS r
    GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0 or sum(sign * acquired_sold_units) <> 0 or sum(sign * acquired_held_units) <> 0
    ORDER BY 1, 2
    ON CONFLICT (owner_id, month) DO UPDATE SET sales_count = m.sales_count + excluded.sales_count, revenue_cents = m.revenue_cents + excluded.revenue_cents, fees_cents = m.fees_cents + excluded.fees_cents, shipping_cents = m.shipping_cents + excluded.shipping_cents, cogs_cents = m.cogs_cents + excluded.cogs_cents, refunds_cents = m.refunds_cents + excluded.refunds_cents, cogs_returned_cents = m.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = m.expenses_cents + excluded.expenses_cents, purchased_units = m.purchased_units + excluded.purchased_units, purchases_cents = m.purchases_cents + excluded.purchases_cents, written_off_units = m.written_off_units + excluded.written_off_units, written_off_cents = m.written_off_cents + excluded.written_off_cents, acquired_sold_units = m.acquired_sold_units + excluded.acquired_sold_units, acquired_held_units = m.acquired_held_units + excluded.acquired_held_units;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "analytics_daily_rollups_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, pg_backend_pid() & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  IF NOT EXISTS (SELECT FROM old_rows WHERE shard = 0) THEN RETURN NULL; END IF;
  INSERT INTO analytics_monthly AS m (owner_id, month, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents, acquired_sold_units, acquired_held_units)
    SELECT owner_id, date_trunc('month', day)::date, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents), sum(sign * acquired_sold_units), sum(sign * acquired_held_units)
    FROM (SELECT -1 AS sign, * FROM old_rows WHERE shard = 0) AS r
    -- An owner's days also go when the owner is deleted, and the owner's months with the owner (cascade).
    WHERE EXISTS (SELECT FROM "user" u WHERE u.id = r.owner_id)
    GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0 or sum(sign * acquired_sold_units) <> 0 or sum(sign * acquired_held_units) <> 0
    ORDER BY 1, 2
    ON CONFLICT (owner_id, month) DO UPDATE SET sales_count = m.sales_count + excluded.sales_count, revenue_cents = m.revenue_cents + excluded.revenue_cents, fees_cents = m.fees_cents + excluded.fees_cents, shipping_cents = m.shipping_cents + excluded.shipping_cents, cogs_cents = m.cogs_cents + excluded.cogs_cents, refunds_cents = m.refunds_cents + excluded.refunds_cents, cogs_returned_cents = m.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = m.expenses_cents + excluded.expenses_cents, purchased_units = m.purchased_units + excluded.purchased_units, purchases_cents = m.purchases_cents + excluded.purchases_cents, written_off_units = m.written_off_units + excluded.written_off_units, written_off_cents = m.written_off_cents + excluded.written_off_cents, acquired_sold_units = m.acquired_sold_units + excluded.acquired_sold_units, acquired_held_units = m.acquired_held_units + excluded.acquired_held_units;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "analytics_daily_rollups_insert" AFTER INSERT ON "analytics_daily"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_daily_rollups_insert"();--> statement-breakpoint
CREATE TRIGGER "analytics_daily_rollups_update" AFTER UPDATE ON "analytics_daily"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_daily_rollups_update"();--> statement-breakpoint
CREATE TRIGGER "analytics_daily_rollups_delete" AFTER DELETE ON "analytics_daily"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_daily_rollups_delete"();
