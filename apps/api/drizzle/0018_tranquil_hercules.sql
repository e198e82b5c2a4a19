ALTER TABLE "enrolments" ADD COLUMN "withdrawn_note" text;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;