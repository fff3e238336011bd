"""The words of a requirements section's heading (三、工作要求 / 考核要求 / 有关要求 / 相关要求 / 其他要求)
and of the plan's aims (指导思想 / 基本原则 / 工作目标 …), in one place for the readers that ask about them:
``headings`` (a closing paragraph or the section's own), ``task_choice`` (a closing section that gives work; a
childless aims point), ``aims_items`` and ``section_kinds`` (sections of rules: no tasks where the tasks name units).
No imports: the lowest modules read it."""

from __future__ import annotations

import re

# the word before 要求 in a requirements section's heading
REQUIREMENT_HEADS = ("工作", "考核", "有关", "相关", "其他")
REQUIREMENT_WORDS = tuple(f"{head}要求" for head in REQUIREMENT_HEADS)
# a requirements section, as its heading alone is written (fullmatch) or inside a longer one (search)
REQUIREMENTS_SECTION = re.compile("|".join(REQUIREMENT_WORDS))
# a section of the plan's guarantees or requirements (三、保障措施 / 组织保障 / 工作保障 / 保障机制 / 实施保障 /
# 工作要求 …): its headed paragraphs 「（一）加强组织领导…（二）强化调度通报…」 are how the work is carried out, not its
# stages, dates or no dates (ux63) — ``schedule`` reads no phases there unless the items are named 阶段／步骤
GUARANTEES_SECTION = re.compile("|".join((*REQUIREMENT_WORDS, "保障措施", "组织保障", "工作保障", "保障机制",
                                          "实施保障", "保障要求", "保障工作")))

# the plan's aims as a heading: the guiding idea, the principles, the goals — read by ``task_choice`` (a childless aims
# point) and ``aims_items`` (aims items under the opening section), each adding its own few
AIM_HEADS = "指导思想|总体要求|工作目标|总体目标|主要目标|目标任务|基本原则|工作原则"
# a top section that is the plan's stance or goals alone 「二、基本原则」「三、工作目标」
# (not 目标任务, which holds work; not 总体要求, which may hold 「（四）工作内容」): its
# numbered items state stances, principles or aims and give no work unless their own words
# name a doer (Round 49 rulings; round 58's stand-alone 基本原则 sections) — ``task_choice``
# does not count them by number where the plan's labels name leads
AIMS_TOP = re.compile(r"^(?:指导思想|工作目标|总体目标|主要目标|基本原则|工作原则)[。.：:]?$")
