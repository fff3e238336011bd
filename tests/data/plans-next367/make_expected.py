# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next367/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 69 (built by helper c367, for round 70): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by the ``dec`` helper below); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 90 rulings" to
its end — Rounds 90–99 — read whole; older rulings only as these and plans-next285's make_expected.py quote them)
applied to every item, and /work/shared/plans-dev/EXPECTED.md (lines 1–60; read after the answers were first written,
every answer then checked against it, none changed — see README.md). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next367/make_expected.py tests/data/plans-next367
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C1A = "1a5b8a1490d179c97614bb7dc62d44efbe8b339a"     # the one stored version read_file answered for both files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the notice title, kept as line 1), cut by a script at the first "
          "「\\n# 」; the text was typed from the tool's answer and the whole stored file (wrapper + text) checked against "
          "the character count read_file gives")


def src(folder, path, url, chars):
    return (f"{REPO} @ {C1A}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored, "
            "wrapper included)")


def dec(file, *parts, start):
    """Line and first eight characters of a path under a plan's decimal headings, looked up in the body (after the
    second ``start`` line — the first is the 目录), as plans-next285's ``dec``. A part is a heading line as printed
    「3.3工作机构」「2.组织体系」, a bare number 「3.3.1」 whose text runs on the same line, or an item 「（3）」. A path ending
    in a heading gives the heading's words and the text after them; one ending in a number or an item the words after
    it."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = [n for n, t in enumerate(lines) if t.strip() == start][1]

    def hit(line, part):
        s = line.strip()
        if part.startswith("（"):
            return s.startswith(part)
        if re.fullmatch(r"\d+(\.\d+)+", part):
            return s.startswith(part) and len(s) > len(part) and s[len(part)] not in "0123456789."
        return s == part

    for part in parts:
        while not hit(lines[i], part):
            i += 1
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    elif re.fullmatch(r"\d+(\.\d+)+", last):
        rest = lines[i].strip()[len(last):].strip()
    else:
        j = i + 1
        while not lines[j].strip():
            j += 1
        head = re.sub(r"^\d+(\.\d+)*\.?\s*", "", lines[i].strip())
        rest = head + lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30's clarifications: rule 2's forms are a closed list outside articles — the subject of any other verb (加强, "
          "做好, 建立健全, 开展 without 组织, 进行) is not a unit (Round 91's x335_03 六, x337_02 五、（二）; Round 99's x364_03: "
          "round 44's any verb reaches articles only, and a 预案 is written in decimal headed points)")
PROC = ("the article reading (the subjects of any verb of doing) accepted beside the closed list, as plans-next285 accepted "
        "it for its 预案 points (round 45's procedure points)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「30分钟内」「1小时内」 are limits from an event, rounds 33, "
               "54; 「重大节假日」「每年」 name no date) → " + NODATE)
OPTION = ("视情／根据需要／必要时 make the act hang on circumstances, an option reaching every verb joined to it (round 53's "
          "x243_02; Round 67's turned x285_03 4.3（3）; Round 99's x363_01 五、（三） 「必要时会同…」): it names no one")
LABEL = ("rule 1: a unit-colon item 「A主要职责：…」 under 3.3工作机构 gives its body A, its sentences adding nothing (round 38's "
         "labels; Round 98's x113_02 form reaches a label with partners, none printed here)")
PLACE = ("a place phrase with its own nouns before a kind (事发地) says which body and is dropped, the one-word relation 所在 "
         "kept (Round 93's x341_01 第十五条 「始发地、目的地和途经地分局交通管理部门」; Round 99's x363_03 三、（二）1. 所在区), the "
         "printed name accepted")

# ---------------------------------------------------------------------------------------------------------
X01 = "x367_01_chongming-jianguanwei-2024-dixia-kongjian-tufa-shijian-yingji-yuan.txt"
P01 = "上海市崇明区地下空间突发事件应急预案"
N01 = "关于印发《" + P01 + "》的通知"
JGW = "区建设管理委"
OWNERS = ["地下空间产权人", "物业服务企业", "自行管理执行机构", "使用人"]


def d01(*parts):
    return dec(X01, *parts, start="1总则")


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 15, after the cover's signature and date; the cover's 「附件：上海市崇明区地下空间"
                "突发事件应急预案」 line names it) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇建管〔2024〕77号 (the stored front matter; the text prints no number)",
     issuer="上海市崇明区建设和管理委员会",
     date="2024-11-28",
     date_note="the cover is signed 2024年11月28日 (line 13); 「本预案自印发之日起实施，有效期为5年」 (8.4); no item prints a date",
     level="a district construction commission (区级, Chongming) issuing, with the district government's consent, the district's "
           "special contingency plan for emergencies in underground space (civil-defence works, basements, metro stations), "
           "replacing 沪崇府办发〔2019〕4号: organisation, monitoring, response, recovery, support, plan management, and an "
           "annex of 24 bodies' duties",
     source=src("消防与人防", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail/0085::test_b304ef6e-2a82-4e3a-97b0-ecc5895316f9", 7215),
     style="a cover (addressees, one paragraph with 「请认真贯彻落实」 and the repeal of the 2019 plan, 特此通知, a 「附件：」 line "
           "naming the plan, signature, date); the plan's title; a 目录 of decimal headings with no space 「1总则」「3.1领导机构」; "
           "the body in decimal headings, third-level numbers run into their text 「3.3.1区建设管理委主要职责：…」; items "
           "「（1）…」 under 5.4's lead-in 「应急救援现场可采取的处置措施如下：」; after 8.4 the 「附件：相关部门、单位的职责」 line, 「附件」, "
           "its title and 24 unnumbered 「区建设管理委：…」 duty paragraphs; blank lines between all paragraphs",
     leaf_tasks=32, count_alternatives=[31, 33, 30, 28, 55],
     leaf_tasks_by_section={"1总则": 0, "2风险评估": 0, "3组织体系": 7, "4监测预警": 3, "5应急响应": 11, "6后期处置": 4,
                            "7应急保障": 5, "8预案管理": 2, "附件 (24 duty paragraphs)": 0},
     childless_top_level_sections=[],
     samples=[
        S(["3组织体系", "3.1领导机构", "3.1.2"], [], [JGW], lead_alternatives=[[JGW]],
          note="「3.1.2区建设管理委负责本区地下空间应急管理工作的统一指导和综合协调。区国动办、区交通委、区公安分局、…、区规划资源局等部门和单位为应急管理工作成员单位，并可根据…需要，进行补充和调整。」 — "
               "「A负责…」 names A (rule 2); the members are a composition (rule 3: 「成员单位为…」), the 可 clause an option "
               "(round 49 p46b); " + ONE_LEAD + "; " + PLAN_NODATE, **d01("3组织体系", "3.1领导机构", "3.1.2")),
        S(["3组织体系", "3.3工作机构", "3.3.1"], [], [JGW], lead_alternatives=[[JGW]],
          note="「3.3.1区建设管理委主要职责：协调、推进本区地下空间应急体系建设和监督检查；编制、修订…预案，指导各相关部门、各乡镇…的编制与修订工作；综合协调…演练、宣传培训等工作；加强…专家库建设…；参与…；承办区政府和区城运应急委交办的其他事项。」 — "
               + LABEL + "; the run-in duties split by ；are one leaf (no numbering, plans-dev EXPECTED.md: the lowest numbered "
               "items); the objects of 指导 are no units (rule 3); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d01("3组织体系", "3.3工作机构", "3.3.1")),
        S(["3组织体系", "3.3工作机构", "3.3.3"], [], ["各乡镇"], lead_alternatives=[["各乡镇"]],
          note="「3.3.3各乡镇主要职责：对辖区内的地下空间突发事件实施属地管理。各乡镇可参照区应急管理工作的模式，建立本区域的地下空间应急管理机制，统一领导…」 — "
               + LABEL + " (实施 would name it by rule 2 too; the 可 sentence an option, round 49 p46b); 各乡镇 a kind (round "
               "30); " + ONE_LEAD + "; " + PLAN_NODATE, **d01("3组织体系", "3.3工作机构", "3.3.3")),
        S(["3组织体系", "3.3工作机构", "3.3.4"], [], OWNERS,
          responsible_alternatives=[OWNERS[:3]],
          note="「3.3.4地下空间产权人、物业服务企业或者自行管理执行机构和使用人主要职责：对地下空间突发事件实施先期处置，组织人员开展自救互救，及时报告突发事件情况，提供…信息资料和人力物力资源，参与和保障应急处置行动。」 — "
               + LABEL + "; parties named by their role over the space are units where a label names them (Round 95's "
               "x349_03 二、（一） 「加装电梯所有权人」, 所有权人 like 业主; round 62's party by role), 、, 或者 and 和 joining "
               "separate heads (rounds 31, 34, 49), 地下空间 part of the name as the word naming what the party holds (Round "
               "94's x343_02 项目建设单位); 使用人 is a role the plan gives any user, body or person (RULING?: or persons, never "
               "units, round 30 — the three bodies accepted); the report of what befell the space is a duty "
               "(below); " + PLAN_NODATE, **d01("3组织体系", "3.3工作机构", "3.3.4")),
        S(["4监测预警", "4.1信息监测", "4.1.1"], [], [],
          responsible_alternatives=[["各属地政府", "相关职能部门"] + OWNERS],
          note="「4.1.1依托城市运行“一网统管”平台，各属地政府、相关职能部门及地下空间产权人、物业服务企业或者自行管理执行机构和使用人应建立健全地下空间安全使用隐患排查、监测预警机制，对…进行评估，依法及时整治，降低隐患风险。」 — "
               + CLOSED + ": 建立健全, 进行, 整治 name none; " + NONE + "; " + PROC + "; " + PLAN_NODATE,
          **d01("4监测预警", "4.1信息监测", "4.1.1")),
        S(["5应急响应", "5.1信息报告", "5.1.3"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          note="「5.1.3地下空间发生一般级别以上的突发事件，相关部门和单位要及时相互通报，并在30分钟内分别向区政府值班室口头报告，在1小时内分别向区政府值班室作书面报告，同时…向市住建委报告相关情况。特别重大事件或特殊情况发生后，必须立即报告。」 — "
               "通报 and 报告 are sendings, which name no doer (Round 85's turned x322_04 第七条; Round 98's x353_02 第十七条: a "
               "clause whose only act sends names none), and 相关部门和单位 a call (round 33): a task naming none, as plans-next285 "
               "x285_03 5.1.2; " + NONE + "; the reports are a duty (below); 30分钟内, 1小时内 limits from an event (rounds 33, "
               "54; 内 alone no comparison word, Round 97's x355_03 五、（二））: not targets; " + PLAN_NODATE,
          **d01("5应急响应", "5.1信息报告", "5.1.3")),
        S(["5应急响应", "5.2先期处置"], [], ["事发单位", "区应急联动中心"],
          responsible_alternatives=[["事发单位"], ["区应急联动中心"]],
          note="three paragraphs, one leaf (paragraphs under a heading are its text, plans-next285's count): 「事发单位是先期处置第一责任人，应启动本单位的应急预案，…组织本单位应急救援队伍和工作人员疏散受威胁人员；…向所在地政府及其有关部门报告。」 — "
               "「A是…第一责任人」 designates A (Round 97's x353_04 第六条; x285_03 5.2.1's 「为…主责单位」), and A组织B＋verb makes A "
               "a doer (round 30), the unit by its relation to the event a party by role (round 62); 「区应急联动中心通过组织、指挥、"
               "调度、协调各方面资源和力量，采取必要的措施，对突发事件进行先期处置…」 — 组织 is rule 2's whatever its object (Round 96's "
               "turned x350_06 一/3, round 42); 「各联动单位在各自职责范围内，进行…先期处置工作」 — 进行 outside the list, a call "
               "(" + CLOSED.split(" — ")[0] + "); lead []; " + PLAN_NODATE, **d01("5应急响应", "5.2先期处置")),
        S(["5应急响应", "5.4应急处置", "（2）"], [], [],
          responsible_alternatives=[["区政府"]],
          note="「（2）组织营救遇险人员，控制和切断危险源。」 under 「应急救援现场可采取的处置措施如下：」 after 5.4's opening paragraphs — "
               "the lines are the measures the lead-in takes, the work's parts (x285_03 4.3, x285_01 5.4, round 62's x248_02), "
               "each a leaf (RULING?: or options under 可, the lead-in's text — Round 93's x346_02 第七条, Round 99's x364_01 "
               "第十条 — and 5.4 one task: count 28); the line's 组织 has no subject; the opening paragraphs' 「由区政府视情会同"
               "应急、消防、公安等相关单位启动…组织…实施应急处置」 and 「由市政府视情成立…指挥部」 give nothing by rule 4: " + OPTION
               + "; " + NONE + "; " + PLAN_NODATE, **d01("5应急响应", "5.4应急处置", "（2）")),
        S(["5应急响应", "5.3分级响应"], [], [],
          responsible_alternatives=[["应急管理工作成员单位", "所在区政府"]],
          note="「本区地下空间突发事件响应一般分为四级：…应急管理工作成员单位、事发地所在区政府按照基本响应程序，启动相关应急预案的响应措施进行处置。当超出自身处置能力时，及时向上一级应急指挥机构提出请求…。…其应急响应等级可视情相应提高。…可视…及时调整响应级别。」 — "
               "the grades are a definition, and the work 启动…进行处置 stands outside rule 2's list: " + CLOSED + "; 可视情 an "
               "option (round 49 p46b); the request up a sending; " + NONE + "; " + PROC + " (" + PLACE.split(", the printed")[0]
               + "); " + PLAN_NODATE, **d01("5应急响应", "5.3分级响应")),
        S(["5应急响应", "5.5人员防护"], [], [],
          note="「参加现场应急救援和处置的人员必须加强个人防护，落实抢险和控制事态发展的安全措施，避免发生次生灾害，防止事态扩大。」 — "
               "the subject of 落实 is persons, and a person is never a unit (round 30): a task naming none (必须 binds the act); "
               + NONE + "; " + PLAN_NODATE, **d01("5应急响应", "5.5人员防护")),
        S(["5应急响应", "5.7信息发布", "5.7.1"], [], ["区政府", "市级应急管理单元", "市相关职能部门"],
          note="「5.7.1一般和较大的地下空间突发事件信息发布工作，根据事故类别，由区政府、市级应急管理单元或市相关职能部门负责。」 — "
               "the agent of 由 with 负责 (rule 2), 、 and 或 joining doers (round 30's 「由A或B＋verb」: both; rounds 34, 49); "
               "「根据事故类别」 picks which by a kind of the work's objects, no case (Round 94's 「对X的，由A」 form; Round 97's "
               "x353_02 第八条); lead [] (none leads); " + PLAN_NODATE, **d01("5应急响应", "5.7信息发布", "5.7.1")),
        S(["5应急响应", "5.7信息发布", "5.7.2"], [], ["市政府新闻办"], lead_alternatives=[["市政府新闻办"]],
          note="「5.7.2重大和特别重大的地下空间突发事件信息发布工作，由市政府新闻办负责，根据事故类别，市相关职能部门提供发布口径。」 — "
               "由A负责 (rule 2), a city body named as printed (Round 94's x112_02: a body outside the issuer's level is named by "
               "the same form); 提供 is outside the list (" + CLOSED.split(" — ")[0] + "); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d01("5应急响应", "5.7信息发布", "5.7.2")),
        S(["6后期处置", "6.1善后处置", "6.1.1"], [], OWNERS,
          responsible_alternatives=[["事发地地下空间产权人", "物业服务企业", "自行管理执行机构", "使用人"], OWNERS[:3]],
          note="「6.1.1事发地地下空间产权人、物业服务企业或者自行管理执行机构和使用人负责开展行动结束后的现场清理。如发现突发事件造成的电力、供水、燃气、通信等中断，应立即通知相关部门组织抢修。」 — "
               "「A负责…」 (rule 2), the parties as in 3.3.4 (使用人 as there, RULING?); " + PLACE + "; the notice of a cut "
               "supply is a report the plan asks when a case arises, a duty (below); lead []; " + PLAN_NODATE,
          **d01("6后期处置", "6.1善后处置", "6.1.1")),
        S(["6后期处置", "6.2调查评估"], [JGW], [JGW, "应急、消防、公安、市场监管、国动等相关职能部门"],
          lead_alternatives=[[]], responsible_alternatives=[[JGW], [JGW, "相关职能部门"]],
          note="「应急处置结束后，区建设管理委要会同应急、消防、公安、市场监管、国动等相关职能部门对事件的起因、性质、影响范围、受损程度、责任及经验教训等，进行调查、核实与评估。相关报告同时报送市住建委。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2; lead [] accepted, round 30); the investigation is the plan's "
               "own work, not a review of a party's filing; fields with no head of their own before 等 share the head after it "
               "and are one name as printed (round 31's 「商务等部门」; Round 91's governs on x340_02 第四条 「会同市规划资源等有关部门」), "
               "相关职能部门 a call as wide as 有关部门 (Round 93's turned x343_01 第四条（二）) so no kind replaces it (RULING?: or "
               "the kind 相关职能部门 alone — accepted); the report sent up is a duty (below); " + PLAN_NODATE,
          **d01("6后期处置", "6.2调查评估")),
        S(["6后期处置", "6.3保险"], [], [], responsible_alternatives=[[JGW, "有关单位"]],
          note="「区建设管理委和有关单位要逐步建立健全突发事件的风险保险体系，鼓励地下空间产权人、物业管理单位和使用人发挥市场机制，推进安全生产责任保险。」 — "
               "建立健全 is outside rule 2's list: " + CLOSED + "; 鼓励 names no work (rounds 30, 40; Round 97's x357_03 六、（三））; "
               + NONE + "; " + PROC + "; " + PLAN_NODATE, **d01("6后期处置", "6.3保险")),
        S(["7应急保障", "7.1队伍保障"], [], [], responsible_alternatives=[["各相关部门和单位"]],
          note="「公安、应急、消防、…以及水、电、气等工程抢险救援队伍是本区地下空间突发事件应急救援的专业队伍。各相关部门和单位要加强应急救援队伍的业务培训和应急演练，提高装备水平，增强应急能力。」 — "
               "the first sentence says which teams are the professional ones (a definition, no act); 加强 is outside rule 2's "
               "list: " + CLOSED + "; " + NONE + "; " + PROC + "; " + PLAN_NODATE, **d01("7应急保障", "7.1队伍保障")),
        S(["7应急保障", "7.2交通运输保障"], [], ["公安部门"], lead_alternatives=[["公安部门"]],
          responsible_alternatives=[["公安部门", "交通部门"]],
          note="「突发事件发生后，由公安部门及时对现场实施交通管制，根据需要组织开设应急救援绿色通道。交通部门根据需要，及时组织相应的交通运输工具，做好交通运输应急保障。必要时，可紧急动员和征用…」 — "
               "由A＋实施 names A (rule 2), the item's whole work the response (round 30: an item whose whole work is the response "
               "to a case takes A); 交通部门's 组织 stands under 根据需要: " + OPTION + " (RULING?: or 组织 names it whatever its "
               "object, Round 96 — [公安部门, 交通部门] accepted); 可 an option (round 49 p46b); " + ONE_LEAD + "; "
               + PLAN_NODATE, **d01("7应急保障", "7.2交通运输保障")),
        S(["7应急保障", "7.3通信保障"], [], ["区数据局"], lead_alternatives=[["区数据局"]],
          note="「区数据局负责组织协调在崇基础电信运营企业对地下空间突发事件应急处置提供通信保障。」 — 「A负责…」 (rule 2); the "
               "firms are the pivot's object (round 30); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d01("7应急保障", "7.3通信保障")),
        S(["7应急保障", "7.4装备物资保障"], [], [],
          responsible_alternatives=[["各乡镇人民政府", "各相关部门和单位"]],
          note="「各乡镇人民政府、各相关部门和单位根据有关法律法规、应急预案和部门职责，做好装备物资储备工作。」 — 做好 is outside rule "
               "2's list: " + CLOSED + "; " + NONE + "; " + PROC + "; " + PLAN_NODATE,
          **d01("7应急保障", "7.4装备物资保障")),
        S(["8预案管理", "8.2预案修订"], [], [JGW], lead_alternatives=[[JGW]],
          note="「本预案由区建设管理委根据实际情况，适时评估修订。」 — the agent of 由 with a verb of doing (评估修订) names A (rule 2); "
               "适时 leaves the time open but not the act (round 61: unlike 视情); revising the plan is the body's standing work, not "
               "the interpreting body of round 30's general provisions (8.1) (RULING?: or a closing provision like 「…由A另行制定」, "
               "round 39 — count 30); " + ONE_LEAD + "; " + PLAN_NODATE, **d01("8预案管理", "8.2预案修订")),
        S(["8预案管理", "8.3预案体系"], [], [],
          responsible_alternatives=[["地下空间管理和使用单位"]],
          note="「本预案定位为区级专项应急预案，…区相关部门和单位可根据本预案，制订相关配套实施方案。」 (可, an option, round 49 p46b) and "
               "「地下空间管理和使用单位应根据本预案和区域…预案，编制具体的处置预案，并报区建设管理委备案。」 — 编制 is outside rule 2's "
               "list (" + CLOSED.split(" — ")[0] + "), the owed drafting of the users' own plans a task naming none (Round 84's "
               "p61a-2: what a regulated party must do is work); their filing of their own plan is no duty (round 42; Round 95's "
               "x352_01 第十三条); " + NONE + "; " + PROC + "; " + PLAN_NODATE, **d01("8预案管理", "8.3预案体系")),
     ],
     plan_targets=[],
     plan_targets_note="none: 2风险评估's figures (628个, 179万平方米, 607个, 173.7万平方米, 21个, 5.3万平方米, 截止2024年5月) are past outturns "
                       "(the head: not targets), 「110」 a hotline, 30分钟／1小时 limits from an event, 「有效期为5年」 a validity (a "
                       "general provision, Round 95's x350_08)",
     phases=[],
     duties=[{"what": "及时报告突发事件情况", "when": None, "when_norm": None,
              "note": "3.3.4 — the owners, managers and users report an emergency in the space to the bodies that act on it: an "
                      "accident to the object the plan governs, reported to the body that acts on it, is a duty whoever sends "
                      "(Round 91's governs on x335_01 第三十条; round 44), undated"},
             {"what": "在30分钟内分别向区政府值班室口头报告，在1小时内分别向区政府值班室作书面报告，同时根据事态情况及时向市住建委报告相关情况",
              "when": "30分钟内口头、1小时内书面", "when_norm": None,
              "note": "5.1.3 — the tasked bodies' reports of an emergency (round 44; plans-next285 x285_03 5.1.2), undated, the "
                      "limits counted from an event"},
             {"what": "如发现突发事件造成的电力、供水、燃气、通信等中断，应立即通知相关部门组织抢修", "when": None, "when_norm": None,
              "note": "6.1.1 — a notice the plan asks when a case arises, to the bodies that act on it (round 44; Round 91's x336_07), "
                      "undated"},
             {"what": "相关报告同时报送市住建委", "when": None, "when_norm": None,
              "note": "6.2 — a plan body sending the results of its own investigation up is a duty (round 48; Round 91's governs on "
                      "x335_02 第十三条), undated"}],
     notes=["counting (leaf tasks as in plans-next285's x285_03, the same commission's plan in the same layout: the lowest "
            "decimal heading with text, or its 「（N）」 items; paragraphs under a heading are its text): the cover (「请认真贯彻落实」, "
            "the repeal, 特此通知) and its 「附件：」 line (one plan with the plan it names, round 49's x229_04) and the 目录 no tasks; 1总则 "
            "1.1–1.5 general provisions (purpose, basis, scope, 1.4's grading by the city's plans, principles; round 30); 2风险评估 "
            "(childless; the district's figures and the risks described, no act) none; 3.1.1 (the leading bodies named and "
            "「区政府办公室负责…综合协调，具体工作由区城运中心承担」, the district's standing emergency frame, as x285_03's 3.1 and "
            "x220_02's 2.1: no work of this plan) none, 3.1.2 1, 3.2 (the linkage centre's standing role, 组织联动单位…进行先期处置) "
            "1, 3.3.1–3.3.4 4, 3.4 (shared experts; 提请 under 根据需要) 1 → 7; 4.1.1, 4.1.2 2, 4.1.3 (「负责收集、使用数据的部门应遵守"
            "相关规定，做好保密工作」: aligned round 70 to CONVENTIONS.md \"Round 101 rulings, written early\" (turned: 做好保密工作 is "
            "the act, Round 96's 予以保密 and Round 70's x290_04 第六条（五）, over Round 86's (b); the body described by its work, no "
            "unit) — a task naming none, was text) 1, 4.2 (warning grades, a definition pointing to the city's plans) none → 3; 5.1.1 (「有关单位和人员应当立即通过“110”电话报警并…报告」: an order "
            "to whoever meets the event, persons included, Round 80's rule to anyone; x285_03 read the same line as 5.1's "
            "lead-in) none, 5.1.2 (a report's contents, round 37) none, 5.1.3 1; 5.2 1; 5.3 (grades and 「…按照基本响应程序，启动…"
            "进行处置」) 1; 5.4's opening paragraphs and lead-in no leaf, （1）–（4） 4 (（4）「其他必要的紧急措施」 a line naming its own "
            "object under its lead-in's act, Round 93's x341_04 第六条（七））; 5.5 1; 5.6 (「后续工作由有关职能部门负责处理」 and who "
            "decides the end) 1; 5.7.1, 5.7.2 2 → 11; 6.1.1, 6.1.2, 6.2, 6.3 4; 7.1, 7.2, 7.3, 7.4, 7.6 5, 7.5 (「按照…财政保障规定"
            "执行…分级负担」: keeping to rules and who pays, Round 83's x311_01 第七条) none; 8.1 (the body that drafts and "
            "interprets, the plan's own filing: x285_03's 8.2 and 8.5) none, 8.2 (「由区建设管理委…适时评估修订」, a 由A clause "
            "giving the revision) 1, 8.3 1, 8.4 (「由区建设管理委组织实施」 with the entry into force and validity: a closing "
            "provision, round 30) none → 2. **32** (31 before round 70's alignment). The 「附件：相关部门、单位的职责」 line ends the count (plans-dev EXPECTED.md; "
            "Round 92's governs on x165_02): its 24 duty paragraphs are not counted. Accepted: 31 (4.1.3 text, the answer before "
            "round 70's alignment), 33 (one of 3.1.1, 5.1.1, 7.5, 8.4 a task), 30 (8.2 a general provision), 28 (5.4's lines options under 可, 5.4 one task: "
            "RULING?), 55 (31 with the annex's 24 paragraphs, as x285_03 accepted 68).",
            "units not sampled: 3.2 (区公安分局“110”指挥中心 by 组织, the name with its quotation marks), 3.3.2 (a label "
            "「各区级应急预案的职能部门及责任单位主要职责：」 — 职能部门, 责任单位 after the last 的), 3.4 (none: 提请 under 根据需要), 4.1.2 "
            "(none: 加强), 5.4（1）（3）（4） (none), 5.6 (有关职能部门 by 由A负责; the bodies that "
            "decide the end by 由A决定), 6.1.2 (none: 做好), 7.6 (none: 开展)",
            "dates: 2024年11月28日 (the cover; in force on issue, valid five years); every item undated; no phases; four undated "
            "duties",
            "figures: no targets; not targets 30分钟, 1小时 (5.1.3); past outturns in 2风险评估; 「110」; 5年 a validity"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x367_02_jiading-2025-tufa-shijian-renyuan-zhuanyi-anzhi-yingji-binan-changsuo-qiyong-yuan.txt"
P02 = "上海市嘉定区突发事件人员转移安置和应急避难场所启用预案"
N02 = "上海市嘉定区人民政府办公室关于转发《" + P02 + "》的通知"
ZJ = ["所在街镇", "行业主管部门"]
ZJ_PRINTED = ["事发地所在街镇", "行业主管部门"]
HQ = "区级应急指挥部"
HQ_SET = ("2.2 sets the district headquarters up (「…设立区抗震救灾指挥部、…等各类突发事件区级应急指挥部，负责指挥…」), so the "
          "duty lines under 「区级指挥部主要职责如下：」 name none (Round 90's governs on p64f: a body set up in the section gives its "
          "职责 items none; plans-next285 x285_01 2.1（1）–（6）, tasks naming no unit); the headquarters is a doer in later items "
          "(round 36)")
RULE4 = ("rule 4: the item names no body of its own, so the rule-2 clause of 3.2's opening paragraph about the preparations "
         "the items make — 「事发地所在街镇、行业主管部门在接到启用指令后，组织做好相关准备工作」 (组织＋work) — gives its bodies "
         "(round 39; Round 98's turned x355_02 三/（二）); the second paragraph's 「区级应急指挥部…组织做好相关跨区接收准备工作」 is the "
         "receiving of other districts' people, other work (RULING?: or its body added — accepted)")


def d02(*parts):
    return dec(X02, *parts, start="1.总则")


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the forwarded plan's title line (line 11, after the cover's signature and date) or the notice's title (line 1): "
                "either (round 45's pair; round 30's forwarding notice: one plan)",
     doc_no="嘉府办发〔2025〕10号 (the stored front matter; the text prints none)",
     issuer="上海市嘉定区人民政府办公室 (forwarding the plan drafted by 区应急管理局)",
     date="2025-07-10",
     date_note="the cover is signed 2025年7月10日 (line 9); 「本预案自发布之日起施行」 (9.3); no item prints a date",
     level="a district government office (区级, Jiading) forwarding its emergency bureau's contingency plan for moving people "
           "out of danger and opening emergency shelters: headquarters and their duties, shelter preparation, transfer within "
           "and across districts, reporting, shelter services, return, support, plan management, and an annex of 18 "
           "members' duties",
     source=src("消防与人防", N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0080::5_189784", 7541),
     style="a cover (addressees, one sentence 「…现转发给你们，请认真按照执行。」, signature, date); the plan's title; a 「目  录」 (two "
           "spaces) of decimal headings 「1.总则」「1.1编制目的」 ending 「附件：成员单位职责分工」; the body in the same headings, "
           "items 「（1）…」 under 1.3, 1.4, 2.2's lead-in 「区级指挥部主要职责如下：」, 3.2.1–3.2.3, 6.1, 6.2; after 9.3 a bare "
           "「附件」 line, its title and 18 numbered 「1.区应急管理局：…」 duty lines; blank lines between all paragraphs",
     leaf_tasks=41, count_alternatives=[40, 42, 34, 59],
     leaf_tasks_by_section={"1.总则": 0, "2.组织体系": 11, "3.启用准备": 12, "4.转移安置": 2, "5.信息报告": 1, "6.服务管理": 5,
                            "7.善后处置": 2, "8.应急保障": 6, "9.预案管理": 2, "附件 (18 duty lines)": 0},
     childless_top_level_sections=[],
     samples=[
        S(["2.组织体系", "2.1领导机构"], [], ["区城运应急委"], lead_alternatives=[["区城运应急委"]],
          note="「在区委统一领导下，区政府是…行政领导机构。嘉定区城市运行和突发事件应急管理委员会（简称区城运应急委）决定和部署…」 and "
               "「区城运应急委是本行政区人员转移安置和应急避难场所启用的责任主体，负责组织各街镇有人员转移任务的单位和应急避难场所管理单位，做好受灾群众转移…」 — "
               "「A是…责任主体，负责…」 designates A and places the work by 负责 (rule 2; Round 97's x353_04 第六条), where x285_03's "
               "3.1 named the leading bodies only; the short name is the one that acts (round 43: the name as printed where it "
               "acts; the full name, printed once with 「（简称…）」, only 决定和部署, accepted in its place, Round 91's x339_01); the "
               "objects of 组织 are no units (round 30); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("2.组织体系", "2.1领导机构")),
        S(["2.组织体系", "2.2区级应急指挥部", "（1）"], [], [], responsible_alternatives=[["区级指挥部"]],
          note="「（1）接收市级指挥部发布的指令，配合做好跨区接收协同准备；」 — " + HQ_SET + " (RULING?: or the lead-in 「区级指挥部主要"
               "职责如下：」 a duty list's lead-in giving every line its body, Round 81's x305_04, as x361_02 第八条 — accepted); "
               + NONE + "; " + PLAN_NODATE, **d02("2.组织体系", "2.2区级应急指挥部", "（1）")),
        S(["2.组织体系", "2.2区级应急指挥部", "（4）"], [], [], responsible_alternatives=[["区级指挥部"]],
          note="「（4）组织协调事发地所在街镇和接收地所在街镇实施跨街镇转移安置，调度各方应急资源做好…」 — the line's 组织 has no subject "
               "of its own; " + HQ_SET + " (the same RULING?); the towns are the pivot's objects (round 30); " + NONE + "; "
               + PLAN_NODATE, **d02("2.组织体系", "2.2区级应急指挥部", "（4）")),
        S(["2.组织体系", "2.2区级应急指挥部", "（7）"], [], [], responsible_alternatives=[["区级指挥部"]],
          note="「（7）突发事件应对工作结束后，应当向区人民代表大会常务委员会作出专项工作报告；」 — a report of the headquarters' own "
               "work, a sending naming none (Round 85's turned x322_04 第七条) and a duty (below); " + HQ_SET + " (the same "
               "RULING?); " + NONE + "; " + PLAN_NODATE, **d02("2.组织体系", "2.2区级应急指挥部", "（7）")),
        S(["2.组织体系", "2.3行业主管部门"], [], ["行业主管部门"],
          responsible_alternatives=[["区商务委", "区教育局", "区文化旅游局", "区体育局", "区绿化市容局", "绿洲控股集团"],
                                    ["区商务委", "区教育局", "区文化旅游局", "区体育局", "区绿化市容局", "绿洲控股集团", "行业主管部门"]],
          lead_alternatives=[["行业主管部门"]],
          note="「区应急管理局、区教育局、…区文化旅游局等行业主管部门指导…等行业领域人员转移安置工作。…」 — 指导 without 负责 is outside "
               "rule 2 (round 30: 「A指导B…」 without 负责), and the heading 行业主管部门 is no heading that gives out work (round 34's "
               "list; Round 92's p65b form), so the first paragraph names none; 「区商务委、区教育局、区文化旅游局、区体育局、区绿化市容局、"
               "绿洲控股集团等行业主管部门负责利用区属会展场馆、学校、…建设应急避难场所，指导协调…启用、管护。」 — 负责 (rule 2), and names "
               "before 等 that illustrate a narrower kind named after it give that kind (Round 95's turned x349_03 七、3 「…等相关"
               "行业主管部门」 → [相关行业主管部门]; Round 87's x325_02 第二十二条), 行业主管部门 being no call as wide as 相关单位 (Round "
               "97's governs on x355_03 二、 keeps the names only there) (RULING?: a company, 绿洲控股集团, among the names the kind "
               "illustrates — the six names accepted); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("2.组织体系", "2.3行业主管部门")),
        S(["2.组织体系", "2.4应急避难场所管理单位"], [], ["应急避难场所管理单位"], lead_alternatives=[["应急避难场所管理单位"]],
          note="「应急避难场所管理单位主要负责应急避难场所内各类基础设施的提供、更新和完善，协助配合街镇和有人员转移任务的单位做好…」 — "
               "「A主要负责…」 names A (rule 2), a party named by what it runs (a kind); the bodies it assists are no units (rule "
               "3: the body served); " + ONE_LEAD + "; " + PLAN_NODATE, **d02("2.组织体系", "2.4应急避难场所管理单位")),
        S(["3.启用准备", "3.2启用准备", "3.2.1组织准备", "（1）"], [], ZJ, targets=[(1, "次")],
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（1）成立工作专班，组织一次应急避难场所启用准备会议，统筹布置各项准备和应急避难场所启用期间的现场管理工作；」 — "
               + RULE4 + "; " + PLACE + "; the team the line sets up is no unit (round 30); 「一次」 is the number of the item's "
               "own work, 1 次 included (Round 93's x342_06 「召开一次」; Round 99's x362_01): target 1 次; lead []; " + PLAN_NODATE,
          **d02("3.启用准备", "3.2启用准备", "3.2.1组织准备", "（1）")),
        S(["3.启用准备", "3.2启用准备", "3.2.1组织准备", "（2）"], [], ZJ,
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（2）组织排摸本行政区内需转移安置人员，统计人员数量；」 — the line's 组织 has no subject of its own: " + RULE4 + "; "
               + PLACE + "; lead []; " + PLAN_NODATE, **d02("3.启用准备", "3.2启用准备", "3.2.1组织准备", "（2）")),
        S(["3.启用准备", "3.2启用准备", "3.2.1组织准备", "（4）"], [], ZJ,
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（4）根据应急避难场所保障能力，按照就近就便原则，以居委会、行政村或企事业单位等为基本单元，规划转移安置路线，制定转移安置方案；」 — "
               + RULE4 + "; " + PLACE + "; the committees and villages are the planning's units of count, no bodies acting; "
               "lead []; " + PLAN_NODATE, **d02("3.启用准备", "3.2启用准备", "3.2.1组织准备", "（4）")),
        S(["3.启用准备", "3.2启用准备", "3.2.2设施准备", "（2）"], [], ZJ,
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（2）加强与供水、供电、供气等保供单位联系，制定紧急维修供应方案；」 — " + RULE4 + "; the supply firms are partners of "
               "a contact, no doers (与B联系 is no two-party act of round 30's 签订／共同 kind); lead []; " + PLAN_NODATE,
          **d02("3.启用准备", "3.2启用准备", "3.2.2设施准备", "（2）")),
        S(["3.启用准备", "3.2启用准备", "3.2.2设施准备", "（4）"], [], ZJ,
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（4）依据排摸情况，做好针对特殊群体人群的相关设施准备。」 — " + RULE4 + "; " + PLACE + "; lead []; " + PLAN_NODATE,
          **d02("3.启用准备", "3.2启用准备", "3.2.2设施准备", "（4）")),
        S(["3.启用准备", "3.2启用准备", "3.2.3物资准备", "（2）"], [], ZJ,
          responsible_alternatives=[ZJ_PRINTED, ZJ + [HQ], []],
          note="「（2）根据安置人数，配备一定数量折叠床、席垫、棉被（毛巾被）等基本生活物资，优先满足老、弱、病、残、孕、幼等特殊群体；」 — "
               + RULE4 + "; 配备 with goods (not persons) is no staffing form (Round 90's governs reaches posts and staff); "
               "「一定数量」 prints no figure; lead []; " + PLAN_NODATE,
          **d02("3.启用准备", "3.2启用准备", "3.2.3物资准备", "（2）")),
        S(["4.转移安置", "4.1行政区内人员转移安置行动"], [], [],
          responsible_alternatives=[[HQ, "所在街镇", "行业主管部门", "应急避难场所", "居委会（村委会）", "有关单位"]],
          note="three paragraphs, one leaf: 「区级应急指挥部评估…，向事发地所在街镇、行业主管部门下达人员转移安置行动指令…」, 「事发地所在街镇、"
               "行业主管部门接到…指令后，按照预定方案，引导受灾人员有序进入应急避难场所。应急避难场所要立刻开启所有出入口，启动设施设备。」 and 「事发地"
               "所在街镇、居委会（村委会）及有关单位指派专人逐户检查…」 — 评估, 下达, 引导, 开启, 启动 are outside rule 2's list and 指派专人 "
               "staffs the work (Round 90's governs; Round 97's x356_06 三/1): " + CLOSED + "; " + NONE + "; " + PROC + "; "
               + PLAN_NODATE, **d02("4.转移安置", "4.1行政区内人员转移安置行动")),
        S(["4.转移安置", "4.2跨区人员转移安置行动"], [], [HQ], lead_alternatives=[[HQ]],
          note="「当本区转移安置人数超出…可容纳人数时，区级应急指挥部应当及时报告市级应急指挥部，请求…协调落实跨区接收地，并组织协调事发地街镇，进行跨区人员转移安置行动。」 and "
               "「当接到市级应急指挥部发出…协同指令时，区级应急指挥部协调本区街镇和行业主管部门落实接收场地，并配合进行…」 — the item's whole work "
               "is the response to the case, so the case names its doer (round 30's clarification); 「A组织协调B，进行…」 makes A a "
               "doer by 组织 (round 30: 「A组织B＋verb」), the towns the pivot's objects, and 协调B落实 a pivot outside the list; the "
               "headquarters set up in 2.2 acts here (round 36); the report up is a duty (below); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("4.转移安置", "4.2跨区人员转移安置行动")),
        S(["5.信息报告"], [], [HQ], lead_alternatives=[[HQ]], responsible_alternatives=[[]],
          note="a childless top-level section whose text gives work is a task (round 34 early; x285_03's 2风险防控): four paragraphs — "
               "the towns' and sector departments' reports to the headquarters (sendings, naming none: Round 85's turned x322_04 "
               "第七条), 「由区级应急指挥部及时准确发布人员转移安置的相关信息，并将…工作情况向区委、区政府报告」 (由A＋发布, a verb of "
               "doing: rule 2; publishing its own information is the body's own act, Round 95's x352_02 第十条), and the report "
               "to the city headquarters (a sending) — " + ONE_LEAD + "; the four reports are duties (below); " + PLAN_NODATE,
          **d02("5.信息报告")),
        S(["6.服务管理", "6.2安置人员安全管理", "（1）"], [], [],
          note="「（1）充分利用信息化手段，建立“一人一码”，完善转移安置人员管理台帐，实现动态管理。」 — acts with no subject and no "
               "lead-in body: a task naming none (round 65's x274_01; x285_03's 2风险防控); " + NONE + "; 「一人一码」 names a "
               "scheme, no figure of work; " + PLAN_NODATE, **d02("6.服务管理", "6.2安置人员安全管理", "（1）")),
        S(["6.服务管理", "6.3应急避难场所安全管理"], [], [],
          note="「严格落实场所安全管理，建立值班值守制度，加强对场所内用电、用火等安全检查，发现异常及时处置。」 — 落实 with no subject and "
               "no lead-in body names none: a task naming none (round 65's x274_01); " + NONE + "; " + PLAN_NODATE,
          **d02("6.服务管理", "6.3应急避难场所安全管理")),
        S(["7.善后处置", "7.1人员返回"], [], ["街镇", "行业主管部门"], responsible_alternatives=[["街镇", "行业主管部门", HQ], []],
          note="「区级应急指挥部评估…，发布人员转移安置行动结束指令后，街镇、行业主管部门及时组织转移安置人员撤出应急避难场所、返回原住地。」 — "
               "「A组织B＋verb」 (rule 2: 组织撤出…返回), the persons moved the pivot's object; 评估, 发布 outside the list; 「涉及跨区"
               "转移安置的，区级应急指挥部及时和市级指挥部沟通，落实人员跨区返回。」 — a 的-clause for a kind of transfer beside the item's "
               "own work with its own doers is a case of that work and adds none (Round 94's confirmed form on x343_03, u11, "
               "x62_03; Round 97's x355_03 八、) (RULING?: or 落实 names the headquarters — accepted); lead []; " + PLAN_NODATE,
          **d02("7.善后处置", "7.1人员返回")),
        S(["8.应急保障", "8.1应急避难场所保障"], [], ["应急部门", "权属或管理单位"],
          responsible_alternatives=[["应急部门"], ["应急部门", "权属单位", "管理单位"]],
          note="「应急部门负责统筹协调应急避难场所的建设和管理。…组织协调各行业主管部门，定期开展应急避难场所安全评估…」 (负责, and "
               "组织协调 with the department as its carried subject: rule 2), 「各街镇、行业主管部门…加快建设…。各街镇掌握…资源…」 (加快, "
               "掌握 outside the list: " + CLOSED.split(" — ")[0] + ") and 「本区各应急避难场所的日常维护和管理，分别由其权属或管理单位负责…」 — "
               "由A负责 (rule 2); 「权属或管理单位」 fields joined by 或 before one head are one name as printed (round 31; Round 91's "
               "x340_01 第二十四条 fields joined by 和), 其 pointing to the shelters (RULING?: or two names, 权属单位 and 管理单位 — "
               "accepted); lead []; " + PLAN_NODATE, **d02("8.应急保障", "8.1应急避难场所保障")),
        S(["8.应急保障", "8.2交通运输保障"], [], [], responsible_alternatives=[["交通、公安等部门"]],
          note="「交通、公安等部门按照各自职责，优先安排和调度保障人员转移安置行动的交通工具与交通线路。必要时，对现场及相关道路实施交通管制，开设应急专用通道…」 — "
               "安排, 调度 are outside rule 2's list (" + CLOSED.split(" — ")[0] + "), and 实施 stands under 必要时 with no subject of "
               "its own: " + OPTION + "; fields before 等 with one head are one name as printed (round 31); " + NONE + "; "
               + PROC + "; " + PLAN_NODATE, **d02("8.应急保障", "8.2交通运输保障")),
        S(["8.应急保障", "8.3物资保障"], [], ["区应急管理局", "区商务委"],
          note="「区应急管理局、区商务委以区救灾物资储备为依托，负责本区人员转移安置行动所需相关基本生活用品等物资的协调保障。各街镇根据有关规定，做好…储备和应急供应。」 — "
               "「A、B负责…」 names both (rule 2), 保障 with goods being work, not paying (round 48); 做好 outside the list ("
               + CLOSED.split(" — ")[0] + "); lead [] (none leads); " + PLAN_NODATE, **d02("8.应急保障", "8.3物资保障")),
        S(["8.应急保障", "8.4医疗卫生保障"], [], ["卫生健康、疾控部门"], lead_alternatives=[["卫生健康、疾控部门"]],
          responsible_alternatives=[["卫生健康部门", "疾控部门"]],
          note="「卫生健康、疾控部门负责组建医疗卫生应急救援专业队伍，组织开展医疗救治、疾病防控、心理援助等工作。…」 — 负责 and 组织开展 "
               "(rule 2); fields joined by 、 before one head are one name as printed (round 31's 「人事、卫生部门」); the team the "
               "item forms is no unit (round 30); " + ONE_LEAD + "; " + PLAN_NODATE, **d02("8.应急保障", "8.4医疗卫生保障")),
        S(["8.应急保障", "8.5治安维护保障"], [], ["公安部门"], lead_alternatives=[["公安部门"]],
          note="「公安部门负责突发事件人员转移安置行动的治安维护，加强对人员转移安置的重点区域、场所、线路、人群及重要物资和设备的安全保护，依法打击违法犯罪活动。」 — "
               "「A负责…」 (rule 2), a kind named as printed; " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("8.应急保障", "8.5治安维护保障")),
        S(["9.预案管理", "9.2预案演练"], [], [], targets=[(1, "次")],
          note="「采取实战演练与桌面演练相结合的方式，组织开展贴近实际、形式多样、广泛参与、联动性强的应急演练。结合本区突发事件特点，每年至少进行一次人员转移安置和应急避难场所启用演练。」 — "
               "组织开展 has no subject, and none of 9.'s paragraphs names the drill's body: a task naming none (round 65's "
               "x274_01); " + NONE + "; 「每年至少…一次」: the events an item holds in a rhythm are its number of work, 1 次 "
               "included, 至少 a comparison word, the period no target and no deadline (Round 90's confirmed x333_03 第十八条（一）; "
               "Round 99's x363_01 五、（一））: target 1 次; " + PLAN_NODATE, **d02("9.预案管理", "9.2预案演练")),
     ],
     plan_targets=[],
     plan_targets_note="none: 1.4's bands (50万人以上 … 1万人以下) define the grades of a transfer (round 58's class; Round 91's governs "
                       "on x335_02 第十六条), 3.1's 234处, 406.65万平方米, 2.15平方米 (截止2024年底) are past outturns, and the norms "
                       "cited (DJ/TJ 08-2188-2023, GB/T 44012-2024 …) standard numbers",
     phases=[],
     duties=[{"what": "及时向区人民代表大会常务委员会备案应急指挥部发布的有关突发事件应对的决定、命令、措施", "when": None, "when_norm": None,
              "note": "2.2（5） — the headquarters filing its own decisions with the body above: a sending of the work the plan "
                      "gives (Round 99's x363_01 「…报市规划资源局备案」), undated"},
             {"what": "突发事件应对工作结束后，应当向区人民代表大会常务委员会作出专项工作报告", "when": None, "when_norm": None,
              "note": "2.2（7） — a plan body's report of its own work (round 48), undated (「结束后」 an event)"},
             {"what": "突发事件应对工作中形成的材料，应当按照国家规定及时归档，并做好向区档案馆移交材料工作", "when": None, "when_norm": None,
              "note": "2.2（8） — aligned round 70 to CONVENTIONS.md \"Round 101 rulings, written early\" (turned: records sent to "
                      "the body that gathers them are a sending, Round 97's x353_03 第二十八条 and Round 81's x310_03 第十四条, over "
                      "the reach of Round 91's x337_03 八、's 移送): the headquarters hand the record of their own work to the "
                      "archive, an undated duty (no duty before)"},
             {"what": "当本区转移安置人数超出本区应急避难场所可容纳人数时，区级应急指挥部应当及时报告市级应急指挥部", "when": None, "when_norm": None,
              "note": "4.2 — a report the plan asks when a case arises (round 44), undated"},
             {"what": "将需转移安置人员数量、物资准备情况和人员转移安置方案等准备工作情况报告区级应急指挥部", "when": None, "when_norm": None,
              "note": "5. — the towns' and departments' report of their preparations, work the plan gives them (round 48), undated"},
             {"what": "人员转移安置行动完成后，事发地所在街镇、行业主管部门应当及时向区级应急指挥部报告转移安置情况", "when": None, "when_norm": None,
              "note": "5. — their report of the transfer done (round 48), undated"},
             {"what": "将人员转移安置和应急避难场所启用工作情况向区委、区政府报告", "when": None, "when_norm": None,
              "note": "5. — the headquarters' report up (round 48), undated"},
             {"what": "涉及跨区转移安置的，区级应急指挥部应及时向市级应急指挥部报告转移安置情况", "when": None, "when_norm": None,
              "note": "5. — the report of a cross-district transfer, another receiver than the one before: a duty of its own "
                      "(round 41 joins only a step printed alike), undated"},
             {"what": "各街镇和本区相关部门、单位分别负责本级和本部门、本单位此项应急预案的制订、评估和修订，并报区应急管理局备案", "when": None,
              "when_norm": None,
              "note": "9.1 — bodies the plan tasks filing their own plans with the body above (Round 99's x363_01), undated"}],
     notes=["counting (leaf tasks as in x367_01 and plans-next285: the lowest decimal heading with text, or its 「（N）」 items; "
            "paragraphs under a heading are its text): the cover (「请认真按照执行」) and the 目录 no tasks; 1.总则 1.1–1.5 general "
            "provisions (purpose, basis, scope with its （1）（2） cases, 1.4's grade bands （1）–（4）, principles; round 30); 2.1 1 "
            "(a designation with 负责), 2.2's opening paragraph (the headquarters set up) and its lead-in no leaf, （1）–（8） 8, 2.3 "
            "1, 2.4 1 → 11; 3.1 (the shelters counted and classed, no act) none, 3.2's two opening paragraphs a lead-in, 3.2.1 "
            "（1）–（5） 5, 3.2.2 （1）–（4） 4, 3.2.3 （1）–（3） 3 → 12; 4.1, 4.2 2; 5. (childless, gives work) 1; 6.1 （1）（2） 2, "
            "6.2 （1）（2） 2, 6.3 1 → 5; 7.1, 7.2 2; 8.1–8.6 6 (8.6: 「各级财政和审计部门要对…资金的使用和效果进行监管与评估」 is "
            "oversight beyond paying, a task; Round 83's x311_01 第七条 reads articles that only budget or pay); 9.1 1, 9.2 1, 9.3 "
            "(「本预案由区应急管理局会同相关部门负责具体解释与组织实施。本预案自发布之日起施行。」: the interpreting body and entry into force, "
            "round 30) none → 2. **41**. The bare 「附件」 line after 9.3 ends the count (plans-dev EXPECTED.md): the annex's 18 "
            "numbered duty lines are not counted. Accepted: 40 (8.6 the scheme's money terms), 42 (9.3 a task), 34 (2.2 one task, "
            "its lines a duty list of a body the section sets up), 59 (41 with the annex's 18 lines, as x285_01 accepted 49).",
            "units not sampled: 2.2（2）（3）（5）（6）（8） (none, as （1）), 3.2.1（3）（5）, 3.2.2（1）（3）, 3.2.3（1）（3） (rule 4: "
            "[所在街镇, 行业主管部门]), 6.1（1）（2）, 6.2（2） (none: no subject), 7.2 (none: 做好, 统筹 outside the list; the "
            "requisition's 「各实施应急征用的行政主管部门…实施…补偿」 a case 「因…征用…的」), 8.6 (none: 进行; the money clauses a payer's), 9.1 ([各街镇, 相关部门, 区应急管理局] by 负责 and 组织"
            "编制; 「本区相关部门、单位」 with 本区 dropped, Round 96's governs on x151_03)",
            "dates: 2025年7月10日 (the cover; in force on issue); every item undated (a standing plan; 「每年」 a rhythm); no phases; "
            "nine undated duties (eight before round 70's alignment of 2.2（8））",
            "figures: item targets 1 次 (3.2.1（1）) and 1 次 (9.2); 1.4's grade bands and 3.1's outturns no targets; standard "
            "numbers none"])

write_collected(DIR)
