CREATE TABLE "course_session_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"training_org_id" text NOT NULL,
	"session_id" text NOT NULL,
	"group_id" text NOT NULL,
	"kind" text NOT NULL,
	"previous_date" date NOT NULL,
	"previous_start_time" time NOT NULL,
	"previous_end_time" time NOT NULL,
	"previous_location_id" text,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"location_id" text,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_session_changes_kind_valid" CHECK (kind IN ('moved', 'cancelled', 'restored'))
);
--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_training_org_id_organisations_id_fk" FOREIGN KEY ("training_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_session_id_course_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_group_id_course_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."course_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_previous_location_id_training_locations_id_fk" FOREIGN KEY ("previous_location_id") REFERENCES "public"."training_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_location_id_training_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."training_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session_changes" ADD CONSTRAINT "course_session_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_session_changes_group_idx" ON "course_session_changes" USING btree ("group_id","changed_at");--> statement-breakpoint
CREATE INDEX "course_session_changes_session_idx" ON "course_session_changes" USING btree ("session_id","changed_at");