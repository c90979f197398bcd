use super::Page;
use crate::api::get_profile;
use leptos::prelude::*;

/// The master CV and knowledge base, replaced together and validated before they are stored.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let save = ServerAction::<crate::api::SaveProfile>::new();
    let mutations = super::Mutations::get();
    mutations.follow(move || save.version().get());
    let profile = Resource::new(move || mutations.count(), |_| get_profile());
    view! {
        <Page title="Candidate">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let p = profile.await;
                    let (cv, kb, updated, summary, understood, history) = match p {
                        Ok(Some(p)) => (p.master_cv, p.knowledge_base, p.updated, Some(p.summary), p.understood, p.history),
                        Ok(None) => (String::new(), String::new(), String::new(), None, Vec::new(), Vec::new()),
                        Err(e) => return super::with_status(Err(e)),
                    };
                    let summary = match summary {
                        Some(Ok(s)) => view! { <p class="flash ok">{s}</p> }.into_any(),
                        Some(Err(e)) => view! { <p class="flash error">{e}</p> }.into_any(),
                        None => view! { <p class="flash error">"No candidate profile yet: paste a master CV and a knowledge base."</p> }.into_any(),
                    };
                    let page = view! {
                        {summary}
                        {(!updated.is_empty()).then(|| view! { <p class="muted">"Last updated " {updated}</p> })}
                        {(!understood.is_empty()).then(|| view! {
                            <section class="understood">
                                <h2>"What was understood"</h2>
                                <dl>
                                    {understood.into_iter().map(|f| view! {
                                        <dt>{f.label}</dt>
                                        <dd>{f.value}</dd>
                                    }).collect_view()}
                                </dl>
                            </section>
                        })}
                        <form method="post" action="/profile/cv" enctype="multipart/form-data" class="stack">
                            <label>"Load a CV file (Markdown, plain text, JSON Resume or .docx): it replaces the master CV below"
                                <input type="file" name="file" accept=".md,.txt,.json,.docx"/>
                            </label>
                            <button type="submit">"Load CV file"</button>
                        </form>
                        <ActionForm action=save>
                            <div class="stack profile">
                                <label>"Master CV (Markdown, plain text or JSON Resume)"
                                    <textarea name="master_cv" rows="24" spellcheck="false">{cv}</textarea>
                                </label>
                                <label>"Knowledge base: STAR records (Markdown)"
                                    <textarea name="knowledge_base" rows="24" spellcheck="false">{kb}</textarea>
                                </label>
                                <button type="submit">"Validate and save"</button>
                            </div>
                        </ActionForm>
                        {history.into_iter().filter(|(_, rows)| !rows.is_empty()).map(|(kind, rows)| view! {
                            <section class="history">
                                <h2>{format!("Versions of the {}", kind.label())}</h2>
                                <ol class="versions">
                                    {rows.into_iter().map(|row| view! { <ProfileVersion row kind=kind.as_str()/> }).collect_view()}
                                </ol>
                            </section>
                        }).collect_view()}
                    };
                    Ok::<_, crate::error::AppError>(page)
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ProfileVersion(row: crate::model::VersionRow, kind: &'static str) -> impl IntoView {
    let restore = ServerAction::<crate::documents::RestoreProfileVersion>::new();
    super::Mutations::get().follow(move || restore.version().get());
    view! {
        <li class="version">
            <super::editor::VersionSummary row=row.clone()/>
            <ActionForm action=restore>
                <input type="hidden" name="kind" value=kind/>
                <input type="hidden" name="version" value=row.version.to_string()/>
                <button type="submit">{format!("Restore version {}", row.version)}</button>
            </ActionForm>
        </li>
    }
}
