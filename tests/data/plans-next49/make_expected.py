# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next49/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 24 (built by c49): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next49/make_expected.py tests/data/plans-next49
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

KINDS = ("the actors are kinds of department or party (民政部门, 消防救援部门, 市场监管部门, 消防救援机构, 企业 …) or "
         "groups (各区民政局, 各区市场监管局 …) acting in sentences, no unit named as a label")

P, U = prose_and_listed(PROSE_ACTORS)

# ---------------------------------------------------------------------------------------------------------
X01 = "x49_01_shanghai-2023-yanglao-jigou-xiaofang-biaozhunhua-guanli-shishi-yijian.txt"

plan(X01,
     title="关于加强养老机构消防安全标准化管理的实施意见（关于印发《关于加强养老机构消防安全标准化管理的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title: either is accepted",
     doc_no="沪民养老发〔2023〕11号 (from the index; the stored text prints no number)",
     issuer="上海市民政局, 上海市消防救援总队 (joint; the index names 上海市民政局)",
     date="2023-08-23 (published; signed 2023年8月16日)",
     level="city bureau (Shanghai), joint implementation opinion",
     source=shanghai_source(
         "消防与人防", "关于印发《关于加强养老机构消防安全标准化管理的实施意见》的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=d31db2519b884e019f844030deb817a1&siteId=0034", 3437),
     style="city joint opinion after a short cover (addressees, one sentence, two signatures on one line, date, "
           "「（此件主动公开）」); the opinion's title, a preamble; 一、指导思想 and 二、工作目标 one paragraph each (二、 "
           "holds three dated figures); 三、工作措施 （一）–（四） heading lines, each followed by one to three "
           "paragraphs; 四、责任分工 four unnumbered paragraphs (市、区民政局 / 消防救援部门 / 街镇 / 养老机构); 五、工作要求 "
           "（一）–（三） 「（n）heading。text」; 附件 line. Units only in sentences",
     leaf_tasks=7, count_alternatives=[8],
     leaf_tasks_by_section={"三、工作措施": 4, "五、工作要求": 3},
     task_section_leaves=4,
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "四、责任分工"],
     samples=[
        P(["三", "（一）"],
          note="「市民政局、市消防救援总队联合制订《…指引（试行）》」 (done: the 指引 is the attachment) and 「各区民政局和"
               "消防救援支队严格落实…」: " + KINDS + "; 「定期评测」 / 「定期开展对照自查」 are rhythms of work, not reports; "
               + NODATE),
        P(["三", "（二）"],
          note="「各区民政局…会同消防救援支队推选…，报送市民政局」 and 「市民政局组织第三方…上报国家民政部」: actors in "
               "sentences; the submission to 市民政局 is the plan's duty (below); the yearly counts of 标杆示范单位 are in "
               "二、工作目标, not in this item: no target and " + NODATE),
        P(["三", "（三）"],
          note="「明确整改路线图、时间表、责任单位」 asks the districts to set dates and units, gives none; 「“两个清单”」 is a "
               "name and 「“双随机一公开”」 a method (no targets); " + NODATE),
        P(["三", "（四）"], note="「“一院一案”」 is a principle, not a figure; " + KINDS + "; " + NODATE),
        P(["五", "（一）"], note=KINDS + "; 「常态化」 / 「经常性」 give no date: " + NODATE),
        P(["五", "（二）"], note="「民政、消防救援等部门」: kinds of department in a sentence; " + NODATE),
        P(["五", "（三）"], note="「市民政局将消防安全纳入…」, 「各区民政局健全激励引导机制」: actors in sentences; " + NODATE),
     ],
     plan_targets=[{"number": 3, "unit": "个"}, {"number": 15, "unit": "%"}, {"number": 30, "unit": "%"}],
     phases=[],
     duties=[{"what": "各区民政局会同消防救援支队推选消防安全行业达标示范创建单位，报送市民政局",
              "when": "no date in the item (the yearly counts of 二、工作目标 fall due 2023年底 / 2024年底 / 2025年底)",
              "when_norm": None}],
     notes=["counting: 一、 二、 四、 have no numbered children (sections by EXPECTED.md's rule; 四、责任分工's four "
            "unnumbered paragraphs state each party's standing duties) → 三、 （一）–（四） 4 + 五、 （一）–（三） 3 = 7; 8 "
            "accepted (四、 read as one task) and 4 (三、工作措施 only, task_section_leaves)",
            "samples: all seven leaves",
            "units: no label anywhere; 市民政局, 市消防救援总队, 各区民政局, 消防救援支队, 民政、消防救援等部门 act in "
            "sentences: lead and responsible none for every sample",
            "plan targets (二、工作目标): 「到2023年底，各区推选标杆示范单位不少于3个」 (3 个), 「到2024年底…比例不低于各区"
            "养老机构数量的15%」 (15 %), 「到2025年底…30%」 (30 %); three yearly milestones of one target, not phases",
            "dates: only the three 到…年底 of 二、 (a section), the cover's 2023年8月16日 and the attachment's 2023版: no "
            "sample has a deadline",
            "duty: the districts' nominations 报送市民政局 (三/（二）); 市民政局's 上报国家民政部 is the issuer's own step; "
            "四、's 书面告知 / 通报消防救援部门 are event-driven notices between departments, not reports to the issuer"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x49_02_shanghai-2022-xiaofang-hangye-taotai-pfos-paomo-tongzhi.txt"

plan(X02,
     title="上海市生态环境局 上海市消防救援总队关于推动本市消防行业淘汰含PFOS泡沫产品的通知",
     doc_no="沪环土〔2022〕200号 (from the index; the stored text prints no number)",
     issuer="上海市生态环境局, 上海市消防救援总队 (joint)",
     date="2022-11-11 (published; signed 2022年11月9日)",
     level="city bureau (Shanghai), joint notice",
     source=shanghai_source(
         "消防与人防", "上海市生态环境局 上海市消防救援总队关于推动本市消防行业淘汰含PFOS泡沫产品的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=66114610d5664c0baa532bb30a5ae93b&siteId=0024", 1327),
     style="short city joint notice: title, addressees (各有关单位), a preamble; 一、工作背景 one paragraph; 二、主要措施 "
           "（一）–（四） one paragraph each; 三、其它要求 one paragraph; three contact persons with telephone numbers; "
           "two signatures on one line, date",
     leaf_tasks=4, count_alternatives=[5],
     leaf_tasks_by_section={"二、主要措施": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作背景", "三、其它要求"],
     samples=[
        P(["二", "（一）"],
          note="「即日起，本市从源头提前淘汰…采购，本市供应商停止…」: 即日起 is a start, not a deadline; 本市供应商 is a "
               "kind of party in a sentence; no deadline"),
        P(["二", "（二）"], dl="至2023年年底", dln="2023-12-31",
          note="「至2023年年底，上海化工区等消防部门完成…销毁处置示范工作」: the subject of the sentence is a place plus a "
               "category tail (上海化工区等消防部门), no label: lead and responsible none (reading 上海化工区消防部门 as the "
               "item's unit is the other reading, not offered); the deadline is the year's end"),
        P(["二", "（三）"],
          note="「鼓励企业…」, 「既有库存产品须在国家规定时间内完成使用或自行无害化销毁」: the time is the state's, not "
               "written: " + NODATE),
        P(["二", "（四）"],
          note="「主要由本市危险废物经营许可证单位采取应急焚烧处置」 names a kind of licensed firm, and 「市固化管理中心给予"
               "相关企业业务指导和技术管理支持」 a named centre acting in a sentence (no 负责, no label): lead and "
               "responsible none (the centre as the item's unit is the other reading, not offered); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、工作背景 (background) and 三、其它要求 (one paragraph for 各级生态环境、消防等部门) have no "
            "numbered children → 二、 （一）–（四） = 4; 5 accepted (三、 read as the notice's item, as plans-dev 03)",
            "samples: all four leaves",
            "units: no label; the one dated item (二/（二）) has a place with a category tail as its subject",
            "dates: 2019年5月 (background), 即日起 (a start), 至2023年年底 (二/（二）), 2022年11月9日 (signature)",
            "figures: none that is a target (第九次 is an ordinal; the three 电话 numbers are contacts); the contact "
            "lines are not duties; no phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x49_03_shanghai-2022-diandongche-huozai-shigu-diaocha-liandong-jizhi-tongzhi.txt"
FUZE = ("「X负责…」 with a named city unit: that unit is the item's responsible unit (the brief's 「X负责」, as "
        "plans-next44 x44_01 二/2); no lead named")

plan(X03,
     title="上海市市场监督管理局 上海市消防救援总队关于建立电动自行车火灾事故调查联动机制的通知",
     doc_no="沪市监产质〔2022〕22号 (from the index; the stored text prints no number)",
     issuer="上海市市场监督管理局, 上海市消防救援总队 (joint)",
     date="2022-01-11",
     level="city bureau (Shanghai), joint notice",
     source=shanghai_source(
         "消防与人防", "上海市市场监督管理局 上海市消防救援总队关于建立电动自行车火灾事故调查联动机制的通知.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=2c9bf2f67e582626017e70f51ff46888&siteId=0019", 2436),
     style="city joint notice: title twice, addressees, a preamble; 一、工作目标 one paragraph; 二、职责分工 （一）市场监管"
           "部门 / （二）消防救援机构 heading lines, each followed by two paragraphs (「市X负责协调、指导…」, then the "
           "lower bodies that 承担 the work); 三、联动工作内容 （一）–（四） and 四、工作要求 （一）–（三） heading lines "
           "followed by paragraphs; 四/（三） the reporting rules; 附件 line, the attachment's name, two signatures, date",
     leaf_tasks=9, count_alternatives=[11],
     leaf_tasks_by_section={"二、职责分工": 2, "三、联动工作内容": 4, "四、工作要求": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        U(["二", "（一）"], ["市市场监管局"],
          note="「市市场监管局负责协调、指导全市市场监管部门…开展追溯调查」: " + FUZE + "; the second paragraph 「市市场"
               "监管局执法总队、机场分局和各区市场监管局依职责承担…」 says who does the work under that guidance (承担, "
               "not 负责): read as prose (adding its three bodies to the responsible list is the other reading, not "
               "offered); the heading 市场监管部门 names a kind of department; " + NODATE),
        U(["二", "（二）"], ["市消防救援总队", "全市消防救援机构"],
          note="「市消防救援总队负责协调、指导全市消防救援机构开展…调查工作」: " + FUZE + "; under 二、职责分工 the body "
               "coordinated and guided to 开展 the work is given it too (aligned round 36: CONVENTIONS.md round 36, 「A协助／"
               "协调B做好」 under a heading that gives out work — A and B; first written with 市消防救援总队 only); 「消防救援支队、大队承担…，"
               "负责向…通报」 names kinds of body, no specific unit; " + NODATE),
        P(["三", "（一）"],
          note="「市场监管部门和消防救援机构建立“市、区、街镇”三级联络员队伍」: kinds of department in sentences "
               "(三级 names the levels, not a target); the 通报 to the district 市场监管部门 after a fire is an "
               "event-driven notice between departments; " + NODATE),
        P(["三", "（三）"],
          note="「定期交换共享…监管信息」 is a coordination rhythm between kinds of department with no interval (not "
               "counted as a duty: neither party reports to the issuer); 「及时通报消防救援机构」 has no date; " + NODATE),
        P(["三", "（四）"], note=KINDS + "; 「逐步建立」 gives no date; " + NODATE),
        P(["四", "（三）"], targets=[(1, "人")],
          note="「各区市场监管部门应当…每月报送市市场监管局」 and 「各区消防救援支队应当在火灾事故调查结束后…及时报送市"
               "消防救援总队」: groups acting in sentences (no label); 每月 is a reporting rhythm (the plan's duty, "
               "below), not a deadline; 「死亡1人（含）以上」 is the threshold for an immediate report (round 30: CONVENTIONS.md thresholds — 「1人（含）以上的」: a target); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区市场监管部门汇总通过调查联动机制获取的电动自行车火灾事故调查信息，每月报送市市场监管局",
              "when": "每月", "when_norm": "monthly"},
             {"what": "死亡1人（含）以上的电动自行车火灾事故调查信息随时上报", "when": "随时", "when_norm": None},
             {"what": "各区消防救援支队在火灾事故调查结束后填写《电动自行车火灾事故联动调查信息表》，及时报送市消防救援总队",
              "when": "火灾事故调查结束后，及时", "when_norm": None}],
     notes=["counting: 一、工作目标 is a section → 二、 （一）（二） 2 + 三、 （一）–（四） 4 + 四、 （一）–（三） 3 = 9; 11 "
            "accepted (二、's four unit paragraphs read as four tasks)",
            "samples: six of the nine leaves, from every section that holds tasks",
            "units: only 二、职责分工 names units before 负责 (市市场监管局, 市消防救援总队); everywhere else the two "
            "kinds of department (市场监管部门, 消防救援机构) and the district groups act in sentences",
            "dates: none but the signature 2022年1月11日; no phases",
            "duties: the monthly district report to 市市场监管局, the immediate report of fatal fires, and the 支队's "
            "信息表 after each investigation (all in 四/（三）)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x49_04_shanghai-2021-diandongche-xiaofang-anquan-zonghe-zhili-shishi-yijian.txt"
IMPL = ["各区市场监管局", "临港新片区市场监管局", "机场分局"]
LABEL = ("the bracket 「（牵头指导处室：…）」 names the lead; the 实施单位 各区市场监管局、临港新片区市场监管局、机场分局 "
         "are written in 1.'s bracket 「…为实施单位，下同」 and carried to every later labelled task by 下同 (a standing "
         "rule, as plans-dev 01's 「列第一位者为牵头单位，下同」): responsible = the lead(s) + the three 实施单位")


def L(path, leads, note="", **kw):
    """A labelled task of 三、主要任务: its 牵头指导处室 as lead, with the standing 实施单位."""
    return S(path, leads, list(leads) + IMPL, note=LABEL + ("; " + note if note else ""), **kw)


plan(X04,
     title="上海市市场监督管理局关于深化本市电动自行车消防安全综合治理的实施意见",
     doc_no="沪市监产质〔2021〕639号 (from the index; the stored text prints no number)",
     issuer="上海市市场监督管理局",
     date="2021-12-20",
     level="city bureau (Shanghai)",
     source=shanghai_source(
         "消防与人防", "上海市市场监督管理局关于深化本市电动自行车消防安全综合治理的实施意见.md",
         "https://www.shanghai.gov.cn/zhengce/detail?businessId=2c9bf2f67dc7dcee017deb8e5fdf31dd&siteId=0019", 3373),
     style="city bureau opinion: title twice, addressees, a preamble; 一、工作目标 and 二、治理重点 one paragraph each (二、 "
           "with 一是…五是 run on); 三、主要任务 （一）–（三） heading lines with 1.–12. numbered straight through "
           "(full-width ．), every task ending 「（牵头指导处室：…）」, the first adding 「，各区市场监管局、临港新片区市场"
           "监管局、机场分局为实施单位，下同」; 四、工作要求 （一）–（四） heading lines followed by one paragraph each; "
           "signature, date. No dates for any task",
     leaf_tasks=12, count_alternatives=[],
     leaf_tasks_by_section={"三、主要任务": 12},
     task_section_leaves=12,
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、治理重点"],
     samples=[
        L(["三", "（一）", "1"], ["市局产品质量安全监督管理处"],
          note="the bracket of 1. holds both the lead and the 实施单位 clause with 下同: 「下同」 is a rule, not a unit; "
               + NODATE),
        L(["三", "（一）", "2"], ["市局标准创新处", "标准技术处"],
          note="「市局标准创新处、标准技术处」 split on 、 as printed (标准技术处 shares the 市局 prefix; kept as written); "
               "「会同市经济信息化委推动出台…团体标准」: 市经济信息化委 acts in a sentence, not a label; " + NODATE),
        L(["三", "（一）", "4"], ["市局网络交易和市场规范监督管理处"],
          note="the 和 is inside one office's name (kept whole); 「配合商务、公安、消防等有关部门」 names kinds of "
               "department in a sentence; " + NODATE),
        L(["三", "（二）", "6"], ["市局各有关处室"],
          note="the lead is a group (市局各有关处室); 「市局执法总队要指导各区执法部门查办一批典型案件」 is an actor in a "
               "sentence (一批 is no figure); " + NODATE),
        L(["三", "（二）", "8"], ["市局反不正当竞争处"],
          note="the 名单管理办法 / 实施方案（试行） are documents named, not units; " + NODATE),
        L(["三", "（三）", "9"], ["市局产品质量安全监督管理处", "反不正当竞争处"],
          note="「反不正当竞争处」 printed without the 市局 prefix after 、 (kept as written); 「试点区市场监管部门」 acts in a "
               "sentence; " + NODATE),
        L(["三", "（三）", "12"], ["市局各相关处室"],
          note="the lead is a group (市局各相关处室, worded differently from 6.'s 各有关处室; kept as written); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、工作目标 and 二、治理重点 (five kinds of offence as 一是…五是 in one paragraph) are sections → 三、 "
            "1.–12. 12; 四、工作要求 （一）–（四） name no unit (各区市场监管局 / 各试点单位 act in sentences only: no label, "
            "no lead, no responsible) in a plan whose tasks name units, so they are no tasks — "
            "round 25, convention 2 (seeds/EXPECTED.md lines 3–5: in a plan whose tasks name units, an item of 保障措施 / 组织实施 / 工作要求 that names no unit is no task); round 24 counted them (16, 12 accepted) and sampled 四/（二）, 四/（四） "
            "as tasks with no unit",
            "samples: seven of the twelve labelled tasks (from all three groups); 四、's items are no tasks (round 25)",
            "units: every task of 三、 has a 牵头指导处室 bracket (the lead); the 实施单位 clause of 1. with 下同 makes the "
            "three district-level bodies responsible for every labelled task (reading them only for 1. is the other "
            "reading, not offered); 四、 names actors only in sentences",
            "dates: none but the signature 2021年12月20日; the document numbers (沪消〔2021〕200号) are not dates; no "
            "deadlines, no phases",
            "figures: 五类违法行为 (二、, a section) counts kinds of offence, not a target; no targets; no reporting "
            "duty (「第一时间介入事故调查」 in 四/（三） is a response, not a report)"])


# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x49_01", ["三", "（二）"], ["各区民政局"], ["各区民政局", "消防救援支队", "市民政局"],
        "「各区民政局…组织开展…达标示范单位创建工作」「各区民政局可…会同消防救援支队推选…」「市民政局组织第三方对各区上报的养老机构开展…审核、现场抽查评估」: 组织＋verb, 「A会同B＋verb」 (lead A, lead [] accepted), 组织＋verb: all their bodies in printed order; 「报送市民政局」「上报国家民政部」 receivers (rule 3)", alt=[[]], rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x49_01', S32(['四'], [], ['市、区民政局', '消防救援部门', '街镇', '养老机构'],
          note='「市、区民政局在监督检查中发现…要立即督促…」「消防救援部门负责指导…」「街镇…严格落实…属地管理责任」「养老机构承担消防安全主体责任」 (A承担…责任, round 30; its 主要负责人 a person); no date'),
          'a childless section of unit paragraphs', '「四、责任分工」 has no numbered children; its four unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '四、责任分工', leaf_tasks=8, count_alternatives=[])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x49_01', ['三', '（一）'], [], ['各区民政局', '消防救援支队', '养老机构'], "「各区民政局和消防救援支队严格落实《…规定》要求，…组织开展…宣传培训」 and 「养老机构依据…建立健全…，定期开展对照自查，按要求落实消防安全主体责任」: the subjects of 落实／组织开展 are responsible in printed order, no lead (a kind of body with a verb of rule 2 is a doer, as ra31 read 物业服务企业); 「市民政局、市消防救援总队联合制订」 has no verb of rule 2 (reader still differs: it misses 养老机构's 落实 three clauses after its name)")  # noqa: E501


# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x49_02', ['二', '（四）'], [], ['本市危险废物经营许可证单位'],
              '「主要由本市危险废物经营许可证单位采取应急焚烧处置」 — 由A＋any verb of doing, a kind of regulated party, is a doer (CONVENTIONS.md round 34); 市固化管理中心 gives guidance (rule 3)')  # noqa: E501

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本市危险废物经营许可证单位': '危险废物经营许可证单位'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)
