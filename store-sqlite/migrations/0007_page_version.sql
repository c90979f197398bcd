-- One number that changes whenever something a job list page shows changes: a list row (a job
-- added, changed or deleted; `job_list` rows are only inserted and deleted) or the stored alerts
-- (their banner is on every page). The server keeps rendered list pages under it, so a page is rendered
-- again only after such a change, whichever process or instance wrote it.
CREATE TABLE page_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO page_version (id, n) VALUES (1, 0);

CREATE TRIGGER job_list_insert_page AFTER INSERT ON job_list BEGIN
    UPDATE page_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER job_list_delete_page AFTER DELETE ON job_list BEGIN
    UPDATE page_version SET n = n + 1 WHERE id = 1;
END;
-- Of the settings only the stored alerts (`pipeline::alerts`, key `admin:alerts`) are on a list
-- page, and only a change of their value counts: the alert checker writes them every minute, and
-- runner instances write their own state every few seconds.
CREATE TRIGGER settings_insert_page AFTER INSERT ON settings WHEN new.key = 'admin:alerts' BEGIN
    UPDATE page_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER settings_update_page AFTER UPDATE ON settings
WHEN new.key = 'admin:alerts' AND old.value IS NOT new.value BEGIN
    UPDATE page_version SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER settings_delete_page AFTER DELETE ON settings WHEN old.key = 'admin:alerts' BEGIN
    UPDATE page_version SET n = n + 1 WHERE id = 1;
END;
