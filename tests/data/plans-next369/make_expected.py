# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next369/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 69 (built by helper c369, for round 70): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and Rounds 90–100 in full; Rounds
83–89 only where a ruling quoted in Rounds 90–100 led — see README.md) applied to every item. Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next369/make_expected.py tests/data/plans-next369
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for both files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
NOUNITS = ("the plan names no unit anywhere (no label, heading, lead-in or rule-2 doer in any item; the cover's 「我局会同"
           "相关部门研究制定了」 is past work described): its numbered leaves that give work are tasks (head: plans-dev 08, "
           "seed 003; Round 95's x349_01), each naming none")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 93's x346_01 第四条; "
          "Round 97's x358_01 第十四条)")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 100's governs on p68j): the subject of a verb "
          "outside it (制定, 建立, 设置, 明确, 开展 without 组织, 保存, 进行, 设立, 保证) names none, 应／必须 changing nothing")
OWED = ("what a party the rules regulate must do is owed work, a task (Round 84's p61a-2; Round 91's x339_02 四、（二）: "
        "outside articles a regulated party's owed acts are work, a task naming none; Round 99's governs on x359_01)")
OPTION = "可／可以／允许 give options, no work (round 49 p46b)"
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x369_01_shi-guihuaziyuanju-2021-xiangcun-zhenxing-guihua-ziyuan-guanli-shishi-yijian.txt"
P01 = "关于上海市推进乡村振兴战略加强规划资源管理的实施意见"
N01 = "关于印发《关于上海市推进乡村振兴战略加强规划资源管理的实施意见》的通知"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the opinion's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源乡〔2021〕496号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2021-12-21",
     date_note="the cover is signed 2021年12月20日 (line 9), the index dates it 2021-12-21; no item prints a date",
     level="the city planning and natural-resources bureau, to the district governments and the city's commissions, "
           "offices and bureaus, with the city government's consent: how rural areas are planned, how farmland, "
           "construction land and facility-farming land are managed, how approvals are merged, and how rights are "
           "registered and breaches enforced, for the rural revitalisation strategy",
     source=src("关于印发《关于上海市推进乡村振兴战略加强规划资源管理的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=117b3e98e916464da4f318e83ee12e09&siteId=0032", 4187),
     style="a short cover notice (the bureau drew it up 会同相关部门, 经市政府同意), the opinion's title, a preamble, four "
           "headed points 一、–四、 and run-on sub-points （一）–（十三） with a run-in heading each (「（三）加强乡村规划编制。"
           "…」); （二）基本原则 holds four unnumbered run-in paragraphs; no item names a body; no date, no 附件",
     leaf_tasks=11, count_alternatives=[12, 13],
     leaf_tasks_by_section={"一、（一）（二）": 0, "二、（三）（四）": 2, "三、（五）–（十一）": 7, "四、（十二）（十三）": 2},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（三）"], [], [],
          note="「（三）加强乡村规划编制。加快编制镇级国土空间总体规划，统筹城镇和乡村发展，明确…，合理优化村庄布局。按需编制郊野单元村庄规划，详细落实国土空间总体规划，…统筹安排各类用地布局，为…提供法定依据，指导乡村风貌设计。…按建设行动编制或修改郊野单元村庄规划…合理设定规划弹性控制指标，分类优化规划管理程序。」 — "
               + NOSUBJ + "; " + NOUNITS + "; 落实 with no subject names none; " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [],
          note="「（四）提升村庄设计水平。加强乡村设计总体风貌引导，…要引入高水平设计力量支撑，通过公开方案征集、设计竞赛等方式加强多方多专业设计力量参与，探索建立乡村责任规划师制度，落实乡村建筑师制度，搭建乡村规划实施平台…。全域土地综合整治区域、乡村振兴示范村、农民集中居住点、绿色田园先行片区应开展村庄设计，规划保留村、村庄重点区域可按需开展村庄设计。」 — "
               + NOSUBJ + "; the areas and villages 「应开展村庄设计」 are places, no bodies (round 43: place words with no head), "
               "and 可按需 an option (" + OPTION + "); " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["三", "（五）"], [], [], targets=[(150, "万亩"), (202, "万亩")],
          note="「（五）严格保护耕地和生态红线。严格落实耕地和生态保护制度，坚守150万亩永久基本农田底线和202万亩耕地保护空间，加强耕地保护精细化管理，落实耕地保护责任制。大力开展全域土地综合整治，加强高标准农田建设，…严守生态保护红线。」 — "
               + NOSUBJ + "; the quotas the work must hold are the item's targets (Round 83's x315_01; Round 91's x339_03 "
               "第十五条 202万亩 confirmed; plans-next363 x363_04 四、（一）1. alike): 150 万亩, 202 万亩; " + NOUNITS + "; "
               + NONE + "; " + NODATE),
        S(["三", "（六）"], [], [], not_targets=[(100, "平方米"), (2, "米")],
          note="「（六）全面实施国土空间用途管制。加强规划引领、计划管理、空间准入、用途转用和监管监测，实施乡村地区全域、全要素、全过程用途管制。…严格依据国土空间规划和用途管制规则依法办理相关手续，健全用途转用规则，…加强地类变更管理。按照第三次全国国土调查分类标准，对规划确定的占地小于100平方米的厕所、供电、…污水处理等零星小微公共服务设施、以及为观景提供便利的观光台、栈道（宽度不超过2米）等非永久性附属设施，可以按照原地类管理，加强规划管控。」 — "
               + NOSUBJ + "; 实施 with no subject names none; the figures stand inside the nouns that name the class of "
               "facility the option reaches — a figure inside a noun naming a class of facility is a class, no target "
               "(round 58; Round 95's x352_02 第六条 「日处理规模在200吨以上…设施」 and its governs on x352_01 第十条), and "
               "「可以按照原地类管理」 is itself an option (" + OPTION + "): 100 平方米 and 2 米 not targets (RULING?: or "
               "round 30's picking line, 小于／不超过 before a figure that picks the work's objects — targets); "
               "「第三次全国国土调查」 prints no digit; " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["三", "（七）"], [], [], targets=[(5, "%"), (5, "年")],
          note="「（七）加强国土资源利用保障。加强建设用地总量控制和流量保障，实施乡村地区各类国土资源利用计划联动管理。持续推进低效建设用地减量，引导…，各涉农区年度建设用地减量化指标用于乡村振兴项目比例应不低于5%，纳入乡村振兴考核。保障农村村民住宅建设用地指标需求，农民相对集中居住项目确实存在用地指标落实困难的，可申请减量化周转指标，周期最长不超过5年。对农民相对集中居住节余指标专账管理，各区应将节余指标优先用于经营性地块开发，…优先纳入土地储备计划和土地供应计划。」 — "
               + NOSUBJ + "; 各涉农区 stands inside the noun 「各涉农区年度…指标」 (round 30: a body inside a noun's "
               "description), and 各区, a kind, has only 用于, a verb outside rule 2's list (Round 100's governs on p68j: "
               "the subject of any other verb names none, 应 changing nothing); the floor 「比例应不低于5%」 is a target "
               "(round 30's line): 5 %; 「周期最长不超过5年」 bounds the turnover quota the scheme grants, a ceiling joined "
               "to 不超过 in an item that is a task, a target of the item wherever it stands (round 30's line; Round 93's "
               "x345_03 第十条 「原则上不超过20年」 ceilings on the bodies' own grants) (RULING?: or the term of a party's "
               "option inside a case 「确实存在…困难的，可申请…」 — round 49 p46b and rule 3 — no target); "
               "「纳入…考核」「纳入…计划」 are no sendings; " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["三", "（八）"], [], [],
          note="「（八）规范设施农业用地管理。促进现代农业健康发展，加强设施农用地总量控制、布局优化和分类管理，存量设施农业用地不再使用的，应恢复原用途或复垦达到耕种条件。设施农业项目规模和选址要强化规划引领，…优先避让永久基本农田，尽量少占或不占耕地。…鼓励设施农业项目建设多层建筑。简化设施农业用地审批程序，依据相关规定办理审批手续，严格过程监管和日常监管，确保农地农用。」 — "
               + NOSUBJ + "; 鼓励 names no work (rounds 30, 40); a project is the work itself, no facility standing for a "
               "body (Round 97's x355_03 六、); " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["三", "（九）"], [], [],
          note="「（九）优化建设用地配置。在符合…的前提下，有序盘活乡村房地资源，鼓励对依法登记的宅基地房屋等进行复合利用，…规划保留的现状建设用地，可通过规划重新设定土地用途和开发强度，依法实施转型利用。引导乡村产业在镇域范围内统筹布局，…可以在村庄建设边界外安排少量建设用地，实行比例和面积控制，依法办理农用地转用手续。…乡村建设项目可以按照建筑占地合理确定建设用地边界，实施“点状”布局，实施建筑总规模控制，因地制宜解决停车、绿化、安全空间配置要求。」 — "
               + NOSUBJ + " (盘活, 引导, with no subject); 鼓励／可／可以 options (" + OPTION + "; rounds 30, 40); "
               + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["三", "（十）"], [], [],
          note="「（十）明晰土地利用路径。农村村民建房、公共服务设施、以及集体经济组织自办或以土地使用权入股、联营等方式与其他单位共办乡村产业项目的，可以依法使用集体建设用地。按照国家统一部署，经规划确定为工业、商业等经营性用途，…的集体经营性建设用地，可以通过出让、出租等方式交由单位或者个人在一定年限内有偿使用，优先支持集体经营性建设用地建设保障性租赁住房。」 — "
               "the lines set which land may be used for what (" + OPTION + ") and one act with no subject, "
               "「优先支持…建设保障性租赁住房」 (" + NOSUBJ + "): a task naming none, as the plan's every leaf that gives "
               "work (" + NOUNITS + "); 集体经济组织 is a party taking up what the scheme allows (round 30's applicant), no "
               "doer; " + NONE + "; " + NODATE),
        S(["三", "（十一）"], [], [],
          note="「（十一）深化审批改革。加快推进乡村建设项目“多审合一”、“多证合一”审批制度改革，合并办理用地预审和选址意见，合并办理乡村建设规划许可和建设用地许可、建设用地批准书。涉及农用地转用审批手续的，探索合并办理…。提高…办理效率，建立乡村振兴重点项目绿色通道，列入工程建设项目库，提前开展规划土地技术服务，…涉及修改郊野单元村庄规划的可同步编制规划调整方案。」 — "
               + NOSUBJ + "; 可同步编制 an option; 「列入工程建设项目库」 enters the priority projects in the projects' "
               "pipeline, the bureau's own work of approval, not a record sent to a platform that gathers reports "
               "(Round 97's x353_03 第二十八条 reads records sent to another body's platform; plans-next363 x363_04 五、1.'s "
               "及时入库 no duty): no duty (RULING?: or an undated duty, records sent to the system that gathers them); "
               + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["四", "（十二）"], [], [],
          note="「（十二）统一确权登记。落实自然资源统一确权登记法治化、规范化、标准化和信息化要求，实行水域、森林、滩涂等自然资源统一确权登记，明确权利主体和责任主体，完善全类型不动产登记技术路径，健全确权登记制度体系，严格登记成果管理，加强登记成果应用。抓紧开展房地一体权籍调查，稳步推进农村宅基地登记，…」 — "
               + NOSUBJ + "; 落实 with no subject names none; 权利主体和责任主体 are the registry's entries, no bodies; a point "
               "under 四、强化保障措施 that gives work in a plan naming no unit is a task (plans-dev 08; Round 95's x349_01 "
               "三、保障措施); " + NOUNITS + "; " + NONE + "; " + NODATE),
        S(["四", "（十三）"], [], [],
          note="「（十三）严格监督执法。健全国土空间用途监测监管机制，逐级压实国土空间用途管制责任，确保部门协同、上下联动、措施有力。强化规划实施评估、…全过程监管，严控新增违法违规用地。加大执法力度，对于未按国土空间用途管制要求实施等情况，及时责令限期整改，依法严肃查处并严格追究责任。加强各类违法用地整治力度，大力开展农村乱占耕地建房专项整治和历史违法用地专项整治，…严格禁止违法违规买卖宅基地，严禁下乡利用农村宅基地建设别墅大院和私人会馆。」 — "
               + NOSUBJ + "; the bans are on anyone's conduct beside the plan's own enforcement (Round 80), the item a "
               "task by its enforcement acts; 压实 is not 落实 (Round 97's x357_01 六/13); 部门 a bare word, no body; "
               + NOUNITS + "; " + NONE + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): the numbered leaves are （一）–（十三） (二、–四、 have children; no 附件). （一）总体要求 "
            "(「以…为指导，坚持…的总体要求，…坚持…的路径，不断优化国土空间格局，…助推乡村全面振兴」) states the plan's guiding idea "
            "and aims, and （二）基本原则 four principles naming no doer (its unnumbered run-in paragraphs are its text, no "
            "items): points of aim and principle naming no doer are no tasks (p51e; Round 87's x326_08; Round 91's "
            "x336_05 一; Round 97's governs on x354_07 — 意义 and 目的 lines in a plan naming no unit are no tasks) → "
            "（三）–（十三） = **11**. Accepted: 13 (every numbered leaf of a plan that names no unit, the head's plans-dev "
            "08 line read for aims too) and 12 (one of the two counted). RULING?: the two points either way.",
            "units: none anywhere — every act of the opinion has no subject, a place, a plan or a kind inside a noun "
            "(各涉农区年度…指标) as its subject, and 各区 acts only by 用于 (Round 100's governs on p68j); every sample "
            "answers lead [] and responsible []",
            "dates: none (see date_note); 「“十四五”规划」 and 「（2017—2035年）」 name documents, no deadline",
            "figures: targets 150 万亩, 202 万亩 （五）; 5 %, 5 年 （七）; not targets 100 平方米, 2 米 （六） (classes inside "
            "nouns); the cover's document years and 沪委发〔2020〕13号 are no targets (head)",
            "duties: none — 「纳入乡村振兴考核」「纳入土地储备计划」 and 「列入工程建设项目库」 put items into the bodies' own plans "
            "and pipelines, no sending of a report (RULING? on the 项目库 in （十一）)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x369_02_shi-guihuaziyuanju-2020-cehui-danwei-zhiliang-guanli-tixi-jiben-yaoqiu.txt"
P02 = "上海市测绘单位质量管理体系基本要求"
N02 = "关于印发《上海市测绘单位质量管理体系基本要求》的通知"
CH = "测绘单位"
SHISHI = ("实施 is in rule 2's list (head: the subject of 负责／具体负责／主责／实施／落实), its object a system the body "
          "itself sets up (Round 92's confirmed x336_08 form: 落实＋a law, policy, 要求 or 制度 names its subject), and "
          "测绘单位, a kind of body named by its trade (as 物业服务企业, 施工单位), is its printed subject")
STATE = ("a state the object must be in, with no act, is text (Round 83's x313_02 四、; Round 91's x337_03 二; Round 87's "
         "governs on x328_03, its state-only line; Round 95's turned x352_01 第五条)")
POSTS = ("the duties of the posts inside the 测绘单位 (最高管理者, 质量负责人, 技术负责人, 质量检查人员) are the job duties of "
         "the regulated party's own staff, that party's affair (Round 85's x317_01; Round 86's (c); Round 95's x347_04 "
         "第二十条; Round 99's governs on x359_01, which says so of x317_01); persons are never units (round 30)")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the requirements' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源调〔2020〕175号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2020-04-23",
     date_note="the cover is signed 2020年4月23日 (line 9) and says the requirements take effect on 2020年5月1日 "
               "(entry into force, a general provision: no deadline, head 「Articles of general provision」); no item "
               "prints a date",
     level="the city planning and natural-resources bureau, to every licensed surveying and mapping unit: the quality "
           "management system each unit must set up — documents and records, quality-check bodies and staff, posts "
           "and their duties, instruments, and the management of each project from contract review to complaints",
     source=src("关于印发《上海市测绘单位质量管理体系基本要求》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8a6bb265262546d58d351e64fc0d5a77&siteId=0032", 3218),
     style="a two-line cover notice, the requirements' title, a scope paragraph (「本文件规定了…适用于指导测绘单位的质量管理"
           "活动。」), five headed points 一、–五、 with numbered lines 1.–14. (二、 with a lead-in paragraph before its lines); "
           "almost every line binds 测绘单位 by 应／必须; no 附件",
     leaf_tasks=22, count_alternatives=[21, 23, 24, 26, 27, 29],
     leaf_tasks_by_section={"一、": 3, "二、": 1, "三、": 2, "四、": 2, "五、": 14},
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note="「1.测绘单位应制定质量方针、质量目标和质量管理规章制度，形成质量体系文件，形式可为管理手册、程序文件、…记录表格等。」 — "
               + OWED + "; " + CLOSED + "; 形式可为 an option; " + NONE + "; " + NODATE),
        S(["一", "3"], [], [CH], lead_alternatives=[[CH]], responsible_alternatives=[[]],
          note="「3.测绘单位应建立并实施文件管理制度，明确文件管理的范围、职责、流程和方法。」 — " + SHISHI + " (RULING?: or "
               "实施 joined by 并 to 建立 reads with it, the system being the body's own, none — the old reading of 实施 as "
               "a rule-2 verb is the head's, so none is only accepted); " + ONE_LEAD + "; " + NODATE),
        S(["一", "4"], [], [CH], lead_alternatives=[[CH]], responsible_alternatives=[[]],
          note="「4.测绘单位应建立并实施记录管理制度，明确记录的填写、标识、存储、备份、检索、保存期限和处置等要求。」 — "
               + SHISHI + "; " + ONE_LEAD + "; " + NODATE),
        S(["二", "1"], [], [], targets=[(4, "人")],
          note="二、's lead-in 「测绘单位应根据资质等级和业务范围的要求设定质量管理和质量检查机构，配备…质量检查人员，并以文件的形式公布。」 "
               "is no leaf, and it passes no unit (rule 4 passes only a rule-2 clause's body; 设定, 配备, 公布 are outside the "
               "list); 「1.甲级测绘单位应设立质量管理和质量检查机构，有不少于4人的专职质量检查人员。」 — " + OWED + "; 设立 sets up "
               "a body (rule 3: a body the item sets up is no unit) and its subject names none (" + CLOSED + "); staffing "
               "names none (Round 88's form, Round 90's governs); a count of persons the work must have joined to 不少于 is "
               "a floor, a target (Round 91's x340_01 「三名及以上专家」: 3 名; round 31's exception is an age band naming a "
               "kind of person): 4 人 (RULING?: or a staffing norm sizing staff, round 30's 「原则上按500户配1名」, no "
               "target); 甲级 is a grade, a class (Round 93's x345_02 第九条); " + NONE + "; " + NODATE),
        S(["三", "1"], [], [],
          note="「1.测绘单位应设置最高管理者（管理层）、质量负责、技术负责、质量检查、测绘作业、仪器设备和软件管理、档案管理等岗位，明确各岗位人员的资历与能力要求、职责和权限，确定相应人员，并形成文件。」 — "
               + OWED + "; setting up posts and naming staff is the staffing form, naming none (Round 88; Round 90's "
               "governs; Round 97's x356_06 三/1); " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["三", "7"], [], [],
          note="「7.测绘单位应制定年度质量计划和技术培训计划，按计划开展质量教育和技术培训并保持必要的记录。」 — " + OWED + "; "
               + CLOSED + "; 「年度」 prints no date (a yearly plan, no deadline; round 34); " + NONE + "; " + NODATE),
        S(["四", "1"], [], [],
          note="「1.测绘单位所使用的测绘计量器具，应按照国家有关规定进行检定或者校准，确保其在有效状态。」 — the instruments the "
               "unit uses must be calibrated: an owed act on the work's means (" + OWED + "; Round 91's x339_02: limits on "
               "where or how the work's means stand are tasks naming none), the national rules saying how; 进行 is outside "
               "the list; " + NONE + "; " + NODATE),
        S(["四", "2"], [], [],
          note="「2.测绘单位应建立仪器设备和软件等相关设施的管理制度和台账，规定采购、日常管理、检定/校准、使用维护等工作要求。」 — "
               + OWED + "; " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["五", "1"], [], [],
          note="「1.测绘单位应根据本单位业务情况，建立合同等委托文书评审制度，规定评审范围、内容、要求及工作程序，并保存评审记录。」 — "
               + OWED + "; " + CLOSED + "; keeping one's own records is no sending (no duty); " + NONE + "; " + NODATE),
        S(["五", "2"], [], [],
          note="「2.测绘单位应建立业务所需的技术标准目录，发布并定期更新。」 — " + OWED + "; " + CLOSED + "; 定期更新 a rhythm of "
               "the unit's own catalogue, no report (no duty; round 42's filing on one's own business is none either); "
               + NONE + "; " + NODATE),
        S(["五", "3"], [], [],
          note="「3.测绘生产应当采用现行有效的国家标准、行业标准和地方标准。用户有特定需求的，必须在测绘合同中补充规定，并按约定的标准执行。有关法律法规、国家标准对测绘地理信息技术指标有强制性规定的，从其规定。测绘单位自行制定的生产技术标准，不得低于相关国家、行业和地方标准的要求。」 — "
               "limits on which standards the work uses and on the unit's own standards, with an owed act in a case "
               "(补充规定 in the contract): a limit on the work's means is a task naming none (Round 87's governs on x328_03; "
               "Round 91's x339_02; Round 99's x361_03 二、（二）3 「…按照…规定编制施工预算」, the norms saying how) "
               "(RULING?: or conformity to standards other texts set, text — Round 86's (b); Round 91's x339_01 第五条 "
               "「…应当按照《…标准》进行」; Round 95's turned x352_01 第五条 — count 21 accepted); 「从其规定」 a pointer; "
               + NONE + "; " + NODATE),
        S(["五", "4"], [], [],
          note="「4.测绘单位应建立技术设计管理制度，规定…要求，明确…要求。实施测绘项目必须坚持先设计后生产，严禁边设计边生产、没有设计进行生产。技术设计的形式可为…。技术设计文件应经过审核，必要时可由项目委托方批准后实施。」 — "
               + OWED + "; 实施 here has no subject (a project's 实施, the noun phrase's verb) and names none; 「必要时可由…"
               "批准」 is an option and a case, and an approver names none (rule 3); " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["五", "5"], [], [CH], lead_alternatives=[[CH]],
          note="「5.实施测绘项目前，测绘单位应组织作业人员进行技术培训（交底），学习技术设计及有关的技术标准、操作规程。作业人员必须严格执行操作规程，按照技术设计进行作业。」 — "
               "「A组织B＋verb」 makes A the doer, B the pivot's object no unit (round 30; Round 91's x336_05 二/4), so "
               "测绘单位 is named; 作业人员 are persons (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["五", "6"], [], [],
          note="「6.测绘单位必须制定完整可行的工序管理流程表，加强工序管理的各项基础工作，…。生产作业中的工序成果应由作业人员按设计要求自查、互查，如实填写质量记录。工序成果经检查达到规定的质量要求后，方可转入下一工序。」 — "
               + OWED + "; " + CLOSED + "; 由作业人员 names persons, never units (round 30); " + NONE + "; " + NODATE),
        S(["五", "7"], [], [], not_targets=[(21336, ""), (21337, ""), (24356, ""), (18316, "")],
          note="「7.测绘单位必须建立测绘地理信息成果两级检查（过程检查和最终检查）、一级验收制度，在制度文件中根据GB/T 21336、GB/T 21337、GB/T 24356、GB/T 18316等有关标准的要求明确各级检查的依据、程序、内容、比例、记录格式、评定标准等。…不得低于…要求。过程检查和最终检查工作应独立、按顺序进行，不得省略、代替或颠倒顺序。」 — "
               + OWED + "; " + CLOSED + "; the standard numbers are no targets (head: standard numbers are not targets); "
               "两级／一级 name the system's levels in words (a class, Round 93's x345_02 第九条), unchecked; " + NONE + "; "
               + NODATE),
        S(["五", "8"], [], [],
          note="「8.两级检查均应留下检查记录，内容包括…。最终检查应审核过程检查记录，最终检查完成后应评定成果质量、编写检查报告，并随测绘地理信息成果一并归档。」 — "
               "acts with no subject are the rules' bodies' (" + NOSUBJ + "), here the unit's own checks; filing with "
               "one's own results is no sending (no duty); " + NONE + "; " + NODATE),
        S(["五", "9"], [], [],
          note="「9.测绘单位对于不合格成果应有标识、记录、评价和处置规定，保存相关记录，避免不合格成果流出。…应及时进行修正、处理，…应重新进行质量检查和评定；不能进行返工修正的，应予以报废并履行审批手续。」 — "
               + OWED + "; " + CLOSED + "; 履行审批手续 is the unit's own approval step, no sending; " + NONE + "; " + NODATE),
        S(["五", "10"], [], [CH], lead_alternatives=[[CH]], responsible_alternatives=[[]],
          note="「10.测绘单位可根据业务开展情况建立并实施分包管理制度，分包项目必须符合国家有关规定。测绘单位应取得委托方同意，按照总承包合同的约定，依法订立分包合同并对分包活动成果承担质量责任。测绘单位应审核批准分包方编制的技术文件，对分包方的资质信用、生产或服务质量进行确认和验证。分包过程中发生的相关记录应留存。」 — "
               "the first sentence's 实施 stands inside 可 (" + OPTION + ", a 并 clause included) and names none; "
               "「承担…责任」 places the work on its subject, outside articles too (round 30's 由A承担…责任; Round 93's x343_03 "
               "一; Round 95's x351_03 一、（四）2. 对X负责), so 测绘单位 is named (RULING?: or, a subcontract being the unit's "
               "own option, 承担质量责任 a state the subcontractor's work leaves it in — Round 93's x345_04 第二十二条, "
               "answering for one's own filing — none, accepted); 委托方 only consents (rule 3); 分包方 a party whose papers "
               "are reviewed, no doer; " + ONE_LEAD + "; " + NODATE),
        S(["五", "11"], [], [],
          note="「11.测绘单位应保证交付合格的测绘地理信息成果。测绘单位交付测绘地理信息成果后发现存在质量问题的，应及时追溯处理，进行修正或重新测制。」 — "
               + OWED + "; 保证 and 进行 are outside the list (" + CLOSED + "); " + NONE + "; " + NODATE),
        S(["五", "12"], [], [],
          note="「12.测绘单位应制定质量奖惩制度，鼓励员工增强质量意识、提高成果质量。」 — " + OWED + "; " + CLOSED + "; "
               + NONE + "; " + NODATE),
        S(["五", "13"], [], [CH], lead_alternatives=[[CH]], responsible_alternatives=[[]],
          note="「13.测绘单位应当建立质量信息反馈机制，主动征求用户对测绘地理信息成果质量的意见，及时、认真地处理用户的质量查询和反馈意见，不断实施质量改进。」 — "
               "the subject 测绘单位 carries through its sentence to 实施 (round 34: an elided subject carries over inside "
               "one paragraph; Round 100's rule: 「the subject, printed or carried inside its paragraph…, of 负责／牵头／主责"
               "／落实／实施」), so it is named; answering users' queries is the unit's service, no duty; "
               + ONE_LEAD + "; " + NODATE),
        S(["五", "14"], [], [],
          note="「14.测绘单位应建立制度处理来自客户或其他方面的投诉，并保存所有投诉记录以及针对投诉开展的调查和处理情况的记录。」 — "
               + OWED + "; " + CLOSED + "; " + NONE + "; " + NODATE),
     ],
     plan_targets=[(2, "人")],
     phases=[],
     duties=[],
     notes=["counting (leaf tasks): the scope paragraph before 一、 is a general provision (head: scope 「适用于…」); 二、's "
            "lead-in is no leaf. 一、: 1., 3., 4. tasks; 2. 「质量管理规章制度应覆盖从承接测绘任务…直至成果交付使用全过程的质量管理，"
            "以及…管理活动。」 is the coverage the rules must have, " + STATE + " (RULING?: or a limit on what the unit's rules "
            "must hold, a task naming none — Round 87's governs on x328_03 — 23 accepted) → 3. 二、: 1. a task; 2. "
            "「其他级测绘单位可设立…，有不少于2人的质量检查人员。」 is an option (" + OPTION + "), no task, its floor a plan target "
            "(Round 93's x345_03 第十七条: options give no task, the floors plan targets; Round 85's x321_04) (RULING?: or "
            "the floor binds whenever such a unit sets the body up, a task with target 2 人 — 23 accepted) → 1. 三、: 1. and "
            "7. tasks; 2.–5. " + POSTS + " (RULING?: or the requirements regulate the unit's own system, each post's "
            "duties the unit's owed work, tasks naming none — Round 91's x338_03 read posts of the issuing body given "
            "named work — 26 accepted); 6. 「…负责人应由注册测绘师或…人员担任。…应经过培训。」 says who may fill a post, "
            "" + STATE + " (27 with it) → 2. 四、: 1., 2. → 2. 五、: 1.–14. → 14 (3. RULING?, 21 without it). 3 + 1 + 2 + 2 + "
            "14 = **22**. Accepted: 21, 23, 24, 26, 27, 29 (every numbered leaf).",
            "units: outside articles rule 2's list is closed (round 30; Round 100's governs on p68j); 测绘单位 is named "
            "only where 实施 (一、3., 4.; 五、13.), 组织＋verb (五、5.) or 承担…责任 (五、10.) places the work on it; every "
            "other owed act names none (Round 84's p61a-2)",
            "dates: none (see date_note)",
            "figures: target 4 人 (二、1.); plan target 2 人 (二、2., an option, no task); not targets the GB/T standard "
            "numbers (五、7.)",
            "duties: none — the unit's records are kept and archived, not sent (二、's 以文件的形式公布 publishes its own "
            "set-up; round 42: a regulated party's filing on its own business is no duty)"])

write_collected(DIR)
