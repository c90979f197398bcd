use super::Page;
use crate::api::{get_run, list_runs};
use crate::model::{EventRow, Layer, RunResult, RunStatus, RunView};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Run history: status, duration, cost and per-layer timings, newest first.
#[component]
pub fn RunsPage() -> impl IntoView {
    let runs = Resource::new(|| (), |_| list_runs(None));
    view! {
        <Page title="Runs">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let rows = super::with_status(runs.await)?;
                    Ok::<_, crate::error::AppError>(match rows {
                        rows if rows.is_empty() => view! { <p class="muted">"No runs yet. Press Process on a job."</p> }.into_any(),
                        rows => view! {
                            <table class="runs">
                                <thead><tr><th>"Run"</th><th>"Job"</th><th>"Status"</th><th>"Created"</th><th>"Duration"</th><th>"Cost"</th><th>"Layer timings"</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|r| {
                                        let status_class = format!("status r-{}", r.status);
                                        let short: String = r.id.chars().skip(r.id.len().saturating_sub(6)).collect();
                                        view! {
                                        <tr>
                                            <td><a href=format!("/runs/{}", r.id)>{short}</a></td>
                                            <td><a href=format!("/jobs/{}", r.job_id)>{r.job_title}</a></td>
                                            <td><span class=status_class>{r.status.as_str()}</span></td>
                                            <td>{r.created}</td>
                                            <td class="num">{r.duration}</td>
                                            <td class="num">{r.cost}</td>
                                            <td class="muted small">{r.timings}</td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                    })
                })}
            </Suspense>
        </Page>
    }
}

/// One run, live: a progress bar per layer, the log, then the results and downloads. Without
/// JavaScript the page refreshes itself while the run is active; hydrated, it follows the run's
/// websocket and reloads its results when the run ends.
#[component]
pub fn RunPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let run = Resource::new_blocking(id, get_run);
    view! {
        <Page title="Run">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let v = super::with_status(
                        run.await.and_then(|r| r.ok_or_else(|| crate::error::AppError::not_found("run"))),
                    )?;
                    Ok::<_, crate::error::AppError>(view! { <RunLive view=v on_finished=move || run.refetch()/> })
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn RunLive(view: RunView, on_finished: impl Fn() + Send + Sync + Clone + 'static) -> impl IntoView {
    let v = view;
    let events = RwSignal::new(v.events.clone());
    let progress = RwSignal::new(v.progress);
    let status = RwSignal::new(v.status);
    let done_layers = RwSignal::new(
        v.layers
            .iter()
            .filter(|l| l.done)
            .map(|l| l.key)
            .collect::<Vec<_>>(),
    );
    let elapsed = RwSignal::new(v.duration.clone());
    tick_elapsed(v.started_ms, elapsed, status);
    if v.active {
        follow_live(
            v.id.clone(),
            v.events.last().map(|e| e.seq).unwrap_or(0),
            events,
            progress,
            status,
            done_layers,
            on_finished,
        );
    }
    let cancel = ServerAction::<crate::api::CancelRun>::new();
    super::Mutations::get().follow(move || cancel.version().get());
    let run_id = v.id.clone();
    let active = v.active;
    let layers = v.layers.clone();
    view! {
        {active.then(|| view! { <noscript><meta http-equiv="refresh" content="2"/></noscript> })}
        <p class="run-job">
            <a href=format!("/jobs/{}", v.job_id)>{format!("{} at {}", v.job_title, v.company)}</a>
        </p>
        <div class="run-head">
            <span class=move || format!("status r-{}", status.get())>{move || status.get().as_str()}</span>
            <progress max="100" value=move || progress.get().to_string() aria-label="Progress"></progress>
            <span class="percent">{move || format!("{}%", progress.get())}</span>
            <span class="muted">{format!("started {} · ", v.created)}<span class="elapsed">{move || elapsed.get()}</span>{format!(" · {}", v.cost)}</span>
            {active.then(|| view! {
                <span class="inline-form">
                    <ActionForm action=cancel>
                        <input type="hidden" name="id" value=run_id.clone()/>
                        <button type="submit" class="danger">"Cancel"</button>
                    </ActionForm>
                </span>
            })}
        </div>
        {v.error.clone().map(|e| view! { <p class="flash error">{e}</p> })}
        <ol class="layers">
            {layers.into_iter().map(|l| {
                let key = l.key;
                let key2 = key;
                let done = move || done_layers.with(|d| d.contains(&key));
                let done2 = move || done_layers.with(|d| d.contains(&key2));
                let detail = l.ms.map(|ms| format!("{ms} ms · {}", l.engine)).unwrap_or_default();
                view! {
                    <li class=move || if done() { "layer-row done" } else { "layer-row" }>
                        <span class="tick">{move || if done2() { "✓" } else { "…" }}</span>
                        {l.title}
                        <span class="muted small">" "{detail}</span>
                    </li>
                }
            }).collect_view()}
        </ol>
        <details class="log" open=active>
            <summary>"Log"</summary>
            <ul class="events">
                <For each=move || events.get() key=|e: &EventRow| e.seq let:e>
                    <li><time>{e.at}</time>" "{e.message}</li>
                </For>
            </ul>
        </details>
        {v.result.map(|r| view! { <RunResultView result=r/> })}
    }
}

#[component]
fn RunResultView(result: RunResult) -> impl IntoView {
    let r = result;
    view! {
        <section class="result">
            <h2>"Result"</h2>
            <p>
                <strong>{format!("Status: {}", r.job_status)}</strong>
                {r.fit_score.map(|s| format!(" · Fit score {s}/100 ({})", r.tier))}
            </p>
            {(!r.advice.is_empty()).then(|| view! { <p class="advice">{r.advice.clone()}</p> })}
            {(!r.violations.is_empty()).then(|| view! {
                <div class="flash error">
                    <p>"Needs review: the quality gate found claims the candidate's files do not support."</p>
                    <ul>{r.violations.iter().map(|v| view! { <li>{v.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <h3>"Downloads"</h3>
            <ul class="downloads">
                {r.downloads.iter().map(|(name, url)| view! { <li><a href=url.clone() download=name.clone()>{name.clone()}</a></li> }).collect_view()}
            </ul>
            <p class="rationale">{r.rationale.clone()}</p>
            <h3>"Pain points"</h3>
            <ol>{r.pain_points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ol>
            <h3>"Matching achievements"</h3>
            <ul>{r.stars.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            {(!r.company.is_empty()).then(|| view! {
                <h3>"Company"</h3>
                <ul>{r.company.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            })}
            <h3>"Contacts and outreach"</h3>
            {r.contacts.iter().map(|c| view! {
                <details class="contact">
                    <summary>{c.role.clone()}" "<span class="muted small">"(suggested role, not a looked-up person)"</span></summary>
                    <p class="muted">{c.why.clone()}</p>
                    {(!c.linkedin_note.is_empty()).then(|| view! {
                        <p><strong>"LinkedIn note: "</strong>{c.linkedin_note.clone()}</p>
                    })}
                    <p><strong>"Email: "</strong>{c.email_subject.clone()}</p>
                    <pre class="output">{c.email_body.clone()}</pre>
                </details>
            }).collect_view()}
            <h3>"CV preview"</h3>
            <div class="cv-preview"><MarkdownView source=r.cv_markdown.clone()/></div>
            <h3>"Cover letter"</h3>
            <pre class="output letter">{r.cover_letter.clone()}</pre>
        </section>
    }
}

/// Renders the CV's Markdown subset (`#` headings, `- ` bullets, `**bold**`) as elements with text
/// nodes only: nothing in it can become markup, so no HTML sanitiser is needed.
#[component]
fn MarkdownView(source: String) -> impl IntoView {
    fn inline(text: &str) -> impl IntoView {
        text.split("**")
            .enumerate()
            .map(|(i, part)| {
                let part = part.to_string();
                if i % 2 == 1 {
                    view! { <strong>{part}</strong> }.into_any()
                } else {
                    view! { <span>{part}</span> }.into_any()
                }
            })
            .collect_view()
    }
    let mut blocks: Vec<AnyView> = Vec::new();
    let mut bullets: Vec<String> = Vec::new();
    let flush = |bullets: &mut Vec<String>, blocks: &mut Vec<AnyView>| {
        if !bullets.is_empty() {
            let items = std::mem::take(bullets);
            blocks.push(view! { <ul>{items.into_iter().map(|b| view! { <li>{inline(&b)}</li> }).collect_view()}</ul> }.into_any());
        }
    };
    for line in source.lines() {
        let line = line.trim_end();
        if let Some(b) = line.strip_prefix("- ") {
            bullets.push(b.to_string());
            continue;
        }
        flush(&mut bullets, &mut blocks);
        if let Some(t) = line.strip_prefix("### ") {
            blocks.push(view! { <h5>{inline(t)}</h5> }.into_any());
        } else if let Some(t) = line.strip_prefix("## ") {
            blocks.push(view! { <h4>{inline(t)}</h4> }.into_any());
        } else if let Some(t) = line.strip_prefix("# ") {
            blocks.push(view! { <h3 class="cv-name">{inline(t)}</h3> }.into_any());
        } else if !line.is_empty() {
            blocks.push(view! { <p>{inline(line)}</p> }.into_any());
        }
    }
    flush(&mut bullets, &mut blocks);
    blocks.collect_view()
}

/// Counts the elapsed time up every second while the run is active (browser only).
#[allow(unused_variables)]
fn tick_elapsed(started_ms: Option<i64>, elapsed: RwSignal<String>, status: RwSignal<RunStatus>) {
    #[cfg(feature = "hydrate")]
    if let Some(start) = started_ms {
        let handle = set_interval_with_handle(
            move || {
                let active = status.with_untracked(|s| !s.is_finished());
                if active {
                    let secs = (js_sys_now() - start as f64).max(0.0) / 1000.0;
                    elapsed.set(format!("{secs:.1} s"));
                }
            },
            std::time::Duration::from_millis(1000),
        );
        if let Ok(h) = handle {
            on_cleanup(move || h.clear());
        }
    }
}

#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance().map(|p| p.time_origin() + p.now()))
        .unwrap_or(0.0)
}

/// Follows the run's websocket from `after`: appends events, moves the bar, and calls `on_finished`
/// when the run ends. Only in the browser; the server render is the starting state. The socket and
/// its handler are closed and dropped when the page goes away, so navigating back and forth never
/// leaves a socket open.
#[allow(unused_variables)]
fn follow_live(
    run_id: String,
    after: u64,
    events: RwSignal<Vec<EventRow>>,
    progress: RwSignal<u8>,
    status: RwSignal<RunStatus>,
    done_layers: RwSignal<Vec<Layer>>,
    on_finished: impl Fn() + Send + Sync + Clone + 'static,
) {
    #[cfg(feature = "hydrate")]
    {
        use crate::model::EventKind;
        use wasm_bindgen::prelude::*;
        let Some(window) = web_sys::window() else {
            return;
        };
        let loc = window.location();
        let proto = if loc.protocol().unwrap_or_default() == "https:" {
            "wss"
        } else {
            "ws"
        };
        let host = loc.host().unwrap_or_default();
        let url = format!("{proto}://{host}/api/runs/{run_id}/events?after={after}");
        let Ok(ws) = web_sys::WebSocket::new(&url) else {
            return;
        };
        let onmessage =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(text) = e.data().as_string() else {
                    return;
                };
                // The server sends the shared typed event; anything else is ignored.
                let Ok(ev) = serde_json::from_str::<types::RunEvent>(&text) else {
                    return;
                };
                if events.with_untracked(|evs| evs.iter().any(|x| x.seq >= ev.seq)) {
                    return;
                }
                let percent = ev.data["percent"].as_u64().map(|p| p.min(100) as u8);
                if let Some(p) = percent {
                    progress.set(p);
                }
                match ev.kind {
                    EventKind::LayerFinished => {
                        if let Some(layer) = ev.layer {
                            done_layers.update(|d| d.push(layer));
                        }
                    }
                    EventKind::Started => status.set(RunStatus::Running),
                    _ => {}
                }
                let at = format!(
                    "{:02}:{:02}:{:02}",
                    ev.at.hour(),
                    ev.at.minute(),
                    ev.at.second()
                );
                events.update(|evs| {
                    evs.push(EventRow {
                        seq: ev.seq,
                        at,
                        kind: ev.kind,
                        message: ev.message.clone(),
                        percent,
                    })
                });
                if ev.kind == EventKind::Finished {
                    let final_status = ev.data["status"]
                        .as_str()
                        .and_then(RunStatus::parse)
                        .unwrap_or(RunStatus::Failed);
                    if final_status == RunStatus::Succeeded {
                        progress.set(100);
                    }
                    status.set(final_status);
                    on_finished();
                }
            });
        ws.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        // Kept with the page's owner: closed and dropped (handler included) on cleanup.
        let socket = StoredValue::new_local(Some((ws, onmessage)));
        on_cleanup(move || {
            if let Some((ws, _handler)) = socket.try_update_value(|s| s.take()).flatten() {
                ws.set_onmessage(None);
                let _ = ws.close();
            }
        });
    }
}
