//! The jobintel web app: Leptos components rendered on the server and hydrated in the browser.
//!
//! Pages read data through the server functions in [`api`]. Every change is an ordinary HTML form
//! posted to a thin axum handler in the server crate, which redirects back (post/redirect/get), so
//! every page works without JavaScript; hydration adds client-side navigation on top. Pages render
//! in `SsrMode::Async` (whole page once its data is loaded): complete HTML without JavaScript, and
//! real status codes such as 404 for an unknown job.

pub mod api;
pub mod documents;
pub mod error;
pub mod model;
mod pages;
pub mod preview;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="icon" type="image/png" href="/favicon.png"/>
                <AutoReload options=options.clone()/>
                // The stylesheet's name carries its content hash when the build wrote one.
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(pages::Mutations::default());
    view! {
        <Title text="jobintel"/>
        <Router>
            <Routes fallback=pages::NotFound>
                <Route path=path!("/login") view=pages::LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/") view=pages::JobsPage ssr=SsrMode::Async/>
                <Route path=path!("/jobs") view=pages::JobsPage ssr=SsrMode::Async/>
                <Route path=path!("/jobs/:id") view=pages::JobDetailPage ssr=SsrMode::Async/>
                <Route path=path!("/jobs/:id/edit/:kind") view=pages::EditorPage ssr=SsrMode::Async/>
                <Route path=path!("/runs") view=pages::RunsPage ssr=SsrMode::Async/>
                <Route path=path!("/runs/:id") view=pages::RunPage ssr=SsrMode::Async/>
                <Route path=path!("/import") view=pages::ImportPage ssr=SsrMode::Async/>
                <Route path=path!("/profile") view=pages::ProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/admin") view=pages::AdminPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// A Content-Security-Policy for this response: scripts only with this request's nonce (which Leptos
/// puts on its hydration script) and what they load, WebAssembly allowed, everything else same-origin.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
         frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}
