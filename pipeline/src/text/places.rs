//! Countries and regions named in postings and CVs: "remote from Croatia", "US-based", "Lahore
//! (Onsite)", "Full Remote Europe". The country names come from ISO 3166-1 (`data/countries.tsv`,
//! from Debian's iso-codes); the few aliases, cities and regions below are the ones postings use.

use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/countries.tsv");

/// Short forms, adjectives and major cities that postings use in place of a country's name.
const ALIASES: &[(&str, &[&str])] = &[
    (
        "US",
        &[
            "USA",
            "U.S.",
            "U.S.A.",
            "US",
            "America",
            "American",
            "New York",
            "San Francisco",
            "Seattle",
            "Austin",
            "Boston",
            "Chicago",
        ],
    ),
    (
        "GB",
        &[
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "England",
            "Scotland",
            "British",
            "London",
            "Manchester",
        ],
    ),
    ("CA", &["Canadian", "Toronto", "Vancouver", "Montreal"]),
    (
        "AE",
        &["UAE", "U.A.E.", "Emirates", "Dubai", "Abu Dhabi", "Sharjah"],
    ),
    (
        "SA",
        &[
            "KSA",
            "Riyadh",
            "Jeddah",
            "Dammam",
            "Al Khobar",
            "Mecca",
            "NEOM",
        ],
    ),
    ("QA", &["Doha"]),
    ("PK", &["Lahore", "Karachi", "Islamabad"]),
    (
        "IN",
        &[
            "Bangalore",
            "Bengaluru",
            "Hyderabad",
            "Pune",
            "Mumbai",
            "Delhi",
            "Chennai",
        ],
    ),
    (
        "DE",
        &[
            "Deutschland",
            "Berlin",
            "Munich",
            "München",
            "Hamburg",
            "Frankfurt",
            "Cologne",
        ],
    ),
    ("RO", &["Bucharest", "Cluj", "Iasi", "Iași", "ROU"]),
    (
        "PL",
        &[
            "Warsaw", "Krakow", "Kraków", "Wroclaw", "Wrocław", "Gdansk", "Poznan",
        ],
    ),
    ("ES", &["Madrid", "Barcelona", "Valencia", "ESP"]),
    ("PT", &["Lisbon", "Porto"]),
    ("NL", &["Amsterdam", "Rotterdam", "Netherlands", "Holland"]),
    ("FR", &["Paris", "Lyon"]),
    ("IT", &["Milan", "Rome"]),
    ("IE", &["Dublin"]),
    ("AT", &["Vienna", "Wien"]),
    ("CH", &["Zurich", "Zürich", "Geneva"]),
    ("EG", &["Cairo"]),
    ("CZ", &["Prague", "Czechia"]),
    ("SI", &["Ljubljana"]),
    ("HR", &["Zagreb"]),
    ("BG", &["Sofia", "Plovdiv", "Varna"]),
    ("RS", &["Belgrade", "Novi Sad", "Niš", "Nis"]),
    ("SE", &["Stockholm"]),
    ("TR", &["Istanbul", "Turkiye", "Türkiye"]),
    ("TH", &["Bangkok"]),
    ("MY", &["Kuala Lumpur"]),
    ("JP", &["Tokyo", "Osaka"]),
];

/// The words for a country's people, as a CV states a citizenship ("Dutch citizen", "Jordanian
/// national"): read only there, since "German" in a posting is a language, not a place.
const DEMONYMS: &[(&str, &str)] = &[
    ("American", "US"),
    ("Australian", "AU"),
    ("Austrian", "AT"),
    ("Belgian", "BE"),
    ("Brazilian", "BR"),
    ("British", "GB"),
    ("Bulgarian", "BG"),
    ("Canadian", "CA"),
    ("Chinese", "CN"),
    ("Croatian", "HR"),
    ("Cypriot", "CY"),
    ("Czech", "CZ"),
    ("Danish", "DK"),
    ("Dutch", "NL"),
    ("Egyptian", "EG"),
    ("Emirati", "AE"),
    ("Estonian", "EE"),
    ("Finnish", "FI"),
    ("French", "FR"),
    ("German", "DE"),
    ("Greek", "GR"),
    ("Hungarian", "HU"),
    ("Indian", "IN"),
    ("Irish", "IE"),
    ("Italian", "IT"),
    ("Japanese", "JP"),
    ("Jordanian", "JO"),
    ("Latvian", "LV"),
    ("Lebanese", "LB"),
    ("Lithuanian", "LT"),
    ("Luxembourgish", "LU"),
    ("Maltese", "MT"),
    ("Mexican", "MX"),
    ("Nigerian", "NG"),
    ("Norwegian", "NO"),
    ("Pakistani", "PK"),
    ("Polish", "PL"),
    ("Portuguese", "PT"),
    ("Romanian", "RO"),
    ("Saudi", "SA"),
    ("Serbian", "RS"),
    ("Slovak", "SK"),
    ("Slovenian", "SI"),
    ("Spanish", "ES"),
    ("Swedish", "SE"),
    ("Swiss", "CH"),
    ("Turkish", "TR"),
    ("Ukrainian", "UA"),
];

/// The country whose people `word` names ("Dutch": the Netherlands).
pub fn country_of_people(word: &str) -> Option<&'static Country> {
    DEMONYMS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .and_then(|(_, code)| country_by_code(code))
}

/// Whether a citizen of the country with ISO code `code` may work anywhere in the European Union:
/// its own citizens, and those of the countries its free movement covers (Norway, Iceland,
/// Liechtenstein, Switzerland).
pub fn works_freely_in_eu(code: &str) -> bool {
    EU.contains(&code) || FREE_MOVEMENT.contains(&code)
}

/// Countries outside the EU whose citizens its free movement covers.
const FREE_MOVEMENT: &[&str] = &["NO", "IS", "LI", "CH"];

const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EUROPE_NON_EU: &[&str] = &[
    "GB", "NO", "IS", "LI", "CH", "UA", "RS", "BA", "ME", "MK", "AL", "MD", "BY", "AD", "MC", "SM",
    "VA", "GI", "JE", "GG", "IM", "FO",
];
const MENA: &[&str] = &[
    "AE", "SA", "QA", "KW", "BH", "OM", "EG", "JO", "LB", "MA", "TN", "DZ", "IQ", "IL", "PS", "YE",
    "LY", "TR",
];
const LATAM: &[&str] = &[
    "MX", "BR", "AR", "CL", "CO", "PE", "UY", "PY", "BO", "EC", "VE", "CR", "PA", "GT", "HN", "SV",
    "NI", "DO", "CU",
];
const APAC: &[&str] = &[
    "IN", "PK", "BD", "LK", "CN", "JP", "KR", "TW", "HK", "SG", "MY", "TH", "VN", "PH", "ID", "AU",
    "NZ",
];

#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// The common name ("South Korea", not "Korea, Republic of").
    pub name: String,
    names: Vec<String>,
    /// `names` lower-cased once, for matching.
    lower_names: Vec<String>,
}

fn countries() -> &'static [Country] {
    static C: OnceLock<Vec<Country>> = OnceLock::new();
    C.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let code = cols.next()?.to_string();
                let _alpha3 = cols.next()?;
                let names: Vec<&str> = cols.next()?.split('|').collect();
                let name = names.last()?.to_string();
                let mut all: Vec<String> = names.iter().map(|s| s.to_string()).collect();
                if let Some((_, extra)) = ALIASES.iter().find(|(c, _)| *c == code) {
                    all.extend(extra.iter().map(|s| s.to_string()));
                }
                Some(Country {
                    code,
                    name,
                    lower_names: all.iter().map(|n| n.to_lowercase()).collect(),
                    names: all,
                })
            })
            .collect()
    })
}

/// Where `needle` first occurs in `hay` on word boundaries, as an offset into `lower_hay` (so
/// that the offsets of every name compare). Names of three letters or fewer (`US`, `ROU`, "Nis")
/// must match their case, so "us" the pronoun is not the United States; other names match in any
/// case (`lower_hay` and `lower_needle` are lower-cased once, by the caller and at load).
fn first_mention(hay: &str, lower_hay: &str, needle: &str, lower_needle: &str) -> Option<usize> {
    // A code ("ROU") or a name as short ("Nis") is matched as written: "NIS 2" is an EU
    // directive, not the Serbian city.
    let as_written = needle.chars().count() <= 3;
    if as_written {
        // Lower-casing can change a text's length in bytes ("İ"): the offset is said in the
        // lower-cased text, as the other names' are.
        super::word_matches(hay, needle)
            .next()
            .map(|at| hay[..at].to_lowercase().len())
    } else {
        super::word_matches(lower_hay, lower_needle).next()
    }
}

/// A place as it reads after "in": countries named as a union or plural take "the" ("the United
/// States", "the Netherlands").
pub fn in_prose(place: &str) -> String {
    let p = place.trim();
    let lower = p.to_lowercase();
    let takes_the = [
        "united ",
        "netherlands",
        "philippines",
        "czech republic",
        "bahamas",
        "gambia",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        // Initials of a union or a kingdom take it too: "the USA", "the UAE", "the UK".
        || ["USA", "US", "UAE", "UK", "KSA"]
            .iter()
            .any(|a| p.split([',', ' ', '/']).next() == Some(*a));
    if takes_the {
        format!("the {p}")
    } else {
        p.to_string()
    }
}

/// The country of an ISO 3166-1 alpha-2 code, in any case; "uk", which sites use for Great
/// Britain, too.
pub fn country_by_code(code: &str) -> Option<&'static Country> {
    let code = match code.to_ascii_uppercase().as_str() {
        "UK" => "GB".to_string(),
        other => other.to_string(),
    };
    countries().iter().find(|c| c.code == code)
}

/// The country a place names ("Lahore" → Pakistan, "Remote from Croatia" → Croatia), the one
/// mentioned first when several are.
pub fn country_in(text: &str) -> Option<&'static Country> {
    let lower = text.to_lowercase();
    countries()
        .iter()
        .filter_map(|c| {
            c.names
                .iter()
                .zip(&c.lower_names)
                .filter(|(n, _)| n.len() >= 2)
                .filter_map(|(n, l)| first_mention(text, &lower, n, l))
                .min()
                .map(|pos| (pos, c))
        })
        .min_by_key(|(pos, _)| *pos)
        .map(|(_, c)| c)
}

/// The country a title's remote or place tag names ("(Full Remote - Slovenia)", "(Remote, ROU)",
/// "- Remote/Poland", "(based in Poland)"): where the role is held, as a location field would
/// say. A title's "(based in Poland)" had left its pack asking the candidate in Warsaw about the
/// LinkedIn site's country (round 131).
pub fn title_tag_country(title: &str) -> Option<&'static Country> {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    super::re(
        &RE,
        r"(?i)\((?:full(?:y)?\s+)?remote\s*(?:[-–,/]\s*|from\s+|in\s+)([^()]{2,40})\)|\bremote\s*(?:/\s*|,\s*|[-–]\s+|from\s+|in\s+)([^()\-–/,|]{2,40}?)\s*(?:\([^()]*\))?$|\(\s*based\s+in\s+([^()]{2,40})\)",
    )
    .captures(title.trim())
    .and_then(|c| country_in(c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?.as_str()))
}

/// Whether `name` is exactly a country's name or alias ("United States", "Abu Dhabi").
pub fn is_place_name(name: &str) -> bool {
    countries()
        .iter()
        .any(|c| c.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

/// Whether `word` is a region word [`region_includes`] knows ("Europe", "EMEA"), whatever it
/// includes.
pub fn is_region(word: &str) -> bool {
    region_includes(word, "").is_some()
}

/// Whether `word` is a region that leaves some countries out ("European Union", "EMEA"), not one
/// that takes in every country ("worldwide", "anywhere"): a place a dossier can state.
pub fn is_bounded_region(word: &str) -> bool {
    is_region(word)
        && !matches!(
            word.trim().to_lowercase().as_str(),
            "worldwide" | "anywhere" | "global" | "globally"
        )
}

/// A country's standard offset from UTC in hours, where one zone covers it: known without a
/// time-zone database. Europe's western edge is on UTC, its east on UTC+2, the rest on UTC+1;
/// countries spanning several zones (the US, Canada, Russia, Brazil, Australia…) have none.
pub fn standard_utc_offset(code: &str) -> Option<f32> {
    Some(match code {
        "GB" | "IE" | "PT" | "IS" | "SN" | "GH" => 0.0,
        // Morocco has kept UTC+1 since 2018.
        "MA" => 1.0,
        "FI" | "EE" | "LV" | "LT" | "RO" | "BG" | "GR" | "CY" | "UA" | "MD" | "EG" | "IL"
        | "ZA" | "LB" => 2.0,
        "SA" | "QA" | "KW" | "BH" | "JO" | "IQ" | "TR" | "BY" | "KE" | "ET" => 3.0,
        "AE" | "OM" | "GE" | "AM" | "AZ" => 4.0,
        "PK" | "UZ" => 5.0,
        "IN" | "LK" => 5.5,
        "BD" => 6.0,
        "VN" | "TH" => 7.0,
        "SG" | "MY" | "PH" | "CN" | "TW" | "HK" => 8.0,
        "JP" | "KR" => 9.0,
        "NZ" => 12.0,
        "AR" => -3.0,
        "CL" => -4.0,
        "CO" | "PE" => -5.0,
        _ if EU.contains(&code) || EUROPE_NON_EU.contains(&code) => 1.0,
        _ => return None,
    })
}

/// A region word of postings ("Europe", "EMEA", "CET", "worldwide") and whether it includes the
/// country `code`. `None` when `word` is not a region this module knows.
pub fn region_includes(word: &str, code: &str) -> Option<bool> {
    let w = word.trim().to_lowercase();
    let in_ = |list: &[&str]| list.contains(&code);
    Some(match w.as_str() {
        "eu" | "european union" | "the eu" => in_(EU),
        "europe"
        | "european"
        | "europa"
        | "europas"
        | "cet"
        | "cest"
        | "cet timezone"
        | "european time zones" => in_(EU) || in_(EUROPE_NON_EU),
        "emea" => in_(EU) || in_(EUROPE_NON_EU) || in_(MENA) || is_african(code),
        "dach" => ["DE", "AT", "CH"].contains(&code),
        "nordics" | "nordic" => ["SE", "NO", "DK", "FI", "IS"].contains(&code),
        "mena" | "middle east" | "gcc" | "gulf" => in_(MENA),
        "africa" => is_african(code),
        "latam" | "latin america" | "south america" => in_(LATAM),
        "apac" | "asia" | "asia pacific" => in_(APAC),
        "north america" | "americas" => ["US", "CA", "MX"].contains(&code) || in_(LATAM),
        "worldwide" | "anywhere" | "global" | "globally" => true,
        _ => return None,
    })
}

/// Whether two countries share a region a posting may hire across (Europe, the Americas, the
/// Middle East and North Africa, Asia-Pacific, Africa): "remote" in another one is a question to
/// ask; in the same one it rarely is.
pub fn same_region(a: &str, b: &str) -> bool {
    ["europe", "north america", "mena", "apac", "africa"]
        .iter()
        .any(|r| region_includes(r, a) == Some(true) && region_includes(r, b) == Some(true))
}

/// Whether someone living in one country may work in the other without a permit, as far as a
/// posting's "remote" goes. In Europe: the same country, both in the free-movement area (the EU
/// with Norway, Iceland, Liechtenstein and Switzerland), or Ireland and the United Kingdom (the
/// Common Travel Area); elsewhere, the same region. A role listed as remote in the United Kingdom
/// is a question for someone in Berlin (round 38's reader: "the UK is not the EU").
pub fn same_work_area(a: &str, b: &str) -> bool {
    let european = |c: &str| region_includes("europe", c) == Some(true);
    if european(a) && european(b) {
        a == b || !needs_permit(a, b)
    } else {
        same_region(a, b)
    }
}

/// Whether someone living in the country `home` needs a permit to work in the country `there`
/// (ISO codes): any other country, but within the EU and the countries its free movement covers,
/// and between Ireland and the UK. Not [`same_work_area`], which is where a remote role reaches:
/// a move from Toronto to New York, or from Dubai to Riyadh, needs a visa.
pub fn needs_permit(there: &str, home: &str) -> bool {
    !(there == home
        || (works_freely_in_eu(there) && works_freely_in_eu(home))
        || matches!((there, home), ("IE", "GB") | ("GB", "IE")))
}

fn is_african(code: &str) -> bool {
    const AFRICA: &[&str] = &[
        "ZA", "NG", "KE", "GH", "ET", "TZ", "UG", "RW", "SN", "CI", "CM", "MA", "TN", "DZ", "EG",
    ];
    AFRICA.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_needs_a_permit_outside_free_movement() {
        // Round 90's review: the remote reach of a region is no right to work there.
        assert!(needs_permit("US", "CA"));
        assert!(needs_permit("SA", "AE"));
        assert!(needs_permit("US", "PL"));
        assert!(!needs_permit("FR", "DE"));
        assert!(!needs_permit("CH", "PT"));
        assert!(!needs_permit("GB", "IE"));
        assert!(!needs_permit("PL", "PL"));
    }

    #[test]
    fn unions_and_plurals_take_the() {
        assert_eq!(in_prose("United Arab Emirates"), "the United Arab Emirates");
        assert_eq!(in_prose("Netherlands"), "the Netherlands");
        assert_eq!(in_prose("Poland"), "Poland");
        assert_eq!(
            in_prose("USA, UAE, KSA, and other Gulf countries"),
            "the USA, UAE, KSA, and other Gulf countries"
        );
    }

    #[test]
    fn countries_are_found_by_name_code_alias_and_city() {
        assert_eq!(country_in("Remote from Croatia").unwrap().code, "HR");
        assert_eq!(country_in("Lahore (Onsite)").unwrap().code, "PK");
        assert_eq!(country_in("must live in the U.S.").unwrap().code, "US");
        assert_eq!(
            country_in("Dubai, Dubai, United Arab Emirates")
                .unwrap()
                .code,
            "AE"
        );
        assert_eq!(country_in("(Remote, ROU)").unwrap().code, "RO");
        assert_eq!(country_in("Berlin, Germany").unwrap().code, "DE");
        assert!(country_in("join us and grow with us").is_none());
        assert!(country_in("discuss your thoughts").is_none());
        // A short name is matched as written (Wiser's "Nis", round 83; "NIS 2" is a directive).
        assert_eq!(country_in("Offices in Nis").unwrap().code, "RS");
        assert!(country_in("Compliance with NIS 2 and DORA").is_none());
    }

    #[test]
    fn regions_include_their_countries() {
        assert_eq!(region_includes("Europe", "DE"), Some(true));
        assert_eq!(region_includes("EU", "GB"), Some(false));
        assert_eq!(region_includes("LATAM", "DE"), Some(false));
        assert_eq!(region_includes("EMEA", "AE"), Some(true));
        assert_eq!(region_includes("Narnia", "DE"), None);
        assert!(same_region("DE", "ES"));
        assert!(same_region("US", "MX"));
        assert!(!same_region("DE", "US"));
        assert!(same_work_area("DE", "ES"));
        assert!(same_work_area("DE", "CH"));
        assert!(!same_work_area("DE", "GB"));
        assert!(!same_work_area("GB", "UA"));
        assert!(same_work_area("IE", "GB"));
        assert!(same_work_area("US", "MX"));
    }
}
