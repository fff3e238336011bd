"""The words of rule 2's doer clause shared by the sentence reader (``sentence_units``) and its siblings: the modal,
the adverbs, the designations of the accountable body, the filings and the commissions — CONVENTIONS.md rounds 32–39.

Round 39 ("Designations without 由", "Filings and commissions", written early): 「A承担…主体责任」「A对…负首要责任」
designate A as a doer like 「A负总责」; 「A以…方式委托B…」 is 「由A委托B」 (a means before the pivot); 「由A向B申请…」
is an application (A no doer by it).
"""

from __future__ import annotations

import re

# what a subject's last word is where it names a body by its kind (物业管理单位, 子企业, 区属企业, 调查机构): a body, no
# person (「A或其授权的B」's two doers, article_subjects; a rule's lead-in naming a body, public_articles)
# 应 as a binding modal (not 应急／应用, nor 相应／对应／响应…), both spellings of its guard as the modules write it —
# one guards 理应, the other 效应; joining them would change readings (rv69a's finding 8(d))
SHOULD = r"应当|(?<![相对响供适反理])应(?!急|用)"
SHOULD_NOT_EFFECT = r"应当|(?<![相对反供效适响])应(?!急|用)"
BODY_KIND_END = re.compile(r"(?:企业|单位|公司|机关|机构|部门|组织|委员会|中心)$")
_MODAL = r"(?:应当|应该|应|要|将|须|必须|需|需要|务必)?"     # (务必, round 39: a modal, no part of the name before it)
_ADVERB = (r"(?:主要|具体|全面|总体|统一|切实|坚决|(?:积极)?有序|积极|依法|依规|共同|协同|进一步|负责|认真|自行|"
           r"自主|分别|定期|按要求|"
           # (「A与B联合组织…」: 联合 with no object an adverb, the verb decides — round 43, x231_02)
           r"联合(?=组织|负责|实施|落实)|"
           r"按规定|逐级|层层|依职权|[依按]职[责能])?")
# right after the subject (round 32: 「运输企业要严格落实…」「A应健全并落实…」「A不定期组织…」), more adverbs and a
# first verb the subject does before rule 2's (not a pivot's 督促并落实); a later clause 「…，及时落实…」 of a long
# sentence keeps the short list (a closing call 「各X要…，严格落实…要求」 is no assignment)
_NEAR = (r"(?:主要|具体|全面|总体|统一|切实|(?:积极)?有序|积极|依法|依规|共同|进一步|负责|认真|自行|自主|严格|及时|"
         r"扎实|全力|持续|分别|着力|抓紧|尽快|立即|迅速|经常|大力|主动|统筹|不?定期|依职权|[依按]职[责能]|"
         # (the rules it works by 「A按…相关规定实施…审核」「A应当按照要求实施…」: a manner, as 依法 is)
         r"按照?[^，,。；;]{0,16}?(?:规定|要求)|每(?:半年|年度?|季度?|月)|联合(?=组织|负责|实施|落实)|"
         # (「A应…，深入推进实施…，同步落实…」: 推进 before rule 2's 实施／落实 and the manner before it — x257_04)
         r"(?:深入|加快|全面|稳步)?推进(?=实施|落实)|深入(?=实施|落实)|同步(?=实施|落实))?")
# a first verb the subject does before rule 2's 「A要健全并落实…」 (not a pivot's 督促并落实) — or, right after
# the modal, a run of its own short works joined by 、 「A要各司其职、明确任务、落实责任」「A要明确任务、组织实施」
# (round 44: the rule-2 verb of the run decides, as after a comma); no run that opens with a pivot or a partner
# (要求B、督促B、会同B、配合B: B, or the partner, would be the doer)
_NOT_FIRST = r"(?!督促|要求|指导|引导|推动|协调|监督|会同|配合|协助|协同|联合|参与|支持|[求与同和向由])"
_FIRST = (rf"(?:{_NOT_FIRST}[\u4e00-\u9fff]{{2}}(?:并|和|、)|"
          rf"(?:(?<=要)|(?<=应)|(?<=当)|(?<=须)|(?<=需))(?:{_NOT_FIRST}[\u4e00-\u9fff]{{2,6}}、){{1,3}})?")
# a rule the subject follows before 会同 「A根据职责分工会同B组织编制…」 (round 39: the doer still leads)
# 「A主管本市／全市／本行政区域…工作」: the body in charge of a field of work, a designation as 负责 and 主责 are
# (rule 2; the answers of x142_03, x248_04, x263_08, x310_02 read A) — not the noun 主管部门／主管单位 (a name's head)
MANAGES = r"主管(?=(?:本|全)(?:市|区|县|镇|乡|省|州|行政区域|辖区)|辖区)"
RULE_FIRST = r"(?:[依按根][据照][^，,]{0,8}?(?:职责分工|分工|职责|要求|规定))?"
# a later clause 「…，严格落实…」 read as the subject's (round 39), not a call to comply 「严格落实…要求／责任制」 nor a
# bare 「认真组织」「及时落实」 with no work after it — but a duty the subject takes on 「…，严格落实巡查责任」 is its
# own (落实 X的责任 names the party who answers, rounds 46, 59; Round 62 rulings' x64_02 「…应切实落实…主体责任」)
LATER_CALL = re.compile(r"落实[^，,]{0,40}?(?:要求|精神|规定|部署|指示|决策|责任制|机制|制度|政策)$|"
                        r"(?:组织|落实)$")
# 落实 with funds as its object (round 37: work) in a later clause 「A应…，编制年度预算并落实养护资金」
FUNDS = re.compile(rf"^{_MODAL}{_NEAR}(?:[^，,]{{1,16}}?并)?落实好?(?:所需|相关|配套|专项)?[^，,]{{0,8}}?(?:资金|经费)"
                   r"(?!的|到位|情况|使用)")

# a designation of the accountable body (round 32): 「明确A为责任主体」「A作为主责单位」 — not a role the item creates
# 「确定二家清运企业作为主体清运单位」 (rule 3); a plain 「A为…牵头责任单位，B、C为协办单位」 designates too (Round 58
# rulings, x250_01: 为 with a duty word as 作为, 明确 not needed — round 31's reading superseded; 协办 reads as 配合);
# 「A为／是（…的）主管部门／管理部门」 whatever the work before 的 (Round 75 rulings, p57a-1: rounds 37, 67's x284_02
# govern)
_DESIGNATE = re.compile(r"(?:明确|确定|指定)")
_DESIGNATION = re.compile(r"^(?:作为|为|是)(?:[^，,]{0,20}?的)?(?:第一)?(?:[\u4e00-\u9fff]{0,6}?责任主体|"
                          r"(?:实施|统筹|管理|建设|管护)主体|承担[^，,]{0,24}?主体责任|(?<=第一)责任人|"
                          r"主责单位|主责部门|(?:属地)?(?:责任单位|责任部门)|"
                          r"牵头(?:责任|协调)?(?:[和及与]?(?:实施|执行))?(?:单位|部门)|(?:协办|配合|协助)(?:单位|部门)|实施主体|主体责任单位|(?:具体)?(?:实施|工作)单位|工作部门|(?:行政|行业)?(?:主管|管理)部门|"
                          # (… a field before 主管部门 with no 的 「作为区房源收储主管部门」, as with it — round 59)
                          r"(?<=作为)[\u4e00-\u9fff]{2,12}?主管部门(?=[，,]|$)"
                          # (… or the bare 主体 of a work the clause names 「A是…监督管理工作的主体，应当…」, Round 81's
                          # x308_07: 「A是…的X主体」 designates A)
                          r"|(?<=工作的)主体(?=[，,]|$))"
                          # (not 为 the preposition "for" 「A为行业主管部门提供…支撑」: the role is then the object
                          # of a verb that follows it — a designation's role ends its clause or hands on to its work)
                          r"(?!提供|服务|出具|办理|做好|搭建|解决|培训|编制|给予|开通|赋能)")
# … written topic first 「X的责任主体为A」「考核主体为A和B」「联合执法检查主体为A、B…」 (round 34: stating who answers
# for the work, or who does it, designates A) — not who applies, holds or invests 「申报主体为…」「立项主体为…」「入市
# 主体为…」
# (round 30's applicant, x21_05; a party), nor a case 「投资主体为企业的」 or a definition 「…主体是指…」
HOLDER_IS = re.compile(r"(?:责任|考核|评价|检查|执法|监管|实施|建设)主体(?:为|是)(?!指)")
_DEFINES_LEAD = re.compile(r"^是[^，,]{0,40}?(?:牵头部门|牵头单位)")
# an applicant (由A提出申请 / 由建设单位申报) is no unit (由A督促B整改 is: 由A＋any verb of doing, round 34; nor is
# the body that receives or reviews the application 「由A牵头受理申请并会同B分别审批」: its work)
# (提出 is an applicant's only with 申请: a body's opinion in its own review 「由A、B等部门提出审核意见」 is its work,
# 由A＋a verb of doing — Round 51 rulings, x223_04 第二十四条/（二）; but a step of an approval flow that hands the
# file on 「由A提出…意见后，交至B」 stays the approver's, rule 3 — round 36's reviewing body)
_APPLIES = re.compile(r"(?!代为|代办|代理|编制|编写|撰写|采用|采取)(?:[^，,]{0,4}?(?:提出|提交))?[^，,]{0,6}?"
                      # (申请人／申请者 the applicant, a noun: 「由A征求申请人意见后，选择…」 is A's work)
                      r"(?<!受理)(?<!审核)(?<!审批)(?<!审查)申请(?![人者])|"
                      r"(?:统一|自行|自主)?(?:线上|网上)?申报|"
                      r"提出[^，,]{0,10}?意见后|"
                      # (a body sending its own proposal for a decision 「由建设单位报市地名办审批」: a step of
                      # approval, round 46; round 48: a sending under 由 names no doer)
                      r"报[^，,。；;]{1,20}?(?:审批|批准|核准)(?![^，,。；;]{0,4}后)|"
                      # (… and a file sent for another's review 「由A送B初审」: a step of approval, as 报B审批 —
                      # Round 77's x299_01 第十条)
                      r"送[^，,。；;]{1,20}?(?:审批|批准|核准|初审|审查|审核|审定)(?![^，,。；;]{0,4}后)|"
                      # (and a party's own filing 「由A（会同B）向C申办／提交报告」 round 38, 「由A向B申请…」 round 39)
                      r"向[^，,]{1,20}?办理[^，,]{0,10}?手续|向[^，,]{1,20}?申领|向[^，,]{1,20}?(?:备案|报备)|"
                      # (round 40: 「由A提供相关资料，由B预审」 a filing; a report named at length 「提交…申请报告」)
                      r"提供[^，,]{0,6}?(?:资料|材料)$|"
                      # (round 41: 「由A、B分别向C提出的资金需求申请」 — the application described, still one)
                      r"(?:会同[^，,]{1,16}?)?(?:共同|统一|分别)?向[^，,]{1,20}?(?:申办|(?:提交|提供)[^，,]{0,12}?报告|"
                      r"(?:部门|机构|单位|局|委|办|中心|政府|[）)])(?:(?:提出|提交)[^，,]{0,8}?)?申请)")
# (「由A向B报备后自行负责把关」: the filing is a step; the work after it is A's, rule 2)
_FILED_THEN = re.compile(r"[^，,]*?后[^，,]{0,4}?(?:负责|组织|落实|实施)")
# a pivot without 由 「A委托B组织…」「市X办委托第三方…」 (round 35): A a doer as 「由A委托B」 (「A授权B组织…」 the
# same, CONVENTIONS.md "Filings and commissions")
# (… and a means before the pivot 「A以购买服务方式委托B开展…」「A通过招标形式委托B…」, round 39)
# (「A要自行或委托B开展…」: A doing the work itself or through B, A the doer either way — round 35's 委托)
_ENTRUSTS = re.compile(rf"^{_MODAL}{_ADVERB}(?:(?:以|通过)[^，,]{{1,12}}?(?:方式|形式))?"
                       r"(?:(?:自行)?(?:或者|或))?(?:委托|授权)")
# 各负其责 as the subject's own predicate, after its modal and the rule it follows (``_ANSWERS``; a name alone before a
# comma 「A、B等部门，要各负其责，…」 by ``subject_verbs._alone_does``)
EACH_OWN = re.compile(rf"^{_MODAL}(?:[依按根][据照][^，,]{{0,30}}?)?(?:各司其职[、，,]?)?各负其责(?![的之])")
# 「A负总责」「A对…负技术责任」: a designation, A a doer (round 35); 「A对…负首要责任」「A要承担主体责任」「A承担…
# 主体责任」 (round 39: designations without 由), 「A对…负有主体责任」 (round 46, x209_01), 「A依法对…负首要责任」 (the
# manner before 对, x198_01), 「A担负（起）主体责任」 (担负 is 承担, Round 53 decided) — not 「A对…负责」 (a
# standard the subject answers to)
_ANSWERS = re.compile(rf"^{_MODAL}(?:依法|全面|切实)?(?:对[^，,]{{1,40}}?)?(?:分别)?(?:依法)?(?:担负起?|负有?)"
                      r"(?:总责|(?:属地|安全|监管|管理)?(?:技术|首要|主体|全面|直接|总体)责任)|"
                      rf"^{_MODAL}(?:全面|切实|依法)?承担[^，,]{{0,24}}?主体责任|"
                      # (「A要各负其责」「A按照…要求各司其职、各负其责」: a kind with 各负其责 as its own predicate
                      # takes on its duty, as 「A负总责」 — Round 63 turned, x273_02; not after the bodies were named,
                      # round 38)
                      rf"{EACH_OWN.pattern}")
# 「A作为…责任主体，…所需经费，按规定列支」: the sentence's work is a cost, A its payer (round 35: no unit);
# 「A要将…经费纳入／列入…预算」「A要足额安排…经费」 too (Round 48, decided: cost verbs; 统筹安排, 负责／落实
# keep money as work)
_PAYER = re.compile(r"^(?:(?!负责|组织|开展|落实|实施)[^，,])*(?:(?:经费|费用|资金|成本)(?:[^，,]{0,40}，)?[^，,]{0,40}"
                    r"(?:列支|支出|承担|负担|出资|解决|[纳列]入[^，,]{0,16}?预算)"
                    r"|(?<!统筹)安排(?!专人|人员|专职|专门)(?:(?!负责)[^，,]){0,10}?(?:资金|经费|费用))")


# (moved from sentence_units whole, round 43: the patterns its name and clause tests read)
# the head of a group the item sets up, then who leads it 「第一检查组：由区应急局牵头，区住建委参加，…」: the group's
# make-up, not the item's doers (rule 3)
_GROUP_HEAD = re.compile(r"^[^，,：:。]{1,14}(?:组|专班|指挥部|工作队)[：:]\s*由")
# (not a short quote inside a group's name 「镇“安全生产月”活动领导小组」「“五型”机关创建办公室」: the name as printed)
_QUOTED = re.compile(r"《[^》]{0,80}》|(?:“[^”]{0,40}”|\"[^\"]{0,40}\")"
                     # (a quoted word inside a body's name 「市“两难”办负责…」: the name's, x261_07)
                     r"(?![\u4e00-\u9fff]{0,10}?(?:领导小组|工作小组|指挥部|办公室|工作专班|委员会|办|委|(?<![布格大全结开当时政])局|中心)"
                     r"(?:将|要|应|负责|牵头|组织|统筹|会同|[，,]))")
# a date a clause opens with (11月下旬县政府办公室将会同… / 2024年6月底前由…): no part of the name after it
# 「以上工作由督查室负责督查考核」: the checking of a run, not its work (round 33: oversight is no units line)
OVERSIGHT = re.compile(r"(?:负责)?(?:(?:督查|督办|督导|考核|监督|检查|考评|问责)[、和及与]?)+[。.]?$")
_DATE_OPEN = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|底|初|中)?(?:前|起|以前|之前)?"
                        r"|^\d{4}年(?:内|底|起)?")


# a clause, not a name: 「还应检查单位落实…」 (a modal and a verb before the object), 「市级X部门抽查区级X部门负责监管的
# 单位」「各乡镇设立消防安全委员会」 (a body, a verb and its object read on as one name)
_MODAL_OPEN = re.compile(r"^[还也并均都又]?(?:应当|应该|应(?!急)|要(?!素)|须|需要?|必须)")
_VERB_INSIDE = re.compile(r"(?<=[部门位局委办厅府镇乡区县队所站心室会村])"
                          r"(?:设(?![施备计置定立])|开设|抽查|检查|设立|成立|组建|自备|督促|指导|推动|委托|授权|委派|部署|召开|要求|选择|选定|遴选|发挥|组织(?!部))(?=[\u4e00-\u9fff]{2})")


# a modal inside or at the end of a name (产权人可委托物业服务单位 / 各船长应 / 监管人可以指定A / 方案应包括…): a clause
_MODAL_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:可以?|应当|应该|应(?!急)|须|必须)"
                           r"(?:委托|指定|包括|设|负责|组织|由|配合|协助|参与|会同)"
                           r"|(?:可以?|应当|应该|应(?!急))$")

# (「由其所在单位维护管理」: 所在 says which body, kept as printed without 其 — rounds 55, 62; Round 87's
# x323_02 第十八条)
_PRONOUN = re.compile(r"其(?![他余中次实它间后与和及对在向将把为]|所(?!在))(?=[\u4e00-\u9fff]{2})")


# an application's papers handed in by their applicant 「申报材料应由项目单位一并提交」: a filing (round 30), no doer
_PAPERS_BY = re.compile(r"(?:申报|申请)(?:材料|资料|书|表)[^，,]{0,4}?(?:应当|应|须|需|均)?$")
_HANDS_IN = re.compile(r"(?:一并|统一|自行)?(?:提交|报送|提供|上报)")
# a time written before the subject with no comma 「宣传月期间各单位要…」「活动期间区禁毒办组织…」
# (… or a year or a step the work falls in 「今年我委将于5月组织…」「明年区住建委将…」「下一步各区要…」: a time before
# the subject, no part of its name — round 42)
_TIME_OPEN = re.compile(r"(?:[^，,、。；;（）()]{1,8}?(?:期间|期間)|今年|明年|年内|本年度?|下一步|近期|今后)"
                        r"(?=各|[省市区县镇乡區縣鎮鄉]|街道|我[委局办])")


# forms written out longer that say what the short form says: 「经由A组织评议」 (经由 at a clause's start = 由) and
# 「A和B双牵头」 (two leads = 牵头): the 经 / 双 dropped, so every doer reader — the sentence reader and the article
# readers (``article_subjects``, ``role_subjects`` through duty_headings) — reads 由A / A牵头 as it does
# (… and a site's doubled mark between two names 「各乡镇政府,、相关部门要…」: the comma dropped, one 、 join)
_SAME_FORMS = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:\n]))经(?=由)|(?<=[\u4e00-\u9fff）)])双(?=牵头)"
                         r"|(?<=[\u4e00-\u9fff）)])[,，](?=、)"
                         # (and a comma between a list closed by 等单位 and the verb it does 「由A牵头，B、C等单位，
                         # 组织开展…」: the list the verb's subject, as written without it)
                         r"|(?:(?<=等单位)|(?<=等部门))[,，](?=(?:共同)?(?:组织开展|组织|开展)[\u4e00-\u9fff])")
# a body acting for another 「A受B委托，负责…」: A is the subject of the verb after it, B's commission not
# part of A's name (B gives the work through the commission, a doer only where the text names it so elsewhere)
ENTRUSTED_BY = re.compile(r"(?<=[\u4e00-\u9fff）)])受[^，,。；;（(]{2,30}?委托[，,]?"
                          r"(?=(?:(?:按照|根据|依照|依据|按)(?:各自)?(?:职责分工|分工|职责)[，,]?)?(?:具体)?"
                          r"(?:负责|承担|组织|实施|开展|承办))")   # (「…委托，按照职责分工具体负责…」 too)


# 催促 is 督促 (Round 55 rulings on x249_08 三/1–2), and 所辖／所属 after a pivot's verb only relate its object to
# the subject, like 其／所／该 (the same ruling): 「催促所属二级单位落实…」 reads 「督促二级单位落实…」
_URGES = re.compile(r"催促")
_RELATED = re.compile(r"(?<=督促)所(?:辖|属)(?=[\u4e00-\u9fff])")


# the plan's own place opening a clause before a shared level 「本市市、区水行政主管部门应当…」「由本市市、区价格…部门
# 提出…」: a scope, no part of the name (round 41: 本市 before a name, like 我市; round 43's 本区), so the level list
# 「市、区X部门」 is read as printed (round 30); 本市 before one body 「本市各级…部门」「本市X企业」 stays as printed
_OWN_PLACE = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:\n由]))(?:本|我)[市区县](?=[市区县][、和及与])")


# a body's staff joined after its name 「各级财政部门及其工作人员应当…组织开展…」: persons are never units (round 30),
# the body still the subject of the verb — the staff dropped, the body read as written alone (not 「A及其所属单位」:
# bodies of their own)
_ITS_STAFF = re.compile(r"(?<=[\u4e00-\u9fff）)])及其(?:工作|执法|管理|有关|相关)?人员"
                        r"(?=应当|应|要|须|必须|[都均也]|在|[，,])")

# a definition of the rules' own term 「本办法所称X，是指由A出资…的Y」: what the term means, no work — the bodies inside
# it are no doers (a definitions article gives work only in its other sentences, round 30) — the sentence reader's
DEFINES_TERM = re.compile(r"(?:(?<=^)|(?<=[。；;\n]))本(?:办法|规定|细则|条例|规则|意见|通知|方案|制度|标准)中?所称"
                           r"[^。；;\n]{1,60}?是指[^。；;\n]*[。；;]?")

# a bracket after a body's name that says which others stand in for it 「区财政局（包括X管委会相关部门，下同）」
# 「A（含B，下同）」: a note on the kind's reach, dropped with its 下同 — the name read as printed before it (Round 85's
# x321_01 三、（二）: the body that stands in for the kind in one area is no unit of its own)
_STANDS_IN = re.compile(r"(?<=[局委办厅部门府心会])[（(](?:包括|包含|含)[^（）()。；;]{1,30}?[，,]\s*下同[)）]")

# a catch-all class closing a list of classes 「（5）经A组织论证，确需纳入管理的其他改造工程。」: one noun phrase, every
# clause before its 的 describing the class — the body named there picks the class, no work of the list's (Round 91
# on classes of projects: lines that only class the cases an act reaches are its text, naming none)
_CATCH_ALL_CLASS = re.compile(r"^([（(][0-9一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])[^。；;：:\n]{4,120}?"
                              r"的((?:其他|其它)[\u4e00-\u9fff]{0,8}(?:项目|工程))(?=[。；;]?$)", re.M)


def doer_text(text: str) -> str:
    """``text`` as every doer reader reads it: the longer forms of the same clause written short (经由A → 由A,
    A双牵头 → A牵头), a commission left out of the name before its verb (A受B委托，负责… → A负责…), and 催促 read as
    督促, a pivot's object without 所辖／所属."""
    text = _CATCH_ALL_CLASS.sub(r"\1\2", text) if "其" in text else text
    text = _ITS_STAFF.sub("", _STANDS_IN.sub("", _OWN_PLACE.sub("", text)))
    return _RELATED.sub("", _URGES.sub("督促", ENTRUSTED_BY.sub("", _SAME_FORMS.sub("", text))))
