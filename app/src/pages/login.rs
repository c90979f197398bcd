use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The login form posts to the server's `/login` handler, which redirects back here with an error
/// code when the password is wrong or the client is throttled.
#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let error = move || {
        query.with(|q| match q.get("error").as_deref() {
            Some("invalid") => Some("Wrong password."),
            Some("throttled") => Some("Too many failed attempts. Wait a minute and try again."),
            Some("expired") => Some("Your session has ended. Please log in again."),
            _ => None,
        })
    };
    let next = move || query.with(|q| q.get("next").unwrap_or_else(|| "/jobs".into()));
    view! {
        <Title text="Log in · jobintel"/>
        <main class="login">
            <h1>"jobintel"</h1>
            <p class="muted">"Job intelligence for one job seeker."</p>
            {move || error().map(|e| view! { <p class="flash error" role="alert">{e}</p> })}
            <form method="post" action="/login">
                <input type="hidden" name="next" value=next/>
                <label for="password">"Password"</label>
                <input id="password" type="password" name="password" autocomplete="current-password" required autofocus/>
                <button type="submit">"Log in"</button>
            </form>
        </main>
    }
}
