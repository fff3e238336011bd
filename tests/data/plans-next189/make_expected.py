# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next189/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 43 (built by helper c189): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_in`` of
../plans/expected_tools.py, and ``row_at`` below for a table whose rows have no numbers); every answer was written
here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 43 rulings, written early" included) applied
to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next189/make_expected.py tests/data/plans-next189
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(加强, 成立, 宣传, 启动, 上报, 做出, 执行, 建立, 健全, 强化, 做好 …) is not a unit")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def row_at(file, cell):
    """Line and first eight characters of the row of x189_01's 附件 table whose first cell (乡镇) is ``cell``: the
    table's rows have no numbers, so the path names the table and the row's first cell (as plans-next164 x164_04 and
    plans-next48 / -146 read unnumbered rows)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("乡镇")
    while lines[i].strip() != cell:
        i += 1
    return {"line": i + 1, "title_starts": cell[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x189_01_jiading-2014-jijianqu-wai-dixiao-jianshe-yongdi-jianlianghua-renwu-tongzhi.txt"
T01 = "上海市嘉定区人民政府关于下达嘉定区2014年度集中建设区外现状低效建设用地减量化任务的通知"
HEADED = ("CONVENTIONS.md round 34 (written early): in a notice of headed points 一、…五、 (none has a numbered child) a "
          "childless point whose text gives work — a rule-2 doer or an instruction 「要…」「应…」 to the plan's bodies — is a "
          "task")
TABLE = ("the 附件 计划表 is a task table (the notice 「将…减量化任务分解下达」 to the towns): each row is a task, its first cell "
         "(乡镇) the body the row's quota is given to — a unit column (rule 1, 「table column」): responsible the town, no "
         "lead (" + ONE + "); 总面积 (单位：公顷) is the row's quota → a target in 公顷; 主要地类 「221、253」 are land-class "
         "codes (names with digits, not targets); 工业／宅基地 are the quota's parts (not checked); deadline: the row's "
         "计划完成时间 「2014年12月底」 (printed 「2014」 / 「年12月底」 on two lines)")

def row(cell, total, note="", **kw):
    return S(["减量化计划表", cell], [], [cell], [(total, "公顷")], dl="2014年12月底", dln="2014-12-31",
             lead_alternatives=[[cell]], note=TABLE + ("; " + note if note else ""), **kw, **row_at(X01, cell))


plan(X01,
     title=T01,
     title_note="line 1 (the notice prints no other title; the 附件 table has its own heading, no plan title)",
     doc_no="嘉府发〔2014〕41号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市嘉定区人民政府 (the signature; the index gives 区政府)",
     date="2014-08-12",
     date_note="the signature date is printed 「2014」 / 「年8月12日」 on two lines; the index gives 2014-08-12",
     level="a district government (Shanghai Jiading), a notice handing down the 2014 quotas for reducing low-efficiency "
           "construction land outside the concentrated construction areas: five headed points of work requirements to the "
           "towns and an attached quota table (nine towns, 公顷, completion 2014年12月底)",
     source=src("规划与土地", T01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_10367&siteId=0080", 2134),
     style="the title, addressees (towns and three 管委会), a preamble ending 「请认真贯彻执行：」; five headed points 一、–五、 "
           "on heading lines, each over one paragraph, none with numbered children; 「特此通知」, a 附件 line, the signature, "
           "the date cut over two lines; then 「附件」 and the quota table flattened one cell a line (a two-row header: 乡镇 | "
           "减量化情况 (总面积, 主要地类) | 建设用地面积 (工业, 宅基地, 其他) | 计划完成时间（完成复垦时间） | 备注; empty cells "
           "dropped, so rows have 6 or 7 cells; the year of each time cell on its own line 「2014」 / 「年12月底」; codes "
           "「221」 / 「、253」 cut over two lines), a 合计 row and a 注 line",
     leaf_tasks=5, attachment_task_rows=9, count_alternatives=[4, 13],
     leaf_tasks_by_section={"一、充分认识集建区外建设用地减量化的重要性": 1, "二、加强组织领导，广泛宣传，形成共识": 1,
                            "三、加快编制郊野单元规划": 1, "四、狠抓落实，确保质量": 1, "五、实行考核奖惩制": 1},
     childless_top_level_sections=[],
     samples=[
        S(["二"], [], [],
          note=HEADED + "; 「各街镇应加强减量化工作的组织领导，成立…领导小组」 — 加强 / 成立 (" + CLOSED + "; 组织领导 is a noun, "
               "no 组织＋work, round 41: 组织 with no work after it gives no doer); 「由街镇主要领导担任组长」 — a person, never a "
               "unit (round 30); 「领导小组下设办公室，具体负责工作的组织协调」 — a body the item sets up (round 35: 「下设…推进组，"
               "负责…」 stays rule 3); 「确保工作能尽快组织实施」 — 工作 is the clause's subject (a thing), read as no doer "
               "(RULING? 1); 「各街镇要广泛宣传」 — 宣传 (" + CLOSED + "): " + NONE + "; " + NODATE),
        one(["四"], "各街镇", dl="本年度", dln="2014-12",
            note=HEADED + "; 「各街镇要结合郊野单元规划编制，及时对下达的计划落实到具体地块中」 — the subject of 落实 (rule 2; "
                 "各街镇 a kind, round 32); 「抓紧开展项目立项」「严格执行项目法人制…」 add nothing (开展 without 组织, 执行: "
                 + CLOSED + "); deadline: 「按时完成本年度的建设用地减量化任务」 — 本年度 read as December of the plan's year "
                 "(round 34: 「年内」「年底前」 is December of the plan's year; the 附件's 计划完成时间 2014年12月底 agrees) → "
                 "2014-12 — RULING? 2"),
        S(["五"], [], [],
          note=HEADED + "; 「区政府执行奖惩考核制度，…并建立…工作机制」 — the issuer speaking of itself with 执行 / 建立 (" + CLOSED
               + "; round 30: 我委／本局 is a unit only as a doer); 「对完成情况较好的街镇予以适当奖励…；对不能完成下达任务的街镇，将暂停"
               "审批…」 — no subject, the towns the objects: " + NONE + "; 年度 (年度综合考核) a rhythm of assessment, no date: "
               + NODATE),
        row("江桥镇", 39),
        row("安亭镇", 20, note="the row has six cells (宅基地 and 其他 empty, dropped): 20 | 221 | 20 — the first 20 is 总面积"),
        row("工业区", 12, note="「工业区」 as printed (the addressees' 嘉定工业区 管委会; round 36: names as printed)"),
        row("菊园新区", 11),
     ],
     plan_targets=[{"number": 185, "unit": "公顷"}],
     plan_targets_note="the 合计 row 「185」 (总面积; 建设用地面积 150 工业 + 35 宅基地): the plan's total quota",
     phases=[], duties=[],
     notes=["counting: " + HEADED + "; 一、–五、 → **5** (一、「各街镇要充分认识…重要性」 is an instruction 要…, counted; **4** "
            "accepted without it, as a point of background — RULING? 3); the 附件 table's nine town rows are the "
            "attachment's task rows (attachment_task_rows 9, so 14 is accepted; 13 with 一、 left out); the 合计 row and the "
            "注 line are no rows",
            "paths: the table rows have no numbers; a path is 「减量化计划表/<乡镇 cell>」 (the table named by its heading's last "
            "words, the row by its first cell, found by `row_at`) — not 「附件/…」, which the scorer reads as a numbered row",
            "units: the body points give work to 各街镇 (the addressees' towns) in plain verbs; only 四、 has a rule-2 verb (落实); "
            "二、 sets up a leading group and its office (rule 3), 五、 is the issuer's own assessment (执行)",
            "dates: 2014年8月12日 (the signature, cut over two lines), the rows' 2014年12月底; 2014年度 in the title and 本年度 "
            "in 四、; 规划期 (a plan period, no date); no phases, no duties (no sending is asked)",
            "figures: the rows' 总面积 (39, 31, 25, 23, 20, 12, 10, 14, 11 公顷), 合计 185; the parts 25/14, 20/5 … (工业, "
            "宅基地); codes 221 / 253 (land classes by the second survey, 「二调」 — not targets)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x189_02_baoshan-2013-tudi-chubei-he-churang-jizhi-buchong-yijian.txt"
N02 = "上海市宝山区人民政府办公室转发区规划土地局、区土地储备中心关于进一步完善宝山区土地储备和出让机制实施意见的几点补充意见的通知"
P02 = "关于进一步完善宝山区土地储备和出让机制实施意见的几点补充意见"
NOUNIT = ("CONVENTIONS.md round 38 / round 39: items naming no unit in a plan with units elsewhere are tasks where they give "
          "work (a count without them accepted)")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinions' own title (lines 11–12, cut over two lines after 「出让」) or the notice title (line 1): either",
     doc_no="宝府办〔2013〕101号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区人民政府办公室 (the cover); the opinions are signed 上海市宝山区规划和土地管理局 and 上海市宝山区土地储备中心",
     date="2013-07-25",
     date_note="the cover is dated 2013年7月25日, the forwarded opinions 2013年6月20日",
     level="a district government office (Shanghai Baoshan) forwarding its planning-and-land bureau's and land-reserve "
           "centre's four supplementary points on land reserve and land sale: annual plans, reserve cost audits, the way of "
           "sale, coordination of departments",
     source=src("规划与土地", "上海市宝山区人民政府办公室转发区规划土地局、区土地储备中心关于进一步完善宝山区土地储备和出让机制实施.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b4f03d66-53f9-40c6-b070-340b8098f34c&siteId=0078",
                1573) + "; the stored name is cut after 「实施」",
     style="a cover with no blank lines (addressees, one paragraph, 「特此通知」), the signature and date; the opinions' title "
           "cut over two lines, a preamble ending 「以下四点补充意见：」; four headed points 一、–四、 on heading lines (一、 and "
           "四、 long headings), 一、 二、 四、 holding （一）–（三） / （一）（二） items one line each, 三、 a single paragraph; "
           "no blank lines inside the opinions; two signatures and a date",
     leaf_tasks=9, count_alternatives=[8],
     leaf_tasks_by_section={"一、严格计划管理": 3, "二、深化土地储备成本认定工作": 3, "三、土地出让方式的确定": 1,
                            "四、强化职能部门工作规范": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], [],
          note="「各街镇、园区要对照…三年土地储备规划，…上报年度计划」 — 上报 (" + CLOSED + "): " + NONE + "; " + NOUNIT
               + "; the yearly sending is a duty below; 三年 (a plan's span in its name) is no target; " + NODATE),
        S(["一", "（三）"], [], [],
          note="「区土地储备中心在年末对计划执行情况做出评估分析」 — 做出 (" + CLOSED + "): " + NONE + "; 「在年末」 read as a yearly "
               "rhythm of a standing procedure (the result feeds 「下一年度计划制定」), no deadline (round 34: recurring dates are "
               "no deadline) — RULING? 4 (the other reading: December of the cover's year, 2013-12)"),
        one(["二", "（三）"], "区土地储备成本认定工作小组成员单位",
            note="「由区土地储备成本认定工作小组成员单位共同参与地块审计决算环节的有关事宜」 — 由A＋a verb of doing (round 34: 「由A"
                 "＋any verb of doing」); the members of a standing group the item does not set up, named by a kind (round 35: 「各成员"
                 "单位按照责任分工落实」 is a doer, as printed); 「加强…监督管理」 has no subject; " + NODATE),
        S(["三"], [], [],
          note="a childless point that gives work (「土地出让方式原则上均采用挂牌方式出让」, and a case 「遇有关街镇…有特别要求的，"
               "需说明具体情况及理由，并报区政府审核后确定…」) with no rule-2 doer: 报区政府审核 names a receiver (rule 3) — "
               + NONE + "; counted as a task (" + NOUNIT + "; 8 accepted without it); " + NODATE),
        S(["四", "（二）"], [], [],
          note="「区发展改革委、区规划土地局、区商务委、区财政局等相关职能部门要群策群力、集思广益，协同推进土地储备和出让相关工作」 — "
               "round 39: 「A协同推进…」 with no partner names no doer (协同 needs a partner to read as 会同); 群策群力 / 集思广益 "
               "are no verbs of rule 2: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各街镇、园区综合规划、征收补偿、周边配套等因素上报年度计划", "when": "年度（每年）", "when_norm": "yearly",
              "note": "一、（一）: the plan's bodies send their annual plan (round 41: a yearly plan sent once a year is a yearly "
                      "duty; round 36: a plan body's sending to another is a duty); the receiver is not written"}],
     notes=["counting: the cover forwards the opinions (one plan, CONVENTIONS 「Two documents under one cover」); the preamble "
            "no task; 一、（一）–（三） 3, 二、（一）–（三） 3, 三、 (childless, gives work) 1, 四、（一）（二） 2 → **9**; 8 accepted "
            "(三、 left out: a point with no rule-2 doer in a plan of numbered items, round 36)",
            "units: only 二、（三） names a doer (由A共同参与); the others are rules without a subject, plain verbs (上报, 做出, "
            "制定) or 协同推进 with no partner (四、（二）); 区政府 only approves (提交区政府审核批准, 报区政府审核, 经过区政府专题会议明确: "
            "rule 3)",
            "dates: 2013年7月25日 (the cover), 2013年6月20日 (the opinions), 年初 / 年末 / 半年 / 下一年度 (rhythms of the annual "
            "plan); no item's own deadline; no phases",
            "figures: none are targets — 三年 (a plan's span), 「原则上半年调整一次」 (a rhythm, no comparison word), 宝府办〔2011〕56号 "
            "(a document number)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x189_03_qingpu-2017-jijianqu-wai-jianlianghua-zijin-shiyong-guanli-yijian.txt"
N03 = "上海市青浦区人民政府办公室转发区财政局区规划土地局关于进一步明确青浦区集建区外现状建设用地减量化资金使用管理意见的通知"
P03 = "关于进一步明确青浦区集建区外现状建设用地减量化资金使用管理的意见"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the opinion's own title (line 8) or the notice title (line 1): either",
     doc_no="青府办发〔2017〕28号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市青浦区人民政府办公室 (the cover); the opinion was drawn up by 区财政局 and 区规划土地局 (not signed)",
     date="2017-04-17",
     date_note="the cover is dated 2017年4月17日; the index gives no date (「-」)",
     level="a district government office (Shanghai Qingpu) forwarding its finance and planning-and-land bureaus' opinion on "
           "how towns use and account for land-reduction funds: duties, three rules of fund use, oversight",
     source=src("规划与土地", "上海市青浦区人民政府办公室转发区财政局区规划土地局关于进一步明确青浦区集建区外现状建设用地减量化资金.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0083510432&siteId=0083", 1581)
     + "; the stored name is cut after 「减量化资金」",
     style="a cover (addressees, one paragraph, the issuer and date on two lines) with the opinion's title right after the "
           "date; a preamble; three headed points: 一、明确管理职责 (two paragraphs, no items), 二、加强资金管理 with run-in items "
           "「（一）指标收购费统筹使用。…」–（三）, 三、严格监督检查 (one paragraph); no blank lines inside the opinion; no close",
     leaf_tasks=5, count_alternatives=[4, 2],
     leaf_tasks_by_section={"一、明确管理职责": 1, "二、加强资金管理": 3, "三、严格监督检查": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各镇（街道）", "区规土局", "区财政局"],
          note="a childless point that gives work (round 36: a task in a document of numbered items too; its two paragraphs "
               "one task); the heading 「明确管理职责」 gives out work (round 35: a heading whose object is 管理职责): 「各镇（街道）"
               "是减量化工作的责任主体和实施主体，负责…」 (a designation and 负责, round 32 / round 34) and 「区规土局、区财政局负责"
               "协调…，依职责做好…」 (负责) — all three, in printed order, 各镇（街道） with its bracket as printed (round 34); no 牵头: "
               "lead [] ; " + NODATE),
        S(["二", "（一）"], [], [],
          note="run-in heading 「指标收购费统筹使用。」; 「各镇（街道）收到的区级指标收购费应…统筹使用」 — the subject is the fee (a "
               "thing; 各镇（街道） is inside a 的-phrase, round 30: a body inside a noun's description is no doer): " + NONE
               + "; " + NOUNIT + "; 今后年度 / 以前年度 are no dates: " + NODATE),
        one(["二", "（二）"], "村社区经济合作社社员代表大会",
            responsible_alternatives=[["该村社区经济合作社社员代表大会"]],
            note="「其使用用途由该村社区经济合作社社员代表大会讨论决定后，报镇（街道）农村集体资产监督管理委员会审核」 — 由A＋a verb of "
                 "doing (讨论决定; round 34); 该 before the name dropped as a quantifier (round 42: 「同一家…机构」 → 机构; the "
                 "name with 该 accepted); the 管理委员会 only reviews (rule 3: a body that approves), the sending for review is a "
                 "filing for approval, no duty (round 37); " + NODATE),
        S(["二", "（三）"], [], [],
          note="「结余的指标收购费全部留存街镇财政，可以在适用范围内安排项目支出」 — an option (可, round 34 / round 40: no doer); "
               "「…由区级统筹安排的，相应指标使用费也可在结余资金中列支」 — a case with 由区级 (区级 a level, no body) and an option "
               "(也可…列支: a cost verb, a payer at most, round 35): " + NONE + "; the bracket 「（确保任务是指…）」 defines a term; "
               + NODATE),
        S(["三"], [], [],
          note="「各镇（街道）应建立健全责任机制，加大…监督检查」 — 建立 / 加大 (" + CLOSED + "); 「对不按规定用途安排使用资金的，区财政局有权"
               "停止拨付资金，收回…」 — a case (rule 3) with 有权 (a power, like an option, round 34) and no 由 (round 42's 「…的，由A…」 "
               "step needs 由): no doer; 「应接受配合各级相关职能部门的监督和检查」 — overseers (round 40: invited overseers are no "
               "units) and 配合 with no doer (round 34): " + NONE + "; counted (" + NOUNIT + "); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover forwards the opinion (one plan); the preamble no task; 一、 (childless, two paragraphs, gives "
            "work by 负责) 1, 二、（一）–（三） 3, 三、 (childless, gives work) 1 → **5**; 4 accepted (三、 left out: no rule-2 "
            "doer), 2 accepted (only the items naming a unit: 一、 and 二、（二）, round 38 / 39)",
            "units: 一、's designation and 负责 clauses; 二、（二）'s 由A讨论决定; elsewhere plain verbs, options (可, 有权), a fee "
            "as subject",
            "dates: 2017年4月17日 (the cover) only; no item writes a date; no phases; no duties (报…审核 is a filing for "
            "approval, round 37)",
            "figures: none (青府办发〔2016〕83号 is a document number)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x189_04_songjiang-2026-shuili-gongcheng-jianshe-xiangmu-guanli-banfa.txt"
P04 = "松江区水利工程建设项目管理办法"
N04 = "关于印发《" + P04 + "》的通知"
WORK = ("the heading 「（二）主要任务与分工」 gives out work (round 35: 任务分工 and any 「X分工」 heading, round 37): every body "
        "the text gives work is a unit")
LEADIN1 = ("the lead-in 「1.项目办负责水利项目的全过程管理，具体包括：」 (rule 4 / round 37: a lead-in 「…具体职责为：」 gives its "
           "doer to the items under it that name none)")


def D(path, marker, lead=(), resp=(), targets=(), **kw):
    """A decimal item 「2.3…」 under 二、（二）: located by ``at_in`` (``locate`` reads only 「1.」)."""
    return S(path, lead, resp, targets, **kw, **at(X04, "\n" + marker))


plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the 办法's own title (line 13, after 「附件」) or the notice title (line 1): either",
     doc_no="沪松水〔2026〕96号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区水务局 (from the index; the cover prints only the date)",
     date="2026-08-20",
     level="a district bureau (Shanghai Songjiang's water bureau), rules for managing water-engineering construction "
           "projects: the bureau's project office and its sections' duties, the project legal person's duty, and the steps "
           "of planning and budget, approval, tendering, construction and acceptance",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=62ddc370-be64-4566-987a-a20a98b5ba65&siteId=0082",
                5058),
     style="a short cover (addressees 「各相关单位：」, one paragraph, a 附件 line, the date); 「附件」 and the 办法's title; a "
           "preamble; 一、适用范围 (scope); 二、 a lead-in paragraph over （一）（二）（三）, （二） holding 1.（a lead-in 「…具体包括：」）"
           "over decimal items 1.1–1.7 and 2.（a lead-in 「…进行具体分工：」） over 2.1–2.8 (number and words run together); 三、 "
           "a lead-in over （一）–（五）, （二） a childless paragraph, the others items 1.–5.; 四、其他 1.–3. (referrals and entry "
           "into force); then the leading group's list (persons, positions, runs of spaces) and a procurement review form "
           "(fields, check boxes □, dashed rules 「- - -」, 「年    月    日」); blank lines between all paragraphs",
     leaf_tasks=31, count_alternatives=[29, 35, 38],
     leaf_tasks_by_section={"二、建设项目组织管理": 19, "三、水利项目建设流程": 12},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        D(["二", "（二）", "1", "1.3"], "1.3", [], ["项目办"], lead_alternatives=[["项目办"]],
          note="「1.3组织水利项目的立项预审，对项目可行性进行审核」 — no subject of its own: " + LEADIN1 + " → 项目办 (the name "
               "given through 「（简称项目办）」 in （一）2., as printed, round 38); " + WORK + "; " + ONE_LEAD + "; " + NODATE),
        D(["二", "（二）", "2", "2.3"], "2.3", [], ["行政审批科"], lead_alternatives=[["行政审批科"]],
          responsible_alternatives=[["行政审批科", "各建设单位"]],
          note="「行政审批科…负责受理建设单位申报的…许可手续办理；并协助各建设单位办理市管相关涉水行政许可」 — 负责 (rule 2); "
               "建设单位 as applicants (申报, 办理…许可: round 30, an applicant is no unit); under the work heading round 36 reads "
               "「A协助B做好…」 as both A and B — RULING? 5 (B here is an applicant; read as no unit, A and B accepted); "
               + ONE_LEAD + "; " + NODATE),
        D(["二", "（二）", "2", "2.7"], "2.7", [], ["区水务管理所"], lead_alternatives=[["区水务管理所"]],
          note="「区水务管理所负责落实街镇水利专项的…工作」 — 负责 / 落实 (rule 2); 街镇 inside the object (a noun's description, "
               "round 30); " + ONE_LEAD + "; " + NODATE),
        one(["二", "（三）", "2"], "项目法人",
            note="「项目法人对项目建设负总责，…全面负责项目前期…等工作」 — 负总责 (a designation, round 35) and 负责 (rule 2); a "
                 "regulated party named by a kind is a doer with a rule-2 form (round 34); the heading 「建设单位职责与任务」 gives "
                 "out work too (round 38: 「X职责」); " + NODATE),
        one(["三", "（一）", "1"], "项目办",
            note="「区水务局建立…水利项目储备库，实行动态管理，每年更新一次」 — 建立 (" + CLOSED + "); 「区级水利项目由项目办负责并"
                 "拟定」 — 由A负责 (rule 2); 「街镇项目由街镇上报，项目办审定」 — 由A上报 is an applicant's filing (round 30 / round 34: "
                 "「由A申报」 names no doer), 审定 a plain verb; the lead-in of 三、 「项目办围绕…做好服务和监管，抓好…」 has no rule-2 "
                 "verb (rule 4 gives nothing); 每年更新一次 a rhythm (no comparison word: no target; no date): " + NODATE),
        S(["三", "（二）"], [], ["区水务局", "区发改委", "区建管委"],
          responsible_alternatives=[["区水务局", "区发改委", "区建管委", "区水务局（或报市水务局）"]],
          note="a childless numbered item (a paragraph under （二）项目审批): 「…由区水务局组织预审后，报市水务局审批」 (由A＋组织＋work), "
               "「由区水务局进行行业审核」 (round 43: 由A＋进行＋work is a doer), 「工程可行性研究报告由区发改委审批，初步设计报告由区建管委"
               "审批」 (由A＋审批) — the item's work split by its objects gives all of them (round 40); 市水务局 only approves what "
               "is sent to it (报A审批, rule 3); 「由区水务局（或报市水务局）进行行业审核」 — the bracket read as an alternative "
               "sending (或报A: a receiver), not as part of the name — RULING? 6 (round 34 keeps a bracket after a name with it: "
               "the name with its bracket is accepted); no lead (no 牵头, several doers); " + NODATE),
        S(["三", "（三）", "2"], [], [], not_targets=[(5000, "万元")],
          note="「…应由项目法人向项目办上报采购方案并填报…审核表」 — 由A向B上报 is a filing (round 39: A no doer by it; B receives); "
               "「工程费用5000万元以下（含5000万元）项目由分管局长审批；5000万元以上项目由局长审批」 — persons (round 30: a person is "
               "never a unit); 5000万元 a size band that decides who approves — a class of project, no target (round 43 / round "
               "38); 局党组 「需通过局党组“三重一大”」 — an approving body (rule 3): " + NONE + "; " + NODATE),
        one(["三", "（四）", "4"], "项目办", targets=[(1, "年")], not_targets=[(3, "个月")],
            note="the whole item is the response to its case 「纳入市级财政资金保障的项目确需延期的」 (round 30: an item whose whole work "
                 "is a case's response takes its doer): 「由项目办研判后上报市水务局」 — 由A＋a verb of doing (研判, round 34); "
                 "「项目法人应提前3个月上报延期请示至区水务局」 — an applicant's request (round 30; 上报 no rule-2 verb), and 提前3个月 a "
                 "limit from an event with no comparison word (round 33: no target, no deadline); 「经市水务局和财政局同意」 — "
                 "approvers (rule 3); 「延期时间原则上不超过1年」 — 原则上不超过 (round 30's line) → 1 年 a target; " + NODATE),
        S(["三", "（五）", "2"], ["区水务局", "市水务局"], ["区水务局", "区财政局", "市水务局", "市财政局"],
          lead_alternatives=[["区水务局"], []],
          note="「…项目由区水务局会同区财政局按照审计结果向市水务局和市财政局上报工程财务决算，市水务局会同市财政局对上报的工程财务"
               "决算进行审核并批复」 — two 会同 clauses: 「（由）A会同B＋verb」 gives lead A, responsible A, B (rule 2; round 43: a "
               "会同 clause is read by its form even inside a filing), so 区水务局 + 区财政局 and 市水务局 + 市财政局; two bodies "
               "leading different parts of one item are both its lead (round 36) — RULING? 7 (the city pair only reviews and "
               "approves what is sent to it — rule 3's approving body — and a 决算 sent to its approver is a filing, round 37; "
               "that reading gives lead 区水务局, responsible 区水务局, 区财政局: the lead 区水务局 alone and lead [] accepted, the "
               "responsible set not); 「纳入区级…的项目按区级相关规定进行工程财务决算」 — a referral; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市级资金由区水务局和财政局向市水务局和财政局联合上报下一年度水利项目建设计划", "when": "每年（下一年度）",
              "when_norm": "yearly",
              "note": "三、（一）3.: a yearly plan sent once a year is a yearly duty (round 41); the senders are the plan's issuer "
                      "and the district finance bureau, the receivers city bodies (round 35: a plan unit's sending to another "
                      "body is a duty) — RULING? 8 (or a funding request, a filing to the body that approves it, round 37: no "
                      "duty)"}],
     notes=["counting: the cover (「请…认真抓好落实」 a cover instruction) and the preamble no tasks; 一、适用范围 a scope "
            "(general provision, a section); 二、: （一）1.–2. (setting up the leading group and its office) 2, （二）1.1–1.7 7 and "
            "2.1–2.8 8 (1. and 2. are lead-ins with children, not leaves), （三）1.–2. 2 → 19; 三、: （一）1.–3. 3, （二） 1 "
            "(childless), （三） 2. only 1 (1. and 3. only refer to other rules: 「…按照…执行」, round 34: 参照 articles are general "
            "provisions), （四）1.–5. 5, （五） 2. and 3. 2 (1. a referral with a prohibition naming no body, 4. a referral) → 12; "
            "四、其他 1.–3. (two referrals and the entry into force) no tasks → **31**. Accepted: 29 (二、（一）1.–2. left out as "
            "the make-up of bodies the plan sets up, round 35), 35 (三、's four referrals counted), 38 (四、's three too)",
            "paths: decimal items are written 「二/（二）/2/2.3」 (the lead-in's number, then the decimal number; `at_in` finds the "
            "line, as plans-next133 read 「1.1…」); the first words of the sampled decimal items differ, so `title_starts` tells "
            "them apart (round 37's scorer note on decimal items that open alike does not arise for the samples)",
            "units: 二、（二） is a work heading (every body given work a unit); 1.1–1.7 take 项目办 from their lead-in (rule 4); "
            "2.1–2.8 each open with a section of the bureau and 负责 (or 统筹, 2.1); 二、（一）'s leading group and office are "
            "bodies the plan sets up, their members persons (the list after the 办法: names and posts, no units); 局党组, 分管局长, "
            "局长 approve (rule 3 / persons)",
            "dates: 2026年8月20日 (the cover) only; rhythms 每年更新一次, 下一年度; 提前3个月 (a limit from an event); no item's "
            "deadline; no phases",
            "figures: targets 1年 (原则上不超过, 三、（四）4.); not targets 5000万元 (a band deciding who approves), 3个月 (a limit "
            "from an event), document and standard numbers (沪府令第50号, 沪建规范〔2025〕10号, 沪松水〔2023〕268号, 松发改字〔2024〕445号, "
            "水利部令第30号, DG/TJ08-90-2021, SLT223-2025, 沪松水〔2024〕210号, 沪松水〔2022〕109号), 2017年修改 (a year), "
            "「三重一大」 (a name)"])

write_collected(DIR)
