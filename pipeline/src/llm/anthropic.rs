//! Anthropic's Messages API: `POST {base}/v1/messages` with `x-api-key` and `anthropic-version`,
//! text in `content[].text`, usage in `usage.input_tokens` / `usage.output_tokens`.

use super::provider::{read_success, ChatRequest, ChatResponse, LlmError, Provider};
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

pub const API_VERSION: &str = "2023-06-01";

pub struct Anthropic {
    base_url: String,
    api_key: SecretString,
    model: String,
    client: reqwest::Client,
}

impl Anthropic {
    pub fn new(
        base_url: &str,
        api_key: SecretString,
        model: &str,
        client: reqwest::Client,
    ) -> Self {
        Anthropic {
            base_url: base_url.trim_end_matches('/').into(),
            api_key,
            model: model.into(),
            client,
        }
    }
}

#[async_trait]
impl Provider for Anthropic {
    fn name(&self) -> &str {
        "anthropic"
    }

    fn model(&self) -> &str {
        &self.model
    }

    async fn chat(&self, req: &ChatRequest) -> Result<ChatResponse, LlmError> {
        let body = json!({
            "model": self.model,
            "max_tokens": req.max_tokens,
            "temperature": 0,
            "system": req.system,
            "messages": [{"role": "user", "content": req.user}],
        });
        let resp = self
            .client
            .post(format!("{}/v1/messages", self.base_url))
            .header("x-api-key", self.api_key.expose_secret())
            .header("anthropic-version", API_VERSION)
            .json(&body)
            .send()
            .await
            .map_err(LlmError::from_reqwest)?;
        let text = read_success(resp).await?;
        let v: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| LlmError::InvalidResponse(format!("not JSON: {e}")))?;
        let blocks = v["content"]
            .as_array()
            .ok_or_else(|| LlmError::InvalidResponse("no content array".into()))?;
        let content: String = blocks
            .iter()
            .filter_map(|b| b["text"].as_str())
            .collect::<Vec<_>>()
            .join("");
        if content.is_empty() {
            return Err(LlmError::InvalidResponse("no text block in content".into()));
        }
        Ok(ChatResponse {
            text: content,
            input_tokens: v["usage"]["input_tokens"].as_u64().unwrap_or(0),
            output_tokens: v["usage"]["output_tokens"].as_u64().unwrap_or(0),
        })
    }
}
