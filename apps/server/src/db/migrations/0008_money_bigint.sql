ALTER TABLE "purchase_lot" ALTER COLUMN "total_cost_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sale" ALTER COLUMN "fees_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sale" ALTER COLUMN "cogs_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sale" ALTER COLUMN "refunded_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sale" ALTER COLUMN "cogs_returned_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sale_refund" ALTER COLUMN "cogs_returned_cents" SET DATA TYPE bigint;