//! The editor's preview: Markdown as HTML, the same in the server's render and in the browser (so
//! the preview updates as the user types, and appears without JavaScript after a save).
//!
//! The text is the user's, but it may hold a posting's words: raw HTML in it is shown as text,
//! links and images are reduced to their words, so nothing in a preview can run or load anything.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub fn markdown_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).filter_map(|e| match e {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        other => Some(other),
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders_and_nothing_can_run() {
        let html = markdown_html("# Jane\n\n- **Go** and Rust\n");
        assert!(html.contains("<h1>Jane</h1>") && html.contains("<strong>Go</strong>"));
        let hostile = markdown_html(
            "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![a](http://x/t.png)",
        );
        assert!(
            !hostile.contains("<script") && !hostile.contains("<img") && !hostile.contains("<a ")
        );
        assert!(hostile.contains("&lt;script&gt;"), "{hostile}");
        assert!(hostile.contains("click") && !hostile.contains("javascript:"));
    }
}
