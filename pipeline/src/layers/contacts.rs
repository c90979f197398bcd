//! Layer 5: people mapping. Offline no person is looked up, so contacts are role-based suggestions
//! derived from the posting (who it says the role reports to, the team it names, a recruiter),
//! clearly marked synthetic, each with a LinkedIn note (≤ 300 characters) and an email that cites a
//! selected STAR record with its metric.

use super::jd::JdAnalysis;
use super::pain_points::PainPoints;
use super::stars::StarSelection;
use super::{shorten, EngineUsed, JobInput};
use crate::candidate::{Candidate, Star};
use serde::{Deserialize, Serialize};

pub const LINKEDIN_NOTE_MAX: usize = 300;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub role: String,
    /// A real person's name when research found one; `None` for synthetic suggestions.
    pub name: Option<String>,
    pub why: String,
    pub source: String,
    pub synthetic: bool,
    pub linkedin_note: String,
    pub email_subject: String,
    pub email_body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outreach {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub contacts: Vec<Contact>,
}

const SYNTHETIC_SOURCE: &str =
    "synthetic: a role-based suggestion from the job description; no person was looked up";

fn reports_to(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[Rr]eport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+|a\s+)?((?:[A-Z][A-Za-z&/-]*\s?){1,5})")
            .expect("valid regex")
    });
    re.captures(text)
        .map(|c| c[1].trim().trim_end_matches(['.', ',']).to_string())
        .filter(|s| s.len() >= 2 && s.split_whitespace().count() <= 5)
}

fn team_name(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[Jj]oin (?:our|the) ((?:[A-Z][A-Za-z&/-]*\s){1,3})[Tt]eam")
            .expect("valid regex")
    });
    re.captures(text)
        .map(|c| c[1].trim().to_string())
        .filter(|t| {
            !matches!(
                t.to_lowercase().as_str(),
                "growing" | "amazing" | "great" | "small" | "global" | "talented" | "dynamic"
            )
        })
}

pub fn map(
    job: &JobInput,
    jd: &JdAnalysis,
    pain: &PainPoints,
    stars: &StarSelection,
    candidate: &Candidate,
) -> Outreach {
    let team = team_name(&jd.clean_text);
    let manager_role = reports_to(&jd.clean_text).unwrap_or_else(|| match jd.level {
        0..=3 => match &team {
            Some(t) => format!("Engineering Manager, {t} team"),
            None => "Engineering Manager".into(),
        },
        4 => "Head of Engineering".into(),
        5 => "CTO".into(),
        _ => "CEO".into(),
    });
    let mut roles = vec![
        (
            manager_role,
            format!("Likely hiring manager for the {} role: owns the decision and the problems the posting describes.", job.title.trim()),
        ),
        (
            "Technical Recruiter".to_string(),
            format!("Runs the hiring process at {} and can route the application.", job.company.trim()),
        ),
    ];
    if let Some(t) = &team {
        roles.push((
            format!("Senior engineer on the {t} team"),
            "A future peer who can say what the team needs day to day.".into(),
        ));
    }
    let top_pain = pain
        .pain_points
        .iter()
        .max_by(|a, b| a.score.total_cmp(&b.score));
    // The record that best answers the top pain point, else the best record overall.
    let mapped = top_pain
        .and_then(|p| stars.mapping.iter().find(|m| m.pain_point == p.id))
        .and_then(|m| m.star_id.clone());
    let top_star: Option<&Star> = mapped
        .or_else(|| stars.selected.first().map(|c| c.star_id.clone()))
        .and_then(|id| candidate.stars.iter().find(|s| s.id == id));
    let contacts = roles
        .into_iter()
        .map(|(role, why)| Contact {
            linkedin_note: linkedin_note(
                job,
                top_star,
                top_pain.map(|p| p.skills.as_slice()).unwrap_or(&[]),
            ),
            email_subject: format!("{} application: {}", job.title.trim(), candidate.cv.name),
            email_body: email(
                job,
                &role,
                top_star,
                top_pain.map(|p| p.summary.as_str()),
                candidate,
            ),
            role,
            name: None,
            why,
            source: SYNTHETIC_SOURCE.into(),
            synthetic: true,
        })
        .collect();
    Outreach {
        engine: EngineUsed::offline(),
        contacts,
    }
}

fn linkedin_note(job: &JobInput, star: Option<&Star>, topics: &[String]) -> String {
    let mut note = format!(
        "Hi, I've applied for the {} role at {}.",
        job.title.trim(),
        job.company.trim()
    );
    if let Some(s) = star {
        note.push_str(&format!(
            " At {}: {}.",
            s.company,
            s.title.trim_end_matches('.')
        ));
    }
    if let Some(topic) = topics.first() {
        let topic = if topic.chars().nth(1).is_some_and(char::is_lowercase) {
            topic.to_lowercase()
        } else {
            topic.clone()
        };
        note.push_str(&format!(
            " I'd value a short chat about your {topic} plans."
        ));
    } else {
        note.push_str(" I'd value a short chat.");
    }
    if note.chars().count() > LINKEDIN_NOTE_MAX {
        note = shorten(&note, LINKEDIN_NOTE_MAX);
    }
    note
}

fn email(
    job: &JobInput,
    role: &str,
    star: Option<&Star>,
    need: Option<&str>,
    c: &Candidate,
) -> String {
    let mut body = format!(
        "Dear {role},\n\nI have applied for the {} position at {}.",
        job.title.trim(),
        job.company.trim()
    );
    if let Some(need) = need {
        body.push_str(&format!(
            " Your posting asks for this: \"{}\".",
            need.trim_end_matches(['.', '…'])
        ));
    }
    body.push_str("\n\n");
    if let Some(s) = star {
        body.push_str(&format!(
            "A comparable result from my own work, at {}: {}",
            s.company,
            s.result.trim()
        ));
        if !s.metrics.is_empty() {
            body.push_str(&format!(" (in numbers: {})", s.metrics.join("; ")));
        }
        body.push_str(".\n\n");
    }
    body.push_str(&format!(
        "I would welcome a short conversation about how I could help {}.\n\nBest regards,\n{}",
        job.company.trim(),
        c.cv.name
    ));
    if let Some(line) = c.cv.contact.lines().next() {
        body.push('\n');
        body.push_str(line);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_lines_and_teams_are_read() {
        assert_eq!(
            reports_to("You will report to the VP Engineering and work with product.").as_deref(),
            Some("VP Engineering")
        );
        assert_eq!(
            reports_to("Reporting directly to our CTO, you will"),
            Some("CTO".into())
        );
        assert_eq!(reports_to("no manager here"), None);
        assert_eq!(
            team_name("Join our Data Platform team to build").as_deref(),
            Some("Data Platform")
        );
        assert_eq!(team_name("Join our growing team"), None);
    }
}
