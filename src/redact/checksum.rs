//! Validators for checksummed identifiers: GB 11643 (resident ID), GB 32100 (USCC), Luhn.

/// GB 11643-1999 check character for the first 17 digits of an 18-character ID number.
///
/// Returns `None` when `first17` is not exactly 17 ASCII digits.
pub fn id_check_char(first17: &[u8]) -> Option<u8> {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const MAP: &[u8; 11] = b"10X98765432";
    if first17.len() != 17 || !first17.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = first17
        .iter()
        .zip(W)
        .map(|(&d, w)| (d - b'0') as u32 * w)
        .sum();
    Some(MAP[(sum % 11) as usize])
}

/// True when `id` (18 characters, last may be `X`/`x`) passes the GB 11643 checksum.
pub fn id_checksum_ok(id: &[u8]) -> bool {
    id.len() == 18 && id_check_char(&id[..17]).is_some_and(|c| c == id[17].to_ascii_uppercase())
}

/// True when the 18-character code passes the GB 32100-2015 checksum (USCC).
pub fn uscc_checksum_ok(code: &[u8]) -> bool {
    const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const W: [u32; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    if code.len() != 18 {
        return false;
    }
    let val = |c: u8| {
        ALPHABET
            .iter()
            .position(|&a| a == c.to_ascii_uppercase())
            .map(|p| p as u32)
    };
    let mut sum = 0;
    for (i, &c) in code[..17].iter().enumerate() {
        match val(c) {
            Some(v) => sum += v * W[i],
            None => return false,
        }
    }
    let check = (31 - sum % 31) % 31;
    val(code[17]) == Some(check)
}

/// True when the 9 characters are an organisation code whose last one is its GB 11714 check
/// character (the body of a credit code, its characters 9 to 17).
pub fn org_code_ok(code: &[u8]) -> bool {
    const W: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
    if code.len() != 9 {
        return false;
    }
    let mut sum = 0;
    for (i, &c) in code[..8].iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        sum += v * W[i];
    }
    let check = match 11 - sum % 11 {
        11 => b'0',
        10 => b'X',
        d => b'0' + d as u8,
    };
    code[8] == check
}

/// True when the digit string passes the Luhn check (bank cards).
pub fn luhn_ok(digits: &[u8]) -> bool {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = (d - b'0') as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// True when `yyyymmdd` is a real calendar date between 1900-01-01 and 2099-12-31.
pub fn plausible_birth_date(y: u32, m: u32, d: u32) -> bool {
    if !(1900..=2099).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= days
}

/// True when the first two digits name a province-level division of GB/T 2260
/// (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 Taiwan, 81–82 Hong Kong/Macau, 83 Taiwan
/// residence permits, 91 foreigners' permanent residence).
pub fn valid_region_prefix(two: &[u8]) -> bool {
    if two.len() < 2 || !two[..2].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let p = (two[0] - b'0') * 10 + (two[1] - b'0');
    matches!(p, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83 | 91)
}

fn num(b: &[u8]) -> u32 {
    b.iter().fold(0, |a, &d| a * 10 + (d - b'0') as u32)
}

/// What a resident-ID candidate's validators say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdCheck {
    /// Region prefix is a real province code.
    pub region: bool,
    /// The embedded birth date is a real date.
    pub date: bool,
    /// The check character matches (always `true` for the checksum-less 15-digit form).
    pub checksum: bool,
}

impl IdCheck {
    /// All validators pass.
    pub fn all(&self) -> bool {
        self.region && self.date && self.checksum
    }
}

/// Runs the validators on an 18-character (`X` allowed last) or 15-digit ID candidate.
pub fn check_id(id: &[u8]) -> Option<IdCheck> {
    match id.len() {
        18 if id[..17].iter().all(u8::is_ascii_digit)
            && (id[17].is_ascii_digit() || id[17] == b'X' || id[17] == b'x') =>
        {
            Some(IdCheck {
                region: valid_region_prefix(id),
                date: plausible_birth_date(num(&id[6..10]), num(&id[10..12]), num(&id[12..14])),
                checksum: id_checksum_ok(id),
            })
        }
        15 if id.iter().all(u8::is_ascii_digit) => Some(IdCheck {
            region: valid_region_prefix(id),
            date: plausible_birth_date(1900 + num(&id[6..8]), num(&id[8..10]), num(&id[10..12])),
            checksum: true,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb11643() {
        assert!(id_checksum_ok(b"11010519491231002X"));
        assert!(id_checksum_ok(b"11010519491231002x"));
        assert!(!id_checksum_ok(b"110105194912310021"));
        // Compute a valid one and check the whole validator.
        let c = id_check_char(b"35050319850312123").unwrap();
        let mut id = b"35050319850312123".to_vec();
        id.push(c);
        assert!(check_id(&id).unwrap().all());
        assert!(!check_id(b"350503198513121234").unwrap().date);
    }

    #[test]
    fn gb32100() {
        assert!(uscc_checksum_ok(b"91120116697415782C"));
        assert!(uscc_checksum_ok(b"91350206825873981A"));
        assert!(!uscc_checksum_ok(b"91120116697415782D"));
        assert!(!uscc_checksum_ok(b"91350100M000100Y4Z"));
    }

    #[test]
    fn gb11714() {
        // The organisation codes inside credit codes: 91350100M000100Y43 holds M000100Y4.
        assert!(org_code_ok(b"M000100Y4"));
        assert!(!org_code_ok(b"M000100Y5"));
        assert!(!org_code_ok(b"M000100Y"));
    }

    #[test]
    fn luhn() {
        assert!(luhn_ok(b"4111111111111111"));
        assert!(!luhn_ok(b"4111111111111112"));
        assert!(!luhn_ok(b""));
    }

    #[test]
    fn legacy_15() {
        let c = check_id(b"350503850312123").unwrap();
        assert!(c.all());
        assert!(!check_id(b"350200100012345").unwrap().date);
    }
}
