use super::Page;
use leptos::prelude::*;

/// Two plain forms: paste one posting, or upload a `level-2` JSON file (one document or an array).
#[component]
pub fn ImportPage() -> impl IntoView {
    let paste = ServerAction::<crate::api::PasteJob>::new();
    super::Mutations::get().follow(move || paste.version().get());
    view! {
        <Page title="Import jobs">
            <section class="card">
                <h2>"Upload a JSON file"</h2>
                <p class="muted">
                    "One job document or an array of them, in the level-2 schema (title, company, job_description, "
                    "location, jobURL, dedupeKey, createdAt, …). Jobs already present (same dedupe key) are reported, not doubled."
                </p>
                <form method="post" action="/import/upload" enctype="multipart/form-data">
                    <input type="file" name="file" accept="application/json,.json" required aria-label="JSON file"/>
                    <button type="submit">"Upload and import"</button>
                </form>
            </section>
            <section class="card">
                <h2>"Paste a job"</h2>
                <ActionForm action=paste>
                    <div class="stack">
                        <label>"Title" <input type="text" name="title" required maxlength="1000"/></label>
                        <label>"Company" <input type="text" name="company" required maxlength="1000"/></label>
                        <label>"Location" <input type="text" name="location" maxlength="1000"/></label>
                        <label>"Link" <input type="url" name="url" maxlength="2000"/></label>
                        <label>"Job description" <textarea name="description" rows="14" required></textarea></label>
                        <button type="submit">"Add job"</button>
                    </div>
                </ActionForm>
            </section>
        </Page>
    }
}
