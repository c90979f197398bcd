//! Skills the files show in other words than the skill's name. A posting asks for
//! "stakeholder management"; an engineer's records say "worked with trust & safety … and with the
//! seller team" or "sat with two Finance Ops analysts for a week". Read only on the candidate's
//! side: the same words in a posting ("you will work with the data team") describe the job, not
//! a requirement, so they are no lexicon aliases.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

/// Functions outside engineering a record may say it worked with by name alone ("with Finance",
/// "with trust & safety"), lower case.
const FUNCTIONS: &str = "finance|product|design|legal|compliance|risk|sales|marketing|operations|support|trust\\s*&\\s*safety|security|customers?|clients?|regulators?|auditors?";

/// The other teams and functions the files say the candidate worked with or for ("the analytics
/// team", "trust & safety", "two Finance Ops analysts"), lower case and deduplicated. The
/// candidate's own team ("with the team", "with my team") is none.
pub fn teams_worked_with(text: &str) -> BTreeSet<String> {
    static TEAM: OnceLock<Regex> = OnceLock::new();
    static FUNCTION: OnceLock<Regex> = OnceLock::new();
    // One to three words naming the team, the last of them "team(s)" or "analysts".
    let team = crate::text::re(
        &TEAM,
        r"(?i)\b(?:with|for)\s+(?:the\s+|two\s+|three\s+|several\s+)?((?:[a-z&]+\s+){1,3}?(?:teams?|analysts))\b",
    );
    let function = crate::text::re(
        &FUNCTION,
        &format!(r"(?i)\bwith\s+(?:the\s+)?({FUNCTIONS})\b"),
    );
    let own = [
        "my", "our", "the", "a", "his", "her", "their", "same", "whole", "new",
    ];
    let mut named = BTreeSet::new();
    for caps in team.captures_iter(text) {
        let words = caps[1].to_lowercase();
        let first = words.split_whitespace().next().unwrap_or("");
        if !own.contains(&first) {
            named.insert(words.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    for caps in function.captures_iter(text) {
        let words = caps[1].to_lowercase();
        // "with Finance" and "with the Finance Ops analysts" are one function.
        if !named.iter().any(|n| n.starts_with(words.as_str())) {
            named.insert(words);
        }
    }
    named
}

/// Whether the files show stakeholder work in other words: two or more other teams or
/// functions worked with. Round 98's readers found "Stakeholder management … nothing in the files
/// shows it" for an ML engineer whose records work with trust & safety, the seller team, the
/// analytics team and the model-validation team; round 96's for a .NET engineer who sat with
/// Finance Ops and worked with the security and infra teams. One team named once is not enough to
/// call it a practice.
pub fn shows_stakeholder_work(text: &str) -> bool {
    teams_worked_with(text).len() >= 2
}

/// Whether the files say the candidate designed a system ("Designed the team's LLM evaluation
/// harness: …", "Designed and built a daily settlement reconciliation service", "I designed the
/// target layout with Delta Lake tables"): that is system design, which round 98's readers found
/// reported as "nothing in the files shows it" for an engineer whose CV opens on such a line. Only
/// "designed" or "architected" with a system's noun near it: "built a service" is building, and a
/// "designed" dashboard or process is no system.
pub fn shows_system_design(text: &str) -> bool {
    static DESIGNED: OnceLock<Regex> = OnceLock::new();
    crate::text::re(
        &DESIGNED,
        r"(?i)\b(?:designed|architected|re-architected)\b(?:\s+and\s+\w+)?\s+(?:the|a|an|our|its)?\s*(?:[\w'’+.-]+\s+){0,5}?(?:services?|systems?|platforms?|pipelines?|apis?|architecture|harness|layout|schema|data\s+model|assistant|engine)\b",
    )
    .is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_designed_is_system_design_and_other_design_is_not() {
        for designed in [
            "● Designed the team's LLM evaluation harness: 600-question golden set",
            "Designed and built a daily settlement reconciliation service (.NET 6)",
            "- action: I designed the target layout with Delta Lake tables",
        ] {
            assert!(shows_system_design(designed), "{designed}");
        }
        for other in [
            "Built the retrieval service on FastAPI.",
            "Designed the onboarding process for new hires.",
            "Designed a dashboard for the sales team.",
        ] {
            assert!(!shows_system_design(other), "{other}");
        }
    }

    #[test]
    fn other_teams_worked_with_are_stakeholder_work_and_the_own_team_is_not() {
        let ml = "• Ran a 3-week A/B test with the analytics team.\n• Worked with trust & safety on blocked topics and with the seller team on an opt-out.\n• Wrote the model documentation for the validation team.";
        assert_eq!(
            teams_worked_with(ml).into_iter().collect::<Vec<_>>(),
            [
                "analytics team",
                "seller team",
                "trust & safety",
                "validation team"
            ]
        );
        assert!(shows_stakeholder_work(ml));
        let dotnet = "Rules agreed with Finance. Sat with two Finance Ops analysts for a week. Worked with the infra team on network policies.";
        assert!(
            shows_stakeholder_work(dotnet),
            "{:?}",
            teams_worked_with(dotnet)
        );
        // The candidate's own team, or one other team named once, is not a practice.
        for own in [
            "Agreed a short code-review checklist with the team for ML PRs. Paired with my team.",
            "Ran an A/B test with the analytics team. Agreed a checklist with the team.",
            "Worked with Finance on rules. Then worked with the Finance Ops analysts again.",
        ] {
            assert!(
                !shows_stakeholder_work(own),
                "{own}: {:?}",
                teams_worked_with(own)
            );
        }
    }
}
