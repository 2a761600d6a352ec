//! The built-in deck: the seed articles, embedded at build time.

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
