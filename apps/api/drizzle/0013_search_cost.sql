-- pg_trgm declares its word-similarity operator as cheap as an equality, so on one welfare centre's
-- clients the planner filtered every client of the tenant through it (6.4 ms on 3000 clients) instead
-- of reading the matches from the trigram index (1.0 ms). Its real cost makes the index win.
-- Only the extension's owner may change it: on a managed PostgreSQL where the migrating role is not
-- that owner, search still works, only slower, so the migration goes on with a notice.
DO $$
BEGIN
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'word_similarity_op keeps its cost: the migrating role does not own pg_trgm';
END
$$;
