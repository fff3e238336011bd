# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next192/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c192, round 43: eight page openings of plans from outside Shanghai — 南加镇's
2025 地质灾害防治方案 (剑河, 贵州; a work heading 「层层落实防灾责任」 over 各村委会／镇国土资源所／镇级有关部门); a 镇's 20xx
秋季秸稈禁燒 plan (traditional with inline pinyin, one run-on line, 「鎮政府組織兩輛宣傳車」); 拦江镇's 2022 食品安全宣传周
实施方案 (遂安拦府发〔2022〕48号, a span 2022年9月5日至9日, 「协同市场监管所…」 with no subject); a 自治区's 食品安全宣傳周
plan 篇一 (traditional, 「各盟市食品安全委員會辦公室要…組織開展好…」, no numbering); a 镇's 2019 食品安全宣传周 plan (slogans,
a span 6月21日至27日); a city's 市政办食品安全宣传方案 (run-on, 〔一〕 brackets, the year lost); a 镇's 校园及周边环境集中整治
plan (a 工作步骤 lead-in 「由A、B、C牵头组织…D紧密配合」 over a stage); a 镇's 防汛应急演练方案 (××, fields, a drill script)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by ``at``/
``para`` below where an item's number stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–43 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c192.

    python tests/data/plans-next192/make_expected.py tests/data/plans-next192
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page): the line where marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def para(file, words):
    """Line and first eight characters of the one paragraph that starts with ``words``."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip().startswith(words)]
    assert len(hits) == 1, (file, words, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


NO_TITLE = ("title not checked: the page shows only a 范文 collection's or the site's heading, not the plan's own "
            "title")
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 成员; round 36: hired persons)"
MASKED = "the year is masked on the page (「20xx年」「××年」): the deadline is not checked"
NOYEAR = "the page prints no year for the plan: the deadline is not checked"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
NOUNITS = ("plans-dev rule / round 27: in a plan that names no units at all every numbered leaf is a task (no item on "
           "this page names a body by a label or a rule-2 form)")
CLOSED = "round 30: rule 2's forms are a closed list"

# ---------------------------------------------------------------------------------------------------------
X01 = "x192_01_nanjia-zhen-2025-dizhi-zaihai-fangzhi-fangan.txt"
U01 = ["各村委会", "镇国土资源所", "镇级有关部门"]
plan(X01,
     title="南加镇2025年度地质灾害防治方案",
     title_note="lines 1, 3 and 9 (the site's 名称 field), as printed",
     doc_no="", issuer="南加镇 (剑河县, 贵州; the county site's 乡镇 page, 「我镇」)", date="2025-05-14 (成文日期)",
     level="town (南加镇, 剑河县, 黔东南, 贵州)",
     source=page_source("https://www.jhx.gov.cn/xzjdbsc/njz_5703628/zcwj/202505/t20250514_87869929.html"),
     style="a town's own plan on the county government's site: the title twice, the site's fields (索引号, 成文日期), a "
           "preamble, 一、受灾点分布情况 (19处 hazard points: the present state), 二、2025年我镇地质灾害防范重点 (一)–(四) run-in "
           "headings that state the focus period 「即4月15日至9月30日」, the areas (a list of villages), the objects and the "
           "hazard types, 三、地质灾害防治保障措施 (一) 「切实加强组织领导,层层落实防灾责任。…」 with 各村委会, 镇国土资源所 and "
           "镇级有关部门 — CUT in (一) 「抢险救」",
     leaf_tasks=1, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、受灾点分布情况"],
     samples=[
        S(["三", "(一)"], [], U01, skip_deadline=True,
          note=CUT + "; round 37: a heading whose object is a duty word 「落实部门监管职责」「压实…责任」 gives out work — the "
                     "run-in heading 「层层落实防灾责任」 is one (RULING? — round 37/38 also name 「加强责任落实和协同配合」「加强安"
                     "全责任体系」 headings that give out nothing; this one has 落实 with the duty object 防灾责任): every body "
                     "its text gives work is a unit, in printed order — 「各村委会要建立相应工作机制,充分发挥责任主体作用」 "
                     "(各村委会), 「镇国土资源所要切实加强…的组织、协调、指导和监督」 (镇国土资源所; 组织 here is a noun, the "
                     "object of 加强, round 33's 落实-as-noun), 「各村委会和镇级有关部门要健全完善…应急预案」 (round 34: 「A和B」 "
                     "two names; 各村委会 once); a reader by rule 2 alone finds no rule-2 verb and answers [] (建立／加强／健全完善 "
                     "are outside the closed list); lead [] (no 牵头); 二/(一)'s 「重点防范期…即4月15日至9月30日」 is the "
                     "flood season's focus period, not the span of this standing measure: the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: 三/(一) (CUT); 一、受灾点分布情况 is a section (the present hazard points: 19处, 16处, 2处, "
            "1处 are a present count, not targets, round 33/38)",
            "二、2025年我镇地质灾害防范重点 (一)–(四) state the focus period, the areas, the objects and the hazard types: read "
            "as fields of the plan that give no work (round 42 continued: a section that only gives the time, place, aim "
            "or theme is a field; round 35: a list that gives no work is text) — RULING?; 3 accepted ((三)(四) 「…应作为重点"
            "防范对象」「…应予以足够的重视」 read as instructions, round 34), 5 accepted (every numbered leaf read as a task, "
            "the plans-dev counting rule)",
            "no phases (the focus period is one period, no stages); no duties on the page"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x192_03_lanjiang-zhen-2022-shipin-anquan-xuanchuanzhou-huodong-shishi-fangan.txt"
SP03 = SPAN + " — 一、「时间:2022年9月5日至2022年9月9日」: 2022-09-09"
plan(X03,
     title="关于开展食品安全宣传周活动的实施方案（遂宁市安居区拦江镇人民政府关于开展食品安全宣传周活动的实施方案）",
     title_note="line 15 (the document's own heading) or line 10 (the same title with its issuer, the site's heading): "
                "either accepted (the scorer's 「plan（notice）」 form)",
     doc_no="遂安拦府发〔2022〕48号", issuer="遂宁市安居区拦江镇人民政府", date="2022-09-03 (成文日期; published 2022-09-05)",
     level="town (拦江镇, 安居区, 遂宁, 四川)",
     source=page_source("https://www.scanju.gov.cn/gongkai/show/3c91513ba1614ec79dc635a586ec0d36.html"),
     style="a town government's whole short plan on the district's 政府信息公开 page: the site's fields (• 索引号 … 文号), the "
           "title with its issuer, the title again, addressees, a preamble, 一、活动时间及地点 (「时间:2022年9月5日至2022年9月9日」), "
           "二、活动内容 (一)–(四) with no subject or with 出动／采取, 三、组织领导 (a group set up, its office and two persons), "
           "四、注意事项 (一)(二) for the participants, the signature; headings end in two spaces as printed",
     leaf_tasks=6, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间及地点", "三、组织领导"],
     samples=[
        S(["二", "(一)"], [], [], dl="2022年9月5日至2022年9月9日", dln="2022-09-09",
          note=NOUNITS + "; 「在步行街广场设立宣传点,通过…进行宣传」 has no subject: lead [], responsible []; " + SP03),
        S(["二", "(二)"], [], [], dl="2022年9月5日至2022年9月9日", dln="2022-09-09",
          note="「协同市场监管所深入学校、酒店餐饮场所、超市进行食品安全检查的同时开展口头宣传」 — 协同 reads as 会同 only after a "
               "doer (round 30); with no subject the partner is no unit (round 41: 「紧密联合A、B等部门,协同推进…」 with no "
               "subject gives no doer; round 34: 配合 needs a doer): lead [], responsible []; " + SP03),
        S(["二", "(三)"], [], [], dl="2022年9月5日至2022年9月9日", dln="2022-09-09",
          note="「东平、会元社区各出动一辆执法宣传车在场镇上进行游动宣传」 — 出动 is no rule-2 verb (" + CLOSED + "): lead [], "
               "responsible []; 一辆 has no comparison word (no target); " + SP03),
        S(["二", "(四)"], [], [], dl="2022年9月5日至2022年9月9日", dln="2022-09-09",
          note="「各村(社区)采取走村入户、播放广播、发放宣传册…等方式进行宣传」 — a kind, but 采取／进行 are no rule-2 verbs "
               "(" + CLOSED + "): lead [], responsible []; " + SP03),
        S(["四", "(二)"], [], [], dl="2022年9月5日至2022年9月9日", dln="2022-09-09",
          note=NOUNITS + " (a count without 四's two items, rules for the participants, is accepted: round 36, rules for "
                         "persons with no body named are text); 「要注意维护活动现场秩序…参与人员要注意自身防护,同时劝导群众…」 — "
                         "no subject, then persons: lead [], responsible []; " + SP03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二/(一)–(四) and 四/(一)(二) (no item names a unit, so every numbered leaf is a task); 4 accepted "
            "(四's 注意事项 read as rules for the participants, round 36); 一、活动时间及地点 is a field (round 42 continued) "
            "and 三、组织领导 a section (a group the plan sets up, its office 「设在综合行政执法办公室」 and the persons 肖丹, "
            "母华武 — round 35: set-up bodies and persons give no unit)",
            "the span 「2022年9月5日至2022年9月9日」 is stated once for the whole activity; no item writes a date of its own",
            "「国务院食品安全办等27部门」 in the preamble is a count of bodies in a cited document (no target); the site's "
            "field lines (• 索引号 …) and the trailing blank lines are the page's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x192_04_zizhiqu-shipin-anquan-xuanchuanzhou-huodong-fangan-pian1.txt"
plan(X04,
     title_note=NO_TITLE + " (「最新食品安全宣傳周活動方案商場(五篇)」 and 「食品安全宣傳周活動方案商場篇一」 are the collection's)",
     doc_no="", issuer="a 自治区's 食品安全委員會辦公室 (not named: 「各盟市」「與xx區同步」「xx區層面」 — 内蒙古 by 盟市; masked)",
     date="not on the page (「黨的十九大以及十九屆二中、三中全會」: 2018 or later)",
     level="province (an autonomous region's 食安办, masked 「xx區」)",
     source=page_source("http://p719.cn/751409.html"),
     style="a 范文 site's page in traditional characters: the collection's heading, 「字號:」, the site's preface, 篇一, a theme "
           "line 「“尚德守法食品安全讓生活更美好”。」, then two UNNUMBERED paragraphs (the plan's headings were lost): the aims "
           "(「要求各級黨委政府進一步落實…」) and the work of 「各盟市食品安全委員會辦公室要…聯合同級有關單位和部門,…同步舉行…,組織"
           "開展好…啟動儀式。…動員指導各類社會團體、企業、行業協(學)會等,統一」 — CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["各盟市食品安全委員會辦公室要結合本地區(qū)實際"], [], ["各盟市食品安全委員會辦公室"],
          lead_alternatives=[["各盟市食品安全委員會辦公室"]], dln=None,
          **para(X04, "各盟市食品安全委員會辦公室"),
          note=CUT + "; round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks "
                     "(path by first words); " + R2 + ": 「各盟市食品安全委員會辦公室要…組織開展好本地區的“食品安全周”啟動儀式」 "
                     "— 組織開展 (a kind, 各 kept, round 32); 「聯合同級有關單位和部門」 — 聯合 reads as 會同 (round 34) but "
                     "the partner is the catch-all 有關單位和部門 (round 37: 「相关部门和单位」 is a general call; round 43: "
                     "「会同有关单位」 gives no unit); the objects of 動員指導 「各類社會團體、企業、行業協(學)會」 are no units "
                     "(the pivot rule, round 30); " + ONE + "; no date on the page (「活動周期間」 with no day given): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: the 各盟市 paragraph; 2 accepted (the aims paragraph read as a task — it is the lost "
            "指導思想's text: 「要求各級黨委政府進一步落實…」 names the 黨委政府 as the object of 要求, a pivot, and 「推動…引導…"
            "動員…」 have no subject); the theme line is a field",
            "「四個最嚴」「雙隨機一公開」 are programme names (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x192_05_zhen-2019-shipin-anquan-xuanchuanzhou-huodong-fangan.txt"
SP05 = SPAN + " — the preamble's 「6月21日至27日在全镇范围内开展食品安全宣传周活动」, year 2019 from the title: 2019-06-27"
plan(X05,
     title="2019食品安全宣传周活动方案",
     title_note="line 1, as printed by the site",
     doc_no="", issuer="a 镇 (not named: 「结合我镇实际」「在全镇范围内」「镇食品药品安全管理领导小组」)",
     date="2019 (title; the site's 「发布 2021-11-15」 is its own)", level="town (a 镇, not named)",
     source=page_source("http://www.tudiao.com/a/2111/1434724.html"),
     style="a document site's page: the title, the site's line, addressees 「各村、学校、企事业单位。」, a preamble with the "
           "week's span 「6月21日至27日」, 一、总体要求。 (a section), 二、活动宣传口号。 1、–10、 (slogans), 三、活动安排。 1、 (a "
           "heading line over a paragraph with no subject) and 2、 「悬挂横幅、设置站牌。」 over two paragraphs — CUT in the "
           "second",
     leaf_tasks=2, count_alternatives=[12], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求。"],
     samples=[
        S(["三", "1"], [], [], dl="6月21日至27日", dln="2019-06-27",
          note=NOUNITS + "; 「召开领导小组全体成员会议,传达…,研究制定…方案」 has no subject (召开 without 组织 is no rule-2 verb "
                         "anyway, round 30): lead [], responsible []; " + SP05),
        S(["三", "2"], [], [], dl="6月21日至27日", dln="2019-06-27",
          note=CUT + "; 「各村、学校、企事业单位、镇食品药品安全管理领导小组各成员单位在单位门口…悬挂…或设置站牌」 — 悬挂／设置 are no "
                     "rule-2 verbs (" + CLOSED + "); 「工商所、农业服务中心、经济服务中心、兽医站等部门选择在…」 — 选择 is none "
                     "either: lead [], responsible []; 「十条宣传口号」 is no target; " + SP05),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/1, 三/2 (CUT); 二、活动宣传口号 1、–10、 are slogans, a list that gives no work (round 35: text, not "
            "items); 12 accepted (the slogans counted as leaves); 一、总体要求 is a section (aims, no doer)",
            "「传达号文件精神」 has a blank where the document number was (the page's)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x192_06_shi-zhengfuban-shipin-anquan-xuanchuan-fangan.txt"
plan(X06,
     title="市政办食品安全宣传方案",
     title_note="the start of the page's one line, after the page number 「1」, as printed",
     doc_no="", issuer="a city government office (not named: 「市政办」「在全市」「我市」「以区市为单位」)",
     date="not on the page (「三、活动时间年6月13日至20日」 — the year is lost; 「刑法修正案〔八〕」: 2011 or later)",
     level="city (a 市 with 区市 under it, not named)",
     source=page_source("https://wnwk.com/doc/1142422.html"),
     style="a document site's copy as ONE LINE with stray page numbers (「1市政办…」「新闻工2作者」「3〔二〕」「应急4处理」) and 「?」 "
           "for lost 《》: a preamble, 一、指导思想, 二、活动主题, 三、活动时间 「年6月13日至20日」 (the year lost), 四、宣传内容 "
           "〔一〕–〔六〕 (each 「宣传…」), 五、宣传形式 〔一〕 「举行宣传周活动启动仪式。宣传周首日6月13日,以区市为单位举行“食品安全」 — CUT",
     leaf_tasks=7, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "〔一〕"], [], [], skip_deadline=True, **at(X06, "〔一〕"),
          note=NOUNITS + "; 〔〕 brackets as printed (the path's second part is the printed mark); 「宣传?食品安全法?及其?条例?"
                         "的…」 has no subject: lead [], responsible []; the span 「年6月13日至20日」 dates the items (round "
                         "36) but its year is lost: " + NOYEAR),
        S(["四", "〔四〕"], [], [], skip_deadline=True, **at(X06, "〔四〕"),
          note=NOUNITS + "; 「宣传在全市开展的“食安大行动〞的工作成果,宣传打击…、学校周边专项整治…等专项行动成果」 — no "
                         "subject; the campaigns named are the objects of the publicity (round 40): lead [], responsible []; "
                         + NOYEAR),
        S(["五", "〔一〕"], [], [], skip_deadline=True, **at(X06, "〔一〕", 2),
          note=CUT + "; 「宣传周首日6月13日,以区市为单位举行…」 — no subject; 以区市为单位 says how the event is held, no doer "
                     "(举行 is no rule-2 verb either): lead [], responsible []; the item's own day 6月13日 (round 37) has no "
                     "year on the page: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 四/〔一〕–〔六〕 and 五/〔一〕 (CUT); 1 accepted (四's items read as a list of what to publicize that gives "
            "no work, round 35, leaving 五/〔一〕); 一、–三、 are sections (aims, theme, time)",
            "the stray digits 1, 2, 3, 4 are the copy's page numbers; 「修正案〔八〕」 is a law's amendment number (no target, "
            "no item)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x192_07_zhen-xiaoyuan-ji-zhoubian-huanjing-jizhong-zhengzhi-shishi-fangan.txt"
plan(X07,
     title="**镇校园及周边环境集中整治工作实施方案",
     title_note="line 11, as printed with the page's mask 「**」 (line 1 is the site's heading without the town)",
     doc_no="", issuer="a 镇 (masked 「**镇」; 「根据县委、县政府安排,镇上决定…」)", date="not on the page (a stage 「5月29日至6月2日」)",
     level="town (a 镇, masked)",
     source=page_source("http://m.nepao.com/show-58-116727-1.html"),
     style="a 公文 site's page: the site's heading, a stray 「``」 and blank lines, the title with 「**镇」, a preamble, 一、指导思想, "
           "二、工作目标 (「组织对**中学和各村小学及幼儿园的周边环境集中进行一次全面摸排和集中整治行动」), 三、组织领导 (a group set "
           "up, its members' lines empty on the page, its office and two persons), 四、工作步骤 with a lead-in 「由镇政府、教育办、"
           "**中学牵头组织,各村委会综治负责人共同参与,各村学校幼儿园紧密配合。共分三个阶段:」 and (一)部署启动阶段(5月29日至6月2日) "
           "— CUT in its paragraph",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "三、组织领导"],
     samples=[
        S(["四", "(一)"], ["镇政府", "教育办", "**中学"], ["镇政府", "教育办", "**中学", "各村学校幼儿园"], skip_deadline=True,
          note=CUT + "; round 33: a stage in a 工作步骤 section with work under it is a task (and a phase); rule 4: the "
                     "lead-in of 四 「由镇政府、教育办、**中学牵头组织,…,各村学校幼儿园紧密配合」 gives its units to items that "
                     "name none — (一)'s work 「成立…领导小组,研究制定…方案,召开专题会议…」 has no subject: lead 镇政府, 教育办, "
                     "**中学 (「由A牵头」; three bodies, round 36: bodies that 牵头 are all the lead), responsible with them 各村学校"
                     "幼儿园 (配合 after a doer, round 30); 「各村委会综治负责人」 are persons (" + PERSON + "); 「**中学」 is kept "
                     "as printed, a masked place before a kind (round 40: 「xx街民委」 as printed; round 37's 「由xx负责」 masks "
                     "the whole name) — RULING?; 「各村学校幼儿园」 is printed with no separator: one name as printed — "
                     "RULING? (a reader may split 各村学校, 幼儿园); the stage's own time 「5月29日至6月2日」 (round 37) has no "
                     "year on the page: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: 四/(一) (CUT); 一、指导思想, 二、工作目标 (a childless 工作目标 with no subject, round 36) and "
            "三、组织领导 (a group the plan sets up, persons 史丽琴, 张丽娟; round 35) are sections; 四's lead-in is no item and "
            "no phase (round 33)",
            "phase 部署启动阶段 (5月29日至6月2日) is not written: the page prints no year, so its months cannot be given as "
            "YYYY-MM; the other two stages are after the cut",
            "「四个确保」 is a programme name (no target)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x192_08_zhen-fangxun-yingji-yanlian-fangan.txt"
plan(X08,
     title="××镇防汛应急演练方案",
     title_note="printed twice at the start of the page's one line (after 「第1页共8页」), as printed with its mask",
     doc_no="", issuer="a 镇 (masked 「××镇」; 「经镇党委、政府研究决定」)", date="××年 (masked; the drill on 「××年7月11日」)",
     level="town (a 镇, masked)",
     source=page_source("https://www.wnwk.com/doc/922287.html"),
     style="a document site's copy as ONE LINE with the copy's page marks 「第1页共8页」「第2页共8页」「第3页共8页」: the title "
           "twice, a preamble, fields 一、时间 「××年7月11日上午9:30-10:30」, 二、地点, 三、组织指挥 (a drill headquarters set up, "
           "persons as 指挥长), 四、参加人员 (persons, 300多人), 五、综合说明, 六、背景设置 (the scenario), 七、参演任务 (一)报告汛情 "
           "— a script of persons' lines (副镇长××, 指挥长××, 解说员) — CUT at 「会场」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、时间", "二、地点", "三、组织指挥", "四、参加人员", "五、综合说明", "六、背景设置"],
     samples=[
        S(["七", "(一)"], [], [], skip_deadline=True, **at(X08, "(一)"),
          note=CUT + "; a drill step: its lines are spoken by persons (副镇长××, 指挥长××, 解说员 — " + PERSON + "); 「机关干部"
                     "到岗到位」 persons; 「紧急通知下游各村疏散…」「通知派出所实施交通管制」 have no subject, and 各村, 派出所 are "
                     "the objects of 通知 (the pivot rule, round 30; 「参演任务」 is not one of the work headings of rounds "
                     "35–40); 「卫生、民政、供电等有关部门立即向现场派出应急工作组,开展应急抢险工作」 — 派出／开展 are no rule-2 "
                     "verbs (" + CLOSED + "): lead [], responsible []; round 42 continued: the single day of 一、时间 is the "
                     "activity's span, but its year is masked: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task on the page: 七/(一) (CUT); 一、–六、 are fields or text: time, place (round 42 continued), 三、组织指挥 "
            "(a headquarters the plan sets up 「由镇长××同志任指挥长」, persons: round 42, a point that only says who carries "
            "out the whole event is a plan-level field; 2 accepted with it as a task), 四、参加人员 (round 43: a 参加人员 field "
            "names persons), 五、综合说明 (「按照各单位的防汛职责,进行防汛演练」, a general call), 六、背景设置 (the scenario)",
            "「300多人」 is a head count of participants (no target); 「启动1级防汛应急预案响应」 names a level (no target); the "
            "clock times are no targets"])

write_collected(DIR)
