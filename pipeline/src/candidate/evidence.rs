//! Skills the files show in other words than the skill's name. A posting asks for
//! "stakeholder management"; an engineer's records say "worked with trust & safety … and with the
//! seller team" or "sat with two Finance Ops analysts for a week". Read only on the candidate's
//! side: the same words in a posting ("you will work with the data team", a sales posting's
//! "hit quarterly goals") describe the job, not a requirement, so they are no lexicon aliases.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

/// A skill the files show in other words, with the first line that shows it (cited where the
/// pack says where a skill was found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub skill: &'static str,
    pub line: String,
}

/// Whether a line of the files shows a skill in other words.
type LineRule = fn(&str) -> bool;

/// The skills `text` (the master CV and the knowledge base) shows in other words: stakeholder
/// work as other teams worked with ([`shows_stakeholder_work`]), scalability as a load served at
/// a high rate ([`runs_at_scale`]), system design as a system designed ([`designs_a_system`]),
/// performance work as a workload tuned, legacy work as old systems replaced, OKRs as quarterly
/// goals set.
pub fn shown_in_other_words(text: &str) -> Vec<Shown> {
    let mut out = Vec::new();
    let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
    if shows_stakeholder_work(text) {
        if let Some(line) = lines().find(|l| !teams_worked_with(l).is_empty()) {
            out.push(Shown {
                skill: "Stakeholder management",
                line: line.to_string(),
            });
        }
    }
    // Each shown by the first line a rule reads it in. "Set quarterly goals with product" (the
    // demo manager): Agoda's "setting OKRs/KPIs" was "nothing in the files" to both round-99
    // readers.
    let rules: [(&'static str, LineRule); 6] = [
        ("Root cause analysis", finds_a_failures_cause),
        ("Scalability", runs_at_scale),
        ("System design", designs_a_system),
        ("Performance engineering", tunes_a_workload),
        ("Technical debt", replaces_old_systems),
        ("OKRs", sets_quarterly_goals),
    ];
    for (skill, shows) in rules {
        if let Some(line) = lines().find(|l| shows(l)) {
            out.push(Shown {
                skill,
                line: line.to_string(),
            });
        }
    }
    out
}

/// The least load a line must state to show work at scale, per unit of time: "~15k pages/day
/// at peak", "2,000 requests per second", "120k card transactions/day"; not "30 requests a day"
/// nor "5 requests per second".
fn scale_at_least(unit: &str) -> f64 {
    match unit {
        "second" | "sec" | "s" => 50.0,
        "minute" | "min" => 500.0,
        "hour" => 1_000.0,
        _ => 10_000.0,
    }
}

/// Whether a line states a system's load as a rate of at least [`scale_at_least`] ("serving
/// 2,000 requests per second", "~15k pages/day at peak"): scalability, which Akamai's pack called
/// "nothing in the files" beside an OCR service at 15k pages a day (both round-131 readers).
fn runs_at_scale(line: &str) -> bool {
    static RATE: OnceLock<Regex> = OnceLock::new();
    crate::text::re(
        &RATE,
        r"(?i)(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\+?\s+(?:[\w-]+\s+){0,2}?(?:events|requests|messages|transactions|pages|records|rows|calls|queries|documents|orders|payments|predictions|images|files)(?:\s+(?:per|a|an|each)\s+|\s*/\s*)(second|sec|s|minute|min|hour|day)\b|(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\s*(rps|qps|tps)\b",
    )
    .captures_iter(line)
    .any(|c| {
        let (number, scale, unit) = match c.get(1) {
            Some(n) => (n.as_str(), c.get(2), c.get(3).map_or("", |m| m.as_str())),
            None => (c.get(4).map_or("0", |m| m.as_str()), c.get(5), "second"),
        };
        let value: f64 = number.replace(',', "").parse().unwrap_or(0.0);
        let times = match scale.map(|m| m.as_str().to_lowercase()).as_deref() {
            Some("k" | "thousand") => 1e3,
            Some("m" | "million") => 1e6,
            _ => 1.0,
        };
        value * times >= scale_at_least(&unit.to_lowercase())
    })
}

/// Whether a line says its writer tuned a workload ("Tuned Spark jobs and Snowflake warehouse
/// sizing", "optimised the slowest SQL queries"): performance work, which both round-113 readers
/// found reported missing beside Epergne's "Lead performance optimization for Spark". Not
/// "hand-tuned boosts" (rules set by hand) nor "rules were tuned" (no workload).
fn tunes_a_workload(line: &str) -> bool {
    // Not a job board's postings, a model's hyperparameters, a warehouse's stock or a helpdesk's
    // customers: "Optimized job postings", "hyperparameter tuning jobs", "optimised warehouse
    // throughput", "customer query handling" (a review of round 113's change).
    let lower = line.to_lowercase();
    if ["job posting", "job ad", "hyperparameter"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return false;
    }
    static TUNED: OnceLock<Regex> = OnceLock::new();
    crate::text::re(
        &TUNED,
        r"(?i)(?:^|[^\w-])(?:tuned|tuning|optimi[sz]ed|optimi[sz]ing)[ \t]+(?:the[ \t]+|our[ \t]+)?((?:[\w.,-]+[ \t]+){0,4}?)(?:jobs?|quer(?:y|ies)|clusters?|indexes|indices|workloads?|throughput|latency|hot[ \t]+paths?)\b",
    )
    .captures_iter(line)
    .any(|c| {
        let words = c[1].to_lowercase();
        !["warehouse", "customer", "support", "ticket"]
            .iter()
            .any(|w| words.contains(w))
    })
}

/// Whether a line says its writer replaced or retired an old system, or ran old and new side by
/// side ("Replaced around 60 cron-scheduled Python scripts with Airflow DAGs", "ran old and new
/// pipelines in parallel for each domain"): legacy systems refactored without breaking their
/// consumers, which CloudLinux asked four times and the data engineer's pack called "nothing in
/// the files" (both round-116 readers). Not a new system built, nor "old" as an age ("a
/// 10-year-old customer").
fn replaces_old_systems(line: &str) -> bool {
    static OLD: OnceLock<Regex> = OnceLock::new();
    crate::text::re(
        &OLD,
        r"(?i)\b(?:replaced|retired|decommissioned|phased[ \t]+out|switched[ \t]+off|migrated|rewrote)[ \t]+(?:off[ \t]+|away[ \t]+from[ \t]+|from[ \t]+)?(?:the[ \t]+|our[ \t]+|an?[ \t]+|around[ \t]+|about[ \t]+|\d+[ \t]+|\d+-year-old[ \t]+|[\w-]+['’]s[ \t]+)*(?:legacy|old|cron(?:-scheduled)?|monolith(?:ic)?|hand-rolled|ageing|aging)\b|\bran[ \t]+(?:the[ \t]+)?old[ \t]+and[ \t]+(?:the[ \t]+)?new\b",
    )
    .is_match(line)
}

/// Whether a line says what made something fail ("Nightly billing runs failed about 14 times a
/// month because upstream meter data changed shape without notice", "traced the checkout outages
/// to a connection-pool leak"): a failure's cause found, which the record's fix then answers. The
/// demo manager's billing record was "nothing in the files" for Jobgether's "perform root cause
/// analysis on technical issues, and implement preventive solutions" (round 140's hiring
/// manager). So does one saying how long diagnosing failures took ("Incidents … took hours to
/// diagnose"), which the record then shortened. Not an error as a model's measure ("forecast
/// error fell because …").
pub(crate) fn finds_a_failures_cause(line: &str) -> bool {
    static CAUSE: OnceLock<Regex> = OnceLock::new();
    // A result's drop is no cause found: "Failed billing runs fell from 14 to 1 because of data
    // contracts" tells the fix, "Cut production incidents by 60% due to better test coverage"
    // a result (the session-23 review).
    static DROP: OnceLock<Regex> = OnceLock::new();
    if crate::text::re(
        &DROP,
        r"(?i)\b(?:fell|cut|reduced|dropped|lowered|down|fewer|decreased)\b",
    )
    .is_match(line)
    {
        return false;
    }
    crate::text::re(
        &CAUSE,
        r"(?i)\b(?:fail(?:ed|s|ing|ures?)|outages?|incidents?|crash(?:ed|es|ing)?|broke|breakages?|downtime|bugs?)\b[^.;]{0,120}?(?:\b(?:because|caused\s+by|due\s+to|stemm(?:ed|ing)\s+from|root[- ]caused?)\b|\bto\s+diagnose\b)|\btraced\s+(?:the\s+|our\s+|an?\s+|\w+\s+){0,4}?(?:fail(?:ed|ures?)|outages?|incidents?|crash(?:es)?|breakages?|bugs?|timeouts?)\s+(?:\w+\s+){0,4}?to\s+(?:an?|the|its|their|one|two|three)\b",
    )
    .is_match(line)
}

/// Whether a line says its writer set quarterly goals ("set quarterly goals with product"), not
/// that they met someone's ("Exceeded quarterly goals 6 quarters running").
fn sets_quarterly_goals(line: &str) -> bool {
    static SET: OnceLock<Regex> = OnceLock::new();
    crate::text::re(
        &SET,
        r"(?i)\b(?:set|setting|defined|defining|wrote|owned|introduced|agreed)[ \t]+(?:the[ \t]+|our[ \t]+|team[ \t]+)?quarterly[ \t]+(?:goals|objectives)\b",
    )
    .is_match(line)
}

/// Functions outside engineering a record may say it worked with by name alone ("worked with
/// Finance", "with trust & safety"), lower case; only after a verb of working with people, so
/// "extended the API with support for …" or "shipped it with security scanning" names none, and
/// not before a thing ("worked with product analytics data", "aligned logging with security
/// requirements"). On one line.
const FUNCTION_WORK: &str = r"(?i)\b(?:worked|working|partnered|collaborated|sat|agreed|aligned|coordinated|met|paired|teamed[ \t]+up)[ \t]+(?:\w+[ \t]+){0,3}?with[ \t]+(?:the[ \t]+)?(finance|product|design|legal|compliance|risk|sales|marketing|operations|support|trust[ \t]*&[ \t]*safety|security|customers?|clients?|regulators?|auditors?)\b([ \t]+[a-z]+)?";

/// Words after a function's name that make it a thing, not people ("product analytics data").
const THINGS: [&str; 10] = [
    "data",
    "requirements",
    "tooling",
    "tools",
    "scanning",
    "analytics",
    "metrics",
    "features",
    "checks",
    "reviews",
];

/// The other teams and functions `text` says the candidate worked with or for ("analytics
/// team", "trust & safety", "finance ops analysts"), lower case and deduplicated. The
/// candidate's own team ("with the team", "with my team") is none.
pub fn teams_worked_with(text: &str) -> BTreeSet<String> {
    static TEAM: OnceLock<Regex> = OnceLock::new();
    static FUNCTION: OnceLock<Regex> = OnceLock::new();
    // One to three words naming the team on the same line, the last "team(s)" or "analysts".
    let team = crate::text::re(
        &TEAM,
        r"(?i)\b(?:with|for)[ \t]+(?:the[ \t]+|two[ \t]+|three[ \t]+|several[ \t]+)?((?:[a-z&-]+[ \t]+){1,3}?(?:teams?|analysts))\b",
    );
    let function = crate::text::re(&FUNCTION, FUNCTION_WORK);
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
        let next = caps
            .get(2)
            .map_or(String::new(), |m| m.as_str().trim().to_lowercase());
        if THINGS.contains(&next.as_str()) {
            continue;
        }
        // "customers" and "the customer" are one function.
        let words = caps[1].to_lowercase();
        let words = match words.strip_suffix('s') {
            Some(one) if ["customer", "client", "regulator", "auditor"].contains(&one) => {
                one.to_string()
            }
            _ => words,
        };
        // "with Finance" and "with the Finance Ops analysts" are one function; "product" and
        // "production support team" are two.
        let first = words.split_whitespace().next().unwrap_or("");
        if !named
            .iter()
            .any(|n| n.split_whitespace().next() == Some(first))
        {
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

/// Whether a line says its writer designed a system ("Designed the team's LLM evaluation
/// harness: …", "Designed and built a daily settlement reconciliation service", "I designed the
/// target layout with Delta Lake tables"): system design, which round 98's readers found reported
/// as "nothing in the files shows it" for an engineer whose CV opens on such a line. Only
/// "designed" or "architected" with a system's noun as its object, within the sentence: "built a
/// service" is building, and "designed a dashboard for the billing service" or "designed the
/// hiring process" designed no system.
pub fn designs_a_system(line: &str) -> bool {
    static DESIGNED: OnceLock<Regex> = OnceLock::new();
    // A word may hold a dot inside it ("ASP.NET", "Node.js"), not at its end (a sentence's).
    let re = crate::text::re(
        &DESIGNED,
        r"(?i)\b(?:designed|architected|re-architected)\b(?:[ \t]+and[ \t]+\w+)?[ \t]+(?:the|a|an|our|its)?[ \t]*((?:[\w'’+-]+(?:\.[\w+-]+)*[ \t]+){0,5}?)(?:services?|systems?|platforms?|pipelines?|apis?|architecture|harness|layout|schema|data[ \t]+model|assistant|engine)\b",
    );
    // A link word before a determiner starts another phrase ("a dashboard for the billing
    // service"); inside a name it does not ("a point of sale system").
    const LINKS: [&str; 9] = ["for", "to", "with", "from", "of", "on", "in", "at", "by"];
    const DETERMINERS: [&str; 6] = ["the", "a", "an", "our", "its", "their"];
    re.captures_iter(line).any(|caps| {
        let words: Vec<String> = caps[1].split_whitespace().map(str::to_lowercase).collect();
        !words
            .windows(2)
            .any(|w| LINKS.contains(&w[0].as_str()) && DETERMINERS.contains(&w[1].as_str()))
            && !words.last().is_some_and(|w| LINKS.contains(&w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_told_with_its_cause_is_root_cause_analysis() {
        for found in [
            "- situation: Nightly billing runs failed about 14 times a month because upstream meter data changed shape without notice.",
            "Traced the intermittent checkout timeouts to a connection-pool leak and fixed it.",
            "Outages every release, caused by untested schema migrations.",
            // Diagnosing them is finding it (the fixture's tracing record).
            "- situation: Incidents were found by customers and took hours to diagnose.",
        ] {
            assert!(finds_a_failures_cause(found), "{found}");
        }
        for not in [
            "Cut forecast error by 11% because of better weather features.",
            "Failed billing runs fell from 14 to 1 per month.",
            "Chose Kafka because the team knew it.",
            "Cut production incidents by 60% due to better test coverage.",
            "Failed billing runs fell from 14 to 1 per month because of data contracts.",
            "Fixed UI bugs in the patient diagnosis app.",
            "Traced API errors to Honeycomb.",
            "Traced the forecast errors to a holiday effect.",
        ] {
            assert!(!finds_a_failures_cause(not), "{not}");
        }
        let shown = shown_in_other_words(
            "- situation: Nightly billing runs failed about 14 times a month because upstream meter data changed shape without notice.\n",
        );
        assert!(
            shown.iter().any(|s| s.skill == "Root cause analysis"),
            "{shown:?}"
        );
    }

    #[test]
    fn a_load_stated_as_a_high_rate_is_work_at_scale() {
        for scaled in [
            "● Packaged the OCR pipeline as a Dockerised Flask service used by 3 insurance clients, ~15k pages/day at peak.",
            "- Built a fraud-scoring service serving 2,000 requests per second.",
            "handling 40k events per second",
            "volume had grown to ~120k card transactions/day",
            "Sustained 5k rps on the edge tier",
        ] {
            assert!(runs_at_scale(scaled), "{scaled}");
        }
        for other in [
            "Answered 30 requests a day",
            "Exported 3 records as CSV",
            "Handled 5 requests per second",
            "Reviewed 12 pull requests per day",
            "Cut p99 latency from 480 ms to 180 ms",
            "Processed 2.3M applications in a backfill",
        ] {
            assert!(!runs_at_scale(other), "{other}");
        }
        let shown = shown_in_other_words("- Built a service handling 40k events per second.");
        assert!(shown.iter().any(|s| s.skill == "Scalability"));
    }

    #[test]
    fn old_systems_replaced_are_legacy_work() {
        for replaced in [
            "- Replaced around 60 cron-scheduled Python scripts with Airflow DAGs, adding retries",
            "- action: I designed the target layout, and ran old and new pipelines in parallel for each domain",
            "Replaced a legacy scorecard with an explainable LightGBM model",
            "Decommissioned the monolithic billing service",
            "Migrated from a legacy on-prem Hadoop cluster to Databricks",
            "Replaced a 10-year-old legacy Perl service",
            "Rewrote the company's legacy billing",
        ] {
            assert!(replaces_old_systems(replaced), "{replaced}");
        }
        for other in [
            "Built a new ingestion service on Kafka",
            "Replaced manual reviews with a checklist",
            "Supported a 10-year-old customer base",
            "Migrated 60 services to Kubernetes",
        ] {
            assert!(!replaces_old_systems(other), "{other}");
        }
        let shown = shown_in_other_words(
            "- Replaced around 60 cron-scheduled Python scripts with Airflow DAGs",
        );
        assert!(shown.iter().any(|s| s.skill == "Technical debt"));
    }

    #[test]
    fn a_workload_tuned_is_performance_work() {
        for tuned in [
            "- Tuned Spark jobs and Snowflake warehouse sizing for reporting workloads",
            "Optimised the slowest SQL queries behind the billing dashboard",
            "Tuned Postgres indexes for the order search",
            "Tuned long-running Spark jobs",
            "Tuned Postgres, Redis and Kafka clusters",
        ] {
            assert!(tunes_a_workload(tuned), "{tuned}");
        }
        for other in [
            "Replaced rule-based search ordering (BM25 + hand-tuned boosts) with a re-ranker",
            "Auto-match rate reached 99.6% after the tolerance rules were tuned.",
            "Optimised the onboarding process for new hires.",
            "Optimized job postings on LinkedIn",
            "Ran hyperparameter tuning jobs on SageMaker",
            "Optimised warehouse throughput by 20%",
            "Optimised customer query handling in Zendesk",
        ] {
            assert!(!tunes_a_workload(other), "{other}");
        }
    }

    #[test]
    fn a_system_designed_is_system_design_and_other_design_is_not() {
        for designed in [
            "● Designed the team's LLM evaluation harness: 600-question golden set",
            "Designed and built a daily settlement reconciliation service (.NET 6)",
            "- action: I designed the target layout with Delta Lake tables",
            "Designed the event pipeline on Kafka that feeds learner analytics",
            "Designed the ASP.NET Core settlement service",
            "Designed a point of sale system for 40 stores",
        ] {
            assert!(designs_a_system(designed), "{designed}");
        }
        for other in [
            "Built the retrieval service on FastAPI.",
            "Designed the onboarding process for new hires.",
            "Designed a dashboard for the billing service.",
        ] {
            assert!(!designs_a_system(other), "{other}");
        }
        // Read line by line: a design in one bullet and a service in the next are no system.
        let two = "- Designed the hiring process.\n- Built Python services.";
        assert!(shown_in_other_words(two)
            .iter()
            .all(|s| s.skill != "System design"));
    }

    #[test]
    fn other_teams_worked_with_are_stakeholder_work_and_the_own_team_is_not() {
        let ml = "• Ran a 3-week A/B test with the analytics team.\n• Worked with trust & safety on blocked topics and with the seller team on an opt-out.\n• Wrote the model documentation for the model-validation team.";
        assert_eq!(
            teams_worked_with(ml).into_iter().collect::<Vec<_>>(),
            [
                "analytics team",
                "model-validation team",
                "seller team",
                "trust & safety"
            ]
        );
        assert_eq!(
            shown_in_other_words(ml),
            [Shown {
                skill: "Stakeholder management",
                line: "• Ran a 3-week A/B test with the analytics team.".into()
            }]
        );
        let dotnet = "Rules agreed with Finance. Sat with two Finance Ops analysts for a week. Worked with the infra team on network policies.";
        assert!(
            shows_stakeholder_work(dotnet),
            "{:?}",
            teams_worked_with(dotnet)
        );
        // The candidate's own team, one other team named once, or a function named without
        // working with it, is not a practice.
        for own in [
            "Agreed a short code-review checklist with the team for ML PRs. Paired with my team.",
            "Ran an A/B test with the analytics team. Agreed a checklist with the team.",
            "Worked with Finance on rules. Then worked with the Finance Ops analysts again.",
            "Extended the billing API with support for multi-currency and shipped it with security scanning in CI.",
            "Worked with customers on onboarding. Met with the customer weekly.",
            "Worked with product analytics data. Aligned logging with security requirements.",
        ] {
            assert!(
                !shows_stakeholder_work(own),
                "{own}: {:?}",
                teams_worked_with(own)
            );
        }
    }

    #[test]
    fn quarterly_goals_set_are_okrs_on_the_candidates_side() {
        let shown = shown_in_other_words(
            "- action: Wrote a hiring loop; set quarterly goals with product.",
        );
        assert!(shown.iter().any(|s| s.skill == "OKRs"), "{shown:?}");
        let met = shown_in_other_words("- Exceeded quarterly goals 6 quarters running.");
        assert!(met.iter().all(|s| s.skill != "OKRs"), "{met:?}");
    }
}
