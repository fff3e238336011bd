# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next156/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 39 (built by helper c156): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 9aa4d64f (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions, the round-32 to round-38 rulings and the round-39 rulings written early). Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next156/make_expected.py tests/data/plans-next156
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ONE = "a single doer: lead = [] (no lead named), the unit as lead is accepted (plans-dev 03 一)"
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30/37/38: rule 2's forms are a closed list — the plain subject of another verb (加强, 加大, "
          "确保, 实行, 采用, 施划, 梳理, 制定, 建立 …) is not a unit")
SUBJ = ("CONVENTIONS.md units rule 2, the subject of 负责／具体负责／落实／实施 or of 组织＋work (round 34), or the agent of "
        "由＋a verb of doing (round 34: 「由A＋any verb of doing」)")
HUIT = "CONVENTIONS.md units rule 2, 「（由）A会同B＋verb」: lead A (lead [] accepted), responsible A, B"
DUTY_HEAD = ("CONVENTIONS.md round 34/35/36/37/38, a heading that gives out work (职责分工, 管理职责, 「明确…职责」 …) is a label "
             "of doers: every body the text gives work, by any verb of doing, is a unit, in printed order; in 「B配合A…」 under "
             "it both (round 36); a body only named as a circumstance, a receiver or inside a noun's description is not (round 30/36)")
UNIT_HEAD = ("CONVENTIONS.md units rule 1 and round 38: a heading that names a party 「（二）区公安分局」 is a unit heading for the "
             "text under it; the label decides and the sentences add nothing (plans-dev 06 三/（一）)")
CASE = ("CONVENTIONS.md round 30: an item whose whole work is the response to a case 「…的，由A…」 takes A (rule 3's case "
        "clause is a case inside an item whose work is something else)")
PRINCIPLES = ("CONVENTIONS.md round 33/36: principle items 「一是…四是…」 of a 基本原则 point that name no unit are no tasks in a "
              "plan whose tasks name units (a count with them accepted)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x156_01_baoshan-2021-zhenji-nongcun-gonglu-guanlizhan-jianshe-zhidao-yijian.txt"
PLAN01 = "关于完善宝山区镇级农村公路管理站建设的指导意见"
NOTICE01 = "关于印发《完善宝山区镇级农村公路管理站建设的指导意见》的通知"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 意见's own title (printed over two lines 「关于完善宝山区镇级农村公路管理站」「建设的指导意见」) or the notice "
                "title (the first line): either is accepted",
     doc_no="宝交〔2021〕11号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区交通委员会",
     date="2021-08-18 (the index; the cover is signed 2021年8月17日)",
     level="district commission (Baoshan), no addressee line printed",
     source=shanghai_source("市政与基础设施", NOTICE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=87793d21-5434-4348-ac94-a74a7bf78609&siteId=0078", 2742),
     style="a short cover (「特此通知」, signature, date), then the 意见 (title over two lines), a preamble, 一、工作目标 (a childless "
           "paragraph), 二、工作原则 （一）–（三） headed sub-points over paragraphs, 三、主要工作 （一）–（五） and 四、工作要求 "
           "（一）–（四） headed sub-points over paragraphs, and a 附件 line listing three unprinted attachments 「附件：1、…」「2、…」"
           "「3、…」; no calendar date given to any item",
     leaf_tasks=9, count_alternatives=[5, 12],
     leaf_tasks_by_section={"三、主要工作 （一）–（五）": 5, "四、工作要求 （一）–（四）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["三", "（一）"], [], [], targets=[(1, "间")],
          note="aligned round 40: 可 reaches every verb joined to it in the same sentence (CONVENTIONS.md \"Round 40 rulings, "
               "written early\" → Options and calls: 「A可与…合署办公，落实…」) — 「管理站可与镇级相关部门合署办公，落实办公场所，应至少"
               "配置1-2间办公室」 gives no doer (was 管理站, reading 可 as reaching only 合署办公); "
               "「（以下简称“管理站”）」 gives the name 管理站 (round 38); 镇级相关部门 a partner of 合署办公 (no rule-2 verb); 「鼓励有条件的"
               "涉农镇、园区设立…，落实办公用房」 — RULING?: an encouragement 鼓励 read like an option 「可由A」 (round 30: no "
               "assignment), so 涉农镇, 园区 no units; 「至少配置1-2间」 — a range read at its lower edge (round 32) with 至少 (round "
               "30): target 1间; " + ONE + "; " + NODATE),
        S(["三", "（二）"], [], ["各镇", "园区"], targets=[(3, "名"), (2, "名")],
          note="「各镇、园区应落实管理站人员配置」 — " + SUBJ + "; 「各镇、园区」 two names (round 30: 「各镇、园区」 gives 各镇, 园区); "
               "「罗泾镇、罗店镇应配备不少于3名…，月浦镇…应配备不少于2名…」 — 配备 — " + CLOSED + " (the towns named are not units); "
               "不少于3名, 不少于2名 targets (round 30's comparison words); 「专管员应…履行工作责任」 persons (round 30); two doers, no "
               "lead; " + NODATE),
        S(["三", "（三）"], [], ["区交通建设管理中心"], lead_alternatives=[["区交通建设管理中心"]],
          note="under the heading 「（三）明确工作职责」 — a heading whose object is 工作职责 (round 35/38) — " + DUTY_HEAD + ": 「区交通"
               "建设管理中心应指导、监督管理站站长、专管员…做好…工作」 gives the centre work; 站长, 专管员 are persons (round 30: never "
               "units); 「在各级路长、路长办公室的指导下」 a circumstance (round 36); " + ONE + "; " + NODATE),
        S(["三", "（五）"], [], [],
          note="「各镇、园区应…全力确保管理站规范化运行，不断加强…」 (确保, 加强) and 「区交通建设管理中心应加大…考核管理，实行一年两次的"
               "考核通报机制」 (加大, 实行) — " + CLOSED + "; the heading 确保规范运行 gives out nothing; " + NONE + "; 「一年两次」 a "
               "rhythm (no deadline; no comparison word, so no target — round 36: a norm), 「下一年度」 a rhythm — " + NODATE),
        S(["四", "（二）"], [], ["区交通建设管理中心"], lead_alternatives=[["区交通建设管理中心"]],
          note="「区交通建设管理中心应定期组织管理站开展农村公路管理养护工作培训」 — 组织＋work, " + SUBJ + "; 管理站, the object of the "
               "pivot 组织, is no unit (round 30); 四、工作要求's items that give work are tasks (round 39); 「定期」 a rhythm; " + ONE
               + "; " + NODATE),
        S(["四", "（三）"], [], ["各镇人民政府"], lead_alternatives=[["各镇人民政府"]],
          note="「各镇人民政府应定期组织交通、安全、城管等部门会同管理站开展联合执法」 — 组织＋work, " + SUBJ + " (各镇人民政府 a kind with "
               "a rule-2 verb, round 32); 「交通、安全、城管等部门」, the object of 组织, is no unit (round 30); RULING?: 管理站, the "
               "partner of 会同 whose subject is that pivot object, is read as no unit (会同 gives a doer only after a doer); 「推广建立"
               "…队伍」 no subject; " + ONE + "; 「定期」 a rhythm — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、工作目标 a childless section (plans-dev lines 21–25); 二、工作原则 （一）–（三） principles naming no unit "
            "(「在区政府主导下，区交通委加强行业指导，压实…」 — 加强, 压实 outside rule 2's list) — " + PRINCIPLES + "; 三、主要工作 "
            "（一）–（五） the plan's content, all tasks; 四、工作要求 （一）–（四） give work (「落实管理站建设」「应定期组织…培训」「应"
            "定期组织…开展联合执法」「管理站应通过…引导群众…」) — round 39: a 工作要求 section whose items give work holds tasks; the "
            "附件 line's 「2、」「3、」 name unprinted attachments (no tasks) → **9**; 5 (四 left out, round 38's count without "
            "them) and 12 (二's three principles as tasks) accepted",
            "units: rule 2 (落实, 组织＋work) and 三/（三） by its heading 「明确工作职责」 (round 35/38); 三/（四）「各镇、园区应…加强…」, "
            "四/（一） (no subject; 「可将…设立在管理站」 an option) and 四/（四） 「镇级人民政府应积极依托…，加大…」「管理站应通过…调动…」 "
            "name no doer (not sampled)",
            "dates: none given to an item — 2021年8月17日 the cover's signature; 一年两次, 定期, 下一年度 rhythms",
            "targets: 至少1-2间 (lower edge 1间), 不少于3名, 不少于2名; no plan targets, phases or duties"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x156_02_songjiang-2017-tingche-ziyuan-gongxiang-liyong-shishi-yijian.txt"
PLAN02 = "松江区关于促进停车资源共享利用的实施意见"
NOTICE02 = "上海市松江区人民政府关于印发《松江区关于促进停车资源共享利用的实施意见》的通知"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 意见's own title (printed over two lines 「松江区关于促进停车资源」「共享利用的实施意见」) or the notice title "
                "(the first line): either is accepted",
     doc_no="沪松府〔2017〕143号 (from the index; the stored text prints no number)",
     issuer="上海市松江区人民政府",
     date="2017-07-11 (the index; the cover is dated 2017年7月26日)",
     level="district government (Songjiang), to 各镇人民政府、街道办事处，区政府各部门",
     source=shanghai_source("市政与基础设施", NOTICE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2ed34956-e00e-4397-b040-71e888343a77&siteId=0082", 3452),
     style="a cover (addressees, one sentence, a date), the 意见 (title over two lines), a preamble naming the goal 「创建50个停车"
           "资源共享利用示范项目」, 一、总体要求 （一）指导思想 （二）基本原则 with 「一是…四是…」 paragraphs, 二、工作目标 (childless), "
           "三、工作内容 （一）主要任务 1．2． （二）管理要求 1．–5． (full-width points 「1．」), 四、职责分工 with unit headings "
           "（一）区交通委 over 1．–5. and （二）–（九） each one body over one paragraph, 五、保障措施 （一）–（三）; no calendar date given "
           "to any item",
     leaf_tasks=21, count_alternatives=[20, 22, 23, 25],
     leaf_tasks_by_section={"三/（一）1．2．, （二）1．–5．": 7, "四/（一）1．–5．, （二）–（九）": 13, "五/（一）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["二、工作目标"],
     samples=[
        S(["三", "（一）", "1"], [], [], targets=[(300, "米")],
          note="「重点针对…停车需求，优先考虑挖掘利用在周边步行距离300-500米范围内的…停车资源，引导居民…」 — no subject; " + NONE
               + "; 「300-500米范围内」 — 内 after a distance is 以内 (round 34: 「300米服务半径内」 a target), the range read at its "
               "lower edge (round 32): target 300米; 三、工作内容 is the plan's content, its numbered leaves are tasks; " + NODATE),
        S(["三", "（二）", "4"], ["街镇"], ["街镇"], lead_alternatives=[[]],
          note="「停车矛盾突出的住宅小区周边道路具备夜间停车条件的，由街镇牵头协调公安、交通、居委会…等有关部门和单位，落实停放管理"
               "制度，编制初步方案…」 — " + CASE + "; 由A牵头: lead 街镇; RULING?: the bodies after 牵头协调 are read as objects of "
               "the pivot 协调 (round 30: not units), not as round 33's 「由A牵头B、C＋verb」 (牵头 with objects directly after it); "
               "「有关部门和单位」 closes the list (a general call, round 37) — " + NODATE),
        S(["四", "（一）", "3"], [], ["区交通委"], lead_alternatives=[["区交通委"]],
          note="under the unit heading 「（一）区交通委」 — " + UNIT_HEAD + ": 「调研公共、专用、道路等各类停车资源供给状况」; " + ONE
               + "; " + NODATE),
        S(["四", "（二）"], [], ["区公安分局"], lead_alternatives=[["区公安分局"]],
          note="「（二）区公安分局」 over one paragraph 「调研道路停车资源供给状况，…指导制定周边道路停车设定方案」 — " + UNIT_HEAD
               + "; " + ONE + "; " + NODATE),
        S(["四", "（三）"], [], ["区卫计委"], lead_alternatives=[["区卫计委"]],
          note="「（三）区卫计委」 — " + UNIT_HEAD + ": 「全面梳理…，协调推动医院…错时对外开放…」 (医院, the object of 协调推动, adds "
               "nothing); " + ONE + "; " + NODATE),
        S(["四", "（八）"], [], ["区财政局"], lead_alternatives=[["区财政局"]],
          note="「（八）区财政局」 — " + UNIT_HEAD + ": 「指导开展…政府采购工作，配合制订相关的支持政策，切实加强资金保障和使用监管」; "
               + ONE + "; " + NODATE),
        S(["四", "（九）"], ["相关街镇"],
          ["相关街镇", "有关第三方企业", "相关住宅小区居民委员会", "业主委员会", "物业服务企业", "周边相关停车资源供给方"],
          lead_alternatives=[[]],
          note="「（九）相关街镇」 — a unit heading (rule 1) whose text 「负责具体开展…，会同有关第三方企业和相关住宅小区居民委员会、业主"
               "委员会、物业服务企业以及周边相关停车资源供给方，联合制定…」 — CONVENTIONS.md round 39: a unit heading whose text 会同 "
               "others gives them as responsible with it; round 38: a label's body leads, the bodies it 协同／配合 (here 会同) are "
               "responsible (lead [] accepted); names as printed, 和／以及 joining whole names (round 34/35); RULING?: 「相关住宅小区"
               "居民委员会、业主委员会、物业服务企业」 read as three names, 相关住宅小区 kept with the first only (as printed); "
               "「有关第三方企业」 a kind (round 34: a kind before the noun, not the bare 有关单位); 「组织第三方企业与…签署…协议」 — "
               "objects of the pivot 组织 add nothing — " + NODATE),
        S(["五", "（一）"], [], ["区政府相关部门", "相关街镇"],
          note="「成立我区停车共享专项工作领导小组，负责组织…」 — the group the item sets up is no unit (rule 3, round 35); 「由区委常委、"
               "副区长于宁同志担任组长」 a person; the members 「区府办、交通委…为成员」 are no units (rule 3); 「区政府相关部门、相关街镇"
               "要落实工作部门，定人定责」 — 落实, " + SUBJ + " (kinds with a rule-2 verb, round 32/33: 相关部门 a kind); in 五、保障措施 "
               "an item that names a unit is a task (round 33); no lead; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "个"}],
     phases=[], duties=[],
     notes=["counting: 一、总体要求 （一）指导思想 a statement and （二）基本原则 「一是…四是…」 — " + PRINCIPLES + " (二是's 「鼓励由街镇"
            "会同…作为实施主体…具体由第三方企业开展…」 is an encouragement in a principle, read as no assignment); 二、工作目标 "
            "childless; 三/（一）1．2． and （二）1．–5． the plan's content (tasks, named units or not); 四/（一）1．–5． and （二）–（九） "
            "(13); 五/（一） names doers (区政府相关部门, 相关街镇); 五/（二） 「领导小组下设推进办公室，设在区交通委…领导小组办公室负责…」 — "
            "the office set up in the item is no unit (round 35) and 区交通委 only its seat, （三） no subject: items of 保障措施 "
            "naming no unit are no tasks (seeds EXPECTED.md lines 3–5) → **21**; 20 (五/（一） left out), 22 (五/（二） a task), "
            "23 (all of 五), 25 (21 + the four principles) accepted",
            "units: 四 by its unit headings (rule 1); 四/（一）4. 「配合街镇建立…」 and 5. 「指导街镇制定…」 under the unit heading "
            "区交通委 and the work heading 职责分工 — whether the label's sentences add 街镇 (round 35/36 under a work heading) or "
            "add nothing (rule 1, round 38) is not ruled for a unit heading under a 职责分工 heading: not sampled; 三/（二）2. "
            "「有关政府机关、医院和普通高等学校等事业单位、国有企业等…率先落实停车共享责任」 (落实 with a list of kinds; how the list "
            "splits is not ruled) not sampled",
            "dates: none given to an item — 2017年7月26日 the cover; 「2017年市政府要完成的…实事」 a document's title; 年度 rhythms",
            "targets: the preamble's goal 「创建50个停车资源共享利用示范项目」 a plan target (the plan's own goal); 300-500米 (lower edge); "
            "沪府令第85号, 沪交财〔2016〕1059号, 沪静交领办〔2017〕1号 document numbers; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x156_03_jinshan-2017-daolu-jiaotong-sheshi-jianshe-yu-jiaotong-zuzhi-guanli-shishi-yijian.txt"
PLAN03 = "金山区道路交通设施建设与交通组织管理实施意见"
NOTICE03 = "金山区人民政府办公室关于转发公安金山分局、区交通委制订的《金山区道路交通设施建设与交通组织管理实施意见》的通知"
JQ = ["街镇（工业区）", "新城区发展公司"]

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="金府办发〔2017〕6号 (from the index; the stored text prints no number)",
     issuer="上海市金山区人民政府办公室 (forwarding the 意见 of 上海市公安局金山分局 and 上海市金山区交通委员会)",
     date="2017-02-10 (the index; the cover is dated 2017年2月9日, the 意见 2017年2月8日)",
     level="district government office (Jinshan), to 各镇人民政府、街道办事处、工业区管委会，区政府各委办局、各区属单位",
     source=shanghai_source("市政与基础设施", "金山区人民政府办公室关于转发公安金山分局、区交通委制订的《金山区道路交通设施建设与交通组织管理实施意.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00811e4219585fe5c8fd45bb82799244f4a3&siteId=0081", 3903),
     style="a forwarding cover, then the 意见: a preamble, 一、适用范围 （一）–（三） definitions, 二、管理职责 （一）–（四）, 三、交通设施"
           "建设与管理 （一）设施建设 1.–4. （二）设施运行维护 1.–7., 四、交通组织管理 （一）–（五） (（四） and （五） with unnumbered "
           "paragraphs after them), 五、经费保障 （一）–（三）, 六、问责 (a childless point), 七、附则 （一）（二）, two signatures and a "
           "date, then the 附件 form 「交通设施（组织）安全隐患排查抄告单」 printed one field a line with 「□1.…」 check boxes and a "
           "回执 with runs of spaces; no calendar date given to any item",
     leaf_tasks=22, count_alternatives=[21, 23, 24],
     leaf_tasks_by_section={"二/（一）–（四）": 4, "三/（一）2.–4.": 3, "三/（二）1.–7.": 7, "四/（一）–（五）": 5,
                            "五/（一）（二）": 2, "六、问责": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（二）"], [], ["公安金山分局交通管理部门"], lead_alternatives=[["公安金山分局交通管理部门"]],
          note="under 二、管理职责 — " + DUTY_HEAD + ": 「公安金山分局交通管理部门（以下简称“公安分局交管部门”）是…主管部门，负责…」 — "
               "a designation and 负责; the name with 「（以下简称“X”）」 dropped (round 35); 「指导和监督街镇（工业区）及新城区发展公司"
               "管辖道路相应交通设施规划、建设和管理」 — the bodies only inside a noun's description (「…管辖道路」, round 30), given no "
               "work: no units; " + ONE + "; " + NODATE),
        S(["二", "（三）"], [], ["区经委", "区司法局", "区财政局", "区环保局", "区规划土地局", "区住房保障房屋管理局", "区城管执法局",
                                "区市场监管局"],
          note="under 管理职责 — " + DUTY_HEAD + ": 「区经委、…、区市场监管局等部门应当按照各自职责，共同做好道路交通管理工作」 (做好, a "
               "verb of doing under the heading, round 34); separate heads give each name, the 「等部门」 tail dropped (round 35); no "
               "lead; " + NODATE),
        S(["二", "（四）"], [], JQ + ["区交通委", "公安分局交管部门"],
          note="under 管理职责 — " + DUTY_HEAD + ": 「街镇（工业区）及新城区发展公司是…的责任主体」 (a designation, round 32/34; 「A及B」 "
               "two names, the bracket kept with its name, round 34) 「配合区交通委及公安分局交管部门等各职能部门做好…」 — 「B配合A…」 "
               "under a work heading gives A and B (round 36); 「等各职能部门」 tail dropped (round 35); names as printed (公安分局交管部门 "
               "the 以下简称 name, round 38); no lead; " + NODATE),
        S(["三", "（二）", "2"], [], [], targets=[(1, "次"), (2, "次")],
          note="「区交通委、各街镇（工业区）及新城区发展公司对…道路鼓励采用…标线施划方式进行施划；…热熔漆复划每两年不少于1次，冷漆"
               "复划每年不少于2次」 — 鼓励采用, 进行 — " + CLOSED + "; " + NONE + "; 不少于1次, 不少于2次: frequencies with a floor are "
               "targets (round 35); 每两年, 每年 rhythms — " + NODATE),
        S(["三", "（二）", "3"], ["公安分局交管部门"], ["公安分局交管部门", "设施权属部门", "权属部门"], lead_alternatives=[[]],
          note="「因交通组织调整，需新增、调整、撤除交通设施的，由公安分局交管部门会同设施权属部门制定…方案，审核通过后，由权属部门组织"
               "实施并进行联合验收」 — " + CASE + "; " + HUIT + "; 由A＋组织实施, " + SUBJ + "; 设施权属部门 and 权属部门 as printed "
               "(round 38: no alias rewritten); " + NODATE),
        S(["三", "（二）", "5"], [], ["维修单位", "公安分局交管部门", "区交通委"] + JQ,
          note="「…标志、标线由维修单位负责设计、设置和维护，公安分局交管部门负责审核及监管。…由公安分局交管部门和区交通委、街镇（工业区）"
               "及新城区发展公司负责联合验收」 — " + SUBJ + " (several clauses: all their bodies in printed order, each once); 「A及B」 "
               "two names (round 34); no lead; " + NODATE),
        S(["四", "（四）"], ["公安分局交管部门"], ["公安分局交管部门", "区交通委", "权属部门"] + JQ, lead_alternatives=[[]],
          note="「区管道路临时停车点新增、调整和撤除的，由公安分局交管部门会同区交通委编制方案，…由权属部门组织实施」 — " + CASE + "; "
               + HUIT + "; the unnumbered paragraph after it (before （五）) is its body (round 32): 「由街镇（工业区）及新城区发展公司"
               "提出申请并拟订方案，经公安分局交管部门审核同意后，由街镇（工业区）及新城区发展公司组织实施」 — the application is an "
               "applicant's (round 30) but 由A＋组织实施 makes them doers; 「经A审核同意」 adds no unit (rule 3) — " + NODATE),
        S(["六"], [], ["区问责办"], lead_alternatives=[["区问责办"]],
          note="「六、问责」 a childless top-level point: 「…由区问责办对未履行职责或违反本意见的“有错或无为情形”…实施问责」 — 由A＋实施, "
               + SUBJ + "; round 36: a childless top-level point that gives work to a doer by rule 2 is a task in a document of "
               "numbered items too; " + ONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、适用范围 （一）–（三） definitions (round 30: no tasks); 三/（一）1. 「道路交通设施规划、建设和管理应符合相应"
            "技术规范标准和相关规定」 a statement with no doer and no work (round 33: no task where tasks name units); 三/（一）2.–4., "
            "三/（二）1.–7., 四/（一）–（五） (the paragraphs after （四） and （五） their bodies, round 32), 二/（一）–（四）; 五、经费保障 "
            "（一） 「由区财政局负责落实保障」 (work with 负责, round 37) and （二） 「由各街镇（工业区）及新城区发展公司自行落实保障」 "
            "(由A＋落实) name doers, （三） no subject (an item of a 保障 section naming no unit, seeds EXPECTED.md lines 3–5); 六、问责 "
            "a childless point with a doer (round 36); 七、附则 interpretation and entry into force (round 30) → **22**; 21 (六 not "
            "a task), 23 (三/（一）1. a task), 24 (and 五/（三）) accepted; the 附件 form's 「□1.…」 boxes are no items",
            "units: 二 by its heading 管理职责 (round 35/38); elsewhere rule 2 — 负责, 由A＋verb, 会同, 组织＋work (三/（一）3. "
            "「区交通委和公安分局交管部门组织联合验收」); 三/（二）1. 「…各街镇（工业区）及新城区发展公司设施权属部门应…组织开展日常巡视」 "
            "(how 「A及B＋a shared head」 splits, round 31 vs round 34) and 三/（二）7. 「由权属部门或者其委托的单位负责…」 (「其委托的"
            "单位」 → 单位, the bare word a general call?) not sampled; 三/（二）4. 「在组织抢修的同时」 — 组织 inside an 「在…时」 "
            "clause (round 38); 四/（三） 「由其委托专业设计单位编制…」 (其 referring back) not sampled; 四/（五） 「区交通委制定计划并报"
            "公安分局交管部门审核」 — a filing for approval, read as no duty (round 37: a party's filing to the body that approves it)",
            "dates: none given to an item — 2017年2月8日, 2月9日 the signatures; 「正常运行3个月后」 a time from an event (no "
            "deadline, no target); 每年, 每两年 rhythms; 「201年月日」「201   年  月  日」 blanks of the form",
            "targets: 至少1次 (三/（二）1., not sampled), 不少于1次, 不少于2次; 沪交设〔2014〕583号 a document number; no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x156_04_fengxian-2016-tingche-ziyuan-gongxiang-liyong-shishi-yijian.txt"
PLAN04 = "上海市奉贤区人民政府关于促进本区停车资源共享利用的实施意见"

plan(X04,
     title=PLAN04,
     title_note="the document's one title (the 实施意见 issued directly, with addressees, no cover notice)",
     doc_no="沪奉府〔2016〕140号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区人民政府",
     date="2016-12-20",
     level="district government (Fengxian), to 各镇人民政府，街道、社区办事处，开发区管委会，区政府各部门",
     source=shanghai_source("市政与基础设施", PLAN04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00841a5cbbb1cbd51fcaed93047da432991f&siteId=0084", 3881),
     style="an 实施意见 with addressees and a preamble, 一、指导思想 (childless), 二、基本原则 「一是…四是…」 paragraphs, 三、工作目标 "
           "(childless), 四、实施内容 1.–5., 五、实施措施 with ASCII-bracketed sub-points (一)(二) (childless) and (三) 1.–4., whose 3. "
           "has a lead-in and ordinal steps 「第一，…」–「第六，…」 each a paragraph, then a 参照 paragraph, 六、加强组织保障 (一) 1.–3. "
           "(「2、」 with 、 among 「1.」「3.」) and (二) childless, a closing date; ASCII 「;」 and 「(」「)」, 「﹝2016﹞」; no calendar "
           "date given to any item",
     leaf_tasks=19, count_alternatives=[14, 15, 20, 23, 24],
     leaf_tasks_by_section={"四、实施内容 1.–5.": 5, "五/(一)(二)": 2, "五/(三)1., 3. 第一–第六, 4.": 8, "六/(一)1.–3., (二)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、工作目标"],
     samples=[
        S(["四", "4"], [], ["公安、交通部门", "各镇", "街道"],
          note="「南桥新城范围内，由公安、交通部门梳理资源，制定道路停车方案…;新城以外各镇、街道由各镇、街道…编制停车方案，报区交通委"
               "批准后由各镇、街道实施」 — " + SUBJ + " (several clauses, each body once, in printed order); 「公安、交通部门」 fields "
               "sharing one head, one name (round 31); 「各镇、街道」 two names (round 30); 区交通委 approves (rule 3); 「上午8点至下午"
               "18点」「18点至次日的8点」 clock times, not targets (round 25); no lead; " + NODATE),
        S(["五", "(一)"], [], [],
          note="「(一)建立区域停车资源共享利用协调机制」 a childless sub-point: 「区政府…建立区级停车资源共享协调制度，明确部门职责强化工作"
               "推进;各街镇全面梳理…，研究制定…，制定本街镇停车资源共享实施计划，明确任务和时间节点」 — 建立, 梳理, 制定 — " + CLOSED
               + "; the heading gives out nothing (明确部门职责 inside the text is work, not a heading, round 35); " + NONE + "; "
               + NODATE),
        S(["五", "(三)", "1"], [], ["区静态交通领导小组办公室"], lead_alternatives=[["区静态交通领导小组办公室"]],
          note="「1.停车共享协议和相关管理规范。由区静态交通领导小组办公室制定住宅小区停车共享协议和管理规范…」 — " + SUBJ + " (an "
               "office set up elsewhere, not by this item: a doer, round 36); " + ONE + "; " + NODATE),
        S(["六", "(一)", "1"], [], ["区静态交通领导小组办公室"], lead_alternatives=[["区静态交通领导小组办公室"]],
          note="under 「(一)明确责任主体和职责分工」 — a heading whose object is 职责分工 (round 35) — " + DUTY_HEAD + ": 「区静态交通领导"
               "小组办公室建立…机制，负责加强…;负责制定明确的年度计划、目标、任务、和时间节点，并对各街镇…进行年度考核」 (各街镇 the "
               "object of the checking, given no work); " + ONE + "; 年度 a rhythm — " + NODATE),
        S(["六", "(一)", "2"], [], ["区运管部门"], lead_alternatives=[["区运管部门"]],
          note="「2、区运管部门加强道路停车管理的指导，夜间停车(18：00—次日8：00点)实行收费管理，调整…收费办法」 — under the work heading "
               "— " + DUTY_HEAD + " (加强, 调整 verbs of doing under it, round 34); clock times not targets; " + ONE + "; " + NODATE),
        S(["六", "(一)", "3"], [], ["各街镇", "停车经营服务公司"],
          note="「各街镇是停车共享工作实施的主体，负责开展本区域停车共享实施工作，委托有资质的停车经营服务公司进行收费管理，制定…」 — a "
               "designation and 负责 (各街镇 a kind with a rule-2 verb, round 32); under the work heading — " + DUTY_HEAD + "; RULING?: "
               "the object of 委托 given work (进行收费管理) is a unit under a 职责分工 heading (round 39: 「由A委托B承担…」 there gives B "
               "work), here without 由; 「有资质的停车经营服务公司」 → the name after the last 的 (round 34); no lead; " + NODATE),
        S(["六", "(二)"], ["区静态交通领导小组办公室"], ["区静态交通领导小组办公室", "机管局", "房管局", "南桥镇"], lead_alternatives=[[]],
          note="「(二)开展停车共享示范，推进停车共享工作」 a childless sub-point: 「由区静态交通领导小组办公室会同机管局、房管局、南桥镇选择"
               "…住宅小区，开展…示范项目创建和交流推广活动」 — " + HUIT + "; names as printed (机管局, 房管局 without 区, round 38); in a "
               "保障 section an item naming units is a task (round 33); " + NODATE),
     ],
     plan_targets=[{"number": 5, "unit": "个工作日"}],
     phases=[], duties=[],
     notes=["counting: 一、指导思想 and 三、工作目标 childless sections; 二、基本原则 「一是…四是…」 — " + PRINCIPLES + " (一是 "
            "「组织和引导…」 has no subject, 二是 「鼓励由各街镇会同…作为实施主体」 an encouragement); 四 1.–5. the plan's content "
            "(tasks); 五/(一)(二) childless sub-points (tasks); 五/(三)1., 4. tasks, 2. 「停车共享相关收费标准。…具体收费标准按照…约定"
            "执行」 a statement of the charging rule with no doer and no work (round 33/34: no task), 3. 「停车共享操作流程。…可参照"
            "以下流程办理：」 a lead-in over 「第一，…」–「第六，…」, ordinal run-in headings each opening a paragraph (round 35/36: "
            "item numbers), read as its six items (第二 lists materials an applicant hands in, 第五 an applicant's renewal, 第六 "
            "cases that end a contract — still steps of the procedure), the 参照 paragraph after 第六 no task (round 34); 六/(一)1.–3. "
            "and 六/(二) → **19**; 14 (五/(三)3. one task), 15 (and 2. a task), 20 (19 with 2.), 23, 24 (with 二's four principles) "
            "accepted; the ordinal steps are not sampled (paths through 「第一，」 are not built by `locate`)",
            "units: rule 2 (由A＋verb, 负责, 会同) and 六/(一) by its heading 明确…职责分工 (round 35); 四/2. 「政府机关、医院和普通高等学校等"
            "事业单位、国有企业等…率先落实停车共享责任」 (落实 with a list of kinds) and 五/(二) 「南桥镇及其周边地区由区属停车经营服务"
            "公司配合建立共享协商机制」 (由A配合＋verb with no partner named) not sampled; 第一, 第三, 第四 「由街镇会同停车经营服务企业…」",
            "dates: none given to an item — 2016年12月20日 the closing date; 年度 rhythms; 「提前一个月」 a time before an event",
            "targets: plan target 「公示至少5个工作日」 (第三's time limit with a comparison word, round 33; the step is not sampled, so "
            "it is checked as a plan target); clock times 8点, 18点, 18：00, 8：00 not targets; 沪交设﹝2016﹞1027号 a document number; "
            "no phases, no duties (the applicants' submissions and renewals are an applicant's, round 30/32)",
            "balance, said plainly: x156_02 (Songjiang, 2017) and this document implement one city 指导意见 on shared parking: "
            "一、指导思想, 二、基本原则 一是–四是, 三、工作目标 and 四、实施内容 1.–5. are printed nearly as x156_02's 一、二、and 三/（二） "
            "1．–5．; the layouts differ after that (unit headings there, 实施措施 with ordinal steps and a 职责分工 sub-point here); "
            "one of seven samples (四/4.) falls in the shared part, and its text differs from x156_02's 三/（二）4."])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'街镇（工业区）': '街镇'})

write_collected(DIR)
