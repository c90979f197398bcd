//! The tailored CV as an ATS-friendly .docx: one column, real heading styles, real bullet lists, no
//! tables or text boxes. Built from the CV's Markdown (`#`, `##`, `###`, `- ` and `**bold**`).

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, Paragraph, Run, SpecialIndentType, Start, Style, StyleType,
};

const BULLETS: usize = 1;

/// Renders CV Markdown as .docx bytes.
pub fn cv_docx(markdown: &str) -> Result<Vec<u8>, String> {
    let mut doc = Docx::new()
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(40)
                .bold(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .size(28)
                .bold(),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .size(24)
                .bold(),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(720),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    for line in markdown.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        let paragraph = if let Some(t) = line.strip_prefix("### ") {
            runs(Paragraph::new().style("Heading2"), t)
        } else if let Some(t) = line.strip_prefix("## ") {
            runs(Paragraph::new().style("Heading1"), t)
        } else if let Some(t) = line.strip_prefix("# ") {
            runs(Paragraph::new().style("Title"), t)
        } else if let Some(t) = line.strip_prefix("- ") {
            runs(
                Paragraph::new().numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                t,
            )
        } else {
            runs(Paragraph::new(), line)
        };
        doc = doc.add_paragraph(paragraph);
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut buf).map_err(|e| e.to_string())?;
    Ok(buf.into_inner())
}

/// Text runs for `text`, with `**bold**` spans bold.
fn runs(mut p: Paragraph, text: &str) -> Paragraph {
    for (i, part) in text.split("**").enumerate() {
        if part.is_empty() {
            continue;
        }
        let run = Run::new().add_text(part);
        p = p.add_run(if i % 2 == 1 { run.bold() } else { run });
    }
    p
}

/// A paragraph read back from a .docx: its style id (if any), whether it is a list item, its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadParagraph {
    pub style: Option<String>,
    pub bullet: bool,
    pub text: String,
}

/// Whether a .docx holds only paragraphs: no table and no drawing or picture, which screening
/// software reads badly.
pub fn is_plain(bytes: &[u8]) -> Result<bool, String> {
    let doc = docx_rs::read_docx(bytes).map_err(|e| e.to_string())?;
    for child in &doc.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => {
                for pc in &p.children {
                    if let docx_rs::ParagraphChild::Run(run) = pc {
                        if run.children.iter().any(|rc| {
                            matches!(
                                rc,
                                docx_rs::RunChild::Drawing(_) | docx_rs::RunChild::Shape(_)
                            )
                        }) {
                            return Ok(false);
                        }
                    }
                }
            }
            docx_rs::DocumentChild::Table(_) => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// Parses .docx bytes back into paragraphs: the proof that a file opens and says what it should.
pub fn read_paragraphs(bytes: &[u8]) -> Result<Vec<ReadParagraph>, String> {
    let doc = docx_rs::read_docx(bytes).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for child in doc.document.children {
        if let docx_rs::DocumentChild::Paragraph(p) = child {
            let mut text = String::new();
            for pc in &p.children {
                if let docx_rs::ParagraphChild::Run(run) = pc {
                    for rc in &run.children {
                        if let docx_rs::RunChild::Text(t) = rc {
                            text.push_str(&t.text);
                        }
                    }
                }
            }
            out.push(ReadParagraph {
                style: p.property.style.as_ref().map(|s| s.val.clone()),
                bullet: p.property.numbering_property.is_some(),
                text,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_headings_and_bullets_and_reads_back() {
        let md = "# Jane Roe\nBerlin\n\n## Experience\n### Lead — Acme\n- Cut **costs** by 20%.\n- Led 5 people.\n";
        let bytes = cv_docx(md).unwrap();
        let paras = read_paragraphs(&bytes).unwrap();
        assert_eq!(
            paras[0],
            ReadParagraph {
                style: Some("Title".into()),
                bullet: false,
                text: "Jane Roe".into()
            }
        );
        assert_eq!(paras[2].style.as_deref(), Some("Heading1"));
        assert_eq!(paras[3].style.as_deref(), Some("Heading2"));
        assert!(paras[4].bullet);
        assert_eq!(paras[4].text, "Cut costs by 20%.");
        assert_eq!(paras.iter().filter(|p| p.bullet).count(), 2);
    }

    #[test]
    fn garbage_is_not_a_docx() {
        assert!(read_paragraphs(b"not a zip").is_err());
    }
}
