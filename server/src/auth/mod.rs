//! Login with one password, sessions in the store, and the middleware that guards every page.

pub mod handlers;
pub mod middleware;
pub mod password;
pub mod same_site;
pub mod session_store;
pub mod throttle;

/// Session key set to `true` once the password was verified.
pub const AUTH_KEY: &str = "authenticated";
