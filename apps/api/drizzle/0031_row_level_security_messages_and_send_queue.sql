-- Contact consents and the messages outbox are tenant-owned (see 0010_row_level_security and, for the
-- once-per-query form of the rule, 0019); the sender and the delivery reports work in the system scope.
ALTER TABLE "contact_consents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "contact_consents" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "contact_consents" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
--> statement-breakpoint
ALTER TABLE "messages" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "messages" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "messages" USING (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope())) WITH CHECK (tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()));
--> statement-breakpoint
-- One sending run per process and interval; runs may overlap, the outbox claims rows with SKIP LOCKED.
SELECT pgboss.create_queue('messages.send', '{"policy":"standard","retryLimit":0,"expireInSeconds":300}'::json);
