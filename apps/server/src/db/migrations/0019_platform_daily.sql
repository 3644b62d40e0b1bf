CREATE TABLE "platform_daily" (
	"day" date NOT NULL,
	"shard" smallint NOT NULL,
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
	"active_users" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "platform_daily_day_shard_pk" PRIMARY KEY("day","shard")
);
--> statement-breakpoint
DROP INDEX "user_activity_day_idx";--> statement-breakpoint
CREATE INDEX "user_activity_day_user_idx" ON "user_activity" USING btree ("day","user_id");--> statement-breakpoint
CREATE INDEX "part_owner_held_cost_idx" ON "part" USING btree ("owner_id","status","cost_cents") WHERE "part"."status" in ('in_stock', 'testing', 'in_build', 'listed', 'rma');
--> statement-breakpoint
-- platform_daily follows analytics_daily: each statement that writes analytics_daily adds what it wrote and
-- subtracts what it replaced, per day and shard of owners, in the same transaction. Rows are locked in
-- (day, shard) order, and a statement that changes no figure (recomputeDays' first, locking statement) locks none.
-- One function per event, with static SQL: PL/pgSQL keeps its plan (EXECUTE of a built string planned it on
-- every statement, which doubled the database's time to create a part).
CREATE FUNCTION "platform_daily_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, hashtext(owner_id) & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "platform_daily_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, hashtext(owner_id) & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "platform_daily_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform_daily AS p (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
    SELECT day, hashtext(owner_id) & 15, sum(sign * sales_count), sum(sign * revenue_cents), sum(sign * fees_cents), sum(sign * shipping_cents), sum(sign * cogs_cents), sum(sign * refunds_cents), sum(sign * cogs_returned_cents), sum(sign * expenses_cents), sum(sign * purchased_units), sum(sign * purchases_cents), sum(sign * written_off_units), sum(sign * written_off_cents)
    FROM (SELECT -1 AS sign, * FROM old_rows) AS r GROUP BY 1, 2
    HAVING sum(sign * sales_count) <> 0 or sum(sign * revenue_cents) <> 0 or sum(sign * fees_cents) <> 0 or sum(sign * shipping_cents) <> 0 or sum(sign * cogs_cents) <> 0 or sum(sign * refunds_cents) <> 0 or sum(sign * cogs_returned_cents) <> 0 or sum(sign * expenses_cents) <> 0 or sum(sign * purchased_units) <> 0 or sum(sign * purchases_cents) <> 0 or sum(sign * written_off_units) <> 0 or sum(sign * written_off_cents) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET sales_count = p.sales_count + excluded.sales_count, revenue_cents = p.revenue_cents + excluded.revenue_cents, fees_cents = p.fees_cents + excluded.fees_cents, shipping_cents = p.shipping_cents + excluded.shipping_cents, cogs_cents = p.cogs_cents + excluded.cogs_cents, refunds_cents = p.refunds_cents + excluded.refunds_cents, cogs_returned_cents = p.cogs_returned_cents + excluded.cogs_returned_cents, expenses_cents = p.expenses_cents + excluded.expenses_cents, purchased_units = p.purchased_units + excluded.purchased_units, purchases_cents = p.purchases_cents + excluded.purchases_cents, written_off_units = p.written_off_units + excluded.written_off_units, written_off_cents = p.written_off_cents + excluded.written_off_cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "analytics_daily_platform_insert" AFTER INSERT ON "analytics_daily"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "platform_daily_insert"();--> statement-breakpoint
CREATE TRIGGER "analytics_daily_platform_update" AFTER UPDATE ON "analytics_daily"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "platform_daily_update"();--> statement-breakpoint
CREATE TRIGGER "analytics_daily_platform_delete" AFTER DELETE ON "analytics_daily"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "platform_daily_delete"();--> statement-breakpoint
INSERT INTO "platform_daily" (day, shard, sales_count, revenue_cents, fees_cents, shipping_cents, cogs_cents, refunds_cents, cogs_returned_cents, expenses_cents, purchased_units, purchases_cents, written_off_units, written_off_cents)
  SELECT day, hashtext(owner_id) & 15, sum(sales_count), sum(revenue_cents), sum(fees_cents), sum(shipping_cents), sum(cogs_cents), sum(refunds_cents), sum(cogs_returned_cents), sum(expenses_cents), sum(purchased_units), sum(purchases_cents), sum(written_off_units), sum(written_off_cents) FROM "analytics_daily" GROUP BY 1, 2;
--> statement-breakpoint
-- Active users per day follow user_activity the same way (rows are only inserted, and deleted with their user).
CREATE FUNCTION "platform_daily_activity_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform_daily AS p (day, shard, active_users)
    SELECT day, hashtext(user_id) & 15, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET active_users = p.active_users + excluded.active_users;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "platform_daily_activity_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform_daily AS p (day, shard, active_users)
    SELECT day, hashtext(user_id) & 15, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET active_users = p.active_users + excluded.active_users;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "user_activity_platform_insert" AFTER INSERT ON "user_activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "platform_daily_activity_insert"();--> statement-breakpoint
CREATE TRIGGER "user_activity_platform_delete" AFTER DELETE ON "user_activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "platform_daily_activity_delete"();--> statement-breakpoint
INSERT INTO "platform_daily" AS p (day, shard, active_users)
  SELECT day, hashtext(user_id) & 15, count(*) FROM "user_activity" GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, shard) DO UPDATE SET active_users = excluded.active_users;
