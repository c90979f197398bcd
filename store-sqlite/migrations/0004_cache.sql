-- Caches with an expiry of their own (fetched company pages, LLM STAR scores), out of `settings`.
CREATE TABLE cache (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    PRIMARY KEY (namespace, key)
);
CREATE INDEX cache_expiry ON cache (expires_at_ms);
-- Rows the settings table held as caches and per-session messages before.
DELETE FROM settings WHERE key LIKE 'company_cache:%' OR key LIKE 'star_cache:%'
    OR key LIKE 'flash:%' OR key LIKE 'profile-draft:%';
