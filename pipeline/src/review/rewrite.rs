//! The reviewer prompt, with a model routed to the CV layer: rewrites of single CV lines that
//! answer the posting better, each kept only when the gate finds nothing new with it in place.

use super::PainPoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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
    fn flagged(&self, cv: &str) -> BTreeSet<(String, String)> {
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

    /// Whether a suggestion may be shown, given what the gate flags in the CV as it is (`before`):
    /// its original is a whole line of the CV (a bullet's text, or the line itself), it changes it,
    /// and with the rewrite in its place the gate flags nothing new.
    pub fn grounded(&self, s: &Suggestion, before: &BTreeSet<(String, String)>) -> bool {
        let rewrite = s.rewrite.trim();
        if rewrite.is_empty()
            || rewrite == s.original.trim()
            || rewrite.len() > 600
            || rewrite.contains('\n')
        {
            return false;
        }
        match replace_line(self.cv_markdown, &s.original, rewrite) {
            Some(after) => self.flagged(&after).is_subset(before),
            None => false,
        }
    }
}

/// The CV with the line whose text is `original` (a bullet's text after "- ", or a whole line)
/// rewritten; `None` when no line is exactly that.
pub fn replace_line(cv: &str, original: &str, rewrite: &str) -> Option<String> {
    let original = original.trim();
    if original.len() < 8 {
        return None;
    }
    let mut found = false;
    let lines: Vec<String> = cv
        .lines()
        .map(|l| {
            let t = l.trim();
            let bullet = t
                .strip_prefix("- ")
                .or_else(|| t.strip_prefix("* "))
                .unwrap_or(t);
            if !found && bullet == original {
                found = true;
                l.replacen(original, rewrite, 1)
            } else {
                l.to_string()
            }
        })
        .collect();
    found.then(|| {
        let mut out = lines.join("\n");
        if cv.ends_with('\n') {
            out.push('\n');
        }
        out
    })
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
        let before = self.flagged(self.cv_markdown);
        // A few more than are shown, so a long reply cannot run the gate without end.
        let items: Vec<Suggestion> = reply
            .suggestions
            .into_iter()
            .take(MAX_SUGGESTIONS * 2)
            .map(|i| Suggestion {
                original: i.original.trim().to_string(),
                rewrite: i.rewrite.trim().to_string(),
                why: i.why.trim().to_string(),
            })
            .filter(|s| self.grounded(s, &before))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_whole_line_is_rewritten() {
        let cv = "## Skills\n- Kubernetes, Go\n\n## Experience\n- Ran Kubernetes clusters for 60 services.\n";
        let out = replace_line(
            cv,
            "Ran Kubernetes clusters for 60 services.",
            "Ran Kubernetes clusters for 60 payment services.",
        )
        .unwrap();
        assert!(
            out.contains("- Kubernetes, Go\n"),
            "the skills line is untouched"
        );
        assert!(out.contains("- Ran Kubernetes clusters for 60 payment services.\n"));
        assert_eq!(
            replace_line(cv, "Kubernetes", "Kubernetes (EKS)"),
            None,
            "a fragment is no line"
        );
    }
}
