//! What a job title or a CV line says about a role: its track (individual contributor or manager),
//! its family (engineering, sales, product…), and the degree a line names however it is written
//! ("MSc", "M.Sc.", "Master of Science"). Postings and CVs are read with the same rules, so a
//! posting and a candidate meet on the same words.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Individual contributor (tech leads and staff engineers included).
    #[default]
    Ic,
    /// Manages people: engineering manager, head of, director, VP, CTO.
    Manager,
}

impl Track {
    pub fn as_str(self) -> &'static str {
        match self {
            Track::Ic => "ic",
            Track::Manager => "manager",
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            Track::Ic => "individual contributor",
            Track::Manager => "people manager",
        }
    }
}

fn padded(title: &str) -> String {
    let t: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(" {} ", t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a title names a team lead ("AI/ML Python Team Lead", "Teamlead Backend"), not a
/// technical lead.
pub fn names_team_lead(title: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(&RE, r"(?i)\bteam[ -]?lead(?:er)?\b").is_match(title)
}

/// Whether a text says the role or its writer manages no one: "no direct reports", "without
/// formal people management", "not a people manager", "this is not a people-management role". A
/// candidate's file saying so has led no team; a posting saying so asks technical leadership.
pub fn manages_no_one(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)\b(?:no|without)\s+(?:formal\s+)?(?:direct\s+reports|(?:people|line)[\s-]+management)\b|\b(?:not|isn['’]t)\s+(?:a\s+|an\s+)?(?:people[\s-]+manager\b|(?:people|line)[\s-]+management\s+(?:role|position)\b)",
    )
    .is_match(text)
}

/// Whether a title names a technical lead ("AI Tech Lead (Infrastructure)", "Technical Lead,
/// Trilogy"): an individual contributor's title that may lead a team, as its lines say.
pub fn names_tech_lead(title: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(&RE, r"(?i)\btech(?:nical)?[ -]?lead\b").is_match(title)
}

/// Whether a title names an operations specialty of engineering ("Senior DevOps Engineer", "Site
/// Reliability Engineer", "SRE"): the same family as software engineering, another specialty.
/// So does a platform engineer's title of no other qualifier, whose holder runs the clusters,
/// networks and pipelines others build on (Thomson Reuters' "Staff Platform Engineer - Materia
/// AI" scored 43 for an ML engineer who deploys on Kubernetes; both round-139 readers: 18–22, "a
/// platform/SRE job"). Not a platform named for what it serves ("Payments Platform Engineer",
/// "GenAI Platform Engineer", "Data Platform Engineer"), nor its manager ("Platform Engineering
/// Manager").
pub fn names_operations(title: &str) -> bool {
    static OPS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static PLATFORM: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let has = |cell, pattern| crate::text::re(cell, pattern).is_match(title);
    has(&OPS, r"(?i)\b(?:devops|sre|site reliability)\b")
        || has(
            &PLATFORM,
            r"(?i)^\s*(?:(?:senior|sr\.?|staff|principal|lead|junior|mid(?:-level)?)\s+)*platform\s+engineer\b",
        )
}

/// Whether a title names machine learning or AI as the trade of an engineer or scientist ("Staff
/// AI Engineer", "Senior or Staff Applied AI Engineer", "Machine Learning Engineer", "Data
/// Scientist"): a specialty of its own, like operations. Not a manager of such engineers ("AI
/// Engineering Manager"), nor an architect, nor "AI Developer Tools" (Docker's software
/// engineers build tools for developers).
pub fn names_machine_learning(title: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::text::re(
        &RE,
        r"(?i)\b(?:(?:applied\s+)?(?:ai|ml|machine\s+learning|deep\s+learning|nlp|llm|genai)\s+(?:engineer|scientist|researcher)|(?:data|applied|research)\s+scientist)\b",
    )
    .is_match(title)
}

/// Whether a posting's title is hands-on software building: a software, backend, front-end,
/// full-stack, ML or AI engineer, a developer or programmer, or a lead named for a language ("AI/ML
/// Python Team Lead"). Not an architect, consultant or manager, nor an operations specialty
/// ([`names_operations`]): a cloud architect who still writes his own Terraform is next door to
/// DevOps, not to a product's code.
pub fn names_hands_on_software(title: &str) -> bool {
    let t = padded(title);
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(&format!(" {w} ")));
    if any(&[
        "architect",
        "architekt",
        "consultant",
        "advisor",
        "manager",
        "head",
        "director",
        "vp",
        "chief",
        "cto",
        "sales engineer",
        "solutions engineer",
        "product owner",
    ]) || names_operations(title)
        || track_of_title(title) == Track::Manager
    {
        return false;
    }
    let builds = any(&["engineer", "developer", "programmer", "entwickler", "lead"]);
    // A rung and "engineer" alone ("Staff Engineer (gn) - Data & AI Focus") is a software
    // engineer's title in these postings: an engineering specialty names itself.
    let software = any(&[
        "staff engineer",
        "principal engineer",
        "senior engineer",
        "lead engineer",
        "founding engineer",
        "software",
        "backend",
        "back end",
        "frontend",
        "front end",
        "full stack",
        "fullstack",
        "developer",
        "programmer",
        "entwickler",
    ]) || names_machine_learning(title);
    let lex = super::lexicon::Lexicon::get();
    let language = lex
        .skills_in(title)
        .iter()
        .any(|k| lex.in_category(k, "language"));
    builds && (software || language)
}

/// Whether a CV's title is hands-on engineering: an engineer, developer, programmer, technical
/// lead or data scientist, not a salesman's engineer nor an engineering manager.
pub fn names_engineering_work(title: &str) -> bool {
    let t = padded(title);
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(&format!(" {w} ")));
    any(&[
        "engineer",
        "developer",
        "programmer",
        "tech lead",
        "technical lead",
        "data scientist",
        "entwickler",
    ]) && !any(&["sales engineer", "solutions engineer", "architect"])
        && track_of_title(title) == Track::Ic
}

/// Whether a CV's title is architecture or consulting, designing and advising rather than
/// building: "Lead Solutions Architect", "Senior Cloud Consultant".
pub fn names_architecture_or_consulting(title: &str) -> bool {
    let t = padded(title);
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(&format!(" {w} ")));
    // A software architect or consultant of a language often still writes the code: "Software
    // Architect" after "Senior Software Engineer" is no step away from it.
    let lex = super::lexicon::Lexicon::get();
    let codes = any(&["software", "application", "developer"])
        || lex
            .skills_in(title)
            .iter()
            .any(|k| lex.in_category(k, "language"));
    any(&["architect", "consultant", "advisor"]) && !codes
}

/// The track of a job title.
pub fn track_of_title(title: &str) -> Track {
    let t = padded(title);
    let has = |w: &str| t.contains(&format!(" {w} "));
    let leads_people = ["head", "director", "vp", "chief", "cto", "cio"]
        .iter()
        .any(|w| has(w))
        || t.contains("vice president");
    if leads_people || manages_people(&t) {
        Track::Manager
    } else {
        Track::Ic
    }
}

/// The kind of work a role is. Engineering includes architects, SRE, data and ML engineering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RoleFamily {
    Engineering,
    DataScience,
    Product,
    Design,
    QualityAssurance,
    Sales,
    CustomerSuccess,
    Consulting,
    Training,
    Marketing,
    People,
    Finance,
    ProjectManagement,
}

impl RoleFamily {
    pub fn describe(self) -> &'static str {
        match self {
            RoleFamily::Engineering => "software engineering",
            RoleFamily::DataScience => "data science",
            RoleFamily::Product => "product management",
            RoleFamily::Design => "design",
            RoleFamily::QualityAssurance => "QA / test engineering",
            RoleFamily::Sales => "sales / pre-sales",
            RoleFamily::CustomerSuccess => "customer success / account management",
            RoleFamily::Consulting => "client engagement / consulting",
            RoleFamily::Training => "technical training",
            RoleFamily::Marketing => "marketing",
            RoleFamily::People => "HR / recruiting",
            RoleFamily::Finance => "finance",
            RoleFamily::ProjectManagement => "project / programme management",
        }
    }

    /// Whether the family is another profession than building software, not work next door to
    /// it: design, product or project management, QA, customer success, marketing, HR, finance.
    /// A recruiter scores an engineer 3–12 for such a role, where pre-sales architecture,
    /// consulting or training, which an engineer can step into, score 30–40 (the labels of
    /// `../shared/corpus/labels/`). Project management is a trade of its own as product
    /// management is: both round-69 readers put Crossover's AI Project Manager at 8 and 10, where
    /// the cap next door gave 27.
    pub fn is_other_profession(self) -> bool {
        matches!(
            self,
            RoleFamily::Product
                | RoleFamily::ProjectManagement
                | RoleFamily::Design
                | RoleFamily::QualityAssurance
                | RoleFamily::CustomerSuccess
                | RoleFamily::Marketing
                | RoleFamily::People
                | RoleFamily::Finance
        )
    }
}

/// The family of a title; `None` when the title says too little ("Associate", "Specialist").
pub fn family_of_title(title: &str) -> Option<RoleFamily> {
    let t = padded(title);
    let any = |ws: &[&str]| ws.iter().any(|w| t.contains(&format!(" {w} ")));
    // Order matters: "product design manager" is design, "technical product manager" is product,
    // "QA engineer" is QA although it says engineer.
    if any(&[
        "qa",
        "quality assurance",
        "quality engineering",
        "tester",
        "sdet",
        "test engineer",
        "test automation",
    ]) {
        return Some(RoleFamily::QualityAssurance);
    }
    if any(&[
        "sales engineer",
        "pre sales",
        "presales",
        "solutions consultant",
    ]) {
        return Some(RoleFamily::Sales);
    }
    if any(&["advisory", "engagement manager"]) {
        return Some(RoleFamily::Consulting);
    }
    // An engineering title stays engineering whatever it works on ("Engineer (Marketing Systems)").
    if any(&[
        "engineer",
        "developer",
        "tech lead",
        "technical lead",
        "architect",
        "cto",
        "entwickler",
        "programmer",
    ]) {
        return Some(RoleFamily::Engineering);
    }
    if any(&[
        "designer",
        "design manager",
        "ux",
        "ui ux",
        "product design",
    ]) {
        return Some(RoleFamily::Design);
    }
    if any(&[
        "project manager",
        "program manager",
        "programme manager",
        "delivery manager",
        "scrum master",
        "pmo",
    ]) {
        return Some(RoleFamily::ProjectManagement);
    }
    if any(&[
        "product manager",
        "product owner",
        "product lead",
        "head of product",
        "product management",
    ]) {
        return Some(RoleFamily::Product);
    }
    if any(&[
        "sales",
        "account executive",
        "business development",
        "pre sales",
        "presales",
        "solutions consultant",
        "sales engineer",
    ]) {
        return Some(RoleFamily::Sales);
    }
    if any(&[
        "customer success",
        "customer experience",
        "account manager",
        "client success",
    ]) {
        return Some(RoleFamily::CustomerSuccess);
    }
    if any(&["engagement manager", "consultant", "advisory"]) && !any(&["engineer", "developer"]) {
        return Some(RoleFamily::Consulting);
    }
    if any(&["trainer", "instructor", "teacher", "lecturer"]) {
        return Some(RoleFamily::Training);
    }
    if any(&["marketing", "growth marketer", "seo", "content"]) {
        return Some(RoleFamily::Marketing);
    }
    if any(&["recruiter", "talent", "hr", "people partner"]) {
        return Some(RoleFamily::People);
    }
    if any(&["accountant", "finance", "controller", "financial analyst"]) {
        return Some(RoleFamily::Finance);
    }
    if any(&["data scientist", "research scientist", "applied scientist"]) {
        return Some(RoleFamily::DataScience);
    }
    if any(&[
        "engineer",
        "engineering",
        "developer",
        "architect",
        "devops",
        "sre",
        "cto",
        "programmer",
        "tech lead",
        "technical lead",
        "entwickler",
        "software",
        "platform",
        "infrastructure",
        "machine learning",
        "ml",
        "ai",
        "data",
        "backend",
        "frontend",
        "full stack",
        "fullstack",
    ]) {
        return Some(RoleFamily::Engineering);
    }
    None
}

/// Academic degree levels, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DegreeLevel {
    Bachelor,
    Master,
    Doctorate,
}

impl DegreeLevel {
    pub fn describe(self) -> &'static str {
        match self {
            DegreeLevel::Bachelor => "bachelor's",
            DegreeLevel::Master => "master's",
            DegreeLevel::Doctorate => "doctorate",
        }
    }
}

/// Every way a line names a degree, as (pattern on the line with dots removed, level). Matched on
/// word boundaries, so "MS" is a master's but "MSc" in "MSc." and "M.Sc." is found too.
const DEGREE_FORMS: &[(&str, DegreeLevel)] = &[
    ("phd", DegreeLevel::Doctorate),
    ("dphil", DegreeLevel::Doctorate),
    ("doctorate", DegreeLevel::Doctorate),
    ("doctoral", DegreeLevel::Doctorate),
    ("doctor of", DegreeLevel::Doctorate),
    ("msc", DegreeLevel::Master),
    ("ms", DegreeLevel::Master),
    ("ma", DegreeLevel::Master),
    ("meng", DegreeLevel::Master),
    ("mba", DegreeLevel::Master),
    ("mphil", DegreeLevel::Master),
    ("master", DegreeLevel::Master),
    ("masters", DegreeLevel::Master),
    ("master's", DegreeLevel::Master),
    ("diplom", DegreeLevel::Master),
    ("bsc", DegreeLevel::Bachelor),
    ("bs", DegreeLevel::Bachelor),
    ("ba", DegreeLevel::Bachelor),
    ("beng", DegreeLevel::Bachelor),
    ("btech", DegreeLevel::Bachelor),
    ("bachelor", DegreeLevel::Bachelor),
    ("bachelors", DegreeLevel::Bachelor),
    ("bachelor's", DegreeLevel::Bachelor),
];

/// The highest degree a line names: "MSc Computer Science", "M.Sc.", "Master of Science", "Ph.D.".
/// Short forms (MS, BA) count only in upper case, so "ma" and "ba" in prose do not.
pub fn degree_level(line: &str) -> Option<DegreeLevel> {
    let undotted: String = line.replace('.', "").replace('’', "'");
    let words: Vec<&str> = undotted
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let lower = undotted.to_lowercase();
    DEGREE_FORMS
        .iter()
        .filter(|(form, _)| {
            if form.contains(' ') {
                return lower.contains(form);
            }
            words.iter().any(|w| {
                let lw = w.to_lowercase();
                if lw != *form {
                    return false;
                }
                // Two-letter forms only as capitals (MS, MA, BA, BS), or MSc/BSc/PhD in any case.
                form.len() > 2 || w.chars().all(|c| c.is_ascii_uppercase())
            })
        })
        .map(|(_, level)| *level)
        .max()
}

/// Seniority levels, by the number [`level_of_title`] gives.
pub const LEVELS: [&str; 8] = [
    "intern",
    "junior",
    "mid-level",
    "senior",
    "staff / lead",
    "head / director",
    "vice president",
    "executive",
];

/// The staff / lead level of [`LEVELS`]: from it a missing skill a posting is built on costs
/// points in the fit.
pub const STAFF_LEVEL: u8 = 4;

/// The level of a senior title (see [`LEVELS`]).
pub const SENIOR_LEVEL: u8 = 3;

/// The level of a mid-level title, one naming no rung (see [`LEVELS`]).
pub const MID_LEVEL: u8 = 2;
/// The head / director level of [`LEVELS`]: a manager at it reports to a VP or the CTO.
pub const HEAD_LEVEL: u8 = 5;

/// Whether a padded, lower-cased title's "manager" manages people: not a product, project,
/// account or success manager's, who is an individual contributor of another trade.
fn manages_people(padded: &str) -> bool {
    let individual_manager = [
        "product manager",
        "project manager",
        "program manager",
        "account manager",
        "success manager",
        "experience manager",
        "customer manager",
        "partner manager",
    ]
    .iter()
    .any(|w| padded.contains(&format!(" {w} ")));
    padded.contains(" manager ") && !individual_manager
}

/// Level of a job title: 0 intern, 1 junior, 2 mid, 3 senior, 4 staff/lead/manager, 5 head/director,
/// 6 VP, 7 C-level.
pub fn level_of_title(title: &str) -> u8 {
    if offers_senior_rung(title) {
        return 3;
    }
    // A lead's duty in brackets behind a senior title is the senior rung: "Senior Software
    // Engineer (Tech Lead)" leads a squad, a step below a staff role or a head of engineering's
    // (both round-142 readers; read as staff / lead, Archetype's Staff Software Engineer was "a
    // match" for her, and COMX's Head of Engineering one level up).
    // Only the bracket's own words, up to its ")": "Senior Software Engineer (Backend) - Team
    // Lead" is a lead's title. A lead's duty behind any engineer's title below staff is the
    // senior rung, so "Software Engineer (Team Lead)" is no higher than its senior peer.
    if let Some((before, rest)) = title.split_once('(') {
        let (bracket, after) = rest.split_once(')').unwrap_or((rest, ""));
        let outside = format!("{before} {after}");
        let outside_level = level_of_title(&outside);
        if padded(bracket).contains(" lead ") && (MID_LEVEL..=3).contains(&outside_level) {
            return 3;
        }
    }
    let t = padded(title);
    let has = |w: &str| t.contains(&format!(" {w} "));
    if ["cto", "ceo", "cio", "cpo", "chief"].iter().any(|w| has(w)) {
        7
    } else if has("vp") || t.contains("vice president") {
        6
    } else if ["head", "director"].iter().any(|w| has(w)) {
        5
    } else if ["staff", "principal", "lead", "architect"]
        .iter()
        .any(|w| has(w))
        // A product manager's "manager" is no rung: Keyrock's "Technical Product Manager" read
        // as staff / lead (a round-116 reader).
        || manages_people(&t)
    {
        4
    } else if ["senior", "sr"].iter().any(|w| has(w)) {
        3
    } else if ["junior", "jr", "graduate", "entry"].iter().any(|w| has(w)) {
        1
    } else if ["intern", "internship", "trainee"].iter().any(|w| has(w)) {
        0
    } else {
        title_grade(title).unwrap_or(2)
    }
}

/// Whether a title offers the senior rung beside a higher one ("Senior or Staff Applied AI
/// Engineer", "Senior/Staff Engineer", "Staff or Senior Engineer", not "Senior Staff Engineer",
/// nor "AI Tech Lead / Senior Full Stack Engineer", two roles named): the role is open at senior,
/// which a senior candidate meets; read as staff, TRM Labs' posting was called a level up (both
/// readers of round 98). So is a bracketed "(Senior)" before the title: the role is open with or
/// without the rung, at most senior ("(Senior) Solution Architect" asking 3+ years, read as staff
/// for its "architect", both readers of round 114: a senior role).
fn offers_senior_rung(title: &str) -> bool {
    static OR: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let either = OR.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:(?:senior|sr\.?)\s*(?:\bor\b|/|&)\s*(?:staff|principal|lead)|(?:staff|principal)\s*(?:\bor\b|/|&)\s*(?:senior|sr\.?))\b",
        )
        .expect("valid regex")
    });
    static BRACKET: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let bracket = BRACKET
        .get_or_init(|| regex::Regex::new(r"(?i)^\s*\((?:senior|sr\.?)\)").expect("valid regex"));
    // The bracket leaves the title's own rung where it names one: "(Senior) Staff Engineer" is
    // a staff role (a review of round 114's change).
    let own_rung = || {
        let lower = title.to_lowercase();
        ["staff", "principal", "lead", "head", "director"]
            .iter()
            .any(|w| crate::text::word_matches(&lower, w).next().is_some())
    };
    // A manager's or a head's title keeps its rung: "Senior/Lead Engineering Manager" manages
    // ("Senior/Lead Product Manager" does not, and is open at senior).
    (either.is_match(title) || (bracket.is_match(title) && !own_rung()))
        && track_of_title(title) != Track::Manager
}

/// The level a title's numbered grade gives ("Data Scientist II" mid-level, "Software Engineer
/// III" senior, "… IV" staff), where the title has one. A grade is the employer's own ladder: a
/// listing's "Entry level" beside "Data Scientist II" (CrowdStrike, whose posting asks for
/// technical leadership and mentoring) is the board's default, not the role's level. "I" is no
/// grade: it is also a word.
pub fn title_grade(title: &str) -> Option<u8> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| match w {
            "II" => Some(2),
            "III" => Some(3),
            "IV" | "V" => Some(4),
            _ => None,
        })
}

/// The rung of an individual contributor's title above senior, where [`level_of_title`] puts
/// them all at one level, with the title's word for it: 1 Staff, 2 Principal or Senior Staff, 3
/// Distinguished or a technical Fellow; 0 for any other title ("Chief of Staff" is no rung, nor a
/// "Research Fellow"). A Principal posting is a step up for a Staff engineer (round 34's reader
/// counted it so; the level alone called it a match).
pub fn ic_rung(title: &str) -> (u8, &'static str) {
    let t = format!(
        " {} ",
        title.to_lowercase().replace(['-', ',', '(', ')', '/'], " ")
    );
    let has = |w: &str| t.contains(&format!(" {w} "));
    if has("chief of staff") || offers_senior_rung(title) {
        (0, "")
    } else if has("distinguished") {
        (3, "Distinguished")
    } else if has("technical fellow") || has("engineering fellow") || has("fellow engineer") {
        (3, "Fellow")
    } else if has("senior staff") || has("sr staff") || has("sr. staff") {
        (2, "Senior Staff")
    } else if has("principal") {
        (2, "Principal")
    } else if has("staff") {
        (1, "Staff")
    } else {
        (0, "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_platform_engineers_title_is_operations_unless_the_platform_is_data() {
        assert!(names_operations("Senior DevOps Engineer"));
        assert!(names_operations("Staff Platform Engineer - Materia AI"));
        assert!(!names_operations("Senior Data Platform Engineer"));
        assert!(!names_operations("ML Platform Engineer"));
        assert!(!names_operations("GenAI Platform Engineer"));
        assert!(!names_operations("Payments Platform Engineer"));
        assert!(!names_operations("Platform Engineering Manager"));
        assert!(names_operations("Senior Platform Engineer (Kubernetes)"));
        assert!(!names_operations(
            "Staff Software Engineer (Platform - GenAI)"
        ));
    }

    #[test]
    fn the_named_levels_are_the_titles_levels() {
        assert_eq!(LEVELS[usize::from(STAFF_LEVEL)], "staff / lead");
        assert_eq!(level_of_title("Staff Software Engineer"), STAFF_LEVEL);
        assert_eq!(LEVELS[usize::from(HEAD_LEVEL)], "head / director");
        assert_eq!(level_of_title("Head of Engineering"), HEAD_LEVEL);
    }

    #[test]
    fn a_product_managers_manager_is_no_rung() {
        // An individual contributor of another trade: the level is the title's other words'.
        assert_eq!(level_of_title("Technical Product Manager"), MID_LEVEL);
        assert_eq!(level_of_title("Senior Product Manager"), SENIOR_LEVEL);
        assert_eq!(level_of_title("Principal Program Manager"), STAFF_LEVEL);
        // A manager of people is.
        assert_eq!(level_of_title("Engineering Manager"), STAFF_LEVEL);
        assert_eq!(level_of_title("Software Development Manager"), STAFF_LEVEL);
    }

    #[test]
    fn a_numbered_grade_is_a_level() {
        assert_eq!(level_of_title("Data Scientist II (Remote, ROU)"), 2);
        assert_eq!(title_grade("Data Scientist II (Remote, ROU)"), Some(2));
        assert_eq!(level_of_title("Software Engineer III"), 3);
        // A lead's duty in brackets keeps a senior title senior; a staff title stays staff.
        assert_eq!(
            level_of_title("Senior Software Engineer (Tech Lead)"),
            SENIOR_LEVEL
        );
        assert_eq!(level_of_title("Staff Engineer (Tech Lead)"), STAFF_LEVEL);
        assert_eq!(
            level_of_title("Software Engineer (Team Lead)"),
            SENIOR_LEVEL
        );
        assert_eq!(
            level_of_title("Senior Software Engineer (Backend) - Team Lead"),
            STAFF_LEVEL
        );
        assert_eq!(level_of_title("Machine Learning Engineer IV"), 4);
        // A title open at senior is a senior role; "Senior Staff" is a rung above staff.
        for open in [
            "Senior or Staff Applied AI Engineer",
            "Senior/Staff Engineer",
            "Staff or Senior Engineer",
            "(Senior) Solution Architect Applied AI / Banking (all genders)",
            "(Sr.) Data Architect",
        ] {
            assert_eq!(level_of_title(open), 3, "{open}");
            assert_eq!(ic_rung(open).0, 0, "{open}");
        }
        assert_eq!(level_of_title("Senior Staff Engineer"), 4);
        assert_eq!(level_of_title("Solution Architect (Senior)"), 4);
        assert_eq!(level_of_title("(Senior) Engineering Manager"), 4);
        assert_eq!(level_of_title("(Senior) Staff Engineer"), 4);
        assert_eq!(level_of_title("(Senior) Lead Engineer"), 4);
        assert_eq!(level_of_title("Senior/Lead Engineering Manager"), 4);
        assert_eq!(level_of_title("Senior/Lead Product Manager"), 3);
        // "Tech Lead" is a role beside another, not a rung offered with senior.
        assert_eq!(
            level_of_title("AI Tech Lead / Senior Full Stack Engineer"),
            4
        );
        assert_eq!(ic_rung("Senior Staff Engineer").0, 2);
        // A word of the title says the level before a grade does.
        assert_eq!(level_of_title("Senior II Software Engineer Lead"), 4);
        for title in [
            "Software Engineer",
            "Build AI I/O pipelines",
            "Ivy League Recruiter",
        ] {
            assert_eq!(title_grade(title), None, "{title}");
        }
    }

    #[test]
    fn a_principal_title_is_a_rung_above_a_staff_one() {
        assert_eq!(ic_rung("Staff Software Engineer"), (1, "Staff"));
        assert_eq!(
            ic_rung("Principal Software Engineer, AI Developer Tools"),
            (2, "Principal")
        );
        assert_eq!(
            ic_rung("Senior Staff Software Engineer - AI"),
            (2, "Senior Staff")
        );
        assert_eq!(ic_rung("Distinguished Engineer"), (3, "Distinguished"));
        assert_eq!(ic_rung("Technical Fellow, Cloud"), (3, "Fellow"));
        for title in [
            "Senior Backend Engineer",
            "Solutions Architect",
            "Chief of Staff to the CTO",
            "Research Fellow in Machine Learning",
        ] {
            assert_eq!(ic_rung(title).0, 0, "{title}");
        }
    }

    #[test]
    fn degrees_are_recognised_however_written() {
        for line in [
            "MSc Computer Science",
            "MSc.",
            "M.Sc. in Physics",
            "Master of Science",
            "MS, Stanford",
            "Master's degree",
        ] {
            assert_eq!(degree_level(line), Some(DegreeLevel::Master), "{line}");
        }
        for line in [
            "BSc Software Engineering",
            "B.Sc.",
            "Bachelor of Engineering",
            "BA (Hons) Economics",
        ] {
            assert_eq!(degree_level(line), Some(DegreeLevel::Bachelor), "{line}");
        }
        assert_eq!(
            degree_level("Ph.D. in Machine Learning"),
            Some(DegreeLevel::Doctorate)
        );
        assert_eq!(degree_level("I ma ba the team"), None);
        assert_eq!(degree_level("Staff Software Engineer"), None);
    }

    #[test]
    fn tracks_follow_who_is_managed() {
        assert_eq!(
            track_of_title("Senior AI Engineering Manager"),
            Track::Manager
        );
        assert_eq!(
            track_of_title("Head of Engineering (f/m/d)"),
            Track::Manager
        );
        assert_eq!(track_of_title("Staff Software Engineer"), Track::Ic);
        assert_eq!(track_of_title("Python Tech Lead (AI)"), Track::Ic);
        assert_eq!(track_of_title("Product Manager, AI"), Track::Ic);
        assert_eq!(
            track_of_title("Remote Customer Experience Manager"),
            Track::Ic
        );
    }

    #[test]
    fn families_come_from_the_title() {
        assert_eq!(
            family_of_title("AI Project Manager, IgniteTech (Remote)"),
            Some(RoleFamily::ProjectManagement)
        );
        assert_eq!(
            family_of_title("Staff Software Engineer"),
            Some(RoleFamily::Engineering)
        );
        assert_eq!(
            family_of_title("Senior Software Quality Assurance Engineer"),
            Some(RoleFamily::QualityAssurance)
        );
        assert_eq!(
            family_of_title("Remote Product Design Manager"),
            Some(RoleFamily::Design)
        );
        assert_eq!(
            family_of_title("Technical Product Manager"),
            Some(RoleFamily::Product)
        );
        assert_eq!(
            family_of_title("Sr. Technical Trainer (Remote, ESP)"),
            Some(RoleFamily::Training)
        );
        assert_eq!(
            family_of_title("AI Solution Architect"),
            Some(RoleFamily::Engineering)
        );
        assert_eq!(
            family_of_title("Ai Engagement Manager"),
            Some(RoleFamily::Consulting)
        );
    }
}
