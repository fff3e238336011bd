# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next265/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c265, round 52: eight page openings of county, township and street plans from
outside Shanghai — a 自治县's 移风易俗 专项行动 方案, page 2 of 2 (items 2.–3. under a heading the page lost, each closed by a
bracket label 〔责任主体:…;责任单位:…〕, then 六、(一) 由A、B牵头,成立…专班 — CUT); a 县's 春节 移风易俗 宣传活动 notice (a
范文 site's copy whose 「文」 was filtered out of every word: 县明办, 县联, 各明单位; 责任单位: lines under each item); an XX镇's
森林防火 督查、巡查 方案 (a document site's chunk numbers 「1、」「2、」「3、」, unit-colon items, item 1's number printed 「L」);
a 乡镇's 冬末春初 森林防火 方案 (one line, a masked campaign span 「即日起至xx年3月31日」, 三、(一)(二) — CUT); a 镇's 三夏 plan,
page 3 ((五)–(八) with no heading above them; 「综治办要会同有关单位搞好巡查」; 一是/二是 — CUT); 沙井街道's 防汛抗旱 方案 (an
组织机构 of persons, 二、各成员单位职责分工 unit-colon items 「1、社会综合治理办应急股:」 — CUT); a 街道's 2020 防汛抗旱 方案
(groups set up, 「街道社区及各村要…组织好…」, 「街道防汛领导小组组织有关人员…」 — CUT); a 市's 教育局 整改 方案 on 义务教育
不达标 (控辍保学: 三、工作流程 第一步–第四步 dated with no year, 「由镇政府…下达」「由公安、司法机关强制…」)): never tune the
parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–60 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c265.

    python tests/data/plans-next265/make_expected.py tests/data/plans-next265
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, locate, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page, a document site's chunk line): the line where the nth
# marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def loc(file, path):
    """``locate`` for an item whose number opens its line."""
    line, first = locate((DIR / file).read_text(encoding="utf-8"), path)
    return {"line": line, "title_starts": first}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一; round 38/57 unit-colon items)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36/45: hired persons; round 42: 干部 are persons)"
NOYEAR = "no year is printed on the page (a site's date is the site's, round 45): the deadline is not checked"
MASKED = "the year is masked 「xx年」: the deadline is not checked"
NO_TITLE = "title not checked: "
LOSTHEAD = ("round 59 (Sets, decided): a later page whose page 1 did not come back is read as printed — the heading the page "
            "lost is not read, the site's page mark is chrome (round 53); paths start at the first number printed")

# ---------------------------------------------------------------------------------------------------------
X01 = "x265_01_xian-yifeng-yisu-zhongdian-lingyu-zhuanxiang-xingdong-fangan-p2.txt"
L01_2 = ["各乡(镇)党委", "自治县文明办", "总工会", "共青团县委", "妇联", "民政局", "农业农村局", "乡村振兴局"]
L01_3 = ["各乡(镇)党委", "自治县文明办", "农业农村局", "共青团县委", "妇联", "民政局", "乡村振兴局"]
BRACKET = ("the closing bracket label 〔责任主体:A;责任单位:B、C…〕 gives the item's units (rule 1: a bracket); 责任主体 designates A "
           "a doer (round 32: 「明确A为责任主体」; round 34: 「X的责任主体为A」) and the label names no 牵头, so lead [] and responsible "
           "A then the 责任单位 in printed order (round 57's x253_05 and round 59's x260_07: a 责任单位 label names no lead); lead "
           "[各乡(镇)党委] (责任主体 read as the lead) is accepted — RULING? 1; names as printed (round 38: no alias rewritten; "
           "「自治县文明办」 keeps 自治县, the others print none)")
plan(X01,
     title="县治理农村移风易俗重点领域突出问题加强乡风文明建设专项行动实施方案",
     title_note="line 3, the site's headline of the plan, less the site's page mark 「(第2/2页)」 (round 53: a site's page "
                "mark is chrome; round 59: a later page's page mark)",
     doc_no="", issuer="an XX自治县 (masked 「XX自治县」; 「重点示范屯」 — a 屯 places it in Guangxi or the north-east, not named)",
     date="not shown (the site's 2023/10 path is the site's)", level="county (an 自治县, masked)",
     source=page_source("https://guanshanwenku.com/jihuafangan/2023/10/70382_2.html"),
     style="a 范文 site's page 2 of 2: the site's slogan, the headline 「…实施方案(第2/2页)」, a byline; then items 2. and 3. "
           "under a heading the page lost (page 1 holds 一–五 and 1.), each a run-in heading over a paragraph closed by a bracket "
           "label 〔责任主体:各乡(镇)党委;责任单位:自治县文明办、…〕; 六、加强组织领导 (一)县级抓统筹。由自治县农业农村局、自治县党委"
           "宣传部牵头,成立…工作专班,专班办 — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], L01_2, lead_alternatives=[["各乡(镇)党委"]], **loc(X01, ["2"]),
          note=R1 + ": " + BRACKET + "; " + LOSTHEAD + "; 「按季度发布…」 is a rhythm (round 34), no deadline; no campaign span "
               "is printed on this page: " + NODATE),
        S(["3"], [], L01_3, [(2, "个"), (6, "个")], lead_alternatives=[["各乡(镇)党委"]], **loc(X01, ["3"]),
          note=R1 + ": " + BRACKET + " (this label has no 总工会); targets: 「培育不少于2个重点示范乡(镇)」 and 「不少于6个重点示范村"
               "(社区)」「不少于6个重点示范屯」 — the item's own numbers to build, with 不少于 (round 30's line; round 40: the work is to "
               "reach that class); the two 6 个 are one check; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 2, 3 (under the lost heading). 六/(一) 「县级抓统筹。由自治县农业农村局、自治县党委宣传部牵头,"
            "成立…工作专班,专班办[cut]」 only sets up the action's working team and says who leads it, and tells no body to act "
            "on what is printed: a plan-level field, no task (round 57's x255_03 三 and x255_06 一/1: an item that only sets up "
            "the leading group says who leads; round 51's x228_01 「A牵头，B具体负责，在全行业开展…」); accepted: 3 (六/(一) a task with "
            "lead [自治县农业农村局, 自治县党委宣传部], round 57's x234_03 「成立专项工作小组,由A牵头,协调…」, where the 由A牵头 clause "
            "goes on to work of its own)",
            "「(第2/2页)」, 「admin 分享 时间: 加入收藏 共计7895个字…」 and the slogan line are the site's chrome",
            "the two labels differ: item 2's lists 总工会, item 3's does not"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x265_02_xian-chunjie-yifeng-yisu-xuanchuan-huodong-shishi-fangan.txt"
WEN = ("names as printed: the site dropped 「文」 from every word (文明办 → 「明办」, 文联 → 「县联」, 文化 → 「化」, 文明单位 → 「明单位」); a "
       "misprint is read as printed (round 43), no name is rewritten (round 38)")
SPRING = ("「春节前夕」 dates the item by the festival (round 40: a festival's day in the plan's year), but no year is printed "
          "(the site's 2022-07-20 is the site's, round 45): the deadline is not checked")
plan(X02,
     title="移风易俗的活动实施方案",
     title_note="line 1, the 范文 site's headline (printed again in line 5's 《…》); the notice prints no title of its own",
     doc_no="", issuer="a 县 (not named; 「县明委」 — the 县文明委 — and its 县明办 under a 市明办)",
     date="not shown (the site's 2022-07-20 is the site's)", level="county (a 县, not named)",
     source=page_source("https://3c3c.com/qyzl/shishifangan/390252.html"),
     style="a 范文 site's page (无忧范文网): headline, the site's date and byline, an intro; then a notice to 「各乡镇,县明委成员单位,"
           "各明单位」 on 春节 移风易俗 publicity: 一、工作安排 (一)–(四), each a headed paragraph then a line 「责任单位:…」 (in (四) run "
           "on at the paragraph's end), 二、工作要求 (一)加强组织领导 — CUT at 「各责任单位要」; every 「文」 filtered out of the text",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["县明办", "各乡镇"], skip_deadline=True, **loc(X02, ["一", "(一)"]),
          note=R1 + ": the line 「责任单位:县明办、各乡镇。」 after the item's paragraph is its units label (a 责任单位 label names no "
               "lead: lead [], round 57); " + WEN + "; 「市明办统一编印的…」 is a 的-phrase describing the booklet (round 30: a body "
               "inside a noun's description); " + SPRING),
        S(["一", "(二)"], [], ["县明办", "县联", "各乡镇", "各明单位"], skip_deadline=True, **loc(X02, ["一", "(二)"]),
          note=R1 + ": 「责任单位:县明办、县联、各乡镇,各明单位。」 — every name the label prints is kept (round 33: labels keep their "
               "names, less 各地／各地区／各方面／有关方面; round 37: the label rule keeps 各…单位 forms), the comma 「,」 between "
               "各乡镇 and 各明单位 separating names as 、 does; " + WEN + "; 「组织书法家…开展…活动」 has no subject and the label "
               "decides anyway; " + SPRING),
        S(["一", "(三)"], [], ["县化广播电视旅游局", "各乡镇", "各明单位"], [(1, "场")], skip_deadline=True,
          **loc(X02, ["一", "(三)"]),
          note=R1 + ": the label 「责任单位:县化广播电视旅游局、各乡镇、各明单位。」 decides; 「县电影公司负责组织放映…」 in the text is a "
               "rule-2 clause the label overrides (rule 1: sentences then add nothing); 「各化团体要积极组织开展…」 likewise; " + WEN
               + "; target 1 场: 「每个行政村都要有一场自办或派送的艺活动、一场农村影片放映」 — the events the item holds, counted in "
               "words, are its own number of work (round 52's 「五个一」, rounds 58–60: 1 次 included); 「原则上」 with no comparison "
               "word; " + SPRING),
        S(["一", "(四)"], [], ["各级明单位"], lead_alternatives=[["各级明单位"]], skip_deadline=True,
          **loc(X02, ["一", "(四)"]),
          note=R1 + ": 「…移风易俗宣传。责任单位:各级明单位」 run on at the end of the paragraph is the item's label (the other "
               "items print it on a line of its own); " + WEN + "; " + ONE + "; 「春节前后」 is around the festival, no year printed: "
               "the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一/(一)–(四); 二、工作要求 (一)加强组织领导 「各乡镇各单位要…充分认识…,认真组织,加强领导。各责任单位要[cut]」 is "
            "a call (round 49: 高度重视／充分认识; 组织 with no object names no doer, round 41) — no task; accepted: 5 (with 二/(一), "
            "round 39/40: 工作要求 items read as work)",
            "the site's filter dropped 「文」 everywhere (「精神明建设」, 「艺活动」, 「化下乡」): kept as printed",
            "no year anywhere on the page: no deadline is checked in this file"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x265_03_xx-zhen-senlin-fanghuo-ducha-xuncha-fangan.txt"
CHUNK = ("the site's chunk numbers 「1、」「2、」「3、」 opening lines 2–4 are chrome (round 40), not items: 「2、辆XXX。」 and "
         "「3、委会和派出所处理」 continue words the chunks cut")
plan(X03,
     title_note=NO_TITLE + "the plan's title 「XX镇森林防火督查.巡查方案」 (with 「.」 for 「、」) runs straight into its preamble "
                "after the site's chunk number 「1、」; line 1 is the site's 《….docx》 line (as x208_01, another 1wenmi page)",
     doc_no="", issuer="an XX镇 (masked; its 林业站, 消防队, 村镇办; 「县政府发布的禁火令」)", date="not shown",
     level="town (XX镇, masked)",
     source=page_source("https://m.1wenmi.com/doc/136497.html"),
     style="a document site's preview: a 《….docx》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40) each a line of "
           "run-on text; 一、督查小组: (组长/副组长 persons, 成员 bodies in brackets, 「督查组主要督查…」), 二、巡查工作安排及要求 with "
           "unit-colon items — item 1 printed 「L村镇办、林业站:」 (its 「1.」 read as 「L」), 「2.挂村镇干部、各村委会:」, 「3.镇消防"
           "队:」, 「4.重点防护地区设卡人员安排及职责」 (护林员 at each 入山口) — CUT",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X03, "一、"),
          note="round 34 (early): a childless headed point whose text gives work 「督查组主要督查各村巡查山场区域、森林防火宣传…」 is a "
               "task (the count 3 without it is accepted: a point that sets up a group); the 督查组 is set up by the item, its "
               "members 「成员:(镇党政办)(镇农办)…」 no units (rule 3: members; round 35); 组长 and 副组长 are posts (" + PERSON + "): "
               + NONE + "; 「特别防护期间」 is a period with no date: " + NODATE),
        S(["二", "1"], [], ["村镇办", "林业站"], [(1, "名")], **at(X03, "及要求L"),
          note=R1 + ": a unit-colon item 「L村镇办、林业站:…」 — the page printed the number 「1.」 as 「L」 (round 37: the first item "
               "before 2. and 3. whose number the page lost is item 1); the label gives both names, lead [] (no 牵头); target 1 名: "
               "「各安排1名干部…机动巡查」 — the item's own number to appoint (round 37; round 59: what an item holds is its own number "
               "of work); 「配备车辆XXX」 masks the car; " + NODATE),
        S(["二", "2"], [], ["各村委会"], [(12, "条")], lead_alternatives=[["各村委会"]], **at(X03, "。2."),
          note=R1 + ": 「挂村镇干部、各村委会:」 — the label's 挂村镇干部 are persons (" + PERSON + "), 各村委会 a kind; " + ONE
               + "; 「挂村镇领导、镇干部、村干部负责…巡查」 — persons; target 12 条: 「至少悬挂12条森林防火宣传横幅」 (至少, round 30); "
               "the clock times 「11:0012:30、16:30 18:00」 are no targets (round 25); " + NODATE),
        S(["二", "3"], [], ["镇消防队"], lead_alternatives=[["镇消防队"]], **at(X03, "意识。3."),
          note=R1 + ": a unit-colon item 「3.镇消防队:每天在全镇范围机动巡查…」; " + ONE + "; 「上报村委会和派出所处理」 — receivers "
               "are no units (rule 3); the item runs on after the chunk number 「3、」 (" + CHUNK + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一 (a point that sets up the 督查组 and gives it work, round 34 early), 二/1–3 (unit-colon items); 二/4 "
            "「重点防护地区设卡人员安排及职责」 posts 护林员 at each 入山口 and gives them duties — hired persons' duties, no task "
            "(round 36/45; CUT). Accepted: 3 (without 一), 5 (with 二/4)",
            CHUNK,
            "spaces inside words 「全 镇」「秸 秆」「森 林防火」 and 「督查.巡查」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x265_04_xiangzhen-dongmo-chunchu-senlin-fanghuo-gongzuo-fangan.txt"
plan(X04,
     title_note=NO_TITLE + "the page is one line: the title 「乡镇冬末春初森林防火工作方案」 runs straight into the site's 「小编寄语」",
     doc_no="", issuer="a 镇 (not named; 「根据xx市…方案要求」, 「我镇」)", date="masked (「xx年冬季至xx年春季」)",
     level="town (a 乡镇's plan, not named)",
     source=page_source("https://www.wnwk.com/doc/522287.html"),
     style="a document site's page printed as ONE line: the title glued to the site's 小编寄语, the site's intro, a preamble "
           "with a masked campaign span 「决定即日起至xx年3月31日,在全镇范围内开展森林防火整治专项行动」, 一、指导思想, 二、工作目标 "
           "(paragraphs), 三、工作内容 (一)组织隐患排查。…(二)强化防火巡护。… — CUT; 「〞」 closing quotes as printed",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], ["各村(社区)", "镇直(办)各有关单位"], [(1, "次")],
          lead_alternatives=[["各村(社区)"]],
          responsible_alternatives=[["各村(社区)"]], skip_deadline=True, **at(X04, "(一)"),
          note="aligned by Round 61 rulings, written early (Units, turned, rounds 34, 39, 52 over round 41's 各…单位): 镇直 names the "
               "offices directly under the town government, a kind before 单位 — [各村(社区), 镇直(办)各有关单位]; the builder's "
               "[各村(社区)] stays accepted. Builder: " + R2 + ": 「各村(社区)、镇直(办)各有关单位要组织一次野外火源大排查」 — 组织＋work (round 34) with two subjects: 各村(社区), "
               "a kind (round 43's 各村); 「镇直(办)各有关单位」 is a 各…单位 form, a general call (round 33; round 41's 「场镇各单位」) — "
               "the reading that keeps it as a kind is accepted (round 34: a kind before 单位) — RULING? 2; " + ONE + "; target 1 "
               "次: the one search the item holds (round 58/59: 1 次 included); the campaign span 「即日起至xx年3月31日」 would date "
               "the item (round 37), but " + MASKED),
        S(["三", "(二)"], [], [], skip_deadline=True, **at(X04, "(二)"),
          note="「各村(社区)、镇直(办)各有关单位要根据防火形势及时增派巡护力量,加大[cut]」 — 增派／加大 are no rule-2 verbs (round 30's "
               "closed list): " + NONE + "; " + CUT + "; the campaign span's year is masked: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一), 三/(二) (CUT); 一、指导思想 and 二、工作目标 are sections (rounds 49, 58: aims and "
            "stances)",
            "the page is one line; the site's 小编寄语 and intro 「下面是我们的小编为大家整理的…」 are its chrome"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x265_05_zhen-sanxia-gongzuo-fangan-p3.txt"
plan(X05,
     title_note=NO_TITLE + "page 3 of the plan prints no title (its page 1 did not come back)",
     doc_no="", issuer="a 镇 (not named; roads 浚五路, 浚北路, 善大路, 中鹤大道, 鹤飞大道 — 浚县, 鹤壁, Henan, by the road names "
     "only)", date="not shown", level="town (a 镇, not named)",
     source=page_source("https://jingyanben.com/bangongwenmi/239531.html?page=3"),
     style="page 3 of a 镇's 三夏 plan on a 范文 site: four run-in headed points (五)–(八), each a heading line then paragraphs, "
           "with no heading above them on the page; (八) 明确责任,严格奖惩措施 opens 「一是…」「二是…」 headed paragraphs — CUT in "
           "二是 (a 1000元 fine)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(五)"], [], [], skip_deadline=True, **loc(X05, ["(五)"]),
          note="「各责任单位要切实加大…,镇里要出动宣传车…,各村要由村干部分包路段…」 — 各责任单位／所有责任单位 refer back to bodies "
               "named on an earlier page and add no unit (round 34's 「各牵头单位」 back-reference); 镇里 is a place (round 43/44: 镇 "
               "standing alone); 加大 and 出动 are no rule-2 verbs; 村干部 are persons (" + PERSON + "); 「如因…造成林木缺损,镇政府启动"
               "责任追究机制」 is a case (rule 3) and 启动 no rule-2 verb: " + NONE + "; " + LOSTHEAD + "; 「确保今年我镇无重大毁林事件」 "
               "states an aim for 今年 with no year printed: the deadline is not checked"),
        S(["(六)"], [], [], **loc(X05, ["(六)"]),
          note="「成立由派出所、城管办组成的道路清障组,加大巡查密度,严禁…」 — 派出所 and 城管办 are members of a group the item sets up "
               "(rule 3: 「由A、B组成」; round 35), the group no unit: " + NONE + "; 「三夏」 is a season with no date: " + NODATE),
        S(["(七)"], ["综治办"], ["综治办"], lead_alternatives=[[]], **loc(X05, ["(七)"]),
          note=R2 + ": 「综治办要会同有关单位搞好巡查」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A; 有关单位, the "
               "catch-all with no kind, gives no unit (round 43: 「会同有关单位」); 「派出所要充分发挥职能作用…加大…力度」 — 发挥／加大 "
               "are no rule-2 verbs (round 30); 「各村要加强联防巡逻力量,实行干部带班制度」 — 加强／实行 none; the heading 「精心组织」 "
               "has no subject or object (round 41); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: (五), (六), (七), (八) (CUT in its 二是); (八)'s 「一是…」「二是…」 headed paragraphs are read "
            "as that item's text (round 37: 一是…二是… inside a numbered item are one task); accepted: 5 (一是／二是 as (八)'s "
            "items, round 35's run-in headings). (八) is not sampled: 「明确责任」 gives out work (round 47's x219_07), but who "
            "among 「镇政府与管理区、管理区与村、村与农户层层签订…责任状,将禁烧任务落实到村、到户…」 is a body given work (households are "
            "the public, round 41; 签订 without 由, round 42) is left to a later reading; its 「1000元罚款」 is a penalty (round 32: "
            "no target)",
            "no year, no date: the page is page 3 of 3 or more (its page 1 was not found; round 59 allows a later page)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x265_06_shajing-jiedao-fangxun-kanghan-fangan.txt"
plan(X06,
     title_note=NO_TITLE + "the page opens at the addressees 「各村、社区,机关各部门:」 — the notice's title is not on it",
     doc_no="", issuer="沙井街道 (its 防汛抗旱指挥部; a copy of a 南昌 红谷滩区 government page on a betting-named domain)",
     date="not shown (the page's path says 2023-01)", level="street (沙井街道)",
     source=page_source("http://www.pc28web.com/hgtqrmzf/sjjdwj/202301/acad35ff29f44f8c83343dbf8fd97eda.shtml"),
     style="a copied government page: addressees, a preamble, 一、组织机构 (a 指挥部 set up, its posts filled by named persons, "
           "「沙井街道防汛抗旱指挥部下设办公室,办公室设在社会综合治理办公室」), 二、各成员单位职责分工 1、–2、 unit-colon items "
           "「1、社会综合治理办应急股:承担…;组织指导…」 — CUT in 2、",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、组织机构"],
     samples=[
        S(["二", "1"], [], ["社会综合治理办应急股"], lead_alternatives=[["社会综合治理办应急股"]], **loc(X06, ["二", "1"]),
          note=R1 + ": a unit-colon item under 职责分工 (round 35's heading that gives out work; round 38/57: the unit before the "
               "colon) — the name as printed, the 股 of the 社会综合治理办 (round 34: 「X下属Y」 one name as printed); " + ONE
               + "; 「承担水旱灾害信息的统计发布」 is no sending to a body (no duty); " + NODATE),
        S(["二", "2"], [], ["行政执法办房管股"], lead_alternatives=[["行政执法办房管股"]], **loc(X06, ["二", "2"]),
          note=R1 + ": unit-colon item 「2、行政执法办房管股:组织指导各相关单位…」; 各相关单位, the object of 组织指导, is no unit "
               "(round 30's pivot; the label decides anyway); " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/1, 二/2 (CUT); 一、组织机构 sets up the 指挥部 and its office and fills its posts with named "
            "persons — a section, no task (rule 3: a body the item sets up; 「由涂龙华同志任办公室主任」 a person); accepted: 3 "
            "(一 read as a point that gives the 指挥部 its work 「统一指挥安排…」)",
            "spaces inside names 「卢 鑫」「指 挥 长」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x265_07_jiedao-2020-fangxun-kanghan-gongzuo-shishi-fangan.txt"
plan(X07,
     title="街道防汛抗旱工作实施方案",
     title_note="lines 1 and 5 (the site's headline, the piece's own title printed under it)",
     doc_no="", issuer="a 街道 (not named; 「根据省、市、区要求」)", date="not shown (the text's own year 2020; the site's "
     "2022-08-07 is the site's, round 42: the text's own year wins)", level="street (a 街道, not named)",
     source=page_source("https://www.gwyoo.com/Article/xzgaoshou/gongzhuo/202008/725674.html"),
     style="a 范文 site's page: title, the site's time, the title again, a preamble 「为了切实做好2020年街道防汛工作…现将2020年"
           "防汛方案通知如下」; 一、加强领导、明确责任 (一)–(三) groups and teams set up, (四)畅通信息 (五)加强防汛值班; 二、重点工作 "
           "(一) (1)(2), (二), (三) 「街道防汛领导小组组织有关人员对…分阶段」 — CUT",
     leaf_tasks=6, count_alternatives=[4, 9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(四)"], [], ["各村、社区小组"], lead_alternatives=[["各村、社区小组"]],
          responsible_alternatives=[["各村", "社区小组"], []], **loc(X07, ["一", "(四)"]),
          note=R1 + " by its heading: 「一、加强领导、明确责任」 — 「明确责任」 has a duty word as its object and gives out work (round "
               "47's x219_07 三/(一); round 52's x242_02; round 37), so every body its items give work is a unit, whatever the verb "
               "(rounds 34–36): 「各村、社区小组确定预警人员、监测人员、转移人员」 — 确定 outside rule 2's list counts under it; 「各村、社区"
               "小组」 — fields joined by 、 before one head are one name as printed (round 31); the split [各村, 社区小组] and none (the "
               "closed list) are accepted; 「由村、社区上向街道防汛领导小组上报」 is a sending, which "
               "names no doer (rounds 46, 48, 55), the plan's undated duty (round 35/36: 「村…报镇」); " + ONE + "; " + NODATE),
        S(["一", "(五)"], [], [], **loc(X07, ["一", "(五)"]),
          note="「汛期实行领导带班制,带班领导全盘负责,值班人员具体负责…保持电话24小时畅通」 — 领导 and 值班人员 are persons (" + PERSON
               + "): " + NONE + "; 24小时 has no comparison word (no target); the phone number is no figure of work (round 25); "
               + NODATE),
        S(["二", "(一)", "(1)"], [], ["街道防汛领导小组", "村", "社区", "各成员单位"],
          responsible_alternatives=[["街道防汛领导小组"], []], **loc(X07, ["二", "(一)", "(1)"]),
          note="the run-in heading 「加强领导,落实责任。」 is 落实＋责任, a heading that gives out work for the item it opens (round 44's "
               "「层层落实防灾责任」; round 52's x242_02 「1、明确责任分工…」): every body its paragraph gives work is a unit — "
               "「街道防汛领导小组安排本辖区村、社区及各成员单位进行汛前培训…」: the group set up in 一/(一) is a doer in a later item (round "
               "36), the subject of 安排, a verb of doing under the heading, and the bodies it tells to act are units under a work "
               "heading (round 40: 「负责通知B做好准备…参加」; round 37: the objects of 督促／组织 given work); 本辖区 is a scope before the "
               "names, dropped like 本市 (rounds 41, 43), 「村、社区及各成员单位」 three names (、 and 及, round 34); lead [] (no 牵头); "
               "accepted: [街道防汛领导小组] (the objects read as a pivot's, round 30) and none (the closed list, 安排 outside it) — "
               "RULING? 4; 「汛前」 names no date: " + NODATE),
        S(["二", "(一)", "(2)"], [], ["街道社区", "各村"], [(1, "次")], **loc(X07, ["二", "(一)", "(2)"]),
          note=R2 + ": 「街道社区及各村要对库存防汛物资进行一次全面清点,并组织好2020年防汛物资」 — 组织好 is rule 2's whatever its "
               "object (round 43: 组织 with any object; round 58: 「组织好各项工作」 stays 组织); 「A及B」 two names (round 34: 街道社区, "
               "各村, 各 not shared); lead [] (no 牵头); target 1 次 (the one stock-take the item holds, round 58/59); 「2020年防汛"
               "物资」 names the year's supplies inside a noun, and the item does not open with the year (round 44 decided: only an "
               "item that opens with a year takes it): " + NODATE + " — RULING? 3"),
        S(["二", "(二)"], [], [], **loc(X07, ["二", "(二)"]),
          note="「(二)做好防汛宣传和思想工作,采取有效方式方法大力宣传…」 — no subject; 做好 is no rule-2 verb: " + NONE + "; "
               + NODATE),
        S(["二", "(三)"], [], ["街道防汛领导小组"], lead_alternatives=[["街道防汛领导小组"]], **loc(X07, ["二", "(三)"]),
          note=R2 + ": 「街道防汛领导小组组织有关人员对辖区内的防汛工作分阶段[cut]」 — A组织＋work (round 34; the persons it "
               "organises are no units, round 30's pivot); the group set up in 一/(一) is a doer in a later item (round 36: bodies a "
               "plan set up earlier); " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由村、社区上向街道防汛领导小组上报", "when": "出现汛情及时", "when_norm": None,
              "note": "一/(四): a plan body's sending to the plan's leading group is a duty (rounds 32, 35, 36), undated (「及时」 "
                      "when a 汛情 arises)"}],
     notes=["6 leaves: 一/(四), 一/(五), 二/(一)/(1), 二/(一)/(2), 二/(二), 二/(三) (CUT). 一/(一)–(三) only set up the 街道 and "
            "村、社区 groups and the 抢险队 (round 35: bodies an item sets up; round 59's x260_01: a set-up item left out) — no "
            "tasks. Accepted: 9 (with 一/(一)–(三)), 4 (without 一/(四), (五): round 27's 组织领导 items naming no unit, where 「明确责任」 is read as no work heading)",
            "二/(一) 「认真开展防汛安全检查和汛前准备工作。」 is a heading over (1)(2), not a task of its own",
            "the plan's year is 2020 (the preamble's own); the site's 「时间:2022-08-07」 dates nothing (round 42)",
            "一、加强领导、明确责任 gives out work (round 47's 「明确责任。」): its items' bodies are units whatever the verb; its "
            "(一)–(三) set up groups and name persons only"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x265_08_shi-jiaoyuju-yiwu-jiaoyu-budabiao-wenti-zhenggai-gongzuo-fangan.txt"
STEP = ("the steps of 三、工作流程 「第一步:」–「第四步:」 are dated steps of one procedure, tasks with their dates (round 42: dated "
        "check steps are tasks), not phases (no named stages, round 33); their months and days carry no year on the page (the "
        "site and the text print none): the deadline is not checked")
plan(X08,
     title="关于市扶贫局交办义务教育不达标问题整改工作方案（xxx教育局关于市扶贫局交办义务教育不达标问题整改工作方案）",
     title_note="Round 94 (turned; round 46's x210_03, round 62 decided, Round 78's governs on x241_08 — an issuer's line above a "
                "title is read with the title, the issuer in front, the title line alone accepted — over the title line alone; "
                "p66c's question): lines 2–4, the masked issuer's line 「xxx教育局」 (printed so) over the title broken over two "
                "lines by the page (「关于…问题整改」／「工作方案」); written in the pair form 「title line（issuer + title line）」 "
                "(`_title_ok`: either passes). Formerly: the title line alone",
     doc_no="", issuer="xxx教育局 (masked; a 市's — 「我市」, 「市扶贫局」; its towns 镇(街道办、管委会))",
     date="not shown (no year: 「1月19日」…「3月30日」)", level="county (a 市's 教育局; 「我市」 with 镇 and 街道办 — a county-level "
     "city, not named)",
     source=page_source("http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=248776"),
     style="a 文秘 site's member preview: 「内容预览:」, the masked issuer 「xxx教育局」, the title over two lines, a preamble, 一、存在问题 "
           "(figures of students), 二、工作目标 (a paragraph), 三、工作流程 第一步:–第四步: (dated steps of a 劝返 procedure), 四、工作"
           "要求 (一)提高认识,加强领导。 — CUT at 「义务教…………」, then the site's membership lines",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、存在问题", "二、工作目标"],
     samples=[
        S(["三", "第一步"], [], [], skip_deadline=True, **at(X08, "第一步:"),
          note="「1月19日由辍学学生班主任负责进村入户进行动员劝返」 — 由 persons (" + PERSON + "; a 班主任 is a teacher's post): "
               + NONE + "; " + STEP),
        S(["三", "第二步"], [], [], skip_deadline=True, **at(X08, "第二步:"),
          note="「经班主任动员劝返仍未返校复学…的,1月20日由学校分管控辍保学工作的领导带领班主任一同入户劝返」 — the 的-clause is the step's "
               "case (it follows the failure of step 1); the agent of 由 is 领导, a person described by a 的-phrase (round 34: the "
               "name after the last 的; 学校 sits inside the description, round 30): " + NONE + "; " + STEP),
        S(["三", "第三步"], [], ["镇政府"], lead_alternatives=[["镇政府"]], skip_deadline=True, **at(X08, "第三步:"),
          note=R2 + ": 「由学校向镇(街道办、管委会)政府报告」 is a sending, which names no doer (rounds 46, 48, 55; the receiver no "
               "unit, rule 3) and is the plan's dated duty; 「由镇政府向辍学学生家长下达“…通知书”」 — 由A＋a verb of doing (round 34): "
               "镇政府, as printed in its own clause; 「书面督促家长在1月27日之前送子女…入学」 is the parents' term, the latest date of "
               "the step; " + ONE + "; " + STEP),
        S(["三", "第四步"], [], ["镇政府", "公安、司法机关"],
          responsible_alternatives=[["镇政府", "公安", "司法机关"]], skip_deadline=True, **at(X08, "第四步:"),
          note=R2 + ": 「由镇政府组织人员进行劝返」 (由A组织＋work), 「3月30日由镇政府…下达…处罚通知书」 and 「由公安、司法机关强制家长送子女"
               "入学」 (由A＋a verb of doing) — the steps after each failure are the step's own work (round 42: 「…的，由A…」); "
               "「公安、司法机关」 — fields joined by 、 before one head are one name as printed (round 31); the split [公安, 司法机关] "
               "is accepted; lead [] (no 牵头); " + STEP),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "由学校向镇(街道办、管委会)政府报告", "when": "1月21日", "when_norm": None,
              "note": "三 第三步: a plan body's one-off sending to another body the plan tasks is a dated duty (rounds 42, 43); "
                      "no year is printed, so its date is not checked"}],
     notes=["4 leaves: 三 第一步–第四步; 一、存在问题 states present figures (「11户11人」: past and present figures are no targets, "
            "round 33) and 二、工作目标 a goal paragraph (round 58: aims are no tasks) — sections; 四、工作要求 (一) 「各有关镇(街道办、"
            "管委会)、各村(社区)要高度重视义务教[cut]」 is a call (round 49), no task; accepted: 5 (with 四/(一))",
            "「确保赶1月底11名建档立卡户学生全部劝返复学」 in 二、工作目标 is the goal's date (round 44 decided), no item's deadline",
            "the membership lines after 「…………」 (「本文共1051字…」「【点此注册】」) are the site's chrome"])

write_collected(DIR)
