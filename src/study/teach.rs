//! The teacher's quiz under review in Teach: its title, its seed, the
//! questions dropped from it and whether its code was asked for. Kept while
//! the app is open (so the same quiz is there after printing its answer
//! key), not saved; other test settings make another quiz, so nothing of the
//! review carries over to them.

/// The quiz builder's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub title: String,
    /// The seed of the quiz under review (a quiz code holds 16 bits of it).
    pub seed: u16,
    /// The teacher's drops: positions in the candidate order, in the order dropped.
    pub drops: Vec<usize>,
    /// The code was asked for.
    pub made: bool,
}

/// What the teacher does to the quiz under review.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Title(String),
    /// Drop the question at this position of the candidate order.
    Drop(usize),
    /// Bring a dropped question back.
    Undo(usize),
    /// Make the quiz code.
    Make,
}

impl Draft {
    /// A new quiz with this seed.
    pub fn new(seed: u16) -> Draft {
        Draft {
            seed,
            ..Draft::default()
        }
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Title(t) => self.title = t,
            Edit::Drop(i) => {
                if !self.drops.contains(&i) {
                    self.drops.push(i);
                }
            }
            Edit::Undo(i) => self.drops.retain(|d| *d != i),
            Edit::Make => self.made = true,
        }
    }

    /// Other settings make another quiz: its drops and code are gone.
    pub fn settings_changed(&mut self) {
        self.drops.clear();
        self.made = false;
    }
}
