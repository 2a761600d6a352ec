//! Accuracy across past sessions as a small SVG line chart, drawn by hand
//! (the points come from the core). Described in words for screen readers.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// (right, total) of past sessions, oldest first.
    pub sessions: Vec<(usize, usize)>,
}

/// Sessions the chart shows at most.
const SHOWN: usize = 20;

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let (w, h) = (300, 100);
    let pts = crate::progress::chart_points(&props.sessions, SHOWN, w, h);
    let pct = |&(r, t): &(usize, usize)| (r * 100).checked_div(t).unwrap_or(0);
    let shown = &props.sessions[props.sessions.len().saturating_sub(SHOWN)..];
    let label = match shown.len() {
        0 => "No sessions yet.".to_string(),
        n => format!(
            "Accuracy over your last {n} session{}: {}.",
            if n == 1 { "" } else { "s" },
            shown
                .iter()
                .map(|s| format!("{}%", pct(s)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let line = pts
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <figure class="chart">
            <svg viewBox="-8 -8 316 116" role="img" aria-label={label.clone()} preserveAspectRatio="none">
                <line class="axis" x1="0" y1={h.to_string()} x2={w.to_string()} y2={h.to_string()} />
                <line class="grid" x1="0" y1={(h / 2).to_string()} x2={w.to_string()} y2={(h / 2).to_string()} />
                <polyline class="line" points={line} />
                { for pts.iter().map(|(x, y)| html! { <circle class="dot" cx={x.to_string()} cy={y.to_string()} r="4" /> }) }
            </svg>
            <figcaption>{ label }</figcaption>
        </figure>
    }
}
