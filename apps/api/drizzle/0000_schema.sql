CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text,
	"actor_user_id" text,
	"actor_org_id" text,
	"actor_role" text,
	"client_id" text,
	"action" text NOT NULL,
	"resource" text NOT NULL,
	"outcome" text NOT NULL,
	"purpose" text,
	"request_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_outcome_valid" CHECK (outcome IN ('success', 'denied', 'failure')),
	CONSTRAINT "audit_log_action_not_empty" CHECK (length("audit_log"."action") > 0)
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "cheques" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"code" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"valid_until" date NOT NULL,
	"home_help_org_id" text NOT NULL,
	"home_help_org_kind" text GENERATED ALWAYS AS ('home_help') STORED,
	"student_user_id" text,
	"appointment_at" timestamp with time zone,
	"redeemed_at" timestamp with time zone,
	"cancelled_reason" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cheques_code_unique" UNIQUE("code"),
	CONSTRAINT "cheques_status_valid" CHECK (status IN ('issued', 'requested', 'scheduled', 'redeemed', 'expired', 'cancelled')),
	CONSTRAINT "cheques_purpose_valid" CHECK (purpose IN ('installation', 'free')),
	CONSTRAINT "cheques_scheduled_has_appointment" CHECK ("cheques"."status" <> 'scheduled' OR ("cheques"."student_user_id" IS NOT NULL AND "cheques"."appointment_at" IS NOT NULL)),
	CONSTRAINT "cheques_redeemed_has_time" CHECK (("cheques"."status" = 'redeemed') = ("cheques"."redeemed_at" IS NOT NULL)),
	CONSTRAINT "cheques_cancelled_has_reason" CHECK ("cheques"."status" <> 'cancelled' OR "cheques"."cancelled_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "statement_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"statement_id" text NOT NULL,
	"cheque_id" text NOT NULL,
	"visit_id" text NOT NULL,
	"minutes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_lines_cheque_unique" UNIQUE("cheque_id")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"home_help_org_id" text NOT NULL,
	"period_month" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_cheques" integer DEFAULT 0 NOT NULL,
	"total_minutes" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_tenant_org_month_unique" UNIQUE("tenant_id","home_help_org_id","period_month"),
	CONSTRAINT "statements_period_format" CHECK ("statements"."period_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "statements_status_valid" CHECK (status IN ('draft', 'sent', 'accepted', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"cheque_id" text NOT NULL,
	"home_help_org_id" text NOT NULL,
	"student_user_id" text NOT NULL,
	"visited_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"needs_follow_up" boolean DEFAULT false NOT NULL,
	"follow_up_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_cheque_unique" UNIQUE("cheque_id"),
	CONSTRAINT "visits_minutes_range" CHECK ("visits"."minutes" > 0 AND "visits"."minutes" <= 480),
	CONSTRAINT "visits_follow_up_has_reason" CHECK (NOT "visits"."needs_follow_up" OR "visits"."follow_up_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"file_number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"national_number" text,
	"phone" text,
	"phone_digits" text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
	"email" text,
	"preferred_language" text NOT NULL,
	"needs_interpreter" boolean DEFAULT false NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"neighbourhood" text,
	"lat" double precision,
	"lon" double precision,
	"household" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_tenant_file_number_unique" UNIQUE("tenant_id","file_number"),
	CONSTRAINT "clients_tenant_national_number_unique" UNIQUE("tenant_id","national_number"),
	CONSTRAINT "clients_postcode_format" CHECK ("clients"."postcode" IS NULL OR "clients"."postcode" ~ '^[1-9][0-9]{3}$'),
	CONSTRAINT "clients_language_format" CHECK ("clients"."preferred_language" ~ '^[a-z]{2,3}$'),
	CONSTRAINT "clients_lat_lon_together" CHECK (("clients"."lat" IS NULL) = ("clients"."lon" IS NULL)),
	CONSTRAINT "clients_names_not_empty" CHECK (length("clients"."first_name") > 0 AND length("clients"."last_name") > 0)
);
--> statement-breakpoint
CREATE TABLE "device_events" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"device_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"client_id" text,
	"actor_user_id" text,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_events_to_status_valid" CHECK (to_status IN ('in_stock', 'reserved', 'handed_out', 'returned', 'defective', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"serial" text NOT NULL,
	"model" text NOT NULL,
	"funding" text,
	"programme_id" text,
	"status" text DEFAULT 'in_stock' NOT NULL,
	"holder_client_id" text,
	"reserved_at" timestamp with time zone,
	"handed_out_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_tenant_serial_unique" UNIQUE("tenant_id","serial"),
	CONSTRAINT "devices_status_valid" CHECK (status IN ('in_stock', 'reserved', 'handed_out', 'returned', 'defective', 'lost')),
	CONSTRAINT "devices_holder_matches_status" CHECK ((status IN ('reserved', 'handed_out')) = ("devices"."holder_client_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "buddy_pairings" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text,
	"buddy_org_id" text,
	"buddy_name" text NOT NULL,
	"frequency" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_on" date NOT NULL,
	"agreed_end_on" date,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buddy_pairings_frequency_valid" CHECK (frequency IN ('weekly', 'fortnightly')),
	CONSTRAINT "buddy_pairings_status_valid" CHECK (status IN ('active', 'ended')),
	CONSTRAINT "buddy_pairings_ended_has_date" CHECK (("buddy_pairings"."status" = 'ended') = ("buddy_pairings"."ended_on" IS NOT NULL)),
	CONSTRAINT "buddy_pairings_end_after_start" CHECK ("buddy_pairings"."agreed_end_on" IS NULL OR "buddy_pairings"."agreed_end_on" >= "buddy_pairings"."started_on")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"user_id" text NOT NULL,
	"route" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "idempotency_keys_user_route_key_unique" UNIQUE("user_id","route","key")
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"purposes" text[] DEFAULT '{}'::text[] NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"skill_level" text,
	"verdict" jsonb,
	"decision" text DEFAULT 'draft' NOT NULL,
	"override_reason" text,
	"wave_id" text,
	"created_by" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"digipunt_info_given_at" timestamp with time zone,
	"info_session_attended_at" timestamp with time zone,
	"closure_kind" text,
	"closure_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intakes_client_programme_unique" UNIQUE("client_id","programme_id"),
	CONSTRAINT "intakes_decision_valid" CHECK (decision IN ('draft', 'approved', 'rejected')),
	CONSTRAINT "intakes_skill_level_valid" CHECK ("intakes"."skill_level" IS NULL OR skill_level IN ('none', 'basic', 'independent')),
	CONSTRAINT "intakes_decided_has_time" CHECK (("intakes"."decision" = 'draft') = ("intakes"."decided_at" IS NULL)),
	CONSTRAINT "intakes_override_reason_not_empty" CHECK ("intakes"."override_reason" IS NULL OR length(trim("intakes"."override_reason")) > 0),
	CONSTRAINT "intakes_closure_kind_valid" CHECK ("intakes"."closure_kind" IS NULL OR closure_kind IN ('dropped_out', 'closed')),
	CONSTRAINT "intakes_closure_complete" CHECK (("intakes"."closure_kind" IS NULL) = ("intakes"."closed_at" IS NULL) AND ("intakes"."closure_kind" IS NULL) = ("intakes"."closure_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"error" text,
	"created_by" text,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_status_valid" CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
	CONSTRAINT "jobs_progress_valid" CHECK ("jobs"."processed" >= 0 AND ("jobs"."total" IS NULL OR "jobs"."processed" <= "jobs"."total"))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"tenant_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_id_kind_unique" UNIQUE("id","kind"),
	CONSTRAINT "organisations_kind_valid" CHECK (kind IN ('welfare', 'home_help', 'training')),
	CONSTRAINT "organisations_welfare_has_tenant" CHECK (("organisations"."kind" = 'welfare') = ("organisations"."tenant_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_org_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_tenant_partner_kind_unique" UNIQUE("tenant_id","partner_org_id","kind"),
	CONSTRAINT "partnerships_kind_valid" CHECK (kind IN ('home_help', 'training'))
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"branding" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug"),
	CONSTRAINT "tenants_slug_format" CHECK ("tenants"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"home_help_org_id" text,
	"home_help_org_kind" text GENERATED ALWAYS AS ('home_help') STORED,
	"training_org_id" text,
	"training_org_kind" text GENERATED ALWAYS AS ('training') STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_status_valid" CHECK (status IN ('draft', 'active', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "waves" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"name" text NOT NULL,
	"pickup_from" date NOT NULL,
	"pickup_to" date NOT NULL,
	"laptop_capacity" integer NOT NULL,
	"cheque_hour_capacity" integer NOT NULL,
	"training_seat_capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waves_pickup_period" CHECK ("waves"."pickup_to" >= "waves"."pickup_from"),
	CONSTRAINT "waves_capacities_not_negative" CHECK ("waves"."laptop_capacity" >= 0 AND "waves"."cheque_hour_capacity" >= 0 AND "waves"."training_seat_capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text,
	"subject_id" text NOT NULL,
	"severity" text DEFAULT 'warning' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"snoozed_until" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signals_severity_valid" CHECK (severity IN ('warning', 'urgent')),
	CONSTRAINT "signals_status_valid" CHECK (status IN ('open', 'snoozed', 'resolved')),
	CONSTRAINT "signals_resolved_has_time" CHECK (("signals"."status" = 'resolved') = ("signals"."resolved_at" IS NOT NULL)),
	CONSTRAINT "signals_snoozed_has_until" CHECK (("signals"."status" = 'snoozed') = ("signals"."snoozed_until" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"marked_by" text,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_session_enrolment_unique" UNIQUE("session_id","enrolment_id"),
	CONSTRAINT "attendance_status_valid" CHECK (status IN ('present', 'late', 'excused', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "course_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"training_org_kind" text GENERATED ALWAYS AS ('training') STORED,
	"programme_id" text,
	"kind" text DEFAULT 'basic' NOT NULL,
	"name" text NOT NULL,
	"location_id" text,
	"teacher_user_id" text,
	"capacity" integer NOT NULL,
	"enrolled_count" integer DEFAULT 0 NOT NULL,
	"language_support" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_groups_capacity_positive" CHECK ("course_groups"."capacity" > 0),
	CONSTRAINT "course_groups_enrolled_within_capacity" CHECK ("course_groups"."enrolled_count" >= 0 AND "course_groups"."enrolled_count" <= "course_groups"."capacity"),
	CONSTRAINT "course_groups_kind_valid" CHECK (kind IN ('basic', 'regular'))
);
--> statement-breakpoint
CREATE TABLE "course_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"group_id" text NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"location_id" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_sessions_end_after_start" CHECK ("course_sessions"."end_time" > "course_sessions"."start_time")
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"group_id" text NOT NULL,
	"client_id" text NOT NULL,
	"programme_id" text,
	"status" text NOT NULL,
	"position" integer,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_status_valid" CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn')),
	CONSTRAINT "enrolments_waitlist_has_position" CHECK (("enrolments"."status" = 'waitlisted') = ("enrolments"."position" IS NOT NULL)),
	CONSTRAINT "enrolments_withdrawn_has_time" CHECK (("enrolments"."status" = 'withdrawn') = ("enrolments"."withdrawn_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"training_org_id" text NOT NULL,
	"client_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"decision" text NOT NULL,
	"course_name" text,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_enrolment_unique" UNIQUE("enrolment_id"),
	CONSTRAINT "referrals_decision_valid" CHECK (decision IN ('referred', 'not_referred')),
	CONSTRAINT "referrals_decision_explained" CHECK (("referrals"."decision" = 'referred' AND "referrals"."course_name" IS NOT NULL) OR ("referrals"."decision" = 'not_referred' AND "referrals"."reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "training_locations" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"name" text NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"organisation_id" text NOT NULL,
	"org_kind" text NOT NULL,
	"role" text NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_locale_valid" CHECK (locale IN ('nl', 'en', 'fr')),
	CONSTRAINT "users_role_matches_org_kind" CHECK ((org_kind = 'welfare' AND role IN ('social_worker', 'project_lead', 'admin')) OR (org_kind = 'home_help' AND role IN ('coordinator', 'student')) OR (org_kind = 'training' AND role IN ('coordinator', 'teacher')))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheques" ADD CONSTRAINT "cheques_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheques" ADD CONSTRAINT "cheques_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheques" ADD CONSTRAINT "cheques_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheques" ADD CONSTRAINT "cheques_student_user_id_users_id_fk" FOREIGN KEY ("student_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cheques" ADD CONSTRAINT "cheques_home_help_org_fk" FOREIGN KEY ("home_help_org_id","home_help_org_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_cheque_id_cheques_id_fk" FOREIGN KEY ("cheque_id") REFERENCES "public"."cheques"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_home_help_org_id_organisations_id_fk" FOREIGN KEY ("home_help_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_cheque_id_cheques_id_fk" FOREIGN KEY ("cheque_id") REFERENCES "public"."cheques"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_home_help_org_id_organisations_id_fk" FOREIGN KEY ("home_help_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_student_user_id_users_id_fk" FOREIGN KEY ("student_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_events" ADD CONSTRAINT "device_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_events" ADD CONSTRAINT "device_events_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_events" ADD CONSTRAINT "device_events_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_holder_client_id_clients_id_fk" FOREIGN KEY ("holder_client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD CONSTRAINT "buddy_pairings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD CONSTRAINT "buddy_pairings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD CONSTRAINT "buddy_pairings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairings" ADD CONSTRAINT "buddy_pairings_buddy_org_id_organisations_id_fk" FOREIGN KEY ("buddy_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_org_kind_fk" FOREIGN KEY ("partner_org_id","kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_home_help_org_fk" FOREIGN KEY ("home_help_org_id","home_help_org_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_training_org_fk" FOREIGN KEY ("training_org_id","training_org_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_groups" ADD CONSTRAINT "course_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_groups" ADD CONSTRAINT "course_groups_location_id_training_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."training_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_groups" ADD CONSTRAINT "course_groups_teacher_user_id_users_id_fk" FOREIGN KEY ("teacher_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_groups" ADD CONSTRAINT "course_groups_training_org_fk" FOREIGN KEY ("training_org_id","training_org_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_group_id_course_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."course_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_location_id_training_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."training_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_group_id_course_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."course_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_locations" ADD CONSTRAINT "training_locations_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_kind_fk" FOREIGN KEY ("organisation_id","org_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_tenant_at_idx" ON "audit_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_client_at_idx" ON "audit_log" USING btree ("client_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "login_failures_email_at_idx" ON "login_failures" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_failures_ip_at_idx" ON "login_failures" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "cheques_tenant_client_idx" ON "cheques" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "cheques_org_status_idx" ON "cheques" USING btree ("home_help_org_id","status");--> statement-breakpoint
CREATE INDEX "cheques_student_appointment_idx" ON "cheques" USING btree ("student_user_id","appointment_at");--> statement-breakpoint
CREATE INDEX "cheques_valid_until_idx" ON "cheques" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "statement_lines_statement_idx" ON "statement_lines" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "statements_org_idx" ON "statements" USING btree ("home_help_org_id","period_month");--> statement-breakpoint
CREATE INDEX "visits_org_visited_idx" ON "visits" USING btree ("home_help_org_id","visited_on");--> statement-breakpoint
CREATE INDEX "visits_student_visited_idx" ON "visits" USING btree ("student_user_id","visited_on");--> statement-breakpoint
CREATE INDEX "visits_tenant_idx" ON "visits" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "clients_tenant_name_idx" ON "clients" USING btree ("tenant_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "clients_tenant_phone_idx" ON "clients" USING btree ("tenant_id","phone_digits");--> statement-breakpoint
CREATE INDEX "clients_tenant_neighbourhood_idx" ON "clients" USING btree ("tenant_id","neighbourhood");--> statement-breakpoint
CREATE INDEX "device_events_device_at_idx" ON "device_events" USING btree ("device_id","at");--> statement-breakpoint
CREATE INDEX "device_events_client_idx" ON "device_events" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_one_active_per_client" ON "devices" USING btree ("holder_client_id") WHERE status IN ('reserved', 'handed_out');--> statement-breakpoint
CREATE INDEX "devices_tenant_status_idx" ON "devices" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "buddy_pairings_one_active_per_client" ON "buddy_pairings" USING btree ("client_id") WHERE "buddy_pairings"."status" = 'active';--> statement-breakpoint
CREATE INDEX "buddy_pairings_tenant_idx" ON "buddy_pairings" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "intakes_tenant_programme_decision_idx" ON "intakes" USING btree ("tenant_id","programme_id","decision");--> statement-breakpoint
CREATE INDEX "intakes_wave_idx" ON "intakes" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "jobs_status_created_idx" ON "jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "jobs_tenant_created_idx" ON "jobs" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_one_welfare_per_tenant" ON "organisations" USING btree ("tenant_id") WHERE "organisations"."kind" = 'welfare';--> statement-breakpoint
CREATE INDEX "partnerships_partner_org_idx" ON "partnerships" USING btree ("partner_org_id");--> statement-breakpoint
CREATE INDEX "programmes_tenant_idx" ON "programmes" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "waves_programme_idx" ON "waves" USING btree ("programme_id","pickup_from");--> statement-breakpoint
CREATE INDEX "waves_tenant_idx" ON "waves" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signals_one_unresolved_per_subject" ON "signals" USING btree ("kind","subject_id") WHERE "signals"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "signals_owner_status_due_idx" ON "signals" USING btree ("owner_org_id","status","due_at");--> statement-breakpoint
CREATE INDEX "signals_tenant_status_due_idx" ON "signals" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE INDEX "signals_client_idx" ON "signals" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "attendance_enrolment_idx" ON "attendance" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "attendance_tenant_idx" ON "attendance" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "course_groups_org_idx" ON "course_groups" USING btree ("training_org_id","starts_on");--> statement-breakpoint
CREATE INDEX "course_groups_teacher_idx" ON "course_groups" USING btree ("teacher_user_id");--> statement-breakpoint
CREATE INDEX "course_sessions_group_date_idx" ON "course_sessions" USING btree ("group_id","date");--> statement-breakpoint
CREATE INDEX "course_sessions_org_date_idx" ON "course_sessions" USING btree ("training_org_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_one_active_per_client_group" ON "enrolments" USING btree ("group_id","client_id") WHERE "enrolments"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "enrolments_group_status_idx" ON "enrolments" USING btree ("group_id","status","position");--> statement-breakpoint
CREATE INDEX "enrolments_tenant_client_idx" ON "enrolments" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "referrals_tenant_client_idx" ON "referrals" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "training_locations_org_idx" ON "training_locations" USING btree ("training_org_id");--> statement-breakpoint
CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");