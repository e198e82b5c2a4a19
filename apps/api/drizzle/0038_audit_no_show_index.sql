-- The dashboard's reminder effect looks up the missed visits ("not at home", cheque.no_show) of a
-- centre's cheques; without this index each dashboard read scanned the centre's whole audit log.
CREATE INDEX "audit_log_no_show_idx" ON "audit_log" USING btree ("tenant_id","resource") WHERE "audit_log"."action" = 'cheque.no_show';
