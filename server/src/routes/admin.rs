//! `GET /admin/costs.csv`: the cost ledger as CSV, newest first, for a spreadsheet. Filters:
//! `days` (1–366, default 30), `provider`, `layer`.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct CsvParams {
    days: Option<i64>,
    provider: Option<String>,
    layer: Option<String>,
}

/// Most rows one download holds.
const MAX_ROWS: u32 = 100_000;

/// One CSV field: quoted when it must be, and a leading `=`, `+`, `-` or `@` defused so a
/// spreadsheet never reads a model name as a formula.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn ledger_csv(costs: &[pipeline::store::CostRecord]) -> String {
    let mut out = String::from(
        "at,run_id,layer,provider,model,input_tokens,output_tokens,cost_usd,latency_ms\n",
    );
    for c in costs {
        let row = [
            super::lookup::rfc3339(c.at),
            c.run_id.clone().unwrap_or_default(),
            c.layer.key().to_string(),
            c.provider.clone(),
            c.model.clone(),
            c.input_tokens.to_string(),
            c.output_tokens.to_string(),
            format!("{:.6}", c.cost_usd),
            c.latency_ms.to_string(),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

pub async fn costs_csv(
    State(state): State<AppState>,
    Query(p): Query<CsvParams>,
) -> Result<Response, ApiError> {
    let days = p.days.unwrap_or(30);
    if !(1..=366).contains(&days) {
        return Err(ApiError::bad_request(
            Some("days"),
            "days must be between 1 and 366",
        ));
    }
    let since = pipeline::ids::now() - time::Duration::days(days);
    let mut costs = state.store.recent_costs(since, MAX_ROWS).await?;
    costs.retain(|c| {
        p.provider
            .as_deref()
            .is_none_or(|v| v.is_empty() || c.provider == v)
            && p.layer
                .as_deref()
                .is_none_or(|v| v.is_empty() || c.layer.key() == v)
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"costs.csv\"",
            ),
        ],
        ledger_csv(&costs),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("gpt-4o-mini"), "gpt-4o-mini");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        let csv = ledger_csv(&[pipeline::store::CostRecord {
            run_id: Some("r1".into()),
            layer: pipeline::layers::Layer::Fit,
            provider: "openai".into(),
            model: "gpt-4o-mini".into(),
            input_tokens: 100,
            output_tokens: 10,
            cost_usd: 0.0012,
            latency_ms: 300,
            at: time::macros::datetime!(2026-11-29 10:00 UTC),
        }]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[1],
            "2026-11-29T10:00:00Z,r1,fit,openai,gpt-4o-mini,100,10,0.001200,300"
        );
    }
}
