ALTER TABLE "analytics_daily" ADD COLUMN "acquired_sold_units" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD COLUMN "acquired_held_units" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Sell-through (sold / (sold + held) of the parts acquired in a range) is read from the range's days instead of
-- scanning the owner's parts. Each (owner, acquired day) gets its counts on its shard-0 row, made where the day
-- has none yet; recomputeDays keeps them from here on.
INSERT INTO "analytics_daily" ("owner_id", "day")
  SELECT DISTINCT "owner_id", "acquired_at" FROM "part" ORDER BY 1, 2
  ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "analytics_daily" AS a
  SET "acquired_sold_units" = p.sold, "acquired_held_units" = p.held
  FROM (
    SELECT "owner_id", "acquired_at",
      count(*) FILTER (WHERE "status" = 'sold')::int AS sold,
      count(*) FILTER (WHERE "status" IN ('in_stock', 'testing', 'in_build', 'listed', 'rma'))::int AS held
    FROM "part" GROUP BY 1, 2
  ) AS p
  WHERE a."owner_id" = p."owner_id" AND a."day" = p."acquired_at" AND a."shard" = 0;
