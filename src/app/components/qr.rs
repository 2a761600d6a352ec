//! A QR code drawn as SVG from the core's module path (dark on white, with
//! its quiet zone, in both colour schemes so phones can scan it).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    /// What the code holds (a link, a result code).
    pub text: AttrValue,
    /// What it is, for screen readers ("QR code of the quiz link").
    pub label: AttrValue,
}

#[component]
pub fn Qr(props: &QrProps) -> Html {
    match crate::share::qr_path(&props.text) {
        Some((w, d)) => {
            let side = w + 8;
            html! {
                <svg class="qr" viewBox={format!("-4 -4 {side} {side}")} role="img" aria-label={props.label.clone()}
                    shape-rendering="crispEdges">
                    <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path {d} fill="#000" />
                </svg>
            }
        }
        None => html! { <p class="note">{ "Too long for a QR code: share the text instead." }</p> },
    }
}
