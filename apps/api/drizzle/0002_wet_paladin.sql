ALTER TABLE "enrolments" ADD COLUMN "progress_note" text;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "progress_note_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_locations" ADD COLUMN "accessibility" text;--> statement-breakpoint
ALTER TABLE "training_locations" ADD COLUMN "directions" text;