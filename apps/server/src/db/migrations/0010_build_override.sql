ALTER TABLE "build" ADD COLUMN "override_reason" text;--> statement-breakpoint
ALTER TABLE "build" ADD COLUMN "override_problems" jsonb;--> statement-breakpoint
ALTER TABLE "build" ADD COLUMN "overridden_at" timestamp with time zone;