//! Line-level helpers shared by the CV and knowledge-base parsers.

/// Bullet markers people use: `-`, `*`, `•`, `●`, `▪`, `–`.
const BULLETS: [&str; 6] = ["- ", "* ", "• ", "● ", "▪ ", "– "];

/// The text after a bullet marker, or `None` when the line is not a bullet.
pub fn bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    BULLETS
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .or_else(|| t.strip_prefix('•').or_else(|| t.strip_prefix('●')))
        .map(str::trim)
}

/// A Markdown heading's level and text (`## Skills` → (2, "Skills")).
pub fn heading(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let level = t.bytes().take_while(|b| *b == b'#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &t[level..];
    rest.starts_with(' ')
        .then(|| (level, rest.trim().trim_end_matches(':').trim()))
}

/// Splits `Title — Company — City` style lines on the dashes and pipes people use between parts.
/// An unspaced en dash ("2019–Present") stays inside its part; a date range split on a spaced
/// dash ("2019 – Present") is joined back.
pub fn split_parts(line: &str) -> Vec<String> {
    let raw: Vec<&str> = line
        .split(['—', '|'])
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" · "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut parts: Vec<String> = Vec::with_capacity(raw.len());
    for p in raw {
        match parts.last_mut() {
            Some(prev) if looks_like_period(prev) && looks_like_period(p) => {
                prev.push_str(" – ");
                prev.push_str(p);
            }
            _ => parts.push(p.to_string()),
        }
    }
    parts
}

/// True when `s` looks like a date range: it holds a year or "present".
pub fn looks_like_period(s: &str) -> bool {
    let lower = s.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "present" | "current" | "now" | "today"))
        || s.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
}

/// Strips Markdown emphasis markers (`**x**`, `_x_`) for plain text.
pub fn plain(s: &str) -> String {
    s.replace("**", "").replace("__", "").trim().to_string()
}
