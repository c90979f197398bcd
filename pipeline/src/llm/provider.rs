//! The provider contract and the errors that decide retry or fail-fast.

use async_trait::async_trait;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ChatRequest {
    pub system: String,
    pub user: String,
    pub max_tokens: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChatResponse {
    pub text: String,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum LlmError {
    /// 429, 5xx, timeouts, connection resets: worth another try, after `retry_after` when given.
    #[error("transient provider error: {message}")]
    Transient {
        message: String,
        retry_after: Option<Duration>,
    },
    /// Other 4xx, bad credentials, unknown model: retrying cannot help.
    #[error("provider refused the request: {message}")]
    Permanent { message: String },
    /// The provider answered 2xx with something that is not its documented shape.
    #[error("unexpected provider response: {0}")]
    InvalidResponse(String),
    /// The reply was not the JSON the layer asked for, even after one repair.
    #[error("the reply did not match the expected JSON: {0}")]
    Schema(String),
    /// A budget cap would be exceeded; the layer runs offline.
    #[error("budget: {0}")]
    Budget(String),
    /// A URL the plain fetch will not request (an internal address, another scheme…).
    #[error("not fetched: {0}")]
    NotFetched(String),
}

impl LlmError {
    pub fn is_transient(&self) -> bool {
        matches!(self, LlmError::Transient { .. })
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            LlmError::Transient { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Classifies an HTTP failure status; the body is cut short so it cannot flood logs.
    pub fn from_status(status: u16, retry_after: Option<Duration>, body: &str) -> LlmError {
        let message = format!(
            "HTTP {status}: {}",
            body.chars().take(300).collect::<String>()
        );
        if status == 429 || status >= 500 {
            LlmError::Transient {
                message,
                retry_after,
            }
        } else {
            LlmError::Permanent { message }
        }
    }

    pub fn from_reqwest(e: reqwest::Error) -> LlmError {
        // reqwest errors can include the URL; ours never carry credentials in URLs.
        if e.is_timeout() || e.is_connect() || e.is_request() || e.is_body() {
            LlmError::Transient {
                message: e.to_string(),
                retry_after: None,
            }
        } else {
            LlmError::Permanent {
                message: e.to_string(),
            }
        }
    }
}

/// `Retry-After` as seconds (the HTTP-date form is rare from APIs and is ignored).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| Duration::from_secs_f64(s.min(300.0)))
}

/// The body of a 2xx response, or the classified error (with `Retry-After`) of any other; every 5xx,
/// Anthropic's 529 "overloaded" included, is transient.
pub async fn read_success(resp: reqwest::Response) -> Result<String, LlmError> {
    let status = resp.status().as_u16();
    let wait = retry_after(resp.headers());
    let body = resp.text().await.map_err(LlmError::from_reqwest)?;
    if !(200..300).contains(&status) {
        return Err(LlmError::from_status(status, wait, &body));
    }
    Ok(body)
}

#[async_trait]
pub trait Provider: Send + Sync {
    /// `openai`, `openrouter`, `ollama`, `anthropic`…
    fn name(&self) -> &str;
    fn model(&self) -> &str;
    /// One call, no retries (the caller retries transient errors).
    async fn chat(&self, req: &ChatRequest) -> Result<ChatResponse, LlmError>;
}
