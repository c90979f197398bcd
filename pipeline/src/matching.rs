//! The match view, the habit users bring from Jobscan: each skill the posting asks for against the
//! tailored CV. A skill is *in the CV* (with the line where it shows), *evidenced* elsewhere in the
//! candidate's files (a STAR record or a master-CV line proves it, so it can be added truthfully), or
//! a *gap* (nothing shows it: said plainly). A related skill counts only when it is narrower (the CV
//! saying "RAG" shows "generative AI"), as in the fit score.

use crate::candidate::Candidate;
use crate::text::lexicon::Lexicon;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum MatchState {
    /// The tailored CV shows it, on this line.
    InCv { line: String },
    /// The CV leaves it out, but the candidate's files show it here.
    Evidence { source: String },
    /// Nothing in the candidate's files shows it.
    Gap,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillRow {
    pub skill: String,
    pub must: bool,
    pub state: MatchState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchView {
    pub rows: Vec<SkillRow>,
    /// Share of the asked skills the tailored CV shows, 0–100 (must-haves count twice).
    pub rate: u8,
}

fn shorten(line: &str) -> String {
    let line = line.trim().trim_start_matches(['#', '-', '*', ' ']);
    crate::layers::shorten(line, 110)
}

/// The first line of `text` that names `skill` or a narrower one.
fn line_showing<'t>(lex: &Lexicon, text: &'t str, skill: &str) -> Option<&'t str> {
    text.lines().find(|line| {
        lex.find(line)
            .iter()
            .any(|f| lex.is_narrower_or_same(&lex.skill(f.skill).name, skill))
    })
}

pub fn match_view(must: &[String], nice: &[String], cv_markdown: &str, c: &Candidate) -> MatchView {
    let lex = Lexicon::get();
    let rows: Vec<SkillRow> = must
        .iter()
        .map(|s| (s, true))
        .chain(nice.iter().map(|s| (s, false)))
        .map(|(skill, must)| {
            let state = if let Some(line) = line_showing(lex, cv_markdown, skill) {
                MatchState::InCv {
                    line: shorten(line),
                }
            } else if let Some(star) = c.stars.iter().find(|st| {
                crate::layers::stars::star_skills(st)
                    .iter()
                    .any(|have| lex.is_narrower_or_same(have, skill))
            }) {
                MatchState::Evidence {
                    source: format!("STAR record “{}” ({})", star.title, star.company),
                }
            } else if let Some(line) = line_showing(lex, &c.master_cv_text, skill) {
                MatchState::Evidence {
                    source: format!("master CV: “{}”", shorten(line)),
                }
            } else if let Some(shown) = c
                .shown_in_other_words
                .iter()
                .find(|s| s.skill == skill.as_str())
            {
                // Shown in other words ("worked with trust & safety … and with the seller team"):
                // the line is cited, as the files never name the skill.
                MatchState::Evidence {
                    source: format!("in other words: “{}”", shorten(&shown.line)),
                }
            } else if c.shows(skill) {
                MatchState::Evidence {
                    source: "the master CV's skills".into(),
                }
            } else {
                MatchState::Gap
            };
            SkillRow {
                skill: skill.clone(),
                must,
                state,
            }
        })
        .collect();
    let weight = |r: &SkillRow| if r.must { 2 } else { 1 };
    let total: u32 = rows.iter().map(weight).sum();
    let shown: u32 = rows
        .iter()
        .filter(|r| matches!(r.state, MatchState::InCv { .. }))
        .map(weight)
        .sum();
    MatchView {
        rate: if total == 0 {
            0
        } else {
            (f64::from(shown) / f64::from(total) * 100.0).round() as u8
        },
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CV: &str = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built event-driven services in Go and Kafka on Kubernetes.\n- Designed a retrieval-augmented generation assistant.\n\n## Skills\n- Go, Kafka, Kubernetes, Terraform\n";
    const KB: &str = "## STAR: Cost\n- company: Acme\n- skills: AWS, Terraform\n- situation: Costly.\n- task: Cut cost.\n- action: Rightsized AWS.\n- result: 28% less.\n";

    #[test]
    fn each_skill_is_in_the_cv_evidenced_elsewhere_or_a_gap() {
        let c = Candidate::from_texts(CV, KB).unwrap();
        let tailored = "## Experience\n- Built event-driven services in Go and Kafka on Kubernetes.\n- Designed a retrieval-augmented generation assistant.\n";
        let must = vec![
            "Kafka".to_string(),
            "Generative AI".to_string(),
            "AWS".to_string(),
        ];
        let nice = vec!["Salesforce".to_string()];
        let v = match_view(&must, &nice, tailored, &c);
        let state = |s: &str| v.rows.iter().find(|r| r.skill == s).unwrap().state.clone();
        assert!(
            matches!(state("Kafka"), MatchState::InCv { line } if line.starts_with("Built event-driven"))
        );
        assert!(
            matches!(state("Generative AI"), MatchState::InCv { .. }),
            "RAG shows generative AI"
        );
        assert!(
            matches!(state("AWS"), MatchState::Evidence { source } if source.contains("STAR record"))
        );
        assert_eq!(state("Salesforce"), MatchState::Gap);
        // 2 + 2 of 2 + 2 + 2 + 1.
        assert_eq!(v.rate, 57);
        assert_eq!(match_view(&[], &[], tailored, &c).rate, 0);
    }

    #[test]
    fn a_skill_shown_in_other_words_cites_its_line() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Engineer — Acme\n2015 – Present\n- Worked with the seller team on an opt-out and with the analytics team on a test.\n\n## Skills\n- Go\n";
        let c = Candidate::from_texts(cv, KB).unwrap();
        let v = match_view(&["Stakeholder management".to_string()], &[], "", &c);
        assert!(
            matches!(&v.rows[0].state, MatchState::Evidence { source } if source.starts_with("in other words: “Worked with the seller team")),
            "{:?}",
            v.rows[0].state
        );
    }
}
