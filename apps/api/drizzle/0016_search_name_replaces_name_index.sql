-- Search and duplicate matching now read clients.search_name (accents removed, with its own trigram
-- index from the previous migration); the index on the old lower-cased name expression has no reader.
DROP INDEX IF EXISTS "clients_name_trgm_idx";
