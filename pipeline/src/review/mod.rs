//! An independent review of a tailored CV, offline and deterministic: which of the posting's pain
//! points a CV bullet answers (and which bullet), applicant-tracking checks (standard headings,
//! length, a contact line, the key skills in the top third, no tables or images in the .docx) and
//! the quality gate's findings, into a verdict with its reasons. It reads the pack as a recruiter's
//! screening software would, not as the pipeline that wrote it.

use crate::layers::pain_points::PainPoint;
use crate::text::lexicon::Lexicon;
use serde::{Deserialize, Serialize};

pub mod rewrite;
pub use rewrite::{RewriteAsk, Suggestion, Suggestions, MAX_SUGGESTIONS};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub pain_point: String,
    /// The CV bullet that answers it, if one does.
    pub bullet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub name: String,
    pub passed: bool,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Strong,
    Good,
    NeedsWork,
    Weak,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Strong => "strong",
            Verdict::Good => "good",
            Verdict::NeedsWork => "needs work",
            Verdict::Weak => "weak",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub verdict: Verdict,
    pub reasons: Vec<String>,
    /// Pain points answered by a bullet, of those read.
    pub coverage: (usize, usize),
    pub answered: Vec<Answered>,
    pub checks: Vec<Check>,
}

/// Pain points read: the strongest ones, as a recruiter would skim them.
const PAIN_POINTS_READ: usize = 8;
/// A CV of one to two pages.
const WORDS: std::ops::RangeInclusive<usize> = 250..=1_100;

fn bullets(cv: &str) -> Vec<&str> {
    cv.lines()
        .map(str::trim)
        .filter_map(|l| l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")))
        .collect()
}

/// The bullet that shares the most specific skill with the pain point, if any shares one.
fn answering<'c>(lex: &Lexicon, p: &PainPoint, bullets: &[&'c str]) -> Option<&'c str> {
    let wanted: Vec<&String> = p.skills.iter().filter(|s| !lex.is_umbrella(s)).collect();
    bullets
        .iter()
        .map(|b| {
            let have: Vec<String> = lex.skills_in(b);
            let shared = wanted
                .iter()
                .filter(|w| have.iter().any(|h| lex.is_narrower_or_same(h, w)))
                .count();
            (shared, *b)
        })
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, b)| b)
}

pub fn review(
    pain: &[PainPoint],
    must_have: &[String],
    cv_markdown: &str,
    docx_plain: Option<bool>,
    gate_findings: &[String],
) -> Review {
    let lex = Lexicon::get();
    let bs = bullets(cv_markdown);
    let read: Vec<&PainPoint> = pain
        .iter()
        .filter(|p| !p.skills.is_empty())
        .take(PAIN_POINTS_READ)
        .collect();
    let answered: Vec<Answered> = read
        .iter()
        .map(|p| Answered {
            pain_point: crate::layers::shorten(&p.text, 140),
            bullet: answering(lex, p, &bs).map(|b| crate::layers::shorten(b, 160)),
        })
        .collect();
    let hit = answered.iter().filter(|a| a.bullet.is_some()).count();

    let lower = cv_markdown.to_lowercase();
    let has_heading = |names: &[&str]| {
        cv_markdown.lines().any(|l| {
            let l = l.trim().trim_start_matches('#').trim().to_lowercase();
            cv_markdown.lines().any(|x| x.trim_start().starts_with('#'))
                && names.iter().any(|n| l == *n || l.ends_with(n))
        })
    };
    let words = cv_markdown.split_whitespace().count();
    let head: String = cv_markdown.lines().take(6).collect::<Vec<_>>().join(" ");
    let contact = head.contains('@') || head.chars().filter(|c| c.is_ascii_digit()).count() >= 7;
    // Cut at a character boundary: an edited CV may hold "ü" or "—" at the third.
    let cut = lower
        .char_indices()
        .nth(lower.chars().count() / 3)
        .map_or(lower.len(), |(i, _)| i);
    let third = &lower[..cut];
    let shown: Vec<&String> = must_have
        .iter()
        .filter(|s| {
            lex.skills_in(cv_markdown)
                .iter()
                .any(|h| lex.is_narrower_or_same(h, s))
        })
        .collect();
    let top: Vec<&&String> = shown
        .iter()
        .filter(|s| {
            lex.skills_in(third)
                .iter()
                .any(|h| lex.is_narrower_or_same(h, s))
        })
        .collect();
    let mut checks = vec![
        Check {
            name: "Standard section headings".into(),
            passed: has_heading(&["experience"]) && has_heading(&["skills"]),
            detail: "an ATS looks for Experience and Skills headings".into(),
        },
        Check {
            name: "Length".into(),
            passed: WORDS.contains(&words),
            detail: format!(
                "{words} words ({}–{} fit one to two pages)",
                WORDS.start(),
                WORDS.end()
            ),
        },
        Check {
            name: "Contact line".into(),
            passed: contact,
            detail: "an email or phone number in the first lines".into(),
        },
        Check {
            name: "Key skills in the top third".into(),
            passed: shown.is_empty() || top.len() * 2 >= shown.len(),
            detail: format!(
                "{} of the {} must-have skills the CV shows appear in its first third",
                top.len(),
                shown.len()
            ),
        },
    ];
    if let Some(plain) = docx_plain {
        checks.push(Check {
            name: "No tables or images in the .docx".into(),
            passed: plain,
            detail: "screening software reads tables and images badly".into(),
        });
    }
    let failed = checks.iter().filter(|c| !c.passed).count();
    let ratio = if read.is_empty() {
        1.0
    } else {
        hit as f64 / read.len() as f64
    };
    let mut reasons = vec![format!(
        "{hit} of the {} strongest pain points answered by a bullet",
        read.len()
    )];
    reasons.extend(
        checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| format!("failed: {} ({})", c.name, c.detail)),
    );
    if !gate_findings.is_empty() {
        reasons.push(format!(
            "{} claim(s) the candidate's files do not back",
            gate_findings.len()
        ));
    }
    let verdict = if ratio < 0.25 || failed >= 3 {
        Verdict::Weak
    } else if !gate_findings.is_empty() || ratio < 0.4 || failed >= 2 {
        Verdict::NeedsWork
    } else if ratio >= 0.6 && failed == 0 {
        Verdict::Strong
    } else {
        Verdict::Good
    };
    Review {
        verdict,
        reasons,
        coverage: (hit, read.len()),
        answered,
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::units::Span;

    fn pp(text: &str, skills: &[&str]) -> PainPoint {
        PainPoint {
            id: "pp".into(),
            text: text.into(),
            summary: text.into(),
            span: Span { start: 0, end: 0 },
            skills: skills.iter().map(|s| s.to_string()).collect(),
            score: 1.0,
        }
    }

    #[test]
    fn an_edited_cv_with_letters_of_several_bytes_never_breaks_the_review() {
        for n in 0..40 {
            let cv = format!("{}{CV}— Müller", "ü".repeat(n));
            let r = review(&[], &["Kafka".to_string()], &cv, None, &[]);
            assert!(!r.checks.is_empty());
        }
    }

    #[test]
    fn the_generated_docx_is_plain() {
        let bytes = crate::docx::cv_docx(CV).unwrap();
        assert_eq!(crate::docx::is_plain(&bytes), Ok(true));
    }

    const CV: &str = "# Jane Roe\nBerlin · jane@example.com\n\n## Summary\nStaff engineer: Kafka, Kubernetes and Go.\n\n## Experience\n### Staff Engineer — Acme\n- Rebuilt tracking on Kafka and Kubernetes, 40k events per second.\n- Cut AWS spend by 28%.\n\n## Skills\n- Go, Kafka, Kubernetes, AWS\n";

    #[test]
    fn pain_points_are_answered_by_bullets_and_checks_decide_the_verdict() {
        let pain = vec![
            pp("Scale our event pipeline on Kafka", &["Kafka"]),
            pp("Own our AWS costs", &["AWS"]),
            pp("Build the iOS app", &["Mobile development"]),
        ];
        let must = vec!["Kafka".to_string(), "Kubernetes".to_string()];
        let r = review(&pain, &must, CV, Some(true), &[]);
        assert_eq!(r.coverage, (2, 3));
        assert!(r.answered[0].bullet.as_deref().unwrap().contains("Kafka"));
        assert_eq!(r.answered[2].bullet, None);
        let failed: Vec<&str> = r
            .checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(failed, ["Length"], "a short CV: {:?}", r.checks);
        assert_eq!(r.verdict, Verdict::Good);
        // A claim the files do not back, or a table in the .docx, costs the verdict.
        let r = review(&pain, &must, CV, Some(false), &["1 invented number".into()]);
        assert_eq!(r.verdict, Verdict::NeedsWork);
        assert!(r.reasons.iter().any(|x| x.contains("do not back")));
        // Nothing answered and no headings: weak.
        let r = review(&pain, &must, "Just a line of text.", None, &[]);
        assert_eq!(r.verdict, Verdict::Weak);
    }
}
