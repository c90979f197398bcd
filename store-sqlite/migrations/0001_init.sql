CREATE TABLE jobs (
    id TEXT PRIMARY KEY NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    company TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    job_description TEXT NOT NULL,
    job_criteria TEXT NOT NULL DEFAULT '',
    job_url TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    score TEXT,
    status TEXT NOT NULL,
    fit_score INTEGER,
    extra TEXT NOT NULL DEFAULT '{}',
    outputs TEXT NOT NULL DEFAULT '{}',
    updated_at_ms INTEGER NOT NULL,
    -- lower-cased title, company and location: what the list's text search looks in
    search TEXT NOT NULL
);
CREATE INDEX jobs_created ON jobs (created_at_ms DESC, id DESC);
CREATE INDEX jobs_status_created ON jobs (status, created_at_ms DESC);
CREATE INDEX jobs_fit ON jobs (fit_score DESC, created_at_ms DESC);

CREATE TABLE job_status_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_status_history_job ON job_status_history (job_id, id);

CREATE TABLE candidate_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    master_cv TEXT NOT NULL,
    knowledge_base TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL
);

CREATE TABLE runs (
    id TEXT PRIMARY KEY NOT NULL,
    job_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    started_at_ms INTEGER,
    finished_at_ms INTEGER,
    error TEXT,
    layers TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX runs_job ON runs (job_id, created_at_ms DESC);
CREATE INDEX runs_created ON runs (created_at_ms DESC);

CREATE TABLE run_events (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    layer TEXT,
    message TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT 'null',
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE cost_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT,
    layer TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cost_usd REAL NOT NULL,
    latency_ms INTEGER NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX cost_records_at ON cost_records (at_ms);
CREATE INDEX cost_records_run ON cost_records (run_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
