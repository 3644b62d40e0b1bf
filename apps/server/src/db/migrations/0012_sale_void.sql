DROP INDEX "sale_build_live_uq";--> statement-breakpoint
ALTER TABLE "sale" ADD COLUMN "before" jsonb;--> statement-breakpoint
ALTER TABLE "sale" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sale" ADD COLUMN "void_reason" text;--> statement-breakpoint
CREATE UNIQUE INDEX "sale_build_live_uq" ON "sale" USING btree ("build_id") WHERE "sale"."build_id" is not null and not "sale"."restocked" and "sale"."voided_at" is null;--> statement-breakpoint
ALTER TABLE "sale" ADD CONSTRAINT "sale_void_reason" CHECK (("sale"."voided_at" is null) = ("sale"."void_reason" is null));