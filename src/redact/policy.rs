//! Masking policies: what happens to each kind of item, per kind and per role.
//!
//! A policy is written by the caller as `"default"`, `"strict"` or an object:
//!
//! ```json
//! { "base": "strict",
//!   "kinds": { "bank_account": "mask", "birth_date": "keep" },
//!   "roles": { "legal_rep": "surname" },
//!   "rules": [ { "kind": "person_name", "role": "witness", "action": "label" } ],
//!   "allow": ["王某某纪念馆"], "deny": ["配方A-17"], "tradeSecrets": ["低温发泡工艺"] }
//! ```
//!
//! The action for an item is decided by the first of these that applies: the first matching
//! entry of `rules`, then `roles[role]`, then `kinds[kind]`, then the base policy's table
//! ([`base_action`]). `allow` terms are never masked; `deny` terms and `tradeSecrets` are always
//! masked (unless a rule says otherwise for their kinds `custom` / `trade_secret`).

use serde::Serialize;

use super::{PiiKind, Role};
use crate::json::{self, At, FromJson, Problem, Value};

/// What is done with one item (`"keep"`, `"label"`, `"mask"`, `"remove"`, `"surname"`; options
/// also accept `"pseudonym"` for `"surname"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave it visible (reported in `kept`).
    Keep,
    /// Replace it with a bracketed label such as `[身份证号码]`.
    Label,
    /// Replace every character with `*` (a person's surname is kept: `王**`).
    Mask,
    /// Delete it.
    Remove,
    /// 隐名处理: keep the surname and write 某 for the given name (`王某`, `欧阳某`, `张某1`); a
    /// minority or transliterated name keeps its first character (`买某`), a name in Latin
    /// letters its first letter (`J`), as 法释〔2016〕19号 第九条 says.
    /// For items that are not names this is the same as `label`.
    Surname,
}

json::json_enum!(Action {
    "keep" => Keep,
    "label" => Label,
    "mask" => Mask,
    "remove" => Remove,
    "surname" => Surname,
} aliases { "pseudonym" => Surname });

/// The built-in policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BasePolicy {
    /// 公示制度（十四）: the party's own name and birth date stay; everything else personal goes.
    #[default]
    Default,
    /// As `default`, and the natural-person party's name (surname + 某) and birth date are
    /// masked too.
    Strict,
}

json::json_enum!(BasePolicy { "default" => Default, "strict" => Strict });

/// One caller rule: applies when `kind` and `role` (each optional) match. `action` is required.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyRule {
    /// The kind it applies to (any kind when absent).
    pub kind: Option<PiiKind>,
    /// The role it applies to (any role when absent).
    pub role: Option<Role>,
    /// What to do.
    pub action: Action,
}

json::json_struct!(PolicyRule
    new = PolicyRule { kind: None, role: None, action: Action::Keep };
    required = ["action"];
    { "kind" => kind, "role" => role, "action" => action });

/// Actions keyed by a kind or a role, one per key. A handful of entries kept in key order: a
/// list, not a tree map (each map type is its own copy of the B-tree's code in the module).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overrides<K>(Vec<(K, Action)>);

impl<K> Default for Overrides<K> {
    fn default() -> Self {
        Overrides(Vec::new())
    }
}

impl<K: Ord + Copy> Overrides<K> {
    /// The action for `key`, if one is set.
    pub fn get(&self, key: &K) -> Option<&Action> {
        let i = self.0.partition_point(|(k, _)| k < key);
        self.0.get(i).filter(|(k, _)| k == key).map(|(_, a)| a)
    }

    /// Sets the action for `key`; the one it replaces, if any.
    pub fn insert(&mut self, key: K, action: Action) -> Option<Action> {
        let i = self.0.partition_point(|(k, _)| *k < key);
        match self.0.get_mut(i) {
            Some((k, a)) if *k == key => Some(std::mem::replace(a, action)),
            _ => {
                self.0.insert(i, (key, action));
                None
            }
        }
    }

    /// The keys and their actions, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &Action)> {
        self.0.iter().map(|(k, a)| (k, a))
    }

    /// The number of keys set.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no key is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord + Copy> std::ops::Index<&K> for Overrides<K> {
    type Output = Action;

    /// The action for `key`; panics when none is set, like a map's index.
    fn index(&self, key: &K) -> &Action {
        self.get(key).expect("no action set for this key")
    }
}

/// A masking policy: a base table plus the caller's overrides and term lists. Absent keys keep
/// their defaults; unknown keys are errors.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Policy {
    /// The built-in table the overrides start from.
    pub base: BasePolicy,
    /// Action per kind (snake_case kind names, as in the corpus: `id_card`, `person_name`…).
    pub kinds: Overrides<PiiKind>,
    /// Action per role (`party`, `legal_rep`, `witness`…); applies to every kind of that role.
    pub roles: Overrides<Role>,
    /// Most specific overrides, tried in order before `roles` and `kinds`.
    pub rules: Vec<PolicyRule>,
    /// Terms that are never masked (e.g. a public figure's name or a place that looks like one).
    pub allow: Vec<String>,
    /// Terms that are always masked (kind `custom`).
    pub deny: Vec<String>,
    /// Trade secrets of the party (kind `trade_secret`), always masked: product formulas,
    /// customer names, process names…
    pub trade_secrets: Vec<String>,
}

json::json_struct!(Policy {
    "base" => base,
    "kinds" => kinds,
    "roles" => roles,
    "rules" => rules,
    "allow" => allow,
    "deny" => deny,
    "tradeSecrets" => trade_secrets,
});

impl Policy {
    /// The built-in `strict` policy.
    pub fn strict() -> Self {
        Policy {
            base: BasePolicy::Strict,
            ..Policy::default()
        }
    }

    /// The action for an item of `kind` owned by / in the function of `role`.
    pub fn action(&self, kind: PiiKind, role: Role) -> Action {
        if let Some(r) = self
            .rules
            .iter()
            .find(|r| r.kind.is_none_or(|k| k == kind) && r.role.is_none_or(|x| x == role))
        {
            return r.action;
        }
        if let Some(a) = self.roles.get(&role) {
            return *a;
        }
        if let Some(a) = self.kinds.get(&kind) {
            return *a;
        }
        base_action(self.base, kind, role)
    }
}

/// The built-in tables, as a domain expert reads them.
pub fn base_action(base: BasePolicy, kind: PiiKind, role: Role) -> Action {
    use Action::*;
    use PiiKind as K;
    use Role as R;
    let strict = base == BasePolicy::Strict;
    match kind {
        // 公示制度（八）: the agency's contacts, the officers and their certificates are public.
        K::AgencyPhone | K::AgencyBankAccount | K::AgencyAddress | K::OfficerCert => Keep,
        // An organisation's registered address, its credit code and serials are not personal.
        K::OrgAddress | K::OrgPhone | K::Uscc | K::NonPiiNumber => Keep,
        K::PersonName => match role {
            R::Officer | R::Agency => Keep,
            // 法定代表人 names are published by most agencies; a policy rule may mask them.
            R::LegalRep => Keep,
            R::Party if !strict => Keep,
            _ => Surname,
        },
        K::BirthDate if !strict => Keep,
        // An agency's own e-mail or phone found in its contact block.
        _ if role == R::Agency => Keep,
        _ => Label,
    }
}

/// The `policy` option: `"default"`, `"strict"` or a [`Policy`] object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyOption(pub Policy);

impl FromJson for PolicyOption {
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        match v {
            Value::Null => Ok(PolicyOption::default()),
            Value::Object(_) => Policy::from_json(v, at).map(PolicyOption),
            Value::String(s) if s == "default" => Ok(PolicyOption::default()),
            Value::String(s) if s == "strict" => Ok(PolicyOption(Policy::strict())),
            Value::String(_) => Err(json::fail(
                at,
                "未知的取值（可用：default、strict，或策略对象）".into(),
                "unknown value (expected \"default\", \"strict\" or a policy object)".into(),
            )),
            _ => Err(json::expected(
                at,
                " \"default\"、\"strict\" 或策略对象",
                "\"default\", \"strict\" or a policy object",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Policy {
        json::from_str::<PolicyOption>(s).unwrap().0
    }

    fn err(s: &str) -> String {
        json::from_str::<PolicyOption>(s).unwrap_err().message.en
    }

    #[test]
    fn named_policies() {
        assert_eq!(parse("\"default\""), Policy::default());
        assert_eq!(parse("null"), Policy::default());
        assert_eq!(parse("\"strict\"").base, BasePolicy::Strict);
        assert_eq!(parse(r#"{"base": "strict"}"#), Policy::strict());
        assert_eq!(
            err("\"lax\""),
            r#"Invalid options: unknown value (expected "default", "strict" or a policy object)."#
        );
        assert!(err("[]").contains(r#"expected "default", "strict" or a policy object"#));
        assert!(err("\"Strict\"").contains("unknown value"));
    }

    #[test]
    fn names_match_serialization() {
        use json::JsonEnum;
        fn check<T: json::JsonEnum + Serialize>() {
            for (name, v) in T::NAMES.iter().zip(T::VALUES).take(T::CANONICAL) {
                assert_eq!(serde_json::to_value(v).unwrap(), *name);
            }
            assert_eq!(T::NAMES.len(), T::VALUES.len());
        }
        check::<Action>();
        check::<BasePolicy>();
        check::<PiiKind>();
        check::<Role>();
        // Every variant has a canonical name.
        assert_eq!(PiiKind::CANONICAL, 24);
        assert_eq!(Role::CANONICAL, 10);
        // Each camelCase alias names the variant of its snake_case spelling.
        let snake = |s: &str| -> String {
            s.chars()
                .flat_map(|c| match c.is_ascii_uppercase() {
                    true => vec!['_', c.to_ascii_lowercase()],
                    false => vec![c],
                })
                .collect()
        };
        for (alias, v) in PiiKind::NAMES.iter().zip(PiiKind::VALUES).skip(23) {
            assert_eq!(snake(alias), v.as_str());
        }
        for (alias, v) in Role::NAMES.iter().zip(Role::VALUES).skip(10) {
            assert_eq!(serde_json::to_value(v).unwrap(), snake(alias));
        }
        assert_eq!(Action::NAMES[5], "pseudonym");
        assert_eq!(Action::VALUES[5], Action::Surname);
    }

    #[test]
    fn aliases_and_errors() {
        let p = parse(
            r#"{"kinds": {"bankAccount": "pseudonym", "id_card": "remove"},
                "roles": {"legalRep": "mask", "legal_agent": "keep"},
                "rules": [{"action": "label"}, {"kind": "personName", "role": null, "action": "keep"}],
                "allow": [], "deny": ["配方A-17"]}"#,
        );
        assert_eq!(p.kinds[&PiiKind::BankAccount], Action::Surname);
        assert_eq!(p.kinds[&PiiKind::IdCard], Action::Remove);
        assert_eq!(p.roles[&Role::LegalRep], Action::Mask);
        assert_eq!(p.roles[&Role::LegalAgent], Action::Keep);
        assert_eq!(
            p.rules,
            vec![
                PolicyRule {
                    kind: None,
                    role: None,
                    action: Action::Label
                },
                PolicyRule {
                    kind: Some(PiiKind::PersonName),
                    role: None,
                    action: Action::Keep
                },
            ]
        );
        assert_eq!(p.deny, vec!["配方A-17".to_string()]);

        assert_eq!(
            err(r#"{"rules": [{"kind": "email", "action": "mask"}, {"kind": "email"}]}"#),
            r#"Invalid option rules[1]: missing required key "action"."#
        );
        assert_eq!(
            err(r#"{"rules": [{"action": "mask", "when": 1}]}"#),
            r#"Invalid option rules[0]: unknown key "when" (expected one of: kind, role, action)."#
        );
        assert_eq!(
            err(r#"{"roles": {"witness": "blur"}}"#),
            "Invalid option roles.witness: unknown value (expected one of: keep, label, mask, remove, surname)."
        );
        assert_eq!(
            err(r#"{"roles": {"boss": "keep"}}"#),
            "Invalid option roles: unknown key \"boss\" (expected one of: party, legal_rep, officer, \
             witness, legal_agent, agent, appraiser, other, agency, unknown)."
        );
        // Two spellings of one kind would leave the winner to key order.
        assert_eq!(
            err(r#"{"kinds": {"bank_account": "mask", "bankAccount": "keep"}}"#),
            r#"Invalid option kinds: key "bankAccount" names the same item as an earlier key."#
        );
        // A deny-list term in the wrong place is not echoed.
        let e = err(r#"{"deny": [["王小二"]]}"#);
        assert_eq!(e, "Invalid option deny[0]: expected a string.");
        assert!(
            err(r#"{"base": null}"#).contains("base: expected one of the strings: default, strict")
        );
        assert!(err(r#"{"kinds": []}"#).contains("kinds: expected an object"));
    }

    #[test]
    fn defaults_follow_the_notice() {
        let p = Policy::default();
        assert_eq!(
            p.action(PiiKind::PersonName, Role::Witness),
            Action::Surname
        );
        assert_eq!(p.action(PiiKind::PersonName, Role::Officer), Action::Keep);
        assert_eq!(p.action(PiiKind::PersonName, Role::Party), Action::Keep);
        assert_eq!(p.action(PiiKind::IdCard, Role::Party), Action::Label);
        assert_eq!(p.action(PiiKind::AgencyPhone, Role::Agency), Action::Keep);
        assert_eq!(p.action(PiiKind::BirthDate, Role::Party), Action::Keep);
        let s = Policy::strict();
        assert_eq!(s.action(PiiKind::PersonName, Role::Party), Action::Surname);
        assert_eq!(s.action(PiiKind::BirthDate, Role::Party), Action::Label);
        assert_eq!(s.action(PiiKind::PersonName, Role::LegalRep), Action::Keep);
    }

    #[test]
    fn caller_overrides_in_order() {
        let p = parse(
            r#"{"kinds":{"bank_account":"mask","person_name":"label"},
                "roles":{"legal_rep":"surname"},
                "rules":[{"kind":"person_name","role":"officer","action":"keep"}],
                "tradeSecrets":["配方"]}"#,
        );
        assert_eq!(p.action(PiiKind::BankAccount, Role::Party), Action::Mask);
        assert_eq!(
            p.action(PiiKind::PersonName, Role::LegalRep),
            Action::Surname
        );
        assert_eq!(p.action(PiiKind::PersonName, Role::Officer), Action::Keep);
        assert_eq!(p.action(PiiKind::PersonName, Role::Witness), Action::Label);
        assert_eq!(p.trade_secrets, vec!["配方".to_string()]);
        assert!(err(r#"{"kinds":{"dna":"keep"}}"#)
            .starts_with(r#"Invalid option kinds: unknown key "dna" (expected one of: id_card, "#));
        assert!(err(r#"{"color":"red"}"#).starts_with(r#"Invalid options: unknown key "color""#));
    }
}
