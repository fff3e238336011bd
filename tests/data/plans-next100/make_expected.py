# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next100/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 31 (built by helper c100): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (round 29's ruling on units written in
sentences and its round-30 clarifications, round 30's thresholds, general provisions and two documents under one
cover, round 31's ages / hazards and fields sharing one head) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next100/make_expected.py tests/data/plans-next100
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R1 = "CONVENTIONS.md rule 1 (the label decides; sentences in the item add nothing)"
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(开展 without 组织, 进行, 加强, 制定, 建立…) is not a unit")
THR = "CONVENTIONS round 30: a quantity joined to a comparison word is a target"
LABEL = ("「（责任单位：A、B…）」 closes the item: every listed unit is responsible, no lead is named (lead = []); " + R1)
BRACKET = ("the bracket closing the item 「（A、B，C）」 is its unit label (no label word, as plans-dev 03's 「（X负责）」 "
           "brackets): every listed unit is responsible in the printed order, split on 、 and ，, no lead named "
           "(lead = []); " + R1)

# ---------------------------------------------------------------------------------------------------------
X01 = "x100_01_shanghai-shuiwuju-2024-shuiwu-jianshe-gongcheng-anquan-shengchan-tongzhi.txt"
SWJ = "各区水务局"
DQ = "有关地区管委会"

plan(X01,
     title="上海市水务局关于进一步强化本市水务建设工程安全生产的通知",
     title_note="the notice's title (the first line; printed again as the third line, above the number)",
     doc_no="沪水务〔2024〕233号 (printed in the text and in the index)",
     issuer="上海市水务局",
     date="2024-05-24",
     level="city bureau (Shanghai), a notice on safety in water-works construction with a dated inspection campaign",
     source=src("工程建设管理", "上海市水务局关于进一步强化本市水务建设工程安全生产的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=809067f4b1b44af69f9ba976a366cdcf&siteId=0004", 3719),
     style="a notice (addressees 局属有关单位，各区水务局，有关地区管委会，有关市级项目法人，各有关单位; a preamble naming two "
           "accidents with 3名 / 6人); 一、 a paragraph (a general call); 二、 （一）–（五） heading lines over one paragraph each; "
           "三、 （一）排查整治重点 1.–8. (「主要包括:」 with an ASCII colon), （二）时间安排 1.–3. three dated stages with their "
           "bodies, （三）有关要求 a weekly report; 四、工作要求 （一）–（三） heading-in-sentence items; a closing paragraph with a "
           "monthly report and a dated liaison sending; 「附件：1.…」 then 「2.…」「3.周报表」 at line starts; contact persons, "
           "phone numbers and e-mail addresses after the date",
     leaf_tasks=17, count_alternatives=[18, 20],
     attachment_task_rows=0,
     childless_top_level_sections=["一、认清形势，高度重视水务建设工程安全生产工作"],
     samples=[
        S(["二", "（一）"], [], [SWJ, DQ],
          note="「各区水务局，有关地区管委会要…完善安全生产责任链条，把责任落实到部门、到岗位、到人员，…督促各参建单位严格落实…」: "
               "the two groups (a full-width comma between them: two names) are the subject of 落实 (" + R2 + "; round 30: a "
               "group named by a kind with a verb of rule 2 is a doer); responsible both, no lead (lead = []); 各参建单位 is the "
               "object of the pivot 督促 (not a unit). Not settled by CONVENTIONS: 落实 here is 「把责任落实到…」 (to pass "
               "responsibility down), read by its form as rule 2's 落实; " + NODATE),
        P(["二", "（二）"], targets=[(1, "次")],
          note="「项目法人要…设置…，配齐配强…，加强…」: 项目法人 the plain subject of verbs outside rule 2 (" + CLOSED + "); "
               "「项目法人主要负责人要…组织制定并实施…」 is a person (负责人: " + R3 + ", a person is never a unit); "
               "「每月至少带队开展1次检查」 — 至少: a floor, a target (" + THR + "); 每月 the inspection's own rhythm, not a "
               "report (no duty); " + NODATE),
        S(["二", "（三）"], [], ["各项目法人"], lead_alternatives=[["各项目法人"]],
          note="「各项目法人要加快推进…，组织制定安全生产风险管控制度，…组织设计、施工、监理等单位聚焦…运用…」: 组织制定 is 组织＋verb "
               "(" + R2 + "): 各项目法人 (a group named by a kind) is the doer, responsible, lead [] (A alone accepted as lead); "
               "in 「组织设计、施工、监理等单位聚焦…」 (A组织B＋verb, round 30) the bodies organised are not units; 「六项机制」 a "
               "name; " + NODATE),
        P(["二", "（四）"],
          note="「各参建单位要按照规定频次…开展…安全生产教育培训，建立教育培训档案」: 开展 without 组织 and 建立 (" + CLOSED
               + "): no unit; " + NODATE),
        P(["三", "（一）", "1"],
          note="the first point to check in the campaign (排查整治重点): no body does work (「各参建单位相关人员履职」 is a thing "
               "checked); the list's items are leaves of a task section (plans-dev 11's 重点整治内容); " + NODATE),
        P(["三", "（一）", "3"],
          note="a point to check; 「“三宝、四口、五临边”」 a name with numerals (not a target); " + NODATE),
        P(["三", "（一）", "8"],
          note="the last point to check (「关键岗位人员到岗履职、企业领导带班、工人违章作业情况等」); " + NODATE),
        S(["三", "（二）", "1"], [], ["各项目建设单位"], lead_alternatives=[["各项目建设单位"]],
          dl="即日起至5月31日", dln="2024-05-31",
          note="the 自查自纠阶段（即日起至5月31日）: 「各项目建设单位组织现场各参建单位对照检查重点开展自查自纠」 is 「A组织B＋verb」 "
               "(" + R2 + ", round 30): A the doer (responsible; lead [], A accepted as lead), B (各参建单位) not a unit; the "
               "stage's end is the item's deadline, the year the notice's (2024-05-24); also a phase; 附件1 a name"),
        P(["三", "（二）", "2"], dl="5月26日至6月25日", dln="2024-06-25",
          note="the 部门检查阶段（5月26日至6月25日）: 「区水行政主管部门、有关地区管委会和监督机构对辖区水务建设工地开展全覆盖专项"
               "检查」 — 开展 without 组织 (" + CLOSED + "): no unit, although a clerk would see who checks; 「要责令限期整改」 "
               "has no date of its own; the stage's end (2024-06-25) is the item's deadline (as plans-next80 三/（二） read a "
               "stage's span); also a phase"),
        P(["三", "（二）", "3"], targets=[(10, "%")], dl="6月10日至6月25日", dln="2024-06-25",
          note="the 市级督查阶段（6月10日至6月25日）: 「市水务安质监站按照不少于10%的比例对…进行督导检查」 — 进行 (" + CLOSED
               + "): no unit; 不少于10%: a floor, a target (" + THR + "); the stage's end the deadline; also a phase"),
        P(["三", "（三）"],
          note="「专项行动开展期间，各区水务局、有关地区管委会于每周一中午前将上周行动开展情况周报表（附件3）报送至市水务安质监站」: "
               "a weekly report (a duty); 报送 is no verb of rule 2 (" + CLOSED + ") and 市水务安质监站 receives (" + R3 + "): "
               "no unit; a recurring date is no deadline; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "自查自纠阶段", "start": "2024-05", "end": "2024-05"},
             {"name": "部门检查阶段", "start": "2024-05", "end": "2024-06"},
             {"name": "市级督查阶段", "start": "2024-06", "end": "2024-06"}],
     duties=[{"what": "各区水务局、有关地区管委会于每周一中午前将上周行动开展情况周报表报送至市水务安质监站",
              "when": "每周一中午前", "when_norm": "weekly (Monday noon)"},
             {"what": "市水务安质监站、各区水务局、有关地区管委会每月25日前将当月安全风险隐患专项整治情况报市水务局建管处",
              "when": "每月25日前", "when_norm": "monthly (by the 25th)"},
             {"what": "请于2024年5月30日前将联络员信息(单位、姓名、职务、联系电话)报送至市水务局建管处",
              "when": "2024年5月30日前", "when_norm": "2024-05-30"}],
     notes=["counting: 一、 is a childless section (a general call 「各有关单位要…」); 二、 （一）–（五） (5), 三、 （一）1.–8. (8), "
            "（二）1.–3. (3), （三） (1) → **17**; 四、工作要求 （一）–（三） are items of requirements that name no unit (「区水务局，"
            "有关地区管委会要高度重视…制定…开展检查」, 「…要…依法严肃查处」: verbs outside rule 2; 「各有关单位要严格落实…」 a general "
            "call to all without a kind, like 「各单位应…」) in a plan whose tasks name units (二/（一）, 二/（三）, 三/（二）/1): not "
            "tasks (round 27). Accepted: 18 (四/（二） counted, reading 各有关单位 + 落实 as a doer) and 20 (四、 counted whole). "
            "The closing paragraph (monthly report, liaison by 2024-05-30) and 「附件：1.」–「3.周报表」 (attachment titles) are "
            "no tasks",
            "samples: ten of seventeen — 二、 four, 三、（一） three, 三、（二） all three stages, 三、（三）",
            "units: rule 2 only by 落实 (二/（一）), 组织制定 (二/（三）) and 「A组织B＋verb」 (三/（二）/1); every other body is the "
            "plain subject of 开展 / 进行 / 报送 / 加强 (the closed list), a person (项目法人主要负责人) or a receiver; 二、（五）'s "
            "「项目法人应每半年至少组织1次…救援演练」 (组织 with a counted noun, not 组织＋verb) is not sampled",
            "dates: the three stages' spans (即日起至5月31日, 5月26日至6月25日, 6月10日至6月25日; the notice's year 2024) give "
            "the stage items their deadlines and the plan its phases; 每周一中午前 and 每月25日前 recur (duties); 2024年5月30日前 "
            "the liaison sending (a duty of the closing paragraph); 5月6日 / 5月2日 in the preamble are past events",
            "figures: 至少1次 (二、（二）; also 二、（五）'s 每半年至少1次, not sampled), 不少于10% (三、（二）3.) — targets by "
            "their comparison words; 3名 / 6人 (past accidents), 〔2024〕340号 / 15号, 附件1–3, 「三宝、四口、五临边」, 「六项机制」, "
            "phone numbers — not",
            "duties: the weekly 周报表, the monthly report by the 25th, the liaison's details by 2024-05-30"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x100_02_shanghai-2024-lvse-dianli-xiaofei-nengyuan-ditan-zhuanxing-shishi-yijian.txt"
FGW = "市发展改革委"
JXW = "市经济信息化委"
SWW = "市商务委"
DLGS = "市电力公司"
JYZX = "上海电力交易中心"
FDQY = "相关发电企业"

plan(X02,
     title="上海市促进绿色电力消费加快能源低碳转型实施意见（关于印发《上海市促进绿色电力消费加快能源低碳转型实施意见》的通知）",
     title_note="the opinion's own title (after 「附件」) or the notice title (the first line): either",
     doc_no="沪发改能源〔2024〕91号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市经济信息化委, 市商务委, 市生态环境局 (four signatures)",
     date="2024-05-22 (the cover's date; the index gives 2024-05-24)",
     level="city commissions (Shanghai), an implementing opinion on green-power trading and consumption, each task with "
           "its responsible units",
     source=src("工程建设管理", "关于印发《上海市促进绿色电力消费加快能源低碳转型实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=204912193fdd4877a565bf5fcef93cdf&siteId=0025", 5876),
     style="a short cover (各有关单位, 经市政府同意, 「请认真按照执行」, four signatures, 2024年5月22日), 「附件」, the opinion's "
           "title and a preamble of four document numbers; 一、总体要求 a paragraph (一是…三是… inline); 二、建设目标 two "
           "paragraphs (50亿千瓦时以上 by 2025, 300亿千瓦时 by 2030); 三、重点任务 （一）–（五） headings over 1.–4. / 1.–2. / "
           "1.–3. that restart, each closing 「（责任单位：…）」 (two to seven bodies, no lead); 四、组织实施 1.–4. without labels, "
           "1. giving work to three bodies in sentences",
     leaf_tasks=17, count_alternatives=[16, 20],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、建设目标"],
     samples=[
        S(["三", "（一）", "1"], [], [FGW, "市规划资源局", "市水务局", "各区政府", DLGS, JYZX, FDQY],
          note=LABEL + "; 「按年度向社会公布发电企业绿电交易规模和排名」 a yearly publication (to the public: not a report, no "
               "duty); 「“光伏+”」, 「蒙电入沪」 names; " + NODATE),
        S(["三", "（一）", "2"], [], [FGW, JXW, DLGS, JYZX, FDQY], not_targets=[(3, "年")],
          note=LABEL + "; 「2024年9月起新并网发电绿电交易企业需自建或购买储能调峰能力」 is the date from which a rule applies to "
               "firms (a start, not the item's deadline); 「存量新能源原则上给予3年豁免期」 — 3年 with no comparison word (原则上 "
               "alone is none: round 30 lists 原则上不超过): a period granted, not a target; " + NODATE),
        S(["三", "（一）", "4"], [], [FGW, JXW, JYZX, DLGS, FDQY],
          note=LABEL + " (上海电力交易中心 printed before 市电力公司 here: the printed order); " + NODATE),
        S(["三", "（二）", "1"], [], [FGW, DLGS, FDQY], dl="力争到2024年6月底", dln="2024-06-30",
          note=LABEL + "; 「组织上海市电力公司、上海电力交易机构、可再生能源发电企业，加快提升…」 has no subject (the label "
               "decides); 「力争到2024年6月底，本市集中式可再生能源发电项目基本完成建档立卡」: the item's deadline (the end of "
               "June 2024)"),
        S(["三", "（二）", "4"], [], [SWW, "市市场监管局"],
          note=LABEL + " (two bodies); 行业协会 / 有关企业 / 专家学者 are encouraged (objects of 鼓励, not units); " + NODATE),
        S(["三", "（三）", "1"], [], [JXW, FGW, SWW, "市机管局", "市国资委"],
          note=LABEL + "; 「适时向社会公布重点用能单位绿电消费比例」 a publication (no duty, no date); " + NODATE),
        S(["三", "（四）", "1"], [], ["市生态环境局", FGW, JXW, "市统计局", DLGS, JYZX, "上海环境能源交易所"],
          note=LABEL + " (seven bodies, 市生态环境局 first); 「定期发布…碳排放因子」 a publication (no duty); 「“电-碳”」 a name; "
               + NODATE),
        S(["三", "（四）", "3"], [], [DLGS, JYZX, "上海环境能源交易所"],
          note=LABEL + "; 「生产侧每日更新绿电生产情况」 a rhythm of a display, not a report to a unit (no duty); " + NODATE),
        S(["三", "（五）", "1"], [], [JYZX, DLGS, "市委金融办", FGW, "上海征信公司"],
          note=LABEL + " (a firm 上海征信公司 among the bodies, kept as printed); 「“e-交易”」, 「“一网通办、三全三免”」 names; "
               + NODATE),
        S(["三", "（五）", "3"], [], [DLGS, JYZX], dl="至2025年", dln="2025", not_targets=[(15, "分钟")],
          note=LABEL + "; 「至2025年全市供电营业厅全覆盖设立绿电服务微网点」: the item's deadline (2025); 「“15分钟互动圈”」 a name "
               "(like 「15分钟社区生活圈」 in earlier sets), not a target; 「A级供电营业厅」 a grade"),
        S(["四", "1"], [], [JXW], lead_alternatives=[[JXW]],
          note="「市发展改革委加强…统筹协调，按年度发布…名单」 (加强 / 发布: " + CLOSED + "), 「市经济信息化委排摸…、组织重点企业积极"
               "参与绿电交易」 — 「A组织B＋verb」 (" + R2 + ", round 30): 市经济信息化委 the doer, 重点企业 not a unit; 「市生态环境局、"
               "市发展改革委等相关部门发布…」 a plain subject: responsible 市经济信息化委 only, lead [] (it accepted as lead); "
               "the one 组织实施 item that names a unit, so a task; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "亿千瓦时"}, {"number": 300, "unit": "亿千瓦时"}],
     phases=[], duties=[],
     notes=["counting: 一、总体要求 and 二、建设目标 are childless sections; 三、 （一）1.–4. (4), （二）1.–4. (4), （三）1.–2. (2), "
            "（四）1.–3. (3), （五）1.–3. (3) → 16, all labelled; 四、组织实施 1. names a unit by rule 2 (「市经济信息化委…组织重点"
            "企业积极参与」) and is a task, 2.–4. name no body (no subject) and are not tasks in a plan whose tasks name units "
            "(round 27) → **17**. Accepted: 16 (四、 read whole as 组织实施, 1. too) and 20 (四、 counted whole)",
            "samples: eleven of seventeen — （一） three, （二） two, （三） one, （四） two, （五） two, 四、 1.",
            "units: the 「（责任单位：…）」 label on every item of 三、 (" + R1 + "), no lead anywhere; 四、1. by 「A组织B＋verb」",
            "dates: 三/（二）/1 力争到2024年6月底 (2024-06-30) and 三/（五）/3 至2025年 are the two item deadlines; 2024年9月起 "
            "(三/（一）/2) a start; 到2025年 / 到2030年 in 二、建设目标 are the plan's horizon; 「十四五」 a period's name",
            "figures: plan targets 50亿千瓦时（以上, 2025）and 300亿千瓦时 (2030) in 二、; 3年 豁免期 and 「15分钟互动圈」 are "
            "not targets; 5G, A级, document numbers — not",
            "no phases, no duties (the yearly and daily publications go to the public, not to a unit)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x100_03_shanghai-2024-yinyu-gaonengji-zhuti-chanye-shengtai-ruogan-cuoshi.txt"
GQ = "各区政府"

plan(X03,
     title="加快引育高能级主体 构建充满活力的产业生态若干措施（关于印发《加快引育高能级主体 构建充满活力的产业生态若干措施》的通知）",
     title_note="the measures' own title (after the cover's date) or the notice title (the first line): either; the space "
                "inside the title is the source's",
     doc_no="沪发改产〔2024〕15号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 市经济信息化委, 市商务委, 市科委, 市国资委 (five signatures)",
     date="2024-05-08 (the cover's date; the index gives 2024-05-16)",
     level="city commissions (Shanghai), measures to attract and grow high-level firms, each measure closing with its "
           "bodies in a bracket",
     source=src("工程建设管理", "关于印发《加快引育高能级主体 构建充满活力的产业生态若干措施》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cae543c71bb94b36ba18aba42274b6b4&siteId=0025", 6064),
     style="a cover (各区人民政府，市政府有关委、办、局; 经市政府同意; 「附件：…」 before five signatures), then the measures' title "
           "and a preamble; 一、适用范围 four unnumbered definition paragraphs (规模型 / 创新型 / 服务型 / 专项型, 500强); 二、–四、 "
           "headings over 1.–13. NUMBERED ON across sections, each closing with a bare bracket of bodies 「（A、B，C）」 — no "
           "label word, city bodies then 「，各区政府」 / 「，相关区政府」 after a full-width comma; 五、保障举措 1.–3. numbered "
           "afresh, bracketed alike",
     leaf_tasks=16, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=["一、高能级主体适用范围"],
     samples=[
        S(["二", "1"], [], [JXW, FGW, "市委组织部", GQ],
          note=BRACKET + "; 「推动各区聚焦…」 (各区 objects of 推动) adds nothing (the label decides); " + NODATE),
        S(["二", "2"], [], [JXW, SWW, "市科委", FGW, GQ], note=BRACKET + "; " + NODATE),
        S(["二", "4"], [], [JXW, SWW, FGW, GQ],
          note=BRACKET + "; 「“潮涌浦江”、“投资上海”」 names of events; " + NODATE),
        S(["三", "5"], [], ["市科委", "市教委"],
          note=BRACKET + " (two bodies); numbering runs on (5. is the first item of 三、); 「“探索者计划”」 a name; " + NODATE),
        S(["三", "7"], [], ["市规划资源局", JXW, "市委金融办", "市财政局", "市人才局"],
          note=BRACKET + "; 「支持各区将…纳入…名单」 (各区 objects of 支持) adds nothing; 「“浦江之光”」 a name; 「可适当放宽准入"
               "标准」 an option about the firms; " + NODATE),
        S(["四", "10"], [], [FGW, JXW, "市规划资源局", "市人社局", SWW, "市数据局", GQ],
          note=BRACKET + " (seven bodies); 「APEC商旅卡」 a name; " + NODATE),
        S(["四", "11"], [], ["临港新片区管委会", "虹桥管委会", FGW, JXW, SWW, "市科委", "相关区政府"],
          not_targets=[(22, "园")],
          note=BRACKET + "; 「相关区政府」 after the comma (not 各区政府 here); 「张江高新区“一区22园”」 a name with digits, not a "
               "target; 「五个新城」, 「“一城一名园”」, 「“大零号湾”」 names; " + NODATE),
        S(["四", "13"], [], [JXW, FGW, "市城乡住房建设管理委", GQ],
          note=BRACKET + "; 「市城乡住房建设管理委」 kept as printed (the source's word order); 「“一企一管家”」 a name; "
               + NODATE),
        S(["五", "1"], [], [JXW, SWW, "市科委", FGW, GQ],
          note=BRACKET + "; 五、保障举措 numbers afresh from 1.; an item of 保障措施 that names units is a task (round 27); "
               "「市行业主管部门加强业务指导」 a plain subject (the label decides anyway); " + NODATE),
        S(["五", "3"], [], [JXW, SWW, "市市场监管局", FGW],
          note=BRACKET + "; 「督促责任部门加强…」 an object of 督促; the last item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用范围 (four unnumbered definitions: a scope, round 30's general provisions) is a childless "
            "section; 二、1.–4., 三、5.–8., 四、9.–13. (numbered on) → 13, + 五、保障举措 1.–3. (each with its bodies in a "
            "bracket, so tasks, round 27) → **16**",
            "samples: ten of sixteen — 二、 three, 三、 two, 四、 three, 五、 two",
            "units: the bracket closing every item (" + R1 + "); the bracket has no label word and names no lead (lead = [] "
            "everywhere); units split on 、 and on the full-width comma before 各区政府 / 相关区政府, in the printed order",
            "dates: none in any item (the cover's 2024年5月8日 only)",
            "figures: none that is a target; 500强 (一、's definitions), 「一区22园」, 「五个新城」, R&D, CVC, APEC — names or "
            "kinds",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x100_04_shanghai-yingjiju-2024-youhua-anquan-shengchan-jianguan-yingshang-huanjing-yijian.txt"
GJ = "各级应急管理部门"

plan(X04,
     title="上海市应急管理局关于进一步优化安全生产监管 推动营商环境持续优化 以高水平安全保障高质量发展的意见",
     title_note="the opinion's title (the first line), the spaces as stored",
     doc_no="沪应急法规〔2024〕41号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-05-06",
     level="city bureau (Shanghai), an opinion on safety-supervision practice (28 measures) addressed to the district "
           "emergency bureaus and the bureau's own divisions",
     source=src("工程建设管理", "上海市应急管理局关于进一步优化安全生产监管 推动营商环境持续优化 以高水平安全保障高质量发展的意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cf53f6ab546946c1aeaa3dc9c0e5acd9&siteId=0037", 7316),
     style="an opinion with no cover: addressees, a preamble; 一、 a paragraph and four unnumbered headed paragraphs "
           "(坚持安全发展。…); 二、–十、 each a heading, an unnumbered lead-in paragraph and items （一）–（二十八） NUMBERED ON "
           "across sections, each 「（N）heading。text」; bodies mostly as plain subjects (各级应急管理部门要…, 市级应急管理部门…, "
           "区级应急管理部门…); one 会同 clause (（八）); one dated step (（二十六） 6月底前); the signature, the date and the "
           "title of a 政策解读 after it",
     leaf_tasks=25, count_alternatives=[28],
     attachment_task_rows=0,
     childless_top_level_sections=["一、提升思想认识水平"],
     samples=[
        P(["二", "（一）"],
          note="「严格实施…分类分级执法的规定，强化…」: no subject; 「“一家企业对应一个层级执法主体”」 a rule in words; "
               "「市、区、街镇三级」 levels; " + NODATE),
        P(["二", "（二）"], targets=[(1, "次"), (2, "次")],
          note="「原则上每年对单个单位的执法检查不超过1次，确有需要的一般不超过2次」 — 不超过: ceilings, targets (" + THR
               + "); 「重点单位检查原则上每年进行1次全覆盖式检查」 the same 1次; 每年 the inspections' rhythm, not a report; no "
               "subject; " + NODATE),
        P(["二", "（三）"],
          note="「定期向社会公示下月执法对象和执法事项」 a publication to the public (no duty); no subject; 「“检查码”」 a name; "
               + NODATE),
        P(["三", "（四）"],
          note="「A、B、C、D四个等级」 grades (no figure); no subject; " + NODATE),
        S(["四", "（八）"], [GJ], [GJ, "市场监管、生态环境等部门", "消防救援机构"], lead_alternatives=[[]],
          note="「各级应急管理部门要主动对接消防救援机构，…。会同市场监管、生态环境等部门和消防救援机构，开展…跨部门联合执法」: the "
               "second sentence's subject is the first's (各级应急管理部门, a group named by a kind): 「A会同B＋verb」 (" + R2
               + "): lead A (lead [] accepted), responsible A and B; 「市场监管、生态环境等部门」 is fields sharing one head, one "
               "name as printed with 等 kept (round 31), 消防救援机构 the second body after 和; 「联合住房建设、交通运输…等部门"
               "共同开展督导检查」 — 联合 is not in rule 2's closed list (round 30 named 协同 as 会同, not 联合): those fields are "
               "left out (not settled by CONVENTIONS: a clerk could read 联合B共同开展 as 会同); 「“双随机、一公开”」 a name; "
               + NODATE),
        P(["四", "（九）"],
          note="「上级部门要…安排…督导式抽查」, 「市级应急管理部门抽查…」: plain subjects (" + CLOSED + "); 「下级部门负责监管"
               "单位」 / 「区级应急管理部门负责监管的单位」 — 负责 inside a noun's description, not a doer (round 30); 「…采取与"
               "区级应急管理部门联合检查方式进行的，…区级应急管理部门原则上不再重复检查」 a case (" + R3 + "); 「推动区级应急管理"
               "部门动态掌握…」 an object of 推动; " + NODATE),
        P(["五", "（十二）"],
          note="rules of fining (「不得随意给予顶格罚款…」), no subject; " + NODATE),
        P(["六", "（十四）"], targets=[(60, "%")],
          note="「行政许可平均承诺办理时限较法定时限减少60%」 — the item's own goal, a target (round 25: a goal written in the "
               "item); 「在受理当日办结」 a time limit counted from an event, no date; no subject; " + NODATE),
        P(["七", "（十八）"],
          note="「鼓励企业集团…」 (objects of 鼓励); 「凡发现…并有效推动整改的，如该单位不属于…，应急管理部门一般不重复…检查」 a "
               "case (" + R3 + "); " + NODATE),
        P(["八", "（二十二）"],
          note="「探索推行远程监管、移动监管等非现场智慧监管方式」; a rule 「未按法定程序…的监控设备，不得…」; no subject; "
               + NODATE),
        P(["九", "（二十四）"],
          note="「制定并落实典型执法案例定期报告制度」 has no subject (a periodic report: a duty); 「区级应急管理部门办理的行政执法"
               "案件全部通过信息化系统向市级应急管理部门汇总」 a plain subject of a sending (" + CLOSED + "; 市级应急管理部门 "
               "receives, " + R3 + "); " + NODATE),
        P(["九", "（二十五）"],
          note="「按照“谁使用、谁负责”的原则」 a principle's words; 「强制要求企业整改的，应当由监管人员复核确认」 — persons "
               "(监管人员: a person is never a unit) inside a case (" + R3 + "); the last item counted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "制定并落实典型执法案例定期报告制度，健全案例筛选、评查、反馈、报送机制", "when": "定期",
              "when_norm": None}],
     notes=["counting: 一、 (a paragraph and four unnumbered headed paragraphs of principles) is a childless section; the "
            "lead-in paragraphs of 二、–十、 are no items; （一）–（二十五） under 二、–九、 → **25**; 十、提升组织保障水平's "
            "（二十六）–（二十八） are items of 组织保障 that name no unit (「各级应急管理部门要切实转变观念…」, 「市级应急管理部门加强"
            "组织统筹，…出台分工细则」: verbs outside rule 2; （二十八）'s 「在市级应急管理部门牵头开展的巡查考核…中」 a body inside a "
            "noun's description) in a plan whose tasks name units (（八）): not tasks (round 27). Accepted: 28 (十、 counted: "
            "every numbered item of the opinion read as work, as in a plan without units)",
            "samples: twelve of twenty-five, from each of 二、–九、; none on 十、 (not counted)",
            "units: only （八） names a doer by rule 2 (会同); every other body is a plain subject (加强, 抽查, 汇总, 开展 …), an "
            "object of 推动 / 鼓励 / 督促, a body inside a noun's description (负责监管的单位, 牵头开展的巡查考核) or inside a "
            "case — a document whose work is given in sentences the closed list does not read (much of the share is "
            "「none」)",
            "dates: （二十六）'s 「未出台制度文件的原则上在6月底前跟进出台」 (2024-06-30) is the only date of an item, in a "
            "section not counted (it would be that item's deadline under the accepted count 28); （二十三）'s "
            "「5年内达到相当于中级注册安全工程师水平」 is a span counted from now (not sampled; no date written)",
            "figures: 不超过1次 / 不超过2次 (（二）), 减少60% (（十四）) targets; 「第三十三条」, grades A–D, 「一企一品一码」 — not",
            "duties: （二十四）'s periodic report of typical cases; no phases"])

write_collected(DIR)
