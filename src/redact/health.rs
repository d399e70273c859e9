//! Health condition (健康状况): injuries, diagnoses, treatment and disability of a person, at
//! phrase level. A clause (between commas, full stops…; 、 stays inside) that holds a health
//! term is masked from where the health statement starts — after the diagnosing hospital and
//! 诊断为, after the injured person's name, after 本人 / 造成其 — to the end of the clause.
//! Consecutive health clauses (`患有冠心病，曾于去年住院治疗`) become one span. Clauses about duties
//! or the law (职业病危害, 劳动防护用品, quoted articles) are not someone's health.

use super::context::{char_before, is_han, sentence_start};
use super::lexicon::{self, Tag};
use super::names::Mention;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// The part a word plays in a health phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum H {
    /// An injury, disease, disability or treatment term.
    Core,
    /// Introduces the statement (造成其, 本人): the phrase starts after it.
    Intro,
    /// Introduces a diagnosis (诊断为): the phrase starts after it, and what follows is health
    /// information even without a listed term.
    Trigger,
    /// A hospital or clinic: the phrase starts after its name.
    Place,
    /// The clause is about duties or the law, not a person's health.
    Negative,
}

/// Health vocabulary, as a doctor or an accident investigator would list it.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    // Injuries.
    ("骨折", Tag::Health(H::Core)),
    ("骨裂", Tag::Health(H::Core)),
    ("受伤", Tag::Health(H::Core)),
    ("损伤", Tag::Health(H::Core)),
    ("挫伤", Tag::Health(H::Core)),
    ("碰伤", Tag::Health(H::Core)),
    ("挫裂伤", Tag::Health(H::Core)),
    ("擦伤", Tag::Health(H::Core)),
    ("裂伤", Tag::Health(H::Core)),
    ("撕脱伤", Tag::Health(H::Core)),
    ("挤压伤", Tag::Health(H::Core)),
    ("离断", Tag::Health(H::Core)),
    ("断指", Tag::Health(H::Core)),
    ("压断", Tag::Health(H::Core)),
    ("轧断", Tag::Health(H::Core)),
    ("夹断", Tag::Health(H::Core)),
    ("砸断", Tag::Health(H::Core)),
    ("绞断", Tag::Health(H::Core)),
    ("截肢", Tag::Health(H::Core)),
    ("烧伤", Tag::Health(H::Core)),
    ("烫伤", Tag::Health(H::Core)),
    ("灼伤", Tag::Health(H::Core)),
    ("冻伤", Tag::Health(H::Core)),
    ("扭伤", Tag::Health(H::Core)),
    ("砸伤", Tag::Health(H::Core)),
    ("压伤", Tag::Health(H::Core)),
    ("割伤", Tag::Health(H::Core)),
    ("卷伤", Tag::Health(H::Core)),
    ("绞伤", Tag::Health(H::Core)),
    ("夹伤", Tag::Health(H::Core)),
    ("碾伤", Tag::Health(H::Core)),
    ("撞伤", Tag::Health(H::Core)),
    ("摔伤", Tag::Health(H::Core)),
    ("跌伤", Tag::Health(H::Core)),
    ("划伤", Tag::Health(H::Core)),
    ("扎伤", Tag::Health(H::Core)),
    ("炸伤", Tag::Health(H::Core)),
    ("刺伤", Tag::Health(H::Core)),
    ("电击伤", Tag::Health(H::Core)),
    ("外伤", Tag::Health(H::Core)),
    ("伤口", Tag::Health(H::Core)),
    ("瘢痕", Tag::Health(H::Core)),
    ("疤痕", Tag::Health(H::Core)),
    ("留疤", Tag::Health(H::Core)),
    ("灼痛", Tag::Health(H::Core)),
    ("挛缩", Tag::Health(H::Core)),
    ("血肿", Tag::Health(H::Core)),
    ("失语", Tag::Health(H::Core)),
    ("言语含糊", Tag::Health(H::Core)),
    ("颅骨缺损", Tag::Health(H::Core)),
    // An appraiser's examination (右上肢肌力2级, 肌张力增高, 巴氏征阳性).
    ("肌力", Tag::Health(H::Core)),
    ("肌张力", Tag::Health(H::Core)),
    ("巴氏征", Tag::Health(H::Core)),
    ("病理征", Tag::Health(H::Core)),
    ("护理依赖", Tag::Health(H::Core)),
    ("轮椅", Tag::Health(H::Core)),
    ("流血", Tag::Health(H::Core)),
    ("伤残", Tag::Health(H::Core)),
    ("残疾", Tag::Health(H::Core)),
    // Holding the card says the disability (also the label of its number, passport.rs).
    ("残疾人证", Tag::Health(H::Core)),
    ("重伤", Tag::Health(H::Core)),
    ("轻伤", Tag::Health(H::Core)),
    ("轻微伤", Tag::Health(H::Core)),
    ("血气胸", Tag::Health(H::Core)),
    ("气胸", Tag::Health(H::Core)),
    ("脑震荡", Tag::Health(H::Core)),
    ("昏迷", Tag::Health(H::Core)),
    // A witness's words and a record's (手被火星烫到的, 叫不醒了, 包着纱布, 韧带拉伤,
    // 呼吸心跳停止, 气管插管, 髋关节置换术, 胸腹联合伤, 手法复位石膏外固定, 急性阑尾炎).
    ("烫到", Tag::Health(H::Core)),
    ("叫不醒", Tag::Health(H::Core)),
    ("纱布", Tag::Health(H::Core)),
    ("拉伤", Tag::Health(H::Core)),
    ("心跳", Tag::Health(H::Core)),
    ("插管", Tag::Health(H::Core)),
    ("置换术", Tag::Health(H::Core)),
    ("联合伤", Tag::Health(H::Core)),
    ("手法复位", Tag::Health(H::Core)),
    ("阑尾炎", Tag::Health(H::Core)),
    ("意识不清", Tag::Health(H::Core)),
    ("失去意识", Tag::Health(H::Core)),
    ("丧失意识", Tag::Health(H::Core)),
    ("意识丧失", Tag::Health(H::Core)),
    ("意识模糊", Tag::Health(H::Core)),
    ("意识尚未", Tag::Health(H::Core)),
    ("神志不清", Tag::Health(H::Core)),
    ("昏倒", Tag::Health(H::Core)),
    ("晕倒", Tag::Health(H::Core)),
    ("晕厥", Tag::Health(H::Core)),
    ("吸氧", Tag::Health(H::Core)),
    ("休克", Tag::Health(H::Core)),
    ("中毒", Tag::Health(H::Core)),
    ("窒息", Tag::Health(H::Core)),
    ("瘫痪", Tag::Health(H::Core)),
    ("脱位", Tag::Health(H::Core)),
    ("失明", Tag::Health(H::Core)),
    ("肿胀", Tag::Health(H::Core)),
    ("跛行", Tag::Health(H::Core)),
    ("失聪", Tag::Health(H::Core)),
    // What a worker says of a hand that will not heal (手指保不住了, 左手握不紧).
    ("保不住", Tag::Health(H::Core)),
    ("握不紧", Tag::Health(H::Core)),
    ("握不住", Tag::Health(H::Core)),
    ("抬不起", Tag::Health(H::Core)),
    ("使不上劲", Tag::Health(H::Core)),
    ("伸不直", Tag::Health(H::Core)),
    // Diseases and conditions.
    ("患有", Tag::Health(H::Core)),
    ("高血压", Tag::Health(H::Core)),
    ("糖尿病", Tag::Health(H::Core)),
    ("心脏病", Tag::Health(H::Core)),
    ("冠心病", Tag::Health(H::Core)),
    ("肾病", Tag::Health(H::Core)),
    ("肾脏病", Tag::Health(H::Core)),
    ("脑梗", Tag::Health(H::Core)),
    ("脑出血", Tag::Health(H::Core)),
    ("中风", Tag::Health(H::Core)),
    ("肿瘤", Tag::Health(H::Core)),
    ("癌症", Tag::Health(H::Core)),
    ("肺炎", Tag::Health(H::Core)),
    ("尘肺", Tag::Health(H::Core)),
    // 疑似职业病, 诊断为职业病 (职业病危害, 职业病防治 are duties, below).
    ("职业病", Tag::Health(H::Core)),
    ("矽肺", Tag::Health(H::Core)),
    ("阿尔茨海默", Tag::Health(H::Core)),
    ("痴呆", Tag::Health(H::Core)),
    ("障碍", Tag::Health(H::Core)),
    ("精神病", Tag::Health(H::Core)),
    ("抑郁症", Tag::Health(H::Core)),
    ("恐惧症", Tag::Health(H::Core)),
    ("焦虑症", Tag::Health(H::Core)),
    ("精神分裂", Tag::Health(H::Core)),
    ("迟发性脑病", Tag::Health(H::Core)),
    ("中毒性脑病", Tag::Health(H::Core)),
    // The weeks of a pregnancy (孕32周, 孕8周).
    ("孕1", Tag::Health(H::Core)),
    ("孕2", Tag::Health(H::Core)),
    ("孕3", Tag::Health(H::Core)),
    ("孕4", Tag::Health(H::Core)),
    ("孕5", Tag::Health(H::Core)),
    ("孕6", Tag::Health(H::Core)),
    ("孕7", Tag::Health(H::Core)),
    ("孕8", Tag::Health(H::Core)),
    ("孕9", Tag::Health(H::Core)),
    ("怀孕", Tag::Health(H::Core)),
    ("孕妇", Tag::Health(H::Core)),
    ("妊娠", Tag::Health(H::Core)),
    ("孕期", Tag::Health(H::Core)),
    // Anatomy and general condition words that only appear about someone's health.
    ("腰椎", Tag::Health(H::Core)),
    ("颈椎", Tag::Health(H::Core)),
    ("胸椎", Tag::Health(H::Core)),
    ("椎间盘", Tag::Health(H::Core)),
    ("脊椎", Tag::Health(H::Core)),
    ("脊柱", Tag::Health(H::Core)),
    ("行动不便", Tag::Health(H::Core)),
    ("生活不能自理", Tag::Health(H::Core)),
    ("不能自理", Tag::Health(H::Core)),
    // Oxygen at home or on the way (居家使用制氧机, 携带制氧机).
    ("制氧机", Tag::Health(H::Core)),
    ("残障", Tag::Health(H::Core)),
    ("失能", Tag::Health(H::Core)),
    ("病情", Tag::Health(H::Core)),
    // Vital signs (生命体征平稳), an X-ray's finding (双肺弥漫性小阴影), a hearing aid, a
    // part of a limb missing (食指末节缺失).
    ("生命体征", Tag::Health(H::Core)),
    ("阴影", Tag::Health(H::Core)),
    ("助听器", Tag::Health(H::Core)),
    ("缺失", Tag::Health(H::Core)),
    ("没了", Tag::Health(H::Core)),
    ("只剩", Tag::Health(H::Core)),
    ("没有接上", Tag::Health(H::Core)),
    ("少了一节", Tag::Health(H::Core)),
    ("断了一节", Tag::Health(H::Core)),
    ("弯曲", Tag::Health(H::Core)),
    // 左手胳膊都变形了: a limb out of shape (a clause that names one, see [`MISSING`]).
    ("变形", Tag::Health(H::Core)),
    // Blood, in a witness's words (左手全是血).
    ("全是血", Tag::Health(H::Core)),
    ("都是血", Tag::Health(H::Core)),
    ("满身是血", Tag::Health(H::Core)),
    // 半边身子不能动: a body that cannot move (a clause that names it, see [`MISSING`]).
    ("不能动", Tag::Health(H::Core)),
    ("受限", Tag::Health(H::Core)),
    ("不利索", Tag::Health(H::Core)),
    ("电流斑", Tag::Health(H::Core)),
    // A stay in hospital told with its length (住了四天院, 住了半个月的院; see [`stay_follows`]).
    ("住了", Tag::Health(H::Core)),
    ("看不见", Tag::Health(H::Core)),
    // In a witness's words, of a body (左耳基本听不见, 左手一直不太灵活, 骨头断了): see
    // [`BODY_MARKS`] and [`BREAKS`].
    ("听不见", Tag::Health(H::Core)),
    ("不灵活", Tag::Health(H::Core)),
    ("不太灵活", Tag::Health(H::Core)),
    ("断了", Tag::Health(H::Core)),
    ("看不清", Tag::Health(H::Core)),
    ("擦破", Tag::Health(H::Core)),
    ("病史", Tag::Health(H::Core)),
    ("疾病", Tag::Health(H::Core)),
    ("慢性病", Tag::Health(H::Core)),
    ("重病", Tag::Health(H::Core)),
    ("大病", Tag::Health(H::Core)),
    ("关节炎", Tag::Health(H::Core)),
    ("风湿", Tag::Health(H::Core)),
    ("哮喘", Tag::Health(H::Core)),
    ("综合征", Tag::Health(H::Core)),
    ("综合症", Tag::Health(H::Core)),
    ("热射病", Tag::Health(H::Core)),
    ("身子瘫", Tag::Health(H::Core)),
    ("精细动作", Tag::Health(H::Core)),
    ("功能基本恢复", Tag::Health(H::Core)),
    ("功能恢复", Tag::Health(H::Core)),
    ("功能丧失", Tag::Health(H::Core)),
    ("功能部分丧失", Tag::Health(H::Core)),
    ("功能部分受限", Tag::Health(H::Core)),
    ("功能完全丧失", Tag::Health(H::Core)),
    // Healed: the outcome of a condition (门诊治疗后痊愈).
    ("痊愈", Tag::Health(H::Core)),
    ("石膏", Tag::Health(H::Core)),
    ("水肿", Tag::Health(H::Core)),
    ("重症医学科", Tag::Health(H::Core)),
    ("局部红肿", Tag::Health(H::Core)),
    ("血性液体", Tag::Health(H::Core)),
    ("生前住院", Tag::Health(H::Core)),
    ("无自理能力", Tag::Health(H::Core)),
    ("长期照护", Tag::Health(H::Core)),
    ("耳朵不太好", Tag::Health(H::Core)),
    ("耳朵不好", Tag::Health(H::Core)),
    ("脑瘫", Tag::Health(H::Core)),
    ("皮肤撕脱", Tag::Health(H::Core)),
    ("外固定架", Tag::Health(H::Core)),
    ("骨头坏死", Tag::Health(H::Core)),
    ("骨坏死", Tag::Health(H::Core)),
    ("组织坏死", Tag::Health(H::Core)),
    ("坏死性", Tag::Health(H::Core)),
    ("住过院", Tag::Health(H::Core)),
    ("耳鸣", Tag::Health(H::Core)),
    ("感冒", Tag::Health(H::Core)),
    ("感冒发热", Tag::Health(H::Core)),
    ("头胀", Tag::Health(H::Core)),
    ("头有点胀", Tag::Health(H::Core)),
    ("头发胀", Tag::Health(H::Core)),
    ("耳聋", Tag::Health(H::Core)),
    ("神经性耳聋", Tag::Health(H::Core)),
    ("烫起泡", Tag::Health(H::Core)),
    ("起泡了", Tag::Health(H::Core)),
    ("靶向药", Tag::Health(H::Core)),
    ("靶向治疗", Tag::Health(H::Core)),
    ("放射治疗", Tag::Health(H::Core)),
    ("放疗", Tag::Health(H::Core)),
    ("丧失劳动能力", Tag::Health(H::Core)),
    ("低氧血症", Tag::Health(H::Core)),
    ("症状缓解", Tag::Health(H::Core)),
    ("病情稳定", Tag::Health(H::Core)),
    ("创口", Tag::Health(H::Core)),
    ("挤压痕", Tag::Health(H::Core)),
    ("畸形", Tag::Health(H::Core)),
    ("烧到", Tag::Health(H::Core)),
    ("烫到", Tag::Health(H::Core)),
    ("看东西模糊", Tag::Health(H::Core)),
    ("视物模糊", Tag::Health(H::Core)),
    ("破溃", Tag::Health(H::Core)),
    ("红肿", Tag::Health(H::Core)),
    ("热衰竭", Tag::Health(H::Core)),
    ("横纹肌溶解", Tag::Health(H::Core)),
    ("中暑", Tag::Health(H::Core)),
    ("热痉挛", Tag::Health(H::Core)),
    ("溺水", Tag::Health(H::Core)),
    ("溺亡", Tag::Health(H::Core)),
    ("安装假肢", Tag::Health(H::Core)),
    ("体温升高", Tag::Health(H::Core)),
    // A temperature taken (最高体温39.2℃, 体温41.2℃), not a thermometer's (体温计) or a
    // tank's (罐体温40℃: shadowed below).
    ("体温38", Tag::Health(H::Core)),
    ("体温39", Tag::Health(H::Core)),
    ("体温40", Tag::Health(H::Core)),
    ("体温41", Tag::Health(H::Core)),
    ("体温42", Tag::Health(H::Core)),
    ("最高体温", Tag::Health(H::Core)),
    // A head injury's signs and outlook (GCS评分5分, 双侧瞳孔不等大, 预后不良).
    ("GCS评分", Tag::Health(H::Core)),
    ("格拉斯哥昏迷评分", Tag::Health(H::Core)),
    ("瞳孔不等大", Tag::Health(H::Core)),
    ("预后不良", Tag::Health(H::Core)),
    ("预后较差", Tag::Health(H::Core)),
    ("预后差", Tag::Health(H::Core)),
    ("预后不确定", Tag::Health(H::Core)),
    ("预后不佳", Tag::Health(H::Core)),
    // Infections that follow an injury (并发肺部感染).
    ("肺部感染", Tag::Health(H::Core)),
    ("伤口感染", Tag::Health(H::Core)),
    ("颅内感染", Tag::Health(H::Core)),
    ("术后感染", Tag::Health(H::Core)),
    ("感染性休克", Tag::Health(H::Core)),
    // A hand's or an eye's loss (握力明显下降, 左眼视力下降).
    ("握力下降", Tag::Health(H::Core)),
    ("握力明显下降", Tag::Health(H::Core)),
    ("握力减退", Tag::Health(H::Core)),
    ("视力下降", Tag::Health(H::Core)),
    ("视力明显下降", Tag::Health(H::Core)),
    ("视力减退", Tag::Health(H::Core)),
    ("急诊观察", Tag::Health(H::Core)),
    // A burn's area told in words (烧伤，面积大概百分之八); a fire's or a building's is
    // shadowed below.
    ("面积大概百分之", Tag::Health(H::Core)),
    ("面积约百分之", Tag::Health(H::Core)),
    ("面积百分之", Tag::Health(H::Core)),
    ("摘除术", Tag::Health(H::Core)),
    // (行人工髋关节置换术: not 行人, a pedestrian; 进行人工搬运 is no term, 某人工关节科技有限
    // 公司 no one's joint.)
    ("行人工髋", Tag::Health(H::Core)),
    ("行人工关节", Tag::Health(H::Core)),
    ("行人工股骨头", Tag::Health(H::Core)),
    ("截掉", Tag::Health(H::Core)),
    ("体温过高", Tag::Health(H::Core)),
    ("体温很低", Tag::Health(H::Core)),
    ("撞击伤", Tag::Health(H::Core)),
    ("先兆早产", Tag::Health(H::Core)),
    ("早产", Tag::Health(H::Core)),
    ("保胎", Tag::Health(H::Core)),
    ("头皮撕脱", Tag::Health(H::Core)),
    ("撕裂", Tag::Health(H::Core)),
    ("双侧瞳孔散大", Tag::Health(H::Core)),
    ("瞳孔散大固定", Tag::Health(H::Core)),
    ("大口子", Tag::Health(H::Core)),
    ("一道口子", Tag::Health(H::Core)),
    ("头有点晕", Tag::Health(H::Core)),
    ("头有点疼", Tag::Health(H::Core)),
    ("头有点痛", Tag::Health(H::Core)),
    ("夹板固定", Tag::Health(H::Core)),
    ("流了很多血", Tag::Health(H::Core)),
    ("流了好多血", Tag::Health(H::Core)),
    ("出了很多血", Tag::Health(H::Core)),
    ("充血", Tag::Health(H::Core)),
    ("结节", Tag::Health(H::Core)),
    // What a rescuer or a doctor finds on arrival (血氧饱和度86%, 声音嘶哑, 呼之能应, 口唇樱桃
    // 红色, 双肺呼吸音粗, 颈动脉搏动消失, 无自主心律) and does (心肺复苏, 夹板, 克氏针).
    ("血氧饱和度", Tag::Health(H::Core)),
    ("嘶哑", Tag::Health(H::Core)),
    ("呼之能应", Tag::Health(H::Core)),
    ("呼之不应", Tag::Health(H::Core)),
    ("樱桃红", Tag::Health(H::Core)),
    ("呼吸音", Tag::Health(H::Core)),
    ("搏动消失", Tag::Health(H::Core)),
    ("自主心律", Tag::Health(H::Core)),
    ("自主呼吸", Tag::Health(H::Core)),
    ("心肺复苏", Tag::Health(H::Core)),
    ("取出克氏针", Tag::Health(H::Core)),
    ("克氏针固定", Tag::Health(H::Core)),
    ("克氏针内固定", Tag::Health(H::Core)),
    ("门诊观察", Tag::Health(H::Core)),
    ("吸入反应", Tag::Health(H::Core)),
    ("开了药", Tag::Health(H::Core)),
    ("开了点药", Tag::Health(H::Core)),
    ("开了些药", Tag::Health(H::Core)),
    // An autopsy's findings (尸斑呈暗红色, 心血中检出硫化物).
    ("尸斑", Tag::Health(H::Core)),
    ("血中检出", Tag::Health(H::Core)),
    ("血液中检出", Tag::Health(H::Core)),
    // A work injury's grade (工伤十级), as 伤残十级.
    ("工伤一级", Tag::Health(H::Core)),
    ("工伤二级", Tag::Health(H::Core)),
    ("工伤三级", Tag::Health(H::Core)),
    ("工伤四级", Tag::Health(H::Core)),
    ("工伤五级", Tag::Health(H::Core)),
    ("工伤六级", Tag::Health(H::Core)),
    ("工伤七级", Tag::Health(H::Core)),
    ("工伤八级", Tag::Health(H::Core)),
    ("工伤九级", Tag::Health(H::Core)),
    ("工伤十级", Tag::Health(H::Core)),
    // A doctor's orders at discharge (出院医嘱：休息3个月，加强功能锻炼).
    ("出院医嘱", Tag::Health(H::Trigger)),
    ("功能锻炼", Tag::Health(H::Core)),
    ("低血糖", Tag::Health(H::Core)),
    ("康复锻炼", Tag::Health(H::Core)),
    // What a blood test found (心血中乙醇含量为6.2mg/100mL), not a product's content.
    ("血中乙醇", Tag::Health(H::Core)),
    ("血液中乙醇", Tag::Health(H::Core)),
    ("血液乙醇", Tag::Health(H::Core)),
    ("血中酒精", Tag::Health(H::Core)),
    ("血液中酒精", Tag::Health(H::Core)),
    ("血液酒精", Tag::Health(H::Core)),
    // Signs taken at the bedside (腋温41.8℃).
    ("腋温", Tag::Health(H::Core)),
    ("肛温", Tag::Health(H::Core)),
    // In a patient's own words.
    ("肺不好", Tag::Health(H::Core)),
    ("心脏不好", Tag::Health(H::Core)),
    ("肝不好", Tag::Health(H::Core)),
    ("肾不好", Tag::Health(H::Core)),
    ("胃不好", Tag::Health(H::Core)),
    ("都喘", Tag::Health(H::Core)),
    ("就咳", Tag::Health(H::Core)),
    ("下不了床", Tag::Health(H::Core)),
    ("治不好", Tag::Health(H::Core)),
    ("吸氧机", Tag::Health(H::Core)),
    // (With an organ or a part of a body only: 肾功能不全, not 报警功能不全.)
    ("功能不全", Tag::Health(H::Core)),
    ("功能受损", Tag::Health(H::Core)),
    ("病危", Tag::Health(H::Core)),
    ("危重", Tag::Health(H::Core)),
    ("呼吸机", Tag::Health(H::Core)),
    ("创面", Tag::Health(H::Core)),
    ("普通病房", Tag::Health(H::Core)),
    ("愈合", Tag::Health(H::Core)),
    // (Not 随访 alone: 对整改情况进行随访.)
    ("门诊随访", Tag::Health(H::Core)),
    ("随访复查", Tag::Health(H::Core)),
    ("急诊处理", Tag::Health(H::Core)),
    ("被烟呛", Tag::Health(H::Core)),
    ("截趾", Tag::Health(H::Core)),
    ("满脸是血", Tag::Health(H::Core)),
    ("说不清话", Tag::Health(H::Core)),
    // (Not 生命危险 alone: 危及人员生命危险的隐患.)
    ("脱离生命危险", Tag::Health(H::Core)),
    ("抽血", Tag::Health(H::Core)),
    ("干不了重活", Tag::Health(H::Core)),
    ("不能干重活", Tag::Health(H::Core)),
    ("癫痫", Tag::Health(H::Core)),
    ("白血病", Tag::Health(H::Core)),
    ("肝炎", Tag::Health(H::Core)),
    ("结核", Tag::Health(H::Core)),
    ("贫血", Tag::Health(H::Core)),
    ("心肌", Tag::Health(H::Core)),
    ("脑瘤", Tag::Health(H::Core)),
    ("偏瘫", Tag::Health(H::Core)),
    ("截瘫", Tag::Health(H::Core)),
    ("植物人", Tag::Health(H::Core)),
    ("视力障碍", Tag::Health(H::Core)),
    ("听力障碍", Tag::Health(H::Core)),
    ("智力残疾", Tag::Health(H::Core)),
    ("精神疾病", Tag::Health(H::Core)),
    ("身体不适", Tag::Health(H::Core)),
    ("尿毒症", Tag::Health(H::Core)),
    ("咽炎", Tag::Health(H::Core)),
    ("鼻炎", Tag::Health(H::Core)),
    ("胃炎", Tag::Health(H::Core)),
    ("肠炎", Tag::Health(H::Core)),
    ("支气管炎", Tag::Health(H::Core)),
    // Injuries as a worker tells them (被火燎了, 起了水泡, 听不太清楚, 脚崴了).
    ("火燎", Tag::Health(H::Core)),
    ("水泡", Tag::Health(H::Core)),
    ("听不清", Tag::Health(H::Core)),
    ("锯到", Tag::Health(H::Core)),
    ("锯伤", Tag::Health(H::Core)),
    ("转氨酶", Tag::Health(H::Core)),
    ("听不太清", Tag::Health(H::Core)),
    ("崴了", Tag::Health(H::Core)),
    ("烫了", Tag::Health(H::Core)),
    ("受了伤", Tag::Health(H::Core)),
    ("肾衰竭", Tag::Health(H::Core)),
    ("肾功能衰竭", Tag::Health(H::Core)),
    ("心力衰竭", Tag::Health(H::Core)),
    // A cause of death, a rescuer's findings, a second diagnosis (多器官功能衰竭, 瞳孔对光反射
    // 迟钝, 入院诊断：…；结膜炎).
    ("功能衰竭", Tag::Health(H::Core)),
    ("多发伤", Tag::Health(H::Core)),
    ("复合伤", Tag::Health(H::Core)),
    ("水疱", Tag::Health(H::Core)),
    // What a brain injury or a poisoning left (记忆力下降, 反应迟钝), and a scan's or a coma
    // scale's findings (双侧苍白球对称性异常信号, 格拉斯哥评分8分).
    ("记忆力下降", Tag::Health(H::Core)),
    ("记忆力减退", Tag::Health(H::Core)),
    ("记忆力明显下降", Tag::Health(H::Core)),
    ("记忆力明显减退", Tag::Health(H::Core)),
    ("记忆力不好", Tag::Health(H::Core)),
    ("记忆力受损", Tag::Health(H::Core)),
    ("记忆力减弱", Tag::Health(H::Core)),
    ("记忆力差", Tag::Health(H::Core)),
    // A scan's finding in a region of the brain (基底节区异常信号); not an alarm's signal.
    ("区异常信号", Tag::Health(H::Core)),
    ("反应迟钝", Tag::Health(H::Core)),
    ("苍白球", Tag::Health(H::Core)),
    ("对称性异常信号", Tag::Health(H::Core)),
    ("格拉斯哥评分", Tag::Health(H::Core)),
    // A stay for observation (收入院观察3天), oxygen under pressure (做了高压氧), a period,
    // and what a child suffered after a poisoning (夜间惊醒、食欲差).
    ("入院观察", Tag::Health(H::Core)),
    ("收入院", Tag::Health(H::Core)),
    ("高压氧", Tag::Health(H::Core)),
    ("雾化", Tag::Health(H::Core)),
    ("色素沉着", Tag::Health(H::Core)),
    ("门诊复查", Tag::Health(H::Core)),
    ("引流术", Tag::Health(H::Core)),
    // (Not 月经 alone: 2025年7月经人介绍.)
    ("来月经", Tag::Health(H::Core)),
    ("月经期", Tag::Health(H::Core)),
    ("浅二度", Tag::Health(H::Core)),
    ("深二度", Tag::Health(H::Core)),
    ("食欲差", Tag::Health(H::Core)),
    ("食欲不振", Tag::Health(H::Core)),
    ("夜间惊醒", Tag::Health(H::Core)),
    // Sick leave a doctor orders (全休三个月).
    ("全休", Tag::Health(H::Core)),
    ("燎伤", Tag::Health(H::Core)),
    ("脑病", Tag::Health(H::Core)),
    ("医嘱休息", Tag::Health(H::Core)),
    ("器官衰竭", Tag::Health(H::Core)),
    ("呼吸衰竭", Tag::Health(H::Core)),
    ("对光反射", Tag::Health(H::Core)),
    ("结膜炎", Tag::Health(H::Core)),
    ("角膜炎", Tag::Health(H::Core)),
    ("皮炎", Tag::Health(H::Core)),
    ("心衰", Tag::Health(H::Core)),
    ("心梗", Tag::Health(H::Core)),
    ("肝硬化", Tag::Health(H::Core)),
    ("脑溢血", Tag::Health(H::Core)),
    ("帕金森", Tag::Health(H::Core)),
    ("艾滋病", Tag::Health(H::Core)),
    ("乙肝", Tag::Health(H::Core)),
    ("甲亢", Tag::Health(H::Core)),
    ("痛风", Tag::Health(H::Core)),
    ("血栓", Tag::Health(H::Core)),
    ("红斑狼疮", Tag::Health(H::Core)),
    ("白内障", Tag::Health(H::Core)),
    ("青光眼", Tag::Health(H::Core)),
    ("骨质疏松", Tag::Health(H::Core)),
    ("腰肌劳损", Tag::Health(H::Core)),
    ("肺气肿", Tag::Health(H::Core)),
    ("慢阻肺", Tag::Health(H::Core)),
    ("胃溃疡", Tag::Health(H::Core)),
    ("结石", Tag::Health(H::Core)),
    ("头痛", Tag::Health(H::Core)),
    ("头很痛", Tag::Health(H::Core)),
    ("头很疼", Tag::Health(H::Core)),
    ("发紫", Tag::Health(H::Core)),
    ("抽搐", Tag::Health(H::Core)),
    ("力减退", Tag::Health(H::Core)),
    ("肌腱", Tag::Health(H::Core)),
    ("压烂", Tag::Health(H::Core)),
    ("砸烂", Tag::Health(H::Core)),
    ("致残", Tag::Health(H::Core)),
    ("头疼", Tag::Health(H::Core)),
    ("腰疼", Tag::Health(H::Core)),
    ("腰痛", Tag::Health(H::Core)),
    ("腰不好", Tag::Health(H::Core)),
    ("腿疼", Tag::Health(H::Core)),
    ("低体温", Tag::Health(H::Core)),
    ("失温", Tag::Health(H::Core)),
    ("血压", Tag::Health(H::Core)),
    ("降压药", Tag::Health(H::Core)),
    // Common drugs by name (一直吃氨氯地平), and a visit to the emergency room (挂过急诊).
    ("氨氯地平", Tag::Health(H::Core)),
    ("硝苯地平", Tag::Health(H::Core)),
    ("二甲双胍", Tag::Health(H::Core)),
    ("阿司匹林", Tag::Health(H::Core)),
    ("降糖药", Tag::Health(H::Core)),
    ("挂过急诊", Tag::Health(H::Core)),
    ("挂急诊", Tag::Health(H::Core)),
    ("胸痛", Tag::Health(H::Core)),
    ("腹痛", Tag::Health(H::Core)),
    ("失眠", Tag::Health(H::Core)),
    ("发烧", Tag::Health(H::Core)),
    ("高烧", Tag::Health(H::Core)),
    ("体弱多病", Tag::Health(H::Core)),
    ("年老多病", Tag::Health(H::Core)),
    ("多病", Tag::Health(H::Core)),
    ("行走不便", Tag::Health(H::Core)),
    ("行走困难", Tag::Health(H::Core)),
    ("走路不便", Tag::Health(H::Core)),
    // Illness in everyday words (他病倒以后, 身体不好, 走快一点就喘, 医院说我肺上有问题).
    ("病倒", Tag::Health(H::Core)),
    ("生病", Tag::Health(H::Core)),
    ("得病", Tag::Health(H::Core)),
    ("患病", Tag::Health(H::Core)),
    ("身体不好", Tag::Health(H::Core)),
    ("身体不行", Tag::Health(H::Core)),
    ("就喘", Tag::Health(H::Core)),
    ("喘不上气", Tag::Health(H::Core)),
    ("喘不过气", Tag::Health(H::Core)),
    ("气短", Tag::Health(H::Core)),
    ("肺上有", Tag::Health(H::Core)),
    ("肺部有", Tag::Health(H::Core)),
    ("心脏有问题", Tag::Health(H::Core)),
    // A hospital department names the condition (每个月回心内科复查).
    ("心内科", Tag::Health(H::Core)),
    ("神经内科", Tag::Health(H::Core)),
    ("呼吸内科", Tag::Health(H::Core)),
    ("消化内科", Tag::Health(H::Core)),
    ("肾内科", Tag::Health(H::Core)),
    ("内分泌科", Tag::Health(H::Core)),
    ("神经外科", Tag::Health(H::Core)),
    ("胸外科", Tag::Health(H::Core)),
    ("烧伤科", Tag::Health(H::Core)),
    ("肿瘤科", Tag::Health(H::Core)),
    ("精神科", Tag::Health(H::Core)),
    ("耳鼻喉科", Tag::Health(H::Core)),
    // Treatment.
    ("住院", Tag::Health(H::Core)),
    ("留院观察", Tag::Health(H::Core)),
    ("住院观察", Tag::Health(H::Core)),
    ("出院", Tag::Health(H::Core)),
    ("治疗", Tag::Health(H::Core)),
    ("手术", Tag::Health(H::Core)),
    ("重症监护", Tag::Health(H::Core)),
    ("ICU", Tag::Health(H::Core)),
    ("服药", Tag::Health(H::Core)),
    ("服用", Tag::Health(H::Core)),
    // A medical record's words (头孢呋辛钠1.5g静滴, 布洛芬0.3g口服, 臂丛神经阻滞麻醉).
    ("静滴", Tag::Health(H::Core)),
    ("肌注", Tag::Health(H::Core)),
    ("口服", Tag::Health(H::Core)),
    ("麻醉", Tag::Health(H::Core)),
    ("疼痛", Tag::Health(H::Core)),
    ("剧痛", Tag::Health(H::Core)),
    ("出血", Tag::Health(H::Core)),
    ("发病", Tag::Health(H::Core)),
    ("缺如", Tag::Health(H::Core)),
    ("用药", Tag::Health(H::Core)),
    ("卧床", Tag::Health(H::Core)),
    ("休养", Tag::Health(H::Core)),
    ("康复", Tag::Health(H::Core)),
    ("病休", Tag::Health(H::Core)),
    ("病假", Tag::Health(H::Core)),
    ("换药", Tag::Health(H::Core)),
    ("就诊", Tag::Health(H::Core)),
    ("门诊处理", Tag::Health(H::Core)),
    // Kept for observation (门诊留观2小时); a clinic building is a place.
    ("留观", Tag::Health(H::Core)),
    ("门诊部", Tag::Health(H::Place)),
    ("门诊治疗", Tag::Health(H::Core)),
    ("门诊处置", Tag::Health(H::Core)),
    ("急诊处置", Tag::Health(H::Core)),
    ("应激反应", Tag::Health(H::Core)),
    ("色弱", Tag::Health(H::Core)),
    ("色盲", Tag::Health(H::Core)),
    ("红绿色弱", Tag::Health(H::Core)),
    ("修整术", Tag::Health(H::Core)),
    ("清除术", Tag::Health(H::Core)),
    ("减压术", Tag::Health(H::Core)),
    ("开颅", Tag::Health(H::Core)),
    ("胰岛素", Tag::Health(H::Core)),
    ("止痛药", Tag::Health(H::Core)),
    ("成形术", Tag::Health(H::Core)),
    ("复位术", Tag::Health(H::Core)),
    ("输液", Tag::Health(H::Core)),
    ("挂盐水", Tag::Health(H::Core)),
    ("挂水", Tag::Health(H::Core)),
    ("打点滴", Tag::Health(H::Core)),
    // The drip told in days (输了两天液).
    ("输了一天液", Tag::Health(H::Core)),
    ("输了两天液", Tag::Health(H::Core)),
    ("输了三天液", Tag::Health(H::Core)),
    ("输了几天液", Tag::Health(H::Core)),
    ("打了吊针", Tag::Health(H::Core)),
    ("打了点滴", Tag::Health(H::Core)),
    ("挂了点滴", Tag::Health(H::Core)),
    // Told in the words of a witness (头很晕、想吐, 吐了好几次).
    ("头很晕", Tag::Health(H::Core)),
    ("头好晕", Tag::Health(H::Core)),
    ("想吐", Tag::Health(H::Core)),
    ("吐了好几次", Tag::Health(H::Core)),
    ("吐了好几回", Tag::Health(H::Core)),
    ("吐了好几遍", Tag::Health(H::Core)),
    ("吐了好几天", Tag::Health(H::Core)),
    ("弱视", Tag::Health(H::Core)),
    ("打针", Tag::Health(H::Core)),
    ("缝合", Tag::Health(H::Core)),
    ("缝了", Tag::Health(H::Core)),
    ("理疗", Tag::Health(H::Core)),
    ("内固定", Tag::Health(H::Core)),
    ("切开复位", Tag::Health(H::Core)),
    ("休工", Tag::Health(H::Core)),
    ("缝针", Tag::Health(H::Core)),
    ("卷进", Tag::Health(H::Core)),
    ("植皮", Tag::Health(H::Core)),
    ("移植术", Tag::Health(H::Core)),
    ("植入术", Tag::Health(H::Core)),
    ("搭桥", Tag::Health(H::Core)),
    ("心脏支架", Tag::Health(H::Core)),
    ("个支架", Tag::Health(H::Core)),
    ("医院住了", Tag::Health(H::Core)),
    ("复诊", Tag::Health(H::Core)),
    ("透析", Tag::Health(H::Core)),
    ("拄拐", Tag::Health(H::Core)),
    ("吃药", Tag::Health(H::Core)),
    ("腿脚不便", Tag::Health(H::Core)),
    ("清创", Tag::Health(H::Core)),
    ("包扎", Tag::Health(H::Core)),
    ("气管切开", Tag::Health(H::Core)),
    ("脱离危险", Tag::Health(H::Core)),
    ("截指", Tag::Health(H::Core)),
    ("再植", Tag::Health(H::Core)),
    ("鼓膜", Tag::Health(H::Core)),
    // Symptoms and examination results.
    ("头晕", Tag::Health(H::Core)),
    ("恶心", Tag::Health(H::Core)),
    ("呕吐", Tag::Health(H::Core)),
    ("胸闷", Tag::Health(H::Core)),
    ("胸口闷", Tag::Health(H::Core)),
    ("破伤风", Tag::Health(H::Core)),
    ("呼吸困难", Tag::Health(H::Core)),
    ("紫绀", Tag::Health(H::Core)),
    ("发绀", Tag::Health(H::Core)),
    ("气促", Tag::Health(H::Core)),
    // (With a part of a body only: 右手有烧黑的痕迹, not 电线烧黑.)
    ("烧黑", Tag::Health(H::Core)),
    ("涂了药", Tag::Health(H::Core)),
    ("擦了药", Tag::Health(H::Core)),
    ("使不上力", Tag::Health(H::Core)),
    ("用不上力", Tag::Health(H::Core)),
    ("星期院", Tag::Health(H::Core)),
    ("嗡嗡响", Tag::Health(H::Core)),
    ("耳朵嗡嗡", Tag::Health(H::Core)),
    ("耳朵一直嗡嗡", Tag::Health(H::Core)),
    ("星期的院", Tag::Health(H::Core)),
    ("天的院", Tag::Health(H::Core)),
    ("个月的院", Tag::Health(H::Core)),
    ("上了药", Tag::Health(H::Core)),
    ("定期随访", Tag::Health(H::Core)),
    ("神志清醒", Tag::Health(H::Core)),
    ("无大碍", Tag::Health(H::Core)),
    ("神志清楚", Tag::Health(H::Core)),
    ("换一次药", Tag::Health(H::Core)),
    ("胸口疼", Tag::Health(H::Core)),
    ("胸口痛", Tag::Health(H::Core)),
    ("冠状动脉", Tag::Health(H::Core)),
    ("管腔狭窄", Tag::Health(H::Core)),
    ("粒细胞", Tag::Health(H::Core)),
    ("淋巴细胞", Tag::Health(H::Core)),
    ("血小板", Tag::Health(H::Core)),
    ("血红蛋白", Tag::Health(H::Core)),
    ("咳嗽", Tag::Health(H::Core)),
    ("气喘", Tag::Health(H::Core)),
    ("胸片", Tag::Health(H::Core)),
    ("肺功能", Tag::Health(H::Core)),
    // Examinations a follow-up asks for (复查胸部X射线摄片, 纯音听阈测试).
    ("摄片", Tag::Health(H::Core)),
    ("听阈", Tag::Health(H::Core)),
    ("心电图", Tag::Health(H::Core)),
    ("血常规", Tag::Health(H::Core)),
    ("白细胞", Tag::Health(H::Core)),
    ("听力下降", Tag::Health(H::Core)),
    ("听力损失", Tag::Health(H::Core)),
    ("噪声聋", Tag::Health(H::Core)),
    ("血压偏高", Tag::Health(H::Core)),
    // Cancers and their treatment (乳腺癌改良根治术, 术后化疗).
    ("癌", Tag::Health(H::Core)),
    ("化疗", Tag::Health(H::Core)),
    ("放疗", Tag::Health(H::Core)),
    ("根治术", Tag::Health(H::Core)),
    ("切除术", Tag::Health(H::Core)),
    ("术后", Tag::Health(H::Core)),
    // What an injury left behind (右手功能尚未恢复, 左手还有点麻).
    ("功能尚未恢复", Tag::Health(H::Core)),
    ("功能未恢复", Tag::Health(H::Core)),
    ("功能受限", Tag::Health(H::Core)),
    ("功能丧失", Tag::Health(H::Core)),
    ("活动受限", Tag::Health(H::Core)),
    ("后遗症", Tag::Health(H::Core)),
    ("麻木", Tag::Health(H::Core)),
    ("发麻", Tag::Health(H::Core)),
    ("有点麻", Tag::Health(H::Core)),
    ("Ⅰ度", Tag::Health(H::Core)),
    ("Ⅱ度", Tag::Health(H::Core)),
    ("Ⅲ度", Tag::Health(H::Core)),
    // Where the statement starts.
    ("诊断为", Tag::Health(H::Trigger)),
    ("诊断是", Tag::Health(H::Trigger)),
    ("确诊为", Tag::Health(H::Trigger)),
    ("伤情构成", Tag::Health(H::Trigger)),
    ("伤情为", Tag::Health(H::Trigger)),
    ("伤残等级为", Tag::Health(H::Trigger)),
    ("诊断结论为", Tag::Health(H::Trigger)),
    ("入院诊断", Tag::Health(H::Trigger)),
    ("鉴定为", Tag::Health(H::Intro)),
    ("评定为", Tag::Health(H::Intro)),
    ("属于", Tag::Health(H::Intro)),
    ("构成", Tag::Health(H::Intro)),
    ("造成其", Tag::Health(H::Intro)),
    ("致其", Tag::Health(H::Intro)),
    // How it happened comes before (滑块下行将其右手压伤).
    ("将其", Tag::Health(H::Intro)),
    ("导致其", Tag::Health(H::Intro)),
    ("致使其", Tag::Health(H::Intro)),
    ("造成", Tag::Health(H::Intro)),
    ("导致", Tag::Health(H::Intro)),
    ("致使", Tag::Health(H::Intro)),
    ("其本人", Tag::Health(H::Intro)),
    ("本人", Tag::Health(H::Intro)),
    // 致右足跟骨粉碎性骨折: the verb is the sentence's (一致, 以致 hold it as well, before
    // no health term).
    ("致", Tag::Health(H::Intro)),
    // Who says it (其自述患有…, 医生说…) is not the condition.
    ("自述", Tag::Health(H::Intro)),
    ("载明", Tag::Health(H::Intro)),
    // A record number's label (住院号) is no stay in hospital; its value is read apart.
    ("住院号", Tag::Health(H::Intro)),
    ("住院号码", Tag::Health(H::Intro)),
    // A bed's label: its value is read apart ([`beds`]).
    ("床号", Tag::Health(H::Intro)),
    ("病案号", Tag::Health(H::Intro)),
    ("病历号", Tag::Health(H::Intro)),
    ("门诊号", Tag::Health(H::Intro)),
    ("住院病案号", Tag::Health(H::Intro)),
    ("病历号码", Tag::Health(H::Intro)),
    ("门诊号码", Tag::Health(H::Intro)),
    ("查出", Tag::Health(H::Intro)),
    ("查出来是", Tag::Health(H::Intro)),
    ("查出来", Tag::Health(H::Intro)),
    // A column of days in hospital: the head is no stay (see [`HEALTH_COLUMNS`]).
    ("住院天数", Tag::Health(H::Intro)),
    ("因为", Tag::Health(H::Intro)),
    // 因吸入酸雾出现咳嗽: the cause is the accident's, the condition what appeared.
    ("出现", Tag::Health(H::Intro)),
    // The procedure (申请职业病诊断鉴定, 职业病鉴定要厂里出的材料) is no condition; what it
    // found comes after it.
    ("职业病鉴定", Tag::Health(H::Intro)),
    ("职业病诊断鉴定", Tag::Health(H::Intro)),
    // (申请职业病诊断时…: the procedure; what it found comes after it.)
    ("申请职业病诊断", Tag::Health(H::Intro)),
    ("提出其", Tag::Health(H::Intro)),
    ("自称", Tag::Health(H::Intro)),
    ("医生说", Tag::Health(H::Intro)),
    ("听说", Tag::Health(H::Intro)),
    ("医生讲", Tag::Health(H::Intro)),
    ("医生交代", Tag::Health(H::Intro)),
    ("医生嘱咐", Tag::Health(H::Intro)),
    ("称其", Tag::Health(H::Intro)),
    ("称其兄", Tag::Health(H::Intro)),
    ("称其父亲", Tag::Health(H::Intro)),
    ("称其母亲", Tag::Health(H::Intro)),
    ("称其弟弟", Tag::Health(H::Intro)),
    ("称其妻子", Tag::Health(H::Intro)),
    ("称其哥哥", Tag::Health(H::Intro)),
    ("称其弟", Tag::Health(H::Intro)),
    ("称其妻", Tag::Health(H::Intro)),
    ("称其父", Tag::Health(H::Intro)),
    ("称其母", Tag::Health(H::Intro)),
    // The cause of death is the condition, not its label (死亡原因为重度烧伤…).
    ("原因为", Tag::Health(H::Intro)),
    ("原因是", Tag::Health(H::Intro)),
    ("写的是", Tag::Health(H::Intro)),
    // A household's status (系本村低保户、残疾人) is not the condition.
    ("低保户", Tag::Health(H::Intro)),
    // The circumstance (上行过程中感到头晕) is the accident's; 过程中 itself is read in
    // [`find`] (as a word it would hide 中毒 in 清理过程中毒倒).
    ("感到", Tag::Health(H::Intro)),
    ("感觉", Tag::Health(H::Intro)),
    ("医院", Tag::Health(H::Place)),
    // Numbered hospitals, whole: 第二人民医院 holds 二人, a count of persons.
    ("第二人民医院", Tag::Health(H::Place)),
    ("第三人民医院", Tag::Health(H::Place)),
    ("第四人民医院", Tag::Health(H::Place)),
    ("第五人民医院", Tag::Health(H::Place)),
    ("卫生院", Tag::Health(H::Place)),
    // Occupational disease institutes diagnose (某市职业病防治院诊断为…).
    ("职业病防治院", Tag::Health(H::Place)),
    ("职业病防治所", Tag::Health(H::Place)),
    ("职业病医院", Tag::Health(H::Place)),
    ("疾病预防控制中心", Tag::Health(H::Place)),
    ("慢性病防治中心", Tag::Health(H::Place)),
    ("慢性病防治院", Tag::Health(H::Place)),
    ("慢性病防治站", Tag::Health(H::Place)),
    ("诊所", Tag::Health(H::Place)),
    ("卫生室", Tag::Health(H::Place)),
    ("卫生服务中心", Tag::Health(H::Place)),
    ("卫生服务站", Tag::Health(H::Place)),
    ("急救中心", Tag::Health(H::Place)),
    ("医疗中心", Tag::Health(H::Place)),
    // A ward is a place (询问地点：某医院住院部三楼).
    ("住院部", Tag::Health(H::Place)),
    // A rehabilitation hospital is a place (its name says no condition). Hospitals named
    // after a disease (肿瘤医院, 精神病医院) stay inside the phrase: the name says it.
    ("康复医院", Tag::Health(H::Place)),
    ("康复中心", Tag::Health(H::Place)),
    // An accident named by its injury is no one's injury: like a place, the phrase starts
    // after it (发生烫伤事故造成某面部烫伤: the burn after it is).
    ("烫伤事故", Tag::Health(H::Place)),
    ("烧伤事故", Tag::Health(H::Place)),
    ("灼伤事故", Tag::Health(H::Place)),
    ("砸伤事故", Tag::Health(H::Place)),
    ("摔伤事故", Tag::Health(H::Place)),
    // Not a person's health.
    ("职业病危害", Tag::Health(H::Negative)),
    // Money paid to a hospital (住院预交金账户, 住院押金) and the boilerplate of a report
    // (最终以鉴定结论为准, 本汇总不作为认定依据, 须待治疗终结后鉴定): no one's condition.
    ("住院预交金", Tag::Health(H::Negative)),
    // Soaked, not a blister (记录本被水泡了); a drill's scenario and its acting.
    ("被水泡了", Tag::Health(H::Negative)),
    ("被水泡坏", Tag::Health(H::Negative)),
    ("场景设定为", Tag::Health(H::Negative)),
    ("模拟伤员", Tag::Health(H::Negative)),
    ("模拟吸氧", Tag::Health(H::Negative)),
    ("模拟中毒", Tag::Health(H::Negative)),
    ("模拟受伤", Tag::Health(H::Negative)),
    ("扮演", Tag::Health(H::Negative)),
    // A test kit named after what it measures (血红蛋白检测试剂盒; not a drug: a record of
    // treatment names those), an attachment's title (职业病诊断证明书（共4份）), a noise.
    ("试剂盒", Tag::Health(H::Negative)),
    ("诊断证明书(共", Tag::Health(H::Negative)),
    ("嗡嗡响声", Tag::Health(H::Negative)),
    // A hospital's business (前两天的院务会议, 三个月的院内感染), a drug's label, a kit, a drill,
    // a kind of hazard: no stay, no treatment, no one.
    ("天的院务", Tag::Health(H::Negative)),
    ("月的院内", Tag::Health(H::Negative)),
    ("上了药品", Tag::Health(H::Negative)),
    ("检测试剂", Tag::Health(H::Negative)),
    ("演练模拟", Tag::Health(H::Negative)),
    ("问题隐患", Tag::Health(H::Negative)),
    // A crack healed, a machine running, a hum of a fan (裂缝已愈合, 运行无大碍, 运转时嗡嗡响).
    ("裂缝", Tag::Health(H::Negative)),
    ("运行无大碍", Tag::Health(H::Negative)),
    ("运转时", Tag::Health(H::Negative)),
    // A case's title, no one else hurt, events as a kind, lessons drawn, work on the injured
    // as a task (see [`ENDS_AFTER_TERM`]: after a condition they end its phrase).
    ("事故一案", Tag::Health(H::Negative)),
    ("没受伤", Tag::Health(H::Negative)),
    ("没人受伤", Tag::Health(H::Negative)),
    ("没有人受伤", Tag::Health(H::Negative)),
    ("没有人烫伤", Tag::Health(H::Negative)),
    ("轻伤事件", Tag::Health(H::Negative)),
    ("伤亡事件", Tag::Health(H::Negative)),
    ("受伤等事件", Tag::Health(H::Negative)),
    ("等事件", Tag::Health(H::Negative)),
    ("汲取教训", Tag::Health(H::Negative)),
    ("救治情况", Tag::Health(H::Negative)),
    ("治疗情况", Tag::Health(H::Negative)),
    // Reporting to an authority (未将疑似职业病情况向我局报告), a statute's periods and its
    // definitions (医学观察期间, 因自身疾病等非生产经营因素导致死亡的).
    ("向我局报告", Tag::Health(H::Negative)),
    ("向本局报告", Tag::Health(H::Negative)),
    ("局报告", Tag::Health(H::Negative)),
    ("非生产经营", Tag::Health(H::Negative)),
    ("预交金", Tag::Health(H::Negative)),
    ("住院押金", Tag::Health(H::Negative)),
    ("为准", Tag::Health(H::Negative)),
    ("不作为", Tag::Health(H::Negative)),
    ("须待", Tag::Health(H::Negative)),
    ("职业病防治", Tag::Health(H::Negative)),
    ("职业病防护", Tag::Health(H::Negative)),
    ("职业健康", Tag::Health(H::Negative)),
    ("伤害事故", Tag::Health(H::Negative)),
    ("人身伤害", Tag::Health(H::Negative)),
    ("伤亡事故", Tag::Health(H::Negative)),
    ("人员伤亡", Tag::Health(H::Negative)),
    ("劳动防护", Tag::Health(H::Negative)),
    ("防护用品", Tag::Health(H::Negative)),
    ("工伤保险", Tag::Health(H::Negative)),
    ("可能导致", Tag::Health(H::Negative)),
    ("可能造成", Tag::Health(H::Negative)),
    ("防止", Tag::Health(H::Negative)),
    ("预防", Tag::Health(H::Negative)),
    ("避免", Tag::Health(H::Negative)),
    ("应当", Tag::Health(H::Negative)),
    ("治理", Tag::Health(H::Negative)),
    // A supposition (如本人因住院等原因无法签收), not a condition.
    ("等原因", Tag::Health(H::Negative)),
    // The kind of an accident, not anyone's health (较大中毒窒息事故调查报告).
    ("中毒窒息事故", Tag::Health(H::Negative)),
    ("中毒事故", Tag::Health(H::Negative)),
    ("中毒事件", Tag::Health(H::Negative)),
    // Anyone, no one named (存在人员受伤且瞒报, 已有人员出现中毒症状).
    ("人员受伤", Tag::Health(H::Negative)),
    ("人员出现", Tag::Health(H::Negative)),
    // Kinds of accident (GB 6441), not anyone's injury (起重伤害事故).
    ("起重伤害", Tag::Health(H::Negative)),
    ("机械伤害", Tag::Health(H::Negative)),
    ("车辆伤害", Tag::Health(H::Negative)),
    ("其他伤害", Tag::Health(H::Negative)),
    ("其它伤害", Tag::Health(H::Negative)),
    ("窒息事件", Tag::Health(H::Negative)),
    // No one hurt (欧阳某未受伤, 无人受伤).
    ("未受伤", Tag::Health(H::Negative)),
    ("没有受伤", Tag::Health(H::Negative)),
    ("无人受伤", Tag::Health(H::Negative)),
    ("窒息事故", Tag::Health(H::Negative)),
    ("中毒和窒息", Tag::Health(H::Negative)),
    // The conditions a rule bars from a trade (并无妨碍从事相应特种作业的器质性心脏病…); a
    // person who has one (患有妨碍从事…的心脏病) is no negation.
    ("无妨碍从事", Tag::Health(H::Negative)),
    // Properties of substances, not anyone's illness (致癌物质).
    ("致癌", Tag::Health(H::Negative)),
    ("防癌", Tag::Health(H::Negative)),
    // Death after rescue is the accident's outcome, published with it (经抢救无效死亡).
    ("抢救无效", Tag::Health(H::Negative)),
    // The name of a case or its report (某公司“6·14”中毒一般生产安全事故案).
    ("事故案", Tag::Health(H::Negative)),
    ("事故调查", Tag::Health(H::Negative)),
    // Exhibits named in a list of evidence (住院病历首页复印件1份, 出院小结): documents, not a
    // condition.
    ("病历首页", Tag::Health(H::Negative)),
    // A certificate's name, not its content (疾病诊断证明书载明其患有…).
    ("疾病诊断证明书", Tag::Zone(super::layout::Side::Neutral)),
    ("诊断证明书", Tag::Zone(super::layout::Side::Neutral)),
    // Whoever is hurt (受伤的人该赔的我会赔, 不要再有人受伤), a table's head (伤情 | 就诊医院),
    // a bill's items (护理费) and a room (急诊观察室): no one's condition, and no negation of
    // the terms around them either (事故中有人受伤即工人某左腿骨折).
    ("有人受伤", Tag::Zone(super::layout::Side::Neutral)),
    ("受伤的人", Tag::Zone(super::layout::Side::Neutral)),
    ("就诊医院", Tag::Zone(super::layout::Side::Neutral)),
    ("护理费", Tag::Zone(super::layout::Side::Neutral)),
    ("急诊观察室", Tag::Zone(super::layout::Side::Neutral)),
    // Duties and an unnamed worker (每日报送伤员病情变化情况, 员工受伤后未上报).
    ("病情变化情况", Tag::Zone(super::layout::Side::Neutral)),
    ("了解病情", Tag::Zone(super::layout::Side::Neutral)),
    ("员工受伤", Tag::Zone(super::layout::Side::Neutral)),
    // The injured as a party (受伤者书面委托: a name cue too), an insurance's heads of cover
    // (伤残责任限额), a bill's items (伤残赔偿金80,000元, whose grade is told apart), a
    // hospital's department (职业病科), a course (心肺复苏急救知识培训) and a breathing set's
    // valve: no one's condition. (Not an allowance for life, 伤残津贴: paid for grades 1–6.)
    ("受伤者", Tag::Zone(super::layout::Side::Neutral)),
    ("伤残责任", Tag::Zone(super::layout::Side::Neutral)),
    ("伤残赔偿", Tag::Zone(super::layout::Side::Neutral)),
    // (A road where accidents are frequent: 事故多发伤亡较重, not 多发伤.)
    ("多发伤亡", Tag::Zone(super::layout::Side::Neutral)),
    ("多发伤害", Tag::Zone(super::layout::Side::Neutral)),
    ("伤残赔偿金", Tag::Zone(super::layout::Side::Neutral)),
    ("伤残补助金", Tag::Zone(super::layout::Side::Neutral)),
    ("职业病科", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏培训", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏术培训", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏演练", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏急救", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏知识", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏技能", Tag::Zone(super::layout::Side::Neutral)),
    ("心肺复苏模拟", Tag::Zone(super::layout::Side::Neutral)),
    ("自主呼吸阀", Tag::Zone(super::layout::Side::Neutral)),
    ("过火面积", Tag::Zone(super::layout::Side::Neutral)),
    ("建筑面积", Tag::Zone(super::layout::Side::Neutral)),
    ("占地面积", Tag::Zone(super::layout::Side::Neutral)),
    ("受灾面积", Tag::Zone(super::layout::Side::Neutral)),
    // A thing's body and its temperature (罐体温度, 壳体温40℃): no one's.
    ("罐体温", Tag::Zone(super::layout::Side::Neutral)),
    ("壳体温", Tag::Zone(super::layout::Side::Neutral)),
    ("箱体温", Tag::Zone(super::layout::Side::Neutral)),
    ("釜体温", Tag::Zone(super::layout::Side::Neutral)),
    ("炉体温", Tag::Zone(super::layout::Side::Neutral)),
    ("物体温", Tag::Zone(super::layout::Side::Neutral)),
    ("液体温", Tag::Zone(super::layout::Side::Neutral)),
    ("气体温", Tag::Zone(super::layout::Side::Neutral)),
    ("柜体温", Tag::Zone(super::layout::Side::Neutral)),
    ("槽体温", Tag::Zone(super::layout::Side::Neutral)),
    ("管体温", Tag::Zone(super::layout::Side::Neutral)),
    ("本体温", Tag::Zone(super::layout::Side::Neutral)),
    ("筒体温", Tag::Zone(super::layout::Side::Neutral)),
    ("塔体温", Tag::Zone(super::layout::Side::Neutral)),
    ("机体温", Tag::Zone(super::layout::Side::Neutral)),
    ("车体温", Tag::Zone(super::layout::Side::Neutral)),
    // The kind of an accident in its title (中毒致一人死亡事故): the phrase ends before it.
    ("死亡事故", Tag::Health(H::Negative)),
    ("出院小结", Tag::Health(H::Negative)),
    ("出院记录", Tag::Health(H::Negative)),
    ("入院记录", Tag::Health(H::Negative)),
    ("费用清单", Tag::Health(H::Negative)),
    // What a medical check covers (体检项目包括血压、心电图…); who may not do a job (色盲、色弱者
    // 不得从事电工作业).
    ("体检项目包括", Tag::Health(H::Negative)),
    ("检查项目包括", Tag::Health(H::Negative)),
    // A standard's grade (符合《事故伤害损失工作日标准》的重伤标准).
    ("重伤标准", Tag::Health(H::Negative)),
    // Building materials, a mine, a product (石膏板隔墙, 吊顶上石膏线, 石膏矿, 磷石膏堆场) and an
    // insurance (长期照护保险): words that hide the health words in them and mean nothing here.
    ("石膏板", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏线", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏粉", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏砌块", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏矿", Tag::Zone(super::layout::Side::Neutral)),
    ("磷石膏", Tag::Zone(super::layout::Side::Neutral)),
    ("脱硫石膏", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏模具", Tag::Zone(super::layout::Side::Neutral)),
    ("石膏制品", Tag::Zone(super::layout::Side::Neutral)),
    ("长期照护保险", Tag::Zone(super::layout::Side::Neutral)),
    // Insurance against a harm, not a harm (购买意外伤害保险).
    ("意外伤害保险", Tag::Zone(super::layout::Side::Neutral)),
    ("意外伤害险", Tag::Zone(super::layout::Side::Neutral)),
    // Prevention, not a condition (做好防暑降温，预防中暑; 防溺水).
    ("预防中暑", Tag::Zone(super::layout::Side::Neutral)),
    ("防止中暑", Tag::Zone(super::layout::Side::Neutral)),
    ("防中暑", Tag::Zone(super::layout::Side::Neutral)),
    ("防溺水", Tag::Zone(super::layout::Side::Neutral)),
    ("预防溺水", Tag::Zone(super::layout::Side::Neutral)),
    ("防止溺水", Tag::Zone(super::layout::Side::Neutral)),
    // Carrying a liquid, not a drip (运输液化气钢瓶).
    ("运输液", Tag::Zone(super::layout::Side::Neutral)),
    ("者不得", Tag::Health(H::Negative)),
    ("复印件", Tag::Health(H::Negative)),
    ("住院病历", Tag::Health(H::Negative)),
    ("门诊病历", Tag::Health(H::Negative)),
    // Who pays the costs (治疗费用由公司承担), not a condition.
    ("治疗费", Tag::Health(H::Negative)),
    ("医疗费", Tag::Health(H::Negative)),
    ("住院费", Tag::Health(H::Negative)),
    ("手术费", Tag::Health(H::Negative)),
    ("药费", Tag::Health(H::Negative)),
    ("康复费", Tag::Health(H::Negative)),
    ("出院结算", Tag::Health(H::Negative)),
    ("住院病案", Tag::Health(H::Negative)),
    // A shaded area of a drawing (斜线阴影区域为盲区), not a shadow on a film; a weekly day
    // off (员工每周全休一天), no sick leave.
    ("斜线阴影", Tag::Zone(super::layout::Side::Neutral)),
    ("阴影区域为", Tag::Zone(super::layout::Side::Neutral)),
    ("阴影部分为", Tag::Zone(super::layout::Side::Neutral)),
    // A chamber or a department, no one's treatment (生产高压氧舱, 高压氧科主任).
    ("高压氧舱", Tag::Zone(super::layout::Side::Neutral)),
    ("高压氧科", Tag::Zone(super::layout::Side::Neutral)),
    ("图中阴影", Tag::Zone(super::layout::Side::Neutral)),
    ("每周全休", Tag::Zone(super::layout::Side::Neutral)),
    ("每月全休", Tag::Zone(super::layout::Side::Neutral)),
    ("全休日", Tag::Zone(super::layout::Side::Neutral)),
    // A question's subject (请介绍一下你受伤的经过), not a condition.
    ("受伤的经过", Tag::Health(H::Negative)),
    ("受伤经过", Tag::Health(H::Negative)),
    ("结算单", Tag::Health(H::Negative)),
    // A household's stock of medicine (家中备用药物), an injury admitted as a fact of the case
    // (承认受伤事实): no one's condition.
    ("备用药", Tag::Health(H::Negative)),
    // A rule's wording or an item of a checklist (发生生产安全事故（含轻伤）按规定报告; 员工受伤
    // 事故未报告), the items of a compensation (一次性伤残补助金, 住院伙食补助费), what an
    // appraisal is asked to assess (伤残等级及护理依赖程度评定) and a ruling's finding (所受伤害
    // 为工伤): no one's condition.
    ("含轻伤", Tag::Health(H::Negative)),
    // Instruments, stock and events (血压计, 降压药等药品, 流血事件).
    ("血压计", Tag::Health(H::Negative)),
    ("药品", Tag::Health(H::Negative)),
    ("常用药品", Tag::Health(H::Negative)),
    // What a plan provides for (乘客受伤的现场处置方案): a kind of event, no one's
    // condition.
    ("的处置方案", Tag::Health(H::Negative)),
    ("的现场处置方案", Tag::Health(H::Negative)),
    ("流血事件", Tag::Health(H::Negative)),
    ("受伤事故", Tag::Health(H::Negative)),
    ("补助金", Tag::Health(H::Negative)),
    ("补助费", Tag::Health(H::Negative)),
    ("程度评定", Tag::Health(H::Negative)),
    ("为工伤", Tag::Health(H::Negative)),
    // What a town tells its people, and what an accident did not do (宣传一氧化碳中毒防范
    // 知识, 事故未造成人员死亡、重伤).
    ("防范知识", Tag::Health(H::Negative)),
    ("未造成", Tag::Health(H::Negative)),
    // A heading (员工伤病情况。).
    ("伤病情况", Tag::Health(H::Negative)),
    // Goods sold or kept (销售过期的口服液, 未按规定配备麻醉机, 生命体征监护仪): a market case,
    // no one's health.
    ("销售", Tag::Health(H::Negative)),
    ("配备", Tag::Health(H::Negative)),
    ("口服液", Tag::Health(H::Negative)),
    ("监护仪", Tag::Health(H::Negative)),
    ("麻醉机", Tag::Health(H::Negative)),
    // Trouble, not numbness (有点麻烦).
    ("有点麻烦", Tag::Health(H::Negative)),
    // A heading and a piece of equipment (中毒人员情况, 纱布口罩).
    ("中毒人员情况", Tag::Health(H::Negative)),
    ("纱布口罩", Tag::Health(H::Negative)),
    // A transcript's mark for what could not be heard (（听不清）), a finding about no one
    // (未发现疑似职业病), a duty (受伤要按规定报告).
    ("(听不清)", Tag::Health(H::Negative)),
    ("听不清处", Tag::Health(H::Negative)),
    ("未发现疑似", Tag::Health(H::Negative)),
    ("未发现有人", Tag::Health(H::Negative)),
    ("要按规定报告", Tag::Health(H::Negative)),
    ("应按规定报告", Tag::Health(H::Negative)),
    // A computer's virus, a complaint, a machine room (电脑病毒, 想吐槽, 制氧机房).
    ("电脑病毒", Tag::Health(H::Negative)),
    ("想吐槽", Tag::Health(H::Negative)),
    ("制氧机房", Tag::Health(H::Negative)),
];

/// Injury verbs that things undergo as well as limbs.
const BREAKS: &[&str] = &[
    "压断", "轧断", "夹断", "砸断", "绞断", "离断", "锯到", "擦破",
];

/// Words for what goes missing from a body or out of its shape (食指末节缺失, 两个手指头没了,
/// 只剩大拇指, 胳膊都变形了), where a guard or a sign goes missing too and a rack bends
/// (插头缺失, 指示标志缺失, 钱没了, 货架变形).
const MISSING: &[&str] = &[
    "缺失",
    "缺如",
    "没了",
    "只剩",
    "变形",
    "没有接上",
    "少了一节",
    "断了一节",
    "弯曲",
    "不能动",
    "受限",
    "不利索",
    "看不见",
    "看不清",
];

/// What a clause whose only terms are [`MISSING`] must name.
const MISSING_PARTS: &[&str] = &[
    "手指",
    "食指",
    "拇指",
    "中指",
    "无名指",
    "小指",
    "脚趾",
    "末节",
    "肢体",
    "上肢",
    "下肢",
    "耳廓",
    "眼球",
    "牙齿",
    "手掌",
    "示指",
    "远节",
    "胳膊",
    "身子",
    "身体",
    "手腕",
    "脊柱",
    "鼻梁",
    "关节",
    "眼睛",
];

/// Negative words that end a phrase when they come after its first term (右腿骨折须待治疗终结后
/// 鉴定; a report to a body ends it at its 向: 诊断为尘肺病并向某卫健局报告) and drop the
/// clause when they come first (本汇总不作为伤残等级认定依据).
const ENDS_AFTER_TERM: &[&str] = &[
    "住院预交金",
    "预交金",
    "住院押金",
    "为准",
    "不作为",
    "须待",
    "向我局报告",
    "向本局报告",
    "局报告",
    "事故一案",
    "没受伤",
    "没人受伤",
    "没有人受伤",
    "没有人烫伤",
    "轻伤事件",
    "伤亡事件",
    "受伤等事件",
    "等事件",
    "汲取教训",
    "救治情况",
    "治疗情况",
    // (因重型颅脑损伤经抢救无效死亡: the condition is the person's, the death the accident's.)
    "抢救无效",
    "死亡事故",
    // (左腿骨折的护理费由公司承担: the costs after the condition.)
    "手术费",
    "药费",
    "康复费",
    "出院结算",
];

/// Negative words of an event or a task that introduce a condition named after them in their
/// clause (该起伤亡事件造成某某右臂骨折) and drop it when none is (轻伤事件不报告).
const LEADS_INTO_TERM: &[&str] = &[
    // (住院病案显示其患有…, 受伤经过为右腿骨折: the record or the question, then the
    // condition.)
    "住院病案",
    "手术费",
    "药费",
    "康复费",
    "受伤经过",
    "受伤的经过",
    "伤亡事件",
    "轻伤事件",
    "受伤等事件",
    "等事件",
    "救治情况",
    "治疗情况",
    "事故一案",
];

/// Terms of a function impaired, which need an organ, a part or a function of a body right
/// before them ([`BODY_FUNCTIONS`]).
const FUNCTIONS: &[&str] = &[
    "功能不全",
    "功能受损",
    "烧黑",
    "功能基本恢复",
    "功能恢复",
    "功能丧失",
    "功能部分丧失",
    // (右手功能部分受限; not an alarm's, 报警功能部分受限.)
    "功能部分受限",
    "功能完全丧失",
];

/// Terms of a mark or a shape that things have as well as bodies (保温层破溃, 外观畸形, 护栏
/// 挤压痕, 红肿消炎膏): a body's only with a part or an organ of one named in the sixteen
/// characters before them (右小腿中段畸形, 胸壁可见约20厘米宽的条形挤压痕).
const BODY_MARKS: &[&str] = &[
    "畸形",
    "破溃",
    "红肿",
    "挤压痕",
    "水肿",
    "血性液体",
    "精细动作",
    // Said plainly of a body and of things alike (两条小腿都烧到了; 火烧到了仓库).
    "烧到",
    "烫到",
    "撕裂",
    "撞击伤",
    "夹板固定",
    "大口子",
    "一道口子",
    "截掉",
    "碰伤",
    // (An alarm's voice and a monitor's sound too: 警报声音嘶哑, 呼吸音监测设备; a noisy
    // workshop and a stiff valve: 车间太吵听不见, 阀门不灵活.)
    "嘶哑",
    "呼吸音",
    "听不见",
    "不灵活",
    "不太灵活",
    "断了",
];

/// Words of a treatment or a patient, any of which before a term of [`BODY_MARKS`] makes it a
/// body's (予吸氧，夹板固定; 患者声音嘶哑).
const TREATED: &[&str] = &[
    "吸氧", "包扎", "清创", "缝合", "止血", "复位", "查体", "神志", "患者", "伤者", "病人",
];

/// Words that hold a character of [`BODY`] and name no part of one (手机断了信号, 木头断了).
const NOT_BODY: &[&str] = &[
    "手机", "手续", "手套", "手推", "把手", "扶手", "龙头", "木头", "码头", "接头", "喷头", "探头",
    "枕头", "插头", "镜头", "钻头", "线头", "车身", "机身", "面板", "路面", "地面", "表面", "机臂",
    "钢臂", "吊臂", "动臂", "斗臂", "脚手", "桥面", "车头", "桥头",
];

/// Parts and places of a body named in more than one character (咽部红肿, 伤处红肿, 先天畸形),
/// for [`BODY_MARKS`].
const BODY_WORDS: &[&str] = &[
    "关节",
    "口角",
    "口周",
    "口唇",
    "外阴",
    "阴囊",
    "咽",
    "扁桃体",
    "肛",
    "躯",
    "伤处",
    "患处",
    "先天",
    "声带",
    "全身",
    "口腔",
    "口鼻",
    "鼻腔",
];

/// True when a stay's length and 院 follow 住了 at `end` (`四天院`, `半个月的院`, `3天院`), not a
/// home's years (住了四年).
fn stay_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let count = rest
        .char_indices()
        .take(3)
        .take_while(|&(_, c)| "一二两三四五六七八九十几半".contains(c) || c.is_ascii_digit())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let Some(rest) = rest.get(count..).filter(|_| count > 0) else {
        return false;
    };
    ["天", "个月", "周", "个星期", "个礼拜"].iter().any(|u| {
        rest.strip_prefix(u)
            .map(|r| r.strip_prefix('的').unwrap_or(r))
            // (Not a yard: 住了十天院内无人, 院子.)
            .is_some_and(|r| {
                r.starts_with('院')
                    && !r['院'.len_utf8()..].starts_with(['内', '子', '里', '落', '墙', '门', '外'])
            })
    })
}

/// True when `x` is a term of [`FUNCTIONS`] or [`BODY_MARKS`] with no body named before it (or
/// 住了 with no stay in hospital after it).
fn bodiless(text: &str, x: &lexicon::Hit) -> bool {
    if x.word == "住了" {
        return !stay_follows(text, x.end);
    }
    if FUNCTIONS.contains(&x.word) {
        return !body_function_before(text, x.start);
    }
    // A burn's area needs the burn before it (烧伤，面积大概百分之八; not 绿地面积百分之三十).
    if x.word.starts_with("面积") {
        let before = &text[super::context::retreat(text, x.start, 16)..x.start];
        return !["烧伤", "烫伤", "灼伤", "烧到", "烫到", "度烧", "度烫"]
            .iter()
            .any(|w| before.contains(w));
    }
    BODY_MARKS.contains(&x.word) && {
        let before = &text[super::context::retreat(text, x.start, 16)..x.start];
        // (A splint names the part it holds after it: 用夹板固定了左手.)
        let after = if x.word == "夹板固定" {
            &text[x.end..super::context::advance(text, x.end, 4)]
        } else {
            ""
        };
        // A character of a body, not inside a word that only looks like one (手机, 木头).
        let body_char = before.char_indices().any(|(i, c)| {
            (BODY.contains(c) || ORGANS.contains(c))
                && !NOT_BODY.iter().any(|w| {
                    before
                        .match_indices(w)
                        .any(|(j, _)| j <= i && i < j + w.len())
                })
        });
        !body_char
            && !BODY_WORDS.iter().any(|w| before.contains(w))
            // (Or the treatment it goes with: 予吸氧，夹板固定.)
            && !TREATED.iter().any(|w| before.contains(w))
            && !after.contains(|c: char| BODY.contains(c))
    }
}

/// True when a part, an organ or a function of a body is named in the four characters before
/// `at` (肾脏功能不全, 右手拇指功能受损, 右腿伤后功能受损; not 报警系统功能不全, 电脑).
fn body_function_before(text: &str, at: usize) -> bool {
    let before = &text[super::context::retreat(text, at, 4)..at];
    // (Not any character of a body: 接头, 面板, 喷淋头 are no parts of one.)
    before.contains(|c: char| ORGANS.contains(c))
        || BODY_FUNCTIONS.iter().any(|w| {
            before.contains(w) && !["电脑", "手机", "手动"].iter().any(|x| before.contains(x))
        })
}

/// What a body's function is named after (肾功能不全, 呼吸功能不全, 双手功能受损).
const BODY_FUNCTIONS: &[&str] = &[
    "肾",
    "肝",
    "心",
    "肺",
    "脑",
    "心脏",
    "呼吸",
    "凝血",
    "认知",
    "器官",
    "手",
    "足",
    "脚",
    "腿",
    "臂",
    "肢",
    "关节",
    "听力",
    "视力",
    "吞咽",
    "语言",
    "运动",
    "生育",
    "性",
    "胃肠",
    "免疫",
    "心肺",
    "肝肾",
    "甲状腺",
    "膀胱",
    "肠",
    "肩",
    "眼",
    "指",
    "膝",
    "腰",
    "颈",
    "髋",
    "踝",
    "腕",
];

/// Words before a condition that are the sentence's, not the condition's: thought, report and
/// the copula (see [`find`]).
const SENTENCE_LEADS: &[&str] = &[
    "以为是",
    "以为",
    "觉得",
    "认为",
    "知道是",
    "反映",
    "事发后",
    "系",
    "亦因",
    "因为",
    "就是",
    "有",
];

/// Organs and parts of a face that [`BODY`] leaves out (it must not hold 心 or 皮: 中心,
/// 皮带): before 被 they keep a phrase whole (她的乳房被开水烫伤).
const ORGANS: &str = "乳肝肾脾胃肠肺膜巴颌颊额眉睛皮肤心脏";

/// Parts of a body, one of which a clause with only [`BREAKS`] in it must name.
const BODY: &str = "手指趾拇腿脚足臂膊肘肢骨头颅颈脖喉腰背胸腹肋膝踝腕掌臀髋肩眼耳鼻唇舌牙齿面脸身";

fn clause_delim(c: char) -> bool {
    matches!(
        c,
        ',' | '，'
            | '。'
            | ';'
            | '；'
            | ':'
            | '：'
            | '\n'
            | '\t'
            | '!'
            | '?'
            | '('
            | ')'
            | '“'
            | '”'
            | '《'
            | '》'
            // A table's column bar (`| 右胫腓骨开放性骨折，住院治疗 |`).
            | '|'
    )
}

/// The clause around `pos`, 120 characters each way at most: a clause between commas is far
/// shorter, and the bound keeps the work per phrase small on text with no punctuation.
fn clause_bounds(text: &str, pos: usize) -> (usize, usize) {
    const MAX: usize = 120;
    let b = text.as_bytes();
    // (A thousands separator ends no clause: 伤残赔偿金80,000.00元.)
    let ends = |i: usize, c: char| {
        clause_delim(c)
            && !(c == ','
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1..i + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit)))
    };
    let mut s = pos;
    for (i, c) in text[..pos].char_indices().rev().take(MAX) {
        if ends(i, c) {
            break;
        }
        s = i;
    }
    let mut e = pos;
    for (i, c) in text[pos..].char_indices().take(MAX) {
        if ends(pos + i, c) {
            e = pos + i;
            break;
        }
        e = pos + i + c.len_utf8();
    }
    (s, e)
}

/// The length of a bracketed qualifier at the start of `rest`: `(…)` of at most 12 characters
/// with no clause punctuation and no date in it.
fn qualifier_len(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let body = &inner[..close];
    let ok = !body.is_empty()
        && body.chars().count() <= 12
        && !body
            .chars()
            .any(|c| clause_delim(c) || matches!(c, '年' | '月' | '日' | '、'));
    ok.then_some(1 + close + 1)
}

/// True when hit `x` is a health term or a diagnosis's trigger.
fn is_term(x: &lexicon::Hit) -> bool {
    x.tags
        .iter()
        .filter_map(health_tag)
        .any(|k| matches!(k, H::Core | H::Trigger))
}

fn health_tag(t: &Tag) -> Option<H> {
    match t {
        Tag::Health(h) => Some(*h),
        _ => None,
    }
}

/// Inside “…” in the same sentence: a quoted article, not a person — unless the quotation
/// is a diagnosis (诊断为“…”, 结论为“…”).
fn quoted(text: &str, pos: usize) -> bool {
    let from = sentence_start(text, pos, 400);
    let w = &text[from..pos];
    let open = match (w.rfind('“'), w.rfind('”')) {
        (Some(a), Some(b)) if a > b => a,
        (Some(a), None) => a,
        _ => return false,
    };
    // Quoted law (《…》第十条规定：“…”) speaks of duties; a quoted decision, statement or
    // diagnosis (原决定认定“…造成右腿骨折”) of a person's health.
    let head = w[..open].trim_end_matches([' ', ':', ',']);
    ["》", "条", "款", "项", "规定", "规定的"]
        .iter()
        .any(|t| head.ends_with(t))
}

/// Counted persons (`2人受伤`, `三名工人中毒`): a tally of the accident, not anyone's
/// health. One person counted (`一人七级伤残`) is someone the reader can tell, unless only a
/// bare outcome follows (`造成1人受伤`, `致一人受伤`): that is the tally too. `head` is the
/// clause up to its first health term, `rest` from there to the end of the phrase.
fn counted(head: &str, rest: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c);
    // A bare outcome, or a list of them with their counts (`重伤、1人轻伤`, `重伤、无人死亡`).
    // (致一人中毒案: the title of a case named by its tally.)
    // (Each outcome after the first with its own count: `1人张某重伤、死亡` is one person's.)
    let bare = rest
        .trim_end_matches(['。', '.', ' ', '案', ')'])
        .trim_end_matches("以下")
        .trim_end_matches("以上")
        .split(['、', ','])
        .enumerate()
        .all(|(i, part)| {
            let n = part.trim_start_matches(numeral);
            let part = match n.strip_prefix(['人', '名']) {
                Some(p) if n.len() < part.len() => p,
                _ => match part.strip_prefix("无人") {
                    Some(p) => p,
                    None if i == 0 => part,
                    None => return false,
                },
            };
            [
                "受伤",
                "重伤",
                "轻伤",
                "轻微伤",
                "中毒",
                "窒息",
                "烧伤",
                "死亡",
            ]
            .contains(&part)
        });
    // The count after the outcome (重伤2人, 轻伤一名), read within a few characters: a walk
    // over the rest of the clause for every phrase would be quadratic on hostile input.
    let lead = rest
        .char_indices()
        .take(4)
        .find(|&(_, c)| numeral(c))
        .map_or(rest.len(), |(i, _)| i);
    let after = &rest[lead..];
    let digits: usize = after
        .chars()
        .take(4)
        .take_while(|&c| numeral(c))
        .map(char::len_utf8)
        .sum();
    if digits > 0 && after[digits..].starts_with(['人', '名']) {
        let tail = &after[digits + '人'.len_utf8()..];
        if !tail.chars().next().is_some_and(super::context::is_han) {
            return true;
        }
    }
    let chars: Vec<char> = head.chars().rev().take(9).collect();
    (0..chars.len().saturating_sub(1)).any(|i| {
        let (unit, n) = (chars[i], chars[i + 1]);
        // One person: 1 or 一 alone, not the end of 11, 21 or 十一.
        let one = (n == '1' || n == '一')
            && !chars
                .get(i + 2)
                .is_some_and(|&m| m.is_ascii_digit() || "一二三四五六七八九十百".contains(m));
        matches!(unit, '人' | '名')
            && (n.is_ascii_digit() || "一二三四五六七八九十两几多数".contains(n))
            && (!one || bare)
            // 第二人民医院: an ordinal, not a count.
            && chars.get(i + 2) != Some(&'第')
            // `4人均昏迷不醒`: each of the persons named before, a condition beyond the
            // tally's outcome.
            && (bare || i == 0 || !matches!(chars[i - 1], '均' | '都'))
    })
}

/// Where a size written last before the term at `first` begins (`约7厘米×5厘米`, `1.5cm×1.0cm`),
/// when one is there after `start`: the last number before the term is followed by a unit
/// of length.
fn size_before(text: &str, start: usize, first: usize) -> Option<usize> {
    let head = text.get(start..first)?;
    let (i, c) = head
        .char_indices()
        .rfind(|(_, c)| c.is_ascii_alphanumeric())?;
    let i = start + i + c.len_utf8();
    let metric = ["cm", "mm", "CM", "MM"]
        .iter()
        .any(|u| text[..i].ends_with(u));
    let chinese = ["厘米", "毫米", "公分"]
        .iter()
        .any(|u| text[i..].starts_with(u));
    if !metric && !chinese {
        return None;
    }
    // Back over the size's digits, units, marks of multiplication and 约 (bounded by `start`).
    let mut m = i;
    for (k, c) in text[start..i].char_indices().rev() {
        if c.is_ascii_alphanumeric() || "×xX*.约厘毫公分米".contains(c) {
            m = start + k;
        } else {
            break;
        }
    }
    Some(m)
}

/// True when `head` ends with a dose (`1.5g`, `10mg`, `1500U`, `50ml`).
fn dose_ends(head: &str) -> bool {
    ["mg", "ml", "mL", "g", "U"].iter().any(|u| {
        head.strip_suffix(u)
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()))
    })
}

/// Where a health phrase ends, when the clause goes on past it: the last health term and
/// what qualifies it, up to a word that turns to something else (`住院治疗19天期间公司派专人
/// 陪护`, `烫伤的从重因素`, `矽肺壹期后`).
fn phrase_end(text: &str, last_term: usize, e: usize) -> usize {
    let tail = &text[last_term..e];
    [
        "期间",
        "以后",
        "之后",
        "后",
        "的",
        "一事",
        "一共",
        "花了",
        "花费",
        "未能",
        // What a party argues about it (所患尘肺病不能完全归责于本公司, 住院不构成…的理由,
        // 就诊情况系你单方陈述).
        "不能完全",
        "归责",
        "不构成",
        "系你",
        "系其",
        "系单方",
        // (疾病及医疗支出情况不属于法定减轻处罚情形, 受伤等情节)
        "不属于",
        "等情节",
        // What was not done about it (员工受伤没有如实报告).
        "没有如实",
        "未如实",
        "没有报告",
        "未报告",
        // What was felt about it (对伤者受伤深表愧疚), what came after (中毒及善后处理).
        "深表",
        "善后",
        // (并报县卫健局报告: the report, not the condition.)
        "并报",
        // What it does not excuse (听力障碍不能免除…职责).
        "不能免除",
        // What the person asks for (被诊断为慢性苯中毒，要求职业病赔偿), what it cost
        // (住院及门诊费用合计…元).
        "要求",
        "费用",
        // What the condition led to or proves (腰椎间盘突出请了长假, …鉴定结论书等证据证实),
        // and the next item of a list of reasons (患重大疾病、经营暂时困难).
        "请了",
        "请假",
        "等证据",
        "证实",
        "经营",
        "医药费",
        "门诊费",
        "诊疗费",
        "药费",
        // Who took the person where (包扎了一下就开车送我去医院).
        "开车送",
        "送我去",
        "送我到",
        "把我送",
    ]
    .iter()
    .chain(ENDS_AFTER_TERM)
    .filter_map(|w| {
        let i = crate::text::scan::find_word(tail.as_bytes(), 0, w)?;
        // (并向某区卫生健康局报告: from 向, 20 characters back at most.)
        Some(if *w == "局报告" {
            let from = super::context::retreat(tail, i, 20);
            tail[from..i].rfind('向').map_or(i, |k| from + k)
        } else {
            i
        })
    })
    .min()
    .map_or(e, |i| last_term + i)
}

/// Where the name of a hospital that ends at `end` starts: back over ideographs to a word that
/// introduces a place (在, 到, 经…), not before `from`, 20 characters at most.
fn place_name_start(text: &str, from: usize, end: usize) -> usize {
    let mut at = end;
    for (n, c) in text[from..end].chars().rev().enumerate() {
        // (送某医院, 转入某医院: whoever took the person there.)
        if n == 20 || !super::context::is_han(c) || "在于到经至往赴去由因送转入".contains(c)
        {
            break;
        }
        at -= c.len_utf8();
    }
    at
}

/// Where a date that ends `head` starts (`于2024年5月`, `2024年5月`), or `head.len()`.
fn date_tail_start(head: &str) -> usize {
    let date =
        head.trim_end_matches(|c: char| c.is_ascii_digit() || "年月日号时上中下旬初底".contains(c));
    if !head[date.len()..].contains(|c: char| c.is_ascii_digit()) {
        return head.len();
    }
    date.strip_suffix('于').unwrap_or(date).len()
}

/// The length of the preposition that ends `head` (在, 于, 到…; 正在, 现在), if any.
fn preposition_len(head: &str) -> usize {
    if let Some(w) = ["正在", "现在", "仍在"].iter().find(|w| head.ends_with(*w)) {
        return w.len();
    }
    if let Some(w) = ["送往", "送至", "送到", "转入", "转至", "转往", "送入"]
        .iter()
        .find(|w| head.ends_with(*w))
    {
        return w.len();
    }
    head.chars()
        .next_back()
        .filter(|c| "在于到经至往赴去由送转".contains(*c))
        .map_or(0, char::len_utf8)
}

/// Column heads of a person's health in a table of persons (体检结果: 姓名 | 身份证号 | 检查结论).
const HEALTH_COLUMNS: &[&str] = &[
    "检查结论",
    "检查结果",
    "体检结论",
    "体检结果",
    "诊断结论",
    "诊断结果",
    "复查结论",
    "伤情",
    "受伤情况",
    "伤势",
    "健康状况",
    "住院天数",
];

/// True when `s` starts with a word written in one to three Latin letters and a Han character
/// (X线, B超): the letters are the word's, not a code before it.
fn latin_word_at(s: &str) -> bool {
    let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    (1..=3).contains(&n) && s[n..].starts_with(['线', '超', '光', '片'])
}

/// Labels of a patient's record number (`住院号：ZY2403120087`).
const RECORD_LABELS: &[&str] = &[
    "住院号",
    "住院号码",
    "病案号",
    "病历号",
    "病历号码",
    "门诊号",
    "门诊号码",
    "住院病案号",
];

/// A patient's record number after its label (`住院号：ZY2403120087`, `（病案号 2024-0312）`,
/// `住院号：（ZY 2403 120087）`): letters, digits, dashes and single spaces, with at least four
/// digits. `phrases` (in text order, disjoint): the health phrases found, which may hold it.
fn record_numbers(scan: &Scan<'_>, phrases: &[Candidate], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    for h in scan.hits.iter().filter(|h| RECORD_LABELS.contains(&h.word)) {
        let mut p = super::context::skip_label_gap(text, h.end, 4);
        if b.get(p) == Some(&b'(') {
            p += 1;
        }
        // A number written in groups (ZY 2403 120087): a space after a group of six or fewer;
        // 40 bytes at most.
        let mut e = p;
        let mut group = 0;
        while let Some(&c) = b.get(e).filter(|_| e - p < 40) {
            let spaced = c == b' '
                && (1..=6).contains(&group)
                && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
            if !(c.is_ascii_alphanumeric() || c == b'-' || spaced) {
                break;
            }
            group = if c == b' ' { 0 } else { group + 1 };
            e += 1;
        }
        let value = text[p..e].trim_end_matches(['-', ' ']);
        let e = p + value.len();
        // (Inside a phrase already: 住院治疗（住院号…）.)
        let i = phrases.partition_point(|c| c.span.end < e);
        let inside = phrases
            .get(i)
            .is_some_and(|c| c.span.start <= p && c.span.end >= e);
        if value.bytes().filter(u8::is_ascii_digit).count() >= 4 && !inside {
            out.push(Candidate::new(
                Span::new(p, e),
                PiiKind::HealthInfo,
                Role::Other,
                "health_record_number",
                Some(h.word),
                Validity::None,
                0.9,
            ));
        }
    }
}

/// The cells of a health column in a table of persons: each is one person's condition, a
/// normal result (未见异常) as much as a diagnosis, with no term needed.
fn table_cells(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let mut cells = Vec::new();
    // A table may hold both: a column of conditions and one of record numbers.
    for heads in [HEALTH_COLUMNS, RECORD_LABELS] {
        scan.layout.column(text, heads, true, &mut |_, head, cell| {
            let v = crate::text::scan::trim(&text[cell.start..cell.end]);
            // Death is the accident's outcome, published with it (伤亡人员情况 … 死亡).
            if v.is_empty()
                || matches!(v, "无" | "死亡" | "遇难" | "失踪")
                // (A dash or a slash for none: `-`, `——`, `/`.)
                || v.chars().all(|c| "-—–/／－ ".contains(c))
            {
                return;
            }
            cells.push(Candidate::new(
                cell,
                PiiKind::HealthInfo,
                Role::Other,
                "health_table",
                Some(head),
                Validity::None,
                0.88,
            ));
        });
    }
    crate::sort::by_key(&mut cells, |c| c.span.start as u128);
    // A cell replaces the phrases found inside it (the cells are in text order, disjoint).
    if !cells.is_empty() {
        out.retain(|c| {
            let i = cells.partition_point(|x| x.span.end <= c.span.start);
            !cells.get(i).is_some_and(|x| x.span.overlaps(&c.span))
        });
        out.extend(cells);
        crate::sort::by_key(out, |c| c.span.start as u128);
    }
}

/// Finds health phrases.
pub fn find(scan: &Scan<'_>, people: &[Mention], names: &[Span], out: &mut Vec<Candidate>) {
    let text = scan.text;
    // Everything before this byte is decided; a clause may hold several phrases when a cue
    // word of another recognizer cuts one short.
    let mut done = 0usize;
    let mut prev: Option<(Span, usize)> = None; // (phrase, clause end)
    let mut found: Vec<Candidate> = Vec::new();
    let mut next = 0;
    while let Some(h) = scan.hits.get(next) {
        next += 1;
        let Some(kind) = h.tags.iter().find_map(health_tag) else {
            continue;
        };
        if !matches!(kind, H::Core | H::Trigger) {
            continue;
        }
        if h.start < done {
            continue;
        }
        // 案卷进行评查: a case file (案卷), nothing caught in a machine (卷进).
        if h.word == "卷进" && text[..h.start].ends_with('案') {
            continue;
        }
        let (cs, mut ce) = clause_bounds(text, h.start);
        // A diagnosis after a colon (诊断为：热射病, 入院诊断：…) is the trigger's clause; what
        // stands before the trigger (出院小结, 病历首页) does not speak for it.
        let mut said_from = 0;
        if kind == H::Trigger && h.end == ce && text[ce..].starts_with([':', '：']) {
            let after = ce + text[ce..].chars().next().map_or(1, char::len_utf8);
            ce = clause_bounds(text, after).1.max(after);
            said_from = h.start;
        }
        // A list of what may happen under a label (主要危险有害因素：硫化氢中毒、缺氧窒息…):
        // hazards, not anyone's health.
        let hazards = text[..cs]
            .strip_suffix([':', '：'])
            .map(str::trim_end)
            .is_some_and(|l| {
                ["因素", "危险性", "事故类型"]
                    .iter()
                    .any(|w| l.ends_with(w))
            });
        let cs = cs.max(done);
        done = ce;
        if hazards {
            continue;
        }
        // A title in 《》 (《人体损伤致残程度分级》) is a standard or a law, not a person.
        if text[..cs].ends_with('《') {
            continue;
        }
        // `诊断结果：` — a clause that ends in a colon is a label, not a statement; one that
        // ends in a question mark asks (问：在哪里治疗的？).
        if matches!(text[ce..].chars().next(), Some(':' | '：' | '?' | '？')) {
            continue;
        }
        let clause_hits = lexicon::within(&scan.hits, cs, ce);
        // (A word of a report's or a payment's that comes after a condition ends the phrase
        // instead: 右腿骨折须待治疗终结后鉴定.)
        let first_hit = clause_hits.iter().find(|x| is_term(x));
        let first_term = first_hit.map_or(ce, |x| x.start);
        // (And one that names an event or a task before a condition introduces it: 该起伤亡
        // 事件造成某某右臂骨折, 某某的救治情况为左腿骨折.)
        let last_term = clause_hits
            .iter()
            .rev()
            .find(|x| is_term(x))
            .map_or(cs, |x| x.start);
        if clause_hits.iter().any(|x| {
            x.start >= said_from
                && !(ENDS_AFTER_TERM.contains(&x.word) && x.start > first_term)
                && !(LEADS_INTO_TERM.contains(&x.word) && x.end <= last_term)
                && x.tags
                    .iter()
                    .filter_map(health_tag)
                    .any(|k| k == H::Negative)
        }) || quoted(text, cs)
        {
            continue;
        }
        // Things break too (线路被落石砸断, 钢丝绳被绞断): a clause whose only terms are such
        // verbs speaks of a body only when it names a part of one.
        if clause_hits
            .iter()
            .all(|x| !is_term(x) || BREAKS.contains(&x.word))
            && !text[cs..ce].contains(|c: char| BODY.contains(c))
        {
            continue;
        }
        // (A term that needs a body and has none does not count: 呼吸音监测设备缺失.)
        let only_missing = clause_hits
            .iter()
            .all(|x| MISSING.contains(&x.word) || !is_term(x) || bodiless(text, x));
        if only_missing && !MISSING_PARTS.iter().any(|w| text[cs..ce].contains(w)) {
            continue;
        }
        // A function impaired is a body's only with an organ, a part or a body's function
        // named right before it (肾功能不全, 双手功能受损, 认知功能受损; not 报警功能不全).
        if clause_hits.iter().all(|x| bodiless(text, x) || !is_term(x)) {
            continue;
        }
        // The first health term of the clause; the phrase starts after the last introducer,
        // hospital or name before it.
        let first = first_hit.map_or(h.start, |x| x.start);
        // An injury that something did (擦伤, 压断), which an agent before it may name.
        let inflicted = first_hit.is_some_and(|x| {
            x.word
                .ends_with(|c: char| "伤断倒压烧烫砸撞夹割卷轧".contains(c))
        });
        let mut start = cs;
        for x in clause_hits {
            if x.start > first {
                break;
            }
            for k in x.tags.iter().filter_map(health_tag) {
                match k {
                    H::Intro | H::Place if x.end <= first => start = start.max(x.end),
                    H::Negative if x.end <= first && LEADS_INTO_TERM.contains(&x.word) => {
                        start = start.max(x.end)
                    }
                    H::Trigger => start = start.max(x.end),
                    _ => {}
                }
            }
        }
        // The circumstance before the condition (在用树枝扑火过程中被火焰烧伤).
        if let Some(k) =
            crate::text::scan::find_word(&text.as_bytes()[start..first.max(start)], 0, "过程中")
        {
            start += k + "过程中".len();
        }
        let i = names.partition_point(|m| m.end <= cs);
        let mut named = false;
        for m in names[i..].iter().take_while(|m| m.start < ce) {
            if m.end <= first {
                start = start.max(m.end);
                named = true;
            }
        }
        // The pronoun that points back to the person (签名系其出院返岗后补签, 报告显示其患有…):
        // the phrase starts after it.
        if let Some(k) = text[start..first.max(start)].rfind('其').filter(|&k| {
            let at = start + k;
            !text[at + '其'.len_utf8()..].starts_with(['他', '中', '余', '实', '次', '它', '间'])
                // Not inside a name (伤者陈其患有…, 王其林): after a character that is no
                // surname, or after a verb that may be one (调查其).
                && !text[..at].ends_with(['尤', '极', '及', '与'])
                && (at == cs
                    || char_before(text, at).is_some_and(|c| {
                        !super::names::is_surname(c) || "系示明称对是为将使致因把见现载知定于据经让令查".contains(c)
                    }))
                // (其母, 其妻子: a cue word, read below.)
                && !clause_hits.iter().any(|x| x.start == at)
        }) {
            start += k + '其'.len_utf8();
        }
        // The place before the condition (在车库入口处吸入大量烟雾并被火焰灼伤, 在车间突发脑梗塞,
        // 在家中晕倒): up to the word that ends a place, 12 characters at most.
        // (After a pronoun: 他在车间….)
        let pronoun = text[start..first.max(start)]
            .strip_prefix(['他', '她', '其', '我', '你'])
            .map_or(0, |_| '他'.len_utf8());
        // (Not a time: 在1月中旬, 在中午.)
        let place = &text[start + pronoun..first.max(start + pronoun)];
        if place.starts_with('在')
            && !place[3..]
                .starts_with(|c: char| c.is_ascii_digit() || "中上下当今昨前去".contains(c))
            // A place that says a condition (精神卫生中心, 戒毒所, 康复): the phrase keeps it.
            && !["医院", "卫生", "康复", "戒毒", "精神", "心理", "诊所", "疗养"]
                .iter()
                .any(|w| place.contains(w))
        {
            if let Some((k, c)) = text[start..first.max(start)]
                .char_indices()
                .skip(2)
                .take(10)
                .find(|&(k, c)| {
                    "处间场室中内里厂".contains(c)
                        // 中心 and 内科 go on: a word, not the place's end; so do a finger
                        // and a hand (左手中指, 手中).
                        && !text[start + k + c.len_utf8()..].starts_with(['心', '科', '指'])
                        && !text[..start + k].ends_with('手')
                })
            {
                start += k + c.len_utf8();
            }
        }
        // What someone said (某下楼说头很晕): the words after 说 are the condition.
        if let Some(k) = text[start..first.max(start)]
            .rfind('说')
            .filter(|&k| !text[start + k + '说'.len_utf8()..].starts_with(['明', '法']))
        {
            start += k + '说'.len_utf8();
        }
        // Words of thought and the copula before the condition (我以为是轻伤, 觉得不算重伤,
        // 某系重度颅脑损伤, 本人亦因高血压…): the sentence's. (Not a time: 目前言语功能障碍
        // goes on the phrase before it.)
        // (After a pronoun: 我以为是轻伤, 我有高血压.)
        if let Some(rest) = text[start..first.max(start)].strip_prefix(['我', '他', '她', '你'])
        {
            if SENTENCE_LEADS.iter().any(|w| rest.starts_with(w)) {
                start += '我'.len_utf8();
            }
        }
        while let Some(w) = SENTENCE_LEADS
            .iter()
            .find(|w| text[start..first.max(start)].starts_with(**w))
        {
            // (Not 有 of a word, 有毒气体, 有效救治: only right before the term.)
            if *w == "有" && start + w.len() != first {
                break;
            }
            start += w.len();
        }
        // What hurt the person (在打磨作业中被砂带机擦伤, 被叉车撞伤) is the accident's, told
        // with it: the phrase starts at the term, unless a part of the body stands before it
        // (左手被压伤).
        if inflicted
            && text[start..first.max(start)].contains('被')
            && !text[start..first].contains(|c: char| BODY.contains(c) || ORGANS.contains(c))
        {
            start = first;
        }
        // A tally after the names (顾客某、某及行人某共3人受伤) is the accident's too.
        // (The rest up to 的: 一人受伤的生产安全事故 is a bare tally.)
        let rest = &text[first.min(ce)..ce];
        let rest = rest.split('的').next().unwrap_or(rest);
        if counted(&text[start.min(first)..first.max(cs)], rest)
            && (!named || text[start.min(first)..first].contains(['人', '名']))
        {
            continue;
        }
        // A wound's size before it (右前额部1.5cm×1.0cm皮肤擦伤, 约7厘米×5厘米凹陷性创口) is the
        // phrase's; a number before the size (a date) is the sentence's, read below.
        // (Not a number that counts parts of a body or wounds: 右手第2指约1cm×1cm, 有2处约3cm.)
        if let Some(i) = size_before(text, start, first)
            .and_then(|m| {
                text[start..m]
                    .char_indices()
                    .filter(|(_, c)| c.is_ascii_alphanumeric())
                    .map(|(i, c)| start + i + c.len_utf8())
                    .next_back()
            })
            .filter(|&i| !text[i..].starts_with(|c: char| BODY.contains(c) || "处、型".contains(c)))
        {
            start = i;
        }
        // Numbers, codes and mask tokens before the first term belong to the sentence, unless
        // they count the parts of a body (左侧第3至5肋骨骨折, 腰1椎体压缩性骨折) or name a type
        // (2型糖尿病).
        if let Some(i) = text[start..first.max(start)]
            .char_indices()
            .filter(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, ']' | '*' | '-'))
            .map(|(i, c)| start + i + c.len_utf8())
            .next_back()
            .filter(|&i| {
                !text[i..].starts_with(|c: char| BODY.contains(c) || "型线椎".contains(c))
                    // (A dose: 头孢呋辛钠1.5g静滴.)
                    && !dose_ends(&text[..i])
                    // (A size: 右前额部1.5cm×1.0cm皮肤擦伤.)
                    && !["cm", "mm", "CM", "MM"].iter().any(|u| text[..i].ends_with(u))
                    // (约7厘米×5厘米凹陷性开放创口.)
                    && !["厘米", "毫米", "公分"].iter().any(|u| text[i..].starts_with(u))
            })
        {
            start = i;
            // A distance or a weight and the place it measures (井深约4米处晕倒): the
            // sentence's.
            for w in [
                "米深处",
                "米高处",
                "米远处",
                "米处",
                "公里处",
                "米",
                "公里",
                "吨",
                "公斤",
            ] {
                if text[start..first.max(start)].starts_with(w) {
                    start += w.len();
                    break;
                }
            }
            // The count's unit and 均 (4人均昏迷不醒): the sentence's.
            for w in ["人均", "人都", "名均", "名都"] {
                if text[start..first.max(start)].starts_with(w) {
                    start += w.len();
                }
            }
        }
        // A date or time before the term (于2024年1月上旬, 7月2日…作业时, 当日) belongs to
        // the sentence: the phrase starts after it, and after a clause of time ending in 时.
        if start > cs && text[..start].ends_with(|c: char| c.is_ascii_digit()) {
            let rest = &text[start..first.max(start)];
            // A duration (约5分钟后晕倒, 2小时后): its unit whole, then 后.
            let duration = ["分钟", "小时", "秒钟", "个月", "天", "周"]
                .iter()
                .find(|w| rest.starts_with(*w))
                .map_or(0, |w| w.len());
            if duration > 0 {
                start += duration;
                let rest = &text[start..first.max(start)];
                start += ["以后", "之后", "后", "左右", "许"]
                    .iter()
                    .find(|w| rest.starts_with(*w))
                    .map_or(0, |w| w.len());
            }
            let rest = &text[start..first.max(start)];
            // Units of dates and of counted things (复印件1份、住院病历…).
            let units = [
                '年', '月', '日', '号', '时', '分', '份', '张', '页', '件', '次', '、', '名', '位',
            ];
            start += rest.len() - rest.trim_start_matches(units).len();
            let rest = &text[start..first.max(start)];
            // (A part of the day: 4月17日晚因头晕…)
            let skip = [
                "上旬", "中旬", "下旬", "左右", "许", "前后", "初", "底", "中午", "中", "起",
                "晚上", "晚间", "傍晚", "早上", "早晨", "上午", "下午", "凌晨", "夜间", "夜里",
            ]
            .iter()
            .find(|w| rest.starts_with(*w))
            .map_or(0, |w| w.len());
            start += skip;
            // 4月17日晚因头晕…, not 晚期胃癌.
            let rest = &text[start..first.max(start)];
            if rest.starts_with('晚') && !rest[3..].starts_with('期') {
                start += '晚'.len_utf8();
            }
        }
        // (When an illness began, 去年因脑梗住院, is part of its history: it stays in.)
        // (于 first: 于当晚急诊行开颅术.)
        if text[start..first.max(start)].starts_with("于当") {
            start += '于'.len_utf8();
        }
        for w in [
            "入院当日",
            "入院当天",
            "当日",
            "当天",
            "当晚",
            "当时",
            "事发时",
            "事后",
            "途中",
        ] {
            if text[start..first.max(start)].starts_with(w) {
                start += w.len();
                // (And the part of the day: 当天下午做了手术.)
                for p in [
                    "上午", "下午", "中午", "晚上", "早上", "凌晨", "夜里", "傍晚",
                ] {
                    if text[start..first.max(start)].starts_with(p) {
                        start += p.len();
                        break;
                    }
                }
            }
        }
        // `…作业时` ends a clause of time; 平时, 当时, 及时, 同时 are words.
        let head = &text[start..first.max(start)];
        if let Some(t) = head.rfind('时') {
            let before = head[..t].chars().next_back();
            if before.is_some_and(|c| !"平当有及同临暂按准届随小何那此彼".contains(c))
                // (时常, 时时: often, not a clause of time.)
                && !head[t + '时'.len_utf8()..].starts_with(['常', '时'])
            {
                start += t + '时'.len_utf8();
                // 送到的时候已经昏迷, 前段时间因腰椎间盘突出症…: the word whole.
                if text[start..].starts_with(['候', '间']) {
                    start += '候'.len_utf8();
                }
            }
        }
        // Leading particles, numbers and mask tokens belong to the sentence, not the phrase.
        let mut s = start;
        // 其中 (among them) is no pronoun.
        if text[s..ce.max(s)].starts_with("其中") || text[s..ce.max(s)].starts_with("其实") {
            s += "其中".len();
        }
        while let Some(c) = text[s..ce.max(s)].chars().next() {
            // 其 (his) points back to the person: 其出院后仍在门诊康复治疗 (其间, meanwhile,
            // is the sentence's whole).
            // (还有, and also, is the sentence's whole: 还有右手背浅Ⅱ度烧伤.)
            if let Some(w) = ["其间", "还有", "我们"]
                .iter()
                .find(|w| text[s..].starts_with(*w))
            {
                s += w.len();
                continue;
            }
            if matches!(
                c,
                '的' | '为'
                    | '、'
                    | '其'
                    | '他'
                    | '她'
                    | '我'
                    | '是'
                    | '才'
                    | '又'
                    | '还'
                    | '也'
                    | '称'
                    | '说'
                    | '你'
            ) || (c.is_ascii()
                && c != '['
                // (A type: 2型糖尿病 after a list mark.)
                && !(c.is_ascii_digit() && text[s + 1..].starts_with('型'))
                // (A vertebra: L1椎体压缩性骨折; a word that starts in Latin letters: X线检查.)
                && !(text[s..]
                    .trim_start_matches(|c: char| c.is_ascii_alphanumeric())
                    .starts_with('椎')
                    || latin_word_at(&text[s..]))
                // (A term in Latin letters: 某医院ICU治疗.)
                && !clause_hits.iter().any(|x| x.start == s && is_term(x)))
            {
                s += c.len_utf8();
            } else if let Some(n) = super::names::pseudonym_at(&text[s..ce.max(s)], 0) {
                // 张某 / 欧阳某2: a name anonymised by an earlier pass.
                s += n;
            } else if c == '[' {
                match text[s..ce.max(s)].find(']') {
                    Some(i) => s += i + 1,
                    None => break,
                }
            } else {
                break;
            }
        }
        // The phrase never swallows another recognizer's cue word (a role, a label): those
        // words are not health, and masking them would change the reading of what follows.
        // A cue word skipped over as leading text (`QQ`) ends the phrase before it starts.
        let mut e = ce;
        if let Some(x) = clause_hits
            .iter()
            .find(|x| x.start >= start && !x.tags.iter().any(|t| health_tag(t).is_some()))
        {
            done = x.end;
            // Read the rest of the clause again after the cue word.
            next = scan.hits.partition_point(|y| y.start < done);
            // Before the first health term (叉车司机郑某有癫痫病史): nothing of health ends
            // here; the phrase starts after the cue word.
            if x.start < first {
                continue;
            }
            e = e.min(x.start);
        }
        // The phrase ends with its last health term's qualifiers (see [`phrase_end`]).
        // A phrase read after 诊断为 alone (no term in it) is cut from its start.
        if let Some(last) = clause_hits
            .iter()
            .filter(|x| x.end <= e)
            .filter(|x| is_term(x))
            .map(|x| x.end)
            .next_back()
        {
            let from = last.max(s);
            if from < e {
                e = phrase_end(text, from, e);
            }
        }
        // Spaces, and the list mark or conjunction before a word that ended the phrase
        // (因病住院、家庭困难; 病情和家里的情况).
        while e > s
            && (matches!(char_before(text, e), Some(' ' | '、'))
                || (e < ce && matches!(char_before(text, e), Some('和' | '及' | '与'))))
        {
            e -= char_before(text, e).map_or(1, char::len_utf8);
        }
        if e <= s {
            continue;
        }
        // A short qualifier in brackets right after the phrase is part of it (高血压3级（很高危）,
        // 烫伤（面积约1%）); a date in brackets (（2022年确诊）) belongs to the sentence.
        if e == ce {
            if let Some(n) = qualifier_len(&text[e..]) {
                e += n;
                ce = e;
                done = done.max(e);
                next = scan.hits.partition_point(|y| y.start < done);
            }
        }
        // A hospital inside the phrase (因病情加重在某市第三人民医院住院治疗) is a place,
        // published: the phrase is cut around its name.
        if let Some(x) = clause_hits.iter().find(|x| {
            x.start > s && x.end < e && x.tags.iter().any(|t| health_tag(t) == Some(H::Place))
        }) {
            let core_in = |a: usize, b: usize| {
                clause_hits
                    .iter()
                    .any(|y| y.start >= a && y.end <= b && is_term(y))
            };
            let name = place_name_start(text, s, x.start);
            let head_end = name - preposition_len(&text[s..name]);
            // A date before the hospital (因某症于2024年5月在某医院住院) is the sentence's.
            let head_end = s + date_tail_start(&text[s..head_end]);
            // A hospital named after a disease (某精神病医院) says it: the phrase stays whole.
            // A department after the hospital (转入某医院精神心理科) says it too: masked after
            // the hospital's name, with no term in it.
            let department = text[x.end..e]
                .split([',', '，', '。'])
                .next()
                .is_some_and(|t| t.contains('科') || t.contains("病区"));
            if !core_in(name, x.start) {
                if core_in(s, head_end) {
                    found.push(Candidate::new(
                        Span::new(s, head_end),
                        PiiKind::HealthInfo,
                        Role::Other,
                        "health_phrase",
                        Some(h.word),
                        Validity::None,
                        0.85,
                    ));
                    prev = None;
                }
                if !core_in(x.end, e) && !department {
                    continue;
                }
                s = x.end;
            }
        }
        let span = Span::new(s, e);
        // Join with the previous health clause when only a comma (or the 、 of a list after a
        // bracketed qualifier) separates them.
        if let Some((pspan, pce)) = prev {
            let gap = text.get(pce..s).unwrap_or("");
            if pspan.end == pce && (gap == "、" || (s == cs && matches!(gap, "," | "，"))) {
                if let Some(last) = found.last_mut() {
                    last.span = Span::new(pspan.start, e);
                    prev = Some((last.span, ce));
                    continue;
                }
            }
        }
        prev = Some((span, ce));
        found.push(Candidate::new(
            span,
            PiiKind::HealthInfo,
            Role::Other,
            "health_phrase",
            Some(h.word),
            Validity::None,
            0.85,
        ));
    }
    // A table's head over its rule (`| 住院期间 | 出院诊断 |` over `|---|---|`) names columns,
    // no one's condition.
    found.retain(|c| !over_rule(text, c.span.start));
    table_cells(scan, &mut found);
    for c in &mut found {
        let owner = scan
            .layout
            .owner(text, &scan.hits, people, c.span.start, &[]);
        c.role = match owner {
            Role::Agency | Role::Unknown => Role::Other,
            r => r,
        };
    }
    record_numbers(scan, &found, out);
    beds(scan, &found, out);
    out.extend(found);
}

/// True when the cell holding `pos` is a column's name in a table's head: a row with a rule
/// right below it (`|------|:---:|`), a cell that ends in a column's word (受伤情况, 出院诊断,
/// 住院期间, 手术/治疗). Read within 160 bytes each way (a long line is no table's row).
fn over_rule(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let from = super::context::retreat(text, pos, 60);
    let Some(open) = text[from..pos].rfind('|').map(|i| from + i) else {
        return false;
    };
    let to = super::context::floor_char(text, (pos + 160).min(b.len()));
    let Some(close) = text[pos..to].find('|').map(|i| pos + i) else {
        return false;
    };
    let cell = text[open + 1..close].trim();
    if cell.chars().count() > 8 || cell.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A column's word, or a head that names persons' columns (`| 姓名 | 疾病 |`, `| 序号 |`):
    // a first row of persons' data (`| 张三 | 男 | 精神分裂症 |`) has neither.
    let row_start = super::context::retreat(text, open, 60);
    let row = &text[text[row_start..open]
        .rfind('\n')
        .map_or(row_start, |i| row_start + i + 1)..to];
    let row = &row[..row.find('\n').unwrap_or(row.len())];
    if ![
        "情况", "诊断", "期间", "治疗", "伤情", "病情", "程度", "部位", "结果", "天数",
    ]
    .iter()
    .any(|w| cell.ends_with(w))
        && !["| 姓名 |", "|姓名|", "| 序号 |", "|序号|"]
            .iter()
            .any(|w| row.contains(w))
    {
        return false;
    }
    let Some(nl) = text[close..to].find('\n').map(|i| close + i) else {
        return false;
    };
    let next = &text[nl + 1..super::context::floor_char(text, (nl + 1 + 160).min(b.len()))];
    let next = &next[..next.find('\n').unwrap_or(next.len())];
    next.contains('-')
        && next
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '—'))
}

/// A patient's bed, which names his ward (`骨科二病区17床`, `床号：12`, `3号病房2床`): after
/// 床号, or a ward's name (病区, 病房) with its number and 床, the ward's department with it.
/// `phrases` (in text order, disjoint): the health phrases found, which may hold it.
fn beds(scan: &Scan<'_>, phrases: &[Candidate], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let mut found: Vec<Span> = Vec::new();
    // `床号：骨科二病区17床` / `床号 12`: the field's value, with a digit in it.
    for h in scan.hits.iter().filter(|h| h.word == "床号") {
        let p = super::context::skip_label_gap(text, h.end, 4);
        // (A machine's number, 车床号 or 机床号, and a bugle's call, 起床号, are no beds.)
        if p == h.end || text[..h.start].ends_with(['车', '机', '起', '铣', '钻', '磨', '刨'])
        {
            continue;
        }
        let mut e = p;
        for (i, c) in text[p..].char_indices().take(16) {
            if !(is_han(c) || c.is_ascii_alphanumeric() || c == '-') {
                break;
            }
            e = p + i + c.len_utf8();
        }
        // A ward's bed (骨科二病区17床), or a number on a patient's record (科别, 住院号 on
        // its line); a dormitory's bed is no one's health.
        // (Read within 40 characters each way: a long line costs no more per label.)
        let line =
            &text[super::context::retreat(text, h.start, 40)..super::context::advance(text, e, 40)];
        let v = &text[p..e];
        if v.contains(|c: char| c.is_ascii_digit())
            && (["床", "病区", "病房", "科"].iter().any(|w| v.contains(w))
                || [
                    "住院", "科别", "病区", "病房", "姓名", "医院", "患者", "伤者",
                ]
                .iter()
                .any(|w| line.contains(w)))
            && !line.contains("宿舍")
        {
            found.push(Span::new(p, e));
        }
    }
    // `…病区17床`, `…病房2床`: a token of digits before 床 (the scan's tokens: no search of
    // the text).
    for t in &scan.tokens {
        if !text[t.end..].starts_with('床')
            || !text.as_bytes()[t.start..t.end]
                .iter()
                .all(u8::is_ascii_digit)
        {
            continue;
        }
        let (ward, from) = (t.start, t.end + '床'.len_utf8());
        let Some(head) = ["病区", "病房"]
            .iter()
            .find(|w| text[..ward].ends_with(**w))
        else {
            continue;
        };
        // The department before it (骨科二病区, 3号病房), up to a building's or a hospital's
        // word; not a dormitory (宿舍3号病房 is no ward).
        let mut start = ward - head.len();
        for (n, c) in text[..start].chars().rev().enumerate() {
            if n == 8 || !(is_han(c) || c.is_ascii_digit()) || "部院楼层、".contains(c) {
                break;
            }
            start -= c.len_utf8();
        }
        if text[start..ward].contains("宿舍") || text[..start].ends_with("宿舍") {
            continue;
        }
        found.push(Span::new(start, from));
    }
    for s in found {
        let i = phrases.partition_point(|c| c.span.end < s.end);
        let inside = phrases
            .get(i)
            .is_some_and(|c| c.span.start <= s.start && c.span.end >= s.end);
        if !inside {
            out.push(Candidate::new(
                s,
                PiiKind::HealthInfo,
                Role::Other,
                "health_bed",
                Some("床"),
                Validity::None,
                0.88,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::names;

    fn phrases(t: &str) -> Vec<String> {
        let scan = Scan::new(t);
        let people = names::find(&scan);
        let spans: Vec<Span> = people.iter().map(|m| m.span).collect();
        let mut out = Vec::new();
        find(&scan, &people, &spans, &mut out);
        out.into_iter()
            .map(|c| scan.text[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn phrase_boundaries() {
        assert_eq!(
            phrases("造成员工王小明左腿胫腓骨骨折,经某市第一医院诊断为左胫腓骨开放性粉碎性骨折,住院手术治疗。"),
            vec!["左腿胫腓骨骨折", "左胫腓骨开放性粉碎性骨折,住院手术治疗"]
        );
        assert_eq!(
            phrases("称其本人患有冠心病,曾于去年住院治疗,家庭经济困难,请求减轻处罚。"),
            vec!["患有冠心病,曾于去年住院治疗"]
        );
        assert_eq!(phrases("张三的伤情构成九级伤残。"), vec!["九级伤残"]);
        assert_eq!(
            phrases("提出其本人腰椎间盘突出,行动不便,家庭经济困难。"),
            vec!["腰椎间盘突出,行动不便"]
        );
        assert_eq!(
            phrases("提出其本人因脑外伤导致认知障碍,无法独立表达意见"),
            vec!["因脑外伤导致认知障碍"]
        );
    }

    /// A role word before the first health term starts the phrase after it; it does not end a
    /// phrase that has no health term in it yet.
    #[test]
    fn cue_words_before_the_term() {
        assert_eq!(
            phrases("另查明,叉车司机郑国平有癫痫病史,事发当日未休息。"),
            vec!["癫痫病史"]
        );
        assert_eq!(
            phrases("员工李春燕右手食指被压断。"),
            vec!["右手食指被压断"]
        );
        assert_eq!(phrases("孕妇员工周丽娜被安排从事有毒作业。"), vec!["孕妇"]);
    }

    /// A short bracketed qualifier belongs to the phrase, a bracketed date does not; what an
    /// injury left behind is health; trouble (麻烦) is not numbness.
    /// Illness and treatment in everyday words, departments and examinations; accidents
    /// named by an injury, a rule's list of barred conditions and hospital costs are no one's
    /// health; the phrase starts after 称其 and 原因为 and ends before 一共.
    #[test]
    fn everyday_words_and_bounds() {
        assert_eq!(
            phrases("其母年老多病,长期卧床。"),
            vec!["年老多病,长期卧床"]
        );
        assert_eq!(phrases("我走快一点就喘。"), vec!["走快一点就喘"]);
        assert_eq!(phrases("每个月回心内科复查。"), vec!["每个月回心内科复查"]);
        assert_eq!(phrases("伤者左足行走不便。"), vec!["左足行走不便"]);
        // (还有 whole: and also.)
        assert_eq!(phrases("还有肌腱断了"), vec!["肌腱断了"]);
        assert!(phrases("发生一起烫伤事故,造成1人死亡").is_empty());
        assert!(phrases("并无妨碍从事相应特种作业的器质性心脏病、癫痫病。").is_empty());
        // Someone's condition next to those words is still his.
        assert_eq!(
            phrases("发生烫伤事故造成其面部烫伤住院。"),
            vec!["面部烫伤住院"]
        );
        assert_eq!(
            phrases("他患有妨碍从事特种作业的器质性心脏病,仍被安排上岗。"),
            vec!["患有妨碍从事特种作业的器质性心脏病"]
        );
        assert!(phrases("提交了住院费用结算单。").is_empty());
        assert_eq!(
            phrases("当事人在清点过程中称其患有腰椎间盘突出症。"),
            vec!["患有腰椎间盘突出症"]
        );
        assert_eq!(phrases("死亡原因为重度烧伤。"), vec!["重度烧伤"]);
        assert_eq!(phrases("住院一共花了九万多元。"), vec!["住院"]);
        assert_eq!(phrases("5月25号才出院。"), vec!["出院"]);
        assert_eq!(phrases("伤者意识尚未完全恢复。"), vec!["意识尚未完全恢复"]);
    }

    #[test]
    fn qualifiers_and_after_effects() {
        assert_eq!(
            phrases("当事人患有高血压3级(很高危)、脑梗死后遗症,请求减轻。"),
            vec!["患有高血压3级(很高危)、脑梗死后遗症"]
        );
        assert_eq!(
            phrases("另有打磨工郑国辉患有尘肺病壹期(2022年确诊),仍在岗。"),
            vec!["患有尘肺病壹期"]
        );
        assert_eq!(
            phrases("目前右手功能尚未恢复。现在左手还有点麻。"),
            vec!["目前右手功能尚未恢复", "现在左手还有点麻"]
        );
        assert!(phrases("办理手续有点麻烦。").is_empty());
        // Cancers and their treatment; a substance that causes cancer is no one's illness.
        assert_eq!(
            phrases("其妻子已行乳腺癌改良根治术,正在进行术后化疗。"),
            vec!["已行乳腺癌改良根治术,正在进行术后化疗"]
        );
        assert!(phrases("苯属于致癌物质,应当加强管理。").is_empty());
        // 第二人民医院 counts no one.
        assert_eq!(
            phrases("伤者在某市第二人民医院烧伤科住院治疗41天。"),
            vec!["烧伤科住院治疗41天"]
        );
        // The kind of an accident is no one's health; a quoted decision speaks of a person's,
        // a quoted law of duties.
        assert!(phrases("某公司较大中毒窒息事故调查报告").is_empty());
        assert_eq!(
            phrases("原决定认定:“造成右腿胫腓骨开放性骨折。”"),
            vec!["右腿胫腓骨开放性骨折"]
        );
        assert!(phrases("《职业病防治法》第二十条规定:“应当预防职业病,防止受伤”。").is_empty());
        // A tab ends a clause: cells of a table are phrases of their own.
        assert_eq!(
            phrases("某村2组\t轻伤(双上肢烧伤)"),
            vec!["轻伤(双上肢烧伤)"]
        );
    }

    /// A phrase ends with its last health term and its qualifiers, where the clause turns to
    /// something else; who says it is not part of it.
    #[test]
    fn where_a_phrase_ends() {
        assert_eq!(
            phrases("王某住院治疗19天期间公司派专人陪护,其出院后仍在门诊康复治疗。"),
            vec!["住院治疗19天", "出院后仍在门诊康复治疗"]
        );
        assert_eq!(phrases("被诊断为矽肺壹期后,单位未报告。"), vec!["矽肺壹期"]);
        assert_eq!(
            phrases("同时考虑,曾发生作业烫伤的从重因素。"),
            vec!["曾发生作业烫伤"]
        );
        assert_eq!(
            phrases("从高处坠落,致右足跟骨粉碎性骨折。"),
            vec!["右足跟骨粉碎性骨折"]
        );
        assert_eq!(phrases("其自述患有高血压三年。"), vec!["患有高血压三年"]);
        assert_eq!(
            phrases("医生说两根手指保不住了。"),
            vec!["两根手指保不住了"]
        );
        // A wound that healed is the condition too.
        assert_eq!(
            phrases("伤口长好了,但左手握不紧。"),
            vec!["伤口长好了,但左手握不紧"]
        );
        assert_eq!(
            phrases("每日服用苯磺酸氨氯地平片。"),
            vec!["每日服用苯磺酸氨氯地平片"]
        );
        assert_eq!(phrases("需每周三次血液透析。"), vec!["需每周三次血液透析"]);
        assert_eq!(phrases("曾行心脏支架植入术。"), vec!["曾行心脏支架植入术"]);
        assert_eq!(
            phrases("检查时其左脚仍有肿胀、行走跛行。"),
            vec!["左脚仍有肿胀、行走跛行"]
        );
        assert_eq!(phrases("矿方称属于轻微擦伤。"), vec!["轻微擦伤"]);
        assert_eq!(phrases("答:他双手和面部被烧伤。"), vec!["双手和面部被烧伤"]);
        assert_eq!(
            phrases("| 黄某 | 女 | 右胫腓骨开放性骨折,住院治疗 |"),
            vec!["右胫腓骨开放性骨折,住院治疗"]
        );
        // Occupational disease, and the institute that diagnosed it.
        assert_eq!(
            phrases("检查结论:疑似职业病(尘肺病),建议复查。"),
            vec!["疑似职业病(尘肺病)"]
        );
        assert_eq!(
            phrases("经某市职业病防治院诊断为矽肺壹期。"),
            vec!["矽肺壹期"]
        );
        assert!(phrases("存在职业病危害因素,未做好职业病防治工作。").is_empty());
    }

    /// A health column in a table of persons: every cell, with or without a term.
    #[test]
    fn health_columns() {
        let t = "序号\t姓名\t身份证号\t检查结论\n1\t华某\t-\t疑似职业病(尘肺病),建议职业病诊断\n2\t蒋某\t-\t目前未见异常\n3\t田某\t-\t—\n";
        assert_eq!(
            phrases(t),
            vec!["疑似职业病(尘肺病),建议职业病诊断", "目前未见异常"]
        );
        // Not in a table of persons.
        let t = "序号\t设备\t检查结论\n1\t冲床\t光电保护失效\n";
        assert!(phrases(t).is_empty());
    }

    /// A count of persons with a bare outcome is the accident's tally, one person too; one
    /// person with a grade or a diagnosis can be told.
    #[test]
    fn tallies() {
        for t in [
            "造成1人死亡、1人受伤。",
            "未停机处理,致一人受伤。",
            "造成3人中毒。",
        ] {
            assert!(phrases(t).is_empty(), "{t}");
        }
        assert_eq!(phrases("造成一人七级伤残。"), vec!["一人七级伤残"]);
        // 11 and 十一 are no one person.
        assert!(phrases("事故造成11人受伤住院治疗。").is_empty());
        assert!(phrases("事故造成十一人受伤住院治疗。").is_empty());
    }

    /// Dates, times and the work being done before the term belong to the sentence; a
    /// diagnosis in quotation marks is health information, not a quoted article.
    #[test]
    fn dates_circumstances_and_quoted_diagnoses() {
        assert_eq!(
            phrases("因其本人于2024年1月上旬因腰椎间盘突出症住院治疗九天。"),
            vec!["因腰椎间盘突出症住院治疗九天"]
        );
        assert_eq!(
            phrases("其于2024年7月2日浇注作业时左小腿被铁水烫伤,经某医院诊断为“左小腿Ⅱ度烧伤”。"),
            vec!["左小腿被铁水烫伤", "左小腿Ⅱ度烧伤"]
        );
        assert_eq!(
            phrases("员工当日因左手掌部烫伤在某医院门诊换药。"),
            // The hospital between is a place, published.
            vec!["因左手掌部烫伤", "门诊换药"]
        );
        assert_eq!(
            phrases("均经门诊清创包扎后返岗,平时需要长期吃药。"),
            vec!["均经门诊清创包扎", "平时需要长期吃药"]
        );
        // An exhibit's title is a document, not a condition.
        assert!(phrases("身份证复印件1份、住院病历首页复印件1份。").is_empty());
        assert!(phrases("株洲市中心医院出具的入院记录、出院小结复印件。").is_empty());
    }

    /// Diseases, symptoms and a stay for observation; a hospital named after a disease is part
    /// of the phrase; the case's name and a death after rescue are the accident's.
    #[test]
    fn more_conditions_and_places() {
        assert_eq!(phrases("他患尿毒症。"), vec!["患尿毒症"]);
        assert_eq!(phrases("他经常头痛。"), vec!["经常头痛"]);
        assert_eq!(phrases("留院观察2天后出院。"), vec!["留院观察2天后出院"]);
        // A hospital named after a disease is no cut in a phrase (its name says it).
        assert_eq!(
            phrases("工人王小明曾在四川省精神病医院住院治疗三个月。"),
            vec!["曾在四川省精神病医院住院治疗三个月"]
        );
        assert_eq!(
            phrases("医生说我是急性硫化氢中毒。"),
            vec!["急性硫化氢中毒"]
        );
        assert!(phrases("案件名称:某公司有限空间中毒一般生产安全事故案").is_empty());
        assert!(phrases("刘德兵经抢救无效死亡;").is_empty());
        // A hospital named after a disease says the condition.
        assert!(!phrases("你提交的四川省肿瘤医院诊断证明书经核实属实。").is_empty());
    }

    /// Tallies after names or after the outcome, titles in 《》, kinds of accident, a ward
    /// and costs are no one's health; a stitched wound and a sore throat are.
    #[test]
    fn tallies_titles_and_kinds() {
        assert!(phrases("本事故造成死亡1人,重伤2人。").is_empty());
        assert!(phrases("该厂发生一人受伤的事故。").is_empty());
        assert!(phrases("存在人员受伤且瞒报。").is_empty());
        assert!(phrases("询问地点:某医院住院部三楼").is_empty());
        assert!(phrases("治疗费用由公司承担。").is_empty());
        assert_eq!(phrases("王某有慢性咽炎。"), vec!["有慢性咽炎"]);
        assert_eq!(
            phrases("伤者行切开复位内固定术。"),
            vec!["行切开复位内固定术"]
        );
        // 正在 before a hospital stays with the sentence.
        assert_eq!(
            phrases("当事人桂长林因腰椎间盘突出正在医院做理疗。"),
            vec!["因腰椎间盘突出", "做理疗"]
        );
        assert!(phrases("造成顾客覃某、黎某及行人欧阳某共3人受伤。").is_empty());
        assert!(phrases("依据《人体损伤致残程度分级》评定。").is_empty());
        assert!(phrases("起重伤害事故造成2人死亡。").is_empty());
        assert!(phrases("出院记录(复印件)").is_empty());
        assert_eq!(phrases("缝了6针。"), vec!["缝了6针"]);
    }

    #[test]
    fn not_health() {
        // A tally of the accident names no one; a supposition is no condition.
        assert!(phrases("事故造成1人死亡、2人受伤,直接经济损失约186万元。").is_empty());
        assert!(phrases("且造成三名工人急性中毒,不符合从轻处罚的条件。").is_empty());
        assert_eq!(phrases("事故造成一人七级伤残。"), vec!["一人七级伤残"]);
        assert!(phrases("如本人因住院等原因无法及时查收,由代收人签收。").is_empty());
        assert!(phrases("未组织从业人员进行职业健康检查。").is_empty());
        assert!(phrases("随即被送往某市医院救治。").is_empty());
        assert!(phrases("该条规定“发生生产安全事故,造成人员受伤的,处以罚款”。").is_empty());
    }

    /// What happened around the condition stays with the sentence: a circumstance (过程中,
    /// 感到), a duration before the term, 时候, the label of a cause, a household's status; a
    /// list of hazards under its label and a case named by its tally are no one's health.
    #[test]
    fn circumstances_hazards_and_clinic_visits() {
        assert_eq!(
            phrases("邻居苏亚妹在用树枝扑火过程中被火焰烧伤。"),
            vec!["烧伤"]
        );
        assert_eq!(
            phrases("许东海在沿爬梯上行过程中感到头晕、胸闷,随后失去意识。"),
            vec!["头晕、胸闷,随后失去意识"]
        );
        assert_eq!(phrases("下池约5分钟后晕倒。"), vec!["晕倒"]);
        assert_eq!(phrases("送到的时候已经昏迷。"), vec!["已经昏迷"]);
        assert_eq!(
            phrases("死亡原因写的是重型颅脑损伤。"),
            vec!["重型颅脑损伤"]
        );
        assert_eq!(phrases("系本村低保户、残疾人。"), vec!["残疾人"]);
        assert_eq!(
            phrases("伤者经门诊留观2小时后离院。"),
            vec!["经门诊留观2小时"]
        );
        assert_eq!(
            phrases("伤者左侧颞部开放性伤口。"),
            vec!["左侧颞部开放性伤口"]
        );
        assert!(phrases("主要危险有害因素:硫化氢中毒、缺氧窒息、淹溺。").is_empty());
        assert!(phrases("案例三:某组织有限空间作业致一人中毒案").is_empty());
        // A tally's label is not enough: a person's condition after a colon is.
        assert_eq!(phrases("伤情:右腿骨折。"), vec!["右腿骨折"]);
        // Things break as limbs do: a broken cable is no injury, a finger is.
        assert!(phrases("因线路被落石砸断一直未修复。").is_empty());
        assert_eq!(phrases("其左手食指被压断。"), vec!["左手食指被压断"]);
        // A date before the hospital is the sentence's.
        assert_eq!(
            phrases("其因腰椎间盘突出症于2024年5月在某医科大学附属第一医院住院治疗十余天。"),
            vec!["因腰椎间盘突出症", "住院治疗十余天"]
        );
        // Everyday words, a reading and a drug; what happened after the stay is not health.
        assert_eq!(phrases("邻居说他腰疼得厉害。"), vec!["腰疼得厉害"]);
        assert_eq!(
            phrases("初步诊断:轻度低体温症,左小腿皮肤裂伤。"),
            vec!["轻度低体温症,左小腿皮肤裂伤"]
        );
        assert_eq!(
            phrases("申请人因住院未能按期提交缴款凭证。"),
            vec!["因住院"]
        );
        assert_eq!(
            phrases("他有高血压病史,家中备用药物已被水浸泡。"),
            vec!["高血压病史"]
        );
        // An appraiser's findings are health; a checklist's wording, a compensation's items,
        // the appraisal's task and a ruling's finding are not.
        assert_eq!(
            phrases("右上肢肌力2级,右侧肢体肌张力增高。"),
            vec!["右上肢肌力2级,右侧肢体肌张力增高"]
        );
        assert_eq!(phrases("评定为部分护理依赖。"), vec!["部分护理依赖"]);
        assert_eq!(phrases("每天要打胰岛素。"), vec!["每天要打胰岛素"]);
        for t in [
            "发生生产安全事故(含轻伤)按规定报告。",
            "员工受伤事故未报告。",
            "一次性伤残补助金103,500.00元。",
            "委托事项:伤残等级及护理依赖程度评定",
            "所受伤害为工伤。",
        ] {
            assert!(phrases(t).is_empty(), "{t}");
        }
        // The person addressed and a date's 起 are the sentence's.
        assert_eq!(phrases("你病假期间,由谁代管?"), vec!["病假"]);
        assert_eq!(
            phrases("自7月3日起因腰椎间盘突出复发住院"),
            vec!["因腰椎间盘突出复发住院"]
        );
    }
}
