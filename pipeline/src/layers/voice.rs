//! How a careful person writes about a posting: the company's name cased as the company writes it,
//! quotes that end at a sentence boundary, an achievement told with its numbers. Letters and
//! outreach drafts share these so they read alike and never carry scraped noise.

use super::JobInput;
use crate::candidate::Star;

/// The company's name as it writes itself: the posting's own mixed-case spelling of an all-caps
/// field ("MONGODB" → "MongoDB" when the text says "MongoDB"), else words in title case with
/// acronyms and domains kept ("SIENA AI" → "Siena AI", "SELLANYCAR.COM" → "Sellanycar.com").
pub fn company_name(job: &JobInput) -> String {
    // Legal forms people leave out in prose ("REDDIT, INC." → "Reddit"); GmbH and AG stay.
    static LEGAL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let legal = LEGAL.get_or_init(|| {
        regex::Regex::new(r"(?i),?\s+(?:inc|llc|ltd|limited|corp|corporation|plc|co)\.?$")
            .expect("valid regex")
    });
    let stripped = legal.replace(job.company.trim(), "").to_string();
    let name = stripped.trim();
    let shouting = name.chars().filter(|c| c.is_alphabetic()).count() > 3
        && !name.chars().any(|c| c.is_lowercase());
    if !shouting {
        return name.to_string();
    }
    let lower_name = name.to_lowercase();
    let text = &job.description;
    let lower_text = text.to_lowercase();
    // Byte offsets of the lower-cased text match the original for ASCII names only.
    if name.is_ascii() && lower_text.len() == text.len() {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for (i, _) in lower_text.match_indices(&lower_name) {
            if let Some(form) = text.get(i..i + name.len()) {
                // Mixed case only: "MongoDB", not the "mongodb" of a web address.
                if form.chars().any(|c| c.is_lowercase()) && form.chars().any(|c| c.is_uppercase())
                {
                    *counts.entry(form).or_insert(0) += 1;
                }
            }
        }
        if let Some((form, _)) = counts.into_iter().max_by_key(|(_, n)| *n) {
            return form.to_string();
        }
    }
    name.split(' ')
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            // Short capitals are acronyms ("SCC Services", "TII").
            let word = !["THE", "AND", "FOR", "OF", "NEW"].contains(&w);
            if (letters <= 3 && word) || ["GMBH", "LLC", "INC."].contains(&w) {
                match w {
                    "GMBH" => "GmbH".to_string(),
                    _ => w.to_string(),
                }
            } else {
                let lower = w.to_lowercase();
                let mut chars = lower.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the posting comes from a recruiter or job board writing for a client ("our client",
/// "on behalf of a partner company"): letters then speak of the role they recruit for.
pub fn is_agency(job: &JobInput) -> bool {
    let l = job.description.to_lowercase();
    [
        "our client",
        "on behalf of",
        "partner company",
        "our partner",
        "recruitment agency",
        "staffing agency",
        "we are recruiting for",
        "apply through jobgether",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// `text` cut to at most `max` characters at a sentence end; `None` when no sentence end fits
/// (a quote is never cut mid-sentence).
pub fn whole_sentences(text: &str, max: usize) -> Option<String> {
    let t = text.trim();
    if t.chars().count() <= max {
        return Some(t.trim_end_matches([';', ',', ':']).to_string());
    }
    let cut: String = t.chars().take(max).collect();
    cut.rfind(['.', '!', '?'])
        .filter(|i| *i > 20)
        .map(|i| cut[..=i].to_string())
}

/// Whether a line of the posting can be quoted to its author: a whole clause of at least six words
/// with balanced brackets, no web address, no cut-off abbreviation, no heading or question, and not
/// benefits or application boilerplate.
pub fn quotable(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_lowercase();
    let balanced = |open: char, close: char| t.matches(open).count() == t.matches(close).count();
    t.split_whitespace().count() >= 6
        && balanced('(', ')')
        && balanced('[', ']')
        && ![
            "http",
            "www.",
            ".com",
            "linkedin",
            "e.g",
            "i.e",
            "show more",
            "apply",
        ]
        .iter()
        .any(|w| lower.contains(w))
        && !t.ends_with([':', '?'])
        && !t.contains('?')
        && !super::jd::is_boilerplate(t)
}

/// The line of the posting a letter or a note may quote: the highest-scoring pain point that is
/// quotable in whole sentences, names at least one skill, and whose skills the candidate has (a
/// letter never quotes a line it later admits as a gap).
pub fn posting_quote<'p>(
    pain: &'p super::pain_points::PainPoints,
    c: &crate::candidate::Candidate,
    max: usize,
) -> Option<(String, &'p super::pain_points::PainPoint)> {
    let mut points: Vec<&super::pain_points::PainPoint> = pain.pain_points.iter().collect();
    points.sort_by(|a, b| b.score.total_cmp(&a.score));
    points.into_iter().find_map(|p| {
        // A line with a skill is a requirement; benefits and company prose have none.
        let covered = !p.skills.is_empty()
            && p.skills.iter().all(|s| {
                matches!(
                    c.skill_match(s),
                    crate::candidate::SkillMatch::Exact | crate::candidate::SkillMatch::Narrower(_)
                )
            });
        let quote = whole_sentences(&p.text, max)?;
        (covered && quotable(&quote)).then_some((quote, p))
    })
}

/// "Deliver an assistant" → "deliver an assistant"; acronyms ("RAG pipeline") are left alone.
pub fn lower_first(s: &str) -> String {
    let t = s.trim();
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(t[first.len_utf8()..].chars())
            .collect(),
        _ => t.to_string(),
    }
}

pub fn ensure_period(s: &str) -> String {
    let t = s.trim().trim_end_matches([';', ',', ':']);
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// A skill name as it reads in a sentence: practices in lower case ("code review", "machine
/// learning"), tools and products as named ("Java", "Google Cloud", "RAG").
pub fn skill_in_prose(name: &str) -> String {
    let lex = crate::text::lexicon::Lexicon::get();
    let category = lex
        .index_of(name)
        .map(|i| lex.skill(i).category.clone())
        .unwrap_or_default();
    const PRACTICES: &[&str] = &["Containers", "Observability", "Statistics", "Analytics"];
    // One-word cloud, data and AI names are products (AWS, Kafka, PyTorch) unless long and
    // ordinary ("Observability"); several words make a practice ("machine learning").
    let one_word_product = !name.contains(' ')
        && name
            .chars()
            .nth(1)
            .is_some_and(|c| !c.is_lowercase() || name.len() <= 12)
        && !PRACTICES.contains(&name);
    let tool = matches!(category.as_str(), "language" | "framework" | "api" | "web")
        || (matches!(category.as_str(), "cloud" | "data" | "ai") && one_word_product);
    if tool {
        name.to_string()
    } else {
        lower_first(name)
    }
}

/// Skills as a list in a sentence: "Java, machine learning and code review".
pub fn skills_in_prose(skills: &[String]) -> String {
    let names: Vec<String> = skills.iter().map(|s| skill_in_prose(s)).collect();
    join_words(&names.iter().map(String::as_str).collect::<Vec<_>>())
}

/// A STAR record told in the first person with its numbers: "my task was to … I … The outcome: …".
/// The opening varies with `variant`, so two stories in one letter do not share a frame.
pub fn star_story(star: &Star, variant: usize) -> String {
    const OPENINGS: [&str; 3] = ["my task was to", "I was asked to", "the goal was to"];
    let opening = OPENINGS[variant % OPENINGS.len()];
    format!(
        "{opening} {} {} {}",
        ensure_period(&lower_first(&star.task)),
        action_sentence(star),
        result_sentence(star)
    )
}

/// "a, b and c".
pub fn join_words(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The first two steps of a STAR record's action as one sentence in the first person:
/// "Led 6 engineers; split the monolith…; wrote…" → "I led 6 engineers and split the monolith…".
pub fn action_sentence(star: &Star) -> String {
    let steps: Vec<String> = star
        .action
        .split(';')
        .map(|s| lower_first(s.trim().trim_end_matches('.')))
        .filter(|s| !s.is_empty())
        .take(2)
        .collect();
    let refs: Vec<&str> = steps.iter().map(String::as_str).collect();
    ensure_period(&format!("I {}", join_words(&refs)))
}

/// A STAR record's result as a sentence that keeps every number: "Handles 40k events per second;
/// freshness…" → "The outcome: handles 40k events per second, freshness…".
pub fn result_sentence(star: &Star) -> String {
    let result = star.result.trim().replace("; ", ", ");
    ensure_period(&format!("The outcome: {}", lower_first(&result)))
}

/// A small, stable choice among phrasings, so letters for different postings do not repeat one
/// stock sentence word for word.
pub fn pick<'a>(seed: &str, options: &[&'a str]) -> &'a str {
    options[seed_index(seed) % options.len().max(1)]
}

/// A stable number from a text (FNV-1a), for choosing among phrasings.
pub fn seed_index(seed: &str) -> usize {
    let h = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h % 1_000_003) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(company: &str, description: &str) -> JobInput {
        JobInput::sample("Engineer", company, "", description)
    }

    #[test]
    fn company_names_are_cased_as_the_company_writes_them() {
        assert_eq!(
            company_name(&job("MONGODB", "At MongoDB we build…")),
            "MongoDB"
        );
        assert_eq!(company_name(&job("SIENA AI", "Meet Siena")), "Siena AI");
        assert_eq!(
            company_name(&job("CLOUDLINUX", "see cloudlinux.com; CloudLinux builds…")),
            "CloudLinux"
        );
        assert_eq!(company_name(&job("SELLANYCAR.COM", "")), "Sellanycar.com");
        assert_eq!(company_name(&job("Acme GmbH", "")), "Acme GmbH");
        assert_eq!(company_name(&job("REDDIT, INC.", "")), "Reddit");
        assert_eq!(
            company_name(&job("SCC SERVICES ROMANIA", "")),
            "SCC Services Romania"
        );
        assert_eq!(
            company_name(&job("THE QUALITY GROUP", "")),
            "The Quality Group"
        );
    }

    #[test]
    fn quotes_end_at_a_sentence_boundary_or_not_at_all() {
        assert_eq!(
            whole_sentences(
                "We ship daily. We also run on-call for every service we own.",
                30
            )
            .as_deref(),
            None
        );
        assert_eq!(
            whole_sentences(
                "You will own our data platform end to end. It serves 40 teams and more.",
                50
            )
            .as_deref(),
            Some("You will own our data platform end to end.")
        );
        assert_eq!(
            whole_sentences("Short one", 50).as_deref(),
            Some("Short one")
        );
    }
}
