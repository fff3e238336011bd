"""Title classes of round 45 (r45b): a 函 cover, a notice issuing a document that is no plan and is not printed, joint
issuers printed before 关于 (over two lines, or on one long line over a page's fields), an elder-mode toggle and a
site's header above its breadcrumbs. Each with the near misses that must not change."""
from desktop.core.parse import parse_text

_BODY = "一、总体要求\n各区要加强组织领导，落实工作责任。\n二、工作措施\n（一）区住房保障局负责开展排查。\n"


def test_letter_cover_gives_the_printed_guide():
    text = ("关于印发《某市老旧小区改造工作指引》的函\n\n某建综〔2025〕12号\n\n各区住房保障局：\n"
            "现将《某市老旧小区改造工作指引》印发给你们，请遵照执行。\n\n某市住房和城乡建设局\n2025年3月1日\n\n"
            "某市老旧小区改造工作指引\n" + _BODY)
    assert parse_text(text).title == "某市老旧小区改造工作指引"


def test_notice_cover_still_gives_the_printed_plan():
    text = ("关于印发《某市老旧小区改造工作方案》的通知\n\n某建综〔2025〕12号\n\n各区住房保障局：\n"
            "现将《某市老旧小区改造工作方案》印发给你们，请遵照执行。\n\n某市住房和城乡建设局\n2025年3月1日\n\n"
            "某市老旧小区改造工作方案\n" + _BODY)
    assert parse_text(text).title == "某市老旧小区改造工作方案"


def _issued(name: str, printed: bool) -> str:
    return (f"关于印发《{name}》的通知\n\n某建安〔2024〕5号\n\n各区建设管理部门，各有关单位：\n"
            f"为解决既有厂房改造中的难点问题，市住房城乡建设管理委编制了《{name}》，"
            "现印发给你们，并将有关事项通知如下：\n"
            "一、各建设单位要严格执行技术要求，落实质量责任。\n二、各区建设管理部门要加强监督检查。\n"
            "三、各单位要加强宣贯培训。\n\n2024年2月1日\n"
            + (f"\n{name}\n一、适用范围\n本导则适用于本市。\n" if printed else ""))


def test_notice_issuing_an_unprinted_guide_is_the_title():
    assert parse_text(_issued("某市既有厂房改造消防技术导则", False)).title \
        == "关于印发《某市既有厂房改造消防技术导则》的通知"


def test_guide_printed_below_or_a_plan_keeps_the_issued_name():
    assert parse_text(_issued("某市既有厂房改造消防技术导则", True)).title == "某市既有厂房改造消防技术导则"
    assert parse_text(_issued("某市既有厂房改造专项整治工作方案", False)).title == "某市既有厂房改造专项整治工作方案"


def test_joint_issuers_over_two_lines():
    text = ("首页|\n\n某省粮食和物资储备局某省农业农村厅\n"
            "某省教育厅某省科学技术厅关于做好2022年粮食安全宣传周活动的通知\n"
            "某粮〔2022〕10号\n各市粮食和物资储备局、农业农村局、教育局、科技局：\n" + _BODY)
    assert parse_text(text).title == ("某省粮食和物资储备局某省农业农村厅某省教育厅某省科学技术厅"
                                      "关于做好2022年粮食安全宣传周活动的通知")


def test_a_column_over_an_issuer_title_is_no_issuer():
    text = ("首页|\n\n通知公告\n某省教育厅某省科学技术厅关于做好2022年粮食安全宣传周活动的通知\n"
            "某粮〔2022〕10号\n各市教育局、科技局：\n" + _BODY)
    assert parse_text(text).title == "某省教育厅某省科学技术厅关于做好2022年粮食安全宣传周活动的通知"


_JOINT = ("某县发展和改革局某县农业农村局某县教育和体育局某县科学技术局某县妇女联合会某县粮食和物资储备中心"
          "关于某县2022年“世界粮食日”宣传活动方案的通知")


def test_joint_title_on_one_line_over_page_fields_and_elder_mode():
    text = ("欢迎访问某县政府网站\n退出长者模式\n长者浏览模式\n政策文件\n" + _JOINT + "\n"
            "文号: 某发改字〔2022〕88号 成文日期: 2022-10-12\n发布日期: 2022-10-12 效力状态: 生效中\n\n"
            "某发改字〔2022〕88号\n\n2022年10月16日是世界粮食日，各单位要认真组织。\n" + _BODY)
    assert parse_text(text).title == _JOINT


def test_site_header_above_breadcrumbs_is_no_title():
    text = ("本网站含有烟草内容，未成年人谢绝访问\n\n烟草智库\n\n零售在线\n\n手机版\n\n"
            "您的位置:  首页 > 控烟频道 > 正文\n\n关于开展2023年世界无烟日宣传活动的通知\n\n"
            "2023年05月21日 来源:某某网\n\n某卫宣传发〔2023〕27号\n\n  各区卫生健康委:\n"
            "  现将有关工作要求通知如下:\n一、广泛开展宣传。各区卫生健康委要组织开展宣传活动。\n"
            "二、加强控烟执法。各区卫生健康委要开展督导检查。\n")
    assert parse_text(text).title == "关于开展2023年世界无烟日宣传活动的通知"


def test_one_issuer_over_page_fields_keeps_the_printed_plan():
    text = ("某市人民政府办公室关于印发2023年重点工作责任分解的通知\n发布日期:2023-03-03 09:37信息来源:市政府办公室\n"
            "某政办发〔2023〕7号\n各县（市、区）人民政府，市政府各部门：\n"
            "现将《2023年政府工作报告重点工作责任分解》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2023年3月1日\n\n"
            "2023年政府工作报告重点工作责任分解\n" + _BODY)
    assert parse_text(text).title == "2023年政府工作报告重点工作责任分解"


def test_member_upload_notice_is_no_body_start():
    text = ("欢迎来到某某文库\n浏览记录\nID:7084948\n大小:30.40 KB\n"
            "《xx年植树节宣传周活动方案》由会员上传分享,免费在线阅读,更多相关内容在某某文库。\n"
            "XX年植树节宣传周活动方案XX年植树节宣传周活动方案XX年植树节期间,市林业局将组织开展宣传活动。"
            "一、组织领导 市林业局负责活动的组织实施。二、活动内容 (一)市林业局负责开展植树宣传。\n")
    assert parse_text(text).title == "XX年植树节宣传周活动方案"


_RUN_IN = ("国务院关于落实《某某发展纲要》主要目标和任务工作分工的通知{after}各省、自治区、直辖市人民政府,"
           "国务院各部委、各直属机构:为落实纲要提出的主要目标和任务,现就有关工作分工通知如下:"
           "一、加强组织领导。发展改革委负责统筹协调。二、加强督促检查。各部门要按照分工抓好落实。")


def test_notice_title_run_into_a_column_and_day():
    assert parse_text(_RUN_IN.format(after="政策法规司2006-08-24颁布日期:20060824")).title \
        == "国务院关于落实《某某发展纲要》主要目标和任务工作分工的通知"


def test_table_title_run_into_its_header_row():
    text = ("下载本文档\n版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报\n文档简介\n"
            "秸秆禁烧攻坚行动具体工作目标和责任分解一览表重点任务行动目标指标要求责任部门2024年2025年"
            "一、强化组织领导为攻坚行动的实施提供组织保障。1.各乡镇成立由主要领导任组长的领导小组。县农业农村局"
            "2.县农业农村局负责制定实施方案。县农业农村局\n")
    assert parse_text(text).title == "秸秆禁烧攻坚行动具体工作目标和责任分解一览表"


def test_table_name_inside_a_sentence_is_no_run_in_title():
    # (a 分解表 named in the text's first sentence, no header row after it: not a title run into a table)
    text = ("某县秸秆禁烧工作实施方案\n\n为做好秸秆禁烧工作,县农业农村局制定了责任分解表,各乡镇要认真落实。\n"
            "一、工作任务\n(一)县农业农村局负责巡查。\n")
    assert parse_text(text).title == "某县秸秆禁烧工作实施方案"
