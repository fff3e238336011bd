# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next206/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 45 (built by helper c206): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 45 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next206/make_expected.py tests/data/plans-next206
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C4D = "4d8fe162809354f56275a7791649e0cdff91b1f8"
WHOLE = ("the stored text (read with read_file at that commit; its character count checked against read_file's "
         "total_chars); only the repository's wrapper was removed (the YAML front matter, the two `>` disclaimer lines "
         "and the blank lines around them, the `# ` marker before the title); everything from the title line on is as "
         "stored, the site's chrome lines included")


def src(commit, path, url, chars):
    return f"{REPO} @ {commit}, docs/房屋与住房/{path} (official page {url}) — {WHOLE} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(开展 without 组织, 进行, 加强, 做好, 报送, 完成, 启动 …) is not a unit; round 37: 「A对…进行…抽查」 without 由 names no doer")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
NOUNITS = ("round 25 / 27 (CONVENTIONS.md 'What is a task'; plans-dev 08): a plan that names no units at all — every "
           "numbered leaf of its own plan sections is a task")
REQ = ("round 39: a 工作要求 section whose items give work is the plan's work (tasks)")
PIVOT = ("round 35: a pivot without 由 「A委托B…」 reads as 「由A委托B」 — A is a doer, B (the object of the pivot) is not")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x206_01_huangpu-2021-jiuqu-gaizao-he-zhongda-xiangmu-shisiwu-guihua.txt"
P01 = "黄浦区旧区改造和重大项目“十四五”规划"
N14 = ("「确保到“十四五”期末前」: round 41, 「到规划期末」 in a plan for a span dates the item to the span's last year "
       "(十四五 = 2021–2025 → 2025); the date is written in the item's own text (round 44 decided: an item takes a "
       "deadline from its own text)")

plan(X01,
     title=P01 + "（黄浦区人民政府办公室关于印发" + P01 + "的通知）",
     title_note="the plan's own title (line 13, after the cover's date) or the notice title (line 1): either",
     doc_no="黄府办发〔2021〕23号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区人民政府办公室",
     date="2021-06-30",
     level="district government office (Shanghai Huangpu), a five-year plan for old-area renewal and major projects",
     source=src(C49, "黄浦区人民政府办公室关于印发" + P01 + "的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cfc92f5d-825d-4037-8aff-58dbeb7b1f3a&siteId=0071", 6032),
     style="cover (addressees, one sentence, 「特此通知。」, signature, date); the plan title; a preamble; 一、“十三五”规划总体完成情况 "
           "（一）（二） with 1.–3. (past results: counts of projects started and finished, 一是…三是 paragraphs) and "
           "二、“十四五”期间推进形势 （一）–（四） with 1.–3. (context: problems and opportunities); 三、总体发展目标 （一）指导思想 "
           "（二）规划目标 1.任务目标 2.形态目标 （三）重点工作 1.–5. (heading lines over paragraphs, 1. with 一是…三是 "
           "paragraphs and a 「同时，…」 paragraph); 四、主要保障措施 （一）–（五） heading lines over one paragraph each (一是…三是 run "
           "in); blank lines between all paragraphs; no unit label anywhere and no rule-2 doer but one designation",
     leaf_tasks=13, count_alternatives=[10, 15, 25],
     leaf_tasks_by_section={"三、总体发展目标": 8, "四、主要保障措施": 5},
     childless_top_level_sections=[],
     samples=[
        S(["三", "（二）", "1"], [], [], [(180, "万平方米"), (60, "公里")], dl="到“十四五”期末前", dln="2025",
          note=NOUNITS + " (x64_01 counts 指导思想 / 发展目标 leaves so); 「实现竣工面积180万平方米」「架空线入地和合杆整治道路长度完成"
               "60公里」 — quantities of work to reach (round 25 / round 44: a count of work done stays a target); 「继续加强市区联手、"
               "政企合作」 names no body (general call, round 32); " + NONE + "; " + N14),
        S(["三", "（二）", "2"], [], [],
          note=NOUNITS + "; a goal of forms (核心交通体系将基本构建完毕, 南外滩与太平桥高端商务区将全面建成 …): no figure, no body; "
               "the plan's period 十四五 printed only in the title and the section's name dates nothing (round 38); " + NONE
               + "; " + NODATE),
        S(["三", "（三）", "1"], [], [], [(37.5, "公里")], not_targets=[(14, "号线")],
          note=NOUNITS + "; the 一是…三是 paragraphs and the 「同时，…」 paragraph under 1. are that item's text (round 37: 一是…二是… "
               "inside a numbered item are its text, one task; counting them as items gives 15, accepted); 「届时，我区将全面完成8条"
               "地铁线路、18个地铁站点、37.5公里的轨道交通建设」 — counts of work to complete (targets; 37.5公里 checked); 「14号线」 a "
               "line's name, 「135地块」 a plot's name (names with digits are not targets); 我区 is a place (round 43: 我市／本市 "
               "standing alone); 「通过市区联手、政企合作」 no body; " + NONE + "; 「确保轨交按期实现通车」 gives no date: " + NODATE),
        S(["三", "（三）", "4"], [], [], [(18, "公顷"), (13, "公顷")],
          note=NOUNITS + "; 「打造完成环人民广场-新天地区域18公顷、环南外滩-豫园区域13公顷的无架空线全要素整治示范区」 — areas of work "
               "to complete (targets); 「一带四组团」 a name; " + NONE + "; " + NODATE),
        S(["三", "（三）", "5"], [], [],
          note=NOUNITS + "; 「结合本区教育、市政等部门“十四五”总体发展规划」 — the departments are named only as the owners of the "
               "plans the work follows (a noun's description, round 30), no doer; 「重点推进一批…项目的开工建设」 has no subject; "
               + NONE + "; " + NODATE),
        S(["四", "（一）"], [], [],
          note=NOUNITS + " (四、's five numbered points are its leaves; round 44's run-in safeguards paragraphs are for a "
               "section without numbers); 「领导小组-旧改办-项目部-事务所四级联动推进的组织架构」 names the parts of a structure the "
               "item builds (round 35: bodies an item sets up are no units); 「强化重大办的协调、督促工作机制」 — 重大办 inside a "
               "noun's description (round 30), no doer; " + NONE + "; " + NODATE),
        S(["四", "（五）"], [], ["各相关征收事务所", "建设单位"], responsible_alternatives=[[]],
          note=NOUNITS + "; 「充分落实各相关征收事务所、建设单位的主体责任」 — read as a designation of the parties that answer for "
               "the work (round 39: 「A承担…主体责任」「突出A责任主体」 designate A as a doer; round 37: 「压实…责任」 gives out work): "
               "responsible 各相关征收事务所, 建设单位 (各 not shared across 、, round 34's 「各管理部门和街镇」), lead []; responsible [] "
               "accepted (落实 has no subject of its own here and the parties are its object) — RULING? 2; 「谁实施、谁负责」 a "
               "principle, no body; " + NODATE),
     ],
     plan_targets=[{"number": 180, "unit": "万平方米"}, {"number": 60, "unit": "公里"}],
     phases=[], duties=[],
     notes=["counting: the cover no task; 一、“十三五”规划总体完成情况 （一）, （二）1.–3. and 二、“十四五”期间推进形势 （一）–（四） "
            "(with （二）1.–3., （四）1.–3.) report past results and the situation — numbered, but they give no work (round 35: "
            "lists that give no work are text; round 33: past figures are not targets), so no tasks (RULING? 1); 三、 "
            "（一）指导思想 1 + （二） 1.–2. 2 + （三） 1.–5. 5 = 8 (a plan that names no units: every numbered leaf of its plan "
            "sections is a task, as x64_01 counts its 指导思想 and 发展目标) + 四、 （一）–（五） 5 → **13**. Accepted: 10 (三、（三） "
            "and 四、 only: the goal and guiding-idea leaves out, as x64_01's 5 is accepted), 15 (三/（三）/1's 一是…三是 read as "
            "three items, round 36's unbracketed numbers), 25 (EXPECTED.md's mechanical count: the 12 leaves of 一、 and 二、 too)",
            "units: no label, no rule-2 doer; the only body given work is the designation in 四/（五） (RULING? 2); the cover's "
            "addressees 「区政府各委、局、办，各街道办事处」 are no item's subject",
            "dates: 2021年6月30日 (the signature); 2016年以来, “十三五”期间 / 期末 (past); “十四五”期末前 (三/（二）/1, 2025); no "
            "phases, no duties",
            "figures: targets only in 三、 (180万平方米, 60公里, 8条 / 18个 / 37.5公里, 18公顷 / 13公顷); past outturns in 一、 and "
            "二、 (35个, 31个, 5万户, 20个, 160万平方米, 84条, 37.8公里, 39个, 3万余户) are not targets (round 33); names with digits "
            "(130街坊, 546街坊, 594/596地块, 14号线, 135地块, 18号地块) are not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x206_02_shi-zhujianwei-2023-jiyou-jianzhu-boli-muqiang-anquan-paicha-zhengzhi-tongzhi.txt"
T02 = "上海市住房和城乡建设管理委员会关于做好2023年本市既有建筑玻璃幕墙安全排查整治的通知"

plan(X02,
     title=T02,
     title_note="line 1 (the title is printed again over two lines, 15–16, after the site's chrome)",
     doc_no="沪建质安〔2023〕314号 (printed on line 17; the chrome's 文件编号 prints 「314 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2023-06-20",
     date_note="the notice is dated 2023年6月20日; the stored front matter gives 2023-07-03 (the publication date)",
     level="city commission (Shanghai's housing and urban-rural construction commission), a notice of the 2023 safety "
           "check and repair campaign for glass curtain walls of existing buildings",
     source=src(C4D, "上海市住房和城乡建设管理委员会关于做好2023年本市既有建筑玻璃幕墙安全排查整治的通知.md",
                "https://zjw.sh.gov.cn/jsgl/20230703/cdcc9b8460744d88bf183ce9433489f0.html", 3424),
     style="the title; the site's metadata chrome one field a line (索取号, 载体类型, 发布机构, 文件编号 …, 内容描述); the issuer "
           "and the title again over two lines, the number, addressees, a preamble; six headed points 一、–六、 with no blank "
           "lines: 一、指导思想 二、排查范围 三、 排查目标 (a space after 、) childless, 四、排查内容 （一）–（三） (check points, a "
           "space after the bracket), 五、排查方式 （一）–（三） and 六、工作要求 （一）–（四） run-in items 「（一）楼宇自查。…」; the date; "
           "the site's 收藏 / 打印本页 / 关闭窗口 lines and a 「## 附件（官方直链）」 block with a PDF link (the attachment is not printed)",
     leaf_tasks=7, count_alternatives=[10],
     leaf_tasks_by_section={"五、排查方式": 3, "六、工作要求": 4},
     childless_top_level_sections=["一、指导思想", "二、排查范围", "三、 排查目标"],
     samples=[
        S(["五", "（一）"], [], [],
          note="「业主或者受委托的物业服务单位应…开展…自查自检，加强…日常巡检，做好巡检台账」 — 开展 without 组织, 加强, 做好 (" + CLOSED
               + "): regulated parties by role are doers only with a rule-2 form (round 34); " + NONE + "; 「防汛、防台、高温期间」 "
               "names seasons, no date: " + NODATE),
        S(["五", "（二）"], [], ["各区建设行政管理部门", "特定地区管委会"],
          note="「各区建设行政管理部门及特定地区管委会应委托…行业专家或技术服务单位，对…开展全面巡查整治工作，落实对…的监督管理」 — "
               + PIVOT + " (the experts and service firms no units); the same subject with 落实 (rule 2); 「A及B」 two names (round "
               "34); 「督促相关责任各方履行义务」 — the object of 督促 no unit; lead [] (no 牵头); " + NODATE),
        S(["五", "（三）"], [], [],
          note="「市建设行政管理部门将结合2023年…工作，通过…进行抽查复核，…进行监督指导和全面评价，督促各区…」 — 进行 and 督促 (" + CLOSED
               + "; the pivot 督促 is no rule-2 verb): " + NONE + "; 「2023年」 is inside the name of the year's campaign, not a "
               "date of the item (the item does not open with it, round 44): " + NODATE),
        S(["六", "（一）"], [], ["业主", "物业服务单位", "房屋行政管理部门", "建设行政管理部门"],
          responsible_alternatives=[["业主", "建设行政管理部门"]],
          note="the heading 「压实主体责任」 gives out work (round 37: 「压实…责任」): every body the text gives work is a unit — "
               "「由建筑物的业主承担」 (由A承担…责任, round 30; the 的-rule gives 业主), 「受委托的物业服务单位…应当立即告知业主…采取"
               "必要的应急措施，并立即报告…」 (物业服务单位 by the 的-rule; its steps in a case of the item's own work, round 45 "
               "decided), 「房屋行政管理部门应当督促…」, 「建设行政管理部门负责…」 (负责); the receivers of 报告 add nothing; "
               "responsible [业主, 建设行政管理部门] (rule 2 alone, without the heading) accepted; lead [] (no 牵头); " + NODATE),
        S(["六", "（二）"], [], ["各区", "玻璃幕墙业主物业单位"],
          note="「2019年市住房城乡建设管理委设置了上海市既有建筑玻璃幕墙整治办公室」 — a past act (设置 no rule-2 verb; a body set up "
               "earlier, round 35); 「各区及玻璃幕墙业主物业单位应…落实幕墙管理专人负责、隐患整改及时闭环」 — 落实 (rule 2): 各区 (a "
               "kind) and 玻璃幕墙业主物业单位 (printed with no separator: one name as printed, round 44); 「市级统筹指导、区级跟踪"
               "闭环、街镇督促落实」 a principle of roles (round 41), no doer; lead []; the item opens (after its heading) with "
               "「2019年」, a past year of a past act, read as no deadline (round 44's opening year is for a year of the item's "
               "own work) — RULING? 3; " + NODATE),
        S(["六", "（三）"], [], ["各区建设行政管理部门", "房屋行政管理部门"],
          note="「各区建设行政管理部门、房屋行政管理部门应根据相关分工，…严格落实“四不原则”」 — 落实 (rule 2), the elided subject "
               "carried through the sentence (round 34); two names as printed (separate heads, 各 not shared); 「依托街镇、楼宇管理力量」 "
               "no doer; 「四不原则」 a name; lead []; " + NODATE),
        S(["六", "（四）"], ["委科技委事务中心", "市建设工程安质监总站", "市建筑建材业市场管理总站"],
          ["委科技委事务中心", "市建设工程安质监总站", "市建筑建材业市场管理总站", "行业协会"],
          note="「委科技委事务中心、市建设工程安质监总站、市建筑建材业市场管理总站作为技术指导和执法检查支撑，应牵头行业协会协助开展…，"
               "督促各区推进执法检查，组织应急演练和定期培训」 — 「A牵头B＋verb」 (round 33: 牵头 with objects reads as 「由A牵头，B配合」): "
               "lead the three bodies, responsible them and 行业协会 (a kind, round 34); 组织＋work (round 34) the same bodies; 各区 "
               "the object of 督促 (no unit); 「沪建质安〔2019〕414号」 a document number; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the chrome lines, the repeated title, the number and the preamble no task; 一、指导思想, 二、排查范围 "
            "(a scope) and 三、 排查目标 (a goal with no figure and no body) childless sections; 四、排查内容 （一）–（三） are the "
            "points the checks look at (「重点检查…是否…」: no body, no work — round 35: lists that give no work are text; "
            "x172_01 read its 主要检查内容 so); 五、排查方式 （一）–（三） 3 + 六、工作要求 （一）–（四） 4 (" + REQ + ") → **7**. "
            "Accepted: 10 (四、's three check points counted, round 38 / 40: items naming no unit are tasks where they give work)",
            "units: from sentences only (委托 pivot, 落实, 负责, 由A承担…责任, 牵头 with an object, 组织＋work) and one work heading "
            "(六/（一） 「压实主体责任」); the addressees 「各区建设行政管理部门、房屋行政管理部门，特定地区管委会，各有关单位」 are no item's "
            "subject",
            "dates: 2023年6月20日 (the signature) only; 2019年 (a past act), 2023年 (in the names of the year's plan and "
            "campaign); no item is dated, no phases",
            "duties: none — 「物业服务单位…立即报告建设行政管理部门和房屋行政管理部门」 is a regulated party's statutory report of a "
            "hazard (round 41: a regulated party's standing statutory filings are filings, not duties), and 「加强巡查结果上报"
            "管理」 names no sending",
            "figures: none are targets — 77号令, 〔2022〕2号, 〔2019〕414号 (document numbers), 四不原则 (a name), 3589258689 / "
            "2023-00101 (the chrome's index number)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x206_03_shi-zhujianwei-2024-jiyou-jianzhu-boli-muqiang-zhuanxiang-paicha-zhengzhi-tongzhi.txt"
T03 = "上海市住房和城乡建设管理委员会关于做好既有建筑玻璃幕墙专项排查整治工作的通知"
STAGE = ("round 32 / 33: stages under a lead-in that counts them 「本次专项整治分为三个阶段：」, each a name and a span with work "
         "written under it, are phases and tasks; round 35: the stage's span gives the item its deadline (the span's end)")
SIX = ["市住房城乡建设管理委应急管理处", "市房管局物业管理处", "市住房城乡建设管理委科技委事务中心", "市建筑建材业市场管理总站",
       "市建设工程安质监总站", "市物业事务管理中心"]

plan(X03,
     title=T03,
     title_note="line 1 (printed again on line 15 after the site's chrome)",
     doc_no="沪建质安〔2024〕12号 (printed on line 16; the chrome's 文件编号 prints 「12 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-01-12",
     date_note="the notice is dated 2024年1月12日; the stored front matter gives 2024-01-29 (the publication date)",
     level="city commission (Shanghai's housing and urban-rural construction commission), a notice of a special campaign "
           "on glass curtain walls past their design life, in three dated stages",
     source=src(C4D, "上海市住房和城乡建设管理委员会关于做好既有建筑玻璃幕墙专项排查整治工作的通知.md",
                "https://zjw.sh.gov.cn/jsgl/20240129/74465a2f792246208632bdc1106500c3.html", 3274),
     style="the title; the site's metadata chrome one field a line; the title again, the number, addressees, a preamble "
           "(「以下简称“超设计年限玻璃幕墙”」); 一、指导思想 二、专项整治范围 三、整治目标 childless; 四、专项整治的方式和步骤 with the "
           "lead-in 「本次专项整治分为三个阶段：」 and （一）–（三） stage headings with spans in brackets 「（一）基本信息核查更新（即日起至"
           "2024年1月31日）」, each over several paragraphs naming bodies (two 以下简称 names: 「各区建设管理部门」, 「市幕墙办」); "
           "五、工作要求 （一）–（三） run-in items; the date; the site's 收藏 lines and a 「## 附件（官方直链）」 block (the attached "
           "report example is not printed); no blank lines",
     leaf_tasks=6,
     leaf_tasks_by_section={"四、专项整治的方式和步骤": 3, "五、工作要求": 3},
     childless_top_level_sections=["一、指导思想", "二、专项整治范围", "三、整治目标"],
     samples=[
        S(["四", "（一）"], [], ["各区建设管理部门", "特定地区管委会"], dl="即日起至2024年1月31日", dln="2024-01-31",
          note=STAGE + "; 「各区建设管理部门、特定地区管委会（以下简称“各区建设管理部门”）负责督促…，并于2024年1月31日前…完成…审核后，"
               "提交…市幕墙办」 — 负责 (rule 2), the 以下简称 bracket dropped (round 35), two names; 「业主…及受委托的物业单位，应对…"
               "进行更新核查」 and 「市幕墙办根据…进行更新」 — 进行 (" + CLOSED + "); lead []; the item's own date and the stage's end "
               "agree (2024-01-31)"),
        S(["四", "（二）"], SIX, ["业主"] + SIX + ["行业协会", "有关企业", "各区建设管理部门", "物业单位"],
          responsible_alternatives=[SIX + ["行业协会", "有关企业", "各区建设管理部门"]],
          dl="2024年2月1日至6月30日", dln="2024-06-30",
          note=STAGE + "; 「业主应…委托具有玻璃幕墙检测能力的单位进行安全性鉴定」 — " + PIVOT + " (业主, a party by role, round 34); "
               "「受委托的鉴定单位应严格执行…制定…开展…形成…协助…」 and 「物业单位应当履行…义务」 — no rule-2 verb (round 38: 履行); "
               "「市住房城乡建设管理委应急管理处、…、市物业事务管理中心等市幕墙办成员单位应根据…职责分工牵头行业协会、有关企业，组织专业技术"
               "力量…」 — 牵头 with objects (round 33): lead the six bodies (round 35: 「A、B、C等部门」 with separate heads gives A, B, "
               "C), responsible with them 行业协会 and 有关企业 (kinds; 企业 is a kind, round 33's 单位 is not); 「各区建设管理部门应当…"
               "组织专项监督检查」 — 组织＋work; 「各区房屋管理部门应当督促…」 — 督促, no doer; 「…存在安全隐患的，业主及物业单位应当及时"
               "采取有效措施消除隐患并委托…进行维修」 — the item's own response to a case (round 45 decided) with the pivot 委托: 业主, "
               "物业单位 doers — RULING? 4 (the owner's own commissioning; responsible without 业主 and 物业单位 accepted); "
               "「同时应每年进行一次检查」 a yearly rhythm of the owner's checks (no duty); deadline the stage's end"),
        S(["四", "（三）"], [], [], dl="2024年7月1日至12月31日", dln="2024-12-31",
          note=STAGE + "; 「市住房城乡建设管理委将结合…工作，通过…进行抽查复核，…进行监督指导和全面评价，督促各区…」 — 进行 and 督促 (" + CLOSED
               + "): " + NONE + "; deadline the stage's end"),
        S(["五", "（一）"], [], [],
          note=REQ + "; 「各区建设管理部门和房屋管理部门要进一步提高思想认识，积极指导、协调属地街道，保障…」 — 提高, 指导 (without 负责), "
               "协调, 保障 (" + CLOSED + "); 「各鉴定机构要…做好鉴定工作」 — 做好; 「业主应当协调物业单位落实人员经费」 — 协调 is a "
               "pivot (round 30: its object 物业单位 no unit, its subject no doer by it): " + NONE + "; the stages' spans are "
               "not one span stated for the whole action (round 44: an item takes a deadline from its own text, its section or "
               "stage, or a campaign span) — " + NODATE),
        one(["五", "（二）"], "业主",
            note=REQ + "; 「业主应当委托具有玻璃幕墙检测能力的单位进行安全性鉴定」 — " + PIVOT + " (RULING? 4, as in 四/（二）); "
                 "「受委托的安全性鉴定单位应具备…能力」 — 具备 is a verb of having (round 44: no doer); the laws cited are names; "
                 + NODATE),
        one(["五", "（三）"], "市幕墙办",
            note=REQ + "; 「各区建设管理部门应协调各区房屋管理部门形成工作推进小组，负责指导推进…」 — 协调 is a pivot (no doer by it); the "
                 "subject of 负责 is read as the 工作推进小组 the item sets up (round 41: 「设置…领导小组…，分别负责…」 — the groups "
                 "the item sets up are the subject, no unit) — RULING? 5 (responsible 各区建设管理部门 and 市幕墙办 accepted); "
                 "「要予以通报」「要约谈…责令限期整改」 no rule-2 verb; 「市幕墙办适时组织相关部门对…开展督导评估」 — 「A组织B＋verb」: "
                 "A the doer (市幕墙办, the name given through 以下简称 in 四/（一）, read as printed, round 38), B no unit; "
                 + NODATE,
            responsible_alternatives=[["各区建设管理部门", "市幕墙办"]]),
     ],
     plan_targets=[],
     phases=[{"name": "基本信息核查更新", "start": "2024-01", "end": "2024-01",
              "note": "「即日起至2024年1月31日」: 即日起 is the notice's date 2024年1月12日 (plans-next100 reads 即日起 so)"},
             {"name": "开展安全性鉴定", "start": "2024-02", "end": "2024-06"},
             {"name": "整治情况抽查", "start": "2024-07", "end": "2024-12"}],
     duties=[{"what": "各区建设管理部门于2024年1月31日前通过平台完成对本辖区内玻璃幕墙楼宇基础信息的更改审核后，提交市幕墙办",
              "when": "2024年1月31日前", "when_norm": "2024-01-31",
              "note": "四、（一）: a plan unit's dated sending to the office the plan names (round 35 / round 42: a dated sending "
                      "by a body the plan tasks, inside its own campaign, is a dated duty)"}],
     notes=["counting: the chrome lines, the repeated title, the number and the preamble no task; 一、指导思想, "
            "二、专项整治范围 (a scope), 三、整治目标 (a goal: no figure; 「全面落实业主的安全主体责任、属地管理部门监管责任」 states the "
            "aim) childless sections; 四、 （一）–（三） stages with work (tasks and phases) 3 + 五、工作要求 （一）–（三） 3 (" + REQ
            + ") → **6**. No other count: every item gives work",
            "units: sentences only — 负责, 委托 pivots (业主, RULING? 4), 牵头 with objects, 组织＋work, the 以下简称 names "
            "(各区建设管理部门, 市幕墙办); the addressees 「各区建设管理部门、房屋管理部门，各特定地区管委会，各有关单位」 are no item's subject",
            "dates: 2024年1月12日 (the signature), the three stage spans (即日起至2024年1月31日, 2024年2月1日至6月30日, 2024年7月1日至"
            "12月31日), 2024年1月31日前 (the sending in 四、（一）); 每年 (the owners' yearly checks, a rhythm, no duty)",
            "duties: one — the districts' sending of the reviewed data to 市幕墙办 by 2024-01-31; the appraisal units' 「协助业主…"
            "上传安全性鉴定报告至平台」 is a regulated party's filing (round 41), no duty",
            "figures: none are targets — 77号令, 〔2019〕414号 (document numbers), www.yunmuqiang.cn (an address), 3589258689 / "
            "2024-00011 (the chrome's index number)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x206_04_shi-zhujianwei-2025-haimian-chengshi-jianshe-gongzuo-yaoqiu-tongzhi.txt"
T04 = "上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知"
Y25 = "the year is the notice's own (2025: its title, its preamble 「2025年本市海绵城市建设工作」 and its date 2025年1月27日)"
REQ4 = ("「请各区、相关管委会…报送／完成／启动／开展…」 — 请A is read by the verb after A (round 30), and 报送, 完成, 启动, 开展 are "
        "not rule-2 verbs (" + CLOSED + ")")
WO = "我委 — the issuer speaking of itself is a unit as printed (round 30)"

plan(X04,
     title=T04,
     title_note="line 1 (printed again on line 15 after the site's chrome)",
     doc_no="沪建综规〔2025〕69号 (printed on line 16; the chrome's 文件编号 prints 「69 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-01-27",
     date_note="the notice is dated 2025年1月27日; the stored front matter gives 2025-02-12 (the publication date)",
     level="city commission (Shanghai's housing and urban-rural construction commission), the year's requirements for "
           "sponge-city work sent to the districts' construction commissions and four administrations",
     source=src(C4D, "上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知.md",
                "https://zjw.sh.gov.cn/jsgl/20250212/eefd880f328e403d8df6640282188d04.html", 3086),
     style="the title; the site's metadata chrome one field a line; the title again, the number, addressees (「各区建设管理（交通）委，"
           "新片区管委会、虹桥管委会、度假区管委会、长兴岛管委会：」), a preamble; 一、工作目标 (one paragraph with the year's goals); "
           "二、工作要求 （一）–（八） run-in items 「（一）开展建设评估工作。…」, each closing with 「请各区、相关管委会于N月底前报送…」 "
           "sendings; 「附件：」 and six attachment titles 「1.…」–「6.…」 (not printed); the date; 「相关附件」, a file name, the "
           "site's 收藏 lines and a 「## 附件（官方直链）」 block; no blank lines",
     leaf_tasks=8,
     leaf_tasks_by_section={"二、工作要求": 8},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        one(["二", "（一）"], "我委", dl="9月底前", dln="2025-09-30",
            note=REQ + "; 「我委将对自评估报告组织专家开展论证」 — 「A组织B＋verb」 (round 30 / 34): A the doer, " + WO + "; " + REQ4
                 + "; dates 3月底前 and 9月底前 (round 34: several dates in one item, the latest is the deadline), " + Y25),
        S(["二", "（二）"], [], ["我委"], [(80, "%")], dl="“十五五”末", dln="2030", lead_alternatives=[["我委"]],
          note=REQ + "; 「经专家评审通过的系统方案报送我委，由我委出具行业审查意见」 — 由A＋a verb of doing (round 38: 由A…出具…意见): "
               + WO + "; " + REQ4 + "; 「确保“十五五”末各区海绵城市建成区面积达到辖区建成区面积的80%」 — 达到 (round 30's line) → "
               "80%; 「提前三年」 no comparison word, 2027年 a year; dates 4月底前 (2025-04-30), 本年度 (2025-12, round 44: like 年内) "
               "and “十五五”末 (round 41: the end of a plan period dates to its last year, 2030): the latest is the deadline "
               "(round 34) — RULING? 6 (a goal date of the next plan period inside an item whose own work is due this year)"),
        S(["二", "（三）"], [], [], [(100, "个")], dl="11月前", dln="2025-10-31",
          note=REQ + "; 「推进约100个…海绵重点项目建设」 — a count of work (round 44: a count of work done stays a target; 约 a "
               "hedge) → 100个; 「健全重点项目季度报送制度」 names no body; " + REQ4 + ": " + NONE + "; dates: 2月底前 (2025-02-28) "
               "and 11月前 (round 33: 「N月前」 is before month N → 2025-10-31) one-off, 3月25日、6月25日、9月25日、11月30日前 the "
               "quarterly reports (a rhythm, round 34: no deadline; a one-off date inside rhythms is the deadline, round 35): the "
               "latest one-off date, " + Y25),
        S(["二", "（四）"], [], ["各区", "我委"], not_targets=[(16, "个")], dl="3月底前", nodl=True,
          note=REQ + "; 「请各区持续推进16个市级海绵城市重点建设区…，梳理…，明确…，严格落实系统方案建设要求」 — 请A read as A (round 30), "
               "the subject carried to 落实 (round 34: an elided subject carries inside one paragraph): 各区 (a kind) a doer; "
               "「我委将组织专家对…开展跟踪指导」 — 组织 B＋verb: " + WO + "; lead []; 「16个市级海绵城市重点建设区」 are the existing "
               "zones the item works in (listed in 附件4; round 38: counts of existing pilots are not targets) → 16个 not a "
               "target; 「2018年以来」 a past start; deadline: none — Round 49 rulings, Dates (p46c), turned: the item's work goes on "
               "(持续推进), so 「请各区于3月底前报送…汇总表」 dates the duty only (2025-03-31 was the answer before, accepted by the "
               "ruling; the scorer holds one answer), " + Y25),
        S(["二", "（五）"], [], [], dl="9月底前", dln="2025-09-30",
          note=REQ + "; 「启动区级海绵城市建设规划评估。…开展建设规划修编，…落实2030年各区海绵城市建设目标要求」 — no subject (the "
               "item's own instructions; 落实's object names 各区 as owners of the goals, no doer); " + REQ4 + ": " + NONE + "; "
               "dates 5月底前 and 9月底前 (the latest, round 34); 「2030年」 names the goals to meet, not a date of the item's work, "
               + Y25),
        S(["二", "（六）"], ["各区", "相关管委会"], ["各区", "相关管委会", "安质监部门"], [(50, "%")], lead_alternatives=[[]],
          note=REQ + "; 「请各区、相关管委会进一步强化…，…严格把控设计质量，…加强施工管理，联合安质监部门开展施工现场质量巡查和竣工验收监管」 "
               "— the subject carried through the paragraph (round 34) to 「A联合B＋verb」, read as 会同 (round 34 / 39): lead A "
               "(各区, 相关管委会; lead [] accepted), responsible A and B (安质监部门); 「鼓励各区依托第三方、行业专家组织开展…审查」 — "
               "鼓励A names no doer (round 40); 「压实运维单位责任」 — 运维单位 named by a duty word, but 「压实…责任」 is read as a "
               "work heading only as a heading (round 37), here a clause with no subject of its own: no unit added; 「对辖区内不少于"
               "50%项目开展专项施工检查」 — 不少于 (round 30's line) → 50%; " + NODATE),
        one(["二", "（八）"], "我委", dl="于10月", dln="2025-10",
            note=REQ + "; 「请各区、管委会强化…，…抓好各项工作落实」 — 落实 as a noun gives no doer (round 33); 「我委将适时组织第三方专家"
                 "团队，对各区、管委会的海绵城市建设情况开展专项指导，并于10月开展年末跟踪指导」 — 「A组织B＋verb」: " + WO + ", the "
                 "expert team (the pivot's object) no unit; deadline 「于10月」 (a month: 2025-10), " + Y25),
     ],
     plan_targets=[{"number": 50, "unit": "平方公里"}, {"number": 100, "unit": "个"}],
     phases=[],
     duties=[{"what": "请各区、相关管委会于3月底前报送海绵城市计划建成区汇总表", "when": "3月底前", "when_norm": "2025-03-31",
              "note": "二、（一）: a sending of the plan's units to the issuer (round 35 / round 42's dated sending)"},
             {"what": "9月底前完成自评估报告编制并报送我委", "when": "9月底前", "when_norm": "2025-09-30", "note": "二、（一）"},
             {"what": "请各区、相关管委会于4月底前报送“十五五”期间计划建成区和系统方案编制范围的电子文件（shp文件）",
              "when": "4月底前", "when_norm": "2025-04-30", "note": "二、（二）"},
             {"what": "请各区、相关管委会于2月底前报送海绵重点项目汇总表", "when": "2月底前", "when_norm": "2025-02-28",
              "note": "二、（三）"},
             {"what": "3月25日、6月25日、9月25日、11月30日前报送各季度海绵重点项目实施进展表", "when": "每季度（3月25日、6月25日、9月25日、"
              "11月30日前）", "when_norm": "quarterly",
              "note": "二、（三）: a report named by its rhythm (各季度, round 41 continued: a report named by its rhythm is a duty "
                      "with that rhythm)"},
             {"what": "请各区于3月底前报送海绵城市项目建设情况汇总表", "when": "3月底前", "when_norm": "2025-03-31",
              "note": "二、（四）"}],
     notes=["counting: the chrome lines, the repeated title, the number and the preamble no task; 一、工作目标 (the year's "
            "goals, no body) a childless section (its figures are plan targets); 二、工作要求 （一）–（八） → **8** (" + REQ + "). "
            "The 「附件：」 line ends the body; its six titles 「1.…」–「6.…」 name attachments that are not printed (no items, no "
            "task table). No other count: every item of 二、 gives work",
            "units: sentences only; every item requests 「请各区、相关管委会…」 sendings and steps whose verbs are outside rule 2; the "
            "doers are 我委 (组织＋work, 由我委出具), 各区 (落实 carried), and 各区, 相关管委会 with 安质监部门 (联合); (七) (not sampled) "
            "gives 我委 by 「组织开展」",
            "dates: 2025年1月27日 (the signature); one-off sendings and steps by month 2月底前 … 11月前, the year from the "
            "notice; quarterly report dates; 10月 (the year-end guidance); 2027年前, 2030年, “十五五”末 (goals of later years)",
            "figures: plan targets 50平方公里 (新增城市建成区50平方公里达到…要求) and 100个 (约100个海绵重点项目, also in （三）); item "
            "targets 80% (达到), 50% (不少于), 100个; not targets: 16个 (existing zones), 2018年 (a year), 〔2024〕61号 (a document "
            "number), 3589258689 / 2025-00030 (the chrome's index number), 附件1-6.docx"])

write_collected(DIR)
