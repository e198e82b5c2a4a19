DROP INDEX "clients_search_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "clients_tenant_search_name_trgm_idx" ON "clients" USING gin ("tenant_id","search_name" gin_trgm_ops);