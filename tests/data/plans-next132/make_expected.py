# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next132/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 36 (built by helper c132): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
5269583 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-35 rulings and the round-36 rulings
written early). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next132/make_expected.py tests/data/plans-next132
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
LABEL = ("CONVENTIONS.md units rule 1, the label decides: the item's own label 「（牵头部门：A。配合部门：B、C…）」 after its text "
         "gives lead = the 牵头 body, responsible = the 牵头 body and the 配合 bodies in printed order (plans-next71's reading "
         "of 「牵头部门：…；配合部门：…」); bodies in the item's sentences add nothing")
ONE = "a single doer: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03 一)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (加强, 建立, 做好, "
          "开展 without 组织, 推进, 进行, 签订 without 由, 完成 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／落实／实施 or of 组织＋work, or the agent of 由＋a verb of doing "
        "(round 34: 「由A＋any verb of doing」)")
DUTY_HEAD = ("CONVENTIONS.md round 34/35/36, a heading that gives out work (职责分工 …) is a label of doers: every body the text "
             "gives work, by any verb of doing, is a unit, in printed order")
THRESH = ("CONVENTIONS.md thresholds (round 30): a quantity joined to a comparison word (以上／不少于／不超过／不得超过 …) "
          "is a target of the item, a threshold that triggers a step included (round 36: 「查实3起及以上…的」)")
PENALTY = "CONVENTIONS.md round 32/33: what a breach costs (a fine's scale, a ban's length) is not a target"
ARTS = ("CONVENTIONS.md round 30: in a document written as articles, the articles of purpose, definition, scope, "
        "interpretation and entry into force are not tasks")
WINDOW = ("CONVENTIONS.md round 33/34: a limit counted from an event with no comparison word 「15个工作日内」 is the item's "
          "deadline rule, not a target and no deadline")


# ---------------------------------------------------------------------------------------------------------
X01 = "x132_01_shanghai-2012-kehuoyun-anquan-guanli-shishi-yijian.txt"
TITLE01 = "上海市人民政府关于贯彻《国务院关于加强道路交通安全管理工作的意见》进一步加强本市客货运安全管理工作的实施意见"

plan(X01,
     title=TITLE01,
     title_note="the 实施意见's title (the first line)",
     doc_no="沪府发〔2012〕99号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府",
     date="2012-12-06",
     level="city government (Shanghai), to 各区、县人民政府 and 市政府各委、办、局",
     source=shanghai_source("市政与基础设施", "上海市人民政府关于贯彻《国务院关于加强道路交通安全管理工作的意见》进一步加强本市客货运安全管理工作的.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-29273_34200&siteId=0001", 8523),
     style="a preamble, then six headed sections 一、–六、 over items （一）–（二十五） numbered straight through, each a run-in "
           "heading and one paragraph ending in its own label 「（牵头部门：A。配合部门：B、C…）」 (（四）（十九） a 牵头部门 only; "
           "（十七） 「（A、B、C、D按职责负责相关工作）」, no lead); many thresholds, penalties and limits of drivers' time; no date "
           "given to any item; signed 上海市人民政府, 2012年12月6日 (the index dates it 2012-12-10)",
     leaf_tasks=25, count_alternatives=[],
     leaf_tasks_by_section={"一、 （一）–（五）": 5, "二、 （六）–（七）": 2, "三、 （八）": 1, "四、 （九）–（十一）": 3,
                            "五、 （十二）–（二十一）": 10, "六、 （二十二）–（二十五）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], ["市交通港口局"],
          ["市交通港口局", "市公安局", "市工商局", "市建设交通委", "市绿化市容局", "市教委", "市经济信息化委", "上海保监局",
           "人民银行上海分行", "上海银监局"],
          note=LABEL + "; ten bodies, 上海保监局 / 人民银行上海分行 / 上海银监局 as printed; " + NODATE),
        S(["一", "（二）"], ["市安全监管局"], ["市安全监管局", "市交通港口局", "市财政局"], [(1, "%"), (1.5, "%")],
          note=LABEL + " — 「由安监、行业主管部门会同财政部门进行处罚」 in the text (a case clause besides, rule 3) adds nothing; "
               "1% and 1.5%: 「平均逐月提取1%安全生产费用」「…提取1.5%安全生产费用」, the rates the item makes the firms keep — a "
               "policy's own rate is its item's target (CONVENTIONS.md round 25: 「每户补贴2000元」); 财企〔2012〕16号 a "
               "document number; " + NODATE),
        S(["一", "（五）"], ["市安全监管局"],
          ["市安全监管局", "市公安局", "市交通港口局", "市建设交通委", "市工商局", "市绿化市容局", "市教委", "市监察局"],
          not_targets=[(3, "年")],
          note=LABEL + "; 3年: 「客运企业3年内不得新增客运班线，旅游企业3年内不得新增旅游车辆」 — " + PENALTY + "; 「6个月内发生"
               "两起较大及以上责任事故」 names the case (及以上 goes with the grade 较大, not with a count of the work); " + NODATE),
        S(["四", "（九）"], ["市公安局"], ["市公安局", "市交通港口局"], [(3, "小时")],
          note=LABEL + "; 3小时: 「开展不少于3小时的安全警示教育」 — " + THRESH + "; 「每年…开展一次」「每月汇编」 are rhythms "
               "(round 34: no deadline) — " + NODATE + "; the monthly 通报 to 交通运输管理部门 is a duty (round 35)"),
        S(["四", "（十）"], ["市交通港口局"], ["市交通港口局", "市公安局", "市建设交通委", "市绿化市容局", "市教委"],
          [(20, "%"), (50, "%"), (3, "次")], not_targets=[(3, "年")],
          note=LABEL + "; 「超员20%以上、超速50%（高速公路超速20%）以上或者一年内有3次以上超速违法行为记录的，依法依规限制或禁止"
               "从事客货运行业资格」: counts joined to 以上 that trigger the step — " + THRESH + "; 「记满12分」 has no "
               "comparison word (not checked); 3年: 「3年内不得重新申请参加从业资格考试」 — " + PENALTY + "; " + NODATE),
        S(["五", "（十四）"], ["市交通港口局"], ["市交通港口局", "市旅游局", "市公安局", "市文化执法总队"],
          [(80, "%"), (8, "小时"), (4, "小时"), (2, "小时"), (20, "分钟")], not_targets=[(1000, "公里"), (4000, "元")],
          note=LABEL + " — 「由旅游行政管理、文化执法部门加强联合执法」 in the text adds nothing (rule 1); 「不得超过日间限速的80%」, "
               "「24小时累计驾驶时间不超过8小时，日间连续驾驶时间不超过4小时，夜间连续驾驶时间不超过2小时，每次停车休息时间不少于20分钟」 — "
               + THRESH + "; 1000公里: 「严格控制1000公里以上的跨省长途客运班线」 — CONVENTIONS.md round 34, a class the rule "
               "covers (the lines controlled), not a target; 4000元: 「处以4000元以上2万元以下罚款」 — " + PENALTY + "; 「凌晨2时至"
               "5时」 clock times; GB/T26359—2010 a standard number; " + NODATE),
        S(["五", "（十七）"], [], ["市工商局", "市公安局", "市经济信息化委", "市质量技监局"],
          note="the label 「（市工商局、市公安局、市经济信息化委、市质量技监局按职责负责相关工作）」 names four bodies and no lead — "
               "CONVENTIONS.md rule 1 (a label); 「按职责负责」 by reference names no body by itself (round 33), but here the "
               "bodies are printed before it; lead = []; " + NODATE),
        S(["五", "（二十）"], ["市公安局"], ["市公安局", "市交通港口局"], [(2, "次")], not_targets=[(5000, "元")],
          note=LABEL + "; 2次: 「对两年内有2次以上（含2次）超员违法行为的企业」, a count that triggers the step — " + THRESH + "; "
               "5000元: 「处以5000元罚款」 — " + PENALTY + "; 「记满12分」 no comparison word (not checked); 「费用由违规企业"
               "承担」 a payer (round 30); " + NODATE),
        S(["六", "（二十二）"], ["市建设交通委"], ["市建设交通委", "市安全监管局", "市公安局"], not_targets=[(500, "米")],
          note=LABEL + "; 500米: 「每500米左右设置一处港湾式车辆停靠点」 — a spacing norm with no comparison word (左右), as "
               "CONVENTIONS.md round 30 reads 「原则上按500户配1名」: not a target; 「每公里设置」 likewise; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月汇编交通事故案例，向大中型客货运车辆单位及交通运输管理部门通报",
              "when": "每月", "when_norm": "monthly", "who": ["市公安局"]}],
     notes=["counting: 一、–六、 each hold numbered items; （一）–（二十五） are the leaves → **25**; no childless section, no "
            "attachment; every item has a label, so every leaf is a task",
            "units: by each item's label (rule 1) — 牵头部门 the lead, 配合部门 after it; （四） and （十九） name a 牵头部门 only; "
            "（十七）'s label lists four bodies 「按职责负责相关工作」 with no lead; （十六）（十八） name 「相关区县政府」 as printed",
            "dates: none — 2012年12月6日 the signature; 国发〔2012〕30号, 财企〔2012〕16号, 交运发〔2012〕23号, 交运发〔2011〕80号 "
            "document numbers; 每年, 每月 rhythms; 「6个月内」「3年内」「两年内」 windows of cases and penalties",
            "targets: rates 1%, 1.5% (（二）), floors and limits (（九） 3小时, （十四） 80%, 8/4/2小时, 20分钟), thresholds that "
            "trigger a step (（十） 20%, 50%, 3次; （十九） 50%; （二十）（二十一） 2次); penalties (3年, 5000元, fines in （十四）) and "
            "classes (1000公里) are not",
            "duties: （九） the monthly 通报 of accident cases to 交通运输管理部门 (a plan body's sending, round 35); no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x132_02_lingang-2024-daolu-jichu-sheshi-yijiao-jieguan-guanli-banfa.txt"
PLAN02 = "临港新片区道路基础设施移交接管管理办法"
NOTICE02 = "关于印发《临港新片区道路基础设施移交接管管理办法》的通知"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪自贸临管委〔2024〕61号 (printed under the repeated notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-06-04",
     level="Lingang New Area administration (其他 level in the index), to 管委会各部门、各直属单位，临港新片区各镇、各有关单位",
     source=shanghai_source("市政与基础设施", NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=de9bca5f916041a79fe35a04992d70df&siteId=0058", 3424),
     style="a cover (the notice title twice, the number, addressees, 「现印发给你们，请认真遵照执行」, signed 2024年6月4日) then "
           "the 办法 in five chapters (第一章　总则 …, ideographic space) of 17 articles 「第N条（heading）」 on a line of their own, "
           "each over paragraphs; 第四条（职责分工） one body a paragraph; 第九条 a list of activities （一）–（四）; 第十一条 and "
           "第十二条 split into headed points 一、二、三、(四、) with lists of materials （一）–（六） / （一）–（四）; windows 10日内, "
           "30日内, 15个工作日内, 10个工作日内, 20个工作日内; no date given to any item",
     leaf_tasks=15, count_alternatives=[11, 12, 16],
     leaf_tasks_by_section={"第四条": 1, "第六条–第十条": 5, "第十一条 一、–三、": 3, "第十二条 一、–三、": 3, "第十三条–第十五条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], ["建交处"],
          ["建交处", "财政处", "建交中心", "属地镇政府", "建设单位", "管委会发改处", "规资处", "生态处", "综合执法大队", "公安交警部门"],
          lead_alternatives=[[]], **art(X02, ["第四条（职责分工）"]),
          note="the heading 职责分工 — " + DUTY_HEAD + ": 「建交处承担…日常工作，牵头协调…移交接管工作，按职责负责相关行政审批」, "
               "「财政处负责…」, 「建交中心负责…，指导…」, 「属地镇政府负责…，协助做好…」, 「建设单位…承担…管理责任，履行…义务」 (a party by "
               "a kind under such a heading, round 36), 「管委会发改处、规资处、生态处、综合执法大队及公安交警部门等相关部门根据各自职责，"
               "协同实施本办法」 (separate heads, the 等相关部门 tail dropped — round 35; 及 joins two names — round 34); lead 建交处 "
               "by 「牵头协调」 (rule 2's 「A牵头（负责）」; lead [] accepted, as one clause among many bodies' duties); the opening "
               "「在…领导小组及其办公室的领导下，…管委会相关部门和单位按照职责分工，协调推进有关工作」: RULING? read as the lead-in "
               "naming the whole group by reference to the duties below (round 33: 「按职责分工」 names no body; 相关单位 a general "
               "call) — 管委会相关部门和单位 no unit; the leading group (a circumstance, round 36) and 「管委会和联席会议办公室交办」 "
               "(who assigns) no units; " + NODATE),
        S(["第六条（建设单位）"], [], ["建设单位"], lead_alternatives=[["建设单位"]], **art(X02, ["第六条（建设单位）"]),
          note="「移交接管手续办理完毕前，建设单位负责对道路基础设施进行养护管理」 — " + SUBJ + "; a regulated party by a kind is a "
               "doer with a rule-2 form (round 34); 「相关经费由建设单位落实」 a payer (round 30/33); " + ONE + "; " + NODATE),
        S(["第七条（接管单位）"], [], ["建交中心", "镇人民政府", "建设单位", "属地镇政府"], **art(X02, ["第七条（接管单位）"]),
          note="「管委会直管道路基础设施接管单位是建交中心。在接管后，组织养护管理单位…实施养护管理」 and 「镇管道路设施接管单位是"
               "镇人民政府」 — designations (CONVENTIONS.md round 32/33: 「明确A为责任主体」 makes A a doer), the first with 组织＋work "
               "(养护管理单位, the object of 组织, no unit — round 30); 「经建交中心审核并报联席会议办公室同意后」 a reviewing and an "
               "approving body (round 36: no unit by that clause); 「由建设单位与属地镇政府对接办理移交接管手续」 — 由A与B＋verb, both "
               "doers (round 30); bodies in printed order, 建交中心 once; no lead; " + NODATE),
        S(["第八条（建设计划）"], [], ["建交处"], lead_alternatives=[["建交处"]], **art(X02, ["第八条（建设计划）"]),
          note="「由建交处出具行业审核意见」 — " + SUBJ + "; 「建交中心及时核定年度设施总量和养护经费报送管委会」 (核定, 报送) and "
               "「财政处予以统筹支持…」 (予以 without 由) — " + CLOSED + "; the sending to 管委会 is a duty (round 35), undated "
               "(「及时」); " + ONE + "; " + NODATE),
        S(["第十一条（通车纳管）", "一、"], [], ["接管单位"], lead_alternatives=[["接管单位"]],
          **art(X02, ["第十一条（通车纳管）", "一、"]),
          note="RULING? the headed points 一、纳管条件 / 二、资料移交 / 三、相关责任 inside an article are read as its items (each gives "
               "work; the count of articles alone, 11, is accepted); 「由接管单位进行养护纳管，组织开展保洁工作」 — " + SUBJ + "; "
               "接管单位 a role the 办法 defines as a body (第七条: 建交中心 / 镇人民政府) — a unit as printed (round 33); " + ONE + "; "
               + NODATE),
        S(["第十一条（通车纳管）", "三、"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          **art(X02, ["第十一条（通车纳管）", "三、"]),
          note="「建设单位对工程质量全面负责」 (A负责, round 35's 「A负总责」 a designation) and 「…由建设单位承担相应的法律责任及损失"
               "补偿」 (round 30: 由A承担…责任 names a doer) — " + SUBJ + "; 「接管单位收到资料，…及时签订临时通车纳管协议」 (签订 without "
               "由) — " + CLOSED + "; " + ONE + "; 「及时」 is no date: " + NODATE),
        S(["第十二条（移交接管）", "二、"], [], [], not_targets=[(15, "个工作日")],
          **art(X02, ["第十二条（移交接管）", "二、"]),
          note="「接管单位收到移交材料后经审核材料齐全的，应当自收到全部材料之日起15个工作日内完成现场核查等相关核查工作」: 完成 — "
               + CLOSED + "; " + NONE + "; 15个工作日: " + WINDOW),
        S(["第十四条（维护经费及质保金确认）"], [], ["财政处"], lead_alternatives=[["财政处"]],
          **art(X02, ["第十四条（维护经费及质保金确认）"]),
          note="「由财政处予以统筹支持相关资金安排」 — the agent of 由 with a verb of doing (CONVENTIONS.md round 35: 「由政府按比例统筹"
               "用于…」 is a doer; 统筹 is no cost verb like 承担／提供) — " + SUBJ + "; 「建设单位应联系接管单位…进行质保确认」 (联系, 进行) — "
               + CLOSED + "; 「在道路设施质保到期前20个工作日内」 a time from an event (round 34: no deadline), not a target; "
               + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建交中心及时核定年度设施总量和养护经费报送管委会",
              "when": "及时", "when_norm": None, "who": ["建交中心"]}],
     notes=["counting: " + ARTS + " — 第一条, 第二条, 第三条, 第十六条, 第十七条; 第五条（工作原则） a principle with an option "
            "「可…采取“一事一议”方式」 — CONVENTIONS.md round 33, an article with no work in a plan whose tasks name units is not a "
            "task (12 with it accepted); 第九条's （一）–（四） a list of activities and 第十一条 二、's （一）–（六）, 第十二条 一、's "
            "（一）–（四） lists of materials give no work (round 35: text, not items); 第十一条 and 第十二条 have headed points "
            "一、二、三、 read as items (RULING?; 11 with articles only accepted); 第十二条 四、协议内容 「移交接管协议应当载明下列内容」 "
            "gives no body work — not a task (16 with it accepted): 第四条, 第六条–第十条 (5), 第十一条 一、–三、, 第十二条 一、–三、, "
            "第十三条–第十五条 (3) → **15**",
            "units: 第四条 by its 职责分工 heading; elsewhere by rule 2 — 负责 (第六条, 第十一条 三、), designations 「接管单位是A」 "
            "(第七条), 由A＋verb (第七条, 第八条, 第九条 「原则上由建设单位落实整改」, 第十一条 一、, 第十四条, 第十五条 a case clause "
            "「协商不成的，由接管单位报…」), 「接管单位…承担道路基础设施养护管理责任」 (第十三条); 第十条, 第十一条 二、 (an "
            "application 「向接管单位申请移交」), 第十二条 一、–三、 name no doer",
            "dates: none — 2024年6月4日 the signature; all windows counted from an event (10日内, 30日内, 15个工作日内, 10个工作日内, "
            "20个工作日内): no deadline, no target",
            "duties: 第八条's sending to 管委会 (round 35); 「建设单位应及时向接管单位报备项目通车计划」 (第十条) a regulated party's "
            "filing — no duty (round 32); no phases, no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x132_03_lingang-2024-daolu-sheshi-weihu-xiangmu-guanli-banfa.txt"
PLAN03 = "临港新片区道路设施维护项目管理办法"
NOTICE03 = "关于印发《临港新片区道路设施维护项目管理办法》的通知"

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪自贸临管委〔2024〕44号 (printed under the repeated notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-05-13",
     level="Lingang New Area administration (其他 level in the index), to 管委会各部门、各直属单位，临港新片区各镇、各有关单位",
     source=shanghai_source("市政与基础设施", NOTICE03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=32b0d686843949e5aff55b1a978e7bd2&siteId=0058", 4327),
     style="a cover as x132_02's (signed 2024年5月13日) then the 办法 in five chapters of 24 articles 「第N条（heading）」; "
           "第四条（职责分工） one body a paragraph; 第九条 （一）–（三） with 1、2、 under （一） and a trailing paragraph; 第十四条 "
           "1、2、; abbreviations 建交处, 建交中心, 发改处, 财政处; 「会发改处、财政处等部门」 (会 for 会同); no date given to any item",
     leaf_tasks=22, count_alternatives=[18, 21, 23],
     leaf_tasks_by_section={"第四条–第八条": 5, "第九条 （一）1、2、（二）（三）": 4, "第十条–第十二条": 3, "第十四条 1、2、": 2,
                            "第十五条–第二十二条": 8},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [],
          ["建交处", "建交中心", "发改处", "财政处", "办公室（审计室）", "综合执法大队", "各镇人民政府", "管委会规资处", "生态处"],
          **art(X03, ["第四条（职责分工）"]),
          note="the heading 职责分工 — " + DUTY_HEAD + ": 「建交处承担…，负责…，统筹协调…」, 「建交中心是…管理部门，负责…」, 「发改处负责"
               "落实…」, 「财政处负责…」, 「办公室（审计室）负责…」 (a bracket stays with its name, round 34), 「综合执法大队负责…」, 「各镇人民"
               "政府负责…」, 「管委会规资处、生态处等其他相关部门根据各自职责协同实施本办法」 (separate heads, the 等… tail dropped, "
               "round 35); no body 牵头: lead []; the opening 「…管委会相关部门和单位按照职责分工，协同推进有关工作」 read as in "
               "x132_02 第四条 (RULING?: no unit); 「上级部门交办」 who assigns, no unit; " + NODATE),
        S(["第五条（资金保障）"], ["建交处"], ["管委会", "建交处", "财政处"], lead_alternatives=[[]],
          **art(X03, ["第五条（资金保障）"]),
          note="「新片区道路设施维护资金，由管委会负责统筹安排并予以保障」 — 由A负责＋a verb of doing (统筹安排; CONVENTIONS.md "
               "round 35: 「由政府按比例统筹用于…」 is a doer, only a cost verb 承担／提供 makes a payer) — RULING? the issuer named "
               "as 管委会 is a unit as printed (round 30: the issuer speaking of itself); 「建交处会同财政处…建立…资金增长机制」 — "
               "「A会同B＋verb」: lead 建交处 (lead [] accepted), responsible 建交处, 财政处; " + NODATE),
        S(["第九条（项目审批）", "（一）", "2、"], [], ["建交中心", "建交处", "各镇"],
          **art(X03, ["第九条（项目审批）", "（一）", "2、"]),
          note="「建交中心组织编制实施方案…，由建交处进行审批。对镇管设施，各镇组织编制实施方案…，由建交中心出具行业审核意见，建交处"
               "进行审批」: 组织＋work (建交中心, 各镇) and 由A＋a verb of doing (建交处 审批, 建交中心 出具) — " + SUBJ + "; bodies in "
               "printed order, each once; 各镇 a kind (round 32); no lead; " + NODATE),
        S(["第十条（计划和预算申报）"], ["建交处"], ["建交中心", "建交处", "发改处", "财政处"], lead_alternatives=[[]],
          **art(X03, ["第十条（计划和预算申报）"]),
          note="「建交中心应…组织编制道路设施维护项目年度实施计划和预算初步安排并报建交处」 — 组织＋work (" + SUBJ + "); 「建交处…"
               "会发改处、财政处等部门…，向管委会提出…建议」 — RULING? 会 read as 会同 (「A会同B＋verb」: lead A, responsible A, B; "
               "lead [] accepted); 「发改处、财政处等部门」 separate heads, 等部门 dropped (round 35); the sendings to 建交处 and "
               "管委会 are duties (round 35), undated; " + NODATE),
        S(["第十九条（审计监督）"], [], ["责任单位", "办公室（审计室）"], **art(X03, ["第十九条（审计监督）"]),
          note="「大修项目竣工后，责任单位应及时组织编制决算报告，并向管委会办公室（审计室）提出审计申请，由办公室（审计室）组织项目"
               "审计」: 组织＋work (责任单位 — a role the 办法 defines as a body, 第十四条 「由管委会指定单位作为责任单位」: a unit as "
               "printed, round 33) and 由A组织＋work (办公室（审计室）, its bracket kept, round 34) — " + SUBJ + "; the 审计申请 is an "
               "application (no duty); 「有关报告抄送建交处」 a copy, no unit; no lead; 「竣工后」 a time from an event: " + NODATE),
        S(["第二十条（竣工验收销项）"], [], ["责任单位", "建交中心"], **art(X03, ["第二十条（竣工验收销项）"]),
          note="「大修项目由责任单位组织竣工验收，建交中心参加」 and 「由建交中心负责审批和销项」 — " + SUBJ + " (建交中心 a doer "
               "by its own 由A负责 clause, whatever 参加 is); 「上报建交中心」 is a sending between the plan's bodies (a duty, round 35), "
               "「抄报建交处」 a copy, no unit; no lead; " + NODATE),
        S(["第二十一条（考核评价）"], [], ["建交处"], lead_alternatives=[["建交处"]], **art(X03, ["第二十一条（考核评价）"]),
          note="three paragraphs: 「建交处应建立…考核评价机制，建交中心对各镇的…工作进行检查考评」 (建立, 进行) and 「建交中心、各镇应加强"
               "日常管理，…进行绩效评价」 (加强, 进行) — " + CLOSED + "; 「可…委托第三方实施」 an option (round 30); 「建交处组织有关"
               "部门对…进行考核评价」 — 「A组织B＋verb」: A a doer, B (the object of 组织) no unit (round 30); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建交中心应根据财政预算编制要求，组织编制道路设施维护项目年度实施计划和预算初步安排并报建交处",
              "when": "（未写明）", "when_norm": None, "who": ["建交中心"]},
             {"what": "责任单位应根据审计意见，及时编制项目竣工决算报告（报表）上报建交中心",
              "when": "及时", "when_norm": None, "who": ["责任单位"]}],
     notes=["counting: " + ARTS + " — 第一条, 第二条, 第三条 (its second paragraph 「…需要修改补充的，由管委会建交处会同发改处、财政处"
            "提出调整建议」 a case inside a scope article: RULING? not a task; 23 with it accepted), 第二十三条, 第二十四条; 第十三条"
            "（分类管理） 「大修项目参照建设项目基本程序有关要求，办理…手续」「…按照…有关要求执行」 — a 参照 article (round 34: no task; "
            "23 with it accepted); every other article gives work: 第四条–第八条 (5; 第六条 instructions with no doer), 第九条 "
            "（一）1、2、, （二）, （三） (4; （一）'s opening sentence is no item, the trailing paragraph 「应急抢险救灾工程按…执行。…"
            "可…采取“一事一议”方式」 is （三）'s body, round 32), 第十条–第十二条 (3), 第十四条 1、2、 (2), 第十五条–第二十二条 (8) → "
            "**22**; 18 (each article one task) and 21 (第十六条（项目用款）, rules of payment with no body, not a task) accepted",
            "units: 第四条 by its 职责分工 heading; elsewhere by rule 2 — 组织＋work (第七条, 第八条 「建交处应组织建交中心、各镇…开展」, "
            "第九条, 第十条, 第十九条, 第二十一条), 由A＋verb (第五条, 第九条, 第十一条 「由相关部门下达」, 第十四条 1、 「由管委会指定」, "
            "第十九条, 第二十条), 会同 (第五条, 第九条 （二）（三）), 负责 (第十五条 「财政处负责委派财务监理」), 实施 (第十七条 「建交中心"
            "…实施监管」); 第六条, 第十二条, 第十四条 2、, 第十六条, 第十八条, 第二十二条 name no doer",
            "dates: none — 2024年5月13日 the signature; 沪自贸临管委〔2021〕744号 a document number; 「尽早」「及时」 no dates",
            "duties: the sendings 「…并报建交处」 (第十条) and 「…上报建交中心」 (第二十条), undated (round 35); no phases, no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x132_04_lingang-2023-huanping-shuibao-paiwu-paishui-zonghe-shenpi-shishi-fangan.txt"
PLAN04 = "临港新片区建设项目环评文件、水保方案、排污许可和排水许可综合审批实施方案"
NOTICE04 = "关于印发《临港新片区建设项目环评文件、水保方案、排污许可和排水许可综合审批实施方案》的通知"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 实施方案's own title after the cover, or the notice title (the first line, printed twice): either is accepted",
     doc_no="沪自贸临管委〔2023〕202号 (printed under the repeated notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2023-12-30",
     level="Lingang New Area administration (其他 level in the index), to 管委会各部门、各直属单位，临港新片区各镇、各开发公司、"
           "浦东新区生态环境执法支队、各有关单位",
     source=shanghai_source("市政与基础设施", NOTICE04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2be5828d3ace4df89bbe4b51a8f071ea&siteId=0058", 4353),
     style="a cover (signed 2023年12月30日) then the 实施方案: a preamble, 一、主要目标 and 二、适用范围 (childless), 三、主要内容 "
           "（一）–（六） (（三） with 1.一表申请 … 4.一张许可, ASCII 「1.」, their headings carrying times 「（实时收件、5个工作日内受理）」), "
           "四、组织保障 （一）–（四） (（一） one body a paragraph after a sentence setting up a 协调机制), 五、附则 (entry into force, "
           "2023年12月31日, valid to 2026年12月31日), and a line 「附图：…流程图」 (the chart is not printed)",
     leaf_tasks=10, count_alternatives=[13],
     leaf_tasks_by_section={"三、 （一）（二）（三）1.–4.（四）（五）（六）": 9, "四、 （一）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、主要目标", "二、适用范围", "五、附则"],
     samples=[
        S(["三", "（二）"], [], [], [(7, "个工作日")], not_targets=[(40, "个工作日")],
          note="「综合审批时限由原来的分开办理多于40个工作日…最大限度压缩至7个工作日」: no body named — " + NONE + "; 7个工作日 the "
               "goal the item sets (CONVENTIONS.md round 25: a policy's quantities are its item's targets); 40个工作日 the time "
               "before the reform (「原来的」) — round 33: past and present figures are not targets; " + NODATE),
        S(["三", "（三）", "4"], [], ["行政服务中心"], lead_alternatives=[["行政服务中心"]],
          note="「经生态和市容管理处完成审查后，由行政服务中心实时制作电子批文，并通过“一网通办”平台即时向建设单位反馈」 — the agent "
               "of 由 with a verb of doing (" + SUBJ + "); 「经A完成审查」 a reviewing body (round 36: no unit); 建设单位 (a "
               "receiver, 可自行下载) no unit; " + ONE + "; 「实时」「即时」 no dates: " + NODATE),
        S(["三", "（五）"], [], ["大数据中心"], lead_alternatives=[["大数据中心"]],
          note="「大数据中心依托…，加快推进…场景建设，落实系统建设及数据支撑等工作」 — the subject of 落实 (" + SUBJ + "); 「政务服务"
               "中心（含蓝湾分中心）做好线下办事以及帮办咨询等相关工作」 — 做好: " + CLOSED + "; " + ONE + "; " + NODATE),
        S(["四", "（一）"], [],
          ["办公室", "制度创新和风险防范处", "生态和市容管理处", "行政服务中心", "综合执法大队", "浦东新区生态环境执法支队"],
          note="an item of 组织保障 that names units (round 27/33: a task): 「新片区管委会建立由办公室、…等相关部门组成的综合审批工作"
               "协调机制」 — members (rule 3) and a body the item sets up, and 建立 no rule-2 verb; then one body a paragraph: "
               "「办公室负责…」, 「制度创新和风险防范处负责…」, 「生态和市容管理处负责…」 (one name as printed, round 35), 「行政服务中心"
               "负责…」, 「综合执法大队、浦东新区生态环境执法支队负责…」 — rule 2's several clauses (" + SUBJ + "); 「数据处、大数据中心"
               "根据…，推进…，实现…，加强…」 — RULING? the heading 「加强责任落实和协同配合」 is not one of the headings that give out "
               "work (round 35's list), so the verbs decide and 推进 is no rule-2 verb: 数据处, 大数据中心 no units of this item; "
               "no lead; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、主要目标 (a goal paragraph with 4个 and the 「四个一」 model) and 二、适用范围 (scope) are childless "
            "sections; 五、附则 the entry into force (round 30: a general provision); 三、主要内容 is the plan's work: its leaves "
            "（一）, （二）, （三）1.–4., （四）, （五）, （六） are tasks (9) whether or not they name a body; 四、组织保障: only "
            "（一） names units (round 27: items of 保障措施 / 组织实施 that name no unit are not tasks in a plan whose tasks name "
            "units) — （二） 「新片区管委会各部门要加强…」 (加强: no rule-2 verb; a kind of body with a plain verb), （三）, （四） "
            "name none → **10**; 13 (every leaf of 四、) accepted",
            "units: rule 2 only — 由A＋verb (三/（三）/4), 落实 (三/（五）), 负责 ×5 (四/（一）); 三/（一） (申请人), （三）/1 (「由"
            "建设单位…提交」, an applicant — round 30), （三）/2 (进行, 出具, 移送 without 由), （三）/3, （四） (「相关监管、执法部门"
            "有条件的，可…」 an option), （六） name no doer",
            "dates: none given to an item — 2023年12月31日 / 2026年12月31日 the entry into force and the validity (五、附则, no "
            "task); 2023年12月30日 the signature; 「5个工作日内」 (（三）/2), 「7个工作日内」 (（三）/3) windows from an event (round "
            "33/34: no deadline, no target); 「5个工作日的公示」 a duration with no comparison word (not checked)",
            "targets: 三/（二） 7个工作日 (40 the past); 三/（一）, （三）/1 「1套材料」「4个事项」 (counts of the reform's form, not "
            "sampled); no phases, no duties (the 移送 of materials inside the approval flow is the work itself, not a report)"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x132_02', ['第十四条（维护经费及质保金确认）'], [], ['财政处', '建设单位'],
             "「建设单位应联系接管单位对道路设施进行质保确认」 — the subject of the article's 联系…进行质保确认 is a doer, after 财政处 in printed order (the accepted lead 财政处 dropped: two doers); the 接管单位 it contacts stays none",
             alt=None, drop_alt=True)

write_collected(DIR)
