//! One error type for the domain crate; the server maps it to HTTP once and the CLI to exit codes once.

/// What can go wrong in the domain. Input errors carry a message fit to show the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The caller's input is wrong (bad JSON, missing field, over a size limit…); nothing was written.
    #[error("{0}")]
    InvalidInput(String),
    /// The thing asked for does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// The store could not be reached or failed; the message never contains credentials.
    #[error("store error: {0}")]
    Store(String),
}

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => Error::NotFound("row".into()),
            other => Error::Store(other.to_string()),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
