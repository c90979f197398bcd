//! The currency a posting pays in. A remote posting that names no country still says where it
//! hires when it pays in złoty ("between 252 000 and 378 000 PLN"): the role is held from Poland,
//! on a Polish contract. Readers of rounds 13, 14 and 29 called it the first question a recruiter
//! would be asked, and the packs never asked it.

use regex::Regex;
use std::sync::OnceLock;

/// A currency postings pay in, with the countries where it is the pay of a local contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// ISO 4217 code, as a dossier names it.
    pub code: &'static str,
    /// Where the currency is paid, in prose ("Poland", "the euro area").
    pub region: &'static str,
    /// ISO 3166-1 alpha-2 codes of the countries paying in it.
    countries: &'static [&'static str],
}

/// The currencies of the countries postings in the dev corpus hire from and their neighbours. A
/// currency not listed is not read: no question is asked rather than a wrong one.
const CURRENCIES: &[Currency] = &[
    Currency {
        code: "EUR",
        region: "the euro area",
        countries: &[
            "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PT", "SK", "SI", "ES",
        ],
    },
    Currency {
        code: "USD",
        region: "the United States",
        countries: &["US"],
    },
    Currency {
        code: "GBP",
        region: "the United Kingdom",
        countries: &["GB"],
    },
    Currency {
        code: "PLN",
        region: "Poland",
        countries: &["PL"],
    },
    Currency {
        code: "CAD",
        region: "Canada",
        countries: &["CA"],
    },
    Currency {
        code: "CHF",
        region: "Switzerland",
        countries: &["CH", "LI"],
    },
    Currency {
        code: "SEK",
        region: "Sweden",
        countries: &["SE"],
    },
    Currency {
        code: "NOK",
        region: "Norway",
        countries: &["NO"],
    },
    Currency {
        code: "DKK",
        region: "Denmark",
        countries: &["DK"],
    },
    Currency {
        code: "CZK",
        region: "the Czech Republic",
        countries: &["CZ"],
    },
    Currency {
        code: "RON",
        region: "Romania",
        countries: &["RO"],
    },
    Currency {
        code: "HUF",
        region: "Hungary",
        countries: &["HU"],
    },
    Currency {
        code: "INR",
        region: "India",
        countries: &["IN"],
    },
    Currency {
        code: "AUD",
        region: "Australia",
        countries: &["AU"],
    },
    Currency {
        code: "SGD",
        region: "Singapore",
        countries: &["SG"],
    },
];

impl Currency {
    pub fn by_code(code: &str) -> Option<&'static Currency> {
        CURRENCIES.iter().find(|c| c.code == code)
    }

    /// The currency a country's local contracts pay in.
    pub fn of_country(alpha2: &str) -> Option<&'static Currency> {
        CURRENCIES
            .iter()
            .find(|c| c.countries.iter().any(|k| k.eq_ignore_ascii_case(alpha2)))
    }
}

/// A line that speaks of pay: a currency next to a number elsewhere is a funding round or a
/// revenue figure ("raised $40M", "we process $2bn in payments per year"), so "range", "base"
/// and "per year" alone do not make one.
fn speaks_of_pay(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(salary|salaries|pay|compensation|remuneration|wages?|OTE|gehalt|vergütung|wynagrodzenie|brutto|b2b|uop|per\s+(annum|hour)|hourly)\b|/\s?(yr|year|month|mo|hour|hr|day|h)\b",
        )
        .expect("valid regex")
    })
    .is_match(line)
}

/// The currency the posting pays in: the first one written beside a number on a line about pay
/// ("$140,000 – $180,000 per year", "252 000 and 378 000 PLN", "£70k base"). A bare "$" is the US
/// dollar unless the line writes another dollar.
fn pay_currency(text: &str) -> Option<&'static Currency> {
    text.lines()
        .filter(|l| speaks_of_pay(l))
        .find_map(currency_in_line)
}

/// The currency written first beside a number on `line`, whether or not the line names pay.
fn currency_in_line(line: &str) -> Option<&'static Currency> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // The codes read are the table's: a currency added there is read here.
        let codes = CURRENCIES
            .iter()
            .map(|c| c.code)
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&format!(
            r"(?x)
            (?P<before>\b(?:{codes})\b|C\$|CA\$|A\$|AU\$|S\$|US\$|[\$£€₹])\s?\d
            | \d[\d\s.,]*(?:[kK]\b)?\s?(?P<after>(?:{codes})(?:\b|[A-Z])|zł|€|[Kk]č|lei\b)",
        ))
        .expect("valid regex")
    });
    let caps = re.captures(line)?;
    let token = caps
        .name("before")
        .or_else(|| caps.name("after"))
        // A scraped page glues the next word on ("378 000PLNThe final offer…").
        .map(|m| {
            m.as_str()
                .get(..3)
                .filter(|t| t.chars().all(|c| c.is_ascii_uppercase()))
                .unwrap_or(m.as_str())
        })
        .unwrap_or_default();
    // A bare "$" is the dollar the line names next ("$120,000 – $150,000 CAD"), else the
    // US dollar: "$102,200 USD - $189,800 USD. For Ontario, … $118,200 CAD" is paid in US
    // dollars (Thomson Reuters, round 39).
    let rest = &line[caps.get(0).map_or(0, |m| m.end())..];
    let named_dollar = ["USD", "CAD", "AUD", "SGD"]
        .into_iter()
        .filter_map(|c| rest.find(c).map(|at| (at, c)))
        .min()
        .map(|(_, c)| c);
    let code = match token {
        "$" => named_dollar.unwrap_or("USD"),
        "US$" => "USD",
        "C$" | "CA$" => "CAD",
        "A$" | "AU$" => "AUD",
        "S$" => "SGD",
        "£" => "GBP",
        "€" => "EUR",
        "₹" => "INR",
        "zł" => "PLN",
        "lei" => "RON",
        t if t.eq_ignore_ascii_case("kč") => "CZK",
        t => t,
    };
    Currency::by_code(code)
}

/// The pay range a posting states, as "252 000–378 000 PLN": its two figures as written, and the
/// currency of its line. A recruiter reads the band before anything else (round 46: Relativity's
/// band in złoty, about a third below a Berlin staff engineer's, never reached the dossier). No
/// rate converts it: rates would be stale the day they were written in.
pub fn pay_range(text: &str) -> Option<String> {
    range_and_currency(text).map(|(range, _)| range)
}

/// [`pay_range`] with the currency of the line it stands on.
fn range_and_currency(text: &str) -> Option<(String, &'static Currency)> {
    text.lines()
        .filter(|l| speaks_of_pay(l))
        .find_map(range_in_line)
}

/// The first range each sentence of the posting's pay lines states in a currency other than
/// `main`, one per currency, where the sentence names the place it is paid in ("For Ontario,
/// Canada, … $118,200 CAD - $168,200 CAD"): a conversion ("That is roughly $97,000 – $119,000")
/// is the same pay, not another place's (the session-23 review).
fn ranges_besides(text: &str, main: &Currency) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = vec![main.code];
    for sentence in text
        .lines()
        .filter(|l| speaks_of_pay(l))
        .flat_map(|l| l.split(". "))
    {
        if let Some((range, currency)) = range_in_line(sentence) {
            if !seen.contains(&currency.code) && crate::text::places::country_in(sentence).is_some()
            {
                seen.push(currency.code);
                out.push(range);
            }
        }
    }
    out
}

/// The pay range `line` states, with the line's currency, whether or not the line names pay.
fn range_in_line(line: &str) -> Option<(String, &'static Currency)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?P<lo>\d{1,3}(?:[ ,.\u{a0}]\d{3})+|\d{1,3}(?:[.,]\d)?\s?k\b)\s*(?:[A-Z]{3}\s*)?(?:-|–|—|to|and|bis)\s*(?:[A-Z]{3}\s?|[\$£€]\s?)?(?P<hi>\d{1,3}(?:[ ,.\u{a0}]\d{3})+|\d{1,3}(?:[.,]\d)?\s?k\b)",
        )
        .expect("valid regex")
    });
    let currency = currency_in_line(line)?;
    re.captures_iter(line).find_map(|caps| {
        let (lo, hi) = (caps["lo"].trim(), caps["hi"].trim());
        let (a, b) = (amount(lo)?, amount(hi)?);
        // A pay figure runs upward and is no year ("2024 to 2026" has no thousands).
        (a >= 1000.0 && b > a).then(|| (format!("{lo}–{hi} {}", currency.code), currency))
    })
}

/// A figure of a range as a number ("252 000" → 252000, "80k" → 80000): only to compare the
/// ends of a range, never shown.
fn amount(figure: &str) -> Option<f64> {
    let lower = figure.to_lowercase();
    let thousands = lower.trim_end().ends_with('k');
    let digits: String = lower
        .chars()
        .filter(|c| c.is_ascii_digit() || (thousands && (*c == '.' || *c == ',')))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let n: f64 = digits.parse().ok()?;
    Some(if thousands { n * 1000.0 } else { n })
}

/// Whether a range as [`range_in_line`] writes it ("23,000–322,000 USD") has a high end more
/// than five times its low: no real band is that wide ("23,000–322,000 USD" for a staff role,
/// both readers of round 78), so a figure was likely cut short when the posting was scraped.
pub fn looks_cut_short(range: &str) -> bool {
    let Some((lo, rest)) = range.split_once('–') else {
        return false;
    };
    // The currency's code follows the high end.
    let hi = rest.rsplit_once(' ').map_or(rest, |(hi, _)| hi);
    matches!((amount(lo), amount(hi)), (Some(low), Some(high)) if low > 0.0 && high > 5.0 * low)
}

/// The longest first line read as a header: a longer one is prose, whose figures need a pay word.
const HEADER_MAX: usize = 200;

/// The pay a posting states, read once with its analysis: the dossier shows the range, and the
/// fit asks where a posting paying in another country's currency hires.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PostedPay {
    /// The range as posted ("50k–80k USD"), when one is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<String>,
    /// ISO 4217 code of the currency it is paid in.
    pub currency: String,
    /// Ranges the posting states in other currencies, as posted ("118,200–168,200 CAD" beside
    /// Thomson Reuters' US range): "The pay range is in USD" of a posting giving an Ontario range
    /// too read as not having read it (round 139's recruiter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<String>,
}

impl PostedPay {
    /// The pay of a posting with `title` and (clean) `text`. The title is read first where it
    /// states a range ("Principal Engineer ($50k – $80k + Equity) at fast-growing Legal AI
    /// startup"), which names no pay word but holds no other money: both round-65 readers read
    /// that band first, and the dossier never showed it.
    pub fn read(title: &str, text: &str) -> Option<PostedPay> {
        // The currency is the range's own, where a range is stated: "€5,000 signing bonus" on
        // a line before "$150,000 - $180,000 per year" does not make the range euros.
        // The posting's first line is a header like the title ("Head of Engineering – Remote
        // (UK / Europe)€120k – €170k | Permanent", COMX PS, round 74), naming no pay word.
        let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let (range, currency) = match range_in_line(title.trim())
            .or_else(|| {
                Some(header)
                    .filter(|h| h.chars().count() <= HEADER_MAX)
                    .and_then(range_in_line)
            })
            .or_else(|| range_and_currency(text))
        {
            Some((range, currency)) => (Some(range), Some(currency)),
            None => (None, pay_currency(text)),
        };
        let currency = currency?;
        Some(PostedPay {
            others: ranges_besides(text, currency),
            range,
            currency: currency.code.to_string(),
        })
    }

    /// The other ranges as the dossier says them after the first: " and 118,200–168,200 CAD".
    pub fn others_said(&self) -> String {
        self.others.iter().map(|r| format!(" and {r}")).collect()
    }

    /// The codes of the other currencies the posting states ranges in (see [`PostedPay::others`]).
    pub fn other_codes(&self) -> impl Iterator<Item = &str> {
        self.others
            .iter()
            .filter_map(|r| r.rsplit_once(' ').map(|(_, code)| code))
    }

    /// The high end of the range as a year's pay, where it reads as one: a figure of ten
    /// thousand or more (an hour's or a day's rate is less).
    pub fn yearly_top(&self) -> Option<f64> {
        let range = self.range.as_deref()?;
        let high = range.rsplit_once('–').map_or(range, |(_, hi)| hi);
        let figure = high.rsplit_once(' ').map_or(high, |(figure, _)| figure);
        amount(figure).filter(|n| *n >= 10_000.0)
    }

    /// The currency, from the table (a code read from a stored analysis the table no longer
    /// holds is no currency).
    pub fn currency(&self) -> Option<&'static Currency> {
        Currency::by_code(&self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_too_wide_to_be_a_band_is_flagged() {
        assert!(looks_cut_short("23,000–322,000 USD"));
        assert!(!looks_cut_short("230,000–322,000 USD"));
        assert!(!looks_cut_short("252 000–378 000 PLN"));
        assert!(!looks_cut_short("USD 120k"));
        // A figure in thousands is read as one.
        assert!(!looks_cut_short("120k–200,000 USD"));
    }

    #[test]
    fn ranges_in_other_currencies_are_kept_beside_the_first() {
        let text = "Benefits\n- Health\nThe base compensation range varies across locations. For any eligible US locations, the base compensation range for this role is $102,200 USD - $189,800 USD. For Ontario, Canada, the base compensation range for this role is $118,200 CAD - $168,200CAD. Base pay is positioned within the range.\n";
        let pay = PostedPay::read("Staff Platform Engineer", text).unwrap();
        assert_eq!(pay.currency, "USD");
        assert_eq!(pay.others, vec!["118,200–168,200 CAD".to_string()]);
        assert_eq!(pay.other_codes().collect::<Vec<_>>(), vec!["CAD"]);
        // One currency, however many ranges, has no others.
        let one = PostedPay::read(
            "Engineer",
            "The salary range is $150,000 - $180,000. In New York the salary range is $170,000 - $200,000.\n",
        )
        .unwrap();
        assert!(one.others.is_empty(), "{one:?}");
        // A conversion is the same pay.
        let converted = PostedPay::read(
            "Engineer",
            "The salary range is €90,000 - €110,000. That is roughly $97,000 - $119,000.\n",
        )
        .unwrap();
        assert!(converted.others.is_empty(), "{converted:?}");
    }

    #[test]
    fn a_range_in_the_title_is_the_postings_pay() {
        let text = "Requirements\n- Python";
        let read = PostedPay::read(
            "Principal Engineer ($50k – $80k + Equity) at fast-growing Legal AI startup",
            text,
        )
        .unwrap();
        assert_eq!(read.range.as_deref(), Some("50k–80k USD"));
        assert_eq!(read.yearly_top(), Some(80_000.0));
        assert_eq!(read.currency().map(|c| c.region), Some("the United States"));
        // A title with no range leaves the text to say it; a text with no pay says none.
        let in_text = PostedPay::read(
            "Staff Engineer (Remote)",
            "Salary: 252 000 - 378 000 PLN per year",
        )
        .unwrap();
        assert_eq!(in_text.range.as_deref(), Some("252 000–378 000 PLN"));
        assert_eq!(PostedPay::read("Staff Engineer (Remote)", text), None);
        // The posting's header line is read as the title is.
        let header = PostedPay::read(
            "Head of Engineering - start-up",
            "Head of Engineering – Remote (UK / Europe)€120k – €170k | Permanent | High-Growth Start-up\nWe’re hiring a hands-on Head of Engineering.",
        )
        .unwrap();
        assert_eq!(header.range.as_deref(), Some("120k–170k EUR"));
        // Figures further down, on a line naming no pay, are not pay.
        assert_eq!(
            PostedPay::read(
                "Staff Engineer",
                "About us\nWe serve 10,000 – 50,000 € merchants.\nRequirements\n- Python",
            ),
            None
        );
        // The range's currency is its own line's.
        let two = PostedPay::read(
            "Staff Engineer",
            "Compensation: €5,000 signing bonus\nSalary: $150,000 - $180,000 per year",
        )
        .unwrap();
        assert_eq!(
            (two.range.as_deref(), two.currency.as_str()),
            (Some("150,000–180,000 USD"), "USD")
        );
    }

    #[test]
    fn a_posted_pay_range_is_read_with_its_currency() {
        let range = |t: &str| pay_range(t);
        assert_eq!(
            range("The expected salary range for this role is between following values:252 000 and 378 000PLNThe final offer").as_deref(),
            Some("252 000–378 000 PLN")
        );
        assert_eq!(
            range("Base salary: $140,000 – $180,000 per year").as_deref(),
            Some("140,000–180,000 USD")
        );
        assert_eq!(range("Salary: €80k-€100k").as_deref(), Some("80k–100k EUR"));
        // No pay line, a single figure, or money that is not pay: no range.
        assert_eq!(range("We raised $40,000,000 to $60,000,000 in 2024."), None);
        assert_eq!(range("Salary: from £70,000 per year"), None);
        assert_eq!(range("Salary review from 2024 to 2026 in EUR"), None);
    }

    #[test]
    fn the_currency_of_a_pay_line_is_read_in_codes_symbols_and_local_signs() {
        let code = |t: &str| pay_currency(t).map(|c| c.code);
        assert_eq!(
            code("The expected salary range is between 252 000 and 378 000 PLN."),
            Some("PLN")
        );
        assert_eq!(code("Salary: 18 000 – 24 000 zł brutto (UoP)"), Some("PLN"));
        assert_eq!(
            code("The expected salary range is:252 000 and 378 000PLNThe final offer"),
            Some("PLN")
        );
        assert_eq!(
            code("Base pay range: $140,000 - $180,000 per year"),
            Some("USD")
        );
        assert_eq!(code("Compensation: CA$120k–150k"), Some("CAD"));
        assert_eq!(code("£70k base salary + bonus"), Some("GBP"));
        assert_eq!(code("Salary: $120,000 – $150,000 CAD"), Some("CAD"));
        assert_eq!(
            code("The base compensation range for this role is $102,200 USD - $189,800 USD. For Ontario, Canada, the range is $118,200 CAD - $168,200 CAD."),
            Some("USD")
        );
        assert_eq!(code("Gehalt: 70.000 € brutto jährlich"), Some("EUR"));
    }

    #[test]
    fn money_that_is_not_pay_says_nothing_of_where_the_role_is() {
        assert_eq!(pay_currency("We raised $40M from leading investors."), None);
        assert_eq!(pay_currency("Our platform moves €2bn a year."), None);
        assert_eq!(
            pay_currency("We process $2bn in payments per year across a range of markets."),
            None
        );
        assert_eq!(pay_currency("Competitive salary and equity."), None);
    }

    #[test]
    fn a_country_pays_in_its_own_currency() {
        assert_eq!(Currency::of_country("DE").map(|c| c.code), Some("EUR"));
        assert_eq!(Currency::of_country("pl").map(|c| c.code), Some("PLN"));
        assert_eq!(Currency::of_country("ZZ"), None);
    }
}
