//! Dates as postings write them: the closing date a posting states, read once by the JD layer
//! (see [`crate::layers::jd::JdAnalysis::closes_on`]) for the dossier's note and the recruiter's
//! question.

/// The closing date a posting states ("This job posting will close 02/26/2026", "Closing date:
/// 15 March 2026"): a round-58 reader saw Thomson Reuters' posting had closed ten months before
/// the pack advised applying to it.
pub fn closing_date(text: &str) -> Option<time::Date> {
    static CUE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let cue = crate::text::re(
        &CUE,
        r"(?i)\b(?:will\s+close|closes|closing\s+date|application\s+deadline|deadline\s+for\s+applications|applications\s+close|apply\s+by|apply\s+before)\b(?:\s+on)?\s*[:\-–]?\s*([^\n]{6,24})",
    );
    cue.captures_iter(text)
        .find_map(|c| stated_date(c.get(1)?.as_str()))
}

/// "26 February 2026".
pub fn in_words(date: time::Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// A date as postings write one, at the start of `text`: "02/26/2026" (month first, or day first
/// where the first number cannot be a month), "2026-02-26", "26 February 2026", "February 26,
/// 2026".
fn stated_date(text: &str) -> Option<time::Date> {
    static NUMERIC: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ISO: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static WORDS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let text = text.trim();
    let date = |y: i32, m: u8, d: u8| {
        time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
    };
    if let Some(c) = crate::text::re(&ISO, r"^(\d{4})-(\d{2})-(\d{2})\b").captures(text) {
        return date(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if let Some(c) =
        crate::text::re(&NUMERIC, r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b").captures(text)
    {
        let (a, b): (u8, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let year = c[3].parse().ok()?;
        // "02/26/2026" is month first; "26/02/2026" can only be day first.
        return if a <= 12 {
            date(year, a, b)
        } else {
            date(year, b, a)
        };
    }
    let c = crate::text::re(
        &WORDS,
        r"(?i)^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)|([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})\b",
    )
    .captures(text)?;
    let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
        (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => (d.as_str(), m.as_str()),
        _ => return None,
    };
    let month = crate::text::month_number(month)?;
    date(c[5].parse().ok()?, month, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_closing_date_is_read_as_postings_write_it() {
        let cases = [
            (
                "Bonus eligible.This job posting will close 02/26/2026.About Us",
                Some(date!(2026 - 02 - 26)),
            ),
            ("Closing date: 15 March 2027", Some(date!(2027 - 03 - 15))),
            (
                "Apply by January 5, 2027 via our site",
                Some(date!(2027 - 01 - 05)),
            ),
            // Day first where the first number cannot be a month.
            (
                "Application deadline: 26/02/2026",
                Some(date!(2026 - 02 - 26)),
            ),
            (
                "Applications close on 2026-03-01.",
                Some(date!(2026 - 03 - 01)),
            ),
            // A deadline with no date, or a date that is no deadline, is none.
            ("Apply by sending your CV", None),
            ("Founded on 02/26/2016 in Berlin", None),
            // An impossible date is none, not a panic.
            ("Closing date: 31/02/2026", None),
        ];
        for (text, expected) in cases {
            assert_eq!(closing_date(text), expected, "{text}");
        }
    }

    #[test]
    fn a_date_is_said_in_words() {
        assert_eq!(in_words(date!(2026 - 02 - 26)), "26 February 2026");
    }
}
