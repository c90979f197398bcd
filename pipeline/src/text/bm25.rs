//! Okapi BM25 over small document sets (STAR records, CV bullets): the cheap lexical ranking the
//! selector and the CV tailoring use. Tokens are lower-cased words plus canonical lexicon skills, so
//! "k8s" in a query meets "Kubernetes" in a document.

use super::lexicon::{skill_key, Lexicon};
use std::collections::HashMap;

const K1: f64 = 1.2;
const B: f64 = 0.75;

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "by",
    "for",
    "from",
    "has",
    "have",
    "in",
    "is",
    "it",
    "its",
    "of",
    "on",
    "or",
    "our",
    "that",
    "the",
    "their",
    "this",
    "to",
    "we",
    "will",
    "with",
    "you",
    "your",
    "who",
    "what",
    "can",
    "all",
    "across",
    "into",
    "about",
    "more",
    "than",
    "they",
    "them",
    "us",
    "was",
    "were",
    "not",
    "but",
    "also",
    "any",
    "other",
    "such",
    "using",
    "use",
    "work",
    "working",
    "team",
    "teams",
    "experience",
    "role",
    "strong",
    "ability",
    "new",
    // A word of several trades: a sales pipeline is no deployment pipeline (a Kubernetes
    // migration "answered" an AI sales pipeline, round 31). Where it names a technique, the
    // lexicon's skill token carries it ("CI/CD pipelines").
    "pipeline",
    "pipelines",
];

/// Tokens of `text`: stemmed-lite words without stopwords, plus `skill:<key>` for lexicon skills.
pub fn tokens(text: &str) -> Vec<String> {
    let text = without_team_praise(text);
    let text = text.as_ref();
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
        .filter(|w| w.len() > 1)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect();
    let lex = Lexicon::get();
    out.extend(
        lex.find(text)
            .into_iter()
            .map(|f| format!("skill:{}", skill_key(&lex.skill(f.skill).name))),
    );
    out
}

/// `text` without "high-performance" or "high-performing" before a team, its delivery or its
/// culture: praise of people, not a system's speed. "Enable engineering team growth and
/// high-performance delivery" was best answered by the checkout-latency record (Neurons Lab,
/// round 61). Before a system ("high-performance APIs") it stays.
fn without_team_praise(text: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = crate::text::re(
        &RE,
        r"(?i)\bhigh[- ]perform(?:ance|ing)\s+((?:engineering\s+|development\s+|product\s+)?(?:teams?|delivery|culture|organi[sz]ations?|engineers|environment|people))\b",
    );
    // "High-performance delivery networks" are systems: the words stay before a system's noun.
    const SYSTEMS: &[&str] = &[
        "network",
        "networks",
        "pipeline",
        "pipelines",
        "platform",
        "platforms",
        "system",
        "systems",
        "infrastructure",
    ];
    re.replace_all(text, |c: &regex::Captures| {
        let next = text[c.get(0).map_or(0, |m| m.end())..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if SYSTEMS.contains(&next.as_str()) {
            c[0].to_string()
        } else {
            c[1].to_string()
        }
    })
}

/// `skill:<key>` for the broader skills of those `text` names, each once: a document about Kafka
/// answers a query for event-driven architecture, and one about event-driven services a query for
/// distributed systems (round 42: the tracking rebuild "answered" no line of a posting asking for
/// "production-grade distributed systems"). Umbrellas ("cloud platforms") are left out: half the
/// documents would hold them. Only documents carry them; a query asks for what it names.
fn broader_tokens(text: &str) -> Vec<String> {
    let lex = Lexicon::get();
    let mut out: Vec<String> = Vec::new();
    for f in lex.find(text) {
        for &a in lex.ancestors(f.skill) {
            let name = &lex.skill(a).name;
            let token = format!("skill:{}", skill_key(name));
            if !lex.is_umbrella(name) && !out.contains(&token) {
                out.push(token);
            }
        }
    }
    out
}

/// Strips common English suffixes so "scaling", "scaled" and "scales" meet.
fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 4 {
                return base.to_string();
            }
        }
    }
    w.to_string()
}

pub struct Bm25 {
    docs: Vec<HashMap<String, usize>>,
    lengths: Vec<usize>,
    avg_len: f64,
    df: HashMap<String, usize>,
}

impl Bm25 {
    pub fn new<S: AsRef<str>>(docs: &[S]) -> Self {
        // A document's length is its own words: the broader skills it is read with are no
        // words of it, and counted they would lengthen the documents that name deep skills.
        let (docs, lengths): (Vec<HashMap<String, usize>>, Vec<usize>) = docs
            .iter()
            .map(|d| {
                let mut tf = HashMap::new();
                for t in tokens(d.as_ref()) {
                    *tf.entry(t).or_insert(0) += 1;
                }
                let len: usize = tf.values().sum();
                for t in broader_tokens(d.as_ref()) {
                    tf.entry(t).or_insert(1);
                }
                (tf, len)
            })
            .unzip();
        let avg_len = if lengths.is_empty() {
            1.0
        } else {
            (lengths.iter().sum::<usize>() as f64 / lengths.len() as f64).max(1.0)
        };
        let mut df = HashMap::new();
        for d in &docs {
            for t in d.keys() {
                *df.entry(t.clone()).or_insert(0) += 1;
            }
        }
        Bm25 {
            docs,
            lengths,
            avg_len,
            df,
        }
    }

    /// Score of every document for `query`, in document order.
    pub fn scores(&self, query: &str) -> Vec<f64> {
        let n = self.docs.len() as f64;
        let mut q = tokens(query);
        q.sort();
        q.dedup();
        self.docs
            .iter()
            .zip(&self.lengths)
            .map(|(doc, len)| {
                q.iter()
                    .map(|t| {
                        let Some(tf) = doc.get(t) else { return 0.0 };
                        let df = *self.df.get(t).unwrap_or(&0) as f64;
                        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                        let tf = *tf as f64;
                        // Skills weigh double: they are what a requirement is about.
                        let weight = if t.starts_with("skill:") { 2.0 } else { 1.0 };
                        weight * idf * tf * (K1 + 1.0)
                            / (tf + K1 * (1.0 - B + B * *len as f64 / self.avg_len))
                    })
                    .sum()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn praise_of_a_team_is_no_ask_for_speed() {
        assert!(!tokens("Enable team growth and high-performance delivery")
            .iter()
            .any(|t| t.starts_with("perform")));
        assert!(tokens("Build high-performance APIs")
            .iter()
            .any(|t| t.starts_with("perform")));
        assert!(tokens("Build high-performance delivery networks")
            .iter()
            .any(|t| t.starts_with("perform")));
        assert!(!tokens("Lead high-performing engineering teams")
            .iter()
            .any(|t| t.starts_with("perform")));
    }

    #[test]
    fn relevant_documents_rank_first() {
        let docs = [
            "Migrated 60 services to Kubernetes with zero downtime",
            "Cut cloud spend by 28% by rightsizing AWS workloads",
            "Mentored four engineers to senior level",
        ];
        let bm = Bm25::new(&docs);
        let s = bm.scores("Run our k8s clusters and migrate services");
        assert!(s[0] > s[1] && s[0] > s[2], "{s:?}");
        let s = bm.scores("coach and mentor engineers");
        assert!(s[2] > s[0], "{s:?}");
        assert!(bm.scores("").iter().all(|x| *x == 0.0));
    }

    #[test]
    fn a_document_answers_a_query_for_a_broader_skill_than_it_names() {
        let docs = [
            "Split the monolith into event-driven services on Kafka",
            "Cut cloud spend by 28% by rightsizing AWS workloads",
        ];
        let s = Bm25::new(&docs).scores("production-grade distributed systems");
        assert!(s[0] > 0.0 && s[1] == 0.0, "{s:?}");
    }
}
