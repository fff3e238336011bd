"""A top-level point with nothing numbered under it whose paragraph gives work (「三、活动内容和方式」 over
「组织县…专家到社区开展义诊…，邀请…参加活动」; 「二、严格落实工作要求。各区要严格落实…」; 「六、保障措施」 over
「…A与B…加强对项目监督指导…」): a task, however its heading is worded (CONVENTIONS.md round 34 early, Round 51
rulings "turned": a childless top-level point that gives work — a rule-2 doer, or an instruction 「要…」「应…」 with
no doer — is a task; one that states only aims, principles, scope, options (可／鼓励) or rules for the public is none;
a childless 工作目标／总体要求 point of aims stays a section; a general call to all 「各部门、村应…」 and a notice's
closing calls to carry out the measures it issued 「三、认真抓好组织实施」 are none, rounds 25, 39). Read by
``task_choice`` beside the points the plan numbers its work at. What a named body will do 「市文物局将对…进行审核」 is
work as an instruction is."""

from __future__ import annotations

import re

from .dates import find_deadlines
from .headings import Item
from .office_oversight import office_tracking_only
from .section_words import REQUIREMENTS_SECTION
from .sentence_names import read_names
from .sentence_units import doer_units
from .shortname import WORK_START

# a line of a roster under a section heading: 组长：某某 / 成员：各班班主任
ROSTER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：][^。；;]{0,60}$")
# a section's text that opens with the plan's guiding thought (以习近平新时代中国特色社会主义思想为指导，…): the plan's
# aims, however the heading reads (一、提升思想认识水平 over it and its principles 坚持安全发展。…), no task
GUIDING = re.compile(r"^(?:坚持)?以[^。；;]{2,60}?为(?:指导|引领|统领|遵循)")

# a heading that names what the point is about, not work: its aims, grounds, theme, span, place, public or scope,
# the past it looks back on or what it is to achieve (一、活动目的 / 二、活动时间和地点 / 三、活动主题 / 四、参加对象 /
# 二、支持领域 / 一、业务类型 / 五、办理流程 / 一、“十三五”发展回顾 / 二、发展环境 / 五、改革成效 / 三、整治重点 /
# 一、提高认识)
_ABOUT = re.compile(r"(?:目的|意义|宗旨|主题|口号|标语|时间|地点|日期|时段|对象|人员|范围|领域|类型|原则|依据"
                    r"|背景|情况|现状|标准|条件|程序|流程|定义|释义|思想|目标|总体要求|领导小组|组织机构|组织领导|机构|单位|经费"
                    r"|回顾|环境|形势|成效|重点|认识|考虑|内容|方式)"
                    r"(?:[和与及、]?(?:时间|地点|安排|对象|范围|方式|时限))*[。.:：]?$")
# (or a noun phrase whose fields are joined by 、 before one 的: 「二、登记、发证的条件」 — what the point is about)
_ABOUT_OF = re.compile(r"^[^，,；;：:。]{2,40}的" + _ABOUT.pattern)
# a time point whose text tells bodies what to finish by which day 「二、时间安排 各社区、村要在2019年12月25日前完成…,
# 12月31日前将…报…备案」: work with its limits, a task (Round 77 on x300_04 二; round 36) — not the event's time alone
_TIME_HEAD = re.compile(r"时间|时限|日期|进度")
_TIMED_INSTRUCTION = re.compile(r"(?:要|应|须)[^。；;，,]{0,4}?(?:在|于)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月"
                                r"(?:\s*\d{1,2}\s*日|底|末)?\s*(?:之前|以前|前)[^。；;]{0,8}?(?:完成|结束|做好|落实)")
# the work's own schedule of shows by place 「五、场次安排 每乡镇4场,具体安排如下: 天王镇 *村…」 (round 51's x179_08
# 「采血地点及时间安排」; Round 70's x288_05 五): the number of shows each place is given, one task — not a point with
# only the time or place
_SHOWS_HEAD = re.compile(r"(?:场次|演出|巡演|放映)安排$")
_SHOWS_EACH = re.compile(r"每个?[\u4e00-\u9fff]{1,6}?\s*(?:演出|放映)?\s*[\d一二三四五六七八九十两]+\s*场")
# a plan's strategies or approach named by their noun (二、发展策略 / 总体思路 — not 深入实施…战略, work: review 41)
_STRATEGY = re.compile(r"(?:策略|战略|思路)$")
_CARRIES_OUT = re.compile(r"实施|推进|深入|落实|贯彻|坚持|推动|打好|打赢")
# the headings a plan opens with: its aims, principles, background, the past it looks back on
_OPENING = re.compile(r"(?:目标|思想|原则|总体要求|回顾|环境|形势|背景|现状|目的|意义|思路)$")
# … a heading of what is done, named by its noun 「活动内容和方式」「宣传内容」「实施方式」: the point's text is the
# work only where it is written as what is done 「组织专家开展义诊…。邀请…参加活动。」 (no 「…负责…」 statement of
# who runs what)
_DONE = re.compile(r"(?:内容|方式)(?:[和与及、]?(?:内容|方式|形式))*$")
# a heading of a plan's section of safeguards, requirements or steps (保障措施 / 保障机制 / 基本要求 / 保密要求): in
# a plan whose work sits in numbered items under its sections, a section (EXPECTED.md lines 21–25; round 26)
_SECTION_NAME = re.compile(r"保障|要求$|步骤|安排$")
# the requirements a thing is to meet, named by its noun (三、保密要求 / 二、关于申报要求 / 一、目标要求 /
# 三、基本要求): rules
_NOUN_REQUIREMENTS = re.compile(r"(?:关于)?[\u4e00-\u9fff]{0,4}要求")
# a section dividing the work among the bodies it names (三、职责分工): read by the duty readers (``headed_points``)
_DUTIES = re.compile(r"职责|分工")
# … whose division stands in a table or an attachment not printed here 「由相关单位具体承办(任务分解表见附件1、2)」: the
# point's own text is the notice's instructions, read as any childless point's (Round 64 rulings, x43_06 二: a notice
# that is the plan itself, its task tables unprinted)
# (the pointer names the division — a table of tasks or duties, the bodies that carry them out: a form's template
# 「答复函格式详见附件2」 puts nothing elsewhere, rv54p)
_DIVISION_ELSEWHERE = re.compile(r"(?:分解|分工|责任|任务|承办单位|责任单位)[^。；;，,（(]{0,8}(?:详)?见附[件表]"
                                 r"|见附[件表][\s\d、，,]*(?:[^。；;，,]{0,4}(?:分解|分工|责任|任务)[^。；;，,]{0,4}表)")


def _divides_work(item: Item) -> bool:
    """A point headed as the plan's division of duties 「三、职责分工」 whose text hands the work to bodies it names
    「区应急局…统筹…。区消防救援局负责…」: the duty readers' section (plans-dev 09), no task of its own. One whose
    text names no body 「二、责任分工和办理时限 ⏎ …由相关单位具体承办…。各承办单位要…逐件审核…」 is a notice's own
    requirement, read as any childless point (Round 64 rulings: x43_06 二)."""
    return bool(doer_units(point_text(item))[1])


def _section_name(head: str) -> bool:
    """The heading names a section of safeguards, requirements or steps (保障措施 — 保障 no verb of doing here), not
    work done to one (严格落实工作要求: the verb before it)."""
    m = _SECTION_NAME.search(head)
    verb = WORK_START.match(head)
    return m is not None and (verb is None or verb.end() > m.start())


# an instruction to the plan's bodies with no doer named 「要…」「应当…」「务必…」 (not 要求 / 重要 / 主要 / 需要)
# (nor 供应 / 相应 / 对应, nor a payment the public owes 应缴纳)
# (需 with a step after it 「设计方案需征求…意见」, not a noun's 「共需经费」「需求」: Round 91 on x335_03 六)
_NEEDS = r"(?<![必无所急])需(?=征求|经过|经[^费济营]|报|通过|进行|按|在|对|向|将|提交|办理|取得|符合)"
_INSTRUCTION = re.compile(rf"(?<![重主需只不供相对适响反效回答理])(?:要|应当|应|须|必须|务必|{_NEEDS})"
                          r"(?!求|点|素|件|闻|急|用|对|以|是|该|缴|交纳|支付)[\u4e00-\u9fff]{2}")
# a clause that only calls 「各村要高度重视」「加强领导」「确保工作取得实效」 (round 39, 44: a section that only calls
# gives no work)
_CALL = re.compile(r"(?:要|应|务必)?(?:高度重视|加强(?:组织)?领导|精心组织|周密部署|统一思想|提高认识|认真落实|狠抓落实"
                   r"|确保[^，,。；;]*(?:实效|成效|落到实处|落实到位|顺利))")
# a sentence of an activity's work, opening with what is done 「组织…专家到社区开展义诊」「邀请…参加活动」
# 「设计制作…材料」
_ACT_START = re.compile(r"^(?:组织|邀请|开展|举办|举行|召开|发放|悬挂|张贴|设计|制作|印制|摆放|播放|刊登|发布|"
                        r"走访|慰问|深入|集中|利用|通过|公布|公开)")
# what a point only allows or encourages 「可…」「鼓励…」「支持…」: options, no work (round 36, 40)
_OPTION = re.compile(r"^(?:[^。；;，,]{0,30}?)(?:可以|可|鼓励|支持|允许)")
# … or after the case it answers 「当…退出时：小区有业主委员会…的，业主委员会可以…」「…的，街道可在…选定…」: a party's
# or a body's option in that case, no work either (round 49 p46b) — its subject bound by no 要／应 of its own
_CASE_OPTION = re.compile(r"^(?:[^。；;]{2,60}?时[：:，,])?(?:[^。；;]{2,80}?的[，,])"
                          r"[^。；;，,要应须]{0,30}?(?:可以|(?<![许认宁即])可(?!能|行|持续|靠|见))")
# a heading that names the plan's work itself 「目标任务」「主要任务」「工作任务」 (not 「工作目标」, aims)
_TASK_HEAD = re.compile(r"^(?:目标|主要|工作|重点|具体)任务$")
# a sentence joined to the one before by a connective 「同时公布电话，接受…」「并组织…」: its own act after it
_JOINED = re.compile(r"^(?:同时|并且|并|还|此外|另外)[，,]?")


# the addressee of a point's first instruction: the words of its clause before 「要」「应」 (not 重要／主要／需要 …)
_MODAL = re.compile(r"(?<![重主需只不供相对适响反效回答理])(?:要|应当|应|须|必须|务必)"
                    r"(?!求|点|素|件|闻|急|用|是|该|缴|免尽|收尽|检尽)")     # (应免尽免: a set phrase, no instruction)
# a general call to all as that addressee 「各部门、村应…」「各地区、各部门要…」「各级各部门要…」「各有关单位要…」
# (rule 3: a general call names no body; a kind of body 「各村」「各区」「各乡镇、各部门和单位」 is a doer, round 34)
_CALL_OPEN = re.compile(r"^(?:各(?:地区|地方|地|单位|部门|级|方面)|各?(?:有关|相关)(?:方面|单位))"
                        r"(?=[、和及与]|各|$)")
# a closing point's heading that calls for the plan to be carried out 「二、高度重视推广工作」「三、认真抓好组织实施」
# 「加强组织领导」「狠抓落实」 (round 39: a requirements section after the plan's numbered work that only calls is none)
_CARRY_OUT_CALL = re.compile(r"^(?:切实|认真|进一步)?(?:高度重视|加强(?:组织)?领导|精心组织|(?:抓好|加强)?组织实施|"
                             r"(?:抓好|狠抓)(?:贯彻)?落实|(?:认真)?(?:贯彻)?落实)")


# a heading that calls for awareness 「一、提高认识，…」「一、充分认识…的重大意义」「一、切实提高对…重要性的认识」:
# what the point is about, work only where its text gives work beyond the awareness (Round 62 rulings: x257_01 一)
_AWARENESS_HEAD = re.compile(r"^(?:切实|进一步|深刻|充分|全面|不断)?(?:提高|提升|增强|统一|充分|深化|深刻|加深)"
                             r"[^，,。；;]{0,30}?(?:认识|意义)$")
# a clause that only asks for awareness or resolve 「充分认识…重大意义」「切实增强紧迫感、责任感」「树牢…理念」
# (发挥…作用 a role, no work: Round 62 on x264_03 七/（七）)
_AWARE_CLAUSE = re.compile(r"认识|意义|重视|紧迫感|责任感|使命感|意识|理念|精神|为契机|为指导|思想|发挥")
_CLAUSE_LEAD = re.compile(r"^(?:要|应当|应|须|必须|务必|并|还|同时|以此)+")


def _beyond_awareness(work: str) -> bool:
    """An awareness point's text gives work beyond the awareness it asks for: an instruction 「要…」 and a clause
    of doing that is not awareness 「采取切实有力的措施，认真做好…工作」「进一步完善执法制度，健全执法机制」
    (Round 62 rulings: x257_01 一, 做好 with its work; rounds 34 early, 51 p47b) — not a point that only calls
    「要充分认识…重要意义，切实增强责任感」 (round 39)."""
    if (first := _INSTRUCTION.search(work)) is None:
        return False
    # (the clauses from the first instruction on: the statement before it 「深入推进…，对于…具有…意义」 says why)
    start = max(work.rfind(stop, 0, first.start()) for stop in "，,。；;！!") + 1
    for clause in re.split(r"[，,。；;！!]", work[start:]):
        body = _CLAUSE_LEAD.sub("", _MODAL.split(clause, 1)[-1].strip())
        if body and not _AWARE_CLAUSE.search(body) and not body.startswith("抓紧") \
                and (WORK_START.match(body) or body.startswith("采取")):
            return True             # (抓紧 a manner word 「抓紧解决…问题」, no verb of doing)
    return False


def awareness_point(item: Item) -> bool:
    """``item`` is a childless point headed by a call for awareness whose text gives work beyond it (Round 62 rulings:
    x257_01 一, a task naming no unit, in a plan of numbered items too; 各单位, a call, settles units, not tasks)."""
    if item.children or item.kind != 1 or item.parent is not None or item.unnumbered or item.article:
        return False
    head = re.split(r"[，,；;：:、]", item.title.strip())[0]
    return _AWARENESS_HEAD.search(head) is not None and _beyond_awareness(point_text(item))


def _addressee(work: str) -> str | None:
    """The words before the point's first 「要」「应」 in their clause ('' where the instruction names none), None where
    the point instructs none."""
    for clause in re.split(r"[，,。；;！!]", work):
        if m := _MODAL.search(clause):
            return clause[:m.start()].strip()
    return None


def _general_call(work: str) -> bool:
    """The point's first instruction is a general call to all 「各部门、村应按照…做好档案管理工作」 (rule 3): the
    sentences after it spell the call out."""
    who = _addressee(work)
    return who is not None and _CALL_OPEN.match(who) is not None


def _named_instruction(work: str) -> bool:
    """The point's first instruction is addressed to a named body 「各区绿化市容局和…管理机构…应加强日常监管」 (Round
    51 rulings: a childless point that instructs a named doer is a task)."""
    who = _addressee(work)
    if not who:
        return False
    return _CALL_OPEN.match(who) is None and bool(read_names(who)[0])


# what a body named before it will do 「市文物局将对…进行审核、指导」「各馆将组织…」: the plan's work stated as a named
# body's (not 「将A纳入B」, the object marker)
_WILL = re.compile(r"将(?=对|在|于|组织|开展|进行|举办|举行|加强|继续|集中|统一)")


def _named_will(work: str) -> bool:
    """A clause of the point says what a body it names will do 「市文物局将对县区方案进行审核」."""
    for clause in re.split(r"[，,。；;！!]", work):
        if (m := _WILL.search(clause)) and (names := read_names(clause[:m.start()])[0]) \
                and not _CALL_OPEN.match(clause) and len("".join(names)) + len(names) >= m.start():
            return True
    return False


def _sentence_heading(title: str) -> bool:
    """The point's heading line is itself a sentence of its text 「四、各区绿化市容局…应加强日常监管，对于…移送…查处。」
    (a point printed with no heading: a long line that instructs), not a heading 「二、高度重视，认真部署…工作」 nor
    one run into its text 「二、宣传内容《…法》等法律法规…;…典型案例警示教育」."""
    return len(title) >= 30 and _MODAL.search(title) is not None


def _run_in_sentence(item: Item) -> bool:
    """The point's heading is the first sentence of its paragraph, closed by its full stop with more text on the line
    「七、参加义务植树的人员乘坐车辆由党政办统一组织安排。所有参加…」, not a heading line over its text."""
    first = item.body.strip().split("\n", 1)[0]
    return first.startswith(item.title.strip() + "。") and len(first) > len(item.title.strip()) + 1


# work given to a doer named after 由, a body or a person 「由镇宣传委员负责联系…」「由专人统一组织安排」: the
# point's work assigned, an instruction as 要／应 is (round 34 early: a childless point that gives work is a task; a
# person names no unit)
# — not in a point that sets up the plan's body and gives its persons their posts (round 35: x34_07 三)
# (a sentence 「由被确定燃放焰火的单位,分别在…,在规定的时间组织燃放」: the agent's clause, then its act after commas)
_ASSIGNED = re.compile(r"^由[^，,。；;由]{1,16}?(?:[，,][^。；;由]{0,40}?)?(?:统一)?(?:负责|组织|安排)")


# a point headed as the plan's measures over one sentence of them 「三、工作措施 ⏎ 结合…,采取…的方式逐户开展…,通过…
# 对…进行…宣传,全面排查和整改…隐患」: its clauses are its acts, as a label's (plans-next308's x308_06 三, plans-dev 08)
# (not the safeguards 「五、保障措施」, which give work only with a doer — tests/test_parse_classes_p36h)
_MEASURES_HEAD = re.compile(r"(?:工作|主要|具体|重点)?(?:措施|举措)")
# a point's short label run into its text after a colon 「三、宣传教育:开展广泛的宣传教育活动,提高…」
_LABEL_RUN_IN = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：](?=\S)")


def point_text(item: Item) -> str:
    """The point's text after its heading: the lines under a heading line, or what runs on after 「二、X。」 — the
    whole body where the heading line is itself a sentence (its first sentence is the point's first instruction)."""
    body = item.body.strip()
    if _sentence_heading(item.title.strip()):
        return body
    if (label := _LABEL_RUN_IN.match(body)) and "\n" not in body:
        return body[label.end():].strip()          # (三、宣传教育:开展广泛的宣传教育活动,…: the text after its label)
    head, _, rest = body.partition("\n")
    if rest.strip():
        return rest.strip()
    return body[len(item.title):].lstrip("。.，, ")


# a sentence of work opened by what it draws on 「结合…情况,常态化开展环境综合整治提升工作,着力实现…目标」: the clause
# after it, a verb of doing (after a word of manner), is what the point does
_DRAWS_ON = re.compile(r"^(?:结合|根据|按照|依据|围绕|立足|针对)")
_MANNER = re.compile(r"^(?:常态化|长效化|全面|深入|持续|集中|广泛|切实|大力|扎实|统一|定期|适时)")


def _drawn_work(text: str) -> bool:
    """A 内容／方式 point's first sentence says what is done after what it draws on (round 34 early: a childless point
    that gives work; Round 67 on x283_08 三) — not a list of the topics 「结合…实际，《…法》…」."""
    clauses = [c.strip() for c in re.split(r"[，,]", re.split(r"[。；;！!\n]", text.strip(), maxsplit=1)[0])]
    k = 0
    while k < len(clauses) and _DRAWS_ON.match(clauses[k]):
        k += 1                  # (「结合…需要,结合…推广,根据…实际,适时开展…」: each thing it draws on)
    return 0 < k < len(clauses) and WORK_START.match(_MANNER.sub("", clauses[k])) is not None


# the frame a headless point's bodies act in 「在行业管理、日常巡查…工作中」「在…时」, before their verb
_FRAME = re.compile(r"^(?:共同|联合|分别|要)?(?:在[^，,。；;]{2,60}?(?:中|时|期间|过程中|方面))?")


def _named_doing(sentence: str) -> bool:
    """A point printed with no heading opens with the bodies it names, the subject of its verb of doing after a frame
    「七、区建交委、规划资源局…及各街镇在…工作中加强…监督，…共同做好…工作。」: the plan's bodies given work by the
    sentence, a task whatever rule 2 names of them (Round 84's p61c-1; Round 91 on a childless point outside rule 2's
    closed list) — not a general call 「各部门、各单位…」 (rule 3)."""
    names, at = read_names(sentence)
    if not names or _CALL_OPEN.match(sentence):
        return False
    rest = sentence[at:]
    return WORK_START.match(rest[_FRAME.match(rest).end():]) is not None   # type: ignore[union-attr]


_THEME_HEAD = re.compile(r"(?:活动)?主题$")
# a body of the plan told to carry something out in the point's own sentence 「各社区要通过开展…活动,深入贯彻落实《…》」
_THEME_DOER = re.compile(r"(?:^|[。；;])各[\u4e00-\u9fff()（）]{1,10}?(?:要|应|须)[^。；;]{0,40}?(?:贯彻)?落实")


def theme_work(item: Item) -> bool:
    """A theme point whose text makes a body a doer by rule 2 「一、活动主题 …各社区要通过开展…活动,深入贯彻落实…」: it
    gives work (Round 91 governs: Round 84's p61c-1 over p51e read for a theme) — not one that only states the theme."""
    head = re.split(r"[，,；;：:、]", item.title.strip())[0]
    if item.children or _THEME_HEAD.search(head) is None:
        return False
    text = point_text(item)
    return bool(doer_units(text)[1]) or _THEME_DOER.search(text) is not None


# a top section headed only by the activity's stance words joined 「一、活动主题、原则及宗旨」「一、活动目的和意义」:
# its theme, the principles it keeps and the aims it serves (p51e; Round 87 on x326_08; "Round 99 rulings, written
# early" confirmed x360_01 0) — not one word alone (``event_field_points`` reads 活动主题), nor 目标任务 (work)
_STANCE = r"(?:主题|原则|宗旨|目的|意义)"
_STANCE_SECTION = re.compile(rf"^(?:活动)?{_STANCE}(?:[、和及与]{{1,2}}{_STANCE}){{1,3}}[。.：:]?$")


def stance_leaf(item: Item) -> bool:
    """``item`` is a numbered line under a ``_STANCE_SECTION`` top section and names no doer by rule 2 (nor does any
    line of the section): it states the activity's stance, no task — a line there that makes a body a doer
    「(二)各社区要牵头…」 keeps the section's lines as they were read."""
    top = item.top()
    if top is item or _STANCE_SECTION.match(top.title.strip()) is None:
        return False
    return not any(d.unit or doer_units(d.body)[1] for d in top.descendants())


def tracking_point(item: Item) -> bool:
    """A top-level point with nothing under it that holds nothing but the plan's office keeping track of the plan
    「三、强化督促检查。市领导小组办公室实行“月调度、季通报、半年检查、全年总结”，对工作推进不力的单位
    进行通报。」: no task (Round 94 rulings) — the one rule ``childless_work`` and ``task_choice`` read it by."""
    return not item.children and item.kind == 1 and item.parent is None and office_tracking_only(point_text(item))


def childless_work(item: Item, points: bool = True, items: list[Item] | None = None) -> bool:
    """``item`` is a top-level point with nothing numbered under it whose text gives work: a doer by rule 2, an
    instruction 「要…」, or sentences opening with a verb of doing (a notice's 「组织…开展…」) — not a point headed by
    what it is about (aims, time, place, theme, scope), a roster, the guiding thought, or options only. ``points``:
    the document numbers its work at its points (``points_document``); where it does not, a section headed as the
    plan's safeguards, requirements or steps stays a section, and a point is work only with a rule-2 doer or an
    instruction to a body it names. Not a point whose first instruction is a general call to all (「各部门、村应…」,
    rule 3) nor, ``items`` given, a notice's closing call to carry out the measures it numbered before 「三、认真抓好
    组织实施」 with no doer or date of its own (rounds 25, 39)."""
    if item.children or item.kind != 1 or item.parent is not None or item.unnumbered or item.article \
            or item.article_line or item.unit or item.fields:
        return False
    if awareness_point(item):
        return True             # (一、提高认识，… over 「…要…，进一步完善执法制度…」: Round 62 rulings, x257_01 一)
    title = item.title.strip()
    head = re.split(r"[，,；;：:、]", title)[0]       # (字幕内容:… / 认清形势、高度重视…: the heading's own words)
    # (「三、整治内容 ⏎ 结合…,常态化开展…工作」: a heading of what is done whose own first word is a verb of doing,
    # over a sentence that says what is done — read as a 内容 point, Round 67 on x283_08 三)
    done = _DONE.search(head) is not None and (not WORK_START.match(head) or _drawn_work(point_text(item)))
    # (「五、相关要求：…各船舶应…；接收作业单位要…」: the requirements label run into the point's own instructions, in a
    # document of headed points — work as any childless point's 要／应 is, rounds 34 early, 51 p47b)
    run_in = points and _LABEL_RUN_IN.match(item.body.strip()) is not None
    timed = _TIME_HEAD.search(head) is not None and _TIMED_INSTRUCTION.search(point_text(item)) is not None
    about = _ABOUT.search(head) or _ABOUT_OF.search(title)
    if about and not done and not organisation_work(item) and not _led_work(item) \
            and not timed and not theme_work(item) \
            or (REQUIREMENTS_SECTION.fullmatch(title) or _NOUN_REQUIREMENTS.fullmatch(head)) and not run_in \
            or _DUTIES.search(head) and _divides_work(item) \
            and not (points and _DIVISION_ELSEWHERE.search(item.body)) \
            or not points and _section_name(head) \
            or _STRATEGY.search(head) and not _CARRIES_OUT.search(head):
        return False            # (三、工作要求 alone: a call or work by round 39, ``task_choice._closing_work``)
    if _HOLDER_DUTIES.match(title) and not _ROSTER_POST.match(head):
        return True             # (「一、居民委员会:负责…」「二、楼栋长:在做好…的同时,认真做好…」: a holder's duties)
    text = point_text(item)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    # (「七、参加…的人员乘坐车辆由党政办统一组织安排。所有…」: a point written as a sentence, no heading — its first
    # sentence, read as the heading, is its work)
    titled = _run_in_sentence(item) and bool(doer_units(title)[1])
    if not text and re.search(r"[，,]", title) and (doer_units(title)[1] or _named_doing(title)):
        # (「二、暴雨洪水报告 在汛期,防汛办会同党政办编排…」 on a one-line copy: the heading run into its text with no
        # stop, the whole point one title — its clauses name a doer by rule 2, so it is read as its text, x295_04)
        text, titled, lines = title, True, [title]
    if len(text) < 20 and not titled or not lines or GUIDING.match(text) or all(ROSTER_LINE.match(ln) for ln in lines) \
            or tracking_point(item):
        return False
    sentences = [s.strip() for s in re.split(r"[。；;！!\n]", text) if s.strip()]
    acts = sum(bool(WORK_START.match(s) or _ACT_START.match(s) or _ACT_START.match(_JOINED.sub("", s, count=1))
                    or WORK_START.match(_JOINED.sub("", s, count=1))) for s in sentences)
    if (_LABEL_RUN_IN.match(item.body.strip()) or points and _MEASURES_HEAD.fullmatch(head)) and len(sentences) == 1:
        # (a label's one sentence of verb-first clauses 「开展…活动,提高…认识,引导…参与…」: its clauses are its acts)
        acts = sum(bool(WORK_START.match(c) or _ACT_START.match(c)) for c in re.split(r"[，,]", sentences[0]))
    if done:
        # (「二、行动方式 采用…包片负责的方式,…,包片领导干部要到包片村开展…整治」: an instruction 要 in a manner point
        # makes it work as in any childless point — Round 84's p61c-1; Round 87's x324_06 turned one with none)
        # (not a 内容 point's 「一要增设…二要加装…」: what the project holds, a spec)
        return acts >= 2 or _drawn_work(sentences[0]) or head.endswith("方式") and _INSTRUCTION.search("，".join(
            c for c in re.split(r"[，,。；;]", text) if c and not _CALL.search(c) and not _OPTION.match(c))) is not None
    if _SHOWS_HEAD.search(head) and _SHOWS_EACH.search(text):
        return True             # (「五、场次安排 每乡镇4场,具体安排如下:」: the work's own schedule of shows, round 51)
    work = "。".join(s for s in sentences if not _OPTION.match(s) and not _CASE_OPTION.match(s))
    if not work:
        return False
    doers = titled or bool(doer_units(work)[1])
    asked = "，".join(c for c in re.split(r"[，,。；;]", work) if c and not _CALL.search(c))
    if not points:
        # (a plan numbering its work deeper: a childless point is work where it gives it to a doer by rule 2 — Round 34
        # rulings, "in a document of numbered items too" — or, a point written as a sentence with no heading, as an
        # article is, where it instructs a body it names 「四、各区…局…应加强日常监管，…」 (Round 51); a headed
        # point's instruction 「三、信息公开⏎各乡镇要通过…公布」 and one to no body named stay as read)
        return doers or _sentence_heading(title) and _named_instruction(work) \
            and _INSTRUCTION.search(asked) is not None
    if doers or timed:
        return True
    if _general_call(work) and not _TASK_HEAD.search(head):
        # (not a point headed as the plan's work itself 「一、目标任务。各单位应全面梳理…」: the work every addressee
        # does, a task naming none — Round 89 on a notice's support points, which the seeds drop beside it)
        return False            # (「各部门、村应…做好档案管理工作」: a general call to all, rule 3 — no task)
    if items is not None and _CARRY_OUT_CALL.match(head) and _after_numbered_work(item, items):
        # (a notice's closing points after the measures it issues 「二、高度重视推广工作」「三、认真抓好组织实施」: its
        # own instructions for carrying them out (round 25: cover-notice instructions are no tasks; round 39: a closing
        # section that only calls is none) — work only with a rule-2 doer or a date of its own)
        return bool(find_deadlines(text, 2000))
    return _INSTRUCTION.search(asked) is not None or acts >= 2 or _named_will(work) \
        or _SETS_UP.search(item.body) is None \
        and any(_ASSIGNED.match(c) for c in re.split(r"[，,。；;]", work) + sentences)


# a point that names a holder, a body or a post of the plan's own structure, and after its colon that holder's duties
# 「一、居民委员会:负责组织…」「二、楼栋长:在做好本职工作的同时,认真做好…」 (a role-headed duty list: each point is a
# task, its label's body its unit, a post naming none — round 30; Round 81's decided x305_04)
_HOLDER_DUTIES = re.compile(r"^[\u4e00-\u9fff()（）]{2,12}\s*[:：]\s*(?:(?:在|对)[^。；;]{2,30}?[，,])?[^。；;]{0,8}?"
                            r"(?:负责|做好|抓好|承担|履行)[^。；;]{4,}")


# a group's roster post 「组长:…」「成员:…」: the group's members, no holder of a list's duties
_ROSTER_POST = re.compile(r"(?:副?组长|成员|副?主任|联络员)$")


# the plan's organisation named as a point's heading 「二、组织领导」「组织机构」
_ORGANISATION_HEAD = re.compile(r"^(?:组织领导|组织机构|领导机构|工作机构)$")
# the bodies set up given the work by name 「…办公室设在农服中心，具体负责集中整治工作的组织部署…」
# 「各村(社区)、相关部门也要成立相应的组织机构，…，负责做好各自辖区…相关工作」
# 「…应当建立健全…领导小组架构。领导小组应当…，负责具体实施工作」 (the group charged in the next sentence)
# (the office's 「负责统筹协调、督导检查…」 too: work named by its verbs, no 工作 after them — Round 83's x314_01 二)
# (or 「…办公室设在A,承办日常活动开展的具体事宜」: the office's charge by 承办)
_CHARGED_WORK = r"(?:(?:具体)?负责(?:做好|抓好)?[^。]{2,80}?(?:工作|统筹协调|督导检查)" \
    r"|承办[^。]{2,40}?(?:工作|事宜|事项))"
_SET_UP_AND_CHARGED = re.compile(r"(?:成立|组建|设立|建立)[^。]{0,80}?(?:。[^。]{0,80}?)?" + _CHARGED_WORK)
# (… where the point is the page's only work, the group's long list of members before its office's charge)
_SET_UP_AND_CHARGED_FAR = re.compile(r"(?:成立|组建|设立|建立)[^。]{0,160}?(?:。[^。]{0,80}?)?" + _CHARGED_WORK)


# the lower bodies told to set up their own groups, which are given the work 「各村要成立相应的…领导小组,负责本辖区具体
# 工作的组织开展」 (Round 83 on x314_03 三, governing: a task naming none)
_LOWER_SET_UP = re.compile(r"各[\u4e00-\u9fff()（）]{1,12}?也?要?(?:成立|组建|建立)相应的[^。]{0,40}?负责")


_OFFICE_CHARGED = re.compile(r"下设办公室[^。]{0,80}?" + _CHARGED_WORK)


def organisation_work(item: Item, alone: bool = False) -> bool:
    """An organisation point whose bodies set up are given work of their own by rule 2 (the group's office 「具体负责…
    工作」, the villages' and departments' own bodies 「负责做好各自…工作」): a point that gives work, not only one
    that sets up the plan's body and names its members (Round 57 confirmed x253_06 二: a task; round 35: a point that
    only sets the body up and fills its posts is none). ``alone``: on a page with no other work (aims, then this point,
    cut: Round 83 on x314_01 二), the group set up and charged is enough."""
    head = re.split(r"[，,；;：:、]", item.title.strip())[0]
    if item.children or _ORGANISATION_HEAD.match(head) is None:
        return False
    if _SET_UP_AND_CHARGED.search(item.body) is not None and (
            alone or _LOWER_SET_UP.search(item.body) is not None or bool(doer_units(item.body)[1])):
        return True
    # (a group set up whose office, seated at a body, is charged 「…领导小组下设办公室在A,…,负责…统筹协调」 after the
    # group's members: a task naming none, on any page — Round 84's p61d-2)
    return _SET_UP_AND_CHARGED_FAR.search(item.body) is not None and (
        alone or _OFFICE_CHARGED.search(item.body) is not None)


# the plan's leadership named as a point's heading, maybe with the verb asking for it 「一、加强组织领导」
# 「二、组织领导」
_LEADERSHIP_HEAD = re.compile(r"^(?:加强|强化|健全|落实)?组织领导$")
# … whose text sets up or fills the plan's leading body 「调整充实…指挥部…负责领导全镇…工作」 (organisation_work
# reads it)
_SETS_UP = re.compile(r"(?:成立|组建|设立|调整|充实)[^。；;]{0,40}?(?:小组|专班|办公室|指挥部|委员会|工作组)")


def _led_work(item: Item) -> bool:
    """A childless 组织领导 point whose text gives work to bodies by rule 2 「由县爱卫办统一组织，…各乡镇负责镇区范围
    的灭鼠工作」: a point that gives work (round 34 early; round 33: a 组织领导 point naming a doer), not one that only
    sets the plan's body up or fills it and says it leads the whole work (rounds 35, 42: x28_01 二)."""
    # (the whole heading: 「加强组织领导，明确工作职责」 over a division of duties stays the plan's safeguards —
    # tests/test_parse_classes_next37)
    text = point_text(item)
    return _LEADERSHIP_HEAD.match(item.title.strip().rstrip("。.")) is not None and _SETS_UP.search(text) is None \
        and bool(doer_units(text)[1])


def _after_numbered_work(item: Item, items: list[Item]) -> bool:
    """A top-level point before ``item`` holds numbered items (the plan's work, the measures a notice issues)."""
    return any(i.kind == 1 and i.parent is None and i.children and i.pos < item.pos for i in items)


def points_document(items: list[Item]) -> tuple[bool, bool]:
    """Whether the document numbers much of its work at its top-level points: (half its points at least have nothing
    numbered under them, more than half have none) — round 34 early: in a document whose points are its only
    structure for most of its work a childless point of work is a task as an article is."""
    tops = [i for i in items if i.kind == 1 and i.parent is None and not i.unnumbered]
    # (the aims, background and principles a plan opens with are no sign either way: 一、指导思想 / 二、发展目标 /
    # 三、主要任务 over (一)–(七) / 四、保障措施 numbers its work under its sections)
    tops = [i for i in tops if not _OPENING.search(re.split(r"[，,；;：:、]", i.title.strip())[0])]
    bare = sum(not i.children for i in tops)
    return len(tops) >= 2 and 2 * bare >= len(tops), len(tops) >= 2 and 2 * bare > len(tops)


def headed_work(item: Item, labelled: bool = False) -> bool:
    """A childless top-level point headed by what it is about that gives work all the same, in a plan of numbered
    items too: 一、提高认识 over work beyond the awareness (Round 62's x257_01 一), 三、组织机构 whose bodies set up
    are given work (Round 57's x253_06 二; x264_03 三). ``labelled``: the plan's labels name leads — there only an
    activity's own point (``activity_point``)."""
    return activity_point(item) if labelled else awareness_point(item) or organisation_work(item)


# an activity's own time field, the first line under its heading 「活动时间:2月14-16日」「时间：…」
_TIME_LINE = re.compile(r"^(?:活动)?时\s*间\s*[:：]")


def activity_point(item: Item) -> bool:
    """A childless top-level point headed by an activity's name, its first line that activity's time field, whose
    text sets out the activity's work by verbs after what it draws on 「一、非遗民俗活动 ⏎ 活动时间:2月14-16日 ⏎
    结合…需要,…根据…实际,适时开展…民俗活动,并推出…特色活动」: a task naming no unit beside the plan's other activities
    and their host labels (Round 68 on x278_04 一; round 34 early; round 49's 活动方式 set out by verbs)."""
    if item.children or item.kind != 1 or item.parent is not None or item.unnumbered or item.article or item.unit:
        return False
    lines = [ln.strip() for ln in point_text(item).split("\n") if ln.strip()]
    return len(lines) >= 2 and _TIME_LINE.match(lines[0]) is not None and _drawn_work(lines[1])


def instructed_task_point(item: Item) -> bool:
    """A childless top-level point headed as the plan's work itself 「一、目标任务。各单位应全面梳理…」 whose text
    instructs 「要／应＋verb」: the work, no aims section (Round 89 on x333_04's points; round 34 early)."""
    if item.children or item.kind != 1 or item.parent is not None:
        return False
    head = re.split(r"[，,；;：:、。.]", item.title.strip())[0]
    return _TASK_HEAD.match(head) is not None and _INSTRUCTION.search(point_text(item)) is not None

