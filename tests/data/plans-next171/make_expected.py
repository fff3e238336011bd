# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next171/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c171, round 40: eight page openings of plans from outside Shanghai — an Anhui
county's 控辍保学 plan (篇一 of a spam site's collection, traditional with inline pinyin; 「縣政府全面負責縣域內」 CUT); a 镇's
春节 文化活动 plan (headings at the ends of lines, an item whose number is lost 「()」, 「各村…组织开展」); an xx镇's 乡村四级
公路 养护管理 plan (one run-on text with a site chunk number 「2、」 inside an item, 养护目标 with 90%以上／不小于60厘米, a
unit heading 「三、公路沿途的村(居)委会职责:」); a 团县委's 青年志愿者 三下乡 plan (traditional, masked 「某地」 names,
「由A牵头」「由A负责组织B」, 20名); an XX镇's 20xx 安全生产监督检查计划 (persons and 镇安委会, items ①.–⑤. inside one
paragraph, 「至少每季度…一次」); a 乡's 春节 安全检查 plan (traditional, masked 「X年X月X日」, headings at line ends,
「由各村和各單位各自負責」); a 乡's 2018 安全生产大检查 notice (a span 「即日起至5月底」, 「由各村、乡属各单位分别组织…」, a
checklist (一)1.–4.); a county's 第六次全国人口普查 工作方案 (an unnumbered chapter heading over 一、–五、, set-up groups,
payers, 「A与B共同对…负责」)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number is not at its line's start, ``para`` for an unnumbered paragraph); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–40 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c171.

    python tests/data/plans-next171/make_expected.py tests/data/plans-next171
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a heading at a line's end, ①., 「()」, 1、 in a run-on text): the line
# where marker ends and the first eight characters after it, stopping at the line's end.
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
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人, 组长; round 36: hired persons)"
MASKED = "the year is masked or not on the page (「20xx」「X年」, or no year printed): the deadline is not checked"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
INLINE = ("round 34: items numbered inside one paragraph (numbers running in order) are items as if each stood at a line "
          "start — here the page runs the numbers into the line")

# ---------------------------------------------------------------------------------------------------------
X01 = "x171_01_xian-kongchuo-baoxue-shishi-fangan-pian1.txt"
plan(X01,
     title_note=NO_TITLE + " (「控輟保學(xué)實施方案學校(五篇)」 and the piece label 「控輟保學(xué)實施方案學校篇一」)",
     doc_no="", issuer="a county in 安徽 (not named; 「全縣」「縣政府」, 《安徽省實施…義務教育法辦法》)",
     date="not shown (the aims say 「到2020年」; 十九大 → 2017–2020)", level="county (Anhui, not named)",
     source=page_source("http://heartjkgl.cn/750361.html"),
     style="a spam site's page in traditional characters with the site's inline pinyin 「學(xué)」: an adult spam line, "
           "HTML list chrome 「1. <legend …>」「2. 」, the collection heading, a site preface, 篇一: an unnumbered aims "
           "paragraph (「到2020年,全縣九年義務教育鞏固率保持在96%以上」), (一) heading over a run-in paragraph "
           "「履行政府控輟保學法定職責。…縣政府全面負責縣域內」 — CUT there",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "履行政府控輟保學(xué)法定職責(zé)"], [], ["縣政府"], lead_alternatives=[["縣政府"]],
          **para(X01, "履行政府"),
          note=CUT + "; round 35: run-in headings 「履行政府控輟保學法定職責。…」 opening the paragraphs of a numbered section "
                     "are its items — the page holds one, so (一) has one leaf (a parser that keeps (一) itself as the leaf "
                     "finds the same task by its number); " + R2 + ": 「縣政府全面負責縣域內…」 — the subject of 負責 (「全面」 "
                     "a modifier; round 35: 「A负总责」 a designation too): 縣政府, its object cut (round 39: a clause whose "
                     "words are cut still names its doer); the heading's 「政府」 is no body named; " + ONE + "; "
                     + NODATE + " (「到2020年」 is in the plan's aims, not in the item)"),
     ],
     plan_targets=[{"number": 96, "unit": "%"}], phases=[], duties=[],
     notes=["1 leaf on the page: (一)'s one run-in paragraph; the aims paragraph before (一) is unnumbered (no task)",
            "page chrome: the spam line, 「1. <legend id=\"ppnor\"></legend>」 and 「2. 」 are HTML list chrome, not items "
            "(round 40: a site's chunk openers and breadcrumbs are chrome); the pinyin 「(xué)」 is the site's (round 39)",
            "plan target: 「鞏固率保持在96%以上」 in the aims (以上, round 30's line); 「九年義務教育」 names a stage, not a "
            "target; 「到2020年」 dates the aims only",
            "bytes: the copy is 1,969 bytes where a whole opening gives 1,999–2,001: about 32 bytes are missing, most "
            "likely non-ASCII indentation spaces that the tool's answer showed as plain spaces (see README)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x171_02_zhen-chunjie-wenhua-huodong-cehua-fangan.txt"
plan(X02,
     title="乡镇春节文化活动策划方案",
     title_note="line 1 (and line 9), as printed by the document site",
     doc_no="", issuer="a 镇 (not named; 「我镇」「全镇」「镇设立」)", date="not shown (the page is dated 2022-05-10; "
     "「十七大」 and 「科学发展观」 date the text to 2007–2012)", level="town (a 镇, not named)",
     source=page_source("https://www.dywdw.cn/6580be32a9956bec0975f46527d3240c8447a1bb.html"),
     style="a document site's page: title, the site's time and notice lines, a 导语 and keyword line, title again, then "
           "the plan with its top-level numbers AT THE ENDS OF LINES (「…如下实施方案: 一、指导思想」, 「…需求。 二、主要任务」, "
           "「…服务。 三、方法和步骤」), 三's lead-in paragraph 「镇设立…专项资金,主要用于组织…」 and an item whose number is "
           "lost 「()实行…。各村…组织开展文化体育科技活」 — CUT there",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二"], [], [], **at(X02, "二、"),
          note="round 40: items naming no unit in a plan with units elsewhere are tasks where they give work — 二、主要任务 "
               "「…创新文化发展思想,丰富乡村文化宣传活动内容,为…提供优质的文化产品和文化服务」 gives the town's work with no "
               "doer named (the count 1 without it is accepted) — RULING? a reader of round 34's early ruling (a childless "
               "point is a task when it has a rule-2 doer or an instruction 「要…」) reads 二 as a section; lead [], "
               "responsible []: 「县委、县政府确定的…格局」 names bodies inside a noun's description (round 30); " + NODATE),
        S(["三", "()"], [], ["各村"], lead_alternatives=[["各村"]], **at(X02, "()"),
          note=CUT + "; round 37: an item whose number the page lost is an item — 「()实行…」 is 三's first numbered item, "
                     "the paragraph before it 三's lead-in; " + R2 + ": 「各村根据县文化行政部门的推荐,…向专业团体和电影公司"
                     "购买演出和放映,组织开展文化体育科技活[动]」 — 组织开展 (round 34: 组织＋work): 各村 a doer; the body "
                     "whose 推荐 the villages follow is no doer (rule 3, like 「在A指导下」); the lead-in 「镇设立“农村文化"
                     "事业专项资金”,主要用于组织…」 gives no unit (设 is no rule-2 verb, round 35; the fund is the subject of "
                     "组织); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 (a 主要任务 point giving work) and 三/() (CUT); 1 accepted (二 read as a section); 一、指导思想 is a "
            "section; a parser that does not see the lost number reads 三 itself as the leaf (the same count)",
            "the site's lines (time, 说明, 导语, keywords) are chrome; the spaces in line 3 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x171_03_xx-zhen-xiangcun-siji-gonglu-yanghu-guanli-shishi-fangan.txt"
plan(X03,
     title="xx镇乡村四级公路养护管理实施方案",
     title_note="line 8 (twice, glued to the text) and line 1 with the file's 「.doc」; masked 「xx」 as printed",
     doc_no="", issuer="xx镇 (masked; 「我镇」「镇党委政府」, roads 城区至龙登村…)", date="not shown",
     level="town (xx镇, masked)",
     source=page_source("https://taowenge.com/p-30365485.html"),
     style="a document site's preview: file name, five score-image lines, the site's sharing line, then the plan as ONE "
           "RUN-ON TEXT opened by the site's chunk number 「1、」 (title twice, preamble, 一、适用范围: 7条 roads, 二、养护目标: "
           "1、–5、, 三、公路沿途的村(居)委会职责: 1、–3、); a second chunk number 「2、」 opens line 9 inside 二/3 "
           "(「不小于\\n2、60厘米」) — CUT in 三/3",
     leaf_tasks=8, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二", "1"], [], [], targets=[(90, "%"), (50, "%")], **at(X03, "养护目标:1、"),
          note=INLINE + "; round 40: items naming no unit in a plan with units elsewhere are tasks where they give work "
                        "(「确保…」); the count 3 without 二's goal items is accepted; no unit: lead [], responsible []; "
                        "「通车率在90%以上」「好路率50%以上」 — 以上 (round 30's line): 90 %, 50 %; " + NODATE),
        S(["二", "3"], [], [], targets=[(60, "厘米"), (40, "厘米")], **at(X03, "3、"),
          note=INLINE + "; the site's chunk number 「2、」 opening line 9 inside the item (「上宽不小于\\n2、60厘米」) is chrome "
                        "(round 40: a document site's chunk openers are not items): the item reads on 「不小于60厘米,下宽不小于"
                        "40厘米,深50厘米」 — 不小于 (round 30): 60 厘米, 40 厘米 (「深50厘米」 is left unchecked: the 不小于 may or "
                        "may not reach it); no unit; " + NODATE),
        S(["二", "5"], [], [], **at(X03, "5、"),
          note="「养护工要负责公路两旁的路树栽种和护理」 — 养护工 are hired persons (round 36: hired persons' duties give no "
               "unit; " + PERSON + "): lead [], responsible []; a goal item that gives work (round 40), so a task; " + NODATE),
        S(["三", "1"], [], ["村(居)委会"], lead_alternatives=[["村(居)委会"]], **at(X03, "职责:1、"),
          note=R1 + ": 「三、公路沿途的村(居)委会职责:」 is a heading naming a party (round 38: 「X职责」 gives out work; 「第五条 "
                    "建设单位责任」 a unit heading for the items under it, like plans-next163's 「(二)镇乡工作职责」); the name after "
                    "the last 的 (round 32/34: 「设摊经营活动的经营(运营)主体」 → 经营(运营)主体): 村(居)委会; " + ONE + "; "
                    "「镇政府下拨的养路经费」 names a payer inside a noun (no unit); " + NODATE),
        S(["三", "2"], [], ["村(居)委会"], lead_alternatives=[["村(居)委会"]], **at(X03, "专款专用。2、"),
          note=R1 + ": the heading's unit (as 三/1); the sentence's own subject 「公路沿途的村(社区)」 adds nothing (rule 1: "
                    "a label or heading gives the units, sentences add nothing) — RULING? a reader who takes the sentence's "
                    "printed name answers 村(社区); 「担任专职养护工」 names persons; " + ONE + "; " + NODATE),
        S(["三", "3"], [], ["村(居)委会"], lead_alternatives=[["村(居)委会"]], **at(X03, "手推车。3、"),
          note=CUT + "; " + R1 + ": the heading's unit (as 三/1); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 二/1–5 (the 养护目标 items, each 「确保／保持／保证／要负责」: round 40, work items naming no unit are "
            "tasks) and 三/1–3 (三/3 CUT); 3 accepted (二's items read as goals, round 27's 工作目标 rule); 一、适用范围 is a "
            "scope point (round 30/34: scope is a general provision), its 「7条乡村四级公路」 the roads the plan covers, not a "
            "target",
            "the two 「1、」「2、」 at line starts (lines 8, 9) are the site's chunk numbers (chrome, round 40); the top-level "
            "一、二、三、 and the items 1、… run in order inside the text (round 34); 「睛雨」 (for 晴雨) is the page's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x171_04_tuanxianwei-qingnian-zhiyuanzhe-sanxiaxiang-huodong-fangan.txt"
plan(X04,
     title="青年志願者科技衞生法律“三下鄉”活動方案",
     title_note="line 6, as printed (line 3 adds the site's 「作文」)",
     doc_no="", issuer="a 团县委 in 湖北 (masked 「某地」; the event 「在雲夢舉行」, 「伍洛鎮」, 「按照團某某委…的要求」)",
     date="not shown (the event 「12月4日」 has no year)", level="county (a 团县委, Hubei; masked 「某地」)",
     source=page_source("https://lgxzw.com/gxenj/huodong/rvo03p.html"),
     style="a 范文 site's page in traditional characters: breadcrumb, the site's title with 作文, a read count, the title, a "
           "preamble (masked 「某」), 一、活動時間及地點 (「12月4日上午」), 二、活動內容 1、–3、 each 「由A牽頭／由A負責組織B…」 with "
           "20名／20人, 三、活動要求 1、 2、 — CUT in 三/2",
     leaf_tasks=5, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、活動時間及地點"],
     samples=[
        S(["二", "1"], ["某地科協"], ["某地科協"], targets=[(20, "名")], skip_deadline=True,
          note=R2 + ": 「由某地科協牽頭,在全某地範圍內組織20名農業科技人員…開展…活動」 — 由A牵头: lead and responsible 某地科協 "
                    "(round 40: a partly masked name is kept as printed, like 「xx街民委」); 「組織20名…人員」 — an item's own "
                    "number to appoint (round 37; plans-next160's 「組織我市2000名青年志願者」): 20 名; the event's day "
                    "「12月4日」 (round 36: an activity's day is the deadline of items with none) has no year: " + MASKED),
        S(["二", "2"], [], ["某地衞生局"], lead_alternatives=[["某地衞生局"]], targets=[(20, "人")], skip_deadline=True,
          note=R2 + ": 「由某地衞生局負責組織某地人民醫院、某地中醫院、某地衞生防疫站等醫療單位的中青年專家20人…」 — 由A负责组织: "
                    "A the doer; the hospitals are the objects of the pivot 組織 (round 30: not units); name as printed "
                    "(衞); " + ONE + "; 「專家20人」 the item's own number: 20 人; " + MASKED),
        S(["二", "3"], [], ["某地委政法委"], lead_alternatives=[["某地委政法委"]], targets=[(20, "名")], skip_deadline=True,
          note=R2 + ": 「由某地委政法委負責組織公檢法司等單位的20名團員青年組成四支小分隊」 — 由A负责组织 (A the doer; 公檢法司等"
                    "單位 describe the objects); " + ONE + "; 20 名 (the item's own number); " + MASKED),
        S(["三", "1"], [], [], skip_deadline=True,
          note="round 39: a 工作要求 section whose items give work holds tasks (the count 3 without 三's items is accepted); "
               "「科協、衞生、政法委等部門要…納入重要工作日程」「要精心制定活動方案」 — 納入／制定 are no rule-2 verbs (round 30: a "
               "closed list); 「分管領導要親自抓」 a person; 「各相關部門和單位要密切配合」 a catch-all (round 37: a general call) "
               "and 配合 with no doer (round 34): lead [], responsible []; " + MASKED),
        S(["三", "2"], [], [], skip_deadline=True,
          note=CUT + "; 「各地各部門要深入…」 — 各地 names no kind (round 32) and the verb is cut: lead [], responsible []; "
                     + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/1–3 and 三/1–2 (三/2 CUT); 3 accepted (三、活動要求 read as requirements with no unit, round 27); "
            "一、活動時間及地點 is a section (the event's day and place)",
            "「第四屆」「第七屆」 are ordinals of the event, 「四個服務隊」「四支小分隊」 ways to split the staff (no comparison "
            "word): not checked as targets; 「1.25W」 is the site's read count"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x171_05_zhen-20xx-anquan-shengchan-jiandu-jiancha-jihua.txt"
plan(X05,
     title_note="title not checked: the page's heading 「安全生产监督计划书」 is glued to the preamble, and the plan names "
                "itself 「20xx年度安全生产监督检查计划」 only in the preamble",
     doc_no="", issuer="an XX镇 (masked; 「我镇」「镇党委、政府、镇安委会」)", date="20xx (masked)",
     level="town (XX镇, masked)",
     source=page_source("http://yiwangbao.com/qita/569304.html"),
     style="a 范文 site's page: the heading run into the preamble, 一、检查对象 (a list of the objects, 22家…2家), "
           "二、检查内容及时间 1、常规检查 (rhythms of persons and bodies in one paragraph), 2、特定检查 with ①.–⑤. INSIDE ONE "
           "PARAGRAPH (each 「镇安委会要组织一次…大检查」 at a festival), 3、重点检查 — CUT in 3、",
     leaf_tasks=7, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、检查对象"],
     samples=[
        S(["二", "1"], [], ["镇安委会"], lead_alternatives=[["镇安委会"]], targets=[(1, "次")],
          note=R2 + ": of the paragraph's clauses only 「镇安委会至少每季度组织安全生产大检查一次」 has a rule-2 form (round 34: "
                    "组织＋a verb-noun): 镇安委会; 「各村村主任」「各企业分管安全生产的负责人」「各村行政点长」「班子成员」 are persons ("
                    + PERSON + "); 「镇安监办要做到每月…进行巡查一次」 — 做到／进行 are no rule-2 verbs (round 37: 进行 is not 实施); "
                    + ONE + "; 「至少每季度…一次」 — a frequency with a floor (round 35: 「至少两年开展一次」): 1 次; the weekly, "
                    "monthly and quarterly rhythms are inspection rhythms, not reporting duties (plans-dev 08 四/（二）/4/（12）); "
                    + NODATE + " (round 34: recurring dates are no deadline)"),
        S(["二", "2", "①"], [], ["镇安委会"], lead_alternatives=[["镇安委会"]], skip_deadline=True, **at(X05, "①."),
          note=INLINE + " (①.–⑤. in order inside 2、's paragraph: 2、 has five leaves); " + R2 + ": 「镇安委会要组织一次安全生产"
                        "大检查」 (组织＋work, round 34); " + ONE + "; 「清明前夕」 — a festival of the plan's year (round 40: 「在春节前」 "
                        "dated by its month), but the year is 「20xx」: " + MASKED + "; 「组织一次」 has no comparison word: no "
                        "target"),
        S(["二", "2", "③"], [], ["镇安委会"], lead_alternatives=[["镇安委会"]], skip_deadline=True, **at(X05, "③."),
          note=INLINE + "; " + R2 + ": 「镇安委会将组织针对食品行业的专项大检查」 — 组织＋a verb-noun with modifiers between "
                        "(round 34): 镇安委会; " + ONE + "; 「端午节期间」: " + MASKED),
        S(["二", "2", "⑤"], [], ["镇安委会"], lead_alternatives=[["镇安委会"]], skip_deadline=True, **at(X05, "⑤."),
          note=INLINE + "; " + R2 + ": 「镇安委会将组织一次综合执法大检查」; " + ONE + "; 「中秋、国庆两节期间」: " + MASKED),
        S(["二", "3"], [], [],
          note=CUT + "; 「由分管安全生产负责人亲自带队」 — " + PERSON + "; 「选取…作为…对象」 has no subject: lead [], responsible []; "
                     "「每月至少检查一[次]」 is cut before its unit (no target written); the monthly rhythm is no deadline "
                     "(round 34); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/1, 二/2/①–⑤ (round 34: numbers running in order inside one paragraph), 二/3 (CUT); 3 accepted "
            "(①–⑤ read as 2、's text); 一、检查对象 is a section listing the objects (「22家个体商店、10家…、2家加油站」 are the "
            "present objects, not targets, round 33)",
            "「附表1」「附表2」「附表3」 are attachments not on the page; 「XX镇」「20xx」 are the page's masks"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x171_06_xiang-chunjie-anquan-gongzuo-jiancha-fangan.txt"
plan(X06,
     title="鎮春節期間安全工作檢查方案",
     title_note="line 1, as printed (the body speaks of 「全鄉」「鄉政府」)",
     doc_no="", issuer="a 鄉 (not named; 「全鄉」「鄉政府督查」; the title says 鎮)", date="X年 (masked)",
     level="township (a 鄉/鎮, not named)",
     source=page_source("http://www.tmdps.cn/a1/175cb7740c8db34e.html"),
     style="a 范文 site's page in traditional characters: title, preamble, 一、檢查時間 (「X年X月X日至X年X月X日」), 二、檢查方式, "
           "三、檢查重點 (一)–(八) with each next heading AT THE END OF THE PREVIOUS LINE (「…現象。(二)人員密集場所安全。」) and its "
           "text 「由各村和各單位各自負責,…」 on the next; the page ends right after 「(八)學校安全。」",
     leaf_tasks=8, count_alternatives=[7, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、檢查時間", "二、檢查方式"],
     samples=[
        S(["三", "(一)"], [], ["各村"], lead_alternatives=[["各村"]], skip_deadline=True, **at(X06, "(一)"),
          note=R2 + ": 「由各村和各單位各自負責」 — 由A负责 with A = 各村 和 各單位 (round 34: 「A和B」 two names); 各單位 is a "
                    "general call (round 33: 各单位 names no kind), 各村 a kind: responsible 各村; 「各村和各單位要嚴格自查自糾」 adds "
                    "nothing (自查自糾 no rule-2 verb); " + ONE + "; the span 「X年X月X日至X年X月X日」 is masked: " + MASKED),
        S(["三", "(二)"], [], ["各村"], lead_alternatives=[["各村"]], skip_deadline=True, **at(X06, "(二)"),
          note="the heading stands at the end of line 6, its text 「由各村和各單位各自負責,…」 on line 7 (the page's layout; "
               "the item is (二) as numbered); " + R2 + " as (一): 各村 (各單位 a general call, round 33); " + ONE + "; " + MASKED),
        S(["三", "(四)"], [], [], skip_deadline=True, **at(X06, "(四)"),
          note=R2 + ": 「由各村和各單位負責人負責」 — the agent of 由 is 「各村和各單位負責人」: persons (" + PERSON + "), read with "
                    "負責人 shared by both (round 31: fields sharing one head are one name) — RULING? a reader who splits 「各村」"
                    "+「各單位負責人」 gives 各村; 「引導轄區群眾…」「要加強監管巡查」 have no other subject: lead [], responsible []; "
                    + MASKED),
        S(["三", "(六)"], [], ["各村"], lead_alternatives=[["各村"]], skip_deadline=True, **at(X06, "(六)"),
          note=R2 + " as (一): 「由各村和各單位各自負責,重點檢查…」: 各村; " + ONE + "; " + MASKED),
        S(["三", "(七)"], [], ["各村"], lead_alternatives=[["各村"]], skip_deadline=True, **at(X06, "(七)"),
          note=R2 + " as (一): 各村; 「督促有關責任主體落實預防山火措施」 — the object of 督促 is no unit (round 30: the pivot's "
                    "object); " + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves: 三/(一)–(八); (八) is CUT right after its heading 「學校安全。」 (7 accepted, (八) read as no task on "
            "the page); 9 accepted (二、檢查方式 「采取以各村和各單位自查,鄉政府督查相結合的方式進行」 read as a task — it names "
            "no rule-2 doer); 一、檢查時間 is the masked span (a section)",
            "the headings 二、 and 三、 stand at the ends of lines 4 and 5, (二)–(八) at the ends of lines 6–12 (the page's "
            "layout); a parser that reads only line starts sees (一) alone",
            "the span 「X年X月X日至X年X月X日」 and 「X年春節」 are masked: no deadline is checked and no phase is written"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x171_07_xiang-2018-anquan-shengchan-dajiancha-tongzhi.txt"
DL07 = dict(dl="即日起至5月底", dln="2018-05")
plan(X07,
     title_note="title not checked: the page starts at the notice's addressees (no title printed)",
     doc_no="", issuer="a 乡 (not named; 「乡党委、政府」「乡安委会」「全乡」; a county's 信息公开 page mirrored on another "
     "domain)", date="2018-05 (after 「4月26日召开的…会议」; the address holds 20180522)", level="township (a 乡, not named)",
     source=page_source("https://fangliulang.com/html/xxgkxzfgbmxxgkddtx.gkml_1830gkwj_1833201805t20180522_44713.html"),
     style="a notice without its title: addressees 「各村委会、乡属各单位:」, a preamble (the 2018年4月22日 bus accident, "
           "「从即日起立即在全乡开展安全生产大检查」), 一、检查时间 「即日起至5月底。」, 二、检查方式 (a childless point with "
           "「由各村、乡属各单位分别组织…自查」「乡安委会组织…督查组…督查」), 三、检查重点 with a scope line, (一) 1.–4. (what is "
           "checked), (二) 1. — CUT in (二)/1 (「企业法定代表人负责」)",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、检查时间"],
     samples=[
        S(["二"], [], ["各村", "乡属各单位", "乡安委会"], **DL07,
          note="round 34/36: a childless top-level point that gives work to a rule-2 doer is a task (5 accepted, 二 read as "
               "the method only); " + R2 + ": 「由各村、乡属各单位分别组织对…进行全面自查」 (由A组织＋work) and 「乡安委会组织分别由乡"
               "领导带队的督查组…进行督查」 (「A组织B＋verb」: A the doer, the 督查组 not, round 30) — printed order; 乡属各单位 "
               "is a kind before 单位 (round 34: only the bare 各单位 is a general call; plans-next160's 镇直各单位); 「各村、"
               "站所自查和县安委会督查同步开展」 — 开展 without 组织 is no rule-2 verb; lead [] (no 牵头); " + SPAN + " — "
               "「即日起至5月底」 in the notice of 2018: 2018-05"),
        S(["三", "(一)", "1"], [], [], **DL07,
          note="plans-dev 11 重点整治内容 (the reference): the numbered things a campaign checks are its tasks; 「各村、站所领导"
               "班子履行…制度,带队检查…情况」 — 领导班子 a group of persons, 履行 no rule-2 verb (round 38): lead [], "
               "responsible []; " + SPAN + ": 2018-05"),
        S(["三", "(一)", "4"], [], [], **DL07,
          note="as (一)/1: no unit; 「2018年第二次全体(扩大)会议」「4月26日召开的…会议」 name past meetings (a date of a past "
               "event is no deadline, a meeting's ordinal no target); " + SPAN + ": 2018-05"),
        S(["三", "(二)", "1"], [], [], **DL07,
          note=CUT + "; 「企业法定代表人负责」 — a person's role (" + PERSON + "): lead [], responsible []; 「内客」 (for 内容) in "
                     "the heading is the page's; " + SPAN + ": 2018-05"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 二 (a childless point with doers), 三/(一)/1–4, 三/(二)/1 (CUT); 5 accepted (二 read as a section); "
            "一、检查时间 is the campaign's span (a section); 三's line 「此次安全生产大检查的范围是: …」 is a scope lead-in",
            "figures of the accident (34名, 32名, 2名) in the preamble are past events, not targets",
            "the span 「即日起至5月底」 has no year of its own: 2018 from the notice (the accident of 2018年4月22日, 「从即日起」)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x171_08_xian-2010-diliuci-renkou-pucha-gongzuo-fangan.txt"
H08 = "人口普查的目的和组织工作原则"
plan(X08,
     title="第六次全国人口普查工作方案",
     title_note="line 1, as printed",
     doc_no="", issuer="a county (「我县」「县人民政府」; the cited 「临政办发〔〕235号」 and 「凤政发〔〕136 号」 point to 临沧市 and "
     "凤庆县, Yunnan — not printed)", date="2009/2010 (the years in 〔〕 are lost; the census is 2010)",
     level="county (Yunnan by its citations, not named)",
     source=page_source("http://nayishi.com/zongjie/gongzuofangan/7271451870b831a2.html"),
     style="a 范文 site's page: title, preamble citing two documents with EMPTY year brackets 「〔〕」, an unnumbered chapter "
           "heading 「人口普查的目的和组织工作原则」 over article-like points 一、–五、 (purpose; groups set up with 1月底前／2月底前; "
           "funds; publicity; 「县普查办与…成员单位共同对…负责」), the next chapter heading 「人口普查」 — CUT there",
     leaf_tasks=4, count_alternatives=[1, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([H08, "二"], [], [], skip_deadline=True, **at(X08, "二、"),
          note="round 34 (early): a childless point that gives work — 「各乡镇人民政府务必于1月底前设置…」, an instruction to the "
               "plan's bodies — is a task; " + R2 + ": 「县人民政府成立了…领导小组…组建…办公室」 and 「各乡镇人民政府务必…设置…领导小组和"
               "相应的工作机构,并督促各村民委员会和社区居民委员会于2月底前设置…领导小组,分别负责本行政区域人口普查的领导、组织和"
               "具体实施」 — 成立／设置 set bodies up (round 35: 设 is no rule-2 verb), the villages are the objects of 督促 (round "
               "30), and 「分别负责」 has the groups set up as its subject (round 35: bodies an item sets up stay rule 3); "
               "「各有关部门要…各司其职…密切配合」 — 配合 with no doer (round 34): lead [], responsible [] — RULING? a reader who "
               "takes 各乡镇人民政府 (and the village committees) as the subject of 「分别负责」 gives them; 「1月底前」「2月底前」 have "
               "no year on the page (the plan's year is lost in 〔〕; 2009 or 2010): " + MASKED),
        S([H08, "三"], [], [], **at(X08, "三、"),
          note="round 30/35: 「县人民政府将列入相应年度的财政预算,各乡镇也要相应安排专项经费」 names payers (a cost names a payer, "
               "no doer): lead [], responsible []; a task by its instruction 「要…安排」 (round 34 early; the counts without the "
               "unit-less points accepted, round 40); " + NODATE),
        S([H08, "四"], [], [], **at(X08, "四、"),
          note="「各级普查机构及新闻宣传部门要…积极做好人口普查的宣传工作」 — 做好 is no rule-2 verb outside a work heading (round "
               "30's closed list; round 34 widens it only under 职责分工 headings): lead [], responsible []; " + NODATE),
        S([H08, "五"], [], ["县普查办", "成员单位"], **at(X08, "五、"),
          note=R2 + ": 「县普查办与县级挂钩到乡镇的成员单位共同对…数据质量负责」 — the subjects of 负责, joined by 「A与B共同」 (round "
                    "30: both doers); the 的-rule (round 32/34) gives 成员单位 for 「县级挂钩到乡镇的成员单位」 (round 35: 成员单位 "
                    "with a rule-2 verb are doers; not a member list); lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二–五; 一 states the census's purpose (round 30/34: a purpose point is a general provision, no task; 5 "
            "accepted with it); 1 accepted (only 五 names a unit: round 40, a count without the unit-less items); the path "
            "puts the unnumbered chapter heading first (plans-dev 11's convention); the numbers 一、… run on across chapters "
            "in such census plans, and line 9 「人口普查」 is the next chapter's heading, cut",
            "「〔〕235号」「〔〕136 号」: the page lost the years in the brackets; 「查清以来…」 lost a year too"])

write_collected(DIR)
# Round 63 (rul88): x171_03 三/3's cut line aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Tasks and counts,
# governs: round 71's cut line, p63e-1) (README, round 63)
from aligned_rulings import CUT88, align88  # noqa: E402

align88("x171_03", ["三", "3"], "「3、对公路养护责任」 cut at the page's end (x171_03 三/3): 对＋a noun fragment prints no verb of work, no task (the unit heading 「三、公路沿途的村(居)委会职责:」 gives units, not work)",
        CUT88 + "; 8 → 7, 8 and 3 stay accepted, 2 (the 3 reading without the cut line) accepted", drop=True,
        counts={"leaf_tasks": 7, "count_alternatives": [8, 3, 2]})

write_collected(DIR)
