DROP INDEX "user_activity_day_user_idx";--> statement-breakpoint
ALTER TABLE "user_activity" ADD COLUMN "previous_day" date;--> statement-breakpoint
-- Each activity row names the user's active day before it: the users active in a window are then the window's
-- rows whose previous day falls before it (or is null), counted without grouping the rows by user.
UPDATE "user_activity" AS a SET previous_day = p.previous_day
FROM (SELECT user_id, day, lag(day) OVER (PARTITION BY user_id ORDER BY day) AS previous_day FROM "user_activity") AS p
WHERE a.user_id = p.user_id AND a.day = p.day AND p.previous_day IS NOT NULL;--> statement-breakpoint
-- Kept on every insert, whoever inserts: the new row takes the user's latest earlier day, and a day recorded
-- out of order (another process's clock, a test, a bulk load) becomes the previous day of the user's next one.
-- Rows are only inserted, and deleted with their user. A second insert of a day (ON CONFLICT DO NOTHING) changes
-- nothing: its successor already names that day.
CREATE FUNCTION "user_activity_previous_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.previous_day := (SELECT max(day) FROM user_activity WHERE user_id = NEW.user_id AND day < NEW.day);
  UPDATE user_activity SET previous_day = NEW.day
    WHERE user_id = NEW.user_id AND previous_day IS DISTINCT FROM NEW.day
      AND day = (SELECT min(day) FROM user_activity WHERE user_id = NEW.user_id AND day > NEW.day);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "user_activity_previous_day" BEFORE INSERT ON "user_activity"
  FOR EACH ROW EXECUTE FUNCTION "user_activity_previous_day"();--> statement-breakpoint
CREATE INDEX "user_activity_day_previous_idx" ON "user_activity" USING btree ("day","previous_day");
