CREATE TABLE "contact_consents" (
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"channel" text NOT NULL,
	"consented" boolean NOT NULL,
	"preferred" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "contact_consents_pk" PRIMARY KEY("client_id","channel"),
	CONSTRAINT "contact_consents_channel_valid" CHECK (channel IN ('sms', 'email', 'letter'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"org_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"appointment_at" timestamp with time zone NOT NULL,
	"days_before" integer DEFAULT 0 NOT NULL,
	"channel" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"recipient" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"reason" text,
	"send_after" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"provider_ref" text,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_kind_valid" CHECK (kind IN ('visit_reminder', 'visit_moved', 'visit_cancelled', 'lesson_reminder', 'lesson_moved', 'lesson_cancelled')),
	CONSTRAINT "messages_channel_valid" CHECK (channel IN ('sms', 'email', 'letter')),
	CONSTRAINT "messages_status_valid" CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'withdrawn')),
	CONSTRAINT "messages_attempts_not_negative" CHECK ("messages"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "contact_consents" ADD CONSTRAINT "contact_consents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_consents" ADD CONSTRAINT "contact_consents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_consents_one_preferred" ON "contact_consents" USING btree ("client_id") WHERE "contact_consents"."preferred";--> statement-breakpoint
CREATE UNIQUE INDEX "messages_dedupe_key_unique" ON "messages" USING btree ("tenant_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "messages" USING btree ("send_after") WHERE "messages"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "messages_client_idx" ON "messages" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_subject_idx" ON "messages" USING btree ("subject");