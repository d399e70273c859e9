//! Inputs on which the fuzz targets (`fuzz/`, run with `bash tools/fuzz.sh`) once found a
//! failure, kept as tests: every span of every result lies on a character boundary of the
//! input, and masking keeps its invariants.

use gongshi::redact::apply;
use gongshi::{check, redact, MapSpans, Options};

/// Every offset in the report is inside `text` and on a character boundary.
fn spans_on_boundaries(text: &str) {
    let mut report = check(text, &Options::default()).unwrap();
    report.map_spans(&mut |b| {
        assert!(
            b <= text.len() && text.is_char_boundary(b),
            "offset {b} in {text:?}"
        );
        b
    });
    let r = redact(text, &Options::default()).unwrap();
    assert_eq!(apply(text, &r.findings), r.text);
    assert!(redact(&r.text, &Options::default())
        .unwrap()
        .findings
        .is_empty());
}

#[test]
fn enforcement_cue_span_is_cut_on_a_character_boundary() {
    // `enforcement_method_time` reported its cues as "first cue + 60 bytes", which could end
    // inside a character (analyse target, crash-92010fdf…).
    spans_on_boundaries(
        "平台缴纳罚款（缴款码：37733057558358934549）。到期不缴纳罚款的，本局可以每日按罚款数额的3%加处罚款，加处罚款的数额不得超出罚款的数额，并依法申请人民法院强制执行。",
    );
}

#[test]
fn numerals_beyond_ten_thousand_yi_do_not_panic() {
    // `to_chinese` indexed its digit table with a 亿 part of five digits or more (parsers
    // target, crash-66b69f4a…: 8 bytes read as a number of 分).
    use gongshi::text::{amount, numerals};
    for n in [1_000_000_000_000u64, 74_123_456_789_012, u64::MAX] {
        assert!(!numerals::to_chinese(n).is_empty());
        assert!(amount::to_capital(n).ends_with(['整', '角', '分']));
    }
}

#[test]
fn a_chain_of_health_phrases_settles() {
    // Each masked phrase shortened the text so that the next phrase's context came into
    // reach: the fixed point in `redact` needed more passes than it allowed (redact target,
    // crash-97b1447c…).
    spans_on_boundaries("荣昌你作为仙游县启航五金制品全事故\u{f530}市Б中医院诊断为腰77\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}77777777777777778\u{1}\u{0}\u{1}\u{0}77777777777777的伤情777777777777777777777\u{1}\u{0}\u{1}\u{0}77777777777777的伤情77777777777777777777777777777/7777777777QQc\u{8}\u{0}\u{0}\u{0}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}b\u{1}\u{1}7w777777777777777\u{1}\u{0}\u{1}\u{0}77777777777777的伤情777777\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}77777777777777778\u{1}\u{0}\u{1}\u{0}77777777777777的伤情777777777777777777777\u{1}\u{0}\u{1}\u{0}77777777777777的伤情77777777777777777777777777777/7777777777QQc\u{8}\u{0}\u{0}\u{0}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}b\u{1}\u{1}7w777777777777777\u{1}\u{0}\u{1}\u{0}77777777777777的伤情7777777777777777777777?7777777\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}rQQ-QQc\u{1}\u{0}\u{0}\u{0}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}77777777777777777\u{1}\u{0}\u{1}\u{0}77777777777777的伤情7777777777777777776?77濊文腰部受伤，经\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}@\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}莆田市中医院诊断为腰椎压缩你上一年年收入为人民币368399元。");
}

#[test]
fn a_health_phrase_does_not_start_past_another_cue_word() {
    // The phrase after 码 skipped leading ASCII, a `QQ` cue word included, and so restarted
    // after every masked piece: one more piece per pass, without end (redact target,
    // crash-8c9949b5…, minimised).
    spans_on_boundaries("ICU码QQ[QQ仫QQ[QQ仫QQ[QQ仫QQ[QQ[QQ仫QQ[QQ仫QQ[QQ[QQ仫QQ[QQ仫QQ[");
    let r = redact("ICU码QQ[QQ仫QQ[QQ仫", &Options::default()).unwrap();
    assert_eq!(r.findings.len(), 1);
}

#[test]
fn zero_in_capitals_reads_back() {
    // `to_capital(0)` wrote `零元整`, which the amount reader dropped as a lone ordinary
    // numeral before 元 (parsers target, crash-c8ec39a5…: the first eight bytes were zero).
    use gongshi::text::amount;
    assert_eq!(amount::parse(&amount::to_capital(0)), Some(0));
}

#[test]
fn masking_that_does_not_settle_masks_the_whole_text() {
    // A crafted chain of certificate labels, each masking bringing the next value into reach,
    // had not settled after the 16 rounds of `redact` (redact target, crash-0198e3cf…): the
    // second pass masked more. Now the whole text is masked, with a warning.
    let text = "1产权证号01u\u{bbeda}9 85Pas5证号证39 8 93a5证号证3 8 939 8o号码 99 8 85\u{bbec9}45证号证s?586 939 8号3X9 8 93 85o号码 939 8 469 5证号证5P85\u{6}55PasspX5证号证号3939 85o号码 469 85\u{bbec9}45号P85\u{6}55spX9 5证号 8939 85Passport号码 939 8 84号939 85Pas5证号3X3 99 85o号使5]\u{5c}\u{0}\u{0}9 85\u{bbec9}45证号证s5P85\u{6}55Pasp5证号证号3X3 85\u{6}58 证号证\u{6}X";
    spans_on_boundaries(text);
    let r = redact(text, &Options::default()).unwrap();
    assert_eq!(r.findings.len(), 1);
    assert!(r.warnings.iter().any(|w| w.code == "pii.unsettled"));
}

#[test]
fn a_name_read_past_its_table_cell_does_not_panic() {
    // A 姓名 cell holding a surname alone, padded with ideographic spaces: the name read from
    // it ran past the cell's end, and the remark after it was sliced backwards (redact target,
    // crash-4c9766f3…).
    spans_on_boundaries("序号　姓名　　　岗位　　　联系电话\n1　　鞠　　联系电话　　签名\n");
}
