# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next249/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c249, round 49: eight page openings of work plans from outside Shanghai issued by
county, township and street offices — 对江镇's 2019 「八一」 拥军 走访慰问 方案 (dated 实施步骤 stages, 「由镇人武部在县人武部的指导下
组织」, CUT); a 贛南 鄉's 2015 建軍88周年 系列活動 (traditional, six dated 「8月1日前」 items, a dated list sent up, CUT);
银古路街道's 2019 双拥工作要点 (银兴银街发〔2019〕91号; 组织领导 a plan-level point, 工作内容 1.–5. with festival periods, CUT); a
county's 2019 春节 民政对象及驻军单位 慰问活动 筹备意见 (lists of objects with numbers under 「县上统一慰问」, 「由各乡镇、街道办、工业
园区管委会组织进行慰问」, a rate, CUT); 某镇's 2013 爱国卫生月 活动方案 (an activity span 2013年4月1日至4月30日, items with their own
days, 组织开展 by a list of bodies, CUT); 鼎山街道's 2020 两会、春节期间 森林防火 通知 (鼎山辦發〔2020〕9號, traditional, headed
points, 落實 by 各社區, CUT); 杭州道街道's 2017 十九大期间 消防安全 工作方案 通知 (headed points, 负责人 persons, CUT); a 街道's 春季
大风天 火灾预防 工作方案 (one line, a work heading 「全面落实消防职责」 over 1.–2. with 配合 and 催促, CUT)): never tune the parser on
them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–54 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c249.

    PYTHONPATH=. python tests/data/plans-next249/make_expected.py tests/data/plans-next249
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a one-line page): the line where the nth marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 41: 「各村和各单位负责人」 — 负责人 shared; round 42: 干部)"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x249_01_duijiang-zhen-2019-bayi-yongjun-zoufang-weiwen-huodong-fangan.txt"
plan(X01,
     title_note=NO_TITLE + "the page prints no title line (line 1 is the site's 「发布时间:2020-10-09 来源:策划书」; the "
                "preamble says 「特制定本方案」 and names the 县's notice, not the plan)",
     doc_no="", issuer="对江镇 (「决定成立对江镇工作领导小组」; under 《大方县关于2019年“八一”期间拥军优属活动的通知》: 大方县, Guizhou)",
     date="not shown (the site's 2020-10-09 is the site's; the stages are dated 2019)",
     level="town (对江镇, 大方县)",
     source=page_source("http://m.fwdq.com/cehuashu/451890.html"),
     style="a 策划书 site's page: site line, preamble, 一、指导思想 (a section), 二、组织机构 (a group set up with persons; "
           "「各村要成立村级拥军优属服务组织」), 三、实施步骤: (一)宣传动员阶段(2019年7月18日-2019年7月25日)。…work… "
           "(二)抓好落实阶段(2019年7月25日-2019年8月1日、…走访慰问活动时间:7月28日至8月1日)。一是落实双拥政策。… — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织机构"],
     samples=[
        S(["三", "(一)"], [], ["镇人武部"], dl="2019年7月18日-2019年7月25日", dln="2019-07-25",
          lead_alternatives=[["镇人武部"]],
          note="round 33: a stage written as a name and a time with its work after it is a phase and a task; the bracket "
               "「(由镇人武部在县人武部的指导下组织)」 makes 镇人武部 the doer of the 宣讲 (rule 2: the agent of 由 with 组织; "
               "rule 1 would give the same name if the bracket is read as a label); 县人武部 only guides 「在A的指导下」 (rule 3): no "
               "unit; " + ONE + "; the stage's span gives the deadline, its end (round 35): 2019-07-25"),
        S(["三", "(二)"], [], [], dl="2019年7月25日-2019年8月1日", dln="2019-08-01",
          note="a stage with its work after the time (round 33: a phase and a task); 「一是落实双拥政策。继续推行…发放工作」 has no "
               "subject: " + NONE + "; the stage ends 2019-08-01 and the 走访慰问 days 「7月28日至8月1日」 end the same day (round "
               "34: the latest date); " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "宣传动员阶段", "start": "2019-07", "end": "2019-07",
              "note": "「(一)宣传动员阶段(2019年7月18日-2019年7月25日)」 (round 33)"},
             {"name": "抓好落实阶段", "start": "2019-07", "end": "2019-08",
              "note": "「(二)抓好落实阶段(2019年7月25日-2019年8月1日、…)」 (round 33)"}],
     duties=[],
     notes=["2 leaves: 三/(一), 三/(二) (stages with work, round 33; CUT in (二)); 一、指导思想 a section; 二、组织机构 sets up the "
            "leading group and its office (persons 袁琦, 沈红静, 董维亚; members 各办公室负责人) and asks 各村 to set up 服务组织: "
            "bodies the point sets up and persons (rule 3, rounds 35, 41; 成立 is no rule-2 verb, round 46), a plan-level point "
            "(rounds 42, 49 x228_01). Accepted: 3 (二 read as a childless point that gives work, round 34 early)",
            "「踞持」 (for 坚持) and 「党的xx大」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x249_02_xiang-2015-jianjun-88-zhounian-xilie-huodong-anpai.txt"
YEAR02 = ("the year: 「建軍88周年」 in the plan's own sentence fixes it, 1927 + 88 = 2015 (round 49: an anniversary's count, "
          "「建国71周年」; round 52 x238_06; round 53 x241_01)")
plan(X02,
     title_note=NO_TITLE + "the page opens with the preamble; no title line is printed",
     doc_no="", issuer="a 鄉 (「我鄉」, 「鄉黨委、政府」, 「鄉人武部」; 「建設‘創業、宜學、幸福安康的新珠蘭’」, 「贛南等原中央蘇區」: a "
     "township in 贛南, Jiangxi)", date="not shown (2015 by 「建軍88周年」)",
     level="township (a 鄉 in 贛南)",
     source=page_source("http://www.cnleizhuo.com/fanwen/wenmi/144470.html"),
     style="a 范文 site's page in traditional characters: preamble 「…決定在全鄉范圍內開展慶祝中國人民解放軍建軍88周年系列活動。現將具體"
           "事宜安排如下:」, 一、活動內容 (一)–(六) run-in headings 「(一)表彰一批…。」 over their work, each dated 「8月1日前」 or "
           "「8月1日下午」; (二) asks 各村(居) to send a list 「于7月29日前」 to a named officer — CUT in (六)",
     leaf_tasks=6, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], targets=[(3, "個"), (5, "名")], dl="“八一”建軍節大會上", dln="2015-08",
          note="「根據鄉人武部推薦,鄉黨委、政府在“八一”建軍節大會上表彰…」: 表彰 is no rule-2 verb and 根據A推薦 is a circumstance "
               "(rule 3, like 在A指导下): " + NONE + "; the named day's meeting dates the item by the day's month (rounds 42, 46, "
               "48: 「“海洋日”当天」): 2015-08; the awards the item gives 「先進集體3個」「先進個人5名」 are its own numbers of work "
               "(round 37's number to appoint; round 49 「抽选20名」; round 52 「五个一」); " + YEAR02),
        S(["一", "(二)"], [], [], targets=[(10, "名")], dl="8月1日前", dln="2015-08-01",
          note="「8月1日前組織走訪慰問…」: 組織 with no subject standing (round 41: a run-in 组织 with no subject gives no doer); "
               "「請各村(居)于7月29日前…進行摸排,并將名單上報…」: 請A reads as A (round 30), but 進行 is no rule-2 verb outside "
               "articles (round 37: 「A對…進行審批」 without 由 names no doer; round 43 needs 由A進行): " + NONE + "; the latest "
               "of the item's own dates is 8月1日 (round 34), 7月29日 dates the list's sending, other information (round 49 "
               "p46c), so it is the duty's date only; 「擬定10名走訪對象」: the number the item selects to visit is a target "
               "(round 49, x231_01 「各抽選10戶」); 鄉里 speaks of the township itself (a place, rounds 43, 44); " + YEAR02),
        S(["一", "(三)"], [], [], targets=[(1, "次")], dl="8月1日前", dln="2015-08-01",
          note="「8月1日前組織對縣人武部現役軍人進行一次走訪慰問」: no subject, and 縣人武部 is the object visited: " + NONE
               + "; 「一次」: the events an item holds are its own numbers of work, 一 as any number (round 52 「五个一」): 1 次; "
               + YEAR02),
        S(["一", "(四)"], [], [], targets=[(1, "次")], dl="8月1日前", dln="2015-08-01",
          note="「8月1日前組織全鄉部分退伍軍人、老戰士召開一次專題座談會」: 組織 with no subject, persons its object (round 30's pivot): "
               + NONE + "; 1 次 (round 52); the theme's document title 《國務院關于支持贛南等原中央蘇區振興發展的若干意見》 dates "
               "nothing; " + YEAR02),
        S(["一", "(五)"], [], [], targets=[(1, "場")], dl="8月1日下午", dln="2015-08-01",
          note="「組織基干民兵8月1日下午進行一場籃球賽,屆時請鄉基干民兵踴躍參加」: no subject; 基干民兵 are persons: " + NONE
               + "; the item's own day 8月1日 (届时 points to it, round 49 x231_06); 一場 (round 52): 1 場; " + YEAR02),
        S(["一", "(六)"], [], [], targets=[(1, "堂")], dl="8月1日前", dln="2015-08-01",
          note="「8月1日前組織全鄉鄉村干部上好一堂愛國主義教育課,由鄉[cut]」: no subject for 組織, 干部 are persons (round 42); "
               "the 由 clause is cut before its verb and after 「鄉」 (round 43: a clause cut before its verb names nothing; a bare "
               "鄉 would be the township speaking of itself anyway, rounds 43, 44): " + NONE + "; 一堂 (round 52): 1 堂; "
               + YEAR02 + "; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "請各村(居)于7月29日前對本村(居)困難老戰士、烈士家屬和現役軍人及家屬進行摸排,并將名單上報至鄉武裝干事黃武山同志處",
              "when": "7月29日前", "when_norm": "2015-07-29",
              "note": "一/(二): a one-off dated sending the plan asks of the bodies it tasks (rounds 42, 43: a dated duty); the "
                      "list goes to the township's officer, the issuer's own desk (round 35: a sending to the plan's office); "
                      "2015 by 「建軍88周年」"}],
     notes=["6 leaves: 一/(一)–(六), run-in headings each over its own work (round 35); CUT in (六). No count alternative: the "
            "points are the plan's only structure and each gives work",
            "traditional characters as printed (鄉, 慶祝, 於 written 于); paths use the ASCII brackets the page prints",
            "the phone number 15179056095 and the document title in (四) are no targets (round 25: names with digits)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x249_03_yingulu-jiedao-2019-shuangyong-gongzuo-yaodian.txt"
plan(X03,
     title="银古路街道2019年双拥工作要点",
     title_note="line 5 (the index table's lines 1–3 and the viewer's line 7 are the site's chrome)",
     doc_no="银兴银街发〔2019〕91号", issuer="兴庆区银古路街道办事处 (银川, Ningxia)", date="2019-07-17 (the index's 生成日期)",
     level="street (银古路街道, 兴庆区)",
     source=page_source("http://www.xqq.gov.cn/zwgk/bmxxgkml/xqqygljdbsc/bmwj_9712/201907/t20190717_1609095.html"),
     style="a government portal's file page: index table (索引号, 文号, 发布机构), title, the viewer's colour line, preamble, "
           "一、指导思想 (a section), 二、组织领导 (「街道双拥工作领导小组及其办公室具体实施相关工作任务,…各社区居委会要成立双拥工作"
           "领导小组,承担区域内双拥工作任务」: who carries the whole work), 三、工作内容 1.–5. (numbered lines over blank lines) — "
           "CUT in 5. 「做好对」",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[
        S(["三", "1"], [], [], dl="元旦、春节、清明节、建军节期间", nodl=True,
          note="「元旦、春节、清明节、建军节期间,积极开展走访慰问…活动」: no subject, 开展 is no rule-2 verb: " + NONE + "; "
               "round 46 (p44e): a festival's period in the item's own text dates it by the festival's month in the plan's year, "
               "and of several the later one is taken (round 34; round 46's 「元旦春节期间」): 建军节 → 2019-08 (RULING? 1: the "
               "plan is dated 2019-07-17, after the year's 元旦, 春节 and 清明, and a list of the year's occasions may be read as "
               "a yearly round); the year is the title's 2019; 二、组织领导's bodies reach no item (a plan-level point, rounds 42, "
               "49 x228_01; rule 4 is for a section's own lead-in); aligned round 50 to CONVENTIONS.md \"Round 55 rulings, "
               "written early\" (turned, round 34 over round 46): festivals spread over the year as the occasions of one work "
               "are a yearly round, a rhythm (round 34's recurring dates; round 38's recurring items): no deadline — round 46's "
               "festival dates an item held at one festival or one season; deadline 2019-08 → none; the builder's reading: the "
               "later festival, 建军节, 2019-08 — accepted by the ruling once the scorer takes deadline alternatives (open, round "
               "50; parse_score.py takes none yet, so it is not kept as an alternative)"),
        S(["三", "2"], [], [], dl="“八一”建军节前夕", dln="2019-08",
          note="「“八一”建军节前夕,要求各社区居委会筹备专题文艺节目,慰问…官兵」: 各社区居委会 is the object of the pivot 要求 (round "
               "48 x226_08 「要求各乡镇卫生院…要…组织开展」: no units outside a work heading; 筹备 is no rule-2 verb anyway): " + NONE
               + "; 「八一前夕」 is read as 「在春节前」 is, by the festival's month (round 40; rounds 42, 46): 2019-08"),
        S(["三", "3"], [], [],
          note="「开展评选“最美退役军人”…活动」: no subject, 开展 no rule-2 verb: " + NONE + "; no date in the item and no span "
               "set for the plan's work (round 44 decided): no deadline; the title's year dates nothing (round 38)"),
        S(["三", "4"], [], [],
          note="「组织辖区内企业走访兴庆区武装部、武警医院」: 组织 with no subject standing (round 41); 企业 is the object of 组织 (round "
               "30's pivot) and the bodies visited are objects: " + NONE + "; no deadline"),
        S(["三", "5"], [], [],
          note="「5.做好对[cut]」: 做好 is no rule-2 verb and the page ends: " + NONE + "; no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/1–5 (CUT in 5); 一、指导思想 a section; 二、组织领导 only says who carries the whole work (the leading "
            "group 「具体实施相关工作任务」, 各社区居委会 「承担区域内双拥工作任务」, the inner bodies 「积极主动参与」): a plan-level point, no "
            "task (round 42; round 49's x228_01; round 48's x227_07). Accepted: 6 (二 read as a childless point of work, round 34 "
            "early)",
            "「九连冠」 and 「建国70周年」 are names, no targets; the spaces of the viewer's line 7 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x249_04_xian-2019-chunjie-minzheng-duixiang-weiwen-choubei-yijian.txt"
NODATE04 = ("no date in the item; 「春节临近」「2019年春节前…慰问活动」 stand only in the title and preamble, which date nothing (round "
            "46: a festival's period in the title or preamble alone; round 48: a span needs 定于／决定): no deadline")
plan(X04,
     title="2019年春节民政对象及驻军单位慰问活动筹备意见",
     title_note="line 2 (line 1 「内容预览:」 is the site's)",
     doc_no="", issuer="a 县 (「县上统一慰问」; its 乡镇, 工业园区, 街道办; 驻军 人武部, 消防大队, 武警中队, 安口护线班; not named)",
     date="not shown (2019 by its title)",
     level="county (not named)",
     source=page_source("http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=219534"),
     style="a 文秘 site's member preview: title, preamble 「…现就2019年春节前民政对象慰问活动提出如下意见:」, 一、慰问对象 (一)县上统一慰问"
           "(详见附件1) 1.–6. (objects and their numbers; 1. 「具体对象由乡镇按县上分配人数确定」) (二)乡镇组织慰问(详见附件3) 1.–2. "
           "(「由各乡镇、街道办、工业园区管委会组织进行慰问」), 二、慰问标准 1. (a rate, cut 「特困…………」), then the site's "
           "member-only lines",
     leaf_tasks=8, count_alternatives=[2, 6, 9], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1"], [], ["乡镇"], targets=[(65, "户")], lead_alternatives=[["乡镇"]],
          note="「城乡低保户65户,具体对象由乡镇按县上分配人数确定」: 由A＋a verb of doing (round 34) — 乡镇, the county's towns named by "
               "a kind (round 45's 「镇(街道)负责…」), choose the households the county visits; " + ONE + "; the heading "
               "「县上统一慰问」 names the county speaking of itself (县上, like 我市, round 43: a place), so it labels nothing; 65 户: "
               "the households the item's work reaches (rounds 44, 49): a target; an item of the county's visiting, its part "
               "(round 44's parts after a work clause; RULING? 2); " + NODATE04),
        S(["一", "(一)", "3"], [], [], targets=[(12, "人")],
          responsible_alternatives=[["各乡镇", "工业园区", "街道办"]],
          note="「高龄老人12人,各乡镇、工业园区、街道办自行确定具体人员各1名」: 确定 without 由 is no rule-2 verb outside articles "
               "(round 30's closed list; round 44): " + NONE + " (the three bodies, were 确定 read as a verb of doing, are "
               "accepted); 12 人: persons the item reaches (round 44); " + NODATE04),
        S(["一", "(一)", "6"], [], [], targets=[(4, "个")],
          note="「驻军单位4个,人武部、消防大队、武警中队、安口护线班」: the units visited are the work's objects, not its doers (rule "
               "3's receivers): " + NONE + "; 4 个: the units the item reaches (round 44); " + NODATE04),
        S(["一", "(二)", "1"], [], ["各乡镇", "街道办", "工业园区管委会"], targets=[(643, "名")], not_targets=[(60, "周岁")],
          note="「…其余643名重点优抚对象(…年满60周岁以上农村籍退伍军人…)和立功受奖现役军人家属由各乡镇、街道办、工业园区管委会组织进行"
               "慰问」: 由A组织＋work (rule 2; round 34) — three names, 各 not shared (round 30 「各镇、园区」; round 43 「各区、园区、"
               "科学城办事处」); lead [] (no 牵头); 643 名: persons the work reaches (round 44); 「年满60周岁以上」 is an age band "
               "naming a group of persons (round 31): no target; " + NODATE04),
        S(["一", "(二)", "2"], [], ["各乡镇", "街道办", "工业园区管委会", "乡镇"],
          responsible_alternatives=[["各乡镇", "街道办", "工业园区管委会"]],
          note="「各乡镇、街道办、工业园区管委会组织对本辖区内的…进行慰问,具体人数由乡镇自行确定」: A组织＋work (round 34) — the three "
               "bodies; 「由乡镇自行确定」 is 由A＋a verb of doing (round 34), and 自行 says the towns fix the number themselves, "
               "not that they may (RULING? 3: round 42's 「由A自主选择…」 is an option; the reading without 乡镇 is accepted); names "
               "as printed, 乡镇 beside 各乡镇 (round 43: no alias is rewritten); " + NODATE04),
     ],
     plan_targets=[{"number": 500, "unit": "元",
                    "note": "二、慰问标准 1. 「…每人慰问金500元」: a rate of the plan's own (round 25's 「每户补贴2000元」) in a list of "
                            "rates, which is text, not tasks (rounds 36, 38: the rates are plan targets where their point is "
                            "no task)"}],
     phases=[], duties=[],
     notes=["8 leaves: 一/(一)/1–6 (the parts of the county's own visiting: each names whom it visits and how many; RULING? 2) "
            "and 一/(二)/1–2; 二、慰问标准 1. is a list of rates (text, rounds 36, 38; cut). Accepted: 2 (一/(一) read as a list of "
            "objects, round 44's points on whom the work bears), 6 (without 一/(一)/2 and /6, which name only objects), 9 (with "
            "二/1 as a task)",
            "「(详见附件1)」 and the other 附件 brackets refer to attachments the page does not print",
            "the lines after 「…………」 are the site's member notice"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x249_05_mou-zhen-2013-aiguo-weisheng-yue-huodong-fangan.txt"
SPAN05 = ("一、活动时间 「2013年4月1日至4月30日」 is the activity's span set for the plan's work (rounds 36, 37): items with no date of "
          "their own are due at its end, 2013-04-30")
plan(X05,
     title="某镇开展爱国卫生月活动方案",
     title_note="line 3 (printed again on line 5; line 1 is the site's breadcrumb)",
     doc_no="", issuer="某镇 (masked by the site; 「县三城同创指挥部」, 「圩」)", date="not shown (2013 by its span)",
     level="town (某镇, masked)",
     source=page_source("http://www.1mishu.com/Article/huodongfangan/ygzwfa/201305/751076.html"),
     style="a 文秘 site's page: breadcrumb, title twice, preamble, 一、活动时间 (the span), 二、活动内容 1、–4、 run-in headings "
           "「1、广泛开展健康教育。」 over their work, with days 「4月25日—4月28日」「4月26日」 — CUT in 4、",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动时间"],
     samples=[
        S(["二", "1"], [], [], dl="2013年4月1日至4月30日", dln="2013-04-30",
          note="「各村(居)要通过印发宣传单…等形式,宣传健康、卫生防病知识,引导…」: 各村(居) is a kind, but 宣传／引导 are no rule-2 "
               "verbs (round 30): " + NONE + "; " + SPAN05),
        S(["二", "2"], [], ["各村(居)", "中小学校", "卫生院", "饮食服务行业", "食品加工厂", "超市"], dl="4月25日—4月28日",
          dln="2013-04-28",
          responsible_alternatives=[["各村(居)", "中小学校", "卫生院", "食品加工厂", "超市"]],
          note="「各村(居)、中小学校、卫生院、饮食服务行业、食品加工厂、超市等都要坚持…制度,指定专人负责,组织开展春季统一行动的灭鼠…活动」: "
               "组织开展 makes its subject the doer (rule 2; round 34); the six names as printed, the final 等 dropped (round 35 "
               "「A、B、C等部门」; the scorer strips a final 等); sites and trades made actors are bodies (round 37's 码头 and "
               "sites; round 54's trade enterprises; the list without the trade is accepted); 「指定专人负责」 — persons ("
               + PERSON + "); 镇党政办, where the bait is collected, only hands out (rule 3's receiver side): no unit; lead [] (no "
               "牵头); the item's own days 「4月25日—4月28日」 and 「4月26日」 win over the span (round 37), the latest 2013-04-28 "
               "(round 34); the bait is a means (round 44)"),
        S(["二", "3"], [], ["各村(居)委会"], dl="4月26日下午15:00", dln="2013-04-26", lead_alternatives=[["各村(居)委会"]],
          note="「各村(居)委会要…进行彻底整治;要建立落实清扫保洁和门前三包制度,组织开展卫生单位(庭院)和卫生户评选活动」: the subject "
               "carries over inside the paragraph (round 34), and 落实 (round 49 p46d: whatever its object) and 组织开展 (round 34) "
               "are rule-2 verbs: 各村(居)委会; " + ONE + "; 「镇干部…于4月26日下午15:00统一到圩上打扫卫生」 — persons (" + PERSON
               + "); the item's own day 4月26日 wins over the span (round 37); 15:00 is a clock time, no target (round 25)"),
        S(["二", "4"], [], [], dl="2013年4月1日至4月30日", dln="2013-04-30",
          note="「4、加强饮用水和食品卫生管理。各村(居)要加强对居民和农村饮[cut]」: 加强 is no rule-2 verb: " + NONE + "; " + SPAN05
               + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–4 (run-in headings over their work, round 35; CUT in 4); 一、活动时间 only gives the activity's time "
            "(round 42 continued: a field), and its span dates the items (rounds 36, 37)",
            "「相结台」 (for 相结合) is the page's"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x249_06_dingshan-jiedao-2020-lianghui-chunjie-senlin-fanghuo-tongzhi.txt"
plan(X06,
     title_note=NO_TITLE + "the page prints the index table and the addressees, and no title line",
     doc_no="鼎山辦發〔2020〕9號", issuer="江津區鼎山街道 (Chongqing; the page is a mirror in traditional characters)",
     date="2020-01-13 (成文日期 in the index table)",
     level="street (鼎山街道, 江津區)",
     source=page_source("http://www.subhealth.cc/jz/dsjdbsc_69043/zwgk_81486/fdzdgknr_81488/zcwj/t_12528634.html"),
     style="a mirror of a government portal's file page in traditional characters: index table rows 「| [ 索引號 ] | … |」, the "
           "addressees 「各社區、機關各部門:」, preamble 「…現就做好兩會、春節期間森林防火工作通知如下:」, headed points 一、二、 over one "
           "paragraph each, 三、 cut after its first words",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="兩會、春節期間", dln="2020-01", responsible_alternatives=[["各社區", "機關各部門"]],
          note="Round 98 (turned, aligned round 68 to CONVENTIONS.md \"Round 98 rulings\"; p68b): the addressee line printed again whole calls the notice's addressees back, whatever verb follows (Round 89's governs on x330_02; Round 91's on x336_02; Round 95's x348_01; Round 97's x354_03 3、, 5、) — over the old reading of the subjects as doers by rule 2: [各社區, 機關各部門] → none (under 「各社區、機關各部門:」; the item's later 「各社區要…加大…宣傳力度…做好宣傳」 is a call with no rule-2 verb (round 30); the old list stays accepted); the earlier reading: round 34 (early): a childless headed point that gives work is a task; 「各社區、機關各部門要…全面落實各項防范和應急措施」: "
               "落實 is a rule-2 verb whatever its object (round 49 p46d) and both are kinds (round 32 各街镇; round 44 各部門 alone; "
               "「機關各部門」 one name as printed); 「狠抓責任和工作措施落實」 is 落實 as a noun (round 33); lead [] (no 牵头); the "
               "item's own 「兩會、春節期間」 dates it by the festival's month in the plan's year (round 46, p44e), the later of "
               "two (round 34): 春節 2020 fell on 25 January, and 「正值兩會期間」 (the preamble, 2020-01-13) puts the 兩會 in "
               "January too: 2020-01 (RULING? 4)"),
        S(["二"], [], ["各社區"], lead_alternatives=[["各社區"]],
          note="「各社區要加大…排查力度,認真落實野外用火管控,…各社區要落實專人對…進行勸導」: 落實 (round 49 p46d) — 各社區, a kind; "
               + ONE + "; 專人 are persons; 「節日期間」 names no festival of its own and points back to the preamble's 春節, as "
               "届时 pointing only to a day in the preamble dates nothing (round 49 x231_06; rounds 46, 47): no deadline"),
        S(["三"], [], [],
          note="heading 「保持臨戰狀態,做好應急準備」 (an instruction: a task, round 34 early) over 「各社區、機關各部門,按照各自[cut]」: "
               "the bodies stand before a verb the page cuts (round 43: partners before a cut verb name nothing; round 45's cut "
               "subject is a unit only under a heading that gives out work, and 做好應急準備 gives out no duty): " + NONE + "; no "
               "date: no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一、二、三 (childless headed points that give work, round 34 early; CUT in 三). Accepted: 2 (without the cut 三)",
            "traditional characters as printed; 「兩會」 is left as printed (the 2020-01 reading uses the preamble's 「正值」)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x249_07_hangzhoudao-jiedao-2017-shijiuda-xiaofang-anquan-gongzuo-fangan.txt"
YEAR07 = ("the year: 「党的十九大」 is the ordinal of a once-held event the plan is for, which fixes its year as 「第47届世界标准日」 "
          "does (round 52 x238_02; round 53 x241_01): 2017; the page's 发布日期 2017-10-16 is the site's (round 45)")
plan(X07,
     title="杭州道街道关于全力做好党的十九大期间消防安全工作方案的通知",
     title_note="line 3 (printed again on lines 9 and 11, broken after 「期间」); line 1 is the breadcrumb",
     doc_no="", issuer="杭州道街道 (天津市滨海新区; 「街道消安委制定的消防安全工作方案」)", date="2017-10-16 (the page's 发布日期)",
     level="street (杭州道街道, 滨海新区)",
     source=page_source("https://www.tjbh.gov.cn/jz/contents/13244/253972.html"),
     style="a street's portal page: breadcrumb, title, 发布日期 line, 「• 扫一扫…」, the title again over two indented lines, "
           "addressees 「各科室、各社区:」, preamble, headed points 一、 and 二、 each over one indented paragraph — CUT in 二 "
           "(「实行“谁」)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="党的十九大期间", dln="2017-10",
          note="round 34 (early): a childless headed point whose text is an instruction 「各科室、各社区要…」 is a task; its verbs "
               "(吸取, 领会, 提高, 认清, 研究, 采取, 维护, 杜绝) are outside rule 2's closed list (round 30): " + NONE + "; deadline not "
               "checked: the point names 「党的十九大期间」 but the congress's day is printed only in 二 (RULING? 5 beside 二's reading); "
               "aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (decided, to be checked when the set is "
               "tuned on): an item that names an event's period is dated by the event's month where the plan prints its day, as "
               "「宣传周期间」 was by the preamble's day (round 43): 「党的十九大期间」 with 二's 「党的十九大将于10月18日…召开」 → "
               "2017-10; deadline not checked → checked as 2017-10; the builder's reading: not checked"),
        S(["二"], [], [], dl="党的十九大将于10月18日在京召开,做好这期间的消防安全工作", dln="2017-10",
          note="heading 「认真落实消防安全职责,层层压实工作责任,…」 gives out work (round 37: 落实＋职责, 压实＋责任), so every body its "
               "text gives work is a unit (round 35); but 「各科室、各社区负责人作为…第一责任人,必须亲自组织、落实…」 gives the work to "
               "负责人, persons shared by both names (" + PERSON + "): " + NONE + "; the item's own named day 「10月18日」 and "
               "「这期间」 date it by the day's month (rounds 42, 46: a named day's period): 2017-10; " + YEAR07 + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、二、 (childless headed points of the notice, round 34 early; CUT in 二). Accepted: 1 (the cut 二 left "
            "out)",
            "「“5.30”火灾」 is a name and 「津滨政发〔2017〕 37号」 a document number: no targets (round 25)",
            "the page's indented lines and the space inside 「〔2017〕 37号」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x249_08_jiedao-chunji-dafengtian-huozai-yufang-gongzuo-fangan.txt"
WORKH = ("the heading 「三、全面落实消防职责,…」 gives out work (round 37: a heading whose object is a duty word, 「落实部门监管职责」): "
         "every body its text gives work is a unit (round 35), both sides of 「B配合A＋verb」 (round 36) and the objects given "
         "work by 督促-like verbs (rounds 37, 38, 40: 督促／组织／委派／派单; 催促 is read as 督促)")
plan(X08,
     title_note=NO_TITLE + "the title 「街道火灾预防工作方案」 runs straight into the preamble on one line (「…工作方案今年大风季节"
                "已经来临…」)",
     doc_no="", issuer="a 街道 (not named; 「我区」, 「街道成立大风天火灾预防工作领导小组」)", date="not shown (a spring: 「春季大风天」)",
     level="street (not named)",
     source=page_source("https://www.wnwk.com/doc/564364.html"),
     style="a document site's preview printed as ONE line: title glued to the preamble, 一、(a run-in heading and a call to "
           "各社区、各单位), 二、组织机构 (a group set up), 三、全面落实消防职责,严格查处各类火灾隐患 (a paragraph, then 1. and 2. "
           "inside the line) — CUT in 2.",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["二、组织机构"],
     samples=[
        S(["一"], [], [], **at(X08, "一、"),
          note="round 34 (early): a childless headed point whose text tells the plan's bodies to act 「各社区、各单位要…全力做好春季大风"
               "天火灾预防工作,扎扎实实地抓好各项措施的落实」 is a task (the count 2 without it is accepted: round 39's call); 做好 and "
               "抓好 are no rule-2 verbs and 落实 is a noun here (round 33); 各单位 is a general call (round 33): " + NONE + "; "
               "no date (「春季」 is a season): no deadline"),
        S(["三", "1"], [], ["各社区", "流管办", "公安派出所", "旧货市场管委会", "百徽公司"], **at(X08, "1."),
          responsible_alternatives=[["各社区", "流管办", "公安派出所", "旧货市场管委会"],
                                    ["各社区", "流管办", "公安派出所", "旧货市场管委会", "所辖百徽公司"],
                                    ["各社区", "流管办", "公安派出所", "旧货市场管委会", "百徽公司", "外围个体商户"]],
          note=WORKH + ": 「各社区、流管办配合公安派出所加强…巡查、检查」 gives 各社区, 流管办 and 公安派出所 (outside the heading 加强 "
               "would give none, round 34), 「旧货市场管委会要加大巡查检查力度」 gives 旧货市场管委会, and 「催促所辖百徽公司、外围个体商户"
               "重点对…进行认真管控」 gives 百徽公司 (所辖, a relation word before a name, dropped like 本市／本局／本区, rounds 41, 43, "
               "50, and 所／其, round 38; the printed name accepted); 外围个体商户 are self-employed traders, "
               "households and the public (rounds 35, 41): no unit (both other readings accepted); lead [] (no 牵头); no date: "
               "no deadline"),
        S(["三", "2"], [], ["各改制、私营企业", "二级单位"], **at(X08, "2."),
          responsible_alternatives=[["各改制、私营企业"], ["各改制、私营企业", "所属二级单位"]],
          note=WORKH + ": 「各改制、私营企业要切实加强本单位的消防平安检查,催促所属二级单位落实逐级消防平安责任制」 — 「各改制、私营企业」 "
               "is fields before one head, one name as printed (round 31); 所属二级单位 is the object of 催促 given work (落实) "
               "under the heading, 所属 dropped as 所辖 is in 三/1 (a relation word before a name, like 本市／本局／本区, rounds 41, "
               "43, 50; round 38 drops 所／其); the printed 「所属二级单位」 and the reading without it are accepted; lead []; no "
               "date: no deadline; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一 (a childless point of work), 三/1, 三/2 (CUT); 二、组织机构 only sets up the leading group (rule 3; round "
            "35): a section; 三's own paragraph 「各部门、各单位要坚决落实…」 is the section's text over its items. Accepted: 2 "
            "(without 一)",
            "「消防平安」 (for 消防安全), 「根底」 and the closing quote 「〞」 are the page's; 「六小场所〞(…)」 lists kinds of "
            "premises, no units"])

write_collected(DIR)
# Round 64 (rul90): x249_06 二 aligned to tests/data/CONVENTIONS.md "Round 90 rulings" (Dates, governs: a holiday
# period in an item's own text dated by the festival the notice prints, p64e-1) (README, round 64)
from aligned_rulings import FESTIVAL90, align90  # noqa: E402

align90("x249_06", ["二"], "「各社區要落實專人對節日期間防火區域內上墳燒紙人員要進行勸導」 with the preamble's 「正值兩會期間,春節也即將來臨」 (x249_06 二): the item's own 節日期間, the festival the notice prints (春節, 25 January 2020), as 一's 「兩會、春節期間」",
        FESTIVAL90 + "; none → 2020-01", dln="2020-01", dl="節日期間")

write_collected(DIR)
