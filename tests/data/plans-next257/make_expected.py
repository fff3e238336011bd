# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next257/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 51 (built by helper c257): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 56 rulings",
"Round 57 rulings, written early" and "Round 58 rulings" included) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next257/make_expected.py tests/data/plans-next257
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb (开展, 加强, 做好, 推进, "
          "作出, 使用, 报送 …) is not a unit; round 44 (decided) reads any verb of doing only in 第X条 articles, and round 45 "
          "keeps headed points out of it")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CALL = ("各单位 is a general call (round 33: 各单位／有关单位／相关单位 name no kind; round 41: 各…单位 forms), no unit with "
        "any verb")
CARRY = "round 34: an elided subject carries over inside one paragraph"
HEADED = ("round 34 (written early) and round 51 (p47b): in a notice of headed points a childless point whose text gives "
          "work — a rule-2 doer, or an instruction 「要…」「应…」 with no doer — is a task")
NOUNIT_TASK = ("round 40: an item naming no unit in a plan with units elsewhere is a task where it gives work (a count "
               "without it accepted)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x257_01_shi-anweiban-2021-xuexi-xuanguan-anquan-shengchan-fa-tongzhi.txt"
N01 = "上海市安全生产委员会办公室上海市应急管理局关于认真学习宣传贯彻《中华人民共和国安全生产法》的通知"
DEPTS = "各有关部门"
KIND_DEPTS = ("各有关部门 is a kind, a doer with a rule-2 verb (rounds 32, 33; round 58 turned: only 「各有关部门、单位」 with the "
              "catch-all is a call)")
PERSONS = "主要领导同志／主要负责人 are persons, never units (round 30; round 34: 主要负责人)"

plan(X01,
     title=N01,
     title_note="the notice title (line 1)",
     doc_no="沪安委办〔2021〕36号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市安全生产委员会办公室 and 上海市应急管理局 (two signatures on one line; the index lists 上海市应急管理局)",
     date="2021-10-18",
     date_note="the notice is dated 2021年10月18日 (the index the same); the revised law passed on 2021年6月10日 and took "
               "effect on 2021年9月1日 (facts of the preamble)",
     level="a city office and bureau (Shanghai's work-safety committee office and emergency management bureau), a notice on "
           "studying, publicising and carrying out the revised Work Safety Law: four headed points, three of them with "
           "numbered items",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=fd7f4d19de5c4e14838227a8bbb280c6&siteId=0037", 2841),
     style="addressees 「各区安委会、市安委会各成员单位，各区应急管理局，中央在沪及地方国有企业等单位：」 and a preamble; four "
           "headed points 一、–四、 as heading lines, no blank lines between paragraphs; 一、 childless (one paragraph); 二、 a "
           "lead-in paragraph, （一）–（五） 「（一）贯彻新思想、新理念。增加了…」 stating what the revised law added, and a "
           "closing paragraph; 三、 （一）（二）, 四、 （一）–（三） with run-in headings 「（一）广泛开展宣传。要…」; the two "
           "signatures on one line, the date and a contact line with a person's name and phone numbers",
     leaf_tasks=7, count_alternatives=[6, 5, 11, 10],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 2, "四、": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=HEADED + ": 「各单位要充分认识…重大意义，…采取切实有力的措施，认真做好新《安全生产法》学习宣传贯彻实施工作」 is an "
               "instruction 「要…」 in a point the plan counts among its points (round 44: 「各街镇要充分认识…重要性」 as a point of "
               "its own is a task, the count without it accepted) — RULING? 1; " + CALL + "; 做好 is no rule-2 verb: " + NONE
               + "; " + NODATE),
        S(["二"], [], [],
          note="（一）–（五） 「增加了…」「增设了…」「明确了…」「压实了…」 state what the revised law added — a list of what a "
               "document contains, text, not items (round 37; round 49's x230_04: a list of what to publicise is no items, "
               "the point one task where its own words give work) — RULING? 2; the point's own words give work: the lead-in "
               "「各单位要…重点加强对新修改内容的学习宣传」 and the closing 「各单位要深刻领会…，推动各项制度的贯彻执行」 (instructions "
               "「要…」, " + NOUNIT_TASK + "); （三）'s 「要求各类生产经营单位落实…」 and （五）'s 「监管部门可以按日连续处罚」 report "
               "the law's content, no work of the plan's bodies; " + CALL + ": " + NONE + "; 「约占原来条款的三分之一」 a "
               "description of the law, not checked; " + NODATE),
        S(["三", "（一）"], [], [],
          note="subjectless instructions 「要把…作为…」「要充分利用…开展集中宣传」「要坚持…」「要推进…“五进”活动」 give work: a "
               "task naming no unit (" + NOUNIT_TASK + "); 开展, 利用, 推进 are no rule-2 verbs (" + CLOSED + "): " + NONE
               + "; 「八五」「五进」 are names, no figures; " + NODATE),
        S(["三", "（二）"], [], [DEPTS], lead_alternatives=[[DEPTS]],
          note="「各有关部门要认真组织学习新《安全生产法》」 — 组织＋work (round 34; round 43: 组织 whatever its object): "
               + KIND_DEPTS + "; 「要有计划地组织本行业、领域、系统内生产经营单位的学习培训」 — " + CARRY + " (the same "
               "各有关部门); the units inside 「…生产经营单位的学习培训」 describe the training (round 30), no units; 「各级党委、"
               "政府主要领导同志…要带头学习」「生产经营单位的主要负责人要…组织开展覆盖全员的学习培训」 — " + PERSONS + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）"], [], ["生产经营单位"], lead_alternatives=[["生产经营单位"]],
          responsible_alternatives=[["生产经营单位", DEPTS]],
          note="「生产经营单位要…及时制定、完善…规章制度和操作规程，落实全员安全生产责任制」 — 落实 (rule 2), a regulated party "
               "named by a kind (round 34: rule 2 does not ask who the body is; round 54's trade enterprises): a doer; 「各有关"
               "部门要…研究制定落实新《安全生产法》的相关配套制度措施」 — the verb is 研究制定 (no rule-2 verb), and 落实 stands "
               "inside the description of the measures (「落实…的…措施」, round 30's noun description; round 33: 落实 not the "
               "clause's verb) — " + DEPTS + " no unit by it (accepted beside, the 落实-as-verb reading); " + ONE_LEAD + "; "
               + NODATE),
        S(["四", "（二）"], [], [], responsible_alternatives=[[DEPTS]],
          note="「各有关部门要按照“三个必须”的要求，强化监管责任落实，形成监管合力」 — 落实 is the object noun of 强化 (round 33: "
               "落实 as a noun gives no doer), and no X's 责任 is named to designate (rounds 46, 50 name the party in 「落实／压实 "
               "X的（主体）责任」) — RULING? 3 (" + DEPTS + " accepted); the rest 「要将…作为…重点内容，完善监督检查计划」「要…"
               "建立健全刑行衔接制度，加大…追究,强化…追责问责」 — no rule-2 verb (" + CLOSED + "): " + NONE + "; 「今后」 and "
               "「事故前／事故后」 date nothing; 「三个必须」 a name; " + NODATE),
        S(["四", "（三）"], [], [], dl="12月31日前", dln="2021-12-31",
          note="「要加强…督促和指导」 (subjectless, 加强 no rule-2 verb), 「各单位要认真总结、报道…，建立完善宣贯工作台账」 (" + CALL
               + "), 「请各区应急局于12月31日前，将本单位的学习宣传贯彻情况报送市应急局」 — a sending names no doer (round 48 "
               "governs: a sending under 由 or 请 is no doer; round 30: the verb after 请A decides): " + NONE + "; deadline: "
               "the only date is the sending's, and the thing sent — the bureau's 学习宣传贯彻情况, what the item's own "
               "「认真总结」 sums up — is the result of the item's one-off work (round 49 p46c: 「于X前将…工作总结报送…」), so "
               "it is the item's deadline too — RULING? 4; the year from the notice's date 2021年10月18日 (EXPECTED.md: a year "
               "left implicit is the plan's) → 2021-12-31; 「纳入年度工作考核」 names a yearly programme, no date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "请各区应急局于12月31日前，将本单位的学习宣传贯彻情况报送市应急局", "when": "12月31日前",
              "when_norm": "2021-12-31",
              "note": "四、（三）: a one-off dated sending the notice asks of the bodies it tasks is a dated duty (round 43 "
                      "turned; round 42's dated sending); the year is the notice's (2021)"}],
     notes=["counting: the preamble no task; 一、 childless, an instruction 「各单位要…认真做好…工作」 → 1 (RULING? 1; without "
            "it accepted); 二、 one task, its （一）–（五） the law's content, text (RULING? 2), its lead-in and closing "
            "paragraph its own words → 1; 三、 （一）（二） → 2; 四、 （一）–（三） → 3 → **7**. Accepted: 6 (without 一、), 5 "
            "(without 一、 and 二、: 二、 read as no work, its instructions to 各单位 a call), 11 (二、's （一）–（五） as five "
            "items, the leaf count), 10 (the same without 一、).",
            "units: 各有关部门 with 组织 (三、（二）), 生产经营单位 with 落实 (四、（一）); general calls 各单位 throughout; persons "
            "(主要领导同志, 主要负责人, 黄誉) never units; 各区应急局 only sends (a duty); the addressees 各区安委会、市安委会"
            "各成员单位… only in the address line",
            "dates: 2021年6月10日 / 2021年9月1日 (the law's, preamble facts), 2021年10月18日 (the signature), 12月31日前 (四、"
            "（三）, the sending's and the item's date, 2021); 今后, 年度 (no date); no phases",
            "figures: none are targets — 三分之一 (a description of the law), 第十三届 / 第二十九次 (ordinals in names), 八五, "
            "五进, 三个必须 (names), 《刑法修正案（十一）》, phone numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x257_02_shi-zaixianpuban-2021-ziran-zaihai-fengxian-pucha-xuanchuan-tongzhi.txt"
N02 = "上海市第一次自然灾害综合风险普查领导小组办公室关于进一步加强自然灾害综合风险普查宣传工作的通知"
GROUP = "各区灾险普查领导小组（办公室）"
MEMBERS = "各成员单位"
CENSUS_OFFICE = "市灾险普查办"

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪灾险普办〔2021〕9号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市第一次自然灾害综合风险普查领导小组办公室 (signature over two lines; the index lists 上海市应急管理局)",
     date="2021-10-12",
     date_note="the notice is signed 2021年10月12日; the index and the stored front matter give 2021-10-14 (publication)",
     level="a city leading group's office (Shanghai's first natural-disaster risk census), a notice on the census's "
           "publicity: four headed points of work, monthly reports, an attached survey form",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=aa562d1147214d679b802b32db003c74&siteId=0037", 2508),
     style="addressees and a preamble (「 (以下简称普查) 」 with ASCII brackets and spaces); four headed points 一、–四、 as "
           "heading lines over one paragraph each, no numbered children, no blank lines between; 三、's paragraph broken by "
           "a line break inside a download link; the 「附件：」 line, the signature over two lines, the date, a contact line "
           "ending 「链接：」; then 「附件」 — a survey form flattened to one cell a line (field names, no numbered rows)",
     leaf_tasks=4, count_alternatives=[3],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [GROUP, MEMBERS], responsible_alternatives=[["各区灾险普查领导小组", MEMBERS]],
          note=HEADED + "; 「各区灾险普查领导小组（办公室）、各成员单位要深入贯彻落实…精神，…要求，高度重视，精心组织普查宣传工作」 — "
               "落实 is rule 2's whatever its object (round 49 p46d) and 组织＋work (round 34: 组织宣传工作): two doers, in "
               "printed order; the bracket 「（办公室）」 names the group's own office and stays with the name (round 34: a "
               "bracket after a name stays; round 42: a bracket naming a section of the same body stays as printed; the name "
               "without it accepted); 各成员单位 is a group named by a kind (round 35: 「各成员单位按照责任分工落实」 a doer, as "
               "printed); the groups exist before this notice (round 36: bodies set up earlier are doers); 「要积极与新闻宣传"
               "部门沟通协调，…落实宣传单位,做好统筹、组织、实施等工作」 — the liaison partner is no unit (round 38: 「与A对接」), "
               "组织／实施 as objects of 做好 are nouns (round 48: 「做好组织工作」); no 牵头: lead [] (round 30); " + NODATE
               + " — RULING? 5 on the count (高度重视 as a call, round 49: 3 accepted)"),
        S(["二"], [], [], [(2, "篇")],
          note=HEADED + "; 「为贯彻落实６月22日…会议…的要求」 — 落实 inside a 为 clause states the aim and names no doer (round 55's "
               "x244_02); 「各区灾险普查领导小组（办公室）、市灾险普查领导小组各成员单位要…作出周密安排，…开展多种形式的宣传活动，"
               "…每月报送…」 — 作出, 开展, 报送 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; target: 「每月报送不少于2篇"
               "的宣传报道」 — 不少于 (round 30's line; round 47: a floor on what the item must make or hand in is its standard) "
               "→ 2篇; 「６月22日」 dates a past meeting inside the aim's description, no deadline; 「每月」 a rhythm (round "
               "34): " + NODATE),
        S(["三"], [], [], not_targets=[(2021, "")],
          note=HEADED + "; 「…要使用好…产品…，发挥主观能动性，设计开发…宣传产品，做好宣传品的发放使用。要充分调动…，集中开展宣传"
               "产品投放工作…。要及时填报《…汇总表》（附件），于每月底前报送至市灾险普查办」 — 使用, 设计开发, 做好, 调动, 开展, "
               "填报, 报送 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; 「国务院普查办、市灾险普查办提供的…产品」 — "
               "bodies inside a noun's description (round 30); 「提取码：2021」 — a download code, a name with digits "
               "(EXPECTED.md: names containing digits are not targets), no figure; 「每月底前」 is a rhythm (round 34: "
               "recurring dates are no deadline): " + NODATE),
        S(["四"], [], [],
          note=HEADED + "; 「各区灾险普查领导小组（办公室）、市各成员单位要加强对…宣传工作的督促指导，及时掌握…，分析评价…，并向"
               "市灾险普查办报告有关情况」 — 加强, 掌握, 分析评价 are no rule-2 verbs and a sending names no doer (" + CLOSED
               + "; round 48); 「市灾险普查办将对…开展阶段性分析评估，适时通报有关情况」 — 开展, 通报 outside rule 2 (round 55's "
               "x250_01: 通报): " + NONE + "; 「阶段性」「适时」 date nothing: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "自本通知发布起每月报送不少于2篇的宣传报道（图文或视频）至市灾险普查办", "when": "自本通知发布起每月",
              "when_norm": "monthly",
              "note": "二、: a standing rhythm of reporting to the issuing office is a duty, whoever sends it (round 40; round "
                      "41: a report named by its rhythm)"},
             {"what": "要及时填报《第一次自然灾害综合风险普查宣传情况汇总表》（附件），于每月底前报送至市灾险普查办",
              "when": "每月底前", "when_norm": "monthly",
              "note": "三、: the attached summary form sent each month to the issuing office — a monthly duty (round 40; round "
                      "34: 每月底前 is a rhythm)"},
             {"what": "并向市灾险普查办报告有关情况", "when": None, "when_norm": None,
              "note": "四、: a report sent to inform the issuing office (rounds 35, 44), undated"}],
     notes=["counting: the preamble no task; 一、–四、 each a childless headed point that gives work (" + HEADED + ") → **4**. "
            "Accepted: 3 (一、 read as a call 「高度重视」 with no work of its own, round 49 — RULING? 5). The 附件 (a survey "
            "form of field names, flattened) is after the 「附件：」 line: no tasks, no attachment rows (EXPECTED.md).",
            "units: only 一、 names doers by rule 2 (贯彻落实, 精心组织); 二、–四、 give the same groups work by verbs outside rule "
            "2 (开展, 报送, 加强; headed points are no articles, round 45); the liaison partner 新闻宣传部门, bodies in descriptions "
            "(国务院普查办、市灾险普查办提供的…) and the issuer's office with 开展／通报 are no units; the person in the contact line "
            "is none",
            "dates: ６月22日 (a past meeting), 2021年10月12日 (the signature), 每月 / 每月底前 (rhythms), 阶段性 / 适时 (no date); no "
            "deadline, no phases",
            "figures: target 不少于2篇 (二、); not targets 2021 (提取码), 国灾险普办发〔2021〕11号 (a document number), the link's "
            "letters and digits, the phone number"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x257_03_shi-jiaotongwei-2021-huangpujiang-neihe-chuanbo-wuranwu-mianfei-jieshou-tonggao.txt"
N03 = "关于上海港黄浦江下游段内河船舶污染物实行免费接收服务的通告"
POINT = "固定接收点"
MGMT = "相应管理部门"

plan(X03,
     title=N03,
     title_note="the notice title (line 1, printed again on line 3)",
     doc_no="沪交发〔2021〕31号 (printed on line 5; the index prints 「沪交发 〔2021〕31号」 with a space)",
     issuer="上海市交通委员会 with 上海市绿化和市容管理局 and 上海海事局 (signed 市交通委, 市绿化市容局, 上海海事局, one a line; the "
            "index lists 上海市交通委员会)",
     date="2021-08-25",
     date_note="the notice is signed 2021年8月25日; the index gives 2021-08-26 (publication); the service starts 2021年9月1日",
     level="three city bodies (Shanghai's transport commission, greening and city-appearance bureau, maritime bureau), a "
           "public notice of a free reception service for inland ships' waste on the lower Huangpu: the service's area, "
           "users, content and manner, requirements on ships and operators, supervision and phones",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9ef2cd1740f04c3a8f73bbe18eed9c8c&siteId=0010", 1590),
     style="the title twice, the document number, addressees 「各有关单位：」 and a preamble 「…自2021年9月1日起，…开展…服务，具体"
           "事项如下：」; seven headed points 「一、服务水域范围：…」–「六、监督检查：…」 as run-in unit-less field lines over one "
           "paragraph each, 「七、监督电话」 over phone lines; 「特此通告。」, the 「附件：」 line, three signatures one a line, the "
           "date; then 「附件」 接收服务联系方式 with 一、 二、 （一）–（三）; blank lines between all lines",
     leaf_tasks=3, count_alternatives=[2, 6],
     leaf_tasks_by_section={"四、服务方式": 1, "五、相关要求": 1, "六、监督检查": 1},
     childless_top_level_sections=["一、服务水域范围", "二、服务对象", "三、服务内容", "七、监督电话"],
     samples=[
        S(["四"], [], [POINT], lead_alternatives=[[POINT]], responsible_alternatives=[[]], not_targets=[(24, "小时")],
          note="「船舶也可选择向固定接收点交投污染物，由固定接收点开展污染物处置」 — 由A＋a verb of doing (round 34) names the "
               "receiving point the doer; a site made an actor is a body (round 37: 处置场所、中转分拣场所; round 36: 码头); "
               "可 is the ships' option and reaches their own verbs (round 40), not the 由 clause's own agent — RULING? 6 (none "
               "accepted, the option reading); so the point gives work and is a task (round 53's x243_03: 由A收购 in a point "
               "of the scheme; the count without it accepted); 「作业船舶通过巡航为靠港船舶提供流动接收服务」 — 提供 is no rule-2 "
               "verb; " + ONE_LEAD + "; 「提前24小时预约申报」 — a ship's booking counted before an event with no comparison "
               "word: a rule for the user and a time from an event (round 33), not a target; 「两种方式」 names the kinds; "
               "the service is standing, started 「自2021年9月1日起」: " + NODATE),
        S(["五"], [], [], responsible_alternatives=[["被接收船舶"]],
          note="「各相关船舶应按规定配备、使用防污染设备设施，并向海事管理机构报告…」 — no rule-2 verb, and the ships' report to "
               "the authority is a regulated party's filing (round 41), no duty; 「被接收船舶应配合做好船舶污染物接收工作」 — "
               "配合做好 with a subject of its own makes a doer (rounds 44, 46, 54), but a ship is a thing as subject (round "
               "41: 「每个维保楼宇应定期组织」), not a body named by a kind — RULING? 7 ([被接收船舶] accepted); 「接收作业单位要"
               "…开展接收服务，并将污染物送交…单位进行转运和处置」 — 开展 and 送交 (things handed over, no report) are no rule-2 "
               "verbs (" + CLOSED + "): " + NONE + "; the point gives work by 应／要 (" + HEADED + "); 「不得…」 a "
               "prohibition inside the point; " + NODATE),
        S(["六"], [], [MGMT], lead_alternatives=[[MGMT]],
          responsible_alternatives=[["市绿化市容部门", "海事管理机构", MGMT]],
          note="「市绿化市容部门重点开展…的监管；海事管理机构重点开展…的监管」 — 开展 is no rule-2 verb (" + CLOSED + "; 监督检查 "
               "names no duty word, so it is no work heading: round 42's 「监督管理」 alone) — the two bodies accepted beside, "
               "the article reading; 「凡发现违法、违规行为，依法由相应管理部门予以查处」 — a 「…的，由A…」 step after a case inside a "
               "point whose work is wider is the point's own step (round 42; round 45: 「对未履行…的企业，由相关部门依法给予行政"
               "处罚」 → 相关部门), and 相应管理部门 is a kind (管理部门; round 33: 相关部门 a kind) — responsible; " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、服务水域范围, 二、服务对象, 三、服务内容 are fields — where, on whom, on what "
            "the service bears (round 44), no tasks; 七、监督电话 only lists phones (round 52's x236_01 九、), a field; 四、 "
            "(由固定接收点开展…), 五、 (应／要), 六、 (监管; 由相应管理部门予以查处) give work → **3**. Accepted: 2 (四、 read as a "
            "field of how the service is given, round 49's 活动方式), 6 (一、–六、 each as a point). The attachment "
            "(contacts, 一、 二、 （一）–（三）) is after the 「附件：」 line: no tasks.",
            "units: 固定接收点 (由A开展, 四、), 相应管理部门 (由A予以查处, 六、); ships (各相关船舶, 被接收船舶, 作业船舶) as things "
            "(RULING? 7), 接收作业单位 and the two supervising bodies with 开展 (no rule-2 verb in headed points, round 45); "
            "海事管理机构 as the receiver of the ships' reports (rule 3); the bodies in brackets after the phone numbers are "
            "none",
            "dates: 自2021年9月1日起 (the standing service's start, no span of work), 2021年8月25日 (the signature), 提前24小时 "
            "(a booking before an event), 每日0800-1600 / 全天24小时 (the attachment's hours); no deadline, no phases; no duty "
            "(the ships' reports to the maritime authority are a regulated party's filings, round 41)",
            "figures: not targets 24小时 (四、), the phone numbers, 500米 and 0800-1600 (the attachment), S32 (a name)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x257_04_shi-shuiwuju-2021-da-yongshuihu-jieshui-guanli-tongzhi.txt"
N04 = "关于加强本市大用水户节水管理的通知"
USERS = "各大用水户"
WATER = "市区两级水务主管部门"
SUPPLY = "供水企业"
ARTICLE = ("round 45: headed points are no articles — the closed-list reading is the answer and the article reading (the "
           "subjects of any verb of doing) is accepted beside it (`responsible_alternatives`)")
GOALS = ("三、具体目标's years 2021年／2022年／2023年 are the goals' dates (round 44 decided: a goal date stated in a 目标 "
         "section is not every item's deadline)")

plan(X04,
     title=N04,
     title_note="the notice title (line 1, printed again on line 3)",
     doc_no="沪水务〔2021〕545号 (printed on line 5)",
     issuer="上海市水务局 with 上海市经济和信息化委员会, 上海市教育委员会, 上海市商务委员会, 上海市卫生健康委员会 and 上海市机关事务"
            "管理局 (six signatures, one a line; the index lists 上海市水务局)",
     date="2021-08-25",
     date_note="the notice is dated 2021年8月25日 (the index the same)",
     level="six city commissions and bureaus (Shanghai), a notice on water saving by large water users: principles, scope, "
           "goals for 2021–2023 and six measures",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=30a01c1aef8d40598953994076993ade&siteId=0004", 2132),
     style="the title twice, the document number, addressees 「各区水务局、区经委（商务委）、区卫生健康委、区机管局，供水企业、各大"
           "用水户：」, a preamble; headed points 一、总体原则, 二、管理范围, 三、具体目标 (three paragraphs opening with a year), "
           "四、主要措施 with （一）–（六） heading lines 「（一）实行“一企一策”管理」 over one paragraph each; 「特此通知。」, the "
           "「附件:」 line (ASCII colon; the list of users is not printed), six signatures, the date; blank lines between all "
           "lines",
     leaf_tasks=6, count_alternatives=[9],
     leaf_tasks_by_section={"四、主要措施": 6},
     childless_top_level_sections=["一、总体原则", "二、管理范围", "三、具体目标"],
     samples=[
        S(["四", "（一）"], [], [], responsible_alternatives=[[USERS, WATER]],
          note="「各大用水户需…定期开展水平衡测试，…开展企业用水审计…」 — 开展, 推动, 推进 are no rule-2 verbs; 「市区两级水务主管部门"
               "应强化用水定额管理，促使大用水户…进行对标整改」 — 强化, 促使 no rule-2 verbs (" + CLOSED + "): " + NONE + "; "
               + ARTICLE + "; 「各大用水户应做好每月节水数据统计…，并按时上报至市区两级水务主管部门」 — a party's monthly report on "
               "its own water saving to the department that administers it is a filing, not a duty (round 41; round 57's "
               "x252_01: a party's report on itself) — no duty; 「定期」「每月」 are rhythms (round 34): " + NODATE),
        S(["四", "（二）"], [], [USERS], lead_alternatives=[[USERS]],
          responsible_alternatives=[[USERS, "市区水务、经信、教育、卫健、机关事务、商务等部门"]],
          note="「各大用水户是开展节水型载体创建的责任主体，应…组织开展节水型载体创建工作」 — a designation (round 34: 「X的责任主体"
               "为A」; round 33: 「物业服务企业为责任主体」) and 组织开展 (rule 2): 各大用水户, defined in 二、 as 「年用水量50万立方"
               "米以上的企业和单位」, a kind of body (round 34: 企业; round 54), a doer as printed; 「市区水务、经信、教育、卫健、"
               "机关事务、商务等部门协调推进…创建工作」 — fields closed by a shared head are one group as printed (round 42 "
               "continued), and 协调推进 is no rule-2 verb (round 30: 协调 is not; " + CLOSED + ") — accepted beside (the "
               "article reading); 「依托…联席会议制度」 names a mechanism, no body; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（三）"], [], [WATER, SUPPLY],
          note="「市区两级水务主管部门和供水企业应结合…，深入推进实施大用水户的定额（计划）用水管理，…同步落实新一轮水价改革政策」 — "
               "实施 read where it stands as the clause's verb, a verb before it included (round 57's x251_04 「拓展实施」; "
               "round 34: modifiers between allowed) and 落实 (rule 2): doers; 「A和B」 with a whole body name on each side is "
               "two names (rounds 34, 35); 「市区两级」 levels before one head keep one name as printed (round 30: 「市、区X部门」; "
               "round 41: 「县乡两级」); 供水企业 a kind (round 54: a trade's enterprise); no 牵头: lead [] (round 30); "
               + NODATE),
        S(["四", "（四）"], [], ["市区供水企业"], lead_alternatives=[["市区供水企业"]],
          note="「市区供水企业应对大用水户全面实施远传表更换工作」 — 实施 (rule 2): a doer, as printed (levels before one head, "
               "round 30); 「并将实时在线数据上报给市区两级水务主管部门共享」 — a body the plan tasks sending information (a "
               "duty, undated, rounds 40, 44), no doer by it (round 48); 「大用水户均需纳入…名录」 (a thing listed, no doer), "
               "「水务主管部门要做好…监管工作，…做好主动服务和及时告知」 (做好 no rule-2 verb), 「大用水户…应做到及时排摸和整改」 "
               "(做到 no rule-2 verb); " + ONE_LEAD + "; 「实时」「及时」 date nothing: " + NODATE),
        S(["四", "（五）"], [], [],
          note="「鼓励在公共机构、高耗水工业企业等领域推进实施合同节水管理」 — 鼓励 names no doer and has no subject (round 40; "
               "round 49 p46d); 「大用水户可结合…选择合同节水管理模式」 — 可, an option (round 40); 「相关行业部门要加大…宣传力度、"
               "宣贯有关政策和技术标准」 — 加大, 宣贯 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; the point still gives "
               "work by 要 (" + NOUNIT_TASK + "); " + NODATE),
        S(["四", "（六）"], [], [], responsible_alternatives=[[WATER, "各行业主管部门", "大用水户"]],
          note="「市区两级水务主管部门应加强对大用水户的节约用水监管工作，…给予监督和指导，确保…落到实处」 — 加强 and 给予 are no "
               "rule-2 verbs outside articles (round 57: 加强 is a verb of doing only in articles; " + CLOSED + "), and a 确保 "
               "clause states an aim (round 44); 「各行业主管部门及大用水户应持续加强节水科普宣传」 — 加强 again: " + NONE + "; "
               + ARTICLE + " (及 joins two names, round 34); 「持续」 work that goes on: " + NODATE),
     ],
     plan_targets=[(21, "家"), (1100000, "立方米"), (3, "%"), (75, "%"), (5, "%"), (90, "%"), (8, "%")],
     phases=[],
     duties=[{"what": "市区供水企业应对大用水户全面实施远传表更换工作，并将实时在线数据上报给市区两级水务主管部门共享",
              "when": None, "when_norm": None,
              "note": "四、（四）: a body the plan tasks with its work sending information (standing data) to another body of the "
                      "plan is a duty (rounds 35, 40, 44), undated (实时 is no rhythm word); the users' own monthly data "
                      "(四、（一）) are filings on themselves (round 41; round 57), no duty"}],
     notes=["counting: 一、总体原则 (a principle and aims, round 49: principles give no work), 二、管理范围 (a definition of 大用水户 "
            "and a count of them: a scope point, a general provision, round 34 early), 三、具体目标 (the goals of 2021–2023: "
            "items of a 目标 section that state aims are no tasks in any plan, round 58 turned) — no tasks; 四、 （一）–（六） → "
            "**6**. Accepted: 9 (every headed point and item counted).",
            "units: 各大用水户 (designation 责任主体 and 组织开展, 四、（二）), 市区两级水务主管部门 and 供水企业 (实施, 落实, 四、（三）), "
            "市区供水企业 (实施, 四、（四）); the other subjects act by verbs outside rule 2 (headed points are no articles, round "
            "45: the article reading accepted beside); the addressees 各区水务局、区经委（商务委）… only in the address line",
            "dates: 2019年 / 2020年 (past data), 2021年 / 2022年 / 2023年 (三、, the goals' dates, " + GOALS + "), 2021年8月25日 (the "
            "signature); 定期, 每月, 实时, 持续 (rhythms or standing work); no deadline, no phases",
            "figures: plan targets (三、, the goals: round 57 — a goal's own level is a target without a comparison word) 21家, "
            "110万立方米 (round 55: 万 is part of the number), 3%, 达到75%, 5%, 达到90%, 8%; not targets 50万立方米以上 (a band "
            "inside the definition of a class, round 49's x229_04; round 58: a figure inside a noun naming a class), 157家 (a "
            "count of existing users, round 38), 3000立方米左右 (an approximate restatement, not checked), 2019年 figures"])

write_collected(DIR)
