//! The built-in rulebook: every document type gongshi validates and its required elements, as
//! declarative tables (one file per group of related types). Each element names the provision
//! behind it, whether it is statutory or template-only, the detector that finds it and what an
//! officer should add when it is missing.

pub mod common;
pub mod compulsion;
pub mod hearing_notice;
pub mod on_spot_decision;
pub mod penalty_decision;
pub mod penalty_notice;
pub mod records;
pub mod rectification;
pub mod service_and_summary;

use super::rules::DocTypeDef;

/// Version of the rulebook: bump when a table changes what is reported.
pub const VERSION: &str = "2024.1";

/// Every built-in document type, in detection-priority order for ties.
pub const BUILTIN: &[&DocTypeDef] = &[
    &penalty_decision::ORG,
    &penalty_decision::PERSON,
    &on_spot_decision::ON_SPOT,
    &penalty_notice::NOTICE,
    &hearing_notice::HEARING_NOTICE,
    &rectification::ORDER,
    &rectification::REVIEW,
    &records::INSPECTION,
    &records::INQUIRY,
    &compulsion::SEIZURE,
    &compulsion::SEIZURE_LIST,
    &compulsion::MEASURE,
    &compulsion::REMINDER,
    &compulsion::ENFORCEMENT,
    &service_and_summary::RECEIPT,
    &service_and_summary::SUMMARY,
];

/// The sources the tables rest on: title, version or date, and what they contribute.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("中华人民共和国行政处罚法", "2021年1月22日修订，2021年7月15日施行", "第九条 处罚种类；第四十二条、第四十四条、第四十五条、第五十一条、第五十二条、第五十五条、第五十九条、第六十一条至第六十四条、第六十七条、第七十二条"),
    ("中华人民共和国行政强制法", "2011年6月30日公布，2012年1月1日施行", "第二十四条、第二十五条 查封扣押；第三十五条 催告书；第三十七条 强制执行决定"),
    ("中华人民共和国安全生产法", "2021年6月10日修正，2021年9月1日施行", "第六十五条 现场处理与强制措施；第六十七条、第六十八条 监督检查与检查记录"),
    ("中华人民共和国行政复议法", "2023年9月1日修订，2024年1月1日施行", "第二十条 六十日申请期限；第二十四条 县级以上地方人民政府管辖"),
    ("中华人民共和国行政诉讼法", "2017年6月27日修正", "第四十六条 六个月起诉期限"),
    ("中华人民共和国民事诉讼法", "2023年9月1日修正", "第八十七条 送达回证"),
    ("安全生产违法行为行政处罚办法", "原国家安全监管总局令第15号，2015年修正", "听证“较大数额”缺省标准：个人一万元、单位三万元（可配置）"),
    ("安全生产行政执法文书（式样）", "原国家安全监管总局，2016年版", "文号、当事人信息、落款、印章等文书格式要素"),
    ("泉州市应急管理局《行政执法公示制度》《行政执法全过程记录制度》", "泉应急〔2020〕6号", "公示制度（十二）说理；（十四）2 公示摘要"),
];
