//! `GET /api/runs/{id}/events`: a run's events as a websocket, as server-sent events (with
//! `Accept: text/event-stream`), or as a JSON list. Streams send the stored history first, then live
//! events, in order, without gaps or duplicates; `?after=N` (or SSE's `Last-Event-ID`) resumes after
//! the last event a client saw. Events from a runner in another process arrive through the store:
//! pushed by it when it can (MongoDB change streams), and polled regardless.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRequestParts, Path, Query, Request, State};
use axum::http::{header, HeaderMap};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Json;
use pipeline::store::RunEvent;
use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiEvent {
    /// 1, 2, 3… per run; resume with `?after=<seq>`.
    seq: u64,
    at: String,
    /// `queued`, `started`, `layer_started`, `layer_finished`, `log` or `finished` (always last).
    #[schema(value_type = String, example = "layer_finished")]
    kind: pipeline::store::EventKind,
    #[schema(value_type = Option<String>, example = "pain_points")]
    layer: Option<pipeline::layers::Layer>,
    message: String,
    /// For `layer_finished`: `ms`, `engine`, `resumed`, `percent`; for `finished`: `status`, `fit_score`, `cost_usd`.
    #[schema(value_type = Object)]
    data: serde_json::Value,
}

impl From<RunEvent> for ApiEvent {
    fn from(e: RunEvent) -> Self {
        ApiEvent {
            seq: e.seq,
            at: super::lookup::rfc3339(e.at),
            kind: e.kind,
            layer: e.layer,
            message: e.message,
            data: e.data,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventParams {
    /// Only events with a larger sequence number.
    after: Option<u64>,
}

/// The run's events: websocket (upgrade), SSE (`Accept: text/event-stream`) or a JSON list.
#[utoipa::path(get, path = "/api/runs/{id}/events", params(("id" = String, Path, description = "Run id"), EventParams), responses(
    (status = 200, description = "Stored events (JSON), or a stream (SSE; websocket with 101)", body = Vec<ApiEvent>),
    (status = 404, description = "No such run", body = crate::error::ErrorBody)))]
pub async fn events(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<EventParams>,
    req: Request,
) -> Result<Response, ApiError> {
    super::lookup::find_run(&state, &id).await?;
    let headers = req.headers().clone();
    let after = p.after.or_else(|| last_event_id(&headers)).unwrap_or(0);
    let wants_ws = headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if wants_ws {
        let (mut parts, _) = req.into_parts();
        return Ok(
            match WebSocketUpgrade::from_request_parts(&mut parts, &state).await {
                Ok(ws) => ws
                    .on_upgrade(move |socket| websocket(socket, state, id, after))
                    .into_response(),
                Err(e) => e.into_response(),
            },
        );
    }
    let wants_sse = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/event-stream"));
    if wants_sse {
        let rx = follow(state, id, after);
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            let ev = rx.recv().await?;
            let sse = Event::default()
                .id(ev.seq.to_string())
                .event(ev.kind.as_str())
                .json_data(ApiEvent::from(ev))
                .unwrap_or_default();
            Some((Ok::<_, Infallible>(sse), rx))
        });
        return Ok(Sse::new(stream)
            .keep_alive(KeepAlive::default())
            .into_response());
    }
    let evs = state.store.events_after(&id, after).await?;
    Ok(Json(evs.into_iter().map(ApiEvent::from).collect::<Vec<_>>()).into_response())
}

fn last_event_id(headers: &HeaderMap) -> Option<u64> {
    headers
        .get("last-event-id")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

async fn websocket(mut socket: WebSocket, state: AppState, run_id: String, after: u64) {
    let mut rx = follow(state, run_id, after);
    while let Some(ev) = rx.recv().await {
        let text = serde_json::to_string(&ApiEvent::from(ev)).unwrap_or_default();
        if socket.send(Message::Text(text.into())).await.is_err() {
            return; // the client went away
        }
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// Events of a run after `after`, in order, until its `finished` event (or the client leaves).
pub fn follow(state: AppState, run_id: String, after: u64) -> mpsc::Receiver<RunEvent> {
    let (tx, rx) = mpsc::channel(256);
    tokio::spawn(async move {
        let hub_state = state.clone();
        let hub_run = run_id.clone();
        forward(state, run_id, after, tx).await;
        // The receiver is dropped with `forward`'s future: the channel goes if it was the last.
        hub_state.runner.hub.leave(&hub_run);
    });
    rx
}

/// Sends the run's events to `tx` until its `finished` event or until `tx`'s reader leaves.
async fn forward(state: AppState, run_id: String, after: u64, tx: mpsc::Sender<RunEvent>) {
    // Subscribe before reading history: an event published in between is then in one or both,
    // and the sequence check drops the duplicate.
    let mut live = state.runner.hub.subscribe(&run_id);
    // Another instance's events: pushed by the database when it can, polled regardless.
    let mut pushed = state.store.event_notifications(&run_id).await;
    let mut last = after;
    let mut quiet_polls = 0;
    // The store is read for the history, after a gap or lag, and on each quiet poll; in-order
    // live events need no read.
    let mut read_store = true;
    loop {
        // Whatever the store has that we have not sent (history, other processes, lag).
        let stored = if read_store {
            Some(state.store.events_after(&run_id, last).await)
        } else {
            None
        };
        read_store = false;
        match stored {
            None => {}
            Some(Ok(evs)) => {
                if !evs.is_empty() {
                    quiet_polls = 0;
                }
                for ev in evs {
                    last = ev.seq;
                    let done = ev.kind == pipeline::store::EventKind::Finished;
                    if tx.send(ev).await.is_err() || done {
                        return;
                    }
                }
            }
            Some(Err(e)) => {
                tracing::warn!(error = %e, "reading run events failed");
            }
        }
        // A run that ended without a `finished` event (its owner died mid-way and it was taken
        // over elsewhere, or it is gone) must not hold the stream open forever.
        if quiet_polls >= 3 {
            if let Ok(Some(run)) = state.store.get_run(&run_id).await {
                if run.status.is_finished() {
                    return;
                }
            }
            quiet_polls = 0;
        }
        tokio::select! {
            r = live.recv() => match r {
                Ok(ev) if ev.seq == last + 1 => {
                    last = ev.seq;
                    let done = ev.kind == pipeline::store::EventKind::Finished;
                    if tx.send(ev).await.is_err() || done {
                        return;
                    }
                }
                // Already sent.
                Ok(ev) if ev.seq <= last => {}
                // A gap: the store read at the loop top fills it, in order.
                Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => read_store = true,
                Err(broadcast::error::RecvError::Closed) => {
                    live = state.runner.hub.subscribe(&run_id);
                    read_store = true;
                }
            },
            signal = async {
                match pushed.as_mut() {
                    Some(rx) => rx.recv().await,
                    None => std::future::pending().await,
                }
            } => match signal {
                Some(()) => read_store = true,
                None => pushed = None,
            },
            _ = tokio::time::sleep(Duration::from_millis(500)) => {
                quiet_polls += 1;
                read_store = true;
            }
            _ = tx.closed() => return,
        }
    }
}
