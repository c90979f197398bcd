//! Dates as postings write them: the closing date a posting states and the end of the engagement
//! it describes, read once by the JD layer (see [`crate::layers::jd::JdAnalysis::closes_on`] and
//! [`crate::layers::jd::JdAnalysis::ends_on`]) for the dossier's notes and the recruiter's
//! question.

/// `text` without the openers that date a sentence from the day it was written ("In the last 18
/// months has built a RAG-based product Q&A feature" becomes "Has built …"): a summary whose
/// years the roles' dates have outgrown was written long enough ago that "the last 18 months" is
/// no longer true, and both round-139 readers found it copied into every CV of the pack.
pub fn without_relative_openers(text: &str) -> String {
    static OPENER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let opener = crate::text::re(
        &OPENER,
        r"(?:^|(?:[.!?]\s+))((?:In|Over|During|Within)\s+the\s+(?:last|past)\s+(?:(?:\d{1,3}|few|couple\s+of|two|three|four|five|six|eighteen|twelve)\s+(?:months|years|weeks)|year|month)\s*,?\s+)(\p{L}\w*)",
    );
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in opener.captures_iter(text) {
        let (Some(words), Some(first)) = (c.get(1), c.get(2)) else {
            continue;
        };
        out.push_str(&text[last..words.start()]);
        // Capitalised only where the word is all lower case: "iOS" stays as written.
        let word = first.as_str();
        if word.chars().skip(1).any(char::is_uppercase) {
            out.push_str(word);
        } else {
            let mut chars = word.chars();
            out.extend(chars.next().into_iter().flat_map(char::to_uppercase));
            out.push_str(chars.as_str());
        }
        last = first.end();
    }
    out.push_str(&text[last..]);
    out
}

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
        .find_map(|c| stated_date(c.get(1)?.as_str(), false).map(|(date, _)| date))
}

/// The last day of the engagement a posting describes ("Start Date: March 1, 2026 - December 31,
/// 2026 (with potential renewal)", "Contract period: 01/03/2026 – 31/12/2026", "End date: 31
/// December 2026"): a contract nearly over was what both round-80 readers saw first in NTT Data's
/// posting, and the pack had not.
pub fn engagement_end(text: &str) -> Option<time::Date> {
    static RANGE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static END: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static BETWEEN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let range = crate::text::re(
        &RANGE,
        r"(?i)(?:start\s+date|(?:contract|project|assignment|engagement)\s+(?:period|duration|term|dates?)|duration)\s*[:\-–]?\s*",
    );
    let between = crate::text::re(&BETWEEN, r"(?i)^\s*(?:-|–|—|to|until|till)\s*");
    // Both ends read in one order, month or day first: "01/03/2026 – 01/09/2026" runs March to
    // September or 3 to 9 January, and an engagement lasts months, not days, so the reading with
    // the longer span wins; an end on or before its start is no range.
    let from_range = range.find_iter(text).find_map(|m| {
        [false, true]
            .into_iter()
            .filter_map(|day_first| {
                let (start, len) = stated_date(&text[m.end()..], day_first)?;
                let rest = &text[m.end() + len..];
                let gap = between.find(rest)?;
                let (end, _) = stated_date(&rest[gap.end()..], day_first)?;
                (end > start).then_some((end - start, end))
            })
            .max_by_key(|(span, _)| *span)
            .map(|(_, end)| end)
    });
    from_range.or_else(|| {
        crate::text::re(
            &END,
            r"(?i)\b(?:end\s+date|contract\s+(?:end|until)|(?:runs|running|lasts|lasting)\s+until)\s*[:\-–]?\s*",
        )
        .find_iter(text)
        .find_map(|m| stated_date(&text[m.end()..], false).map(|(date, _)| date))
    })
}

/// "26 February 2026".
pub fn in_words(date: time::Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// A date as postings write one, at the start of `text` (after any spaces), with how many bytes
/// of `text` it takes: "02/26/2026" (month first unless `day_first`, and day first where the
/// first number cannot be a month), "2026-02-26", "26 February 2026", "February 26, 2026".
fn stated_date(text: &str, day_first: bool) -> Option<(time::Date, usize)> {
    static NUMERIC: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ISO: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static WORDS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let lead = text.len() - text.trim_start().len();
    let text = text.trim();
    let date = |y: i32, m: u8, d: u8, len: usize| {
        time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d)
            .ok()
            .map(|date| (date, lead + len))
    };
    if let Some(c) = crate::text::re(&ISO, r"^(\d{4})-(\d{2})-(\d{2})\b").captures(text) {
        return date(
            c[1].parse().ok()?,
            c[2].parse().ok()?,
            c[3].parse().ok()?,
            c[0].len(),
        );
    }
    if let Some(c) =
        crate::text::re(&NUMERIC, r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b").captures(text)
    {
        let (a, b): (u8, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let year = c[3].parse().ok()?;
        // "02/26/2026" is month first; "26/02/2026" can only be day first.
        return if a <= 12 && !(day_first && b <= 12) {
            date(year, a, b, c[0].len())
        } else {
            date(year, b, a, c[0].len())
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
    date(c[5].parse().ok()?, month, day.parse().ok()?, c[0].len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_sentence_dated_from_its_writing_loses_its_opener() {
        assert_eq!(
            without_relative_openers(
                "Senior ML engineer. In the last 18 months has built a RAG feature. Prefers owning a model."
            ),
            "Senior ML engineer. Has built a RAG feature. Prefers owning a model."
        );
        assert_eq!(
            without_relative_openers("Over the past two years, I led the migration."),
            "I led the migration."
        );
        assert_eq!(
            without_relative_openers("In the past year, iOS releases doubled."),
            "iOS releases doubled."
        );
        // Not a span inside a sentence, nor one that is a result's own period.
        let kept = "Cut costs by 30% in the last 18 months. Grew the team over the past year.";
        assert_eq!(without_relative_openers(kept), kept);
    }

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
    fn the_end_of_an_engagement_is_read_from_its_dates() {
        let cases = [
            (
                "Location: RemoteStart Date: March 1, 2026 - December 31, 2026 (with potential renewal)About the Role",
                Some(date!(2026 - 12 - 31)),
            ),
            (
                "Contract period: 01/03/2026 – 31/12/2026",
                Some(date!(2026 - 12 - 31)),
            ),
            ("End date: 30 June 2027.", Some(date!(2027 - 06 - 30))),
            // Day first, as an engagement of months reads it; month first where that is the
            // longer engagement.
            (
                "Contract period: 01/03/2026 – 01/09/2026",
                Some(date!(2026 - 09 - 01)),
            ),
            (
                "Contract period: 03/01/2026 – 09/01/2026",
                Some(date!(2026 - 09 - 01)),
            ),
            // An end before its start is no range.
            ("Contract period: 31/12/2026 – 01/03/2026", None),
            // A start date alone says nothing of the end.
            ("Start date: ASAP", None),
            ("Start Date: March 1, 2026", None),
            ("Founded 02/26/2016 - 2020 in Berlin", None),
        ];
        for (text, expected) in cases {
            assert_eq!(engagement_end(text), expected, "{text}");
        }
    }

    #[test]
    fn a_date_is_said_in_words() {
        assert_eq!(in_words(date!(2026 - 02 - 26)), "26 February 2026");
    }
}
