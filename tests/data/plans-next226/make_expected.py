# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next226/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c226, round 46: eight page openings of plans from outside Shanghai, from the
`search` tool's `pages` corpus — a 县's 世界艾滋病日 主题活动方案 (a 范文 page whose headings were stripped: field paragraphs,
主办／协办 lines, a work paragraph with a dated report to the 县疾控中心, (一) CUT; masked year 「x年」); 集贤中心卫生院's 2019
第29个世界无烟日 宣传活动方案 (a 宣传项目 field block with 主办单位 over 活动内容及流程 1–4); an XX市's 第16次全國愛耳日 宣傳教育活動方案
(traditional; 市級活動內容 (一)–(三), 各地活動要求 (一)(二) CUT; no unit); a Shaanxi university's 2020 科普日 notice (a site's
injected name in place of the university's; 时间 2020年9月5日-18日; 活动内容 1–4, 活动形式 1–3 CUT); 梓桐镇's 2011 安全生产月
实施方案 (one headed point, 「各村委、企事业单位要…贯彻落实…」; the span printed garbled 「20116130日」); 福建省卫健委's 2023
全民营养周 notice (fields, then 二/(一) CUT); page 2 of a __区's 全国肿瘤防治宣传周 活动方案 (参加人员, then 七、活动要求及职责分工
with unit headings (一)–(三); a second document's preamble after it); an xx区's XX年 全国儿童预防接种日 宣传活动实施方案 (a document
site's preview, one run-on line, CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line or the item has no number); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–47 are cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c226.

    PYTHONPATH=. python tests/data/plans-next226/make_expected.py tests/data/plans-next226
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_in, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on page) or that has no number (a paragraph found by its first
# words): the line where the nth marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def para(file, first_words):
    """An unnumbered paragraph that is a task (path by its first words): its line and its first eight characters."""
    d = at_in(DIR, file, first_words)
    text = (DIR / file).read_text(encoding="utf-8")
    start = text.index(first_words)
    return {"line": d["line"], "title_starts": text[start:start + 8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = ("the year is masked 「x年」「XX年」 and the plan's own title names no year (a site's headline or upload date fills "
          "nothing, round 45; round 46 decided on x177_02): the deadline is not checked")
NO_TITLE = "title not checked: "
NOUNITS = "no unit is named for any item on the page, so every numbered leaf that gives work is a task (plans-dev 08; rounds 25, 27)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x226_01_xian-shijie-aizibingri-zhuti-huodong-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "lines 1 and 4 are the site's headline 「2023年世界艾滋病日主题活动方案 12月世界艾滋病宣传日宣传(十四篇)」 "
                "and line 9 the site's piece heading 「…宣传篇一」; the plan's own title is not printed",
     doc_no="", issuer="a 县 (not named; 县政府、乡政府、农场部 host; 县疾控中心艾防科)",
     date="not shown (「x年」 masked; the site's upload date 2023-02-08 is the site's)",
     level="county (a 县, not named, with 乡镇 and 农场)",
     source=page_source("http://xuefen.com.cn/zuowen/1283162.html"),
     style="a 范文 site's page: headline twice, upload line, the site's blurb, the piece heading 「…篇一」, then the plan with its "
           "headings stripped: unnumbered paragraphs of purpose (11), theme (13, 「x年」), time 「x年12月1—8日」 (15), place (17), "
           "objects (19), 「主办单位:县政府、乡政府、农场部」 (21), 「协办单位:…」 (23), a work paragraph with 「至少悬挂3条横幅」 and a dated "
           "report 「于12月10前…上报县疾控中心艾防科」 (25), then 「(一)宣传日前广播电视台播放…,县人民政府防」 — CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["各乡镇、农场根据本地实际情况设咨询点"], [], [], [(3, "条")], skip_deadline=True, **para(X01, "各乡镇、农场根据本地实际情况设咨询点"),
          note="an unnumbered paragraph that gives work, on a page whose headings the site stripped (round 38: unnumbered paragraphs "
               "that give work are tasks, path by first words; the count 1 that reads it as a field of the stripped headings is "
               "accepted); 「各乡镇、农场根据本地实际情况设咨询点,悬挂宣传横幅…」 — 设／悬挂／出／发 are no rule-2 verbs; 「乡镇卫生院、农场医院…"
               "上报县疾控中心艾防科」 — 上报 is a sending, no rule-2 verb (the receiver is rule 3's): " + NONE + "; the 主办／协办 lines "
               "(21, 23) are plan-level fields stated once for the whole event and give no item units (rounds 41, 42, 44); "
               "「每个乡镇、农场至少悬挂3条横幅」 — a floor on what the item must put up is a target (round 30's line, 至少; round 47 on "
               "x218_04's 「至少1000份」); the activity span 「x年12月1—8日」 and the report date 「于12月10前」 have a masked year: " + MASKED),
        S(["(一)"], [], [], skip_deadline=True, **at(X01, "(一)"),
          note="「(一)宣传日前广播电视台播放预防艾滋病宣传广告,县人民政府防[cut]」 — the subject of 播放 (no rule-2 verb); the body after "
               "it is cut before its verb (round 43: a clause cut before its verb names nothing): " + NONE + "; 「宣传日前」 names no "
               "year (" + MASKED + "); " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "宣传活动结束后将活动情况用电话或电子邮箱上报县疾控中心艾防科", "when": "于12月10前", "when_norm": None,
              "note": "a one-off dated sending the plan asks of the bodies it tasks (乡镇卫生院、农场医院) to the 县疾控中心 (round 43 "
                      "turned: a dated duty; round 35: a plan body's sending to another body of the plan); the year is masked "
                      "「x年」, so only the duty is checked, not its date"}],
     notes=["2 leaves: the work paragraph (line 25) and (一) (CUT). The paragraphs of purpose, theme, time, place, objects and "
            "the 主办／协办 lines are fields of the activity (round 42 continued: a section that only gives time, place, aim or "
            "theme is a field; round 42: who hosts the whole event is plan-level), no tasks; accepted: 1 (the work paragraph read "
            "as part of the stripped fields)",
            "the site's blurb (line 7) and headlines are chrome; 「12月10前」 is printed without 日"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x226_02_jixian-zhongxin-weishengyuan-2019-shijie-wuyanri-xuanchuan-huodong-fangan.txt"
JX = "集贤中心卫生院"
plan(X02,
     title="第29个世界无烟日宣传活动方案",
     title_note="lines 3 and 7 (the site prints the piece's title twice around its blurb); the issuer 集贤中心卫生院 is named only in "
                "the 主办单位 line",
     doc_no="", issuer="集贤中心卫生院 (「我院」, 「在县卫生局、疾控中心的领导下」; province not named)",
     date="2019 (「2019年5月31日是…第29个世界无烟日」; the cited 卫妇社发〔2019〕36号 as printed)",
     level="a township health centre's own plan (中心卫生院 under a 县卫生局)",
     source=page_source("http://wendang9.com/detail.aspx?unid=135125"),
     style="a document site's page: 「登录」, title, the site's blurb, title again, a preamble, 一、活动主题: 二、活动目的: 三、活动思路: "
           "四、活动时间:2019年5月31日。 五、活动地点: (empty), 六、宣传系列活动内容与流程: with a field block 宣传项目／活动时间 5月31日上午9:30／"
           "主办单位:集贤中心卫生院／活动内容及流程: over 1、–4、; then the site's appended 【世界无烟日宣传资料】 (not the plan's)",
     leaf_tasks=4, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动目的", "三、活动思路", "四、活动时间", "五、活动地点"],
     samples=[
        S(["六", "1"], [JX], [JX], dl="5月31日上午9:30", dln="2019-05-31", lead_alternatives=[[]],
          note=R1 + ": the field block of the 宣传项目 under 六 — 「主办单位:集贤中心卫生院」 — is the label of the items 「活动内容及流程:」 "
               "1–4 it stands over (round 44: item label lines 「主办单位：A」 read as 「由A主办」, lead A; round 35: a field block's "
               "unit line is its units label), RULING? 1 (the block may be read as the plan-level host of the whole event, round 42, "
               "no item units; the empty lead is accepted); the contents 1–4 are the work's parts (round 44 decided: a list of the "
               "work's parts is items), count 1 (六 one task with its fields, round 35) accepted; 「在县卫生局、疾控中心的领导下」 in "
               "the preamble is rule 3's guide and a preamble gives no item units (round 40); the block's own 「活动时间:5月31日上午9:30」 "
               "with the plan's year (「2019年5月31日」, 四、活动时间): 2019-05-31 (round 42 continued: a single day under 活动时间 "
               "is the span; the item's nearest time, round 42)"),
        S(["六", "2"], [JX], [JX], [], dl="5月31日上午9:30", dln="2019-05-31", lead_alternatives=[[]],
          note=R1 + ": the block's 主办单位 as for 六/1 (RULING? 1); 「发放宣传资料及活动纪念品,包括市、县级宣传资料,小册子,宣传画等」 — "
               "no figure; 2019-05-31 as for 六/1"),
        S(["六", "3"], [JX], [JX], dl="5月31日上午9:30", dln="2019-05-31", lead_alternatives=[[]],
          note=R1 + ": as 六/1; 「控烟宣传展板。」 — a bare item of the activity's content (a task: the work's part, round 44 decided)"),
        S(["六", "4"], [JX], [JX], dl="5月31日上午9:30", dln="2019-05-31", lead_alternatives=[[]],
          note=R1 + ": as 六/1; 「现场咨询。」 — the last item before the site's appended 【世界无烟日宣传资料】, which is no part of the "
               "plan (a site's add-on: its 「1977年」「200多年」 are no item's)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 六/1–4. 一、活动主题, 二、活动目的, 三、活动思路, 四、活动时间, 五、活动地点 are fields of the activity, no tasks "
            "(round 42 continued; round 44); 二's 「加强…控烟健康教育,动员全社会力量…」 states the aim. Accepted: 1 (六 one task whose "
            "block 宣传项目／活动时间／主办单位／活动内容 holds its fields, round 35)",
            "【世界无烟日宣传资料】 and what follows is the site's appended reading, not the plan"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x226_03_xx-shi-di16ci-quanguo-aierri-xuanchuan-jiaoyu-huodong-fangan.txt"
NODAY = ("no date in the item, and the plan prints no span for its work on the page (「第16次全國“愛耳日”」 names the day only in "
         "the preamble; the 3月3日 of line 5 is the site's note; round 46: a period in the preamble alone dates nothing; round 44 "
         "decided): no deadline")
plan(X03,
     title_note=NO_TITLE + "the plan's name 「XX市第16次全國“愛耳日”宣傳教育活動方案」 is printed only inside its preamble sentence "
                "(「…特制定XX市…方案。」); line 1 「2016全國愛耳日宣傳活動方案」 and line 7 「【…方案1】」 are the site's",
     doc_no="", issuer="an XX市 (masked; the body is not named — 殘聯 by the field, not printed)",
     date="not printed (第16次 全国爱耳日; the site's 2016 and 2017-02-15 are the site's)",
     level="city (XX市, masked)",
     source=page_source("http://cnleizhuo.com/fanwen/wenmi/192495.html"),
     style="a 范文 site's page in traditional characters: headline, the site's date line and blurb (「…10部委局共同確定:每年的3月3日為"
           "“全國愛耳日”」), 「【2016全國愛耳日宣傳活動方案1】」, the plan's preamble, 一、活動主題 (a field), 二、市級活動內容 (一)–(三) "
           "(activities named, no subject; (一) with the site's stray 「3安全用耳,保護聽力娛樂性噪聲」), 三、各地活動要求 (一)(二) run-in "
           "headings over work with no subject — CUT in (二)",
     leaf_tasks=5, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、活動主題"],
     samples=[
        S(["二", "(一)"], [], [],
          note="「(一)安全用耳廣場宣傳活動。」 — a city activity to hold, no subject; " + NOUNITS + ": " + NONE + "; the stray "
               "「3安全用耳,保護聽力娛樂性噪聲」 after it is the page's (a lost poster's words), no figure of the item; " + NODAY
               + "; the count 2 (三's two only, 二's bare activity names read as fields) is accepted"),
        S(["二", "(二)"], [], [],
          note="「(二)聽力免費檢查周活動。」 — " + NONE + "; " + NODAY),
        S(["二", "(三)"], [], [],
          note="「(三)家長專題講座培訓。」 — " + NONE + "; " + NODAY),
        S(["三", "(一)"], [], [],
          note="「(一)堅持以人為本。要立足實際,…協調衛生計生、教育、環保、民政等部門,組織相關機構專業人員,入社區…」 — the run-in heading "
               "and its work have no subject (round 41: a run-in heading with no subject gives no doer; the heading 「各地活動要求」 "
               "addresses 各地, a general call, round 32); 協調 is no rule-2 verb and its objects are no units (round 30's pivot); "
               "组织 with no subject names no doer: " + NONE + "; " + NODAY),
        S(["三", "(二)"], [], [],
          note="「(二)創新宣傳形式。要積極協調各類媒體開展宣傳報道工作。…」 — no subject; 協調 a pivot (round 30): " + NONE + "; "
               + NODAY + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)–(三), 三/(一)(二) (CUT). 一、活動主題 a field (round 42 continued). Accepted: 2 (二's bare activity "
            "names read as fields, round 44)",
            "traditional characters are the page's; paths use its ASCII brackets (一)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x226_04_shaanxi-daxue-2020-kepuri-huodong-tongzhi.txt"
SPAN04 = ("round 37 / round 44 decided: the 时间 field of 一、主题和时间 「2020年9月5日-18日」 is the span the notice sets for the "
          "activity's work, and items with no date of their own are due at its end (round 36: an activity's span)")
plan(X04,
     title_note=NO_TITLE + "the page opens with the addressees; the notice's title is not on it",
     doc_no="", issuer="a university in Shaanxi (its name replaced on the page by a site's injected words 「环球360网站最新官网」; "
                       "addressees 各相关院(部、所)、附属医院)",
     date="2020 (「2020年科普日活动」, 时间 2020年9月5日-18日)",
     level="a body's own (a university's notice to its schools and hospitals, after 陕科协发〔2020〕普字28号)",
     source=page_source("http://www.uwmxo.com/info/1015/1077.html"),
     style="a university news page with injected words in place of the university's name: addressees, preamble, 一、主题和时间 "
           "(主题; 时间:2020年9月5日-18日), 二、活动内容 1、–4、 (run-in headings with work 「着力传播…」「提供精准科技科普服务」), 三、活动形式 "
           "1、 「各单位开展校园科普活动…」 2、 3、 「广泛发动科普教育基地及科技馆…开展…各类」 — CUT",
     leaf_tasks=7, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、主题和时间"],
     samples=[
        S(["二", "1"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「弘扬科学精神,展现科学价值。着力传播…科学思想和方法,引导公众提高科学思维能力。」 — a run-in heading with work and no "
               "subject: a task (round 40: items that give work are tasks where they name no body; the count 3 that reads 二's "
               "contents as themes, round 44, is accepted); " + NOUNITS + ": " + NONE + "; " + SPAN04),
        S(["二", "3"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「聚焦脱贫攻坚,决胜全面小康。…提供精准科技科普服务…」 — no subject: " + NONE + "; " + SPAN04),
        S(["二", "4"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「加强科技志愿,彰显科技为民。将科技志愿服务“智惠行动”全面融入科普日活动,充分调动…积极性,广泛开展…」 — 调动 and 开展 are no "
               "rule-2 verbs, no subject: " + NONE + "; " + SPAN04),
        S(["三", "1"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「校园科普行动。各单位开展校园科普活动,面向在校学生举办…」 — 各单位 is a general call (round 33: the bare 各单位), and "
               "开展 is no rule-2 verb: " + NONE + "; " + SPAN04),
        S(["三", "2"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「卫生健康科普行动。开展各类健康科普讲座和知识问答…」 (a space after 「2、」 as printed) — no subject: " + NONE + "; "
               + SPAN04),
        S(["三", "3"], [], [], dl="2020年9月5日-18日", dln="2020-09-18",
          note="「科普教育基地、科技馆科普行动。广泛发动科普教育基地及科技馆,积极推出…,开展…各类[cut]」 — 发动 is a pivot and its "
               "objects are no units (round 30); the heading's 科普教育基地、科技馆 name the field of the action, not its doers: " + NONE
               + "; " + SPAN04 + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 二/1–4 and 三/1–3 (CUT); 一、主题和时间 a field (round 42 continued). Accepted: 3 (二's 活动内容 read as themes "
            "that only say what the work bears on, round 44)",
            "「环球360网站最新官网」 stands where the notice named the university: a site's injected words, kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x226_05_zitong-zhen-2011-anquan-shengchanyue-huodong-shishi-fangan.txt"
plan(X05,
     title="关于开展2011年全国“安全生产月”活动的实施方案",
     title_note="lines 2, 5 and 13 (the site's heading, the page title and the document's own title above its addressees)",
     doc_no="梓政〔201144 (as printed: 梓政〔2011〕44号 with 〕 and 号 lost)", issuer="梓桐镇 (the site's path 「乡镇在线 > 梓桐镇」; 我镇)",
     date="2011 (the site's 发布时间 2011-12-06)", level="town (梓桐镇)",
     source=page_source("http://www.qdhnews.com.cn/content/content_8362327.html"),
     style="a county news site's town page: breadcrumb, title, 发布时间, title, a doc number missing 〕号, title again, addressees "
           "「各行政村,企业单位:」, a preamble with 「活动时间:20116130日」 (年、月、至 lost), then 一、加强领导,认真组织 over two paragraphs "
           "— CUT in the second",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村委", "企事业单位", "企业单位"], skip_deadline=True,
          responsible_alternatives=[["各村委", "企业单位"]],
          note="round 34 (early): a childless headed point whose text gives work is a task; " + R2 + ": 「各村委、企事业单位要…认真贯彻"
               "落实…科学发展观,…切实贯彻落实好…方针政策」 and 「各村委、企业单位要建立…领导机构,落实专项经费…」 — the subjects of 落实 "
               "(a rule-2 verb), kinds of body (round 34: a kind before 单位 makes a kind; only the bare 各单位／有关单位／相关单位 are "
               "calls); 各 is not shared (round 34: 「各管理部门和街镇」), names as printed in order: 各村委, 企事业单位, 企业单位; lead [] "
               "(no 牵头); 专项经费 after 落实 is no cost verb's object (round 47's list: 承担／分担／保障／列支／提供／投保／拨付／结算); "
               "「督促检查各类生产经营单位…」 — the pivot's object is no unit (round 30); 「镇党委、政府」 inside 「按照…的总体要求」 is a "
               "description (round 30). Accepted: 各村委, 企业单位 (the second paragraph only, the first read as exhortation). "
               "The preamble's span 「活动时间:20116130日」 is printed with 年、月 and 至 lost (2011年6月1—30日 to a reader): "
               "RULING? 2 — the deadline is not checked (a campaign span would date the point 2011-06, round 37); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一 (CUT; a headed point with two paragraphs, round 34 early). 「确保各类事故次数和直接经济损失与上年相比实现“负增长”」 "
            "has no figure",
            "blank lines holding a single space (lines 9, 11) are the page's"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x226_06_fujian-weijianwei-2023-quanmin-yingyangzhou-xuanchuan-huodong-tongzhi.txt"
plan(X06,
     title="福建省卫生健康委员会关于开展2023年全民营养周暨“5·20”中国学生营养日主题宣传活动的通知",
     title_note="line 3, under the site's greeting 「福建省卫生健康委员会欢迎您!」",
     doc_no="", issuer="福建省卫生健康委员会 (省卫健委)", date="2023-04-19 (the page's 发布时间)", level="province (Fujian)",
     source=page_source("http://wjw.fujian.gov.cn/jggk/csxx/jhsyjtfzczcfgc/spaqbz/202304/t20230427_6158755.htm"),
     style="a provincial commission's page: greeting, title, 来源／发布时间, addressees, a preamble 「省卫健委将联合相关部门开展…」, "
           "一、活动时间、主题及工具包 (一)活动时间 (5月15-21日; 5月20日) (二)活动主题 (themes; 「各地可因地制宜…」) (三)工具包下载 (「5月初可"
           "通过…下载」), 二、活动要求 (一)提高认识,加强组织领导。各地各单位要… — CUT",
     leaf_tasks=1, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [], dl="5月15-21日", dln="2023-05-21",
          note="「提高认识,加强组织领导。各地各单位要高度重视…要切实提高思想认识,加强组织领导,统筹协调各方力量,参照省级层面活动方案,结合[cut]」 "
               "— 各地 and 各单位 are general calls (rounds 32, 33), 各方 too (round 44), 加强组织领导 is a noun phrase (round 45), "
               "统筹协调 is no rule-2 verb: " + NONE + "; the preamble's 「省卫健委将联合相关部门开展…」 gives no item units (round 40: "
               "a preamble before the first section); the span under 一/(一)活动时间 「第9届全民营养周:5月15-21日」 (with 学生营养日 5月20日 "
               "inside it) is the activity's span stated once, its end the deadline of items with no date of their own (rounds 36, "
               "37; round 42 continued), the year from the title (2023): 2023-05-21; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一) (CUT). 一/(一)活动时间, (二)活动主题, (三)工具包下载 only say when, what and where to download (an option "
            "「可通过…下载」): fields, no tasks (round 42 continued; round 44; an option names no work, round 34). Accepted: 2 (with "
            "(二)'s 「各地可…开展特色活动」), 4 (every leaf, plans-dev 08)",
            "「5·20」 keeps the page's middle dot"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x226_07_qu-zhongliu-fangzhi-xuanchuanzhou-huodong-fangan-di2ye.txt"
CDC = "__区疾病预防控制中心"
OTHER = "其他街道社区卫生服务中心"
plan(X07,
     title_note=NO_TITLE + "the page is the second page of a 范文 site's piece: the plan's title and its first five sections are "
                "on the page before; line 25 opens a second document (「值此第xx个…__市抗癌协会积极响应上」) whose title is not printed",
     doc_no="", issuer="a __区's 疾病预防控制中心 (masked; 11 街道社区卫生服务中心)", date="not shown (the 2021 theme 「健康中国健康家——"
                                                                         "关爱生命科学防癌」 in an item; no year printed)",
     level="district (a __区, masked: its CDC and street health centres)",
     source=page_source("https://lfzz.cn/view/40147-2.html"),
     style="page 2 of a 范文 site's piece: ten lines of 「__区__街道社区卫生服务中心」 (the end of a list begun on page 1), 六、参加人员 "
           "1、–3、 (persons and counts), 七、活动要求及职责分工 with unit headings (一)__区疾病预防控制中心 1、–4、, (二)__街道社区卫生服务中心 "
           "and (三)其他10个街道社区卫生服务中心 over paragraphs; then a second document's preamble (「__市抗癌协会」) — CUT",
     leaf_tasks=6, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["七", "(一)", "1"], [], [CDC], nodl=True, lead_alternatives=[[CDC]],
          note=R1 + ": the unit heading 「(一)__区疾病预防控制中心」 under 七、活动要求及职责分工 (a heading that gives out work, rounds 34, "
               "35; a unit heading's body is the unit of the items under it, round 32) gives its items 1–4 their unit; " + ONE
               + "; the mask is kept as printed (round 44); 「印制城市癌症早诊早治项目宣传折页、易拉宝及宣传抽纸」 — " + NODATE
               + " (this plan prints no date on the page; the 「20__年4月15-21日」 of line 25 is the second document's)"),
        S(["七", "(一)", "2"], [], [CDC], nodl=True, lead_alternatives=[[CDC]],
          not_targets=[(11, "条"), (6, "米")],
          note=R1 + ": as 七/(一)/1; 「印制…6米主题宣传横幅11条」 — supplies the item makes, a bare count with no comparison word, are "
               "means, not targets (round 44: 「领取灭鼠药350包」), and 6米 names the banner's kind (round 30: a figure that only names a "
               "kind); " + NODATE),
        S(["七", "(一)", "3"], [], [CDC], nodl=True, lead_alternatives=[[CDC]],
          note=R1 + ": the label decides and sentences add nothing (rule 1); 「负责对接__街道社区卫生服务中心…」 — the liaison partner "
               "is no unit (round 38: 「与A对接」); " + NODATE),
        S(["七", "(二)"], [], ["__街道社区卫生服务中心"], nodl=True, lead_alternatives=[["__街道社区卫生服务中心"]],
          note=R1 + ": the unit heading 「(二)__街道社区卫生服务中心」 over its paragraph 「对接好区疾病预防控制中心,并负责落实活动开展具体"
               "事宜…」 (a heading's body with no numbered children is one task); the 区疾病预防控制中心 it liaises with is no unit (round "
               "38); " + ONE + "; 「提前组织好居民到场」 — residents, the object of 组织, are no unit; " + NODATE),
        S(["七", "(三)"], [], [OTHER], nodl=True, lead_alternatives=[[OTHER]],
          responsible_alternatives=[["其他10个街道社区卫生服务中心"], ["街道社区卫生服务中心"]],
          note=R1 + ": the unit heading 「(三)其他10个街道社区卫生服务中心」 — a count before a name is no part of it (round 42: 「同一家"
               "施工图审查机构」 → 施工图审查机构), and 其他 before a kind stays (round 47: 其他部门 a kind): 其他街道社区卫生服务中心; the "
               "heading as printed and the bare 街道社区卫生服务中心 are accepted (RULING? 3); " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 七/(一)/1–4, 七/(二), 七/(三). Lines 1–10 end a list of the street health centres begun on the page before "
            "(a list of bodies, no work); 六、参加人员 1–3 lists persons and numbers (a 参加人员 field, round 43; plan-level, round "
            "44): no tasks. Accepted: 9 (六/1–3 read as leaves)",
            "line 25 opens a second document (a __市抗癌协会's, its preamble cut): no task of it is on the page"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x226_08_xx-qu-quanguo-ertong-yufang-jiezhongri-xuanchuan-huodong-shishi-fangan.txt"
plan(X08,
     title_note=NO_TITLE + "the title 「XX年全国儿童预防接种日宣传活动实施方案」 is printed as the site's file name 「….doc」 (lines 4, 15, 21) "
                "and glued into the run-on text after 「文档介绍:」 (line 27), twice, with no break before 「一、」",
     doc_no="", issuer="an xx区 (masked; 区卫生局, 区疾控中心, 各乡镇卫生院、社区卫生服务中心)", date="not shown (「XX年」 masked; the "
                                                                                       "upload date 2020/6/2 is the site's)",
     level="district (an xx区, masked)",
     source=page_source("https://m.taodocs.com/p-395289479.html"),
     style="a document site's preview: 「1 / 4」, file facts, the file name three times, then 「文档介绍:」 and the whole text on ONE line: "
           "title twice, 一、 活动背景 (with 「要求各乡镇卫生院、社区卫生服务中心要认真组织开展好宣传活动」), 二、 活动内容(一) 活动主题… (二) 区级活动"
           "1、现场活动4月2日,… — CUT",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0, childless_top_level_sections=["一、 活动背景"],
     samples=[
        S(["二", "(二)", "1"], [], [], skip_deadline=True, **at(X08, "区级活动1、"),
          note="「1、现场活动4月2日,区卫生局、区疾控中心以及各乡镇卫生院、社区卫生服务中心接种门诊相关工作人员联合在xx区政府附近集中开展现"
               "[cut]」 — the subject is the staff of those bodies (persons, round 45: 「由市环保局专家…」), 联合 has no object and is an "
               "adverb (round 43: 「A、B联合印发」), and 开展 is no rule-2 verb: " + NONE + "; the item's own day 「4月2日」 has the masked "
               "year 「XX年」 of the title: " + MASKED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(二)/1 (CUT). 二/(一)活动主题 is a field (round 42 continued). 一、活动背景 is a background section (plans-dev: a "
            "childless top-level section; round 36: a section unless it names a doer): its 「要求各乡镇卫生院、社区卫生服务中心要认真组织开展好"
            "宣传活动」 puts the bodies as the object of the pivot 要求 (round 30: a pivot's object is no unit; round 34: 「A、B要指令／督促C…」), "
            "RULING? 4. Accepted: 2 (一 as a task whose bodies are doers by 组织开展, round 34 early / round 36), 3 (with (一))",
            "the page's 「4月2日」 (twice) is as printed; the whole plan is one line (27)"])

write_collected(DIR)
