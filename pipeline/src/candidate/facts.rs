//! The facts about the candidate that knock-outs are checked against, read from the master CV:
//! spoken languages, where they live, their degrees, their track and role family, the largest team
//! they led. Only what the files say: an unknown fact is `None`, never a guess that passes a check.

use super::cv::MasterCv;
use crate::text::places::{self, Country};
use crate::text::roles::{self, DegreeLevel, RoleFamily, Track};

/// Spoken languages postings ask for, with the forms that mean the same language.
const LANGUAGES: &[(&str, &[&str])] = &[
    // German postings name languages in compounds: "Deutschkenntnisse", "Englischkenntnisse".
    ("English", &["Englisch", "Englischkenntnisse"]),
    ("German", &["Deutsch", "Deutschkenntnisse"]),
    (
        "French",
        &["Français", "Französisch", "Französischkenntnisse"],
    ),
    (
        "Spanish",
        &["Español", "Castilian", "Spanisch", "Spanischkenntnisse"],
    ),
    ("Portuguese", &["Portugiesisch"]),
    ("Italian", &["Italienisch"]),
    ("Dutch", &["Flemish", "Niederländisch"]),
    ("Polish", &["Polnisch"]),
    ("Romanian", &[]),
    ("Czech", &[]),
    ("Slovak", &[]),
    ("Hungarian", &[]),
    ("Swedish", &[]),
    ("Norwegian", &[]),
    ("Danish", &[]),
    ("Finnish", &[]),
    ("Greek", &[]),
    ("Turkish", &["Türkisch"]),
    ("Arabic", &["Arabisch"]),
    ("Hebrew", &[]),
    ("Russian", &["Russisch"]),
    ("Ukrainian", &[]),
    ("Bulgarian", &[]),
    ("Croatian", &[]),
    ("Serbian", &[]),
    ("Slovenian", &[]),
    ("Lithuanian", &[]),
    ("Latvian", &[]),
    ("Estonian", &[]),
    ("Hindi", &[]),
    ("Urdu", &[]),
    ("Bengali", &[]),
    ("Chinese", &["Mandarin", "Cantonese"]),
    ("Japanese", &[]),
    ("Korean", &[]),
    ("Vietnamese", &[]),
    ("Thai", &[]),
    ("Indonesian", &["Bahasa"]),
    ("Malay", &[]),
    ("Persian", &["Farsi"]),
    ("Tagalog", &["Filipino"]),
];

/// The canonical language names mentioned in `text` (capitalised words only, so "polish the UI"
/// is not Polish), in order of first mention.
pub fn languages_in(text: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for (name, forms) in LANGUAGES {
        for form in std::iter::once(name).chain(forms.iter()) {
            if let Some(i) = crate::text::word_matches(text, form).next() {
                if !found.iter().any(|(_, n)| n == name) {
                    found.push((i, name));
                }
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

/// Languages a posting in another language names in its own words: lower-cased mid-line ("lingua
/// italiana", "język polski", "inglés"), or capitalised where a line starts ("Inglés B2"). Only
/// for a posting's line asking for languages: "Ottima conoscenza della lingua italiana" had read
/// as no language asked (round 90). Never in [`languages_in`], which reads CVs and employers'
/// names, where "Bank Polski" or "Banca Italiana" would name a language.
pub fn languages_in_own_words(line: &str) -> Vec<&'static str> {
    const OWN: &[(&str, &[&str])] = &[
        (
            "English",
            &[
                "inglese",
                "inglés",
                "anglais",
                "angielski",
                "angielskiego",
                "angielskim",
            ],
        ),
        ("French", &["français", "française", "francese"]),
        ("Spanish", &["español", "castellano", "spagnolo"]),
        ("Portuguese", &["português", "portuguesa"]),
        ("Italian", &["italiano", "italiana"]),
        ("Polish", &["polski", "polskiego", "polskim"]),
    ];
    let start = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for (name, forms) in OWN {
        let at = forms.iter().find_map(|f| {
            crate::text::word_matches(line, f)
                .next()
                .or_else(|| (start == *f).then_some(0))
        });
        if let Some(i) = at {
            found.push((i, name));
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Languages the CV lists at a working level or better (not "basic", "A1", "A2").
    pub languages: Vec<&'static str>,
    /// Languages the CV lists below a working level, with the entry as written ("German — basic
    /// (A2)"): a knock-out on one says the level, not that the CV lists none.
    pub basic_languages: Vec<(&'static str, String)>,
    /// The country of the contact line (or of the latest role when the contact line has none).
    pub country: Option<&'static Country>,
    /// The contact line's place as written ("Berlin, Germany").
    pub place: String,
    pub degrees: Vec<DegreeLevel>,
    /// The education lines as written, for "degree from a US university" checks.
    pub education_text: String,
    pub track: Track,
    pub families: Vec<RoleFamily>,
    /// The largest team the CV says the candidate led ("Led a team of 6", "teams of up to 8").
    pub largest_team: Option<u32>,
    /// The CV says the candidate would move for a role ("Open to relocation"). Without it, a role
    /// that needs a move is the candidate's to decide before anyone is asked about it.
    pub relocates: bool,
    /// Where the candidate's files say they would work, as written ("Warsaw or remote within the
    /// EU", from a `LOCATION PREFERENCES:` line of the CV or the knowledge base): a role held
    /// elsewhere is theirs to rule out (see [`Facts::prefers_not`]).
    pub location_preference: Option<String>,
    /// The citizenship the files state ("Dutch citizen based in Amsterdam", "Jordanian national
    /// based in Dubai"): a posting for EU nationals is read against it, not against where the
    /// candidate lives (round 114's hiring manager: the pack said the files did not state it).
    /// Every one stated: "Irish and British citizen" holds both.
    pub citizenship: Vec<&'static Country>,
    /// Countries the files say the candidate holds no right to work in ("I do not hold US work
    /// authorisation"): a role there is a knock-out, not a question (both round-147 readers of
    /// TRM Labs' US role).
    pub no_right_to_work: Vec<&'static Country>,
}

/// The citizenships `text` states: "Dutch citizen", "Jordanian national", "Irish and British
/// citizen", "citizen of Portugal", "Polish citizenship", "Nationality: Polish".
/// The countries `text` says its writer may not work in: "I do not hold US work authorisation",
/// "no right to work in the UK", "not authorised to work in the United States". Read within a
/// line, and not in `bullets` (a role's work: "Relocated 12 engineers who had no UK work
/// permit"), nor of a visa sponsorship ("no US work visa sponsorship needed").
pub fn no_right_to_work(text: &str, bullets: &[&str]) -> Vec<&'static Country> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?i)\b(?:do[ \t]+not|don['’]t|does[ \t]+not)[ \t]+(?:currently[ \t]+)?(?:hold|have)[ \t]+(?:an?[ \t]+|any[ \t]+)?(?:valid[ \t]+)?((?-i:[A-Z][\p{L}.]*)(?:[ \t](?-i:[A-Z][\p{L}]+))?)[ \t]+work[ \t]+(?:authori[sz]ation|permit|visa)\b([ \t]+sponsor)?|\b(?:not|no)[ \t]+(?:currently[ \t]+)?(?:authori[sz]ed|eligible|permitted)[ \t]+to[ \t]+work[ \t]+in[ \t]+(?:the[ \t]+)?((?-i:[A-Z][\p{L}.]*)(?:[ \t](?-i:[A-Z][\p{L}]+))?)|\bno[ \t]+right[ \t]+to[ \t]+work[ \t]+in[ \t]+(?:the[ \t]+)?((?-i:[A-Z][\p{L}.]*)(?:[ \t](?-i:[A-Z][\p{L}]+))?)",
    );
    let mut found: Vec<&'static Country> = Vec::new();
    let lines = text
        .lines()
        .filter(|line| {
            !bullets
                .iter()
                .any(|b| !b.trim().is_empty() && line.contains(b.trim()))
        })
        .collect::<Vec<_>>()
        .join("\n");
    for cap in re.captures_iter(&lines) {
        if cap.get(2).is_some() {
            continue;
        }
        let named = cap
            .get(1)
            .or(cap.get(3))
            .or(cap.get(4))
            .map_or("", |m| m.as_str());
        if let Some(c) = places::country_in(named) {
            if !found.iter().any(|f| f.code == c.code) {
                found.push(c);
            }
        }
    }
    found
}

pub fn citizenship(text: &str) -> Vec<&'static Country> {
    static PEOPLE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let people = crate::text::re(
        &PEOPLE,
        r"\b((?:\p{Lu}\p{Ll}+\s*(?:,|and|&|/)\s*)*\p{Lu}\p{Ll}+)\s+(?:citizen|national|citizenship|passport\s+holder)(?:\s+(?:based|living|residing|with|and|in)\b|\s*[,.;()\n]|$)",
    );
    static FIELD: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let field = crate::text::re(
        &FIELD,
        r"(?im)^[\s*-]*(?:nationality|citizenship)\s*:\s*([^\n]{2,60})$",
    );
    static OF: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let of = crate::text::re(
        &OF,
        r"\b(?:citizen|national)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L} ]{2,30}?)(?:[,.;)\n]|\s+(?:and|based|living|with)\b|$)",
    );
    let words = |list: &str| -> Vec<&'static Country> {
        list.split(|ch: char| !ch.is_alphabetic())
            .filter_map(|w| places::country_of_people(w).or_else(|| places::country_in(w)))
            .collect()
    };
    let mut found: Vec<&'static Country> = Vec::new();
    for c in people.captures_iter(text) {
        found.extend(words(&c[1]));
    }
    for c in field.captures_iter(text) {
        found.extend(words(&c[1]));
    }
    found.extend(
        of.captures_iter(text)
            .filter_map(|c| places::country_in(&c[1])),
    );
    let mut seen: Vec<&'static Country> = Vec::new();
    for c in found {
        if !seen.iter().any(|s| s.code == c.code) {
            seen.push(c);
        }
    }
    seen
}

impl Facts {
    /// Where the candidate is, after "I am based": "in Berlin, Germany", or "abroad" when the CV
    /// names no place.
    pub fn based(&self) -> String {
        if self.place.is_empty() {
            "abroad".to_string()
        } else {
            format!("in {}", self.place)
        }
    }

    /// The facts of `cv`, whose file as written is `text` (a line such as "Open to relocation"
    /// may stand in any section, or in none the parser knows).
    pub fn from_cv(cv: &MasterCv, text: &str) -> Facts {
        let mut languages = Vec::new();
        let mut basic_languages = Vec::new();
        for entry in &cv.languages {
            let lower = entry.to_lowercase();
            let basic = ["basic", "beginner", "elementary", "a1", "a2", "learning"]
                .iter()
                .any(|w| lower.contains(w));
            for l in languages_in(entry) {
                if basic {
                    basic_languages.push((l, entry.trim().to_string()));
                } else if !languages.contains(&l) {
                    languages.push(l);
                }
            }
        }
        let contact_place = cv
            .contact_parts()
            .find(|part| places::country_in(part).is_some())
            .unwrap_or("")
            .to_string();
        let (country, place) = match places::country_in(&contact_place) {
            Some(c) => (Some(c), contact_place),
            None => {
                let latest = cv
                    .roles
                    .first()
                    .map(|r| r.location.clone())
                    .unwrap_or_default();
                (places::country_in(&latest), latest)
            }
        };
        let degrees = cv
            .education
            .iter()
            .filter_map(|e| roles::degree_level(&e.degree))
            .collect();
        let education_text = cv
            .education
            .iter()
            .map(|e| format!("{} {}", e.degree, e.institution))
            .collect::<Vec<_>>()
            .join("; ");
        let track = cv
            .roles
            .first()
            .map(|r| roles::track_of_title(&r.title))
            .unwrap_or_default();
        let mut families: Vec<RoleFamily> = cv
            .roles
            .iter()
            .filter_map(|r| roles::family_of_title(&r.title))
            .collect();
        families.sort();
        families.dedup();
        // The roles' bullets, read once: the text a team is sized in, and the lines a writer's
        // plans are not read from (a relocation, a right to work).
        let bullets: Vec<&str> = cv
            .roles
            .iter()
            .flat_map(|r| r.bullets.iter().map(String::as_str))
            .collect();
        let all_text = std::iter::once(cv.summary.as_str())
            .chain(bullets.iter().copied())
            .collect::<Vec<_>>()
            .join("\n");
        Facts {
            languages,
            basic_languages,
            country,
            place,
            degrees,
            education_text,
            track,
            families,
            largest_team: largest_team(&all_text),
            citizenship: citizenship(text),
            no_right_to_work: no_right_to_work(text, &bullets),
            location_preference: location_preference(text),
            relocates: would_relocate(text, &bullets),
        }
    }

    pub fn highest_degree(&self) -> Option<DegreeLevel> {
        self.degrees.iter().copied().max()
    }
}

/// The places a line labelled as a location preference names ("LOCATION PREFERENCES: Warsaw or
/// remote within the EU", "Preferred locations: Berlin, Munich"), as written. A contact line's
/// "Location: Berlin" is where one lives, not a preference.
pub fn location_preference(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?im)^[\s*•-]*(?:location\s+preferences?|preferred\s+(?:work\s+)?locations?|work\s+location\s+preferences?)\s*:\s*(\S.*?)\s*$",
    );
    re.captures(text)
        .map(|c| c[1].trim_end_matches('.').to_string())
        .filter(|p| !p.is_empty())
        .or_else(|| bounded_relocation(text))
}

/// A move the files offer only within a region ("am open to relocation within the EU"), as a
/// preference: "relocation within the EU". An architect whose summary says so had letters asking
/// whether Dubai and UK roles "could be done from Romania" (both round-144 readers: outside what
/// his files say he would do). An unbounded "open to relocation" is no preference.
fn bounded_relocation(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?im)\b(?:open|willing|happy|ready)\s+to\s+(?:relocation|relocate|relocating)\s+(within|inside|in|to)\s+(the\s+)?([\p{L}][\p{L} .-]{1,40}?)\s*(?:[.;,)]|$)",
    );
    let c = re.captures(text)?;
    let place = &c[3];
    // Only a region or country: "within a few months" bounds no place.
    let named = place
        .split(|ch: char| !ch.is_alphanumeric())
        .any(places::is_bounded_region)
        || places::country_in(&place.to_lowercase()).is_some();
    named.then(|| {
        format!(
            "relocation {} {}{place}",
            c[1].to_lowercase(),
            c.get(2).map_or("", |m| m.as_str())
        )
    })
}

impl Facts {
    /// Whether the candidate's stated preference rules out a role held in `country` (ISO code,
    /// on site or where the posting names no way of working): the preference names places to
    /// work in, and none is that country or a region holding it. A part about remote work
    /// ("remote within the EU") allows no role held in a place. `false` with no preference.
    pub fn prefers_not(&self, country: &str) -> bool {
        let Some(pref) = &self.location_preference else {
            return false;
        };
        let lower = pref.to_lowercase();
        let parts = lower
            .split([',', ';', '/'])
            .flat_map(|p| p.split(" or "))
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            // Not a part that rules a place out ("anywhere except the US", "no relocation to the
            // US"): it names where not to work.
            .filter(|p| {
                !p.is_empty()
                    && !p.contains("remote")
                    && !["except", "not ", "no ", "outside", "but "]
                        .iter()
                        .any(|w| p.contains(w))
            });
        let mut named_any = false;
        for part in parts {
            let mut named_here = false;
            if let Some(there) = places::country_in(part) {
                named_here = true;
                if there.code == country {
                    return false;
                }
            }
            let bounded = part
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| places::is_bounded_region(w));
            for word in bounded {
                match places::region_includes(word, country) {
                    Some(true) => return false,
                    Some(false) => named_here = true,
                    None => {}
                }
            }
            // "Anywhere", "open to relocation", with no place to bound it.
            if !named_here && ["anywhere", "relocat"].iter().any(|w| part.contains(w)) {
                return false;
            }
            named_any |= named_here;
        }
        // A preference of remote work only ("remote within the EU") names no place either.
        named_any || lower.contains("remote")
    }
}

/// Whether `text` says its writer would move for a role: "Open to relocation", "willing to
/// relocate", "Relocation: yes". Not where the line says otherwise ("Not currently open to
/// relocation", "I would not be willing to relocate", "Open to relocation: no", "Unwilling to
/// relocate"), nor in a role's bullets (`bullets`), which tell of work, not of the writer's plans
/// ("Supported engineers willing to relocate").
pub fn would_relocate(text: &str, bullets: &[&str]) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:(?:open|willing|happy|ready|able|available)\s+(?:to|for)\s+relocat\w*|relocation)\b(\s*[:\-–]\s*\w+)?",
        )
        .expect("valid regex")
    });
    let negated = |before: &str| {
        let lower = before.to_lowercase();
        let words: Vec<&str> = lower
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().rev().take(4).any(|w| {
            [
                "not",
                "no",
                "never",
                "unwilling",
                "unable",
                "isn't",
                "aren't",
                "won't",
                "wouldn't",
            ]
            .contains(w)
        })
    };
    text.lines()
        .map(str::trim)
        .filter(|line| !bullets.iter().any(|b| line.contains(b.trim())))
        .any(|line| {
            re.captures_iter(line).any(|c| {
                let all = c.get(0).expect("the whole match");
                let said = all.as_str().to_lowercase();
                // "Relocation" alone says nothing; "Relocation: yes" does.
                let answer = c.get(1).map(|a| {
                    a.as_str()
                        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                        .to_lowercase()
                });
                let offered = match answer.as_deref() {
                    Some("no" | "nein" | "non" | "none") => false,
                    Some("yes" | "open" | "possible" | "welcome" | "ja" | "sí" | "si") => true,
                    _ => !said.starts_with("relocation"),
                };
                offered && !negated(&line[..all.start()])
            })
        })
}

/// The largest "team of N", "teams of up to N", "led N engineers" in `text`.
pub fn largest_team(text: &str) -> Option<u32> {
    teams_in(text).map(|(_, n, _)| n).max()
}

/// The largest team `text` says was led, not mentored ("Mentored 3 engineers" leads no team of
/// 3), with where its figure stands: the summary's is restated where the roles show less (see
/// [`super::Candidate::summary_team`]).
pub fn largest_team_led_at(text: &str) -> Option<(std::ops::Range<usize>, u32)> {
    teams_in(text)
        .filter(|(_, _, mentored)| !mentored)
        .map(|(at, n, _)| (at, n))
        .max_by_key(|(_, n)| *n)
}

/// Whom the team sized at byte `at` of `text` (the led team's number, see
/// [`largest_team_led_at`]) is made of, as the text names them after its size, with the writer's
/// own place in it where said: "solutions architects (me included)" of "a team of 3 solutions
/// architects (me included)", which the packs had called "a team of 3 engineers" (both round-144
/// readers: "he leads three architects, himself included"). `None` where the text names no trade
/// after the size, and the pack says engineers.
pub fn team_members(text: &str, at: usize) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?i)\bteams? of (?:up to |about |around |over )?(?P<n>\d{1,4}) (?P<who>(?:[a-z]+ ){0,2}?(?:engineers|developers|architects|scientists|analysts|consultants|designers|specialists))\b(?P<me>\s*\((?:me|myself) included\)|,? including (?:me|myself))?",
    );
    re.captures_iter(text).find_map(|c| {
        (c.name("n")?.start() == at).then(|| {
            let me = if c.name("me").is_some() {
                " (me included)"
            } else {
                ""
            };
            format!("{}{me}", c["who"].to_lowercase())
        })
    })
}

/// Each team's size `text` gives, where it stands, and whether it was mentored. A team sized
/// with "-person" after a lead's words is one, counted by the engineers its bracket names (its
/// people counted whole are no team of engineers): "Tech lead of a 5-person squad (3 engineers,
/// 1 designer, 1 QA)" had read as no team led, and Ruby Labs' deputy head role as a step from an
/// individual contributor's (a seventh candidate, round 141's recruiter).
fn teams_in(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, u32, bool)> + '_ {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:teams? of (?:up to |about |around |over )?(?P<a>\d{1,4})|\b(?:led|managed|leading|managing|(?P<m>mentored)) (?:a team of )?(?P<b>\d{1,4}) (?:engineers|developers|people|reports)|\b(?:led|managed|leading|managing|lead of|head of|manager of) (?:an? |the )?\d{1,4}-(?:person|people|strong) (?:squad|team|group)\s*\((?:[^)]*?\b)?(?P<e>\d{1,4}) (?:engineers|developers)\b)",
        )
        .expect("valid regex")
    });
    re.captures_iter(text).filter_map(|c| {
        // The engineers the bracket counts, where it does: the pack says a team of engineers.
        let m = c.name("a").or(c.name("b")).or(c.name("e"))?;
        Some((m.range(), m.as_str().parse().ok()?, c.name("m").is_some()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidate::parse_master_cv;

    #[test]
    fn a_team_is_made_of_the_people_the_files_name() {
        let members = |text: &str| {
            let (at, _) = largest_team_led_at(text)?;
            team_members(text, at.start)
        };
        let line =
            "Lead the architecture practice, a team of 3 solutions architects (me included) \
                    supporting about 15 delivery teams.";
        assert_eq!(
            members(line).as_deref(),
            Some("solutions architects (me included)")
        );
        assert_eq!(
            members("Led a team of 6 engineers on payments.").as_deref(),
            Some("engineers")
        );
        // Not another team's trade: the led team's, where it stands.
        assert_eq!(
            members("Joined a team of 6 data scientists. Led a team of 8 on payments."),
            None
        );
        assert_eq!(members("Led a team of 4 across two sites."), None);
    }

    #[test]
    fn a_squad_and_a_team_sized_by_its_people_are_teams() {
        assert_eq!(
            largest_team("Tech lead of a 5-person squad (3 engineers, 1 designer, 1 QA)."),
            Some(3)
        );
        assert_eq!(
            largest_team("Tech lead of a 5-person squad (1 designer, 3 engineers, 1 QA)."),
            Some(3)
        );
        // Its people counted whole are no team of engineers: "Tech lead of a 5-person squad."
        // in a summary would be restated "a 3-person squad" beside the role's three engineers.
        assert_eq!(largest_team("Tech lead of a 5-person squad."), None);
        assert_eq!(
            largest_team("Enabled a 40-person team (40 engineers) to ship."),
            None
        );
        // A squad of people counted whole is not a team of engineers: the summary's "Tech lead
        // of a squad of 5" beside the role's three engineers was restated "a squad of 3".
        assert_eq!(
            largest_team("Tech lead of a squad of 5 for two years."),
            None
        );
        assert_eq!(
            largest_team("Led a 12-strong team (10 engineers, 2 QAs) through the migration."),
            Some(10)
        );
        // A count of people with no lead's word before it is no team led.
        assert_eq!(largest_team("Joined a 40-person company."), None);
        assert_eq!(largest_team_led_at("Mentored 3 engineers."), None);
    }

    #[test]
    fn a_country_the_files_deny_a_right_to_work_in_is_read() {
        let codes = |t: &str| {
            no_right_to_work(t, &["Relocated 12 engineers who had no UK work permit"])
                .iter()
                .map(|c| c.code.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes("I work remote from Sofia; I do not hold US work authorisation and am not looking to move."),
            ["US"]
        );
        assert_eq!(
            codes("Not authorised to work in the United Kingdom."),
            ["GB"]
        );
        // Said otherwise, of a sponsorship, across a line, or of others in a role's bullet.
        for other in [
            "I hold US work authorisation.",
            "I do not need US work visa sponsorship.",
            "I do not have US work visa sponsorship.",
            "Visa sponsorship required: No\nUK work permit: Yes",
            "- Relocated 12 engineers who had no UK work permit",
        ] {
            assert!(codes(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_citizenship_is_read_where_the_files_state_it() {
        let code = |text: &str| citizenship(text).first().map(|c| c.code.clone());
        assert_eq!(
            code("Dutch citizen based in Amsterdam.").as_deref(),
            Some("NL")
        );
        assert_eq!(
            code("Jordanian national based in Dubai on a UAE residence visa").as_deref(),
            Some("JO")
        );
        assert_eq!(
            code("I am a citizen of Portugal, living in Lisbon.").as_deref(),
            Some("PT")
        );
        let codes = |text: &str| -> Vec<String> {
            citizenship(text).iter().map(|c| c.code.clone()).collect()
        };
        assert_eq!(
            codes("Irish and British citizen, based in Dublin."),
            vec!["IE", "GB"]
        );
        assert_eq!(codes("Nationality: Polish\nBased in Warsaw"), vec!["PL"]);
        // A people's word in other senses states nothing.
        for other in [
            "Built the ticketing system of the Dutch national railways.",
            "German (native), English (C1)",
            "Won a national hackathon.",
        ] {
            assert_eq!(code(other), None, "{other}");
        }
    }

    #[test]
    fn facts_come_from_the_cv() {
        let cv = parse_master_cv("# Jane Roe\nBerlin, Germany · jane@example.com\n\n## Summary\nLed teams of up to 8 engineers.\n\n## Experience\n### Staff Engineer — Acme\n2020 – Present\n- Led a team of 6 engineers.\n\n## Skills\n- Rust\n\n## Education\n### M.Sc. Physics — Uni Bonn\n2014 – 2016\n\n## Languages\nEnglish (fluent), German (native), French (basic)\n").unwrap();
        let f = Facts::from_cv(&cv, "");
        assert_eq!(f.languages, vec!["English", "German"]);
        assert_eq!(f.country.map(|c| c.code.as_str()), Some("DE"));
        assert_eq!(f.highest_degree(), Some(DegreeLevel::Master));
        assert_eq!(f.track, Track::Ic);
        assert_eq!(f.families, vec![RoleFamily::Engineering]);
        assert_eq!(f.largest_team, Some(8));
    }

    #[test]
    fn a_stated_location_preference_rules_out_places_it_does_not_name() {
        let f = |pref: &str| Facts {
            location_preference: location_preference(pref),
            ..Facts::default()
        };
        let warsaw =
            f("TARGET ROLES: ML Engineer\nLOCATION PREFERENCES: Warsaw or remote within the EU\n");
        assert_eq!(
            warsaw.location_preference.as_deref(),
            Some("Warsaw or remote within the EU")
        );
        assert!(warsaw.prefers_not("SA"));
        assert!(!warsaw.prefers_not("PL"));
        // Remote within the EU allows no role held in Germany.
        assert!(warsaw.prefers_not("DE"));
        // A move offered within a region is a preference (round 144).
        let eu = f("Romanian citizen based in Bucharest; have worked on client sites in Germany and the Netherlands and am open to relocation within the EU.");
        assert_eq!(
            eu.location_preference.as_deref(),
            Some("relocation within the EU")
        );
        assert!(eu.prefers_not("AE") && eu.prefers_not("GB"));
        assert!(!eu.prefers_not("RO") && !eu.prefers_not("DE"));
        assert_eq!(location_preference("Open to relocation."), None);
        // A move to one country bounds it too (the session-26 review: "would relocate to
        // Austria" of a CV open to Germany only).
        assert_eq!(
            location_preference("Open to relocating to Germany.").as_deref(),
            Some("relocation to Germany")
        );
        assert_eq!(
            location_preference("Open to relocation within the EU\nMore text").as_deref(),
            Some("relocation within the EU")
        );
        assert_eq!(
            location_preference("Open to relocation within a few months."),
            None
        );
        let europe = f("Preferred locations: Berlin, anywhere in Europe");
        assert!(!europe.prefers_not("FR") && europe.prefers_not("US"));
        assert!(!f("Preferred locations: open to relocation").prefers_not("US"));
        // A place ruled out is no place named.
        assert!(!f("Preferred locations: Berlin; no relocation to the US").prefers_not("DE"));
        // A contact line's place is where one lives, not a preference.
        assert_eq!(location_preference("Location: Berlin, Germany"), None);
        assert!(!Facts::default().prefers_not("US"));
    }

    #[test]
    fn relocation_is_read_where_the_cv_offers_it() {
        for said in [
            "Berlin, Germany · Open to relocation",
            "Willing to relocate within the EU.",
            "## Preferences\nRelocation: yes",
            "Open to relocation – within the EU",
        ] {
            assert!(would_relocate(said, &[]), "{said}");
        }
        for said in [
            "Berlin, Germany",
            "Not open to relocation.",
            "Not currently open to relocation",
            "I would not be willing to relocate",
            "Open to relocation: no",
            "Relocation: no",
            "Unwilling to relocate",
            "Led the relocation of the data centre.",
        ] {
            assert!(!would_relocate(said, &[]), "{said}");
        }
        // A role's bullet tells of work, not of the writer's plans.
        let bullet = "Supported engineers willing to relocate to Berlin.";
        assert!(!would_relocate(
            &format!("## Experience\n- {bullet}"),
            &[bullet]
        ));
    }

    #[test]
    fn languages_need_a_capital() {
        assert_eq!(
            languages_in("polish the UI; Polish (C1) and Mandarin"),
            vec!["Polish", "Chinese"]
        );
    }

    #[test]
    fn a_postings_languages_in_their_own_words_count_and_names_do_not() {
        assert_eq!(
            languages_in_own_words("Ottima conoscenza della lingua italiana e dell'inglese"),
            vec!["Italian", "English"]
        );
        assert_eq!(
            languages_in_own_words("Bardzo dobra znajomość języka angielskiego; język polski"),
            vec!["English", "Polish"]
        );
        assert_eq!(
            languages_in_own_words("Inglés B2 y español nativo"),
            vec!["English", "Spanish"]
        );
        // A bank's name is no language, here or in a CV.
        assert!(languages_in_own_words("English-language team at PKO Bank Polski").is_empty());
        assert!(languages_in("Analyst at Banca Italiana").is_empty());
    }
}
