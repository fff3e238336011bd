# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next56/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c56; page openings of county, district and township documents
from outside Shanghai whose tasks carry units on the page: 植树造林, 统计基层基础, 防震减灾): never tune the parser on them
(see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer was run
on these plans by c56: the lead scores them once.

    python tests/data/plans-next56/make_expected.py tests/data/plans-next56
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    S,
    align30,
    at_in,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

PROSE = "units act only in sentences (no label, no 牵头/负责 tied to a named unit): lead = [], responsible = []"
BY_X = ("「(由)X负责」 names one unit that does the work, with no lead named: responsible = [X]; "
        + ONE.replace("column", "sentence"))
KIND = ("「由X负责」 where X is a kind of party, not a named unit (其各自的经营主体 / 县里组织的专业队 / 乡里, the plan's own "
        "township): lead = [], responsible = []")

F01 = "x56_01_xiangzhen-chunji-zaolin-gongzuo-fangan.txt"
F02 = "x56_02_duodao-2024-jiaqiang-tongji-jiceng-jichu-gongzuo-tongzhi.txt"
F03 = "x56_03_yangling-2018-fenjie-luoshi-fangzhen-jianzai-gongzuo-renwu-tongzhi.txt"

# ---------------------------------------------------------------------------------------------------------
RUN = "the item is run into one line with the whole plan (「…2、…3、…」 inside the line)"
plan(F01,
     title="乡镇春季造林工作方案",
     title_note="line 1 (and again at line 3 and inside the first preview chunk); the plan's own title is the same words",
     doc_no="", issuer="a 乡 (not named; villages 龙颈村、老屋村, the 319国道)", date="(not on the page; the year is blanked 「二Oxx」; uploaded 2019-03-25)",
     level="township (乡)",
     source=page_source("https://m.wenku365.com/p-35531485.html"),
     style="a document-sharing page: title, ID/size/pages/time chrome, preview page lines, 「资源描述:」, then the plan run "
           "into one line from 「1、」 (the preview's first chunk number) with 一、造林任务 / 二、造林苗木安排 / 三、造林方式及要求 "
           "1、–7、 inside it; the preview's chunk numbers 「2、」 and 「3、」 start the next two lines, cutting item 3 and item "
           "7 in two; items say 「由X负责」",
     leaf_tasks=7, count_alternatives=[8, 9], attachment_task_rows=0, childless_top_level_sections=["一", "二"],
     samples=[
        S(["三", "1"], note=KIND + "; the villages are where the work is, not who does it; " + RUN + "; " + NODATE,
          **at(F01, "三、造林方式及要求1、")),
        S(["三", "2"], note=KIND + "; the spam words 「压滤机滤布」 glued to the sentence are page junk; 319 is the road's "
          "number, not a quantity; " + NODATE, **at(F01, "负责。2、")),
        S(["三", "3"], targets=[(140, "亩"), (20, "亩")],
          note=KIND + "; the item runs over the preview's chunk break: 「…造林亩、319⏎⏎2、国道可视范围内山上造林140亩及号镇造林"
               "20亩由乡里组织专业队负责」 — the line-start 「2、」 is the preview's chunk number, not an item (a reading that makes it "
               "one is what count_alternatives do not cover); 「造林亩」 has its figure blanked; " + NODATE,
          **at(F01, "滤布。3、")),
        S(["三", "4"], [], ["各村"], targets=[(2, "个"), (30, "亩")], lead_alternatives=[["各村"]],
          note="「各村的山下造林任务由各村负责」: " + BY_X + " (各村, a group name, as 各村 in plans-dev 12); 「选好2个连片30亩以上的"
               "精品点」: 2个 and the 30亩 floor are the item's quantities; 「扣除2000元」 is a sanction, not asked; " + NODATE,
          **at(F01, "专业队负责。4、")),
        S(["三", "5"], note=PROSE + " (广大群众 are asked to plant); " + NODATE, **at(F01, "统一种植。5、")),
        S(["三", "6"], note="a rule for planting (舒根、栽正、踩紧、培土): no unit; " + NODATE, **at(F01, "义务种植。6、")),
        S(["三", "7"], note=PROSE + "; the item runs over the chunk break into 「3、乡道路两侧造林管护实行谁的路段谁负责的原则,各村"
          "要落实好经营」 (the line-start 「3、」 is the preview's chunk number; 各村 act in a sentence) and is cut there; " + CUT + "; "
          + NODATE, **at(F01, "要假植好。7、")),
     ],
     plan_targets=[{"number": 2640, "unit": "亩"}],
     phases=[], duties=[],
     notes=["7 leaves: 三、1、–7、 (7 cut); 8 or 9 accepted where 二、造林苗木安排 (the township carries the seedlings to the "
            "villages) and 一、造林任务 (the year's areas) are read as tasks rather than sections",
            "plan target: 「其中山上造林2640亩」 in 一、; the total and 山下 figures are blanked in the source (「任务亩」「山下造林亩」)",
            "the chunk numbers 1、2、3、 at line starts belong to the preview, not to the plan",
            "no dates on the page (「二Oxx年度」 is a blanked year)"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title="掇刀区人民政府办公室关于进一步加强统计基层基础工作的通知",
     title_note="line 5 (the index block's 文号 line and the 发布日期 line are page chrome)",
     doc_no="掇政办发〔2024〕8号", issuer="荆门市掇刀区人民政府办公室 (高新区(掇刀区))", date="(the page's 生成日期 2025-01-02)",
     level="district (Hubei, 荆门市掇刀区)",
     source=page_source("http://duodao.gov.cn/art/2025/1/2/art_13602_18360.html"),
     style="a government page: an index block (索引号, 主题分类, 发布机构, 生成日期, 文号, 效力状态), the title, an issue line, "
           "addressees, preamble with three document numbers, 一、强化基层统计力量 (一)(二) run-in items whose actors act in "
           "sentences; (二) cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], note=PROSE + " (区统计局 makes the 《统计工作人员管理办法》 as the subject of the sentence: accepted by "
          "no convention as a labelled unit); " + NODATE),
        S(["一", "(二)"], targets=[(3, "年"), (1, "名")],
          note=PROSE + " (各镇(街道) in a sentence; 区统计局 must agree to changes); 「至少3年」 and 「至少配备1名专职统计人员」 are "
               "the item's requirements; 「超过150家」 is the condition for the 1名 (not asked); " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/(一), 一/(二) (cut); 1 without the cut item",
            "国统字〔2021〕85号, 鄂统计文〔2023〕39号, 荆政办发〔2022〕26号, 掇政办发〔2024〕8号 are document numbers"])

# ---------------------------------------------------------------------------------------------------------
TITLE03 = "关于分解落实2018年防震减灾工作任务的通知"
plan(F03,
     title=f"杨陵区人民政府办公室{TITLE03}（{TITLE03}）",
     title_note="the issuer line 「杨陵区人民政府办公室」 (line 1) stands over the title line (line 2): either the title line or "
                "the two joined is accepted",
     doc_no="", issuer="杨陵区人民政府办公室", date="(not on the page; 2018)",
     level="district (Shaanxi, 杨凌示范区杨陵区)",
     source=page_source("https://www.ylq.gov.cn/zzzq/zcwj/1907002437288914945.html"),
     style="issuer line, title, addressees, one sentence of preamble, 一、工作任务分解落实 with 1.–5. each opening with the unit "
           "that does it: 「区住建局负责…」, 「区住建局牵头,应急办配合,…」, 「各镇(街道)负责…」, 「区教育局负责…」; 5. cut",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["区住建局"], lead_alternatives=[["区住建局"]], note=BY_X + "; " + NODATE),
        S(["一", "2"], ["区住建局"], ["区住建局", "应急办"],
          note="「区住建局牵头,应急办配合」: the lead and the partner as written (应急办, the short name); 《地震灾害应急预案》 is a "
               "document the item follows; " + NODATE),
        S(["一", "3"], [], ["区住建局"], lead_alternatives=[["区住建局"]], dl="在汶川地震十周年纪念日及其他重点时段", skip_deadline=True,
          note=BY_X + "; 「组织相关部门…」: 相关部门 are not named; the 汶川地震十周年纪念日 (2018-05-12) is when a campaign is held, "
               "not a deadline: not checked; 「六进」 is a programme name"),
        S(["一", "4"], [], ["各镇(街道)"], targets=[(1, "个")], lead_alternatives=[["各镇(街道)"]],
          note=BY_X + " (the group name with its bracket kept whole); 「完成1个防震减灾示范社区(小区)创建工作」; 「三网一员」 is a "
               "name; " + NODATE),
        S(["一", "5"], [], ["区教育局"], lead_alternatives=[["区教育局"]], note=BY_X + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: 一/1.–5. (5. cut); 4 without the cut item",
            "the plan's year 2018 is in the title; no item carries a date"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x56_01", ["三", "7"], [], ["各村"],
        "「…各村要落实好经营」 (the item's text running into the next chunk): the subject of 落实 (the villages, a group of bodies) is responsible, no lead (A alone accepted as lead)", alt=[["各村"]])
align30("x56_02", ["一", "(二)"], [], ["各镇(街道)"],
        "「各镇(街道)应在经济发展办公室设置统计岗位…，负责农村统计、各项普查调查…等工作」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 「征得区统计局同意」 an approver (rule 3)", alt=[["各镇(街道)"]], rule="2 and 3")
write_collected(DIR)
