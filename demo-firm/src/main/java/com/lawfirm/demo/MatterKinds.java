package com.lawfirm.demo;

import java.util.List;

/**
 * The kinds of work the demo firm takes on, each with what a lawyer would write about it in Chinese and English: the
 * need, the interview and assessment, the proposal, the work plan, time entries, a key event and the outcome.
 */
final class MatterKinds {

    /**
     * One kind of matter. {@code type} is intake's MatterType and decides the fee rules (contingency fees are banned for
     * criminal, labour and family matters); {@code otherRole} is the other party's role in the conflict check (ADVERSE,
     * RELATED, or null when the work has none); {@code tasks} holds a task and a milestone.
     */
    record MatterKind(String type, String area, boolean forPeople, boolean forCompanies, boolean contingencyAllowed,
                      String otherRole, String description, String need, String background, List<String> issues,
                      String risk, String objectives, String scope, List<String> tasks, List<String> activities,
                      String report, String keyEventKind, String keyEvent, String outcome) {
    }

    static final List<MatterKind> ALL = List.of(
            new MatterKind("CIVIL_LITIGATION", "LIT", true, true, true, "ADVERSE",
                    "买卖合同纠纷一审 Sales contract dispute, first instance", "追回拖欠货款 Recover the unpaid purchase price",
                    "对方收货后逾期付款，经多次催告仍未支付 The buyer took delivery and has not paid despite reminders",
                    List.of("合同履行及违约责任 performance and breach", "逾期付款利息 interest on late payment"),
                    "对方可能提出质量抗辩 the buyer may allege defects", "追回货款及利息 recover the price and interest",
                    "一审诉讼 first-instance litigation",
                    List.of("证据整理及公证 Evidence bundle and notarisation", "一审开庭 First-instance hearing"),
                    List.of("起草起诉状 Drafting the complaint", "证据梳理 Reviewing the evidence",
                            "开庭准备 Preparing for the hearing", "与客户电话会议 Call with the client", "出庭 Attending the hearing"),
                    "已立案，等待排期开庭 Filed; waiting for a hearing date", "HEARING_SCHEDULED",
                    "法院已排期开庭 The court has set the hearing date",
                    "一审胜诉，判决对方支付货款及利息 Won at first instance: price and interest awarded"),
            new MatterKind("COMMERCIAL_ARBITRATION", "ARB", false, true, true, "ADVERSE",
                    "股权转让纠纷仲裁 Share transfer dispute in arbitration", "要求对方支付股权转让款 Enforce payment of the share price",
                    "股权已过户，受让方拒付第二期转让款 The shares were transferred; the buyer refuses the second instalment",
                    List.of("付款条件是否成就 whether the payment condition was met"),
                    "对方可能主张陈述与保证违约 a warranty claim in return", "全额收回转让款 recover the full price",
                    "中国国际经济贸易仲裁委员会仲裁 CIETAC arbitration",
                    List.of("提交仲裁申请书 Filing the request for arbitration", "仲裁庭审理 Arbitral hearing"),
                    List.of("起草仲裁申请书 Drafting the request for arbitration", "选定仲裁员 Nominating the arbitrator",
                            "准备证人证言 Preparing witness statements", "庭审准备 Hearing preparation"),
                    "仲裁庭已组成 The tribunal is constituted", "HEARING_SCHEDULED", "仲裁庭通知开庭 The tribunal set the hearing",
                    "仲裁裁决支持全部请求 The award granted every claim"),
            new MatterKind("CORPORATE", "CORP", false, true, false, "RELATED",
                    "股权投资交易 Equity investment transaction", "完成 B 轮投资交易 Close a Series B investment",
                    "投资方拟以增资方式取得 15% 股权 The investor subscribes new shares for 15%",
                    List.of("估值调整条款 valuation adjustment", "董事会席位 board seats"),
                    "反垄断申报时间 merger filing timing", "按期完成交割 close on schedule", "尽职调查及交易文件 due diligence and documents",
                    List.of("法律尽职调查 Legal due diligence", "交割 Closing"),
                    List.of("尽职调查 Due diligence", "起草投资协议 Drafting the investment agreement",
                            "谈判会议 Negotiation meeting", "审阅公司章程 Reviewing the articles"),
                    "尽职调查报告已提交 Due diligence report delivered", "OTHER", "投资方要求修改估值条款 The investor wants to reprice",
                    "交易已交割 The transaction closed"),
            new MatterKind("INTELLECTUAL_PROPERTY", "IP", false, true, true, "ADVERSE",
                    "商标侵权纠纷 Trademark infringement", "制止侵权并获得赔偿 Stop the infringement and recover damages",
                    "对方在电商平台销售使用近似商标的商品 Goods under a confusingly similar mark sold online",
                    List.of("商标近似及混淆可能 similarity and confusion"), "对方可能提出商标无效宣告 an invalidation request",
                    "停止侵权并赔偿 an injunction and damages", "一审诉讼 first-instance litigation",
                    List.of("侵权证据公证 Notarised evidence of the infringement", "向法院立案 Filing at the court"),
                    List.of("侵权比对分析 Infringement analysis", "起草律师函 Drafting the cease-and-desist letter",
                            "证据保全 Preserving evidence", "起草起诉状 Drafting the complaint"),
                    "律师函已发出，对方未回复 Letter sent; no answer", "SETTLEMENT_OFFER",
                    "对方提出和解 The other side offers to settle",
                    "调解结案，对方停止侵权并赔偿 Settled by mediation: infringement stopped, damages paid"),
            new MatterKind("CRIMINAL", "CRIM", true, false, false, "RELATED",
                    "涉嫌合同诈骗罪辩护 Defence against a contract fraud charge", "无罪或罪轻辩护 Defend against the charge",
                    "当事人被指控在合同履行中虚构事实 The client is accused of misrepresentation in a contract",
                    List.of("主观上是否具有非法占有目的 intent to defraud"), "证据材料可能补充 the file may grow",
                    "争取不起诉或从轻处理 non-prosecution or leniency", "侦查及审查起诉阶段辩护 investigation and review stages",
                    List.of("会见当事人 Meeting the client in detention", "阅卷 Reviewing the case file"),
                    List.of("会见 Detention visit", "阅卷 Reviewing the file", "起草辩护意见 Drafting the defence submission",
                            "与检察官沟通 Meeting the prosecutor"),
                    "已会见当事人并提交法律意见 Met the client; submission filed", "RULING",
                    "检察院决定延长审查期限 The procuratorate extended its review",
                    "检察院作出不起诉决定 The procuratorate decided not to prosecute"),
            new MatterKind("LABOUR_REMUNERATION", "LAB", true, true, false, "ADVERSE",
                    "劳动报酬争议仲裁 Unpaid wages before the labour tribunal", "追索或抗辩工资差额 Wages in arrears",
                    "双方对加班工资计算存在争议 The parties disagree on overtime pay",
                    List.of("加班事实认定 proof of overtime"), "考勤记录不完整 incomplete time records",
                    "依法确定工资差额 settle the arrears by law", "劳动仲裁 labour arbitration",
                    List.of("劳动仲裁申请 Filing at the labour arbitration commission", "仲裁开庭 Tribunal hearing"),
                    List.of("计算工资差额 Calculating the arrears", "起草仲裁申请书 Drafting the application",
                            "庭审准备 Hearing preparation"),
                    "仲裁委已受理 The commission accepted the case", "HEARING_SCHEDULED", "仲裁委通知开庭 Hearing date set",
                    "仲裁裁决支付工资差额 The tribunal awarded the arrears"),
            new MatterKind("MARRIAGE_INHERITANCE", "FAM", true, false, false, "ADVERSE",
                    "法定继承纠纷 Inheritance dispute", "依法分割遗产 Divide the estate by law",
                    "父亲去世未立遗嘱，兄弟姐妹对房产分割有争议 No will; the siblings disagree over the flat",
                    List.of("遗产范围 what the estate holds"), "房产评估价值争议 the valuation of the flat",
                    "公平分割遗产 a fair division", "一审诉讼及调解 litigation and mediation",
                    List.of("遗产清单梳理 Inventory of the estate", "调解 Mediation session"),
                    List.of("遗产清单梳理 Inventory of the estate", "家事调解 Family mediation", "起草起诉状 Drafting the complaint"),
                    "已申请法院调解 Court mediation requested", "HEARING_SCHEDULED", "法院安排调解 The court set a mediation",
                    "调解结案，遗产按协议分割 Settled: the estate divided as agreed"),
            new MatterKind("NON_LITIGATION", "NL", true, true, false, null,
                    "常年法律顾问 General counsel retainer", "日常合同审查及合规咨询 Contract review and compliance advice",
                    "客户业务扩张，需要常年法律支持 The client is growing and wants standing advice",
                    List.of("合同风险管理 contract risk"), "咨询量波动 varying workload", "降低合规风险 fewer compliance risks",
                    "一年期常年法律顾问 a one-year retainer",
                    List.of("合同模板更新 Updating contract templates", "年度合规培训 Annual compliance training"),
                    List.of("审阅合同 Contract review", "合规咨询 Compliance advice", "电话咨询 Telephone advice",
                            "起草法律意见书 Drafting a legal opinion"),
                    "本月审阅合同 12 份 Twelve contracts reviewed this month", "OTHER", "客户收到监管问询函 A regulator's inquiry",
                    "顾问期满，服务完成 Retainer completed"),
            new MatterKind("ADMINISTRATIVE", "ADM", false, true, false, "ADVERSE",
                    "行政处罚复议 Review of an administrative penalty", "撤销行政处罚决定 Have the penalty set aside",
                    "市场监管部门以虚假宣传为由作出罚款 A fine for misleading advertising",
                    List.of("处罚程序是否合法 due process"), "复议维持的可能 the penalty may stand",
                    "撤销或变更处罚 set aside or reduce", "行政复议 administrative review",
                    List.of("提交行政复议申请 Filing for administrative review", "听证 Hearing"),
                    List.of("研究处罚依据 Researching the legal basis", "起草复议申请书 Drafting the review application",
                            "听证准备 Hearing preparation"),
                    "复议申请已受理 The review was accepted", "HEARING_SCHEDULED", "复议机关通知听证 Hearing date set",
                    "复议机关撤销处罚决定 The penalty was set aside on review"));

    private MatterKinds() {
    }

    /** The kinds open to a client of this kind (a company is never defended in a family matter). */
    static List<MatterKind> forClient(boolean person) {
        return ALL.stream().filter(k -> person ? k.forPeople() : k.forCompanies()).toList();
    }
}
