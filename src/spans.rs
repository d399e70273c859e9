//! A set of disjoint byte ranges claimed one by one, in any order (by score, by pass): is a
//! range free, which claimed ranges does it meet, claim it.
//!
//! A sorted list plus a short unsorted tail merged into it when it grows: a sorted list alone
//! shifted on every claim (quadratic on long texts), and a B-tree map is a sizeable part of
//! the WebAssembly module for the two places that need one.

/// Disjoint `[start, end)` ranges.
#[derive(Debug, Default)]
pub(crate) struct SpanSet {
    /// Sorted by start.
    sorted: Vec<(usize, usize)>,
    /// Claimed since the last merge, in any order.
    recent: Vec<(usize, usize)>,
}

impl SpanSet {
    /// The claimed ranges that meet `[s, e)`, in order.
    pub fn meeting(&self, s: usize, e: usize) -> Vec<(usize, usize)> {
        let i = self.sorted.partition_point(|&(_, b)| b <= s);
        let mut out: Vec<(usize, usize)> = self.sorted[i..]
            .iter()
            .take_while(|&&(a, _)| a < e)
            .copied()
            .collect();
        let before = out.len();
        out.extend(self.recent.iter().filter(|&&(a, b)| a < e && b > s));
        if out.len() > before {
            crate::sort::by_key(&mut out, |&(a, _)| a as u128);
        }
        out
    }

    /// True when a claimed range meets `[s, e)`.
    pub fn meets(&self, s: usize, e: usize) -> bool {
        let i = self.sorted.partition_point(|&(_, b)| b <= s);
        self.sorted.get(i).is_some_and(|&(a, _)| a < e)
            || self.recent.iter().any(|&(a, b)| a < e && b > s)
    }

    /// Claims `[s, e)` (free: the callers check first).
    pub fn insert(&mut self, s: usize, e: usize) {
        self.recent.push((s, e));
        // Merged when the tail outgrows the square root of the list: each claim then costs
        // about that much, however many there are.
        if self.recent.len() * self.recent.len() > self.sorted.len().max(1024) {
            self.sorted.append(&mut self.recent);
            crate::sort::by_key(&mut self.sorted, |&(a, _)| a as u128);
        }
    }

    /// Removes the ranges that start at `s` or later, up to the first that ends past `e`;
    /// true when there were any.
    pub fn remove_inside(&mut self, s: usize, e: usize) -> bool {
        // The first range (in order) that starts at `s` or later and ends past `e`.
        let i = self.sorted.partition_point(|&(a, _)| a < s);
        let stop = self.sorted[i..]
            .iter()
            .chain(self.recent.iter().filter(|&&(a, _)| a >= s))
            .filter(|&&(_, b)| b > e)
            .map(|&(a, _)| a)
            .min()
            .unwrap_or(usize::MAX);
        let inside = |&(a, _): &(usize, usize)| a >= s && a < stop;
        let n = self.sorted.len() + self.recent.len();
        self.sorted.retain(|r| !inside(r));
        self.recent.retain(|r| !inside(r));
        self.sorted.len() + self.recent.len() < n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set against a plain list of ranges, over claims in scattered order (enough of
    /// them to merge the tail several times).
    #[test]
    fn same_as_a_plain_list() {
        let mut set = SpanSet::default();
        let mut plain: Vec<(usize, usize)> = Vec::new();
        let mut x = 7usize;
        for _ in 0..3000 {
            x = (x * 1_103_515_245 + 12_345) % 1_000_003;
            let s = x % 50_000;
            let e = s + 1 + x % 7;
            let meets = plain.iter().any(|&(a, b)| a < e && b > s);
            assert_eq!(set.meets(s, e), meets);
            let mut want: Vec<(usize, usize)> = plain
                .iter()
                .copied()
                .filter(|&(a, b)| a < e + 20 && b > s)
                .collect();
            want.sort();
            assert_eq!(set.meeting(s, e + 20), want);
            if x.is_multiple_of(11) {
                let mut sorted = plain.clone();
                sorted.sort();
                let stop = sorted
                    .iter()
                    .filter(|&&(a, b)| a >= s && b > e + 30)
                    .map(|&(a, _)| a)
                    .min()
                    .unwrap_or(usize::MAX);
                let before = plain.len();
                plain.retain(|&(a, _)| !(a >= s && a < stop));
                assert_eq!(set.remove_inside(s, e + 30), plain.len() < before);
            } else if !meets {
                set.insert(s, e);
                plain.push((s, e));
            }
        }
    }
}
