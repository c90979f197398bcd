//! The candidate's own files: the master CV and the knowledge base of STAR records.
//!
//! Both are Markdown (or plain text) as people write them. The parsers accept the common shapes and
//! refuse what they cannot understand with an error that names the line, because everything the
//! pipeline later writes about the candidate must come from these files.

mod cv;
pub mod evidence;
pub mod facts;
pub mod files;
mod kb;
mod lines;

pub use cv::{parse_master_cv, role_heading, Education, MasterCv, Role, SkillGroup};
pub use facts::Facts;
pub use kb::{parse_knowledge_base, Star};

/// Largest accepted master CV or knowledge base.
pub const MAX_PROFILE_BYTES: usize = 512 * 1024;

/// A parse error with the 1-based line it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        ParseError {
            line,
            message: message.into(),
        }
    }
}

pub use types::CandidateProfile;

/// Validates both files, naming the file and the line in the error.
pub fn validate_profile(
    master_cv: &str,
    knowledge_base: &str,
) -> crate::Result<(MasterCv, Vec<Star>)> {
    for (name, text) in [("master CV", master_cv), ("knowledge base", knowledge_base)] {
        if text.len() > MAX_PROFILE_BYTES {
            return Err(crate::Error::invalid(format!(
                "the {name} is {}, over the {} limit",
                crate::import::human_bytes(text.len()),
                crate::import::human_bytes(MAX_PROFILE_BYTES)
            )));
        }
    }
    let cv_text = master_cv_markdown(master_cv)?;
    let cv =
        parse_master_cv(&cv_text).map_err(|e| crate::Error::invalid(format!("master CV, {e}")))?;
    let stars = parse_knowledge_base(knowledge_base)
        .map_err(|e| crate::Error::invalid(format!("knowledge base, {e}")))?;
    Ok((cv, stars))
}

/// The master CV as the parser reads it: a JSON Resume is converted to Markdown first; any other
/// text is read as written.
pub fn master_cv_markdown(master_cv: &str) -> crate::Result<std::borrow::Cow<'_, str>> {
    if files::is_json_resume(master_cv) {
        files::json_resume_to_markdown(master_cv)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| crate::Error::invalid(format!("master CV, {e}")))
    } else {
        Ok(std::borrow::Cow::Borrowed(master_cv))
    }
}

/// The candidate as the pipeline uses it: parsed files plus the skills they evidence.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub cv: MasterCv,
    pub stars: Vec<Star>,
    /// The files as written: the ground truth the quality gate checks generated text against.
    pub master_cv_text: String,
    pub knowledge_base_text: String,
    /// Canonical skills the candidate evidences, by [`crate::text::lexicon::skill_key`].
    pub skills: std::collections::BTreeMap<String, String>,
    /// Languages, place, degrees, track: what knock-outs are checked against.
    pub facts: Facts,
    /// Skills the files show in other words than their names, with the line that shows each
    /// (see `evidence`): read once here, cited by the match view.
    pub shown_in_other_words: Vec<evidence::Shown>,
    /// The summary's team beside the largest the roles and records show (see
    /// [`Candidate::summary_team`]): read once here, where it also sets the facts' team, not
    /// each time the summary is stated.
    summary_team: Option<(u32, u32)>,
}

/// The skills `text` names as work done, line by line: not the people worked with or counted
/// ("Worked with two data scientists" names no data science: see
/// [`crate::layers::jd::names_people_not_work`]), nor the tools of a record's situation, the
/// setting before the work ("The online claims form was a legacy AngularJS app" made Angular
/// the candidate's, "the files show Angular" beside Lexaru's Svelte, round 141's recruiter);
/// its domain is the field the work was in.
pub(crate) fn skills_done(text: &str) -> Vec<String> {
    let lex = crate::text::lexicon::Lexicon::get();
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let situation = line
            .trim_start_matches([' ', '-', '*'])
            .to_lowercase()
            .starts_with("situation:");
        for f in lex.find(line) {
            let skill = &lex.skill(f.skill).name;
            if situation && lex.skill(f.skill).category != "domain" {
                continue;
            }
            if !crate::layers::jd::names_people_not_work(line, &f) && !out.contains(skill) {
                out.push(skill.clone());
            }
        }
    }
    out
}

/// Whether `text` names `skill` or a narrower one ("EKS" names Kubernetes).
fn names_skill(text: &str, skill: &str) -> bool {
    let lex = crate::text::lexicon::Lexicon::get();
    lex.skills_in(text)
        .iter()
        .any(|k| lex.is_narrower_or_same(k, skill))
}

/// See [`Candidate::summary_team`].
fn summary_team_of(cv: &cv::MasterCv, knowledge_base_text: &str) -> Option<(u32, u32)> {
    let (_, said) = facts::largest_team_led_at(&cv.summary)?;
    let records: Vec<&str> = cv
        .roles
        .iter()
        .flat_map(|r| r.bullets.iter().map(String::as_str))
        .chain(std::iter::once(knowledge_base_text))
        .collect();
    let (_, shown) = facts::largest_team_led_at(&records.join("\n"))?;
    (said > shown).then_some((said, shown))
}

/// The fields of software work an engineer's title may name (see
/// [`Candidate::years_in_roles_of`]).
pub const TITLED_FIELDS: &[&str] = &[
    "Backend development",
    "Frontend development",
    "Full-stack development",
    "Mobile development",
    "Data engineering",
    "Platform engineering",
    "DevOps",
    "Site reliability engineering",
    "Embedded systems",
    "Machine learning",
    "Data science",
    "Artificial intelligence",
    "Cybersecurity",
];

/// How the candidate meets one required skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkillMatch {
    /// The candidate names the skill itself.
    Exact,
    /// The candidate has a narrower form of it (asked "Generative AI", has RAG): it counts.
    Narrower(String),
    /// The candidate has a kind of it that shows only part of it: mentoring for team leadership,
    /// an LLM called (not a model made) for machine learning. It half counts for the score, but
    /// does not meet a hard requirement, and is said as a part ("in part: mentoring"), not as a
    /// skill of its own nearby.
    Partial(String),
    /// The candidate shows something near it: the skill it is a kind of (asked "EKS", has
    /// Kubernetes) or a skill the taxonomy relates to it. It half counts for the score, but does
    /// not meet a hard requirement.
    Broader(String),
    Missing,
}

impl SkillMatch {
    /// Whether the skill is met: by name or through a narrower skill, not only through a broader
    /// one.
    pub fn is_met(&self) -> bool {
        matches!(self, SkillMatch::Exact | SkillMatch::Narrower(_))
    }
}

/// Whether `have`, a kind of `wanted`, is machine learning used rather than made, when `wanted`
/// is machine learning: generative AI (a hosted model called) or the evaluation of a model's
/// answers (see [`Candidate::skill_match`]).
fn uses_models_only(wanted: &str, have: &str) -> bool {
    let lex = crate::text::lexicon::Lexicon::get();
    use crate::text::lexicon::skill_key;
    skill_key(wanted) == skill_key("Machine learning")
        && (lex.is_narrower_or_same(have, "Generative AI")
            || skill_key(have) == skill_key("Model evaluation"))
}

/// The skills of managing people, which files that deny it do not claim (see
/// [`crate::text::roles::manages_no_one`]).
const MANAGING_PEOPLE: [&str; 4] = [
    "Team leadership",
    "Engineering management",
    "Performance management",
    "Remote team leadership",
];

impl Candidate {
    /// The title of the CV's latest role, as written, where it has one.
    pub fn latest_title(&self) -> Option<&str> {
        self.cv
            .roles
            .first()
            .map(|r| r.title.trim())
            .filter(|t| !t.is_empty())
    }

    /// Parses both files; errors name the file and line.
    pub fn from_texts(master_cv: &str, knowledge_base: &str) -> crate::Result<Candidate> {
        let (cv, stars) = validate_profile(master_cv, knowledge_base)?;
        // The facts the gate checks against are the CV's text as the parser read it.
        let cv_text = master_cv_markdown(master_cv)?;
        Ok(Candidate::new(cv, stars, &cv_text, knowledge_base))
    }

    pub fn new(
        cv: MasterCv,
        stars: Vec<Star>,
        master_cv_text: &str,
        knowledge_base_text: &str,
    ) -> Candidate {
        use crate::text::lexicon::{skill_key, Lexicon};
        let lex = Lexicon::get();
        let mut skills = std::collections::BTreeMap::new();
        let mut add = |name: String| {
            skills.entry(skill_key(&name)).or_insert(name);
        };
        for written in cv.all_skills().chain(
            stars
                .iter()
                .flat_map(|s| s.skills.iter().map(String::as_str)),
        ) {
            add(lex
                .canonical(written)
                .unwrap_or_else(|| written.to_string()));
        }
        for name in skills_done(master_cv_text)
            .into_iter()
            .chain(skills_done(knowledge_base_text))
        {
            add(name);
        }
        // Stakeholder work told as the other teams worked with, system design as a system
        // designed, OKRs as quarterly goals set (see `evidence`).
        let shown_in_other_words =
            evidence::shown_in_other_words(&format!("{master_cv_text}\n{knowledge_base_text}"));
        for shown in &shown_in_other_words {
            add(shown.skill.to_string());
        }
        // "(mentor, no direct reports)": files that deny managing people claim no people
        // leadership, whatever a keyword list says ("ATS KEYWORDS: mentoring, technical
        // leadership" made the ML engineer a team leader for Brainlake's and Provectus's lead
        // roles, both round-94 readers). Mentoring stays, and half counts for leading a team.
        let mut facts = Facts::from_cv(&cv, master_cv_text);
        // Not where the files show a team led: "the team had no line management after the EM
        // left; I ran 1:1s for 5 engineers" denies nothing of the writer's.
        let led_a_team = facts.largest_team.is_some_and(|n| n >= 2);
        if !led_a_team
            && (crate::text::roles::manages_no_one(master_cv_text)
                || crate::text::roles::manages_no_one(knowledge_base_text))
        {
            for led in MANAGING_PEOPLE {
                skills.remove(&skill_key(led));
            }
        }
        if facts.citizenship.is_empty() {
            facts.citizenship = facts::citizenship(knowledge_base_text);
        }
        // The team the pack states is the largest the roles and records show, where the
        // summary says more (see `Candidate::summary_team`).
        let summary_team = summary_team_of(&cv, knowledge_base_text);
        if let Some((_, shown)) = summary_team {
            facts.largest_team = Some(shown);
        }
        // A knowledge base may state it in its preamble ("LOCATION PREFERENCES: …").
        if facts.location_preference.is_none() {
            facts.location_preference = facts::location_preference(knowledge_base_text);
        }
        Candidate {
            facts,
            cv,
            stars,
            master_cv_text: master_cv_text.to_string(),
            knowledge_base_text: knowledge_base_text.to_string(),
            skills,
            shown_in_other_words,
            summary_team,
        }
    }

    /// The line showing `skill` in other words, where the files never write its name ("I designed
    /// the target layout with Delta Lake tables" for system design): what a pack cites when it
    /// credits the skill, since a reader searching the CV for the name finds nothing (both
    /// round-113 readers called "related: System design" invented).
    pub fn shown_only_as(&self, skill: &str) -> Option<&str> {
        if self.written_as(skill).is_some() {
            return None;
        }
        self.shown_in_other_words
            .iter()
            .find(|s| s.skill == skill)
            .map(|s| s.line.as_str())
    }

    /// How the files write `skill` where they name it: the fullest of the master CV's ways ("LLMs"
    /// over the "LLM" of "LLM-based"), else of the knowledge base's.
    pub fn written_as(&self, skill: &str) -> Option<String> {
        let lex = crate::text::lexicon::Lexicon::get();
        // Not a person counted: "1 QA" of her squad is no way of writing testing ("Testing
        // (through “QA”)", "· QA" in her CV's headline, both round-142 readers).
        // A word naming the skill only beside its field that is the skill's modifier without its
        // head is no way of writing it: "prompt" of prompt engineering ("has used prompt and
        // retrieval-augmented generation", round 144). "guardrails" is the head of its name.
        let fragment = |text: &str, f: &crate::text::lexicon::Found| {
            let written = text[f.start..f.end].to_lowercase();
            f.by_context && skill.to_lowercase().starts_with(&format!("{written} "))
        };
        let named = |text: &str| {
            lex.find(text)
                .into_iter()
                .filter(|f| lex.skill(f.skill).name == skill && !fragment(text, f))
                .filter(|f| !crate::layers::jd::names_people_not_work(text, f))
                .map(|f| text[f.start..f.end].to_string())
                .max_by_key(String::len)
        };
        named(&self.master_cv_text).or_else(|| named(&self.knowledge_base_text))
    }

    /// The knowledge base's record with this id (a selection names its records by id).
    pub fn star(&self, id: &str) -> Option<&Star> {
        self.stars.iter().find(|s| s.id == id)
    }

    pub fn has_skill(&self, canonical: &str) -> bool {
        self.skills
            .contains_key(&crate::text::lexicon::skill_key(canonical))
    }

    /// Whether the candidate meets `wanted` (see [`SkillMatch::is_met`]).
    pub fn shows(&self, wanted: &str) -> bool {
        self.skill_match(wanted).is_met()
    }

    /// How the candidate meets `wanted` (a canonical skill name), through the taxonomy when not
    /// by name: a narrower skill of theirs counts, a broader one half counts.
    pub fn skill_match(&self, wanted: &str) -> SkillMatch {
        if self.has_skill(wanted) {
            return SkillMatch::Exact;
        }
        let lex = crate::text::lexicon::Lexicon::get();
        // Of the narrower skills, the nearest to `wanted`: the one with fewest skills above it.
        // "Generative AI (through “citation checks”)", found first by name, read as making no
        // sense to round 84's reader where the CV's LLMs are a direct kind of it.
        let depth = |k: &String| {
            lex.index_of(k)
                .map_or(usize::MAX, |i| lex.ancestors(i).len())
        };
        let (made, used): (Vec<&String>, Vec<&String>) = self
            .skills
            .values()
            .filter(|have| lex.is_narrower_or_same(have, wanted))
            .partition(|have| !uses_models_only(wanted, have));
        // Machine learning shown only by using a model others made half counts: an LLM called
        // through an API and the harness that evaluated its answers read as "Machine learning
        // (through LLM)" and "(through “evaluation harness”)", an overclaim to all four readers
        // of rounds 123 and 125, of a backend engineer whose files say "I am not an ML
        // specialist".
        if made.is_empty() {
            if let Some(have) = used.into_iter().min_by_key(|have| depth(have)) {
                return SkillMatch::Partial(have.clone());
            }
        }
        if let Some(have) = made.into_iter().min_by_key(|have| depth(have)) {
            // Mentoring is a kind of leadership, but two juniors mentored are no team led: it
            // shows half of team leadership, as a related skill does (round 88's readers found
            // "Team leadership" matched for an engineer with no direct reports).
            use crate::text::lexicon::skill_key;
            if skill_key(have) == skill_key("Mentoring")
                && skill_key(wanted) == skill_key("Team leadership")
                && self.facts.largest_team.is_none_or(|n| n <= 1)
            {
                return SkillMatch::Partial(have.clone());
            }
            return SkillMatch::Narrower(have.clone());
        }
        let mut broader = None;
        for have in self.skills.values() {
            // Only the direct parent half counts (Kubernetes for EKS): "Artificial intelligence"
            // says nothing about PyTorch.
            // Not a kind the files show only in other words: "Designed the team's LLM
            // evaluation harness" shows system design, not half of microservices (both
            // round-115 readers).
            let parent = lex.is_direct_kind(wanted, have) && self.shown_only_as(have).is_none()
                || lex.is_related(wanted, have);
            if broader.is_none() && parent {
                broader = Some(have.clone());
            }
        }
        // Under a vendors' umbrella, the vendor the files show is the nearest to the one asked,
        // not the umbrella: AWS asked of an engineer on Azure was "not shown; the nearest is
        // “Cloud”", the heading of his skills (round 137's legal-AI Principal). Only there: MLOps
        // is no nearer to Hugging Face or reinforcement learning than machine learning is. A
        // direct kind of the umbrella, as the vendor asked is: Azure, not Azure Monitor; and a
        // vendor, not a practice under the umbrella (cloud cost optimisation "related: Azure").
        let vendor = crate::layers::voice::is_named_in_prose;
        let sibling = |umbrella: &String| {
            self.skills
                .values()
                .filter(|h| *h != umbrella && lex.is_direct_kind(h, umbrella) && vendor(h))
                .min_by_key(|h| depth(h))
                .cloned()
        };
        broader
            .map(|have| {
                let over = crate::text::lexicon::VENDOR_UMBRELLAS.contains(&have.as_str())
                    && lex.is_direct_kind(wanted, &have)
                    && vendor(wanted);
                match over.then(|| sibling(&have)) {
                    Some(Some(kind)) => kind,
                    _ => have,
                }
            })
            .map_or(SkillMatch::Missing, SkillMatch::Broader)
    }

    /// The employer of the most recent role whose title or bullets name `skill` (or a narrower
    /// one): where a letter can say the skill was used. `None` for a skill only listed.
    pub fn employer_using(&self, skill: &str) -> Option<&str> {
        let names = |text: &str| names_skill(text, skill);
        self.cv
            .roles
            .iter()
            .find(|r| {
                !r.company.is_empty() && (names(&r.title) || r.bullets.iter().any(|b| names(b)))
            })
            .map(|r| r.company.as_str())
    }

    /// Years the CV shows with a skill: the roles whose title or bullets name it (or a narrower
    /// skill), or that a STAR record naming it took place in, their year spans merged. `None` when
    /// no role names it (a skill from the skills list alone has no dates).
    pub fn years_with(&self, skill: &str, this_year: i32) -> Option<u32> {
        self.years_of_roles(|r| self.role_uses(r, skill), this_year)
    }

    /// The years the STAR records doing `skill` (or a narrower one) took, overlaps counted once:
    /// a record's period is its end year less its start year, one year at least ("2023–2024" is
    /// one, "2019" one). "2-3 years of experience with AI/Gen-AI" is met by a RAG assistant
    /// (2023–2024) and a fraud model (2018–2019) that no role's title names (EPAM, round 66,
    /// where "no role of the CV is in artificial intelligence" read as false to both readers).
    pub fn years_in_records(&self, skill: &str) -> u32 {
        let spans: Vec<(i32, i32)> = self
            .records_doing(skill)
            .filter_map(|s| {
                let from = s.start_year()?;
                let to = s.end_year().unwrap_or(from);
                Some((from, to.max(from + 1)))
            })
            .collect();
        merged_length(spans).map_or(0, |years| years as u32)
    }

    /// The STAR records whose title, skills, task or action name `skill` or a narrower one: what
    /// was done, not the situation it was done in.
    pub fn records_doing<'a>(&'a self, skill: &'a str) -> impl Iterator<Item = &'a Star> + 'a {
        self.stars.iter().filter(move |s| {
            let did = format!(
                "{}. {}. {}. {}",
                s.title,
                s.skills.join(", "),
                s.task,
                s.action
            );
            names_skill(&did, skill)
        })
    }

    /// The CV's words for `skill` ("Terraform (basic)") where it names it only with a bracket
    /// saying it is slight ("FastAPI (side projects)", "Scala (learning)", "Python (scripting)")
    /// and no role used it: a skills list's own caveat, which a match read as full credit
    /// ("Infrastructure as code (through Terraform)" of "Terraform (basic)", round 137's hiring
    /// manager).
    pub fn slight_mention(&self, skill: &str) -> Option<String> {
        if self.last_used_at_work(skill, i32::MAX).is_some() {
            return None;
        }
        // "Python (scripting)": scripts beside a career in another language, which a posting
        // asking "5+ years of experience with Python and Python web frameworks" does not mean
        // (Veeva, a seventh candidate).
        const SLIGHT: [&str; 8] = [
            "scripting",
            "basic",
            "side project",
            "learning",
            "familiar",
            "beginner",
            "hobby",
            "exposure",
        ];
        let lex = crate::text::lexicon::Lexicon::get();
        let text = &self.master_cv_text;
        // The caveat opens the bracket: "(deep learning)" says what, not how little.
        let with_caveat = |f: &crate::text::lexicon::Found| {
            let rest = text[f.end..].trim_start();
            let caveat = rest.strip_prefix('(')?.split(')').next()?;
            let lower = caveat.trim_start().to_lowercase();
            // Scripting is a shell's whole use: "Bash (scripting)" says what, not how little.
            let shell = matches!(skill, "Bash" | "PowerShell");
            SLIGHT
                .iter()
                .filter(|w| !(shell && **w == "scripting"))
                .any(|w| lower.starts_with(w))
                .then(|| format!("{} ({caveat})", &text[f.start..f.end]))
        };
        let named: Vec<_> = lex
            .find(text)
            .into_iter()
            .filter(|f| lex.skill(f.skill).name == skill)
            .collect();
        let said: Vec<String> = named.iter().filter_map(with_caveat).collect();
        (!named.is_empty() && said.len() == named.len())
            .then(|| said.into_iter().next())
            .flatten()
    }

    /// The last year a role used `skill` (see [`Candidate::years_with`]): Spark used only in a
    /// 2014–2017 role is not what a posting asking for Spark today means. `None` when no dated
    /// role names it, or a project does (projects are undated, and a live one is current).
    pub fn last_used(&self, skill: &str, this_year: i32) -> Option<i32> {
        if self.cv.projects.iter().any(|p| names_skill(p, skill)) {
            return None;
        }
        self.last_used_at_work(skill, this_year)
    }

    /// The last year a role used `skill`, projects aside: what the candidate is paid to do now.
    pub fn last_used_at_work(&self, skill: &str, this_year: i32) -> Option<i32> {
        self.cv
            .roles
            .iter()
            .filter(|r| self.role_uses(r, skill))
            .filter_map(|r| r.end_year().or(r.is_current().then_some(this_year)))
            .max()
    }

    /// Whether a role (or a record at its employer) used `skill`, and not only before the latest
    /// role began: work the candidate can speak of as theirs today. A skills list, a project or
    /// a role of long ago is not.
    pub fn used_in_current_work(&self, skill: &str) -> bool {
        self.last_used_at_work(skill, i32::MAX).is_some()
            && !self.used_only_before_latest_role(skill)
    }

    /// Whether a role used `skill` last before the latest role began: work of the past ("React"
    /// in 2014–17 for a staff engineer since 2021), which does not head the CV or bridge a gap.
    pub fn used_only_before_latest_role(&self, skill: &str) -> bool {
        let since = self.cv.roles.first().and_then(|r| r.start_year());
        let by_years = matches!(
            (self.last_used_at_work(skill, i32::MAX), since),
            (Some(last), Some(since)) if last < since
        );
        let year = crate::ids::now().year();
        by_years || self.ended_before_latest_began(skill, month_index(year, present_month(year)))
    }

    /// Whether every role that used `skill` ended before the latest began, where both write
    /// their months: "React" at Bazaarna until 2021-04, for an engineer at Marsa Payments since
    /// 2021-05, headed a backend engineer's CV as current (round 96, both readers).
    fn ended_before_latest_began(&self, skill: &str, today: i32) -> bool {
        let Some((latest, earlier)) = self.cv.roles.split_first() else {
            return false;
        };
        let month = |at: Option<(i32, Option<u32>)>| {
            at.and_then(|(year, month)| month.map(|m| month_index(year, m)))
        };
        let Some(began) = month(first_month(&latest.period)) else {
            return false;
        };
        // Only once the latest role has run two years: a job begun last month leaves the one
        // before it current work.
        if today - began < 24 {
            return false;
        }
        let users: Vec<&cv::Role> = earlier
            .iter()
            .filter(|r| self.role_uses(r, skill))
            .collect();
        !self.role_uses(latest, skill)
            && !users.is_empty()
            && users.iter().all(|r| {
                r.end_year().is_some()
                    && month(last_month(&r.period)).is_some_and(|end| end < began)
            })
    }

    /// Whether role `r`'s title or bullets name `skill` (or a narrower one), or a STAR record at
    /// its employer does.
    fn role_uses(&self, r: &cv::Role, skill: &str) -> bool {
        let names = |text: &str| names_skill(text, skill);
        names(&r.title)
            || r.bullets.iter().any(|b| names(b))
            || self.stars.iter().any(|s| {
                !s.company.is_empty()
                    && s.company == r.company
                    && (s.skills.iter().any(|k| names(k)) || names(&s.action))
            })
    }

    /// Years of the roles whose title names `skill` (or a narrower one): a field such as machine
    /// learning is a career only where a title says so; a project in a software role is not
    /// "6+ years delivering AI/ML solutions". `None` when no title names it.
    pub fn years_titled(&self, skill: &str, this_year: i32) -> Option<u32> {
        self.years_of_roles(|r| names_skill(&r.title, skill), this_year)
    }

    /// The years the CV's dated roles span, overlaps counted once, by their years alone: what a
    /// recruiter counts from the dates when a summary's "11 years of experience" has not been
    /// updated since ("2014 – Present" is twelve years in 2026). A requirement is met by it.
    pub fn dated_years(&self, this_year: i32) -> Option<u32> {
        self.years_of_roles(|_| true, this_year)
    }

    /// The full years the CV's dated roles span, counted in months: the figure the pack may
    /// state for the candidate, so never more than they worked. A period naming no month is
    /// counted short (its start as its year's December, its end as January), and "Present" runs
    /// to [`present_month`]. An end year without a month that another role starts in, also
    /// without one ("2017–2019", "2019–2022"), runs to that year's December, as a recruiter reads
    /// one role handing over to the next (never past the present): counted short, the eleven
    /// months left between each made the ML engineer's 2017–now seven years, which undersold him
    /// to both round-131 readers.
    pub fn full_years_dated(&self, this_year: i32) -> Option<u32> {
        self.months_dated(|_| true, false, this_year)
            .map(|months| (months / 12) as u32)
    }

    /// The months the roles `keep` takes span by their dates, overlaps counted once (see
    /// [`Candidate::full_years_dated`] for how a month left out is read); with `last_month_worked`,
    /// a role's last month counts as worked ("Jul 2015 – Jun 2019" is 48 months, not 47).
    fn months_dated(
        &self,
        keep: impl Fn(&cv::Role) -> bool,
        last_month_worked: bool,
        this_year: i32,
    ) -> Option<i32> {
        let present = month_index(this_year, present_month(this_year));
        let starts_without_month: Vec<i32> = self
            .cv
            .roles
            .iter()
            .filter_map(|r| first_month(&r.period))
            .filter(|(_, month)| month.is_none())
            .map(|(year, _)| year)
            .collect();
        let spans: Vec<(i32, i32)> = self
            .cv
            .roles
            .iter()
            .filter(|r| keep(r))
            .filter_map(|r| {
                let (year, month) = first_month(&r.period)?;
                let start = month_index(year, month.unwrap_or(12));
                let end = match r.end_year() {
                    None => present,
                    Some(_) => {
                        let (year, month) = last_month(&r.period)?;
                        let handed_over = starts_without_month.contains(&year);
                        month_index(year, month.unwrap_or(if handed_over { 12 } else { 1 }))
                            .min(present)
                    }
                };
                let end = if last_month_worked { end + 1 } else { end };
                Some((start, end.max(start)))
            })
            .collect();
        merged_length(spans)
    }

    /// Years of the roles in one of `fields` (kinds of software work: "Backend development",
    /// "Full-stack development"): those whose title names one, or an engineer's title naming no
    /// field at all ("Software Engineer", "Python Developer"), which may be any of them. A title
    /// naming another field is not: a "Machine Learning Engineer" held no backend role, whatever
    /// the APIs the role served (CodeNinja's "8+ years … primarily in backend or full-stack
    /// engineering roles" was met by an ML engineer's Flask; both round-115 readers rejected it).
    /// A title of several parts ("Data Scientist / Python Developer") counts by any of them. A
    /// manager's title counts for none.
    pub fn years_in_roles_of(&self, fields: &[String], this_year: i32) -> u32 {
        use crate::text::roles::{family_of_title, track_of_title, RoleFamily, Track};
        let lex = crate::text::lexicon::Lexicon::get();
        // A field's sibling the taxonomy relates to it counts: a "DevOps Engineer" held an SRE
        // role as much as a platform one.
        let in_field = |part: &str| {
            lex.skills_in(part).iter().any(|k| {
                fields
                    .iter()
                    .any(|f| lex.is_narrower_or_same(k, f) || lex.is_related(f, k))
            })
        };
        // An engineer's title of the trade ("Software Engineer", "Tech Lead", "Software
        // Architect"), not a QA, sales or support engineer's.
        let engineers = |part: &str| family_of_title(part) == Some(RoleFamily::Engineering);
        let names_a_field = |part: &str| TITLED_FIELDS.iter().any(|f| names_skill(part, f));
        // A manager's title is no engineering role of any kind: an "Engineering Manager" met
        // CodeNinja's "primarily in backend or full-stack engineering roles" by its "engineer".
        let manages = |part: &str| track_of_title(part) == Track::Manager;
        self.years_of_roles(
            |r| {
                r.title.split('/').any(|part| {
                    !manages(part) && (in_field(part) || (engineers(part) && !names_a_field(part)))
                })
            },
            this_year,
        )
        .unwrap_or(0)
    }

    /// The full years of the roles whose titles `keep` takes, by their months, each role's last
    /// month worked; `None` where no such role is dated. By years alone, "Jul 2015 – Dec 2016"
    /// and "Jan 2017 – Jun 2019" made 3 years of four (the product manager's engineering, round
    /// 146). Never more than were worked: 4 years 7 months do not meet "5+".
    pub fn years_of_titles(&self, keep: impl Fn(&str) -> bool, this_year: i32) -> Option<u32> {
        self.months_dated(|r| keep(&r.title), true, this_year)
            .map(|months| (months / 12) as u32)
    }

    /// The years the roles `keep` takes span, overlaps counted once.
    fn years_of_roles(&self, keep: impl Fn(&cv::Role) -> bool, this_year: i32) -> Option<u32> {
        let spans: Vec<(i32, i32)> = self
            .cv
            .roles
            .iter()
            .filter(|r| keep(r))
            .filter_map(|r| {
                let start = r.start_year()?;
                let end = r.end_year().unwrap_or(this_year);
                Some((start, end.max(start)))
            })
            .collect();
        merged_length(spans).map(|years| years as u32)
    }

    /// Whether a role of the CV is dated by years alone ("2017 – 2019"), which counting by months
    /// takes short (see [`Candidate::full_years_dated`]).
    pub fn has_year_only_dates(&self) -> bool {
        self.cv
            .roles
            .iter()
            .any(|r| first_month(&r.period).is_some_and(|(_, month)| month.is_none()))
    }

    /// The years of experience the CV's summary states ("11 years of experience"), if it does.
    pub fn summary_years(&self) -> Option<u32> {
        summary_years_at(&self.cv.summary).map(|(_, y, _)| y)
    }

    /// A count of years as the pack says it: "over 7" where it is the summary's own count and
    /// the summary writes it open ("7+ years"), else the count. "I have 7 years" of a CV saying
    /// "7+" with roles since 2017 read as rounding the candidate down (both round-115 readers).
    pub fn years_said(&self, years: u32) -> String {
        let open = summary_years_at(&self.cv.summary)
            .is_some_and(|(at, y, _)| y == years && self.cv.summary[at.end..].starts_with('+'));
        if open {
            format!("over {years}")
        } else {
            years.to_string()
        }
    }

    /// A career's years as a short note says them beside the latest title: "11 years in
    /// data-heavy products" where the summary says the field its years were spent in, "11 years
    /// of experience, managing since 2022" for a manager whose career began before managing, else
    /// "11 years of experience". "I'm an Engineering Manager with 11 years of experience" read as
    /// eleven years managing, where the files show four (both round-140 readers).
    pub fn experience_said(&self, years: u32) -> String {
        if let Some(in_field) = self.years_in_field(years) {
            return in_field;
        }
        let said = self.years_said(years);
        let began = self.cv.roles.iter().filter_map(|r| r.start_year()).min();
        match self.managing_since() {
            Some((since, _)) if began.is_some_and(|b| b < since) => {
                format!("{said} years of experience, managing since {since}")
            }
            _ => format!("{said} years of experience"),
        }
    }

    /// Whether the sentence stating the summary's years says they were spent with languages or
    /// frameworks ("8 years of experience building customer-facing web products in TypeScript,
    /// React and Node.js"): the roles' dates may give more years of a career, not more of those
    /// tools. "10 years … in TypeScript, React and Node.js" of a career begun in PHP read as an
    /// unsupported claim to round 141's hiring manager; the pack keeps the summary's count.
    pub fn summary_years_of_tools(&self) -> bool {
        let Some((at, _, _)) = summary_years_at(&self.cv.summary) else {
            return false;
        };
        // The whole sentence: "TypeScript and React engineer with 8 years …" names them first.
        let summary = &self.cv.summary;
        let start = summary[..at.start].rfind(". ").map_or(0, |i| i + 2);
        let end = summary[at.end..]
            .find(". ")
            .map_or(summary.len(), |i| at.end + i);
        let sentence = &summary[start..end];
        let lex = crate::text::lexicon::Lexicon::get();
        lex.skills_in(sentence).iter().any(|k| {
            lex.index_of(k)
                .is_some_and(|i| matches!(lex.skill(i).category.as_str(), "language" | "framework"))
        })
    }

    /// `years` in the field the summary says its years were spent in ("11 years in data-heavy
    /// products"), where the summary's count is not above them.
    pub fn years_in_field(&self, years: u32) -> Option<String> {
        self.summary_field()
            .filter(|_| self.summary_years().is_some_and(|s| s <= years))
            .map(|field| format!("{} years {field}", self.years_said(years)))
    }

    /// The field the summary says its years were spent in ("in data-heavy products"), if any:
    /// the letter says the career's years in it, and the gate takes them as the career's.
    pub fn summary_field(&self) -> Option<String> {
        summary_years_at(&self.cv.summary).and_then(|(_, _, field)| field)
    }

    /// The CV's summary with its stated years of experience replaced by `years`: a summary
    /// written a year ago says 11 where the roles' dates now give 12.
    ///
    /// A summary the dates have outgrown loses the openers that date a sentence from its writing
    /// ("In the last 18 months has built …"), no longer true by the same token.
    pub fn summary_stating(&self, years: u32) -> String {
        let summary = self.summary_team_stated();
        match summary_years_at(&summary) {
            Some((at, stated, _)) if stated != years => {
                crate::text::dates::without_relative_openers(&format!(
                    "{}{years}{}",
                    &summary[..at.start],
                    self.part_restated(&summary[at.end..], years)
                ))
            }
            _ => summary,
        }
    }

    /// The summary with its team stated as the roles and records show it, where it says more:
    /// "Led teams of up to 8 engineers" above one "Led a team of 6 engineers …" reads "Led a team
    /// of 6 engineers", as the drafts say it ([`Candidate::teams_led`]); the figure alone is
    /// restated where the words around it are not the usual ones.
    fn summary_team_stated(&self) -> String {
        let summary = &self.cv.summary;
        let (Some((_, shown)), Some((at, _))) =
            (self.summary_team(), facts::largest_team_led_at(summary))
        else {
            return summary.clone();
        };
        static PHRASE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let phrase = crate::text::re(
            &PHRASE,
            r"(?i)\bteams?\s+of\s+(?:up\s+to\s+|about\s+|around\s+|over\s+)?\d{1,4}\s+engineers\b",
        );
        let whole = phrase
            .find_iter(summary)
            .find(|m| m.start() <= at.start && at.end <= m.end());
        match (whole, self.teams_led()) {
            (Some(m), Some(teams)) => {
                // "Led teams of …" is "Led a team of …": the article comes with the words.
                format!("{}{teams}{}", &summary[..m.start()], &summary[m.end()..])
            }
            _ => format!("{}{shown}{}", &summary[..at.start], &summary[at.end..]),
        }
    }

    /// The team the CV's summary says was led beside the largest its roles and records show,
    /// where the summary's is larger: `(summary, shown)`. The pack states the figure shown, as it
    /// states the years the dates give, and the dossier says to update the summary: both
    /// round-118 readers found "Led teams of up to 8 engineers" in every CV and letter beside
    /// the dossier's own note that the roles show 6 ("never ship a claim the tool flags"). Files
    /// whose roles give no team's size are not flagged: the summary is then the only word on it.
    pub fn summary_team(&self) -> Option<(u32, u32)> {
        self.summary_team
    }

    /// The texts a team led is sized in: the summary, each bullet, the knowledge base.
    fn texts_sizing_teams(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.cv.summary.as_str())
            .chain(
                self.cv
                    .roles
                    .iter()
                    .flat_map(|r| r.bullets.iter().map(String::as_str)),
            )
            .chain(std::iter::once(self.knowledge_base_text.as_str()))
    }

    /// The largest team the files say was led, not mentored ("Mentored 8 engineers" leads no
    /// team of 8): the facts' team where a summary overstated it, else the largest led anywhere
    /// in the files. None below two.
    pub fn team_led_size(&self) -> Option<u32> {
        let led = self
            .texts_sizing_teams()
            .filter_map(|t| facts::largest_team_led_at(t).map(|(_, n)| n))
            .max()?;
        self.facts
            .largest_team
            .map(|n| n.min(led))
            .filter(|n| *n > 1)
    }

    /// The team led, as a draft says it: "a team of 6 engineers" where the files show one
    /// (teams led at one employer, no "teams" written), "teams of up to 8 engineers" otherwise.
    /// "I have led teams of up to 6 engineers" of one team of 6 read as inflated to both
    /// round-135 readers. None where no team of two or more was led (see
    /// [`Candidate::team_led_size`]).
    pub fn teams_led(&self) -> Option<String> {
        let n = self.team_led_size()?;
        let led = |text: &str| facts::largest_team_led_at(text).is_some_and(|(_, n)| n > 1);
        // A record's employer as its role names it: "Acme" and "Acme GmbH" are one.
        let employer_of = |company: &str| {
            let company = company.trim().to_lowercase();
            self.cv
                .roles
                .iter()
                .map(|r| r.company.trim().to_lowercase())
                .find(|r| !r.is_empty() && (r.contains(&company) || company.contains(r.as_str())))
                .unwrap_or(company)
        };
        let mut employers: Vec<String> = self
            .cv
            .roles
            .iter()
            .filter(|r| r.bullets.iter().any(|b| led(b)))
            .map(|r| r.company.trim().to_lowercase())
            .chain(
                self.stars
                    .iter()
                    .filter(|s| !s.company.trim().is_empty())
                    .filter(|s| led(&format!("{}. {}", s.task, s.action)))
                    .map(|s| employer_of(&s.company)),
            )
            .collect();
        employers.sort();
        employers.dedup();
        static TEAMS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let teams = crate::text::re(&TEAMS, r"(?i)\bteams\s+of\b");
        // The summary's own "teams" counts where its figure is the one stated.
        let plural = self
            .cv
            .roles
            .iter()
            .flat_map(|r| r.bullets.iter())
            .any(|b| teams.is_match(b))
            || self.stars.iter().any(|s| teams.is_match(&s.action))
            || (self.summary_team.is_none() && teams.is_match(&self.cv.summary));
        // Whom the led team of `n` is made of, where its size is written.
        let members = self
            .texts_sizing_teams()
            .find_map(|t| {
                let (at, size) = facts::largest_team_led_at(t)?;
                (size == n)
                    .then(|| facts::team_members(t, at.start))
                    .flatten()
            })
            .unwrap_or_else(|| "engineers".to_string());
        Some(if plural || employers.len() > 1 {
            let members = members.trim_end_matches(" (me included)");
            format!("teams of up to {n} {members}")
        } else {
            format!("a team of {n} {members}")
        })
    }

    /// `text` (what follows the summary's years) with "the last 4 in payments" restated where
    /// the dates have outgrown the summary: the years of the current role, which the count was
    /// of when the summary was written (within a year). The .NET engineer's summary, written at
    /// 8 years, counted 4 in payments; at 10 the letter still said "the last 4", stale to both
    /// round-96 readers, where his current role's dates give 5. Left as written otherwise.
    pub fn part_restated(&self, text: &str, years: u32) -> String {
        static PART: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        // A count of years ("the last 4 in payments", "the past 3 years as a lead"), in the
        // sentence of the summary's years: not "the last 3 platform releases".
        let part = crate::text::re(
            &PART,
            r"(?i)\bthe\s+(?:last|past)\s+(\d{1,2})(?:\s+years?)?\s+(?:in|at|as|with|on)\b",
        );
        let sentence = text.find(". ").map_or(text, |end| &text[..end]);
        let (Some(stated), Some(cap)) = (self.summary_years(), part.captures(sentence)) else {
            return text.to_string();
        };
        let (Some(now), Ok(said)) = (self.current_role_years(years), cap[1].parse::<u32>()) else {
            return text.to_string();
        };
        let grown = years.saturating_sub(stated);
        let then = now.saturating_sub(grown);
        if stated >= years || now <= said || said.abs_diff(then) > 1 {
            return text.to_string();
        }
        let at = cap.get(1).map_or(0..0, |m| m.range());
        format!("{}{now}{}", &text[..at.start], &text[at.end..])
    }

    /// The full years of the current role in a career of `years` full years: its start counted
    /// from the first role's in months, so never more than the dates give.
    fn current_role_years(&self, years: u32) -> Option<u32> {
        let current = self.cv.roles.first().filter(|r| r.is_current())?;
        let start = |period: &str| {
            first_month(period).map(|(year, month)| month_index(year, month.unwrap_or(12)))
        };
        let first = self
            .cv
            .roles
            .iter()
            .filter_map(|r| start(&r.period))
            .min()?;
        let before = start(&current.period)? - first;
        Some(((years as i32 * 12 - before).max(0) / 12) as u32)
    }

    /// Years of experience: what the CV's summary states ("11 years of experience"), since that is
    /// the figure the candidate stands behind and the one letters may repeat; otherwise the years
    /// since the earliest role started (0 when no period has a year).
    pub fn years_of_experience(&self, this_year: i32) -> u32 {
        if let Some(y) = self.summary_years() {
            return y;
        }
        self.cv
            .roles
            .iter()
            .filter_map(|r| r.start_year())
            .min()
            .map(|y| (this_year - y).max(0) as u32)
            .unwrap_or(0)
    }

    /// The year from which the CV's latest roles have all been a manager's, with the last
    /// engineering role before them (its title and the year it ended) where the CV dates it:
    /// what a posting ruling out a pure manager asks of a manager's files. None where the
    /// latest dated role is no manager's.
    pub fn managing_since(&self) -> Option<(i32, Option<(&str, i32)>)> {
        use crate::text::roles::{track_of_title, Track};
        let mut roles: Vec<_> = self
            .cv
            .roles
            .iter()
            .filter(|r| r.start_year().is_some())
            .collect();
        roles.sort_by_key(|r| std::cmp::Reverse(r.start_year()));
        let managing = roles
            .iter()
            .take_while(|r| track_of_title(&r.title) == Track::Manager)
            .count();
        let since = roles.get(managing.checked_sub(1)?)?.start_year()?;
        let built = roles
            .get(managing)
            .and_then(|r| Some((r.title.as_str(), r.end_year()?)));
        Some((since, built))
    }

    /// The level of the most recent role title (see [`crate::text::roles::level_of_title`]).
    pub fn level(&self) -> u8 {
        self.cv
            .roles
            .first()
            .map(|r| crate::text::roles::level_of_title(&r.title))
            .unwrap_or(2)
    }
}

/// Where the summary states its years of experience, how many, and the field it says they were
/// spent in ("in data-heavy products"), if it says one.
fn summary_years_at(summary: &str) -> Option<(std::ops::Range<usize>, u32, Option<String>)> {
    static STATED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // "about nine years of experience" as well as "9 years": the letter's count of years beside
    // a summary in words is a mismatch the pack should say, not one it should make. Not the
    // "one" of "twenty-one".
    let stated = STATED.get_or_init(|| {
        let words = crate::text::NUMBER_WORDS.join("|");
        regex::Regex::new(&format!(r"(?i)(?:^|[^\w-])(\d{{1,2}}|{words})\+?\s+years(?:'|’)?\s+(?:(?:of\s+)?(?:professional\s+|industry\s+|hands-on\s+)?experience|(in\s+[^.;:(),]{{3,60}}?)(?:[.;:(,]|$))"))
            .expect("valid regex")
    });
    let caps = stated.captures(summary)?;
    let m = caps.get(1)?;
    let n = m
        .as_str()
        .parse()
        .ok()
        .or_else(|| crate::text::number_word(m.as_str()))?;
    let field = caps.get(2).map(|f| f.as_str().trim().to_string());
    // "N years in …" is the career only in a field of work: not "4 years in Kotlin, after 8 in
    // Java" (a tool), "3 years in Berlin" (a place), or "the last 3 years in fintech" (a part).
    if let Some(field) = &field {
        let lex = crate::text::lexicon::Lexicon::get();
        let before = summary[..m.start()].to_lowercase();
        let part = ["last", "past", "recent", "after", "first"]
            .iter()
            .any(|w| before.trim_end().ends_with(w) || before.ends_with(&format!("{w} ")));
        let tool = lex
            .skills_in(field)
            .iter()
            .any(|k| lex.specificity(k) == crate::text::lexicon::Specificity::Tool);
        if part || tool || crate::text::places::country_in(field).is_some() {
            return None;
        }
    }
    Some((m.range(), n, field))
}

/// The length the spans cover, overlaps counted once; `None` for no span.
fn merged_length(mut spans: Vec<(i32, i32)>) -> Option<i32> {
    if spans.is_empty() {
        return None;
    }
    spans.sort();
    let (mut length, mut covered_to) = (0, i32::MIN);
    for (start, end) in spans {
        let from = start.max(covered_to);
        if end > from {
            length += end - from;
        }
        covered_to = covered_to.max(end);
    }
    Some(length.max(0))
}

/// Months since year 0: spans in months subtract.
fn month_index(year: i32, month: u32) -> i32 {
    year * 12 + month as i32 - 1
}

/// The month "Present" reaches in `this_year`: today's in the current year, December in a year
/// gone by (a run pinned to an earlier year), January in one to come. Counting a running role
/// to December of the current year would add months not yet worked.
fn present_month(this_year: i32) -> u32 {
    let now = crate::ids::now();
    match this_year.cmp(&now.year()) {
        std::cmp::Ordering::Equal => u32::from(u8::from(now.month())),
        std::cmp::Ordering::Less => 12,
        std::cmp::Ordering::Greater => 1,
    }
}

/// The period's first year and, where written beside it, its month: "2017-06 – 2021-02" →
/// (2017, Some(6)); "Sep 2014 – May 2017" → (2014, Some(9)); "06/2019 – …" → (2019, Some(6));
/// "2014 – 2017" → (2014, None).
fn first_month(period: &str) -> Option<(i32, Option<u32>)> {
    dated(period).into_iter().next()
}

/// The period's last year and month, as [`first_month`] reads them.
fn last_month(period: &str) -> Option<(i32, Option<u32>)> {
    dated(period).into_iter().last()
}

/// Every year in a period with the month written beside it, if any.
fn dated(period: &str) -> Vec<(i32, Option<u32>)> {
    static DATE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let date = DATE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:\b(0?[1-9]|1[0-2])[/.]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\b((?:19|20)\d\d)\b(?:[-/.](0[1-9]|1[0-2])\b)?",
        )
        .expect("valid regex")
    });
    date.captures_iter(period)
        .filter_map(|c| {
            let year = c[3].parse().ok()?;
            let month = c
                .get(1)
                .or(c.get(4))
                .and_then(|m| m.as_str().parse().ok())
                .or_else(|| crate::text::month_number(c.get(2)?.as_str()).map(u32::from));
            Some((year, month))
        })
        .collect()
}

/// The last four-digit year in a period ("2017-06 – 2021-02" → 2021).
fn last_year(period: &str) -> Option<i32> {
    let b = period.as_bytes();
    (0..b.len().saturating_sub(3))
        .rev()
        .find(|&i| b[i..i + 4].iter().all(u8::is_ascii_digit) && (b[i] == b'1' || b[i] == b'2'))
        .and_then(|i| period[i..i + 4].parse().ok())
}

/// The first four-digit year in a period ("2017-06 – 2021-02" → 2017).
fn first_year(period: &str) -> Option<i32> {
    period
        .as_bytes()
        .windows(4)
        .position(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
        .and_then(|i| period[i..i + 4].parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_counted_is_no_way_of_writing_a_skill() {
        let cv = "# Lucía\nMadrid, Spain\n\n## Experience\n### Senior Engineer — Acme\n2021 – Present\n- Tech lead of a 5-person squad (3 engineers, 1 designer, 1 QA).\n- Wrote contract tests with Jest.\n\n## Skills\n- TypeScript, Jest\n";
        let kb = "## STAR: Claims\n- company: Acme\n- situation: s\n- task: t\n- action: Rebuilt the claims form.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_ne!(c.written_as("Testing").as_deref(), Some("QA"));
        // A team's QA work is written so.
        let qa = cv.replace("- TypeScript, Jest", "- TypeScript, QA");
        let c = Candidate::from_texts(&qa, kb).unwrap();
        assert_eq!(c.written_as("Testing").as_deref(), Some("QA"));
        // Nor is a word that names a skill only beside its field ("prompt" by an LLM): "my
        // work … has used prompt and retrieval-augmented generation" (round 144's packs).
        let llm = cv.replace(
            "- Wrote contract tests with Jest.",
            "- Evaluated every prompt change of the LLM assistant on 150 questions.",
        );
        let c = Candidate::from_texts(&llm, kb).unwrap();
        assert!(c.has_skill("Prompt engineering"));
        assert_eq!(c.written_as("Prompt engineering"), None);
        // The head of a skill's name is its way of writing it: "guardrails" (the ML engineer's
        // keywords, seen in session 25's all-152 run).
        let kept = cv.replace(
            "- Wrote contract tests with Jest.",
            "- Added guardrails to the LLM assistant.",
        );
        let c = Candidate::from_texts(&kept, kb).unwrap();
        assert_eq!(c.written_as("AI guardrails").as_deref(), Some("guardrails"));
    }

    #[test]
    fn one_team_led_is_said_as_one() {
        let kb = "## STAR: Tracking\n- company: Acme\n- situation: s\n- task: t\n- action: Led 6 engineers rebuilding tracking.\n- result: Faster.\n";
        let cv = |summary: &str, beta: &str| {
            format!("# Alex\nBerlin, Germany\n\n## Summary\n{summary}\n\n## Experience\n### Staff Engineer — Acme\n2021 – Present\n- Led a team of 6 engineers that rebuilt tracking.\n\n### Senior Engineer — Beta\n2017 – 2021\n- {beta}\n\n## Skills\n- Go\n")
        };
        let teams = |summary: &str, beta: &str| {
            Candidate::from_texts(&cv(summary, beta), kb)
                .unwrap()
                .teams_led()
        };
        // The fixture: a summary saying more than the one team its roles and record show.
        assert_eq!(
            teams("Led teams of up to 8 engineers.", "Built Go services.").as_deref(),
            Some("a team of 6 engineers")
        );
        // Engineers mentored are no team led.
        assert_eq!(
            teams("Staff engineer.", "Mentored 8 engineers.").as_deref(),
            Some("a team of 6 engineers")
        );
        // Teams at two employers, or the files' own "teams", are teams.
        assert_eq!(
            teams("Staff engineer.", "Led a team of 4 engineers.").as_deref(),
            Some("teams of up to 6 engineers")
        );
        assert_eq!(
            teams("Led teams of up to 6 engineers.", "Built Go services.").as_deref(),
            Some("teams of up to 6 engineers")
        );
        assert_eq!(
            Candidate::from_texts(
                &cv("Staff engineer.", "Built Go services.")
                    .replace("Led a team of 6 engineers that rebuilt", "Rebuilt"),
                &kb.replace("Led 6 engineers rebuilding", "Rebuilt")
            )
            .unwrap()
            .teams_led(),
            None
        );
    }

    #[test]
    fn managing_since_is_the_start_of_the_latest_unbroken_run_of_managers_titles() {
        let kb = "## STAR: Settlement\n- company: Acme\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let cv = "# Sam\nLisbon, Portugal\n\n## Experience\n### Engineering Manager — Acme\n2022-01 – Present\n- Led 9 engineers.\n\n### Team Lead — Acme\n2020-03 – 2021-12\n- Led 4 engineers.\n\n### Senior Backend Engineer — Beta\n2016-04 – 2020-02\n- Built Python services.\n\n## Skills\n- Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        // A team lead's title is a hands-on engineer's: the run starts after it.
        assert_eq!(c.managing_since(), Some((2022, Some(("Team Lead", 2021)))));
        let head = cv.replace("Team Lead", "Head of Engineering");
        let c = Candidate::from_texts(&head, kb).unwrap();
        assert_eq!(
            c.managing_since(),
            Some((2020, Some(("Senior Backend Engineer", 2020))))
        );
        let engineer = cv.replace("Engineering Manager", "Staff Engineer");
        let c = Candidate::from_texts(&engineer, kb).unwrap();
        assert_eq!(c.managing_since(), None);
    }

    #[test]
    fn a_situations_tools_are_the_setting_not_the_candidates_skills() {
        let cv = "# Lucia Roe\nMadrid, Spain\n\n## Experience\n### Senior Engineer — Acme\n2017 – Present\n- Rebuilt the claims journey in React.\n\n## Skills\n- React\n";
        let kb = "## STAR: Claims\n- company: Acme\n- situation: The online claims form was a legacy AngularJS app and billing ran late.\n- task: Rebuild it.\n- action: Rebuilt it in React.\n- result: Faster.\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert!(!c.has_skill("Angular"), "{:?}", c.skills);
        assert!(c.has_skill("React"));
        // Rebuilt in the action, it is hers.
        let c = Candidate::from_texts(
            cv,
            &kb.replace(
                "Rebuilt it in React.",
                "Rebuilt it in React, retiring the AngularJS app.",
            ),
        )
        .unwrap();
        assert!(c.has_skill("Angular"));
    }

    #[test]
    fn a_summary_the_dates_outgrew_loses_its_recent_months() {
        let kb = "## STAR: Settlement\n- company: Acme\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let cv = "# Ola\nWarsaw, Poland\n\n## Summary\nML engineer with 7+ years of experience. In the last 18 months has built a RAG feature.\n\n## Experience\n### ML Engineer — Acme\n2017 – Present\n- Built models.\n\n## Skills\n- Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(
            c.summary_stating(9),
            "ML engineer with 9+ years of experience. Has built a RAG feature."
        );
        // Where the summary's years still hold, so do its months.
        assert_eq!(
            c.summary_stating(7),
            "ML engineer with 7+ years of experience. In the last 18 months has built a RAG feature."
        );
    }

    #[test]
    fn a_managers_career_years_say_when_managing_began_or_the_summarys_field() {
        let kb = "## STAR: Settlement\n- company: Acme\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let cv = "# Sam\nLisbon, Portugal\n\n## Summary\nEngineering manager with 10 years of experience.\n\n## Experience\n### Engineering Manager — Acme\n2022-01 – Present\n- Led 9 engineers.\n\n### Senior Backend Engineer — Beta\n2015-09 – 2021-12\n- Built Python services.\n\n## Skills\n- Python\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(
            c.experience_said(11),
            "11 years of experience, managing since 2022"
        );
        let field = cv.replace("10 years of experience", "10 years in data-heavy products");
        let c = Candidate::from_texts(&field, kb).unwrap();
        assert_eq!(c.experience_said(11), "11 years in data-heavy products");
        // An engineer's years, and a manager's whole career, need no start of managing.
        let engineer = cv.replace("Engineering Manager —", "Staff Engineer —");
        let c = Candidate::from_texts(&engineer, kb).unwrap();
        assert_eq!(c.experience_said(11), "11 years of experience");
        let managed_throughout = cv.replace("Senior Backend Engineer", "Engineering Manager");
        let c = Candidate::from_texts(&managed_throughout, kb).unwrap();
        assert_eq!(c.experience_said(11), "11 years of experience");
    }

    #[test]
    fn a_skill_last_used_the_month_before_the_latest_role_is_past_work() {
        let cv = |ended: &str| {
            format!("# Tareq\nDubai, United Arab Emirates\n\n## Experience\n### Senior Software Engineer — Marsa Payments\n2021-05 – Present\n- Built a settlement service in C#.\n\n### Software Engineer — Bazaarna\n2018-10 – {ended}\n- Built an admin dashboard in React.\n\n## Skills\n- C#, React\n")
        };
        let kb = "## STAR: Settlement\n- company: Marsa Payments\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let before = Candidate::from_texts(&cv("2021-04"), kb).unwrap();
        assert!(before.used_only_before_latest_role("React"));
        assert!(!before.used_only_before_latest_role("C#"));
        // Still in use when the latest role began: current.
        let overlapping = Candidate::from_texts(&cv("2021-08"), kb).unwrap();
        assert!(!overlapping.used_only_before_latest_role("React"));
        // A latest role begun months ago leaves the one before it current work.
        assert!(before.ended_before_latest_began("React", month_index(2023, 6)));
        assert!(!before.ended_before_latest_began("React", month_index(2021, 9)));
    }

    #[test]
    fn the_pack_states_the_team_the_roles_show_where_the_summary_says_more() {
        let cv = |bullet: &str| {
            format!("# Jane Roe\nBerlin, Germany\n\n## Summary\nStaff engineer with 11 years of experience. Led teams of up to 8 engineers. Known for reliability wins.\n\n## Experience\n### Staff Engineer — Acme\n2014 – Present\n- {bullet}\n\n## Skills\n- Kafka\n")
        };
        let kb = "## STAR: Events\n- company: Acme\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let c = Candidate::from_texts(&cv("Led a team of 6 engineers that rebuilt tracking."), kb)
            .unwrap();
        assert_eq!(c.summary_team(), Some((8, 6)));
        assert_eq!(c.facts.largest_team, Some(6));
        assert_eq!(
            c.summary_stating(11),
            "Staff engineer with 11 years of experience. Led a team of 6 engineers. Known for reliability wins."
        );
        // Mentoring leads no team: the summary is the only word on leading.
        let mentored = Candidate::from_texts(&cv("Mentored 3 engineers."), kb).unwrap();
        assert_eq!(mentored.summary_team(), None);
        assert_eq!(mentored.facts.largest_team, Some(8));
        assert!(mentored.summary_stating(11).contains("up to 8 engineers"));
    }

    #[test]
    fn a_summary_the_dates_outgrew_restates_the_years_of_its_current_role() {
        // The .NET engineer's (round 96): written at 8 years, 4 of them in payments.
        let cv = |part: &str| {
            format!("# Tareq\nDubai, United Arab Emirates\n\n## Summary\nEngineer with ~8 years of experience building and running C#/.NET systems, {part} in payments.\n\n## Experience\n### Senior Software Engineer — Marsa Payments\n2021-05 – Present\n- Built a settlement service.\n\n### Software Developer — Nuqta\n2016-07 – 2021-04\n- Built booking systems.\n\n## Skills\n- C#\n")
        };
        let kb = "## STAR: Settlement\n- company: Marsa Payments\n- situation: s\n- task: t\n- action: Built it.\n- result: Faster.\n";
        let c = Candidate::from_texts(&cv("the last 4"), kb).unwrap();
        // At 10 years the current role, begun 58 months after the first, has 5 full years.
        assert!(
            c.summary_stating(10)
                .contains("~10 years of experience building and running C#/.NET systems, the last 5 in payments"),
            "{}",
            c.summary_stating(10)
        );
        // As written where the years stand.
        assert!(c.summary_stating(8).contains("~8 years of experience"));
        assert!(c.summary_stating(8).contains("the last 4 in payments"));
        // A count of other things is no count of years.
        let releases = Candidate::from_texts(
            &cv("the last 4").replace("the last 4 in payments", "led the last 3 platform releases"),
            kb,
        )
        .unwrap();
        assert!(releases
            .summary_stating(10)
            .contains("the last 3 platform releases"));
        // A count that was not the current role's when written is left as it is.
        let other = Candidate::from_texts(&cv("the last 8"), kb).unwrap();
        assert!(other.summary_stating(10).contains("the last 8 in payments"));
    }

    #[test]
    fn files_that_deny_managing_people_claim_no_team_leadership() {
        let cv = "# Jane Roe\nWarsaw, Poland\n\n## Experience\n### Senior ML Engineer — Acme\n2020 – Present\n- Mentored 2 junior engineers.\n\n## Skills\n- Python\n";
        let kb = |title: &str| {
            format!("## STAR: Mentoring\n- company: Acme\n- role: {title}\n- skills: mentoring, technical leadership\n- situation: s\n- task: t\n- action: Mentored two juniors.\n- result: One promoted.\n")
        };
        let denied =
            Candidate::from_texts(cv, &kb("Senior ML Engineer (mentor, no direct reports)"))
                .unwrap();
        assert_ne!(denied.skill_match("Team leadership"), SkillMatch::Exact);
        assert_eq!(denied.skill_match("Mentoring"), SkillMatch::Exact);
        let said = Candidate::from_texts(cv, &kb("Senior ML Engineer")).unwrap();
        assert_eq!(said.skill_match("Team leadership"), SkillMatch::Exact);
        // A team led elsewhere in the files outweighs a line about one role.
        let led = cv.replace(
            "- Mentored 2 junior engineers.",
            "- Led a team of 6 engineers.",
        );
        let led =
            Candidate::from_texts(&led, &kb("Staff Engineer (IC, no direct reports)")).unwrap();
        assert_eq!(led.skill_match("Team leadership"), SkillMatch::Exact);
    }

    #[test]
    fn full_years_dated_count_months_and_never_more() {
        let with = |periods: &[&str]| {
            let roles: String = periods
                .iter()
                .enumerate()
                .map(|(i, p)| format!("### Engineer — Co{i}\n{p}\n- Wrote services.\n\n"))
                .collect();
            let cv = format!("# Jane Roe\nBerlin\n\n## Experience\n{roles}## Skills\n- Go\n");
            let kb = "## STAR: Go\n- company: Co0\n- skills: Go\n- situation: s\n- task: t\n- action: a\n- result: r\n";
            Candidate::from_texts(&cv, kb)
                .unwrap()
                .full_years_dated(2020)
        };
        // A year gone by runs to its December: 2014-09 → 2020-12 is six years and three months.
        assert_eq!(with(&["2014-09 – Present"]), Some(6));
        // Overlaps count once, months and month names are read.
        assert_eq!(
            with(&["2017-06 – 2020-05", "Sep 2014 – Jul 2017"]),
            Some(5),
            "2014-09 → 2020-05 is five years and eight months"
        );
        assert_eq!(with(&["06/2015 – 05/2019"]), Some(3));
        // A period without months is counted short: 2014 – 2017 is at least two years.
        assert_eq!(with(&["2014 – 2017"]), Some(2));
        // One role handing over to the next in the same year runs on (round 131: 2017–now was
        // seven years with the eleven months between each role left out).
        assert_eq!(with(&["2017 – 2019", "2019 – Present"]), Some(3));
        assert_eq!(with(&["2014 – 2016", "2018 – Present"]), Some(3));
        assert_eq!(with(&["no dates"]), None);
    }

    #[test]
    fn the_summary_states_its_years_however_it_words_them() {
        let years = |summary: &str| summary_years_at(summary).map(|(_, y, _)| y);
        assert_eq!(
            years("Engineer with 11 years of experience building services."),
            Some(11)
        );
        assert_eq!(
            years("12+ years’ professional experience in data."),
            Some(12)
        );
        // The demo candidate's words (round 86: the letters said 11, the CV's summary 10, and
        // the pack never said which to update).
        assert_eq!(
            years("Engineering manager and former backend engineer with 10 years in data-heavy products."),
            Some(10)
        );
        // The third candidate's, in words.
        assert_eq!(
            years(
                "Senior data engineer with about nine years of experience, starting as an analyst."
            ),
            Some(9)
        );
        assert_eq!(years("Led teams of up to 9 engineers for years."), None);
        // "in" names the career's field, not a tool, a place or a part of it.
        assert_eq!(
            years("Backend engineer with 4 years in Kotlin, after 8 in Java."),
            None
        );
        assert_eq!(years("Java developer, the last 3 years in fintech."), None);
        assert_eq!(years("Engineer with 3 years in Berlin."), None);
        assert_eq!(
            years("Architect with twenty-one years of experience."),
            None
        );
        assert_eq!(years("Mentored 3 engineers in two years."), None);
    }

    #[test]
    fn years_with_a_skill_come_from_the_roles_that_show_it() {
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Staff Engineer — Acme\n2021-03 – Present\n- Built Kafka pipelines.\n\n### Engineer — Beta\n2017-06 – 2021-02\n- Ran Kafka and Spark jobs.\n\n### Engineer — Gamma\n2014 – 2017\n- Wrote Java services.\n\n## Skills\n- Kafka, Java, Go\n";
        let kb = "## STAR: Go rewrite\n- company: Gamma\n- skills: Go\n- situation: s\n- task: t\n- action: a\n- result: r\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(c.years_with("Kafka", 2026), Some(9), "2017–2026, merged");
        assert_eq!(
            c.years_with("Data engineering", 2026),
            Some(4),
            "through Spark, at Beta"
        );
        assert_eq!(
            c.years_with("Go", 2026),
            Some(3),
            "the role a STAR naming it took place in"
        );
        assert_eq!(c.years_with("Rust", 2026), None, "no role names it");
        // A RAG store on pgvector is PostgreSQL work (round 48: "about 4 years with PostgreSQL"
        // left out the latest role's pgvector).
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Staff Engineer — Acme\n2021-03 – Present\n- Built a RAG assistant over pgvector.\n\n### Engineer — Beta\n2017-06 – 2021-02\n- Tuned PostgreSQL queries.\n\n## Skills\n- PostgreSQL, pgvector\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(c.years_with("PostgreSQL", 2026), Some(9));
        assert_eq!(c.years_with("Vector databases", 2026), Some(5));
    }

    #[test]
    fn machine_learning_used_not_made_half_counts() {
        // The Cluj engineer's LLM classifier (all four readers of rounds 123 and 125).
        let kb = "## STAR: Classifier\n- situation: s\n- task: t\n- action: a\n- result: r\n";
        let cv = |line: &str| {
            format!("# Jane Roe\nCluj\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- {line}\n\n## Skills\n- Python\n")
        };
        let used = Candidate::from_texts(
            &cv(
                "Built the integration service and evaluation harness for an LLM-based classifier.",
            ),
            kb,
        )
        .unwrap();
        assert_eq!(
            used.skill_match("Machine learning"),
            SkillMatch::Partial("Model evaluation".into())
        );
        assert!(used.shows("Generative AI"));
        assert!(used.shows("Model evaluation"));
        // A model made, and evaluated, shows it.
        let made = Candidate::from_texts(
            &cv("Trained a fraud model with gradient boosting; built its evaluation harness."),
            kb,
        )
        .unwrap();
        assert!(
            matches!(
                made.skill_match("Machine learning"),
                SkillMatch::Narrower(_)
            ),
            "{:?}",
            made.skill_match("Machine learning")
        );
    }

    #[test]
    fn the_people_worked_with_are_no_skill_of_the_candidate() {
        // The data engineer's feature store (both readers of round 108).
        let cv = "# Jane Roe\nAmsterdam\n\n## Experience\n### Data Engineer — Acme\n2020 – Present\n- Worked with two data scientists to build a small feature store.\n- Hired 3 designers.\n\n## Skills\n- Python, Airflow\n";
        let kb = "## STAR: Features\n- situation: Two data scientists building a recommendation model spent two days on training data.\n- task: t\n- action: Built Airflow jobs in Python.\n- result: r\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(
            c.skill_match("Data science"),
            SkillMatch::Missing,
            "{:?}",
            c.skills
        );
        assert_eq!(c.skill_match("Airflow"), SkillMatch::Exact);
        // A squad's QA is a person, not testing (round 141).
        let squad = Candidate::from_texts(
            &cv.replace(
                "- Hired 3 designers.",
                "- Tech lead of a 5-person squad (3 engineers, 1 designer, 1 QA).",
            ),
            kb,
        )
        .unwrap();
        assert_eq!(squad.skill_match("Testing"), SkillMatch::Missing);
        let pipelines = Candidate::from_texts(
            &cv.replace("- Hired 3 designers.", "- Automated 3 QA pipelines."),
            kb,
        )
        .unwrap();
        assert_ne!(pipelines.skill_match("Testing"), SkillMatch::Missing);
        // Work done is still the candidate's: "Built models as a data scientist".
        let own = Candidate::from_texts(
            &cv.replace("- Hired 3 designers.", "- Led data science for pricing."),
            kb,
        )
        .unwrap();
        assert_eq!(own.skill_match("Data science"), SkillMatch::Exact);
        // Leading them is data science led; one of the engineers is the candidate's own trade.
        let led = Candidate::from_texts(
            &cv.replace("- Hired 3 designers.", "- Led 5 data scientists."),
            kb,
        )
        .unwrap();
        assert_eq!(led.skill_match("Data science"), SkillMatch::Exact);
    }

    #[test]
    fn skills_match_through_the_taxonomy_but_only_a_direct_parent_half_counts() {
        let cv = "# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Built RAG features with AI.\n\n## Skills\n- Kubernetes, Retrieval-augmented generation, Artificial intelligence\n";
        let kb = "## STAR: X\n- situation: s\n- task: t\n- action: a\n- result: r\n";
        let c = Candidate::from_texts(cv, kb).unwrap();
        assert_eq!(c.skill_match("Kubernetes"), SkillMatch::Exact);
        assert!(matches!(
            c.skill_match("Generative AI"),
            SkillMatch::Narrower(_)
        ));
        assert!(matches!(c.skill_match("EKS"), SkillMatch::Broader(_)));
        assert_eq!(
            c.skill_match("PyTorch"),
            SkillMatch::Missing,
            "AI says nothing about PyTorch"
        );
        // Under an umbrella the kind shown is the nearest, not the umbrella (round 137).
        let azure = Candidate::from_texts(
            "# Jane Roe\nDubai\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Ran services on Azure.\n\n## Skills\n- Cloud: Azure\n",
            kb,
        )
        .unwrap();
        assert_eq!(
            azure.skill_match("AWS"),
            SkillMatch::Broader("Azure".into())
        );
        let serving = Candidate::from_texts(
            "# Jane Roe\nDubai\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Ran model serving.\n\n## Skills\n- ML, model serving\n",
            kb,
        )
        .unwrap();
        assert_eq!(
            serving.skill_match("Reinforcement learning"),
            SkillMatch::Broader("Machine learning".into())
        );
        // Nor a practice under the vendors' umbrella.
        assert_eq!(
            azure.skill_match("Cloud cost optimisation"),
            SkillMatch::Broader("Cloud platforms".into())
        );
    }

    #[test]
    fn mentoring_alone_shows_half_of_team_leadership() {
        let kb = "## STAR: X\n- situation: s\n- task: t\n- action: a\n- result: r\n";
        let mentor = Candidate::from_texts(
            "# Jane Roe\nWarsaw\n\n## Experience\n### ML Engineer — Acme\n2020 – Present\n- Mentored 2 junior engineers.\n\n## Skills\n- Python, mentoring\n",
            kb,
        )
        .unwrap();
        assert_eq!(
            mentor.skill_match("Team leadership"),
            SkillMatch::Partial("Mentoring".into())
        );
        let lead = Candidate::from_texts(
            "# Jane Roe\nWarsaw\n\n## Experience\n### ML Engineer — Acme\n2020 – Present\n- Mentored 2 junior engineers.\n- Led a team of 5 engineers.\n\n## Skills\n- Python, team leadership\n",
            kb,
        )
        .unwrap();
        assert_eq!(lead.skill_match("Team leadership"), SkillMatch::Exact);
    }
}
