# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next214/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c214): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
"Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next214/make_expected.py tests/data/plans-next214
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

LATER = "4d8fe162809354f56275a7791649e0cdff91b1f8"
OLDER = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def src(path, url, chars, commit):
    """shanghai_source, with the commit the stored file was read at (these files are not stored at 49f4bb7…)."""
    return shanghai_source("房屋与住房", path, url, chars).replace("49f4bb7b24691276dec660a576f20a54a0c46b63", commit) + (
        "; the stored file's appended 「## 附件（官方直链）」 list of PDF links, where there is one, was cut off with the wrapper")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30: rule 2's forms are a closed list outside articles (round 44 decided: only in rules written as articles "
          "does a named subject of any verb of doing count; this notice is written as headed points)")
ARTICLE = ("round 44 (decided): in rules written as articles, a named body standing as the subject of the article's verb "
           "of doing is a doer whatever the verb")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
GOAL = ("round 44 (decided): a goal date stated once in a 目标／总体要求 section 「到2026年底…」 is the goal's date, not every "
        "item's deadline; round 38: a period printed only in the title 「（2024-2026年）」 dates nothing; " + NODATE)


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), at=None, **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, at or path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x214_01_shi-zhujianwei-2024-chengzhongcun-gaizao-sannian-xingdong-jihua.txt"
P01 = "上海市城中村改造三年行动计划（2024-2026年）"
N01 = f"关于印发《{P01}》的通知"

plan(X01,
     title=f"{P01}（{N01}）",
     title_note="the plan's own title (line 20) or the notice title (lines 1 and 15): either (round 30: two documents under "
                "one cover, the forwarded plan's title or the notice's)",
     doc_no="沪更新办〔2024〕7号 (line 16; the page's field prints 「沪更新办〔2024〕7 号」 with a space, line 9)",
     issuer="上海市城市更新领导小组办公室 by its number 沪更新办 (the notice prints no signature; the page's 发布机构 is 上海市住房和"
            "城乡建设管理委员会)",
     date="2024-07-31",
     date_note="the notice is dated 2024年7月31日 (line 19); the page's address and the index give 2025-09-04 (publication)",
     level="city (Shanghai): the city's three-year action plan for redeveloping urban villages, sent to the districts and city "
           "bodies «经市政府同意»; goals, three key tasks, routes and funding, four safeguards",
     source=src("关于印发《上海市城中村改造三年行动计划（2024-2026年）》的通知.md",
                "https://zjw.sh.gov.cn/jsgl/20250904/9f0f84b509884306b27eafa31336ff40.html", 2985, LATER),
     style="line 1 the notice title; lines 3–14 the housing commission's page fields (索取号, 载体类型, 发布机构, 文件编号 …, one a "
           "line, empty fields too); the notice title again, the number, the addressees, one sentence forwarding the plan and "
           "the date; the plan's title (line 20), a preamble, four headed sections 一、–四、: 一、总体要求 two paragraphs (goals "
           "dated 到2026年底 / 力争到2027年), 二、–四、 items （一）… each a heading line with one paragraph under it, several "
           "holding run-in 一是…四是…; the page's 「（本文有删减）」 (the page says it is abridged) and closing chrome",
     leaf_tasks=9, count_alternatives=[8, 2],
     leaf_tasks_by_section={"二、主要任务": 3, "三、实施途径及资金筹措安排": 2, "四、保障措施": 4},
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "（一）"], [], [], not_targets=[(5, "个")],
          note="heading line then one paragraph with no subject (聚焦…统筹…放大…) — " + NONE + "; 「“五个中心”“四大功能”」 name "
               "the city's programmes, no figure to reach (round 37: figures that explain a name's make-up are no targets); "
               "round 44 (decided): the plan's key works name no unit while its safeguards do, so every leaf is a task; "
               + GOAL),
        S(["二", "（二）"], [], [],
          note="run-in 一是…二是…三是… inside a numbered item's paragraph are that item's text, one task (round 37); 「可根据…"
               "先行实施改造」 is an option (round 34), 「对于…的街镇，建议从…优先改造」 advice — the 街镇 are the objects of the "
               "advice, no doers; " + NONE + "; " + GOAL),
        S(["二", "（三）"], [], [],
          note="「以保障安全…为主要目标，…因地制宜开展城中村整治提升」 with no subject; 「有条件的地区，进一步实施…」 — 地区 names no "
               "kind of body (round 32 / round 39: 各地区, 有普查试点任务的地区), a general call; " + NONE + "; " + GOAL),
        S(["三", "（二）"], [], [],
          note="资金筹措: 「既要加大市、区两级财政资金投入力度，又要…，还要吸引…市场主体…参与」 — subjectless instructions; the "
               "市场主体 are the objects of 吸引 (round 30: a pivot's object is no unit); " + NONE + "; a leaf that gives work in "
               "a plan whose key works name no unit (round 44 decided; the count without such items, 2, is accepted); " + GOAL),
        S(["四", "（一）"], [], ["各相关区政府", "各区"],
          note="heading 「落实各区主体责任」 names a duty word as its object — a heading that gives out work (round 37 / round 38 "
               "「压实…责任」「落实政府监管责任」; round 46: 落实 X的主体责任 names X as the parties who answer): every body its "
               "text gives work is a unit (round 35 / round 36); 「各相关区政府要切实承担起城中村改造的主体责任」 also designates them "
               "(round 39: A承担…主体责任); 「各区要制定…计划」「各区要对照…落实…，完成…编制」 — 各区 as printed, a kind (round 32); "
               "「区属国企可作为项目实施主体参与…，也可作为借款主体…申请」 — an option (round 34 / round 40: 可 reaches every verb "
               "of its sentence) and an applicant (round 30), no unit; names as printed, in order (round 36); no 牵头: lead []; "
               + GOAL),
        S(["四", "（二）"], [], [],
          note="「市里指导各区…合理排定…」 — 市里 standing alone is the city as a place, no doer (round 43: 我市／本市 standing "
               "alone), and 指导 is no rule-2 verb; 各区, the object of 指导, is no unit (round 30); 「可研究探索实施…」「本市重点"
               "发展地区可实施…」 options (round 34); " + NONE + "; " + GOAL),
        S(["四", "（四）"], [], ["国资管理部门"], lead_alternatives=[["国资管理部门"]],
          note="「对市、区两级国企实施的改造项目，由同级国资管理部门进行考核」 — the agent of 由 with a verb of doing is a doer "
               "(round 34), the checking being this item's own work (its heading 加强监督管理); 同级 (of the same level) read as "
               "a quantifier, no part of the name (round 42: 「同一家施工图审查机构」 → 施工图审查机构), the name 国资管理部门 also "
               "printed standing alone in the next clause — RULING? 1; 「市里要加强…」 (a place, round 43), 「各相关部门要…加强"
               "工作指导」「市、区两级审计、督查部门要加强监督检查」 (加强 is no rule-2 verb, round 30), 「邀请人大代表…参与监督」 "
               "(persons, invited overseers, round 40) give no unit; " + ONE_LEAD + "; " + GOAL),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: lines 3–14 the page's fields and the cover (lines 15–19, 「请认真按照执行」) no tasks; 一、总体要求 childless "
            "with no doer — a section (plans-dev `EXPECTED.md` lines 21–25; round 36); 二、（一）–（三） 3; 三、（一）（二） 2 "
            "(（一） only states the routes a project may take, 「可按…途径实施」 — a statement with no doer, a task because the "
            "plan's key works name no unit, round 44 decided / round 33); 四、（一）–（四） 4 → **9**. Accepted: 8 (三、（一） left "
            "out as a statement that gives no work, round 33), 2 (round 40: items naming no unit left out — only 四、（一） and "
            "四、（四） name units)",
            "units: only 四、（一） (a work heading, 承担…主体责任) and 四、（四） (由A进行考核) name units; 市里 (twice) is the city "
            "as a place; 各区 appear as objects of 指导 and in options 「各区可以…探索实施房票安置」 (四、（三）, round 34)",
            "dates: 2024年7月31日 (the notice); goals 到2026年底 (全面启动…、全面完成整治提升) and 力争到2027年 — the goals' dates, "
            "no item's deadline (round 44 decided); the period 2024-2026 only in the title (round 38); no phases, no duties "
            "(「各区要制定本区域…三年行动计划」 is no sending)",
            "figures: 「五个中心」「四大功能」「一区一计划」「一项目一方案」 are names; no target, no plan target",
            "the page's 「（本文有删减）」 says the published plan is abridged; kept as found"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x214_02_shi-zhujianwei-2024-boli-muqiang-gaozhui-yinhuan-zhuanxiang-xingdong-tongzhi.txt"
N02 = "上海市住房和城乡建设管理委员会关于立即开展本市既有建筑玻璃幕墙高坠隐患排查整治专项行动的通知"
SPAN = ("the items of 三、 and 五、 carry no date of their own; 四、 sets four dated stages but states no single span for the "
        "whole action (round 37's 「从现在起至11月底」) — round 44 (decided): an item takes a deadline from its own text, its "
        "section or stage, or a campaign span the plan sets; otherwise none — RULING? 3 (or 2024-05-31, the last stage's end)")

plan(X02,
     title=N02,
     title_note="line 1 (the stored title) and line 15 (the notice's own title after the page's fields): the same words",
     doc_no="沪建质安〔2024〕192号 (line 16; the page's field prints 「192 号」 with a space, line 9)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-04-23",
     date_note="signed 2024年4月23日 (line 39); the page's address and the index give 2024-04-29",
     level="city (Shanghai housing and construction commission): a special campaign of checks on existing glass curtain walls "
           "after a panel fell (2024年3月25日), four dated stages, duties of the district bodies and owners",
     source=src(N02 + ".md", "https://zjw.sh.gov.cn/jsgl/20240429/3c5228b667c84cf18d3b9635cfb0a591.html", 2771, LATER),
     style="line 1 the title; lines 3–14 the page's fields; the title again, the number, the addressees, a preamble; five headed "
           "points: 一、工作目标 and 二、排查整治范围 one paragraph each, 三、排查整治重点 （一）–（三） run-in headed checks, "
           "四、时间安排 a lead-in 「本次专项整治分为四个阶段：」 over four stages 「（一）自查自纠阶段（即日起至4月30日）。…」 with the "
           "work after the time and no year, 五、工作要求 （一）–（三） run-in headings; a closing 「请各区有关部门于5月25日前将…"
           "报送至…」, 特此通知, the date, a contact person and the page's closing chrome",
     leaf_tasks=10, count_alternatives=[11, 7, 3],
     leaf_tasks_by_section={"三、排查整治重点": 3, "四、时间安排": 4, "五、工作要求": 3},
     childless_top_level_sections=["一、工作目标", "二、排查整治范围"],
     samples=[
        S(["三", "（二）"], [], [],
          note="安全行为检查: 「重点检查业主或受委托物业单位是否制定…日常养护制度；是否落实专人负责；…」 — the checks to make, work "
               "with no subject (plans-dev 11 counts 重点整治内容 items as tasks); 业主, 物业单位 are the objects checked and 专人 "
               "a person (round 30), no units; " + NONE + "; " + SPAN + "; " + NODATE),
        S(["四", "（一）"], [], [], dl="即日起至4月30日", dln="2024-04-30",
          note="a stage written as a name and a time with its work after it is a phase and a task (round 33); 「业主或者受委托的"
               "物业服务单位应…开展…自查自检，…做好巡检台账」 — 开展 without 组织 and 做好 are no rule-2 verbs (" + CLOSED + "); "
               + NONE + "; the year 2024 from the notice (its date 2024年4月23日 and the preamble's 2024年3月25日; EXPECTED.md: "
               "years left implicit are resolved from the plan's date)"),
        S(["四", "（二）"], [], [], dl="5月1日至5月15日", dln="2024-05-15", not_targets=[(48, "小时")],
          note="phase and task (round 33); 「各单位对发现的隐患要立即组织整改」 — 各单位 is a general call, no unit with any verb "
               "(round 33: 有关单位／相关单位／各单位); 「要在48小时内完成…」 — a limit counted from an event with no comparison word, the "
               "item's deadline rule, not a target (round 33 / round 34: 内 after a time from an event); " + NONE + "; the stage's "
               "end is the deadline (round 35), year 2024 from the notice"),
        S(["四", "（三）"], [], [], dl="5月15日至5月25日", dln="2024-05-25",
          note="phase and task (round 33); 「各区建设管理部门及特定地区管委会开展专项排查，…实现全覆盖检查」 — 开展 without 组织 is "
               "no rule-2 verb (round 30: 开展 without 组织; " + CLOSED + "), and 时间安排 is no heading that gives out work "
               "(round 35's list), so the bodies are no units; 「对…违法违规行为，要…严肃处理」 has no subject; 「超过设计使用年限」 "
               "has no figure; " + NONE + "; year 2024 from the notice"),
        S(["四", "（四）"], [], [], dl="5月21日至5月31日", dln="2024-05-31",
          note="phase and task (round 33); 「市住房城乡建设委将成立督查组对…进行督导检查」 — 成立 and 进行 are no rule-2 verbs "
               "(round 30; round 37: 「A对…进行…」 without 由 names no doer) and the 督查组 is a body the item sets up (round 35); "
               + NONE + "; year 2024 from the notice; the stage overlaps the third (5月21日 before 5月25日) as printed"),
        one(["五", "（一）"], "各区建设管理部门",
            note="「各区建设管理部门要…细化落实检查工作方案，…迅速开展属地检查」 — the subject of 落实 (rule 2), a kind (round 32); "
                 "the heading 「加强责任落实」 gives out nothing (round 37: 「加强责任落实和协同配合」); 「各单位要…明确专人负责」 is a "
                 "general call and 专人 a person (round 30 / round 34); 「各业主物业单位要…立即部署开展…自查自纠」 — 部署开展 is no "
                 "rule-2 verb (" + CLOSED + "); " + SPAN + "; " + NODATE),
        S(["五", "（二）"], ["各区建设管理部门"], ["业主", "各区建设管理部门", "房屋管理部门", "业主企业所属行业管理部门"],
          lead_alternatives=[[]],
          note="「各区建设管理部门要联合房屋管理部门、业主企业所属行业管理部门监督、指导玻璃幕墙业主物业做好…」 — 「A联合B＋verb」 "
               "reads as 「A会同B」: lead A, responsible A, B (round 34; lead [] accepted, round 30); 「业主企业所属行业管理部门」 "
               "one name as printed (round 34: 「X下属Y」); the 业主物业 are the objects of 监督、指导 (round 30: a pivot's object); "
               "「各单位要严格落实业主主体责任和行业管理责任」 — 各单位 is a general call, but 落实 X的主体责任 names X as the party "
               "who answers, a designation (round 46, x206_01 四/（五））: 业主 responsible; 行业管理责任 names a kind of "
               "responsibility, no body — RULING? 2; " + SPAN + "; " + NODATE),
        S(["五", "（三）"], ["各区建设管理部门"], ["各区建设管理部门", "房屋管理部门", "行业管理部门"], lead_alternatives=[[]],
          note="「各区建设管理部门协同房屋管理部门，对…业主依法严肃查处」 — 「A协同B＋verb」 reads as 「A会同B」 (round 30): lead "
               "A, responsible A, B; 「对存在危害公共安全隐患的，联合行业管理部门，采取限制楼宇出租出售…等行政措施」 — the step after "
               "a case is the item's own work (round 42) and the subject 各区建设管理部门 carries over inside one paragraph (round "
               "34: an elided subject): 行业管理部门 joins by 联合 (round 34); 「各单位要加强…倒查」 a general call; the 楼宇业主, "
               "企业法定代表人 and 工作人员 are objects (persons, round 30); the penalties are no targets (round 32); " + SPAN
               + "; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "自查自纠阶段", "start": "2024-04", "end": "2024-04"},
             {"name": "隐患处置阶段", "start": "2024-05", "end": "2024-05"},
             {"name": "属地排查阶段", "start": "2024-05", "end": "2024-05"},
             {"name": "市级督查阶段", "start": "2024-05", "end": "2024-05"}],
     duties=[{"what": "各区有关部门将专项检查工作总结（加盖单位公章）报送至上海市既有建筑玻璃幕墙整治办公室", "when": "于5月25日前",
              "when_norm": "2024-05-25",
              "note": "the closing paragraph: a one-off dated sending the notice asks of the bodies it tasks (round 43 turned: a "
                      "dated duty); year 2024 from the notice"}],
     notes=["counting: lines 3–14 the page's fields and the preamble no tasks; 一、工作目标 childless, a goal statement "
            "(「通过专项行动，全面排查…，压实业主的安全主体责任，落实属地和行业管理部门监管责任…」 read as the campaign's aims, no "
            "doer — a section, round 36; RULING? 4 asks whether its 压实／落实…责任 designate doers, which would make it a task: 11 "
            "accepted); 二、排查整治范围 a field (what the work bears on, round 44), no task; 三、（一）–（三） 3 (the checks to "
            "make — work, as plans-dev 11 counts 重点整治内容; 7 accepted if they are read as fields, round 44 / round 46's focus "
            "points); 四、（一）–（四） 4 (stages with work: phases and tasks, round 33; the lead-in 「本次专项整治分为四个阶段：」 no "
            "phase); 五、（一）–（三） 3 → **10**. The closing 「请各区有关部门于5月25日前…报送…」 is a duty, the notice's close "
            "(round 43), no task (11 accepted, round 40's closing paragraph). Also accepted: 3 (round 40: items naming no unit "
            "left out — only 五、（一）–（三） name units)",
            "units: only 五、 names units (落实; 联合 and 协同 read as 会同; a designation 落实业主主体责任); the bodies of 四、 act by "
            "开展／成立／进行 (no rule-2 verbs outside articles); 各单位 (三 times) is a general call",
            "dates: the preamble's 2024年3月25日晚8:30 (an incident, a clock time), 即日起, the four stages (year 2024 from the "
            "notice's date), the sending 于5月25日前, 48小时内 (a limit from an event), the date 2024年4月23日",
            "figures: 48小时 (no target, round 33), 18层 and 8:30 (the incident), 23113188 (a phone number); no target",
            "a contact person's name (李梦圆) is published text, no unit; the addressees 「各区建设管理部门、房屋管理部门，各特定地区"
            "管委会，各有关单位」 give no item units"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x214_03_shi-gongjijin-guanweihui-2021-jian-fan-daxiu-zizhu-zhufang-daikuan-shishi-xize.txt"
N03 = "上海市个人建造、翻建、大修自住住房公积金贷款实施细则"

plan(X03,
     title=N03,
     title_note="line 1, the 细则's title (the stored page has no cover notice)",
     doc_no="沪公积金管委会〔2021〕16号 (only in the stored file's front matter, cut off with the wrapper; the text prints no number)",
     issuer="上海市住房公积金管理委员会 (signature, line 71)",
     date="2021-12-31",
     date_note="signed 二○二一年十二月三十一日 (line 73); in force 2022年1月1日, valid five years; the page gives 2022-01-04",
     level="city (Shanghai housing provident fund committee): rules, in eleven articles, for provident-fund loans to build, "
           "rebuild or repair one's own home — purpose, definitions, the borrower's conditions, amount, term, security, "
           "materials, how the fund centre's agents handle the loans, entry into force",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0064::55f6a1e4c3c948cf8dd108f279f96084", 2236, OLDER),
     style="line 1 the title, then eleven articles 「第N条（heading）」 each alone on a line with its paragraphs below, every line "
           "followed by a blank line (the older crawl's layout); 第三条 and 第七条 hold （一）… lists (conditions, materials); the "
           "issuer and a date in Chinese numerals close the text; no page chrome",
     leaf_tasks=1, count_alternatives=[2, 7, 6, 11],
     leaf_tasks_by_section={"第八条": 1},
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第八条（贷款办理）"], [], ["市公积金中心", "受托机构"],
          note="「市公积金中心委托本市住房公积金个人住房贷款受托机构负责…受理、审核等工作」 — a pivot without 由 「A委托B＋verb」 reads "
               "as 「由A委托B」: A is a doer, B not by that clause (round 33 / round 35); 「受托机构主要核查…，并出具会审意见」「受托"
               "机构应当与借款人…签订…合同」 — " + ARTICLE + ", so 受托机构 is a doer as printed (round 43: a name is given where it "
               "is printed acting); 「受托机构贷款管理人员应当组成会审小组」 — persons and a group they form, no unit (round 30 / "
               "round 35); 借款人 (persons, the applicants) no unit (round 30); two doers, no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[{"number": 30, "unit": "%"}, {"number": 15, "unit": "年"}],
     phases=[], duties=[],
     notes=["counting: general provisions no tasks (round 30): 第一条 (purpose and basis), 第二条 (definitions), 第九条 (「按照本市"
            "…相关规定和…合同约定执行」, a reference, round 34's 参照 articles), 第十一条 (entry into force, validity and a "
            "transitional scope); articles that give no work to any body in a plan whose tasks name units (round 33): 第三条 (the "
            "borrower's conditions, its （一）–（三） a list of conditions, round 35), 第四条 (how the amount is computed, a term "
            "of the scheme with no doer, round 46), 第五条 (the term), 第六条 (the borrower's pledge — an applicant's condition), "
            "第七条 (materials to hand in, round 35 / round 45); tasks: 第八条 → **1** (aligned in round 46 to the Round 48 rulings, "
            "decided: 「本实施细则由市公积金中心负责组织实施」, the whole of a closing article, is a general provision like the "
            "interpreting body's — the builder's 第十条 sample, a task by 由A负责, dropped). Accepted: 2 (第十条 counted, the "
            "builder's reading, which Round 48 keeps accepted), 7 (the no-work articles 三–七 counted, round 33), 6 (both), 11 (every article, round 30's "
            "count with the general provisions)",
            "units: 市公积金中心 (named through 「（以下简称市公积金中心）」 in 第六条, given as printed, round 35 / round 38) and "
            "受托机构; the 区或者区以上政府部门, 规划部门, 房地部门 appear only as issuers of approvals the borrower must show "
            "(round 30: approving bodies), 施工单位 as the borrower's contractor",
            "plan targets: 30% (第三条 「已支付不低于…全部工程款30％的首期工程款」 — a floor with 不低于, an eligibility threshold, "
            "round 25 / round 30; the article is no task, so the figure is the plan's, as round 46 reads the rates of a point that "
            "is no task) and 15年 (第五条 「最长不超过15年」, 最长 a comparison word, round 32); 「法定退休年龄后5年」 (不长于…后5年) "
            "left unchecked",
            "dates: 2022年1月1日 (entry into force), 有效期五年, 2021年10月1日至2021年12月31日 (loans the rules also cover), the "
            "signature date — none dates an item; no phases, no duties",
            "the article labels close with an ASCII 「)」 once: 「第十一条（实施时间)」, kept as found"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x214_04_shi-zhengfu-2020-shiji-chengshi-weihu-xiangmu-guanli-banfa.txt"
P04 = "上海市市级城市维护项目管理办法"
N04 = f"上海市人民政府关于批转市住房城乡建设管理委 市财政局制订的《{P04}》的通知"
SECT = "行业主管部门"

plan(X04,
     title=f"{P04}（{N04}）",
     title_note="the 办法's own title (line 11) or the cover notice's (line 1): either (round 30: a forwarding notice and the "
                "document it forwards are one plan)",
     doc_no="沪府规〔2020〕1号 (only in the stored file's front matter, cut off with the wrapper; the text prints no number)",
     issuer="上海市人民政府 (the cover, line 7), forwarding rules of 上海市住房城乡和建设管理委员会 (so printed, line 173) and 上海市财政局",
     date="2020-01-09",
     date_note="the cover is signed 2020年1月9日 (line 9), the 办法 2019年12月31日 (line 177); in force 2020年2月1日 to "
               "2025年1月31日 (the page marks it 失效, expired); the page gives 2020-01-14",
     level="city (Shanghai): the city government forwards the housing commission's and the finance bureau's rules for city-level "
           "urban maintenance projects — duties of the commission, the sector departments and the finance bureau, project "
           "approval, yearly plans and budgets, implementation, audit, acceptance, evaluation",
     source=src(f"上海市人民政府关于批转市住房城乡建设管理委 市财政局制订的《{P04}》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0001::0001-12344_63443", 5293, OLDER),
     style="a cover notice (addressees, one forwarding sentence, issuer, date) then the 办法: five chapters 「第一章　总则」 (an "
           "ideographic space) over 25 articles 「第N条（heading）」 each alone on a line, every line followed by a blank line; "
           "第十条 holds items （一）工程类项目 / （二）日常维护类项目 as heading lines with paragraphs under them; an 「附件：」 "
           "line, two signatures and a date, then the 附件 「市级城市维护项目范围」 printed as eight run-in items （一）城市道路。…",
     leaf_tasks=21, count_alternatives=[20, 17, 26, 25],
     leaf_tasks_by_section={"第一章 总则": 4, "第二章 项目立项程序": 4, "第三章 年度计划和预算安排": 4, "第四章 项目实施": 8,
                            "第五章 附则": 1},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第四条（职责分工）"], ["市住房城乡建设管理委"],
          ["市住房城乡建设管理委", "市交通委", "市规划资源局", "市水务局", "市绿化市容局", "市公安局", "市消防救援总队", "市财政局"],
          lead_alternatives=[[]],
          note="an article headed 职责分工 is a label of doers: every body its text gives work is a unit, in printed order (round "
               "34 / round 35); 「市住房城乡建设管理委是统筹协调城市维护工作的牵头部门，负责…」 names the lead (round 41: 「由A作为"
               "牵头单位」; round 32: a designation) — lead [] accepted; 「市住房城乡建设管理委、市交通委、…、市消防救援总队等（以下"
               "统称“行业主管部门”）…负责…」 — separate heads are separate names, the 等 tail and the 以下统称 bracket dropped "
               "(round 35), 住建委 printed twice (compared as a set); 「市财政局负责…」 (rule 2); " + NODATE),
        A(X04, ["第六条（标准定额）"], ["市住房城乡建设管理委"], ["市住房城乡建设管理委", "各行业主管部门"], lead_alternatives=[[]],
          note="「市住房城乡建设管理委…会同各行业主管部门制定…」 — 会同: lead A, responsible A, B (rule 2; lead [] accepted, round "
               "30); 「各行业主管部门应…负责编制、修订…」 (负责, rule 2); 「经市住房城乡建设管理委组织评审后颁布实施」 — 组织＋work, "
               "the same body (round 34 / round 45's 经由…组织); 各行业主管部门 as printed, a kind (the 以下统称 name of 第四条 "
               "with 各, given where printed, round 43); " + NODATE),
        A(X04, ["第十条（项目审批）", "（一）"], [], ["项目（法人）单位", "市住房城乡建设管理委"],
          note="items （一）（二） inside an article are its items (round 37); 「项目（法人）单位应编制工程可行性研究报告…」 — " + ARTICLE
               + " (编制, the unit's own drafting, not a filing: round 46 turned only 提交 reports); the bracket stays with the "
               "name (round 34); 「经行业主管部门初审后」 — a reviewing body (round 36: 「经过A、B初步审查」 is no unit); 「由市住房城乡"
               "建设管理委实行一阶段审批，并出具批复意见」 (由A＋verb of doing, round 34); 「对属于应急抢修的项目，可履行…」 an option "
               "(round 34); the article's lead-in 「立项审批主体应委托…工程咨询机构…进行评审」 gives nothing to an item that names "
               "its own bodies (rule 1 / rule 4); 一阶段 names a procedure; " + NODATE),
        A(X04, ["第十二条（计划确定和预算下达）"], [], ["市财政局", "市住房城乡建设管理委", "各行业主管部门"],
          note="「由市财政局将…年度预算总额下达市住房城乡建设管理委」「由市财政局将…预算分别下达到…」 (由A＋verb of doing, round 34; "
               "「经市财政局…批准后」「经市财政局同意后」 approvals by the same body); 「市住房城乡建设管理委根据…综合平衡项目计划」 — "
               + ARTICLE + "; 「各行业主管部门依据…年度计划，分别组织实施」 (组织实施, rule 2); 「同时抄送市住房城乡建设管理委」 a copy "
               "sent, not checked as a duty; no 牵头: lead []; " + NODATE),
        A(X04, ["第十四条（项目用款）"], [], [],
          note="「各行业主管部门…及时提出…用款申请，经市住房城乡建设管理委初审后，报市财政局审核拨付」 — a body applying for its own "
               "funds is an applicant (round 30: 由A提出申请; round 44's article rule leaves out 可以申请 and round 46 its "
               "submissions for approval), the first review and the payment by approvers (rule 3: 经A…; a payer, round 30); the "
               "second paragraph lists materials (text, round 35); a rule that gives work with no doer is a task (round 43; the "
               "count without such articles, 17, is accepted); " + NONE + "; " + NODATE),
        one(["第十七条（项目监管）"], "各行业主管部门", not_targets=[(15, "日")],
            note="「各行业主管部门应加强…考核检查，对…实施监管，在每季度结束后15日内，将…情况报市住房城乡建设管理委」 — the subject of "
                 "实施 (rule 2; " + ARTICLE + "); the quarterly sending is a standing rhythm (a duty, round 40), no deadline (round "
                 "34: recurring dates are no deadline); 15日内 counted from each quarter's end is the rhythm's limit, no target "
                 "(round 33); 「根据需要，市住房城乡建设管理委可会同相关部门…进行抽查，及时协调…」 — an option, 可 reaching every verb "
                 "of its sentence (round 40): no unit; " + NODATE,
            **art(X04, ["第十七条（项目监管）"])),
        A(X04, ["第二十条（竣工验收销项）"], [],
          ["项目（法人）单位", "市住房城乡建设管理委", SECT, "各" + SECT],
          note="「市级城市维护项目由项目（法人）单位组织进行…验收」 (由A组织…, round 34); 「市住房城乡建设管理委及行业主管部门参加」 — "
               "参加 is 参与 beside a doer: responsible (round 37 / round 43); 「由各行业主管部门负责审批和销项」 (由A负责); 行业主管"
               "部门 and 各行业主管部门 both given as printed (round 38 / round 43: no alias is rewritten); the 决算报告 上报 and the "
               "审批文件 抄送…备案 are filings (round 42: a 备案 is a filing), no duty; no 牵头: lead []; " + NODATE),
        A(X04, ["第二十三条（配套办法）"], ["各行业主管部门"], ["各行业主管部门", "市住房城乡建设管理委", "市财政局", "各区政府"],
          lead_alternatives=[[]],
          note="「各行业主管部门应…完善…操作细则，并会同市住房城乡建设管理委、市财政局发布」 — 会同: lead A, responsible A, B "
               "(rule 2; lead [] accepted); 「各区政府应…修订完善区级城市维护项目管理办法。同时，将每年度本区城市维护计划和执行情况"
               "报送市住房城乡建设管理委」 — " + ARTICLE + "; the yearly sending is a duty (round 40 / round 44: a district's "
               "yearly sending to a city body); an article of 附则 that gives work is a task (round 39 / round 41); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各行业主管部门将项目执行情况、资金使用情况报市住房城乡建设管理委", "when": "在每季度结束后15日内",
              "when_norm": "quarterly (within 15 days after each quarter's end)",
              "note": "第十七条: a standing rhythm of reporting to a body of the plan (round 40)"},
             {"what": "各区政府将每年度本区城市维护计划和执行情况报送市住房城乡建设管理委", "when": "每年度", "when_norm": "yearly",
              "note": "第二十三条: a district's yearly sending to a city body (round 44)"},
             {"what": "各行业主管部门按照轻重缓急进行排序和初审，形成项目年度实施计划及预算支出的建议报市住房城乡建设管理委", "when": "",
              "when_norm": None,
              "note": "第十一条: a plan body passing others' papers on after its own step (round 46: as round 36's 「初审后报镇」, a "
                      "duty), undated"}],
     notes=["counting: the cover (「请认真按照执行」) no task; chapter headings no tasks; general provisions no tasks (round 30): "
            "第一条 (purpose), 第二条 (definition), 第三条 (scope — its case clause 「…需修改补充的，由…提出…」 inside a scope article "
            "is no task, round 37), 第二十四条 (interpretation), 第二十五条 (entry into force and validity); tasks: 第四条–第九条 6, "
            "第十条 （一）（二） 2, 第十一条–第二十三条 13 → **21**. Accepted: 20 (第十条 one task), 17 (round 40: the articles "
            "naming no unit left out — 第十条/（二）, 第十三条, 第十四条, 第十五条), 26 and 25 (with the five general provisions, "
            "round 30's other count). The 附件 「市级城市维护项目范围」 （一）–（八） lists facilities — a list that gives no work "
            "(round 35), no tasks and no attachment rows",
            "units: the sector departments are named once with 「（以下统称“行业主管部门”）」 and then printed as 各行业主管部门 or "
            "行业主管部门, each given as printed; 第二十二条 (「项目实施单位、管理部门及…社会中介机构应…履行相应工作责任」, and "
            "「市有关职能部门可…给予…处罚」 an option) is counted but not sampled (履行…工作 named no doer in round 38, before round "
            "44's article rule — left unsampled)",
            "dates: 2019年12月31日, 2020年1月9日, 2020年2月1日 (entry into force), 2025年1月31日 (validity) — none dates an item; "
            "每季度结束后15日内 and 每年度 are rhythms; no phases",
            "figures: 15日 (a limit), 两类, 五年发展专项规划 and 财政三年中期规划 (names of plans), 六级（含六级）以上航道 (the "
            "附件's class of waterway, round 34) — no target",
            "the signature 「上海市住房城乡和建设管理委员会」 (so printed) and the cover's space inside 「市住房城乡建设管理委 市财政局」 "
            "are kept as found"])

# round 53 (p53b): aligned to tests/data/CONVENTIONS.md "Round 47 rulings, written early" (decided: 同级 is a level word, like
# 各级／本级／镇级; 「同级国资管理部门」 is the unit as printed, 国资管理部门 accepted)
from expected_tools import _sample32, align53_units  # noqa: E402

align53_units("x214_01", ["四", "（四）"], [], ["同级国资管理部门"], "「由同级国资管理部门进行考核」: 同级 is a level word, no count (decided), the unit as printed; 国资管理部门 stays accepted (as responsible and as lead)", "Round 47 rulings, written early", alt=[["同级国资管理部门"], ["国资管理部门"]])  # noqa: E501
_p, _s = _sample32("x214_01", ["四", "（四）"])
_s["responsible_alternatives"] = [["国资管理部门"]]

write_collected(DIR)
