//! Layer 3: company research. Offline it reads what the posting and the job document say about the
//! employer (summary sentences, industry, work mode, signals of funding, growth, size and product),
//! each quoted with its span; it never asserts anything the posting does not.

use super::jd::JdAnalysis;
use super::{EngineUsed, JobInput};
use crate::text::clean::SectionKind;
use crate::text::units::{units, Span};
use serde::{Deserialize, Serialize};

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
            "startups",
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
        // Not a bare "mission": "a mission critical private cloud" is no mission (Agoda, round 65).
        &[
            "our mission",
            "mission is",
            "mission to",
            "our vision",
            "vision is",
            "our purpose",
            "we believe",
        ],
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
            "llms",
            "agent",
            "agents",
        ],
    ),
];

/// The first unit per signal kind (funding, growth, size…) in `units` that speaks of the company:
/// not the role's duties, requirements or benefits, nor an equal-opportunity or privacy notice
/// ("Relativity is a diverse workplace… We believe that employees are…" is no size, "Develop a
/// strategic vision for your team's domains" no mission), each cue a whole word ("users" not in
/// "superusers").
pub fn signals_in(all: &[crate::text::units::Unit]) -> Vec<Signal> {
    signals_of(&all.iter().collect::<Vec<_>>())
}

/// [`signals_in`] a posting's sentences that speak of the company by name or as "we"/"our",
/// and not of whom it is looking for: in a posting whose headings were not found, a requirement
/// ("… using hybrid models") read as a remote-work signal, and "We are looking for an AI
/// Solution Architect with … AI technologies" as one of AI (Primus and Sii, round 75).
fn posting_signals(all: &[crate::text::units::Unit], company: &str) -> Vec<Signal> {
    /// Who the company is looking for, not what it is.
    const HIRING: &[&str] = &[
        "we are looking",
        "we're looking",
        "we are seeking",
        "we're seeking",
        "we are hiring",
        "we're hiring",
        "we are searching",
        "you will",
        "you'll",
    ];
    /// The company speaking of itself; not "us", which is also the United States ("located in
    /// the US").
    const OURS: &[&str] = &["we", "our", "we're", "we've"];
    // The name's first distinctive word: "Global" of "Primus Global Solutions" or "Europe" of
    // "Accion Labs Europe" name no company.
    let name = name_words(company).into_iter().next();
    let speaks_of_company = |u: &&crate::text::units::Unit| {
        let l = u.text.to_lowercase().replace('’', "'");
        let says = |w: &str| crate::text::word_matches(&l, w).next().is_some();
        let named = name.as_deref().is_some_and(says);
        (named || OURS.iter().any(|w| says(w))) && !HIRING.iter().any(|h| l.contains(h))
    };
    signals_of(&all.iter().filter(speaks_of_company).collect::<Vec<_>>())
}

/// Whether a line gives a company's size as a figure ("3300+ strong", "1,800 employees", "offices
/// in 12 countries").
fn sized(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)\b\d[\d,.]*\+?\s+(?:strong|employees|people|staff|engineers|team members|countries|offices)\b",
    )
    .is_match(text)
}

fn signals_of(all: &[&crate::text::units::Unit]) -> Vec<Signal> {
    let about_company = |u: &crate::text::units::Unit| {
        !matches!(
            u.section,
            SectionKind::Benefits
                | SectionKind::Responsibilities
                | SectionKind::Requirements
                | SectionKind::NiceToHave
        ) && !super::jd::is_notice(u.text)
    };
    let mut signals: Vec<Signal> = Vec::new();
    for (kind, cues) in SIGNALS {
        // One sentence is one signal: "TQG … career opportunities" as its size and its customers
        // both, or Microsoft's one sentence three times over, read as padding (round 66).
        let unused = |u: &&crate::text::units::Unit| !signals.iter().any(|s| s.span == u.span);
        let open: Vec<&crate::text::units::Unit> = all
            .iter()
            .copied()
            .filter(|u| about_company(u))
            // A heading run into the text is no signal: "We're An Award-winning Employer
            // Reflecting How Our Employees Are At The Very" was Version 1's size (round 117).
            .filter(|u| !crate::text::title_cased(u.text))
            .filter(unused)
            .collect();
        let cued: Vec<&crate::text::units::Unit> = open
            .iter()
            .copied()
            .filter(|u| {
                let l = u.text.to_lowercase();
                // A whole word, not the head of a compound: "our mission-critical platform".
                cues.iter().any(|c| {
                    crate::text::word_matches(&l, c).any(|at| !l[at + c.len()..].starts_with('-'))
                })
            })
            .collect();
        // A size with a figure says it: "We are 3300+ strong" over a line about employees. A
        // figure of the size, not a year ("Founded in 1998").
        let figured = (*kind == "size")
            .then(|| open.iter().find(|u| sized(u.text)))
            .flatten();
        if let Some(u) = figured.or(cued.first()).copied() {
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

/// Whether a line is the company telling of itself: in the posting's opening or "about us", and
/// naming the company (`name_lower`, lower case) or speaking as "we".
pub(crate) fn tells_of_company(u: &crate::text::units::Unit, name_lower: &str) -> bool {
    let l = u.text.to_lowercase();
    matches!(u.section, SectionKind::About | SectionKind::Intro)
        && (l.contains(name_lower)
            || l.starts_with("we ")
            || l.starts_with("we're")
            || l.starts_with("our ")
            || l.contains(" we "))
}

pub fn research(job: &JobInput, jd: &JdAnalysis) -> CompanyBrief {
    let all = units(&jd.clean_text, &jd.sections);
    let name_lower = job.company.to_lowercase();
    let about = |u: &&crate::text::units::Unit| tells_of_company(u, &name_lower);
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
    let signals = posting_signals(&all, &job.company);
    let mut sources = vec!["job description".to_string()];
    if !job.criteria.is_empty() {
        sources.push("job criteria".into());
    }
    CompanyBrief {
        engine: EngineUsed::offline(),
        name: job.company.trim().to_string(),
        summary,
        industry: jd.criteria.industries.clone(),
        work_mode: jd.work_mode.to_string(),
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
pub(crate) fn name_words(company: &str) -> Vec<String> {
    company
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| without_domain(w.trim_matches('.')).to_string())
        .filter(|w| w.chars().count() >= 3 && !NAME_NOISE.contains(&w.as_str()))
        .collect()
}

/// A name without its web domain: "zerorisk.io" is "zerorisk" (a posting writes "ZeroRisk", and
/// was flagged as about another company, round 53), "sellanycar.com" is "sellanycar".
fn without_domain(word: &str) -> &str {
    match word.rsplit_once('.') {
        Some((name, tld))
            if (2..=3).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && name.chars().count() >= 3 =>
        {
            name
        }
        _ => word,
    }
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
/// the way postings introduce their employer ("About Acme", "At Acme, we", "Acme is a…", "Acme
/// is revolutionizing…": a DAI Software title over Acronis's text went unflagged, round 53).
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
            r"(?:^|\n)(?:About|At|Join)\s+((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})\s*(?:[:,]|is\b|we\b)|(?:^|\n)((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:is|are)\s+(?:a|an|the|revolutioni[sz]ing|building|transforming|redefining|reimagining|pioneering|hiring|looking|seeking|growing|expanding|changing|helping|leading|on\s+a\s+mission)\s|\bAt\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),\s+we(?:'|’|\s)",
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

    /// Each signal of `b` as (kind, sentence).
    fn signal_kinds(b: &CompanyBrief) -> Vec<(&str, &str)> {
        b.signals
            .iter()
            .map(|s| (s.kind.as_str(), s.text.as_str()))
            .collect()
    }

    fn brief(company: &str, description: &str) -> CompanyBrief {
        let job = JobInput::sample("Engineer", company, "", description);
        research(&job, &jd::analyse(&job))
    }

    #[test]
    fn a_posting_without_headings_gives_no_requirement_as_a_signal() {
        let b = brief(
            "PRIMUS GLOBAL SOLUTIONS",
            "Primary skills Experience in architecting designing and implementing global solutions on premises in the cloud and using hybrid models. Candidates must be located in the US; fully remote. \
             We are looking for an AI Solution Architect with a deep understanding of generative AI. \
             Primus is a fast-growing company with offices in 12 countries.",
        );
        let kinds = signal_kinds(&b);
        assert!(
            kinds.iter().all(|(_, t)| !t.contains("hybrid models")
                && !t.contains("looking for")
                && !t.contains("in the US")),
            "{kinds:?}"
        );
        assert!(kinds.iter().any(|(k, _)| *k == "growth"), "{kinds:?}");
    }

    #[test]
    fn a_size_is_a_figure_and_never_a_heading_run_into_the_text() {
        // Version 1 (round 117).
        let b = brief(
            "VERSION 1",
            "About Version 1\nOur employees are at the heart of what we do since 1998.\nWe’re An Award-winning Employer Reflecting How Our Employees Are At The Very\nHeart Of Version 1 And What We Do\n- We are 3300+ strong, a €350m revenue business\n- 10+ years as a Great Place to Work\nRequirements\n- Azure",
        );
        let kinds = signal_kinds(&b);
        assert!(
            kinds
                .iter()
                .any(|(k, t)| *k == "size" && t.contains("3300+ strong")),
            "{kinds:?}"
        );
        assert!(
            kinds
                .iter()
                .all(|(_, t)| !t.contains("Award-winning Employer")),
            "{kinds:?}"
        );
        // With no figure, still no heading.
        let b = brief(
            "VERSION 1",
            "About Version 1\nWe’re An Award-winning Employer Reflecting How Our Employees Are At The Very\nHeart Of Version 1 And What We Do\n- Our employees work across many countries\nRequirements\n- Azure",
        );
        let kinds = signal_kinds(&b);
        assert!(
            kinds
                .iter()
                .any(|(k, t)| *k == "size" && t.starts_with("Our employees work")),
            "{kinds:?}"
        );
    }

    #[test]
    fn signals_speak_of_the_company_not_the_role_or_its_notices() {
        let b = brief(
            "RELATIVITY",
            "About Relativity\nWe are a fast-growing company. We have 1,800 employees in 12 countries.\n\
             We build partnerships with law firms on our mission-critical platform.\n\
             Relativity is a diverse workplace with different skills, and we believe that is our strength.\n\
             Responsibilities\n- Develop a strategic vision for your team's domains.\n\
             Requirements\n- Experience with distributed systems",
        );
        let kinds = signal_kinds(&b);
        assert!(
            kinds
                .iter()
                .any(|(k, t)| *k == "size" && t.contains("1,800 employees")),
            "{kinds:?}"
        );
        assert!(kinds.iter().any(|(k, _)| *k == "growth"), "{kinds:?}");
        // A duty's "vision" is no mission, the notice's "we believe" neither, nor "our
        // mission-critical platform"; "partnerships" has no "partners" in it.
        assert!(!kinds.iter().any(|(k, _)| *k == "mission"), "{kinds:?}");
        assert!(!kinds.iter().any(|(k, _)| *k == "customers"), "{kinds:?}");
        // One sentence gives one signal.
        let once = brief(
            "GAMMA",
            "About Gamma\nOur mission is to serve 2,000 customers with 300 employees.\nRequirements\n- Go",
        );
        assert_eq!(once.signals.len(), 1, "{:?}", once.signals);
        let critical = brief(
            "AGODA",
            "About Agoda\nYou will be working on a mission critical private cloud.\nRequirements\n- Go",
        );
        assert!(
            !critical.signals.iter().any(|s| s.kind == "mission"),
            "{:?}",
            critical.signals
        );
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
        // A name written with its web domain names the company without it.
        let domain = brief(
            "ZERORISK.IO",
            "ZeroRisk is entering a phase of significant growth.\nRequirements\n- Go",
        );
        assert!(domain.warnings.is_empty(), "{:?}", domain.warnings);
        // An ordinary sentence is no company ("Applications are being reviewed").
        let ordinary = brief(
            "DAI SOFTWARE GMBH I.G.",
            "Applications are being reviewed on a rolling basis.\nRequirements\n- Go",
        );
        assert!(ordinary.warnings.is_empty(), "{:?}", ordinary.warnings);
        // Introduced by what it does, with no article (round 53).
        let doing = brief(
            "DAI SOFTWARE GMBH I.G.",
            "Senior Director of QA\nAcronis is revolutionizing cyber protection for service providers.\nRequirements\n- 10+ years of QA",
        );
        assert!(
            doing.warnings.iter().any(|w| w.contains("Acronis")),
            "{:?}",
            doing.warnings
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
