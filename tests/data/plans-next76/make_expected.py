# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next76/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 28 (built by helper c76): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next76/make_expected.py tests/data/plans-next76
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
src = shanghai_source
GOAL = ("a unit that 牵头 (or 会同) in a sentence (no label): lead = [], responsible = [], that unit accepted as lead "
        "(plans-next37 convention)")
RESP = ("「（责任单位：…）」 closes the item: the listed units are responsible, no lead named (lead = []); lists split on "
        "「、」")
FDG = "市发展改革委"
LG = "临港新片区管委会"
HG = "上海海关"

# ---------------------------------------------------------------------------------------------------------
X01 = "x76_01_shanghai-2026-haiguan-teshu-jianguan-quyu-ruogan-cuoshi.txt"

plan(X01,
     title="关于促进上海市海关特殊监管区域转型升级高质量发展的若干措施（关于印发《关于促进上海市海关特殊监管区域转型升级高质量发展的若干措施》的通知）",
     title_note="the measures' own title (after 「附件：」) or the notice title: either is accepted",
     doc_no="沪发改开放〔2026〕192号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2026-05-28",
     level="city commission (Shanghai), measures issued with the city government's consent",
     source=src("工程建设管理", "关于印发《关于促进上海市海关特殊监管区域转型升级高质量发展的若干措施》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cf6068fe572541aca76716f2aaedea94&siteId=0025", 3701),
     style="a city commission's cover (各有关单位; one paragraph repealing 沪府发〔2021〕1号; 「附件：…」 line; signature, date) "
           "then 「附件：」 and the measures: a preamble (with ASCII 「<…>」 inside 《》); 一、–四、 heading lines over "
           "「N.heading。text（责任单位：…）」 items 1.–17. numbered on, every item closing with a 「（责任单位：…）」 list; lists "
           "that share a suffix (「浦东新区、闵行区政府」, 「松江、青浦、奉贤、嘉定区政府」); a closing unnumbered paragraph on "
           "the coordination mechanism, 相关区政府 and 开发区管理机构; no dates, no figures",
     leaf_tasks=17, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一", "1"], [LG], note=RESP + "; 「洋山特殊综合保税区」 a place; " + NODATE),
        U(["一", "5"], ["松江、青浦、奉贤、嘉定区政府"],
          note=RESP + "; 「松江、青浦、奉贤、嘉定区政府」 is one list of four district governments sharing the suffix 区政府: "
               "kept whole as a compound name (EXPECTED.md's 「吴泾、塘湾派出所」, plans-next's 「各县、市、区政府」); splitting on "
               "「、」 into 「松江」 + … + 「嘉定区政府」 is wrong; " + NODATE),
        U(["二", "6"], [FDG, "市科委", "市卫生健康委", "市农业农村委", "市药品监管局", HG, "浦东新区政府"],
          note=RESP + "; 「“1+N”监管模式」 a name, not a quantity; " + NODATE),
        U(["二", "9"], ["市商务委", FDG, HG, "上海金融监管局", "市委金融办", "市交通委"], note=RESP + "; " + NODATE),
        U(["三", "12"], [HG], note=RESP + "; " + NODATE),
        U(["四", "14"], ["市规划资源局", "市经济信息化委", FDG, "相关区政府", LG],
          note=RESP + "; 「相关区政府」 a group kept as printed; " + NODATE),
        U(["四", "17"], [FDG, "市商务委", "市规划资源局", "市财政局", "相关区政府", LG],
          note=RESP + "; the last item; the unnumbered paragraph after it is not an item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 1.–5. + 二、 6.–9. + 三、 10.–13. + 四、 14.–17. → **17** (numbered on); the closing unnumbered "
            "paragraph (协调机制 / 相关区政府和开发区管理机构 / 开发区运营机构) is not a numbered item; no other reading",
            "samples: seven of seventeen (every section), all with their 「（责任单位：…）」 lists; item 3's 「浦东新区、闵行区政府」 "
            "(two names sharing 政府, or 浦东新区 + 闵行区政府) was not sampled because it reads two ways",
            "units: 「责任单位」 lists with no lead rule: responsible = the list, lead = [] (a single unit accepted as lead)",
            "dates: none in any item (the cover's 2026年5月28日; 「沪府发〔2021〕1号」 a cited number)",
            "figures: none; no plan-level figure; no duty"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x76_02_shanghai-2026-zhongdian-danwei-nengyuan-liyong-baogao-kaohe-tongzhi.txt"

plan(X02,
     title="关于组织开展2025年度上海市重点单位报送能源利用状况报告和温室气体排放报告以及能耗、碳排放总量和强度双控目标评价考核等相关工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改环资〔2026〕89号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会, 上海市经济和信息化委员会, 上海市生态环境局, 上海市交通委员会 (four signatures)",
     date="2026-06-08",
     level="city commissions (Shanghai), a notice organising yearly reports, filings and assessments",
     source=src("工程建设管理", "关于组织开展2025年度上海市重点单位报送能源利用状况报告和温室气体排放报告以及能耗、碳排放总量和强.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d820c5a62907452b90c593a353907f91&siteId=0025", 4947),
     style="a city notice to named commissions, district offices and 各重点单位; three preamble paragraphs (the 2025 count of "
           "key units: 930家, 5家, 11家, 914家, 11家 — past figures); 一、 with （一）–（五）, under them heading lines "
           "「1.年度报告」 → 「（1）…」「（2）…」, 「2.…」, 「1.报告主体填报」 / 「2.审核上报」 each over several paragraphs, "
           "「1.…」–「3.…」 one-line items; 二、 and 四、 headings over paragraphs only; 三、 （一）（二） heading lines over "
           "paragraphs; units act only in sentences (「由市节能中心负责审核」, 「由市交通委牵头实施」, 「市发展改革委将会同…」); "
           "three calendar deadlines (2026年6月30日前, 2026年7月31日前 twice) and a monthly / quarterly rhythm; a closing "
           "「附件：」 list 1.–4. (forms and the list of units, not stored)",
     leaf_tasks=12, count_alternatives=[13, 14],
     leaf_tasks_by_section={"一、能源利用状况报告和温室气体排放报告工作": 10, "三、能耗、碳排放总量和强度双控目标评价考核工作": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["二、单位能源管理负责人备案工作", "四、其他有关事项"],
     samples=[
        P(["一", "（一）"], note="「列入…名单的单位（详见附件4）」: who reports (a heading line over one sentence); " + NODATE),
        P(["一", "（二）", "1", "（1）"],
          note="path: （二） → heading 「1.年度报告」 → 「（1）能源利用状况报告」 (a heading line; the content in the next "
               "paragraph); what the report holds; " + NODATE),
        P(["一", "（三）", "1"], dl="2026年6月30日前", dln="2026-06-30",
          note="「1.报告主体填报」 over four paragraphs: 「各重点单位应于2026年6月30日前将2025年能源利用状况报告和温室气体排放报告"
               "分别报送至上述单位」 (the item's date; also a duty), 「应于每月或每季度首月的10日前在线报送上月或上季度报告」 a "
               "rhythm (a duty, not the deadline); 市节能中心 (转交), 各有关部门, 区级节能综合管理部门, 各受理单位 act in sentences; "
               "「一式2份」 copies, 「中山北一路121号」 / 「华山路1076号」 addresses, telephone numbers — not quantities"),
        S(["一", "（三）", "2"], [], ["市节能中心", "市交通委", "市发展改革委", "市生态环境局"], not_targets=[(10, "个工作日")], skip_deadline=True,
          note="round 29, CONVENTIONS.md rule 2 and 3: 「工业和信息化领域由市节能中心负责审核；交通领域由市交通委委托专业机构进行审核；其他领域由市发展改革委等部门委托专业机构进行审核」 and 「由市生态环境局统一组织…核查」: the agents of 由, in order, are responsible, no lead; 「对审核中发现有问题的报告，…由有关部门…发出整改通知单」 is a case (rule 3); 审核机构 / 相关专业机构 report to bodies that receive (rule 3) (was lead [], responsible []); the earlier reading: " + "「2.审核上报」: 「工业和信息化领域由市节能中心负责审核；交通领域由市交通委委托专业机构进行审核」, 「由市生态环境局"
               "统一组织…」: 由X负责 inside sentences for parts of the work (no label) — none; 「报送单位应在接到整改通知单后10个工作"
               "日内…重新报送」 a period counted from each notice (no calendar date: the deadline is not checked; 10个工作日 a "
               "period, not a target)"),
        P(["一", "（五）"], lead_alternatives=[[FDG]],
          note=GOAL + ": 「市发展改革委将会同市有关部门委托专业机构…组织对重点单位的系统培训」; 「一万元以上五万元以下罚款」 is "
               "the fine of a cited article (《上海市节约能源条例》第七十三条), neither checked as a target nor as a not-target; "
               + NODATE),
        P(["三", "（一）"], lead_alternatives=[["市交通委"]], dl="2026年7月31日前", dln="2026-07-31",
          note=GOAL + " (「交通领域重点单位考核，由市交通委牵头实施」; 市经济信息化委 and 区节能综合管理部门 assess the other "
               "fields in sentences); 「考核牵头实施部门应于2026年7月31日前将考核结果报市发展改革委」 the item's date (also a "
               "duty); 「“百家”“千家”」 names"),
        P(["三", "（二）"], dl="2026年7月31日前", dln="2026-07-31",
          note="「考核牵头部门应…于2026年7月31日前向所主管的重点单位下达2026年碳排放总量和强度双控目标…并将双控目标和目标分解方案"
               "报送市发展改革委」: the item's date (also a duty); 市经济信息化委, 市交通委, 市卫生健康委, 市教委 set targets in "
               "sentences (no label); 「0kgCO2/kWh」 an emission factor set by rule, not checked"),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各重点单位将2025年能源利用状况报告和温室气体排放报告分别报送至受理单位",
              "when": "2026年6月30日前", "when_norm": "2026-06-30"},
             {"what": "重点单位在线报送上月或上季度报告（月报、季报）",
              "when": "每月或每季度首月的10日前", "when_norm": "monthly (or quarterly: 每季度首月的10日前)"},
             {"what": "考核牵头实施部门将2025年考核结果报市发展改革委",
              "when": "2026年7月31日前", "when_norm": "2026-07-31"},
             {"what": "考核牵头部门下达2026年双控目标，并将双控目标和目标分解方案报送市发展改革委",
              "when": "2026年7月31日前", "when_norm": "2026-07-31"},
             {"what": "重点用能单位将节能工作领导小组、能源管理负责人、能源管理人员报有关部门备案",
              "when": "随能源利用状况报告、温室气体排放报告一并报送", "when_norm": None}],
     notes=["counting: 一、 （一） 1 + （二） 「1.年度报告」's （1）（2） and 「2.月度/季度报告」 = 3 + （三） 1. 2. = 2 + （四） 1.–3. = 3 "
            "+ （五） 1 = 10; 二、 (备案) and 四、 (其他有关事项) are headings over paragraphs with no numbered child (sections); "
            "三、 （一）（二） = 2 → **12**. Accepted: 13 (二、 read as a task: a filing duty of the key units) and 14 (二、 and "
            "四、). The closing 「附件：」 1.–4. are form names, not tasks",
            "samples: seven of twelve (一、 five, 三、 both)",
            "units: none labelled; units act in sentences (由X负责审核, 由X牵头实施, X将会同…); the 牵头 / 会同 units are accepted "
            "as lead (plans-next37 convention)",
            "dates: 一/（三）/1 2026年6月30日前; 三/（一） and 三/（二） 2026年7月31日前; 一/（三）/2's 「10个工作日内」 relative (not "
            "checked); the title's 2025年度 and the cover's 2026年6月8日 are no deadlines",
            "figures: the preamble's 930家 / 5家 / 11家 / 914家 / 11家 are the 2025 count (past figures); 5000吨标准煤, 300万吨, "
            "50万吨 and 13000吨 define the kinds of key unit (in the preamble and in 四、, a section); no plan-level target",
            "duties: the yearly reports (2026-06-30), the monthly / quarterly online reports, the two submissions to 市发展改革委 "
            "(2026-07-31) and the manager filing that goes with the yearly report"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x76_03_shanghai-2026-yingshang-huanjing-shida-gongjian-tupo-renwu-tongzhi.txt"

plan(X03,
     title="关于重点推进2026年优化营商环境“十大攻坚突破任务”的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改营商〔2026〕6号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2026-05-06",
     level="city commission (Shanghai), a notice listing ten tasks for the year",
     source=src("工程建设管理", "关于重点推进2026年优化营商环境“十大攻坚突破任务”的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=225444a3d18c4af8be087aa089c41371&siteId=0025", 4173),
     style="a city notice (各相关单位; one paragraph, 「确保年内取得明显进展」); ten top-level items 一、–十、, each a heading "
           "line over one paragraph (aim, 「主要任务：」 a run of sentences) closing with 「（责任单位：…）」; a closing paragraph "
           "(市营商环境建设专班 定期向市领导报告工作进展), 「特此通知。」, signature and date; no dates in the items",
     leaf_tasks=10, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一"], ["市政府办公厅", FDG, "市财政局", "市数据局"],
          note=RESP + "; a top-level item with no numbered child that is a whole task with its own units (plans-dev 03: "
               "every top-level item is one); 「国家、市、区三级」 levels, not a quantity; " + NODATE),
        U(["三"], ["市委金融办", "上海金融监管局", FDG, "市公安局", "市高院"], note=RESP + "; " + NODATE),
        U(["四"], ["市住房城乡建设管理委", "市财政局"], note=RESP + "; 「AI智能体」 a name; " + NODATE),
        U(["六"], ["市高院", FDG], note=RESP + "; 「各区完善…区级办理破产工作机制」 in a sentence; " + NODATE),
        U(["八"], [FDG, "市数据局"], note=RESP + "; 「最后一公里」 a phrase; " + NODATE),
        U(["十"], [FDG, "市委编办", "市政府办公厅", "市委宣传部", "市文化旅游局"], note=RESP + "; the last item; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市营商环境建设专班加强常态化跟踪调度，定期向市领导报告工作进展", "when": "定期", "when_norm": None}],
     notes=["counting: 一、–十、 are the notice's only items, each a complete task with its own 「（责任单位：…）」 (plans-dev 03) → "
            "**10**; no other reading (the closing paragraph is unnumbered)",
            "samples: six of ten (first, middle, last)",
            "units: 「责任单位」 lists with no lead rule: responsible = the list, lead = []",
            "dates: none in the items; the cover's 「确保年内取得明显进展」 (2026) is the notice's horizon, not an item's deadline",
            "figures: 「12345平台」 (九、) a hotline's name; 「十大攻坚突破」 a name; no target",
            "duties: the task force's periodic reports to the city leaders (定期, no rhythm written)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x76_04_shanghai-2026-zhaotoubiao-xingzheng-jiandu-zeren-tongzhi.txt"
FZ = ("「X负责…」 opens the item (the brief's 「X负责」 label): X is the item's responsible body, no lead named (lead = [], X "
      "accepted as lead)")

plan(X04,
     title="关于进一步完善本市工程建设项目招标投标行政监督责任的通知",
     title_note="the notice's title (the first line; repeated on the third, then the number 沪建建管联〔2026〕45号)",
     doc_no="沪建建管联〔2026〕45号 (printed in the text)",
     issuer="上海市住房和城乡建设管理委员会 (the index's issuer; the text prints no signature, only the date)",
     date="2026-02-12",
     level="city commission (Shanghai), a notice dividing supervision duties among departments",
     source=src("工程建设管理", "关于进一步完善本市工程建设项目招标投标行政监督责任的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d46a5908f38041f7afb439e7892696f5&siteId=0011", 1542),
     style="title twice and the number; 各有关单位; a preamble; nine top-level paragraphs 一、–九、 with no numbered child — "
           "一、 and 二、 hold inline 「:（一）…；（二）…」 lists of project kinds on the same line (after an ASCII colon); "
           "一、–四、 open with 「X负责…」 / 「X依法…实施监督」 (kinds of department); 六、 有关部门 / 监管部门 in sentences; 七、 "
           "招标人 (a role); 五、 (other rules apply), 八、 (definitions) and 九、 (「自发布之日起试行」) general provisions; "
           "the date without signature",
     leaf_tasks=6, count_alternatives=[4, 5, 9],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["一"], ["市区住房城乡建设管理部门"],
          note=FZ + " (「市区住房城乡建设管理部门按照职责分工，负责对…实施监督管理」; 市区 = city and district, kept as "
               "printed; 按照职责分工 a phrase); the inline （一）–（三） are kinds of project on the same line, not items; "
               + NODATE),
        U(["二"], ["绿化市容主管部门"], note=FZ + "; the inline （一）（二） are kinds of project; " + NODATE),
        U(["三"], ["财政部门"],
          note="「财政部门依法对…政府采购政策执行情况实施监督」: the department opens the item as its subject (read like "
               "「X负责」: responsible, no lead named); " + NODATE),
        U(["四"], ["建设、交通、水务、绿化市容、农业农村、广播电视等市区管理部门"],
          note=FZ + "; 「建设、交通、水务、绿化市容、农业农村、广播电视等市区管理部门」 is one list of sectors sharing the "
               "noun 市区管理部门: kept whole as a compound name (as 「各县、市、区政府」); splitting on 「、」 into 「建设」, "
               "「交通」 … is wrong; " + NODATE),
        P(["六"], note="「有关部门发现…应及时移送…」, 「监管部门…应当将问题线索移送公安机关」: groups as subjects of rules "
          "(no 负责, no label) — none; " + NODATE),
        P(["七"], note="「招标人…负主体责任。招标人要建立…管理机制」: a role, not a unit — none; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (the rule for this set's documents made of top-level paragraphs, stated in the README): a numbered "
            "item that gives work to a unit or a role is a task; one that defers to other rules (五、), defines terms (八、) "
            "or says when the notice applies (九、) is a general provision → 一、–四、, 六、, 七、 = **6**. Accepted: 9 "
            "(every item, plans-dev 03's reading of a notice made only of top-level items), 5 (without 七、, whose actor is "
            "the role 招标人) and 4 (only 一、–四、, the items that name their department at the start)",
            "samples: all six tasks",
            "units: 一、–四、 name the responsible department at the start (「X负责」 / 「X依法…实施监督」): responsible = that "
            "department, lead = [] (accepted as lead); 六、 and 七、 none",
            "dates: none (九、 「自发布之日起试行」 is the notice's start, not a deadline; the date 2026年2月12日)",
            "figures: none; no duty (六、's 移送 hand cases to other bodies, not reports)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x76_02", ["一", "（五）"], ["市发展改革委"], ["市发展改革委", "市有关部门"],
        "「市发展改革委将会同市有关部门委托专业机构分行业、分批次组织对重点单位的系统培训」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「…的，由市相关行政管理部门责令限期改正」 a case in a cited article (rule 3)", alt=[[]], rule="2 and 3")
align30("x76_02", ["三", "（一）"], ["市交通委", "市发展改革委"], ["市经济信息化委", "区节能综合管理部门", "区工业信息化节能管理部门", "市交通委", "所在区节能综合管理部门", "市发展改革委", "有关部门"],
        "the item divides the assessment by field: 「…由市经济信息化委开展考核」「原则上由区节能综合管理部门、区工业信息化节能管理部门开展考核」「由市交通委牵头实施」「由所在区节能综合管理部门组织开展」「由市发展改革委会同有关部门复核后向社会公布」: every agent of 由, in printed order (names kept as printed); lead the 牵头 body and the 会同 body (without the 会同 lead accepted); 「报市经济信息化委」「报市发展改革委」 receivers (rule 3)", alt=[["市交通委"]], rule="2 and 3")
align30("x76_02", ["三", "（二）"], [], ["市经济信息化委", "区节能综合管理部门", "区工业信息化节能管理部门", "市交通委", "市卫生健康委", "市教委", "经营地所在区节能降碳综合管理部门"],
        "the item divides the setting of targets by field: 「…由市经济信息化委下达考核目标」「原则上由区节能综合管理部门、区工业信息化节能管理部门下达考核目标」「由市交通委统一下达考核目标」「分别由市卫生健康委、市教委下达考核目标」「其他单位由经营地所在区节能降碳综合管理部门下达考核目标」: every agent of 由, in printed order, no lead; 「报市经济信息化委」「报送市发展改革委」 receivers (rule 3)", rule="2 and 3")
write_collected(DIR)
