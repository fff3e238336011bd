# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next33/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 22 (built by corpus33): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next33/make_expected.py tests/data/plans-next33
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    YEAR,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = PROSE_ACTORS
GOAL = ("a 统筹协调 actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30 "
        "convention)")


src = shanghai_source


P = prose_and_listed(PROSE)[0]

# ---------------------------------------------------------------------------------------------------------
X01 = "x33_01_minhang-2025-jianshe-gongcheng-zhaotoubiao-shishi-yijian.txt"
ZB = ("「招标人…」 / 「建设单位…」: the parties of a tender (招标人, 建设单位, 评标委员会) are addressed as roles in "
      "sentences, no unit label — ")
JG = "区招投标监管部门 acts in a sentence (no label) — "

plan(X01,
     title="关于进一步规范我区建设工程招投标相关工作的实施意见（关于印发《关于进一步规范我区建设工程招投标相关工作的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title (printed twice at the top): either is accepted",
     doc_no="闵建管规〔2025〕1号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区建设和管理委员会 (the cover's signature); the opinion is drafted by 区建设管理委",
     date="2025-06-11",
     level="district bureau (Shanghai Minhang)",
     source=src("工程建设管理", "关于印发《关于进一步规范我区建设工程招投标相关工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=31df7982-ba1a-4417-a35a-faeda8628cf5&siteId=0079", 2182),
     style="district normative opinion (规范性文件) after a cover printed without blank lines (the notice title twice, "
           "addressees, one sentence, 特此通知, signature, date); the opinion's title, a preamble; 一、适用范围 (two "
           "paragraphs); 二、主要工作举措 （一）–（四） group headings on their own line (no text) over 「N.heading。text」 "
           "items 1.–11. that run on across the groups; 三、施行时间 (validity 2025-07-12 – 2027-07-11 and one sentence of "
           "undated work for 区级相关部门); an 附件 list 1.–2. (two 规程, not in the stored text); NO unit labels — the "
           "actors are roles (招标人, 建设单位, 评标委员会成员) and 区招投标监管部门 / 区级 in sentences",
     leaf_tasks=11, count_alternatives=[12],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围", "三、施行时间"],
     samples=[
        P(["二", "（一）", "1"],
          note=ZB + "「集体决策」 「分部门或分岗行权」 are rules; " + NODATE),
        P(["二", "（一）", "2"],
          note=ZB + "the item's last sentence (「招标人确有原因无法选派招标人代表的,应事先书面向区招投标监管部门说明原因」, "
               "half-width comma as printed) is a conditional written report (see duties); " + NODATE),
        P(["二", "（一）", "3"],
          note=ZB + "「在中标候选人公示前」 ties the review to an event of each tender, not to a date: no deadline; "
               "「适用于本条规定」 a rule"),
        P(["二", "（一）", "4"],
          note=ZB + "设计单位、施工单位、监理单位 are the objects of the 履约评价; " + NODATE),
        P(["二", "（一）", "5"],
          note="「招标人（建设单位）应落实…主体责任」: a role with its synonym in brackets, no unit label — " + NODATE),
        P(["二", "（二）", "6"],
          note="「区级配套制定《闵行区建设工程招标代理机构评价计分管理规程》（详见附件1）」: the deliverable is a rule book; "
               "「区级」 (the district level) is no unit; 「附件1」 an attachment number, no quantity; " + NODATE),
        P(["二", "（三）", "7"],
          note=ZB + JG + "「严格按照现行标准收取评标劳务费」 names no figure; " + NODATE),
        P(["二", "（三）", "8"],
          note=JG + "「予以记录」 is recording, not a report to a superior; 「依法予以行政处罚」 no unit; " + NODATE),
        P(["二", "（四）", "9"],
          note="「区级配套制定《闵行区建设工程招投标项目合同履约评价管理规程》（详见附件2）」: as 6 — " + NODATE),
        P(["二", "（四）", "10"],
          note=ZB + "「鼓励…招标人」 / 「担保时效至该项目合同履约完成时间止」 is the guarantee's term, not a deadline; "
               "银行保函 a form of guarantee; " + NODATE),
        P(["二", "（四）", "11"],
          note=ZB + "「合同（工程）款项」 and 「招标人（代建方）」 bracketed synonyms; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "招标人确有原因无法选派招标人代表的，应事先书面向区招投标监管部门说明原因", "when": "事先（选派之前）",
              "when_norm": None}],
     notes=["counting: 一、适用范围 has two paragraphs and no numbered item (a section); 二、 （一） 1.–5. 5, （二） 6. 1, （三） "
            "7.–8. 2, （四） 9.–11. 3 → 11 (the numbers run on; （一）–（四） are group headings without text); 三、施行时间 a "
            "section. Accepted: 12 (三、 read as a task: 「区级相关部门将…探索对招投标数据进行数字化的监测工作」 gives work, "
            "without a date)",
            "only eleven items: all eleven are samples",
            "「本实施意见及附件自2025年7月12日起施行，有效期两年至2027年7月11日止」 is the validity period, not a deadline "
            "(两年 not a target); no item has a date",
            "the 附件 list (1.《…评价计分管理规程》 2.《…合同履约评价管理规程》) names attachments not in the stored text; they "
            "are not tasks",
            "the only report is 2's conditional written explanation (duty, no date); 8's 「予以记录」 is recording; no phases, no "
            "plan targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x33_02_fengxian-2025-chengxin-jingying-shifan-jiequ-shishi-fangan.txt"
NOACT = "the item names no actor (the work is described, not assigned) — "

plan(X02,
     title="奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案(试行)（奉贤区发展改革委关于印发《奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案（试行）》的通知）",
     title_note="the plan's title after the cover (printed over two lines: 「奉贤区开展“诚信经营示范街区(商圈)”」 / "
                "「建设工作的实施方案(试行)」, ASCII brackets) or the notice title: either is accepted",
     doc_no="沪奉发改〔2025〕17号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区发展和改革委员会 (from the notice title and the index; the cover ends with a date, no signature)",
     date="2025-04-14",
     level="district bureau (Shanghai Fengxian)",
     source=src("工程建设管理", "奉贤区发展改革委关于印发《奉贤区开展“诚信经营示范街区(商圈)”建设工作的实施方案（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00841944&siteId=0084", 2472),
     style="district implementation plan to 各街镇 after a cover (addressees, one paragraph, 特此通知, date, no "
           "signature); the title over two lines; 一、指导思想 (a paragraph); 二、工作目标 three UNNUMBERED paragraphs "
           "(「加强信用数据应用共享。…」); 三、工作内容 ASCII-bracket items 「(一)heading。text」 (five, inline); 四、工作要求 "
           "「(一)heading」 on a line of its own with the text in the next paragraph (four); no unit labels: 各街镇, "
           "区信用办 and 区、镇两级 act in sentences; 「(商圈)」 in ASCII brackets throughout",
     leaf_tasks=9,
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        P(["三", "(一)"],
          note=NOACT + "「“信用+市场”」 a model's name; 「码上可见」 「码上维权」 slogans; " + NODATE),
        P(["三", "(二)"],
          note=NOACT + "the three 《…承诺书》 are titles; 「将签订情况及时上传至“奉贤区公共信用信息服务平台”」 is a filing "
               "(see duties); " + NODATE),
        P(["三", "(三)"],
          note=NOACT + "「带头“小伙伴”」 (merchants) and 各商户 are actors, not units; 「门前三包」 a name (三 no quantity); "
               + NODATE),
        P(["三", "(四)"],
          note=NOACT + "「“双随机、一公开”」 「“一业一查”」 are names of supervision methods (no quantity); " + NODATE),
        P(["三", "(五)"],
          note=NOACT + "「“五五购物节”」 「“诚信兴商宣传月”」 「“诚信计量”」 are names of campaigns; " + NODATE),
        S(["四", "(一)"], [], ["区信用办"], lead_alternatives=[["区信用办"]], note="round 29, CONVENTIONS.md rule 2 and 3: 「区信用办应加强对街区(商圈)建设的统筹协调和跟踪指导，实施阶段评价」: the subject of 实施 is responsible, no lead (A alone accepted as lead); 「各街镇应建立…」 a general call (rule 3) (was lead [], responsible []); the earlier reading: " + "heading line 「(一)强化组织领导」, text in the next paragraph: 「各街镇应建立…工作机制…区信用办应加强对街区(商圈)"
               "建设的统筹协调和跟踪指导，实施阶段评价」 — " + GOAL + "; 各街镇 act in a sentence; 「阶段评价」 is assessment, "
               "no date; " + NODATE),
        P(["四", "(二)"],
          note="「各街镇应强化…」: the addressees act in a sentence — " + NODATE),
        P(["四", "(三)"],
          note="「区、镇两级要…」: the two levels of government, no unit; " + NODATE),
        P(["四", "(四)"],
          note=NOACT + "「五大维度」 is a count of dimensions in a heading phrase (Chinese numeral), not a target; "
               "「定期跟踪评估」 a rhythm of evaluation, not a report to a unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将商户签订承诺书的情况及时上传至“奉贤区公共信用信息服务平台”", "when": "及时", "when_norm": None}],
     notes=["counting: 一、指导思想 a section (one paragraph); 二、工作目标 three unnumbered paragraphs (a section: goals, not "
            "numbered items); 三、 (一)–(五) 5; 四、 (一)–(四) 4 → 9",
            "only nine items: all nine are samples",
            "no date anywhere in the plan except the cover's 2025年4月14日; 「(试行)」 is no period; no phases",
            "「“诚信示范商户”“放心消费单位”、信用评价良好的商户比例持续增加」 (二、) names no figure: no plan targets",
            "the same notice title prints 「实施方案（试行）」 with full-width brackets and the cover's sentence and the title "
            "「实施方案(试行)」 with ASCII ones (as stored)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x33_03_jiading-2025-zhongda-gongcheng-jianshe-jihua.txt"
ROW = ("attachment row: 牵头单位 column = lead; responsible = the lead and the 建设单位 cell's units (as plans-next29 "
       "x29_02 and plans-fresh f06's separate 牵头单位 column); 建设目标 新开工 / 建成 / 在建 within the plan year 2025")
YEARNOTE = "the plan's year 2025 is implicit (no date in the item): " + YEAR


def R(n, leads, units, note="", **kw):
    """An attachment row: lead = the 牵头单位 cell's units, responsible = the leads + the 建设单位 units."""
    resp = list(leads) + [u for u in units if u not in leads]
    return S(["附件", str(n)], list(leads), resp, note=ROW + "; " + note + "; " + YEARNOTE, skip_deadline=True, **kw)


plan(X03,
     title="2025年嘉定区重大工程建设计划（上海市嘉定区人民政府关于印发《2025年嘉定区重大工程建设计划》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="嘉府发〔2025〕3号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区人民政府 (the cover's signature; the index names 区政府)", date="2025-02-17",
     level="district (Shanghai Jiading)",
     source=src("工程建设管理", "上海市嘉定区人民政府关于印发《2025年嘉定区重大工程建设计划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_185337&siteId=0080", 5782),
     style="district annual project plan after a cover notice (addressees, one paragraph, signature, date 2025年2月17日); "
           "the body counts projects and investment (58 / 13 / 31 / 14 个, 518.1 / 101.3 亿元) and lists them by name: "
           "一、–四、 categories (市政设施类, 社会事业类, 产业发展类, 住房保障类), each a figure paragraph and （1）–（3） lists "
           "「N个计划新开工项目分别是：…」; NO unit in the body; the 附件 table (序号 / 项目名称 / 牵头单位 / 建设单位 / 建设目标 / "
           "所处区域) flattened one cell a line: group rows 一–四 with counts, rows 1–58; project names and company names "
           "broken over two or three lines inside cells; one row with two 牵头单位 (row 2, one a line); no reserve list "
           "(the 2026 plan of plans-next29 x29_02 has one)",
     leaf_tasks=12, count_alternatives=[4], attachment_task_rows=58,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（1）"], targets=[(2, "个")], skip_deadline=True,
          note="「2个计划新开工项目分别是：…」: the count of projects to start (the item's own figure); the projects' lead "
               "units are only in the 附件 rows; road names with 「（项泾-城北路）」 are sections, not quantities; " + YEARNOTE),
        P(["一", "（2）"], targets=[(9, "个")], skip_deadline=True,
          note="9个 projects to complete; 「2024年嘉定新城绿环绿道项目」 is a project name (the year is part of it, no "
               "deadline); 「（二期）」 「三期」 are phases of construction in names; " + YEARNOTE),
        P(["二", "（1）"], targets=[(4, "个")], skip_deadline=True,
          note="「4个计划新开工项目是：」 (without 分别); plot codes JDC10502, K1-06, 37-06, 13-01 are addresses, not "
               "quantities; " + YEARNOTE),
        P(["二", "（2）"], targets=[(6, "个")], skip_deadline=True,
          note="6个 projects to complete; 「G13-4、G14-2九年一贯制学校」 is ONE project (the 「、」 joins two plot codes); "
               "九年一贯制 a school type; " + YEARNOTE),
        P(["三", "（1）"], targets=[(6, "个")], skip_deadline=True,
          note="6个 projects to start; the list names five and ends 「上汽清陶工业厂房等」 (the table's rows 31, 38, 41, 42, "
               "43 and 49 make six); 21-02B a plot code; " + YEARNOTE),
        P(["三", "（2）"], targets=[(11, "个")], skip_deadline=True,
          note="11个 projects to complete; plot codes C1-02、C1-07、C3-04、C3-10 and F16a-01、F16a-04 inside names (the "
               "「、」 splits no list of units); 「云+」 a name; " + YEARNOTE),
        P(["四", "（1）"], targets=[(1, "个")], skip_deadline=True,
          note="「1个计划新开工项目分别是：」 (分别 with one project, as printed); JDC2-0501单元14-06地块 a plot code; "
               + YEARNOTE),
        R(2, ["区交通委", "区绿容局"], ["地产北虹"],
          note="the 牵头单位 cell holds TWO units one a line (「区交通委\\n区绿容局」): both leads; 地产北虹 a company by "
               "its short name; 建设目标 在建; the names in brackets (昌瑞路、万宁路、幸福水岸公园等) are roads and a park"),
        R(3, ["工业区管委会"], ["国资集团"],
          note="a district park's administration (工业区管委会, i.e. 嘉定工业区管委会) as lead; 建设目标 新开工"),
        R(14, ["区教育局"], ["区教育局"],
          note="the same unit in both columns (rows 14–17); 建设目标 新开工"),
        R(27, ["公安分局"], ["城发集团"],
          note="「公安分局」 printed without 区 (as stored); 建设目标 建成"),
        R(33, ["区经委"], ["上海冈湾新能源发展有限公司"],
          note="both the project name and the company name break over two lines (「上海冈湾新能源\\n发展有限公司」: one unit)"),
        R(42, ["区经委"], ["方德智驱（上海）机电科技有限公司"],
          note="the company name breaks over THREE lines (「方德智驱\\n（上海）机电\\n科技有限公司」: one unit, the "
               "bracketed place part of the name); 21-02B a plot code"),
        R(47, ["区商务委"], ["新城公司"],
          note="区商务委 leads rows 47–48; 「砂之船（上海嘉定）奥莱项目」 a name with a bracketed place"),
        R(49, ["区科委"], ["机械研究所"],
          note="the table's last 产业发展类 row (22 rows, 28–49); the same 机械研究所 builds row 46"),
        R(58, ["区房管局"], ["合创永翔"],
          note="the last row; 合创永翔 builds rows 57 and 58; 建设目标 在建"),
     ],
     plan_targets=[{"number": 58, "unit": "个"}, {"number": 13, "unit": "个"}, {"number": 31, "unit": "个"},
                   {"number": 14, "unit": "个"}, {"number": 101.3, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["counting: the body has no unit anywhere; 一、 （1）–（3） 3, 二、 3, 三、 3, 四、 3 → 12. Accepted: 4 (the four "
            "categories read as the leaves, their （1）–（3） as lists of names). The 附件 table has 58 rows "
            "(attachment_task_rows), a second list of the same projects with units: 12 + 58 = 70 accepted too",
            "plan targets of the preamble (2025): 58个 projects (嘉定新城30个, 北虹桥8个, 占比约65%), 新开工13个, 建成31个, "
            "在建14个, 2025年计划完成投资101.3亿元; 项目总投资约518.1亿元 is the projects' total cost (a figure, not a 2025 "
            "goal, as plans-next29 x29_02 reads 762亿元). Each category paragraph repeats the pattern (一、 13个 / 42亿元 / "
            "12.7亿元 …); the sums agree (13 = 2 + 4 + 6 + 1, 31 = 9 + 6 + 11 + 5, 14 = 2 + 4 + 5 + 3)",
            "the table's group rows (一 市政设施类（13个） … 四 住房保障类（9个）) are not tasks; the table's counts agree with "
            "the body (13 / 14 / 22 / 9)",
            "「以月保季，以季保年」 in the cover is a working rhythm slogan, not a reporting duty; no phases",
            "「“十四五”」 「“十五五”」 are plan names; 「2024年嘉定新城绿环绿道项目」 and 「金沙江支路200号」 hold numbers in "
            "names or addresses",
            "the cover signature is the district government, dated 2025年2月17日 (the index: 2025-02-17, issuer 区政府)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x33_04_pudong-2024-zhuanye-fuwuye-tisheng-xingdong-fangan.txt"

plan(X04,
     title="浦东新区专业服务业提升行动方案（关于印发《浦东新区专业服务业提升行动方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪浦发改营商〔2024〕1150号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区发展和改革委员会 (the cover's signature)", date="2024-12-31",
     level="district bureau (Shanghai Pudong)",
     source=src("工程建设管理", "关于印发《浦东新区专业服务业提升行动方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070335544&siteId=0070", 4703),
     style="district action plan after a cover (addressees with ASCII 「(管委会)」, one sentence, signature, date "
           "2024年12月31日); the title, a preamble; 一、主要目标 (one paragraph with the plan's figures for 2025 and 2035); "
           "二、–七、 six 「实施“…”…行动」 sections over items 「N. heading。text」 (number, dot, SPACE) 1.–18. that run on; "
           "no unit labels: 区发改委 (统筹), 各行业主管部门, 各管理局, 行业主管部门 and 市级相关部门 act in sentences (only "
           "in 5, 9, 15, 16); most items address 专业服务机构 (the market), not units",
     leaf_tasks=18,
     attachment_task_rows=0,
     childless_top_level_sections=["一、主要目标"],
     samples=[
        P(["二", "1"],
          note="「N. 」 with a space after the dot; 「“全球专业服务商引领计划”(GIS)」 a programme's name (ASCII brackets); "
               "各片区 act in a sentence; " + NODATE),
        P(["二", "2"],
          note="places as subjects (陆家嘴金融城, 世博前滩地区, 张江科学城, 金桥片区, 外高桥片区) and venues (国际商会仲裁院, "
               "新加坡国际仲裁中心 …) — areas, not units with a label; " + NODATE),
        P(["二", "3"],
          note="names of campaigns and events in quotes (「“上海品牌”」, 「“丝路电商”」, 「“陆家嘴全球专业服务商大会”」); "
               + NODATE),
        P(["二", "4"], note="standards of four kinds, no figure; " + NODATE),
        P(["三", "5"], not_targets=[(5, "G")],
          note="「5G等新技术」: 5G is a technology's name, not a target; 「配合市级相关部门…，行业主管部门联合行业协会及时采集"
               "信息」 — actors in sentences (a group and a category), no label; 「及时采集信息」 is data collection, not a "
               "report to a unit; " + NODATE),
        P(["三", "6"],
          note="「AI+法律、AI+会计」 「AIGC」 「(BIM)」 are names of models and technologies; " + NODATE),
        P(["四", "7"],
          note="「CPTPP、DEPA、RCEP」 names of agreements (Latin letters, no quantity); 香港、澳门律师事务所 objects; " + NODATE),
        P(["四", "9"],
          note="「组建浦东新区“一带一路专业服务团”」: 一带一路 is a name (一 no quantity); 「配合市级相关部门编制…指南」 a "
               "group in a sentence; 「动态更新」 no rhythm with a date; " + NODATE),
        P(["五", "10"],
          note="「绿色化、减量化、标准化和循环化」 qualities, no figure; 跨境物流企业 objects; " + NODATE),
        P(["五", "11"],
          note="「“浦东新区绿色低碳产业发展联盟”」 an alliance's name; 「一站式」 no quantity; 「(ESG)」; " + NODATE),
        P(["六", "12"],
          note="「鼓励各行业协会…」 associations as objects of encouragement; 「信用分级分类评价」 no figure; " + NODATE),
        P(["六", "14"], note="行业协会、商会、联盟 are organisations to be founded, not units of the item; " + NODATE),
        P(["七", "15"], lead_alternatives=[["区发改委"]],
          note="「建立浦东新区专业服务业发展工作专班，区发改委加强统筹谋划和组织协调，各行业主管部门、各管理局明确本领域、本区域的"
               "重点任务」 — " + GOAL + "; the groups 各行业主管部门, 各管理局 act in the sentence too (no label: responsible "
               "none); " + NODATE),
        P(["七", "16"],
          note="「设立…专项资金」 「试点推出浦东新区专业服务券」 name no sum; 「配合市级相关部门」 a group in a sentence; "
               + NODATE),
        P(["七", "17"],
          note="「“直通车”」 a name; 「“浦东新区全球引才伙伴计划(GTP)”」 a programme; " + NODATE),
        P(["七", "18"],
          note="「建立专业服务业常态化统计监测机制」 「完善统计信息发布机制」 are mechanisms, not reports by a unit; "
               "「编制…发展报告和发展指数」 is encouraged of 社会研究机构 (not a duty); " + NODATE),
     ],
     plan_targets=[{"number": 5, "unit": "%"}, {"number": 8, "unit": "%"}, {"number": 20, "unit": "家"}],
     phases=[], duties=[],
     notes=["counting: 一、主要目标 one paragraph (a section with the plan's figures); 二、 1.–4. 4, 三、 5.–6. 2, 四、 7.–9. 3, "
            "五、 10.–11. 2, 六、 12.–14. 3, 七、 15.–18. 4 → 18 (the numbers run on)",
            "plan targets (一、): 「到2025年…专业服务业增加值占全区GDP比重达5%左右」 (5 %), 「到2035年…比重超过8%，年均增速保持"
            "5%左右，集聚和培育20家…专业服务机构，吸引5-10家…国际组织落户」 (8 %, 20 家; the range 5-10家 is not checked); "
            "the years 2025 / 2035 date the aims of a section, no task's deadline",
            "no item has a date (no deadlines), no phases, no reporting duties"])


# round 39 (p39g): 「A联合B＋verb」 read as 「A会同B」 (CONVENTIONS.md round 34), by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x33_04', ['三', '5'], ['行业主管部门'], ['行业主管部门', '行业协会'],
              '联合 as 会同 (round 34; closed round 39): 「行业主管部门联合行业协会及时采集信息」 is 「A会同B＋verb」: lead 行业主管部门 (lead [] accepted), responsible 行业主管部门, 行业协会 (kinds of body); 「配合市级相关部门做好…」 has no doer before it (配合 needs a doer, round 34)', alt=[[]])  # noqa: E501

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x33_01", ["二", "（一）", "5"], "「招标人（建设单位）应落实工程建设项目廉政风险防控的主体责任…」: 落实 X的主体责任 with its subject designates it (round 46; round 62's x64_02), a party by role is a unit as printed and its bracketed synonym stays with it",
        "Units, turned: rounds 34, 46, 62 p52d over the role reading", resp=["招标人（建设单位）"], alt=[["招标人（建设单位）"]],
        resp_alt=[["招标人"]])

write_collected(DIR)
