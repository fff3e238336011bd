"""The demo workspace: seed 000's plan (武政办〔2024〕20号), its units and liaison officers,
and eleven months of plausible progress from several units, a few of them late or missing.

Built deterministically (a fixed random seed), so screenshots and tests see the same data.
"""

from __future__ import annotations

import random
from pathlib import Path

from desktop import paths
from desktop.core.model import Target

DEMO_MONTHS = [f"2024-{m:02d}" for m in range(1, 12)]

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
OFFICE_LIAISON = ("黄志明", "027-85726300")

# targets the office added in review (seed 000 names none in numbers): task number → targets
REVIEWED_TARGETS = {
    "6": [Target("完成既有住宅加装电梯不少于300部", 300, "部", ">=", "2024-12-31", "既有住宅加装电梯"),
          Target("改造老年人活动场所不少于50处", 50, "处", ">=", "2024-12-31", "老年人活动场所")],
    "8": [Target("安宁疗护试点机构达到20家", 20, "家", ">=", "2024-12-31", "安宁疗护试点机构")],
    "9": [Target("新建老年食堂不少于100个", 100, "个", ">=", "2024-12-31", "老年食堂")],
    "11": [Target("开展老年人智能技术培训1万人次", 10000, "人次", ">=", "2024-12-31", "智能技术培训")],
    "4": [Target("完成无障碍设施改造点位不少于500处", 500, "处", ">=", "2024-11-30", "无障碍设施改造点位")],
}

# what a unit writes about a task, step by step through the year
ACTIVITIES = [
    "召开专题会议研究部署{t}工作，细化任务分工和时间节点",
    "制定{t}具体实施方案，明确责任处室和联络人",
    "赴各区开展{t}专项调研，收集问题清单{n}条",
    "组织业务培训1场，参训人员{n}人，进一步统一{t}工作口径",
    "推进{t}重点项目建设，完成阶段性任务",
    "联合相关部门开展{t}督导检查，现场反馈整改意见",
    "梳理{t}典型经验做法，形成工作案例{k}个",
    "召开{t}工作推进会，通报进展并部署下阶段任务",
    "对照年度目标开展{t}中期评估，查找短板弱项",
    "持续推进{t}各项措施落地，完成年度任务的主体工作",
    "开展{t}“回头看”，巩固工作成效",
]
PROBLEMS = [
    "部分区配套资金到位较慢，影响项目推进进度",
    "基层工作力量不足，专业人员缺乏",
    "部分老旧小区改造涉及居民意见不一，协调难度较大",
    "跨部门数据共享机制尚不完善",
    "",
    "",
]
NEXT_STEPS = [
    "加强与相关部门沟通协调，加快推进进度",
    "加大督办力度，确保按期完成年度目标",
    "总结推广典型经验，扩大工作覆盖面",
    "做好半年工作小结和年度总结的资料收集",
]


def _short(title: str) -> str:
    return title.rstrip("。；;，,")


def _refuse_replacing_real_data(path: Path) -> None:
    """Only an earlier demo workspace (or nothing) may be replaced: ``demo --db`` naming the
    real workspace, or any other file, must not delete it."""
    from desktop.errors import WorkspaceError
    from desktop.store.workspace import SQLITE_MAGIC, connect

    if not path.exists() and not path.is_symlink():
        return
    refusal = WorkspaceError(f"“{path}”已存在，且不是演示工作区，为免删掉真实数据，没有生成演示工作区，文件未作任何改动。"
                             "请用 --db 指定一个新的文件名（例如 demo.luoshi.sqlite）。")
    if path.is_dir():
        raise refusal
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise refusal
    import sqlite3

    conn = connect(path)        # read only in effect; a writable connection leaves no -wal/-shm behind
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'demo'").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    if not row or row[0] != "1":
        raise refusal


def build_demo(path: Path | None = None, *, seed: int = 2024) -> Path:
    """Build the demo workspace at ``path`` (replacing any earlier demo file)."""
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace
    from desktop.store import entries as store_entries
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
    from desktop.store.identity import set_office_identity

    rng = random.Random(seed)
    with open_workspace(path) as ws:
        result = save_plan(ws, plan, source_name="武政办〔2024〕20号（演示）", backup=False)
        plan_id = result.plan_id
        ws.set_setting("current_plan_id", str(plan_id))
        ws.set_setting("role", "office")
        set_office_identity(ws, "3号建议案办理工作领导小组办公室", "刘洋", "027-82796123")
        ws.set_setting("demo", "1")
        ws.set_setting("as_of", DEMO_AS_OF)
        office = find_unit(ws, plan_id, "市民政局")
        if office is not None:
            ws.set_setting("unit_id", str(office))
        units = reporting_units(ws, plan_id)
        with ws.transaction():
            for index, (uid, name) in enumerate(units):
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
    if name == "各区人民政府":
        return {"2024-11"}, {"2024-03", "2024-08"}, False
    if name == "市数据局":
        return set(), {"2024-05", "2024-06"}, True
    if name in ("市民政局", "市住房和城市更新局"):
        return set(), set(), False
    roll = rng.random()
    missing = {rng.choice(DEMO_MONTHS[3:10])} if roll < 0.12 else set()
    late = {rng.choice(DEMO_MONTHS[:10])} if roll > 0.8 else set()
    return missing, late, rng.random() < 0.35


def reporting_units(ws, plan_id: int) -> list[tuple[int, str]]:
    """Units that report for themselves: any unit named on a task, but not a bare group of
    members (领导小组各成员单位 reports through its members)."""
    return [(int(r[0]), r[1]) for r in ws.conn.execute(
        "SELECT u.id, u.name FROM units u WHERE u.plan_id = ? AND u.name NOT LIKE '%成员单位' "
        "AND EXISTS (SELECT 1 FROM task_units tu WHERE tu.unit_id = u.id) ORDER BY u.position", (plan_id,))]


def liaison_for(name: str, index: int) -> tuple[str, str]:
    if name in DEMO_UNITS:
        return DEMO_UNITS[name]
    return (SURNAMES[(index * 7) % len(SURNAMES)] + GIVEN[(index * 3) % len(GIVEN)],
            f"027-8{(5600000 + index * 7919) % 10000000:07d}")


def _fill_unit(ws, plan_id: int, uid: int, name: str, rng: random.Random) -> None:
    from desktop.store import entries as store_entries
    from desktop.store.queries import task_detail, tasks

    missing, late, november_sent = _unit_profile(name, rng)
    author = liaison_for(name, 0)[0] if name in DEMO_UNITS else ws.conn.execute(
        "SELECT name FROM liaisons WHERE unit_id = ?", (uid,)).fetchone()[0]
    my_tasks = tasks(ws, plan_id, unit=uid)
    details = {t.id: task_detail(ws, t.id) for t in my_tasks}
    totals: dict[int, float] = {}
    for index, month in enumerate(DEMO_MONTHS):
        if month in missing:
            continue
        with ws.transaction():
            for task in my_tasks:
                detail = details[task.id]
                step = ACTIVITIES[(index + task.id) % len(ACTIVITIES)]
                progress = (f"{int(month[5:])}月，" + step.format(
                    t=_short(task.title), n=rng.randint(6, 40), k=rng.randint(2, 5)) + "。")
                values = {}
                for target in detail["targets"]:
                    share = target["value"] * (index + 1) / len(DEMO_MONTHS)
                    grown = max(totals.get(target["id"], 0.0), round(share * rng.uniform(0.8, 1.05)))
                    totals[target["id"]] = grown
                    values[target["id"]] = grown
                    progress += f"累计完成{target['subject'] or '指标'}{int(grown)}{target['unit']}。"
                status = "done" if index == len(DEMO_MONTHS) - 1 and rng.random() < 0.3 else (
                    "late" if month in late else "in_progress")
                store_entries.save_entry(
                    ws, task.id, uid, month, status=status, progress=progress,
                    problems=rng.choice(PROBLEMS), next_steps=rng.choice(NEXT_STEPS), values=values)
            store_entries.add_article(
                ws, plan_id, uid, month,
                title=f"{name}扎实推进适老化建设{_month_theme(index)}",
                body=_article_body(name, month, rng),
                author=author, reviewer="分管负责同志", date=f"{month}-{25 if month not in late else 28}")
        if month == DEMO_MONTHS[-1] and not november_sent:
            continue                  # still a draft on the 26th: due by the 5th of December
        store_entries.submit_month(ws, uid, month)
        # submission times as they happened: on time by the 5th, late ones by the 12th
        year, mon = int(month[:4]), int(month[5:])
        nxt = f"{year + (mon == 12)}-{(mon % 12) + 1:02d}"
        day = 12 if month in late else rng.randint(1, 5)
        with ws.transaction():
            ws.conn.execute("UPDATE monthly_entries SET submitted_at = ? WHERE unit_id = ? AND month = ?",
                            (f"{nxt}-{day:02d}T09:30:00", uid, month))


def _month_theme(index: int) -> str:
    themes = ["开局起步", "夯实基础", "细化举措", "聚焦重点", "补齐短板", "攻坚突破",
              "提质增效", "协同发力", "巩固成效", "全面推进", "总结提升"]
    return themes[index % len(themes)]


def _article_body(name: str, month: str, rng: random.Random) -> str:
    n = rng.randint(3, 12)
    return (f"{int(month[5:])}月以来，{name}围绕3号建议案办理工作目标，坚持问题导向，"
            f"组织召开专题推进会{rng.randint(1, 3)}次，深入基层走访调研{n}次，"
            "及时协调解决工作推进中的困难和问题。\n"
            "下一步，将进一步压实工作责任，加强部门协同，确保各项任务按时保质完成。")
