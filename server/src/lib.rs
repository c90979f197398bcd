//! The `jobintel` server: axum router, login, form handlers, health, CLI commands. Built as a library
//! so integration tests can start the real application on a random port.

pub mod admin_health;
pub mod alerts;
pub mod app;
pub mod auth;
pub mod backend;
pub mod cli;
pub mod config;
pub mod error;
pub mod page_cache;
pub mod routes;
pub mod runner;
pub mod state;
pub mod telemetry;
