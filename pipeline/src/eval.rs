//! The evaluation behind `make eval`: the offline pipeline against a recruiter's labels (fit,
//! knock-outs, track, must-haves, best STARs; see `shared/corpus/labels/README.md`).
//!
//! It is a guide, not a target: it prints how far the pipeline's reading of a posting is from a
//! person's, so a change that helps one posting and hurts five shows up.

use crate::candidate::Candidate;
use crate::layers::fit::FitAssessment;
use crate::layers::jd::JdAnalysis;
use crate::layers::stars::StarSelection;
use crate::text::lexicon::Lexicon;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// One recruiter label (the fields `make eval` reads; others are ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    #[serde(rename = "_id")]
    pub id: String,
    pub title: String,
    pub fit: f64,
    #[serde(default)]
    pub knockouts: Vec<String>,
    #[serde(default)]
    pub track: String,
    #[serde(default)]
    pub must_have: Vec<String>,
    #[serde(default)]
    pub best_stars: Vec<String>,
}

impl Label {
    /// The kinds of the labelled knock-outs (`location`, `stack`, `role family`…).
    pub fn knockout_kinds(&self) -> Vec<String> {
        self.knockouts
            .iter()
            .map(|k| k.split(':').next().unwrap_or("").trim().to_lowercase())
            .collect()
    }
}

/// Parses a labels file (a JSON array of labels).
pub fn parse_labels(bytes: &[u8]) -> Result<Vec<Label>, String> {
    serde_json::from_slice(bytes).map_err(|e| format!("labels: {e}"))
}

/// What the pipeline said about one labelled posting.
pub struct Case<'a> {
    pub label: &'a Label,
    pub jd: &'a JdAnalysis,
    pub fit: &'a FitAssessment,
    pub stars: &'a StarSelection,
}

/// Spearman's rank correlation (average ranks for ties); 0 when either side is constant.
pub fn spearman(a: &[f64], b: &[f64]) -> f64 {
    fn ranks(v: &[f64]) -> Vec<f64> {
        let mut idx: Vec<usize> = (0..v.len()).collect();
        idx.sort_by(|x, y| v[*x].total_cmp(&v[*y]));
        let mut r = vec![0.0; v.len()];
        let mut i = 0;
        while i < idx.len() {
            let mut j = i;
            while j + 1 < idx.len() && v[idx[j + 1]] == v[idx[i]] {
                j += 1;
            }
            let avg = (i + j) as f64 / 2.0 + 1.0;
            for k in &idx[i..=j] {
                r[*k] = avg;
            }
            i = j + 1;
        }
        r
    }
    if a.len() != b.len() || a.len() < 2 {
        return 0.0;
    }
    let (ra, rb) = (ranks(a), ranks(b));
    let n = a.len() as f64;
    let (ma, mb) = (ra.iter().sum::<f64>() / n, rb.iter().sum::<f64>() / n);
    let cov: f64 = ra.iter().zip(&rb).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f64 = ra.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f64 = rb.iter().map(|y| (y - mb).powi(2)).sum();
    if va == 0.0 || vb == 0.0 {
        0.0
    } else {
        cov / (va * vb).sqrt()
    }
}

/// The figures `make eval` prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub cases: usize,
    pub spearman: f64,
    pub mean_gap: f64,
    /// Postings with a labelled knock-out where the pipeline found at least one.
    pub knockout_recall: (usize, usize),
    /// Postings without a labelled knock-out where the pipeline found none.
    pub knockout_specificity: (usize, usize),
    /// Per labelled kind: (found a knock-out of the same kind, labelled).
    pub knockout_by_kind: BTreeMap<String, (usize, usize)>,
    /// Labelled knock-out postings the pipeline scores at 40 or below.
    pub knockouts_capped: (usize, usize),
    pub track_agreement: (usize, usize),
    /// The first selected STAR is one of the labelled best.
    pub star_top1: (usize, usize),
    /// Labelled best STARs among the pipeline's selection, over all labelled.
    pub star_recall: (usize, usize),
    /// The share of postings led by the most frequent first STAR.
    pub star_most_common_first: (String, usize),
    /// Skills named in labelled must-haves that the posting's extracted requirements hold.
    pub requirement_recall: (usize, usize),
}

/// Scores the pipeline's answers against the labels.
pub fn evaluate(cases: &[Case<'_>]) -> Report {
    let ours: Vec<f64> = cases.iter().map(|c| f64::from(c.fit.fit_score)).collect();
    let theirs: Vec<f64> = cases.iter().map(|c| c.label.fit).collect();
    let n = cases.len().max(1) as f64;
    let mean_gap = ours
        .iter()
        .zip(&theirs)
        .map(|(a, b)| (a - b).abs())
        .sum::<f64>()
        / n;
    let mut r = Report {
        cases: cases.len(),
        spearman: spearman(&ours, &theirs),
        mean_gap,
        knockout_recall: (0, 0),
        knockout_specificity: (0, 0),
        knockout_by_kind: BTreeMap::new(),
        knockouts_capped: (0, 0),
        track_agreement: (0, 0),
        star_top1: (0, 0),
        star_recall: (0, 0),
        star_most_common_first: (String::new(), 0),
        requirement_recall: (0, 0),
    };
    let lex = Lexicon::get();
    let mut firsts: BTreeMap<String, usize> = BTreeMap::new();
    for c in cases {
        let found_kinds: Vec<&str> = c.fit.knockouts.iter().map(|k| k.kind.label()).collect();
        if c.label.knockouts.is_empty() {
            r.knockout_specificity.1 += 1;
            r.knockout_specificity.0 += usize::from(found_kinds.is_empty());
        } else {
            r.knockout_recall.1 += 1;
            r.knockout_recall.0 += usize::from(!found_kinds.is_empty());
            r.knockouts_capped.1 += 1;
            r.knockouts_capped.0 += usize::from(c.fit.fit_score <= 40);
            for kind in c.label.knockout_kinds() {
                let e = r.knockout_by_kind.entry(kind.clone()).or_insert((0, 0));
                e.1 += 1;
                e.0 += usize::from(found_kinds.contains(&kind.as_str()));
            }
        }
        if !c.label.track.is_empty() {
            r.track_agreement.1 += 1;
            r.track_agreement.0 += usize::from(c.jd.track.as_str() == c.label.track);
        }
        if !c.label.best_stars.is_empty() {
            let titles: Vec<&str> = c.stars.selected.iter().map(|s| s.title.as_str()).collect();
            r.star_top1.1 += 1;
            r.star_top1.0 += usize::from(
                titles
                    .first()
                    .is_some_and(|t| c.label.best_stars.iter().any(|b| b == t)),
            );
            r.star_recall.1 += c.label.best_stars.len();
            r.star_recall.0 += c
                .label
                .best_stars
                .iter()
                .filter(|b| titles.contains(&b.as_str()))
                .count();
            if let Some(t) = titles.first() {
                *firsts.entry(t.to_string()).or_insert(0) += 1;
            }
        }
        let extracted: Vec<String> =
            c.jd.must_have
                .iter()
                .chain(&c.jd.nice_to_have)
                .cloned()
                .collect();
        for req in &c.label.must_have {
            for skill in lex.skills_in(req) {
                r.requirement_recall.1 += 1;
                r.requirement_recall.0 += usize::from(
                    extracted
                        .iter()
                        .any(|e| e == &skill || lex.is_narrower_or_same(e, &skill)),
                );
            }
        }
    }
    if let Some((t, n)) = firsts.into_iter().max_by_key(|(_, n)| *n) {
        r.star_most_common_first = (t, n);
    }
    r
}

/// Runs the offline pipeline (layers 1–4 and the STAR choice; nothing is published) on every
/// labelled posting found in `jobs` and scores it. Also returns one line per posting, for reading
/// the disagreements.
pub async fn run(
    jobs: &[crate::job::NewJob],
    labels: &[Label],
    candidate: &Candidate,
    this_year: i32,
) -> Result<(Report, Vec<String>), String> {
    let opts = crate::run::RunOptions {
        this_year,
        ..crate::run::RunOptions::default()
    };
    let mut outputs = Vec::new();
    for label in labels {
        let job = jobs
            .iter()
            .find(|j| j.id == label.id)
            .ok_or_else(|| format!("labelled posting {} is not in the jobs file", label.id))?;
        let out = crate::run::run(
            &crate::layers::JobInput::from(job),
            candidate,
            &opts,
            &crate::run::Silent,
        )
        .await
        .map_err(|e| e.to_string())?;
        outputs.push(out);
    }
    let cases: Vec<Case<'_>> = labels
        .iter()
        .zip(&outputs)
        .map(|(label, o)| Case {
            label,
            jd: &o.jd,
            fit: &o.fit,
            stars: &o.stars,
        })
        .collect();
    let lines = cases
        .iter()
        .map(|c| {
            format!(
                "{:>3} vs {:>3}  {:<45}  ours: [{}]  label: [{}]  first STAR: {}",
                c.fit.fit_score,
                c.label.fit,
                crate::layers::shorten(&c.label.title, 45),
                c.fit
                    .knockouts
                    .iter()
                    .map(|k| k.line())
                    .collect::<Vec<_>>()
                    .join(" | "),
                c.label.knockout_kinds().join(", "),
                c.stars.selected.first().map_or("-", |s| s.title.as_str()),
            )
        })
        .collect();
    Ok((evaluate(&cases), lines))
}

fn pct((a, b): (usize, usize)) -> String {
    if b == 0 {
        "n/a".into()
    } else {
        format!("{a}/{b} ({:.0}%)", 100.0 * a as f64 / b as f64)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "labelled postings             {}", self.cases)?;
        writeln!(f, "fit: Spearman rank correlation {:.2}", self.spearman)?;
        writeln!(
            f,
            "fit: mean absolute gap         {:.1} points",
            self.mean_gap
        )?;
        writeln!(
            f,
            "knock-outs: recall              {}",
            pct(self.knockout_recall)
        )?;
        writeln!(
            f,
            "knock-outs: none where none     {}",
            pct(self.knockout_specificity)
        )?;
        writeln!(
            f,
            "knock-outs: scored 40 or below  {}",
            pct(self.knockouts_capped)
        )?;
        for (kind, v) in &self.knockout_by_kind {
            writeln!(f, "  {kind:<28}{}", pct(*v))?;
        }
        writeln!(
            f,
            "track (ic/manager) agreement    {}",
            pct(self.track_agreement)
        )?;
        writeln!(f, "STARs: first is a labelled best {}", pct(self.star_top1))?;
        writeln!(
            f,
            "STARs: labelled best chosen     {}",
            pct(self.star_recall)
        )?;
        writeln!(
            f,
            "STARs: most common first        {} ({} postings)",
            self.star_most_common_first.0, self.star_most_common_first.1
        )?;
        write!(
            f,
            "requirements: labelled skills found {}",
            pct(self.requirement_recall)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spearman_of_same_order_is_one_and_of_reverse_is_minus_one() {
        let a = [1.0, 2.0, 3.0, 4.0];
        assert!((spearman(&a, &[10.0, 20.0, 30.0, 40.0]) - 1.0).abs() < 1e-9);
        assert!((spearman(&a, &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-9);
        assert_eq!(spearman(&a, &[5.0, 5.0, 5.0, 5.0]), 0.0);
    }

    #[test]
    fn spearman_averages_tied_ranks() {
        let r = spearman(&[1.0, 2.0, 2.0, 3.0], &[1.0, 2.0, 3.0, 4.0]);
        assert!(r > 0.9 && r < 1.0, "{r}");
    }

    #[test]
    fn labels_parse_and_name_their_knockout_kinds() {
        let l = parse_labels(
            br#"[{"_id":"a","title":"T","company":"C","fit":38,"knockouts":["location: Romania only","role family: sales"],"track":"ic","track_match":true,"must_have":[],"best_stars":[],"note":""}]"#,
        )
        .unwrap();
        assert_eq!(l[0].knockout_kinds(), vec!["location", "role family"]);
        assert!(parse_labels(b"{").is_err());
    }
}
