"""Traditional characters: one mapping, read everywhere, names kept as written.

Plans from Hong Kong-style web copies, big5 gateways (``big5.www.gov.cn``) and some province
portals are in traditional characters (``(市財政局牽頭,各縣市區政府按職責分工負責)``,
``牽頭單位:``, ``實施期限至…``). The parser reads the words of a plan — role labels, plan words,
section words, deadlines — in simplified characters, so ``fold`` turns the text into simplified,
one character for one (positions and lengths unchanged), before anything reads it; what the
plan says (titles, unit names, task texts) is then given back as written by ``Restorer``.

The table holds the traditional characters of government writing whose simplified form is one
character and which a simplified text never uses with another meaning (著, 乾, 覆 are left out).
"""

from __future__ import annotations

# traditional, simplified — in pairs of lines of equal length
_PAIRS = (
    ("牽頭負責單位責任職協參與會辦處廳團銀醫黨報學園館臺組隊區縣鄉鎮專關軍營範圍實際導聯繫係",
     "牵头负责单位责任职协参与会办处厅团银医党报学园馆台组队区县乡镇专关军营范围实际导联系系"),
    ("長書記別級內續態後當開發歸劃種體為對將從據動進設強現應總統籌於並項務號個萬億門類機樣條規",
     "长书记别级内续态后当开发归划种体为对将从据动进设强现应总统筹于并项务号个万亿门类机样条规"),
    ("計畫電時間節點領導範農業糧統財稅農審批辦廳環護衛生資源國經濟貿產質監場監測網絡訊息",
     "计画电时间节点领导范农业粮统财税农审批办厅环护卫生资源国经济贸产质监场监测网络讯息"),
    ("興與舉辦區劃這個們說話請讓認識議論調查處理報告彙匯總結評價獎懲責問題標準確護創優",
     "兴与举办区划这个们说话请让认识议论调查处理报告汇汇总结评价奖惩责问题标准确护创优"),
    ("關係際務屬員義傳廣圖書畫聲華軍東樂陽陰陳張劉楊趙黃吳鄭馬鄧葉蘇龍羅貴賓費資貨販購買賣",
     "关系际务属员义传广图书画声华军东乐阳阴陈张刘杨赵黄吴郑马邓叶苏龙罗贵宾费资货贩购买卖"),
    ("車輛軌運輸轉遞邊達遠還選過遊適連續鐵鋼錢鏈銷鎖閉問間閱隊陸隨險雙雜難雲電靈須預頒領題額顯風飛",
     "车辆轨运输转递边达远还选过游适连续铁钢钱链销锁闭问间阅队陆随险双杂难云电灵须预颁领题额显风飞"),
    ("養餘館馬驗驅體髮鬥魚鳥鹽麥齊齡龍壽復擴價實寫審寬層屆島嶺幣帶師幫廢廠廳彈徑從徵惡愛態慣慮戰戶擔擬據掃",
     "养余馆马验驱体发斗鱼鸟盐麦齐龄龙寿复扩价实写审宽层届岛岭币带师帮废厂厅弹径从征恶爱态惯虑战户担拟据扫"),
    ("換揮損搖攜擁擇擊擋擴攝敗數斷新於時晝顯暫曆樹極構標樣權檢歡歲歷殘殺氣漢溝滅漁滾灣災為烏無煙煉熱燈營爭",
     "换挥损摇携拥择击挡扩摄败数断新于时昼显暂历树极构标样权检欢岁历残杀气汉沟灭渔滚湾灾为乌无烟炼热灯营争"),
    ("狀獨獲率環現琿畢畫當療發盡監盤碼確礎禮禍種稅穩積窮竄競筆範簡築糧紀約級紙紡純組細終絡結給統絲經綠維綜網",
     "状独获率环现珲毕画当疗发尽监盘码确础礼祸种税稳积穷窜竞笔范简筑粮纪约级纸纺纯组细终络结给统丝经绿维综网"),
    ("緊線練縣總績續繳織罰聯聰職聽腦臨興舊艦藝節範蘭號處蟲補製複襲見規視親覺觀計訂認討訓記設許診評詞試詩該",
     "紧线练县总绩续缴织罚联聪职听脑临兴旧舰艺节范兰号处虫补制复袭见规视亲觉观计订认讨训记设许诊评词试诗该"),
    ("詳誠誤說誰課調談請諸論諮謀講謝證識議護讀變讓豐貝負財貢貧責貫貸費賀資賈賦賬質賴贊趕趨跡踐蹤軟較載輔輕輪",
     "详诚误说谁课调谈请诸论咨谋讲谢证识议护读变让丰贝负财贡贫责贯贷费贺资贾赋账质赖赞赶趋迹践踪软较载辅轻轮"),
    ("辦農邊遞遷適遺郵鄉醫釋針鋪錄錯鍵鎮鑒長門開閒間關閩陣階際隊雖雞離顧頭頻類願飯飲飾館餐駐騰驗體鬧麗黨齒",
     "办农边递迁适遗邮乡医释针铺录错键镇鉴长门开闲间关闽阵阶际队虽鸡离顾头频类愿饭饮饰馆餐驻腾验体闹丽党齿"),
    ("倉們個倫偉側偵備傳傷傾僅價億儀償優兒兩冊劃則剛創劇勞勢勵勸協單賣參員問啟喪嘗園圓圖團執堅報場壞壓壩夠夢",
     "仓们个伦伟侧侦备传伤倾仅价亿仪偿优儿两册划则刚创剧劳势励劝协单卖参员问启丧尝园圆图团执坚报场坏压坝够梦"),
    ("奪奮婦媽寧寶對導將尋專尷屬岡嶽幾庫庫廣彥後徹態慶憑懷戲擴擺攤敵斂於晉會朧東條來楊榮樂標模樞橋機檔權滬澤",
     "夺奋妇妈宁宝对导将寻专尴属冈岳几库库广彦后彻态庆凭怀戏扩摆摊敌敛于晋会胧东条来杨荣乐标模枢桥机档权沪泽"),
    ("濟濱瀋灣爾牆獎瑪產畝畫當疊瘋盜盞眾碩礙祿稟稱穀窯競筍篩糾紅紋紛紹統絕絞綁綱網緝緣編緩縮繁繪繩繼續纖羅義",
     "济滨沈湾尔墙奖玛产亩画当叠疯盗盏众硕碍禄禀称谷窑竞笋筛纠红纹纷绍统绝绞绑纲网缉缘编缓缩繁绘绳继续纤罗义"),
    ("習聖聞肅腳膽臉與艱蘇葉著萊蓋藥蟻衛衝裝襪覽訪評詢詳誌諮諾謂謹證譽貞賓賜賞賢賽贈贏趙軍軒輝輩轄轉辭遲遼還邁",
     "习圣闻肃脚胆脸与艰苏叶著莱盖药蚁卫冲装袜览访评询详志咨诺谓谨证誉贞宾赐赏贤赛赠赢赵军轩辉辈辖转辞迟辽还迈"),
    ("鄭醞釀鐘鋼錦閣闆闊陝陰隱雜雙靜韓響項順須頓預領頸頻顆題額顏願顯飼餅餘饋駕騎驚鮮鵬麼齊區廈廬憲懸擁懲",
     "郑酝酿钟钢锦阁板阔陕阴隐杂双静韩响项顺须顿预领颈频颗题额颜愿显饲饼余馈驾骑惊鲜鹏么齐区厦庐宪悬拥惩"),
    ("網際網絡審慎閩贛魯豫晉冀遼黑吉滬蘇浙皖粵瓊渝蜀黔滇藏陝甘寧青疆臺灣澳門鄂湘桂蒙",
     "网际网络审慎闽赣鲁豫晋冀辽黑吉沪苏浙皖粤琼渝蜀黔滇藏陕甘宁青疆台湾澳门鄂湘桂蒙"),
    ("萊務擬搶撥擠漲濫燦爐牘犧狹獄玀瑣癥瞭矯磚禦稈穫竊筧簽籃籌糰紓紳絨綢綫緒緞縫繞繡纜罈羆翹聳膚艙蘆虛蝦蠶衊褲",
     "莱务拟抢拨挤涨滥灿炉牍牺狭狱猡琐症了矫砖御秆获窃笕签篮筹团纾绅绒绸线绪缎缝绕绣缆坛罴翘耸肤舱芦虚虾蚕蔑裤"),
    ("覈訴診詐詭誇誘諒諧謊謎譜譯讚豎賄賊賠賤賭贍贓趲躍軀輿轎辯鄰醜釘鈔鈴鉛銅銘鋒鋁錘錫鍋鍛鎊鏡鐘鑄鑰閃閥闖阻陘隸雛",
     "核诉诊诈诡夸诱谅谐谎谜谱译赞竖贿贼赔贱赌赡赃趱跃躯舆轿辩邻丑钉钞铃铅铜铭锋铝锤锡锅锻镑镜钟铸钥闪阀闯阻陉隶雏"),
)
_SKIP = set("著乾覆瞭")         # simplified writing uses them with another meaning (显著, 乾坤, 覆盖, 瞭望)
FOLD: dict[int, int] = {}
for _trad, _simp in _PAIRS:
    assert len(_trad) == len(_simp), (_trad, _simp)
    for _t, _s in zip(_trad, _simp, strict=True):
        if _t != _s and _t not in _SKIP:
            FOLD[ord(_t)] = ord(_s)
_FOLDED_TO = frozenset(chr(v) for v in FOLD.values())


def fold(text: str) -> str:
    """``text`` with traditional characters in simplified form, one for one (same length)."""
    return text.translate(FOLD)


class Restorer:
    """Gives a string read from the folded text back as the plan wrote it.

    ``pairs`` are (as written, folded) versions of the same text, character for character. A
    string is looked up in the folded versions and the written one at the same place is given
    back; a string made of pieces (a title joined from two lines) piece by piece; what is found
    nowhere goes back character by character where the plan writes that character one way only.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = [(o, f) for o, f in pairs if len(o) == len(f) and o != f]
        back: dict[str, set[str]] = {}
        native: set[str] = set()
        for written, folded in self.pairs:
            for o, f in zip(written, folded, strict=True):
                if o != f:
                    back.setdefault(f, set()).add(o)
                elif f in _FOLDED_TO:
                    native.add(f)
        self.back = str.maketrans({f: next(iter(os)) for f, os in back.items() if len(os) == 1 and f not in native})

    def __call__(self, s: str) -> str:
        if not s or not any(ch in _FOLDED_TO for ch in s):
            return s
        for written, folded in self.pairs:
            at = folded.find(s)
            if at >= 0:
                return written[at:at + len(s)]
        if "\n" in s:
            return "\n".join(self(part) for part in s.split("\n"))
        return s.translate(self.back)
