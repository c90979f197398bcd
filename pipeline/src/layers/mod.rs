//! The pipeline layers. Each takes typed inputs and returns a typed output that records the engine
//! that produced it; the offline engine of each layer is deterministic and grounded.

pub mod company;
pub mod contacts;
pub mod fit;
pub mod generate;
pub mod jd;
pub mod knockouts;
pub mod pain_points;
pub mod publish;
pub mod star_bullets;
pub mod stars;
pub mod voice;

use serde::{Deserialize, Serialize};

pub use types::Layer;

pub use types::EngineUsed;

/// The job as the layers read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobInput {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub description: String,
    pub criteria: String,
    pub url: String,
}

impl From<&crate::job::NewJob> for JobInput {
    fn from(j: &crate::job::NewJob) -> Self {
        JobInput {
            id: j.id.clone(),
            title: j.title.clone(),
            company: j.company.clone(),
            location: j.location.clone(),
            description: j.job_description.clone(),
            criteria: j.job_criteria.clone(),
            url: if j.job_url.is_empty() {
                j.url.clone()
            } else {
                j.job_url.clone()
            },
        }
    }
}

impl JobInput {
    /// A posting for tests: the fields the layers read, the rest empty.
    #[cfg(test)]
    pub(crate) fn sample(title: &str, company: &str, location: &str, description: &str) -> Self {
        JobInput {
            id: "j".into(),
            title: title.into(),
            company: company.into(),
            location: location.into(),
            description: description.into(),
            criteria: String::new(),
            url: String::new(),
        }
    }
}

/// The layers before a letter and its drafts for `job`, run as a real run runs them: the
/// posting's analysis, its pain points and the records selected for them. For tests.
#[cfg(test)]
pub(crate) fn analysed(
    job: &JobInput,
    c: &crate::candidate::Candidate,
) -> (
    jd::JdAnalysis,
    pain_points::PainPoints,
    stars::StarSelection,
) {
    let a = jd::analyse(job);
    let pain = pain_points::mine(&a);
    let sel = stars::select(&a, &pain, &c.stars);
    (a, pain, sel)
}

/// The lead of a letter to `job` (see [`voice::Lead`]), with the fit a real run gives it (in
/// 2026). For tests.
#[cfg(test)]
pub(crate) fn lead_for<'a>(
    job: &JobInput,
    a: &jd::JdAnalysis,
    pain: &'a pain_points::PainPoints,
    sel: &stars::StarSelection,
    c: &'a crate::candidate::Candidate,
) -> voice::Lead<'a> {
    voice::Lead::of(a, pain, sel, c, &fit::assess(job, a, c, 2026))
}

/// The offline letter for `job`, every layer before it run as a real run runs them (the fit in
/// 2026). For tests.
#[cfg(test)]
pub(crate) fn letter_for(job: &JobInput, c: &crate::candidate::Candidate) -> String {
    let (a, pain, sel) = analysed(job, c);
    let fit = fit::assess(job, &a, c, 2026);
    generate::cover_letter(job, &a, &pain, &sel, &fit, c)
}

/// A posting written in Italian that asks for no language in words, for the checks of a
/// posting's own language. For tests.
#[cfg(test)]
pub(crate) const ITALIAN_POSTING: &str =
    "Cerchiamo un architetto software con esperienza nella progettazione di sistemi distribuiti. \
    Requisiti\n- Almeno 5 anni di esperienza nello sviluppo backend con Go o Python.\n\
    - Conoscenza approfondita di Kubernetes e dei servizi cloud.\n\
    - Capacità di guidare un piccolo team e di lavorare con i clienti.\n\
    Offriamo un contratto a tempo indeterminato, lavoro da remoto e una sede operativa a Firenze, \
    con un ambiente giovane e dinamico dove crescere professionalmente.";

/// Cuts `s` to at most `max` characters at a word boundary, adding "…" when it cut, and never
/// after a word that leads into what was cut ("and", "of") or a comma.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Not on a word that leads into what was cut ("… including mentoring engineering managers
    // and…" was quoted in Eneba's letter as "… managers and”", round 99), nor on a comma.
    const LEADS_ON: [&str; 16] = [
        "and",
        "or",
        "of",
        "with",
        "in",
        "to",
        "the",
        "a",
        "an",
        "for",
        "including",
        "as",
        "at",
        "on",
        "by",
        "from",
    ];
    loop {
        let trimmed = out.trim_end_matches([',', ';', ':', '.', ' ']).len();
        out.truncate(trimmed);
        match out.rsplit_once(' ') {
            // "Portland, OR" ends on a state, not on "or": a short word in capitals stays.
            Some((head, last))
                if LEADS_ON.contains(&last.to_lowercase().as_str())
                    && !(last.len() <= 2 && last.chars().all(|c| c.is_ascii_uppercase())) =>
            {
                out.truncate(head.len());
            }
            _ => break,
        }
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_shortened_line_ends_on_a_word_that_carries_meaning() {
        let line = "Experience building and nurturing lean, high-performing engineering teams, including mentoring engineering managers and senior leads";
        assert_eq!(
            super::shorten(line, 120),
            "Experience building and nurturing lean, high-performing engineering teams, including mentoring engineering managers…"
        );
        assert_eq!(
            super::shorten("Build, lead, and grow the team of engineers", 20),
            "Build, lead…"
        );
        assert_eq!(super::shorten("Short line", 20), "Short line");
        assert_eq!(
            super::shorten("Hybrid in Portland, OR with travel to the coast", 24),
            "Hybrid in Portland, OR…"
        );
        assert_eq!(
            super::shorten("Python services. The team ships weekly", 22),
            "Python services…"
        );
    }
}
