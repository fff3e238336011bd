# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next87/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 29 (built by helper c86): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md (round 29's ruling on units written in
sentences). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next87/make_expected.py tests/data/plans-next87
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
R2NONE = ("CONVENTIONS.md rule 2: no clause of the item makes a body the doer in the ruled forms (由A…, A牵头, "
          "A负责/具体负责/主责/组织实施/实施/落实, A会同B…): lead = [], responsible = []")
HUITONG = "CONVENTIONS.md rule 2, 「A会同B＋verb」: lead A (lead [] accepted), responsible A and the B listed, in printed order"
YEARLY = "a yearly recurring date (「每年…前」): a duty's rhythm, not the item's deadline — not checked (plans-next79's reading)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x87_01_shanghai-lvrongju-2023-guifan-shetan-jingying-zhidao-yijian.txt"

plan(X01,
     title="关于进一步规范设摊经营活动的指导意见（试行）（上海市绿化和市容管理局关于印发《关于进一步规范设摊经营活动的指导意见（试行）》的通知）",
     title_note="the guidance's name, then the notice that issues it (as plans-next80 x80_01)",
     doc_no="沪绿容规〔2023〕4号 (from the index)",
     issuer="上海市绿化和市容管理局 (with 市商务委, 市公安局, 市住房城乡建设管理委, 市市场监管局, 市城管执法局, 市道路运输局)",
     date="2023-06-29",
     level="city bureau (Shanghai), to the district governments",
     source=shanghai_source("市容绿化与景观", "上海市绿化和市容管理局关于印发《关于进一步规范设摊经营活动的指导意见（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=b7751d775473421387fa8ede98921b6f&siteId=0039", 2629),
     style="a cover notice with dates of publication and trial (2023年7月5日, 2023年8月5日), then a guidance of twelve "
           "top-level points 一、–十二、, each a heading ending in 。 with its text on the same line; units only in sentences "
           "(「区人民政府会同市有关部门…可以划定」, 「市绿化市容局会同市商务委…等部门建立…机制」), no task date",
     leaf_tasks=11, count_alternatives=[12, 0],
     leaf_tasks_by_section={"二、–十二、 (points with inline text)": 11},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二"], note="「完善商业服务网点布局…」: no body is named: " + R2NONE + "; " + NODATE),
        S(["四"], ["区人民政府"], ["区人民政府", "市有关部门"], lead_alternatives=[[]],
          note="「区人民政府会同市有关部门…可以划定一定的公共区域」: " + HUITONG + "; 「区人民政府应当组织制定具体方案」 adds "
               "the same body (组织＋verb, CONVENTIONS.md rule 2 as amended in round 29); 「乡镇人民政府…可以…划定」 is a permission with no ruled verb; "
               "「市有关部门」 kept as printed (a group of bodies, rule 2); " + NODATE),
        S(["七"], note="「疏导点、管控点、特色点的设置应当符合…；不得…」: prohibitions, no body: " + R2NONE + "; " + NODATE),
        S(["十一"], note="「各区、街道（镇、乡）要将设摊管理纳入…平台」: a general call to districts and streets (CONVENTIONS.md "
                        "rule 3, 「各地要…」): no unit; " + NODATE),
        S(["十二"], ["市绿化市容局"],
          ["市绿化市容局", "市商务委", "市住房城乡建设管理委", "市公安局", "市道路运输局", "市市场监管局", "市城管执法局"],
          lead_alternatives=[[]],
          note="「市绿化市容局会同市商务委、市住房城乡建设管理委、市公安局、市道路运输局、市市场监管局、市城管执法局等部门建立设摊"
               "综合协调机制」: " + HUITONG + " (the tail 「等部门」 dropped, plans-dev EXPECTED.md units); 「市绿化市容局对全市设摊"
               "管理情况定期开展评价评估」 adds the same body; 「定期会商」 is a mechanism, not a duty; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: twelve top-level points with inline text and no numbered child; 一、总体要求 (principles and the "
            "overall goal, no body) is a section; 二、–十二、 each one task → **11** (the plans-dev 03 exception: the whole "
            "guidance is its points). Accepted 12 (一、 counted) and 0 (the strict childless-section rule)",
            "units: only 四、 and 十二、 hold ruled clauses (会同); the cover's list of seven co-issuing bureaus is the issuers, "
            "not a unit of any item",
            "dates: 2023年7月5日 (publication) and 2023年8月5日 (trial start, twice) are not deadlines; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x87_02_shanghai-lvrongju-2023-laji-fenshao-xietong-chuzhi-gongye-gufei-liucheng-tongzhi.txt"
LG = "上海城投老港基地管理有限公司"

plan(X02,
     title="关于规范生活垃圾焚烧单位协同处置一般工业固体废物管理流程的通知",
     title_note="the notice title (the first line)",
     doc_no="沪绿容〔2023〕256号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2023-06-25",
     level="city bureau (Shanghai), to the district greening bureaus, 市分类中心 and 上海城投老港基地管理有限公司",
     source=shanghai_source("市容绿化与景观", "关于规范生活垃圾焚烧单位协同处置一般工业固体废物管理流程的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=fadfc313-d4bc-4298-b3e6-e1f54d318045&siteId=0039", 4361),
     style="a procedure notice: 一、 （一）–（四） principles; 二、–四、 headed sub-items （一）… over paragraphs; 五、–七、 "
           "top-level points over unnumbered paragraphs; work for named bodies in 由 clauses (「由城投老港公司…申报」, 「由各区"
           "绿化市容部门负责…」) and plain sentences (市分类中心…, 市绿化市容局…); yearly dates 「每年12月15日前」, relative "
           "「5个工作日内」, a quarterly sending; thresholds 90% / 100%; an attached blank form",
     leaf_tasks=13, count_alternatives=[16, 9, 12, 14],
     leaf_tasks_by_section={"一、 （一）–（四）": 4, "二、 （一）（二）": 2, "三、 （一）（二）": 2, "四、 （一）–（五）": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["五、现场事项管理流程", "六、运营监管", "七、信息公开"],
     samples=[
        S(["一", "（一）"], note="「生活垃圾焚烧单位应优先保障…」: a category acting with 应, no ruled verb: " + R2NONE + "; " + NODATE),
        S(["一", "（四）"], [], [LG], lead_alternatives=[[LG]],
          note="「市属生活垃圾焚烧单位在市绿化市容管理部门指导下，由上海城投老港基地管理有限公司（以下简称城投老港公司）自主选择"
               "…签订处置协议」: the agent of 由 (CONVENTIONS.md rule 2) is the unit, its bracketed short name dropped; the "
               "bodies 「在A指导下」 are guides, no units (rule 3); the district plants' clause names no body as agent; " + ONE
               + "; " + NODATE),
        S(["二", "（一）"], [], ["城投老港公司", "相关焚烧单位", "区绿化市容管理部门"], skip_deadline=True,
          note="three agents of 由 in the item, in printed order (rule 2, several clauses): 「由城投老港公司向市分类中心申报」, "
               "「由相关焚烧单位报区绿化市容管理部门审核后」, 「由区绿化市容管理部门向市分类中心申报」; 市分类中心 and 市绿化市容局 "
               "receive and review (「向A申报」 「报A复核」, rule 3) and act otherwise only in plain sentences (出具审核意见); "
               "dates: 「每年12月15日前」 — " + YEARLY + "; 「5个工作日内」 relative"),
        S(["二", "（二）"], targets=[(90, "%"), (100, "%")],
          note="「进场量达到单日进场量限值90%…达到…100%时，焚烧单位应停止…」: the trigger levels written in the item are its "
               "quantities (CONVENTIONS.md targets: thresholds written in an item are targets); 「市分类中心…设置报警值和关停值」 "
               "and 「市、区两级绿化市容管理部门可暂停」 are a plain sentence and a permission: " + R2NONE + "; " + NODATE),
        S(["四", "（三）"],
          note="「各焚烧单位…向管理部门申报」, 「市分类中心每季度汇总…报市绿化市容局，市绿化市容局定期将相关信息通报市生态环境局」: "
               "plain sentences with no ruled verb, the receivers (管理部门, 市绿化市容局, 市生态环境局) are no units: "
               + R2NONE + "; the quarterly sending is a duty; " + NODATE),
        S(["四", "（五）"],
          note="「生活垃圾焚烧设施运营主体应制定…制度…建立…台账，向本区或市级绿化市容和生态环境部门报告…」: a category with 应, "
               "no ruled verb: " + R2NONE + "; the report (no rhythm written) is a duty; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年12月15日前，各生活垃圾焚烧单位合理制定下一年度协同处置一般工业固废计划总量并申报", "when": "每年12月15日前",
              "when_norm": "yearly"},
             {"what": "市分类中心每季度汇总具有进场权限的承运单位和车辆信息报市绿化市容局", "when": "每季度", "when_norm": "quarterly"},
             {"what": "每年12月15日前，区绿化市容管理部门和城投老港公司将计划协同处置一般工业固废的市、区两级生活垃圾焚烧单位相关信息报送市分类中心",
              "when": "每年12月15日前", "when_norm": "yearly"},
             {"what": "建立一般工业固废管理台账，向本区或市级绿化市容和生态环境部门报告一般工业固废处置情况", "when": "未写明",
              "when_norm": None}],
     notes=["counting: numbered leaves 一、 4 + 二、 2 + 三、 2 + 四、 5 → **13** (no unit label anywhere, so every numbered leaf "
            "counts — round 25); 五、–七、 are top-level points with no numbered child (sections, plans-dev EXPECTED.md lines "
            "21–25), though they hold work: 16 accepted (each one leaf, plans-next80's rule). 一、's four principles read as "
            "not tasks: 9 (and 12 with 五、–七、) accepted. aligned round 39 (lead): 14 accepted too — 五、 alone gives work by "
            "the Round 39 designation 「运营主体应承担…的主体责任」 (a doer), while 六、七、 name no rule-2 doer",
            "units: rule 2's 由 agents only (一/（四）, 二/（一）, 三/（二） 「由承运单位直接交付」 and 「由各区绿化市容部门负责」); "
            "三/（二） is not sampled (its payer clause 「由承运单位直接交付至…账号」 would make 承运单位 a unit by the letter of "
            "the rule, a reading the ruling did not foresee)",
            "dates: only yearly (每年12月15日前, twice) and relative (5个工作日内) limits: no deadline checked; duties as listed",
            "not targets: 沪环土〔2023〕79号, 沪绿容规〔2023〕2号, 沪绿容〔2016〕75号 (document numbers); 三次以上 (a Chinese "
            "numeral); the form's units 吨/日, 元/吨, 吨/年 (no figures)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x87_03_shanghai-shengtaiju-2023-fenshao-sheshi-xietong-chuzhi-gongye-gufei-huanjing-guanli-tongzhi.txt"

plan(X03,
     title="上海市生态环境局  上海市绿化和市容管理局上海市城市管理行政执法局关于进一步规范本市生活垃圾焚烧设施协同处置一般工业固体废物环境管理工作的通知",
     title_note="the notice title as printed (the first line, two spaces after 上海市生态环境局)",
     doc_no="沪环土〔2023〕79号 (from the index; the stored text prints no number)",
     issuer="上海市生态环境局, 上海市绿化和市容管理局, 上海市城市管理行政执法局 (signed 2023-05-11, published 2023-05-24)",
     date="2023-05-24",
     level="three city bureaus (Shanghai), to the district bureaus, zone committees, the enforcement corps and 各有关单位",
     source=shanghai_source("市容绿化与景观", "上海市生态环境局 上海市绿化和市容管理局上海市城市管理行政执法局关于进一步规范本市生活垃圾焚烧设施协.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=795cc1685d844f5e99d63a1d0843a8e3&siteId=0024", 4631),
     style="a joint notice of six top-level points 一、–六、, each a heading over one to three paragraphs, the lines joined "
           "without blank lines in the body; duties for 产废单位 and the city bureaus with yearly dates (每年3月底前, 每年5月底前, "
           "每年12月底前); standard numbers (GB18599, DB31/768, GB 18599); three attached lists (waste types, a negative "
           "list, the plants) printed one cell a line",
     leaf_tasks=6, count_alternatives=[0],
     leaf_tasks_by_section={"一、–六、 (top-level work points)": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["产废单位"], lead_alternatives=[["产废单位"]], skip_deadline=True,
          note="「产废单位应切实承担起一般工业固废管理的主体责任」: aligned round 39: 「A承担…主体责任」 designates A as a doer "
               "(CONVENTIONS.md Round 39 rulings, Designations without 由) — 产废单位 (a kind of body, as printed); " + ONE
               + "; 「每年3月底前」 — " + YEARLY),
        S(["二"], note="「产废单位应主动推进…」: " + R2NONE + "; GB18599 a standard number, not a target; " + NODATE),
        S(["四"], [], ["焚烧单位"], lead_alternatives=[["焚烧单位"]],
          note="「协同焚烧一般工业固废的处置价格标准由焚烧单位参照…合理制定」: the agent of 由 with a verb of doing (CONVENTIONS.md "
               "rule 2) — a kind of body, as printed; 产废单位 / 生活垃圾焚烧单位 elsewhere act with 应 (no ruled verb); " + ONE
               + "; " + NODATE),
        S(["六"], skip_deadline=True,
          note="「市、区生态环境部门应加强…」, 「市生态环境局于每年5月底前汇总…并抄告市绿化市容局」, 「市绿化市容局于每年12月底前"
               "明确…」, 「市、区城管执法部门应…开展执法监管」: named bodies in plain sentences, none of rule 2's forms (the "
               "「依法落实…环境监管」 sentence has no subject written): " + R2NONE + "; the yearly dates — " + YEARLY),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "产废单位每年3月底前在本市固废管理系统中完成上年度一般工业固废信息填报", "when": "每年3月底前", "when_norm": "yearly"},
             {"what": "市生态环境局于每年5月底前汇总上年度全市进入生活垃圾焚烧设施的一般工业固废产生、运输、处置信息，并抄告市绿化市容局",
              "when": "每年5月底前", "when_norm": "yearly"},
             {"what": "市绿化市容局于每年12月底前明确下年度全市可接收一般工业固废的生活垃圾焚烧单位名单、服务区域、计划量、联系方式，将相关信息通报市生态环境局",
              "when": "每年12月底前", "when_norm": "yearly"},
             {"what": "定期按照设施隶属情况，向本区或市级绿化市容和生态环境部门报告一般工业固废处理处置情况", "when": "定期",
              "when_norm": None}],
     notes=["counting: six top-level points, each a heading over unnumbered paragraphs → **6** (each point one task, "
            "plans-next79 x79_01); 0 accepted (the strict childless-section rule). The three attachments list waste types "
            "and plants (numbered rows 1–11, 1–6, 1–16): they are not tasks (attachment_task_rows 0)",
            "units: only 四、 holds a ruled clause (由焚烧单位…制定); 三、 and 五、 are not sampled (their 「严格落实…措施/要求」 "
            "continue a sentence whose subject is a category, 从事…收运的单位 / 生活垃圾焚烧单位, and may or may not be read "
            "as that subject's 落实)",
            "dates: yearly only (duties); the signing date 2023年5月11日 is no deadline; no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x87_04_shanghai-fagaiwei-2023-tuijin-tiyu-gongyuan-jianshe-shishi-fangan.txt"

plan(X04,
     title="上海市推进体育公园建设实施方案（关于印发《上海市推进体育公园建设实施方案》的通知）",
     title_note="the plan's name, then the notice that issues it (as plans-next80 x80_02)",
     doc_no="沪发改社〔2023〕7号 (from the index)",
     issuer="上海市发展和改革委员会, 上海市体育局, 上海市绿化和市容管理局, 上海市规划和自然资源局",
     date="2023-02-06",
     level="four city bodies (Shanghai), to the district governments and departments",
     source=shanghai_source("市容绿化与景观", "关于印发《上海市推进体育公园建设实施方案》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d753759eb9b548e0be4027c9eec80043&siteId=0025", 5030),
     style="a cover notice (signed 2023年1月31日) and a 实施方案: 一、总体考虑 (unnumbered paragraphs), 二、建设目标 (—— bullets "
           "with the goal figures), then （一）–（十五） numbered ACROSS 三、–五、 (not restarting), each item a heading ending in "
           "。 with its text on the line; design quantities (65%, 15%, 2公里, 10块 …); units in sentences only at the end "
           "(（十五） 市发展改革委、市体育局…落实…; 市体育局安排资金 in （十四）)",
     leaf_tasks=15, count_alternatives=[11],
     leaf_tasks_by_section={"三、 （一）–（五）": 5, "四、 （六）–（十一）": 6, "五、 （十二）–（十五）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体考虑", "二、建设目标"],
     samples=[
        S(["三", "（一）"], targets=[(65, "%"), (15, "%"), (2, "公里"), (10, "块")],
          note="the design quantities written in the item (绿化用地占比不低于65%, 健身设施用地占比一般不低于15%, 健身步道不少于2"
               "公里, 运动场地不少于10块 …) are its targets (CONVENTIONS.md targets, round 25); the size bands (10万平方米以上, "
               "4万至10万平方米) are not checked; no body: " + R2NONE + "; " + NODATE),
        S(["三", "（二）"], targets=[(65, "%")],
          note="「绿化用地占公园陆地面积的比例不得低于65%」: a required quantity (target); no body: " + R2NONE + "; " + NODATE),
        S(["三", "（五）"], note="「鼓励…支持…」: encouragement, no body: " + R2NONE + "; " + NODATE),
        S(["四", "（七）"], targets=[(65, "%")],
          note="「在保证65%绿化用地比例…的前提下，可向绿化、规划资源等部门申请布局调整」: the 65% is the item's quantity; the "
               "departments receive applications (「向A申请」, rule 3) and approve (「经…主管部门同意后」), no units: " + R2NONE
               + "; " + NODATE),
        S(["四", "（十）"], note="「体育公园原则上应向公众免费开放…」 (the heading's 「落实免费公益开放」 has no subject): "
                             + R2NONE + "; " + NODATE),
        S(["五", "（十三）"], note="「修订完善…导则…制定…」 with no subject, 「鼓励各区制定…」 an encouragement: " + R2NONE + "; "
                              + NODATE),
        S(["五", "（十五）"], [], ["市发展改革委", "市体育局", "市绿化市容局", "市规划资源局"],
          note="「市发展改革委、市体育局、市绿化市容局、市规划资源局等部门加强指导服务，…落实各类要素资源保障」: the subjects of "
               "落实 (CONVENTIONS.md rule 2), 「等部门」 dropped; lead [] (no 牵头, no 会同); 「各区要…抓紧制定…，推进落实各项任务」 "
               "is a general call (rule 3, 「各地要…」); 「市发展改革委、市体育局将…按期调度…开展跟踪评价」 names two of the same "
               "bodies; " + NODATE),
     ],
     plan_targets=[{"number": 20, "unit": "座"}, {"number": 20, "unit": "万平方米"}],
     phases=[], duties=[],
     notes=["counting: 一、总体考虑 and 二、建设目标 are sections (no numbered child); （一）–（十五） → **15** (no unit label "
            "anywhere, so every numbered leaf counts — round 25). Accepted 11 (五、保障措施's （十二）–（十五） read as not "
            "tasks)",
            "plan targets (二、建设目标): 「“十四五”全市至少建设20座…体育公园」, 「拓展全市体育场地面积20万平方米以上」; 1座 per "
            "district and 4万平方米 (a size band) are not checked; 「15分钟社区生活圈」 is a name with digits (not a target)",
            "dates: 到2025年 is the goal's horizon in a section, no item's deadline; the cover's 2023年1月31日 the signing; no "
            "phases; no duties (「按期调度…进展情况」 names no rhythm or recipient)"])

write_collected(DIR)
# Round 63 (rul88): x87_02's count aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Tasks and counts, governs:
# Round 84's x312_01 一 — a childless top-level point with a rule-2 doer or an instruction 要／应 to the plan's bodies is a
# task — p62e's x87_02 question) (README, round 63)
from aligned_rulings import align88  # noqa: E402

align88("x87_02", None, "「五、…运营主体应承担…主体责任…」 and 「六、运营监管 市分类中心…应立即停止…；市、区两级绿化市容管理部门应加强…监管工作」 give the plan's bodies work by 应 (tasks); 「七、信息公开 …相关信息对社会公开…区绿化市容管理部门和城投老港公司将…报送市分类中心…市绿化市容局可…」 — a plain statement, a dated sending (a duty, listed) and an option 可 — no 要／应 and no rule-2 doer: a section",
        "Round 88 (Tasks and counts, governs: round 51's childless point and Round 84's x312_01 一 over round 39's designation-only reading; 13 → 15, 13, 14, 16, 9 and 12 stay accepted, 11 (the 9 reading with 五、六、) accepted; p62e)",
        counts={"leaf_tasks": 15, "count_alternatives": [13, 14, 16, 9, 12, 11],
                "childless_top_level_sections": ["七、信息公开"],
                "leaf_tasks_by_section": {"一、 （一）–（四）": 4, "二、 （一）（二）": 2, "三、 （一）（二）": 2, "四、 （一）–（五）": 5,
                                          "五、": 1, "六、": 1}})

write_collected(DIR)
