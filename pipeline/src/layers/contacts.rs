//! Layer 5: people mapping. Offline no person is looked up, so contacts are role-based suggestions
//! derived from the posting (who it says the role reports to, the team it names, a recruiter),
//! clearly marked synthetic, each with a LinkedIn note (≤ 200 characters, a free account's limit) and an email that cites a
//! selected STAR record with its metric.

use super::fit::FitAssessment;
use super::jd::JdAnalysis;
use super::knockouts::{Knockout, KnockoutKind, WorkMode};
use super::pain_points::PainPoints;
use super::stars::StarSelection;
use super::{shorten, voice, EngineUsed, JobInput};
use crate::candidate::{Candidate, Star};
use crate::text::roles::{self, RoleFamily};
use serde::{Deserialize, Serialize};

pub const LINKEDIN_NOTE_MAX: usize = 200;

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
    /// Who wrote the posting: why a pack that is not advised against keeps one draft.
    #[serde(default)]
    pub poster: voice::Poster,
}

/// Where the recruiter's draft sits among the contacts `map` writes (the hiring manager's, the
/// recruiter's, a peer's), before a pack advised against keeps the recruiter's alone.
pub const RECRUITER: usize = 1;

const SYNTHETIC_SOURCE: &str =
    "synthetic: a role-based suggestion from the job description; no person was looked up";

/// Whether a posting states a contract's length and pay itself: a length said of the position
/// ("long-term position", "12-month contract") and a rate with its amount ("$100 USD/hour", "€600
/// per day"). Words alone ("long-term vision", "10M events per day") say neither.
fn states_contract_terms(text: &str) -> bool {
    static LENGTH: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static RATE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let length = crate::text::re(
        &LENGTH,
        r"(?i)\b(?:long[- ]term|\d+[- ]months?|(?:six|twelve)[- ]months?)\s+(?:position|contract|engagement|role|assignment)\b",
    );
    let rate = crate::text::re(
        &RATE,
        r"(?i)[$€£]\s*\d[\d,.]*\s*(?:[a-z]{3}\s*)?(?:/\s*|per\s+)(?:hour|hr|day)\b",
    );
    length.is_match(text) && rate.is_match(text)
}

/// Whether a posting says its contract is the way the role is engaged, not one option: "requires
/// entering into an independent contractor agreement", "you must be a registered contractor".
fn requires_contract(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)\b(?:requires?|required|must)\b[^.;]{0,50}\b(?:contractor|contract|freelance|b2b)\b",
    )
    .is_match(text)
}

/// A record's title fit for a subject line: short, and naming its result with a figure ("Fraud
/// scoring at 2,000 rps"); a title cut from a result, or one naming no result, is not.
fn headline_title(s: &Star) -> Option<&str> {
    let title = s.title.trim();
    (title.chars().count() <= SUBJECT_TITLE_MAX
        && title.chars().any(|c| c.is_ascii_digit())
        && !title.ends_with(['.', ',', ';']))
    .then_some(title)
}

/// The longest record title a subject line carries after the role.
const SUBJECT_TITLE_MAX: usize = 60;

fn reports_to(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        // "the Head of Engineering": capitalised words, joined by "of", "and" or "&".
        regex::Regex::new(r"[Rr]eport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s*(?:the\s+|our\s+|a\s+)?([A-Z][A-Za-z&/-]*(?:[ \t]+(?:(?:of|and|&)[ \t]+)?[A-Z][A-Za-z&/-]*){0,6})")
            .expect("valid regex")
    });
    // "working directly with our Head of AI Engineering": a leader the role works with is who
    // hires for it; only a leader's title, since "work closely with our Product Managers" names
    // colleagues.
    static WITH: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let with = WITH.get_or_init(|| {
        // "Working in close coordination with the VP of Product" too (Keyrock, whose pack
        // suggested a "Head of Product", round 138).
        regex::Regex::new(r"\b(?:[Ww]ork(?:s|ing)?\s+(?:directly|closely)\s+with|[Ii]n\s+close\s+(?:coordination|collaboration|partnership)\s+with)\s+(?:the\s+|our\s+)?((?:Head|Director|VP|Vice President|Chief)(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z/-]*){1,4})")
            .expect("valid regex")
    });
    re.captures(text)
        .or_else(|| with.captures(text))
        .map(|c| c[1].trim().trim_end_matches(['.', ',']).to_string())
        // "Director of Platform Infrastructure & AI Developer Tools" is six words and a title;
        // a seventh capitalised word ("… Tools Berlin team") is not part of it.
        .map(|s| {
            let mut kept = 0;
            let words: Vec<&str> = s
                .split_whitespace()
                .take_while(|w| {
                    if !matches!(*w, "of" | "and" | "&") {
                        kept += 1;
                    }
                    kept <= 6
                })
                .collect();
            words.join(" ")
        })
        // A lone "Head" or "Director" is a cut title; an acronym (CTO) is whole.
        .filter(|s| {
            let words = s
                .split_whitespace()
                .filter(|w| !matches!(*w, "of" | "and" | "&"))
                .count();
            s.len() >= 2 && (words >= 2 || s.chars().all(|c| c.is_uppercase()))
        })
}

/// The name the posting gives the person the role reports to, written beside their title:
/// "Reporting directly to our DevOps Lead, Mate, you will…" (EverAI's manager was a "DevOps Lead
/// (synthetic suggestion)" greeted "Hello [first name]", both round-129 readers). Only a name
/// set off by commas with the sentence going on to the hire ("you", "who"): "our CTO, Product
/// and Design" names teams, "the Head of Engineering, Berlin, who" a place.
fn manager_named(text: &str, title: &str) -> Option<String> {
    // Words of a team, a place or a title, not of a name.
    const NOT_NAMES: [&str; 12] = [
        "Core",
        "Platform",
        "Product",
        "Services",
        "Engineering",
        "Data",
        "Design",
        "Team",
        "Dr",
        "Mr",
        "Ms",
        "Mrs",
    ];
    let re = regex::Regex::new(&format!(
        r"{},\s*(\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)\s*,\s*(?:you|who)\b",
        regex::escape(title)
    ))
    .ok()?;
    let name = re.captures(text)?[1].to_string();
    let named = !name.split_whitespace().any(|w| NOT_NAMES.contains(&w))
        && crate::text::places::country_in(&name).is_none()
        && !crate::text::places::is_region(&name);
    named.then_some(name)
}

/// A person or address the posting gives for applying.
struct PostingContact {
    /// The address, when the posting gives one ("" for a contact named without one).
    email: String,
    /// From a personal address ("chris.bryan@…" → "Chris Bryan"); `None` for a shared one.
    name: Option<String>,
}

/// The recruiter a role's family is hired through: a technical recruiter for engineering, data
/// science and roles no title places, a recruiter for the other trades (round 147's readers of a
/// product manager's packs: "no Technical Recruiter for a PM role").
fn recruiter_role(family: Option<RoleFamily>) -> &'static str {
    match family {
        None
        | Some(RoleFamily::Engineering | RoleFamily::DataScience | RoleFamily::QualityAssurance) => {
            "Technical Recruiter"
        }
        Some(_) => "Recruiter",
    }
}

/// The posting's words saying its team is its founders ("Das Team besteht aktuell aus den 3
/// Gründern", Lexaru, round 62; "The team consists of our two co-founders"), if it says so.
fn founders_team(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?i)\b(?:the\s+)?team\s+(?:consists|is\s+made\s+up|is\s+composed)\s+of\s+(?:the\s+|our\s+)?(?:\d+\s+|two\s+|three\s+|four\s+)?(?:co-?)?founders\b|\b(?:das\s+)?team\s+besteht\s+(?:aktuell\s+|derzeit\s+|noch\s+)?aus\s+(?:den\s+|unseren\s+)?(?:\d+\s+|zwei\s+|drei\s+|vier\s+|beiden\s+)?(?:mit)?gründer(?:n|innen)?\b",
    );
    // "Two founders and five engineers" is a team with founders in it.
    static MORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let more = crate::text::re(
        &MORE,
        r"(?i)^\s*,?\s*(?:and|und|sowie|plus|with|mit)\s+(?:\d+\s+|\w+\s+){0,2}(?:engineers|developers|entwickler\w*|mitarbeite\w*|people|employees|staff)\b",
    );
    re.find(text)
        .filter(|m| !more.is_match(&text[m.end()..]))
        .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
}

fn posting_contact(text: &str) -> Option<PostingContact> {
    let by_address = posting_address(text);
    match (by_address, named_contact(text)) {
        (Some(address), Some(name)) if address.name.is_none() => Some(PostingContact {
            name: Some(name),
            ..address
        }),
        (Some(address), _) => Some(address),
        (None, Some(name)) => Some(PostingContact {
            email: String::new(),
            name: Some(name),
        }),
        (None, None) => None,
    }
}

/// The person a posting names for questions or applications: "Your contact person: Kristina
/// Heymann", "Contact: Jane Doe", "Ansprechpartnerin: …", an agency's "Your consultant Michael
/// Deane". Scraped text glues the next word on
/// ("Kristina HeymannKaufland", which cleaning splits into words): a name is taken as a first and
/// a last name, two words.
pub(crate) fn named_contact(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:(?i:(?:your\s+)?contact(?:\s+person)?|recruiter|talent\s+(?:partner|acquisition\s+partner)|ansprechpartner(?:in)?)\s*(?:is\s*)?:|(?i:your\s+(?:recruitment\s+)?consultant)\s*(?:is\s*)?:?|(?i:ansprech(?:partner(?:in)?|person)(?:\s+bei\s+r\x{fc}ckfragen)?)\s*:?)\s*([A-Z][\p{Ll}'-]+\s+[A-Z][\p{Ll}'-]+)",
        )
        .expect("valid regex")
    });
    // Or signed with a recruiting title after the name: "Ekta Bahl - Talent Acquisition
    // Capability Partner" closing Version 1's posting was left for a "Technical Recruiter
    // (synthetic suggestion)" (both round-117 readers).
    static SIGNED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let signed = crate::text::re(
        &SIGNED,
        // A signature opens a line or follows a sentence's end: "meet the Hiring Manager,
        // Recruiter and two engineers" names no one.
        r"(?m)(?:^|[.!?]\s*)(\p{Lu}[\p{Ll}'-]+\s+\p{Lu}[\p{Ll}'-]+)\s*[-–—|,]\s*(?:Senior\s+|Lead\s+|Principal\s+)?(?:Talent\s+Acquisition|Technical\s+Recruiter|Recruiter|Talent\s+Partner|Recruitment\s+(?:Consultant|Partner|Lead))\b",
    );
    // Words of a role or a step, not of a name ("Phone Screen – Recruiter (30 min)").
    const NOT_NAMES: [&str; 14] = [
        "The",
        "Our",
        "We",
        "Please",
        "Team",
        "Human",
        "Recruiting",
        "Talent",
        "Hiring",
        "Manager",
        "Screen",
        "Call",
        "Interview",
        "Process",
    ];
    let person = |raw: &str| {
        let name: Vec<&str> = raw.split_whitespace().collect();
        (name.len() >= 2 && !name.iter().any(|w| NOT_NAMES.contains(w))).then(|| name.join(" "))
    };
    match re.captures(text) {
        Some(cap) => person(&cap[1]),
        None => signed.captures_iter(text).find_map(|cap| person(&cap[1])),
    }
}

/// The local parts of shared mailboxes ("careers@", "jobs@"), which name no person.
const SHARED_MAILBOXES: &[&str] = &[
    "careers",
    "jobs",
    "hr",
    "recruiting",
    "recruitment",
    "talent",
    "apply",
    "info",
    "hello",
    "people",
    "hiring",
];

/// The person behind the posting's personal address, where it gives one ("reach out to
/// chris.bryan@comxps.com" → "Chris Bryan"): a letter is written to them, as to a contact the
/// posting names ("Dear Comx PS team" above Chris Bryan's address, both round-93 readers).
pub(crate) fn address_name(text: &str) -> Option<String> {
    // Words of a mailbox, not of a name: "join.us@", "tech.careers@", "job.applications@".
    // Words of a mailbox, not of a name: the shared mailboxes', and "join.us@",
    // "tech.careers@", "job.applications@".
    const MAILBOX: [&str; 11] = [
        "join",
        "us",
        "team",
        "tech",
        "career",
        "job",
        "application",
        "applications",
        "contact",
        "office",
        "work",
    ];
    posting_address(text)?.name.filter(|name| {
        !name.split(' ').map(str::to_lowercase).any(|part| {
            MAILBOX.contains(&part.as_str()) || SHARED_MAILBOXES.contains(&part.as_str())
        })
    })
}

fn posting_address(text: &str) -> Option<PostingContact> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"\b([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b",
        )
        .expect("valid regex")
    });
    // Addresses for something else than applying: never the contact to write to.
    const NOT_FOR_APPLYING: &[&str] = &[
        "noreply",
        "no-reply",
        "donotreply",
        "privacy",
        "dataprotection",
        "data-protection",
        "dpo",
        "gdpr",
        "accommodation",
        "accommodations",
        "accessibility",
        "legal",
        "security",
        "abuse",
        "support",
        "press",
        "media",
    ];
    // Nor one the sentence before gives for something else: "If you have any accessibility needs
    // or require reasonable adjustments …, please contact us at belonging@booksy.com" (round 54:
    // the questions about the role went there).
    const OTHER_PURPOSE: &[&str] = &[
        "accessibility",
        "adjustment",
        "accommodation",
        "disabilit",
        "privacy",
        "personal data",
    ];
    let m = re.captures_iter(text).find(|m| {
        let local = m[1].to_lowercase();
        let at = m.get(0).map_or(0, |g| g.start());
        let before = crate::text::last_chars(&text[..at], 200).to_lowercase();
        let sentence = before.rsplit(['.', '!', '?', '\n']).next().unwrap_or("");
        !NOT_FOR_APPLYING
            .iter()
            .any(|w| local == *w || local.starts_with(&format!("{w}.")) || local.contains(w))
            && !OTHER_PURPOSE.iter().any(|w| sentence.contains(w))
    })?;
    // A scraped page glues the word before onto a shared mailbox ("Julia DresselSpecialist" +
    // "recruiting@msg.group" reads "Specialistrecruiting@…"): a capitalised local part that
    // ends in a shared mailbox's name is that mailbox. Addresses are written in lower case.
    let raw_local = &m[1];
    // Only longer mailbox names: "Stoehr@" is a person, not "St" + "oehr" or "Stoe" + "hr".
    let local_part = match SHARED_MAILBOXES.iter().filter(|s| s.len() >= 6).find(|s| {
        raw_local.starts_with(char::is_uppercase)
            && raw_local.len() > s.len() + 2
            && raw_local.ends_with(*s)
            && raw_local[..raw_local.len() - s.len()]
                .chars()
                .all(char::is_alphabetic)
    }) {
        Some(shared) => &raw_local[raw_local.len() - shared.len()..],
        None => raw_local,
    };
    let local = local_part.to_lowercase();
    let name = if SHARED_MAILBOXES
        .iter()
        .any(|s| local == *s || local.starts_with(&format!("{s}.")))
    {
        None
    } else {
        let parts: Vec<String> = local
            .split(['.', '_'])
            .filter(|p| p.len() > 1 && p.chars().all(char::is_alphabetic))
            .map(voice::upper_first)
            .collect();
        (parts.len() >= 2).then(|| parts.join(" "))
    };
    Some(PostingContact {
        email: format!("{local_part}@{}", &m[2]),
        name,
    })
}

fn team_name(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[Jj]oin (?:our|the) ((?:[A-Z][A-Za-z&/-]*[ \t]){1,3})[Tt]eam")
            .expect("valid regex")
    });
    re.captures(text)
        .map(|c| c[1].trim().to_string())
        // "Join our 3D Graphics AI Team team": the word is already there.
        .map(|t| {
            t.trim_end_matches(" Team")
                .trim_end_matches(" team")
                .to_string()
        })
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
    fit: &FitAssessment,
    candidate: &Candidate,
) -> Outreach {
    let poster = voice::Poster::of(job);
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
    let family = roles::family_of_title(&job.title);
    // Delivery for clients is led by the services practice, not engineering: Databricks'
    // Resident Solutions Architect in Professional Services was addressed to a Head of
    // Engineering (both round-115 readers: the services manager hires).
    // (Client work is read only of an architect's title: see `knockouts::client_work_unshown`.)
    let services =
        fit.client_gap.is_some() || job.title.to_lowercase().contains("professional services");
    let manager_role = match family {
        Some(RoleFamily::Sales) | Some(RoleFamily::Consulting) => {
            "Head of Solutions Architecture".to_string()
        }
        Some(RoleFamily::Product) => "Head of Product".to_string(),
        Some(RoleFamily::Design) => "Head of Design".to_string(),
        Some(RoleFamily::CustomerSuccess) => "Head of Customer Success".to_string(),
        Some(RoleFamily::DataScience) => "Head of Data Science".to_string(),
        Some(RoleFamily::ProjectManagement) => "Head of Delivery".to_string(),
        _ if services => "Professional Services Manager".to_string(),
        _ => manager_role,
    };
    // The peer does the work the role does.
    let peer = match family {
        Some(RoleFamily::Product) => "product manager",
        Some(RoleFamily::DataScience) => "data scientist",
        Some(RoleFamily::Design) => "designer",
        Some(RoleFamily::Sales) | Some(RoleFamily::Consulting) => "solutions architect",
        Some(RoleFamily::ProjectManagement) => "project manager",
        Some(RoleFamily::CustomerSuccess) => "customer success manager",
        _ if services => "solutions architect",
        _ => "senior engineer",
    };
    // The employer as letters name it, read once for the roles and the drafts.
    let employer = voice::company_name(job);
    let mut roles = vec![
        (
            manager_role,
            format!("Likely hiring manager for the {} role: owns the decision and the problems the posting describes.", jd.role),
        ),
        (
            recruiter_role(family).to_string(),
            format!("Runs the hiring process at {employer} and can route the application."),
        ),
    ];
    // A manager's peers are the other managers: the engineers of the team would report to them,
    // and asking a future report about the job reads wrong.
    let manages = jd.track == crate::text::roles::Track::Manager
        && matches!(family, None | Some(RoleFamily::Engineering));
    roles.push(if manages && jd.level >= crate::text::roles::HEAD_LEVEL {
        // A head of engineering sits beside the head of product.
        (
            "Head of Product".to_string(),
            "A future peer in the leadership team, who can say how product and engineering work together and what the role is expected to fix.".to_string(),
        )
    } else if manages {
        (
            "An engineering manager on a neighbouring team".to_string(),
            "A future peer among the managers, who can say how the teams work together and what the role is expected to fix.".to_string(),
        )
    } else {
        (
            match &team {
                Some(t) => format!("{} on the {t} team", voice::upper_first(peer)),
                None => format!("A {peer} on the team you would join"),
            },
            "A future peer who can say what the team needs day to day.".to_string(),
        )
    });
    // A team that is its founders has no engineering manager, no recruiter and no peer: a
    // founder decides, and whoever reads the applications routes them.
    if let Some(said) = founders_team(&jd.clean_text) {
        roles = vec![
            (
                "A founder".to_string(),
                format!("The team is its founders (“{said}”): a founder decides, and you would work with them."),
            ),
            (
                "Whoever reads applications".to_string(),
                format!("The team at {employer} is its founders: no recruiter runs the process."),
            ),
        ];
    }
    // The drafts lead with what the letter leads with: the story closest to what the role is
    // about, and a line of the posting it answers.
    let lead = voice::Lead::of(jd, pain, stars, candidate, fit);
    let quoted = lead.quote(180);
    let top_star: Option<&Star> = lead.stories.first().copied();
    // The peer hears another story than the manager, from another employer when one fits: the
    // drafts are read by people who talk to each other.
    let posting_skills: Vec<String> = jd.asked().cloned().collect();
    let product = voice::employer_product(job);
    let other_star: Option<&Star> =
        voice::second_story(&lead, candidate, &posting_skills, product.as_deref()).or(top_star);
    // The recruiter's one result is a third one where the selection has it: the same "four
    // engineers promoted" in all three drafts read as a form to a reader of round 28.
    // Only a record with an employer and a headline result can be told in the recruiter's line.
    let same = |a: &Star, b: Option<&Star>| b.is_some_and(|b| std::ptr::eq(a, b));
    let tellable = |s: &&Star| !s.company.trim().is_empty() && voice::headline_result(s).is_some();
    // A third story only where it bears on what the role is about: cloud cost savings told to an
    // AI architect's recruiter as "relevant to the role" read as evidence picked at random
    // (round 35); the lead story, told again, is then the recruiter's.
    // Nor one a line of the posting keeps the role apart from (the cloud-cost story for a role
    // "with clear separation from infrastructure or DevOps ownership", round 42).
    let bears_on = |s: &&Star| lead.relevance(s) > 0 && !lead.kept_apart(s);
    // Advised against, the recruiter's is the only draft kept: it tells the strongest story, not
    // the one left over from drafts that are not written (XGBoost, not the RAG assistant, to an
    // LLM consultancy, round 36).
    let only_draft = fit.advice == super::fit::Advice::Skip;
    // The peer is asked about a line the second story answers, else about what the role is about
    // (the lead story's subject): then the lead story is the one told, so the question and the
    // evidence speak of one thing ("the team's work on large language models" followed by a
    // Kubernetes migration, round 33).
    let peer_quote = other_star
        .and_then(|s| lead.quote_for(s, 180))
        .filter(|q| !voice::is_qualification(&q.text));
    let topic = lead.topic(candidate);
    let peer_star = if peer_quote.is_none() && topic.is_some() {
        top_star
    } else {
        other_star
    };
    // The recruiter hears a story neither other draft tells: one bearing on what the role is
    // about, else one answering a line of the posting in its words. Falling back to the peer's
    // story gave Archetype's recruiter and peer the same Kubernetes migration (round 44).
    let untold = |s: &&Star| !same(s, top_star) && !same(s, peer_star);
    let answers_a_line = |s: &&Star| !lead.kept_apart(s) && lead.quote_for(s, 180).is_some();
    // Another story only where it shows half as many of the must-haves as the lead story: the
    // cloud-cost cut (AWS) told to the recruiters of a legal-AI platform and an AI support product
    // whose lead story showed five read as the example told whatever the role (both readers of
    // round 65).
    let lex = crate::text::lexicon::Lexicon::get();
    let musts_shown = |s: &Star| {
        let have = super::stars::star_skills(s);
        jd.must_have
            .iter()
            .filter(|m| have.iter().any(|h| lex.evidences(h, m)))
            .count()
    };
    let lead_musts = top_star.map_or(0, musts_shown);
    let as_much = |s: &&Star| 2 * musts_shown(s) >= lead_musts;
    let recruiter_star: Option<&Star> = if only_draft {
        // The story the asking letter tells: the selection's strongest (see
        // `generate::written_letter`).
        stars.first_star(candidate).or(top_star)
    } else {
        let tellable_stories = || {
            lead.stories
                .iter()
                .copied()
                .filter(tellable)
                .filter(as_much)
        };
        tellable_stories()
            .filter(bears_on)
            .find(untold)
            .or_else(|| tellable_stories().filter(answers_a_line).find(untold))
            .or(other_star
                .filter(|s| !same(s, top_star))
                .filter(tellable)
                .filter(bears_on)
                .filter(as_much))
            .or(top_star)
    };
    let other_opening = OtherOpening::find(fit, jd, candidate);
    // Where the role would have the candidate move, the recruiter's draft is theirs to send if
    // they would (the outreach file says so); what it asks is the same.
    let settled = settle_questions(fit, jd, candidate, Addressee::Recruiter);
    // An asking letter and the recruiter's email put the same questions to the same person: both
    // round-60 readers would send one message. The email sends the letter.
    let letter_asks = super::generate::LetterKind::settled(fit, &settled).asks_first();
    let Settle {
        questions: mut settle,
        mut answer,
        asked_about,
        moves_to: _,
    } = settled;
    // A posting past its closing date is asked about first, before applying: the rest is moot if
    // the role is filled (Thomson Reuters' closed nine months before the run, round 70). Not
    // where the advice is not to apply, nor beside a question about other openings: no answer
    // about the date changes those.
    let closed = (fit.advice != super::fit::Advice::Skip
        && answer != Answer::AnotherOpening
        && other_opening.is_none())
    .then(|| jd.closed_by(crate::ids::now().date()))
    .flatten()
    .map(crate::text::dates::in_words);
    if let Some(date) = &closed {
        settle.insert(
            0,
            format!("The posting gives {date} as its closing date: is the role still open?"),
        );
        // Two questions at most, as `settle_questions` keeps them.
        settle.truncate(2);
        // A yes lets this application go ahead.
        if answer == Answer::Nothing {
            answer = Answer::ThisRole;
        }
    }
    let named = posting_contact(&jd.clean_text);
    // The manager the posting names, with the title it gives them.
    let manager = reports_to(&jd.clean_text)
        .and_then(|title| manager_named(&jd.clean_text, &title).map(|name| (name, title)));
    let ctx = Draft {
        manager_first_name: manager
            .as_ref()
            .and_then(|(name, _)| name.split(' ').next())
            .map(str::to_string),
        recruiter_first_name: named
            .as_ref()
            .and_then(|n| n.name.as_deref())
            .and_then(|name| name.split(' ').next())
            .map(str::to_string),
        // A recruiter writing for a client is not the employer: the drafts speak of its client.
        // Where the posting only seems to hire for another, they name the company it lists.
        company: if poster == voice::Poster::Agency {
            format!("{employer}'s client")
        } else {
            employer.clone()
        },
        role: jd.role.clone(),
        star: top_star,
        recruiter_star,
        peer_star,
        peer_quote,
        seed: job.id.clone(),
        quote: quoted,
        topic,
        candidate,
        years: fit.years_to_state(),
        before_applying: fit.advice == super::fit::Advice::Skip
            || !fit.asks_first().is_empty()
            || closed.is_some(),
        recruiter_alone: fit.advice == super::fit::Advice::Skip || poster.hides_employer(),
        asked_subject: jd.asked_subject(),
        shared_field: voice::shared_field(job, jd, candidate),
        sets_first_months: super::jd::sets_first_months(&jd.clean_text),
        settle,
        answer,
        ask: short_question(fit, jd, candidate, other_opening.as_ref(), &asked_about),
        other_opening,
    };
    let contacts = roles
        .into_iter()
        .enumerate()
        .map(|(i, (role, why))| {
            let audience = match i {
                0 => Audience::HiringManager,
                RECRUITER => Audience::Recruiter,
                _ => Audience::Peer,
            };
            // An address with no person behind it ("office@lexaru.de") has no profile to send a
            // LinkedIn note to (both round-125 readers): the email is its draft.
            // The posting gave this contact (a person or an address), not a role we suggest.
            let from_posting = match audience {
                Audience::Recruiter => named.is_some(),
                Audience::HiringManager => manager.is_some(),
                Audience::Peer => false,
            };
            let address_only = audience == Audience::Recruiter
                && named
                    .as_ref()
                    .is_some_and(|n| n.name.is_none() && !n.email.is_empty());
            Contact {
                linkedin_note: if address_only {
                    String::new()
                } else {
                    ctx.linkedin_note(audience)
                },
                email_subject: ctx.subject(audience),
                email_body: voice::approximations_in_words(&match (
                    audience,
                    ctx.first_name_of(audience),
                ) {
                    (Audience::Recruiter, _) if letter_asks => SENDS_THE_LETTER.to_string(),
                    (_, Some(first)) => ctx.email(audience).replacen(
                        "Hello [first name],",
                        &format!("Hello {first},"),
                        1,
                    ),
                    // An address with no person behind it ("office@lexaru.de") has no first
                    // name to fill in (round 62).
                    (Audience::Recruiter, None) if named.is_some() => {
                        ctx.email(audience)
                            .replacen("Hello [first name],", "Hello,", 1)
                    }
                    _ => ctx.email(audience),
                }),
                // The posting's own contact, when it names one, is the recruiter to write to; the
                // posting rarely gives their title, so none is made up.
                role: match (audience, &named) {
                    (Audience::Recruiter, Some(n)) if n.name.is_some() => {
                        "Contact named in the posting".to_string()
                    }
                    // An address alone names no recruiter: "Technical Recruiter" at a company of
                    // three founders wrote to someone who does not exist (round 62).
                    (Audience::Recruiter, Some(_)) => "The posting's contact address".to_string(),
                    _ => role,
                },
                name: match audience {
                    Audience::Recruiter => named.as_ref().and_then(|n| n.name.clone()),
                    Audience::HiringManager => manager.as_ref().map(|(name, _)| name.clone()),
                    Audience::Peer => None,
                },
                why: match (audience, &named) {
                    (Audience::Recruiter, Some(n)) if n.email.is_empty() => format!(
                        "The posting names {} as its contact person.",
                        n.name.as_deref().unwrap_or("someone")
                    ),
                    (Audience::Recruiter, Some(n)) => format!(
                        "The posting names {} as its contact: {}.",
                        n.name.as_deref().unwrap_or("an address"),
                        n.email
                    ),
                    (Audience::HiringManager, _) => match &manager {
                        Some((name, title)) => format!(
                            "The posting names {name}, its {title}, as the person the role reports to."
                        ),
                        None => why,
                    },
                    _ => why,
                },
                source: if from_posting {
                    "named in the posting".into()
                } else {
                    SYNTHETIC_SOURCE.into()
                },
                synthetic: !from_posting,
            }
        })
        .collect::<Vec<Contact>>();
    // Advised not to apply: a note to a hiring manager or a future colleague about a role the
    // candidate should not take up wastes both. The recruiter's draft stays: it asks the one
    // question that could change the advice, where a knock-out has one. A board that does not
    // name its client leaves no manager or peer to find ("Jobgether's client" nine times over).
    // With nothing a recruiter could settle, even that draft has nothing to ask; nor when a
    // knock-out no question reaches stands beside the ones asked ("could the role be done from
    // Germany?" of a Metal rendering role, round 49), unless another opening is asked about.
    let worth_asking =
        ctx.other_opening.is_some() || (ctx.answer != Answer::Nothing && !ctx.settle.is_empty());
    let contacts = if fit.advice == super::fit::Advice::Skip && !worth_asking {
        Vec::new()
    } else if fit.advice == super::fit::Advice::Skip || poster.hides_employer() {
        contacts
            .into_iter()
            .enumerate()
            .filter(|(i, _)| *i == RECRUITER)
            .map(|(_, c)| c)
            .collect()
    } else {
        contacts
    };
    Outreach {
        engine: EngineUsed::offline(),
        contacts,
        poster,
    }
}

/// What the recruiter can be asked before anything else: the knock-outs a process may settle or
/// weigh (two at most, so a pack advised against asks about what decides it, the language as well
/// as the place), or, without one, working hours that fall in the candidate's evening; and, while
/// there is room, pay in another country's currency, a language asked above the CV's level, and
/// for a manager's role from an individual contributor whether leading without the title counts.
/// With them, what a yes would do (see [`Answer`]).
pub(crate) fn settle_questions<'f>(
    fit: &'f FitAssessment,
    jd: &JdAnalysis,
    c: &Candidate,
    to: Addressee,
) -> Settle<'f> {
    // Several years asked are one question: the same sentence twice, for "7+ years of AI/ML"
    // and "3+ years of technical leadership", read as a form (round 36).
    let years: Vec<String> = fit
        .knockouts
        .iter()
        .filter(|k| k.kind == KnockoutKind::Years && !k.far_short())
        .map(|k| quoted_requirement(k, jd))
        .collect();
    let mut years_asked = false;
    // Several tools are one question too: "The posting insists on Azure, which my CV does not
    // show: …? The posting insists on Power Platform, which my CV does not show: …?" read as a
    // template with a variable swapped in to both readers of round 52.
    let stacks: Vec<&Knockout> = asked_stacks(fit, jd, c).collect();
    let mut stack_asked = false;
    // Three lines of tools the CV lacks, or five tools, are the role itself: "are they needed
    // from the start?" of KPMG's Azure, Google Cloud, Azure OpenAI, Vertex AI, LangChain and
    // vector databases, its "Essential Competencies", read to both round-92 readers as not having
    // read the posting, in a letter drafted beside "do not apply".
    let tools_lacked: usize = stacks.iter().map(|k| k.missing.len().max(1)).sum();
    let stack_is_the_role = stacks.len() > 2 || tools_lacked > 4;
    let mut unasked = false;
    // What decides the application is asked first, as the dossier lists it.
    let mut knockouts: Vec<&Knockout> = fit.knockouts.iter().collect();
    knockouts.sort_by_key(|k| k.kind.raised_order());
    // Each question with the knock-out it asks about (the first, for several asked as one).
    let asked: Vec<(Question, &Knockout)> = knockouts
        .into_iter()
        .filter_map(|k| {
            let question = match k.kind {
                // Years the record falls far short of are no question: none can settle them.
                KnockoutKind::Years if k.far_short() => {
                    unasked = true;
                    None
                }
                KnockoutKind::Years if years.len() > 1 => {
                    if std::mem::replace(&mut years_asked, true) {
                        return None;
                    }
                    Some(Question {
                        text: format!(
                            "The posting asks for {}: are those firm minimums, or would the rest of my record be considered?",
                            voice::join_words(&years.iter().map(String::as_str).collect::<Vec<_>>())
                        ),
                        elsewhere: false,
                    })
                }
                KnockoutKind::Stack if stack_is_the_role => {
                    unasked = true;
                    None
                }
                KnockoutKind::Stack if stacks.len() > 1 && !names_the_role(k, jd) => {
                    if std::mem::replace(&mut stack_asked, true) {
                        return None;
                    }
                    Some(Question {
                        text: tools_question(&stacks, c, &jd.clean_text),
                        elsewhere: false,
                    })
                }
                _ => {
                    let question = settle_question(k, jd, c);
                    unasked |= question.is_none();
                    question
                }
            };
            question.map(|q| (q, k))
        })
        .collect();
    // Only a knock-out that caps the score, or the place where no knock-out does, makes a yes
    // worth an application: a posting advised against for a weak match has nothing a recruiter
    // could settle (a letter promising "a full application" sat beside "the posting asks for
    // little of what the CV shows").
    // Advised to apply, a yes lets the application go ahead as it is.
    // Nor does a capping knock-out over a match that would be weak without it.
    let decisive = fit.knockouts.iter().any(Knockout::caps) && fit.settling_helps()
        || fit.place_decides()
        || fit.level_decides()
        || fit.advice != super::fit::Advice::Skip;
    let answer = if unasked || asked.len() > 2 || !decisive || fit.hours_decide_first().is_some() {
        Answer::Nothing
    } else if asked.iter().any(|(q, _)| q.elsewhere) {
        Answer::AnotherOpening
    } else {
        Answer::ThisRole
    };
    // Asking about another opening, the draft does not also weigh this role ("is that a firm
    // minimum?" before "I would be glad to hear of any").
    let elsewhere_only = answer == Answer::AnotherOpening;
    // Two questions at most, each with its knock-out.
    let (mut questions, asked_about): (Vec<String>, Vec<&Knockout>) = asked
        .into_iter()
        .filter(|(q, _)| !elsewhere_only || q.elsewhere)
        .take(2)
        .map(|(q, k)| (q.text, k))
        .unzip();
    // Room for one more question about this role: two questions at most, and none where the
    // draft asks about other openings ("could the role be done remotely?" beside "are there
    // similar roles?" asked about this one again: so of pay, contract, a language's level and
    // leading).
    let room = |questions: &[String]| questions.len() < 2 && !elsewhere_only;
    // Whether a question already asks if the role is open where the candidate is.
    let mut asked_where = false;
    if questions.is_empty() {
        if let Some(gap) = fit.working_hours.as_ref().filter(|g| g.fixed) {
            asked_where = true;
            // The posting holds the hours wherever one works: whether it hires where the
            // candidate lives is the question, not whether the hours could move. The hours in
            // the posting's words and quotes: the "7" of "7am-12pm PST" is the posting's, not a
            // claim the quality gate must find in the CV (the demo candidate's TRM Labs pack).
            questions.push(format!(
                "The posting asks for “{}” wherever one works: is the role open to someone based {} working those hours?",
                gap.asked,
                c.facts.based()
            ));
        } else if let Some(gap) = &fit.working_hours {
            questions.push(format!(
                "The posting asks for “{}”, which falls in my evening{}: is that fixed, or could part of it be asynchronous?",
                gap.asked,
                if c.facts.place.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", c.facts.place)
                }
            ));
        }
    }
    // A role placed abroad, or listed as remote abroad, with no knock-out saying so: whether it
    // can be held from the candidate's country is what the recruiter is asked first (round 32).
    // Not twice: "is the role open to someone based in Berlin working those hours?" then "is it
    // open to candidates in Germany?" asked one thing twice (TRM Labs, round 46).
    if let (Some(abroad), Some(country)) = (fit.abroad.as_ref(), c.facts.country) {
        // What a relocation covers is a question for after the others are answered: beside
        // Agoda's question about its years as a manager it read as premature (round 93's hiring
        // manager). Only asked where nothing else is.
        let premature =
            matches!(abroad, super::knockouts::Abroad::Relocation(_)) && !questions.is_empty();
        if room(&questions) && !asked_where && !premature {
            // Whoever posted the role knows where they advertised it: "The posting, advertised
            // in Spain, says the role is remote", put to Booksy itself, read as telling the
            // employer about its own posting (round 87). The recruiter hears the site's country.
            let said = match to {
                Addressee::Recruiter => abroad.said(),
                Addressee::Employer | Addressee::Poster => abroad.said_to_poster(),
            };
            // "The role is in Thailand, with relocation offered, and I am based …": a said
            // place with a clause of its own closes it before "and".
            let join = if said.contains(',') { ", and" } else { " and" };
            questions.push(format!(
                "{}{join} I am based {}: {}",
                voice::upper_first(&said),
                c.facts.based(),
                abroad.question(country, &c.facts)
            ));
        }
    }
    // Pay in another country's currency where no place decides the fit (the fit reads it only
    // then): whether the role can be held from the candidate's country is the question.
    if let Some(pay) = fit.foreign_pay.as_ref().filter(|_| room(&questions)) {
        let country = c.facts.country.map_or("there".to_string(), |k| {
            crate::text::places::in_prose(&k.name)
        });
        questions.push(format!(
            "The pay {} in {} and I am based {}: can the role be held from {country}, and on what terms?",
            if pay.also.is_empty() { "range is" } else { "ranges are" },
            pay.codes(),
            c.facts.based()
        ));
    }
    // A contract is the recruiter's to explain: its terms, and whether employment is an option.
    // Not what the posting says already: Crossover's "full-time (40 hours per week), long-term
    // position … $100 USD/hour" was asked "what would its length and terms be" (round 57).
    // Nor one it says is the only way: Crossover's "requires entering into an independent
    // contractor agreement with Crossover as a Contractor of Record", with its length and rate,
    // was asked "is employment an option?" (round 84's reader: "don't send").
    let settled_by_posting =
        states_contract_terms(&jd.clean_text) && requires_contract(&jd.clean_text);
    if let Some(contract) = fit
        .contract
        .as_ref()
        .filter(|_| room(&questions) && !settled_by_posting)
    {
        let today = crate::ids::now().date();
        questions.push(match (contract, jd.ends_on) {
            // It says the contract is not the only way: whether employment would do as well.
            (super::knockouts::Contract::Preferred(words), _) => {
                format!(
                    "The posting prefers a contract (“{words}”): would employment work as well?"
                )
            }
            _ if states_contract_terms(&jd.clean_text) => format!(
                "The role is {}: is employment an option, or is the contract the only way?",
                contract.said()
            ),
            // Its dates state its length ("Start Date: March 1, 2026 - December 31, 2026"):
            // asking it read as not having read the posting (NTT Data, round 80). Past its end,
            // the question is whether it was renewed, as the dossier's note says.
            (_, Some(end)) if end >= today => format!(
                "The role is {} until {}: what would its terms be, and is employment an option?",
                contract.said(),
                crate::text::dates::in_words(end)
            ),
            (_, Some(end)) => format!(
                "The role is {}, and its engagement was to end on {}: has it been renewed, and is employment an option?",
                contract.said(),
                crate::text::dates::in_words(end)
            ),
            (_, None) => format!(
                "The role is {}: what would its length and terms be, and is employment an option?",
                contract.said()
            ),
        });
    }
    // A language level is the recruiter's to judge: asked beside the rest, at most two questions.
    if let Some(gap) = fit.language_level.as_ref().filter(|_| room(&questions)) {
        questions.push(format!(
            "The posting asks for a high level of {}; mine is {}. Would that be enough for the role?",
            gap.language, gap.stated
        ));
    }
    // A manager's role from an individual contributor: whether leading a team without the title
    // counts decides it, and the recruiter knows (Matomo, round 41: "no draft asks how much
    // people management the role needs").
    // Not where a question about the scale of leading has said the team already: "the largest
    // team I have led is 8 engineers: is experience on that scale a must? I have led teams of up
    // to 8 engineers without a manager's title: …" said it twice (round 60).
    let asked_leading = asked_about.iter().any(|k| k.first_rung().is_some())
        || c.team_led_size().is_some() && asked_about.iter().any(|k| k.about_leading());
    if super::fit::leading_in_question(jd, c) && room(&questions) && !asked_leading {
        // A posting that spells out the people work ("Lead hiring, onboarding, performance
        // management … Run regular 1:1s") has said how much of the role it is: asking read as
        // not having read it (SellAnyCar, both readers of round 77).
        let how_much = if spells_out_people_work(jd) {
            ""
        } else {
            ", and how much of it is people management"
        };
        let led = led_without_title(c);
        // The employer's own team is the hiring team: it is asked as "you".
        let who = match to {
            Addressee::Employer => "you",
            Addressee::Recruiter | Addressee::Poster => "the hiring team",
        };
        questions.push(format!(
            "{led}: would {who} consider that for this role{how_much}?"
        ));
    }
    // A role that needs the candidate there, asked about relocation: whether to move is theirs to
    // decide before the recruiter hears of it (both readers of round 54 would send nothing to an
    // on-site role in Lahore; "is relocation supported?" read as an offer to move that the files
    // never make).
    let moves_to = fit
        .knockouts
        .iter()
        .find(|k| needs_move(k, jd))
        .filter(|_| answer == Answer::ThisRole && !c.facts.relocates)
        .map(|k| crate::text::places::in_prose(&k.place));
    Settle {
        questions,
        answer,
        asked_about,
        moves_to,
    }
}

/// How the work is done where a place knock-out puts it: as the knock-out read it, else as the
/// posting says.
fn placed_mode(k: &Knockout, jd: &JdAnalysis) -> WorkMode {
    k.work_mode().unwrap_or(jd.work_mode)
}

/// Whether the question about a place knock-out asks about relocation (see [`settle_question`]):
/// the role is on-site or hybrid there, and the posting has not ruled the candidate's country out.
fn needs_move(k: &Knockout, jd: &JdAnalysis) -> bool {
    k.kind == KnockoutKind::Location
        && !k.place.is_empty()
        && match placed_mode(k, jd) {
            WorkMode::OnSite => true,
            WorkMode::Hybrid => !k.insisted(),
            WorkMode::Remote | WorkMode::Unspecified => false,
        }
}

/// Who the questions of [`settle_questions`] are put to: the same questions, worded for the
/// reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Addressee {
    /// The recruiter's email and LinkedIn note.
    Recruiter,
    /// A letter to the employer's own hiring team.
    Employer,
    /// A letter to an agency or job board posting for an employer it does not name.
    Poster,
}

/// What a recruiter is asked before anything else, and what an answer could do.
pub(crate) struct Settle<'f> {
    /// Two at most.
    pub questions: Vec<String>,
    pub answer: Answer,
    /// The knock-outs the questions ask about, in the order asked (several years or tools asked
    /// as one question are there as the first of them), so the LinkedIn note asks what the email
    /// asks first (see [`short_question`]).
    pub asked_about: Vec<&'f Knockout>,
    /// Where the role would have the candidate move, when the questions ask about relocation and
    /// the CV does not say they would move (see [`crate::candidate::Facts::relocates`]): the
    /// move is theirs to decide first, so no letter is drafted.
    pub moves_to: Option<String>,
}

/// What a yes to the questions about a posting's knock-outs would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    /// Let this application go ahead: each knock-out that caps the score is asked about this role
    /// (several years as one), and there are no more than two.
    ThisRole,
    /// Each knock-out is asked, one of them about another opening ("are there similar openings
    /// that could be held from Germany?"): no answer changes this role, but one may lead to
    /// another. Only those questions are kept.
    AnotherOpening,
    /// Nothing: a knock-out no question reaches (another kind of work, a tool the role is named
    /// for), more than two, or none that caps the score.
    Nothing,
}

/// The question a recruiter can settle, in a few words for a LinkedIn note: the opening in the
/// candidate's own stack when the email asks for one (the two drafts ask the same thing), else
/// the first knock-out with a question, else a place abroad, pay in another country's currency,
/// a language level, or whether leading teams without a manager's title counts.
fn short_question(
    fit: &FitAssessment,
    jd: &JdAnalysis,
    c: &Candidate,
    other_opening: Option<&OtherOpening>,
    asked_about: &[&Knockout],
) -> Option<Ask> {
    if let Some(other) = other_opening {
        return Some(Ask {
            text: other.short_question(),
            brief: None,
        });
    }
    let country = c
        .facts
        .country
        .map(|k| crate::text::places::in_prose(&k.name));
    let from_here = |country: &Option<String>| {
        country
            .as_ref()
            .map(|n| format!("Could the role be done from {n}?"))
    };
    // What the email asks about, in its order (see [`Settle::asked_about`]): a knock-out it
    // leaves unasked (sponsorship the posting rules out, a tool the role is named for) is not
    // asked here either, and asking about another opening, only that is asked.
    let asked = asked_about.iter().find_map(|k| match k.kind {
        // A place or a right to work the files rule out: only other openings, as the email asks
        // (Coinbase's note had asked "Could the role be done from Poland?", round 139).
        _ if k.place_refused() => Some(format!(
            "Are there similar openings that could be held from {}?",
            country.as_deref().unwrap_or("where I live")
        )),
        // On-site somewhere else, the work cannot come to the candidate: the move is the question.
        KnockoutKind::Location if placed_mode(k, jd) == WorkMode::OnSite => Some(
            if move_needs_visa(k, c) {
                "Are relocation and a visa supported for the role?"
            } else {
                "Is relocation supported for the role?"
            }
            .to_string(),
        ),
        KnockoutKind::Location if k.insisted() => country
            .as_ref()
            .map(|n| format!("Are there similar openings that could be held from {n}?")),
        // Short enough to follow the note's two sentences: the longer "Would the role come with
        // relocation support, …" left Inception's note asking "Would you have a minute for it?"
        // (round 75).
        KnockoutKind::Location if placed_mode(k, jd) == WorkMode::Hybrid => Some(
            if move_needs_visa(k, c) {
                "Does it offer relocation and a visa, or could most of it be remote?"
            } else {
                "Does it offer relocation, or could most of it be remote?"
            }
            .to_string(),
        ),
        KnockoutKind::Location => from_here(&country),
        KnockoutKind::Authorisation if jd.work_mode.placing().is_some() => {
            Some("Does the role offer visa sponsorship?".to_string())
        }
        KnockoutKind::Authorisation => from_here(&country),
        KnockoutKind::Language
            if k.insisted() && !k.missing.is_empty() && !c.facts.languages.is_empty() =>
        {
            Some(format!(
                "Are there similar roles where the work is in {}?",
                voice::join_words_or(&c.facts.languages)
            ))
        }
        KnockoutKind::Language if !k.missing.is_empty() => Some(format!(
            "Is {} a must for the role?",
            voice::join_words(&k.missing.iter().map(String::as_str).collect::<Vec<_>>())
        )),
        KnockoutKind::Certification if !k.missing.is_empty() => Some(format!(
            "{} {} needed from the start?",
            if all_asked(k) { "Are" } else { "Is" },
            super::generate::certifications_in_prose(&k.missing, k.alternatives)
        )),
        // The note asks what the email asks first: "Is the role open to candidates in Germany?"
        // beside an email asking about leading managers read as two drafts deciding different
        // things (Eneba, round 68).
        // The rung's first word ("at the Associate level"): its whole title left no room after
        // a note's two sentences.
        KnockoutKind::Experience if !k.insisted() && k.first_rung().is_some() => {
            let led = c.team_led_size().is_some();
            k.first_rung()
                .and_then(|r| r.split_whitespace().next().map(str::to_string))
                .map(|level| {
                    if led {
                        format!("Could leading without the title count at the {level} level?")
                    } else {
                        format!(
                            "Could an individual contributor's record count at the {level} level?"
                        )
                    }
                })
        }
        KnockoutKind::Experience if k.about_leading() && !k.insisted() => {
            match (k.about_managers_led(), c.teams_led()) {
                (true, _) => Some(
                    "Would you consider someone taking the step to leading managers in the role?"
                        .to_string(),
                ),
                (false, Some(teams)) => {
                    Some(format!("Would leading {teams} be enough for the role?"))
                }
                (false, None) => short_phrase(&k.requirement).map(|p| format!("Is “{p}” firm?")),
            }
        }
        // The years in the posting's words, so the note says which ("Is “7+ years” a firm
        // minimum?").
        // A range ("5-7 years") is no minimum: the years are asked about as firm or not.
        // The years with what they are of, where that is short: "Is “4+ years” firm?" said
        // nothing on its own to round 43's reader.
        KnockoutKind::Years => Some({
            let requirement = posting_requirement(k, jd);
            // Not in another language's words: "Is “2 lata” firm?" (a Polish posting, seen in
            // session 25's all-152 run).
            let english = voice::english_line(&requirement);
            match (
                crate::text::years::written(&requirement).filter(|_| english),
                short_phrase(&requirement),
            ) {
                (Some(_), Some(phrase)) => format!("Is “{phrase}” firm?"),
                (Some(years), None) => format!("Is “{years}” firm?"),
                (None, _) => "Is the years requirement firm?".to_string(),
            }
        }),
        // No verb to agree with a plural ("Is recommender systems a must", round 32).
        // Every tool the email asks about in one question, as it does.
        KnockoutKind::Stack if !k.missing.is_empty() => {
            let stacks: Vec<&Knockout> = asked_stacks(fit, jd, c).collect();
            Some(format!(
                "Would the role need {} from day one?",
                tools_in_prose(&stacks, &jd.clean_text)
            ))
        }
        _ => None,
    });
    let ask = |text: String| Ask {
        brief: briefer(&text),
        text,
    };
    asked
        .map(ask)
        .or_else(|| {
            fit.abroad
                .as_ref()
                .zip(c.facts.country)
                .map(|(abroad, home)| Ask {
                    // A move the files rule out is not offered in the note either.
                    text: abroad.short_question(home, &c.facts),
                    brief: from_here(&country),
                })
        })
        .or_else(|| {
            fit.foreign_pay
                .as_ref()
                .and_then(|_| from_here(&country))
                .map(ask)
        })
        .or_else(|| {
            fit.language_level.as_ref().map(|g| {
                ask(format!(
                    "Would {} {} be enough for the role?",
                    g.stated, g.language
                ))
            })
        })
        .or_else(|| {
            // The teams as the files show them: "leading teams" of one squad of three read as
            // more than she had led (round 142's recruiter).
            super::fit::leading_in_question(jd, c).then(|| {
                let led = c.teams_led().unwrap_or_else(|| "teams".to_string());
                ask(format!(
                    "Would leading {led} without a manager's title count for the role?"
                ))
            })
        })
}

/// The question a LinkedIn note asks, and a briefer form of it for a note with no room for the
/// whole: "Is “7+ years” firm?" for the years with what they are of; "Could the role be done
/// from Germany?" for "Where is the role based, and does it offer relocation or remote work from
/// Germany?", which had left InPost's note asking "Would you have a minute for it?" (round 81).
struct Ask {
    text: String,
    brief: Option<String>,
}

/// A knock-out's requirement in quotes, without its full stop: “7+ years of …”.
fn quoted_requirement(k: &Knockout, jd: &JdAnalysis) -> String {
    format!("“{}”", posting_requirement(k, jd))
}

/// A knock-out's requirement in the posting's words. The career's years are kept as "12+ years
/// of experience" (see [`super::knockouts::career_years`]), which the posting may word otherwise
/// ("Minimum of 12+ years experience in software engineering, …"): its own sentence asking them
/// is quoted instead of words it never wrote (SellAnyCar, for a fourth candidate, round 88).
fn posting_requirement(k: &Knockout, jd: &JdAnalysis) -> String {
    let requirement = k.requirement.trim_end_matches('.');
    let squash = crate::text::letters_and_digits;
    if k.kind != KnockoutKind::Years || squash(&jd.clean_text).contains(&squash(requirement)) {
        return requirement.to_string();
    }
    // A sentence of experience, short enough to quote: not "Founded 12 years ago", nor a glued
    // header line ("Job Location:- Abu Dhabi, UAEExperience:-7+ Years").
    const QUOTE_MAX: usize = 160;
    // By the posting's units, which part bullets run together on one line ("* 8-12+ years in
    // software development, including working in teams * Experience with agile…"); one that
    // says "experience" first, else any asking those years: Qvest's "“8+ years of experience”"
    // quoted words the posting never wrote (a sixth candidate, round 123).
    let years = crate::text::years::least(requirement);
    // Each sentence with whether it stands among the requirements: one without "experience"
    // is quoted only from there, never a blurb's "Founded 12 years ago" (the round-123 review).
    let asking: Vec<(&str, bool)> = crate::text::units::units(&jd.clean_text, &jd.sections)
        .iter()
        .flat_map(|u| {
            let required = u.section == crate::text::clean::SectionKind::Requirements;
            crate::text::units::sentences(u.text)
                .into_iter()
                .map(move |s| (s, required))
        })
        .map(|(s, required)| {
            (
                s.trim_start_matches(['-', '*', '•', ' ']).trim_end(),
                required,
            )
        })
        .filter(|(s, _)| {
            years.is_some()
                && crate::text::years::least(s) == years
                && !s.contains(":-")
                && s.chars().count() <= QUOTE_MAX
        })
        .collect();
    // Future Processing's "co najmniej 7 lat doświadczenia w IT" was quoted as "“7+ years of
    // experience”", words it never wrote, and the gate sent the pack to review (round 136).
    asking
        .iter()
        .find(|(s, _)| crate::text::years::of_experience(s))
        .or(asking.iter().find(|(_, required)| *required))
        .map(|(s, _)| s)
        .map_or(requirement, |s| s.trim_end_matches(['.', ',', ';']))
        .to_string()
}

/// `sentences` with `extra` after them when they fit a LinkedIn note; else with the title's first
/// part in the last sentence (which `about` makes from a title) when that leaves room ("Principal
/// Software Engineer", not "… - AI in SDLC Tech Lead"); `None` when neither fits.
fn with_room_for(
    sentences: &[String],
    extra: &str,
    role: &str,
    about: &dyn Fn(&str) -> String,
) -> Option<Vec<String>> {
    let fits = |v: &[String]| {
        v.iter().map(|t| t.chars().count() + 1).sum::<usize>() + extra.chars().count()
            <= LINKEDIN_NOTE_MAX
    };
    let mut out = sentences.to_vec();
    // The title before its qualifier, however short the whole: a note that told its step
    // without the result ("At Northwind Logistics, I designed a retrieval pipeline over
    // pgvector.") for "Staff Engineer - Data & AI Focus" said nothing of what came of it (three
    // readers of round 76).
    if !fits(&out) {
        let short = voice::title_before_qualifier(role)?;
        *out.last_mut()? = about(short);
        if !fits(&out) {
            return None;
        }
    }
    out.push(extra.to_string());
    Some(out)
}

/// A requirement short enough to quote whole in a LinkedIn note (its first clause, at most 55
/// characters): "4+ years in AI/ML engineering roles".
fn short_phrase(requirement: &str) -> Option<&str> {
    let clause = requirement
        .split([',', '(', ';', ':'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(['.', '—', '-'])
        .trim();
    (!clause.is_empty() && clause.chars().count() <= 55).then_some(clause)
}

/// "Is “7+ years of hands-on AI/ML solutions development” firm?" as "Is “7+ years” firm?", for a
/// note with no room for the phrase; `None` for any other question.
fn briefer(question: &str) -> Option<String> {
    let phrase = question.strip_prefix("Is “")?.strip_suffix("” firm?")?;
    let years = crate::text::years::written(phrase)?;
    (years != phrase).then(|| format!("Is “{years}” firm?"))
}

/// For a role built on a language the CV lacks (a stack knock-out on one its title names), the
/// question a recruiter can say yes to: an opening in the candidate's own stack. Whether PHP is
/// needed in a "Senior Backend PHP Software Engineer" role has one answer (round 33), and with
/// this question asked, every other one about the posting is moot. Found once, so the email and
/// the LinkedIn note ask the same thing.
struct OtherOpening {
    /// What the role is built on that the CV lacks, in prose ("PHP", "PHP or Java").
    built_on: String,
    /// The candidate's own languages, in prose ("Go, Python and Rust").
    own: String,
}

impl OtherOpening {
    /// Languages only: a team may work in another one. A cloud, a product or a technique the
    /// title names ("GCP Cloud Architect", "Post-Training" read as fine-tuning) is the job, and
    /// whether the candidate's own would do in its place has one answer, which the dossier gives
    /// ("no answer about the role would change that"): NVIDIA's recruiter draft asked it anyway
    /// (both readers of round 98), and EPAM's "would the team consider Azure experience in place
    /// of Google Cloud?" contradicted its dossier (both readers of round 107).
    fn find(fit: &FitAssessment, jd: &JdAnalysis, c: &Candidate) -> Option<Self> {
        let lex = crate::text::lexicon::Lexicon::get();
        fit.knockouts
            .iter()
            .filter(|k| k.kind == KnockoutKind::Stack && !k.missing.is_empty())
            .filter(|k| k.missing.iter().all(|m| lex.in_category(m, "language")))
            .find_map(|k| {
                titled_gap_alternative(k, jd, c).map(|own| OtherOpening {
                    // "PHP or Java" where the posting offers a choice: "built on PHP and Java"
                    // misstated Cloudbeds' posting (round 63).
                    built_on: if k.alternatives {
                        voice::skills_in_prose_or(&k.missing)
                    } else {
                        voice::skills_in_prose(&k.missing)
                    },
                    own,
                })
            })
    }

    /// For the recruiter's email. The contrast says the gap: "…, which my CV does not show; my
    /// own work is in …" read as no person writes (round 63).
    fn question(&self) -> String {
        format!(
            "The role is built on {}, and my own work is in {}. Is there an opening on the team for that stack?",
            self.built_on, self.own
        )
    }

    /// For a LinkedIn note.
    fn short_question(&self) -> String {
        format!("Is there an opening for someone working in {}?", self.own)
    }
}

/// For a stack knock-out on a tool the title names ("PHP" in "Senior Backend PHP Software
/// Engineer", "Azure" in "Azure AI Architect"), the candidate's own tools of that kind, in prose
/// ("Python, Go and Rust", "AWS"): what to offer instead of asking whether the title's tool is
/// needed. `None` for a tool the title does not name, or when the CV has none of its kind.
fn titled_gap_alternative(k: &Knockout, jd: &JdAnalysis, c: &Candidate) -> Option<String> {
    let lex = crate::text::lexicon::Lexicon::get();
    let missing = lex.index_of(titled_missing(k, jd)?)?;
    let kind = lex.skill(missing);
    // Of the same kind: a language for a language (Go for PHP); else a product under the same
    // broader skill that is no language (AWS for Azure, not Docker or "cost optimisation"; not
    // React for Node.js, which share only JavaScript).
    let broader: Vec<usize> = kind
        .broader
        .iter()
        .copied()
        .filter(|b| lex.skill(*b).category != "language")
        .collect();
    // A query or shell language is no team's stack in place of a general-purpose one: "Is there
    // an opening for someone working in SQL, C# and TypeScript?" for a Java role (both round-132
    // readers).
    const NO_TEAM_STACK: [&str; 2] = ["SQL", "Bash"];
    let of_kind = |h: &String| {
        lex.index_of(h).is_some_and(|i| {
            i != missing
                && !lex.is_umbrella(h)
                && !NO_TEAM_STACK.contains(&h.as_str())
                && lex.skill(i).category == kind.category
                && voice::is_named_in_prose(h) == voice::is_named_in_prose(&kind.name)
                && if kind.category == "language" {
                    true
                } else {
                    broader.iter().any(|b| lex.ancestors(i).contains(b))
                }
        })
    };
    // Those the CV shows most first ("Go, Python and Rust", not the alphabet's "Bash, Go and
    // Python").
    let files = format!("{}\n{}", c.master_cv_text, c.knowledge_base_text).to_lowercase();
    let mentions = |h: &String| {
        files
            .matches(&voice::skill_as_written(c, h).to_lowercase())
            .count()
    };
    // Not one left behind before the latest role, nor one the files call slight: "my own work is
    // in TypeScript, PHP and JavaScript" of a PHP last used in 2017 (round 141's recruiter).
    let mut own: Vec<&String> = c
        .skills
        .values()
        .filter(|h| of_kind(h))
        .filter(|h| !c.used_only_before_latest_role(h) && c.slight_mention(h).is_none())
        .collect();
    own.sort_by_key(|h| std::cmp::Reverse(mentions(h)));
    let own: Vec<String> = own.into_iter().take(3).cloned().collect();
    (!own.is_empty()).then(|| voice::skills_as_written(c, &own))
}

/// The recruiter's email in a pack whose letter asks first: the letter is the message, sent
/// under the email's subject.
pub const SENDS_THE_LETTER: &str = "Send the letter (cover_letter.txt) as this email, under the subject above: it asks these questions, and one message reads better than two.";

/// Whether the move a location knock-out asks about needs a permit to work there: a visa is
/// asked beside relocation (Qvest's New York role for a candidate in Warsaw, round 90).
fn move_needs_visa(k: &Knockout, c: &Candidate) -> bool {
    match (c.facts.country, crate::text::places::country_in(&k.place)) {
        (Some(from), Some(there)) => crate::text::places::needs_permit(&there.code, &from.code),
        _ => false,
    }
}

/// What the recruiter can be asked about a knock-out that a process may settle (a place, a right
/// to work, a language, a certificate) or weigh against the rest of a record (years, a stack, the
/// scale of leading); not another kind of work, a degree or a clearance.
fn settle_question(k: &Knockout, jd: &JdAnalysis, c: &Candidate) -> Option<Question> {
    let home = c.facts.based();
    let country = c.facts.country.map_or("where I live".to_string(), |n| {
        crate::text::places::in_prose(&n.name)
    });
    let about_this = |text: String| Question {
        text,
        elsewhere: false,
    };
    let elsewhere = |text: String| Question {
        text,
        elsewhere: true,
    };
    match k.kind {
        KnockoutKind::Location if !k.place.is_empty() => {
            let place = crate::text::places::in_prose(&k.place);
            let mode = placed_mode(k, jd);
            // A move to a country the candidate could not work in without a permit asks for a
            // visa too: Qvest's hybrid New York role asked a candidate in Warsaw only about
            // relocation support (both readers of round 90: the real blocker left unasked).
            let needs_visa = move_needs_visa(k, c);
            let visa = if needs_visa { " and visa" } else { "" };
            Some(if k.place_refused() {
                // A place the candidate's files rule out is no move to ask about: what the
                // recruiter can still answer is whether another opening is held where they
                // would work (Qvest's New York role, both round-119 readers).
                let held = match mode {
                    WorkMode::OnSite => "on-site in",
                    WorkMode::Hybrid => "hybrid in",
                    WorkMode::Remote | WorkMode::Unspecified => "placed in",
                };
                elsewhere(format!(
                    "The role is {held} {place} and I am based {home}: are there similar openings that could be held from {country}?"
                ))
            } else if mode == WorkMode::OnSite {
                let supported = if needs_visa {
                    "is relocation and visa support offered"
                } else {
                    "is relocation supported"
                };
                about_this(format!(
                    "The role is on-site in {place} and I am based {home}: {supported}, and from when would you need someone there?"
                ))
            } else if k.insisted() {
                // The posting has said where the person must be: what the recruiter can still
                // answer is whether another opening could be held from the candidate's country.
                elsewhere(format!(
                    "The posting asks for someone in {place} and I am based {home}: are there similar openings that could be held from {country}?"
                ))
            } else if mode == WorkMode::Hybrid {
                // Hybrid abroad is partly on-site: "could the role be done from Germany?" invites
                // the no that ends it (both readers of round 49). Support for a move is asked
                // beside remote work, so the question offers no move the files do not state.
                about_this(format!(
                    "The role is hybrid in {place} and I am based {home}: would it come with relocation{visa} support, or could most of it be done remotely?"
                ))
            } else {
                // Not "or is relocation an option?": the files do not say the candidate would
                // move, and both readers of round 38 read it as an offer to. A similar opening
                // that could be held from home is asked beside it, so a no still leaves the
                // recruiter something to route (both readers of round 57, of CrowdStrike's
                // "Remote, ROU").
                about_this(format!(
                    "The posting places the role in {place} and I am based {home}: could the role, or a similar one, be done from {country}?"
                ))
            })
        }
        // A posting that rules sponsorship out has answered the question (Mission US, round 48).
        KnockoutKind::Authorisation
            if rules_out_sponsorship(&k.requirement) || rules_out_sponsorship(&jd.clean_text) =>
        {
            None
        }
        // A role held on site or hybrid there is a move, and sponsorship is what makes it
        // possible.
        // A country the files rule out is no right to work to ask about: only whether another
        // opening is held where they would work (Coinbase's US role, round 139).
        KnockoutKind::Authorisation if k.place_refused() => Some(elsewhere(format!(
            "The role asks for the right to work in {} and I am based {home}: are there similar openings that could be held from {country}?",
            crate::text::places::in_prose(&k.place)
        ))),
        KnockoutKind::Authorisation
            if jd.work_mode.placing().is_some() =>
        {
            Some(about_this(format!(
                "I am based {home}: does the role offer visa sponsorship, or must candidates already hold the right to work?"
            )))
        }
        // Otherwise whether it can be held from where the candidate is, not a move: "does the
        // role offer visa sponsorship?" assumed one the files never state, for a remote US role
        // whose only rule was E-Verify (both round-60 readers).
        KnockoutKind::Authorisation => {
            let there = [k.requirement.as_str(), k.reason.as_str()]
                .iter()
                .find_map(|t| {
                    crate::text::places::country_in(t)
                        .filter(|p| c.facts.country.is_none_or(|h| h.code != p.code))
                })
                .map_or("the country of the role".to_string(), |p| {
                    crate::text::places::in_prose(&p.name)
                });
            Some(about_this(format!(
                "I am based {home}: could the role be held from {country}, or is it open only to people with the right to work in {there}?"
            )))
        }
        // A language a team might relax for a strong candidate; the recruiter knows.
        KnockoutKind::Language if !k.missing.is_empty() => {
            let asked = voice::join_words(&k.missing.iter().map(String::as_str).collect::<Vec<_>>());
            // "The posting asks for Spanish" of a posting that is only written in it says what
            // it does not (round 31).
            let said = if k.worked_in_language() {
                format!("The posting is written in {asked}, with English as a plus")
            } else if k.written_in_language() {
                format!("The posting is written in {asked}")
            } else {
                format!("The posting asks for {asked}")
            };
            let spoken = &c.facts.languages;
            // A CV that names no language says nothing to set against the ask.
            let mine = if spoken.is_empty() {
                String::new()
            } else {
                format!(", and I work in {}", voice::join_words(spoken))
            };
            Some(if k.insisted() && !spoken.is_empty() {
                elsewhere(format!(
                    "{said} as a requirement{mine}: are there similar roles where the work is in {}?",
                    voice::join_words_or(spoken)
                ))
            } else {
                about_this(format!(
                    "{said}{mine}: is {asked} a must for the day-to-day work, or could the role be done in English?"
                ))
            })
        }
        // Requirements a process may weigh against the rest of a record: asked, not argued, and
        // with no claim the files do not make ("which I have not used" is not in them).
        KnockoutKind::Years if k.far_short() => None,
        KnockoutKind::Years => Some(about_this(format!(
            "The posting asks for {}: is that a firm minimum, or would the rest of my record be considered?",
            quoted_requirement(k, jd)
        ))),
        // A tool the role is named for (Metal for a "3D Graphics" engineer, ServiceNow for a
        // "ServiceNow Architect") is the job itself: asking whether it "could be picked up on the
        // job" told both readers of round 49 the candidate had not read the posting.
        KnockoutKind::Stack if stack_asked(k, jd, c) => {
            Some(about_this(tools_question(&[k], c, &jd.clean_text)))
        }
        // A line that says it is mandatory has answered "is that firm?" (OneBullEx's "Crypto
        // Expertise (Mandatory)", round 56: both readers would send nothing).
        // Nor does one asking outright for a manager's title the CV never held: "is that
        // firm?" of "You are an experienced (Senior) Engineering Manager" asked what the posting
        // said (Schwarz Digits, round 79).
        // Nor one the record falls far short of (a team of 9 for "scaled teams to 30+"), nor one
        // about leading where the files show no team led: "Lead, mentor, and support a lean core
        // of engineering managers …: is that firm?" asked a Head of Engineering's posting whether
        // its core duty was, for a data engineer who had led no one (Eneba, both round-128
        // readers: the posting went unread, and the question hurt him).
        KnockoutKind::Experience
            if k.insisted()
                || k.asks_manager_title()
                || k.far_short()
                || (k.about_leading() && super::knockouts::led_no_team(c)) =>
        {
            None
        }
        // Years under a manager's title, where the posting offers its first rung too: whether
        // leading without the title counts for that rung is the one question (Agoda, round 78:
        // both readers would ask it before applying).
        KnockoutKind::Experience if k.first_rung().is_some() => {
            let rung = k.first_rung().unwrap_or_default();
            let line = k.requirement.trim_end_matches(['.', '…', ',', ' ']);
            let led = led_without_title(c);
            Some(about_this(format!(
                "One line of the posting reads “{line}”. {led}: would that count for the {rung} role?"
            )))
        }
        KnockoutKind::Experience => {
            let line = k.requirement.trim_end_matches(['.', '…', ',', ' ']);
            // Quoted as a line, whether a duty ("Lead, mentor, and support a lean core of
            // engineering managers"), a qualification ("3+ years as an Engineering Manager") or
            // the reader addressed ("You've scaled teams to 30+"): "asks for “Lead, mentor…”"
            // read wrong.
            let asked = format!("One line of the posting reads “{line}”");
            // The team led answers only a knock-out about leading ("Team size", managers led);
            // an industry or a title asked for years is asked about as it is.
            // Managers led are asked about as managers: "is experience on that scale a must?" of
            // "Lead … a lean core of engineering managers" asked about the wrong thing (Eneba,
            // both round-68 readers).
            let led = c
                .team_led_size()
                .zip(c.teams_led())
                .filter(|_| k.about_leading());
            Some(about_this(match led {
                // What the files show, not what they lack: "not managers" would be a claim.
                // Asked as a step the role could be, not as a rule the writer fails: "is
                // experience leading managers a must?" read as self-disqualifying to both readers
                // of Eneba's Head of Engineering letter (round 134).
                Some((_, teams)) if k.about_managers_led() => format!(
                    "{asked}, and I have led {teams}: would you consider someone taking the step to leading managers in this role?"
                ),
                Some((n, _)) => format!(
                    "{asked}, and the largest team I have led is {n} engineers: is experience on that scale a must?"
                ),
                None => format!("{asked}: is that firm?"),
            }))
        }
        // A certification can often be earned within months of starting.
        // Named, so the recruiter can answer; asked, not promised: earning it is the candidate's
        // call.
        KnockoutKind::Certification if !k.missing.is_empty() => {
            let named = super::generate::certifications_in_prose(&k.missing, k.alternatives);
            let (it, one) = if all_asked(k) {
                ("are they", "could they")
            } else {
                ("is it", "could it")
            };
            Some(about_this(format!(
                "The posting asks for {named}, which I do not hold yet: {it} needed from the start, or {one} be earned after joining?"
            )))
        }
        _ => None,
    }
}

/// What the candidate has led without a manager's title, as a draft's clause before a question
/// about it: the team, or that the roles were an individual contributor's.
fn led_without_title(c: &Candidate) -> String {
    match c.teams_led() {
        Some(teams) => format!("I have led {teams} without a manager's title"),
        None => "My roles so far have been individual-contributor ones".to_string(),
    }
}

/// Whether a manager's posting names the people work itself (performance management, reviews):
/// then it has said how much of the role is people management. Not "engineering management",
/// which every manager's title names ("As an Engineering Manager you will…").
fn spells_out_people_work(jd: &JdAnalysis) -> bool {
    jd.asked().any(|k| k == "Performance management")
}

/// Whether the posting has already answered "is it needed from the start?" of a stack
/// knock-out: its line asks for years of the tool or expert depth in it, what is lacking is the
/// field the title names (see [`Knockout::settled_by_its_line`]), or the line says it is required
/// while the CV shows nothing of the same kind to weigh against it (see
/// [`Knockout::settled_by_posting`]). Metal for a rendering role is such a tool (Stryker, both
/// readers of round 75); Azure merely required beside AWS work is still a question whether the
/// other cloud counts, but not beside "8+ years … with the Microsoft technology stack" (Adentis,
/// both readers of round 80).
fn answered(k: &Knockout, c: &Candidate) -> bool {
    k.settled_by_its_line()
        || (k.required_alone() && super::generate::closest_shown(&k.missing, c).is_none())
}

/// Whether a knock-out's missing items are all asked ("SC-100, SC-401 and AZ-500"), so a
/// question says "are they", not one offered among others.
fn all_asked(k: &Knockout) -> bool {
    k.missing.len() > 1 && !k.alternatives
}

/// Whether a draft asks about a stack knock-out: not one on a tool the role is named for, nor
/// one the posting has answered (see [`answered`]).
fn stack_asked(k: &Knockout, jd: &JdAnalysis, c: &Candidate) -> bool {
    k.kind == KnockoutKind::Stack
        && !k.missing.is_empty()
        && !names_the_role(k, jd)
        && !answered(k, c)
}

/// The stack knock-outs a draft asks about (see [`stack_asked`]).
fn asked_stacks<'f>(
    fit: &'f FitAssessment,
    jd: &'f JdAnalysis,
    c: &'f Candidate,
) -> impl Iterator<Item = &'f Knockout> + 'f {
    fit.knockouts.iter().filter(move |k| stack_asked(k, jd, c))
}

/// The tools of stack knock-outs in prose: each knock-out's tools joined with "and", or, where
/// the posting offers them as alternatives, as "one of .NET, Java or Node.js" (a lone
/// knock-out's as ".NET, Java or Node.js"), after the others; the knock-outs joined with "and".
/// A tool as the posting's line names it, where that is another product's name than the
/// lexicon's for it: Adecco's "Copilot Studio" was asked about as "Power Platform", which the
/// posting never names (both readers of round 101). A lower-case spelling ("k8s") or the same
/// name is said as the lexicon says it.
fn as_posted(posting: &str, tool: &str) -> String {
    let lex = crate::text::lexicon::Lexicon::get();
    let written: Vec<&str> = lex
        .find(posting)
        .into_iter()
        .filter(|f| lex.skill(f.skill).name == tool)
        .map(|f| &posting[f.start..f.end])
        .collect();
    if written.iter().any(|w| voice::same_word(w, tool)) {
        return tool.to_string();
    }
    written
        .into_iter()
        .find(|w| w.starts_with(char::is_uppercase))
        .map_or_else(|| tool.to_string(), str::to_string)
}

/// The tools of `stacks` in prose, each as `posting` names it ([`as_posted`]).
fn tools_in_prose(stacks: &[&Knockout], posting: &str) -> String {
    // A choice last: "Azure and one of .NET, Java or Node.js", not "one of .NET, Java or Node.js
    // and Azure".
    let mut ordered: Vec<&&Knockout> = stacks.iter().collect();
    ordered.sort_by_key(|k| k.alternatives && k.missing.len() > 1);
    // A tool two knock-outs name ("Azure" in the title and in a requirement) is named once.
    let mut named: Vec<&String> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for k in ordered {
        let tools: Vec<String> = k
            .missing
            .iter()
            .filter(|t| !named.contains(t))
            .map(|t| as_posted(posting, t))
            .collect();
        named.extend(k.missing.iter());
        if tools.is_empty() {
            continue;
        }
        parts.push(match (k.alternatives && tools.len() > 1, stacks.len()) {
            (true, 1) => voice::skills_in_prose_or(&tools),
            (true, _) => format!("one of {}", voice::skills_in_prose_or(&tools)),
            (false, _) => voice::skills_in_prose(&tools),
        });
    }
    voice::join_words(&parts.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Whether tools the CV does not show are needed from the start, for the stack knock-outs
/// asked. "Asks for", not "insists on": a posting that lists a tool among others insists on
/// nothing (round 52). "Low-code platforms" are "they", as two tools are; "Kubernetes", a name,
/// is "it". Tools offered as alternatives (".NET lub Java lub Node.js") are named with "or",
/// and the CV shows none of them. The nearest the CV comes is said beside the gap, and nothing
/// asks whether a tool "could be picked up on the job": both round-68 readers read that as the
/// candidate writing their weakness down and sounding junior to a lead's recruiter.
fn tools_question(stacks: &[&Knockout], c: &Candidate, posting: &str) -> String {
    let named = tools_in_prose(stacks, posting);
    let mut tools: Vec<String> = stacks.iter().flat_map(|k| k.missing.clone()).collect();
    tools.sort();
    tools.dedup();
    let nearest = super::generate::closest_shown(&tools, c)
        .map_or(String::new(), |n| format!(" ({})", n.said));
    if let [k] = stacks {
        if k.alternatives && k.missing.len() > 1 {
            let none = if k.missing.len() == 2 {
                "neither"
            } else {
                "none"
            };
            return format!(
                "The posting asks for {named}, {none} of which my CV shows{nearest}: is one of them needed from the start?"
            );
        }
    }
    let plural = tools.len() > 1
        || (named.ends_with('s')
            && !named.ends_with("ss")
            && named.chars().next().is_some_and(char::is_lowercase));
    let (it, is) = if plural {
        ("they", "are")
    } else {
        ("it", "is")
    };
    format!(
        "The posting asks for {named}, which my CV does not show{nearest}: {is} {it} needed from the start?"
    )
}

/// Whether a text says sponsorship is not offered ("without requirement of employment
/// sponsorship/visa", "we are unable to sponsor visas"), read in its sentences that speak of
/// sponsoring: "Visa sponsorship is not a problem" offers it.
fn rules_out_sponsorship(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(without (the )?((need|requirement) (of|for) )?(requiring )?(current or future )?((employment|visa) )?sponsorship|no (visa |employment )?sponsorship|(unable to|cannot|can't|won't|will not|do not|does not|not able to) (offer |provide )?(visa )?sponsor|sponsorship (is|will) not (be )?(available|offered|provided))",
        )
        .expect("valid regex")
    });
    text.split(['.', '\n', ';'])
        .filter(|sentence| sentence.to_lowercase().contains("sponsor"))
        .any(|sentence| re.is_match(sentence))
}

/// A question for the recruiter about one knock-out.
pub(crate) struct Question {
    pub text: String,
    /// It asks about another opening (the posting insists on a place or a language): no answer
    /// about this role lets the application go ahead.
    pub elsewhere: bool,
}

/// Whether a stack knock-out's missing tool is named in the role's title: the role is built on it.
fn names_the_role(k: &Knockout, jd: &JdAnalysis) -> bool {
    // Read from the posting's title, which the role's name may have cut ("IT Solution Architect
    // - AI / ML / Azure / CoPilot" is "IT Solution Architect": NTT Data, round 80).
    k.titled || titled_missing(k, jd).is_some() || about_the_title(&k.requirement, &jd.role)
}

/// Whether a requirement line is about what the title's qualifier names ("ML Search" in "Staff
/// Software Engineer, ML Search", "Payments" in "Senior Engineer (Payments)"), by a content word
/// they share: "8+ years … with a focus on search and recommendation systems". Asking whether that
/// "could be picked up on the job" read as naive to both round-60 readers. A title without a
/// qualifier ("Senior Data Engineer") names only the job, which a stack line is never about.
fn about_the_title(requirement: &str, title: &str) -> bool {
    let qualifier: String = title
        .split_once([',', ':', '(', '–', '|'])
        .or_else(|| title.split_once(" - "))
        .map_or(String::new(), |(_, rest)| rest.replace(')', " "));
    let named: Vec<String> = voice::content_words(&qualifier).collect();
    !named.is_empty() && voice::content_words(requirement).any(|w| named.contains(&w))
}

/// The first of a knock-out's missing tools the role's title names.
fn titled_missing<'k>(k: &'k Knockout, jd: &JdAnalysis) -> Option<&'k String> {
    let titled = crate::text::lexicon::Lexicon::get().skills_in(&jd.role);
    k.missing.iter().find(|m| titled.contains(m))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Audience {
    HiringManager,
    Recruiter,
    Peer,
}

/// What every draft may say: the posting's words, the candidate's record, nothing else.
struct Draft<'a> {
    company: String,
    role: String,
    star: Option<&'a Star>,
    /// The story whose headline result the recruiter hears: another than the manager's and the
    /// peer's where there is one.
    recruiter_star: Option<&'a Star>,
    /// The story the peer hears.
    peer_star: Option<&'a Star>,
    /// A duty of the posting the peer's story answers: the peer is asked about the work the
    /// story that follows speaks to, not about a line it has nothing to say on. A requirement of
    /// the candidate or a perk cannot be asked about ("what does that look like day to day").
    peer_quote: Option<voice::Quote>,
    /// Chooses among phrasings, so drafts for different postings differ.
    seed: String,
    /// The first name of the person the posting names as its contact: the recruiter's note
    /// greets them by it ("Hi there," to a named Julia Dressel read as a mail merge, round 80).
    recruiter_first_name: Option<String>,
    /// The first name of the manager the posting names (see [`manager_named`]).
    manager_first_name: Option<String>,
    /// A line of the posting, preferably one the story answers.
    quote: Option<voice::Quote>,
    topic: Option<String>,
    candidate: &'a Candidate,
    years: u32,
    /// Questions for the recruiter about the knock-outs a process can settle (where the work is,
    /// the right to work, a language): the person who can answer them is the one to ask.
    settle: Vec<String>,
    /// An opening in the candidate's own stack, asked instead of `settle`.
    other_opening: Option<OtherOpening>,
    /// The first of those in a few words, for a note of 200 characters ("Could the role be done
    /// from Germany?"): "What are the next steps?" asked nothing that mattered (round 31).
    ask: Option<Ask>,
    /// Advised not to apply, or asking what decides it first (see
    /// [`FitAssessment::asks_first`]): the recruiter is asked before an application, and
    /// the recruiter's drafts do not say one was sent.
    before_applying: bool,
    /// Only the recruiter's draft is written (advised not to apply, or a board's posting).
    recruiter_alone: bool,
    /// The subject line the posting asks applications to carry (see
    /// [`JdAnalysis::asked_subject`]).
    asked_subject: Option<String>,
    /// What a yes to `settle` would do: only where it lets this application go ahead does a
    /// draft say the candidate would apply ("If it can be settled, I would apply straight away"
    /// under a role-family knock-out committed him to a role he could not do, rounds 37 and 38).
    answer: Answer,
    /// The field the candidate shares with the employer, for the hiring manager.
    shared_field: Option<voice::SharedField<'a>>,
    /// Whether the posting sets the first months' goals itself ("In your first 90 days…"): the
    /// hiring manager is not asked what it already says (Docker, round 57).
    sets_first_months: bool,
}

impl Draft<'_> {
    /// Whether the recruiter is asked about other openings, not this one: no answer about this
    /// role changes the advice. An opening in the candidate's own stack is such a question too
    /// ("Is there an opening on the team for that stack?" after "I would like to ask you about
    /// its requirements before I apply" read as a draft at odds with itself, round 52).
    fn asks_elsewhere(&self) -> bool {
        self.before_applying
            && (self.answer == Answer::AnotherOpening || self.other_opening.is_some())
    }

    fn subject(&self, a: Audience) -> String {
        match a {
            // The story the email tells, by the record's own title where that names its result
            // ("RAG support assistant resolving 35% of tickets"): "experience with large language
            // models for your team" read as machine-made to round 84's reader.
            // A role with a colon of its own takes a dash: "Staff Software Engineer: Physical AI
            // Solutions: RAG support assistant…" read as a database record (round 95).
            // So does a record's title with a colon of its own ("Claim summaries with an LLM:
            // handling time −18%", round 141).
            Audience::HiringManager => {
                let headline = self.star.and_then(headline_title);
                let sep = if self.role.contains(':')
                    || headline.as_ref().is_some_and(|t| t.contains(':'))
                {
                    " — "
                } else {
                    ": "
                };
                match (headline, &self.topic) {
                    (Some(title), _) => format!("{}{sep}{title}", self.role),
                    // "experience with large language models", not "large language models
                    // experience".
                    (None, Some(t)) => {
                        format!("{}{sep}experience with {t} for your team", self.role)
                    }
                    (None, None) => format!("{}{sep}{}", self.role, self.candidate.cv.name),
                }
            }
            Audience::Recruiter if self.asks_elsewhere() => {
                format!(
                    "Openings like the {} role — {}",
                    self.role, self.candidate.cv.name
                )
            }
            Audience::Recruiter if self.before_applying => {
                format!(
                    "A question before applying: {} — {}",
                    self.role, self.candidate.cv.name
                )
            }
            // The posting's own subject line, where it asks for one.
            Audience::Recruiter => self.asked_subject.clone().unwrap_or_else(|| {
                format!("Application: {} — {}", self.role, self.candidate.cv.name)
            }),
            // "Question about the Head of Engineering team" reads as nonsense: the peer is asked
            // about the opening, whatever its title says of a team.
            Audience::Peer => format!(
                "Question about the {} opening at {}",
                self.role, self.company
            ),
        }
    }

    /// A note of whole sentences within the limit: the later sentences are the ones left out.
    /// The first name of the person the posting names for `a`, whom the drafts greet by it.
    fn first_name_of(&self, a: Audience) -> Option<&str> {
        match a {
            Audience::Recruiter => self.recruiter_first_name.as_deref(),
            Audience::HiringManager => self.manager_first_name.as_deref(),
            Audience::Peer => None,
        }
    }

    fn linkedin_note(&self, a: Audience) -> String {
        let name = &self.candidate.cv.name;
        // LinkedIn shows who sent a note: "Hi, I'm Alex Morgan." opening every one is the line
        // a reader of several spots first. The greeting varies and the name is left to LinkedIn.
        let mut sentences = vec![match self.first_name_of(a) {
            Some(first) => format!("Hi {first},"),
            None => voice::pick(
                &format!("{}{a:?}hi", self.seed),
                &["Hi,", "Hello,", "Hi there,"],
            )
            .to_string(),
        }];
        match a {
            Audience::HiringManager => {
                let applied =
                    |role: &str| format!("I've applied for the {role} role at {}.", self.company);
                sentences.push(applied(&self.role));
                // The story's first step and result, said by the one who did it; with the
                // title's first part where the whole title leaves no room for it ("Principal
                // Software Engineer", not "… - AI in SDLC Tech Lead"); its result alone where
                // neither fits.
                if let Some(s) = self.star.filter(|s| !s.company.trim().is_empty()) {
                    // "~3 days" said as "about 3 days", as in the letter and the emails, before
                    // the note's room is measured.
                    let at_company = |told: String| {
                        voice::approximations_in_words(&format!("At {}, {told}", s.company))
                    };
                    let story = voice::one_step_story(s).map(at_company);
                    // With no room for the step and its result, the CV's own bullet for the
                    // record where it says both ("I cut failed nightly billing runs from 14 to 1
                    // per month by adding data contracts, …"): "At Harbourline Energy, I
                    // introduced data contracts between producer and billing teams." told a
                    // hiring manager what was done, not what came of it (both readers of round
                    // 99).
                    // A deed with its figure, said by its doer: "At X, I cut …".
                    let deed = |text: &str| {
                        let text = crate::text::units::first_sentence(text);
                        let told = voice::bullet_as_steps(text);
                        (voice::opens_on_a_deed(text) && !crate::text::figures(&told).is_empty())
                            .then(|| at_company(format!("I {}", voice::ensure_period(&told))))
                    };
                    let roles = &self.candidate.cv.roles;
                    let bullet = super::star_bullets::bullet_telling_among(s, roles)
                        .and_then(|(role, i)| deed(&roles[role].bullets[i]));
                    // A record's title that opens on a deed with its figure is a telling too
                    // ("IMPACT SUMMARY: Built an LLM evaluation harness in CI that cut review
                    // from ~3 days to under 1 hour and caught 2 regressions.").
                    let headline = deed(s.title.trim());
                    // With no room for the result too, the step alone: a sentence still.
                    let step = voice::step_alone(s).map(at_company);
                    // The company is the reader's own: "I've applied for the Senior or Staff
                    // Applied AI Engineer role." leaves room for a story that "… at TRM Labs."
                    // did not (round 98's note said nothing of the candidate's work). Each telling
                    // with a result is tried both ways before the step alone.
                    let applied_here = |role: &str| format!("I've applied for the {role} role.");
                    let mut here = sentences.clone();
                    if let Some(last) = here.last_mut() {
                        *last = applied_here(&self.role);
                    }
                    let told = [story, bullet, headline, step]
                        .into_iter()
                        .flatten()
                        .find_map(|t| {
                            with_room_for(&sentences, &t, &self.role, &applied)
                                .or_else(|| with_room_for(&here, &t, &self.role, &applied_here))
                        });
                    // A figure alone ("35% of tickets were resolved without an agent") says
                    // neither what was built nor by whom (round 33): the record's title says
                    // what it was about.
                    let result = voice::headline_result(s).map(|result| {
                        let result = if !s.title.trim().is_empty() {
                            voice::lower_first_unless_named(s.title.trim())
                        } else {
                            result
                        };
                        voice::approximations_in_words(&format!(
                            "{} {}: {}.",
                            voice::pick(
                                &format!("{}result", self.seed),
                                &["Most recently relevant, at", "From my work at"]
                            ),
                            s.company,
                            result
                        ))
                    });
                    match told {
                        Some(with_story) => sentences = with_story,
                        None => sentences.extend(result),
                    }
                }
                if let Some(t) = &self.topic {
                    sentences.push(format!("Happy to compare notes on {t}."));
                }
            }
            Audience::Recruiter => {
                let latest = self.candidate.cv.roles.first();
                let title = latest.map_or("software engineer", |r| r.title.as_str());
                sentences.push(match latest.filter(|r| !r.company.is_empty()) {
                    Some(r) if voice::seed_index(&self.seed).is_multiple_of(2) => {
                        format!("I'm {} {title} at {}.", voice::article(title), r.company)
                    }
                    _ => format!(
                        "I'm {} {title} with {}.",
                        voice::article(title),
                        self.candidate.experience_said(self.years)
                    ),
                });
                let about = |role: &str| {
                    // Not "which I cannot apply for as posted": a note opening on why its writer
                    // does not fit was read as talking itself down (both round-125 readers).
                    if self.asks_elsewhere() {
                        format!("I saw the {role} role.")
                    } else if self.before_applying {
                        format!("I have a question about the {role} role before I apply.")
                    } else {
                        format!("I've applied for the {role} role at {}.", self.company)
                    }
                };
                sentences.push(about(&self.role));
                // The question that decides the application, when it fits the note.
                // Where the years' phrase leaves no room, the figure alone.
                // Else without the introduction, which the sender's profile beside the note says:
                // "I have a question about the Head of Engineering role before I apply. Would you
                // have a minute for it?" asked for time without saying for what, where the
                // question was whether a first step to leading managers would be considered
                // (Eneba for the fixture; round 140's hiring manager on the same shape).
                let asked = self.ask.as_ref().and_then(|q| {
                    let fitted = |sentences: &[String]| {
                        with_room_for(sentences, &q.text, &self.role, &about).or_else(|| {
                            q.brief
                                .as_ref()
                                .and_then(|b| with_room_for(sentences, b, &self.role, &about))
                        })
                    };
                    // The greeting stays; the introduction after it goes.
                    let mut greeted = sentences.clone();
                    greeted.remove(1);
                    fitted(&sentences).or_else(|| fitted(&greeted))
                });
                match asked {
                    Some(with_question) => sentences = with_question,
                    // "… which I cannot apply for as posted. Would you have a minute for it?"
                    // asked for a minute about a role ruled out (round 52).
                    None if self.asks_elsewhere() => {
                        sentences.push("Would you know of openings closer to my work?".to_string())
                    }
                    None if self.before_applying => {
                        sentences.push("Would you have a minute for it?".to_string())
                    }
                    None => sentences.push(
                        voice::pick(
                            &format!("{}note", self.seed),
                            &[
                                "Could you tell me how the process runs?",
                                "What are the next steps?",
                                "Happy to answer any questions you have.",
                            ],
                        )
                        .to_string(),
                    ),
                }
            }
            Audience::Peer => {
                sentences.push(format!(
                    "I'm applying to join {} as {}.",
                    self.company, self.role
                ));
                let ask = match &self.topic {
                    Some(_) => voice::pick(
                        &format!("{}peer-note", self.seed),
                        &[
                            "I'd like to hear how your team approaches {t} day to day.",
                            "Could I ask you a couple of questions about the team's work on {t}?",
                            "What does the team's work on {t} look like today?",
                        ],
                    ),
                    None => voice::pick(
                        &format!("{}peer-note", self.seed),
                        &[
                            "I'd like to hear what your team works on day to day.",
                            "Could I ask you a couple of questions about the team?",
                        ],
                    ),
                };
                sentences.push(ask.replace("{t}", self.topic.as_deref().unwrap_or_default()));
            }
        }
        let mut note = String::new();
        for s in sentences {
            let joined = if note.is_empty() {
                s.clone()
            } else {
                format!("{note} {s}")
            };
            if joined.chars().count() <= LINKEDIN_NOTE_MAX {
                note = joined;
            }
        }
        if note.is_empty() {
            shorten(&format!("Hi, I'm {name}."), LINKEDIN_NOTE_MAX)
        } else {
            note
        }
    }

    /// Record `s` as a second draft tells it: its other side where the hiring manager's draft,
    /// written beside this one, tells the same record (the peer's and the manager's emails read
    /// one sentence word for word, round 40); else what was done and its headline result.
    fn story_of(&self, s: &Star) -> String {
        match self.star {
            Some(hm) if !self.recruiter_alone && std::ptr::eq(hm, s) => {
                voice::retold_story(s).unwrap_or_else(|| voice::short_story(s))
            }
            _ => voice::short_story(s),
        }
    }

    /// The recruiter's telling of `s`: its headline ([`voice::short_story`]) where `s` is the
    /// peer's story too, which the peer hears retold: the recruiter's and the peer's drafts had
    /// told it word for word (round 65). Otherwise as [`Self::story_of`].
    fn recruiter_story_of(&self, s: &Star) -> String {
        if self.peer_star.is_some_and(|p| std::ptr::eq(p, s)) {
            voice::short_story(s)
        } else {
            self.story_of(s)
        }
    }

    fn email(&self, a: Audience) -> String {
        let c = self.candidate;
        // The contacts are roles, not people: the name is left for the sender to fill in, so no
        // draft goes out with a bare "Hello,".
        let mut body = String::from("Hello [first name],\n\n");
        match a {
            Audience::HiringManager => {
                // The manager hears a quote only when the story that follows answers it. A duty
                // or a qualification opens the email with the role it is asked for; that the
                // candidate has applied is said with the ask at the end: all six emails of round
                // 84 opened "I have applied for the … role at …", which both readers noticed.
                let quote = self.quote.as_ref().filter(|q| q.answered);
                let asked = quote.and_then(|q| super::generate::Asked::of(&q.text));
                let posting = format!(
                    "Your posting for the {} role at {}",
                    self.role, self.company
                );
                match &asked {
                    Some(super::generate::Asked::Duty(q)) => {
                        body.push_str(&format!("{posting} asks for someone to “{q}”."))
                    }
                    Some(super::generate::Asked::Qualification(q)) => {
                        body.push_str(&format!("{posting} asks for “{q}”."))
                    }
                    None => body.push_str(&format!(
                        "I have applied for the {} role at {}.",
                        self.role, self.company
                    )),
                }
                // The field the candidate shares with the employer is the hook a hiring manager
                // reads first ("I know logistics too: …").
                if let Some(f) = &self.shared_field {
                    body.push_str(&format!(" I know {} too: {}.", f.field, f.link(false)));
                }
                if let Some(q) = quote.filter(|_| asked.is_none()) {
                    body.push_str(
                        &voice::pick(
                            &format!("{}hm-quote", self.seed),
                            &[
                                " Your posting says: “{q}”.",
                                " One line of the posting caught my eye: “{q}”.",
                            ],
                        )
                        .replace("{q}", q.text.trim_end_matches('.')),
                    );
                }
                body.push_str("\n\n");
                // Shorter than the letter's telling of the same story: what was done and the
                // headline result, so the two do not read as one text pasted twice.
                if let Some(s) = self.star {
                    body.push_str(&format!("At {}, {}\n\n", s.company, voice::short_story(s)));
                }
                if asked.is_some() {
                    body.push_str("I have applied for the role. ");
                }
                body.push_str(voice::pick(
                    &self.seed,
                    &[
                        "Would you have twenty minutes in the coming weeks to talk about what the team needs most?",
                        // Said of the story just told, where "If the team's needs match, …" after
                        // "I have applied for the role." read weak to both readers of round 85.
                        if self.star.is_some() {
                            "I would be glad to walk you through that work in twenty minutes, whenever suits you."
                        } else {
                            "Would you have twenty minutes to talk about what the role should achieve first?"
                        },
                        if self.sets_first_months {
                            "I would welcome a short call about the goals your posting sets for the first months, and how I would approach them."
                        } else {
                            "I would welcome a short call about what the role should achieve in its first months."
                        },
                    ],
                ));
            }
            Audience::Recruiter => {
                let opening: &[&str] = if self.asks_elsewhere() {
                    // No answer about this role changes it: the draft asks about others, and
                    // does not pretend to weigh an application. Not "closer to my own work":
                    // the question below says what stands in the way, and a place does not make
                    // the work further from one's own (Airbnb's US-only role, round 127).
                    &[
                        "I came across the {role} role at {company}, and would like to ask about other openings there.",
                        "I read the {role} role at {company} with interest, and would like to ask whether there are similar openings.",
                    ]
                } else if self.before_applying {
                    &[
                        "Before I apply for the {role} role at {company}, I would like to ask you about its requirements.",
                        "I am considering the {role} role at {company}, and would like to ask you about its requirements before I apply.",
                    ]
                } else {
                    &[
                        "I have applied for the {role} role at {company} and wanted to introduce myself briefly.",
                        "I have just applied for the {role} role at {company}, and thought a short note might help you place my application.",
                        "My application for the {role} role at {company} is in, and I wanted to put a name to it.",
                    ]
                };
                body.push_str(
                    &voice::pick(&self.seed, opening)
                        .replace("{role}", &self.role)
                        .replace("{company}", &self.company),
                );
                let latest =
                    c.cv.roles
                        .first()
                        .map_or("a software engineer".to_string(), |r| {
                            format!("{} {} at {}", voice::article(&r.title), r.title, r.company)
                        });
                body.push_str(
                    &voice::pick(
                        &format!("{}short", self.seed),
                        &[
                            "\n\nIn short: {years}, most recently as {latest}.",
                            "\n\nI am {latest}, with {years}.",
                            "\n\nFor context, I have {years}; I am now {latest}.",
                        ],
                    )
                    .replace("{years}", &c.experience_said(self.years))
                    .replace("{latest}", &latest),
                );
                // A record the manager's draft does not tell, with what was done and its headline
                // result, gives the recruiter something to pass on. "Of what the posting asks
                // for, my CV shows OpenAI, AWS and DevOps" was the most machine-made sentence of
                // round 29's packs, and a result alone ("spend fell 28%") said neither whose nor
                // of what.
                // In one of three shapes: "Relevant to the role:" in every recruiter's draft was
                // quoted as a repeat by both readers of round 55.
                // At the employer the sentence before named, "there": "I am a Staff Software
                // Engineer at Northwind Logistics … For example, at Northwind Logistics, I …"
                // named it twice, and "Relevant to the role:" read as a template slot (round 63).
                if let Some(s) = self.recruiter_star.filter(|s| !s.company.trim().is_empty()) {
                    let named_before =
                        c.cv.roles
                            .first()
                            .is_some_and(|r| r.company.trim() == s.company.trim());
                    let shapes: &[&str] = if named_before {
                        &[
                            " There, {story}",
                            " One example from my work there: {story}",
                        ]
                    } else {
                        &[
                            " One example: at {company}, {story}",
                            " For example, at {company}, {story}",
                        ]
                    };
                    body.push_str(
                        &voice::pick(&format!("{}relevant", self.seed), shapes)
                            .replace("{company}", &s.company)
                            .replace("{story}", &self.recruiter_story_of(s)),
                    );
                }
                match (&self.other_opening, self.settle.as_slice(), self.before_applying) {
                    (Some(other), _, _) => body.push_str(&format!(
                        "\n\n{} I would be glad to hear of one.",
                        other.question()
                    )),
                    (None, [], false) => body.push_str(voice::pick(
                        &format!("{}process", self.seed),
                        &[
                            "\n\nCould you tell me how the process runs and who I would speak with first?",
                            "\n\nWhat are the next steps, and is there anything you would like from me beforehand?",
                            "\n\nHow does the process run from here, and roughly how long does it take?",
                        ],
                    )),
                    // The things a recruiter can settle before anything else, on their own: "And
                    // how does the process run from here?" after them closed three drafts of six
                    // alike (round 65).
                    (None, questions, false) => {
                        body.push_str(&format!("\n\n{}", questions.join(" ")))
                    }
                    (None, questions, true) if self.answer == Answer::ThisRole => body.push_str(&format!(
                        "\n\n{} {}",
                        questions.join(" "),
                        voice::pick(
                            &format!("{}settled", self.seed),
                            &[
                                // Not "I would apply straight away": the rest of the role
                                // still weighs, and round 55's readers read it as overcommitting.
                                "If {that} can be settled, I would like to apply.",
                                "With {that} answered, I would know whether to apply.",
                                "I would be glad to apply if {that} can be worked out.",
                            ],
                        )
                        .replace("{that}", if questions.len() > 1 { "these" } else { "this" })
                    )),
                    (None, questions, true) => body.push_str(&format!(
                        "\n\n{} I would be glad to hear of any.",
                        questions.join(" ")
                    )),
                }
            }
            Audience::Peer => {
                body.push_str(
                    &voice::pick(
                        &format!("{}peer", self.seed),
                        &[
                            "I am applying to join {company} as {role} and would be grateful for ten minutes of your time to hear how the team works.",
                            "I have applied to {company} for the {role} role, and before going further I would value a colleague's view of the work.",
                            "I am applying for the {role} role at {company}; would you have ten minutes to tell me what the work is like from the inside?",
                        ],
                    )
                    .replace("{company}", &self.company)
                    .replace("{role}", &self.role),
                );
                // Only a duty is asked about (see `peer_quote`).
                match self.peer_quote.as_ref() {
                    Some(q) => {
                        let text = q.text.trim_end_matches('.');
                        // "the role will “technical team leadership…”" reads broken: a line is
                        // quoted as the posting says it.
                        let said = format!("The posting says: “{text}”.");
                        body.push_str(&format!(
                            " {said} {}",
                            voice::pick(
                                &format!("{}peer-ask", self.seed),
                                &[
                                    "How much of the week goes to that, and what would you want a new colleague to pick up first?",
                                    "What does that look like on an ordinary week, and where is it hardest?",
                                    "How is that going today, and what would help most?",
                                ],
                            )
                        ));
                    }
                    None => body.push_str(&match &self.topic {
                        Some(t) => format!(
                            " {}",
                            voice::pick(
                                &self.seed,
                                &[
                                    "Where does the team's work on {t} stand today?",
                                    "What part of the team's work on {t} takes most of the week, and where is help most needed?",
                                    "What is the hardest problem in the team's work on {t} right now?",
                                ],
                            )
                            .replace("{t}", t)
                        ),
                        None => voice::pick(
                            &format!("{}peer-none", self.seed),
                            &[
                                " What is the team working on now, and what would you want a new colleague to take on first?",
                                " What does the team spend most of its week on, and what is hardest about it?",
                            ],
                        )
                        .to_string(),
                    }),
                }
                if let Some(s) = self.peer_star {
                    body.push_str(&format!(
                        // Not "the closest work I have done": the peer's story is the second
                        // best by design, and a reader can tell.
                        "\n\n{} {}: {}",
                        voice::pick(
                            &format!("{}context", self.seed),
                            &[
                                "For context, some of my work at",
                                "What I would bring, from my time at",
                                "Some background, from"
                            ]
                        ),
                        s.company,
                        self.story_of(s)
                    ));
                }
            }
        }
        body.push_str(&format!("\n\nBest regards,\n{}", c.cv.name));
        if let Some(line) = email_signature(&c.cv) {
            body.push('\n');
            body.push_str(&line);
        }
        body
    }
}

/// The CV's contact details cut to what an email's signature carries: the phone and the LinkedIn
/// address. The whole line ("Berlin, Germany · alex.morgan@… · +49 … · linkedin… · github…")
/// under every email read as generated to round 62's reader, and the address the email comes
/// from need not be written under it.
fn email_signature(cv: &crate::candidate::MasterCv) -> Option<String> {
    let kept: Vec<&str> = cv
        .contact_parts()
        // A line of commas ("Berlin, alex@…, +49 …") is parts too; no kept part holds a comma.
        .flat_map(|part| part.split(','))
        .map(str::trim)
        .filter_map(|part| {
            if part.to_lowercase().contains("linkedin.com/") {
                return Some(part);
            }
            // A phone after its label ("Phone: +49 …", "📞 +49 …"): from its first digit or
            // "+". A date ("01.01.1990") is no phone: one has a "+" or nine digits or more.
            let number = &part[part.find(|ch: char| ch == '+' || ch.is_ascii_digit())?..];
            let digits = number.chars().filter(char::is_ascii_digit).count();
            let phone = number
                .chars()
                .all(|ch| ch.is_ascii_digit() || " +-()./".contains(ch))
                && (digits >= 9 || (number.starts_with('+') && digits >= 7));
            phone.then_some(number)
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(" · "))
}

/// The LLM's drafts for the offline contacts (same roles, same order), citing one achievement; a
/// note over LinkedIn's limit or a missing part refuses the reply.
pub struct OutreachAsk<'a> {
    pub job: &'a JobInput,
    pub pain: &'a PainPoints,
    pub stars: &'a StarSelection,
    pub company: &'a super::company::CompanyBrief,
    pub candidate: &'a Candidate,
    pub base: Outreach,
}

#[derive(Debug, serde::Deserialize)]
pub struct DraftReply {
    pub linkedin_note: Option<String>,
    pub email_subject: Option<String>,
    pub email_body: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct OutreachReply {
    pub contacts: Vec<DraftReply>,
}

impl crate::llm::LlmLayer for OutreachAsk<'_> {
    type Output = Outreach;
    type Reply = OutreachReply;
    const LAYER: super::Layer = super::Layer::Contacts;
    const SYSTEM: &'static str = "You write concise, honest outreach messages for a job seeker. Never invent facts. Reply with JSON only.";
    const MAX_TOKENS: u32 = 1_500;

    fn prompt(&self) -> String {
        let c = self.candidate;
        let star = self.stars.first_star(c);
        let roles: Vec<&str> = self.base.contacts.iter().map(|x| x.role.as_str()).collect();
        format!(
            "Draft outreach for {} applying to \"{}\" at {}. For each of the {} contact roles {:?}, write a LinkedIn note (at most {LINKEDIN_NOTE_MAX} characters) \
             and a short email. Cite this achievement and its metric exactly, nothing else about the candidate: {}. \
             Top need from the posting: {}. What the posting says about the company: {}.\nReply as {{\"contacts\": [{{\"role\": \"…\", \"linkedin_note\": \"…\", \"email_subject\": \"…\", \"email_body\": \"…\"}}]}} in the same order.",
            c.cv.name,
            self.job.title,
            self.job.company,
            roles.len(),
            roles,
            star.map(|s| format!("{} at {}: {} ({})", s.title, s.company, s.result, s.metrics.join("; "))).unwrap_or_default(),
            self.pain.pain_points.first().map(|p| p.summary.as_str()).unwrap_or(""),
            self.company.summary.iter().map(|q| q.text.as_str()).collect::<Vec<_>>().join(" ")
        )
    }

    fn accept(&self, reply: OutreachReply, engine: EngineUsed) -> Result<Outreach, String> {
        if reply.contacts.len() != self.base.contacts.len() {
            return Err(format!(
                "expected {} contacts, got {}",
                self.base.contacts.len(),
                reply.contacts.len()
            ));
        }
        let mut out = self.base.clone();
        out.engine = engine;
        for (contact, d) in out.contacts.iter_mut().zip(&reply.contacts) {
            let (Some(note), Some(subject), Some(body)) =
                (&d.linkedin_note, &d.email_subject, &d.email_body)
            else {
                return Err("a contact lacks linkedin_note, email_subject or email_body".into());
            };
            if note.chars().count() > LINKEDIN_NOTE_MAX
                || note.trim().is_empty()
                || body.trim().is_empty()
            {
                return Err(format!(
                    "a LinkedIn note is empty or over {LINKEDIN_NOTE_MAX} characters"
                ));
            }
            contact.linkedin_note = note.trim().to_string();
            contact.email_subject = subject.trim().to_string();
            contact.email_body = body.trim().to_string();
        }
        Ok(out)
    }

    fn set_engine(out: &mut Outreach, engine: EngineUsed) {
        out.engine = engine;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outreach for `job`, every layer before it run as a real run does, with the fit it was
    /// drafted from.
    // The message an asking pack sends: its letter, which the recruiter's email sends.
    use super::super::letter_for as asking_letter;

    fn outreach_for(job: &JobInput, c: &Candidate) -> (FitAssessment, Outreach) {
        let (a, pain, sel) = super::super::analysed(job, c);
        let fit = super::super::fit::assess(job, &a, c, 2026);
        let out = map(job, &a, &pain, &sel, &fit, c);
        (fit, out)
    }

    #[test]
    fn a_posting_that_sets_the_first_months_goals_is_not_asked_what_they_are() {
        use super::super::jd::sets_first_months;
        assert!(sets_first_months(
            "First 30 Days: learn the stack. First 90 Days: ship."
        ));
        assert!(sets_first_months("Your 30/60/90 plan"));
        assert!(sets_first_months(
            "In your first six months you will own it"
        ));
        assert!(sets_first_months("A 30-60-90 day plan"));
        assert!(sets_first_months(
            "Success Metrics 30 Days * Fully understand the codebase. 60 Days * Deliver improvements."
        ));
        assert!(!sets_first_months("We reply within 30 days of applying"));
        assert!(!sets_first_months(
            "30 days of paid holiday. After probation, 60 days' notice on either side."
        ));
        assert!(sets_first_months(
            "30 Days\nLearn the codebase\n60 Days\nShip"
        ));
        assert!(!sets_first_months(
            "Benefits\n• 30 days - paid vacation\n• 60 days - parental leave"
        ));
        assert!(!sets_first_months(
            "Health cover after the first 3 months of probation"
        ));
        assert!(!sets_first_months(
            "Offices in 30 countries; 90% of staff remote"
        ));
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2016 – Present\n- Built Kafka services.\n\n## Skills\n- Kafka\n",
            "## STAR: Events\n- company: Acme\n- skills: Kafka\n- situation: Slow.\n- task: Scale.\n- action: Built Kafka services.\n- result: 40k events per second.\n",
        )
        .unwrap();
        // Over many seeds the manager's close that asks about the first months appears; where
        // the posting sets them, it asks about those goals instead.
        let closes = |goals: &str| -> Vec<String> {
            (0..12)
                .map(|i| {
                    let mut job = JobInput::sample(
                        "Staff Engineer",
                        "Gamma",
                        "Berlin, Germany",
                        &format!("Requirements\n- Kafka in production\n{goals}"),
                    );
                    job.id = format!("job{i}");
                    outreach_for(&job, &c).1.contacts[0].email_body.clone()
                })
                .collect()
        };
        let open = closes("");
        assert!(open
            .iter()
            .any(|b| b.contains("what the role should achieve in its first months")));
        let set = closes("First 90 Days: own the Kafka platform.\n");
        assert!(set
            .iter()
            .all(|b| !b.contains("what the role should achieve")));
        assert!(set
            .iter()
            .any(|b| b.contains("the goals your posting sets for the first months")));
    }

    #[test]
    fn the_manager_a_posting_names_is_written_to_by_name() {
        assert_eq!(
            manager_named(
                "Reporting directly to our DevOps Lead, Mate, you will be responsible for it.",
                "DevOps Lead"
            )
            .as_deref(),
            Some("Mate")
        );
        assert_eq!(
            manager_named("Reporting directly to our CTO, you will", "CTO"),
            None
        );
        // Teams, places and honorifics after the title are no name.
        assert_eq!(
            manager_named("Reporting to our CTO, Product and Design teams, you", "CTO"),
            None
        );
        for line in [
            "Reporting to the Engineering Manager, Core Platform, you will",
            "Reporting to the Head of Engineering, Berlin, who",
            "Reporting to the Head of Engineering, Germany, you will",
        ] {
            let title = reports_to(line).unwrap_or_default();
            assert_eq!(manager_named(line, &title), None, "{line}");
        }
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2016 – Present\n- Built Kafka services.\n\n## Skills\n- Kafka\n",
            "## STAR: Events\n- company: Acme\n- skills: Kafka\n- situation: Slow.\n- task: Scale.\n- action: Built Kafka services.\n- result: 40k events per second.\n",
        )
        .unwrap();
        let job = JobInput::sample(
            "Staff Engineer",
            "Gamma",
            "Berlin, Germany",
            "Reporting directly to our Platform Lead, Mate, you will run our Kafka platform.\nRequirements\n- Kafka in production\n",
        );
        let out = outreach_for(&job, &c).1;
        let manager = &out.contacts[0];
        assert_eq!(manager.name.as_deref(), Some("Mate"), "{manager:?}");
        assert!(!manager.synthetic);
        assert!(
            manager.email_body.starts_with("Hello Mate,"),
            "{}",
            manager.email_body
        );
        assert!(
            manager.linkedin_note.starts_with("Hi Mate,"),
            "{}",
            manager.linkedin_note
        );
        assert!(
            manager.why.contains("names Mate, its Platform Lead"),
            "{}",
            manager.why
        );
    }

    #[test]
    fn a_move_the_candidates_files_rule_out_is_not_asked_about() {
        // The ML engineer's "LOCATION PREFERENCES: Warsaw or remote within the EU", for a role
        // placed in Romania (Accion Labs, round 106).
        let cv = "# Jan Nowak\nWarsaw, Poland\n\n## Experience\n### Senior Engineer — Acme\n2015 – Present\n- Built Python services on Kafka.\n\n## Skills\n- Python, Kafka\n";
        let kb = "LOCATION PREFERENCES: Warsaw or remote within the EU\n\n## STAR: Services\n- company: Acme\n- skills: Python, Kafka\n- situation: Slow.\n- task: Scale.\n- action: Built Python services on Kafka.\n- result: Faster.\n";
        let job = JobInput::sample(
            "Python Team Lead",
            "Gamma",
            "Bucharest, Romania",
            "The role is based in our Bucharest office.\nRequirements\n- Python and Kafka in production\n",
        );
        let asked = |kb: &str| {
            let c = Candidate::from_texts(cv, kb).unwrap();
            let (_, out) = outreach_for(&job, &c);
            out.contacts
                .iter()
                .map(|d| d.email_body.as_str())
                .collect::<Vec<_>>()
                .join("\n---\n")
        };
        let body = asked(kb);
        assert!(
            body.contains("could it be done remotely from Poland?") && !body.contains("relocation"),
            "{body}"
        );
        let c = Candidate::from_texts(cv, kb).unwrap();
        let (_, out) = outreach_for(&job, &c);
        assert!(
            out.contacts
                .iter()
                .all(|d| !d.linkedin_note.contains("relocation"))
                && out
                    .contacts
                    .iter()
                    .any(|d| d.linkedin_note.contains("remotely from Poland")),
            "{:?}",
            out.contacts
        );
        // Files that state no preference are asked about a move too.
        let body = asked(&kb.replace(
            "LOCATION PREFERENCES: Warsaw or remote within the EU\n\n",
            "",
        ));
        assert!(body.contains("relocation"), "{body}");
    }

    #[test]
    fn the_hiring_managers_email_opens_on_the_duty_its_story_answers_and_says_the_application_last()
    {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Kafka services in Go.\n\n## Skills\n- Kafka, Go\n";
        let kb = "## STAR: Tracking rebuild\n- company: Acme\n- skills: Kafka, Go\n- situation: Tracking lagged.\n- task: Rebuild tracking on Kafka.\n- action: Wrote the ingestion service in Go on Kafka.\n- result: 40k events per second.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Backend Engineer",
            "Gamma",
            "Berlin, Germany",
            "Responsibilities\n- Build event-driven services on Kafka in Go\nRequirements\n- Kafka and Go in production\n",
        );
        let body = outreach_for(&job, &c).1.contacts[0].email_body.clone();
        let opening = body.lines().nth(2).unwrap_or_default();
        assert!(
            opening.starts_with(
                "Your posting for the Backend Engineer role at Gamma asks for someone to “build event-driven services on Kafka in Go”."
            ),
            "{body}"
        );
        assert_eq!(
            body.matches("I have applied for the role.").count(),
            1,
            "{body}"
        );
    }

    #[test]
    fn the_hiring_managers_subject_names_the_story_by_its_titled_result() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Kafka services in Go.\n\n## Skills\n- Kafka, Go\n";
        let subject_for = |role: &str, title: &str| {
            let kb = format!("## STAR: {title}\n- company: Acme\n- skills: Kafka, Go\n- situation: Tracking lagged.\n- task: Rebuild tracking on Kafka.\n- action: Wrote the ingestion service in Go on Kafka.\n- result: 40k events per second.\n");
            let c = Candidate::from_texts(cv, &kb).unwrap();
            let job = JobInput::sample(
                role,
                "Gamma",
                "Berlin, Germany",
                "Requirements\n- Build event pipelines on Kafka\n- Go services\n",
            );
            outreach_for(&job, &c).1.contacts[0].email_subject.clone()
        };
        let subject = |title: &str| subject_for("Backend Engineer", title);
        assert_eq!(
            subject("Tracking at 40k events/s"),
            "Backend Engineer: Tracking at 40k events/s"
        );
        // A title naming no result says nothing a subject line needs.
        assert!(!subject("Tracking rebuild").contains("Tracking rebuild"));
        // A role with a colon of its own takes a dash (round 95).
        assert_eq!(
            subject_for(
                "Backend Engineer: Event Platform",
                "Tracking at 40k events/s"
            ),
            "Backend Engineer: Event Platform — Tracking at 40k events/s"
        );
        // So does a title with a colon of its own (round 141).
        assert_eq!(
            subject("Tracking rebuild: 40k events/s"),
            "Backend Engineer — Tracking rebuild: 40k events/s"
        );
    }

    #[test]
    fn a_posting_that_may_be_a_recruiters_keeps_one_draft_naming_the_company_it_lists() {
        let c = Candidate::from_texts(LEAD_CV, PYTHON_KB).unwrap();
        let job = JobInput::sample(
            "Backend Engineer",
            "COMX PS LTD",
            "",
            "We're hiring a hands-on Backend Engineer to help scale a fast-growing start-up.\nRequirements\n- Python in production\nContact: Chris Bryan, chris.bryan@comxps.com\n",
        );
        let (_, out) = outreach_for(&job, &c);
        assert_eq!(out.poster, voice::Poster::Unclear);
        assert_eq!(out.contacts.len(), 1, "{:#?}", out.contacts);
        let draft = &out.contacts[0];
        // The person the posting names is greeted by name in the note as in the email.
        assert!(
            draft.linkedin_note.starts_with("Hi Chris, "),
            "{}",
            draft.linkedin_note
        );
        assert!(
            draft.email_body.starts_with("Hello Chris,"),
            "{}",
            draft.email_body
        );
        let text = format!("{}\n{}", draft.linkedin_note, draft.email_body);
        assert!(
            text.contains("role at Comx PS") && !text.contains("client"),
            "{text}"
        );
    }

    #[test]
    fn a_team_of_founders_is_written_to_as_founders_and_an_address_as_an_address() {
        assert_eq!(
            founders_team("Das Team besteht aktuell aus den 3 Gründern und bedient Kunden.")
                .as_deref(),
            Some("Das Team besteht aktuell aus den 3 Gründern")
        );
        assert!(founders_team("The team consists of our two co-founders.").is_some());
        assert_eq!(
            founders_team("Our founders started the company in 2019."),
            None
        );
        for more in [
            "The team consists of two founders and five engineers.",
            "Our team consists of former founders and engineers from Google.",
            "Das Team besteht aus den Gründern und 10 Entwicklern.",
        ] {
            assert_eq!(founders_team(more), None, "{more}");
        }
        let c = python_engineer_since_2014();
        let job = JobInput::sample(
            "Senior Engineer",
            "Gamma",
            "Berlin, Germany",
            "The team consists of our three founders.\nRequirements\n- Python services in production\nApply at jobs@gamma.example",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert_ne!(
            fit.advice,
            super::super::fit::Advice::Skip,
            "{}",
            fit.rationale
        );
        let roles: Vec<&str> = out.contacts.iter().map(|k| k.role.as_str()).collect();
        assert_eq!(
            roles,
            ["A founder", "The posting's contact address"],
            "{roles:?}"
        );
        // An address has no first name to fill in, nor a profile for a LinkedIn note (round
        // 125); the founder has both.
        assert!(
            out.contacts[1].email_body.starts_with("Hello,\n"),
            "{}",
            out.contacts[1].email_body
        );
        assert!(out.contacts[1].linkedin_note.is_empty());
        assert!(!out.contacts[0].linkedin_note.is_empty());
        // With no address either, no recruiter is made up.
        let job = JobInput::sample(
            "Senior Engineer",
            "Gamma",
            "Berlin, Germany",
            "The team consists of our three founders.\nRequirements\n- Python services in production\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let roles: Vec<&str> = out.contacts.iter().map(|k| k.role.as_str()).collect();
        assert_eq!(
            roles,
            ["A founder", "Whoever reads applications"],
            "{roles:?}"
        );
    }

    #[test]
    fn the_application_email_carries_the_subject_line_the_posting_asks_for() {
        let c = python_engineer_since_2014();
        let job = JobInput::sample(
            "Staff Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Python services in production\nHow to apply\nEmail your CV with the subject line \"Staff Engineer - Berlin\".",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert_ne!(
            fit.advice,
            super::super::fit::Advice::Skip,
            "{}",
            fit.rationale
        );
        assert!(
            out.contacts
                .iter()
                .any(|k| k.email_subject == "Staff Engineer - Berlin"),
            "{:?}",
            out.contacts
                .iter()
                .map(|k| &k.email_subject)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_product_role_is_recruited_by_a_recruiter_not_a_technical_one() {
        // Round 147: "Technical Recruiter" for a product manager's role.
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Senior Product Manager — Acme\n2014-01 – Present\n- Ran discovery and owned the roadmap; SQL for analytics.\n\n## Skills\n- Product management, SQL, Python\n",
            "## STAR: Roadmap\n- company: Acme\n- skills: Product management\n- situation: Slow.\n- task: Plan.\n- action: Ran discovery interviews and wrote the roadmap.\n- result: Activation rose 10%.\n",
        )
        .unwrap();
        let roles = |title: &str| {
            let job = JobInput::sample(
                title,
                "Gamma",
                "Berlin, Germany",
                "Requirements\n- Roadmaps and discovery\n- SQL\n- Python\n",
            );
            let (_, out) = outreach_for(&job, &c);
            out.contacts
                .iter()
                .map(|k| k.role.clone())
                .collect::<Vec<_>>()
        };
        let product = roles("Senior Product Manager");
        assert!(product.contains(&"Recruiter".to_string()), "{product:?}");
        assert!(
            product.contains(&"Head of Product".to_string()),
            "{product:?}"
        );
        let engineering = roles("Senior Software Engineer");
        assert!(
            engineering.contains(&"Technical Recruiter".to_string()),
            "{engineering:?}"
        );
    }

    #[test]
    fn a_posting_past_its_closing_date_has_the_recruiter_asked_whether_it_is_open() {
        let c = python_engineer_since_2014();
        let email = |text: &str| {
            let job = JobInput::sample("Staff Engineer", "Gamma", "Berlin, Germany", text);
            let (_, out) = outreach_for(&job, &c);
            out.contacts
                .iter()
                .find(|k| k.role == "Technical Recruiter")
                .map(|k| k.email_body.clone())
                .unwrap_or_default()
        };
        let closed = email(
            "Requirements\n- Python services in production\nThis job posting will close 02/26/2020.",
        );
        assert!(
            closed.contains(
                "The posting gives 26 February 2020 as its closing date: is the role still open?"
            ) && !closed.contains("I have applied")
                && !closed.contains("is in, and")
                && closed.contains("apply"),
            "{closed}"
        );
        let open = email("Requirements\n- Python services in production\n");
        assert!(
            !open.contains("closing date") && !open.contains("Before I apply"),
            "{open}"
        );
    }

    #[test]
    fn a_contract_whose_length_and_pay_the_posting_states_is_not_asked_about_them() {
        assert!(states_contract_terms(
            "This is a full-time (40 hours per week), long-term position. The compensation level is $100 USD/hour."
        ));
        assert!(states_contract_terms(
            "A 12-month contract at €600 per day."
        ));
        assert!(!states_contract_terms("A long-term position."));
        assert!(!states_contract_terms("Paid $100 per hour."));
        // Words about the work are no terms.
        assert!(!states_contract_terms(
            "Shape our long-term vision and ongoing support for 10M events per day, hourly batch jobs."
        ));
    }

    #[test]
    fn a_managers_drafts_say_when_managing_began_beside_the_careers_years() {
        let kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Led 9 engineers building Python services.\n- result: Faster.\n";
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Engineering Manager — Acme\n2022-01 – Present\n- Led 9 engineers building Python services.\n\n### Backend Engineer — Beta\n2015-09 – 2021-12\n- Built Python services.\n\n## Skills\n- Python\n",
            kb,
        )
        .unwrap();
        let job = JobInput::sample(
            "Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Lead a team of Python engineers\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let said = drafts_saying(&out, "years of");
        assert!(!said.is_empty(), "{out:?}");
        for t in said {
            assert!(
                t.contains("11 years of experience, managing since 2022"),
                "{t}"
            );
        }
    }

    /// The notes and emails of `out` that say `words`.
    fn drafts_saying<'a>(out: &'a Outreach, words: &str) -> Vec<&'a str> {
        out.contacts
            .iter()
            .flat_map(|k| [k.linkedin_note.as_str(), k.email_body.as_str()])
            .filter(|t| t.contains(words))
            .collect()
    }

    /// The recruiter's draft of `out`.
    fn recruiter_of(out: &Outreach) -> &Contact {
        out.contacts
            .iter()
            .find(|k| k.role.contains("Recruiter"))
            .expect("a recruiter")
    }

    /// A head's posting that asks for leading managers, for the notes' questions about the step.
    fn managers_led_job() -> JobInput {
        JobInput::sample(
            "Head of Engineering",
            "Gamma",
            "Berlin, Germany",
            "Responsibilities\n- Lead, mentor, and support a lean core of engineering managers and tech leads\n- Python services\n",
        )
    }

    #[test]
    fn the_note_asks_what_the_email_asks_first_of_managers_led() {
        let kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Led a team of 6 engineers building Python services.\n- result: Faster.\n";
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Led a team of 6 engineers building Python services.\n\n## Skills\n- Python\n",
            kb,
        )
        .unwrap();
        let job = managers_led_job();
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts.iter().any(|k| k.about_leading()),
            "{:?}",
            fit.knockouts
        );
        let note = &recruiter_of(&out).linkedin_note;
        assert!(
            note.ends_with(
                "Would you consider someone taking the step to leading managers in the role?"
            ),
            "{note}"
        );
        // The email is the letter, which asks it first.
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("and I have led a team of 6 engineers: would you consider someone taking the step to leading managers in this role?"),
            "{letter}"
        );
    }

    #[test]
    fn a_question_too_long_beside_the_introduction_is_asked_without_it() {
        let kb = "## STAR: Events\n- company: Northwind Logistics International\n- situation: Slow.\n- task: Scale.\n- action: Led a team of 6 engineers building Python services.\n- result: Faster.\n";
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Summary\nStaff software engineer with 12 years of experience.\n\n## Experience\n### Staff Software Engineer — Northwind Logistics International\n2014-01 – Present\n- Led a team of 6 engineers building Python services.\n\n## Skills\n- Python\n",
            kb,
        )
        .unwrap();
        let job = managers_led_job();
        let (_, out) = outreach_for(&job, &c);
        let note = &recruiter_of(&out).linkedin_note;
        assert!(
            note.ends_with(
                "Would you consider someone taking the step to leading managers in the role?"
            ) && note.chars().count() <= LINKEDIN_NOTE_MAX,
            "{note}"
        );
    }

    #[test]
    fn years_as_a_manager_asked_where_the_first_rung_is_offered_are_asked_of_that_rung() {
        let c = lead_candidate();
        let job = JobInput::sample(
            "Associate Engineering Manager / Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- 3+ years of experience as an Engineering Manager, leading, coaching, and developing engineers.\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let note = &recruiter_of(&out).linkedin_note;
        assert!(
            note.ends_with(
                "I have a question about the Engineering Manager role before I apply. Could leading without the title count at the Associate level?"
            ),
            "{note}"
        );
        // One question, not the rung's and then the general one about leading without the title.
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("One line of the posting reads “3+ years of experience as an Engineering Manager”. I have led teams of up to 8 engineers without a manager's title: would that count for the Associate Engineering Manager role?"),
            "{letter}"
        );
        assert_eq!(
            letter.matches("without a manager's title").count(),
            1,
            "{letter}"
        );
    }

    #[test]
    fn a_managers_role_from_an_individual_contributor_asks_whether_leading_without_the_title_counts(
    ) {
        let c = lead_candidate();
        let job = JobInput::sample(
            "Senior Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "As an Engineering Manager you will lead the payments team.\nRequirements\n- Proven track record managing engineering teams\n- Python services\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        let recruiter = &out.contacts[1];
        assert!(
            recruiter.email_body.contains(
                "I have led teams of up to 8 engineers without a manager's title: would the hiring team consider that for this role"
            ),
            "{}",
            recruiter.email_body
        );
        // In a letter to the employer's own team, the hiring team is "you"; an agency's is not.
        let (a, _, _) = super::super::analysed(&job, &c);
        let asked = |to| settle_questions(&fit, &a, &c, to).questions.join(" ");
        assert!(
            asked(Addressee::Employer).contains("would you consider that for this role"),
            "{}",
            asked(Addressee::Employer)
        );
        assert!(
            asked(Addressee::Poster).contains("would the hiring team consider that"),
            "{}",
            asked(Addressee::Poster)
        );
        assert!(
            recruiter
                .linkedin_note
                .contains("Would leading teams of up to 8 engineers without a manager's title count for the role?"),
            "{}",
            recruiter.linkedin_note
        );
        assert!(
            recruiter
                .email_body
                .contains("and how much of it is people management?"),
            "{}",
            recruiter.email_body
        );
        // A posting that spells out the people work has said how much of the role it is.
        let spelled = JobInput::sample(
            "Senior Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Proven track record managing engineering teams\n- Performance management and regular 1:1s\n- Python services on Kafka and AWS\n- Mentoring engineers\n",
        );
        let hands_on = Candidate::from_texts(
            &LEAD_CV.replace(
                "- Built Python services.",
                "- Built Python services on Kafka and AWS.\n- Mentored 4 engineers to senior level.",
            ),
            PYTHON_KB,
        )
        .unwrap();
        let (fit, out) = outreach_for(&spelled, &hands_on);
        let body = &out
            .contacts
            .get(1)
            .unwrap_or_else(|| panic!("no recruiter's draft: {}", fit.rationale))
            .email_body;
        assert!(
            body.contains("would the hiring team consider that for this role?")
                && !body.contains("how much of it"),
            "{body}"
        );
        // Nor does a manager's posting that wants the builder (Otera, round 129).
        let builder = JobInput::sample(
            "Head of Engineering",
            "Gamma",
            "Berlin, Germany",
            "This role is not for a pure people manager: it's for someone who lives and breathes code.\nRequirements\n- Proven track record managing engineering teams\n- Python services\n",
        );
        let (_, out) = outreach_for(&builder, &c);
        assert!(
            out.contacts
                .iter()
                .all(|k| !k.email_body.contains("manager's title")
                    && !k.linkedin_note.contains("manager's title")),
            "{:?}",
            out.contacts
        );
        // A manager's posting that only wants its manager hands-on still asks.
        let hands_on = JobInput::sample(
            "Software Development Manager",
            "Gamma",
            "Berlin, Germany",
            "We want a hands-on leader ready to build, scale, and inspire teams.\nRequirements\n- Proven track record managing engineering teams\n- Python services\n",
        );
        let (_, out) = outreach_for(&hands_on, &c);
        assert!(
            out.contacts
                .iter()
                .any(|k| k.email_body.contains("manager's title")),
            "{:?}",
            out.contacts
        );
        // An engineer's role asks no such thing.
        let job = JobInput::sample(
            "Senior Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        assert!(!out.contacts[1].email_body.contains("manager's title"));
        // A manager's posting that considers leads has taken the step: nothing asks about it,
        // and the letter makes the case the posting opened (CrowdStrike, round 63).
        let job = JobInput::sample(
            "Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- 8+ years in software engineering and 2+ years as an engineering manager (exceptional tech/team leads with informal people-leadership experience are considered)\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        for k in &out.contacts {
            assert!(
                !k.email_body.contains("manager's title"),
                "{}",
                k.email_body
            );
            assert!(
                !k.linkedin_note.contains("manager's title"),
                "{}",
                k.linkedin_note
            );
        }
        let letter = super::super::letter_for(&job, &c);
        assert!(!letter.contains("manager's title"), "{letter}");
        assert!(
            letter.contains("Your posting says that “tech/team leads with informal people-leadership experience are considered”: I have led teams of up to 8 engineers"),
            "{letter}"
        );
    }

    #[test]
    fn the_note_asks_about_every_tool_the_email_asks_about() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Solution Architect",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Strong Azure experience\n- Strong Power Platform experience\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let recruiter = recruiter_of(&out);
        // The message the email sends is the letter.
        let letter = asking_letter(&job, &c);
        assert!(
            recruiter
                .linkedin_note
                .contains("Would the role need Azure and Power Platform from day one?")
                && letter.contains("The posting asks for Azure and Power Platform"),
            "{}\n{letter}",
            recruiter.linkedin_note,
        );
    }

    #[test]
    fn a_managers_note_short_of_room_names_the_role_by_its_head_to_keep_the_result() {
        let kb = "## STAR: Support assistant\n- company: Northwind Logistics\n- skills: Python, Retrieval-augmented generation\n- situation: Agents answered repetitive questions.\n- task: Deflect tickets.\n- action: Designed a retrieval pipeline over pgvector; built an offline evaluation set of 600 real tickets.\n- result: 35% of tickets resolved without an agent; answer accuracy 94% on the evaluation set.\n";
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Northwind Logistics\n2015 – Present\n- Built Python services and a retrieval pipeline over pgvector.\n\n## Skills\n- Python, RAG\n",
            kb,
        )
        .unwrap();
        let job = JobInput::sample(
            "Staff Engineer - Data & AI Focus",
            "The Quality Group",
            "Berlin, Germany",
            "Requirements\n- Python services in production\n- Retrieval-augmented generation with pgvector\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let note = &out.contacts[0].linkedin_note;
        assert!(
            note.contains("35% of tickets") && note.chars().count() <= LINKEDIN_NOTE_MAX,
            "{note}"
        );
    }

    #[test]
    fn the_note_of_a_hybrid_role_abroad_asks_about_the_move() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Senior Solutions Architect",
            "Inception",
            "Abu Dhabi, Abu Dhabi Emirate, United Arab Emirates (Hybrid)",
            "Requirements\n- Python services at scale\n- Python APIs\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts
                .iter()
                .any(|k| k.kind == KnockoutKind::Location),
            "{:?}",
            fit.knockouts
        );
        // A move from Germany to the Emirates needs a visa, which the email asks too (round 90).
        let note = &recruiter_of(&out).linkedin_note;
        assert!(
            note.ends_with("Does it offer relocation and a visa, or could most of it be remote?")
                && note.chars().count() <= LINKEDIN_NOTE_MAX,
            "{note}"
        );
    }

    #[test]
    fn a_tool_the_posting_says_is_required_is_not_asked_about() {
        let c = python_candidate();
        let posting = |line: &str| {
            JobInput::sample(
                "Principal Software Engineer, 3D Graphics",
                "Gamma",
                "Berlin, Germany",
                &format!("What You Need\n* {line}\n* Python services\n"),
            )
        };
        // "Required" on its own line has answered "is it needed from the start?": no letter.
        let job = posting("Experience with Apple's Metal framework required");
        let (fit, out) = outreach_for(&job, &c);
        let k = fit
            .knockouts
            .iter()
            .find(|k| k.kind == KnockoutKind::Stack)
            .expect("a stack knock-out");
        assert!(k.required_alone(), "{k:?}");
        let (a, _, _) = super::super::analysed(&job, &c);
        let settle = settle_questions(&fit, &a, &c, Addressee::Recruiter);
        assert_ne!(
            super::super::generate::LetterKind::settled(&fit, &settle),
            super::super::generate::LetterKind::Enquiry
        );
        assert!(
            out.contacts
                .iter()
                .all(|k| !k.email_body.contains("needed from the start")),
            "{:?}",
            out.contacts
        );
        // Insisted on without "required", the same tool is still a question; so is a required
        // line listing several tools.
        for line in [
            "Strong experience with Apple's Metal framework",
            "Must have: Metal, Java and Kafka",
        ] {
            let (fit, _) = outreach_for(&posting(line), &c);
            let k = fit
                .knockouts
                .iter()
                .find(|k| k.kind == KnockoutKind::Stack)
                .unwrap_or_else(|| panic!("a stack knock-out for {line}: {:?}", fit.knockouts));
            assert!(!k.required_alone(), "{k:?}");
        }
    }

    #[test]
    fn years_of_a_tool_the_cv_lacks_are_not_asked_about_and_the_pack_says_why() {
        let c = python_candidate();
        let job = JobInput::sample(
            "AI Solution Architect",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n* 4+ years leading low-code/automation platforms at scale\n* Python services\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        let k = fit
            .knockouts
            .iter()
            .find(|k| k.kind == KnockoutKind::Stack)
            .unwrap_or_else(|| panic!("a stack knock-out: {:?}", fit.knockouts));
        assert!(k.asks_years_of_stack() && !k.required_alone(), "{k:?}");
        let (a, _, _) = super::super::analysed(&job, &c);
        let settle = settle_questions(&fit, &a, &c, Addressee::Recruiter);
        assert_ne!(
            super::super::generate::LetterKind::settled(&fit, &settle),
            super::super::generate::LetterKind::Enquiry
        );
        // A draft asks it in its note or its email (or sends the letter, which asks it).
        let asks = |out: &Outreach| {
            out.contacts.iter().any(|k| {
                k.linkedin_note.contains("from day one")
                    || k.email_body.contains("needed from the start")
            })
        };
        assert!(!asks(&out), "{:?}", out.contacts);
        // The same tool asked for without years is still a question; so is one beside years of
        // another thing on the line.
        for line in [
            "Strong experience leading low-code/automation platforms at scale",
            "3+ years of Python; strong experience with low-code/automation platforms",
        ] {
            let job = JobInput::sample(
                "AI Solution Architect",
                "Gamma",
                "Berlin, Germany",
                &format!("Requirements\n* {line}\n* Python services\n"),
            );
            let (fit, out) = outreach_for(&job, &c);
            assert!(
                fit.knockouts
                    .iter()
                    .any(|k| k.kind == KnockoutKind::Stack && !k.asks_years_of_stack()),
                "{line}: {:?}",
                fit.knockouts
            );
            assert!(asks(&out), "{line}: {:?}", out.contacts);
        }
    }

    #[test]
    fn a_note_with_no_room_for_the_place_question_asks_it_briefly() {
        let c = python_candidate();
        let mut job = JobInput::sample(
            "Senior AI Engineering Platform Lead for Generative Search",
            "InPost",
            "",
            "Requirements\n- Python services\n",
        );
        job.url = "https://pl.linkedin.com/jobs/view/senior-ai-engineering-manager".into();
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            matches!(
                fit.abroad,
                Some(super::super::knockouts::Abroad::ListedOnSite(_))
            ),
            "{:?}",
            fit.abroad
        );
        let note = &out.contacts[RECRUITER].linkedin_note;
        // InPost (round 81): "Would you have a minute for it?" asked nothing.
        assert!(
            note.ends_with("Could the role be done from Germany?") && !note.contains("a minute"),
            "{note}"
        );
    }

    #[test]
    fn azure_asked_for_years_or_by_the_title_is_not_asked_about_beside_aws_work() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Ran Python services on AWS.\n\n## Skills\n- Python, AWS\n";
        let c = Candidate::from_texts(cv, PYTHON_KB).unwrap();
        let asks_azure = |out: &Outreach| {
            out.contacts.iter().any(|k| {
                k.linkedin_note.contains("Azure") && k.linkedin_note.contains("day one")
                    || k.email_body.contains("needed from the start")
            })
        };
        // Years of a stack that includes Azure (Adentis), and Azure in a title the role's name
        // cuts (NTT Data): both round-80 readers called the question naive.
        for (title, line) in [
            (
                "AI Solution Architect",
                "8+ years of overall experience with the Microsoft technology stack, including proven experience as an Azure Architect",
            ),
            ("IT Solution Architect - AI / ML / Azure / CoPilot", "Python services at scale"),
        ] {
            let job = JobInput::sample(
                title,
                "Gamma",
                "Berlin, Germany",
                &format!("Requirements\n* {line}\n* Python services\n"),
            );
            let (fit, out) = outreach_for(&job, &c);
            assert!(
                fit.knockouts
                    .iter()
                    .any(|k| k.kind == KnockoutKind::Stack && k.missing == ["Azure"]),
                "{title}: {:?}",
                fit.knockouts
            );
            assert!(!asks_azure(&out), "{title}: {:?}", out.contacts);
        }
        // Azure merely required beside AWS work is still a question whether the other cloud
        // counts.
        let job = JobInput::sample(
            "AI Solution Architect",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n* Azure is required\n* Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        assert!(asks_azure(&out), "{:?}", out.contacts);
    }

    #[test]
    fn a_managers_title_asked_outright_is_a_knock_out_no_draft_asks_about() {
        let c = lead_candidate();
        let job = JobInput::sample(
            "Head of Engineering",
            "Gamma",
            "Berlin, Germany",
            "Your profile\n* You are an experienced (Senior) Engineering Manager used to solving engineering problems; the stack is Python\n* Python services\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        let k = fit
            .knockouts
            .iter()
            .find(|k| k.asks_manager_title())
            .unwrap_or_else(|| panic!("{:?}", fit.knockouts));
        assert_eq!(
            k.requirement,
            "You are an experienced (Senior) Engineering Manager used to solving engineering problems"
        );
        let (a, _, _) = super::super::analysed(&job, &c);
        let settle = settle_questions(&fit, &a, &c, Addressee::Recruiter);
        assert_eq!(
            super::super::generate::LetterKind::settled(&fit, &settle),
            super::super::generate::LetterKind::NotDrafted,
            "{:?}",
            settle.questions
        );
        // A line that takes a lead as the other choice asks no title outright.
        let job = JobInput::sample(
            "Head of Engineering",
            "Gamma",
            "Berlin, Germany",
            "Your profile\n* Proven experience as an Engineering Manager or Tech Lead\n* Python services\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        assert!(
            !fit.knockouts.iter().any(|k| k.asks_manager_title()),
            "{:?}",
            fit.knockouts
        );
        // Offered its first rung, the posting is asked whether leading counts for that rung.
        let job = JobInput::sample(
            "Associate Engineering Manager / Engineering Manager",
            "Gamma",
            "Berlin, Germany",
            "Your profile\n* You are an experienced Engineering Manager\n* Python services\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        assert!(
            fit.knockouts.iter().any(|k| k.first_rung().is_some()),
            "{:?}",
            fit.knockouts
        );
    }

    #[test]
    fn expert_depth_in_a_tool_the_cv_lacks_is_not_asked_about() {
        let c = python_candidate();
        let asked_of = |line: &str| {
            let job = JobInput::sample(
                "ML Engineer",
                "Gamma",
                "Berlin, Germany",
                &format!("Requirements\n* {line}\n* Python services\n"),
            );
            let (fit, out) = outreach_for(&job, &c);
            let stack = fit
                .knockouts
                .iter()
                .find(|k| k.kind == KnockoutKind::Stack)
                .cloned()
                .unwrap_or_else(|| panic!("a stack knock-out: {:?}", fit.knockouts));
            let asks = out.contacts.iter().any(|k| {
                k.linkedin_note.contains("from day one")
                    || k.email_body.contains("needed from the start")
            });
            (stack, asks)
        };
        let (k, asks) =
            asked_of("Expert-level understanding of GPU technologies and optimisation techniques");
        assert!(
            k.asks_depth_of_stack() && k.settled_by_posting() && !asks,
            "{k:?}"
        );
        // "Deep understanding of Power BI (semantic models, embedded, security)" is depth too
        // (Prospex CRM, round 97: "is it needed from the start?" read as not having read it).
        let (k, asks) =
            asked_of("Deep understanding of GPU technologies (CUDA kernels, profiling)");
        assert!(k.asks_depth_of_stack() && !asks, "{k:?}");
        // So is depth named with its field between ("Deep ML Expertise: …", Reddit, round 98),
        // and hands-on work the posting says it expects ("we expect you to have hands-on
        // experience in these languages", Schwarz Digits, round 99).
        for line in [
            "Deep ML Expertise: hands-on work with GPU technologies and CUDA kernels",
            "The stack is GPU technologies and we expect you to have hands-on experience in these",
        ] {
            let (k, asks) = asked_of(line);
            assert!(k.asks_depth_of_stack() && !asks, "{line}: {k:?}");
        }
        // Asked for without depth, it is still a question; deep learning is a field, not depth.
        for line in [
            "Strong understanding of GPU technologies is a must",
            "Deep learning knowledge and GPU technologies are a must",
            "Deep reinforcement learning knowledge and GPU technologies are a must",
        ] {
            let (k, _) = asked_of(line);
            assert!(!k.asks_depth_of_stack(), "{line}: {k:?}");
        }
    }

    #[test]
    fn a_tool_two_knockouts_name_is_named_once() {
        let k = |requirement: &str, missing: &[&str]| Knockout {
            kind: KnockoutKind::Stack,
            requirement: requirement.into(),
            reason: String::new(),
            missing: missing.iter().map(|m| m.to_string()).collect(),
            leading: None,
            place: String::new(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            years_asked: false,
            years_short: None,
            field_titled: false,
            refused: false,
        };
        let title = k("Azure (in the title: Azure Architect)", &["Azure"]);
        let line = k(
            "8+ years on Azure and Power Platform",
            &["Azure", "Power Platform"],
        );
        let posting = "Requirements\n- 8+ years on Azure and Power Platform";
        assert_eq!(
            tools_in_prose(&[&title, &line], posting),
            "Azure and Power Platform"
        );
        // Named as the posting names it: Adecco's "Copilot Studio" is no "Power Platform" to
        // its reader (round 101); a spelling of the same name is the lexicon's.
        assert_eq!(
            tools_in_prose(
                &[&line],
                "Requirements\n- 8+ years on azure and Copilot Studio (Copilot Chat, AI Foundry)"
            ),
            "Azure and Copilot Studio"
        );
        let again = k("Azure is mandatory", &["Azure"]);
        let asked = tools_question(&[&title, &again], &python_candidate(), posting);
        assert!(
            asked.ends_with("The posting asks for Azure, which my CV does not show: is it needed from the start?"),
            "{asked}"
        );
    }

    #[test]
    fn tools_offered_as_alternatives_are_asked_about_with_or() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Solutions Architect",
            "Gamma",
            "Berlin, Germany",
            "Wymagania\n- posiadasz solidne doświadczenie architektoniczne w technologiach .NET lub Java lub Node.js\n- Python services\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts.iter().any(|k| k.kind == KnockoutKind::Stack),
            "{:?}",
            fit.knockouts
        );
        let recruiter = recruiter_of(&out);
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains(
                "The posting asks for .NET, Java or Node.js, none of which my CV shows: is one of them needed from the start?"
            ),
            "{letter}"
        );
        assert!(
            recruiter
                .linkedin_note
                .contains("Would the role need .NET, Java or Node.js from day one?"),
            "{}",
            recruiter.linkedin_note
        );
        // Beside another tool, the choice stays a choice.
        let job = JobInput::sample(
            "Solutions Architect",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Solid architecture experience in .NET or Java or Node.js\n- Strong Azure experience\n- Python services\n",
        );
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains(
                "The posting asks for Azure and one of .NET, Java or Node.js, which my CV does not show"
            ),
            "{letter}"
        );
    }

    #[test]
    fn a_requirement_about_what_the_title_names_is_not_asked_about() {
        assert!(about_the_title(
            "8+ years of industry experience with a focus on search and recommendation systems.",
            "Staff Software Engineer, ML Search"
        ));
        // Level and job words say nothing of the work.
        assert!(!about_the_title(
            "5+ years of software engineering experience with Kubernetes",
            "Senior Software Engineer (Remote)"
        ));
        assert!(!about_the_title(
            "Experience with Kafka",
            "Staff Engineer, Payments"
        ));
        // A title with no qualifier names the job, not a subject of its lines.
        assert!(!about_the_title(
            "Hands-on data modelling experience with Snowflake",
            "Senior Data Engineer"
        ));
        // "Solutions" names no subject: on-premises is no part of an "(AI Focus)" title.
        assert!(!about_the_title(
            "Hands-on experience in building on-prem based solutions which can work in isolated environments.",
            "Enterprise Solutions Architect (AI Focus)"
        ));
    }

    #[test]
    fn the_team_led_is_said_once_among_the_questions() {
        let c = lead_candidate();
        let job = JobInput::sample(
            "Head of Engineering",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- You have led teams of 15+ engineers through growth\n- Python services\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts
                .iter()
                .any(|k| k.leading_gap() == Some(super::super::knockouts::LeadingGap::TeamSize)),
            "{:?}",
            fit.knockouts
        );
        // The letter asks; the email sends it.
        assert_eq!(recruiter_of(&out).email_body, SENDS_THE_LETTER);
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("the largest team I have led is 8 engineers"),
            "{letter}"
        );
        let asked = letter.split("\n\n").nth(1).unwrap_or_default();
        assert_eq!(asked.matches("8 engineers").count(), 1, "{letter}");
    }

    #[test]
    fn where_the_role_can_be_held_is_asked_before_years() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Senior Engineer (Remote)",
            "Gamma",
            "",
            "Requirements\n- 15+ years of experience with Python services\n- PostgreSQL\n#RemoteSpainGamma is a software company.\n",
        );
        let (a, _, _) = super::super::analysed(&job, &c);
        let fit = super::super::fit::assess(&job, &a, &c, 2026);
        let settle = settle_questions(&fit, &a, &c, Addressee::Recruiter);
        assert_eq!(settle.questions.len(), 2, "{:?}", settle.questions);
        assert!(
            settle.questions[0].contains("Spain") && settle.questions[1].contains("15+ years"),
            "{:?}",
            settle.questions
        );
    }

    /// A candidate in Berlin who built Python services at one employer: the plainest record a
    /// draft's questions can be checked against.
    /// A Python engineer in Berlin since 2014, with one record of Python work.
    fn python_engineer_since_2014() -> Candidate {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2014-01 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
        let kb = "## STAR: Services\n- company: Acme\n- skills: Python\n- situation: Slow.\n- task: Scale.\n- action: Built Python services.\n- result: Faster.\n";
        Candidate::from_texts(cv, kb).unwrap()
    }

    /// The CV of [`lead_candidate`].
    const LEAD_CV: &str = "# Jane Roe\nBerlin, Germany\n\n## Summary\nStaff engineer. Led teams of up to 8 engineers.\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
    /// The knowledge base of [`lead_candidate`].
    const PYTHON_KB: &str = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Built Python services.\n- result: Faster.\n";

    /// A staff engineer in Python whose summary says the team led (up to 8 engineers).
    fn lead_candidate() -> Candidate {
        Candidate::from_texts(LEAD_CV, PYTHON_KB).unwrap()
    }

    fn python_candidate() -> Candidate {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
        Candidate::from_texts(cv, PYTHON_KB).unwrap()
    }

    #[test]
    fn a_technique_the_title_names_is_not_asked_about_in_place_of_the_candidates_own() {
        // NVIDIA's "Solution Architect - Generative AI and Post-Training" (round 98): the dossier
        // said no answer would change the advice, and the recruiter's draft still asked "would
        // the team consider that experience for it, or is fine-tuning a firm requirement?".
        let cv = "# Jane Roe\nWarsaw, Poland\n\n## Experience\n### Senior ML Engineer — Acme\n2017 – Present\n- Built a RAG service with prompt engineering on Python.\n\n## Skills\n- Python, RAG, prompt engineering\n";
        let c = Candidate::from_texts(cv, PYTHON_KB).unwrap();
        let job = JobInput::sample(
            "Solution Architect - Post-Training",
            "Gamma",
            "Warsaw, Poland",
            "Requirements\n* Post-training of large language models\n* Python\n",
        );
        let (a, _, _) = super::super::analysed(&job, &c);
        let (fit, out) = outreach_for(&job, &c);
        let k = fit
            .knockouts
            .iter()
            .find(|k| k.kind == KnockoutKind::Stack)
            .unwrap_or_else(|| panic!("a stack knock-out: {:?}", fit.knockouts));
        assert!(titled_gap_alternative(k, &a, &c).is_some(), "{k:?}");
        assert!(OtherOpening::find(&fit, &a, &c).is_none());
        assert!(
            out.contacts
                .iter()
                .all(|k| !k.email_body.contains("firm requirement")
                    && !k.linkedin_note.contains("in place of")),
            "{:?}",
            out.contacts
        );
    }

    #[test]
    fn a_careers_years_are_quoted_in_the_postings_words() {
        // SellAnyCar (round 88): "“12+ years of experience”" quoted words the posting never
        // wrote ("Minimum of 12+ years experience in software engineering").
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python, Technical leadership\n";
        let c = Candidate::from_texts(cv, PYTHON_KB).unwrap();
        let job = JobInput::sample(
            "Staff Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Founded 14 years ago, Gamma builds payment rails.\nRequirements\n- Minimum of 14+ years experience in software engineering, including technical leadership.\n- Python services\n",
        );
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("The posting asks for “Minimum of 14+ years experience in software engineering, including technical leadership”: is that a firm minimum"),
            "{letter}"
        );
        let (_, out) = outreach_for(&job, &c);
        let notes: Vec<&str> = out
            .contacts
            .iter()
            .map(|k| k.linkedin_note.as_str())
            .collect();
        assert!(
            notes.iter().any(|n| n
                .contains("Is “Minimum of 14+ years experience in software engineering” firm?"))
                && !notes.iter().any(|n| n.contains("years of experience”")),
            "{notes:?}"
        );
    }

    #[test]
    fn a_careers_years_are_quoted_from_a_bullet_run_on_with_others() {
        // Qvest (round 123): bullets on one line, the years' own without "experience".
        let c = python_candidate();
        let job = JobInput::sample(
            "Staff Engineer",
            "Gamma",
            "Berlin, Germany",
            "What You'll Bring * 14-16+ years in software development, including working in teams * Experience with agile methodologies such as Scrum * Python services\n",
        );
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("“14-16+ years in software development, including working in teams”"),
            "{letter}"
        );
        assert!(!letter.contains("years of experience”"), "{letter}");
    }

    #[test]
    fn a_careers_years_in_another_language_are_quoted_as_the_posting_writes_them() {
        // Future Processing for the Cluj engineer (round 136): "“7+ years of experience”" was
        // quoted, words the Polish posting never wrote.
        let c = python_candidate();
        let job = JobInput::sample(
            "Solutions Architect",
            "Gamma",
            "Berlin, Germany",
            "Szukamy Ciebie, jeśli * masz co najmniej 14 lat doświadczenia w IT, * znasz Python\n",
        );
        let letter = asking_letter(&job, &c);
        assert!(
            letter.contains("“masz co najmniej 14 lat doświadczenia w IT”"),
            "{letter}"
        );
        assert!(!letter.contains("years of experience”"), "{letter}");
    }

    #[test]
    fn pay_in_another_countrys_currency_is_asked_about_where_no_place_is_stated() {
        let c = python_candidate();
        let run = |text: &str| {
            let job = JobInput::sample("Python Engineer", "Gamma", "", text);
            let (fit, out) = outreach_for(&job, &c);
            (fit, out.contacts[1].email_body.clone())
        };
        let in_pln = "Requirements\n- Python services\nThe salary range for this role is 252 000 – 378 000 PLN.\n";
        let (fit, recruiter) = run(in_pln);
        assert_eq!(
            fit.foreign_pay.as_ref().map(|p| p.region.as_str()),
            Some("Poland")
        );
        assert!(
            fit.rationale.contains("the range is in PLN")
                && fit.rationale.contains("(−8: ask the recruiter)"),
            "{}",
            fit.rationale
        );
        // The points are the place's: a yes about where the role can be held gives them back.
        assert!(fit.place_points > 0, "{}", fit.rationale);
        assert!(
            recruiter.contains("The pay range is in PLN and I am based in Berlin, Germany: can the role be held from Germany"),
            "{recruiter}"
        );
        // The question stands on its own, with no stock line about the process after it.
        assert!(!recruiter.contains("process run"), "{recruiter}");
        // The employer's letter does not say it: the currency is the tool's inference.
        let job = JobInput::sample("Python Engineer", "Gamma", "", in_pln);
        let (a, pain, sel) = crate::layers::analysed(&job, &c);
        let letter = super::super::generate::cover_letter(&job, &a, &pain, &sel, &fit, &c);
        assert!(!letter.contains("PLN"), "{letter}");
        // Dollars paid to contractors the world over say nothing of where the role is held.
        let (fit, _) = run(
            "Requirements\n- Python services\nThis role requires an independent contractor agreement. The compensation level is $100 USD/hour.\n",
        );
        assert_eq!(fit.foreign_pay, None);
        // Nor does a US range said with pay set for places outside the United States (TRM Labs,
        // round 84).
        let us = "Requirements\n- Python services\nThe salary range for this role is $215,000 - $230,000.\n";
        assert!(run(us).0.foreign_pay.is_some());
        let (fit, _) = run(&format!(
            "{us}We factor in the different costs for geographies outside the United States.\n"
        ));
        assert_eq!(fit.foreign_pay, None);
        // Ranges in two currencies are both said (Thomson Reuters' US and Ontario ranges, round
        // 139), and one in the candidate's own says the role is held at home too.
        let two = "Requirements\n- Python services\nFor any eligible US locations, the base compensation range for this role is $102,200 USD - $189,800 USD. For Ontario, Canada, the base compensation range for this role is $118,200 CAD - $168,200CAD.\n";
        let (fit, recruiter) = run(two);
        assert!(
            fit.rationale.contains(
                "the ranges are in USD and CAD, the currencies of the United States and Canada"
            ),
            "{}",
            fit.rationale
        );
        assert!(
            recruiter.contains("The pay ranges are in USD and CAD and I am based"),
            "{recruiter}"
        );
        let (fit, _) = run(&two.replace(
            "For Ontario, Canada, the base compensation range for this role is $118,200 CAD - $168,200CAD.",
            "In Germany the salary range is €90,000 - €120,000.",
        ));
        assert_eq!(fit.foreign_pay, None);
        // A home in a currency no posting here pays in (Dubai's dirham) is paid in none of them
        // (Thomson Reuters for the .NET engineer, round 96).
        let dubai = Candidate::from_texts(
            &c.master_cv_text
                .replace("Berlin, Germany", "Dubai, United Arab Emirates"),
            &c.knowledge_base_text,
        )
        .unwrap();
        let job = JobInput::sample("Python Engineer", "Gamma", "", us);
        let (a, _, _) = crate::layers::analysed(&job, &dubai);
        let fit = crate::layers::fit::assess(&job, &a, &dubai, 2026);
        assert_eq!(
            fit.foreign_pay.as_ref().map(|p| p.region.as_str()),
            Some("the United States")
        );
        // A euro range for a role open to a remote area holding the candidate's home is no sign
        // of the euro area (ComX's "Remote (UK / Europe)" for the Cluj engineer, round 136).
        let cluj = Candidate::from_texts(
            &c.master_cv_text
                .replace("Berlin, Germany", "Cluj-Napoca, Romania"),
            &c.knowledge_base_text,
        )
        .unwrap();
        let pay_for = |text: &str| {
            let job = JobInput::sample("Head of Engineering", "Gamma", "", text);
            let (a, _, _) = crate::layers::analysed(&job, &cluj);
            crate::layers::fit::assess(&job, &a, &cluj, 2026).foreign_pay
        };
        let euros = "€120k – €170k | Permanent\nRequirements\n- Python services\n";
        assert_eq!(
            pay_for(euros).as_ref().map(|p| p.currency.as_str()),
            Some("EUR")
        );
        assert_eq!(
            pay_for(&format!(
                "Head of Engineering – Remote (UK / Europe){euros}"
            )),
            None
        );
        // Not a line shutting the area out, nor a data notice (the session-21 review).
        for aside in [
            "Applicants living in Europe are not eligible.",
            "Candidates based in Europe, see our GDPR notice.",
        ] {
            assert_eq!(
                pay_for(&format!("{euros}{aside}\n"))
                    .as_ref()
                    .map(|p| p.currency.as_str()),
                Some("EUR"),
                "{aside}"
            );
        }
        // Pay in the candidate's own currency says nothing.
        let (fit, recruiter) = run(
            "Requirements\n- Python services\nThe salary range for this role is €70,000 – €90,000.\n",
        );
        assert_eq!(fit.foreign_pay, None);
        assert!(!recruiter.contains("pay range"), "{recruiter}");
        // With an office in the candidate's region the question goes with the application, not
        // before it (Docker's offices in Seattle and Paris, round 70).
        let (fit, recruiter) = run(
            "Requirements\n- Python services\nThe salary range for this role is $150,000 - $180,000 per year.\nPerks\n- Remote-first culture, with offices in Seattle and Paris\n",
        );
        assert_eq!(
            fit.foreign_pay
                .as_ref()
                .and_then(|p| p.office_nearby.as_deref()),
            Some("France")
        );
        assert!(fit.asks_first().is_empty(), "{:?}", fit.asks_first());
        assert!(
            recruiter.starts_with("Hello [first name],\n\nI have")
                && recruiter.contains("The pay range is in USD"),
            "{recruiter}"
        );
        // A range in the title is the posting's pay (round 65).
        let job = JobInput::sample(
            "Principal Engineer ($150k – $180k + Equity) at fast-growing Legal AI startup",
            "Gamma",
            "",
            "Requirements\n- Python services\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        assert_eq!(
            fit.foreign_pay.as_ref().map(|p| p.currency.as_str()),
            Some("USD")
        );
        // Below what the United States pays a Principal, dollars say a hire outside it (both
        // round-92 readers of "$50k – $80k + Equity").
        let job = JobInput::sample(
            "Principal Engineer ($50k – $80k + Equity) at fast-growing Legal AI startup",
            "Gamma",
            "",
            "Requirements\n- Python services\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        assert_eq!(fit.foreign_pay, None, "{}", fit.rationale);
        // A month's pay is no year's.
        let job = JobInput::sample(
            "Principal Engineer",
            "Gamma",
            "",
            "Requirements\n- Python services\nThe salary range for this role is $10,000 - $15,000 per month.\n",
        );
        let (fit, _) = outreach_for(&job, &c);
        assert!(fit.foreign_pay.is_some(), "{}", fit.rationale);
    }

    #[test]
    fn a_required_language_asks_the_note_for_roles_where_the_work_is_in_the_candidates() {
        // "Are there similar roles in Arabic or English?": roles are not in a language (both
        // round-132 readers of Microsoft's German-speaking role).
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Go and Python services.\n\n## Skills\n- Go, Python\n\n## Languages\n- English (native)\n- Arabic (native)\n";
        let kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Built Go services.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Senior Backend Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Go and Python services\n- Fluent German is required\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts
                .iter()
                .any(|k| k.kind == KnockoutKind::Language),
            "{:?}",
            fit.knockouts
        );
        let recruiter = recruiter_of(&out);
        let note = &recruiter.linkedin_note;
        assert!(
            note.contains("Are there similar roles where the work is in"),
            "{note}"
        );
        // A record's two results are two sentences: "from 9 to 3. No PAN in logs" had run on as
        // one, and the email told both (round 132; see `units::a_figure_ends`).
        let long_kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Wrote a Go ingestion service that pulls files from the banks' SFTP drops into blob storage. Parsed each format through a per-bank adapter and published normalised records over RabbitMQ. Ran the new service in parallel with the old process for six weeks before switching over.\n- result: Services in scope went from 9 to 3. No PAN in application logs after the fix.\n";
        let c = Candidate::from_texts(cv, long_kb).unwrap();
        let (_, out) = outreach_for(&job, &c);
        let body = &recruiter_of(&out).email_body;
        assert!(
            body.contains("from 9 to 3") && !body.contains("No PAN"),
            "{body}"
        );
    }

    #[test]
    fn a_role_built_on_a_tool_the_cv_lacks_asks_the_recruiter_only_for_another_opening() {
        // SQL and Bash, however often the CV names them, are no team's stack (round 132).
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Go and Python services.\n- Tuned SQL queries, wrote SQL views and SQL reports; automated with Bash and SQL scripts.\n\n## Skills\n- Go, Python, SQL, Bash\n";
        let kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Built Go services.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Senior Backend PHP Software Engineer - Inventory",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- 5+ years of PHP or Java web application engineering experience\n- 2+ years of experience with Laravel, Symfony or similar frameworks\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let recruiter = recruiter_of(&out);
        assert!(
            recruiter.email_body.contains(
                "Is there an opening on the team for that stack? I would be glad to hear of one."
            ),
            "{}",
            recruiter.email_body
        );
        // The posting's choice is said as one.
        assert!(
            recruiter
                .email_body
                .contains("The role is built on PHP or Java"),
            "{}",
            recruiter.email_body
        );
        assert!(
            !recruiter.email_body.contains("is that firm"),
            "{}",
            recruiter.email_body
        );
        // The opening gives no reason of its own: the question says what stands in the way, a
        // place as much as a stack (Airbnb's US-only role, round 127).
        assert!(
            !recruiter.email_body.contains("closer to my own work")
                && (recruiter.email_body.contains("other openings there.")
                    || recruiter.email_body.contains("similar openings.")),
            "{}",
            recruiter.email_body
        );
        // Asking about other openings, the draft does not weigh applying for this one (round 52).
        assert!(
            !recruiter.email_body.contains("before I apply")
                && !recruiter.email_body.contains("Before I apply")
                && recruiter.email_subject.starts_with("Openings like the"),
            "{}\n{}",
            recruiter.email_subject,
            recruiter.email_body
        );
        assert!(
            recruiter
                .linkedin_note
                .contains("Is there an opening for someone working in Go and Python?"),
            "{}",
            recruiter.linkedin_note
        );
        // Neither opens on why the writer does not fit (both round-125 readers).
        for text in [&recruiter.linkedin_note, &recruiter.email_body] {
            assert!(
                !text.contains("cannot apply") && !text.contains("not one I can apply for"),
                "{text}"
            );
        }
        // With a place abroad as a knock-out too, the note asks what the email asks.
        let job = JobInput::sample(
            "Senior Backend PHP Software Engineer - Inventory",
            "Gamma",
            "Austin, Texas",
            "This role is on-site in our Austin, Texas office.\nRequirements\n- 5+ years of PHP or Java web application engineering experience\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.knockouts.len() > 1 && fit.knockouts[0].kind != KnockoutKind::Stack,
            "{:?}",
            fit.knockouts
        );
        let recruiter = recruiter_of(&out);
        assert!(
            recruiter
                .email_body
                .contains("Is there an opening on the team")
                && recruiter
                    .linkedin_note
                    .contains("Is there an opening for someone working in Go and Python?"),
            "{}\n{}",
            recruiter.email_body,
            recruiter.linkedin_note
        );
        // A cloud is offered for a cloud: AWS for Azure, not Docker or Kubernetes.
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Ran Docker and Kubernetes on AWS.\n\n## Skills\n- AWS, Docker, Kubernetes\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let azure = super::super::jd::analyse(&JobInput::sample(
            "Azure AI Architect",
            "Gamma",
            "",
            "Requirements\n- 8+ years on Azure",
        ));
        let k = Knockout {
            kind: KnockoutKind::Stack,
            requirement: "8+ years on Azure".into(),
            reason: String::new(),
            missing: vec!["Azure".into()],
            leading: None,
            place: String::new(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            years_asked: false,
            years_short: None,
            field_titled: false,
            refused: false,
        };
        assert_eq!(
            titled_gap_alternative(&k, &azure, &c).as_deref(),
            Some("AWS")
        );
        // Not asked of a role the title names for the cloud and the cloud caps: the dossier says
        // no answer about the role would change that (EPAM's "GCP Cloud Architect", both readers
        // of round 107); nor beside a certification no draft asks about (round 50).
        let drafts = |text: &str| {
            let job = JobInput::sample("Azure AI Architect", "Gamma", "Berlin, Germany", text);
            let (fit, out) = outreach_for(&job, &c);
            assert_eq!(
                fit.advice,
                super::super::fit::Advice::Skip,
                "{}",
                fit.rationale
            );
            out.contacts
        };
        let alone = drafts("Requirements\n- 8+ years on Azure\n- Docker and Kubernetes\n");
        assert!(alone.is_empty(), "{alone:?}");
        let certified = drafts(
            "Requirements\n- 8+ years on Azure\n- Docker and Kubernetes\n- AZ-204 certification required\n",
        );
        assert!(certified.is_empty(), "{certified:?}");
        // A frontend framework is no answer to a backend runtime, though both are JavaScript.
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built React apps.\n\n## Skills\n- React\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let node = super::super::jd::analyse(&JobInput::sample(
            "Senior Node.js Engineer",
            "Gamma",
            "",
            "Requirements\n- 5+ years of Node.js",
        ));
        let k = Knockout {
            missing: vec!["Node.js".into()],
            ..k
        };
        assert_eq!(titled_gap_alternative(&k, &node, &c), None);
    }

    #[test]
    fn the_peer_asked_about_the_roles_subject_hears_the_story_about_it() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2018 – Present\n- Built a retrieval assistant with RAG.\n\n### Engineer — Beta\n2012 – 2018\n- Migrated 60 services to Kubernetes.\n\n## Skills\n- RAG, Python, Kubernetes\n";
        let kb = "## STAR: Support assistant\n- company: Acme\n- skills: RAG, Python\n- situation: Many tickets.\n- task: Answer safely.\n- action: Built a RAG pipeline over pgvector.\n- result: 35% of tickets resolved.\n\n## STAR: Migration\n- company: Beta\n- skills: Kubernetes, Python\n- situation: Slow deploys.\n- task: Move to Kubernetes.\n- action: Containerised 60 services.\n- result: Zero downtime.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Generative AI Engineer",
            "Gamma",
            "Berlin, Germany",
            "Responsibilities\n- Build retrieval-augmented generation services for our support teams\nRequirements\n- Python and RAG\n- Kubernetes\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let peer = &out
            .contacts
            .iter()
            .find(|k| k.role.contains("engineer on the team"))
            .expect("a peer")
            .email_body;
        assert!(peer.contains("the team's work on"), "{peer}");
        assert!(peer.contains("Acme: I built a RAG pipeline"), "{peer}");
        assert!(!peer.to_lowercase().contains("containerised"), "{peer}");
    }

    #[test]
    fn the_managers_note_says_what_was_built_even_under_a_long_title() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Northwind Logistics\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python, LLMs, RAG\n";
        let kb = "## STAR: RAG support assistant resolving 35% of tickets\n- company: Northwind Logistics\n- situation: Agents answered repetitive questions.\n- task: Deflect tickets.\n- action: Designed a retrieval pipeline over pgvector; built an offline evaluation set of 600 real tickets.\n- result: 35% of tickets resolved without an agent.\n- skills: RAG, LLMs, Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Principal Software Engineer - AI in SDLC Tech Lead",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Build RAG and LLM features in Python\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let note = &out.contacts[0].linkedin_note;
        assert!(note.chars().count() <= LINKEDIN_NOTE_MAX, "{note}");
        assert!(
            note.contains("At Northwind Logistics, I designed a retrieval pipeline over pgvector"),
            "{note}"
        );
        assert!(
            note.contains("the Principal Software Engineer role at Gamma"),
            "{note}"
        );
    }

    #[test]
    fn an_email_is_signed_with_the_phone_and_linkedin_not_the_whole_cv_header() {
        let cv = "# Jane Roe\nBerlin, Germany · jane@example.com · +49 30 555 1234 · linkedin.com/in/jane-roe · github.com/jane-roe\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
        let kb = "## STAR: Services\n- company: Acme\n- skills: Python\n- situation: Slow services.\n- task: Speed them up.\n- action: Rewrote the services in Python.\n- result: Latency halved.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        for k in &out.contacts {
            assert!(
                k.email_body
                    .ends_with("Jane Roe\n+49 30 555 1234 · linkedin.com/in/jane-roe"),
                "{}",
                k.email_body
            );
        }
        let signature = |contact: &str| {
            email_signature(&crate::candidate::MasterCv {
                contact: contact.into(),
                ..Default::default()
            })
        };
        assert_eq!(signature("Berlin · jane@example.com"), None);
        assert_eq!(
            signature("jane@example.com\nPhone: +49 30 555 1234\nBorn 01.01.1990"),
            Some("+49 30 555 1234".to_string())
        );
        assert_eq!(
            signature("Berlin, jane@example.com, linkedin.com/in/jane-roe"),
            Some("linkedin.com/in/jane-roe".to_string())
        );
    }

    #[test]
    fn the_managers_note_says_an_approximation_in_words() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Northwind Logistics\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python, LLMs\n";
        let kb = "## STAR: LLM evaluation in CI\n- company: Northwind Logistics\n- situation: Prompt changes shipped unchecked.\n- task: Check them.\n- action: Built a golden set of 600 questions.\n- result: Review went from ~3 days to under 1 hour.\n- skills: LLMs, Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Build LLM features in Python\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let note = &out.contacts[0].linkedin_note;
        assert!(note.contains("about 3 days"), "{note}");
        assert!(!note.contains('~'), "{note}");
    }

    #[test]
    fn a_note_with_no_room_for_the_story_tells_the_cvs_bullet_with_its_result() {
        // Eneba's hiring manager (round 99) read "At Harbourline Energy, I introduced data
        // contracts between producer and billing teams.": what was done, not what came of it.
        let cv = "# Sam Rivera\nLisbon, Portugal\n\n## Experience\n### Engineering Manager — Harbourline Energy\n2022-01 – Present\n- Cut failed nightly billing runs from 14 to 1 per month by adding data contracts, dbt tests and alerting. Warned the owning team early.\n- Led 9 engineers building the metering platform.\n\n## Skills\n- dbt, Python, Kafka\n";
        let kb = "## STAR: Billing runs from 14 failures a month to 1\n- company: Harbourline Energy\n- situation: Nightly billing runs failed about 14 times a month because upstream meter data changed shape without notice.\n- task: Stop the failures.\n- action: Introduced data contracts between producer and billing teams, and added dbt tests on every contract.\n- result: Failed billing runs fell from 14 to 1 per month and late invoices were stopped.\n- skills: dbt, Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Data Engineering Manager",
            "Gamma",
            "Lisbon, Portugal",
            "Requirements\n- Reliable data pipelines with dbt and Python\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let manager = out
            .contacts
            .iter()
            .find(|k| k.linkedin_note.contains("I've applied"))
            .unwrap_or_else(|| panic!("{:?}", out.contacts));
        let note = &manager.linkedin_note;
        assert!(note.chars().count() <= LINKEDIN_NOTE_MAX, "{note}");
        assert!(
            note.ends_with("At Harbourline Energy, I cut failed nightly billing runs from 14 to 1 per month by adding data contracts, dbt tests and alerting."),
            "{note}"
        );
    }

    #[test]
    fn a_note_tells_a_records_headline_and_leaves_out_the_readers_own_company_for_room() {
        // TRM Labs' hiring manager (round 98) got "Hi, I've applied for the Senior or Staff
        // Applied AI Engineer role at TRM Labs. Happy to compare notes on model evaluation.":
        // nothing of the candidate's work fitted beside the long title.
        let cv = "# Tomasz Wieczorek\nWarsaw, Poland\n\n## Experience\n### Senior Machine Learning Engineer — Wistra Market\n2021 – Present\n- Built Python services.\n\n## Skills\n- Python, LLMs, MLflow\n";
        let kb = "## STAR: Built an LLM evaluation harness in CI that cut review from ~3 days to under 1 hour and caught 2 regressions\n- company: Wistra Market\n- situation: Every prompt or model change was checked by hand by two people reading a few hundred answers in a spreadsheet.\n- task: Make LLM changes testable like normal code, with a score we trusted.\n- action: Built a 600-question golden set from real buyer questions, labelled by 2 customer-support specialists (correct / partially correct / unsupported / should have declined).\n- result: Review cycle from ~3 days of manual checks to under 1 hour, and the harness is now reused by a second team for listing-description generation.\n- skills: LLMs, Python, MLflow, model evaluation\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Senior or Staff Applied AI Engineer",
            "TRM Labs",
            "Warsaw, Poland",
            "Requirements\n- Build an LLM evaluation system in Python with MLflow\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let note = &out
            .contacts
            .iter()
            .find(|k| {
                k.linkedin_note
                    .contains("I've applied for the Senior or Staff")
            })
            .unwrap_or_else(|| panic!("{:?}", out.contacts))
            .linkedin_note;
        assert!(note.chars().count() <= LINKEDIN_NOTE_MAX, "{note}");
        assert!(
            note.contains("role. At Wistra Market, I built an LLM evaluation harness in CI that cut review from about 3 days to under 1 hour"),
            "{note}"
        );
    }

    #[test]
    fn a_note_with_no_room_for_the_result_tells_the_step_as_a_sentence() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Northwind Logistics\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python, LLMs, RAG\n";
        let kb = "## STAR: RAG support assistant resolving 35% of tickets\n- company: Northwind Logistics\n- situation: Agents answered repetitive questions.\n- task: Deflect tickets.\n- action: Designed a retrieval pipeline over pgvector; built an offline evaluation set of 600 real tickets.\n- result: 35% of tickets resolved without an agent; customer satisfaction unchanged.\n- skills: RAG, LLMs, Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let note_for = |title: &str| {
            let job = JobInput::sample(
                title,
                "The Quality Group Holding International",
                "Berlin, Germany",
                "Requirements\n- Build RAG and LLM features in Python\n",
            );
            let (_, out) = outreach_for(&job, &c);
            out.contacts[0].linkedin_note.clone()
        };
        // Without the reader's own company the step and its result fit.
        let note = note_for("Staff Engineer Data and AI");
        assert!(note.chars().count() <= LINKEDIN_NOTE_MAX, "{note}");
        assert!(
            note.ends_with("role. At Northwind Logistics, I designed a retrieval pipeline over pgvector — 35% of tickets were resolved without an agent."),
            "{note}"
        );
        // Beside a title too long for both, the step alone, as a sentence.
        let note =
            note_for("Staff Engineer for Data and AI Platforms and Developer Productivity Tooling");
        assert!(note.chars().count() <= LINKEDIN_NOTE_MAX, "{note}");
        assert!(
            note.ends_with(
                "At Northwind Logistics, I designed a retrieval pipeline over pgvector."
            ),
            "{note}"
        );
        assert!(!note.contains("RAG support assistant"), "{note}");
    }

    #[test]
    fn the_drafts_say_an_open_count_of_years_open() {
        // The ML engineer's "7+ years" (round 115): "I have 7 years" read as rounding him down.
        let c = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Summary\nEngineer with 7+ years of professional experience.\n\n## Experience\n### Staff Engineer — Acme\n2019 – Present\n- Built Python services.\n\n## Skills\n- Python\n",
            PYTHON_KB,
        )
        .unwrap();
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let said = drafts_saying(&out, "years of experience");
        assert!(!said.is_empty(), "{:?}", out.contacts);
        assert!(
            said.iter()
                .all(|t| t.contains("over 7 years of experience")),
            "{said:?}"
        );
    }

    #[test]
    fn a_services_role_is_hired_by_the_services_practice() {
        // Databricks' Resident Solutions Architect (round 115): a Head of Engineering was the
        // wrong person to write to.
        let c = python_candidate();
        let role_of = |title: &str| {
            let job = JobInput::sample(title, "Gamma", "", "Requirements\n- Python services\n");
            let (_, out) = outreach_for(&job, &c);
            out.contacts
                .first()
                .map(|k| k.role.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            role_of("Data & AI Platform Architect (Professional Services)"),
            "Professional Services Manager"
        );
        assert_ne!(
            role_of("Data & AI Platform Architect"),
            "Professional Services Manager"
        );
        let job = JobInput::sample(
            "Data & AI Platform Architect (Professional Services)",
            "Gamma",
            "",
            "Requirements\n- Python services\n",
        );
        let (_, out) = outreach_for(&job, &c);
        assert!(
            out.contacts
                .iter()
                .any(|k| k.role.contains("solutions architect")),
            "{:?}",
            out.contacts.iter().map(|k| &k.role).collect::<Vec<_>>()
        );
    }

    #[test]
    fn beside_another_kind_of_work_the_place_is_no_question_for_the_recruiter() {
        let c = python_candidate();
        let job = JobInput {
            url: "https://dk.linkedin.com/jobs/view/platform-architect-1".into(),
            ..JobInput::sample(
                "Data & AI Platform Architect (Professional Services)",
                "Gamma",
                "",
                "In our Professional Services team you will work with clients on customer engagements.\nResponsibilities\n- RSAs are billable and complete projects to specification\nRequirements\n- Python services\n",
            )
        };
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.rationale
                .contains("listed on LinkedIn in Denmark, and the candidate is in Berlin, Germany: no question for the recruiter, since the kind of work decides"),
            "{}",
            fit.rationale
        );
        assert!(out.contacts.is_empty(), "{:?}", out.contacts);
    }

    #[test]
    fn a_posting_naming_no_place_found_on_a_far_linkedin_site_costs_points_and_is_asked_about() {
        let c = python_candidate();
        let job_at = |url: &str| JobInput {
            url: url.into(),
            ..JobInput::sample(
                "Python Engineer",
                "Gamma",
                "",
                "Requirements\n- Python services\n",
            )
        };
        let at = |url: &str| outreach_for(&job_at(url), &c);
        let (near, _) = at("https://pl.linkedin.com/jobs/view/python-engineer-1");
        let (far, out) = at("https://pk.linkedin.com/jobs/view/python-engineer-1");
        let (home, _) = at("https://de.linkedin.com/jobs/view/python-engineer-1");
        assert_eq!(home.abroad, None);
        // The letter to the employer says nothing of the site: that is the tool's inference.
        let job = job_at("https://pk.linkedin.com/jobs/view/python-engineer-1");
        let (a, pain, sel) = super::super::analysed(&job, &c);
        let letter = super::super::generate::cover_letter(&job, &a, &pain, &sel, &far, &c);
        assert!(!letter.contains("Pakistan"), "{letter}");
        assert_eq!(near.fit_score, home.fit_score, "{}", near.rationale);
        assert!(far.fit_score < near.fit_score, "{}", far.rationale);
        assert!(
            far.rationale
                .contains("it is listed on LinkedIn in Pakistan, and the candidate is in Berlin, Germany: a question for the recruiter (−8)"),
            "{}",
            far.rationale
        );
        let recruiter = &out.contacts[1];
        assert!(
            recruiter.email_body.contains("The posting, advertised in Pakistan, names no place of work, and I am based in Berlin, Germany: where is the role based, and would it come with relocation and visa support, or could it be done from Germany?"),
            "{}",
            recruiter.email_body
        );
        // Saying it is remote, it is not asked where it is based (round 50).
        let remote = JobInput {
            description: "Requirements\n- Python services\n100% remote.".into(),
            ..job_at("https://pk.linkedin.com/jobs/view/python-engineer-1")
        };
        let (fit, out) = outreach_for(&remote, &c);
        assert!(
            matches!(
                fit.abroad,
                Some(super::super::knockouts::Abroad::AdvertisedRemote(_))
            ),
            "{:?}",
            fit.abroad
        );
        assert!(
            !out.contacts[1]
                .email_body
                .contains("where is the role based"),
            "{}",
            out.contacts[1].email_body
        );
        // Said as advertised there: the posting never says where it is remote (round 54).
        assert!(
            out.contacts[1]
                .email_body
                .contains("advertised in Pakistan, says the role is remote")
                && !out.contacts[1].email_body.contains("listed as remote in"),
            "{}",
            out.contacts[1].email_body
        );
        // Put to whoever posted it, the site's country is theirs to know (round 87).
        let (a, _, _) = super::super::analysed(&remote, &c);
        for to in [Addressee::Employer, Addressee::Poster] {
            let asked = settle_questions(&fit, &a, &c, to).questions.join(" ");
            assert!(
                asked.contains("The posting says the role is remote and I am based in Berlin")
                    && !asked.contains("Pakistan"),
                "{to:?}: {asked}"
            );
        }
    }

    #[test]
    fn a_remote_posting_naming_no_country_asks_the_recruiter_where_it_hires() {
        // Jack & Jill's remote Principal Engineer (round 122): both readers asked it first.
        let c = python_candidate();
        let job = JobInput {
            url: "https://www.linkedin.com/jobs/view/python-engineer-1".into(),
            ..JobInput::sample(
                "Python Engineer",
                "Gamma",
                "",
                "We are hiring a Python Engineer (Remote).\nRequirements\n- Python services\n",
            )
        };
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.rationale.contains("Location: a remote role naming no country it hires in; the candidate is in Berlin, Germany: no points off, a question for the recruiter."),
            "{}",
            fit.rationale
        );
        // A question for the recruiter, not one that holds the letter back.
        assert!(fit.asks_first().is_empty(), "{:?}", fit.asks_first());
        assert!(
            out.contacts[1].email_body.contains("The posting names no country the remote role hires in and I am based in Berlin, Germany: does it hire in Germany?"),
            "{}",
            out.contacts[1].email_body
        );
    }

    #[test]
    fn a_contract_is_said_in_the_fit_and_asked_about() {
        let c = python_candidate();
        let run = |text: &str, criteria: &str| {
            let mut job = JobInput::sample("Python Engineer", "Gamma", "Berlin, Germany", text);
            job.criteria = criteria.into();
            let (fit, out) = outreach_for(&job, &c);
            (fit, out.contacts[1].email_body.clone())
        };
        let (fit, recruiter) = run(
            "Requirements\n- Python services\nBenefits\n- Flexible Independent Contractor Agreement: unlock the benefits of flexibility\n",
            "",
        );
        assert_eq!(
            fit.contract,
            Some(super::super::knockouts::Contract::Quoted(
                "Independent Contractor Agreement".into()
            ))
        );
        assert!(
            fit.rationale.contains(
                "Contract: the role is engaged as a contract (“Independent Contractor Agreement”) (no points off"
            ),
            "{}",
            fit.rationale
        );
        assert!(
            recruiter.contains("The role is engaged as a contract (“Independent Contractor Agreement”): what would its length and terms be, and is employment an option?"),
            "{recruiter}"
        );
        // A posting whose dates state the length is asked its terms, not its length (NTT Data,
        // round 80).
        let (_, recruiter) = run(
            "Start Date: March 1, 2027 - December 31, 2027\nRequirements\n- Python services\nBenefits\n- Flexible Independent Contractor Agreement\n",
            "",
        );
        assert!(
            recruiter.contains("(“Independent Contractor Agreement”) until 31 December 2027: what would its terms be, and is employment an option?"),
            "{recruiter}"
        );
        // A posting that states the length and the rate is asked only about employment.
        let (_, recruiter) = run(
            "Requirements\n- Python services\nThis is a long-term position on an independent contractor agreement, paid $100 USD/hour.\n",
            "",
        );
        assert!(
            recruiter.contains(": is employment an option, or is the contract the only way?")
                && !recruiter.contains("length and terms"),
            "{recruiter}"
        );
        // One that states them and requires the contract leaves nothing to ask about it.
        let (_, recruiter) = run(
            "Requirements\n- Python services\nThis is a long-term position and requires entering into an independent contractor agreement. The rate is $100 USD/hour.\n",
            "",
        );
        assert!(
            !recruiter.contains("employment an option") && !recruiter.contains("contract"),
            "{recruiter}"
        );
        let (fit, recruiter) = run(
            "Requirements\n- Python services\n",
            "EMPLOYMENT TYPEContractJOB FUNCTIONEngineering",
        );
        assert_eq!(
            fit.contract,
            Some(super::super::knockouts::Contract::ListingType)
        );
        assert!(
            recruiter.contains("The role is listed as a contract: what would its length"),
            "{recruiter}"
        );
        // "Long-term B2B collaboration" among the perks is a contract, and no B2B skill
        // (Provectus, round 97).
        let (fit, _) = run(
            "Requirements\n- Python services\nWhat we offer\n* Long-term B2B collaboration\n* 100% remote\n",
            "",
        );
        assert_eq!(
            fit.contract,
            Some(super::super::knockouts::Contract::Quoted(
                "Long-term B2B collaboration".into()
            ))
        );
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "",
            "Requirements\n- Python services\nWhat we offer\n* Long-term B2B collaboration\n",
        );
        assert!(!crate::layers::jd::analyse(&job).asked().any(|k| k == "B2B"));
        // A contract the posting prefers is asked about too, and is no B2B skill (EverAI,
        // round 59: "Contract Type: We prefer B2B, but we're flexible").
        let (fit, recruiter) = run(
            "Requirements\n- Python services\nContract Type: We prefer B2B, but we're flexible.\n",
            "",
        );
        assert_eq!(
            fit.contract,
            Some(super::super::knockouts::Contract::Preferred(
                "We prefer B2B, but we're flexible".into()
            ))
        );
        assert!(
            recruiter.contains("The posting prefers a contract (“We prefer B2B, but we're flexible”): would employment work as well?"),
            "{recruiter}"
        );
        assert!(
            !fit.matched_must
                .iter()
                .chain(&fit.missing_must)
                .any(|k| k == "B2B"),
            "{}",
            fit.rationale
        );
        // A field the posting prefers is no contract.
        let saas = super::super::jd::analyse(&JobInput::sample(
            "Python Engineer",
            "Gamma",
            "Berlin, Germany",
            "Requirements\n- Python services\n- We prefer B2B SaaS experience.\n",
        ));
        assert_eq!(super::super::knockouts::contract_terms(&saas), None);
        // An offer of either form is no contract term.
        for either in [
            "You can join as an employee or under an independent contractor agreement, as you prefer.",
            "We hire employees or freelancers (B2B contract possible).",
        ] {
            let (fit, _) = run(
                &format!("Requirements\n- Python services\n{either}\n"),
                "EMPLOYMENT TYPEFull-timeJOB FUNCTIONEngineering",
            );
            assert_eq!(fit.contract, None, "{either}");
        }
        // A privacy notice's "independent contractor role", or a full-time listing, is none.
        let (fit, recruiter) = run(
            "Requirements\n- Python services\nWe use your information to evaluate your application for employment or an independent contractor role.\n",
            "EMPLOYMENT TYPEFull-timeJOB FUNCTIONEngineering",
        );
        assert_eq!(fit.contract, None);
        assert!(!recruiter.contains("contract"), "{recruiter}");
    }

    #[test]
    fn a_remote_role_listed_in_the_us_is_asked_about_before_the_letter() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "United States",
            "This is a remote-friendly role.\nRequirements\n- Python services\n",
        );
        let (a, pain, sel) = super::super::analysed(&job, &c);
        let fit = super::super::fit::assess(&job, &a, &c, 2026);
        assert_eq!(
            fit.abroad,
            Some(super::super::knockouts::Abroad::ListedRemote(
                "United States".into()
            ))
        );
        assert!(
            fit.rationale
                .contains("a remote role listed in the United States"),
            "{}",
            fit.rationale
        );
        let (_, out) = outreach_for(&job, &c);
        let recruiter = &out.contacts[1];
        assert!(
            recruiter.email_body.contains("The role is listed as remote in the United States and I am based in Berlin, Germany: is it open to candidates in Germany?"),
            "{}",
            recruiter.email_body
        );
        assert!(
            recruiter
                .linkedin_note
                .contains("Is the role open to candidates in Germany?"),
            "{}",
            recruiter.linkedin_note
        );
        // Advised to apply, the recruiter is asked before the application, not after it (round
        // 55: "I have applied … could it be done from Germany?").
        assert_ne!(fit.advice, super::super::fit::Advice::Skip);
        assert!(
            recruiter
                .email_subject
                .starts_with("A question before applying")
                && !recruiter.email_body.contains("I have applied")
                && !recruiter.email_body.contains("is in, and")
                && recruiter.email_body.contains("I would")
                && !recruiter.email_body.contains("hear of any"),
            "{}\n{}",
            recruiter.email_subject,
            recruiter.email_body
        );
        assert!(
            recruiter.linkedin_note.contains("before I apply"),
            "{}",
            recruiter.linkedin_note
        );
        // The recruiter is asked first: the letter, for after the answer, does not ask again.
        let letter = super::super::generate::cover_letter(&job, &a, &pain, &sel, &fit, &c);
        assert!(
            !letter.is_empty() && !letter.contains("I am based in"),
            "{letter}"
        );
    }

    #[test]
    fn the_hiring_manager_hears_the_field_the_candidate_shares_with_the_employer() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Northwind Logistics\n2021 – Present\n- Built Kafka services.\n\n### Engineer — Contoso Payments\n2016 – 2020\n- Built Go services.\n- Built a fraud-scoring service.\n\n## Skills\n- Kafka\n";
        let kb = "## STAR: Events\n- company: Northwind Logistics\n- skills: Kafka\n- situation: Slow.\n- task: Scale.\n- action: Built Kafka services.\n- result: 40k events per second.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let email = |description: &str| {
            let job = JobInput::sample("Senior Engineer", "InPost", "", description);
            let (_, out) = outreach_for(&job, &c);
            out.contacts[0].email_body.clone()
        };
        let logistics = email("InPost Group is Europe’s leading logistics partner for parcel lockers.\nRequirements\n- Kafka");
        assert!(
            logistics.contains(
                "I know logistics too: I have worked in it since 2021, at Northwind Logistics."
            ),
            "{logistics}"
        );
        let payments = email(
            "At InPost, we build payments infrastructure for online shops.\nRequirements\n- Kafka",
        );
        assert!(
            payments.contains(
                "I know fintech too: I worked in it from 2016 to 2020 at Contoso Payments."
            ),
            "{payments}"
        );
        let other = email("At InPost, we build mobile games across Europe.\nRequirements\n- Kafka");
        assert!(!other.contains(" too: "), "{other}");
        // A board's industry tag alone names no field: a consultancy tagged with logistics whose
        // posting is about ML platforms.
        let tagged = |description: &str| {
            let mut job = JobInput::sample("ML Tech Lead", "Provectus", "", description);
            job.criteria = "INDUSTRIESTransportation, Logistics, Supply Chain and Storage".into();
            let (_, out) = outreach_for(&job, &c);
            out.contacts[0].email_body.clone()
        };
        let untold = tagged("Requirements\n- Kafka and ML platforms for our clients");
        assert!(!untold.contains(" too: "), "{untold}");
        let told = tagged("Requirements\n- Kafka for our logistics clients' tracking");
        assert!(told.contains("I know logistics too"), "{told}");
        // A field only a bullet names claims no years in it.
        let fraud =
            email("At InPost, we fight financial fraud for online shops.\nRequirements\n- Kafka");
        assert!(
            fraud.contains("I know fraud detection too: I worked on it at Contoso Payments."),
            "{fraud}"
        );
    }

    #[test]
    fn the_recruiter_is_asked_what_a_location_or_authorisation_knockout_needs_settled() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built services.\n\n## Skills\n- Python\n";
        let kb = "## STAR: Events\n- company: Acme\n- situation: Slow.\n- task: Scale.\n- action: Kafka.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let on_site = super::super::jd::analyse(&JobInput::sample(
            "AI Lead",
            "Gamma",
            "",
            "Work Hours: 9:30 AM – 6:30 PM (On-site)\nRequirements\n- Python",
        ));
        let k = Knockout {
            kind: KnockoutKind::Location,
            requirement: "located in Pakistan".into(),
            reason: String::new(),
            missing: Vec::new(),
            leading: None,
            place: "Pakistan".into(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            years_asked: false,
            years_short: None,
            field_titled: false,
            refused: false,
        };
        let q = settle_question(&k, &on_site, &c).unwrap().text;
        assert!(
            q.starts_with("The role is on-site in Pakistan and I am based in Berlin"),
            "{q}"
        );
        assert!(q.contains("relocation"), "{q}");
        // Remote from another country: whether it could be held from home, or a similar opening
        // could (round 57).
        let remote = super::super::jd::analyse(&JobInput::sample(
            "AI Lead",
            "Gamma",
            "Remote, Romania",
            "Requirements\n- Python",
        ));
        let q = settle_question(&k, &remote, &c).unwrap().text;
        assert_eq!(
            q,
            "The posting places the role in Pakistan and I am based in Berlin, Germany: could the role, or a similar one, be done from Germany?"
        );
        let visa = Knockout {
            kind: KnockoutKind::Authorisation,
            place: String::new(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            ..k.clone()
        };
        // On site abroad, the right to work is the move's: sponsorship is asked.
        assert!(settle_question(&visa, &on_site, &c)
            .unwrap()
            .text
            .contains("does the role offer visa sponsorship"));
        // Remote, it is asked as whether the role can be held from home, not as a move (round
        // 60: "does the role offer visa sponsorship?" assumed one).
        let remote_us = super::super::jd::analyse(&JobInput::sample(
            "AI Lead",
            "Gamma",
            "United States (Remote)",
            "Requirements\n- Python",
        ));
        assert_eq!(
            settle_question(&visa, &remote_us, &c).unwrap().text,
            "I am based in Berlin, Germany: could the role be held from Germany, or is it open only to people with the right to work in Pakistan?"
        );
        // Years are asked about as a floor the process may weigh, with no claim about them.
        let years = Knockout {
            kind: KnockoutKind::Years,
            requirement: "12+ years of experience".into(),
            ..k.clone()
        };
        assert_eq!(
            settle_question(&years, &on_site, &c).map(|q| q.text).as_deref(),
            Some("The posting asks for “12+ years of experience”: is that a firm minimum, or would the rest of my record be considered?")
        );
        let stack = Knockout {
            kind: KnockoutKind::Stack,
            missing: vec!["vLLM".into(), "TensorRT".into()],
            ..k.clone()
        };
        let q = settle_question(&stack, &on_site, &c).unwrap().text;
        assert!(
            q.contains("vLLM and TensorRT, which my CV does not show"),
            "{q}"
        );
        let managers = Knockout {
            kind: KnockoutKind::Experience,
            requirement: "Lead, mentor, and support a lean core of engineering managers,…".into(),
            leading: Some(super::super::knockouts::LeadingGap::ManagingManagers),
            ..k.clone()
        };
        // Files that show no team led do not ask whether leading managers is firm (Eneba for the
        // data engineer, both round-128 readers).
        assert_eq!(c.team_led_size(), None);
        assert!(settle_question(&managers, &on_site, &c).is_none());
        // Managers led are asked about as managers, a team's size as its size (Eneba, round 68).
        let lead = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Led a team of 6 engineers building Python services.\n\n## Skills\n- Python\n",
            kb,
        )
        .unwrap();
        assert_eq!(lead.facts.largest_team, Some(6));
        let q = settle_question(&managers, &on_site, &lead).unwrap().text;
        assert!(
            q.starts_with("One line of the posting reads “Lead, mentor, and support a lean core of engineering managers”")
                && q.ends_with("and I have led a team of 6 engineers: would you consider someone taking the step to leading managers in this role?"),
            "{q}"
        );
        let size = Knockout {
            requirement: "You've scaled teams to 30+".into(),
            leading: Some(super::super::knockouts::LeadingGap::TeamSize),
            ..managers.clone()
        };
        let q = settle_question(&size, &on_site, &lead).unwrap().text;
        assert!(
            q.ends_with(
                "the largest team I have led is 6 engineers: is experience on that scale a must?"
            ),
            "{q}"
        );
        // Far short of the size asked, no question: the posting has said it (Siena AI, round
        // 109); near it, still one.
        let far = Knockout {
            years_short: Some((6, 30)),
            ..size.clone()
        };
        assert!(settle_question(&far, &on_site, &lead).is_none());
        let near = Knockout {
            years_short: Some((6, 8)),
            ..size.clone()
        };
        assert!(settle_question(&near, &on_site, &lead).is_some());
        // With no team led at all, the size is not asked about either, though by its numbers the
        // record is not "far short" (round 128).
        let none = Knockout {
            years_short: Some((0, 30)),
            ..size.clone()
        };
        assert!(none.kind == KnockoutKind::Experience && !none.far_short());
        assert!(settle_question(&none, &on_site, &c).is_none());
        // Years in an industry are no question of team size.
        let industry = Knockout {
            kind: KnockoutKind::Experience,
            requirement: "5+ years in oil and gas".into(),
            missing: Vec::new(),
            ..k.clone()
        };
        assert_eq!(
            settle_question(&industry, &on_site, &c)
                .map(|q| q.text)
                .as_deref(),
            Some("One line of the posting reads “5+ years in oil and gas”: is that firm?")
        );
        // Another kind of work is not asked about: no process settles it.
        let family = Knockout {
            kind: KnockoutKind::RoleFamily,
            ..k.clone()
        };
        assert!(settle_question(&family, &on_site, &c).is_none());
        let polish = Knockout {
            kind: KnockoutKind::Language,
            missing: vec!["Polish".into()],
            ..k
        };
        let q = settle_question(&polish, &on_site, &c).unwrap().text;
        assert!(q.contains("is Polish a must"), "{q}");
        // A posting that insists has answered that: another opening is asked about instead.
        let required = Knockout {
            requirement: "Fluent Polish required".into(),
            ..polish.clone()
        };
        let speaker =
            Candidate::from_texts(&format!("{cv}\n## Languages\n- English (native)\n"), kb)
                .unwrap();
        let q = settle_question(&required, &on_site, &speaker).unwrap().text;
        assert!(
            q.ends_with("are there similar roles where the work is in English?")
                && !q.contains("a must"),
            "{q}"
        );
        let remote = super::super::jd::analyse(&JobInput::sample(
            "AI Lead",
            "Gamma",
            "",
            "Requirements\n- Python",
        ));
        let residing = Knockout {
            kind: KnockoutKind::Location,
            requirement: "Residing in Poland required".into(),
            place: "Poland".into(),
            ..polish.clone()
        };
        // "A plus, not a must" insists on nothing.
        assert!(!Knockout {
            requirement: "Polish is a plus, not a must".into(),
            ..polish.clone()
        }
        .insisted());
        let q = settle_question(&residing, &remote, &c).unwrap().text;
        assert!(
            q.ends_with("are there similar openings that could be held from Germany?"),
            "{q}"
        );
        let asked = settle_question(&residing, &remote, &c).unwrap();
        assert!(asked.elsewhere);
        // Hybrid abroad is asked about as a move and remote work, not as whether it could all be
        // done from home (round 49).
        let hybrid = super::super::jd::analyse(&JobInput::sample(
            "AI Lead",
            "Gamma",
            "Abu Dhabi, United Arab Emirates (Hybrid)",
            "Requirements\n- Python",
        ));
        assert_eq!(hybrid.work_mode, WorkMode::Hybrid);
        let abroad = Knockout {
            requirement: "hybrid in Abu Dhabi".into(),
            place: "Abu Dhabi".into(),
            ..residing.clone()
        };
        let q = settle_question(&abroad, &hybrid, &c).unwrap();
        // A move to a country the candidate needs a permit for asks for a visa too (Qvest's New
        // York role for a candidate in Warsaw, round 90); one within the EU does not.
        assert!(
            q.text.contains("hybrid in Abu Dhabi")
                && q.text.contains("relocation and visa support")
                && !q.text.contains("could the role be done from")
                && !q.elsewhere,
            "{}",
            q.text
        );
        let paris = Knockout {
            requirement: "hybrid in Paris".into(),
            place: "Paris, France".into(),
            ..residing.clone()
        };
        let q = settle_question(&paris, &hybrid, &c).unwrap();
        assert!(
            q.text.contains(
                "would it come with relocation support, or could most of it be done remotely?"
            ),
            "{}",
            q.text
        );
        // A certification is named, so the recruiter can answer, and asked about, not promised.
        let cert = Knockout {
            kind: KnockoutKind::Certification,
            missing: vec!["AZ-204".into()],
            ..polish
        };
        assert_eq!(
            settle_question(&cert, &on_site, &c).map(|q| q.text).as_deref(),
            Some("The posting asks for the AZ-204 certification, which I do not hold yet: is it needed from the start, or could it be earned after joining?")
        );
    }

    #[test]
    fn a_posting_that_rules_sponsorship_out_is_not_asked_for_it() {
        assert!(rules_out_sponsorship(
            "We are unable to sponsor visas for this role"
        ));
        assert!(!rules_out_sponsorship("Visa sponsorship is available"));
        assert!(!rules_out_sponsorship("Visa sponsorship is not a problem."));
        assert!(rules_out_sponsorship(
            "Candidates must be authorized to work without current or future sponsorship."
        ));
        assert!(rules_out_sponsorship(
            "Hired without requiring visa sponsorship"
        ));
        let c = python_candidate();
        let job = |text: &str| {
            super::super::jd::analyse(&JobInput::sample("Principal Engineer", "Gamma", "", text))
        };
        let visa = Knockout {
            kind: KnockoutKind::Authorisation,
            requirement: "You must be authorized to work in the United States".into(),
            reason: String::new(),
            missing: Vec::new(),
            leading: None,
            place: String::new(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            years_asked: false,
            years_short: None,
            field_titled: false,
            refused: false,
        };
        assert!(settle_question(&visa, &job("Requirements\n- Python\n"), &c).is_some());
        assert!(settle_question(
            &visa,
            &job("Requirements\n- Python\n- Authorized to work without current or future sponsorship.\n"),
            &c
        )
        .is_none());
    }

    #[test]
    fn a_weak_match_with_no_knock_out_has_nothing_a_yes_would_settle() {
        let c = python_candidate();
        let job = JobInput::sample(
            "Senior Engineer",
            "Gamma",
            "",
            "Requirements\n- Java and Spring Boot\n- Angular\n- Oracle databases\n- SAP integration\n",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert_eq!(
            fit.advice,
            super::super::fit::Advice::Skip,
            "{}",
            fit.rationale
        );
        assert!(fit.knockouts.is_empty(), "{:?}", fit.knockouts);
        let jd = super::super::jd::analyse(&job);
        assert_eq!(
            settle_questions(&fit, &jd, &c, Addressee::Recruiter).answer,
            Answer::Nothing
        );
        assert!(out.contacts.is_empty(), "{:?}", out.contacts);
    }

    #[test]
    fn several_years_asked_are_one_question_and_the_note_says_which() {
        let c = python_candidate();
        let job = JobInput::sample(
            "AI Architect",
            "Gamma",
            "",
            "Requirements\n- Python services\n",
        );
        let (mut fit, _) = outreach_for(&job, &c);
        let years = |requirement: &str| Knockout {
            kind: KnockoutKind::Years,
            requirement: requirement.into(),
            reason: "no role of the CV is in machine learning".into(),
            missing: Vec::new(),
            leading: None,
            place: String::new(),
            other_profession: false,
            alternatives: false,
            titled: false,
            mode: None,
            english_plus: None,
            years_asked: false,
            years_short: None,
            field_titled: false,
            refused: false,
        };
        fit.knockouts = vec![
            years("7+ years of hands-on AI/ML solutions development"),
            years("3+ years of technical leadership in AI project delivery"),
        ];
        let jd = super::super::jd::analyse(&job);
        let settle = settle_questions(&fit, &jd, &c, Addressee::Recruiter);
        assert_eq!(
            settle.questions,
            vec!["The posting asks for “7+ years of hands-on AI/ML solutions development” and “3+ years of technical leadership in AI project delivery”: are those firm minimums, or would the rest of my record be considered?".to_string()]
        );
        assert_eq!(
            short_question(&fit, &jd, &c, None, &settle.asked_about)
                .map(|ask| ask.text)
                .as_deref(),
            Some("Is “7+ years of hands-on AI/ML solutions development” firm?")
        );
        assert_eq!(
            briefer("Is “7+ years of hands-on AI/ML solutions development” firm?").as_deref(),
            Some("Is “7+ years” firm?")
        );
        // Years asked in another language are not quoted in its words ("Is “2 lata” firm?").
        fit.knockouts = vec![years(
            "minimum 2 lata praktycznej pracy z rozwiązaniami AI, w szczególności wspierającymi proces SDLC",
        )];
        let settle = settle_questions(&fit, &jd, &c, Addressee::Recruiter);
        assert_eq!(
            short_question(&fit, &jd, &c, None, &settle.asked_about)
                .map(|ask| ask.text)
                .as_deref(),
            Some("Is the years requirement firm?")
        );
        // Years the record falls far short of are no question (Reddit's "8+ years … of search
        // and recommendation systems" from about 4, round 90): nothing is asked, so nothing
        // waits on an answer.
        let far = Knockout {
            years_short: Some((4, 8)),
            ..years("8+ years of industry experience with a focus on search")
        };
        assert!(far.far_short());
        fit.knockouts = vec![far.clone()];
        let settle = settle_questions(&fit, &jd, &c, Addressee::Recruiter);
        assert!(settle.questions.is_empty(), "{:?}", settle.questions);
        let near = Knockout {
            years_short: Some((11, 12)),
            ..far
        };
        assert!(!near.far_short());
        fit.knockouts = vec![near];
        let settle = settle_questions(&fit, &jd, &c, Addressee::Recruiter);
        assert_eq!(settle.questions.len(), 1, "{:?}", settle.questions);
    }

    #[test]
    fn the_recruiter_hears_another_result_than_the_hiring_manager() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
        let kb = "## STAR: Events\n- company: Acme\n- skills: Python\n- situation: Slow.\n- task: Scale.\n- action: Built Python event services.\n- result: Handled 40k events per second.\n\n## STAR: Billing\n- company: Acme\n- skills: Python\n- situation: Late invoices.\n- task: Fix billing.\n- action: Rewrote billing in Python.\n- result: Invoices went out 3 days sooner.\n\n## STAR: Search\n- company: Acme\n- skills: Python\n- situation: Slow search.\n- task: Speed it up.\n- action: Built a Python search index.\n- result: Search latency fell by 60%.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Python Engineer",
            "Gamma",
            "",
            "Requirements\n- Python services for events, billing and search\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let results = ["40k events", "3 days sooner", "60%"];
        let told = |body: &str| results.iter().find(|r| body.contains(*r)).copied();
        let manager = told(&out.contacts[0].email_body);
        let recruiter = told(&out.contacts[1].email_body);
        assert!(
            manager.is_some() && recruiter.is_some(),
            "{:?}",
            out.contacts
        );
        assert_ne!(manager, recruiter, "{:?}", out.contacts);
        // Advised against, the recruiter's is the only draft, and it sends the asking letter,
        // which tells the lead story.
        let spain = JobInput::sample(
            "Python Engineer (Remote from Spain)",
            "Gamma",
            "",
            "Requirements\n- Python services for events, billing and search\n",
        );
        let (_, alone) = outreach_for(&spain, &c);
        assert_eq!(alone.contacts.len(), 1, "{:?}", alone.contacts);
        assert_eq!(alone.contacts[0].email_body, SENDS_THE_LETTER);
        let letter = asking_letter(&spain, &c);
        assert_eq!(told(&letter), manager, "{letter}");
        // A third story that bears on nothing the role is about is not the recruiter's: cloud
        // savings are no evidence for a Kafka role.
        let kb = "## STAR: Events\n- company: Acme\n- skills: Kafka\n- situation: Slow.\n- task: Scale tracking on Kafka.\n- action: Built Kafka event services.\n- result: Handled 40k events per second.\n\n## STAR: Cloud cost\n- company: Acme\n- skills: AWS, FinOps\n- situation: Spend grew.\n- task: Cut AWS spend.\n- action: Rightsized AWS workloads.\n- result: Spend fell 28%.\n";
        let c = Candidate::from_texts(
            &cv.replace("- Python\n", "- Kafka, AWS, Python, Kubernetes\n"),
            kb,
        )
        .unwrap();
        let job = JobInput::sample(
            "Kafka Engineer",
            "Gamma",
            "",
            "Requirements\n- Kafka event services at scale\n- Rust, Go, Python and Kubernetes\n- Cost optimisation of cloud workloads\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let recruiter = &out.contacts[1].email_body;
        assert!(
            recruiter.contains("40k events") && !recruiter.contains("28%"),
            "{recruiter}"
        );
    }

    #[test]
    fn the_recruiter_and_the_peer_hear_different_stories_where_the_selection_has_three() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Kafka services.\n\n### Engineer — Beta\n2010 – 2015\n- Ran Kubernetes.\n\n## Skills\n- Kafka, Rust, Go, Java, Scala, Kubernetes, Terraform\n";
        let kb = "## STAR: Events\n- company: Acme\n- skills: Kafka, Rust, Go\n- situation: Slow.\n- task: Scale tracking on Kafka.\n- action: Built Kafka event services in Rust and Go.\n- result: Handled 40k events per second.\n\n## STAR: Streams\n- company: Acme\n- skills: Java, Scala, Kafka\n- situation: Late reports.\n- task: Stream the reports.\n- action: Wrote Kafka Streams jobs in Java and Scala.\n- result: Reports arrived 3 days sooner.\n\n## STAR: Deploys\n- company: Beta\n- skills: Kubernetes, Terraform\n- situation: Manual deploys.\n- task: Automate deploys.\n- action: Moved 60 services to Kubernetes with Terraform.\n- result: Deploys went from a day to 15 minutes.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Kafka Engineer",
            "Gamma",
            "",
            "Requirements\n- Kafka event services in Rust, Go, Java and Scala\n- Experience deploying services on Kubernetes with Terraform\n",
        );
        let (_, out) = outreach_for(&job, &c);
        let results = ["40k events", "3 days sooner", "15 minutes"];
        let told = |body: &str| results.iter().find(|r| body.contains(*r)).copied();
        let bodies: Vec<Option<&str>> = out.contacts.iter().map(|c| told(&c.email_body)).collect();
        assert_eq!(bodies.len(), 3, "{:?}", out.contacts);
        assert!(bodies.iter().all(Option::is_some), "{:?}", out.contacts);
        assert_ne!(bodies[1], bodies[2], "{:?}", out.contacts);
    }

    #[test]
    fn hours_held_wherever_one_works_ask_once_whether_the_role_is_open_where_the_candidate_is() {
        let cv = "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n";
        let kb = "## STAR: Events\n- company: Acme\n- skills: Python\n- situation: Slow.\n- task: Scale.\n- action: Built Python event services.\n- result: Handled 40k events per second.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample(
            "Staff Python Engineer",
            "Gamma",
            "United States",
            "Requirements\n- Python services\nAll team members, regardless of location must have at least 4 hour overlap with PST business hours.\nThis is a remote role.",
        );
        let (fit, out) = outreach_for(&job, &c);
        assert!(
            fit.working_hours.as_ref().is_some_and(|g| g.fixed),
            "{fit:?}"
        );
        let recruiter = out
            .contacts
            .iter()
            .find(|c| c.role.contains("Recruiter"))
            .map(|c| c.email_body.clone())
            .unwrap_or_default();
        assert!(recruiter.contains("working those hours?"), "{recruiter}");
        assert!(
            !recruiter.contains("is it open to candidates in"),
            "{recruiter}"
        );
    }

    #[test]
    fn a_posting_advised_against_keeps_only_the_recruiters_draft() {
        let c = python_candidate();
        let run =
            |title: &str, text: &str| outreach_for(&JobInput::sample(title, "Gamma", "", text), &c);
        let (fit, out) = run(
            "Python Engineer (Remote from Spain)",
            "Requirements\n- Python services\n",
        );
        assert_eq!(fit.advice, super::super::fit::Advice::Skip);
        assert_eq!(out.contacts.len(), 1, "{:?}", out.contacts);
        assert_eq!(out.contacts[0].role, "Technical Recruiter");
        // The letter asks, and the email sends it: one message (round 60).
        let kept = &out.contacts[0];
        assert_eq!(kept.email_body, SENDS_THE_LETTER);
        let letter = asking_letter(
            &JobInput::sample(
                "Python Engineer (Remote from Spain)",
                "Gamma",
                "",
                "Requirements\n- Python services\n",
            ),
            &c,
        );
        assert!(letter.contains("Spain"), "{letter}");
        // No application was sent: the note and the subject ask before one.
        for text in [&kept.linkedin_note, &kept.email_subject] {
            assert!(!text.contains("applied"), "{text}");
            assert!(!text.contains("application"), "{text}");
        }
        // The note asks the question that decides it, in a few words.
        assert!(
            kept.linkedin_note
                .ends_with("Could the role be done from Germany?"),
            "{}",
            kept.linkedin_note
        );
        // Beside a knock-out no answer settles (another kind of work), the place is not worth
        // asking about: no drafts (round 49).
        let (fit, out) = run(
            "Enterprise Account Executive (Remote from Spain)",
            "Requirements\n- Close enterprise deals and own a sales quota\n- Python services\n",
        );
        assert_eq!(fit.advice, super::super::fit::Advice::Skip);
        assert!(out.contacts.is_empty(), "{:?}", out.contacts);
        // A place the posting insists on is asked about as another opening, the rest settled.
        let (fit, out) = run(
            "Senior Engineer",
            "Requirements\n- Python services\n- Residing in Spain required\n",
        );
        assert_eq!(fit.advice, super::super::fit::Advice::Skip);
        assert_eq!(out.contacts.len(), 1, "{:?}", out.contacts);
        let body = &out.contacts[0].email_body;
        assert!(
            body.contains("similar openings")
                && body.contains("I would be glad to hear of any.")
                && !body.contains("to apply")
                && !body.contains("Before I apply"),
            "{body}"
        );
        let note = &out.contacts[0].linkedin_note;
        assert!(
            note.ends_with("Are there similar openings that could be held from Germany?")
                && !note.contains("before I apply"),
            "{note}"
        );
        // Asking about other openings, the draft does not ask whether this one could be held
        // from home: Microsoft's German-speaking role, put to a Dubai engineer, asked "are there
        // similar roles where the work is in English?" then "could the role be done remotely
        // from the United Arab Emirates?" (round 114).
        let speaker = Candidate::from_texts(
            "# Jane Roe\nBerlin, Germany\n\n## Experience\n### Staff Engineer — Acme\n2015 – Present\n- Built Python services.\n\n## Skills\n- Python\n\n## Languages\n- English (native)\n",
            PYTHON_KB,
        )
        .unwrap();
        let (fit, out) = outreach_for(
            &JobInput::sample(
                "Senior Engineer",
                "Gamma",
                "",
                "Requirements\n- Python services\n- Fluency in Spanish and English\nFor roles at Gamma Spain, we recommend spending at least two days per week in the office.\n",
            ),
            &speaker,
        );
        assert_eq!(fit.advice, super::super::fit::Advice::Skip);
        assert!(fit.abroad.is_some(), "{fit:?}");
        let body = &out.contacts.first().expect("a draft").email_body;
        assert!(
            body.contains("similar roles where the work is in")
                && !body.contains("could the role")
                && !body.contains("Could the role"),
            "{body}"
        );
        // Advised against for what no recruiter can settle (another kind of work): no drafts.
        let (fit, out) = run(
            "Enterprise Account Executive",
            "Requirements\n- Close enterprise deals and own a sales quota\n",
        );
        assert_eq!(fit.advice, super::super::fit::Advice::Skip);
        assert!(out.contacts.is_empty(), "{:?}", out.contacts);
        let (fit, out) = run("Python Engineer", "Requirements\n- Python services\n");
        assert_ne!(fit.advice, super::super::fit::Advice::Skip);
        assert_eq!(out.contacts.len(), 3);
        // The recruiter hears what the candidate did and its result, not a list of skills.
        assert!(
            !out.contacts[1].email_body.contains("My CV shows")
                && !out.contacts[1].email_body.contains("my CV shows"),
            "{}",
            out.contacts[1].email_body
        );
        // At the employer the sentence before named: "there", not its name again.
        assert!(
            [" There, I ", " One example from my work there: I "]
                .iter()
                .any(|said| out.contacts[1].email_body.contains(said))
                && out.contacts[1].email_body.matches("Acme").count() == 1,
            "{}",
            out.contacts[1].email_body
        );
        // A board recruiting for a client it does not name: no manager or peer to find.
        let (_, out) = run(
            "Python Engineer",
            "We are hiring on behalf of our client, a fintech.\nRequirements\n- Python services\n",
        );
        assert_eq!(out.contacts.len(), 1, "{:?}", out.contacts);
        assert_eq!(out.contacts[0].role, "Technical Recruiter");
        // A manager's peer is another manager, not an engineer who would report to them.
        let (_, out) = run(
            "Engineering Manager",
            "Requirements\n- Own the delivery of Python services\n- Python services\n",
        );
        let peer = out.contacts.last().unwrap();
        assert_eq!(
            peer.role, "An engineering manager on a neighbouring team",
            "{peer:?}"
        );
    }

    #[test]
    fn the_postings_own_contact_is_found() {
        let c = posting_contact("Apply by email to chris.bryan@comxps.com today.").unwrap();
        assert_eq!(c.email, "chris.bryan@comxps.com");
        assert_eq!(c.name.as_deref(), Some("Chris Bryan"));
        // The word before glued onto a shared mailbox is cut off again, and the name before it
        // is the person to write to.
        let glued = posting_contact(
            "Deine Ansprechperson: Julia DresselSpecialistrecruiting@msg.group Referenznummer",
        )
        .unwrap();
        assert_eq!(glued.email, "recruiting@msg.group");
        assert_eq!(
            posting_contact("Write to Stoehr@firma.de").unwrap().email,
            "Stoehr@firma.de"
        );
        assert_eq!(glued.name.as_deref(), Some("Julia Dressel"));
        assert_eq!(
            named_contact("Deine Ansprechperson Bei Rückfragen\nJulia Dressel\nSpecialist")
                .as_deref(),
            Some("Julia Dressel")
        );
        let shared = posting_contact("Send your CV to careers@acme.io").unwrap();
        assert_eq!(shared.name, None);
        assert!(posting_contact("No address here.").is_none());
        // A privacy or no-reply address is skipped for the next one, or none.
        let c = posting_contact("Questions: privacy@acme.io. Apply: jane.doe@acme.io").unwrap();
        assert_eq!(c.email, "jane.doe@acme.io");
        assert!(posting_contact("Sent from noreply@acme.io").is_none());
        // An address the posting gives for something else is no contact for the role (round 54).
        assert!(posting_contact(
            "If you have any accessibility needs or require reasonable adjustments during the interview process, please contact us at belonging@booksy.com, so we can best support you."
        )
        .is_none());
        let c = posting_contact(
            "in English. Your contact person: Kristina Heymann Kaufland e-commerce Services GmbH",
        )
        .unwrap();
        assert_eq!(c.name.as_deref(), Some("Kristina Heymann"));
        assert_eq!(c.email, "");
        let c = posting_contact("Contact: Jane Doe. Send your CV to careers@acme.io").unwrap();
        assert_eq!(
            (c.name.as_deref(), c.email.as_str()),
            (Some("Jane Doe"), "careers@acme.io")
        );
        assert!(posting_contact("Contact: Our Team will reply.").is_none());
        // A signature: the name, then a recruiting title.
        assert_eq!(
            named_contact("drop us a note to find out more.Ekta Bahl - Talent Acquisition Capability PartnerShow more")
                .as_deref(),
            Some("Ekta Bahl")
        );
        assert_eq!(named_contact("Jane Doe - Engineering Manager"), None);
        assert_eq!(
            named_contact("You'll meet the Hiring Manager, Recruiter and two engineers."),
            None
        );
        assert_eq!(
            named_contact("Stages:\nPhone Screen – Recruiter (30 min)"),
            None
        );
        assert_eq!(
            named_contact("Apply today.\nŁukasz Nowak – Technical Recruiter").as_deref(),
            Some("Łukasz Nowak")
        );
        let c = posting_contact(
            "Apply now. Your consultantMichael Deane, Senior Recruitment Consultant",
        )
        .unwrap();
        assert_eq!(c.name.as_deref(), Some("Michael Deane"));
        assert!(posting_contact("Your consultant will call you.").is_none());
        assert!(posting_contact("Recruiter: Talent Acquisition").is_none());
    }

    #[test]
    fn reporting_lines_and_teams_are_read() {
        assert_eq!(
            reports_to("Working in close coordination with the VP of Product, and in support of the COO office").as_deref(),
            Some("VP of Product")
        );
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
            reports_to("Reporting to the Director of Platform Infrastructure & AI Developer Tools,you'll collaborate")
                .as_deref(),
            Some("Director of Platform Infrastructure & AI Developer Tools")
        );
        assert_eq!(
            reports_to("Reporting to the Director of Platform Infrastructure & AI Developer Tools Berlin team, you")
                .as_deref(),
            Some("Director of Platform Infrastructure & AI Developer Tools")
        );
        // Glued by scraping.
        assert_eq!(
            reports_to("The role reports tothe VP of Enterprise Architecture (EA) and will")
                .as_deref(),
            Some("VP of Enterprise Architecture")
        );
        assert_eq!(
            reports_to("working directly with our Head of AI Engineering to scale our consultancy")
                .as_deref(),
            Some("Head of AI Engineering")
        );
        assert_eq!(
            reports_to("You will work closely with our Product Managers."),
            None
        );
        // Two leaders are not one title.
        assert_eq!(
            reports_to("working directly with our Head of Product and CTO").as_deref(),
            Some("Head of Product")
        );
        assert_eq!(
            team_name("Join our Data Platform team to build").as_deref(),
            Some("Data Platform")
        );
        assert_eq!(team_name("Join our growing team"), None);
    }
}
