//! The one error type of the server functions, and so of every page: each variant knows the HTTP
//! status the page answers with (see `pages::ErrorPage`). Causes of server failures are logged on
//! the server and never sent to the browser.

use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AppError {
    /// What is missing: "job", "run"…
    NotFound(String),
    /// Input the user can fix, with a message fit to show them.
    BadRequest(String),
    /// The store cannot be reached or failed.
    Unavailable,
    /// Calling the server function itself failed (network, encoding).
    ServerFn(ServerFnErrorErr),
}

impl AppError {
    pub fn not_found(what: impl Into<String>) -> Self {
        AppError::NotFound(what.into())
    }

    /// The status a page showing this error answers with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound(_) => 404,
            AppError::BadRequest(_) => 400,
            AppError::Unavailable => 503,
            AppError::ServerFn(_) => 500,
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::NotFound(what) => write!(f, "{what} not found"),
            AppError::BadRequest(msg) => f.write_str(msg),
            AppError::Unavailable => f.write_str("the database is unavailable"),
            AppError::ServerFn(e) => write!(f, "the server could not be reached: {e}"),
        }
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::ServerFn(value)
    }
}

impl From<ServerFnErrorErr> for AppError {
    fn from(value: ServerFnErrorErr) -> Self {
        AppError::ServerFn(value)
    }
}

#[cfg(feature = "ssr")]
impl From<pipeline::Error> for AppError {
    fn from(e: pipeline::Error) -> Self {
        match e {
            pipeline::Error::InvalidInput(msg) => AppError::BadRequest(msg),
            pipeline::Error::NotFound(what) => AppError::NotFound(what),
            pipeline::Error::Conflict(what) => {
                AppError::BadRequest(format!("{what} already exists"))
            }
            pipeline::Error::Store(cause) => {
                tracing::error!(error = %cause, "server function failed");
                AppError::Unavailable
            }
            pipeline::Error::Files(cause) => {
                tracing::error!(error = %cause, "files could not be made");
                AppError::Unavailable
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_names_its_status_and_says_what_happened() {
        assert_eq!(AppError::not_found("run").status(), 404);
        assert_eq!(AppError::not_found("run").to_string(), "run not found");
        assert_eq!(AppError::Unavailable.status(), 503);
        assert_eq!(AppError::BadRequest("bad".into()).status(), 400);
        let wire = serde_json::to_string(&AppError::not_found("job")).unwrap();
        let back: AppError = serde_json::from_str(&wire).unwrap();
        assert_eq!(
            back,
            AppError::not_found("job"),
            "the browser gets the same error"
        );
    }
}
