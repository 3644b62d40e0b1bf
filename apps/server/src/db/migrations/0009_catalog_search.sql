CREATE TABLE "catalog_import" (
	"version" integer PRIMARY KEY NOT NULL,
	"parts" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_word" (
	"word" text PRIMARY KEY NOT NULL,
	"parts" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "popularity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "model_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "model_words" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "chip_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "chip_words" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "variant_of" text;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "variants" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_part" ADD COLUMN "lowest_price_cents" integer;--> statement-breakpoint
CREATE INDEX "catalog_word_prefix_idx" ON "catalog_word" USING btree ("word" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "catalog_word_trgm_idx" ON "catalog_word" USING gin ("word" gin_trgm_ops);