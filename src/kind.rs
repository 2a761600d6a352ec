//! The kinds of answer a fact or question can have.

use serde::{Deserialize, Serialize};

/// What an answer is. The checker's rules depend on it (numbers and dates
/// get no typo tolerance; people may drop titles, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Date,
    Person,
    Organization,
    Place,
    Definition,
    Relation,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Number,
        Kind::Date,
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Definition,
        Kind::Relation,
        Kind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Definition => "definition",
            Kind::Relation => "relation",
            Kind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }
}
