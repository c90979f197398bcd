//! The pages, one module each, and the pieces they share.

mod admin;
mod detail;
mod editor;
mod import;
mod jobs;
mod login;
mod profile;
mod runs;

pub use admin::AdminPage;
pub use detail::JobDetailPage;
pub use editor::EditorPage;
pub use import::ImportPage;
pub use jobs::JobsPage;
pub use login::LoginPage;
pub use profile::ProfilePage;
pub use runs::{RunPage, RunsPage};

use crate::api::take_flash;
use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;

/// Counts the form actions completed in this browser tab, so what they change (a job, the flash
/// message) is read again after each one. Without JavaScript every action is a new page anyway.
#[derive(Clone, Copy, Default)]
pub struct Mutations(RwSignal<u32>);

impl Mutations {
    pub fn get() -> Mutations {
        use_context::<Mutations>().unwrap_or_default()
    }

    /// Reads the count (tracked), for a resource's source.
    pub fn count(self) -> u32 {
        self.0.get()
    }

    /// Counts an action's completions from now on.
    pub fn follow(self, version: impl Fn() -> usize + 'static) {
        Effect::new(move |_| {
            if version() > 0 {
                self.0.update(|n| *n += 1);
            }
        });
    }
}

/// The frame of every signed-in page: navigation, the flash message, the content.
#[component]
fn Page(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <Title text=format!("{title} · jobintel")/>
        <header class="topbar">
            <a class="brand" href="/jobs">"jobintel"</a>
            <nav>
                <a href="/jobs">"Jobs"</a>
                <a href="/runs">"Runs"</a>
                <a href="/import">"Import"</a>
                <a href="/profile">"Candidate"</a>
                <a href="/admin">"Admin"</a>
            </nav>
            <form method="post" action="/logout" class="logout">
                <button type="submit">"Log out"</button>
            </form>
        </header>
        <main>
            <AlertBanner/>
            <h1>{title}</h1>
            <FlashBanner/>
            <ErrorBoundary fallback=error_template>{children()}</ErrorBoundary>
        </main>
    }
}

/// Sets the page's HTTP status for an error where it is found, inside the page's async data, so it
/// is set before the response head is sent (the error template renders later, too late for that).
fn with_status<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        set_status(e.status());
    }
    result
}

/// The error template of every page: what went wrong, in words, and the HTTP status it calls for
/// (404 for a missing job or run, 503 when the database is down). Pages return their errors; this
/// is the one place that shows them.
fn error_template(errors: ArcRwSignal<leptos::error::Errors>) -> impl IntoView {
    move || {
        errors
            .get()
            .into_iter()
            .map(|(_, e)| {
                let app = e.downcast_ref::<AppError>().cloned();
                let status = app.as_ref().map_or(500, AppError::status);
                set_status(status);
                match app {
                    Some(AppError::NotFound(what)) => view! {
                        <h2>"Not found"</h2>
                        <p>{format!("There is no {what} with this id. ")}<a href="/jobs">"Back to the jobs"</a></p>
                    }
                    .into_any(),
                    _ => view! { <p class="flash error" role="alert">{e.to_string()}</p> }.into_any(),
                }
            })
            .collect_view()
    }
}

/// Alerts that hold and nobody acknowledged, on every page, each with its button.
#[component]
fn AlertBanner() -> impl IntoView {
    let ack = ServerAction::<crate::api::AckAlert>::new();
    let mutations = Mutations::get();
    mutations.follow(move || ack.version().get());
    let alerts = Resource::new(move || mutations.count(), |_| crate::api::get_alerts());
    let here = leptos_router::hooks::use_location();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let next = here.pathname.get_untracked();
                alerts.await.ok().filter(|a| !a.is_empty()).map(|list| view! {
                    <section class="alerts" role="alert">
                        {list.into_iter().map(|a| {
                            let next = next.clone();
                            view! {
                            <div class="flash error alert">
                                <strong>"Alert: "</strong>{a.message}
                                <span class="muted">{format!(" (since {})", a.since)}</span>
                                <ActionForm action=ack attr:class="inline">
                                    <input type="hidden" name="key" value=a.key/>
                                    <input type="hidden" name="next" value=next.clone()/>
                                    <button type="submit">"Acknowledge"</button>
                                </ActionForm>
                            </div>
                        }}).collect_view()}
                    </section>
                })
            })}
        </Suspense>
    }
}

#[component]
fn FlashBanner() -> impl IntoView {
    let mutations = Mutations::get();
    let flash = Resource::new(move || mutations.count(), |_| take_flash());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                flash.await.ok().flatten().map(|f| {
                    let class = if f.ok { "flash ok" } else { "flash error" };
                    view! { <p class=class role="status">{f.message}</p> }
                })
            })}
        </Suspense>
    }
}

/// Sets the HTTP status of the page being rendered on the server (no-op in the browser).
fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(opts), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(code),
    ) {
        opts.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text="Not found · jobintel"/>
        <main>
            <h1>"Not found"</h1>
            <p>"There is no page here. " <a href="/jobs">"Back to the jobs"</a></p>
        </main>
    }
}

/// Percent-encodes a query-string value (everything but unreserved characters).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn encode_escapes_query_syntax() {
        assert_eq!(super::encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    }
}
