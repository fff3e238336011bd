# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next20/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 18 (built by corpusY): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer
was written here by reading the texts. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    python tests/data/plans-next20/make_expected.py tests/data/plans-next20
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    plan,
    prose_and_listed,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
HEAD = ("the item (or the heading above its numbered duties) opens 「X是…的责任主体/行政主管部门/管理机构…」, naming the unit "
        "it gives work to (as plans-next17 x17_05's unit headings): a responsible list, no lead named")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/市政与基础设施/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)


# ---------------------------------------------------------------------------------------------------------
X01 = "x20_01_jinshan-2010-nongcun-xiangcun-gonglu-guanli-yanghu-tizhi-gaige-fangan.txt"

plan(X01,
     title="关于金山区农村（乡村）公路管理养护体制改革方案（金山区人民政府办公室转发区建设交通委《关于金山区农村（乡村）公路管理养护体制改革方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="金府办〔2010〕25号 (from the index; the stored text prints no number)", issuer="上海市金山区人民政府办公室 (转发 上海市金山区建设和交通委员会's plan)",
     date="2010-06-24", level="district (Shanghai Jinshan, 区政府办公室; the plan by 区建设交通委); marked 废止 in the index",
     source=src("金山区人民政府办公室转发区建设交通委《关于金山区农村（乡村）公路管理养护体制改革方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0081a37345445972b619b2414486480cc498&siteId=0081", 4578),
     style="district 转发 notice + bureau reform plan: 一、–三、 childless sections (指导思想, 组织机构, 目标和进度 with 2010年上半年 / "
           "下半年 steps); 四、–九、 with （一） heading lines, 「1、」 items (full-width 、 after the digit); 五、职责分工 items open "
           "「X是…」 naming the unit, numbered duties under 「主要职责：」; staffing figures, funding shares and tender thresholds",
     leaf_tasks=43, count_alternatives=[40, 45], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织机构", "三、目标和进度"],
     samples=[
        P(["四", "（一）", "2"], targets=[("2—3", "人"), (2, "名")],
          note="区公路管理机构 acts in a sentence; 「增加技术管理人员2—3人，路政管理执法人员2名」: staffing the item sets; " + NODATE),
        P(["四", "（一）", "3"], targets=[("3—5", "名"), (3, "万元")],
          note="村建规划办 / 农村公路管理站 in sentences; 「配备3—5名管理人员，其中路政协管员1名」, 「3万元/人/年补贴」 (1名 optional); " + NODATE),
        U(["五", "（一）"], ["区人民政府"],
          note=HEAD + "; 「区人民政府是本区农村公路管理养护的责任主体，全面负责…」; " + NODATE),
        U(["五", "（二）", "1"], ["区建设交通委"],
          note=HEAD + " — here the heading （二） 「区建设交通委是…行政主管部门，主要职责：」 above 1.–6.; 「并报市公路主管部门核备」 "
               "has no time; 市公路主管部门 receives, is no unit of the item; " + NODATE),
        U(["五", "（三）", "4"], ["区公路管理署"],
          note=HEAD + " — the heading （三） 「区公路管理署是…管理机构，主要职责：」; 「并及时上报区主管部门和市行业管理部门」: 及时 is no "
               "date; " + NODATE),
        U(["五", "（四）"], ["各镇人民政府", "金山工业区管委会", "区人民政府"],
          note=HEAD + "; 「各镇人民政府、金山工业区管委会是…配合主体」, split on 、; 「配合区人民政府做好…」 under the 职责分工 "
               "heading gives 区人民政府 too (aligned round 36: CONVENTIONS.md round 36, 「B配合A开展」 under a heading that "
               "gives out work — both A and B; first written with 区人民政府 left out as the one they assist); " + NODATE),
        P(["六", "（二）", "2"], targets=[(70, "%"), (30, "%")],
          note="「工程资金由市、区财政出资70% ，镇财政出资 30% 。」 (spaces kept): the shares the item sets; 《…（2003）》 is a "
               "title, not a target; " + NODATE),
        P(["六", "（三）", "2"],
          note="「由区建设交通委会同区财政局…统筹安排」: 会同 in a sentence, not a label (the set's convention); 「定期」, 「及时」 "
               "are no dates; " + NODATE),
        P(["七", "（二）"], targets=[(200, "万元")],
          note="「30万元以上—200万元以下…200万元以上…30万元以下」: tender thresholds (round 30: CONVENTIONS.md thresholds — 「200万元以下的应当」 "
               "「200万元以上项目」: targets; 30万元 not checked); " + NODATE),
        P(["八", "（一）"],
          note="区公路管理机构 acts in a sentence; 「每季度…检查，并将检查结果报区建设交通委」 is a rhythm (see duties); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "明确区、镇管养职能分工和职责；落实管理养护资金来源和结构，建立完善管理养护制度", "start": "2010-01", "end": "2010-06"},
             {"name": "基本建立本区农村公路管理养护体系，理顺区、镇两级管理养护关系", "start": "2010-07", "end": "2010-12"}],
     duties=[{"what": "区公路管理机构检查各镇、金山工业区农村公路管理站的管理养护情况，检查结果报区建设交通委", "when": "每季度", "when_norm": None},
             {"what": "区建设交通委进行一次检查考核", "when": "每半年", "when_norm": None},
             {"what": "区公路管理署对日常养护和大中修工程监督、检查、验收，上报区主管部门和市行业管理部门", "when": "及时", "when_norm": None},
             {"what": "区建设交通委批准的日常养护、大中修计划报市公路主管部门核备", "when": None, "when_norm": None}],
     notes=["counting: 四、 （一）1–3 3 + （二） 1 = 4; 五、 （一） 1 + （二）1–6 6 + （三）1–6 6 + （四） 1 + （五）1–5 5 = 19; 六、 "
            "（一）1–4 4 + （二）1–3 3 + （三）1–5 5 = 12; 七、 3; 八、 2; 九、附则 3 = 43; accepted: 40 (九、附则 read as closing "
            "rules), 45 (二、组织机构 and 三、目标和进度 read as tasks)",
            "三、目标和进度's 「2010年上半年…；下半年…」 are the phases (the year from the plan's date, 2010); no item carries a "
            "dated deadline",
            "六、 and 七、 open with unnumbered paragraphs (principles) that are no tasks; 四、（二） holds two unnumbered "
            "paragraphs, one leaf",
            "国办发〔2005〕49号, 沪府办〔2007〕50号, 金府〔2009〕17号, 第60次, 2008年度, （2002）, （2003） are numbers of documents, "
            "meetings, years or titles, not targets"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x20_01", ["六", "（三）", "2"], ["区建设交通委"], ["区建设交通委", "区财政局"], "「养护资金由区建设交通委会同区财政局…测算，统筹安排」: 「由A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 区建设交通委 拨付 is a verb rule 2 does not list (the same body)", alt=[[]])
align30("x20_01", ["四", "（一）", "2"], [], ["区公路管理机构"], "「区公路管理机构…配备必要的技术装备，负责本区农村公路管理养护、计划管理…」: the subject of 负责, responsible, no lead (A alone accepted)", alt=[["区公路管理机构"]])
align30("x20_01", ["四", "（一）", "3"], [], ["各镇、金山工业区村建规划办", "农村公路管理站"], "「各镇、金山工业区村建规划办受区公路管理机构委托负责本辖区农村公路管理养护工作」: the subject of 负责 (one compound name, as plans-dev's 吴泾、塘湾派出所); 「村建规划办下设农村公路管理站具体实施农村公路管理养护工作」: the subject of 实施; responsible in order, no lead; 区公路管理机构 委托 / 管理和指导 and 区财政 给予补贴 guide and pay (rule 3)", rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x20_01', ['四', '（一）', '2'], 'a range is read at its lower edge', '「增加技术管理人员2—3人」: the target at the lower figure, 2人', swap=[(('2—3', '人'), (2, '人'))])
align32('x20_01', ['四', '（一）', '3'], 'a range is read at its lower edge', '「配备3—5名管理人员」: the target at the lower figure, 3名', swap=[(('3—5', '名'), (3, '名'))])
write_collected(DIR)
