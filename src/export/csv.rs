//! CSV (RFC 4180): one row per question with every field the JSON has.

use super::type_name;
use crate::generate::Question;

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub(super) fn csv(qs: &[Question]) -> String {
    let mut out =
        String::from("id,type,prompt,answer,accept,choices,source_file,source_quote,fact_id\r\n");
    for q in qs {
        let row = [
            q.id.clone(),
            type_name(q.qtype).to_string(),
            q.prompt.clone(),
            q.answer.clone(),
            q.accept.join(" | "),
            q.choices.join(" | "),
            q.source.file.clone(),
            q.source.quote.clone(),
            q.fact_id.clone(),
        ];
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}
