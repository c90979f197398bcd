//! Identifiers and timestamps shared by every backend.

use time::OffsetDateTime;

/// A new id in MongoDB ObjectId form (24 hex digits: 4 bytes of seconds, 5 random bytes fixed per
/// process, a 3-byte counter), so ids made here look like the ones in an existing `level-2`
/// collection and, within one process, sort in creation order: the queue's "oldest first" holds
/// for runs created in the same millisecond.
pub fn new_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::OnceLock;
    static PROCESS: OnceLock<[u8; 5]> = OnceLock::new();
    static COUNTER: OnceLock<AtomicU32> = OnceLock::new();
    let process = PROCESS.get_or_init(|| {
        let mut b = [0u8; 5];
        fill_random(&mut b);
        b
    });
    let counter = COUNTER.get_or_init(|| {
        let mut b = [0u8; 4];
        fill_random(&mut b);
        AtomicU32::new(u32::from_be_bytes(b) & 0x00ff_ffff)
    });
    let count = counter.fetch_add(1, Ordering::Relaxed) & 0x00ff_ffff;
    let secs = OffsetDateTime::now_utc().unix_timestamp() as u32;
    let mut bytes = [0u8; 12];
    bytes[..4].copy_from_slice(&secs.to_be_bytes());
    bytes[4..9].copy_from_slice(process);
    bytes[9..].copy_from_slice(&count.to_be_bytes()[1..]);
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
    fn ids_made_one_after_another_sort_in_that_order() {
        let ids: Vec<String> = (0..100).map(|_| new_id()).collect();
        // A wrap of the 24-bit counter or a new second may fall inside; neither breaks the order
        // of the time prefix, and a wrap happens once in 16 million ids.
        let ordered = ids.windows(2).filter(|w| w[0] < w[1]).count();
        assert!(ordered >= 98, "{ordered} of 99 pairs in order");
        assert!(ids.iter().all(|i| i.len() == 24 && is_valid_id(i)));
    }

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
