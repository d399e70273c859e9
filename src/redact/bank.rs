//! Bank accounts and cards: 12–20 digits, whole digit groups (`6228 4804 0212 3456 789`), after
//! an account label (账号、卡号、开户行及账号…), or a Luhn-valid card number (16–19 digits with
//! a card prefix) near a banking word.
//!
//! The account that receives fines (the 财政/非税 account named in the payment clause) is public
//! and kept as `agency_bank_account`.

use super::checksum::luhn_ok;
use super::context::{label_before, set_before};
use super::names::Mention;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;
use crate::text::words::word_set;

/// Labels that introduce an account number, longest first.
pub const ACCOUNT_LABELS: &[&str] = &[
    "开户行及账号",
    "开户银行及账号",
    "银行账号",
    "银行帐号",
    "银行卡号",
    "卡面号码",
    "账户编号",
    // A card named by its bank (`绑定中国农业银行卡6228…`).
    "银行卡",
    "借记卡",
    "储蓄卡",
    // A card named by its bank's short name (从邮储卡6221…转的, 工行卡, 农行卡).
    "邮储卡",
    "工行卡",
    "农行卡",
    "建行卡",
    "中行卡",
    "信用卡",
    "工资卡",
    "收款账号",
    "收款帐号",
    "退款账号",
    "退款账户",
    "对公账户",
    "个人账户",
    "银行账户",
    "账户号码",
    "账号",
    "帐号",
    "卡号",
    "账户",
    "帐户",
];

/// How the name of a bank or of one of its branches ends (某银行某支行, 某信用社).
const BRANCH_ENDINGS: &[&str] = &[
    "银行",
    "支行",
    "分行",
    "分理处",
    "信用社",
    "营业部",
    "储蓄所",
];

/// True when the table cell right before `start` on its line names a bank's branch (`…支行`,
/// `…信用社`), 30 characters back at most.
fn branch_before(text: &str, start: usize) -> bool {
    let from = super::context::retreat(text, start, 30);
    let head = &text[from..start];
    let cell = head.trim_end_matches([' ', '\t', '|']);
    cell.len() < head.len()
        && !cell.contains('\n')
        && BRANCH_ENDINGS.iter().any(|w| cell.ends_with(w))
}

/// Words in the same sentence that make an account the agency's fine-receiving account.
pub const AGENCY_ACCOUNT_WORDS: &[&str] = &[
    "财政",
    "非税",
    "国库",
    "收款单位",
    "收款人",
    "罚没",
    "缴纳罚款",
    "罚款缴",
    "指定账户",
    "指定的账户",
    "代收",
];

/// Labels after which a long number is not an account.
const NOT_ACCOUNT: &[&str] = &[
    "缴款码",
    "缴款编号",
    "编号",
    "代码",
    "证号",
    "身份证号码",
    "身份证号",
    "注册号",
    "索引号",
    "标识码",
    "单号",
];

/// Words near an unlabelled card number that make it a card.
const BANK_WORDS: &[&str] = &[
    "银行", "账户", "帐户", "卡", "转账", "汇款", "收款", "付款", "支付",
];

/// Column heads of account numbers in a table (月份 | 实发金额 | 入账卡号).
const ACCOUNT_COLUMNS: &[&str] = &[
    "卡号",
    "银行卡号",
    "入账卡号",
    // A roster's wage cards (工资卡开户行 | 工资卡号).
    "工资卡号",
    "工资卡账号",
    "工资账号",
    "收款卡号",
    "收款银行卡号",
    "领取银行卡号",
    "账号",
    "银行账号",
    "收款账号",
    "入账账号",
];

/// Account numbers in a column of a table under an account head: 12–20 digits, grouped or not,
/// the whole cell.
fn table_accounts(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    scan.layout
        .column(text, ACCOUNT_COLUMNS, false, &mut |_, head, cell| {
            // A row naming the treasury's account (某区财政局 | 某银行 | 账号) is left to the
            // reading of the agency's account.
            let row = scan
                .layout
                .line_at(cell.start)
                .map_or("", |l| &text[l.start..l.end]);
            if AGENCY_ACCOUNT_WORDS.iter().any(|w| row.contains(w)) {
                return;
            }
            let value = &text[cell.start..cell.end];
            let digits = value.bytes().filter(u8::is_ascii_digit).count();
            if (12..=20).contains(&digits) && value.bytes().all(|b| b.is_ascii_digit() || b == b' ')
            {
                out.push(Candidate::new(
                    cell,
                    PiiKind::BankAccount,
                    Role::Party,
                    "bank_account_column",
                    Some(head),
                    Validity::None,
                    0.9,
                ));
            }
        });
}

/// Finds account numbers.
pub fn find(scan: &Scan<'_>, people: &[Mention], out: &mut Vec<Candidate>) {
    let text = scan.text;
    table_accounts(scan, out);
    for chain in &scan.chains {
        let groups = &chain.groups;
        let n = groups.len();
        let mut i = 0;
        // Fewer than 12 digits in the whole chain: no account here (most chains are dates,
        // amounts and article numbers).
        let total: usize = groups.iter().map(|g| g.len()).sum();
        if total < 12 {
            continue;
        }
        while i < n {
            let start = groups[i].start;
            // The label right before the number, or a little further back in the same
            // sentence (`开户行及账号：某某银行某支行 6217…`).
            let label = label_before(text, start, ACCOUNT_LABELS, 6)
                .or_else(|| {
                    set_before(text, start, word_set!(ACCOUNT_LABELS), 24)
                        .map(|k| ACCOUNT_LABELS[k])
                        // (A card named in another cell is no label: `银行卡转账 | 缴款码`.)
                        .filter(|l| {
                            !l.ends_with('卡')
                                || !text[super::context::retreat(text, start, 24)..start]
                                    .contains('|')
                        })
                })
                // A bank's or a branch's name written right before the number (工资卡是某某银行
                // 6222 …, `中国农业银行某县支行 1356…` in a table's cell).
                .or_else(|| {
                    let head = text[..start].trim_end_matches(' ');
                    BRANCH_ENDINGS
                        .iter()
                        .copied()
                        .find(|w| head.ends_with(w))
                        // (After a branch, a number of one group not starting with 0: not the
                        // branch's phone, `某支行 0595-12345678`.)
                        // (A number in one group or in a card's groups of four: not a branch's
                        // phone, `某支行 0595-12345678`.)
                        // (Grouped from 0, a long account's only: not `某分行 0595 2234 5678`.)
                        .filter(|w| {
                            *w == "银行"
                                || i + 1 == n
                                || (groups[i..n - 1].iter().all(|g| g.len() == 4)
                                    && groups[n - 1].len() <= 4
                                    && (!text[start..].starts_with('0')
                                        || groups[i..n].iter().map(|g| g.len()).sum::<usize>()
                                            >= 16))
                        })
                        .map(|_| "银行")
                });
            // (A label of no account right before the number wins over an account's label
            // further back: 账号…，缴款码4501….)
            // (A label of no account right before the number wins over an account's label
            // further back: 账号…，缴款码4501…; 银行账号已变更，注册号：3505….)
            let direct = label_before(text, start, ACCOUNT_LABELS, 6);
            if label_before(text, start, NOT_ACCOUNT, 6).is_some() && direct.is_none() {
                i += 1;
                continue;
            }
            // Longest whole-group combination of 12–20 digits from here.
            let mut len = 0;
            let mut best = None;
            for j in i + 1..=n {
                let g = groups[j - 1];
                if text.as_bytes()[g.end - 1].is_ascii_alphabetic() {
                    break;
                }
                // Grouped card numbers use groups of 4 (the last may be shorter); a labelled
                // account may start with a short branch prefix (14-123401040012345).
                let prefix = label.is_some() && j == i + 2 && groups[i].len() <= 3;
                if j > i + 1 && groups[j - 2].len() != 4 && groups[j - 2].len() != 6 && !prefix {
                    break;
                }
                len += g.len();
                if len > 20 {
                    break;
                }
                if len >= 12 {
                    best = Some((j, len));
                }
            }
            let Some((j, len)) = best else {
                i += 1;
                continue;
            };
            let digits = chain.joined(text, i, j);
            let luhn = luhn_ok(&digits);
            let card_prefix = matches!(digits[0], b'3'..=b'6' | b'9');
            // A UnionPay card (62…, Luhn, 16–19 digits) is a person's: it needs no banking
            // word around it (a card in a table of wages), and it is never the agency's
            // account, which is an organisation's.
            let unionpay = luhn && (16..=19).contains(&len) && digits.starts_with(b"62");
            // A card's number in a row right after its bank's branch (`某某	中国建设银行宁波江北支行
            // 	6217 …`, a register of payments): a person's card, its check digit aside.
            // (So is one right after the word 卡: 还有一张卡6214…, 信用社的卡6214….)
            let branch_cell = label.is_none()
                && (16..=19).contains(&len)
                && digits.starts_with(b"62")
                && (branch_before(text, start) || text[..start].ends_with('卡'));
            let span = Span::new(start, groups[j - 1].end);
            let (score, validity) = match (label.is_some(), luhn) {
                (true, true) => (0.96, Validity::Passed),
                // Company accounts do not use Luhn: the label is enough.
                (true, false) => (0.92, Validity::None),
                (false, false) if branch_cell => (0.8, Validity::Failed),
                (false, true)
                    if (16..=19).contains(&len)
                        && card_prefix
                        && (unionpay
                            || set_before(text, start, word_set!(BANK_WORDS), 20).is_some()) =>
                {
                    (0.8, Validity::Passed)
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            let role = scan
                .layout
                .owner(text, &scan.hits, people, start, AGENCY_ACCOUNT_WORDS);
            // An account for a refund is the party's, whatever block it stands in (退款账号,
            // 如需退付的，退至…账户).
            let refund = label.is_some_and(|l| l.starts_with("退款")) || {
                let from = super::context::sentence_start(text, start, 300);
                ["退款", "退付", "退还", "退至"]
                    .iter()
                    .any(|w| text[from..start].contains(w))
            };
            // An account the 户名 above names a person's is no agency's; nor is a UnionPay card
            // or a card so named (银行卡, 借记卡), unless the 户名 names the agency or another
            // organisation.
            // (And a UnionPay number, 62…, under a card's number label: 银行卡号：6217….)
            let card = direct.is_some_and(|l| {
                matches!(l, "银行卡" | "借记卡" | "储蓄卡")
                    || (l.ends_with("卡") && l.chars().count() == 3)
                    || (matches!(l, "银行卡号" | "卡号") && digits.starts_with(b"62"))
            });
            // (A payer's column in a register of payments, `付款账户`, holds no agency's.)
            // (Nor one a payer's label names: 付款卡号, 转出账户; unless the finance bureau is
            // named after it as the holder: 付款账号：…，户名：某市财政局.)
            const PAYER: [&str; 5] = ["付款", "缴款人", "汇款人", "转出", "代缴"];
            let payer = || {
                let near = super::context::retreat(text, start, 8);
                let after = &text[start..super::context::advance(text, start, 40)];
                // (Or the payer's account named with its bank before the number: 缴款人账户为
                // 某银行某支行，账号…; no payee between.)
                let far = super::context::retreat(text, start, 30);
                let named = [
                    "缴款人账户",
                    "缴款账户",
                    "付款账户",
                    "付款人账户",
                    "付款方账户",
                    "汇款人账户",
                    "转出账户",
                    "付款人",
                    "缴款人",
                    "汇款人",
                ]
                .iter()
                .filter_map(|w| text[far..start].rfind(w).map(|i| far + i + w.len()))
                .max()
                .is_some_and(|from| {
                    let between = &text[from..start];
                    !between.contains('。')
                        && ![
                            "财政", "收款", "专户", "国库", "缴入", "汇入", "存入", "转入", "缴纳",
                            "缴至", "指定", "非税", "持本",
                        ]
                        .iter()
                        .any(|w| between.contains(w))
                });
                (named
                    || PAYER.iter().any(|w| text[near..start].contains(w))
                    || scan
                        .layout
                        .column_head(text, start)
                        .is_some_and(|h| PAYER.iter().any(|w| h.contains(w))))
                    && !(after.contains("户名")
                        && AGENCY_ACCOUNT_WORDS.iter().any(|w| after.contains(w)))
                    // (A remitter's 汇款账号 when no finance bureau is named around it; with one,
                    // the account to remit to.)
                    || (text[near..start].contains("汇款账号") && {
                        let from = super::context::sentence_start(text, start, 80);
                        let around = &text[from..super::context::advance(text, start, 40)];
                        !["财政", "非税", "国库", "收款单位", "收款人", "指定账户"]
                            .iter()
                            .any(|w| around.contains(w))
                    })
            };
            let personal = role == Role::Agency
                && (holder_is_person(text, start).unwrap_or(unionpay || card || branch_cell)
                    || payer());
            let (kind, role) = if refund || personal {
                (PiiKind::BankAccount, Role::Party)
            } else if role == Role::Agency {
                (PiiKind::AgencyBankAccount, Role::Agency)
            } else {
                (PiiKind::BankAccount, role)
            };
            out.push(Candidate::new(
                span,
                kind,
                role,
                if luhn {
                    "bank_card_luhn"
                } else {
                    "bank_account"
                },
                label,
                validity,
                score,
            ));
            i = j;
        }
    }
}

/// Whom a 户名 label just before the account at `start` (户名：某某 over 账号：…) names: a
/// person (`Some(true)`: the account is that person's, whatever agency block stands above it),
/// an organisation (`Some(false)`), or no 户名 there (`None`).
fn holder_is_person(text: &str, start: usize) -> Option<bool> {
    let from = super::context::retreat(text, start, 40);
    let i = text[from..start].rfind("户名")?;
    let at = from + i + "户名".len();
    let rest = &text[at..];
    let p = at + (rest.len() - rest.trim_start_matches([':', ' ']).len());
    Some(super::names::name_at(text, p, true).is_some_and(|(e, _)| {
        text[e..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '\n' | ' ' | ',' | ';' | '\t'))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accounts(t: &str) -> Vec<(String, PiiKind)> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &[], &mut out);
        out.into_iter()
            .map(|c| (t[c.span.start..c.span.end].to_string(), c.kind))
            .collect()
    }

    #[test]
    fn labelled_and_grouped() {
        assert_eq!(
            accounts("开户银行:某银行  账号:6228 4804 0212 3456 789\n"),
            vec![("6228 4804 0212 3456 789".into(), PiiKind::BankAccount)]
        );
        assert_eq!(
            accounts("通过银行账户(某银行某支行,账号 62176801942574616)收取货款"),
            vec![("62176801942574616".into(), PiiKind::BankAccount)]
        );
        assert_eq!(
            accounts("开户行及账号:某银行 350201234567"),
            vec![("350201234567".into(), PiiKind::BankAccount)]
        );
    }

    #[test]
    fn agency_account_kept_kind() {
        assert_eq!(
            accounts("将罚款缴至某市财政局指定账户(开户银行:某银行;账号:32625343929928759)。"),
            vec![("32625343929928759".into(), PiiKind::AgencyBankAccount)]
        );
        // A form block: the fiscal account's words are on the lines above its number, but a
        // blank line ends the block.
        assert_eq!(
            accounts("被处罚人签名:王某\n罚款代收银行:某银行\n收款单位:某区财政局非税收入专户\n账号:3515 0198 7001 0000 0327\n"),
            vec![("3515 0198 7001 0000 0327".into(), PiiKind::AgencyBankAccount)]
        );
        assert_eq!(
            accounts("收款单位:某区财政局\n\n当事人:王某\n账号:3515 0198 7001 0000 0327\n"),
            vec![("3515 0198 7001 0000 0327".into(), PiiKind::BankAccount)]
        );
        // The holder named above the number is a person: the account is no agency's.
        assert_eq!(
            accounts("收款单位:某区财政局\n户名:佘文斌\n账号:3515 0198 7001 0000 0327\n"),
            vec![("3515 0198 7001 0000 0327".into(), PiiKind::BankAccount)]
        );
        assert_eq!(
            accounts("收款单位:某区财政局\n户名:某区财政局\n账号:3515 0198 7001 0000 0327\n"),
            vec![(
                "3515 0198 7001 0000 0327".into(),
                PiiKind::AgencyBankAccount
            )]
        );
        // A UnionPay card under a 户名 that names the agency is the agency's.
        assert_eq!(
            accounts("收款单位:某区财政局\n户名:某区财政局\n卡号:6222021408007321\n"),
            vec![("6222021408007321".into(), PiiKind::AgencyBankAccount)]
        );
        // A UnionPay card is a person's, even where lines default to the agency's.
        assert_eq!(
            accounts("处罚决定如上。\n收款单位:某区财政局 卡号:6222021408007321\n"),
            vec![("6222021408007321".into(), PiiKind::BankAccount)]
        );
        // A company's own account after the body, where lines default to the agency's.
        assert_eq!(
            accounts("经营范围:仓储。\n基本存款账户:某银行某支行,账号4425 0100 0027 0000 3516"),
            vec![("4425 0100 0027 0000 3516".into(), PiiKind::BankAccount)]
        );
    }

    #[test]
    fn unlabelled_needs_luhn_and_bank_word() {
        assert_eq!(
            accounts("转账至银行卡4111111111111111"),
            vec![("4111111111111111".into(), PiiKind::BankAccount)]
        );
        // A UnionPay card needs no banking word; an account column needs no Luhn.
        assert_eq!(
            accounts("工资 | 6222021408007321"),
            vec![("6222021408007321".into(), PiiKind::BankAccount)]
        );
        assert_eq!(
            accounts("月份 | 实发 | 入账卡号\n1月 | 2,000.00 | 6228480402315567719\n"),
            vec![("6228480402315567719".into(), PiiKind::BankAccount)]
        );
        assert!(accounts("月份 | 入账卡号\n1月 | 无\n").is_empty());
        // A row naming the treasury is not a person's account.
        assert!(accounts(
            "收款单位 | 开户银行 | 账号\n某区财政局 | 某银行 | 3515019870010000327\n"
        )
        .is_empty());
        assert!(accounts("设备编号2023392650939549553").is_empty());
        assert!(accounts("缴款码:36891326477066139504").is_empty());
        assert!(accounts("数值4111111111111111").is_empty());
    }
}
