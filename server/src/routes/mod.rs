//! Non-Leptos HTTP handlers: health and the form posts behind every page's buttons.

pub mod admin;
pub mod api;
pub mod artifacts;
pub mod assets;
pub mod compat;
pub mod events;
pub mod forms;
pub mod health;
pub mod lookup;
