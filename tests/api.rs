//! The public Rust API end to end: masking of the first slice (ID numbers, mobile numbers),
//! typed errors, and the offset conversions the JavaScript boundary relies on.

use gongshi::{check, redact, ErrorCode, MapSpans, Options, Units};

fn masked_values(text: &str) -> Vec<(String, String)> {
    let r = redact(text, &Options::default()).unwrap();
    r.findings
        .iter()
        .map(|f| {
            let s = f.span.unwrap();
            (f.code.clone(), text[s.start..s.end].to_string())
        })
        .collect()
}

#[test]
fn ids_in_every_documented_form() {
    for id in [
        "11010519491231002X",
        "11010519491231002x",
        "350582198807160039",
        "350582 19880716 0039",
        "３５０５８２１９８８０７１６００３９",
        "350582-19880716-0039",
    ] {
        let text = format!("当事人张某，身份证号码：{id}，住址略。");
        assert_eq!(
            masked_values(&text),
            vec![("pii.id_card".into(), id.into())],
            "{id}"
        );
    }
    // The legacy 15-digit form needs its label; with it, it is masked.
    assert_eq!(
        masked_values("身份证号：350582880716003"),
        vec![("pii.id_card".into(), "350582880716003".into())]
    );
    assert!(masked_values("注册号350582880716003").is_empty());
}

#[test]
fn mobiles_in_every_documented_form() {
    for m in [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+86-13800138000",
        "+86 138 0013 8000",
        "+8613800138000",
        "(+86)13800138000",
    ] {
        let text = format!("联系电话：{m}。");
        assert_eq!(
            masked_values(&text),
            vec![("pii.mobile_phone".into(), m.into())],
            "{m}"
        );
    }
    // Digits running straight into Chinese text.
    assert_eq!(masked_values("电话13800138000联系").len(), 1);
}

#[test]
fn digit_boundaries_prevent_false_hits() {
    for text in [
        "设备出厂编号6222021234567890123", // 19 digits: no 18- or 11-digit piece
        "统一社会信用代码：91120116697415782C", // USCC passes GB 32100: kept
        "报告编号：110105194912310021",    // 18 digits failing the checksum, no ID label
        "金额138001380001元",              // 12 digits: not a mobile
        "索引号：QZ00503-0200-2020-00003",
        "执法证号：35050312345",
    ] {
        assert!(masked_values(text).is_empty(), "{text}");
    }
}

#[test]
fn typo_after_label_is_masked_and_explained() {
    let r = redact("身份证号：110105194912310021", &Options::default()).unwrap();
    assert_eq!(r.findings.len(), 1);
    let f = &r.findings[0];
    assert!(f.message.zh.contains("笔误"), "{}", f.message.zh);
    assert_eq!(
        f.pii.as_ref().unwrap().validity,
        gongshi::redact::Validity::Failed
    );
}

#[test]
fn masking_changes_nothing_else_and_is_idempotent() {
    let text = "𠮷 身份证号：11010519491231002X，电话138 0013 8000。\u{200b}尾";
    let r = redact(text, &Options::default()).unwrap();
    let mut at = 0;
    let mut rebuilt = String::new();
    for f in &r.findings {
        let s = f.span.unwrap();
        rebuilt.push_str(&text[at..s.start]);
        rebuilt.push_str(&f.pii.as_ref().unwrap().replacement);
        at = s.end;
    }
    rebuilt.push_str(&text[at..]);
    assert_eq!(rebuilt, r.text);
    assert!(redact(&r.text, &Options::default())
        .unwrap()
        .findings
        .is_empty());
}

#[test]
fn utf16_offsets_match_javascript() {
    let text = "😀𠮷身份证号：11010519491231002X";
    let mut r = redact(text, &Options::default()).unwrap();
    r.convert_spans(text, Units::Utf16);
    let s = r.findings[0].span.unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&utf16[s.start..s.end]).unwrap(),
        "11010519491231002X"
    );
    assert_eq!(s.start, 4 + 5);
}

#[test]
fn typed_errors() {
    let opts = Options {
        max_input_bytes: 8,
        ..Options::default()
    };
    let e = redact("一二三四五六七八", &opts).unwrap_err();
    assert_eq!(e.code, ErrorCode::InputTooLarge);
    assert!(!e.message.zh.contains("一二三"));
    assert!(redact("", &Options::default()).unwrap().findings.is_empty());
}

#[test]
fn check_blocks_on_personal_data() {
    let r = check("电话13800138000", &Options::default()).unwrap();
    assert!(!r.ok);
    assert_eq!(r.blocking[0].code, "pii.mobile_phone");
    let relaxed = Options {
        block_on: Some(vec![]),
        ..Options::default()
    };
    assert!(check("电话13800138000", &relaxed).unwrap().ok);
}
