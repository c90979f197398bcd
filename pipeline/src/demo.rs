//! Demo content loaded on first start, written for the project (a fictional candidate and employers),
//! so a new user sees a working app before importing anything of their own.

use crate::candidate::CandidateProfile;
use crate::store::Store;
use crate::{ids, import, Result};

pub const DEMO_MASTER_CV: &str = include_str!("../demo/master-cv.md");
pub const DEMO_KNOWLEDGE_BASE: &str = include_str!("../demo/knowledge-base.md");
pub const DEMO_JOBS_JSON: &str = include_str!("../demo/jobs.json");

/// Setting that records the demo jobs were loaded once, so deleting them does not bring them back.
const SEEDED_KEY: &str = "demo.seeded";

/// What [`seed_if_new`] loaded.
#[derive(Debug, Default, PartialEq)]
pub struct Seeded {
    pub profile: bool,
    pub jobs: u64,
}

/// Loads the demo candidate when no profile exists, and the demo jobs on the very first start of an
/// empty store.
pub async fn seed_if_new(store: &dyn Store) -> Result<Seeded> {
    let mut seeded = Seeded::default();
    if store.get_profile().await?.is_none() {
        store
            .put_profile(&CandidateProfile {
                master_cv: DEMO_MASTER_CV.to_string(),
                knowledge_base: DEMO_KNOWLEDGE_BASE.to_string(),
                updated_at: ids::now(),
            })
            .await?;
        crate::edit::record_profile(
            store,
            DEMO_MASTER_CV,
            DEMO_KNOWLEDGE_BASE,
            types::VersionOrigin::Generated,
            "the demo candidate, loaded at first start",
        )
        .await?;
        seeded.profile = true;
    }
    if store.get_setting(SEEDED_KEY).await?.is_none() {
        if store.count_jobs().await? == 0 {
            let jobs = import::parse_upload(DEMO_JOBS_JSON.as_bytes())?;
            seeded.jobs = store.import_jobs(jobs).await?.added;
        }
        store.put_setting(SEEDED_KEY, "1").await?;
    }
    Ok(seeded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_files_are_valid() {
        let (cv, stars) =
            crate::candidate::validate_profile(DEMO_MASTER_CV, DEMO_KNOWLEDGE_BASE).unwrap();
        assert_eq!(cv.name, "Sam Rivera");
        assert_eq!(cv.roles.len(), 3);
        assert_eq!(stars.len(), 4);
        assert_eq!(
            import::parse_upload(DEMO_JOBS_JSON.as_bytes())
                .unwrap()
                .len(),
            5
        );
    }
}
