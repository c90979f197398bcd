mod common;
use pipeline::layers::{jd, pain_points, stars};

#[test]
fn zz_debug_stars() {
    let idx: usize = std::env::var("JOB").unwrap().parse().unwrap();
    let c = pipeline::candidate::Candidate::from_texts(
        pipeline::demo::DEMO_MASTER_CV,
        pipeline::demo::DEMO_KNOWLEDGE_BASE,
    )
    .unwrap();
    let jobs = common::corpus_jobs();
    let job = pipeline::layers::JobInput::from(&jobs[idx]);
    let a = jd::analyse(&job);
    let p = pain_points::mine(&a);
    let m = stars::rank(&p, &c.stars);
    for (pp, row) in p.pain_points.iter().zip(&m) {
        println!(
            "{} {:?} | {}",
            pp.id,
            row.iter()
                .map(|x| (x * 100.0).round() / 100.0)
                .collect::<Vec<_>>(),
            &pp.text.chars().take(90).collect::<String>()
        );
    }
    for s in &c.stars {
        println!(
            "{} worked={:?} central={:?}",
            s.id,
            stars::worked_skills(s),
            stars::central_skills(s)
        );
    }
    let sel = stars::select(&a, &p, &c.stars);
    for s in &sel.selected {
        println!("{} {} {}", s.star_id, s.score, s.reason);
    }
}
