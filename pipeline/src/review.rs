//! An independent review of a tailored CV, offline and deterministic: which of the posting's pain
//! points a CV bullet answers (and which bullet), applicant-tracking checks (standard headings,
//! length, a contact line, the key skills in the top third, no tables or images in the .docx) and
//! the quality gate's findings, into a verdict with its reasons. It reads the pack as a recruiter's
//! screening software would, not as the pipeline that wrote it.

use crate::layers::pain_points::PainPoint;
use crate::text::lexicon::Lexicon;
use serde::{Deserialize, Serialize};

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
    let third = &lower[..lower.len() / 3];
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

/// A reviewer model's proposed rewrite of one line of the tailored CV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The line as the CV has it now (found in the CV word for word).
    pub original: String,
    pub rewrite: String,
    /// Why, in the reviewer's words.
    pub why: String,
}

/// The reviewer's output: its suggestions that passed the gate, and how many did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions {
    pub engine: types::EngineUsed,
    pub items: Vec<Suggestion>,
    pub dropped: usize,
}

impl Suggestions {
    pub fn none() -> Suggestions {
        Suggestions {
            engine: types::EngineUsed::offline(),
            items: Vec::new(),
            dropped: 0,
        }
    }
}

/// Most suggestions shown per CV.
pub const MAX_SUGGESTIONS: usize = 5;

/// The reviewer prompt (with an LLM routed to the CV layer): rewrites that answer the posting's
/// pain points better. Every suggestion is checked before it is kept: its line must be in the CV,
/// and the CV with the rewrite in place must give the gate nothing new to flag (no number,
/// employer, degree or skill the candidate's files do not hold). Ungrounded ones are dropped.
pub struct RewriteAsk<'a> {
    pub job: &'a crate::layers::JobInput,
    pub jd: &'a crate::layers::jd::JdAnalysis,
    pub pain: &'a [PainPoint],
    pub candidate: &'a crate::candidate::Candidate,
    pub cv_markdown: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct RewriteReply {
    #[serde(default)]
    pub suggestions: Vec<RewriteItem>,
}

#[derive(Debug, Deserialize)]
pub struct RewriteItem {
    pub original: String,
    pub rewrite: String,
    #[serde(default)]
    pub why: String,
}

impl RewriteAsk<'_> {
    /// What the gate flags in a CV text, by kind and words (the length finding by kind only: its
    /// words are the count, which any rewrite changes).
    fn flagged(&self, cv: &str) -> std::collections::BTreeSet<(String, String)> {
        crate::gate::check(self.job, self.jd, self.candidate, cv, "", Ok(()))
            .violations
            .into_iter()
            .filter(|v| v.document == "cv")
            .map(|v| {
                let term = if v.kind == "length" {
                    String::new()
                } else {
                    v.term
                };
                (v.kind, term)
            })
            .collect()
    }

    /// Whether a suggestion may be shown: its line is in the CV, it changes it, and it adds
    /// nothing the gate flags.
    pub fn grounded(&self, s: &Suggestion) -> bool {
        let original = s.original.trim();
        let rewrite = s.rewrite.trim();
        if original.len() < 8
            || rewrite.is_empty()
            || rewrite == original
            || rewrite.len() > 600
            || rewrite.contains('\n')
            || !self.cv_markdown.contains(original)
        {
            return false;
        }
        let before = self.flagged(self.cv_markdown);
        let after = self.flagged(&self.cv_markdown.replacen(original, rewrite, 1));
        after.is_subset(&before)
    }
}

impl crate::llm::LlmLayer for RewriteAsk<'_> {
    type Output = Suggestions;
    type Reply = RewriteReply;
    const LAYER: types::Layer = types::Layer::Cv;
    const SYSTEM: &'static str = "You review CVs for a recruiter. Suggest rewrites of single CV lines; every fact in a rewrite must already be in the CV or the candidate's material. Reply with JSON only.";
    const MAX_TOKENS: u32 = 1_000;

    fn prompt(&self) -> String {
        let pains: Vec<String> = self.pain.iter().map(|p| format!("- {}", p.text)).collect();
        format!(
            "Review this tailored CV for the role \"{}\" at {}. Suggest up to {MAX_SUGGESTIONS} rewrites of single lines \
             (bullets or the summary) that answer the employer's problems below more directly. Copy each original line \
             exactly. Never add a number, employer, degree or skill that the CV or the material does not state.\n\
             EMPLOYER'S PROBLEMS:\n{}\nMUST-HAVE SKILLS: {:?}\nCANDIDATE'S MATERIAL:\n{}\nCV:\n{}\n\
             Reply as {{\"suggestions\": [{{\"original\": \"…\", \"rewrite\": \"…\", \"why\": \"…\"}}]}}.",
            self.job.title,
            self.job.company,
            pains.join("\n"),
            self.jd.must_have,
            crate::layers::shorten(&self.candidate.knowledge_base_text, 6_000),
            self.cv_markdown,
        )
    }

    fn accept(
        &self,
        reply: RewriteReply,
        engine: types::EngineUsed,
    ) -> Result<Suggestions, String> {
        let offered = reply.suggestions.len();
        let items: Vec<Suggestion> = reply
            .suggestions
            .into_iter()
            .map(|i| Suggestion {
                original: i.original.trim().to_string(),
                rewrite: i.rewrite.trim().to_string(),
                why: i.why.trim().to_string(),
            })
            .filter(|s| self.grounded(s))
            .take(MAX_SUGGESTIONS)
            .collect();
        if offered > 0 && items.is_empty() {
            tracing::info!(
                offered,
                "every rewrite suggestion was ungrounded; none shown"
            );
        }
        Ok(Suggestions {
            dropped: offered.saturating_sub(items.len()),
            engine,
            items,
        })
    }

    fn set_engine(out: &mut Suggestions, engine: types::EngineUsed) {
        out.engine = engine;
    }
}
