# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next125/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 35 (built by helper c125): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
round-35 rulings written early included) applied to every item. Neither the parser nor the scorer was run on this set
by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next125/make_expected.py tests/data/plans-next125
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
art = partial(article_in, DIR)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
BY = "round 34: 「由A＋any verb of doing」 is rule 2 whatever the verb"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(开展 without 组织, 完成, 做好, 加强, 明确, 执行, 推动, 形成, 提出…) is not a unit")
THR = "CONVENTIONS round 30 / 32: a quantity joined to a comparison word is a target"
HEAD = ("round 34 / 35: a 职责分工 heading (here the chapter 第二章 职责分工) is a label of doers — every body the text "
        "gives work is a unit, in printed order")
REQ27 = ("in a plan whose tasks name units, a 工作要求 item that names no unit is not a task (round 27, seeds "
         "EXPECTED.md lines 3–5; round 33: one with a rule-2 doer is)")
LIST = "for an unlabelled list of doers: lead [], the listed bodies accepted as lead (as the model set plans-next122)"
ART = "an article of work is a task with a unit or without (round 30, as plans-next122 x122_02 第五条 / 第六条)"


def A(file, path, units=None, **kw):
    """A sample of an article document, located by its article label with ``article_in``."""
    where = art(file, path)
    if "lead" in kw:                  # a lead named (会同 / 牵头): the units as written, no prose note
        return S(path, kw.pop("lead"), kw.pop("resp"), **kw, **where)
    if units is None:
        return P(path, **kw, **where)
    return U(path, units, **kw, **where)


# ---------------------------------------------------------------------------------------------------------
X01 = "x125_01_shanghai-zaifangwei-anweihui-2024-chengshi-anquan-fengxian-pinggu-guifan-tongzhi.txt"
SJBM = "市级负有城市安全风险防控职责的部门"
ZFB = "市灾防委办公室"

plan(X01,
     title="上海市城市安全风险评估规范（上海市自然灾害防治委员会  上海市安全生产委员会关于印发上海市城市安全风险评估规范的通知）",
     title_note="the 规范's own title (after the cover's date) or the notice title (the first line): either (a notice "
                "and the document it issues under one cover: one plan, CONVENTIONS 「Two documents under one cover」)",
     doc_no="沪灾防委〔2024〕2号 (from the index; the stored text prints no number)",
     issuer="上海市自然灾害防治委员会, 上海市安全生产委员会 (the index names 上海市应急管理局 as publisher)",
     date="2024-01-29 (the cover's date; the index gives 2024-02-27)",
     level="city commissions (Shanghai), an administrative rule in articles for city safety-risk assessment: duties "
           "of the city and district offices, bureaus, towns and firms, the three kinds of assessment, results and updates",
     source=src("工程建设管理", "上海市自然灾害防治委员会 上海市安全生产委员会关于印发上海市城市安全风险评估规范的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bdfd1efd5bd24d05be5805c229c6c926&siteId=0037", 6448),
     style="a short cover (addressees, one paragraph, two issuers on one line, 2024年1月29日), the 规范's title; 第一章–"
           "第七章 (「第一章  总  则」, two spaces), 第一条–第四十一条 each 「第N条  text」 on one line (two spaces after the "
           "label); items （一）–（三） in 第十五条, 第十六条 and 第三十八条, the last two with an unnumbered paragraph after "
           "the items; a closing 「政策解读：…」 line",
     leaf_tasks=35, count_alternatives=[33, 36, 37, 38, 39],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第八条"], ["市安全生产委员会办公室", "市自然灾害防治委员会办公室"],
          lead_alternatives=[["市安全生产委员会办公室", "市自然灾害防治委员会办公室"]],
          note="「市安全生产委员会办公室（以下简称：市安委会办公室）和市自然灾害防治委员会办公室（以下简称：市灾防委办公室）负责指导、"
               "协调和监督…」 — 负责 (" + R2 + ") under the chapter 第二章 职责分工 (" + HEAD + "); 「（以下简称…）」 dropped from "
               "the names (round 35); 和 joins two whole body names (round 34); " + LIST + "; " + NODATE),
        A(X01, ["第十条"], ["区安委会办公室", "区灾防委办公室"], lead_alternatives=[["区安委会办公室", "区灾防委办公室"]],
          note="「区安委会办公室和区灾防委办公室负责部署、协调和督促…，完成区级、街镇级城市安全风险评估工作」 — 负责 (" + R2 + "); "
               "「也可统筹、指导各乡镇街道和功能区…独立开展…」 an option (round 30: 「也可…」 is not an assignment), so 各乡镇街道 "
               "and 功能区 are no units even under the 职责分工 heading; 市安委会办公室 / 市灾防委办公室 receive (汇交至, " + R3 + "); "
               + LIST + "; " + NODATE),
        A(X01, ["第十六条"], ["相关行业领域主管部门"], not_targets=[(4, "种")],
          note="（一）（二） only define the two kinds of risk: a list that gives no work is text, not items (round 35), so the "
               "article is one task and the paragraph after （二） is its text; 「具体分级标准由相关行业领域主管部门制定」 — " + BY
               + ": 相关行业领域主管部门; 「红、橙、黄、蓝4种颜色」 and 「4个方面」 count kinds (no comparison word, round 30): not "
               "targets; " + NODATE),
        A(X01, ["第二十一条"], ["所在乡镇街道", "功能区"], lead_alternatives=[["所在乡镇街道", "功能区"]],
          note="「老旧小区、…等存在消防安全突出风险的场所，由所在乡镇街道和功能区负责组织调查统计、汇总报送安全风险信息」 — 「由A负责」 "
               "(" + R2 + "); 「A和B」 two names (round 34), each a whole body name (所在 kept as printed); 「“九小”场所」 no "
               "digit; " + LIST + "; " + NODATE),
        A(X01, ["第二十四条"], lead=[ZFB], resp=[ZFB, "房屋建筑、交通运输基础设施、公共服务设施等承灾体行业领域主管部门"],
          lead_alternatives=[[]],
          note="「市灾防委办公室会同房屋建筑、交通运输基础设施、公共服务设施等承灾体行业领域主管部门，建立承灾体信息常普常新机制」 — "
               "「A会同B＋verb」 (" + R2 + "): lead 市灾防委办公室 (lead [] accepted), responsible A, B (the partner of 会同 in "
               "setting up a mechanism is a doer, round 34); B is fields joined by 、 before one head with 等 inside: one name as "
               "printed (round 31, 「人事、卫生等部门」; round 35's split is for separate heads 「A、B、C等部门」); " + NODATE),
        A(X01, ["第二十五条"], lead=[ZFB], resp=[ZFB],
          note="「市灾防委办公室牵头开展承灾体物量和价值评估，分析研判…，开展基于单体的自然灾害综合风险评估」 — 「A牵头」 with no "
               "partner (" + R2 + "): lead and responsible 市灾防委办公室 (the short name as printed here, defined in 第八条); "
               + NODATE),
        A(X01, ["第二十九条"], ["各区"],
          note="「各区应结合…，组织辖区相关企事业单位、居（村）、乡镇街道、功能区等，通过…方式，开展应急准备和综合减灾能力调查，收集、"
               "汇总、分析…」 — 「A组织B＋verb」 (round 30): A (各区, a kind, round 32) is the doer; the objects of 组织 are not "
               "units (chapter 5, outside the 职责分工 heading); " + NODATE),
        A(X01, ["第三十九条"], [SJBM],
          note="first paragraph 「各区应…密切监测…，并及时报送市安委会办公室、市灾防委办公室」 — 监测 / 报送 (" + CLOSED + "); "
               "second paragraph 「市级负有城市安全风险防控职责的部门应当定期组织检查风险防控成效，更新风险源清单，及时报送…」 — "
               "组织＋work (round 34): the doer; the offices receive (" + R3 + "); both sendings are duties; 及时 / 定期 give no "
               "date: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "负有自然灾害风险防控职责的部门将评估结果及时汇交至市灾防委办公室", "when": "及时", "when_norm": None},
             {"what": "独立开展城市安全风险评估的乡镇街道和功能区形成的成果汇交至区灾防委办公室审核", "when": None, "when_norm": None},
             {"what": "各区密切监测较大及以上风险等级变化情况，并及时报送市安委会办公室、市灾防委办公室", "when": "及时", "when_norm": None},
             {"what": "市级负有城市安全风险防控职责的部门应当定期组织检查风险防控成效，更新风险源清单，及时报送市安委会办公室、市灾防委办公室",
              "when": "定期", "when_norm": None}],
     notes=["counting: the cover (addressees, the notice's one paragraph) holds no task; general provisions (round 30) — "
            "第一条 (purpose and basis), 第三条 (definitions), 第四条 (scope), 第十四条, 第二十二条, 第二十八条 (definitions), "
            "第四十一条 (in force) — are not tasks; 第六条 (the principles 「按照…原则组织实施」, no doer and no work) is an "
            "article with no work among articles of work (round 33): not a task; every other article gives work (" + ART + "): "
            "第二条, 第五条, 第七条 → 3; 第八条–第十三条 (第二章 职责分工) → 6; 第十五条 （一）–（三） (the steps of the "
            "identification, each with work 「将…划分为」「现场调查应重点关注…」「识别…风险源」) → 3; 第十六条 (its （一）（二） "
            "define kinds: text, round 35) → 1; 第十七条–第二十一条 → 5; 第二十三条–第二十七条 → 5; 第二十九条–第三十一条 → 3; "
            "第三十二条–第三十七条 (33–35 open with a definition, then give work) → 6; 第三十八条 (its （一）–（三） name the kinds "
            "of measures: text, the closing 「原则上…应组织相关专家…评审」 its text) → 1; 第三十九条, 第四十条 → 2 → **35**. "
            "Accepted: 33 (第十五条 one task), 36 (第六条 in), 37 (第三十八条's （一）–（三） as three leaves), 38 (37 + 第十六条's "
            "（一）（二） as two leaves), 39 (38 + 第六条)",
            "samples: eight of thirty-five — 第八条, 第十条, 第十六条, 第二十一条, 第二十四条, 第二十五条, 第二十九条, 第三十九条 (第五条 not sampled: its first words 「各区和市级负有城」 open five articles, and its one body's name is a question for the lead, see README)",
            "units: 组织开展 (第五条), 负责 under 第二章 职责分工 (第八条–第十二条; 第十三条 企事业单位 开展 / 填报 under the heading), "
            "由A＋verb (第十六条, 第二十条 由…部门协商确定, 第二十一条), 会同 (第二十四条), 牵头 (第二十五条 市灾防委办公室牵头开展), "
            "组织＋work (第二十九条, 第三十八条 组织研究, 第三十九条); 第二条, 第七条, 第十七条–第十九条, 第二十三条, 第二十六条, "
            "第二十七条, 第三十条–第三十七条, 第四十条 name none (要开展 / 应做好 / 聚合形成 / 应形成: " + CLOSED + ")",
            "dates: none in any article (及时, 定期); 2024年1月29日 (the cover, a meeting date inside it); no phases",
            "figures: 3个方面 (第三条), 4个方面 / 4种颜色 (第十六条) count kinds, 第40次常务会议 a name — not targets",
            "duties: the sendings of results between the plan's bodies (round 35: a plan unit's sending to another body of the "
            "plan) — 第二十三条, 第三十一条, 第三十九条 (both paragraphs); the 汇交 sentences of 第九条–第十二条 are duties too "
            "but not listed (a must-find subset)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x125_02_shanghai-jianshewei-fangguanju-2024-youxiu-lishi-jianzhu-xiushan-jianzhushi-fuzezhi-zhidao-yijian.txt"

plan(X02,
     title="关于优秀历史建筑修缮（装修改造）试点建筑师负责制的指导意见（试行）",
     title_note="the 意见's title (the first line, repeated on the second)",
     doc_no="沪建房管联〔2024〕87号 (printed under the title)",
     issuer="上海市住房和城乡建设管理委员会 (the index; a joint number 房管联, the text prints no signature)",
     date="2024-02-08",
     level="city commission (Shanghai), a guideline for a pilot of architect responsibility in the repair of protected "
           "historic buildings: the architect's team and conditions, services, pilot measures and oversight",
     source=src("工程建设管理", "关于优秀历史建筑修缮（装修改造）试点建筑师负责制的指导意见（试行）.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=a6f932255e684882aa4f0e5b19463c09&siteId=0011", 4474),
     style="an 意见 (title twice, the number, addressees, a preamble); 一、定义 and 二、适用范围 single paragraphs; 三、 "
           "（一）（二） heading lines over paragraphs, （二） with the conditions 1、–4、; 四、 a lead-in then （一）–（七） run-in "
           "「（N）heading。text」 items; 五、 and 六、 （N） heading lines over one or two paragraphs; 七、施行日期; 「附件：」 with "
           "1、2、 (the forms, not printed) and the date",
     leaf_tasks=17, count_alternatives=[10, 11, 16, 20],
     attachment_task_rows=0,
     childless_top_level_sections=["一、建筑师负责制定义", "二、适用范围", "七、施行日期"],
     samples=[
        U(["三", "（一）"], ["所在设计企业"],
          note="(ruled round 36) 「责任建筑师由所在设计企业推荐」 — the agent of 由 with a verb of doing (" + BY + "): 所在设计企业, read as "
               "a doer (it names the architect for the pilot), not as an applicant filing for itself (round 30 / 34); 「团队成员由"
               "责任建筑师择优选聘」 — 责任建筑师 is a person (the registered architect, defined in 一、): never a unit (round 30 / "
               "34); 「可采用…」 an option; 「…应具有…资质」 a condition; " + NODATE),
        P(["三", "（二）"], targets=[(10, "年"), (3, "个")], not_targets=[(5, "年")],
          note="the conditions 1、–4、 an architect must meet are text, not items (round 35: lists that give no work); "
               "「10年以上相关项目工作经验」「担任过3个及以上…项目负责人」 — eligibility thresholds with 以上 / 及以上 (round 25, " + THR
               + "): targets; 「近5年内主持完成过的…项目」 a past span (round 33: past figures): not a target; 「国家一级注册建筑师」 "
               "no digit; no body; " + NODATE),
        P(["四", "（三）"],
          note="the lead-in 「责任建筑师及其团队可负责提供下列服务内容」 is an option (可) of a person and his team: no unit; 「责任建筑师"
               "组织专家和部门研究后提出综合解决方案」 — 组织＋work, but 责任建筑师 is a person (round 30 / 34: never a unit); 「承担…"
               "审核服务」 no subject; a leaf of the services section (四、 工作内容); " + NODATE),
        S(["五", "（五）"], [], ["建设单位", "施工单位"],
          note="(ruled round 36) 「经承诺，由责任建筑师会同建设单位及施工单位，组织专家和部门对施工方案进行论证、出具技术审查意见后，向工程"
               "监管部门申请…」 — 「由A会同B＋verb」 (" + R2 + ") with A a person (责任建筑师): read as round 30's 「由分管副区长牵头，"
               "B配合」 (lead [], responsible B): 建设单位, 施工单位 (「A及B」 two names, round 34); the objects of 组织 are not "
               "units; 工程监管部门 receives; 「由建设行政管理部门监管的项目」 — a body inside a noun's description (round 30): not a "
               "doer; " + NODATE),
        P(["五", "（六）"],
          note="「由责任建筑师所依托的设计企业为责任建筑师及其团队投保」 — 由A＋投保, a cost verb: a payer, no unit (aligned round 36: "
               "CONVENTIONS.md round 36 「由…企业…投保」 makes a payer; first written RULING? with 设计企业 read as a doer); "
               "「鼓励推行…」 a call; " + NODATE),
        U(["六", "（二）"], ["市房屋行政管理部门"],
          note="「市房屋行政管理部门依托相关行业协会或单位，定期组织…建筑师培训」 — 组织＋work (round 34): the doer; 依托 names "
               "no unit; 「各区房屋行政管理部门应主动跟踪…，及时梳理…，总结试点成效，总结情况每年度报市房屋行政管理部门」 — 跟踪 / "
               "梳理 / 总结 (" + CLOSED + "): no unit, the yearly sending a duty (round 35); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区房屋行政管理部门总结试点成效，总结情况每年度报市房屋行政管理部门", "when": "每年度",
              "when_norm": "yearly"}],
     notes=["counting: 一、 (the definition) and 二、 (the scope) are general provisions (round 30 / 34: headed points "
            "stating definitions or scope) and 七、 entry into force: no tasks; 三、 （一）（二） (the conditions 1、–4、 text, "
            "round 35) → 2; 四、 （一）–（七） (the services, each a leaf of a content section) → 7; 五、 （一）–（六） → 6; 六、 "
            "（一）（二） → 2 → **17**. Accepted: 20 (三/（二）'s 1、–4、 as four leaves), 16 (三、 read as a 要求 section: "
            "（二） names no unit, round 27), 10 (四、's services read as the option of a person 「可负责提供」: not tasks), 11 "
            "(四、 as one task)",
            "samples: six of seventeen — 三/（一）, 三/（二）, 四/（三）, 五/（五）, 五/（六）, 六/（二）",
            "units: 由A＋verb (三/（一）, 五/（六）), 由A会同B with A a person (五/（五）), 组织＋work (六/（二）); persons "
            "(责任建筑师, 项目负责人, 主要负责人), applicants (建设单位 申报 / 提交 / 申报变更 in 五/（三）), options (可采用, 可在, "
            "可凭, 可以…追究, 也可), calls (鼓励), payers (在项目总投资中列支) name none; 六/（一） 「市、区房屋行政管理部门、建设行政"
            "管理部门…应当…加强…监督…明确…」 (" + CLOSED + ") none",
            "dates: 2024年3月1日 (in force), 有效期为2年 — no deadline in any item; 每年度 a rhythm (a duty); no phases",
            "figures: 10年以上, 3个及以上 (三/（二）) targets; 近5年内 a past span; 国发〔2021〕24号 and the other numbers, 附件1 / "
            "附件2 names",
            "duties: the districts' yearly summary to 市房屋行政管理部门 (六/（二））; the 建设单位's online application and "
            "change filings are the regulated parties' (round 32): no duty"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x125_03_shanghai-yingjiju-jiaotongwei-2024-yiqi-yipin-yima-weihuapin-churuku-xinxihua-guanli-tongzhi.txt"
GQYJ = "各区应急管理局"

plan(X03,
     title="上海市应急管理局 上海市交通委员会关于推进基于“一企一品一码”的危险化学品出入库及危险货物装卸信息化管理工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪应急危化〔2024〕12号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局, 上海市交通委员会",
     date="2024-02-04",
     level="city bureau and commission (Shanghai), a notice on trace codes for hazardous chemicals, stock records and "
           "loading checks, with the districts' and zones' work and a completion date",
     source=src("工程建设管理", "上海市应急管理局 上海市交通委员会关于推进基于“一企一品一码”的危险化学品出入库及危险货物装卸信息化.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9c7db26fd6bb45d4a278fd5c2b285444&siteId=0037", 3841),
     style="a notice (各有关单位; a preamble); 一、工作任务 a lead-in paragraph, then （一） heading + lead-in + 1.–6., （二） "
           "heading + lead-in + 1.–3., （三） and （四） heading lines over two and three paragraphs; 二、工作要求 （一）–（五） "
           "run-in 「（N）heading。text」 items; two issuers on one line, the date, a 「政策解读：」 line",
     leaf_tasks=14, count_alternatives=[7, 9, 15, 16],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）", "2"], not_targets=[(100, "克/毫升")],
          note="「包装规格小于100克/毫升的无需赋码」 names the packages the rule leaves out (round 34: a class the rule covers is "
               "not a target, though 小于 is a comparison word); 「…危险化学品应赋追溯码」 a rule with no body; a leaf of 一、工作任务 "
               "(" + CLOSED + "); " + NODATE),
        P(["一", "（三）"],
          note="「危险化学品企业在实施危险化学品出入库时，…应按规定通过…系统…进行查验」 — the main verb is 查验 (" + CLOSED + "); "
               "「实施危险化学品出入库」 sits inside the time clause (…时), not the clause's verb; 「鼓励危险化学品企业自建…」 a call; "
               "「五必查」 no digit; " + NODATE),
        S(["一", "（四）"], [], ["本市危险化学品使用单位", "本市收货单位"],
          lead_alternatives=[["本市危险化学品使用单位", "本市收货单位"]],
          note="(ruled round 36) 「本市危险化学品使用单位（以下简称使用单位）在接收…时，应通过…小程序实施扫描货品上危险化学品追溯码进行收货」 — "
               "the subject of 实施 (" + R2 + "; a regulated party named by a kind is a doer, round 34; the 简称 dropped, round "
               "35); 「驾驶员或押运员应配合本市收货单位实施扫码收货」 — 「B配合A＋verb」 gives A by rule 2 (实施 in the list, round "
               "34): 本市收货单位; 驾驶员 / 押运员 are persons (never units); 「鼓励各区交通主管部门或应急管理部门试点设置…」 a call; "
               "the other reading takes 实施扫描 for a verb-noun (扫描) and gives no unit; " + LIST + "; " + NODATE),
        U(["二", "（二）"], ["危险货物（危险化学品）企业"], dl="2024年12月31日前", dln="2024-12-31",
          note="「危险化学品企业原则上应于2024年12月31日前完成…建设任务」 — 完成 (" + CLOSED + "); 「危险货物（危险化学品）企业应按照"
               "…相关要求落实…充装查验要求」 — the subject of 落实 (" + R2 + "; a regulated party named by a kind, round 34; the "
               "bracket stays with the name); 「临港新片区管委会…应根据各自职责做好相关监督指导工作」 — 做好 (closed list); the one "
               "date in the item is its deadline; 沪交发〔2022〕8号 a number; a 工作要求 item that names a unit is a task (round 33)"),
        S(["二", "（三）"], [], ["市应急局", "市交通委", "临港新片区管委会", "上海化工区管委会", GQYJ, "交通主管部门"],
          lead_alternatives=[["市应急局", "市交通委"]], dl="今年一季度", dln="2024-03",
          note="「市应急局、市交通委将于今年一季度开展…宣贯培训，并委托第三方提供长期咨询服务」 — a pivot without 由 「A委托B…」 "
               "reads as 「由A委托B」 (round 35): 市应急局, 市交通委 are doers, 第三方 is not; 「临港新片区管委会、上海化工区管委会、"
               "各区应急管理局及交通主管部门要做好…，同步建立…机制…，配合市级部门为企业提供服务指导」 — 「B配合」 in an item that has "
               "a rule-2 doer makes B responsible (round 34), in printed order; 「A及B」 two names, 各 not shared (round 34): "
               "各区应急管理局, 交通主管部门; 市级部门 (配合's object, with 提供 outside rule 2) is no unit; lead [] (no 牵头), the "
               "doers accepted as lead; 「今年一季度」 the plan's year (2024): end of the first quarter"),
        U(["二", "（四）"], [GQYJ],
          note="「各区应急管理局要充分利用…，组织各成员单位配合此项工作的开展」 — 「A组织B＋verb」 (round 30): 各区应急管理局 the "
               "doer, 各成员单位 (the pivot's object) not a unit; 「协调各成员单位推动…」 — 协调 is no rule-2 verb (the carried "
               "subject adds nothing); 「各区交通运输主管部门、应急管理部门和其他…部门要加强针对性执法检查，对…企业…予以处罚」 — "
               "加强 / 予以处罚 (" + CLOSED + "): no unit; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble and 一、's lead-in paragraph (no body, the work in outline) are not tasks; 一、工作任务: "
            "（一） 1.–6. (the coding rules, each a leaf) + （二） 1.–3. + （三） + （四） → 11 (leaves of a task section, with a "
            "unit or not); 二、工作要求: （二）（三）（四） name doers (落实; 委托 without 由 and 配合; 组织＋B＋verb) → 3; （一） "
            "(重视 / 传达 / 指导 a pivot) and （五） (鼓励…探索) name none: not tasks (" + REQ27 + ") → **14**. Accepted: 15 "
            "(二/（一） in: round 35's 工作要求 section holding the plan's content, an item that gives work), 16 (二、 whole), 7 "
            "(一/（一）'s 1.–6. and 一/（二）'s 1.–3. read as the rules of one task each: 4 + 3), 9 (7 with 二、 whole)",
            "samples: six of fourteen — 一/（一）/2, 一/（三）, 一/（四）, 二/（二）, 二/（三）, 二/（四）",
            "units: 实施 (一/（四）, ruled round 36), 落实 (二/（二）), 委托 without 由 + 配合 (二/（三）), 组织＋B＋verb (二/（四）); "
            "一/（一）, 一/（二）, 一/（三） name no body by rule 2 (应赋 / 生成 / 上传 / 印刷 / 执行 / 记录 / 遵守 / 查验; 鼓励 calls); "
            "指导 in 一、's lead-in and 二/（一） a pivot with no 负责",
            "dates: 2024年12月31日前 (二/（二）) and 今年一季度 (二/（三）) deadlines; 自2024年起 (一/（一）, a start), 2015版 / "
            "沪交发〔2022〕8号 / 安委〔2021〕12号 names",
            "figures: 100克/毫升 (a class the rule leaves out, not a target); 五必查 / 六不入库 no digits",
            "no duties (the firms' 上报 / 上传 of their stocks are the regulated parties' filings, round 32; the drivers' 反馈 a "
            "call to persons); no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x125_04_shanghai-yingjiju-2024-weixian-huaxuepin-qiye-hangye-anquan-lianmeng-tongzhi.txt"
GLM = "各安全联盟"

plan(X04,
     title="上海市应急管理局关于推动建立本市危险化学品企业行业安全联盟的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪应急危化〔2024〕14号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-02-05",
     level="city bureau (Shanghai), a notice setting up nine industry safety alliances of chemical firms, with the "
           "alliances' meetings and training and the district bureaus' and insurers' part",
     source=src("工程建设管理", "上海市应急管理局关于推动建立本市危险化学品企业行业安全联盟的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=90a58bb8d25e4073ba7e2b3c6f3f2bc6&siteId=0037", 2652),
     style="a notice (three addressees, a preamble); 一、工作目标 and 二、企业范围 single paragraphs; 三、工作方式 （一）–（五） "
           "heading lines over one paragraph each (「（二） 交流研讨」 with a space); 四、工作要求 （一）–（三） heading lines over "
           "one paragraph each; 「附件：…」, the signature and date, then 「附件」, its title, 「（2024年）」 and 1.–9. (one "
           "research topic per alliance)",
     leaf_tasks=6, count_alternatives=[5, 8, 15, 17],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、企业范围"],
     samples=[
        U(["三", "（一）"], ["各成员企业"], targets=[(9, "个")],
          note="「分别成立石油化工、…、化学试剂等9个行业安全联盟」 — the number of alliances the item sets up, its own quantity "
               "(round 25): a target; (ruled round 36) 「各成员企业由主要负责人或指定专人参加安全联盟相关活动，落实具体工作要求」 — 各成员企业, "
               "the topic of the sentence, is the subject of 落实 (" + R2 + "; a group named by a kind, round 35 「各成员单位按照责任"
               "分工落实」); the 由-clause names persons (never units); 「支持…安责险承保机构统筹建立工作机制」 — the object of 支持, "
               "no unit; 成立 / 确定 have no subject; " + NODATE),
        U(["三", "（二）"], [GLM],
          note="「各安全联盟定期组织召开安全工作交流会，组织开展实地调研、问题研讨、经验分享等活动」 — 组织＋work (" + R2 + ", round "
               "34): 各安全联盟 (a kind; set up by 三/（一）, not by this item, so not rule 3's set-up body); 定期 a rhythm (a "
               "coordination duty), no date: " + NODATE),
        U(["三", "（三）"], [GLM], targets=[(1, "次")],
          note="「各安全联盟每年至少组织一次安全培训」 — 组织＋work (round 34): 各安全联盟; 「每年至少…一次」 a frequency with a floor "
               "(round 35): a target, 1次 (Chinese numeral); 每年 a rhythm, no deadline (round 34); 「组织专家、专业人士解读…」 "
               "carries the same subject; " + NODATE),
        P(["三", "（五）"],
          note="「鼓励各安全联盟企业自行开展…」 a call; 「市、区应急管理局可结合工作实际，组织专家指导服务」 — an option (可, round "
               "30): no unit; a leaf of 三、工作方式 (a task section): a task with no unit; " + NODATE),
        U(["四", "（三）"], [GQYJ],
          note="(ruled round 36) 「各区应急管理局要善于借力，将安责险承保机构事故预防服务与各类专项工作同频共振、同步实施、同步推进」 — "
               "各区应急管理局 read as the subject of 实施 (" + R2 + ") through the 将-construction; the other reading takes 同步实施 "
               "for a description of the service and gives no unit (then the item is no task, round 27: count 5); 「安责险承保机构要"
               "及时梳理…」「行业安全联盟要…汇总…推动…」 — 梳理 / 汇总 / 推动 (" + CLOSED + "); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各安全联盟定期组织召开安全工作交流会", "when": "定期", "when_norm": None}],
     notes=["counting: 一、工作目标 (a goal paragraph) and 二、企业范围 (a scope) are childless sections; 三、工作方式 "
            "（一）–（五） → 5 (leaves of a task section, with a unit or not); 四、工作要求: （三） names a doer (实施, ruled round 36) → "
            "1; （一） (认识 / 督促 a pivot / 采取 / 助力; 鼓励; persons) and （二） (发挥 / 配合 with no doer / 维护; 提倡; 督促 / 指导 "
            "pivots; 建立) name none: not tasks (" + REQ27 + ") → **6**. The attachment's 1.–9. (a research topic per alliance) "
            "are a list, not tasks. Accepted: 5 (四/（三） out), 8 (四、 whole), 15 and 17 (6 / 8 with the attachment's nine "
            "topics)",
            "samples: five of six — 三/（一）, 三/（二）, 三/（三）, 三/（五）, 四/（三）",
            "units: 落实 with a topic subject (三/（一）), 组织＋work (三/（二）, 三/（三）), 实施 through 将 (四/（三）); 三/（四） "
            "「各安全联盟要加强…，发挥…，提炼…，推动…」 (" + CLOSED + ") none",
            "dates: none (定期, 每年 rhythms; 2024年 the attachment's year)",
            "figures: 9个行业安全联盟 (三/（一）) and 至少一次 (三/（三）) targets",
            "duties: the alliances' periodic meetings (三/（二）, a coordination rhythm); no phases"])

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本市危险化学品使用单位': '危险化学品使用单位', '本市收货单位': '收货单位'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)
