# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next329/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 63 (built by helper c329, for round 64): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full, older rulings only where a ruling quoted there led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next329/make_expected.py tests/data/plans-next329
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the wrapper rebuilt in front of it gives exactly the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 83's x311_03 第四条: 做好 included; Round 85's "
           "x321_04 第十条); a review of a submission and the decision on it (Round 85's x319_01 第七条（三）（四）, x321_02), "
           "a sending (Round 83's x315_01 第十一条), a payment (round 30's payer) and options (可, round 49 p46b) name none")
DEFINED = ("a defined short name 「（以下简称“X”）」: the full name at the defining bracket, the short name where the body acts "
           "later, as printed (round 43; Round 81's x310_04; Round 83's x315_02 governs), the other form accepted")
BENSHI = ("本市 before a kind is a place, no part of the name (Round 85's x321_01 六、（三）; round 41), the name with it "
          "accepted; 「市、区X部门」 one name as printed (round 30)")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 87's x325_03 三、): a task "
          "naming no unit")
RECUR = ("a date that recurs each year (or month) is a rhythm, no item deadline (round 34; Round 81's x309_02 第七条: a "
         "yearly day)")
LIMIT = ("a time limit running from an event 「收到…通知的30日内」「开征3年内」 is no target and no deadline (rounds 33, 54, "
         "58; Round 87's x326_08 二/1)")
FILED = ("Round 87 (turned x325_02 第十五条, x328_01 第十条): a body the rules task sending its own results 「报…备案」 has a "
         "duty (round 48; round 57's x254_01 第十二条), round 42's no-duty filing being a party's on its own matters")

# ---------------------------------------------------------------------------------------------------------
X01 = "x329_01_shi-jiaotongwei-2026-gaosu-gonglu-dianzi-buting-che-shoufei-guanli-guiding.txt"
P01 = "上海市高速公路电子不停车收费管理规定"
N01 = "上海市交通委员会关于印发《上海市高速公路电子不停车收费管理规定》的通知"
JYDW, LWJS, FXJG = "经营管理单位", "联网结算机构", "发行机构"
THREE = [JYDW, LWJS, FXJG]
DYZX = "市道运中心"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪交行规〔2026〕6号 (printed on line 3 and in the stored front matter)",
     issuer="上海市交通委员会",
     date="2026-04-07",
     date_note="the cover is signed 2026年4月7日 (line 13; the index gives 2026-04-08); in force 2026-05-01 to 2031-04-30 "
               "(the cover and 第十九条); no item is dated",
     level="the city transport commission, to the units concerned: how the highway electronic toll collection (ETC) "
           "system is built, run and supervised — the commission, the road-transport development centre, the highway "
           "operators, the clearing body and the card issuer",
     source=src("上海市交通委员会关于印发《上海市高速公路电子不停车收费管理规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::76114cbd4cfe48008aedc2b30775efa9", 2594),
     style="a cover notice, then the rules' title and 19 articles, each a heading line 「第N条（heading）」 with its "
           "paragraphs below, separated by blank lines; 第四条 a 职责分工 article of five paragraphs each opening with a "
           "body (defined short names 市道运中心, 经营管理单位, 联网结算机构, 发行机构); 第八条 a contents list （一）–（五）",
     leaf_tasks=10, count_alternatives=[11, 12, 13, 14],
     leaf_tasks_by_section={"第四–八条": 5, "第十一条": 1, "第十四–十七条": 4},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], ["上海市交通委员会", "上海市道路运输事业发展中心", "高速公路经营管理单位",
                                 "高速公路联网结算管理机构", "ETC发行服务机构"],
          responsible_alternatives=[["上海市交通委员会", DYZX, JYDW, LWJS, FXJG]],
          **art(X01, ["第四条（职责分工）"]),
          note="「上海市交通委员会负责本市ETC政策…的制定以及组织实施等管理工作。 上海市道路运输事业发展中心（以下简称“市道运中心”）负责ETC管理领域日常事务… 高速公路经营管理单位（以下简称“经营管理单位”）具体负责…建设和运行。 高速公路联网结算管理机构（以下简称“联网结算机构”）负责ETC通行交易清分结算工作。 ETC发行服务机构（以下简称“发行机构”）负责沪通卡和车载单元发行和服务…」 — "
               "a 职责分工 article of paragraphs each opening with a body is one task naming every body once, in printed "
               "order (Round 82's p60c-1; Round 87's x328_04 三, governs), each by 负责／具体负责 (rule 2); " + DEFINED
               + " (the short names accepted); no 牵头: lead []; " + NODATE),
        S(["第五条（系统的建设和运行）"], [], THREE + ["新建高速公路"], responsible_alternatives=[THREE],
          **art(X01, ["第五条（系统的建设和运行）"]),
          note="「经营管理单位、联网结算机构和发行机构应当按照国家相关技术标准和规范实施ETC系统的建设和升级改造，并通过市道运中心组织的联网接入测试。 新建高速公路应当同步建设ETC系统。 经营管理单位应当对其所管理的ETC相关系统设备和设施进行维护和更新，…及时、合理调整ETC车道的设置。」 — "
               "实施 is rule 2's verb and in articles any verb of doing names its subject (" + ARTICLE + "); 和 joins names "
               "(round 34); the defined short names as printed (Round 81's x310_04); 市道运中心 stands inside the noun "
               "「市道运中心组织的联网接入测试」, no doer (round 30: a body inside a noun's description); 「新建高速公路应当同步"
               "建设」: in articles a facility a rule addresses stands for the body that runs it, named as printed (Round 85's "
               "decided x317_04 第三十一条; Round 87's x323_01 第十条 [车库]) (RULING? 1: or the highway a thing, no unit — "
               "the list without it accepted); no 牵头: lead []; " + NODATE),
        S(["第六条（密钥管理）"], [], [DYZX], lead_alternatives=[[DYZX]], **art(X01, ["第六条（密钥管理）"]),
          note="「市道运中心应当按照国家相关规定管理ETC的密钥系统。 市道运中心委托发行机构和联网结算机构保管和使用密钥系统的，应当同时明确密钥系统的保管和使用要求。」 — "
               + ARTICLE + ": 管理 and 明确 name 市道运中心 (its subject carried across the 的-clause, rounds 34, 49 p46d); "
               "the bodies it may entrust are the object of 委托 inside a case, no doers (round 30's pivot); " + ONE_LEAD
               + "; " + NODATE),
        S(["第七条（发行服务）"], [], [FXJG], lead_alternatives=[[FXJG]], **art(X01, ["第七条（发行服务）"]),
          note="「发行机构应当根据本市ETC发展计划，设置ETC客户服务中心、建设客户服务系统，布设ETC客户服务网点，发展ETC车辆用户。 发行机构应当通过小程序、公众号、网站、电话等服务渠道，为用户提供信息查询、业务咨询、投诉受理等服务。」 — "
               + ARTICLE + "; the defined short name as printed; 提供…服务 to users is service, not a sending of records; "
               + ONE_LEAD + "; " + NODATE),
        S(["第八条（用户章程）"], [], [FXJG], lead_alternatives=[[FXJG]], **art(X01, ["第八条（用户章程）"]),
          note="「发行机构应当制定并公布车载单元及沪通卡的用户章程。 用户章程包括以下主要内容：（一）…性质、用途；…（五）其他需要说明的内容。」 — "
               "lines that only list the contents of a document the work draws up are the article's text, not items "
               "(Round 86's (a): 「contents of a contract or of a plan」; Round 83's x313_03 第十三条), so the article is one "
               "task (RULING? 2: or the five lines as leaves, count 13 or 14); " + ARTICLE + "; " + ONE_LEAD + "; " + NODATE),
        S(["第十一条（管理制度）"], [], THREE, **art(X01, ["第十一条（管理制度）"]),
          note="「经营管理单位、联网结算机构、发行机构应当建立健全财务、审计、统计、票据和报表管理制度，定期向市道运中心报送ETC统计信息。」 — "
               + ARTICLE + " (建立健全); the receiver 市道运中心 no unit (rule 3); the statistics sent to the centre are a "
               "duty: the three are bodies the rules task (第四条), so " + FILED + "; 定期 prints no rhythm: an undated duty "
               "(RULING? 3: or the operators' own figures on their own matters, no duty); no 牵头: lead []; " + NODATE),
        S(["第十四条（数据安全）"], [], THREE, **art(X01, ["第十四条（数据安全）"]),
          note="「经营管理单位、联网结算机构和发行机构的数据处理活动应当依照法律、法规规定，建立健全全流程数据安全管理制度，采取相应的技术措施和其他必要措施，保障数据安全。」 — "
               "the three bodies' own data work bound by 应当 (the sentence's head 数据处理活动 is theirs), " + ARTICLE
               + " (建立健全, 采取); no 牵头: lead []; " + NODATE),
        S(["第十六条（车辆通行）"], [], [JYDW], lead_alternatives=[[JYDW]], **art(X01, ["第十六条（车辆通行）"]),
          note="「经营管理单位应当按照相关标准设置收费站标志和标线。 ETC车辆用户通过ETC收费道口时，应当…减速通行。 未安装ETC车载单元车辆不得进入ETC专用车道；…一旦误入，应当服从指挥，尽快驶离。」 — "
               + ARTICLE + " (设置); the rules for drivers passing the toll gate bind whoever drives, text, no unit (Round "
               "80: a rule to everyone; Round 85's x317_03 第十四条: an order to whoever); " + ONE_LEAD + "; " + NODATE),
        S(["第十七条（行业检查和社会监督）"], [], ["市交通委"] + THREE, responsible_alternatives=[["市交通委"]],
          **art(X01, ["第十七条（行业检查和社会监督）"]),
          note="「市交通委应当建立、健全本市ETC监督检查机制，向社会公开举报、投诉方式，并督促经营管理单位、联网结算机构和发行机构及时处理存在的相关问题。 经营管理单位、联网结算机构和发行机构应当自觉接受社会监督，对社会公众的意见和投诉应当及时处理和反馈。」 — "
               + ARTICLE + ": 建立、健全 names 市交通委 (the short name of the cover's issuer as printed, round 43), the "
               "bodies after 督促 its objects (round 30's pivot); in the second paragraph 接受社会监督 names no act (Round 87's "
               "x325_01 第二十五条), but handling and answering the public's complaints about their service is the three "
               "bodies' own service work (第七条 gives the issuer 投诉受理), verbs of doing in articles (RULING? 4: or a decision on "
               "a complaint, none, Round 85's x322_02 第二十条 — [市交通委] alone accepted); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "经营管理单位、联网结算机构、发行机构定期向市道运中心报送ETC统计信息", "when": "定期", "when_norm": None,
              "note": "第十一条 — bodies the rules task (第四条) sending their own statistics to the centre: " + FILED
                      + "; 定期 names no rhythm, an undated duty (RULING? 3)"}],
     notes=["counting (leaf tasks): the cover's 「特此通知」 no task; 第一条 purpose, 第二条 scope, 第三条 definitions, 第十九条 "
            "entry into force and validity — general provisions (round 30); 第九条 「…清分结算规则按照国家相关规定执行」 only points "
            "to other rules and 第十八条 「车辆违反规定进入ETC专用车道的，按照有关规定实施行政处罚」 a consequence with no agent that "
            "points to the law — no tasks (Round 87's x325_01 第二十五条, turned: a pointer to the law for a consequence with no "
            "agent is a general provision); 第十条 「…优惠政策应当依托ETC系统实现」 states how the discounts are given, the "
            "scheme's terms, no act of a body (Round 85's x321_01 三、（一）) (RULING? 5); 第十二条 the users' option to get "
            "receipts (可, round 49) and 第十三条 the users' duty when they apply (round 30's applicant; Round 87's x325_01 "
            "第十五条) no tasks; 第四、五、六、七、八、十一、十四、十五、十六、十七条 one task each → **10** (第八条 with its contents "
            "list as its text, 第十五条 the three bodies' data-protection duty, unsampled). Accepted: 11 (第十条 or 第十八条 "
            "counted, RULING? 5), 12 (both), 13 and 14 (第八条's contents lines as leaves, without or with its catch-all （五）, "
            "RULING? 2).",
            "units: article subjects (round 44); the defined short names of 第四条 as printed where the bodies act later; "
            "市交通委 (第十七条) as printed",
            "dates: no item is dated; 2026年5月1日 and 2031年4月30日 the validity; 2026年4月7日 the signing",
            "figures: none (「2026年市交通委第5次主任办公会议」 a meeting's name, unchecked)",
            "duties: one undated — 第十一条's statistics 定期向市道运中心报送 (RULING? 3)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x329_02_shi-jiaotongwei-2026-putong-gonglu-zhongyang-jiangbu-zijin-shiyong-shishi-xize.txt"
P02 = "上海市普通公路中央奖补资金使用实施细则（试行）"
N02 = "关于修订《上海市普通公路中央奖补资金使用实施细则》的通知"
GQ = "各区交通管理部门"
QCZ = "区财政部门"
SJW = "市交通委"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="附件1's title line (line 25) or the notice's title (line 1): either (round 45's pair); the notice prints "
                "the rules' name without 「（试行）」",
     doc_no="沪交财〔2026〕70号 (the stored front matter; the text prints none)",
     issuer="上海市交通委员会",
     date="2026-02-10",
     date_note="the cover is signed 2026年2月10日 (line 21); the rules take effect on publication (第十五条); the dates in "
               "the articles recur each year (每年10月底前, 每年3月底前) or run from an event (30日内); no item is dated",
     level="the city transport commission, to the district transport departments and two city centres: how the central "
           "government's reward-and-subsidy funds for ordinary highways are allocated by district, spent, evaluated and "
           "supervised, with the yearly evaluation index",
     source=src("关于修订《上海市普通公路中央奖补资金使用实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::2d2e78c86207456ebdef0708df8387ef", 5127),
     style="a cover notice listing two attachments; 附件1 the rules, 15 articles 「第N条  text」 (two spaces) in five "
           "chapters 「第一章   总  则」, 第三、四、六条 with items （一）–（三）, a formula and its variables on lines of their "
           "own; 附件2 the evaluation index, headed points 一、–四、 with （一）–（四） and scoring tables flattened one cell a line",
     leaf_tasks=8, count_alternatives=[9, 10, 11, 20, 21],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 2, "第八–十一条": 4},
     childless_top_level_sections=[],
     samples=[
        S(["第四条", "（一）"], [], [GQ], lead_alternatives=[[GQ]], not_targets=[(60, "%")],
          **art(X02, ["第四条", "（一）"]),
          note="「（一）中央预拨的交通运输领域专项资金根据各区的建设任务因素（权重60%）和养护任务因素（权重40%）进行分配。…各区分配权重=0.3×Ai+…… 各区交通管理部门应在每年10月底前梳理下年度补贴项目情况、奖补资金需求，并设置绩效目标，报市交通委备案。分配至各区的预拨资金额度不超过该区申报的奖补资金需求金额。…」 — "
               "an item of the scheme's allocation terms that also gives work is a task (round 39; Round 87's x325_04 六、), "
               "its body the subject of 梳理, 设置 (" + ARTICLE + "); the receiver of 备案 no unit (rule 3); the districts' "
               "yearly plan sent to the commission is a yearly duty (Round 81's x309_02 第七条; Round 87's x328_04 四、（一））; "
               + RECUR + "; the weights 「（权重60%）」 with no comparison word are the ratio the allocation follows, a norm, "
               "no target (round 30's 「原则上按500户配1名」; Round 83's x314_06: a norm is a ratio the work follows) (RULING? 6: "
               "or a policy quantity of the item, a target by round 25); " + ONE_LEAD + "; " + NODATE),
        S(["第五条"], [], [GQ, SJW], **art(X02, ["第五条"]),
          note="「第五条  各区交通管理部门应根据…数据申报专项工作要求，认真做好相关基础数据更新管理、末端数据及时填报等工作，确保评价数据完整、准确。 每年3月底前，市交通委结合…年度绩效评价成果等，组织开展上一年度普通公路“以奖代补”专项评价。」 — "
               "做好 names its subject in articles (" + ARTICLE + "), and 组织开展 is rule 2's (组织＋verb; 组织＋review "
               "names its subject, Round 81's x309_02 第十二条); the districts' data filled in for the evaluation is their "
               "own work, no sending to a receiver; " + RECUR + " (每年3月底前); no 牵头: lead []; " + NODATE),
        S(["第六条", "（一）"], [], ["项目实施单位"], lead_alternatives=[["项目实施单位"]], **art(X02, ["第六条", "（一）"]),
          note="「第六条  中央下达奖补资金后，市交通委…编制分配方案及细化绩效目标报市财政局；市财政局据此分配下达奖补资金。其中：」 over 「（一）分配至市管项目的奖补资金预算：由项目实施单位按相关预算管理要求执行。」 — "
               "an article with numbered items is no leaf, its opening paragraph the text that leads into them (Round 83's "
               "x311_04 第十一条; Round 85's x322_04 第十九条); the agent of 由 with a verb of doing is a doer (rule 2: 由A＋"
               "执行), the item the units' carrying out of a budget, not money moved (Round 81's x309_03 四、 read where money "
               "goes); the lead-in names no rule-2 clause for its items (its 编制…报, a sending, and 分配下达, money) (rule 4); "
               + ONE_LEAD + "; " + NODATE),
        S(["第六条", "（二）"], ["各相关区交通管理部门"], ["各相关区交通管理部门", QCZ], lead_alternatives=[[]],
          not_targets=[(30, "日")], **art(X02, ["第六条", "（二）"]),
          note="「（二）分配至区的奖补资金预算：在收到下达通知的30日内，各相关区交通管理部门应按照中央及本市奖补资金管理要求，会同区财政部门安排补助项目、细化绩效目标，并就建设、养护项目分别征询市交通委（交通建设处、设施养护处）意见后，报市交通委（计划财务处）备案。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; 会同 reaches any verb but a review, Round "
               "85's x321_01 五、（二））; the commission, whose views are sought and which receives the filing, no unit (rule 3); "
               + LIMIT + "; the filing of the districts' own project list is an undated duty (" + FILED + "; the 30 days "
               "run from an event, so no date); " + NODATE),
        S(["第八条"], ["区交通管理部门"], ["区交通管理部门", QCZ], lead_alternatives=[[]], **art(X02, ["第八条"]),
          note="「第八条  因项目实施内容调整等原因导致下达的奖补资金难以执行的，区交通管理部门应会同区财政部门及时组织调整补助项目，征询市交通委（交通建设处、设施养护处）意见后，报市交通委（计划财务处）备案。」 — "
               "an item whose whole work is the response to a case takes its doers (round 30's clarification; Round 85's "
               "x319_01 第六条（三）), rule 3's contingency being a case inside other work; 「A会同B＋组织调整」: lead A (lead [] "
               "accepted), responsible A, B (rule 2); the name printed without 各 here kept as printed (rounds 33, 43); the "
               "filing an undated duty (" + FILED + "); " + NODATE),
        S(["第九条"], [GQ, SJW], [GQ, QCZ, SJW, "市财政局"], lead_alternatives=[[]], **art(X02, ["第九条"]),
          note="「第九条  各区交通管理部门应会同区财政部门加强对分配至区的奖补资金全过程预算绩效管理，强化区级项目管理，科学设置绩效目标，加强绩效运行监控。在年度工作任务完成后，及时完成项目绩效自评价等工作。 市交通委会同市财政局根据相关要求组织开展年度奖补资金绩效评价工作。」 — "
               "two 「A会同B＋verb」 clauses, each lead A with B (rule 2), bodies that lead different parts all leads (Round "
               "83's x316_02 （二十）; Round 87's x327_02 二), in printed order; 「A会同B组织＋review」 names A and B (Round 87's "
               "x327_02 三、（二））; lead [] accepted; " + NODATE),
        S(["第十条"], [], [GQ], lead_alternatives=[[GQ]], **art(X02, ["第十条"]),
          note="「第十条  各区交通管理部门应按照财政资金管理要求和工程管理要求，做好奖补资金使用监督和项目进度、安全质量监督，建立“谁申报、谁负责”“谁花钱、谁负责”的责任机制。」 — "
               + ARTICLE + " (做好, 建立); 负责 inside the quoted slogans is a mechanism's name, no clause (round 30: a body "
               "inside a noun's description); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条"], [], [SJW, "市财政局"], **art(X02, ["第十一条"]),
          note="「第十一条  市交通委、市财政局按照职责对奖补资金使用、项目绩效等组织督查抽查。由市交通委（交通建设处、设施养护处）分别对建设、养护项目开展年度实施情况检查。」 — "
               "组织＋verb names its subjects (rule 2), and 由A＋开展 names A again (rule 2), the bracket of the commission's "
               "own divisions saying which part of it acts, no name of its own (Round 85's x321_01 三、（二）: a bracket that "
               "stands in for a body is dropped), each body once; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[(24, "%"), (16, "%")],
     phases=[],
     duties=[{"what": "各区交通管理部门应在每年10月底前梳理下年度补贴项目情况、奖补资金需求，并设置绩效目标，报市交通委备案",
              "when": "每年10月底前", "when_norm": "yearly (by 10-31)",
              "note": "第四条（一） — the districts, bodies the rules task, send their yearly project needs and goals to the "
                      "commission with a day each year (Round 81's x309_02 第七条; Round 87's x328_04 四、（二））"},
             {"what": "会同区财政部门安排补助项目、细化绩效目标，征询市交通委意见后，报市交通委（计划财务处）备案", "when": "收到下达通知的30日内",
              "when_norm": None,
              "note": "第六条（二） — the districts' own project list filed with the commission: " + FILED + "; 30日内 runs from "
                      "an event, so no date"},
             {"what": "区交通管理部门应会同区财政部门及时组织调整补助项目，征询市交通委意见后，报市交通委（计划财务处）备案", "when": None,
              "when_norm": None,
              "note": "第八条 — the adjusted project list filed with the commission: " + FILED + "; undated"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 and its 附件 list no tasks; 附件1: 第一条 purpose, 第二条 scope, "
            "第十五条 entry into force and repeal — general provisions (round 30); 第三条 （一）–（三） say what the funds may "
            "pay for and their ceilings, the scheme's terms (Round 81's x309_03 四、: where money goes), no tasks; 第四条 "
            "（一） a task (its districts' yearly filing beside the weights), （二） the reward of the five best districts by "
            "class with no doer and no 要／应, the scheme's terms (Round 85's x318_07 二, turned), （三） 「由市交通委…统筹分配」 "
            "money alone, a payer (Round 87's x323_02 第三十六条: 统筹安排 names a payer where its matter is money alone) — "
            "第四条 1; 第五条 1; 第六条 （一）（二） 2 (its opening paragraph their lead-in); 第七条 「各区交通管理部门应会同区财政部门"
            "及时拨付奖补资金」 an article whose only act moves money, the scheme's terms (Round 83's x311_01 第七条, 第三十九条) "
            "(RULING? 7); 第八、九、十、十一条 1 each (4); 第十二条 the scheme's own sanction with no agent 「…在下一年度评价时予以扣分"
            "…不再安排奖补资金」 and 第十三条 「…按照…相关规定处理」 consequences that point to the law or the scheme, no tasks "
            "(Round 87's x325_01 第二十五条, turned); 第十四条 「…按照本实施细则执行，补助标准和分配方式另行制定」 a scope with no "
            "agent, a general provision (round 30; Round 85's x322_04 第二十五条 named A only with 由A) → **8**. 附件2, the "
            "evaluation index, only says how each district's score is reckoned — a standard of reckoning, text (Round 87's "
            "x325_04 五、（三））, its one act 「由市交通委组织各区上报…年度投资计划，经综合平衡后确定各区年度任务目标」 an "
            "indicator's definition (一、（四）) — no tasks. Accepted: 9 (第七条 a task with lead 各区交通管理部门, RULING? 7), "
            "10 (第四条 （二）（三） counted), 11 (both, and 第十二条), 20 and 21 (附件2's numbered lines counted as leaves, "
            "12 or 13 with its childless 四、).",
            "units: article subjects (round 44) and rule 2's 会同 and 组织; the commission's divisions in brackets no names; "
            "the commission as receiver and consultee no unit (rule 3)",
            "dates: no item is dated — 每年10月底前, 每年3月底前 recur (round 34), 30日内 runs from an event, 2026年2月10日 the "
            "signing",
            "figures: plan targets 24 % and 16 % (第四条（二）'s shares of the first and fifth districts, the scheme's terms, "
            "Round 85's x318_07: the rates plan targets); not targets 60 % (a weight, RULING? 6) and 30 日 (a time from an "
            "event); unchecked: the other weights 40 / 30 / 10 %, 22 / 20 / 18 %, the formula's 0.3 and 0.1, 附件2's scores "
            "and bands (a scoring table, text), 后续两年 (第十二条, no task), document numbers",
            "duties: three — 第四条（一）'s yearly filing by 10-31, 第六条（二）'s and 第八条's undated filings of the districts' "
            "project lists (Round 87's turned reading of 备案 by a tasked body)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x329_03_shi-caizhengju-2026-wushui-chulifei-zhengshou-shiyong-guanli-shishi-banfa.txt"
P03 = "上海市污水处理费征收使用管理实施办法"
N03 = "关于修订印发《上海市污水处理费征收使用管理实施办法》的通知"
SQS = "市、区水行政主管部门"
BSQS = "本市" + SQS
SWB = "水行政主管部门"
GSQY = "公共供水企业"
WSFW = "城镇污水处理服务单位"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title (line 17) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪财发〔2026〕2号 (the stored front matter; the text prints none)",
     issuer="上海市财政局, 上海市发展和改革委员会, 上海市水务局",
     date="2026-02-25",
     date_note="the cover is signed by the three bureaus 2026年2月25日 (lines 7–13); in force 2026-03-01 to 2031-02-28 "
               "(第三十七条); the dates in the articles recur each month or year; no item is dated",
     level="the city finance bureau, development and reform commission and water bureau, to the district bureaus and the "
           "units concerned: how the sewage-treatment fee is levied, collected through the water companies, paid into the "
           "treasury and spent on buying treatment services",
     source=src("关于修订印发《上海市污水处理费征收使用管理实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfboswf0000003609", 5166),
     style="a cover notice signed by three bureaus, then the measures' title and 37 articles 「第N条  text」 (two spaces) "
           "in five chapters 「第一章    总      则」, later paragraphs of an article on lines of their own; 第十一条 and "
           "第三十三条 with items （一）…",
     leaf_tasks=19, count_alternatives=[17, 18, 20, 21, 22],
     leaf_tasks_by_section={"第五–八条": 3, "第十一–十九条": 9, "第二十一条": 1, "第二十五–二十七条": 3, "第三十条": 1,
                            "第三十二条": 1, "第三十四条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第七条"], [], [], not_targets=[(3, "年")], **art(X03, ["第七条"]),
          note="「第七条  本市市和区已建成污水处理厂的，均应当征收污水处理费；在建污水处理厂、已批准…项目建议书的，可以开征污水处理费，并应当在开征3年内建成污水处理厂投入运行。」 — "
               "the subject is a 的-phrase of levels with no head (「本市市和区…的」), and a level or a place with no head names "
               "no body (Round 83's x315_01 第二十条, 第二十六条; round 43), so the owed levying is a task naming none (" + NOSUBJ
               + "); 「开征3年内」 " + LIMIT + "; " + NONE + "; " + NODATE),
        S(["第八条"], [], [SWB], lead_alternatives=[[SWB], ["本市水行政主管部门"]],
          responsible_alternatives=[["本市水行政主管部门"]], **art(X03, ["第八条"]),
          note="「第八条  污水处理费由本市水行政主管部门负责征收，并实行分级管理。市属…缴纳的污水处理费属于市级收入，全额缴入市级国库；…全额缴入区级国库。」 — "
               "「由A负责」 names A (rule 2); " + BENSHI + "; where the money goes is the scheme's terms (Round 81's x309_03 "
               "四、), no unit; " + ONE_LEAD + " (the name with 本市 accepted as lead too); " + NODATE),
        S(["第十三条"], [], ["市、区价格、财政和水行政主管部门"], lead_alternatives=[["市、区价格、财政和水行政主管部门"], ["本市市、区价格、财政和水行政主管部门"]],
          responsible_alternatives=[["本市市、区价格、财政和水行政主管部门"]], **art(X03, ["第十三条"]),
          note="「第十三条  污水处理费的征收标准，按照覆盖…成本并合理盈利的原则制定，由本市市、区价格、财政和水行政主管部门提出意见，报同级人民政府批准后执行。 …征收标准暂时未达到…水平的，应当逐步调整到位。」 — "
               "drawing up the standard before sending it up for approval is the drafting bodies' work (Round 77's x302_04 "
               "三、: 「由A会同B拟定…，报…审查」; Round 85's x319_04 第五–八条), the agent of 由 with a verb of doing (rule 2); "
               "「报同级人民政府批准」 names none (Round 77's x299_01 第十条); fields joined by 、 and 和 before one head 主管部门 "
               "are one name as printed (round 31: 「人事、卫生部门」; round 30: 「市、区X部门」), 本市 dropped (" + BENSHI + "); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十四条"], [], [SQS, GSQY], responsible_alternatives=[[BSQS, GSQY], [SQS]], **art(X03, ["第十四条"]),
          note="「第十四条  使用公共供水的单位和个人，其污水处理费由本市市、区水行政主管部门委托公共供水企业在收取水费时一并代征，并在发票中单独列明…。 本市市、区水行政主管部门应当与公共供水企业签订代征污水处理费合同，明确双方权利义务。 公共供水企业代征的污水处理费与其水费收入应当分账核算，并及时足额上缴代征的污水处理费，不得隐瞒、滞留、截留和挪用。」 — "
               "「由A委托B＋verb」 names A (round 35), and 「A应当与B签订」 in articles names both (round 30's 「由A与B签订」; "
               "Round 83's x313_01 第十三条, turned; Round 85's x320_09: in articles), the water company bound by 应当 to keep "
               "separate accounts a doer too (Round 84's p61a-2; round 44); " + BENSHI + "; the payers (使用公共供水的单位和"
               "个人) no units; no 牵头: lead []; " + NODATE),
        S(["第十六条"], [], [SQS], lead_alternatives=[[SQS]], responsible_alternatives=[[GSQY, SQS]],
          **art(X03, ["第十六条"]),
          note="「第十六条  污水处理费的缴库，应当按照…有关规定执行，…按月全额缴入市或区国库。 公共供水企业应当于每月7日前（节假日顺延），向市、区水行政主管部门如实申报上月售水量和代征污水处理费的数额。市、区水行政主管部门应当对公共供水企业申报情况进行审核，确定污水处理费征收数额，于每月10日前（节假日顺延）通过…系统开具《上海市非税收入一般缴款书》，交由公共供水企业实施缴款。 对使用自备水源的单位、个人，市、区水行政主管部门或其委托的单位应当于每月10日前…确定…数额，向其开具…缴款书实施缴款。 公共供水企业和使用自备水源的单位、个人应持…缴款书，于每月15日（节假日顺延）前上缴市与区国库。 市、区水行政主管部门或其委托的单位应当对…缴纳实施监督，对未按要求缴纳的，应当及时催交。」 — "
               "确定 and 开具 the bureaus' own acts after their check (" + ARTICLE + "), 实施监督 rule 2's; the check of the "
               "company's figures is a review, none by itself (Round 87's x323_04 第二十九条); 「其委托的单位」 a 的-phrase with "
               "the bare head 单位, a call (Round 81's x310_03 第十条); the company's 申报 is a sending and its 上缴 a payment "
               "(round 30's payer), so it is no doer here (the list with it accepted); its monthly report of what it "
               "collected for the bureaus is a monthly duty (" + FILED + "; RULING? 8); 每月7日前／10日前／15日前 " + RECUR
               + "; " + ONE_LEAD + "; " + NODATE),
        S(["第十七条"], [], [SQS], lead_alternatives=[[SQS], [BSQS]], responsible_alternatives=[[BSQS]], **art(X03, ["第十七条"]),
          note="「第十七条  本市市、区水行政主管部门应当核实公共供水企业全年实际售水量，在次年3月底前完成对公共供水企业全年应缴污水处理费的汇算清缴工作。 对因用水户欠缴水费、…核销坏账损失的水量，经本市市、区水行政主管部门审核确认后，不计入…」 — "
               + ARTICLE + " (核实, 完成…汇算清缴); 经A审核确认 a condition of review, no clause of its own (round 30's 「经A同意」); "
               "「次年3月底前」 comes back each year after the year it settles: " + RECUR + "; " + BENSHI + "; " + ONE_LEAD
               + "; " + NODATE),
        S(["第十八条"], ["财政部门"], ["财政部门", SWB], lead_alternatives=[[], ["本区财政部门"]],
          responsible_alternatives=[["本区财政部门", SWB], ["市财政部门", "财政部门", SWB]], targets=[(2, "%")],
          **art(X03, ["第十八条"]),
          note="「第十八条  本市公共供水企业以及水行政主管部门委托代收的单位代征污水处理费，由同级财政部门在污水处理费支出预算中安排手续费。 市财政部门在市级污水处理费支出预算中按照不高于实际代征污水处理费收入总额的2%安排代征手续费，按月支付，年终结算；各区…委托代收单位的代征手续费，由本区财政部门会同水行政主管部门明确具体办法，并纳入区污水处理费年度支出预算安排。」 — "
               "安排手续费, 支付, 结算 move money, a payer's (round 30; Round 87's x323_02 第三十六条: money alone), no unit; "
               "「由A会同B明确具体办法」: setting the rules is work (Round 87's x325_04 六、（三）: 由A…予以明确), lead A, "
               "responsible A, B (rule 2), and a point that also gives work is a task (round 39); 「本区」 a place phrase before "
               "the kind, no part of the name (Round 87's x325_04 四、: a place phrase says which body; Round 85's 本市), the "
               "printed name accepted; 不高于…2% a ceiling joined to a comparison word, a target (round 30's line); lead [] "
               "accepted; " + NODATE),
        S(["第二十五条"], [SQS], [SQS, "财政部门", "价格主管部门", WSFW], lead_alternatives=[[]],
          responsible_alternatives=[[SQS, "财政部门", "价格主管部门"], [BSQS, "财政部门", "价格主管部门", WSFW]],
          **art(X03, ["第二十五条"]),
          note="「第二十五条  本市市、区水行政主管部门会同财政部门、价格主管部门研究制定本市城镇污水处理政府购买服务管理办法，由市、区水行政主管部门与城镇污水处理服务单位签订政府购买服务合同。 政府购买服务合同应当包括…服务范围和期限…违约责任等内容。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2), then 「由A与B签订」 names both (round 30; Round 83's x313_01 "
               "第十三条, turned), each body once in printed order; the contract's contents are its terms, text (Round 86's (a)); "
               + BENSHI + "; lead [] accepted; the list without the service units accepted; " + NODATE),
        S(["第二十七条"], [], [WSFW], lead_alternatives=[[WSFW], ["本市" + WSFW]], responsible_alternatives=[["本市" + WSFW]],
          **art(X03, ["第二十七条"]),
          note="「第二十七条  本市城镇污水处理服务单位应当定期公布污水处理量、主要污染物削减量、污水处理设施出水水质状况等信息。」 — "
               "a regulated party bound by 应当 to an act gives work, a doer in articles (Round 84's p61a-2; round 44); "
               "publishing to the public is no sending to a body, so no duty (plans-dev: duties report, submit, file); "
               "本市 dropped (" + BENSHI + "); " + ONE_LEAD + "; 定期 no date; " + NODATE),
        S(["第三十二条"], [], [SQS, "财政部门"],
          responsible_alternatives=[[BSQS, "财政部门"], ["市、区水行政主管部门和财政部门"]], **art(X03, ["第三十二条"]),
          note="「第三十二条  本市市、区水行政主管部门和财政部门应当每年6月底前向社会公布本区域上一年度污水处理费的征收、使用情况。」 — "
               + ARTICLE + " (公布); 和 joins names (round 34), the levels 「市、区」 printed once before the first (one name "
               "as printed, round 30), the joined phrase accepted; " + RECUR + " (每年6月底前); a yearly publication to the "
               "public is no sending to a body: no duty (RULING? 9: or a recurring report, a yearly duty by 06-30); no "
               "牵头: lead []; " + NODATE),
        S(["第三十四条"], [], [SWB], lead_alternatives=[[SWB], ["本市水行政主管部门"]], responsible_alternatives=[["本市水行政主管部门"]],
          not_targets=[("1-3", "倍")], **art(X03, ["第三十四条"]),
          note="「第三十四条  缴纳义务人不缴纳污水处理费的，按照《城镇排水与污水处理条例》第五十四条规定，由本市水行政主管部门责令限期缴纳，逾期拒不缴纳的，处以应缴纳污水处理费数额1倍以上3倍以下罚款。」 — "
               "the rules' own body acting after a breach by 由A is a doer (Round 77's x299_04 第二十八条; Round 87's x325_02 "
               "第二十条); what a breach costs is no target, a fine's band included (Round 85's x321_03 第五条（三）, turned; "
               "round 32); " + BENSHI + "; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "公共供水企业应当于每月7日前向市、区水行政主管部门如实申报上月售水量和代征污水处理费的数额",
              "when": "每月7日前", "when_norm": "monthly (by the 7th)",
              "note": "第十六条 — the water company, entrusted by the bureaus to collect the fee (第十四条), reports each month "
                      "what it sold and collected: " + FILED + " (RULING? 8: or a regulated party's filing on its own "
                      "matters, round 42, no duty)"}],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 no task; 第一条 purpose, 第二条 scope, 第三十六条 the interpreting "
            "bodies, 第三十七条 entry into force — general provisions (round 30); 第三条 (the payer principle), 第四条 (the "
            "fee's nature), 第十条 (who does not pay), 第二十二、二十三、二十四条 (what the fee pays for, the finance "
            "bureaus' subsidy, the service fee paid — articles whose only acts move money, Round 83's x311_01 第七条), "
            "第三十一条 (a pointer to the treasury rules) — the scheme's terms, no tasks; 第六条 「…应当接受…监督检查」 "
            "accepting scrutiny names no act (Round 87's x325_01 第二十五条); 第二十条 a ban to 「任何单位和个人」, text "
            "(Round 80); 第九条 (the payers' duty, and 「…应当依法进行处罚，并…实行更高的收费标准」), 第二十八条 (「…应当按照合同约定"
            "相应扣减服务费，并依法对其进行处罚」), 第三十三条 (a list of breaches 「依照…追究法律责任」) and 第三十五条 (staff "
            "「依法给予处分」): consequences with no agent that point to the law or a contract, no tasks (Round 87's x325_01 "
            "第二十五条, turned) (RULING? 10); 第二十九条 「…可以委托第三方评估机构…」 an option, its result clause going with it "
            "(round 49 p46b; Round 87's x327_01 细则 二); 第五条 (鼓励 names no work, but 「按照《政府采购法》…选择…服务单位，并"
            "采取…服务方式」 with no subject gives work, " + NOSUBJ + "), 第七条, 第八条, 第十一条 (「污水处理费按缴纳义务人的用水量"
            "计征…用水量按下列方式核定：（一）（二）」 — the levying, an act with no subject, its lines how a quantity is "
            "reckoned, its text, Round 87's x325_04 五、（三））, 第十二条 (the levying by discharge after an application and "
            "its review), 第十三–十九条 (7), 第二十一条, 第二十五、二十六、二十七条, 第三十条, 第三十二条, 第三十四条 one task "
            "each → **19**. Accepted: 17 (第十一、十二条 as the scheme's reckoning terms, no tasks — RULING? 11), 18 (one of "
            "them), 20, 21 and 22 (第九、二十八、三十三条 counted as the rules' own acts after a breach, round 65's x274_01 — "
            "RULING? 10).",
            "units: article subjects (round 44) and rule 2's 由A负责, 会同, 由A与B签订, 由A委托B; 本市 dropped before a kind "
            "(Round 85's x321_01), 「市、区X部门」 one name (round 30); 「其委托的单位」 a bare head, a call; the payers "
            "(缴纳义务人, 单位和个人) no units; receivers and approvers no units (rule 3)",
            "dates: no item is dated — 每月7日前, 每月10日前, 每月15日前, 次年3月底前, 每年6月底前 recur (round 34); 开征3年内 runs "
            "from an event; 2026年3月1日 and 2031年2月28日 the validity",
            "figures: target 2 % (第十八条 不高于); not targets 3 年 (第七条, a time from an event), 1-3 倍 (第三十四条, a fine's "
            "band); unchecked: the formula's 0.9 (第十一条), 24小时 (第十一条（二）, a norm of reckoning), 第五十四条 (an "
            "article number), document names",
            "duties: one monthly — 第十六条's water company's report by the 7th (RULING? 8); 第三十二条's yearly publication "
            "no duty (RULING? 9); 第三十条's budgets sent for the finance bureaus' review are steps of approval (Round 87's "
            "x325_01 第十八条), no duty"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x329_04_shi-jiaotongwei-2025-daolu-yunshu-zhiliang-xinyu-kaohe-guanli-banfa.txt"
P04 = "上海市道路运输质量信誉考核管理办法"
N04 = "关于印发《上海市道路运输质量信誉考核管理办法》的通知"
SJW4 = "市交通委"
FIVE_FULL = ["上海市交通委员会执法总队", "上海市道路运输事业发展中心", "上海市交通委员会行政服务中心",
             "上海市交通委员会职业资格中心", "上海市交通委员会交通指挥中心"]
FIVE = ["市交通委执法总队", "市道运中心", "市交通委行政服务中心", "市交通委职业资格中心", "市交通委指挥中心"]

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title (line 15) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪交行规〔2025〕12号 (printed on line 3 and in the stored front matter)",
     issuer="上海市交通委员会",
     date="2025-12-22",
     date_note="the cover is signed 2025年12月22日 (line 13; the index gives 2025-12-23); in force 2026-02-01 to "
               "2031-01-31 (第十五条); the dates of 第九条 come back each year's assessment; no item is dated",
     level="the city transport commission, to the units concerned: the yearly quality-and-credit assessment of road "
           "passenger, freight, repair, training, rental and taxi operators and taxi drivers — who collects the records, "
           "who assesses, publishes and uses the grades",
     source=src("关于印发《上海市道路运输质量信誉考核管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::1abbf70b2c594b25910e4602dfda2643", 2784),
     style="a cover notice, then the measures' title and 15 articles, each a heading line 「第N条（heading）」 with its "
           "paragraphs below, separated by blank lines; 第四条 a 职责分工 article whose third paragraph names five bodies "
           "with defined short names; 第九条 the yearly procedure by month",
     leaf_tasks=8, count_alternatives=[7, 9, 10],
     leaf_tasks_by_section={"第四、五条": 2, "第八–十三条": 6},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], ["上海市交通委员会"],
          ["上海市交通委员会", "区交通管理部门", "管理机构"] + FIVE_FULL, lead_alternatives=[[]],
          responsible_alternatives=[["上海市交通委员会", "区交通管理部门", "经授权的管理机构"] + FIVE_FULL,
                                    ["上海市交通委员会", "区交通管理部门", "管理机构"] + FIVE],
          **art(X04, ["第四条（职责分工）"]),
          note="「上海市交通委员会（以下简称“市交通委”）是道路运输质量信誉考核工作的主管部门，负责制定质量信誉考核指标，牵头推进考核结果发布和应用等工作。 区交通管理部门和经授权的管理机构按照职责分工负责本行政区域内…信息采集归集、考核结果发布和应用等工作。 上海市交通委员会执法总队（以下简称“市交通委执法总队”）、上海市道路运输事业发展中心（以下简称“市道运中心”）、…上海市交通委员会交通指挥中心（以下简称“市交通委指挥中心”）等相关单位应当根据各自职责做好…信息采集归集、异议处理，协助市交通委开展质量信誉考核结果应用等工作。」 — "
               "a 职责分工 article of paragraphs each opening with bodies is one task naming every body once, in printed order "
               "(Round 82's p60c-1; Round 87's x328_04 三, governs: which bodies is rule 2's), 「A牵头」 giving lead A (rule 2) "
               "and 负责, 做好 in articles and 协助 (as 配合, Round 83's x311_03 第四条) the others; 「经授权的管理机构」 a "
               "的-phrase whose head 管理机构 is a kind (rounds 32, 38; Round 85's x317_01 第三条), the printed phrase accepted; "
               + DEFINED + "; the five named bodies before 「等相关单位」 kept as names, the bare 相关单位 a call with no kind "
               "(Round 85's x319_02 四) (RULING? 12: or, by Round 87's x325_02 第二十二条, names before 等 only stand for the "
               "kind, which here is a call — none of the five); lead [] accepted; " + NODATE),
        S(["第五条（质量信誉考核指标）"], [], [SJW4], lead_alternatives=[[SJW4]],
          **art(X04, ["第五条（质量信誉考核指标）"]),
          note="「道路运输质量信誉考核指标包括经营管理、安全生产、服务质量和社会责任等。交通运输部对考核指标另有规定的，从其规定。 市交通委制定道路运输质量信誉考核指标评分标准，并对外公布。 市交通委可以…对…评分标准进行相应调整。」 — "
               "the indicators' contents are text (Round 86's (a)); 制定, 公布 name 市交通委 in articles (" + ARTICLE
               + "), its 可以…调整 an option; the short name as printed (Round 81's x310_04); " + ONE_LEAD + "; " + NODATE),
        S(["第八条（质量信誉考核信息采集和归集）"], [], ["信息采集部门"], lead_alternatives=[["信息采集部门"]],
          responsible_alternatives=[[]], **art(X04, ["第八条（质量信誉考核信息采集和归集）"]),
          note="「道路运输质量信誉考核工作应当依托统一的行业信用信息平台开展。 …考核信息，应当自动归集至信息平台，…可以先通过手动输入等方式归集信息。信息采集部门对采集归集信息的真实性、准确性、合规性负责。 道路运输经营者应当按照要求报送质量信誉考核相关信息，信息采集部门在日常管理工作中已经掌握的考核信息，不再要求道路运输经营者另行报送。」 — "
               "「A对X负责」 makes A the subject of rule 2's 负责 with the collected records as its matter (round 30: 「A依法对"
               "…实施监督」; round 62's designation by 负, Round 87's x326_07 第六条), so 信息采集部门, a kind, is a doer "
               "(none accepted: 负责 for a quality, not work, read as Round 87's x324_06 「切实负责」); the operators' 报送 is a "
               "regulated party's filing on its own matters, no unit and no duty (round 42; Round 85's x322_01 一、（二））; "
               "the platform work with no subject is the rules' own (" + NOSUBJ + "); " + ONE_LEAD + "; " + NODATE),
        S(["第九条（质量信誉考核程序）"], [], FIVE + [SJW4], responsible_alternatives=[FIVE],
          not_targets=[(15, "天")], **art(X04, ["第九条（质量信誉考核程序）"]),
          note="「市交通委执法总队、市道运中心、市交通委行政服务中心、市交通委职业资格中心、市交通委指挥中心等相关单位于3月底前完成上一年度信息采集归集工作。 市道运中心于4月底前汇总考核信息报市交通委确定初评结果后，在市交通委门户网站公示15天。 被考核的主体对初评结果存在异议的，应当在公示期内向市交通委提出。市交通委应当对异议进行核实，作出更正或不予更正的答复。 市道运中心于5月底前汇总考核结果报市交通委，市交通委评定后于6月底前正式向社会公布。…」 — "
               + ARTICLE + ": 完成, 汇总 name the five (short names as printed, Round 81's x310_04), 评定…公布 names 市交通委, "
               "each once in printed order; the check of an objection and the answer to it are a decision on a party's "
               "submission, none (Round 85's x319_01 第七条（四））; the centre's compilations sent 「报市交通委确定／评定」 are "
               "sent for the commission's decision, steps of that decision, no duty (Round 77's x299_01 第十条: 「报B批准」; "
               "Round 87's x325_01 第十八条) (RULING? 13: or, as Round 87 turned x328_04 四、（二）, a tasked body's filing of "
               "its results with its day each year, yearly duties by 04-30 and 05-31); the months (3月底前 … 6月底前) come back "
               "each year's assessment of the year before: " + RECUR + "; 「公示15天」 a period with no comparison word, no "
               "target (round 30; rounds 33, 54); no 牵头: lead []; the list without 市交通委 accepted; " + NODATE),
        S(["第十条（新取得许可或新备案经营者、新取得许可的出租汽车驾驶员的考核）"], [], [],
          **art(X04, ["第十条（新取得许可或新备案经营者、新取得许可的出租汽车驾驶员的考核）"]),
          note="「对新取得许可或者新备案的道路运输经营者、新取得许可的出租汽车驾驶员，在经营或者从业满一个日历年度后，依照本办法规定进行质量信誉考核，首次考核周期为…至考核年度的12月31日，并在质量信誉等级后注明“新许可经营者”…，自第二个考核年度开始直接标注质量信誉等级。」 — "
               "assessing the new operators and marking their grades are acts of the rules' own bodies with no subject ("
               + NOSUBJ + "), the period a time rule of that work (Round 85's x319_03 四), no date (12月31日 a day of each "
               "year); the operators the objects of the assessment (round 30's pivot) (RULING? 14: or the scheme's terms "
               "for new entrants, no task — count 7); " + NONE + "; " + NODATE),
        S(["第十一条（住所或者主要经营场所变更后的考核）"], [], ["交通行政管理部门"],
          lead_alternatives=[["交通行政管理部门"]],
          responsible_alternatives=[["新发放经营许可或者备案的交通行政管理部门"]],
          **art(X04, ["第十一条（住所或者主要经营场所变更后的考核）"]),
          note="「道路运输经营者在本市住所或者主要经营场所发生变更，需重新申请经营许可或者重新备案导致质量信誉考核负责部门变更的，当年度质量信誉考核由新发放经营许可或者备案的交通行政管理部门负责。」 — "
               "an item whose whole work is the response to a case takes its doer (round 30's clarification; Round 85's "
               "x319_01 第六条（三））, 「由A负责」 rule 2's; a 的-phrase gives the name after the last 的 (rounds 32, 38; Round "
               "85's x317_01 第三条), a kind, the printed phrase accepted; " + ONE_LEAD + "; " + NODATE),
        S(["第十二条（质量信誉考核结果应用）"], [], ["交通管理部门"], lead_alternatives=[["交通管理部门"]],
          **art(X04, ["第十二条（质量信誉考核结果应用）"]),
          note="「交通管理部门根据道路运输质量信誉考核结果对道路运输经营者和出租汽车驾驶员开展分级分类监管。 交通运输部对…另有规定的，从其规定。」 — "
               + ARTICLE + " (开展); the operators and drivers the objects of the supervision; " + ONE_LEAD + "; " + NODATE),
        S(["第十三条（档案管理）"], [], ["信息采集和归集部门"], lead_alternatives=[["信息采集和归集部门"]],
          targets=[(5, "年"), (10, "年")], **art(X04, ["第十三条（档案管理）"]),
          note="「道路运输质量信誉考核采集和归集的信息应由信息采集和归集部门实行档案化管理，纸质材料保存不得低于5年，电子材料保存不得低于10年。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), 「信息采集和归集部门」 two fields before one head, one "
               "name as printed (round 31); 不得低于5年／10年 floors joined to 低于, targets (round 30's line; Round 85's "
               "x322_04 第二十五条 最长…不得超过5年); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 scope, 第十五条 entry into "
            "force — general provisions (round 30); 第三条 a principle names no act (round 68; Round 87's x328_01 第五条); "
            "第六条 the yearly cycle only gives the rhythm of the work other articles describe (Round 85's x319_03 四), its "
            "鼓励 no work; 第七条 only names the grades, classes (Round 83's x313_03 第十三条); 第十四条 「区交通管理部门和经授权的"
            "管理机构按照职责分工，开展…工作，参照本办法执行」 a 参照执行 scope (round 30; Round 85's x322_02 第二十一条 参照) — no "
            "tasks; 第四、五、八、九、十、十一、十二、十三条 one each → **8**. Accepted: 7 (第十条 as the scheme's terms, RULING? "
            "14), 9 (第十四条 counted as work the districts carry out), 10 (and 第六条).",
            "units: 第四条 by Round 82's p60c-1 with rule 2's 牵头; article subjects elsewhere (round 44); the defined short "
            "names as printed where the bodies act later (round 43; Round 81's x310_04)",
            "dates: no item is dated — 3月底前, 4月底前, 5月底前, 6月底前 come back each yearly assessment (round 34), 1月1日至12月31日 "
            "a yearly period; 2026年2月1日 and 2031年1月31日 the validity",
            "figures: targets 5 年 and 10 年 (第十三条 不得低于); not target 15 天 (第九条 公示15天); unchecked: 4500千克 "
            "(第二条, scope), AAA / AA / A (grades), 一个日历年度 (第十条, no comparison word)",
            "duties: none — 第九条's sendings to the commission are steps of its decision (RULING? 13); the operators' "
            "报送 (第八条) a regulated party's filing"])

write_collected(DIR)
# Round 64 (rul90): x329_04 第四条 aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Units, governs: round 43's
# full and short names both acting in one item given as printed, p64a-1) (README, round 64)
from aligned_rulings import ALIAS90, align90  # noqa: E402
from expected_tools import _sample32 as _s32  # noqa: E402

_OLD = next(x for p in _s32("x329_04", None)[:1] for x in p["samples"] if x["path"] == ["第四条（职责分工）"])
align90("x329_04", ["第四条（职责分工）"], "「上海市交通委员会（以下简称“市交通委”）…负责…牵头推进…」 and 「…等相关单位应当…做好…，协助市交通委开展质量信誉考核结果应用等工作」 (x329_04 第四条): the full name acts by 负责 and 牵头, 市交通委 by 开展 as the body served in an article (Round 83's x311_03 第四条; Round 89's x331_04 第十六条): both names, each as and where printed",
        ALIAS90 + "; 市交通委 added last, the old lists stay accepted", resp=_OLD["responsible"] + ["市交通委"],
        resp_alt=[list(_OLD["responsible"])] + [list(r) for r in _OLD.get("responsible_alternatives", [])])

write_collected(DIR)
