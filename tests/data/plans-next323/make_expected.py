# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next323/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c323): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was written here
by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 81 rulings, written early" to its end in full,
older rulings only where a ruling quoted there led) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next323/make_expected.py tests/data/plans-next323
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for x323_01
C1A = "1a5b8a1490d179c97614bb7dc62d44efbe8b339a"   # the commit read_file gave for x323_02, _03, _04
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (for x323_01 the YAML "
          "front matter, the two `>` disclaimer lines and the `# ` marker of the heading, the heading kept as line 1; for "
          "the laws the `# ` heading, the six metadata bullets and the `---` rule, the text opening on its own title line); "
          "the text was typed from the tool's answer")


def src(commit, path, url, chars, check):
    return f"{REPO} @ {commit}, docs/{path} (official page {url}) — {STORED} ({chars} characters stored; {check})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind (or a party by role, "
           "Round 74's 房屋产权方; Round 81's x309_04 第三十七条) standing as the subject of the article's verb of doing is a "
           "doer whatever the verb; an application or filing for one's own approval (round 30's applicant; Round 77's "
           "x304_02 第十一条), a review of a submission and the decision on it (Round 77's x302_05 第六、十一条; Round 85's "
           "x317_03 第九条（一）), a sending (Round 75's p57a-2; Round 83's x315_01 第十一条; Round 85's x322_04 第七条) and "
           "options (可, round 49 p46b) name none")
DUTYLIST = ("a lead-in naming a body and a duty word over a list gives each item that names none its body (Round 75; rule 4; "
            "Round 81's x305_04 第四条, governs; Round 84's p61a-2: 「X应当履行下列…义务：」 gives its acting lines X's work)")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 81's x305_02): a task "
          "naming no unit")
LIMIT = ("a time limit running from an event 「…之日起N日内」「…后N秒内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 77's x302_04 二、（三）)")
BREACH = ("the rules' own body taking the step after a breach (责令改正, 处罚款, 查封) is a doer (Round 77's x299_04 第二十八条; "
          "Round 83's x316_02 （二十）; Round 85's x321_03 第七条（二））")
FINE = ("what a breach costs is no target, a fine's band included (round 32: 「处5000元以上3万元以下的罚款」; Round 85 turned "
        "x321_03 第五条（三））")
DEFINED = ("a name the text defines for its bodies is kept as printed where it acts (rounds 43, 48; Round 81's x310_04; "
           "Round 83's x315_02 第四、五条, governs: where the 的-rule or the classes of all bodies leave no kind, the defined "
           "name is their only name)")
WORKHEAD = ("under a heading that gives out work (职责分工／部门职责／管理职责, round 35's list) every body given work is a unit "
            "(rounds 34, 35), and 「A指导（监督）B＋verb」 there gives A and B (Round 82's p60c-4)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x323_01_shi-jiaotongwei-2023-jumin-xiaoqu-diandong-qiche-chongdian-sheshi-jianshe-guanli-banfa.txt"
P01 = "上海市居民小区电动汽车充电设施建设管理办法"
N01 = "市交通委、市发展改革委、市住房城乡建设管理委、市经济信息化委、市房屋管理局、市公安局、市消防救援总队关于印发《上海市居民小区电动汽车充电设施建设管理办法》的通知"
WY = "物业服务企业"
DL = "电力部门"
YY = "充电运营商"
BM = "第二十九条（部门职责）"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title line (line 25) or the forwarding notice's title (line 1): either (round 45's pair)",
     doc_no="沪交行规〔2023〕3号 (printed on line 3)",
     issuer="上海市交通委员会 with six city departments (市发展改革委, 市住房城乡建设管理委, 市经济信息化委, 市房屋管理局, 市公安局, 市消防救援总队)",
     date="2023-04-07",
     date_note="the notice is signed 2023年4月7日 (the front matter gives 2023-04-12); in force 2023年6月1日 to 2028年5月31日 "
               "(第三十条, a general provision); no item is dated",
     level="seven city departments, to the district governments and the units concerned: how chargers are planned, built, "
           "run, shared and connected in residential compounds, and who does what (a 行政规范性文件)",
     source=src(C2B, "消防与人防/市交通委、市发展改革委、市住房城乡建设管理委、市经济信息化委、市房屋管理局、市公安局、市消防救援总队.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::7cf5ffbfd2fe4f04b36025bc2d484b80", 5022,
                "rebuilt with the wrapper it matches the 5,022 characters exactly"),
     style="a forwarding notice (title, number, addressees, one sentence, seven issuers one a line, date), then the "
           "measures' title and eight chapters 「第N章 …」 of 30 articles 「第N条（heading）」, each heading on a line of its own "
           "over paragraphs parted by blank lines; 第二十六条 lists an applicant's papers （一）–（五） with paragraphs after "
           "them; 第二十九条（部门职责） a lead-in paragraph over （一）–（十二）",
     leaf_tasks=31, count_alternatives=[32, 33, 36],
     leaf_tasks_by_section={"第四–十六条": 13, "第十八、十九条": 2, "第二十一条": 1, "第二十四条": 1, "第二十六条": 1,
                            "第二十八条": 1, "第二十九条": 12},
     childless_top_level_sections=[],
     samples=[
        S(["第五条（设计和审核要求）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[["建设单位", "施工图审查机构"]], **art(X01, ["第五条（设计和审核要求）"]),
          note="「建设单位在进行方案设计以及组织施工图设计时应当按照…技术要求，落实配建停车位预留充电设施建设安装条件。 施工图审查机构在审核设计文件时，应当对…进行审核。」 — "
               + ARTICLE + ": 落实 (rule 2's verb too) names the builder; the review body's 审核 of design files is a review "
               "of a submission, none (Round 85 confirmed x322_04 第十条's review body none); " + ONE_LEAD + "; the pair "
               "accepted; " + NODATE),
        S(["第六条（运维管理职责）"], [], [DL, "所有权人"], responsible_alternatives=[[DL]],
          **art(X01, ["第六条（运维管理职责）"]),
          note="「…各相关方应当继续做好后期的管理和运维。 由电力部门负责建设的工程，…其后期管理和运维应当由电力部门负责。 由开发单位建设的工程（充电桩除外），其后期管理和运维按照…实施。 安装到位的充电桩应当由所有权人负责管理和维护，可以委托充电运营商、物业服务企业等相关单位进行管理和维护。」 — "
               "「由A负责」 names A (rule 2), a party by role included (Round 74's 房屋产权方), each clause's body in printed "
               "order; 「由电力部门负责建设的工程」「由开发单位建设的工程」 are bodies inside the description of the noun the "
               "clause speaks of, no doers (round 30: 「经A认定的企业」; Round 81's x305_01 第三十六条), the power department a doer "
               "by the later clause; 各相关方 a call (round 30); 可以委托 an option (round 49 p46b); no 牵头: lead []; "
               "[电力部门] alone accepted; " + NODATE),
        S(["第八条（建设流程）"], [], [WY, DL], responsible_alternatives=[[WY]], not_targets=[(1, "年")],
          **art(X01, ["第八条（建设流程）"]),
          note="「居民在建设安装自建桩前，应当书面告知物业服务企业。 自建桩建设在自有产权停车位或者经产权人同意的租赁停车位（有效租赁期一年（含）以上）的，物业服务企业在收到居民书面告知后，应当配合电力部门开展现场勘查，确定…位置，协助提供…接入条件。 …须经业主大会或者业主大会授权的业委会同意确认后实施。」 — "
               "配合 with a subject of its own makes it a doer (round 46's p44g), and in articles the body served is a doer "
               "by any verb of doing after it (Round 81's x307_02 第十六条; Round 83's x311_03 第四条): 电力部门 by 开展现场勘查; "
               "the resident's notice is a sending of its own matter (Round 75's p57a-2), the owners' assembly's consent an "
               "approval (rule 3), none; no 牵头: lead []; the firm alone accepted; 一年（含）以上 stands inside the bracket "
               "describing the noun 停车位 the case picks, a class, no target (round 58's class; Round 83 turned x311_01 "
               "第十条) (RULING? 1); " + NODATE),
        S(["第十条（消防管理要求）"], [], ["车库"], lead_alternatives=[["车库"]], responsible_alternatives=[[]],
          **art(X01, ["第十条（消防管理要求）"]),
          note="「自建桩需安装在小区车库内的，车库应当按规范设置消防设施。 鼓励部分老旧车库安装…，增设…报警装置，提高消防安全水平。」 — "
               "Round 85 decided on x317_04 第三十一条: 「X仓库／X车站／X场所应＋verb of doing」 in articles names X as printed, "
               "the facility's name standing for the body that runs it; 设置 is a verb of doing, so [车库] (RULING? 2: these "
               "measures are not written for the bodies that run garages, and the line reads as the condition an "
               "installation needs — then a task naming none, accepted); 鼓励 names no work (Round 77's x299_02 第七条); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十二条（复原责任）"], [], ["所有权人", WY], responsible_alternatives=[["所有权人"], [WY]],
          **art(X01, ["第十二条（复原责任）"]),
          note="「自建桩拆除或者迁移时，所有权人应当向电力部门申请用电销户，并承担恢复原状责任。同时告知物业服务企业，物业服务企业应当予以配合。」 — "
               "「A承担…责任」 names a doer (round 30's clarification), the application to the power department and the "
               "notice to the firm naming none (round 30's applicant; Round 75's p57a-2); 配合 with a subject of its own "
               "makes it a doer (round 46's p44g; Round 85's x319_04 第十四条 「建设单位配合」), not a party's part in a check "
               "made of itself (Round 83's x315_03 第七条); no 牵头: lead []; either alone accepted; " + NODATE),
        S(["第十六条（运营管理）"], [], [YY], lead_alternatives=[[YY]], **art(X01, ["第十六条（运营管理）"]),
          note="「项目建成通电后，充电运营商应当组织整体验收，相关资料留存备查。 充电运营商履行公建桩安全生产主体责任，负责日常维护管理，为…充电桩购买…保险并承担相应安全管理责任。 …充电运营商应当明码标价，并依法进行充电桩的周期性强制检定。」 — "
               "组织＋verb and 负责 (rule 2) and 承担…责任 (round 30) name the operator, 履行 adding nothing (round 67); "
               + ARTICLE + "; " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条（充电桩共享）"], [], ["充电桩所有权人", "使用人"],
          responsible_alternatives=[["充电桩所有权人", "使用人", YY], ["充电桩所有权人或者使用人"]],
          **art(X01, ["第二十一条（充电桩共享）"]),
          note="「小区充电桩的共享应当按照本市相关管理要求，由充电桩所有权人或者使用人委托充电运营商进行智能充电管理和开放共享。」 — 「由A委托B＋verb」 "
               "names A, B none by that clause (round 35; Round 81's x309_04 第二十六条), 或者 joining doers (round 49; Round "
               "83's x313_03 第八条（二））, each name as printed; no 牵头: lead []; + 充电运营商 and the printed phrase "
               "accepted; " + NODATE),
        S(["第二十六条（自建报装）"], [], [DL, WY], responsible_alternatives=[[DL], [DL, "申请人", WY]],
          **art(X01, ["第二十六条（自建报装）"]),
          note="「自建桩申请独立报装时，居民应当…提交独立报装申请表，并提供以下材料：（一）申请人身份证件。…（五）…」 then 「电力部门应当在营业窗口提供相关材料的样张模板，在接到申请后，及时…启动现场踏勘。 申请人和物业服务企业应当共同配合赴现场确认电表安装位置。 电力部门在…完成后予以接电，并可开展…计费结算。」 — "
               "lines that say what each applicant must show are the application's conditions, no items (round 30's "
               "applicant; Round 83's x315_04 第五条), so the article is one task whose paragraphs after the list are its "
               "text (Round 81's x305_04 第十三、十四条, governs: no items for a paragraph to follow) (RULING? 3: count 36 "
               "with the lines as leaves and the paragraphs one task); " + ARTICLE + ": 启动现场踏勘, 予以接电 name the power "
               "department; 配合 with its own subject names the firm (round 46's p44g), while the applicant's part in its "
               "own connection is a step of its application (Round 83's x315_03 第七条 form) (RULING? 3); no 牵头: lead []; "
               "[电力部门] alone and the list with 申请人 accepted; " + NODATE),
        S(["第二十八条（联动机制）"], [], ["各区", "乡镇（街道）", "村（居）委"], responsible_alternatives=[[]],
          **art(X01, ["第二十八条（联动机制）"]),
          note="「本市建立“市级统筹、各区组织、街镇落实”三级联动工作机制，明确各部门责任分工。 各区、乡镇（街道）、村（居）委应当切实落实属地主体责任，明确…责任部门，协调推进小区自建桩和公建桩建设。」 — "
               "落实 with 责任 as its object places the duty (round 46; Round 81's x310_01 三/（一）; Round 85's x318_02 "
               "三/(一)), and a group named by a kind with rule 2's verb is a doer (round 30: 「各区要落实…」); names split on "
               "、 as printed (round 30's 「各镇、园区」), brackets kept; 本市 names no body (round 41) and 「市级统筹、各区组织…」 "
               "inside the mechanism's name is its description (round 30); no 牵头: lead []; none accepted; " + NODATE),
        S([BM, "（四）"], [], ["房管部门", WY], responsible_alternatives=[["房管部门"]], **art(X01, [BM, "（四）"]),
          note="「本市各级相关部门应当按照职责分工，紧密协同做好…指导和推进工作。」 over 「（四）房管部门负责指导物业服务企业配合做好住宅小区充电桩的建设和管理。」 — "
               "the article's items are its leaves, its opening paragraph their lead-in (Round 83's x311_04 第十一条); "
               "「A负责指导」 is 「A负责…」 (round 30), and " + WORKHEAD + ": 物业服务企业 by 配合做好 after it; no 牵头: lead []; "
               "[房管部门] alone accepted (the reading outside a work heading, Round 81); " + NODATE),
        S([BM, "（五）"], [], ["消防部门", "公安派出所"], **art(X01, [BM, "（五）"]),
          note="「（五）消防部门、公安派出所依法依规对辖区住宅物业消防安全管理以及履行消防安全责任的情况，实施日常消防监督检查。」 — the subject of 实施 "
               "(rule 2: 「A依法对…实施监督」), two heads two names (round 31); no 牵头: lead []; " + NODATE),
        S([BM, "（七）"], [], ["乡镇（街道）", "村（居）委"], **art(X01, [BM, "（七）"]),
          note="「（七）乡镇（街道）、村（居）委具体做好对业主委员会和物业服务企业的指导和监督工作，对部分无业主委员会或者物业服务企业的小区做好兜底服务和管理工作，协调小区充电桩建设过程中发生的具体问题。」 — "
               + WORKHEAD + "; in articles 做好 is a verb of doing too (Round 81's x307_02 第十六条), and the guidance given as "
               "做好's object names no partner (Round 82's p60b-1 reads the guide outside a work heading); names split on 、 "
               "(round 30); no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 第一、二、三十条 purpose, scope with definitions, entry into force — general provisions "
            "(round 30); 第三条（基本原则） a principle with aims and no doer, a general provision (Round 85's x317_02 一、; "
            "Round 81's x310_02 一、); 第四–十六条 one task each (13; 第四条 a limit on what new compounds must build, a task "
            "naming none, Round 85's x322_04 第五条; 第十三条 one task by 签订 and 由居委会组织); 第十七条 (who uses, options), "
            "第二十条 (the state a charger must meet, text: Round 81's x308_04 二/(三)), 第二十二、二十三条 (a condition, 可, "
            "鼓励, the parties' own terms), 第二十五条 (prices, the scheme's terms: Round 81's x309_03 四、) and 第二十七条 (an "
            "operator's papers for its own connection, an application: Round 85's x321_02) no tasks; 第十八、十九、二十一、"
            "二十四条 one each; 第二十六条 one task (its lines an applicant's papers); 第二十八条 one; 第二十九条 （一）–（十二） "
            "12 (its opening paragraph their lead-in) → 31. Accepted: 32 (第三条 counted: its acts 落实, 统筹推进 with no "
            "subject, round 65), 33 (第二十条 and 第二十七条 as tasks), 36 (第二十六条's five lines as leaves and its "
            "paragraphs one task; RULING? 3).",
            "units: article subjects (round 44); 由A负责, 由A委托B, 组织＋verb (rule 2); 配合 with its own subject (round "
            "46's p44g); 第二十九条 under 部门职责, a work heading (round 35; Round 82's p60c-4); facilities as printed "
            "(Round 85's decided x317_04); applications, notices of one's own matters, reviews and consents none",
            "dates: no item is dated; 2023年6月1日 and 2028年5月31日 the validity",
            "figures: not target 1 年 (第八条, a class in a bracket; the same 一年（含）以上 in 第二十六条（四）（五）, unchecked); "
            "document numbers 国办发〔2020〕39号 etc., 2021－2035年 a title's span, 一车一桩 a name — no targets",
            "duties: none — the residents' and operators' notices and papers are filings on their own matters (round 42; "
            "Round 85's x322_01 一、（二））"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x323_02_shi-renda-2018-minfang-tiaoli.txt"
P02 = "上海市民防条例"
MQ = "市和区民防办"

plan(X02,
     title=P02,
     title_note="the law's own title line (line 1); the stored file printed it twice (the `# ` heading, cut as the wrapper, "
                "and the text's own line)",
     doc_no="a local law of the city people's congress standing committee (no document number; passed 1999, amended 2003, 2015, 2018)",
     issuer="上海市人民代表大会常务委员会",
     date="2018-12-20",
     date_note="the bracket line: passed 1999年6月1日, amended 2003年6月26日, 2015年7月23日 and 2018年12月20日 (the "
               "metadata's 公布日期); 第四十八条 「本条例自1999年8月1日起施行」 (a general provision); no item is dated",
     level="the city's law on civil defence: the governments, the civil-defence offices, the departments and the regulated "
           "parties (building owners, builders, users of shelters), with penalties",
     source=src(C1A, "消防与人防/上海市民防条例.md", "https://flk.npc.gov.cn/detail?id=ff8080816eb1afb8016ebb0a2b9d7551", 6354,
                "rebuilt with the wrapper it matches the 6,354 characters exactly"),
     style="the title, a bracket line of passage and amendments, a table of contents (目    录 and eight 「第N章  …」 lines), "
           "then eight chapters of 48 articles 「第N条  text」 (two spaces, no heading bracket), an article's further "
           "paragraphs on the next lines with no blank line; lists （一）– in 第二十、四十三、四十四条",
     leaf_tasks=45, count_alternatives=[43, 44, 46, 47],
     leaf_tasks_by_section={"第一章 总则": 2, "第二章 规划和预案": 6, "第三章 通信和警报": 5, "第四章 应急救援": 15,
                            "第五章 民众防护": 4, "第六章 民防工程": 9, "第七章 法律责任": 4, "第八章 附则": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第十条"], [], ["市民防办", "区民防办"], targets=[(1, "次")], **art(X02, ["第十条"]),
          note="「市民防办应当组织拟定本市防空袭方案及其实施计划，经市人民政府和上海警备区审核后，报上级军事机关批准。 区民防办应当…组织拟定本行政区域防空袭方案…，经…审核后，报…批准。 防空袭方案及其实施计划至少每五年修订一次。」 — "
               "组织＋verb names its subject (rule 2), each short name as printed where it acts (第五条's 以下简称; round 43; "
               "Round 82's p60c-3); the reviews and approvals by the government, the garrison and the army are rule 3's "
               "approving bodies, and 报…批准 a sending for approval (Round 77's x299_01 第十条), none; no 牵头: lead []; "
               "至少…一次 a number joined to 至少, a target (round 30's line; Round 85 confirmed 「每季度至少研究一次」 1 次), "
               "每五年 its period, no target (Round 60's x174_01); " + NODATE),
        S(["第十八条"], [], ["所有者", "所在单位"], responsible_alternatives=[["所有者"]], targets=[(10, "平方米")],
          **art(X02, ["第十八条"]),
          note="「防空警报设施规划设置点建筑物的所有者，应当在该建筑物顶层预留不少于十平方米的防空警报设施专用房，并为民防办安装防空警报设施提供方便条件，不得阻挠。 预留的…建造费用由市或者区民防办予以补偿。 设置在有关单位的防空警报设施，由其所在单位维护管理。 …确因城市建设需要拆迁…的，应当报…区民防办批准。重建费用由拆除单位承担。」 — "
               "a 的-phrase gives the name after the last 的 (rounds 32, 38): 所有者, a party by role, the subject of 预留 (" +
               "round 44); 由A＋维护管理 names A (rule 2), 其所在单位 the unit the siren stands in, kept without 其 (RULING? 4: "
               "or a pointer to the bare call 有关单位, none — accepted); 补偿 and 承担 with a cost are payers (round 30), the "
               "demolition a contingency (rule 3: 确因…需要…的) with a sending for approval; no 牵头: lead []; 不少于十平方米 "
               "a floor, a target (round 30's line); " + NODATE),
        S(["第二十条", "（三）"], [], ["公安部门"], lead_alternatives=[["公安部门"]], **art(X02, ["第二十条", "（三）"]),
          note="「…编制群众防空应急救援组织组建方案，报本级人民政府批准后由下列部门负责组建：」 over 「（三）公安部门组建消防队、治安队；」 — the "
               "line's own subject acts (组建, a verb of doing in articles, round 44), the lead-in's 由下列部门负责组建 giving "
               "the same body (rule 4); the article's lines are its leaves and its opening paragraphs their lead-in (Round "
               "83's x311_04 第十一条); the teams it builds are no units (rule 3); " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条"], [MQ], [MQ], lead_alternatives=[[]], responsible_alternatives=[[MQ, "组建部门"]],
          **art(X02, ["第二十一条"]),
          note="「专业民防应急救援组织的训练大纲、训练计划由组建部门制定并组织实施。 市和区民防办应当会同群众防空应急救援组织的组建部门，制定…训练大纲、训练计划和综合演练计划。 群众防空应急救援组织的训练，由组建部门组织实施。 …综合演练，由市和区民防办会同组建部门组织实施。」 — "
               "「A会同B＋verb」 gives lead A (lead [] accepted; rule 2); 组建部门 names the bodies 第二十条 gave the part, a "
               "word that points back and adds no unit (Round 81's x307_01 第五条 and x305_02 第二十三条: a pointer where the "
               "bodies it means are named before; rounds 34, 38) (RULING? 5: or a body named by its part, kept as printed — "
               "accepted); 的-phrases 「…组织的组建部门」 give the same head; " + NODATE),
        S(["第二十三条"], [], ["市或者区人民政府", MQ, "其他有关部门"], responsible_alternatives=[["市或者区人民政府", MQ]],
          **art(X02, ["第二十三条"]),
          note="「灾害、灾害性事故发生时的应急救援工作，由市或者区人民政府按照分级管理原则统一组织指挥；市和区民防办以及其他有关部门按照各自职责分工负责实施。」 — "
               "an item whose whole work is the response to a case takes its doers (round 30's clarification): 由A＋组织指挥 "
               "(rule 2's 由A＋verb and 组织＋verb) and 负责实施; levels before one head one name as printed, 或者 or 和 between "
               "them (round 30: 「市、区X部门」), 以及 parting two names; 其他有关部门 a kind (Round 81's x306_06 相关部门; Round 83's "
               "x311_03 有关行政管理部门); no 牵头: lead []; the two without 其他有关部门 accepted; " + NODATE),
        S(["第二十四条"], [], ["有关部门"], lead_alternatives=[["有关部门"]], **art(X02, ["第二十四条"]),
          note="「发现灾害、灾害性事故的单位或者个人，应当及时报告有关部门或者通过“110”报警服务台报警。 有关部门接到…报告或者报警后，应当立即报告本级人民政府并按照应急预案实施救援。 受灾或者发生灾害性事故的单位，应当…采取紧急措施…，并配合…救援。」 — "
               "an order to whoever finds a disaster names no party (Round 85 turned x317_03 第十四条); 实施 names its subject "
               "(rule 2), 有关部门 a kind (Round 83's x311_03); 「…的单位」 with the bare head 单位 is a call (Round 81's x310_03 "
               "第十条; Round 85's x317_04 第四条); the departments' report to their government when a case arises is an "
               "undated duty (Round 83's x316_01 一: 立即 as 及时); " + ONE_LEAD + "; " + NODATE),
        S(["第三十条"], [], ["国家机关", "社会团体", "企业事业单位", "市和区人民政府"],
          responsible_alternatives=[["市和区人民政府"]], **art(X02, ["第三十条"]),
          note="「本市公民应当学习民防的基本知识，…参加民防演练，… 国家机关、社会团体、企业事业单位，应当有计划地组织本单位人员进行疏散、自救互救等民防演练。市和区民防办应当给予指导。 市和区人民政府应当根据需要组织民防演练。」 — "
               "组织＋verb names its subjects (rule 2; 「A组织B＋verb」 names A, round 30), separate heads separate names "
               "(round 31), 企业事业单位 a kind (Round 81's x306_03 企事业单位) (RULING? 6: or the classes of all bodies, a "
               "call — then [市和区人民政府], accepted); citizens are persons (round 30); 给予指导 is rule 3's guide, in "
               "articles too (Round 83's x311_02 第十条); no 牵头: lead []; " + NODATE),
        S(["第三十四条"], ["市民防办", "区民防办"], ["市民防办", "有关部门", "区民防办"],
          lead_alternatives=[[], ["市民防办"]], responsible_alternatives=[["市民防办", "区民防办"]],
          **art(X02, ["第三十四条"]),
          note="「市民防办应当根据国防建设的需要，…会同有关部门编制本市民防工程建设规划，经市规划管理部门综合平衡后，纳入市城市总体规划。 区民防办应当根据市民防工程建设规划，会同有关部门编制本行政区域的民防工程建设规划，经区规划管理部门综合平衡后，纳入区城市总体规划。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2); bodies that lead different parts by 会同 are all leads "
               "(rounds 36, 45; Round 83's x316_02 （二十））, each partner once (round 51); 经A综合平衡 is an approving body's "
               "review (rule 3: 「经A同意」), none; lead [] and the city office alone as lead accepted, and the two offices "
               "without 有关部门; " + NODATE),
        S(["第三十六条"], [], ["建设单位", "市民防办"], responsible_alternatives=[["建设单位"]], **art(X02, ["第三十六条"]),
          note="「建设单位新建民用建筑，应当按照国家和本市有关规定，结合修建战时可用于防空的地下室；不宜修建的，建设单位应当按照规定缴纳民防工程建设费，由市民防办统筹安排，就近修建。 民防工程建设费应当缴交市财政专户，专款专用，不得挪作他用。」 — "
               "a regulated party bound by 应 to an act gives work (rounds 63, 67's x281_02; Round 84's p61a-2), 修建 a verb "
               "of doing (round 44); 缴纳 moves money, a payer (round 30); 由A统筹安排，就近修建 keeps the building work the fee "
               "pays for, 由A＋a verb of doing (rule 2; Round 79's 统筹 keeps work where its object is work) (RULING? 7: or "
               "统筹安排 of a fee a payer's, Round 81's x307_02 第十条 and Round 83's x311_01 第七条 — then [建设单位], "
               "accepted); no 牵头: lead []; " + NODATE),
        S(["第三十八条"], [], [], responsible_alternatives=[["建设单位"]], not_targets=[(15, "个工作日")],
          **art(X02, ["第三十八条"]),
          note="「民防工程的设计、施工、质量必须符合…标准。 单独修建的民防工程竣工验收后，建设单位应当在验收合格之日起十五个工作日内，向市民防办办理竣工验收备案手续。 结合…修建防空地下室的工程…，建设单位应当…向建设管理部门办理竣工验收备案手续。 任何单位和个人不得出租或者使用未经验收…的民防工程。」 — "
               "the state a work must meet is its standard (text; Round 81's x308_04 二/(三)), a ban to 任何单位和个人 is text "
               "(Round 80), and the builder's filing on its own work names none and is no duty (round 42; Round 85's "
               "x322_01 一、（二）, x322_04 第二十四条); an article whose only acts are owed filings stays a task naming no unit "
               "(Round 83's x313_01 第十一条; Round 85's x322_01 一、（二））; " + NONE + "; [建设单位] accepted; 十五个工作日内 "
               + LIMIT + "; " + NODATE),
        S(["第四十条"], [], ["市或者区民防办", "投资者", "使用单位"], responsible_alternatives=[["市或者区民防办"]],
          **art(X02, ["第四十条"]),
          note="「公用的民防工程由市或者区民防办负责维护管理。其他民防工程由投资者或者使用单位按照…规定负责维护管理，并接受市或者区民防办的监督检查。 对民防工程进行维修养护的单位，必须具有相应的资质。」 — "
               "「由A负责」 names A (rule 2), levels before one head one name (round 30), 或者 joining doers (round 49), the "
               "owners and users parties by role (Round 74's 房屋产权方); 接受…监督检查 is a party's part in the check made of "
               "itself (Round 83's x315_03 第七条), the office there a checker named in a noun, none; the qualification of "
               "the repairers is text; no 牵头: lead []; the office alone accepted; " + NODATE),
        S(["第四十三条"], [], ["市或者区民防办"], lead_alternatives=[["市或者区民防办"]], not_targets=[("1-10", "万元")],
          **art(X02, ["第四十三条"]),
          note="「违反本条例规定，有下列行为之一的，由市或者区民防办给予警告，责令限期改正，可以并处罚款：（一）新建民用建筑少建防空地下室或者不缴、少缴民防工程建设费的，处以一万元以上十万元以下罚款；（二）…（三）… 罚没款全部上缴国库。」 — "
               "a list of breaches under a lead-in is the text of the item that announces it, one task (Round 78's (b); "
               "Round 85 confirmed x321_03 第八条); " + BREACH + "; 上缴国库 moves money (Round 81's x309_03 四、); " + ONE_LEAD
               + "; " + FINE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区的应急预案应当报市民防办备案", "when": None, "when_norm": None},
             {"what": "有关部门接到灾害、灾害性事故的报告或者报警后，应当立即报告本级人民政府", "when": "立即", "when_norm": None}],
     notes=["counting (leaf tasks): 第一、二、三、四十八条 purpose, definition, scope, entry into force, and 第三十三条's "
            "definition with its rule of use — general provisions (round 30); 第四条 who leads the whole of the work (由…领导) "
            "is a plan-level field, no task (rounds 41, 42; Round 81 turned x308_01's 实施责任单位 point) (RULING? 8: count "
            "46 with it); 第七条 money into the budget (Round 83's x311_01 第七条: articles whose only acts move money are no "
            "tasks), 第八条 and 第三十二条 rules to everyone (Round 80), 第四十六条 a party's options (round 49 p46b) — no "
            "tasks; 第二十条 （一）–（六） 6 and its two paragraphs after them (「群众防空应急救援组织平时应当担负…」, "
            "「红十字会组织依法进行救护工作」) 2, each a paragraph that gives work after an article's items (Round 77's "
            "x299_02; round 54's s48b); 第四十三、四十四条 one task each with their lists of breaches (Round 78's (b)); every "
            "other article one task → 2 (第五、六条) + 11 (第九–十九条) + 8 (第二十条) + 11 (第二十一–三十一条) + 12 "
            "(第三十四–四十五条) + 1 (第四十七条) = 45. Accepted: 44 (第二十条's two paragraphs one task), 43 (both "
            "paragraphs text), 46 (第四条 counted), 47 (第四条 and 第七条 counted).",
            "units: article subjects (round 44); 由A＋verb, 会同, 组织＋verb, 负责 (rule 2); short names 市民防办, 区民防办 as "
            "printed where they act (round 43); levels before one head one name (round 30); 组建部门 a pointer (RULING? 5)",
            "dates: no item is dated; 1999, 2003, 2015, 2018 passage and amendments; 1999年8月1日 entry into force",
            "figures: targets 1 次 (第十条 至少…一次), 10 平方米 (第十八条 不少于); not targets 15 个工作日 (第三十八条), "
            "1-10 万元 (第四十三条（一）); unchecked: 五日以前 (第十九条, a time before an event), 十日内 (第四十一条), the other "
            "fines of 第四十三条, 每五年, “110”",
            "duties: two, undated — 第十一条's filing of the district plans with the city office and 第二十四条's report to "
            "the government; the builders' and users' filings (第三十八、四十一条) are filings on their own matters, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x323_03_shi-renda-2020-dixia-kongjian-guihua-jianshe-tiaoli.txt"
P03 = "上海市地下空间规划建设条例"
GH = "规划资源行政管理部门"

plan(X03,
     title=P03,
     title_note="the law's own title line (line 1); the stored file printed it twice (the `# ` heading, cut as the wrapper, "
                "and the text's own line)",
     doc_no="a local law of the city people's congress standing committee (no document number; passed 2013, amended 2018 and 2020)",
     issuer="上海市人民代表大会常务委员会",
     date="2020-12-30",
     date_note="the bracket line: passed 2013年12月27日, amended 2018年5月24日 and 2020年12月30日 (the metadata's 公布日期); "
               "第三十五条 「本条例自2014年4月1日起施行」 (a general provision); no item is dated",
     level="the city's law on planning and building underground space: the planning, building, civil-defence and housing "
           "departments, builders and land users, with penalties",
     source=src(C1A, "消防与人防/上海市地下空间规划建设条例.md", "https://flk.npc.gov.cn/detail?id=ff8081817a332fe2017a38820c0108ba",
                5545, "rebuilt with the wrapper it matches the 5,545 characters exactly"),
     style="the title, a bracket line of passage and amendments, a table of contents, then five chapters of 35 articles "
           "「第N条  text」 (two spaces, no heading bracket), further paragraphs on the next lines; lists in 第十九条 （一）–（三） "
           "and 第三十三条 （一）–（五）; an ideographic space after 「应当包括：」 in 第九条",
     leaf_tasks=24, count_alternatives=[22, 23, 26],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 地下空间规划": 5, "第三章 地下空间建设": 13, "第四章 法律责任": 3,
                            "第五章 附则": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条"], [], ["市和区规划资源行政管理部门", "市和区建设行政管理部门", "市和区民防行政管理部门", "市和区房屋行政管理部门", "其他有关行政管理部门"],
          responsible_alternatives=[["市和区规划资源行政管理部门", "市和区建设行政管理部门", "市和区民防行政管理部门", "市和区房屋行政管理部门"]],
          **art(X03, ["第五条"]),
          note="「市和区规划资源行政管理部门承担地下空间开发的综合协调职责，负责规划和用地管理。 市和区建设行政管理部门负责…。 市和区民防行政管理部门负责…。 市和区房屋行政管理部门负责…。 其他有关行政管理部门按照各自职责，做好地下空间的相关管理工作。」 — "
               "several 负责 clauses, all their bodies in printed order (rule 2), levels before one head one name (round "
               "30); 承担＋work names a doer (round 30's clarification); in articles 做好 is a verb of doing (Round 81's "
               "x307_02 第十六条), 有关行政管理部门 a kind (Round 83's x311_03 第四条); no 牵头: lead []; the four without the "
               "last accepted; " + NODATE),
        S(["第六条"], [], ["市和区规划资源、建设、房屋等行政管理部门"], lead_alternatives=[["市和区规划资源、建设、房屋等行政管理部门"]],
          **art(X03, ["第六条"]),
          note="「市和区规划资源、建设、房屋等行政管理部门应当根据各自职责，依法开展地下空间调查，调查涉及的有关单位和个人应当予以配合。」 — "
               + ARTICLE + ": 开展 names its subject; fields before one head with 等 one name as printed (round 31; Round 81's "
               "x309_01 第四条), levels before it kept (round 30); the parties' part in the survey made of them names none "
               "(Round 83's x315_03 第七条 form: 「A应（积极）配合（B）对A的检查」); " + ONE_LEAD + "; " + NODATE),
        S(["第七条"], [], [], responsible_alternatives=[["市和区规划资源、建设、民防、房屋及其他有关行政管理部门"]],
          **art(X03, ["第七条"]),
          note="「市和区规划资源、建设、民防、房屋及其他有关行政管理部门应当按照各自分工，履行对地下空间开发的监督检查职责。」 — 履行 with the duties "
               "as a whole as its object names none (round 67; Round 81's x305_04 第四条 reading round 67; Round 83's x316_01 "
               "一), with no list under it; the article still gives the departments a duty, a task naming none (RULING? 9: "
               "or 履行…监督检查职责 a verb of doing in articles, round 44 — the printed name accepted); " + NONE + "; " + NODATE),
        S(["第九条"], [], ["市规划资源行政管理部门"], lead_alternatives=[["市规划资源行政管理部门"]], **art(X03, ["第九条"]),
          note="「市规划资源行政管理部门应当组织编制本市地下空间总体规划，作为专项规划纳入城市总体规划，并向社会公布。 地下空间总体规划的内容应当包括：…。 中心城分区规划、…应当包括地下空间规划内容…」 — "
               "组织＋verb names its subject (rule 2); what the plans must hold is their content, text (Round 83's x315_02 "
               "第八条); " + ONE_LEAD + "; " + NODATE),
        S(["第十一条"], ["市有关专业管理部门"], ["市有关专业管理部门", "市规划资源行政管理部门", "市民防行政管理部门"],
          lead_alternatives=[[]], responsible_alternatives=[["市有关专业管理部门", "市规划资源行政管理部门"]],
          **art(X03, ["第十一条"]),
          note="「涉及地下空间安排的各类专项规划，由市有关专业管理部门会同市规划资源行政管理部门组织编制，经批准后纳入相应的城乡规划。 市民防行政管理部门应当制定民防工程建设规划，…作出规定。」 — "
               "「由A会同B＋verb」: lead A (lead [] accepted), A and B (rule 2); 市有关专业管理部门 a kind (Round 83's x311_03); "
               "the civil-defence department the subject of 制定 (round 44); the two without it accepted; " + NODATE),
        S(["第十二条"], [GH], [GH, "建设行政管理部门"], lead_alternatives=[[]], **art(X03, ["第十二条"]),
          note="「规划资源行政管理部门应当会同建设行政管理部门根据控制性详细规划和相关专项规划，…制定地下管线综合规划。 制定地下管线综合规划应当征求管线建设单位及相关行政管理部门的意见。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2; lead [] accepted); the bodies whose views are sought "
               "receive a consultation, none (rule 3); " + NODATE),
        S(["第十五条"], [], ["相邻建设用地使用权人"], lead_alternatives=[["相邻建设用地使用权人"]],
          responsible_alternatives=[[], ["相邻建设用地使用权人", "建设单位"]], **art(X03, ["第十五条"]),
          note="「地下空间建设不得危及…安全。 地下空间建设因通行、通风、通电、排水等必须利用相邻建设用地的，相邻建设用地使用权人应当提供便利条件。建设单位的通行、…等应当符合…要求，尽量避免…造成损害；造成损害的，应当给予赔偿。」 — "
               "a regulated party bound by 应 to an act gives work, its subject a doer in articles (Round 85 confirmed "
               "x321_04 第十条's 「…建设用地使用权人应当…相互提供便利」: 提供便利 no sending of records); the builder's acts are "
               "the state they must meet and a compensation (money, round 30), none; " + ONE_LEAD + "; none and + 建设单位 "
               "accepted; " + NODATE),
        S(["第二十条"], [], ["市人民政府"], lead_alternatives=[["市人民政府"]], **art(X03, ["第二十条"]),
          note="「地下建设项目的建设用地使用权出让金的收取，由市人民政府制定具体办法，向社会公布并依法接受监督。」 — 由A＋制定 names A (rule "
               "2); a point whose only act were money would be terms (Round 81's x309_03 四、), but 制定办法 is work (round 39; "
               "Round 85 confirmed x322_04 第二十五条's 另行制定); " + ONE_LEAD + "; " + NODATE),
        S(["第二十一条"], [], [GH], lead_alternatives=[[GH]], **art(X03, ["第二十一条"]),
          note="「规划资源行政管理部门应当根据控制性详细规划核定地下建设项目的规划条件。… 市人民政府确定的重点地区的地下建设项目，…规划资源行政管理部门应当在核发选址意见书时，核定…规划条件；… 其他地区的地下建设项目，规划资源行政管理部门应当在审定建设工程设计方案前明确地下空间的建设内容。 结建建设项目的地下空间开发范围，不超出…用地界线。」 — "
               + ARTICLE + ": fixing a site's planning conditions before its land is granted is the department's own work, no "
               "review of a party's submission (the 时 and 前 clauses only say when); 市人民政府确定的 describes the areas "
               "(round 30: a body inside a noun's description); the last paragraph a limit, text of the same task; "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十三条"], [], ["新项目建设单位", GH], responsible_alternatives=[["新项目建设单位", "建设单位", GH], [GH]],
          **art(X03, ["第二十三条"]),
          note="「规划条件对地下建设工程有连通要求的，…设计方案应当明确与相邻建筑的连通方案。…新项目建设单位负责建设衔接段的地下通道，并可以取得地下通道的建设用地使用权。 规划条件…未明确连通要求的，建设单位可以与相邻建筑所有权人…达成协议，… 衔接段的地下通道需要穿越城市道路、公路用地的，规划资源行政管理部门应当征询建设行政管理部门的意见，并在土地划拨决定书或者出让合同中明确…义务…」 — "
               "负责 names its subject (rule 2), the name as printed (rounds 43, 48: no name rewritten); 可以 an option "
               "(round 49 p46b), so the second paragraph's 建设单位 none; 征询…意见 and 明确…义务 are the department's own acts "
               "(round 44), the department consulted none (rule 3); the 的-clauses pick classes of projects that decide which "
               "step applies (Round 79; Round 83 turned x313_01 第四条), no contingency; no 牵头: lead []; + 建设单位 and the "
               "department alone accepted; " + NODATE),
        S(["第二十六条"], [], ["建设单位"], lead_alternatives=[["建设单位"]], **art(X03, ["第二十六条"]),
          note="「建设地下管线工程的，建设单位应当委托具有相应资质的测绘单位开展地下管线跟踪测量。建设单位在向规划资源行政管理部门申请《建设工程规划许可证》时，应当提交地下管线跟踪测量合同。 地下管线工程覆土前，建设单位应当通知测绘单位按照…合同，实施跟踪测量。」 — "
               "「A委托B＋verb」 names A, B none (round 35; Round 81's x309_04 第二十六条); the contract filed with the permit "
               "application is a step of its own approval (round 30's applicant; Round 77's x304_02 第十一条); 通知 the "
               "surveyor to carry out the work it hired it for is the builder's own step (round 44), 实施 after 通知B its "
               "object's (round 30's pivot); a 的-clause with no head noun opening the article gives its party (rounds 34, "
               "49 p46d); " + ONE_LEAD + "; " + NODATE),
        S(["第三十一条"], [], [GH], lead_alternatives=[[GH]], not_targets=[("5-10", "%")], **art(X03, ["第三十一条"]),
          note="「建设单位违反本条例第二十三条第一款规定，未按照规划预留横向连通位置，…的，由规划资源行政管理部门责令改正，处建设工程造价百分之五以上百分之十以下的罚款。」 — "
               + BREACH + "; the offender inside the case is the penalty's object (round 30); " + ONE_LEAD + "; " + FINE
               + " (Round 85's x321_03: 「处建设工程造价5%的罚款」 read so); article numbers no targets; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "规划资源行政管理部门应当及时将建设单位报送的有关电子数据分送建设、民防、房屋等行政管理部门", "when": "及时", "when_norm": None}],
     notes=["counting (leaf tasks): 第一、二、三、三十四、三十五条 purpose, scope, definitions, entry into force; 第四条 a principle "
            "(round 68; Round 81's x310_02 一、); 第八条 a classification and a rule for whoever develops (Round 85 turned "
            "x321_01 三、（一）: a rule for whoever acts is text) — general provisions or text; 第十七、十八条 how land use "
            "rights are had, options and rules for the applicant (round 30's applicant; Round 85's x321_02); 第二十九、三十条 "
            "referrals 「按照…规定执行」「从其规定」 (general provisions) — no tasks. Tasks: 第五、六、七条 3; 第九–十六条 8 "
            "(第十、十三、十四条 acts with no subject or limits on what may be built: " + NOSUBJ + "; Round 85's x322_04 第五条); "
            "第十九–二十八条 10 (第十九条 one task with its list of cases, Round 78's (b), the sale by the rules' own bodies; "
            "第二十二条 a review and options, a task naming none; 第二十八条 registration acts with no subject); 第三十一–三十三条 "
            "3 (第三十三条 one task with its list of breaches, its last paragraph on criminal liability text) → 24. Accepted: "
            "23 (第十九条 as the sale's terms, no task), 22 (第十九条 and 第二十二条 off), 26 (第十九条's three lines as leaves).",
            "units: article subjects (round 44); 负责, 会同, 组织＋verb, 由A＋verb (rule 2); levels and fields before one head one "
            "name (rounds 30, 31); 的-phrases give the head after the last 的 (rounds 32, 38)",
            "dates: no item is dated; 2013, 2018, 2020 passage and amendments; 2014年4月1日 entry into force",
            "figures: not target 5-10 % (第三十一条); unchecked: 两倍以上三倍以下 (第三十二条, a fine), article numbers",
            "duties: one undated — 第二十七条's sending of the builders' electronic data to the other departments (Round 85's "
            "x321_01 六、（二）: each sending of records to the body that uses them is a duty); the builders' filings are on "
            "their own matters, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x323_04_shi-renda-2023-xiaofang-tiaoli.txt"
P04 = "上海市消防条例"
XF = "消防救援机构"

plan(X04,
     title=P04,
     title_note="the law's own title line (line 1); the stored file printed it twice (the `# ` heading, cut as the wrapper, "
                "and the text's own line)",
     doc_no="a local law of the city people's congress standing committee (no document number; passed 1995, revised 2010, "
            "last amended 2023)",
     issuer="上海市人民代表大会常务委员会",
     date="2023-12-28",
     date_note="the bracket line: passed 1995年10月27日, amended 1997, 2000, 2003, revised 2010年1月13日, amended 2020年3月19日 "
               "and 2023年12月28日 (the metadata's 公布日期); 第七十八条 「本条例自2010年4月1日起施行」 (a general provision); "
               "第八条's 每年11月9日 a yearly day named, no deadline; no item is dated",
     level="the city's fire law: the governments, the emergency and fire-rescue bodies, the police stations, the departments, "
           "units, key units, property firms, builders and fire brigades, with penalties",
     source=src(C1A, "消防与人防/上海市消防条例.md", "https://flk.npc.gov.cn/detail?id=ff8081818d736dae018d786659b61654", 13149,
                "rebuilt with the wrapper it is 13,132 characters, 17 short of the stored count; the tail from 第六十八条's "
                "second paragraph matched the stored text when read again by offset, so the difference lies before it and "
                "was not found (a typing slip or characters the tool's answer did not show)"),
     style="the title, a bracket line of passage, amendments and revision (parted by ideographic spaces), a table of "
           "contents, then seven chapters 「第N章　…」 of 78 articles 「第N条　text」 (an ideographic space, no heading "
           "bracket), further paragraphs on the next lines; duty lists （一）– in 第十、十四、十五、十六、十七、十八条, lists of "
           "cases or persons in 第二十一、四十三、四十五、四十九、五十一、七十、七十六条",
     leaf_tasks=86, count_alternatives=[83, 85, 87, 88, 89],
     leaf_tasks_by_section={"第一章 总则": 3, "第二章 消防安全责任": 39, "第三章 火灾预防": 20, "第四章 消防组织": 10,
                            "第五章 灭火救援": 4, "第六章 法律责任": 9, "第七章 附则": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第四条"], [], ["市和区人民政府应急管理部门", "本级人民政府消防救援机构"],
          responsible_alternatives=[["市和区人民政府应急管理部门"]], **art(X04, ["第四条"]),
          note="「市和区人民政府应急管理部门对本行政区域内的消防工作实施监督管理，并由本级人民政府消防救援机构负责实施。」 — the subject of 实施 and "
               "the agent of 由A负责 (rule 2: 「A依法对…实施监督」), each name as printed, levels before one head one name (round "
               "30); no 牵头: lead []; the department alone accepted; " + NODATE),
        S(["第十条", "（三）"], [], ["市和区人民政府"], lead_alternatives=[["市和区人民政府"]], responsible_alternatives=[[]],
          **art(X04, ["第十条", "（三）"]),
          note="「市和区人民政府应当履行下列消防工作职责：」 over 「（三）组织政府有关部门开展有针对性的消防安全检查；」 — " + DUTYLIST + "; "
               "「A组织B＋verb」 names A, B none (round 30); the article's lines are its leaves, （六） 「法律、法规规定的其他消防工作职责」 "
               "a catch-all, text (Round 84's p61a-1); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第十六条", "（四）"], [], ["单位"], lead_alternatives=[["单位"]], responsible_alternatives=[[]],
          **art(X04, ["第十六条", "（四）"]),
          note="「单位应当履行下列消防安全责任：」 over 「（四）改善防火条件，组织防火检查，及时消除火灾隐患；」 — " + DUTYLIST + "; 单位 is the "
               "name 第五条 gives 「本市机关、团体、企业、事业等单位（以下统称单位）」, the classes of all bodies, and " + DEFINED
               + " (RULING? 10: or the bare 单位 a call, Round 81's x310_03 第十条, Round 85's x317_03 第十四条 — none, "
               "accepted); 组织＋verb (rule 2) on the line too; " + ONE_LEAD + "; " + NODATE),
        S(["第十七条", "（五）"], [], ["消防安全重点单位"], lead_alternatives=[["消防安全重点单位"]], responsible_alternatives=[[]],
          not_targets=[(5, "个工作日")], **art(X04, ["第十七条", "（五）"]),
          note="「依法确定的消防安全重点单位除应当履行本条例第十六条规定的责任外，还应当履行下列消防安全责任：」 over 「（五）自行或者委托符合国家规定条件的消防技术服务机构定期开展消防安全评估，并自评估完成之日起五个工作日内将评估报告报所在地消防救援机构备案。」 — "
               + DUTYLIST + ", a 的-phrase giving the name after the last 的 (rounds 32, 38); 「A委托B＋verb」 names A (round "
               "35); the filing of its own assessment is a regulated party's filing on itself, no duty (round 42; Round "
               "85's x322_04 第二十四条); " + ONE_LEAD + "; none accepted; 五个工作日内 " + LIMIT + "; " + NODATE),
        S(["第十八条", "（四）"], [], ["物业服务企业"], lead_alternatives=[["物业服务企业"]], responsible_alternatives=[[]],
          **art(X04, ["第十八条", "（四）"]),
          note="「住宅区的物业服务企业应当在管理区域内履行下列消防安全责任：」 over 「（四）开展防火检查，发现火灾隐患及时采取相应措施，对业主、使用人违反消防安全管理规定的行为予以劝阻、制止，并及时向相关部门报告；」 — "
               + DUTYLIST + ", a 的-phrase giving 物业服务企业 (rounds 32, 38); the report of what its check finds to the "
               "bodies that act on it is an undated duty (Round 83's x316_01 一: 及时 prints no time), not a filing on its "
               "own matters; " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第二十条"], ["市消防救援机构"], ["市消防救援机构", "市发展改革、住房城乡建设管理、交通、规划自然资源等部门", "有关部门"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市消防救援机构", "市发展改革、住房城乡建设管理、交通、规划自然资源等部门"]],
          **art(X04, ["第二十条"]),
          note="「市消防救援机构应当会同市发展改革、住房城乡建设管理、交通、规划自然资源等部门按照…原则，组织编制市消防规划。 市消防规划应当包括…等内容。 市消防规划经市人民政府批准后纳入城乡规划，由有关部门按照各自职责具体实施。」 — "
               "「A会同B＋verb」: lead A, A and B (rule 2; lead [] accepted), fields before one head with 等 one name as "
               "printed (round 31); 由A实施 names A (rule 2), 有关部门 a kind (Round 83's x311_03); the plan's content is "
               "text; the government's approval rule 3's; the two without 有关部门 accepted; " + NODATE),
        S(["第二十八条"], [], ["施工单位", "总承包单位", "建设单位"], responsible_alternatives=[["施工单位"], ["施工单位", "总承包单位"]],
          targets=[(24, "米")], **art(X04, ["第二十八条"]),
          note="「施工单位应当依照…消防设计进行施工。 建设工程施工现场的消防安全由施工单位负责。实行施工总承包的，由总承包单位负责。建筑物进行局部改建、扩建和内装修时，建设单位应当与施工单位在订立的合同中明确各方对施工现场的消防安全责任。 施工单位应当指定专人负责施工现场的消防工作，落实消防安全管理制度，配备必要的灭火器具。建筑物施工高度超过二十四米时，施工单位应当随施工进度落实消防水源。」 — "
               "由A负责 names A (rule 2); 「实行施工总承包的，由B负责」 picks the class of site that decides which body acts, "
               "no contingency (Round 79; Round 83 turned x313_01 第四条); 明确…责任 in a contract is the builder's own act in "
               "articles (round 44), the contractor already a doer; 指定专人负责 names none (Round 85 turned x322_01 二、（三）), "
               "but 落实 with work as its object is rule 2's; no 牵头: lead []; the contractor alone, and with 总承包单位, "
               "accepted; 超过二十四米 a quantity joined to 超过 that triggers a step, a target (round 30's line; Round 85 "
               "confirmed x317_04 第十二条 「温度超过三十八度…时」) (RULING? 11: 第七十条（二） repeats it in a list of breaches, "
               "where round 31's exception makes it none); " + NODATE),
        S(["第二十九条"], [], [], responsible_alternatives=[["住房城乡建设管理部门"]], **art(X04, ["第二十九条"]),
          note="「应当申请消防验收的建设工程竣工后，建设单位应当向住房城乡建设管理部门申请消防验收。 前款规定以外的其他建设工程，在完成竣工验收后，建设单位应当报住房城乡建设管理部门备案，住房城乡建设管理部门应当进行抽查。 依法应当进行消防验收的建设工程，未经消防验收或者消防验收不合格的，禁止投入使用；…应当停止使用。」 — "
               "the builder's application and filing for its own work name none (round 30's applicant; round 42), and a "
               "spot check of what builders file is a check of what another body hands in, a review, none in articles too "
               "(Round 83's x315_02 第十三条; Round 77's x302_05 第六条) (RULING? 12: or 进行抽查 the department's own "
               "enforcement, a verb of doing, round 44 — accepted); the bans bind whoever uses the works (Round 80); an "
               "article whose only acts are applications, filings and a review stays a task (Round 85 confirmed x322_02 "
               "第十五条's review as a task naming none); " + NONE + "; " + NODATE),
        S(["第四十六条"], [], ["单位", "消防安全重点单位", "物业服务企业", "经营、管理单位"],
          responsible_alternatives=[["物业服务企业", "经营、管理单位"], ["消防安全重点单位", "物业服务企业", "经营、管理单位"]],
          targets=[(2, "次")], **art(X04, ["第四十六条"]),
          note="「单位应当按照本单位灭火和应急疏散预案及国家有关规定，定期组织消防演练。消防安全重点单位应当每年进行至少两次消防演练。 物业服务企业和人员密集场所的经营、管理单位，应当组织员工开展有针对性的消防演练，培训员工…的技能。 托儿所、…等单位的灭火和应急疏散预案，应当包含…措施。」 — "
               "组织＋verb names its subjects (rule 2), 单位 the name 第五条 defines (" + DEFINED + "; RULING? 10), the key "
               "units the subject of 进行 (round 44), 「人员密集场所的经营、管理单位」 giving the head after the last 的 with its "
               "fields (rounds 31, 32, 38); what the nurseries' plans hold is content, text; no 牵头: lead []; the lists "
               "without 单位 accepted; 至少两次 a number joined to 至少, a target (round 30's line; Round 85's 「每季度至少研究一次」), "
               "每年 its period; " + NODATE),
        S(["第五十一条"], [], [], not_targets=[(5, "公里")], **art(X04, ["第五十一条"]),
          note="「下列单位应当建立单位专职消防队，承担本单位的火灾扑救工作：（一）大型火力发电厂、民用机场、港口、…；（二）生产、储存易燃易爆危险物品的大型企业；（三）…；（四）火灾危险性较大，且与最近的国家综合性消防救援队、政府专职消防队相距超过五公里的其他大型企业。」 — "
               "a list of cases is the text of the item that announces it, one task (Round 78's (b); round 35), and 「下列单位」 "
               "points to classes the lines only describe (Round 83's x313_03 第十三条: lines that only class name no act; "
               "Round 81's x310_03 第十条: a phrase picking the bodies other text names adds no unit) (RULING? 13: or each "
               "class a kind the rules bind, as Round 85 decided facilities are read in articles — then the printed kinds, "
               "not written here as an alternative); " + NONE + "; 相距超过五公里 describes the noun 大型企业 the list picks, "
               "a class, no target (round 58; Round 83 turned x311_01 第十条: 「有下列情形之一的X，应当…：…超过N…的」 gives "
               "not_targets); " + NODATE),
        S(["第六十九条"], [], [XF], lead_alternatives=[[XF]], not_targets=[("5000-50000", "元")],
          **art(X04, ["第六十九条"]),
          note="「人员密集场所在营业、使用期间进行电焊、气焊、…等具有火灾危险的施工、维修作业的，由消防救援机构处五千元以上五万元以下罚款。」 — "
               + BREACH + "; " + ONE_LEAD + "; " + FINE + "; " + NODATE),
        S(["第七十七条"], [], ["市消防救援机构"], lead_alternatives=[["市消防救援机构"]], **art(X04, ["第七十七条"]),
          note="「本条例所规定的单位，是指机关、团体、企业、事业等单位。有固定生产经营场所且场所面积达到一定标准的个体工商户应当履行本条例规定的单位消防安全职责，具体标准由市消防救援机构制定。」 — "
               "a definitions article that also gives work stays a task (round 39; Round 78's (c); Round 81 confirmed "
               "x307_02 第四条), 由A＋制定 naming A (rule 2; Round 85 confirmed x322_04 第二十五条's 另行制定); the traders' "
               "履行…职责 names none (round 67); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "物业服务企业发现火灾隐患…对业主、使用人违反消防安全管理规定的行为予以劝阻、制止，并及时向相关部门报告", "when": "及时", "when_norm": None},
             {"what": "公共消防设施、消防装备不足或者不适应实际需要的，应急管理部门应当书面报告本级人民政府", "when": None, "when_norm": None}],
     notes=["counting (leaf tasks): general provisions and text, no tasks — 第一、二条 (purpose, scope), 第五条 (a duty of "
            "everyone and the definition of 单位), 第七条 (鼓励; rewards, a scheme's terms), 第八条 (a day named), 第七十八条; "
            "rules to everyone or to persons (Round 80; round 36; Round 85 turned x317_03 第十四条): 第十九、二十二、三十七、"
            "四十三、六十条; standards a thing must meet (Round 81's x308_04 二/(三)): 第三十三、三十九条 (with 鼓励); a rule for "
            "whoever installs (Round 85's x321_01 三、（一）): 第三十五条; a referral 「遵守…规定」: 第四十一条; an application "
            "and an option only (Round 85's x321_02): 第三十二条; persons to be trained: 第四十五条; insurance bought and "
            "money paid (Round 81's x309_03 四、): 第四十四、六十六条; a power 「有权」 and bans to all: 第六十四条; a referral to "
            "other laws: 第六十七条. Duty lists: 第十条 5 (（六） a catch-all, text, Round 84's p61a-1), 第十四条 7 (（八） "
            "alike), 第十五条 4 + its paragraph after the items 1, 第十六条 6 + 1 (「同一建筑物由两个以上单位…」; 「单位的主要负责人是…"
            "责任人」 a person named, text), 第十七条 5 + 1, 第十八条 5 (its last paragraph a referral 「按照…规定办理」, text) "
            "(Round 77's x299_02; round 54's s48b for paragraphs after items); lists of cases one task each (Round 78's "
            "(b)): 第二十一、四十九、五十一、七十、七十六条; every other article one task → 86. Accepted: 83 (the paragraphs "
            "after 第十五、十六、十七条's items as text), 85 (第七十七条 as a definition only), 87 (第四十三条 counted for its "
            "ban on venues' doors), 88 (the two catch-alls counted, the older numbering reading), 89 (第三十二、六十、六十四条 "
            "counted).",
            "units: duty-list lead-ins (Round 75; Round 81's x305_04 第四条); article subjects (round 44); 由A负责, 会同, "
            "组织＋verb, 实施 (rule 2); 单位 the defined name (RULING? 10); 的-phrases give the head after the last 的",
            "dates: no item is dated; passage 1995, revision 2010, amendments to 2023; 每年11月9日 a yearly day",
            "figures: targets 24 米 (第二十八条 超过), 2 次 (第四十六条 至少); not targets 5 个工作日 (第十七条（五）), 5 公里 "
            "(第五十一条（四）), 5000-50000 元 (第六十九条); unchecked: 六十秒内 (第六十一条, a limit from the order), 三个工作日内 "
            "(第七十四条), the fines of 第七十–七十三条, 二十四米 in 第七十条（二） (a breach's description, round 31), 两个以上 "
            "(第十六条), “110”",
            "duties: two, undated — the property firm's report (第十八条（四）) and the emergency department's written report "
            "(第二十三条); the key units' filing of their assessment (第十七条（五）) is a filing on themselves, no duty"])

write_collected(DIR)
