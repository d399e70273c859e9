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

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{PiiKind, Role};

/// What is done with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// 隐名处理: keep the surname and write 某 for the given name (`王某`, `欧阳某`, `张某1`).
    /// For items that are not names this is the same as `label`.
    #[serde(alias = "pseudonym")]
    Surname,
}

/// The built-in policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BasePolicy {
    /// 公示制度（十四）: the party's own name and birth date stay; everything else personal goes.
    #[default]
    Default,
    /// As `default`, and the natural-person party's name (surname + 某) and birth date are
    /// masked too.
    Strict,
}

/// One caller rule: applies when `kind` and `role` (each optional) match.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyRule {
    /// The kind it applies to (any kind when absent).
    #[serde(default)]
    pub kind: Option<PiiKind>,
    /// The role it applies to (any role when absent).
    #[serde(default)]
    pub role: Option<Role>,
    /// What to do.
    pub action: Action,
}

/// A masking policy: a base table plus the caller's overrides and term lists.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Policy {
    /// The built-in table the overrides start from.
    pub base: BasePolicy,
    /// Action per kind (snake_case kind names, as in the corpus: `id_card`, `person_name`…).
    pub kinds: BTreeMap<PiiKind, Action>,
    /// Action per role (`party`, `legal_rep`, `witness`…); applies to every kind of that role.
    pub roles: BTreeMap<Role, Action>,
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
        K::OrgAddress | K::Uscc | K::NonPiiNumber => Keep,
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

impl<'de> Deserialize<'de> for PolicyOption {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PolicyOption;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"default\", \"strict\" or a policy object")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<PolicyOption, E> {
                match s {
                    "default" => Ok(PolicyOption(Policy::default())),
                    "strict" => Ok(PolicyOption(Policy::strict())),
                    _ => Err(E::unknown_variant(s, &["default", "strict"])),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PolicyOption, A::Error> {
                Policy::deserialize(de::value::MapAccessDeserializer::new(map)).map(PolicyOption)
            }
            fn visit_unit<E: de::Error>(self) -> Result<PolicyOption, E> {
                Ok(PolicyOption::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<PolicyOption, E> {
                Ok(PolicyOption::default())
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Policy {
        serde_json::from_str::<PolicyOption>(s).unwrap().0
    }

    #[test]
    fn named_policies() {
        assert_eq!(parse("\"default\""), Policy::default());
        assert_eq!(parse("\"strict\"").base, BasePolicy::Strict);
        assert!(serde_json::from_str::<PolicyOption>("\"lax\"").is_err());
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
        assert!(serde_json::from_str::<PolicyOption>(r#"{"kinds":{"dna":"keep"}}"#).is_err());
        assert!(serde_json::from_str::<PolicyOption>(r#"{"color":"red"}"#).is_err());
    }
}
