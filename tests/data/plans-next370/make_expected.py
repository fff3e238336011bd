# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next370/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 69 (built by helper c370, for round 70): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``, ``at_in`` and the
local ``item``); every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and
the parts named in README.md's Exposures — not all of Rounds 83–99 was read) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next370/make_expected.py tests/data/plans-next370
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all three files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the whole stored file was "
          "typed from the tool's answer and gives exactly the stored character count, and the wrapper was then cut by "
          "a script that asserts its shape")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/市容绿化与景观/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def item(file, heads, mark=None):
    """Line and first eight characters of a numbered line under the line that starts with each of ``heads`` in
    turn (「4.2 慢行系统」, then 「②」): for the guide's decimal headings and circled lines, which ``locate`` cannot read."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = 0
    for h in list(heads) + ([mark] if mark else []):
        while not lines[i].strip().startswith(h):
            i += 1
        last = h
    rest = lines[i].strip()[len(last):].strip()
    if not rest:
        j = i + 1
        while not lines[j].strip():
            j += 1
        rest = lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
NOLEAD = "no 牵头 and no 会同: lead []"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, standing as the subject of the article's verb "
           "of doing bound by 应当, is a doer whatever the verb (Round 99 confirmed it on x359_01 第二十二条 and on "
           "x361_02 第十条（三） 督促)")
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 99 confirmed on x364_03 三、（二）2, 三、（四）, "
          "四、（二）): 建立, 健全, 完善, 做好, 明确, 进行, 加强, 规范 are outside it")
REVIEW = ("a review of a party's application or of what a party hands in names no one, 由 before the reviewer included "
          "(Round 85's turned x317_03 第九条（一）; Round 99 confirmed x361_01 情况一（三）1 and x364_03 三、（二）3)")
SENDING = ("a sending names no doer, in articles too (Round 85's turned x322_04 第七条; Round 98 confirmed on x353_02 "
           "第十七条), and an article whose only acts are owed sendings is a task naming none (Round 83's x313_01 第十一条)")
LINES = ("lines that each name and limit an act of their own are items, read line by line; a line that states only the "
         "state asked, a principle, or a recommendation by 宜／建议 is text (Round 87's governs on x328_03; Round 91's "
         "x335_03 — a line that limits where a facility stands is a task; Round 61's turned x267_01 (rounds 40, 49 p46b): 宜 recommends and "
         "leaves the act open, as 可 and 鼓励 do)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x370_01_shi-lvrongju-2013-canchu-feiqi-youzhi-chuli-guanli-banfa-shishi-ruogan-guiding.txt"
P01 = "《上海市餐厨废弃油脂处理管理办法》实施若干规定"
SJ = "市绿化市容局"
FG = "市废管处"
QX = "区（县）绿化市容部门"
SJF = "上海市绿化和市容管理局"
FGF = "上海市废弃物管理处"
QXF = "区（县）绿化市容行政管理部门"

plan(X01,
     title=P01,
     title_note="the rules' own title line (line 10, after the cover's date); the notice's title line (line 1) is cut by "
                "the page to 「上海市绿化和市容管理局关于印发《」 and only what is printed is read (round 48); the 附件 line "
                "(line 8) prints another form 「《<上海餐厨废弃油脂处理管理办法>若干规定》」, accepted too",
     doc_no="沪绿容(2013)144号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's cut title; the cover prints no signature)",
     date="2013-04-28",
     date_note="the cover is dated 2013年4月28日 (line 9), the front matter's 发布日期 2013-04-28; in force from the day it "
               "is issued to 2017年12月31日 (第十九条, a general provision); every other time is a rhythm (每年1月, 每年组织一次, "
               "每二年完成一轮) or a time limit from an event (15日内, 3个月整改期限); no task is dated",
     level="the city's greenery and city-appearance bureau, to the district departments and its waste office: a cover "
           "that issues its rules for carrying out the city's 餐厨废弃油脂 measures — the managing bodies, tendering for "
           "collectors, producers' declarations and own collectors, containers, training, supervision of collectors "
           "and processors, yearly reviews and their results, notices to other bureaus",
     source=src("上海市绿化和市容管理局关于印发《.md",
                "https://lhsr.sh.gov.cn/zcfg/20130428/0039-8C772737-0EAE-49F7-8EB2-DF198194B8E5.html", 4043),
     style="the notice's title cut to 「…关于印发《」, four blank lines, the addressee line with no colon, one sentence that "
           "issues the rules (「…并发给你们，请遵照执行。」), 「附件：…」, the date; then the rules' title and 19 articles "
           "「第N条（heading）」 with the heading on a line of its own; lists （一）… of papers (第六条), of supervised "
           "matters (第十、十一条), of cases (第十二条), of review contents (第十四条) and of uses (第十七条); then 「附件：」 with "
           "seven form names and 「（点击下载）」; one paragraph a line, no blank lines",
     leaf_tasks=14, count_alternatives=[13, 15, 16],
     leaf_tasks_by_section={"cover": 0, "第一条": 0, "第二、三条": 2, "第四条": 0, "第五–十三条": 9, "第十四条": 0,
                            "第十五、十六条": 2, "第十七条": 0, "第十八条": 1, "第十九条": 0, "附件 line": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第二条（管理部门）"], [], [SJF, FGF, QXF],
          responsible_alternatives=[[SJ, FG, QX], [SJF, QXF], [SJ, QX]],
          **art(X01, ["第二条（管理部门）"]),
          note="「上海市绿化和市容管理局（以下简称市绿化市容局）负责本市餐厨废弃油脂收运、处置的监督管理工作，具体工作由其所属的上海市废弃物管理处（以下简称市废管处）承担。区（县）绿化市容行政管理部门（以下简称区（县）绿化市容部门）负责所辖区域内…监督管理工作。」 — "
               "an article that gives work to a body is a task, general provision or not (round 30: 「区发展改革委负责…的综合协调」); "
               "A负责 names A (rule 2), and 由A承担 with work (具体工作), not a cost, as object names a doer (round 30: only a cost "
               "names a payer); the names as printed where they act, each with its defined short name after it (the short "
               "names accepted, round 43); 市政府派出机构…依照相关规定执行 keeps to other texts (Round 86's (b)) (RULING?: or the "
               "article a scope that names the managers, no task — 13 accepted); " + NOLEAD + "; " + NODATE),
        S(["第三条（收运单位招标方案）"], [], [QX], lead_alternatives=[[QX]], not_targets=[(3, "年")],
          **art(X01, ["第三条（收运单位招标方案）"]),
          note="「区（县）绿化市容部门应当组织编制收运单位招标方案。…收运单位服务期限一般为3年。招标文件可以参照…。…委托招标的，应当委托具有资格的招标代理机构…。 区（县）绿化市容部门应当将收运单位招标方案报送市废管处，由市废管处上报市绿化市容局审核同意后实施。」 — "
               "组织＋verb (组织编制) names its subject (rule 2), and " + ARTICLE + "; the approver 市绿化市容局 is no unit (rule 3); "
               "「一般为3年」 has no comparison word, a norm of the tender's terms (round 30), a not_target; 可以参照 an option "
               "(round 49); the two sendings up are duties (below); " + ONE_LEAD + "; " + NODATE),
        S(["第五条（收运单位信息公开）"], [], [QX], lead_alternatives=[[QX]],
          **art(X01, ["第五条（收运单位信息公开）"]),
          note="「区（县）绿化市容部门应当将所辖区域内中标的餐厨废弃油脂收运企业名录在本机关的政府网站上公布…」 — publishing the "
               "result of its own tender is the body's own act (Round 99 confirmed x359_02 第十四条), and " + ARTICLE + "; a "
               "disclosure is no duty (Round 89's x329_03 第三十二条); " + ONE_LEAD + "; " + NODATE),
        S(["第六条（产生单位设立企业收运）"], [], [], responsible_alternatives=[[FG]],
          **art(X01, ["第六条（产生单位设立企业收运）"]),
          note="「产生单位设立企业收运本单位餐厨废弃油脂的，应当向市废管处提交下列申请材料：（一）…（七）企业相关管理制度等材料。 市废管处在受理材料后，应当通过现场核查等方式核实情况，报市绿化市容局审核同意。市废管处应当将产生单位收运情况书面告知相关区（县）绿化市容部门。」 — "
               "the producer is the applicant (round 30: an applicant is no unit) and the lines are the papers it hands in, "
               "the contents of its application, not items (Round 86's (a)); the office's check is " + REVIEW + " (RULING?: "
               "or 市废管处 the subject of 应当…核实 in an article, round 44 — accepted); 告知 a sending, a duty (below); "
               + NONE + "; " + NODATE),
        S(["第七条（产生单位申报受理）"], [], [QX], lead_alternatives=[[QX]], responsible_alternatives=[[]],
          **art(X01, ["第七条（产生单位申报受理）"]),
          note="「产生单位应当在每年1月向所在地区（县）绿化市容部门申报本年度…种类和产生量…。…市废管处应当将申报受理情况书面告知相关区（县）绿化市容部门。 区（县）绿化市容部门应当督促产生单位与招标确定的收运单位签订收运合同，并向社会公布…情况。」 — "
               "in articles the subject of 督促 is a doer and only its object is no unit (Round 99 confirmed x361_02 第十条（三）); "
               "the producers' yearly declaration is a regulated party's standing filing, no duty and no doer (round 37; round "
               "42); 市废管处's 告知 a sending (" + SENDING + "), a duty (below); 每年1月 a rhythm of the producers' filing, no "
               "deadline (round 34); 公布 a disclosure; " + ONE_LEAD + "; " + NODATE),
        S(["第八条（收集容器）"], [], ["产生单位"], lead_alternatives=[["产生单位"]],
          **art(X01, ["第八条（收集容器）"]),
          note="「产生单位应当设置专门的餐厨废弃油脂收集容器…。 产生单位应当将餐厨废弃油脂单独分类收集、存放，不得混入…，不得直接排入排水管网。」 — "
               "the regulated party bound by 应当／不得 in an article is a doer (round 44; Round 99 confirmed x359_01 第二十二条's "
               "purchasers); " + ONE_LEAD + "; " + NODATE),
        S(["第九条（收运人员培训）"], [], ["收运单位", "市市容环境卫生行业协会"], [(1, "轮")], not_targets=[(2, "年")],
          **art(X01, ["第九条（收运人员培训）"]),
          note="「收运单位应当组织收运人员参加培训，每二年完成一轮收运人员的全员培训。市市容环境卫生行业协会应当根据收运单位的需求，组织收运人员培训，对考核合格者发放合格证书。」 — "
               "组织＋verb names each subject (rule 2; round 44), both in printed order; the events an item holds in a rhythm "
               "are its number of work, 1 included, and the period is no target (Round 99 confirmed x363_01 五、（一） "
               "「…不少于每五年一次」: 1 次, 5 年 not_target), so 一轮 1 轮 a target and 二年 a not_target; " + NOLEAD + "; " + NODATE),
        S(["第十条（收运单位监管）"], [], [QX], lead_alternatives=[[QX]],
          **art(X01, ["第十条（收运单位监管）"]),
          note="「区（县）绿化市容部门应加强对餐厨废弃油脂收运单位的监管，明确…，健全…制度，建立监管考评档案。…重点监管下列内容：（一）…（五）市绿化市容局规定的其他情况。」 — "
               + ARTICLE + "; the lines only say what the supervision looks at, its contents, one task (Round 99 confirmed "
               "x361_02 第二十二条 巡查内容); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条（处置单位监管）"], [], [FG], lead_alternatives=[[FG]],
          **art(X01, ["第十一条（处置单位监管）"]),
          note="「市废管处应加强对餐厨废弃油脂处置单位的监管，编制监管方案并组织实施。重点监管下列内容：（一）…（五）…」 — "
               + ARTICLE + " (组织实施 is rule 2's too); the lines the supervision's contents, as 第十条; 「市废管处」 the short "
               "name 第二条 defines, kept as printed where it acts (round 43); " + ONE_LEAD + "; " + NODATE),
        S(["第十二条（处置单位违规行为查处）"], [], [FG], lead_alternatives=[[FG]],
          **art(X01, ["第十二条（处置单位违规行为查处）"]),
          note="「市废管处应当完善处置单位违规行为发现和查处制度。处置单位发生下列行为时，由市废管处依照…提出处理建议，经市绿化市容局同意后实施。（一）…（三）…」 — "
               + ARTICLE + "; 由A＋verb names A (rule 2); the approver 经A同意 no unit (rule 3); the lines are the cases the "
               "article's act answers (Round 78's (b)), one task; " + ONE_LEAD + "; " + NODATE),
        S(["第十三条（评议方案）"], [SJ, QX], [SJ, "有关部门", FG, QX], [(1, "次")],
          lead_alternatives=[[], [SJ]], responsible_alternatives=[[SJ, FG, QX]],
          **art(X01, ["第十三条（评议方案）"]),
          note="「市绿化市容局应当会同有关部门每年组织一次处置单位评议。评议方案由市废管处组织编制，经市绿化市容局批准后实施。 区（县）绿化市容部门应当编制收运单位评议方案，会同有关部门每年组织一次收运单位评议。 产生单位设立企业收运本单位餐厨废弃油脂的，由市废管处组织评议。」 — "
               "two 「A会同B＋verb」 clauses: each A a lead, A and B responsible (rule 2), several clauses all their bodies in "
               "printed order, each once (Round 82's p60c-1); 由A组织编制 names A; the last paragraph picks a kind of producer, "
               "no case (Round 94's 「对X的，由A」 form); 经A批准 no unit (rule 3); 「每年组织一次」 the number of work in its "
               "rhythm, 1 次 (Round 99's x363_01 五、（一））, printed twice, one target; 每年 a rhythm, no deadline (round 34); "
               "(RULING?: lead both 会同 subjects — or [] / the first alone, accepted); " + NODATE),
        S(["第十五条（评议结果复核）"], [], [], responsible_alternatives=[[SJ, QX]],
          **art(X01, ["第十五条（评议结果复核）"]),
          note="「市绿化市容局、区（县）绿化市容部门应当将评议结果书面通知被评议单位。被评议单位…可以…申请复核；市或区（县）绿化市容部门应当在收到复核申请之日起15日内，将复核结果书面告知申请单位。」 — "
               "the acts are the notices of the bodies' own findings, and " + SENDING + " (RULING?: or the review of 复核 the "
               "bodies' own act, round 44 — accepted); the party's 可以…申请 an option; 15日内 a time limit from an event "
               "(round 33), unchecked; the two notices are duties (below); " + NONE + "; " + NODATE),
        S(["第十六条（评议结果发布）"], [], [SJ, QX], lead_alternatives=[[SJ]],
          **art(X01, ["第十六条（评议结果发布）"]),
          note="「市绿化市容局应当每年在本机关的政府网站上向社会公布…处置单位评议结果。区（县）绿化市容部门应当在评议结果发布前书面报送市绿化市容局，每年…公布…收运单位评议结果。」 — "
               "publishing the results of its own reviews is each body's own act (Round 99 confirmed x359_02 第十四条), and "
               + ARTICLE + "; two subjects in printed order; the districts' report up before publishing a duty (below); "
               "the disclosures no duty (Round 89's x329_03); " + NOLEAD + "; " + NODATE),
        S(["第十八条（管理信息通报）"], [], [], responsible_alternatives=[[SJ, QX]],
          **art(X01, ["第十八条（管理信息通报）"]),
          note="「市绿化市容局、区（县）绿化市容部门应当及时将产生单位申报受理情况、…中标处置单位情况书面通报同级食品安全委员会办公室、…等部门。」 — "
               "the article's only act is an owed sending: " + SENDING + "; the receivers no units (rule 3); the notices are "
               "a duty (below), 及时 prints no time (Round 79); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区（县）绿化市容部门应当将收运单位招标方案报送市废管处", "when": None, "when_norm": None,
              "note": "第三条 — a body's plan filed with the body above is a sending of work the scheme gives, undated where "
                      "no time is printed (Round 99 confirmed x363_01 「…每年度工作计划…报市规划资源局备案」)"},
             {"what": "由市废管处上报市绿化市容局审核同意后实施", "when": None, "when_norm": None,
              "note": "第三条 — the office's passing the plan up is a second sending to a second receiver (Round 99 on x364_02 "
                      "四、: two sendings to two receivers are two duties) (RULING?: or one chain, one duty, round 41)"},
             {"what": "市废管处应当将产生单位收运情况书面告知相关区（县）绿化市容部门", "when": None, "when_norm": None,
              "note": "第六条 — a notice of the body's own result to the bodies that act on it (Round 97's confirmed x358_02 "
                      "第八条, as the model x364_02 cites it; Round 94's 抄送), undated"},
             {"what": "市废管处应当将申报受理情况书面告知相关区（县）绿化市容部门", "when": None, "when_norm": None,
              "note": "第七条 — as 第六条's, undated"},
             {"what": "市绿化市容局、区（县）绿化市容部门应当将评议结果书面通知被评议单位", "when": None, "when_norm": None,
              "note": "第十五条 — a notice of the body's own finding to the party it concerns is a duty (Round 99 confirmed "
                      "x361_01's notices; Round 97's x358_01), undated"},
             {"what": "市或区（县）绿化市容部门应当在收到复核申请之日起15日内，将复核结果书面告知申请单位", "when": None, "when_norm": None,
              "note": "第十五条 — the review's result told to the applicant, a second notice to another party (not printed "
                      "alike, so not joined, round 41); 15日内 counts from each application, undated (round 33)"},
             {"what": "区（县）绿化市容部门应当在评议结果发布前书面报送市绿化市容局", "when": None, "when_norm": None,
              "note": "第十六条 — the results of the work the rules give the districts sent to the bureau above, undated "
                      "(Round 99 confirmed x363_01's reports up; 发布前 hangs on an event)"},
             {"what": "市绿化市容局、区（县）绿化市容部门应当及时将…情况书面通报同级食品安全委员会办公室、食品药品监督、质量技术监督、环保、城管执法以及出入境检验检疫等部门",
              "when": None, "when_norm": None,
              "note": "第十八条 — information sent to the bodies that act on it, as 抄送 (Round 94's x240_04), undated; not a "
                      "case handed on (Round 99's turned x364_01 第十六条 移送 reads only a case passed to another "
                      "jurisdiction)"}],
     notes=["counting (leaf tasks; the cover prints no task of its own — 「…并发给你们，请遵照执行。」 — and the rules follow its 附件 "
            "line and date: round 30's forwarding notice, the forwarded rules' articles the tasks): 第一条 purpose and 第十九条 "
            "entry into force — general provisions (round 30); 第四条 「…招标资格条件应当符合《办法》第八条第二款的规定。…可结合实际…设定严于…。鼓励…」 "
            "conformity of the conditions to another text (Round 86's (b)), an option (可, round 49) and an encouragement "
            "(鼓励 names no work, rounds 30, 40) — text (RULING?: or the districts' setting of conditions a task, 15 "
            "accepted); 第十四条 「评议应当包括下列内容」 the contents of the review (Round 86's (a); x364_01 第五条 alike); 第十七条 "
            "「评议结果，可以按照下列方式予以应用：（一）…（三）…」 — 可以 leaves the whole use open (round 49 p46b), text (RULING?: or "
            "a task naming none — 15, with 第四条 16 — accepted); 第二、三、五–十三、十五、十六、十八条 one each → **14**. Accepted: 13 "
            "(第二条 a scope), 15, 16",
            "units: the defined short names as printed where they act (市绿化市容局, 市废管处, 区（县）绿化市容部门 with its "
            "bracket); 第二条 prints the full names where it defines them; the producers, collectors and the trade association "
            "where the rules bind them by 应当 in articles; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: targets 1 轮 (第九条), 1 次 (第十三条); not_targets 3 年 (第三条, a norm with no comparison word), 2 年 "
            "(第九条, the rhythm's period); 15日内, 3个月整改期限 (第十五、十七条) time limits, unchecked; 《办法》第八条第二款 and "
            "附件1–7 numbers, unchecked",
            "duties: eight, undated — 第三条's two sendings up, 第六、七条's notices to the districts, 第十五条's two notices "
            "of results, 第十六条's report up, 第十八条's notice to the other bureaus; not duties: the producers' filings "
            "(第六、七条, a party's own business, rounds 37, 42), the disclosures (第五、七、十六条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x370_02_shi-lvrongju-2016-lvdao-jianshe-daoze-shixing.txt"
P02 = "上海市绿道建设导则（试行）"
N02 = "上海市绿化和市容管理局关于印发《上海市绿道建设导则（试行）》的通知"
LGZ = "绿道管理部门"


def g(heads, mark=None):
    return item(X02, heads, mark)


GUIDE = ("a line of the guide that binds an act on how the greenway is built or kept (应／必须／不得／严禁／禁止) is a task "
         "naming none: the guide names no doer for it, and the acts are the builders' and keepers' work the guide exists "
         "for (round 65's x274_01; " + LINES + ")")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the guide's own title line (line 9, after the 附件 line and the date) or the notice's title (line 1): either "
                "(round 45's pair; the scorer's 「plan（notice）」 form)",
     doc_no="沪绿容(2016)1号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title; 「我局」 in the cover)",
     date="2016-01-04",
     date_note="the cover is dated 2016年1月4日 (line 8), the front matter's 发布日期 2016-01-04; the cover's 「细化并启动2016、"
               "2017年建设任务」 names the years of the districts' building work, in the cover's request (no task, below); no "
               "task of the guide is dated",
     level="the city's greenery and city-appearance bureau, to the district greenery bureaus, agriculture commissions and "
           "Pudong's bureau: a cover that issues a trial technical guide for building greenways — general provisions, "
           "definitions and functions, principles, the design of the green corridor, slow-traffic lanes, signs and "
           "service facilities, planting, and upkeep",
     source=src("上海市绿化和市容管理局关于印发《上海市绿道建设导则（试行）》的通知.md",
                "https://lhsr.sh.gov.cn/zcfg/20160104/0039-EA9F2B42-264B-4E5C-BBE6-CD2FFA2C44CB.html", 4409),
     style="the notice's title, two blank lines, the addressee line, one paragraph that issues the guide and asks the "
           "districts to draw up greenway plans (「…请结合本区县“十三五”规划，抓紧编制绿道专项规划，细化并启动2016、2017年建设任务，…」), "
           "「特此通知。」, 「附件：…」, the date; then the guide's title and six numbered parts 「1 总则」…「6维护管理」 (the space "
           "after the number printed or not), decimal headings 1.1, 2.3.1, 4.2 …, and circled lines ①–⑧ under 2.2, 4.1–4.4 "
           "and 6; unnumbered paragraphs after 4.2②, 4.2⑤ and under 5.2; one paragraph a line",
     leaf_tasks=26, count_alternatives=[22, 27, 30],
     leaf_tasks_by_section={"cover": 0, "1 总则": 0, "2 定义与功能": 0, "3 基本原则": 0, "4.1": 1, "4.2": 5, "4.3": 5,
                            "4.4": 7, "5.1": 1, "5.2": 1, "6": 6},
     childless_top_level_sections=[],
     samples=[
        S(["4", "4.1", "②"], [], [], [(2, "m")],
          **g(["4绿道分项设计", "4.1"], "②"),
          note="「②中心城区（外环以内）绿廊总宽度建议一般为5m，对于绿化设施欠缺的地段可酌情降低标准，但不得小于2m；郊区（外环以外）绿廊总宽度建议在8-15m范围。」 — "
               + GUIDE + ": 建议 recommends, 可 an option, and 不得小于2m a limit, so the line is a task by its limit; "
               "「不得小于」 holds 不小于, round 30's comparison word: 2 m a target; 5m and 8-15m 建议 figures with no comparison "
               "word, unchecked; " + NONE + "; " + NODATE),
        S(["4", "4.2", "①"], [], [], [(30, "分钟"), (10, "分钟")],
          **g(["4绿道分项设计", "4.2"], "①"),
          note="「①慢行系统仅供行人、自行车通行，可单独设置步行道，…；慢行系统宽度在1.5m-3.5m之间，长度需满足步行单向通行不少于30分钟，自行车单向通行不少于10分钟；综合慢行道宜区分…」 — "
               + GUIDE + " (仅供, 需满足); 不少于 is round 30's: 30 分钟 and 10 分钟 targets; 1.5m-3.5m 「在…之间」 a band with no "
               "comparison word, unchecked; " + NONE + "; " + NODATE),
        S(["4", "4.2", "④"], [], [],
          **g(["4绿道分项设计", "4.2"], "④"),
          note="「④慢行系统原则上应与机动车道分开设置，需要结合设置的两者之间应设置隔离带或高程差。」 — " + GUIDE + "; " + NONE
               + "; " + NODATE),
        S(["4", "4.3", "①"], [], [],
          **g(["4绿道分项设计", "4.3"], "①"),
          note="「①全市绿道应采用公共标识或统一的标识系统。」 — " + GUIDE + "; " + NONE + "; " + NODATE),
        S(["4", "4.3", "④"], [], [], [(500, "m"), (100, "m")],
          **g(["4绿道分项设计", "4.3"], "④"),
          note="「④同类标识牌间距不应超过500m，也不应跨街坊；路面标识、标线间距不应超过100m。」 — " + GUIDE + " (a limit on where "
               "signs stand, x335_03); 「不应超过」 holds 不超过: 500 m and 100 m targets (round 30: a ceiling of a standard); "
               + NONE + "; " + NODATE),
        S(["4", "4.4", "③"], [], [],
          **g(["4绿道分项设计", "4.4"], "③"),
          note="「③绿道内垃圾箱应结合中心城区和郊区绿道的实际因地制宜设置。」 — " + GUIDE + "; " + NONE + "; " + NODATE),
        S(["4", "4.4", "⑥"], [], [],
          **g(["4绿道分项设计", "4.4"], "⑥"),
          note="「⑥可供夜间使用的绿道应间隔40-60m设置照明设施，并尽可能利用太阳能灯具，照明设施应进行统一编号。」 — " + GUIDE
               + "; 40-60m a spacing band with no comparison word (round 30's norm), unchecked; " + NONE + "; " + NODATE),
        S(["5", "5.1"], [], [],
          **g(["5植物配置", "5.1"]),
          note="「5.1 配置要求 绿道建设应以原有植被资源为基础…。植物配置应注意季相变化…。严禁选毒性植物及海枣、丝兰等…。尽可能减少使用…。…慢行系统两侧应适当进行抽稀调整。」 — "
               + GUIDE + " (a ban, 严禁, and 应…进行抽稀调整); " + NONE + "; " + NODATE),
        S(["6", "①"], [], [], responsible_alternatives=[["区（县）绿化管理部门"]],
          **g(["6维护管理"], "①"),
          note="「①绿道实行属地化管理，区（县）绿化管理部门应当统筹做好绿道及其配套设施的管理维护工作，明确绿道管理单位。」 — "
               "the guide is written in numbered lines, not 第X条 articles, so " + CLOSED + " (统筹做好, 明确) (RULING?: or "
               "the body bound by 应当 to its own upkeep a doer as in articles — accepted); " + NONE + "; " + NODATE),
        S(["6", "②"], [], [LGZ], lead_alternatives=[[LGZ]], responsible_alternatives=[[]],
          **g(["6维护管理"], "②"),
          note="「②绿道管理部门应建立绿道管理维护制度和安全巡查制度，按照相关技术标准对绿道进行维护管理，对存在安全隐患的地方设置警示标识，落实防范和应急措施，确保绿道安全使用。」 — "
               "落实 is rule 2's verb and names its subject (round 30; Round 99 confirmed x363_02 三、 and x364_02 四、), the "
               "same subject running through the clause; a body named by a kind counts (round 30); 建立, 进行, 设置 outside "
               "the list add nothing (RULING?: or 落实 one verb at the end of a run whose work is 建立…进行…, none — accepted); "
               + ONE_LEAD + "; " + NODATE),
        S(["6", "③"], [], [],
          **g(["6维护管理"], "③"),
          note="「③绿道管理部门应建立健全绿道档案管理制度，对经批准的绿道规划、施工建设和竣工验收资料等进行整理归档，并报送档案馆存档。」 — "
               + CLOSED + " (建立健全, 进行); the deposit with the archive a sending, a duty (below); " + NONE + "; " + NODATE),
        S(["6", "④"], [], [], not_targets=[(2, "级"), (3, "级")],
          **g(["6维护管理"], "④"),
          note="「④绿道应配备专项养护资金，绿化部分的养护标准中心城区不低于二级绿地养护标准，郊区县不低于三级绿地养护标准。」 — "
               + GUIDE + " (应配备); 二级／三级 name grades of a standard, names with digits (the head: 「names with digits are "
               "not targets」), not quantities of work, not_targets though 不低于 stands before them (RULING?: or floors of "
               "a standard joined to 不低于, round 30's 「a floor of a standard」, targets 2 级 and 3 级); " + NONE + "; " + NODATE),
        S(["6", "⑥"], [], [],
          **g(["6维护管理"], "⑥"),
          note="「⑥提倡开展病虫害生态防治，推荐使用无公害、生物类药剂，禁止使用会对土壤、水体产生污染的化学药剂。」 — 提倡 and 推荐 "
               "name no work (rounds 30, 40), the ban 禁止 a limit on how the upkeep is done, a task (" + GUIDE + "); " + NONE
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对经批准的绿道规划、施工建设和竣工验收资料等进行整理归档，并报送档案馆存档", "when": None, "when_norm": None,
              "note": "6③ — records sent to the body that gathers them are a sending, an undated duty (Round 99 confirmed "
                      "x363_04's and x363_01's records sent to their systems)"}],
     notes=["counting (leaf tasks): the cover's 「请结合本区县“十三五”规划，抓紧编制绿道专项规划，细化并启动2016、2017年建设任务，积极申请落实专项资金…」 "
            "is the issuing request of a forwarding notice, and the guide after its 附件 line is the plan (round 30's "
            "forwarding notice; Round 93's x346_02 and Round 97's x358_02, x358_03 as the model reads them) (RULING?: or "
            "the cover's request a task of its own naming none — 27 accepted); 1 总则 1.1–1.3 purpose, scope and conformity "
            "to other texts — general provisions (round 30; Round 86's (b)); 2 定义与功能 definitions, the parts and "
            "functions (round 30); 3 基本原则 3.1–3.4 principles (p51e; seeds EXPECTED.md lines 3–5) (RULING?: or each "
            "principle's acts 「定时对设施进行检查、维修、更换」 tasks naming none, as Round 91's x335_03 would not let a heading's "
            "word 原则 decide — 30 accepted); 4.1 ① a principle, text; ② a task by its 不得小于 limit; 4.2 ①–⑤ five tasks "
            "(② by 「大于8%时应辅以梯步」, ③ by 「应进行透水铺装」, ⑤ by 「交叉路口应设置…」, the trailing paragraphs after ② and ⑤ "
            "their lines' bodies, round 32); 4.3 ①②④⑤⑥ five (③ 「要求清晰、简洁…可合并设置，但不宜超过四种」 a state, an option "
            "and a 宜, text; ⑤ 「一般设置在…右侧…提前设置」 a limit on where signs stand, x335_03); 4.4 ①②③⑤⑥⑦⑧ seven (④ "
            "「服务半径不宜超过1000m…2000m」 宜 only, text); 5.1 and 5.2 one each (5.2's three unnumbered modes its body); 6 "
            "①–⑥ six → **26**. Accepted: 22 (4.3⑤ and 4.4①②⑤, which 一般／尽量／按需求 soften, text), 27 (the cover), 30 "
            "(the principles)",
            "units: 6② only (落实); 6①'s 区（县）绿化管理部门 and 6③⑤'s 绿道管理部门／绿道管理单位 have no verb of rule 2 "
            "(closed list outside articles); the guide's design lines name no doer; samples cover 13 of the 26 tasks",
            "dates: no task is dated (see date_note)",
            "figures: targets 2 m (4.1②), 30 and 10 分钟 (4.2①), 500 and 100 m (4.3④); not_targets 2 and 3 级 (6④, grade "
            "names, RULING?); 宜／建议 figures and bands with no comparison word (5m, 8-15m, 1.5m-3.5m, 3%, 8%, 2%, 4%, 50m, "
            "2-3km, 4-5km, 40-60m, 1000m, 2000m) unchecked",
            "duties: one, undated — 6③'s deposit with the archive; not duties: the cover's 积极申请落实专项资金 (a request "
            "for funds, no sending of work)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x370_03_shi-lvrongju-2024-lvhua-yanghu-huanwei-hangye-gongzi-fuli-daiyu-zhidao-yijian.txt"
N03 = ("上海市绿化和市容管理局关于印发《2024年上海市绿化养护行业工资福利待遇工作指导意见》和《2024年上海市环卫行业工资福利待遇"
       "工作指导意见》的通知")


def pt(marker, part):
    """The line that opens with ``marker`` (「一、」) in ``part``: 0 the cover, 1 and 2 the guidances after the lines that
    are only 「附件1」／「附件2」; its line and the eight characters after the marker."""
    text = (DIR / X03).read_text(encoding="utf-8")
    start = 0 if part == 0 else text.index(f"\n附件{part}\n")
    pos = text.index("\n" + marker, start) + 1
    line = text.count("\n", 0, pos) + 1
    return {"line": line, "title_starts": text[pos + len(marker):pos + len(marker) + 8]}


WAGE_NONE = ("a point of the guidance with 要／应 and no verb of rule 2 for a body (" + CLOSED + "): a task naming none; "
             + NONE)

plan(X03,
     title=N03,
     title_note="the notice's title (line 1), which names both guidances it issues; either guidance's own title line (lines "
                "27, 67) names only half the text, accepted",
     doc_no="沪绿容〔2024〕339号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局 (the notice's title and its signature)",
     date="2024-09-06",
     date_note="the cover is dated 2024年9月6日 (line 23), the front matter's 发布日期 2024-09-06; the guidances say the trade's "
               "collective bargaining met on 2024年9月3日 and 8月28日 (past events); 2024年 and 2023年度 name the year the "
               "wages are for and the base year of the average wage; no task is dated",
     level="the city's greenery and city-appearance bureau, to the district bureaus and the trade's units: a notice that "
           "issues the 2024 wage and welfare guidance of the greening-upkeep trade and of the sanitation trade, agreed "
           "in the trades' collective bargaining, with three work points of its own for the district and trade "
           "authorities and the unions",
     source=src("上海市绿化和市容管理局关于印发《2024年上海市绿化养护行业工资福利待遇工作指导意见》和《2024年.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=29d649a9-99ab-46aa-8bf0-2686ab4063a8&siteId=0039", 4631),
     style="the notice's title, the addressee line, a paragraph that issues the two guidances and ends 「…同时提出如下工作要求：」, "
           "three run-in points 一、–三、 (「一、高度重视，积极协调。…」), 「特此通知。」, 「附件：」 with two numbered names, the "
           "signature and date; then 「附件1」, the first guidance's title, a preamble and points 一、–八、 each a heading line "
           "with its paragraph(s) below; then 「附件2」 and the second guidance alike, 一、–七、; blank lines between paragraphs",
     leaf_tasks=15, count_alternatives=[12, 16, 17, 18],
     leaf_tasks_by_section={"cover 一、–三、": 3, "附件1 一、–七、": 6, "附件1 八、": 0, "附件2 一、–六、": 6, "附件2 七、": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各区行业主管部门"], lead_alternatives=[["各区行业主管部门"]], responsible_alternatives=[[]],
          **pt("一、", 0),
          note="(the cover's 一、) 「…各区行业主管部门思想要高度重视，认真贯彻落实沪府办〔2016〕26号和沪绿容〔2016〕506号文件要求，充分发挥…作用，研究协调…，积极与区相关部门沟通，…持续推进各项措施落实。」 — "
               "落实 in 贯彻落实 is the clause's own verb with its subject, rule 2's (round 30; Round 99 confirmed x363_02 三、 "
               "and x364_02 四、 「应严格落实…制度的规定」), and a group named by a kind with a rule-2 verb is a doer (round 30's "
               "「各区要落实…」); 各区行业主管部门 is not the addressee line printed again (「各区绿化市容局、行业相关单位」), so no "
               "call-back (Round 98's turned x230_02); the final 「措施落实」 a noun (RULING?: or 贯彻落实…文件要求 keeping to other "
               "texts, Round 86's (b), none — accepted); 沪府办〔2016〕26号 document numbers; " + ONE_LEAD + "; " + NODATE),
        S(["二"], [], [], responsible_alternatives=[["各级行业主管部门"]],
          **pt("二、", 0),
          note="(the cover's 二、) 「各级行业主管部门要进一步完善招投标制度，规范使用《…示范文本（2020版）》…，同时，要加强对《作业养护服务合同》签订及执行情况的监管，要求作业企业必须严格执行…」 — "
               + CLOSED + " (完善, 规范使用, 加强…监管, 要求); the firms the object of 要求 (round 30's pivot); （2020版） in a "
               "name; " + NONE + "; " + NODATE),
        S(["三"], [], [],
          **pt("三、", 0),
          note="(the cover's 三、) 「各级工会通过多种方式加强对企业…进行督促检查，确保集体协商内容得到认真落实。同时，指导督促本市绿化养护和环卫企业不断提高…，落实安全生产规定，…」 — "
               + CLOSED + " (加强…督促检查); 落实 run on inside 指导督促's reach is the object's (Round 83's turned x316_02 "
               "（十六）; Round 99 confirmed x364_03 四、（三）2), and 「确保…得到…落实」 a noun; " + NONE + "; " + NODATE),
        S(["附件1", "一"], [], [], [(3500, "元")],
          **pt("一、", 1),
          note="(附件1's 一、) 「由于本市2024年月最低工资标准不作调整，故2024年绿化养护行业月最低工资标准也不作调整，即行业月最低工资标准继续执行3500元。」 — "
               "the guidance's wage floor is the item's rate, a target (the head, round 25: 「每户补贴2000元」; plans-next94's "
               "x94_03 一、 3360元 alike); a point of the forwarded guidance that sets the trade's standard is a task (x94_03's "
               "count; Round 99 on x364_03 四、（二）: a point that sets the scheme's own content); the paths of the guidances "
               "carry the attachment's label (Round 76's reading of a cover with tasks of its own and an attached list: the list's items carry the attachment's prefix, which keeps the cover's 一、 and the list's apart; round 41's "
               "documents by label); " + NONE + "; " + NODATE),
        S(["附件1", "二"], [], [], [(2, "%"), (5, "%")],
          **pt("二、", 1),
          note="(附件1's 二、) 「绿化养护企业应根据企业工资的平均增长水平确定不同岗位人员的工资增长幅度，其中，一线职工工资增长幅度应当不低于…；…对于一线职工月平均工资超过2023年度上海市社平工资的…企业，…增长指导线不低于2%；…低于…的…，…不低于5%。」 — "
               "不低于 is round 30's: 2 % and 5 % targets (the other 不低于／不得高于 join no figure); 2023年度 a year; " + WAGE_NONE
               + " (确定 outside the list); " + NODATE),
        S(["附件1", "三"], [], [],
          **pt("三、", 1),
          note="(附件1's 三、) 「行业工会和行业协会要加强指导，鼓励有条件的企业可以…自主开展技能评价体系建设…。同时，建立企业技能等级与职工薪酬关联配套的激励机制…」 — "
               "加强指导 a guide (rule 3), 鼓励 and 可以 name no work (rounds 30, 40, 49), 建立 with no subject outside the list; "
               "the point still sets work (建立…机制): " + WAGE_NONE + "; " + NODATE),
        S(["附件1", "五"], [], [],
          **pt("五、", 1),
          note="(附件1's 五、) 「各级工会组织和企业要关心关爱绿化养护一线职工，建立健全…机制，按照《劳动法》…等法律法规，规范企业用工行为。科学合理规范作业工作服装，做到应配尽配…」 — "
               + WAGE_NONE + "; " + NODATE),
        S(["附件1", "六"], [], ["各绿化养护企业"], lead_alternatives=[["各绿化养护企业"]], responsible_alternatives=[[]],
          **pt("六、", 1),
          note="(附件1's 六、) 「各级绿化市容局工会（行业工会）要积极推进历年…集体协商内容的落实，并列入考核内容。各绿化养护企业要按照行业集体协商要求，落实行业月最低工资标准、岗位津贴…等制度以及…福利待遇。…」 — "
               "落实 names its subject, a group named by a kind (round 30's 「各区要落实…」; Round 99's x364_02 四、); 推进…的落实 "
               "a noun, 推进 outside the list (" + CLOSED + "); " + ONE_LEAD + "; " + NODATE),
        S(["附件1", "七"], [], [],
          **pt("七、", 1),
          note="(附件1's 七、) 「依法保障女职工合法权益和特殊权益，做好定期举行妇女保健知识讲座、定期安排妇科检查…等关心关爱工作。综合采取…措施，做好…安全保障服务。」 — "
               "acts with no subject are the trade's own work (round 65's x274_01), a task naming none; 定期 prints no rhythm; "
               + NONE + "; " + NODATE),
        S(["附件2", "一"], [], [], [(3500, "元")],
          **pt("一、", 2),
          note="(附件2's 一、) 「…故2024年环卫行业月最低工资标准也不作调整，即行业月最低工资标准继续执行3500元。」 — as 附件1's 一、: "
               "a target 3500 元; " + NONE + "; " + NODATE),
        S(["附件2", "二"], [], [], [(2, "%"), (5, "%")],
          **pt("二、", 2),
          note="(附件2's 二、) 「环卫企业应根据…确定…工资增长幅度…。对于一线职工月平均工资超过2023年度…的环卫企业，…增长指导线不低于2%；…不低于5%。」 — "
               "as 附件1's 二、: targets 2 % and 5 %; " + WAGE_NONE + "; " + NODATE),
        S(["附件2", "三"], [], [],
          **pt("三、", 2),
          note="(附件2's 三、) 「行业工会和行业协会要加强指导，鼓励有条件的企业…。同时，建立…激励机制…」 — as 附件1's 三、; "
               + WAGE_NONE + "; " + NODATE),
        S(["附件2", "四"], [], [],
          **pt("四、", 2),
          note="(附件2's 四、) 「各级工会组织和企业要关心关爱环卫一线职工，建立健全…机制，…规范企业用工行为。依照《上海市环卫职工工间休息室建设服务标准》，积极推进一线职工工间休息室建设和改造…」 — "
               + WAGE_NONE + " (推进 outside the list too); " + NODATE),
        S(["附件2", "五"], [], ["各环卫企业"], lead_alternatives=[["各环卫企业"]], responsible_alternatives=[[]],
          **pt("五、", 2),
          note="(附件2's 五、) 「各级绿化市容局工会（行业工会）要积极推进…的落实…。各环卫企业要按照行业集体协商要求，落实行业月最低工资标准、岗位津贴、早晚班津贴…等制度以及…福利待遇。…」 — "
               "as 附件1's 六、: [各环卫企业] by 落实; " + ONE_LEAD + "; " + NODATE),
        S(["附件2", "六"], [], [],
          **pt("六、", 2),
          note="(附件2's 六、) 「依法保障女职工合法权益和特殊权益，做好…工作。综合采取…措施，做好…服务。」 — as 附件1's 七、; " + NONE
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[],
     notes=["counting (leaf tasks): the cover prints work of its own (「…同时提出如下工作要求：」 and 一、–三、, not a bare "
            "「请认真贯彻执行」), and it issues two guidances, each with its own title and numbering (「现将两个《指导意见》印发给你们」): "
            "round 30's two documents under one cover, the cover's points and both guidances' points counted in order "
            "(plans-next94's x94_03, the 2022 edition, counted its cover and its guidance alike; Round 76: a "
            "cover with tasks of its own and an attached list, the list's items numbered with the attachment's prefix); the "
            "two guidances are texts the cover itself forwards, not a rule attached to another (Round 92's governs on "
            "x165_02, x340_01). Cover 一、–三、 3; 附件1 一、–三、, 五、–七、 6 (四、 「…住房公积金缴交基数按照本市…有关规定执行」 keeps to "
            "other rules, text, Round 86's (b); 八、适用范围 a scope, a general provision, round 30); 附件2 一、–六、 6 (七、 the "
            "scope) → **15**. Accepted: 12 (the guidances only, the cover's 工作要求 left out by seeds EXPECTED.md lines 3–5 "
            "where they name no unit — RULING?), 16 (附件1 四、 a task), 17 (both scopes, as x94_03 accepted its scope), 18",
            "paths: the guidances' points carry their attachment's label 「附件1」／「附件2」 as printed on the lines before their "
            "titles; line and first words from the nth 「一、」 etc. of the text",
            "units: the cover's 一、 (各区行业主管部门 by 贯彻落实) and the guidances' 附件1 六、／附件2 五、 (the firms by 落实); "
            "everything else names none by the closed list outside articles; every task is sampled",
            "dates: no task is dated (see date_note)",
            "figures: targets 3500 元 (both 一、), 2 % and 5 % (both 二、); not targets, unchecked: document numbers, 2023年度, "
            "2024年, （2020版）／（2016版） in names, 9月3日／8月28日 (past meetings)",
            "duties: none — no sending is printed"])

write_collected(DIR)
