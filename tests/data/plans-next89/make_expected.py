# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next89/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 29 (built by helper c88): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    python tests/data/plans-next89/make_expected.py tests/data/plans-next89
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)

# The units rule is tests/data/CONVENTIONS.md (round 29), cited in each note by its number:
R1 = "CONVENTIONS.md units rule 1 (a label decides: unit-colon paragraphs 「X：…」 give the item's units)"
R2BY = "CONVENTIONS.md units rule 2 (the agent of 由 with a verb of doing is a unit: responsible, lead [] / the single unit accepted as lead)"
R2SUBJ = "CONVENTIONS.md units rule 2 (the subject of 负责／具体负责／组织实施／实施／落实 is a unit; several clauses: all their bodies in order)"
R2LEAD = "CONVENTIONS.md units rule 2 (「由A牵头（负责）」: lead A, responsible A)"
PLAIN = ("a body as the plain subject of another verb (「X应…」 「X初审」 「X发放」 「X审核」) is not among the doers rule 2 of "
         "CONVENTIONS.md lists (负责／实施／落实／组织实施, the agent of 由, 会同): no unit")
R3 = "CONVENTIONS.md units rule 3"
ROLEKIND = ("建设单位 / 项目建设单位 is read as a kind of body (CONVENTIONS.md rule 2: 「A is a named body, a kind of body…」) "
            "where it is the agent of 由 or the subject of 负责; as the plain subject of 应 it is no unit")
GEN = ("a general provision (purpose / scope / definition / interpretation / entry into force): a numbered leaf by the "
       "numbering rule, the count without the general provisions accepted; no unit, no date")
THR = "thresholds, bands, rates and shares written in the item are its targets (CONVENTIONS.md, targets, round 25)"
REL = "a time limit counted from an event (no date can be resolved): the deadline is not checked"
YEARLY = "a yearly time (每年…前) with no single date: the deadline is not checked (its sending is a yearly duty)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x89_01_gangyan-2025-zhengfu-touzi-xiaoxing-jianshe-gongcheng-xiangmu-guanli-banfa.txt"

plan(X01,
     title="上海市崇明区港沿镇人民政府关于印发《港沿镇政府投资小型建设工程项目管理办法》的通知",
     title_note="the notice title (the first line; the 办法 has no title line of its own in the text)",
     doc_no="沪崇港府〔2025〕5号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区港沿镇人民政府",
     date="2025-02-18",
     level="town government (Shanghai Chongming, 港沿镇), to its sections, public institutions and villages",
     source=shanghai_source("工程建设管理", "上海市崇明区港沿镇人民政府关于印发《港沿镇政府投资小型建设工程项目管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_b65c850f-03f9-4c60-80d7-a60da58f5fe7&siteId=0085", 3573),
     style="a town's notice whose body is the 办法 itself (一、–五、, （一）… with 「1.」 items, full-width brackets); 二、 sets up a "
           "leading group and gives work with 「X负责…」; 三、 the steps of a project with 「由X负责审议」 / 「由区发展改革委立项批复」; "
           "四/（二） nine violations; bands 「大于3万元（含）、小于5万元（不含）」",
     leaf_tasks=41, count_alternatives=[34, 33, 26],
     leaf_tasks_by_section={"一、适用范围": 5, "二、组织机构及其职责": 2, "三、小型建设工程过程管理": 21,
                            "四、纪律要求与责任追究": 11, "五、其他": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], note=GEN + " (the scope list of 一、)"),
        P(["二", "（一）"],
          note="「成立港沿镇小型建设工程领导小组…成员由党政办、规环办、经发中心…组成」: a body the item sets up and its members "
               "— no units (" + R3 + "); " + NODATE),
        U(["二", "（二）"], ["各项目主管部门（单位）", "村（居）", "党政办", "经发中心"],
          note="three 负责 clauses: 「各项目主管部门（单位）、村（居）作为建设单位，负责按流程规范实施…」, 「党政办负责项目议题储备」, "
               "「经发中心负责项目资金的预决算管理…」 — " + R2SUBJ + "; the first subject split at 、 into its two bodies as "
               "printed; 「领导小组下设办公室，设在规环办，统筹协调…」 is a plain subject (no 负责): 规环办 no unit; " + NODATE),
        P(["三", "（一）", "1"], skip_deadline=True,
          note="「建设单位应在每年年底前向领导小组申报次年项目」: " + ROLEKIND + "; " + YEARLY.replace("…前", "年底前")),
        P(["三", "（二）", "2"], targets=[(3, "万元"), (5, "万元")],
          note="「项目总投资额大于3万元（含）、小于5万元（不含）…通过政府办公会集体审议确定…」: both edges of the band are targets "
               "(" + THR + "); no 由 / 负责 clause: no unit; " + NODATE),
        P(["三", "（三）", "5"], targets=[(5, "%")],
          note="「项目变更原则上应控制在原建安费的5%以内」 a ceiling (" + THR + "); no actor; " + NODATE),
        U(["三", "（四）", "4"], ["项目建设单位"], skip_deadline=True, not_targets=[(15, "日")],
          note="「由项目建设单位组织设计、施工等各方进行工程验收」 — " + R2BY + "; " + ROLEKIND + "; 「指派专人负责」: 专人 a "
               "person, not a body (" + R3 + "); 「验收合格之日起15日内向领导小组办公室备案」: " + REL + " (15日 a time limit, not "
               "a target; the filing is a duty)"),
        P(["三", "（五）"], note="「建设单位应在工程竣工后委托…审价」: " + ROLEKIND + "; " + NODATE),
        P(["三", "（六）"], note="「各相关单位必须建立完善的建设工程项目档案制度」: a general call (" + R3 + "); " + NODATE),
        P(["四", "（二）", "3"], note="a violation listed under （二） (a condition, no work); " + NODATE),
        P(["五", "（一）"],
          note=GEN + "; 「未尽之处由镇小型建设工程领导小组负责解释」 the interpreting body of a closing article (" + R3 + ")"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "验收合格之日起15日内向领导小组办公室备案", "when": "验收合格之日起15日内", "when_norm": None},
             {"what": "建设单位应在每年年底前向领导小组申报次年项目", "when": "每年年底前", "when_norm": "yearly"}],
     notes=["counting (every numbered leaf, EXPECTED.md): 一、 （一）–（五） 5 (scope); 二、 （一）（二） 2; 三、 （一） 1.–5. 5 + "
            "（二） 1.–5. 5 + （三） 1.–5. 5 + （四） 1.–4. 4 + （五） 1 + （六） 1 = 21; 四、 （一） 1.2. 2 + （二） 1.–9. 9 = 11; "
            "五、 （一）（二） 2 → **41**. Accepted: 34 (without 一、's scope list and 五、's general provisions), 33 (四/（二）'s nine "
            "violations folded into （二）), 26 (both)",
            "samples: eleven of 41, across 一、–五、",
            "units: " + R2SUBJ + "; " + R2BY + "; " + ROLEKIND + "; members, receivers (领导小组 / 领导小组办公室 of filings) and "
            "approval routings written without 由 are no units",
            "not sampled for doubt: 三/（一）/4 (「…的，由政府办公会议负责审议」 — a band of amounts or a case clause of rule 3), "
            "三/（四）/1 (「由项目建设单位及其主管部门负责」: one body or two)",
            "dates: none (the cover's 2025年2月18日); 每年年底前 is a yearly time; 15日内 counted from 验收合格",
            "duties: the 15-day filing after acceptance (三/（四）/4) and the yearly project application (三/（一）/1)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x89_02_wujing-2025-jiazhuang-dianti-houxu-weibao-butie-shishi-yijian.txt"

plan(X02,
     title="吴泾镇既有多层住宅加装电梯后续维保补贴实施意见（关于印发《吴泾镇既有多层住宅加装电梯后续维保补贴实施意见》的通知）",
     title_note="the opinion's own title (split over two lines after the cover) or the notice title (the first line): either is accepted",
     doc_no="闵吴府发〔2025〕3号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区吴泾镇人民政府",
     date="2025-03-06",
     level="town government (Shanghai Minhang, 吴泾镇), a subsidy opinion to its offices, neighbourhoods and villages",
     source=shanghai_source("房屋与住房", "关于印发《吴泾镇既有多层住宅加装电梯后续维保补贴实施意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=fd213ff2-36cd-4f66-9ceb-7918b72f05e6&siteId=0079", 1504),
     style="short: the notice title, the title again over two lines, a one-sentence cover; the opinion's title over two lines; "
           "一、–六、 headings on their own lines, 二、 and 三、 with 「1.」 items, the others one paragraph; ASCII 「(代表)」",
     leaf_tasks=5, count_alternatives=[6, 9],
     leaf_tasks_by_section={"二、补贴条件和金额": 2, "三、补贴申请程序": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、补贴范围", "四、资金使用范围", "五、资金管理", "六、其他"],
     samples=[
        P(["二", "1"], targets=[(6, "万元")], note="「每台补贴人民币6万元整」 a per-unit rate (" + THR + "); " + NODATE),
        P(["二", "2"], targets=[(3, "万元")], not_targets=[(5530, "弄")],
          note="「每台补贴人民币3万元整」 (" + THR + "); 「龙吴路5530弄」 an address (a name with digits, not a target); " + NODATE),
        P(["三", "1"],
          note="「由楼组出资业主(代表)向镇加梯办申请」: the agent of 由 is the residents who paid (persons, not a body of rule 2); "
               "镇加梯办 receives the application (「向A申请」, " + R3 + "); " + NODATE),
        P(["三", "2"], note="「镇加梯办初审后，报镇加梯领导小组复审」: " + PLAIN + "; 领导小组 receives (" + R3 + "); " + NODATE),
        P(["三", "3"], note="「…后，镇财政所发放补贴资金」: " + PLAIN + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the numbered leaves are 二、's 1. 2. and 三、's 1.–3. → **5**; 一、 四、 五、 六、 are childless sections. "
            "Accepted: 6 (五、 as a leaf: 「由镇财政所负责审计、监督」 is work of a named body, as plans-next81 accepted a childless "
            "section that holds work) and 9 (every top-level section with no children a leaf)",
            "samples: all five leaves",
            "units: by CONVENTIONS.md rules 2–3 no leaf names a doer: the offices act as plain subjects (初审, 发放) or receive; "
            "the one 由X负责 (镇财政所, 五、) and the interpreting 镇加梯办 (六、) stand in childless sections",
            "dates: 「有效期至2026年6月30日」 (六、) is the opinion's validity, not a task's deadline; no phases; no duty (the "
            "applications are the residents')"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x89_03_wujing-2023-guifan-gongye-yongdi-shiyong-guanli-banfa.txt"

plan(X03,
     title="关于吴泾镇进一步规范工业用地使用的管理办法（关于印发《关于吴泾镇进一步规范工业用地使用的管理办法》的通知）",
     title_note="the 办法's title (split over two lines) or the notice title (the first line): either is accepted",
     doc_no="闵吴府发〔2023〕13号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区吴泾镇人民政府",
     date="2023-08-14",
     level="town government (Shanghai Minhang, 吴泾镇), six measures given to its offices",
     source=shanghai_source("规划与土地", "关于印发《关于吴泾镇进一步规范工业用地使用的管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=ff5fef92-d529-4443-81bf-f7334675822d&siteId=0079", 1707),
     style="the notice title twice, a one-sentence cover; the 办法's title over two lines with a blank line between; six "
           "items 「一、heading。text」 on one line each, with 「一是…二是…」 inside; offices named in sentences (规建生态办, 经发办)",
     leaf_tasks=6, count_alternatives=[11],
     leaf_tasks_by_section={"一、–六、": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一"], ["规建生态办", "经发办"],
          note="「规建生态办和经发办负责加强日常巡查」 — " + R2SUBJ + "; 区级相关部门 receive the reports (" + R3 + "); " + NODATE),
        P(["二"], note="「经发办熟悉和掌握区域内项目转让意向，做好排摸…」: " + PLAIN + "; " + NODATE),
        P(["三"], note="no doer named (「积极配合区级部门…」 a general call); " + NODATE),
        P(["四"],
          note="「要积极配合区规划资源局、区经委、区生态环境局等部门…提出…意见」: the town helps those bureaus (they are "
               "helped, not the doers of this item's work, and the clause has no 由 / 负责); a general call (" + R3 + "); " + NODATE),
        U(["五"], ["规建生态办"], not_targets=[(100, "号")],
          note="「规建生态办作为减量化工作的责任主体，一是负责制定…」 — " + R2SUBJ + "; 「国办发〔2006〕100号」 a document number "
               "(not a target); " + NODATE),
        P(["六"],
          note="「各相关部门通过…联动审核」 a general call; 「经发办、市场所在企业工商注册登记环节…提出意见」 and 「规建生态办在装饰装修"
               "工程审批环节…」: " + PLAIN + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对项目开竣工情况存在的问题做好对区级相关部门的上报工作", "when": None, "when_norm": None}],
     notes=["counting: six top-level items, each a complete item with no numbered children → **6** (leaves). Accepted 11 "
            "(「一是…」 clauses read as sub-items: 一、 2, 五、 4, 六、 2)",
            "samples: all six",
            "units: " + R2SUBJ + " (一、, 五、); " + PLAIN + " (二、, 六、)",
            "dates: none; duty: 一、's 上报 to 区级相关部门 (no rhythm)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x89_04_yuepu-2019-cunzhuang-daolu-jianshe-he-yanghu-guanli-banfa.txt"
A3 = "第三条 （管理部门职责）"
A4 = "第四条 （规划和用地）"
A6 = "第六条 （建设项目计划）"
A8 = "第八条 （建设工程管理）"
A9 = "第九条 （建设资金管理）"
A13 = "第十三条 （养护管理目标）"
A14 = "第十四条（职责分工）"
A17 = "第十七条 ( 养护定额和标准)"
A18 = "第十八条 （养护资金管理）"


def W(path, *args, units=None, at=None, **kw):
    """An article sample, located by ``article_in`` (``at``: the markers to look for where the path's differ)."""
    where = art(X04, at or path)
    if units is None:
        return P(path, *args, **kw, **where)
    return U(path, units, *args, **kw, **where)


plan(X04,
     title="月浦镇村庄道路建设和养护管理办法（试行）（关于印发《月浦镇村庄道路建设和养护管理办法》（试行）的通知）",
     title_note="the 办法's title line (printed 「月浦镇村庄道路建设和养护管理办法》（试行）」 with a stray 》) or the notice title "
                "(the first line): either is accepted",
     doc_no="宝月府〔2019〕4号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区月浦镇人民政府",
     date="2019-02-25",
     level="town government (Shanghai Baoshan, 月浦镇), rules for village roads in four chapters",
     source=shanghai_source("市政与基础设施", "关于印发《月浦镇村庄道路建设和养护管理办法》（试行）的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=dea7207a-dae6-4920-9d7e-ee29b9cc6cb3&siteId=0078", 4180),
     style="a short cover; 第一章–第四章 (第四章 with a full-width space), articles 「第N条 （label）」 on their own lines (第十四条 "
           "without the space, 第十七条 with ASCII 「( 养护定额和标准)」); 第六条 with 「1、」「2、」, 第十三条 and 第十八条 with "
           "（一）…; 第十四条 unit-colon paragraphs 「镇规划建设办：…」; yearly times 每年3月底前 / 6月底前",
     leaf_tasks=29, count_alternatives=[24, 26, 21],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 建设管理": 10, "第三章 养护管理": 13, "第四章 附则": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        W([A3], units=["镇规划建设办", "镇城乡建管中心", "镇经发办", "农业服务中心", "环保办", "月浦规土所", "月浦水务所", "各村民委员会"],
          note="four clauses: 「镇规划建设办…统筹编制并组织实施…计划」, 「镇城乡建管中心具体负责村主路的养护工作」, 「镇经发办、农业"
               "服务中心、环保办、月浦规土所、月浦水务所等部门…协同实施本办法」, 「各村民委员会负责村支路和宅间路的养护」 — "
               + R2SUBJ + "; the list split at 、 as printed (等部门 dropped); " + NODATE),
        S([A4], ["镇规划建设办"], ["镇规划建设办"], [(8, "米"), (6, "米"), (4, "米")], **art(X04, [A4]),
          note="「由镇规划建设办牵头负责…」 — " + R2LEAD + "; the width ceilings 8米 / 6米 / 4米 (" + THR + "); " + NODATE),
        W(["第五条 （建设标准）"], not_targets=[(490, "号")],
          note="a standard to follow, no doer; 「沪建交[2012]490号」 a document number (ASCII brackets as printed), not a target; " + NODATE),
        W([A6, "1"], at=[A6, "1、"], skip_deadline=True,
          note="「项目申报以各村为主体，于每年3月底前…报送」, 「镇城乡建管中心梳理形成…报送镇规划建设办」, 「镇规划建设办审核并…于"
               "每年6月底前上报区公路中心」: " + PLAIN + " (各村 are applicants; the closing 「…组织实施」 has no subject written); "
               + YEARLY),
        W(["第七条 （建设程序）"], targets=[(8, "米")],
          note="「镇规划建设办及时委托…编制可行性研究报告，并…报区发改委审批」: " + PLAIN + "; 区发改委 / 区规土局 receive ("
               + R3 + "); 「宽度超过8米的…上报区规土局征询」 a threshold (" + THR + "); " + NODATE),
        W([A8], units=["镇规划建设办", "镇经发办"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「镇经发办按照职责，依法加强…监管」 — 镇经发办 is a doer beside 镇规划建设办 (由…组织竣工验收), in printed order; lead []; formerly: " "「工程竣工后，由镇规划建设办组织竣工验收」 — " + R2BY + "; 「镇规划建设办应…」 and 「镇经发办按照职责，依法加强…"
               "监管」 plain subjects add nothing; the report 抄送区公路中心备案 is a duty; " + NODATE),
        W([A9], units=["镇规划建设办"], targets=[(80, "%"), (20, "%"), (70, "%"), (30, "%")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「镇规划建设办根据…，提交区公路中心申请区级补贴资金」 — the town office's step in the procedure is a verb of doing (not 可以申请, a right): responsible 镇规划建设办; formerly: " "the shares borne by town and village (" + THR + "); 「镇规划建设办…提交区公路中心申请」 " + PLAIN + "; " + NODATE),
        W([A13, "（二）"], note="a state to keep (路面平整…), no work of a body; " + NODATE),
        W([A14], units=["镇规划建设办", "镇城乡建管中心", "各行政村"],
          note="three unit-colon paragraphs 「镇规划建设办：…」 「镇城乡建管中心：…」 「各行政村：…」 — " + R1 + "; " + NODATE),
        W([A17], targets=[(80, "%")], note="「养护定额参考本市农村公路养护定额的80%执行」 (" + THR + "); no doer; " + NODATE),
        W([A18, "（一）"], targets=[(75, "%"), (25, "%")], note="the shares of maintenance cost (" + THR + "); " + NODATE),
        W([A18, "（三）"], note="「镇城乡建管中心整理…后向区公路中心请款」: " + PLAIN + "; a payment request is procedure, not a duty; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇规划建设办审核并提交镇政府研究通过后，于每年6月底前上报区公路中心", "when": "每年6月底前", "when_norm": "yearly"},
             {"what": "竣工验收报告抄送区公路中心备案", "when": "工程竣工后", "when_norm": None}],
     notes=["counting (every numbered leaf, EXPECTED.md; an article without numbered children is a leaf): 第一章 3; 第二章 第四条–"
            "第十二条 with 第六条's 1、2、 → 10; 第三章 第十三条's （一）–（四） 4 + 第十四–十七条 4 + 第十八条's （一）–（三） 3 + 第十九、"
            "二十条 2 = 13; 第四章 3 → **29**. Accepted: 24 (without the general 第一、二、二十一、二十二、二十三条), 26 (第十三条's four "
            "states one leaf), 21 (both)",
            "samples: twelve of 29, across the four chapters (Round 30 (CONVENTIONS.md, What is a task: articles of general provision): the sample on 第二十一条 （实施日期）, entry into force, was removed; 24 and 21 already count without the general provisions)",
            "units: " + R1 + " (第十四条); " + R2SUBJ + " (第三条); " + R2BY + " (第八条); " + R2LEAD + " (第四条); " + PLAIN,
            "not sampled for doubt: 第十二条 and 第二十条 (「…的，由镇规划建设办负责处置」, 「发现…路段，由中心及时组织抢修」 — case "
            "clauses of rule 3, or the article's own work)",
            "dates: no calendar date in an item (the cover's 2019年2月25日); 每年3月底前 / 每年6月底前 are yearly times",
            "duties: the yearly sending to 区公路中心 by 6月底 (第六条), the completion report filed with 区公路中心 (第八条)"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x89_04", ["第七条 （建设程序）"], "「宽度超过8米的村庄道路上报区规土局征询规划和用地审核意见」: 超过8米 stands inside the noun naming the class of roads the step picks (round 30's 「宽度超过8米的道路」 turned with its picking line)", to_not=[(8, "米")])
# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x89_01", ["三", "（二）", "2"], "「项目总投资额大于3万元（含）、小于5万元（不含）的小型建设工程项目，通过政府办公会集体审议…」: a band inside a noun naming works is a class, whatever step follows (round 66)",
        "Targets, turned: round 66 governs over round 48", to_not=[(3, "万元"), (5, "万元")])


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = "Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; the old counts stay accepted"
align78("x89_01", ["一", "（一）"], "「一、适用范围 本办法所指的小型建设工程，是…具体包括：（一）…（五）」: a scope point that defines what the rules cover and lists its kinds is a general provision in headed points as in articles (round 30; round 60's x36_02; round 66's x81_04), no task and no sample on it", _G78, drop=True)
align78("x89_01", ["四", "（二）", "3"], "「（二）责任追究 …违反下列规定的，将追究…：1.…9.」: a list of breaches under a lead-in is the text of the item that announces it, one task (round 35; Round 74's x297_04 四、(三)), its lines no items", _G78, drop=True)
align78("x89_01", ["五", "（一）"], "「五、其他 （一）本办法自发布之日起实施，未尽之处由…负责解释。（二）本办法如与…抵触…以…为准。」: entry into force, interpretation and a conflict rule are general provisions (round 30; Round 74's x297_04 五、), no tasks", _G78, drop=True,
        counts={"leaf_tasks": 26, "count_alternatives": [41, 34, 33],
                "leaf_tasks_by_section": {"一、适用范围": 0, "二、组织机构及其职责": 2, "三、小型建设工程过程管理": 21,
                                          "四、纪律要求与责任追究": 3, "五、其他": 0}})

write_collected(DIR)
