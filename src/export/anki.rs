//! Anki-importable tab-separated text (front: the prompt and its options;
//! back: the answer and the source sentence).

use crate::generate::Question;

fn anki_field(s: &str) -> String {
    let s = s.replace(['\t', '\n', '\r'], " ");
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub(super) fn anki(qs: &[Question]) -> String {
    let mut out = String::from("#separator:tab\n#html:true\n#columns:Front\tBack\n");
    for q in qs {
        let mut front = anki_field(&q.prompt);
        if !q.choices.is_empty() {
            front.push_str("<br>");
            front.push_str(
                &q.choices
                    .iter()
                    .map(|c| anki_field(c))
                    .collect::<Vec<_>>()
                    .join(" / "),
            );
        }
        let back = format!(
            "{}<br><br><i>{}</i> ({})",
            anki_field(&q.answer),
            anki_field(&q.source.quote),
            anki_field(&q.source.file)
        );
        out.push_str(&format!("{front}\t{back}\n"));
    }
    out
}
