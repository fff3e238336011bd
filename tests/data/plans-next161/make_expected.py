# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next161/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c161, round 39: eight page openings of plans from outside Shanghai — a 区's
农作物秸秆综合利用及禁烧 工作方案 under a 「工作总结」 file name with the site's chunk numbers, whose 二/(一)/1 gives
「由区农业局牵头…由区农业局、区国土局、区建设局等部门负责…企业负责…各相关乡镇(街道)负责…」 and 「1万吨以上」「4-10个」, a town's
秋季秸稈禁燒 方案 in TRADITIONAL characters with INLINE PINYIN run on one line (「鎮(zhèn)政府組織兩輛宣傳車」), a 街道's
秋冬季 秸秆禁烧 方案 whose 工作目标 holds 「75%以上」 and whose one task 「各村要…落实监管责任…上报街道…」 is cut, a county's
2010 森林防火 工作意见 cut by its site after one headed point, a 区's 2019 全国助残日 活动方案 run on one line
(「以城区残联牵头」「由城区残联主办,下东社区承办」「于助残日前实施」), 常庄街道's 2021 秸秆禁烧 实施意见 under its forwarding
notice (「各管区、村(社区)要…全面落实“六定”」, 「98%以上」), 牡丹江's 社區敬老月 方案 in traditional characters (「由市老齡委各成員
單位、市老年學學會各分會組織論文…」) and a 区's 2022 敬老月 方案 with masked dates): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start or the text runs on one line); every answer was written here by reading the
texts, under `tests/data/CONVENTIONS.md` (rules 1–4 on units and the rulings of rounds 30–39 are cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c161.

    python tests/data/plans-next161/make_expected.py tests/data/plans-next161
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (a number not at its line's start, or a run-together line), the first words cut at the
# line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋verb, 牵头, 会同/协同/联合, a "
         "designation; rounds 30, 34, 37, 38, 39)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NONE_NAMED = "no body named in a rule-2 form: lead = [], responsible = []"
CALL = "a general call (round 30/33: 各单位/有关单位 name no kind, or the verb is not rule 2's)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x161_01_qu-nongzuowu-jiegan-zonghe-liyong-ji-jinshao-gongzuo-fangan.txt"
U01 = ["区农业局", "区国土局", "区建设局", "企业", "各相关乡镇(街道)"]
plan(X01,
     title="农作物秸秆综合利用及禁烧工作方案",
     title_note="line 3 after the site's chunk number 「1、」 and the file name 「农村秸秆禁烧及综合利用工作总结」 (the page's file "
                "is named a 工作总结; the document it holds is the 工作方案, printed 「农作物秸秆综合利用及禁烧 工作方案」 with a blank)",
     doc_no="", issuer="a 区 (「各乡镇党委人民政府和街道办,区级各部门」, 「我区」; not named)",
     date="(no year in the plan; 「2022」 is the site's file name)", level="区 (not named)",
     source=page_source("https://taowenge.com/p-45952789.html"),
     style="a document site's page: file name, the site's sentence, then the text RUN ON with the site's chunk numbers "
           "「1、」「2、」「3、」 at line starts: addressees, preamble, 「一、深化认识,明确目标」 (a paragraph, no unit), 「二、主要工作"
           "措施」 「(一)引进企业,强化综合利用 1.初步建立…」 — CUT inside 1. (the page ends with a bare chunk number 「3、」)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、深化认识,明确目标"],
     samples=[
        S(["二", "(一)", "1"], ["区农业局"], U01, [("1", "万吨"), ("4", "个")], **at(X01, "强化综合利用 1."),
          note=CUT + "; " + R2 + ": 「由区农业局牵头引进…」 (由A牵头: lead 区农业局), 「由区农业局、区国土局、区建设局等部门负责落实…选址」 "
               "(由A＋负责; 「A、B、C等部门」 with separate heads gives A, B, C, the 等… tail dropped, round 35), 「企业负责收储大棚"
               "的建设…」 (a regulated party by a kind with 负责, round 34), 「各相关乡镇(街道)负责…租用」 (a kind with 负责; the bracket "
               "stays with the name, round 34) — responsible in printed order, each once; NOT units: 「区农业局和乡镇(街道)要强化…引导"
               "…指导…协助…」 (要强化/引导/指导/协助 are no rule-2 verbs without 负责, round 30), 「区经信局、区环保局将…纳入…并鼓励…」 (纳入, "
               "鼓励: no rule-2 verb), 农户 and 生物质燃料加工企业 (objects); targets: 「年加工能力在1万吨以上的秸秆收储加工点」 — the "
               "item's work is to build points of that class (round 34: a class is a target where the item's work is to reach "
               "it; round 30's 以上) → 1万吨, and 「4-10个」 read at its lower edge (round 32) → 4个; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 二/(一)/1 (cut); 一 a childless 目标 paragraph naming no unit (a section); the site's chunk numbers "
            "「1、」–「3、」 are not the plan's numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x161_02_zhen-qiuji-jiegan-jinshao-gongzuo-fangan.txt"
plan(X02,
     title="秋季秸稈禁燒工作方案",
     title_note="line 3, the piece 「秋季秸稈禁燒工作方案2022篇1」 after the collection's 「秋季秸稈禁燒工作方案2023(通用5篇)」 (the "
                "site's year and piece number dropped)",
     doc_no="", issuer="a town (「我鎮」, 「**鎮」 masked; 17 村(居); not named)", date="20xx (masked)", level="town (not named)",
     source=page_source("http://cornels-photography.com/paper/298272353.html"),
     style="a document site's page in TRADITIONAL characters with the site's INLINE PINYIN after many characters "
           "(「鎮(zhèn)」「農(nóng)」), its text RUN ON one line: 一、指導思想 (a paragraph), 「二、 宣傳安排(一) 、宣傳時間即日起至"
           "秋種全面結束(9月28日至11月10H)(二) 宣傳方式1、 鎮政府組織…2、 各村(居)要…3、 村兩委成員要…」 — CUT in 3",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、 指導思想"],
     samples=[
        S(["二", "(二)", "1"], [], ["鎮(zhèn)政府"], [("2", "輛"), ("2", "條")], lead_alternatives=[["鎮(zhèn)政府"]],
          skip_deadline=True, not_targets=[("8", "點"), ("21", "點")], **at(X02, "宣傳方式1、 "),
          note=R2 + ": 「鎮(zhèn)政府組織兩輛宣傳車,懸掛…播放…」 — A組織B＋verb: A a doer (round 30; the pinyin the site puts "
               "inside the name is kept as printed, round 39), " + ONE + "; targets: the item's own numbers to field and make "
               "(round 37) 「兩輛宣傳車」 → 2輛 and 「每村兩條」 → 2條 (a per-unit rate, round 25); 「17個村(居)」 counts the "
               "existing villages (round 38: not a target, not answered); the clock times 「每天早上8點至21點」 are not targets "
               "(round 25); the 宣傳時間 「9月28日至11月10H」 (a span, round 36) has no year (20xx): " + NOYEAR),
        S(["二", "(二)", "2"], [], [], skip_deadline=True, **at(X02, "位置。2、 "),
          note=R2 + ": 「各村(居)要通過廣播、宣傳單、宣傳欄等方式廣泛宣傳…發放到戶…播報…張貼…」 — a kind with 要＋宣傳/發放/播報/張貼, "
               "no rule-2 verb (" + VERBS + "): " + NONE_NAMED + "; 「每天播報」 a rhythm; the span's year is masked: " + NOYEAR),
        S(["二", "(二)", "3"], [], [], skip_deadline=True, **at(X02, "標語。3、 "),
          note=CUT + "; 「村兩委成員要深入每戶農戶家中,面對面…」 — members, persons (round 30: a person is never a unit): "
               + NONE_NAMED + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(二)/1–3 (3 cut); 二/(一) 「宣傳時間…」 is a field of 二 (a time, no work; round 35's field blocks): "
            "4 (with it) accepted; 一 a childless 指導思想 paragraph (a section)",
            "the span 「9月28日至11月10H」 (「H」 the page's slip for 日) has no year; no item's deadline is checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x161_03_jie-qiudongji-jiegan-jinshao-gongzuo-fangan.txt"
plan(X03,
     title="秋冬季秸秆禁烧工作方案",
     title_note="line 1, the piece 「秋冬季秸秆禁烧工作方案 1」 after the collection's 「秋冬季秸秆禁烧工作方案2篇」 (the piece number "
                "dropped)",
     doc_no="", issuer="a 街道 (「我街」, 「各村」, 「行政屯」 — a northern region; not named)",
     date="2020 (「从 20xx 年 10 月至 2021 年 5 月」: the start year masked)", level="街道 (not named)",
     source=page_source("https://m.wenke99.com/p-10108589.html"),
     style="a document site's page RUN ON one line: 一、总体要求 (a paragraph), 二、工作目标 1. (a span 「从 20xx 年 10 月至 2021 年 "
           "5 月」) 2. (「全街农作物秸秆综合利用率达到 75%以上」), 三、主要任务 (一)建立完善网格化监管机制。各村要…落实监管责任…各村要将…"
           "以清单的形式上报街道秸秆禁烧工作领 — CUT (a short stored excerpt, 1,281 bytes)",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["三", "(一)"], [], ["各村"], dl="2021 年 5 月", dln="2021-05", lead_alternatives=[["各村"]],
          **at(X03, "三、主要任务 (一)"),
          note=CUT + "; " + R2 + ": 「各村要以行政屯为单位,划定…明确…落实监管责任」 — a kind (各村, like 各街镇, round 32) with 落实 "
               "(rule 2): responsible 各村, " + ONE + "; 网格长 and 监管队伍 are persons named by the item (not units); the sending "
               "「各村要将…以清单的形式上报街道秸秆禁烧工作领[导小组]」 is a duty (round 35), not a unit; deadline: the item has no "
               "date of its own; 二/1's 「从 20xx 年 10 月至 2021 年 5 月…实行农作物秸秆全面禁烧」 is the campaign's span stated once for "
               "the whole action (round 37): its end 2021-05 (RULING?: the span stands in 工作目标, its start year masked)"),
     ],
     plan_targets=[{"number": "75", "unit": "%"}],
     phases=[],
     duties=[{"what": "各村要将网格划定情况、网格长、网格监管队伍确定情况,以清单的形式上报街道秸秆禁烧工作领导小组", "when": "", "when_norm": None}],
     notes=["1 leaf: 三/(一) (cut); 二/1 and 二/2 are 工作目标 items naming no unit (not tasks in a plan whose tasks name "
            "units, round 27): 3 (with them) accepted",
            "plan target: 二/2 「全街农作物秸秆综合利用率达到 75%以上」 (round 30: 以上); 二/1's 「零火点」 names no number"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x161_04_xian-senlin-fanghuo-2010-gongzuo-yijian.txt"
plan(X04,
     title="县森林防火2010年工作意见",
     title_note="line 3 (the site's article title; the county is not named)",
     doc_no="", issuer="a county's 人民政府 (「各乡镇人民政府,县人民政府各部门」; 「打造锦绣商城」; not named)",
     date="2010 (「发表时间:2010/2/20」)", level="county (not named)",
     source=page_source("https://www.wm114.cn/wen/103/204445.html"),
     style="a model-text site's page: the site's path, the title, the posting time, addressees and a preamble with leading "
           "spaces, ONE HEADED POINT 「一、统一思想,提高认识」 over a paragraph CUT by the site 「各乡镇要根」, then the site's "
           "「……(新文秘网…省略505字…)」「……(未完,全文共2230字…)」 lines and links (a short stored excerpt, 1,242 bytes)",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各乡镇政府", "林业部门"],
          note=CUT + "; round 34 (a childless headed point that gives work, in a 意见 written as headed points, is a task); "
               + R2 + ": 「各乡镇政府、林业部门要进一步提高…认识,…认真落实森林防火责任制,做好…准备工作」 — kinds (round 32) with 落实 "
               "(rule 2; 「森林防火责任制」 its object, not a noun 落实, round 33): responsible 各乡镇政府, 林业部门 (separate heads, "
               "round 31), no 牵头: lead = []; 「各乡镇要根[据]…」 cut before its verb (no unit, round 39); 「国家级、省级」 no figures; "
               "the year 2010 stands only in the title (round 38: a period printed only in the title dates nothing): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 一 (cut by the site); the site's 「省略505字」「全文共2230字,当前仅显示1417字」 are the site's, not targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x161_05_qu-2019-quanguo-zhucanri-huodong-shishi-fangan.txt"
plan(X05,
     title="2019全国助残日主题及活动方案",
     title_note="line 1 as printed (the site's title, run on with the preamble)",
     doc_no="", issuer="a 城区 (「我区」, 「城区残联」, 「XX市城区」, 「下东社区」; not named)",
     date="2019 (「2019年5月15日,是第26个“全国助残日”」; the site put 2019 in, 「第二十四个助残日」 and 「20**年」 inside)",
     level="区 (a city's 城区, not named)",
     source=page_source("https://wddqw.com/doc/bf0ee268250c844769eae009581b6bd97e19bc76.html"),
     style="a document site's page RUN ON one line: title and preamble, 「一、活动内容 (一)…(二)…(三)…(四)…1.…2.…」 (headings run "
           "into their text), 「二、具体要求 1.…2.…3.…4.…」 — CUT in 4 「…以文字形式报区残」; a stray 「(2019年度庆祝“六一”儿童节"
           "活动方案)」 inside 「市残…联」",
     leaf_tasks=9, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], **at(X05, "(一)"),
          note=R2 + ": 「第二十四个助残日期间,市残…联将评选表彰…,我区残联按照文件要求,已上报…」 — the city's body's work (将＋评选, "
               "no rule-2 verb) and the 区残联's past step (已上报): " + NONE_NAMED + "; 「第二十四个」 a name; 「助残日期间」 no "
               "date: " + NODATE),
        S(["一", "(二)"], ["城区残联"], ["城区残联"], **at(X05, "(二)"),
          note=R2 + ": 「以城区残联牵头,展开…捐赠活动」 — 「A牵头」 (以 read as 由): lead and responsible 城区残联; the list of "
               "品种 gives no number; " + NODATE),
        S(["一", "(三)"], [], ["城区残联", "下东社区"], dl="5月15日", dln="2019-05", lead_alternatives=[["城区残联"]],
          **at(X05, "(三)"),
          note=R2 + ": 「由城区残联主办,下东社区承办的残疾人文化艺术节,将在市师范学院举办」 — the 由-clause describes the item's "
               "own work (the festival the item organises), so 由A主办 is 由A＋a verb of doing (round 34) and 「下东社区承办」 its "
               "parallel (承办 beside 主办 read as round 38's 承办单位 beside 牵头单位: responsible) — RULING? (round 30's 「参加由A"
               "组织的培训」 is a description inside another work; here the described festival IS the work): responsible 城区残联, "
               "下东社区, lead [] with 城区残联 (the 主办) accepted; 市师范学院 a place; deadline 「5月15日」 with the plan's year "
               "(the title's and preamble's 2019): 2019-05"),
        S(["一", "(四)", "1"], [], [], skip_deadline=True, **at(X05, "残疾人体育活动 1."),
          note=R2 + ": 「经区残联研究决定,拟定于20**年5月下旬举办…运动会」 — 经A (rule 3: approves) and 举办 without a subject: "
               + NONE_NAMED + "; 「第五届」 a name; the year is masked (20**): " + NOYEAR),
        S(["一", "(四)", "2"], [], ["各街道残联"], lead_alternatives=[["各街道残联"]], **at(X05, "地点待定。 2."),
          note=R2 + ": 「各街道残联要结合实际,组织展开残疾人文化进社区活动」 — 组织＋work (round 34) by a kind (round 32): responsible "
               "各街道残联, " + ONE + "; 二/2's 「于助残日前实施」 is another item's text (not inherited): " + NODATE),
        S(["二", "1"], [], [], **at(X05, "二、具体要求 1."),
          note="round 39 (a 具体要求 section whose items give work is the plan's work); " + R2 + ": 「各街道、社区及相关单位要按活动"
               "内容实行具体筹划并落到实处」 — 实行 is no rule-2 verb and 「落到实处」 no 落实 verb (" + VERBS + "): " + NONE_NAMED +
               "; " + NODATE),
        S(["二", "2"], [], [], dl="于助残日前", dln="2019-05", **at(X05, "落到实处。 2."),
          note="round 39 (a 工作要求/具体要求 section whose items give work is the plan's work); " + R2 + ": 「区残联组织的活动,按…"
               "逐一举办」 — 「A组织的＋noun」 is a description (round 34), 举办 has no subject; 「街道以及社区、相关单位实行的活动,于助残日"
               "前实施」 — the bodies describe the activities, 实施's subject is the activities: " + NONE_NAMED + "; deadline: "
               "「于助残日前」 is the day the plan fixes (round 36/39: 「在放假前」 is the holiday the plan fixes) — 2019年5月15日: 2019-05"),
        S(["二", "3"], [], [], **at(X05, "于助残日前实施。 3."),
          note=R2 + ": 「助残日活动期间,各街道残联要充分利用广播、电视、报刊等各种媒体实行广泛宣传」 — a kind with 实行 (no rule-2 "
               "verb; 各街道残联 is a doer in 一/(四)/2 only by its 组织展开): " + NONE_NAMED + "; 「助残日活动期间」 names a time of "
               "the activity, no date: " + NODATE),
        S(["二", "4"], [], [], **at(X05, "广泛宣传。 4."),
          note=CUT + "; 「各单位要将活动情况于活动后两天内以文字形式报区残[联]」 — " + CALL + " and a sending (报, no rule-2 verb): "
               + NONE_NAMED + "; the sending is a duty; 「活动后两天内」 counts from an event (round 33/37: no deadline): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位要将活动情况于活动后两天内以文字形式报区残联", "when": "活动后两天内", "when_norm": None}],
     notes=["9 leaves: 一/(一), (二), (三), (四)/1, (四)/2, 二/1–4 (4 cut); 5 (without 二/1–4, a 具体要求 section read as "
            "requirements) accepted; 一/(一) 「市残联将评选表彰…我区残联…已上报…」 (the city's work and a past step) and 二/1, 二/3 "
            "(「各街道、社区及相关单位要…实行具体筹划」, 「各街道残联要充分利用…媒体实行广泛宣传」: 实行 is no rule-2 verb) name no "
            "unit (samples with empty answers, so that no unit is read into them)",
            "「第26个」「第二十四个」「第五届」 are names; 「两天内」 a limit from an event"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x161_06_changzhuang-jiedao-jiegan-jinshao-he-zonghe-liyong-shishi-yijian.txt"
plan(X06,
     title="常庄街道秸秆禁烧和综合利用工作实施意见",
     title_note="line 22 (the forwarding notice 「关于印发《常庄街道秸秆禁烧和综合利用工作实施意见》的通知」 is line 7)",
     doc_no="常办发〔2021〕15号", issuer="常庄街道办事处 (Shandong, 枣庄市薛城区: 索引号 370403)", date="2021-05-28",
     level="街道 (常庄街道)",
     source=page_source("http://www.xuecheng.gov.cn/zwgk/zcwjk/zjwj/202111/t20211119_1554561.html"),
     style="a government site's page: the site's path and metadata lines (索引号, 成文日期, 发文机关, 发文字号 「常办发〔2021〕 15号」 "
           "with a blank), the FORWARDING NOTICE (addressees, 「现印发给你们,请认真抓好贯彻落实」, issuer, date), the plan's title and "
           "preamble, 「一、目标任务」 (a paragraph with 「98%以上」), 「二、工作内容」 「(一)全力抓好秸秆禁烧工作」 as a heading line "
           "over a paragraph of RUN-IN points 「一是明确部署任务。…二是加大宣传力度。…」 — CUT 「…不少于10」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)"], [], ["各管区", "村(社区)"], not_targets=[("5", "个")],
          note=CUT + "; round 37 (「一是…二是…」 inside a numbered item's paragraph are that item's text: one task; 2 accepted in the "
               "count); " + R2 + ": 「各管区、村(社区)要…制定…方案,将禁烧任务明确到人…,全面落实“六定”…禁烧措施」 — 落实 by 各管区 and "
               "村(社区) (「各镇、园区」 gives two names, round 30; the bracket stays, round 34): responsible 各管区, 村(社区), no 牵头: "
               "lead = []; NOT units: 「市、区政府今年仍将禁烧工作列入…考核任务」 (列入 is no rule-2 verb), 「各村(社区)悬挂过路横标」 "
               "(悬挂); 「不少于10」 loses its unit to the cut (no target answered); 「“五个到位”」 a name, not a target (5个 as "
               "not_target); 「今年」 is the higher governments' listing, not the item's date: " + NODATE),
     ],
     plan_targets=[{"number": "98", "unit": "%"}],
     phases=[], duties=[],
     notes=["1 leaf: 二/(一) (cut; its run-in 一是/二是 are its text, round 37): 2 (一是, 二是 as items, round 36's run-in "
            "numbers) accepted; 一、目标任务 is a childless paragraph naming no unit (a section)",
            "plan target: 「街道秸秆综合利用率和小麦秸秆机械化还田率均达98%以上」 (round 30: 以上); the cover's 「请认真抓好贯彻落实」 "
            "is no task"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x161_07_mudanjiang-shequ-jinglaoyue-huodong-fangan.txt"
plan(X07,
     title="社區敬老月活動方案",
     title_note="line 1 (the site's title; 「時間:」「小龍」「方案策劃」 are the site's byline)",
     doc_no="", issuer="牡丹江市 (「牡丹江市老齡工作委員會辦公室」; the issuing body not named)", date="20xx (masked)",
     level="city (牡丹江, Heilongjiang)",
     source=page_source("http://www.yhwg8.com/fangancehua/58516.html"),
     style="a model-text site's page in TRADITIONAL characters: title, the site's byline, then the plan from 「二、活動時間 20xx年8月1日"
           "至8月31日」 (一、 not on the page), 「三、活動內容」 (一)–(三) each a run-in heading and its text; the page ends with (三) "
           "(a short stored excerpt, 1,499 bytes)",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["二、活動時間"],
     samples=[
        S(["三", "(一)"], ["市老年活動中心"], ["各縣(市)區老齡辦", "市老年活動中心", "老年活動中心藝術團", "市衛生局", "司法局"],
          lead_alternatives=[[]], skip_deadline=True,
          note=R2 + ": 「各縣(市)區老齡辦要…積極組織開展…活動」 (组织开展 by a kind, the bracket kept), 「市老年活動中心要組織慰老團深入"
               "社區開展…」 (A組織B＋verb: A a doer, the object 慰老團 not a unit, round 30), 「由老年活動中心藝術團精選優秀節目…送上…」 "
               "(由A＋verb), 「同時聯合市衛生局、司法局開展普法宣傳…」 (the elided subject 市老年活動中心 carries over, round 34; 「A联合B"
               "＋verb」 reads as 会同, round 34: lead A, responsible A, B — RULING?: round 39 keeps 联合 open, a reader who reads A "
               "alone answers lead []) — responsible in printed order, 市衛生局 and 司法局 separate heads (round 31); NOT units: "
               "老年人協會, 老年文藝團體, 涉老文化活動場所 (objects of 依托); the activity's span 「20xx年8月1日至8月31日」 has a masked "
               "year: " + NOYEAR),
        S(["三", "(二)"], [], ["市老齡委各成員單位", "市老年學學會各分會"], skip_deadline=True,
          note=R2 + ": 「由市老齡委各成員單位、市老年學學會各分會組織論文進行學術研討,并對優秀論文進行評獎」 — 由A＋組織 (round 34; "
               "members named by a kind with a rule-2 verb are doers, round 35): responsible both, no 牵头: lead = []; NOT units: "
               "市老年學學會 inside the purpose clause 「為充分發揮…的…作用」, 牡丹江市老齡工作委員會辦公室 (the website's owner); "
               "「擬定8月中旬」 has the masked year: " + NOYEAR),
        S(["三", "(三)"], [], ["牡丹江市老年書畫研究會"], lead_alternatives=[["牡丹江市老年書畫研究會"]], skip_deadline=True,
          note="the run-in heading 「市老年書畫研究會優秀作品展。」 names the exhibition, not a doer; " + R2 + ": 「老年節期間,由牡丹江市老年"
               "書畫研究會精選…進行展出」 — 由A＋verb: responsible 牡丹江市老年書畫研究會 (as printed in the clause), " + ONE + "; "
               "「老年節期間」 no date; the span's year is masked: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三); 二、活動時間 a childless span (a section; its year masked, no phase answered)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x161_08_qu-2022-jinglaoyue-xilie-huodong-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (「2022年敬老月系列活动方案模板汇总」 is the collection's, 「…汇总(一)」 its piece; the plan opens with its "
                          "preamble 「…现就开展好我区“敬老月”活动通知如下:」)",
     doc_no="", issuer="a 区 (「我区」, 「各街道」; the province's 「省老龄工作委员会决定」; not named)",
     date="2022 (the collection's title; 「x月x日至x日」 masked)", level="区 (not named)",
     source=page_source("https://m.liuxue86.com/k_敬老月系列活动方案"),
     style="a study-abroad site's topic page: the site's sentences, the collection's title, the piece's preamble, 「一、活动宗旨」 "
           "「二、活动主题」 「三、活动时间 x月x日至x日」 (headings on their own lines, leading spaces), 「四、活动内容」 (一) a run-in heading "
           "and text, (二) CUT in its heading 「广泛组」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、活动宗旨", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["各街道"], lead_alternatives=[["各街道"]], skip_deadline=True,
          note=R2 + ": 「各单位、各街道要加大宣传引导力度,组织主流媒体、老年媒体和新媒体,…深入宣传…」 — 组织B＋verb (round 30: the "
               "subject a doer, the media its objects, not units); 各街道 a kind (round 32), 各单位 a general call (round 33): "
               "responsible 各街道, " + ONE + "; 「改革开放40周年」「xx周年」 name an anniversary (no target); the activity's span "
               "「x月x日至x日」 is masked: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/(一), 四/(二) (cut in its heading: no sample); 1 (without the cut heading) accepted"])

write_collected(DIR)
