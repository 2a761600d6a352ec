//! The built-in deck: the seed articles, embedded at build time, and the
//! deck extracted from them ahead of time.

/// (file name, text) of every seed article, in file order.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_53af5870e7a11c15.txt",
        include_str!("../seeds/000_53af5870e7a11c15.txt"),
    ),
    (
        "001_084d2a90c93a4124.txt",
        include_str!("../seeds/001_084d2a90c93a4124.txt"),
    ),
    (
        "002_ab77fe9e67c90e4f.txt",
        include_str!("../seeds/002_ab77fe9e67c90e4f.txt"),
    ),
    (
        "003_cf1f1f3e7f326de4.txt",
        include_str!("../seeds/003_cf1f1f3e7f326de4.txt"),
    ),
    (
        "004_b07f34e80eb65bfb.txt",
        include_str!("../seeds/004_b07f34e80eb65bfb.txt"),
    ),
];

/// The deck of [`SEEDS`] as [`crate::packed::pack`] writes it, made by
/// `cargo run --release --bin factquiz -- pack seeds > data/seeds.deck.json`.
/// The web app reads it at start instead of extracting the seeds; a native
/// test (`packed::tests::the_embedded_deck_is_what_extraction_gives`) fails
/// whenever it differs from what extraction gives now.
pub const DECK: &str = include_str!("../data/seeds.deck.json");
