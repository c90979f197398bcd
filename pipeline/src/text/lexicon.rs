//! The skill lexicon (`pipeline/data/skills.txt`): canonical skills with aliases, matched on word
//! boundaries. It is how a posting's requirements and the candidate's skills meet on common names
//! ("k8s" and "Kubernetes" are one skill) and how the quality gate recognises skill claims.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::BTreeSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/skills.txt");

#[derive(Debug, Clone)]
pub struct Skill {
    pub name: String,
    pub category: String,
}

struct Pattern {
    skill: usize,
    case_sensitive: bool,
    /// The alias as written (for case-sensitive matching).
    exact: String,
}

pub struct Lexicon {
    skills: Vec<Skill>,
    patterns: Vec<Pattern>,
    matcher: AhoCorasick,
}

/// One skill found in a text, with the byte span of the alias that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub skill: usize,
    pub start: usize,
    pub end: usize,
}

impl Lexicon {
    /// The project's lexicon, parsed once.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(DATA).expect("the bundled skill lexicon is valid"))
    }

    pub fn parse(data: &str) -> Result<Lexicon, String> {
        let mut skills = Vec::new();
        let mut patterns = Vec::new();
        let mut needles = Vec::new();
        for (n, line) in data.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            if parts.len() != 3 {
                return Err(format!(
                    "skills.txt line {}: expected `Name | aliases | category`",
                    n + 1
                ));
            }
            let name = parts[0].trim_start_matches('=').to_string();
            let idx = skills.len();
            skills.push(Skill {
                name: name.clone(),
                category: parts[2].trim().to_string(),
            });
            let mut aliases: Vec<&str> = parts[1]
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .collect();
            aliases.push(parts[0].trim());
            for alias in aliases {
                let (case_sensitive, exact) = match alias.strip_prefix('=') {
                    Some(a) => (true, a.to_string()),
                    None => (false, alias.to_string()),
                };
                needles.push(exact.to_lowercase());
                patterns.push(Pattern {
                    skill: idx,
                    case_sensitive,
                    exact,
                });
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&needles)
            .map_err(|e| e.to_string())?;
        Ok(Lexicon {
            skills,
            patterns,
            matcher,
        })
    }

    pub fn skill(&self, idx: usize) -> &Skill {
        &self.skills[idx]
    }

    pub fn len(&self) -> usize {
        self.skills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// Every skill mention in `text`, in order. Matches must sit on word boundaries.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let lower = text.to_ascii_lowercase();
        let mut out = Vec::new();
        for m in self.matcher.find_iter(&lower) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let boundary_ok = before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !(c.is_alphanumeric() || c == '+' || c == '#'));
            if !boundary_ok {
                continue;
            }
            let p = &self.patterns[m.pattern().as_usize()];
            if p.case_sensitive && text[s..e] != p.exact {
                continue;
            }
            out.push(Found {
                skill: p.skill,
                start: s,
                end: e,
            });
        }
        out
    }

    /// Canonical names of the skills in `text`, deduplicated, in order of first mention.
    pub fn skills_in(&self, text: &str) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.find(text)
            .into_iter()
            .filter(|f| seen.insert(f.skill))
            .map(|f| self.skills[f.skill].name.clone())
            .collect()
    }

    /// The canonical name for a skill as someone wrote it ("k8s" → "Kubernetes"); `None` when the
    /// lexicon does not know it.
    pub fn canonical(&self, written: &str) -> Option<String> {
        let found = self.find(written.trim());
        let first = found.first()?;
        // Only when the alias covers (nearly) the whole phrase, so "Kafka Streams" is not just "Kafka".
        let covered = first.end - first.start;
        (covered * 10 >= written.trim().len() * 7).then(|| self.skills[first.skill].name.clone())
    }
}

/// A normalised key for comparing skill names: lower case, alphanumerics only.
pub fn skill_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '+' | '#'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lexicon_is_large_and_parses() {
        let l = Lexicon::get();
        assert!(l.len() >= 150, "{}", l.len());
    }

    #[test]
    fn aliases_map_to_canonical_names() {
        let l = Lexicon::get();
        assert_eq!(
            l.skills_in("We run k8s on AWS, build GenAI features with LLMs and RAG."),
            vec![
                "Kubernetes",
                "AWS",
                "Generative AI",
                "Large language models",
                "Retrieval-augmented generation"
            ]
        );
        assert_eq!(l.canonical("k8s").as_deref(), Some("Kubernetes"));
        assert_eq!(l.canonical("Postgres").as_deref(), Some("PostgreSQL"));
        assert_eq!(l.canonical("underwater basket weaving"), None);
    }

    #[test]
    fn word_boundaries_and_case_rules_hold() {
        let l = Lexicon::get();
        assert!(
            l.skills_in("Let's go to the office").is_empty(),
            "lower-case go is a verb"
        );
        assert_eq!(l.skills_in("Services in Go and Rust"), vec!["Go", "Rust"]);
        assert!(l
            .skills_in("javascripts scalable")
            .iter()
            .all(|s| s != "JavaScript"));
        assert_eq!(l.skills_in("C++ and C# developers"), vec!["C++", "C#"]);
        assert!(l.skills_in("trust and rustic").is_empty());
    }
}
