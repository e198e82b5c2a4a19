CREATE TABLE "signal_sweeps" (
	"name" text NOT NULL,
	"watermark" timestamp with time zone NOT NULL,
	"last_full_sweep_at" timestamp with time zone,
	CONSTRAINT "signal_sweeps_pk" PRIMARY KEY("name")
);
--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "snooze_reason" text;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "snoozed_by" text;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");