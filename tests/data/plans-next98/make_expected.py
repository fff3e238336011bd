# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next98/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 31 (built by helper c98): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 6cf090c (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions for ages and hazards and its ruling on fields sharing one head). Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next98/make_expected.py tests/data/plans-next98
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (办理, 通报, 进行, "
          "压实, 加强, 做好, 形成, 报送, 通知, 完成 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／落实: responsible A, lead [] (A alone accepted as the lead, "
        "plans-dev 03 一)")
KIND = ("CONVENTIONS.md round 30: a group named by a kind with a verb of rule 2 「各区要落实…」 is a doer, not a general call "
        "(物业服务企业 is one of rule 2's examples of A)")
BY = ("CONVENTIONS.md units rule 2, the agent of 由 with a verb of doing: responsible A, lead [] (A alone accepted as the "
      "lead)")
PERSON = "CONVENTIONS.md round 30: a person is never a unit (从业人员, 驾驶员, 专职安全管理人员, 申请人)"
SYSTEM = "a system (「由“一网通办”系统…进行系统查验」) is no body (plans-next93's reading of 「由收费系统…」)"
OPTION = "CONVENTIONS.md round 30: an option 「可由A…」「也可由A…」 is not an assignment (like a case)"
CALL = "CONVENTIONS.md units rule 3 and round 30: a general call addressed to all without a kind 「各单位应…」, or one using no verb of rule 2, names no unit"
REL = ("relative time limits (「15分钟内」「2小时内」「2天申诉期内」, counted from each alarm) only: no dated deadline, not "
       "checked (plans-next87's and plans-next93's reading of 「…内」)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x98_01_shanghai-daoyunju-2022-weixian-huowu-daolu-yunshu-congye-renyuan-guanli-tongzhi.txt"

plan(X01,
     title="关于进一步规范危险货物道路运输从业人员管理的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运货〔2022〕7号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2022-01-18",
     level="city bureau (Shanghai), to the city's dangerous-goods road carriers and the bodies concerned",
     source=shanghai_source("市政与基础设施", "关于进一步规范危险货物道路运输从业人员管理的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=e07b0c6ed6b44a978c40fab6628c3b17&siteId=0010", 2002),
     style="a notice of three headed points: 一、 （一）–（三） and 二、 （一）–（四） (each （N） a lead sentence, then a paragraph), "
           "三、 a headed point over one paragraph (no numbered child); the firms act in sentences 「危险货物道路运输企业应健全并"
           "落实…制度」, 「运输企业要严格落实…制度」 (落实 by a kind of body), 「运输企业应…进行…」 (plain verbs), persons "
           "(从业人员, 驾驶员, 企业专职安全管理人员), a system 「由“一网通办”系统…进行系统查验」, 「市道运中心及时…通报」, "
           "「市道运中心…切实开展…考核工作」 (开展 without 组织); no date but the entry into force 「自发布之日起施行」",
     leaf_tasks=7, count_alternatives=[8],
     leaf_tasks_by_section={"一、 （一）–（三）": 3, "二、 （一）–（四）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["三、开展驾驶员诚信考核，强化督促落实"],
     samples=[
        S(["一", "（一）"],
          note="「危险货物道路运输从业人员应持有效从业资格证件从业…驾驶人员、装卸管理人员、押运人员应当取得…从业资格证」: persons "
               "(" + PERSON + "): " + NONE + "; 「“剧毒化学品运输”」 names kinds of certificate; " + NODATE),
        S(["一", "（二）"],
          note="「其所从业的运输企业（单位）应通过“一网通办”办理备案」 (办理, inside the case 「…服务单位变更的，」), 「纳入本市交通管理"
               "部门管理」 (a receiver, rule 3), 「市道运中心及时与发证机关通报…信息」 (通报): " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["一", "（三）"],
          note="「运输企业申请从业人员从业备案的，将由“一网通办”系统与交通运输部“互联网便民运政服务系统”进行系统查验」: "
               + SYSTEM + ", and 运输企业 here an applicant inside a case (round 30: an applicant is not a unit); 「不再要求进行转籍"
               "培训考试」, 「即予以办理转籍」 have no subject: " + NONE + "; " + NODATE),
        S(["二", "（一）"], [], ["危险货物道路运输企业"], lead_alternatives=[["危险货物道路运输企业"]],
          note="「危险货物道路运输企业应健全并落实安全教育培训制度，切实按规抓好…培训」: the subject of 落实, a kind of body — "
               + KIND + "; " + SUBJ + "; the persons trained (主要负责人, 专职安全管理人员, 驾驶员 …) are no units (" + PERSON
               + "); " + NODATE),
        S(["二", "（二）"],
          note="「运输企业应按照…要求…对新进从业人员进行岗前培训」 (进行), 「运输企业要压实安全生产主体责任」 (压实, not 落实): "
               + CLOSED + "; " + NONE + "; 《危险货物道路运输规则》（JT/T617-2018） a standard's name and number, not a target; "
               + NODATE),
        S(["二", "（三）"],
          note="「运输企业要加强对从业人员的动态管理」 (加强), 「企业专职安全管理人员应当了解驾驶员身体状况…」 (a person), 「要充分利用"
               "…及时发现问题，即刻督促整改」 (no subject; 督促 is no verb of rule 2): " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], ["运输企业"], lead_alternatives=[["运输企业"]],
          note="「运输企业要严格落实安全生产考核和奖惩制度。运输企业应将…作为收入分配的重要依据，并加大…教育力度」: the subject of "
               "落实, a kind of body — " + KIND + "; " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 （一）–（三） 3 + 二、 （一）–（四） 4 → **7**; 三、 「开展驾驶员诚信考核，强化督促落实」 has no numbered "
            "child and the other points do, so it is a section by the plans-dev rule (EXPECTED.md lines 21–25; the exception "
            "needs every top-level item to be a task sentence); **8** accepted (三、 read as a work point of 市道运中心)",
            "units: 落实 by a kind of body (二/（一）, 二/（四）: round-30 clarification); every other clause is a plain verb "
            "(办理, 通报, 进行, 压实, 加强), a person or a system — the document's weak side on units, said plainly; 三、's "
            "「市道运中心…切实开展…考核工作」 (开展 without 组织) would give no unit either",
            "dates: none but the entry into force 「本通知自发布之日起施行」 and the signing date 2022年1月18日; the 「2021年…工作方案」 "
            "is a document's name; no phases, no duties",
            "not targets: JT/T617-2018 (a standard number); no figure in any item"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x98_02_shanghai-daoyunju-2021-xinban-daolu-keyun-banshi-zhinan-shishi-tongzhi.txt"

plan(X02,
     title="关于做好新版道路客运相关办事指南实施工作的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运客〔2021〕314号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2021-12-22",
     level="city bureau (Shanghai), to the bodies concerned",
     source=shanghai_source("市政与基础设施", "关于做好新版道路客运相关办事指南实施工作的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=7570a316a69a48ae8cc2b85205b10c88&siteId=0010", 1776),
     style="a notice of three headed points 一、–三、 over one paragraph each; 二、's paragraph runs 「一是…五是」 prose "
           "ordinals; the cover's preamble dates the guides' start 「新版办事指南将于2021年12月25日正式实施」; general calls "
           "「各有关单位要切实做好…」「各单位要…」, options 「相关经营者可以…」「班车客运经营者可…」, one 「由A负责」 "
           "(「涉及线上审核由市道运中心负责」); 「除800公里及以上线路外」",
     leaf_tasks=3, count_alternatives=[0, 7],
     leaf_tasks_by_section={"一、–三、 (headed points)": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], not_targets=[(7, "个")],
          note="「各有关单位要切实做好办事指南宣贯工作，指导并督促申请人…」, 「各单位要切实加强实施情况跟踪」: " + CALL + "; 「窗口"
               "单位和具体审批部门要加强与申请人沟通」: " + CLOSED + "; 申请人 are applicants (round 30): " + NONE + "; 「“道路旅客"
               "运输业户经营许可”等7个办事指南」 counts the guides by name, no comparison word — not a target (CONVENTIONS.md "
               "targets, round 30: a figure that only names a kind); " + NODATE),
        S(["二"], targets=[(800, "公里")],
          note="「一是…五是」 prose ordinals inside one paragraph (not items; the count with them, 7, is accepted); 「被属地交通主管"
               "部门纳入毗邻公交运行体系的线路」 (a body inside a noun's description, round 30), 「相关经营者可以…」「班车客运经营者"
               "可在…」 (options, " + OPTION + "), 「审批部门将按…配发班车客运标志牌」 (配发), 「班线客运企业…应与客运站进行协商」 "
               "(进行): " + CLOSED + "; " + NONE + "; 「除800公里及以上线路外」: a threshold with 及以上 that picks the lines the "
               "rule leaves out — a target wherever it stands in the item (CONVENTIONS.md targets, round 30); 「一类班线」"
               "「四类班线」 name kinds (Chinese numerals); " + NODATE),
        S(["三"], [], ["市道运中心"], lead_alternatives=[["市道运中心"]],
          note="「相关模块将提供给客运站在线使用，涉及线上审核由市道运中心负责」: " + BY + " (「涉及线上审核」 names the part of the "
               "work, not a case: the online review is this item's work); 「市道路运输管理局将在…系统中增加班线进站管理模块」 (增加, "
               + CLOSED + "); 「始发客运站可以在系统中打印…」 an option; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: three headed points, each over one paragraph, each one task (plans-next86 x86_01–03, plans-next93 x93_01) "
            "→ **3**; 0 accepted (the strict childless-section rule); 7 accepted (二、's 「一是…五是」 read as five items — prose "
            "ordinals are not items, counts with them accepted)",
            "units: one ruled clause (三、, 由A负责); general calls, options and plain verbs elsewhere — the document's weak side "
            "on units, said plainly",
            "dates: 「新版办事指南将于2021年12月25日正式实施」 stands in the cover's preamble (the guides' start, not an item's "
            "deadline; not checked); the signing date 2021年12月22日; no phases, no duties",
            "targets: 800公里及以上 (二、, round-30 threshold); not targets: 7个办事指南 (一、); 一类 / 四类班线 (kinds)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x98_03_shanghai-daoyunju-2021-weixian-huowu-yunshu-shuzihua-jianguan-pingtai-shiyunxing-tongzhi.txt"

plan(X03,
     title="关于本市道路危险货物运输数字化监管平台试运行的通知",
     title_note="the notice title (the first line)",
     doc_no="沪道运货〔2021〕285号 (from the index; the stored text prints no number)",
     issuer="上海市道路运输管理局",
     date="2021-11-17",
     level="city bureau (Shanghai), to the bodies concerned",
     source=shanghai_source("市政与基础设施", "关于本市道路危险货物运输数字化监管平台试运行的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2e9264a5abe541f2927a15198e315d76&siteId=0010", 977),
     style="a short notice of four numbered sentences 一、–四、 (no headings, no children): 「A负责…」 (一、, 三、), 「各…企业应…"
           "在15分钟内予以响应，2小时内完成处置…」 (二、, relative time limits), 「市交通委执法总队可登陆…」 (四、, an option); "
           "no date",
     leaf_tasks=4, count_alternatives=[0],
     leaf_tasks_by_section={"一、–四、 (numbered sentences)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["市道路运输管理局"], lead_alternatives=[["市道路运输管理局"]],
          note="「市道路运输管理局负责统筹推进…试运行工作，跟踪…，不断优化…，并逐步建立相关管理制度」: " + SUBJ + "; " + NODATE),
        S(["二"], skip_deadline=True,
          note="「各道路危险货物运输企业应通过企业监控平台，对…报警信息，在15分钟内予以响应，2小时内完成处置并把处置结果反馈数字化"
               "监管平台」: a kind of body with verbs outside rule 2 (予以响应, 完成 — named in the round-30 closed list, 反馈, "
               "进行申诉): " + CLOSED + "; " + NONE + "; " + REL + "; 15分钟 / 2小时 / 2天 are time limits without a comparison "
               "word of the round-30 list — not checked either way (not settled by CONVENTIONS: a response time read as a norm or "
               "as a service target); the feedback to the platform is a step of the work, not listed as a duty"),
        S(["三"], [], ["市道路运输事业发展中心"], lead_alternatives=[["市道路运输事业发展中心"]],
          note="「市道路运输事业发展中心负责对…许可类报警信息进行处置，必要时及时锁停…；负责综合应用…开展考核」: two 负责 clauses of "
               "one body — " + SUBJ + "; 「必要时」 a case of the same body (adds none); " + NODATE),
        S(["四"],
          note="「市交通委执法总队可登陆数字化监管平台，下载企业违规报警明细表作为…线索；根据…安排勤务」: 可 makes the whole item an "
               "option (" + OPTION + "), and 登陆, 下载, 安排 are no verbs of rule 2: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: four numbered sentences 一、–四、, none with a heading or a child, each a complete task sentence "
            "(plans-dev 03's exception; plans-next93 x93_01's headed points) → **4**; 0 accepted (the strict childless-section "
            "rule, as plans-next93 accepted it for x93_01)",
            "units: 「A负责」 (一、, 三、, rule 2); 二、 (plain verbs) and 四、 (an option, 可) give none",
            "dates: none but the signing date 2021年11月17日; 二、's 15分钟内 / 2小时内 / 2天申诉期内 are relative limits (the "
            "deadline not checked); no phases; duties: none (二、's 「把处置结果反馈数字化监管平台」 is the firms' handling of each "
            "alarm, read as the item's work — not settled by CONVENTIONS, so no duty check is written)",
            "targets: none checked (二、's time limits left unchecked, see its note)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x98_04_shanghai-jingxinwei-2021-feijumin-yongshui-chaodinge-leijin-jiajia-lianggao-yisheng-tongzhi.txt"
TITLE04 = ("上海市经济信息化委 市发展改革委 市水务局关于对《建立健全上海市城镇非居民用水超定额累进加价制度的实施方案》涉及"
           "“两高一剩”等  行业企业执行更高加价标准的通知")

plan(X04,
     title=TITLE04,
     title_note="the notice title as printed (the first line; two spaces after 「等」, as stored)",
     doc_no="沪经信规范〔2021〕2号 (from the index; the stored text prints no number)",
     issuer="上海市经济和信息化委员会, 上海市发展和改革委员会, 上海市水务局 (jointly)",
     date="2021-11-12 (index; the signature 2021年11月4日)",
     level="city commissions (Shanghai), to the district governments, the city's commissions, offices and bureaus and the "
           "public water-supply companies",
     source=shanghai_source("市政与基础设施", "上海市经济信息化委 市发展改革委 市水务局关于对《建立健全上海市城镇非居民用水超定额累进加价制度的实.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=05d06ce028064d9abee308f43c335a70&siteId=0020", 2040),
     style="a pricing notice: 一、加价对象 (a lead-in, then （一）–（三） the conditions that define the firms charged), 二、加价标准 "
           "(unnumbered 第一档…第四档 tiers 20%（含）以内 / 20%至50%（含） / 50%以上 with 1倍 / 2倍 / 3倍, then 「由各区参照…执行"
           "差别水价」), 三、操作程序 （一）执行 （二）退出 (short headings over unnumbered paragraphs: a procedure in which "
           "各区产业主管部门, 市经济信息化委, 市水务局 and 公共供水企业 act with plain verbs, an applicant, an option 「可以组织"
           "…核实」 and case clauses 「经核实达到…的，由A报送…」), 四、其他事项 (no child); entry into force and validity "
           "「自2021年12月13日起实施,有效期至2026年12月12日」",
     leaf_tasks=2, count_alternatives=[3, 5],
     leaf_tasks_by_section={"三、 （一）（二）": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["二、加价标准", "四、其他事项"],
     samples=[
        S(["三", "（一）"],
          note="the procedure's steps: 「各区产业主管部门…形成拟执行差别水价的企业名单，向社会进行公示…审定…报送市经济信息化委并"
               "通知…企业」, 「市经济信息化委汇总确定…后，将…名单函送市水务局」, 「市水务局…书面通知有关水务部门或者公共供水企业执行"
               "差别水价」 (通知B执行: a pivot, 通知 no verb of rule 2), 「公共供水企业…加收差别水价水费」 — each body the plain "
               "subject of a verb outside rule 2's list: " + CLOSED + "; " + NONE + " (a clerk reading by meaning would list the "
               "four bodies; the closed list does not); 「按季度为周期从下一季度开始」 a rhythm of the charge, no dated deadline; "
               + NODATE),
        S(["三", "（二）"],
          note="「被执行差别水价企业…可以书面向所在区产业主管部门提出停止执行差别水价申请」 (an applicant and a receiver, round 30 / "
               "rule 3), 「区产业主管部门…可以组织相关部门或者第三方核实」 (可以: " + OPTION + "), 「经核实达到改造、调整要求的，由区"
               "产业主管部门报送市经济信息化委，并由市经济信息化委将退出名单函送市水务局」 (由A＋verb inside the case 「经核实达到…的」 "
               "— CONVENTIONS.md rule 3's 「确需调整的，由A负责」; the item's work is the whole exit procedure, an application, a "
               "check and two outcomes 「经核实没有达到…的，继续执行」, so it is not wholly the response to this case, round 30), "
               "「收费部门应予退回」 (inside the case 「如…已收取」): " + NONE + "; 「从提出申请日的下一季度开始」 relative: " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "%"}, {"number": 3, "unit": "倍"}],
     phases=[], duties=[],
     notes=["counting: 一、's （一）–（三） are the conditions that define the firms charged 「符合以下一项或者多项情形的，为…企业」 — "
            "definitions, not work (not settled by CONVENTIONS: round 30's rule on definitions is written for articles 「本办法"
            "所称…是指…」 and is read here by analogy, with its accepted count); 二、加价标准 and 四、其他事项 have no numbered child "
            "while 一、 and 三、 have, so they are sections (plans-dev EXPECTED.md lines 21–25); 三、 （一）（二） → **2**. Accepted "
            "3 (二、 counted for its 「由各区参照…执行差别水价」, a 由 clause of rule 2) and 5 (every numbered leaf, 一、's "
            "definitions included, as round 30 accepts for general provisions)",
            "units: no sampled item names a unit by rule 2 — the procedure's bodies act with plain verbs (三/（一）) or in an option "
            "and a case (三/（二）); the one plain 由 clause 「由各区参照…执行差别水价」 stands in 二、, a section — the document's "
            "weak side on units, said plainly",
            "plan targets: 二、 is a section, so its tier figures are read as the plan's: 「超定额50%以上」 (a threshold with 以上, "
            "round 30) and 「…的3倍加收水费」 (a per-unit rate of the policy, round 25); 20%（含）以内 (以内 is not in the round-30 "
            "list) and 1倍 / 2倍 are not checked either way",
            "dates: 「自2021年12月13日起实施,有效期至2026年12月12日」 is entry into force and validity (a general provision, not a "
            "task's deadline nor a phase of work); 「按季度为周期」 the charge's rhythm, not a reporting duty; no phases; duties: "
            "none (三/（一）'s 「报送市经济信息化委」 and 「函送市水务局」 are undated steps of the procedure, read as its work — "
            "not settled by CONVENTIONS, so no duty check is written)",
            "not targets: 发改价格〔2017〕1792号, 沪府发〔2018〕41号, 沪发改规范〔2019〕9号, 沪水务规范〔2020〕5号 (document numbers); "
            "D类 (a class name)"])

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x98_04', None, 'comparison words',
        '「第二档为超定额20%（含）以内的用水」: 20% joined to 以内, a threshold of the tier (二、 is a section, its tier figures are the plan\'s, as 50%以上)',
        plan_add=[(20, '%')])
write_collected(DIR)
