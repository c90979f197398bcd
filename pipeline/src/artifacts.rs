//! Publishing files under `applications/<Company>/<Role>/`. Names are sanitised so no path can leave
//! the output folder, and a re-run replaces a job's folder as a whole (written aside, then swapped in).

use std::io;
use std::path::{Path, PathBuf};

/// A file or folder name made safe: letters, digits, space, `-`, `_`, `.`, `&`, `+` and `,` kept,
/// anything else `_`; no leading dots, at most 80 characters; `Unknown` when nothing is left.
pub fn sanitise(name: &str) -> String {
    let mapped: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '&' | '+' | ',') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let collapsed = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_matches(|c: char| c == '.' || c == ' ' || c == '_');
    let short: String = trimmed.chars().take(80).collect();
    let short = short.trim_end_matches(['.', ' ']).to_string();
    if short.is_empty() {
        "Unknown".into()
    } else {
        short
    }
}

/// The folder for a job: `<root>/<Company>/<Role>`.
pub fn job_dir(root: &Path, company: &str, role: &str) -> PathBuf {
    root.join(sanitise(company)).join(sanitise(role))
}

/// Writes `files` into the job's folder, replacing what an earlier run left there.
pub fn publish(
    root: &Path,
    company: &str,
    role: &str,
    files: &[(&str, Vec<u8>)],
) -> io::Result<PathBuf> {
    let final_dir = job_dir(root, company, role);
    let parent = final_dir.parent().unwrap_or(root).to_path_buf();
    std::fs::create_dir_all(&parent)?;
    let leaf = final_dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tag = crate::ids::new_id();
    let staging = parent.join(format!(".{leaf}.tmp-{tag}"));
    std::fs::create_dir(&staging)?;
    let written = (|| {
        for (name, bytes) in files {
            // File names are ours, but keep the rule: nothing leaves the folder.
            let safe = sanitise(name);
            std::fs::write(staging.join(safe), bytes)?;
        }
        Ok::<(), io::Error>(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let old = parent.join(format!(".{leaf}.old-{tag}"));
    let had_old = final_dir.exists();
    if had_old {
        std::fs::rename(&final_dir, &old)?;
    }
    if let Err(e) = std::fs::rename(&staging, &final_dir) {
        if had_old {
            let _ = std::fs::rename(&old, &final_dir);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(final_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape() {
        assert_eq!(sanitise("../../etc/passwd"), "etc_passwd");
        assert_eq!(sanitise("/abs/path"), "abs_path");
        assert_eq!(sanitise(".."), "Unknown");
        assert_eq!(sanitise("   "), "Unknown");
        assert_eq!(sanitise("Lumen & Lark <Studios>"), "Lumen & Lark _Studios");
        assert_eq!(sanitise("C:\\Windows"), "C__Windows");
        assert!(sanitise(&"x".repeat(500)).len() <= 80);
    }

    #[test]
    fn publish_replaces_the_folder_and_stays_inside_root() {
        let root = tempfile::tempdir().unwrap();
        let dir = publish(
            root.path(),
            "../Acme",
            "Lead/..",
            &[("CV.md", b"one".to_vec()), ("old.txt", b"x".to_vec())],
        )
        .unwrap();
        assert!(dir.starts_with(root.path()));
        let dir2 = publish(
            root.path(),
            "../Acme",
            "Lead/..",
            &[("CV.md", b"two".to_vec())],
        )
        .unwrap();
        assert_eq!(dir, dir2);
        assert_eq!(std::fs::read(dir.join("CV.md")).unwrap(), b"two");
        assert!(
            !dir.join("old.txt").exists(),
            "a re-run replaces the whole folder"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        assert!(leftovers.is_empty());
    }
}
