-- Trajectory events, info moments and their invitations are tenant-owned (see 0010_row_level_security
-- and, for the once-per-query form of the rule, 0019).
ALTER TABLE "trajectory_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectory_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "trajectory_events" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
--> statement-breakpoint
ALTER TABLE "info_moments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "info_moments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "info_moments" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
--> statement-breakpoint
ALTER TABLE "info_moment_invitations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "info_moment_invitations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "info_moment_invitations" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
