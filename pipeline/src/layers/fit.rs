//! Layer 4: opportunity mapping. A 0–100 fit score from weighted coverage of the must-have and
//! nice-to-have skills, seniority and years, with the rationale spelled out and a tier.

use super::jd::{JdAnalysis, LEVELS};
use super::EngineUsed;
use crate::candidate::Candidate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitAssessment {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub fit_score: u8,
    pub tier: String,
    pub rationale: String,
    pub matched_must: Vec<String>,
    pub missing_must: Vec<String>,
    pub matched_nice: Vec<String>,
    pub missing_nice: Vec<String>,
    pub seniority_fit: f64,
    pub years_required: Option<u32>,
    pub candidate_years: u32,
}

/// Weights of the score's parts; they sum to 1.
const W_MUST: f64 = 0.55;
const W_NICE: f64 = 0.15;
const W_LEVEL: f64 = 0.15;
const W_YEARS: f64 = 0.15;

pub fn tier_of(score: u8) -> &'static str {
    match score {
        70..=100 => "high",
        50..=69 => "medium",
        _ => "low",
    }
}

pub fn assess(jd: &JdAnalysis, candidate: &Candidate, this_year: i32) -> FitAssessment {
    let split = |skills: &[String]| -> (Vec<String>, Vec<String>) {
        skills.iter().cloned().partition(|s| candidate.has_skill(s))
    };
    let (matched_must, missing_must) = split(&jd.must_have);
    let (matched_nice, missing_nice) = split(&jd.nice_to_have);
    let ratio = |m: usize, total: usize, empty: f64| {
        if total == 0 {
            empty
        } else {
            m as f64 / total as f64
        }
    };
    let must = ratio(matched_must.len(), jd.must_have.len(), 0.5);
    let nice = ratio(matched_nice.len(), jd.nice_to_have.len(), must);
    let level_gap = (i32::from(candidate.level()) - i32::from(jd.level))
        .unsigned_abs()
        .min(3);
    let seniority_fit = 1.0 - f64::from(level_gap) / 3.0;
    let candidate_years = candidate.years_of_experience(this_year);
    let years = match jd.years_required {
        None => 1.0,
        Some(0) => 1.0,
        Some(req) => (f64::from(candidate_years) / f64::from(req)).min(1.0),
    };
    let raw = W_MUST * must + W_NICE * nice + W_LEVEL * seniority_fit + W_YEARS * years;
    let fit_score = (raw * 100.0).round().clamp(0.0, 100.0) as u8;
    let tier = tier_of(fit_score).to_string();

    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let mut rationale = format!(
        "Must-have skills matched {}/{}: {}. Missing: {}. Nice-to-have matched {}/{}: {}. ",
        matched_must.len(),
        jd.must_have.len(),
        list(&matched_must),
        list(&missing_must),
        matched_nice.len(),
        jd.nice_to_have.len(),
        list(&matched_nice),
    );
    rationale.push_str(&format!(
        "Seniority: the role is {} and the candidate's latest title is {} ({}). ",
        jd.seniority,
        LEVELS[candidate.level() as usize],
        if level_gap == 0 {
            "a match".to_string()
        } else {
            format!("{level_gap} level(s) apart")
        }
    ));
    match jd.years_required {
        Some(req) => rationale.push_str(&format!(
            "Experience: {req}+ years asked, {candidate_years} in the CV."
        )),
        None => rationale.push_str(&format!(
            "Experience: no years stated; {candidate_years} in the CV."
        )),
    }
    FitAssessment {
        engine: EngineUsed::offline(),
        fit_score,
        tier,
        rationale,
        matched_must,
        missing_must,
        matched_nice,
        missing_nice,
        seniority_fit: (seniority_fit * 100.0).round() / 100.0,
        years_required: jd.years_required,
        candidate_years,
    }
}
