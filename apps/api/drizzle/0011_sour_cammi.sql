CREATE TABLE "buddy_meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"pairing_id" text NOT NULL,
	"client_id" text NOT NULL,
	"met_on" date NOT NULL,
	"note" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buddy_meetings_note_length" CHECK (char_length("buddy_meetings"."note") BETWEEN 1 AND 1000)
);
--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD COLUMN "buddy_phone" text;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD COLUMN "buddy_email" text;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "buddy_meetings" ADD CONSTRAINT "buddy_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_meetings" ADD CONSTRAINT "buddy_meetings_pairing_id_buddy_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."buddy_pairings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_meetings" ADD CONSTRAINT "buddy_meetings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "buddy_meetings_pairing_idx" ON "buddy_meetings" USING btree ("pairing_id","met_on");--> statement-breakpoint
CREATE INDEX "buddy_meetings_tenant_client_idx" ON "buddy_meetings" USING btree ("tenant_id","client_id");--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD CONSTRAINT "buddy_pairings_ended_after_start" CHECK ("buddy_pairings"."ended_on" IS NULL OR "buddy_pairings"."ended_on" >= "buddy_pairings"."started_on");