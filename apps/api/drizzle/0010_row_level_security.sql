-- Row-level security: a query that forgets its tenant filter returns nothing instead of another
-- tenant's rows. The API sets `digipakket.tenant_ids` (comma-separated) for a request's connection,
-- or `digipakket.scope = 'system'` for the few jobs that work across tenants; unset means no rows.
-- FORCE makes the policies apply to the tables' owner too (superusers and BYPASSRLS roles still skip them).
CREATE FUNCTION digipakket_tenant_ids() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('digipakket.tenant_ids', true), ''), ','), '{}'::text[])
$$;
--> statement-breakpoint
CREATE FUNCTION digipakket_system_scope() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(current_setting('digipakket.scope', true), '') = 'system'
$$;
--> statement-breakpoint
ALTER TABLE "attendance" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "attendance" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "attendance" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "buddy_pairings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "buddy_pairings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "buddy_pairings" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "cheques" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "cheques" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "cheques" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "clients" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "clients" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "clients" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "device_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "device_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "device_events" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "devices" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "devices" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "devices" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "digipunt_info_records" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "digipunt_info_records" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "digipunt_info_records" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "digipunten" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "digipunten" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "digipunten" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "enrolments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "enrolments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "enrolments" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "intakes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "intakes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "intakes" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "jobs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "jobs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "jobs" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "programmes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "programmes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "programmes" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "referrals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "referrals" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "referrals" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "signals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "signals" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "signals" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "statement_line_reconciliations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "statement_line_reconciliations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "statement_line_reconciliations" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "statement_lines" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "statement_lines" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "statement_lines" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "statements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "statements" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "statements" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "tenant_branding" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "tenant_branding" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "tenant_branding" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "visits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "visits" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "visits" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "waves" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "waves" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "waves" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Audit rows are written before a tenant context exists (a login, a failed login), so appending is
-- open; reading is tenant-scoped like every other table. Triggers already refuse UPDATE and DELETE.
CREATE POLICY tenant_isolation ON "audit_log" FOR SELECT USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
--> statement-breakpoint
CREATE POLICY audit_append ON "audit_log" FOR INSERT WITH CHECK (true);
