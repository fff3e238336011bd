"""Synthetic plans and workspaces of a chosen size, for the benchmark.

Realistic in shape (headings, unit brackets, targets, phases, duties), so the parser and
the store do the work they do on real plans; random but seeded, so runs compare.
"""

from __future__ import annotations

import random

BUREAUS = [
    "市发展改革委", "市教育局", "市科技局", "市经信局", "市公安局", "市民政局", "市司法局", "市财政局",
    "市人社局", "市自然资源和规划局", "市生态环境局", "市住建局", "市城管执法委", "市交通运输局", "市水务局",
    "市农业农村局", "市商务局", "市文旅局", "市卫健委", "市退役军人局", "市应急管理局", "市审计局",
    "市国资委", "市市场监管局", "市体育局", "市统计局", "市医保局", "市园林林业局", "市信访局", "市数据局",
    "市残联", "市总工会", "团市委", "市妇联", "市税务局", "市消防救援支队", "市邮政管理局", "市通信管理局",
    "市地方金融管理局", "市机关事务服务中心",
]
PLACES = "江岸江汉硚口汉阳武昌青山洪山东西湖蔡甸江夏黄陂新洲汉南沌口光谷临空港长江新城东湖金银湖后湖南湖"
GROUP_TITLES = ["健全工作机制", "加快设施建设", "提升服务质量", "强化要素保障", "推进数字赋能",
                "完善政策体系", "加强队伍建设", "营造社会氛围", "深化医养结合", "补齐农村短板"]
VERBS = ["推进", "完善", "加强", "落实", "深化", "健全", "优化", "扩大"]
OBJECTS = ["社区养老服务", "老年食堂建设", "适老化改造", "家庭养老床位", "医养结合服务", "老年教育",
           "无障碍环境", "智慧养老平台", "养老护理队伍", "农村互助养老", "助餐服务网络", "安宁疗护"]
TARGET_UNITS = [("个", 20, 300), ("张", 100, 3000), ("户", 200, 5000), ("人次", 1000, 20000), ("处", 10, 200)]


def unit_names(count: int) -> list[str]:
    """``count`` distinct unit names: the city bureaus first, then district governments."""
    names = list(BUREAUS[:count])
    i = 0
    while len(names) < count:
        a, b = PLACES[i % len(PLACES)], PLACES[(i * 7 + 3) % len(PLACES)]
        name = f"{a}{b}区人民政府" if i < len(PLACES) else f"{a}{b}{i}号开发区管委会"
        if name not in names:
            names.append(name)
        i += 1
    return names


def plan_text(tasks: int = 60, units: int = 100, *, seed: int = 7, year: int = 2024,
              per_task_units: int = 9, filler: int = 1) -> str:
    """A work plan with ``tasks`` tasks over ``units`` units; ``filler`` pads each task's text."""
    rng = random.Random(seed)
    names = unit_names(units)
    lines = [f"某市人民政府办公厅关于印发{year}年某市养老服务体系建设工作方案的通知",
             f"某政办〔{year}〕{rng.randint(10, 99)}号", "各区人民政府，市人民政府各部门：",
             "现将工作方案印发给你们，请认真组织实施。", "某市人民政府办公厅", f"{year}年2月10日",
             f"{year}年某市养老服务体系建设工作方案", "一、工作目标",
             f"到{year}年底，全市护理型床位占比不低于60%，新建社区养老服务设施50个以上。",
             "二、重点任务"]
    groups = max(1, min(len(GROUP_TITLES), tasks // 6))
    per_group = [tasks // groups + (1 if g < tasks % groups else 0) for g in range(groups)]
    number = 0
    cn = "一二三四五六七八九十"
    for g, count in enumerate(per_group):
        lines.append(f"（{cn[g]}）{GROUP_TITLES[g]}")
        for _ in range(count):
            number += 1
            title = rng.choice(VERBS) + rng.choice(OBJECTS)
            unit, lo, hi = rng.choice(TARGET_UNITS)
            body = (f"{title}。围绕群众需求，统筹资源，完善机制，到{year}年底，"
                    f"新建{rng.choice(OBJECTS)}项目{rng.randint(lo, hi)}{unit}，"
                    f"服务覆盖率达到{rng.randint(50, 95)}%以上。")
            body += "加强督促检查，及时总结推广经验做法，确保各项措施落地见效。" * filler
            picked = rng.sample(names, k=min(per_task_units, len(names)))
            lead, resp = picked[:1], picked[1:]
            lines.append(f"{number}.{body}（牵头单位：{'、'.join(lead)}；责任单位：{'、'.join(resp)}）")
    lines += ["三、工作安排",
              f"（一）动员部署阶段（{year}年1月-3月）。各责任单位制订具体方案，3月底前报领导小组办公室备案。",
              f"（二）组织实施阶段（{year}年4月-10月）。6月底前，各责任单位报送半年工作小结。",
              f"（三）总结评估阶段（{year}年11月-12月）。各责任单位于11月底前提交年度工作总结。",
              "四、有关要求",
              "各责任单位明确1名同志作为联络员，每月向领导小组办公室报送信息1篇以上。"]
    return "\n".join(lines) + "\n"


def sized_plan_text(kilobytes: int, *, seed: int = 11) -> str:
    """A plan of about ``kilobytes`` KB of UTF-8 text."""
    tasks = 20
    text = plan_text(tasks=tasks, units=40, seed=seed)
    while len(text.encode("utf-8")) < kilobytes * 1024:
        tasks += 5
        text = plan_text(tasks=tasks, units=40, seed=seed)
    return text
