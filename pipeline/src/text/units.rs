//! Sentence-sized units of cleaned text with their byte spans: each bullet is a unit, prose is split
//! into sentences. Pain points, company signals and evidence quotes are all units, so every claim
//! about a posting points at the exact text it came from.

use super::clean::{Section, SectionKind};
use serde::{Deserialize, Serialize};

/// A byte range of the cleaned job text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit<'a> {
    pub text: &'a str,
    pub span: Span,
    pub section: SectionKind,
    pub is_bullet: bool,
}

/// Units of `clean`, each tagged with the kind of section it sits in. Headings are not units.
pub fn units<'a>(clean: &'a str, sections: &[Section]) -> Vec<Unit<'a>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in clean.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let body = line.trim_end_matches('\n');
        if body.trim().is_empty()
            || super::clean::heading_kind(body).is_some_and(|_| body.len() < 60)
        {
            continue;
        }
        let section = sections
            .iter()
            .find(|s| s.start <= line_start && line_start < s.end.max(s.start + 1))
            .map(|s| s.kind)
            .unwrap_or(SectionKind::Intro);
        if let Some(rest) = body.strip_prefix("- ") {
            let start = line_start + 2;
            push_unit(&mut out, clean, start, start + rest.len(), section, true);
            continue;
        }
        for (s, e) in sentence_bounds(body) {
            push_unit(
                &mut out,
                clean,
                line_start + s,
                line_start + e,
                section,
                false,
            );
        }
    }
    out
}

fn push_unit<'a>(
    out: &mut Vec<Unit<'a>>,
    clean: &'a str,
    start: usize,
    end: usize,
    section: SectionKind,
    is_bullet: bool,
) {
    let raw = &clean[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    let (start, end) = (start + lead, end - trail);
    if end <= start
        || clean[start..end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            < 3
    {
        return;
    }
    out.push(Unit {
        text: &clean[start..end],
        span: Span { start, end },
        section,
        is_bullet,
    });
}

/// The first sentence of `line` (all of it when it is one): abbreviations such as "e.g." end
/// none.
pub fn first_sentence(line: &str) -> &str {
    sentence_bounds(line)
        .first()
        .map_or(line, |(start, end)| &line[*start..*end])
        .trim()
}

/// The sentences of `line`, trimmed, as [`first_sentence`] finds the first.
pub fn sentences(line: &str) -> Vec<&str> {
    sentence_bounds(line)
        .into_iter()
        .map(|(start, end)| line[start..end].trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether a one-digit figure ends its sentence ("went from 9 to 3. No PAN in logs"): after a word
/// that takes a figure ("to", "from", "by"), not as a list's number ("1. Design"). As an initial
/// it had run a record's two results into one, and a recruiter's email told both (round 132).
fn a_figure_ends(sentence: &str, word: &str) -> bool {
    const TAKES_A_FIGURE: [&str; 8] = ["to", "from", "by", "than", "at", "of", "under", "over"];
    word.len() == 1
        && word.bytes().all(|b| b.is_ascii_digit())
        && sentence.strip_suffix(word).is_some_and(|before| {
            before
                .split_whitespace()
                .last()
                .is_some_and(|w| TAKES_A_FIGURE.contains(&w.to_lowercase().as_str()))
        })
}

/// Sentence ends: ". ", "! ", "? " followed by an upper-case letter or a digit, not after an
/// abbreviation such as "e.g." or a single initial.
fn sentence_bounds(line: &str) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i + 2 < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') && bytes[i + 1] == b' ' {
            let next = line[i + 2..].chars().next().unwrap_or(' ');
            // "(e.g. Azure …": the bracket before an abbreviation does not hide it.
            let word_before = line[start..i]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '[', '“', '"']);
            let abbreviation = matches!(
                word_before.to_lowercase().as_str(),
                "e.g"
                    | "i.e"
                    | "etc"
                    | "vs"
                    | "incl"
                    | "approx"
                    | "mr"
                    | "ms"
                    | "dr"
                    | "inc"
                    | "ltd"
                    | "co"
                    | "st"
                    | "no"
            ) || (word_before.len() == 1
                && !a_figure_ends(&line[start..i], word_before));
            if (next.is_uppercase() || next.is_ascii_digit()) && !abbreviation {
                bounds.push((start, i + 1));
                start = i + 2;
            }
        }
        i += 1;
    }
    bounds.push((start, line.len()));
    bounds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean::{clean, sections};

    #[test]
    fn a_figure_ends_a_sentence_but_an_initial_or_a_list_number_does_not() {
        assert_eq!(
            sentences("Services in scope went from 9 to 3. No PAN in logs after the fix."),
            vec![
                "Services in scope went from 9 to 3.",
                "No PAN in logs after the fix."
            ]
        );
        assert_eq!(
            sentences("Worked with J. Smith on it. Steps: 1. Design the API"),
            vec!["Worked with J. Smith on it.", "Steps: 1. Design the API"]
        );
    }

    #[test]
    fn units_point_at_their_text() {
        let c = clean("About the jobWe build tools. We ship fast, e.g. daily.Requirements* Rust and Kafka* 5+ years");
        let s = sections(&c);
        let u = units(&c, &s);
        for unit in &u {
            assert_eq!(&c[unit.span.start..unit.span.end], unit.text);
        }
        let texts: Vec<_> = u.iter().map(|u| u.text).collect();
        assert!(texts.contains(&"We build tools."), "{texts:?}");
        assert!(texts.contains(&"We ship fast, e.g. daily."), "{texts:?}");
        // In brackets too, and the first sentence of a line ends past it.
        assert_eq!(
            first_sentence("A cloud certification (e.g. Azure Architect). Open for 5 days."),
            "A cloud certification (e.g. Azure Architect)."
        );
        assert_eq!(first_sentence("One sentence only"), "One sentence only");
        assert!(texts.contains(&"Rust and Kafka"), "{texts:?}");
        let rust = u.iter().find(|u| u.text == "Rust and Kafka").unwrap();
        assert!(rust.is_bullet);
        assert_eq!(rust.section, SectionKind::Requirements);
    }
}
