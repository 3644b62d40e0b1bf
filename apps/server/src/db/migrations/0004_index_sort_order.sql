DROP INDEX "build_owner_idx";--> statement-breakpoint
DROP INDEX "expense_owner_spent_idx";--> statement-breakpoint
DROP INDEX "listing_owner_idx";--> statement-breakpoint
DROP INDEX "part_owner_acquired_idx";--> statement-breakpoint
DROP INDEX "part_owner_status_category_idx";--> statement-breakpoint
DROP INDEX "purchase_lot_owner_idx";--> statement-breakpoint
DROP INDEX "sale_owner_sold_idx";--> statement-breakpoint
CREATE INDEX "build_owner_idx" ON "build" USING btree ("owner_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "expense_owner_spent_idx" ON "expense" USING btree ("owner_id","spent_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "listing_owner_idx" ON "listing" USING btree ("owner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "part_owner_acquired_idx" ON "part" USING btree ("owner_id","acquired_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "part_owner_status_category_idx" ON "part" USING btree ("owner_id","status","category","acquired_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "purchase_lot_owner_idx" ON "purchase_lot" USING btree ("owner_id","acquired_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "sale_owner_sold_idx" ON "sale" USING btree ("owner_id","sold_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);