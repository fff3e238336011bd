# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next382/expected.json from the hand-written answers below.

This set is a BLIND never-tuned set of round 71 (built by helper c382, for round 72): never tune the parser on it (see
README.md). Only `line` and `title_starts` are looked up in the text (by expected_tools.locate); every answer was written
here by reading the text, with ../CONVENTIONS.md (its head, lines 1–101, and Rounds 90–105 read whole but for four stretches
the tool cut — see README.md "Exposures"; older rounds only through `grep`) applied to every item, and
/work/shared/plans-dev/EXPECTED.md (lines 1–60, read before the answers were written: its files 01–05 come from the same
source, converted by the same recipe). Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next382/make_expected.py tests/data/plans-next382
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub ZhouYNF/platform-1"
COMMIT = "2197df553eee3b0bc9989d91addadf2f4227fddc"
SQL = "db/ge_policy_raw20190217.sql"
RECIPE = ("the `content` HTML column of the row (table `ge_policy_raw`, a 2019 crawl of gov.cn policy pages) converted by a "
          "script with plans-dev 01–05's recipe (plans-dev EXPECTED.md, the same file at the same commit): every `<p>`/`<div>`/"
          "`<br>` ends a paragraph, paragraphs separated by one blank line, whitespace that only formats the HTML dropped, "
          "entities decoded, `&nbsp;` → space, empty paragraphs dropped; nothing else changed (the page's own 「（本文有删减）」 "
          "kept: gov.cn prints the document abridged)")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
CLOSED = ("outside articles a body is a unit only as the doer of a rule-2 form; the subject of any other verb (加强, 开展, 做好, "
          "把关, 进行检查, 制定, 履行) names none, whatever 要 stands before it (round 30's closed list; Round 100's first bullet)")
LIST_TEXT = ("the numbered lines under the item's lead-in are the cases / conditions / contents it announces, its text, not items: "
             "one task with its lead-in (round 35; Round 78's (b); Round 91 on x337_01 第六、七条; Round 92's governs on x311_02 — "
             "a noun lead-in over contents is text)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ABRIDGED = "the page prints the document abridged (「（本文有删减）」); only what is printed is read (round 48)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x382_01_guoban-1997-qingli-zhengdun-shehui-tuanti-yijian.txt"
T01 = "关于清理整顿社会团体的意见"
N01 = "国务院办公厅转发民政部关于清理整顿社会团体意见的通知"
DJ = "登记管理机关"
YW = "业务主管部门"

plan(X01,
     title=T01 + "（" + N01 + "）",
     title_note="the forwarded document's own title line (line 19) or the notice's title, printed over two lines (lines 1 and 3, "
                "one title, Round 94's governs on p66c): either (round 30's forwarding notice; Round 104's pair form on x373_01)",
     doc_no="国办发〔1997〕11号 (line 5)",
     issuer="国务院办公厅 (the cover's signature, line 13); the forwarded 意见 is 民政部's (line 21: 「（民政部　一九九七年一月二十八日）」)",
     date="1997-04-08",
     date_note="the cover is signed 一九九七年四月八日 (line 15); the forwarded 意见 is dated 一九九七年一月二十八日; the crawl's "
               "成文日期 field says 1997年04月08日",
     level="central (State Council General Office) forwarding a ministry's (民政部) nation-wide 意见 on the checking, clearing "
           "and rectifying of all registered social organisations, April 1997 – February 1998",
     source=(f"{REPO} @ {COMMIT}, {SQL}, row 50 (crawl_url http://www.gov.cn/zhengce/content/2018-12/02/content_5345293.htm) — "
             + RECIPE + "; 3,197 characters in the file"),
     style="a cover (addressees, the 转发 sentence 「…请结合本地区、本部门的实际情况，认真贯彻执行」, one unnumbered paragraph of the "
           "cover's own calls, signature, date, 「（本文有删减）」); the forwarded 意见's title and its author/date line; a preamble; "
           "一、指导思想 (one paragraph), 二、原则 （一）–（三） each a run-in heading line and a paragraph, 三、主要内容 with a lead-in and "
           "（一）–（六）, four of them over numbered lists (1.–5. 重点, 1.–10. with （1）–（3） conditions to keep, 1.–7. problems to "
           "rectify, 1.–3. grounds to revoke), 四、方法、步骤 with a lead-in (the span 1997年4月―1998年2月) and three dated stages "
           "（一）–（三） each a heading line and its work, 五、组织领导 with a lead-in and （一）–（三）; units only in prose "
           "(由A＋verb, A会同B), no bracket labels; no 附件",
     leaf_tasks=12, count_alternatives=[10, 11, 13, 14, 16],
     leaf_tasks_by_section={"一、指导思想": 0, "二、原则": 2, "三、主要内容": 6, "四、方法、步骤": 3, "五、组织领导": 1},
     childless_top_level_sections=["一、清理整顿工作的指导思想"],
     samples=[
        S(["二", "（二）"], [], [],
          note="「（二）从严的原则。登记管理机关、业务主管部门和挂靠单位都要从严把关，该取缔的要坚决取缔，该撤销的一定要撤销，该整改的要认真整改，"
               "该合并的必须合并。清理整顿期间，原则上暂停审批新的社会团体。」 — a principle that also binds the bodies to acts of "
               "their work (暂停审批 new registrations during the campaign; 坚决取缔, 撤销, 整改, 合并) is a task (Round 105's governs "
               "on x374_02 第五条; Round 93's turned x345_02 第三条), not p51e's bare stance (RULING? 1); " + CLOSED +
               " (把关, 取缔, 撤销 outside the list) → lead [], responsible []; " + NODATE + " (the campaign's span is printed once "
               "in 四's lead-in, not in the item)"),
        S(["二", "（三）"], [], ["各级民政部门"], lead_alternatives=[["各级民政部门"]], responsible_alternatives=[[]],
          note="「（三）统一归口登记的原则。社会团体统一由各级民政部门登记管理，其他任何部门无权予以登记和颁发证书。」 — 由A＋a verb of doing "
               "(登记管理) names A (rule 2), and a point that places the work on a named body designates it, a task (Round 91's "
               "turned x337_02 二、（一）; Round 105's x376_01 第三条) (RULING? 2: or a principle stating the regime, text); "
               + ONE_LEAD + "; none accepted; " + NODATE),
        S(["三", "（一）"], [], [],
          note="「（一）清理整顿的重点。登记管理机关、业务主管部门和挂靠单位要对近几年来社会团体在政治方向、业务活动、财务管理、组织人事、遵纪守法等"
               "方面的情况进行检查。重点是：1.…情况…5.财务活动和向社会集资等情况。」 — the check is the item's work; " + LIST_TEXT +
               " (RULING? 3: 「重点是：」 is a noun lead-in over what the check looks at); " + CLOSED + " (进行检查) → none; " + NODATE),
        S(["三", "（二）"], [], [],
          not_targets=[("50", "个"), ("10", "万元"), ("5", "万元"), ("210", "万元"), ("5000", "元"), ("70", "周岁")],
          note="「（二）符合下列要求的社会团体予以保留。1.遵守…2.有规范的名称。3.有50个以上的成员（基金会除外）。…6.…年龄一般不超过70周岁。…"
               "10.法人社会团体还应具备：（1）…（3）…应有10万元以上资金，…5万元以上资金，基金会基金数额不少于210万元人民币。非法人社会团体还应有"
               "…5000元以上的资金…」 — keeping the societies that meet the conditions is the item's work (予以保留, no subject: a task "
               "naming none, round 65's x274_01); " + LIST_TEXT + "; the figures describe the noun 社会团体 the work picks — 「符合"
               "下列要求的X，予以…：…N以上…」 is round 58's class form (Round 83's turned x311_01 第十条: 「有下列情形之一的X，应当…：（一）…超过N…的」 "
               "gives not_targets; Round 93's turned x346_02 第七条（四）: a figure in a line of a list of cases is no target), and 70 周岁 "
               "is also an age of persons (round 31's exception) → not_targets (RULING? 9); 两届, 一人 (Chinese numerals) unchecked; "
               + NODATE),
        S(["三", "（三）"], [], [],
          note="「（三）对存在下列问题的社会团体要进行整改。1.未依照章程开展业务活动的；…7.…的基金会。」 — " + LIST_TEXT + "; the rectifying "
               "(要进行整改, no subject) is the item's work, a task naming none; " + NODATE),
        S(["三", "（四）"], [], [],
          note="「（四）对宗旨、业务范围相同相似的社会团体，予以合并。」 — one sentence whose act (予以合并) has no subject: a task naming "
               "none (round 65's x274_01); " + NODATE),
        S(["三", "（五）"], [], [],
          note="「（五）对存在下列问题的社会团体予以撤销。1.…2.…3.在规定的时间内未达到整改要求的。」 — " + LIST_TEXT + "; 予以撤销 "
               "with no subject, a task naming none; " + NODATE),
        S(["三", "（六）"], [], [DJ], lead_alternatives=[[DJ]], responsible_alternatives=[[]],
          note="「（六）对未经核准登记，擅自以社会团体名义进行活动的，劝其停止活动；不听劝阻的，由登记管理机关责令解散。」 — the item's whole "
               "work is the response to the case it names (对X的: parties by what they do), and an item whose whole work is the "
               "response to a case takes A (round 30's clarification; Round 100's confirmed x124_03 四 「对…的，由A依法查处」); 由A＋"
               "责令 names A (rule 2); the nested 「不听劝阻的」 is the second step of that response, not a case inside other work "
               "(RULING? 4: or rule 3's contingency, none); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["四", "（一）"], [], ["社会团体"], targets=(), dl="1997年4―6月", dln="1997-06",
          lead_alternatives=[["社会团体"]], responsible_alternatives=[[]],
          note="「（一）第一阶段为社会团体自查阶段。」 then 「1997年4―6月，由社会团体根据清理整顿的规定和要求…进行自查并填写《清理整顿报告书》，"
               "…一并送交业务主管部门。…」 — a stage with its work written after its time is a phase and a task (CONVENTIONS.md "
               "round 33's stages; Round 81's plan C); 由A＋a verb of doing (进行自查, 填写) names A (rule 2): the self-inspection is "
               "owed work of the party the campaign regulates (Round 84's p61a-2; Round 99's x361_02 第十七条 「由施工单位依法投保」 "
               "named), not an applicant's request for a benefit (round 30) (RULING? 5); " + ONE_LEAD + "; none accepted; "
               "deadline the stage's end 1997年6月 (the span's last month, round 34); the societies' sending of their own report to "
               "the 业务主管部门 is a filing on their own matters, no duty (round 42)"),
        S(["四", "（二）"], [], [YW], dl="1997年7―9月", dln="1997-09",
          lead_alternatives=[[YW]], responsible_alternatives=[[]],
          note="「（二）第二阶段为业务主管部门审查阶段。」 then 「1997年7―9月，由业务主管部门…对所属社会团体情况进行审查并…提出保留、整改、合并、"
               "撤销的初审意见后，…一并送交社会团体登记管理机关。」 and 「基金会经业务主管部门初审，报经人民银行审核后送社会团体登记管理机关。」 (the "
               "unnumbered paragraph after it, its body, round 32) — a phase and a task; 由A＋审查 names A: the campaign's own review "
               "of all the societies it covers, the scheme's own work placed by 由 (Round 93's turned x345_01 第二十条; Round 97's "
               "governs on x358_02 第十条（一））, not a decision on one party's application (Round 85's x321_02) (RULING? 6); 经A初审 / "
               "报经B审核 without 组织 name none (Round 92's form); " + ONE_LEAD + "; none accepted; deadline 1997年9月; the "
               "department's sending of its 初审意见 is a duty (below)"),
        S(["四", "（三）"], [YW], [DJ, YW, "有关单位"], dl="1997年10月――1998年2月", dln="1998-02",
          lead_alternatives=[[]], responsible_alternatives=[[DJ, YW], [DJ]],
          note="「（三）第三阶段为登记管理机关审定与换发证书阶段。」 then 「1997年10月――1998年2月，由登记管理机关…进行审查，…作出审定结论。经审定作出"
               "保留结论的社会团体，由登记管理机关换发证书；对需整改的社会团体，业务主管部门要监督其改正；对撤销登记的社会团体，业务主管部门要会同有关单位"
               "处理好善后工作；对合并的社会团体，业务主管部门、登记管理机关要与有关部门协商…；对违法社会团体，民政、公安、国家安全、人民银行等有关部门要"
               "紧密配合，依法查处。」 — a phase and a task; clauses that divide the work by the class of society pick kinds of the "
               "work's objects, each naming its doer (Round 97's x353_02 第八条; Round 94's 「对X的，由A」 form): 由登记管理机关 (审查, "
               "换发) and 业务主管部门会同有关单位 (rule 2's 会同: lead 业务主管部门, responsible with its partner, Round 95's turned "
               "x347_02 第三条); 监督, 与…协商 name none (rule 2's list; a consultation, Round 95's x351_04 第七条); 「民政、公安、国家"
               "安全、人民银行等有关部门要紧密配合，依法查处」: 配合 with no doer in its own clause and 查处 outside the list name none "
               "(Round 100's first bullet: a 配合 partner only after such a doer) (RULING? 7); lead [] accepted; deadline 1998年2月"),
        S(["五", "（三）"], [], ["民政部"], lead_alternatives=[["民政部"]], responsible_alternatives=[[]],
          note="「（三）清理整顿工作结束后，登记管理机关和业务主管部门要做好检查验收。国务院各部委、各直属机构的社会团体管理机构和各省、自治区、直辖市社会"
               "团体登记管理机关要对清理整顿工作进行认真总结并将清理整顿情况报民政部，由民政部综合上报国务院。」 — 做好, 进行总结 name none "
               "(Round 100); 由A＋综合上报: compiling the lower levels' results into one's own report is the body's own work (Round "
               "93's x345_01 第十八条; Round 89's x331_01 四/（二） 汇总), so 民政部 is named and the 组织领导 point names a unit, a task "
               "(seeds lines 3–5: items that name a unit are tasks) (RULING? 8: or a sending naming none, Round 85's turned x322_04 "
               "第七条, and then no task under 组织领导); " + ONE_LEAD + "; none accepted; 「结束后」 a time from an event, " + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: the only figures of the text are the conditions of 三、（二）'s list (checked as not_targets on its "
                       "sample), the dates of the stages and the documents' dates",
     phases=[
        {"name": "社会团体自查阶段", "start": "1997-04", "end": "1997-06",
         "note": "四、（一） 「第一阶段为社会团体自查阶段」 with 「1997年4―6月」 (the stages counted by 四's lead-in 「具体步骤安排如下」)"},
        {"name": "业务主管部门审查阶段", "start": "1997-07", "end": "1997-09", "note": "四、（二） 「1997年7―9月」"},
        {"name": "登记管理机关审定与换发证书阶段", "start": "1997-10", "end": "1998-02", "note": "四、（三） 「1997年10月――1998年2月」"},
     ],
     duties=[
        {"what": "提出保留、整改、合并、撤销的初审意见后，连同社会团体填写的《清理整顿报告书》及有关文件材料，一并送交社会团体登记管理机关",
         "when": "1997年7―9月", "when_norm": "1997-09",
         "note": "四、（二） — a plan body sending the result of the work the plan gives it is a duty (round 48; Round 104's governs on "
                 "x371_03 第九条 over Round 89's x329_04), dated by its stage's end (RULING? 6)"},
        {"what": "对清理整顿工作进行认真总结并将清理整顿情况报民政部", "when": None, "when_norm": None,
         "note": "五、（三） — the ministries' societies offices and the provinces' registration bodies report their campaign's "
                 "results (round 48), after the work ends, undated"},
        {"what": "由民政部综合上报国务院", "when": None, "when_norm": None,
         "note": "五、（三） — a second sending by another sender to another receiver is a second duty (Round 102's x370_01 第三条), "
                 "undated"},
     ],
     notes=["counting (the lowest numbered items that carry text, plans-dev EXPECTED.md, read with the rulings): the cover "
            "(its 转发 sentence and its one unnumbered paragraph of calls, Round 102's governs on x370_02's cover) and the 意见's "
            "preamble no tasks; 一、指导思想 a childless section; 二、（一） 「“双重”负责的原则」 a principle of roles — 各司其职、各负其责、密切配合、"
            "切实做好 — naming no doer and no act of its own (p51e; Round 93's x344_01 二/2), no task; 二、（二） a task (acts beside the "
            "stance), 二、（三） a task (a designation); 三、's lead-in text, （一）–（六） six tasks, their numbered lists text (LIST_TEXT); "
            "四、's lead-in text (the span), （一）–（三） three tasks and phases; 五、's lead-in text, （一） 「各级登记管理机关和业务主管部门要…"
            "认真履行…职责，…制定…具体实施办法。业务主管部门要理顺…关系，明确各自的职责。…要通力合作…」 names no unit (履行, 制定, 理顺, 明确 outside "
            "rule 2; round 67's 履行) and under 组织领导 in a plan whose tasks name units it is no task (CONVENTIONS.md head; Round "
            "93's governs on x343_04), （二） 「…的地方，可成立清理整顿工作领导小组…」 an option (round 49 p46b), （三） a task → **12**. "
            "Accepted: 10 (二、 all stances, p51e), 11 (二、（三） text only), 13 (五、（一） a task: the plan's own step of drawing up "
            "implementing measures, Round 91's governs on x337_02 四、（一）), 14 (五、（一） and 二、（一） both tasks), 16 "
            "(三、（一）'s five lines items instead of one).",
            "units: only in prose; rule 2 read closed (headed points, not articles): 由A＋verb (二、（三）, 三、（六）, 四、（一）–（三）, 五、（三）), "
            "A会同B (四、（三））. The cover's 地方各级政府、各有关部门, 民政、公安、国家安全、人民银行等部门, 登记管理机关和业务主管部门 are the cover's "
            "calls (no task). Samples: all 12 tasks.",
            "dates: the stages' months (1997年4―6月, 7―9月, 1997年10月――1998年2月) date 四's three tasks; nothing else in the items "
            "is dated (the span 1997年4月―1998年2月 stands once in 四's lead-in; round 37: stages are phases, not a span for all items).",
            ABRIDGED])

# ---------------------------------------------------------------------------------------------------------
X02 = "x382_02_guoban-1996-dizhen-zhongdian-jianshi-fangyuqu-fangzhen-jianzai-yijian.txt"
T02 = "关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告"
N02 = "国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"
NOUNIT02 = ("a page that names no unit anywhere by rule 2 (CONVENTIONS.md head: in a plan that names no units at all every "
            "numbered leaf that gives work is a task, plans-dev 08): " + CLOSED)


def E(n, words, extra="", **kw):
    return S(["三", n], [], [], note=words + " — " + (extra + "; " if extra else "") + NOUNIT02 + " → lead [], responsible []; "
             + NODATE + " (「“九五”期间」 is the goal's span in 三's lead-in, not the item's)", **kw)


plan(X02,
     title=T02 + "（" + N02 + "）",
     title_note="the forwarded report's own title (lines 25 and 27, one title broken over two lines) or the notice's title (lines "
                "1, 3, 5, one title broken over three lines, Round 94's governs on p66c): either (round 30's forwarding notice; "
                "Round 104's pair form)",
     doc_no="国办发〔1996〕2号 (line 7)",
     issuer="国务院办公厅 (the cover's signature, line 19); the forwarded report is 国家地震局's (line 67)",
     date="1996-02-05",
     date_note="the cover is signed 一九九六年二月五日 (line 21; the crawl's 成文日期 field says 1996年02月05日); the report is dated "
               "一九九六年一月二十五日 (line 69)",
     level="central (State Council General Office) forwarding the State Seismological Bureau's report, approved by the State "
           "Council, fixing the country's key earthquake monitoring and defence zones and proposing the work of the 九五 period",
     source=(f"{REPO} @ {COMMIT}, {SQL}, row 20 (crawl_url http://www.gov.cn/zhengce/content/2018-12/24/content_5351713.htm) — "
             + RECIPE + "; 2,856 characters in the file"),
     style="a cover (addressees, the 转发 sentence, three unnumbered paragraphs of the cover's own calls to 各地、各部门 and 各级地震部门, "
           "signature, date, 「（本文有删减）」); the report's title (two lines), 「国务院：」, a preamble; 一、 and 二、 childless reporting "
           "sections (the zones fixed, the year's danger zones judged; past figures of earthquakes); 三、 with two goal paragraphs "
           "(「“九五”期间…的目标是：」, 「…基本具备抗御6级左右地震的能力…」), a lead-in 「为此，在地震重点监视防御区应切实抓好以下几方面工作：」 "
           "and （一）–（六）, then a trailing paragraph 「鉴于…这些地区也应按照上述精神认真做好防震减灾工作。」 and the closing request "
           "「以上意见如无不妥，请批转…」; the report's signature and date; no unit named by rule 2 anywhere; no 附件",
     leaf_tasks=5, count_alternatives=[6, 7, 8],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 5},
     childless_top_level_sections=["一、关于我国地震重点监视防御区的确定", "二、关于1996年度地震重点危险区的判定"],
     samples=[
        E("（一）", "「（一）进一步健全与完善防震减灾工作体系，充分发挥各级政府在防震减灾中的职能作用。在重点监视防御区要加强震情跟踪，抓好短临预报；"
                    "加强地震监测系统和地震应急及决策指挥系统的建设。」",
          "bare acts of the plan's bodies (健全, 加强, 抓好) give work (round 65's x274_01); 各级政府 stands inside the object of 发挥 "
          "(round 30: a body inside a noun's description)"),
        E("（三）", "「（三）进一步加强防震减灾立法工作，努力推进减轻地震灾害法的出台。各省、自治区、直辖市，特别是重点监视防御区所在地人民政府，也要抓紧地方的"
                    "防震减灾立法工作。同时，认真贯彻执行国家现有的法规并制定相应的实施细则，加强执法检查和监督。」",
          "the provinces' governments are the subject of 抓紧, outside the list"),
        E("（四）", "「（四）进一步加强工程场地地震安全性评价工作，…加强各类工程建设项目，特别是重大工程和重点监视防御区大中城市的抗震设防工作。各级政府、各有关"
                    "部门要严格从抗震设防标准、抗震设计和施工质量三个环节上把好关，切实提高我国重要工程和大中城市的抗震能力。」",
          "各级政府、各有关部门 the subject of 把好关, outside the list; 「三个环节」 counts the three links the sentence names, a "
          "figure with no comparison word naming a kind (round 30; Round 104's 四级 on x373_01; Round 102's 「四个一」)",
          not_targets=[("3", "个")]),
        E("（五）", "「（五）要认真贯彻执行国务院发布的《破坏性地震应急条例》，各地、各部门要抓紧完成或完善《破坏性地震应急预案》，落实应急机构及预警通讯系统，做好"
                    "必要的应急准备。有条件的地区，特别是地震重点监视防御区要进行地震应急演练。有关的大中城市应完成震害预测工作，并制定、实施相应的预防措施。」",
          "各地、各部门 is a general call, addressed to all without a kind, and names none even before rule 2's 落实 (CONVENTIONS.md "
          "round 30 clarifications), 落实 here staffing the work with bodies and systems (Round 90's staffing form); 有条件的地区 and "
          "有关的大中城市 are places with no head, no body (Round 83's x315_01 第二十条; Round 91's x339_01 第八条), 实施 after them "
          "naming none"),
        E("（六）", "「（六）要进一步加强防震减灾宣传教育，提高全社会的防震减灾意识和自觉性。在重点监视防御区，要使防震减灾知识家喻户晓。要特别注意加强大中小学的"
                    "防震减灾知识教育。我局将尽快向各地、各部门提供防震减灾宣传教育大纲和科普材料。」 and the trailing 「鉴于…未划入地震重点监视防御区的地区"
                    "…也应按照上述精神认真做好防震减灾工作。」",
          "the trailing paragraph gives work and is the last item's body (round 32; Round 91 on x337_02); 我局 (the issuer speaking "
          "of itself, round 30) is the subject of 提供, outside the list; 各地、各部门 receive"),
     ],
     plan_targets=[],
     plan_targets_note="none: 三's goal 「…基本具备抗御6级左右地震的能力」 names the class of earthquake the cities are to withstand (a "
                       "magnitude naming a kind, round 58's class; 左右 no comparison word), and the other figures are past "
                       "outturns or report (一、, 二、: 7级, 48次, 19次, 7.3级, 33次, 18次, 1.8倍) or spans (10年, 九五) — unchecked",
     phases=[],
     duties=[],
     notes=["counting: the cover's three unnumbered paragraphs of calls (各地、各部门要…, 各级地震部门要…, 各地、各部门…要尽早组织开展…) are "
            "sentences of the issuing notice, no numbered items (Round 102's governs on x370_02's cover: the cover notice is "
            "excluded, plans-dev EXPECTED.md); the report's preamble no task; 一、 and 二、 childless sections that report what the "
            "bureau fixed and judged (no work; CONVENTIONS.md head); 三、 has numbered children, its goal paragraphs and lead-in text; "
            "（一）, （三）–（六） tasks; （二） 「为使防震减灾工作与国民经济和社会发展相同步，防震减灾各个环节的工作和措施，要在中央和地方的国民经济和社会发展"
            "规划、计划中得到充分的体现。」 states only the state the plans are to be in (得到体现, passive; no act printed): text (Round "
            "87's governs on x328_03, its state-only line; Round 83's x313_02 四、) (RULING? 10) → **5**. Accepted: 6 ( （二） a task), "
            "7 and 8 (every numbered leaf and the childless 一、／二、 read by plans-dev 08 alone).",
            "units: none anywhere by rule 2 — the bodies printed are general calls (各地、各部门), places (有条件的地区, 有关的大中城市, "
            "所在地), subjects of verbs outside the list (各省…人民政府 抓紧; 各级政府、各有关部门 把好关; 我局 提供) or inside nouns (各级政府 "
            "in 发挥…职能作用). Samples: all 5 tasks.",
            "dates: none in the items; the cover 1996-02-05 and the report 1996-01-25 only; 「“九五”期间」 is the goal's span in 三's "
            "lead-in (a goal stated once before the items dates none of them, rounds 37, 39). No phases, no duties (「我局将…提供…大纲"
            "和科普材料」 hands out materials, no report).",
            ABRIDGED])

write_collected(DIR)
