use super::{encode, Page};
use crate::api::list_jobs;
use crate::model::{JobList, JobListParams};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn list_url(p: &JobListParams, page: u32) -> String {
    format!(
        "/jobs?q={}&status={}&sort={}&page={page}",
        encode(&p.q),
        encode(&p.status),
        encode(&p.sort)
    )
}

#[component]
pub fn JobsPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        query.with(|q| JobListParams {
            q: q.get("q").unwrap_or_default(),
            status: q.get("status").unwrap_or_default(),
            sort: q.get("sort").unwrap_or_default(),
            page: q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
            after: q.get("after").unwrap_or_default(),
        })
    };
    let jobs = Resource::new(params, list_jobs);
    view! {
        <Page title="Jobs">
            <Suspense fallback=|| view! { <p>"Loading jobs…"</p> }>
                {move || Suspend::new(async move {
                    let list = super::with_status(jobs.await)?;
                    Ok::<_, crate::error::AppError>(view! { <JobListView list params=params()/> })
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn JobListView(list: JobList, params: JobListParams) -> impl IntoView {
    let status_options = {
        let current = params.status.clone();
        let mut opts = vec![
            (
                "".to_string(),
                "Active (hides discarded, applied, interview)".to_string(),
            ),
            ("all".to_string(), "All statuses".to_string()),
        ];
        opts.extend(
            list.statuses
                .iter()
                .map(|s| (s.as_str().to_string(), s.as_str().to_string())),
        );
        opts.into_iter()
            .map(|(value, label)| {
                let selected = value == current;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let sort_options = [
        ("newest", "Newest first"),
        ("oldest", "Oldest first"),
        ("fit", "Fit score"),
    ]
    .into_iter()
    .map(|(value, label)| {
        let selected = params.sort == value || (params.sort.is_empty() && value == "newest");
        view! { <option value=value selected=selected>{label}</option> }
    })
    .collect_view();
    let bulk_statuses = list
        .statuses
        .iter()
        .map(|s| view! { <option value=s.as_str()>{s.as_str()}</option> })
        .collect_view();
    let back = list_url(&params, list.page);
    let prev = (list.page > 1).then(|| list_url(&params, list.page - 1));
    // "Next" carries the last row's cursor: the next page is read from there, not skipped to.
    let next = (list.page < list.pages || list.next.is_some()).then(|| match &list.next {
        Some(after) => format!(
            "{}&after={}",
            list_url(&params, list.page + 1),
            encode(after)
        ),
        None => list_url(&params, list.page + 1),
    });
    let hidden_note = (list.hidden > 0).then(|| {
        let all = list_url(
            &JobListParams {
                status: "all".into(),
                page: 1,
                ..params.clone()
            },
            1,
        );
        view! {
            <p class="muted">
                {
                    let statuses = list.hidden_statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
                    // A search's hidden count is every hidden job, not only the matching ones.
                    if params.q.trim().is_empty() {
                        format!("{} more hidden ({statuses}). ", list.hidden)
                    } else {
                        format!("Jobs in hidden statuses ({statuses}; {} in all) are not searched. ", list.hidden)
                    }
                }
                <a href=all>"Show all"</a>
            </p>
        }
    });
    let empty = list.rows.is_empty();
    let rows = list
        .rows
        .into_iter()
        .map(|r| {
            let href = format!("/jobs/{}", r.id);
            let label = format!("Select {}", r.title);
            let status_class = format!("status s-{}", r.status.as_str().replace(' ', "-"));
            view! {
                <tr>
                    <td><input type="checkbox" name="ids" value=r.id aria-label=label/></td>
                    <td><a href=href>{r.title}</a></td>
                    <td>{r.company}</td>
                    <td>{r.location}</td>
                    <td><span class=status_class>{r.status.as_str()}</span></td>
                    <td class="num">{r.fit_score.map(|s| s.to_string()).unwrap_or_else(|| "—".into())}</td>
                    <td>{r.created}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <form method="get" action="/jobs" class="filters">
            <input type="search" name="q" value=params.q.clone() placeholder="Search title, company, location" aria-label="Search"/>
            <select name="status" aria-label="Status">{status_options}</select>
            <select name="sort" aria-label="Sort">{sort_options}</select>
            <button type="submit">"Search"</button>
        </form>
        <p class="count">{format!("{}{} jobs", list.total, if list.total_exact { "" } else { "+" })}</p>
        {hidden_note}
        <form method="post" action="/jobs/bulk" class="bulk">
            <input type="hidden" name="back" value=back/>
            <div class="bulk-actions">
                <label>"Selected: "
                    <select name="status" aria-label="New status">{bulk_statuses}</select>
                </label>
                <button type="submit" name="op" value="status">"Set status"</button>
                <button type="submit" name="op" value="process">"Process selected"</button>
                <button type="submit" name="op" value="delete" class="danger">"Delete"</button>
            </div>
            <table class="jobs">
                <thead>
                    <tr>
                        <th></th><th>"Title"</th><th>"Company"</th><th>"Location"</th>
                        <th>"Status"</th><th>"Fit"</th><th>"Created"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </form>
        {empty.then(|| view! { <p class="muted">"No jobs match. Import some on the Import page."</p> })}
        <nav class="pager">
            {prev.map(|href| view! { <a href=href rel="prev">"← Previous"</a> })}
            <span>{if list.total_exact { format!("Page {} of {}", list.page, list.pages) } else { format!("Page {}", list.page) }}</span>
            {next.map(|href| view! { <a href=href rel="next">"Next →"</a> })}
        </nav>
    }
}
