//! Text handling for real scraped postings: cleaning, sections, sentence units, the skill lexicon and
//! lexical ranking. Everything here is deterministic and knows nothing of the layers that use it.

pub mod bm25;
pub mod clauses;
pub mod clean;
pub mod dates;
pub mod lexicon;
pub mod pay;
pub mod places;
pub mod roles;
pub mod segment;
pub mod units;
pub mod years;

/// Numbers as words, one to twenty, in order: "four engineers" is 4 engineers, "about nine
/// years of experience" is 9.
pub const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The number `word` spells ([`NUMBER_WORDS`]), any case.
pub fn number_word(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .position(|w| word.eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
}

/// A company name without the web domain a listing may name it by: "zerorisk.io" → "zerorisk".
/// The posting speaks of "ZeroRisk", never of "ZeroRisk.io".
pub fn without_domain(name: &str) -> &str {
    name.rsplit_once('.')
        .filter(|(stem, tld)| {
            !stem.is_empty()
                && (2..=3).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
        .map_or(name, |(stem, _)| stem)
}

/// Whether `text` writes a brand at `at..at + len` as a brand writes a domain's stem: a whole
/// word with a capital inside ("ZeroRisk" of zerorisk.io), not a plain word ("Monday" of
/// monday.com) nor the start of a longer one ("Notional" of notion.so).
pub fn brand_word_at(text: &str, at: usize, len: usize) -> bool {
    let Some(form) = text.get(at..at + len) else {
        return false;
    };
    !text[..at].ends_with(char::is_alphanumeric)
        && !text[at + len..].starts_with(char::is_alphanumeric)
        && form.chars().skip(1).any(char::is_uppercase)
}

/// `pattern` compiled once into `cell`: the one way the pipeline keeps a regex it uses on every
/// posting. A pattern is a literal of the code, so a bad one is a bug, found by the first test.
pub(crate) fn re(
    cell: &'static std::sync::OnceLock<regex::Regex>,
    pattern: &str,
) -> &'static regex::Regex {
    cell.get_or_init(|| regex::Regex::new(pattern).expect("valid regex"))
}

/// A month's number from its name as dates write it, in full or cut short, any case: "February",
/// "Feb" and "feb" are 2. Read by the CV's periods ("Sep 2014") and a posting's closing date.
pub fn month_number(name: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_lowercase();
    let i = MONTHS.iter().position(|m| lower.starts_with(m))?;
    u8::try_from(i + 1).ok()
}

/// Whether every word is capitalised or joins the others ("Engineering and Team Leadership",
/// "Terms & Conditions"): the shape of a heading scraped into running text. Both the pain-point
/// miner (a sub-heading as a line of its own) and the letter's quotes (a heading glued after a
/// sentence) read it; each adds its own bounds on length and punctuation.
pub fn title_cased(text: &str) -> bool {
    const JOINS: &[&str] = &["and", "&", "of", "for", "the", "to", "/", "-"];
    text.split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || JOINS.contains(&w))
}

/// The numbers of a text with where each starts, as the quality gate compares them: "2,000" is
/// "2000", "0.4" keeps its point, a trailing "." is punctuation. Shared so that every check of
/// "the same number" (the gate's, a bullet against a story) reads numbers one way.
pub fn numbers_at(text: &str) -> Vec<(usize, String)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"\d+(?:[.,]\d+)*").expect("valid regex"));
    re.find_iter(text)
        .map(|m| {
            let s = m.as_str();
            (
                m.start(),
                s.replace(',', "").trim_end_matches('.').to_string(),
            )
        })
        .collect()
}

/// The end of `text` from its `n + 1`-th character from the end: the context just before a
/// position, cut on a character's boundary (text in any script).
pub fn last_chars(text: &str, n: usize) -> &str {
    text.char_indices()
        .rev()
        .nth(n)
        .map_or(text, |(at, _)| &text[at..])
}

/// The words of `text` in lower case, split at anything not a letter or a digit: "Event-driven
/// (Kafka)" is "event", "driven", "kafka".
pub fn lower_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `text` as its letters and digits only, in lower case: words compared across the cleaning's
/// re-spacing ("Minimum of 12+ years" and "minimum of 12+ years" are one).
pub fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The numbers of a text (see [`numbers_at`]).
pub fn numbers(text: &str) -> Vec<String> {
    numbers_at(text).into_iter().map(|(_, n)| n).collect()
}

/// The figures of a text: its numbers but those glued after a letter, which name a thing rather
/// than count it ("p99", "S3", "EC2", "Q2", "K8s"). Two lines sharing the "3" of "S3" and of "3
/// days" do not tell one achievement; the gate still checks every number ([`numbers`]).
pub fn figures(text: &str) -> Vec<String> {
    numbers_at(text)
        .into_iter()
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
        })
        .map(|(_, n)| n)
        .collect()
}

/// Where `needle` stands in `hay` as whole words: no letter or digit glued on either side ("deals"
/// in "close deals", not in "ideals"). Byte offsets, in order.
pub fn word_matches<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).map(|(i, _)| i).filter(move |&i| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_number_glued_after_a_letter_names_a_thing_and_is_no_figure() {
        let figures = super::figures("p99 at 18 ms on EC2 and S3 in Q2 2023, 3x faster, 40% less");
        assert_eq!(figures, vec!["18", "2023", "3", "40"]);
    }

    #[test]
    fn whole_words_only() {
        let at: Vec<usize> = super::word_matches("ideals; deals, deals2 deals", "deals").collect();
        assert_eq!(at, vec![8, 22]);
    }
}
