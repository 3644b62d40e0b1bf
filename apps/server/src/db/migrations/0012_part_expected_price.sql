ALTER TABLE "part" ADD COLUMN "expected_price_cents" integer;--> statement-breakpoint
ALTER TABLE "part" ADD CONSTRAINT "part_expected_price_nonnegative" CHECK ("part"."expected_price_cents" >= 0);