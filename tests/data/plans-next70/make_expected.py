# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next70/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 27 (built by helper c70): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next70/make_expected.py tests/data/plans-next70
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
P, U = prose_and_listed(PROSE_ACTORS)
FOLDER = "房屋与住房"
GOAL = ("a 牵头 (or 会同) actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35/37/63 "
        "convention)")
SAYS = ("「X负责…」 / 「X要…」 in a sentence is no label (as plans-next58/63 read such sentences): lead = [], "
        "responsible = []")


def src(path, url, chars):
    return shanghai_source(FOLDER, path, url, chars)


# ---------------------------------------------------------------------------------------------------------
X01 = "x70_01_shanghai-2022-shuidianqi-sheqi-weigui-shoufei-zichazijiu-tongzhi.txt"
STAGE = ("a stage heading 「N.name（date前）」 over a paragraph: a numbered leaf (a task) and a phase; its date is the "
         "item's deadline; the firms, 各有关单位 and 市级行业主管部门 act in sentences; " + SAYS)

plan(X01,
     title="关于转发《国家发展改革委 住房城乡建设部 国家能源局关于开展水电气暖领域涉企违规收费自查自纠工作的通知》的通知",
     title_note="the notice's title (printed once); there is no separate plan title",
     doc_no="沪发改价管〔2022〕31号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市经济和信息化委员会, 上海市住房和城乡建设管理委员会, 上海市水务局 (four signatures)",
     date="2022-08-12 (signature; the index gives 2022-08-19)",
     level="city commissions (Shanghai)",
     source=src("关于转发《国家发展改革委 住房城乡建设部 国家能源局关于开展水电气暖领域涉企违规收费自查自纠工作的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e1de3bfbf9a541f39a898073b731ce30&siteId=0025", 1640),
     style="a forwarding notice: addressees, a preamble, 一、主要任务 a heading over one paragraph; 二、组织实施 a paragraph "
           "dividing the work in sentences (「市水务局、市经济信息化委、市住房城乡建设管理委分别负责…」), 「自查自纠工作具体分为三个阶段。」 "
           "and three stage headings 「1.调查摸排（2022年8月19日前）」 … 「3.工作总结（2022年8月31日前）」 over paragraphs; "
           "附表 and 附件 lines; four signatures",
     leaf_tasks=4, count_alternatives=[3],
     leaf_tasks_by_section={"一": 1, "二": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], note="a heading over one paragraph of work (one leaf, as plans-next37 x37_04 / plans-next63 x63_02); "
          "no actor at all; " + NODATE),
        P(["二", "1"], dl="2022年8月19日前", dln="2022-08-19",
          note=STAGE + "; 「请市级行业主管部门汇总分析，并填写…明细表（详见附表1）、…汇总表（详见附表2）」: forms filled in the "
               "stage, no separate report date"),
        P(["二", "2"], dl="2022年8月25日前", dln="2022-08-25",
          note=STAGE + "; 「及时向市发展改革委…反馈」 / 「及时向市、区市场监管部门通报」 event-driven (not checked)"),
        P(["二", "3"], dl="2022年8月31日前", dln="2022-08-31",
          note=STAGE + "; 「于8月31日前报送市水务局、市经济信息化委、市住房城乡建设管理委」 repeats the heading's date (a duty)"),
     ],
     plan_targets=[],
     phases=[{"name": "调查摸排", "start": None, "start_alt": "2022-08", "end": "2022-08"},
             {"name": "集中整改", "start": None, "start_alt": "2022-08", "end": "2022-08"},
             {"name": "工作总结", "start": None, "start_alt": "2022-08", "end": "2022-08"}],
     duties=[{"what": "各区行业主管部门将自查自纠情况及对建立健全长效监管机制的意见建议形成报告，报送市水务局、市经济信息化委、市住房城乡建设管理委",
              "when": "于8月31日前", "when_norm": "2022-08-31"},
             {"what": "市发改委会同有关部门汇总分析自查自纠工作情况，形成本市水电气涉企违规收费自查自纠情况上报",
              "when": None, "when_norm": None}],
     notes=["counting: 一、 a heading over one paragraph of work (one leaf) + 二、's three stages 1.–3. → 4; 3 (一、 read "
            "as a section) accepted; 二、's own paragraph (the division of work) belongs to the parent, not a leaf",
            "samples: all 4 leaves",
            "units: none labelled; 市水务局 / 市经济信息化委 / 市住房城乡建设管理委 「分别负责」 and 各区… 「要…」 act in "
            "sentences in 二、's paragraph (the parent); the stages name firms and groups in sentences",
            "dates: the three stage dates (year written) are the stages' deadlines; the phases have no written start (the "
            "notice is dated 2022年8月12日, so 2022-08 is accepted as their start)",
            "not targets: 发改价格〔2022〕1116号 (a document number), 附表1 / 附表2 (form numbers)",
            "duties: the districts' report by 2022-08-31 to the three city bureaus, and the city's undated summary 上报"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x70_02_shanghai-2022-canyin-yonghu-ranqi-baojing-zhuangzhi-tongzhi.txt"
HEAD = ("a duty under a unit heading of 三、责任分工 (「（二）燃气经营企业」 …): the heading's unit is the item's (plans-dev "
        "10's unit headings); lead = [] (no lead named), the unit as lead accepted")


def H(path, unit, note="", **kw):
    return S(path, [], [unit], lead_alternatives=[[unit]], note=HEAD + ("; " + note if note else ""), **kw)


plan(X02,
     title="上海市住房和城乡建设管理委员会关于开展使用天然气的餐饮用户安装燃气报警装置的通知",
     title_note="the notice's title (printed twice); there is no separate plan title",
     doc_no="沪建设施〔2022〕244号",
     issuer="上海市住房和城乡建设管理委员会",
     date="2022-06-13",
     level="city commission (Shanghai)",
     source=src("上海市住房和城乡建设管理委员会关于开展使用天然气的餐饮用户安装燃气报警装置的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=811a7bcd2ba043aeb7f4633a717eaec6&siteId=0011", 2211),
     style="a notice (title twice, number, addressees with a stray space 「、 各燃气报警装置备案单位」); stray spaces inside "
           "words throughout (「重要批 示」, 「报警装 置」, 「《 城 镇 燃 气 …》」, 「附件 1」); 一、总体要求 and 二、实施范围 "
           "headings over one paragraph each; 三、责任分工 with four UNIT HEADINGS （一）燃气管理部门, （二）燃气经营企业 "
           "(1.–5.), （三）燃气报警装置备案单位 (1.–2.), （四）餐饮用户 (a paragraph, then 1.–3.); 四、工作要求 （一）–（四） "
           "headings over paragraphs; a closing request for contacts with a name, phone number and e-mail address",
     leaf_tasks=15, count_alternatives=[11, 17, 13],
     leaf_tasks_by_section={"三": 11, "四": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、实施范围"],
     samples=[
        H(["三", "（一）"], "燃气管理部门",
          note="a unit heading over one paragraph (no numbered children): a leaf whose heading is its unit; the "
               "paragraph splits it into 市燃气管理部门 (负责公布…清单) and 区燃气管理部门 (sentences); " + NODATE),
        H(["三", "（二）", "1"], "燃气经营企业",
          note="「（见 附件 1、附件 2）」 names attachments (not stored), no figures; " + NODATE),
        H(["三", "（二）", "3"], "燃气经营企业", note="「不得向餐饮用户收费」: a rule; " + NODATE),
        H(["三", "（二）", "5"], "燃气经营企业", note=NODATE),
        H(["三", "（三）", "1"], "燃气报警装置备案单位", note="「向燃 气经营企业和区“一网统管”平台上传信息」: a standing upload, no "
          "date (not a dated duty); " + NODATE),
        H(["三", "（四）", "1"], "餐饮用户",
          not_targets=[(15322.1, ""), (89, "")],
          note="the (四) paragraph's 「应立即开展」 is no date; 「GB15322.1-2019」 and 「DB31/T89-2009」 are standard numbers "
               "(not targets); " + NODATE),
        H(["三", "（四）", "3"], "餐饮用户", note=NODATE),
        P(["四", "（二）"], note="「区燃气管理部门和燃气经营企业要定期将推进数据报送市燃气管理部门」: sentence actors (" + SAYS
          + "); a standing report 定期 (see duties); " + NODATE),
        P(["四", "（四）"], note="燃气经营企业 in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区燃气管理部门和燃气经营企业将此次工作的联系人、联系方式报送至市燃气管理事务中心",
              "when": None, "when_norm": None},
             {"what": "区燃气管理部门和燃气经营企业定期将推进数据报送市燃气管理部门，实行销号管理",
              "when": "定期", "when_norm": None}],
     notes=["counting: 三、 （一） 1 (a unit heading over a paragraph) + （二） 1.–5. 5 + （三） 1.–2. 2 + （四） 1.–3. 3 (its "
            "opening paragraph belongs to the heading) + 四、 （一）–（四） 4 → 15; 一、总体要求 and 二、实施范围 are sections; "
            "accepted: 11 (四、工作要求 read as general requirements, not tasks), 17 (一、 and 二、 read as tasks) and 13 "
            "(both)",
            "samples: 9 of the 15, from 三、's four unit headings and 四、",
            "units: 三、责任分工's headings label the units (燃气管理部门, 燃气经营企业, 燃气报警装置备案单位, 餐饮用户); the "
            "regulated parties are units of the plan here because the document's own 责任分工 gives each its duties; 四、's "
            "actors act in sentences",
            "dates: none (「立即」, 「定期」 and 「及时」 are no dates); 「2022年6月13日」 is the notice's date",
            "not targets: standard numbers (GB55009-2021, GB15322.1-2019, DB31/T89-2009), the document number 沪建安专〔2022〕1号, "
            "the contact's phone number",
            "duties: the contacts to 市燃气管理事务中心 (undated) and the 定期 progress data to 市燃气管理部门 (no rhythm word)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x70_03_shanghai-2021-dizhen-yifaqu-fangwu-sheshi-jiagu-shishi-fangan.txt"
LABEL = ("「（N）name（牵头部门：…；配合部门：…）」 on the heading: its numbered children carry the heading's units (lead = the "
         "牵头部门, responsible = 牵头 + 配合 as printed)")
L1 = ["市住房城乡建设管理", "市地震局"]
L2 = ["市住房城乡建设管理委", "市地震局"]
L8 = ["市民防办", "市应急局"]


def T(path, lead, coop=(), note="", **kw):
    return S(path, list(lead), [*lead, *coop], note=LABEL + ("; " + note if note else ""), **kw)


plan(X03,
     title="上海市地震易发区房屋设施加固工程实施方案（修订稿）（上海市自然灾害防治委员会办公室关于印发 上海市地震易发区房屋设施加固工程 实施方案(修订稿)的通知）",
     title_note="the plan's own title (three lines after the cover) or the notice title: either is accepted",
     doc_no="沪灾防委办〔2021〕19号 (from the index; the stored text prints no number)",
     issuer="上海市自然灾害防治委员会办公室 (index: 上海市应急管理局); the plan by 市住房城乡建设管理委 with 市地震局",
     date="2021-12-22",
     level="city commission office (Shanghai)",
     source=src("上海市自然灾害防治委员会办公室关于印发 上海市地震易发区房屋设施加固工程 实施方案(修订稿)的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=43a547101bcc486ea3607ac168c8a374&siteId=0037", 6035),
     style="a short cover without blank lines (ASCII colon 「市有关部门:」, a contacts line with two names and phone "
           "numbers); the plan's title over three lines (「…加固工程」 / 「实施方案」 / 「（修订稿）」); lines without blank "
           "lines between them; 二、工作任务及分工 （一）–（八） headings each ending 「（牵头部门：…；配合部门：…）」 or "
           "「（牵头部门：…）」 over a paragraph and 「N.」 items; 三、进度安排 three dated stage headings; 四、保障措施 "
           "（一）–（三） heading lines over paragraphs",
     leaf_tasks=27, count_alternatives=[29, 24, 26],
     leaf_tasks_by_section={"二": 23, "三": 3, "四": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        T(["二", "（一）", "1"], L1, ["市房屋管理局"],
          note="「市住房城乡建设管理」 as printed (the heading drops 委; （二） writes 市住房城乡建设管理委); " + NODATE),
        T(["二", "（一）", "2"], L1, ["市房屋管理局"], note="「由市区两级指定推进计划」 names no unit; " + NODATE),
        T(["二", "（二）", "2"], L2, ["市房屋管理局", "市农业农村委"], note=NODATE),
        T(["二", "（三）", "1"], ["市教委"],
          note="a single 牵头部门 (labelled lead); 「每半年组织一次安全隐患排查」 an inspection rhythm, no report; 区教育管理部门 "
               "in a sentence; " + NODATE),
        T(["二", "（四）", "2"], ["市卫生健康委"],
          not_targets=[(5, "号楼"), (15, "号楼")],
          note="the pilot projects' names hold 「5号楼及15号楼」 (building numbers, not targets); " + NODATE),
        T(["二", "（五）", "1"], ["市交通委"], note=NODATE),
        T(["二", "（六）", "3"], ["国家能源局华东监管局"], note="电力企业 in a sentence; " + NODATE),
        T(["二", "（七）", "2"], ["市通信管理局"], note=NODATE),
        T(["二", "（八）", "1"], L8, ["市教委", "市绿化市容局", "市体育局", "市商务委"], targets=[(2, "平方米")],
          note="「人均避难面积不少于2平方米」 the item's figure (round-25 rule); 「（2017-2035）」 / 「（2021-2035）」 are "
               "plans' years in their names; " + NODATE),
        T(["二", "（八）", "2"], L8, ["市教委", "市绿化市容局", "市体育局", "市商务委"],
          targets=[(1240, "万平方米"), (2880, "万平方米"), (1645, "万平方米"), (3840, "万平方米")],
          dl="到2035年", dln="2035", other_deadlines=["至2025年 (2025)"],
          note="各区 act in a sentence; the goals 「目标至2025年…1240万平方米…2880万平方米；到2035年…1645万平方米…3840万平方米」: "
               "aligned round 34: several dates in one item — the latest is the item's deadline (CONVENTIONS round 34 rulings, Dates) — was 至2025年 (2025), the first year"),
        P(["三", "（一）"], dl="2021年底", dln="2021-12",
          note="a dated stage heading 「前期准备阶段（2020年下半年至2021年底）」 over a paragraph: a numbered leaf (a task) and a "
               "phase; the stage's end is the item's deadline; no unit; 「三年时间明显见效」 a slogan"),
        P(["三", "（二）"], dl="2023年底", dln="2023-12",
          note="stage 「重点推进阶段（2022年上半年至2023年底）」 (as 三/（一））; 各行业主管部门 / 各区政府部门 in a sentence"),
        S(["四", "（一）"], ["市住房城乡建设管理委", "市地震局"], ["市住房城乡建设管理委", "市地震局"], note="round 29, CONVENTIONS.md rule 2 and 3: 「本市地震易发区房屋设施加固工程由市住房城乡建设管理委、市地震局牵头推进实施」: 「由A牵头」, lead and responsible A (two bodies); the 工程协调工作组 the item sets up and its office are no units (rule 3) (was lead [], responsible []); the earlier reading: " + GOAL + ": 「由市住房城乡建设管理委、市地震局牵头推进实施」; 协调工作组办公室设在市地震局 (a sentence); 定期汇总工作进展 "
               "(see duties); " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "前期准备阶段", "start": "2020-07", "end": "2021-12"},
             {"name": "重点推进阶段", "start": "2022-01", "end": "2023-12"},
             {"name": "全面实施阶段", "start": "2024-01", "end": "2035-12"}],
     duties=[{"what": "协调工作组办公室负责日常工作协调，定期汇总工作进展，组织召开协调工作会议", "when": "定期", "when_norm": None}],
     notes=["counting: 二、 （一） 1.–2. 2 + （二） 1.–3. 3 + （三） 1.–4. 4 + （四） 1.–4. 4 + （五） 1.–2. 2 + （六） 1.–3. 3 + "
            "（七） 1.–3. 3 + （八） 1.–2. 2 = 23 (each （N）'s own paragraph belongs to the heading) + 三、 three stages 3 + "
            "四、（一） 1 (the only 保障措施 item naming units; （二）技术保障 and （三）经费保障 name none — not tasks in a plan "
            "whose tasks name units) → 27; 一、指导思想 a section; accepted: 29 (all three 保障 items), 24 (三、's stages "
            "read as phases only) and 26 (both)",
            "samples: 13 of the 27, from every （N） of 二、, two stages of 三、 and 四、（一）",
            "units: the eight （N） headings of 二、 label 牵头部门 and (four of them) 配合部门; children take the heading's units "
            "(plans-dev 10's unit headings; 牵头部门 is the lead rule written in the label); elsewhere bodies act in sentences",
            "dates: the stages' windows (2020年下半年 = 2020-07; 上半年 = 01) and ends; 二/（八）/2's goal years 2025 / 2035; "
            "「力争3年取得成效」 (一、) a period, no date",
            "not targets: 设防烈度7度 (a fact of the zone, in 二、's paragraph), GB18306-2015 (a standard), document numbers, "
            "building numbers, plans' year ranges",
            "duties: the coordination office's 定期 progress summary (no rhythm word); no dated report"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x70_04_shanghai-2021-gongyou-chanquan-zhufang-weigui-shiyong-zhuanxiang-zhengzhi-tongzhi.txt"
DISTRICT = "各区房管部门 (and others) act in sentences (" + SAYS + ")"

plan(X04,
     title="关于开展本市共有产权保障住房违规使用行为专项整治工作的通知",
     title_note="the notice's title (printed twice); there is no separate plan title",
     doc_no="沪房保障〔2021〕179号",
     issuer="上海市房屋管理局 with 上海市城市管理行政执法局",
     date="2021-10-26 (signature; the index gives 2021-10-28)",
     level="city bureaus (Shanghai)",
     source=src("关于开展本市共有产权保障住房违规使用行为专项整治工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=14c960ad93ba479a96bdeeec2f64edf2&siteId=0013", 2305),
     style="a notice (title twice, number, addressees); 一、整治工作目标 a heading over a paragraph; 二、整治工作要求 and "
           "三、健全长效机制 each with run-in items 「（一）heading。text」; one item carries two dated steps and a contact "
           "person with a phone number; an 附件 line (a project list, not stored)",
     leaf_tasks=8, count_alternatives=[9],
     leaf_tasks_by_section={"二": 4, "三": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、整治工作目标"],
     samples=[
        P(["二", "（一）"], note=DISTRICT + "; " + NODATE),
        P(["二", "（二）"], dl="于2021年12月3日前", dln="2021-12-03", other_deadlines=["于2021年11月30日前 (2021-11-30)"],
          note=DISTRICT + "; 「应于2021年11月30日前完成自查排查，形成书面报告，并于2021年12月3日前报市住房保障事务中心」: the "
               "report, the item's last dated step, is its deadline (and a duty) — aligned round 34: several dates in one item — the latest is the item's deadline (CONVENTIONS round 34 rulings, Dates), was 于2021年11月30日前 (2021-11-30); the contact's phone "
               "number is no figure"),
        P(["二", "（三）"], note="市房屋管理局 / 市住房保障事务中心 in sentences; " + NODATE),
        P(["二", "（四）"], not_targets=[(139, "号")],
          note=DISTRICT + "; 「沪房法规〔2021〕139号」 a document number (not a target); " + NODATE),
        P(["三", "（一）"], note=DISTRICT + "; 「借鉴浦东模式」 and 「一定比例」 give no figure; " + NODATE),
        P(["三", "（四）"], note="市房屋管理局 in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区房管部门完成自查排查，形成书面报告，报市住房保障事务中心",
              "when": "于2021年12月3日前", "when_norm": "2021-12-03"}],
     notes=["counting: 二、 （一）–（四） 4 + 三、 （一）–（四） 4 → 8; 一、整治工作目标 a section (9, read as a task, accepted)",
            "samples: 6 of the 8",
            "units: none labelled; 各区房管部门, 区城管执法部门, 街镇, 市房屋管理局, 市住房保障事务中心, 物业服务企业 act in "
            "sentences",
            "dates: 二/（二）'s 2021-11-30 (self-check done) and 2021-12-03 (report in); 「2021年10月26日」 the notice's date",
            "not targets: 沪房法规〔2021〕139号, the contact's phone number",
            "duty: the written self-check report to 市住房保障事务中心 by 2021-12-03"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x70_04", ["二", "（二）"], [], ["各区房管部门"],
        "「各区房管部门组织区住房保障实施机构、街镇房管机构、物业服务企业、社区居委会等部门…开展全面排查」: the subject of 组织＋verb (as round 29's x77_04) is responsible, no lead (A alone accepted as lead); the bodies it organises are no units, 市住房保障事务中心 receives the report (rule 3)", alt=[["各区房管部门"]], rule="2 and 3")
align30("x70_04", ["二", "（三）"], [], ["市房屋管理局", "市住房保障事务中心"],
        "「市房屋管理局将组织对各区房管部门排查情况进行抽查督导」 (组织＋verb) and 「抽查督导工作由市住房保障事务中心具体组织实施」 (the agent of 由): in order, no lead; 「对排查不力…的，责成区房管部门重新组织排查和整改」 a case (rule 3)", rule="2 and 3")
align30("x70_04", ["二", "（四）"], ["各区房管部门"], ["各区房管部门", "区城管执法部门", "街镇"],
        "「各区房管部门会同区城管执法部门、街镇对违规出租（出借）人、房地产中介机构开展联合约谈」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B in order; 「对拒不整改的，…移送城管部门…」 a case (rule 3)", alt=[[]], rule="2 and 3")
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x70_04', ['二', '（一）'], [], ['各区房管部门', '各小区物业服务企业', '社区组织'], '「各区房管部门要组织各有关单位在本区…通过横幅…等方式，进一步加大政策宣传力度」「各小区物业服务企业、社区组织要主动配合工作」: the subject of 「A组织B＋verb」, and 「B配合」 after a doer of rule 2 (round-30 clarification: B is responsible), in printed order, no lead (no 牵头); 各有关单位 is the object of 组织')  # noqa: E501


# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x70_01', ['二', '3'], ['市发改委'], ['市发改委', '有关部门'],
              '「市发改委将会同有关部门汇总分析自查自纠工作情况」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 有关部门 is a kind, not the bare 有关单位 (CONVENTIONS.md round 34: only the bare 各单位／有关单位／相关单位 are general calls)', alt=[[]])  # noqa: E501

write_collected(DIR)
