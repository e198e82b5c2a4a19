-- The tenant policies called digipakket_tenant_ids() and digipakket_system_scope() inline, so
-- PostgreSQL read the settings and split the tenant list again for every row it checked (a grouped
-- scan of 1.9 million attendance rows took 3.5 times as long as without the policy). As scalar
-- subqueries they are InitPlans: evaluated once per query, the rows compared with a parameter.
-- The same tables, commands and meaning as before (audit_log's policy is for SELECT only).
DO $$
DECLARE
  policy record;
  rule text := '(tenant_id = ANY ((SELECT digipakket_tenant_ids())::text[]) OR (SELECT digipakket_system_scope()))';
BEGIN
  FOR policy IN
    SELECT tablename, cmd FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant_isolation'
  LOOP
    IF policy.cmd = 'ALL' THEN
      EXECUTE format('ALTER POLICY tenant_isolation ON %I USING %s WITH CHECK %s', policy.tablename, rule, rule);
    ELSE
      EXECUTE format('ALTER POLICY tenant_isolation ON %I USING %s', policy.tablename, rule);
    END IF;
  END LOOP;
END $$;
