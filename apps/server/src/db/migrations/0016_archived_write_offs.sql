ALTER TABLE "analytics_daily" ADD COLUMN "written_off_units" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD COLUMN "written_off_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "part" ADD COLUMN "archived_at" date;--> statement-breakpoint
-- Hand-written: the parts archived before this migration get the date of their last change to archived (in
-- their owner's time zone), from the audit log; a part archived without a trace there (an import) gets its
-- acquired date, as the tax report counted it until now.
UPDATE "part" p SET "archived_at" = coalesce(
  (SELECT (a."created_at" AT TIME ZONE u."timezone")::date FROM "audit_log" a JOIN "user" u ON u."id" = p."owner_id"
    WHERE a."owner_id" = p."owner_id" AND a."entity" = 'part' AND a."entity_id" = p."id"::text
      AND a."changes" -> 'status' ->> 'to' = 'archived'
    ORDER BY a."id" DESC LIMIT 1),
  p."acquired_at")
WHERE p."status" = 'archived';--> statement-breakpoint
-- Their write-offs into the daily aggregates, as recomputeDays would write them.
INSERT INTO "analytics_daily" ("owner_id", "day", "written_off_units", "written_off_cents")
SELECT "owner_id", "archived_at", count(*), sum("cost_cents") FROM "part"
WHERE "status" = 'archived' GROUP BY "owner_id", "archived_at"
ON CONFLICT ("owner_id", "day") DO UPDATE SET
  "written_off_units" = excluded."written_off_units", "written_off_cents" = excluded."written_off_cents";
