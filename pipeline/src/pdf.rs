//! The CV and the cover letter as PDF, inside the binary: an applicant-tracking-friendly layout
//! (one column, real selectable text in reading order, no tables or images) on A4, with Liberation
//! Sans embedded (SIL Open Font License: `pipeline/fonts/LICENSE-Liberation.txt`), so the file looks
//! the same everywhere. Rendered with `genpdf`, which wraps lines and breaks pages, then compressed
//! with `lopdf` (the embedded fonts are most of the file); the Markdown the pipeline writes is read
//! line by line: headings, bullets and paragraphs.

use genpdf::elements::{Break, Paragraph, UnorderedList};
use genpdf::fonts::{FontData, FontFamily};
use genpdf::style::Style;
use genpdf::{Document, Element, SimplePageDecorator};

const REGULAR: &[u8] = include_bytes!("../fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/LiberationSans-Bold.ttf");

fn fonts() -> Result<FontFamily<FontData>, String> {
    let font =
        |bytes: &[u8], builtin| FontData::new(bytes.to_vec(), builtin).map_err(|e| e.to_string());
    Ok(FontFamily {
        regular: font(REGULAR, None)?,
        bold: font(BOLD, None)?,
        // No italics are written: the viewer's built-in oblique faces stand in, so only the two
        // faces in use are embedded.
        italic: font(REGULAR, Some(printpdf::BuiltinFont::HelveticaOblique))?,
        bold_italic: font(BOLD, Some(printpdf::BuiltinFont::HelveticaBoldOblique))?,
    })
}

/// Markdown emphasis and links as plain text: `**Staff** [site](https://x)` → `Staff site (https://x)`.
fn plain(text: &str) -> String {
    let mut out = text.replace("**", "").replace("__", "");
    // [label](url) → label (url)
    while let Some(open) = out.find('[') {
        let Some(close) = out[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = out[close..].find(')').map(|i| close + i) else {
            break;
        };
        let label = out[open + 1..close].to_string();
        let url = out[close + 2..end].to_string();
        out.replace_range(open..=end, &format!("{label} ({url})"));
    }
    out.replace('`', "")
}

/// The page size: US Letter where the candidate lives in the United States or Canada, A4 elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub fn for_candidate(c: &crate::candidate::Candidate) -> Paper {
        match c.facts.country.map(|k| k.code.as_str()) {
            Some("US" | "CA") => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

/// The tailored CV (Markdown) as PDF bytes: lines of one paragraph run together, as Markdown
/// reads them.
pub fn markdown_to_pdf(markdown: &str, title: &str, paper: Paper) -> Result<Vec<u8>, String> {
    render(markdown, title, paper, false)
}

/// A letter (plain text) as PDF bytes: every line stays a line, so the sign-off, the name and
/// the contact line do not run into one ("Kind regards, Alex Morgan Berlin, …").
pub fn letter_to_pdf(letter: &str, title: &str, paper: Paper) -> Result<Vec<u8>, String> {
    render(letter, title, paper, true)
}

/// `lines_kept`: a line break ends a line (a letter), else only a blank line ends a paragraph.
fn render(markdown: &str, title: &str, paper: Paper, lines_kept: bool) -> Result<Vec<u8>, String> {
    let mut doc = Document::new(fonts()?);
    doc.set_title(title);
    doc.set_paper_size(match paper {
        Paper::A4 => genpdf::PaperSize::A4,
        Paper::Letter => genpdf::PaperSize::Letter,
    });
    doc.set_font_size(10);
    doc.set_line_spacing(1.25);
    let mut decorator = SimplePageDecorator::new();
    decorator.set_margins(18);
    doc.set_page_decorator(decorator);

    let mut bullets: Option<UnorderedList> = None;
    let mut paragraph = String::new();
    let flush_paragraph = |doc: &mut Document, paragraph: &mut String| {
        if !paragraph.trim().is_empty() {
            doc.push(Paragraph::new(plain(paragraph.trim())));
            doc.push(Break::new(0.4));
        }
        paragraph.clear();
    };
    for line in markdown.lines() {
        let t = line.trim_end();
        let bullet = t
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| t.trim_start().strip_prefix("* "))
            .or_else(|| t.trim_start().strip_prefix("• "));
        if let Some(item) = bullet {
            flush_paragraph(&mut doc, &mut paragraph);
            bullets
                .get_or_insert_with(UnorderedList::new)
                .push(Paragraph::new(plain(item)));
            continue;
        }
        if let Some(list) = bullets.take() {
            doc.push(list);
            doc.push(Break::new(0.4));
        }
        let heading = [("### ", 11), ("## ", 13), ("# ", 18)]
            .into_iter()
            .find_map(|(mark, size)| t.strip_prefix(mark).map(|h| (h, size)));
        if let Some((text, size)) = heading {
            flush_paragraph(&mut doc, &mut paragraph);
            doc.push(Break::new(0.3));
            doc.push(Paragraph::new(plain(text)).styled(Style::new().bold().with_font_size(size)));
            doc.push(Break::new(0.2));
        } else if t.trim().is_empty() {
            flush_paragraph(&mut doc, &mut paragraph);
        } else if lines_kept {
            // A line of its own, with no space after it: the blank line between paragraphs
            // gives the space.
            if !paragraph.trim().is_empty() {
                doc.push(Paragraph::new(plain(paragraph.trim())));
            }
            paragraph.clear();
            paragraph.push_str(t.trim());
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(t.trim());
        }
    }
    flush_paragraph(&mut doc, &mut paragraph);
    if let Some(list) = bullets.take() {
        doc.push(list);
    }
    let mut raw = Vec::new();
    doc.render(&mut raw).map_err(|e| e.to_string())?;
    let mut pdf = lopdf::Document::load_mem(&raw).map_err(|e| e.to_string())?;
    // printpdf writes its streams uncompressed and marks them so; Flate is valid for every one
    // of them, fonts included, and the fonts are nine tenths of the file.
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            stream.allows_compression = true;
        }
    }
    // printpdf also embeds a 1.2 MB colour profile for PDF/A, which a CV of black text does not
    // need: the catalog's reference to it goes, and with it the profile.
    if let Some(root) = pdf
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|r| r.as_reference().ok())
    {
        if let Ok(lopdf::Object::Dictionary(catalog)) = pdf.get_object_mut(root) {
            catalog.remove(b"OutputIntents");
        }
    }
    pdf.prune_objects();
    pdf.compress();
    let mut out = Vec::with_capacity(raw.len() / 2);
    pdf.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CV: &str = "# Jane Roe\nBerlin, Germany · jane@example.com\n\n## Experience\n### Staff Engineer — Acme\n- Cut p99 latency from 480 ms to 180 ms with **Redis** caching.\n- Led 6 engineers.\n\nA paragraph that runs over\ntwo source lines.\n";

    #[test]
    fn a_cv_renders_with_its_font_embedded() {
        let pdf = markdown_to_pdf(CV, "CV", Paper::A4).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("FontFile2"), "the font is embedded");
        // A4 is 595 × 842 points, Letter 612 × 792.
        let media_box = |pdf: &[u8]| {
            let doc = lopdf::Document::load_mem(pdf).unwrap();
            let page = *doc.get_pages().values().next().unwrap();
            let dict = doc.get_object(page).unwrap().as_dict().unwrap().clone();
            let b = dict.get(b"MediaBox").unwrap().as_array().unwrap().clone();
            let num = |o: &lopdf::Object| {
                o.as_f64()
                    .or_else(|_| o.as_i64().map(|v| v as f64))
                    .unwrap()
            };
            (num(&b[2]).round() as i64, num(&b[3]).round() as i64)
        };
        assert_eq!(media_box(&pdf), (595, 842), "A4");
        let letter = markdown_to_pdf(CV, "CV", Paper::Letter).unwrap();
        // genpdf sizes pages in whole millimetres: 216 × 279 mm is Letter to within a point.
        assert_eq!(media_box(&letter), (612, 791), "US Letter");
        // Two faces embedded and compressed: a CV is a few hundred kilobytes, not megabytes.
        assert!(pdf.len() < 600_000, "{} bytes", pdf.len());
    }

    /// Needs `pdftotext` (poppler-utils, which `make test` installs).
    #[test]
    fn a_letters_lines_stay_lines() {
        let letter = "Dear Gamma team,\n\nI am applying.\n\nKind regards,\nJane Roe\nBerlin, Germany · jane@example.com\n";
        let pdf = letter_to_pdf(letter, "Cover letter", Paper::A4).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = std::process::Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs: install poppler-utils (make test does)");
        let text = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(
            lines.ends_with(&[
                "Kind regards,",
                "Jane Roe",
                "Berlin, Germany · jane@example.com"
            ]),
            "{lines:?}"
        );
    }

    #[test]
    fn markdown_marks_become_plain_text() {
        assert_eq!(plain("**Staff** engineer"), "Staff engineer");
        assert_eq!(
            plain("see [ledgerline](https://github.com/x) now"),
            "see ledgerline (https://github.com/x) now"
        );
        assert_eq!(plain("a [b"), "a [b");
    }

    /// The text a reader (or an ATS) extracts is the CV's words, in order. Needs `pdftotext`
    /// and `pdffonts` (poppler-utils, which `make test` installs).
    #[test]
    fn extracted_text_is_the_markdown_in_order() {
        let pdf = markdown_to_pdf(CV, "CV", Paper::A4).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cv.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = std::process::Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs: install poppler-utils (make test does)");
        let extracted = String::from_utf8_lossy(&out.stdout);
        // Every font a reader needs is in the file.
        let fonts = std::process::Command::new("pdffonts")
            .arg(&path)
            .output()
            .unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        // (The built-in oblique faces are listed, unembedded, but no text uses them.)
        let used: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.contains("Type 1"))
            .collect();
        assert!(
            used.len() == 2
                && used
                    .iter()
                    .all(|l| l.contains("TrueType") && l.contains(" yes ")),
            "{fonts}"
        );
        let words = |s: &str| -> Vec<String> {
            plain(s)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let source: Vec<String> = CV
            .lines()
            .flat_map(|l| words(l.trim_start_matches(['#', '-', ' '])))
            .collect();
        assert_eq!(words(&extracted), source, "{extracted}");
    }
}
