//! The years a line of a posting asks for ("7+ years", "5-7 years", "3 to 5 yrs", "1 year", "5+
//! anni", "7 lat"): one reading for the letter (which never quotes such a line as matched), the
//! drafts (which quote the figure as written), the fit (which compares its first number) and the
//! JD layer (which takes a posting's largest).

static FIGURE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();

/// Years figures in `text`, in any of the posting languages read: Italian, Spanish, German,
/// Polish, Portuguese, French and Dutch besides English. A whole word after the figure ("FY25
/// yearly planning", "seit 3 Jahrzehnten" are none), and no letter or digit glued before it
/// ("Q4 year-end", "2015 years"), but the few words a scrape glues to a figure ("over10 years",
/// "min5 years").
fn figures(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    super::re(
        &FIGURE,
        r"(?i)(?:^|[^\p{L}\d]|over|min|about|ca)(?P<f>\d{1,2}\s*\+?\s*(?:(?:[-–—]|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs|jahre?|anni|años|lata?|anos|ans|jaar)\b)",
    )
    .captures_iter(text)
    .filter_map(|c| c.name("f"))
}

/// The first years figure of `text`, as it writes it, spaces collapsed: "7+ years" of "7+ years
/// of hands-on AI/ML solutions development", "5-7 years", "1 year".
pub fn written(text: &str) -> Option<String> {
    figures(text)
        .next()
        .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The least number of years of each figure in `text`, in order.
pub fn each_least(text: &str) -> impl Iterator<Item = u32> + '_ {
    each_ending(text).map(|(_, least)| least)
}

/// Each figure of `text` with the byte offset where it ends and its least number of years: what
/// follows it says what the years are of ("3-5 years of experience managing engineering teams").
pub fn each_ending(text: &str) -> impl Iterator<Item = (usize, u32)> + '_ {
    figures(text).filter_map(|m| {
        let least = m
            .as_str()
            .split(|ch: char| !ch.is_ascii_digit())
            .next()?
            .parse()
            .ok()?;
        Some((m.end(), least))
    })
}

/// The least number of years the first figure of `text` asks: 3 of "3+ years of …", 5 of "5-8
/// years in …".
pub fn least(text: &str) -> Option<u32> {
    each_least(text).next()
}

/// Whether `text` speaks of experience, in the languages the figures are read in: the line
/// holding a career's years ("co najmniej 7 lat doświadczenia w IT") among those holding a figure.
pub fn of_experience(text: &str) -> bool {
    const EXPERIENCE: [&str; 8] = [
        "experience",
        "erfahrung",
        "esperienza",
        "experiencia",
        "experiência",
        "expérience",
        "doświadcz",
        "ervaring",
    ];
    let lower = text.to_lowercase();
    EXPERIENCE.iter().any(|w| lower.contains(w))
}

/// Whether a line asks for years of something ("3+ years as an Engineering Manager").
pub fn asked(text: &str) -> bool {
    written(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn experience_is_read_in_the_languages_of_the_figures() {
        assert!(of_experience("co najmniej 7 lat doświadczenia w IT"));
        assert!(of_experience("5+ Jahre Berufserfahrung"));
        assert!(!of_experience("7+ years in data platforms"));
    }

    #[test]
    fn a_figure_is_read_as_written_and_by_its_least_number() {
        assert_eq!(written("5-7 years in data").as_deref(), Some("5-7 years"));
        assert_eq!(written("1 year of Go").as_deref(), Some("1 year"));
        assert_eq!(
            written("3 to 5  yrs of Rust").as_deref(),
            Some("3 to 5 yrs")
        );
        assert_eq!(least("7+ years of hands-on AI/ML"), Some(7));
        assert_eq!(least("5–8 years in platform teams"), Some(5));
        assert_eq!(least("Experience with Kafka"), None);
        assert!(asked("3+ years of experience as an Engineering Manager"));
        assert!(asked("2-4 yrs in fintech"));
        assert_eq!(least("co najmniej 7 lat doświadczenia w IT"), Some(7));
        assert_eq!(
            least("Esperienza (5+ anni) in software architecture"),
            Some(5)
        );
        assert_eq!(least("over10 years in software"), Some(10));
        assert_eq!(
            each_least("3+ years of Go, 5 Jahre Erfahrung").collect::<Vec<_>>(),
            [3, 5]
        );
        assert_eq!(least("since 2015 years ago"), None);
        // A figure glued to a letter, or a longer word after it, is no years figure (the
        // session-21 review).
        for none in [
            "Own FY25 yearly planning",
            "Q4 year-end close",
            "seit 3 Jahrzehnten",
        ] {
            assert_eq!(least(none), None, "{none}");
        }
        // "lat" and "ans" only as words: not "latency" nor "answers".
        assert!(!asked("cut p99 by 5 latency points; 3 answers"));
        // A year of a date or a team of 30 is no years figure.
        assert!(!asked("Founded in 2015, we are 30 engineers"));
        assert!(!asked("Design the ingestion platform for 40 teams"));
    }
}
