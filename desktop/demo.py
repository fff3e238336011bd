"""The demo workspace: seed 000's plan (武政办〔2024〕20号), its units and liaison officers,
and nine months (March–November, the plan was issued on 1 March) of progress written the
way liaison officers write it: the work as it happened, counts that add up and totals that grow,
a few units late or missing.

Built deterministically (a fixed random seed), so screenshots and tests see the same data.
"""

from __future__ import annotations

import random
from pathlib import Path

from desktop import paths
from desktop.core.model import Target

# the plan was issued on 1 March 2024: monthly reports run from March
DEMO_MONTHS = [f"2024-{m:02d}" for m in range(3, 12)]

# "today" in the demo: the week the November information and the year-end report are due
DEMO_AS_OF = "2024-11-26"

# liaison officers of the units the screenshots and tests look at; the rest are generated
DEMO_UNITS = {
    "市民政局": ("王晓丽", "027-85726301"),
    "市住房和城市更新局": ("李建国", "027-85618852"),
    "市残联": ("陈静", "027-82783315"),
    "市卫健委": ("张敏", "027-85691190"),
    "市医保局": ("刘洋", "027-82855016"),
    "市数据局": ("赵磊", "027-85850763"),
    "市人社局": ("孙芳", "027-85367721"),
    "各区人民政府": ("周涛", "027-83657204"),
}
SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = ["晓丽", "建国", "静", "敏", "洋", "磊", "芳", "涛", "海燕", "志强", "丽娟", "文博", "婷",
         "国庆", "雪梅", "俊杰", "慧", "立新", "春华", "明"]

# targets the office added in review (seed 000 names none in numbers): task number → targets
REVIEWED_TARGETS = {
    "6": [Target("完成既有住宅加装电梯不少于300部", 300, "部", ">=", "2024-12-31", "既有住宅加装电梯"),
          Target("改造老年人活动场所不少于50处", 50, "处", ">=", "2024-12-31", "老年人活动场所")],
    "8": [Target("安宁疗护试点机构达到20家", 20, "家", ">=", "2024-12-31", "安宁疗护试点机构")],
    "9": [Target("新建老年食堂不少于100个", 100, "个", ">=", "2024-12-31", "老年食堂")],
    "11": [Target("开展老年人智能技术培训1万人次", 10000, "人次", ">=", "2024-12-31", "智能技术培训")],
    "4": [Target("完成无障碍设施改造点位不少于500处", 500, "处", ">=", "2024-11-30", "无障碍设施改造点位")],
}

# What the first lead unit of each task writes, March to November: the work as it happened,
# monthly counts and running totals that grow, the landmark in its month. ``None``: the
# month's line repeats the routine sentence of the task (``ROUTINE``).
STORY: dict[str, list[str]] = {
    "1": ["成立适老化建设宣传工作专班，制定年度宣传工作方案。",
          "印发《适老化建设宣传工作方案》，在市主流媒体开设“适老化建设进行时”专栏。",
          "组织“适老化改造进社区”宣传活动，覆盖社区42个。",
          "编发适老化建设工作简报2期，在“武汉发布”推送典型案例3篇。",
          "组织“适老化改造进社区”宣传活动，覆盖社区56个。",
          "开展适老化建设满意度问卷调查，回收有效问卷3260份，群众满意率91.2%。",
          "组织“适老化改造进社区”宣传活动，覆盖社区61个。",
          "邀请市政协委员视察适老化建设工作，收集意见建议18条并逐条办理。",
          "编发适老化建设工作简报2期，累计编发工作简报9期。"],
    "2": ["印发《3号建议案办理工作任务分工方案》，将11项任务分解到38个责任单位。",
          "逐一对接责任单位，确定联络员38名，建立联络员工作群。",
          "各责任单位报送本单位实施方案，任务分工全部落实到处室和责任人。",
          None, None, None, None, None, None],
    "3": ["建立适老化建设联席会议制度，明确月调度、季通报工作机制。",
          "召开联席会议第一次全体会议，审议年度工作要点。",
          "印发《适老化建设联席会议工作规则》，联动机制正式运行。",
          "召开季度调度会，通报一季度工作进展，协调解决跨部门问题5个。",
          None,
          "召开季度调度会，通报上半年工作进展，协调解决跨部门问题7个。",
          None, None,
          "召开季度调度会，通报三季度工作进展，协调解决跨部门问题4个。"],
    "4": ["启动《适老化环境建设专项规划（2024—2035年）》编制工作，完成现状调查。",
          "完成全市适老化设施底数摸排，建立问题台账。",
          "完成无障碍设施改造点位55处，累计完成95处。",
          "形成《适老化环境建设专项规划（2024—2035年）》初稿，征求相关部门意见。完成无障碍设施改造点位65处，累计完成160处。",
          "完成无障碍设施改造点位70处，累计完成230处。",
          "完成无障碍设施改造点位65处，累计完成295处。",
          "修改完善专项规划，形成送审稿。完成无障碍设施改造点位75处，累计完成370处。",
          "将《适老化环境建设专项规划（2024—2035年）》报请市政府审议。完成无障碍设施改造点位75处，累计完成445处。",
          "完成无障碍设施改造点位65处，累计完成510处。"],
    "5": ["启动《既有住宅加装电梯技术导则》修订工作，组建专家组。",
          "赴上海、杭州学习加装电梯标准化建设经验，形成调研报告。",
          "形成《既有住宅加装电梯技术导则》征求意见稿，书面征求相关单位意见。",
          "召开专家评审会，对技术导则征求意见稿进行论证。",
          "出台《既有住宅加装电梯技术导则》，自8月1日起施行。",
          "启动《居住区适老化改造设计标准》编制工作。",
          "完成《居住区适老化改造设计标准》初稿。",
          "组织对设计标准初稿进行专家论证，收集修改意见23条。",
          "形成《居住区适老化改造设计标准》送审稿。"],
    "6": ["完成既有住宅加装电梯12部，累计完成12部。",
          "完成既有住宅加装电梯23部，累计完成35部；改造老年人活动场所3处，累计改造3处。",
          "完成既有住宅加装电梯33部，累计完成68部；改造老年人活动场所5处，累计改造8处。",
          "完成既有住宅加装电梯36部，累计完成104部；改造老年人活动场所6处，累计改造14处。",
          "完成既有住宅加装电梯38部，累计完成142部；改造老年人活动场所7处，累计改造21处。",
          "完成既有住宅加装电梯39部，累计完成181部；改造老年人活动场所6处，累计改造27处。",
          "完成既有住宅加装电梯45部，累计完成226部；改造老年人活动场所7处，累计改造34处。",
          "完成既有住宅加装电梯42部，累计完成268部；改造老年人活动场所7处，累计改造41处。",
          "完成既有住宅加装电梯44部，累计完成312部；改造老年人活动场所6处，累计改造47处。"],
    "7": ["起草《关于深入推进医养结合发展的实施意见》，赴各区开展专题调研。",
          "新增医养结合机构2家，全市医养结合机构达到86家。",
          "印发《关于深入推进医养结合发展的实施意见》，明确14项重点任务。",
          "新增医养结合机构3家，全市医养结合机构达到89家。",
          "开展医养结合机构服务质量提升行动，检查机构89家，督促整改问题46个。",
          "新增医养结合机构2家，全市医养结合机构达到91家。",
          "推动二级以上综合医院设立老年医学科，设置率达到72%。",
          "新增医养结合机构2家，全市医养结合机构达到93家。",
          "二级以上综合医院老年医学科设置率达到81%。"],
    "8": ["确定首批安宁疗护试点机构2家，制定试点工作方案。",
          "新增安宁疗护试点机构2家，累计4家。",
          "新增安宁疗护试点机构2家，累计6家；长期护理保险参保人数达到412万人。",
          "新增安宁疗护试点机构3家，累计9家。",
          "新增安宁疗护试点机构2家，累计11家；组织安宁疗护专业培训2期，培训医护人员180人。",
          "新增安宁疗护试点机构3家，累计14家。",
          "新增安宁疗护试点机构2家，累计16家；长期护理保险享受待遇人数达到1.8万人。",
          "新增安宁疗护试点机构2家，累计18家。",
          "新增安宁疗护试点机构2家，累计20家，完成年度试点任务。"],
    "9": ["制定老年食堂建设年度计划，将100个建设任务分解到各区。完成选址摸排，确定新建点位41个。",
          "新建老年食堂11个，累计建成11个。",
          "新建老年食堂9个，累计建成20个；开展老年食堂食品安全检查1次，检查食堂20个。",
          "新建老年食堂12个，累计建成32个。",
          "新建老年食堂12个，累计建成44个；印发《老年食堂运营补贴办法》。",
          "新建老年食堂11个，累计建成55个。",
          "新建老年食堂12个，累计建成67个；开展老年食堂食品安全检查1次，检查食堂67个。",
          "新建老年食堂13个，累计建成80个。",
          "新建老年食堂9个，累计建成89个。"],
    "10": ["制定“多卡合一”工作方案，梳理社保卡可加载的服务事项32项。",
           "完成社保卡与老年人乘车卡功能整合的技术方案论证。",
           "在江岸区、武昌区开展“多卡合一”试点，发放新版社保卡1.2万张。",
           "试点区新增发放新版社保卡2.3万张，累计3.5万张。",
           "社保卡加载老年人乘车、就医、公园年卡等服务事项18项。",
           "“多卡合一”在全市推广，累计发放新版社保卡12.6万张。",
           "“多卡合一”服务平台正式上线，实现老年人凭社保卡乘车、就医、入园“一卡通行”。",
           "累计发放新版社保卡21.4万张。",
           "累计发放新版社保卡26.8万张，“多卡合一”全面完成。"],
    "11": ["制定老年人智能技术培训年度计划。开展老年人智能技术培训800人次，累计800人次。",
           "开展老年人智能技术培训1100人次，累计1900人次。",
           "开展老年人智能技术培训1200人次，累计3100人次；完成适老化改造网站和APP 8个。",
           "开展老年人智能技术培训1200人次，累计4300人次。",
           "开展老年人智能技术培训1300人次，累计5600人次；完成适老化改造网站和APP 9个，累计17个。",
           "开展老年人智能技术培训1300人次，累计6900人次。",
           "开展老年人智能技术培训1300人次，累计8200人次；完成适老化改造网站和APP 11个，累计28个。",
           "开展老年人智能技术培训1400人次，累计9600人次。",
           "开展老年人智能技术培训1000人次，累计10600人次；完成适老化改造网站和APP 8个，累计36个。"],
}
# the month a task is reported done by its lead (index into DEMO_MONTHS), and months it lags
DONE_FROM = {"2": 2, "3": 3, "10": 8}
LATE_IN = {"5": {5, 6}}
# a co-lead's own share of one task, in its own words (never one sentence pasted under every task)
CO_LEAD_WORK = {
    ("市民政局", "2"): ["梳理民政系统承担的任务事项，明确责任处室和完成时限。",
                     "将分工方案中涉及民政的任务纳入局重点工作台账，按月调度。",
                     "组织各区民政局对照分工方案开展自查，形成自查报告13份。"],
    ("市民政局", "6"): ["梳理社区养老服务设施配套建设底数，建立台账。",
                     "会同各区核查新建小区养老服务用房移交情况，核查小区46个。",
                     "推动已移交的养老服务用房投入使用，新增投用12处。"],
    ("市民政局", "8"): ["摸排全市失能老年人照护需求，建立失能老年人信息库。",
                     "将经济困难的失能老年人纳入护理补贴范围，发放补贴1.2万人次。",
                     "开展养老机构失能照护服务质量检查，检查机构52家。"],
    ("市住房和城市更新局", "1"): ["在老旧小区改造现场设置适老化建设宣传栏。",
                            "组织加装电梯政策进社区宣讲，覆盖小区35个。",
                            "在住房系统网站开设适老化改造政策专栏。"],
    ("市住房和城市更新局", "3"): ["明确局内联络处室和联络员，参加联席会议。",
                            "向联席会议办公室报送加装电梯推进情况。",
                            "与市民政局建立加装电梯和适老化改造信息共享机制。"],
    ("市残联", "1"): ["组织残疾人代表参与适老化建设宣传活动，收集意见建议12条。",
                    "在残联系统微信公众号转发适老化建设宣传稿件8篇。",
                    "开展无障碍环境建设体验活动，邀请残疾人代表现场评议。"],
    ("市残联", "3"): ["明确残联系统联络员，参加联席会议。",
                    "向联席会议办公室报送无障碍环境建设情况。",
                    "将无障碍环境建设纳入残联系统年度重点工作。"],
    ("市残联", "4"): ["组织残疾人代表对专项规划草案提出意见建议9条。",
                    "配合开展无障碍设施改造点位核查。",
                    "对改造完成的无障碍设施开展体验评议，反馈问题11个。"],
    ("市残联", "6"): ["梳理残疾人家庭无障碍改造需求，建立需求清单。",
                    "完成困难残疾人家庭无障碍改造186户。",
                    "对老年人活动场所无障碍设施开展抽查，抽查场所20处。"],
    ("市自然资源和城乡建设局", "4"): ["提供国土空间规划底图，配合开展规划编制。",
                              "对专项规划草案提出规划衔接意见6条。",
                              "将适老化设施用地需求纳入国土空间详细规划统筹考虑。"],
    ("市医保局", "7"): ["梳理医养结合机构医保定点申请，新增定点机构5家。",
                     "优化医养结合机构医保结算流程。",
                     "开展医养结合机构医保基金使用专项检查，检查机构31家。"],
    ("市卫健委", "8"): ["指导试点机构规范开展安宁疗护服务。",
                     "组织安宁疗护服务规范培训，培训医护人员120人。",
                     "开展安宁疗护试点机构服务质量评估。"],
    ("市数据局", "10"): ["开展社保卡数据共享接口对接，完成接口改造4个。",
                      "保障“多卡合一”服务平台数据交换稳定运行。",
                      "将“多卡合一”服务事项接入政务服务平台。"],
}
CO_LEAD_DEFAULT = ["按照牵头职责抓好“{t}”相关工作，各项措施按计划落实。",
                   "组织召开{t}专题会议，研究部署重点工作。",
                   "对照任务清单开展{t}自查，完成阶段性任务。"]
# what a supporting unit writes: short, mostly without figures
SUPPORT = ["按照职责分工，配合做好{t}相关工作。",
           "结合部门职能，研究提出{t}相关意见建议。",
           "参加{t}工作推进会，反馈本部门工作进展。",
           "对照任务清单开展自查，{t}相关工作按计划推进。"]
FINANCE = ["下达{t}专项补助资金{n}万元。"]
PROBLEMS = {      # per task: (first month index, last month index, problem)
    "1": [(0, 2, "部分社区宣传覆盖不足，群众知晓率不高。")],
    "4": [(3, 8, "专项规划涉及部门多，意见协调周期较长。")],
    "5": [(4, 7, "设计标准涉及专业领域多，论证时间较预期延长。")],
    "6": [(1, 8, "部分老旧小区加装电梯居民意见不一，协调难度较大。"),
          (5, 8, "部分区配套资金到位较慢，影响项目推进进度。")],
    "7": [(6, 8, "基层医养结合专业人才不足。")],
    "9": [(1, 3, "部分点位房屋产权不清，影响选址。"), (4, 8, "部分老年食堂运营补贴到位较慢，可持续运营压力较大。")],
    "11": [(5, 8, "农村地区老年人智能技术培训覆盖面偏低。")],
}
NEXT = {          # per task: a step for each month, the last ones pointing to next year
    "1": ["开展宣传进社区活动。", "持续开展适老化宣传。", "扩大宣传覆盖面。", "总结推广典型经验。",
          "开展群众满意度调查。", "扩大宣传覆盖面。", "组织委员视察。", "总结全年宣传工作，谋划明年宣传重点。",
          "谋划明年适老化建设宣传工作，提高群众知晓率。"],
    "4": ["完成现状调查。", "形成规划初稿。", "征求部门意见。", "修改完善规划。", "形成送审稿。",
          "报请市政府审议。", "报请市政府审议。", "推动专项规划尽快印发实施，加快无障碍设施改造收尾。",
          "推动专项规划印发实施，抓好无障碍设施改造收尾。"],
    "5": ["形成征求意见稿。", "组织专家评审。", "出台技术导则。", "出台技术导则。", "启动设计标准编制。",
          "加快设计标准编制进度。", "组织专家论证。", "加快形成设计标准送审稿，力争年内发布。",
          "推动《居住区适老化改造设计标准》年内发布。"],
    "6": ["加快加装电梯项目审批。", "加快项目建设。", "加快项目建设。", "加快项目建设。", "加快项目建设。",
          "加快配套资金拨付。", "加快配套资金拨付。", "加快剩余加装电梯项目建设，确保12月底前完成年度目标。",
          "加快剩余加装电梯项目建设，确保12月底前完成年度目标。"],
    "7": ["印发实施意见。", "印发实施意见。", "推动实施意见落地。", "开展服务质量提升行动。",
          "推进老年医学科建设。", "推进老年医学科建设。", "加强医养结合人才培养。",
          "加强基层医养结合人才培养。", "加强基层医养结合人才培养，扩大医养结合服务覆盖面。"],
    "8": ["扩大试点范围。", "扩大试点范围。", "扩大试点范围。", "开展安宁疗护培训。", "扩大试点范围。",
          "扩大试点范围。", "扩大试点范围。", "完成年度试点任务，总结安宁疗护试点经验。",
          "总结安宁疗护试点经验，研究制定推广方案。"],
    "9": ["开展选址摸排。", "启动建设。", "加快建设。", "出台运营补贴办法。", "加快建设。",
          "加快建设。", "加快建设。", "推进剩余点位建设，落实运营补贴，确保完成年度建设任务。",
          "推进剩余3个点位建设，落实运营补贴，提升老年食堂可持续运营水平。"],
    "11": ["开展智能技术培训。", "扩大培训覆盖面。", "推进网站和APP适老化改造。", "扩大培训覆盖面。",
           "推进网站和APP适老化改造。", "向农村地区延伸培训。", "向农村地区延伸培训。",
           "推动智能技术培训向农村地区延伸，扩大培训覆盖面。",
           "将智能技术培训向农村地区延伸，巩固“多卡合一”应用成效。"],
}
# target values the first lead reports with its entry, by month (cumulative, as in STORY)
VALUES = {
    "4": {"无障碍设施改造点位": [None, 40, 95, 160, 230, 295, 370, 445, 510]},
    "6": {"既有住宅加装电梯": [12, 35, 68, 104, 142, 181, 226, 268, 312],
          "老年人活动场所": [None, 3, 8, 14, 21, 27, 34, 41, 47]},
    "8": {"安宁疗护试点机构": [2, 4, 6, 9, 11, 14, 16, 18, 20]},
    "9": {"老年食堂": [None, 11, 20, 32, 44, 55, 67, 80, 89]},
    "11": {"智能技术培训": [800, 1900, 3100, 4300, 5600, 6900, 8200, 9600, 10600]},
}


def _plain(title: str) -> str:
    """The object of a task title: 完善设施配套 → 设施配套."""
    from desktop.core.parse.shortname import suggest_short_name

    return suggest_short_name(title)


def _short(title: str) -> str:
    return title.rstrip("。；;，,")


def _refuse_replacing_real_data(path: Path) -> None:
    """Only an earlier demo workspace (or nothing) may be replaced: ``demo --db`` naming the
    real workspace, or any other file, must not delete it."""
    from desktop.errors import WorkspaceError
    from desktop.store.workspace import SQLITE_MAGIC, peek_setting

    if not path.exists() and not path.is_symlink():
        return
    refusal = WorkspaceError(f"“{path}”已存在，且不是演示工作区，为免删掉真实数据，没有生成演示工作区，"
                             "文件未作任何改动。请用 --db 指定一个新的文件名（例如 demo.luoshi.sqlite）。")
    if path.is_dir():
        raise refusal
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise refusal
    if peek_setting(path, "demo") != "1":
        raise refusal


def build_demo(path: Path | None = None, *, seed: int = 2024) -> Path:
    """Build the demo workspace at ``path`` (replacing any earlier demo file)."""
    from desktop.core.parse import parse_text
    from desktop.store import entries as store_entries, open_workspace
    from desktop.store.plans import save_plan
    from desktop.store.queries import unit_id as find_unit

    path = Path(path) if path is not None else paths.data_dir() / "demo.luoshi.sqlite"
    _refuse_replacing_real_data(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    text = paths.resource("desktop", "data", "demo_plan.txt").read_text(encoding="utf-8")
    plan = parse_text(text)
    for task in plan.tasks:
        if not task.targets and task.number in REVIEWED_TARGETS:
            task.targets = list(REVIEWED_TARGETS[task.number])
    from desktop.store.identity import office_name_from_plan, set_office_identity

    rng = random.Random(seed)
    with open_workspace(path) as ws:
        result = save_plan(ws, plan, source_name="武政办〔2024〕20号（演示）", backup=False)
        plan_id = result.plan_id
        ws.set_setting("current_plan_id", str(plan_id))
        ws.set_setting("role", "office")
        # the office's full name, derived from the plan's title as the sign-off's fallback is
        set_office_identity(ws, office_name_from_plan(plan.title), "刘洋", "027-82796123")
        ws.set_setting("demo", "1")
        ws.set_setting("as_of", DEMO_AS_OF)
        office = find_unit(ws, plan_id, "市民政局")
        if office is not None:
            ws.set_setting("unit_id", str(office))
        with ws.transaction():      # the district governments report as one, through 周涛
            for name, person in DEMO_UNITS.items():
                uid = find_unit(ws, plan_id, name)
                if uid is not None:
                    store_entries.set_liaison(ws, uid, *person)
        units = reporting_units(ws, plan_id)
        with ws.transaction():
            for index, (uid, name) in enumerate(units):
                if name not in DEMO_UNITS:
                    store_entries.set_liaison(ws, uid, *liaison_for(name, index))
        for uid, name in units:
            _fill_unit(ws, plan_id, uid, name, rng)
        ws.audit("demo_built", {"units": len(units), "months": len(DEMO_MONTHS), "as_of": DEMO_AS_OF})
    return path


def _unit_profile(name: str, rng: random.Random) -> tuple[set[str], set[str], bool]:
    """(months missing, months submitted late, November already submitted).

    A few units lag, as real ones do; most submit on time; by the 26th of November a
    third have sent November's report, the rest still hold a draft.
    """
    if name == "市医保局":
        return {"2024-10", "2024-11"}, {"2024-07"}, False
    if name == "市投资促进局":          # never reported: the office's checks name it
        return set(DEMO_MONTHS), set(), False
    if name == "各区人民政府":
        return {"2024-11"}, {"2024-03", "2024-08"}, False
    if name == "市数据局":
        return set(), {"2024-05", "2024-06"}, True
    if name in ("市民政局", "市住房和城市更新局"):
        return set(), set(), False
    roll = rng.random()
    missing = {rng.choice(DEMO_MONTHS[2:8])} if roll < 0.12 else set()
    late = {rng.choice(DEMO_MONTHS[:8])} if roll > 0.8 else set()
    return missing, late, rng.random() < 0.35


def reporting_units(ws, plan_id: int) -> list[tuple[int, str]]:
    """Units that report for themselves: ``store.dashboard.reporting_units``, the grid's rule."""
    from desktop.store.dashboard import reporting_units as must_report

    return [(u["id"], u["name"]) for u in must_report(ws, plan_id)]


def liaison_for(name: str, index: int) -> tuple[str, str]:
    if name in DEMO_UNITS:
        return DEMO_UNITS[name]
    return (SURNAMES[(index * 7) % len(SURNAMES)] + GIVEN[(index * 3) % len(GIVEN)],
            f"027-8{(5600000 + index * 7919) % 10000000:07d}")


def _lines(task, name: str, index: int, rng: random.Random) -> tuple[str, str, str, str]:
    """(status, progress, problems, next steps) of ``name`` on ``task`` in month ``index``."""
    number = task.number
    short = _short(task.title)
    if task.lead_units and name == task.lead_units[0]:
        story = STORY.get(number, [])
        line = story[index] if index < len(story) else None
        if line is None:
            line = f"开展{_plain(short)}落实情况跟踪评估，查漏补缺。"
        status = "in_progress"
        if number in DONE_FROM and index >= DONE_FROM[number]:
            status = "done"
        elif index in LATE_IN.get(number, set()):
            status = "late"
        problems = "".join(p for first, last, p in PROBLEMS.get(number, []) if first <= index <= last)
        steps = NEXT.get(number, [])
        step = "" if status == "done" else (steps[index] if index < len(steps) else "")
        return status, line, problems, step
    if name == "市残联" and index == 6 and number in ("4", "6"):
        # pasted under two tasks, as happens: the draft editor's checks point it out
        return "in_progress", "组织残疾人代表开展无障碍环境体验活动，提出改进建议15条。", "", ""
    if name in task.lead_units:
        # each task its own line of the month (not one sentence pasted under every task)
        pool = CO_LEAD_WORK.get((name, number), CO_LEAD_DEFAULT)
        line = pool[(index // 3) % len(pool)]
        return "in_progress", line.format(t=short, n=6 + (task.id * 5 + index) % 9), "", ""
    if name == "市财政局" and index in (1, 5):
        n = rng.choice([300, 450, 600, 800]) + 50 * (task.id % 5)
        return "in_progress", FINANCE[0].format(t=_plain(short), n=n), "", ""
    return "in_progress", SUPPORT[(index + task.id) % len(SUPPORT)].format(t=short), "", ""


def _fill_unit(ws, plan_id: int, uid: int, name: str, rng: random.Random) -> None:
    from desktop.store import entries as store_entries
    from desktop.store.queries import task_detail, tasks

    missing, late, november_sent = _unit_profile(name, rng)
    author = liaison_for(name, 0)[0] if name in DEMO_UNITS else (store_entries.liaison(ws, uid) or ("", ""))[0]
    my_tasks = tasks(ws, plan_id, unit=uid)
    details = {t.id: task_detail(ws, t.id) for t in my_tasks}
    for index, month in enumerate(DEMO_MONTHS):
        if month in missing:
            continue
        written = []
        with ws.transaction():
            for task in my_tasks:
                status, progress, problems, step = _lines(task, name, index, rng)
                values = {}
                if task.lead_units and name == task.lead_units[0]:
                    for target in details[task.id]["targets"]:
                        series = VALUES.get(task.number, {}).get(target["subject"], [])
                        if index < len(series) and series[index] is not None:
                            values[target["id"]] = series[index]
                store_entries.save_entry(ws, task.id, uid, month, status=status, progress=progress,
                                         problems=problems, next_steps=step, values=values)
                written.append((task, progress, step))
            title, body = _article(name, uid, month, index, written, rng)
            day = f"{month}-{25 if month not in late else 28}"
            store_entries.add_article(ws, plan_id, uid, month, title=title, body=body,
                                      author=author, reviewer="", date=day)
            # stamped on the day they were written (the demo's calendar, never the PC's clock)
            store_entries.stamp_month(ws, uid, month, written=f"{day}T16:00:00")
        if month == DEMO_MONTHS[-1] and not november_sent:
            continue                  # still a draft on the 26th: due by the 5th of December
        store_entries.submit_month(ws, uid, month)
        # submission times as they happened: on time by the 5th, late ones by the 12th; the
        # November reports sent so far went in during the week before the demo's today
        year, mon = int(month[:4]), int(month[5:])
        nxt = f"{year + (mon == 12)}-{(mon % 12) + 1:02d}"
        day = 12 if month in late else rng.randint(1, 5)
        stamp = f"{nxt}-{day:02d}T09:30:00"
        if month == DEMO_MONTHS[-1]:
            stamp = f"{month}-{20 + day:02d}T09:30:00"
        assert stamp[:10] <= DEMO_AS_OF, stamp
        store_entries.stamp_month(ws, uid, month, submitted=stamp)


ARTICLE_LEADS = ("多措并举", "扎实", "聚焦重点", "持续", "全力", "稳步")


def _article(name: str, uid: int, month: str, index: int, written: list, rng: random.Random
             ) -> tuple[str, str]:
    """The unit's information article of the month: one event — the month's work on a task
    it leads (else one it supports), turned in rotation — told in three paragraphs, so each
    unit's article differs from the next one's in title and body."""
    led = [w for w in written if name in w[0].lead_units] or written
    task, progress, step = led[(index + uid) % len(led)] if led else (None, "", "")
    topic = _short(task.title) if task is not None else "3号建议案办理"
    title = f"{name}{ARTICLE_LEADS[(index + uid) % len(ARTICLE_LEADS)]}{topic}"
    body = _article_body(name, month, topic, rng)
    if progress:
        body.insert(0, f"{int(month[5:])}月，{name}聚焦{topic}，{progress}")
    if step:
        body[-1] = f"下一步，{name}将{step.rstrip('。')}，确保{topic}各项任务按时保质完成。"
    return title, "\n".join(body)


def _article_body(name: str, month: str, topic: str, rng: random.Random) -> list[str]:
    n = rng.randint(3, 12)
    return [f"为抓好{topic}，{name}坚持问题导向，{int(month[5:])}月组织召开专题推进会"
            f"{rng.randint(1, 3)}次，深入基层走访调研{n}次，及时协调解决工作推进中的困难和问题。",
            f"下一步，{name}将进一步压实工作责任，加强部门协同，确保{topic}各项任务按时保质完成。"]
