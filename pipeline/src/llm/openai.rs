//! OpenAI-compatible chat completions: OpenAI, OpenRouter, Ollama, vLLM and llama.cpp's server all
//! speak `POST {base}/chat/completions` with `choices[0].message.content` and a `usage` block.

use super::provider::{read_success, ChatRequest, ChatResponse, LlmError, Provider};
use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

pub struct OpenAiCompatible {
    name: String,
    base_url: String,
    api_key: Option<SecretString>,
    model: String,
    client: reqwest::Client,
}

impl OpenAiCompatible {
    pub fn new(
        name: &str,
        base_url: &str,
        api_key: Option<SecretString>,
        model: &str,
        client: reqwest::Client,
    ) -> Self {
        OpenAiCompatible {
            name: name.into(),
            base_url: base_url.trim_end_matches('/').into(),
            api_key,
            model: model.into(),
            client,
        }
    }
}

#[async_trait]
impl Provider for OpenAiCompatible {
    fn name(&self) -> &str {
        &self.name
    }

    fn model(&self) -> &str {
        &self.model
    }

    async fn chat(&self, req: &ChatRequest) -> Result<ChatResponse, LlmError> {
        let body = json!({
            "model": self.model,
            "temperature": 0,
            "max_tokens": req.max_tokens,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": req.system},
                {"role": "user", "content": req.user},
            ],
        });
        let mut call = self
            .client
            .post(format!("{}/chat/completions", self.base_url))
            .json(&body);
        if let Some(key) = &self.api_key {
            call = call.bearer_auth(key.expose_secret());
        }
        let resp = call.send().await.map_err(LlmError::from_reqwest)?;
        let text = read_success(resp).await?;
        let v: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| LlmError::InvalidResponse(format!("not JSON: {e}")))?;
        let content = v["choices"][0]["message"]["content"]
            .as_str()
            .ok_or_else(|| LlmError::InvalidResponse("no choices[0].message.content".into()))?;
        Ok(ChatResponse {
            text: content.to_string(),
            input_tokens: v["usage"]["prompt_tokens"].as_u64().unwrap_or(0),
            output_tokens: v["usage"]["completion_tokens"].as_u64().unwrap_or(0),
        })
    }
}
