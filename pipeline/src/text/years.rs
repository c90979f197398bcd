//! The years a line of a posting asks for ("7+ years", "5-7 years", "3 to 5 yrs", "1 year"): one
//! reading for the letter (which never quotes such a line as matched), the drafts (which quote the
//! figure as written) and the fit (which compares its first number). A posting's largest figure
//! across its languages ("5+ anni", "3 años") is the JD layer's own reading.

static FIGURE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();

/// The first years figure of `text`, as it writes it, spaces collapsed: "7+ years" of "7+ years
/// of hands-on AI/ML solutions development", "5-7 years", "1 year".
pub fn written(text: &str) -> Option<String> {
    super::re(
        &FIGURE,
        r"(?i)\b\d{1,2}\s*\+?\s*(?:(?:[-–—]|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs)\b",
    )
    .find(text)
    .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The least number of years the first figure of `text` asks: 3 of "3+ years of …", 5 of "5-8
/// years in …".
pub fn least(text: &str) -> Option<u32> {
    written(text)?
        .split(|ch: char| !ch.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// Whether a line asks for years of something ("3+ years as an Engineering Manager").
pub fn asked(text: &str) -> bool {
    written(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // A year of a date or a team of 30 is no years figure.
        assert!(!asked("Founded in 2015, we are 30 engineers"));
        assert!(!asked("Design the ingestion platform for 40 teams"));
    }
}
