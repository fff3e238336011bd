# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next361/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 68 (built by helper c361, for round 69): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``L`` and ``art`` below); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings,
written early" to its end — Rounds 83–97) and /work/shared/plans-dev/EXPECTED.md (lines 1–60) applied to every item.
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next361/make_expected.py tests/data/plans-next361
"""
import re
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer into the file and the whole stored file rebuilt from it (front matter, disclaimers, `# `) "
          "checked against the stored character count")


def src(commit, folder, path, url, chars):
    return (f"{REPO} @ {commit}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored, "
            "wrapper included)")


def L(file, marker, nth=1):
    """The line holding the nth ``marker`` and the first eight characters after the item's number on it (as
    ``locate`` gives them), for items ``locate`` cannot reach (paths under the unnumbered 「情况一：」 headings)."""
    text = (DIR / file).read_text(encoding="utf-8")
    pos = -1
    for _ in range(nth):
        pos = text.index(marker, pos + 1)
    line_no = text.count("\n", 0, pos) + 1
    line = text.split("\n")[line_no - 1].strip()
    after = re.sub(r"^([（(][^)）]{1,3}[)）]|\d{1,3}\s*[.．、])", "", line)
    return {"line": line_no, "title_starts": after.strip()[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
REVIEW = ("a review of a party's application or papers and its decision name none, 由 before the reviewer changing "
          "nothing (Round 85's turned x317_03 第九条（一）; Round 93's x341_01 第三条（一）; Round 94's turned x240_04 "
          "第二十四条); only a review placed by 负责, 实施 or 组织＋verb names its body (Round 88's x325_02 第四条)")
QIANTOU = ("「由A牵头」 gives lead A and names a lead whatever the work, a review included (Round 95's x351_01 一、（二）6, "
           "as Round 97 read it on x357_03 四、（三））; 「由A牵头B、C＋verb」 reads as 「A牵头，B、C配合」, the objects of 牵头 "
           "the partners (round 33; Round 95's turned x349_02 七、（四））")
ARTV = "in articles the subject of a verb of doing is a doer (round 44)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x361_01_yangjing-jiedao-2024-linshi-tingchechang-kaiye-beian-yongdi-hecha-liucheng.txt"
P01 = "洋泾街道关于辖区内临时停车场开业备案用地核查流程"
N01 = "关于印发《洋泾街道关于辖区内临时停车场开业备案用地核查流程》的通知"
PAB = "平安办"
PAB_FULL = "洋泾街道社区平安办公室"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"
Q1 = "情况一"
Q2 = "情况二"
PARTNERS_1 = ["洋泾街道信访办", "综合行政执法队", "城运中心", "洋泾派出所", "交警等部门"]

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the procedure's own title line, printed over two lines (lines 15 and 17: 「洋泾街道关于辖区内临时停车场」 / "
                "「开业备案用地核查流程」), one title (plans-dev EXPECTED.md; Round 87's x326_08), or the notice's title "
                "(line 1): either (round 45's pair)",
     doc_no="浦洋办〔2024〕43号 (the stored front matter; the text prints none)",
     issuer="上海市浦东新区人民政府洋泾街道办事处",
     date="2024-11-20",
     date_note="the cover is signed 2024年11月20日 (line 11); the front matter's 发布日期 is 2024-12-03; no item prints a date",
     level="a street office (街镇级, Pudong's 洋泾街道) to its own departments, the firms and the residents' committees of "
           "its area: how its 社区平安办公室 checks the land a temporary car park is to use before the street stamps the "
           "owner's filing for opening or renewal",
     source=src(C2B, "规划与土地", "关于印发《洋泾街道关于辖区内临时停车场开业备案用地核查流程》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070334988", 3630),
     style="a short cover (addressees, one paragraph, 特此通知, the street's name, the date, 「（此件公开发布）」), the "
           "procedure's title over two lines, a preamble, two unnumbered case headings 「情况一：…」「情况二：…」 each over "
           "（一）…（四） / （一）…（三） heading lines with a paragraph or 1.–3. lines below, a lead-in before 1.–3. and a "
           "closing paragraph after them, then the 附件 line and three blank forms (one cell a line, spaces for the "
           "blanks); one paragraph a line with blank lines between",
     leaf_tasks=12, count_alternatives=[14],
     leaf_tasks_by_section={"情况一（一）": 1, "情况一（二）1.2.": 2, "情况一（三）1.–3.": 3, "情况一（四）": 1,
                            "情况二（一）": 1, "情况二（二）1.–3.": 3, "情况二（三）": 1, "附件1–3 (forms)": 0},
     childless_top_level_sections=[],
     samples=[
        S([Q1, "（一）"], [PAB], [PAB], lead_alternatives=[[]],
          responsible_alternatives=[[PAB_FULL]],
          note="「（一）资料审查」 over 「申请人根据…申请材料目录，提交材料至洋泾街道社区平安办公室（以下简称“平安办”）后，由平安办牵头核查所涉场地权属、是否具有“停车场服务”经营范围的《营业执照》和停车场运营情况，确认授权开展停车场服务的期限不短于临时停车场备案证明有效期限。若无误则进入下一个环节。」 — "
               "an item printed as a heading line has the paragraph below as its body (round 32); " + QIANTOU + "; the "
               "applicant is no unit (round 30), and the full name stands where the office only receives (rule 3), so the "
               "short name the text gives it is listed where it acts (round 43; Round 91's x339_01), the full name "
               "accepted; lead [] accepted (round 30's 由A牵头 read as 负责 by some answers); 「不短于…期限」 compares two "
               "periods and prints no figure; " + NODATE,
          **L(X01, "（一）资料审查", 1)),
        S([Q1, "（二）", "1"], [PAB], [PAB] + PARTNERS_1, lead_alternatives=[[]],
          responsible_alternatives=[[PAB], [PAB] + PARTNERS_1[:4] + ["交警"]],
          note="「1.由平安办牵头，联合洋泾街道信访办、综合行政执法队、城运中心、洋泾派出所、交警等部门实地检查临时停车场地，确认有无安全隐患或相关问题。如存在违法搭建、群租、生产仓储经营“三合一”、消防隐患等情形，需要告知申请人立即整改。」 — "
               + QIANTOU + "; 「A联合B＋verb」 reads as 会同 (round 34; Round 87's turned x327_03 三、（二）3), the partners "
               "responsible after the lead (RULING?: or the partners none, 会同 inside a review adding none — Round 91's "
               "x337_01 第九条; Round 97's governs on x357_03 四、（三） — [平安办] accepted); names split on 、 (plans-dev "
               "EXPECTED.md), 「交警等部门」 one name as printed, a field before 等 sharing the head after it (round 31's "
               "「商务等部门」; Round 91's governs on x340_02 第四条) (RULING?: or 交警 a body of its own and 等部门 a "
               "category tail — accepted); the notice to the applicant to correct is a duty (below); " + NODATE,
          **L(X01, "1.由平安办牵头，联合")),
        S([Q1, "（二）", "2"], [], [], responsible_alternatives=[[PAB]],
          note="「2.现场检查临时停车场地后，召开相关部门座谈会，交流评审意见，形成会议纪要。若评审通过，则进入下一环节；若未获通过，则由平安办告知申请人，并留好相关凭证存档留查。」 — "
               "acts with no subject are the rules' own bodies' (round 65's x274_01), a task naming none; 召开 without 组织 "
               "stands outside rule 2's closed list (round 30), and 「由平安办告知申请人」 only sends (rounds 46, 48; Round 93's "
               "x341_01 第十二条) — [平安办] accepted; " + NONE + "; the notice of the failed review to the applicant is a "
               "duty (below); " + NODATE,
          **L(X01, "2.现场检查临时停车场地后")),
        S([Q1, "（三）", "1"], [], [], responsible_alternatives=[[PAB]],
          note="「1.由平安办审核申请人提供的“上海市临时停车场经营条件评估（征询意见座谈会会议记录）”是否已覆盖所有周边相关单位、居民区。」 under the lead-in 「广泛征求、听取停车场周边单位、居民的意见：」 — "
               "a review the rules bind their body to make is work, a task naming none (Round 87's x325_01 第十六条); "
               + REVIEW + " (RULING?: or the agent of 由 with 审核, rule 2's 由A＋any verb, names 平安办 — accepted); the "
               "lead-in has no rule-2 clause to give (rule 4); " + NONE + "; " + NODATE,
          **L(X01, "1.由平安办审核申请人", 1)),
        S([Q1, "（三）", "2"], [], [PAB], not_targets=[(7, "个工作日")], lead_alternatives=[[PAB]],
          note="「2.申请人在停车场周边居民小区张贴《关于XX临时停车场开业业主意见征询公示》，公示时长7个工作日，由平安办负责收集反馈意见。」 — "
               "the applicant's posting is its own step (round 30's applicant), and 「由A负责＋verb」 places the collecting "
               "on the office (rule 2; Round 88's x325_02 第四条: a review's step placed by 负责 names its body); "
               + ONE_LEAD + "; 「公示时长7个工作日」 is the length of a stage the procedure sets with no comparison word, "
               "its time rule (Round 85's x319_03 四; Round 87's x327_01 六), no target — not_target; " + NODATE,
          **L(X01, "2.申请人在停车场周边")),
        S([Q1, "（三）", "3"], [PAB], [PAB, "信访办", "城运中心"], lead_alternatives=[[]],
          responsible_alternatives=[[PAB]],
          note="「3.由平安办牵头信访办、城运中心核查有无该地块信访或12345热线投诉工单，并协调周边居民区核查该地块有无牵涉矛盾纠纷。」 and the paragraph after the last line 「以上事项需做好沟通记录，形成台账备查。若无反对意见…则进入下一个环节。若有反对意见，且整改后依然无法通过的，则告知申请人并留好相关凭证存档留查。」 — "
               + QIANTOU + "; 协调 is a pivot (round 30), 周边居民区 its object; in headed points a trailing paragraph that "
               "gives work is the last item's body (round 32; Round 91's x337_02 四、（三）3.) (RULING?: or a task of its own, "
               "Round 86's governs read for articles — 14 accepted), 做好 outside rule 2, the notice to the applicant a duty "
               "(below); 12345热线 is a name with digits, no target (plans-dev EXPECTED.md); " + NODATE,
          **L(X01, "3.由平安办牵头信访办、城运中心核查", 1)),
        S([Q1, "（四）"], [], [PAB], lead_alternatives=[[PAB]], responsible_alternatives=[[]],
          note="「（四）出具意见」 over 「若以上流程中，申请人整改不通过或拒不整改，则不予审批。若以上流程均通过，则由平安办落实临时停车场开业备案用印审批程序，在“上海市临时停车场经营条件评估（征询意见座谈会会议记录）”中加盖“洋泾街道办事处”公章后，向申请人反馈新办临时停车场开业备案用地核查意见。」 — "
               "落实 is rule 2's own verb (subject of 负责／实施／落实), and the agent of 由 with it carries out the stamping "
               "procedure; a review placed by rule 2's own verb names its body (Round 88's x325_02 第四条: 实施; Round 83's "
               "x315_03 第三条) (RULING?: or the decision on the owner's filing, naming none — Round 85's turned x317_03 "
               "第九条（一）; Round 94's turned x240_04 第二十四条 — accepted); " + ONE_LEAD + "; the opinion sent back to the "
               "applicant is a notice of the body's own decision, a duty (below); " + NODATE,
          **L(X01, "（四）出具意见")),
        S([Q2, "（一）"], [PAB], [PAB], lead_alternatives=[[]],
          note="「（一）资料审查」 of the renewal case over the same paragraph as 情况一（一）, the old 备案证明 added — "
               + QIANTOU + "; the office named by its short name where it acts (round 43); lead [] accepted; " + NODATE,
          **L(X01, "（一）资料审查", 2)),
        S([Q2, "（二）", "1"], [], [], responsible_alternatives=[[PAB]],
          note="「1.由平安办审核申请人提供的…会议记录…是否已覆盖所有周边相关单位、居民区。」 — as 情况一（三）1: " + REVIEW
               + " (the same RULING?); " + NONE + "; " + NODATE,
          **L(X01, "1.由平安办审核申请人", 2)),
        S([Q2, "（二）", "2"], [PAB], [PAB, "信访办", "城运中心"], lead_alternatives=[[]],
          responsible_alternatives=[[PAB]],
          note="「2.由平安办牵头信访办、城运中心核查有无该地块信访或12345热线投诉工单，并协调周边居民区核查…」 — as 情况一（三）3: "
               + QIANTOU.split(";")[1].strip() + "; " + NODATE,
          **L(X01, "2.由平安办牵头信访办")),
        S([Q2, "（二）", "3"], [PAB], [PAB, "派出所", "交警"], lead_alternatives=[[]],
          responsible_alternatives=[[PAB]],
          note="「3.由平安办牵头派出所核实该地块有无突出警情，牵头交警核实该地块周边违章停车情形是否突出，作为审核的依据。」 and the closing paragraph (as 情况一（三）3) — "
               + QIANTOU + "; the second 牵头 carries the office as its subject across the comma (rounds 34, 49 p46d); "
               "the closing paragraph is the item's body (round 32); " + NODATE,
          **L(X01, "3.由平安办牵头派出所")),
        S([Q2, "（三）"], [], [PAB], lead_alternatives=[[PAB]], responsible_alternatives=[[]],
          note="「（三）出具意见」 over the renewal's 「…则由平安办落实临时停车场开业备案用印审批程序…向申请人反馈临时停车场开业备案用地续期核查意见。」 — "
               "as 情况一（四） (the same RULING?); " + ONE_LEAD + "; " + NODATE,
          **L(X01, "（三）出具意见")),
     ],
     plan_targets=[],
     plan_targets_note="none: the procedure prints no quantity of its own but 「公示时长7个工作日」 (a time rule, not_target above) and the "
                       "hotline's name 12345",
     phases=[],
     duties=[{"what": "如存在违法搭建、群租、生产仓储经营“三合一”、消防隐患等情形，需要告知申请人立即整改", "when": None, "when_norm": None,
              "note": "情况一（二）1 — a notice of the body's own finding to the party it concerns is a duty (Round 93's x345_04 "
                      "第十七条; Round 97's x358_01 第七、十、十一、十二条), undated"},
             {"what": "若未获通过，则由平安办告知申请人，并留好相关凭证存档留查", "when": None, "when_norm": None,
              "note": "情况一（二）2 — the notice of the failed on-site review, as above; undated"},
             {"what": "若有反对意见，且整改后依然无法通过的，则告知申请人并留好相关凭证存档留查", "when": None, "when_norm": None,
              "note": "the closing paragraphs of 情况一（三） and 情况二（二）, printed alike: one duty (round 41); undated"},
             {"what": "向申请人反馈新办临时停车场开业备案用地核查意见", "when": None, "when_norm": None,
              "note": "情况一（四） — the street's decision sent back to the owner: a notice of the body's own decision (Round 97's "
                      "x358_01), undated (RULING? with the units of （四）: or a step of the decision, no duty)"},
             {"what": "向申请人反馈临时停车场开业备案用地续期核查意见", "when": None, "when_norm": None,
              "note": "情况二（三） — the renewal's opinion, another object than the first: a duty of its own; undated"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 is no task; the preamble is text; 「情况一：」「情况二：」 are "
            "unnumbered case headings, their words the path's first element as printed (plans-dev EXPECTED.md: file 11; "
            "Round 89's x330_06 「一是」 paths) (RULING?: or the whole heading line as the element); 情况一 （一） 1, （二）1.2. "
            "2, （三）1.–3. 3 (the lead-in 「广泛征求…意见：」 no leaf; the closing paragraph （三）3's body, round 32), （四） 1; "
            "情况二 （一） 1, （二）1.–3. 3, （三） 1 → **12**; the 附件 line ends the count (plans-dev EXPECTED.md), the three "
            "forms after it blank papers. Accepted: 14 (each closing paragraph its own task, Round 86's governs read for "
            "headed points).",
            "units, not sampled: none left (every leaf is sampled)",
            "dates: none; no phases; duties as listed (five notices to the applicant; the 座谈会 minutes and the 台账 are "
            "records kept, no sendings)",
            "figures: 7 个工作日 not_target; no plan targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x361_02_chongming-jianguanwei-2025-xian-e-yixia-xiaoxing-fangwu-jianzhu-gongcheng-anquan-shengchan-guanli-banfa.txt"
P02 = "崇明区限额以下小型房屋建筑工程安全生产管理办法"
N02 = "关于印发《崇明区限额以下小型房屋建筑工程安全生产管理办法》的通知"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
JGW = "区建设管理委"
XZ = "各乡镇"
QY = "企业"
QY_PRINTED = "企业（园区）"
YZ = "业主"
JS = "建设单位"
SG = "施工单位"
A7_BODIES = ["区经委", "区教育局", "区民政局", "区规划资源局", "区交通委", "区水务局", "区卫生健康委", "区应急局", "区国资委",
             "区体育局", "区绿化市容局", "区住房保障房屋管理局", "区城管执法局", "区机管局", "区消防救援支队"]
A8 = ("the article's lead-in 「各乡镇、企业（园区）履行以下职责：」 gives its body to each line of the duty list (rule 4; Round "
      "81's x305_04 第四条; Round 85's governs on x317_03 第十二条（三）: a line of a list of the duties a body holds is one "
      "of its duties); 「企业（园区）」 kept whole: the bracket says which enterprise is meant, the park's operating company "
      "(Round 99's turned reading, over the zone-bracket class of Round 94's governs; Round 95's x347_01) — aligned in "
      "round 69; the old [各乡镇, 企业] and the towns alone stay accepted; lead [] (no 牵头)")
LABEL14 = ("rule 1: a heading naming a party by role over its lines, under a 职责 heading (Round 95's x349_03 二、（一） "
           "「加装电梯所有权人」, 所有权人 like 业主; Round 89's governs on x331_02 第三条), sentences adding nothing")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇建管〔2025〕41号 (the stored front matter; the text prints none)",
     issuer="上海市崇明区建设和管理委员会",
     date="2025-12-31",
     date_note="the cover is signed 2025年12月31日 (line 9); the rules print no day of entry into force and no item a date",
     level="a district construction commission's rules (区级) carrying out the city's 沪府办规〔2025〕12号 on small building "
           "works under the permit threshold: what the commission, the district bureaus, the towns and parks, owners, "
           "developers and builders each do, risk grades, filing, patrols and completion",
     source=src(C49, "房屋与住房", "关于印发《崇明区限额以下小型房屋建筑工程安全生产管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_dc1be265-1232-4a6c-981a-e83f714b973f&siteId=0085",
                8537),
     style="a short cover (addressee 「各有关单位：」, one paragraph, the commission's name and date), the rules' title, eight "
           "chapters 「第一章　总则」 and 29 articles 「第N条」 run in after a full-width space (some with a heading word on "
           "their own line: 「第十二条　项目报批管理」), （一）… lines under articles, 1.… and （1）… lines below them; one "
           "paragraph a line with blank lines between; the stored text ends inside 第二十九条's definitions",
     leaf_tasks=57, count_alternatives=[56, 58, 59, 65],
     leaf_tasks_by_section={"第一至四条": 0, "第五条": 0, "第六条": 1, "第七条": 1, "第八条（一）–（八）": 8, "第九条": 0,
                            "第十条（一）–（七）": 7, "第十一条": 1, "第十二条": 0, "第十三条": 1,
                            "第十四条（一）1.–7.": 7, "第十四条（二）1.–6.": 6, "第十四条（三）1.、3.–10.": 9,
                            "第十四条（三）2.": 0, "第十五条": 1, "第十六条": 1, "第十七条": 1, "第十八条": 0,
                            "第十九条（一）（二）": 2, "第二十条": 1, "第二十一条（一）–（三）": 3, "第二十一条 closing paragraph": 1,
                            "第二十二条": 1, "第二十三条": 1, "第二十四条": 1, "第二十五条": 1, "第二十六条": 1,
                            "第二十七条": 1, "第二十八、二十九条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第六条"], [], [JGW], lead_alternatives=[[JGW]],
          note="「第六条　区建设管理委负责小型房建工程行业指导、业务培训、政策宣贯和定期抽查，提供专业技术支撑，为…提供…“愿招可进”平台。」 — "
               "「A负责…」 names A (rule 2), under the chapter 职责分工 (round 34's heading); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第六条"])),
        S(["第七条"], [], A7_BODIES + ["其他有关行业主管部门", "综合监管部门"],
          responsible_alternatives=[A7_BODIES, A7_BODIES + ["区消防救援支队及其他有关行业主管部门或综合监管部门"]],
          note="「第七条　区经委、区教育局、…、区机管局、区消防救援支队及其他有关行业主管部门或综合监管部门应根据“管行业必须管安全…”的要求，依据各自职责分工，加强各自行业领域的小型房建工程安全管理工作，指导督促相关单位切实做好安全生产工作。」 — "
               "under a 职责分工 heading every body the text gives work is a unit (round 34; Round 93's x345_03 第四条 「做好配合、"
               "服务、监管工作」), and " + ARTV + " (Round 97's governs on x353_01 第十六条 「应当加强对…的监督检查」); names split on "
               "、 (plans-dev EXPECTED.md), 及 and 或 joining names and doers (rounds 34, 49) (RULING?: or the run after the last 、 "
               "one name as printed, Round 89's x332_05 「各村各单位」 — accepted; or the fifteen named bureaus alone, "
               "the kinds after 其他 a call — accepted); 其他有关行业主管部门 a kind (rounds 32, 33), kept as printed; "
               "相关单位 the object of 指导督促 (a pivot, round 30); lead [] (no 牵头); " + NODATE,
          **art(X02, ["第七条"])),
        S(["第八条", "（一）"], [], [XZ, QY_PRINTED], responsible_alternatives=[[XZ, QY], [XZ]],
          note="「（一）负责具体实施辖区小型房建工程安全生产管理，细化管理机制，建立责任清晰、分工明确的工作制度；」 — " + A8 + "; "
               + NODATE,
          **art(X02, ["第八条", "（一）"])),
        S(["第八条", "（四）"], [], [XZ, QY_PRINTED], responsible_alternatives=[[XZ, QY], [XZ]],
          note="「（四）组织开展日常网格化巡查和安全生产检查，对发现的安全隐患及时处置，通过信息系统填报相关信息；」 — " + A8 + "; the "
               "line's own 组织开展 names the same bodies; filling in the system is the towns' record of their own work, "
               "no sending to a body (no duty); " + NODATE,
          **art(X02, ["第八条", "（四）"])),
        S(["第八条", "（六）"], [], [XZ, QY_PRINTED], responsible_alternatives=[[XZ, QY], [XZ]],
          note="「（六）及时查处安全生产违法违规行为，对超出权限范围的执法事项，移送相关部门处理；」 — " + A8 + "; 移送 passes a "
               "matter to the body with jurisdiction, no report and no duty (Round 91's x337_03 八、); " + NODATE,
          **art(X02, ["第八条", "（六）"])),
        S(["第十条", "（一）"], [], [], responsible_alternatives=[[JS]],
          note="「（一）建设单位应在施工现场配备安全管理人员，并在施工期间到岗履职。」 under 「第十条　高风险…施工遵照以下要求：」 — "
               "the lines of a list are its items, each read by its words (Round 77's x299_01 第六条; Round 87's governs on "
               "x328_03); 「A落实／配备／确定＋persons」 staffs the work and names none, in articles too (Round 88's form; Round "
               "90's governs; Round 93's turned x343_01 第十九条（三））, and 到岗履职 is the staff's (persons are never units, "
               "round 30) (RULING?: or the developer's owed act in an article, round 44 — accepted); a task naming none; "
               + NONE + "; " + NODATE,
          **art(X02, ["第十条", "（一）"])),
        S(["第十条", "（二）"], [], [SG], lead_alternatives=[[SG]],
          note="「（二）施工单位组织编制施工组织方案，明确…内容。施工方案由施工单位技术负责人审核签字、加盖单位公章后，报建设单位项目负责人审批后存档。施工单位严格按照方案组织施工，不得擅自修改施工方案。」 — "
               "组织＋verb names its subject (rule 2), a regulated party in an article (Round 84's p61a-2); the 技术负责人 and "
               "项目负责人 are persons (round 30), and the sending for the developer's approval is a step of it, no duty "
               "(Round 89's x329_04 第九条); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十条", "（二）"])),
        S(["第十条", "（三）"], [], [JS], lead_alternatives=[[JS]],
          note="「（三）施工前，建设单位督促施工单位项目负责人结合工程特点及风险源，向…人员进行书面安全技术交底，…交底资料由双方共同签字确认，并留档备查。」 — "
               "in articles the subject of 督促 is a doer and round 30's pivot line reads only its object (Round 95's "
               "x352_01 第十四条 「所有权人应当督促设置人…」), the object here a person in any case (round 30) (RULING?: or none, "
               "督促 outside rule 2's list — accepted); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十条", "（三）"])),
        S(["第十条", "（五）"], [], [],
          note="「（五）施工过程中，发生危及人身安全的险情时，施工单位现场负责人应立即组织施工人员停止作业、撤离危险区域。」 — "
               "an item whose whole work is the response to a case takes its doer (round 30's clarification), but 现场负责人 "
               "is a person, never a unit (round 30: the nouns 负责人／责任人; 「由分管副区长牵头」 gives lead []), so a task naming "
               "none; " + NONE + "; " + NODATE,
          **art(X02, ["第十条", "（五）"])),
        S(["第十一条"], [], ["工程建设单位"], lead_alternatives=[["工程建设单位"]], responsible_alternatives=[[]],
          note="「第十一条　一般风险限额以下小型房建工程的判定标准：除高风险…以外，…应当列入一般风险…。一般风险…需加强过程监管，落实闭环管理。[⏎] 一般风险…中如仅涉及建筑涂饰，门窗、吊顶…等施工安全风险较低的装饰装修活动，由工程建设单位自行全面管理验收并接受小型房建工程备案管理抽查。」 — "
               "beside the standard of classing (Round 78's (b)) the article gives work — the process oversight with no "
               "subject (round 65's x274_01) and the developer's own acceptance — so it is a task (round 39: a standard that "
               "also gives work is a task) (RULING?: or a classing standard, no task — 56 accepted); 「如仅涉及X的，由A＋verb」 "
               "picks a kind of the work's objects by what it is and is the article's only clause with a doer, so it names "
               "A (Round 94's confirmed 「对X的，由A＋verb」 form; Round 96's turned x351_02), 工程建设单位 as printed (a word "
               "naming what the body handles is part of its name, Round 94's x343_02 第六条) — none accepted; "
               + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十一条"])),
        S(["第十四条", "（一）", "1"], [], [YZ], lead_alternatives=[[YZ]],
          note="「1.开工前按本办法规定办理备案信息登记，依法接受安全生产监督管理、安全指导及教育培训。」 under 「（一）业主管理职责」 — "
               + LABEL14 + "; the owner's owed filing is work, a task (Round 84's p61a-2; Round 97's x355_02 三、（四））; "
               + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十四条", "（一）", "1."])),
        S(["第十四条", "（一）", "5"], [], [YZ], lead_alternatives=[[YZ]],
          note="「5.定期了解小型房建工程安全生产情况，发现安全问题的，应及时制止、督促整改，情况严重的应向街镇属地政府及时报告。」 — "
               + LABEL14 + "; the report of a serious hazard to the body that acts on it is a duty (round 44; Round 83's "
               "x316_01 一), undated (below); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十四条", "（一）", "5."])),
        S(["第十四条", "（二）", "2"], [], [JS], lead_alternatives=[[JS]],
          note="「2.依法将小型房建工程委托给具备相应安全生产条件的建筑施工企业进行施工；…应与施工单位签订书面合同…支持和鼓励委托监理单位…」 under 「（二）建设单位管理职责」 — "
               + LABEL14 + "; the firms a developer hires are objects (round 35's 委托), 鼓励 an option (round 49 p46b); "
               + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十四条", "（二）", "2."])),
        S(["第十四条", "（三）", "6"], [], [SG], targets=[(1, "名")], lead_alternatives=[[SG]],
          note="「6.施工现场应配备不少于1名安全生产管理人员，安全生产管理人员负责对施工现场的施工作业、使用材料、进场人员等进行管理。施工期间，安全生产管理人员应到岗履职。」 under 「（三）施工单位管理职责」 — "
               + LABEL14 + " (the staffing form settles units only where no label gives them; persons' 负责 adds none, round "
               "30); 「不少于1名」 joined to a comparison word is a target (round 30's line; Round 91's x340_01 「三名及以上专家」: a "
               "count of persons the work must have is a floor, no age band); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第十四条", "（三）", "6."])),
        S(["第十七条"], [], [JS, SG, "保险机构"], responsible_alternatives=[[YZ, JS, SG, "保险机构"], [JS, SG]],
          note="「第十七条　开工准备条件 [⏎] 业主或经业主授权的建设单位应在…开工前主动通过“…信息管理系统”…办理…备案信息登记，并对提供的信息负责。建设单位应根据…委托具有相应资质的设计单位和施工单位实施设计和施工…。[⏎] 高风险…应在开工前由施工单位依法投保建设工程安全生产责任保险。保险机构应委托安全生产技术服务机构为被保险人提供事故预防服务。安全生产技术服务机构在服务过程中发现的重大安全隐患应及时报告工程所属乡镇。」 — "
               "an article with no numbered items is one task; the owner's and developer's filing on their own work names "
               "none (round 42), and 对提供的信息负责 is a state a party keeps of its own filing (Round 93's x345_04 第二十二条) "
               "(RULING?: or 业主 by 负责 — accepted); 「A委托B＋verb」 names A (round 35; Round 91's x337_01 第三条), the firms "
               "hired no units; 由A＋verb names the builder (rule 2); the insurer by 委托 (round 35); the service firm's "
               "report of a hazard to the town is a sending (no unit) and a duty (below); lead [] (no 牵头); " + NODATE,
          **art(X02, ["第十七条"])),
        S(["第十九条", "（一）"], [], [XZ], not_targets=[(3, "个工作日")], lead_alternatives=[[XZ]],
          responsible_alternatives=[[]],
          note="「第十九条　备案信息核查 [⏎] 各乡镇负责辖区内所属备案信息的受理工作，并根据工作职责，办理好备案登记事项。[⏎] （一）认真核实报送材料，对符合条件的，3个工作日内在小型房建工程信息系统上操作确认；对不符合条件的，一次性告知修改意见。」 — "
               "an article with numbered items is no leaf, its opening paragraph the lead-in (Round 83's x311_04 第十一条), "
               "which gives its rule-2 body (负责) to the items naming none (rule 4); a review placed by 负责 names its body "
               "(Round 88's x325_02 第四条; Round 85's x317_03 limit) — none accepted; " + ONE_LEAD + "; 「3个工作日内」 counts "
               "from an event with 内 alone, no comparison word (round 33; round 32 lists 以内; Round 97's x355_03 五、（二）) — "
               "not_target; the notice of what is to be corrected is a duty (below); " + NODATE,
          **art(X02, ["第十九条", "（一）"])),
        S(["第二十一条", "（一）"], [], [XZ], targets=[(1, "次")], lead_alternatives=[[XZ]],
          note="「第二十一条　分级巡查 [⏎] 各乡镇按照分级管理要求，组织对备案的小型房建工程开展巡查检查。[⏎] （一）对高风险限额以下小型房建工程，在施工过程中开展至少一次安全检查；对时间周期长、安全风险系数高的项目，应适当增加检查频次。」 — "
               "the lead-in's 组织＋verb (rule 2) gives its body to the items naming none (rule 4); 「至少一次」 joined to 至少 "
               "is a target, 1 次 (round 30's line; Round 85's x320_09 二 「每季度至少研究一次」); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第二十一条", "（一）"])),
        S(["第二十四条"], [], ["市容环境卫生作业服务单位"], lead_alternatives=[["市容环境卫生作业服务单位"]],
          note="「第二十四条　垃圾清运 [⏎] 市容环境卫生作业服务单位在清运小型房建工程垃圾前，应查看备案信息登记办理回执；发现未按照规定办理备案信息登记的，应及时将有关情况报送属地乡镇。」 — "
               + ARTV + ", a service firm of the public work bound by 应 (Round 84's p61a-2; Round 93's x346_03 第三十三条); "
               "the report to the town of what its check finds is a duty (round 44; Round 83's x316_01 一), undated "
               "(below); " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第二十四条"])),
        S(["第二十五条"], [], [JS, "项目建设单位"], responsible_alternatives=[[JS]],
          not_targets=[(3, "日")],
          note="「第二十五条　竣工验收 [⏎] 建设单位应指派专人负责竣工验收工作，按合同履约实施资金拨付、档案管理及竣工报备工作。工程项目竣工后，由项目建设单位组织设计、施工等各方进行工程验收自验，并在验收合格之日起3日内向受理单位申报竣工报备。乡镇应对完工情况予以核实确认…。街镇发现工程实际已完工的，应及时联系申报人核实情况…[⏎] 受理单位应对竣工情况予以核实确认；…应予以竣工验收报备，并及时办理注销手续。」 — "
               "指派专人负责 staffs the work (Round 88's form), but the developer's carried subject acts by 实施 (rule 2; "
               "rounds 34, 49 p46d); 由A组织＋verb names 项目建设单位, a second name as printed (Round 94's confirmed x343_02 "
               "第六条: 项目建设单位 and 建设单位 are two names); the towns' and the receiving unit's checks of the filed "
               "completion are reviews of a party's filing, naming none (Round 85's x321_02; Round 97's x358_03 第八条) "
               "(RULING?: or the towns as the rules' own bodies acting in an article, round 44 — not accepted); the filing "
               "for completion is the developer's on its own work, no duty (round 42); 「3日内」 a time limit from an event "
               "(round 33) — not_target; lead [] (no 牵头); " + NODATE,
          **art(X02, ["第二十五条"])),
        S(["第二十七条"], [], ["相关部门"], lead_alternatives=[["相关部门"]], responsible_alternatives=[[]],
          note="「第二十七条　对发生生产安全事故的工程，应依法开展事故调查，追究相关责任单位或人员责任；对有关违法违规行为，由相关部门依法采取约谈警示、行政处罚、信用惩戒等措施。」 — "
               "a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
               "第二十六条; Round 77's x299_04 第二十八条), 由A＋verb naming A (rule 2), 相关部门 a kind (Round 85's x320_01 "
               "三/(一)); the investigation has no subject (round 65's x274_01) — none accepted; " + ONE_LEAD + "; " + NODATE,
          **art(X02, ["第二十七条"])),
     ],
     plan_targets=[],
     plan_targets_note="none: 第三条's 「100万元以下」「300平方米以下」 define the class of works the rules reach (a definition, round "
                       "30's general provisions; a class inside a noun, round 58), and 第九条's 「超过3米（含3米）」「10kN及以上」 "
                       "define the high-risk classes (Round 83's turned x311_01 第十条; Round 95's governs on x352_01 第十条) — "
                       "unchecked",
     phases=[],
     duties=[{"what": "发现安全问题的，应及时制止、督促整改，情况严重的应向街镇属地政府及时报告", "when": None, "when_norm": None,
              "note": "第十四条（一）5 — the owner's report of a serious hazard to the body that acts on it: a report the "
                      "rules ask when a case arises is a duty (round 44; Round 83's x316_01 一), 及时 printing no time"},
             {"what": "安全生产技术服务机构在服务过程中发现的重大安全隐患应及时报告工程所属乡镇", "when": None, "when_norm": None,
              "note": "第十七条 — the service firm's report of a hazard found to the town: a duty (round 44; Round 91's "
                      "governs on x335_01 第三十条), undated"},
             {"what": "对不符合条件的，一次性告知修改意见", "when": None, "when_norm": None,
              "note": "第十九条（一） — a notice of the body's own finding to the party it concerns is a duty (Round 97's "
                      "x358_01 第七条 「一次告知需要补正的全部内容」), undated"},
             {"what": "定期对辖区内小型房建工程组织专项抽查，并在检查结束后及时通报专项检查结果", "when": None, "when_norm": None,
              "note": "第二十三条 — a notice of the bodies' own inspection results is a duty (Round 89's turned x331_04 第九条; "
                      "Round 97's x358_01 第二十二条), undated"},
             {"what": "发现未按照规定办理备案信息登记的，应及时将有关情况报送属地乡镇", "when": None, "when_norm": None,
              "note": "第二十四条 — the collecting firm's report to the town of what its check finds: a duty (round 44), "
                      "undated"}],
     notes=["counting (leaf tasks): 第一条 purpose, 第二条 scope, 第三条 definition (and its pointer to later limits), 第四条 "
            "exclusions — general provisions (round 30); 第五条 (第三章 总体要求) a point of principle whose acts 强化, 压实, "
            "落实, 加强 have no subject and name the bodies only inside their objects: a section (seeds lines 3–5: 总体要求 "
            "naming no unit; p51e) (RULING?: or a task naming none, round 65's x274_01 and Round 97's x353_02 第四条 — 58 "
            "accepted); 第六、七条 1 each; 第八条（一）–（八） 8; 第九条 only classes the high-risk works (its lines "
            "definitions), a standard naming no act (Round 78's (b); Round 83's x313_03 第十三条) — no task; 第十条（一）–（七） "
            "7 (each line an act or a limit on the work); 第十一条 1 (a class with work, above); 第十二条 a state a project "
            "must be in before it starts (具备), no act (Round 83's x313_02 四、; Round 91's x337_03 二) — text (RULING?: or "
            "a limit on starting work, a task — 58 accepted); 第十三条 1; 第十四条 22 — （一）1.–7., （二）1.–6., （三）1. and "
            "3.–10. (（三）2. 「具备相应的安全生产条件」 a state only, text: Round 87's governs on x328_03) (RULING?: or a line "
            "of the duty list, a task — 58 accepted); 第十五条 1 (it designates the parties: Round 89's governs on x331_02 "
            "第三条; 对X负责 with an object, Round 95's x351_03 一、（四）2.); 第十六条 1 (acts with no subject, round 65's "
            "x274_01; its 立即报火警 an order to anyone, no duty, Round 85's turned x317_03 第十四条); 第十七条 1; 第十八条 lists "
            "the papers a filing carries, the scheme's terms (Round 93's x343_01 第六、十六条) — no task; 第十九条（一）（二） "
            "2 (its opening paragraph the lead-in); 第二十条 1 (two paragraphs, no items); 第二十一条 3 items and its closing "
            "paragraph 「…安全检查过程中发现存在违法违规行为的，应及时制止并督促整改，并依法依规予以处理」, which gives the rules' bodies work "
            "of their own, one more task (Round 86's governs) — 4; 第二十二条 巡查内容 （一）–（九）: lines of 「是否…」 under a "
            "heading noun are a check's scope, the text of one task naming none (Round 89's governs on x334_02 第六条; Round "
            "92's governs on x311_02 第二十三条) (RULING?: or nine items, 65 accepted); 第二十三条 1; 第二十四条 1; 第二十五条 1; "
            "第二十六条 1 (recording in the register is an owed act of the rules' own bodies with no subject, round 65's "
            "x274_01, not a pointer to the law; RULING?: or a consequence, a general provision — 56 accepted); 第二十七条 1; "
            "第二十八条 the standard liability clause for the rules' own officials (Round 91's x340_04 第七十九条; Round 97's "
            "x358_01 第二十一条), 第二十九条 definitions — general provisions → **57**. Accepted: 56, 58, 59 (two of the "
            "readings above together), 65.",
            "units, not sampled: 第八条（二）（三）（五）（七）（八） as （一）; 第十条（四） [施工单位] (组织＋喊话; 配备 staffs), （六） "
            "[施工单位], （七） none (a limit); 第十三条 [建设单位, 项目建设单位] (推动, 发包 in an article; 与其签订 the hired "
            "firms); 第十四条's other lines by their labels; 第十五条 [业主, 建设单位, 施工单位, 勘察、设计单位] (monitor 履行 names "
            "none, round 67); 第十六条 none; 第十九条（二） [各乡镇]; 第二十条 [各乡镇]; 第二十一条（二） [各乡镇], （三） "
            "[工程建设单位], its closing paragraph none; 第二十二条 none; 第二十三条 [相关区级行业、专业主管部门, 综合监管部门, "
            "相关职能部门] (各有关单位、乡镇、公司（园区）负责督促 — a call and a tier with a bracket, left unread); 第二十六条 none",
            "dates: none; no phases; duties as listed (the filings of owners and developers on their own works are no "
            "duties, round 42; 移送／移交 pass a matter, Round 91's x337_03 八、)",
            "figures: item targets 1 名 (第十四条（三）6), 1 次 (第二十一条（一））; not_targets 3 个工作日, 3 日; no plan targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x361_03_hongkou-fangguanju-2022-jiazhuang-dianti-gongshui-guandao-baohu-peihe-qianyi-zhidao-yijian.txt"
P03 = "关于做好虹口区既有多层住宅加装电梯涉及 供水管道保护和配合迁移工作的指导意见"
SYQY = "供水企业"
SYR = "加装电梯所有权人"

plan(X03,
     title=P03 + "（" + P03.replace(" ", "") + "）",
     title_note="the opinion's title line as printed (line 1), its space between 涉及 and 供水 kept (round 48: only what is "
                "printed is read), or the same words without the space: either (round 45's pair form)",
     doc_no="虹房管〔2022〕28号 (the stored front matter; the text prints none)",
     issuer="上海市虹口区住房保障和房屋管理局 (with 上海市供水管理事务中心, whose name is printed beside the bureau's at the end)",
     date="2022-12-12",
     date_note="signed 2022年12月12日 by both issuers and 印发 the same day (the lines after the 附件 list); 「本指导意见自发布之日起"
               "施行」 a general provision (round 30); no item prints a date",
     level="a district housing bureau (区级), with the city's water-supply office, to the street offices, the parties adding "
           "lifts and the water firm: who asks, answers, moves and protects water pipes when a lift is added to an old "
           "block of flats, and what the streets check before they send their list of works",
     source=src(C49, "房屋与住房", "关于做好虹口区既有多层住宅加装电梯涉及 供水管道保护和配合迁移工作的指导意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cbb2715d-5326-408c-8c2b-3aa84013c51b&siteId=0076",
                3523),
     style="no cover: the opinion's title (a space inside it), addressees, a preamble, three points 一、–三、 with （一）… as heading "
           "lines naming a party (一、) or a step (二、) over a paragraph, 1.… lines (a list of cases in 二、（一）, run-in headed "
           "steps 「1.申请受理」 in 二、（二）) and （1）… papers; the 附件 list, the two issuers' names and dates with runs of "
           "spaces, then five attached forms and a contact table flattened one cell a line (blanks as spaces and 「_」, "
           "three staff members' names and mobile numbers as the page publishes them)",
     leaf_tasks=9, count_alternatives=[8, 10],
     leaf_tasks_by_section={"一、（一）（二）": 2, "二、（一）": 1, "二、（一）1.2.": 0, "二、（二）1.–4.": 4, "二、（二）1.（1）–（4）": 0,
                            "三、（一）（二）": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], [SYR], lead_alternatives=[[SYR]],
          note="「（一）加装电梯所有权人」 over 「加装电梯所有权人（或受委托的代建单位）应主动向供水企业进行前期征询，未明确管线情况前，严禁开挖施工。如需对部分供水管线进行迁移，按要求申请办理。」 — "
               "a unit heading over a party by role under 明确职责 is rule 1's label (Round 95's x349_03 二、（一） 「加装电梯所有权人」, "
               "confirmed), sentences adding nothing (the 代建单位 of the bracket among them); the party's owed acts and ban "
               "are work (Round 84's p61a-2); " + ONE_LEAD + "; " + NODATE),
        S(["一", "（二）"], [], [SYQY], lead_alternatives=[[SYQY]],
          note="「（二）供水企业」 over 「对加装电梯所有权人（或受委托的代建单位）提出的征询需求应及时、准确予以答复。做好日常供水管道巡查，对涉及供水管道做好监护。对管道迁移申请应及时组织力量实施…」 — "
               "a unit heading naming the water firm (rule 1, as 一、（一）); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（一）"], [], [], responsible_alternatives=[[SYQY]],
          note="「（一）前期征询」 over 「加装电梯所有权人（…）向供水企业提交《…配合申请单》（附件1）。 供水企业受理后进行现场踏勘，确定…是否存在需保护的供水管道。满足以下任意一条，供水设施需进行迁移：1.小区内新建电梯外墙位置距供水管道外壁净距小于1米；2.电梯建成后不满足供水设施养护要求。 对仅涉及保护的项目，供水企业以《供水设施无需迁移确认单》（附件2）形式予以确认。对涉及迁移的项目，供水企业以《上水管线交底意见书》（附件3）形式予以确认。」 — "
               "lines that only class the cases a step reaches are its text, the point one task (Round 78's (b); Round 89's "
               "x331_04 第八条; Round 91's x337_01 第六、七条), so （一） is the leaf (RULING?: or 1.2. two items — 10 accepted); "
               "the owner's 提交 is an applicant's (round 30), and the firm's survey and confirmation of the owner's request "
               "are a review and its decision (" + REVIEW.split(";")[0] + "), 进行, 确定 and 予以确认 standing outside rule 2's "
               "closed list in any case (round 30) — [供水企业] accepted; " + NONE + "; 「小于1米」 stands in a line of a list "
               "of cases, no target (Round 93's turned x346_02 第七条（四））; the confirmation sent to the owner is a duty "
               "(below); " + NODATE),
        S(["二", "（二）", "1"], [], [], not_targets=[(1, "个工作日")], responsible_alternatives=[[SYQY]],
          note="「1.申请受理」 over 「申请方需提交的材料如下：（1）…授权证明（2）…设计图（3）…申请单（4）上水管线交底意见书」 and 「供水企业收到资料起1个工作日内完成资料审核，资料缺失申请方应按要求补齐。」, under 「（二）管道配合迁移 供水管道迁移由加装电梯所有权人（或受委托的代建单位）作为合同主体，负责申请办理业务。」 — "
               "the papers an application carries are the scheme's terms, no items (Round 93's x343_01 第六、十六条), so 1. is "
               "the leaf; the firm's owed review within a limit is work, a task naming none (Round 87's x325_01 第十六条; "
               "Round 97's x358_01 第七条 read such limits as tasks), 完成 outside rule 2; the lead-in names the owner only "
               "as the applicant and contract party (round 30: 「由A提出申请」 is no unit), so rule 4 gives nothing "
               "(RULING?: or 「A作为…合同主体，负责…」 a designation whose body passes to the lines, Round 85's x319_04 — not "
               "accepted); " + NONE + "; 「1个工作日内」 counts from an event with 内, no comparison word (round 33; Round 97's "
               "x355_03 五、（二）) — not_target; " + NODATE),
        S(["二", "（二）", "2"], [], [], targets=[(8, "个工作日")], not_targets=[(2, "个工作日"), (3, "个工作日")],
          responsible_alternatives=[[SYQY]],
          note="「2.设计施工」 over 「申请受理材料齐全后，供水企业在2个工作日内完成现场勘察（…），并完成申请受理。现场勘察后3个工作日内制定方案并编制预算，双方确认后签订合同。满足施工条件后，供水企业安排人员进场施工，加装电梯的供水配套施工周期不超过8个工作日。」 — "
               "outside articles rule 2's list is closed (round 30): 完成, 制定, 编制 and 签订 without 由 (Round 85's x320_09 五) "
               "name none, and 「A安排人员＋verb」 names none (Round 87's governs on x326_03: only 「由A安排人员」 names A) — "
               "[供水企业] accepted; " + NONE + "; 「不超过8个工作日」 joined to a comparison word is a target (round 30's line; "
               "Round 87's x328_01 第七条: an owed act with a ceiling); 「2个工作日内」「3个工作日内」 count from events with 内 "
               "alone (round 33) — not_targets; " + NODATE),
        S(["二", "（二）", "3"], [], [], responsible_alternatives=[[SYQY]],
          note="「3.费用计算」 over 「供水企业严格按照《上海市城镇给排水工程预算定额》（SHAB-31-2016）、…(SH00-41-2016)相关规定编制施工预算。」 — "
               "drafting the budget is the firm's own act on its work, a task (Round 84's p61a-1: a line that names its own "
               "act and object is work), not only keeping to other texts (Round 86's (b)) (RULING?: or text, the norms it "
               "keeps to — 8 accepted); 编制 outside rule 2's closed list (round 30); the norms' numbers are standard "
               "numbers, no targets (plans-dev EXPECTED.md); " + NONE + "; " + NODATE),
        S(["二", "（二）", "4"], [], [], responsible_alternatives=[[SYQY]],
          note="「4.服务评估」 over 「施工完成后，供水企业主动进行用户满意度调查回访，发放《客户满意度回访单》（见附件4），及时了解意见和建议，…不断提升用户满意度。」 — "
               "进行, 发放, 了解 and 提升 stand outside rule 2's closed list (round 30); a survey of users is no report "
               "sent (no duty); " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [], responsible_alternatives=[["各街道"]],
          note="「（一）各街道在报送《联审平台过渡期间开工项目清单》前，应先确认项目已取得《供水设施无需迁移确认单》或《上水管线交底意见书》，并将其作为附件一并报送至区房管局。」 — "
               "工作要求 holds the plan's own steps here, a task (Round 91's governs on x337_02 四、（一））; 确认 stands outside "
               "rule 2's list (round 30) and the sending names none (rounds 46, 48) — [各街道] accepted; " + NONE + "; the "
               "streets' list sent with the papers is a duty (below); " + NODATE),
        S(["三", "（二）"], ["供水管理部门"], ["供水管理部门", SYQY], lead_alternatives=[[]],
          responsible_alternatives=[["供水管理部门"]],
          note="「（二）供水管理部门将会同供水企业加强对供水设施的巡查和保护，并依据《上海市供水管理条例》等法律法规对影响供水管道设施安全的有关行为实施查处。若电梯加装建设单位未办理相关手续，擅自施工，供水企业将上报信息，由相关执法单位进行处置。」 — "
               "「A会同B＋verb」 gives lead A, responsible A, B (rule 2), 会同 reaching any verb but a review (Round 85's "
               "x321_01 五、（二）), and 实施 names the department again (rule 2); the breach is an event beside the item's own "
               "work, so 「由相关执法单位进行处置」 is a case adding none (rule 3; Round 94's confirmed form on x62_03), and the "
               "firm's report of it a duty (below); lead [] accepted (round 30); " + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: 二、（一）1.'s 「小于1米」 stands in a list of cases (Round 93's turned x346_02 第七条（四））, the forms' "
                       "「两个工作日内」「三个工作日内」「八个工作日内」 are attachments after the 附件 line (not counted), and the "
                       "norms' numbers are standard numbers",
     phases=[],
     duties=[{"what": "供水企业以《供水设施无需迁移确认单》（附件2）形式予以确认", "when": None, "when_norm": None,
              "note": "二、（一） — the firm's confirmation of its own finding to the owner who asked (the 确认单 for protection "
                      "only, the 交底意见书 for a move, two forms of one notice): a notice of the body's own finding to the "
                      "party it concerns is a duty (Round 93's x345_04 第十七条; Round 97's x358_01), undated (RULING?: or the "
                      "review's decision itself, no duty)"},
             {"what": "将其作为附件一并报送至区房管局", "when": None, "when_norm": None,
              "note": "三、（一） — the streets sending their list of works with the water papers to the bureau: a plan body "
                      "sending the results of its own work is a duty (round 48; Round 91's governs on x335_02 第十三条), "
                      "undated"},
             {"what": "若电梯加装建设单位未办理相关手续，擅自施工，供水企业将上报信息", "when": None, "when_norm": None,
              "note": "三、（二） — a report the plan asks when a case arises, sent to the bodies that act on it, is a duty "
                      "(round 44; Round 83's x316_01 一), undated"}],
     notes=["counting (leaf tasks): no cover; the preamble is text; 一、（一）（二） unit headings over a paragraph each, 2; "
            "二、（一） one task (its 1.2. a list of cases, its text), 二、（二） its opening paragraph the lead-in, 1.–4. four "
            "tasks (1.'s （1）–（4） papers, terms); 三、（一）（二） 2; the closing 「本指导意见自发布之日起施行」 a general provision "
            "(round 30) → **9**; the 附件 list (「附件1：…」) ends the count (plans-dev EXPECTED.md) — the forms, the notice "
            "and the contact table after it (three persons' names and mobile numbers as published; persons are never units) "
            "are not read for tasks. Accepted: 8 (二、（二）3 text), 10 (二、（一）'s 1.2. as two items).",
            "units, not sampled: none left (every leaf is sampled)",
            "dates: none; no phases; duties as listed",
            "figures: item target 8 个工作日 (二、（二）2); not_targets 1, 2, 3 个工作日; no plan targets"])

write_collected(DIR)
