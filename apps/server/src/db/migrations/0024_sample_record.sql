CREATE TABLE "sample_record" (
	"owner_id" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" bigint NOT NULL,
	CONSTRAINT "sample_record_owner_id_entity_entity_id_pk" PRIMARY KEY("owner_id","entity","entity_id"),
	CONSTRAINT "sample_record_entity_valid" CHECK ("sample_record"."entity" in ('workshop','part','lot','build','listing','sale','expense'))
);
--> statement-breakpoint
ALTER TABLE "sample_record" ADD CONSTRAINT "sample_record_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;