DROP INDEX "part_owner_acquired_idx";--> statement-breakpoint
CREATE INDEX "part_owner_acquired_idx" ON "part" USING btree ("owner_id","acquired_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");