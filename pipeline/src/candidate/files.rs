//! CV files as people keep them: Markdown or plain text, a JSON Resume (jsonresume.org schema), or
//! a .docx. Each becomes the Markdown-like text the CV parser reads, so one parser (and one set of
//! error messages naming lines) serves every format.

use serde::Deserialize;

/// The CV text of an uploaded file, by its name's extension and its content: `.docx` is read for
/// its paragraphs (headings and bullets kept), a JSON Resume becomes Markdown, and anything else
/// must be UTF-8 text.
pub fn cv_text(bytes: &[u8], file_name: &str) -> Result<String, String> {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".docx") || bytes.starts_with(b"PK\x03\x04") {
        return docx_to_text(bytes);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| format!("{file_name} is not UTF-8 text, a JSON Resume or a .docx file"))?;
    let text = text.trim_start_matches('\u{feff}');
    if lower.ends_with(".json") || text.trim_start().starts_with('{') {
        return json_resume_to_markdown(text);
    }
    Ok(text.replace("\r\n", "\n"))
}

/// Whether a CV text is a JSON Resume (and so must be converted before parsing).
pub fn is_json_resume(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

fn docx_to_text(bytes: &[u8]) -> Result<String, String> {
    let paragraphs = crate::docx::read_paragraphs(bytes)
        .map_err(|e| format!("the file is not a readable .docx ({e})"))?;
    let mut out = String::new();
    let mut first = true;
    for p in paragraphs {
        let text = p.text.trim();
        if text.is_empty() {
            continue;
        }
        let style = p.style.as_deref().unwrap_or("").to_lowercase();
        let line = if first && (style == "title" || style.starts_with("heading")) {
            format!("# {text}")
        } else if style.starts_with("heading1") || style == "heading 1" {
            format!("\n## {text}")
        } else if style.starts_with("heading") {
            format!("\n### {text}")
        } else if p.bullet {
            format!("- {text}")
        } else {
            text.to_string()
        };
        first = false;
        out.push_str(&line);
        out.push('\n');
    }
    if out.trim().is_empty() {
        return Err("the .docx holds no text".into());
    }
    Ok(out)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Resume {
    basics: Basics,
    work: Vec<Work>,
    projects: Vec<Project>,
    education: Vec<School>,
    skills: Vec<SkillSet>,
    languages: Vec<Language>,
    certificates: Vec<Certificate>,
    awards: Vec<Award>,
    publications: Vec<Publication>,
    volunteer: Vec<Volunteer>,
    interests: Vec<Interest>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Certificate {
    name: String,
    issuer: String,
    date: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Award {
    title: String,
    awarder: String,
    date: String,
    summary: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Publication {
    name: String,
    publisher: String,
    #[serde(rename = "releaseDate")]
    release_date: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Volunteer {
    organization: String,
    position: String,
    #[serde(rename = "startDate")]
    start_date: String,
    #[serde(rename = "endDate")]
    end_date: String,
    summary: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Interest {
    name: String,
    keywords: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Basics {
    name: String,
    label: String,
    email: String,
    phone: String,
    url: String,
    summary: String,
    location: Location,
    profiles: Vec<Profile>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Location {
    city: String,
    region: String,
    #[serde(rename = "countryCode")]
    country_code: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Profile {
    url: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Work {
    name: String,
    position: String,
    location: String,
    #[serde(rename = "startDate")]
    start_date: String,
    #[serde(rename = "endDate")]
    end_date: String,
    summary: String,
    highlights: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Project {
    name: String,
    description: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct School {
    institution: String,
    area: String,
    #[serde(rename = "studyType")]
    study_type: String,
    #[serde(rename = "startDate")]
    start_date: String,
    #[serde(rename = "endDate")]
    end_date: String,
    score: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SkillSet {
    name: String,
    keywords: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Language {
    language: String,
    fluency: String,
}

/// "2021-03-01" → "2021-03"; empty stays empty.
fn month(date: &str) -> String {
    date.trim().chars().take(7).collect()
}

fn period(start: &str, end: &str) -> String {
    match (month(start), month(end)) {
        (s, _) if s.is_empty() => String::new(),
        (s, e) if e.is_empty() => format!("{s} – Present"),
        (s, e) => format!("{s} – {e}"),
    }
}

/// A JSON Resume as the Markdown master CV the parser reads. Unknown fields are ignored (the
/// stored file keeps them); a malformed document is an error naming where it broke.
pub fn json_resume_to_markdown(json: &str) -> Result<String, String> {
    let r: Resume = serde_json::from_str(json).map_err(|e| {
        format!(
            "not a JSON Resume (line {}, column {}: {e})",
            e.line(),
            e.column()
        )
    })?;
    let b = &r.basics;
    if b.name.trim().is_empty() {
        return Err("the JSON Resume has no basics.name".into());
    }
    let mut md = format!("# {}\n", b.name.trim());
    // The country by name, as a CV writes it ("Dubai, Dubai, AE" was said back in a fit's
    // rationale, round 89); a region that repeats the city said once.
    let loc = &b.location;
    let country = crate::text::places::country_by_code(loc.country_code.trim())
        .map_or(loc.country_code.trim(), |c| c.name.as_str());
    let region = Some(loc.region.trim()).filter(|r| !r.eq_ignore_ascii_case(loc.city.trim()));
    let place = [Some(loc.city.trim()), region, Some(country)]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let contact: Vec<&str> = [
        place.as_str(),
        b.email.as_str(),
        b.phone.as_str(),
        b.url.as_str(),
    ]
    .into_iter()
    .chain(b.profiles.iter().map(|p| p.url.as_str()))
    .filter(|s| !s.trim().is_empty())
    .collect();
    if !contact.is_empty() {
        md.push_str(&contact.join(" · "));
        md.push('\n');
    }
    // The label ("Senior Software Engineer (Backend / .NET)") is the summary only where there is
    // none: put before one, the tailored CV's summary read as two stuck together (round 89).
    let summary = if b.summary.trim().is_empty() {
        b.label.trim()
    } else {
        b.summary.trim()
    };
    if !summary.is_empty() {
        md.push_str(&format!("\n## Summary\n{summary}\n"));
    }
    md.push_str("\n## Experience\n");
    for w in &r.work {
        md.push_str(&super::cv::role_heading(
            w.position.trim(),
            w.name.trim(),
            &period(&w.start_date, &w.end_date),
            w.location.trim(),
        ));
        if !w.summary.trim().is_empty() && w.highlights.is_empty() {
            md.push_str(&format!("- {}\n", w.summary.trim()));
        }
        for h in &w.highlights {
            md.push_str(&format!("- {}\n", h.trim()));
        }
    }
    if !r.projects.is_empty() {
        md.push_str("\n## Projects\n");
        for p in &r.projects {
            md.push_str(&format!(
                "- **{}** — {}\n",
                p.name.trim(),
                p.description.trim()
            ));
        }
    }
    md.push_str("\n## Skills\n");
    for s in &r.skills {
        let items = s.keywords.join(", ");
        match (s.name.trim().is_empty(), items.is_empty()) {
            (_, true) => md.push_str(&format!("- {}\n", s.name.trim())),
            (true, false) => md.push_str(&format!("- {items}\n")),
            (false, false) => md.push_str(&format!("- {}: {items}\n", s.name.trim())),
        }
    }
    if !r.education.is_empty() {
        md.push_str("\n## Education\n");
        for e in &r.education {
            let degree = [e.study_type.trim(), e.area.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            md.push_str(&format!("### {degree} — {}\n", e.institution.trim()));
            let p = period(&e.start_date, &e.end_date);
            if !p.is_empty() {
                md.push_str(&format!("{p}\n"));
            }
            if !e.score.trim().is_empty() {
                md.push_str(&format!("Grade: {}\n", e.score.trim()));
            }
        }
    }
    if !r.languages.is_empty() {
        md.push_str("\n## Languages\n");
        let langs: Vec<String> = r
            .languages
            .iter()
            .map(|l| match l.fluency.trim() {
                "" => l.language.trim().to_string(),
                f => format!("{} ({f})", l.language.trim()),
            })
            .collect();
        md.push_str(&langs.join(", "));
        md.push('\n');
    }
    // The sections a CV keeps as written (certificates, awards, …): dropped, a candidate's
    // Azure certificate was missing from every tailored CV (round 89).
    let certificates = r.certificates.iter().map(|c| {
        // "Microsoft Certified: Azure Developer Associate", issued by Microsoft, names it once.
        let issuer = if c.name.contains(c.issuer.trim()) {
            ""
        } else {
            c.issuer.trim()
        };
        joined(&[c.name.trim(), issuer, &month(&c.date)], "")
    });
    let awards = r.awards.iter().map(|a| {
        joined(
            &[a.title.trim(), a.awarder.trim(), &month(&a.date)],
            a.summary.trim(),
        )
    });
    let publications = r.publications.iter().map(|p| {
        joined(
            &[p.name.trim(), p.publisher.trim(), &month(&p.release_date)],
            "",
        )
    });
    let volunteering = r.volunteer.iter().map(|v| {
        joined(
            &[
                v.position.trim(),
                v.organization.trim(),
                &period(&v.start_date, &v.end_date),
            ],
            v.summary.trim(),
        )
    });
    let interests = r
        .interests
        .iter()
        .map(|i| joined(&[i.name.trim()], &i.keywords.join(", ")));
    for (title, lines) in [
        ("Certifications", certificates.collect::<Vec<_>>()),
        ("Awards", awards.collect()),
        ("Publications", publications.collect()),
        ("Volunteering", volunteering.collect()),
        ("Interests", interests.collect()),
    ] {
        let lines: Vec<String> = lines.into_iter().filter(|l| !l.is_empty()).collect();
        if !lines.is_empty() {
            md.push_str(&format!("\n## {title}\n"));
            for line in lines {
                md.push_str(&format!("- {line}\n"));
            }
        }
    }
    Ok(md)
}

/// An entry's non-empty parts joined by commas, then its description after a colon:
/// "Best paper, ICML, 2019: for the ranking work".
fn joined(parts: &[&str], description: &str) -> String {
    let head = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    match (head.is_empty(), description.trim()) {
        (_, "") => head,
        (true, d) => d.to_string(),
        (false, d) => format!("{head}: {d}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidate::parse_master_cv;

    const RESUME: &str = r#"{
      "basics": {"name": "Jane Roe", "label": "Staff Engineer", "email": "jane@example.com",
                 "summary": "Builds data platforms.", "location": {"city": "Berlin", "countryCode": "DE"},
                 "x-custom": true},
      "work": [{"name": "Acme GmbH", "position": "Staff Engineer", "startDate": "2020-01-01",
                "highlights": ["Cut costs by 20%.", "Led 5 engineers."]}],
      "education": [{"institution": "Uni Bonn", "area": "Physics", "studyType": "MSc",
                     "startDate": "2014", "endDate": "2016", "score": "1.3 (very good)"}],
      "skills": [{"name": "Cloud", "keywords": ["AWS", "Kubernetes"]}],
      "languages": [{"language": "English", "fluency": "Fluent"}, {"language": "German", "fluency": "Native"}],
      "certificates": [{"name": "Microsoft Certified: Azure Developer Associate", "issuer": "Microsoft", "date": "2022-03-14"},
                       {"name": "CKA", "issuer": "CNCF", "date": ""}],
      "awards": [{"title": "Best paper", "awarder": "ICML", "date": "2019", "summary": "For the ranking work."}],
      "interests": [{"name": "Chess", "keywords": []}]
    }"#;

    #[test]
    fn a_json_resume_loads_with_roles_degrees_skills_and_languages() {
        let md = cv_text(RESUME.as_bytes(), "resume.json").unwrap();
        let cv = parse_master_cv(&md).unwrap();
        assert_eq!(cv.name, "Jane Roe");
        assert_eq!(cv.summary, "Builds data platforms.");
        assert_eq!(cv.roles[0].title, "Staff Engineer");
        assert_eq!(cv.roles[0].company, "Acme GmbH");
        assert_eq!(cv.roles[0].period, "2020-01 – Present");
        assert_eq!(cv.roles[0].bullets.len(), 2);
        assert_eq!(cv.education[0].degree, "MSc Physics");
        assert_eq!(cv.education[0].details, ["Grade: 1.3 (very good)"]);
        assert!(cv.all_skills().any(|s| s == "Kubernetes"));
        assert_eq!(cv.languages, vec!["English (Fluent)", "German (Native)"]);
        assert!(
            cv.contact.starts_with("Berlin, Germany ·"),
            "{}",
            cv.contact
        );
        let dubai = r#"{"basics": {"name": "Tareq", "location": {"city": "Dubai", "region": "Dubai", "countryCode": "AE"}}}"#;
        assert!(json_resume_to_markdown(dubai)
            .unwrap()
            .contains("\nDubai, United Arab Emirates\n"));
        // With no summary, the label stands for one.
        let labelled = r#"{"basics": {"name": "Tareq", "label": "Senior Software Engineer"}}"#;
        assert!(json_resume_to_markdown(labelled)
            .unwrap()
            .contains("## Summary\nSenior Software Engineer\n"));
        let section = |title: &str| {
            cv.other_sections
                .iter()
                .find(|s| s.title == title)
                .map(|s| s.lines.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            section("Certifications"),
            [
                "Microsoft Certified: Azure Developer Associate, 2022-03",
                "CKA, CNCF"
            ]
        );
        assert_eq!(
            section("Awards"),
            ["Best paper, ICML, 2019: For the ranking work."]
        );
        assert_eq!(section("Interests"), ["Chess"]);
    }

    #[test]
    fn a_docx_cv_loads_through_its_headings_and_bullets() {
        let md = "# Jane Roe\nBerlin\n\n## Experience\n### Staff Engineer — Acme\n2020 – Present\n- Cut costs by 20%.\n\n## Skills\n- Rust, Go\n";
        let bytes = crate::docx::cv_docx(md).unwrap();
        let text = cv_text(&bytes, "cv.docx").unwrap();
        let cv = parse_master_cv(&text).unwrap();
        assert_eq!(cv.name, "Jane Roe");
        assert_eq!(cv.roles[0].company, "Acme");
        assert_eq!(cv.roles[0].bullets, vec!["Cut costs by 20%."]);
        assert!(cv.all_skills().any(|s| s == "Go"));
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert!(cv_text(&[0xff, 0xfe, 0x00], "cv.txt")
            .unwrap_err()
            .contains("not UTF-8"));
        assert!(cv_text(b"{\"basics\": ", "cv.json")
            .unwrap_err()
            .contains("line 1"));
        assert!(cv_text(b"{}", "cv.json")
            .unwrap_err()
            .contains("basics.name"));
        assert!(cv_text(b"PK\x03\x04garbage", "cv.docx")
            .unwrap_err()
            .contains(".docx"));
    }
}
