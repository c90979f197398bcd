//! Master CV parser.
//!
//! Accepts Markdown headings or plain-text section titles ("Profile", "Professional Experience"),
//! bullets `-` `*` `•` `●`, role lines `### Title — Company` followed by a period line, or one-line
//! roles `Title — Company — City | 2020–Present`, and skills as bullet lists or `•`/`,`-separated lines.

use super::lines::{bullet, heading, looks_like_period, plain, split_parts};
use super::ParseError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MasterCv {
    pub name: String,
    /// The contact line(s) under the name, as written.
    pub contact: String,
    pub summary: String,
    pub roles: Vec<Role>,
    pub projects: Vec<String>,
    pub skills: Vec<SkillGroup>,
    pub education: Vec<Education>,
    pub languages: Vec<String>,
    /// Sections the parser does not read (certifications, awards, publications…), kept as written
    /// so the tailored CV keeps them: a plain-text CV's "Certifications" had been dropped from
    /// every pack, the one certificate a posting asked for with it (round 88).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_sections: Vec<CvSection>,
}

/// A section of the CV kept as written: its title and its lines (bullets without their marker).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CvSection {
    pub title: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    pub company: String,
    pub period: String,
    pub location: String,
    pub bullets: Vec<String>,
}

impl Role {
    /// Whether the role was held at `employer`, as a record or another role names it: case and
    /// surrounding spaces aside; an empty name is no employer. One employer's roles are a
    /// promotion's (a record's detail goes to the best line of all of them).
    pub fn is_at(&self, employer: &str) -> bool {
        let employer = employer.trim();
        !employer.is_empty() && self.company.trim().eq_ignore_ascii_case(employer)
    }

    /// Whether the role has not ended: "2021-03 – Present", "since 2020", "2019 – current", or a
    /// period that ends on its dash.
    pub fn is_current(&self) -> bool {
        let p = self.period.to_lowercase();
        p.contains("present")
            || p.contains("current")
            || p.contains("now")
            || p.contains("since")
            || p.trim_end().ends_with(['–', '-', '—'])
    }

    /// The year the role began: the first year its period names.
    pub fn start_year(&self) -> Option<i32> {
        super::first_year(&self.period)
    }

    /// The year the role ended: the last year its period names; `None` while it runs.
    pub fn end_year(&self) -> Option<i32> {
        if self.is_current() {
            None
        } else {
            super::last_year(&self.period)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SkillGroup {
    /// "Languages", "Cloud & DevOps"…; empty when the CV lists skills without groups.
    pub label: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Education {
    pub degree: String,
    pub institution: String,
    pub period: String,
    /// Labelled lines under the degree ("Thesis: …", "GPA: …"), kept as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

impl MasterCv {
    /// The contact lines' parts, as a CV separates them: "Berlin, Germany · alex@… · +49 …",
    /// "… | …", "… • …", or one a line.
    pub fn contact_parts(&self) -> impl Iterator<Item = &str> {
        self.contact
            .split(['·', '|', '•', '\n'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
    }

    /// Every skill named in the Skills section, in order.
    pub fn all_skills(&self) -> impl Iterator<Item = &str> {
        self.skills
            .iter()
            .flat_map(|g| g.items.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    Header,
    Summary,
    Experience,
    Projects,
    Skills,
    Education,
    Languages,
    Other,
}

fn section_for(title: &str) -> Option<Section> {
    let t = title.trim().trim_end_matches(':').to_lowercase();
    let t = t.as_str();
    let s = match t {
        "summary"
        | "profile"
        | "professional summary"
        | "about"
        | "about me"
        | "objective"
        | "profile summary"
        | "career summary" => Section::Summary,
        "experience"
        | "professional experience"
        | "work experience"
        | "employment"
        | "employment history"
        | "career history"
        | "work history" => Section::Experience,
        "projects" | "selected projects" | "open source" | "open-source" => Section::Projects,
        "skills" | "technical skills" | "core skills" | "key skills" | "competencies"
        | "core competencies" | "skills & tools" => Section::Skills,
        "education" | "education & training" | "academic background" => Section::Education,
        "languages" | "spoken languages" => Section::Languages,
        "certifications"
        | "certificates"
        | "licenses & certifications"
        | "certifications & licenses"
        | "awards"
        | "publications"
        | "interests"
        | "volunteering"
        | "references" => Section::Other,
        _ => return None,
    };
    Some(s)
}

/// Parses a master CV. Needs the candidate's name, at least one role with a company, and skills.
pub fn parse_master_cv(text: &str) -> Result<MasterCv, ParseError> {
    let mut cv = MasterCv::default();
    let mut section = Section::Header;
    let mut saw_experience = false;
    let mut saw_skills = false;
    let mut pending_degree: Option<(usize, String)> = None;
    // Whether the lines of an unread section are kept (see `keep_section`).
    let mut keeping = false;

    for (idx, raw) in text.lines().enumerate() {
        let n = idx + 1;
        let line = raw.trim();
        if line.is_empty() || line.chars().all(|c| matches!(c, '-' | '=' | '_' | '*')) {
            continue;
        }
        if let Some((level, title)) = heading(line) {
            if level == 1 && cv.name.is_empty() {
                cv.name = person_name(&plain(title));
                continue;
            }
            if let Some(s) = section_for(title) {
                section = s;
                saw_experience |= s == Section::Experience;
                saw_skills |= s == Section::Skills;
                keeping = keep_section(&mut cv, s, title);
                continue;
            }
            if level <= 2 {
                section = Section::Other;
                keeping = keep_section(&mut cv, section, title);
                continue;
            }
            // A level-3+ heading inside a section: a role or a degree.
            match section {
                Section::Experience => cv.roles.push(role_from_line(n, title)?),
                Section::Education => {
                    cv.education.push(education_from_line(title));
                    pending_degree = Some((n, title.to_string()));
                }
                Section::Projects => cv.projects.push(plain(title)),
                // A kept section's own sub-headings ("### Conference papers" under
                // Publications) are lines of it: left out, its entries lost their grouping.
                Section::Other if keeping => {
                    if let Some(kept) = cv.other_sections.last_mut() {
                        kept.lines.push(plain(title));
                    }
                }
                _ => {}
            }
            continue;
        }
        if bullet(line).is_none() {
            if let Some(s) = section_for(line) {
                section = s;
                saw_experience |= s == Section::Experience;
                saw_skills |= s == Section::Skills;
                keeping = keep_section(&mut cv, s, line);
                continue;
            }
        }
        match section {
            Section::Header => {
                if cv.name.is_empty() {
                    cv.name = person_name(&plain(line));
                } else {
                    if !cv.contact.is_empty() {
                        cv.contact.push('\n');
                    }
                    cv.contact.push_str(line);
                }
            }
            Section::Summary => {
                let text = bullet(line).unwrap_or(line);
                if !cv.summary.is_empty() {
                    cv.summary.push(' ');
                }
                cv.summary.push_str(&plain(text));
            }
            Section::Experience => experience_line(&mut cv, n, line)?,
            Section::Projects => cv.projects.push(plain(bullet(line).unwrap_or(line))),
            Section::Skills => cv.skills.extend(
                labelled_groups(bullet(line).unwrap_or(line))
                    .into_iter()
                    .map(skill_group),
            ),
            Section::Education => {
                let text = bullet(line).unwrap_or(line);
                // A line of its own for the dates ("2014 – 2016", "2014 – 2016 · Bonn"), not the
                // next degree's line, which holds a period too ("BSc … — Warsaw | 2011–2015" after
                // a thesis line had been read as the master's dates).
                // "Uni Bonn · 2014 – 2016" under a degree heading is its dates too.
                let dates = looks_like_period(text)
                    && split_parts(text)
                        .iter()
                        .all(|p| crate::text::roles::degree_level(p).is_none());
                match (&pending_degree, cv.education.last_mut()) {
                    (Some(_), Some(last)) if last.period.is_empty() && dates => {
                        last.period = plain(text);
                    }
                    (Some(_), Some(last)) if degree_detail(text) => {
                        last.details.push(plain(text));
                    }
                    _ => {
                        cv.education.push(education_from_line(text));
                        pending_degree = Some((n, text.to_string()));
                    }
                }
            }
            Section::Languages => {
                let text = bullet(line).unwrap_or(line);
                // Not at a comma inside brackets: "German (basic, A2)" is one language, quoted
                // back as "German (basic" to both round-125 readers.
                cv.languages.extend(
                    crate::text::clauses::split_outside_brackets(text, &[',', '•', ';'])
                        .into_iter()
                        .map(plain)
                        .filter(|s| !s.is_empty()),
                );
            }
            Section::Other => {
                if let Some(kept) = cv.other_sections.last_mut().filter(|_| keeping) {
                    kept.lines.push(plain(bullet(line).unwrap_or(line)));
                }
            }
        }
    }

    if cv.name.is_empty() {
        return Err(ParseError::new(
            1,
            "expected the candidate's name first (a `# Name` heading or the first line)",
        ));
    }
    if !saw_experience {
        return Err(ParseError::new(
            text.lines().count().max(1),
            "no Experience section found (a heading such as `## Experience` or a line `Professional Experience`)",
        ));
    }
    if cv.roles.is_empty() {
        return Err(ParseError::new(
            text.lines().count().max(1),
            "the Experience section holds no role (expected `### Title — Company`)",
        ));
    }
    if !saw_skills || cv.all_skills().next().is_none() {
        return Err(ParseError::new(
            text.lines().count().max(1),
            "no skills found (a `## Skills` section with a list of skills)",
        ));
    }
    Ok(cv)
}

fn experience_line(cv: &mut MasterCv, n: usize, line: &str) -> Result<(), ParseError> {
    if let Some(b) = bullet(line) {
        let Some(role) = cv.roles.last_mut() else {
            return Err(ParseError::new(
                n,
                "a bullet before any role; start each role with `### Title — Company`",
            ));
        };
        role.bullets.push(plain(b));
        return Ok(());
    }
    // A period line under a role heading: "2021-03 – Present · Berlin, Germany".
    if let Some(role) = cv.roles.last_mut() {
        if role.period.is_empty() && role.bullets.is_empty() && looks_like_period(line) {
            let (period, location) = period_and_location(line);
            role.period = period;
            if role.location.is_empty() {
                role.location = location;
            }
            return Ok(());
        }
    }
    // Otherwise a one-line role ("Title — Company — City | 2020–Present") or prose under a role.
    if split_parts(line).len() >= 2 {
        cv.roles.push(role_from_line(n, line)?);
    } else if let Some(role) = cv.roles.last_mut() {
        role.bullets.push(plain(line));
    } else {
        return Err(ParseError::new(
            n,
            format!(
                "expected a role line `Title — Company`, found {:?}",
                short(line)
            ),
        ));
    }
    Ok(())
}

fn role_from_line(n: usize, line: &str) -> Result<Role, ParseError> {
    let line = plain(line);
    // "Title at Company" is common in plain-text CVs.
    let parts: Vec<String> = if split_parts(&line).len() >= 2 {
        split_parts(&line)
    } else if let Some((t, c)) = line.split_once(" at ") {
        vec![t.trim().to_string(), c.trim().to_string()]
    } else if let Some((t, c)) = line.split_once(", ") {
        vec![t.trim().to_string(), c.trim().to_string()]
    } else {
        return Err(ParseError::new(
            n,
            format!(
                "a role needs a title and a company (`Title — Company`), found {:?}",
                short(&line)
            ),
        ));
    };
    let mut role = Role {
        title: parts[0].clone(),
        company: parts[1].clone(),
        ..Role::default()
    };
    for p in &parts[2..] {
        if looks_like_period(p) && role.period.is_empty() {
            role.period = p.clone();
        } else if role.location.is_empty() {
            role.location = p.clone();
        }
    }
    Ok(role)
}

/// A role as the master-CV Markdown writes it, the shape this parser reads back: `### Title —
/// Company`, then the period and the place on one line when there are any.
pub fn role_heading(title: &str, company: &str, period: &str, location: &str) -> String {
    let mut md = format!("\n### {title} — {company}\n");
    let meta: Vec<&str> = [period, location]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !meta.is_empty() {
        md.push_str(&meta.join(" · "));
        md.push('\n');
    }
    md
}

fn period_and_location(line: &str) -> (String, String) {
    match line.split_once(" · ").or_else(|| line.split_once(" | ")) {
        Some((a, b)) if looks_like_period(a) => (a.trim().to_string(), b.trim().to_string()),
        Some((a, b)) => (b.trim().to_string(), a.trim().to_string()),
        None => (line.trim().to_string(), String::new()),
    }
}

/// Opens a kept section for an unread one (`Section::Other`) titled `title`, as written; not a
/// "References" line ("available on request"), which no tailored CV needs. Whether its lines
/// are kept.
fn keep_section(cv: &mut MasterCv, section: Section, title: &str) -> bool {
    let title = plain(title.trim().trim_end_matches(':'));
    if section != Section::Other || title.eq_ignore_ascii_case("references") {
        return false;
    }
    cv.other_sections.push(CvSection {
        title,
        lines: Vec::new(),
    });
    true
}

/// A name as its owner writes it in a sentence: a CV's "TOMASZ WIECZOREK" header signed a letter
/// in capitals. Each word in capitals only is written with an initial capital ("ANNA-MARIA
/// O'NEILL" → "Anna-Maria O'Neill"), but a generation or a degree keeps its own form ("III",
/// "PhD"), and a "Mc"/"Mac" surname in capitals after its prefix reads "McDonald". Words with lower
/// case are left alone ("Ursula von der Leyen", "DeShawn").
fn person_name(name: &str) -> String {
    const KEPT: [&str; 14] = [
        "II", "III", "IV", "PhD", "MBA", "MD", "MSc", "BSc", "MA", "BA", "CPA", "CFA", "PMP",
        "DPhil",
    ];
    let word = |w: &str| -> String {
        let letters = w.trim_matches(|c: char| !c.is_alphanumeric());
        // Only a word in capitals: "Jack Ma" and "Md. Rahim" are names as written.
        let capitals = !letters.chars().any(char::is_lowercase);
        if let Some(kept) = KEPT
            .iter()
            .find(|k| capitals && k.eq_ignore_ascii_case(letters))
        {
            return w.replacen(letters, kept, 1);
        }
        let prefix = ["Mac", "Mc"].into_iter().find(|p| {
            w.strip_prefix(p).is_some_and(|rest| {
                rest.chars().count() >= 2 && !rest.chars().any(char::is_lowercase)
            })
        });
        let (kept, rest) = match prefix {
            Some(p) => (p, &w[p.len()..]),
            None if w.chars().any(char::is_lowercase) => return w.to_string(),
            None => ("", w),
        };
        let mut out = String::from(kept);
        let mut start = true;
        for ch in rest.chars() {
            if start {
                out.push(ch);
            } else {
                out.extend(ch.to_lowercase());
            }
            start = !ch.is_alphabetic();
        }
        out
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Whether an education line is a labelled detail of the degree above it ("Thesis: Handwritten
/// text recognition …", "GPA: 3.8/4"), not a degree of its own: a short label, no degree in it,
/// and no parts to split (a degree's line names its institution or dates).
fn degree_detail(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, rest)| {
        let label = plain(label);
        !rest.trim().is_empty()
            && (1..=3).contains(&label.split_whitespace().count())
            && !label.contains(|c: char| c.is_ascii_digit())
            && crate::text::roles::degree_level(&label).is_none()
            && crate::text::roles::degree_level(rest).is_none()
            && split_parts(line).len() == 1
    })
}

fn education_from_line(line: &str) -> Education {
    let mut parts = split_parts(line);
    // "BSc Software Engineering, University of Porto, 2008 – 2012": commas separate the parts
    // when nothing else does.
    if parts.len() == 1 && line.matches(", ").count() >= 1 {
        parts = line.split(", ").map(str::to_string).collect();
    }
    let mut e = Education {
        degree: plain(parts.first().map(String::as_str).unwrap_or(line)),
        ..Education::default()
    };
    for p in parts.iter().skip(1) {
        if looks_like_period(p) && e.period.is_empty() {
            e.period = plain(p);
        } else if e.institution.is_empty() {
            e.institution = plain(p);
        }
    }
    e
}

/// A skills line holding several labelled groups ("GCP: Vertex AI, BigQuery • AWS: SageMaker,
/// S3"), split into one line a group: read as one, "AWS: SageMaker" was an item of GCP's, and the
/// tailored CV listed S3 under GCP (round 88). A line with one label or none is one group.
fn labelled_groups(line: &str) -> Vec<&str> {
    let labelled = |segment: &str| {
        segment
            .split_once(':')
            .is_some_and(|(l, r)| !l.trim().is_empty() && l.len() <= 40 && !r.trim().is_empty())
    };
    // Each segment with the byte where it starts.
    let mut segments: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (at, sep) in line.match_indices(['•', '·', '|']) {
        segments.push((from, &line[from..at]));
        from = at + sep.len();
    }
    segments.push((from, &line[from..]));
    if segments.iter().filter(|(_, s)| labelled(s)).count() < 2 {
        return vec![line];
    }
    // Each labelled segment opens a group; an unlabelled one belongs to the group before it.
    let opens: Vec<usize> = segments
        .iter()
        .enumerate()
        .filter(|(i, (_, s))| *i == 0 || labelled(s))
        .map(|(_, (at, _))| *at)
        .collect();
    opens
        .iter()
        .enumerate()
        .map(|(k, &at)| {
            let end = opens.get(k + 1).map_or(line.len(), |next| {
                // Up to the separator before the next group.
                line[..*next]
                    .trim_end()
                    .char_indices()
                    .last()
                    .map_or(*next, |(i, _)| i)
            });
            line[at..end].trim()
        })
        .filter(|g| !g.is_empty())
        .collect()
}

fn skill_group(line: &str) -> SkillGroup {
    let (label, rest) = match line.split_once(':') {
        Some((l, r)) if l.len() <= 40 && !r.trim().is_empty() => (plain(l), r),
        _ => (String::new(), line),
    };
    SkillGroup {
        label,
        items: items_of(rest)
            .into_iter()
            .map(plain)
            .filter(|s| !s.is_empty())
            .collect(),
    }
}

/// A skills line's items, split at separators outside brackets: "AWS (S3, EMR, Lambda)" is one
/// item. Split inside them, the tailored CV reordered "Lambda)" to the front of the line
/// (both round-116 readers).
fn items_of(line: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (at, c) in line.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ',' | '•' | ';' | '·' | '|' if depth == 0 => {
                items.push(&line[from..at]);
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    items.push(&line[from..]);
    items
}

fn short(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKDOWN: &str = "# Jane Roe\nBerlin · jane@example.com\n\n## Summary\nEngineer.\n\n## Experience\n\n### Lead Engineer — Acme GmbH\n2020-01 – Present · Berlin\n- Cut costs by 20%.\n- Led 5 people.\n\n### Engineer — Beta Ltd\n2016 – 2019\n* Built APIs.\n\n## Skills\n- Languages: Rust, Go\n- Cloud: AWS, Kubernetes\n\n## Education\n### MSc Physics — Uni Bonn\n2014 – 2016\n\n## Languages\nEnglish (fluent), German (native)\n";

    #[test]
    fn markdown_cv_parses_roles_skills_and_education() {
        let cv = parse_master_cv(MARKDOWN).unwrap();
        assert_eq!(cv.name, "Jane Roe");
        assert_eq!(cv.roles.len(), 2);
        assert_eq!(cv.roles[0].title, "Lead Engineer");
        assert_eq!(cv.roles[0].company, "Acme GmbH");
        assert_eq!(cv.roles[0].period, "2020-01 – Present");
        assert_eq!(cv.roles[0].location, "Berlin");
        assert_eq!(cv.roles[0].bullets.len(), 2);
        assert_eq!(cv.roles[1].bullets, vec!["Built APIs."]);
        assert_eq!(
            cv.all_skills().collect::<Vec<_>>(),
            vec!["Rust", "Go", "AWS", "Kubernetes"]
        );
        assert_eq!(cv.education[0].degree, "MSc Physics");
        assert_eq!(cv.education[0].institution, "Uni Bonn");
        assert_eq!(cv.education[0].period, "2014 – 2016");
        assert_eq!(cv.languages.len(), 2);
        // A comma inside brackets keeps the language whole (round 125).
        let cv = parse_master_cv(&MARKDOWN.replace(
            "English (fluent), German (native)",
            "Romanian (native), English (C1), German (basic, A2)",
        ))
        .unwrap();
        assert_eq!(
            cv.languages,
            ["Romanian (native)", "English (C1)", "German (basic, A2)"]
        );
    }

    #[test]
    fn a_name_in_capitals_is_written_as_a_name() {
        assert_eq!(person_name("TOMASZ WIECZOREK"), "Tomasz Wieczorek");
        assert_eq!(person_name("ANNA-MARIA O'NEILL"), "Anna-Maria O'Neill");
        assert_eq!(person_name("Ursula von der Leyen"), "Ursula von der Leyen");
        assert_eq!(person_name("ŁUKASZ ŻAK"), "Łukasz Żak");
        assert_eq!(person_name("JOHN SMITH III, PHD"), "John Smith III, PhD");
        assert_eq!(person_name("SEAN McDONALD"), "Sean McDonald");
        assert_eq!(person_name("Sam RIVERA"), "Sam Rivera");
        assert_eq!(person_name("DeShawn MacKenzie"), "DeShawn MacKenzie");
        assert_eq!(person_name("Jack Ma"), "Jack Ma");
        assert_eq!(person_name("Md. Rahim Uddin"), "Md. Rahim Uddin");
        let cv = parse_master_cv("TOMASZ WIECZOREK\nWarsaw, Poland\n\nExperience\nEngineer — Acme — Warsaw | 2020–Present\n● Built things.\n\nSkills\nPython\n").unwrap();
        assert_eq!(cv.name, "Tomasz Wieczorek");
    }

    #[test]
    fn a_skills_line_of_several_labelled_groups_is_read_as_several() {
        assert_eq!(
            labelled_groups("GCP: Vertex AI, BigQuery, GKE • AWS: SageMaker, S3"),
            ["GCP: Vertex AI, BigQuery, GKE", "AWS: SageMaker, S3"]
        );
        assert_eq!(
            labelled_groups("Cloud: AWS · GCP | Data: Spark • dbt"),
            ["Cloud: AWS · GCP", "Data: Spark • dbt"]
        );
        assert_eq!(
            labelled_groups("Python • SQL • PyTorch"),
            ["Python • SQL • PyTorch"]
        );
        assert_eq!(
            labelled_groups("Languages: Go, Rust"),
            ["Languages: Go, Rust"]
        );
    }

    #[test]
    fn sections_the_parser_does_not_read_are_kept_as_written() {
        let cv = parse_master_cv("Jane Roe\nWarsaw, Poland\n\nExperience\nEngineer — Acme — Warsaw | 2020–Present\n● Built things.\n\nCertifications\nGoogle Cloud Professional Machine Learning Engineer — Google Cloud, 2023\n\nReferences\nAvailable on request.\n\nSkills\nPython\n").unwrap();
        assert_eq!(
            cv.other_sections,
            [CvSection {
                title: "Certifications".into(),
                lines: vec![
                    "Google Cloud Professional Machine Learning Engineer — Google Cloud, 2023"
                        .into()
                ],
            }]
        );
        let md = parse_master_cv("# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Built things.\n\n## Awards\n- Best paper, 2019\n\n## Skills\n- Python\n").unwrap();
        assert_eq!(md.other_sections[0].title, "Awards");
        assert_eq!(md.other_sections[0].lines, ["Best paper, 2019"]);
        let md = parse_master_cv("# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Built things.\n\n## Publications\n### Conference papers\n- Ranking at scale, KDD 2021\n\n## Skills\n- Python\n").unwrap();
        assert_eq!(
            md.other_sections[0].lines,
            ["Conference papers", "Ranking at scale, KDD 2021"]
        );
    }

    #[test]
    fn a_labelled_line_under_a_degree_is_its_detail_and_the_next_degree_its_own() {
        let cv = parse_master_cv("Jane Roe\nWarsaw, Poland\n\nExperience\nEngineer — Acme — Warsaw | 2020–Present\n● Built things.\n\nEducation\nMSc Computer Science — Warsaw University of Technology — Warsaw | 2015–2017\nThesis: Handwritten text recognition in scanned forms\nBSc Eng. Computer Science — Warsaw University of Technology — Warsaw | 2011–2015\n\nSkills\nPython\n").unwrap();
        let degrees: Vec<(&str, &str)> = cv
            .education
            .iter()
            .map(|e| (e.degree.as_str(), e.period.as_str()))
            .collect();
        assert_eq!(
            degrees,
            [
                ("MSc Computer Science", "2015–2017"),
                ("BSc Eng. Computer Science", "2011–2015")
            ]
        );
        assert_eq!(
            cv.education[0].details,
            ["Thesis: Handwritten text recognition in scanned forms"]
        );
        // A degree with no dates of its own does not take the next degree's line for them.
        let cv = parse_master_cv("Jane Roe\nWarsaw, Poland\n\nExperience\nEngineer — Acme — Warsaw | 2020–Present\n● Built things.\n\nEducation\nMSc Physics — Uni Bonn\nBSc Mathematics — Uni Köln | 2010–2013\n\nSkills\nPython\n").unwrap();
        assert_eq!(cv.education.len(), 2, "{:?}", cv.education);
        assert!(cv.education[0].period.is_empty(), "{:?}", cv.education);
        // A line of institution and dates under a degree heading is still its dates.
        let cv = parse_master_cv("# Jane Roe\nBerlin\n\n## Experience\n### Engineer — Acme\n2020 – Present\n- Built things.\n\n## Education\n### MSc Physics\nUni Bonn · 2014 – 2016\n\n## Skills\n- Python\n").unwrap();
        assert_eq!(cv.education.len(), 1, "{:?}", cv.education);
    }

    #[test]
    fn plain_education_lines_split_on_dashes_or_commas() {
        let e = education_from_line(
            "MSc. Computer Science — Technical University of Munich | 2012 – 2014",
        );
        assert_eq!(
            (e.degree.as_str(), e.institution.as_str(), e.period.as_str()),
            (
                "MSc. Computer Science",
                "Technical University of Munich",
                "2012 – 2014"
            )
        );
        let e = education_from_line("BSc Software Engineering, University of Porto, 2008 – 2012");
        assert_eq!(
            (e.degree.as_str(), e.institution.as_str(), e.period.as_str()),
            (
                "BSc Software Engineering",
                "University of Porto",
                "2008 – 2012"
            )
        );
    }

    #[test]
    fn plain_text_cv_with_one_line_roles_and_dot_bullets() {
        let text = "JOHN DOE\njohn@example.com\n\nProfile\nBuilder of teams.\n\nProfessional Experience\nEngineering Manager — Gamma AG — Zurich | 2019–Present\n● Grew the team from 3 to 12.\n• Shipped the platform.\n\nSkills\nPython • SQL • Leadership\n";
        let cv = parse_master_cv(text).unwrap();
        assert_eq!(cv.name, "John Doe");
        assert_eq!(cv.summary, "Builder of teams.");
        let r = &cv.roles[0];
        assert_eq!(
            (
                r.title.as_str(),
                r.company.as_str(),
                r.location.as_str(),
                r.period.as_str()
            ),
            ("Engineering Manager", "Gamma AG", "Zurich", "2019–Present")
        );
        assert_eq!(r.bullets.len(), 2);
        assert_eq!(cv.all_skills().count(), 3);
    }

    #[test]
    fn a_bracketed_group_of_skills_is_one_item() {
        let group =
            skill_group("Cloud & DevOps: AWS (S3, EMR, MSK, Glue, IAM, Lambda), Terraform, Docker");
        assert_eq!(group.label, "Cloud & DevOps");
        assert_eq!(
            group.items,
            vec![
                "AWS (S3, EMR, MSK, Glue, IAM, Lambda)",
                "Terraform",
                "Docker"
            ]
        );
        // An unclosed bracket keeps the rest as one item, not a panic.
        assert_eq!(
            skill_group("Go, Rust (async").items,
            vec!["Go", "Rust (async"]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse_master_cv("# Jane\n## Experience\n- orphan bullet\n## Skills\n- Rust\n")
            .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("before any role"));

        let err = parse_master_cv("# Jane\n## Experience\n### Just A Title\n").unwrap_err();
        assert_eq!(err.line, 3);

        let err = parse_master_cv("# Jane\n## Skills\n- Rust\n").unwrap_err();
        assert!(err.message.contains("Experience"));

        let err = parse_master_cv("").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn cv_without_skills_is_refused() {
        let err = parse_master_cv("# Jane\n## Experience\n### Dev — Acme\n- did\n").unwrap_err();
        assert!(err.message.contains("skills"));
    }
}
