-- Digibuddy meetings are tenant-owned like the pairings they belong to (see 0010_row_level_security).
ALTER TABLE "buddy_meetings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "buddy_meetings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "buddy_meetings" USING (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope()) WITH CHECK (tenant_id = ANY (digipakket_tenant_ids()) OR digipakket_system_scope());
