//! Prices and budgets. Every call is priced from a table (USD per million tokens, configurable) and
//! checked before it is made against the run's and the month's caps, with an estimate.

use std::collections::BTreeMap;
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Price {
    /// USD per million input tokens.
    pub input: f64,
    /// USD per million output tokens.
    pub output: f64,
}

#[derive(Debug, Clone)]
pub struct PriceTable {
    /// By model-name prefix; the longest matching prefix wins.
    prices: BTreeMap<String, Price>,
    /// For models the table does not know: deliberately high so budgets still bind.
    fallback: Price,
}

impl Default for PriceTable {
    fn default() -> Self {
        let table = [
            ("gpt-4o-mini", 0.15, 0.60),
            ("gpt-4o", 2.50, 10.0),
            ("gpt-4.1-nano", 0.10, 0.40),
            ("gpt-4.1-mini", 0.40, 1.60),
            ("gpt-4.1", 2.0, 8.0),
            ("gpt-5-mini", 0.25, 2.0),
            ("gpt-5", 1.25, 10.0),
            ("o4-mini", 1.10, 4.40),
            ("claude-3-5-haiku", 0.80, 4.0),
            ("claude-haiku-4", 1.0, 5.0),
            ("claude-3-haiku", 0.25, 1.25),
            ("claude-3-5-sonnet", 3.0, 15.0),
            ("claude-sonnet-4", 3.0, 15.0),
            ("claude-opus-4", 15.0, 75.0),
        ];
        PriceTable {
            prices: table
                .into_iter()
                .map(|(m, i, o)| {
                    (
                        m.to_string(),
                        Price {
                            input: i,
                            output: o,
                        },
                    )
                })
                .collect(),
            fallback: Price {
                input: 5.0,
                output: 15.0,
            },
        }
    }
}

impl PriceTable {
    /// The default table with entries from `LLM_PRICES` JSON (`{"model": {"input": 1, "output": 2}}`).
    pub fn with_overrides(json: &str) -> Result<PriceTable, String> {
        let extra: BTreeMap<String, Price> = serde_json::from_str(json).map_err(|e| {
            format!("must be JSON like {{\"model\": {{\"input\": 0.15, \"output\": 0.6}}}}: {e}")
        })?;
        let mut t = PriceTable::default();
        t.prices.extend(extra);
        Ok(t)
    }

    /// The price of `model` from `provider`. Local servers (Ollama, vLLM, llama.cpp) cost nothing.
    pub fn price(&self, provider: &str, model: &str) -> Price {
        if matches!(provider, "ollama" | "vllm" | "llamacpp") {
            return Price {
                input: 0.0,
                output: 0.0,
            };
        }
        // OpenRouter names models "vendor/model".
        let bare = model.rsplit('/').next().unwrap_or(model);
        self.prices
            .iter()
            .filter(|(prefix, _)| {
                bare.starts_with(prefix.as_str()) || model.starts_with(prefix.as_str())
            })
            .max_by_key(|(prefix, _)| prefix.len())
            .map(|(_, p)| *p)
            .unwrap_or(self.fallback)
    }

    pub fn cost(&self, provider: &str, model: &str, input_tokens: u64, output_tokens: u64) -> f64 {
        let p = self.price(provider, model);
        (input_tokens as f64 * p.input + output_tokens as f64 * p.output) / 1_000_000.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BudgetLimits {
    pub run_usd: f64,
    pub month_usd: f64,
    pub run_scrapes: u32,
}

impl Default for BudgetLimits {
    fn default() -> Self {
        BudgetLimits {
            run_usd: 0.50,
            month_usd: 50.0,
            run_scrapes: 20,
        }
    }
}

/// One run's spending against its limits. Once a cap is hit it stays hit for the rest of the run.
#[derive(Debug)]
pub struct RunBudget {
    pub limits: BudgetLimits,
    month_spent_before: f64,
    state: Mutex<BudgetState>,
}

#[derive(Debug, Default)]
struct BudgetState {
    run_spent: f64,
    /// Estimates of calls in flight: layers run concurrently, so a call counts against the caps
    /// from the moment it is allowed, not when its bill arrives.
    reserved: f64,
    exhausted: Option<String>,
}

/// A call's estimated cost held against the budget until [`Reservation::settle`] replaces it with
/// the actual cost; dropped unsettled (the call failed), it is released.
#[derive(Debug)]
pub struct Reservation<'a> {
    budget: &'a RunBudget,
    amount: f64,
}

impl Reservation<'_> {
    pub fn settle(self, actual: f64) {
        let mut s = self.budget.lock();
        s.reserved = (s.reserved - self.amount).max(0.0);
        s.run_spent += actual;
        drop(s);
        std::mem::forget(self);
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut s = self.budget.lock();
        s.reserved = (s.reserved - self.amount).max(0.0);
    }
}

impl RunBudget {
    pub fn new(limits: BudgetLimits, month_spent_before: f64) -> Self {
        RunBudget {
            limits,
            month_spent_before,
            state: Mutex::new(BudgetState::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BudgetState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Why the run is offline from now on, if a cap was hit.
    pub fn exhausted(&self) -> Option<String> {
        self.lock().exhausted.clone()
    }

    /// Reserves a call estimated at `estimate` USD, or says which cap it would break, counting the
    /// calls already in flight.
    pub fn reserve(&self, estimate: f64) -> Result<Reservation<'_>, String> {
        let mut s = self.lock();
        if let Some(why) = &s.exhausted {
            return Err(why.clone());
        }
        let committed = s.run_spent + s.reserved;
        // A cap broken by money already spent closes the run to the LLM for good; one broken only
        // because other calls are in flight refuses this call and leaves later ones to try.
        let spent_breaks = s.run_spent + estimate > self.limits.run_usd
            || self.month_spent_before + s.run_spent + estimate > self.limits.month_usd;
        let why = if !self.month_spent_before.is_finite() {
            Some("this month's spending could not be read, so no paid call is made".to_string())
        } else if committed + estimate > self.limits.run_usd {
            Some(format!(
                "per-run cost cap ${:.2} reached (spent ${:.4}, in flight ${:.4}, next call ~${:.4})",
                self.limits.run_usd, s.run_spent, s.reserved, estimate
            ))
        } else if self.month_spent_before + committed + estimate > self.limits.month_usd {
            Some(format!(
                "monthly cost cap ${:.2} reached",
                self.limits.month_usd
            ))
        } else {
            None
        };
        match why {
            Some(w) => {
                if spent_breaks || !self.month_spent_before.is_finite() {
                    s.exhausted = Some(w.clone());
                }
                Err(w)
            }
            None => {
                s.reserved += estimate;
                Ok(Reservation {
                    budget: self,
                    amount: estimate,
                })
            }
        }
    }

    pub fn spent(&self) -> f64 {
        self.lock().run_spent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_match_the_longest_prefix_and_local_is_free() {
        let t = PriceTable::default();
        assert_eq!(t.price("openai", "gpt-4o-mini-2024-07-18").input, 0.15);
        assert_eq!(t.price("openai", "gpt-4o-2024").input, 2.50);
        assert_eq!(t.price("openrouter", "openai/gpt-4o-mini").input, 0.15);
        assert_eq!(t.price("ollama", "llama3").input, 0.0);
        assert_eq!(t.price("openai", "mystery").input, 5.0);
        assert!((t.cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000) - 0.75).abs() < 1e-9);
        let t = PriceTable::with_overrides(r#"{"mystery": {"input": 1, "output": 2}}"#).unwrap();
        assert_eq!(t.price("openai", "mystery").output, 2.0);
        assert!(PriceTable::with_overrides("nope").is_err());
    }

    #[test]
    fn caps_are_checked_before_calls_and_stick() {
        let b = RunBudget::new(
            BudgetLimits {
                run_usd: 0.10,
                month_usd: 1.0,
                run_scrapes: 1,
            },
            0.0,
        );
        b.reserve(0.05).unwrap().settle(0.08);
        let err = b.reserve(0.05).unwrap_err();
        assert!(err.contains("per-run cost cap"));
        assert!(b.reserve(0.0).is_err(), "once hit, the run stays offline");
        assert!(b.exhausted().is_some());

        let m = RunBudget::new(
            BudgetLimits {
                run_usd: 1.0,
                month_usd: 1.0,
                run_scrapes: 1,
            },
            0.99,
        );
        assert!(m.reserve(0.05).unwrap_err().contains("monthly"));
    }

    /// A run capped at $0.10 with room to spare in the month.
    fn ten_cent_run() -> RunBudget {
        RunBudget::new(
            BudgetLimits {
                run_usd: 0.10,
                month_usd: 10.0,
                run_scrapes: 1,
            },
            0.0,
        )
    }

    #[test]
    fn concurrent_calls_cannot_overshoot_the_run_cap() {
        let b = ten_cent_run();
        // Three layers ask at once, before any bill arrives.
        let first = b.reserve(0.04).unwrap();
        let second = b.reserve(0.04).unwrap();
        assert!(
            b.reserve(0.04).is_err(),
            "the third would pass the cap with the two in flight"
        );
        first.settle(0.03);
        drop(second); // failed: its reservation is released
        assert!((b.spent() - 0.03).abs() < 1e-12);
        assert!(
            b.reserve(0.04).is_ok(),
            "a refusal for calls in flight does not close the run once they settle"
        );
        assert!(b.exhausted().is_none());
    }

    #[test]
    fn a_failed_call_releases_its_reservation() {
        let b = ten_cent_run();
        drop(b.reserve(0.09).unwrap());
        assert!(b.reserve(0.09).is_ok(), "nothing was spent or held");
    }
}
