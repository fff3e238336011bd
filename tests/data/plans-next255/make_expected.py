# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next255/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c255, round 50: eight page openings of county, township and district-body plans
from outside Shanghai, all in animal-disease control and dog and slaughter work — a 县人民政府办公室's 2019 冬季动物防疫 notice
(headed points, a masked span 「从x月x日起至xx日」, 「…由乡镇负责组织实施」); a 镇's 春季重大动物疫病防治 notice (a 范文 page, 「镇政府将
集中组织4—5名…兽医人员…」, a span with no year); 勐弄乡's 重大动物疫病防控 方案 (a document site's run-on chunks 「1、」「2、」「3、」,
四、职责 with unit paragraphs 「乡人民政府。负责…」); 北景港镇's 景政办发〔2021〕25号 非洲猪瘟 实施方案 (an index-field page, the title
broken over three lines under its issuer); a 乡's 20* 狂犬病防制 意见 (a site's synonym-rewritten copy, 看法 for 意见, a label
「一乡狂犬病防指导小组:」 for a group set up in 二); a 鎮's 高致病性禽流感 預案 (traditional with inline pinyin); a 区 公安分局
治安大队's 2023 不文明养犬 整治 tasks (一 aims, 二 scope, 三 tasks, 「由派出所查明…」); a 县畜牧局's 畜禽定點屠宰意見 (traditional, pinyin,
dated 「2009年完成…」 beside masked 「20*年」)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–56 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c255.

    python tests/data/plans-next255/make_expected.py tests/data/plans-next255
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (rule 2: 「A alone may be accepted as the lead」)"
PERSON = "a person is never a unit (round 30; round 34: 负责人; round 42: 干部; round 45: persons of a body)"
NOYEAR = "no year is printed on the page (a site's date is the site's, round 45): the deadline is not checked"
MASKED = "the campaign span 「从x月x日起至xx日」 is masked, month and day (round 48: only what is printed is read): not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x255_01_xian-2019-dongji-dongwu-fangyi-gongzuo-tongzhi.txt"
plan(X01,
     title="县人民政府办公室关于开展2019年冬季动物防疫工作通知",
     title_note="line 2, the notice's own title line (line 1 「内容预览:」 is the site's)",
     doc_no="", issuer="a 县人民政府办公室 (county not named)", date="not shown (2019 in the title)",
     level="county (a 县, not named)",
     source=page_source("http://mswk.cn/Article/ShowArticle.asp?ArticleID=133586"),
     style="a secretarial library's member preview: 「内容预览:」, the title, the addressees, a preamble with a masked span "
           "「从x月x日起至xx日」, 一、加强领导,迅速部署 and 二、建立完善责任制,层层抓好落实 — two headed points over paragraphs, "
           "no numbered children — CUT at 「引起…………」, then the site's member notice (「全文共1356字…」「秘书文库--」)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各乡镇政府", "政府有关部门"], skip_deadline=True,
          note="round 34 (early) / round 51 (p47b): a childless headed point whose text gives work is a task; 「各乡镇政府及政府有关部门"
               "要…结合…统一安排,组织发动村级协防员,切实做好…免疫工作」 — 组织 followed by work (发动, a verb; round 34) makes its "
               "subjects doers, the 协防员 (persons) the pivot's object (round 30); 及 joins two whole names (round 34; 各 not shared), "
               "政府有关部门 a kind (round 33); 「各乡镇政府主要领导是…第一责任人,对…负总责」 — the 主要领导 are persons, so their 负总责 "
               "designates no body (" + PERSON + "); the 监督分站 only arranges (「结合…统一安排」, a circumstance, round 36); lead []; "
               + MASKED),
        S(["二"], [], ["乡镇"], targets=[(100, "%")], lead_alternatives=[["乡镇"]], skip_deadline=True,
          note="round 34 (early): a childless point that gives work; 「散养户…的免疫由乡镇负责组织实施」 — 由A负责 (rule 2): 乡镇, in a "
               "county's notice the county's towns named by a kind (round 45: 镇(街道) in a city's rules), responsible; " + ONE + "; "
               "not units: 「乡镇政府包免疫密度,职能部门包免疫质量」 (包 is no rule-2 verb and no designation word — RULING? 1), "
               "「县政府与乡镇政府、…要层层签订责任书」 (签订 without 由 outside articles names no doer, round 42), the 规模饲养场 who "
               "「自行免疫,并接受…监督检查」 (regulated parties, rounds 41, 54), 动物防疫监督机构 (inside a noun, round 30); target 「确保"
               "防疫密度达到100%」 (达到, round 30's line); " + MASKED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二, each a childless headed point over a paragraph that gives work (round 34 early; round 51 p47b); "
            "the page ends inside 二 (「引起…………」) before any third point",
            "the preamble's span 「经县政府研究决定,从x月x日起至xx日,在全县范围内开展…强制免疫工作」 is the campaign's (round 37; round 48 "
            "定于／决定), but its dates are masked, so no item's deadline is checked (round 48: a lost date is not repaired)",
            "lines 9–13 are the site's member notice, not text of the plan"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x255_02_zhen-chunji-dongwu-yibing-fangzhi-tongzhi.txt"
plan(X02,
     title_note=NO_TITLE + "the only title is the site's headline 「做好动物疫病防治事项通知范文」 (lines 1 and 6, with the site's "
                "「范文」); the notice prints no title line of its own (round 48: a site's heading is not the plan's title line)",
     doc_no="", issuer="a 镇 (not named; 「我镇」, 各村(居)委会)", date="not shown (no year on the page)",
     level="town (a 镇, not named)",
     source=page_source("https://360docs.net/doc/0019664826.html"),
     style="a document site's page: headline, 「合集下载」, three numbered disclaimer lines 「- 1、…- 2、…- 3、」 (the site's chrome, "
           "round 40), the headline again, a preamble ending in 「…通知如下:一、工作目标」 on the same line, three unnumbered goal "
           "lines, 二、主要措施 1、加强领导。 (its text lost after 「经研究决定」) 2、广泛宣传。 3、具体安排。 (a span 「从3月16日开始,"
           "4月16日结束」 with no year, 「镇政府将集中组织4—5名…兽医人员…」) — CUT in 3",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], [], skip_deadline=True,
          note="a numbered leaf with a run-in heading 「加强领导。」 and the words 「经研究决定」, after which the page lost the decision "
               "(round 48: only what is printed is read): a leaf of 主要措施 (EXPECTED.md leaf tasks), the count 2 without it accepted "
               "(round 40: items naming no unit are tasks where they give work); " + NONE + "; " + NOYEAR),
        S(["二", "2"], [], [], skip_deadline=True,
          note="「各村(居)委会、场要大力宣传动物防疫法律、法规…,要主动帮助群众…」 — 宣传 and 帮助 are outside rule 2's closed list (round "
               "30; round 44 outside articles), so the 村(居)委会 and farms are no doers by them: " + NONE + "; the campaign's span "
               "「从3月16日开始,4月16日结束」 (item 3, stated once for the whole 防疫工作, round 37) has no year: " + NOYEAR),
        S(["二", "3"], [], ["镇政府", "各村"], targets=[(4, "名")], responsible_alternatives=[["镇政府"]], skip_deadline=True,
          note="「镇政府将集中组织4—5名…兽医人员下到各村分组进行强制免疫注射工作」 — 组织 is in rule 2's list whatever its object, the "
               "persons then a verb make 「A组织B＋verb」 (round 30; round 49: A the doer), and 将 before it changes nothing (round 47, "
               "p45c); 镇政府 names the town's government, a body, unlike 镇 standing alone (rounds 44, 52: 街道办 / 街道); 「各村及包村"
               "干部应以积极给予配合」 — 配合 after a doer's clause makes its subject responsible (round 30; round 46), 及 joins two names "
               "(round 34) and the 包村干部 are persons (" + PERSON + "), so 各村 (RULING? 2; [镇政府] accepted); lead []; target: the "
               "number of vets the item sends, its own number of work (round 37; round 49: the number an item selects), a range read "
               "at its lower edge (round 32): 4 名; the 包村班子 groups 「各一名组成一个小组」 are the make-up of groups the item sets up "
               "(round 37: figures explaining a make-up) and persons: not checked; 「从3月16日开始,4月16日结束」 has no year: " + NOYEAR
               + "; " + CUT),
     ],
     plan_targets=[(10, "%"), (1, "%")],
     phases=[], duties=[],
     notes=["3 leaves: 二/1–3 (3 CUT at 「分组实」); 一、工作目标 is a section (three unnumbered goal lines, plans-dev EXPECTED.md "
            "lines 21–25); accepted: 2 (without 二/1, whose work the page lost after 「经研究决定」)",
            "plan targets: 「动物疫病的发病率下降10%、病死率下降1%」 in 一、工作目标 — a goal's own levels (round 25; round 53 on x245_08: "
            "a goal's level is a target without a comparison word)",
            "「(具体时间另行通知)」 fixes nothing; the page's 「- 1、」「- 2、」「- 3、」 lines are the site's disclaimers (round 40)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x255_03_mengnong-xiang-zhongda-dongwu-yibing-fangkong-gongzuo-fangan.txt"
plan(X03,
     title_note=NO_TITLE + "the title 「乡镇重大疫病防控工作方案」 (the site's generic name; the plan is 勐弄乡's) runs straight into "
                "its preamble after the site's chunk number 「1、」 on line 1",
     doc_no="", issuer="勐弄乡 (「勐弄乡重大动物疫病防治工作领导小组」; province masked 「XX省」)", date="not shown",
     level="township (勐弄乡)",
     source=page_source("https://m.wnwk.com/docdown/522822.html"),
     style="a document site's preview: three chunk lines 「1、」「2、」「3、」 (site chrome, round 40) of run-on text, the title "
           "glued to the preamble; 一、指导思想 and 二、目标和任务 (garbled figures 「应免密度20230%」「狂犬病强制免疫率202 / 2、30%」), "
           "三、组织领导 (the 乡人民政府 调整充实 a 领导小组, its office at 乡畜牧兽医站), 四、职责 with four unit paragraphs 「乡人民政府。"
           "负责…」「各村委会。…负责…」「乡畜牧兽医站。组织实施…」「乡直其他站所。…配合搞好…」, 五、防治措施 「提高认识,加强领导,各村委会、"
           "各单位必须…」 — CUT",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标和任务", "三、组织领导"],
     samples=[
        S(["四"], [], ["乡人民政府", "各村委会", "相关部门", "乡畜牧兽医站", "乡直其他站所"], dl=None,
          responsible_alternatives=[["乡人民政府", "各村委会", "乡畜牧兽医站", "乡直其他站所"]], **at(X03, "四、"),
          note="round 32: a childless section of unit paragraphs 「乡人民政府。负责…」「各村委会。…负责…」「乡畜牧兽医站。组织实施…负责…」"
               "「乡直其他站所。服从…抽调,配合搞好…」 is one task, its units every paragraph's body in printed order (round 54: a 职责 "
               "heading gives out work, one task); under a 职责 heading every body given work is a unit (round 34), the objects of "
               "组织 given work too (round 37): 「组织协调各村委会及相关部门共同抓好…」 adds 相关部门, a kind (round 33; 及 joins two "
               "names, round 34) — RULING? 3, the list without it accepted; 「催促检查各项防治措施的落实」 (催促 is 督促, round 55) has "
               "no body as object; lead [] (no 牵头); " + NODATE),
        S(["五"], [], [], dl=None, **at(X03, "五、"),
          note="「提高认识,加强领导,各村委会、各单位必须充分认清当前任务的艰巨性,进一步增强…紧迫感和责任感,把…工作[cut]」 — a childless "
               "point as printed (the page ends in its first sentence), a task as a point the plan counts (round 44: 「各街镇要充分"
               "认识…重要性」; the count without it accepted); 认清 and 增强 are outside rule 2's list and 各单位 is a general call "
               "(round 33): " + NONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "乡畜牧兽医站做好重大动物疫病疫情的监测和报告工作", "when": None, "when_norm": None,
              "note": "四's 乡畜牧兽医站 paragraph 「做好重大动物疫病疫情的监测和报告 / 3、工作」 (the site's chunk number inside the "
                      "phrase): a plan body's reporting of epidemic information (EXPECTED.md duties to report; rounds 35, 40); no "
                      "receiver, rhythm or date is printed"}],
     notes=["2 leaves: 四 (one task of unit paragraphs, round 32) and 五 (cut in its first sentence); 一、指导思想 and 二、目标和任务 "
            "are sections; 三、组织领导 only says that the 乡人民政府 调整充实 a leading group and where its office sits — no rule-2 "
            "verb and no 要／应 (round 51 p47b: a point that states no work is no task; round 35: a body the item sets up and its "
            "members are no units), RULING? 4. Accepted: 1 (without 五), 3 (with 三)",
            "the chunk numbers 「1、」「2、」「3、」 open the three lines and are the site's (round 40: chrome, not items); 「2、30%」 "
            "and 「3、工作。」 continue what the chunks cut",
            "二's figures 「20230%」「202 / 2、30%」 are garbled by the site; only what is printed is read (round 48), and no plan "
            "target is checked on them"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x255_04_beijinggang-zhen-2021-feizhou-zhuwen-fangkong-shishi-fangan.txt"
plan(X04,
     title="北景港镇人民政府办公室关于进一步加强非洲猪瘟防控工作的实施方案",
     title_note="lines 17, 19 and 21 as printed, the issuer's line in front of the title broken over two lines (round 46 on "
                "x210_03: the title with the issuer in front; spaces inside 「实 施 方 案」 are squashed by the scorer); line 7 "
                "「华容县北景港镇关于…实施方案」 is the site's headline",
     doc_no="景政办发〔2021〕25号", issuer="北景港镇人民政府办公室 (华容县, Hunan)", date="2021-08-03 (the index fields)",
     level="town (北景港镇, 华容县, Hunan)",
     source=page_source("http://www.huarong.gov.cn/33159/37006/37007/37013/37067/content_1852443.html"),
     style="a county portal's file page: index fields (索引号 00638229X4/2021-1852443, 发布机构, 生成日期 2021-08-03), the site's "
           "headline, the document number, the issuer's line and the title over two lines, 各村(社区)、部门单位:, a preamble, "
           "一、防控措施 1、–3、 each a run-in heading over its paragraph — CUT in 3",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["各村(社区)"], targets=[(1, "次")], lead_alternatives=[["各村(社区)"]], dl=None,
          note="「各村(社区)组织人员对…开展…摸排查验」 — 组织＋persons＋verb: 各村(社区) the doer (round 30; round 49), a kind with "
               "its bracket kept (round 34); " + ONE + "; target 「每周至少全面排查一次」 — a frequency with a floor (round 35; round "
               "49: 「至少…一次」 1 次); 「发现有生猪异常死亡的要及时报告」 is the duty (below); a weekly rhythm and no date: " + NODATE),
        S(["一", "2"], [], ["派出所", "食药所", "各村(社区)"], dl=None,
          note="「派出所、食药所、各村(社区)要积极配合动物防疫站设立流动消卡」 — 配合 with a subject of its own makes its subjects doers "
               "(round 46, p44g; round 54), and 动物防疫站, the body served, is a unit only by a rule-2 verb of its own (round 34's "
               "「B配合A＋verb」: 设立 is none) — so none; 「…,坚决落实现行的调运政策」 carries the same subject inside the sentence "
               "(round 34); 「严格落实属地管理责任」 opening the item has no subject standing (an instruction, round 49 p46d); the "
               "卡's 技术员、村主任、辅警 are persons (" + PERSON + "); lead []; " + NODATE),
        S(["一", "3"], [], ["各村(社区)"], lead_alternatives=[["各村(社区)"]], dl=None,
          note="「镇环卫所要切实加强…的监管」 — 加强 is outside rule 2's closed list (round 30), so 镇环卫所 is no doer; 「各村(社区)严格"
               "落实属地管理责任,加强…监管」 — 落实 is rule 2's whatever its object (round 49 p46d): 各村(社区); " + ONE + "; "
               + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现有生猪异常死亡的要及时报告", "when": "及时", "when_norm": None,
              "note": "一/1: a report the plan asks of the bodies it tasks when a case arises is an undated duty (round 44); no "
                      "receiver named"}],
     notes=["3 leaves: 一/1–3 (3 CUT at 「禁止使用餐」); the page ends before any 二",
            "no item has a date: the index fields' 2021-08-03 and 「按照7月26日省农业农村厅电视电话会议…」 date the document and its "
            "basis, not the work; the weekly check is a rhythm (round 34)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x255_05_xiang-kuangquanbing-fangzhi-gongzuo-yijian-tongzhi.txt"
plan(X05,
     title_note=NO_TITLE + "the site's headline 「狂犬病防制工作意见通知」 (lines 1–3, with 「_第1页」) and the text's own line "
                "「狂犬病防制工作看法通知」 (line 12, in the site's synonym-rewritten copy: 看法 for 意见) disagree; neither is read as "
                "the plan's title with confidence",
     doc_no="", issuer="a 乡 (not named; 「各村居民委员会、乡属各部门」)", date="not shown (「20*年」 masked)",
     level="township (a 乡, not named)",
     source=page_source("https://renrendoc.com/paper/147911945.html"),
     style="a document site's preview: page headlines, chrome (免费预览, 下载本文档, 版权说明, 文档简介), then two chunk lines 「1、」「2、」 "
           "of run-on text in a synonym-rewritten copy (掌握 for 控制, 爱护 for 保护, 指导 for 领导, 看法 for 意见); 一、明确目的任务 "
           "「狂犬病发病死亡人数无。」, 二、加强组织指导 (the group's members, then 「各村、相关部门要…落实…经费」), 三、明确工作职责 "
           "一乡狂犬病防指导小组:负责… — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、明确目的任务"],
     samples=[
        S(["二"], [], ["各村", "相关部门"], dl=None, **at(X05, "二、"),
          note="round 34 (early): a childless headed point that gives work; 「各村、相关部门要将…列入重要议事日程,实在加强组织指导,改善"
               "…队伍,落实狂犬病防制工作经费」 — 落实 keeps money as work (round 48; round 51) and is rule 2's whatever its object (round "
               "49 p46d): 各村 and 相关部门 (a kind, round 33) are doers; not units: the group 「调整…指挥指导小组成员」 and its members and "
               "office (rule 3; round 35: a body the item sets up), 刘亚平 and the 乡长 (" + PERSON + "), 「乡狂犬病指导小组要加强组织指挥"
               "协调,催促各村居、相关部门…」 (the group the item sets up; 组织 a noun inside 加强's object, round 45's 「加强组织领导」; "
               "催促's objects no units outside a work heading, round 55); lead []; " + NODATE),
        S(["三", "一"], [], ["乡狂犬病防指导小组"], targets=[(1, "次")], lead_alternatives=[["乡狂犬病防指导小组"]], dl=None,
          **at(X05, "明确工作职责 一"),
          note=R1 + ": the unit-colon label 「一乡狂犬病防指导小组:」 under 「三、明确工作职责」 (round 35: a heading whose object is a "
               "duty word gives out work) names the group 二 set up; a body a plan set up earlier is a doer in later items (round 36); "
               "the name as printed (round 36), though 二 prints it 「乡狂犬病防制指挥指导小组」 and 「乡狂犬病指导小组」 (rounds 38, 43: no "
               "alias is rewritten) — RULING? 5; 「一」 without brackets is an item number (round 36); " + ONE + "; target 「每季度"
               "召开 1 次协调会议」 — the meetings the item holds are its own number of work (round 52: 「五个一」, 1 次); a quarterly "
               "rhythm, no deadline (round 34): " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 (a childless point that gives work) and 三/一 (cut at 「组织、」); 一、明确目的任务 「狂犬病发病死亡人数无。」 "
            "states the aim, a section (round 49: aims give no work); accepted: 3 (with 一)",
            "the page's year is masked 「20*年」 and no item has a date, so every deadline answer is none by the item's own text"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x255_06_zhen-gaozhibingxing-qinliugan-fangzhi-yuan.txt"
ZHAN = "鎮(zhèn)畜牧獸醫(yī)站"
plan(X06,
     title="確保養(yǎng)禽業(yè)健康發(fā)展預(yù)案",
     title_note="line 1 as printed, inline pinyin kept (round 39; plans-next208 x208_06); the page prints no other title",
     doc_no="", issuer="a 鎮 (not named; 「辦公室設在鎮政府」)", date="not shown (the site's 2022-03-27 is the site's)",
     level="town (a 鎮, not named)",
     source=page_source("http://www.yuanjingfilm.com/article/xzgaoshou/gongzhuo/201203/509435.html"),
     style="a 范文 site's page in traditional characters with inline pinyin 「領(lǐng)導(dǎo)」: title, the site's time and 導語, a preamble, "
           "一、加強組織領導 1、成立領導機制。 2、成立四個工作組… , 二、加強疫苗預防 (a paragraph, a clause printed twice by the page), "
           "三、嚴格疫報制度 — CUT",
     leaf_tasks=4, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], dl=None,
          note="「成立領導機制。成立…領導小組,協調小組下設辦公室,辦公室設在鎮政府」 — the item sets up a group and its office: no unit "
               "(rule 3; round 35; round 45: 「办公室设在…」 is no doer); a numbered leaf whose work is the setting-up, a task naming no "
               "unit in a plan with units elsewhere (round 40), RULING? 6 (the count 2 without 一/1–2 accepted): " + NONE + "; " + NODATE),
        S(["一", "2"], [], [], dl=None,
          note="「成立四個工作組,派駐到各村的工作組負責協調督促各村(居)落實好本預案,工作組組長由…領導擔任」 — the groups the item sets "
               "up are the subject of 負責 (round 41: 「设置…领导小组…，分别负责…」), 各村(居) the object of 督促 (round 30: the pivot's "
               "object, no unit outside a work heading), the 組長 a person (" + PERSON + "): " + NONE + "; " + NODATE),
        S(["二"], [], ["各村(居)", ZHAN], targets=[(100, "%")], not_targets=[(1000, "羽")], dl=None,
          note="round 34 (early): a childless point that gives work; 「" + ZHAN + "具體負責禽流感強制疫苗注射術指導」 (具体负责, rule 2) and "
               "「各村(居)負責統計各組的零散養殖數…」 (负责, rule 2); 「各村(居)要嚴格做好…調查摸底工作」 opens the item with 做好, no "
               "rule-2 verb, but 各村(居) is a doer by its later 負責; names as printed with the site's pinyin (round 39; round 53: "
               "「鎮(zhèn)農(nóng)技中心」) and the bracket (居) kept (round 34); lead []; target 「疫苗率達到100%」 (達到, round 30); "
               "「特別是1000羽以上養殖大戶」 names a class of farm inside a noun (round 51 governs: a class, not_target); " + NODATE),
        S(["三"], [], [], dl=None,
          note="「全鎮疫報工作具職責是收集每日各村情況,填好報表,報送鎮、縣兩級,各村(居)要按[cut]」 — the report's work has no subject "
               "(全鎮 a scope, round 43), and 各村(居) is cut before its verb (round 43: a clause cut before its verb names nothing "
               "after the cut): " + NONE + "; the daily report is the duty (below); " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "鎮(zhèn)畜牧獸醫(yī)站具體負責禽流感強制疫苗注射術(shù)指導(dǎo),及時統(tǒng)計上報", "when": "及時", "when_norm": None,
              "note": "二: 及时统计上报 — a plan body's reporting (rounds 35, 40); no receiver or date printed"},
             {"what": "收集每日各村情況,填好報表,報送鎮(zhèn)、縣兩級", "when": "每日", "when_norm": "daily",
              "note": "三: a daily report sent to the 镇 and 县 levels (round 40: a standing rhythm of reporting is a duty)"}],
     notes=["4 leaves: 一/1, 一/2, 二, 三 (CUT at 「要按」); accepted: 2 (一/1–2 read as setting-up only, no work of a plan body)",
            "二 prints 「…及時統計上報,各村(居)負責統計各組的零散養殖數統一指導,及時統計上報,各村(居)負責統計…」 — the page repeats a "
            "clause; the units are read once each"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x255_07_zhian-dadui-2023-buwenming-yangquan-jizhong-zhengzhi-renwu.txt"
plan(X07,
     title_note=NO_TITLE + "the page prints no title: it opens with the addressees 「各派出所:」",
     doc_no="", issuer="治安大队 (of a 区 公安分局; scps.gov.cn, 成都 area, 岷江 and 成乐高速 in the text)", date="2023-10-20",
     level="a district body's own (a 区 公安分局's 治安大队)",
     source=page_source("https://www.scps.gov.cn/info/2344/116767.htm"),
     style="a whole short page: 「各派出所:」, a preamble, 一、工作目标 1.–3. (aims), 二、整治范围 1.–3. (places), 三、具体任务 (一)–(三), "
           "the signature 「治安大队」 and 「2023年10月20日」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], [], dl=None,
          note="「迅速对接各社区,排查饲养烈犬…的重点养犬户」 — no subject; the addressees 各派出所 are named only in the salutation, and "
               "对接 names a liaison (round 38), 排查 no rule-2 verb: " + NONE + "; no span or date is set (「近期将…开展」): " + NODATE),
        S(["三", "(二)"], [], [], dl=None,
          note="「加强街面巡逻,对于阻碍综合执法人员执行职务的行为进行查处」 — no subject; the 综合执法人员 are persons inside the "
               "description of the act (round 30): " + NONE + "; " + NODATE),
        S(["三", "(三)"], [], ["派出所"], lead_alternatives=[["派出所"]], dl=None,
          note="「对于有犬证的,由派出所查明违法事实、依法进行处理;未办理犬证的,不予进行认定」 — the item's work split by its objects "
               "(round 40; round 42: a 「…的，由A…」 step after a branch is the item's own work), 由A＋a verb of doing (round 34): "
               "派出所; 收容点 in 「对接收容点」 is a liaison (round 38); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三); 一、工作目标 1.–3. state aims (round 49: 活动目的 items give no work, no tasks) and 二、整治范围 "
            "1.–3. say where the work bears (round 44: fields); a count with them is not accepted (round 49 turned x230_06/07)",
            "the signature date 2023-10-20 dates the notice, not the work"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x255_08_xumuju-xuqin-dingdian-tuzai-yijian.txt"
plan(X08,
     title="畜牧局畜禽定點屠宰意見",
     title_note="lines 3 and 7 (the piece's heading, printed twice; the site's 前言 names it 「畜牧局畜禽定點屠宰意見范文」)",
     doc_no="", issuer="a 县畜牧局 (county not named; towns 梅渚、城南、東茗、雙彩、巧英)", date="not shown (「十七大」; 2009 in the text)",
     level="county (a 县's 畜牧局)",
     source=page_source("http://www.jiamaocode.com/article/shuzhibaogao/yijian/200910/201878.html"),
     style="a 范文 site's page in traditional characters with inline pinyin 「建設(shè)」: breadcrumb, the heading, the site's 前言, "
           "the heading again, a preamble, 一、指導思想, 二、總體目標 (goals), 三、建設計劃 1、–3、 (2、 with a second paragraph "
           "「2009年完成…」), 四、工作措施和要求 1、加強組織領導。… — CUT",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、指導(dǎo)思想", "二、總體目標(biāo)"],
     samples=[
        S(["三", "1"], [], [], skip_deadline=True,
          note="「城區機械化定點屠宰場:20*年啟動建設并用2年時間建成投入使用」 — the project before the colon is the work's object, not a "
               "unit; no body is named anywhere on the page in a ruled form, so every numbered leaf that gives work is a task "
               "(plans-dev 08; round 47): " + NONE + "; 「用2年時間」 has no comparison word (no target); the start year is masked "
               "「20*」: the deadline is not checked (round 48: only what is printed is read)"),
        S(["三", "2"], [], [], targets=[(7, "個"), (5, "個")], skip_deadline=True,
          note="「20*年完成*、*、…等7個鎮定點屠宰場建設。/ 2009年完成梅渚、…等5個鄉定點屠宰點建設。」 — the second paragraph goes on "
               "with the item (round 32: a trailing paragraph is the item's body): " + NONE + "; targets: the numbers the item must "
               "build, its own numbers of work (round 37; round 40: 「建设1万吨以上的收储点」): 7 個, 5 個; deadline: the latest of "
               "the item's dates (round 34) cannot be told — 「20*年」 is masked and may be later than 2009 — so it is not checked "
               "(RULING? 7; 2009-12 if the masked year is the earlier)"),
        S(["三", "3"], [], [], dl=None,
          note="「適時開展牛羊等畜禽定點屠宰」 — 適時 (when the time is right) fixes no date: " + NONE + "; " + NODATE),
        S(["四", "1"], [], [], dl=None,
          note="「各鎮鄉人民政府、街道辦事處和有關部門要…加強領導,…要切實做好本職工作和…監督管理,要層層抓好落實」 — 加强 and 做好 are "
               "outside rule 2's closed list (round 30; round 44 outside articles) and 落實 is the object of 抓好, a noun (round 33): "
               + NONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[(1, "個"), (100, "%"), (12, "個"), (95, "%")],
     phases=[], duties=[],
     notes=["4 leaves: 三/1–3 and 四/1 (CUT at 「各基層單」); 一、指導思想 and 二、總體目標 are sections; accepted: 3 (without 三/3, 「適時"
            "開展」 read as a stance rather than work)",
            "plan targets in 二、總體目標: 「城區建成1個機械化定點屠宰場」 (1 個), 「城區進點屠宰率達到100%」, 「規範完善12個鎮鄉的屠宰場(點)"
            "建設」 (12 個), 「農村進點屠宰率達到95%以上」 (95 %, 以上) — a goal's own levels and numbers to build (rounds 25, 37, 44)",
            "「通過二年的努力」 in 二 is the goal's span, not a date (round 44: a goal date is the goal's)"])

write_collected(DIR)
