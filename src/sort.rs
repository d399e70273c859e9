//! One sorting routine for the whole crate.
//!
//! Every `slice::sort_by_key` call site compiles its own copy of the standard library's sort
//! (3–5 KB of WebAssembly each; twenty of them weighed 87 KB). Here each call only computes
//! a `u128` key per element: the keys are sorted by a single instantiation of the standard
//! sort, and the elements are moved into place by a small permutation loop.

use crate::finding::Span;

/// Sorts `v` by `key`, stable (equal keys keep their order).
pub fn by_key<T>(v: &mut [T], mut key: impl FnMut(&T) -> u128) {
    // Lists often arrive in order already (spans found left to right): then nothing moves,
    // and nothing is allocated.
    let mut last = None;
    if v.iter().all(|x| {
        let k = key(x);
        let ordered = last.is_none_or(|l| l <= k);
        last = Some(k);
        ordered
    }) {
        return;
    }
    let mut order: Vec<(u128, u32)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i as u32))
        .collect();
    sort_keys(&mut order);
    let mut from: Vec<u32> = order.into_iter().map(|(_, i)| i).collect();
    permute(v, &mut from);
}

/// Sorts `v` by `key` and removes elements whose key equals the previous one's.
pub fn by_key_dedup<T>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> u128) {
    by_key(v, &mut key);
    let mut last = None;
    v.retain(|x| {
        let k = key(x);
        let keep = last != Some(k);
        last = Some(k);
        keep
    });
}

/// The one instantiation of the standard sort.
#[inline(never)]
fn sort_keys(keys: &mut [(u128, u32)]) {
    keys.sort_unstable();
}

/// Moves `v[from[i]]` to `v[i]` for every `i`, following cycles (`from` is consumed).
fn permute<T>(v: &mut [T], from: &mut [u32]) {
    for i in 0..v.len() {
        let mut j = i;
        loop {
            let k = from[j] as usize;
            from[j] = j as u32;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

/// Sorts spans by start, then end, and removes duplicates.
pub fn spans(v: &mut Vec<Span>) {
    by_key_dedup(v, |s| span_key(*s));
}

/// The key of a span: by start, then end (the order `Span` derives).
pub fn span_key(s: Span) -> u128 {
    key4(sat(s.start), sat(s.end), 0, 0)
}

/// Packs up to four 32-bit keys, most significant first.
pub fn key4(a: u32, b: u32, c: u32, d: u32) -> u128 {
    (a as u128) << 96 | (b as u128) << 64 | (c as u128) << 32 | d as u128
}

/// A key component that sorts `x` in descending order.
pub fn desc(x: usize) -> u32 {
    u32::MAX - sat(x)
}

/// A key component for `x` (offsets and lengths fit in 32 bits: inputs are limited to far
/// less than 4 GiB).
pub fn sat(x: usize) -> u32 {
    x.min(u32::MAX as usize) as u32
}

/// A key component for a float in ascending total order (`-0.0 < 0.0`, NaN last).
pub fn float(x: f32) -> u32 {
    let b = x.to_bits();
    if b >> 31 == 1 {
        !b
    } else {
        b | 1 << 31
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_complete() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        let mut expected = v.clone();
        expected.sort_by_key(|x| x.0);
        by_key(&mut v, |x| x.0 as u128);
        assert_eq!(v, expected);
        let mut w: Vec<u32> = Vec::new();
        by_key(&mut w, |&x| x as u128);
        assert!(w.is_empty());
    }

    #[test]
    fn matches_the_standard_sort_on_many_permutations() {
        let mut seed = 7u64;
        for n in 0..60usize {
            let mut v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| std::cmp::Reverse(x.0));
            by_key(&mut v, |x| desc(x.0 as usize) as u128);
            assert_eq!(v, expected, "n = {n}");
        }
    }

    #[test]
    fn dedup_and_keys() {
        let mut v = vec![5u32, 1, 5, 3, 1];
        by_key_dedup(&mut v, |&x| x as u128);
        assert_eq!(v, vec![1, 3, 5]);
        assert!(key4(1, 0, 0, 0) > key4(0, u32::MAX, u32::MAX, u32::MAX));
        let mut f = [0.5f32, -1.0, 0.0, -0.0, 2.0, f32::NAN];
        let mut expected = f;
        expected.sort_by(f32::total_cmp);
        by_key(&mut f, |&x| float(x) as u128);
        assert_eq!(format!("{f:?}"), format!("{expected:?}"));
    }
}
