CREATE TABLE "statement_line_reconciliations" (
	"statement_line_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"decided_by_user_id" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_line_reconciliations_outcome_valid" CHECK (outcome IN ('matched', 'disputed')),
	CONSTRAINT "statement_line_reconciliations_dispute_has_reason" CHECK ("statement_line_reconciliations"."outcome" <> 'disputed' OR length(trim("statement_line_reconciliations"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "statement_line_reconciliations" ADD CONSTRAINT "statement_line_reconciliations_statement_line_id_statement_lines_id_fk" FOREIGN KEY ("statement_line_id") REFERENCES "public"."statement_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_line_reconciliations" ADD CONSTRAINT "statement_line_reconciliations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_line_reconciliations" ADD CONSTRAINT "statement_line_reconciliations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_line_reconciliations_tenant_idx" ON "statement_line_reconciliations" USING btree ("tenant_id");