# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next277/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c277, round 54: eight page openings of county, township and street work plans
from outside Shanghai, in the fields the sets name least — 防返贫 (镇赉县's 2025 衔接并轨 pilot, a cover notice and a
「责任单位:」 label), 秸秆禁烧 (a 乡's three headed points, 「各村是…责任主体…负总责」; 金井镇's 工作专班 of unit-colon paragraphs
with no numbering), 地质灾害 (a 区's 网格化管理十项制度 in traditional characters, its contents list run into one paragraph
and its items 1. 2. numbered inside it; an XX镇's 2021 plan with inline pinyin 「鎮(zhèn)」), 殡葬 (a 镇's 整治方案, page 2:
㈣ a dated stage, 四、要求与措施 ㈠–㈢), 护林 (a 乡's 封山育林 plan inside a Q&A answer, stages 「第二阶段(20XX年8月1日-2018年4月1日)」;
a 乡's 2022 森林资源督查 plan in a six-piece compilation, PDF line breaks, item 3、 missing)): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or where the path holds no number); every answer was written here by reading
the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–64 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c277.

    PYTHONPATH=. python tests/data/plans-next277/make_expected.py tests/data/plans-next277
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on paragraph) or whose path holds no number: the line where the
# nth marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def head(file, marker, nth=1):
    """The line where ``marker`` stands and its own first eight characters (a path with no number: paths by first
    words, round 38)."""
    return at(file, marker, nth, skip=-len(marker))


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…, a designation; round 30: a closed list, round 63: outside 第X条 articles it stands): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人, 责任人; round 42: 干部 are persons)"
SETUP = "a body the item sets up (a 领导小组, its 办公室, a 专班, a 巡查组) is no unit (rule 3; rounds 34, 35)"
NOUNITS = ("no body on this page is a doer by rule 2 or a label, so every numbered leaf is a task (CONVENTIONS 'What is a "
           "task'; plans-dev 08; round 48: only what is printed is read)")
NOYEAR = "no year is printed for the date (round 45: the site's date is the site's): the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x277_01_zhenlai-xian-2025-dishouru-renkou-bangfu-xianjie-binggui-shidian-fangan.txt"
plan(X01,
     title="镇赉县低收入人口常态化帮扶政策和防止返贫帮扶政策衔接并轨试点工作方案（镇赉县人民政府办公室关于印发镇赉县低收入人口常态化帮扶政策和防止返贫帮扶政策衔接并轨试点工作方案的通知）",
     title_note="line 8, the plan's own title line after the cover notice (round 62 decided: a title line printed after the "
                "cover's date, before the text); the notice's title (line 1) accepted by the scorer's 「plan（notice）」 form",
     doc_no="镇政办函〔2025〕3号", issuer="镇赉县人民政府办公室 (吉林 白城)", date="2025年5月26日 (2025-05-26)",
     level="county (镇赉县)",
     source=page_source("http://zwgk.jlzhenlai.gov.cn/rmzf/fgw_97963/xxgkml/202509/t20250908_1020923.html"),
     style="a county government site's page: the cover notice (title, 镇政办函〔2025〕3号, addressees 「各乡(镇)、街道,县直有关部门」, "
           "「…已经县政府同意,现印发给你们,请认真遵照执行」, issuer, date, 「(此件公开发布)」), then the plan: its title line, a "
           "preamble, 一、工作目标 (a paragraph, no doer), 二、工作任务 (一) with its text and a 「责任单位:…」 line, (二) — CUT inside "
           "its text (its label, if it had one, is lost)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], ["县民政局", "县农业农村局", "各乡镇(街道)"],
          note=R1 + ": the line 「责任单位:县民政局、县农业农村局、各乡镇(街道)。」 under the item is its label; the sentences "
               "(「成立由县长任组长…的…工作专班…负责统筹谋划…」「办公室设在县民政局,负责日常协调调度工作」) add nothing (rule 1), and the "
               "专班 and its office are set up by the item (" + SETUP + "); no 牵头 in the label: lead []; 各乡镇(街道) kept with its "
               "bracket as printed (round 34: a bracket after a name stays); " + NODATE),
        S(["二", "(二)"], [], [], responsible_alternatives=[["乡镇(街道)、村(社区)两级乡村振兴和民政工作队伍"]],
          note="「整合乡镇(街道)、村(社区)两级乡村振兴和民政工作队伍,共同承担…走访摸排、入户调查、信息核实等工作。明确村(社区)“两委”班子、"
               "乡村振兴专干、驻村工作队、社会救[cut]」: 整合 has no subject and is no rule-2 verb; the teams are its object (the "
               "pivot rule, round 30) and are staff (persons, round 42's 干部); 明确 with persons as objects names none; the "
               "item's label, if any, is cut with its text (round 48: only what is printed): " + NONE + ". RULING? 承担 takes "
               "on a duty (round 59's 承担／担负／负), which would make the teams the doers: that list accepted; " + NODATE + "; "
               + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二) (CUT). 一、工作目标 states the pilot's aim with no doer: a section in a plan whose tasks "
            "name units (seeds EXPECTED.md lines 3–5; round 34 early)",
            "the cover notice's 「请认真遵照执行」 is no task; the notice forwards the plan, one plan (CONVENTIONS: two documents "
            "under one cover)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x277_02_xiang-jiegan-jinshao-sanxiang-cuoshi.txt"
plan(X02,
     title_note=NO_TITLE + "the page's opening starts at 「一、」; no title, issuer or date is printed in it",
     doc_no="", issuer="a 乡 (「乡政府将与各村委会签订责任书」; the page names no place; the site is lzq.gov.cn)",
     date="not shown (the page's address holds 2022-06-07, the site's)",
     level="township (a 乡, not named)",
     source=page_source("https://www.lzq.gov.cn/news/show/20220607090310549.html"),
     style="a government site's page whose stored opening holds only three headed points, one line each: 一、加强组织领导… "
           "(「各村是推进秸秆禁烧工作的责任主体,对本辖区秸秆禁烧工作负总责。乡政府将与各村委会签订责任书…」), 二、加强宣传教育… (no "
           "subject), 三、加强巡查检查… (「各村成立的巡防队要深入…监控检查…」); nothing after 三",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村"], lead_alternatives=[["各村"]], responsible_alternatives=[["各村", "乡政府", "各村委会"]],
          note="round 34 (early): in a text of headed points each childless point that gives work is a task. 「各村是推进秸秆禁烧"
               "工作的责任主体,对本辖区…负总责」: 「A是…责任主体」 and 「A负总责」 designate A (rounds 32, 35; round 63's x273_04); 各村 "
               "is a kind (round 53). 「乡政府将与各村委会签订责任书」: 「A与B签订…」 without 由 names no doer outside 第X条 articles (round 42; "
               "round 44 makes A a doer only inside articles; round 30's 「由A与B签订」 needs 由), so neither body is added; 村干部 "
               "划分片区… are persons (" + PERSON + "); " + ONE + ". RULING? the run-in heading 「确保责任落实」: round 39 has a "
               "「责任落实」 heading give out work (under it every body given work is a unit, 签订 included), round 37 has 「加强责任落实…」 "
               "give out nothing (round 63: it only asks more of it); I read 确保 as 加强 — the list with 乡政府 and 各村委会 accepted; "
               + NODATE),
        S(["二"], [], [],
          note="「通过党员群众会、专栏…等形式,加大对秸秆禁烧的宣传,增强…意识」: work with no subject and no 要／应 under a run-in "
               "heading that names work 「加强宣传教育」: a task naming no unit (round 34 early; round 56: an item is read by its "
               "words); the count 2 without it is accepted (round 46: no doer, no 要／应): " + NONE + "; " + NODATE),
        S(["三"], [], [],
          note="「各村成立的巡防队要深入村、组、农户、地块,全方位、全时段地监控检查,一旦发现,立即上报,快速出击,及时扑救」: the 的-phrase "
               "gives the name after the last 的, 巡防队 (round 32), but its verbs 深入／监控检查／上报／扑救 are outside rule 2's closed "
               "list, which stands outside articles (rounds 30, 44, 63: none, with no alternative owed): " + NONE + "; that 各村 set "
               "the team up earlier (round 36) does not change its verbs, and the heading's 「落实责任追究」 names accountability, "
               "no duty given out (round 37's duty words); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一、二、三、 (each a run-in heading with its paragraph on one line); accepted: 2 (二 without a doer or 要)",
            "no date, year or figure is printed; 「全方位、全时段」 is no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x277_03_dizhi-zaihai-wanggehua-guanli-shixiang-zhidu.txt"
plan(X03,
     title="地質災害網防治格化管理十項制度",
     title_note="as printed (the site's scramble of 「防治網格化」 kept: no name or title is rewritten, round 38), in lines 1–5 "
                "with the site's 「_第N頁」 page marks (chrome, rounds 40, 53) and again at the start of the 文檔簡介 paragraph",
     doc_no="", issuer="a 區 (「區級自然資源部門」「鄉級自然資源所」; not named)", date="not shown",
     level="district (a 區, not named; traditional characters)",
     source=page_source("http://bhygbaby.com/paper/239661696.html"),
     style="a document site's preview in traditional characters: five 「…_第N頁」 lines, 「已閱讀5頁…」, 下載本文檔, 版權說明, "
           "文檔簡介, then one paragraph (line 14) holding the title and the ten systems' names 「一、地質災害防治責任制度二、…十、"
           "地質災害防治網格化管理考核辦法」 run together (the document's contents), then the body's first system on one line "
           "(line 16): 「一、地質災害防治責任制度(一)根據…,各級自然資源管理部門要…切實履行…職責,共同做好…。1.區級自然資源部門負責…"
           "會同相關部門開展…2.鄉級自然資源所具體承擔…建立本」 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], ["區級自然資源部門"], ["區級自然資源部門", "相關部門"], lead_alternatives=[[]],
          responsible_alternatives=[["區級自然資源部門", "相關部門", "責任單位"]],
          **at(X03, "1.", 1),
          note="round 34: items numbered inside one paragraph that run in order from 1 are items; 1. and 2. stand under (一), "
               "whose lead-in names its own kind (各級自然資源管理部門…要…履行…職責) and gives nothing to items that name their own "
               "(rule 4). " + R2 + ": 「區級自然資源部門負責轄區…工作」 (负责), then, the subject carried in the paragraph (round 34), "
               "「會同相關部門開展…調查、編制…規劃、制定…方案」: 「A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B; "
               "相關部門 is a kind (round 33). 「責令責任單位…進行治理」: the object of a pivot is no unit (round 30). RULING? if "
               "「地質災害防治責任制度」 is read as a heading that gives out work (round 37: a duty word 責任), the pivot's object 責任單位 "
               "given work is a unit too (rounds 36, 37): that list accepted. Names as printed in traditional characters "
               "(round 36); " + NODATE),
        S(["一", "(一)", "2"], [], ["鄉級自然資源所"], lead_alternatives=[["鄉級自然資源所"]], **at(X03, "2.", 1),
          note="「鄉級自然資源所具體承擔地質災害群測群防工作的實施和督促檢查工作,建立本[cut]」: 承担 with work as its object "
               "takes on the duty (round 59's 承担／担负／负; round 30: 由A承担…责任 names a doer, only money makes a payer): "
               "responsible 鄉級自然資源所; " + ONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/(一)/1 and 一/(一)/2 (CUT). The run 「一、…二、…十、…」 in line 14 is the document's contents (the ten "
            "systems' names with no text; round 37's list of a document's contents, round 62), not items; (一) is the parent of "
            "1. and 2. (its lead-in is text)",
            "「屬地管理、分級負責」 is a principle (round 41's 「按照…的原则」), no unit"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x277_04_zhen-binzang-zhengzhi-gongzuo-fangan-p2.txt"
plan(X04,
     title_note=NO_TITLE + "page 2 of the document (「_2.html」): the title, the first sections and the item the first line "
                           "ends are on page 1",
     doc_no="", issuer="a 镇 under a 市 (「市殡改办」「镇设立殡葬管理员」; not named)",
     date="not shown (「2009年市委、市政府已把…」 is a past fact; the site's path holds 2011-12)",
     level="town (a 镇, not named)",
     source=page_source("https://98523.com/fanwen/gongwenchuli/hdfa/201112/160209_2.html"),
     style="a 范文 site's page 2: the tail of an item from page 1 (「覆盖标准达不到的,要继续做好动员工作…将组织拆除或平毁。」, no "
           "number), 「㈣迎接检查(8月底前)」 with its work (a dated stage of the lost 工作步骤 section), 四、要求与措施 ㈠–㈢ (enclosed "
           "numerals on their own lines, each with a paragraph); ㈢ opens 「一是健全殡葬管理组织网络。…名单于3月5日前上报镇殡」 — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["㈣"], [], [], dl="8月底前", skip_deadline=True, **at(X04, "㈣"),
          note="a stage written as a name and a time with its work under it 「㈣迎接检查(8月底前)」「汇总资料,建档立案,上报自查总结,"
               "迎接市殡改办8月底组织的专项整治检查验收」: a task (round 33; its phase is not checked, its year unprinted); no doer: "
               + NONE + "; " + NOUNITS + "; 「8月底前」 dates the stage but " + NOYEAR),
        S(["四", "㈠"], [], [], **at(X04, "㈠"),
          note="「各级要高度重视…形成以镇牵头、行政村为责任主体、齐抓共管的工作机制」: 各级 is a general call (round 32's 各地); 镇牵头 "
               "and 行政村为责任主体 describe the mechanism, inside a noun (round 30: a body inside a noun's description is no "
               "doer); 「镇今年也把这项工作纳入…考核」 — 纳入 is no rule-2 verb; 干部、党员 are persons (" + PERSON + "): " + NONE
               + "; 「2009年」 is a past fact (round 46); " + NODATE),
        S(["四", "㈡"], [], [], **at(X04, "㈡"),
          note="「全镇各行政村要多渠道全方位开展殡葬政策法规宣传活动」: 开展 without 组织 is outside rule 2's closed list (round 30), "
               "which stands outside articles in a text of headed points (rounds 44, 63: none, with no alternative owed): " + NONE
               + "; " + NODATE),
        S(["四", "㈢"], [], [], dl="3月5日前", skip_deadline=True, **at(X04, "㈢"),
          note="「一是健全殡葬管理组织网络。镇设立殡葬管理员(民政助理员兼),行政村要…指定专人负责…。各行政村要建立殡葬整改工作领导小组…,"
               "名单于3月5日前上报镇殡[cut]」: 一是 inside the item's paragraph is its text (round 64's q08; 二是 is cut); 设立／指定／"
               "建立 are no rule-2 verbs, 专人负责 a person (" + PERSON + "), the group is set up (" + SETUP + "): " + NONE
               + "; the item's one date 「3月5日前」: " + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各行政村建立殡葬整改工作领导小组，名单于3月5日前上报镇殡改办", "when": "3月5日前", "when_norm": None,
              "note": "the villages' dated sending to the town's office (round 36: 「村…报镇」 a plan body's sending to another is a "
                      "duty; round 43: a dated sending the plan asks of the bodies it addresses); the year is not printed"},
             {"what": "汇总资料，建档立案，上报自查总结，迎接市殡改办检查验收", "when": "8月底前", "when_norm": None,
              "note": "㈣: the town's sending of its self-check summary upward before the city's check (round 35: a plan unit's "
                      "sending to another body is a duty); the year is not printed"}],
     notes=["4 leaves: ㈣, 四/㈠, 四/㈡, 四/㈢ (CUT). The first line is the end of an item whose number is on page 1: no number is "
            "printed, so it is not read as an item (round 48; round 62's x242_02: text before the first heading on the page); 5 "
            "with it is accepted",
            "㈣ is a phase of the lost 实施步骤 section (round 33: a stage with a time in any form), not checked: its year is not "
            "printed",
            "enclosed numerals ㈠–㈣ are this page's item marks; paths keep them as printed (the scorer reads them by first words)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x277_05_xx-zhen-2021-dizhi-zaihai-fangzhi-gongzuo-fangan.txt"
plan(X05,
     title="2021年XX鎮(zhèn)地質(zhì)災害防治工作方案",
     title_note="line 1 as printed, the site's inline pinyin kept (rounds 39, 59: pinyin kept in names and titles)",
     doc_no="", issuer="an XX鎮 (masked; 「我鎮屬南部山區,有多家非煤礦山」)", date="not shown (the plan's year 2021)",
     level="town (XX鎮, masked; traditional characters with inline pinyin)",
     source=page_source("http://www.004km.cn/a5/47b57ef04fa2824f.html"),
     style="a 范文 site's copy in traditional characters with inline pinyin 「鎮(zhèn)」「地質(zhì)」 and a few lost characters "
           "printed 「?」: the title, 一、指導思想 (a section), 二、2021年汛期地質災害趨勢預測 (a forecast, no work), 三、地質災害防治工作的重點 "
           "(a paragraph ending 「各單位對…應加強巡查,重點防預」), 四、主要措施 1. (a heading line, then a paragraph: a group set up, "
           "persons, 「各單位負責人,對所轄區的…負總責」), 2. 「各單位要根據…上級地質(z」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、2021年汛期地質(zhì)災害趨勢預測"],
     samples=[
        S(["三"], [], [],
          note="a childless point whose text instructs the plan's bodies 「各單位對地質災害易發區、建房切坡地…應加強巡查,重點防預」 is "
               "a task in a plan of numbered items too (round 36; round 62's x257_01: 要／应 with its work; 各單位 a call that "
               "settles units, not tasks); the count 2 reading it as a section is accepted. 各單位 is a general call (round 33): "
               + NONE + "; " + NODATE),
        S(["四", "1"], [], [], responsible_alternatives=[["鎮(zhèn)"]],
          note="「鎮成立地質災害防治工作領導小組…領導小組下設辦公室,辦公室設在國土所,由XX同志兼任辦公室主任…並組建了一支…應急分隊」: "
               "the group, its office and the team are set up by the item (" + SETUP + "; 國土所 only houses the office); 「各單位"
               "負責人,對所轄區的地質災害防治工作負總責」: 負總責 designates, but its subject 負責人 is a person's role (" + PERSON
               + "): " + NONE + ". RULING? the heading 「落實責任制」: a 责任制 with no party named designates no one (round 63's x270_02), "
               "but 落实＋责任 headings give out work (round 44's 「层层落实防灾责任」); read as one, the only body given work is the "
               "town itself (「鎮(zhèn)成立…」, the issuer as printed, round 30) — accepted; 「確保地質災害不死人」 has no figure; "
               + NODATE),
        S(["四", "2"], [], [],
          note="「各單位要根據掌握的實際情況和上級地質(z[cut]」: 各單位 is a general call (round 33) and the verb is cut: " + NONE
               + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三 (a childless point giving work), 四/1, 四/2 (CUT); 一 and 二 are sections (a 指導思想, a forecast); "
            "accepted: 2 (三 as a section)",
            "「2021年」 in the title and in 二's heading is the plan's year, no target and no deadline"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x277_06_xiang-fengshan-yulin-shishi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + "a Q&A site's answer 「推荐回答(1个)」 that starts inside the plan, at the (一) of a section whose "
                           "heading is not printed",
     doc_no="", issuer="a 乡 (「全乡」「乡政府」「乡林业站」; not named)", date="not shown (stages dated 20XX and 2018)",
     level="township (a 乡, not named)",
     source=page_source("https://o15.net/442185778242648244.html"),
     style="a Q&A page's answer: 「推荐回答(1个)」 (chrome), (一)–(五) of a section whose heading is lost (one line each, no "
           "subject), 四、封山育林实施步骤 「…分三个阶段进行。」 with three stage lines 「第一阶段(20XX年6月1日-20XX年7月31日)宣传发动阶段:…」"
           "「第二阶段(20XX年8月1日-2018年4月1日)组织实施阶段:…」「第三阶段(2018年4月1日-2018年6月1日)为检查总结阶段:乡政府对各村…"
           "进行检查验收…」, 五、工作措施 (一)加强领导。(a group set up, its member units, 「领导小组下设两个巡查组,分片专门巡查处罚滥伐、」) "
           "— CUT",
     leaf_tasks=9, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [],
          note="「以村为单位,编制封山育林总体规划和年度实施方案」: work with no subject (以村为单位 says how the work is divided, no "
               "doer): " + NONE + "; " + NOUNITS + "; " + NODATE),
        S(["(四)"], [], [],
          note="「加强护林队伍建设,强化封山育林管理」: no subject: " + NONE + "; " + NODATE),
        S(["四", "第二阶段"], [], [], dl="20XX年8月1日-2018年4月1日", dln="2018-04-01", **at(X06, "第二阶段", skip=-4),
          note="a stage line under a lead-in that counts stages, with its work after the name 「组织实施阶段:编制各村…方案,制定…,"
               "成立护林队伍,开展护林巡逻…」: a phase and a task (rounds 32, 33; round 48's x227_03: unnumbered stage lines with work); "
               "no subject: " + NONE + "; the stage's span gives its work its deadline, the span's end (round 35): 2018-04-01 (the "
               "start's year is masked 「20XX」 and is not read)"),
        S(["四", "第三阶段"], [], [], dl="2018年4月1日-2018年6月1日", dln="2018-06-01", **at(X06, "第三阶段", skip=-4),
          note="「为检查总结阶段:乡政府对各村实施封山育林工作开展情况和封山育林效果进行检查验收,评选…,并督促限期整改」: 「A对…进行检查验收」 "
               "without 由 names no doer (round 37: 进行 is not 实施), 督促 is a pivot outside the list (round 30): " + NONE
               + "; the span's end 2018-06-01 (round 35)"),
        S(["五", "(一)"], [], [],
          note="「乡成立封山育林工作领导小组…乡纪委、乡林业站、综治办、派出所…等为成员单位,领导小组下设办公室于乡林业站…领导小组下设两个巡查组,"
               "分片专门巡查处罚滥伐、[cut]」: the group, its office and its patrol groups are set up by the item (" + SETUP + "); "
               "members are no units (rule 3); the officers are persons (" + PERSON + "): " + NONE + "; " + NODATE + "; " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "组织实施阶段", "start": None, "end": "2018-04",
              "note": "「第二阶段(20XX年8月1日-2018年4月1日)组织实施阶段」: the start's year is masked 「20XX」 (no start read); end "
                      "2018-04"},
             {"name": "检查总结阶段", "start": "2018-04", "end": "2018-06",
              "note": "「第三阶段(2018年4月1日-2018年6月1日)为检查总结阶段」"}],
     duties=[],
     notes=["9 leaves: (一)–(五) 5 (their section heading is not printed); 四's three stage lines 3 (phases with work, round 33); "
            "五/(一) 1 (CUT). Accepted: 6 (the stage lines read as phases only)",
            "第一阶段 「(20XX年6月1日-20XX年7月31日)宣传发动阶段」 is a phase whose years are masked: not checked (no start or end read)",
            "no body on the page is a doer by rule 2 (乡政府 acts only by 进行, 乡 only sets up a group): every numbered leaf is a "
            "task (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x277_07_jinjing-zhen-jiegan-zonghe-liyong-gongzuo-zhuanban.txt"
L07 = "a unit-colon paragraph 「A:负责…」 in a text with no numbering: a task (round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks, paths by first words); " + R1 + " (round 37: a unit-colon label gives the label's name; round 55: a colon line is a label; rounds 38, 40: a label 「A：」 gives A as the lead, so lead A, the empty lead accepted as for a single body, plans-dev 03 一)"
plan(X07,
     title_note=NO_TITLE + "the page's stored opening begins with the preamble 「为深入推进秸秆综合利用…成立金井镇秸秆综合利用工作专班:」; "
                           "no title line is printed in it",
     doc_no="", issuer="金井镇 (长沙县, by the site csx.gov.cn 「星沙」)", date="not shown (the page's address holds 2025-10-21)",
     level="town (金井镇)",
     source=page_source("http://www.csx.gov.cn/zwgk/zjdxxgkml/jjz/zcwj8339/202510/t20251021_12027278.html"),
     style="a county government site's page for a town: a preamble setting up a 工作专班, 「组 长:」「副组长:」 (persons), 「成员单位:…」 "
           "(the members), then five unit-colon paragraphs with no numbering — 农业综合服务中心:负责…, 生态事务中心:负责…(「每日报送禁烧宣传"
           "工作进展调度表」), 财政所:负责…, 各村(社区):…, 行政执法队:… — then the site's footer (网站首页 … 湘公网安备…)",
     leaf_tasks=5, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["农业综合服务中心"], ["农业综合服务中心"], ["农业综合服务中心"], lead_alternatives=[[]], **head(X07, "农业综合服务中心:"),
          note=L07 + "; the 成员单位 line lists the members of the 专班 the preamble sets up (rule 3: members are no "
               "units of an item) and is no task; " + NODATE),
        S(["生态事务中心"], ["生态事务中心"], ["生态事务中心"], lead_alternatives=[[]], **head(X07, "生态事务中心:"),
          note=L07 + "; 「对接县蓝天办」 is a liaison (round 38), 县蓝天办 no unit; the daily sending is a duty (below); " + NODATE),
        S(["财政所"], ["财政所"], ["财政所"], lead_alternatives=[[]], **head(X07, "财政所:"),
          note=L07 + "; 「负责扶持政策资金发放,保障…工作经费」 — the label decides (rule 1), and 负责 with funds is work, not a payer "
               "(round 37); " + NODATE),
        S(["各村(社区)"], ["各村(社区)"], ["各村(社区)"], lead_alternatives=[[]], **head(X07, "各村(社区):"),
          note=L07 + "; the name kept with its bracket as printed (round 34); " + NODATE),
        S(["行政执法队"], ["行政执法队"], ["行政执法队"], lead_alternatives=[[]], **head(X07, "行政执法队:"),
          note=L07 + "; 「对典型的焚烧对象进行处罚」 — the label gives the unit whatever the verb (rule 1); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "生态事务中心对接县蓝天办，每日报送禁烧宣传工作进展调度表", "when": "每日", "when_norm": None,
              "note": "a standing daily sending by a plan unit to the county's office (round 40: a standing rhythm of reporting is "
                      "a duty; round 35: a plan unit's sending to another body); daily has no rhythm word the scorer reads"}],
     notes=["5 leaves: the five unit-colon paragraphs (round 38: no numbering anywhere, each paragraph gives work); accepted: 1 "
            "(round 32: unit paragraphs read as one childless section's task)",
            "the preamble's 「成立…工作专班」, 组长／副组长 (persons) and the 成员单位 list are no tasks (a body set up, persons, members)",
            "lines 10–27 are the site's footer (chrome)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x277_08_xiang-2022-senlin-ziyuan-ducha-gongzuo-fangan.txt"
SPAN = "the campaign span the lead-in sets 「(时间为 4月1日至 4月7日—5月1日至 5月5日)」 dates items with no date of their own, its end (round 36: an activity's span; round 37/44)"
YEAR = "but no year is printed in the piece: 「2022」 stands only in the compilation's heading 「(6篇)2022年森林资源督查工作方案」 / 「2022 年森林资源督查工作方案」「(6篇)」, and a compilation's header fills nothing (rounds 45, 48: x222_05, x230_02, x231_07), so the deadline is not checked (RULING? below)"
plan(X08,
     title_note=NO_TITLE + "a compilation 「(6篇)2022年森林资源督查工作方案」 whose first piece is headed 「森林督查工作方案 1」; "
                           "the piece's own title is a compilation's caption, not read as the plan's",
     doc_no="", issuer="a 乡 (「全乡上下」「乡中心学校」; not named)", date="not shown (the site's 2024-05-08; 2022 only in the compilation's heading)",
     level="township (a 乡, not named)",
     source=page_source("https://gongwenbang.cn/doc/156985.html"),
     style="a document site's preview of a PDF compilation: 「(6篇)2022年森林资源督查工作方案」, the site's chrome (VIP专免, 2024-05-08, "
           "999+, 25.52KB, 32 页, 海报, 侵权投诉), the title again, 「(6篇)」, 「森林督查工作方案 1」, 一、工作目标 (no doer), 二、工作步骤和任务 "
           "(a lead-in with the campaign span), 1、 2、 4、 5、 (no 3、 is printed), every line broken mid-word as the PDF's, a garbled "
           "「%<1」 for 「做」; 5、 「全乡各职能部门成员单位要」 — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], ["各村"], lead_alternatives=[["各村"]], dl="3月30 日前", skip_deadline=True,
          note=R2 + ": 「各村负责把发放的《森林防火令》张贴到每个村组…」 (负责; 各村 a kind, round 53); 「3月30 日前各村必须召开…会议」 "
               "— 召开 without 组织 adds nothing (round 30); 「落实责任人做好…扫码登记工作」 — 责任人 are persons (" + PERSON + "); "
               + ONE + "; the item's own date 「3月30 日前」 (the PDF's space kept) is its deadline (round 35: an item's own date over "
               "the span); " + YEAR),
        S(["二", "2"], [], ["各村"], lead_alternatives=[["各村"]], dl="4月1至7日—5月1日至 5月5日", skip_deadline=True,
          note=R2 + ": 「各村落实巡查人员,加强巡逻检查」「各村落实驻村干部管村,村干部管山制度」 (落实); 划分／落实人员 carry no other "
               "body; " + ONE + "; the item's own two spans 「4月1至7日—5月1日至 5月5日」: the latest date is the deadline (round 34: "
               "several dates, the latest; round 36: a span's end): 5月5日; " + YEAR),
        S(["二", "4"], [], ["乡中心学校"], lead_alternatives=[["乡中心学校"]], dl="4月1日至 4月7日—5月1日至 5月5日",
          skip_deadline=True,
          note="the number runs 2、 then 4、 (no 3、 is printed): the item keeps its printed number (round 48). " + R2 + ": 「乡中心"
               "学校组织好全乡中小学全面开展森林防火宣传教育活动」 — 「A组织B＋verb」: A is the doer, B (the pivot's object) no unit "
               "(round 30); " + ONE + "; no date of its own: " + SPAN + ": 5月5日; " + YEAR),
        S(["二", "5"], [], [], skip_deadline=True, responsible_alternatives=[["全乡各职能部门成员单位"]],
          note="「全乡各职能部门成员单位要[cut]」: the subject and 要 are printed but no verb of duty (round 63's x271_01 read 「镇卫生院:"
               "负责」 because its label and verb were printed; a clause cut before its verb names no doer, round 48): " + NONE
               + "; RULING? round 39 lets a 由 clause cut before its verb still name its doers: the subject 全乡各职能部门成员单位 "
               "(全乡 a scope, kept as printed) accepted"
               + "; the span would date it but its work is lost: not checked; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1, 2, 4, 5 (CUT; no 3、 is printed); 一、工作目标 a section (no doer, in a plan whose tasks name units); "
            "accepted: 5 (with 一)",
            "「(时间为 4月1日至 4月7日—5月1日至 5月5日)」 is the campaign's span, no stage list (no phase)",
            "the meetings 「3月30 日前各村必须召开村支委、村民代表会议」 are work, no sending (no duty)"])

write_collected(DIR)
