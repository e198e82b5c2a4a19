CREATE TABLE "outcome_answers" (
	"tenant_id" text NOT NULL,
	"round_id" text NOT NULL,
	"item_id" text NOT NULL,
	"item_version" integer NOT NULL,
	"step" text,
	"confidence" integer,
	CONSTRAINT "outcome_answers_pk" PRIMARY KEY("round_id","item_id"),
	CONSTRAINT "outcome_answers_item_valid" CHECK (item_id IN ('device_controls', 'open_app', 'connect_wifi', 'use_browser', 'log_in', 'change_password', 'keep_passwords_safe', 'accessibility_settings', 'itsme_login', 'ebox_government', 'online_banking', 'video_call_family', 'send_email', 'job_sites', 'school_platform', 'confidence')),
	CONSTRAINT "outcome_answers_version_positive" CHECK ("outcome_answers"."item_version" >= 1),
	CONSTRAINT "outcome_answers_step_valid" CHECK ("outcome_answers"."step" IS NULL OR step IN ('cannot', 'with_help', 'on_my_own', 'can_show_others')),
	CONSTRAINT "outcome_answers_confidence_range" CHECK ("outcome_answers"."confidence" IS NULL OR "outcome_answers"."confidence" BETWEEN 0 AND 10),
	CONSTRAINT "outcome_answers_value_fits_item" CHECK (CASE WHEN "outcome_answers"."item_id" = 'confidence' THEN "outcome_answers"."confidence" IS NOT NULL AND "outcome_answers"."step" IS NULL ELSE "outcome_answers"."step" IS NOT NULL AND "outcome_answers"."confidence" IS NULL END)
);
--> statement-breakpoint
CREATE TABLE "outcome_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"round" text NOT NULL,
	"mode" text NOT NULL,
	"taken_on" date NOT NULL,
	"taken_by_user_id" text NOT NULL,
	"taken_by_org_id" text NOT NULL,
	"taken_by_org_kind" text NOT NULL,
	"taken_by_role" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_rounds_one_per_client_round" UNIQUE("client_id","programme_id","round"),
	CONSTRAINT "outcome_rounds_round_valid" CHECK (round IN ('baseline', 'end', 'follow_up_3m', 'follow_up_6m')),
	CONSTRAINT "outcome_rounds_mode_valid" CHECK (mode IN ('in_person', 'phone', 'paper')),
	CONSTRAINT "outcome_rounds_org_kind_valid" CHECK (taken_by_org_kind IN ('welfare', 'home_help', 'training'))
);
--> statement-breakpoint
ALTER TABLE "outcome_answers" ADD CONSTRAINT "outcome_answers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_answers" ADD CONSTRAINT "outcome_answers_round_id_outcome_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."outcome_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_rounds" ADD CONSTRAINT "outcome_rounds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_rounds" ADD CONSTRAINT "outcome_rounds_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_rounds" ADD CONSTRAINT "outcome_rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_answers_tenant_idx" ON "outcome_answers" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "outcome_rounds_tenant_programme_idx" ON "outcome_rounds" USING btree ("tenant_id","programme_id","round");