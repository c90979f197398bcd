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
    fn by_code(code: &str) -> Option<&'static Currency> {
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
pub fn pay_currency(text: &str) -> Option<&'static Currency> {
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
    for line in text.lines().filter(|l| speaks_of_pay(l)) {
        if let Some(caps) = re.captures(line) {
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
            if let Some(c) = Currency::by_code(code) {
                return Some(c);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
