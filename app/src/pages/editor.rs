use super::Page;
use crate::documents::get_editor;
use crate::error::AppError;
use crate::model::{EditorView, VersionRow};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/jobs/:id/edit/:kind`: the tailored CV or cover letter of a job, Markdown beside its preview,
/// the gate's findings highlighted in the saved text, and every version with its diff.
#[component]
pub fn EditorPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("id").unwrap_or_default(),
                p.get("kind").unwrap_or_default(),
            )
        })
    };
    let mutations = super::Mutations::get();
    let editor = Resource::new_blocking(
        move || (key(), mutations.count()),
        |((id, kind), _)| get_editor(id, kind),
    );
    view! {
        <Page title="Edit">
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let view = super::with_status(
                        editor.await.and_then(|e| e.ok_or_else(|| AppError::not_found("document"))),
                    )?;
                    Ok::<_, AppError>(view! { <Editor view/> })
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn Editor(view: EditorView) -> impl IntoView {
    let save = ServerAction::<crate::documents::SaveDocument>::new();
    let confirm = ServerAction::<crate::documents::ConfirmDocument>::new();
    let mutations = super::Mutations::get();
    mutations.follow(move || save.version().get());
    mutations.follow(move || confirm.version().get());
    let v = view;
    let kind = v.kind.as_str();
    // The preview follows the text area as the user types (hydrated); without JavaScript it shows
    // the text as it was rendered on the server, that is after the last save.
    let (text, set_text) = signal(v.text.clone());
    let preview = move || crate::preview::markdown_html(&text.get());
    let open = !v.findings.is_empty() && !v.confirmed;
    let confirm_id = v.job_id.clone();
    let findings = (!v.findings.is_empty()).then(|| {
        let state = if v.confirmed {
            "kept as they are (confirmed)"
        } else {
            "to confirm or change: until then the job shows needs review"
        };
        view! {
            <section class="findings">
                <h2>{format!("What the gate found in version {} ({state})", v.version.unwrap_or(1))}</h2>
                <ul>
                    {v.findings.iter().map(|f| view! {
                        <li><span class="finding-kind">{f.kind.clone()}</span>" "{f.detail.clone()}</li>
                    }).collect_view()}
                </ul>
                <pre class="marked">
                    {v.marked.iter().map(|(run, flagged)| if *flagged {
                        view! { <mark>{run.clone()}</mark> }.into_any()
                    } else {
                        run.clone().into_any()
                    }).collect_view()}
                </pre>
                {(open && v.version.is_some()).then(|| view! {
                    <ActionForm action=confirm>
                        <input type="hidden" name="id" value=confirm_id/>
                        <input type="hidden" name="kind" value=kind/>
                        <input type="hidden" name="version" value=v.version.unwrap_or(1).to_string()/>
                        <button type="submit">"Keep as it is"</button>
                        <span class="muted">" It is your CV: confirming says you checked these and keep them."</span>
                    </ActionForm>
                })}
            </section>
        }
    });
    let downloads = v
        .kind
        .files()
        .iter()
        .copied()
        .map(|f| view! { <a href=format!("/api/jobs/{}/files/{f}", v.job_id) download>{f}</a>" " })
        .collect_view();
    let versions = v
        .versions
        .iter()
        .map(|r| view! { <VersionItem row=r.clone() job_id=v.job_id.clone() kind=kind/> })
        .collect_view();
    view! {
        <p class="editing">
            <a href=format!("/jobs/{}", v.job_id)>{format!("{} · {}", v.job_title, v.company)}</a>
            {format!(" — the {}{}", v.kind.label(), v.version.map(|n| format!(", version {n}")).unwrap_or_default())}
        </p>
        <p class="downloads">"Download the newest: "{downloads}
            <a href=format!("/api/jobs/{}/pack.zip", v.job_id) download>"the whole pack (zip)"</a>
        </p>
        {v.notice.clone().map(|n| view! { <p class="flash warn">{n}</p> })}
        {findings}
        <ActionForm action=save>
            <input type="hidden" name="id" value=v.job_id.clone()/>
            <input type="hidden" name="kind" value=kind/>
            <div class="editor">
                <label class="source">"Markdown"
                    <textarea name="text" rows="30" spellcheck="true"
                        on:input=move |ev| set_text.set(event_target_value(&ev))>{v.text.clone()}</textarea>
                </label>
                <div class="preview-pane">
                    <span class="label">"Preview"</span>
                    <div class="preview" inner_html=preview></div>
                </div>
            </div>
            <button type="submit" class="primary">"Save as a new version"</button>
            <span class="muted">" The gate checks every save; the files are made again from it."</span>
        </ActionForm>
        <h2>"Versions"</h2>
        {if v.versions.is_empty() {
            view! { <p class="muted">"No saved version yet: the first save keeps the generated text as version 1."</p> }.into_any()
        } else {
            view! { <ol class="versions">{versions}</ol> }.into_any()
        }}
    }
}

#[component]
fn VersionItem(row: VersionRow, job_id: String, kind: &'static str) -> impl IntoView {
    let restore = ServerAction::<crate::documents::RestoreDocument>::new();
    super::Mutations::get().follow(move || restore.version().get());
    view! {
        <li class="version">
            <VersionSummary row=row.clone()/>
            <ActionForm action=restore>
                <input type="hidden" name="id" value=job_id/>
                <input type="hidden" name="kind" value=kind/>
                <input type="hidden" name="version" value=row.version.to_string()/>
                <button type="submit">{format!("Restore version {}", row.version)}</button>
            </ActionForm>
        </li>
    }
}

/// A version's line (number, origin, time, findings) and its diff against the one before.
#[component]
pub fn VersionSummary(row: VersionRow) -> impl IntoView {
    let findings = match (row.findings, row.confirmed) {
        (0, _) => "no findings".to_string(),
        (n, true) => format!("{n} finding(s), confirmed"),
        (n, false) => format!("{n} finding(s)"),
    };
    let diff = (!row.diff.is_empty()).then(|| {
        view! {
            <details>
                <summary>"Changes from the version before"</summary>
                <pre class="diff">
                    {row.diff.iter().map(|(sign, line)| {
                        let class = match sign { '+' => "added", '-' => "removed", _ => "same" };
                        view! { <span class=class>{format!("{sign} {line}")}</span> }
                    }).collect_view()}
                </pre>
            </details>
        }
    });
    view! {
        <strong>{format!("Version {}", row.version)}</strong>
        {format!(" — {} · {} · {findings}", row.origin, row.created)}
        {(!row.note.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", row.note)}</span> })}
        {diff}
    }
}
