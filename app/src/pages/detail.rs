use super::Page;
use crate::api::get_job;
use crate::error::AppError;
use crate::model::JobDetail;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Rendered in `SsrMode::Async`, so an unknown id answers with a real 404 status. The frame (and its
/// flash message) sits outside the suspense, so hydration never re-fetches a consumed message.
#[component]
pub fn JobDetailPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let mutations = super::Mutations::get();
    let job = Resource::new_blocking(move || (id(), mutations.count()), |(id, _)| get_job(id));
    view! {
        <Page title="Job">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let detail = super::with_status(
                        job.await.and_then(|j| j.ok_or_else(|| AppError::not_found("job"))),
                    )?;
                    Ok::<_, AppError>(view! { <JobView detail/> })
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn JobView(detail: JobDetail) -> impl IntoView {
    let d = detail;
    // Both forms post to their server functions: without JavaScript as plain forms (the server
    // redirects back), hydrated as actions.
    let set_status = ServerAction::<crate::api::SetJobStatus>::new();
    let process = ServerAction::<crate::api::ProcessJob>::new();
    let mutations = super::Mutations::get();
    mutations.follow(move || set_status.version().get());
    mutations.follow(move || process.version().get());
    let (process_id, status_id) = (d.id.clone(), d.id.clone());
    let runs_of_job = Resource::new(|| (), {
        let id = d.id.clone();
        move |_| crate::api::list_runs(Some(id.clone()))
    });
    let status_options = d
        .statuses
        .iter()
        .map(|s| {
            let selected = *s == d.status;
            view! { <option value=s.as_str() selected=selected>{s.as_str()}</option> }
        })
        .collect_view();
    let links = d
        .links
        .iter()
        .map(|l| view! { <li><a href=l.clone() rel="noopener noreferrer nofollow" target="_blank">{l.clone()}</a></li> })
        .collect_view();
    let history = d
        .history
        .iter()
        .map(|h| view! { <li><time>{h.at.clone()}</time>" — "<strong>{h.status.as_str()}</strong>{(!h.note.is_empty()).then(|| format!(" ({})", h.note))}</li> })
        .collect_view();
    let extra = d
        .extra
        .iter()
        .map(|(k, v)| view! { <tr><th>{k.clone()}</th><td>{v.clone()}</td></tr> })
        .collect_view();
    let sections = d
        .outputs
        .iter()
        .map(|o| {
            let body = match &o.content {
                Some(text) => view! { <pre class="output">{text.clone()}</pre> }.into_any(),
                None => view! { <p class="muted not-processed">"Not processed yet."</p> }.into_any(),
            };
            view! { <section class="layer" id=o.key.key()><h3>{o.title.clone()}</h3>{body}</section> }
        })
        .collect_view();
    let match_id = d.id.clone();
    let matching = d.matching.clone().map(|m| {
        view! {
            <section class="match">
                <h2>"Match"</h2>
                <p>
                    <strong>{format!("Match rate {}%", m.rate)}</strong>
                    {d.fit_score.map(|s| format!(" beside a fit score of {s}/100"))}
                    <span class="muted">" (the share of the posting's skills the tailored CV shows; must-haves count twice)"</span>
                </p>
                <table class="match">
                    <thead><tr><th>"Skill"</th><th>"Asked as"</th><th>"In the tailored CV"</th><th>"Where, or why not"</th><th>"Change"</th></tr></thead>
                    <tbody>
                        {m.rows.into_iter().map(|r| {
                            let class = format!("m-{}", r.state.replace(' ', "-"));
                            let (other, other_label) = if r.must { ("nice", "Make nice-to-have") } else { ("must", "Make must-have") };
                            let asked = match (r.must, r.chosen) {
                                (true, false) => "must-have",
                                (false, false) => "nice-to-have",
                                (true, true) => "must-have (your choice)",
                                (false, true) => "nice-to-have (your choice)",
                            };
                            view! {
                                <tr class=class>
                                    <td>{r.skill.clone()}</td>
                                    <td>{asked}
                                        {(!r.asked_as.is_empty()).then(|| view! { <br/><q class="asked-as">{r.asked_as.clone()}</q> })}
                                    </td>
                                    <td>{r.state}</td>
                                    <td>{r.detail}</td>
                                    <td class="skill-actions">
                                        <SkillButton job_id=match_id.clone() skill=r.skill.clone() choice=other label=other_label/>
                                        <SkillButton job_id=match_id.clone() skill=r.skill.clone() choice="drop" label="Drop"/>
                                        {r.chosen.then(|| view! { <SkillButton job_id=match_id.clone() skill=r.skill.clone() choice="reset" label="As posted"/> })}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {(!m.dropped.is_empty()).then(|| view! {
                    <p class="dropped">"Dropped by you: "
                        {m.dropped.into_iter().map(|skill| view! {
                            <span class="dropped-skill">{skill.clone()}" "
                                <SkillButton job_id=match_id.clone() skill=skill choice="reset" label="Ask again"/>
                            </span>
                        }).collect_view()}
                    </p>
                })}
            </section>
        }
    });
    let review_id = d.id.clone();
    let review = d.review.clone().map(|r| {
        let suggestions = (!r.suggestions.is_empty()).then(|| view! {
            <h3>"Rewrite suggestions"</h3>
            <p class="muted">"From the reviewer model; each one passed the gate (it adds nothing the master CV and knowledge base do not hold)."</p>
            <ul class="suggestions">
                {r.suggestions.into_iter().map(|s| view! {
                    <li>
                        <del>{s.original.clone()}</del><br/><ins>{s.rewrite}</ins>
                        {(!s.why.is_empty()).then(|| view! { <span class="muted">{format!(" — {}", s.why)}</span> })}
                        <SuggestionButton job_id=review_id.clone() original=s.original/>
                    </li>
                }).collect_view()}
            </ul>
        });
        let class = format!("verdict v-{}", r.verdict.replace(' ', "-"));
        view! {
            <section class="review">
                <h2>"Review"</h2>
                <p><span class=class>{format!("Verdict: {}", r.verdict)}</span></p>
                <ul class="reasons">{r.reasons.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                <table class="checks">
                    <thead><tr><th>"Check"</th><th>"Result"</th><th>"Why it matters"</th></tr></thead>
                    <tbody>
                        {r.checks.into_iter().map(|(name, ok, detail)| view! {
                            <tr><td>{name}</td><td>{if ok { "passed" } else { "failed" }}</td><td>{detail}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {suggestions}
                <table class="answered">
                    <thead><tr><th>"Pain point"</th><th>"Answered by"</th></tr></thead>
                    <tbody>
                        {r.answered.into_iter().map(|(p, b)| {
                            let by = if b.is_empty() { "no bullet answers it".to_string() } else { b };
                            view! { <tr><td>{p}</td><td>{by}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
    });
    view! {
            <article class="job">
                <h2 class="job-title">{d.title.clone()}</h2>
                <p class="job-company">{d.company.clone()}{(!d.location.is_empty()).then(|| format!(" · {}", d.location))}</p>
                <dl class="facts">
                    <dt>"Status"</dt><dd><span class="status">{d.status.as_str()}</span></dd>
                    <dt>"Fit score"</dt><dd>{d.fit_score.map(|s| format!("{s}/100")).unwrap_or_else(|| "not scored yet".into())}</dd>
                    <dt>"Source"</dt><dd>{d.source.clone()}</dd>
                    <dt>"Created"</dt><dd>{d.created.clone()}</dd>
                    <dt>"Updated"</dt><dd>{d.updated.clone()}</dd>
                    <dt>"Dedupe key"</dt><dd><code>{d.dedupe_key.clone()}</code></dd>
                    {d.original_score.clone().map(|s| view! { <dt>"Original score"</dt><dd>{s}</dd> })}
                </dl>
                <ul class="links">{links}</ul>

                <div class="process-form">
                    <ActionForm action=process>
                        <input type="hidden" name="id" value=process_id.clone()/>
                        <button type="submit" class="primary">"Process"</button>
                        <span class="muted">" Runs the pipeline: analysis, fit score, tailored CV, cover letter and dossier."</span>
                    </ActionForm>
                </div>
                {d.has_pack.then(|| {
                    let id = d.id.clone();
                    let advice = d.advice.clone().map(|(sentence, skip)| {
                        if skip {
                            view! {
                                <p class="flash error advice">{sentence}</p>
                            }.into_any()
                        } else {
                            view! { <p class="advice">{sentence}</p> }.into_any()
                        }
                    });
                    view! {
                        <section class="pack">
                            <h3>"Application pack"</h3>
                            {advice}
                            <p>
                                <a class="button" href=format!("/jobs/{id}/edit/cv")>"Edit the CV"</a>" "
                                <a class="button" href=format!("/jobs/{id}/edit/cover_letter")>"Edit the cover letter"</a>
                            </p>
                            <p class="downloads">"Download the newest: "
                                {types::document::PACK_FILES.into_iter().map(|f| view! {
                                    <a href=format!("/api/jobs/{id}/files/{f}") download>{f}</a>" "
                                }).collect_view()}
                                <a href=format!("/api/jobs/{id}/pack.zip") download>"the whole pack (zip)"</a>
                            </p>
                        </section>
                    }
                })}
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        runs_of_job.await.ok().filter(|r| !r.is_empty()).map(|rows| view! {
                            <h3>"Runs"</h3>
                            <ul class="job-runs">
                                {rows.into_iter().take(5).map(|r| view! {
                                    <li><a href=format!("/runs/{}", r.id)>{r.created}</a>" — "{r.status.as_str()}" ("{r.duration}")"</li>
                                }).collect_view()}
                            </ul>
                        })
                    })}
                </Suspense>

                <ActionForm action=set_status>
                    <div class="status-form">
                        <input type="hidden" name="id" value=status_id.clone()/>
                        <label for="status">"Set status"</label>
                        <select id="status" name="status">{status_options}</select>
                        <input type="text" name="note" placeholder="Note (optional)" maxlength="500" aria-label="Note"/>
                        <button type="submit">"Save"</button>
                    </div>
                </ActionForm>

                <h3>"Description"</h3>
                <div class="jd">{d.description.clone()}</div>
                {(!d.criteria.is_empty()).then(|| view! { <h3>"Criteria"</h3><p class="criteria">{d.criteria.clone()}</p> })}

                {matching}
                {review}

                <h2>"Pipeline"</h2>
                {sections}

                <h3>"Status history"</h3>
                <ul class="history">{history}</ul>

                {(!d.extra.is_empty()).then(|| view! {
                    <h3>"Other fields"</h3>
                    <table class="extra"><tbody>{extra}</tbody></table>
                })}
            </article>
    }
}

/// One change to the posting's skill lists, as a form that works without JavaScript.
#[component]
fn SkillButton(
    job_id: String,
    skill: String,
    choice: &'static str,
    label: &'static str,
) -> impl IntoView {
    let choose = ServerAction::<crate::documents::ChooseSkill>::new();
    super::Mutations::get().follow(move || choose.version().get());
    view! {
        <ActionForm action=choose attr:class="inline">
            <input type="hidden" name="id" value=job_id/>
            <input type="hidden" name="skill" value=skill/>
            <input type="hidden" name="choice" value=choice/>
            <button type="submit" class="small">{label}</button>
        </ActionForm>
    }
}

/// Applies one rewrite suggestion as a new CV version.
#[component]
fn SuggestionButton(job_id: String, original: String) -> impl IntoView {
    // Not counted as a mutation of this page: it goes on to the editor, whose page shows the
    // message (a refresh here would take it first).
    let apply = ServerAction::<crate::documents::ApplySuggestion>::new();
    view! {
        <ActionForm action=apply attr:class="inline">
            <input type="hidden" name="id" value=job_id/>
            <input type="hidden" name="original" value=original/>
            <button type="submit" class="small">"Apply to the CV"</button>
        </ActionForm>
    }
}
