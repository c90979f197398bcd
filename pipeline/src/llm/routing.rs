//! Which provider and model serves each layer, changed on the admin page without a restart. The
//! environment (`LLM_PROVIDER`, `LLM_MODEL`, `LLM_LAYERS`) gives the starting routes; an override
//! in the store (`route:<layer>` = `provider:model` or `offline`) wins, on every instance, from the
//! next run on. Keys still come only from the environment: a provider can be chosen only when it
//! needs no key or its key is set.

use super::settings::{LlmSettings, Route};
use crate::store::Store;
use types::Layer;

/// Providers that run on the operator's own machine and need no key.
const LOCAL: [&str; 3] = ["ollama", "vllm", "llamacpp"];
const KEYED: [&str; 3] = ["openai", "openrouter", "anthropic"];

fn setting(layer: Layer) -> String {
    format!("route:{}", layer.key())
}

/// The providers a layer can be routed to now: the local ones, and those whose key is set.
pub fn available(settings: &LlmSettings) -> Vec<&'static str> {
    KEYED
        .into_iter()
        .filter(|p| settings.key(p).is_some())
        .chain(LOCAL)
        .collect()
}

/// A route typed on the admin page: `offline`, or an available provider with a model name.
pub fn parse(settings: &LlmSettings, provider: &str, model: &str) -> Result<Option<Route>, String> {
    let provider = provider.trim();
    if provider == "offline" {
        return Ok(None);
    }
    if !available(settings).contains(&provider) {
        return Err(format!(
            "{provider:?} is not available: choose offline or one of {} (a provider with a key needs it set in the environment)",
            available(settings).join(", ")
        ));
    }
    let model = model.trim();
    let fine = |c: char| c.is_ascii_alphanumeric() || "._:/-@".contains(c);
    if model.is_empty() || model.len() > 100 || !model.chars().all(fine) {
        return Err(
            "the model must be a name such as gpt-4o-mini (letters, digits and . _ : / - @, at most 100)"
                .into(),
        );
    }
    Ok(Some(Route {
        provider: provider.to_string(),
        model: model.to_string(),
    }))
}

fn show(route: Option<&Route>) -> String {
    route.map_or("offline".to_string(), |r| {
        format!("{}:{}", r.provider, r.model)
    })
}

/// The settings with the admin's routes applied, and for each LLM-capable layer whether its route
/// is the admin's (true) or the environment's. A stored route that no longer parses (its key was
/// removed) is ignored, with a warning.
pub async fn with_overrides(
    settings: &LlmSettings,
    store: &dyn Store,
) -> (LlmSettings, Vec<(Layer, bool)>) {
    let mut out = settings.clone();
    let mut origins = Vec::new();
    for layer in Layer::llm_capable() {
        let stored = match store.get_setting(&setting(layer)).await {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(layer = layer.key(), error = %e, "route override not read");
                None
            }
        };
        let parsed = stored.as_deref().map(|raw| {
            let (p, m) = raw.split_once(':').unwrap_or((raw, ""));
            parse(settings, p, m)
        });
        match parsed {
            Some(Ok(route)) => {
                match route {
                    Some(r) => out.routes.insert(layer, r),
                    None => out.routes.remove(&layer),
                };
                origins.push((layer, true));
            }
            Some(Err(e)) => {
                tracing::warn!(layer = layer.key(), reason = %e, "route override ignored");
                origins.push((layer, false));
            }
            None => origins.push((layer, false)),
        }
    }
    (out, origins)
}

/// Routes a layer from the admin page, recording the change; returns what it is now.
pub async fn set(
    settings: &LlmSettings,
    store: &dyn Store,
    layer: Layer,
    provider: &str,
    model: &str,
    by: &str,
) -> crate::Result<String> {
    let route = parse(settings, provider, model).map_err(crate::Error::InvalidInput)?;
    let (before, _) = with_overrides(settings, store).await;
    let now = show(route.as_ref());
    store.put_setting(&setting(layer), &now).await?;
    crate::limits::record(
        store,
        crate::limits::AuditEntry {
            at: crate::ids::now(),
            what: format!("{} engine", layer.title()),
            old: show(before.routes.get(&layer)),
            new: now.clone(),
            by: by.to_string(),
        },
    )
    .await?;
    Ok(now)
}

/// Back to the environment's route for the layer, recording the change.
pub async fn reset(
    settings: &LlmSettings,
    store: &dyn Store,
    layer: Layer,
    by: &str,
) -> crate::Result<String> {
    let (before, _) = with_overrides(settings, store).await;
    store.delete_setting(&setting(layer)).await?;
    let now = show(settings.routes.get(&layer));
    crate::limits::record(
        store,
        crate::limits::AuditEntry {
            at: crate::ids::now(),
            what: format!("{} engine (reset)", layer.title()),
            old: show(before.routes.get(&layer)),
            new: now.clone(),
            by: by.to_string(),
        },
    )
    .await?;
    Ok(now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[tokio::test]
    async fn a_layer_is_routed_from_the_page_and_back_and_keys_are_required() {
        let env: HashMap<&str, &str> = HashMap::from([
            ("LLM_LAYERS", "fit=openai:gpt-4o-mini"),
            ("OPENAI_API_KEY", "sk-x"),
        ]);
        let settings = LlmSettings::from_source(&env).unwrap();
        assert_eq!(
            available(&settings),
            ["openai", "ollama", "vllm", "llamacpp"]
        );
        assert!(parse(&settings, "anthropic", "claude")
            .unwrap_err()
            .contains("not available"));
        assert!(parse(&settings, "openai", "").is_err());
        assert!(parse(&settings, "openai", "gpt 4; drop").is_err());

        let dir = tempfile::tempdir().unwrap();
        let store =
            store_sqlite::SqliteStore::open(&format!("sqlite://{}/r.db", dir.path().display()))
                .await
                .unwrap();
        set(&settings, &store, Layer::Fit, "offline", "", "s")
            .await
            .unwrap();
        set(&settings, &store, Layer::Cv, "ollama", "llama3.1", "s")
            .await
            .unwrap();
        let (now, origins) = with_overrides(&settings, &store).await;
        assert!(!now.routes.contains_key(&Layer::Fit));
        assert_eq!(now.routes[&Layer::Cv].model, "llama3.1");
        assert!(origins.contains(&(Layer::Cv, true)) && origins.contains(&(Layer::Stars, false)));
        reset(&settings, &store, Layer::Fit, "s").await.unwrap();
        let (now, _) = with_overrides(&settings, &store).await;
        assert_eq!(now.routes[&Layer::Fit].model, "gpt-4o-mini");
        let log = crate::limits::audit_log(&store).await.unwrap();
        assert_eq!(log[0].what, "Fit score engine (reset)");
        assert_eq!(
            (log[0].old.as_str(), log[0].new.as_str()),
            ("offline", "openai:gpt-4o-mini")
        );
    }
}
