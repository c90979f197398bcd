use super::Page;
use crate::api::get_admin;
use crate::model::{AdminView, Chart, LedgerFilter};
use leptos::prelude::*;

/// The operator's page: limits changed without a restart, which provider serves each layer, what
/// it costs (a chart drawn on the server as SVG, the ledger, a CSV), and who changed what. Every
/// form works without JavaScript.
#[component]
pub fn AdminPage() -> impl IntoView {
    let save = ServerAction::<crate::api::SaveLimit>::new();
    let reset = ServerAction::<crate::api::ResetLimit>::new();
    let test = ServerAction::<crate::api::TestProvider>::new();
    let route = ServerAction::<crate::api::SaveRoute>::new();
    let unroute = ServerAction::<crate::api::ResetRoute>::new();
    let mutations = super::Mutations::get();
    mutations.follow(move || route.version().get());
    mutations.follow(move || unroute.version().get());
    mutations.follow(move || test.version().get());
    mutations.follow(move || save.version().get());
    mutations.follow(move || reset.version().get());
    let query = leptos_router::hooks::use_query_map();
    let filter = move || {
        query.with(|q| LedgerFilter {
            provider: q.get("provider").unwrap_or_default(),
            layer: q.get("layer").unwrap_or_default(),
            days: q.get("days").and_then(|d| d.parse().ok()).unwrap_or(30),
        })
    };
    let data = Resource::new(move || (mutations.count(), filter()), |(_, f)| get_admin(f));
    view! {
        <Page title="Admin">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let a = match super::with_status(data.await) {
                        Ok(a) => a,
                        Err(e) => return Err(e),
                    };
                    Ok::<_, crate::error::AppError>(view! { <AdminBody a=a save=save reset=reset test=test route=route unroute=unroute/> })
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn AdminBody(
    a: AdminView,
    save: ServerAction<crate::api::SaveLimit>,
    reset: ServerAction<crate::api::ResetLimit>,
    test: ServerAction<crate::api::TestProvider>,
    route: ServerAction<crate::api::SaveRoute>,
    unroute: ServerAction<crate::api::ResetRoute>,
) -> impl IntoView {
    let providers = a.providers.clone();
    let budget_class = if a.month_percent >= 100 {
        "flash error"
    } else if a.month_percent >= 80 {
        "flash warn"
    } else {
        "muted"
    };
    view! {
        <section class="admin-health">
            <h2>"Health"</h2>
            <table class="health">
                <thead><tr><th>"Dependency"</th><th>"State"</th><th>"Detail"</th><th>"Checked"</th></tr></thead>
                <tbody>
                    {a.health.into_iter().map(|h| {
                        let class = format!("h-{}", h.status);
                        view! {
                        <tr class=class>
                            <td>{h.name}</td><td class="state">{h.status}</td><td>{h.detail}</td><td>{h.checked}</td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
            <p class="muted">"A dependency going down and coming back is an alert episode: see Alerts below."</p>
        </section>
        <section class="admin-costs">
            <h2>"Costs"</h2>
            <p class=budget_class>
                {format!("This month: {} of the {} cap ({}%).", a.month_cost, a.month_cap, a.month_percent)}
            </p>
            <h3>"Cost per day, last 30 days"</h3>
            <BarChart chart=a.cost_chart label="Cost per day, last 30 days"/>
            <div class="cost-splits">
                <table class="cost-by-layer">
                    <thead><tr><th>"Layer"</th><th>"Cost, 30 days"</th></tr></thead>
                    <tbody>
                        {a.cost_by_layer.into_iter().map(|(k, v)| view! { <tr><td>{k}</td><td>{v}</td></tr> }).collect_view()}
                    </tbody>
                </table>
                <table class="cost-by-job">
                    <thead><tr><th>"Job (most expensive first)"</th><th>"Cost, 30 days"</th></tr></thead>
                    <tbody>
                        {a.cost_by_job.into_iter().map(|(k, v)| view! { <tr><td>{k}</td><td>{v}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p><a href=a.filter.csv_href() download="costs.csv">"Download the ledger (CSV)"</a></p>
        </section>
        <section class="admin-runs">
            <h2>"Runs"</h2>
            <p>{format!("Failed or timed out: last hour {}; last day {}.", a.error_rate_hour, a.error_rate_day)}</p>
            <h3>"Runs finished per day, last 30 days (failed or timed out in red)"</h3>
            <BarChart chart=a.runs_chart label="Runs finished per day, last 30 days"/>
            <table class="layer-stats">
                <thead><tr><th>"Layer"</th><th>"Fell back, last hour"</th><th>"Fell back, last day"</th><th>"p50"</th><th>"p95"</th></tr></thead>
                <tbody>
                    {a.layer_stats.into_iter().map(|l| view! {
                        <tr><td>{l.layer.title()}</td><td>{l.fallback_hour}</td><td>{l.fallback_day}</td><td>{l.p50_ms}</td><td>{l.p95_ms}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section>
            <h2>"Limits"</h2>
            <p class="muted">"A change applies to the next run, on every instance, without a restart. The environment gives the starting values."</p>
            <table class="limits">
                <thead><tr><th>"Limit"</th><th>"Value"</th><th>"From"</th><th>"Allowed"</th><th></th></tr></thead>
                <tbody>
                    {a.limits.into_iter().map(|l| {
                        let key = l.key.clone();
                        let admin = l.origin == "admin";
                        view! {
                            <tr>
                                <td>{l.label.clone()}<br/><code class="muted">{l.env.clone()}</code></td>
                                <td>
                                    <ActionForm action=save attr:class="inline">
                                        <input type="hidden" name="key" value=l.key.clone()/>
                                        <input type="text" name="value" value=l.value.clone() size="8" inputmode="decimal" aria-label=l.label.clone()/>
                                        " " {l.unit.clone()} " "
                                        <button type="submit">"Save"</button>
                                    </ActionForm>
                                </td>
                                <td class=format!("origin {}", l.origin)>{l.origin.clone()}</td>
                                <td>{l.range.clone()}</td>
                                <td>
                                    {admin.then(|| view! {
                                        <ActionForm action=reset attr:class="inline">
                                            <input type="hidden" name="key" value=key.clone()/>
                                            <button type="submit">{format!("Reset to {}", l.base)}</button>
                                        </ActionForm>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section>
            <h2>"Providers"</h2>
            <table>
                <thead><tr><th>"Layer"</th><th>"Engine"</th><th>"From"</th><th></th></tr></thead>
                <tbody>
                    {a.routes.into_iter().map(|r| {
                        let routed = r.engine != "offline";
                        let current = r.provider.clone();
                        let options = providers.clone();
                        view! {
                            <tr>
                                <td>{r.layer.title()}</td>
                                <td>
                                    <ActionForm action=route attr:class="inline">
                                        <input type="hidden" name="layer" value=r.layer.key()/>
                                        <select name="provider" aria-label=format!("{} provider", r.layer.title())>
                                            {options.into_iter().map(|p| {
                                                let selected = p == current;
                                                view! { <option value=p.clone() selected=selected>{p.clone()}</option> }
                                            }).collect_view()}
                                        </select>
                                        " "
                                        <input type="text" name="model" value=r.model.clone() size="18" placeholder="model" aria-label=format!("{} model", r.layer.title())/>
                                        " "
                                        <button type="submit">"Save"</button>
                                    </ActionForm>
                                </td>
                                <td class=if r.admin { "origin admin" } else { "origin" }>{if r.admin { "admin" } else { "environment" }}</td>
                                <td>
                                    {r.admin.then(|| view! {
                                        <ActionForm action=unroute attr:class="inline">
                                            <input type="hidden" name="layer" value=r.layer.key()/>
                                            <button type="submit">"Reset"</button>
                                        </ActionForm>
                                    })}
                                    {routed.then(|| view! {
                                        <ActionForm action=test attr:class="inline">
                                            <input type="hidden" name="layer" value=r.layer.key()/>
                                            <button type="submit">"Test"</button>
                                        </ActionForm>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p>
                {if a.keys.is_empty() {
                    "No provider is configured: the offline engine runs every layer.".to_string()
                } else {
                    a.keys.iter().map(|(p, set)| format!("{p}: key {}", if *set { "set" } else { "missing" })).collect::<Vec<_>>().join(" · ")
                }}
                {format!(" · web research: {}", a.web_research)}
            </p>
        </section>
        <section>
            <h2>"Ledger"</h2>
            <form method="get" action="/admin" class="ledger-filter">
                <label>"Provider " <input type="text" name="provider" value=a.filter.provider.clone() size="10"/></label>
                " "
                <label>"Layer " <input type="text" name="layer" value=a.filter.layer.clone() size="10" placeholder="fit"/></label>
                " "
                <label>"Days " <input type="number" name="days" value=a.filter.days().to_string() min="1" max="366"/></label>
                " "
                <button type="submit">"Filter"</button>
            </form>
            {if a.ledger.is_empty() {
                view! { <p class="muted">"No paid call matches."</p> }.into_any()
            } else {
                view! {
                    <table class="ledger">
                        <thead><tr><th>"When"</th><th>"Run"</th><th>"Layer"</th><th>"Provider"</th><th>"Model"</th><th>"Tokens"</th><th>"Cost"</th><th>"Latency"</th></tr></thead>
                        <tbody>
                            {a.ledger.into_iter().map(|l| view! {
                                <tr>
                                    <td>{l.at}</td>
                                    <td>{(!l.run_id.is_empty()).then(|| view! { <a href=format!("/runs/{}", l.run_id)>{l.run_id.clone()}</a> })}</td>
                                    <td>{l.layer}</td><td>{l.provider}</td><td>{l.model}</td><td>{l.tokens}</td><td>{l.cost}</td>
                                    <td>{format!("{} ms", l.latency_ms)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
        <section>
            <h2>"Alerts"</h2>
            {if a.alerts.is_empty() {
                view! { <p class="muted">"No alert so far."</p> }.into_any()
            } else {
                view! {
                    <table class="alert-history">
                        <thead><tr><th>"Since"</th><th>"Alert"</th><th>"Ended"</th><th>"Acknowledged"</th><th>"Webhook"</th></tr></thead>
                        <tbody>
                            {a.alerts.into_iter().map(|al| view! {
                                <tr class=if al.active { "active" } else { "" }>
                                    <td>{al.since}</td><td>{al.message}</td>
                                    <td>{if al.active { "holds".to_string() } else { al.ended }}</td>
                                    <td>{if al.acknowledged { "yes" } else { "no" }}</td>
                                    <td>{if al.notified { "sent" } else { "not sent" }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
        <section>
            <h2>"Changes"</h2>
            {if a.audit.is_empty() {
                view! { <p class="muted">"No change made here yet."</p> }.into_any()
            } else {
                view! {
                    <table class="audit">
                        <thead><tr><th>"When"</th><th>"What"</th><th>"Before"</th><th>"After"</th><th>"By"</th></tr></thead>
                        <tbody>
                            {a.audit.into_iter().map(|e| view! {
                                <tr><td>{e.at}</td><td>{e.what}</td><td>{e.old}</td><td>{e.new}</td><td>{e.by}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

/// A bar chart as inline SVG, laid out on the server (see [`crate::model::bar_chart`]).
#[component]
fn BarChart(chart: Chart, label: &'static str) -> impl IntoView {
    let view_box = format!("0 0 {} {}", chart.width, chart.height + 18.0);
    let axis_y = chart.height + 14.0;
    view! {
        <figure class="chart">
            <svg viewBox=view_box role="img" aria-label=label class="bars">
                <line x1="0" y1=chart.height x2=chart.width y2=chart.height class="axis"/>
                {chart.bars.into_iter().map(|b| {
                    let part = (b.part_h > 0.0).then(|| view! {
                        <rect class="part" x=b.x y=b.y + b.h - b.part_h width=b.w height=b.part_h><title>{b.title.clone()}</title></rect>
                    });
                    view! {
                        <rect x=b.x y=b.y width=b.w height=b.h><title>{b.title}</title></rect>
                        {part}
                    }
                }).collect_view()}
                <text x="0" y=axis_y class="label">{chart.first}</text>
                <text x=chart.width y=axis_y text-anchor="end" class="label">{chart.last}</text>
            </svg>
            <figcaption class="muted">{format!("Scale: 0 to {}", chart.top)}</figcaption>
        </figure>
    }
}
