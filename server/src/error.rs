//! The one error path of the HTTP handlers: each variant knows its status and its message to the
//! client; causes of server-side failures are logged once, here, and never sent.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// What is missing: "job", "run", "artifact"…
    #[error("{0} not found")]
    NotFound(String),
    /// Input the client can fix; `field` names the parameter when there is one.
    #[error("{message}")]
    BadRequest {
        field: Option<&'static str>,
        message: String,
    },
    #[error("{0}")]
    Conflict(String),
    #[error("the queue is full ({queued} runs waiting); retry later")]
    QueueFull { queued: u64 },
    /// The store cannot be reached: 503, the cause logged.
    #[error("the database is unavailable")]
    Unavailable { cause: String },
    /// Anything else that is our fault: 500, the cause logged.
    #[error("internal error")]
    Internal { cause: String },
}

/// The body of every API error: `{"error": "…", "field": "…"}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

/// How long a client should wait before retrying a full queue.
const RETRY_AFTER_SECONDS: &str = "30";

impl ApiError {
    pub fn not_found(what: impl Into<String>) -> Self {
        ApiError::NotFound(what.into())
    }

    pub fn bad_request(field: Option<&'static str>, message: impl Into<String>) -> Self {
        ApiError::BadRequest {
            field,
            message: message.into(),
        }
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ApiError::Internal {
            cause: cause.to_string(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::QueueFull { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<pipeline::Error> for ApiError {
    fn from(e: pipeline::Error) -> Self {
        match e {
            pipeline::Error::InvalidInput(m) => ApiError::bad_request(None, m),
            pipeline::Error::NotFound(m) => ApiError::NotFound(m),
            pipeline::Error::Conflict(m) => ApiError::Conflict(format!("{m} already exists")),
            pipeline::Error::Store(cause) => ApiError::Unavailable { cause },
            pipeline::Error::Files(cause) => {
                ApiError::internal(format!("saved, but the files could not be made: {cause}"))
            }
        }
    }
}

impl ApiError {
    /// The response with `body`: the cause of a server-side failure is logged here, once, and a
    /// full queue says when to retry.
    fn respond(self, body: impl Serialize) -> Response {
        match &self {
            ApiError::Unavailable { cause } => {
                tracing::error!(error = %cause, "store failure in a request")
            }
            ApiError::Internal { cause } => tracing::error!(error = %cause, "request failed"),
            _ => {}
        }
        match self {
            ApiError::QueueFull { .. } => (
                self.status(),
                [(header::RETRY_AFTER, RETRY_AFTER_SECONDS)],
                Json(body),
            )
                .into_response(),
            _ => (self.status(), Json(body)).into_response(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let field = match &self {
            ApiError::BadRequest { field, .. } => *field,
            _ => None,
        };
        let body = ErrorBody {
            error: self.to_string(),
            field,
        };
        self.respond(body)
    }
}

/// The same errors in the original runner's shape (FastAPI's `{"detail": "Run not found"}`), for
/// the compatibility routes its scripts call.
#[derive(Debug)]
pub struct Detail(pub ApiError);

#[derive(Debug, Serialize, ToSchema)]
pub struct DetailBody {
    pub detail: String,
}

impl<E: Into<ApiError>> From<E> for Detail {
    fn from(e: E) -> Self {
        Detail(e.into())
    }
}

impl IntoResponse for Detail {
    fn into_response(self) -> Response {
        let message = self.0.to_string();
        let mut chars = message.chars();
        let detail = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => message,
        };
        self.0.respond(DetailBody { detail })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body_of(r: Response) -> serde_json::Value {
        let bytes = axum::body::to_bytes(r.into_body(), 4096).await.unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn each_error_has_its_status_and_never_leaks_a_cause() {
        let r = ApiError::Unavailable {
            cause: "sqlite: disk I/O error at /secret/path".into(),
        }
        .into_response();
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = body_of(r).await;
        assert_eq!(body["error"], "the database is unavailable");
        assert!(!body.to_string().contains("secret"));

        let r = ApiError::QueueFull { queued: 7 }.into_response();
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(r.headers()[header::RETRY_AFTER], "30");

        let r = ApiError::bad_request(Some("status"), "unknown status \"x\"").into_response();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        assert_eq!(body_of(r).await["field"], "status");

        let r = ApiError::internal("boom").into_response();
        assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(body_of(r).await["error"], "internal error");
    }
}
