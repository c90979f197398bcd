//! One error type for the store and the domain crate above it; the server maps it to HTTP once and
//! the CLI to exit codes once. Backends convert their driver's errors into it by kind, never by
//! reading the message.

/// What can go wrong in the domain. Input errors carry a message fit to show the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The caller's input is wrong (bad JSON, missing field, over a size limit…); nothing was written.
    #[error("{0}")]
    InvalidInput(String),
    /// The thing asked for does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// A unique key is taken (a job id, a session id): the write did not happen.
    #[error("{0} already exists")]
    Conflict(String),
    /// The store could not be reached or failed; the message never contains credentials.
    #[error("store error: {0}")]
    Store(String),
    /// The record was stored but files made from it (a pack's PDF or .docx) could not be written;
    /// the next save or run makes them again.
    #[error("saved, but the files could not be made: {0}")]
    Files(String),
}

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidInput(msg.into())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
