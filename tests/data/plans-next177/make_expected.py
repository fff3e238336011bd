# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next177/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c177, round 41: eight page openings of plans from outside Shanghai — page 2 of
呼和浩特's 2010–2012 文明交通行动计划 (五、实施步骤 by year, 「各有关部门组织专项检查」); a county's 禁毒宣傳月 plan
(traditional, 「xx年」, set-up groups, 「縣禁毒委將舉辦」); a 金华 county's 2014 禁毒集中宣傳月 plan (traditional with
inline pinyin, a campaign span 「5月中旬至7月中旬」, 各單位 a general call); 海口市司法局's 2016 禁毒 宣传 plan (a label
「(负责单位:…)」, 不少于1次, 「6月26日,市司法局将…组织…」 and a subject cut before its verb); 湖南省政协办公厅's 20xx
网络安全宣传月 notice (「由A举办,B具体承办」, heading lines 1.–4., 活动要求 with a general call, a request and an option);
a 镇's 2023 宪法宣传周 plan (「(牵头单位:A、B)」 labels, 33个村(社区)); 岳西县's 2015 3.15 plan (six dated steps, 「(由市场
监管局负责组织实施)」); 民和县's 2017 3·15 plan under a forwarding cover (「由A牵头,协同B、C…等行政企事业单位,组织实施」)):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–41 are cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans
by c177.

    python tests/data/plans-next177/make_expected.py tests/data/plans-next177
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36: hired persons)"
MASKED = "the year is masked on the page (「xx年」「20xx年」): the deadline is not checked"
SPAN = ("round 36/37: an activity's or campaign's span stated once for the whole action is a stage span, its end the "
        "deadline of items with no date of their own")
UNITLESS = ("round 40: items naming no unit in a plan with units elsewhere are tasks where they give work (a count "
            "without them is accepted)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x177_01_huhehaote-shi-2010-wenming-jiaotong-xingdong-jihua-di2ye.txt"
plan(X01,
     title_note=NO_TITLE + " (the page is page 2 of the document: it opens at 「(二)活动形式」 of a section it does not show)",
     doc_no="", issuer="呼和浩特市 (not named on the page; 「首府公共文明指数」「在全区推出」, the 2010–2012 steps; the site's "
     "page 1 did not come back)", date="2010 (the steps run 2010–2012)", level="city (呼和浩特, capital of 内蒙古)",
     source=page_source("http://ask.fsou.com/html/text/lar/173236/17323684_2.html"),
     style="PAGE 2 of a city's 文明交通行动计划 on a document site: (二)活动形式 (one paragraph, 「在市委、市政府的统一领导下,各有关"
           "部门密切配合」) of a section the page does not show, then 五、实施步骤 with three stages named by their YEAR "
           "「(一)2010年,全面启动文明交通行动计划」「(二)2011年,活动深入开展阶段」「(三)2012年,活动巩固阶段」, each a heading "
           "line over a paragraph of work; (三) CUT mid-word 「促进全社会文」",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(二)"], [], [], skip_deadline=True,
          note="the (二) of a section the page does not show (its heading is on page 1); " + UNITLESS + " — it gives the "
               "action's work 「持续开展…行动,建设完成…项目,集中整治…」 with no doer; the count 3 without it is accepted; "
               "「在市委、市政府的统一领导下」 names a body only as a circumstance (rule 3, like 「在A指导下」); 「各有关部门密切"
               "配合」 — 配合 with no doer names none (round 34: 配合 needs a doer): lead [], responsible []; 「为期三年」 is a "
               "duration whose end the page gives only through the steps (2012): the deadline is not checked"),
        S(["五", "(一)"], [], [], dl="2010年", dln="2010",
          note="round 33: a stage written as a name and a time in a section 「实施步骤」 is a phase, and a task where work is "
               "written under it; round 39: a year opening a headed point 「2009年,…」 is its deadline: 2010; 「在全市举行…」"
               "「全市要率先…推出」 — 全市 is a place, no kind of body (a general call, like 各地, round 32); 「大力组织专项整治"
               "行动」 has no subject; 「党政机关公务人员要率先…」 — persons (" + PERSON + "): lead [], responsible []"),
        S(["五", "(二)"], [], ["各有关部门"], lead_alternatives=[["各有关部门"]], dl="2011年", dln="2011",
          note=R2 + ": 「各有关部门组织专项检查,督促工作落实」 — 组织＋work (round 34): 各有关部门, a kind (round 32/33: 各有关部门 "
                    "is a doer with a rule-2 verb); 「各县、区全面开展文明交通行动」 — 开展 without 组织 is no rule-2 verb (round "
                    "30's closed list); the object of 督促 is no unit; " + ONE + "; round 39: the year opening the stage, 2011"),
        S(["五", "(三)"], [], [], dl="2012年", dln="2012",
          note=CUT + " (mid-word 「促进全社会文」); a stage with work under it (round 33): 「重点在机制建设方面取得突破。认真总结…"
                     "形成长效规范工作机制」 has no subject: lead [], responsible []; round 39: 2012"),
     ],
     plan_targets=[],
     phases=[{"name": "全面启动文明交通行动计划", "start": "2010-01", "end": "2010-12"},
             {"name": "活动深入开展阶段", "start": "2011-01", "end": "2011-12"},
             {"name": "活动巩固阶段", "start": "2012-01", "end": "2012-12"}],
     duties=[],
     notes=["4 leaves on the page: (二)活动形式 and 五/(一)–(三) (stages with work, round 33); 3 accepted ((二) read as a "
            "description of the action's form, no task)",
            "phases: the three stages of 五、实施步骤, each a whole year (round 33: stages in any time form in a 实施步骤 "
            "section); the first is named 「全面启动文明交通行动计划」 (no 阶段 word), the year before the comma is its time",
            "no quantities: 「为期三年」 is a duration; the 守法率／使用率 aims 「明显提高」 carry no figure"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x177_02_xian-jindu-xuanchuanyue-huodong-fangan.txt"
plan(X02,
     title="全縣禁毒宣傳月活動方案",
     title_note="lines 5, 7 and 11, as printed (traditional)",
     doc_no="", issuer="a county (not named; 「我縣」「縣禁毒委」「縣委常委、政法委書記…張xx」)", date="xx年 (masked)",
     level="county (not named)",
     source=page_source("https://wjfww.com/fangan/huodong/r8q8xq.html"),
     style="a 范文 site's page in traditional characters: breadcrumb, the title three times, a preamble, 一、指導思想 (「各鎮(街道)、"
           "各成員單位要將…納入…」), 二、組織領導 (a leading group of persons set up, its office 「設在縣禁毒辦,負責組織協調」, 「各鎮"
           "(街道)、各成員單位也要成立相應機構負責組織開展工作」), 三、活動時間 「xx年6月1日—30日」, 四、活動內容 (一) — CUT in "
           "(一) 「在本地、本部門、本系統內開」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、組織領導", "三、活動時間"],
     samples=[
        S(["四", "(一)"], [], [], skip_deadline=True,
          note=CUT + "; 「縣禁毒委將舉辦一台大型禁毒主題文藝匯演和集中宣傳活動」 — 舉辦 without 由 is not in rule 2's closed "
                     "list (rounds 30, 37, 38; round 40 read 「由A主办、B承办」 through 由) — RULING? a reader who takes the holder "
                     "of the item's own event as its doer gives 縣禁毒委; 「各鎮(街道)、各成員單位要利用…設置宣傳點,通過…等形式,"
                     "在本地…內開[展]」 — 設置／開展 are no rule-2 verbs: lead [], responsible []; the day 「6·26…當天」 and the "
                     "span 「xx年6月1日—30日」: " + MASKED + "; 「一台」 has no comparison word (no target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一) (CUT); 2 accepted (二、組織領導 read as a task by its instruction 「各鎮(街道)、各成員"
            "單位也要成立相應機構」 — it names no rule-2 doer: the groups and offices it sets up are the subjects of 負責, round "
            "35/41); 一、指導思想 and 三、活動時間 are sections",
            "二、組織領導: the leading group of persons (張xx, 顏xx, 宋xx — masked names) and its office 「設在縣禁毒辦,負責組織"
            "協調各項工作」 — the office the item sets up is the subject of 負責 (round 35: set-up bodies stay rule 3)",
            "三、活動時間 「xx年6月1日—30日」 is the campaign's span with a masked year: no deadline is checked and no phase is "
            "written",
            "the breadcrumb 「當前位置:萬佳範文網 >」「工作方案 >活動方案 >」 is the site's chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x177_03_xian-2014-jindu-jizhong-xuanchuanyue-huodong-fangan.txt"
ALIGN03 = ("aligned round 41: a heading naming a day's period 「“6.26”國際禁毒日期間」 over items under a longer campaign "
           "span dates its items by that day, the nearest time stated above an item governs (CONVENTIONS.md \"Round 42 "
           "rulings, written early\" → Dates and duties, turned, naming x177_03 二/(一),(二)) — deadline 2014-07 (the "
           "campaign's end) → 2014-06; the builder's note was: ")
DL03 = dict(dl="“6.26”國(guó)際禁毒日期間", dln="2014-06")
plan(X03,
     title="2014年禁毒集中宣傳月活動(dòng)方案",
     title_note="line 1, as printed with the site's inline pinyin (round 39: kept as printed)",
     doc_no="", issuer="a county in 金华, 浙江 (not named; 「縣禁毒委決定」「全縣」, 「金華市禁毒辦…(金禁毒辦〔2014〕20號)」)",
     date="2014 (title)", level="county (浙江, 金华 by the cited 金禁毒辦, not named)",
     source=page_source("http://fuchuonang.cn/zongjie/fanwen/56968.html"),
     style="a 范文 site's page in traditional characters WITH THE SITE'S INLINE PINYIN 「活動(dòng)」 (and 「?」 where the page lost "
           "characters, 「嚴(yán)打?qū)m?xiàng)行動(dòng)」): title, a preamble with the campaign's span 「縣禁毒委決定在5月中旬至7月"
           "中旬,開(kāi)展為期兩個(gè)月的…活動(dòng)」, 一、總體要求和目標(biāo) (a section), 二、“6.26”國(guó)際禁毒日期間活動(dòng)主要內(nèi)容 "
           "(一) (二) — CUT in (二)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、總體要求和目標(biāo)"],
     samples=[
        S(["二", "(一)"], [], [], **DL03,
          note=ALIGN03 + "「要圍繞…成果進行集中展示和宣傳,進一步彰顯各鄉鎮、各部門…的信心」 — no subject; 各鄉鎮、各部門 are named inside "
               "the object (round 40: a body named inside the object of a publicity item is no unit): lead [], responsible []; "
               + SPAN + " — 「縣禁毒委決定在5月中旬至7月中旬,開展…活動」 in the 2014 plan: 2014-07 — RULING? the section heading "
                        "「“6.26”國際禁毒日期間…」 names a period round the day, not a date (round 39: 「…期间」 gives no deadline); a "
                        "reader who gives the heading's day to its items (round 37: a heading's date is inherited) answers 2014-06"),
        S(["二", "(二)"], [], [], **DL03,
          note=ALIGN03 + CUT + "; 「宣傳月期間各單位要策劃、組織若干禁毒宣傳活動」 — 各單位 is a general call (round 33: the bare 各单位 names "
                     "no kind), even with 組織＋work (round 34 asks for a kind); 「要充分發揮各成員單位的優勢,借助相關行業協會的"
                     "力量,組織開展…」 has no subject (the 成員單位 and 協會 are named inside the objects of 發揮／借助): lead [], "
                     "responsible []; 「若干」 is no figure; " + SPAN + ": 2014-07 (as (一)) — now 2014-06 by the heading's day"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一), 二/(二) (CUT); 一、總體要求和目標 is a section (aims, no doer)",
            "the campaign's span 「5月中旬至7月中旬」 (「為期兩個月」) is stated once in the preamble for the whole action: a "
            "stage span for the items with no date of their own (rounds 36–38); no phase is written (one span, no stages); "
            "aligned round 41: 二's heading 「“6.26”國際禁毒日期間」 is nearer its items than the preamble's span and dates them "
            "by that day, 2014-06 (CONVENTIONS.md \"Round 42 rulings, written early\", turned)",
            "the pinyin 「(dòng)」「(yíng)」… and the 「?」 are the site's; 「金禁毒辦〔2014〕20號」 is a document number (not a "
            "target)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x177_04_haikou-sifaju-2016-jindu-xuanchuan-jiaoyu-huodong-fangan.txt"
plan(X04,
     title_note=NO_TITLE + " (the page opens at the preamble 「根据《…》…特制定本方案」)",
     doc_no="", issuer="海口市普治办、海口市司法局 (「市普治办、市司法局决定开展…」; 「市局」)",
     date="2016 (the cited 《2016年海口市全民禁毒宣传月活动方案》, 海禁毒委通[2016]6号)",
     level="a body's own (city bureau: 海口市司法局 with 市普治办, 海南)",
     source=page_source("https://m.78911.com.cn/TongZhiGongGao/601563.html"),
     style="a bureau's own plan on a 范文 site, from its preamble (no title): 一、活动目的, 二、活动主题 (「“无毒青春?健康生活”」), "
           "三、活动时间 「6月8日-6月30日」, 四、活动内容 (一) run-in heading with a closing label 「(负责单位:各区司法局,市局法宣处、"
           "律公处,各镇街司法所)」 and 「不少于1次」, (二) 「6月26日,市司法局将…设点,组织律师…」 — CUT in (二) at 「各区司法局也要在"
           "相应地点」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目的", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["各区司法局", "市局法宣处", "律公处", "各镇街司法所"], targets=[(1, "次")],
          dl="6月8日-6月30日", dln="2016-06-30",
          note=R1 + ": the closing label 「(负责单位:各区司法局,市局法宣处、律公处,各镇街司法所)」 — split on , and 、, names as "
                    "printed (round 38: a name without its prefix stays as printed: 律公处, not 市局律公处); 负责单位 names no lead: "
                    "lead []; the sentence's 「各区司法局组织…宣讲团成员…举办」 adds nothing (rule 1); 「不少于1次」 — 不少于 "
                    "(round 30's line): 1 次 (「举办法治讲座1次」 has no comparison word; the same figure); " + SPAN + " — 「宣传月"
                    "期间」, 三、活动时间 「6月8日-6月30日」 of 2016: 2016-06-30"),
        S(["四", "(二)"], [], ["市司法局"], lead_alternatives=[["市司法局"]], dl="6月26日", dln="2016-06-26",
          note=CUT + "; " + R2 + ": 「市司法局将在主要街道…设点,组织律师、法律工作者、志愿者等有关人员通过…向市民宣传…」 — "
                     "「A组织B＋verb」 (round 30): 市司法局 the doer, the persons the objects of 组织; 「各区司法局也要在相应地点」 "
                     "is cut before its verb — read as no doer (round 41: a word cut at the page end is read as nothing) — "
                     "RULING? a reader who extends round 39's cut 由-clause (「a 由 clause whose verb is lost still names its "
                     "doers」) to a cut subject adds 各区司法局; " + ONE + "; the item's own day 「6月26日」 (round 37: an item's "
                     "own date wins over the span): 2016-06-26"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 四/(一), 四/(二) (CUT); 一、活动目的, 二、活动主题, 三、活动时间 are sections",
            "三、活动时间 「6月8日-6月30日」 has no year: 2016 from the cited 2016 city plan the bureau's plan follows",
            "「海禁毒委通[2016]6号」 is a document number; 「法律六进」 a programme name (no targets)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x177_05_hunan-zhengxie-20xx-wangluo-anquan-xuanchuanyue-tongzhi.txt"
plan(X05,
     title_note=NO_TITLE + " (the page opens at the addressees 「省政协各专门委员会、研究室,各市州政协:」)",
     doc_no="", issuer="湖南省政协办公厅 (「由省政协办公厅举办」「“湖南政协”微信公众号」)", date="20xx (masked; 「20xx年9月」)",
     level="province (a provincial CPPCC office's own notice, 湖南)",
     source=page_source("https://qdfww.com/qita/468315.html"),
     style="a provincial body's notice on a 范文 site, from its addressees (no title): a preamble, 一、组织领导 「由省政协办公厅举办,"
           "办公厅新闻信息中心具体承办」, 二、活动时间 「20xx年9月」, 三、活动主题, 四、参与对象, 五、活动形式 1.–4. (each a heading "
           "line 「1.“安全案例”」 over a paragraph), 六、活动要求 1.–4. (a general call, a request 「请各市州政协将本通知转发…」, an "
           "option 「…可根据…」, the interpretation clause); the site's sales lines close the page",
     leaf_tasks=7, count_alternatives=[6, 8, 9], attachment_task_rows=0,
     childless_top_level_sections=["一、组织领导", "二、活动时间", "三、活动主题", "四、参与对象"],
     samples=[
        S(["五", "1"], [], [], skip_deadline=True,
          note=UNITLESS + "; 「在政协云app…开设“安全宣传月”专栏,9月份每个工作日发布1个典型网络安全案例」 — no subject: lead [], "
                          "responsible []; 「每个工作日发布1个」 is a rhythm with no comparison word (no target, no reporting duty); "
                          + MASKED),
        S(["五", "3"], [], [], skip_deadline=True,
          note=UNITLESS + "; 「xx月xx日至21日,在政协云app开展…竞赛活动」 — no subject; 「政协委员和政协机关工作人员可…参与答题」 "
                          "— persons, and an option (round 34: 可): lead [], responsible []; the dates are masked 「xx月xx日」: "
                          + MASKED),
        S(["五", "4"], [], [], skip_deadline=True,
          note=UNITLESS + "; 「省政协展示大厅将开设…专题展示」 — a hall as the subject of 开设, no rule-2 verb (round 37: sites are "
                          "bodies only as doers of a rule-2 verb): lead [], responsible []; " + MASKED),
        S(["六", "1"], [], [], skip_deadline=True,
          note="round 39: a 工作要求 section whose items give work holds tasks; 「各单位要…加强领导,组织有关人员参与活动」 — 各单位 "
               "is a general call (round 33), with 组织 too: lead [], responsible []; " + MASKED),
        S(["六", "2"], [], [], skip_deadline=True,
          note="「请各市州政协将本通知转发至本辖区各县市区政协」 — the request form (round 30: 「请A＋verb」, the verb decides): 转发 "
               "is no rule-2 verb, so 各市州政协 is no doer; a forwarding is no reporting duty: lead [], responsible []; "
               + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["aligned round 41: 「一、组织领导 网络安全宣传月活动在省政协主席会议的领导下,由省政协办公厅举办,办公厅新闻信息中心具体"
            "承办。」 only says who hosts the event — a plan-level field, no task, no item units (CONVENTIONS.md \"Round 42 "
            "rulings, written early\" → Units: points that only say who hosts the whole event are plan-level fields; a count "
            "with them as tasks is accepted): its sample (lead 省政协办公厅, responsible 省政协办公厅, 办公厅新闻信息中心) removed, "
            "the count 8 → 7, with 8 (一 a task) accepted, and the builder's alternatives shifted by one (6: 六/3 read as an "
            "option; 9: 一 and 六/4 both in); the builder's note was: 8 leaves: 一 (a childless point with doers), 五/1–4, 六/1–3; 六/4 「本活动最终解释权归省政协办公厅」 is the "
            "interpretation clause (round 30: a general provision; 9 accepted with it); 7 accepted (一 read as a section, or "
            "六/3 「各地方政协可根据…开展其他形式的…活动」 read as an option that gives no work, round 34/40); 二、–四、 are "
            "sections (time, theme, participants)",
            "六/3: 「可」 makes it an option (no doer); it is counted as an item that gives the bodies leave to act",
            "the last two lines 「近500万道试题…」「每天仅需0.22元,尊享」 are the site's sales chrome (no plan figures)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x177_06_zhen-2023-xianfa-xuanchuanzhou-gongzuo-fangan.txt"
SP06 = "round 36: 二's lead-in 「在12月4日至10日,为期一周」 is the activities' span; its end (2023-12-10) dates the items with no date of their own (year from the title)"
plan(X06,
     title="2023年宪法宣传周工作方案",
     title_note="line 3, as printed (line 7 the collection's 「宪法宣传周工作方案 篇1」)",
     doc_no="", issuer="a 镇 (not named; 「镇党委中心组」「镇组织办」「33个村(社区)」)", date="2023 (title; the page dates 2023-12-03)",
     level="town (a 镇, not named)",
     source=page_source("https://m.zuowenba.net/word/774177.html"),
     style="a 作文 site's page: site lines, the title, a time line, 篇1, a preamble (「第__个」 blanks), 一、活动主题, 二、主题活动 with "
           "a lead-in 「在12月4日至10日,为期一周,…」 and items 1、–5、 「“宪法进X”主题活动。…(牵头单位:A)」 with labels of one or "
           "two bodies — CUT in 5、 before its label",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "1"], ["镇组织办"], ["镇组织办"], dl="12月", dln="2023-12",
          note=R1 + ": 「(牵头单位:镇组织办)」 — a 牵头 label: lead and responsible 镇组织办; 「可以组织参会公职人员、党员…」 is an "
                    "option and persons (adds nothing, rule 1); the item's own time 「在12月的镇党委中心组集中学习会…」 (round 37: "
                    "an item's own date wins over the span): 2023-12"),
        S(["二", "2"], ["镇中心学校"], ["镇中心学校"], dl="12月4日至10日", dln="2023-12-10",
          note=R1 + ": 「(牵头单位:镇中心学校)」; 「12。4宪法主题班会」 names the 12·4 class meeting (a name, not the item's date); "
                    + SP06),
        S(["二", "3"], ["镇农业服务中心", "镇乡村振兴办"], ["镇农业服务中心", "镇乡村振兴办"], dl="12月4日至10日", dln="2023-12-10",
          not_targets=[(33, "个")],
          note=R1 + ": 「(牵头单位:镇农业服务中心、镇乡村振兴办)」 — two bodies in a 牵头 label are both the lead (round 36: two "
                    "bodies that 牵头 are both its lead); 「要求33个村(社区)学法用法示范户…」 — the count of the town's present "
                    "villages (round 33/38: counts of existing objects are not targets) and no comparison word: not a target; "
                    + SP06),
        S(["二", "4"], ["镇综合执法局", "镇市场监督管理所"], ["镇综合执法局", "镇市场监督管理所"], dl="12月4日至10日",
          dln="2023-12-10",
          note=R1 + ": 「(牵头单位:镇综合执法局、镇市场监督管理所)」 (both the lead, round 36); 「要求集镇…的商铺及酒店播放…」 — "
                    "regulated parties, no units; " + SP06),
        S(["二", "5"], [], [], dl="12月4日至10日", dln="2023-12-10",
          note=CUT + " (before its label, mid-phrase 「办公区域放置法」); 「在社区户外宣传栏张贴…」 has no subject: lead [], "
                     "responsible [] (the label, if printed after the cut, is not on the page); " + SP06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/1–5 (5、 CUT); 4 accepted (5、 read as no task on the page, its label cut); 一、活动主题 is a section; "
            "二's lead-in paragraph is no item",
            "「第__个」 are the page's blanks; 「为期一周」 is a duration (no target); 「12。4」 is printed with 。 for ·"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x177_07_yuexi-xian-2015-315-xiaofeizhe-quanyiri-huodong-fangan.txt"
plan(X07,
     title="3.15国际消费者权益日活动方案",
     title_note="line 1, as printed by the site",
     doc_no="", issuer="岳西县 (安徽; 「岳西县2015年“3.15”国际消费者权益日纪念活动组委会」「我县」)", date="2015 (the 组委会's name)",
     level="county (岳西县, 安徽)",
     source=page_source("http://plansum.cn/fangancehua/54331.html"),
     style="a 范文 site's page: title, the site's lines 「时间:」「小龙」「方案策划」, an aims paragraph whose number 一、 the page lost, "
           "「二.组织领导」 (ASCII dot; a 组委会 of persons set up, its office at 县市场监督管理局), 三、活动安排 1、–6、 each opening with "
           "its DAY 「1、3月5日,组委会召开…」…「6、3月15日,…」 (「(由市场监管局负责组织实施)」 in 5、), the next heading 「四」 CUT",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["二.组织领导"],
     samples=[
        S(["三", "1"], [], [], dl="3月5日", dln="2015-03-05",
          note="「组委会召开…筹备会」 — the 组委会 the plan set up in 二 may be a doer in later items (round 36), but 召开 without "
               "组织 is no rule-2 verb (round 30): lead [], responsible []; the item's own day, year 2015 from the 组委会's name: "
               "2015-03-05"),
        S(["三", "2"], [], [], dl="3月9日至3月13日", dln="2015-03-13",
          note="「各成员单位中行政执法单位开展…专项整治活动,并做好…工作」 — 开展／做好 are no rule-2 verbs (round 30's closed "
               "list): lead [], responsible []; the span's end: 2015-03-13"),
        S(["三", "3"], [], [], dl="3月12日前", dln="2015-03-12",
          note="「各成员单位和相关企业分别悬挂宣传横幅」 — 悬挂 is no rule-2 verb: lead [], responsible []; 2015-03-12"),
        S(["三", "4"], [], [], dl="3月12日", dln="2015-03-12",
          note="「组委会发表电视讲话」 — 发表 is no rule-2 verb: lead [], responsible []; 2015-03-12"),
        S(["三", "5"], [], ["市场监管局"], lead_alternatives=[["市场监管局"]], dl="3月14日", dln="2015-03-14",
          note=R2 + ": the bracket 「(由市场监管局负责组织实施)」 — 由A负责 (a bracket is also a label, rule 1: the same body): "
                    "市场监管局 as printed (not 县市场监督管理局); " + ONE + "; 2015-03-14"),
        S(["三", "6"], [], [], dl="3月15日", dln="2015-03-15",
          note="「组织有关单位和企业在竹篙尖公园开展…」「组织宣传车上街宣传」 — 组织 with no subject; 「各乡镇要结合本方案做好辖区内的"
               "纪念活动」 — 做好 is no rule-2 verb (a kind with a verb outside the list is no doer, round 30): lead [], "
               "responsible []; 移动公司 is named inside the means 「通过移动公司的短信群发业务」; 2015-03-15"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/1–6; the aims paragraph (its 一、 lost) and 二.组织领导 (a committee of persons set up; 「组委会办公室设在县"
            "市场监督管理局」; 祝金来 a person) are sections; 「四」 at the end is the next heading, CUT",
            "bytes: the copy is 1,857 bytes where a whole opening gives 1,999–2,001: about 140 bytes are missing, most likely "
            "whitespace (indentation or non-breaking spaces around the site's lines 「时间:」「小龙」「方案策划」) that the tool's "
            "answer did not show; its words and line breaks are as the tool gave them (the same excerpt came back in two searches)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x177_08_minhe-xian-2017-315-xuanchuan-zixun-fuwu-huodong-fangan.txt"
U08 = ["市场和安全生产监督管理局", "县委宣传部", "县农牧", "公安", "工业和商务", "环保", "广电", "文化旅游体育", "教育", "卫生和计划生育",
       "司法", "供销联社", "国税", "地税", "烟草专卖", "人民银行民和支行", "电信", "联通公司", "移动公司"]
plan(X08,
     title="全县开展“3?15”国际消费者权益日宣传咨询服务活动方案",
     title_note="lines 4–5, as printed (the page's 「3?15」; the cover cites it as 《关于在全县开展“3·15”…活动方案》)",
     doc_no="", issuer="民和回族土族自治县人民政府办公室 forwarding the plan of 县市监局 and 县消费者协会 (「县市监局和消费者协会拟定的"
     "…已经县政府同意,现转发给你们」)", date="2017-03-09 (the cover)", level="county (民和县, 青海)",
     source=page_source("https://www.minhe.gov.cn/html/2956/243826.html"),
     style="a county government's page: a forwarding cover (addressees, 「现转发给你们,请认真组织实施」, 2017年3月9日), the plan's "
           "title on two lines, 「(2017年3月)」, a preamble, 一、活动目标, 二、活动主题, 三、活动时间及地点 (2017年3月15日), 四、活动方式 — "
           "one paragraph 「由市场和安全生产监督管理局牵头,协同县委宣传部、县农牧、公安、…、移动公司等行政企事业单位,组织实施…,"
           "指导各…所、消协分会…共同开展」 — CUT there",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动目标", "二、活动主题", "三、活动时间及地点"],
     samples=[
        S(["四"], ["市场和安全生产监督管理局"], U08, dl="2017年3月15日", dln="2017-03-15",
          note=CUT + "; round 36: a childless point that gives work to a rule-2 doer is a task; " + R2 + ": 「由A牵头,协同B、C…等"
                     "行政企事业单位,组织实施…」 — round 33/34: 「由A牵头B、C＋verb」 (with a comma too) gives lead A, responsible "
                     "A, B, C; round 30: 协同 reads as 会同; the 等… tail dropped (round 35: separate heads 县委宣传部, 人民银行民和"
                     "支行, 联通公司 …); the bare fields 「县农牧、公安、工业和商务、环保、广电…」 kept as printed, each a name (「工业和"
                     "商务」「卫生和计划生育」 one name each: 和 joins no two whole body names, round 35) — RULING? a reader who "
                     "restores the county prefix (县公安局 …) or reads the fields as one name gives other strings; the objects "
                     "of 指导 「各市场和安全生产监督管理所、消协分会、“一会两站”、农资经营户」 are no units (rule 3: 「A指导B」 "
                     "without 负责); the event's day 三、「2017年3月15日」 (round 36: the day a plan fixes dates its items): "
                     "2017-03-15"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四、活动方式 (CUT); 一、–三、 are sections; the cover's 「请认真组织实施」 is no task "
            "(round 25), and the cover has no dated sending",
            "「(2017年3月)」 under the title dates the plan; 「3?15」 in the title is the page's (the cover prints 「3·15」)",
            "三、「地点:主会场设在桃花广场,分会场设在各乡镇政府所在地」 names places (no work)"])

write_collected(DIR)
