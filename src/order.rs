//! One way to sort by an integer key. Every `sort_by` with its own closure is
//! compiled anew (a few KB of WebAssembly each); routing the core's sorts
//! through this single instantiation keeps the web app small. Ties keep their
//! original order, so results are deterministic on every platform.

/// A sort key: compared element by element.
pub type Key = [i64; 2];

/// A float score as a key part that sorts the same way (higher score, higher key).
pub fn score_key(x: f32) -> i64 {
    (f64::from(x) * 1e6).round() as i64
}

/// Sorts `v` ascending by `key`, keeping the order of equal keys.
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let mut tagged: Vec<(Key, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    tagged.sort_unstable();
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(tagged.into_iter().filter_map(|(_, i)| old[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut v = vec![("b", 2), ("a", 1), ("c", 2), ("d", 0)];
        sort_by_key(&mut v, |x| [x.1, 0]);
        assert_eq!(v, vec![("d", 0), ("a", 1), ("b", 2), ("c", 2)]);
        let mut w = vec![0.5f32, 0.9, 0.1];
        sort_by_key(&mut w, |x| [-score_key(*x), 0]);
        assert_eq!(w, vec![0.9, 0.5, 0.1]);
    }
}
