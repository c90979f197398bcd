//! Non-Leptos HTTP handlers: health and the form posts behind every page's buttons.

pub mod forms;
pub mod health;
