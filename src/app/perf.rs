//! User Timing marks around the core's work, so the bench (and the browser's
//! performance panel) can read how long extraction and generation take.

/// Runs `f` between two performance marks and records a measure `name`.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &perf {
        p.mark(&start).ok();
    }
    let out = f();
    if let Some(p) = &perf {
        p.mark(&end).ok();
        p.measure_with_start_mark_and_end_mark(name, &start, &end)
            .ok();
    }
    out
}
