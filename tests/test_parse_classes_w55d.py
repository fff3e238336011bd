"""Round 55 second wave (w55d): a task's title and short name are its work, not the clauses before it.

A long first sentence is cut to one clause for the title; the clause taken was the first, and where a sentence
opens on its purpose 「为了…，…，」, its setting 「以…为背景」, the people it gathers 「组织居民和游客」, its manner
「通过…的形式」 or a doer's bare resolve 「各单位要认真负责」, that clause is no title: the work's clause is. The short
name reads past the same clauses; it reads straight double quotes as a pair (制定"…"方案 is no cut inside a quote),
and a quoted theme before the thing named gives the thing 「“X”春联进万家活动方案」. Near misses: a sentence whose
first clause is the work keeps it; a short clause after the work is no preface; 为民办实事 is work, not a purpose.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.shortname import preface_clauses, suggest_short_name
from desktop.core.parse.tasks import task_title


def test_purpose_and_its_run_on_clause_are_no_title() -> None:
    text = ("为了保护河道水质，改善村容村貌，汛期前各村要认真负责，做好沟渠、塘坝的垃圾清运工作，"
            "并由镇农办组织检查验收。")
    assert task_title(text) == "做好沟渠、塘坝的垃圾清运工作"
    assert suggest_short_name(task_title(text), text) == "沟渠、塘坝的垃圾清运"


def test_setting_people_and_manner_before_the_work() -> None:
    text = ("以滨河公园的四季风光为背景，组织社区居民和志愿者，通过接力的形式，拍摄全民健身宣传短片，"
            "在区融媒体中心各平台播放，并在广场大屏循环展示。")
    assert task_title(text) == "拍摄全民健身宣传短片"
    assert preface_clauses(["以滨河公园的四季风光为背景", "组织社区居民和志愿者", "通过接力的形式",
                            "拍摄全民健身宣传短片"]) == 3


def test_first_clause_that_is_work_stays() -> None:
    text = ("组织开展全区中小学校园安全隐患排查整治，建立隐患台账，逐项明确整改责任人和整改时限，"
            "确保按期整改到位。")
    assert task_title(text) == "组织开展全区中小学校园安全隐患排查整治"
    # 为 + a noun is work, not a purpose
    assert preface_clauses(["为辖区困难群众办实事", "建立走访台账"]) == 0
    # nothing but prefaces: the first clause stays
    assert preface_clauses(["为了改善环境", "美化村容"]) == 0


def test_straight_quotes_are_a_pair_in_the_short_name() -> None:
    title = '区文联负责制定"文化进万家·元宵"书画惠民展示系列活动方案'
    assert suggest_short_name(title, title + "。", ["区文联"]) == "书画惠民展示系列活动方案"
    led = '由县文化馆牵头组织"山水田园百幅摄影作品展"'
    name = suggest_short_name(led, led + "。", ["县文化馆"])
    assert name == "山水田园百幅摄影作品展"
    assert not name.startswith("由")


def test_quoted_name_alone_keeps_the_quote_words() -> None:
    # the words after the quote are too few to be the thing: the quoted name stays
    assert suggest_short_name("开展“交通安全示范村、学校、单位”创建") == "交通安全示范村、学校"


def test_parsed_plan_titles_and_short_names() -> None:
    text = ("某镇元宵节活动方案\n一、活动内容\n"
            "1、为了营造节日氛围，丰富群众生活，节日期间各村要高度重视，做好主街道彩灯悬挂和维护工作。"
            "镇综治办要加强巡查。\n"
            "2、以古镇老街的灯火夜景为背景，组织村民群众和游客，通过快闪的形式，录制元宵祝福视频，在镇公众号推送。\n"
            "3、镇文化站负责举办元宵灯谜竞猜活动，邀请县书法家协会会员现场书写春联，并负责活动的总协调工作。\n")
    plan = parse_text(text)
    got = [(t.number, t.title, t.short_name) for t in plan.tasks]
    assert got == [
        ("1", "做好主街道彩灯悬挂和维护工作", "主街道彩灯悬挂和维护"),
        ("2", "录制元宵祝福视频", "录制元宵祝福视频"),
        ("3", "镇文化站负责举办元宵灯谜竞猜活动", "元宵灯谜竞猜活动"),
    ], got


def test_the_things_a_counted_thing_is_put_on_are_no_second_target() -> None:
    from desktop.core.parse.targets import find_targets
    text = "将500幅剪纸作品分别张贴在500个宣传展板上，在中心广场集中展出。"
    got = [(t.value, t.unit) for t in find_targets(text, 2026, relaxed=True)]
    assert got == [(500, "幅")]
    # near miss: where the work is done, counted on its own 「在20个社区设置…」, stays a target
    got = [(t.value, t.unit) for t in find_targets("在20个社区设置便民服务点40处。", 2026, relaxed=True)]
    assert (20, "个") in got and (40, "处") in got
    # near miss: no figure before the place: the place's count is the only one and stays
    got = [(t.value, t.unit) for t in find_targets("宣传标语悬挂在30根灯杆上。", 2026, relaxed=True)]
    assert got == [(30, "根")]


def test_basis_time_and_partners_before_the_work() -> None:
    # the basis 「按照…规定」, the time 「…之前」, the partners alone 「会同…等部门」: prefaces
    assert preface_clauses(["按照省市有关规定", "会同区农业农村委、区财政局等部门", "制定农机购置补贴实施细则"]) == 2
    assert preface_clauses(["秋收工作开始之前", "各村要高度重视", "组织农机手开展安全培训"]) == 2
    assert preface_clauses(["以行政村为单位", "建立农机安全台账"]) == 1
    # near miss: a clause naming its own work with a time in it is the work
    assert preface_clauses(["各村应当在收割前完成农机检修", "并报镇农办备案"]) == 0
    text = ("秋收工作开始之前，各村要高度重视，组织农机手开展安全驾驶和操作规程培训，"
            "培训人数不少于本村农机手总数的九成，并由镇农办抽查。")
    assert task_title(text) == "组织农机手开展安全驾驶和操作规程培训"
