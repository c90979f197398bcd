//! Repairs scraped job text before anything reads it: markup removed, bullets put on their own lines,
//! words glued across lost line breaks ("About the jobYou love…", "forvehicle") split again, sections found, and the
//! concatenated LinkedIn criteria ("SENIORITY LEVELMid-Senior levelEMPLOYMENT TYPE…") parsed.

use serde::{Deserialize, Serialize};

/// Words with inner capitals that must not be split as glued words.
const CAMEL_WORDS: &[&str] = &[
    "JavaScript",
    "TypeScript",
    "PostgreSQL",
    "MySQL",
    "GitHub",
    "GitLab",
    "OpenAI",
    "DevOps",
    "MLOps",
    "FinOps",
    "DevSecOps",
    "PyTorch",
    "TensorFlow",
    "LinkedIn",
    "YouTube",
    "MongoDB",
    "GraphQL",
    "FastAPI",
    "BigQuery",
    "ClickHouse",
    "DynamoDB",
    "RabbitMQ",
    "OpenTelemetry",
    "OpenSearch",
    "HubSpot",
    "PayPal",
    "WhatsApp",
    "McKinsey",
    "DeepMind",
    "SaaS",
    "PaaS",
    "IaaS",
    "iOS",
    "macOS",
    "iPhone",
    "iPad",
    "eCommerce",
    "NoSQL",
    "LangChain",
    "LangGraph",
    "LlamaIndex",
    "HuggingFace",
    "DataDog",
    "CloudFormation",
    "SageMaker",
    "VertexAI",
    "ChatGPT",
    "GenAI",
    "AutoML",
    "FinTech",
    "HealthTech",
    "EdTech",
    "PropTech",
    "InsurTech",
    "SpaceX",
    "CockroachDB",
    "InfluxDB",
    "ScyllaDB",
    "NetSuite",
    "SalesForce",
    "ServiceNow",
    "PowerBI",
    "QuickBooks",
    "WordPress",
    "JetBrains",
    "SvelteKit",
    "NestJS",
    "NextJS",
    "NodeJS",
    "VueJS",
    "ReactJS",
    "DigitalOcean",
    "CircleCI",
    "TravisCI",
    "ArgoCD",
    "FluxCD",
    "KubeFlow",
    "MLflow",
    "dbt",
    "gRPC",
    "WebAssembly",
    "WebSockets",
    "McDonald",
    "AstraZeneca",
    "BlackRock",
    "JPMorgan",
    "PwC",
    "EdgeDB",
    "SingleStore",
    "LeetCode",
];

/// Section headings seen in postings (lower case), with the kind of section they open.
const HEADINGS: &[(&str, SectionKind)] = &[
    ("about the job", SectionKind::Role),
    ("about the role", SectionKind::Role),
    ("the role", SectionKind::Role),
    ("your role", SectionKind::Role),
    ("role overview", SectionKind::Role),
    ("the opportunity", SectionKind::Role),
    // "What To Expect: First 30 Days …": the plan of the first months, no requirement.
    ("what to expect", SectionKind::Role),
    // A 30-60-90-day plan: the first month is onboarding (getting up to speed, meeting the team),
    // which a letter quoted as the job to Docker's recruiter (round 64); the later months are the
    // work.
    ("first 30 days", SectionKind::Other),
    ("in your first 30 days", SectionKind::Other),
    ("first month", SectionKind::Other),
    ("your first month", SectionKind::Other),
    ("first 60 days", SectionKind::Role),
    ("first 90 days", SectionKind::Role),
    ("job description", SectionKind::Role),
    ("role description", SectionKind::Role),
    ("position overview", SectionKind::Role),
    ("overview", SectionKind::Role),
    ("about the team", SectionKind::About),
    ("the team", SectionKind::About),
    ("about us", SectionKind::About),
    ("who we are", SectionKind::About),
    ("what we do", SectionKind::About),
    ("the company", SectionKind::About),
    ("company description", SectionKind::About),
    ("our mission", SectionKind::About),
    // Cloudbeds' story of itself ("Your Journey with Us Behind Cloudbeds' revolutionary
    // technology … breakthroughs in machine learning"), read as requirements in round 33, when
    // it stands as a heading.
    ("your journey with us", SectionKind::About),
    ("our story", SectionKind::About),
    ("what you'll do", SectionKind::Responsibilities),
    ("what you will do", SectionKind::Responsibilities),
    ("what you’ll do", SectionKind::Responsibilities),
    ("what you will own", SectionKind::Responsibilities),
    ("what you will be doing", SectionKind::Responsibilities),
    ("what you'll be doing", SectionKind::Responsibilities),
    ("what you’ll be doing", SectionKind::Responsibilities),
    // Its lines are what the role is not ("This isn't simply coding against a specification").
    ("what you won't be doing", SectionKind::Other),
    ("what you won’t be doing", SectionKind::Other),
    ("what you will not be doing", SectionKind::Other),
    ("what you'll own", SectionKind::Responsibilities),
    ("responsibilities", SectionKind::Responsibilities),
    ("roles and responsibilities", SectionKind::Responsibilities),
    ("role and responsibilities", SectionKind::Responsibilities),
    ("key responsibilities", SectionKind::Responsibilities),
    ("your responsibilities", SectionKind::Responsibilities),
    ("main responsibilities", SectionKind::Responsibilities),
    ("your impact", SectionKind::Responsibilities),
    // "… of our AI Engineering platform. The impact you will have:" (TRM Labs, round 67, whose
    // duties of fine-tuning and evaluation had been read as its intro).
    ("the impact you will have", SectionKind::Responsibilities),
    ("the impact you'll have", SectionKind::Responsibilities),
    ("the impact you’ll have", SectionKind::Responsibilities),
    ("your tasks", SectionKind::Responsibilities),
    ("tasks", SectionKind::Responsibilities),
    ("duties", SectionKind::Responsibilities),
    ("in this role you will", SectionKind::Responsibilities),
    ("accountabilities", SectionKind::Responsibilities),
    ("key accountabilities", SectionKind::Responsibilities),
    ("what you'll bring", SectionKind::Requirements),
    ("what you will bring", SectionKind::Requirements),
    ("what you’ll bring", SectionKind::Requirements),
    ("what we're looking for", SectionKind::Requirements),
    ("what we’re looking for", SectionKind::Requirements),
    ("what we are looking for", SectionKind::Requirements),
    ("what we look for", SectionKind::Requirements),
    ("what we look for in you", SectionKind::Requirements),
    (
        "what we look for in you (ie. job requirements)",
        SectionKind::Requirements,
    ),
    ("who you are", SectionKind::Requirements),
    ("about you", SectionKind::Requirements),
    ("requirements", SectionKind::Requirements),
    ("key requirements", SectionKind::Requirements),
    ("minimum qualifications", SectionKind::Requirements),
    // "Education: Minimum: … Preferred: … Experience: Minimum: …": each "Minimum" ends the
    // "Preferred" before it.
    ("minimum", SectionKind::Requirements),
    ("knowledge and skills", SectionKind::Requirements),
    ("knowledge, skills and abilities", SectionKind::Requirements),
    ("skills and abilities", SectionKind::Requirements),
    ("required skills", SectionKind::Requirements),
    ("technical skills", SectionKind::Requirements),
    ("minimum requirements", SectionKind::Requirements),
    ("preferred requirements", SectionKind::NiceToHave),
    ("basic qualifications", SectionKind::Requirements),
    ("basic requirements", SectionKind::Requirements),
    ("required qualifications", SectionKind::Requirements),
    // "… in Microsoft 365 and Azure environmentsRequired Certifications * Microsoft Certified:
    // Cybersecurity Architect Expert (SC-100)" (Adecco, round 75): the list after a preferred
    // one is required again.
    ("required certifications", SectionKind::Requirements),
    ("required certification", SectionKind::Requirements),
    ("mandatory certifications", SectionKind::Requirements),
    ("preferred certifications", SectionKind::NiceToHave),
    // Primus's, glued into one line with the skills before them (round 114).
    ("certifications must have", SectionKind::Requirements),
    ("certifications good to have", SectionKind::NiceToHave),
    ("good to have", SectionKind::NiceToHave),
    ("primary skills", SectionKind::Requirements),
    ("secondary skills", SectionKind::NiceToHave),
    ("mandatory skills", SectionKind::Requirements),
    // "QualificationsRequired: * 5+ years …" (Docker): the first half of a requirements /
    // preferred pair.
    ("required", SectionKind::Requirements),
    ("qualifications", SectionKind::Requirements),
    ("skills and experience", SectionKind::Requirements),
    ("experience", SectionKind::Requirements),
    ("your profile", SectionKind::Requirements),
    ("profile", SectionKind::Requirements),
    ("must have", SectionKind::Requirements),
    ("must-have", SectionKind::Requirements),
    ("must haves", SectionKind::Requirements),
    ("you have", SectionKind::Requirements),
    ("what you need", SectionKind::Requirements),
    // Docker's "What Would Make Someone Successful In This Role: … you understand the nuances
    // of prompt engineering, agent orchestration, and evaluating AI system effectiveness" went
    // unread, and the candidate's evaluation set with it (round 82).
    (
        "what would make someone successful in this role",
        SectionKind::Requirements,
    ),
    (
        "what would make you successful in this role",
        SectionKind::Requirements,
    ),
    ("what you'll need", SectionKind::Requirements),
    ("what you’ll need", SectionKind::Requirements),
    ("what you will need", SectionKind::Requirements),
    ("competencies", SectionKind::Requirements),
    ("key competencies", SectionKind::Requirements),
    ("core competencies", SectionKind::Requirements),
    ("what you'll need to succeed", SectionKind::Requirements),
    ("what you’ll need to succeed", SectionKind::Requirements),
    ("what you will need to succeed", SectionKind::Requirements),
    ("what we expect", SectionKind::Requirements),
    ("you should have experience in", SectionKind::Requirements),
    ("you should have", SectionKind::Requirements),
    ("the ideal candidate", SectionKind::Requirements),
    // SoftServe's, glued to the intro's last sentence ("… for our clients and internally.IF YOU
    // ARE"): the intro's "at scale" was a missing must-have (both readers of round 106).
    ("if you are", SectionKind::Requirements),
    (
        "as an ideal candidate, you will have",
        SectionKind::Requirements,
    ),
    (
        "as an ideal candidate you will have",
        SectionKind::Requirements,
    ),
    ("ideal candidate", SectionKind::Requirements),
    ("das bringst du mit", SectionKind::Requirements),
    ("dein profil", SectionKind::Requirements),
    ("ihr profil", SectionKind::Requirements),
    ("anforderungen", SectionKind::Requirements),
    ("qualifikationen", SectionKind::Requirements),
    ("erforderliche fähigkeiten", SectionKind::Requirements),
    ("was du mitbringst", SectionKind::Requirements),
    ("was sie mitbringen", SectionKind::Requirements),
    ("gewünschte fähigkeiten", SectionKind::NiceToHave),
    ("wünschenswert", SectionKind::NiceToHave),
    ("verantwortlichkeiten", SectionKind::Responsibilities),
    ("leistungen", SectionKind::Benefits),
    ("was wir bieten", SectionKind::Benefits),
    ("deine aufgaben", SectionKind::Responsibilities),
    ("ihre aufgaben", SectionKind::Responsibilities),
    ("aufgaben", SectionKind::Responsibilities),
    ("requisitos", SectionKind::Requirements),
    ("requisitos mínimos", SectionKind::Requirements),
    ("requisitos minimos", SectionKind::Requirements),
    ("funciones", SectionKind::Responsibilities),
    ("responsabilidades", SectionKind::Responsibilities),
    ("cuál será tu misión", SectionKind::Responsibilities),
    (
        "cuál será tu misión en el proyecto",
        SectionKind::Responsibilities,
    ),
    ("qué ofrecemos", SectionKind::Benefits),
    ("que ofrecemos", SectionKind::Benefits),
    ("ofrecemos", SectionKind::Benefits),
    ("beneficios", SectionKind::Benefits),
    ("das bieten wir", SectionKind::Benefits),
    ("wir bieten", SectionKind::Benefits),
    ("preferred qualifications", SectionKind::NiceToHave),
    ("preferred (not required)", SectionKind::NiceToHave),
    // Thomson Reuters' "… or equivalent experience Preferred Skills & Experience * Fluent in Go,
    // Python, Rust…" made its preferred list must-haves (round 70).
    ("preferred skills & experience", SectionKind::NiceToHave),
    ("preferred skills and experience", SectionKind::NiceToHave),
    ("preferred skills", SectionKind::NiceToHave),
    ("preferred experience", SectionKind::NiceToHave),
    ("nice to have", SectionKind::NiceToHave),
    // Modular's, glued to its last requirement: PyTorch under it was a must-have (round 106).
    ("helpful, but not required", SectionKind::NiceToHave),
    ("helpful but not required", SectionKind::NiceToHave),
    // MongoDB's, after "As an ideal candidate, you will have" (round 102).
    ("you may also have", SectionKind::NiceToHave),
    ("it's great if you have", SectionKind::NiceToHave),
    ("it’s great if you have", SectionKind::NiceToHave),
    ("great if you have", SectionKind::NiceToHave),
    ("nice-to-have", SectionKind::NiceToHave),
    ("nice to haves", SectionKind::NiceToHave),
    ("nice-to-haves", SectionKind::NiceToHave),
    ("bonus points", SectionKind::NiceToHave),
    ("bonus skills", SectionKind::NiceToHave),
    ("bonus skills to stand out", SectionKind::NiceToHave),
    ("bonus", SectionKind::NiceToHave),
    ("pluses", SectionKind::NiceToHave),
    // wealthAPI's "Beneficial:" list (machine learning, MongoDB) read as must-haves (round 52).
    ("beneficial", SectionKind::NiceToHave),
    // Keyrock's, glued to its last essential: "3+ years … in a financial services context" under
    // it was a knock-out (both readers of round 109).
    ("beneficial experience", SectionKind::NiceToHave),
    ("beneficial skills", SectionKind::NiceToHave),
    ("essentials", SectionKind::Requirements),
    // Keyrock's duties, under what they should achieve.
    ("outcomes", SectionKind::Responsibilities),
    ("key outcomes", SectionKind::Responsibilities),
    ("the essentials", SectionKind::Requirements),
    // Its hiring notes: "Our recruitment philosophy" was read as hiring asked of the candidate.
    ("our recruitment philosophy", SectionKind::Other),
    ("our recruitment process", SectionKind::Other),
    ("preferred", SectionKind::NiceToHave),
    ("what we offer", SectionKind::Benefits),
    // EPAM's, glued to its last nice-to-have: "in-house training and coaching" among its perks
    // was a nice-to-have's mentoring (round 132).
    ("we offer", SectionKind::Benefits),
    ("what do we offer", SectionKind::Benefits),
    ("what can we offer", SectionKind::Benefits),
    // Capgemini's, glued to its last plus: "your career growth" was a must-have's mentoring
    // (round 103).
    ("what you'll love about working here", SectionKind::Benefits),
    ("what you’ll love about working here", SectionKind::Benefits),
    (
        "what you will love about working here",
        SectionKind::Benefits,
    ),
    // What the employer will teach, not what it asks: MongoDB's "Core Database Server: Master the
    // fundamentals…" was a stack knock-out for a data engineer (round 102, both readers).
    ("what you will learn", SectionKind::Benefits),
    ("what you'll learn", SectionKind::Benefits),
    ("what you’ll learn", SectionKind::Benefits),
    // Aspire's "What’s on offer: … You’ll have creative freedom, visible impact…" was a pain
    // point (round 82).
    ("what's on offer", SectionKind::Benefits),
    ("what’s on offer", SectionKind::Benefits),
    ("disclaimer", SectionKind::Other),
    // LinkedIn's footer of skills it suggests to the reader: not the posting's requirements.
    ("suggested skills", SectionKind::Other),
    ("what's in it for you", SectionKind::Benefits),
    ("what’s in it for you", SectionKind::Benefits),
    ("what is in it for you", SectionKind::Benefits),
    ("benefits", SectionKind::Benefits),
    ("perks", SectionKind::Benefits),
    ("why join us", SectionKind::Benefits),
    // Bare, as COMX's start-up heads its perks ("Balance speed, quality, and technical debt" was
    // a must-have, round 117).
    ("why join", SectionKind::Benefits),
    // SellAnyCar's perks ("Direct Impact: Shape the organization’s engineering strategy") were
    // its duties without it.
    ("why consider this opportunity", SectionKind::Benefits),
    ("why this opportunity", SectionKind::Benefits),
    ("why us", SectionKind::Benefits),
    ("compensation", SectionKind::Benefits),
    ("our offer", SectionKind::Benefits),
    ("how to apply", SectionKind::Other),
    // An agency's foot: how it recruits, and the consultant's own background ("Michael has an
    // extensive technical, leadership and recruitment background" was a pain point, and Hiring a
    // must-have, of Aspire's architect role, round 63).
    ("recruitment process", SectionKind::Other),
    ("your consultant", SectionKind::Other),
    ("your recruiter", SectionKind::Other),
    // Sections that end a list of nice-to-haves at the foot of a US posting: the physical
    // conditions of the work, and where it is held ("Additional Information … You must live in the
    // United States", which a nice-to-have section running to the end had made a preference).
    ("working conditions", SectionKind::Other),
    ("physical requirements", SectionKind::Other),
    ("additional information", SectionKind::Other),
    ("tech stack", SectionKind::Requirements),
    ("our stack", SectionKind::Requirements),
    ("required profile", SectionKind::Requirements),
    // "Plus" under the requirements: the nice-to-haves (Biorsaf, round 37).
    ("plus", SectionKind::NiceToHave),
    ("chi siamo", SectionKind::About),
    ("il progetto", SectionKind::About),
    ("il ruolo", SectionKind::Role),
    ("cosa farai", SectionKind::Responsibilities),
    ("responsabilità", SectionKind::Responsibilities),
    ("chi cerchiamo", SectionKind::Requirements),
    ("requisiti", SectionKind::Requirements),
    ("cosa offriamo", SectionKind::Benefits),
    ("offriamo", SectionKind::Benefits),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Intro,
    About,
    Role,
    Responsibilities,
    Requirements,
    NiceToHave,
    Benefits,
    Other,
}

/// A section of the cleaned text; `start..end` are byte offsets into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub kind: SectionKind,
    pub start: usize,
    pub end: usize,
}

/// Cleans a job description. The result is what every layer reads and what spans point into.
pub fn clean(raw: &str) -> String {
    clean_naming(raw, "")
}

/// [`clean`] for a posting by `company`: the company's name as one word ("InPost" for "INPOST",
/// "CloudLinux") is a name, never glue to split, even where the posting writes it once.
pub fn clean_naming(raw: &str, company: &str) -> String {
    let text = strip_markup(raw);
    let text = text
        .replace("\r\n", "\n")
        .replace(['\r', '\t', '\u{a0}', '\u{2007}', '\u{202f}'], " ")
        .replace(['\u{200b}', '\u{feff}', '\u{fe0f}', '\u{200d}'], "");
    // Pictographs decorate headings ("Minimum Qualifications 🤓 * Extensive…"), and a heading with
    // one after it is not found: they become spaces (they say nothing a requirement needs).
    let text: String = text
        .chars()
        .map(|ch| {
            if ('\u{1F000}'..='\u{1FAFF}').contains(&ch) {
                ' '
            } else {
                ch
            }
        })
        .collect();
    // LinkedIn's expander labels, scraped with the text.
    let text = text
        .replace("Show more Show less", "")
        .replace("Show more", "")
        .replace("Show less", "");
    let text = split_bullets(&text);
    let text = split_glued_words(&text, company);
    let text = super::segment::split_glued(&text);
    let text = split_glued_sentences(&text, company);
    let text = heading_off_figure(&text);
    let text = break_before_headings(&text, company);
    let text = references_off(&text);
    notices_off_bullets(&normalise_lines(&text))
}

/// A job's reference number glued to the line before it ("* Residing in Poland required Job no.
/// 260107-955PR") goes on a line of its own: "no." ends no sentence, so the requirement was
/// quoted with "Job no" after it (Sii, round 75).
fn references_off(text: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // Only a reference ending its line, after a word: "- Job ID: 12345" on a line of its own
    // and "Our job number 1 priority" are left as they are.
    let re = super::re(
        &RE,
        r"(?im)(\w[.)]?)[ \t]+((?:job|req|requisition|position|vacancy)[ \t]?(?:no\.|number|id|ref\.?|reference)[ \t:#.]*[A-Z]{0,4}[-_]?\d[\w-]*)[ \t]*$",
    );
    re.replace_all(text, "$1\n$2").into_owned()
}

/// A closing notice glued to the last bullet ("- Technical Certification in Cloud (…). This
/// position will be open … Microsoft is an equal opportunity employer. All qualified applicants
/// …") goes on a line of its own from its first sentence that is a notice ("Microsoft is an
/// equal opportunity employer"; "This position will be open …" stays with the bullet): the bullet
/// is a requirement and the notice is not, and one unit holding both was read as boilerplate
/// (Microsoft's required certification, round 68).
fn notices_off_bullets(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        match line.starts_with("- ").then(|| notice_start(line)).flatten() {
            Some(at) => {
                out.push_str(line[..at].trim_end());
                out.push('\n');
                out.push_str(&line[at..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Where the first sentence of `line` that is a notice starts, when what stands before it is
/// none.
fn notice_start(line: &str) -> Option<usize> {
    use crate::layers::jd::is_notice;
    line.match_indices(". ")
        .map(|(i, _)| i + 2)
        .filter(|&at| line[at..].starts_with(char::is_uppercase))
        .find(|&at| {
            let sentence = line[at..].split(". ").next().unwrap_or_default();
            is_notice(sentence) && !is_notice(&line[..at])
        })
}

/// Removes tags and decodes the common entities; the text is analysed, never rendered, here.
fn strip_markup(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        // Only treat `<tag…>` / `</tag>` as markup; a lone "<" (as in "< 5 ms") stays.
        let is_tag = after[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match (is_tag, after.find('>')) {
            (true, Some(close)) if close < 2_000 => {
                let tag = after[1..close].to_ascii_lowercase();
                let block = [
                    "p", "/p", "br", "br/", "br /", "ul", "/ul", "div", "/div", "h1", "h2", "h3",
                    "h4", "/h1", "/h2", "/h3", "/h4",
                ];
                if tag.starts_with("li") {
                    out.push_str("\n- ");
                } else if block
                    .iter()
                    .any(|b| tag == *b || tag.starts_with(&format!("{b} ")))
                {
                    out.push('\n');
                } else {
                    out.push(' ');
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
}

/// Inline bullets (" * ", "•", "●", "▪", glued "- ") start a new line "- ".
fn split_bullets(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { chars[i - 1] } else { '\n' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let is_symbol_bullet = matches!(c, '•' | '●' | '▪' | '◦' | '■' | '➢' | '✓' | '✔');
        let is_star_bullet = c == '*'
            && next == ' '
            && (prev == ' ' || prev == '\n' || i == 0 || prev.is_alphanumeric() || prev == '.');
        // "… Postgres, MongoDB.*Answers to crypto-related questions …": a note's asterisk glued
        // to a sentence's end opens a line of its own, not the list item's (Coinbase's nice-to-
        // haves ran on into its pay notice and were read as none, round 108).
        if c == '*' && prev == '.' && next.is_uppercase() {
            out.push('\n');
            i += 1;
            continue;
        }
        // "Requirements- 8+ years": a dash glued to a word and followed by a capital or digit.
        let is_glued_dash = c == '-'
            && next == ' '
            && prev.is_alphanumeric()
            && chars
                .get(i + 2)
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit());
        if is_symbol_bullet || is_star_bullet || is_glued_dash {
            while out.ends_with(' ') {
                out.pop();
            }
            out.push_str("\n- ");
            i += 1;
            while chars.get(i) == Some(&' ') {
                i += 1;
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Whether `word` is one of the company's `name_words` in capitals with an ending of its own:
/// "every TRMer is a bet on our future" was cut into "TR" and "Mer is a bet…", a pain point of
/// TRM Labs (round 118).
fn company_with_ending(word: &str, name_words: &[String]) -> bool {
    let caps: String = word.chars().take_while(|c| c.is_uppercase()).collect();
    let rest = &word[caps.len()..];
    caps.chars().count() >= 2
        && !rest.is_empty()
        && rest.chars().all(char::is_lowercase)
        && name_words.iter().any(|w| w.eq_ignore_ascii_case(&caps))
}

/// "jobYou" → "job\nYou": a lower-case letter followed by a capitalised word inside one token means a
/// lost line break, unless the token is a known camel-case word.
fn split_glued_words(text: &str, raw_company: &str) -> String {
    let company: String = raw_company
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    // The company's name as prose writes it, without its legal form ("CrowdStrike" of
    // "CROWDSTRIKE, INC."), for a word glued to it.
    let name_words = crate::layers::company::name_words(raw_company);
    let names: Vec<String> = [company.clone(), name_words.concat()]
        .into_iter()
        .filter(|n| n.len() >= 4)
        .collect();
    let mut out = String::with_capacity(text.len() + 64);
    // A camel-case word the posting writes more than once is a name ("CrowdStrike", "HubSpot"):
    // a lost line break does not happen twice between the same two words.
    let core = |t: &str| -> String {
        t.chars()
            .skip_while(|c| !c.is_alphabetic())
            .take_while(|c| c.is_alphabetic())
            .collect()
    };
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // Any word ending on capitals the posting writes more than once is a name too ("wealthAPI",
    // seven times in its posting, after "About us:").
    let mut acronym_ended: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let ends_capital = word.chars().last().is_some_and(char::is_uppercase);
        if ends_capital && word.chars().any(char::is_lowercase) {
            *acronym_ended.entry(word).or_default() += 1;
        }
    }
    // Only a capitalised word ("CrowdStrike", not "teamWe" from a section the posting repeats),
    // wherever it stands: "About the Role:CrowdStrike is seeking" holds one too.
    for token in text.split(|ch: char| !ch.is_alphabetic()) {
        let c = core(token);
        let mut chars = c.chars();
        let pascal = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        if pascal && c.chars().skip(1).any(char::is_uppercase) {
            *seen.entry(c).or_default() += 1;
        }
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    for (i, token) in tokens.iter().copied().enumerate() {
        // The letters of the next word: a name glued to a title's end ("PlatformsMAK
        // Technology") is split only where it and the next word spell the company.
        let next: String = tokens
            .get(i + 1)
            .map(|t| t.chars().take_while(|c| c.is_alphabetic()).collect())
            .unwrap_or_default();
        if i > 0 {
            out.push(' ');
        }
        if token.len() < 4
            || !token.chars().any(|c| c.is_uppercase())
            || is_camel_word(token)
            || seen.get(&core(token)).is_some_and(|n| *n >= 2)
            || (!company.is_empty() && core(token).to_lowercase() == company)
            || company_with_ending(&core(token), &name_words)
        {
            out.push_str(token);
            continue;
        }
        // The glue before a name is most often a heading that lost its line break ("About the
        // RoleCrowdStrike is seeking", "About the jobStripe is hiring").
        if let Some(at) =
            glued_name_at(token, &names, &seen).or_else(|| name_glued_before(token, &names, &seen))
        {
            out.push_str(&token[..at]);
            out.push('\n');
            out.push_str(&token[at..]);
            continue;
        }
        let chars: Vec<char> = token.chars().collect();
        for (j, c) in chars.iter().enumerate() {
            if let Some(gap) = acronym_glue(&chars, j, &company, &next).filter(|_| {
                acronym_ended
                    .get(word_at(&chars, j).as_str())
                    .is_none_or(|n| *n < 2)
            }) {
                out.push(gap);
                out.push(*c);
                continue;
            }
            let after_lower = chars
                .get(j + 1)
                .is_some_and(|n| n.is_lowercase() || *n == '\'' || *n == '’');
            // "jobYou": a lower-case word glued to a capitalised one; "UAEArabic": an acronym
            // glued to a capitalised word of three letters or more ("APIs", "OAuth" stay whole).
            let after_word = chars.get(j + 1).is_some_and(|n| n.is_lowercase())
                && chars.get(j + 2).is_some_and(|n| n.is_lowercase());
            // "PSTbusiness" is "PST business", not "PS" and "Tbusiness": the capital belongs to
            // the acronym when the lower-case letters after it make a word without it.
            let acronym_then_word = || {
                let tail: String = chars[j + 1..]
                    .iter()
                    .take_while(|ch| ch.is_lowercase())
                    .collect();
                let with_capital = format!("{}{tail}", c.to_lowercase());
                super::segment::is_word(&tail) && !super::segment::is_word(&with_capital)
            };
            // A name the posting writes more than once stays whole wherever it is glued
            // ("Role:CrowdStrike" was "Crowd" and "Strike is seeking…", round 79).
            let named = || seen.get(&word_at(&chars, j)).is_some_and(|n| *n >= 2);
            let split_here = j >= 2
                && c.is_uppercase()
                && !named()
                && ((chars[j - 1].is_lowercase() && chars[j - 2].is_alphabetic() && after_lower)
                    || (chars[j - 1].is_uppercase()
                        && chars[j - 2].is_uppercase()
                        && after_word
                        && !acronym_then_word()));
            if split_here {
                // "UnitedStates", "SaudiArabia": a place name keeps its space; otherwise the
                // glue is a lost line break ("About the jobYou love…").
                let left = letters_before(&chars, j);
                let right = letters_from(&chars, j);
                // "Kubernetes, OpenStack, virtual machines": a lost line break is not followed
                // by a one-word line ending on a comma; a product name in a list is.
                // A heading's word is no product name: "QualificationsRequired/minimum
                // qualifications" lost the break after its heading (Microsoft, round 68, whose
                // required cloud certification went unread).
                let in_list = j == left.chars().count()
                    && matches!(
                        chars.get(j + right.chars().count()),
                        Some(',' | ';' | ')' | '/')
                    )
                    && !HEADINGS.iter().any(|(h, _)| left.eq_ignore_ascii_case(h));
                if in_list {
                    out.push(*c);
                    continue;
                }
                // "Google CloudPlatform (GCP)", "Master DataManagement (MDM)": glue inside a
                // name the taxonomy knows is a lost space (Riyadh Air's "Certifications in
                // leading cloud platforms such as AWS, Azure, or Google Cloud" had lost the rest
                // of its sentence, "… are highly desirable", to a new line, round 69).
                let prev = match i.checked_sub(1) {
                    Some(before) if j == left.chars().count() => tokens[before],
                    _ => "",
                };
                // No line ends on "and" or "the": "Purview, andMachine Learning" lost a space,
                // not a line break (Beinex, round 79, whose stack line was cut at "and").
                let joining = j == left.chars().count()
                    && [
                        "and", "or", "the", "of", "in", "with", "for", "to", "our", "your", "on",
                        "at", "by", "from",
                    ]
                    .contains(&left.as_str());
                if joining
                    || super::places::is_place_name(&format!("{left} {right}"))
                    || names_a_skill_across(prev, &left, &right)
                    || (j == left.chars().count()
                        && title_run_in_a_sentence(&out, prev, &left, &right, &tokens[i + 1..]))
                {
                    out.push(' ');
                } else {
                    out.push('\n');
                }
            }
            out.push(*c);
        }
    }
    out
}

/// Whether a capitalised word glued to the next (`left`, after the word `prev`) goes on a run of
/// capitalised words inside a sentence: "We are therefore hiring experienced Senior
/// SoftwareEngineers (Back-end / Ruby)" lost a space at a line's wrap, not a line break, and the
/// pain point was cut at "Senior Software" (both round-93 readers). `written` is the text before
/// the token. A heading ("Your RoleOur tech team") is a lost line break still, and so is one
/// before a line opening on a verb's "-ing" ("Team Lead ActivityLeading and managing a team").
fn title_run_in_a_sentence(
    written: &str,
    prev: &str,
    left: &str,
    right: &str,
    after: &[&str],
) -> bool {
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    // A heading opening on `right` ("TeamWhat you will do"), in up to five words.
    let heading_after = (0..=after.len().min(4)).any(|n| {
        let words: Vec<&str> = std::iter::once(right)
            .chain(after[..n].iter().copied())
            .collect();
        is_heading(&words.join(" "))
    });
    // A clause opening on a verb's "-ing" ("ActivityLeading and managing a team"), not a
    // title's noun ("SoftwareEngineering Managers").
    let gerund = right.ends_with("ing")
        && after
            .first()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    if !capitalised(left)
        || !capitalised(prev)
        || gerund
        || heading_after
        || is_heading(&format!("{prev} {left}"))
    {
        return false;
    }
    // The sentence so far, before `prev`, within the last 200 characters: words in lower case
    // say it runs on.
    let recent = super::last_chars(written, 200);
    let sentence = recent
        .rfind(['.', '!', '?', ':', '\n', '*'])
        .map_or(recent, |at| &recent[at + 1..]);
    let lower_words = sentence
        .split_whitespace()
        .filter(|w| w.len() >= 2 && w.chars().all(char::is_lowercase))
        .count();
    lower_words >= 2
}

/// Whether `left` and `right`, glued in the text (after the word `prev`, if any), are the two
/// halves of a name the taxonomy knows ("Google Cloud" + "Platform", "Data" + "Management"):
/// a match that runs across the glue.
fn names_a_skill_across(prev: &str, left: &str, right: &str) -> bool {
    // The last word of the token before ("(Google" of "(Google CloudPlatform").
    let prev = prev
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let head = if prev.is_empty() {
        left.to_string()
    } else {
        format!("{prev} {left}")
    };
    let phrase = format!("{head} {right}");
    let glue = head.len();
    super::lexicon::Lexicon::get()
        .find(&phrase)
        .iter()
        .any(|f| f.start < glue && f.end > glue + 1)
}

/// Where the company's name (`company`: its letters in lower case), or a camel-case name the
/// posting writes twice or more, starts in `token` after a word glued to it ("RoleCrowdStrike"):
/// the name is split off whole. Split at every capital, "Role\nCrowd\nStrike is seeking" made
/// the posting's first need "Strike is seeking a Senior Data Scientist" (round 65).
fn glued_name_at(
    token: &str,
    company: &[String],
    seen: &std::collections::HashMap<String, usize>,
) -> Option<usize> {
    // ASCII lower case keeps the token's byte offsets.
    let lower = token.to_ascii_lowercase();
    known_names(company, seen)
        .flat_map(|name| {
            lower
                .match_indices(&name)
                .map(|(at, _)| at)
                .collect::<Vec<_>>()
        })
        .filter(|&at| {
            let before = token[..at].chars().next_back();
            let starts = token[at..].chars().next();
            at >= 2
                && before.is_some_and(char::is_lowercase)
                && starts.is_some_and(char::is_uppercase)
        })
        .min()
}

/// Where the next sentence starts in `token` when it opens on the company's name, or a
/// camel-case name the posting writes twice or more, glued to a capitalised word ("Why Join
/// ByteDanceInspiring creativity…"): the break goes after the name, kept whole. Split at every
/// capital, "Why Join Byte" was a line and "Dance" the next.
fn name_glued_before(
    token: &str,
    company: &[String],
    seen: &std::collections::HashMap<String, usize>,
) -> Option<usize> {
    let start = token.find(char::is_alphabetic)?;
    known_names(company, seen)
        .filter_map(|name| {
            let end = start + name.len();
            let head = token.get(start..end)?;
            let mut after = token.get(end..)?.chars();
            let rest = token.get(end..)?;
            let rest = &rest[..rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len())];
            // "GoogleCloud" at Google is a name the taxonomy knows, not a lost line break.
            let one_name = names_a_skill_across("", head, rest)
                || super::places::is_place_name(&format!("{head} {rest}"));
            (head.eq_ignore_ascii_case(&name)
                && after.next().is_some_and(char::is_uppercase)
                && after.next().is_some_and(char::is_lowercase)
                && !one_name)
                .then_some(end)
        })
        .max()
}

/// The company's names (letters in lower case) and the camel-case names the posting writes twice
/// or more, four letters or longer.
fn known_names<'a>(
    company: &'a [String],
    seen: &'a std::collections::HashMap<String, usize>,
) -> impl Iterator<Item = String> + 'a {
    company
        .iter()
        .cloned()
        .chain(
            seen.iter()
                .filter(|(_, n)| **n >= 2)
                .map(|(name, _)| name.to_ascii_lowercase()),
        )
        .filter(|name| name.len() >= 4)
}

/// What goes between a word and an acronym glued to its end at `j`, when that is glue: "usingAI",
/// "ofAI", "multimodalLLM" lost a space (a lower-case word from the dictionary, then capitals);
/// "PlatformsMAK Technology" and "ResponsibilitiesAI" lost a line break (a title glued to the
/// company's name, a heading to its first line). Names ending on capitals stay whole
/// ("TensorRT", "GraphQL", "EverAI", "visionOS"): a capitalised word is split only before the
/// company's name or after a heading, and an "OS" is a system's name.
fn acronym_glue(chars: &[char], j: usize, company: &str, next: &str) -> Option<char> {
    if j < 2 || !chars[j].is_uppercase() || !chars[j - 1].is_lowercase() {
        return None;
    }
    let right = letters_from(chars, j);
    let left = letters_before(chars, j);
    if format!("{left}{right}").to_lowercase() == company {
        return None;
    }
    if right.chars().count() < 2 || right.chars().any(char::is_lowercase) || right == "OS" {
        return None;
    }
    let mut first = left.chars();
    let initial = first.next()?;
    if initial.is_lowercase() {
        (left.len() >= 2 && super::segment::is_word(&left)).then_some(' ')
    } else {
        let right = right.to_lowercase();
        let starts_company = !company.is_empty()
            && (company == right || company == format!("{right}{}", next.to_lowercase()));
        (left.len() >= 3 && first.all(char::is_lowercase) && (starts_company || is_heading(&left)))
            .then_some('\n')
    }
}

/// The letters of `chars` just before `j`.
fn letters_before(chars: &[char], j: usize) -> String {
    let mut left: Vec<char> = chars[..j]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .copied()
        .collect();
    left.reverse();
    left.into_iter().collect()
}

/// The letters of `chars` from `j` on.
fn letters_from(chars: &[char], j: usize) -> String {
    chars[j..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect()
}

/// The word of `chars` around `j`: the letters before it and from it.
fn word_at(chars: &[char], j: usize) -> String {
    letters_before(chars, j) + &letters_from(chars, j)
}

fn is_camel_word(token: &str) -> bool {
    let core: &str = token.trim_matches(|c: char| !c.is_alphanumeric());
    CAMEL_WORDS.iter().any(|w| {
        core == *w
            || core.strip_suffix('s') == Some(*w)
            || core.starts_with(w)
                && core[w.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_alphabetic())
    }) || ops_word(core)
        || core.starts_with("Mc")
        || core.starts_with("Mac") && core.len() <= 9
}

/// A practice named "…Ops" ("GitOps", "CloudOps", "AIOps", "LLMOps"): one word, however the part
/// before it is cased. "Public cloud, Kubernetes, GitOps" lost "Ops" to the next line (round 47).
fn ops_word(core: &str) -> bool {
    core.strip_suffix("Ops")
        .is_some_and(|head| (2..=6).contains(&head.len()) && head.starts_with(char::is_uppercase))
}

/// "better.We're" → "better. We're".
/// Moves the heading that `out` holds from byte `at` onto a line of its own, with the text under
/// it starting the next line.
fn heading_on_its_line(out: &mut String, at: usize, heading: &str) {
    out.truncate(at);
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(heading);
    out.push('\n');
}

fn split_glued_sentences(text: &str, company: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 32);
    let mut line_start = 0;
    for (i, c) in chars.iter().enumerate() {
        out.push(*c);
        if *c == '\n' {
            line_start = out.len();
        }
        // "Why Join Us?Stryker is…": a heading that opens a line, glued to the text under it.
        // So is one naming the company asked as a question ("Why Version 1?At Version 1, we
        // believe in providing our employees with…", round 117).
        if matches!(c, '?' | ':')
            && chars.get(i + 1).is_some_and(|n| n.is_uppercase())
            && (is_heading(&out[line_start..])
                || (*c == '?' && heading_name(&out[line_start..]).is_some()))
        {
            out.push('\n');
            line_start = out.len();
            continue;
        }
        // "- Fluent English WHAT’S IN IT FOR YOU?Culture & Development:": a heading in capitals
        // glued to the end of a bullet and to the text under it gets its own line (Wiser's
        // benefits were requirements, round 33).
        if *c == '?' && chars.get(i + 1).is_some_and(|n| n.is_uppercase()) {
            let line = &out[line_start..];
            let words: Vec<&str> = line.split(' ').collect();
            let caps = words
                .iter()
                .rev()
                .take_while(|w| {
                    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
                })
                .count();
            // The longest run of capitals that is a heading: "… and AWS WHAT’S IN IT FOR YOU?"
            // keeps "AWS" on the bullet.
            let heading = (2..=caps.min(words.len().saturating_sub(1)))
                .rev()
                .map(|n| words[words.len() - n..].join(" "))
                .find(|tail| is_heading(tail));
            if let Some(tail) = heading {
                let at = out.len() - tail.len();
                heading_on_its_line(&mut out, at, &tail);
                line_start = out.len();
                continue;
            }
        }
        // "…excellence.About YouDegree qualified…": a heading of two words or more glued between
        // a sentence and the text under it; it gets its own line.
        if c.is_lowercase() && chars.get(i + 1).is_some_and(|n| n.is_uppercase()) {
            let line = &out[line_start..];
            let seg_start = line.rfind(['.', '!', '?']).map_or(0, |p| p + 1);
            let seg = &line[seg_start..];
            // A heading naming the company too, glued to the text under it where the split of
            // glued words has left the name whole, but only the whole name: at "Why Join
            // In|Post" the glue is inside it.
            if seg.split_whitespace().count() >= 2
                && (is_heading(seg) || names_company(seg, company))
            {
                let heading = seg.trim().to_string();
                heading_on_its_line(&mut out, line_start + seg_start, &heading);
                line_start = out.len();
                continue;
            }
            // A heading glued at both ends, the line before it run on: "… and LLMOpsCertifications
            // Must HaveMicrosoft Certified …" (Primus's certifications a must and a plus were one
            // line, and the plus a knock-out, round 114).
            if let Some(at) = glued_heading_tail(seg) {
                let heading = seg[at..].trim().to_string();
                heading_on_its_line(&mut out, line_start + seg_start + at, &heading);
                line_start = out.len();
                continue;
            }
        }
        // "Required Profile (Non-Negotiable)Background", "(cost, latency, risk)Deliverables:": a
        // bracket closed against the next line's first word; the break was lost there.
        if *c == ')'
            && i >= 1
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_uppercase())
            && chars.get(i + 2).is_some_and(|n| n.is_lowercase())
        {
            out.push('\n');
            line_start = out.len();
            continue;
        }
        if matches!(c, '.' | '!' | '?' | ':' | ';')
            && i >= 2
            // "word.Next" or "(…year).You": the sentence ended where the break was lost.
            && ((chars[i - 1].is_lowercase() && chars[i - 2].is_lowercase())
                || (chars[i - 1] == ')' && chars[i - 2].is_alphanumeric()))
            && chars.get(i + 1).is_some_and(|n| n.is_uppercase())
            && chars
                .get(i + 2)
                .is_some_and(|n| n.is_lowercase() || *n == '\'' || *n == '’' || *n == ' ')
        {
            out.push(' ');
        }
    }
    out
}

/// Where a known heading of two words or more ends `seg`, in capitals as headings are written
/// ("Certifications Must Have", "Good to Have"), starting at a word or where it is glued to the
/// word before it ("LLMOpsCertifications"): the longest such tail.
fn glued_heading_tail(seg: &str) -> Option<usize> {
    // Headings are short: only the last words are looked at, so a long run-on line costs no
    // more than a short one (a review measured seconds on a 20,000-character line).
    const HEADING_WORDS: usize = 6;
    let from = seg
        .char_indices()
        .rev()
        .filter(|(_, c)| *c == ' ')
        .nth(HEADING_WORDS)
        .map_or(0, |(at, _)| at);
    let chars: Vec<(usize, char)> = seg[from..]
        .char_indices()
        .map(|(at, c)| (from + at, c))
        .collect();
    // A word starts after a space, or glued to a lower-case letter or a digit ("LLMOps
    // Certifications", "AZ204Certifications").
    let starts = chars.iter().enumerate().filter_map(|(k, (at, c))| {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let opens = c.is_uppercase()
            && prev.is_none_or(|p| p == ' ' || p.is_lowercase() || p.is_ascii_digit());
        opens.then_some(*at)
    });
    let connector = |w: &str| matches!(w, "to" | "and" | "of" | "&" | "the" | "a");
    starts.filter(|at| *at > 0).find(|at| {
        let tail = &seg[*at..];
        let words: Vec<&str> = tail.split_whitespace().collect();
        words.len() >= 2
            && words
                .iter()
                .all(|w| connector(w) || w.starts_with(char::is_uppercase))
            && is_heading(tail)
    })
}

/// Whether a line is one of the known headings, whatever its case and closing punctuation.
fn is_heading(line: &str) -> bool {
    let key = line
        .trim()
        .trim_end_matches(['?', ':'])
        .trim_start_matches(['-', '#', ' ', '¿'])
        .to_lowercase();
    known_heading(&key).is_some()
}

/// The opening of a heading about working at a company named after it: "What It’s Like To Work
/// At Eneba", "Working At CrowdStrike", "Life at TRM", "Why Join InPost?", "Why Keyrock?". No list
/// of names can hold these; unread, Eneba's perks ("Personal and professional growth at an
/// exponential rate") were quoted as its pain points (round 68).
const NAMED_HEADING: &str = r"(?:What [Ii]t['’]?s [Ll]ike [Tt]o [Ww]ork (?:[Aa]t|[Ww]ith)|Life [Aa]t|Working [Aa]t|Why [Jj]oin|Why [Ww]ork (?:[Aa]t|[Ww]ith|[Ff]or)|Why)";

/// A company's name after [`NAMED_HEADING`]: one to four capitalised words.
/// A number may end it ("Why Version 1?").
const HEADING_NAME: &str = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|\d+)){0,3}";

/// The kind of a heading that names the company it speaks of (see [`heading_name`]): what
/// working there offers.
fn named_heading(line: &str) -> Option<SectionKind> {
    heading_name(line).map(|_| SectionKind::Benefits)
}

/// The name a heading about working at a company gives (see [`NAMED_HEADING`]). After "Working
/// At" or "Life at" the name is no word of the language ("Working At Scale" is no company's
/// perks); "Why" alone opens one only as a question about a name ("Why Keyrock?", "Why Siena?";
/// not "Why This Role?" or "Why You?").
fn heading_name(line: &str) -> Option<&str> {
    // "Why Siena?" names a company that is also a word; "Why You?" and "Why This Role?" ask
    // about no company.
    const NOT_NAMES: [&str; 10] = [
        "you", "now", "this", "it", "we", "apply", "consider", "should", "does", "is",
    ];
    let first_word = |name: &str| name.split_whitespace().next().unwrap_or("").to_lowercase();
    // "What Modular Brings To The Table", "What Acme Offers": the name stands between the
    // opening and the close ("What You Bring To The Table" asks for the candidate's).
    if let Some(name) = offered_heading_name(line.trim()) {
        return (!NOT_NAMES.contains(&first_word(name).as_str())).then_some(name);
    }
    let (open, name, asked) = named_heading_parts(line.trim())?;
    let first = first_word(name);
    let named = if open.contains(' ') {
        !super::segment::is_word(&first)
    } else {
        asked && !NOT_NAMES.contains(&first.as_str())
    };
    named.then_some(name)
}

/// What a company's heading of perks closes on after its name ("What Modular Brings To The
/// Table").
const OFFERED_HEADING: &str = r"What\s+(?P<name>{HEADING_NAME})\s+(?:Brings\s+[Tt]o\s+[Tt]he\s+[Tt]able|[Oo]ffers(?:\s+[Yy]ou)?|[Cc]an\s+[Oo]ffer(?:\s+[Yy]ou)?)";

/// The name in a line that is an [`OFFERED_HEADING`].
fn offered_heading_name(line: &str) -> Option<&str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(
        &RE,
        &format!(
            r"^{}\s*:?$",
            OFFERED_HEADING.replace("{HEADING_NAME}", HEADING_NAME)
        ),
    );
    Some(re.captures(line)?.name("name")?.as_str())
}

/// A line that is [`NAMED_HEADING`] and a name: the opening, the name, and whether it asks.
fn named_heading_parts(line: &str) -> Option<(&str, &str, bool)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(
        &RE,
        &format!(r"^(?P<open>{NAMED_HEADING})\s+(?P<name>{HEADING_NAME})\s*(?P<q>\?)?\s*:?$"),
    );
    let caps = re.captures(line)?;
    Some((
        caps.name("open")?.as_str(),
        caps.name("name")?.as_str(),
        caps.name("q").is_some(),
    ))
}

/// Where a heading naming the posting's company ([`named_heading`]) starts at the end of
/// `line`, glued to a sentence or a link before it ("… candidate-privacy-notice What It’s Like
/// To Work At Eneba"). Only the company's own name (see [`names_company`]): in "(or
/// equivalent). Working At Startups Is A Plus" the words after the opening are no name.
fn glued_named_heading(line: &str, company: &str) -> Option<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(
        &RE,
        &format!(r"(?:[.!?]|/\S*)\s*(?P<h>{NAMED_HEADING}\s+(?:{HEADING_NAME})\s*\??\s*:?)$"),
    );
    static OFFERED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let offered = super::re(
        &OFFERED,
        &format!(
            r"(?:[.!?]|/\S*)\s*(?P<h>{}\s*:?)$",
            OFFERED_HEADING.replace("{HEADING_NAME}", HEADING_NAME)
        ),
    );
    // "… across business functions. About Inception": the company's own "About" heading, which
    // had left Inception's "Partnering with Microsoft's AI SaaS offerings" among its requirements
    // (round 135).
    static ABOUT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let about = super::re(
        &ABOUT,
        &format!(r"[.!?]\s*(?P<h>About\s+(?P<name>{HEADING_NAME})\s*:?)$"),
    );
    let line_end = line.trim_end();
    if let Some(caps) = about.captures(line_end) {
        let name = caps.name("name").map_or("", |m| m.as_str());
        if is_company_name(name, company) {
            return caps.name("h").map(|h| h.start());
        }
    }
    let at = re
        .captures(line_end)
        .or_else(|| offered.captures(line_end))?
        .name("h")?
        .start();
    (at > 0 && names_company(&line[at..], company)).then_some(at)
}

/// The heading of a role's duties at a named company ("What you do at MongoDB", "What You'll Do
/// at Stripe"): the name. No list of headings can hold these; glued to the last nice-to-have
/// ("A Cloud Provider Certification What you do at MongoDB"), MongoDB's duties were read as
/// pluses (round 102).
const DUTIES_AT: &str =
    r"(?i:what\s+you(?:'ll|’ll|\s+will)?\s+do\s+(?:at|with))\s+(?P<name>{HEADING_NAME})";

/// Whether `line` is "About" and a name alone ("About Inception", "About Booksy:"): the
/// company's own account of itself, whatever its name. Not "About The Team And Role" or "About
/// This Position", whose words are the role's.
fn about_named(line: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(&RE, &format!(r"^About\s+(?P<name>{HEADING_NAME})\s*:?$"));
    // Words that open the role's or the reader's own heading ("About Yourself", "About Ideal
    // Candidate"), whose lines are asks.
    const NOT_NAMES: [&str; 20] = [
        "the",
        "this",
        "your",
        "yourself",
        "our",
        "you",
        "me",
        "us",
        "role",
        "team",
        "job",
        "position",
        "opportunity",
        "ideal",
        "candidate",
        "candidates",
        "what",
        "how",
        "working",
        "life",
    ];
    re.captures(line.trim())
        .and_then(|caps| caps.name("name"))
        .and_then(|name| name.as_str().split_whitespace().next())
        .is_some_and(|first| !NOT_NAMES.contains(&first.to_lowercase().as_str()))
}

/// The name in a line that is a [`DUTIES_AT`] heading.
fn duties_at_company(line: &str) -> Option<&str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(
        &RE,
        &format!(
            r"^{}\s*:?$",
            DUTIES_AT.replace("{HEADING_NAME}", HEADING_NAME)
        ),
    );
    Some(re.captures(line.trim())?.name("name")?.as_str())
}

/// Where a [`DUTIES_AT`] heading naming `company` is glued to the end of a line, after a word.
fn glued_duties_heading(line: &str, company: &str) -> Option<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::re(
        &RE,
        &format!(
            r"\s(?P<h>{})\s*:?$",
            DUTIES_AT.replace("{HEADING_NAME}", HEADING_NAME)
        ),
    );
    let caps = re.captures(line.trim_end())?;
    let h = caps.name("h")?;
    (h.as_str().starts_with('W') && is_company_name(caps.name("name")?.as_str(), company))
        .then_some(h.start())
}

/// Whether `heading` names a company ([`heading_name`]) and the name is the company's
/// (`company`: its name as given), word for word: its first word or words, letters only
/// ("ByteDance" for "BYTEDANCE", "TRM" for "TRM LABS"). Part of one ("Crowd" of "CrowdStrike")
/// is none.
fn names_company(heading: &str, company: &str) -> bool {
    heading_name(heading).is_some_and(|name| is_company_name(name, company))
}

/// Whether `name`, as a posting writes it, is `company`'s name as given (see [`names_company`]).
fn is_company_name(name: &str, company: &str) -> bool {
    let name: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let mut prefix = String::new();
    name.len() >= 3
        && company
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                prefix.push_str(&w.to_lowercase());
                prefix == name
            })
}

/// The kind of a known heading, `key` in lower case, alone or with a short bracketed subtitle
/// ("nice to have (strong plus)", "required profile (non-negotiable)").
fn known_heading(key: &str) -> Option<SectionKind> {
    let key = key.replace('’', "'");
    let exact = |k: &str| {
        HEADINGS
            .iter()
            .find(|(h, _)| k == h.replace('’', "'"))
            .map(|(_, kind)| *kind)
    };
    exact(&key).or_else(|| exact(without_subtitle(&key)?))
}

/// `text` without a short bracketed subtitle at its end ("nice to have (strong plus)"), when it
/// has one.
/// An abbreviation's dots ("(ie. job duties)", Coinbase's, round 108) end no sentence.
fn without_subtitle(text: &str) -> Option<&str> {
    let (head, bracket) = text.strip_suffix(')')?.rsplit_once('(')?;
    let plain = ["i.e.", "ie.", "e.g.", "eg."]
        .iter()
        .fold(bracket.to_lowercase(), |b, abbr| b.replace(abbr, ""));
    (bracket.split_whitespace().count() <= 4 && !plain.contains(['.', ',', ';']))
        .then(|| head.trim_end())
}

/// Dashes that set a heading's subtitle off ("Your profile – this is what we expect from you").
const SUBTITLE_DASHES: [&str; 3] = [" – ", " — ", " - "];

/// A known heading of at least two words followed by a dash and a short subtitle, with no
/// sentence inside it: `l` in lower case. The heading's byte length in `l` and its kind.
fn subtitled_heading(l: &str) -> Option<(usize, SectionKind)> {
    let (at, dash) = SUBTITLE_DASHES
        .iter()
        .filter_map(|d| l.find(d).map(|i| (i, *d)))
        .min()?;
    let (head, subtitle) = (&l[..at], &l[at + dash.len()..]);
    let short = subtitle.split_whitespace().count() <= 10
        && !subtitle.contains(['.', '!', '?', ':', ';', '*']);
    let kind = HEADINGS
        .iter()
        .find(|(h, _)| h.contains(' ') && (head == *h || head == h.replace('’', "'")))
        .map(|(_, k)| *k)?;
    short.then_some((at, kind))
}

/// One-word headings that a scraped page glues to the end of the bullet before a section's first
/// bullet ("- … navigating ambiguity Preferred\n- Experience with AI agent frameworks"). Not
/// "experience" or "profile", which end a requirement as often.
const GLUED_ONE_WORD: [&str; 12] = [
    "preferred",
    "beneficial",
    "plus",
    "nice-to-haves",
    "nice-to-have",
    "bonus",
    "required",
    "requirements",
    "qualifications",
    "responsibilities",
    "benefits",
    "perks",
];

/// A heading glued to the figure that opens its first line, where a sentence or the line starts:
/// "customers. Requirements8+ years of …" is the heading "Requirements" and "8+ years of …"
/// (Adentis, round 80, whose knock-out quoted "Requirements8+ years").
fn heading_off_figure(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // ASCII lower case keeps `line`'s byte offsets (headings are ASCII).
        let lower = line.to_ascii_lowercase();
        let found = HEADINGS
            .iter()
            .filter(|(h, _)| h.len() >= 6)
            .flat_map(|(h, _)| lower.match_indices(h).map(move |(i, _)| (i, h.len())))
            .filter(|(i, len)| {
                let opens = line[..*i].trim_end().is_empty() || line[..*i].ends_with(". ");
                opens
                    && line[*i..].starts_with(char::is_uppercase)
                    && line[i + len..].starts_with(|ch: char| ch.is_ascii_digit())
            })
            .max_by_key(|(_, len)| *len);
        match found {
            Some((i, len)) => {
                out.push_str(line[..i].trim_end());
                if !line[..i].trim().is_empty() {
                    out.push('\n');
                }
                out.push_str(&line[i..i + len]);
                out.push('\n');
                out.push_str(&line[i + len..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A known heading left at the end of a sentence line ("… better. The team\nWe're") gets its own line.
fn break_before_headings(text: &str, company: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let lines: Vec<&str> = text.split('\n').collect();
    for (n, line) in lines.iter().copied().enumerate() {
        let lower = line.to_lowercase();
        let mut cut = None;
        for (h, _) in HEADINGS {
            if h.len() < 6 {
                continue;
            }
            // "…technology.Responsibilities:": a heading with its colon glued to a line's end.
            let body = lower.trim_end();
            let colon = body.ends_with(':');
            // "…software.¿Qué ofrecemos?": a Spanish question mark opens the heading.
            let body = body.trim_end_matches('?');
            // "Bonus Skills to Stand Out :": a space before the colon.
            let body = body.trim_end_matches(':').trim_end();
            // "… engineers. Required Profile (Non-Negotiable)": a bracketed subtitle after it.
            let stripped = body
                .strip_suffix(h)
                .or_else(|| without_subtitle(body)?.strip_suffix(h));
            if let Some(stripped) = stripped {
                // "¿" opens a sentence wherever it stands ("22 días¿Cuál será tu misión…?").
                let (stripped, opened) = match stripped.strip_suffix('¿') {
                    Some(before) => (before, true),
                    None => (stripped, false),
                };
                let after_sentence = opened || stripped.trim_end().ends_with(['.', '!', '?']);
                // "- Kubernetes in production Nice to have": a capitalised multi-word heading
                // glued to the end of a line (one word is enough when a colon ends it).
                // "… (verbal and written)Bonus Skills to Stand Out :": glued to a closing bracket;
                // "…/products/charlotte-ai/What You'll Do:": to a link's end (CrowdStrike, round 35).
                // "Career Level - IC4About Us": to a figure (Oracle, whose "Only Oracle brings
                // together…" was a pain point, round 68).
                // Not a label's value ("Rust experience: Helpful, but not required"): after a
                // colon or a dash the words qualify the line.
                let labelled = stripped.trim_end().ends_with([':', '-', '–', '—']);
                let capitalised = (stripped.ends_with([' ', ')', '/'])
                    || stripped.ends_with(|ch: char| ch.is_ascii_digit()))
                    && !labelled
                    && (h.contains(' ') || colon)
                    && line.get(stripped.len()..).is_some_and(|rest| {
                        rest.trim_start_matches('¿').starts_with(char::is_uppercase)
                    });
                // The longest heading wins: "Minimum Requirements", not "Requirements".
                if (after_sentence || capitalised)
                    && !stripped.trim().is_empty()
                    && cut.is_none_or(|c| stripped.len() < c)
                {
                    cut = Some(stripped.len());
                }
                // "… technical field Experience: Minimum:": a heading's own label before the
                // colon takes the line with it (Mercury's minimum years had been read under the
                // preferred degree before them, round 110).
                if labelled && colon {
                    let label = stripped.trim_end().trim_end_matches(':').trim_end();
                    let at = label.rfind(' ').map_or(0, |i| i + 1);
                    if at > 0
                        && known_heading(&label[at..]).is_some()
                        && line
                            .get(at..)
                            .is_some_and(|l| l.starts_with(char::is_uppercase))
                        && cut.is_none_or(|c| at < c)
                    {
                        cut = Some(at);
                    }
                }
            }
        }
        if cut.is_none() {
            cut =
                glued_named_heading(line, company).or_else(|| glued_duties_heading(line, company));
        }
        // "… how we work as an organization Your profile – this is what we expect from you": a
        // subtitled heading glued to the end of a line.
        if cut.is_none() {
            // ASCII lower case keeps `line`'s byte offsets (headings are ASCII).
            let lower = line.to_ascii_lowercase();
            cut = HEADINGS
                .iter()
                .filter(|(h, _)| h.contains(' '))
                .filter_map(|(h, _)| {
                    let start = lower.rfind(&format!(" {h} "))? + 1;
                    let capitalised = line
                        .get(start..)
                        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
                    (capitalised && subtitled_heading(&lower[start..]).is_some()).then_some(start)
                })
                .min();
        }
        // A capitalised one-word heading ending a line of three words or more, when a bullet
        // follows: the heading of that bullet's section.
        let bullet_next = lines
            .get(n + 1)
            .is_some_and(|l| l.trim_start().starts_with("- "));
        if bullet_next && cut.is_none() {
            if let Some((head, last)) = line.trim_end().trim_end_matches(':').rsplit_once(' ') {
                let known = GLUED_ONE_WORD.contains(&last.to_lowercase().as_str());
                // Glued after a lower-case word ("navigating ambiguity Preferred"); after a
                // capitalised one it ends the requirement ("Computer Science Preferred").
                let after_lower = head
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                    // "… con Kafka. Plus": after a sentence's end.
                    || head.ends_with(['.', '!', '?']);
                // "Plus" ends a bullet too ("… is a Plus"): a heading only after a sentence.
                let plus_after_sentence =
                    !last.eq_ignore_ascii_case("plus") || head.ends_with(['.', '!', '?']);
                if known
                    && plus_after_sentence
                    && last.starts_with(char::is_uppercase)
                    && after_lower
                    && head.split_whitespace().count() >= 3
                {
                    cut = Some(head.len() + 1);
                }
            }
        }
        // "… and long-term flexibility. What Sets You Up for Success:" before a bullet: a title
        // in Title Case with a colon, glued to the sentence before it (Cloudbeds, with a
        // bracketed "Bonus Skills to Stand Out (Optional)" heading later that made its list a
        // section); or a title glued to the end of a bullet ("… AI-Enabled Development
        // Practices").
        if bullet_next && cut.is_none() {
            cut = titled_lead_in(line).or_else(|| glued_title(line));
        }
        // "Your Responsibilities As a leader in the infrastructure group, you will:" before a
        // bullet: a known heading that opens the lead-in to its list (Relativity, round 65, whose
        // duties of hiring and performance evaluation were read as the posting's intro).
        if bullet_next && cut.is_none() {
            cut = heading_opening_lead_in(line);
        }
        // A bullet ending on a title, with the title's text on the next line, not a bullet ("…
        // drive improvements Team Lead ActivityLeading and managing a team of 5", CloudLinux,
        // whose letter quoted "run post-mortems; drive improvements Team Lead Activity" in
        // round 55).
        let text_next = line.trim_start().starts_with("- ")
            && lines
                .get(n + 1)
                .is_some_and(|l| l.trim_start().starts_with(char::is_uppercase));
        if text_next && cut.is_none() {
            cut = glued_title(line);
        }
        match cut {
            Some(at) if line.is_char_boundary(at) => {
                out.push_str(line[..at].trim_end());
                out.push('\n');
                out.push_str(line[at..].trim());
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Where the lead-in after a known heading that opens `line` starts: a heading of six letters or
/// more, then a sentence of three words or more that opens as a lead-in does ("As", "In", "You",
/// "We"…) and ends on a colon ("Your Responsibilities As a leader in the infrastructure group, you
/// will:"). "The Role Holder will be responsible for:" opens on no heading. `None` when the line is
/// no such pair.
fn heading_opening_lead_in(line: &str) -> Option<usize> {
    const OPENERS: [&str; 11] = [
        "As", "In", "You", "We", "This", "Here", "Below", "Our", "At", "With", "Your",
    ];
    let body = line.trim_end().strip_suffix(':')?;
    // ASCII lower case keeps `line`'s byte offsets.
    let lower = body.to_ascii_lowercase();
    HEADINGS
        .iter()
        .filter(|(h, _)| h.len() >= 6 && lower.starts_with(h))
        .map(|(h, _)| h.len())
        .max()
        .filter(|&at| {
            let rest = &body[at..];
            let words: Vec<&str> = rest.split_whitespace().collect();
            rest.starts_with(' ')
                && words.len() >= 3
                && OPENERS.contains(&words[0])
                && words[1].starts_with(char::is_lowercase)
        })
        .map(|at| at + 1)
}

/// Where a title-cased phrase of three to six words, closed by a colon, starts after the last
/// sentence of `line` ("… flexibility. What Sets You Up for Success:"). Not "You will:", which
/// leads a list as often as it heads a section.
fn titled_lead_in(line: &str) -> Option<usize> {
    let body = line.trim_end().strip_suffix(':')?;
    let at = body.rfind(". ")? + 2;
    let words: Vec<&str> = body[at..].split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    ((3..=6).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && capitalised + 1 >= words.len())
    .then_some(at)
}

/// Nouns a section title ends on ("AI-Enabled Development Practices", "Core Technical Skills").
const TITLE_NOUNS: &[&str] = &[
    "Practices",
    "Skills",
    "Requirements",
    "Responsibilities",
    "Qualifications",
    "Expertise",
    "Competencies",
    "Background",
    "Benefits",
    "Overview",
    "Leadership",
    "Delivery",
    "Governance",
    "Activity",
    "Activities",
];

/// Where a title glued to the end of a bullet starts: three to five Title-Case words after a
/// clause of at least four words, the last a noun titles end on ("… architecture stabilization AI-Enabled
/// Development Practices", Altoros, round 38, whose letter closed on that heading).
fn glued_title(line: &str) -> Option<usize> {
    let body = line.trim_end();
    let words: Vec<(usize, &str)> = body
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let (_, last) = *words.last()?;
    if !TITLE_NOUNS.contains(&last) {
        return None;
    }
    let titled = |w: &str| {
        let mut ch = w.chars();
        ch.next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && !w.ends_with([',', '.', ';', ':'])
    };
    let run = words.iter().rev().take_while(|(_, w)| titled(w)).count();
    let before = words.len().checked_sub(run + 1).map(|i| words[i].1)?;
    // After a joining word the run is the line's object ("in Engineering Leadership").
    let joining = [
        "in", "of", "with", "for", "on", "at", "to", "by", "from", "and", "or", "the", "a", "an",
        "our", "your", "as",
    ]
    .contains(&before);
    // Two capitalised words end ordinary bullets ("Excellent written Communication Skills",
    // "Provide strong Technical Leadership"): a title has three, after a clause of its own, or two
    // after a clause that ends on a plural noun ("… without breaking downstream consumers
    // Technical Leadership", CloudLinux, whose letter quoted the heading as part of the duty).
    // A verb after "who", "that" or "which" ("a leader who provides Technical Leadership") ends in
    // "s" too, and its object is no title.
    let subject = words
        .len()
        .checked_sub(run + 2)
        .map(|i| words[i].1.to_lowercase());
    let plural = before.len() > 3
        && super::clauses::ends_plural(before)
        && !before.ends_with("is")
        && !subject.is_some_and(|w| ["who", "that", "which", "it"].contains(&w.as_str()));
    (((3..=5).contains(&run) || run == 2 && plural)
        && before.starts_with(char::is_lowercase)
        && !joining
        && words.len() >= run + 5)
        .then(|| words[words.len() - run].0)
}

fn normalise_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.split('\n') {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() || collapsed == "-" {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&collapsed);
    }
    out
}

/// The heading kind of a line, when the line is a heading.
pub fn heading_kind(line: &str) -> Option<SectionKind> {
    // "¿Qué ofrecemos?": Spanish opens a question with its own mark.
    let l = line
        .trim()
        .trim_start_matches('¿')
        .trim_end_matches([':', '.', '!', '?'])
        .trim()
        .to_lowercase()
        .replace('’', "'");
    if l.is_empty() || l.len() > 60 {
        return None;
    }
    known_heading(&l)
        .or_else(|| named_heading(line))
        .or_else(|| about_named(line).then_some(SectionKind::About))
        .or_else(|| duties_at_company(line).map(|_| SectionKind::Responsibilities))
        // "Your tasks – this is what awaits you in detail": a known heading with a subtitle.
        .or_else(|| subtitled_heading(&l).map(|(_, k)| k))
        .or_else(|| {
            // "Requirements:" style headings that are not in the list: short, colon-terminated.
            (line.trim_end().ends_with(':')
                && l.split_whitespace().count() <= 6
                && !l.starts_with("- "))
            .then_some(SectionKind::Other)
        })
}

/// Splits cleaned text into sections at heading lines. Text before the first heading is `Intro`.
pub fn sections(clean: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut current = Section {
        title: String::new(),
        kind: SectionKind::Intro,
        start: 0,
        end: 0,
    };
    let mut offset = 0;
    for line in clean.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(kind) = heading_kind(trimmed) {
            current.end = offset;
            let (empty, above) = (current.end == current.start, current.kind);
            if !empty {
                sections.push(current);
            }
            let title = trimmed.trim_end_matches(':').trim().to_string();
            // A sub-heading right under a heading ("WHAT’S IN IT FOR YOU?" then "Culture &
            // Development:") is part of that heading's section, but one known to hold nothing
            // asked ("What To Expect" then "First 30 Days", round 64); another unknown heading's
            // kind is guessed from its words.
            let kind = match kind {
                SectionKind::Other
                    if empty && above != SectionKind::Intro && !is_heading(&title) =>
                {
                    above
                }
                // "Familiarity with:", "Deep hands-on knowledge of:": a lead-in to the list under
                // it goes on with the section it stands in.
                SectionKind::Other
                    if lead_in(&title)
                        && asks(above)
                        && guess_kind(&title) == SectionKind::Other =>
                {
                    above
                }
                // A heading known to hold nothing asked ("Suggested Skills", LinkedIn's footer)
                // is not guessed again from its words.
                SectionKind::Other if sections.last().is_some() && !is_heading(&title) => {
                    guess_kind(&title)
                }
                kind => kind,
            };
            current = Section {
                title,
                kind,
                start: offset + line.len(),
                end: offset + line.len(),
            };
        }
        offset += line.len();
    }
    current.end = clean.len();
    if current.end > current.start {
        sections.push(current);
    }
    sections
}

/// Sections whose lines ask something of the candidate or say what the job is.
fn asks(kind: SectionKind) -> bool {
    matches!(
        kind,
        SectionKind::Requirements | SectionKind::NiceToHave | SectionKind::Responsibilities
    )
}

/// Whether a short heading only leads into the list under it: it ends on a preposition
/// ("Proven experience with", "Deep hands-on knowledge of") or is a bare "Can" / "You can".
fn lead_in(title: &str) -> bool {
    let t = title.to_lowercase();
    let last = t.split_whitespace().last().unwrap_or("");
    matches!(
        last,
        "of" | "with" | "in" | "on" | "for" | "to" | "including" | "like" | "across"
    ) || matches!(t.as_str(), "can" | "you can")
}

fn guess_kind(title: &str) -> SectionKind {
    let t = title.to_lowercase();
    if t.contains("nice")
        || t.contains("bonus")
        || t.contains("plus")
        || t.contains("prefer")
        // "Beneficial:", not Spanish or Italian perks ("Beneficios", "Benefici").
        || t.contains("beneficial")
    {
        SectionKind::NiceToHave
    } else if t.contains("require")
        || t.contains("qualif")
        || t.contains("skill")
        || t.contains("experience")
        || t.contains("you bring")
        // "What Sets You Up for Success": Cloudbeds' requirements (round 33).
        || t.contains("up for success")
        || t.contains("to succeed")
        || t.contains("looking for")
    {
        SectionKind::Requirements
    } else if t.contains("responsib")
        || t.contains("you will")
        || t.contains("you'll")
        || t.contains("day to day")
    {
        SectionKind::Responsibilities
    } else if t.contains("offer") || t.contains("benefit") || t.contains("perk") {
        SectionKind::Benefits
    } else if t.contains("about") || t.contains("who we") || t.contains("company") {
        SectionKind::About
    } else {
        SectionKind::Other
    }
}

/// LinkedIn's `job_criteria`: "SENIORITY LEVELMid-Senior levelEMPLOYMENT TYPEFull-time…".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    pub seniority: String,
    pub employment_type: String,
    pub job_function: String,
    pub industries: String,
}

pub fn parse_criteria(raw: &str) -> Criteria {
    const LABELS: [&str; 4] = [
        "SENIORITY LEVEL",
        "EMPLOYMENT TYPE",
        "JOB FUNCTION",
        "INDUSTRIES",
    ];
    let mut found: Vec<(usize, usize)> = LABELS
        .iter()
        .enumerate()
        .filter_map(|(i, l)| raw.find(l).map(|pos| (pos, i)))
        .collect();
    found.sort();
    let mut c = Criteria::default();
    for (n, (pos, label)) in found.iter().enumerate() {
        let start = pos + LABELS[*label].len();
        let end = found.get(n + 1).map(|(p, _)| *p).unwrap_or(raw.len());
        let value = raw.get(start..end).unwrap_or("").trim().to_string();
        match label {
            0 => c.seniority = value,
            1 => c.employment_type = value,
            2 => c.job_function = unglue_labels(&value),
            _ => c.industries = unglue_labels(&value),
        }
    }
    c
}

/// A list of LinkedIn's labels with the spaces its line wraps lost put back: "IT Services
/// andIT Consulting", "PharmaceuticalManufacturing", "Informationand Internet". No label of
/// LinkedIn's has a capital inside a word, and none ends in "-tionand".
fn unglue_labels(value: &str) -> String {
    static CAMEL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static AND: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let camel = super::re(&CAMEL, r"([a-z])([A-Z])");
    let and = super::re(&AND, r"([a-z](?:tion|ing|ices|ment|ure|ogy|ics))and\b");
    let spaced = camel.replace_all(value, "$1 $2");
    and.replace_all(&spaced, "$1 and").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_of_what_working_there_offers_glued_to_a_plus_opens_the_perks() {
        let c = clean_naming(
            "Preferred Skills\n- Practical familiarity with LangGraph at enterprise scale. What You’ll Love About Working Here\n- At the heart of our mission is your career growth.\n",
            "Capgemini",
        );
        let perks = sections(&c)
            .into_iter()
            .find(|s| s.kind == SectionKind::Benefits)
            .map(|s| c[s.start..s.end].to_string());
        assert!(
            perks.is_some_and(|p| p.contains("your career growth")),
            "{c}"
        );
    }

    #[test]
    fn if_you_are_glued_to_the_intro_opens_the_requirements() {
        let c = clean_naming(
            "We design agent systems at scale for our clients and internally.IF YOU ARE * A senior AI professional with 5+ years of experience * Experienced in data science",
            "SoftServe",
        );
        let kinds: Vec<SectionKind> = sections(&c).into_iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![SectionKind::Intro, SectionKind::Requirements],
            "{c}"
        );
    }

    #[test]
    fn helpful_but_not_required_opens_the_pluses() {
        let c = clean_naming(
            "What You Bring To The Table\n- In-depth knowledge of Python\n- CUDA/ROCM/Accelerator Programming and Optimization experience Helpful, But Not Required\n- Experience using Machine Learning frameworks like PyTorch, Tensorflow, etc.\n",
            "Modular",
        );
        let plus = sections(&c)
            .into_iter()
            .find(|s| s.kind == SectionKind::NiceToHave)
            .map(|s| c[s.start..s.end].to_string());
        assert!(
            plus.is_some_and(|p| p.contains("PyTorch") && !p.contains("CUDA")),
            "{c}"
        );
        // As a label's value it qualifies its own line only.
        let own = clean_naming(
            "Requirements\n- Rust experience: Helpful, but not required\n- Kubernetes in production\n",
            "Gamma",
        );
        assert!(
            sections(&own)
                .iter()
                .all(|s| s.kind != SectionKind::NiceToHave),
            "{own}"
        );
    }

    #[test]
    fn headings_glued_to_the_last_bullet_of_a_list_open_their_sections() {
        // MongoDB's, scraped with every break lost: what it will teach was a knock-out, its
        // duties were pluses (round 102).
        let raw = "We are hiring. This role can be based out of our Dubai office. As an ideal candidate, you will have * Python in a professional capacity * A Master's degree or equivalent work experience You may also have * Experience in SRE practices * A Cloud Provider Certification What you do at MongoDBIn this role, you will: * Design and Architect: Design scalable applications * Personal Training: Engage in ongoing training as well as industry trends What you will learnMongoDB Product Suite Mastery * Core Database Server: Master the fundamentals of MongoDB's core database";
        let c = clean_naming(raw, "MONGODB");
        let kinds: Vec<SectionKind> = sections(&c).into_iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                SectionKind::Intro,
                SectionKind::Requirements,
                SectionKind::NiceToHave,
                SectionKind::Responsibilities,
                SectionKind::Benefits,
            ],
            "{c}"
        );
        assert!(c.contains("\nWhat you do at MongoDB\n"), "{c}");
        // A perk's slogan is no heading of duties.
        let perks = clean_naming(
            "Benefits\n- Flexible hours and a team that will Take Pride In What You Do\n- Private health care\n",
            "MONGODB",
        );
        assert!(
            sections(&perks)
                .iter()
                .all(|s| s.kind != SectionKind::Responsibilities),
            "{perks}"
        );
        // Another company's name in such a line is no heading of this posting.
        let other = clean_naming(
            "Requirements * A Cloud Provider Certification What you do at Stripe",
            "MONGODB",
        );
        assert!(
            !sections(&other)
                .iter()
                .any(|s| s.kind == SectionKind::Responsibilities),
            "{other}"
        );
    }

    /// The kinds of `text`'s sections, in order.
    fn section_kinds(text: &str) -> Vec<SectionKind> {
        sections(text).into_iter().map(|s| s.kind).collect()
    }

    #[test]
    fn the_companys_name_with_an_ending_stays_whole() {
        let t = "This is why every TRMer is a bet on our future.";
        assert_eq!(clean_naming(t, "TRM LABS"), t);
    }

    #[test]
    fn a_named_heading_may_end_on_a_number() {
        // Version 1's perks (round 117): "we believe in providing our employees with a
        // comprehensive benefits package" was its mission.
        let c = clean_naming(
            "Requirements\n- Azure.\nWhy Version 1?At Version 1, we believe in providing our employees with a comprehensive benefits package.",
            "VERSION 1",
        );
        let found = headings(&c);
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == SectionKind::Benefits && t.starts_with("Why Version 1")),
            "{found:?}\n{c}"
        );
    }

    #[test]
    fn a_bare_why_join_glued_to_a_bonus_list_opens_the_perks() {
        // COMX's start-up (round 117): its perk "Balance speed, quality, and technical debt" was
        // a must-have.
        let raw = "What You’ll Bring * Comfort being hands-on while setting direction Tech Stack * Backend: Python (Flask / FastAPI), PostgreSQL * Bonus: Telecom integrations, usage-based billing, data pipelinesWhy Join * Lead engineering at a pivotal growth stage * Balance speed, quality, and technical debt in a real start-up environmentApply directly or reach out to chris.bryan@comxps.com for more details.";
        let c = clean_naming(raw, "COMX PS LTD");
        let found = headings(&c);
        assert!(
            found.contains(&(SectionKind::Benefits, "Why Join".into())),
            "{found:?}\n{c}"
        );
    }

    /// The sections of cleaned `text`, as (kind, heading) pairs.
    fn headings(text: &str) -> Vec<(SectionKind, String)> {
        sections(text)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect()
    }

    #[test]
    fn a_plans_first_month_is_onboarding_and_its_later_months_the_role() {
        let text = clean("What To ExpectFirst 30 Days * Get up to speed on our tools * Meet your team First 90 Days * Take ownership of and deliver your first AI feature");
        let kinds = headings(&text);
        assert!(
            kinds.contains(&(SectionKind::Other, "First 30 Days".into())),
            "{kinds:?}\n{text}"
        );
        assert!(
            kinds.contains(&(SectionKind::Role, "First 90 Days".into())),
            "{kinds:?}\n{text}"
        );
    }

    #[test]
    fn a_word_glued_to_the_companys_name_is_split_before_the_name_only() {
        let text = clean_naming(
            "About the RoleCrowdStrike is seeking a Senior Data Scientist.",
            "CROWDSTRIKE, INC.",
        );
        assert!(text.contains("Role\nCrowdStrike is seeking"), "{text}");
        let text = clean_naming("About the jobStripe is hiring engineers.", "STRIPE");
        assert!(text.contains("About the job\nStripe is hiring"), "{text}");
        // A camel-case name the posting writes twice is kept whole too.
        let text = clean_naming(
            "HubSpot is growing. We love HubSpot.\nWho we areHubSpot builds tools.",
            "Gamma",
        );
        assert!(text.contains("are\nHubSpot builds"), "{text}");
    }

    #[test]
    fn the_impact_you_will_have_heads_the_duties() {
        let text = clean("Our team pushes model performance forward. The impact you will have: * Lead experimentation, fine-tuning, and evaluation loops. What we're looking for * Python");
        assert!(
            headings(&text).contains(&(
                SectionKind::Responsibilities,
                "The impact you will have".into()
            )),
            "{:?}\n{text}",
            headings(&text)
        );
    }

    #[test]
    fn a_heading_opening_the_lead_in_to_its_list_heads_its_section() {
        let text = clean("Job OverviewYou will lead a team. Job Description And RequirementsYour Responsibilities As a leader in the infrastructure group, you will: * Manage the team's workload, hiring, and performance evaluation. * Develop a strategic vision.Required Qualifications * 2+ years of experience leading teams");
        let kinds = headings(&text);
        assert!(
            kinds.contains(&(
                SectionKind::Responsibilities,
                "Your Responsibilities".into()
            )),
            "{kinds:?}\n{text}"
        );
        assert!(
            text.contains("\nAs a leader in the infrastructure group, you will:\n"),
            "{text}"
        );
        // "The Role Holder will be responsible for:" opens on no heading.
        let lead = clean("About us\nThe Role Holder will be responsible for:\n- Hiring engineers");
        assert!(
            lead.contains("The Role Holder will be responsible for:"),
            "{lead}"
        );
        // A heading that only starts a sentence's first word is no heading: "Requirements
        // engineering" has no capitalised sentence after it.
        let plain = clean("Intro\nRequirements engineering is our trade, you will:\n- Go");
        assert!(
            !headings(&plain)
                .iter()
                .any(|(k, _)| *k == SectionKind::Requirements),
            "{plain}"
        );
    }

    #[test]
    fn glue_inside_a_name_the_taxonomy_knows_is_a_lost_space() {
        let text = clean("Requirements\n- Certifications in AWS, Azure, or Google CloudPlatform (GCP), along with Kubernetes, are highly desirable.\n- Delivering Master DataManagement (MDM) solutions.\n- Great teamsYou will love it");
        assert!(
            text.contains("Google Cloud Platform (GCP), along"),
            "{text}"
        );
        assert!(text.contains("Master Data Management (MDM)"), "{text}");
        // Elsewhere the glue is still a lost line break.
        assert!(text.contains("Great teams\nYou will love it"), "{text}");
    }

    #[test]
    fn a_heading_naming_the_company_opens_its_perks() {
        // Oracle's "About Us" glued to its career level (round 68).
        let oracle = clean("Qualifications\n- OCI expertise\nCareer Level - IC4About Us\nOnly Oracle brings together the data.");
        assert!(
            headings(&oracle).contains(&(SectionKind::About, "About Us".into())),
            "{oracle}"
        );
        // Inception's "About" glued to a sentence's end, its name doubled by the lost break
        // (round 135).
        let inception = clean_naming("Responsibilities\n- Design AI systems across business functions.About InceptionInception is the UAE’s enabler in AI. Partnering with Microsoft’s AI SaaS offerings, Inception delivers platforms.", "INCEPTION");
        assert!(
            headings(&inception).contains(&(SectionKind::About, "About Inception".into())),
            "{inception}"
        );
        assert!(about_named("About Booksy:"));
        assert!(!about_named("About The Team And Role"));
        assert!(!about_named("About Yourself:"));
        assert!(!about_named("About Ideal Candidate"));
        // Not another name's: "About Azure" ends the sentence it is in.
        let azure = clean_naming("Responsibilities\n- Teach others. About Azure", "INCEPTION");
        assert!(
            !headings(&azure).iter().any(|(_, h)| h == "About Azure"),
            "{azure}"
        );
        // Eneba's perks, glued after a privacy notice's link (round 68).
        let text = clean_naming("Requirements\n- Strong stakeholder management\n- See our Candidate Privacy Notice https://www.eneba.com/candidate-privacy-notice What It’s Like To Work At Eneba\n- Opportunity to join our Employee Stock Options program.\n- Personal and professional growth at an exponential rate.", "ENEBA");
        let kinds = headings(&text);
        assert!(
            kinds.contains(&(
                SectionKind::Benefits,
                "What It’s Like To Work At Eneba".into()
            )),
            "{kinds:?}\n{text}"
        );
        // Alone on a line, and whole: a camel-case name is not cut in two ("Why Join In\nPost?").
        for (company, heading) in [
            ("CROWDSTRIKE", "Working At CrowdStrike"),
            ("TRM LABS", "Life at TRM"),
            ("INPOST", "Why Join InPost?"),
            ("KEYROCK", "Why Keyrock?"),
            ("MODULAR", "What Modular Brings To The Table"),
            ("ACME", "What Acme Offers"),
        ] {
            let text = clean_naming(
                &format!("Requirements\n- Python services\n{heading}\n- Stock options"),
                company,
            );
            assert!(
                headings(&text)
                    .contains(&(SectionKind::Benefits, heading.trim_end_matches('?').into()))
                    || headings(&text).contains(&(SectionKind::Benefits, heading.into())),
                "{heading}: {:?}\n{text}",
                headings(&text)
            );
        }
        // Glued mid-line between sentences, the whole name opens the perks; part of a name
        // ("Crowd" of "CrowdStrike", "In" of "InPost") does not cut it.
        let glued = clean_naming(
            "Requirements\n- Python services at scale.Why Join EnebaWe offer stock options.",
            "ENEBA",
        );
        assert!(
            headings(&glued).contains(&(SectionKind::Benefits, "Why Join Eneba".into())),
            "{glued}"
        );
        // The name glued before the next sentence stays whole, and its heading opens the perks
        // (ByteDance, named once in that form).
        let bytedance = clean_naming(
            "Requirements\n- Python services. Why Join ByteDanceInspiring creativity is at the core of our mission.",
            "BYTEDANCE",
        );
        assert!(
            headings(&bytedance).contains(&(SectionKind::Benefits, "Why Join ByteDance".into()))
                && bytedance.contains("\nInspiring creativity"),
            "{bytedance}"
        );
        // The name glued to the rest of a name the taxonomy knows keeps a space.
        let google = clean_naming("We run on GoogleCloud Platform daily.", "GOOGLE");
        assert!(!google.contains("Google\nCloud"), "{google}");
        // Its perks glued after the last requirement, the close after the name (Modular, whose
        // "Team Building Events" was a need for hiring).
        let modular = clean_naming(
            "Requirements\n- Parallel hardware. What Modular Brings To The Table\n- Team Building Events.",
            "MODULAR",
        );
        assert!(
            headings(&modular).contains(&(
                SectionKind::Benefits,
                "What Modular Brings To The Table".into()
            )),
            "{modular}"
        );
        // The candidate's side of the table is no company's.
        let yours = clean_naming(
            "About\n- We build. What You Bring To The Table\n- Rust.",
            "MODULAR",
        );
        assert!(
            !headings(&yours)
                .iter()
                .any(|(k, t)| *k == SectionKind::Benefits && t.contains("You Bring")),
            "{yours}"
        );
        for (company, text) in [
            (
                "INPOST",
                "InPost is hiring.\nRequirements\n- Python services.Why Join InPost?Great benefits.",
            ),
            (
                "CROWDSTRIKE, INC",
                "CrowdStrike is hiring.\nRequirements\n- Python services.Working At CrowdStrike\n- Stock options.",
            ),
        ] {
            let clean = clean_naming(text, company);
            assert!(
                !clean.contains("In\nPost") && !clean.contains("Crowd\nStrike"),
                "{clean}"
            );
        }
        // A heading that names no company is a known one.
        let offer = clean_naming(
            "Requirements\n- Strong attention to detail and quality. Why Consider This Opportunity?\n- Direct Impact: Shape the strategy.",
            "SELLANYCAR.COM",
        );
        assert!(
            headings(&offer)
                .iter()
                .any(|(k, t)| *k == SectionKind::Benefits && t.starts_with("Why Consider")),
            "{offer}"
        );
        // A word of the language is no name, and "Why" alone only asks.
        for line in [
            "Working At Scale",
            "Why This Role?",
            "Why You?",
            "Why Keyrock",
        ] {
            assert_eq!(named_heading(line), None, "{line}");
        }
        // Glued, only the company's own name opens its perks.
        let scale = clean_naming(
            "Requirements\n- Degree in CS (or equivalent). Working At Startups Is A Plus\n- Go",
            "GAMMA",
        );
        assert!(
            scale.contains("(or equivalent). Working At Startups Is A Plus\n"),
            "{scale}"
        );
    }

    #[test]
    fn an_agencys_consultant_and_process_are_no_requirements() {
        let text = clean("Required qualifications * Kubernetes in production * Outstanding communication skillsRecruitment processThe role has recently opened so please apply.Your consultantMichael Deane, Senior Recruitment Consultant. Michael has an extensive technical, leadership and recruitment background.");
        let kinds = headings(&text);
        assert!(
            kinds.contains(&(SectionKind::Other, "Your consultant".into())),
            "{kinds:?}\n{text}"
        );
        assert!(
            kinds.contains(&(SectionKind::Other, "Recruitment process".into())),
            "{kinds:?}\n{text}"
        );
    }

    #[test]
    fn a_reference_number_is_no_part_of_the_line_before_it() {
        let c = clean("Requirements\n* Fluent Polish required\n* Residing in Poland required Job no. 260107-955PR\n");
        assert!(
            c.lines()
                .any(|l| l.trim_start_matches("- ").trim() == "Residing in Poland required"),
            "{c}"
        );
        // "no" as a word stays: "Job no longer open" is no reference; nor is a number inside a
        // sentence, nor a reference on its own line.
        for kept in [
            "The job no longer requires travel.",
            "Our job number 1 priority is safety.",
        ] {
            assert_eq!(clean(kept), kept);
        }
        let c = clean("Requirements\n- Go services\n- Job ID: 12345\n");
        assert!(c.contains("- Job ID: 12345"), "{c}");
    }

    #[test]
    fn a_title_glued_at_a_wrap_inside_a_sentence_keeps_its_space() {
        let cleaned = clean_naming(
            "Your RoleOur tech team is expanding. We are therefore hiring experienced Senior SoftwareEngineers (Back-end / Ruby) to help us build our product.",
            "EVERAI",
        );
        assert!(
            cleaned.contains("hiring experienced Senior Software Engineers (Back-end / Ruby)")
                && cleaned.starts_with("Your Role\nOur tech team"),
            "{cleaned:?}"
        );
        // A heading glued to a title run keeps its break; so does a clause opening on "-ing".
        let cleaned = clean_naming(
            "You will collaborate closely with our Data Science TeamWhat you will do\n- Build models",
            "Gamma",
        );
        assert!(
            cleaned.contains("Science Team\nWhat you will do"),
            "{cleaned:?}"
        );
        let cleaned = clean_naming(
            "We are hiring experienced Senior SoftwareEngineering Managers to lead our teams.",
            "Gamma",
        );
        assert!(
            cleaned.contains("Senior Software Engineering Managers"),
            "{cleaned:?}"
        );
        let cleaned = clean_naming(
            "Accountability: run post-mortems and drive improvements in our Team Lead ActivityLeading and managing a team of 5",
            "Gamma",
        );
        assert!(
            cleaned.contains("Activity\nLeading and managing"),
            "{cleaned:?}"
        );
    }

    #[test]
    fn glued_headings_and_sentences_are_split() {
        // A heading glued to the figure that opens its first line (Adentis, round 80).
        let c = clean("Communicate with customers.Requirements8+ years of overallexperience with the Microsoft stack.");
        assert!(c.contains("customers.\nRequirements\n8+ years"), "{c}");
        assert_eq!(
            clean("Why Join Us?Stryker is a leader.\nRequirements:Go"),
            "Why Join Us?\nStryker is a leader.\nRequirements:\nGo"
        );
        let c = clean("About the jobYou love building.We're hiring.");
        assert_eq!(c, "About the job\nYou love building. We're hiring.");
        // A requirements heading no list names, before a bonus section: still requirements.
        let c = clean("Duties\n- Build services\nWhat Sets You Up for Success:\n- 5+ years of PHP\nBonus Skills to Stand Out:\n- gRPC");
        let kinds = section_kinds(&c);
        assert!(kinds.contains(&SectionKind::Requirements), "{kinds:?}");
        // A heading glued to a closing bracket, with a space before its colon.
        let c = clean("Requirements\n- Business-level English fluency required (verbal and written)Bonus Skills to Stand Out :\n- Experience with gRPC");
        let kinds = section_kinds(&c);
        assert_eq!(
            kinds,
            vec![SectionKind::Requirements, SectionKind::NiceToHave],
            "{c}"
        );
        // What the role is, and what it is not (Crossover, round 57).
        let c = clean("This is your role.What You Will Be Doing\n- Conduct weekly customer discovery sessions\nWhat You Won't Be Doing\n- This isn't simply coding against a spec\nBasic Requirements\n- 5 years of Python\n");
        assert_eq!(
            section_kinds(&c),
            vec![
                SectionKind::Intro,
                SectionKind::Responsibilities,
                SectionKind::Other,
                SectionKind::Requirements
            ],
            "{c}"
        );
        // A heading glued to the end of a link.
        let c = clean("Learn more at https://www.example.com/products/assistant/What You'll Do:\n- Innovate with Large Language Models\n");
        assert!(c.contains("/assistant/\nWhat You'll Do:"), "{c}");
        // A heading in capitals glued to a bullet's end and to the text under it.
        let c = clean("Requirements\n- Fluent English WHAT’S IN IT FOR YOU?Culture & Development:\n- Mentorship and coaching");
        assert!(
            c.contains("- Fluent English\nWHAT’S IN IT FOR YOU?\nCulture"),
            "{c}"
        );
        let kinds = section_kinds(&c);
        assert!(kinds.contains(&SectionKind::Benefits), "{kinds:?}");
        // A sub-heading right under the benefits heading stays benefits, whatever its words.
        let c = clean(
            "Requirements\n- Experience with AWS WHAT’S IN IT FOR YOU?Culture:\n- Mentorship",
        );
        assert!(
            c.contains("- Experience with AWS\nWHAT’S IN IT FOR YOU?\n"),
            "{c}"
        );
        let c = clean("Requirements\n- Go services\nWHAT’S IN IT FOR YOU?\nGrowth & Success:\n- Mentorship and coaching");
        let kinds = section_kinds(&c);
        assert_eq!(
            kinds,
            vec![SectionKind::Requirements, SectionKind::Benefits],
            "{c}"
        );
    }

    #[test]
    fn a_heading_with_a_subtitle_opens_its_section_even_glued_to_a_line() {
        let text = clean("Who we areWe run marketplaces.Your tasks – this is what awaits you in detail * You lead five product teams * You define how we work as an organization Your profile – this is what we expect from you * You know PHP and JavaScript");
        let kinds = headings(&text);
        assert!(
            kinds.contains(&(
                SectionKind::Responsibilities,
                "Your tasks – this is what awaits you in detail".into()
            )),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(
                SectionKind::Requirements,
                "Your profile – this is what we expect from you".into()
            )),
            "{kinds:?}"
        );
        // A sentence with a dash is no heading.
        assert_eq!(
            heading_kind("Your profile – you know Go. You have shipped it to production"),
            None
        );
    }

    #[test]
    fn camel_case_words_survive() {
        let c = clean("We use JavaScript, PostgreSQL and GitHub Actions with OpenAI models.");
        assert_eq!(
            c,
            "We use JavaScript, PostgreSQL and GitHub Actions with OpenAI models."
        );
        // A product in a list is no lost line break, known or not; glue before a sentence is.
        let c = clean("An understanding of Kubernetes, OpenStack, virtual machines.");
        assert_eq!(
            c,
            "An understanding of Kubernetes, OpenStack, virtual machines."
        );
        assert_eq!(
            clean("Our teamWe ship, daily."),
            "Our team\nWe ship, daily."
        );
        // A notice glued to the last bullet is no part of it.
        assert_eq!(
            clean("Requirements\n- Technical Certification in Cloud. Open for 5 days. Microsoft is an equal opportunity employer. All welcome."),
            "Requirements\n- Technical Certification in Cloud. Open for 5 days.\nMicrosoft is an equal opportunity employer. All welcome."
        );
        // A preferred list's heading glued to the last requirement opens the list.
        let preferred = clean(
            "About You\n- A degree in computer science or equivalent experience Preferred Skills & Experience\n- Fluent in Go",
        );
        assert!(
            headings(&preferred).contains(&(
                SectionKind::NiceToHave,
                "Preferred Skills & Experience".into()
            )),
            "{preferred}"
        );
        // A heading glued to its subtitle is no product in a list, whatever follows it.
        let c = clean("Methodologies. QualificationsRequired/minimum qualifications * A degree");
        assert!(
            c.contains("Qualifications\nRequired/minimum qualifications"),
            "{c}"
        );
        // A practice named "…Ops" ends a list whole, before a bullet.
        assert_eq!(
            clean("5+ years: * Public cloud, Kubernetes, GitOps * Observability, AIOps"),
            "5+ years:\n- Public cloud, Kubernetes, GitOps\n- Observability, AIOps"
        );
        // The company's own name is a name, written once or in other capitals in its field.
        assert_eq!(
            clean_naming("We operate under two brands: InPost and Mondial.", "INPOST"),
            "We operate under two brands: InPost and Mondial."
        );
        // An acronym glued to a word lost a space, or a line break before the company's name.
        assert_eq!(
            clean("Teams usingAI and ourML platform, multimodalLLM work on visionOS."),
            "Teams using AI and our ML platform, multimodal LLM work on visionOS."
        );
        assert_eq!(
            clean_naming(
                "Architect – K8s & AI PlatformsMAK Technology is hiring",
                "MAK TECHNOLOGY"
            ),
            "Architect – K8s & AI Platforms\nMAK Technology is hiring"
        );
        // A company merely starting with the same letters splits no name.
        assert_eq!(
            clean_naming("We build with CrewAI and TensorRT daily.", "Airbnb"),
            "We build with CrewAI and TensorRT daily."
        );
        assert_eq!(
            clean_naming("Our stack uses TensorRT heavily.", "RTX Corporation"),
            "Our stack uses TensorRT heavily."
        );
        // A name the posting writes twice stays whole.
        assert_eq!(
            clean("About us:wealthAPI grows. Join wealthAPI today."),
            "About us:wealthAPI grows. Join wealthAPI today."
        );
        assert_eq!(
            clean("We ship GenAI with TensorRT, GraphQL and FastAPI for RabbitMQ users."),
            "We ship GenAI with TensorRT, GraphQL and FastAPI for RabbitMQ users."
        );
        // A camel-case name written twice is a name.
        let c =
            clean("At CrowdStrike we stop breaches. Customers count on CrowdStrike’s platform.");
        assert!(!c.contains("Crowd\nStrike"), "{c}");
    }

    #[test]
    fn inline_bullets_get_their_own_lines() {
        let c = clean("What you'll do * Set the roadmap * Hire engineers• Ship");
        assert_eq!(
            c,
            "What you'll do\n- Set the roadmap\n- Hire engineers\n- Ship"
        );
        let c = clean("Requirements- 8+ years of Go- Deep Redis");
        assert_eq!(c, "Requirements\n- 8+ years of Go\n- Deep Redis");
        // A note's asterisk glued to a list item's end starts the note's own line (Coinbase,
        // round 108).
        let c = clean("Nice to haves: * Familiarity with Python, GoLang, Docker.*Answers to crypto questions may be used.");
        assert!(
            c.ends_with("- Familiarity with Python, GoLang, Docker.\nAnswers to crypto questions may be used."),
            "{c}"
        );
        // Keyrock's headings glued to the sentence or bullet before them (round 109).
        let s = sections(&clean(
            "A level of competency is required for the role. Outcomes * Strategy and roadmap: you will run meetings. Essentials * 5+ years of software development. * Ownership and autonomy. Beneficial experience * 3+ years in financial services. * Grasp of RAG and MCP. Our recruitment philosophyWe value self-awareness in our recruitment process.",
        ));
        assert_eq!(
            s.iter().map(|s| s.kind).collect::<Vec<_>>(),
            vec![
                SectionKind::Intro,
                SectionKind::Responsibilities,
                SectionKind::Requirements,
                SectionKind::NiceToHave,
                SectionKind::Other
            ],
            "{s:?}"
        );
        // Headings glued at both ends into one run-on line (Primus, round 114): the plus is no
        // must.
        let s = sections(&clean(
            "Primary skillsDeep experience in deploying generative modelsPython and PySparkSecondary SkillsMLOps and LLMOpsCertifications Must HaveMicrosoft Certified Azure Developer Associate AZ204Certifications Good to HaveMicrosoft Certified Azure Solutions Architect Expert",
        ));
        assert_eq!(
            s.iter().map(|s| s.kind).collect::<Vec<_>>(),
            vec![
                SectionKind::Requirements,
                SectionKind::NiceToHave,
                SectionKind::Requirements,
                SectionKind::NiceToHave
            ],
            "{s:?}"
        );
        // A heading with its label glued to the bullet before it (Mercury, round 110).
        let s = sections(&clean(
            "Preferred: * Master's degree in Data Science or related technical field Experience: Minimum: * 10+ years of software engineering experience * 5+ years leading multi-team initiatives",
        ));
        assert_eq!(
            s.iter().map(|s| s.kind).collect::<Vec<_>>(),
            vec![SectionKind::NiceToHave, SectionKind::Requirements],
            "{s:?}"
        );
        // A heading's bracket of an abbreviation is its subtitle.
        let s = sections(&clean(
            "What you’ll be doing (ie. job duties): * Write code in Python and Golang. * Mentor engineers. What we look for in you (ie. job requirements): * 8+ years of experience.",
        ));
        assert_eq!(
            s.iter().map(|s| s.kind).collect::<Vec<_>>(),
            vec![SectionKind::Responsibilities, SectionKind::Requirements],
            "{s:?}"
        );
    }

    #[test]
    fn a_one_word_heading_glued_to_the_bullet_before_its_section_gets_its_line() {
        let c = clean(
            "QualificationsRequired: * 5+ years building backends * Comfortable navigating ambiguity Preferred * Experience with LangChain * Wearing multiple hats Nice-to-Haves * CVE experience",
        );
        let kinds: Vec<(SectionKind, String)> = sections(&c)
            .into_iter()
            .map(|s| (s.kind, c[s.start..s.end].trim().to_string()))
            .collect();
        assert!(
            kinds
                .iter()
                .any(|(k, b)| *k == SectionKind::NiceToHave
                    && b.contains("- Experience with LangChain")),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(k, b)| *k == SectionKind::NiceToHave
                && b.ends_with("- CVE experience")
                && !b.contains("LangChain")),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(k, b)| *k == SectionKind::Requirements
                && b.contains("navigating ambiguity")
                && !b.contains("Preferred")),
            "{kinds:?}"
        );
        // A requirement that ends on the word after a capitalised one keeps it, and the list
        // after it stays requirements.
        let c =
            clean("Requirements * Bachelor's degree in Computer Science Preferred * Go and Kafka");
        assert!(
            c.contains("- Bachelor's degree in Computer Science Preferred"),
            "{c}"
        );
        assert!(
            sections(&c)
                .iter()
                .all(|s| s.kind != SectionKind::NiceToHave),
            "{c}"
        );
    }

    #[test]
    fn linkedins_suggested_skills_footer_asks_nothing() {
        let t = clean("Requirements\n* Python services in production\n* Distributed systems\nSuggested Skills\nBudget Management, Engineering Management, Risk Management");
        let footer = sections(&t)
            .into_iter()
            .find(|s| s.title == "Suggested Skills")
            .expect("a footer section");
        assert_eq!(footer.kind, SectionKind::Other);
    }

    #[test]
    fn the_foot_of_a_posting_ends_its_nice_to_haves() {
        let t = clean("Requirements\n* Python services in production\nNice to Have\n* Experience with Vue front-end frameworks. Working Conditions\n* Regular sitting at a computer.\nAdditional InformationThis is a remote position.You must live in the United States.");
        let kinds: Vec<(String, SectionKind)> = sections(&t)
            .into_iter()
            .map(|s| (s.title, s.kind))
            .collect();
        assert_eq!(
            kinds[kinds.len() - 2..],
            [
                ("Working Conditions".to_string(), SectionKind::Other),
                ("Additional Information".to_string(), SectionKind::Other)
            ],
            "{t}"
        );
    }

    #[test]
    fn german_headings_open_their_sections() {
        let t = clean("Verantwortlichkeiten\n* Konzeption von AI-Lösungen\nQualifikationen\n* Erfahrung mit Python\nErforderliche Fähigkeiten\n* Fließende Deutschkenntnisse\nGewünschte Fähigkeiten\n* Erfahrung mit PyTorch\nLeistungen\n* Flexible Arbeitszeiten");
        let kinds: Vec<SectionKind> = sections(&t).into_iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                SectionKind::Responsibilities,
                SectionKind::Requirements,
                SectionKind::Requirements,
                SectionKind::NiceToHave,
                SectionKind::Benefits
            ]
        );
    }

    #[test]
    fn spanish_headings_open_their_sections() {
        let c = clean("Ampliamos equipo de IA.¿Qué ofrecemos? * Contrato indefinido * Vacaciones: 22 días¿Cuál será tu misión en el proyecto? * Asesoramiento a clientes en IA Gen Requisitos mínimos * Experiencia como arquitecto");
        let kinds: Vec<(SectionKind, String)> = sections(&c)
            .into_iter()
            .map(|s| (s.kind, c[s.start..s.end].trim().to_string()))
            .collect();
        assert!(
            kinds
                .iter()
                .any(|(k, b)| *k == SectionKind::Benefits && b.contains("Contrato indefinido")),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(k, b)| *k == SectionKind::Requirements
                && b.contains("Experiencia como arquitecto")),
            "{kinds:?}"
        );
        assert!(
            kinds
                .iter()
                .any(|(k, b)| *k == SectionKind::Responsibilities
                    && b.contains("Asesoramiento a clientes")),
            "{kinds:?}"
        );
        // Without a full stop before it, the heading still opens its section.
        let c = clean("Trabajo en remoto ¿Qué ofrecemos? * Contrato indefinido");
        assert!(c.contains("\n¿Qué ofrecemos?"), "{c}");
    }

    #[test]
    fn markup_is_removed_but_comparisons_stay() {
        let c = clean("<p>Latency < 5 ms</p><ul><li>Rust</li><li>Go</li></ul><script>x</script>");
        assert!(c.contains("Latency < 5 ms"));
        assert!(c.contains("- Rust\n- Go"));
        assert!(!c.contains("<p>"));
    }

    #[test]
    fn glued_place_names_keep_their_space_and_bracketed_sentences_end() {
        let t = clean("Planned visits (2-4x per year).You must live in the UnitedStates and work from SaudiArabia or the jobYou love. Show more Show less");
        assert!(
            t.contains("(2-4x per year). You must live in the United States"),
            "{t}"
        );
        assert!(t.contains("Saudi Arabia"), "{t}");
        assert!(t.contains("job\nYou love"), "{t}");
        assert!(!t.contains("Show more"), "{t}");
        let t = clean("Location : Dubai, UAEArabic Speaker is a must. Our APIs use OAuth.");
        assert!(t.contains("UAE\nArabic Speaker"), "{t}");
        assert!(t.contains("APIs use OAuth"), "{t}");
        let t = clean("must have at least 4 hour overlap with PSTbusiness hours");
        assert!(t.contains("with PST business hours"), "{t}");
        // A name written more than once stays whole where a heading is glued to it.
        let t = clean(
            "About the Role:CrowdStrike is seeking a Data Scientist. CrowdStrike is a leader.",
        );
        assert!(t.contains("CrowdStrike is seeking"), "{t}");
        // No line ends on a joining word: the space was lost, not a line break.
        let t = clean("Hands-on expertise in Azure Synapse, Purview, andMachine Learning.");
        assert!(t.contains("Purview, and Machine Learning."), "{t}");
    }

    #[test]
    fn a_heading_glued_between_a_sentence_and_its_text_gets_its_own_line() {
        let t = clean("Be part of the team shaping aviation.About YouDegree qualified with a minimum of 10 years of experience.");
        assert!(
            t.contains("aviation.\nAbout You\nDegree qualified with a minimum"),
            "{t}"
        );
        let kinds = section_kinds(&t);
        assert_eq!(kinds, vec![SectionKind::Intro, SectionKind::Requirements]);
        let c = clean("We use JavaScript and PostgreSQL.");
        assert_eq!(c, "We use JavaScript and PostgreSQL.");
    }

    #[test]
    fn a_heading_with_a_pictograph_after_it_is_found() {
        let t = clean("We plan carefully.Minimum Qualifications 🤓 * Extensive leadership experience * Bachelor’s degree in a related field.Benefits 🎁 * Remote work");
        let kinds: Vec<(SectionKind, String)> = sections(&t)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (SectionKind::Intro, String::new()),
                (SectionKind::Requirements, "Minimum Qualifications".into()),
                (SectionKind::Benefits, "Benefits".into())
            ]
        );
        assert!(!t.contains('🤓'));
    }

    #[test]
    fn a_minimum_or_skills_heading_ends_a_preferred_list() {
        let t = clean("QualificationsEducation:Minimum: * Bachelor's degree in Computer Science Preferred: * Master's degree Experience:Minimum: * 10+ years of software engineering Preferred: * 5+ years on ML Knowledge And Skills: * Proficient in Java or Python. * Experienced in Kafka.");
        let kinds: Vec<(SectionKind, String)> = sections(&t)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect();
        let last = kinds.last().unwrap();
        assert_eq!(last.0, SectionKind::Requirements, "{kinds:?}");
        assert!(
            kinds
                .iter()
                .filter(|(k, _)| *k == SectionKind::NiceToHave)
                .count()
                == 2,
            "{kinds:?}"
        );
    }

    #[test]
    fn a_preferred_not_required_heading_glued_to_a_requirement_opens_the_nice_to_haves() {
        let t = clean("What You Need * 8+ years of experience required * Experience with Apple’s Metal framework required Preferred (Not Required) * Proficiency in Swift, Objective-C, or C++.");
        let kinds: Vec<(SectionKind, String)> = sections(&t)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect();
        assert_eq!(
            kinds.last().map(|k| k.0),
            Some(SectionKind::NiceToHave),
            "{kinds:?}"
        );
        assert!(t.contains("Metal framework required\n"), "{t}");
    }

    #[test]
    fn a_heading_with_a_bracketed_subtitle_glued_to_its_text_opens_its_section() {
        // Integriti's posting, round 37: both headings were missed, so its requirements and its
        // nice-to-haves were read as one undifferentiated intro.
        let t = clean("Communicate with engineers. Required Profile (Non-Negotiable)Background * 8–12+ years experience * Kafka in production Nice to Have (Strong Plus) * Previous consulting experience");
        let kinds: Vec<(SectionKind, String)> = sections(&t)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (SectionKind::Intro, String::new()),
                (
                    SectionKind::Requirements,
                    "Required Profile (Non-Negotiable)".to_string()
                ),
                (
                    SectionKind::NiceToHave,
                    "Nice to Have (Strong Plus)".to_string()
                ),
            ],
            "{t}"
        );
        // A long bracket is a sentence, not a subtitle.
        assert_eq!(
            heading_kind("Requirements (see the list below, and more)"),
            None
        );
    }

    #[test]
    fn a_title_with_a_colon_after_a_sentence_opens_the_list_under_it() {
        let t = clean("How you work: * Mentor to other engineers * Strategic thinking: you see how decisions impact costs.What Sets You Up for Success: * 7+ years of Java (Spring) Bonus Skills to Stand Out (Optional) * Domain Driven Design");
        assert_eq!(
            section_kinds(&t),
            vec![
                SectionKind::Other,
                SectionKind::Requirements,
                SectionKind::NiceToHave
            ],
            "{t}"
        );
        // A sentence with a colon is no title, nor is a bare "You will:".
        assert_eq!(
            titled_lead_in("- We ship weekly. The stack we use today is:"),
            None
        );
        assert_eq!(titled_lead_in("- We ship weekly. You will:"), None);
    }

    #[test]
    fn a_plus_ending_a_bullet_opens_no_section() {
        let t = clean("Requirements\n- Go experience is a Plus\n- Kafka\n- Rust\n");
        assert_eq!(section_kinds(&t), vec![SectionKind::Requirements], "{t}");
    }

    #[test]
    fn a_title_glued_to_the_end_of_a_bullet_gets_its_own_line() {
        let t = clean("Responsibilities * Review AI-generated code in sensitive areas * Support projects through early-phase architecture stabilization AI-Enabled Development Practices * Design structured AI-assisted development workflows");
        assert!(
            t.contains("stabilization\nAI-Enabled Development Practices\n"),
            "{t}"
        );
        // A product's name is no title, nor is the object of a joining word, nor two capitals
        // ending an ordinary bullet.
        assert_eq!(
            glued_title("- Build services on Google Cloud Platform"),
            None
        );
        assert_eq!(
            glued_title("- Mentor engineers across teams in Engineering Leadership Practices"),
            None
        );
        assert_eq!(
            glued_title("- Excellent written Communication Skills"),
            None
        );
        assert_eq!(glued_title("- Provide strong Technical Leadership"), None);
        // Two capitals after a clause ending on a plural noun are a title.
        let t = clean("Responsibilities * Refactor legacy systems without breaking downstream consumers Technical Leadership * Set technical standards");
        assert!(t.contains("consumers\nTechnical Leadership\n"), "{t}");
        assert_eq!(
            glued_title("- Work with our partners and their Technical Leadership"),
            None
        );
        assert_eq!(
            glued_title("- Be a hands-on leader who provides Technical Leadership"),
            None
        );
        assert_eq!(
            glued_title("- Mentor engineers on the team daily Engineering Leadership Practices"),
            Some(37)
        );
        // A title glued to a bullet's end heads a line of text, not a bullet.
        let t = clean("Accountability * Run post-mortems; drive improvements Team Lead ActivityLeading and managing a team of 5 software engineers");
        assert!(
            t.contains("drive improvements\nTeam Lead Activity\nLeading and managing"),
            "{t}"
        );
        let t = clean("Responsibilities * Mentor engineers and run the Weekly Architecture Review\nWe offer a great team.");
        assert!(t.contains("run the Weekly Architecture Review\n"), "{t}");
    }

    #[test]
    fn a_lead_in_heading_goes_on_with_its_section() {
        let t = "Nice to have:\n- Go\nFamiliarity with:\n- LangGraph\nDeep hands-on knowledge of:\n- Rust\nAbout the team:\n- Berlin\n";
        assert_eq!(
            section_kinds(t),
            vec![
                SectionKind::NiceToHave,
                SectionKind::NiceToHave,
                SectionKind::NiceToHave,
                SectionKind::About
            ]
        );
        // Under the intro a lead-in says nothing of the kind.
        assert_eq!(
            section_kinds("We build.\nFamiliarity with:\n- Go\n"),
            vec![SectionKind::Intro, SectionKind::Other]
        );
    }

    #[test]
    fn italian_headings_open_their_sections() {
        let t = clean("Chi siamoBiorsaf sviluppa soluzioni digitali per la qualità.Cosa farai * Definire l’architettura della piattaforma.Chi cerchiamo * Esperienza solida (5+ anni) in software architecture.Plus * Esperienza con OpenTelemetry.Cosa offriamo * Full remote");
        assert_eq!(
            section_kinds(&t),
            vec![
                SectionKind::About,
                SectionKind::Responsibilities,
                SectionKind::Requirements,
                SectionKind::NiceToHave,
                SectionKind::Benefits
            ],
            "{t}"
        );
    }

    #[test]
    fn its_great_if_you_have_opens_the_nice_to_haves() {
        let t = clean("What You’ll Need to Succeed: * 3+ years as an Engineering Manager. English is the working language. It’s Great if you Have: * Experience with Ansible. * Networking fundamentals.");
        let kinds = section_kinds(&t);
        assert_eq!(
            kinds[kinds.len().saturating_sub(2)..],
            [SectionKind::Requirements, SectionKind::NiceToHave],
            "{kinds:?} {t}"
        );
    }

    #[test]
    fn headings_glued_with_a_colon_are_found_longest_first() {
        let t = clean("We build AI products for everyone.Responsibilities: * Lead a group of engineers * Ship features Minimum Requirements: * 5+ years with React Preferred Requirements: * Passion for AI");
        let kinds: Vec<(SectionKind, String)> = sections(&t)
            .into_iter()
            .map(|s| (s.kind, s.title))
            .collect();
        assert!(
            kinds.contains(&(SectionKind::Responsibilities, "Responsibilities".into())),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(SectionKind::Requirements, "Minimum Requirements".into())),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(SectionKind::NiceToHave, "Preferred Requirements".into())),
            "{kinds:?}"
        );
    }

    #[test]
    fn sections_are_found_with_kinds() {
        let c = clean(
            "Meet Acme. We build.The teamSmall and fast.Requirements* Rust* Kafka Nice to have* Go",
        );
        let s = sections(&c);
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert!(kinds.contains(&SectionKind::Requirements), "{c:?} {s:?}");
        let req = s
            .iter()
            .find(|s| s.kind == SectionKind::Requirements)
            .unwrap();
        assert!(c[req.start..req.end].contains("Rust"));
    }

    #[test]
    fn criteria_are_parsed() {
        let c = parse_criteria("SENIORITY LEVELMid-Senior levelEMPLOYMENT TYPEFull-timeJOB FUNCTIONEngineeringINDUSTRIESSoftware");
        assert_eq!(c.seniority, "Mid-Senior level");
        assert_eq!(c.employment_type, "Full-time");
        assert_eq!(c.job_function, "Engineering");
        assert_eq!(c.industries, "Software");
        assert_eq!(parse_criteria(""), Criteria::default());
        let glued = parse_criteria("INDUSTRIESTechnology, Information and Internet, Software Development, and IT Services andIT Consulting, PharmaceuticalManufacturing, Technology, Informationand Internet");
        assert_eq!(
            glued.industries,
            "Technology, Information and Internet, Software Development, and IT Services and IT Consulting, Pharmaceutical Manufacturing, Technology, Information and Internet"
        );
    }
}
