CREATE TABLE "mileage_rate" (
	"owner_id" text NOT NULL,
	"year" smallint NOT NULL,
	"rate_per_mile_tenth_cents" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mileage_rate_owner_id_year_pk" PRIMARY KEY("owner_id","year"),
	CONSTRAINT "mileage_rate_positive" CHECK ("mileage_rate"."rate_per_mile_tenth_cents" > 0)
);
--> statement-breakpoint
DROP INDEX "fee_preset_owner_platform_uq";--> statement-breakpoint
ALTER TABLE "part" ADD COLUMN "lot_weight" double precision;--> statement-breakpoint
ALTER TABLE "purchase_lot" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "expense" ADD COLUMN "miles_tenths" integer;--> statement-breakpoint
ALTER TABLE "expense" ADD COLUMN "rate_per_mile_tenth_cents" integer;--> statement-breakpoint
ALTER TABLE "fee_preset" ADD COLUMN "delivery" text DEFAULT 'shipped' NOT NULL;--> statement-breakpoint
ALTER TABLE "fee_preset" ADD COLUMN "minimum_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "listing" ADD COLUMN "delivery" text DEFAULT 'shipped' NOT NULL;--> statement-breakpoint
ALTER TABLE "sale" ADD COLUMN "delivery" text;--> statement-breakpoint
ALTER TABLE "mileage_rate" ADD CONSTRAINT "mileage_rate_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fee_preset_owner_platform_delivery_uq" ON "fee_preset" USING btree ("owner_id","platform","delivery");--> statement-breakpoint
ALTER TABLE "part" ADD CONSTRAINT "part_lot_weight_positive" CHECK ("part"."lot_weight" > 0);--> statement-breakpoint
ALTER TABLE "expense" ADD CONSTRAINT "expense_mileage_whole" CHECK (("expense"."miles_tenths" is null) = ("expense"."rate_per_mile_tenth_cents" is null) and ("expense"."miles_tenths" is null or ("expense"."miles_tenths" > 0 and "expense"."rate_per_mile_tenth_cents" > 0 and "expense"."category" = 'mileage')));--> statement-breakpoint
ALTER TABLE "fee_preset" ADD CONSTRAINT "fee_preset_delivery_valid" CHECK ("fee_preset"."delivery" in ('local','shipped'));--> statement-breakpoint
ALTER TABLE "fee_preset" ADD CONSTRAINT "fee_preset_minimum_nonnegative" CHECK ("fee_preset"."minimum_cents" >= 0);--> statement-breakpoint
ALTER TABLE "listing" ADD CONSTRAINT "listing_delivery_valid" CHECK ("listing"."delivery" in ('local','shipped'));--> statement-breakpoint
ALTER TABLE "sale" ADD CONSTRAINT "sale_delivery_valid" CHECK ("sale"."delivery" in ('local','shipped'));--> statement-breakpoint
-- Hand-written: a fee override made before deliveries existed applied to every sale on its platform, so it
-- becomes the user's fee for both local pickup and shipped sales (every estimate stays what it was).
INSERT INTO "fee_preset" ("owner_id", "platform", "delivery", "percent_basis_points", "fixed_cents", "minimum_cents", "updated_at")
SELECT "owner_id", "platform", 'local', "percent_basis_points", "fixed_cents", "minimum_cents", "updated_at"
FROM "fee_preset" WHERE "delivery" = 'shipped';--> statement-breakpoint
-- Hand-written: a lot's parts get weights in proportion to the cost they were given (in dollars, at least a
-- cent), so editing an existing lot's price splits it as it was split before.
UPDATE "part" SET "lot_weight" = greatest("cost_cents", 1) / 100.0 WHERE "lot_id" IS NOT NULL;
