//! Layer 3: company research. Offline it reads what the posting and the job document say about the
//! employer (summary sentences, industry, work mode, signals of funding, growth, size and product),
//! each quoted with its span; it never asserts anything the posting does not.

use super::jd::JdAnalysis;
use super::{EngineUsed, JobInput};
use crate::text::clean::SectionKind;
use crate::text::units::{units, Span};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Where a quote comes from when it is not the job description (a web page's URL).
fn job_description() -> String {
    "job description".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    /// Byte span in the cleaned text of `source`.
    pub span: Span,
    #[serde(default = "job_description")]
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: String,
    pub text: String,
    pub span: Span,
    #[serde(default = "job_description")]
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompanyBrief {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub name: String,
    pub summary: Vec<Quote>,
    pub industry: String,
    pub work_mode: String,
    pub location: String,
    pub signals: Vec<Signal>,
    pub sources: Vec<String>,
    /// Things to check by hand: the posting's text is about another company than its field says.
    #[serde(default)]
    pub warnings: Vec<String>,
}

const SIGNALS: &[(&str, &[&str])] = &[
    (
        "funding",
        &[
            "raised",
            "series a",
            "series b",
            "series c",
            "series d",
            "funded",
            "investors",
            "backed by",
            "funding",
            "ipo",
            "publicly traded",
        ],
    ),
    (
        "growth",
        &[
            "growing",
            "hypergrowth",
            "rapid growth",
            "expanding",
            "doubling",
            "double our",
            "scale-up",
            "scaleup",
            "fast-growing",
        ],
    ),
    (
        "size",
        &[
            "employees",
            "people across",
            "small team",
            "startup",
            "start-up",
            "engineers across",
            "offices in",
            "countries",
        ],
    ),
    (
        "customers",
        &["customers", "clients", "users", "merchants", "partners"],
    ),
    (
        "mission",
        &["mission", "vision", "our purpose", "we believe"],
    ),
    (
        "remote",
        &[
            "remote-first",
            "fully remote",
            "distributed team",
            "work from anywhere",
            "hybrid",
        ],
    ),
    (
        "ai",
        &[
            "ai-native",
            "ai-first",
            "machine learning",
            "generative ai",
            "llm",
            "agents",
        ],
    ),
];

/// The first unit per signal kind (funding, growth, size…) in `units`, benefits excluded.
pub fn signals_in(all: &[crate::text::units::Unit]) -> Vec<Signal> {
    let mut signals = Vec::new();
    for (kind, cues) in SIGNALS {
        if let Some(u) = all.iter().find(|u| {
            let l = u.text.to_lowercase();
            u.section != SectionKind::Benefits && cues.iter().any(|c| l.contains(c))
        }) {
            signals.push(Signal {
                kind: kind.to_string(),
                text: u.text.to_string(),
                span: u.span,
                source: job_description(),
            });
        }
    }
    signals
}

pub fn research(job: &JobInput, jd: &JdAnalysis) -> CompanyBrief {
    let all = units(&jd.clean_text, &jd.sections);
    let name_lower = job.company.to_lowercase();
    let about = |u: &&crate::text::units::Unit| {
        let l = u.text.to_lowercase();
        matches!(u.section, SectionKind::About | SectionKind::Intro)
            && (l.contains(&name_lower)
                || l.starts_with("we ")
                || l.starts_with("we're")
                || l.starts_with("our ")
                || l.contains(" we "))
    };
    let summary: Vec<Quote> = all
        .iter()
        .filter(about)
        .take(3)
        .map(|u| Quote {
            text: u.text.to_string(),
            span: u.span,
            source: job_description(),
        })
        .collect();
    let signals = signals_in(&all);
    let mut sources = vec!["job description".to_string()];
    if !job.criteria.is_empty() {
        sources.push("job criteria".into());
    }
    CompanyBrief {
        engine: EngineUsed::offline(),
        name: job.company.trim().to_string(),
        summary,
        industry: jd.criteria.industries.clone(),
        work_mode: jd.work_mode.clone(),
        location: job.location.trim().to_string(),
        signals,
        sources,
        warnings: mismatch(job, &all).into_iter().collect(),
    }
}

/// Legal forms and web suffixes that are not part of how a company is named in prose.
const NAME_NOISE: &[&str] = &[
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "gmbh",
    "ag",
    "sa",
    "s.a.",
    "bv",
    "plc",
    "corp",
    "corp.",
    "co",
    "co.",
    "limited",
    "group",
    "solutions",
    "systems",
    "technologies",
    "services",
    "labs",
];

/// The words of a company name that prose uses ("ACCION LABS EUROPE" → accion, europe).
fn name_words(company: &str) -> Vec<String> {
    company
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.').trim_end_matches(".com").to_string())
        .filter(|w| w.chars().count() >= 3 && !NAME_NOISE.contains(&w.as_str()))
        .collect()
}

/// Whether `short` is an abbreviation of `company`: a few capitals found in order in the name
/// ("SAC" in "SELLANYCAR.COM").
fn abbreviates(short: &str, company: &str) -> bool {
    let upper = company.to_uppercase();
    let mut rest = upper.chars();
    (2..=6).contains(&short.chars().count())
        && short.chars().all(|c| c.is_ascii_uppercase())
        && short.chars().all(|c| rest.any(|r| r == c))
}

/// A warning when the posting never names its `company` field and describes another company in
/// the way postings introduce their employer ("About Acme", "At Acme, we", "Acme is a…").
pub fn mismatch(job: &JobInput, all: &[crate::text::units::Unit<'_>]) -> Option<String> {
    // (Agencies and job boards that post for others name themselves, so they are not flagged.)
    let words = name_words(&job.company);
    if words.is_empty() {
        return None;
    }
    let text = all
        .iter()
        .map(|u| u.text)
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let compact: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    let whole = |w: &str| text.split(|c: char| !c.is_alphanumeric()).any(|t| t == w);
    // A name's own coinage ("epz", "sellanycar", "mongodb") names it wherever it stands, glued
    // ones included; its ordinary words ("fresh", "products") only all together, since any
    // posting may say "our products".
    let (coined, ordinary): (Vec<&String>, Vec<&String>) = words
        .iter()
        .partition(|w| !crate::text::segment::is_word(w));
    let named = if coined.is_empty() {
        // "Trade Republic Bank GmbH" written "Trade Republic": two of its words side by side, or
        // its only word, name it too.
        match ordinary.as_slice() {
            [one] => whole(one),
            _ => {
                ordinary
                    .windows(2)
                    .any(|p| text.contains(&format!("{} {}", p[0], p[1])))
                    || ordinary.iter().all(|w| whole(w))
            }
        }
    } else {
        coined
            .iter()
            .any(|w| whole(w) || (w.len() >= 6 && compact.contains(w.as_str())))
    };
    if named {
        return None;
    }
    static INTRO: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let intro = INTRO.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|\n)(?:About|At|Join)\s+((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})\s*(?:[:,]|is\b|we\b)|(?:^|\n)((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:is|are)\s+(?:a|an|the)\s|\bAt\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),\s+we(?:'|’|\s)",
        )
        .expect("valid regex")
    });
    let other = all.iter().find_map(|u| {
        let cap = intro.captures(u.text)?;
        // "At Cloudbeds, we're…" after a heading run into it ("What Makes Us Unique At…").
        let name = cap.get(1).or(cap.get(2)).or(cap.get(3))?.as_str().trim();
        let first = name.split_whitespace().next().unwrap_or("");
        // Headings and pronouns, not companies ("About the role", "Company Description").
        let generic = [
            "The",
            "Our",
            "Ours",
            "We",
            "This",
            "That",
            "It",
            "Here",
            "There",
            "What",
            "Who",
            "Life",
            "Working",
            "You",
            "Your",
            "Us",
            "Company",
            "Job",
            "Role",
            "Position",
            "Team",
            "Description",
        ]
        .contains(&first);
        // The company's own name, written shorter than its field, is no other company.
        let own = {
            let found = name_words(name);
            !found.is_empty() && found.iter().all(|w| words.contains(w))
        };
        // "Python is a must." opens on a skill, not a company.
        let skill = crate::text::lexicon::Lexicon::get()
            .canonical(name)
            .is_some();
        (!generic && !own && !skill && !abbreviates(name, &job.company)).then(|| name.to_string())
    })?;
    Some(format!(
        "the posting's text never names {} and introduces {other}: check which company this job is at",
        job.company.trim()
    ))
}

/// The LLM's summary of the company: up to three sentences quoted from the posting (each located in
/// it); everything else stays the offline brief's.
pub struct CompanyAsk<'a> {
    pub job: &'a JobInput,
    pub jd: &'a JdAnalysis,
    pub base: CompanyBrief,
}

#[derive(Debug, serde::Deserialize)]
pub struct CompanyReply {
    pub summary: Vec<String>,
}

impl crate::llm::LlmLayer for CompanyAsk<'_> {
    type Output = CompanyBrief;
    type Reply = CompanyReply;
    const LAYER: super::Layer = super::Layer::Company;
    const SYSTEM: &'static str =
        "You summarise employers from job postings by quoting them verbatim. Reply with JSON only.";
    const MAX_TOKENS: u32 = 600;

    fn prompt(&self) -> String {
        format!(
            "Quote up to 3 sentences from this posting that best describe the company {} itself (what it does, stage, customers). \
             Reply as {{\"summary\": [\"exact quote\", …]}}.\n\nPOSTING:\n{}",
            self.job.company,
            super::shorten(&self.jd.clean_text, crate::llm::MAX_PROMPT_JD)
        )
    }

    fn accept(&self, reply: CompanyReply, engine: EngineUsed) -> Result<CompanyBrief, String> {
        let text = &self.jd.clean_text;
        let summary: Vec<Quote> = reply
            .summary
            .iter()
            .filter_map(|q| {
                crate::llm::locate(text, q).map(|span| Quote {
                    text: text[span.start..span.end].to_string(),
                    span,
                    source: "job description".into(),
                })
            })
            .take(3)
            .collect();
        if summary.is_empty() {
            return Err("no summary sentence was a quote of the posting".into());
        }
        Ok(CompanyBrief {
            engine,
            summary,
            ..self.base.clone()
        })
    }

    fn set_engine(out: &mut CompanyBrief, engine: EngineUsed) {
        out.engine = engine;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::jd;

    fn brief(company: &str, description: &str) -> CompanyBrief {
        let job = JobInput::sample("Engineer", company, "", description);
        research(&job, &jd::analyse(&job))
    }

    fn purpose_of(description: &str) -> Option<String> {
        let job = JobInput::sample("Engineer", "InPost", "", description);
        purpose(&job, &jd::analyse(&job))
    }

    #[test]
    fn what_the_company_does_is_said_to_the_reader_in_its_own_words() {
        assert_eq!(
            purpose_of("At Docker, we make app development easier so developers can focus on what matters.\nRequirements\n- Go").as_deref(),
            Some("you make app development easier so developers can focus on what matters")
        );
        assert_eq!(
            purpose_of("About us\nAt Coinbase, our mission is to increase economic freedom in the world.\nRequirements\n- Go").as_deref(),
            Some("your mission is to increase economic freedom in the world")
        );
        // An add-on after the first clause is cut; a name's "is developing" is said as "you are".
        assert_eq!(
            purpose_of("InPost Group is Europe’s leading out-of-home delivery partner, making deliveries secure for millions.\nRequirements\n- Go").as_deref(),
            Some("you are Europe’s leading out-of-home delivery partner")
        );
        assert_eq!(
            purpose_of("Archetype AI is developing the world's first AI platform to bring AI into the real world.").as_deref(),
            Some("you are developing the world's first AI platform to bring AI into the real world")
        );
        assert_eq!(
            purpose_of("Intro: Eneba runs a market. At Eneba, we’re building an open, safe and sustainable marketplace for gamers.\nRequirements\n- Go").as_deref(),
            Some("you’re building an open, safe and sustainable marketplace for gamers")
        );
    }

    #[test]
    fn hiring_culture_and_requirements_are_not_what_a_company_does() {
        for text in [
            "At Delphi, we believe in creating an environment where our people thrive.\nRequirements\n- Go",
            "At Acme, we are looking for a senior engineer to join our platform team.\nRequirements\n- Go",
            "Requirements\n- We build data pipelines in Go and Python every day of the week",
            "At Acme, we build.",
            "Python is a must for this team and for every engineer in it.",
            "At Acme, we provide the capital and the access you need to launch your own fund.",
            "At Keyrock, we're not just envisioning the future of digital assets.",
        ] {
            assert_eq!(purpose_of(text), None, "{text}");
        }
    }

    #[test]
    fn a_posting_about_another_company_is_flagged() {
        let b = brief(
            "UNDELUCRAM.RO",
            "About Initech: Initech is a global cybersecurity leader.\nRequirements\n- Go",
        );
        assert_eq!(b.warnings.len(), 1, "{:?}", b.warnings);
        assert!(b.warnings[0].contains("Initech"), "{:?}", b.warnings);
        let own = brief(
            "ACME GMBH",
            "About Acme: Acme is a logistics company.\nRequirements\n- Go",
        );
        assert!(own.warnings.is_empty(), "{:?}", own.warnings);
        let run_in = brief(
            "THE FRESH PRODUCTS EPZ LIMITED",
            "What Makes Us Unique At Cloudbeds, we're not just building software, we’re transforming hospitality with fresh products.\nRequirements\n- Go",
        );
        assert!(
            run_in.warnings.iter().any(|w| w.contains("Cloudbeds")),
            "{:?}",
            run_in.warnings
        );
        let shorter = brief(
            "TRADE REPUBLIC BANK GMBH",
            "At Trade Republic, we build investing for everyone.\nRequirements\n- Go",
        );
        assert!(shorter.warnings.is_empty(), "{:?}", shorter.warnings);
        let heading = brief(
            "SELLANYCAR.COM",
            "Company Description\nSAC is the region's car buyer.",
        );
        assert!(heading.warnings.is_empty(), "{:?}", heading.warnings);
        // A pronoun opening a sentence is no company.
        let pronoun = brief(
            "SCHWARZ DIGITS",
            "Who we are\nWe operate the marketplaces of Kaufland.\nOurs is a dynamic corporate culture.",
        );
        assert!(pronoun.warnings.is_empty(), "{:?}", pronoun.warnings);
        let skill = brief(
            "SCHWARZ DIGITS",
            "Requirements\nPython is a must.\nKafka is a plus.",
        );
        assert!(skill.warnings.is_empty(), "{:?}", skill.warnings);
    }
}

/// What the employer says it does, in its own words turned to the reader ("At Docker, we make
/// app development easier…" → "you make app development easier…"): the one thing a letter can
/// say about why this company without inventing a motive. `None` when the posting has no such
/// sentence, or only one about hiring, culture or benefits.
pub fn purpose(job: &JobInput, jd: &JdAnalysis) -> Option<String> {
    static SAYS: OnceLock<Regex> = OnceLock::new();
    // "At Agoda, we bridge…", "At Coinbase, our mission is to…", "Our mission is to…",
    // "Archetype AI is developing…", "We build…". The name is any capitalised run: a posting
    // written by a brand of the company in the field ("At InnoCraft, we're building…") counts.
    let says = SAYS.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?:^|[.!?]\s+|\s)
            (?:
              (?:At|In)\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3},\s+
                (?P<a>(?:we(?:'re|’re|\s+are)?|our\s+mission\s+is\s+to)\s+.+)
            | [A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?:'s|’s)\s+mission\s+is\s+to\s+(?P<b>.+)
            | (?P<c>(?:Our\s+mission\s+is\s+to|We(?:'re|’re|\s+are)?\s+(?:building|developing|transforming|shaping|making|on\s+a\s+mission\s+to)|We\s+(?:build|make|help|power|enable|bridge|create|develop)\b)\s*.+)
            | (?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+is\s+(?:(?P<d>(?:developing|building|transforming|shaping|making|on\s+a\s+mission\s+to)\s+.+)|(?P<e>(?:a|an|the|[A-Z][\w-]*(?:'s|’s))\s+.+))
            )",
        )
        .expect("valid regex")
    });
    let all = units(&jd.clean_text, &jd.sections);
    all.iter()
        .filter(|u| matches!(u.section, SectionKind::Intro | SectionKind::About))
        .find_map(|u| {
            let cap = says.captures(u.text)?;
            let group = |g: &str| cap.name(g).map(|m| m.as_str().to_string());
            let (said, mission) = if let Some(a) = group("a") {
                (a, false)
            } else if let Some(b) = group("b") {
                (b, true)
            } else if let Some(c) = group("c") {
                (c, false)
            } else if let Some(d) = group("d") {
                (format!("you are {d}"), false)
            } else {
                // "Python is a must" is no company: a name's "is a…" only of the employer's name.
                let e = group("e").filter(|_| names_employer(&cap["name"], &job.company))?;
                (format!("you are {e}"), false)
            };
            // A sentence already spoken to its customers ("the capital you need to launch your
            // own…") would read as the candidate's once turned.
            if cap[0]
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
            {
                return None;
            }
            let said = to_reader(&said);
            let said = if mission {
                format!("your mission is to {said}")
            } else {
                said
            };
            let said = first_clause(&said);
            let lower = said.to_lowercase();
            // "You're not just envisioning the future of digital assets" is half a sentence once
            // its second half is cut.
            let half = (lower.contains("not just") || lower.contains("n't just"))
                && !lower.contains(", you");
            let about_us = half || NOT_WHAT_THEY_DO.iter().any(|w| lower.contains(w));
            (!about_us && (30..=150).contains(&said.chars().count())).then_some(said)
        })
}

/// Whether `name` is how the posting writes `company` ("InPost Group" for "INPOST").
fn names_employer(name: &str, company: &str) -> bool {
    let words = name_words(company);
    name_words(name).iter().any(|w| words.contains(w))
}

/// Sentences that talk about the hiring, the team's culture or the offer, not what the company
/// does ("we are looking for", "we believe in creating an environment where our people thrive").
const NOT_WHAT_THEY_DO: &[&str] = &[
    "looking for",
    "seeking",
    "hiring",
    "join",
    "environment",
    "employee",
    "people thrive",
    "benefit",
    "divers",
    "inclusi",
    "equal opportunit",
    "team member",
    "work-life",
    "culture",
    "candidate",
    "position",
    "role",
    "believe",
    "recruit",
    "on behalf",
];

/// The company's first person turned to the reader: "we're building our platform" → "you're
/// building your platform".
fn to_reader(said: &str) -> String {
    let mut out = String::with_capacity(said.len());
    for (i, word) in said.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let (core, tail) = word.split_at(
            word.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .unwrap_or(word.len()),
        );
        let turned = match core.to_lowercase().as_str() {
            "we" => "you".to_string(),
            "we're" => "you're".to_string(),
            "we’re" => "you’re".to_string(),
            "we've" => "you've".to_string(),
            "we’ve" => "you’ve".to_string(),
            "our" => "your".to_string(),
            "ours" => "yours".to_string(),
            "us" => "you".to_string(),
            "ourselves" => "yourselves".to_string(),
            _ => core.to_string(),
        };
        out.push_str(&turned);
        out.push_str(tail);
    }
    out
}

/// The sentence up to its first aside or add-on ("…delivery partner, making deliveries secure…"
/// → "…delivery partner"), without its full stop.
fn first_clause(said: &str) -> String {
    let cut = [
        ". ", "—", " – ", "; ", ": ", ", making ", ", helping ", ", including ", ", while ",
        ", which ", " (", "!",
    ]
        .iter()
        .filter_map(|b| said.find(b))
        .min()
        .unwrap_or(said.len());
    said[..cut].trim().trim_end_matches(['.', ',']).to_string()
}
