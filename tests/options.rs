//! Reading options from JSON through the public API (`Options::from_json`): every accepted
//! form, the defaults, and errors that name the place and what is expected without quoting
//! the caller's values.

use gongshi::publish::{PartyKind, PublicationMode};
use gongshi::redact::{Action, BasePolicy, PiiKind, Role};
use gongshi::validate::custom::LabelSpec;
use gongshi::{ErrorCode, Lang, Options};
use proptest::prelude::*;

fn err(json: &str) -> (String, String) {
    let e = Options::from_json(json).expect_err(json);
    assert_eq!(e.code, ErrorCode::InvalidOptions, "{json}");
    (e.message.zh, e.message.en)
}

fn msg_en(json: &str) -> String {
    err(json).1
}

#[test]
fn empty_object_is_the_default() {
    let d = format!("{:?}", Options::default());
    for json in [
        "{}",
        " {\n} ",
        "{\"policy\": null, \"docType\": null, \"blockOn\": null}",
    ] {
        assert_eq!(
            format!("{:?}", Options::from_json(json).unwrap()),
            d,
            "{json}"
        );
    }
}

#[test]
fn every_key_is_read() {
    let o = Options::from_json(
        r#"{
          "lang": "en", "maxInputBytes": 1000, "docType": "penalty_decision_org",
          "blockOn": ["pii", "publication.exclusion"],
          "policy": {"base": "strict", "kinds": {"id_card": "mask"}, "roles": {"witness": "keep"},
                     "rules": [{"kind": "email", "action": "remove"}],
                     "allow": ["王某某纪念馆"], "deny": ["配方A-17"], "tradeSecrets": ["工艺"]},
          "decisionDate": "2024-09-27", "publicationDate": "2024-10-08", "revocationDate": "2024-11-01",
          "withdrawalDate": "2024-11-04", "testResultsDate": "2024-10-09",
          "extraHolidays": {"2027": {"holidays": ["2027-01-01"], "workdays": ["2027-01-09"], "source": "通知"}},
          "partyKind": "organisation", "publicationMode": "fullText",
          "exclusions": {"minor": false, "legalProhibition": true},
          "publicationSummary": "摘要",
          "validate": {"docTypes": [{"id": "x", "label": "甲"}], "elements": [{"id": "seal", "remove": true}],
                       "hearingThresholds": {"personYuan": 20000}, "onSpotLimits": {"orgYuan": 1000}}
        }"#,
    )
    .unwrap();
    assert_eq!(o.lang, Lang::En);
    assert_eq!(o.max_input_bytes, 1000);
    assert_eq!(o.doc_type.as_deref(), Some("penalty_decision_org"));
    assert_eq!(o.blocking_categories(), ["pii", "publication.exclusion"]);
    let p = &o.policy.0;
    assert_eq!(p.base, BasePolicy::Strict);
    assert_eq!(p.kinds[&PiiKind::IdCard], Action::Mask);
    assert_eq!(p.roles[&Role::Witness], Action::Keep);
    assert_eq!(p.rules[0].kind, Some(PiiKind::Email));
    assert_eq!(
        (&p.allow[0], &p.deny[0], &p.trade_secrets[0]),
        (
            &"王某某纪念馆".to_string(),
            &"配方A-17".to_string(),
            &"工艺".to_string()
        )
    );
    for (d, want) in [
        (o.decision_date, "2024-09-27"),
        (o.publication_date, "2024-10-08"),
        (o.revocation_date, "2024-11-01"),
        (o.withdrawal_date, "2024-11-04"),
        (o.test_results_date, "2024-10-09"),
    ] {
        assert_eq!(d.unwrap().to_string(), want);
    }
    assert!(!o.extra_holidays.unwrap().is_empty());
    assert_eq!(o.party_kind, Some(PartyKind::Organisation));
    assert_eq!(o.publication_mode, Some(PublicationMode::FullText));
    let ex = o.exclusions.unwrap();
    assert_eq!(
        (ex.minor, ex.legal_prohibition, ex.secrets),
        (Some(false), Some(true), None)
    );
    assert_eq!(o.publication_summary.as_deref(), Some("摘要"));
    assert_eq!(o.validate.doc_types[0].label, LabelSpec::Plain("甲".into()));
    assert!(o.validate.elements[0].remove);
    // Absent threshold keys keep their defaults.
    assert_eq!(o.validate.hearing_thresholds.person_yuan, 20_000);
    assert_eq!(o.validate.hearing_thresholds.org_yuan, 30_000);
    assert_eq!(o.validate.on_spot_limits.person_yuan, 200);
    assert_eq!(o.validate.on_spot_limits.org_yuan, 1_000);
}

#[test]
fn accepted_spellings() {
    for (s, lang) in [
        ("zh-CN", Lang::Zh),
        ("zh", Lang::Zh),
        ("zh-cn", Lang::Zh),
        ("en", Lang::En),
        ("en-US", Lang::En),
        ("en-GB", Lang::En),
    ] {
        let o = Options::from_json(&format!(r#"{{"lang": "{s}"}}"#)).unwrap();
        assert_eq!(o.lang, lang, "{s}");
    }
    for s in ["ZH", "fr", "en-us", "zh_CN", ""] {
        assert!(
            Options::from_json(&format!(r#"{{"lang": "{s}"}}"#)).is_err(),
            "{s}"
        );
    }
    // snake_case kinds and roles, their camelCase aliases, and `pseudonym` for `surname`.
    let o = Options::from_json(
        r#"{"policy": {"kinds": {"bankAccount": "pseudonym", "non_pii_number": "label"},
                       "roles": {"legalRep": "mask", "legal_agent": "remove"}}}"#,
    )
    .unwrap();
    let p = o.policy.0;
    assert_eq!(p.kinds[&PiiKind::BankAccount], Action::Surname);
    assert_eq!(p.kinds[&PiiKind::NonPiiNumber], Action::Label);
    assert_eq!(p.roles[&Role::LegalRep], Action::Mask);
    assert_eq!(p.roles[&Role::LegalAgent], Action::Remove);
    assert_eq!(
        Options::from_json(r#"{"policy": "strict"}"#)
            .unwrap()
            .policy
            .0
            .base,
        BasePolicy::Strict
    );
}

#[test]
fn unknown_keys_are_errors_that_list_the_keys() {
    let (zh, en) = err(r#"{"foo": 1}"#);
    assert_eq!(
        zh,
        "选项无效：未知的键 “foo”（可用：lang、maxInputBytes、docType、blockOn、policy、decisionDate、\
         publicationDate、revocationDate、withdrawalDate、testResultsDate、extraHolidays、partyKind、\
         publicationMode、exclusions、publicationSummary、validate）。"
    );
    assert_eq!(
        en,
        "Invalid options: unknown key \"foo\" (expected one of: lang, maxInputBytes, docType, blockOn, \
         policy, decisionDate, publicationDate, revocationDate, withdrawalDate, testResultsDate, \
         extraHolidays, partyKind, publicationMode, exclusions, publicationSummary, validate)."
    );
    // snake_case is not camelCase.
    assert!(msg_en(r#"{"max_input_bytes": 1}"#).contains("unknown key \"max_input_bytes\""));
    let (zh, en) = err(r#"{"policy": {"kinds": {"dna": "keep"}}}"#);
    assert!(
        zh.starts_with("选项 policy.kinds 无效：未知的键 “dna”（可用：id_card、mobile_phone、"),
        "{zh}"
    );
    assert!(
        en.starts_with(
            "Invalid option policy.kinds: unknown key \"dna\" (expected one of: id_card, "
        ),
        "{en}"
    );
    assert!(
        msg_en(r#"{"validate": {"docTypes": [{"id": "a", "label": "甲", "titel": []}]}}"#)
            .starts_with("Invalid option validate.docTypes[0]: unknown key \"titel\"")
    );
}

#[test]
fn wrong_types_name_the_path() {
    for (json, want) in [
        (r#"{"lang": null}"#, "Invalid option lang: expected one of the strings: zh-CN, en."),
        (r#"{"lang": "fr"}"#, "Invalid option lang: unknown value (expected one of: zh-CN, en)."),
        (r#"{"maxInputBytes": "10"}"#, "Invalid option maxInputBytes: expected a non-negative integer."),
        (r#"{"maxInputBytes": 1.0}"#, "Invalid option maxInputBytes: expected a non-negative integer."),
        (r#"{"maxInputBytes": 1e2}"#, "Invalid option maxInputBytes: expected a non-negative integer."),
        (r#"{"maxInputBytes": -1}"#, "Invalid option maxInputBytes: expected a non-negative integer."),
        (r#"{"maxInputBytes": null}"#, "Invalid option maxInputBytes: expected a non-negative integer."),
        (r#"{"docType": 7}"#, "Invalid option docType: expected a string."),
        (r#"{"blockOn": "pii"}"#, "Invalid option blockOn: expected an array."),
        (r#"{"blockOn": ["pii", 3]}"#, "Invalid option blockOn[1]: expected a string."),
        (r#"{"policy": 1}"#, r#"Invalid option policy: expected "default", "strict" or a policy object."#),
        (r#"{"policy": {"rules": [{"kind": "email"}]}}"#, r#"Invalid option policy.rules[0]: missing required key "action"."#),
        (r#"{"decisionDate": 20240927}"#, "Invalid option decisionDate: expected an existing date written YYYY-MM-DD (e.g. 2024-09-27)."),
        (r#"{"exclusions": {"minor": 1}}"#, "Invalid option exclusions.minor: expected a boolean (true or false)."),
        (r#"{"validate": null}"#, "Invalid option validate: expected an object."),
        (
            r#"{"validate": {"docTypes": [{"id": "a", "label": "甲"}, {"id": "b", "label": "乙"}, {"id": "c", "label": "丙", "elements": [{"id": 1}]}]}}"#,
            "Invalid option validate.docTypes[2].elements[0].id: expected a string.",
        ),
        (r#"{"validate": {"hearingThresholds": {"orgYuan": 18446744073709551616}}}"#, "Invalid option validate.hearingThresholds.orgYuan: number out of range (at most 18446744073709551615)."),
        (r#"{"extraHolidays": {"2027": {"holidays": "2027-01-01"}}}"#, "Invalid option extraHolidays.2027.holidays: expected an array."),
        ("[]", "Invalid options: expected an object."),
        ("null", "Invalid options: expected an object."),
    ] {
        assert_eq!(msg_en(json), want, "{json}");
    }
    let (zh, _) =
        err(r#"{"validate": {"docTypes": [{"id": "a", "label": "甲", "party": "people"}]}}"#);
    assert_eq!(
        zh,
        "选项 validate.docTypes[0].party 无效：未知的取值（可用：org、person、any）。"
    );
}

#[test]
fn values_are_never_quoted() {
    // Values can be personal data (a deny-list term, a name typed in the wrong field).
    for json in [
        r#"{"policy": {"deny": [{"王小二": 1}]}}"#,
        r#"{"policy": {"deny": ["王小二", 13800138000]}}"#,
        r#"{"lang": "王小二"}"#,
        r#"{"policy": "王小二"}"#,
        r#"{"docType": ["王小二"]}"#,
        r#"{"decisionDate": "王小二 2024-01-01"}"#,
        r#"{"validate": {"docTypes": [{"id": "a", "label": {"zh": "王小二"}}]}}"#,
        r#"{"partyKind": "王小二"}"#,
        r#"{"maxInputBytes": 13800138000.5}"#,
        "{\"publicationSummary\": \"王小二\" \"13800138000\"}",
        "{\"publicationSummary\": \"王小二\u{1}13800138000\"}",
    ] {
        let (zh, en) = err(json);
        for m in [&zh, &en] {
            assert!(
                !m.contains("王小二") && !m.contains("13800138000"),
                "{json}: {m}"
            );
        }
    }
    // Keys are names, shown; but a long one is cut.
    let (_, en) = err(&format!(r#"{{"{}": 1}}"#, "k".repeat(500)));
    assert!(en.len() < 600, "{en}");
}

#[test]
fn malformed_json_gives_line_and_column() {
    for (json, want) in [
        ("", "Malformed options JSON at line 1, column 1: unexpected end of input."),
        ("{\"lang\": \"en\",}", "Malformed options JSON at line 1, column 15: trailing comma."),
        ("{\n  \"lang\": \"en\"\n  \"policy\": \"strict\"\n}", "Malformed options JSON at line 3, column 3: expected ',' or '}'."),
        ("{\"lang\": \"en\", \"lang\": \"zh\"}", "Malformed options JSON at line 1, column 16: duplicate key \"lang\"."),
        ("{\"lang\": 'en'}", "Malformed options JSON at line 1, column 10: expected a value."),
        ("{} {}", "Malformed options JSON at line 1, column 4: unexpected content after the value."),
        ("{\"docType\": \"\\ud800\"}", "Malformed options JSON at line 1, column 14: unpaired surrogate escape (\\uD800–\\uDFFF)."),
    ] {
        assert_eq!(msg_en(json), want, "{json:?}");
    }
    let (zh, _) = err("{\"lang\": \"en\",}");
    assert_eq!(zh, "选项的 JSON 有误（第 1 行第 15 列）：多余的逗号。");
}

#[test]
fn requested_lang_is_read_from_invalid_options() {
    assert_eq!(
        Options::requested_lang(r#"{"lang": "en", "nonsense": 1}"#),
        Some(Lang::En)
    );
    assert_eq!(
        Options::requested_lang(r#"{"nonsense": 1, "lang": "zh"}"#),
        Some(Lang::Zh)
    );
    assert_eq!(Options::requested_lang(r#"{"lang": "fr"}"#), None);
    assert_eq!(Options::requested_lang(r#"{"lang": "en",}"#), None);
    assert_eq!(Options::requested_lang("[]"), None);
}

const SAMPLE: &str = r#"{"lang":"en","maxInputBytes":100,"blockOn":["pii"],"policy":{"base":"strict","kinds":{"id_card":"mask"},"rules":[{"kind":"email","role":"witness","action":"keep"}],"deny":["x"]},"decisionDate":"2024-09-27","extraHolidays":{"2027":{"holidays":["2027-01-01"]}},"exclusions":{"minor":true},"validate":{"docTypes":[{"id":"a","label":{"zh":"甲","en":"A"},"elements":[{"id":"b","check":"any_cue","cues":["c"]}]}],"hearingThresholds":{"orgYuan":1}}}"#;

proptest! {
    #[test]
    fn never_panics_on_any_string(s in "\\PC{0,200}") {
        let _ = Options::from_json(&s);
        let _ = Options::requested_lang(&s);
    }

    #[test]
    fn never_panics_on_edited_options(i in 0..SAMPLE.len(), cut in 0usize..4, insert in r#"[\[\]{}",:\\0-9a-z.\-]{0,3}"#) {
        // Small edits of a valid document reach every conversion with every wrong shape.
        let mut s = SAMPLE.as_bytes().to_vec();
        let end = (i + cut).min(s.len());
        s.splice(i..end, insert.bytes());
        let s = String::from_utf8_lossy(&s);
        if let Err(e) = Options::from_json(&s) {
            prop_assert_eq!(e.code, ErrorCode::InvalidOptions);
            prop_assert!(!e.message.en.is_empty() && !e.message.zh.is_empty());
        }
    }
}
