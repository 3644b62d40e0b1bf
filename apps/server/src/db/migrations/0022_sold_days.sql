ALTER TABLE "analytics_daily" ADD COLUMN "sold_days" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
-- Each sale's days to sell (its parts' first acquired date, else its part's), kept on its day's aggregate.
UPDATE "analytics_daily" AS a SET sold_days = x.days
FROM (
  SELECT owner_id, sold_at, array_agg(d ORDER BY d) AS days
  FROM (
    SELECT s.owner_id, s.sold_at, s.sold_at - coalesce(
      (SELECT min(p.acquired_at) FROM sale_item si JOIN part p ON p.id = si.part_id WHERE si.sale_id = s.id),
      (SELECT p.acquired_at FROM part p WHERE p.id = s.part_id)) AS d
    FROM sale s WHERE s.voided_at IS NULL
  ) AS sales
  WHERE d IS NOT NULL
  GROUP BY owner_id, sold_at
) AS x
WHERE a.owner_id = x.owner_id AND a.day = x.sold_at;
