"""Seed 001 (市十四届人大六次会议2号议案, issued 1 April 2021) with a year of entries written
the way a liaison writes them, April to November 2021: the work as it happened, monthly
counts and running totals, the landmarks in their month, problems that get solved and steps
that get done. Used by the report tests; built into a fresh workspace each time."""

from __future__ import annotations

from pathlib import Path

from helpers_seeds import seed_path

MONTHS = [f"2021-{m:02d}" for m in range(4, 12)]          # April … November
AS_OF = "2021-11-26"

LIAISONS = {"市民政局": ("胡海燕", "027-85723318"), "各区人民政府": ("徐志强", "027-85726612"),
            "各新城区人民政府": ("郭丽娟", "027-85726630"), "市卫生健康委": ("马文博", "027-85779215"),
            "市医疗保障局": ("罗婷", "027-85851120"), "市教育局": ("梁国庆", "027-82765530"),
            "市人力资源社会保障局": ("宋雪梅", "027-85378821"), "市公安局": ("郑俊杰", "027-85395566"),
            "市财政局": ("谢慧", "027-85773302"), "市市场监管局": ("韩立新", "027-85865230")}


def _series(template: str, totals: list[int | None]) -> list[str | None]:
    """A monthly line from running totals: ``{d}`` the month's count, ``{t}`` the total."""
    out, before = [], 0
    for total in totals:
        if total is None:
            out.append(None)
            continue
        out.append(template.format(d=total - before, t=total))
        before = total
    return out


def _join(*columns: list[str | None]) -> list[str]:
    return ["".join(x for x in row if x) for row in zip(*columns, strict=True)]


CENTRES = [None, 2, None, 4, None, 6, None, 8]
HUBS = [2, 4, 7, 9, 12, 15, 18, 20]
STATIONS = [10, 22, 35, 47, 60, 74, 88, 100]
RURAL = [30, 65, 100, 140, 180, 220, 265, 300]
HOMES = [150, 420, 760, 1050, 1320, 1580, 1820, 2043]
BEDS = [None, None, 80, 160, 250, 340, 430, 520]
TRAINED = [800, 2100, 3400, 4600, 6000, 7600, 9200, 10600]
MEDICAL = [82, None, 85, None, 88, None, 91, 92]
MATCHED = [None, None, None, 95, None, 98, 100, 100]

# task key → (unit, monthly progress, {target position: values}, done from month index,
#             [(first, last, problem)], monthly next steps)
STORY = {
    "二.一.1": ("市民政局", [
        "成立养老服务立法工作专班，制定立法工作计划。",
        "赴各区开展立法调研，召开座谈会6场，收集意见建议85条。",
        "形成《武汉市养老服务条例（草案）》代拟稿初稿。",
        "书面征求市直部门和各区意见，收到修改意见42条。",
        "召开专家论证会，修改完善条例草案。",
        "将《武汉市养老服务条例（草案）》报请市政府审议。",
        "配合市司法局开展条例草案立法审查，逐条研究修改意见。",
        "条例草案经市政府常务会议审议通过，提请市人大常委会审议。"], {}, None,
        [(3, 4, "部分条款涉及部门职责交叉，协调难度较大。")],
        ["6月底前形成条例草案代拟稿初稿。", "6月底前形成条例草案代拟稿初稿。", "广泛征求各方意见。",
         "召开专家论证会。", "报请市政府审议。", "配合做好立法审查。",
         "推动条例草案提请市人大常委会审议。", "配合市人大常委会做好条例审议工作。"]),
    "二.一.2": ("市民政局", [
        "起草《关于加快推进养老服务高质量发展的实施意见》。",
        "就实施意见征求市直部门和各区意见。",
        "以市政府名义印发《关于加快推进养老服务高质量发展的实施意见》，累计出台养老服务政策文件5个。",
        "累计出台养老服务政策文件6个。",
        "印发《武汉市养老机构等级评定管理办法》，累计出台养老服务政策文件8个。",
        "累计出台养老服务政策文件9个。",
        "印发《武汉市家庭养老照护床位服务规范》，累计出台养老服务政策文件11个。",
        "累计出台养老服务政策文件12个。"], {}, 2, [], ["征求意见。", "报请市政府印发。"]),
    "二.一.3": ("市民政局", [
        "起草养老服务综合监管制度。",
        "会同市市场监管局、市应急管理局开展养老机构安全专项检查，检查机构286家。",
        "累计整改养老机构安全隐患问题498个。",
        None,
        "累计整改养老机构安全隐患问题527个。",
        "印发《武汉市养老服务综合监管实施办法》，建立各司其职、各尽其责的综合监管机制。",
        None, None], {}, 5, [(1, 3, "部分养老机构消防设施不达标，整改资金压力大。")],
        ["开展安全专项检查。", "督促整改隐患问题。", "督促整改隐患问题。", "印发综合监管办法。",
         "印发综合监管办法。"]),
    "二.一.4": ("市民政局", [
        "开展养老服务国家标准和地方标准宣贯培训2场，培训人员320人。", None,
        "开展养老服务国家标准和地方标准宣贯培训3场，培训人员410人。", None,
        "开展养老服务国家标准和地方标准宣贯培训2场，培训人员280人。", None,
        "开展养老服务国家标准和地方标准宣贯培训2场，培训人员300人。", None], {}, None, [],
        ["继续开展标准宣贯。"] * 8),
    "二.二.1": ("市民政局", [
        "启动武汉养老服务设施空间布局规划编制，完成编制单位招标。", None,
        "完成全市养老服务设施现状调研和需求分析。", None,
        "形成《武汉养老服务设施空间布局规划》初稿。", None,
        "规划通过专家评审。", "将《武汉养老服务设施空间布局规划》报请市政府审批。"], {}, None,
        [(4, 7, "规划选址与国土空间规划衔接难度较大。")],
        ["开展现状调研。", "开展现状调研。", "形成规划初稿。", "形成规划初稿。", "组织专家评审。",
         "组织专家评审。", "报请市政府审批。", "推动规划获批后纳入国土空间详细规划。"]),
    "二.二.2": ("各区人民政府", _join(
        _series("全市启动建设综合性、示范性中大型养老中心{d}个，累计{t}个。", CENTRES),
        _series("新建街道养老服务综合体{d}个，累计建成{t}个。", HUBS),
        _series("新建社区老年人服务中心（站）{d}个，累计建成{t}个。", STATIONS),
        _series("新建农村老年人互助照料中心（服务点）{d}个，累计建成{t}个。", RURAL)),
        {0: CENTRES, 1: HUBS, 2: STATIONS, 3: RURAL}, None,
        [(2, 7, "部分区养老服务设施建设用地落实难。"), (5, 7, "部分新建设施运营主体引进滞后。")],
        ["加快项目建设。"] * 6 + ["加快剩余设施建设，确保年底前全部建成。", "抓好已建成设施运营管理。"]),
    "二.二.3": ("市民政局", [
        "起草《新建住宅小区配套养老服务设施建设交付办法》。", "征求相关部门意见。",
        "出台《新建住宅小区配套养老服务设施建设交付办法》。", "养老服务设施配建达标率达到95%。",
        None, "养老服务设施配建达标率达到98%。", "养老服务设施配建达标率达到100%。", None],
        {0: MATCHED}, 6, [], ["出台交付办法。", "出台交付办法。", "开展配建情况核查。"]),
    "二.二.4": ("各新城区人民政府", [
        "制定农村老年人互助照料中心运营管理办法。", "开展农村互助照料中心运营情况摸底。",
        "对运营不规范的服务点开展整改。", None, "开展农村互助照料中心运营评估，评估服务点120个。",
        None, "推广“村集体+社会组织”运营模式。", None], {}, None,
        [(4, 7, "部分农村互助照料中心运营经费不足。")],
        ["开展运营评估。"] * 7 + ["建立农村互助照料中心运营补贴长效机制。"]),
    "二.二.5": ("市民政局", _join(
        ["印发《老年人居家适老化改造工程实施方案》。"] + [None] * 7,
        _series("完成特殊困难家庭适老化改造{d}户，累计完成{t}户。", HOMES)),
        {0: HOMES}, 7, [(1, 2, "部分老人对改造项目认知不足，入户难。")],
        ["加快入户改造。"] * 7),
    "二.三.1": ("市民政局", [
        "全市养老机构医养结合率达到82%。", "推动养老机构与周边医疗机构签订合作协议。",
        "全市养老机构医养结合率达到85%。", None, "全市养老机构医养结合率达到88%。", None,
        "全市养老机构医养结合率达到91%。", "全市养老机构医养结合率达到92%。"], {0: MEDICAL}, None, [],
        ["推进签约合作。"] * 6 + ["巩固医养结合成效，提升服务质量。", "提升医养结合服务质量。"]),
    "二.三.2": ("市卫生健康委", [
        "制定社区医养结合能力提升工程实施方案。", None, "在20个社区卫生服务中心开展医养结合能力提升试点。",
        None, "新增医养结合服务社区卫生服务中心15个，累计35个。", None,
        "新增医养结合服务社区卫生服务中心12个，累计47个。", None], {}, None,
        [(4, 7, "基层医养结合专业人才不足。")], ["扩大试点范围。"] * 8),
    "二.三.3": ("市医疗保障局", [
        "梳理养老机构内设医疗机构纳入医保定点的条件和流程。", None,
        "新增纳入医保定点的养老机构内设医疗机构3家，累计12家。", None,
        "新增纳入医保定点的养老机构内设医疗机构4家，累计16家。", None, None,
        "新增纳入医保定点的养老机构内设医疗机构3家，累计19家。"], {}, None, [], ["做好定点评估。"] * 8),
    "二.四.1": ("市民政局", [
        "制定人工智能养老社会实验工作方案。", "确定人工智能养老社会实验基地5个。", None,
        "在实验基地部署智能照护设备1200台（套）。", None, "开展实验数据采集和效果评估。", None,
        "形成人工智能养老社会实验中期评估报告。"], {}, None, [], ["推进实验基地建设。"] * 8),
    "二.四.2": ("市民政局", _join(
        ["起草《家庭养老照护床位试点工作方案》。", "印发《家庭养老照护床位试点工作方案》。"] + [None] * 6,
        _series("新增家庭养老照护床位{d}张，累计设置{t}张。", BEDS)),
        {0: BEDS}, None, [(3, 7, "家庭养老照护床位服务标准尚需细化。")],
        ["印发试点工作方案。"] + ["扩大床位设置规模。"] * 6 + ["总结试点经验，研究制定全市推广方案。"]),
    "二.四.3": ("市医疗保障局", [
        "研究制定长期护理保险制度试点扩面方案。", None, "长期护理保险参保人数达到412万人。", None,
        "长期护理保险参保人数达到430万人，享受待遇1.6万人。", None,
        "长期护理保险参保人数达到446万人，享受待遇1.9万人。", None], {}, None, [],
        ["扩大参保覆盖面。"] * 8),
    "二.四.4": ("市民政局", [
        "制定政府购买居家养老服务项目清单。", None, "通过政府购买服务为特殊困难老人提供居家养老服务2.1万人次。",
        None, "通过政府购买服务为特殊困难老人提供居家养老服务2.4万人次。", None,
        "通过政府购买服务为特殊困难老人提供居家养老服务2.6万人次。", None], {}, None, [],
        ["加强服务质量监管。"] * 8),
    "二.五.1": ("市教育局", [
        "支持3所职业院校开设老年服务与管理专业。", None, None, "老年服务与管理专业招生420人。",
        None, None, "开展养老服务专业师资培训1期，培训教师60人。", None], {}, None, [],
        ["做好招生工作。"] * 8),
    "二.五.2": ("市民政局", _series("培训养老服务人才{d}人次，累计{t}人次。", TRAINED), {0: TRAINED}, None, [],
        ["继续开展培训。"] * 7 + ["制定明年养老服务人才培训计划。"]),
    "二.五.3": ("市民政局", [
        "制定第三届全市养老护理员技能大赛方案。", None, "组织各区开展初赛。", None,
        "举办第三届全市养老护理员技能大赛，参赛选手186人，评选技术能手20名。", None, None, None], {}, 4, [],
        ["组织各区初赛。", "组织各区初赛。", "举办全市决赛。", "举办全市决赛。"]),
    "二.五.4": ("市人力资源社会保障局", [
        "制定养老护理员职业技能等级认定实施方案。", None, "遴选养老护理员职业技能等级认定机构6家。",
        None, "完成养老护理员职业技能等级认定1260人。", None, "完成养老护理员职业技能等级认定980人。", None],
        {}, None, [], ["推进等级认定。"] * 8),
    "二.五.5": ("市公安局", [
        "研究完善优秀养老护理员积分落户政策。", None, "将优秀养老护理员纳入积分落户加分范围。",
        None, None, "为12名优秀养老护理员办理积分落户。", None, None], {}, 5, [], ["落实积分落户政策。"] * 5),
}
# what supporting units write, now and then
SUPPORT = {("二.二.2", "市财政局"): {1: "下达养老服务设施建设补助资金3200万元。",
                                    5: "下达养老服务设施建设补助资金2800万元。"},
           ("二.一.3", "市市场监管局"): {1: "配合开展养老机构食品安全检查，检查养老机构食堂156家。"},
           ("二.二.5", "市财政局"): {2: "下达居家适老化改造补助资金600万元。"}}


def build(path: Path) -> Path:
    """A workspace at ``path`` with seed 001 and the entries above, submitted on time."""
    from desktop.core.parse import parse_text
    from desktop.store import entries, open_workspace
    from desktop.store.plans import save_plan
    from desktop.store.queries import unit_id

    plan = parse_text(seed_path("001").read_text(encoding="utf-8"))
    with open_workspace(path) as ws:
        plan_id = save_plan(ws, plan, source_name=seed_path("001").name, backup=False).plan_id
        ws.set_setting("current_plan_id", str(plan_id))
        ws.set_setting("role", "office")
        ws.set_setting("office_name", "市十四届人大六次会议2号议案办理工作领导小组办公室")
        ws.set_setting("as_of", AS_OF)
        ids = {}
        with ws.transaction():
            for name, person in LIAISONS.items():
                ids[name] = unit_id(ws, plan_id, name)
                assert ids[name] is not None, name
                entries.set_liaison(ws, ids[name], *person)
        tasks = {r[1]: r[0] for r in ws.conn.execute("SELECT id, key FROM tasks WHERE plan_id = ?", (plan_id,))}
        targets = {}
        for task_key, task in tasks.items():
            targets[task_key] = [r[0] for r in ws.conn.execute(
                "SELECT id FROM targets WHERE task_id = ? AND withdrawn_at IS NULL ORDER BY position", (task,))]
        for index, month in enumerate(MONTHS):
            with ws.transaction():
                for task_key, (unit, lines, series, done, problems, steps) in STORY.items():
                    line = lines[index] or "按计划推进各项工作。"
                    values = {targets[task_key][pos]: values[index] for pos, values in series.items()
                              if values[index] is not None and pos < len(targets[task_key])}
                    status = "done" if done is not None and index >= done else "in_progress"
                    entries.save_entry(
                        ws, tasks[task_key], ids[unit], month, status=status, progress=line,
                        problems="".join(p for first, last, p in problems if first <= index <= last),
                        next_steps="" if status == "done" or index >= len(steps) else steps[index],
                        values=values)
                for (task_key, unit), said in SUPPORT.items():
                    if index in said:
                        entries.save_entry(ws, tasks[task_key], ids[unit], month, progress=said[index])
            wrote = {u for u, *_ in STORY.values()} | {u for (_, u), said in SUPPORT.items() if index in said}
            for unit in sorted(wrote):
                if month == MONTHS[-1]:
                    continue                       # November: still drafts on the 26th
                entries.submit_month(ws, ids[unit], month)
                year, mon = int(month[:4]), int(month[5:])
                with ws.transaction():
                    ws.conn.execute("UPDATE monthly_entries SET submitted_at = ? WHERE unit_id = ? AND month = ?",
                                    (f"{year + (mon == 12)}-{mon % 12 + 1:02d}-04T10:00:00", ids[unit], month))
    return path
