-- The job list reads a narrow copy of each job's list columns, kept in step by triggers, so that
-- listing, sorting, searching and counting never touch the wide documents (descriptions, outputs),
-- whose bytes sit between a row's first and last columns.
CREATE TABLE job_list (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    company TEXT NOT NULL,
    location TEXT NOT NULL,
    status TEXT NOT NULL,
    fit_score INTEGER,
    -- fit_score, or -1 when unscored: one index sorts by fit with unscored jobs last
    fit INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL
);
-- Covering indexes: a page of any sort is read from the index alone, without a row lookup.
CREATE INDEX job_list_created ON job_list (created_at_ms DESC, id DESC, status, fit_score, title, company, location);
CREATE INDEX job_list_fit ON job_list (fit DESC, created_at_ms DESC, id DESC, status, fit_score, title, company, location);
CREATE INDEX job_list_status ON job_list (status, created_at_ms DESC, id DESC);

-- Word search over title, company and location: prefix queries, case and diacritics folded.
CREATE VIRTUAL TABLE job_fts USING fts5 (
    title, company, location,
    content = 'job_list', content_rowid = 'n',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Jobs per status: the list's totals without counting rows.
CREATE TABLE job_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

CREATE TRIGGER job_list_insert AFTER INSERT ON job_list BEGIN
    INSERT INTO job_fts (rowid, title, company, location) VALUES (new.n, new.title, new.company, new.location);
    INSERT INTO job_counts (status, n) VALUES (new.status, 1) ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER job_list_delete AFTER DELETE ON job_list BEGIN
    INSERT INTO job_fts (job_fts, rowid, title, company, location) VALUES ('delete', old.n, old.title, old.company, old.location);
    UPDATE job_counts SET n = n - 1 WHERE status = old.status;
END;
CREATE TRIGGER job_list_text AFTER UPDATE ON job_list
WHEN old.title IS NOT new.title OR old.company IS NOT new.company OR old.location IS NOT new.location BEGIN
    INSERT INTO job_fts (job_fts, rowid, title, company, location) VALUES ('delete', old.n, old.title, old.company, old.location);
    INSERT INTO job_fts (rowid, title, company, location) VALUES (new.n, new.title, new.company, new.location);
END;
CREATE TRIGGER job_list_status AFTER UPDATE ON job_list WHEN old.status IS NOT new.status BEGIN
    UPDATE job_counts SET n = n - 1 WHERE status = old.status;
    INSERT INTO job_counts (status, n) VALUES (new.status, 1) ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER jobs_list_insert AFTER INSERT ON jobs BEGIN
    INSERT INTO job_list (id, title, company, location, status, fit_score, fit, created_at_ms)
    VALUES (new.id, new.title, new.company, new.location, new.status, new.fit_score, coalesce(new.fit_score, -1), new.created_at_ms);
END;
CREATE TRIGGER jobs_list_update AFTER UPDATE OF title, company, location, status, fit_score, created_at_ms ON jobs BEGIN
    UPDATE job_list SET title = new.title, company = new.company, location = new.location, status = new.status,
        fit_score = new.fit_score, fit = coalesce(new.fit_score, -1), created_at_ms = new.created_at_ms
    WHERE id = old.id;
END;
CREATE TRIGGER jobs_list_delete AFTER DELETE ON jobs BEGIN
    DELETE FROM job_list WHERE id = old.id;
END;

INSERT INTO job_list (id, title, company, location, status, fit_score, fit, created_at_ms)
SELECT id, title, company, location, status, fit_score, coalesce(fit_score, -1), created_at_ms FROM jobs;

-- The list no longer reads these from the wide table.
DROP INDEX jobs_created;
DROP INDEX jobs_status_created;
DROP INDEX jobs_fit;
ALTER TABLE jobs DROP COLUMN search;
