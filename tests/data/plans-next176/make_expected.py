# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next176/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c176, round 41: eight page openings of plans from outside Shanghai — 东港区's
2013 全民健身跑 plan (a collection's 第一篇; 「由团区委、区文体新局牵头组织,凯」 CUT); 兴宁市体育局's 2011 全民健身日 武术表演
plan (「活动由兴宁市体育局主办,兴宁市武术协会承办」 in 三、组织领导, CUT at 四's heading); 鹰潭's 20__ 全民健身与奥运同行
plan (a 时间/活动内容/负责单位 TABLE FLATTENED into 「4月1.…活动市体育局」, cut); an Anhui city's 2022 防范非法集资宣传月 notice
in TRADITIONAL characters with the site's inline pinyin (「各地各有關部門要…開展宣傳活動」); a Fujian 村's 2006 森林防火
工作预案 ([VIP] preview, 「由村两委干部负责包山头」); a 乡's 2014 秋冬季 禁止秸秆焚烧烧荒 plan run on under a document site's
chunk numbers (a childless 三、职责分工 of bodies, 「派出所负责对不」 CUT); a 街道's 20xx 防汛通知 (篇1 of a collection, cut by
the site's 「……此处隐藏5569个字……」); 马兰屯镇's 2018 河长巡河 notice (马政发[2018]21号; unnumbered paragraphs, 不少于3次,
a monthly sending)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number is not at its line's start, ``para`` for an unnumbered paragraph); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rules 1–4 on units and the rulings of rounds 30–41 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c176.

    python tests/data/plans-next176/make_expected.py tests/data/plans-next176
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on text, a flattened table row): the line where marker ends and
# the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def para(file, words):
    """Line and first eight characters of the one paragraph that starts with ``words``."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip().startswith(words)]
    assert len(hits) == 1, (file, words, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


NO_TITLE = "title not checked: the page does not show the plan's own title"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; rounds 30, 34, 37–41)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE_NAMED = "no body named in a rule-2 form: lead = [], responsible = []"
PERSON = "a person is never a unit (round 30; round 34: a person's role 负责人/责任人/专人; round 41: 负责人 shared)"
MASKED = "the year is masked or not printed (「20__」「20xx」): the date cannot be resolved, not checked"
SPAN = ("round 36: an activity's span 「活动时间」 is a stage span, its end the deadline of items with no date of their "
        "own (round 38: a span stated once for the whole action)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x176_01_donggang-qu-2013-quanmin-jianshen-pao-huodong-fangan.txt"
plan(X01,
     title="全民健身跑活 动 方 案",
     title_note="line 2 as printed (the spaces of 「活 动 方 案」 are the page's; the scorer squashes white space); line 1 「第一篇:"
                "广场全民健身跑方案」 is the collection's heading of its first piece",
     doc_no="", issuer="东港区 (团区委 and 区文体新局; 「助力“美丽东港”建设」 — 日照市东港区, Shandong, by the name; the place "
                        "name is blanked elsewhere 「建设“美丽”」)",
     date="2013 (「一、活动时间 2013年5月11日上午」)", level="区 (东港区, not named in the heading)",
     source=page_source("https://xiexiebang.com/a14/201905159/2b38fde27fa70518.html"),
     style="a document site's 第一篇: the piece heading, the title with spaced characters, a preamble (「团区委、区文体新局拟联合广场"
           "举办…活动」), field points 一、活动时间 (on the heading line) 二、活动地点 三、活动主题 四、活动目的 五、参加人员 (18-45周岁, "
           "1000人左右), 六、活动内容 a timed schedule (8:00 … 10:45) with no numbers, 七、活动要求 (一) run-in heading over 「各相关"
           "单位要…精心组织」, (二) 「…活动由团区委、区文体新局牵头组织,凯」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间", "二、活动地点", "三、活动主题", "四、活动目的", "五、参加人员"],
     samples=[
        S(["六"], [], [], dl="2013年5月11日上午", dln="2013-05-11",
          note="round 34 early / x168_02's 四: a childless 活动内容 point whose text gives work is a task (count 2 without it "
               "accepted: a reader of round 35's field blocks reads the schedule as a field); " + R2 + ": 「8:00 组织运动员入场、"
               "列队」 has no subject and its object is persons (round 34: 组织＋work needs a subject), 「由专业健身教练带领…」 names "
               "persons (" + PERSON + "): " + NONE_NAMED + "; the clock times 8:00 … 10:45 are not targets (round 25, not "
               "answered); deadline: the day of 一、活动时间 (" + SPAN + "): 2013-05-11"),
        S(["七", "(一)"], [], [], dl="2013年5月11日上午", dln="2013-05-11",
          note="round 39/40 (a 活动要求 section whose items give work is the plan's work); " + R2 + ": 「各相关单位要充分认识…,"
               "高度重视、精心组织,切实加强…组织领导和统筹协调,做好…保障服务工作」 — 各相关单位 is 相关单位 (round 33: 有关单位／相关"
               "单位／各单位 name no kind, a general call), and 「精心组织」 has no object (round 41: 组织 with no object gives no "
               "doer): " + NONE_NAMED + "; deadline: the activity's day (" + SPAN + "): 2013-05-11"),
        S(["七", "(二)"], ["团区委", "区文体新局"], ["团区委", "区文体新局"], dl="2013年5月11日上午", dln="2013-05-11",
          note=CUT + " (「…牵头组织,凯」: the name after the comma, 凯[德广场], is cut — round 36: a name the page cuts off is "
                     "dropped); " + R2 + ": 「“美丽东港”全民健身跑活动由团区委、区文体新局牵头组织」 — 由A、B牵头: both lead (round "
                     "36: two bodies that 牵头 the item are both its lead), responsible the same; the run-in heading 「明确责任,统筹"
                     "安排。」 names no body; the preamble 「团区委、区文体新局拟联合广场举办…」 gives units to no item (round 40: a "
                     "plan's preamble); deadline: the activity's day (" + SPAN + "): 2013-05-11"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 六 (a childless 活动内容 point giving work), 七/(一), 七/(二) (CUT); 2 accepted (六 read as a field); 一–五 "
            "are field points (round 35: 时间, 地点, 主题, 目的, 参加人员 are fields, not tasks)",
            "not answered: 「18-45周岁」 (an age band naming a group of persons, round 31: not a target), 「共计1000人左右」 in the "
            "参加人员 field (a headcount with no comparison word, in no task)",
            "two-line layout as printed: 「一、活动时间 2013年5月11日上午」 keeps its date on the heading line"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x176_02_xingning-shi-2011-quanmin-jianshen-ri-wushu-biaoyan-shishi-fangan.txt"
plan(X02,
     title="2011某市开展全民健身活动日武术表演实施方案",
     title_note="line 1 and line 5 as printed (the site masked the city as 「某市」; the text names 兴宁市)",
     doc_no="", issuer="兴宁市体育局 (Guangdong, 梅州; 「市体育局决定,开展…全民健身活动」 — the plan of a county-level city's bureau)",
     date="2011 (「2011/8/5」 on the page; 「二、活动时间 2011年8月8日20时至22时」)",
     level="a body's own plan (兴宁市体育局, a county-level city's sports bureau)",
     source=page_source("https://www.027art.com/fanwen/jihua/267732.html"),
     style="a 范文 site's page: the title, the site's 「计划总结」 and date lines, the title again, a preamble (「…市体育局决定,开展…活动。"
           "兴宁市武术协会在**市文化广场承办全市武术表演」), 一、指导思想 (with the site's 「莎莎课件站[/]」 inside a word), 二、活动时间 "
           "「2011年8月8日20时至22时。」, 三、组织领导 「活动由兴宁市体育局主办,兴宁市武术协会承办,领导…副局长、…股长…负责督查和协调。"
           "组长:…;范文网[ww.网址未加载]副组长:…」, then the heading 「四、活动内容」 — the stored excerpt ends there (1,440 bytes)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间", "三、组织领导"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["aligned round 41: 「三、组织领导 活动由兴宁市体育局主办,兴宁市武术协会承办,领导…副局长、…股长…负责督查和协调。组长:…」 "
            "only says who hosts the event (the rest names persons) — a plan-level field, no task, no item units "
            "(CONVENTIONS.md \"Round 42 rulings, written early\" → Units: 「活动由A主办，B承办」 as the whole of a 组织领导 point; a "
            "count with it as a task is accepted): its sample (lead 兴宁市体育局, responsible 兴宁市体育局, 兴宁市武术协会, deadline "
            "2011-08-08) removed; the count 1 → 0 leaves on the page, with 1 (三 a task, or 四 an empty leaf) and 2 (both) "
            "accepted; the builder's note was: 1 leaf on the page: 三、组织领导; 一、指导思想 is a section, 二、活动时间 a field (round "
            "35); 「四、活动内容」 is a heading with no text (the excerpt ends): 2 accepted (a parser that keeps 四 as an empty leaf)",
            "the preamble's 「市体育局决定,开展…」 and 「兴宁市武术协会…承办全市武术表演」 give units to no item (round 40: a plan's "
            "preamble before its first section)",
            "site chrome inside the text: 「莎莎课件站[/]」 (in 一) and 「范文网[ww.网址未加载]」 (in 三); 「**市文化广场」「广大**」 masks "
            "are the site's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x176_03_yingtan-shi-quanmin-jianshen-yu-aoyun-tongxing-huodong-fangan.txt"
TABLE = ("the 活动内容 table (columns 时间｜活动内容｜负责单位) is flattened: each row's cells run together on one line, the month "
         "cell before the row number 「4月1.」, the unit cell glued to the end of the activity 「…健步走活动市体育局」")
plan(X03,
     title_note=NO_TITLE + " (the stored opening starts at the preamble 「为深入开展全民健身活动…特制定本方案。」)",
     doc_no="", issuer="鹰潭市 (Jiangxi; 「江西省第十三届运动会在鹰潭的召开」, 「市体育局」)",
     date="20__ (masked; the Beijing Olympics and 江西省第十三届运动会 in 鹰潭 date it to 2008)", level="city (鹰潭, Jiangxi)",
     source=page_source("https://sowenku.cn/document/mn9uz1"),
     style="a document site's preview: a preamble, 一、指导思想, 二、工作思路 (「20__年江西省第十三届运动会在鹰潭」), 三、活动时间 "
           "「时间:20__年4月—9月」, 四、活动内容 — a 时间｜活动内容｜负责单位 TABLE FLATTENED to text: the header line 「时间活动内容负责"
           "单位」, 「4月1.奥运会倒计时一百天万人健步走活动市体育局」, 「2.武术交流展示大会武术协会」, 「5月1.组织腰鼓、军乐团活动腰鼓....」 "
           "— the preview stops there (「🔗更多内容请下载文档」; 1,218 bytes)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作思路", "三、活动时间"],
     samples=[
        S(["四", "4月", "1"], [], ["市体育局"], lead_alternatives=[["市体育局"]], dl="4月", skip_deadline=True,
          **at(X03, "4月1."),
          note=R1 + ": " + TABLE + " — the 负责单位 cell 市体育局 (a unit column is a label); " + ONE + "; 「一百天」 and "
                    "「万人健步走」 are parts of the activity's name (not answered); deadline: the month cell 「4月」 of a masked "
                    "year — " + MASKED + "; the path names the month cell (its number is ignored by the scorer, the row number "
                    "「1」 restarts under 5月)"),
        S(["四", "4月", "2"], [], ["武术协会"], lead_alternatives=[["武术协会"]], dl="4月", skip_deadline=True,
          **at(X03, "\n2."),
          note=R1 + ": " + TABLE + " — 「2.武术交流展示大会武术协会」: activity 武术交流展示大会, 负责单位 武术协会 (the month cell "
                    "is 4月's, merged over rows 1–2); " + ONE + "; " + MASKED),
        S(["四", "5月", "1"], [], [], dl="5月", skip_deadline=True,
          **at(X03, "5月1."),
          note=CUT + " (the row's 负责单位 cell is cut 「腰鼓....」 — round 36: a name the page cuts off is dropped); " + R1 + " "
                     "gives nothing legible; " + R2 + ": 「组织腰鼓、军乐团活动」 has no subject: " + NONE_NAMED + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the table rows 4月/1, 4月/2, 5月/1 (the last cut inside its unit cell; 2 accepted without it); 一、二 are "
            "sections, 三、活动时间 a field (「20__年4月—9月」, masked year); the table's header line is no row",
            "row numbers restart under each month cell (「4月1.」「2.」「5月1.」): the paths name the month cell so that the two 「1」 "
            "rows differ by path; the scorer ignores the month and tells them apart by their first words"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x176_04_shi-2022-fangfan-feifa-jizi-xuanchuanyue-tongzhi.txt"
plan(X04,
     title_note=NO_TITLE + " (the page opens at the addressees 「各縣、區防范和處置非法集資工作領導小組,市…各成員單位:」)",
     doc_no="", issuer="a city in 安徽 (not named; 「市防范和處置非法集資工作領導小組」, 「根據省…辦公室《…》(皖處非辦〔2022〕12號)」, "
                        "「在全市范圍內」)",
     date="2022 (「2022年6月全月為防范非法集資宣傳月」)", level="city (Anhui, not named)",
     source=page_source("http://dmxkys.com/zt/zxzt/sdgjz/11258962186.html"),
     style="a notice in TRADITIONAL characters with the site's inline pinyin 「區(qū)」「據(jù)」: addressees, a preamble whose 「。現」 "
           "came through as 「?,F(xiàn)」 (kept as printed), 一、活動主題和時間 (一)活動主題 (二)活動時間 「2022年6月全月…6月15日為集中"
           "宣傳日…為期10天」, 二、基本原則和主要內容 a lead-in paragraph, (一)聚焦重點領域 「各地各有關部門要…開展宣傳活動…」 — CUT",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], [], dl="2022年6月全月", dln="2022-06",
          note=CUT + "; " + R2 + ": 「各地各有關部門要根據有關工作要求,重點針對養老、涉農等領域開展宣傳活動。特別是要結合…專項行動,"
                     "采用…方式,通過開展…“點對點”提示風險」 — 各地 names no kind (round 32), 各有關部門 is a kind but 開展 without "
                     "組織, 結合, 采用, 提示 are not rule 2's (" + VERBS + "): " + NONE_NAMED + "; 「中央及省、市有關部門高度重視,…作出"
                     "工作部署」 is a past fact (no work given); deadline: no date of its own, the 宣傳月 「2022年6月全月」 of 一/(二) is the "
                     "activity's span (" + SPAN + "; plans-next168 x168_08 the same): 2022-06"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (CUT); 一's (一) 活動主題 and (二) 活動時間 are the notice's fields (round 35's field blocks) — "
            "2 accepted (一 as one task), 3 accepted ((一) and (二) as leaves of a notice that names no unit by rule 2); 二's opening "
            "paragraph 「堅持…原則,…著力宣傳…;健全…機制」 is the section's lead-in (no body named)",
            "「為期10天」 restates a national quiz's length (not answered); 「6月15日為集中宣傳日」 is a day of the span (no item)",
            "the same national 2022 宣传月 notice template underlies plans-next168's x168_08 (沙坡头区, Ningxia); this is another "
            "issuer's own notice (an Anhui city's, citing 皖處非辦〔2022〕12號), not another year's issue of that document (round 36's "
            "near-twin rule)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x176_05_cun-2006-senlin-fanghuo-gongzuo-yuan.txt"
plan(X05,
     title="村2006年森林防火工作预案",
     title_note="line 3 without the site's 「[VIP]」 label (a paid-essay site's mark, as plans-next75's x75_02); the village "
                "name is not printed",
     doc_no="", issuer="a 村 in Fujian (not named; 「我村山地面积约600亩,地处城区边缘」, 《福建省森林防火实施办法》)",
     date="2006 (「制订2006年森林防火工作预案」; the site's 发布时间 2007-12-3)", level="village (a 村 in Fujian, not named)",
     source=page_source("https://www.fanwenq.com/html/2007-12-3/4842e446e38169e6.html"),
     style="a paid-essay site's preview: breadcrumb, the title with 「[VIP]」, the site's 发布时间/文章大小/页数 line and links, a "
           "preamble, 一、落实森林防火领导责任制。 (a heading line ending 。) over one paragraph (「由村两委干部负责包山头」, 「每逢清明、"
           "重阳等重要节日,组织全体村干部…」), 二、加大森林防火宣传力度。 over a paragraph CUT 「以及我村的一」, then the site's login "
           "form (会员信息 / 用户名 / 密 码 / 验证码 / 注册 / 最近更新)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="round 34 early: a childless headed point whose text gives work (「要把…摆上重要议事日程,继续将山林分片」) is a task; "
               + R2 + ": 「由村两委干部负责包山头」 — 村两委干部 are persons (the cadres of the village's two committees: " + PERSON
               + "; RULING? 4: a reader who takes 村两委 for the body answers it), 「组织全体村干部,…上山宣传和防范」 has no subject "
               "and its object is persons: " + NONE_NAMED + "; 「每逢清明、重阳等重要节日」 is a recurring time (round 34: recurring "
               "dates are no deadline): " + NODATE),
        S(["二"], [], [],
          note=CUT + " (「…以及我村的一」, then the site's login form); round 34 early: a headed point giving work "
                     "(「加强思想教育」) is a task; no body is named: " + NONE_NAMED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一, 二 (CUT); the document is headed points over paragraphs (round 34 early)",
            "「我村山地面积约600亩」 in the preamble is a present figure (round 33: not a target; not answered); the laws named in "
            "二 (《森林法》…《市森林火灾处罚规定》) are no bodies",
            "site chrome: breadcrumb, [VIP], 发布时间/文章大小 line, 【…】 links, the login form after the cut"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x176_06_xiang-2014-qiudongji-jinzhi-jiegan-fenshao-shaohuang-shishi-fangan.txt"
plan(X06,
     title="秋冬季禁止秸秆焚烧烧荒工作实施方案",
     title_note="line 3 after the site's chunk number 「1、」 (the plan's own title, run on into its preamble); line 1 is the "
                "site's file name 「2022年秋冬季禁止秸秆焚烧烧荒工作实施方案.doc」 (the site's year, not the plan's: the text is "
                "for 2014)",
     doc_no="", issuer="a 乡 (not named; 「全乡」「我乡」「乡域范围内」, 「省道沿线」, 「apec会议」 of 2014)",
     date="2014 (「为切实做好2014年秋冬季全乡禁止秸秆焚烧、烧荒工作」; 「2014年10月至2015年3月底」)",
     level="township (a 乡, not named)",
     source=page_source("https://taowenge.com/p-45647406.html"),
     style="a document site's preview: the file name, the site's sharing line, then the plan RUN ON under the site's chunk "
           "numbers 「1、」 (line 3) and 「2、」 (line 4, inside the word 「村主要负\\n2、责人」): title, preamble, 一、工作目标和任务 "
           "(「确保“不点一把火,一冒一股烟”」), 二、重点禁烧时段 「2014年10月至2015年3月底。」, 三、职责分工 — a childless section of "
           "paragraphs (「各村是…责任主体,…要层层落实责任,…将禁烧责任落实到各村村委会…24小时巡查…」「农业办积极开展…」「企管站做好…"
           "现场检查工作。」) — CUT 「派出所负责对不」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标和任务", "二、重点禁烧时段"],
     samples=[
        S(["三"], [], ["各村", "各村村委会", "农业办", "企管站", "派出所"], dl="2014年10月至2015年3月底", dln="2015-03",
          not_targets=[(24, "小时")], **at(X06, "三、"),
          note=CUT + "; round 32: a childless section 「X、职责分工」 of paragraphs opening with bodies is one task, its units "
                     "all the bodies in printed order; round 34/35: under a 职责分工 heading every body the text gives work is a "
                     "unit, whatever the verb — 「各村是禁止秸秆焚烧、烧荒工作责任主体」 (a designation, rounds 33/34: 各村), 「村主要"
                     "负责人是第一责任人,…负总责」 (a person: " + PERSON + "), 「将禁烧责任落实到各村村委会」 (the body the work is "
                     "given to, like round 36's 「移交B处理」: 各村村委会 — RULING? 2), 「农业办积极开展…推广工作」 (农业办), 「企管站做好"
                     "…现场检查工作」 (企管站), 「派出所负责对不」 (派出所; round 39: a clause whose words are cut still names its doer); "
                     "the principle 「乡镇督导、村为主、户联防」 names no doer (round 41); no 牵头: lead []; the site's 「2、」 inside "
                     "「负\\n2、责人」 is chrome (round 40); deadline: no date of its own, the campaign's span 二、重点禁烧时段 "
                     "「2014年10月至2015年3月底」 (" + SPAN + "): 2015-03; 「实行24小时巡查」 is a duty-hours rule with no comparison "
                     "word (plans-dev 09's 24小时; round 33: a time with no comparison word is no target): not a target"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三、职责分工 (one task, round 32; CUT); 一、工作目标和任务 (no unit, 「确保…」) and 二、重点禁烧时段 (a "
            "span) are sections; 2 accepted (一 read as a childless point giving work, round 34 early)",
            "the site's chunk numbers 「1、」「2、」 at the starts of lines 3 and 4 are chrome, not items (round 40)",
            "「apec会议等重要时段」 names a time, not a body"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x176_07_jiedao-20xx-fangxun-tongzhi-pian1.txt"
plan(X07,
     title_note=NO_TITLE + " (line 1 is the collection's heading 「防汛通知范文合集8篇」; the piece label 「防汛通知 篇1」 runs into "
                "the addressees on line 3)",
     doc_no="", issuer="a 街道 (not named; 「我街道」, addressed to 「各管区、各村,各办、中心,各有关企业」; 「区防汛抗旱指挥部」 above it)",
     date="20xx (masked: 「现就做好20xx年安全防汛有关工作通知如下」)", level="street (a 街道, not named)",
     source=page_source("https://qtniu.com/shuxinhanjian/tongzhi/73766.html"),
     style="a 范文 site's collection page: its heading and blurb, 篇1's label glued to the addressees, a preamble, 「一、高度重视,落实"
           "责任」 (a heading line) over two paragraphs (「各村要成立…防汛领导小组,严格落实…责任制」「街道与各村签订防汛安全责任书」"
           "「安全监管中心负责各企业、城市」) cut by the site's 「……此处隐藏5569个字……」, the tail of a hidden item 「库领导、技术人员、工程"
           "管理人员进行全面检查验收。」 on the same line, then 「四、认真落实好…领导责任制。各村(场)、水管单位要继续完善…三」 — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村", "安全监管中心"],
          note="round 34 early: a childless headed point whose text gives work is a task; " + R2 + ": 「各村要成立以村党支部书记为"
               "主要责任人…的…防汛领导小组,严格落实防汛工作岗位责任制」 — the subject of 落实 (a kind, round 32: 各村); 「安全监管中心"
               "负责各企业、城市 ……」 — the subject of 负责 (its object cut by the site's hidden-text line; round 39: a cut clause "
               "still names its doer); not units: 「全街道上下必须…」 (a general call), 「全面建立以街道防汛抗旱指挥部为中心…的责任体系」 "
               "(no subject), the persons 村党支部书记/村主任 (" + PERSON + "), the group the item sets up (round 35), and "
               "「街道与各村签订防汛安全责任书」 (签订 without 由 is no rule-2 form — RULING? 3); the hidden text may hold 二、三: the "
               "tail 「库领导…进行全面检查验收。」 after it is read on with 一 (its line) and names persons only; no 牵头: lead []; "
               + NODATE + " (「今年以来」 is no date; the year is masked 20xx)"),
        S(["四"], [], [],
          note=CUT + "; round 35 run-in heading 「认真落实好各级党政首长责任制为中心的防汛抢险领导责任制。」 — 落实 with no subject "
                     "(round 34: an elided subject carries forward inside a paragraph, not back from the sentence after it); "
                     + R2 + ": 「各村(场)、水管单位要继续完善领导干部、技术人员…三[…]」 — 完善 is not rule 2's (" + VERBS + "): "
                     + NONE_NAMED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一 and 四 (CUT); the site's 「……此处隐藏5569个字……」 hides 二 and 三 and the rest of 一: 3 "
            "accepted (the hidden item's tail 「库领导…检查验收。」 read as a task of its own)",
            "「防汛责任制、预案、队伍、物资、避险措施“五落实”」 names a programme (not a target)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x176_08_malantun-zhen-2018-hezhang-xunhe-gongzuo-tongzhi.txt"
plan(X08,
     title="马兰屯镇关于做好镇、村两级河长巡河工作的通知",
     title_note="line 6 (after the site's metadata lines 1–4; the number again on line 7)",
     doc_no="马政发[2018]21号", issuer="马兰屯镇人民政府 (Shandong, 枣庄市台儿庄区)", date="2018-05-30",
     level="town (马兰屯镇, Shandong)",
     source=page_source("http://tez.gov.cn/zwgk/zcwjk/bmzjfb/202211/t20221110_1561755.html"),
     style="a government site's page: metadata lines (索引号, 成文日期, 发文机关, 发文字号), the title, the number, addressees 「镇、"
           "村两级河长及相关单位:」, a preamble citing 《马兰屯镇全面实行河长制工作方案》(马发[2017]40号), then TWO UNNUMBERED "
           "paragraphs giving work (「镇级河长每月巡河不少于3次,村级河长每周巡河不少于1次」, 「每次巡河过程结束后都要将以上资料…报送"
           "镇河长制办公室归档备案」; 「请镇、村两级河长务必…落实好…」, 「镇河长制办公室将在每月月底将…统计汇总报镇总河长」), an 附件 "
           "list 1、–3、 and the signature; the date 「2018年5月30」 cut before 日",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["我镇河长制工作"], [], [], [(3, "次"), (1, "次")], **para(X08, "我镇河长制工作"),
          note="round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (paths by first "
               "words); " + R2 + ": the work is the 河长's — 「要求镇、村两级河长…镇级河长每月巡河不少于3次,村级河长每周巡河不少于1次」 "
               "— 河长 are persons holding an office (round 34: a person's role is never a unit); 「镇河长制办公室制定了河长巡河方案、"
               "起草下发…」 (制定 is no rule-2 verb, and 「…了」 reports what was done); 「报送镇河长制办公室归档备案」 names the receiver "
               "(rule 3); 「安排专人」 a person: " + NONE_NAMED + "; targets: 「不少于3次」「不少于1次」 — floors of a frequency (round "
               "35: 「至少两年开展一次」 is a target; round 30's 不少于): 3 次, 1 次; 「每月」「每周」 are rhythms, no deadline (round 34): "
               + NODATE),
        S(["按照河长巡查制度要求"], [], [], **para(X08, "按照河长巡查制度要求"),
          note="round 38 (as the paragraph before); " + R2 + ": 「请镇、村两级河长务必引起高度重视,要充分发挥职能作用,落实好上级的"
               "安排部署」 — 请A＋落实 (round 30's request form) with A persons (河长: round 34), 「镇河长制办公室将在每月月底将…统计"
               "汇总报镇总河长」 — 统计汇总 and 报 are no rule-2 verbs (" + VERBS + "); 「区对镇(街)河长制工作考核」 is oversight: "
               + NONE_NAMED + "; 「每月月底」 is a rhythm (round 34: recurring dates are no deadline): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "每次巡河过程结束后将巡河资料(纸质版和电子版)报送镇河长制办公室归档备案", "when": "每次巡河过程结束后",
         "when_norm": None},
        {"what": "镇河长制办公室每月月底将镇、村两级河长巡河情况及资料上报情况统计汇总报镇总河长", "when": "每月月底",
         "when_norm": "monthly (month end)"},
     ],
     notes=["2 leaves: the two unnumbered paragraphs after the preamble (round 38); the 附件 list 1、–3、 names attachments (no "
            "tasks); the preamble's 「经镇河长制办公室研究」 gives no item units (round 40)",
            "duties: the 河长's sending of each patrol's records to the town's 河长制办公室 (round 40: a standing sending to the "
            "issuing office is a duty, whoever sends it; after each patrol, no date) and the office's monthly summary to the town's "
            "总河长 (round 41: a report named by its rhythm is a duty with that rhythm: monthly); the patrol rhythms themselves "
            "(每月/每周巡河) are no reporting duty (round 34; plans-dev 08)",
            "「枣庄市总河长令第1号」「马发[2017]40号」 are document names, not targets; the signature date is cut 「2018年5月30」 "
            "(the metadata gives 2018-05-30)"])

write_collected(DIR)
