//! Identifiers and timestamps shared by every backend.

use time::OffsetDateTime;

/// A new id in MongoDB ObjectId form (24 hex digits: 4 bytes of seconds, 8 random bytes), so ids made
/// here look like the ones in an existing `level-2` collection and sort roughly by creation time.
pub fn new_id() -> String {
    let secs = OffsetDateTime::now_utc().unix_timestamp() as u32;
    let mut bytes = [0u8; 12];
    bytes[..4].copy_from_slice(&secs.to_be_bytes());
    fill_random(&mut bytes[4..]);
    hex(&bytes)
}

/// Fills `buf` from the operating system's random source.
pub fn fill_random(buf: &mut [u8]) {
    // The OS generator failing is not recoverable for anything that needs ids or secrets.
    getrandom::fill(buf).expect("operating system random source unavailable");
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// True when `s` is a plausible id: 1–64 characters of ASCII letters, digits, `-` and `_`.
/// Ids come from URLs and uploads; anything else is rejected before it reaches a query or a path.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// Midnight UTC on the first day of the current month: where monthly budgets start.
pub fn month_start() -> OffsetDateTime {
    let now = now();
    now.replace_day(1)
        .map(|d| d.replace_time(time::Time::MIDNIGHT))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_object_id_shaped_and_distinct() {
        let a = new_id();
        let b = new_id();
        assert_eq!(a.len(), 24);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn ids_with_path_characters_are_invalid() {
        assert!(is_valid_id("6929643c45fa3c355f849d73"));
        assert!(!is_valid_id("../etc/passwd"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a/b"));
        assert!(!is_valid_id(&"a".repeat(65)));
    }
}
