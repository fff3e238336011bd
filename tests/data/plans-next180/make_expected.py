# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next180/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 42 (built by helper c180): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-42 rulings written
early and continued included) applied to every item. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next180/make_expected.py tests/data/plans-next180
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
FOLDER = "工程建设管理"
PAGE = "https://www.shanghai.gov.cn/zhengce/detail?businessId="

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37: rule 2's forms are a closed list — the plain subject of another verb "
          "(加强, 建立健全, 开展 without 组织, 调整, 发布, 查处, 梳理汇总, 进行 …) is not a unit")
HEADED = ("CONVENTIONS.md \"Round 34 ruling, written early\": in a notice written as headed points 「一、…」 (no point has a "
          "numbered child), a childless point whose text gives work — a rule-2 doer or an instruction to the plan's bodies — "
          "is a task; points of purpose, basis, scope or entry into force are not")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
EVENT = "round 34: times from an event (「工程开工前」「收到申请后」) are no deadline"


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x180_01_shi-shuiwuju-2023-guanjian-gangwei-renyuan-lvyue-guanli-tongzhi.txt"
N01 = "上海市水务局关于进一步加强水务建设工程现场关键岗位人员履约管理的通知"
YEAR01 = "the year 2023 from the notice's date (2023年4月23日) and its 「2023年第一季度」: the month-day dates are 2023's"

plan(X01,
     title=N01,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪水务〔2023〕242号 (printed on line 5)",
     issuer="上海市水务局",
     date="2023-04-23",
     date_note="the notice is dated 2023年4月23日; the index gives the same date",
     level="a city bureau (Shanghai's water authority), a notice following up its earlier notice 沪水务〔2023〕66号 on key "
           "site staff of water works: video attendance by 5月1日, the clients' systems and first-quarter results filed by "
           "5月6日, the districts' summary by 5月10日, quarterly reports after that",
     source=shanghai_source(FOLDER, N01 + ".md", PAGE + "38d77a1cd4cf4e738285ee412c9a85c7&siteId=0004", 1418),
     style="the title twice, the number, addressees 「各区水务局、相关地区管委会、相关市级建设单位：」, a preamble; three headed "
           "points 一、–三、 on heading lines over one paragraph each, 三、 with a second paragraph (the districts' sending); "
           "「特此通知。」, a 附件 line with two attachments (not printed), the signature, the date, a contact block (a person, "
           "a phone number); blank lines between all paragraphs",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"一、开展关键岗位人员线上视频考勤": 1, "二、落实建设单位履约管理主体责任": 1,
                            "三、强化政府日常监管和监督处置": 1},
     childless_top_level_sections=[],
     samples=[
        one(["一"], "各建设单位", dl="于5月1日", dln="2023-05-01",
            note=HEADED + "; 「请各建设单位督促施工总包单位及时完成设备采购和数据对接，并于5月1日对施工、监理单位关键岗位人员实施视频"
                 "考勤」 — 「请A…」 is read as 「A…」 (round 30) and the subject carries past the pivot to 实施 (round 41 "
                 "continued: 「A动员B…，落实…」, the later verb is A's; 实施 is a rule-2 verb): 各建设单位 a doer; "
                 "施工总包单位 (the object of 督促) no unit; 「请各在建水务工程施工总包单位自行选择采购…，并按要求进行接口对接」 — "
                 "采购／进行 are no rule-2 verbs (" + CLOSED + "); 「上海市水务建设工程安全质量监督中心站已在…开发…模块」 — a "
                 "past act (开发, no rule-2 verb); 「采购费用列入…费用列支」 a cost rule (no payer named); deadline 「于5月1日」 "
                 "(" + YEAR01 + ")"),
        one(["二"], "各水务工程建设单位", dl="于5月6日前", dln="2023-05-06",
            note=HEADED + "; the heading 「落实建设单位履约管理主体责任」 gives out work (round 38 「强化企业主体责任」, round 41 "
                 "continued 「依法全面落实承发包人主体责任」): every body the text gives work is a unit — 各水务工程建设单位 "
                 "(建立健全, 加强, 开展, 报…备案); 相应的水行政主管部门 receives the 备案 (rule 3: 「报A备案」 no unit); deadline: "
                 "the one-off date 「于5月6日前」 (" + YEAR01 + "); 「每季度末最后一周完成上报」 is a rhythm, no deadline (round "
                 "34: recurring dates are no deadline unless the item also has a one-off date) — a duty below; the dated "
                 "sending 「于5月6日前报相应的水行政主管部门备案」 is a dated duty below (aligned round 43: a one-off dated "
                 "sending the notice itself asks of the bodies it tasks is a dated duty — CONVENTIONS.md \"Round 43 "
                 "rulings, written early\", turned; it was read as a filing, no duty, RULING? 2)"),
        S(["三"], [], ["各级水行政主管部门"], dl="于5月10日前", dln="2023-05-10",
          lead_alternatives=[["各级水行政主管部门"]], responsible_alternatives=[[]],
          note=HEADED + "; the heading 「强化政府日常监管和监督处置」 names no duty word (round 37: gives out nothing); "
               "「各级水行政主管部门要加强…审核…，可责成建设单位予以修订并重新备案；要及时梳理汇总…情况，实施掌握关键岗位人员考勤情况，并…"
               "开展差别化监管和信用惩戒」 — 加强／梳理汇总／开展 are no rule-2 verbs (" + CLOSED + "); 「可责成」 is an option "
               "(round 34) and 建设单位 its object; 「实施掌握」 (as printed, surely 实时掌握 mistyped) read as printed: 实施 is a "
               "rule-2 verb, so 各级水行政主管部门 is a doer (lead [], the doer as lead accepted) — RULING? 1; responsible [] "
               "accepted (the closed-list reading of the meant 实时掌握); the second paragraph 「请各区水行政主管部门将…于5月10日前"
               "汇总上报市局建管处」 is the point's body (round 34: a point of several paragraphs is one task; a count of 4 with "
               "it as its own task accepted, round 40's closing paragraph) — 汇总上报 no rule-2 verb; deadline: the one-off "
               "date 「于5月10日前」 (" + YEAR01 + "; the quarterly 「每季度第一周」 a rhythm, round 34)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各水务工程建设单位后续情况应在每季度末最后一周完成上报（关键岗位人员变更和处置情况、履约考核结果，报相应的水行政主管部门）",
              "when": "每季度末最后一周", "when_norm": "quarterly (the last week of each quarter)",
              "note": "二、: a standing rhythm of reporting by a body the plan tasks (round 40: a standing rhythm of reporting "
                      "is a duty; round 41: the rhythm is set by this plan for its own addressees, not a statutory filing); "
                      "the first sending 「于5月6日前报相应的水行政主管部门备案」 is the dated duty that follows"},
             {"what": "各水务工程建设单位将关键岗位人员变更管理制度、2023年第一季度关键岗位人员变更和处置情况、2023年第一季度履约考核结果，"
                      "于5月6日前报相应的水行政主管部门备案",
              "when": "5月6日前", "when_norm": "2023-05-06",
              "note": "二、: aligned round 43: a one-off dated sending the notice itself asks of the bodies it tasks is a "
                      "dated duty (CONVENTIONS.md \"Round 43 rulings, written early\", turned; only standing filings with no "
                      "date of their own stay filings) — 各水务工程建设单位 are the bodies 二、 tasks; it was read as a filing, "
                      "no duty (RULING? 2); " + YEAR01},
             {"what": "请各区水行政主管部门将所属水务工程2023年第一季度关键岗位人员变更和处置情况于5月10日前汇总上报市局建管处",
              "when": "5月10日前", "when_norm": "2023-05-10",
              "note": "三、 second paragraph: a plan unit's sending to the issuer's division (round 35 / round 40: a duty); "
                      + YEAR01},
             {"what": "各区水行政主管部门后续于每季度第一周完成上季度变更处置情况报送（市局建管处）",
              "when": "每季度第一周", "when_norm": "quarterly (the first week of each quarter)",
              "note": "三、 second paragraph: a standing quarterly sending to the issuer (round 40: a duty)"}],
     notes=["counting: " + HEADED + "; 一、 二、 三、 each give work → **3** (三、's two paragraphs one task); 4 accepted with "
            "三、's second paragraph 「请各区水行政主管部门…汇总上报…」 as a closing paragraph of its own (round 40: a closing "
            "paragraph that gives work is one more task, a count without it accepted). 「特此通知。」 and the 附件 line close "
            "the notice (the two attachments, an interface description and a quarterly form, are not printed)",
            "dates: 2023年2月1日 (the earlier notice's issue, past), 5月1日, 5月6日前, 5月10日前 (the items' one-off dates, "
            "year 2023), 每季度末最后一周 / 每季度第一周 (rhythms), 2023年第一季度 (the period reported), 2023年4月23日 (the "
            "signature); no phases",
            "figures: none are targets — 沪水务〔2023〕66号 (a document number), 附件1, 32066046 (a phone number); 杨晴 (the "
            "contact person) is never a unit"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x180_02_shi-chengguan-zhifaju-2023-xingzheng-chufa-shixiang-qingdan-zhifa-quanxian-tongzhi.txt"
N02 = "关于发布本市城管综合执法领域行政处罚事项清单和划分执法权限的通知"
SPLIT = ("the heading 「二、关于执法权限划分」 and its lead-in 「…执法权限划分如下：」 divide the enforcement work among the bodies "
         "named: read as round 38's 「职责划分」 (a heading that gives out work: every body the text gives work is a unit, "
         "whatever the verb) — RULING? 3; each item opens with its body and gives it its share (查处…违法行为); with 查处 "
         "alone (no rule-2 verb, " + CLOSED + ") the item would name none: responsible [] accepted")


def split(path, units, note="", **kw):
    alts = {"lead_alternatives": [list(units)]} if len(units) == 1 else {}
    return S(path, [], list(units), note=SPLIT + ("; " + note if note else "") + "; lead [] (no 牵头)"
             + ("; the one body as lead accepted (plans-dev 03 一)" if alts else "") + "; " + NODATE,
             responsible_alternatives=[[]], **alts, **kw)


plan(X02,
     title=N02,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪城管执〔2023〕48号 (printed on line 5)",
     issuer="上海市城市管理行政执法局 (the text prints no signature, only the date; the index names the bureau)",
     date="2023-04-14",
     date_note="the notice is dated 2023年4月14日; the index gives the same date",
     level="a city bureau (Shanghai's urban management enforcement bureau), a notice publishing the list of penalty "
           "matters (an attachment, not printed) and dividing the enforcement work among the city and district bureaus "
           "and the sub-districts and towns",
     source=shanghai_source(FOLDER, N02 + ".md", PAGE + "a004110a0b594b78af5b461194108130&siteId=0043", 1249),
     style="the title twice, the number, addressees 「各区城管执法局，街道办事处、乡镇人民政府，市局执法总队：」, a preamble; 一、 a "
           "heading line over one paragraph (the bodies' powers, the list 详见附件); 二、 a heading line, a lead-in 「…执法权限"
           "划分如下：」 and three items （一）–（三） each opening with its body; 「特此通知。」, a 附件 line, the date; no signature",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"二、关于执法权限划分": 3},
     childless_top_level_sections=["一、关于处罚事项清单"],
     samples=[
        split(["二", "（一）"], ["市城管执法部门"],
              note="「市城管执法部门查处涉及市级管辖河道、古树名木…的违法行为，以及对全市有重大影响…的违法行为」"),
        split(["二", "（二）"], ["区城管执法部门"],
              note="「区城管执法部门查处涉及房地产开发经营、…石油天然气管道保护等方面的违法行为…」 — the 等方面 tail is the "
                   "matters, not a name"),
        split(["二", "（三）"], ["街道办事处", "乡镇人民政府"], not_targets=[(2, "批次")],
              note="「街道办事处、乡镇人民政府按照市人民政府印发的两批次“…目录清单”以及“…（2023年版）”，查处本辖区…的违法行为」 — two "
                   "bodies with separate heads split at 、 (round 35); 市人民政府 issued the lists (a past act, 印发 no rule-2 "
                   "verb): no unit; 两批次 counts lists already issued (round 33: past and present figures are not targets) "
                   "and （2023年版） is an edition → not targets"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、关于处罚事项清单 is one paragraph stating the powers the bodies exercise under the attached list "
            "(「…对相关违法行为行使行政处罚权及相关的行政检查权和行政强制权，行政处罚事项清单详见附件」 — a scope of powers, round 30 / "
            "round 34: points of scope are general provisions; 行使 is no rule-2 verb): no task (a section), 4 accepted "
            "counting it; 二、 （一）–（三） → **3**; the lead-in 「市、区城管执法部门以及街道办事处、乡镇人民政府执法权限划分如下：」 is "
            "no task (its bodies are the items' own, rule 4 gives nothing more)",
            "units: " + SPLIT,
            "dates: 2023年版 (an edition), 2023年4月14日 (the date); no item is dated; no phases, no duties",
            "the list 「上海市城管综合执法领域行政处罚事项和执法层级清单（2023年版）」 is the 附件, not printed: no task table"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x180_03_shi-zhujianwei-2023-jianshe-gongcheng-guifei-xiangmu-shezhi-tiaozheng-tongzhi.txt"
N03 = "关于调整本市建设工程规费项目设置等相关事项的通知"
RULEPT = ("a headed point that decrees one of the notice's changes with no subject — read as a task (round 34's early "
          "ruling: a childless point of a notice of headed points that gives an instruction 「将…列入…」「…调整为…」; as "
          "x172_03 二/1 「取消…将…归并为…」 was read), 2 accepted reading 一、 and 三、 as statements with no doer and no work "
          "(round 33) — RULING? 4")

plan(X03,
     title=N03,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪建标定联〔2023〕120号 (printed on line 5)",
     issuer="市住房城乡建设管理委 with 市发展改革委 and 市财政局 (three signatures, one a line; the index names 上海市住房和城乡"
            "建设管理委员会)",
     date="2023-04-14",
     date_note="the notice is dated 2023年4月14日; the index gives the same date; it takes effect 2023年10月1日",
     level="three city bodies (Shanghai's housing and construction commission, development and reform commission and "
           "finance bureau), a notice on construction-cost rules: the statutory fees no longer listed apart, new "
           "calculation bases, and the cost office's publishing of rates and monthly labour prices",
     source=shanghai_source(FOLDER, N03 + ".md", PAGE + "b6971fe79f1c438a9e078236f4f897be&siteId=0011", 1368),
     style="the title twice, the number, addressees 「各有关单位：」, a preamble citing two documents; five run-in points "
           "「一、本市建设工程费用组成中取消规费项目单列。…」 (no heading lines), 二、 with a URL in brackets, 五、 the entry into "
           "force; 「特此通知。」, a 附件 line with three forms (not printed) numbered 「1、」「2、」「3、」 on lines of their own, three "
           "signatures, the date",
     leaf_tasks=4, count_alternatives=[2, 5],
     leaf_tasks_by_section={"一、…五、 (headed points)": 4},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=RULEPT + "; 「本市建设工程费用组成中取消规费项目单列。将施工现场作业人员养老保险…列入人工单价，管理人员…列入企业管理费」 — "
               "no subject: " + NONE + "; " + NODATE),
        one(["二"], "造价管理部门",
            note="a headed point that decrees a change and names who publishes it — a task (round 34's early ruling; "
                 "round 40: a point with a doer is a task in any count); 「相关费率相应"
                 "调整后由本市造价管理部门在…上海市建设市场信息服务平台发布」 — 由A＋a verb of doing (round 34: 由A＋any verb of "
                 "doing; 「…后由A…」 is the item's next step, not a case): a doer; 本市 before a name is no part of it (round "
                 "41) → 造价管理部门; 附件1、附件2 and the URL's letters are references, not figures; " + NODATE),
        S(["三"], [], [],
          note=RULEPT + "; 「《上海市建设工程工程量清单计价应用规则（2014）》作相应调整。…计算基数调整为…之和」 — no subject: "
               + NONE + "; （2014） is the edition year of a cited rule (years are not targets); " + NODATE),
        S(["四"], [], [],
          note="a point that gives the cost office standing work — a task (round 34's early ruling; round 40: items naming "
               "no unit in a plan with units elsewhere are tasks where they give work); 「本市造价管理部门及时调整人工信息价，"
               "每月在…平台同步发布…人工价格」 — 调整／发布 without 由 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; "
               "每月 is the rhythm of publishing prices to the market, not a sending to a body (no duty); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice of five headed points run in on their lines (" + HEADED + "); 一、 二、 三、 四、 → **4**; 五、 "
            "「本通知自2023年10月1日起施行。2023年10月1日起发布招标公告的建设工程应执行本通知规定。…仍按原招标文件或合同条款执行」 is "
            "the entry into force with its transitional scope (round 30: general provisions; no body is given work) — "
            "5 accepted counting it (round 39: an entry-into-force point that also gives work); 2 accepted counting "
            "only 二、 and 四、 (" + RULEPT.split(", 2 accepted ")[1] + ")",
            "units: only 二、 names a doer (由本市造价管理部门…发布); 四、's same body acts with plain verbs; the three issuers "
            "appear only as signatures; 「各有关单位」 (the addressees) names no body (round 33)",
            "dates: 2023年10月1日 (entry into force, three times), 2023年4月14日 (the signature); no item is dated; no "
            "phases, no duties",
            "figures: none are targets — 建办标〔2020〕38号 and 沪建标定〔2021〕701号 (document numbers), （2014） (a rule's "
            "edition), 附件1–3"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x180_04_shi-jianshe-anquan-zhuanweihui-2023-shigong-qijian-ranqi-guanxian-baohu-tongzhi.txt"
N04 = "上海市安全生产委员会建设安全专业委员会关于加强本市建设工程施工期间燃气管线保护工作的通知"
WORKH = ("the heading 「（一）建设单位、施工单位对工程施工期间地下管线保护管理分别负总体责任和直接责任」 has 责任 as its object: "
         "read as a heading that gives out work (round 37: 「压实…责任」; round 38: 「强化企业主体责任」「落实政府监管责任」) — every "
         "body the item's text gives work is a unit, whatever the verb (round 34 / round 35), and the objects of 组织／督促 "
         "given work are units (round 37 / round 38); the heading's own designation (「A负…责任」, round 35) goes by rule 4 "
         "only to items that name none — RULING? 5: read as a unit heading like round 38's 「第五条 建设单位责任」 (rule 1), "
         "every item 1.–5. would take 建设单位, 施工单位 and nothing from its text (accepted where the scorer can say it)")
WORKH2 = WORKH.replace("（一）建设单位、施工单位对工程施工期间地下管线保护管理分别负总体责任和直接责任", "(二)管道燃气经营企业对燃气管线"
                       "安全运行负主体责任").replace("every item 1.–5. would take 建设单位, 施工单位", "every item 1.–3. would "
                                                   "take 管道燃气经营企业")
WORKH3 = ("the item's own heading line 「…对…负监管责任」 is a designation (round 35: 「A负总责」; rule 2: the heading line is "
          "part of the item's text) and a heading that gives out work (round 37: a heading whose object is a duty word) — "
          "every body the text gives work is a unit, the objects of 督促 given work included (round 37 / round 38); names "
          "as printed (round 38: a short name beside a longer one is not rewritten) — RULING? 5: read as a unit heading "
          "(rule 1), the item takes only the heading's bodies (accepted)")

plan(X04,
     title=N04,
     title_note="line 1 (printed again on line 3)",
     doc_no="沪建安专〔2023〕3号 (printed on line 5)",
     issuer="上海市安全生产委员会建设安全专业委员会 (the text prints no signature, only the date; the index names 上海市住房和"
            "城乡建设管理委员会, which hosts the committee)",
     date="2023-04-10",
     date_note="the notice is dated 2023年4月10日; the index gives the same date",
     level="a city committee (the construction-safety committee of Shanghai's work-safety commission), a notice on "
           "protecting gas pipelines during construction: the clients', builders' and gas companies' duties item by "
           "item, the supervising departments' duties, publicity",
     source=shanghai_source(FOLDER, N04 + ".md", PAGE + "327911d6c1594bc991ef5f1d70c493c2&siteId=0011", 2755),
     style="the title twice, the number, addressees ending with an ASCII colon 「各有关单位:」, a preamble; 一、 and 四、 "
           "childless points of one paragraph; 二、 with （一） (fullwidth) and (二) (ASCII) sentence headings 「A对…负…责任」 "
           "over run-in items 「1.查明地下管线资料。…」 (5 and 3), (二) with an unnumbered lead-in paragraph before its 1.; "
           "三、 with (一) 「(一) 各级…」 (a space after the bracket) and (二), each a heading line over one paragraph; 「一是…二是…」 "
           "inside 二/(二)/3; an ASCII 「;」 in 二/（一）/4; the date at the end, no signature",
     leaf_tasks=10, count_alternatives=[11, 12],
     leaf_tasks_by_section={"二、加强责任落实，防范燃气管线外损事故发生": 8, "三、强化统筹协调，全面筑牢燃气管线保护的坚固防线": 2},
     childless_top_level_sections=["一、提高政治站位，充分认识燃气管线保护的极端重要性", "四、加大宣传力度，形成燃气管线保护强大合力"],
     samples=[
        one(["二", "（一）", "1"], "建设单位", responsible_alternatives=[["建设单位", "施工单位"]],
            note=WORKH + "; 「工程开工前，建设单位应查明建设工程施工范围内地下管线的有关情况」 — 建设单位 given the work (查明): "
                 "responsible; 「工程开工前」 — " + EVENT),
        S(["二", "（一）", "2"], ["建设单位"], ["建设单位", "施工单位", "管线产权单位"],
          lead_alternatives=[[]], responsible_alternatives=[["建设单位", "施工单位"]],
          note=WORKH + "; 「建设单位应会同施工单位、管线产权单位制定地下管线保护方案」 — 「A会同B＋verb」 (rule 2): lead A (lead "
               "[] accepted), responsible A, B; 「如…涉及有争议的地下管线，或涉及深基坑…的工程，建设单位应委托第三方进行安全评估或组织"
               "专家论证」 — a case inside an item whose work is something else (rule 3): 第三方 and 专家 no units; " + NODATE),
        S(["二", "（一）", "3"], ["建设、施工、监理单位"], ["建设、施工、监理单位", "管线权属单位"],
          lead_alternatives=[[]],
          note=WORKH + "; 「建设、施工、监理单位在工程开工前应会同管线权属单位组织召开燃气地下管线保护工作专题会议」 — 「A会同B＋"
               "组织召开」 (rule 2): lead A (lead [] accepted), responsible A, B; 「建设、施工、监理单位」 — fields joined by 、 "
               "before one head are one name as printed (round 31); the unit-heading reading (建设单位, 施工单位) cannot be "
               "given beside a lead here (the scorer adds the lead to an accepted list), so it is not offered; 管线权属单位 "
               "as printed (the text also says 管线产权单位: no alias is rewritten, round 38); 「至管线权属单位…办理」 — a place "
               "of filing; 「工程开工前」 — " + EVENT),
        S(["二", "（一）", "4"], ["建设单位"], ["建设单位", "施工单位", "监理单位", "管线产权单位"],
          lead_alternatives=[[]], responsible_alternatives=[["建设单位", "施工单位"], ["建设单位"]],
          note=WORKH + "; 「建设单位应牵头组织施工单位、监理单位和管线产权单位进行管线现场交底」 — 「A牵头」 (rule 2): lead A; under a "
               "heading that gives out work the objects of 组织 given work (进行管线现场交底) are units (round 37 / round 38); "
               "「监理单位和管线产权单位」 — A和B are two names (round 34); 「施工单位应…进行复核，并配备地下管线专管员，负责落实交底…」 — "
               "施工单位 given work (under the heading; 专管员 is a person's role, never a unit, round 34); accepted: 建设单位, "
               "施工单位 (the unit-heading reading, or the pivot objects read as no units with 施工单位 as the subject of 负责) "
               "and 建设单位 alone (the closed list without the heading: 组织's objects no units, round 30); 「工程施工前」 — "
               + EVENT),
        one(["二", "(二)", "1"], "管道燃气经营企业", not_targets=[(5, "个工作日")],
            note=WORKH2 + "; 「管道燃气经营企业应及时提供燃气地下管线资料…。接受建设单位书面材料或…收到申请后5个工作日内出具…交底卡」 — "
                 "管道燃气经营企业 given the work; 建设单位 sends the material (an applicant, round 30: no unit); 「5个工作日内」 "
                 "— a limit counted from an event with no comparison word: the item's deadline rule, not a target (round "
                 "33), and no deadline (" + EVENT + ")"),
        S(["三", "(一)"], [], ["各级建设主管部门", "专业工程管理部门", "工程建设、施工、监理单位"],
          responsible_alternatives=[["各级建设主管部门", "专业工程管理部门"]],
          note=WORKH3 + "; heading 「各级建设主管部门和专业工程管理部门对管线建设和施工安全负监管责任」 — A和B two names (round 34; "
               "各 not shared), no 牵头 (lead []); text 「督促工程建设、施工、监理单位落实施工安全管理，依法查处…，参与…，协助…，对各建设"
               "施工单位、法人、项目经理、安全主管，开展管线保护培训」 — the object of 督促 given work (落实) is a unit under such a "
               "heading, one name as printed (fields sharing one head, round 31); the trainees after 对 (各建设施工单位, 法人, "
               "项目经理, 安全主管) are objects of training, not doers; accepted: the heading's two bodies alone; " + NODATE),
        S(["三", "(二)"], [], ["各级燃气管理部门", "燃气管理部门", "管道燃气经营企业"],
          responsible_alternatives=[["各级燃气管理部门", "燃气管理部门"], ["各级燃气管理部门"]],
          note=WORKH3 + "; heading 「各级燃气管理部门对燃气管线安全运行负监管责任」; text 「燃气管理部门要指导督促管道燃气经营企业落实"
               "安全管理责任。…要严格落实燃气工程隐患排查整治，…指导督促管道燃气经营企业制定事故应急预案，定期组织开展应急演练」 — "
               "燃气管理部门 (the subject of 落实 and of 组织开展, rule 2; printed without 各级, kept as printed) and the object of "
               "督促 given work (落实, 制定) 管道燃气经营企业; accepted: the departments alone (the pivot's object read as no "
               "unit, round 30) or the heading's body alone (the unit-heading reading); 定期 a rhythm of drills, not a "
               "sending (no duty); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 (「各单位要…做好燃气管线保护工作」: a general call, round 33; a 总体要求-like point with no doer) and "
            "四、 (「各单位要积极…持续开展燃气管线保护安全宣传教育普及」: a general call, 开展 without 组织) are childless top-level "
            "points with no rule-2 doer in a notice whose work is in numbered items: sections (round 36) — 11 accepted with "
            "四、 (work with no unit, round 40), 12 with 一、 too; 二、（一）1.–5. → 5, 二、(二)1.–3. → 3 (its lead-in paragraph "
            "「管道燃气经营企业要依法做好地下管线的运行、管理、巡视、保护工作。」 is no item: 做好 is no rule-2 verb, rule 4 gives "
            "nothing beyond the heading), 三、(一) (二) → 2 (each a heading line over one paragraph, childless) → **10**",
            "units: " + WORKH,
            "not sampled: 二/（一）/5 (「由施工单位提出申请，监理单位进行审核，建设单位进行审批。…由施工单位地下管线专管员进行现场交底…施工、"
            "监理单位…应加强…」 — by the work-heading reading 监理单位, 建设单位, 施工单位 and the one name 「施工、监理单位」, by "
            "the closed list nothing: 由A提出申请 is an applicant, the 专管员 a person, 进行 without 由 no rule-2 verb), "
            "二/(二)/2 (no subject: the dropped subject across the heading and the lead-in is not ruled) and 二/(二)/3 (「组织"
            "应急救援队伍进行抢修」 after 「在发现或接到…信息后」: a case or the item's own work, the team the company's own) — "
            "their answers turn on RULING? 5 and on readings no ruling gives; they are left out, said here",
            "dates: 1月1日 and 3月28日 (past accidents, in 一、), 工程开工前 / 工程施工前 / 动土作业前 / 收到申请后 (events), "
            "定期 (rhythms), 2023年4月10日 (the date); no item is dated; no phases",
            "duties: none — 「按规定及时向有关主管部门报告」 (二/(二)/3, an incident report a regulated party owes by statute, "
            "round 41: a statutory filing, no duty), 「报A备案」-like sendings none",
            "figures: 5个工作日内 (二/(二)/1, a limit from an event) — not a target; 「生命线」, 「丝毫不敢麻痹，时时放心不下」 "
            "quotations"])

write_collected(DIR)
