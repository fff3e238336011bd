# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next124/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 35 (built by helper c124): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 7c54d2c (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, the round-32, round-33 and round-34 rulings and the round-35 rulings written
early). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next124/make_expected.py tests/data/plans-next124
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ONE = "a single unit: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03 一)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (加强, 建立, 做好, "
          "开展 without 组织, 履行, 编制, 制定, 推进, 建设 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／具体负责／落实 or of 组织＋work: responsible A, lead [] (A alone "
        "accepted as the lead, plans-dev 03 一)")
MEET = "CONVENTIONS.md units rule 2, 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
DUTY_HEAD = ("CONVENTIONS.md round 34/35, a heading that gives out work (职责分工／…／职责, and a heading whose object is one "
             "of them 「明确部门职责」) is a label of doers: every body the text gives work, by any verb of doing, is a unit, "
             "in printed order")
THRESH = ("CONVENTIONS.md thresholds (round 30): a quantity joined to a comparison word (不少于／至少／不得超过／超过／达到 …) "
          "is a target of the item")
CLASS = ("CONVENTIONS.md round 34: a class the rule covers (「10万平方米以上的项目」) names the objects a rule applies to — "
         "not a target")
WORKREQ = ("CONVENTIONS.md round 35: a section named 工作要求 that holds the plan's own content is read like any section — "
           "its items that give work are tasks (here every item of 四、 gives work 「应…」)")
NAMES_ETC = ("CONVENTIONS.md round 35: 「A、B、C等部门」 with separate heads gives A, B, C (the 等… tail dropped)")
FIELDS = ("fields joined by 、 before one head noun are one name as printed, 等 kept (CONVENTIONS.md round 31: 「人事、"
          "卫生等部门」)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x124_01_shanghai-shuiwuju-2016-paishui-bengzhan-yunxing-weihu-jiandu-guanli-shishi-yijian.txt"
PLAN01 = "关于加强本市城镇公共排水泵站运行维护监督管理工作的实施意见"
NOTICE01 = "上海市水务局关于印发《关于加强本市城镇公共排水泵站运行维护监督管理工作的实施意见》的通知"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 实施意见's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪水务〔2016〕1802号 (printed under the repeated notice title)",
     issuer="上海市水务局",
     date="2016-12-28",
     level="city bureau (Shanghai water authority), to 市排水处, 各中心城区建设管理（交通）委, 各郊区水务局, 市排水公司",
     source=shanghai_source("市政与基础设施", NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=421e21815d9e46b1b2c68e1ac4ebcc11&siteId=0004", 4452),
     style="a cover (the notice title twice, the number, addressees, 「现将《…》印发给你们，请遵照执行」, 特此通知, signed and "
           "dated 2016年12月28日) then the 实施意见: a preamble, 一、指导思想 (childless), 二、工作目标 （一）–（三） (goals, no "
           "unit), 三、工作职责 （一）–（六） (one paragraph per body: 「市水务局是…，负责…；组织开展…」, 「市排水处具体负责…」 …), "
           "四、工作要求 （一）–（三） headed subsections (（一） with a lead-in paragraph) over items 1、–4、 / 1、–3、 / 1、–3、 "
           "whose subjects act by 应＋verb (委托, 加强, 建立, 编制, 制定 …), 五、考核工作 (a lead-in 「市水务局将每年度组织…考核评比」 "
           "then （一）–（三）: numbers to sample, the cycle, grade bands), 六、 (参照执行) and 七、 (entry into force); then an "
           "attachment 「附件：…考核要求和评分表」, a scoring table flattened one cell a line (its 1、2、 lines are scoring "
           "rules, not tasks); ASCII 「,」 and 「, 」 in 一、",
     leaf_tasks=19, count_alternatives=[18, 22, 12, 11],
     leaf_tasks_by_section={"三、 （一）–（六）": 6, "四、 （一）1、–4、, （二）1、–3、, （三）1、–3、": 10,
                            "五、 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "六、路政、铁路、工业区等自管泵站参照执行。", "七、本通知于2017年1月1日起施行。"],
     samples=[
        S(["三", "（一）"], [], ["市水务局"], lead_alternatives=[["市水务局"]],
          note="「市水务局是本市排水行政主管部门，负责…；组织开展…的考核评比，定时通报考评情况」: the subject of 负责 and of "
               "组织开展 — " + SUBJ + "; the heading 三、工作职责 is a 职责 heading as well (" + DUTY_HEAD + "), which gives "
               "the same body; 「定时」 is a rhythm: " + NODATE),
        S(["三", "（四）"], [], ["各郊区水务局"], lead_alternatives=[["各郊区水务局"]],
          note="「各郊区水务局…全面负责监督…；负责抽查…，并及时向各相关泵站管理单位以及其上级部门通报整改意见，督促整改；负责落实"
               "…」: " + SUBJ + " (各郊区水务局 a group named by a kind, round 30); the bodies told of the findings "
               "(「向各相关泵站管理单位以及其上级部门通报」) only receive (rule 3), and the object of 督促 is no unit (round 30's "
               "pivot) — under the 职责 heading they are given no work of their own; " + NODATE),
        S(["三", "（五）"], [], ["各区排水管理单位", "市排水处"], lead_alternatives=[["各区排水管理单位"]],
          note="「各区排水管理单位具体负责…日常运行维护管理，并接受和配合市排水处开展监管工作」: " + SUBJ + "; under the 职责 "
               "heading (" + DUTY_HEAD + ") 「B配合A开展…」 gives both A and B (aligned round 36: CONVENTIONS.md round 36, "
               "under a heading that gives out work every body given work is a unit, 「B配合A开展」 both; first written "
               "RULING? with 市排水处 left out): responsible 各区排水管理单位, 市排水处; " + NODATE),
        S(["三", "（六）"], [], ["市排水公司"], lead_alternatives=[["市排水公司"]],
          note="「市排水公司具体负责市管排水泵站的日常运行维护管理」: the subject of 具体负责 — " + SUBJ + " (a company as a doer, "
               "round 34: rule 2 does not ask who the body is); " + NODATE),
        S(["四", "（一）", "1"], [], ["市排水处"], lead_alternatives=[["市排水处"]],
          note="「市排水处应每年委托社会中介机构组成专家组，…进行抽查，并及时将抽查情况向相关管理单位通报，…并督促整改落实」: "
               "CONVENTIONS.md round 35, a pivot without 由 「A委托B组织…」 reads as 「由A委托B」 — A is a doer, B (社会中介机构, "
               "the object of 委托) is not; " + ONE + "; " + WORKREQ + "; 「每年」 is a rhythm (round 34): " + NODATE),
        S(["四", "（一）", "3"], [], ["各区排水管理单位"], lead_alternatives=[["各区排水管理单位"]],
          note="「各区排水管理单位应…建立…监管机制，出台…办法，定期组织对…的检查考核评比，监督检查情况定期报市排水处」: 组织＋work "
               "with modifiers between (round 34: 「组织对…的检查考核评比」) — " + SUBJ + "; 市排水处 only receives (rule 3); "
               "the sending to 市排水处 is a duty (round 35: a plan unit's sending to another body of the plan), 定期 with no "
               "date; " + NODATE),
        S(["四", "（二）", "3"], [], ["各级主管部门"], lead_alternatives=[["各级主管部门"]],
          note="「各泵站管理单位应准备充足的备品备件…；同时应…及时向上级部门提出更新改造建议，各级主管部门及时安排计划实施改造」: "
               "准备 and 提出 are no verbs of rule 2 (" + CLOSED + "; 上级部门 only receives); 「A及时安排计划实施改造」 (ruled round 36: A a doer) — "
               "read as A the subject of the serial verb 实施 (rule 2: the subject of 实施), so 各级主管部门 (a kind, 各级 + "
               "主管部门) is a doer; " + WORKREQ + "; " + NODATE),
        S(["五", "（一）"], [], ["市水务局"], [(10, "座"), (1, "座")], lead_alternatives=[["市水务局"]],
          not_targets=[(100, "座"), (10, "%")],
          note="the item names no body; the section's lead-in 「市水务局将每年度组织对全市排水泵站…的考核评比」 (组织＋work) gives it "
               "its unit — CONVENTIONS.md units rule 4 (a section's lead-in gives its items units when they name none); " + ONE
               + "; 10座 / 1座: 「抽查不少于10座」「但不少于1座」 — " + THRESH + "; 100座: 「管理排水泵站数量大于等于100座的」「小于"
               "100座的」 pick the managing units the sampling rule covers — " + CLASS + "; 10%: 「按10%抽查」, a proportion "
               "with no comparison word, read as a norm like round 30's 「原则上按500户配1名」 (RULING? a sampling rate could "
               "be read as a policy's rate, round 25); 「每年度」 a rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区排水管理单位监督检查情况定期报市排水处", "when": "定期", "when_norm": None,
              "who": ["各区排水管理单位"]}],
     notes=["counting: 一、指导思想 childless (a section); 二、工作目标 （一）–（三） goals naming no unit (round 27: not tasks in a "
            "plan whose tasks name units); 三、工作职责 （一）–（六） one body each: 6 tasks; 四、工作要求 （一）1、–4、, （二）1、–3、, "
            "（三）1、–3、: 10 tasks — round 35: a 工作要求 section that holds the plan's own content is read like any section, "
            "its items that give work are tasks (every item tells a body what it 应 do); 五、考核工作 （一）–（三）: 3 leaves of an "
            "ordinary section (the lead-in's assessment specified: numbers, cycle, published ranking) → **19**; 六、 (参照执行, "
            "a 参照 article, round 34) and 七、 (entry into force) are general provisions; the attachment is a scoring table, "
            "no task rows",
            "other counts accepted: 18 (五/（二） 「考核周期确定为：一个自然年度」 a statement with no work, round 33's article "
            "ruling read for an item), 22 (with the three goals of 二、), 12 and 11 (only the items of 四、 with a rule-2 doer — "
            "（一）1、 and （一）3、, with or without （二）3、 — as the round-27/33 reading of 工作要求 items would give)",
            "units: 三、 by 负责／具体负责 (and the 职责 heading); 四、 by rule 2 only: 委托 (（一）1、, round 35), 组织＋work "
            "(（一）3、), 实施 (（二）3、, ruled round 36); the other items' subjects act by 加强／加大／建立／编制／制定／准备 (closed list): no unit",
            "dates: none — 2016年12月28日 the cover's date, 「12月20日局长办公会议」 a past meeting, 「2014-15年」 a past trial, "
            "2017年1月1日 the entry into force; 每年／每年度／定期／定时 are rhythms; the attachment's 「每月10日前」「每年4月前」 "
            "are scoring rules for reports",
            "targets: 10座 and 1座 (五/（一）); grade bands 60分／80分／90分 (五/（三）) are not targets (round 32); "
            "国办发（2013）23号 a document number; the scoring table's points and percentages are scores, not targets",
            "duties: 四/（一）/3's periodic report to 市排水处; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x124_02_shanghai-2015-weixian-huaxuepin-daolu-yunshu-anquan-jianguan-shishi-yijian.txt"
PLAN02 = "关于进一步加强本市危险化学品道路运输安全监管工作的实施意见"
NOTICE02 = "上海市人民政府办公厅转发市交通委等四部门关于进一步加强本市危险化学品道路运输安全监管工作实施意见的通知"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 实施意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪府办发〔2015〕37号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅 (forwarding 市交通委, 市安全监管局, 市公安局, 市质量技监局)",
     date="2015-08-27",
     level="city government office (Shanghai), to 各区、县人民政府 and 市政府各委、办、局",
     source=shanghai_source("市政与基础设施", "上海市人民政府办公厅转发市交通委等四部门关于进一步加强本市危险化学品道路运输安全监管工作实施意见的通.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-32865_44757&siteId=0001", 3012),
     style="a forwarding cover (dated 2015年8月27日) then the 实施意见: a preamble, five headed points whose headings are "
           "sentences 「二、各有关管理部门要切实落实行业监管责任」: 一、 childless (five paragraphs of the regulated parties' "
           "duties: 承运人, 托运人, 收发货单位, 运输代理经营者, 货运站（场）), 二、 （一）–（四） one body each (「市安全监管部门要"
           "…；会同…」, 「…要指导市运输管理处公布…；负责…」) and a trailing unnumbered paragraph 「即日起至2015年底，开展…专项整治"
           "…」, 三、 （一）–（四） (各区（县）政府, 「本市十四个…道口所在的各区（县）政府…负责…」, named districts), 四、 childless "
           "(one paragraph of bodies), 五、 （一）–（五） (「市交通委加快建设…，力争在2015年底前基本建成…」, 「市安全监管局指导"
           "金山区做好…」, 「市安全监管局、…等部门要…切实落实…」); four signatures and 2015年8月25日",
     leaf_tasks=13, count_alternatives=[14, 15],
     leaf_tasks_by_section={"二、 （一）–（四）": 4, "三、 （一）–（四）": 4, "五、 （一）–（五）": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、生产、储存、使用、经营、运输危险化学品的单位要全面落实运输环节安全生产主体责任",
                                   "四、各有关管理部门和区（县）政府要加强源头管控，建立联动联勤长效机制"],
     samples=[
        S(["二", "（一）"], ["市安全监管部门"], ["市安全监管部门", "相关职能部门"], lead_alternatives=[[]],
          note="「市安全监管部门要加强对…的检查、指导、督促、执法；会同相关职能部门开展…联合执法」: 加强 is no rule-2 verb, but the "
               "elided subject carries over (round 34) to 「（市安全监管部门）会同相关职能部门开展…」 — " + MEET + "; 相关职能部门 "
               "a kind (round 33: 相关部门 is a kind; round 34: the partner of 会同 is a doer); " + NODATE),
        S(["二", "（二）"], [], ["市交通运输行政管理部门"], lead_alternatives=[["市交通运输行政管理部门"]],
          note="「市交通运输行政管理部门要指导市运输管理处公布…；负责在联合执法过程中对…的处罚」: the subject of 负责 — " + SUBJ
               + "; 市运输管理处 is the object of 指导 without 负责 (rule 3's guide / round 30's pivot): not a unit; " + NODATE),
        S(["二", "（三）"], [], ["市公安部门"], lead_alternatives=[["市公安部门"]],
          note="「市公安部门要依托…数据、信息，加强对…的执法监管；负责在联合执法过程中协助对行政相对人的调查取证，以及相关具体违法违规"
               "行为的处罚」: 加强 is no rule-2 verb, but the same subject 负责… — " + SUBJ + "; 协助 inside the work of 负责 names no "
               "other body; " + NODATE),
        S(["二", "（四）"], [], ["市质量技术监督部门"], lead_alternatives=[["市质量技术监督部门"]],
          dl="即日起至2015年底", dln="2015-12",
          note="「市质量技术监督部门要负责…把关，并依法对移动式压力容器实施安全监管…」: " + SUBJ + "; the unnumbered paragraph after "
               "the last item of 二、 「即日起至2015年底，开展危险化学品安全管理专项整治…」 gives work and is not a units line, so it "
               "is this item's body (CONVENTIONS.md round 32, a trailing paragraph): its 「至2015年底」 is the item's deadline, "
               "December of 2015; its plain verbs (开展, 整改, 落实 with no subject) add no unit"),
        S(["三", "（三）"], [], ["各区（县）政府"], lead_alternatives=[["各区（县）政府"]],
          note="「本市十四个指定危险品查验道口所在的各区（县）政府要配合道口加强执法力量，协助执法监督，负责查验时危险化学品的认定…」: "
               "the subject of 负责 — " + SUBJ + "; CONVENTIONS.md round 34: a 的-phrase before a name describes it, the unit is "
               "the name after the last 的 (各区（县）政府, its bracket kept); 道口 (a checkpoint) is no body; 十四个 counts the "
               "checkpoints (a name's description, not checked); " + NODATE),
        S(["五", "（二）"], [], [], dl="2015年底前", dln="2015-12",
          note="「市交通委加快建设长三角地区…联网联控信息系统，力争在2015年底前基本建成区域性监控信息系统平台…」: 加快建设, 建成 — "
               + CLOSED + "; " + NONE + "; deadline 2015年底前 → December 2015"),
        S(["五", "（三）"], [], [],
          note="「市安全监管局指导金山区做好危险化学品流动流向监管平台建设…」: 「A指导B…」 without 负责 — rule 3's guide (round 30), "
               "and 金山区, the object of the pivot, is no unit (做好 is no rule-2 verb either); " + NONE + "; 「尽早」 is no "
               "date: " + NODATE),
        S(["五", "（五）"], [], ["市安全监管局", "市交通委", "市公安局", "市质量技监局"],
          note="「市安全监管局、市交通委、市公安局、市质量技监局等部门要进一步加强与区（县）政府联动，切实落实…的有关工作」: the "
               "subject of 落实 (rule 2); " + NAMES_ETC + "; 区（县）政府, the partner of 联动 (no 会同／协同／联合＋verb), is no "
               "unit; no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 and 四、 are top-level points with no numbered child in a document whose work sits in numbered "
            "items under 二、三、五、: sections (plans-dev EXPECTED.md lines 21–25; the early round-34 ruling on childless "
            "headed points is for documents where most points have no child) — RULING? both give work (一、 to regulated "
            "parties by 要／应当, 四、 to named bodies by 要加强／开展／完善, no rule-2 verb); counts with one or both (14, 15) "
            "are accepted; 二、 （一）–（四） (the trailing paragraph is （四）'s body, round 32), 三、 （一）–（四）, 五、 （一）–（五） "
            "→ **13**",
            "units: by rule 2 only — 会同 (二/（一）), 负责 (二/（二）–（四）, 三/（三）), 落实 (五/（五）); 三/（一）（二）（四）, "
            "五/（一）–（四） name no doer (履行, 开展 without 组织, 加强, 推进, 建设, 指导 without 负责)",
            "dates: 2015年底 (二/（四） by its trailing paragraph, 五/（二）); 2015年8月27日 / 25日 signing dates",
            "no targets (「十四个」 a count of named checkpoints), no phases, no duties (the cover has no dated sending)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x124_03_shanghai-2014-ranqi-zhudongche-xianqi-baofei-tonggao.txt"
TITLE03 = "上海市人民政府关于燃气助动车限期报废事项的通告"

plan(X03,
     title=TITLE03,
     title_note="the 通告's title (the first line)",
     doc_no="沪府发〔2014〕37号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府",
     date="2014-05-21",
     level="city government (Shanghai), a public notice",
     source=shanghai_source("市政与基础设施", TITLE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-31810_39192&siteId=0001", 1701),
     style="a public 通告: a preamble (past acts of 公安交通管理部门, 沪府办发〔2002〕46号, 8年, 2013年12月31日), four childless "
           "headed points of two or three paragraphs each — 一、 「到2015年12月31日前，完成本市燃气助动车回收工作。本市设立5个集中"
           "回收点…」 and the owners' steps, 二、 「每个燃气助动车钢瓶由相关部门提供200元」 and 「市自行车行业协会将组织部分电动自行车"
           "厂家开展购车优惠活动」, 三、 prohibitions 「自2016年1月1日起，禁止…」, 四、 three case clauses 「对…的，由A依法查处」; a "
           "closing 「本通告自2014年6月1日起实施」, 「附件：燃气助动车集中回收点一览表」, the signature (2014年5月21日; the index "
           "dates it 2014-05-22) and the attachment, a table of five collection points flattened one cell a line",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "四、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、 (counted as a task)", "二、 (counted as a task)", "三、 (not a task)", "四、 (counted as a task)"],
     samples=[
        S(["一"], [], [], [(5, "个")], dl="到2015年12月31日前", dln="2015-12-31",
          note="a childless point that gives work — a task (CONVENTIONS.md, the early round-34 ruling on headed points); "
               "「完成本市燃气助动车回收工作」 has no subject, 「相关部门将根据情况，适当增加集中回收点」 (增加) and the owners' steps "
               "「车主应当…送至集中回收点…办理回收登记手续」 (a person, never a unit; 送, 办理 no rule-2 verbs) — " + NONE + "; "
               "5个: 「本市设立5个集中回收点」, a quantity of the work (round 25: a policy's quantities are its item's targets); "
               "「自2014年6月1日起」 a start; deadline 到2015年12月31日前"),
        S(["二"], [], ["市自行车行业协会"], [(200, "元")], lead_alternatives=[["市自行车行业协会"]],
          note="「市自行车行业协会将组织部分电动自行车厂家开展购车优惠活动」: 「A组织B开展」 gives A (round 30; B, the pivot's object, "
               "no unit; round 34: an association is a doer with a rule-2 form) — " + SUBJ + "; 「每个燃气助动车钢瓶由相关部门提供"
               "200元」: (ruled round 36) 由A＋提供 with a sum of money as object is read as a payer (round 30: 由A承担／分担／保障 with a cost "
               "names a payer; round 35: a cost verb decides a payer), not a doer; 「各液化石油气加气站应当加强安全检查…」 加强 — "
               + CLOSED + "; 200元: the policy's sum per cylinder (round 25: 「每户补贴2000元」 is a target); " + NODATE),
        S(["四"], [], ["质量技术监督部门", "工商行政管理部门", "公安交通管理部门"],
          note="every clause is 「对…的，由A依法查处」: CONVENTIONS.md round 34, an item whose every clause is 「对…的，由A处罚」 is "
               "the response to its cases — A is a doer (round 30: an item whose whole work is the response to a case takes A); "
               "the bodies in printed order, 质量技术监督部门 once (「由质量技术监督部门、工商行政管理部门依法查处」 two names); no "
               "lead; 「2016年1月1日后驾驶…的」 names the case, no deadline; the closing 「本通告自2014年6月1日起实施」 is the "
               "notice's close, not a body (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a 通告 of four childless headed points — the early round-34 ruling: a childless point whose text "
            "gives work (a rule-2 doer, or an instruction) is a task: 一、 (the collection to finish by a date), 二、 (a rule-2 "
            "doer), 四、 (the case clauses' doers) → **3**; 三、 holds only prohibitions to the public 「禁止擅自拆卸…」「自2016年"
            "1月1日起，禁止驾驶…」 — no doer, no instruction to a plan body: not a task (RULING?; 4 accepted); the attachment "
            "(collection points, addresses, telephones, hours) has no task rows",
            "units: 二、 by 组织＋work, 四、 by 由A查处; 一、 none; 「相关部门」 in 一、 (增加) and 二、 (提供200元, a payer) no unit",
            "dates: 2015年12月31日 (一、's deadline); 2014年6月1日 a start and the entry into force; 2016年1月1日 the start of "
            "a prohibition (三、) and a case (四、); 2002年12月23日, 2013年12月31日 past facts in the preamble",
            "targets: 5个 (一、), 200元 (二、); 8年 (the preamble's past rule), phone numbers, house numbers and 9:00~16:00 in "
            "the attachment are no targets; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x124_04_shanghai-2013-daolu-weixian-huowu-yunshu-anquan-guanli-ruogan-yijian.txt"
PLAN04 = "关于进一步加强本市道路危险货物运输安全管理的若干意见"
NOTICE04 = "上海市人民政府办公厅转发市交通港口局等关于进一步加强本市道路危险货物运输安全管理若干意见的通知"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 若干意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪府办发〔2013〕4号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅 (forwarding 市交通港口局, 市安全监管局, 市公安局, 市质量技监局, 市环保局, 市建设交通委)",
     date="2013-01-31",
     level="city government office (Shanghai), to 各区、县人民政府 and 市政府各委、办、局",
     source=shanghai_source("市政与基础设施", NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-30985_34597&siteId=0001", 5766),
     style="a forwarding cover (dated 2013年1月31日; the index dates it 2013-02-01) then the 若干意见: a preamble, 一、–五、 "
           "with items （一）… each opening with a run-in heading 「（一）实行运输企业资质认定和备案登记。…」 (6 + 5 + 5 + 5 + 3 = "
           "24, some of two to five paragraphs); most items bind the regulated (运输企业, 驾驶员, 检测机构 by 应…); bodies act "
           "by 「由A…组织实施」, 「由A…建立和完善」, 「由有关部门…督促」, and in 五/（二）明确职能管理部门的职责 paragraph by paragraph "
           "(「安全监管部门负责…」「公安部门负责…」…); many thresholds (30辆以上, 每15辆车1人, 不少于1人, 3年以上, 不少于12学时, "
           "超过10年, 不得超过8小时, 至少20分钟 …); six signatures and 2013年1月25日",
     leaf_tasks=24, count_alternatives=[],
     leaf_tasks_by_section={"一、 （一）–（六）": 6, "二、 （一）–（五）": 5, "三、 （一）–（五）": 5, "四、 （一）–（五）": 5,
                            "五、 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "（三）"], [], [], [(1, "人"), (3, "年"), (12, "学时")], not_targets=[(30, "辆"), (15, "辆")],
          note="the subjects are the regulated firms and their managers (「…企业…应强化企业内部管理」, 「…企业应设置…，配备…」, 强化 / "
               "设置 / 配备 no rule-2 verbs), and 「参加相关管理部门组织的培训」 puts a body inside a noun's description (round 30) — "
               + NONE + "; 1人: 「最低不少于1人」, 3年: 「3年以上从业经历」 (a floor the managers must meet), 12学时: 「不少于12学时」 — "
               + THRESH + "; 30辆: 「拥有30辆以上（含30辆）专用车辆的企业」 — " + CLASS + " (also 「拥有30辆以下的企业」); 15辆: "
               "「原则上按照每15辆车1人的标准」, a ratio norm with no comparison word (round 30: 「原则上按500户配1名」); 「每年」 a "
               "rhythm: " + NODATE),
        S(["一", "（五）"], [], ["市交通运输管理部门", "相关行业协会", "安评机构", "考评机构"], [(3, "起")],
          note="「由市交通运输管理部门及相关行业协会、安评机构或授权认可的考评机构组织实施」: 由A组织实施 (rule 2), every body in "
               "printed order — 及 joins two names (round 34), 或 two doers (round 30: 「由A或B指定专人负责」), 「授权认可的考评机构」 → "
               "考评机构 (round 34: the name after the last 的), 相关行业协会 a kind (round 34); 「被本市道路运输管理机构查实」 sits "
               "inside a case (rule 3); no lead; 3起: 「连续1年内被…查实3起及以上…违法行为的，…应进行整改」, a count of events that "
               "triggers the step, joined to 及以上 — " + THRESH + " (round 30's 「变化率超5%的应说明原因」; RULING? not round 34's "
               "class of objects, which names a kind of thing by its size); " + NODATE),
        S(["二", "（五）"], [], [],
          note="「公安交通管理部门、交通运输管理部门、质量技监部门应加强对…的日常监督管理，研究开展服务质量考评工作」: 加强, 开展 "
               "without 组织 — " + CLOSED + "; the rest are cases 「对检查发现…的，严格督查整改…；…情节严重的，撤销…；对查实…的，由有关"
               "管理部门从严追究法律责任」 — a clause inside a case is no unit (rule 3) when the item's work is something else "
               "(round 34: the item's work is the oversight, not only the response to its cases); " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [], [(12, "学时")],
          note="「从业人员每年应参加交通运输管理部门组织的继续教育，且时间不少于12学时」: the persons trained are no units, and "
               "「交通运输管理部门组织的继续教育」 is a body inside a noun's description (round 30; round 34: 「A组织实施的＋noun」 "
               "stays a description) — " + NONE + "; 12学时 joined to 不少于 — " + THRESH + "; 「每年」 a rhythm: " + NODATE),
        S(["三", "（四）"], [], [], [(8, "小时"), (20, "分钟"), (10, "小时"), (50, "小时"), (24, "小时")],
          note="limits of the drivers' working time: 「每日驾驶时间不得超过8小时」 (and 「至少连续休息8小时」), 「应停车休息至少20分钟」, "
               "「连续工作时间超过10小时…」 (a trigger joined to 超过), 「驾驶时间累积达到50小时，应休息至少24小时」 — " + THRESH + " "
               "(「连续驾驶4小时」 and 「在48小时内」 carry no comparison word or are a window: not checked); the drivers are "
               "persons, no units — " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], ["市安全监管、交通运输、公安、质量技监、环保、路政等职能管理部门", "有关部门"],
          note="「由市安全监管、交通运输、公安、质量技监、环保、路政等职能管理部门建立和完善…监管信息系统。同时，由有关部门依据职责，"
               "督促企业落实…」: the agent of 由 with any verb of doing is a doer (round 34: 「由A＋any verb」; the pivot rule is "
               "for A as a subject, not for the agent of 由) — two clauses, in printed order; " + FIELDS + " — the six fields "
               "share the head 职能管理部门; 有关部门 a kind (round 33); 企业, the object of 督促, no unit; no lead; " + NODATE),
        S(["五", "（二）"], [], ["安全监管部门", "公安部门", "交通行政执法部门", "交通运输管理部门", "有关部门",
                               "质量技监部门", "环保部门"], lead_alternatives=[["交通运输管理部门"]],
          note="the run-in heading 「明确职能管理部门的职责」 is a heading whose object is 职责 — " + DUTY_HEAD + "; five "
               "paragraphs, bodies in printed order: 「各职能管理部门除…依法履职外」 (an exception clause names no unit — aligned round 36: CONVENTIONS.md round 36; "
               "first written RULING? with 各职能管理部门 read as given work), 「安全监管部门负责…」, 「公安部门负责…，并将…违法行为…移交交通行政"
               "执法部门处理」 (the receiver of 移交 is given work 处理 — ruled round 36: 「移交B处理」 gives B under such a heading), 「交通运输管理部门负责…；…会同有关部门做好…」 (会同: 有关部门 a doer), 「质量技监部门负责…」, 「环保部门"
               "负责…」; lead []: 会同 leads one clause among many bodies' duties (RULING?; 交通运输管理部门 as the lead accepted); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "交通运输管理部门对本市新设立的道路危险货物运输企业以及原有道路危险货物运输企业、车辆、从业人员变动等情况，应及时通过监管信息系统，通报公安交通管理部门",
              "when": "及时", "when_norm": None, "who": ["交通运输管理部门"]},
             {"what": "公安交通管理部门对在沪从事道路危险货物运输的本市和外省市运输企业的车辆、驾驶人交通违法和肇事情况，也应及时通过监管信息系统，通报交通运输管理部门",
              "when": "及时", "when_norm": None, "who": ["公安交通管理部门"]},
             {"what": "交通运输管理部门对本市危险货物生产、经营、储存、使用单位等收发货源头单位违规委托运输及执法处罚情况，应通过监管信息系统，通报安全监管部门",
              "when": "（未写明）", "when_norm": None, "who": ["交通运输管理部门"]}],
     notes=["counting: every item （一）… under 一、–五、 is a leaf that gives work (run-in headings, round 35) → 6 + 5 + 5 + "
            "5 + 3 = **24**; the sections are work sections (no 工作目标／保障措施), so an item naming no unit is still a task "
            "(plans-dev EXPECTED.md: leaf tasks are the numbered leaves that carry text); 一/（六） 「本市鼓励…开展…统保」 is "
            "an encouragement but a leaf; no other count",
            "units: by rule 2 in 一/（五） (由A组织实施), 四/（二） (由A建立和完善; 由有关部门督促), 五/（二） (the 职责 heading, "
            "负责 ×5, 会同); the other items bind the regulated (企业, 驾驶员, 检测机构 by 应…) or name bodies with 加强／强化／"
            "通报 — no unit (五/（一）: 通报 between the plan's bodies, bodies as members of a mechanism it sets up; 五/（三）: 「按上述职责分工」 names no body, round 33, and 加强／开展); 四/（三） 「…应按照交通运输管理部门要求…报备」 is a regulated party's filing (round 32: no duty)",
            "dates: none — 2012年8月 (a past fact), 2013年1月25日 / 31日 signing dates; 每年／每季度／半年一次 rhythms; 「在运输"
            "危险货物前」 a time from an event",
            "targets: in 一/（三）, 一/（五）, 三/（一）, 三/（四） (see samples); 二/（二） 「使用年限超过10年的」 (a class of vehicles, "
            "round 34) and 「每年…2次」 (not sampled); 三/（五） 「一年内累计4次以上」 (a trigger, not sampled)",
            "duties: the three sendings by 通报 between the plan's bodies in 五/（一） (round 35), none dated; no phases"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x124_01", ["五", "（一）"], "「…数量大于等于100座的，抽查不少于10座；…小于100座的，按10%抽查」: bands in clauses of their own set the body's own work (round 56), and 10 % is the share checked (round 57), named by the ruling", to_target=[(100, "座"), (10, "%")])
write_collected(DIR)
