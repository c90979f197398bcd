//! Data the pages show, shared by server and browser. Built on the server from the domain types, so
//! the wasm bundle never links the domain crate; statuses, layers and event kinds are the `types`
//! crate's enums on both sides, and dates arrive formatted so both renders agree.

use serde::{Deserialize, Serialize};
pub use types::job::JobStatus;
pub use types::{EventKind, Layer, RunStatus};

/// What the job list asks for; field names are the query-string names of the list page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JobListParams {
    pub q: String,
    /// Empty: active jobs; `all`; or one status.
    pub status: String,
    /// `newest`, `oldest` or `fit`.
    pub sort: String,
    pub page: u32,
    /// The cursor a "Next" link carries (see `JobQuery::after`); empty otherwise.
    #[serde(default)]
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobRow {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub status: JobStatus,
    pub fit_score: Option<u8>,
    pub created: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobList {
    pub rows: Vec<JobRow>,
    pub total: u64,
    /// False when a search counted its matches only so far (`total` is then a lower bound).
    pub total_exact: bool,
    pub hidden: u64,
    pub page: u32,
    pub pages: u32,
    /// The next page's cursor, for the "Next" link.
    pub next: Option<String>,
    /// Every status, in the order the selects show them.
    pub statuses: Vec<JobStatus>,
    pub hidden_statuses: Vec<JobStatus>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRow {
    pub status: JobStatus,
    pub at: String,
    pub note: String,
}

/// One pipeline layer's section on the detail page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputSection {
    pub key: Layer,
    pub title: String,
    /// Pretty JSON of the layer's output; `None` until the layer ran.
    pub content: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobDetail {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub source: String,
    /// Only `http(s)` links; anything else is dropped so a posting cannot smuggle `javascript:` in.
    pub links: Vec<String>,
    pub created: String,
    pub updated: String,
    pub dedupe_key: String,
    pub original_score: Option<String>,
    pub status: JobStatus,
    pub fit_score: Option<u8>,
    pub description: String,
    pub criteria: String,
    pub extra: Vec<(String, String)>,
    pub outputs: Vec<OutputSection>,
    pub history: Vec<HistoryRow>,
    pub statuses: Vec<JobStatus>,
    /// The posting's skills against the tailored CV, once the job was processed.
    #[serde(default)]
    pub matching: Option<MatchTable>,
    /// The independent review of the tailored CV, once the job was processed.
    #[serde(default)]
    pub review: Option<ReviewView>,
    /// The job has a published pack (so it can be edited and downloaded).
    #[serde(default)]
    pub has_pack: bool,
    /// The fit layer's advice in one sentence, with what the pack holds in place of a letter of
    /// application when it is not to apply, and whether it is not to apply (shown as a warning).
    #[serde(default)]
    pub advice: Option<(String, bool)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewView {
    /// `strong`, `good`, `needs work` or `weak`.
    pub verdict: String,
    pub reasons: Vec<String>,
    /// (pain point, the bullet answering it or empty).
    pub answered: Vec<(String, String)>,
    /// (check, passed, detail).
    pub checks: Vec<(String, bool, String)>,
    /// A reviewer model's grounded rewrites still applicable to the CV.
    #[serde(default)]
    pub suggestions: Vec<SuggestionRow>,
}

/// One rewrite suggestion: the CV line, its rewrite, and the reviewer's reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestionRow {
    pub original: String,
    pub rewrite: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchTable {
    /// Share of the asked skills the tailored CV shows (must-haves count twice).
    pub rate: u8,
    pub rows: Vec<MatchRow>,
    /// Skills the user dropped from the posting's lists, with a way back.
    #[serde(default)]
    pub dropped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchRow {
    pub skill: String,
    pub must: bool,
    /// `in the CV`, `evidenced` or `gap`.
    pub state: String,
    /// Where the CV shows it, the record that proves it, or what is missing.
    pub detail: String,
    /// The user moved it to this list (rather than the posting's reading).
    #[serde(default)]
    pub chosen: bool,
    /// The posting's own line that asks for it, shortened; empty when none names it.
    #[serde(default)]
    pub asked_as: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    pub master_cv: String,
    pub knowledge_base: String,
    pub updated: String,
    /// A one-line summary of what was understood, or the validation error.
    pub summary: Result<String, String>,
    /// What the pipeline read from the files, fact by fact, so the user can check it.
    #[serde(default)]
    pub understood: Vec<UnderstoodFact>,
    /// The saved versions of the master CV and of the knowledge base, newest first.
    #[serde(default)]
    pub history: Vec<(types::DocKind, Vec<VersionRow>)>,
}

/// One line of "what was understood": a label ("Degrees") and what was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnderstoodFact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub ok: bool,
    pub message: String,
}

/// `true` for absolute `http`/`https` URLs, the only links the app renders from job data.
pub fn is_safe_link(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    (u.starts_with("https://") || u.starts_with("http://")) && !u.contains(['"', '<', '>', ' '])
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_http_links_are_safe() {
        assert!(super::is_safe_link("https://example.org/jobs/1"));
        assert!(!super::is_safe_link("javascript:alert(1)"));
        assert!(!super::is_safe_link(" JavaScript:alert(1)"));
        assert!(!super::is_safe_link("data:text/html,<script>"));
        assert!(!super::is_safe_link("//evil.example"));
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerRow {
    pub key: Layer,
    pub title: String,
    pub done: bool,
    pub ms: Option<u64>,
    pub engine: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    pub seq: u64,
    pub at: String,
    pub kind: EventKind,
    pub message: String,
    /// For `layer_finished`: the run's progress after it.
    pub percent: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactRow {
    pub role: String,
    pub why: String,
    pub linkedin_note: String,
    pub email_subject: String,
    pub email_body: String,
}

/// What a finished run produced, for the run page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunResult {
    pub job_status: JobStatus,
    pub fit_score: Option<u8>,
    pub tier: String,
    /// "Advice: do not apply unless …": the fit layer's advice in one sentence.
    pub advice: String,
    pub rationale: String,
    pub pain_points: Vec<String>,
    pub stars: Vec<String>,
    pub company: Vec<String>,
    pub contacts: Vec<ContactRow>,
    pub cv_markdown: String,
    pub cover_letter: String,
    pub violations: Vec<String>,
    pub downloads: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunView {
    pub id: String,
    pub job_id: String,
    pub job_title: String,
    pub company: String,
    pub status: RunStatus,
    pub active: bool,
    pub created: String,
    pub duration: String,
    /// Unix milliseconds the run started, while it is running (for the live elapsed time).
    pub started_ms: Option<i64>,
    pub cost: String,
    pub error: Option<String>,
    pub progress: u8,
    pub layers: Vec<LayerRow>,
    pub events: Vec<EventRow>,
    pub result: Option<RunResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRow {
    pub id: String,
    pub job_id: String,
    pub job_title: String,
    pub status: RunStatus,
    pub created: String,
    pub duration: String,
    pub cost: String,
    pub timings: String,
}

/// The ledger's filters on the admin page (its query string), also passed to the CSV download.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LedgerFilter {
    /// Provider name, or empty for all.
    pub provider: String,
    /// Layer key, or empty for all.
    pub layer: String,
    /// Days back, 1–366 (0 or out of range: 30).
    pub days: u32,
}

impl LedgerFilter {
    pub fn days(&self) -> u32 {
        if (1..=366).contains(&self.days) {
            self.days
        } else {
            30
        }
    }

    /// The query string of the CSV link for the same rows.
    pub fn csv_href(&self) -> String {
        let mut href = format!("/admin/costs.csv?days={}", self.days());
        for (k, v) in [("provider", &self.provider), ("layer", &self.layer)] {
            if !v.is_empty() {
                let safe: String = v
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                href.push_str(&format!("&{k}={safe}"));
            }
        }
        href
    }
}

/// The admin page: limits, providers, costs, the ledger and the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminView {
    pub limits: Vec<LimitRow>,
    pub routes: Vec<RouteRow>,
    /// What a layer can be routed to now: `offline`, the local providers, and those with a key.
    pub providers: Vec<String>,
    /// Each provider a layer is routed to, with whether its key is set (never the key).
    pub keys: Vec<(String, bool)>,
    pub web_research: String,
    pub month_cost: String,
    pub month_cap: String,
    /// Share of the monthly cap spent, 0–100+.
    pub month_percent: u32,
    pub cost_chart: Chart,
    /// Runs finished per day over the last 30 days.
    pub runs_chart: Chart,
    /// Failed or timed-out share of the runs finished in the last hour and day.
    pub error_rate_hour: String,
    pub error_rate_day: String,
    pub layer_stats: Vec<LayerStatRow>,
    pub ledger: Vec<LedgerRow>,
    pub filter: LedgerFilter,
    /// Spending of the last 30 days by layer, and the jobs that cost most, as (name, cost) rows.
    pub cost_by_layer: Vec<(String, String)>,
    pub cost_by_job: Vec<(String, String)>,
    pub audit: Vec<AuditRow>,
    /// Every alert episode kept, newest first.
    pub alerts: Vec<AlertRow>,
    pub health: Vec<HealthRow>,
}

/// One dependency on the admin page: `up`, `warn`, `down` or `off`, with what its check said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthRow {
    pub name: String,
    pub status: String,
    pub detail: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertRow {
    pub key: String,
    pub message: String,
    pub since: String,
    /// When the condition ended; empty while it holds.
    pub ended: String,
    pub active: bool,
    pub acknowledged: bool,
    pub notified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LimitRow {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub value: String,
    /// `default`, `environment` or `admin`.
    pub origin: String,
    pub env: String,
    pub base: String,
    pub range: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RouteRow {
    pub layer: Layer,
    /// `provider:model`, or `offline`.
    pub engine: String,
    pub provider: String,
    pub model: String,
    /// Set on the admin page (else from the environment).
    pub admin: bool,
}

/// One layer over the runs of the last hour and day: how often it fell back to the offline engine,
/// and its latency (p50, p95) over the last 30 days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerStatRow {
    pub layer: Layer,
    pub fallback_hour: String,
    pub fallback_day: String,
    pub p50_ms: String,
    pub p95_ms: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerRow {
    pub at: String,
    pub run_id: String,
    pub layer: String,
    pub provider: String,
    pub model: String,
    pub tokens: String,
    pub cost: String,
    pub latency_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub what: String,
    pub old: String,
    pub new: String,
    pub by: String,
}

/// A bar chart laid out for SVG: computed once on the server, drawn the same in the browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    /// The value the top of the scale stands for, as shown.
    pub top: String,
    /// The first and last labels, under the axis.
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// Shown as the bar's tooltip: "2026-11-29: $0.0123".
    pub title: String,
    /// The height of the bar's highlighted part (failed runs), drawn at its foot; 0 for none.
    #[serde(default)]
    pub part_h: f64,
}

/// Lays out one bar per point, scaled to the largest value (bars of 0 have no height); `show`
/// formats values.
pub fn bar_chart(points: &[(String, f64)], show: impl Fn(f64) -> String) -> Chart {
    const WIDTH: f64 = 600.0;
    const HEIGHT: f64 = 160.0;
    const GAP: f64 = 2.0;
    let max = points
        .iter()
        .map(|(_, v)| *v)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let slot = if points.is_empty() {
        WIDTH
    } else {
        WIDTH / points.len() as f64
    };
    let bars = points
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
            let h = if max > 0.0 { v / max * HEIGHT } else { 0.0 };
            Bar {
                x: i as f64 * slot + GAP / 2.0,
                y: HEIGHT - h,
                w: (slot - GAP).max(1.0),
                h,
                title: format!("{label}: {}", show(v)),
                part_h: 0.0,
            }
        })
        .collect();
    Chart {
        width: WIDTH,
        height: HEIGHT,
        bars,
        top: show(max),
        first: points.first().map(|p| p.0.clone()).unwrap_or_default(),
        last: points.last().map(|p| p.0.clone()).unwrap_or_default(),
    }
}

/// As [`bar_chart`], each bar with a highlighted part at its foot (the failed runs of a day):
/// points are (label, total, part).
pub fn stacked_chart(points: &[(String, f64, f64)], show: impl Fn(f64, f64) -> String) -> Chart {
    let totals: Vec<(String, f64)> = points.iter().map(|(l, t, _)| (l.clone(), *t)).collect();
    let mut chart = bar_chart(&totals, |v| format!("{v}"));
    let max = totals
        .iter()
        .map(|p| p.1)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    for (bar, (label, total, part)) in chart.bars.iter_mut().zip(points) {
        let part = part.clamp(0.0, total.max(0.0));
        bar.part_h = if max > 0.0 {
            part / max * chart.height
        } else {
            0.0
        };
        bar.title = format!("{label}: {}", show(*total, part));
    }
    chart.top = format!("{max}");
    chart
}

#[cfg(test)]
mod chart_tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_fit_the_width() {
        let points = vec![
            ("d1".to_string(), 0.0),
            ("d2".to_string(), 2.0),
            ("d3".to_string(), 1.0),
            ("d4".to_string(), f64::NAN),
        ];
        let c = bar_chart(&points, |v| format!("${v:.2}"));
        assert_eq!(c.bars.len(), 4);
        assert_eq!(c.bars[0].h, 0.0);
        assert_eq!(c.bars[1].h, c.height);
        assert_eq!(c.bars[1].y, 0.0);
        assert!((c.bars[2].h - c.height / 2.0).abs() < 1e-9);
        assert_eq!(
            c.bars[3].h, 0.0,
            "a value that is not a number draws nothing"
        );
        let right = c.bars.last().map(|b| b.x + b.w).unwrap();
        assert!(right <= c.width);
        assert_eq!(c.top, "$2.00");
        assert_eq!(c.bars[2].title, "d3: $1.00");
        assert_eq!((c.first.as_str(), c.last.as_str()), ("d1", "d4"));
        assert!(bar_chart(&[], |v| v.to_string()).bars.is_empty());
        let c = stacked_chart(
            &[("d1".into(), 4.0, 1.0), ("d2".into(), 2.0, 5.0)],
            |t, f| format!("{t} runs, {f} failed"),
        );
        assert_eq!(c.bars[0].part_h, c.height / 4.0);
        assert_eq!(
            c.bars[1].part_h, c.bars[1].h,
            "a part never exceeds its bar"
        );
        assert_eq!(c.bars[0].title, "d1: 4 runs, 1 failed");
    }
}

/// A job's CV or cover letter in the editor: the newest text, what the gate found in it, where, and
/// every saved version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditorView {
    pub job_id: String,
    pub job_title: String,
    pub company: String,
    pub kind: types::DocKind,
    /// The newest version's text, or the text of a save that was refused (so nothing is lost).
    pub text: String,
    /// The newest version's number; `None` before the first save of a pack made before versions.
    pub version: Option<u32>,
    pub findings: Vec<types::Finding>,
    pub confirmed: bool,
    /// The newest text in runs, flagged where a finding's words occur.
    pub marked: Vec<(String, bool)>,
    pub versions: Vec<VersionRow>,
    /// Why the text area holds no letter of the latest run: it drafted none (advised against),
    /// and the text, if any, is an earlier version's.
    #[serde(default)]
    pub notice: Option<String>,
}

/// One saved version in a history list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionRow {
    pub version: u32,
    /// `generated`, `edited` or `restored`.
    pub origin: String,
    pub note: String,
    pub created: String,
    pub findings: usize,
    pub confirmed: bool,
    /// Against the version before it: `+`, `-` or ` ` and the line; empty for the first.
    pub diff: Vec<(char, String)>,
}
