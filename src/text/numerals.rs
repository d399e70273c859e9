//! Chinese numerals: article numbers (第一百零一条), amounts in words (壹拾贰万叁仟),
//! year digits (二〇二〇). Arabic digits are accepted wherever Chinese ones are.

/// The value of a single digit character: 〇/○/零, 一…九, 两, 壹…玖 (and traditional forms),
/// or an ASCII digit.
pub fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '0'..='9' => c as u32 - '0' as u32,
        '零' | '〇' | '○' | 'Ｏ' | 'O' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '貳' | '两' | '兩' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a small unit character: 十/拾 10, 百/佰 100, 千/仟 1000.
fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// The value of a large unit character: 万/萬 10⁴, 亿/億 10⁸.
fn large_unit(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for any character [`parse_int`] understands.
pub fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some() || large_unit(c).is_some()
}

/// Parses a whole numeral: `一百零一` → 101, `十五` → 15, `壹拾贰万叁仟` → 123000, `二〇二〇` →
/// 2020 (digit by digit when there are no unit characters), `99` → 99.
///
/// Returns `None` for an empty string, any other character, misplaced units (`百百`) or an
/// overflow.
pub fn parse_int(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if !s
        .chars()
        .any(|c| small_unit(c).is_some() || large_unit(c).is_some())
    {
        // Positional: 2020, 二〇二〇, 一九八五.
        let mut v: u64 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(digit_value(c)? as u64)?;
        }
        return Some(v);
    }
    let mut total: u64 = 0; // completed 亿 and 万 sections
    let mut section: u64 = 0; // value below the current large unit
    let mut digit: Option<u64> = None; // pending digit
    let mut last_small = u64::MAX; // small units must decrease inside a section
    let mut last_large = u64::MAX;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            if d == 0 {
                digit = None; // 零 only marks a gap
                continue;
            }
            if digit.is_some() {
                return None; // two digits in a row without a unit
            }
            digit = Some(d as u64);
        } else if let Some(u) = small_unit(c) {
            if u >= last_small {
                return None;
            }
            last_small = u;
            // A bare 十 at the start means 一十.
            section = section.checked_add(digit.take().unwrap_or(1).checked_mul(u)?)?;
        } else if let Some(u) = large_unit(c) {
            if u >= last_large {
                // 万万 / 亿…亿 out of order; 万 after 亿 is fine (u < last_large).
                return None;
            }
            section = section.checked_add(digit.take().unwrap_or(0))?;
            if section == 0 && total == 0 {
                return None;
            }
            total = total.checked_add(section.checked_mul(u)?)?;
            section = 0;
            last_small = u64::MAX;
            last_large = u;
        } else {
            return None;
        }
    }
    total.checked_add(section)?.checked_add(digit.unwrap_or(0))
}

/// Writes `n` in lower-case Chinese numerals as used in article numbers: 101 → 一百零一,
/// 15 → 十五, 20 → 二十, 1000 → 一千.
pub fn to_chinese(n: u64) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "零".to_string();
    }
    fn below_10000(n: u64, out: &mut String, leading: bool) {
        const UNITS: [(u64, char); 3] = [(1000, '千'), (100, '百'), (10, '十')];
        let mut n = n;
        let mut zero_pending = false;
        // Leading zeros of a non-leading group are written by the caller (一万零五百).
        let mut started = false;
        for (u, ch) in UNITS {
            let d = n / u;
            n %= u;
            if d == 0 {
                if started {
                    zero_pending = true;
                }
                continue;
            }
            if zero_pending {
                out.push('零');
                zero_pending = false;
            }
            // 十五 rather than 一十五 at the very start of the number.
            if !(u == 10 && d == 1 && leading && !started) {
                out.push(D[d as usize]);
            }
            out.push(ch);
            started = true;
        }
        if n > 0 {
            if zero_pending || (started && out.ends_with(['千', '百']) && n < 10 && !leading) {
                out.push('零');
            }
            out.push(D[n as usize]);
        }
    }
    let mut out = String::new();
    let parts = [
        (n / 100_000_000, Some('亿')),
        (n / 10_000 % 10_000, Some('万')),
        (n % 10_000, None),
    ];
    let mut started = false;
    let mut need_zero = false;
    for (v, unit) in parts {
        if v == 0 {
            if started {
                need_zero = true;
            }
            continue;
        }
        if started && (need_zero || v < 1000) {
            out.push('零');
        }
        if v >= 10_000 {
            // Only the 亿 part can be this large (一万亿, 十万零五亿): written the same way.
            out.push_str(&to_chinese(v));
        } else {
            below_10000(v, &mut out, !started);
        }
        if let Some(u) = unit {
            out.push(u);
        }
        started = true;
        need_zero = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_below_a_trillion_and_never_panics() {
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for v in [seed % 1_000_000_000_000, seed % 100_000_000, seed % 10_000] {
                assert_eq!(parse_int(&to_chinese(v)), Some(v), "{v}");
            }
            // Beyond 一万亿 (万亿, 亿亿) only: written without panicking.
            assert!(!to_chinese(seed).is_empty());
        }
        assert_eq!(to_chinese(1_000_000_000_000), "一万亿");
        assert_eq!(
            to_chinese(u64::MAX).chars().filter(|&c| c == '亿').count(),
            2
        );
        assert_eq!(to_chinese(100_000_000), "一亿");
    }

    #[test]
    fn article_numbers() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("九十九", 99),
            ("一百", 100),
            ("一百零一", 101),
            ("一百一十四", 114),
            ("一千零五", 1005),
            ("三千零五十", 3050),
        ] {
            assert_eq!(parse_int(s), Some(v), "{s}");
            assert_eq!(to_chinese(v), s, "{v}");
        }
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(parse_int("叁万肆仟"), Some(34_000));
        assert_eq!(parse_int("壹拾贰万叁仟"), Some(123_000));
        assert_eq!(parse_int("伍佰肆拾伍"), Some(545));
        assert_eq!(parse_int("贰拾万零伍佰"), Some(200_500));
        assert_eq!(parse_int("一亿零五万"), Some(100_050_000));
        assert_eq!(parse_int("两千"), Some(2000));
    }

    #[test]
    fn positional_and_arabic() {
        assert_eq!(parse_int("二〇二〇"), Some(2020));
        assert_eq!(parse_int("二○○七"), Some(2007));
        assert_eq!(parse_int("2023"), Some(2023));
    }

    #[test]
    fn rejects_garbage() {
        for s in ["", "百百", "条", "一二三四五六七八九十", "万", "十十"] {
            assert_eq!(parse_int(s), None, "{s}");
        }
        assert_eq!(parse_int(&"九".repeat(40)), None); // overflow, no panic
    }

    #[test]
    fn round_trip() {
        for n in (0..20_000u64).chain([
            100_000,
            100_001,
            1_000_010,
            123_456_789,
            100_000_000,
            100_000_001,
            2_000_300_000,
        ]) {
            assert_eq!(
                parse_int(&to_chinese(n)),
                Some(n),
                "{n} -> {}",
                to_chinese(n)
            );
        }
    }
}
