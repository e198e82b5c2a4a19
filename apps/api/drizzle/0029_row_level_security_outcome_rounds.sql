-- Outcome rounds and their answers are tenant-owned (see 0010_row_level_security and, for the
-- once-per-query form of the rule, 0019).
ALTER TABLE "outcome_rounds" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "outcome_rounds" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "outcome_rounds" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
--> statement-breakpoint
ALTER TABLE "outcome_answers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "outcome_answers" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "outcome_answers" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
