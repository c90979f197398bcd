//! The quality gate: before a job is `ready for applying`, the generated CV and cover letter are
//! checked against the candidate's own files. Employers, titles, degrees, numbers (dates, metrics,
//! percentages) and skills that the master CV and knowledge base do not contain are violations.
//! It also reports JD keyword coverage of the tailored CV against the untailored master CV.

use crate::candidate::Candidate;
use crate::layers::jd::JdAnalysis;
use crate::layers::JobInput;
use crate::text::lexicon::{skill_key, Lexicon};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub use crate::layers::generate::MAX_CV_WORDS;
pub const MAX_LETTER_WORDS: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// `employer`, `title`, `degree`, `number`, `skill`, `length`, `docx` or `company` (the
    /// posting's text is about another company than the one the letter is addressed to).
    pub kind: String,
    /// `cv` or `cover_letter`.
    pub document: String,
    /// The words as they occur in the document, for highlighting; empty for the whole text.
    #[serde(default)]
    pub term: String,
    pub detail: String,
}

impl GateReport {
    /// The violations in one document, as the findings a saved version keeps.
    pub fn findings_for(&self, kind: types::DocKind) -> Vec<types::Finding> {
        self.violations
            .iter()
            .filter(|v| v.document == kind.as_str())
            .map(|v| types::Finding {
                kind: v.kind.clone(),
                term: v.term.clone(),
                detail: v.detail.clone(),
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateReport {
    pub passed: bool,
    pub violations: Vec<Violation>,
    /// Share of the posting's skills the tailored CV mentions, and the master CV mentions.
    pub keyword_coverage_tailored: f64,
    pub keyword_coverage_master: f64,
    pub cv_words: usize,
    pub letter_words: usize,
}

const DEGREE_WORDS: &[&str] = &[
    "BSc",
    "MSc",
    "BA",
    "MA",
    "MBA",
    "PhD",
    "Ph.D",
    "BEng",
    "MEng",
    "BS",
    "MS",
    "Bachelor",
    "Master",
    "Doctorate",
    "Doctor",
    "Diploma",
    "Licence",
    "Associate degree",
    "B.Sc",
    "M.Sc",
    "B.A",
    "M.A",
];

/// Where the sentence around `at` ends: after its full stop, question or exclamation mark, or at
/// the line's end; not at the dot of "Node.js".
fn sentence_end(text: &str, at: usize) -> usize {
    [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|b| text[at..].find(b).map(|i| at + i + 1))
        .min()
        .unwrap_or(text.len())
}

/// Where the sentence holding byte `at` starts: after ". ", "! ", "? " or a line break, not at
/// the dot of "Node.js" or ".NET".
fn sentence_start(text: &str, at: usize) -> usize {
    [". ", "! ", "? ", "\n"]
        .iter()
        .filter_map(|b| text[..at].rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

/// Role headings (`### Title — Company`) of a Markdown CV.
fn role_headings(md: &str) -> Vec<(String, String)> {
    md.lines()
        .filter_map(|l| l.strip_prefix("### "))
        .filter_map(|h| {
            h.split_once(" — ")
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        })
        .collect()
}

/// Time zones a letter names after "with" ("overlap with PST business hours", TRM's hours
/// question): no employer.
const TIME_ZONES: &[&str] = &[
    "PST", "PDT", "PT", "MST", "MDT", "CST", "CDT", "EST", "EDT", "ET", "UTC", "GMT", "CET",
    "CEST", "EET", "EEST", "WET", "BST", "IST",
];

/// Names after "at", "with", "for", "joined": on one line, ending at a sentence's full stop
/// ("with Java.\n\nI" is Java, not "Java I"; "Node.js" keeps its dot).
fn organisations(text: &str) -> Vec<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"\b(?:[Aa]t|[Ww]ith|[Ff]or|[Jj]oined|[Ww]orked at)[ \t]+([A-Z][\w&-]*(?:\.[\w&-]+)*(?:[ \t]+[A-Z][\w&-]*(?:\.[\w&-]+)*)*)").expect("valid regex")
    });
    // "At Globex I cut costs": the pronoun that starts the clause is not part of the name.
    re.captures_iter(text)
        .map(|c| {
            let name = c[1].trim_end_matches('.');
            name.strip_suffix(" I").unwrap_or(name).to_string()
        })
        .collect()
}

/// Replaces the target role, the company and quotes of the posting (“…” whose words the posting
/// holds): the posting's words, not claims about the candidate.
fn mask(text: &str, job: &JobInput, jd: &JdAnalysis) -> String {
    // Quotes first: the title and company inside a quote are still the posting's words.
    // Compared on letters and digits only: cleaning may have re-spaced the posting's words.
    let squash = crate::text::letters_and_digits;
    let posting = squash(&jd.clean_text);
    let mut t = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('“') {
        let Some(close) = rest[open..].find('”') else {
            break;
        };
        let quoted = &rest[open + '“'.len_utf8()..open + close];
        t.push_str(&rest[..open]);
        if !posting.contains(&squash(quoted)) {
            t.push_str(quoted);
        }
        rest = &rest[open + close + '”'.len_utf8()..];
    }
    t.push_str(rest);
    let company = crate::layers::voice::company_name(job);
    // The person the letter is addressed to ("Dear Julia Dressel") is no skill (Julia).
    let contact = jd.contact.as_deref().unwrap_or_default();
    // The team the title names, as the letter names the role with it ("the Sr. Software Engineer
    // role on the Charlotte AI team"): the posting's name, not AI the writer claims.
    let team = crate::layers::jd::title_team(&jd.role, &company, &jd.clean_text)
        .map(|t| (format!("{} role on the {} team", t.role, t.team), t.team))
        .unwrap_or_default();
    let (team_role, team_name) = (team.0.as_str(), team.1.as_str());
    for s in [
        job.title.trim(),
        job.company.trim(),
        jd.role.as_str(),
        company.as_str(),
        contact,
        team_role,
        team_name,
    ] {
        if s.len() >= 2 {
            t = t.replace(s, " ");
        }
    }
    t
}

/// Whether the words before a skill in its sentence deny having it.
fn negates_claim(before: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)\b(?:not|never|no|without|lack|cannot|can['’]t)\b",
    )
    .is_match(before)
}

/// Whether a sentence says a skill is what the writer has not done: "AI agents and GitOps would
/// be new to me" (the words after it, in its clause), "The nearest I have come to AI agents is my
/// work with LLMs" (the words right before it), "For AI agents, I would build on my work with
/// LLMs" (the sentence opening on it, what it would build on after it).
fn new_to_writer(before: &str, after: &str) -> bool {
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static FOR: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static BUILD_ON: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(&BEFORE, r"(?i)\bnearest I have come to\s*$").is_match(before)
        || (crate::text::re(&FOR, r"^\s*For\s+$").is_match(before)
            && crate::text::re(&BUILD_ON, r"^[^,.;:]{0,40},\s*I would build on\b").is_match(after))
        || crate::text::re(&AFTER, r"(?i)^([^.;:]{0,60})\bwould be new to me\b")
            .captures(after)
            .is_some_and(|c| !c[1].contains(", and ") && !c[1].contains(", but "))
}

/// Whether a skill stands in the list right after "rather than" or "instead of", as what the work
/// did not use ("my cloud work has been on AWS rather than Azure or Google Cloud"). Only that list:
/// "Rather than a vendor tool, I built it on Kafka" still claims Kafka.
fn used_in_its_place(before: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(&RE, r"(?i)\b(?:rather\s+than|instead\s+of)\b[^,.;:]{0,40}$").is_match(before)
}

/// Whether a term stands in a question, in a clause that does not speak of the writer: "would the
/// hiring team consider that, and how much of it is people management?" asks about the role
/// (the third candidate's enquiries went to review for Hiring and Engineering management).
/// "Would my Kafka work count?" still claims Kafka.
fn asked_not_claimed(before: &str, after: &str) -> bool {
    static MINE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // The question runs from its colon ("My roles so far have been …: would the hiring team
    // …?") to its mark; a word of the writer anywhere in it ("Having run Kubernetes at Acme,
    // would the team consider me?", "Could our Kafka migration count?") makes it a claim.
    let question = format!("{} {after}", before.rsplit(':').next().unwrap_or(before));
    after.trim_end().ends_with('?')
        && !crate::text::re(&MINE, r"(?i)\b(?:I|my|me|mine|we|our|us|I've|I'm|having)\b")
            .is_match(&question)
}

/// Whether the term is what the reader does ("the role you are recruiting for"): the
/// third candidate's enquiries went to review for Hiring.
fn done_by_reader(before: &str, term: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // The term is the reader's verb: "I can show you Terraform modules" still claims Terraform.
    term.to_lowercase().ends_with("ing")
        && crate::text::re(&RE, r"(?i)\byou(?:'re|’re|\s+are)\s+$").is_match(before)
}

/// Whether a sentence names what the posting asks for, as a gap or a question, not as the
/// candidate's ("The posting insists on Metal, which my CV does not show: …?", "The posting asks
/// for Spanish …: is Spanish a must …?"): what comes before the term attributes it to the posting,
/// and the rest of the sentence denies it or asks. "The posting asks for Kubernetes, which I have
/// run for years." claims it. The caller lets through only what the posting does name.
fn posting_gap(before: &str, after: &str) -> bool {
    said_of_posting(before) && (negates_claim(after) || after.trim_end().ends_with('?'))
}

/// Whether the sentence so far attributes what follows to the posting.
fn said_of_posting(before: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\bthe posting (?:asks for|insists on|requires)\b(?:[^.?!:;]|\.\S)*$",
        )
        .expect("valid regex")
    })
    .is_match(before)
}

/// The career's years the pack may state: from the summary's figure to the full years the roles'
/// dates give today (a summary written a year ago says 11 where the dates give 12, see
/// `FitAssessment::years_to_state`). Read once per check.
fn career_years(c: &Candidate) -> std::ops::RangeInclusive<u32> {
    let summary = c.summary_years().unwrap_or(0);
    let dated = c.full_years_dated(crate::ids::now().year()).unwrap_or(0);
    summary..=dated
}

/// Whether `n` (at the start of `rest`, after `before` in its sentence) is the candidate's
/// career in years as the pack states it ("12 years of experience", "12 years in software",
/// "worked in software for 12 years") and lies in `career` ([`career_years`]). Any other "N
/// years" ("9 years of Rust") is checked as any number is.
fn stated_career_years(
    career: &std::ops::RangeInclusive<u32>,
    field: Option<&str>,
    n: &str,
    before: &str,
    rest: &str,
) -> bool {
    let Ok(years) = n.parse::<u32>() else {
        return false;
    };
    let after = rest
        .char_indices()
        .find(|(_, ch)| !ch.is_ascii_digit())
        .map_or("", |(i, _)| &rest[i..])
        .trim_start_matches('+')
        .trim_start();
    let Some(after) = after.strip_prefix("years") else {
        return false;
    };
    const CAREER: [&str; 9] = [
        " of experience",
        " of professional experience",
        " in software",
        " building",
        " designing",
        " developing",
        " delivering",
        " shipping",
        " creating",
    ];
    // The summary's own field ("11 years in data-heavy products"), as the letter says it.
    let in_field = field.is_some_and(|f| after.strip_prefix(' ').is_some_and(|a| a.starts_with(f)));
    let said_of_career = CAREER.iter().any(|w| after.starts_with(w))
        || in_field
        || (before.trim_end().ends_with("for") && before.contains("worked in software"));
    said_of_career && career.contains(&years)
}

pub fn check(
    job: &JobInput,
    jd: &JdAnalysis,
    c: &Candidate,
    cv_md: &str,
    letter: &str,
    docx_ok: Result<(), String>,
) -> GateReport {
    let truth = format!("{}\n{}", c.master_cv_text, c.knowledge_base_text);
    let true_numbers: BTreeSet<String> = crate::text::numbers(&truth).into_iter().collect();
    let lex = Lexicon::get();
    let mut violations = Vec::new();
    let mut flag = |kind: &str, document: &str, term: &str, detail: String| {
        let v = Violation {
            kind: kind.into(),
            document: document.into(),
            term: term.into(),
            detail,
        };
        if !violations.contains(&v) {
            violations.push(v);
        }
    };

    let known_roles: BTreeSet<(String, String)> =
        c.cv.roles
            .iter()
            .map(|r| (r.title.clone(), r.company.clone()))
            .collect();
    let known_education: BTreeSet<(String, String)> =
        c.cv.education
            .iter()
            .map(|e| (e.degree.clone(), e.institution.clone()))
            .collect();
    let mut orgs: BTreeSet<String> =
        c.cv.roles
            .iter()
            .map(|r| r.company.to_lowercase())
            .collect();
    orgs.extend(c.stars.iter().map(|s| s.company.to_lowercase()));
    orgs.extend(c.cv.education.iter().map(|e| e.institution.to_lowercase()));
    let truth_lower = truth.to_lowercase();
    let posting_skills: BTreeSet<usize> =
        lex.find(&jd.clean_text).iter().map(|f| f.skill).collect();

    let posting_numbers: BTreeSet<String> =
        crate::text::numbers(&jd.clean_text).into_iter().collect();
    let career = career_years(c);
    let field = c.summary_field();

    // The posting's own dates as the drafts say them ("until 31 December 2026", the end of NTT
    // DATA's contract, asked about in the architect's letter): the posting's, not a claim.
    let posting_dates: Vec<String> = [jd.ends_on, jd.closes_on]
        .into_iter()
        .flatten()
        .map(crate::text::dates::in_words)
        .collect();
    for (name, raw) in [("cv", cv_md), ("cover_letter", letter)] {
        let text = mask(raw, job, jd);
        let dated: Vec<std::ops::Range<usize>> = posting_dates
            .iter()
            .flat_map(|d| {
                text.match_indices(d.as_str())
                    .map(|(at, d)| at..at + d.len())
            })
            .collect();
        for (at, n) in crate::text::numbers_at(&text) {
            if dated.iter().any(|span| span.contains(&at)) {
                continue;
            }
            // "I do not hold the AZ-204 certification" states a gap, as for skills below: only a
            // code's number (letters before it), so "not only … by 90%" is still checked.
            let before = text[..at].trim_end_matches('-');
            let in_code = before.ends_with(|ch: char| ch.is_ascii_alphabetic());
            let sentence = &text[sentence_start(&text, at)..at];
            let rest = &text[at..sentence_end(&text, at)];
            if in_code
                && (negates_claim(sentence)
                    || (posting_gap(sentence, rest) && posting_numbers.contains(&n)))
            {
                continue;
            }
            if !true_numbers.contains(&n)
                && !stated_career_years(&career, field.as_deref(), &n, sentence, rest)
            {
                flag(
                    "number",
                    name,
                    &n,
                    format!("{n} is not in the master CV or knowledge base"),
                );
            }
        }
        for f in lex.find(&text) {
            let skill = &lex.skill(f.skill).name;
            // "I have not worked with Azure" states a gap, it claims nothing.
            let sentence = &text[sentence_start(&text, f.start)..f.start];
            let rest = &text[f.end..sentence_end(&text, f.end)];
            if negates_claim(sentence)
                || used_in_its_place(sentence)
                || new_to_writer(sentence, rest)
                || asked_not_claimed(sentence, rest)
                || done_by_reader(sentence, &text[f.start..f.end])
                || (posting_gap(sentence, rest) && posting_skills.contains(&f.skill))
            {
                continue;
            }
            // "Worked with two data scientists" claims no data science, as the candidate's
            // skills are read (see `names_people_not_work`).
            if crate::layers::jd::names_people_not_work(&text, &f) {
                continue;
            }
            // A record's situation names its setting ("the online claims form was a legacy
            // AngularJS app"), which a letter telling the record quotes: written in the files,
            // though no skill of the candidate's (see `candidate::skills_done`).
            if c.stars
                .iter()
                .any(|s| lex.skills_in(&s.situation).contains(skill))
            {
                continue;
            }
            if matches!(
                c.skill_match(skill),
                crate::candidate::SkillMatch::Missing
                    | crate::candidate::SkillMatch::Partial(_)
                    | crate::candidate::SkillMatch::Broader(_)
            ) {
                flag(
                    "skill",
                    name,
                    &text[f.start..f.end],
                    format!("{skill} is not evidenced by the master CV or knowledge base"),
                );
            }
        }
        for word in DEGREE_WORDS {
            for _ in crate::text::word_matches(&text, word) {
                // A degree is grounded when the CV holds one of its level however written
                // ("MSc." or "Master of Science" for "MSc"); other words by their spelling.
                let grounded = match crate::text::roles::degree_level(word) {
                    Some(level) => c.facts.degrees.contains(&level),
                    None => c.cv.education.iter().any(|e| e.degree.contains(word)),
                };
                if !grounded {
                    flag(
                        "degree",
                        name,
                        word,
                        format!("a {word} degree is not in the master CV"),
                    );
                }
            }
        }
        for org in organisations(&text) {
            let lower = org.to_lowercase();
            let known = orgs.iter().any(|o| {
                !o.is_empty() && (lower.contains(o.as_str()) || o.contains(lower.as_str()))
            }) || lex.canonical(&org).is_some()
                || TIME_ZONES.contains(&org.as_str())
                || !crate::candidate::facts::languages_in(&org).is_empty()
                || truth_lower.contains(&lower);
            if !known {
                flag("employer", name, &org, format!("{org} is not an employer or institution in the master CV or knowledge base"));
            }
        }
    }
    for (title, company) in role_headings(cv_md) {
        let is_role = known_roles.contains(&(title.clone(), company.clone()));
        let is_degree = known_education.contains(&(title.clone(), company.clone()));
        if !is_role && !is_degree {
            flag(
                "title",
                "cv",
                &title,
                format!("\"{title} — {company}\" is not a role or degree in the master CV"),
            );
        }
    }
    let cv_words = cv_md.split_whitespace().count();
    let letter_words = letter.split_whitespace().count();
    if cv_words > MAX_CV_WORDS {
        flag(
            "length",
            "cv",
            "",
            format!("{cv_words} words, over the {MAX_CV_WORDS}-word limit"),
        );
    }
    if letter_words > MAX_LETTER_WORDS {
        flag(
            "length",
            "cover_letter",
            "",
            format!("{letter_words} words, over the {MAX_LETTER_WORDS}-word limit"),
        );
    }
    if let Err(e) = docx_ok {
        flag("docx", "cv", "", format!("the .docx is not valid: {e}"));
    }

    let coverage = |text: &str| {
        let wanted: BTreeSet<String> = jd.asked().map(|s| skill_key(s)).collect();
        if wanted.is_empty() {
            return 1.0;
        }
        let present: BTreeSet<String> = lex.skills_in(text).iter().map(|s| skill_key(s)).collect();
        let hit = wanted.intersection(&present).count() as f64;
        (hit / wanted.len() as f64 * 1000.0).round() / 1000.0
    };
    GateReport {
        passed: violations.is_empty(),
        keyword_coverage_tailored: coverage(cv_md),
        keyword_coverage_master: coverage(&c.master_cv_text),
        cv_words,
        letter_words,
        violations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KB: &str = "## STAR: Fast checkout\n- company: Acme\n- situation: Slow.\n- task: Speed up.\n- action: Cached.\n- result: p99 down 62%.\n";

    fn degree_violations(cv: &str, generated: &str) -> Vec<Violation> {
        let c = Candidate::from_texts(cv, KB).unwrap();
        let job = JobInput::sample("Engineer", "Beta", "", "Requirements: Go");
        let jd = crate::layers::jd::analyse(&job);
        check(&job, &jd, &c, generated, "", Ok(()))
            .violations
            .into_iter()
            .filter(|v| v.kind == "degree")
            .collect()
    }

    #[test]
    fn a_records_setting_quoted_from_its_situation_is_no_claim() {
        let cv = "# Jane Roe\nMadrid\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Rebuilt the claims journey in React.\n\n## Skills\n- React\n";
        let kb = "## STAR: Claims\n- company: Acme\n- situation: The claims form was a legacy AngularJS app.\n- task: Rebuild it.\n- action: Rebuilt it in React.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        let job = JobInput::sample("Engineer", "Beta", "", "Requirements: React");
        let jd = crate::layers::jd::analyse(&job);
        let skills = |letter: &str| -> Vec<String> {
            check(&job, &jd, &c, "", letter, Ok(()))
                .violations
                .into_iter()
                .filter(|v| v.kind == "skill")
                .map(|v| v.term)
                .collect()
        };
        assert!(skills(
            "At Acme, the claims form was a legacy AngularJS app. I rebuilt it in React."
        )
        .is_empty());
        assert_eq!(skills("I rebuilt it in Vue."), ["Vue"]);
    }

    #[test]
    fn the_team_a_title_names_is_the_postings_word_not_a_claim() {
        // CrowdStrike's Charlotte AI, for the .NET engineer with no AI work (session 24).
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Built Go services.\n\n## Skills\n- Go\n";
        let c = Candidate::from_texts(cv, KB).unwrap();
        let job = JobInput::sample(
            "Sr. Software Engineer - CharlotteAI",
            "CrowdStrike",
            "",
            "Charlotte AI is our analyst. Join the Charlotte AI team.\nRequirements: Go.",
        );
        let jd = crate::layers::jd::analyse(&job);
        let letter = "The Sr. Software Engineer role on the Charlotte AI team at CrowdStrike caught my eye. I would like to hear what is next for the Charlotte AI team's work on Go.";
        let found = check(&job, &jd, &c, "", letter, Ok(())).violations;
        assert!(found.iter().all(|v| v.kind != "skill"), "{found:?}");
    }

    #[test]
    fn a_stated_gap_and_the_addressee_are_no_claims_but_a_number_still_is() {
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Cut p99 by 62%.\n\n## Skills\n- Go\n";
        let c = Candidate::from_texts(cv, KB).unwrap();
        let job = JobInput::sample(
            "Engineer",
            "Beta",
            "",
            "Requirements: Go, Azure, .NET, AZ-204.\nYour contact: Julia Dressel",
        );
        let jd = crate::layers::jd::analyse(&job);
        let kinds = |letter: &str| -> Vec<(String, String)> {
            check(&job, &jd, &c, "", letter, Ok(()))
                .violations
                .into_iter()
                .map(|v| (v.kind, v.term))
                .collect()
        };
        assert!(
            kinds("Dear Julia Dressel,\n\nI do not hold the AZ-204 certification, which the posting asks for.")
                .is_empty()
        );
        // The letter's gap sentence ("I cannot point to work with Azure yet") claims nothing.
        assert!(kinds("One gap, in fairness: I cannot point to work with Azure yet.").is_empty());
        assert!(kinds("Azure and PHP would be new to me.").is_empty());
        assert!(kinds("The nearest I have come to Azure is my Go work at Acme.").is_empty());
        assert!(kinds("For Azure, I would build on my Go work at Acme.").is_empty());
        // Not a claim made after it: "For Azure, I ran clusters" claims Azure.
        assert!(!kinds("For Azure, I ran clusters at Acme.").is_empty());
        // Said new only in its own clause: the next one claims.
        assert!(!kinds("PHP would be new to me; I have run Azure for years.").is_empty());
        assert!(!kinds("Azure came close to me, and PHP would be new to me.").is_empty());
        assert!(kinds("I can't point to work with Azure yet.").is_empty());
        assert_eq!(
            kinds("I can run Azure clusters."),
            [("skill".to_string(), "Azure".to_string())]
        );
        // People worked with are no skill claimed (the data engineer's CV, round 108); work
        // done still is.
        assert!(kinds("I worked with two data scientists to cut p99 by 62%.").is_empty());
        assert_eq!(
            kinds("I led data science for pricing."),
            [("skill".to_string(), "data science".to_string())]
        );
        // The posting's own end date, said as the drafts say it, is no claim; another date is.
        let contract = JobInput::sample(
            "Engineer",
            "Beta",
            "",
            "Requirements: Go.\nStart Date: March 1, 2026 - December 31, 2026",
        );
        let contract_jd = crate::layers::jd::analyse(&contract);
        let dated =
            |letter: &str| check(&contract, &contract_jd, &c, "", letter, Ok(())).violations;
        assert!(
            dated("The role is a contract until 31 December 2026: what would its terms be?")
                .is_empty()
        );
        assert!(!dated("I cut p99 by 31% in December 2026.").is_empty());
        // Not a code: a number in a sentence with "not" is still a claim.
        assert_eq!(
            kinds("Not only did I cut p99 by 90%."),
            [("number".to_string(), "90".to_string())]
        );
        // What the posting asks for, said as the posting's, is no claim; what it does not ask
        // for, said as its, still is.
        assert_eq!(
            kinds(
                "The posting asks for Azure and the AZ-204 certification, which I do not hold yet: is it needed?"
            ),
            []
        );
        assert!(kinds("The posting insists on Azure: could it be learnt?").is_empty());
        // "Rather than" denies only the list right after it.
        assert_eq!(
            kinds("Rather than a vendor tool, I built it on Azure."),
            [("skill".to_string(), "Azure".to_string())]
        );
        assert_eq!(
            kinds("I chose Azure rather than Go."),
            [("skill".to_string(), "Azure".to_string())]
        );
        // Said as the posting's and then claimed, it is a claim.
        assert_eq!(
            kinds("The posting asks for Azure, which I have run for years."),
            [("skill".to_string(), "Azure".to_string())]
        );
        // A name with a full stop in it (".NET") does not end the sentence.
        assert!(
            kinds("The posting insists on .NET and Azure, which my CV does not show.").is_empty()
                && kinds("One gap: my work has used Go rather than Azure or .NET.").is_empty()
        );
        assert_eq!(
            kinds("The posting insists on Java, and the AZ-305 certification."),
            [
                ("number".to_string(), "305".to_string()),
                ("skill".to_string(), "Java".to_string())
            ]
        );
        assert_eq!(
            kinds("The posting asks for Go. I have used Azure."),
            [("skill".to_string(), "Azure".to_string())]
        );
        // A question about the role claims nothing; one about the writer's work does.
        assert!(
            kinds("My roles so far have been individual-contributor ones: would the hiring team consider that for this role, and how much of it is people management?")
                .is_empty()
        );
        assert!(kinds("I am interested in the role you are recruiting for.").is_empty());
        assert_eq!(
            kinds("I can show you Azure modules I wrote."),
            [("skill".to_string(), "Azure".to_string())]
        );
        assert_eq!(
            kinds("Having run Azure at Acme, would the team consider me?"),
            [("skill".to_string(), "Azure".to_string())]
        );
        assert_eq!(
            kinds("Could our Azure work count?"),
            [("skill".to_string(), "Azure".to_string())]
        );
        // Years in a place are no career's count (the summary names no field).
        assert_eq!(
            kinds("I ran the platform for 2 years in Berlin."),
            [("number".to_string(), "2".to_string())]
        );
        assert_eq!(
            kinds("Would my Azure work count?"),
            [("skill".to_string(), "Azure".to_string())]
        );
        // A time zone after "with" is no employer; a name is.
        assert!(kinds("Would an overlap with PST business hours work?").is_empty());
        assert_eq!(
            kinds("I worked with Globex on billing."),
            [("employer".to_string(), "Globex".to_string())]
        );
    }

    #[test]
    fn degrees_are_recognised_however_the_cv_writes_them() {
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Cut p99 by 62%.\n\n## Skills\n- Go\n\n## Education\n### Master of Science in Physics — Uni Bonn\n2014 – 2016\n";
        assert!(degree_violations(cv, "Education: MSc Physics, Uni Bonn").is_empty());
        assert!(degree_violations(cv, "Education: M.Sc. Physics").is_empty());
        let phd = degree_violations(cv, "Education: PhD Physics");
        assert_eq!(phd.len(), 1, "{phd:?}");
    }
}
