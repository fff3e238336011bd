# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next37/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 23 (built by corpus37): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next37/make_expected.py tests/data/plans-next37
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = PROSE_ACTORS
GOAL = ("a 牵头 (or 会同) actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35 "
        "convention)")


src = shanghai_source


P, U = prose_and_listed(PROSE)

# ---------------------------------------------------------------------------------------------------------
X01 = "x37_01_pudong-2024-huanjing-jixiao-pingjia-shishi-fangan.txt"
PAREN = ("「（unit、unit）」 closes the measure's paragraph (a unit parenthetical without 「责任部门」 or 负责); no lead "
         "named: lead = []")
ST = "区生态环境局"

plan(X01,
     title="浦东新区关于支持区内企业开展环境绩效评价的实施方案（试行）（浦东新区生态环境局关于印发《浦东新区关于支持区内企业开展环境绩效评价的实施方案》的通知）",
     title_note="the plan's title after the cover (printed over two lines 「浦东新区关于支持区内企业开展环境」 / 「绩效评价的实施"
                "方案」 with 「（试行）」 on a third), or the notice title (the first line, with a stray space before 「实施方案」, "
                "or printed again over two lines): either is accepted",
     doc_no="浦环规〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区生态环境局（水务局、海洋局、绿化和市容管理局） (the index); the cover is signed 浦东新区生态环境局",
     date="2024-06-28",
     level="district bureau (Shanghai Pudong)",
     source=src("工程建设管理", "浦东新区生态环境局关于印发《浦东新区关于支持区内企业开展环境绩效评价的 实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070328904&siteId=0070", 4937),
     style="district bureau's implementation plan (规范性文件) after a cover (the notice title printed again over two "
           "lines; twelve addressed bodies 区发改委…浦东电力公司; one sentence; signature, date); the title over three lines; "
           "一、总体要求 (a paragraph); 二、基本原则 （一）–（三） 「heading。text」; 三、实施内容 （一）–（五） heading lines, （三） "
           "with 「N.heading」 lines 1.–5. and a paragraph below each, （四） a paragraph with 1、–3、 conditions; 四、鼓励政策 "
           "（一）–（六） heading lines, each paragraph closing with 「（unit、unit）」; 五、保障措施 （一）（二）; a closing sentence "
           "with the period (2024-08-01 – 2026-12-31); 附件 list, 抄送, a printing line with a run of spaces, then the 附件 "
           "indicator table flattened one cell a line (序号 1–4, 编号 1.1–4.6, 分值) — no task rows",
     leaf_tasks=22, count_alternatives=[20, 19, 17],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        P(["二", "（二）"], note="a principle; 「政府管理部门」 「相关协会、商会」 categories in a sentence; " + NODATE),
        P(["三", "（一）"], note="「评价对象为…企业」: the scope (no work); " + NODATE),
        P(["三", "（二）"],
          note="「区生态环境局支持行业协会、商会…」 and 「区发改委、区科经委…区农业农村委等相关部门为行业协会、商会提供…统计"
               "数据对接服务，并…制定激励措施」: nine bureaus act in a sentence, no label, no 牵头 — lead and responsible "
               "none; " + NODATE),
        P(["三", "（三）", "1"], skip_deadline=True,
          note="「企业于每年3月31日前（2024年为8月31日前）…提交…需求」: the enterprises' yearly application date (applicants, "
               "no unit); a reader may take 2024-08-31 or a yearly 03-31 as the item's date, or none: not checked"),
        P(["三", "（三）", "2"], note="「区相关部门调取…数据，交付行业协会、商会」 a category in a sentence; a hand-over of "
          "data, not a report; " + NODATE),
        P(["三", "（三）", "3"], not_targets=[(10, "天")],
          note="「公示期为10天」 a period of the procedure, not a target; 「区生态环境部门…可组织调查和复核」 in a sentence; "
               + NODATE),
        S(["三", "（三）", "4"], [], ["区相关部门"], lead_alternatives=[["区相关部门"]],
          note="round 29, CONVENTIONS.md rule 2: 「区相关部门负责落实各项激励措施」: the subject of 负责 (a group of bodies) is responsible, no lead (A alone accepted as lead) (was lead [], responsible []); the earlier reading: " + "「区相关部门负责落实各项激励措施」 a category in a sentence; 「有效期为名单公示期满之日起三年」 a validity, not "
               "a deadline; " + NODATE),
        P(["三", "（四）", "1"], note="a condition of the three grades (「存续期满一年」), no work; " + NODATE),
        P(["三", "（五）"], not_targets=[(25, "分"), (16, "个")],
          note="the scoring method: 「（25 分）」 ×4, 「16个二级评价指标和6个加分指标」 describe the index, not targets; "
               + NODATE),
        U(["四", "（一）"], [ST, "浦东电力服务公司"],
          note=PAREN + "; 「浦东电力服务公司」 as printed (the cover's addressee list says 浦东电力公司); " + NODATE),
        U(["四", "（二）"], ["区城管执法局"], note=PAREN + "; one unit; " + NODATE),
        U(["四", "（三）"], [ST], note=PAREN + "; 「“两证合一”」 a name (no quantity); " + NODATE),
        U(["四", "（四）"], ["区委金融办", "相关金融机构"],
          note=PAREN + "; 「相关金融机构」 is a listed category (kept as printed, as plans-next30 keeps 各相关部门; a reader "
               "dropping it gets 区委金融办 alone, accepted as lead); " + NODATE,
          lead_alternatives=[["区委金融办"]]),
        U(["四", "（五）"], ["区科经委"], note=PAREN + "; " + NODATE),
        U(["四", "（六）"], [ST], note=PAREN + "; 「定期组织拍摄」 no rhythm with a date; " + NODATE),
        P(["五", "（一）"],
          note="「区生态环境局根据方案的实施内容确定年度工作计划任务，统筹资金安排…」: the bureau acts in a sentence (no "
               "label) — lead and responsible none; a yearly work plan is not a report to a unit; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体要求 a section; 二、 （一）–（三） 3; 三、 （一） + （二） + （三） 1.–5. + （四） 1、–3、 + （五） = 11; "
            "四、 （一）–（六） 6; 五、 （一）（二） 2 → 22 (every numbered leaf, EXPECTED.md's rule). Accepted: 20 (（四） one leaf, "
            "its 1、–3、 conditions part of it), 19 (22 without 二、's principles) and 17 (both)",
            "samples: all six labelled measures of 四、, nine leaves of 二、/三、 and 五、（一）",
            "units: only 四、's measures name units, as a closing parenthetical 「（区生态环境局、浦东电力服务公司）」 without "
            "负责 or a lead rule: responsible = the units, lead = [] (a single unit accepted as lead); elsewhere the bureaus act "
            "in sentences (none); the cover's twelve addressees are no units of any item",
            "dates: 「本方案实施期限为2024年8月1日起至2026年12月31日」 is the plan's validity period (as plans-next35 reads "
            "validity), not a phase or deadline; 三/（三）/1's applicants' date not checked; the cover's and printing line's "
            "2024年6月28日; no phases; no report by a unit: no duties",
            "figures: 50% / 30% (三、（四）'s paragraph) are grade thresholds; 10天, 三年, 25分, 16个, 6个 and the 附件's "
            "scores (100分+20分) describe the method; no target in any item and no plan-level figure"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x37_02_baoshan-2024-zonghe-zhifa-gongzhi-lvshi-fazhiyuan-shishi-yijian.txt"
POST = ("a post's duty (公职律师 / 法制员 are posts, not units) in a numbered list under 三、工作职责 — no unit named; ")
RULE = "a rule for the posts (任职 / 培训 / 考核), actors (区局, 中队, 所在单位) in sentences — "

plan(X02,
     title="关于进一步加强宝山区综合执法公职律师和法制员队伍建设的实施意见（关于印发《关于进一步加强宝山区综合执法公职律师和法制员队伍建设的实施意见》的通知）",
     title_note="the opinion's title after the cover (two lines with no blank line between: 「关于进一步加强宝山区综合执法」 / "
                "「公职律师和法制员队伍建设的实施意见」), or the notice title: either is accepted",
     doc_no="宝城执〔2024〕7号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区城市管理行政执法局",
     date="2024-04-17",
     level="district bureau (Shanghai Baoshan), addressed to its own 各中队",
     source=src("工程建设管理", "关于印发《关于进一步加强宝山区综合执法公职律师和法制员队伍建设的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=318ab4ef-b2d5-4f2a-9006-04da2e527c7e&siteId=0078", 3214),
     style="district bureau's implementing opinion after a cover (addressee 「各中队:」 with an ASCII colon, one sentence, "
           "signature, date); the title over two lines; a preamble citing 「（沪城管执〔2023〕42 号）」 (a space) and "
           "「（宝城执[2021]23号）」 (ASCII brackets); 一、指导思想 (a paragraph); 二、 （一）–（三） heading lines over 「N.heading："
           "text」 items 1.–2. each; 三、工作职责 （一） 1.–9. and （二） 1.–7. (duties of two posts, one sentence each, ending "
           "「；」); 四、工作要求 （一）–（三） heading lines with a paragraph each; a closing sentence 「本实施意见自下发之日起"
           "施行」; NO unit labels: 区局 / 区城管执法局, 各基层执法中队, 中队, 市司法局 … act in sentences",
     leaf_tasks=25, count_alternatives=[11, 9],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "（一）", "1"], note=RULE + "「二年以上」 a condition, 「上一年度」 a period; " + NODATE),
        P(["二", "（一）", "2"], note=RULE + "「满一年后」 a condition, not a deadline; " + NODATE),
        P(["二", "（二）", "1"], note=RULE + "「区局将通过专家讲座…着重提升…」: 区局 acts in a sentence (none); 市司法局, 市城管"
          "执法局, 区司法局, 区政府 organise trainings (context); " + NODATE),
        P(["二", "（二）", "2"], not_targets=[(2, "个月")],
          note=RULE + "「区局定期组织基层执法中队法制员…挂职锻炼」; 「挂职锻炼时间一般为两个月」 a length of a secondment "
               "(Chinese numeral), not a target; " + NODATE),
        P(["二", "（三）", "1"], note=RULE + "「系统公职律师应当参加年度考核，填写《…登记表》」 an assessment of a person, not a "
          "unit's report; 「所在中队应…予以倾斜」 in a sentence; " + NODATE),
        P(["二", "（三）", "2"], note=RULE + "「满五年」 a condition; " + NODATE),
        P(["三", "（一）", "1"], note=POST + NODATE),
        P(["三", "（一）", "6"], note=POST + "「市、区城管执法局组织的案件抽查」 names the organisers, not units of the item; "
          + NODATE),
        P(["三", "（一）", "7"], note=POST + "「提交法制部门」 a post's hand-over of questions inside the bureau (not read as a "
          "reporting duty); " + NODATE),
        P(["三", "（一）", "9"], note=POST + "the last item (「其他法律事务」); " + NODATE),
        P(["三", "（二）", "1"], note=POST + "「所属中队」 the post's own squad; " + NODATE),
        P(["三", "（二）", "4"], note=POST + NODATE),
        P(["三", "（二）", "7"], note=POST + "the last item (「领导交办的其他法制任务」); " + NODATE),
        P(["四", "（一）"], targets=[(2, "名")], not_targets=[(6, "个月")],
          note="addressed to the squads (「要…列入本中队年度法制工作任务目标」), no label — lead and responsible none; 「每个基层"
               "执法中队至少配备2名法制员」 the item's target (a staffing floor); 「借用时间不得超过6个月」 a ceiling on a loan, "
               "not a target; 「不满五年」 a condition; 「并报区城管执法局同意备案」 a filing (see duties); " + NODATE),
        P(["四", "（二）"],
          note="「区城管执法局加强公职律师职业管理和统筹使用，各基层执法中队加强法制员培养」: a bureau and a group act in "
               "sentences, no label — none; " + NODATE),
        P(["四", "（三）"], note="no actor named (the squads, by the cover); 「本中队」; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "确因工作需要临时借用或进行内部轮岗交流的，借用时间不得超过6个月，并报区城管执法局同意备案",
              "when": "借用或轮岗时", "when_norm": None}],
     notes=["counting: 一、指导思想 a section; 二、 （一）–（三） 1.–2. each 6; 三、 （一） 1.–9. 9 + （二） 1.–7. 7 = 16; 四、 "
            "（一）–（三） 3 → 25 (every numbered leaf). Accepted: 11 (三、's two duty lists as one leaf each: 6 + 2 + 3) and 9 "
            "(三、 read as a section of post descriptions: 6 + 3)",
            "samples: every leaf of 二、 (6), seven of 三、's sixteen duties (（一） 1, 6, 7, 9; （二） 1, 4, 7) and all three of 四、",
            "no unit label anywhere: lead and responsible none for every sample; 公职律师 and 法制员 are posts; the bureau "
            "(区局, 区城管执法局) and its squads (中队, 各基层执法中队) act in sentences",
            "no date in any item (the cover's 2024年4月17日 and 「自下发之日起施行」 only): no deadlines, no phases",
            "duties: 四/（一）'s 「报区城管执法局同意备案」 (a filing, EXPECTED.md: report, submit, file); not duties: 二/（三）/1's "
            "年度考核 and its form (an assessment of a person), 三/（一）/7's 「提交法制部门」 (a post's hand-over inside the "
            "bureau)",
            "figures: 2名 (四/（一）) the only target; 6个月, 两个月, 二年, 一年, 五年 are limits or conditions; no plan-level "
            "figure"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x37_03_lingang-2024-chancheng-ronghequ-jianshe-gongcheng-quanfugai-jianguan-tongzhi.txt"
ROUTE = "a routing rule of 四、联动处置 (which body handles a kind of violation the towns find) — units in a sentence, none; "

plan(X03,
     title="关于进一步加强临港新片区产城融合区建设工程全覆盖监管的通知",
     title_note="the notice title (printed twice: the stored first line and the document's own title line)",
     doc_no="沪自贸临管委〔2024〕39号 (printed under the title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-04-15",
     level="district-level management committee (Shanghai Lingang Special Area)",
     source=src("工程建设管理", "关于进一步加强临港新片区产城融合区建设工程全覆盖监管的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=956eea6ecf4246c2a52bf76d5e2fb535&siteId=0058", 2439),
     style="a management committee's notice (the title twice, the document number, addressees 「管委会各有关部门，临港新片区"
           "各镇、各有关单位:」 with an ASCII colon, two preamble paragraphs citing 浦建委建管〔2023〕44号 and 「2023年9月22日」); "
           "一、总体要求 (a paragraph naming the committee's five offices); 二、 （一）（二） heading lines with two or three "
           "paragraphs each; 三、部门协同 a paragraph then 「（一）text」 items 1–4; 四、联动处置 a paragraph then 「（一）…；」 "
           "routing rules 1–4; 五、其他 「（一）text」 2; signature and date; NO unit labels: 管委会建交处, 应急处, 规资处, 生态处, "
           "综合执法大队, 专委办, 临港建交中心（质安监站）, 镇政府 / 各镇 / 临港四镇 and district bodies act in sentences",
     leaf_tasks=12, count_alternatives=[13, 10, 9],
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        P(["二", "（一）"],
          note="heading line 「（一）纳入建设程序管理的工程」, three paragraphs: 管委会相关部门 (a category), 「由管理部门和属地镇"
               "实行动态联动处置」, 「镇政府要切实履行发现职责…上报临港新片区建筑施工专委办」 — actors in sentences, no label: "
               "none; the 上报 is a duty (see duties); " + NODATE),
        P(["二", "（二）"],
          note="heading line 「（二）限额以下小型工程」, three paragraphs: 镇政府 / 各镇 (sentences), 浦东新区建交委 and 临港建交"
               "中心（质安监站） 「负责具体指导」, 「临港建交中心（质安监站）应…建立台账，汇总小型工程项目，并按要求报送专委办和"
               "浦东新区建交委等相关管理部门」 (a duty, see duties); 「临港四镇」 a name (四 no quantity); no label: none; "
               + NODATE),
        P(["三", "（一）"], note="「管委会建交处对接区建设交通部门、生态处对接区生态环境部门…」: offices in a sentence, no "
          "label — none; " + NODATE),
        P(["三", "（二）"], note="「管委会规资处对接区规划资源部门，协助认定…」 in a sentence; " + NODATE),
        P(["三", "（三）"], lead_alternatives=[["管委会应急处"]],
          note="「管委会应急处对接区应急部门，发挥…安委办综合协调职能，会同专委办指导监督各部门、各镇…」 — " + GOAL + "; "
               + NODATE),
        S(["三", "（四）"], [], ["管委会综合执法大队", "区城管执法局"], note="round 29, CONVENTIONS.md rule 2: 「管委会综合执法大队对接区城管执法部门负责执法保障。综合执法大队负责南汇新城镇、区城管执法局负责其余各镇…」: two 「X负责」 clauses, their bodies in order (综合执法大队 is the 管委会's, named again; 区城管执法部门 is what it 对接, and is 区城管执法局); no lead (was lead [], responsible []); the earlier reading: " + "「管委会综合执法大队对接区城管执法部门负责执法保障。综合执法大队负责南汇新城镇、区城管执法局"
          "负责其余各镇…」: 负责 in sentences, no label — none; " + NODATE),
        P(["四", "（一）"], note=ROUTE + "「由区城管执法部门、临港新片区执法大队和镇政府按各自职责执法查处」; " + NODATE),
        P(["四", "（二）"], not_targets=[(100, "万"), (300, "平方米")],
          note=ROUTE + "「投资额100万以上或建筑面积300平方米以上的建设工程移送至专委办」: thresholds, not targets; " + NODATE),
        P(["四", "（三）"], note=ROUTE + NODATE),
        P(["四", "（四）"], note=ROUTE + "「管委会应急处负责南汇新城镇区域、其余各镇负责属地区域，配合区应急管理部门…」; "
          + NODATE),
        P(["五", "（一）"], note="scope for the 奉贤 part of the area (which rules apply), 各镇 in a sentence; " + NODATE),
        P(["五", "（二）"], note="「市、区政府出台相关新规定的，按新规定执行」: a rule, no work; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "排摸中发现的存在违法建设行为，要及时登记相关信息，上报临港新片区建筑施工专委办", "when": "及时",
              "when_norm": None},
             {"what": "临港建交中心（质安监站）建立台账，汇总小型工程项目，并按要求报送专委办和浦东新区建交委等相关管理部门",
              "when": "按要求", "when_norm": None}],
     notes=["counting: 一、总体要求 a section (one paragraph, no numbered children); 二、 （一）（二） 2; 三、 （一）–（四） 4 (the "
            "paragraph before them is 三、's own text); 四、 （一）–（四） 4; 五、 （一）（二） 2 → 12. Accepted: 13 (一、 read as a "
            "task), 10 (五、其他 read as a section) and 9 (四、's routing rules as one task)",
            "samples: every leaf (12)",
            "no unit label anywhere: lead and responsible none for every sample; one 会同 in a sentence (三/（三）) accepted as "
            "lead; the committee's offices are written 「管委会建交处」 etc.",
            "dates: 2023年9月22日 (a cited document's date) and the signature's 2024年4月15日 only: no deadlines, no phases",
            "duties: two reports (二/（一）'s 上报 to 专委办, 二/（二）'s 报送 to 专委办 and 浦东新区建交委), neither with a "
            "rhythm; 「定期开展排摸」 and 「日常监管台账」 are inspection and records, not reports",
            "figures: 100万 / 300平方米 (四/（二）) thresholds; 临港四镇 a name; no target, no plan-level figure"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x37_04_lingang-2024-jianshe-gongcheng-zhaobiao-toubiao-guifan-guanli-tongzhi.txt"
DATA = ("a kind of data in 六、's list that 临港标办 reports to the committee's sector departments (numbered, so a leaf by "
        "EXPECTED.md's rule; it gives no work of its own) — ")

plan(X04,
     title="关于进一步加强临港新片区建设工程招标投标规范管理工作的通知",
     title_note="the notice title (printed twice: the stored first line and the document's own title line)",
     doc_no="沪自贸临管委〔2024〕37号 (printed under the title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-04-11",
     level="district-level management committee (Shanghai Lingang Special Area)",
     source=src("工程建设管理", "关于进一步加强临港新片区建设工程招标投标规范管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=99a5682ba9544661ae013931471cd828&siteId=0058", 2885),
     style="a management committee's notice (the title twice, the document number, addressees with an ASCII colon, a "
           "preamble: a city rule 「自2024年4月15日起施行」); 一、–三、 headings over unnumbered paragraphs (一、 five "
           "paragraphs of duties with 「（以下简称…）」 short names; 二、 two paragraphs 「畅通数据共享。」 「完善对接机制。」; "
           "三、 three); 四、 （一）–（三） and 五、 （一）–（四） 「（N）heading。text」; 六、 two paragraphs, the second ending in a "
           "list 「（一）…；」–「（五）…。」 of data to report; 七、其他 (effect and repeal of two 2023 documents); signature and "
           "date; NO unit labels: 建交处, 临港建交中心 / 临港标办 / 临港质安监站 (one centre under three names), 行政服务中心, "
           "发改处, 财政处 act in sentences",
     leaf_tasks=14, count_alternatives=[10, 15, 11],
     attachment_task_rows=0,
     childless_top_level_sections=["一、进一步明确职责分工，形成管理合力", "七、其他"],
     samples=[
        P(["二"], note="two unnumbered paragraphs: 临港标办, 临港质安监站, 行政服务中心 and 建交中心 act in sentences; 「“两场”」 a "
          "name (两 no quantity); 「及时进行线索移交」 a referral of cases, not a report; " + NODATE),
        P(["三"], note="no actor named (推广, 试点, 鼓励招标人…); 「第三类」 an ordinal; " + NODATE),
        P(["四", "（一）"], targets=[(100, "%"), (2, "次")],
          note="「临港标办对所有符合条件的招投标项目100%进行智慧监管」 the item's target (coverage); 「异常情况2次及以上」 "
               "(twice) a threshold for a warning letter (round 30: CONVENTIONS.md thresholds — 「2次及以上的，」: a target); 临港标办 in a sentence, no label: none; " + NODATE),
        P(["四", "（二）"],
          note="「临港标办制定检查指引…」 in a sentence; 「抽查情况同时报送建交处」 a report (see duties); " + NODATE),
        P(["四", "（三）"], note="no actor named; 「“阴阳合同”」 「“低中高结”」 names; " + NODATE),
        P(["五", "（一）"], note="「临港建交中心依法采取函询、约谈、暂停招投标活动等举措」 in a sentence; " + NODATE),
        P(["五", "（二）"], note="no actor named; " + NODATE),
        P(["五", "（三）"], note="「招标代理机构应当…」 (the regulated party) and 「建交中心严格招标代理行为记录，定期进行公示」 in "
          "sentences; 「定期公示」 a publication without a rhythm; " + NODATE),
        P(["五", "（四）"], note="no actor named; " + NODATE),
        P(["六", "（一）"], note=DATA + NODATE),
        P(["六", "（二）"], note=DATA + NODATE),
        P(["六", "（五）"], note=DATA + "the last of the list; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "抽查情况同时报送建交处", "when": "同时（每次抽查）", "when_norm": None},
             {"what": "临港标办每周通过线上线下方式对招标代理机构行为记录进行曝光，每半年度发布工作通报", "when": "每半年度",
              "when_norm": "half-yearly"},
             {"what": "临港标办负责汇总临港新片区涉及国有资金的建设工程招标投标监管数据，及时报送管委会相关行业主管部门",
              "when": "及时", "when_norm": None}],
     notes=["counting: 二、 三、 one leaf each (headings over unnumbered paragraphs of work) 2; 四、 （一）–（三） 3; 五、 "
            "（一）–（四） 4; 六、's list （一）–（五） 5 (numbered leaves by EXPECTED.md's rule, though they are kinds of data, "
            "not work); 七、其他 a section (effect and repeal) → 14. Accepted: 10 (六、 one task, its list part of it), 15 (七、 "
            "read as a task) and 11 (both)",
            "round 27 (conv27): 一、进一步明确职责分工，形成管理合力 is a section, not a task — a top-level section with no "
            "numbered children whose paragraphs give units their duties (建交处负责牵头协调和指导 / 临港标办负责… / 行政服务中心负责…), "
            "as plans-dev 09's childless 三、职责分工 (「区消防救援局负责…区财政局、区发改委负责…」), which plans-dev EXPECTED.md "
            "lines 21–25 leave uncounted; round 23–26 counted it (15; 11/16/12 accepted) and sampled 一 with 建交处 accepted "
            "as lead",
            "samples: 二、 三、, every leaf of 四、 and 五、, and three of 六、's five list items",
            "no unit label anywhere: lead and responsible none; one 牵头 in a sentence (一、: 建交处) accepted as lead; the "
            "centre's three names (临港建交中心, 临港标办, 临港质安监站) are one body in sentences",
            "dates: 2024年4月15日 (the city rule's and the notice's entry into force) and the signature's 2024年4月11日 are no "
            "deadlines; no phases",
            "duties: 四/（二）'s 抽查情况报送建交处, 六、's half-yearly 工作通报 (a bulletin the office issues; 「每周…曝光」 is a "
            "publication of records) and 六、's 及时报送 of the listed data; 二、's 线索移交 is a referral, not counted",
            "figures: 100% (四/（一）) the only target; 「2次及以上」 a threshold; no plan-level figure"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x37_01", ["三", "（二）"], [], ["相关行业协会", "商会", "区发改委", "区科经委", "区规划资源局", "区财政局", "区城管执法局", "区统计局", "区委金融办", "区税务局", "区农业农村委", "相关部门"], "「相关行业协会、商会组织实施」: the subjects of 组织实施; 「区发改委、区科经委、…、区农业农村委等相关部门为行业协会、商会提供…服务，并…制定激励措施，落实执行」: the subjects of 落实 (split on 、 and at 等); responsible in order, no lead; 区生态环境局 only 支持 (rule 3)", rule="2 and 3")
align30("x37_03", ["二", "（二）"], [], ["镇政府", "临港建交中心（质安监站）"], "「镇政府应严格落实…要求，制定管理规定，落实管理队伍，对辖区内小型工程进行全覆盖监管」: the subject of 落实; 「由临港建交中心（质安监站）负责具体指导」 with 「…应将相关工作纳入日常管理，监督和指导相关镇…，建立台账」: the agent of 由 with 负责, a supervisor (not only a guide); responsible in order, no lead; 浦东新区建交委 only 指导 and 专委办 receives (rule 3)", rule="2 and 3")
align30("x37_03", ["三", "（三）"], ["管委会应急处"], ["管委会应急处", "专委办"], "「管委会应急处对接区应急部门，…会同专委办指导监督各部门、各镇规范落实建设施工安全监管工作」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 各部门、各镇 are the supervised", alt=[[]])
align30("x37_04", ["二"], [], ["建交中心"], "「行政服务中心…及时进行线索移交，由建交中心进行调查处置」: the agent of 由 with a verb of doing, responsible, no lead (A alone accepted); 临港标办 纳入 / 临港质安监站 倒查 / 行政服务中心 移交 are subjects of verbs rule 2 does not list", alt=[["建交中心"]])
align30("x37_03", ["四", "（四）"], [], ["管委会应急处", "其余各镇"], "「对违法建设行为实施过程中发生生产安全事故的，管委会应急处负责南汇新城镇区域、其余各镇负责属地区域，配合区应急管理部门进行事故调查和处置」: the item's whole work is the response to the case, so its doers count (CONVENTIONS.md round-30 clarifications); the subjects of 负责, kept as printed, responsible in order, no lead; 区应急管理部门 is the object of 配合")
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('x37_03', ['二', '（一）'], [], ['管理部门', '属地镇'], '「涉及需管委会和区政府多个部门联合处置的工程建设行为，…由管理部门和属地镇实行动态联动处置」: 「由A和B＋verb」 as 「由A与B＋verb」 — both doers (round-30 clarification), no lead; 管委会相关部门…进行监督管理 and 镇政府要切实履行… have no rule-2 verb')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x37_02', ['四', '（一）'], [(6, '个月')],
                   '「借用时间不得超过6个月」: a ceiling joined to 不得超过')
align31_thresholds('x37_03', ['四', '（二）'], [(100, '万', '万元'), (300, '平方米')],
                   '「投资额100万以上或建筑面积300平方米以上的建设工程移送至专委办」: both joined to 以上, thresholds picking the works (100万 of money, written 万元)')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x37_04', S32(['一'], ['临港新片区管委会建设和交通管理处'], ['临港新片区管委会建设和交通管理处', '临港新片区城市建设交通运输事务中心', '临港新片区行政服务中心', '临港管委会发改处', '财政处', '建设工程相关职能部门'],
          lead_alternatives=[[]], note='「…建设和交通管理处（以下简称建交处）负责牵头协调和指导」 (A负责牵头: lead, [] accepted), 「…事务中心（以下简称临港建交中心）履行…临港标办职责，负责…」 (临港标办 and 临港质安监站 are its other names: one body), 「临港新片区行政服务中心负责…」, 「临港管委会发改处、财政处和建设工程相关职能部门按照各自职责，做好有关协同监管工作」; no date'),
          'a childless section of unit paragraphs', '「一、进一步明确职责分工，形成管理合力」 has no numbered children; its five unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order (round 27 had made it a section)',
          '一、进一步明确职责分工，形成管理合力', leaf_tasks=15, count_alternatives=[11, 16, 12])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x37_02', ['二', '（二）', '2'], [], ['区局'], '「区局定期组织基层执法中队法制员到相关业务科室进行挂职锻炼」: 「A组织B＋verb」 — A is the doer (the issuer speaking of itself, as printed: round-30 clarification), the 法制员 persons')  # noqa: E501

# Round 50 (al50): answers aligned to tests/data/CONVENTIONS.md, "Round 56 rulings" → Targets (turned: rounds 48, 54 over
# round 31's alignment), read at the item's text (README, "Round 50")
from expected_tools import _sample32 as _s50  # noqa: E402

_p50, _q50 = _s50("x37_03", ["四", "（二）"])
assert _q50["targets"] == [{"number": 100, "unit": "万元"}, {"number": 300, "unit": "平方米"}]
_q50["targets"] = []
_q50["quantities_not_targets"] = [{"number": 100, "unit": "万"}, {"number": 300, "unit": "平方米"}]
_q50["note"] = (
    'aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): 万／亿 are part of the number (the scorer reads 100万 as '
    "1000000), never a unit, and none is supplied from the noun 投资额 (round 48: only what is printed is read) — 100万 with no "
    "unit, written (100, 万); and 「投资额100万以上或建筑面积300平方米以上的建设工程移送至专委办」 is a class inside the noun (round "
    "51: a figure inside a noun naming a kind 「…以上的建设工程」 is a class), not_target, as is 300平方米 (targets 100万元, 300平方米 → none; not_targets "
    "100万, 300平方米); the earlier reading: " + _q50["note"])

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68_drop  # noqa: E402

align68_drop("x37_01", [["二", "（二）"]],
             "二、基本原则 （二） 「政府引导，社会参与…」 states a principle of roles, naming no unit in a plan whose tasks name units (二 （一）–（三） all principles)",
             19, [22, 20, 17])

# Round 61 (align83): x37_02 三/（二）/7 aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (Tasks and
# counts: the duty lists' catch-all last lines, governs), which named it for a later alignment (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x37_02", ["三", "（二）", "7"], "「（二）法制员工作职责 …7.完成领导交办的其他法制任务和工作。」 (三/（二）/7): a catch-all 「完成…交办的其他工作」 as the last line of a duty list names no act of its own, only the work others give: text, no task (Round 77's x299_01 第六条 and round 66's x271_05, each line read by its words, over round 55's x246_04 第五条 count)",
        "Tasks and counts, governs: Round 77's x299_01 第六条 and round 66's x271_05 over round 55's x246_04 第五条 count; sample dropped, 25 → 24, the count with it stays accepted",
        drop=True, counts={"leaf_tasks": 24, "count_alternatives": [25, 11, 9]})

# Round 61 (rul84): x37_02 三/（一）/9 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1) (README, round 61)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("x37_02", ["三", "（一）", "9"], "「9.完成所在单位以及上级单位委托或指派的其他法律事务。」 (三/（一）/9): a catch-all last line of a duty list naming only work others hand down, as 三/（二）/7 (align83): text, no task",
        CATCHALL84 + "; sample dropped, 24 → 23, 24 stays accepted", drop=True, counts={"leaf_tasks": 23, "count_alternatives": [24, 25, 11, 9]})

write_collected(DIR)
