CREATE TABLE "info_moment_invitations" (
	"tenant_id" text NOT NULL,
	"moment_id" text NOT NULL,
	"client_id" text NOT NULL,
	"intake_id" text NOT NULL,
	"attendance" text DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"invited_by" text,
	"recorded_at" timestamp with time zone,
	"recorded_by" text,
	CONSTRAINT "info_moment_invitations_pkey" PRIMARY KEY("moment_id","client_id"),
	CONSTRAINT "info_moment_invitations_attendance_valid" CHECK (attendance IN ('invited', 'attended', 'absent')),
	CONSTRAINT "info_moment_invitations_recorded_has_time" CHECK (("info_moment_invitations"."attendance" = 'invited') = ("info_moment_invitations"."recorded_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "info_moments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"language" text NOT NULL,
	"capacity" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_moments_capacity_positive" CHECK ("info_moments"."capacity" > 0),
	CONSTRAINT "info_moments_language_format" CHECK ("info_moments"."language" ~ '^[a-z]{2,3}$'),
	CONSTRAINT "info_moments_place_not_empty" CHECK (length(trim("info_moments"."place")) > 0)
);
--> statement-breakpoint
CREATE TABLE "trajectory_events" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"intake_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"note" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" text,
	CONSTRAINT "trajectory_events_kind_valid" CHECK (kind IN ('completed', 'dropped_out', 'closed', 'reopened')),
	CONSTRAINT "trajectory_events_reason_valid" CHECK ("trajectory_events"."reason" IS NULL OR reason IN ('dropped_out', 'moved', 'unreachable', 'no_longer_needed', 'deceased', 'other')),
	CONSTRAINT "trajectory_events_note_length" CHECK (char_length("trajectory_events"."note") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "intakes" DROP CONSTRAINT "intakes_closure_kind_valid";--> statement-breakpoint
ALTER TABLE "info_moment_invitations" ADD CONSTRAINT "info_moment_invitations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_moment_invitations" ADD CONSTRAINT "info_moment_invitations_moment_id_info_moments_id_fk" FOREIGN KEY ("moment_id") REFERENCES "public"."info_moments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_moment_invitations" ADD CONSTRAINT "info_moment_invitations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_moment_invitations" ADD CONSTRAINT "info_moment_invitations_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_moments" ADD CONSTRAINT "info_moments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_events" ADD CONSTRAINT "trajectory_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_events" ADD CONSTRAINT "trajectory_events_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_events" ADD CONSTRAINT "trajectory_events_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "info_moment_invitations_tenant_client_idx" ON "info_moment_invitations" USING btree ("tenant_id","client_id");--> statement-breakpoint
CREATE INDEX "info_moments_tenant_starts_idx" ON "info_moments" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "trajectory_events_tenant_client_idx" ON "trajectory_events" USING btree ("tenant_id","client_id","at");--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_closure_kind_valid" CHECK ("intakes"."closure_kind" IS NULL OR closure_kind IN ('completed', 'dropped_out', 'closed'));