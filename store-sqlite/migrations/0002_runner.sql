-- The durable queue: leases let several processes share the store without running a job twice.
ALTER TABLE runs ADD COLUMN lease_owner TEXT;
ALTER TABLE runs ADD COLUMN lease_expires_ms INTEGER;
ALTER TABLE runs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
CREATE INDEX runs_status_created ON runs (status, created_at_ms);
-- At most one queued or running run per job, enforced by the database itself.
CREATE UNIQUE INDEX runs_one_active_per_job ON runs (job_id) WHERE status IN ('queued', 'running');
