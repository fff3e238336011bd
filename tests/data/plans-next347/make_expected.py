# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next347/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 66 (built by helper c347, for round 67): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings,
written early" to its end — Rounds 83–93 — see the README's Exposures for the parts the tool cut) applied to every
item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next347/make_expected.py tests/data/plans-next347
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files (as plans-next341)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def label(file, head):
    """The article's label line as printed (spaces between 第N条 and its bracket vary in these texts)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        if line.strip().startswith(head + "（") or line.strip().startswith(head + " "):
            return line.strip()
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
LABEL = ("CONVENTIONS.md units rule 1: the item's own bracket label 「（责任单位：…）」 gives its units and sentences in its "
         "text add nothing (plans-dev 06 三/（一））; a 责任单位 list names no lead: lead = [], responsible the list in "
         "printed order (plans-dev EXPECTED.md: responsible-only lists, 02 and 06)")
ONE = "a single unit in a 责任单位 label: lead = [] (no lead named), the unit as lead accepted (plans-dev 03)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 92's governs on "
           "x182_03 第七条)")
REVIEW = ("a decision on a party's application or submission and its steps — 审核, 审查, 评审, 确认, 核发, 换发 — name "
          "none, in articles too, 由 before the decider changing nothing (Round 85's x321_02 and turned x317_03 第九条（一）; "
          "Round 93's x341_01 第三条（一））, while an article binding the rules' body to act on applications gives work, "
          "a task naming none (Round 87's x327_04 一–四; x325_01 第十六条)")
SENDING = ("a sending — 报…备案, 上报, 报送, 通知, 抄送, 告知 — names no doer, in articles too (Round 83's x315_01 第十一条; "
           "Round 85's x322_04 第七条; Round 93's x341_01 第十二条)")
DUTYSPLIT = ("a 职责分工 article of paragraphs each opening with a body is one task naming every body it gives work, in "
             "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二; Round 93's x341_03 第三条), under a "
             "duty heading any verb naming its subject (round 34's 职责分工 heading; Round 92's p65b)")
OWED = ("a regulated party bound by 应 to acts of its own is given work, a task (Round 84's p61a-2; Round 91's x339_02 "
        "四、（二））, but its applying, filing or reporting on its own matters names no unit (round 30's applicant; round 42; "
        "p52c as Round 88 quotes it)")
MONEY = ("an article whose only acts move money (缴纳, 执收, 上缴, 安排支出, 列入预算) is the scheme's terms, no task (Round "
         "83's x311_01 第七条; Round 89's x329_02 第七条; Round 91's x345_02 第七条)")
LIMIT = "a time limit counted from an event is no target and dates nothing (round 33; Round 87's x326_08 「3日内」)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x347_01_shi-taiban-2023-cujin-hutai-jingji-wenhua-jiaoliu-hezuo-shishi-banfa.txt"
P01 = "关于促进沪台经济文化交流合作的实施办法"
N01 = "上海市人民政府办公厅关于转发市政府台办、市发展改革委制订的《关于促进沪台经济文化交流合作的实施办法》的通知"
JR = "市地方金融监管局"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded measures' own title line (line 11) or the cover's title (line 1): either (round 45's pair; "
                "round 30's forwarding notice followed by the document it forwards is one plan)",
     doc_no="沪府办规〔2023〕14号 (the stored front matter; the cover prints no number)",
     issuer="上海市人民政府办公厅 (cover); the measures by 上海市人民政府台湾事务办公室 and 上海市发展和改革委员会",
     date="2023-05-30",
     date_note="the cover is signed 2023年5月30日 (line 7), the measures 2023年5月29日 (last line); in force 2023年6月1日 "
               "(a general provision); no item prints a date: no task is dated",
     level="the city government's general office forwarding, to the districts and city bodies, the Taiwan affairs office's "
           "and the development commission's measures giving Taiwan firms and compatriots equal treatment in Shanghai",
     source=src("上海市人民政府办公厅关于转发市政府台办、市发展改革委制订的《关于促进沪台经济文化交流合作的实施办法》.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0001::67428f9284014790acfb45d2c962b777", 5825),
     style="a cover (addressees, 「现转发给你们，请认真按照执行」, signature), then the measures: title, a preamble, two "
           "sections 一、 （一）–（二十八） and 二、 （二十九）–（五十五）, each item closing with a bracket label 「（责任单位：…）」; "
           "two unnumbered closing lines (the interpreting body, entry into force) and the two issuers with the date",
     leaf_tasks=55, count_alternatives=[],
     leaf_tasks_by_section={"cover": 0, "preamble": 0, "一、（一）–（二十八）": 28, "二、（二十九）–（五十五）": 27,
                            "closing lines": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], ["市发展改革委", "市商务委", "市经济信息化委", "市文化旅游局", JR], **art(X01, ["一、", "（一）"]),
          note="「（一）支持台资企业在本市…参与“上海服务、上海制造、上海购物、上海文化”四大品牌建设。（责任单位：市发展改革委、市商务委、市经济信息化委、市文化旅游局、市地方金融监管局）」 — "
               + LABEL + "; 支持 with a label is a task (seeds lines 3–5: items that name a unit are tasks, whatever the verb); "
               + NODATE),
        S(["一", "（四）"], [], ["市科委", "市税务局", "市商务委", "市财政局", "上海海关"], targets=[(15, "%")],
          **art(X01, ["一、", "（四）"]),
          note="「（四）…对经认定的本市台资高新技术企业，按照15%的税率，征收企业所得税。…（责任单位：市科委、市税务局、市商务委、市财政局、上海海关）」 — "
               + LABEL + "; a rate the policy fixes is a policy quantity of the item (round 25's per-unit rates; Round 93 "
               "turned x341_04 第八条's 「比例为1%」 to a target): target 15 %; " + NODATE),
        S(["一", "（九）"], [], ["市发展改革委", "市财政局", "市住房城乡建设管理委", "市水务局"], **art(X01, ["一、", "（九）"]),
          note="「…（责任单位：市发展改革委、市财政局、市住房城乡建设管理委、市水务局等）」 — " + LABEL + "; the final 等 of a "
               "label is dropped (plans-dev EXPECTED.md; the scorer strips it too); " + NODATE),
        S(["一", "（十七）"], [], ["人民银行上海总部", "上海银保监局", JR], **art(X01, ["一、", "（十七）"]),
          note="「…（责任单位：人民银行上海总部、上海银保监局、市地方金融监管局）」 — " + LABEL + "; central bodies' local "
               "offices are names as printed (round 30); " + NODATE),
        S(["一", "（二十一）"], [], ["各区政府", JR], **art(X01, ["一、", "（二十一）"]),
          note="「…台资企业注册所在地的区政府按照政策给予财政补贴。（责任单位：各区政府、市地方金融监管局）」 — " + LABEL
               + ": the sentence's 区政府 adds nothing; " + NODATE),
        S(["一", "（二十六）"], [], ["两岸企业家峰会", "浦东新区政府(上海自贸试验区管委会)", "市政府台办"],
          responsible_alternatives=[["两岸企业家峰会", "浦东新区政府", "市政府台办"]], **art(X01, ["一、", "（二十六）"]),
          note="「…（责任单位：两岸企业家峰会、浦东新区政府(上海自贸试验区管委会)、市政府台办）」 — " + LABEL + "; a name with a "
               "bracket is kept whole as printed (plans-dev EXPECTED.md: `区公安分局（交管）`; round 30), the bracket here giving "
               "the same government's second name, not the body standing in for a kind in one area (Round 85's x321_01 "
               "三、（二）, which drops such a bracket) — the name without it accepted (RULING? 1); " + NODATE),
        S(["二", "（二十九）"], [], ["市人力资源社会保障局", "市教委", "市司法局", "市卫生健康委"],
          targets=[(53, "项"), (81, "项")], **art(X01, ["二、", "（二十九）"]),
          note="「（二十九）…台湾同胞可报名参加53项专业技术人员职业资格考试和81项技能人员职业资格考试，做好…报名组织工作。（责任单位：…、市卫生健康委等）」 — "
               + LABEL + " (the final 等 dropped); the counts of examinations the policy opens are its quantities (round 25: "
               "a policy's quantities written in an item are its targets; round 49's own number of work): targets 53 项, 81 项 "
               "(RULING? 2); " + NODATE),
        S(["二", "（三十）"], [], ["市委组织部", "市级相关部门", "各区委组织部"], **art(X01, ["二、", "（三十）"]),
          note="「…（责任单位：市委组织部、市级相关部门、各区委组织部）」 — " + LABEL + "; a kind in a label is a name as "
               "printed (round 30; Round 85's x320_01 相关部门 a kind); " + NODATE),
        S(["二", "（三十八）"], [], ["市新闻出版局"], lead_alternatives=[["市新闻出版局"]],
          not_targets=[(5, "个工作日")], **art(X01, ["二、", "（三十八）"]),
          note="「…对一般的进口图书申请在5个工作日内完成备案手续。（责任单位：市新闻出版局）」 — " + ONE + "; " + LIMIT
               + ": not_target 5 个工作日; " + NODATE),
        S(["二", "（五十二）"], [], ["市高院"], lead_alternatives=[["市高院"]], **art(X01, ["二、", "（五十二）"]),
          note="「…本市法院可在立案前或者审理中，将涉台商事纠纷委托市政府台办进行调解。市政府台办聘请台湾相关专业人士担任调解员…（责任单位：市高院）」 — "
               + LABEL + ": the sentences' 市政府台办 (聘请) adds nothing where the label names 市高院; " + ONE + "; " + NODATE),
        S(["二", "（五十五）"], [], ["市政府台办", "市民政局", "市出入境管理局", "市卫生健康委"],
          **art(X01, ["二、", "（五十五）"]),
          note="「（五十五）设立联系窗口，为在沪台湾同胞提供紧急救助服务。（责任单位：市政府台办、市民政局、市出入境管理局、市卫生健康委）」 — "
               + LABEL + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 is no task (CONVENTIONS.md, cover-notice instructions); the "
            "forwarded measures are the plan (round 30); the preamble and the two unnumbered closing lines (「本实施办法的具体"
            "解释工作由相关主管部门承担」 the interpreting body, 「…自2023年6月1日起实施」 entry into force) are general provisions "
            "(round 30); 一、 and 二、 have numbered children and are no leaves; every （N） carries a 责任单位 label and is a task "
            "(seeds lines 3–5), statements of entitlement 「…可享受…」「…可申请…」 included, since the label gives the body the "
            "work → 28 + 27 = **55**; no other count is a reading the rulings give",
            "units: every item's label (rule 1); a single unit: lead [] with the unit as lead accepted (plans-dev 03); lists: "
            "lead [] (plans-dev 02, 06)",
            "dates: none (see date_note)",
            "figures: targets 15 % (（四）), 53 项 and 81 项 (（二十九））; not_target 5 个工作日 (（三十八））"]
     )


# ---------------------------------------------------------------------------------------------------------
X02 = "x347_02_shi-shengtai-huanjingju-2023-feidaolu-yidong-jixie-shenbao-dengji-he-biaozhi-guanli-banfa.txt"
P02 = "上海市非道路移动机械申报登记和标志管理办法"
N02 = "上海市生态环境局关于印发《上海市非道路移动机械申报登记和标志管理办法》的通知"
SD = "属地管理部门"
BS = "中国（上海）自由贸易试验区管理委员会保税区管理局"
LG = "中国（上海）自由贸易试验区临港新片区管委会"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 9) or the cover's title (line 1): either (round 45's pair; round 30)",
     doc_no="沪环规〔2023〕3号 (the stored front matter; the cover prints no number)",
     issuer="上海市生态环境局",
     date="2023-04-28",
     date_note="the cover is signed 2023年4月28日 (line 7; the front matter gives 2023-05-09); in force 2023年6月1日 to 2028年5月31日 "
               "(第十九条, a general provision); the production dates of 第八条 are class boundaries of a reckoning, no "
               "deadlines; the time limits 30日内 and 5／10个工作日内 count from events (round 33): no task is dated",
     level="the city ecology and environment bureau, to the district bureaus, the two free-trade-zone bodies and others: how "
           "owners of non-road mobile machinery declare and register it, how its emission stage is fixed, and how the "
           "local departments review, number, make and issue the identification signs",
     source=src("上海市生态环境局关于印发《上海市非道路移动机械申报登记和标志管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0024::e462f86319cc40d98378621ebb63a6a8", 6626),
     style="a cover (addressees, a publishing line, signature), then the rules: 19 articles 「第N条（heading）」 on a line of "
           "their own with the text on the next line (no blank lines), lists （一）–（五） with （1）–（4） in 第八条; after "
           "第十九条 the line 「附件：1.…2.…3.…」, then 附件2 (a numbering rule with a flattened district table) and 附件3 (the "
           "sign's and card's specifications), not counted; two link lines of the site at the end",
     leaf_tasks=12, count_alternatives=[7, 8, 9, 10, 11, 13, 15, 19],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 1, "第五条": 1, "第六、七条": 0, "第八条": 1,
                            "第九–十六条": 8, "第十七–十九条": 0, "附件2、3": 0},
     childless_top_level_sections=[],
     samples=[
        S([label(X02, "第三条")], ["生态环境部门"], ["市生态环境管理部门", "区生态环境管理部门", BS, LG, "生态环境部门", "相关管理部门"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市生态环境管理部门", "区生态环境管理部门", BS, LG, SD, "生态环境部门", "相关管理部门"],
                                    ["市生态环境管理部门", "区生态环境管理部门", BS, LG, "生态环境部门"]],
          **art(X02, [label(X02, "第三条")]),
          note="「市生态环境管理部门负责…统筹协调和业务指导…。 区生态环境管理部门、中国（上海）…保税区管理局和中国（上海）…临港新片区管委会（以下统称“属地管理部门”）负责…受理、信息核对、…核发及日常监管。 生态环境部门应当会同相关管理部门，督促相关企业和个人做好…工作。」 — "
               + DUTYSPLIT + "; 和 joins names (round 34); the defined name 属地管理部门 is defined here, not acting (round 61's "
               "x264_01: a defining bracket is not where the short name acts; accepted with it); 「A会同B＋verb」 gives lead A "
               "for its clause, and Round 95 turned the builder's 「one clause leads no article」: 会同 names its subject lead "
               "among other bodies' 负责 clauses, lead [生态环境部门] with [] accepted (round 30); 相关管理部门 a kind (Round 85's x320_01); the firms and persons are the "
               "pivot's object (round 30); " + NODATE),
        S([label(X02, "第五条")], [], [], responsible_alternatives=[["机械所有者"]], not_targets=[(30, "日")],
          **art(X02, [label(X02, "第五条")]),
          note="「新购置和进口的非道路移动机械应满足…排放标准要求，外省市转入的…应符合…禁止使用区的管理要求，机械所有者应在购置或转入之日起30日内完成申报。 已在外省市完成申报登记…的，仅在本市使用的，可免于申报登记。」 — "
               + OWED + ": a task naming none, the owner accepted; the machines' standards are states (text) and 可免于 an "
               "option (round 49 p46b); " + LIMIT + ": not_target 30 日; " + NODATE),
        S([label(X02, "第八条")], [], [], not_targets=[(24, "位")], **art(X02, [label(X02, "第八条")]),
          note="「非道路移动机械排放阶段的判定，按照以下步骤依次进行：（一）…环保信息公开编号为24位，按第6位对应的排放阶段编号判定。（二）…（四）无环保公开信息的：（1）–（4）…（五）…」 — "
               "lines that only say how a quantity is reckoned are a standard of reckoning, the text of the point that "
               "announces it (Round 87's x325_04 五、（三）; Round 85's x319_01 第六条（三））, and the determination is an "
               "act of the rules' own work with no subject (round 65's x274_01): one task naming none (0 accepted as text; "
               "19 with the lines as items); 24位／16位 are lengths of a code, a norm with no comparison word (round 30): "
               "not_target 24 位; the 「…及以前／及以后」 dates are class boundaries, no targets (dates are not targets, "
               "CONVENTIONS.md Targets); " + NONE + "; " + NODATE),
        S([label(X02, "第九条")], [], [], responsible_alternatives=[[SD]], not_targets=[(10, "个工作日")],
          **art(X02, [label(X02, "第九条")]),
          note="「机械所有者提交…材料后，属地管理部门应在10个工作日内进行审核，对符合要求的，准予登记，并按照编码规则（附件2）确定环保登记号码；对申报材料不符合要求的，不予登记并告知理由，机械所有者应在10个工作日内补充完善…；对机械不符合登记要求的，不予登记并告知理由。」 — "
               + REVIEW + " (the department accepted); 告知理由 a sending of the decision (" + SENDING.split(" (")[0] + "); "
               + LIMIT + ": not_target 10 个工作日; " + NONE + "; " + NODATE),
        S([label(X02, "第十条")], [], [SD], lead_alternatives=[[SD]], responsible_alternatives=[[]],
          **art(X02, [label(X02, "第十条")]),
          note="「属地管理部门应每月按照市生态环境部门确定的样式（附件3）制作非道路移动机械识别标志和信息采集卡。 申报登记相关工作所需经费应纳入属地管理部门财政预算，不得向机械所有者收取费用。」 — "
               "making the signs every month is the department's own work, not a step of one application's decision: "
               + ARTICLE + " (制作) — none accepted (RULING? 4: or the making is the issuing decision's step, Round 85's "
               "turned x317_03); the budget sentence moves money (a payer, round 30); 市生态环境部门 inside the 的-phrase is no "
               "doer (round 30: a body in a noun's description); 每月 is a rhythm with no count (no target, no deadline, round "
               "34); " + ONE_LEAD + "; " + NODATE),
        S([label(X02, "第十二条")], [], [], responsible_alternatives=[[SD], ["机械所有者"]],
          not_targets=[(10, "个工作日")], **art(X02, [label(X02, "第十二条")]),
          note="「本市申报登记的机械发生市内转让后，机械所有者应在10个工作日内通过申报途径提交机械转让协议等材料申请信息变更，经属地管理部门审核后变更登记信息。」 — "
               + OWED + "; 经A审核 is rule 3's approver (Round 92's p65a form: 经A审查 without 组织 names none): a task naming "
               "none, the owner or the department accepted; " + LIMIT + ": not_target 10 个工作日; " + NODATE),
        S([label(X02, "第十三条")], [], [], responsible_alternatives=[[SD]], **art(X02, [label(X02, "第十三条")]),
          note="「机械发动机改装适用于国3及以下排放阶段的…。 …原则上采用原厂发动机改装方式…。 改装完成后，机械所有者应通过申报途径提交…材料。由属地管理部门完成材料审核和现场核查后，重新确定排放阶段和环保登记号码，换发识别标志和信息采集卡。」 — "
               + REVIEW + " (由A完成审核…换发: the department accepted); the owner's submission is its own filing (round 42); "
               "「国3及以下」 is a grade in a classification, round 58's class, no measure (Round 93's x345_02 第九条: unchecked); "
               + NONE + "; " + NODATE),
        S([label(X02, "第十五条")], [], [], responsible_alternatives=[[SD], ["机械所有者"]],
          **art(X02, [label(X02, "第十五条")]),
          note="「非道路移动机械转出本市的，机械所有者应通过申报途径办理转出登记。 …报废、停用的，机械所有者应通过申报途径提交注销申请，经属地管理部门确认并收回识别标志和信息采集卡，办理注销登记。」 — "
               + OWED + "; 经 reaches every verb joined by 并 inside its phrase (Round 93's x341_01 第十四条), so 确认并收回 is "
               "rule 3's approver: a task naming none (the owner or the department accepted; 11 accepted without it); "
               + NODATE),
        S([label(X02, "第十六条")], [], ["国四标准非道机械", SD], responsible_alternatives=[[SD]],
          **art(X02, [label(X02, "第十六条")]),
          note="「机械所有者应对申报信息的真实性、准确性负责。 在本市新申报登记的国四标准非道机械应根据…要求安装排放控制系统远程监控车载终端，并与生态环境部门管理平台联网。 发现机械所有者在申报登记中弄虚作假的，由属地管理部门责令整改，并依法追究机械所有者的法律责任。」 — "
               "the owner's truth of its filings is a state, text (Round 93's x345_04 第二十二条); a machine bound by 应 to an "
               "act is Round 85's decided facility form as Round 93 reached it to a vessel (x346_01 第十七条 船舶), named "
               "after the 的-phrase's last 的 (rounds 32, 38): 国四标准非道机械 (RULING? 5; the department alone accepted); "
               "由A责令整改 is the rules' own body acting after a breach (rule 2's 由A＋verb; Round 77's x299_04 第二十八条); "
               + "lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "属地管理部门应在5个工作日内通知机械所有人至指定窗口领取识别标志和信息采集卡", "when": None, "when_norm": None,
              "note": "第十一条 — a notice of the body's own result to the party, a duty (Round 89's turned x331_04 第九条; "
                      "Round 91's x340_02 第二十四条), a time from an event: undated"}],
     notes=["counting (leaf tasks): the cover's publishing line is no task; general provisions (round 30): 第一条 purpose, "
            "第二条 scope, 第十八条 the interpreting body, 第十九条 force; no tasks: 第六条 the ways an owner may declare (可, an "
            "option, round 49 p46b), 第七条 the papers an application carries, （一）–（三） included (Round 83's x315_04; Round 93's "
            "x343_01 第六、十六条), 第十七条 鼓励 and a right of anyone to report (rounds 30, 40; Round 80); tasks: 第三条 1 (a "
            "职责分工 article), 第四、五、十二、十四、十五条 an owner's owed acts (Round 84's p61a-2; a task naming none each), 第八条 1 "
            "(a standard of reckoning, its lines text), 第九、十、十一、十三、十六条 one each → **12**. Accepted: 7–11 (the owner's "
            "articles 第四、五、十二、十四、十五条 read as an applicant's terms, round 30 and Round 85's x321_02 count, and 第八条 as "
            "text), 13 (第十一条's two paragraphs two), 15 (第七条's （一）–（三） counted), 19 (第八条's eight lines as items)",
            "units: rule 2 in articles (round 44); decisions on the owners' filings name none (the review rule); not sampled: "
            "第四条 none (the owner applies, round 30; 固定 its own owed act, the owner accepted), 第十一条 none (the notice a "
            "sending; the owner's fixing and uploading its owed acts), 第十四条 none (the owner's applications)",
            "dates: none (see date_note)",
            "figures: not_targets 30 日 (第五条), 24 位 (第八条), 10 个工作日 (第九、十二条); unchecked: 国3及以下 (a grade), the "
            "sign's sizes in 附件3 (an attachment)",
            "duties: one (第十一条's notice); not duties: the owners' declarations and applications (round 42: a party's "
            "filing on its own matters), 第九条's 告知理由 (the decision's own step)"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x347_03_shi-zhengfu-bangongting-2022-zhengfu-zhiliangjiang-guanli-banfa.txt"
P03 = "上海市政府质量奖管理办法"
N03 = "上海市人民政府办公厅关于印发《上海市政府质量奖管理办法》的通知"
BAN = "市审定办"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 13) or the cover's title (line 1): either (round 45's pair; round 30)",
     doc_no="沪府办规〔2022〕9号 (the stored front matter; the cover prints no number; the old 沪府办规〔2019〕8号 repealed)",
     issuer="上海市人民政府办公厅",
     date="2022-08-29",
     date_note="the cover is signed 2022年8月29日 (line 9; the front matter gives 2022-08-31); in force 2022年9月1日 to 2027年8月31日 "
               "(第四十一条, a general provision); 每两年, 每年 and 3年内／5年内 are rhythms and spans, no deadlines (round 34; "
               "round 33): no task is dated",
     level="the city government's general office issuing the city quality award rules: the awards, the committee, its office "
           "and the review panels, incubation, eligibility, the stages of review and approval, supervision and revocation",
     source=src("上海市人民政府办公厅关于印发《上海市政府质量奖管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0001::828ad3022bc94b949e86766459eb9358", 6086),
     style="a cover (addressees, 「现将修订后的《…》印发给你们」, the old rules repealed, signature), then the rules: seven "
           "chapters 「第N章　title」 (an ideographic space), 41 articles 「第N条（heading）」 on a line of their own, a blank "
           "line, then the text; lists （一）–（四） in 第二、十六、十七、二十九、三十三条",
     leaf_tasks=27, count_alternatives=[22, 23, 24, 25, 26, 28, 29, 30],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四–六条": 0, "第七–十一条": 5, "第十二、十三条": 0,
                            "第十四条": 1, "第十五–十八条": 0, "第十九条": 1, "第二十条": 0, "第二十一–二十八条": 8,
                            "第二十九条": 2, "第三十条": 1, "第三十一条": 0, "第三十二条": 1, "第三十三条": 2,
                            "第三十四–三十九条": 6, "第四十、四十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([label(X03, "第三条")], [], ["上海市人民政府", "上海市市场监督管理局"], responsible_alternatives=[[]],
          targets=[(1, "次"), (4, "个"), (20, "个"), (10, "个")], **art(X03, [label(X03, "第三条")]),
          note="「上海市政府质量奖为省级表彰项目，主办单位为上海市人民政府，承办单位为上海市市场监督管理局（以下简称“市市场监管局”）。上海市政府质量奖每两年评选一次。 每次…市长质量奖…总数均不超过4个，…质量金奖先进质量管理模式不超过20个、…成果不超过10个。」 — "
               "「X主体为A」 designates A wherever it stands (Round 85's x319_04 第四条; Round 81's x308_07), 主办／承办单位为A "
               "being that form, so the article is a task naming both (none accepted: RULING? 6, or a plan-level field as "
               "Round 87's x323_02 第四条); the short name is defined here, not acting (round 61's x264_01); the ceilings on "
               "the awards bind the selection, the rules' own work (Round 87's x328_01 第七条), targets 4 个, 20 个, 10 个 "
               "(round 30's line); the events the item holds in a rhythm are its number of work (Round 84's p61e-1): "
               "target 1 次, 每两年 no target; lead [] (no 牵头); " + NODATE),
        S([label(X03, "第八条")], [], ["上海市政府质量奖审定委员会"], lead_alternatives=[["上海市政府质量奖审定委员会"]],
          responsible_alternatives=[["市审定委"], ["上海市政府质量奖审定委员会", "市审定委"]],
          **art(X03, [label(X03, "第八条")]),
          note="「上海市政府质量奖审定委员会（以下简称“市审定委”）负责指导、推动、监督…评审工作的开展，审议评审规则、审议拟获奖名单及研究、决定有关重大事项。」 — "
               "a standing body the article names with no 成立 and no roster is a doer by 负责 (rule 2; Round 93's x345_02 "
               "第四条; Round 89's x331_01 三/（一）), the full name as printed where it acts (round 43; the short name "
               "accepted); " + ONE_LEAD + "; " + NODATE),
        S([label(X03, "第九条")], [], ["市审定委办公室"], lead_alternatives=[["市审定委办公室"]],
          responsible_alternatives=[[BAN], ["市审定委办公室", BAN]], **art(X03, [label(X03, "第九条")]),
          note="「市审定委办公室（以下简称“市审定办”，设在市市场监管局）负责组织开展市政府质量奖日常管理工作，包括组织制修订…，建立评审专家库，组织开展培育孵化…」 — "
               "rule 2's 负责; the body an office sits in is no doer (round 73; Round 84's p61d-2: 「办公室设在…」 alone names "
               "none); the name as printed (round 43; the short name accepted); " + ONE_LEAD + "; " + NODATE),
        S([label(X03, "第十一条")], [], ["各区政府", "行业主管部门", "管委会（开发区）", "控股（集团）公司", "行业协会"],
          responsible_alternatives=[["各区政府", "行业主管部门", "符合条件的管委会（开发区）", "控股（集团）公司", "行业协会"]],
          **art(X03, [label(X03, "第十一条")]),
          note="「建立和完善市政府质量奖培育孵化机制，… 各区政府、行业主管部门、符合条件的管委会（开发区）、控股（集团）公司和行业协会等分别负责本辖区、本行业、本系统内…的培育孵化和指导工作。」 — "
               "the first paragraph an act of the rules' own work with no subject (round 65's x274_01), the second rule 2's "
               "负责 with five named kinds (the final 等 dropped; 和 joins names, round 34); a 的-phrase gives the name after "
               "its 的 (rounds 32, 38), a bracket completing a name kept as printed (plans-dev `区公安分局（交管）`); the "
               "printed phrase with 符合条件的 accepted; lead [] (no 牵头); " + NODATE),
        S([label(X03, "第二十二条")], [], [BAN], lead_alternatives=[[BAN]], targets=[(5, "个工作日")],
          **art(X03, [label(X03, "第二十二条")]),
          note="「市审定办组织评审组对申报的质量管理模式和成果的基本条件、申报材料的完整性进行审查。必要时，以书面形式征求相关部门意见。对通过审查的，由市审定办组织向社会进行不少于5个工作日的公示，公示无异议的，进入资料评审。」 — "
               "a review placed by 组织＋verb names its subject (Round 85's x317_03 limit; Round 93's x341_03 第十二条; Round "
               "92's p65a form), the panel the pivot's object (round 30); 征求意见 a step of the review (Round 91's turned "
               "x340_04 第十七条); 不少于5个工作日 a floor on the body's own notice, a target (round 30's line); "
               + ONE_LEAD + "; " + NODATE),
        S([label(X03, "第二十三条")], [], [], responsible_alternatives=[["评审组", BAN], ["评审组"]],
          **art(X03, [label(X03, "第二十三条")]),
          note="「评审组根据评审规则，对通过资格审查的质量管理模式和成果的申报材料进行评审，形成资料评审报告，提出质量改进建议。 市审定办根据资料评审报告，按照“好中选优”的原则，确定现场评审名单；对未进入现场评审的…，反馈资料评审报告。」 — "
               "a review of the parties' submissions and the decision on them name none (Round 85's x322_02 第十五条: a "
               "committee reviewing bids; x321_02), their report and feedback its own steps and sendings (" + SENDING.split(" (")[0]
               + "): a task naming none, the panel and the office accepted; " + NONE + "; " + NODATE),
        S([label(X03, "第二十六条")], [], [BAN], lead_alternatives=[[BAN]], responsible_alternatives=[[]],
          targets=[(5, "个工作日")], **art(X03, [label(X03, "第二十六条")]),
          note="「市审定办结合…情况，提出获奖建议名单，提请市审定委审议。 市审定委审议获奖建议名单、提出拟获奖名单。市审定办按照…规定程序报批后，将拟获奖名单向社会进行不少于5个工作日的公示。」 — "
               "a proposal sent up for another body's decision is a step of that decision (Round 89's x329_04 第九条; Round "
               "93's x341_04 第八条), the committee's 审议 the decision on the applicants' merits (the review rule), but the "
               "office's publishing of the result is its own act (Round 91's x337_01 第九条; Round 93's x341_03 第十二条): "
               "[市审定办], none accepted; 不少于5个工作日 a target (round 30's line); " + ONE_LEAD + "; " + NODATE),
        S([label(X03, "第二十七条")], [], [], responsible_alternatives=[["市政府"]], **art(X03, [label(X03, "第二十七条")]),
          note="「公示无异议后，由市政府发文，表彰市政府质量奖获奖先进质量管理模式和成果，颁发奖牌、证书和奖金。」 — the "
               "award is the decision on the applications and its issue, 由 before the decider changing nothing (Round 93's "
               "x341_01 第三条（一）「由分局核发」; Round 85's turned x317_03): a task naming none, [市政府] accepted (RULING? 7: "
               "or 由A＋发文／表彰, verbs of doing, rule 2); " + NONE + "; " + NODATE),
        S([label(X03, "第二十八条")], [], ["各区政府", "行业主管部门", "行业协会"], **art(X03, [label(X03, "第二十八条")]),
          note="「各区政府、行业主管部门、行业协会等应积极宣传、推广本辖区、本行业政府质量奖获奖先进质量管理模式和成果，发挥标杆引领示范作用…」 — "
               + ARTICLE + " (宣传、推广), the final 等 dropped; kinds with a verb of doing, no bare call (round 30); lead [] "
               "(no 牵头); " + NODATE),
        S([label(X03, "第三十五条")], [], [BAN], lead_alternatives=[[BAN]], not_targets=[(5, "年")],
          **art(X03, [label(X03, "第三十五条")]),
          note="「获奖组织或个人对其提供材料的真实性负责。对发现通过提供虚假材料或采取不正当手段骗取市政府质量奖的，由市审定办按照…规定，撤销其所获表彰奖励，收回奖牌、证书等，追缴奖金等物质奖励，5年内不接受该组织或个人再次申报…，并将其纳入本市社会公共信用信息平台…」 — "
               "the winner's truth of its papers is a state, text (Round 93's x345_04 第二十二条); the rules' own body acting "
               "after a breach is a doer by 由A (rule 2; Round 91's x340_01 第三十二、三十四条: sanctions the body applies are its "
               "work); 5年内 a span of the sanction with no comparison word (round 32 takes out the sanction's own scale): "
               "not_target 5 年; " + ONE_LEAD + "; " + NODATE),
        S([label(X03, "第三十八条")], [], ["区市场监管部门"], lead_alternatives=[["区市场监管部门"]], not_targets=[(5, "年")],
          **art(X03, [label(X03, "第三十八条")]),
          note="「区市场监管部门应定期组织对其辖区5年内的获奖组织和个人开展跟踪管理，支持其获奖后持续改进质量管理；发现其质量管理绩效严重退步的，督促其整改；发现存在应撤销奖励情况的，及时报告市审定办。」 — "
               "组织＋开展 (rule 2), and in articles any verb of doing (round 44); the winners of the last 5 years are the class "
               "the work picks, a figure inside a noun (round 58): not_target 5 年; the report when a case arises is a duty "
               "(below); 定期 prints no date; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(3, "年"), (5, "年"), (10, "年")],
     phases=[],
     duties=[{"what": "发现存在应撤销奖励情况的，及时报告市审定办", "when": None, "when_norm": None,
              "note": "第三十八条 — a report the rules ask when a case arises, sent to the body that acts on it (round 44; "
                      "Round 89's x330_01 and x333_03 第十九条), undated (及时 prints no time)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 is no task; general provisions (round 30): 第一条 purpose, "
            "第二条 the awards' definitions with its （一）（二）, 第四条 principles (round 68), 第五条 the standard adopted (a "
            "state, text), 第四十一条 force; no tasks: 第六条 budgets and rewards (money, Round 83's x311_01 第七条), 第十二条 "
            "options (可; round 49 p46b), 第十三条 鼓励和支持 (rounds 30, 40), 第十五条 可, 第十六、十七条 eligibility of "
            "applicants (round 30's applicant; lines that class the cases, Round 78's (b)), 第十八条 limits on applying (the "
            "applicants' terms), 第二十条 the applicants' own notice before applying (a step of their own application, round "
            "42), 第三十一条 accepting scrutiny (Round 87's turned x325_01 第二十五条), 第四十条 an option to the districts; "
            "第二十九条 （一） the liability of the rules' own staff (Round 91's x340_04 第七十九条: a general provision), （二） "
            "sanctions on reviewers with no agent, the rules' own work (Round 91's x340_01 第三十二条), （三） recusal, a limit "
            "on the procedure → 2; 第三十三条 （一）（二） the winners' owed acts and their yearly report, a regulated party's "
            "owed acts (Round 84's p61a-2) → 2; 第七条 the winners' owed sharing (1); 第十四条 the experts' filing and recusal, "
            "a limit on the procedure (1); 第三十四条 limits on the winners' use of the title with 依法责令改正 (1); 第三十九条 the "
            "keeping of the papers, an act of the rules' own work (round 65's x274_01; 1); every other article one → **27**. "
            "Accepted: 22–26 (any of 第七、十四、二十九（二）（三）、三十三、三十四、三十九条 read as the beneficiaries' conduct, persons' "
            "conduct or text), 28–30 (第二十、二十一条's options and steps counted, or 第三十三条's paragraph after （一）)",
            "units: rule 2 and round 44 in articles; designations (第三条); the review rule for the panel's and the "
            "committee's reviews (第二十三–二十六条); not sampled: 第十条 [市审定办] (「A组织B＋verb」 names A, round 30; the "
            "panel it sets up none, rule 3), 第十九、二十一、三十二、三十六、三十七条 [市审定办] (发布, 确认, 制定, 由A撤销, A委托B, "
            "round 35), 第二十四、二十五条 none (the panel's reviews), 第十四条 none (experts are persons), 第三十条 none (建立 with "
            "no subject)",
            "dates: none (see date_note)",
            "figures: targets 4 个, 20 个, 10 个, 1 次 (第三条), 5 个工作日 (第二十二、二十六条); not_targets 5 年 (第三十五、"
            "三十八条); plan targets (eligibility thresholds in no task, Round 85's x321_04; round 25): 3 年 (第十六条 「生产经营3年"
            "以上」「获得…金奖3年以上」), 5 年 and 10 年 (第十七条 「5年以上」「10年以上」); unchecked: 近5年 (no comparison word), 10年 "
            "(第三十九条 一般保存, no comparison word), 3年内 (第三十三条, a span)",
            "duties: one (第三十八条); not duties: 第三十三条（二） the winners' yearly 质量绩效报告 to the office and the district "
            "department (round 42: a party's filing on its own matters; Round 91's governs on x339_04; RULING? 8), 第二十六条's "
            "报批 and 提请审议 (steps of decisions, Round 89's x329_04 第九条), the notices to the public (disclosure, round 55's "
            "x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x347_04_shi-jiaotongwei-2022-daolu-tingchechang-guanli-guiding.txt"
P04 = "上海市道路停车场管理规定"
N04 = "市交通委、市道路运输局、市公安局、 市发展改革委、市财政局关于印发《上海市道路停车场管理规定》的通知"
QJ = "区交通行政管理部门"
QG = "区公安交通管理部门"
GLZ = "道路停车场管理者"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 25) or the cover's title (line 1, a space after 市公安局、 as stored): "
                "either (round 45's pair; round 30)",
     doc_no="沪交行规〔2022〕11号 (line 3)",
     issuer="上海市交通委员会 with 上海市道路运输管理局, 上海市公安局, 上海市发展和改革委员会, 上海市财政局",
     date="2022-08-24",
     date_note="the cover is signed 2022年8月24日 (line 23; the front matter gives 2022-09-07); in force 2022年10月15日 to "
               "2027年10月14日 (第二十六条, a general provision); 每季度 and 每年 are rhythms, 实施前7个／3个工作日 times from "
               "events (round 33): no task is dated",
     level="five city bodies to the districts' transport, police, development and finance departments: how on-street "
           "parking is planned, set up, adjusted and removed, built as smart parking, contracted out to managers, charged "
           "for, served and enforced",
     source=src("市交通委、市道路运输局、市公安局、 市发展改革委、市财政局关于印发《上海市道路停车场管理规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::94e4887525104c6a86761eb55f3d2583", 6733),
     style="a cover (number line, addressees, 「现印发给你们」, five issuers, date), then the rules: eight chapters 「第N章  "
           "title」 (two spaces), 26 articles 「第N条（heading）」 with none, one or two spaces before the bracket, on a line of "
           "their own, a blank line, the text; lists （一）–（七）; 第五、八条 hold two flows of （一）–（三） each; 第二十六条 runs "
           "its text on the label line",
     leaf_tasks=34, count_alternatives=[32, 33, 35, 36, 37, 38, 41],
     leaf_tasks_by_section={"第一、二条": 0, "第三、四条": 2, "第五条": 7, "第六、七条": 2, "第八条": 6,
                            "第九–十二条": 4, "第十三条": 0, "第十四条": 6, "第十五条": 1, "第十六条": 0,
                            "第十七–十九条": 3, "第二十、二十一条": 0, "第二十二–二十四条": 3, "第二十五、二十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S([label(X04, "第三条")], [],
          ["上海市交通委员会", "上海市道路运输管理局", QJ, "公安交通管理部门", "价格主管部门", "财政部门", "社会信用管理部门"],
          **art(X04, [label(X04, "第三条")]),
          note="「上海市交通委员会（以下简称市交通委）、上海市道路运输管理局（以下简称市道路运输局）按照职责分工负责本规定的组织实施…。 区交通行政管理部门负责…。 公安交通管理部门负责…。 价格主管部门和财政部门按照职责分工负责…。 社会信用管理部门负责指导推动…。」 — "
               + DUTYSPLIT + "; the full names act by 负责, their short names defined here (round 61's x264_01), 和 joining "
               "names (round 34); 「负责指导推动」 is 「A负责…」 (round 30); lead [] (no 牵头); " + NODATE),
        S([label(X04, "第五条"), "（二）"], [QG], [QG, QJ], lead_alternatives=[[]],
          **art(X04, [label(X04, "第五条"), "（二）"]),
          note="「（二）区公安交通管理部门会同区交通行政管理部门共同编制设置方案后，报市公安交通管理部门审核；」 — the lines of a "
               "flow are its items, each read by its words (Round 77's x299_01 第六条; Round 87's governs on x328_03); a joint "
               "drafting by the bodies before they send it up is their work (rule 2's 会同: lead A, responsible A, B; Round "
               "85's x319_04 第五–八条), the sending for 审核 a step of the city department's decision, naming none (Round 89's "
               "x329_04 第九条); the second flow's （二） is alike (first words the same); " + NODATE),
        S([label(X04, "第六条")], [], [QJ], lead_alternatives=[[QJ]], **art(X04, [label(X04, "第六条")]),
          note="「区交通行政管理部门应当根据审定的…设置方案，…划设停车位标线和编号，设置道路停车标志牌，公示…。 道路停车场标志标线的划设应当符合…规范… 区交通行政管理部门应当做好…巡查和养护，…及时整改修复；…依法及时清除。」 — "
               + ARTICLE + " (划设, 设置, 做好); the middle paragraph a state the markings meet (text); " + ONE_LEAD + "; "
               + NODATE),
        S([label(X04, "第七条")], [QJ, "市、区公安交通管理部门"], [QJ, QG, "相关街镇", "市、区公安交通管理部门", "市道路运输局"],
          lead_alternatives=[[], [QJ]], **art(X04, [label(X04, "第七条")]),
          note="「区交通行政管理部门应当会同区公安交通管理部门、相关街镇建立道路停车场动态调整机制，…每季度形成…评估意见和…设置建议。 根据评估意见和设置建议，由市、区公安交通管理部门会同市道路运输局、区交通行政管理部门按照规定程序新增、调整或者撤除道路停车场。 道路停车场有下列情形之一的，应当及时予以撤除：（一）…（三）… 遇到道路养护…等需要临时调整或者撤除…的，由区公安交通管理部门会同区交通行政管理部门实施。…」 — "
               "two 会同 clauses (rule 2: 「（由）A会同B＋verb」 lead A, responsible A, B), several clauses giving all their "
               "bodies in order, each once (Round 82); 「市、区X部门」 is one name as printed (round 30); 相关街镇 a kind with a "
               "head (round 43); the （一）–（三） lines only class the cases an act reaches, its text (Round 78's (b); Round 91's "
               "x337_01 第六、七条); the last paragraph a case (rule 3) naming bodies named already; lead [] and the first "
               "lead accepted; the quarterly assessment a coordination rhythm (a duty, below); " + NODATE),
        S([label(X04, "第八条"), "（三）"], [], [QJ], lead_alternatives=[[QJ]], **art(X04, [label(X04, "第八条"), "（三）"]),
          note="「（三）区交通行政管理部门应当根据审定的道路停车场调整、撤除方案，按照行业相关管理要求，及时调整或者清除道路停车场标志标线及其他停车管理设施。」 — "
               + ARTICLE + " (调整, 清除); a line of a flow is an item (Round 77's x299_01 第六条); the second flow's （三） is "
               "printed alike; " + ONE_LEAD + "; " + NODATE),
        S([label(X04, "第九条")], [], ["市道路运输局", "收费道路停车场"], responsible_alternatives=[["市道路运输局"]],
          **art(X04, [label(X04, "第九条")]),
          note="「按照城市数字化转型总体部署，市道路运输局制定发布并动态更新本市智慧停车建设实施方案和技术要求…。 本市收费道路停车场应当按照要求分级建设智慧道路停车场，安装使用…设备，按照规定的频次、内容和方式向市级公共停车信息平台传输数据，…开通…功能，推行…模式。」 — "
               + ARTICLE + " (制定发布); a facility a rule binds by 应当 to acts stands for the body that runs it, named as "
               "printed (Round 85's decided x317_04 第三十一条; Round 89's x329_01; Round 93's x341_03 第五条), 本市 no part of "
               "the name (Round 85's x321_01 六、（三））; the data transmission a sending with its rhythm set elsewhere (a "
               "duty, below); lead [] (no 牵头); " + NODATE),
        S([label(X04, "第十一条")], [], ["市交通委", "市道路运输局", "市公安交通管理部门"],
          **art(X04, [label(X04, "第十一条")]),
          note="「鼓励各区结合“一网统管”…协同推进智慧道路停车场建设。 市交通委、市道路运输局和市公安交通管理部门依托大数据资源平台，依法共享…运行信息和…登记信息等公共数据，并加强数据分类分级保护，依法履行个人信息保护义务。」 — "
               "鼓励 names no work (rounds 30, 40), so 各区 is none; 共享 among the subjects themselves names no receiver and is "
               "their joint work, so in articles its subjects are doers (Round 85's governs on x317_01 第六条), 加强 adding "
               "nothing and 履行 naming none (round 67); the short names as printed where they act (round 43), 和 joining "
               "names (round 34); lead [] (no 牵头); " + NODATE),
        S([label(X04, "第十二条")], [], [QJ, GLZ], responsible_alternatives=[[QJ]],
          **art(X04, [label(X04, "第十二条")]),
          note="「区交通行政管理部门应当…委托符合要求的单位作为道路停车场管理者，具体开展…。道路停车场管理者不得将受委托事项转委托其他单位实施。 …各区交通行政管理部门委托的道路停车场管理者以两至三家为宜，不得委托…严重失信主体… 区交通行政管理部门应当与确定的道路停车场管理者签署统一格式的《…协议》，并及时向市道路运输局书面报告…确定情况以及相关协议文本。」 — "
               "「A委托B＋verb」 gives A (round 35; Round 91's x337_01 第三条); 「A与B签署」 is round 30's two-party act, with or "
               "without 由 (Round 93's x345_01 第二十四条: 与B签订 names both): + 道路停车场管理者 (RULING? 9; the district alone "
               "accepted); the report to the city bureau is a duty (below), naming none; 两至三家为宜 has no comparison word "
               "(round 30: unchecked); lead [] (no 牵头); " + NODATE),
        S([label(X04, "第十四条"), "（五）"], [], [GLZ], lead_alternatives=[[GLZ]],
          **art(X04, [label(X04, "第十四条"), "（五）"]),
          note="「道路停车场管理者应当遵守下列规定：」 over 「（五）按照规定报送道路停车场统计资料和数据；」 — a lead-in binding a "
               "named party to the acts its lines list gives those lines its body (rule 4; Round 83's x311_03 第十一、十二条), "
               "its sending lines too (Round 83's x311_03 第八条（三））; the contracted manager's report of its own work's "
               "results is a duty (round 48; Round 91's filings by tasked bodies: contracted operators of the public "
               "service), undated; " + ONE_LEAD + "; " + NODATE),
        S([label(X04, "第十七条")], ["市价格主管部门"], ["市价格主管部门", "市财政局", "市交通委", "市道路运输局", QJ, GLZ],
          lead_alternatives=[[]],
          responsible_alternatives=[["市价格主管部门", "市财政局", "市交通委", "市道路运输局"]],
          **art(X04, [label(X04, "第十七条")]),
          note="「道路停车费实行政府定价管理，…具体收费标准和计费办法由市价格主管部门会同市财政局、市交通委、市道路运输局按照区域和时段差别化的原则予以核定。 区交通行政管理部门及其委托的道路停车场管理者应当按照…核定的收费标准和计费办法执收道路停车费，不得擅自调整…。」 — "
               "「由A会同B＋verb」 (rule 2: lead A, responsible A, B), setting the price being the bodies' own decision, not "
               "a review of a party's submission; the collecting by the district and its manager is their own act in an "
               "article (round 44; 「其委托的道路停车场管理者」 gives the name after its 的, rounds 32, 38) — the list without "
               "them accepted (collecting read as money only, " + MONEY.split(" (")[0] + "); lead [] accepted; " + NODATE),
        S([label(X04, "第十九条")], [], [QJ, GLZ, "市道路运输局"], **art(X04, [label(X04, "第十九条")]),
          note="「…区交通行政管理部门及其委托的道路停车场管理者应当按照规定的流程，及时向机动车驾驶员催缴欠费并提供限时补缴服务。 …由区交通行政管理部门按照规定流程采集后，通过市级公共停车信息平台统一向市公共信用信息服务平台归集。…具体归集程序、标准和实施办法，由市道路运输局在市社会信用管理部门指导下制定公布。」 — "
               + ARTICLE + " (催缴, 提供服务); 由A采集 and 由A制定 name A (rule 2's 由A＋verb); 归集 to a platform is a sending "
               "(" + SENDING.split(" (")[0] + "); the body in 「在A指导下」 is rule 3's guide, no unit; each body once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([label(X04, "第二十三条")], [], ["相关部门", "公安交通管理部门"], **art(X04, [label(X04, "第二十三条")]),
          note="「机动车驾驶员不按照规定支付停车费以及实施其他违反停车管理的违法行为的，由相关部门依据…实施行政处罚。 机动车驾驶员在限时段道路停车场超过允许停放时段，…超过规定停车时长停放机动车，妨碍…通行的，由公安交通管理部门依据…实施行政处罚。」 — "
               "a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
               "第二十六条; Round 77's x299_04 第二十八条), 由A＋实施 rule 2's; 相关部门 a kind (Round 85's x320_01); the 超过 "
               "clauses describe the breach and join no figure; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区公安交通管理部门…可以设置临时道路停车场，并应当在实施前7个工作日报市公安交通管理部门备案", "when": "实施前7个工作日",
              "when_norm": None,
              "note": "第五条 — a body the rules task filing its own measure (round 48; Round 87's turned 备案, x325_02 第十五条), "
                      "a time from an event: undated"},
             {"what": "区交通行政管理部门应当在实施收费管理前3个工作日向市道路运输局书面报告有关收费管理方案", "when": "实施收费管理前3个工作日",
              "when_norm": None, "note": "第五条 — a tasked body's report of its own plan (round 48), undated"},
             {"what": "每季度形成有关调整、撤除道路停车场的评估意见和新增道路停车场的设置建议", "when": "每季度",
              "when_norm": "quarterly",
              "note": "第七条 — the joint mechanism's quarterly assessment, a recurring coordination rhythm (plans-dev "
                      "EXPECTED.md: recurring reporting/coordination rhythms; Round 87's x326_06 四/(一)/1) (RULING? 10)"},
             {"what": "将审定的设置方案书面通知相关区公安交通管理部门并抄送市道路运输局", "when": None, "when_norm": None,
              "note": "第五条（三） — the city police's notice of its own approved plan to the district that acts on it "
                      "(Round 95 turned, over Round 89's x329_04 第九条: a notice of the body's own result is a duty), undated"},
             {"what": "市公安交通管理部门将备案的设置方案书面通知相关区公安交通管理部门，并抄送市道路运输局", "when": None,
              "when_norm": None,
              "note": "第五条 second flow （三） — the same notice of the filed plan (Round 95 turned), undated"},
             {"what": "将审定的调整、撤除方案书面通知相关区公安交通管理部门以及抄送市道路运输局", "when": None, "when_norm": None,
              "note": "第八条（二） — the notice of the approved adjustment and removal plans (Round 95 turned), undated"},
             {"what": "按照规定的频次、内容和方式向市级公共停车信息平台传输数据", "when": None, "when_norm": None,
              "note": "第九条 — the charging car parks' transmission to the city platform (Round 85's turned x319_02 三/1: a "
                      "transmission to a platform with its rhythm is a duty), its frequency set elsewhere: undated"},
             {"what": "及时向市道路运输局书面报告道路停车场管理者的确定情况以及相关协议文本", "when": None, "when_norm": None,
              "note": "第十二条 — the district's report of its own choice of managers (round 48), undated"},
             {"what": "按照规定报送道路停车场统计资料和数据", "when": None, "when_norm": None,
              "note": "第十四条（五） — the contracted manager's report of its work's results (round 48; Round 91's "
                      "contracted operators), undated"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 is no task; general provisions (round 30): 第一条 purpose, "
            "第二条 scope and definition, 第二十五条 a pointer to other texts, 第二十六条 force; no tasks: 第十三条 what a manager "
            "must hold (Round 87's x327_02 五: a practitioner's qualifications are terms), 第十六条 payment and the two lines "
            "of money (" + MONEY.split(" (")[0] + "), 第二十条 the service norms of the 道路停车管理员, persons hired by the "
            "managers (Round 85's x317_01 as Round 91 and Round 93 read it: a hired person's job; RULING? 11; 41 accepted "
            "with its seven lines), 第二十一条 rules to every driver (Round 80: a rule to anyone is text); tasks: 第三条 1, "
            "第四条 1 (the rules' own total control with no subject, round 65's x274_01; its （一）–（四） the cases of an "
            "option, text), 第五条 7 (the two flows' six lines, and the paragraphs after them as one, the article's "
            "closing text as plans-next341 read x341_01 第六条; 36 accepted: the three paragraphs three), 第六、七条 1 each "
            "(第七条's （一）–（三） a list of cases, Round 78's (b); 37 with them), 第八条 6, 第九–十二条 1 each, 第十四条 6 "
            "(（一）–（六）; （七） 「贯彻执行停车管理各项规定，全面履行…协议约定的其他各项内容和要求」 names only what other texts "
            "set, Round 84's p61a-1 catch-all: text; 35 with it), 第十五条 1, 第十七条 1, 第十八条 1 (the e-receipt and cash "
            "rules on collecting; 33 read as money only), 第十九条 1, 第二十二–二十四条 1 each → **34**. Accepted 32, 33, "
            "35–38, 41 as said",
            "units: rule 2 and round 44 in articles; 会同 leads (第五条（二）, 第七、八条（一）, 第十七条); the review rule for the "
            "city police's 审核／审定 of the districts' plans (第五条（三）, 第八条（二）: none, a check of what another body "
            "submits, Round 85's x319_04); not sampled: 第四条 none, 第五条（一） none (由街镇提出需求 a request sent, an "
            "applicant's), 第十条 [区交通行政管理部门] (负责), 第十五条 [市道路运输局, 区交通行政管理部门, 相关区交通行政管理部门], "
            "第十八条 [道路停车场管理者] (使用), 第二十二、二十四条 [区交通行政管理部门] (由A实施行政处罚)",
            "dates: none (see date_note)",
            "figures: none checked: the text's only figures are 7／3个工作日 (times from events, in paragraphs not sampled), "
            "两至三家 (no comparison word) and the dates of force",
            "duties: nine, above (three notices of the approved and filed plans, 第五条（三） twice and 第八条（二）, turned by "
            "Round 95 over Round 89's x329_04 第九条); not duties: 第五、八条's 报…审核 (steps of the city police's decision, "
            "Round 89's x329_04 第九条), 第十九条's 归集 (the credit data's routing to a platform, no report of work), 第二十条（七）'s report by "
            "hired persons (no task there)"])

write_collected(DIR)
