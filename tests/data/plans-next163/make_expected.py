# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next163/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c163, round 39: eight page openings of plans from outside Shanghai — a 鄉's
學校及周邊 整治 plan (traditional script; 「校內整治由學校負責」「以A為主,B配合」, items ⑴–⑷ inside one paragraph, a span
「3至4月」 with no year); 清江鎮's 春節 科技文化衛生下鄉 plan (traditional; field lines, 宣傳內容 1、–5、 each 「X負責…」 with
bracketed member lists, 分工及職責 with persons and a 「責任部門:」 label); a 鄉's 文化建設 plan (traditional with the site's
inline pinyin; headed points, a 三、責任單位 point of unit paragraphs); PAGE 2 of a 鄉's 控辍保学 plan (time segments, unit
headings 「教育管理中心:」 over 1、2、 and unit-colon paragraphs with 配合); 魚臺縣's 2021-2022 集中供熱保供 plan
(traditional; a span to 2022年3月15日, 三、責任分工 1、縣住建局: with 聯合, 督促); a county's 2015 元旦春节 文化惠民 plan
(an activity span, 组织＋work, 至少一场, a 活动要求 section with 负责); a district's 菜市場 疫情防控 保供 plan (traditional; unit-
colon items 1.–3., 不得超過1人/平米); a city's 201x 文化扶贫 巡演 plan (masked years, a unit heading 「(二)镇乡工作职责」)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at_in`` where
the number is not at its line's start, ``para`` for unnumbered paragraphs); every answer was written here by reading
the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–39 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c163.

    python tests/data/plans-next163/make_expected.py tests/data/plans-next163
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a paragraph (⑴、).
at = partial(at_in, DIR)


def para(file, words):
    """Line and first eight characters of the one unnumbered paragraph that starts with ``words``."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip().startswith(words)]
    assert len(hits) == 1, (file, words, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


NO_TITLE = ("title not checked: the page shows only a 范文 collection's or the site's heading, not the plan's own "
            "title")
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人, 组长)"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
MASKED = "the year is masked or implicit (「20xx」「201x」, or no year on the page): the deadline is not checked"
LABEL38 = ("round 38: a label 「（七）A：」 gives A as lead, the bodies its text 协同／配合 are responsible with it; round 39: "
           "objects of 督促 under a unit heading are not units")

# ---------------------------------------------------------------------------------------------------------
X01 = "x163_01_xiang-xuexiao-ji-zhoubian-zhian-jizhong-zhengzhi-fangan.txt"
plan(X01,
     title_note=NO_TITLE + " (line 1 is the site's 前言 naming 「學校及周邊治安集中整治方案范文」)",
     doc_no="", issuer="a 鄉 (not named; 「鄉綜治委」「鄉綜治辦」「全鄉」)", date="not shown (the campaign 「3至4月」 has no year)",
     level="township (a 鄉)",
     source=page_source("http://m.cslysj.com/article/huodongfangan/gongzuofangan/201204/733513.html"),
     style="a 范文 site's page in traditional characters: the site's 前言, a preamble 「由鄉綜治辦牽頭,教辦、中學…密切配合,3至4月在全鄉"
           "開展…」, 一、目標和要求 with 1、–3、 (1、 of scope splits 「由學校負責」「以A為主,B配合」「以A負責」; 2、 of items ⑴–⑷ in one "
           "paragraph), 二、組織領導 — CUT in 二",
     leaf_tasks=6, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["二、組織領導"],
     samples=[
        S(["一", "1"], [], ["學校", "鄉綜治辦", "治安派出所", "土地文化部門", "土地辦", "衛生院", "工商等部門"], skip_deadline=True,
          note=R2 + " with several clauses (round 34: scope splits 「實行X的由A負責，未實行X的由B負責」 divide the item's own work, "
                    "all are doers): 「校內整治由學校負責」 (由A負責), 「以鄉綜治辦、治安派出所為主,土地文化部門配合」 (「以A為主」 read as "
                    "round 38's 「以A为主体」, a designation — RULING?; 配合 after a doer, round 34), 「以土地辦負責」 (A負責), "
                    "「以衛生院為主,工商等部門配合」 (「工商等部門」 one name as printed, round 31); printed order; lead [] (no 牽頭 in "
                    "the item); 「各部門要根據分工…排查清楚」 排查 is no rule-2 verb, 「各負其職」 adds no unit (round 38); the "
                    "preamble's 「由鄉綜治辦牽頭…」 is the plan's, not a section lead-in (rule 4 not applied, see 一/2); "
                    "deadline: the campaign 「3至4月」 has no year — " + MASKED),
        S(["一", "2", "⑴"], [], [], skip_deadline=True, not_targets=[(200, "米")],
          **at(X01, "⑴、"),
          note="round 34: items numbered inside one paragraph (⑴、–⑷、 in order) are items: 一/2 has four leaves; no unit in "
               "the item: lead [], responsible [] — RULING? the preamble 「由鄉綜治辦牽頭,教辦、中學、派出所、文廣站、共青團、各村"
               "小學密切配合」 opens the plan, not a section (rule 4 speaks of a section's opening paragraph), so it is not "
               "given to items that name none; 「校園周邊200米以內的電子游戲室…」 picks the class of places the work covers "
               "(rounds 34, 38: 「胸径在二十五厘米以上的树木」): not a target; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 一/1, 一/2/⑴–⑷ (round 34: numbers running in order inside one paragraph), 一/3; 3 accepted (⑴–⑷ read "
            "as the text of 一/2); 一、目標和要求 holds the work (round 38: work items under a 总体要求-like heading are tasks); "
            "二、組織領導 CUT with no unit: a section",
            "一/3 「宣傳、教育、司法等職能部門要充分利用…宣傳」: 利用／宣傳 are no rule-2 verbs (no sample written)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x163_02_qingjiang-zhen-chunjie-keji-wenhua-weisheng-xiaxiang-huodong-fangan.txt"
plan(X02,
     title_note=NO_TITLE + " (「鄉鎮文化活動方案(精選5篇)」 / 「篇1」; the plan names its event in 一、活動主題)",
     doc_no="", issuer="清江鎮 (「XX縣」; not further named)", date="20xx (masked: 「20xx年1月19日」)",
     level="township (清江鎮)",
     source=page_source("https://rwfww.com/fangan/hd/n903xl.html"),
     style="a 范文 site's page in traditional characters: collection heading, 一、活動主題, 二、成立…領導小組 (empty member lines, an "
           "office run by persons), 三、活動時間, 四、活動地點, 五、活動內容 with field blocks (一)文藝匯演 (時間/地點/節目: 1、2、) and "
           "(二)科技宣傳 (時間/地點/參加部門/宣傳內容: 1、–5、 「X負責…宣傳」), 六、分工及職責 (一)(二) persons, (三)/1、 with 「責任人:」 "
           "「責任部門:」 — CUT in (三)/1",
     leaf_tasks=9, count_alternatives=[7, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、成立清江鎮20xx年春節文化活動領導小組", "三、活動時間", "四、活動地點"],
     samples=[
        S(["五", "(二)", "1"], [], ["鎮衛生院"], lead_alternatives=[["鎮衛生院"]], skip_deadline=True,
          note=R2 + ": 「鎮衛生院負責衛生保健常識宣傳」 — A負責; " + ONE + "; the event's day 「20xx年1月19日」: " + MASKED),
        S(["五", "(二)", "3"], [], ["推進辦"], lead_alternatives=[["推進辦"]], skip_deadline=True,
          note=R2 + ": 「推進辦(農技站、農機站、畜牧站、食用菌協會) 負責…」 — round 37: a bracket that lists the bodies a kind "
                    "stands for is dropped: 推進辦; " + ONE + "; " + MASKED),
        S(["五", "(二)", "4"], [], ["羣衆工作辦(安全)"], lead_alternatives=[["羣衆工作辦(安全)"]], skip_deadline=True,
          note=R2 + ": 「羣衆工作辦(安全) 負責安全知識…宣傳」 — a bracket of one role stays with the name (rounds 34, 37); "
                    + ONE + "; " + MASKED),
        S(["五", "(二)", "5"], [], ["事業管理服務中心"], lead_alternatives=[["事業管理服務中心"]], skip_deadline=True,
          note=R2 + ": 「事業管理服務中心負責…宣傳」; " + ONE + "; " + MASKED),
        S(["六", "(一)"], [], [], skip_deadline=True,
          note="「領導小組組長負責整個活動期間全面工作」 — the group's 組長 is a person: " + PERSON + "; lead [], responsible []; "
               "a numbered leaf under 分工及職責 (counts without 六/(一)(二) accepted); " + MASKED),
        S(["六", "(三)", "1"], [], ["黨政辦"], lead_alternatives=[["黨政辦"]], skip_deadline=True,
          note=CUT + "; " + R1 + ": the field 「責任部門:黨政辦」 is the item's units label (round 35: a field block's 承办单位／"
                     "责任单位 line); 「責任人:萬金瑜」「負責人:李自國 文 運」 are persons; " + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves: 五/(一) (a field block: 時間/地點/節目, round 35; its 節目 1、2、 a list that gives no work), 五/(二)/1–5 "
            "(the numbered 宣傳內容 lines each give work to a body: items, not fields), 六/(一), 六/(二), 六/(三)/1 (CUT); 10 "
            "accepted (節目 1、2、 as items instead of 五/(一)), 7 accepted (六/(一)(二), persons only, read as no tasks)",
            "一–四 are childless sections (a theme, a group of persons, a day, a place); 「市紅宇藝術團12個節目」「政府5個節目」 "
            "are a programme, not targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x163_03_xiangzhen-chunjie-wenhua-jianshe-shishi-fangan.txt"
plan(X03,
     title_note=NO_TITLE + " (the page title 「鄉(xiāng)鎮(zhèn)文化建設(shè)實(shí)施方案」 heads a collection of ten)",
     doc_no="", issuer="a 鄉 (not named; 「鄉廣播文化站」「各村(街)民委」)", date="not shown (the page is dated 2022-08-10; the "
     "plan's 春節 has no year)", level="township (a 鄉)",
     source=page_source("http://msguai.com/fanwenku/262304.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin 「鄉(xiāng)」, a spam line first: "
           "collection heading, 篇1 with headed points 一、文化活動內容主題, 二、活動內容形式 (「各村(街)組織開展…」), 三、責任單位 "
           "(three unit paragraphs), an unnumbered 經費來源 — CUT there",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、文化活動(dòng)內(nèi)容主題"],
     samples=[
        S(["二"], [], ["各村(街)", "村(街)"],
          note="round 34: a childless headed point that gives work is a task; " + R2 + ": 「已建有籃球場(chǎng)地的各村(街)組織開展"
               "形式多樣的體育賽事」 (組織開展: a doer; the 的-rule gives the name after the last 的, round 34) and 「已建立文藝隊(duì)的"
               "村(街)要組織好文藝演出」 (組織＋work, round 34) — names as printed (the pinyin is the site's, round 39); 「xx街紅邊藝術"
               "團(tuán)要做好…準備」 做好 is no rule-2 verb; lead [] (no 牽頭); " + NODATE + " (「春節」 only in 經費來源)"),
        S(["三"], [], ["各村(街)民委", "xx街民委", "鄉(xiāng)廣播文化站"],
          note="round 38: a point headed 「責任單位」 is a unit heading; round 32: a childless section of unit paragraphs is one "
               "task, its units every paragraph's body in printed order (round 34: a 职责分工 heading makes the subject of any "
               "verb of doing — 做好 here — a unit): 各村(街)民委, xx街民委, 鄉(xiāng)廣播文化站 — RULING? 「xx街民委」 keeps its "
               "masked place (round 37's 「由xx负责」 is a name masked whole; here only the street is masked); lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 and 三 (headed points giving work, round 34); 一 is a theme (a section); the unnumbered 經費來源 "
            "(CUT) names payers 「以各村(街)自籌」 (round 30: a cost names a payer), no task"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x163_04_xiang-kongchuo-baoxue-gongzuo-fangan-di2ye.txt"
plan(X04,
     title_note="title not checked: PAGE 2 of the plan (it opens at 四、时间安排)",
     doc_no="", issuer="a 乡 in 贵州 (not named; 「乡人民政府」「县教育局」「教育管理中心」)", date="not shown (「20x」 cut)",
     level="township (a 乡, Guizhou)",
     source=page_source("http://mip.010zaixian.com/gongwen/huiyifangan/4299378_2.htm"),
     style="page 2 of a 公文 site's copy: 四、时间安排 (three 时段 paragraphs, recurring each semester), 五、责任分解 with a unit "
           "heading 「教育管理中心:」 over 1、2、 and two unit-colon paragraphs 「各村、“两基”工作组:」「各学校:」, 六、扎实抓好今冬明春"
           "控辍保学工作。 (「各学校要…工作分三个阶段组织开展」) — CUT at 「第一阶段:20x」",
     leaf_tasks=5, count_alternatives=[3, 4], attachment_task_rows=0, childless_top_level_sections=["四、时间安排"],
     samples=[
        S(["五", "1"], ["教育管理中心"], ["教育管理中心", "乡人民政府"],
          note=R1 + ": the unit heading 「教育管理中心:」 over 1、2、 (round 32: a heading's body is the unit of the items under "
                    "it); " + LABEL38 + ": 「配合乡人民政府抓好宣传」「配合乡人民政府做好劝返复学…」 make 乡人民政府 responsible with it "
                    "— RULING? a reader of rule 1 alone answers responsible 教育管理中心 only; 「向乡人民政府和县教育局汇报」 names "
                    "receivers (rule 3) and is a duty; " + NODATE),
        S(["五", "2"], ["教育管理中心"], ["教育管理中心"],
          note=R1 + ": the heading 「教育管理中心:」 (as 五/1); 「县人民政府制定的…“十项制度”」 names a body inside a noun's "
                    "description (round 30), no unit; " + NODATE),
        S(["五", "各村、“两基”工作组"], ["各村", "“两基”工作组"], ["各村", "“两基”工作组", "乡镇人民政府"],
          **para(X04, "各村、“两基”工作组"),
          note=R1 + ": a unit-colon paragraph 「各村、“两基”工作组:…」 (round 37: the label's names; 各 not shared, round 34: "
                    "各村, “两基”工作组) — " + LABEL38 + ": 「配合乡镇人民政府做好…」 adds 乡镇人民政府; a task of its own, not "
                    "五/2's body (count 3 accepted, round 32's trailing paragraph); the path is the label's first words; " + NODATE),
        S(["五", "各学校"], ["各学校"], ["各学校"],
          **para(X04, "各学校:"),
          note=R1 + ": the unit-colon paragraph 「各学校:」; its 「配合做好…工作」 names no partner and 「向乡镇人民政府、教育管理中心、"
                    "村委会报告」 names receivers (rule 3): responsible 各学校; lead 各学校 by round 38's label; " + NODATE),
        S(["六"], [], ["各学校"], lead_alternatives=[["各学校"]],
          note=CUT + "; round 36: a childless top-level point (on this page) that gives work to a rule-2 doer is a task: "
                     "「各学校要…扎实抓好…工作…。工作分三个阶段组织开展」 — 组织开展 with the elided subject 各学校 in one paragraph "
                     "(round 34) — responsible 各学校, " + ONE + "; 「今冬明春」 has no year and the stage line 「第一阶段:20x」 is "
                     "cut: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及时掌握全乡学生流失情况,及时向乡人民政府和县教育局汇报", "when": None, "when_norm": None}],
     notes=["5 leaves: 五/1, 五/2, 五/各村、“两基”工作组, 五/各学校, 六; 3 accepted (the two unit-colon paragraphs read as 五/2's "
            "body), 4 accepted (六 read as a section whose stages are cut)",
            "四、时间安排's three 时段 are recurring (「1月和7月的20日-31日」, each semester) with no year: no phases written and no "
            "deadline (round 34: recurring dates are a rhythm); 「九年义务教育」 a name, not a target",
            "duty: 五/1's report to 乡人民政府 and 县教育局 (round 35: a plan unit's sending to another body), undated"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x163_05_yutai-xian-2021-jizhong-gongre-baogong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (「冬季供暖保障措施方案範文(通用5篇)」, 「冬季供暖保障措施方案1」)",
     doc_no="", issuer="魚臺縣 (Shandong, 濟寧; 「縣住建局」)", date="2021 (the 2021-2022 heating season)",
     level="county (Shandong, 魚臺縣)",
     source=page_source("https://3du.tw/articles/MXBkeTV3.htm"),
     style="a 范文 site's page in traditional characters: collection heading, a preamble naming 魚臺縣2021-2022年採暖期集中供熱保供, "
           "一、總體任務目標 (prose; 「將供熱溫度由往年的18℃提升至20℃」), 二、時間安排 「即日起至供暖期(2022年3月15日)結束」, 三、責任分工 "
           "1、縣住建局: (a unit-colon item of many clauses) — CUT in 1、",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、總體任務目標", "二、時間安排"],
     samples=[
        S(["三", "1"], ["縣住建局"], ["縣住建局", "有關部門"], dl="即日起至供暖期(2022年3月15日)結束", dln="2022-03",
          note=CUT + "; " + R1 + ": the unit-colon item 「1、縣住建局:」 under 三、責任分工 — " + LABEL38 + "; 「聯合有關部門持續開展"
                     "督導檢查」 reads as 会同 (round 34: 「A联合B＋verb」; round 39 keeps this open where older answers read A alone — "
                     "RULING?) and 有關部門 is a kind (round 33): responsible with it; 「督促、指導供熱企業、熱源企業…」 — the objects of "
                     "督促 under a unit heading are not units (round 39); 「向縣委、縣政府…報告」「向縣政府提出建議」 name receivers; "
                     + SPAN + " — 「即日起至供暖期(2022年3月15日)結束」 → 2022-03; 「12345」「7900000」 are hotline numbers (names with "
                     "digits), not targets"),
     ],
     plan_targets=[{"number": 20, "unit": "℃"}], phases=[], duties=[],
     notes=["1 leaf on the page: 三/1 (CUT); 一 and 二 are childless sections (aims, a span)",
            "plan target: 「將供熱溫度由往年的18℃提升至20℃」 in the aims (20℃; 18℃ is the past figure, not a target)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x163_06_xian-2015-yuandan-chunjie-wenhua-huimin-huodong-fangan.txt"
plan(X06,
     title="元旦春节期间开展文化惠民活动方案",
     title_note="line 1 (and line 5), as printed",
     doc_no="", issuer="a county's 文化 bureau (「县局」「文艺股」「县文化馆」; not named)", date="2014-12 (the span 「2014年12月29日至"
     "2015年3月6日」)", level="county (a county 文化 bureau, not named)",
     source=page_source("http://www.gwyoo.com/Article/xzgaoshou/dwhdfa/201502/590616.html"),
     style="a 公文 site's page: title, the site's time line, title again, preamble, 一、活动主题, 二、活动时间 (a span), 三、活动内容 "
           "(一)–(四) with (二) 1、2、, 四、活动要求 (一)(二) with run-in headings — CUT in 四/(二)",
     leaf_tasks=7, count_alternatives=[5, 6], attachment_task_rows=0, childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], dl="2014年12月29日至2015年3月6日", dln="2015-03",
          note=R2 + ": 「县图书馆、县文化馆和各乡镇文广站…等公益性文化单位要发挥骨干作用,…加大…开放力度」 — 发挥／加大 are no "
                    "rule-2 verbs (round 30: a closed list): lead [], responsible []; " + SPAN + " — 2015-03"),
        S(["三", "(二)", "2"], [], ["各乡镇文广站"], lead_alternatives=[["各乡镇文广站"]], targets=[(1, "场")],
          dl="在元旦春节期间", dln="2015-02",
          note="aligned round 44 (Round 46 ruling): a festival's period in an item's own text dates the item by the festival's month; inside a campaign span ending in the next year it is the festival inside the span, the item's own festival wins over the span's end (round 37), and 「元旦春节期间」 (two days) takes the later (round 34) (CONVENTIONS.md Round 46 rulings, decided, p44e): 「在元旦春节期间至少开展一场群众文化活动」 — 春节 in the span 2014-12-29 – 2015-03-06 is 2015-02-19: 2015-02; formerly the span's end 2015-03; " + R2 + ": 「各乡镇文广站组织本地文艺队伍和民间艺人,进一步打造…」 — 「A组织B＋verb」: A the doer, B not (round 30); "
                    + ONE + "; 「至少开展一场」 — 至少 (round 30's line): 1 场; deadline 「在元旦春节期间」 2015-02 (above)"),
        S(["三", "(三)"], [], ["县文化馆"], lead_alternatives=[["县文化馆"]], dl="在春节前", dln="2015-02",
          note=R2 + ": 「县文化馆组织书画协会人员…书写春联」 — 组织＋pivot: 县文化馆 (round 30); " + ONE + "; 「在春节前」 — the "
                    "item's own date wins over the span (round 37); 春节 of the span's year is 2015-02-19: 2015-02 — RULING? a "
                    "reader of round 34's 「考试前」 (a time from an event) answers no deadline"),
        S(["三", "(二)", "1"], [], [], dl="在元旦春节期间", dln="2015-02",
          note="aligned round 44 (Round 46 ruling): a festival's period in an item's own text dates the item by the festival's month; inside a campaign span ending in the next year it is the festival inside the span, the item's own festival wins over the span's end (round 37), and 「元旦春节期间」 (two days) takes the later (round 34) (CONVENTIONS.md Round 46 rulings, decided, p44e): 「在元旦春节期间广泛开展…送文艺下乡活动」, the same words as 2 (the ruling names 2; its rule reads 1 alike) — 2015-02; formerly the span's end 2015-03; " + R2 + ": 「县文化馆精选…,…广泛开展…送文艺下乡活动…,相关乡镇文广站搞好协助工作」 — 精选, 开展 without 组织 are no "
                    "rule-2 verbs, and 协助 needs a doer (round 34: 配合 needs a doer): lead [], responsible []; deadline 「在元旦春节期间」 2015-02 (above)"),
        S(["四", "(二)"], [], ["文艺股", "文化馆"], dl="2014年12月29日至2015年3月6日", dln="2015-03",
          note=CUT + "; round 39: a 工作要求 section whose items give work holds tasks; " + R2 + ": 「文艺股负责统筹协调工作;文化馆负责"
                     "县局安排文…」 — two A负责 clauses: 文艺股, 文化馆; lead []; 「县局」 is the body whose plan is named (no work); "
                     + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 三/(一), 三/(二)/1, 三/(二)/2, 三/(三), 三/(四), 四/(一), 四/(二) (CUT); 5 accepted (四、活动要求 read as "
            "requirements, round 27), 6 accepted (四/(一), whose 「各相关单位要…」 is a general call, read as no task)",
            "三/(四) 「县电影公司组织好片源,…放映公益电影」: 组织 with a noun object (片源) — no sample written (round 34 asks for a "
            "verb or a verb-noun after 组织)",
            "dates: the activity span ends 2015-03-06: the deadline of items with no date of their own (round 36)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x163_07_qu-caishichang-yiqing-fangkong-ji-baogong-fangan.txt"
plan(X07,
     title_note=NO_TITLE + " (「最新材料保供方案(7篇)」, 「材料保供方案篇一」)",
     doc_no="", issuer="a 區 (not named; 「區商務局」「區市場監管局」「區衛健委」)", date="2020 (新型肺炎 epidemic; not printed)",
     level="district (a 區)",
     source=page_source("http://m.xunshida.cn/zuowen/2593381.html"),
     style="a 范文 site's page in traditional characters, a spam line first: breadcrumb, collection heading, upload and time "
           "lines, a site preface, 篇一 with an aim and a scope paragraph (their headings lost), unit-colon items 1.區商務局: "
           "2.區市場監管局: 3.區衛健委:, then (一)疫情防控措施 1、–3、 — CUT in (一)/3",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["區商務局"], ["區商務局"],
          note=R1 + ": the unit-colon item 「1.區商務局:牽頭全區菜市場疫情防控及保供工作」 — the label and its 牽頭: lead and "
                    "responsible 區商務局; " + NODATE),
        S(["2"], [], ["區市場監管局"], lead_alternatives=[["區市場監管局"]],
          note=R1 + ": 「2.區市場監管局:維護…依法打擊…」 — the label's name; " + ONE + " (round 38 reads such a label as the lead: "
                    "accepted); " + NODATE),
        S(["3"], [], ["區衛健委"], lead_alternatives=[["區衛健委"]],
          note=R1 + ": 「3.區衛健委:指導各超市做好…」 — the label's name; the object of 指導 (without 负责) is no unit (round 30); "
                    + ONE + "; " + NODATE),
        S(["(一)", "1"], [], [], targets=[(1, "人/平米")],
          note="no label and no doer in 「縮短營業時間,嚴格控制進出人流數量,不得超過1人/平米」: lead [], responsible [] (the unit-colon "
               "items 1.–3. above are items of their own, not a heading of (一)); 「不得超過1人/平米」 — 不超过 (round 30's line), a "
               "ceiling of a standard: 1 人/平米; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 1., 2., 3. (unit-colon items) and (一)/1、–3、 ((一)/3 CUT); the aim and scope paragraphs (their headings "
            "lost to the page) give no work to a unit"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x163_08_shi-201x-wenhua-fupin-wenyi-xunyan-shishi-fangan.txt"
plan(X08,
     title_note="title not checked: the page starts at the plan's preamble (no title printed)",
     doc_no="", issuer="xx市文化体育广电新闻出版局 (「我局」; masked city)", date="201x-04-08 (masked year)",
     level="city (a 市, masked)",
     source=page_source("http://m.7rdy.cn/news/141500.html"),
     style="a whole page: preamble, 一、时间、地点 (two stages with masked-year spans), 二、活动主题, 三、主办、承办单位 (labels), "
           "三、工作职责 (the number printed twice) (一)市级各部门工作职责 1.–3. 「A负责…」, (二)镇乡工作职责 1.–3., (三)组织保障 "
           "(a paragraph), two 附件 lines, the date, the site's 下一篇 link",
     leaf_tasks=7, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、时间、地点", "二、活动主题", "三、主办、承办单位"],
     samples=[
        S(["三", "(一)", "1"], [], ["市委宣传部"], lead_alternatives=[["市委宣传部"]], skip_deadline=True,
          note=R2 + ": 「市委宣传部负责活动的总协调」; " + ONE + "; the stages' spans 「201x年5月15日-5月25日」「201x年9月17日-"
                    "9月25日」: " + MASKED),
        S(["三", "(一)", "2"], [], ["市文广新局"], lead_alternatives=[["市文广新局"]], skip_deadline=True,
          note=R2 + ": 「市文广新局负责组织、实施」; " + ONE + "; " + MASKED),
        S(["三", "(一)", "3"], [], ["市文化馆"], lead_alternatives=[["市文化馆"]], skip_deadline=True,
          note=R2 + ": 「市文化馆负责节目的组织实施」; " + ONE + "; " + MASKED),
        S(["三", "(二)", "1"], [], ["镇乡"], lead_alternatives=[["镇乡"]], skip_deadline=True,
          note=R1 + ": 「(二)镇乡工作职责」 is a unit heading for the items under it (round 38: a heading that names a party 「建设"
                    "单位责任」) — 镇乡 as printed; " + ONE + "; " + MASKED),
        S(["三", "(二)", "3"], [], ["镇乡"], lead_alternatives=[["镇乡"]], skip_deadline=True,
          note=R1 + ": the heading 「(二)镇乡工作职责」 (as (二)/1); 「组织好观众」 adds no other body; " + ONE + "; " + MASKED),
        S(["三", "(三)"], [], ["各主办、承办单位"], lead_alternatives=[["各主办、承办单位"]], skip_deadline=True,
          note="under 三、工作职责 (round 38: 「工作职责」 gives out work; round 34: under such a heading the subject of any verb of "
               "doing — 做好 — is a unit): 「各主办、承办单位应做好…组织保障工作」 — a kind before 单位 (round 34), fields sharing one "
               "head kept as one name (round 31); " + ONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 三(工作职责)/(一)/1–3, (二)/1–3, (三); the first 三、主办、承办单位 is a childless section of labels; 一's "
            "two stages have masked years (no phases written: their months cannot be dated)",
            "「6个贫困镇乡」「6个贫困村」 name the places, not targets"])

write_collected(DIR)
