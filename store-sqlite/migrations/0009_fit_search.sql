-- A search sorted by fit walks a second word index whose row keys are in fit order, and stops at
-- the page's end, as a search by date walks `job_fts` (0.7 ms instead of 7-11 ms for "engineer"
-- at 100,000 jobs in `benches/list.rs`: intersecting the words' matches with the fit index read
-- every match).
--
-- The fit key: fit + 1 (0 for unscored, up to 101; clamped, since a store write takes any u8 and
-- 127 or more would overflow into a REAL the word index refuses) in the top 7 bits, then the
-- creation time in seconds (36 bits, clamped) and the job's rowid modulo 2^20, so that equal fits
-- list the newest first. Seconds, not the list key's milliseconds: both would not fit into 63
-- bits. Virtual: it is computed from the row, never written.
ALTER TABLE job_list ADD COLUMN fk INTEGER GENERATED ALWAYS AS (
    (min(max(fit, -1), 100) + 1) * 72057594037927936
    + min(max(n / 1048576 / 1000, 0), 68719476735) * 1048576
    + (n & 1048575)
) VIRTUAL;
-- Not unique, so that a duplicate never fails a write: two jobs share a key when their fit and
-- creation second match and their rowids differ by a multiple of 2^20 (a million jobs apart).
-- The list key `n` has the same bound.
-- Covering, as `job_list_fit` was (which it replaces): the list sorted by fit without words follows
-- the fit key too (one order for both), and page 500 of it steps over index entries only (a bare
-- index on `fk` read a row per entry: 59 ms against 10 ms).
CREATE INDEX job_list_fk ON job_list (fk, status, fit_score, title, company, location, id);
DROP INDEX job_list_fit;

-- Contentless: it keeps only the index, its rows being read from `job_list` by the fit key.
CREATE VIRTUAL TABLE job_fts_fit USING fts5 (
    title, company, location,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8 9 10 11 12'
);
INSERT INTO job_fts_fit (rowid, title, company, location)
SELECT fk, title, company, location FROM job_list;

CREATE TRIGGER job_list_insert_fit AFTER INSERT ON job_list BEGIN
    INSERT INTO job_fts_fit (rowid, title, company, location) VALUES (new.fk, new.title, new.company, new.location);
END;
CREATE TRIGGER job_list_delete_fit AFTER DELETE ON job_list BEGIN
    INSERT INTO job_fts_fit (job_fts_fit, rowid, title, company, location) VALUES ('delete', old.fk, old.title, old.company, old.location);
END;
