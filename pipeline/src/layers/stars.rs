//! Layer 2.5: STAR selection. Ranks the candidate's STAR records against each pain point with BM25
//! (skills weigh double), maps every pain point to its best record, and selects the 2–3 records that
//! answer the most of the posting.

use super::pain_points::PainPoints;
use super::EngineUsed;
use crate::candidate::Star;
use crate::text::bm25::Bm25;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StarChoice {
    pub star_id: String,
    pub title: String,
    pub company: String,
    pub score: f64,
    /// Pain points this record answers best.
    pub answers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PainToStar {
    pub pain_point: String,
    pub star_id: Option<String>,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StarSelection {
    #[serde(flatten)]
    pub engine: EngineUsed,
    pub selected: Vec<StarChoice>,
    pub mapping: Vec<PainToStar>,
    /// The pain points' fingerprint this selection was computed for.
    pub cache_key: String,
}

/// The text a STAR record is ranked on.
pub fn star_document(s: &Star) -> String {
    format!(
        "{} {} {} {} {} {} {}",
        s.title,
        s.skills.join(", "),
        s.situation,
        s.task,
        s.action,
        s.result,
        s.metrics.join("; ")
    )
}

/// Lexical ranking of every record for every pain point: `scores[pain][star]`.
pub fn rank(pain: &PainPoints, stars: &[Star]) -> Vec<Vec<f64>> {
    let docs: Vec<String> = stars.iter().map(star_document).collect();
    let bm = Bm25::new(&docs);
    pain.pain_points
        .iter()
        .map(|p| bm.scores(&format!("{} {}", p.text, p.skills.join(" "))))
        .collect()
}

pub fn select(pain: &PainPoints, stars: &[Star]) -> StarSelection {
    let scores = rank(pain, stars);
    select_from_scores(pain, stars, &scores, EngineUsed::offline())
}

/// Builds the selection from a score matrix (lexical, or re-scored by an LLM for the short list).
pub fn select_from_scores(
    pain: &PainPoints,
    stars: &[Star],
    scores: &[Vec<f64>],
    engine: EngineUsed,
) -> StarSelection {
    let mut totals = vec![0.0; stars.len()];
    let mut answers: Vec<Vec<String>> = vec![Vec::new(); stars.len()];
    let mut mapping = Vec::new();
    for (p, row) in pain.pain_points.iter().zip(scores) {
        let best = row
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)));
        for (i, s) in row.iter().enumerate() {
            totals[i] += s;
        }
        match best {
            Some((i, s)) => {
                answers[i].push(p.id.clone());
                mapping.push(PainToStar {
                    pain_point: p.id.clone(),
                    star_id: Some(stars[i].id.clone()),
                    score: round(*s),
                });
            }
            None => mapping.push(PainToStar {
                pain_point: p.id.clone(),
                star_id: None,
                score: 0.0,
            }),
        }
    }
    let mut order: Vec<usize> = (0..stars.len()).collect();
    // Records that are some pain point's best answer first, then by total relevance.
    order.sort_by(|a, b| {
        answers[*b]
            .len()
            .cmp(&answers[*a].len())
            .then(totals[*b].total_cmp(&totals[*a]))
            .then(a.cmp(b))
    });
    let want = stars.len().min(3).max(stars.len().min(2));
    let selected = order
        .into_iter()
        .take(want)
        .filter(|i| totals[*i] > 0.0 || answers.iter().all(Vec::is_empty))
        .map(|i| StarChoice {
            star_id: stars[i].id.clone(),
            title: stars[i].title.clone(),
            company: stars[i].company.clone(),
            score: round(totals[i]),
            answers: answers[i].clone(),
        })
        .collect();
    StarSelection {
        engine,
        selected,
        mapping,
        cache_key: pain.fingerprint(),
    }
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
