-- The same posting under another id or dedupe key: company and description, normalised and hashed
-- (see `import::content_key`). '' marks a job without one (an empty description, or a duplicate
-- that was already in the database before this migration); NULL is filled in at start.
ALTER TABLE jobs ADD COLUMN content_key TEXT;
CREATE UNIQUE INDEX jobs_content_key ON jobs (content_key) WHERE content_key IS NOT NULL AND content_key != '';
