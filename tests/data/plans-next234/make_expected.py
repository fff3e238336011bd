# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next234/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c234, round 47: eight page openings of plans from outside Shanghai — a 市's
联合国糖尿病日 方案 (headed points 一、–五、, 「由市、县疾控中心负责安排」, 201x masked, CUT); 北京市卫生局's 20xx 世界精神卫生日
方案 (places, 「各区县卫生行政部门会同本辖区民政、公安和残联等部门…组织…」, a flattened 日程 table, CUT); a 2025 全国高血压日 template
(活动目的 aims, a one-day 活动时间, 活动内容 1.–5., 组织保障 「成立专项工作小组,由卫生健康部门牵头,协调…」, CUT); 合肥 蜀山区
荷叶地社区卫生服务中心's 20xx 联合国糖尿病日 活动 (items with no subject, a plan-level 主办／承办／参加单位 point); a 贵港 县's
世界献血者日 无偿献血 方案 from a compilation (run-in (一)–(三), 「由县电视台采取…」, 「各乡镇(街道)、各单位要…落实…」); a
2016 世界肝炎日 宣传计划 of a 中心 (「我中心决定于7月28日」, 「由公共卫生科牵头」, and 篇二's fields); an 淄博 xx區's 世界肝炎日
方案 in traditional characters (a field block 1、–6、 with 參加單位 and 活動要求, CUT); a 市卫生局's 201X 世界肝炎日 实施方案 (「市卫生局
组织市疾病预防控制中心等单位举办…」, 「…试点工作的区,要认真实施」, CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–49 are
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c234.

    PYTHONPATH=. python tests/data/plans-next234/make_expected.py tests/data/plans-next234
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: it stands outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
CALL = "各单位 is a general call (round 33), whatever its verb (組織 included, round 41; x208_02)"
PERSON = "persons are never units (round 30; round 43: a 参加人员 field names persons; round 45: experts)"
MASKED = "the year is masked (「20xx」「201x」「201X」) and no title prints one (round 46 decided, x209_05): the deadline is not checked"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x234_01_shi-lianheguo-tangniaobingri-xuanchuan-huodong-fangan.txt"
NOSPAN01 = ("no date in the item, and the preamble's 「201x年11月14日是第9个“联合国糖尿病日”」 states a calendar fact, not a span set "
            "for the items' work (round 47's 「今年6月是第24个全国安全生产月」; round 48: only 定于／决定从 fix the plan's own span): "
            "no deadline")
plan(X01,
     title="联合国糖尿病日宣传活动方案",
     title_note="lines 3 and 7 (the site's headline) and line 11 (the piece's own title line before 一、); line 1 「方案」 is the "
                "site's category",
     doc_no="", issuer="a 市 (「我市」; its 市疾控中心, 市人民医院, 有色职工总医院 …; the province not named)",
     date="not shown (201x masked; the site's 2020-10-25 is the site's, round 45)", level="city (a 市, not named)",
     source=page_source("http://www.wenshubang.com/fangan/862825.html"),
     style="a 范文 site's page: category, headline, site date, headline again, a preamble with masked years 「201x」 and document "
           "numbers 「x疾控秘〔201x〕x号」, the title again, then headed points 一、–五、 each a run-in heading and one paragraph "
           "(「一、开展广场义诊咨询活动。市疾控中心、…集中在…开展…;…由市、县疾控中心负责安排并通知参加单位。」) — CUT at 「五、各单位在」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市、县疾控中心"], lead_alternatives=[["市、县疾控中心"]],
          note=R2 + ": 「具体活动时间及地点,由市、县疾控中心负责安排并通知参加单位」 — 由A负责; 「市、县疾控中心」 is one name as printed "
               "(round 30: 「市、区X部门」); " + ONE + "; 「市疾控中心、市人民医院…集中在市主城区广场开展义诊咨询活动」 — 开展 is no rule-2 verb "
               "(round 30); 「各单位要组织…专业人员参加」 — " + CALL + "; 参加单位, the object of 通知, are no units; round 34 early: a "
               "childless headed point that gives work is a task; " + NOSPAN01),
        S(["二"], [], [],
          note="「全市承担基本公共卫生服务项目任务的社区卫生服务中心(站)、乡镇卫生院要…开展社区义诊咨询、免费测量血糖…」 — 开展 without "
               "组织 is no rule-2 verb (round 30): " + NONE + "; " + NOSPAN01),
        S(["三"], [], [],
          note="「各单位将本次宣传活动与…相结合,…利用…新闻媒体,传播…」 — " + CALL + ", and no rule-2 verb: " + NONE + "; " + NOSPAN01),
        S(["四"], [], [],
          note="「市疾控中心设计印制宣传材料、展板及支持性工具,请各单位前往领取」 — 设计印制 is no rule-2 verb (the closed list stands outside "
               "articles, round 44), 请各单位 a general call (round 33); materials handed out are means, no target (round 44) and no "
               "duty (round 45: materials sent for display are no duty): " + NONE + "; 「联系电话xxxxx」 is masked; " + NOSPAN01),
        S(["五"], [], [],
          note="「五、各单位在」 — the page ends three characters into the point (" + CUT + "); 各单位 a general call: " + NONE
               + "; counted as the fifth point (the count 4 without it is accepted); " + NOSPAN01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: the headed points 一、–五、 (round 34 early: a document of headed points; each childless point that gives work "
            "is a task; 五 is CUT after 「各单位在」). Accepted: 4 (without the cut 五)",
            "the only body given work in a ruled form is 「由市、县疾控中心负责安排」 in 一; the hospitals 「集中在…开展…」 and 市疾控中心 「设计印制」 "
            "act by verbs outside rule 2's list",
            "「201x」「x疾控秘〔201x〕x号」「xxxxx」 are the page's masks; the two leading spaces of each paragraph are the page's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x234_02_beijing-shi-weishengju-shijie-jingshen-weishengri-xuanchuan-huodong-fangan.txt"
plan(X02,
     title_note=NO_TITLE + "the page prints no title: the site's 「更新时间…作者:才子老师」 line, then the preamble 「…我局决定在世界精神卫生日"
                "(10月10日)前后组织开展精神卫生宣传活动…具体活动方案如下」",
     doc_no="", issuer="北京市卫生局 (「我局」; 「(北京安定医院)北京市卫生局领导致辞」)",
     date="not shown (20xx masked; the site's 2018-08-11 is the site's)", level="city (北京市, its 卫生局)",
     source=page_source("http://78911.com.cn/CeHuaShu/643507.html"),
     style="a 策划书 site's page: the site's date line, a preamble, 一、活动主题 (a theme), 二、活动地点 (一)主会场:… (a place) "
           "(二)分会场:「各区县卫生行政部门会同本辖区民政、公安和残联等部门,根据本方案要求,组织各区县分会场主题宣传活动」, 三、主会场活动安排 "
           "(一)活动时间:20xx年10月10日上午8:30-11:30 (二)活动日程 (a table flattened one cell a line: times, places, programme "
           "of speeches by 领导 and 专家) (三)主会场参会人员 1.–2. (persons) — CUT in 2.",
     leaf_tasks=2, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(二)"], ["各区县卫生行政部门"], ["各区县卫生行政部门", "民政、公安和残联等部门"], skip_deadline=True,
          lead_alternatives=[[]],
          responsible_alternatives=[["各区县卫生行政部门", "本辖区民政、公安和残联等部门"],
                                    ["各区县卫生行政部门", "民政", "公安", "残联"]],
          note=R2 + ": 「A会同B…组织…活动」 — lead A (lead [] accepted, round 30), responsible A, B; B 「民政、公安和残联等部门」 is fields "
               "closed by one head, one group as printed (rounds 31, 35 on 和, 42 continued; 等 kept, the scorer strips only a final "
               "等); 本辖区 before it is a scope, dropped like 本市／全县 (rounds 41, 43) — the printed name and the split by field "
               "(round 42 continued) are accepted; 各区县卫生行政部门 is a kind (round 32); the item stands under 二、活动地点 but gives "
               "work by a rule-2 form, so it is a task (round 44's place fields only say where); the day 20xx年10月10日: " + MASKED),
        S(["三"], [], [], skip_deadline=True,
          note="round 35 (field blocks): 三、主会场活动安排's (一)活动时间 (二)活动日程 (三)主会场参会人员 are the fields of one event, so 三 is "
               "one task (round 44: 活动内容 sub-items that are fields make one task); its 参会人员 lines name persons, no units "
               "(round 43: a 参加人员 field), and its programme is speeches and contests by 领导, 专家 and 代表队 (" + PERSON + "): "
               + NONE + "; the count 6 that takes every leaf (二/(一), 二/(二), 三/(一), 三/(二), 三/(三)/1–2) is accepted; RULING? 2; "
               + MASKED + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 二/(二) (the 分会场 item that gives work) and 三 (the main event, a field block, round 35). 一、活动主题 is a "
            "theme, 二/(一) 主会场 only a place (round 42 continued; round 44): fields, no tasks. Accepted: 6 (every numbered leaf)",
            "the 活动日程 table is flattened one cell a line (times 「8:30-9:30」, places in brackets 「(北京安定医院)」, programme "
            "lines); clock times and 「22支区县及三级医院代表队」 (the contest's field of teams) are no targets",
            "「20xx」 is the page's mask"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x234_03_2025-quanguo-gaoxueyari-huodong-fangan.txt"
DAY03 = ("round 42 continued: a single day stated once for the whole activity under 四、活动时间 「2025年10月8日(全国高血压日当天)」 "
         "is the activity's span, one day long, and items with no date of their own are due that day")
plan(X03,
     title_note=NO_TITLE + "line 1 prints the name only inside the site's bracket 「【ldquo(全国高血压日活动方案)】」 (an HTML entity's "
                "remains), glued to 「一、活动背景」",
     doc_no="", issuer="not named (a template: 「由卫生健康部门牵头」, 各社区卫生服务中心、乡镇卫生院)",
     date="2025 (「2025年10月8日(全国高血压日当天)」; the site's path 202508)", level="not named (a county's or city's template)",
     source=page_source("http://piaowu.jixiztb.com/jxfw/202508/294677.html"),
     style="a site's page: 「【ldquo(…)】」 glued to 一、活动背景 (a paragraph), 二、活动目的 1.–4. (aims), 三、活动主题, 四、活动时间 "
           "「2025年10月8日」, 五、活动地点, 六、活动内容 1.–5. (each a heading line over a paragraph with no subject), 七、组织保障 1. "
           "「成立专项工作小组,由卫生健康部门牵头,协调医疗机构、社区、学校等多方力量」 2. — CUT at an empty 「3. 」",
     leaf_tasks=7, count_alternatives=[5, 6, 8, 11], attachment_task_rows=0,
     childless_top_level_sections=["一、活动背景", "三、活动主题", "四、活动时间", "五、活动地点"],
     samples=[
        S(["六", "1"], [], [], dl="2025年10月8日(全国高血压日当天)", dln="2025-10-08",
          note="「组织专业医护人员深入社区、学校、企业,开展…讲座」 — 组织 with no subject names no doer (round 41), the staff are persons: "
               + NONE + "; " + DAY03),
        S(["六", "2"], [], [], dl="2025年10月8日(全国高血压日当天)", dln="2025-10-08",
          note="「制作并发放《高血压防治手册》、宣传海报、折页等材料」 — hand-outs with no figure (round 44's means): " + NONE + "; " + DAY03),
        S(["六", "5"], [], [], dl="2025年10月8日(全国高血压日当天)", dln="2025-10-08",
          note="「针对中老年人、肥胖人群、有家族史者等高危人群,组织专项体检和健康评估,建立个人健康档案」 — the groups are on whom the work "
               "bears (round 31: kinds of person), 组织 has no subject (round 41): " + NONE + "; " + DAY03),
        S(["七", "1"], ["卫生健康部门"], ["卫生健康部门"], dl="2025年10月8日(全国高血压日当天)", dln="2025-10-08",
          lead_alternatives=[[]],
          note=R2 + ": 「由卫生健康部门牵头,协调医疗机构、社区、学校等多方力量」 — 「由A牵头协调B…」 gives A (round 40; the objects of "
               "协调 are no units, round 30; 多方力量 a general call, round 44); the 专项工作小组 the item sets up is no unit (rule 3; round "
               "35), and A is a unit because A also does the item's work, coordinating (rule 3: 「成立由A牵头的…」 gives A only where A "
               "is the doer); no member list follows, so round 48's 「X组：由A牵头，B…组成」 (A no lead over a group's membership) does "
               "not apply — RULING? 1; lead [] is accepted; a 组织保障 item naming a unit is a task (round 33; round 49 p46e); "
               + DAY03),
        S(["七", "2"], [], [], dl="2025年10月8日(全国高血压日当天)", dln="2025-10-08",
          note="「加强宣传动员,利用广播、电视、网络等多种媒介扩大活动影响力」 — gives work with no subject: a task where it gives work (round 40; "
               "round 49 p46e: the count without it accepted): " + NONE + "; " + DAY03),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 tasks: 六/1–5 and 七/1–2. 二、活动目的 1.–4. state aims and give no work (round 49 turned: 活动目的 items are no tasks); "
            "一、三、四、五 are the background, theme, time and place (fields, round 42 continued); 七/3 「3. 」 carries no text (the page "
            "ends), so it is no leaf (plans-dev EXPECTED.md: leaves carry text). Accepted: 5 (六 only, 组织保障 read as calls), 6, 8 "
            "(with the empty 3.), 11 (with the aims, round 49: the older count stays accepted)",
            "a plan whose key works name no unit but whose safeguards do is read as naming no units for its key works (round 44)",
            "the site's 【ldquo(…)】 is an HTML entity's remains (「&ldquo;」 lost its & and ;); it is kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x234_04_hefei-shushan-heyedi-lianheguo-tangniaobingri-xuanchuan-huodong.txt"
HOSTS04 = ("三、主办单位／承办单位／参加单位 is a point of its own after the items, naming who hosts and takes part in the whole event: a "
           "plan-level field, no task, and the items take none of its units (round 42; round 44: 「三、参加活动单位」; round 48: where "
           "the field stands decides)")
plan(X04,
     title_note=NO_TITLE + "the page prints no title: it opens with the preamble 「20xx年11月14日是第xx个“联合国糖尿病日”…」",
     doc_no="", issuer="合肥市蜀山区荷叶地社区卫生服务中心 (the place of the activity; hosts 安徽省卫生厅, 合肥市卫生局)",
     date="masked (「20xx年11月14日」)", level="a body's own (a community health centre in 合肥市蜀山区, Anhui)",
     source=page_source("https://m.lovfp.com/wenku/ahra/n1BK8NXOeM"),
     style="a 文库 site's page: a preamble with masked years and an empty theme 「主题是,口号是。」, 一、活动时间、地点: (a field), 二、活动内容: "
           "1.–6. (no subject: 「组织…」「设计印制…」「邀请…」), 三、主办单位: 「安徽省卫生厅合肥市卫生局」 (two bodies with no separator) "
           "承办单位:… 参加单位:… (a plan-level field), then the site's 「因篇幅问题不能全部显示…」",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=["一、活动时间、地点"],
     samples=[
        S(["二", "1"], [], [], skip_deadline=True,
          note="「组织省、市心血管、健康教育专家深入社区开展面对面义诊咨询服务」 — 组织 with no subject (round 41), experts are persons "
               "(round 45): " + NONE + "; " + HOSTS04 + "; the one-day span 「20xx年11月14日」 (round 42 continued): " + MASKED),
        S(["二", "2"], [], [], skip_deadline=True,
          note="「组织社区卫生服务中心医务人员开展免费测量血糖,发放宣传材料」 — the staff of a centre are persons, and 组织 has no subject: "
               + NONE + "; " + HOSTS04 + "; " + MASKED),
        S(["二", "5"], [], [], skip_deadline=True,
          note="「邀请省市卫生行政主管领导参加活动」 — 邀请 is no rule-2 verb and the invited are persons (rule 3: invited overseers, round "
               "39): " + NONE + "; " + MASKED),
        S(["二", "6"], [], [], skip_deadline=True,
          note="「积极与新闻媒体合作,…广泛宣传…同时邀请省市相关新闻媒体参加活动并进行宣传报道」 — a liaison 「与A合作」 is no unit (round 38's "
               "「与A对接」), the invited media are no doers of the item: " + NONE + "; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: 二/1–6. 一、活动时间、地点 is a field (round 42 continued); 三、主办单位 (with 承办单位 and 参加单位 under it) is a "
            "plan-level field (round 42; round 44). Accepted: 7 (三 counted as a task)",
            "「安徽省卫生厅合肥市卫生局」 prints two hosts with no separator; it gives no item units either way",
            "「20xx」「第xx个」 are the page's masks; 「因篇幅问题不能全部显示,请点此查看更多更全内容」 is the site's"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x234_05_guigang-xian-shijie-xianxuezheri-wuchang-xianxue-huodong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + "line 13 「年世界献血者日无偿献血活动方案」 is the piece's title with its year lost (as printed); lines 1 and 3 "
                "are the compilation's headline 「…方案范文(13篇)」 (round 48: a compilation's header is the site's)",
     doc_no="", issuer="a 县 (「全县」, 「健康贵港」: a county of 贵港, Guangxi; its 县电视台)",
     date="not shown (the text prints 2020: 「2020年6-7月…主题党日活动」; the site's 2024-01-14 is the site's)",
     level="county (a 县 of 贵港, not named)",
     source=page_source("https://www.ppfp.cn/content/9210136.html"),
     style="a 范文 compilation's page: headline twice, the site's ID, time and uploader, an intro, the first piece's title with its "
           "year lost, then its run-in points (一)–(三) (the piece opens at its requirements), then the next piece's title "
           "「世界献血者日活动方案策划书」 and 「市政府、」 — the page ends",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [],
          note="「提高思想认识,加强组织领导。…各级各单位要切实履行职责,做好无偿献血的领导、规划、组织、协调和监督管理工作…」 — 各级各单位 is "
               "a general call (各单位 with a level word, round 33; round 47: level words), 履行／做好 are no rule-2 verbs (round 38: "
               "「A履行…工作」) and 组织 here is a noun in 做好's object (round 48: 「做好组织工作」): " + NONE + "; a run-in point that "
               "gives work is a task (round 35; the count 2 that reads it as a call is accepted, round 39); " + NODATE),
        S(["(二)"], [], ["县电视台", "各乡镇(街道)"], dl="“6·14世界献血者日”", dln="2020-06",
          note=R2 + ": 「由县电视台采取新闻、专题报道和公益广告等形式广泛宣传…」 — 由A＋any verb of doing (round 34); 「各乡镇(街道)、各单位要积极"
               "宣传并落实无偿献血政策措施」 — 落实 with a kind as subject (round 49 p46d); 各乡镇(街道) keeps its bracket (round 34), 各单位 "
               "is a general call (round 33; round 48: a kind beside a call is a doer); lead [] (no 牵头); 「动员本单位…干部职工」 — "
               "动员 is no rule-2 verb and staff are persons. Deadline: the item names the day 「“6·14世界献血者日”无偿献血活动」 and "
               "joins it to 「2020年6-7月关于“不忘初心铸党魂”主题党日活动」; the latest date in the item is its deadline (round 34), "
               "2020-07 — RULING? 3, turned by Round 50 rulings (Dates, x234_05 (二)): the second period names another activity the "
               "item is combined with, not a step of the item; the named day dates the item by its month: 2020-06"),
        S(["(三)"], [], ["各乡镇(街道)"], dl="“6·14世界献血者日”", dln="2020-06",
          note=R2 + ": 「各乡镇(街道)、各单位要加强沟通协调,统筹安排,精心组织,落实专人负责」 — 落实 is in rule 2's list whatever its "
               "object (round 49 p46d), its subject 各乡镇(街道) a kind; 各单位 a general call (round 33); 「精心组织」 — 组织 with no "
               "object (round 41); 专人 are persons (round 34); lead []. Deadline: 「确保本单位“6·14世界献血者日”无偿献血活动取得实效」 — "
               "the item's own named day dates it by that day's month (rounds 42, 46, 48: 「“海洋日”当天」) in the year the text prints "
               "(round 42: the text's own year; 2020 in (二)): 2020-06"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: the run-in points (一)–(三) of the first piece (round 35: run-in headings). Accepted: 2 (without (一), a call "
            "naming no doer, round 39)",
            "the next piece's title 「世界献血者日活动方案策划书」 and its first words 「市政府、」 carry no numbered item: no task (the "
            "tasks of a second document are counted where the page prints them, round 30)",
            "no target: 「6-7月」 is a period, 「6·14」 a day's name"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x234_06_2016-shijie-ganyanri-xuanchuan-jihuashu.txt"
DAY06 = ("round 48 decided: 「我中心决定于7月28日,开展一次宣传教育活动」 in the preamble fixes when the plan's own activity is held (决定, "
         "like 定于) — a span one day long (round 42 continued); items with no date of their own are due that day, in the year the "
         "preamble prints (「2016年7月28日是第6个“世界肝炎日”」)")
plan(X06,
     title_note=NO_TITLE + "the page prints no title line for 篇一: the site's intro names 「第6个世界肝炎日宣传计划书样本」, and 篇一 opens "
                "with its preamble",
     doc_no="", issuer="a 中心 (「我中心」 with a 公共卫生科 and 各村: a township's health centre; not named)",
     date="2016 (「2016年7月28日是第6个“世界肝炎日”」)", level="a body's own (a township health centre, not named)",
     source=page_source("https://www.rngnet.com/jihua/228030.html"),
     style="a 范文 site's page of two pieces: 篇一: a preamble 「…我中心决定于7月28日,开展一次宣传教育活动…」, 一、活动目标 (a goal), "
           "二、活动内容 1、–4、 (「由公共卫生科牵头,在人口聚集处设立咨询台…」, 「各村结合实际开展…」), 三、活动要求 1、–2、; 篇二: a preamble, "
           "一、宣传主题 二、活动时间:7月30日 三、参加活动人员:县疾控中心计免科、… (fields) — the page ends",
     leaf_tasks=6, count_alternatives=[4, 5, 9], attachment_task_rows=0, childless_top_level_sections=["一、活动目标"],
     samples=[
        S(["二", "1"], [], [], dl="于7月28日", dln="2016-07-28",
          note="「开展“世界肝炎日”活动,大力普及…,积极发现肝炎病人,提供预防、治疗等服务」 — no subject, 开展 no rule-2 verb: " + NONE
               + "; " + DAY06),
        S(["二", "2"], [], [], dl="于7月28日", dln="2016-07-28",
          note="「扎扎实实地做好宣传工作」 (a space after 「2、」 as printed) — no subject: " + NONE + "; " + DAY06),
        S(["二", "3"], ["公共卫生科"], ["公共卫生科"], dl="于7月28日", dln="2016-07-28",
          note=R2 + ": 「由公共卫生科牵头,在人口聚集处设立咨询台,发放宣传材料,开展自愿咨询服务」 — 由A牵头: lead A, responsible A (a "
               "section of the issuing centre, a body named by its kind, round 30: 「由办公室负责」); " + DAY06),
        S(["二", "4"], [], [], dl="于7月28日", dln="2016-07-28",
          note="「各村结合实际开展宣传、教育、关怀和救治活动,并在街路设宣传标语」 — 开展／设 are no rule-2 verbs (round 30; round 35: 设): "
               + NONE + "; " + DAY06),
        S(["三", "2"], [], [], skip_deadline=True,
          note="「及时收集整理宣传活动资料,总结宣传教育工作」 — a 活动要求 item that gives work is a task (round 39) with no subject: " + NONE
               + "; the summary is sent to no body, so no duty (a duty sends a report, rounds 35, 45); the deadline is not checked: the "
               "work follows the one-day activity (「及时」), and reading the day as its due date would misstate it (round 49's x230_01: "
               "an item's own time wins over a span)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 tasks: 篇一's 二/1–4 and 三/1–2. 一、活动目标 is a goal section (plans-dev). 三/1 「提高…知晓率,增强…意识,倡导“政府组织领导、"
            "部门各负其责、全社会共同参与”的…工作机制」 is read as a requirement that gives work (倡导 a mechanism), counted; the count 5 that "
            "reads it as an aim (round 49 turned: aims give no work) is accepted. 篇二's 一、宣传主题 二、活动时间 三、参加活动人员 are fields "
            "(round 42 continued; round 43: 参加人员 are persons): no tasks. Accepted: 4 (二 only), 5 (without 三/1), 9 (with 篇二's three "
            "fields)",
            "篇二's 「二、活动时间:7月30日」 is the second piece's own day, not 篇一's (篇一 fixes 7月28日 itself)",
            "the page's two pieces number their points alike (一、二、三、); every sample is in 篇一, whose 二 has children"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x234_07_zibo-qu-shijie-ganyanri-xuanchuan-huodong-fangan.txt"
plan(X07,
     title="7月28日世界肝炎日宣傳活動方案",
     title_note="line 4 「7月28日世界肝炎日宣傳活動方案 1」 less the compilation's number 「 1」 (round 49 decided: x231_07's 「…活动方案1」; "
                "round 48: 【一】); line 2 is the compilation's headline 「…(精選12篇)」",
     doc_no="", issuer="an xx區 of 淄博 (masked; 「淄博義烏小商品城南門廣場」, 「魯衛疾控函〔20xx〕31號」: Shandong)",
     date="not shown (20xx masked)", level="district (an xx區 of 淄博, masked)",
     source=page_source("http://www.357603.cn/huodongfangan/1909997.html"),
     style="a 范文 compilation in traditional characters: 「- 相關推薦」, headline, intro, the piece's title with its number, a preamble, "
           "一、廣場宣傳活動 as a field block 1、活動名稱 2、活動時間 3、活動地點 4、參加單位 5、活動方式 6、活動要求: (1) 2、 3、 4、 (the "
           "requirements, their brackets lost after (1): 「3、區疾病預防控制中心負責簽到及活動現場布置工作」), 二、其他活動 1、 — CUT",
     leaf_tasks=2, count_alternatives=[1, 6, 10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["區屬各醫院", "鎮衛生院", "區管醫院", "區疾病預防控制中心", "轄區各預防接種門診"],
          targets=[(2, "塊"), (2, "名")], skip_deadline=True,
          responsible_alternatives=[["區屬各醫院", "鎮衛生院", "區管醫院", "區疾病預防控制中心", "各預防接種門診"],
                                    ["區疾病預防控制中心"]],
          note=R1 + ": round 35 (field blocks): 「1、活動名稱 2、活動時間 3、活動地點 4、參加單位 5、活動方式 6、活動要求」 are the fields of one "
               "event, so 一 is one task, and its 參加單位 line is its units label (round 42: a 参加单位 list inside one item's fields is "
               "its responsible units; round 44: 参与单位 line): five names split on 、 and , as printed (轄區 before 各預防接種門診 kept; "
               "the name without it accepted, rounds 41, 43); the label decides, so 「3、區疾病預防控制中心負責簽到…」 adds nothing "
               "(rule 1) — its reading as a task of its own gives [區疾病預防控制中心] (accepted), RULING? 4; lead [] (no 牵头). Targets: "
               "「擺放2塊以上…宣傳展牌」「安排2名以上…專業工作人員」 — floors on what the item must set out and staff (round 30's 以上; "
               "round 47: supplies with a comparison word are a standard). 「7月28日上午8:30—10:30」 and 「8:00前到達」 have no year "
               "(「第xx個」, 「〔20xx〕」): the deadline is not checked"),
        S(["二", "1"], [], [], skip_deadline=True,
          note="「1、在“世界肝炎日”宣傳」 — " + CUT + "; no subject: " + NONE + "; counted (the count 1 without it is accepted); no year "
               "on the page: the deadline is not checked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 一 (a field block, round 35; its 活動要求's (1)–4 are the text of that one task) and 二/1 (CUT). Accepted: 1 "
            "(without the cut 二/1), 6 (活動方式 and the four requirements as tasks, 活動名稱／時間／地點／參加單位 as fields, and 二/1), 10 "
            "(every numbered leaf: 1–5, 6/(1)–4, 二/1) — RULING? 4",
            "「(1)」 then 「2、」「3、」「4、」 under 6、活動要求: the lower items lost their brackets after the first (round 42: a bare number "
            "after a lost bracket is the lower item)",
            "traditional characters with some simplified ones (「后」「于」「并」) are the page's; 「xx區」「xx電視臺」「《xx通訊》」 are masks"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x234_08_shi-weishengju-shijie-ganyanri-zhuti-xuanchuan-huodong-shishi-fangan.txt"
plan(X08,
     title="“世界肝炎日”主题宣传活动实施方案",
     title_note="line 2 after the compilation's mark 「篇一:」 (round 49 decided: a compilation's marks 附:, 【篇一】 are dropped)",
     doc_no="", issuer="a 市卫生局 (「本市」, 各区县; the city not named)", date="masked (「201X年7月23日至201X年7月30日」)",
     level="city (a 市's 卫生局, not named)",
     source=page_source("http://fwdq.com/cehuashu/473916.html"),
     style="a 范文 site's page: an intro, 「篇一:」 and the title, 一、活动主题 (a theme), 二、活动时间:201X年7月23日至201X年7月30日 (a "
           "span, masked year), 三、主要活动安排 (一)–(三) (「市卫生局组织市疾病预防控制中心等单位举办…」), 四、工作要求 (一) 「各区县卫生行政"
           "部门要…开展…。已经开展慢性肝炎患者管理试点工作的区,要认真实施…」 (二) — CUT at 「市健康」",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], [], skip_deadline=True,
          note="「市卫生局通过全市主流媒体发布…新闻统发稿,宣传…,介绍…」 — 发布／宣传／介绍 are no rule-2 verbs (round 30; round 44 outside "
               "articles): " + NONE + "; the span 二、活动时间 (round 37): " + MASKED),
        S(["三", "(二)"], [], ["市卫生局"], lead_alternatives=[["市卫生局"]], skip_deadline=True,
          note=R2 + ": 「市卫生局组织市疾病预防控制中心等单位举办主题宣传活动」 — 「A组织B＋verb」: A the doer, B the object of 组织, no unit "
               "(round 30); " + ONE + "; 「“世界肝炎日”前后」 with no year: " + MASKED),
        S(["三", "(三)"], [], [], skip_deadline=True,
          note="「12320公共卫生公益热线邀请专家…举办…。市疾病预防控制中心设计制作一批…宣传折页,于近期陆续下发至各区县」 — 邀请／设计制作／下发 "
               "are no rule-2 verbs; the folders sent are materials, no duty (round 45); 12320 is a name with digits (not a target): "
               + NONE + "; " + MASKED),
        S(["四", "(一)"], [], ["区"], skip_deadline=True,
          responsible_alternatives=[[], ["已经开展慢性肝炎患者管理试点工作的区"]],
          note=R2 + ": 「已经开展慢性肝炎患者管理试点工作的区,要认真实施」 — the subject of 实施, a 的-phrase before a name: the unit is the "
               "name after the last 的 (round 34), 区, the districts of the city named by a kind (round 45: 「镇(街道)负责组织…」 in a city's "
               "text) — RULING? 5; none and the whole phrase are accepted; 「各区县卫生行政部门要…开展…」 and 「市疾病预防控制中心要做好…技术"
               "指导」 — 开展／做好 are no rule-2 verbs (round 30; 「A负责指导」 would be one); lead []; " + MASKED),
        S(["四", "(二)"], [], [], skip_deadline=True,
          note="「市医学会、市预防医学会要充分动员…专家在报纸、网络等媒体撰写…文章」 — 动员 is no rule-2 verb, the experts are persons: "
               + NONE + "; " + CUT + " (at 「市健康」); " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 三/(一)–(三) and 四/(一)–(二) (CUT). 一、活动主题 and 二、活动时间 are fields (round 42 continued); 四、工作要求's items "
            "give work, so they are tasks (round 39)",
            "the span 「201X年7月23日至201X年7月30日」 would date every item (round 37), but its year is masked: no deadline is checked in "
            "this file",
            "the intro's 「世界卫生组织2019年5月决定,从2019年开始…」 is the site's (a misdated note), no part of the plan"])

write_collected(DIR)
# Round 63 (rul88): x234_05 (三) aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Units, governs: Round 85's
# 「A落实专人负责」 names none, open62-1) (README, round 63)
from aligned_rulings import STAFF88, align88  # noqa: E402

align88("x234_05", ["(三)"], "「各乡镇(街道)、各单位要加强沟通协调,统筹安排,精心组织,落实专人负责,确保…取得实效」 (x234_05 (三)): 落实专人负责 staffs the work (Round 85's x322_01 二、（三））, and 加强／统筹安排／精心组织 are outside rule 2's list: a task naming none",
        STAFF88 + "; [各乡镇(街道)] → none, [各乡镇(街道)] stays accepted", resp=[], resp_alt=[["各乡镇(街道)"]])

write_collected(DIR)
