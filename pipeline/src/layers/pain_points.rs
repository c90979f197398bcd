//! Layer 2: pain-point mining. Picks the sentences and bullets of the posting that say what the
//! employer needs fixed or built, what it wants strategically, and how success is measured. Every
//! item quotes the posting and carries the span it came from, so nothing is invented.

use super::jd::JdAnalysis;
use super::{shorten, EngineUsed};
use crate::text::clean::SectionKind;
use crate::text::lexicon::{Lexicon, Specificity};
use crate::text::units::{units, Span, Unit};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PainPoint {
    pub id: String,
    /// The posting's words (the full unit at `span` of the cleaned text).
    pub text: String,
    /// A short form for lists and prompts.
    pub summary: String,
    pub span: Span,
    pub skills: Vec<String>,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PainPoints {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub pain_points: Vec<PainPoint>,
    pub strategic_needs: Vec<PainPoint>,
    pub success_metrics: Vec<PainPoint>,
}

impl PainPoints {
    /// A stable hash of the pain points' texts: the STAR selector's cache key.
    pub fn fingerprint(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for p in &self.pain_points {
            for b in p.text.bytes().chain(std::iter::once(0)) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{h:016x}")
    }
}

/// The fewest pain points a posting yields (short ones are filled from clauses).
pub const MIN: usize = 5;
/// The most pain points a posting yields, up to [`REQUIREMENT_PLACES`] of them from its
/// requirement lines. Ten had gone to the duties alone in postings with many of them; with the
/// requirement lines' places beside them, twelve keep a chatbot lead's "Implement and optimize
/// RAG systems" (round 57).
pub const MAX: usize = 12;
/// How many need words count toward a line's score.
const MAX_SIGNALS: usize = 3;
/// How many of the [`MAX`] places the requirement lines keep, when the posting has that many.
const REQUIREMENT_PLACES: usize = 4;

/// Verbs and nouns that mark a need: work to be done, problems to solve, outcomes to own. Verbs
/// are stems, so a requirement's "reducing", "scaling" or "managing" counts as its duty's verb does.
const SIGNALS: &[&str] = &[
    "build",
    "scale",
    "scaling",
    "scalab",
    "lead",
    "own",
    "drive",
    "driving",
    "improv",
    "design",
    "deliver",
    "develop",
    "grow",
    "hire",
    "hiring",
    "migrat",
    "modernis",
    "moderniz",
    "automat",
    "optimi",
    "reduc",
    "increas",
    "ensur",
    "establish",
    "define",
    "defining",
    "launch",
    "architect",
    "implement",
    "mentor",
    "manag",
    "reliab",
    "performance",
    "quality",
    "security",
    "strategy",
    "roadmap",
    "platform",
    "production",
    "customers",
    "stakeholder",
    "data",
    "infrastructure",
    "pipeline",
    "team",
    "culture",
    "process",
    "velocity",
    "cost",
    "latency",
    "uptime",
];
const STRATEGIC: &[&str] = &[
    "mission",
    "vision",
    "strategy",
    "strategic",
    "grow",
    "growth",
    "scale",
    "expand",
    "transform",
    "launch",
    "market",
    "next stage",
    "series",
    "raised",
    "future",
    "ambition",
    "leader",
];
/// The company's record rather than where it is going: its age, size or seat ("With just over 10
/// years of experience in the Portuguese market, we share our DNA with more than 200 workers",
/// "Riyadh Air (RX), headquartered in the Saudi Capital, is the new national airline"). Both
/// round-80 readers read such lines, listed as strategic needs, as boilerplate.
fn company_record(text: &str) -> bool {
    static RECORD: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static PLAN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // "We plan to grow to 500 employees and open offices in Berlin" is a direction.
    let plan = crate::text::re(&PLAN, r"(?i)\b(?:will|plans?|aims?|by 20\d\d)\b");
    crate::text::re(
        &RECORD,
        r"(?i)\b(?:years of experience|founded|established in|since (?:19|20)\d\d|headquartered|(?:with|over|more than)\s+[\d,.]+\+?\s+(?:employees|workers|people))\b",
    )
    .is_match(text)
        && !plan.is_match(text)
}

/// A line of someone's record, which opens on their years ("10+ years in Tech Executive
/// Leadership", a bullet of EverAI's CEO under "Our Team", was a strategic need in round 84): in
/// the company's story a line of years says who someone is, not where the company goes.
fn someones_record(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(&RE, r"(?i)^\W*(?:over\s+|more than\s+)?\d+\+?\s+years?\b").is_match(text)
}

/// A call to the reader rather than a direction: "Join our team and grow with us!", "Ready to
/// join a mission that matters?" (left among the strategic needs once the company's record was
/// taken out of them).
fn slogan(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    // A question put to the reader ("Are you ready to architect the future of AI at the edge?")
    // or an invitation ("Let's work together to build a better future for everyone!").
    ["join", "ready to", "are you", "do you", "let's", "let’s"]
        .iter()
        .any(|w| t.starts_with(w))
        || t.contains("join us")
        || t.contains("join our")
}

/// How success is measured, as postings say it: a metric named (KPIs, SLOs, MTTR, p99), a
/// measure, or the first months' goals. "Success", "within" and "%" alone were cues once and
/// brought in "Every person on our team supports each other…", "travel up to 25%" and "Technical
/// Leadership (40%)".
fn is_metric(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(measur\w*|metrics?|kpis?|okrs?|slas?|slos?|uptime|mttr|p9\d|success (looks like|will be|is measured|means)|(first|initial) (30|60|90|100) days|(first|initial) (3|6|three|six|12|twelve) months|first year)\b",
        )
        .expect("valid regex")
    })
    .is_match(text)
}

/// Whether a unit can say what the employer needs: not the benefits, boilerplate (equal
/// opportunity, privacy, pay, a job board's pitch), the company describing itself ("We are driven
/// by our principles…"), a list of keywords ("Budget Management, Engineering Management,
/// Innovation, Leadership…") or the title restated ("Rolle: Senior Full Stack Engineer"). Readers
/// of every round found these among the pain points.
fn is_need(u: &Unit, jd: &JdAnalysis, company_story: CompanyStory) -> bool {
    let title = jd.role.to_lowercase();
    let restates_title = u.text.split_whitespace().count() <= 12
        && title.split_whitespace().count() >= 2
        && u.text.to_lowercase().contains(&title);
    u.section != SectionKind::Benefits
        && u.text.len() >= 20
        && !super::jd::is_boilerplate(u.text)
        // The company's own story is where strategic needs are read ("We're growing fast"); a
        // duty under a heading is a need however it opens ("Our payments platform needs…").
        && (company_story == CompanyStory::Keep
            || !matches!(
                u.section,
                SectionKind::Intro | SectionKind::About | SectionKind::Other
            )
            || !super::jd::is_about_company(u.text, ""))
        && !is_keyword_list(u.text)
        // A bullet is a line of the list, however short ("- Kubernetes"): only a line of its
        // own can be a sub-heading.
        && (u.is_bullet || !is_heading(u.text))
        && !is_numbered_heading(u.text)
        && !restates_title
        // "Reporting directly to our DevOps Lead, you will be responsible for:" introduces the
        // needs; it is none.
        && !u.text.trim_end().ends_with(':')
        && !announces_opening(u.text)
        && !whom_it_suits(u.text)
        && !super::jd::tells_history(u.text)
        && !speaks_of_itself(u.text)
}

/// The company speaking of itself, under any heading: its values as labels with "we" after them
/// ("Impact-Oriented Trailblazer: We put customers first", "Navigating Bureaucracy. We anticipate
/// …", TRM Labs' last four pain points to both round-125 readers), or itself in the third person
/// ("With passion and innovation, the company develops high-quality products…", The Quality
/// Group's, round 126).
fn speaks_of_itself(text: &str) -> bool {
    static VALUE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ITSELF: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let value = crate::text::re(
        &VALUE,
        r"^\W*(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[.:]\s+(?:We|Our)\b",
    );
    let itself = crate::text::re(
        &ITSELF,
        r"(?i)^(?:[^.;:]{0,60},\s*)?the\s+(?:company|group|firm)\s+(?:is|was|develops|offers|builds|provides|produces|makes|creates|operates|serves|sells)\b",
    );
    value.is_match(text) || itself.is_match(text)
}

/// A line about whom the place suits, not what it needs: "Working in an ever-changing scale-up
/// where things are messy … isn't for everyone", "If you thrive in a stable environment … we're
/// probably not for you" (Booksy's first two pain points, both round-119 readers: culture
/// copy). Not a line ruling a kind of candidate out ("This role is not for a pure people
/// manager"), which is a requirement.
fn whom_it_suits(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)(?:\bnot|n['’]t)\s+(?:be\s+)?for\s+every(?:one|body)\b|\b(?:we['’]re|we\s+are|we\s+might\s+be|we\s+may\s+be)\s+(?:probably\s+)?not\s+(?:the\s+(?:right\s+)?(?:place|company)\s+)?for\s+you\b|\byou['’]ll\s+love\s+it\s+here\b|\byou['’]re\s+(?:likely\s+to\s+)?love\s+it\s+here\b|\byou['’]re\s+in\s+the\s+right\s+place\b",
    )
    .is_match(text)
}

/// The sentence that announces the opening: "We are looking for a Senior Backend Engineer to join
/// our Payments Platform team in Dubai." It says who is hired, not what they must solve: a letter
/// quoted it as "Another of your requirements reads" (round 89). Only a role named by its title
/// ("a … Engineer"), ending there or going on to whom the hire joins: "We're looking for someone
/// to fix our flaky release pipeline" is a need.
fn announces_opening(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?i)^\W*(?:we|we're|we’re|we are|(?-i:[A-Z])[\w&.-]*(?:\s(?-i:[A-Z])[\w&.-]*)?\s+is)\s+(?:currently\s+)?(?:looking for|seeking|hiring|searching for|recruiting)\s+(?:an?|our next|a new)\s+(?:[\w/&.+#()-]+\s+){0,6}?(?:engineer|developer|architect|lead|leader|manager|scientist|designer|analyst|specialist|consultant|director|expert)s?\b(.*)$",
    );
    let Some(rest) = re.captures(text.trim()).and_then(|c| c.get(1)) else {
        return false;
    };
    let rest = rest.as_str().trim().trim_end_matches(['.', '!']).trim();
    // Whom the hire joins, or where: "to join our Payments Platform team in Dubai", "in Dubai";
    // not "in Dubai to rebuild our ledger".
    let joins = [
        "to join ",
        "who will join ",
        "in ",
        "for our ",
        "for the ",
        "based in ",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
        && (rest.starts_with("to join ") || !rest.contains(" to "))
        && rest.split_whitespace().count() <= 14;
    rest.is_empty() || rest.starts_with('(') || joins
}

/// Whether the company's account of itself ("We are driven by our principles…") is kept: for
/// strategic needs, not for pain points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CompanyStory {
    Keep,
    Leave,
}

/// A sub-heading scraped into the text as a line of its own ("Engineering and Team Leadership"
/// above CloudLinux's must-haves took a requirement's place, round 55): a few words, each
/// capitalised or joining the others, and no list ("Infrastructure-as-Code, Terraform, Helm" is a
/// requirement).
fn is_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=6).contains(&words)
        && !text.contains([',', ':', ';', '.'])
        && crate::text::title_cased(text)
}

/// A heading numbered or given its share of the role, even as a bullet: "* 1. Technical
/// Leadership (40%)" was Provectus's first pain point (round 118, both readers).
fn is_numbered_heading(text: &str) -> bool {
    static PARTS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let parts = crate::text::re(
        &PARTS,
        r"^\s*(?P<n>\d{1,2}[.)]\s+)?(?P<words>.*?)\s*(?P<share>\(\s*\d{1,3}\s*%\s*\))?\s*$",
    );
    parts.captures(text).is_some_and(|c| {
        (c.name("n").is_some() || c.name("share").is_some())
            && c.name("words").is_some_and(|w| is_heading(w.as_str()))
    })
}

/// A comma-separated list of four or more short capitalised items and nothing else: a posting's
/// tag cloud ("Suggested Skills"), not a sentence of need. A sentence that lists ("Fundierte
/// Kenntnisse in GenAI, LLMs, MLMs und RAG (Architektur, Prompt Engineering, …)") is one: its
/// words join the items ("in", "with"). German capitalises its nouns, so capitals alone took
/// Expleo's one line about generative AI for a tag cloud (round 56).
fn is_keyword_list(text: &str) -> bool {
    const JOINS: &[&str] = &[
        "in", "with", "of", "for", "to", "mit", "für", "von", "zu", "en", "de",
    ];
    let items: Vec<&str> = text
        .split(',')
        .map(|i| i.trim().trim_end_matches('.'))
        .filter(|i| !i.is_empty())
        .collect();
    let joined = |i: &&str| i.split_whitespace().any(|w| JOINS.contains(&w));
    items.len() >= 4
        && items.iter().all(|i| {
            i.split_whitespace().count() <= 4 && i.starts_with(char::is_uppercase) && !joined(i)
        })
}

/// Whether a line is about the person the posting names as its contact ("Michael has an
/// extensive technical, leadership and recruitment background"): an agency's consultant, not
/// the employer's need (a strategic need of Aspire's, round 82).
fn about_contact(text: &str, contact: Option<&str>) -> bool {
    let Some(name) = contact else {
        return false;
    };
    // The first name as the subject of what follows ("Michael has …"), not a company's name
    // that starts with it ("Morgan Stanley is modernising …" for a contact Morgan Lee).
    const SAID_OF: &[&str] = &[
        " has ",
        " is ",
        " was ",
        " will ",
        " brings ",
        " holds ",
        " specialises ",
        " specializes ",
        " works ",
        " leads ",
        "'s ",
        "’s ",
    ];
    let first = name.split_whitespace().next().unwrap_or(name);
    text.contains(name)
        || text
            .strip_prefix(first)
            .is_some_and(|rest| SAID_OF.iter().any(|w| rest.starts_with(w)))
}

pub fn mine(jd: &JdAnalysis) -> PainPoints {
    let lex = Lexicon::get();
    let all: Vec<Unit> = units(&jd.clean_text, &jd.sections)
        .into_iter()
        .filter(|u| !about_contact(u.text, jd.contact.as_deref()))
        .collect();
    let candidates: Vec<&Unit> = all
        .iter()
        .filter(|u| is_need(u, jd, CompanyStory::Leave))
        .collect();

    // A line's score, and whether it names a skill at all (the requirement places' order).
    let score = |u: &Unit| -> (f64, bool) {
        let lower = u.text.to_lowercase();
        // A few need words mark a need; more only make a line longer: "Act as a trusted advisor
        // within the team of 5, guiding best practices, raising risks early, and ensuring …"
        // outranked "Design and implement chatbot applications using generative AI
        // technologies" for a chatbot lead (round 57).
        let signals = need_words(&lower).min(MAX_SIGNALS) as f64;
        // A technique or a tool says what a record could answer; "product strategy" or "UX
        // design" from a line about working with the product manager says little.
        let named = lex.skills_in(u.text);
        let skills: f64 = named
            .iter()
            .map(|k| match lex.specificity(k) {
                _ if lex.is_umbrella(k) => 0.5,
                Specificity::Tool => 1.5,
                Specificity::Practice => 1.0,
                Specificity::Broad => 0.5,
            })
            .sum();
        let section = match u.section {
            SectionKind::Responsibilities => 3.0,
            SectionKind::Role => 2.0,
            SectionKind::Requirements => 1.5,
            SectionKind::Intro | SectionKind::Other => 1.0,
            SectionKind::NiceToHave => 0.3,
            SectionKind::About => 0.5,
            SectionKind::Benefits => 0.0,
        };
        let bullet = if u.is_bullet { 1.0 } else { 0.0 };
        // Very long sentences are usually marketing copy; very short ones say little.
        let length = if u.text.len() > 400 { -1.0 } else { 0.0 };
        (
            section + signals * 1.2 + skills * 1.0 + bullet + length,
            !named.is_empty(),
        )
    };

    // A line under the posting's own headings for the work and the requirements comes before any
    // line elsewhere, however many need words the other has: "Observability through logs, metrics
    // and tracing" under "Must-haves" lost its place to the founders' biographies and the perks,
    // which say "build", "scale" and "growth" more often (round 47).
    let tier = |u: &Unit| match u.section {
        SectionKind::Responsibilities | SectionKind::Role | SectionKind::Requirements => 0,
        SectionKind::NiceToHave => 1,
        _ => 2,
    };
    let mut ranked: Vec<(f64, bool, &Unit)> = candidates
        .iter()
        .map(|u| {
            let (s, names_skill) = score(u);
            (s, names_skill, *u)
        })
        .collect();
    ranked.sort_by(|a, b| {
        tier(a.2)
            .cmp(&tier(b.2))
            .then(b.0.total_cmp(&a.0))
            .then(a.2.span.start.cmp(&b.2.span.start))
    });

    // The requirement lines keep places of their own: duties score higher (more need words, a
    // heavier section), so a posting with ten duty bullets listed none of its qualifications, and
    // its letter answered none of them ("Demonstrated success in significantly reducing
    // operational costs" went unanswered in Matomo's, round 56, where the candidate's 28% cut was
    // the answer). The best of them come first; the rest of the places go by rank.
    // A requirement that names something a record can show comes before a mindset ("Ownership
    // mentality: you define the work" took the place of "Track record refactoring legacy systems
    // safely in production", round 55).
    let worth = |(s, _, _): &&(f64, bool, &Unit)| *s >= 2.0;
    let mut required: Vec<&(f64, bool, &Unit)> = ranked
        .iter()
        .filter(worth)
        .filter(|(_, _, u)| u.section == SectionKind::Requirements)
        .collect();
    required.sort_by_key(|(_, names_skill, _)| !names_skill);
    required.truncate(REQUIREMENT_PLACES);
    let mut pain: Vec<PainPoint> = required
        .iter()
        .copied()
        .chain(
            ranked
                .iter()
                .filter(worth)
                .filter(|(_, _, u)| !required.iter().any(|(_, _, q)| q.span == u.span)),
        )
        .take(MAX)
        .map(|(s, _, u)| point(u, *s))
        .collect();
    // Short or unstructured postings: fill up to the minimum from what there is.
    if pain.len() < MIN {
        for (s, _, u) in &ranked {
            if pain.len() >= MIN {
                break;
            }
            if !pain.iter().any(|p| p.span == u.span) {
                pain.push(point(u, *s));
            }
        }
    }
    if pain.len() < MIN {
        pain.extend(clauses(
            &jd.clean_text,
            &candidates,
            &pain,
            MIN - pain.len(),
        ));
    }
    // Posting order reads better than score order, and ids follow it.
    pain.sort_by_key(|p| p.span.start);
    // A posting that repeats a section (scraped twice, or restated at the end) would list the
    // same need twice: the first place it is said is kept.
    let mut said: std::collections::HashSet<String> = std::collections::HashSet::new();
    pain.retain(|p| {
        said.insert(
            p.text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
    });
    for (i, p) in pain.iter_mut().enumerate() {
        p.id = format!("pp-{}", i + 1);
    }

    let pick = |cued: &dyn Fn(&str) -> bool, sections: &[SectionKind], prefix: &str| {
        let mut v: Vec<PainPoint> = all
            .iter()
            .filter(|u| sections.contains(&u.section) && is_need(u, jd, CompanyStory::Keep))
            .filter(|u| cued(u.text))
            .take(3)
            .map(|u| point(u, score(u).0))
            .collect();
        for (i, p) in v.iter_mut().enumerate() {
            p.id = format!("{prefix}-{}", i + 1);
        }
        v
    };
    use SectionKind::*;
    let strategic = |t: &str| {
        let l = t.to_lowercase();
        STRATEGIC.iter().any(|c| has_word_starting(&l, c))
            && !company_record(t)
            && !slogan(t)
            && !someones_record(t)
    };
    let strategic_needs = pick(&strategic, &[Intro, About, Role, Other], "sn");
    // A line is said once: "Your mission: Ensure secure, scalable, and measurable solutions…"
    // stood under both headings (NTT Data, round 80).
    let stated = |t: &str| strategic_needs.iter().any(|p| p.text == t);
    let success_metrics = pick(
        &|t: &str| is_metric(t) && !stated(t),
        &[Intro, Role, Responsibilities, Requirements, Other],
        "sm",
    );

    PainPoints {
        engine: EngineUsed::offline(),
        pain_points: pain,
        strategic_needs,
        success_metrics,
    }
}

/// How many of the need words ([`SIGNALS`]) a lower-cased line says.
fn need_words(lower: &str) -> usize {
    SIGNALS
        .iter()
        .filter(|s| has_word_starting(lower, s))
        .count()
}

/// True when a word of `lower` starts with `cue` ("own" matches "owning", not "known"); cues that
/// are not letters ("%") match anywhere.
fn has_word_starting(lower: &str, cue: &str) -> bool {
    if !cue.starts_with(char::is_alphabetic) {
        return lower.contains(cue);
    }
    lower.match_indices(cue).any(|(i, _)| {
        lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn point(u: &Unit, score: f64) -> PainPoint {
    PainPoint {
        id: String::new(),
        text: u.text.to_string(),
        summary: shorten(u.text, 140),
        span: u.span,
        skills: Lexicon::get().skills_in(u.text),
        score: (score * 100.0).round() / 100.0,
    }
}

/// Splits the longest units at commas and semicolons when a posting has too few sentences.
fn clauses(clean: &str, all: &[&Unit], taken: &[PainPoint], needed: usize) -> Vec<PainPoint> {
    let mut out = Vec::new();
    for u in all {
        for (offset, part) in split_keep_offsets(u.text) {
            if out.len() >= needed {
                return out;
            }
            let start = u.span.start + offset;
            let span = Span {
                start,
                end: start + part.len(),
            };
            let overlaps = taken.iter().any(|p| p.span == span);
            if part.split_whitespace().count() >= 3
                && !overlaps
                && &clean[span.start..span.end] == part
            {
                out.push(PainPoint {
                    id: String::new(),
                    text: part.to_string(),
                    summary: shorten(part, 140),
                    span,
                    skills: Lexicon::get().skills_in(part),
                    score: 0.0,
                });
            }
        }
    }
    out
}

fn split_keep_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == ',' || c == ';' {
            let part = &text[start..i];
            let lead = part.len() - part.trim_start().len();
            out.push((start + lead, part.trim()));
            start = i + 1;
        }
    }
    let part = &text[start..];
    let lead = part.len() - part.trim_start().len();
    out.push((start + lead, part.trim()));
    out
}

/// The LLM's reading of the posting: verbatim quotes only, each located in the cleaned text (a quote
/// that is not in the posting is dropped; fewer than five located pain points refuse the reply).
pub struct PainPointsAsk<'a> {
    pub jd: &'a JdAnalysis,
}

/// A quote as the model may give it: `{"quote": "…"}` or the bare string.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
pub enum QuoteItem {
    Object { quote: String },
    Text(String),
}

impl QuoteItem {
    fn text(&self) -> &str {
        match self {
            QuoteItem::Object { quote } | QuoteItem::Text(quote) => quote,
        }
    }
}

#[derive(Debug, serde::Deserialize)]
pub struct PainPointsReply {
    pub pain_points: Vec<QuoteItem>,
    #[serde(default)]
    pub strategic_needs: Vec<QuoteItem>,
    #[serde(default)]
    pub success_metrics: Vec<QuoteItem>,
}

impl crate::llm::LlmLayer for PainPointsAsk<'_> {
    type Output = PainPoints;
    type Reply = PainPointsReply;
    const LAYER: super::Layer = super::Layer::PainPoints;
    const SYSTEM: &'static str = "You analyse job postings for a job seeker. Quote the posting verbatim; never paraphrase or invent. Reply with JSON only.";
    const MAX_TOKENS: u32 = 1_500;

    fn prompt(&self) -> String {
        format!(
            "From the job posting below, pick {MIN} to {MAX} sentences or bullets that state the employer's pain points \
             (problems to solve, things to build or own), up to 3 strategic needs and up to 3 success metrics.\n\
             Reply as {{\"pain_points\": [{{\"quote\": \"…\"}}], \"strategic_needs\": [{{\"quote\": \"…\"}}], \"success_metrics\": [{{\"quote\": \"…\"}}]}} \
             where every quote is copied exactly from the posting.\n\nPOSTING:\n{}",
            super::shorten(&self.jd.clean_text, crate::llm::MAX_PROMPT_JD)
        )
    }

    fn accept(&self, reply: PainPointsReply, engine: EngineUsed) -> Result<PainPoints, String> {
        let text = &self.jd.clean_text;
        let quotes = |items: &[QuoteItem], prefix: &str, max: usize| -> Vec<PainPoint> {
            items
                .iter()
                .filter_map(|q| crate::llm::locate(text, q.text()))
                .enumerate()
                .map(|(i, span)| {
                    let quoted = &text[span.start..span.end];
                    PainPoint {
                        id: format!("{prefix}-{}", i + 1),
                        text: quoted.to_string(),
                        summary: super::shorten(quoted, 140),
                        span,
                        skills: Lexicon::get().skills_in(quoted),
                        score: 0.0,
                    }
                })
                .take(max)
                .collect()
        };
        let pain_points = quotes(&reply.pain_points, "pp", MAX);
        if pain_points.len() < MIN {
            return Err(format!(
                "only {} pain points were verbatim quotes of the posting ({MIN} needed)",
                pain_points.len()
            ));
        }
        Ok(PainPoints {
            engine,
            pain_points,
            strategic_needs: quotes(&reply.strategic_needs, "sn", 3),
            success_metrics: quotes(&reply.success_metrics, "sm", 3),
        })
    }

    fn set_engine(out: &mut PainPoints, engine: EngineUsed) {
        out.engine = engine;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::{jd, JobInput};

    fn analyse(description: &str) -> JdAnalysis {
        jd::analyse(&JobInput {
            id: "x".into(),
            title: "Engineering Manager".into(),
            company: "Acme".into(),
            location: String::new(),
            description: description.into(),
            criteria: String::new(),
            url: String::new(),
        })
    }

    #[test]
    fn a_line_about_whom_the_place_suits_is_no_need() {
        assert!(whom_it_suits(
            "Working in an ever-changing, scale-up where things are messy, and resources are limited isn't for everyone."
        ));
        assert!(whom_it_suits(
            "If you thrive in a stable environment with big budgets, clear processes and structures then, if being honest, we're probably not for you."
        ));
        assert!(!whom_it_suits(
            "This role is not for a pure people manager- It's for someone who lives and breathes code"
        ));
        assert!(whom_it_suits(
            "However, if you love bringing order to chaos, then you're likely to love it here."
        ));
        assert!(whom_it_suits("It's not for everybody."));
        // A line ruling a kind of candidate out is a requirement.
        assert!(!whom_it_suits(
            "If you'd rather stop coding, this role is not for you."
        ));
        assert!(!whom_it_suits("Build pipelines for your team"));
        // Nor are its values, or itself in the third person (TRM Labs, round 125; The Quality
        // Group, round 126); a label over a duty is a need.
        assert!(speaks_of_itself(
            "Impact-Oriented Trailblazer: We put customers first, driving for speed, focus, and adaptability."
        ));
        assert!(speaks_of_itself(
            "Navigating Bureaucracy. We anticipate and address procedural hurdles."
        ));
        assert!(speaks_of_itself(
            "With passion and innovation, the company develops high-quality products that promote health."
        ));
        assert!(!speaks_of_itself(
            "Ownership: you define the work and ship it end to end."
        ));
        assert!(!speaks_of_itself(
            "Build the data platform the company runs on."
        ));
        // Nor is the company's history or its customers (Databricks, round 120).
        let pp = mine(&analyse("Requirements\n- Spark and Delta Lake in production\n- Python or Scala\nMore than 10,000 organizations worldwide, including over 50% of the Fortune 500, rely on the Databricks Data Intelligence Platform to unify their data.\nDatabricks is headquartered in San Francisco and was founded by the original creators of Apache Spark.\n"));
        assert!(
            !pp.pain_points
                .iter()
                .any(|p| p.text.contains("Fortune 500") || p.text.contains("headquartered")),
            "{:?}",
            pp.pain_points
        );
    }

    #[test]
    fn a_need_the_posting_repeats_is_listed_once() {
        let section = "What you'll do\n- Run the on-call rotation and incident response for the platform\n- Build Kafka pipelines for 40 teams\n";
        let jd = analyse(&format!("{section}Requirements\n- Go and Kafka\n{section}"));
        let pp = mine(&jd);
        let on_call = pp
            .pain_points
            .iter()
            .filter(|p| p.text.contains("on-call rotation"))
            .count();
        assert_eq!(on_call, 1, "{:?}", pp.pain_points);
    }

    #[test]
    fn a_line_of_someones_years_is_no_strategic_need() {
        assert!(someones_record("10+ years in Tech Executive Leadership"));
        assert!(someones_record("Over 15 years as CTO of growth companies"));
        assert!(!someones_record(
            "In the next 3 years we will grow into new markets as a leader in AI"
        ));
        let jd = crate::layers::jd::analyse(&JobInput::sample(
            "DevOps Engineer",
            "Gamma",
            "",
            "Our Team\nJane Doe [CEO]\n- 10+ years in Tech Executive Leadership\n- We aim to grow to 100M users and lead the market\nRequirements\n- Terraform and Kubernetes\n",
        ));
        let needs: Vec<String> = mine(&jd)
            .strategic_needs
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert!(
            !needs.iter().any(|n| n.contains("Executive Leadership")),
            "{needs:?}"
        );
    }

    #[test]
    fn strategic_needs_say_where_the_company_goes_once_not_its_record() {
        let jd = analyse("About us\nRiyadh Air, headquartered in the Saudi Capital, is the new national airline shaping the future of flying. It seeks to lead the aviation industry by transforming Saudi Arabia into a global aviation hub. With just over 10 years of experience in the Portuguese market, we share our DNA with more than 200 workers.\nYour mission: Ensure secure, scalable, and measurable solutions by setting standards for the platform.\nRequirements\n- Go and Kafka\n");
        let pp = mine(&jd);
        let needs: Vec<&str> = pp.strategic_needs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            needs.iter().any(|n| n.starts_with("It seeks to lead")),
            "{needs:?}"
        );
        assert!(
            !needs
                .iter()
                .any(|n| n.contains("headquartered") || n.contains("200 workers")),
            "{needs:?}"
        );
        // The mission is a strategic need, not a success metric as well.
        assert!(
            needs.iter().any(|n| n.starts_with("Your mission")),
            "{needs:?}"
        );
        assert!(
            !pp.success_metrics
                .iter()
                .any(|p| p.text.starts_with("Your mission")),
            "{:?}",
            pp.success_metrics
        );
        // A plan is a direction, whatever it counts.
        let plan = mine(&analyse("About us\nWe plan to grow to 500 employees and open offices in Berlin by 2027.\nRequirements\n- Go and Kafka\n"));
        assert_eq!(plan.strategic_needs.len(), 1, "{:?}", plan.strategic_needs);
        // Nor a call to the reader.
        let calls = mine(&analyse("About us\nJoin our team and grow with us! Ready to join a mission that matters? Are you ready to architect the future of AI? We plan to expand into three new markets next year.\nRequirements\n- Go and Kafka\n"));
        let calls: Vec<&str> = calls
            .strategic_needs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            calls,
            ["We plan to expand into three new markets next year."],
            "{calls:?}"
        );
    }

    #[test]
    fn the_agencys_consultant_and_the_offer_are_no_needs() {
        // Aspire (round 82), as scraped: the consultant's background was a strategic need and
        // the offer a pain point.
        let jd = analyse("A leading technology consultancy seeks a Senior Solutions Architect to drive pre-sales engagements and grow its AI practice.\nRequirements\n* Design event-driven systems on Kubernetes\n* Outstanding communication skills for technical and business audiencesWhat’s on offerJoin a forward-thinking digital environment. You’ll have creative freedom, visible impact, and a voice in defining how technology supports business transformation.Your consultantMichael Deane, Senior Recruitment Consultant with a focus on placing C-Suite talent. Michael has an extensive technical, leadership and recruitment background.");
        let pp = mine(&jd);
        let said: Vec<&str> = pp
            .pain_points
            .iter()
            .chain(&pp.strategic_needs)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            !said
                .iter()
                .any(|t| t.contains("Michael") || t.contains("creative freedom")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|t| t.starts_with("A leading technology consultancy")),
            "{said:?}"
        );
        assert!(about_contact(
            "Michael has a background.",
            Some("Michael Deane")
        ));
        assert!(!about_contact(
            "Morgan Stanley is modernising its platform.",
            Some("Morgan Lee")
        ));
    }

    #[test]
    fn need_words_are_stems_of_verbs_not_of_other_words() {
        assert_eq!(need_words("reducing costs and scaling teams"), 4);
        assert_eq!(need_words("experience with scala, definitely"), 0);
    }

    #[test]
    fn requirement_lines_keep_places_beside_many_duties() {
        let duties: String = [
            "Lead critical initiatives to scale our cloud platform and deliver business outcomes",
            "Build and grow the engineering team, hire and mentor engineers",
            "Design and implement scalable, secure infrastructure on Kubernetes",
            "Drive the technical roadmap for API architecture improvements",
            "Automate deployments and configuration management with Terraform",
            "Optimise resource usage, costs and performance for the cloud platform",
            "Define on-call processes and SLOs for production services",
            "Manage incident response, root cause analysis and remediation",
            "Embed security tools into CI/CD pipelines to automate vulnerability detection",
            "Lead initiatives to improve security testing automation and monitoring",
            "Develop the data pipeline strategy with the platform team",
            "Improve reliability and latency of the customer-facing platform",
            "Build observability with Prometheus for every production service",
            "Deliver the migration of the data platform to Kafka",
        ]
        .iter()
        .map(|d| format!("- {d}\n"))
        .collect();
        let jd = analyse(&format!(
            "Responsibilities\n{duties}Minimum Qualifications\n\
             - Ownership mentality: you define the work, own it and deliver it, not just execute it\n\
             - Hands-on Python and Go\n\
             - Experience with PostgreSQL and Redis\n\
             - Solid experience with Terraform and AWS\n\
             - Knowledge of Kafka and Flink\n"
        ));
        let pp = mine(&jd);
        assert_eq!(pp.pain_points.len(), MAX, "{:?}", pp.pain_points);
        // Four places, each for a line naming a skill; a mindset, with more need words than any
        // of them, waits behind them.
        let start = jd.clean_text.find("Minimum").expect("the heading");
        let required: Vec<&str> = pp
            .pain_points
            .iter()
            .filter(|p| p.span.start > start)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(required.len(), REQUIREMENT_PLACES, "{required:?}");
        assert!(
            !required.iter().any(|t| t.starts_with("Ownership")),
            "{required:?}"
        );
        assert!(
            required.iter().any(|t| t.contains("PostgreSQL")),
            "{required:?}"
        );
    }

    #[test]
    fn the_sentence_announcing_the_opening_is_no_need() {
        assert!(announces_opening(
            "We are looking for a Senior Backend Engineer to join our Payments Platform team in Dubai."
        ));
        assert!(announces_opening("Tabby is hiring a Staff Engineer."));
        assert!(!announces_opening(
            "We are looking for an engineer to rebuild our payments ledger, which cannot keep up with the growth of merchant volume this year."
        ));
        assert!(!announces_opening(
            "Build the services that move money between merchants."
        ));
        assert!(!announces_opening(
            "We're looking for someone to fix our flaky release pipeline."
        ));
        assert!(!announces_opening(
            "The team is seeking to cut settlement time from T+2 to same day."
        ));
        assert!(announces_opening(
            "We are hiring a Staff Data Engineer (m/w/d)"
        ));
    }

    #[test]
    fn boilerplate_the_companys_story_and_keyword_lists_are_no_needs() {
        let jd = analyse(
            "We are driven by our principles: do the right thing and deliver low-cost Linux infrastructure.\n\
             Responsibilities\n\
             - Build and optimize CI/CD pipelines on GitLab for the platform team\n\
             - Our payments platform needs a rebuild to scale to 10x traffic\n\
             - Own the architecture of the patch pipeline and drive its roadmap\n\
             - Cloud platforms (Azure preferred, AWS, GCP). Relativity is a diverse workplace and we build teams of all backgrounds\n\
             - Budget Management, Engineering Management, Innovation, Leadership, Performance\n\
             - This processing is based on legitimate interest under data protection laws\n",
        );
        let pp = mine(&jd);
        let texts: Vec<&str> = pp.pain_points.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Build and optimize CI/CD")),
            "{texts:?}"
        );
        // A duty under a heading is a need, however it opens.
        assert!(
            texts.iter().any(|t| t.starts_with("Our payments platform")),
            "{texts:?}"
        );
        for junk in [
            "We are driven",
            "diverse workplace",
            "Budget Management",
            "legitimate interest",
        ] {
            assert!(!texts.iter().any(|t| t.contains(junk)), "{junk}: {texts:?}");
        }
        assert!(is_keyword_list("Python, Go, Rust, Java, Kotlin"));
        assert!(is_keyword_list(
            "Go (Golang), Kubernetes (EKS), Terraform, Docker"
        ));
        assert!(is_heading("Engineering and Team Leadership"));
        assert!(is_numbered_heading("1. Technical Leadership (40%)"));
        assert!(is_numbered_heading(
            "2. Mentorship & Team Development (35%)"
        ));
        assert!(!is_numbered_heading("Technical Leadership"));
        assert!(!is_numbered_heading(
            "1. Mentor junior and mid-level ML engineers (2-5 engineers)"
        ));
        assert!(!is_heading("Prior tech lead or architect role"));
        // A list is no heading, nor are seven capitalised words.
        assert!(!is_heading("Kafka, Flink And Spark"));
        assert!(!is_heading("Mentor Engineers On Kafka And Spark Daily"));
        assert!(!is_heading(""));
        // Nor is a bullet, however short: "- Kubernetes and Terraform" is a requirement.
        let jd =
            analyse("Requirements\n- Kubernetes and Terraform\n- Python services in production\n");
        let mined: Vec<String> = mine(&jd).pain_points.into_iter().map(|p| p.text).collect();
        assert!(
            mined.iter().any(|t| t == "Kubernetes and Terraform"),
            "{mined:?}"
        );
        assert!(!is_keyword_list(
            "Fundierte Kenntnisse in GenAI, LLMs, MLMs und RAG (Architektur, Prompt Engineering, Fine-Tuning, Agent-Orchestrierung)"
        ));
        assert!(!is_keyword_list(
            "Build services in Python, Go, Rust and Java for our teams, then ship them"
        ));
    }

    #[test]
    fn the_postings_own_lists_come_before_its_story_and_perks() {
        // Lines outside the duties and requirements that say "build", "scale", "growth" and name
        // skills, more than the short requirement bullets do.
        let story: String = (0..12)
            .map(|i| format!("- Co-founder {i} has built and scaled AI and ML platforms, driving growth, strategy and data culture for teams\n"))
            .collect();
        let jd = analyse(&format!(
            "Our team\n{story}Your role\n             Reporting directly to our DevOps Lead, you will be responsible for:\n             - Manage, monitor and scale our existing services\n\
             Must-haves\n             - Public cloud, Kubernetes, GitOps\n             - Observability through logs, metrics and tracing\n             - Infrastructure-as-Code, Terraform, Helm\n"
        ));
        let texts: Vec<String> = mine(&jd).pain_points.into_iter().map(|p| p.text).collect();
        for need in [
            "Manage, monitor and scale our existing services",
            "Public cloud, Kubernetes, GitOps",
            "Observability through logs, metrics and tracing",
            "Infrastructure-as-Code, Terraform, Helm",
        ] {
            assert!(texts.iter().any(|t| t == need), "{need}: {texts:?}");
        }
        // A line that introduces the list is none of it.
        assert!(
            !texts.iter().any(|t| t.starts_with("Reporting")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_success_metric_names_a_measure_or_the_first_months() {
        assert!(is_metric(
            "Optimize KPIs including MTTR, FCR, deflection rate, and CSAT."
        ));
        assert!(is_metric(
            "In your first 90 days you will ship the evaluation harness."
        ));
        assert!(is_metric("Embed observability and define SLOs."));
        assert!(!is_metric(
            "Every person on our team supports each other to ensure we all are successful."
        ));
        assert!(!is_metric("The ability to travel up to 25%"));
        assert!(!is_metric("1. Technical Leadership (40%)"));
        assert!(!is_metric(
            "Experience with machine learning within enterprise IT environments"
        ));
    }

    #[test]
    fn pain_points_quote_their_spans() {
        let jd = analyse("About the jobWe are scaling our platform to 10x traffic.What you'll do* Lead a team of 8 engineers building our Kafka pipelines* Improve reliability of the payments platform* Hire and mentor engineers* Define the technical roadmap with product* Reduce cloud cost on AWSBenefits* Free lunch");
        let pp = mine(&jd);
        assert!(
            (MIN..=MAX).contains(&pp.pain_points.len()),
            "{:?}",
            pp.pain_points
        );
        for p in pp
            .pain_points
            .iter()
            .chain(&pp.strategic_needs)
            .chain(&pp.success_metrics)
        {
            assert_eq!(&jd.clean_text[p.span.start..p.span.end], p.text);
        }
        assert!(pp
            .pain_points
            .iter()
            .all(|p| !p.text.contains("Free lunch")));
        assert!(pp
            .pain_points
            .iter()
            .any(|p| p.skills.contains(&"Kafka".to_string())));
        assert_eq!(pp.pain_points[0].id, "pp-1");
    }

    #[test]
    fn a_short_posting_still_gets_five_grounded_points() {
        let jd = analyse("We need a Rust engineer, someone who knows Kafka, cares about tests, writes docs, and ships weekly.");
        let pp = mine(&jd);
        assert!(pp.pain_points.len() >= MIN, "{:?}", pp.pain_points);
        for p in &pp.pain_points {
            assert_eq!(&jd.clean_text[p.span.start..p.span.end], p.text);
        }
    }
}
