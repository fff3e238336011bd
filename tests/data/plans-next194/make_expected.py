# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next194/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c194, round 43: eight page openings of plans from outside Shanghai — a county's
2016 第28个爱国卫生月 实施方案 (one run-on line, 「各镇、各部门、各单位要…组织开展…」); 北正社区居民委员会's 2010 爱国卫生月
方案 (浏阳; three dated 阶段 written as items, 「各社区要…认真组织辖区单位、居民开展…」); a 镇's 爱国卫生月 方案 (「xx年」, a
lost 一、 and a lost bracket 「二)」, no unit anywhere); a 社区-headed 爱国卫生月 方案 (「各乡镇街道、各部门要组织本单位…开展
大扫除」, the site's paywall lines); a 重庆 county's 科技活動周 方案 (traditional with inline pinyin, 「由縣科委牽頭」 in every
item); a 鄉's 2009 科技活動周 方案 (traditional; 參加活動單位 field; 「由農技站牽頭組織…」 in 四、活動時間); a county bureau's
20* 第八屆 科技活動周 方案 (traditional with inline pinyin; a field block 活動時間／參與單位／日程安排, CUT); 湘西自治州's 2020
放管服 優化營商環境 工作計劃 (州政發〔2020〕5號, traditional with inline pinyin, 「(牽頭單位:…;責任單位:…,6月底完成)」)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where the
number does not open its line or has lost its bracket); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–43 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c194.

    python tests/data/plans-next194/make_expected.py tests/data/plans-next194
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a one-line page, a run-on heading) or lost its opening bracket 「二)」:
# the line where marker ends and the first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36: hired persons)"
MASKED = "the year is masked or blank on the page (「xx年」「20*年」「舉辦好年…」): the deadline is not checked"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
GEBUMEN = ("RULING? 各部门 with a rule-2 verb read as a kind (round 33: 有关部门／相关部门／各有关部门 are kinds; 部门 names a "
           "kind of body where 单位 names any body), not as round 30's general call 「各部门要加强…」 (which has no rule-2 "
           "verb); a reader who takes 各部门 for a general call drops it")

# ---------------------------------------------------------------------------------------------------------
X01 = "x194_01_xian-2016-di28ge-aiguo-weisheng-yue-huodong-shishi-fangan.txt"
plan(X01,
     title_note="title not checked: the page is ONE LINE that opens 「XX 年第 28 个爱国卫生月活动实施方案范文 2016 年县第 28 个"
                "爱国卫生月活动实施 方案 2016 年县第 28 个爱国卫生月活动实施方案 2016 年 4 月是…」 — the site's title, the "
                "document's title twice (once broken by a space) and the preamble run together with no line break",
     doc_no="", issuer="a county (「结合我县实际,县爱国卫生运动委员会(以下简称县爱卫会)决定…」; 「各镇」; 「在 XX 县区」 masked; "
     "not named)", date="2016 (「2016 年 4 月是全国第 28 个爱国卫生月」)", level="county (not named; its 县爱卫会)",
     source=page_source("https://www.xiaomilidoc.com/p-10462846.html"),
     style="a document site's preview as ONE LINE with no line breaks: the title thrice, a preamble 「县爱卫会…决定 4 月份在全县"
           "开展爱国卫生月活动」, 一、活动主题 (the theme, then 「一是各镇、各部门、各单位要以创建国家卫生县城为抓手…;二是…要围绕"
           "国卫标准,广泛宣传…」), 二、活动内容 (一) 深入推进城乡环境卫生整洁行动 (「各镇、各部门、各单位要…组织开展全民性的城乡"
           "环境卫生整洁行动」), (二) 扎实开展卫生单位创建工作 — CUT at 「扎实开展」; spaces around Latin letters and digits "
           "「2016 年 4 月」「XX 县区」 are the page's",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], ["各镇", "各部门"], dl="4 月份", dln="2016-04", **at(X01, "(一)"),
          note=R2 + ": 「各镇、各部门、各单位要…广泛发动群众,组织开展全民性的城乡环境卫生整洁行动」 — 组织开展, the subject a "
               "list: 各镇 a kind (round 32: 各街镇 a kind, a doer with a rule-2 verb), 各单位 a general call (round 33: no "
               "kind, no doer), " + GEBUMEN + "; lead [] (no 牵头); 「在 XX 县区,要…」「在乡村,要…」 have no subject; 「动员群众…」 "
               "— 动员 is no rule-2 verb; " + SPAN + ": 「决定 4 月份在全县开展爱国卫生月活动」 in the preamble, 2016 by 「2016 "
               "年 4 月是…」: 2016-04"),
        S(["二", "(二)"], [], [], dl="4 月份", dln="2016-04", **at(X01, "(二)"),
          note=CUT + " (「各镇、各部门、各单位要对照《国家卫生县城标准》,扎实开展」); 开展 without 组织 is no rule-2 verb (round "
                     "30's closed list): " + NONE + "; " + SPAN + ": 2016-04"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一), 二/(二) (CUT). 一、活动主题 states the theme and two aims 「一是…二是…」 inside its "
            "paragraph (round 37: 一是…二是… inside a point are its text) that give work only by 要 with verbs outside rule 2 "
            "(以…为抓手, 围绕, 宣传): read as a section (round 42 continued: a section that gives the theme of the activity is "
            "a field; round 34 early: a childless 总体要求-like section stays a section where the work sits in numbered "
            "items); 3 accepted (一 read as a childless point that gives work, round 34 early) — RULING? (see README)",
            "「第 28 个」 is an ordinal, 「“六小”行业」「“两个意见”」 names; no figure with a comparison word on the page"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x194_02_beizheng-shequ-2010-aiguo-weisheng-yue-huodong-fangan.txt"
PH02 = ("RULING? the three stages 「(一)4月1—11日为宣传发动阶段。」… are written as the items of 二、活动内容, each a named "
        "stage (…阶段) with its dates and its work under it: read as phases and tasks (round 33: a stage with its work is a "
        "phase and a task; round 42: phases need named stages, 阶段/步骤), though the section is no 实施步骤／时间安排 and no "
        "lead-in counts the stages")
plan(X02,
     title="2010年爱国卫生月活动方案",
     title_note="line 9, the piece's own title under the issuer's line 7 「北正社区居民委员会」 (line 3 「爱国卫生月活动方案」 is "
                "the site's headline)",
     doc_no="", issuer="北正社区居民委员会 (浏阳, 湖南: 「根据淮川街道爱卫发[2010]4号方案」, 「《浏阳市爱卫会统一灭鼠活动实施"
     "方案》」)", date="2010 (the title; 「第22个爱国卫生月」)",
     level="a body's own (a 社区居民委员会 under 淮川街道, 浏阳市, 湖南)",
     source=page_source("https://www.inrrp.com.cn/html/2a5077004ab64219.html"),
     style="a 范文 site's page: the site's name and headline, its date line, the issuer's line and the title, a preamble, "
           "一、指导思想, 二、活动内容 with three dated stages written as items 「(一)4月1—11日为宣传发动阶段。」 「(二)4月11—21日"
           "为灭鼠活动阶段。」 「(三)4月22—25日为迎“五一”环境卫生综合整治阶段。」 each over a paragraph 「各社区要…」 (the "
           "community's plan names 各社区, a template's word); (二)'s paragraph broken by the page 「农贸\\n\\n市场」; (三)'s "
           "text on its heading line — CUT at 「进一」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], ["各社区"], lead_alternatives=[["各社区"]], dl="4月1—11日", dln="2010-04-11",
          note=R2 + ": 「各社区采取…形式开展…宣传活动,组织好“世界卫生日”(4月11日)的集中宣传活动」 — 组织＋work (round 34; "
               "round 43: 组织 is in rule 2's list whatever its object): 各社区, a kind (a doer); 开展 alone names none; " + ONE
               + "; the item's own dates 「4月1—11日」 (round 37: an item's own date wins), 2010 by the title; " + PH02),
        S(["二", "(二)"], [], ["各社区"], lead_alternatives=[["各社区"]], dl="4月11—21日", dln="2010-04-21",
          note=R2 + ": 「各社区要按照…要求,认真组织辖区单位、居民开展春季灭鼠工作」 — 「A组织B＋verb」 (round 30): 各社区 a doer, "
               "辖区单位、居民 (the objects of 组织) no units; 「督促单位及饮食店、南杂店、农贸市场等个体经营户自购药」 — the objects "
               "of 督促 are no units (round 30); 「18—19日将鼠药全部投放到位」 is a step inside the stage (round 34: several dates, "
               "the latest is the deadline): 4月21日; " + ONE + "; " + PH02),
        S(["二", "(三)"], [], [], dl="4月22—25日", dln="2010-04-25",
          note=CUT + "; 「各社区要以背街小巷…为重点,着重解决…问题,彻底清除…」 — 解决／清除 are no rule-2 verbs: " + NONE
               + "; the item's own dates 「4月22—25日」: 2010-04-25; " + PH02),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": "2010-04", "end": "2010-04"},
             {"name": "灭鼠活动阶段", "start": "2010-04", "end": "2010-04"},
             {"name": "迎“五一”环境卫生综合整治阶段", "start": "2010-04", "end": "2010-04"}],
     duties=[],
     notes=["3 leaves: 二/(一)–(三) ((三) CUT); 一、指导思想 is a section",
            "phases: the three dated stages (RULING?, see README); 「世界卫生日(4月11日)」 is a day inside stage (一)",
            "「第22个」 is an ordinal; 「爱卫发[2010]4号」 a document number; no targets on the page"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x194_03_zhen-aiguo-weisheng-yue-huodong-fangan.txt"
plan(X03,
     title_note=NO_TITLE + " (the page opens inside the plan's first point 「以“创建卫生环境,人人有责,人人受益”为主题,…」, its "
                "一、 and the title lost)",
     doc_no="", issuer="a 镇 (「结合我镇实际情况」「我镇爱国卫生月工作小组」「到县爱卫会领取」; not named)",
     date="xx年 (masked: 「本次活动时间为:xx年4月1日至4月30日」)", level="town (a 镇, not named)",
     source=page_source("http://tudiao.com/a/2201/1544359.html"),
     style="a document site's page that opens inside the first point (its 「一、」 and the title lost), 二、活动时间 「xx年4月1日"
           "至4月30日」 with 「三、活动内容(一)宣传发动。」 run on after it on one line, 「二)环境整治。」 with its opening bracket "
           "lost, 1、–3、 (the site's page line 「第1页共2页。」 between 2、 and 3、), 四、保障落实 1、 2、 (heading lines over "
           "paragraphs) — CUT in 2、; no unit is named anywhere (「我镇爱国卫生月工作小组」 a group the plan sets up, 「县爱卫会」 "
           "the body that hands out the poison)",
     leaf_tasks=6, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["(the opening point, its 一、 lost)", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True, **at(X03, "(一)"),
          note="a plan that names no units at all: every numbered leaf is a task (plans-dev 08; CONVENTIONS What is a task); "
               "「以…为主题开展健康教育…开展宣传活动」「充分动员我镇居民…」 have no subject: " + NONE + "; " + SPAN + " "
               "(「xx年4月1日至4月30日」), but " + MASKED),
        S(["三", "(二)", "1"], [], [], skip_deadline=True, **at(X03, "\n1、"),
          note="「二)环境整治。」 is the (二) whose opening bracket the page lost (round 37: a lost number is an item, like 「1整治」 "
               "of round 42); 「开展环境卫生清扫活动,每周抽出一天时间对镇开展卫生清扫活动」 — no subject, 开展 no rule-2 verb: "
               + NONE + "; 「每周」 is a rhythm of the work, no deadline (round 34) and no duty (no sending); " + MASKED),
        S(["三", "(二)", "3"], [], [], skip_deadline=True, **at(X03, "\n3、"),
          note="「到县爱卫会领取灭鼠药350包…,合理分配并下发至各村(居)和镇直各单位」 — no subject; 县爱卫会 the body the supplies "
               "come from and 各村(居)、镇直各单位 their receivers (rule 3: a body that only receives names no unit); 「号召全镇群众"
               "…」 a call to the public: " + NONE + "; RULING? 「灭鼠药350包、灭蝇药120包、灭蟑药120包」 — the supplies the town "
               "collects, no comparison word (round 30's line): read as neither a target nor a not-target here (not checked; "
               "round 37: an item's own number to build is a target, a figure that names a kind is not); " + MASKED),
        S(["四", "1"], [], [], skip_deadline=True, **at(X03, "\n1、", 2),
          note="heading line 「1、加强领导,提高认识。」 over its paragraph (round 35: run-in headings); 「我镇爱国卫生月工作小组必须"
               "起到切实有效的作用,高度重视…」 — a group the plan sets up (round 35: no unit) and 起到／重视 no rule-2 verbs: " + NONE
               + "; a plan with no units: an item of 保障落实 is a task (plans-dev 08); the count 4 without 四's items is "
               "accepted (round 27); " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/(一), 三/(二)/1–3, 四/1, 四/2 (CUT); the opening point (its 一、 lost) and 二、活动时间 (the span) are "
            "sections; 4 accepted (without 四、保障落实's two items, round 27: items of 保障措施 that name no unit)",
            "「第1页共2页。」 is the site's page line inside 三/(二) (chrome, not text of 2、 or 3、)",
            "no unit anywhere: every sample answers lead [] and responsible []; the year is masked, so no deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x194_04_shequ-aiguo-weisheng-yue-huodong-fangan.txt"
plan(X04,
     title="社区爱国卫生月活动方案",
     title_note="line 4, as printed (the site's title for the piece; the plan's own text speaks of 各乡镇街道 and a county's "
                "「巩固国家卫生城市创建成果」)",
     doc_no="", issuer="not named (the site calls it a 社区 plan; its text addresses 「各乡镇街道、各部门」 — a county or city's "
     "爱卫会 plan by its wording)", date="not shown (the theme 「全民参与爱国卫生 共建共享健康中国」 and 「国务院时隔25年再次印发」 "
     "the 2014 意见 point to 2015)", level="county or city (not named; the site's 社区 title)",
     source=page_source("http://www.6dgww.com/Article/325880.html"),
     style="a 公文 site's page: the site's banner line, the title, 一、活动主题 (a theme line), 二、活动内容 (一) 开展爱国卫生宣传 "
           "(「各乡镇街道、各部门要以学习宣传国务院《意见》为重点…」), (二) 开展环境卫生整治 (「各乡镇街道、各部门要组织本单位及下属"
           "单位开展大扫除」「…要发动社会组织开展志愿者行动」), then the site's paywall lines 「(未完,全文共1416字,当前显示472字)」 "
           "and its footer — a whole short page (1,821 bytes), the plan CUT after (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], [], [], not_targets=[(25, "年")],
          note="run-in heading 「开展爱国卫生宣传。」 (round 35); 「各乡镇街道、各部门要以学习宣传国务院《意见》为重点,采取…形式,"
               "运用好…宣传阵地」 — 采取／运用 are no rule-2 verbs (a general call by its verbs, round 30): " + NONE + "; 「时隔"
               "25年」 is a past span, no target (round 33: past figures are not targets); " + NODATE),
        S(["二", "(二)"], [], ["各乡镇街道", "各部门"],
          note=R2 + ": 「各乡镇街道、各部门要组织本单位及下属单位开展大扫除」 — 「A组织B＋verb」 (round 30): A the doers, 本单位及"
               "下属单位 (the objects of 组织) no units; 「各乡镇街道」 is one name as printed (no 、 inside it; round 30: names as "
               "printed); " + GEBUMEN + "; 「要结合美丽乡村活动,…集中组织开展一次环境卫生整治活动」 has no subject of its own; "
               "「…要发动社会组织开展志愿者行动」 — 发动 is no rule-2 verb; lead [] (no 牵头); the page states no time for the "
               "activity (爱国卫生月 is April by custom, not by the text): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一), 二/(二); 一、活动主题 is a field (round 42 continued: the theme of the activity)",
            "the lines after (二) (「(未完,…)」「温馨提示」「已经注册:立即登录>>」…) are the site's paywall and footer, not text of "
            "the plan"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x194_05_chongqing-xian-keji-huodongzhou-jianshe-fangan.txt"
LED = ("round 29 rule 2: 「由A牵头」 — lead A; responsible A and the bodies 配合 after it, in printed order; names as printed "
       "with the site's inline pinyin kept (round 39: 「農(nóng)業(yè)」 kept as printed)")
plan(X05,
     title="科技活動周建設(shè)方案",
     title_note="line 1, as printed with the site's inline pinyin (round 39); the plan calls itself 「年科技活動周實施方案」 "
                "with its year left blank",
     doc_no="", issuer="a county of 重庆 (「渝辦發(fā)〔〕72號」, 「結合我縣實際」, 縣科委／縣教委／縣經(jīng)信委 — 重庆's county "
     "names; not named)", date="blank (「為舉辦好年科技活動周」 — the year is left out; the site's date 2022-02-13 and the "
     "address 201202 are the upload's)", level="county (重庆, not named)",
     source=page_source("http://www.eimio.cn/article/xzgaoshou/gongzhuo/201202/497674.html"),
     style="a 范文 site's page in traditional characters WITH THE SITE'S INLINE PINYIN 「建設(shè)」「縣環(huán)保局」: the title, the "
           "site's time and 導語 lines, a preamble with the year left blank, 一、活動時間5月15日—5月21日 and 二、活動主題… (heading "
           "and text on one line), 三、主要活動 「一)舉辦…開幕式由縣科委牽頭,…」 (its opening bracket lost) and (二)–(五), each "
           "a run-in heading glued to 「由A(、B)牽頭(,C、D配合)」 — CUT in (五) 「面對面進行技」",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活動時間", "二、活動主題"],
     samples=[
        S(["三", "(一)"], ["縣科委"], ["縣科委"], skip_deadline=True, **at(X05, "\n一)"),
          note="「一)」 is the (一) whose opening bracket the page lost (round 37: a lost number is an item); " + LED + ": "
               "「由縣科委牽頭,舉辦年科技活動周活動開幕式」; the span 「5月15日—5月21日」 (一、活動時間) would date it (round 36), "
               "but " + MASKED),
        S(["三", "(二)"], ["縣科委", "縣環(huán)保局"], ["縣科委", "縣環(huán)保局"], skip_deadline=True,
          note=LED + ": 「由縣科委、縣環(huán)保局牽頭,組織…在社區(qū)、街鎮(zhèn)巡回開展科普展覽」 — two bodies that 牵头 are "
               "both the lead (round 36; x177_06's 「(牵头单位:A、B)」); 社區、街鎮 are places; " + MASKED),
        S(["三", "(三)"], ["縣科委"], ["縣科委"], skip_deadline=True,
          note=LED + ": 「由縣科委牽頭,邀請科技部專家主講創(chuàng)新方法」 — 科技部專家 are persons (" + PERSON + "), "
               "邀請 no rule-2 verb; " + MASKED),
        S(["三", "(四)"], ["縣教委"], ["縣教委", "縣科委", "縣科協(xié)"], skip_deadline=True,
          note=LED + ": 「由縣教委牽頭,縣科委、縣科協(xié)配合,在中學(xué)舉辦…」: lead 縣教委, responsible 縣教委, 縣科委, "
               "縣科協(xié); 中學 is a place; " + MASKED),
        S(["三", "(五)"], ["縣科委"], ["縣科委", "縣經(jīng)信委", "縣農(nóng)委"], skip_deadline=True,
          note=CUT + "; " + LED + ": 「由縣科委牽頭,縣經(jīng)信委、縣農(nóng)委等部門配合,組織市級科技特派員、縣級科技特派員到…」 — "
                     "the 等部門 tail dropped (round 35: separate heads); the 科技特派員, objects of 組織, are persons (" + PERSON
                     + "); " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(五) ((五) CUT); 一、活動時間 and 二、活動主題 are fields (round 42 continued: a section that only "
            "gives the time or theme of the activity), their text on the heading line",
            "the year is blank throughout (「舉辦好年科技活動周」「渝辦發(fā)〔〕72號」): no deadline is checked",
            "every item names its bodies in a 由…牽頭 clause: a labelled-in-sentence plan (rule 2, not a bracket label)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x194_06_xiang-2009-keji-huodongzhou-shishi-fangan.txt"
plan(X06,
     title="鄉(xiāng)科技活動周實施方案",
     title_note="lines 1 and 7, as printed with the site's inline pinyin (round 39); the plan names itself 「*鄉(xiāng)2009年"
                "科技活動周實施方案」 in its preamble",
     doc_no="", issuer="a 鄉 (masked 「*鄉」; 「根據縣科技局《關于舉辦2009年科技活動周的通知》」; 「到雷寨溝村三組參觀」)",
     date="2009 (the preamble; 「第九屆科技活動周」)", level="township (a 鄉, masked 「*」)",
     source=page_source("http://www.eimio.cn/article/xzgaoshou/gongzhuo/200907/235376.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin on some words 「鄉(xiāng)」「創(chuàng)新」: "
           "title, the site's time and 導語 lines, the title again, a preamble, four childless points: 一、活動主題, 二、活動內容 "
           "(「科技大宣傳、科技大示範、科技大實施。」), 三、參加活動單位 (a list of the 鄉's 站 「…等單位」), 四、活動時間 「2009年5月16日"
           "-5月22日。」 followed by three dated steps, the last 「5月21日-22日由農技站牽頭組織各村農戶代表到…參觀…,由專業技術人員傳授"
           "…」; a short copy (1,514 bytes) that ends at a full stop",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、活動主題", "二、活動內容", "三、參加活動單位"],
     samples=[
        S(["四"], ["農技站"], ["農技站"], dl="2009年5月16日-5月22日", dln="2009-05-22",
          note="round 36: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered "
               "points too (it is more than the time of the activity, round 42 continued); " + R2 + ": 「5月21日-22日由農技站牽頭"
               "組織各村農戶代表到…參觀…」 — 由A牵头: lead 農技站; 各村農戶代表 (the objects of 組織) are persons, no unit (round "
               "41: 「由A牵头，组织B…」); 「由專業(yè)技術人員傳授…」 — persons (" + PERSON + "); 「召開各村、鄉級部門…聯席會議」 "
               "has no subject and 召開 without 組織 is no rule-2 verb; 「各部門結合自身特點開展科技活動宣傳」 — 開展 no rule-2 "
               "verb; the 參加活動單位 of 三 is a plan-level field stated once for the whole event and gives this item no units "
               "(round 41: a plan-level 承办单位 field; round 42: points that only say who carries out the whole event) — RULING? "
               "(see README); the span's end and the last step's end are both 5月22日 (round 34: the latest date): 2009-05-22"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 四 (the span and its three dated steps, one of them with a 由…牽頭 doer). 一、活動主題 and 二、活動內容 (three "
            "slogans, no work) are fields; 三、參加活動單位 is a plan-level field (round 42: no task, a count with it accepted: "
            "2). Accepted: 0 (四 read as a field of the activity's time) and 2 (三 counted)",
            "the three dated steps inside 四 (5月16日-17日, 5月18日-20日, 5月21日-22日) have no stage names: not phases (round "
            "42: phases need named stages, 阶段/步骤)",
            "「國科發(fā)字[2009]114號」 is a document number (its opening bracket 《 closed without 》 on the page)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x194_07_xian-ju-diba-jie-keji-huodongzhou-shishi-fangan.txt"
plan(X07,
     title="科技活動(dòng)周實(shí)施方案",
     title_note="lines 1 and 7, as printed with the site's inline pinyin (round 39)",
     doc_no="", issuer="a county bureau (「結合我局實際」; its 參與單位 are 縣文化館、縣圖書館、縣文管所、縣文工團… — a county's "
     "culture bureau by its units; 「*縣」「*州」 masked)", date="20* (masked: 「20*年科技活動周將于5月17日—23日」, 「第八屆」)",
     level="a county bureau's own (masked county)",
     source=page_source("http://m.alizhichou3.cn/article/xzgaoshou/gongzhuo/200907/231440.html"),
     style="a 范文 site's page in traditional characters WITH THE SITE'S INLINE PINYIN 「活動(dòng)」「實(shí)施」: title, the site's "
           "time and 導語 lines, the title again, a preamble, 一、指導思想, 二、活動主題, 三、活動內容 as a FIELD BLOCK — 「(一)活動時間:"
           "20*年5月17日—5月23日」「(二)參與單位:縣文化館、縣圖書館、縣文管所、縣文工團、縣稽查隊、縣體校、*州今典影視公司。」「(三)活動"
           "日程安排及責任人:」 — then 「1.5月14日召開各直屬單位科技活動周工作聯席會(hu」 — CUT inside its first schedule line",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指導(dǎo)思想", "二、活動(dòng)主題"],
     samples=[
        S(["三"], [], ["縣文化館", "縣圖書館", "縣文管所", "縣文工團(tuán)", "縣稽查隊(duì)", "縣體校", "*州今典影視公司"],
          skip_deadline=True,
          note="round 35: numbered lines that are the fields of one item 「(一)活動時間 (二)參與單位 (三)活動日程安排及責任人」 are that "
               "item's fields: 三、活動內容 is one task and its 參與單位 line its units label (responsible, no lead; round 42: a "
               "參加單位 list inside one item's fields is that item's responsible units); names as printed with the inline "
               "pinyin (round 39) — 「*州今典影視公司」 keeps its masked 「*州」 (RULING? round 37 drops a wholly masked name 「由xx"
               "负责」; this one is masked only in its place part); the count is 1 either way — 三 as one task, or the schedule "
               "line 1. (CUT) as the one leaf under (三) — and 3 is accepted ((一), (二) and 1. read as leaves) — RULING? (see "
               "README); the span 「20*年5月17日—5月23日」: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 task: 三、活動內容 (a field block with the units line 參與單位 and a schedule that begins at 1. and is CUT); "
            "一、指導思想 and 二、活動主題 are sections; 3 accepted ((一), (二), 1. as leaves)",
            "「(三)活動日程安排及責任人」 announces persons (責任人) for the schedule lines; the page ends before any of them",
            "「*府辦〔20*〕101號」 is a document number; 「第八屆」 an ordinal"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x194_08_xiangxi-zhou-2020-fangguanfu-youhua-yingshang-huanjing-gongzuo-jihua.txt"
plan(X08,
     title="湘西自治州2020年深化“放管服”改革優(yōu)化營商環(huán)境工作計劃",
     title_note="line 6, as printed with the site's inline pinyin (round 39); the cover's line 3 names it in 《》",
     doc_no="州政發〔2020〕5號 (printed 「州政發(fā)〔2020〕5號」)", issuer="湘西自治州人民政府 (湖南)",
     date="2020-02-22 (the cover's signature date)",
     level="prefecture (湘西土家族苗族自治州, a city-level autonomous prefecture of 湖南)",
     source=page_source("http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html"),
     style="a county government site's copy of the prefecture's notice in traditional characters WITH THE SITE'S INLINE "
           "PINYIN 「發(fā)」「優(yōu)化」「營商環(huán)境」: the document number, addressees, the cover sentence 「請結合實際,認真貫徹"
           "落實」, the signature and date, the title, a preamble, 一、進一步提升政務服務效能 with 1. (a closing label 「(牽頭單位:"
           "州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經開區管委會,6月底完成)」) and 2. — "
           "CUT in 2. 「全面落實“三進”(人進、權進、事」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["州行政審批服務局"],
          ["州行政審批服務局", "州司法局", "州委編辦", "州直相關單位", "各縣市人民政府", "湘西經(jīng)開區(qū)管委會"],
          dl="6月底完成", dln="2020-06",
          note=R1 + ": 「(牽頭單位:A;責任單位:B、C及D,E、F,6月底完成)」 — lead A; responsible A and every name of the 責任單位 "
               "list as printed (round 33: labels keep their names; round 37: in a unit column the label rule keeps "
               "「各有关单位」-like names, so 州直相關單位 stays); 「州委編辦及州直相關單位」 — 及 joins two names (round 34); "
               "「湘西經(jīng)開區(qū)管委會」 with the site's inline pinyin as printed (round 39); the label's time 「6月底完成」 "
               "of the plan's year 2020 (the title): 2020-06; 「兩個相對集中行政許可權改革試點」 names the pilots, no target "
               "(round 38: counts of existing pilots)"),
        S(["一", "2"], [], [],
          note=CUT + " before its label (the page ends at 「(人進、權進、事」): " + NONE + " (「以…為基準,加快…建設,完善…,優化"
                     "…,全面落實…」 has no subject; round 41: a label lost to the cut is read as nothing); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/1, 一/2 (CUT); the cover (addressees, 「請結合實際,認真貫徹落實」, signature) is no task "
            "(round 25)",
            "「第54次常務會議」 is an ordinal; 「國令第722號」「湘政辦發(fā)〔2019〕56號」 document numbers"])

write_collected(DIR)
