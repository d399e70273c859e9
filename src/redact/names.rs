//! Person names (隐名处理) from role cues and list structure.
//!
//! No dictionary of given names can be complete, so names are found where the language puts
//! them: after a role word (证人、鉴定人、委托代理人、陪同人员、员工…), in lists after it
//! (`被询问人：张三、李四`, `专业组成员中有张健、朱司耀、赵茹艳`), and before words that tell the
//! role (`李四的证言`, `王五（执法证号：…）`). A name is a surname from the table (single or
//! compound, e.g. 欧阳) plus one or two given-name characters; where it ends is decided by what
//! follows it: punctuation, or a word that follows names (的、未、在、于、作为、多处…).
//!
//! Every mention carries the role of its cue; [`super::persons`] then merges mentions of the
//! same name into one person and finds the other places the person is named.

use super::context::{advance, char_at, char_before, is_han};
use super::lexicon::{Hit, Tag};
use super::{Role, Scan};
use crate::finding::Span;
use crate::text::scan::CharSet;
use crate::text::words::{joined, word_set};

/// How a role word introduces names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The role of the persons it introduces.
    pub role: Role,
    /// A label that always introduces a name (证人, 鉴定人…), as opposed to a common noun that
    /// often does (员工, 人员…).
    pub strong: bool,
}

const fn strong(role: Role) -> Tag {
    Tag::NameCue(Cue { role, strong: true })
}

const fn weak(role: Role) -> Tag {
    Tag::NameCue(Cue {
        role,
        strong: false,
    })
}

/// Role words before names, and words after names that tell the role.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    // Officers (kept, 公示制度（八）).
    ("执法人员", strong(Role::Officer)),
    ("行政执法人员", strong(Role::Officer)),
    ("检查人员", strong(Role::Officer)),
    ("执法检查人员", strong(Role::Officer)),
    ("承办人", strong(Role::Officer)),
    ("承办人员", strong(Role::Officer)),
    ("办案人员", strong(Role::Officer)),
    ("调查人员", strong(Role::Officer)),
    ("复查人员", strong(Role::Officer)),
    ("听证主持人", strong(Role::Officer)),
    ("主持人", strong(Role::Officer)),
    ("听证员", strong(Role::Officer)),
    ("记录人", strong(Role::Officer)),
    ("记录员", strong(Role::Officer)),
    ("询问人", strong(Role::Officer)),
    ("调查人", strong(Role::Officer)),
    ("书记员", strong(Role::Officer)),
    ("送达人", strong(Role::Officer)),
    ("代收人", strong(Role::Other)),
    // (A receipt's field: 代收人签名	某某.)
    ("代收人签名", strong(Role::Other)),
    ("经办人", strong(Role::Officer)),
    // Heads of a people's government or of its departments, named in their office (由副县长某任
    // 组长, 县应急管理局局长某): public officials.
    ("县长", strong(Role::Officer)),
    ("副县长", strong(Role::Officer)),
    ("市长", strong(Role::Officer)),
    ("副市长", strong(Role::Officer)),
    ("区长", strong(Role::Officer)),
    ("副区长", strong(Role::Officer)),
    ("局长", strong(Role::Officer)),
    ("副局长", strong(Role::Officer)),
    ("镇长", strong(Role::Officer)),
    ("副镇长", strong(Role::Officer)),
    ("乡长", strong(Role::Officer)),
    ("副乡长", strong(Role::Officer)),
    ("股长", weak(Role::Other)),
    // Attendance of a 集体讨论 or 审理 meeting: the agency's own staff.
    ("出席人员", strong(Role::Officer)),
    ("列席人员", strong(Role::Officer)),
    // A laboratory's staff who tested samples (检测人员某、某), as an appraiser's.
    ("检测人员", weak(Role::Other)),
    ("参会人员", strong(Role::Officer)),
    // Who reviewed and approved a case inside the agency (审批表, 法制审核意见): officials in
    // the agency's own form field only (see `cue_role`); a company's approver is its staff.
    ("审批人", strong(Role::Officer)),
    // The staff of a review body who decided an appeal (行政复议人员：某　某).
    ("行政复议人员", strong(Role::Officer)),
    ("审核人", strong(Role::Officer)),
    ("批准人", strong(Role::Officer)),
    ("法制审核人员", strong(Role::Officer)),
    ("执法队员", strong(Role::Officer)),
    ("执法监督员", strong(Role::Officer)),
    // 联系人 is the agency's contact in its footer, someone else elsewhere: decided by the line.
    ("联系人", strong(Role::Unknown)),
    ("联络人", strong(Role::Unknown)),
    // A visitors' book (来访人某某), a training card (教育人某某, 受教育人签名：某某).
    ("来访人", strong(Role::Other)),
    ("教育人", weak(Role::Other)),
    ("受教育人", weak(Role::Other)),
    // The party (kept under the default policy).
    ("当事人", strong(Role::Party)),
    ("被处罚人", strong(Role::Party)),
    ("姓名", strong(Role::Party)),
    ("执法对象", strong(Role::Party)),
    ("被检查人", strong(Role::Party)),
    ("被检查对象", strong(Role::Party)),
    // Who a notice is served on (整改通知书: 被通知人签收：某).
    ("被通知人", strong(Role::Party)),
    ("受送达人", strong(Role::Party)),
    // One who takes the papers for the party (受送达人（代收人）：某某): another person.
    ("受送达人(代收人)", strong(Role::Other)),
    ("受送达人(代收)", strong(Role::Other)),
    ("受送达人(代理人)", strong(Role::Other)),
    // The party's agent on the party's line (当事人（委托代理人）：某某).
    ("当事人(委托代理人)", strong(Role::Agent)),
    ("当事人(代理人)", strong(Role::Agent)),
    ("违法行为人", strong(Role::Party)),
    ("行政相对人", strong(Role::Party)),
    ("经营者", strong(Role::Party)),
    // 行政复议 and 强制执行 documents: the applicant or the respondent is the party of the
    // case; where it is the agency, an organisation's name follows and no person is read.
    ("申请人", strong(Role::Party)),
    // A court's order to enforce: the person it is enforced against is the party.
    ("被执行人", strong(Role::Party)),
    ("被申请人", strong(Role::Party)),
    // An action against the agency: the plaintiff is the party of the case.
    ("原告", strong(Role::Party)),
    ("被答辩人", strong(Role::Party)),
    ("业主", weak(Role::Party)),
    // The person summoned to a 约谈 speaks for the party (its principal).
    ("被约谈人", strong(Role::LegalRep)),
    ("被约谈人员", strong(Role::LegalRep)),
    // The party's legal representative (kept; a policy may mask).
    ("法定代表人", strong(Role::LegalRep)),
    ("法定代表人(负责人)", strong(Role::LegalRep)),
    ("法人代表", strong(Role::LegalRep)),
    ("投资人", strong(Role::LegalRep)),
    ("主要负责人", strong(Role::LegalRep)),
    // Witnesses and persons questioned.
    ("证人", strong(Role::Witness)),
    ("被询问人", strong(Role::Witness)),
    ("被询问人员", strong(Role::Witness)),
    ("询问对象", strong(Role::Witness)),
    ("被调查人", strong(Role::Witness)),
    ("被访谈人", strong(Role::Witness)),
    ("知情人", strong(Role::Witness)),
    ("目击者", strong(Role::Witness)),
    ("见证人", strong(Role::Witness)),
    ("证明人", strong(Role::Witness)),
    ("在场人", strong(Role::Witness)),
    ("在场人员", strong(Role::Witness)),
    // Guardians and agents.
    ("法定代理人", strong(Role::LegalAgent)),
    ("监护人", strong(Role::LegalAgent)),
    ("委托代理人", strong(Role::Agent)),
    ("诉讼代理人", strong(Role::Agent)),
    ("代理人", strong(Role::Agent)),
    ("受委托人", strong(Role::Agent)),
    ("受托人", strong(Role::Agent)),
    ("被委托人", strong(Role::Agent)),
    ("律师", weak(Role::Agent)),
    // Appraisers.
    ("鉴定人", strong(Role::Appraiser)),
    ("法医", strong(Role::Appraiser)),
    // Who tested a machine or a sample for the case (检测人某).
    ("检测人", strong(Role::Appraiser)),
    ("检验人", strong(Role::Appraiser)),
    ("鉴定人员", strong(Role::Appraiser)),
    ("鉴定专家", strong(Role::Appraiser)),
    ("专家", weak(Role::Appraiser)),
    // A panel's members under its name (技术专家组：某（某大学教授））.
    ("专家组", weak(Role::Appraiser)),
    ("技术组", weak(Role::Appraiser)),
    ("检验人", strong(Role::Appraiser)),
    ("检验人员", strong(Role::Appraiser)),
    ("评估人员", strong(Role::Appraiser)),
    // Other persons in the facts.
    ("第三人", strong(Role::Other)),
    ("权利人", strong(Role::Other)),
    ("实际所有人", strong(Role::Other)),
    ("所有人", weak(Role::Other)),
    ("签收人", strong(Role::Other)),
    // A firm's trainer, signing its attendance sheet (培训人签字：某某).
    ("培训人", weak(Role::Other)),
    ("培训人签字", strong(Role::Other)),
    ("培训人签名", strong(Role::Other)),
    // Who signed for the party: the party himself when named as such elsewhere (a published
    // role wins), else a firm's clerk (当事人签收：某某（受法定代表人某某委托）).
    ("当事人签收", strong(Role::Other)),
    ("当事人签名", strong(Role::Other)),
    ("当事人签字", strong(Role::Other)),
    ("收件人", strong(Role::Other)),
    // A payee named in the facts (收款人蔡某，收款账号…); the agency's own payee is an
    // organisation (收款人：某区财政局) and names no person.
    ("收款人", strong(Role::Other)),
    // Who collects a reward or a returned item (领取人：某).
    ("领取人", strong(Role::Other)),
    // An answer in a record of questioning naming someone asked about (问：老乡叫什么名字？
    // 答：叫某某). `答：我叫…` is the person questioned, whose role the header gives.
    ("答:叫", strong(Role::Other)),
    ("答:他叫", strong(Role::Other)),
    ("答:她叫", strong(Role::Other)),
    ("带班人", strong(Role::Other)),
    ("陪同人员", strong(Role::Other)),
    // The inspected company's staff who went round with the officers (not 检查人员).
    ("陪同检查人员", strong(Role::Other)),
    ("陪同检查人", strong(Role::Other)),
    ("陪同人", strong(Role::Other)),
    ("现场负责人", strong(Role::Other)),
    ("负责人", strong(Role::Other)),
    ("举报人", strong(Role::Other)),
    // The person a complaint is about is the party of the case.
    ("被举报人", strong(Role::Party)),
    ("被投诉人", strong(Role::Party)),
    ("投诉人", strong(Role::Other)),
    ("报案人", strong(Role::Other)),
    ("信访人", strong(Role::Other)),
    ("受害人", strong(Role::Other)),
    ("伤者", strong(Role::Other)),
    ("受伤者", strong(Role::Other)),
    ("死者", strong(Role::Other)),
    ("遇难者", strong(Role::Other)),
    ("受伤人员", strong(Role::Other)),
    ("伤亡人员", strong(Role::Other)),
    ("实际控制人", strong(Role::Other)),
    ("实际经营人", strong(Role::Other)),
    ("实际经营者", strong(Role::Other)),
    ("承租人", strong(Role::Other)),
    ("出租人", strong(Role::Other)),
    ("承包人", strong(Role::Other)),
    ("房东", weak(Role::Other)),
    ("房主", weak(Role::Other)),
    ("屋主", weak(Role::Other)),
    ("车主", weak(Role::Other)),
    ("租户", weak(Role::Other)),
    ("群众", weak(Role::Other)),
    ("村民", weak(Role::Other)),
    ("居民", weak(Role::Other)),
    ("员工", weak(Role::Other)),
    ("员工代表", weak(Role::Other)),
    // The buyer in a sale the facts tell (买受人某).
    ("买受人", weak(Role::Other)),
    ("职工代表", weak(Role::Other)),
    ("职工", weak(Role::Other)),
    ("工人", weak(Role::Other)),
    ("雇员", weak(Role::Other)),
    ("徒弟", weak(Role::Other)),
    ("小伙子", weak(Role::Other)),
    ("理货员", weak(Role::Other)),
    ("离职工人", weak(Role::Other)),
    ("老伴", weak(Role::Other)),
    ("报警人", strong(Role::Other)),
    ("监火人", weak(Role::Other)),
    ("船长", weak(Role::Other)),
    ("轮机长", weak(Role::Other)),
    ("值班经理", weak(Role::Other)),
    ("产权人", weak(Role::Other)),
    ("房屋产权人", weak(Role::Other)),
    ("共有人", weak(Role::Other)),
    ("阿婆", weak(Role::Other)),
    ("家小孩", weak(Role::Other)),
    ("同村人", weak(Role::Other)),
    ("老乡", weak(Role::Other)),
    ("自然人", weak(Role::Other)),
    ("离职职工", weak(Role::Other)),
    ("来电人", strong(Role::Other)),
    ("收货人", weak(Role::Other)),
    ("分拣员", weak(Role::Other)),
    ("劳动者", weak(Role::Other)),
    // (A woman worker: the word whole, not 女 after a condition: 孕期女职工.)
    ("女职工", weak(Role::Other)),
    ("女工", weak(Role::Other)),
    ("女员工", weak(Role::Other)),
    ("安全总监", weak(Role::Other)),
    ("总监", weak(Role::Other)),
    ("雇用的", weak(Role::Other)),
    ("雇佣的", weak(Role::Other)),
    ("聘用的", weak(Role::Other)),
    ("工友", weak(Role::Other)),
    ("同事", weak(Role::Other)),
    ("学徒", weak(Role::Other)),
    // A kindergarten's children, staff and parents (幼儿某某, 保育员某某, 家长某某), a cook's
    // help.
    ("幼儿", weak(Role::Other)),
    ("患儿", weak(Role::Other)),
    ("小朋友", weak(Role::Other)),
    ("保育员", weak(Role::Other)),
    ("家长", weak(Role::Other)),
    ("帮厨", weak(Role::Other)),
    // A front desk's clerk, a gym's coach, a blast's guard (是前台某某打的, 教练某某也过来
    // 帮忙, 安全警戒员某某负责西侧警戒).
    ("前台", weak(Role::Other)),
    ("教练", weak(Role::Other)),
    ("警戒员", weak(Role::Other)),
    ("安全警戒员", weak(Role::Other)),
    ("人员", weak(Role::Other)),
    // 本局工作人员张某 is an officer (see `cue_role`), anyone else's 工作人员 an employee.
    ("工作人员", weak(Role::Other)),
    ("作业人员", weak(Role::Other)),
    ("从业人员", weak(Role::Other)),
    ("操作人员", weak(Role::Other)),
    ("操作工", weak(Role::Other)),
    ("驾驶员", weak(Role::Other)),
    ("驾驶人", weak(Role::Other)),
    ("司机", weak(Role::Other)),
    ("电工", weak(Role::Other)),
    ("焊工", weak(Role::Other)),
    ("电焊工", weak(Role::Other)),
    ("安全员", weak(Role::Other)),
    ("专员", weak(Role::Other)),
    ("人事专员", weak(Role::Other)),
    ("安全主任", weak(Role::Other)),
    ("仓管员", weak(Role::Other)),
    // Job titles that name employees in the facts (`仓库管理员张某`, `叉车工李某`).
    ("管理员", weak(Role::Other)),
    ("库管员", weak(Role::Other)),
    ("调度员", weak(Role::Other)),
    ("巡检员", weak(Role::Other)),
    ("检查员", weak(Role::Other)),
    ("值班员", weak(Role::Other)),
    ("操作员", weak(Role::Other)),
    ("化验员", weak(Role::Other)),
    ("采购员", weak(Role::Other)),
    ("销售员", weak(Role::Other)),
    ("业务员", weak(Role::Other)),
    ("快递员", weak(Role::Other)),
    ("送货员", weak(Role::Other)),
    ("配送员", weak(Role::Other)),
    ("押运员", weak(Role::Other)),
    ("装卸员", weak(Role::Other)),
    ("保洁员", weak(Role::Other)),
    ("清洁工", weak(Role::Other)),
    ("保安员", weak(Role::Other)),
    // A property company's guard (秩序维护员某某发现冒烟).
    ("秩序维护员", weak(Role::Other)),
    // A suspect handed to the police, a village's doctor, households in a village's log (五保户
    // 某某, 户主某某): others in the facts; the party is named 当事人.
    ("犯罪嫌疑人", strong(Role::Other)),
    ("村医", weak(Role::Other)),
    ("乡村医生", weak(Role::Other)),
    ("五保户", weak(Role::Other)),
    ("户主", weak(Role::Other)),
    ("保安", weak(Role::Other)),
    ("帮工", weak(Role::Other)),
    ("杂工", weak(Role::Other)),
    ("小工", weak(Role::Other)),
    ("股东", weak(Role::Other)),
    ("合伙人", weak(Role::Other)),
    ("老板", weak(Role::Other)),
    ("老板娘", weak(Role::Other)),
    ("店主", weak(Role::Other)),
    ("摊主", weak(Role::Other)),
    ("货主", weak(Role::Other)),
    ("雇主", weak(Role::Other)),
    ("施工员", weak(Role::Other)),
    ("监理员", weak(Role::Other)),
    ("工程师", weak(Role::Other)),
    ("技术负责人", weak(Role::Other)),
    ("学员", weak(Role::Other)),
    ("实习生", weak(Role::Other)),
    ("临时工", weak(Role::Other)),
    // 无证人员某某 (and never 证人 inside it).
    ("无证人员", weak(Role::Other)),
    ("钳工", weak(Role::Other)),
    ("木工", weak(Role::Other)),
    ("油漆工", weak(Role::Other)),
    ("瓦工", weak(Role::Other)),
    ("钢筋工", weak(Role::Other)),
    ("架子工", weak(Role::Other)),
    ("信号工", weak(Role::Other)),
    ("司索工", weak(Role::Other)),
    ("起重工", weak(Role::Other)),
    ("叉车工", weak(Role::Other)),
    ("司炉工", weak(Role::Other)),
    ("维修工", weak(Role::Other)),
    ("检修工", weak(Role::Other)),
    ("装卸工", weak(Role::Other)),
    ("搬运工", weak(Role::Other)),
    ("包装工", weak(Role::Other)),
    ("普工", weak(Role::Other)),
    ("厨师", weak(Role::Other)),
    ("服务员", weak(Role::Other)),
    ("收费员", weak(Role::Other)),
    ("售票员", weak(Role::Other)),
    ("骑手", weak(Role::Other)),
    ("队长", weak(Role::Other)),
    ("班组长", weak(Role::Other)),
    ("工长", weak(Role::Other)),
    ("领班", weak(Role::Other)),
    ("助理", weak(Role::Other)),
    ("文员", weak(Role::Other)),
    ("跟车员", weak(Role::Other)),
    ("车间负责人", weak(Role::Other)),
    ("施工负责人", weak(Role::Other)),
    ("带班负责人", weak(Role::Other)),
    ("保管员", weak(Role::Other)),
    ("门卫", weak(Role::Other)),
    ("店员", weak(Role::Other)),
    ("营业员", weak(Role::Other)),
    ("收银员", weak(Role::Other)),
    ("加油员", weak(Role::Other)),
    ("送气员", weak(Role::Other)),
    ("雇工", weak(Role::Other)),
    ("财务", weak(Role::Other)),
    ("童工", weak(Role::Other)),
    ("班主任", weak(Role::Other)),
    ("一个叫", weak(Role::Other)),
    ("财务人员", weak(Role::Other)),
    // Who carried a letter sent by post (揽投员, 投递员: an EMS receipt).
    ("揽投员", strong(Role::Other)),
    ("投递员", strong(Role::Other)),
    // Someone naming himself or another in speech (执法记录仪: 我叫某，电话…; 她叫某): whose
    // role a stronger cue elsewhere (当事人, 被询问人) gives, if any.
    ("我叫", weak(Role::Other)),
    ("他叫", weak(Role::Other)),
    ("她叫", weak(Role::Other)),
    ("名叫", weak(Role::Other)),
    // (一名叫某某的人: 一名, a count, would take the 名 of 名叫.)
    ("一名叫", weak(Role::Other)),
    // The parties of an agreement quoted in a file (赔偿协议: 甲方：某公司 / 乙方一：某某) and
    // its mediator.
    ("甲方", strong(Role::Other)),
    ("乙方", strong(Role::Other)),
    ("丙方", strong(Role::Other)),
    ("调解人", strong(Role::Other)),
    // Who taught a training session (授课人：某（某公司工程师）).
    ("授课人", strong(Role::Other)),
    // Spoken: a person described first, then named (一个押运员，女的，叫某某，).
    (",叫", weak(Role::Other)),
    // Who was handed something (钥匙交给了某某。).
    ("交给了", weak(Role::Other)),
    // The worker of a confined-space permit (作业人某, 监护人某, 气体检测人某).
    ("作业人", weak(Role::Other)),
    ("店长", weak(Role::Other)),
    ("收发员", weak(Role::Other)),
    ("男子", weak(Role::Other)),
    ("女子", weak(Role::Other)),
    ("调解员", weak(Role::Other)),
    ("委员", weak(Role::Other)),
    ("村干部", weak(Role::Other)),
    ("行人", weak(Role::Other)),
    ("卸油员", weak(Role::Other)),
    ("计量员", weak(Role::Other)),
    ("售货员", weak(Role::Other)),
    ("资料员", weak(Role::Other)),
    ("材料员", weak(Role::Other)),
    ("测量员", weak(Role::Other)),
    ("学徒工", weak(Role::Other)),
    ("搅拌工", weak(Role::Other)),
    ("挖机司机", weak(Role::Other)),
    // Who drew the sketch of a 勘验 (an invited technician; an officer is named as one
    // elsewhere, and that role wins).
    ("绘图人", strong(Role::Other)),
    ("技术员", weak(Role::Other)),
    ("质检员", weak(Role::Other)),
    ("班长", weak(Role::Other)),
    ("包工头", weak(Role::Other)),
    ("工头", weak(Role::Other)),
    ("网格员", weak(Role::Other)),
    ("保全员", weak(Role::Other)),
    ("抛光工", weak(Role::Other)),
    ("妇女", weak(Role::Other)),
    ("主任", weak(Role::Other)),
    // The head of a mine is its principal (主要负责人), published like the legal
    // representative; his deputies are staff.
    ("矿长", strong(Role::LegalRep)),
    ("副矿长", weak(Role::Other)),
    ("安全副矿长", weak(Role::Other)),
    ("生产副矿长", weak(Role::Other)),
    ("技术副矿长", weak(Role::Other)),
    ("机电副矿长", weak(Role::Other)),
    ("带班矿长", weak(Role::Other)),
    ("科长", weak(Role::Other)),
    ("科员", weak(Role::Other)),
    ("技师", weak(Role::Other)),
    ("医师", weak(Role::Other)),
    // (A word of the health table too, where it is no one's health.)
    ("诊断医师", weak(Role::Other)),
    ("医生", weak(Role::Other)),
    ("护士", weak(Role::Other)),
    ("安全管理负责人", weak(Role::Other)),
    ("安全负责人", weak(Role::Other)),
    ("安全管理人员", weak(Role::Other)),
    ("熔炼工", weak(Role::Other)),
    ("窑炉工", weak(Role::Other)),
    ("浇注工", weak(Role::Other)),
    ("铸造工", weak(Role::Other)),
    ("冲压工", weak(Role::Other)),
    ("喷漆工", weak(Role::Other)),
    ("打磨工", weak(Role::Other)),
    ("切割工", weak(Role::Other)),
    ("气割工", weak(Role::Other)),
    ("破碎工", weak(Role::Other)),
    ("爆破工", weak(Role::Other)),
    ("爆破员", weak(Role::Other)),
    ("放炮员", weak(Role::Other)),
    ("掘进工", weak(Role::Other)),
    ("支护工", weak(Role::Other)),
    ("瓦检员", weak(Role::Other)),
    ("安检员", weak(Role::Other)),
    ("水电工", weak(Role::Other)),
    ("泥水工", weak(Role::Other)),
    ("管道工", weak(Role::Other)),
    ("安装工", weak(Role::Other)),
    ("机修工", weak(Role::Other)),
    ("锅炉工", weak(Role::Other)),
    ("配料工", weak(Role::Other)),
    ("投料工", weak(Role::Other)),
    ("取样工", weak(Role::Other)),
    ("取样员", weak(Role::Other)),
    ("巡检工", weak(Role::Other)),
    ("化验工", weak(Role::Other)),
    ("维修员", weak(Role::Other)),
    ("司泵工", weak(Role::Other)),
    ("组长", weak(Role::Other)),
    ("车间主任", weak(Role::Other)),
    ("主管", weak(Role::Other)),
    ("厂长", weak(Role::Other)),
    ("部长", weak(Role::Other)),
    ("经理", weak(Role::Other)),
    ("副总", weak(Role::Other)),
    ("顾客", weak(Role::Other)),
    // A guesthouse's or a park's guests (客人某某、某某).
    ("客人", weak(Role::Other)),
    ("食客", weak(Role::Other)),
    ("住客", weak(Role::Other)),
    ("旅客", weak(Role::Other)),
    ("游客", weak(Role::Other)),
    // (儿童 alone is a modifier: 儿童游泳池, 儿童毛巾.)
    ("的儿童", weak(Role::Other)),
    // Who directed a company's drill or rescue (现场指挥：某（煤气防护站站长）).
    ("现场指挥", weak(Role::Other)),
    ("总指挥", weak(Role::Other)),
    ("副总指挥", weak(Role::Other)),
    ("房客", weak(Role::Other)),
    ("厨师长", weak(Role::Other)),
    ("厨师", weak(Role::Other)),
    ("副总经理", weak(Role::Other)),
    ("总经理", weak(Role::Other)),
    ("站长", weak(Role::Other)),
    ("会计", weak(Role::Other)),
    ("出纳", weak(Role::Other)),
    ("成员", weak(Role::Other)),
    ("组员", weak(Role::Other)),
    // A team's worker (同班组员工某某): 员工, not 组员 and a name 工某.
    ("组员工", weak(Role::Other)),
    ("家属", weak(Role::Other)),
    ("亲属", weak(Role::Other)),
    ("父亲", weak(Role::Other)),
    ("母亲", weak(Role::Other)),
    ("妻子", weak(Role::Other)),
    ("妈妈", weak(Role::Other)),
    ("爸爸", weak(Role::Other)),
    // Who taught a new hand (老师傅某某带了我半天).
    ("师傅", weak(Role::Other)),
    ("老师傅", weak(Role::Other)),
    ("丈夫", weak(Role::Other)),
    ("配偶", weak(Role::Other)),
    ("儿子", weak(Role::Other)),
    ("女儿", weak(Role::Other)),
    ("子女", weak(Role::Other)),
    ("小女孩", weak(Role::Other)),
    ("小男孩", weak(Role::Other)),
    // A militia's or a rescue team's leader (民兵应急排排长某).
    ("排长", weak(Role::Other)),
    // Firefighters and rescuers named in a rescue's record (消防员某某进入三楼搜救).
    ("消防员", weak(Role::Other)),
    ("消防队员", weak(Role::Other)),
    ("救援队员", weak(Role::Other)),
    ("闺女", weak(Role::Other)),
    ("村支书", weak(Role::Other)),
    // A village's or a firm's Party branch (村党支部书记某某), no officer of the agency.
    ("党支部书记", weak(Role::Other)),
    ("支部书记", weak(Role::Other)),
    // Who was on duty (值班的是某某).
    ("值班的", weak(Role::Other)),
    ("当班的", weak(Role::Other)),
    // A speaker's parents (我妈某某从老家上来).
    // (Not 我妹, 我哥…: they would hide 妹妹, 妹夫, 哥哥 after them.)
    ("我妈", weak(Role::Other)),
    ("他妈", weak(Role::Other)),
    ("她妈", weak(Role::Other)),
    ("他爸", weak(Role::Other)),
    // (Longer, or 他爸 would hide 爸爸: 他爸爸某某.)
    ("他爸爸", weak(Role::Other)),
    ("她爸爸", weak(Role::Other)),
    ("他妈妈", weak(Role::Other)),
    ("她妈妈", weak(Role::Other)),
    ("她爸", weak(Role::Other)),
    // 他太太某某, 老板太太某某.
    ("太太", weak(Role::Other)),
    // In-laws (我丈母娘某某).
    ("丈母娘", weak(Role::Other)),
    ("舅妈", weak(Role::Other)),
    // A guarantor of a payment by instalments (担保人：某某), who delivers goods (送货的某某).
    ("担保人", strong(Role::Other)),
    ("送货的", weak(Role::Other)),
    ("我爸", weak(Role::Other)),
    ("我妈妈", weak(Role::Other)),
    ("我爸爸", weak(Role::Other)),
    // A firm's clerk the agency writes to (申请材料由你单位经办人某某提交): no officer.
    ("你单位经办人", weak(Role::Other)),
    ("贵单位经办人", weak(Role::Other)),
    ("你公司经办人", weak(Role::Other)),
    ("贵公司经办人", weak(Role::Other)),
    // The holder of an account (户名：某某，卡号…): someone in the facts, unless the registry
    // knows him as the party.
    ("户名", weak(Role::Other)),
    // The builder who did the work (实际施工人：某某), no 工人 of his; his crew are.
    ("施工人", weak(Role::Unknown)),
    ("施工人员", weak(Role::Other)),
    // A name heard (听说叫某某, 后来知道叫某某, 一个叫某某的工人) and a villager (隔壁石竹村的
    // 某某).
    ("听说叫", weak(Role::Other)),
    ("知道叫", weak(Role::Other)),
    ("一个叫", weak(Role::Other)),
    ("一位叫", weak(Role::Other)),
    ("有个叫", weak(Role::Other)),
    ("村的", weak(Role::Other)),
    ("老公", weak(Role::Other)),
    ("老婆", weak(Role::Other)),
    ("爱人", weak(Role::Other)),
    ("哥哥", weak(Role::Other)),
    ("弟弟", weak(Role::Other)),
    ("姐姐", weak(Role::Other)),
    ("妹妹", weak(Role::Other)),
    ("亲戚", weak(Role::Other)),
    // In-laws (其妻弟某代为领取).
    ("妻弟", weak(Role::Other)),
    ("妻兄", weak(Role::Other)),
    ("妻姐", weak(Role::Other)),
    ("妻妹", weak(Role::Other)),
    ("内弟", weak(Role::Other)),
    ("小舅子", weak(Role::Other)),
    ("姐夫", weak(Role::Other)),
    ("妹夫", weak(Role::Other)),
    ("弟媳", weak(Role::Other)),
    ("堂哥", weak(Role::Other)),
    ("连襟", weak(Role::Other)),
    // After 其, or 其妻 would hide them.
    ("其妻弟", weak(Role::Other)),
    ("其姐姐", weak(Role::Other)),
    ("其哥哥", weak(Role::Other)),
    ("其弟弟", weak(Role::Other)),
    ("其妹妹", weak(Role::Other)),
    // A lecturer hired for a training (聘请某学校讲师某某讲授…).
    ("讲师", weak(Role::Other)),
    ("其妻兄", weak(Role::Other)),
    ("其妻姐", weak(Role::Other)),
    ("其妻妹", weak(Role::Other)),
    ("邻居", weak(Role::Other)),
    ("朋友", weak(Role::Other)),
    ("患者", weak(Role::Other)),
    // Relatives introduced by 其 or after a name (蔡某之妻吴某).
    // With the longer words, or 其妻 would hide 妻子 (其妻子洪某).
    ("其妻子", weak(Role::Other)),
    ("其丈夫", weak(Role::Other)),
    ("其儿子", weak(Role::Other)),
    ("其女儿", weak(Role::Other)),
    ("其父亲", weak(Role::Other)),
    ("其母亲", weak(Role::Other)),
    ("其配偶", weak(Role::Other)),
    ("其妻", weak(Role::Other)),
    ("其夫", weak(Role::Other)),
    ("其子", weak(Role::Other)),
    ("其女", weak(Role::Other)),
    ("其父", weak(Role::Other)),
    ("其母", weak(Role::Other)),
    ("其祖父", weak(Role::Other)),
    ("其祖母", weak(Role::Other)),
    ("其外公", weak(Role::Other)),
    ("其外婆", weak(Role::Other)),
    ("其爷爷", weak(Role::Other)),
    ("其奶奶", weak(Role::Other)),
    ("其兄", weak(Role::Other)),
    // (称其: the health phrase's introducer, read as one word with the relative.)
    ("称其兄", weak(Role::Other)),
    ("称其弟", weak(Role::Other)),
    ("称其妻", weak(Role::Other)),
    ("称其父", weak(Role::Other)),
    ("称其母", weak(Role::Other)),
    ("称其父亲", weak(Role::Other)),
    ("称其母亲", weak(Role::Other)),
    ("称其弟弟", weak(Role::Other)),
    ("称其妻子", weak(Role::Other)),
    ("称其哥哥", weak(Role::Other)),
    ("其弟", weak(Role::Other)),
    ("其姐", weak(Role::Other)),
    ("其妹", weak(Role::Other)),
    ("之妻", weak(Role::Other)),
    ("之夫", weak(Role::Other)),
    ("之子", weak(Role::Other)),
    ("之女", weak(Role::Other)),
    ("之父", weak(Role::Other)),
    ("之母", weak(Role::Other)),
    ("之兄", weak(Role::Other)),
    ("之弟", weak(Role::Other)),
    ("之表弟", weak(Role::Other)),
    ("之表兄", weak(Role::Other)),
    ("胞兄", weak(Role::Other)),
    ("胞弟", weak(Role::Other)),
    ("胞姐", weak(Role::Other)),
    ("胞妹", weak(Role::Other)),
    ("表弟", weak(Role::Other)),
    ("表哥", weak(Role::Other)),
    ("表姐", weak(Role::Other)),
    ("表妹", weak(Role::Other)),
    ("堂弟", weak(Role::Other)),
    ("堂兄", weak(Role::Other)),
    ("侄子", weak(Role::Other)),
    ("外甥", weak(Role::Other)),
    ("女婿", weak(Role::Other)),
    ("儿媳", weak(Role::Other)),
    ("孙子", weak(Role::Other)),
    ("孙女", weak(Role::Other)),
    // Grandchildren (某某之孙某某（7岁）, 其孙某某).
    ("之孙", weak(Role::Other)),
    ("之孙女", weak(Role::Other)),
    ("其孙", weak(Role::Other)),
    ("其孙子", weak(Role::Other)),
    ("其孙女", weak(Role::Other)),
    ("外孙", weak(Role::Other)),
    ("外孙女", weak(Role::Other)),
    // Who was hired (另雇用某某负责包装).
    ("雇用", weak(Role::Other)),
    ("雇佣", weak(Role::Other)),
    ("兄长", weak(Role::Other)),
    ("嫂子", weak(Role::Other)),
    ("岳父", weak(Role::Other)),
    ("岳母", weak(Role::Other)),
    ("公公", weak(Role::Other)),
    ("婆婆", weak(Role::Other)),
    ("爷爷", weak(Role::Other)),
    ("奶奶", weak(Role::Other)),
    ("外公", weak(Role::Other)),
    ("外婆", weak(Role::Other)),
    ("叔叔", weak(Role::Other)),
    ("伯父", weak(Role::Other)),
    ("舅舅", weak(Role::Other)),
    ("姑姑", weak(Role::Other)),
    ("侄女", weak(Role::Other)),
    ("前妻", weak(Role::Other)),
    ("前夫", weak(Role::Other)),
    ("男友", weak(Role::Other)),
    ("女友", weak(Role::Other)),
    ("同学", weak(Role::Other)),
    ("老乡", weak(Role::Other)),
    // Customers and buyers in the facts (购油人某证实…).
    ("客户", weak(Role::Other)),
    // A trainer (授课教师某); a holder of a certificate (持证人), which holds 证人.
    ("教师", weak(Role::Other)),
    ("持证人", weak(Role::Other)),
    ("用户", weak(Role::Other)),
    ("客户姓名", strong(Role::Other)),
    ("用户姓名", strong(Role::Other)),
    // Whose phone the evidence came from (电子数据持有人：某).
    ("电子数据持有人", strong(Role::Other)),
    ("持有人", weak(Role::Other)),
    ("购买人", strong(Role::Other)),
    ("购油人", strong(Role::Other)),
    ("买家", weak(Role::Other)),
    ("乘客", weak(Role::Other)),
    // A passenger of a car in a crash (乘车人某某，男，7岁).
    ("乘车人", weak(Role::Other)),
    // One brought out by rescuers (15时03分救出某某，意识丧失).
    ("救出", weak(Role::Other)),
    // A fleet's watcher of its vehicles' monitors (当班监控员某某).
    ("监控员", weak(Role::Other)),
    // Residents who reported a hazard (反映人某某), a ship's crew, a machine's operator.
    ("反映人", strong(Role::Other)),
    ("船员", weak(Role::Other)),
    // An expert by his title (某大学副教授某某): the panel's, not the agency's. (工程师 is a
    // trade's word, read as such.)
    ("副教授", weak(Role::Appraiser)),
    ("教授", weak(Role::Appraiser)),
    // A rescue team's commander (现场指挥员：某某), who may sign its log as 记录人.
    ("指挥员", strong(Role::Other)),
    ("现场指挥员", strong(Role::Other)),
    // Who sold the goods to the party (供货人某某).
    ("供货人", weak(Role::Other)),
    ("住户", weak(Role::Other)),
    ("租客", weak(Role::Other)),
    // Words after a name that tell its role.
    ("的证言", Tag::NameAfter(Role::Witness)),
    ("证言", Tag::NameAfter(Role::Witness)),
    ("的询问笔录", Tag::NameAfter(Role::Witness)),
    // A teacher, a doctor or a skilled hand named before the title (班主任某某老师, 呼吸科的
    // 某某大夫, 车间的某某师傅).
    ("老师", Tag::NameAfter(Role::Other)),
    ("大夫", Tag::NameAfter(Role::Other)),
    ("医生", Tag::NameAfter(Role::Other)),
    ("师傅", Tag::NameAfter(Role::Other)),
    // An older woman or a colleague named with a form of address (某某阿姨, 某某姐姐).
    ("阿姨", Tag::NameAfter(Role::Other)),
    ("姐姐", Tag::NameAfter(Role::Other)),
    // A form of address (与某某女士、某某先生签订了协议); not a letter's addressee, `某某先生：`
    // (see [`before_cue`]).
    ("先生", Tag::NameAfter(Role::Other)),
    ("女士", Tag::NameAfter(Role::Other)),
    // A lawyer named before the title (某律师事务所某某律师, 委托某某律师).
    ("律师", Tag::NameAfter(Role::Agent)),
    // A person described as a man or a woman (`由王某某（男，1968年出生…）经营`), also at the
    // start of an entry of a list of persons (`1. 某某，男，1977年出生，身份证号码：…`).
    (",男,", Tag::NameAfter(Role::Other)),
    (",女,", Tag::NameAfter(Role::Other)),
    // A person given with an identity number (`某某（身份证号：…）的登记表`).
    ("(身份证号", Tag::NameAfter(Role::Other)),
    ("(公民身份号码", Tag::NameAfter(Role::Other)),
    ("(户籍地", Tag::NameAfter(Role::Other)),
    ("(住址", Tag::NameAfter(Role::Other)),
    ("(家庭住址", Tag::NameAfter(Role::Other)),
    ("(男,", Tag::NameAfter(Role::Other)),
    ("(男)", Tag::NameAfter(Role::Other)),
    ("(女,", Tag::NameAfter(Role::Other)),
    ("(女)", Tag::NameAfter(Role::Other)),
    // An exhibit named after the person questioned (`证据：王某询问笔录`).
    ("询问笔录", Tag::NameAfter(Role::Witness)),
    ("作为代理人", Tag::NameAfter(Role::Agent)),
    ("作为委托代理人", Tag::NameAfter(Role::Agent)),
    ("的陈述", Tag::NameAfter(Role::Other)),
    ("系未成年人", Tag::NameAfter(Role::Other)),
    // The ward of a guardian (作为某某的法定代理人).
    ("的法定代理人", Tag::NameAfter(Role::Other)),
    ("的伤情", Tag::NameAfter(Role::Other)),
    // A count of persons closes a list of names (张某、李某和王某三个人, 赵某等人): persons in the
    // facts, named nowhere else with a role.
    ("等人", Tag::NameAfter(Role::Other)),
    ("两人", Tag::NameAfter(Role::Other)),
    ("二人", Tag::NameAfter(Role::Other)),
    ("三人", Tag::NameAfter(Role::Other)),
    ("2人", Tag::NameAfter(Role::Other)),
    ("3人", Tag::NameAfter(Role::Other)),
    ("4人", Tag::NameAfter(Role::Other)),
    ("5人", Tag::NameAfter(Role::Other)),
    ("四人", Tag::NameAfter(Role::Other)),
    ("五人", Tag::NameAfter(Role::Other)),
    ("两个人", Tag::NameAfter(Role::Other)),
    ("三个人", Tag::NameAfter(Role::Other)),
    ("四个人", Tag::NameAfter(Role::Other)),
    ("五个人", Tag::NameAfter(Role::Other)),
    ("等两人", Tag::NameAfter(Role::Other)),
    ("等二人", Tag::NameAfter(Role::Other)),
    ("等三人", Tag::NameAfter(Role::Other)),
    ("等四人", Tag::NameAfter(Role::Other)),
    ("等五人", Tag::NameAfter(Role::Other)),
    // 你和某某是什么关系: a transcript asks how the witness knows a person in the facts.
    ("是什么关系", Tag::NameAfter(Role::Other)),
    ("什么关系", Tag::NameAfter(Role::Other)),
    // 询问了张某、李某: the persons questioned.
    ("询问了", weak(Role::Witness)),
    // 带班人某带领张某和李某进入: those led.
    ("带领", weak(Role::Other)),
    // Passers-by and neighbours described by what they were doing (路过的某被撞伤).
    ("路过的", weak(Role::Other)),
    ("相邻的", weak(Role::Other)),
    ("隔壁的", weak(Role::Other)),
    ("附近的", weak(Role::Other)),
    ("围观的", weak(Role::Other)),
    ("在场的", weak(Role::Other)),
    ("经营的", weak(Role::Other)),
    ("(执法证号", Tag::NameAfter(Role::Officer)),
    ("(执法证件号", Tag::NameAfter(Role::Officer)),
    // The agency's heads, their office after the name (`审批人：某（分管副局长）`).
    ("(局长", Tag::NameAfter(Role::Officer)),
    ("(副局长", Tag::NameAfter(Role::Officer)),
    ("(分管副局长", Tag::NameAfter(Role::Officer)),
    ("(分管局长", Tag::NameAfter(Role::Officer)),
    ("(证号", Tag::NameAfter(Role::Officer)),
    ("执法证号", Tag::NameAfter(Role::Officer)),
    // A fire-service supervisor in a joint investigation (某某  监督员证号：闽消监0327).
    ("监督员证号", Tag::NameAfter(Role::Officer)),
    ("证号", Tag::NameAfter(Role::Officer)),
    // At a person's (从某某那里租的, 到某某那儿去).
    ("那里", Tag::NameAfter(Role::Other)),
    ("那儿", Tag::NameAfter(Role::Other)),
    // One taken somewhere, after 把/将 (把某某送到某医院).
    ("送到", Tag::NameAfter(Role::Other)),
    ("送往", Tag::NameAfter(Role::Other)),
    ("送至", Tag::NameAfter(Role::Other)),
    ("送去", Tag::NameAfter(Role::Other)),
    ("送进", Tag::NameAfter(Role::Other)),
    ("送医", Tag::NameAfter(Role::Other)),
    // (Whole: 送医 would split 医院, and a phrase after it start at 院: 先送医院治疗.)
    ("送医院", Tag::NameAfter(Role::Other)),
    // A relation in one character, in a column of next of kin (某某（妻）, 某某（兄）); not 女 nor
    // 子: 某某（女） gives a sex.
    ("(妻)", Tag::NameAfter(Role::Other)),
    ("(夫)", Tag::NameAfter(Role::Other)),
    ("(兄)", Tag::NameAfter(Role::Other)),
    ("(弟)", Tag::NameAfter(Role::Other)),
    ("(姐)", Tag::NameAfter(Role::Other)),
    ("(妹)", Tag::NameAfter(Role::Other)),
    ("(父)", Tag::NameAfter(Role::Other)),
    ("(母)", Tag::NameAfter(Role::Other)),
    ("(祖父)", Tag::NameAfter(Role::Other)),
    ("(祖母)", Tag::NameAfter(Role::Other)),
];

/// Single-character surnames (the common ones of 百家姓 and modern registers, including those of
/// transliterated Vietnamese names such as 阮、黎).
const SINGLE: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪郭阿赖丘凤汝竺荀习鄂钮郦宓濮邴糜蓟韶隗訾逄厍乜苍鱼弘扶暨寿宰蒯牧仰萧酆贲滑羿汲郗钭莘璩郏宦庾殳夔缑佴谯笪禤眭芶綦郇甯凃琚骞蹇恽鄞昌贝松弓秋怀咸双贡堵蔚桓钦琴墨言年庹郄仉邗禚粘伦巢禄过陇渠冒矫占库茆雒";

/// Compound surnames, kept whole in 欧阳某.
const COMPOUND: &str = joined![
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "钟离", "闻人", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟",
    "澹台", "公冶", "太史", "申屠", "濮阳", "淳于", "单于", "赫连", "第五", "司空", "仲孙", "东郭",
    "拓跋", "宗政", "左丘", "梁丘", "段干", "乐正", "公羊", "谷梁", "羊舌", "微生", "巫马", "漆雕",
    "壤驷", "公良", "夹谷", "宰父", "亓官", "司寇", "子车", "颛孙", "闾丘", "东门", "公西", "马佳",
];

/// Surnames that are far more often ordinary words (于、和、向…): a name starting with one of
/// them needs a clear end (punctuation or a following word), never a guess.
const WEAK: &str = "过于和向时同成文安全平明海常万关应原由都来那门相初花强云容乐党车简谈解计支元富展智利公国信伊区盘满位井巴丰卿宣晋普浦戈伏薄羊乌母修况宿鲜印隆诸战危玉银哈呼居揭干冶斯束衣阴幸奉植衡尧闭南商师麻查席米凤习扶寿鱼苍牧仰弘昌贝松弓秋怀咸双贡堵蔚桓钦琴墨言年陇占库";

/// Characters that never stand in a given name: particles, pronouns, place and organisation
/// suffixes, and 某 (already anonymised).
const STOP_GIVEN: &str = "你我他她住的了在于是系为和与及或等被将把对从向到因由所其之已也都均并而但不无非没未让给该此这那个们称说某年号市县区省镇乡村路街局厂店院处科室部队楼层幢单、，。";

/// Words that may directly follow a name, so the name ends before them.
const FOLLOW: &str = joined![
    // What one side says at a meeting (某某发言, 某某主张…, 家属方同意: 方 is a side there).
    "发言",
    "主张",
    "同意",
    "不同意",
    "收到",
    "代理",
    // What a suspect did (犯罪嫌疑人某某盗窃, 某某殴打他人).
    "盗窃",
    "殴打",
    "拒不",
    // 某某开着三轮车, 其子某某尚未就业.
    "开着",
    "尚未",
    // (证人某某住某镇某村三组27号.)
    "住",
    // (保安某某巡查至…, 负责人某某受公司委派, 某某同时承担….)
    "巡查",
    "受",
    "同时",
    // (某某组成专家组, 某某约5分钟后赶到, 班长某某施救时….)
    "组成",
    "约",
    "施救",
    // (其丈夫某某入住306房间, 某某挂靠某公司, 经法医某某鉴定, 母亲某某今年….)
    "入住",
    "挂靠",
    "鉴定",
    "今年",
    "今天",
    "尚在",
    // (宁浩然小朋友: a form of address after the name, as 先生 and 女士 below.)
    "小朋友",
    // Who signed for a letter served (由其妻某某代收).
    "代收",
    "代签",
    // 诸葛伟统一代签: 统一 (all alike) ends the name, as other adverbs do.
    "统一",
    "用",
    "去",
    // 某某带人上去, 某某两个人看店, 某某住在隔壁.
    "带人",
    "带着",
    "两个人",
    "两人",
    "三个人",
    "四个人",
    "五个人",
    "几个人",
    "三人",
    "四人",
    "五人",
    "住在",
    "租住",
    // 某某路过, 某某走过来, 某某走到…: the person moves.
    "路过",
    "走过",
    "走到",
    "走进",
    "走出",
    "走向",
    "走近",
    // 从某某那里租的: at the person's.
    "那里",
    "那儿",
    // 某某溺水, 某某落水.
    "溺水",
    "落水",
    // 某某躲在桌子底下.
    "躲",
    "诉",
    "目前",
    // 其母某氏年老多病.
    "年老",
    // 某先行送往医院, 某开公司的车送我去医院: not the start of an organisation's name.
    "先行",
    "开公司",
    "开车",
    "会同",
    "根据",
    "老师",
    "师傅",
    "焊接",
    "切割",
    "检测",
    "检验",
    "维修",
    "安装",
    "施工",
    "作业",
    "签字",
    "确认",
    "到场",
    "赶到",
    "的",
    "在",
    "于",
    "是",
    "系",
    "为",
    "和",
    "与",
    "及",
    "或",
    "等",
    "因",
    "被",
    "将",
    "把",
    "对",
    "从",
    "向",
    "到",
    "由",
    "自",
    "已",
    "曾",
    "也",
    "亦",
    "均",
    "都",
    "并",
    "未",
    "不",
    "无",
    "没",
    "称",
    "说",
    "有",
    "所",
    "之",
    "经",
    "持",
    "拒",
    "随",
    "即",
    "又",
    "还",
    "仍",
    "就",
    "便",
    "同",
    "跟",
    "给",
    "找",
    "让",
    "叫",
    "共",
    "各",
    "一",
    "两",
    "二",
    "三",
    "签",
    "作为",
    "担任",
    "负责",
    "依法",
    "进行",
    "前往",
    "来到",
    "发现",
    "检查",
    "调查",
    "询问",
    "出示",
    "送达",
    "表示",
    "陈述",
    "提出",
    "提交",
    "承认",
    "证实",
    "反映",
    "举报",
    "投诉",
    "报告",
    "驾驶",
    "操作",
    "使用",
    "从事",
    "携带",
    "擅自",
    "私自",
    "今年",
    "现年",
    "带了",
    "带着",
    "知道",
    "讲授",
    "讲课",
    // (驾驶人某某非申辩人员工, 其丈夫某某上班用的; not 张非凡.)
    "非申辩",
    "非本",
    "非该",
    "非其",
    "非当事",
    "上班",
    "下班",
    // (与学员某某、某某商定由他人代考.)
    "商定",
    "商量",
    "商议",
    "违规",
    "违章",
    "正在",
    "当场",
    "立即",
    "随即",
    "受伤",
    "死亡",
    "多处",
    "左手",
    "右手",
    "左腿",
    "右腿",
    "左脚",
    "右脚",
    "左臂",
    "右臂",
    "左前臂",
    "右前臂",
    "左眼",
    "右眼",
    "头部",
    "腰部",
    "腿部",
    "胸部",
    "面部",
    "手部",
    "脚部",
    "背部",
    "腹部",
    "颈部",
    "双手",
    "双腿",
    "身体",
    "当日",
    "当天",
    "当时",
    "先生",
    "女士",
    "同志",
    "师傅",
    "经理",
    "主任",
    "本人",
    "具备",
    "具有",
    "带领",
    "陪同",
    "协助",
    "配合",
    "签字",
    "签名",
    "确认",
    "入职",
    "上岗",
    "作业",
    "工作",
    "参加",
    "参与",
    "出具",
    "接受",
    "系统",
    "介绍",
    "供述",
    "代为",
    "代表",
    "安排",
    "到场",
    "照顾",
    "照看",
    "居住",
    "保管",
    "作出",
    "多次",
    "达成",
    "开车",
    "交代",
    "证言",
    "认为",
    // What a person named in a narrative did next (主任某某过来了, 其母亲某某接回老家).
    "过来",
    "过去",
    "赶来",
    "赶到",
    "赶过来",
    "回来",
    "回去",
    "到了",
    "跑去",
    "跑过来",
    "接回",
    "接走",
    "接到",
    "接的",
    "接了",
    // 是某某医生接诊的.
    "医生",
    "大夫",
    "雇用",
    "雇佣",
    "雇请",
    "送到",
    "送往",
    "送至",
    "送去",
    "送进",
    "送医",
    "看到",
    "看见",
    "听到",
    "告诉",
    "通知",
    "分管",
    "发过",
    "第二天",
    "当晚",
    "随后",
    "后来",
    // What happened to the person in an accident (叉车将工人某某撞倒).
    "撞倒",
    "撞伤",
    "碾压",
    "压伤",
    "砸伤",
    "砸中",
    "摔倒",
    "摔伤",
    "跌倒",
    "跌落",
    "坠落",
    "卷入",
    "夹伤",
    "挤压",
    "触电",
    "烫伤",
    "烧伤",
    "割伤",
    // Health in the facts (`打磨工郑某患有尘肺病`): the condition follows the name.
    "患",
    "确诊",
    "诊断",
    "住院",
    "突发",
    "出现",
    "(",
    "（",
];

/// Words that start with a surname character but are not names.
const NOT_NAMES: &str = joined![
    // Fuels sold or stored (经营的柴油约1.86吨).
    "柴油",
    "汽油",
    // A crew (木工班组).
    "班组",
    // Words after 我妈 (我妈管账), the whole body (全身多处烧伤) and parts of a body after 左,
    // a surname (伤者左大腿骨头断了);
    // not 班长, a name too (班长江).
    "管账",
    // A joint's bending (伤者屈伸功能受限), and both of a pair (伤者双手烧伤).
    "屈伸",
    // A witness there all along (见证人全程在场); a visitor (游客（某某之妻）).
    "全程",
    "游客",
    // An aunt, no surname 阿 (住户阿姨打的120); a house and a risk (那边的房子, 冒险作业:
    // 房子轩 is a name, by its last character); a child's fever, a parent's joy, dusk, a
    // towel (幼儿高热, 家长高兴地说, 黄昏时, 帮厨毛巾).
    "阿姨",
    "房子",
    "冒险",
    "高热",
    "高烧",
    "高兴",
    "黄昏",
    "明天",
    "毛巾",
    "双手",
    "双脚",
    "双足",
    "双腿",
    "双臂",
    "双眼",
    "双耳",
    "双侧",
    "双下肢",
    "双上肢",
    "方便",
    "全身",
    "左大腿",
    "左小腿",
    "左手",
    "左腿",
    "左脚",
    "左眼",
    "左耳",
    "左臂",
    "左肩",
    "左膝",
    "左侧",
    // Where a flat is from another (楼下402室租户某某): 楼 is a surname too.
    "楼下",
    "楼上",
    // 人员管控, 伤者劳动功能障碍: words after a role word; a chain's remark (某超市（连锁）).
    "管控",
    "劳动",
    "劳务",
    "连锁",
    "滑倒",
    "农业",
    "农民",
    "司法",
    "高级",
    "过目",
    "安排",
    "居家",
    "周末",
    "白细",
    "单手",
    "高台",
    "权拒",
    "费用",
    "余下",
    "包料",
    "渠道",
    "游泳",
    "冷库",
    "戴手",
    "陆续",
    "付清",
    "付讫",
    "银行",
    "应妥善",
    "钱包",
    "包裹",
    "和联",
    "权就",
    "权要",
    "权利",
    "权益",
    "权限",
    "左尺",
    "左胫",
    "左股",
    "左肱",
    "左桡",
    "左髋",
    "左踝",
    "左膝",
    "左肩",
    "左肘",
    "左腕",
    "左足",
    "左侧",
    "左右",
    "文明",
    "党建",
    "宣读",
    "陈述",
    "申辩",
    "申请",
    "安全",
    "全部",
    "全体",
    "全面",
    "于是",
    "高度",
    "高处",
    "高温",
    "明确",
    "明显",
    "平时",
    "时间",
    "国家",
    "文件",
    "方面",
    "方式",
    "方法",
    "常规",
    "成本",
    "成员",
    "向其",
    "和其",
    "金额",
    "应当",
    "应急",
    "原因",
    "原料",
    "关于",
    "相关",
    "初次",
    "强制",
    "车间",
    "车辆",
    "计划",
    "支付",
    "利用",
    "公司",
    "公安",
    "公共",
    "公开",
    "任何",
    "任务",
    "管理",
    "经营",
    "周边",
    "周围",
    "项目",
    "程序",
    "许可",
    "何时",
    "严重",
    "严格",
    "林业",
    "黄色",
    "白色",
    "白天",
    "金属",
    "石材",
    "石料",
    "万元",
    "单元",
    "陆仟",
    "陆佰",
    "陆拾",
    "陆万",
    "伍仟",
    "伍拾",
    "伍万",
    "余额",
    "温度",
    "易燃",
    "易爆",
    "雷电",
    "龙门",
    "苏州",
    "江苏",
    "上述",
    "单位",
    "单独",
    "双方",
    "各方",
    "同意",
    "同时",
    "同样",
    "现场",
    "工作",
    "作业",
    "施工",
    "施行",
    "范围",
    "水平",
    "康复",
    "方可",
    "常年",
    "连续",
    "连同",
    "包括",
    "包装",
    "华侨",
    "邓某",
    "谢绝",
    "曾经",
    "曾在",
    "张贴",
    "宋体",
    "沈阳",
    "汪洋",
    "杨树",
    "梁柱",
    "罗列",
    "毛重",
    "左右",
    "左侧",
    "右侧",
    "尚未",
    "尚无",
    "季度",
    "宁可",
    "齐全",
    "乔木",
    "钱款",
    "孔洞",
    "丁字",
    "田地",
    "章程",
    "程度",
    "鲁莽",
    "岳父",
    "岳母",
    "秦岭",
    "史料",
    "邢台",
    "马上",
    "马路",
    "牛奶",
    "黎明",
    "伍佰",
    "钟表",
    "党员",
    "党委",
    "房屋",
    "房间",
    "房产",
    "温州",
    "严禁",
    "任意",
    "路面",
    "路段",
    "路口",
    "蓝色",
    "红色",
    "甘肃",
    "江西",
    "江门",
    "海南",
    "海关",
    "海上",
    "华南",
    "南安",
    "南京",
    "南平",
    "宁德",
    "宁夏",
    "湛江",
    "厉行",
    "尤其",
    "毕业",
    "解除",
    "解决",
    "谈话",
    "简易",
    "查封",
    "查处",
    "查明",
    "查获",
    "查验",
    "查看",
    "申报",
    "信息",
    "信访",
    "信件",
    "信用",
    "施救",
    "施放",
    "施加", // Sides of the body (伤者左足行走不便, 左耳高频听阈升高).
    "左足",
    "左手",
    "左腿",
    "左脚",
    "左眼",
    "左耳",
    "左肩",
    "左臂",
    "左膝",
    "左踝",
    "左胸",
    "左小",
];

/// Organisation suffixes: a "name" followed by one of these (with no punctuation between) is the
/// start of an organisation's name, e.g. 林华建材有限公司.
pub const ORG_SUFFIXES: &str = joined![
    "有限公司",
    "公司",
    "厂",
    "店",
    "商行",
    "经营部",
    "合作社",
    "中心",
    "医院",
    "事务所",
    "鉴定所",
    "研究院",
    "学校",
    "银行",
    "支行",
    "分行",
    "集团",
    "工作室",
    "门市部",
    "超市",
    "酒店",
    "宾馆",
    "饭店",
    "农场",
    "加油站",
    "委员会",
    "政府",
    "法院",
    "大队",
    "社区",
    "协会",
    "商会",
    "车队",
    "工地",
    "项目部",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "路",
    "街",
];

/// The characters of `s` as a [`CharSet`] (one bitmap load per test), built on first use.
pub(crate) fn char_set(
    s: &'static str,
    cell: &'static std::sync::OnceLock<CharSet>,
) -> &'static CharSet {
    cell.get_or_init(|| CharSet::new(s.chars()))
}

/// True for a single-character surname.
pub fn is_surname(c: char) -> bool {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    is_han(c) && char_set(SINGLE, &S).contains(c)
}

fn is_weak_surname(c: char) -> bool {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    char_set(WEAK, &S).contains(c)
}

fn is_given(c: char) -> bool {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    is_han(c) && !char_set(STOP_GIVEN, &S).contains(c)
}

/// One place a person is named.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    /// The name (canonical byte range).
    pub span: Span,
    /// Bytes of the surname at its start.
    pub surname_len: usize,
    /// The role the cue gives.
    pub role: Role,
    /// The cue word.
    pub cue: &'static str,
    /// Found after a strong cue or in an explicit list.
    pub strong: bool,
}

/// The compound surname at `p`, if any (its byte length).
pub fn compound_at(text: &str, p: usize) -> Option<usize> {
    word_set!(COMPOUND).at(text, p).map(|(_, c)| c.len())
}

/// Middle dots that join the parts of a transliterated name (买买提·艾力, 约翰・史密斯).
const NAME_DOTS: &str = "·・•‧";

/// Characters that end a part of a transliterated name: particles and punctuation. Looser
/// than [`STOP_GIVEN`]: transliterations use 不, 尔, 德… (阿不都热合曼).
const STOP_DOTTED: &str = "的了在于是系为和与及或等被将把对从向到因称说某、，。";

/// A transliterated name at `p` — a minority or foreign name written in ideographs with middle
/// dots (买买提·艾力, 阿依古丽·吐尔逊): its end and the length of its first character, which
/// the pseudonym keeps (法释〔2016〕19号 第九条（二）（三）: first character + 某). The dot
/// is the evidence; no surname table covers these names.
fn dotted_name_at(text: &str, p: usize) -> Option<(usize, usize)> {
    // A part of the name: ideographs, at most ten, up to a particle; the last part also ends
    // before a word that follows names (称, 在…), which inside the name would be a syllable.
    let part = |at: usize, last: bool| -> usize {
        let mut e = at;
        for c in text[at..].chars().take(10) {
            if !is_han(c) || STOP_DOTTED.contains(c) || (last && e > at && follow_len(text, e) > 0)
            {
                break;
            }
            e += c.len_utf8();
        }
        e
    };
    // Most cues are followed by no dot at all: look for one before reading parts, by lead
    // bytes (E4–E9 start the ideographs; the dots start with C2, E2 or E3).
    let b = text.as_bytes();
    let mut i = p;
    while i < b.len().min(p + 30) && (0xE4..=0xE9).contains(&b[i]) {
        i += 3;
    }
    if i == p
        || !matches!(b.get(i), Some(0xC2 | 0xE2 | 0xE3))
        || !char_at(text, i).is_some_and(|d| NAME_DOTS.contains(d))
    {
        return None;
    }
    let first = char_at(text, p)?;
    let (mut at, mut dots) = (p, 0);
    loop {
        let e = part(at, false);
        if e == at {
            return None;
        }
        match char_at(text, e).filter(|&d| NAME_DOTS.contains(d)) {
            Some(d) if dots < 3 => {
                dots += 1;
                at = e + d.len_utf8();
            }
            _ if dots == 0 => return None,
            _ => break,
        }
    }
    let end = part(at, true);
    (end > at && !org_follows(text, end)).then_some((end, first.len_utf8()))
}

/// A foreign name in Latin letters at `p` (`John Smith`, `TAN Wei Ming`): two to five
/// capitalised words, one space apart. Its end and 1: the pseudonym keeps
/// the first letter only (法释〔2016〕19号 第九条（三）).
fn latin_name_at(text: &str, p: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if p > 0 && b[p - 1].is_ascii_alphanumeric() {
        return None;
    }
    let (mut at, mut words) = (p, 0);
    let end = loop {
        // Letters, apostrophes, hyphens, and the accented letters of Latin-1 and Latin
        // Extended-A (Müller, Łukasz: their UTF-8 starts with C3, C4 or C5).
        let mut word = 0;
        while let Some(&c) = b.get(at + word) {
            if c.is_ascii_alphabetic() || c == b'\'' || c == b'-' {
                word += 1;
            } else if matches!(c, 0xC3..=0xC5) {
                word += 2;
            } else {
                break;
            }
        }
        let word = word.min(b.len() - at);
        // Capitalised (O'Brien, McDonald, Jean-Pierre) or upper case (TAN).
        if word < 2 || !b[at].is_ascii_uppercase() {
            return None;
        }
        words += 1;
        at += word;
        match b.get(at..at + 2) {
            Some([b' ', n]) if n.is_ascii_uppercase() => at += 1,
            _ => break at,
        }
    };
    let next = char_at(text, end);
    let ended = next.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '@' || c == '.'));
    ((2..=5).contains(&words) && ended && !org_follows(text, end)).then_some((end, 1))
}

/// How the text after a possible name end looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    /// Punctuation, space, digit, end of text.
    Delim,
    /// A word that follows names.
    Follow,
    /// Another ideograph: the name might go on.
    Open,
}

/// The longest word of `FOLLOW` starting at `end`, in characters (0 when none).
fn follow_len(text: &str, end: usize) -> usize {
    word_set!(FOLLOW)
        .longest_at(text, end)
        .map_or(0, |w| w.chars().count())
}

/// True when a name may end at `end`: punctuation, the end of the text, or a word that follows
/// names comes next.
pub(crate) fn name_ends_at(text: &str, end: usize) -> bool {
    after(text, end) != After::Open
}

fn after(text: &str, end: usize) -> After {
    match char_at(text, end) {
        None => After::Delim,
        // A mask label written by an earlier pass stands for text that was there: it does not
        // mark the end of a name any more than that text did.
        Some('[') => After::Open,
        // Punctuation, digits, Latin letters: the name has ended.
        Some(c) if !is_han(c) => After::Delim,
        Some(_) => {
            if follow_len(text, end) > 0 {
                After::Follow
            } else {
                After::Open
            }
        }
    }
}

/// True when an organisation suffix follows within a few ideographs, with no punctuation or
/// particle between: the "name" is really the head of an organisation's name.
pub fn org_follows(text: &str, end: usize) -> bool {
    let tail = text.get(end..).unwrap_or("");
    // 李某个人银行账户, 李某名下某银行账户: the person's own account, not a bank's name.
    if tail.starts_with("个人") || tail.starts_with("本人") || tail.starts_with("名下") {
        return false;
    }
    // 转入李某中国建设银行账户: a bank that keeps the person's account, not a firm of his.
    // (Read only when a suffix was found: 银行 is one.)
    const BANKS: &[&str] = &[
        "银行",
        "农商行",
        "工行",
        "农行",
        "建行",
        "中行",
        "信用社",
        "中国建设银行",
        "中国工商银行",
        "中国农业银行",
        "中国银行",
        "中国邮政储蓄",
        "建设银行",
        "工商银行",
        "农业银行",
        "交通银行",
        "招商银行",
        "兴业银行",
        "邮政储蓄",
        "农村商业银行",
        "农商银行",
        "农村信用",
    ];
    // 王某用公司车辆送医, 王某经某医院抢救: the word right after the name is a verb or a
    // preposition (not 日用品店, 某经贸公司, 某经营部).
    if (tail.starts_with('用') && !tail[3..].starts_with('品'))
        || (tail.starts_with('经') && !["贸", "营", "销", "济", "纬"].iter().any(|w| tail[3..].starts_with(w)))
        // 王某送医院: the name is sent somewhere.
        || tail.starts_with("送")
        // 某某受公司委派: acting for it.
        || tail.starts_with("受")
        // 其父某某住某镇某村三组27号: where he lives (not 住房和城乡建设局, 住建局).
        || (tail.starts_with('住') && !tail.starts_with("住房") && !tail.starts_with("住建"))
        // 王某通过其银行账户: how the person did it (not a name's given part: 王通).
        || tail.starts_with("通过")
        // 王某进公司以后, 王某进厂: joining it (not 某进出口公司).
        || (tail.starts_with('进') && !tail[3..].starts_with('出'))
        // 其系王某同乡: who the person is to someone (not a township).
        || ["同乡", "同村", "同事", "同学"].iter().any(|w| tail.starts_with(w))
        // 王某路过: walking past (not a road named after him).
        || tail.starts_with("路过")
    {
        return false;
    }
    let mut at = 0;
    for (n, c) in tail.chars().enumerate() {
        if n > 10
            || !is_han(c)
            // (Nor past a demonstrative, which opens another noun: 某某挂靠该公司.)
            || "的在于是系和与及未已被把对从向等也亦曾称说去来到回由患因了该其这那此".contains(c)
            // (A verb right after the name: 某某拿店里的灭火器.)
            || (n == 0 && "拿给找帮替让叫陪抬扶背抱搀".contains(c))
        {
            return false;
        }
        if let Some(w) = word_set!(ORG_SUFFIXES).longest_at(tail, at) {
            // A place name ends close to its start (张家港市); a 市 further on is a place the
            // sentence goes to (赖某三人自行到三明市).
            if n <= 3 || w.chars().count() > 1 || !"市县区镇乡村路街".contains(w) {
                // A word that follows names (承认, 负责…) before it ended the name there:
                // looked for only now, as suffixes are rare.
                if BANKS.iter().any(|w| tail.starts_with(w)) {
                    return false;
                }
                let mut k = 0;
                while k < at {
                    if follow_len(tail, k) > 1 {
                        return false;
                    }
                    k += tail[k..].chars().next().map_or(1, char::len_utf8);
                }
                return true;
            }
        }
        at += c.len_utf8();
    }
    false
}

/// A name starting at `p`: its end and surname length, if one is there.
///
/// `strong` allows the most common three-character reading when the end is not marked
/// (`鉴定人马水国、刘雨珍具备…` ends 刘雨珍), except after surnames that are usually words.
pub fn name_at(text: &str, p: usize, strong: bool) -> Option<(usize, usize)> {
    name_at_cue(text, p, strong, true)
}

/// As [`name_at`]; `weak_cue_ok` false refuses surnames that are usually words (保安全生产…).
pub fn name_at_cue(
    text: &str,
    p: usize,
    strong: bool,
    weak_cue_ok: bool,
) -> Option<(usize, usize)> {
    if text.as_bytes().get(p).is_some_and(u8::is_ascii_uppercase) {
        return latin_name_at(text, p);
    }
    if let Some(found) = dotted_name_at(text, p) {
        return Some(found);
    }
    if let Some(sl) = compound_at(text, p) {
        if let Some(end) = given_from(text, p, p + sl, strong) {
            return Some((end, sl));
        }
        // After a weak cue with no clear end (工人上官志远拉下…), as after a single surname
        // below: two common given-name characters.
        if let Some(found) = plain_name_at(text, p, None, true).filter(|_| !strong) {
            return Some(found);
        }
    }
    let c = char_at(text, p)?;
    if !is_surname(c) {
        return None;
    }
    let sl = c.len_utf8();
    // A two-character name padded to the width of three (`华　蕾`, as forms and signature
    // lines align names), read when the name then ends.
    if let Some(end) = padded_given(text, p + sl).filter(|_| strong || !is_weak_surname(c)) {
        return Some((end, sl));
    }
    if !strong && !weak_cue_ok && is_weak_surname(c) {
        // Only a plain name follows a weak cue with such a surname: two common given-name
        // characters, and no word the three start with (安全员党小红, 押运员万丽娟替换; never
        // 安全员党建工作, 安全员文明生产).
        return plain_name_at(text, p, None, true);
    }
    given_from(text, p, p + sl, strong && !is_weak_surname(c))
        .map(|e| (e, sl))
        // After a weak cue with no clear end (机修工罗建斌拆下…), two common given-name
        // characters make the three-character reading.
        .or_else(|| {
            if strong {
                None
            } else {
                plain_name_at(text, p, None, true)
            }
        })
}

/// The end of a one-character given name after one or two spaces at `g` (the canonical view
/// writes the ideographic space as a space), when the name ends there.
fn padded_given(text: &str, g: usize) -> Option<usize> {
    let b = text.as_bytes();
    let spaces = b
        .get(g..)?
        .iter()
        .take(3)
        .take_while(|&&x| x == b' ')
        .count();
    if !(1..=2).contains(&spaces) {
        return None;
    }
    let c = char_at(text, g + spaces).filter(|&c| is_given(c))?;
    let end = g + spaces + c.len_utf8();
    (after(text, end) != After::Open).then_some(end)
}

fn given_from(text: &str, p: usize, g: usize, strong: bool) -> Option<usize> {
    // A word that follows names where the given name would be (程进行检查) ends the reading.
    if follow_len(text, g) >= 2 {
        return None;
    }
    let name_ok = |end: usize| {
        let s = &text[p..end];
        !word_set!(NOT_NAMES).starts(s, 0) && !two_word(text, s, end) && !org_follows(text, end)
    };
    // 和 and 向 join names (张三和李四, 向某某了解) but also open given names (仝和平, 伍向阳,
    // 段向东): read so when a common given-name character follows and the name then ends; 其
    // (段其昌) only when it ends outright (其 points back far more often: 李某其妻).
    if let Some(c @ ('和' | '向' | '其')) = char_at(text, g) {
        static G: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
        let e1 = g + c.len_utf8();
        let c2 = char_at(text, e1).filter(|&c| char_set(GIVEN_COMMON, &G).contains(c))?;
        let e2 = e1 + c2.len_utf8();
        let ends = match c {
            '其' => after(text, e2) == After::Delim,
            _ => after(text, e2) != After::Open,
        };
        return (ends && name_ok(e2)).then_some(e2);
    }
    let g1 = char_at(text, g).filter(|&c| is_given(c))?;
    let e1 = g + g1.len_utf8();
    let e2 = char_at(text, e1)
        .filter(|&c| is_given(c))
        .map(|c| e1 + c.len_utf8())
        // 和 ends a given name (巫春和) only where the name ends outright (证人：巫春和。), never
        // before more words: 张春和李四 are two.
        .or_else(|| {
            // (Before 的 too, which never follows the conjunction: 车主茆永和的车辆.)
            let e = e1 + '和'.len_utf8();
            (char_at(text, e1) == Some('和')
                && (after(text, e) == After::Delim
                    || (text[e..].starts_with('的')
                        && !["的士", "的哥", "的姐"]
                            .iter()
                            .any(|w| text[e..].starts_with(w)))))
            .then_some(e)
        })
        // (A preposition before a date is no part of a name: 覃海自2024年1月起, 王强于3月.)
        .filter(|&e| {
            !(matches!(char_at(text, e1), Some('自' | '于' | '从'))
                && text[e..]
                    .starts_with(|c: char| c.is_ascii_digit() || "今去昨本上此当".contains(c)))
        })
        // 为 ends a given name (熊大为) when the name then ends (熊大为在场, not 王强为经理).
        .or_else(|| {
            let e = e1 + '为'.len_utf8();
            (char_at(text, e1) == Some('为') && after(text, e) != After::Open).then_some(e)
        });
    // A three-character name may start with such a word (宁德旺 is no 宁德, a city) when its
    // last character is a common given-name one (安全员 stays a word).
    let name3_ok = |end: usize| {
        name_ok(end) || {
            static G: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
            let s = &text[p..end];
            word_set!(NOT_NAMES)
                .longest_at(s, 0)
                .is_some_and(|w| w.len() < s.len())
                && s.chars()
                    .next_back()
                    .is_some_and(|c| char_set(GIVEN_COMMON, &G).contains(c))
                && !org_follows(text, end)
        }
    };
    let a1 = after(text, e1);
    // `白妮作为代理人`: a two-character word that follows names starts right after the
    // shorter reading, so the name is the shorter one.
    let long_follow = follow_len(text, e1) >= 2;
    if e2.is_some() && long_follow && name_ok(e1) {
        return Some(e1);
    }
    if let Some(e2) = e2 {
        let a2 = after(text, e2);
        if a2 != After::Open && name3_ok(e2) {
            return Some(e2);
        }
        if a1 != After::Open && name_ok(e1) {
            return Some(e1);
        }
        if strong && name_ok(e2) {
            return Some(e2);
        }
        return None;
    }
    (a1 != After::Open && name_ok(e1)).then_some(e1)
}

/// True when `r` starts with an enforcement certificate's label and its number (`执法证号：…`,
/// `执法证号码…`, `执法证编号 …`, `执法证号为…`, `执法证：…`).
pub(crate) fn certificate_number_after(r: &str) -> bool {
    let Some(r) = r.strip_prefix("执法证") else {
        return false;
    };
    let r = ["号码", "编号", "号"]
        .iter()
        .find_map(|w| r.strip_prefix(w))
        .unwrap_or(r);
    let r = r.trim_start_matches([':', ' ']);
    let r = r.strip_prefix('为').unwrap_or(r);
    r.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Words that are no two-character name, though a longer name may start with them: working
/// together (工人齐心施救; 证人：齐心 may be one, after a strong cue's colon).
const NOT_TWO: &[&str] = &["齐心"];

/// True when `s`, ending at `end`, is one of [`NOT_TWO`] with more words after it.
fn two_word(text: &str, s: &str, end: usize) -> bool {
    NOT_TWO.contains(&s) && after(text, end) != After::Delim
}

/// Gap words allowed between a role word and the name(s) it introduces.
const GAP_WORDS: &str = joined![
    "(签名)",
    "(签字)",
    "(盖章)",
    "(签名、盖章)",
    "(负责人)",
    "签收:",
    "签名:",
    "签字:",
    "名叫",
    "叫做",
    "叫",
    "分别为",
    "分别是",
    "仅",
    "中有",
    "有",
    "包括",
    "其父亲",
    "其母亲",
    "其妻子",
    "其丈夫",
    "其儿子",
    "其女儿",
    "其配偶",
    "父亲",
    "母亲",
    "即",
    "系",
    "为",
    "是",
    ":",
    // A heading's word before the colon (死亡人员情况：, 证人基本情况：).
    "情况:",
    "基本情况:",
    " ",
    "\t",
];

/// The length of a label's remark up to its closing bracket (`矿长)` of `负责人（矿长）：`) when a
/// colon follows: a few ideographs.
fn remark_len(inner: &str) -> Option<usize> {
    let close = inner.char_indices().take(9).find(|&(_, c)| c == ')')?.0;
    let body = &inner[..close];
    // Not a name put in brackets (被答辩人（某某）：).
    (close > 0 && body.chars().all(|c| is_han(c) && c != '某') && inner[close..].starts_with("):"))
        .then_some(close + 1)
}

fn skip_gap(text: &str, mut p: usize) -> (usize, bool) {
    // 证人一：, 证人2：, 证人甲：: a numbered role.
    let ordinal: usize = text[p..]
        .chars()
        .take_while(|&c| c.is_ascii_digit() || "一二三四五六七八九十甲乙丙丁".contains(c))
        .take(2)
        .map(char::len_utf8)
        .sum();
    if ordinal > 0 && text[p + ordinal..].starts_with(':') {
        p += ordinal;
    }
    // 委托代理人（二）：, 证人(1)：: an ordinal in brackets.
    if let Some(inner) = text[p..].strip_prefix('(') {
        let n: usize = inner
            .chars()
            .take_while(|&c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            .take(2)
            .map(char::len_utf8)
            .sum();
        if n > 0 && inner[n..].starts_with("):") {
            p += 1 + n + 1;
        } else if let Some(close) = remark_len(inner) {
            // 主要负责人（矿长）：, 负责人（签名）：: a remark in the label; the name after the
            // colon is the first role's.
            p += 1 + close;
        }
    }
    let start = p;
    let mut colon = false;
    while p < text.len() && p - start < 40 {
        // A table's bar between the role and the name (`| 证人 | 某某 |`) is its colon (`|`
        // cannot stand in a joined word list).
        if text.as_bytes()[p] == b'|' {
            p += 1;
            colon = true;
            continue;
        }
        let Some((_, w)) = word_set!(GAP_WORDS).at(text, p) else {
            break;
        };
        colon |= w.ends_with(':');
        p += w.len();
    }
    (p, colon)
}

/// After a name: skip a parenthetical and find the next list item's start, if the list goes on.
pub(crate) fn next_item(text: &str, mut p: usize) -> Option<(usize, bool)> {
    // `王五（执法证号：…）、李四` — skip a short parenthetical first.
    if let Some(c @ ('(' | '（')) = char_at(text, p) {
        let close = if c == '(' { ')' } else { '）' };
        let tail = &text[p..];
        let end = tail.char_indices().take(40).find(|&(_, x)| x == close)?.0;
        p += end + close.len_utf8();
    }
    let tail = text.get(p..)?;
    for (sep, strict) in [
        ("、", false),
        ("和", false),
        ("及", false),
        ("与", false),
        (",", true),
    ] {
        if let Some(rest) = tail.strip_prefix(sep) {
            let q = p + sep.len();
            let q = q + (rest.len() - rest.trim_start_matches(' ').len());
            return Some((q, strict));
        }
    }
    None
}

/// A name at `p` in a list beside a known person's name: as [`name_at`] after a strong cue,
/// but never with a surname that is usually a word (`和同事一起` is no name).
pub(crate) fn listed_name_at(text: &str, p: usize) -> Option<(usize, usize)> {
    let weak = compound_at(text, p).is_none() && char_at(text, p).is_some_and(is_weak_surname);
    if weak {
        return None;
    }
    name_at(text, p, true)
}

/// The end of the list item before `p`, when a list separator (`、`, 和, 及, 与) ends right
/// before `p`.
pub(crate) fn list_before(text: &str, p: usize) -> Option<usize> {
    let head = text.get(..p)?;
    ["、", "和", "及", "与"]
        .iter()
        .find_map(|sep| head.strip_suffix(sep))
        .map(str::len)
}

/// Characters before 工 that make a word of it which is no trade (施工, 竣工, 加工, 化工, 员工…;
/// 员工, 职工, 童工 and the like are cue words of their own).
const NOT_TRADES: &str = "施竣开完停复用加分化务做上下收怠罢招打员职童民手人误旷分监动";

/// A worker named by a trade no cue list can hold (锯工某某（身份证号…）, 球磨工某某, 施釉工某某):
/// a name right after 工, when the 工 ends a word of a trade.
fn trades(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(at) = crate::text::scan::find_word(b, from, "工") {
        from = at + "工".len();
        // The name right after the trade, or after 为 or a colon (送气工为某某, 送气工：某某).
        let gap = if text[from..].starts_with(['为', '是']) {
            '为'.len_utf8()
        } else if text[from..].starts_with(':') {
            1
        } else {
            0
        };
        let p = from + gap;
        // The cheap tests first: most 工 are in words (工作, 施工) with no surname after.
        static NOT: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
        if !char_at(text, p).is_some_and(is_surname)
            // 工程师, 工商局, 工钱, 工段, 工费, 工单, 工时, 工长: words that start with 工.
            || text[p..].starts_with(['程', '商', '钱', '段', '费', '单', '时', '长'])
            // 派工单: a word ends at 工 only before a name.
            || text[..at].ends_with('派')
            || !char_before(text, at).is_some_and(|c| is_han(c) && !char_set(NOT_TRADES, &NOT).contains(c))
            || cue_at(&scan.hits, p)
        {
            continue;
        }
        // A cue word that ends here reads the name already.
        let i = scan.hits.partition_point(|h| h.end < from);
        if scan.hits[i..]
            .iter()
            .take_while(|h| h.end == from || (gap > 0 && h.end <= p))
            .any(|h| h.has(|t| matches!(t, Tag::NameCue(_))))
        {
            continue;
        }
        // (Read as after a weak cue: a name that runs on is two common given-name characters.)
        if let Some((e, sl)) = name_at_cue(text, p, false, false) {
            out.push(Mention {
                span: Span::new(p, e),
                surname_len: sl,
                role: Role::Other,
                cue: "工",
                strong: false,
            });
        }
    }
}

/// The person an inline home address describes (`报警人是住在某小区3栋1201室的某某`): a name
/// right after the 的 that ends the address, 30 characters on at most, in the same clause.
fn resident(text: &str, h: &Hit, out: &mut Vec<Mention>) {
    let to = super::context::advance(text, h.end, 30);
    let Some(k) = text[h.end..to].find('的') else {
        return;
    };
    if text[h.end..h.end + k].contains(|c: char| ",;。、:\n()".contains(c)) {
        return;
    }
    let p = h.end + k + '的'.len_utf8();
    if let Some((e, sl)) = name_at(text, p, false) {
        // (The party, when the sentence says so: 当事人是住在某小区的某某.)
        let role = if [
            "当事人是",
            "当事人系",
            "当事人为",
            "当事人:",
            "当事人即",
            "当事人就是",
        ]
        .iter()
        .any(|w| text[..h.start].ends_with(w))
        {
            Role::Party
        } else {
            Role::Other
        };
        out.push(Mention {
            span: Span::new(p, e),
            surname_len: sl,
            role,
            cue: h.word,
            strong: false,
        });
    }
}

/// True when the description after a name summoned at `end` (`被约谈人：某某，男，项目经理`)
/// names a post of a firm's staff and none of its principal's, in its line and list item.
pub(crate) fn summoned_staff(text: &str, end: usize) -> bool {
    let to = super::context::advance(text, end, 30);
    let desc = &text[end..to];
    // (Its line, up to the next name of a list; a post in brackets is read.)
    let desc = &desc[..desc.find(['\n', '、']).unwrap_or(desc.len())];
    [
        "项目经理",
        "安全员",
        "安全管理员",
        "安全管理人员",
        "技术负责人",
        "生产经理",
        "班组长",
        "主管",
        "副总经理",
        "副经理",
        "副厂长",
        "副矿长",
        "分管",
    ]
    .iter()
    .any(|w| desc.contains(w))
        && ![
            "法定代表人",
            "法人代表",
            "总经理",
            "董事",
            "主要负责人",
            "公司经理",
        ]
        .iter()
        // (A deputy's post is none of them: 分管安全生产副总经理, 副董事长.)
        .any(|w| {
            desc.match_indices(w)
                .any(|(i, _)| !desc[..i].ends_with('副'))
        })
}

/// True when the remark after a name served at `end` names him another than the party
/// (`受送达人：某某（事故现场作业人员，证人）`, `（死者某某之妻）`).
pub(crate) fn served_other(text: &str, end: usize) -> bool {
    super::context::bracketed_at(text, end, 24).is_some_and(|r| {
        !r.contains("当事人")
            && (["证人", "员工", "作业人员"].iter().any(|w| r.contains(w))
                || kin_in_brackets(text, end))
    })
}

/// Finds every cue-introduced mention of a person, in text order.
pub fn find(scan: &Scan<'_>) -> Vec<Mention> {
    let text = scan.text;
    let mut out: Vec<Mention> = Vec::new();
    for h in &scan.hits {
        for t in h.tags {
            match t {
                Tag::NameCue(cue) => {
                    after_cue(scan, h, *cue, &mut out);
                    // The role in brackets after the name (某某（村委会委员）, 某某（邻居）), or
                    // after it on a numbered line (2．某某，仓库保管员，…).
                    if let Some(open) = bracketed_role(text, h)
                        .or_else(|| listed_role(text, h))
                        .filter(|_| cue.role != Role::Unknown)
                    {
                        let at = Hit { start: open, ..*h };
                        before_cue(text, &scan.hits, &at, cue.role, &mut out);
                    }
                }
                Tag::NameAfter(role) => before_cue(text, &scan.hits, h, *role, &mut out),
                // A foreigner described by his passport (某某（护照号码：…）): the label is the
                // passport recognizer's, read here too.
                Tag::Passport if h.word.starts_with("护照") && text[..h.start].ends_with('(') => {
                    let at = Hit {
                        start: h.start - 1,
                        word: "(护照",
                        ..*h
                    };
                    before_cue(text, &scan.hits, &at, Role::Other, &mut out);
                }
                Tag::Address(super::address::A::HomeInline) => resident(text, h, &mut out),
                _ => {}
            }
        }
    }
    addressee(scan, &mut out);
    table_names(scan, &mut out);
    uncued_lists(text, &mut out);
    listed_before_persons(scan, &mut out);
    health_subjects(scan, &mut out);
    trades(scan, &mut out);
    described_with_phone(text, &scan.hits, &scan.tokens, &mut out);
    latin_aliases(text, &mut out);
    transcript_speakers(scan, &mut out);
    // A name never runs into a cue word (`欧阳执法人员`): cut it there, or drop it.
    out.retain_mut(|m| {
        let inner = super::lexicon::within(&scan.hits, m.span.start + 1, m.span.end);
        match inner.first() {
            None => true,
            Some(x) => {
                let min = m.surname_len + advance(text, m.span.start + m.surname_len, 1)
                    - (m.span.start + m.surname_len);
                if x.start >= m.span.start + min {
                    m.span = Span::new(m.span.start, x.start);
                    true
                } else {
                    false
                }
            }
        }
    });
    // `老板是某某，他是法定代表人`: the clause after the name says he is the firm's principal
    // (not 他是法定代表人的儿子); `某某（当事人）`, the party.
    for m in &mut out {
        if matches!(m.role, Role::Other | Role::Unknown) {
            let rest = &text[m.span.end..];
            // (A clause ends there, or the bracket closes.)
            let said = |words: &[&str]| {
                words.iter().any(|w| {
                    rest.strip_prefix(w).is_some_and(|r| {
                        w.ends_with(')')
                            || !r.starts_with(super::context::is_han)
                            || r.starts_with(['兼', '也', '和', '、'])
                    })
                })
            };
            if said(&[
                ",他是法定代表人",
                ",她是法定代表人",
                ",是法定代表人",
                ",系法定代表人",
                ",也是法定代表人",
                ",他是公司法定代表人",
                ",是公司法定代表人",
                "(法定代表人)",
            ]) {
                m.role = Role::LegalRep;
            } else if said(&["(当事人)", "(当事人本人)", "(本案当事人)"]) {
                m.role = Role::Party;
            }
        }
        // `受送达人：某某（事故现场作业人员，证人）`, `（死者某某之妻）`: one served a paper of
        // his own is no party.
        if m.role == Role::Party && m.cue == "受送达人" && served_other(text, m.span.end) {
            m.role = Role::Other;
        }
        // `被约谈人：某某，男，项目经理`: a firm's staff summoned with its principal.
        if m.role == Role::LegalRep
            && matches!(m.cue, "被约谈人" | "被约谈人员")
            && summoned_staff(text, m.span.end)
        {
            m.role = Role::Other;
        }
    }
    // `列席人员：某某（被约谈人之妻）`: a relative named so is no official, whatever list
    // she sits in.
    // (So is an attendee whose apposition names a village committee or a firm: 列席人员：某，
    // 某村村民委员会主任.)
    let mut outside: Vec<&str> = Vec::new();
    for m in &mut out {
        let attendee = matches!(m.cue, "列席人员" | "出席人员");
        if m.role == Role::Officer
            && (kin_in_brackets(text, m.span.end)
                || (attendee && outside_apposition(text, m.span.end)))
        {
            m.role = Role::Other;
            // (A few such persons per text: the list is read once per mention below.)
            if attendee && outside.len() < 64 {
                outside.push(&text[m.span.start..m.span.end]);
            }
        }
    }
    // (And where the same attendee signs or speaks: 列席人员签名：某.)
    if !outside.is_empty() {
        for m in &mut out {
            if m.role == Role::Officer
                && matches!(m.cue, "列席人员" | "出席人员")
                && outside.contains(&&text[m.span.start..m.span.end])
            {
                m.role = Role::Other;
            }
        }
    }
    // `参加人员：某某（法制审核人员，执法证号…）`: a remark that gives his enforcement
    // certificate's number makes him an officer; so does the number right after him
    // (`（审核人：某某，执法证号…）`).
    for m in &mut out {
        // (The number itself after its label: not `投诉执法证号为…的执法人员`, `无执法证`.)
        let number_after = |r: &str| certificate_number_after(r);
        let certified = |r: &str| {
            r.match_indices("执法证")
                .any(|(i, _)| number_after(&r[i..]))
        };
        if !matches!(
            m.role,
            Role::Party | Role::LegalRep | Role::Officer | Role::Witness
        ) && !matches!(m.cue, "投诉人" | "举报人" | "信访人" | "反映人")
            && (super::context::bracketed_at(text, m.span.end, 40).is_some_and(certified)
                || text[m.span.end..]
                    .strip_prefix([',', '，'])
                    .is_some_and(number_after))
        {
            m.role = Role::Officer;
        }
    }
    // `当事单位在场人：某某（法定代表人）`: a remark that names him the legal representative
    // says his role, whatever cue read him.
    for m in &mut out {
        if matches!(m.role, Role::Witness | Role::Other | Role::Unknown)
            && super::context::bracketed_at(text, m.span.end, 16).is_some_and(|r| {
                r.split([',', '、', ';'])
                    .next()
                    .is_some_and(|w| matches!(w, "法定代表人" | "法人代表"))
            })
        {
            m.role = Role::LegalRep;
        }
    }
    // `受送达人签收：某某代收`: the one who signed for the party, not the party.
    for m in &mut out {
        if m.role == Role::Party
            && ["代收", "代签", "代为签收", "代领"].iter().any(|w| {
                let rest = &text[m.span.end..];
                // (Or in a remark: `某某（代收，系该公司出纳）`.)
                rest.starts_with(w) || rest.strip_prefix('(').is_some_and(|r| r.starts_with(w))
            })
        {
            m.role = Role::Other;
        }
    }
    // `孙某，某应急管理局执法大队副大队长`, `叶某　某市住房和城乡建设局副局长`: a person
    // described as the staff of an agency acts for it, whatever cue named him; not a witness,
    // who by law is no officer (见证人：某某（管委会安监科工作人员）).
    for m in &mut out {
        if !matches!(
            m.role,
            Role::Party | Role::LegalRep | Role::Officer | Role::Witness
        ) && (agency_staff(text, m.span.end)
            || (matches!(m.role, Role::Other | Role::Unknown) && body_before(text, m.span.start)))
        {
            m.role = Role::Officer;
        }
    }
    // Of two readings of one name, the one whose role is published is kept (工作人员某某（执法
    // 证号…）: an officer, not a worker).
    crate::sort::by_key(&mut out, |m| {
        crate::sort::key4(
            crate::sort::sat(m.span.start),
            crate::sort::desc(m.span.end),
            u32::from(!super::persons::rank(m.role)),
            0,
        )
    });
    out.dedup_by(|b, a| a.span.overlaps(&b.span));
    out
}

/// True when a bracket right after a name at `end` says whose relative the person is
/// (`（被约谈人之妻）`, `（当事人妻子）`); 16 characters of it at most.
fn kin_in_brackets(text: &str, end: usize) -> bool {
    let Some(inner) = super::context::bracketed_at(text, end, 16) else {
        return false;
    };
    [
        "之妻", "之夫", "之子", "之女", "之父", "之母", "妻子", "丈夫", "家属", "亲属", "儿子",
        "女儿",
    ]
    .iter()
    .any(|w| inner.contains(w))
}

/// Characters common in given names (伟, 春, 花, 德…): an uncued list is read as names only
/// when every item is a surname followed by these. Characters of place names (山, 江, 州…),
/// of ordinary words and the list separators (和, 及, 与) are left out on purpose.
const GIVEN_COMMON: &str = "轩墨风可少利来旺伟芳娜敏静丽美强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力林斌宇浩凯鹏俊峰春燕梅琳雪琴云莉玲晶丹婷慧颖欣倩德福海兵小国志永成荣祥东新生龙凤兴武忠宏庆波亮晓学光清仁义贵富宝顺安康健泰松柏立正秋冬阳晨旭昊晖煜炜烨鑫森毅锋锐睿哲维良善卫保胜勋功雄豪贤达远航帆洪泉源坤乾天飞鸿鹤虎彪宗家世嘉瑞喜开启益振耀辰星博泽涵铭晟昌盛茂彦钧翔民根水全芬芝蓉琼珍珠翠娥菊莲花琪瑶璐露蕾薇媛姗妮娅莹萱菲妍彤佳怡悦雅宁洁淑惠贞娇巧彩爱青晴虹冰梦诗雯芸琦婉雨月婧";

/// A name read from `p` without a cue, for [`uncued_lists`]: a surname and one or two common
/// given-name characters ([`GIVEN_COMMON`]), ending exactly at `end` when it is given, else
/// before a list separator, punctuation or a word that follows names; `open` (after a cue)
/// also takes two given-name characters with no such end. A surname that is usually a word
/// (文, 安…) needs two given-name characters.
fn plain_name_at(text: &str, p: usize, end: Option<usize>, open: bool) -> Option<(usize, usize)> {
    static G: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    let given = char_set(GIVEN_COMMON, &G);
    let (sl, weak) = match compound_at(text, p) {
        Some(sl) => (sl, false),
        None => {
            let c = char_at(text, p).filter(|&c| is_surname(c))?;
            (c.len_utf8(), is_weak_surname(c))
        }
    };
    let e1 = p
        + sl
        + char_at(text, p + sl)
            .filter(|&c| given.contains(c))?
            .len_utf8();
    let e2 = char_at(text, e1)
        .filter(|&c| given.contains(c))
        .map(|c| e1 + c.len_utf8());
    // The longer reading first; one given-name character only after a surname that is no word.
    for (e, two) in [(e2, true), (Some(e1), false)] {
        let Some(e) = e else { continue };
        if !two && weak {
            break;
        }
        let item = &text[p..e];
        let bounded = match end {
            Some(end) => e == end,
            None => {
                text[e..].starts_with(['、', '和', '及', '与']) || after(text, e) != After::Open
            }
        };
        // A bounded item is refused only when it is a whole word (宁德福 is no 宁德, a city);
        // an open one when it starts with one.
        let word = word_set!(NOT_NAMES).longest_at(item, 0);
        let word_ok = if bounded {
            word.is_none_or(|w| w.len() < item.len())
        } else {
            word.is_none()
        };
        // (Not an open reading after a surname that is a word when it runs into a unit's name:
        // 班长和安全科.)
        // (Nor after a particle read as a surname, of a word: 工人和国家规定, 工人于安全通道;
        // 万光明, 常平安 are names.)
        let particle = char_at(text, p).is_some_and(|c| "和于与及向在对为从由把被将".contains(c));
        let open_ok = !(weak
            && (char_at(text, e).is_some_and(|c| "科部处股室组局队站所".contains(c))
                || (particle
                    && [
                        "安全", "全部", "国家", "文明", "健康", "平安", "光明", "生产",
                    ]
                    .contains(&&item[sl..]))));
        if (bounded || (two && open && end.is_none() && open_ok))
            && word_ok
            && !two_word(text, item, e)
            && !org_follows(text, e)
        {
            return Some((e, sl));
        }
    }
    None
}

/// The person a clause about an injury starts with (`冼丽娟右胫腓骨开放性骨折，`,
/// `李明受伤后…`): a plain name ([`plain_name_at`]) right at the start of the clause of a
/// health term, 24 characters back at most, read as a person in the facts.
fn health_subjects(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    let mut last = usize::MAX;
    for h in &scan.hits {
        if !h.has(|t| matches!(t, Tag::Health(super::health::H::Core))) {
            continue;
        }
        let mut cs = h.start;
        let mut bounded = true;
        for (n, c) in text[..h.start].chars().rev().enumerate() {
            if n == 24 {
                // Not the clause's start: too far back to read.
                bounded = false;
                break;
            }
            if matches!(
                c,
                ',' | '，' | '。' | ';' | '；' | ':' | '：' | '\n' | '(' | '“' | '、' | ' '
            ) {
                break;
            }
            cs -= c.len_utf8();
        }
        if !bounded || cs == last {
            continue;
        }
        last = cs;
        // A list of the injured, each named before the comma or colon of his injuries
        // (`受伤人员：龙某，双下肢烧伤；韦丽娟，右前臂烧伤。`, `（3）何某：头皮裂伤`): the name is the
        // whole of what stands before them in its item.
        if let Some(m) = named_item_before(text, cs) {
            out.push(m);
        }
        if cs == h.start {
            continue;
        }
        // A date before the person (2024年5月17日郑某受伤的事情).
        let b = text.as_bytes();
        let mut p = cs;
        while p < h.start
            && (b[p].is_ascii_digit()
                || ["年", "月", "日", "号"]
                    .iter()
                    .any(|w| text[p..].starts_with(w)))
        {
            p += if b[p].is_ascii_digit() { 1 } else { 3 };
        }
        let cs = if p > cs && b[cs].is_ascii_digit() {
            p
        } else {
            cs
        };
        if let Some((e, sl)) = plain_name_at(text, cs, None, true) {
            out.push(Mention {
                span: Span::new(cs, e),
                surname_len: sl,
                role: Role::Other,
                cue: "health_subject",
                strong: false,
            });
        }
    }
}

/// The name that is the whole of an item before the comma or colon at `cs` (an item starts
/// a line or follows `；`, `。` or a colon, after its number: `（3）`, `2.`, `①`), unless the
/// clause after it opens with a count of persons or cases (`金华，2人骨折`, `3例`: a place's
/// toll).
fn named_item_before(text: &str, cs: usize) -> Option<Mention> {
    let count = text[cs..].trim_start_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二两三四五六七八九十".contains(c)
    });
    if count.len() < text.len() - cs && count.starts_with(['人', '名', '例']) {
        return None;
    }
    let before = &text[..cs];
    let p = before.strip_suffix([',', '，', ':', '：'])?;
    // The item's start, 12 characters back at most (a bound on long lines): a name and its
    // number are short.
    let bound = super::context::retreat(p, p.len(), 12);
    let from = match p[bound..].rfind(['\n', '；', ';', '。', ':', '：']) {
        Some(i) => bound + i + p[bound + i..].chars().next().map_or(1, char::len_utf8),
        None if bound == 0 => 0,
        None => return None,
    };
    let start = p.len() - p[from..].trim_start_matches(is_item_mark).len();
    let (e, sl) = plain_name_at(text, start, Some(p.len()), false)?;
    Some(Mention {
        span: Span::new(start, e),
        surname_len: sl,
        role: Role::Other,
        cue: "health_subject",
        strong: false,
    })
}

/// A character of an item's number (`（3）`, `2.`, `①`). Items numbered in Chinese numerals
/// (`一、`) are not read.
fn is_item_mark(c: char) -> bool {
    c.is_ascii_digit()
        || c.is_whitespace()
        || matches!(c, '(' | ')' | '（' | '）' | '.' | '．' | '、')
        || ('①'..='⑳').contains(&c)
        || ('０'..='９').contains(&c)
}

/// Three or more names in a list with no cue word (`还有罗海、尹春花和宁德福，`), read as
/// persons in the facts: a witness names the co-workers beside him this way. Every item must
/// read as a plain name ([`plain_name_at`]), the list must start after punctuation or a word
/// that introduces it (有, 是, 叫…), and a list any of whose names a cue already found is left
/// to that cue ([`super::persons`] reads its neighbours).
fn uncued_lists(text: &str, out: &mut Vec<Mention>) {
    const SEP: &str = "、";
    let mut pos = 0;
    static G: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    let given = char_set(GIVEN_COMMON, &G);
    // The names the cues found, in order: a list with one of them is left to its cue.
    let mut found: Vec<Span> = out.iter().map(|m| m.span).collect();
    crate::sort::by_key(&mut found, |s| s.start as u128);
    // The char searcher: a byte scan for the last byte of 、, faster here than `find_word`.
    while let Some(i) = text[pos..].find('、').map(|i| pos + i) {
        pos = i + SEP.len();
        // Most 、 join no names: a name ends in a given-name character and the next item
        // starts with a surname (two look-ups before any reading).
        let next_surname =
            compound_at(text, pos).is_some() || char_at(text, pos).is_some_and(is_surname);
        // The speaker may be an item (在岗的有班长某某、我、某某和某某四个人): 我 counts as one.
        let me = text[..i].ends_with('我')
            && char_before(text, i - '我'.len_utf8())
                .is_none_or(|x| !is_han(x) || "、有是为和及与跟同".contains(x));
        if !next_surname || !(me || char_before(text, i).is_some_and(|c| given.contains(c))) {
            continue;
        }
        // The first item ends at the separator: its start is where a name reading (longest
        // first) begins after a bound.
        let first = if me {
            Some((Span::new(i, i), 0))
        } else {
            [4usize, 3, 2].into_iter().find_map(|n| {
                let s = super::context::retreat(text, i, n);
                let bounded = char_before(text, s).is_none_or(|x| {
                    !is_han(x) || "有是为和及与跟同叫对向将把由让给被请经据括了见到".contains(x)
                });
                (s < i && bounded)
                    .then(|| plain_name_at(text, s, Some(i), false))
                    .flatten()
                    .map(|(e, sl)| (Span::new(s, e), sl))
            })
        };
        let Some(first) = first else { continue };
        let mut items = vec![first];
        let mut at = i;
        while let Some((q, false)) = next_item(text, at) {
            let Some((e, sl)) = plain_name_at(text, q, None, false) else {
                break;
            };
            items.push((Span::new(q, e), sl));
            at = e;
        }
        pos = pos.max(at);
        // By start: the spans before `s` that may reach into it are the last few (names are
        // short), and the first one starting at or after it.
        let cued = |s: &Span| {
            let k = found.partition_point(|x| x.start < s.end);
            found[k.saturating_sub(4)..k].iter().any(|x| x.overlaps(s))
        };
        // Two names make a list of persons where the speaker is one more (我和某某、某某去拆
        // 模板) or where persons are said to follow (某某、某某等在岗人员, 等从业人员, 等人).
        let persons_follow = || persons_after_list(text, at);
        let speaker = !me
            && ["我和", "我、", "我跟", "我同"]
                .iter()
                .any(|w| text[..items[0].0.start].ends_with(w));
        let enough = items.len() >= 3 || (items.len() == 2 && (speaker || persons_follow()));
        if !enough || items.iter().any(|(s, _)| cued(s)) {
            continue;
        }
        out.extend(
            items
                .into_iter()
                .filter(|(s, _)| !s.is_empty())
                .map(|(span, surname_len)| Mention {
                    span,
                    surname_len,
                    role: Role::Other,
                    cue: SEP,
                    strong: true,
                }),
        );
    }
}

/// True when `等` and a word for a firm's or the facts' persons follow at `at` (`等从业人员`,
/// `等在岗人员`, `等3人`, `等人`), not the agency's own (`等2名执法人员`, `等工作人员`).
fn persons_after_list(text: &str, at: usize) -> bool {
    let Some(r) = text[at..].strip_prefix('等') else {
        return false;
    };
    let counted = r
        .trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十几".contains(c));
    let count = counted.len() < r.len();
    // The agency's own or another body's (等2名执法人员, 等民警, 等3名监督检查人员).
    let official = |rest: &str| {
        [
            "执法",
            "民警",
            "警察",
            "辅警",
            "工作人员",
            "检查",
            "监督",
            "同志",
            "领导",
            "干部",
            "专家",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    };
    // 等人, 等3人, 等2名员工 (not 等人口密集, 等名义).
    if let Some(rest) = counted.strip_prefix(['人', '名']) {
        let word = rest.starts_with([
            '口', '员', '民', '士', '类', '家', '力', '身', '格', '数', '次', '群', '义', '称',
            '单', '额',
        ]);
        return (count || (counted.starts_with('人') && !word)) && !official(rest);
    }
    [
        "员工",
        "职工",
        "工人",
        "从业人员",
        "在岗人员",
        "作业人员",
        "操作人员",
        "当班人员",
        "现场人员",
        "伤者",
        "伤员",
    ]
    .iter()
    .any(|w| counted.starts_with(w))
}

/// A whole name from `s` to `e`, read as written: a surname and one or two ideographs that
/// may stand in a given name (`和` and `向` too: 巫春和, 伍向阳), no word that is no name.
/// Only for items bounded on both sides by a list's marks.
fn whole_name(text: &str, s: usize, e: usize) -> Option<usize> {
    const STOP: &str = "的了在是系为与及或等被将把对从到因由所其之已也都均并而但不无非没未让给该此这那个们称说某年号市县区省镇乡村路街局厂店院处科室部队楼层幢单你我他她";
    let item = text.get(s..e)?;
    let sl = compound_at(item, 0).or_else(|| {
        char_at(item, 0)
            .filter(|&c| is_surname(c))
            .map(char::len_utf8)
    })?;
    let given = &item[sl..];
    let n = given.chars().count();
    ((1..=2).contains(&n)
        && given.chars().all(|c| is_han(c) && !STOP.contains(c))
        && !word_set!(NOT_NAMES).starts(item, 0))
    .then_some(sl)
}

/// Names listed before a word for persons (`当事人未对某某、某某、某某等从业人员进行培训`,
/// `建议对某某、某某等在岗人员开展补训`): two or more items between 、, each a whole name
/// ([`whole_name`]); the first bounded before by a particle or punctuation.
fn listed_before_persons(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    // An item that is a role word (车主、司机等人, 师傅、司机等人) names no one.
    let cue_word = |s: usize, e: usize| {
        let i = scan.hits.partition_point(|x| x.start < s);
        scan.hits
            .get(i)
            .is_some_and(|x| x.start == s && x.end == e && x.has(|t| matches!(t, Tag::NameCue(_))))
    };
    let whole = |s: usize, e: usize| whole_name(text, s, e).filter(|_| !cue_word(s, e));
    let mut pos = 0;
    // (The word-at-a-time search: the char searcher stops at every byte like 等's last.)
    while let Some(i) = crate::text::scan::find_word(text.as_bytes(), pos, "等") {
        pos = i + '等'.len_utf8();
        if !persons_after_list(text, i) {
            continue;
        }
        let mut items: Vec<(Span, usize)> = Vec::new();
        let mut end = i;
        loop {
            // The previous 、 within five characters, or the list's first item.
            let from = super::context::retreat(text, end, 5);
            match text[from..end].rfind('、').map(|j| from + j) {
                Some(j) => {
                    let s = j + '、'.len_utf8();
                    let Some(sl) = whole(s, end) else {
                        break;
                    };
                    items.push((Span::new(s, end), sl));
                    end = j;
                }
                None => {
                    if let Some((s, sl)) = [4usize, 3, 2].into_iter().find_map(|n| {
                        let s = super::context::retreat(text, end, n);
                        let bounded = char_before(text, s).is_none_or(|x| {
                            !is_han(x)
                                || "有是为和及与跟同叫对向将把由让给被请经据括了见到".contains(x)
                        });
                        // (A particle that is also a surname starts no longer reading when
                        // the rest is a name: 由张三、李四等人 is 张三; not after another
                        // particle, 对向阳明, nor a surname that is no particle, 常乐平.)
                        let inner = char_at(text, s)
                            .filter(|&c| "由向和与对在为从把被将给让跟同及".contains(c))
                            .is_some_and(|c| whole(s + c.len_utf8(), end).is_some())
                            && !char_before(text, s)
                                .is_some_and(|c| "由向和与对在为从把被将给让跟同及".contains(c));
                        (s < end && bounded && !inner)
                            .then(|| whole(s, end))
                            .flatten()
                            .map(|sl| (s, sl))
                    }) {
                        items.push((Span::new(s, end), sl));
                    }
                    break;
                }
            }
        }
        if items.len() >= 2 {
            out.extend(items.into_iter().map(|(span, surname_len)| Mention {
                span,
                surname_len,
                role: Role::Other,
                cue: "等",
                strong: true,
            }));
        }
    }
}

/// The name in Latin letters in brackets after a name (`阮文德（NGUYEN VAN DUC，越南籍）` in a
/// table's cell) is the same person's, whatever found the name.
fn latin_aliases(text: &str, out: &mut Vec<Mention>) {
    // Where mentions start, sorted: a Latin name a cue read already is not added again.
    let mut starts: Vec<usize> = out.iter().map(|m| m.span.start).collect();
    crate::sort::by_key(&mut starts, |&s| s as u128);
    let mut new: Vec<Mention> = Vec::new();
    for &m in out.iter() {
        let end = m.span.end;
        let Some((e, l)) = text[end..]
            .strip_prefix('(')
            .and_then(|_| latin_name_at(text, end + 1))
            .filter(|&(e, _)| text[e..].starts_with([')', ',']))
        else {
            continue;
        };
        let span = Span::new(end + 1, e);
        // Each Latin name once (two cues may read the name before it).
        if starts.binary_search(&span.start).is_err()
            && new
                .last()
                .is_none_or(|x: &Mention| x.span.start != span.start)
        {
            new.push(Mention {
                span,
                surname_len: l,
                ..m
            });
        }
    }
    out.extend(new);
}

/// A name standing alone before a parenthesis that gives a telephone (`某某（注册安全工程师，某
/// 公司，联系电话…）` on a line of its own under `聘请专家：`): a person described, with no cue
/// of his own. A name some cue read already keeps that reading.
fn described_with_phone(text: &str, hits: &[Hit], tokens: &[Span], out: &mut Vec<Mention>) {
    // The names and spans cues found already, sorted and looked up by binary search (a
    // walk over them for every number would be quadratic).
    let mut known_names: Vec<&str> = out
        .iter()
        .map(|m| &text[m.span.start..m.span.end])
        .collect();
    known_names.sort_unstable();
    let mut known_spans: Vec<Span> = out.iter().map(|m| m.span).collect();
    crate::sort::by_key(&mut known_spans, |s| s.start as u128);
    let mut last = usize::MAX;
    // From each number of seven digits or more (far fewer than brackets): the bracket it
    // stands in, opened within 90 bytes (30 Han characters) before it, after 电话 or 手机.
    for t in tokens.iter().filter(|t| t.len() >= 7) {
        if let Some((span, sl)) = sentence_subject(text, t) {
            let known = known_names
                .binary_search(&&text[span.start..span.end])
                .is_ok()
                || out.last().is_some_and(|m| m.span == span);
            if !known {
                out.push(Mention {
                    span,
                    surname_len: sl,
                    role: Role::Other,
                    cue: "身份证号",
                    strong: true,
                });
            }
        }
        if let Some((span, sl)) = roster_row(text, t) {
            if known_names
                .binary_search(&&text[span.start..span.end])
                .is_err()
            {
                out.push(Mention {
                    span,
                    surname_len: sl,
                    role: Role::Other,
                    cue: "电话",
                    strong: true,
                });
            }
            continue;
        }
        let mut from = t.start.saturating_sub(90);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = &text[from..t.start];
        let Some(i) = head.rfind('(').filter(|&i| !head[i..].contains(')')) else {
            continue;
        };
        let q = from + i;
        if q == last || !(head[i..].contains("电话") || head[i..].contains("手机")) {
            continue;
        }
        last = q;
        let mut end = q;
        while let Some(' ') = char_before(text, end) {
            end -= 1;
        }
        for len in [3usize, 2, 4] {
            let start = super::context::retreat(text, end, len);
            if advance(text, start, len) != end
                // After a job word (分切工某某（联系电话…）, 质检员某某（电话…）) as after a
                // comma: no other Han character joins a name here.
                || char_before(text, start).is_some_and(|c| is_han(c) && !"、工员".contains(c))
            {
                continue;
            }
            let Some((e, sl)) = name_at(text, start, true).filter(|&(e, _)| e == end) else {
                continue;
            };
            let name = &text[start..e];
            // Under an officers' label (请联系本局执法人员：) the line names an officer.
            let officers = super::lexicon::last_before(hits, start).is_some_and(|x| {
                x.has(|t| matches!(t, Tag::NameCue(c) if matches!(c.role, Role::Officer | Role::Agency)))
            });
            if officers {
                break;
            }
            let span = Span::new(start, e);
            let k = known_spans.partition_point(|s| s.end <= span.start);
            let overlaps = known_spans[k.saturating_sub(4)..]
                .iter()
                .take_while(|s| s.start < span.end)
                .any(|s| s.overlaps(&span));
            if !overlaps && known_names.binary_search(&name).is_err() {
                out.push(Mention {
                    span: Span::new(start, e),
                    surname_len: sl,
                    role: Role::Other,
                    cue: "电话",
                    strong: true,
                });
            }
            break;
        }
    }
}

/// The speakers of a time-stamped transcript (`[09:41:36] 某某：…`, a body camera's record
/// written out) whom no cue named elsewhere: the people met on the spot. Officers and the
/// party's head are named by their cues in the header, and keep those roles.
fn transcript_speakers(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    // The names known already, sorted on the first speaker found (few texts are transcripts).
    let mut known: Option<Vec<&str>> = None;
    let mut found = Vec::new();
    for l in &scan.layout.lines {
        // The first byte after the indent is `[` (a cheap look: this runs for every line).
        let b = &text.as_bytes()[l.start..l.end];
        let Some(lead) = b.iter().position(|&x| x != b' ' && x != b'\t') else {
            continue;
        };
        if b[lead] != b'[' {
            continue;
        }
        let rest = &text[l.start + lead + 1..l.end];
        // A time (09:41 or 09:41:36) in brackets, then the speaker and a colon.
        let Some(close) = rest.find(']').filter(|&i| {
            (5..=8).contains(&i) && rest[..i].bytes().all(|b| b.is_ascii_digit() || b == b':')
        }) else {
            continue;
        };
        let after = &rest[close + 1..];
        let p = l.end - after.trim_start().len();
        let Some((e, sl)) = name_at(text, p, true).filter(|&(e, _)| text[e..].starts_with(':'))
        else {
            continue;
        };
        let name = &text[p..e];
        let known = known.get_or_insert_with(|| {
            let mut k: Vec<&str> = out
                .iter()
                .map(|m| &text[m.span.start..m.span.end])
                .collect();
            k.sort_unstable();
            k
        });
        if known.binary_search(&name).is_err() {
            found.push(Mention {
                span: Span::new(p, e),
                surname_len: sl,
                role: Role::Other,
                cue: "被询问人",
                strong: true,
            });
        }
    }
    out.extend(found);
}

/// The subject of a sentence that gives someone's particulars (`某某是福州人，身份证号…`,
/// `某某登记用的是回乡证，号码…`, `某某的身份证号…`): a name opening the sentence (after a
/// speaker's `答：`), then 是, 的, a comma or 登记, and a word of identity or contact right
/// before the number `t`. Not the party or its head (当事人, 法定代表人 in the sentence, or
/// the party's or the officers' label on the line above) nor an officer.
fn sentence_subject(text: &str, t: &Span) -> Option<(Span, usize)> {
    if t.len() < 9 {
        return None;
    }
    // The word of identity stands close before the number (身份证号是, 号码：): a cheap look
    // first, as this runs for every long number.
    const IDENTITY: &[&str] = &[
        "身份证",
        "回乡证",
        "护照",
        "通行证",
        "号码",
        "资格证号",
        "手机",
        "电话",
    ];
    let near = super::context::retreat(text, t.start, 8);
    if !IDENTITY
        .iter()
        .any(|w| crate::text::scan::find_word(&text.as_bytes()[near..t.start], 0, w).is_some())
    {
        return None;
    }
    let from = super::context::sentence_start(text, t.start, 40);
    // The sentence's own start, not a cut 40 characters back.
    if from > 0
        && !matches!(
            char_before(text, from),
            Some('\n' | '。' | '!' | '?' | '！' | '？')
        )
    {
        return None;
    }
    // A line under the party's or the officers' label (被处罚人： / 执法人员：): the label says
    // who it is.
    if text[..from].strip_suffix('\n').is_some_and(|above| {
        let above = above.trim_end();
        let label = &above[super::context::retreat(above, above.len(), 8)..];
        above.ends_with(':')
            && [
                "当事人",
                "被处罚",
                "执法人员",
                "检查人员",
                "法定代表人",
                "负责人",
                "经营者",
            ]
            .iter()
            .any(|w| label.contains(w))
    }) {
        return None;
    }
    let head = &text[from..t.start];
    let mut p = from + (head.len() - head.trim_start().len());
    // (The canonical view writes every colon `:`.)
    if text[p..].starts_with("答:") {
        p += "答:".len();
    }
    let (mut e, mut sl) = name_at(text, p, true).filter(|&(e, _)| e <= t.start)?;
    // A role word that reads as a name (`房东是同美村的黄金水，电话…`): the name is after 是,
    // and after the place the person is of.
    if ["房东", "房主"].contains(&&text[p..e]) {
        p = e + text[e..].strip_prefix('是').map_or(0, |_| '是'.len_utf8());
        if p == e {
            return None;
        }
        let near = &text[p..super::context::advance(text, p, 10)];
        if let Some(i) = near.find('的').filter(|&i| {
            ["村", "镇", "乡", "社区", "小区"]
                .iter()
                .any(|w| near[..i].ends_with(w))
        }) {
            p += i + '的'.len_utf8();
        }
        (e, sl) = name_at(text, p, true).filter(|&(e, _)| e <= t.start)?;
    }
    let after = &text[e..t.start];
    if !(after.starts_with(['是', ',', '，', '的']) || after.starts_with("登记")) {
        return None;
    }
    let has = |w: &&str| crate::text::scan::find_word(after.as_bytes(), 0, w).is_some();
    const KEPT: &[&str] = &["当事人", "法定代表人", "负责人", "执法", "本局", "我局"];
    (!KEPT.iter().any(has)).then_some((Span::new(p, e), sl))
}

/// The name in a row of a list aligned with spaces and without a head (`某某    安全副总经理
/// 152…`, after a serial number or not) whose last cell is the number `t`: a firm's or a
/// village's people with their phones. Not a legal representative or an officer (by the post
/// cell), nor a row of the list under a line that names a government body (the officials').
fn roster_row(text: &str, t: &Span) -> Option<(Span, usize)> {
    // The number is a cell of its own: two spaces before it (a cheap look first).
    if !text[..t.start].ends_with("  ") {
        return None;
    }
    // The number ends its line, bar spaces (read 60 bytes on at most: this runs for every
    // long number).
    let near = super::context::floor_char(text, (t.end + 60).min(text.len()));
    let line_end = match text[t.end..near].find('\n') {
        Some(i) => t.end + i,
        None if near == text.len() => near,
        None => return None,
    };
    if !text[t.end..line_end].trim_end().is_empty() {
        return None;
    }
    // A row is short (bounded: this runs for every long number).
    let back = super::context::retreat(text, t.start, 60);
    let line_start = match text[back..t.start].rfind('\n') {
        Some(i) => back + i + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let row = |start: usize, end: usize| {
        let cells = super::layout::spaced_cells(text, start, end)?;
        let cell = |s: &Span| &text[s.start..s.end];
        let last = cells.last()?;
        let number = cell(last).bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && cell(last).bytes().filter(u8::is_ascii_digit).count() >= 7;
        let first = usize::from(cell(&cells[0]).bytes().all(|b| b.is_ascii_digit()));
        (number && cells.len() >= first + 2)
            .then(|| (cells[first], cells[first + 1..cells.len() - 1].to_vec()))
    };
    let (name, posts) = row(line_start, line_end)?;
    if t.end != text[..line_end].trim_end().len() {
        return None;
    }
    let (e, sl) = name_at(text, name.start, true).filter(|&(e, _)| e == name.end)?;
    const KEPT: &[&str] = &[
        "法定代表人",
        "负责人",
        "执法",
        "证号",
        "局长",
        "科长",
        "股长",
    ];
    if posts
        .iter()
        .any(|p| KEPT.iter().any(|w| text[p.start..p.end].contains(w)))
    {
        return None;
    }
    // The line above the rows (at most 30 of them), if it names a government body.
    let mut end = line_start;
    for _ in 0..30 {
        let Some(above_end) = end.checked_sub(1) else {
            return Some((Span::new(name.start, e), sl));
        };
        let start = text[..above_end].rfind('\n').map_or(0, |i| i + 1);
        if row(start, above_end).is_none() {
            let line = &text[start..above_end];
            return (!BODY_ENDINGS.iter().any(|w| line.contains(w)) && !line.contains("执法"))
                .then_some((Span::new(name.start, e), sl));
        }
        end = start;
    }
    None
}

/// The addressee of a notice (`陈某某：` alone on one of the first lines, 告知书, 催告书; `某某
/// 女士：` anywhere): the party, named without a cue word.
fn addressee(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    for (i, l) in scan.layout.lines.iter().enumerate() {
        // A name and a colon: a short line (most lines are not).
        if l.end - l.start > 48 || !text[l.start..l.end].trim_end().ends_with(':') {
            continue;
        }
        let line = crate::text::scan::trim(&text[l.start..l.end]);
        let Some(name) = line.strip_suffix(':') else {
            continue;
        };
        // 汪某同志：, 李某先生：, 王某女士：
        let titled = ["同志", "先生", "女士"]
            .iter()
            .find_map(|w| name.strip_suffix(w));
        // A bare name opens a notice among its first lines; a titled one opens a letter
        // anywhere (a reply after a form in the same text).
        if i >= 12 && titled.is_none() {
            continue;
        }
        let name = titled.unwrap_or(name);
        let start =
            l.start + (text[l.start..l.end].len() - text[l.start..l.end].trim_start().len());
        if let Some((end, sl)) =
            name_at(text, start, true).filter(|&(e, _)| e == start + name.len())
        {
            // A reply to a complaint is addressed to the complainant; so is a letter under a
            // heading that says so, after a form in the same text.
            // A letter further on (a reply after a form, a letter to a victim's family) is to
            // someone other than the party of the decision above it.
            let complainant = scan.layout.complaint_reply(text) || i >= 12;
            out.push(Mention {
                span: Span::new(start, end),
                surname_len: sl,
                role: if complainant {
                    Role::Other
                } else {
                    Role::Party
                },
                cue: if complainant {
                    "举报人"
                } else {
                    "当事人"
                },
                strong: true,
            });
        }
    }
}

/// Words that end the name of a government body (某县卫生健康局, 某街道办事处, 某县人民政府,
/// 某派出所): its staff are officials.
const BODY_ENDINGS: &[&str] = &["局", "政府", "办事处", "管委会", "大队", "支队", "派出所"];

/// Column heads of persons' names (a delivery log's 客户姓名).
const NAME_COLUMNS: &[&str] = &[
    "姓名",
    // A register of residents' complaints (反映人 | 房号 | 联系电话).
    "反映人",
    // A log of calls or visits (来电人 | 联系电话).
    "来电人",
    "来访人",
    "客户姓名",
    "用户姓名",
    "户主姓名",
    // A company's keepers and drivers by post (库房 | 保管员: 3号库 | 某某).
    "保管员",
    "仓管员",
    "库管员",
    "驾驶员",
    "驾驶人",
    "押运员",
    "安全员",
    // A patrol log's shops (店名 | 地址 | 经营者 | 电话): in a list of decisions they are the
    // parties, whose names a default policy keeps; masked here all the same, as the safer
    // reading of a column that names no role.
    "经营者",
    "店主",
    "经营者/负责人",
    // Buyers and consignees in a sales record, the addressees of a log of mail, tenants,
    // who drew explosives from a store (领用人 | 领用人签名).
    "收件人",
    "租户姓名",
    "住户姓名",
    "承租人姓名",
    "领用人",
    "领用人签名",
    "购买人",
    "购气人",
    "购油人",
    "购货人",
    "收货人",
    // The next of kin in a table of casualties (家属姓名 | 关系 | 联系电话).
    "家属姓名",
    "家属",
    "到院家属",
    "到场家属",
    "陪同家属",
    "患者姓名",
    "伤者姓名",
    "伤员姓名",
    // A landlord's list of tenants by room (房号 | 租住人 | 联系电话).
    "租住人",
    "承租人",
    "租户",
    "住户",
    "户主",
    // An attendance table of a 约谈 (参会人员 | 职务 | 联系电话): the officials' rows say so in
    // their unit cell.
    "参会人员",
    "参加人员",
    // Who fixed each hidden danger in a review of a correction (整改措施 | 责任人 | 完成日期).
    "整改责任人",
    "整改责任人/实施人",
    "责任人",
    "实施人",
    "整改人",
    "落实人",
];

/// Posts written before a name in a cell (`人力资源部经理某某`).
const CELL_POSTS: &[&str] = &[
    "经理", "主任", "部长", "科长", "班长", "组长", "主管", "队长",
];

/// The names of a cell that holds several (`某某、某某`) or a unit or post before one
/// (`仓储部 某某`, `人力资源部经理某某`): every part must end in a whole name, or none is read.
fn names_in_cell(text: &str, s: Span) -> Vec<(usize, usize, usize)> {
    let cell = &text[s.start..s.end];
    if !cell.contains(['、', ' ']) && !CELL_POSTS.iter().any(|w| cell.contains(w)) {
        return Vec::new();
    }
    let mut v = Vec::new();
    let mut p = s.start;
    for part in cell.split('、') {
        let (ps, pe) = (p, p + part.len());
        p = pe + '、'.len_utf8();
        let from = part.rfind(' ').map(|i| i + 1).unwrap_or_else(|| {
            CELL_POSTS
                .iter()
                .filter_map(|w| part.find(w).map(|i| i + w.len()))
                .max()
                .unwrap_or(0)
        });
        let q = ps + from;
        match name_at(text, q, true) {
            Some((e, sl)) if e == pe => v.push((q, e, sl)),
            _ => return Vec::new(),
        }
    }
    v
}

/// Column heads of the casualties of a rescue's or a hospital's record (被救人员 | 性别 |
/// 交接时状况): names only in a table of persons (one with 姓名, 性别… heads; not a tally's
/// `事故类型 | 伤者 | 死亡`).
const CASUALTY_COLUMNS: &[&str] = &["患者", "伤者", "伤员", "被救人员"];

/// Column heads of a person's contact in a table of persons (职工花名册: 紧急联系人及电话), whose
/// cells start with the contact's name (`某某（兄）135…`).
const CONTACT_COLUMNS: &[&str] = &[
    "紧急联系人及电话",
    "紧急联系人",
    "紧急联系人及联系电话",
    "紧急联系人电话",
    "联系人及电话",
    "家属及电话",
    "家属及联系电话",
    "家属联系人",
    "家属",
];

/// Relations written before a contact's name in a cell (`妻 某某 139…`), longest first.
const KIN_FIRST: &[&str] = &[
    "妻子", "丈夫", "父亲", "母亲", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "配偶", "妻",
    "夫", "父", "母", "子", "女", "兄", "弟", "姐", "妹",
];

/// Names in the 姓名 column of a table of persons (伤亡人员情况: 序号 | 姓名 | 性别 | …), one row
/// per person and no cue before each. A two-character name padded to the width of three (`王
/// 丽`) is a name too. The officers' table (a 执法证号 column) names officers; any other, the
/// persons of the facts.
fn table_names(scan: &Scan<'_>, out: &mut Vec<Mention>) {
    let text = scan.text;
    let cell = |s: &Span| &text[s.start..s.end];
    scan.layout
        .column(text, CONTACT_COLUMNS, false, &mut |_, _, s| {
            // The relation may come first (`妻 某某 139…`, `父亲：某某`).
            let cell = &text[s.start..s.end];
            let kin = KIN_FIRST
                .iter()
                .find(|k| cell.starts_with(*k))
                .map_or(0, |k| {
                    let rest = &cell[k.len()..];
                    let gap = rest.len() - rest.trim_start_matches([' ', ':']).len();
                    if gap > 0 {
                        k.len() + gap
                    } else {
                        0
                    }
                });
            let s = Span::new(s.start + kin, s.end);
            // The name, then the relation in brackets, the number or a space.
            if let Some((e, sl)) = name_at(text, s.start, true).filter(|&(e, _)| {
                e == s.end
                    || (e < s.end
                        && text[e..s.end]
                            .starts_with(|c: char| c == '(' || c == ' ' || c.is_ascii_digit()))
            }) {
                out.push(Mention {
                    span: Span::new(s.start, e),
                    surname_len: sl,
                    role: Role::Other,
                    cue: "紧急联系人",
                    strong: true,
                });
            }
        });
    // Whether the text names a legal representative (looked for once, when a table asks).
    let rep = std::cell::OnceCell::new();
    // (A label with a name after it, 法定代表人：某某; not a rule that mentions the post.)
    let rep_named = || {
        *rep.get_or_init(|| {
            ["法定代表人", "法人代表"].iter().any(|w| {
                text.match_indices(w).take(64).any(|(i, _)| {
                    // (A field's colon or its padding, then a surname: 法定代表人：某某; or a
                    // post's cell of a table: `某某	董事长、法定代表人`.)
                    let r = &text[i + w.len()..];
                    let v = r.trim_start_matches([':', ' ']);
                    (v.len() < r.len() && v.chars().next().is_some_and(is_surname))
                        || text[..i].ends_with(['\t', '|', '、'])
                        || r.starts_with(['\t', '|', '、'])
                })
            })
        })
    };
    // (One reading for both lists of heads: the casualties' only in a table of persons.)
    let mut each = |head: &[Span], _: &'static str, s: Span| {
        // The officers' table, or a row of an attendance table (a 职务 column, not the
        // 职称 of hired experts nor a 伤情) whose unit cell names a government body (永嘉县
        // 卫生健康局 | 某 | 科长): an official.
        let posts = head.iter().any(|h| cell(h) == "职务")
            && !head.iter().any(|h| matches!(cell(h), "职称" | "伤情"));
        // The name's row, split once for the questions below; its cell of column `k`.
        let row = std::cell::OnceCell::new();
        let row_cell = |k: usize| {
            row.get_or_init(|| {
                scan.layout
                    .line_at(s.start)
                    .and_then(|l| super::layout::cells(text, l.start, l.end))
            })
            .as_ref()
            .and_then(|r: &Vec<Span>| r.get(k).copied())
        };
        let unit = head
            .iter()
            .position(|h| matches!(cell(h), "单位" | "工作单位" | "所在单位" | "单位名称"));
        let official = posts
            && unit.is_some_and(|u| {
                row_cell(u).is_some_and(|c| {
                    // A government body's name ends so (某县卫生健康局, 某街道办事处,
                    // 某县人民政府); a firm's does not.
                    let unit = cell(&c);
                    !unit.contains("退休")
                        && BODY_ENDINGS
                            .iter()
                            .chain(&["委员会", "办公室"])
                            .any(|w| unit.ends_with(w))
                })
            });
        // A firm's head in an attendance table (某公司 | 某某 | 总经理): its principal.
        let principal = posts && {
            let post = head.iter().position(|h| cell(h) == "职务");
            post.and_then(row_cell).is_some_and(|c| {
                let post = cell(&c);
                [
                    "总经理",
                    "董事长",
                    "法定代表人",
                    "主要负责人",
                    "负责人",
                    "厂长",
                    "执行董事",
                    "经营者",
                    "投资人",
                ]
                .iter()
                // (The post itself, not a deputy's or a workshop's: 分管安全副总经理, 车间负责人;
                // one of several: 董事长、法定代表人.)
                // (A head other than the legal representative the text names elsewhere, 总经理
                // under a 董事长 who is, is staff.)
                .any(|w| {
                    post.split(['、', '/', ' ']).any(|p| p == *w)
                        && (matches!(*w, "法定代表人" | "经营者" | "投资人") || !rep_named())
                })
            })
        };
        // The officers' table: a row whose certificate cell holds a number (not a hired
        // expert's `—` in the same table).
        let certified = head
            .iter()
            .position(|h| cell(h).contains("执法证"))
            .is_some_and(|k| {
                row_cell(k).is_none_or(|c| cell(&c).bytes().any(|b| b.is_ascii_digit()))
            });
        let role = if official || certified {
            Role::Officer
        } else if principal {
            Role::LegalRep
        } else {
            Role::Other
        };
        let value = cell(&s);
        // Two ideographs with spaces between them, or a name as written.
        let padded = value.chars().filter(|&c| c != ' ').count() == 2 && value.contains(' ');
        let found = if padded {
            let mut chars = value.chars();
            let surname = chars.next().filter(|&c| is_surname(c));
            let given = chars.filter(|&c| c != ' ').all(is_given);
            surname
                .filter(|_| given)
                .map(|c| (s.start, s.end, c.len_utf8()))
        } else {
            // The name as written, or with a remark in brackets (某（男）, 某（NGUYEN…）).
            name_at(text, s.start, true)
                .filter(|&(e, _)| {
                    // (A reading may run past the cell: a name never does.)
                    e == s.end
                        || (e < s.end && text[e..s.end].starts_with('(') && value.ends_with(')'))
                })
                .map(|(e, sl)| (s.start, e, sl))
                // A customer's business with its keeper in brackets (某海鲜排档（某）).
                .or_else(|| {
                    let open = s.start + value.rfind('(')? + 1;
                    let close = s.end.checked_sub(1).filter(|_| value.ends_with(')'))?;
                    name_at(text, open, true)
                        .filter(|&(e, _)| e == close)
                        .map(|(e, sl)| (open, e, sl))
                })
        };
        let found = match found {
            Some(f) => vec![f],
            None => names_in_cell(text, s),
        };
        for (start, e, sl) in found {
            out.push(Mention {
                span: Span::new(start, e),
                surname_len: sl,
                role,
                cue: "姓名",
                strong: true,
            });
        }
    };
    scan.layout.column(text, NAME_COLUMNS, false, &mut each);
    scan.layout.column(text, CASUALTY_COLUMNS, true, &mut each);
}

/// True when the apposition after a name (`，` `（` or spaces, then up to the next comma)
/// describes a post in a government agency: an agency word, or a title only agencies give.
fn agency_staff(text: &str, end: usize) -> bool {
    let tail = &text[end..];
    let lead = tail.len() - tail.trim_start_matches([',', '(', ' ', '\t']).len();
    if lead == 0 {
        return false;
    }
    let rest = &tail[lead..];
    // Not a place the person went to (在某应急管理局门口), nor a body that acts on him
    // (由区应急管理局处理, 建议交某局处理).
    // (经, 与, 请, 和, 交 as prepositions before a body, not as the start of its name:
    // 经某县应急管理局调解, 与本局联系; 经信局, 交通运输局, 和平区.)
    let preposition = rest
        .strip_prefix(['经', '与', '请', '和', '交'])
        .is_some_and(|r| {
            r.starts_with([
                '某', '县', '市', '区', '省', '镇', '乡', '本', '我', '该', '由',
            ])
        });
    if preposition
        || rest.starts_with(['在', '到', '向', '于', '对', '去', '被', '从', '系', '由'])
        || rest.starts_with("建议")
    {
        return false;
    }
    // `刘某（公职人员，依职责到场）`: described as acting in office.
    if rest.starts_with("公职人员") {
        return true;
    }
    // Up to the next comma or the end of the line, at most 120 bytes; on the way, whether
    // one of 局 队 关 府 会 所 is there (every word below holds one): most clauses stop here.
    let b = rest.as_bytes();
    let (mut i, mut marked) = (0, false);
    while i < b.len().min(120) {
        match b[i] {
            b',' | b';' | b')' | b'\n' | b':' => break,
            0xE3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => break, // 。
            0xE4..=0xE9 => {
                marked |= matches!(
                    b.get(i..i + 3),
                    Some(
                        [0xE5, 0xB1, 0x80]
                            | [0xE9, 0x98, 0x9F]
                            | [0xE5, 0x85, 0xB3]
                            | [0xE5, 0xBA, 0x9C]
                            | [0xE4, 0xBC, 0x9A]
                            | [0xE6, 0x89, 0x80]
                    )
                );
            }
            _ => {}
        }
        i += 1;
    }
    if !marked {
        return false;
    }
    while !rest.is_char_boundary(i) {
        i -= 1;
    }
    let clause = &rest[..i];
    // Word sets, one pass each: a `contains` per word builds a substring searcher every time,
    // which in WebAssembly (no SIMD search) cost more than the rest of the name search.
    let (a, b) = (0, clause.len());
    word_set!(AGENCY_NAMES).occurs(clause, a, b)
        || word_set!(&["局长", "大队长", "支队长", "人民政府"]).occurs(clause, a, b)
        || word_set!(GOVERNMENT_BODIES).occurs(clause, a, b)
}

/// True when the clause before a name at `start` names a public body whose post he holds
/// (`县公安局治安管理大队副大队长刘某`, `县总工会工作人员华某`): at most 20 characters back to a
/// delimiter, with no preposition that makes the body a place (`在县公安局门口`) and no verb
/// that makes it the actor (`本局询问了证人某`, `我局委托鉴定人某`, `约谈了工人某`), and no
/// pronoun or kin word that makes the person someone's relative (`本局联系其妻子某`).
fn body_before(text: &str, start: usize) -> bool {
    let mut from = start;
    for (n, c) in text[..start].chars().rev().enumerate() {
        if n == 20 {
            return false;
        }
        if !is_han(c) || c == '、' {
            break;
        }
        // 我局接村民某举报, 本局收悉某投诉: the agency took the call of someone outside it
        // (not 对接, 连接…, nor 验收, 收发).
        let at = from - c.len_utf8();
        if (c == '接' && !text[..at].ends_with(['对', '衔', '连', '承', '迎', '直', '间']))
            || (c == '收' && text[from..].starts_with('悉'))
        {
            return false;
        }
        if matches!(
            c,
            '在' | '到'
                | '向'
                | '于'
                | '对'
                | '去'
                | '被'
                | '从'
                | '把'
                | '给'
                | '了'
                | '询'
                | '谈'
                | '托'
                | '请'
                | '派'
                | '令'
                | '叫'
                | '让'
                | '知'
                | '求'
                | '排'
                // 本局通过你的妻子某, 本局联系其兄某: a relative of someone else's.
                | '其'
                | '你'
                | '您'
                | '他'
                | '她'
                | '妻'
                | '夫'
                | '兄'
                | '姐'
                | '妹'
                | '父'
                | '母'
        ) {
            return false;
        }
        from -= c.len_utf8();
    }
    from < start
        && (word_set!(GOVERNMENT_BODIES).occurs(text, from, start)
            || word_set!(AGENCY_NAMES).occurs(text, from, start))
}

/// The bodies whose staff make up an accident investigation team with the agency's
/// (《生产安全事故报告和调查处理条例》第二十二条: the people's government, the supervising
/// departments, the supervisory organ, the public security organ and the trade union): a
/// member described by one of them acts for it.
const GOVERNMENT_BODIES: &[&str] = &[
    "公安局",
    "公安分局",
    "派出所",
    "监督管理局",
    "监察委员会",
    "纪委监委",
    "管委会",
    "总工会",
    "人力资源和社会保障局",
    "住房和城乡建设局",
    "自然资源局",
    "交通运输局",
    "卫生健康委员会",
    // The party committees and their departments (县委宣传部部长某).
    "县委",
    "市委",
];

/// Words that name an enforcement agency or its units.
/// The agency's names as a word set.
pub(crate) fn agency_name_set() -> &'static crate::text::words::WordSet {
    word_set!(AGENCY_NAMES)
}

pub(crate) const AGENCY_NAMES: &[&str] = &[
    "应急管理局",
    "应急管理厅",
    "应急局",
    "安全生产监督管理局",
    "安监局",
    "执法大队",
    "执法支队",
    "执法队",
    "本局",
    "我局",
    "本机关",
];

/// True when the line holding `pos` is an entry of a list of staff: it starts with a number
/// (`1．`, `2.`, `3、`) or names a trade or post (工种, 岗位) within 150 bytes after `pos`.
fn staff_entry(scan: &Scan<'_>, pos: usize) -> bool {
    let Some(l) = scan.layout.line_at(pos) else {
        return false;
    };
    // The number is short, and the trade follows the name closely: bounded reads, whatever the
    // length of the line.
    let numbered = pos - l.start <= 12 && {
        let head = crate::text::scan::trim(&scan.text[l.start..pos]);
        head.starts_with(|c: char| c.is_ascii_digit()) && head.ends_with(['.', '、', ')'])
    };
    let after = &scan.text.as_bytes()[pos..l.end.min(pos + 150)];
    numbered
        || ["工种", "岗位"]
            .iter()
            .any(|w| crate::text::scan::find_word(after, 0, w).is_some())
}

/// The role a transcript's header gives the person questioned after `from`: the value of
/// `与本案关系` within the next few lines (up to a blank line).
fn relation_to_case(text: &str, from: usize) -> Option<Role> {
    let end = super::context::floor_char(text, (from + 800).min(text.len()));
    let block = &text[from..end];
    let Some(at) = crate::text::scan::find_word(block.as_bytes(), 0, "与本案关系") else {
        return post_in_case(block);
    };
    // Within the block: no blank line before it.
    if crate::text::scan::find_word(&block.as_bytes()[..at], 0, "\n\n").is_some() {
        return None;
    }
    let at = at + "与本案关系".len();
    let value = block[at..].trim_start_matches([':', ' ', '\t', '为', '是']);
    if value.starts_with("当事人") || value.starts_with("本人") {
        Some(Role::Party)
    } else if ["法定代表人", "主要负责人", "负责人"]
        .iter()
        .any(|w| value.starts_with(w))
    {
        Some(Role::LegalRep)
    } else {
        None
    }
}

/// True when `pos` is inside the bracket of an organisation's particulars
/// (`某有限公司（统一社会信用代码：…，住所：…，负责人：某）`, `某厂（负责人：某）`): a role
/// named there is the organisation's own.
fn in_org_particulars(text: &str, pos: usize) -> bool {
    let from = super::context::retreat(text, pos, 120);
    let seg = &text[from..pos];
    let Some(open) = seg.rfind('(') else {
        return false;
    };
    let inside = &seg[open..];
    !inside.contains(')')
        && !inside.contains('\n')
        && (["信用代码", "住所", "经营场所"]
            .iter()
            .any(|w| inside.contains(w))
            || [
                "公司",
                "厂",
                "矿",
                "合作社",
                "经营部",
                "商行",
                "加油站",
                "门市部",
            ]
            .iter()
            .any(|w| seg[..open].ends_with(w)))
}

/// True when the line of the 姓名 field at `pos` is a hospital's record of a patient (`姓名：某
/// 性别：男 科别：急诊科`, `住院号：…`): a casualty's, not the party's header.
fn patient_record(scan: &Scan<'_>, pos: usize) -> bool {
    scan.layout.line_at(pos).is_some_and(|l| {
        // The rest of the line, 200 bytes at most: a bound on hostile lines.
        let end = super::context::floor_char(scan.text, l.end.min(pos + 200));
        let line = &scan.text.as_bytes()[pos..end.max(pos)];
        ["科别", "住院号", "门诊号", "床号", "病案号", "病历号"]
            .iter()
            .any(|w| crate::text::scan::find_word(line, 0, w).is_some())
    })
}

/// True when a header above `pos` names an organisation as the party (`被调取单位：某有限公司`,
/// `当事人：某厂`): a bare 姓名 field further on (a worker's card copied as evidence) names
/// someone else. The nearest such label within 3,000 characters (a hospital's record quoted as
/// evidence far below the header), with no document's title (决定书, 笔录…) between it and
/// `pos`: a text may hold several documents.
fn org_party_before(scan: &Scan<'_>, pos: usize) -> bool {
    let text = scan.text;
    let from = super::context::retreat(text, pos, 3000);
    let Some(h) = super::lexicon::within(&scan.hits, from, pos)
        .iter()
        .rev()
        .find(|h| {
            matches!(
                h.word,
                "被调取单位" | "被检查单位" | "被处罚单位" | "当事人"
            ) && text[h.end..].starts_with(':')
        })
    else {
        return false;
    };
    let value = &text.as_bytes()[h.end..pos];
    let line_end = value
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(value.len());
    let has = |b: &[u8], w: &str| crate::text::scan::find_word(b, 0, w).is_some();
    // A title is a short line of its own (`询问笔录`), not an exhibit named in a sentence
    // (`对某某的询问笔录1份。`).
    let title = |l: &str| {
        let l = crate::text::scan::trim(l);
        l.chars().count() <= 24
            && ["决定书", "告知书", "通知书", "笔录", "意见书"]
                .iter()
                .any(|w| l.ends_with(w))
    };
    ["公司", "厂", "合作社", "商行"]
        .iter()
        .any(|w| has(&value[..line_end], w))
        && !text[h.end + line_end..pos].lines().any(title)
}

/// How a person questioned stands to the case by the post his header gives (`工作单位及职务：
/// 某民宿（个体工商户，统一社会信用代码：…）经营者`, `职务：法定代表人`), when it has no 与本案关系:
/// the keeper of a registered sole business is the party, a legal representative the party's.
/// `block` runs from the name; only its lines before a blank line are read.
fn post_in_case(block: &str) -> Option<Role> {
    let b = block.as_bytes();
    // A header's field (`某某    性别：男`), not a list (`（被询问人：某、某）`).
    let line = &b[..b.iter().position(|&x| x == b'\n').unwrap_or(b.len())];
    if crate::text::scan::find_word(line, 0, "、").is_some()
        || line.contains(&b')')
        || crate::text::scan::find_word(line, 0, "。").is_some()
    {
        return None;
    }
    // The post first (most headers have none), then no blank line before it.
    let at = crate::text::scan::find_word(b, 0, "职务:")?;
    if crate::text::scan::find_word(&b[..at], 0, "\n\n").is_some() {
        return None;
    }
    let at = at + "职务:".len();
    let value = &block[at..];
    let value = &value[..value.find('\n').unwrap_or(value.len())];
    let has = |w: &str| crate::text::scan::find_word(value.as_bytes(), 0, w).is_some();
    // The post ends the value (not 经营者之妻, 法定代表人助理, 法定代表人（出租方）).
    let value = value.trim_end();
    if ["经营者", "业主", "投资人"]
        .iter()
        .any(|w| value.ends_with(w))
        && (has("个体工商户") || has("统一社会信用代码"))
    {
        Some(Role::Party)
    } else if value.ends_with("法定代表人") || {
        // (法定代表人兼总经理, 法定代表人、执行董事.)
        value
            .find("法定代表人")
            .is_some_and(|i| value[i + "法定代表人".len()..].starts_with(['兼', '、', ',']))
    } {
        Some(Role::LegalRep)
    } else {
        None
    }
}

/// The role of a role word written right before a field label (`举报人姓名`, `证人姓名`).
fn role_before_field(scan: &Scan<'_>, pos: usize) -> Option<Role> {
    let x = super::lexicon::last_before(&scan.hits, pos).filter(|x| x.end == pos)?;
    x.tags.iter().find_map(|t| match t {
        Tag::NameCue(c) if c.strong && c.role != Role::Unknown => Some(c.role),
        _ => None,
    })
}

/// The role a heading gives the fields under it (`一、举报人基本信息` over `姓名：…`): the role
/// word of the nearest line above that is not a field (no colon before its end), within two
/// lines of the same block.
fn heading_role(scan: &Scan<'_>, pos: usize) -> Option<Role> {
    let text = scan.text;
    let lines = &scan.layout.lines;
    let i = scan.layout.line_index(pos);
    // Two lines up, a blank line under the heading allowed (`监护人基本情况如下：`, blank,
    // `姓名：…`).
    let mut blank = false;
    for l in lines[..i].iter().rev().take(3) {
        let line = crate::text::scan::trim_end(&text[l.start..l.end]);
        if line.trim().is_empty() {
            if blank {
                return None;
            }
            blank = true;
            continue;
        }
        if line.strip_suffix(':').unwrap_or(line).contains(':') {
            continue;
        }
        // A heading is short and no sentence (`执法人员在井下随机抽查作业人员5名，…` is not).
        if line.len() > 60 || line.contains([',', '。']) {
            return None;
        }
        return super::lexicon::within(&scan.hits, l.start, l.end)
            .iter()
            .find_map(|x| {
                x.tags.iter().find_map(|t| match t {
                    Tag::NameCue(c) if c.strong && c.role != Role::Unknown => Some(c.role),
                    _ => None,
                })
            });
    }
    None
}

/// Bodies that are not the agency and whose own papers name an approver or a clerk.
const OUTSIDE_BODIES: &[&str] = &[
    "公司",
    "企业",
    "厂",
    "村委",
    "居委",
    "村民委员会",
    "居民委员会",
];

/// Whether the apposition right after a name ending at `end` (after a comma or an opening
/// bracket, up to the next one, 30 characters at most) names a firm or a village committee.
fn outside_apposition(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix([',', '(']) else {
        return false;
    };
    let to = super::context::advance(rest, 0, 30);
    let part = &rest[..to];
    let part = &part[..part.find([',', ')', ';', '\n']).unwrap_or(part.len())];
    // (Not a government's post, 县工信局企业股股长, 镇政府驻村委干部, unless a firm or a village
    // committee is named: 某工程局有限公司, 某村民委员会办公室.)
    let firm = ["公司", "厂", "村民委员会", "居民委员会"]
        .iter()
        .any(|w| part.contains(w));
    OUTSIDE_BODIES.iter().any(|w| part.contains(w))
        && (firm || !["局", "政府", "办公室"].iter().any(|w| part.contains(w)))
}

/// Whether the brackets that follow the name after a cue ending at `end` (30 characters at
/// most, on its line) give a post in a company or a village committee.
fn outside_post(text: &str, end: usize) -> bool {
    let to = super::context::advance(text, end, 30);
    let window = &text[end..to];
    let window = &window[..window.find('\n').unwrap_or(window.len())];
    // The post in brackets (`某（生产副总经理）`) or in the field after the name's (`某    职务：
    // 行政经理`; not another's: `记录人：某 被询问人：某 职务：经理`).
    let post = window
        .split_once('(')
        .filter(|(name, _)| !name.contains([',', ';', ')']))
        // (To the window's end: a list's next item in brackets counts, `记录人：某（某镇）、
        // 某（公司）`.)
        .map(|(_, post)| post)
        .or_else(|| {
            window
                .split_once("职务:")
                .filter(|(name, _)| name.matches(':').count() <= 1)
                .map(|(_, post)| post)
        });
    post.is_some_and(|post| {
        OUTSIDE_BODIES.iter().any(|w| post.contains(w))
            // A firm's department (培训部主任, 安全部经理), a testing body's signatory, and the
            // posts only a firm has (副总经理, 厂长, 安全员): an agency has none of them.
            || [
                "部主任",
                "部经理",
                "部部长",
                "部副经理",
                "工程师",
                "授权签字人",
                "技术负责人",
                "经理",
                "厂长",
                "安全员",
                "安全总监",
                "班组长",
            ]
            .iter()
            .any(|w| post.contains(w))
    })
}

/// True when the line of `pos` or the one above it is where the applicant or a firm signs
/// (`法定代表人（签字）：某    申请单位（盖章）` / `经办人：某`, `某有限公司（盖章）`): a paper
/// the firm hands in. (Not `被检查单位（盖章）`: the agency's own record has that line.)
fn applicant_signs(text: &str, pos: usize) -> bool {
    let from = super::context::retreat(text, pos, 120);
    let head = &text[from..pos];
    // The line of `pos` and the one above it.
    let mut lines = head.rsplitn(3, '\n');
    let (Some(this), above) = (lines.next(), lines.next()) else {
        return false;
    };
    // (The agency's own form has the firm sign too, as 被检查单位（盖章）; and its own clerk
    // may sign on the line of the agency's name.)
    let agency = |l: &str| {
        [
            "被检查",
            "被询问",
            "被约谈",
            "受理机关",
            "应急管理局",
            "本局",
            "执法",
            "承办",
            "检查单位",
            "当事人",
        ]
        .iter()
        .any(|w| l.contains(w))
    };
    !agency(this)
        && [this, above.unwrap_or("")].iter().any(|l| {
            !agency(l)
                && [
                    "申请单位(盖章",
                    "申请单位(公章",
                    "申请人(签",
                    "公司(盖章",
                    "厂(盖章",
                    "企业(盖章",
                    "单位(盖章",
                    "法定代表人(签",
                ]
                .iter()
                .any(|w| l.contains(w))
        })
}

fn cue_role(scan: &Scan<'_>, h: &Hit, cue: Cue) -> Role {
    let text = scan.text;
    // 本局工作人员张三: a staff word right after the agency is an officer.
    let head = &text[..h.start];
    let agency_prefix = ["本局", "我局", "本机关", "执法"]
        .iter()
        .any(|w| head.ends_with(w))
        // 执法大队主任张某, 本局法规科科长李某: a post of the agency's own units.
        || (matches!(h.word, "主任" | "科长" | "队长" | "股长") && {
            let from = super::context::sentence_start(text, h.start, 16);
            word_set!(AGENCY_NAMES).occurs(text, from, h.start)
                // (An enforcement unit's own: 执法监督科科长某, 执法大队办公室主任某; not 被执法
                // 单位安全科长, 配合执法的主任.)
                || {
                    let w = &text[super::context::retreat(text, h.start, 6)..h.start];
                    w.find("执法").is_some_and(|i| {
                        let (before, unit) = (&text[..h.start - w.len() + i], &w[i..]);
                        unit.chars().all(is_han)
                            && unit.ends_with(['科', '股', '队', '室', '站', '所'])
                            // (配合执法, not 综合执法科.)
                            && !["被", "配合", "碍", "抗", "拒"]
                                .iter()
                                .any(|x| before.ends_with(x))
                    })
                }
        });
    match cue.role {
        _ if agency_prefix && !cue.strong => Role::Officer,
        // An approver is the agency's official in a form field of its own (审批人：某), not a
        // company's (动火作业票审批人某, 公司审核人：某).
        Role::Officer
            if matches!(h.word, "审批人" | "审核人" | "批准人" | "法制审核人员")
                && (!{
                    // (A remark in brackets before the colon: 审核人（法制审核员）：)
                    // (Only a remark of the agency's own: 法制审核员, 某科, 处室负责人; not
                    // where to sign, （签名）, which a company's form has as well.)
                    let rest = &text[h.end..];
                    let inner = rest.strip_prefix('(').unwrap_or("");
                    let rest = remark_len(inner)
                        .filter(|&n| {
                            let r = &inner[..n];
                            ["法制", "科", "股", "局", "处"]
                                .iter()
                                .any(|w| r.contains(w))
                                && !["经理", "部", "公司", "车间"].iter().any(|w| r.contains(w))
                        })
                        .map_or(rest, |n| &rest[1 + n..]);
                    rest.starts_with(':')
                } || {
                    let from = super::context::retreat(text, h.start, 10);
                    ["公司", "企业", "厂", "单位", "作业票", "车间"]
                        .iter()
                        .any(|w| text[from..h.start].contains(w))
                }) =>
        {
            Role::Other
        }
        // A post outside the agency in brackets after the name (审批人：某（某公司安全管理部经理）,
        // 经办人：某（村委委员，电话…）), or a village's or a company's paper just before the cue
        // (村委会证明（经办人某）): not the agency's form.
        Role::Officer
            if matches!(h.word, "审批人" | "审核人" | "批准人" | "经办人" | "记录人")
                && (outside_post(text, h.end)
                    || {
                        // The paper's name right before, in the same field (not the line above, not
                        // another field's value: 检查地点：某公司 记录人：).
                        let from = super::context::retreat(text, h.start, 8);
                        let w = &text[from..h.start];
                        let w = &w[w.rfind(['\n', ':', '|', ' ', ',']).map_or(0, |i| i + 1)..];
                        OUTSIDE_BODIES.iter().any(|b| w.contains(b))
                        // (A firm's department: 人力资源部经办人.)
                        || (w.ends_with('部') && !w.contains("应急") && !w.contains("执法"))
                    }
                    || applicant_signs(text, h.start)) =>
        {
            Role::Other
        }
        // The agency's team for a case (本局成立调查组（组长：某，成员：某、某）).
        Role::Other
            if matches!(h.word, "组长" | "成员" | "组员") && {
                let from = super::context::retreat(text, h.start, 12);
                let w = &text[from..h.start];
                // (The agency's: 本局 or 我局 set it up in the sentence; a company's or a
                // village's team is its own staff.)
                let s = &text[super::context::sentence_start(text, h.start, 90)..h.start];
                ["调查组", "评查组", "核查组", "专案组"]
                    .iter()
                    .any(|g| w.contains(g))
                    && !w.contains("事故")
                    && ["本局", "我局"].iter().any(|a| s.contains(a))
                    && !["公司", "村", "企业", "当事人"]
                        .iter()
                        .any(|o| s.contains(o))
            } =>
        {
            Role::Officer
        }
        // A mine's head of a shift or a former one (值班矿长, 原矿长) is staff.
        Role::LegalRep
            if h.word == "矿长"
                && [
                    "值班", "跟班", "带班", "生产", "通风", "技术", "机电", "安全", "常务", "代理",
                    "原", "前", "副",
                ]
                .iter()
                .any(|w| text[..h.start].ends_with(w)) =>
        {
            Role::Other
        }
        // The owner of some building (相邻厂房业主某, 商铺业主某) is someone in the facts; the
        // party is 业主 alone.
        Role::Party
            if h.word == "业主"
                && super::context::char_before(text, h.start)
                    .is_some_and(|c| "房铺楼厂屋店宅".contains(c)) =>
        {
            Role::Other
        }
        // 原告 is the party in the agency's defence (答辩状); elsewhere someone in the facts.
        Role::Party if h.word == "原告" && !scan.layout.defence(text) => Role::Other,
        Role::Unknown => {
            // 联系人 after the agency's name in the same sentence (如有疑问请联系：某市应急管理局
            // 执法大队，联系人：…) is the agency's contact, wherever the line stands; unless the
            // party is named there too (当事人向某应急管理局报送…，联系人：…): then it may be
            // the party's, and masking is the safe reading.
            let from = super::context::sentence_start(text, h.start, 300);
            let party_named = super::lexicon::within(&scan.hits, from, h.start)
                .iter()
                .any(|x| {
                    x.has(|t| {
                        matches!(
                            t,
                            Tag::Zone(super::layout::Side::Private)
                                | Tag::NameCue(Cue {
                                    role: Role::Party,
                                    ..
                                })
                        )
                    })
                });
            let agency_named = !party_named && word_set!(AGENCY_NAMES).occurs(text, from, h.start);
            // A firm's contact (`联系人：某（培训部主任）`, under `请与我公司培训部联系`).
            let firms = outside_post(text, h.end) || {
                let near = super::context::retreat(text, h.start, 60);
                ["我公司", "本公司", "我厂", "本厂"]
                    .iter()
                    .any(|w| text[near..h.start].contains(w))
            };
            match scan.layout.side_at(h.start) {
                _ if firms => Role::Other,
                super::layout::Side::Agency => Role::Officer,
                _ if agency_named => Role::Officer,
                _ => Role::Other,
            }
        }
        // 负责人 of the organisation (被检查单位负责人, 企业负责人) or on the party's header
        // line is its principal, published like the 法定代表人 (法释〔2016〕19号 第十一条);
        // a 现场负责人 is an employee.
        // The head of the agency when it is a party to a dispute (答辩人：某县应急管理局 /
        // 负责人：某): an official.
        Role::Other
            if h.word == "负责人"
                && scan.layout.line_at(h.start).is_some_and(|l| l.agency_party) =>
        {
            Role::Officer
        }
        Role::Other if h.word == "负责人" => {
            let signature = text[h.end..].starts_with("(签");
            let of_org = ["单位", "企业", "公司", "厂"]
                .iter()
                .any(|w| head.ends_with(w))
                // (As the bracket's own field: not 项目负责人, 仓库负责人.)
                || (head.ends_with(['(', ',', ';', ' ', '、']) && in_org_particulars(text, h.start));
            let side = scan.layout.side_at(h.start);
            // (When the party is a natural person, a company's 负责人 in the facts is a third
            // party's or an employer's.)
            if of_org && side == super::layout::Side::Body && scan.layout.party_person(text) {
                Role::Other
            } else if of_org || (!signature && side == super::layout::Side::Private) {
                Role::LegalRep
            } else {
                Role::Other
            }
        }
        // A reply to a complaint speaks to the complainant: it is served on the complainant,
        // and its name fields are the complainant's unless a role word or a heading above
        // says whose they are (被举报人基本信息).
        Role::Party if h.word == "受送达人" && scan.layout.complaint_reply(text) => Role::Other,
        // A transcript's header says how the person questioned stands to the case
        // (`被询问人：某 … 与本案关系：当事人`): the party is questioned as often as a witness.
        Role::Witness if h.word.starts_with("被询问人") => {
            relation_to_case(text, h.end).unwrap_or(Role::Witness)
        }
        // `相邻商铺经营者某某`: the keeper of another business, a person in the facts; so is
        // the keeper of a business named in running text (`“某某”餐馆经营者某某曾购入…`): the
        // party's own name stands in its header, and that role wins.
        Role::Party
            if h.word == "经营者" && {
                let from = super::context::retreat(text, h.start, 8);
                let b = &text.as_bytes()[..h.start];
                [
                    "相邻", "隔壁", "周边", "附近", "邻近", "对面", "其他", "另一",
                ]
                .iter()
                .any(|w| crate::text::scan::find_word(b, from, w).is_some())
                    || (scan.layout.side_at(h.start) == super::layout::Side::Body
                        && !text[h.end..].starts_with(':')
                        && ["店", "馆", "铺", "超市", "摊", "”"]
                            .iter()
                            .any(|w| crate::text::scan::find_word(b, from, w).is_some()))
            } =>
        {
            Role::Other
        }
        Role::Party if h.word == "姓名" && scan.layout.complaint_reply(text) => {
            role_before_field(scan, h.start)
                .or_else(|| heading_role(scan, h.start))
                .unwrap_or(Role::Other)
        }
        // A name field names the party, unless its line is an entry of a list of staff
        // (`1．姓名：某　工种：…`): numbered, or with the person's trade or post.
        Role::Party if h.word == "姓名" => role_before_field(scan, h.start)
            .map(|r| match r {
                // 被询问人姓名：某 … 与本案关系：当事人.
                Role::Witness => relation_to_case(text, h.end).unwrap_or(r),
                r => r,
            })
            .or_else(|| heading_role(scan, h.start))
            .unwrap_or_else(|| {
                // `姓名：某　与伤者关系：母子`: a relative of someone in the case.
                let kin = scan.layout.line_at(h.start).is_some_and(|l| {
                    // The rest of the line, 120 bytes at most: a bound on hostile lines.
                    let line = &text.as_bytes()[h.end..l.end.clamp(h.end, h.end + 120)];
                    let rel = crate::text::scan::find_word(line, 0, "关系:");
                    rel.is_some_and(|r| !line[..r].ends_with("与本案".as_bytes()))
                });
                if kin
                    || staff_entry(scan, h.start)
                    || org_party_before(scan, h.start)
                    || patient_record(scan, h.start)
                {
                    Role::Other
                } else {
                    Role::Party
                }
            }),
        // `当事人（签名）：某` under a decision to a company: whoever signed for it, not the
        // party (its legal representative keeps that role from the header).
        Role::Party if text[h.end..].starts_with("(签") && !scan.layout.party_person(text) => {
            Role::Other
        }
        r => r,
    }
}

fn after_cue(scan: &Scan<'_>, h: &Hit, cue: Cue, out: &mut Vec<Mention>) {
    let text = scan.text;
    // A trade ending in 工 inside a longer word (安装工程, 电工作业, 焊工具) names no one, nor
    // do residents' buildings (居民楼约6米, 村民房).
    let next = char_at(text, h.end);
    if (h.word.ends_with('工')
        && next.is_some_and(|c| "程作地厂人资具艺序期区业会商友种段位件时".contains(c)))
        || (h.word.ends_with('民') && next.is_some_and(|c| "楼区房点户组委小家".contains(c)))
    {
        return;
    }
    // The remark of a label (`主要负责人（矿长）：`): the label's first role reads the name.
    if text[..h.start].ends_with('(') && remark_len(&text[h.start..]).is_some() {
        // (Unless the remark says he is the principal: 总经理（主要负责人）：某 is the firm's
        // head, whose name a post of staff would hide.)
        let head = &text[..h.start - 1];
        let post = [
            "总经理",
            "董事长",
            "厂长",
            "矿长",
            "经理",
            "执行董事",
            "站长",
            "店长",
        ]
        .iter()
        .find(|w| head.ends_with(**w))
        .is_some_and(|w| !head[..head.len() - w.len()].ends_with('副'));
        if post && matches!(h.word, "主要负责人" | "法定代表人") && text[h.end..].starts_with("):")
        {
            let p = h.end + 2;
            if let Some((e, sl)) = name_at(text, p, true) {
                out.push(Mention {
                    span: Span::new(p, e),
                    surname_len: sl,
                    role: Role::LegalRep,
                    cue: h.word,
                    strong: true,
                });
            }
        }
        return;
    }
    // `当事人：自然人某某`, `当事人为自然人某某`: what the party is, not a role of its own
    // (but 出租方为自然人某某 is someone else).
    if h.word == "自然人" && {
        // (Past the label's marks: 当事人为：, 被处罚人（单位）：, `| 被处罚人名称 |`.)
        let mut head = text[..h.start].trim_end();
        for _ in 0..4 {
            head = head
                .strip_suffix([':', '为', '系', '是', '|', '(', ')', ' '])
                .unwrap_or(head);
        }
        let head = head.strip_suffix("(单位").unwrap_or(head);
        [
            "当事人",
            "被处罚人",
            "被处罚单位",
            "被处罚对象",
            "相对人",
            "受送达人",
            "申请人",
            "被申请人",
            "被检查人",
            "被调查人",
            "类别",
            "类型",
            "姓名",
            "名称",
        ]
        .iter()
        .any(|w| head.ends_with(w))
    } {
        return;
    }
    let role = cue_role(scan, h, cue);
    let (mut p, colon) = skip_gap(text, h.end);
    // 申请人母亲某某: the party's relative named after the party's word, not the party.
    let role = if matches!(role, Role::Party | Role::LegalRep)
        && ["父亲", "母亲", "妻子", "丈夫", "儿子", "女儿", "配偶"]
            .iter()
            .any(|w| text[h.end..p].contains(w))
    {
        Role::Other
    } else {
        role
    };
    // A speaker's label in a transcript (`主持人：蒲某，你是否补充？`): the name after it is the
    // person spoken to, in a question or an address, not the speaker.
    if colon && matches!(h.word, "主持人" | "听证主持人" | "询问人" | "调查人" | "问")
    {
        let end = super::context::floor_char(text, (p + 90).min(text.len()));
        let speech = &text[p..end];
        let speech = &speech[..speech.find(['。', '\n']).unwrap_or(speech.len())];
        if speech.contains(['?', '？', '你', '您']) {
            return;
        }
    }
    // A label alone on its line over a numbered list (`见证人：\n1. 某某，调解员`): the name
    // that opens each numbered line.
    if colon && text[p..].starts_with('\n') {
        numbered_names(text, p + 1, role, h.word, out);
        return;
    }
    let mut strong = cue.strong || colon;
    let mut strict = false;
    // After 我叫 / 名叫 a surname that is also a word (向, 和) starts a name when the name then
    // ends (我叫向东升，…; never 名叫和平的村子, 他叫车送医).
    let named_self = matches!(h.word, "我叫" | "名叫" | ",叫");
    let weak_ok = cue.strong || named_self;
    // These cues name someone only when the name then ends.
    let ends_clearly = named_self || h.word == "交给了";
    let mut spaced = false;
    for _ in 0..20 {
        let Some((end, sl)) = name_at_cue(text, p, strong, weak_ok).filter(|&(end, _)| {
            // A role word read as a name (雇佣司机, 焊工班长, 交给了司机): no one is named.
            let i = scan.hits.partition_point(|x| x.start < p);
            !scan.hits.get(i).is_some_and(|x| {
                x.start == p && x.end == end && x.has(|t| matches!(t, Tag::NameCue(_)))
            }) && (!ends_clearly
                || text[end..].is_empty()
                || text[end..].starts_with([',', '.', '。', ';', '、', ' ', '\n', '(']))
        }) else {
            // 员工有林某某、郭某燕: a name written already anonymised keeps the list going.
            match pseudonym_at(text, p).and_then(|e| next_item(text, e)) {
                Some((q, _)) if cue_at(&scan.hits, q) => break,
                Some((q, s)) => {
                    p = q;
                    strict = s;
                    strong = true;
                    continue;
                }
                None => break,
            }
        };
        if strict && after(text, end) != After::Delim {
            break;
        }
        if spaced && !ends_field(text, end) {
            break;
        }
        out.push(Mention {
            span: Span::new(p, end),
            surname_len: sl,
            role,
            cue: h.word,
            strong,
        });
        // Its name in Latin letters in brackets is read by [`latin_aliases`].
        match next_item(text, end) {
            // The next item named after a cue word of its own (举报人某、顾客某): that cue reads
            // it, and its first characters are no name.
            Some((q, _)) if cue_at(&scan.hits, q) => break,
            Some((q, s)) => {
                p = q;
                strict = s;
                strong = true;
            }
            // A form's field lists names parted by spaces (陪同人员：某某　　某某): the next
            // one counts when it ends the field as well.
            None if colon && ends_field(text, end) => {
                let spaces = text[end..]
                    .bytes()
                    .take(9)
                    .take_while(|&b| b == b' ')
                    .count();
                let q = end + spaces;
                if spaces < 2 || !char_at(text, q).is_some_and(is_han) || cue_at(&scan.hits, q) {
                    break;
                }
                p = q;
                strong = true;
                spaced = true;
            }
            None => break,
        }
    }
}

/// Names that open the numbered lines from `p` on (`1. 某某，…` / `2、某某（…）`), as long as
/// the lines are numbered (20 at most), or indented (`  某某    分管安全副总经理`: the name
/// then ends its field).
fn numbered_names(text: &str, mut p: usize, role: Role, cue: &'static str, out: &mut Vec<Mention>) {
    for _ in 0..20 {
        let line = &text[p..];
        let line = line.trim_start_matches([' ', '\t']);
        let start = text.len() - line.len();
        let indented = start > p;
        let digits = line.bytes().take(2).take_while(u8::is_ascii_digit).count();
        let Some(rest) = (digits > 0)
            .then(|| line[digits..].strip_prefix(['.', '．', '、', ')']))
            .flatten()
            .or(indented.then_some(line))
        else {
            return;
        };
        let q = text.len() - rest.trim_start_matches(' ').len();
        if let Some((end, sl)) = name_at(text, q, true).filter(|&(end, _)| {
            // (An indented line names someone only as a field of its own: `  某某    职务`;
            // running text indented as paragraphs is no list.)
            if digits == 0 {
                return ends_field(text, end) || text[end..].starts_with('\t');
            }
            end == text.len() || text[end..].starts_with([',', '(', ' ', '\n', '、', ';', '。'])
        }) {
            out.push(Mention {
                span: Span::new(q, end),
                surname_len: sl,
                role,
                cue,
                strong: true,
            });
        } else if digits == 0 {
            // (The first indented line that is no such field ends the list.)
            return;
        }
        match text[start..].find('\n') {
            Some(i) => p = start + i + 1,
            None => return,
        }
    }
}

/// True when a field of a form ends at `p`: the line ends, or two spaces or more part it
/// from the next.
fn ends_field(text: &str, p: usize) -> bool {
    let rest = &text[p..];
    // (After a remark in brackets: `柏某（工会主席）`.)
    let rest = match super::context::bracketed_at(text, p, 12) {
        Some(inner) => &rest[inner.len() + 2..],
        None => rest,
    };
    rest.is_empty() || rest.starts_with(['\n', '\r']) || rest.starts_with("  ")
}

/// True when a cue word for a name starts at `p`.
fn cue_at(hits: &[Hit], p: usize) -> bool {
    let i = hits.partition_point(|h| h.start < p);
    hits.get(i)
        .is_some_and(|h| h.start == p && h.has(|t| matches!(t, Tag::NameCue(_))))
}

/// The end of a name written already anonymised at `p` (张某, 欧阳某某, 李某2), if one is
/// there.
pub fn pseudonym_at(text: &str, p: usize) -> Option<usize> {
    let sl = compound_at(text, p).or_else(|| {
        char_at(text, p)
            .filter(|&c| is_surname(c))
            .map(char::len_utf8)
    })?;
    let rest = text.get(p + sl..)?;
    let marks = rest.len() - rest.trim_start_matches('某').len();
    if marks == 0 || marks > 2 * '某'.len_utf8() {
        return None;
    }
    let e = p + sl + marks;
    let digits = text[e..].bytes().take_while(u8::is_ascii_digit).count();
    Some(e + digits)
}

/// Where the bracket opens when cue `h` is all a bracket holds but for a body's name before
/// it (`（邻居）`, `（村委会委员）`): the name before the bracket is the role's.
///
/// A post in brackets (`（政策法规股股长）`, `（科员）`) is as often an official's of the
/// agency's own units: it names no role here.
fn bracketed_role(text: &str, h: &Hit) -> Option<usize> {
    if !text[h.end..].starts_with(')')
        || !(BRACKETED_ROLES.contains(&h.word) || FIRM_POSTS.contains(&h.word))
    {
        return None;
    }
    // (The body may be a firm's short name: 平水燃气供应站安全员. A witness's remark may name
    // his case: `某某（长应急罚〔2024〕33号案证人）`.)
    let witness = matches!(h.word, "证人" | "见证人");
    let from = super::context::retreat(text, h.start, if witness { 30 } else { 10 });
    let open = from + text[from..h.start].rfind('(')?;
    let body = &text[open + 1..h.start];
    // A committee's member is a village's or a residents' (村委会委员), not any body's.
    ((witness || body.chars().all(is_han)) && (h.word != "委员" || body.contains(['村', '居'])))
        .then_some(open)
}

/// Where the comma before cue `h` stands when a numbered line opens with a name and the cue
/// follows it (`2．练国栋，仓库保管员，联系电话…`): a list of staff.
fn listed_role(text: &str, h: &Hit) -> Option<usize> {
    // A first look at the bytes (this runs for every cue word): a comma and the line's start
    // must both be near.
    let lo = h.start.saturating_sub(54);
    let near = &text.as_bytes()[lo..h.start];
    if !near.contains(&b',') || !(lo == 0 || near.contains(&b'\n')) {
        return None;
    }
    // The post may be qualified (仓库保管员): a few ideographs between the comma and the cue.
    let from = super::context::retreat(text, h.start, 5);
    let comma = from + text[from..h.start].rfind(',')?;
    if !text[comma + 1..h.start].chars().all(is_han) {
        return None;
    }
    // The line's start within 12 characters (a bounded look: this runs for every cue word).
    let back = super::context::retreat(text, comma, 12);
    let line = match text[back..comma].rfind('\n') {
        Some(i) => back + i + 1,
        None if back == 0 => 0,
        None => return None,
    };
    let head = text[line..comma].trim_start_matches([' ', '\t']);
    // The list mark: digits and a stop (2．, 2., 2、), a numeral and 、 (二、), or either in
    // brackets ((4), （四）).
    let bracketed = head.strip_prefix('(');
    let numbered = bracketed.unwrap_or(head);
    let rest = numbered
        .trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    let name = if rest.len() == numbered.len() {
        // No list mark: a line of a person's particulars (某某，安全员，手机…).
        let tail = &text[h.end..];
        let phone = tail.strip_prefix(',').is_some_and(|t| {
            ["手机", "电话", "联系电话", "联系方式"]
                .iter()
                .any(|w| t.starts_with(w))
        });
        if bracketed.is_some() || !phone {
            return None;
        }
        head
    } else {
        match bracketed {
            Some(_) => rest.strip_prefix(')')?,
            None => rest.strip_prefix(['.', '、', '．'])?,
        }
    };
    ((2..=4).contains(&name.chars().count()) && name.chars().all(is_han)).then_some(comma)
}

/// A company's posts, never the agency's: read from brackets after a name too, and a person
/// named with one is no officer whatever form field names him (see
/// [`super::persons::Registry::build`]).
pub(crate) const FIRM_POSTS: &[&str] = &[
    "经理",
    "总经理",
    "副总经理",
    "安全副总经理",
    "厂长",
    "安全员",
    "安全管理员",
    "安全主管",
    "车间主任",
    "保管员",
    "仓管员",
    "会计",
    "出纳",
];

/// Roles read from brackets after a name: the people around a household or a village, whom
/// a log or a table names so; posts (科员, 工作人员) are as often the agency's own.
const BRACKETED_ROLES: &[&str] = &[
    // A witness named in a register (`某某（证人）`).
    "证人",
    "见证人",
    // A relative of someone named in the bracket (`某某（当事人之弟）`).
    "之妻",
    "之夫",
    "之子",
    "之女",
    "之父",
    "之母",
    "之兄",
    "之弟",
    "之孙",
    // A relation alone (`某某（丈夫） | 135…` in a column of next of kin).
    "父亲",
    "母亲",
    "妻子",
    "丈夫",
    "配偶",
    "爱人",
    "儿子",
    "女儿",
    "哥哥",
    "弟弟",
    "姐姐",
    "妹妹",
    "家属",
    "亲属",
    "雇工",
    "工友",
    // (A company's posts: [`FIRM_POSTS`].)
    "邻居",
    "委员",
    "村干部",
    "村民",
    "居民",
    "房东",
    "房主",
    "租户",
    "工人",
    "员工",
    "群众",
    "司机",
    "老板",
];

/// Trades and posts of two characters that a title or a count may follow (修车师傅, 车工2人):
/// no names.
const TRADES: &[&str] = &[
    "修车", "司机", "管道", "安检", "包工", "万能", "黄金", "门诊", "蒙古", "电焊", "焊工", "木工",
    "水电", "空调", "开锁", "装修", "保洁", "厨房", "食堂", "搬家", "货车", "叉车", "吊车", "钳工",
    "电工", "车工", "管工", "漆工", "门卫", "班长", "普工", "杂工", "瓦工", "油工", "架子", "铲车",
    "送货", "搬运", "保安", "厨师", "帮工", "学徒", "主治", "值班", "急诊", "专家", "房东",
];

/// Titles after a name (某某师傅) that a possessive may precede (车间的某某师傅).
const TITLES_AFTER: &[&str] = &["老师", "大夫", "医生", "师傅", "律师", "阿姨", "姐姐"];

fn before_cue(text: &str, hits: &[Hit], h: &Hit, role: Role, out: &mut Vec<Mention>) {
    // A letter's addressee (某某先生：, 某某女士:) is whom the paper is written to.
    if matches!(h.word, "先生" | "女士") && text[h.end..].starts_with([':', ',']) {
        return;
    }
    // The name may be separated from the cue by spaces or an opening parenthesis.
    let mut end = h.start;
    while let Some(c @ (' ' | '\t')) = char_before(text, end) {
        end -= c.len_utf8();
    }
    // … or by a post in brackets (对某某（园长）的询问笔录).
    if role != Role::Officer && text[..end].ends_with(')') {
        let from = super::context::retreat(text, end, 8);
        if let Some(open) = text[from..end].rfind('(').map(|o| from + o) {
            let inner = &text[open + 1..end - 1];
            // (A staff post, not a published role: 对某某（当事人）的询问笔录 keeps him.)
            if !inner.is_empty()
                && inner.chars().all(is_han)
                && ![
                    "当事人",
                    "经营者",
                    "法定代表人",
                    "执法",
                    "负责人",
                    "投资人",
                    "业主",
                ]
                .iter()
                .any(|w| inner.contains(w))
            {
                end = open;
            }
        }
    }
    // A team's list in columns (`某某  某区消防救援大队  监督员证号：…`): the officer's unit
    // stands between his name and his number.
    if role == Role::Officer && h.word.ends_with("证号") && end < h.start {
        let from = super::context::retreat(text, end, 20);
        if let Some(gap) = text[from..end].rfind("  ") {
            let unit = &text[from + gap + 2..end];
            // (Or his post in it: 某某  某监理站站长  执法证号：….)
            if unit.ends_with(['队', '局', '站', '所', '长', '任', '办'])
                && unit.chars().all(is_han)
            {
                end = from + gap;
                while let Some(c @ (' ' | '\t')) = char_before(text, end) {
                    end -= c.len_utf8();
                }
            }
        }
    }
    for len in [3usize, 2, 4] {
        let start = super::context::retreat(text, end, len);
        if advance(text, start, len) != end {
            continue;
        }
        // What is left or there besides, before a count (尚有2人结果未出), is no one's name.
        if ["尚有", "还有", "另有", "共有", "仍有", "现有"].contains(&&text[start..end])
        {
            continue;
        }
        // The name stands alone, last in a list (张某、李某和王某三人), or right after a role
        // word (工作人员某某（执法证号…）).
        let after_role = || {
            super::lexicon::last_before(hits, start).is_some_and(|x| {
                x.end == start && x.tags.iter().any(|t| matches!(t, Tag::NameCue(_)))
            })
        };
        // A described person may be the object of a verb or a preposition (由某（男，…）经营).
        let described = h.word.starts_with("(男")
            || h.word.starts_with("(女")
            || h.word.starts_with(",男")
            || h.word.starts_with(",女")
            || h.word.starts_with("(身份证")
            || h.word.starts_with("(护照")
            || h.word.starts_with("(公民")
            || h.word.starts_with("(户籍")
            || h.word.starts_with("(住址")
            || h.word.starts_with("(家庭")
            // (作为某某的法定代理人)
            || h.word == "的法定代理人";
        // A bare 证号 after a name is an officer's only when no other role names him: not
        // after a role word of someone else (证人某（证号：…）) nor inside a list (司机某、某（证号…）).
        if role == Role::Officer && h.word.ends_with("证号") && !h.word.contains("执法") {
            let other_cue = super::lexicon::last_before(hits, start).is_some_and(|x| {
                x.end == start
                    && x.tags
                        .iter()
                        .any(|t| matches!(t, Tag::NameCue(c) if c.role != Role::Officer))
            });
            if other_cue || matches!(char_before(text, start), Some('、' | '和' | '及' | '与'))
            {
                continue;
            }
        }
        // `某某：张三，男，…`: the label says who he is; one not known here may be the party's.
        if described && h.word.starts_with(',') && char_before(text, start) == Some(':') {
            return;
        }
        let boundary = match char_before(text, start) {
            None => true,
            Some(c) => {
                !is_han(c)
                    || matches!(c, '、' | '和' | '及' | '与')
                    // (韩国籍某某（护照号码…）: a nationality before the name.)
                    // (我爸某某（身份证号…）: a relative before the name.)
                    || (described && "由将把对向给被是为有的籍爸妈哥姐弟妹".contains(c))
                    // (车间的某某师傅: whose the person is; 跟着某某师傅学: whom one follows.)
                    || (c == '的' && TITLES_AFTER.contains(&h.word))
                    || (TITLES_AFTER.contains(&h.word) && "着跟找问请叫给让".contains(c))
                    // (对某某的询问笔录: the one questioned, after the preposition.)
                    || (c == '对' && h.word.starts_with('的'))
                    // (某律师事务所某某律师, 委托某某律师, 聘请某某律师.)
                    || (h.word == "律师" && "所托请".contains(c))
                    // (从某某那里租的: a preposition before the person.)
                    || (matches!(h.word, "那里" | "那儿") && "从在到去找向跟给问".contains(c))
                    // (把某某送到医院: the person taken.)
                    || (h.word.starts_with('送') && "把将".contains(c))
                    // (急诊科某某医生, 是某某医生接诊的.)
                    || (matches!(h.word, "医生" | "大夫") && "科是由".contains(c))
                    // An officer after his unit (某局某科某某（执法证号：…）).
                    || (role == Role::Officer
                        && h.word.contains("执法证")
                        && ("科局队股室".contains(c)
                            // (调查组成员为某（执法证号…）; not 证人为某.)
                            || ("为是由".contains(c)
                                && !super::lexicon::last_before(hits, start - c.len_utf8())
                                    .is_some_and(|x| {
                                        x.end == start - c.len_utf8()
                                            && x.has(|t| {
                                                matches!(t, Tag::NameCue(q) if q.strong && q.role != Role::Officer && q.role != Role::Unknown)
                                            })
                                    }))))
                    || after_role()
            }
        };
        if !boundary {
            continue;
        }
        // A title or a count after a two-character word is often a trade (修车师傅, 门诊医生,
        // 车工2人); before 师傅 nearly always (安装师傅, 房东师傅, 白班师傅).
        if len == 2
            && (word_set!(TRADES).longest_at(&text[start..end], 0).is_some()
                // (Before 师傅, a name's second character is a common given one: 王强师傅.)
                || (h.word == "师傅"
                    && !text[start..end]
                        .chars()
                        .nth(1)
                        .is_some_and(|c| GIVEN_COMMON.contains(c))))
        {
            continue;
        }
        if let Some((e, sl)) = name_at(text, start, true) {
            if e == end {
                out.push(Mention {
                    span: Span::new(start, end),
                    surname_len: sl,
                    role,
                    cue: h.word,
                    strong: true,
                });
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Scan;

    fn names(t: &str) -> Vec<(String, Role)> {
        let scan = Scan::new(t);
        find(&scan)
            .into_iter()
            .map(|m| (t[m.span.start..m.span.end].to_string(), m.role))
            .collect()
    }

    /// A reply to a complaint speaks to the complainant: its addressee, the name fields under
    /// the complainant's heading and the person served are the complainant's; a heading or a
    /// role word before the field says otherwise.
    #[test]
    fn complainants_and_headings() {
        let t = "某区应急管理局\n举报核查处理告知书\n\n汪某强同志:\n一、举报人基本信息\n姓名:汪某强\n二、被举报人基本情况\n姓名:王大明\n受送达人:汪某强\n";
        let t = t.replace("汪某强", "汪志强");
        let roles: Vec<(String, Role)> = names(&t);
        assert!(roles
            .iter()
            .filter(|(n, _)| n == "汪志强")
            .all(|(_, r)| *r == Role::Other));
        assert_eq!(roles.iter().filter(|(n, _)| n == "汪志强").count(), 3);
        assert!(roles.contains(&("王大明".into(), Role::Party)));
        // Outside a complaint reply the addressee and 姓名 are the party's …
        assert_eq!(
            names("张大明同志:\n  经查"),
            vec![("张大明".into(), Role::Party)]
        );
        // … unless a role word or a heading says whose the field is.
        assert_eq!(
            names("举报人姓名:汪志强"),
            vec![("汪志强".into(), Role::Other)]
        );
        assert_eq!(
            names("见证人信息\n姓名:王五\n"),
            vec![("王五".into(), Role::Witness)]
        );
        // A reward decision speaks to the whistleblower as a reply does.
        let t = "某区应急管理局\n安全生产举报奖励决定书\n\n欧阳志鸿:\n姓名:欧阳志鸿\n";
        assert!(
            names(t).iter().all(|(_, r)| *r == Role::Other),
            "{:?}",
            names(t)
        );
    }

    /// A person described as a man or a woman in parentheses is a person without a cue; a
    /// trade word inside a longer word (安装工程) and a word that follows names where the
    /// given name would be (程进行) name no one; 经 and 送 after a name are verbs.
    #[test]
    fn sexed_names_and_false_cues() {
        assert_eq!(
            names("由王振国(男,身份证号:410311196805121037)经营。"),
            vec![("王振国".into(), Role::Other)]
        );
        assert_eq!(
            names("经查,李四(女)在场。"),
            vec![("李四".into(), Role::Other)]
        );
        assert!(names("某公司(男)").is_empty());
        assert!(names("执法人员在对安装工程进行检查时发现。").is_empty());
        assert!(names("班长施救时也出现头晕。").is_empty());
        assert_eq!(
            names("证人王国庆经医院抢救。"),
            vec![("王国庆".into(), Role::Witness)]
        );
        assert_eq!(names("工程师王明轩检测合格。")[0].0, "王明轩");
        assert_eq!(names("员工张三经贸公司").len(), 0);
    }

    /// A three-character name may start with a word that is no name (宁德, a city) when it
    /// ends in a common given-name character; passers-by and neighbours are described by
    /// what they did.
    #[test]
    fn place_prefixed_names_and_passers_by() {
        assert_eq!(names("工人宁德旺称,未佩戴口罩。")[0].0, "宁德旺");
        assert!(names("安全员在场。").is_empty());
        assert_eq!(names("雇用工人3名,分别为宁德旺、包春来、仝小军。").len(), 3);
        assert_eq!(
            names("骑电动自行车路过的佘德胜被撞伤。"),
            vec![("佘德胜".into(), Role::Other)]
        );
        assert_eq!(names("与你家相邻的王振国搭建彩钢棚。")[0].0, "王振国");
        assert!(names("其经营的张记饭店").is_empty());
    }

    /// A transcript's speaker label before a question or an address names the person spoken
    /// to, not an official; 为 may end a given name; 目前 follows names.
    #[test]
    fn speakers_and_given_names_ending_in_wei() {
        assert!(names("主持人:付强目前身体情况如何?")
            .iter()
            .all(|(_, r)| *r != Role::Officer));
        assert_eq!(
            names("委托代理人:蒲春梅。主持人:蒲春梅,你是否补充?"),
            vec![("蒲春梅".into(), Role::Agent)]
        );
        assert_eq!(names("主持人:张三")[0].1, Role::Officer);
        assert_eq!(names("班长熊大为在场。")[0].0, "熊大为");
        assert_eq!(names("收发员尤红霞代收。")[0].0, "尤红霞");
        assert_eq!(names("从男子蒲建华处购进。")[0].0, "蒲建华");
        assert!(names("当事人安排操作工进罐。").is_empty());
    }

    /// More ways of naming someone else: shop managers, mediators, committee members; a name
    /// given with an identity number or a home; 证号 alone after a witness or in a list is no
    /// officer's certificate.
    #[test]
    fn managers_mediators_and_certificates() {
        for (t, who) in [
            ("店长贺文斌来了。", "贺文斌"),
            ("调解员岑立华主持调解。", "岑立华"),
            ("见证人为委员王小红。", "王小红"),
            ("卢小勇(身份证号:330784199802140017)的登记表。", "卢小勇"),
            (
                "佘国庆(户籍地:四川省营山县石槽村4组)系外地务工人员。",
                "佘国庆",
            ),
        ] {
            let n = names(t);
            assert!(
                n.iter().any(|(x, r)| x == who && *r != Role::Officer),
                "{t}: {n:?}"
            );
        }
        assert_eq!(
            names("证人房海燕(证号:12345)"),
            vec![("房海燕".into(), Role::Witness)]
        );
        assert!(names("叉车司机仅鲁志刚、房海燕(证号:12345)两人持证")
            .iter()
            .all(|(_, r)| *r == Role::Other));
        assert_eq!(names("执法人员王海燕(证号:12345)")[0].1, Role::Officer);
    }

    /// A titled salutation opens a letter anywhere in the text: past the first lines it is
    /// someone other than the party of the decision above (a complainant, a family).
    #[test]
    fn salutations_after_a_form() {
        let form: String = (0..14).map(|i| format!("第{i}行。\n")).collect();
        let t = format!("{form}关于举报事项核查情况的回复\n覃丽萍女士:\n  您反映的问题已核查。");
        assert_eq!(names(&t), vec![("覃丽萍".into(), Role::Other)]);
        let t = format!("{form}覃丽萍女士:\n  你丈夫在事故中死亡。");
        assert_eq!(names(&t), vec![("覃丽萍".into(), Role::Other)]);
        // Among the first lines, a titled addressee of a decision is the party.
        assert_eq!(
            names("覃丽萍女士:\n  经查,你存在违法行为。"),
            vec![("覃丽萍".into(), Role::Party)]
        );
        let t = format!("{form}覃丽萍:\n  经查。");
        assert!(names(&t).is_empty());
    }

    /// Headings, entries of lists of persons, table bars, titles after a name and the
    /// subject of an injury name persons; a label not known here leaves its person alone.
    #[test]
    fn headings_entries_tables_and_subjects() {
        let other = |t: &str, who: &str| {
            let n = names(t);
            assert!(
                n.iter().any(|(x, r)| x == who && *r == Role::Other),
                "{t}: {n:?}"
            );
        };
        other("死亡人员情况:薛云龙,男。", "薛云龙");
        other("受伤人员情况:亢小兵,男。", "亢小兵");
        other("1. 禚长春,男,身份证号码:410822197703152810。", "禚长春");
        other("(2)上官慧芳,女,公司副总经理。", "上官慧芳");
        assert_eq!(
            names("| 证人 | 覃丽萍 |"),
            vec![("覃丽萍".into(), Role::Witness)]
        );
        other("班主任是欧阳丽君老师,电话13547810326", "欧阳丽君");
        other("那天车间里还有一个叫甘露的小姑娘", "甘露");
        other("店内雇工柏永利焊接时使用", "柏永利");
        other("冼丽娟右胫腓骨开放性骨折,", "冼丽娟");
        other("李明受伤后未获赔偿。", "李明");
        assert!(names("被答辩人(某某):万建平,男,1979年出生").is_empty());
        assert!(names("高温中暑。").is_empty());
        assert!(names("左手骨折。").is_empty());
        // A 股长 is the agency's when the agency is named before him.
        assert_eq!(names("股长宓晓东执行不到位。")[0].1, Role::Other);
        assert_eq!(
            names("县应急管理局安监股股长宓晓东执行不到位。")[0].1,
            Role::Officer
        );
        // 原告 is the party only in the agency's defence.
        assert_eq!(names("在劳动争议诉讼中,原告王丽华称")[0].1, Role::Other);
        assert_eq!(names("答辩人因原告万建平诉答辩人一案")[0].1, Role::Party);
    }

    /// A name in Latin letters in parentheses after a name is the same person's.
    #[test]
    fn latin_alias() {
        assert_eq!(
            names("被询问人:阮文德(NGUYEN VAN DUC),男"),
            vec![
                ("阮文德".into(), Role::Witness),
                ("NGUYEN VAN DUC".into(), Role::Witness)
            ]
        );
        assert_eq!(names("证人:王小明(ABC)").len(), 1);
    }

    /// Who reviewed, approved and attended inside the agency are officials.
    #[test]
    fn approvers_and_attendance() {
        for t in ["审批人:左文斌", "审核人:左文斌", "批准人:左文斌"] {
            assert_eq!(names(t), vec![("左文斌".into(), Role::Officer)], "{t}");
        }
        // A company's approver is its staff; a head of the agency named with his office
        // after the name is an official.
        assert_eq!(
            names("该公司动火作业票审批人王小明未到现场。")[0].1,
            Role::Other
        );
        assert_eq!(names("公司审核人:王小明")[0].1, Role::Other);
        assert_eq!(names("王文斌(局长)同意。")[0].1, Role::Officer);
    }

    /// Who a field or a keeper is: a heading over a blank line, a relation on the field's
    /// line, a business named in running text.
    #[test]
    fn guardians_relatives_and_other_keepers() {
        let t = "当事人名称:某某机械有限公司\n\n监护人基本情况如下:\n\n姓名:廖春娥\n";
        assert_eq!(names(t), vec![("廖春娥".into(), Role::LegalAgent)]);
        // Two blank lines: the heading is too far.
        let t = "监护人基本情况如下:\n\n\n姓名:廖春娥\n";
        assert_eq!(names(t), vec![("廖春娥".into(), Role::Party)]);
        assert_eq!(
            names("姓名:廖春娥  与伤者关系:母子\n"),
            vec![("廖春娥".into(), Role::Other)]
        );
        assert_eq!(
            names("姓名:廖春娥  与本案关系:当事人\n"),
            vec![("廖春娥".into(), Role::Party)]
        );
        let t = "经查,其中“客家味道”餐馆经营者危丽萍曾于4月购入15瓶,另有数人购买。";
        assert_eq!(names(t), vec![("危丽萍".into(), Role::Other)]);
        assert_eq!(
            names("经营者:危丽萍\n"),
            vec![("危丽萍".into(), Role::Party)]
        );
    }

    /// Rare surnames (禤, 钭), kin words (兄长), jobs (加油员, 学徒工), buyers and who drew a
    /// sketch name persons in the facts; a verb right after a name (用) ends it.
    #[test]
    fn more_cues_and_surnames() {
        for (t, want) in [
            ("店员禤丽娟证实。", "禤丽娟"),
            ("工人钭小军称设备故障。", "钭小军"),
            ("兄长蔺宏亮在场。", "蔺宏亮"),
            ("加油员龙泽宇在场。", "龙泽宇"),
            ("学徒工王小军称设备故障。", "王小军"),
            ("绘图人:仝浩然", "仝浩然"),
            ("购油人刘小勇证实。", "刘小勇"),
            ("主任王永红用公司车辆送医。", "王永红"),
            ("授课教师庹志刚(手机:18626178825)", "庹志刚"),
            ("被救人员芶德明,男,41岁。", "芶德明"),
            ("其妻弟符晓东代为领取。", "符晓东"),
            ("取样工蒋国富称", "蒋国富"),
            ("用户戴秋菊的丈夫", "戴秋菊"),
        ] {
            let n = names(t);
            assert_eq!(n.len(), 1, "{t}: {n:?}");
            assert_eq!(n[0].0, want, "{t}");
            assert_eq!(n[0].1, Role::Other, "{t}");
        }
        // A surname that is usually a word needs a clear end; a shop is no person.
        assert!(names("员工年终奖已发放。").is_empty());
        assert!(names("员工张三用品店").is_empty());
    }

    /// A two-character name padded to three (`华　蕾`; the canonical view has a space) is read
    /// at a cue when the name ends there; a longer given name or a word goes on is not.
    #[test]
    fn padded_two_character_names() {
        assert_eq!(
            names("证人:华 蕾,女"),
            vec![("华 蕾".into(), Role::Witness)]
        );
        assert_eq!(names("科员王  蕾在场。")[0].0, "王  蕾");
        assert!(names("证人:王   蕾。").is_empty());
        assert!(names("证人:王 大伟").is_empty());
        assert!(names("证人:王 蕾蕾").is_empty());
    }

    /// A compound surname after a weak cue reads as a single one does (工人上官志远拉下…);
    /// a name that stands before a bracket giving a telephone is a person's; a cue word of
    /// its own ends a list (举报人某、顾客某).
    #[test]
    fn compound_after_weak_cues_phones_and_cued_items() {
        assert_eq!(
            names("检测人阙志鹏"),
            vec![("阙志鹏".into(), Role::Appraiser)]
        );
        assert_eq!(
            names("工人上官志远拉下电闸"),
            vec![("上官志远".into(), Role::Other)]
        );
        assert_eq!(
            names("聘请专家:郦振华\n  上官婉清(注册安全工程师,联系电话15060710385)"),
            vec![
                ("郦振华".into(), Role::Appraiser),
                ("上官婉清".into(), Role::Other)
            ]
        );
        // Under an officers' label the line names an officer: no reading here.
        assert!(names("请联系本局执法人员:\n  李四(联系电话13905981276)").is_empty());
        // A name a cue read keeps that reading.
        assert_eq!(
            names("当事人:张三(联系电话:13905981276)"),
            vec![("张三".into(), Role::Party)]
        );
        assert_eq!(
            names("举报人仉建军、顾客李婉清"),
            vec![
                ("仉建军".into(), Role::Other),
                ("李婉清".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("主要负责人(矿长):巫德昌"),
            vec![("巫德昌".into(), Role::LegalRep)]
        );
    }

    /// The 姓名 column of a table of persons, a two-character name padded with a space
    /// included; the officers' table (执法证号 column) names officers.
    #[test]
    fn table_name_columns() {
        let t = "序号\t姓名\t伤情\n1\t罗志明\t死亡\n2\t王 丽\t轻伤\n";
        let n = names(t);
        assert_eq!(n.len(), 2);
        assert!(n.iter().all(|(_, r)| *r == Role::Other));
        assert_eq!(n[1].0, "王 丽");
        let t = "姓名 | 执法证号 |\n李明 | 35050012 |\n";
        assert_eq!(names(t), vec![("李明".into(), Role::Officer)]);
        // An attendance table's row whose unit is a government body names an official; one
        // of hired experts (a 职称 column) does not.
        let t = "序号 | 单位 | 姓名 | 职务\n1 | 永嘉县卫生健康局 | 叶倩 | 科长\n2 | 某某有限公司 | 王大明 | 安全员\n";
        assert_eq!(
            names(t),
            vec![
                ("叶倩".into(), Role::Officer),
                ("王大明".into(), Role::Other)
            ]
        );
        let t =
            "序号 | 姓名 | 职务 | 伤情 | 送往\n1 | 张三丰 | 工人 | 烧伤 | 市卫生健康局指定医院\n";
        assert_eq!(names(t), vec![("张三丰".into(), Role::Other)]);
        let t = "序号 | 姓名 | 单位 | 职称\n1 | 俞佳 | 某市消防救援支队 | 高级工程师\n";
        assert_eq!(names(t), vec![("俞佳".into(), Role::Other)]);
        // A remark in brackets after the name in its cell; a Latin name there is the same
        // person's.
        assert_eq!(
            names("序号 | 姓名 | 工种\n7 | 阮文雄(NGUYEN VAN HUNG,越南籍) | 焊工\n"),
            vec![
                ("阮文雄".into(), Role::Other),
                ("NGUYEN VAN HUNG".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("日期  客户姓名  送气地址\n6月8日  黄秀英  某区某路12号\n"),
            vec![("黄秀英".into(), Role::Other)]
        );
        // A business with its keeper in brackets; a row whose long date left one space only.
        assert_eq!(
            names("日期  客户姓名  送气地址\n6月9日  东海海鲜排档(甘永平)  某区某路208号\n6月10日 戴秋菊  某区某路47号\n"),
            vec![("甘永平".into(), Role::Other), ("戴秋菊".into(), Role::Other)]
        );
        // Aligned with spaces only: the head is a row of column names, up to the first line
        // that is no row.
        let t = "序号  姓名    工种\n1     罗志明  电焊工\n2     王 丽   架子工\n另查明：\n3     李明  电工\n";
        let n = names(t);
        assert_eq!(n.len(), 2);
        assert!(n.iter().all(|(_, r)| *r == Role::Other));
        let t = "姓名    单位        执法证号\n李明    某区应急管理局  35050012\n";
        assert_eq!(names(t), vec![("李明".into(), Role::Officer)]);
        // A form's label padded to its value is no head.
        assert!(names("姓名    罗志明    性别    男\n")
            .iter()
            .all(|(_, r)| *r != Role::Other));
    }

    /// A name read both after a job word and before an officer's certificate is an officer's:
    /// of two readings of one name, the published role wins.
    #[test]
    fn officer_certificate_after_a_job_word() {
        assert_eq!(
            names("法制审核科工作人员王建设(执法证号:41010521007)。"),
            vec![("王建设".into(), Role::Officer)]
        );
        assert_eq!(
            names("员工李大明的证言"),
            vec![("李大明".into(), Role::Witness)]
        );
    }

    /// Officials of the bodies on an accident investigation team, named in their office or
    /// described by their body, act for it; the experts it hires do not.
    #[test]
    fn investigation_team_officials() {
        assert_eq!(
            names("由副县长刘建华任组长,县应急管理局局长张志刚任副组长。"),
            vec![
                ("刘建华".into(), Role::Officer),
                ("张志刚".into(), Role::Officer)
            ]
        );
        assert!(names("调查组成员:杨帆(县公安局治安大队)、周敏(县总工会)。")
            .iter()
            .all(|(_, r)| *r == Role::Officer));
        assert!(names("专业组成员中有张健、朱司耀。")
            .iter()
            .all(|(_, r)| *r == Role::Other));
        // The body named before the post.
        assert_eq!(
            names("县公安局治安管理大队副大队长刘卫东、县总工会工作人员江秋月"),
            vec![
                ("刘卫东".into(), Role::Officer),
                ("江秋月".into(), Role::Officer)
            ]
        );
        assert_eq!(
            names("工人张小明在县公安局门口等候"),
            vec![("张小明".into(), Role::Other)]
        );
        // The body as the actor, not the employer: its witnesses, workers and experts.
        for (t, who) in [
            ("本局询问了证人王小明。", "王小明"),
            ("县应急管理局约谈了工人张小明。", "张小明"),
            ("我局委托鉴定人王建国进行鉴定。", "王建国"),
            // Someone's relative, reached through the agency.
            ("本局联系其妻子樊晓琴。", "樊晓琴"),
            ("本局通过你的妻子樊晓琴联系你。", "樊晓琴"),
        ] {
            assert!(
                names(t)
                    .iter()
                    .all(|(n, r)| n != who || *r != Role::Officer),
                "{t}"
            );
        }
        // Described as acting in office.
        assert_eq!(
            names("见证人:街道办事处安全员刘卫华(公职人员,依职责到场)。"),
            vec![("刘卫华".into(), Role::Officer)]
        );
    }

    fn just(t: &str) -> Vec<String> {
        names(t).into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn after_role_words() {
        assert_eq!(
            names("证人李进发的证言与现场检查情况相互吻合"),
            vec![("李进发".into(), Role::Witness)]
        );
        assert_eq!(
            names("询问笔录2份(被询问人:张标鹏、李进发)"),
            vec![
                ("张标鹏".into(), Role::Witness),
                ("李进发".into(), Role::Witness)
            ]
        );
        assert_eq!(just("造成员工黄泉多处受伤"), vec!["黄泉"]);
        assert_eq!(just("造成员工刘力左手挤压伤"), vec!["刘力"]);
        assert_eq!(
            just("鉴定人马水国、刘雨珍具备相应执业资格"),
            vec!["马水国", "刘雨珍"]
        );
        assert_eq!(
            just("专业组成员中有张健、朱司耀、赵茹艳。"),
            vec!["张健", "朱司耀", "赵茹艳"]
        );
        assert_eq!(
            names("其法定代理人为其父亲苏妮娟,联系电话"),
            vec![("苏妮娟".into(), Role::LegalAgent)]
        );
        assert_eq!(
            names("你单位委托福建某某律师事务所律师白妮作为代理人参加了听证"),
            vec![("白妮".into(), Role::Agent)]
        );
        assert_eq!(
            names("本局执法人员徐浩财、吴彬依法对你单位进行执法检查"),
            vec![
                ("徐浩财".into(), Role::Officer),
                ("吴彬".into(), Role::Officer)
            ]
        );
        // A surname that is usually a word, after a weak cue: only a plain name.
        assert_eq!(just("污水处理站安全员党小红。"), vec!["党小红"]);
        assert!(just("安全员党建工作不到位").is_empty());
        assert!(just("安全员党小组").is_empty());
        assert!(just("安全员文明生产不到位").is_empty());
    }

    #[test]
    fn compound_surnames() {
        let scan = Scan::new("证人欧阳娜娜称");
        let m = find(&scan);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].surname_len, "欧阳".len());
        assert_eq!(&scan.text[m[0].span.start..m[0].span.end], "欧阳娜娜");
    }

    /// Minority and foreign names written with a middle dot, and foreign names in Latin
    /// letters: the first character (or letter) is what the pseudonym keeps.
    #[test]
    fn transliterated_and_latin_names() {
        let first = |t: &str| {
            let scan = Scan::new(t);
            find(&scan)
                .into_iter()
                .map(|m| {
                    let s = &t[m.span.start..m.span.end];
                    (s.to_string(), s[..m.surname_len].to_string())
                })
                .collect::<Vec<_>>()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            first("证人阿依古丽·吐尔逊称其当天在场"),
            vec![pair("阿依古丽·吐尔逊", "阿")]
        );
        // 不 and 都 inside a part, 和 between two names, another kind of dot.
        assert_eq!(
            first("证人阿不都热合曼·买买提和约翰・史密斯在场"),
            vec![
                pair("阿不都热合曼·买买提", "阿"),
                pair("约翰・史密斯", "约")
            ]
        );
        assert_eq!(
            first("外籍员工Tan Wei Ming在现场，证人John O'Brien、MARY JONES称"),
            vec![
                pair("Tan Wei Ming", "T"),
                pair("John O'Brien", "J"),
                pair("MARY JONES", "M")
            ]
        );
        // No dot: a surname reading as before; one Latin word, a company, an e-mail: no name.
        assert_eq!(first("证人张三称"), vec![pair("张三", "张")]);
        assert!(first("证人John称").is_empty());
        assert!(first("证人Apple Inc有限公司称").is_empty());
        assert!(first("证人John Smith.com称").is_empty());
        assert!(first("证人·称").is_empty());
    }

    /// A person naming himself or another (我叫, 她叫), with a surname that is also a word; an
    /// approver or a clerk of a company's or a village's paper is no official.
    #[test]
    fn self_introductions_and_outside_approvers() {
        assert_eq!(
            names("我叫向东升,电话18982135067。她叫郑玉兰。"),
            vec![
                ("向东升".into(), Role::Other),
                ("郑玉兰".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("审批人:颜秀琴(鑫味源公司安全管理部经理)"),
            vec![("颜秀琴".into(), Role::Other)]
        );
        assert_eq!(
            names("经办人:邬建平(村委委员,电话13868703317)"),
            vec![("邬建平".into(), Role::Other)]
        );
        assert_eq!(
            names("有村委会证明(经办人邬建平)为证。"),
            vec![("邬建平".into(), Role::Other)]
        );
        assert_eq!(
            names("审批人:李建国(县应急管理局副局长)"),
            vec![("李建国".into(), Role::Officer)]
        );
        assert_eq!(
            names("证人粘国栋称"),
            vec![("粘国栋".into(), Role::Witness)]
        );
        // A mine's head is its principal, his deputies staff; the owner of a building next
        // door is no party; the person a court enforces against is.
        assert_eq!(
            names("矿长欧阳志远、安全副矿长李建设在场"),
            vec![
                ("欧阳志远".into(), Role::LegalRep),
                ("李建设".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("询问了相邻厂房业主宋佳颖"),
            vec![("宋佳颖".into(), Role::Other)]
        );
        assert_eq!(
            names("被执行人:麻永胜,男"),
            vec![("麻永胜".into(), Role::Party)]
        );
        // The role in brackets after the name, alone or after its body's name.
        assert_eq!(
            names("| 温少华(村委会委员) | 转告 |\n尤志坚(邻居)称"),
            vec![
                ("温少华".into(), Role::Other),
                ("尤志坚".into(), Role::Other)
            ]
        );
        assert!(names("某某公司(法定代表人)").is_empty());
        // A numbered line of staff (name, post); names parted by spaces in a form's field.
        assert_eq!(
            names("2.练国栋,仓库保管员,联系电话15880392716。"),
            vec![("练国栋".into(), Role::Other)]
        );
        assert!(names("1.陈述申辩,本人无异议").is_empty());
        assert_eq!(
            names("陪同人员:欧阳佩玲  练国栋\n"),
            vec![
                ("欧阳佩玲".into(), Role::Other),
                ("练国栋".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("当事人:张三  性别:男"),
            vec![("张三".into(), Role::Party)]
        );
        assert!(names("法制审核:罗建明(政策法规股股长)").is_empty());
        // Who carried a letter; words after a role word that are no names.
        assert_eq!(
            names("揽投员:蔡永辉;投递员:吴晓辉,电话:18859561203"),
            vec![
                ("蔡永辉".into(), Role::Other),
                ("吴晓辉".into(), Role::Other)
            ]
        );
        assert!(names("行车下面的通道有没有人员管控?伤者劳动功能障碍").is_empty());
    }

    /// Relatives introduced by 其 or after a name, the third party of a 复议, owners, shift
    /// leaders; attendance lists of a 集体讨论 are the agency's staff.
    #[test]
    fn relatives_third_parties_and_attendance() {
        assert_eq!(
            just("蔡明辉之妻吴素娥在场,其子林志强在外务工,由其兄刘大军代为结算"),
            vec!["吴素娥", "林志强", "刘大军"]
        );
        assert_eq!(
            names("第三人:黄金水,男;权利人吴丽华,女"),
            vec![
                ("黄金水".into(), Role::Other),
                ("吴丽华".into(), Role::Other)
            ]
        );
        assert_eq!(
            names("出席人员:郑建平、陈立新(副局长)、赖明华"),
            vec![
                ("郑建平".into(), Role::Officer),
                ("陈立新".into(), Role::Officer),
                ("赖明华".into(), Role::Officer)
            ]
        );
        assert_eq!(
            names("由带班人洪清泉带领作业;胞弟陈建军,手机"),
            vec![
                ("洪清泉".into(), Role::Other),
                ("陈建军".into(), Role::Other)
            ]
        );
        assert!(just("(举报人信息依法保密)").is_empty());
        // A post in the agency's own units; the same post elsewhere is someone else's.
        assert_eq!(
            names("某县应急管理局执法大队主任张建国在场检查,村委会主任陈德旺到场"),
            vec![
                ("张建国".into(), Role::Officer),
                ("陈德旺".into(), Role::Other)
            ]
        );
        // Named by another role word, but described as an agency's staff: an officer.
        assert_eq!(
            names("委托代理人:孙海峰,某区应急管理局执法大队副大队长,联系电话"),
            vec![("孙海峰".into(), Role::Officer)]
        );
        assert_eq!(
            names("副组长:叶建新 某市住房和城乡建设局副局长"),
            vec![("叶建新".into(), Role::Officer)]
        );
        assert_eq!(
            names("证人张三,在某区应急管理局门口"),
            vec![("张三".into(), Role::Witness)]
        );
        // Those led by someone; names ended by 作出, 多次.
        assert_eq!(
            just("带班人洪清泉带领刘宝和欧阳春生直接进入池内,车间主任丁建业作出处理,其丈夫苏建伟多次来电"),
            vec!["洪清泉", "刘宝", "欧阳春生", "丁建业", "苏建伟"]
        );
    }

    #[test]
    fn not_names() {
        assert!(just("将员工宿舍设置在车间内").is_empty());
        assert!(just("当事人陈述、申辩的权利").is_empty());
        assert!(just("并经当事人签字确认").is_empty());
        assert!(just("当事人:厦门市瑞祥五金制品有限公司").is_empty());
        assert!(just("当事人:黄山华信建材有限公司").is_empty());
        assert!(just("证人张某的证言").is_empty(), "already anonymised");
        assert!(just("保障从业人员安全的").is_empty());
    }

    /// Relatives, workers, owners named in statements and facts are other persons; a particle
    /// after the name ends it before any organisation word further on (`也来过厂里` is not the
    /// name of a 厂).
    #[test]
    fn people_named_in_the_facts() {
        assert_eq!(
            names("答:她老公张德胜也来过厂里。"),
            vec![("张德胜".into(), Role::Other)]
        );
        assert_eq!(
            names("其哥哥李建明称车间当天未停电。"),
            vec![("李建明".into(), Role::Other)]
        );
        assert!(just("邻居反映厂里夜间施工").is_empty());
        // Job words with no clear end after the name: two common given-name characters.
        assert_eq!(just("答:机修工罗建斌拆下来换轴承。"), vec!["罗建斌"]);
        assert_eq!(just("安排持证押运员万丽娟替换。"), vec!["万丽娟"]);
        // Numbered roles in brackets.
        assert_eq!(
            names("委托代理人(二):钟丽萍,女"),
            vec![("钟丽萍".into(), Role::Agent)]
        );
        // The keeper of another business is no party.
        assert_eq!(
            names("对相邻商铺经营者吴桂英进行了询问"),
            vec![("吴桂英".into(), Role::Other)]
        );
        assert_eq!(
            names("经营者:吴桂英,女"),
            vec![("吴桂英".into(), Role::Party)]
        );
        // A name field in a list of staff names staff; alone, the party.
        assert_eq!(
            names("1.姓名:欧阳志刚  工种:采煤机司机"),
            vec![("欧阳志刚".into(), Role::Other)]
        );
        assert_eq!(
            names("姓名:万小军  岗位:瓦检员"),
            vec![("万小军".into(), Role::Other)]
        );
        assert_eq!(
            names("姓名:万小军\n性别:男"),
            vec![("万小军".into(), Role::Party)]
        );
        // The person questioned is the party when the header says so.
        assert_eq!(
            names("被询问人:江海涛    与本案关系:当事人"),
            vec![("江海涛".into(), Role::Party)]
        );
        assert_eq!(
            names("被询问人姓名:江海涛  性别:男\n身份证号码:-\n与本案关系:当事人"),
            vec![("江海涛".into(), Role::Party)]
        );
        assert_eq!(
            names("被询问人:江海涛\n性别:男\n与本案关系:证人"),
            vec![("江海涛".into(), Role::Witness)]
        );
        assert_eq!(just("徒弟欧阳俊杰在焊接。"), vec!["欧阳俊杰"]);
        assert_eq!(just("公司安全总监司马俊未履职。"), vec!["司马俊"]);
        // Hired staff, a payee of a reward, a clerk; words that are no names.
        assert_eq!(just("店面由其雇用的司马红英看管。"), vec!["司马红英"]);
        assert_eq!(just("领取人:欧阳志鸿"), vec!["欧阳志鸿"]);
        assert_eq!(just("安全科科员张蕾负责。"), vec!["张蕾"]);
        assert!(just("现场负责人宣读,无异议。").is_empty());
        assert_eq!(just("记录均由班组长诸葛伟统一代签。"), vec!["诸葛伟"]);
        // A sentence above a name field is no heading.
        assert_eq!(
            names("执法人员在井下抽查作业人员5名,情况如下:\n1.姓名:欧阳志刚  工种:采煤机司机"),
            vec![("欧阳志刚".into(), Role::Other)]
        );
        // A transcript asks how the witness knows a person.
        assert_eq!(
            names("问:你与陶春生是什么关系?"),
            vec![("陶春生".into(), Role::Other)]
        );
        assert!(just("问:你和当事人公司是什么关系?").is_empty());
        // Job words of small workplaces; 栋 ends a given name (国栋) as well as a building.
        assert_eq!(
            names("据值班保安林国栋反映,店主黄丽华称"),
            vec![
                ("林国栋".into(), Role::Other),
                ("黄丽华".into(), Role::Other)
            ]
        );
        // A list goes on past a name already anonymised.
        assert_eq!(
            just("住宿员工有林某某、郭海燕等5人。"),
            vec!["郭海燕".to_string()]
        );
        assert_eq!(
            just("证人张某1、李某和王建国称"),
            vec!["王建国".to_string()]
        );
        // Experts are appraisers; the agency's own staff are officers.
        assert_eq!(
            names("经专家吴志成、刘海燕现场勘查,本局工作人员林美华负责送达。"),
            vec![
                ("吴志成".into(), Role::Appraiser),
                ("刘海燕".into(), Role::Appraiser),
                ("林美华".into(), Role::Officer)
            ]
        );
        // Numbered roles.
        assert_eq!(
            names("证人一:王立新,男。证人2:陈家豪。"),
            vec![
                ("王立新".into(), Role::Witness),
                ("陈家豪".into(), Role::Witness)
            ]
        );
        assert!(
            just("证人十余人称未见明火。").is_empty(),
            "an ordinal only before a colon"
        );
        // Owners of premises and vehicles named in the facts.
        assert_eq!(
            names("在民房(房主陈美玉)内储存,车辆行驶证登记车主:洪志坚。"),
            vec![
                ("陈美玉".into(), Role::Other),
                ("洪志坚".into(), Role::Other)
            ]
        );
        assert!(just("当事人:张德胜五金加工厂").is_empty());
    }

    /// Three or more plain names in a list need no cue; lists of words, places and
    /// two-item lists are not names.
    #[test]
    fn uncued_lists_of_names() {
        assert_eq!(
            just("当时车间里还有罗海、尹春花和宁德福，都在干活。"),
            vec!["罗海".to_string(), "尹春花".into(), "宁德福".into()]
        );
        assert_eq!(
            just("我看到司马文华、江小燕、高建国三个在装货"),
            vec!["司马文华".to_string(), "江小燕".into(), "高建国".into()]
        );
        for t in [
            "现场存在高温、高压和高空作业。",
            "设有黄色、蓝色、红色警示标志。",
            "宁波、金华、温州三地",
            "宁德、莆田、三明",
            "还有罗海和尹春花。",
            "文明、安全、和谐",
            "工艺有方法、程序和要求",
        ] {
            assert!(just(t).is_empty(), "{t}");
        }
        // A name a cue already found leaves the list to that cue (officers stay officers).
        assert_eq!(
            names("执法人员王强、李明、张伟到场。")
                .into_iter()
                .map(|(_, r)| r)
                .collect::<Vec<_>>(),
            vec![Role::Officer; 3]
        );
    }

    #[test]
    fn officer_before_certificate() {
        assert_eq!(
            names("执法人员(签名):周家  证号:35050250173\n          洪芳薇  证号:35050077827"),
            vec![
                ("周家".into(), Role::Officer),
                ("洪芳薇".into(), Role::Officer)
            ]
        );
    }
}
