# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next263/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c263, round 52: eight page openings of task breakdowns and duty lists from outside
Shanghai whose tasks name their units — a 镇(街道)'s 防溺水 领导小组及责任分工 (二、主要职责 1.–4. with post holders' duties, 三、责任分工
1.村(社区)责任 2.学校责任 as unit headings, CUT); a city's or county's 接送学生车辆 安全管理 page 1 ((二)教育部门要… (三)交通运管部门要…
三/(一), their heading lost, CUT); 关岭自治县's 创建"平安畅通县区" 实施方案 page 5 (15、–20、 under a lost heading, 二、乡镇人民政府 1、–12、
as a unit heading, yearly reports, CUT); a 2006 学校幼儿园及周边 plan's page 4 (2. 3. under a lost heading, (七)卫生部门职责、任务 1.–6.
(八)工商部门职责、任务 1.–2., a dated stage, CUT); a 街道's 清明节祭扫 工作方案 (a document site's chunk lines, 三、责任分工 (一)工作小组职责
1.安监组。 2.宣传组。 3.城建组。, CUT); a 区's 市容环境综合整治百日行动方案 page 2 (12、–14、 run in, each closed by 「牵头单位:…责任单位:…」,
the site's chunk numbers inside the text); a 区建委's 城市环境整治方案 ((一)(二) with 牵头单位:／成员单位: label lines over 1.–4.,
targets, CUT); 衡阳市殡葬管理规定 (衡政发〔2008〕10号, 第一条–第七条 under a cover)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line, ``art`` for an article); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–60 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c263.

    PYTHONPATH=. python tests/data/plans-next263/make_expected.py tests/data/plans-next263
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, article_in, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)
art = partial(article_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list outside articles, round 44): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 46: a post holder's duties; round 42: 干部 are persons)"
NOYEAR = "no year is printed on the page (the site's date is the site's, round 45): the deadline is not checked"
NO_TITLE = "title not checked: "
LOST = ("the page opens under a heading it does not print (the plan's earlier pages did not come back): a lost heading is not "
        "read (round 59, decided; round 48: only what is printed), so the item takes no unit from it")
RHYTHM = "「每年…前」 is a yearly rhythm, no deadline (round 34: recurring dates are no deadline)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x263_01_zhen-jiedao-fangnishui-lingdao-xiaozu-zeren-fengong.txt"
plan(X01,
     title="防溺水工作领导小组及责任分工",
     title_note="line 1: the piece's own name in the site's bracket 【…】 before its preamble (RULING? 1: a bracketed name that "
                "opens the text is read as its title; the site's jxfw pages print every piece so)",
     doc_no="", issuer="a 镇(街道) (not named; 「辖区内」, 「镇(街道)主要领导担任组长」)", date="not shown (the site's path 202508 is the "
     "site's)", level="town or street (a 镇(街道), not named)",
     source=page_source("http://ent.zjrxz.com/jxfw/202508/495664.html"),
     style="a site's page: 【title】 run into a preamble that sets up the group (「特成立“防溺水工作领导小组”」); 一、组织机构 (the group's "
           "head, deputies and members — persons — and its office 「负责日常事务…」); 二、主要职责 1. 领导小组职责 / 2. 组长职责 / 3. 副组长职责 / "
           "4. 成员职责 (each a heading line over one paragraph); 三、责任分工 1. 村(社区)责任 / 2. 学校责任 / 3. 社会力量参与 「鼓励志愿者、爱心企业"
           "等社会力」 — CUT",
     leaf_tasks=4, count_alternatives=[5, 6, 7, 8], attachment_task_rows=0, childless_top_level_sections=["一、组织机构"],
     samples=[
        S(["二", "1"], [], ["领导小组"], lead_alternatives=[["领导小组"]],
          responsible_alternatives=[["领导小组", "各村(社区)"]],
          note=R1 + ": 「1. 领导小组职责」 is a 职责 heading naming one body over its own duties (round 38's 「X职责」 of one party; "
               "round 50: a unit heading); the group was set up by the preamble and 一 (「特成立…」「领导小组由…担任组长」), so in this later "
               "item it is a standing body (round 36: bodies a plan set up earlier are doers in later items; round 57's 调查组; round "
               "60: only a body the item itself sets up is none); " + ONE + "; under a unit heading the objects of 督促 are no units "
               "(round 39; round 50) — 「督促检查各村(社区)落实…情况」, so 各村(社区) is out ([领导小组, 各村(社区)] accepted: round 37's "
               "objects given work under a work heading, 二、主要职责); " + NODATE),
        S(["二", "4"], [], ["各成员单位", "领导小组", "教育部门", "水利部门", "公安部门"],
          responsible_alternatives=[["各成员单位", "教育部门", "水利部门", "公安部门"], ["教育部门", "水利部门", "公安部门"]],
          note="aligned by Round 61 rulings, written early (Units, turned round 36 over the builder's list: under the work heading 成员职责 the body served, 领导小组 (set up in 一), is "
               "given work too — [各成员单位, 领导小组, 教育部门, 水利部门, 公安部门]; the builder's list stays accepted). Builder: 「4. 成员职责」 under 二、主要职责 (a heading that gives out work: 「X职责」 naming no one party, rounds 38, 50): 「各成员单位"
               "按照职责分工,积极配合领导小组开展相关工作」 — a group named by a kind with 配合 as its own main verb (round 35's 「各成员单位按照"
               "责任分工落实」; round 46: the subject of 配合 is a doer, the body served — 领导小组 — is not); 「如教育部门负责…;水利部门负责…;"
               "公安部门协助做好…等」 — the subjects of 负责 (rule 2's several clauses) and 协助 after them (round 30: 「A负责…，B配合／协助」 "
               "makes B responsible; under a work heading every body given work is a unit, round 36); the final 等 ends the examples, "
               "no part of a name; lead [] (no 牵头); the list without 各成员单位 is accepted (RULING? 2: a member group read as a "
               "back-reference, round 34); " + NODATE),
        S(["三", "1"], [], ["村(社区)"], lead_alternatives=[["村(社区)"], ["各村(社区)"]],
          responsible_alternatives=[["各村(社区)"]],
          note=R1 + ": 「1. 村(社区)责任」 is a party heading over its own duties (round 38: 「建设单位责任」; round 41: an item under a "
               "村(居)委会 heading whose sentence names 村(社区) takes the heading's unit); the item's own fuller name 「各村(社区)要落实"
               "属地管理责任…」 is accepted beside it (round 45's party headings); " + ONE + "; 「定期排查」 is a rhythm: " + NODATE),
        S(["三", "2"], [], ["学校"], lead_alternatives=[["学校"]],
          note=R1 + ": 「2. 学校责任」 — a party heading (round 38) over 「学校要加强对学生的防溺水安全教育…同时与家长签订防溺水承诺书」; "
               "学校 is a kind of body (round 34); 家长 are persons (round 30); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1 (the group's duties), 二/4 (the members' duties), 三/1, 三/2. 二/2 组长职责 and 二/3 副组长职责 are a post "
            "holder's duties (「组长是…第一责任人」「协助组长开展工作」), no tasks (round 46: x208_04's 乡(镇)长; rounds 36, 45); 三/3 「鼓励志愿者、"
            "爱心企业等社会力[cut]」 prints only an encouragement, no work (round 51: a point of only options or 鼓励 is none; round 40); "
            "一、组织机构 only says who leads and who are members, its office set up by it (round 57's x255_03 三; round 35). Accepted: 5 "
            "(with 三/3 or with 一), 6, 7, 8 (the post holders' items counted, round 46's 18 stays accepted)",
            "the preamble's 「特成立…领导小组,明确职责分工,落实工作责任」 gives units to no item (round 40: a preamble before the first section)",
            "members in 一 are persons (「相关部门负责人和村(社区)干部为成员」); 二/4's 各成员单位 is read as the kind it prints"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x263_02_jiesong-xuesheng-cheliang-anquan-guanli-ye1.txt"
plan(X02,
     title_note=NO_TITLE + "page 1 of a law database's copy opens at 「(二)教育部门要…」; the plan's title is on its page 0, which did "
                "not come back",
     doc_no="", issuer="a city or county (not named: 「当地教育部门」「各级教育部门」「公安交通管理部门」)", date="not shown",
     level="city or county (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/168934/16893414_1.html"),
     style="a law database's page 1: (二) and (三) of a section whose heading is on page 0 (a paragraph each: 「(二)教育部门要将…责任具体"
           "落实到…」「(三)交通运管部门要严格…资质审查…组织具有客运资质的车辆接送学生」), then 三、加强宣传教育,强化监督管理 (一) 「各级教育部门要"
           "加强…。一是要…;二是要督促中小学校…,经常组织开展…活动,增强在校学生的交」 — CUT; ASCII brackets; no date, no figure",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], ["教育部门"], lead_alternatives=[["教育部门"]],
          note=R2 + ": 「教育部门要将接送学生车辆安全管理责任具体落实到中小学校和幼儿园的主要负责人」 — the subject of 落实 (rule 2's list; "
               "round 49: 落实 whatever its object); the receivers are persons (主要负责人) and round 53's 「将…责任压实到A」 (x241_06) gives the "
               "receivers nothing outside a work heading; 「要督促其…」「要督促学校和幼儿园…」 — pivots, their objects no units (round 30); "
               "「中小学校、幼儿园要指派专人…」「…组织学生集体乘车外出活动时,要事先报告…」 — 指派 is no rule-2 verb, and 组织 inside a "
               "「…时」 clause is not the item's verb (round 38); " + ONE + "; " + LOST + "; " + NODATE),
        S(["(三)"], [], ["交通运管部门"], lead_alternatives=[["交通运管部门"]],
          note=R2 + ": 「交通运管部门要严格…资质审查…。同时,要积极创造条件,组织具有客运资质的车辆接送学生」 — the subject carries inside "
               "the paragraph (round 34) to 组织, which is in rule 2's list whatever its object (round 43; 「A组织B＋verb」, round 30); "
               + ONE + "; " + LOST + "; " + NODATE),
        S(["三", "(一)"], [], ["各级教育部门"], lead_alternatives=[["各级教育部门"]], responsible_alternatives=[[]],
          note="RULING? 3: 「各级教育部门要加强…工作。一是要按照相关法律规定,要求各中小学校将…纳入教学计划…;二是要督促中小学校加强对学生的"
               "交通安全知识教育,经常组织开展…活动」 — 加强 is no rule-2 verb outside articles (round 45), 要求／督促 are pivots; the "
               "subjectless 组织开展 carries the paragraph's subject, never the object of the pivot (round 49 p46d; round 57's x251_04), "
               "so 各级教育部门 is a doer (各级 a level word, round 47); the reading that gives 组织开展 to the schools the pivot names "
               "(none) is accepted; 一是…二是… inside a numbered item are its text (round 37); " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: (二), (三) (their section's heading is on page 0 — not read, round 59) and 三/(一) (CUT); 三 is the "
            "section over (一)",
            "paths: (二) and (三) stand at the top of the page with no printed parent (only what is printed is read, round 48)",
            "no figure, no date: 「年终考核」 is a yearly rhythm of the schools' assessment, no deadline"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x263_03_guanling-xian-chuangjian-pingan-changtong-xianqu-shishi-fangan-ye5.txt"
HEAD03 = ("a unit heading: 「二、乡镇人民政府」 names one kind of body over its own duties (round 38: a heading that names a party; "
          "round 39: 「(一)县教体局。」), so its items take it (rule 1), their sentences adding nothing")
plan(X03,
     title="关岭自治县创建“平安畅通县区”实施方案（关岭布依族苗族自治县人民政府关于印发关岭自治县创建“平安畅通县区”实施方案的通知）",
     title_note="line 2: the notice's title, printed by the law database at the head of each page of its copy; the plan's own name is "
                "accepted beside it (round 45's pair; round 30: the document's title or the notice's)",
     doc_no="", issuer="关岭布依族苗族自治县人民政府 (安顺, Guizhou)", date="not shown on this page",
     level="county (关岭布依族苗族自治县)",
     source=page_source("http://www.lygzb.net/html/text/lar/173187/17318756_5.html"),
     style="a law database's page 5 (法搜网): its name line, the notice's title, then items 15、–20、 of a section whose heading is on an "
           "earlier page (the county's own duties: 「17、每年7月10日前向市级人民政府报告…」「19、…县政府在一个月内向市政府上报…」), 二、乡镇人民政府 "
           "(a unit heading) 1、–12、 (a set-up office and 「专职干部1至2人」, ledgers, 「每年7月10日前向县级人民政府报告…」, 「设置率90%以上」, "
           "「在50人以上单位普遍设立…的专」) — CUT; each line indented by two spaces, blank lines between",
     leaf_tasks=18, count_alternatives=[16, 17], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["15"], [], [],
          note="「县联席会议下发有关加强道路交通安全工作的文件」 — 下发 is no rule-2 verb (round 30's closed list, outside articles): "
               + NONE + "; " + LOST + "; an item that gives work naming no unit is a task (round 40); " + NODATE),
        S(["17"], [], [],
          note="「每年7月10日前向市级人民政府报告本地上半年道路交通安全工作情况」 — a sending, no doer (round 46): " + NONE + "; "
               + LOST + "; " + RHYTHM + "; the report is a yearly duty (round 40)"),
        S(["19"], [], [], targets=[(5, "人")],
          note="「辖区内发生一次死亡5人以上道路交通事故后,县政府在一个月内向市政府上报事故调查处理和问题整改报告」 — the item's whole work "
               "answers an event (round 30), but 上报 is a sending, no rule-2 verb, so 县政府 is no doer by it (round 46): " + NONE
               + "; 5人 with 以上 in the event that triggers the step is a target (rounds 30, 40; round 49 q46c); 「一个月内」 counts "
               "from the event: no deadline (round 33); the report is an undated duty (round 44: a sending asked when a case arises)"),
        S(["20"], [], [],
          note="「组织制定交通安全宣传教育计划,明确公安、农机、司法、教育、宣传及新闻单位等相关部门职责」 — 组织 with no subject standing "
               "before it gives no doer (round 41: a run-in 组织 with no subject), and the departments are inside what the plan "
               "defines (明确…职责, a noun's description, round 30): " + NONE + "; " + LOST + "; " + NODATE),
        S(["二", "1"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]], targets=[(1, "人")],
          note=R1 + ": " + HEAD03 + "; 「成立由乡镇政府主管安全的副镇长任组长的机构,设立办公室,明确职责,配备…专职干部1至2人」 — the "
               "body it sets up is no unit (round 35); the staff to appoint are the item's own number, a range read at its lower "
               "edge (round 32: 「设立1-2名管理人员」 → 1名; round 37: an item's own number to appoint): 1 人; " + ONE + "; " + NODATE),
        S(["二", "6"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]],
          note=R1 + ": " + HEAD03 + "; 「将道路交通安全纳入政府考核内容,落实责任,兑现奖惩」; " + ONE + "; " + NODATE),
        S(["二", "9"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]],
          note=R1 + ": " + HEAD03 + "; 「每年7月10日前向县级人民政府报告本地上半年道路交通安全工作情况」 — " + RHYTHM
               + "; a yearly duty (round 40); " + ONE),
        S(["二", "11"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]], targets=[(90, "%")],
          note=R1 + ": " + HEAD03 + "; 「在行政村、社区、学校、重点单位和公众宣传园地设立交通安全宣传橱窗或板报,设置率90%以上」 — a rate the "
               "item must reach, 以上 (round 30's line): 90 %; " + ONE + "; " + NODATE),
        S(["二", "12"], [], ["乡镇人民政府"], lead_alternatives=[["乡镇人民政府"]], not_targets=[(50, "人")],
          note=R1 + ": " + HEAD03 + "; 「在50人以上单位普遍设立交通安全宣传教育的专[cut]」 — 50人以上 stands inside the noun naming the "
               "units the rule covers, a class (rounds 34, 38, 51): not a target; " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年7月10日前向市级人民政府报告本地上半年道路交通安全工作情况", "when": "每年7月10日前", "when_norm": "yearly (by 7月10日)",
              "note": "item 15–20's 17 (round 40: a standing rhythm of reporting is a duty whoever sends it)"},
             {"what": "每年1月15日前专报上一年度工作情况", "when": "每年1月15日前", "when_norm": "yearly (by 1月15日)",
              "note": "item 18 and 二/10 print the same words (「专报」 a report sent; the receiver not named)"},
             {"what": "县政府在一个月内向市政府上报事故调查处理和问题整改报告", "when": "事故后一个月内", "when_norm": None,
              "note": "item 19: a report sent when an event arises, a time counted from it (round 44: an undated duty)"},
             {"what": "每年7月10日前向县级人民政府报告本地上半年道路交通安全工作情况", "when": "每年7月10日前", "when_norm": "yearly (by 7月10日)",
              "note": "二/9 (the towns' half-year report to the county)"}],
     notes=["18 leaves on the page: 15–20 (6, their heading — the county's own duties by their words — on an earlier page, not read) "
            "and 二/1–12 (12; 12 CUT). Accepted: 17 (二/7 「对…负有…责任的责任人,给予党纪政纪处分」 read as a consequence, round 48's "
            "liability and round 51 q47b, rather than the towns' own disciplinary work under their heading; or without the cut 12), "
            "16 (both)",
            "二/2 「在每个行政村有交通安全信息员,做好信息采集工作」 gives work under the unit heading (the 信息员 are persons)",
            "yearly rhythms (「每年7月10日前」「每年1月15日前」) date no item (round 34)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x263_04_xuexiao-youeryuan-zhoubian-huanjing-zhili-ye4.txt"
HEAD04 = ("a unit heading: 「(七)卫生部门职责、任务」 names one body over its own duties and tasks (round 38: 「X职责」 of one party; "
          "round 50), so its items take it (rule 1)")
plan(X04,
     title_note=NO_TITLE + "page 4 of a law database's copy opens at 「2.加强学校幼儿园及周边地区的文化娱乐场所…」; the title is on page 0",
     doc_no="", issuer="a city or county (not named; 「省政府“5.27”电视电话会议」, 2006)", date="2006 (「第一阶段:宣传动员阶段(2006年8-9月)」)",
     level="city or county (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169527/16952764_4.html"),
     style="a law database's page 4: items 2. and 3. of a body's list whose heading is on page 3 (a 文化 department's, by their words), "
           "(七)卫生部门职责、任务 1.–6., (八)工商部门职责、任务 1.–2. (unit headings over numbered duties), 六、工作步骤 「第一阶段:宣传动员阶段"
           "(2006年8-9月)。结合实际,认真组织学习…」 — CUT; ASCII brackets",
     leaf_tasks=11, count_alternatives=[10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], targets=[(200, "米")],
          note="「加强…文化娱乐场所的监督管理,依法查处…。坚决取缔中小学校周围200米以内的网吧、电子游戏、台球室等经营场所…」 — no subject: "
               + NONE + "; " + LOST + "; the zone the rule keeps 「周围200米以内」 is a target (round 46, decided: 「校园周边一百米范围内禁止…」 "
               "is 100 米; round 34: 以内／内 after a distance): 200 米; " + NODATE),
        S(["3"], [], [],
          note="「文化艺术团体、图书馆、博物馆等要为学校幼儿园开展文化活动提供方便」 — 提供 is no rule-2 verb (round 30's closed list): "
               + NONE + "; an item that gives work naming no unit is a task (round 40); " + LOST + "; " + NODATE),
        S(["(七)", "1"], [], ["卫生部门"], lead_alternatives=[["卫生部门"]],
          note=R1 + ": " + HEAD04 + "; 「加强对学校幼儿园食堂…的监督管理」; " + ONE + "; " + NODATE),
        S(["(七)", "3"], [], ["卫生部门", "教育部门"], lead_alternatives=[["卫生部门"]],
          responsible_alternatives=[["卫生部门"]],
          note=R1 + ": " + HEAD04 + "; 「协助教育部门对校医、…从业人员的业务知识和法规培训」 — under a unit heading the body its text "
               "assists is responsible with it (round 41: 「A：…配合B做好…」 gives B; round 52's x237_04: bodies a unit heading's text "
               "会同／协同／配合 are units); lead [] (no 牵头; the heading's body as lead accepted, round 38's 「（七）A：」); the heading's "
               "body alone is accepted; " + NODATE),
        S(["(七)", "5"], [], ["卫生部门"], lead_alternatives=[["卫生部门"]],
          note=R1 + ": " + HEAD04 + "; 「指导学校幼儿园大力开展爱国卫生运动」 — the schools guided are no units (rule 3's guide; round 39: "
               "under a unit heading the objects of a pivot are no units); " + ONE + "; " + NODATE),
        S(["(八)", "2"], [], ["工商部门"], lead_alternatives=[["工商部门"]],
          note=R1 + ": 「(八)工商部门职责、任务」 is a unit heading (as (七)); 「加大对校园及周边无照经营摊点的打击力度,坚决取缔…」; " + ONE
               + "; " + NODATE),
        S(["六", "第一阶段"], [], [], dl="(2006年8-9月)", dln="2006-09", **at(X04, "第一阶段:"),
          note="a stage written as a name and a time with its work after it 「第一阶段:宣传动员阶段(2006年8-9月)。结合实际,认真组织学习并广泛"
               "宣传…」 is a phase and a task (round 33; round 47: unnumbered stage lines with work); 组织学习 has no subject, the "
               "public 发动 are no units (round 30): " + NONE + "; the stage's span dates its own work: its end 2006-09 (round 35); "
               + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "宣传动员阶段", "start": "2006-08", "end": "2006-09",
              "note": "「第一阶段:宣传动员阶段(2006年8-9月)」 under 六、工作步骤; the later stages are cut"}],
     duties=[],
     notes=["11 leaves on the page: 2., 3. (their heading on page 3, not read), (七)/1–6, (八)/1–2 and 六's 第一阶段 (a stage with work, "
            "CUT). Accepted: 10 (the stage read as a phase only)",
            "paths: 2. and 3. stand at the top of the page with no printed parent; the stage line's path names it by its words "
            "(六/第一阶段, round 38: paths by first words where no number stands)",
            "「200米以内」 is the only figure; 「5.27」 names a meeting (no target)"])

# ---------------------------------------------------------------------------------------------------------
TURNED05 = ("aligned by Round 61 rulings, written early (Units, turned, rounds 35, 44, 48, 60 over rounds 36, 39): naming a "
            "group's head and members composes it, and the item that composes a group sets it up; its duties there give no "
            "unit — none, a task naming no unit; the builder's group stays accepted. Builder: ")
X05 = "x263_05_jiedao-2023-qingming-jisao-gongzuo-fangan.txt"
GROUP05 = ("the working groups were set up in 二、组织机构 (「下设安监组、宣传组、…等9个工作小组」), so in this later item the group is a "
           "standing body (round 36: bodies a plan set up earlier are doers in later items; round 57: a working group a body sets up "
           "is a body), and 「X组。」 opening the item is its unit heading (round 39: 「(一)县教体局。」) under 三、责任分工, a heading that "
           "gives out work (round 35); its 组长 and 成员 are persons (round 30). RULING? 4: round 48's x220_02 reads 「X组：由A牵头，B…组成，"
           "负责…」 as setting the group up (no unit) — that reading (none) is accepted")
plan(X05,
     title_note=NO_TITLE + "the text's own title 「街道清明节祭扫工作方案」 runs into its preamble after the site's chunk number 「1、」 "
                "(line 22); 「2023年街道清明节祭扫工作方案.docx」 is the site's file name (lines 3, 8–17)",
     doc_no="", issuer="a 街道 (not named; 「街道成立清明祭扫工作指挥部」)",
     date="not shown (2023 only in the site's file name and upload date, which date nothing: round 45)",
     level="street (a 街道, not named)",
     source=page_source("https://m.wnwk.com/doc/564349.html"),
     style="a document site's preview: 收藏／分享 chrome, the file name, uploader and file facts, six 「…docx_第N页」 / 「第N页 / 共9页」 "
           "lines, 「资源描述」, then chunk lines 「1、」「2、」 (the site's, round 40) each running the text on one line: title, preamble, "
           "一、指导思想, 二、组织机构 (a command post with named persons and nine working groups), 三、责任分工 (一)工作小组职责: 1.[chunk 2、]"
           "安监组。组长由…兼任,成员包括…。 职责。负责… 2.宣传组。… 3.城建组。组长由王孝 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织机构"],
     samples=[
        S(["三", "(一)", "1"], [], [], lead_alternatives=[["安监组"]], responsible_alternatives=[["安监组"]],
          line=24, title_starts="安监组。组长由王",
          note=TURNED05 + R1 + ": " + GROUP05 + "; the item's number 「1.」 ends line 22 and its text runs on after the site's chunk number 「2、」 on "
               "line 24 (chrome, round 40); 「负责清查辖区烟花爆竹经营户,倡导文明祭扫,禁止向祭扫群众销售烟花爆竹」; 消防、安监办全体工作人员 "
               "are persons; " + ONE + "; " + NODATE),
        S(["三", "(一)", "2"], [], [], lead_alternatives=[["宣传组"]], responsible_alternatives=[["宣传组"]], skip_deadline=True,
          **at(X05, "2."),
          note=TURNED05 + R1 + ": " + GROUP05 + "; 「负责清明祭扫期间文明祭扫的宣传,…媒体接访」; " + ONE + "; the festival's period in the item's "
               "own text dates it by the festival's month in the plan's year (round 46, decided), but no year is printed in the "
               "text (the site's file name's 2023 dates nothing, round 45): the deadline is not checked"),
        S(["三", "(一)", "3"], [], [], lead_alternatives=[["城建组"]], responsible_alternatives=[["城建组"]], **at(X05, "3."),
          note=TURNED05 + R1 + ": 「3.城建组。组长由王孝[cut]」 — the heading names the group before the cut (round 45: a unit bracket cut after its "
               "names gives them; round 48: only what is printed is read), so the item keeps it; " + GROUP05 + "; " + ONE + "; "
               + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)/1–3 (3 CUT after its leader's name). 一、指导思想 (a stance, round 49) and 二、组织机构 (a command post "
            "and groups set up, persons named: round 57's x255_03) are sections. Accepted: 2 (without the cut 3)",
            "the chunk number 「2、」 at the start of line 24 is the site's (round 40), not an item: item 1's text follows it",
            "「9个工作小组」 counts the groups set up (a plan-level field, no target)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x263_06_qu-shirong-huanjing-zonghe-zhengzhi-bairi-xingdong-fangan-ye2.txt"
plan(X06,
     title_note=NO_TITLE + "page 2 of a document site's copy; the plan's name appears only in the site's lines 「《市容环境综合整治百日"
                "行动方案_页2》」 (line 7) and 「市容环境综合整治百日行动方案—页2,」 (line 8), not as a title line of the text",
     doc_no="", issuer="a 区 (not named; 「我区」, 区建设局, 区房产局, 区城管局)", date="not shown (the site's 2019-10-18 is the site's)",
     level="district (a 区, not named)",
     source=page_source("https://m.wenku365.com/p-44060102.html"),
     style="a document site's page 2 preview: chrome lines (欢迎来到天天文库, ID, 大小, 页数, 时间, the site's blurb), then chunk lines "
           "「1、」「2、」「3、」 (the site's) running the text: the tail of item 11 with its labels 「…观瞻水平。牵头单位:区建设局。责任单位:…」, "
           "12、临街建(构)筑物粉刷出新整治。…牵头单位:区房产局。责任单位:区城管局。 13、施工工地整治。…[chunk 2、]…2.5米以上实体墙围挡…"
           "牵头单位:区建设局。责任单位:区市容环卫局、环保局。 14、治理乱贴乱画。…[chunk 3、]…牵头单位:区城管局。 — each item closed by "
           "its labels",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["12"], ["区房产局"], ["区房产局", "区城管局"], **at(X06, "12、"),
          note=R1 + ": the labels closing the item 「牵头单位:区房产局。责任单位:区城管局。」 decide (round 38: a label closing an item); "
               "the sentences 「直管公房由区房产局组织整治;区属单位由区房产局、城管局督促产权单位自行整治…」 add nothing (rule 1); the "
               "item stands inside a run-on chunk line (path by its number, round 34); " + NODATE),
        S(["13"], ["区建设局"], ["区建设局", "区市容环卫局", "环保局"], targets=[(2.5, "米")], **at(X06, "13、"),
          note=R1 + ": the item runs across the site's chunk number 「2、」 (line 9, chrome) to its labels 「牵头单位:区建设局。责任单位:"
               "区市容环卫局、环保局。」 (round 57: text the cut joins to an item is that item's as printed); names as printed (「环保局」 "
               "without 区, round 36); 「一般要用2.5米以上实体墙围挡」 — a standard of the work with 以上 (round 30's line): 2.5 米; "
               + NODATE),
        S(["14"], ["区城管局"], ["区城管局"], **at(X06, "14、"),
          note=R1 + ": 「牵头单位:区城管局。」 after the chunk number 「3、」 closes the item (line 10); 「协调电信部门…」 a pivot and 「各有关"
               "单位要密切配合」 a general call add nothing (rule 1); 「每月取证一批、公布一批、处理一批」 is a rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 12、13、14 (run in). The text before 12、 — 「提高我区市容景观整体观瞻水平。牵头单位:区建设局。责任单位:"
            "区房产局、园林局、市政局、国土局、市容环卫局。」 — is the tail of item 11, whose number fell on page 1; it stands in the line "
            "with 12、 after the site's chunk 「1、」 and title, not in a line of its own, so no number is restored (round 57: a lost "
            "number only where a line or paragraph of its own stands in the gap): text. Accepted: 4 (the tail read as item 11)",
            "「1、」「2、」「3、」 opening lines 8–10 are the site's chunk numbers (round 40), not items; the chunks cut 「挂牌施工,/出入口」 and "
            "「窝/点」",
            "「百日行动」 names the campaign's length; no date is printed"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x263_07_qu-jianwei-chengshi-huanjing-zhengzhi-fangan.txt"
LAB07A = ("区建委", "区执法局", "区园林局", "区市政局", "区水务局", "区环卫局", "区工商分局", "区交警大队", "路街道办事处")
LAB07B = ("区建委", "区执法局", "区园林局", "区市政局", "区水务局", "区环卫局", "区工商分局", "区交警大队", "各街道办事处")
LABNOTE07 = (R1 + ": the label lines under the heading 「牵头单位:区建委」「成员单位:…」 are inherited by its items (rule 1; round 40: a "
             "牵头 label its items inherit); 成员单位 beside 牵头单位 lists the item's responsible units (round 39: 「成员单位：」 under a "
             "division of work; round 38: 承办单位 beside 牵头单位), not members of a group the item sets up")
plan(X07,
     title="区建委城市环境整治方案",
     title_note="line 1 (the site's headline, repeated in its 导语 on line 3; the text prints no other title), as earlier sets read "
                "this site's pages (plans-next38)",
     doc_no="", issuer="a 区建委 (a district's construction commission; place names removed by the copy: 「以解放路以北的路三个街道」)",
     date="not shown (the site's 2022-05-09 is the site's)", level="district (a 区's 建委, not named)",
     source=page_source("https://gwyoo.com/article/xzgaoshou/gongzhuo/201205/519559.html"),
     style="a writing-service site's page: headline, time line, 导语 disclaimer, a one-line preamble, 一、目标任务 (一)重点地区市容市貌整治提升 "
           "with label lines 「牵头单位:区建委」「成员单位:区执法局、…、区交警大队和路街道办事处」, a paragraph 「以…为重点,主要解决“八乱”问题」, "
           "1.–4. (「新建地下农贸市场1处,改造…2处」「打造1-2处花园式小区」); (二)主次干道环境整治提升 with its labels, a paragraph, 1. 「3月底前完成"
           "西路、南路、路3条道路撤商还路;…出入口」 — CUT; street names gapped by the copy",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["区建委"], list(LAB07A), responsible_alternatives=[list(LAB07A[:-1])],
          note=LABNOTE07 + "; 「区交警大队和路街道办事处」 — 和 joins two names (round 34); 「路街道办事处」 is printed with its place name "
               "gapped by the copy and kept as printed (round 36/44: names as printed; masks kept), the list without it accepted "
               "(round 36: a name the page loses is dropped); " + NODATE),
        S(["一", "(一)", "2"], ["区建委"], list(LAB07A), responsible_alternatives=[list(LAB07A[:-1])],
          targets=[(1, "处"), (2, "处")],
          note=LABNOTE07 + "; 「新建地下农贸市场1处,改造南路、小区农贸市场2处」 — counts of work the item builds (round 44: 「改造100户」): "
               "1 处, 2 处; " + NODATE),
        S(["一", "(一)", "4"], ["区建委"], list(LAB07A), responsible_alternatives=[list(LAB07A[:-1])], targets=[(1, "处")],
          note=LABNOTE07 + "; 「打造1-2处花园式小区」 — a range of a number to do is read at its lower edge (round 32): 1 处; " + NODATE),
        S(["一", "(二)", "1"], ["区建委"], list(LAB07B), targets=[(3, "条")], skip_deadline=True,
          note=LABNOTE07 + " — (二)'s own labels: 「…区交警大队,各街道办事处」 (各街道办事处 a kind, round 32); 「3月底前完成西路、南路、路3条道路"
               "撤商还路」 — the roads the item clears are its own count of work: 3 条; the date 「3月底前」 has no year on the page: "
               + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一)/1–4 and 一/(二)/1 (CUT); (一) and (二) are headings over their items; the paragraph under each heading "
            "(「以…为重点…」「对…等道路实施重点整治」) is the heading's text, not an item. Accepted: 4 (without the cut item)",
            "the copy gaps place names 「以解放路以北的路三个街道办事处」「改造南路、小区农贸市场」「西路、南路、路3条道路」; they are kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x263_08_hengyang-shi-binzang-guanli-guiding.txt"
FIELDS08 = "公安、建设、工商行政、城管行政执法、监察、卫生、国土资源、林业、规划、劳动和社会保障、人事、交通、物价、财政、司法、宗教、新闻媒体等部门"
plan(X08,
     title="衡阳市殡葬管理规定（衡阳市人民政府关于印发《衡阳市殡葬管理规定》的通知）",
     title_note="line 1, the notice's title (the rules' own title line is not printed: the page goes from the cover to 「第一章 总则」); "
                "the rules' name 《衡阳市殡葬管理规定》 from the notice is accepted beside it (round 30; round 45's pair)",
     doc_no="衡政发〔2008〕10号", issuer="衡阳市人民政府 (Hunan)", date="二00八年四月一日 (2008-04-01)", level="city (衡阳市)",
     source=page_source("http://www.fsou.net/html/text/lar/170029/17002988.html"),
     style="a law database's page: the notice's title, its number in brackets, the addressees, 「《」 broken from its title by a line "
           "break, the signature and date, then 第一章 总则 第一条–第七条 (the opening reaches 第七条's end); articles written as 第X条",
     leaf_tasks=4, count_alternatives=[5, 6, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], ["市民政局", "县市区民政局", FIELDS08], responsible_alternatives=[["市民政局", "县市区民政局"]],
          **art(X08, ["第四条"]),
          note="round 44 (decided): in 第X条 articles the subject of the article's verb of doing is a doer — 「市民政局主管全市殡葬管理工作」 "
               "(主管, administering, like round 37's 「A为…的主管部门」), 「县市区民政局负责…和组织实施」 (负责, rule 2), and 「公安、…、新闻媒体等部门"
               "应按照各自的职责,做好本规定的实施工作」 (做好 in an article, round 57); the fields before one head 等部门 are one name as printed "
               "(round 31: 「人事、卫生等部门」; round 42 continued: a list closed by a shared head); lead [] (no 牵头); the list without "
               "the fields' group is accepted; " + NODATE),
        S(["第五条"], [], ["市、县(市、区)、乡(镇)人民政府"], lead_alternatives=[["市、县(市、区)、乡(镇)人民政府"]],
          **art(X08, ["第五条"]),
          note="round 44: 「市、县(市、区)、乡(镇)人民政府应切实加强对殡葬改革工作的领导,将…列入…规划,把…纳入…目标管理…,并将相关经费列入"
               "财政预算」 — 加强 is an article's verb of doing (round 57's x252_01); levels before one head are one name as printed "
               "(round 30: 「市、区X部门」); 列入…预算 alone would name a payer (round 48), but the subject is a doer by its other verbs; "
               + ONE + "; " + NODATE),
        S(["第六条"], [], ["乡(镇)人民政府", "街道办事处", "村(居)民委员会", "机关、团体、企事业单位"],
          responsible_alternatives=[["乡(镇)人民政府", "街道办事处", "村(居)民委员会", "机关", "团体", "企事业单位"]],
          **art(X08, ["第六条"]),
          note="round 44: 「乡(镇)人民政府、街道办事处、村(居)民委员会和机关、团体、企事业单位应积极做好本区域本单位的殡葬管理工作」 — 做好 in an "
               "article (round 57); 和 joins two names (round 34); 「机关、团体、企事业单位」 kept as one name as printed, as round 56 "
               "aligned 「机关、团体、企业、事业单位」 (x53_03 第十一条; round 58's x60_02 「机关、团体、事业单位」); the split reading is accepted; lead [] (no 牵头); " + NODATE),
        S(["第七条"], [], ["市、县(市、区)"], lead_alternatives=[["市、县(市、区)"], ["县(市、区)"]],
          responsible_alternatives=[[], ["县(市、区)"]],
          **art(X08, ["第七条"]),
          note="RULING? 5: 「市、县(市、区)成立殡葬管理工作协调领导小组,领导小组办公室设市、县(市、区)两级政府民政部门,负责殡葬执法的组织"
               "协调及督查工作」 — in articles the subject of 成立 is a doer (round 60, turned: 「区政府成立…小组」), and a level standing as a "
               "subject names that level's bodies, one group as printed (round 47's 「镇级每月组织联合巡查」 → [镇级]; round 45's 镇(街道)); the group and the "
               "office the article sets up are no units, nor is where the office sits (rounds 35, 45); the reading that takes "
               "「市、县(市、区)」 as places with no head (round 43: 我市 standing alone) — none — is accepted, and so is [县(市、区)] (round 53's "
               "x242_06: in a joint subject the issuer's own bare level is a place, the lower level a kind); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 第四–七条. 第一条 (purpose and basis) and 第二条 (scope: 「凡在本市…的单位和个人,均应遵守本规定」) are general "
            "provisions; 第三条 (「殡葬管理应坚持…的方针」) states a principle, no task in a plan whose articles name units (round 33; round "
            "49: principles give no work). Accepted: 5 (with 第三条), 6, 7 (round 30: a count that includes general provisions)",
            "the cover's 「请认真遵照执行」 is no task; its addressees receive the rules",
            "「《\\n衡阳市殡葬管理规定》」 and 「国务院《\\n殡葬管理条例》」 are broken by the database's line breaks; kept as printed"])

write_collected(DIR)
