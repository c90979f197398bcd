//! Failed-login throttling per client address.
//!
//! This counts *failures* in a sliding window, which a request rate limiter (such as `governor`)
//! does not model: a user who logs in successfully is never slowed down, and a client with five
//! failures in the last minute is refused until the oldest one ages out.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct LoginThrottle {
    max_failures: usize,
    window: Duration,
    failures: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl LoginThrottle {
    pub fn new(max_failures: usize, window: Duration) -> Self {
        LoginThrottle {
            max_failures,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// True when `client` has used up its failures in the current window.
    pub fn is_blocked(&self, client: IpAddr, now: Instant) -> bool {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let Some(times) = map.get_mut(&client) else {
            return false;
        };
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            times.pop_front();
        }
        if times.is_empty() {
            map.remove(&client);
            return false;
        }
        times.len() >= self.max_failures
    }

    pub fn record_failure(&self, client: IpAddr, now: Instant) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        // Bound memory under a flood of distinct addresses: forget clients whose failures all expired.
        if map.len() > 10_000 {
            let window = self.window;
            map.retain(|_, t| {
                t.back()
                    .is_some_and(|last| now.duration_since(*last) < window)
            });
        }
        map.entry(client).or_default().push_back(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_block_until_the_window_passes() {
        let t = LoginThrottle::new(5, Duration::from_secs(60));
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let other: IpAddr = "10.0.0.2".parse().unwrap();
        let start = Instant::now();
        for i in 0..5 {
            assert!(!t.is_blocked(ip, start), "attempt {i} allowed");
            t.record_failure(ip, start);
        }
        assert!(t.is_blocked(ip, start + Duration::from_secs(59)));
        assert!(
            !t.is_blocked(other, start),
            "other clients are not affected"
        );
        assert!(!t.is_blocked(ip, start + Duration::from_secs(60)));
    }
}
