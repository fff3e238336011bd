# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next77/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 28 (built by helper c76): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next77/make_expected.py tests/data/plans-next77
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align29,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
GOAL = ("a unit that 牵头 (or 会同) in a sentence (no label): lead = [], responsible = [], that unit accepted as lead "
        "(plans-next37 convention)")
RESP = ("「（责任单位：…按职责分工负责）」 closes the item: the listed units are responsible, no lead named (lead = []); "
        "「按职责分工负责」 is a phrase, not part of the last unit's name")
RESP1 = "「（责任单位：X）」 closes the item"
FDG = "市发展改革委"
SW = "市商务委"
R29 = "round 29: answer aligned to tests/data/CONVENTIONS.md rule 2 (units written in sentences)"
FIRE = "消防部门"
HQ = "市住房城乡建设管理委"

# ---------------------------------------------------------------------------------------------------------
X01 = "x77_01_shanghai-2025-waishang-touzi-qiye-jingnei-zaitouzi-ruogan-cuoshi.txt"

plan(X01,
     title="上海市鼓励外商投资企业境内再投资若干措施（市发展改革委、市商务委等部门关于印发《上海市鼓励外商投资企业境内再投资若干措施》的通知）",
     title_note="the measures' own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪发改开放〔2025〕536号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 and ten other city bodies (eleven signatures: 市商务委员会 … 国家外汇管理局上海市分局)",
     date="2025-12-26",
     level="city commissions (Shanghai), measures issued with the city government's consent",
     source=src("工程建设管理", "市发展改革委、市商务委等部门关于印发《上海市鼓励外商投资企业境内再投资若干措施》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a3de17bf83234feba56fc74281e0afc5&siteId=0025", 3999),
     style="a cover (各有关单位; one paragraph; eleven signature lines, date) then the measures' title, a preamble and twenty "
           "top-level items 一、–二十、 written 「N、heading。text（责任单位：…）」 on one line each; nineteen close with a "
           "「（责任单位：…）」 list, most ending 「按职责分工负责」 (12 units in 七、); 一、 names no unit; policy figures in 三、 "
           "(20年 弹性年期, 50年 年期); no dates",
     leaf_tasks=20, count_alternatives=[19],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], note="the first measure names no unit (no 「责任单位」): kinds of reinvestment the city supports; " + NODATE),
        U(["三"], ["市规划资源局", "市经济信息化委"], targets=[(50, "年")],
          note=RESP + "; 「国家级和市级重大外资项目可按50年年期出让产业项目类工业用地」: the item's policy term (a target by "
               "round 25's rule); 「“20年弹性年期+依申请续期”制度」 is the quoted name of a scheme (its 20年 neither checked as "
               "a target nor as a not-target); " + NODATE),
        U(["五"], ["市药品监管局", "市科委"], note=RESP + "; " + NODATE),
        U(["七"], [SW, FDG, "市市场监管局", "市经济信息化委", "市通信管理局", "市卫生健康委", "市科委", "市药品监管局",
                  "市委宣传部", "市文化旅游局", "市教委", "市委金融办"],
          note=RESP + " (twelve units); " + NODATE),
        U(["十一"], ["市税务局", "市财政局", SW], note=RESP + "; " + NODATE),
        U(["十三"], ["国家外汇管理局上海市分局"], note=RESP1 + " (one unit, no 按职责分工负责); " + NODATE),
        U(["十七"], [FDG, SW, "市经济信息化委"],
          note=RESP + "; 「定期向跨国公司地区总部推送…产业政策」 a rhythm without a date (not a report); 「五个新城」 a count of "
               "places, not checked; " + NODATE),
        U(["二十"], [SW, FDG], note=RESP + "; the last item; 「“十五五”规划纲要」 a plan's name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、–二十、 are the measures' only items, each a complete measure (plans-dev 03) → **20**. Accepted: 19 "
            "(一、, the only item without a unit, read as a general statement of what reinvestment means)",
            "samples: eight of twenty (first, middle, last)",
            "units: 「责任单位」 lists with no lead rule: responsible = the list, lead = [] (a single unit accepted as lead); "
            "「按职责分工负责」 dropped from the last name (EXPECTED.md)",
            "dates: none in any item (the cover's 2025年12月26日)",
            "figures: 三、's 50年 the one target sampled; no plan-level figure; no duty"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x77_02_shanghai-2025-xiaoxing-canyin-changsuo-huozai-fangfan-tongzhi.txt"

plan(X02,
     title="上海市安全生产委员会办公室关于加强小型餐饮场所火灾防范工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪安委办〔2025〕30号 (from the index; the stored text prints no number)",
     issuer="上海市安全生产委员会办公室 (the index names 上海市应急管理局)",
     date="2025-12-16",
     level="city work-safety committee office (Shanghai), a notice assigning work to districts and departments",
     source=src("工程建设管理", "上海市安全生产委员会办公室关于加强小型餐饮场所火灾防范工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=94ffc72b34a74cbe990dde5d03c946a1&siteId=0037", 3903),
     style="a city notice (各区安委会，市安委会有关成员单位; a preamble); 一、–五、 heading lines over 「（N）heading。text」 "
           "items （一）–（四） / （一）–（三）, 17 in all; units only as subjects of sentences (消防部门…, 应急部门…, 各区要…, "
           "街道乡镇要…, 「由市安全生产委员会消防安全专委会牵头…」, 「消防部门要会同…」); two closing unnumbered paragraphs "
           "(督导检查; 「各区要明确专人负责信息报送工作。2025年12月31日前，报送…」); 附件 line, signature, date and a contact "
           "line with a person's name and an ASCII 「)」",
     leaf_tasks=17, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], ["市安全生产委员会消防安全专委会"], ["市安全生产委员会消防安全专委会"],
          note=R29 + ": 「由市安全生产委员会消防安全专委会牵头消防、应急、商务…等部门，建立…机制」 — 「由A牵头」: lead and "
               "responsible A (was lead [], responsible [], A accepted as lead); the sectors it leads are the object of 牵头, "
               "not 「B配合」; 「各区参照市级模式建立协作机制」 a general call (rule 3); " + NODATE),
        P(["一", "（二）"], lead_alternatives=[[FIRE]],
          note="「明确部门职责」: one paragraph giving each department its duties in sentences (消防部门…牵头组织、指导…, 应急部门…, "
               "商务部门…, 住建部门负责…, 市场监管部门牵头…, 绿化市容部门负责…, 城管执法部门…, 公安派出所…, 教育、民政…等部门…): "
               "no label — none; 消防部门 (「牵头组织、指导小型餐饮场所火灾防范工作」) accepted as lead (plans-next37 convention); "
               "「“双随机、一公开”」 a name; " + NODATE),
        P(["一", "（四）"], targets=[(1, "名")],
          note="「各区、各相关部门要督促小型餐饮场所…确定1名消防安全责任人」: the item's requirement (a target by round 25's "
               "rule); groups and roles (产权方、出租方) in sentences; " + NODATE),
        P(["二", "（二）"], note="「各区要依托…」: the districts as subjects (a group, no label); sectors listed (消防、商务…等部门) — "
          "none; " + NODATE),
        P(["三", "（三）"], note="「街道乡镇要参照我市食品安全网格化管理规定…」 a group in a sentence — none; " + NODATE),
        P(["四", "（二）"], lead_alternatives=[[FIRE]],
          note=GOAL + ": 「消防部门要会同商务、应急、住建、公安、市场监管、城管执法、公安等部门加大…警示曝光力度」 (公安 twice in "
               "the source); " + NODATE),
        P(["五", "（二）"], not_targets=[(1, "个")],
          note="「对按照现行工程建设消防技术标准要求可以仅设置1个安全出口的小型餐饮场所…鼓励…开辟应急逃生通道」: 1个安全出口 "
               "names the kind of venue the rule is for (a condition, not a target); no actor named; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区报送小型餐饮场所火灾防范工作推进情况至市安委会消防安全专委会",
              "when": "2025年12月31日前", "when_norm": "2025-12-31"},
             {"what": "各区要明确专人负责信息报送工作", "when": "not stated", "when_norm": None}],
     notes=["counting: 一、 （一）–（四） 4 + 二、 （一）–（三） 3 + 三、 （一）–（四） 4 + 四、 （一）–（三） 3 + 五、 （一）–（三） 3 → "
            "**17**; the two closing paragraphs (督导检查, 信息报送) are unnumbered, not items; no other reading",
            "samples: seven of seventeen (every section)",
            "units: none labelled; departments, 各区 and 街道乡镇 act in sentences; the 牵头 / 会同 bodies are accepted as lead",
            "dates: none in the items; the closing 「2025年12月31日前，报送…」 is a duty (the cover's 2025年12月16日)",
            "figures: 一/（四）'s 1名 a target; 五/（二）'s 1个安全出口 a condition; 「沪安消专委〔2025〕22号」, "
            "「安委办〔2025〕3号」 cited numbers; 「五进」, 「三停」, 「四不放过」, 「九小场所」 names",
            "duties: the dated progress report (2025-12-31) and the liaison for reporting; 「市安委会办公室…适时组织…督导检查…"
            "及时通报」 is oversight, not a report to be made"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x77_03_shanghai-2025-yingji-qiangxian-jiuzai-wuzi-baozhang-shishi-yijian.txt"

plan(X03,
     title="上海市防灾减灾救灾委员会办公室关于进一步加强本市应急抢险和救灾物资保障体系能力建设的实施意见",
     title_note="the opinion's title (the first line)",
     doc_no="沪防减救灾办〔2025〕10号 (from the index; the stored text prints no number)",
     issuer="上海市防灾减灾救灾委员会办公室 (the index names 上海市应急管理局)",
     date="2025-10-31",
     level="city disaster-relief committee office (Shanghai), an implementing opinion",
     source=src("工程建设管理", "上海市防灾减灾救灾委员会办公室关于进一步加强本市应急抢险和救灾物资保障体系能力建设的实施意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c64cea5f4af54388953060d75e73e076&siteId=0037", 3163),
     style="an opinion addressed to the committee's members, five named commissions and the districts' committees; a preamble "
           "(ASCII 「(国防减救办发〔2024〕13号)」); 一、工作目标 a heading over one paragraph; 二、主要任务 （一）–（七） "
           "「（N）heading。text」 items; 三、保障措施 a heading over one paragraph (各区、各涉灾部门); units only as subjects of "
           "sentences (「市应急局会同市发展改革委、…等部门构建…」 with 24 bodies, 「市交通委、市公安局…等部门要…」, "
           "「市发展改革委、市应急局、市粮食物资储备局要…」); one dated goal (2030年前) with 100% and 50%; 「附件：1.…」 and "
           "「2.…」 lines, signature, date",
     leaf_tasks=7, count_alternatives=[8, 9],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "三、保障措施"],
     samples=[
        S(["二", "（一）"], ["市应急局"], ["市应急局", "市发展改革委", "市公安局", "市规划资源局", "市交通委", "市卫生健康委", "市国资委", "市水务局（市海洋局）", "市民政局", "市绿化市容局", "市住房城乡建设管理委", "市农业农村委", "市文化旅游局", "市教委", "市数据局", "市消防救援局", "市地震局", "市气象局", "上海海事局", "市通信管理局", "市经济信息化委", "市商务委", "市财政局", "市市场监管局", "市粮食物资储备局"],
          lead_alternatives=[[]],
          note=R29 + ": 「市应急局会同市发展改革委、市公安局…和市经济信息化委、…市粮食物资储备局等部门构建…保障体系」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A and the 24 bodies in the printed order (was lead [], "
               "responsible [], A accepted as lead); 「市水务局（市海洋局）」 one compound name; 「和」 before 市经济信息化委 "
               "joins two runs of the list; 「各区要…明确牵头部门、协同部门」 a general call (rule 3); " + NODATE),
        P(["二", "（二）"], targets=[(100, "%"), (50, "%")], dl="2030年前", dln="2030",
          note="「各涉灾部门、各区要…落实…储备管理责任，2030年前，在实现全市区级储备库（点）覆盖率达100%基础上，实现多灾易灾地区"
               "街镇级储备库（点）全覆盖」 (the item's date), 「原则上政府实物储备规模不低于所需物资的50%」 (a floor: a target); "
               "groups in a sentence — none; 「二级应急响应」 a level's name"),
        P(["二", "（三）"], note="「在市发展改革委、市规划资源局等职能部门支持下」: supporting bodies in a phrase; 各区, 各涉灾部门 "
          "in sentences — none; 「五年规划」 no date; " + NODATE),
        P(["二", "（五）"],
          note="「市交通委、市公安局、市邮政局、上海海事局、民航华东管理局、市应急局等部门要统筹整合…资源」: units as the subject "
               "of a sentence (no label, no 牵头) — none (plans-next37 / -64 convention); 「“三断”」 a name; " + NODATE),
        P(["二", "（七）"], note="「调拨部门、储备管理部门要…」 kinds of body in sentences — none; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、工作目标 (one paragraph) and 三、保障措施 (one paragraph, no numbered child) are sections; 二、 "
            "（一）–（七） → **7**. Accepted: 8 (三、 read as a task: it names 各区、各涉灾部门) and 9 (一、 too)",
            "samples: five of seven",
            "units: none labelled; the bodies act in sentences; 二/（一）'s 「市应急局会同…」 accepted as lead",
            "dates: 二/（二） 「2030年前」 the only date (the cover's 2025年10月31日)",
            "figures: 二/（二）'s 100% and 50%; 「国防减救办发〔2024〕13号」 a cited number",
            "duties: none with a recipient and a time (「以市防灾减灾救灾委员会办公室名义统一报请」 is conditional; 三、's "
            "「适时通报」 is oversight)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x77_04_shanghai-2025-gongcheng-jianshe-difang-biaozhun-fushen-tongzhi.txt"
HY = "各行业管理部门"
ZZ = "市市场管理总站"

plan(X04,
     title="上海市住房和城乡建设管理委员会关于组织开展2025年度上海市工程建设地方标准（标准设计）复审工作的通知",
     title_note="the notice's title (the first line; repeated on the third, then the number)",
     doc_no="沪建标定〔2025〕309号 (printed in the text)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-06-12",
     level="city commission (Shanghai), a notice organising a yearly review in dated stages",
     source=src("工程建设管理", "上海市住房和城乡建设管理委员会关于组织开展2025年度上海市工程建设地方标准（标准设计）复审工作的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9c7ad639aeb847159faef589f983e682&siteId=0011", 2391),
     style="title twice and the number; 各有关单位; a preamble; 一、复审范围 and 三、工作分工 headings over paragraphs with no "
           "numbered child (三、 names who 负责 what: 市住房城乡建设管理委, 市建筑建材业市场管理总站 「（以下简称“市市场管理总站”）」, "
           "各相关行业管理部门, 标准化专业技术委员会); 二、 （一）–（三）, 四、 （一）–（五） (stages titled 「…阶段（2025年6-8月）」, "
           "「（2025年12月）」), 五、 （一）（二） and 六、 （一）截止日期 / （二）联系方式 → 「1.」 「2.」 contact entries: heading "
           "lines over paragraphs; a URL with 「--」 and 「—」 separators; person names, telephone numbers, an address; a closing "
           "「附件：」 list 1.–3. and the date",
     leaf_tasks=13, count_alternatives=[11, 12, 14],
     attachment_task_rows=0,
     childless_top_level_sections=["一、复审范围", "三、工作分工"],
     samples=[
        P(["二", "（一）"], note="a principle (a heading line over one paragraph); " + NODATE),
        P(["四", "（一）"], dl="2025年6-8月", dln="2025-08",
          note="「（一）网上申报阶段（2025年6-8月）」 a dated stage (also a phase): 「各行业管理部门组织本领域标准主编单位开展网上申报"
               "工作」 — the departments organise (no 负责, no label) — none; the stage's end as the deadline (六/（一） dates the "
               "online filing itself 2025年8月6日前)"),
        U(["四", "（二）"], [HY], dl="2025年7-8月", dln="2025-08",
          note="「各行业管理部门负责对本领域标准主编单位提交的《复审建议表》进行预审，并汇总…提交市市场管理总站」: 「X负责…」 opens "
               "the item's text (the brief's 「X负责」 label: responsible, no lead named, accepted as lead — the reading of "
               "plans-next76 x76_04); the stage's end as the deadline; the hand-over to 市市场管理总站 is also a duty"),
        S(["四", "（四）"], [HQ], [HQ, "市市场管理总站"], lead_alternatives=[[]], dl="2025年10-11月", dln="2025-11",
          note=R29 + ": 「市住房城乡建设管理委会同市市场管理总站组织有关专家及行业管理部门集中召开专家评审会议」 — 「A会同B＋"
               "verb」: lead A (lead [] accepted), responsible A, B (was lead [], responsible [], A accepted as lead); the experts "
               "and 行业管理部门 are those it convenes; the stage's end as the deadline"),
        P(["四", "（五）"], dl="2025年12月", dln="2025-12",
          note="「市住房城乡建设管理委公布复审结论」: the commission as a sentence's subject (公布, no 负责) — none; the stage's "
               "month as the deadline"),
        P(["五", "（二）"],
          note="「主编单位…报送至各行业管理部门」, 「各行业管理部门将…寄送至市市场管理总站」: a role and a group in sentences — "
               "none; 「一式两份」 copies; " + NODATE),
        P(["六", "（一）"], dl="2025年8月6日前", dln="2025-08-06",
          note="「（一）截止日期」 over 「2025年8月6日前完成网上申报并报送书面材料至各行业管理部门，逾期视为未申报」: the item's date "
               "(also a duty of the 主编单位); no actor named"),
     ],
     plan_targets=[],
     phases=[{"name": "网上申报阶段", "start": "2025-06", "end": "2025-08"},
             {"name": "行业管理部门预审阶段", "start": "2025-07", "end": "2025-08"},
             {"name": "设计及施工标委会建议阶段", "start": "2025-08", "end": "2025-09"},
             {"name": "专家评审阶段", "start": "2025-10", "end": "2025-11"},
             {"name": "复审结论公布阶段", "start": "2025-12", "end": "2025-12"}],
     duties=[{"what": "主编单位完成网上申报并报送书面材料（《复审建议表》）至各行业管理部门",
              "when": "2025年8月6日前", "when_norm": "2025-08-06"},
             {"what": "各行业管理部门预审《复审建议表》并汇总形成《复审建议汇总表》提交市市场管理总站",
              "when": "2025年7-8月", "when_norm": "2025-08"}],
     notes=["counting: 一、复审范围 and 三、工作分工 are headings over paragraphs with no numbered child (sections); 二、 "
            "（一）–（三） 3 + 四、 （一）–（五） 5 + 五、 （一）（二） 2 + 六、 （一） and （二）联系方式's 「1.」 「2.」 (contact "
            "entries: the lowest numbered items) 3 → **13**. Accepted: 12 (（二）联系方式 as one item), 11 (联系方式 not a task) "
            "and 14 (三、工作分工 read as a task: it names units with 负责). The closing 「附件：」 1.–3. are form names",
            "samples: seven of thirteen (二、, 四、 four, 五、, 六、)",
            "units: 四/（二） opens with 「各行业管理部门负责…」 (responsible); the other items' bodies act in sentences (组织, 公布, "
            "会同 — the 会同 unit accepted as lead); 三、's 「X负责」 paragraphs are in a section (not sampled)",
            "dates: the five stages' months (2025年6-8月 … 2025年12月; a range's end as the stage's deadline) and 六/（一）'s "
            "2025年8月6日前; 二/（三）'s 「修订期限不超过12个月」 a limit on revisions (not checked); 一、's 「满3年」 thresholds are in a "
            "section",
            "phases: the five dated stages of 四、 (start and end months as written; all in 2025)",
            "duties: the filing by 2025-08-06 and the departments' summary to 市市场管理总站 (7-8月); the contact lines name "
            "people, not units"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x77_04", ["四", "（一）"], [], ["各行业管理部门"], "「各行业管理部门组织本领域标准主编单位开展网上申报工作」: the subject of 组织＋verb (main 6ba16bd's amendment: 组织开展 as 组织实施) is responsible, no lead (A alone accepted as lead); the 主编单位 are those it organises", alt=[["各行业管理部门"]])
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x77_02", ["一", "（二）"], ["消防部门", "市场监管部门"], ["消防部门", "商务部门", "住建部门", "市场监管部门", "绿化市容部门", "公安派出所"],
        "the item gives each department its duties: 「消防部门…牵头组织、指导小型餐饮场所火灾防范工作，…依法实施消防安全检查」 (A牵头), 「商务部门落实餐饮行业安全管理职责」 (落实), 「住建部门负责…」, 「市场监管部门牵头健全…综合监管机制」 (A牵头), 「绿化市容部门负责…」, 「公安派出所…对小型餐饮场所实施日常消防监督检查」 (对…实施): all their bodies in printed order, lead the two 牵头 bodies; 应急部门 (发挥…督促), 城管执法部门 (依法查处) and 教育、民政…等部门 (指导、督促 the restaurants to 落实) have no verb of rule 2")
align30("x77_03", ["二", "（二）"], [], ["各涉灾部门", "各区"],
        "「各涉灾部门、各区要根据相关规划及《…办法》，落实应急救灾物资储备管理责任」: the subjects of 落实 (groups of bodies) are responsible, in order, no lead")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x77_04', S32(['三'], [], ['市住房城乡建设管理委', '市建筑建材业市场管理总站', '各相关行业管理部门', '勘察设计、工程施工标准化专业技术委员会'],
          note='「市住房城乡建设管理委负责组织开展…，市建筑建材业市场管理总站（以下简称“市市场管理总站”）负责具体实施」「各相关行业管理部门…负责组织开展…」「勘察设计、工程施工标准化专业技术委员会负责…」 (fields sharing one head: one name); no date'),
          'a childless section of unit paragraphs', '「三、工作分工」 has no numbered children; its three unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '三、工作分工', leaf_tasks=14, count_alternatives=[13, 12])
# round 50 (p50c): an answer aligned to tests/data/CONVENTIONS.md's rulings (README, "Round 50: answers aligned (p50c)")
from expected_tools import align50_units  # noqa: E402

align50_units("x77_03", ["二", "（五）"], [], ["各区", "各涉灾部门"],
              "「各区、各涉灾部门要根据灾害种类…等情况，组织好应急物资前置工作」: 组织 is in rule 2's list whatever its object and "
              "好 its complement (Round 49 rulings, x230_02), and groups named by a kind are doers with a rule-2 verb (Round 32 "
              "rulings; round 30 「各区要落实…」), as 二/（二）'s 「各涉灾部门、各区要…落实…」 was aligned in round 30; 「市交通委…等部门要"
              "统筹整合…」 has no rule-2 verb (none)",
              "Round 49 rulings (x230_02) and the Round 32 rulings")

align50_units("x77_02", ["四", "（二）"], ["消防部门"], ["消防部门", "商务、应急、住建、公安、市场监管、城管执法、公安等部门"],
              "「消防部门要会同商务、应急、住建、公安、市场监管、城管执法、公安等部门加大…警示曝光力度」: 「A会同B＋verb」 gives lead A, "
              "responsible A and B (rule 2 of \"Units written in sentences\", round 29; the plans-next37 convention it replaced "
              "read none); the fields sharing 等部门 are one name as printed, 等 kept (round 31)",
              "Units written in sentences (round 29) rule 2 and the Round 31 fields ruling", alt=[[]])

write_collected(DIR)
