# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next227/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c227, round 46: eight page openings of plans from outside Shanghai, from the
search tool's pages corpus — a city 知识产权局's 2017 知识产权宣传周 活动方案 (a document site's chunk numbers, items run in on
one line, 「市知识产权局将与xx日报联合,于…」, CUT); a 湖南 city's 知识产权宣传周 活动方案 (the site's garbled year 「最新或2022(历届)」,
a field block 时间／地点／参加人员／内容／责任单位, CUT); 菏泽市's 2023 中国统计开放日 活动方案 (two stages, heading brackets
「(综合科、执法室牵头)」 over run-in paragraphs, CUT); 清远市统计局's 2019 统计开放日 工作方案 under its cover notice (a field section
and a 三、工作分工 of unit-colon paragraphs, CUT); 江西 水利厅's 201* 世界水日／中国水周 通知 (a masked year, brackets 「(A负责,B、C
配合)」, CUT); a 区水利局's 2019 世界水日／中国水周 方案 (traditional with inline pinyin, a unit heading 「(一)區(qū)水利局活動(dòng)」,
items 「1.3月22日上午」, CUT); 兰州市气象局's 20xx 世界气象日 方案 (a 组织领导 point, 四、任务分工 with 牵头单位／协办单位 lines, CUT);
a 某某市 海洋局's 2023 海洋日 方案 (chunk numbers, headings lost by the site, a bracket 「(海洋管理科负责,局办公室配合)」, CUT)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line, ``para`` for an unnumbered paragraph); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–47 are cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c227.

    python tests/data/plans-next227/make_expected.py tests/data/plans-next227
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


def para(file, start):
    """An unnumbered paragraph (a run-in item, a stage line): the line that starts with ``start`` (after its indent) and
    its first eight characters."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, s in enumerate(lines) if s.strip().startswith(start))
    return {"line": i + 1, "title_starts": lines[i].strip()[:8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = "the year is masked: the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x227_01_zhishichanquanju-2017-zhishichanquan-xuanchuanzhou-huodong-fangan.txt"
SPAN01 = ("round 36: the activity's span 「二、活动时间 2017年4月20日-26日」 is a stage span; its end dates items with no date of "
          "their own (2017-04-26)")
plan(X01,
     title="知识产权局2017年知识产权宣传周活动方案",
     title_note="printed twice, glued, after the site's chunk number 「1、」 and its own prefix 「2022年」 (line 2), and in the site's "
                "《….doc》 line (line 1); the prefix 「2022年」 is the site's (round 45: a site's headline year fills nothing)",
     doc_no="", issuer="a city's 知识产权局 (「在全市开展」, 「xx省」 masked; 市知识产权局)", date="not shown (the plan's year 2017)",
     level="city (a 市知识产权局, city not named)",
     source=page_source("https://m.taowenge.com/p-9971556.html"),
     style="a document site's preview: a 《….doc》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40) each a line of run-on "
           "text; title and preamble glued; 一、活动主题 (a field), 二、活动时间 「2017年4月20日-26日」 (the activity's span), 三、宣传重点 "
           "1、–4、 (publicity points each opening with 宣传), 四、活动安排 1、 「专题采访报道。市知识产权局将与xx日报联合,于4月20日-25日,"
           "连续5天,…分5个专题采访报道…」 2、 「组织开展广场宣传活动。4月26日,市知识产权局将联合市工商局」 — CUT (the last line is the "
           "chunk number 「3、」 alone)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "1"], [], [], dl="2017年4月20日-26日", dln="2017-04", **at(X01, "三、宣传重点 1、"),
          note="「宣传国务院关于…若干意见、xx省…实施方案等…重要决策部署」 — a publicity point that gives work by its verb 宣传 is an item "
               "(round 47: x218_06's four publicity 方面 that give work by a verb are items, and the count that reads them as fields is not "
               "accepted there; round 44's fields only say when, where, on whom; 重点 in the heading does not make them focus fields); no subject: " + NONE + "; " + SPAN01 + " (round 34: numbers inside one line run "
               "from 1: items)"),
        S(["三", "2"], [], [], dl="2017年4月20日-26日", dln="2017-04", **at(X01, " 2、"),
          note="「宣传我市在…方面的政策措施,报道…典型案例,提高全社会知识产[chunk 2、]权意识」 — the site's chunk number 「2、」 cuts a word "
               "(round 40: chrome, not an item): " + NONE + "; " + SPAN01),
        S(["三", "4"], [], [], dl="2017年4月20日-26日", dln="2017-04", **at(X01, " 4、"),
          note="「宣传专利法、xx省知识产权促进条例…等法律法规和政策性文件」: " + NONE + "; " + SPAN01),
        S(["四", "1"], [], [], targets=[(5, "个")], dl="于4月20日-25日", dln="2017-04",
          not_targets=[(5, "天")], responsible_alternatives=[["市知识产权局", "xx日报"]],
          lead_alternatives=[["市知识产权局"]], **at(X01, "四、活动安排 1、"),
          note="「专题采访报道。市知识产权局将与xx日报联合,于4月20日-25日,连续5天,在xx日报头版开辟专栏,分5个专题采访报道…」 — 联合 "
               "with no object after 「A与B」 is an adverb and the verb decides (round 43: 「A、B联合印发」); 开辟／采访报道 are no rule-2 "
               "verbs (round 30): " + NONE + "; the reading of 「A与B联合＋verb」 as 「A联合B」 = 会同 (round 34) is accepted (lead "
               "市知识产权局, responsible 市知识产权局, xx日报 — a masked name kept as printed, round 44) — RULING? 1; 「分5个专题」 is a count "
               "of the work done (round 44: 「改造100户」 stays a target); 「连续5天」 restates the dates, a span with no comparison word, "
               "no target (round 40: 「一般为3-5年」, a term with no comparison word, is no target; round 33: a time is a target only with one); the item's own dates 「于4月20日-25日」 (2017 from "
               "the title and 二)"),
        S(["四", "2"], [], [], dl="4月26日", dln="2017-04", **at(X01, " 2、", 2),
          note="a run-in heading 「组织开展广场宣传活动。」 with no subject gives no doer (round 41: a body named after it in the text is "
               "not its subject); 「4月26日,市知识产权局将联合市工商局[cut]」 — partners before a verb the page cuts name nothing "
               "(rounds 43, 44), and the subject's own verb is lost with it (round 43 turned: the cut clause names nothing): " + NONE
               + "; the item's own day 4月26日 (2017); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/1–4 (publicity points that give work by a verb, round 47 on x218_06) and 四/1–2 (四/2 CUT); 一、活动主题 and "
            "二、活动时间 are fields (round 42 continued: a section that only gives the time or theme); no other count is accepted (round 47 "
            "on x218_06: publicity points that give work by a verb are items, their fields reading not accepted)",
            "the chunk numbers 「1、」「2、」「3、」 open lines 2–4 and are the site's (round 40: chrome, not items); 「2、权意识。」 continues a "
            "word cut by the chunk; the last line 「3、」 is a chunk number alone, not 四/3",
            "the item numbers 1、–4、 and 1、–2、 stand inside the run-on lines (round 34: numbers in order inside one paragraph are "
            "items); paths are written as printed"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x227_02_chengshi-zhishichanquan-xuanchuanzhou-huodong-fangan.txt"
GARBLED = ("the year is the site's garbled 「最新或2022(历届)年」 (the site replaced the plan's year; 「十八届三中全会和群众路线教育"
           "实践活动」 points to 2014, but no year is printed): unreadable, the deadline is not checked (round 46: x177_02; round 45: a "
           "site's year fills nothing)")
plan(X02,
     title_note=NO_TITLE + "line 1 「最新或2022(历届)城市知识产权宣传周活动方案」 is the site's headline with the site's garbled year in it "
                "(round 45: a year in a site's headline is the site's); the plan's own title is not printed",
     doc_no="", issuer="a 湖南 city (「我市」, 《湖南省专利条例》; 市科技局, 市知识产权协调领导小组)", date="not shown (the site's 「11-14」)",
     level="city (a 湖南 市, not named)",
     source=page_source("https://m.23xiu.com/huodongfangan/374570.html"),
     style="a 范文 site's page: headline with the site's garbled year, 「时间:11-14编辑:佚名」, the site's banner; 一、指导思想 (a section), "
           "二、活动时间 「最新或2022(历届)年4月21日—28日」, 三、活动主题 (a field), 四、宣传内容 (一)–(四) (publicity points with verbs: "
           "宣传, 组织…开展, 组织…报道), 五、主要活动安排 (一) a field block 时间:4月25日／地点／参加人员／内容／责任单位:市科技局、 — CUT",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、活动主题"],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True,
          note="「大力宣传贯彻《中华人民共和国专利法》…《湖南省专利条例》」 — a publicity point that gives work by its verb (round 47 on "
               "x218_06: items; the fields reading is not accepted there, so not here): " + NONE + "; " + GARBLED),
        S(["四", "(三)"], [], [], skip_deadline=True,
          note="「围绕…主题,组织全市各级各部门开展系列宣传活动」 — 组织 with no subject; 全市各级各部门, the object of the pivot 组织, is no "
               "unit (round 30; 全市 a scope, round 43): " + NONE + "; " + GARBLED),
        S(["五", "(一)"], [], ["市科技局"], lead_alternatives=[["市科技局"]],
          skip_deadline=True,
          note="round 35 (field blocks): 时间／地点／参加人员／内容／责任单位 are the fields of one item, the item is one task and its "
               "「责任单位:」 line its units label (" + R1 + "); the label is cut after 「市科技局、」 — the whole name before the cut is kept "
               "(round 45: a label cut after its names gives them; round 36: only a torn name is dropped); " + ONE + "; 参加人员 are "
               "persons and members of a group, no units (round 43: a 参加人员 field names persons); the day 「时间:4月25日」 has no "
               "readable year: " + GARBLED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/(一)–(四) and 五/(一) (CUT in its 责任单位 line); 一、指导思想 a section, 二、活动时间 and 三、活动主题 fields "
            "(round 42 continued); no other count accepted (round 47 on x218_06)",
            "the lines are indented with two full-width-looking spaces 「  」 as printed; 「XX 综合职业中专学校」 is masked as printed"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x227_03_heze-2023-tongji-kaifangri-huodong-fangan.txt"
STAGE1 = ("the item stands under 「第一阶段 活动宣传」, the stage 二 dates 「2023年9月份」: round 35, a stage's span gives its items "
          "their deadline (2023-09); the preamble's 「拟定于2023年9月份开展」 is the same month (round 45: a span a preamble sets for the work)")
plan(X03,
     title="菏泽市第十四届“中国统计开放日”活动方案",
     title_note="line 13, under the site's menu and breadcrumbs (lines 1–11, chrome) and above the site's 「信息发布时间」 line",
     doc_no="", issuer="菏泽市统计局 (Shandong)", date="the site's 2023-9-15 (the plan's year 2023 is printed in its text)",
     level="city (菏泽市统计局)",
     source=page_source("http://tjj.shandong.gov.cn/art/2023/9/15/art_333394_10308545.html"),
     style="a provincial bureau's site: menu and breadcrumbs, the title, 「信息发布时间」, a preamble; 一、活动主题 (a field), 二、活动安排 "
           "「拟分两个阶段:」 then two unnumbered stage lines with a date and work 「第一阶段,2023年9月份,进行系列宣传活动;」 「第二阶段:2023年"
           "9月20日,在…举办…启动仪式。」, 三、活动内容 under the stage heading 「第一阶段 活动宣传」: (一)媒体宣传(综合科、执法室牵头) over two "
           "run-in paragraphs 「制作新媒体宣传产品。…」「开设五经普专栏。…」, (二)开发宣传产品(人普办、执法室牵头) 「制作第五次…宣传展」 — CUT",
     leaf_tasks=5, count_alternatives=[2, 3, 4], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "第二阶段"], [], [], dl="2023年9月20日", dln="2023-09", **para(X03, "第二阶段"),
          note="round 33: a stage written as a name and a time with its work after it 「第二阶段:2023年9月20日,在菏泽牡丹广场举办…启动仪式」 "
               "is a phase and a task (under a lead-in that counts stages, 「拟分两个阶段:」; the lead-in is no phase); unnumbered stage "
               "lines, so the path names the stage as printed (round 38: paths by first words); no subject: " + NONE + "; its own "
               "day 2023年9月20日; counts that read 二's stages as phases only (3) or 二 as one point (4) are accepted"),
        S(["三", "(一)", "制作新媒体宣传产品"], ["综合科", "执法室"], ["综合科", "执法室"], dl="第一阶段(2023年9月份)", dln="2023-09",
          **para(X03, "制作新媒体宣传产品"),
          note=R1 + ": the heading's bracket 「(综合科、执法室牵头)」 is a 牵头 label its run-in paragraphs inherit (round 40: a 牵头 label on "
               "a heading is inherited): both 牵头, so both are the lead (round 36: bodies that 牵头 are each the lead) and responsible; "
               "round 35: run-in headings 「制作新媒体宣传产品。…」「开设五经普专栏。…」 opening every paragraph of a numbered item are its "
               "items (tasks; the count that reads (一) as one task is accepted); " + STAGE1),
        S(["三", "(一)", "开设五经普专栏"], ["综合科", "执法室"], ["综合科", "执法室"], dl="第一阶段(2023年9月份)", dln="2023-09",
          **para(X03, "开设五经普专栏"),
          note=R1 + " (the heading's 牵头 bracket, inherited); 「在菏泽市统计局官方网站加载」 names a site, not a doer; " + STAGE1),
        S(["三", "(二)"], ["人普办", "执法室"], ["人普办", "执法室"], dl="第一阶段(2023年9月份)", dln="2023-09",
          note=R1 + ": 「(二)开发宣传产品(人普办、执法室牵头)」 — the bracket label (both 牵头: lead and responsible); its one paragraph "
               "「制作第五次全国经济普查宣传展板和统计工作宣传展[cut]」 is its body; " + STAGE1 + "; " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2023-09", "end": "2023-09",
              "note": "「第一阶段,2023年9月份,进行系列宣传活动;」 (round 32/33: a stage under 「拟分两个阶段:」)"},
             {"name": "第二阶段", "start": "2023-09", "end": "2023-09",
              "note": "「第二阶段:2023年9月20日,…举办…启动仪式。」 — one day"}],
     duties=[],
     notes=["5 leaves: 二's two stage lines (phases with work written in them: tasks too, round 33), 三/(一)'s two run-in paragraphs "
            "(round 35) and 三/(二) (CUT). 一、活动主题 is a field. Accepted: 4 (二 one point, or (一) one task), 3 (二's stage lines "
            "phases only, or both folds), 2 (both folds and 二 no task)",
            "「第一阶段 活动宣传」 (line 32) is the stage's heading over 三's items, not an item and not a second phase (it names 二's "
            "第一阶段); the path leaves it out",
            "lines 1–12 are the site's menu and breadcrumbs (「首页」「各地方案」「>> 中国统计开放日2023 >>」), line 14 the site's date"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x227_04_qingyuan-2019-tongji-kaifangri-huodong-gongzuo-fangan.txt"
plan(X04,
     title="第十届“中国统计开放日之清远”活动工作方案",
     title_note="line 5, the plan's own title after the cover notice (the cover names it in 《…》 and prints no title of its own on "
                "the page)",
     doc_no="", issuer="清远市统计局 (Guangdong; 粤统办函〔2019〕59号 is the provincial notice it follows)", date="2019年9月3日",
     level="city (清远市统计局)",
     source=page_source("http://www.gdqy.gov.cn/xxgk/zzjg/zfjg/qystjj/xxgk/zcwj/content/post_859273.html"),
     style="a city government's site: the cover notice (addressees, 「现把《…》印发给你们,请遵照执行」, issuer, date), the plan's title, "
           "a preamble 「市统计局决定联合阳山县统计局开展…活动」; 一、活动目的 (a section), 二、活动内容 (fields 活动主题／活动时间 「2019年9月17日…"
           "上午9点30分」／活动地点／活动方式 — the way the work is done), 三、工作分工 (unnumbered unit-colon paragraphs 「办公室:负责…」"
           "「综合核算科:制定…」「法规与教育科:准备…」「局领导[cut]」) — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、活动目的"],
     samples=[
        S(["二"], [], [], dl="活动时间:2019年9月17日", dln="2019-09",
          note="round 44: 活动内容 sub-items that are fields (时间, 地点, 方式) make one task (the event; 「活动方式:…拉起宣传横幅,派发宣传资料,"
               "并对…进行宣传,解答…疑问」 gives the work, with no subject); the count 1 reading 二 as a field section (round 42 continued) "
               "is accepted; " + NONE + " (the preamble's 「市统计局决定联合阳山县统计局开展」 gives units to no item, round 40); the single "
               "day under 活动时间 is the activity's span (round 42 continued): 2019-09-17; 「9点30分」 is a clock time, no target"),
        S(["三"], [], ["办公室", "综合核算科", "法规与教育科"],
          note="round 32: a childless section of unit paragraphs 「办公室:负责…」「综合核算科:制定…」「法规与教育科:准备…」 is one task, its "
               "units all the paragraphs' bodies in printed order; 工作分工 is a heading that gives out work (round 35), so every body "
               "given work is a unit whatever its verb (round 34); 「与阳山县统计局对接」 is a liaison, no unit (round 38), 「向省局申请」 an "
               "application to a receiver (rule 3); 「局领导」 (cut before its text) are persons, never a unit (round 30); lead [] (no 牵头); "
               "no date of its own: the activity's single day under 活动时间 is the span for items with no date of their own (round 42 "
               "continued): 2019-09-17, checked by its month; " + CUT,
          dl="活动时间:2019年9月17日", dln="2019-09"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二 (the event's field block, round 44) and 三 (a childless section of unit paragraphs, round 32; CUT at 「局领导」); "
            "一、活动目的 a section; accepted: 1 (二 read as a section of fields, round 42 continued)",
            "the cover's 「请遵照执行」 is no task (CONVENTIONS: cover instructions); its addressees 各县(市、区)统计局 receive the plan"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x227_05_jiangxi-shuiliting-201x-shijie-shuiri-zhongguo-shuizhou-huodong-tongzhi.txt"
plan(X05,
     title_note=NO_TITLE + "the notice's own title is not printed: lines 3 and 9 are the site's 「201*世界水日中国水周活动通知」 (a masked "
                "year; 【1】 numbers the site's pieces)",
     doc_no="", issuer="江西 水利厅 (「厅机关各处室、厅直各单位」, 《江西日报》, 河长办)", date="not shown (the site's 2019-05-05; the year is "
     "masked 201*)",
     level="province (江西省水利厅)",
     source=page_source("http://m.bsmz.net/gongwen/78930.html"),
     style="a 公文素材 site's page: headline, the site's date line, the site's intro, 「…通知【1】」, addressees, preamble with 「201*年3月22日…」; "
           "一、指导思想, 二、宣传主题 (sections), 三、活动安排 (一) 「在《江西日报》发表…署名文章。(河长办负责领导署名文章,厅办公室负责协调…)」 "
           "(二) 「…发送…宣传公益短信。(厅办公室负责,厅政法处、厅信息中心配合)」 (三) 「水光影“醉美」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、宣传主题"],
     samples=[
        S(["三", "(一)"], [], ["河长办", "厅办公室"], skip_deadline=True,
          note=R2 + ": the item's bracket 「(河长办负责领导署名文章,厅办公室负责协调省政府办公厅及《江西日报》,并提供相关图片)」 holds two 负责 "
               "clauses (several clauses: all their bodies, in order); 省政府办公厅, the object of 协调, is no unit (round 30: the pivot "
               "rule); lead [] (no 牵头); the item has no date and the year is masked 「201*」: " + MASKED),
        S(["三", "(二)"], [], ["厅办公室", "厅政法处", "厅信息中心"], lead_alternatives=[["厅办公室"]], skip_deadline=True,
          note=R2 + ": 「(厅办公室负责,厅政法处、厅信息中心配合)」 — round 30: 「A负责…，B配合」 gives B responsible after any doer; lead [] "
               "(A does not 牵头), A as the lead accepted (rule 2: A alone may be accepted); a bracket label (rule 1) reads the same; "
               + MASKED),
        S(["三", "(三)"], [], [], skip_deadline=True,
          note="「(三)水光影“醉美[cut]」 — the page ends after four characters: no clause, " + NONE + "; " + MASKED + "; " + CUT
               + " (the count 2 without it is accepted)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三) ((三) CUT after 「水光影“醉美」); 一、指导思想 and 二、宣传主题 are sections; accepted: 2 (without the cut "
            "(三))",
            "the year is masked 「201*」 everywhere (第二十五届 世界水日 would be 2017, but no year is printed; the site's 2019-05-05 is the "
            "site's): no deadline is checked in this file"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x227_06_qu-2019-shijie-shuiri-zhongguo-shuizhou-xuanchuan-huodong-fangan.txt"
U06 = "區(qū)水利局"
HEAD06 = (R1 + ": the heading 「(一)區(qū)水利局活動(dòng)」 names the body whose own activities its items are — a unit heading (rounds 37, 39: "
          "「(一)县教育局」「(一)县教体局。」; round 46: a party heading is a unit heading where its text is that party's own work); the "
          "name is kept as printed with the site's inline pinyin (round 39); " + ONE)
plan(X06,
     title="2019年“世界水日”“中國水周”宣傳活動(dòng)方案",
     title_note="line 1 after the site's tag 「[2019世界水日的主題]」 (chrome); traditional characters with the site's inline pinyin 「動(dòng)」 "
                "kept as printed (round 39)",
     doc_no="", issuer="a 区 水利局 (「我區(qū)」, 「區(qū)水利局」; 旌湖 and 人民渠二處 point to 德阳市旌阳区, not printed as the issuer)",
     date="not shown (the plan's year 2019)", level="district (a 区水利局)",
     source=page_source("http://lsjse.com/wenmi/172212.html"),
     style="a 文秘 site's page in traditional characters with inline pinyin 「活動(dòng)」: title, preamble 「2019年3月22日是…“世界水日”,3月22-28日"
           "是…“中國水周”」; 一、宣傳主題, 二、指導思想 (sections), 三、活動安排 (一)區水利局活動 1. 「3月22日上午,聯合人民渠二處、xx市水利局、團市委…"
           "舉辦啟動儀式」 2. 「利用…平臺…發布宣傳主題」 3. 「3月28日上午,結合水文化特」 — CUT; the numbers 「1.3月22日」「3.3月28日」 run into a date",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、宣傳主題", "二、指導思想"],
     samples=[
        S(["三", "(一)", "1"], [], [U06], lead_alternatives=[[U06]], dl="3月22日上午", dln="2019-03",
          note=HEAD06 + "; the label decides, so 「聯合人民渠二處、xx市水利局、團市委」 (联合 with no subject of its own under the heading) adds "
               "nothing (rule 1: sentences then add nothing); the item's own day 3月22日 (2019, the title's and the text's year); the "
               "number 「1.」 runs into 「3月22日」 (not 1.3)"),
        S(["三", "(一)", "2"], [], [U06], lead_alternatives=[[U06]],
          note=HEAD06 + "; 「利用防汛指揮系統(tǒng)信息發布平臺…對區(qū)委、區(qū)政府及其指揮部成員單位領導發布宣傳主題」 — the receivers are no units "
               "(rule 3); no date of its own, and the preamble's 世界水日／中國水周 days state facts, not a span set for the items (round "
               "47 on x217_04; round 46: a period in the preamble alone dates nothing): " + NODATE),
        S(["三", "(一)", "3"], [], [U06], lead_alternatives=[[U06]], dl="3月28日上午", dln="2019-03",
          note=HEAD06 + "; the item's own day 3月28日 (2019); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)/1–3 (3 CUT); 一、宣傳主題 and 二、指導思想 are sections; accepted: 2 (without the cut 3)",
            "「1.3月22日上午」「3.3月28日上午」: the item number followed straight by a date — not decimals",
            "the site's inline pinyin 「(dòng)」「(qū)」 follows characters everywhere; names are kept as printed (round 39)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x227_07_lanzhou-shijie-qixiangri-huodong-fangan.txt"
NOYEAR07 = ("the items have no date of their own and the plan sets no span for them (「全市“3.23世界气象日”纪念活动」 names the day in "
            "二, a plan-level point; the year is masked 「20xx」): " + NODATE)
plan(X07,
     title_note=NO_TITLE + "lines 1, 3 and 5 are the site's collection headline 「世界气象日活动方案新版多篇」 and its piece label 「…篇一」; "
                "the plan's own title is not printed",
     doc_no="", issuer="兰州市气象局 and 市气象协会 (Gansu)", date="not shown (「20xx年」 masked)", level="city (兰州市气象局)",
     source=page_source("https://bqfwx.com/syw/huodong/m5e75k.html"),
     style="a 范文 site's collection: headline twice, 「…篇一」; 一、指导思想 (「兰州市气象局和市气象协会将…组织系列纪念活动」), 二、组织领导 (「全市"
           "…纪念活动由市气象局、市气象协会牵头,各县气象局和相关单位分工负责」 — who carries out the whole event), 三、活动形式 (how; no "
           "subject), 四、任务分工 (一) 全市纪念活动的组织安排 1.–3. each followed by a label line 「牵头单位:市局办公室;协办单位:市气象协会秘书处」, "
           "(二)在广播、电视、报刊、网络等媒 — CUT",
     leaf_tasks=4, count_alternatives=[3, 5, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导", "三、活动形式"],
     samples=[
        S(["四", "(一)", "1"], ["市局办公室"], ["市局办公室", "市气象协会秘书处"],
          note=R1 + ": the label line after the item 「牵头单位:市局办公室;协办单位:市气象协会秘书处」 (round 38: a label closing an item; "
               "协办单位 beside 牵头单位 is responsible, rounds 38, 44, 47 on x218_02); the label decides, so 「组织各县气象局和相关单位开展…」 "
               "adds nothing (rule 1); " + NOYEAR07),
        S(["四", "(一)", "2"], ["市局办公室"], ["市局办公室", "市气象协会秘书处", "相关单位"],
          responsible_alternatives=[["市局办公室", "市气象协会秘书处"]],
          note=R1 + ": 「牵头单位:市局办公室;协办单位:市气象协会秘书处,相关单位」 — a label keeps every name it prints except the four "
               "no-kind words 各地／各地区／各方面／有关方面 (round 33; round 37: in a unit column the label rule keeps 「各有关单位」), so 相关单位 "
               "stays; the reading without it (a catch-all, rounds 33, 37) is accepted — RULING? 3; " + NOYEAR07),
        S(["四", "(一)", "3"], ["市局办公室", "市气象协会秘书处"], ["市局办公室", "市气象协会秘书处"],
          note=R1 + ": 「牵头单位:市局办公室,市气象协会秘书处」 — both named under 牵头单位 are the lead (round 36: two bodies that 牵头 are "
               "both the lead) and responsible; 「联系订购部分相关宣传材料」; " + NOYEAR07),
        S(["四", "(二)"], [], [],
          note="「(二)在广播、电视、报刊、网络等媒[cut]」 — the page ends inside the item's first words: no label, no clause: " + NONE
               + "; " + NOYEAR07 + "; " + CUT + " (the count 3 without it is accepted)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 四/(一)/1–3 and 四/(二) (CUT). Not tasks: 一、指导思想 (a section; its 「兰州市气象局和市气象协会将…组织系列纪念活动」 "
            "says who carries out the whole event, like 二), 二、组织领导 (round 42: a point that only says who hosts or carries out the "
            "whole event is a plan-level field, no task, no item units), 三、活动形式 (how the publicity is done, no subject: a field). "
            "Accepted: 3 (without the cut (二)), 5 (三 as a childless point that gives work, round 40), 6 (二 too, round 42's accepted "
            "count) — RULING? 2",
            "the label lines open no number (「牵头单位:…」 on its own line after each item); 「行之有效的`方式」 keeps the site's stray "
            "backquote"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x227_08_moumou-shi-2023-shijie-haiyangri-xuanchuan-huodong-fangan.txt"
plan(X08,
     title_note=NO_TITLE + "the page prints no title for the piece: line 1 and the 《…》 line are the site's file name 「世界海洋日策划案"
                "(热门13篇).docx」, glued to the text after the chunk number 「1、」",
     doc_no="", issuer="a 某某市's 海洋与渔业 局 (Shandong: 「山东省第十次党会」; the city masked 某某市; 「市局」)",
     date="not shown (the text prints 2023年; see README: the site rewrote the year)",
     level="city (某某市 海洋与渔业局, masked)",
     source=page_source("https://yzwku.com/doc/1068919.html"),
     style="a document site's preview: the file-name line, the site's 《…》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40); the "
           "site's copy lost the plan's section headings (一、活动主题／二、总体思路／三… run together); a group set up 「特成立某某市“海洋宣传日”"
           "宣传活动领导小组…组长:…成员:…局办公室具体承担宣传活动的组织协调工作,相关科站处予以配合。」, then (一)市局组织的活动 1、发表署名文章。"
           "6月8日,… (海洋管理科负责,局办公室配合) 2、媒体宣传。“海洋日”当天,邀请… — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)", "1"], [], ["海洋管理科", "局办公室"], lead_alternatives=[["海洋管理科"]], dl="6月8日", dln="2023-06",
          **at(X08, "(一)市局组织的活动1、"),
          note=R2 + ": the item's closing bracket 「(海洋管理科负责,局办公室配合)」 — 「A负责，B配合」: responsible A, B; lead [] (A does not "
               "牵头), A as the lead accepted (rule 2); 分管市长 is a person (round 30); the item's own day 6月8日 with the text's year "
               "2023 (round 42: the text's own year) — RULING? 4 on the year the site wrote in"),
        S(["(一)", "2"], [], [], dl="“海洋日”当天", dln="2023-06", **at(X08, "配合)2、"),
          responsible_alternatives=[["局办公室", "相关科站处"]],
          note="「媒体宣传。“海洋日”当天,邀请某某电视台、某某日报、某某晚报等新闻媒体对…进行宣传报道;在…信息网开辟…专栏,发布…」 — no "
               "subject; 邀请 is no rule-2 verb and the invited media are its objects: " + NONE + "; the 领导小组 paragraph before (一) "
               "(「局办公室具体承担宣传活动的组织协调工作,相关科站处予以配合」, 承担＋work, round 41) is about coordinating the whole event, "
               "not the items' work, so it gives them nothing (round 44: rule 4 only where the lead-in is about their work); the "
               "reading that gives its bodies is accepted; 「“海洋日”当天」: the named day's month (6月8日, 世界海洋日暨全国海洋宣传日) in "
               "the plan's year, like a festival's period in an item (round 46 decided, p44e) — RULING? 4; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: (一)/1 and (一)/2 (CUT); the unnumbered paragraphs before (一) (theme, approach, the 领导小组 set up) are the "
            "plan's text whose section headings the site's copy lost; accepted: 3 (the 组织领导 paragraph as a task: 「局办公室具体承担…"
            "组织协调工作」 gives work, rounds 41, 36)",
            "the members of the group 「组长:徐润启副组长:赵玉国成员:…」 are persons (round 30) and members (rule 3)",
            "the chunk numbers 「1、」「2、」「3、」 open lines 3–5 (round 40: chrome); the items' own 「1、」「2、」 stand inside line 4"])

write_collected(DIR)
# Round 63 (rul88): x227_07 四/(二)'s cut line aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Tasks and counts,
# governs: round 71's cut line, p63e-1) (README, round 63)
from aligned_rulings import CUT88, align88  # noqa: E402

align88("x227_07", ["四", "(二)"], "「(二)在广播、电视、报刊、网络等媒」 cut at the page's end (x227_07 四/(二)): 在＋a list of media prints no verb of work, no task",
        CUT88 + "; 4 → 3, 4, 5 and 6 stay accepted", drop=True, counts={"leaf_tasks": 3, "count_alternatives": [4, 5, 6]})

write_collected(DIR)
