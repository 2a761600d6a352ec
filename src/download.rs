//! The files FactQuiz offers for download, each with the name it is saved
//! under, its MIME type and its bytes: progress to move to another browser,
//! a class's results, a deck file, and every question in an export format.
//! The app offers them all one way.

use crate::deck::Deck;
use crate::deckfile::DeckFile;
use crate::export::{export_file, Format, Report};
use crate::progress::Progress;
use crate::share::Class;

/// A file to download.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

impl Download {
    /// This device's progress, to import in another browser.
    pub fn progress(p: &Progress) -> Download {
        Download {
            name: "factquiz-progress.json".into(),
            mime: "application/json",
            bytes: p.to_json().into_bytes(),
        }
    }

    /// A class's results, one row per student.
    pub fn class_csv(class: &Class) -> Download {
        Download {
            name: "factquiz-class.csv".into(),
            mime: "text/csv",
            bytes: class.csv().into_bytes(),
        }
    }

    /// A deck file (`<name>.factquiz.json`), to open on another device.
    pub fn deck_file(file: &DeckFile) -> Download {
        Download {
            name: file.file_name(),
            mime: "application/json",
            bytes: file.to_json().into_bytes(),
        }
    }

    /// Every question of `deck` in `format`, and what the format left out.
    pub fn questions(deck: &Deck, format: Format) -> (Download, Report) {
        let file = export_file(&deck.questions(0, None), format);
        let download = Download {
            name: format.file_name().into(),
            mime: format.mime(),
            bytes: file.bytes,
        };
        (download, file.report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_is_named_and_typed_for_what_it_holds() {
        let p = Download::progress(&Progress::default());
        assert_eq!(p.name, "factquiz-progress.json");
        assert_eq!(p.mime, "application/json");
        assert_eq!(
            Progress::import(&String::from_utf8(p.bytes).unwrap()).unwrap(),
            Progress::default()
        );
        let deck = Deck::built_in();
        let (kahoot, report) = Download::questions(&deck, Format::Kahoot);
        assert_eq!(kahoot.name, "factquiz-questions-kahoot.xlsx");
        assert_eq!(
            kahoot.mime,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        assert!(kahoot.bytes.starts_with(b"PK"), "a zip");
        assert!(report.exported > 0);
        let (csv, report) = Download::questions(&deck, Format::Csv);
        assert_eq!(
            (csv.name.as_str(), csv.mime),
            ("factquiz-questions.csv", "text/csv")
        );
        assert_eq!(report.exported, deck.questions(0, None).len());
    }
}
