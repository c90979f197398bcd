-- Versions of the documents a user edits (a job's CV and letter, the master CV and knowledge base).
-- Rows are added, never rewritten (except the confirmed flag), so every earlier text can be restored.
CREATE TABLE doc_versions (
    -- a job's id, or 'profile' for the candidate's own files
    owner TEXT NOT NULL,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    note TEXT NOT NULL,
    -- the gate's findings, a JSON array
    findings TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (owner, kind, version)
) WITHOUT ROWID;

-- A deleted job takes its versions with it.
CREATE TRIGGER jobs_delete_versions AFTER DELETE ON jobs BEGIN
    DELETE FROM doc_versions WHERE owner = old.id;
END;
