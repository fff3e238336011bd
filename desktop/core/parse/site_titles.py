"""Titles as document and essay sites print them: a title written twice (…方案_ …方案 / …方案(某办改) …方案),
an essay site's article heading with its length (…方案(1324字)), a collection heading over 「合集下载」, and the
name a notice's own title gives beside a longer one in its body. Read by ``titles.find_title``."""

from __future__ import annotations

import re

PLAN_WORD = r"(?:方案|要点|计划|意见|措施|办法|细则|规划|纲要|清单|安排|行动|责任分解|(?:任务|部门|责任|事项)分工)"

# between a title and its copy: a site's separator (_ / blanks) or the document's note in brackets ((某办改))
# (or a shop's label, 范文, or a stray letter and blank, 「…方案x xx乡…方案」, between the two copies)
# (or the bar that joins two stored cells of the page, each holding the whole title 「…活动方案|…活动方案」: Round
# 104 on x372_06, the doubling the page's layout)
_COPY_GAP = re.compile(r"^(?:\s*[(（][^()（）]{1,12}[)）]|范文|[A-Za-z](?=\s))?[\s_—\-|｜]*")


def doubled(title: str) -> str:
    """A document site's title written twice, joined by an underscore or after a bracketed note, its copy's
    blanks or underscores differing (某镇20年…工作方案_ 某镇 20_ 年…工作方案 / 某县…行动方案(某办改) 某县…行动方案):
    the first copy without the note; else ``title``."""
    for m in re.finditer(PLAN_WORD, title):
        head, rest = title[:m.end()], title[m.end():]
        gap = _COPY_GAP.match(rest)
        copy = rest[gap.end():] if gap else rest
        if len(head) >= 6 and gap and gap.end() and re.sub(r"[\s_]", "", copy) == re.sub(r"[\s_]", "", head):
            return head
        # (街道年应对…工作方案(推举) 街道2024年应对…工作方案: the shop's heading, its year lost, then the text's own
        # title — the same words and the year: the fuller copy)
        flat, bare = re.sub(r"[\s_]", "", copy), re.sub(r"[\s_]", "", head)
        if len(head) >= 6 and gap and gap.end() and len(bare) < len(flat) <= len(bare) + 6 \
                and flat.endswith(m.group()) and within(bare, flat) and re.search(r"(?:19|20)\d{2}", flat[:-2]) \
                and not re.search(r"(?:19|20)\d{2}", bare):
            return flat
        # (清明节工作方案**乡**年清明节工作方案: a site's heading, a short name of the plan, run straight into the
        # text's own title that ends in the same plan word and holds the heading's words in order — the text's own)
        if len(head) >= 6 and gap is not None and not gap.end() and _fuller(head, copy, m.group()):
            return copy
    return title


# what the text's own title adds before the words of the site's name for it: the issuer, its masked place or year,
# 关于加强 (「**乡**年」「镇人民政府关于加强」) — words only, not a count, a bracketed note, a join or a site's word
# (「2篇」「(某办改)」「与…」「范文」: a compilation's or a shop's name, two documents)
_ADDED = re.compile(r"(?![与和及并])(?!范文|范本|模板|文稿)[\u4e00-\u9fff*＊]{2,30}")


def _fuller(name: str, own: str, word: str) -> bool:
    """``own`` is the text's fuller title for a site's ``name`` of it: it ends in the same plan ``word``, holds the
    name's words in order, and adds words (``_ADDED``) before them."""
    core = name[:-len(word)]
    at = own.find(core[:2])
    return len(own) > len(name) and own.endswith(word) and within(core, own) and at > 0 \
        and _ADDED.fullmatch(own[:at]) is not None


# a preview's file name run straight into the document's own title (…工作實施方案鎮人民政府關于加強…的實施方案各村…)
_OWN_AFTER = r"([^。；;，,:：\s《》]{6,60}?%s)(?![\u4e00-\u9fff]{0,2}%s)"


def run_in_own(title: str, text: str) -> str:
    """The document's own title where the text runs it in right after ``title`` (a page's or a file's name for
    it): a longer name that ends in the same plan word and holds ``title``'s words in order; else ``title``."""
    word = re.search(PLAN_WORD + "$", title)
    if word is None or len(title) < 6:
        return title
    for m in re.finditer(re.escape(title) + _OWN_AFTER % ((re.escape(word.group()),) * 2), text[:3000]):
        if _fuller(title, m.group(1), word.group()):
            return m.group(1)
    return title


def within(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order (the longer name adds words only)."""
    it = iter(long)
    return all(ch in it for ch in short)


_TOP_NOTICE = re.compile(r"^\s*[^\n《》]{0,40}关于(?:印发|转发|下发)《([^《》\n]{4,80})》的通知\s*(?:\n|$)")
_NOTICE_LINE = re.compile(r"[^\n《》]{0,40}关于(?:印发|转发|下发)《([^《》\n]{4,80})》的通知")
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗)")


def as_headed(text: str, name: str) -> str:
    """The name as the notice's own title at the top writes it, where the body's 《》 only adds the county or
    city in front (title 《某乡…“四清单一办法”》, body 重新修订《某县某乡…“四清单一办法”》,现印发): the title's."""
    top = _TOP_NOTICE.match(text)
    headed = top.group(1).strip() if top else ""
    if headed and name != headed and name.endswith(headed) and _PLACE_ONLY.fullmatch(name[:-len(headed)]):
        return headed
    # (the body's 《》 dropping a character or two of the name the notice's own title line gives — 《小江2017年…方案》
    # under 关于印发《小江镇2017年…方案》的通知 below a site's headings: the title's)
    for line in text[:1500].split("\n")[:15]:
        if (m := _NOTICE_LINE.fullmatch(line.strip())) and 0 < len(m.group(1)) - len(name) <= 2 \
                and within(name, m.group(1)):
            return m.group(1)
    return _usual_dash(text, name)


# a title's year span: （2026—2028年）
_SPAN_IN_NAME = re.compile(r"((?:19|20)\d{2})\s*([—–\-－―~～]+)\s*((?:19|20)\d{2})")


def _usual_dash(text: str, name: str) -> str:
    """The name with its year span's dash as the text mostly writes the whole name, where one sentence writes
    it otherwise (现将《…（2026-2028年）》印发 under a title and a notice with （2026—2028年））."""
    m = _SPAN_IN_NAME.search(name)
    if m is None:
        return name
    flat = re.sub(r"\s+", "", text)
    head, tail = re.sub(r"\s+", "", name[:m.start(2)]), re.sub(r"\s+", "", name[m.end(2):])
    counts = {d: flat.count(head + d + tail) for d in set(re.findall(
        re.escape(head) + r"([—–\-－―~～]+)" + re.escape(tail), flat))}
    own = counts.get(m.group(2), 0)
    best = max(counts, key=lambda d: counts[d], default=m.group(2))
    return name[:m.start(2)] + best + name[m.end(2):] if counts.get(best, 0) > own else name


COLLECTION_DOWNLOAD = re.compile(r"^(?:合集|文档|全文|打包)\s*下载$")
# an essay site's heading of the article itself, its length after it (…实施方案(1324字)), below the site's own
# headings of the page (2022年…实施方案(精选文档))
WORD_COUNT = re.compile(r"(?:^|\n)\s*([^。；;，,:：\n]{4,60}?" + PLAN_WORD
                        + r")\s*[(（]\s*\d{2,6}\s*字\s*[)）]\s*(?:\n|$)")


# a compilation's count after the heading an essay or document site gives it, with its own words before or after
# the count: …方案(实用8篇) / …方案(五篇汇编) / …方案（汇总15篇） / …计划（通用5篇）; never a part of one plan
# (…实施方案（第三篇）) nor the count of its own parts (…行动方案（共五篇）: ONE_PLANS_PARTS, a tail to strip)
_PIECES = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*篇"      # how many articles: 8篇 / 五篇
COLLECTION_TAIL = (r"[（(]\s*(?![第共])[\u4e00-\u9fff]{0,4}?\s*" + _PIECES + r"\s*"
                   r"(?:汇编|合集|精选|大全|汇总|范文)?\s*[)）]")
ONE_PLANS_PARTS = r"[（(]\s*共\s*" + _PIECES + r"\s*[)）]"
# a site's keyword banner 「某某一区二区-某某一区-…-某某视频下载」: four short words or more joined by dashes, no
# sentence (a page's own title line adds one site's name: 「…方案-某区人民政府网」); or a site's tag alone on its line
# over the title 「新编」「精选」「最新」 (x282_01: no piece of the title)
KEYWORD_BANNER = (r"^(?:[^\s\-_|。，,；;：:]{2,16}-){3,}[^\s\-_|。，,；;：:]{2,16}$"
                  r"|^(?:新编|精选|精品|最新|推荐|热门|原创|优秀)$")


# the plan a page's run-in line gives after its 「附件:」 label, between blanks, before its preamble (… 水利部
# 二〇一一年七月十九日 附件: 某流域…专项整治行动方案 根据…): a page 2 whose notice's title was on page 1
_ANNEXED = re.compile(r"附\s*件\s*[:：]\s*(?![\d１-９])([^。；;，,:：\s《》]{6,60}?" + PLAN_WORD
                      + r")\s*(?=根据|按照|依据|为了?[\u4e00-\u9fff]|经)")


def annexed_in_line(line: str) -> str:
    """The plan's name after 「附件:」 inside a long run-in line; else ""."""
    m = _ANNEXED.search(line) if len(line) > 200 else None
    return m.group(1) if m else ""


def names_the_file(title: str, name: str) -> bool:
    """A title the text opens with is the document of a site's file ``name``: most of its characters are the
    name's; a compilation's file (…专项行动方案(五篇汇编)) holds articles named otherwise (学校开展…实施方案): the
    same plan word at the end and a third of its characters."""
    tail = re.search(COLLECTION_TAIL + "$", name)
    if tail:
        head = name[:tail.start()].strip()
        return title[-2:] == head[-2:] and sum(ch in head for ch in title) >= 0.3 * len(title)
    # (XX县城区…活动方案 for the file 县城区…活动方案: the name the uploader gave it, its place left out)
    return sum(ch in name for ch in title) >= 0.9 * len(title) or len(name) >= 8 and title.endswith(name)


# a web page's accessibility and version links (• 无障碍 / • 长辈版 / 关怀版)
# (支持IPv6 / 繁體 | / 手机版 / 网站地图: the same page chrome in other sites' words)
# (or its share and back links: 政务微信 / 政务微博 / 返回)
CHROME = re.compile(r"(?:[•·|｜\s\-－—]*+(?:无障碍|长辈版|关怀版|适老版|繁体|繁體|简体|簡體|English|智能问答|登录|注册|"
                     r"(?:退出)?长者(?:浏览)?模式|"       # (a site's elder-mode toggle: 退出长者模式 / 长者浏览模式)
                     r"(?:支持)?IPv6|手[机機]版|移[动動]版|[网網][站址](?:地[图圖]|[导導][航])|设为首页|加入收藏|读屏专用"
                     r"|政务微信|政务微博|返回"
                     # (a portal's share-to-phone box and its font-size switch: • 扫一扫在手机打开当前页 / 字号:)
                     r"|扫一扫(?:在手[机機]上?(?:打开|打開|浏览|阅读)?当前页面?)?|字号[:：]?"
                     r"|下载此文档|下载本文档|文档下载"     # (a document shop's button)
                     # (a news or essay site's search box and its boxes of articles: 搜索历史清空 / 热门搜索 / 精品文章)
                     r"|搜索历史|清空|热门搜索|精品文章|推荐阅读|猜你喜欢|相关推荐|相关主题|点赞"
                     # (… and its submission link: 投稿 / 我要投稿 / 原创写作投稿)
                     r"|(?:原创|我要|在线)?(?:写作|文章|作品|稿件)?投稿"
                     # (a site's sidebar heading and its copy button: 推荐文章 / 相关文章 / 正文复制 / 复制全文)
                     r"|(?:推荐|相关|热门|最新)文章|(?:正文|全文)?复制(?:正文|全文)?"
                     # (a document shop's browsing box and its add-to-desktop banner: 浏览记录 / 电脑桌面)
                     r"|浏览记录|(?:添加[\u4e00-\u9fff]{0,6}?到)?电脑桌面|安装后可以?在桌面快捷访问"
                     # (a government site's metadata box, one field name or value a line, above the title it
                     # prints again: 索取号 / 载体类型 / 公开类别 / 主动公开 / 关键词 / 内容描述)
                     r"|索取号|索引号|载体类型|记录形式|公开类别|公开方式|主动公开|依申请公开|关键词|内容描述|文件编号"
                     # (a document shop's buttons and the file's figures, one a line, before the text's own title:
                     # 海报 / 侵权投诉 / 收藏分销(赏) / -举报 / 文档介绍; 13.13KB / 5页 / 约4.38千字 / 999+ / VIP专免)
                     r"|海报|侵权投诉|举报|收藏|分销|[(（]?赏[)）]?|分享|文档介绍|文档简介|VIP专免"
                     r"|word|pdf|docx?|wps"             # (the file's format a shop tags it with, on a line of its own)
                     # (a viewer's read-aloud button and the end of its preview: 朗读 / 全文预览已结束 /
                     # 还剩2页未读，继续阅读 / 文本内容:)
                     r"|朗读|(?:全文)?预览已结束|还剩\d++页未读[,，]?|继续阅读|展开全文|阅读全文|文本内容[:：]?"
                     r"|约?\d++(?:\.\d++)?\s*(?:[KMG]B|千字|字|页|頁)|\d++\+?"
                     # (a site's box label over the article it shows: 信息展示 / 新闻详情 / 文章正文 / 详细内容)
                     r"|(?:信息|新闻|文章|内容|通知)(?:展示|详情|浏览|正文)|详细内容|正文内容"
                     r")[•·|｜\s\-－—]*+)+", re.IGNORECASE)


# a document site's notice over the file it shows (申明敬告: 本站不保证该用户上传的文档完整性…。 / 版权说明:…)
SITE_NOTICE = re.compile(r"本站|本网站|用户上传|会员上传|版权说明|免责声明|申明敬告|^本文由.{2,12}网(?:收集|搜集)?整理")


# a site's source or date line under its heading (来源:某市人民政府 2022-07-06 10:34:39 / 发布时间：…)
_SOURCE_LINE = re.compile(r"^(?:来源|信息来源|发布(?:时间|日期|机构)|时间)\s*[:：]|^(?:19|20)\d{2}[-/.年]\d{1,2}")


# a body's first sentence: 为消除…隐患,… / 根据…
_BODY_LINE = re.compile(r"[^\n]{20,}[。，,；;]")


# a site's headline over the piece's own head in the same words, the headline printing its year bare or a
# 关于 the head has not 「2023关于社区…预案」 over 「2023年社区…预案」: the piece's own head (round 48; Round 97
# on x354_04 — the site's headline stands only where the text prints no title; Round 105 on x374_08); a
# preface's label 「引言:」 may open the body
_PREFACE = re.compile(r"^(?:引言|前言|导语)\s*[:：]\s*")


def _bare_words(title: str) -> str:
    return re.sub(r"((?:19|20)\d{2})\s*年度?|关于|的", r"\1", title)


def _own_right_below(top: list[str], title: str) -> str:
    """The text's own title on the line right below a site's shorter heading, its body opening right after it
    (镇中心学校防溺水工作方案 / 佛耳湖镇中心学校关于开展…专项治理工作的实施方案 / 为消除…), or below the post's date
    line: a longer title naming the heading's subject (镇中心学) and ending in the same plan word; else ""."""
    if title not in top[:3]:
        return ""
    at = top.index(title)
    at += 1 if at + 1 < len(top) and _SOURCE_LINE.match(top[at + 1]) else 0   # (2021-03-04 09:52 字數…: the post's)
    own, body = (top[at + 1:at + 3] + ["", ""])[:2]
    after = _PREFACE.sub("", "".join(top[at + 2:at + 4]))
    if own != title and _bare_words(own) == _bare_words(title) and len(own) <= 60 \
            and not re.search(r"[。；;，,:：]", own) and _BODY_LINE.match(after):
        return own          # (2023关于…预案 over 2023年…预案: the headline and the own head differ in 年/关于 only)
    end = re.search(PLAN_WORD + "$", title)
    if end is None or not own.endswith(end.group()) or not _BODY_LINE.match(body) or len(own) > 60:
        return ""
    # (or the heading with the year the own title adds: 鄉鎮「119」…方案 over 鄉鎮2023年「119」…方案)
    named = title[:4] in own or re.sub(r"(?:19|20)\d{2}年度?", "", own) == title
    return own if len(own) > len(title) and named and not re.search(r"[。；;，,:：]", own) else ""


def own_below_heading(text: str, title: str) -> str:
    """The text's own title where ``title`` is a site's heading over the page that adds places in front of it
    (安徽某某市某街道办事处…公告 / 来源:… / 某市某街道办事处…公告): the own title, on a line of its own below the
    site's source or date line, naming its own place first and ending the heading; else ``title``."""
    top = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()][:6]
    if (own := _own_right_below(top, title)):
        return own
    if len(top) < 3 or top[0] != title or not re.search(f"(?:{PLAN_WORD}|通知|公告|通告|决定)$", title) \
            or not any(_SOURCE_LINE.match(ln) for ln in top[1:3]):
        return title
    for line in top[2:]:
        extra = title[:-len(line)] if line != title and title.endswith(line) else ""
        if 8 <= len(line) and 2 <= len(extra) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", extra) \
                and _PLACE_ONLY.match(line):
            return line
    return title


# a site's file name for the page in square brackets, its record number before it: [1711,2020年某镇…活动实施方案]
# (a spammer's few words after it, apart: [XX县…实施方案] XX美女)
_FILED_NAME = re.compile(r"[\[［]\s*(?:\d{1,8}\s*[,，]\s*)?([^\[\]［］]{4,80}" + PLAN_WORD + r")\s*[\]］]"
                         r"(?:\s*[^\s\[\]［］]{1,8})?")


def unwrapped(title: str) -> str:
    """A title written in 《》 (《关于…实施细则》), or a site's file name in [] with its record number: the name."""
    if re.fullmatch(r"《[^《》]+》", title):
        return title[1:-1]
    return m.group(1) if (m := _FILED_NAME.fullmatch(title)) else title


def addressed_below(lines: list[str], heading: str) -> bool:
    """A site's heading over a collection written again below it, run into the text's addressees (某某工作实施方案机关
    各科室:): the heading is the text's own title."""
    return any(len(ln) > len(heading) and ln.startswith(heading)
               and re.fullmatch(r"[^。；;，,:：]{0,6}各[^。；;，,:：]{1,40}[:：]", ln[len(heading):]) for ln in lines)


# what a site prints after a document's name: an excerpt's mark 「…的通知(摘錄)」 (Round 44 rulings: left out of the
# title), a site's tag in ASCII brackets 「…预案[VIP]」, an upload's copy number 「…活动方案 1.docx」 (one digit:
# no plan's name ends in one)
_SITE_MARK = re.compile(r"(?:\s*[（(]\s*摘\s*[录錄]\s*[)）]|\s*\[[A-Za-z]{2,5}\]|\s*\d)$")
_NAME_END = re.compile(r"(?:" + PLAN_WORD + r"|预案|通知|决定|规定|报告)$")


def site_mark_dropped(title: str) -> str:
    """``title`` without a site's excerpt mark, tag or copy number after the document's name."""
    m = _SITE_MARK.search(title)
    return title[:m.start()] if m and _NAME_END.search(title, 0, m.start()) else title


# a government site's metadata fields flattened beside a title (发布机构 是否有效 / 名称 某镇…方案): never its words
_PAGE_FIELDS = re.compile(r"索引号|发布机构|是否有效|成文日期|主题分类|(?:^|\s)(?:名\s*称|标\s*题)\s*[:：]?\s*$")


def page_fields(words: str) -> bool:
    """Whether ``words`` printed beside a title are the page's metadata fields or a field's label (名称)."""
    return bool(_PAGE_FIELDS.search(words))


def label_printed(text: str, field: re.Match[str]) -> bool:
    """Whether a page's 「标题:」 field (``field``, its value the first group) is printed again as a line of its own
    below it: the site's field is chrome (round 65's x275_03) and the document's own lines are read for the title —
    a notice's title line, then the plan's own title line it issues (Round 83 on x312_08)."""
    value = field.group(1).strip()
    return any(line.strip() == value for line in text[field.end():field.end() + 3000].split("\n"))
