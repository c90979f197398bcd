//! Reading settings: one source (the process environment, or a map in tests), one error type that
//! names the variable, and the parsers every setting goes through. The server's `Config` and the
//! LLM settings both read from here, in one pass at start.

use secrecy::SecretString;
use std::str::FromStr;

/// A bad setting: stops the start with one line naming the variable.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {var} {problem}")]
pub struct ConfigError {
    pub var: String,
    pub problem: String,
}

pub fn bad(var: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        var: var.to_string(),
        problem: problem.into(),
    }
}

/// Where settings are read from.
pub trait Source {
    fn get(&self, key: &str) -> Option<String>;
}

/// The process environment (after `.env` was loaded into it).
pub struct ProcessEnv;

impl Source for ProcessEnv {
    fn get(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }
}

impl<K, V, S> Source for std::collections::HashMap<K, V, S>
where
    K: std::borrow::Borrow<str> + std::hash::Hash + Eq,
    V: AsRef<str>,
    S: std::hash::BuildHasher,
{
    fn get(&self, key: &str) -> Option<String> {
        std::collections::HashMap::get(self, key).map(|v| v.as_ref().to_string())
    }
}

/// The variable's value, trimmed; `None` when unset or blank.
pub fn text(src: &dyn Source, var: &str) -> Option<String> {
    src.get(var)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A secret (password, token, API key): kept as a `SecretString` from here to where it is used.
pub fn secret(src: &dyn Source, var: &str) -> Option<SecretString> {
    text(src, var).map(SecretString::from)
}

/// A whole number within `range`, or `default` when unset.
pub fn number<T>(
    src: &dyn Source,
    var: &str,
    default: T,
    range: std::ops::RangeInclusive<T>,
) -> Result<T, ConfigError>
where
    T: FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let Some(raw) = text(src, var) else {
        return Ok(default);
    };
    let value: T = raw
        .parse()
        .map_err(|_| bad(var, format!("must be a whole number, got {raw:?}")))?;
    if !range.contains(&value) {
        return Err(bad(
            var,
            format!(
                "must be between {} and {}, got {value}",
                range.start(),
                range.end()
            ),
        ));
    }
    Ok(value)
}

/// `true`/`false` (also 1/0, yes/no, on/off), or `default` when unset.
pub fn boolean(src: &dyn Source, var: &str, default: bool) -> Result<bool, ConfigError> {
    match text(src, var).map(|v| v.to_ascii_lowercase()).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(bad(var, format!("must be true or false, got {other:?}"))),
    }
}
