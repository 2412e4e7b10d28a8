"""Named projects an article reports on, with the printed variants as aliases.

Evidence, strongest first: a 、-list announced as projects (…5个重点产业项目, …等项目现场,
到A、B等地察看); names joined before one 项目 (A及B项目, A、B和C项目); a name ending in a
project suffix (二期, 工程, 产业园, 基地, 小镇, 项目) whose stem reads as a name, not as part of
a sentence; numbered points (一是…二是…, 1.…2.…) beside one that names a project by
its suffix, each naming a construction. Generic phrases (重点项目, 安置房项目,
这项民生工程, 老旧小区改造项目) are rejected: they name a kind of project, and linking
every article that says them would make the index useless. Names are canonical: no 项目
suffix, no place in front (惠济区X → X).
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import jiebadict

from .layout import cn_number
from .model import ProjectMention
from .names import JIEBA, OFFICE_RE, dictionary_word_at, is_han
from .normalize import CLAUSE_CHAR, DECK_DASHES

_ITEM = CLAUSE_CHAR
_NUM = r"(?:\d+|[一二三四五六七八九十两几多]+)"
# 察看了A、B、C5个重点产业项目 / 来到A、B等项目现场 / 察看了A、B等观摩点.
# 到A、B等地察看: the places visited are the projects. The kind after 等 may name the field
# and the rank of the projects (A、B等卫生健康重点项目), as long as a count's kind does; a
# counted kind named with its class (等9个商业服务业及其他类项目) runs to twelve characters
# (an uncounted one so long is a clause: 等形式详细了解了项目).
_LIST_PART = rf"(?P<list>{_ITEM}+(?:、{_ITEM}+)+)"
_ATTENDING = "参加|出席|陪同|参与|观摩|视察|调研|察看|查看"
_WORKS = "工程"
_LIST_RE = re.compile(
    _LIST_PART
    + rf"(?:(?P<count>{_NUM})个{_ITEM}{{0,12}}?项目|"
    # 等地 alone, not a word it begins (等地标: landmarks, which stand already); 等处 as 等地
    # (not 等处理, 等处置).
    # Not people listed before what they did (A、B等参加项目启动仪式), nor fields before
    # every field's works (A、B等各领域重点项目; _NO_WORKS_LISTED).
    + rf"等(?!{_ATTENDING}|各)"
    + rf"(?P<kind>项目|观摩点|重点项目|地(?!标)|处(?![理置])|{_NUM}个{_ITEM}{{0,12}}?项目|"
    + rf"{_ITEM}{{0,8}}?(?:项目|{_WORKS})))"
)
# A list closed by a kind of works (A、B等道路改造工程, A、B等节点工程) names works only where
# every item is a route or a structure by its name's end (X路, X环, X隧道, X互通): such lists
# as often name kinds of work (深基坑、高支模等危大工程, 绿化、亮化等工程).
_ROUTE_OR_STRUCTURE_END = re.compile(
    r"(?:路|街|大道|[一二三四五六环]环|桥|隧道|互通|立交|枢纽|水库|渠|公路|高速|段)$"
)
# A route or a part of one (X高速出口, X综合交通) that a joiner adds to the work after it.
_ROUTE_PART_END = re.compile(
    rf"(?:{_ROUTE_OR_STRUCTURE_END.pattern.removesuffix('$')}|出口|入口|交通)$"
)
# The words after 等 that say the items listed are no works: fields (A、B等领域实施重大基础设施
# 项目, A、B等11个领域的43个项目), what hinders the works (A、B等前期困扰项目建设的难题: the
# troubles), or a clause before 项目 (A、B等形式详细了解了项目: ways of doing).
_NO_WORKS_LISTED = re.compile(
    rf"等(?:(?:{_NUM}个)?(?:领域|方面|行业)|{_NUM}?大?类|[^，。；]{{0,8}}?(?:困扰|制约|影响|阻碍|拖累|了|详细|问题|"
    # People in charge of the works listed by name (A、B等分管项目县级领导): no works.
    r"分管|负责|包联|联系))"
)
# 推动A等项目早日建成: one name before 等…项目 is a list of one, read as ``A项目`` is. Its
# own pattern, tried only on a run that prints no 、 (a list's run is _LIST_RE's).
_ONE_ITEM_LIST_RE = re.compile(rf"(?P<list>{_ITEM}+?)等(?P<kind>{_ITEM}{{0,4}}?项目)")
# 对A项目、B工程2处工地予以通报批评: a count of building sites closes a list of the works
# (a notice names the sites it criticises so), as a count of projects does: the last item
# names a work by its suffix, and a list holds two or more (落到每一个工地 counts nothing).
# Its own pattern, tried only where 工地 is printed: one more closer in _LIST_RE slowed
# every list's backtracking.
_SITES = "工地"
_SITE_LIST_RE = re.compile(
    _LIST_PART
    + rf"(?:(?<=工程)|(?<=项目)|(?<=[一二三四五六]期))等?(?!一[处个]){_NUM}[处个](?P<kind>{_SITES})"
)
_VERB_LEAD = re.compile(
    r"^(?:[^，。]*?(?:先后|实地|深入|逐一|分别|重点))?"
    r"(?:察看了?|查看了?|来到|走进|调研了?|观摩了?|考察了?|督导了?|到|在|对|为)"
)
# After 项目 anything may follow (…改造项目征收动员大会), except the project's own staff: a
# unit (项目部, 项目组, the 项目单位 that runs it) or a post (项目负责人, 项目经理), whose 项目
# names no project. A name runs to 32 characters before its suffix: a company's plant with
# its capacity (X新材料科技有限公司年产5万吨Y) is that long, and a name cut short keeps a
# stray character of the town before it.
_SUFFIX_RE = re.compile(
    rf"(?P<name>{_ITEM}{{2,32}}?(?:[一二三四五六]期|工程|产业园|基地|小镇|项目))"
    # The part of the work built (主体) or an adverb opening the predicate (同步开工); its
    # site (…二期工地), where it is built; its stage (…改造工程收尾情况: its last works).
    r"(?P<next>建设|项目|现场|工地|规划|情况|进度|进展|推进|手续|施工|主线|全长|完工|竣工|开工|收尾|正在|顺利|启动|"
    # Where its ceremony was held (X工程在Y施工现场举行开工仪式).
    r"在[^，。；]{1,16}?举行|"
    r"主体|同步|正式|即将|陆续|进入|"
    # What the works add (…改造工程增设电梯3部), and the land cleared for them (…提升工程征迁
    # 进展): the predicate or the works' own step, no part of the name. After a place that
    # stands (在X产业园增设驿站) the place is where something is added: no works.
    r"(?<=工程|项目)(?:增设|新增|征迁|征收)|"
    r"取得|荣获|入选|完成|全面|有序|稳步|加快|按期|预计|总投资|计划|位于|占地|目前|"
    r"实施|建成|通车|投用|投入使用|投入运营|投产|"
    r"进行|等|和|是|已|将|要|、|，|。|；|的|$|"
    # The visit's verb after the place visited (来到X新建工程察看项目进展).
    r"察看|查看|视察|督导|"
    # Where one stands by the works (站在X改造工程旁).
    r"旁|"
    # When the work started or is due, or how long it took, then the stage (…工程今年5月开工,
    # …工程于8月开工, …二期年底前完工, …二期年底前具备交付条件, …工程历时10个月完工); or an
    # adverb, then the stage (…一期由此建成, …工程也已完工).
    r"(?=于?(?:今年|去年|明年|年内|年底|[上下]半年|\d{1,2}月|历时|用时|耗时)[^，。；]{0,6}?"
    r"(?:开工|完工|竣工|投用|建成|通车|动工|交付))|"
    r"(?=(?:由此|从此|随之|终于|也|均|都|相继|先后)[^，。；]{0,4}?"
    r"(?:开工|完工|竣工|投用|建成|通车|动工|进场))|"
    # The part of the work built, then its stage (…道路改造工程主车道全线贯通, …工程全线贯通,
    # a bridge's span closed: …桥梁工程主桥合龙); a phase in between is more of the name
    # (…产业园一期由此建成).
    # …一期工程通过竣工验收: 工程 after the phase is the name's, printed whole.
    r"(?=(?!工程)(?:(?!期)[^，。；、]){0,4}?(?:全线|全部|全面|顺利|基本)?(?:贯通|封顶|合龙|完工|竣工|建成|通车))|"
    # Put on a list of works (…改造工程被列入区级民生实事, …项目纳入省重点), or past its
    # acceptance (…提升工程通过竣工验收).
    r"被?(?:列入|纳入|列为)|通过(?=[^，。；]{0,4}?验收)|"
    # A phase is a work built, whatever its predicate (…民宿集群一期今年接待游客).
    r"(?<=期)(?=今年|去年|明年|[上下]半年|如今|现已)|"
    # ``X项目7个`` counts items of a kind (as ``7个X项目`` does); ``3个月`` is a span of time.
    # ``X项目化`` runs X as projects are run (清单化, 项目化): a way of working, no project.
    # ``X项目之一`` makes the thing before it one of a class (…的先进制造业项目之一): X is a
    # kind of project, the named one stands before ``是``.
    # ``X项目团队`` is a team of people as ``项目组`` is. ``项目支撑`` (筑牢X项目支撑) is the
    # support projects give, no work named before it.
    rf"(?<=项目)(?![部组库办地化]|单位|团队|之一|支撑|{OFFICE_RE.pattern}|{_NUM}个(?!月)))"
)
# Verbs whose object is a project or a list of them (紧盯A、B等重点项目, 坚持项目为王), or the
# paperwork about projects (办理项目审批): before a name they are the sentence's; right before
# the kind word they leave a clause (_CLAUSE_TAIL). So do a verb that studies the works
# (逐一研究项目推进中的问题) and one that forces them on (以X倒逼项目建设提速), and one that
# asks after them (详细询问工程进度, 了解项目进展). So does one that goes to them (深入项目现场,
# 前往X公园): where someone went, no part of the name.
_OBJECT_VERBS = (
    r"坚持|明确|梳理|紧盯|盯紧|聚焦|围绕|争取|包装|申报|办理|研究|倒逼|询问|了解|过问|关注|"
    r"深入|前往|走进|来到|走访|"
    # and one that plans or arranges them (部署X项目, 科学安排工程建设时序), hears of them
    # (认真听取项目规划介绍), carries them out or backs them (通过实行项目观摩, 实施大项目带动,
    # 支持项目的建设), or turns to them (针对项目建设中的问题)
    r"部署|安排|谋划|听取|实行|实施|支持|针对|"
    # and one that reports on them (代表建设单位介绍项目建设情况, 汇报项目进展), or seeks
    # them out (赴X对接项目合作事宜)
    r"介绍|汇报|通报|对接|"
    # and one that studies or settles their matters (剖析X项目林地迁移等问题, 协调解决X项目…)
    r"剖析|分析|解决|协调|"
    # and one that schedules their progress (调度A、B等13个项目进展情况)
    r"调度"
)
_LEAD_WORDS = re.compile(
    # A time phrase (今年以来, 开工以来) ends before the name, not inside it at 以. A cause
    # clause (因X施工需要) opens on 因, no part of the work it names (基因 inside a name stays).
    # An area named by the road it lies beyond (南三环以南片区, X路以东区域) holds 以 in its name.
    # An investor's place and verb (在汉寿投资X, 来郑投资建设Y): where and how, no part of
    # the name; tried before the bare 在.
    r"(?:(?:在|来|到)[\u4e00-\u9fff]{1,4}?投资(?:建设|兴建)?|以及|"
    # "Such as" opening a list of examples (也有X类项目，如A、B项目): not 如意, 如今.
    r"^如(?![意今果此何同实期])|"
    # 除X项目外 ("besides"): not 除尘, 除险.
    r"^除(?![尘险雪臭湿草])|"
    r"^因|以来|加快|推进|推动|细化|确保|做好|抓好|建设|办好|实施|开展|启动|完成|督导|视察|听取|"
    r"察看|查看|来到|到|在|对于|对|为|和|与|及|了|把|将|让|是|的有|的|牵头|激发|举办|"
    r"以(?![东南西北](?:片区|区域|地区|地块|段))|作为|深化|狠抓|"
    # A verb phrase of growth or care (做大做强, 做优做实, 做细做实): how, no name.
    r"做[\u4e00-\u9fff]做[\u4e00-\u9fff]|大抓|抓大|加大|抓[紧实牢好细]|抓|签约|签订|签署|开工|观摩|调研|考察|走进|召开|举行|主持|其中|随着|就|我区|主要包括|包括|深入|先后|"
    # The stage a list of works reached (新开工A、B等项目31个；竣工投用C、D等项目17个): the
    # verb before the first name, as 开工 is.
    r"竣工(?:投用|投产|交付)?|建成(?:投用|投产|交付)|投用|投产|完工|"
    # A works declared started (宣布X工程开工): the name follows the verb.
    r"宣布|"
    # Whether the work is new or carried on (新建X项目, 续建X工程): what is built follows.
    r"新建|续建|"
    # The subject of a report (听取了X局关于Y项目建设进展的汇报): the name starts after 关于.
    r"关于|"
    # What an event marks (合龙，标志着X工程全线贯通): the name starts after the verb.
    r"标志着|"
    # When the work is due (确保年底前X工程主线贯通): the sentence's time, no part of the name.
    r"(?:年底|月底|年中)前|"
    # 既有 is "both" (既有A，也有B) only opening its clause or after the set it sorts (项目中
    # 既有): glued after a name's words it is "existing", a word of the name (X小区既有住宅
    # 加装电梯二期).
    r"(?:(?<![\u4e00-\u9fff])|(?<=中))既有|"
    # 有 opening the words after a kind (…合作项目有A项目、B项目, 此次开工的项目有A、B): what
    # there is follows.
    rf"还有|另有|也有|更有|主要有|分别有|^有|(?<=项目)有|{_OBJECT_VERBS}|"
    # A verb that helps the works on, or a manner adverb before one (助推X项目, 全力保障X
    # 工程, 着力破解X): the sentence's words, no part of a name.
    r"助推|通过|全力|着力|全面|全方位|"
    # A goal set (力争X等63个项目年内竣工): the verb before the names; talks on them
    # (洽谈X项目推进事宜) too.
    r"力争|力保|洽谈|构建|督查|建好|"
    # What a campaign or a plan covers (覆盖A、B等项目, 涉及A工程): the works after the verb.
    r"覆盖|涵盖|涉及)"
)
# An administrative township, town or street; a 小镇 (钟表小镇, 田园小镇) is a development
# area named so and a 古镇 a heritage town kept, no town office: its name stays in the
# project's.
_TOWN = r"(?:乡(?!镇)|(?<![小古])镇|街道|办事处)"
# No place prefix: 马寨镇X, 惠济区X, 郑州市X (but 南洼片区X, 新院区X are the project's own).
# A village's works keep the village: a 村 with more after it before 街道 (X村主街道路…) is
# the village's street and its road, no street office (a town may end in 村: X村镇).
# 全区 is the whole district, no place's name: 上半年全区工业企业智能化改造 is the district's
# campaign, read whole (its time word in front says so).
# 都市 after a named area (樱桃沟都市农业示范园) is a word of the name, a metropolis, no
# city's 市; a city whose name ends in 都 has one character before it (成都市).
# A county then its town (X县Y镇Z) says where as one place does: every place in front goes.
# A town's name runs on into a county's (东乡县: 乡 no town's end there).
# 乡镇 is the townships in general, no town's name.
_TOWN_LEAD = (
    rf"(?:(?!村)[\u4e00-\u9fff]){{0,3}}?[\u4e00-\u9fff]{_TOWN}(?<!乡(?=村))(?<!乡镇)(?![县区市])"
)
_PLACE_LEAD = re.compile(
    # 我县, 我区: the paper's own county or district, where as any place's name says it.
    # 区内, 园区内: "in the zone", before a name of the zone's.
    rf"^(?:{_TOWN_LEAD}|我[区县市镇]|(?:园区|[区县市镇])内|"
    r"(?![^区县市]*[路街巷])[\u4e00-\u9fff]{2,5}?(?<![片园新城景社小滩校厂街院商圈户山郊全])"
    # 市 opening a word after the place (登封市民文化中心: 市民) stays with the name.
    rf"(?<![\u4e00-\u9fff]{{2}}都)[区县市](?![域场委]|(?<=市)[民政])(?:{_TOWN_LEAD})?)"
    # The area a place governs (X街道辖区Y村…), or what lies in it (X区内Y): still where,
    # no part of the name.
    r"(?:辖区|内)?"
    r"(?=[\u4e00-\u9fff“]{3,}|\d*[A-Za-z])"
)
# The paper's own place, named as its own (我县, 本区): no place that names a work.
_OWN_PLACE = ("我", "本")
# A list item or a name that is a place, not a project (到马寨镇、侯寨乡等地调研). A new-type
# community (X新型农村社区, X新型社区) is the resettlement estate built for villages moved
# together: a work to build, no community standing; so is a 还建, 安置 or 回迁 社区 (the estate
# built for those whose homes were taken down). A 管理区 (X山管理区, X湖管理区) is an
# area governed as a town is, beside the towns and streets a list names with it. 乡村 is the
# countryside (X美丽乡村: a developer's village estate), no village's name. A name ending in
# 县 or 省 is the county's or the province's, whatever stands before it (新一年X县项目建设).
_PLACE_ONLY = re.compile(
    rf"(?:{_TOWN}|(?<!乡)村|(?<!新型农村)(?<!新型)(?<!还建)(?<!安置)(?<!回迁)社区|管理区"
    r"|^.{1,3}[区县市]|[县省])$"
)
_TOWN_END = re.compile(f"{_TOWN}$")
# Words of a sentence, not of a name: an item holding one is a fragment. A figure is the
# sentence's (3个, 5亿元); digits inside a Latin word (5G, 4K), a building's or a line's
# number (7号楼, 3号院, 2号线) and an ordinal (第64中学) are the name's.
_FRAGMENT = re.compile(
    r"[的了是将要把们这那该其等]|(?<![A-Za-z\d第])\d+(?![A-Za-z\d号])|召开|主持|会议|举行|调研|察看|查看|做好|实现|加快|持续|努力|"
    r"打造|确保|切实|保证|引进|跟踪|跟进|考虑|滚动|尽快|成立|关于|实地|现场|评比|掀起|大干|一批|做深|做细|"
    r"做[\u4e00-\u9fff]做|掌握|推进|"
    r"违建|违法|违规|督导|调研|检查|视察|观摩|考察|推出|推行|出台|解决|"
    # What a work is to become (让X工程成为民心工程, 把X建成民心工程): a copula's predicate, a
    # figure of speech (建成区 is the built-up area, a word of a place).
    r"成为|建成(?!区)|"
    # A question (快看看哪些亮点项目) or the area one governs (所辖区域城建项目): a headline's
    # or a clause's words.
    r"哪些|哪个|什么|所辖|"
    # Matters of business (X小学开学筹备工作有关事宜): a meeting's agenda, no works; a
    # document (X项目票决办法（草案）, X长廊设计方案) neither.
    r"事宜|办法|草案|方案$|"
    # How a work stands (建设工作开展情况, 通车准备情况): what was asked about, no work; an
    # advantage presented (区位优势), a visiting party (X研究院一行): no works either.
    r"情况$|优势$|一行|项目部$|^及|以$|"
    # A quality the works should have (前瞻性、牵引性、接续性“链主”项目): no name.
    r"性$|性“|"
    # A ceremony and what was announced at it (出席开工仪式并宣布项目开工).
    r"宣布|"
    # Who reports on the works (X局、Y集团就当前各自项目…), who is in charge of them (由X建委
    # 负责工程建设), each of them (X片区各地块项目), when (春节过后项目开工), a reform (环卫
    # 一体化服务改革项目), a county's designation (小农水重点县项目): the sentence's words.
    r"就(?!业)|负责|各(?!界)|过后$|之后$|以后$|改革$|重点县$|健全|"
    # A task (加强水务项目谋划, 加强路面整治): what to do about works in general.
    r"加强|"
    # A visit (督查组深入娄店), its stop too short to be cut off as a name.
    r"深入|来到|走进|前往|"
    # A frequency (每月一期, 每周两次, 每月举办一期): how often something comes round, no
    # phase of a work.
    r"每(?:个?月|周|季度?|年|天|日)(?:举办|举行|召开|开展|推出)?[一二两三四五六七八九十\d]"
)
# A road's or a site's number opening a name (107辅道, 206老盐库): the name's, no sentence's
# figure, which counts or measures what follows it (12条道路, 30余家, 15分钟, 2025年).
_SITE_NUMBER = re.compile(
    r"^\d{2,4}(?=[\u4e00-\u9fff])"
    r"(?![个项家座所处栋幢条台套辆名人户间亩米公千万亿百元吨年月日天周期批次届层轮场段大多余分号])"
)
# Items offered, not built: services (便民服务项目), heritage crafts shown (非遗项目), a
# tourist offering (夜游项目), a scheme that gives people work (辅助性就业项目), a charity
# programme taken up by volunteers (公益项目), a featured programme (专业特色项目). A stem ending
# so names none, and a list announced so lists such items.
_OFFERINGS = r"服务|非遗|夜游|就业|公益|特色"
# The field a district's works are in (医疗卫生项目, 公共卫生项目, 教育项目): a sector of
# projects, no one of them.
_SECTORS = r"卫生|医疗|教育|健康|制造业|服务业"
# The fields a district ranks its works in (重点交通, 重大水利).
_FIELDS = r"交通|水利|民生|产业|工业|城建|市政|基础设施|文旅"
# The rank of works (重点项目, 重大工程): a kind, no name.
_RANK = "(?:重点|重大)"
# Stems that end like a kind of project or a plan, not a named one (年度重点, 跟踪服务). A
# line of work (安全生产, 农业生产) is one; a product then the plant's work on it (X研发生产,
# X滤清器设备生产) names the plant to be built.
_GENERIC_END = re.compile(
    rf"(?:{_OFFERINGS}|{_SECTORS}|{_RANK}(?:建设)?|产业|在建|签约|开工|招商|招商引资|以上|企业|推进|条件|工作|任务|资金|计划|规划|"
    r"方面|领域|^[\u4e00-\u9fff]{0,2}生产|设施|类|区域|"
    # The whole district or city (收听收看全市项目建设推进会): the scope of the works, no name.
    r"全[市区县镇省]|"
    # A way of running works (城市更新合作项目, 政企合作项目): a kind, no name.
    r"合作|"
    # A shopping area that stands (X商圈项目): the works inside it, as 区域 names, no one
    # work (a work of it has its own name after the area: X商圈地下空间连通工程).
    r"商圈|"
    # A project's stage before it is one (储备项目, 在谈项目, 候选项目), like 在建 and 签约.
    r"储备|在谈|意向|备选|候选|"
    # A zone that hosts works (调研X开发区项目建设, X产业集聚区项目): the works inside it, as
    # 区域 names, no one work (a park, X产业园, is built).
    r"开发区|集聚区|高新区|经开区|"
    # What is done to projects in general (务实高效调度项目, 分包联系项目): the verb's object.
    r"调度|谋划|招引|包联|"
    # Who pays for the projects (政府投资项目, 社会投资项目, 政府专项债项目): a class by
    # funding, no name.
    r"投资|专项债|国债|"
    # A share or a count of projects (部分项目, 一些项目): no name before it.
    r"部分|一些|若干|所有|全部|个别|多数|少数|其他|其余|有关|相关|"
    # The rank, then the field of the works (重点交通项目, 重大民生工程): a kind still.
    rf"{_RANK}(?:{_FIELDS}))$"
)
# Verbs that urge work on (推进, 加快): right before 工程 they take it as their object (before
# 项目, ``_GENERIC_END`` already reads the stem).
# So does one with the stage it pushes them to (推动落地项目, 加快开工项目: the projects
# landed, started: a kind by its stage, no name).
_URGING_VERB_END = re.compile(
    r"(?:加快|推进|推动|抓好|做好|打好|用好|管好|确保|办好|实施|开展|启动|完成|细化)"
    r"(?:落地|开工|投产|签约)?$"
)
# After the owner company too (X科技有限公司年产5万台Y); a day's or a month's output too
# (X日产90万支Y); a farm's head of stock a year (X年出栏20万头生猪养殖), a plant's throughput
# (年处理10万吨Y, 年屠宰50万头Y).
_CAPACITY = re.compile(
    r"[年日月](?:产|出栏|存栏|加工|处理|屠宰)[\d.]+[万千百亿]*"
    r"(?:吨|件|台|套|辆|只|支|双|片|平方米|立方米|千瓦时|千米|米|公里|棒|头|羽)"
)
# A plant's size in its name (110千伏X输变电工程, X100兆瓦光伏发电, 二期20万锭Y, X10万吨Y, 500床):
# the name's figure, no sentence's.
# A power plant's units and size (2×300MW级, 2×35万千瓦) print their figures in Latin too;
# a vehicle plant's (1万辆起重举升专用车辆) counts its vehicles in ten thousands, a sheet
# mill's (120万平米彩涂钢板) its square metres.
_PLANT_SIZE = re.compile(
    r"(?:\d+[×xX*])?[\d.]+[万千百亿]*(?:千伏|兆瓦|千瓦|锭|吨级|万吨|万辆|床|[MGK]W级?|万平方?米)"
)
# 第二季度X, 上半年X: a batch of a period, not one project.
# A time word in front (目前主体工程已完成68%) opens a clause about the works, no name.
_TIME_START = re.compile(
    r"^(?:春季|夏季|秋季|冬季|年度|今年|明年|全年|当前|下一步|近期|第?[一二三四]季度|[上下]半年|"
    r"目前|眼下|如今|现在|现阶段|截至目前|此前|随后)"
)
# 研学基地, 特色小镇: the kind of place, not one place.
# A firm's 研发中心、中试基地 (its pilot plant) are kinds of facility too.
_KIND_STEM = re.compile(r"^(?:研学|特色|示范|实践|教育|培训|生产|种植|养殖|孵化|创业|实训|中试)")
# X村樱桃种植基地, X肉牛养殖基地: land farmed, which stands already; no construction by its
# suffix (an industrial 生产基地 is built); nor is a place named a supplier (确定为X的农产品
# 供应基地). One said to be being built is read elsewhere.
# A base named by what it grows (X花卉基地, X蔬菜基地) is a farm too.
_FARM_BASE = re.compile(r"(?:种植|养殖|种养|育苗|繁育|供应|花卉|蔬菜|果蔬|苗木|茶叶)基地$")
# X教育基地, X研学基地, X实践基地: a place people are taken to learn, which stands already
# (a visit there builds nothing). One said to be being built is read elsewhere.
_LEARNING_BASE = re.compile(r"(?:教育|研学|实践|培训|实训|孵化)基地$")
# The suffixes a standing place may end on (a base, a 小镇): read by their kind alone.
_BASE_WORDS = ("基地", "小镇")
# A list announced as platforms or carriers (A、B产业园等发展平台, 等创新载体): the places that
# host firms, which stand already; a name there ends like a park's (产业园, 基地), no works.
_PLATFORM_KIND = re.compile(r"等[^，。；、]{0,6}?(?:平台|载体)")
# A、B等18个项目, A和B两个项目: the count before 项目 is no part of the last name; nor is the
# count that closes a list of works counted as matters (包括A、B等5件).
_COUNT_TAIL = re.compile(rf"(?:等(?:{_NUM}[件项])?|等{_NUM}|等?{_NUM}个)$|(?<=[^\d])\d+$")
_COUNT_END = re.compile(rf"(?:{_NUM}个|[一二三四五六七八九十]大)$")
_PHASE_AT = re.compile(r"[一二三四五六]期")
_PHASE = re.compile(_PHASE_AT.pattern + "$")
# X项目（一期）: a phase in brackets after the generic 项目 belongs to the name as printed.
_PHASE_BRACKET = re.compile(r"[（(][一二三四五六]期[）)]")
# ``A一期、二期工程``: a list of phases of one project, printed as one name.
_MORE_PHASES = re.compile(r"(?:、[一二三四五六]期)+(?:工程|项目)?")
# The site after a project or a phase (X项目工地, X二期工地), or a building site after any
# name (X学院建设工地): where one stood, no part of the name.
# A building site (建设现场, 施工现场, 建设工地, 施工工地): where a work is being built.
_BUILDING_SITE = "(?:建设|施工)(?:工地|现场)"
_BUILDING_SITE_RE = re.compile(_BUILDING_SITE)
_SITE_TAIL = re.compile(
    r"(?<=工程|项目|[一二三四五六]期)(?:建设点|建设现场|现场|点位|工地)$"
    # A building site after any name (X学院建设工地): where the visit stopped.
    rf"|{_BUILDING_SITE}$"
)
# A building of the works after their name (X改扩建工程教学楼主体封顶, X二期项目3号楼主体封顶):
# the part of the project the news is about, no part of its name; the project ends at 工程 (or
# 项目) as printed.
_PART_TAIL = re.compile(r"(?<=工程|项目)[\u4e00-\u9fff\d号#]{1,8}楼$")
_GENERIC_STEM = re.compile(
    r"^(?:这|该|此|本|各|每|一|其|这项|这些|一项|一批|重点|重大|关键|在建|签约|在谈|落地|已|"
    # What a work is to become (建设世界一流X基地): a goal, no name.
    r"(?:世界|国际|国内|全国|全省|全市)?一流|"
    # The townships in general (乡镇污水处理项目): a kind of works for all of them.
    r"乡镇|"
    # 未 "not yet" (未开工项目), not the 未 of 未来 (未来科学城…项目: a name).
    r"未(?!来)|"
    # The works inside an area in general (区内重大工程, 辖区内项目); facilities to be added
    # (新增学校), a kind of them.
    r"(?:辖?区|县|市|镇)内|新增|"
    # A kind of work every district does, with no place in front (老旧小区整治改造), or after
    # a disaster (灾后恢复重建).
    r"老旧小区|棚户区|城中村|背街小巷|灾后|"
    r"民生|民心|安置房|特色|优质|产业|招商|新建(?![东南西北中]?[路街巷])|续建|新上|开工|服务|民生实事|全区|全县|全市|全镇|"
    # A level of government in front (村级集体经济项目, 区级重点项目, 省级非遗项目) names the
    # kind of project that level runs, no one project; so does the level alone, its place
    # word read off as a place in front (明年镇级民生实事项目).
    r"(?:村|乡|镇|街道|区|县|市|省|国家)?级|"
    # A quantity of projects (更多民生实事项目), no name; a share of the works already
    # meant (完成全部收尾工程), as 部分项目 is; a count of places or buildings (两处停车场,
    # 三座停车楼) numbers a kind.
    r"更多|诸多|众多|各类|各项|一系列|全部|所有|部分|其余|其他|剩余|个别|若干|"
    # A figure, not a road's or a site's number (_SITE_NUMBER) nor a plant's size (_PLANT_SIZE).
    rf"(?!{_SITE_NUMBER.pattern[1:]}|{_PLANT_SIZE.pattern})\d(?!\d*[A-Za-z])|[一二三四五六七八九十两几多]+[个大项批处座所])"
)
# Kinds of work every district does: named only with a place (十八里河片区棚户区改造).
_WORK_KINDS = frozenset(
    {"老旧小区改造", "城市更新", "棚户区改造", "城中村改造", "安置房建设", "背街小巷整治",
     "道路建设", "基础设施建设", "民生实事", "乡村振兴", "污水处理", "雨污分流", "海绵城市",
     "旧城改造", "拆迁安置", "高标准农田", "生态修复", "绿化提升", "管网改造", "立面整治",
     "城市建设", "城乡建设", "美丽乡村", "美丽乡村建设", "新农村建设", "河道治理", "政府实事",
     "保障性住房",
     # All building works as one class (工程建设项目审批, 工程建设领域): the kind itself.
     "工程建设"}
)  # fmt: skip
_BARE_LEVELS = frozenset(
    {"县", "区", "市", "镇", "乡", "片区", "城市", "全县", "全区", "全市", "我县", "我区", "我市"}
)
_KIND_END = re.compile("(?:" + "|".join(sorted(_WORK_KINDS, key=len, reverse=True)) + ")$")


def _before_kind(stem: str) -> str | None:
    """What ``stem`` prints before the kind of work it ends on, if it ends on one (no kind
    ends on another, so the match is the one kind)."""
    m = _KIND_END.search(stem)
    return None if m is None else stem[: m.start()]


_GENERIC_NAMES = (
    frozenset(
        {"民生工程", "民心工程", "重点项目", "重大项目", "产业项目", "安置房项目", "项目", "工程"}
    )
    | _WORK_KINDS
)
# “德化里”历史街区更新: a proper name in quotes, then the kind of work. A stem all in quotes
# (“六大提升工程”), a counted slogan (“四个一”工程, “双创”: a numeral and one word) or a
# designation after the quote (“X”示范基地) is a campaign, no project.
_QUOTED_NAME = re.compile(
    r"“(?![一二三四五六七八九十百千两双多]+[个大项条类化零]|[一二三四五六七八九十两双][^“”]”)"
    r"[^“”]{2,12}”(?!研学|特色|示范|实践|教育|培训)[\u4e00-\u9fff]{3,}"
)
# A quoted word printed right after a place's name (X路街区“微更新”工程) is the kind of work
# done there: the place's works, a project.
_QUOTED_KIND = re.compile(r"(?<![区路街巷村])“[^“”]*”工程$")
# A part of a road's or a bridge's works named by its kind alone (地面辅道工程, 匝道工程): the
# part of a project named elsewhere, no project of its own.
_PART_KIND = re.compile(r"^(?:地面|高架|主线|两侧|沿线)?(?:辅道|匝道|引道|桥面系?|附属)工程$")
# A programme that trains or brings up people (“X”培育工程, 青年人才培养工程) or raises their
# skills and bearing (职工素质提升工程) builds nothing: a course's name, no project.
_PEOPLE_PROGRAMME = re.compile(r"(?:培育|培养|培训|育人|育才|人才|教育|素质(?:提升)?)工程$")
# A preposition (组织部门对工程…, 全方位为项目建设提供服务), or a verb whose object 项目 is
# (比学赶超抓项目, 谋项目,
# 坚持项目为王, 紧盯项目), or the 作为 of 把X作为项目…的Y (the kind word starts what X is
# taken as): the words before the kind word are a clause.
# A kind of project qualified by its size (大项目, 实施大项目带动战略) is the verb's object too.
_CLAUSE_TAIL = re.compile(rf"(?:[于至向从对为、抓促谋争]|作为|(?:{_OBJECT_VERBS})大?)$")
# A joiner right before the kind word: 暨 is the formal one that joins two events' names
# (X推介会暨项目签约活动), so what stands before it is the first event, no project.
_JOINER_KIND = re.compile(r"[和及与暨、](?:工程|项目)$")
# A bare "X项目" is a project only when X ends like a proper place or facility.
_PROPER_END = re.compile(
    r"(?:[一二三四五六]期|天地|广场|城|中心|大厦|园|区|街区|小镇|基地|港|楼|苑|府|湾|"
    r"公园|片区|项目|二七|”|）|\))$"
)


# Every _LIST_RE match lies inside one run of list characters (items and 、) and ends with
# 项目 or 观摩点; every _SUFFIX_RE name lies inside one run of item characters and contains a
# suffix. Trying the patterns only there gives the same matches as scanning every character,
# which cost more than the rest of the entity step.
_LIST_RUN_RE = re.compile(r"[^，。；：！？\s]+")
_JOINERS = ("及", "和", "与")
_LIST_SEP = "、"
# One or two characters after a joiner these make it a character of a place (人和路,
# 和平路, 永和街, a quarter named 锦和里), not a joiner.
_PLACE_NEXT = frozenset("路街巷道村庄镇乡里")
# A street's own word: a verb printed right before one is the first half of its name.
_STREET_CHARS = frozenset("路街巷")
# A street's or a river's word right after a verb in the dictionary (建新街, 露水河): the verb's
# characters open the place's name.
_NAMED_PLACE_CHARS = _STREET_CHARS | frozenset("河湖渠")
_DIRECTIONS = frozenset("东南西北中")
_ITEM_RUN_RE = re.compile(rf"{_ITEM}+")
_SUFFIX_WORD_RE = re.compile(r"[一二三四五六]期|工程|产业园|基地|小镇|项目")


# A visit's list printed in groups, each after the zone its items are in (先后到A、B，开发区
# C、D，港区E、F等重点项目观摩): from the visit's verb to 等…项目, every comma opens a zone's
# group, and each group is a 、-list; the commas go on with the list.
_ZONE_VISIT_RE = re.compile(
    r"(?:先后|依次|分别)(?:到|来到|深入|前往|走进|察看了?|查看了?)"
    r"(?P<groups>[^。；：！？\s]+?)等[^，。；：！？\s]{0,6}项目"
)
_ZONE_GROUP = re.compile(
    r"[^，。；：！？\s、并对在到与和及的就把将等]{1,4}?(?:开发区|港区|新区|园区|区|县)"
    r"[^，。；：！？\s、]{2,24}、"
)


def _zone_groups_joined(text: str) -> str:
    """``text`` with the commas between a visit's zone groups read as the list's 、 (the same
    length: every position holds)."""
    if "，" not in text or "项目" not in text:
        return text
    out = list(text)
    for m in _ZONE_VISIT_RE.finditer(text):
        groups = m.group("groups").split("，")
        if len(groups) < 2 or "、" not in groups[0]:
            continue
        if all(_ZONE_GROUP.match(g + "、") for g in groups[1:]):
            at = m.start("groups")
            for g in groups[:-1]:
                at += len(g)
                out[at] = "、"
                at += 1
    return "".join(out)


# Words one of _LIST_RE's kinds holds: a run without any is not tried.
_LIST_KIND_WORDS = ("项目", _WORKS, "观摩点", "等地", "等处")


def _list_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for run in _LIST_RUN_RE.finditer(text):
        seg = run.group()
        if "、" not in seg:
            if "等" in seg and "项目" in seg:
                out.extend(_ONE_ITEM_LIST_RE.finditer(text, run.start(), run.end()))
            continue
        if any(word in seg for word in _LIST_KIND_WORDS):
            out.extend(_LIST_RE.finditer(text, run.start(), run.end()))
        if _SITES in seg:
            out.extend(_SITE_LIST_RE.finditer(text, run.start(), run.end()))
    return out


def _suffix_matches(text: str) -> list[re.Match[str]]:
    """Same as ``_SUFFIX_RE.finditer(text)``; ``match`` at each position keeps ``$`` exact."""
    out: list[re.Match[str]] = []
    for run in _ITEM_RUN_RE.finditer(text):
        if not _SUFFIX_WORD_RE.search(run.group()):
            continue
        i, end = run.span()
        while i < end:
            m = _SUFFIX_RE.match(text, i)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end()
    return out


_KIND_WORD_MAX = 3


def _noun_word(word: str) -> bool:
    """Is ``word`` one of the dictionary's common nouns, whole (道路, 桥梁)?"""
    return dictionary_word_at(word, 0) == word and JIEBA.tag(word) == "n"


def _kind_word(item: str) -> bool:
    """Is ``item`` a common noun alone (道路、公园、广场等建设项目): a list holding one lists kinds
    of facility, no named works."""
    return len(item) <= _KIND_WORD_MAX and _noun_word(item)


def _canonical(name: str) -> str:
    name = name[:-2] if name.endswith("项目") and len(name) > 4 else name
    return _after_area(name)


# An area in front of a name that names its own place (郑东新区郑州X中心, X热电厂片区中原Y中心):
# where the work is, as a district's name in front is; the name starts at the place it names.
# An area's own works keep it (X片区城市更新, 南洼片区X: no place word follows).
_AREA_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:片区|新区)")
_AREA_NAME_MIN = 5


def _after_area(name: str) -> str:
    m = _AREA_LEAD.match(name)
    if m is None or len(name) - m.end() < _AREA_NAME_MIN:
        return name
    rest = name[m.end() :]
    if rest.startswith(_WORK_KINDS_AFTER_AREA):
        return name  # X片区城市更新一期: the area's own works
    word = dictionary_word_at(rest, 0)
    return rest if word is not None and JIEBA.tag(word) == "ns" else name


# An area's works named by their kind (城市更新, the dictionary's 城市 a place word).
_WORK_KINDS_AFTER_AREA = ("城市", "城乡", *sorted(_WORK_KINDS))


# The year a work is labelled with (X县2021年Y工程): a name when what follows it is one.
_YEAR_LABEL = re.compile(r"(?<!\d)(?:19|20)\d\d年度?")
_PLACE_WORDS = re.compile(r"[\u4e00-\u9fff]{0,8}")
# A season or a quarter the year's works are gathered by (2025年X州春季项目集中开工): a batch.
_SEASON_END = re.compile(r"(?:[春夏秋冬]季|第?[一二三四]季度|[上下]半年)$")
# A year's batch by its number (2018年第三次重点建设项目, 第一批): a batch, no name.
_BATCH_START = re.compile(rf"第{_NUM}[次批]")


def _ok(name: str, from_list: bool) -> bool:
    if (year := _YEAR_LABEL.search(name)) is not None:
        # X县2021年黄土高原…治理工程 is a work; 区2024年度审计项目, a year's kind of them, is not;
        # before the year, a place's name alone.
        head, rest = name[: year.start()], name[year.end() :]
        return (
            _PLACE_WORDS.fullmatch(head) is not None
            and not _FRAGMENT.search(head)
            and not _SEASON_END.search(rest.removesuffix("项目"))
            and not _BATCH_START.match(rest)
            and _ok(rest, from_list)
        )
    stem = name[:-2] if name.endswith("项目") else name
    # The kind of work with 工程 after it (老旧小区改造工程) is the kind still.
    kind = name.removesuffix("工程")
    if name in _GENERIC_NAMES or stem in _GENERIC_NAMES or kind in _GENERIC_NAMES or len(stem) < 3:
        return False
    # 项目二期, 项目一标段: the generic word first, a part of a project not named. A batch's or
    # a sitting's number alone (第四十九次项目工作周例会, 第三批项目) names none either.
    if stem.startswith("项目") or _BATCH_START.fullmatch(stem):
        return False
    # A phase is specific (白沙镇安置房二期 → 安置房二期), the kind alone is not (安置房项目).
    if _GENERIC_STEM.match(stem) and not _PHASE_AT.search(stem):
        return False
    if stem.startswith("“") and not _QUOTED_NAME.match(stem):
        return False
    # “X”工程 after a verb (杜绝“半拉子”工程): a quoted word and the bare kind is a slogan.
    if _QUOTED_KIND.search(name) or _PEOPLE_PROGRAMME.search(name) or _PART_KIND.match(name):
        return False
    # …贯穿于项目建设, …经营和工程进度: a preposition or a joiner right before the kind word
    # leaves a clause in front of it, no name.
    if _CLAUSE_TAIL.search(kind if name.endswith("工程") else stem) or _JOINER_KIND.search(name):
        return False
    if _SIGNED_END.search(stem):
        return False  # A公司签署项目投资协议: the party and its verb, no work
    # 区城市重点工程: the rank of the works before 工程 names a kind, as before 项目.
    if name.endswith("工程") and _GENERIC_END.search(kind):
        return False
    # A kind of work every district does after a verb (票决民生实事项目) or a bare level, no
    # place (县城市建设项目): no name.
    before = _before_kind(stem)
    if before is not None and (before in _BARE_LEVELS or JIEBA.tag(before) in _VERB_TAGS):
        return False
    if name.endswith("项目") and _verb_before_object(stem):
        return False
    if _adverb_then_verb(stem) or _predicate_only(stem):
        return False
    # …前提下推进工程建设, 以X姿态打好项目建设…: a verb that urges the work on, right before the
    # kind word, takes it as its object: the works in general, no name.
    if _URGING_VERB_END.search(kind if name.endswith("工程") else stem):
        return False
    # A quote or a bracket opened and not closed: a slogan cut mid-way (实行“一项目一专班”),
    # a programme's list of its parts (“三暖工程”（“暖心”…工程、…）), no name.
    if stem.count("“") != stem.count("”") or name.count("（") != name.count("）"):
        return False
    if stem.startswith(("（", "(", "）", ")")):
        return False  # (第十一届X博览会)项目: a bracket after a name cut off before it
    if stem.count("《") != stem.count("》"):
        return False  # 《X产业园项目合作协议》: a document's title cut, no name
    # 年产8万吨X: a capacity in front names the plant; its figure is no sentence's.
    words = _SITE_NUMBER.sub("", _PLANT_SIZE.sub("", _CAPACITY.sub("", stem)))
    if _FRAGMENT.search(words) or _PLACE_ONLY.search(stem) or _GENERIC_END.search(stem):
        return False
    if _COUNT_END.search(stem):
        return False  # …两个项目: a count of the names before it, read by _joined
    if _TIME_START.match(stem) or OFFICE_RE.search(stem) or _BODY_END.search(stem):
        return False

    if _place_then_verb(stem):
        return False
    if from_list:
        return True
    if _common_noun_worked(stem):
        return False  # 学校改建项目 alone; a list's item (A、博物馆新建等项目) is named so
    if name.endswith("工程"):
        return len(name) >= 6
    if name.endswith("项目"):
        # X项目 whatever X ends with (…改造, …提升, …公司), when X is a name: four
        # characters or more, no sentence words.
        return len(stem) >= 4 or bool(_PROPER_END.search(stem))
    if name.endswith(_BASE_WORDS):
        return not (
            _KIND_STEM.match(name) or _FARM_BASE.search(name) or _LEARNING_BASE.search(name)
        )
    return True


# A body of government (市人大, 县政府, 区政协, 市委) listed with the works it greets: who acts,
# no work.
_BODY_END = re.compile(r"(?:人大|政府|政协|[省市区县]委|党委|党工委|管委会|委员会)$")
# The verbs of a work done on a place (旧城区改造, X区绿化): after a place they name its works.
_WORK_VERB_END = re.compile(
    r"(?:改造|建设|提升|整治|开发|修复|更新|改建|扩建|新建|治理|保护|搬迁|安置|绿化|美化|亮化|"
    r"硬化|拓宽|升级|改扩建)$"
)


@lru_cache(maxsize=8192)
def _stem_words(stem: str) -> tuple[str, ...]:
    """The dictionary's words of ``stem`` (no HMM), cut once for every test that reads them:
    ``_ok`` asks several of the same stem, and a page prints the same names again."""
    return tuple(jiebadict.tokenizer().lcut(stem, HMM=False))


def _place_then_verb(stem: str) -> bool:
    """``stem`` is a place and a verb it is the subject of (惠济区迎来项目集中签约): a clause,
    no name; a verb of work done on the place (老城区改造) names its works."""
    words = _stem_words(stem)
    last = words[-1] if words else ""
    return (
        len(words) >= 2
        and len(last) >= 2
        and JIEBA.tag(last) == "v"
        and not _WORK_VERB_END.search(stem)
        and bool(_PLACE_ONLY.search(stem[: -len(last)]))
    )


# 站 closes a station's name (供热站, 加压站), though the dictionary tags it a verb (to stand).
_STATION = "站"


# An adverb, or a word jieba tags as a conjunction that qualifies the verb after it (及时);
# a manner word the dictionary tags a noun (全力, 着力: with all one's strength) is one too.
_QUALIFIER_TAGS = frozenset({"d", "ad", "c"})
_MANNER_WORDS = frozenset(
    {"全力", "着力", "大力", "奋力", "倾力", "竭力", "合力", "努力", "分类", "分批", "逐一", "科学"}
)


def _common_noun_worked(stem: str) -> bool:
    """``stem`` is a common noun and the work done on it, nothing more (学校改建, 道路改造,
    河道治理): a kind of work every place does, no name."""
    words = _stem_words(stem)
    return (
        len(words) == 2
        and JIEBA.tag(words[0]) == "n"
        and JIEBA.freq(words[0]) >= _KIND_NOUN_FREQ
        and _WORK_VERB_END.fullmatch(words[1]) is not None
    )


def _adverb_then_verb(stem: str) -> bool:
    """``stem`` opens on an adverb and the verb it qualifies (不断提升项目谋划, 及时化解制约
    项目建设): a predicate whose object is the works, no name."""
    words = _stem_words(stem)
    # An adverb of one character may be a character of a name (还建小区: resettlement housing).
    return (
        len(words) >= 2
        and len(words[0]) >= 2
        and (JIEBA.tag(words[0]) in _QUALIFIER_TAGS or words[0] in _MANNER_WORDS)
        and JIEBA.tag(words[1]) == "v"
    )


# The tags of a predicate's words: verbs and verbal nouns, adverbs, adjectives, prepositions,
# conjunctions, and idioms and direction words (坚持不懈上项目: 上 is "launch"; 服务保障项目).
_PREDICATE_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "c", "p", "i", "f"})


# Works a set phrase names by its verb (综合治理, 生态修复), besides those of ``_WORK_END``.
_WORK_DONE_IN_A_PHRASE = ("治理", "修复")


def _predicate_only(stem: str) -> bool:
    """``stem`` holds no noun, only a predicate's words (进一步落实项目带动战略, 牢固树立项目为王
    理念): 项目 is the object of a sentence, no name's kind."""
    words = _stem_words(stem)
    if not words:
        return False
    last = words[-1]
    if JIEBA.tag(last) in _SET_PHRASE_TAGS and (
        len(words) == 1
        or (
            len(last) == _SET_PHRASE_LEN
            and JIEBA.tag(last[2:]) == "v"
            # 更新改造, 提质改造, 综合治理, 生态修复: the work done
            and not (_WORK_IN.search(last) or last.endswith(_WORK_DONE_IN_A_PHRASE))
        )
    ):
        # A set phrase alone (高度重视, 常抓不懈), or one ending on a verb after its subject
        # (县政府高度重视项目工作): the predicate of a sentence about the works. jieba holds
        # nouns as set phrases too (交通枢纽, 初级中学, 二期工程): a name may end on one.
        return True
    if _ranks_the_works(last):
        return True
    # 省纪委挂钩帮扶项目: a body, then only what it does for the works (a class of them).
    if (
        len(words) >= 2
        and JIEBA.tag(words[0]) in _BODY_TAGS
        and all(JIEBA.tag(w) in _VERB_TAGS for w in words[1:])
    ):
        return True
    return all(JIEBA.tag(w) in _PREDICATE_TAGS for w in words)


def _ranks_the_works(last: str) -> bool:
    """A set phrase of four characters that ranks the works (重中之重项目), its last two no
    noun (初级中学, 二期工程: nouns jieba holds as set phrases end on one)."""
    return (
        len(last) == _SET_PHRASE_LEN
        and JIEBA.tag(last) in _SET_PHRASE_TAGS
        and not (JIEBA.tag(last[2:]) or "").startswith("n")
        and JIEBA.tag(last[2:]) != "v"
    )


# An organization's short name or a body (省纪委, 市发改委).
_BODY_TAGS = frozenset({"j", "nt"})
_SET_PHRASE_TAGS = frozenset({"i", "l"})
_SET_PHRASE_LEN = 4


def _verb_before_object(stem: str) -> bool:
    """``stem`` ends in a one-character verb right after a word (以效能提升保项目攻坚,
    以党建引领带项目建设): 项目 is that verb's object, so the words before it are a clause,
    no name. A verb glued to a character of the name (青禾智造) is no such verb, nor is a
    station's 站 (X供热站项目)."""
    n = len(stem)
    if n < 3 or stem[-1] == _STATION or JIEBA.tag(stem[-1]) != "v":
        return False
    return dictionary_word_at(stem[:-1], n - 3) is not None


# What one work is made of, listed after 工程内容有 / 建设内容包括 (灌溉工程、排水工程、
# 田间道路工程…): its parts, no works of their own.
_CONTENTS_RE = re.compile(r"(?:工程|建设)内容(?:主要)?(?:有|包括|为)：?")
_CLAUSE_START_RE = re.compile("[。；！？\n]")


def _among_contents(text: str, at: int) -> bool:
    """Does the name at ``text[at]`` stand in a clause listing one work's contents?"""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, at)), default=0)
    return _CONTENTS_RE.search(text, start, at) is not None


# Where two streets meet (A路与B路交叉口, A街和B路交汇处): a place named by both.
_CROSSING = re.compile(r"[\u4e00-\u9fff]{1,5}?[路街巷](?:交叉口|交汇处|路口)")


# A dictionary word as common as this is read as one (祥和, 及时), not as a joiner beside a
# character of a name.
_WORD_FREQ = 100
_NAME_MIN = 2


def _one_character_before(s: str, i: int, start: int) -> bool:
    """Is ``s[i]`` (a joiner) one Han character after ``start``: the second character of a
    place's or a firm's name (兴和区), as no name of one character is joined to another?"""
    return 0 < i - start < _NAME_MIN and is_han(s[i - 1])


def _ends_verb(s: str, i: int) -> bool:
    """Does ``s[i]`` (和, 与, 及) end a common verb with the character before it (参与, 给与)?"""
    pair = s[i - 1 : i + 1] if i else ""
    return JIEBA.freq(pair) >= _WORD_FREQ and JIEBA.tag(pair) == "v"


def _joins(s: str, i: int) -> bool:
    """``s[i]`` (和, 与, 及) joins two names, not a character of a street's or a village's
    name (人和路, 和平路, 永和村); a place after a joiner (A和华山路B) has a longer name.
    Right after a town's name it opens the name the town stands before (马寨镇和美公园: a
    town alone is no name to join), unless another place follows (A镇和B乡X: two towns)."""
    if _one_character_before(s, i, 0):
        return False  # 兴和区X: one character before it is no name of its own
    if s[i] == "及":
        # no street or village name holds 及 (A及镇区B joins two); 及时, 及早 are adverbs
        # (及时化解), unless the next two characters are the word (A及时代广场)
        return JIEBA.freq(s[i : i + 2]) < _WORD_FREQ or JIEBA.freq(s[i + 1 : i + 3]) >= JIEBA.freq(
            s[i : i + 2]
        )
    if JIEBA.freq(s[i - 1 : i + 1]) >= _WORD_FREQ:
        return False  # a word ending on it (祥和片区, 平和路): a character of the name
    if s[i - 1 : i] in _STREET_CHARS and _CROSSING.match(s, i + 1):
        return False  # A路与B路交叉口: the crossing of two streets, one place
    if _TOWN_END.search(s, 0, i) and not _PLACE_LEAD.match(s[i + 1 :]):
        return False
    return not any(s[j : j + 1] in _PLACE_NEXT for j in (i + 1, i + 2))


def _has_joiner(s: str) -> bool:
    return any(c in _JOINERS and _joins(s, i) for i, c in enumerate(s))


# The verbs of the works done on a kind of facility (桥梁建设, 学校改造).
_KIND_WORK = ("建设", "改造", "提升", "整治", "新建", "扩建", "改扩建", "化")


def _kind_of_work(stem: str) -> bool:
    """``stem`` is a kind of facility and the work done on it (桥梁建设), or a way of
    working (产业化): no name alone."""
    for verb in _KIND_WORK:
        if stem.endswith(verb):
            head = stem[: -len(verb)]
            return not head or _noun_word(head)
    return False


_FACILITY_MAX = 6


def _common_facility(item: str) -> bool:
    """``item`` names a place of work by the work done there, a verb noun and a common noun
    (X研发中心及生产基地项目, X厂房及加工车间): the named work's own base, part of the work it
    is joined to, no work apart (文化艺术中心, a facility of its own kind, is one)."""
    words = _stem_words(item)
    return (
        len(item) <= _FACILITY_MAX
        and len(words) == 2
        and JIEBA.tag(words[0]) == "vn"
        and JIEBA.tag(words[1]) == "n"
    )


# What is built with the main work (X电池及配套下游Y项目): a part of the one work.
_PART_BUILT_WITH = ("配套", "附属")


def _one_work_joined(stem: str) -> str | None:
    """``stem`` (A及B before 项目) as one name when what follows the joiner names no work of its
    own (X东环路及桥梁建设, X研发中心及产业化, X电池及配套Y), or a plant's products are joined
    before the one work (年产N吨A及B扩建): the joiner adds a part of the one work."""
    at = max((i for i, c in enumerate(stem) if c in _JOINERS and _joins(stem, i)), default=-1)
    if at <= 0:
        return None
    after = stem[at + 1 :]
    if _kind_of_work(after) or after.startswith(_PART_BUILT_WITH) or _common_facility(after):
        return stem
    # 年产3000吨A及B扩建, 15万吨A及B: the products of one plant's output or size, the work
    # printed once at the end.
    # X高速出口及Y大道改造工程, X综合交通及Y枢纽建设: a route or its part before the joiner,
    # with no work of its own, shares the work printed once at the end.
    before = stem[:at]
    if _WORK_IN.search(before):
        return None
    sized = _CAPACITY.search(before) or _PLANT_SIZE.search(before)
    return stem if sized or _ROUTE_PART_END.search(before) else None


def _inside_bracket(raw: str, at: int) -> bool:
    """Is ``raw[at]`` inside a bracket opened before it (a road section's ``（A—B）``)?"""
    head = raw[:at]
    return head.count("（") + head.count("(") > head.count("）") + head.count(")")


_FORMAL_JOINER = "暨"


def _after_lead(raw: str, *, joiners: bool = True) -> str:
    """Drop the verb phrase in front of a name (牵头推进田园小镇 → 田园小镇), and a deck's
    dash (——X工程进入收尾阶段): no character of the name. With ``joiners=False`` a joiner
    is left standing (A和B: two names, split by the caller)."""
    raw = raw.lstrip(DECK_DASHES)
    cut = 0
    for m in _LEAD_WORDS.finditer(raw):
        if m.group() in _JOINERS and _ends_verb(raw, m.start()):
            # 参与A、B: the verb the joiner's character ends leads the name.
            if len(raw) - m.end() >= 4:
                cut = max(cut, m.end())
            continue
        if m.group() in _JOINERS and _one_character_before(raw, m.start(), cut):
            continue  # 推进兴和区X: one character after the verb is no name to join
        if m.group() in _JOINERS and (not joiners or not _joins(raw, m.start())):
            continue
        if _inside_bracket(raw, m.start()):
            continue  # X路（建设路—Y路）: a road's name in a section's bracket, no verb
        end = m.end()
        if len(raw) - end < 4 or _opens_street(raw, m.start(), end) or _opens_noun(raw, m):
            continue
        if end - m.start() == 1:
            # A lead character that starts a longer verb (对接) leads with the whole verb.
            word = dictionary_word_at(raw, m.start())
            if word is not None and JIEBA.tag(word) in _VERB_TAGS:
                end = m.start() + len(word)
            end = max(end, _word_around(raw, m.start()))
        if len(raw) - end >= 4:
            cut = max(cut, end)
    # 集中开工暨X项目奠基仪式, 集中开工动员会暨X项目开工仪式: the formal joiner opens the
    # second event's words; the first event's before it are no name's.
    joined = raw.rfind(_FORMAL_JOINER, cut)
    if joined >= 0 and len(raw) - joined > 5:
        cut = joined + 1
    # A verb right after the lead word (将配合X一期) is the sentence's too, unless a street
    # word follows it: then it opens the street's name (推进建新街片区…: 建新街 is a road;
    # 和登封大道…: 登封, a verb in the dictionary, names the avenue).
    # So is a common verb the name opens on with no lead word before it (赞许X幼儿园项目施工
    # 单位, 做出X工程), unless it is the work done (安置, 改造: 安置房三期); a rare one is as
    # often a name's own characters (建中, 建新).
    # After a lead verb a verbal noun leads too (加快突破X产业园), unless it is the work done;
    # not after a joiner (A及应急物资…, A与预警体系: the noun opens the next name).
    word = dictionary_word_at(raw, cut)
    tag = JIEBA.tag(word) if word is not None else None
    verbal_noun = (
        tag == "vn"
        and cut >= _NAME_MIN
        and dictionary_word_at(raw, cut - _NAME_MIN) == raw[cut - _NAME_MIN : cut]
        and not _WORK_VERB_END.match(word)
    )
    if (
        word is not None
        and (tag == "v" or verbal_noun)
        and (cut or (JIEBA.freq(word) >= _OPENING_VERB_FREQ and not _WORK_VERB_END.match(word)))
        and len(raw) - cut - len(word) >= 4
        and raw[cut + len(word)] not in _NAMED_PLACE_CHARS
        and not _opens_street(raw, cut, cut + len(word))
        and not raw.startswith(_AVENUE, cut + len(word))
    ):
        cut += len(word)
    return raw[cut:]


# The least frequency of a verb a name may not open on (赞许, 做出), rare verbs being as
# often a name's characters (建中, 建新).
_OPENING_VERB_FREQ = 100


_AVENUE = "大道"
_WORD_AROUND_REACH = 3


def _word_around(raw: str, at: int) -> int:
    """The end of a dictionary word that holds the one-character lead at ``raw[at]`` inside it
    (全力以赴: 以 is no preposition there): the whole word leads; else ``at + 1``."""
    for back in range(1, _WORD_AROUND_REACH + 1):
        if at - back < 0:
            break
        word = dictionary_word_at(raw, at - back)
        if word is not None and len(word) > back + 1:
            return at - back + len(word)
    return at + 1


def _opens_noun(raw: str, lead: re.Match[str]) -> bool:
    """Is the lead verb at ``lead`` the start of a longer noun, a body's or a thing's word
    (研究院 in X研究院有限公司, 服务区)? Then it leads nothing."""
    if lead.end() - lead.start() < _NAME_MIN:
        return False
    word = dictionary_word_at(raw, lead.start())
    return (
        word is not None
        and len(word) > lead.end() - lead.start()
        and (JIEBA.tag(word) or "").startswith("n")
    )


def _opens_street(raw: str, start: int, end: int) -> bool:
    """Is the lead word at ``raw[start:end]`` the first half of a street's name (建设路, 建设东路,
    文化北街): a street word after it, maybe after a direction, standing alone (推进路网改造:
    路网 is a word, 推进 the verb)? A one-character lead (到, 在) never is."""
    if end - start < 2:
        return False
    at = end + 1 if raw[end : end + 1] in _DIRECTIONS else end
    if raw[at : at + 1] not in _STREET_CHARS:
        return False
    word = dictionary_word_at(raw, at)
    return word is None


def _after_time(item: str) -> str:
    """``item`` without a time word in front (今年A → A) when a name is left after it."""
    m = _TIME_START.match(item)
    return item[m.end() :] if m and len(item) - m.end() >= 4 else item


def _strip_lead(item: str) -> str:
    item = _VERB_LEAD.sub("", item)
    return _PLACE_LEAD.sub("", item)


# A与B公司签订C项目合作协议: the parties of a signing are before its verb, the project after.
_SIGNING_RE = re.compile(r"(?:签订|签署|签约)了?")


# A list's last item closed by the signing verb, right before 项目: the parties signed.
_SIGNED_END = re.compile(r"(?:签订|签署|签约)了?$")


def _after_signing(item: str) -> str:
    """The words after the last signing verb of ``item`` (A与B公司签订C → C): a joiner before
    that verb joins the parties, not two names."""
    cut = 0
    for m in _SIGNING_RE.finditer(item):
        cut = m.end()
    return item[cut:]


# A group and the verb of its visit inside an item (马青、李禾一行先后察看了A、B等项目, 各街道、
# 局委一把手对A、B等项目进行观摩): the items before it list the visitors.
_VISITORS_RE = re.compile(
    r"(?:一行|一把手|负责人|负责同志|领导|干部|代表|委员|成员)[^、]*?"
    r"(?:察看|查看|来到|走进|深入|前往|到|对|赴)"
)


def _list_start(raw_items: list[str]) -> int:
    """How many items of a 、-list come before its first name: an official's title chain (区委
    常委、常务副区长X为A、B等项目) or the people visiting (X、Y一行察看了A、B等项目), those before
    the last item printing a post or the group's verb. The list of names opens inside that
    item, after the people and the verb (a post's 区 is no district in front of a name)."""
    return max(
        (
            n
            for n, x in enumerate(raw_items)
            if OFFICE_RE.search(x) or (n and _VISITORS_RE.search(x))
        ),
        default=0,
    )


# Phases or sections printed in short (桂园一、二期, X路一、二、三标段): the first numerals'
# 期 or 标段 left to the last one's.
_SHORT_PHASE_END = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六]$")
_PHASE_START = re.compile(r"^[一二三四五六](?:期|标段?|$)")


def _phases_joined(raw_items: list[str]) -> list[str]:
    """``raw_items`` with phases printed in short joined back into one name (``桂园一`` and
    ``二期`` → ``桂园一、二期``): a name as printed, its phases elliptic."""
    out: list[str] = []
    for raw in raw_items:
        if out and _SHORT_PHASE_END.search(out[-1]) and _PHASE_START.match(raw):
            out[-1] += "、" + raw
        else:
            out.append(raw)
    return out


def _list_items(raw_items: list[str], pos: int) -> list[tuple[int, str]]:
    """Items of a 、-list at ``pos``; the first carries the sentence before it, the last may
    join two names with 及/和/与 (A、B和C项目)."""
    out: list[tuple[int, str]] = []
    if raw_items and _SIGNED_END.search(raw_items[-1]):
        return out  # 与A公司、B公司签署项目投资协议: the list names the parties, no works
    raw_items = _phases_joined(raw_items)
    for n, raw in enumerate(raw_items):
        # The first item carries the sentence before it: its place is dropped once the verb
        # phrase is (below), as any name's is, or a verb before 区 (推进区人民医院…) would
        # read as a district's name.
        item = _VERB_LEAD.sub("", _after_signing(raw)) if n == 0 else _strip_lead(raw)
        if n == 0:
            # The sentence before the first name goes, joiners aside: one inside it (听取了
            # A和B局关于X、Y等项目…: a bureau's name, joining the fields it governs) joins no
            # two names of the list.
            item = _after_lead(item, joiners=False)
        if n and (joined := item.rfind(_FORMAL_JOINER)) >= 0:
            # A、B项目集中开工暨C项目开工仪式: the formal joiner opens the second event's
            # words; the list before it is the first event's (fields of works, no names).
            out.clear()
            item = item[joined + 1 :]
        if n == len(raw_items) - 1:
            item = _COUNT_TAIL.sub("", item)  # A、B等18个项目
        item = _SITE_TAIL.sub("", item)  # …改造提升工程建设点: the site of the project
        parts = [item]
        # 区工业和信息化局, 区行政审批和政务信息管理局: a bureau's name joins the fields it
        # governs with 和; one office, no two names.
        # X东环路及桥梁建设: one work, its part joined (_one_work_joined).
        one_work = _one_work_joined(item) is not None
        for joiner in () if item.endswith("局") or one_work else _JOINERS:
            at = max((i for i, c in enumerate(item) if c == joiner and _joins(item, i)), default=-1)
            if at >= 0:
                a, b = item[:at], item[at + 1 :]
                # A以及B: the whole joiner goes; 以及 joins no name's words, so a short
                # route after it (X大道西段以及西环) is a name of its own.
                least = 4
                if item.startswith(_LAST_MATTER, at - 1):
                    a, least = a[:-1], 2
                if len(b) >= least and len(_after_lead(a) if n == 0 else a) >= least:
                    parts = [a, b]
                    break
        if n == 0:
            parts[0] = _after_lead(parts[0])
            if OFFICE_RE.search(parts[0]):
                parts = parts[1:]  # 常务副区长X就A及B项目: A is no name of a project
            else:
                # 研究确定了今年A、B等项目: the sentence's time word before the first name
                # is no part of it (a name so led alone, 上半年X工程, is a batch: _ok).
                parts[0] = _PLACE_LEAD.sub("", _after_time(parts[0]))
        if len(parts) == 2:
            parts[1] = _PLACE_LEAD.sub("", parts[1])  # A及马寨镇B: no place in front of B either
            parts[0] = _SITE_TAIL.sub("", parts[0])  # A项目工地和B: A's site, as the last's is
        for part in parts:
            out.append((pos + raw.find(part), part))
        pos += len(raw) + 1
    return out


_LAST_MATTER = "以及"


_RANK_TAIL = re.compile(f"{_RANK}$")
_RANKED_NAME_MIN = 2


def _joined(text: str) -> list[tuple[int, str]]:
    """A、B和C项目 / A及B项目 / A、B、C项目: names joined before one 项目 (no 等)."""
    out: list[tuple[int, str]] = []
    for run in _LIST_RUN_RE.finditer(text):
        seg = run.group()
        if "项目" not in seg or not ("、" in seg or _has_joiner(seg)):
            continue
        for m in re.finditer("项目", seg):
            raw_items = seg[: m.start()].split("、")
            # A、B、C重点项目, printed without 等: the rank of the works listed is no word of
            # the last name.
            rank = _RANK_TAIL.search(raw_items[-1]) if len(raw_items) >= 2 else None
            cut = len(rank.group()) if rank and rank.start() >= _RANKED_NAME_MIN else 0
            raw_items[-1] = raw_items[-1][: len(raw_items[-1]) - cut]
            last = raw_items[-1]
            if (
                last.endswith("等")
                or seg.startswith("、", m.end())
                or any("项目" in x for x in raw_items[:-1])
            ):
                continue  # A、B等项目 is _LIST_RE's; A、B项目、C项目 names each on its own
            # A、B以及C项目: ``以及`` adds the last matter to a list of others (了解A现状、B环境
            # 以及C项目推进情况): the 项目 is C's alone, the items before it no names of works.
            if _LAST_MATTER in last:
                continue
            joined = _has_joiner(last)
            # A、B、C项目: a plain list counts when its last item is itself a name.
            if not joined and (len(raw_items) < 2 or not _ok(last + "项目", from_list=False)):
                continue
            # After a visiting verb (来到A小学、B新校区项目现场) a standing place is a stop,
            # whoever the visitors are (委员们来到A美食街和B项目现场: a post word before the
            # list leaves the verb the list's).
            visit = any(v in raw_items[0] for v in _VISIT_VERBS)
            # 区委常委、副区长X调研A和B项目: the title chain lists no projects.
            raw_items = raw_items[_list_start(raw_items) :]
            items = _list_items(
                raw_items, run.start() + len(seg[: m.start()]) - cut - len("、".join(raw_items))
            )
            # 侯寨乡、X街道分别就A项目: a list holding a place alone lists who acts, not
            # projects (A is read by its suffix); one holding a kind of work (A和美丽乡村项目)
            # lists kinds, as before 等项目.
            # So does one holding a body of government (区教委、X公司和Y镇政府对于Z项目).
            if any(
                _PLACE_ONLY.search(i) or i in _GENERIC_NAMES or _ACTING_BODY_END.search(i)
                for _, i in items
            ):
                break
            # A、B和重点项目推进: the last item (重点, 重大) names a kind of project, so the
            # list names kinds of work, as a list holding one does before 等项目.
            if _kind_closes(last):
                break
            # A、B和C三个项目 in a contest's sentence counts its events, no works.
            if _contest_sentence(text, run.start() + m.end()):
                break
            # A、B和正在建设的C项目: the modifier and the 项目 are C's alone (C is read as
            # being built); the stops before it stand already.
            if _BEING_BUILT_RE.search(last):
                break
            # A与B项目 whose B is no name (X科学与工程研究院一行…项目): the joiner is a word of
            # an organization's name, no list's, and A is a name cut in two.
            if joined and items and not _ok(items[-1][1], from_list=True):
                break
            if len(items) >= 2:
                out.extend(
                    (p, i)
                    for p, i in items
                    if _ok(i, from_list=True) and not (visit and _visit_stop(i))
                )
            break
    return out


# A body of government by the last characters of its name (区教委, X局, Y镇政府).
_ACTING_BODY_END = re.compile(r"(?:[^党]委|局|厅|政府|人大|政协|管委会|委员会)$")


def _kind_closes(last: str) -> bool:
    """The item joined last before 项目 is a kind of project alone (…和重点项目推进): a
    stem of a generic name right after the joiner; or it names an offering (…和基本公共卫生
    服务项目考核), so the items before it are kinds of work as well, no constructions."""
    cuts = [i for i, c in enumerate(last) if c in _JOINERS and _joins(last, i)]
    if not cuts:
        return False
    kind = last[cuts[-1] + 1 :] + "项目"
    return kind in _GENERIC_NAMES or bool(_SERVICE_KIND.search(kind))


_SECTION_BRACKET = re.compile(r"（[^（）]*）")


def _part_of(name: str, other: str) -> bool:
    """``name`` is another printing of ``other``: its short name (老家印象 beside
    老家印象休闲旅游区) or a later phase named without the place (文化园二期 beside
    大运河文化园). X beside its phase X二期, in either order, is the whole the phase is built
    in (在X, 走进X): the phase is the project the article reports, X is no other."""
    if name == other:
        return False
    bare = _PHASE.sub("", name)
    if other.endswith(bare) and other != bare:
        return True
    # X打通工程 beside X（A—B）打通工程: the same works, printed once with the section they run.
    if "（" in other and _SECTION_BRACKET.sub("", other) == name:
        return True
    return other.startswith(name)


_SHORT_MIN = 6


def _shortened(name: str, other: str) -> bool:
    """``name`` is ``other`` with words left out inside (the headline's 大学路改造工程 for the
    body's 大学路（A—B段）道路改造工程): the same place first, the same work last. Only a
    headline shortens so; two such names in a body are two works (A片区一期工程 and
    A片区配套道路一期工程). A headline reporting the work done (大学路改造完工) may leave
    out the closing 工程 as well."""
    if other.endswith("工程") and not name.endswith("工程"):
        other = other[:-2]
    if not _SHORT_MIN <= len(name) < len(other) or name[:2] != other[:2] or name[-2:] != other[-2:]:
        return False
    rest = iter(other)
    return all(c in rest for c in name)


# Numbered points: 一是…二是…, 1.…2.…, （一）…（二）…, each opening a clause.
# (The lookahead, every point's first character, lets the scan skip the others at once.)
_POINT_RE = re.compile(
    r"(?=[一二三四五六七八九十\d（])"
    r"(?:^|(?<=[，。；：,;:\s]))(?:[一二三四五六七八九十]是|(?<![\d.])\d{1,2}[.．、](?!\d)|"
    r"（[一二三四五六七八九十]）)"
)
_POINT_END = re.compile(r"[。\n]")
_POINT_CLAUSE_END = re.compile(r"[，；,;]")
# 6月底完工, 年内开工: when the work is due, after the name.
_DUE_TAIL = re.compile(
    r"(?:\d{1,2}月(?:底|初|上旬|中旬|下旬|\d{1,2}日)?前?|年底前?|年内|今年)?"
    r"(?:全面|全部|顺利|按期)?(?:完工|竣工|开工|投用|建成|通车|交付|动工)$"
)
# How a construction's name ends: the work (改造, 迁建) or the facility (中心, 步道), a
# resettlement area or a hospital's or a school's new campus built as one (X安置区, X医院新院区,
# X中学新校区).
_BUILT_AS_ONE = "安置区|院区|校区"
_BUILT_END = re.compile(
    r"(?:工程|改造|提升|整治|迁建|扩建|新建|改建|建设|[一二三四五六]期|中心|园|基地|小镇|步道|"
    rf"绿廊|公园|广场|通道|大厦|综合体|楼|市场|停车场|项目|{_BUILT_AS_ONE})$"
)
_POINT_NAME_MIN = 6
_VERB_TAGS = frozenset({"v", "vd", "vn", "d", "ad"})
# Events of a sports meet or a contest are its 项目, no construction.
# …等N个便民服务项目, …等9个非遗项目: the items are offered, no construction.
_SERVICE_KIND = re.compile(rf"(?:{_OFFERINGS})项目$")
_CONTEST_RE = re.compile(r"运动会|比赛|赛事|竞赛|大赛|锦标赛|联赛")


def _contest_sentence(text: str, at: int) -> bool:
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(_CONTEST_RE.search(text, start, at))


def _point_spans(text: str) -> list[list[tuple[int, int]]]:
    """Runs of numbered points, each point as the span of its text (marker left out)."""
    runs: list[list[tuple[int, int]]] = []
    marks = list(_POINT_RE.finditer(text))
    for k, m in enumerate(marks):
        end_m = _POINT_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        nxt = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        span = (m.end(), min(end, nxt))
        if runs and runs[-1][-1][1] >= m.start() - 1:
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) >= 2]


def _point_names(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """The names a point holds: its first clause, a list split, verbs and due dates dropped."""
    clause = _POINT_CLAUSE_END.split(text[a:b], maxsplit=1)[0]
    raw_items = clause.split("、")
    raw_items[-1] = _DUE_TAIL.sub("", raw_items[-1])
    return [(p, _PLACE_LEAD.sub("", n)) for p, n in _list_items(raw_items, a)]


def _numbered(text: str) -> list[tuple[int, str]]:
    """Numbered points naming projects (一是加快建设A工程；二是确保B迁建…): once one point
    names a project by its suffix, the points beside it that name a construction are the
    same list; points of any other kind (抓紧完成征收扫尾) name none."""
    out: list[tuple[int, str]] = []
    for run in _point_spans(text):
        points = [_point_names(text, a, b) for a, b in run]
        if not any(
            _SUFFIX_RE.fullmatch(n + "，") and _ok(n, from_list=False) for p in points for _, n in p
        ):
            continue
        for point in points:
            out.extend((at, n) for at, n in point if _names_construction(n))
    return out


def _names_construction(name: str, *, placed: bool = False) -> bool:
    """A point's words name one construction (社区卫生服务中心迁建), not a kind of work
    (项目建设) nor a task (加强环境整治: it opens with a verb). ``placed``: the name was
    printed after its town or street (X街道综合托育服务中心), which says the words name that
    place's facility: a verbal noun opening them (综合, 管理) is a word of the name."""
    if len(name) < _POINT_NAME_MIN or not _BUILT_END.search(name):
        return False
    head = dictionary_word_at(name, 0)
    tag = JIEBA.tag(head) if head is not None else None
    if tag in _VERB_TAGS and not ((placed and tag == _VERBAL_NOUN) or _names_street(name, head)):
        return False
    return _ok(name, from_list=True)


def _names_street(name: str, head: str | None) -> bool:
    """The first word is a street's own name, whatever it reads as alone (``大同`` in 大同路…):
    a street character follows it as a word of its own (not 路面, 街巷: words of a task)."""
    if head is None or name[len(head) : len(head) + 1] not in _STREET_CHARS:
        return False
    return dictionary_word_at(name, len(head)) is None


_VERBAL_NOUN = "vn"


def _after_town(text: str, at: int) -> bool:
    """``text[at]`` follows a town's or a street's name (马寨镇, X街道), dropped from a name."""
    return bool(_TOWN_END.search(text, max(0, at - _TOWN_REACH), at))


_TOWN_REACH = 4


# 先后察看了A、B工程 / 来到A、B工程现场 / 察看了A、B和C建设现场: a list right after a visiting
# verb, running to the end of its clause.
_VISIT_VERBS = ("察看", "查看", "观摩", "来到", "走进", "深入", "前往")
_VISIT_LIST_RE = re.compile(
    rf"(?P<list>{_ITEM}+(?:、{_ITEM}+?)+?)"
    # …现场, or what was checked of the works (…项目建设情况, …建设进度): not the last name's.
    r"(?P<end>(?:建设现场|施工现场|现场)(?!、)|(?:项目)?(?:建设|施工)?(?:情况|进度|进展)(?=[，。；]|$)|"
    r"(?=[，。；]|$))"
)


def _visit_verbs_at(text: str) -> list[int]:
    """Where the words after each visiting verb start (察看了A: at A); ``str.find`` per verb
    is far cheaper than a regex scan of every character."""
    out: list[int] = []
    for verb in _VISIT_VERBS:
        p = text.find(verb)
        while p >= 0:
            at = p + len(verb)
            out.append(at + 1 if text.startswith("了", at) else at)
            p = text.find(verb, at)
    out.extend(_at_opened(text))
    return sorted(out)


def _at_opened(text: str) -> list[int]:
    """Where the words after a clause-opening 在 start (在A、B项目、C…，建设单位介绍…): the
    places the visit stood at, as after a visiting verb."""
    out = []
    p = text.find(_AT)
    while p >= 0:
        if p == 0 or text[p - 1] in _AT_OPENS:
            out.append(p + 1)
        p = text.find(_AT, p + 1)
    return out


_AT = "在"
_AT_OPENS = "，。；\n"


# A place visited that stands already: a firm, a school, a market, a mall or shopping street
# (a food street, a night market, a 商贸城), an office tower, a crossing, a community's
# service point (a canteen, a post for outdoor workers, a reading room, an old people's home),
# a station that supplies a neighbourhood (gas, water, charging: 供应站), the stretch along or
# around a road, a river or a place (X路沿线, X河两岸, X周边, X一带) or a stretch of one
# (X干渠某某段; not a works' stretch, X改造工程某某段), a tunnel in use (X路下穿隧道). In a list of
# projects visited it is a stop on the way, no project (a new campus or a school's extension
# ends in its work: …新校区项目, …改扩建工程). So is an office of the administration: a
# bureau (…管理局) or the hall where citizens' or firms' business is done (政务服务中心,
# 企业服务中心; a 养老服务中心 or a 综合服务中心 may be built).
_STANDING_PLACE = re.compile(
    r"(?:公司|集团|工厂|小学|中学|幼儿园|学校|大学|市场|商圈|(?:步行|美食|商业|小吃)街|夜市"
    r"|商场|商城|商贸城|购物中心|超市|大厦|交叉口|路口|食堂|餐厅|驿站|书屋|卫生室|敬老院"
    r"|养老院|幸福院|服务站|供应站|局|(?:政务|企业)服务(?:中心|大厅)|沿线|沿岸|两岸|两侧|周边|一带"
    r"|隧道|(?<!工程|改造|项目)[\u4e00-\u9fff]{2}段)$"
)


# 来到刚刚投用的X, 已建成的X: a place the sentence says is in use already stands, as a school
# does: no project, whatever its name ends in (正在建设的X, the other way round, is one). A
# time word is needed (刚刚, 已): 建成投用的 alone may be the news of the opening itself.
_IN_USE_BEFORE = re.compile(
    r"(?:刚刚|刚|已经?|早已)(?:建成)?(?:投用|投入使用|建成|开放|开业|运营)的$"
)
_IN_USE_REACH = 10


_RUN_BREAKS = "，。；：！？\n "
_PLACE_SUFFIXES = ("产业园", *_BASE_WORDS)


# The verbs of a visit that stops at a place (考察了X, 参观X, 走进X).
_STOP_VERBS = (*_VISIT_VERBS, "考察", "参观")


def _park_visited(raw: str, name: str, nxt: str) -> bool:
    """``考察了X产业园。``: a park or a base (``_PLACE_SUFFIXES``) that a visit stops at, the
    verb's whole object (no phase, no 项目 or 建设 after it, its clause ending there), stands
    already: the place visited, no works."""
    if not name.endswith(_PLACE_SUFFIXES) or nxt == "、" or nxt not in _CLAUSE_STOPS:
        return False
    return raw[: len(raw) - len(name)].removesuffix("了").endswith(_STOP_VERBS)


def _listed_before_built(text: str) -> list[tuple[int, int]]:
    """Spans of the names listed before one the sentence says is being built, joined to it
    last (来到A、B和正在建设的C项目现场): the modifier and the 项目 are C's alone, and the
    stops set against it stand already. A name there that ends like a place (X产业园, X基地:
    ``_PLACE_SUFFIXES``) is no project by its suffix; one named as works (X工程, X改造) is."""
    if "建" not in text:
        return []
    spans = []
    for m in _BEING_BUILT_RE.finditer(text):
        if text[m.start() - 1 : m.start()] in _JOINERS:
            start = max(text.rfind(c, 0, m.start()) for c in _RUN_BREAKS) + 1
            spans.append((start, m.start()))
    return spans


def _in_use_before(text: str, at: int) -> bool:
    """The words right before ``text[at]`` say the place there is in use already."""
    return bool(_IN_USE_BEFORE.search(text, max(0, at - _IN_USE_REACH), at))


# A spot a visit checks (易涝点, 积水点, 隐患点): a kind of place, no project; so is a workshop
# a visit stops at (X帮扶车间), where people work already. A work's node (X治理龙吟景观节点)
# is a part of the works, no spot checked. (A site being built, 正在建设的X安置点
# or X车间, is read elsewhere.)
_SPOT = re.compile(r"(?<![\d一二三四五六七八九十节])点位?$|车间$")


# A stop's own building site (X学校建设现场, X学院建设工地, _BUILDING_SITE): the place is being
# built, whatever it is.


# What a tour sees among the places it visits (到A学院、B湖、C公园等地): sights and halls
# that stand. Only in a list of places: a park or a square is a work where the text builds it
# (X体育公园和Y工程已进入主体施工, A、B广场等建设情况).
_TOUR_SIGHT = re.compile(r"(?:学院|书院|公园|广场|湖|(?:党群|便民)服务中心|行政中心)$")


def _tour_sight(part: str) -> bool:
    """A sight a tour sees, or a farm or a base people learn at (X蔬菜基地, X研学基地): in a
    list of places, it stands."""
    return bool(_TOUR_SIGHT.search(part) or _FARM_BASE.search(part) or _LEARNING_BASE.search(part))


def _stop_standing(text: str, at: int, part: str, *, sights: bool = False) -> bool:
    """The stop ``part`` printed at ``text[at]`` is a place that stands or a spot checked (or,
    with ``sights``, a tour's sight), not one its own 建设现场 says is being built."""
    standing = _visit_stop(part) or (sights and _tour_sight(part))
    return bool(standing) and not _BUILDING_SITE_RE.match(text, at + len(part))


def _visit_stop(part: str) -> bool:
    """A visit stops at ``part`` as at a place that stands or a spot it checks: no project."""
    return bool(_STANDING_PLACE.search(part) or _SPOT.search(part))


# 查看了X片区老旧小区改造现场, 来到X片区雨污分流改造现场: one site visited whose work is an
# upgrade; named with where it is, it is a project (the kind alone, 老旧小区改造, is not).
_ONE_SITE_RE = re.compile(rf"(?:察看|查看|来到)了?(?P<name>{_ITEM}{{4,24}}?改造)(?:施工)?现场")
_ONE_SITE_MIN = 8


def _one_site(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _ONE_SITE_RE.finditer(text):
        raw = m.group("name")
        name = _PLACE_LEAD.sub("", _after_lead(raw))
        if len(name) >= _ONE_SITE_MIN and _ok(name, from_list=False):
            out.append((m.start("name") + raw.rfind(name), name))
    return out


_LONG_VISIT_LIST = 4


def _visited(text: str) -> list[tuple[int, str]]:
    """The places a visit list names are projects when the list says so: one item is a
    project by its suffix, or the list closes on 建设现场 (the sites of works being built) or
    on 等建设情况 (the works' progress).
    Without that evidence (察看了河滩复绿、观景平台建设, 来到A、B施工现场) it may list kinds
    of work or of facility."""
    out: list[tuple[int, str]] = []
    at_opened = set(_at_opened(text))
    for at in _visit_verbs_at(text):
        rest = _LIST_RUN_RE.match(text, at)
        if rest is None:
            continue
        end = rest.end()
        if text.find("、", at, end) < 0:
            continue
        # A list with 等 is _LIST_RE's (A、B等项目) or a list of kinds (A、B等情况), unless 等
        # closes it on the works' progress (察看了A项目、B工程和C项目等建设情况): the list ends
        # at 等, read as one closed by its sites (建设现场) is.
        closed = _CLOSED_ON_PROGRESS.search(text, at, end)
        if text.find("等", at, closed.start() if closed else end) >= 0:
            continue
        listed = text
        if closed:
            end = closed.start()
            listed = text[:end] + "，" + text[end + 1 :]  # the same positions, 等 a boundary
        # The clause after the list names what it listed (察看了A、B、C，了解了各项目的建设
        # 规模): the stops are projects.
        named_after = _LISTED_AS_WORKS.match(text, end) is not None
        if (
            not closed
            and not named_after
            and text.find("建设现场", at, end) < 0
            and not _SUFFIX_WORD_RE.search(text, at, end)
        ):
            continue  # none of the kinds of evidence below can hold
        m = _VISIT_LIST_RE.match(listed, at, end)
        if m is None:
            continue
        if _BEING_BUILT_RE.search(m.group("list").split("、", 1)[0]):
            # 来到正在建设的A、B和C: the modifier is A's alone, and so is the evidence its
            # suffix lends; the other stops stand already (read by their own suffix, if any).
            continue
        items = _list_items(m.group("list").split("、"), m.start("list"))
        items = [(at, p) for at, p in items if not _stop_standing(text, at, p)]
        named = [(at, part) for at, part in items if _ok(part, from_list=True)]
        if not items or len(named) < len(items) - (len(items) >= _LONG_VISIT_LIST):
            # An item no name (a place, a fragment): no list of projects. In a long list (four
            # stops or more) one such item is the visit's stop among works (恒山片区 before
            # three sites of works).
            continue
        # After 在 no verb says a visit stopped there: a park's or a base's suffix may name a
        # place that stands (在X学院、Y产业园、Z庙，视察组边走边看); a work's must be printed.
        suffixed = _WORK_SUFFIX_RE if at in at_opened else _SUFFIX_RE
        by_suffix = any(
            suffixed.fullmatch(part + "，") and _ok(part, from_list=False) for _, part in named
        )
        if (
            by_suffix
            or closed
            or named_after
            or m.group("end") == "建设现场"
            or m.group("end").startswith("项目")
        ):
            out.extend(named)
    return out


# A name a work's own suffix ends (X项目, X工程, X二期), as _SUFFIX_RE reads it.
_WORK_SUFFIX_RE = re.compile(r"(?P<name>.{2,32}?(?:[一二三四五六]期|工程|项目))(?P<next>，)")
# The next clause of the sentence naming the stops just listed as projects (，详细了解了各项目
# 的建设规模).
_LISTED_AS_WORKS = re.compile(r"，[^。；！？]{0,12}?(?:各个?|每个|这些|上述)项目")
# 等 closing a visit's list on the works' progress (…等建设情况, …等项目进展).
_CLOSED_ON_PROGRESS = re.compile(r"等(?:项目)?(?:建设|施工)(?:情况|进度|进展)$")


# 正在进行室内装修的X, 正在进行外立面施工的X: a work under way on the building (its fitting out,
# its facade), as 正在建设 says.
_WORKS_UNDER_WAY = r"正在进行[^，。；的]{0,6}?(?:施工|装修|安装)"
# 正在建设的X, 在建的X: a facility the sentence says is being built is a project. Its name
# ends before the clause's predicate when one follows (…三期已完成主体施工, …生产线明年投产),
# or before its site (…中心工地送去…: where it is built, no part of its name).
_BEING_BUILT_RE = re.compile(
    rf"(?:正在建设|正在施工|正在建|在建|{_WORKS_UNDER_WAY})的(?P<name>{_ITEM}{{4,24}}?)"
    r"(?=[，。；、]|和|及|与|现场|工地|$|已|将|预计|即将|目前|现已|"
    # A condition on its completion (…中心建成后, …投用后) is the sentence's.
    r"(?:建成|完工|竣工|投用|投产|运营|交付)+后|"
    r"(?:今年|明年|年内|年底|[上下]半年|\d{1,2}月)[^，。；]{0,6}?(?:开工|完工|竣工|投用|投产|建成|交付|通车))"
)
# 南曹庄安置区部分群众关于回迁时间的反映: a resettlement area whose people still ask when they
# move back (the time or the schedule of the 回迁, no 已 before it) is being built, a project;
# one they have moved back to stands (首批回迁户 names the households, no date awaited).
_RETURN_AWAITED_RE = re.compile(
    rf"(?P<name>{_ITEM}+?安置区(?:[一二三四五六]期)?)"
    r"(?=[^，。；已]{0,12}回迁(?:时间|日期|时限|节点|进度))"
)
# 既有X，也有A、B等项目: the first half of the pair names a project as the second does.
_BOTH_RE = re.compile(r"既有(?P<name>[^，。；、]{4,40})，也有[^。；]*?项目")
# 项目包括A、B、C等, 项目分别是A、B等: a list announced as projects (not 项目有, which as
# often opens 有序推进);
# so is the list a sentence on projects goes on to (12个项目总投资…，其中包括A、B等): among them,
# and the list after a comma that closes the projects' clause (产生了N件实事项目，包括A、B等),
# or the clauses counting them (新开工项目7个，投资N亿元，主要有A、B等).
_INCLUDES_RE = re.compile(
    r"项目(?:[^。；]*?，其中|[^。；]*?，(?=主要有)|，)?(?:(?:主要)?(?:包括|包含|涵盖|分别是|分别为)|主要有)"
    rf"(?P<list>{_ITEM}+(?:、{_ITEM}+)+)(?=等|[，。；]|$)"
)
# A count of works, then the works named one by one (省市重点项目8个，分别是A、B…；社会类项目6个，
# 分别为C、D…): every item is a work, named as printed, when the count matches the items (the
# count vouches for each item, where 项目包括 above needs every item a name).
_COUNTED_LIST_RE = re.compile(
    rf"项目(?P<count>{_NUM})个[，,]?(?:分别是|分别为|分别有|主要有|包括)[：:]?(?P<list>[^。；！？\n]+)"
)
# The works a batch counts inside one name (X外环打捆项目（12个）): no part of its name.
_ITEM_COUNT_TAIL = re.compile(rf"(?:项目)?[（(]{_NUM}个[）)]$")


def _counted_list(text: str) -> list[tuple[int, str]]:
    """The works a count announces and then names one by one, when they are as many."""
    out: list[tuple[int, str]] = []
    for m in _COUNTED_LIST_RE.finditer(text):
        items = m.group("list").split("、")
        if _count_value(m.group("count")) != len(items):
            continue
        at = m.start("list")
        for raw in items:
            name = _PLACE_LEAD.sub("", _ITEM_COUNT_TAIL.sub("", raw).removesuffix("项目"))
            if _ok(name, from_list=True):
                out.append((at + raw.find(name), name))
            at += len(raw) + 1
    return out


# A work's stage: started or done (开工, 建成), and the adverbs before it, maybe after a comma
# that closes a list of works (A改造和B改造，均已于12月底完工).
_BUILD_STAGES = "完工|竣工|建成|通车|开工|动工"
_STAGE_LEAD = (
    r"(?:，(?=均|都|也|相继|先后|已|现已))?(?:均|都|也|相继|先后)?(?:已经?|现已)?"
    r"(?:全部|全面|顺利|基本)?(?:于[^，。；]{1,8}?)?"
)
# X路快速化改造已进入…, X迁建主体已封顶: a work named by its kind of work alone (no 工程, no
# 项目) and followed by how far it has come is a project being built. The work word leads
# the search, so the scan costs a literal search, not a pattern at every character.
_WORK_PROGRESS_RE = re.compile(
    r"(?:改造|迁建|扩建|改扩建)(?=已进入|已完成|已经|主体|正式|即将|同步|预计|"
    # Its stage entered (X改造进入收尾阶段), or the land cleared for it (X改造征迁清表).
    r"进入[^，。；]{0,4}?阶段|征迁|征收|"
    # Its progress reported (听取了A改造、B改造进展情况汇报): works under way.
    r"进展情况|进展汇报|"
    # Under way (X改造正在施工): being built.
    r"正在(?:施工|建设)|"
    # …改造完成管网铺设 (not a rate, 改造完成率, nor a condition, 改造完成后).
    r"完成(?![率后])|"
    # The works' stage (X改造于3月开工).
    # Its launch (X更新改造启动) starts the works, as 开工 does.
    rf"{_STAGE_LEAD}(?:{_BUILD_STAGES}|投用|启动))"
)
# X病房楼主体结构顺利封顶: a building whose main structure is topped out or finished is being
# built, named without 项目 (the name must still end like a construction: 楼, 中心, 工程).
_STRUCTURE_DONE_RE = re.compile(r"主体(?:结构)?(?:已经|已|顺利|正式|全面|全部)?(?:封顶|完工)")
# X新院区正式投用, X安置区首批安置房交付: a building handed over or put into use, in the
# article that reports it, was built as a project (the batch and the kind of home handed
# over are no part of its name); ``投用后`` is a condition, no report.
_HANDED_OVER_RE = re.compile(
    r"(?:首批|第[一二三四五六七八九十\d]+批|全部|其余)?(?:安置房|回迁房|房源)?"
    r"(?:正式|顺利|集中|全面|全部)?(?:交付|投入使用|投用)(?!后|使用后)"
)
# X停车楼、Y停车场已开工建设: a facility named as the subject of its works' stage is being
# built (or was, in the article reporting it), a project named without 项目 (its name must end
# like a construction). Putting into use is the handing over's (a goal reports none); a name
# ending in a project suffix before its stage is the suffix's (X项目一期建成: X). The stage
# leads the search; the adverbs before it are read back from there, within their reach.
_BUILD_STAGE_RE = re.compile(_BUILD_STAGES)
_STAGE_LEAD_RE = re.compile(_STAGE_LEAD + "$")
_STAGE_LEAD_REACH = 14
_SUFFIX_END_RE = re.compile(f"(?:{_SUFFIX_WORD_RE.pattern})$")
_SUFFIX_WORD_MAX = 3
# 推进X医院新院区建设, 加快X第三安置区建设: a campus or a resettlement area is built as one
# place, named by its own (no kind of facility every district builds), so followed by its
# 建设 it is being built: a project, 建设 the verb's object noun, no part of the name. Before
# 项目 or 工程 the name is longer (X新院区建设项目) and read by its suffix.
_BUILT_AS_ONE_RE = re.compile(rf"(?:{_BUILT_AS_ONE})(?=建设(?!项目|工程))")
# 让X投入使用, 确保X交付: a goal set, no handing over reported.
_GOAL_RE = re.compile(r"让|使|确保|力争|争取|推动|促进|保证")
# A building's work and the words that report how far it has come (建设进展, 施工进度): one
# definition for the works listed before a progress report and the name joined before one.
_BUILDING = "建设|施工"
_PROGRESS = "进展|进度"
# 听取了A工程、B安置区建设进展情况汇报: the progress of a building reported says the works
# named before it (each item of a 、-list) are being built, whatever their names end in. A 的
# may join the works to their progress (A工程、B改造的进展情况): no part of the last name.
_BUILDING_PROGRESS_RE = re.compile(rf"的?(?:(?:{_BUILDING})(?:{_PROGRESS})|进展情况)")
_CLAUSE_STOPS = frozenset("，。；：、！？")  # the characters _ITEM is not, whitespace aside
_MODIFIER = "的"
# 9栋老旧住宅楼的屋面防水改造完工: a work done on buildings or places counted, not named, before
# its 的 (a count numbers a kind, as in _GENERIC_STEM): the works of a kind, no project.
_COUNTED_OWNER = re.compile(rf"(?<![\d号]){_NUM}[栋幢座处所个户][\u4e00-\u9fff]{{0,10}}$")
_WORK_NAME_MAX = 24


def _builds_object(text: str, at: int) -> bool:
    """What a stage verb built follows it at ``text[at]`` (建成“X”72个, 建成驿站, 建成3个): the
    verb is the clause's (依托A、B等建成X: A and B are where X was built), no stage of A's."""
    if text.startswith(_PERFECTIVE, at):
        at += 1
    if text[at : at + 1] == "“" or text[at : at + 1].isdigit():
        return True
    word = dictionary_word_at(text, at)
    return word is not None and (JIEBA.tag(word) or "").startswith("n")


_PERFECTIVE = "了"


def _facility_stage_ends(text: str) -> list[int]:
    """Where each facility named before its works' stage ends (…停车场已于3月开工: at 已)."""
    out: list[int] = []
    for stage in _BUILD_STAGE_RE.finditer(text):
        if _builds_object(text, stage.end()):
            continue
        at = stage.start()
        lead = _STAGE_LEAD_RE.search(text, max(0, at - _STAGE_LEAD_REACH), at)
        end = lead.start() if lead is not None else at
        if not _SUFFIX_END_RE.search(text, max(0, end - _SUFFIX_WORD_MAX), end):
            out.append(end)
    return out


def _work_in_progress(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    # Where each name ends: after its work word (X改造), before its works' stage or their
    # progress reported, before the structure done, before a campus's 建设, or before the
    # handing over.
    ends = [m.end() for m in _WORK_PROGRESS_RE.finditer(text)]
    ends += _facility_stage_ends(text)
    if "进展" in text or "进度" in text:
        ends += [m.start() for m in _BUILDING_PROGRESS_RE.finditer(text)]
    if "主体" in text:
        ends += [m.start() for m in _STRUCTURE_DONE_RE.finditer(text)]
    if "区建设" in text:
        ends += [m.end() for m in _BUILT_AS_ONE_RE.finditer(text)]
    if "交付" in text or "投用" in text or "投入使用" in text:
        ends += [
            m.start()
            for m in _HANDED_OVER_RE.finditer(text)
            if not _GOAL_RE.search(text, _item_start(text, m.start()), m.start())
        ]
    for end in ends:
        start = _item_start(text, end)
        # A list of works before the stage (A改造、B改造和C改造已完工): each item is one.
        while start > 0 and text[start - 1] == "、":
            start = _item_start(text, start - 1)
        if not _at_clause_start(text, start):
            # A run longer than a name cut inside; a modifier's 的 in its first item (位于A路
            # 与B路交叉口的X停车场建成) ends the words before the name, which starts after it.
            first_end = text.find("、", start, end)
            mod = text.rfind(_MODIFIER, start, end if first_end < 0 else first_end)
            start = mod + 1 if mod >= 0 else start
        items = _list_items(text[start:end].split("、"), start)
        if not _at_clause_start(text, start) and text[start - 1] != _MODIFIER:
            items = items[1:]  # the first run is longer than a name: cut inside, no name
        out.extend(
            (at, _PART_TAIL.sub("", name))
            for at, name in items
            if _names_construction(name, placed=_after_town(text, at))
            and not _STANDING_PLACE.search(name)
            and not _owner_counted(text, at)
        )
    return out


def _owner_counted(text: str, at: int) -> bool:
    """The name at ``text[at]`` follows a 的 after buildings or places counted, not named."""
    return text[at - 1 : at] == _MODIFIER and bool(
        _COUNTED_OWNER.search(text, max(0, at - 1 - _WORK_NAME_MAX), at - 1)
    )


# X片区老旧小区改造, X片区城市更新: a kind of work named with the area it is done in is a
# project wherever it is printed, with no 工程 or 项目 after it. Where more of a name follows
# the kind (…改造工程, …更新一期, …改造安置房) the name is longer and read elsewhere.
_AREA = "片区"
_AREA_WORK_RE = re.compile(
    _AREA
    + "(?:"
    + "|".join(sorted(_WORK_KINDS, key=len, reverse=True))
    + r")(?!改造|提升|整治|建设|工程|项目|[一二三四五六]期|安置|[（(])"
)


def _area_works(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    p = text.find(_AREA)
    while p >= 0:
        m = _AREA_WORK_RE.match(text, p)
        if m is not None:
            start = _item_start(text, p)
            raw = text[start : m.end()]
            name = _PLACE_LEAD.sub("", _after_lead(raw))
            if _ok(name, from_list=True):
                out.append((start + raw.rfind(name), name))
        p = text.find(_AREA, p + len(_AREA))
    return out


# 京广快速路南延二七段: a section of a road's extension (X路南延, Y街东延) is works being built
# wherever it is printed, named so with no 工程 or 项目 (one with them is the suffix's).
_EXTENSION = "延"
_EXTENSION_SECTION_RE = re.compile(
    r"(?<=[路街道])[东南西北]延(?:(?!工程)[\u4e00-\u9fff\d]){0,4}?段"
)


def _extension_sections(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    p = text.find(_EXTENSION, 1)
    while p >= 0:
        m = _EXTENSION_SECTION_RE.match(text, p - 1)
        p = text.find(_EXTENSION, p + 1)
        if m is None:
            continue
        start = _item_start(text, m.start())
        if not _at_clause_start(text, start):
            continue  # a run longer than a name: cut inside, no name
        raw = text[start : m.end()]
        name = _PLACE_LEAD.sub("", _after_lead(raw))
        if _ok(name, from_list=True):
            out.append((start + raw.rfind(name), name))
    return out


def _item_start(text: str, end: int, longest: int = _WORK_NAME_MAX) -> int:
    """Where the run of name characters ending at ``end`` starts, at most ``longest`` back."""
    start = end
    floor = max(0, start - longest)
    while start > floor and not _at_clause_start(text, start):
        start -= 1
    return start


def _at_clause_start(text: str, at: int) -> bool:
    """``text[at]`` follows a clause mark or a space (or opens the text)."""
    return at == 0 or text[at - 1] in _CLAUSE_STOPS or text[at - 1].isspace()


# 年产12万套X生产线: a plant named by its capacity, however the clause goes on (…已进入调试,
# 正在建设的…预计8月投产); the owner company printed in the same run is part of the name.
_CAPACITY_LINE_RE = re.compile(_CAPACITY.pattern + r"[\u4e00-\u9fffA-Za-z\d]{1,16}?生产线")
_OWNER_END = re.compile(r"(?:公司|集团)$")
# A company's full name and the verb phrase before it (察看正在安装调试的X有限公司).
_OWNER_RUN_MAX = 40


def _capacity_lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _CAPACITY_LINE_RE.finditer(text):
        at, name = m.start(), m.group()
        if _OWNER_END.search(text, 0, at):
            start = _item_start(text, at, _OWNER_RUN_MAX)
            owner = _PLACE_LEAD.sub("", _after_lead(text[start:at]))
            at, name = at - len(owner), owner + name
        if _ok(name, from_list=True):
            out.append((at, name))
    return out


def _announced(text: str) -> list[tuple[int, str]]:
    """Names a sentence announces as projects without a suffix: being built (正在建设的X),
    in progress (X改造已进入…), paired with a list of projects (既有X，也有…等项目), listed
    after 项目包括, or counted and then named one by one (项目4个，分别是A、B、C、D)."""
    out: list[tuple[int, str]] = _work_in_progress(text)
    if "年产" in text:
        out.extend(_capacity_lines(text))
    if _EXTENSION in text:
        out.extend(_extension_sections(text))
    if "建" in text or "施工" in text or "正在进行" in text:
        for m in _BEING_BUILT_RE.finditer(text):
            raw = m.group("name")
            name = _PLACE_LEAD.sub("", _SITE_TAIL.sub("", raw))
            # Whatever its name ends in (a school, a market): the words that make a visit's
            # stop stand already (_STANDING_PLACE) are denied by the modifier itself.
            if _ok(name, from_list=True):
                out.append((m.start("name") + raw.find(name), name))
    if "回迁" in text:
        for m in _RETURN_AWAITED_RE.finditer(text):
            raw = m.group("name")
            name = _PLACE_LEAD.sub("", _after_lead(raw))
            if _ok(name, from_list=True):
                out.append((m.end("name") - len(name), name))
    if "既有" in text:
        for m in _BOTH_RE.finditer(text):
            name = _PLACE_LEAD.sub("", _after_lead(m.group("name")))
            if _names_construction(name):
                out.append((m.end("name") - len(name), name))
    if "项目" in text:
        out.extend(_counted_list(text))
        for m in _INCLUDES_RE.finditer(text):
            items = _list_items(m.group("list").split("、"), m.start("list"))
            if all(_ok(part, from_list=True) for _, part in items):
                out.extend(items)
    return out


def _joined_before(raw: str, name: str) -> str | None:
    """The name joined before a suffixed one (通报了A改造和B工程进展: A), when it names a
    construction of its own; ``name`` is the suffixed one as printed after the joiner, its
    place still in front (A和马寨镇B工程)."""
    head = raw[: len(raw) - len(name)]
    if len(head) < 2 or head[-1] not in _JOINERS or not _joins(raw, len(head) - 1):
        return None
    first = _PLACE_LEAD.sub("", _after_lead(head[:-1]))
    return first if _names_construction(first) and not _STANDING_PLACE.search(first) else None


# 现场 / 建设现场 after the last name of a visit: the site, no part of the name.
_SITE_END = re.compile(r"(?:建设现场|施工现场|现场)$")
_WORK_END = re.compile(r"(?:工程|改造|提升|整治|迁建|扩建|新建|改建|[一二三四五六]期)$")


_PROGRESS_END = re.compile(rf"(?:{_BUILDING})(?:{_PROGRESS}|情况)?$")
_WORK_IN = re.compile(_WORK_END.pattern.removesuffix("$"))
# One-character verbs that open the clause's predicate after a name (…改造作表态发言).
_VERB_CHARS = frozenset("作做")


def _work_then_verb(run: str) -> str:
    """``run`` up to the end of its first work word that the clause's verb follows (B提升改造
    作表态发言 → B提升改造); the whole run when no verb follows a work word."""
    for m in _WORK_IN.finditer(run):
        rest = run[m.end() :]
        if not rest:
            break
        if _WORK_IN.match(rest):
            continue  # 提升改造: one work in two words
        word = dictionary_word_at(rest, 0)
        if rest[0] in _VERB_CHARS or (word is not None and JIEBA.tag(word) == "v"):
            return run[: m.end()]
    return run


def _joined_after(text: str, at: int) -> list[tuple[int, str]]:
    """The names joined after a suffixed one (来到A工程和B改造现场: B; 加快推进A工程、B改造、
    C整治: B and C), each when it names a construction of its own; a joiner closes the list
    (its name runs to the end of the clause), a ``、`` goes on to the next item."""
    out: list[tuple[int, str]] = []
    while True:
        mark = text[at : at + 1]
        listed = mark == _LIST_SEP
        if not listed and (mark not in _JOINERS or not _joins(text, at)):
            return out
        run = _ITEM_RUN_RE.match(text, at + 1)
        if run is None:
            return out
        words = run.group()
        if listed:
            # …、B改造和C提升: B's item ends at the joiner, C is read as joined after it.
            cut = next((i for i, c in enumerate(words) if c in _JOINERS and _joins(words, i)), -1)
            if cut > 0:
                words = words[:cut]
        found = _joined_name(words)
        if found is None:
            return out
        out.append((at + 1 + words.find(found), found))
        at = at + 1 + len(words)
        if not listed:
            return out


def _joined_name(words: str) -> str | None:
    """The construction an item joined after a suffixed name names (B改造现场 → B改造), or
    None when it names none."""
    words = _work_then_verb(words)
    # …和B建设进展: the progress of B's building, which says B is being built, as a site does.
    progress = _PROGRESS_END.search(words)
    if progress is not None:
        words = words[: progress.start()]
    site = _SITE_END.search(words) or progress
    name = _PLACE_LEAD.sub("", _DUE_TAIL.sub("", _SITE_END.sub("", words)))
    if not _names_construction(name) or _STANDING_PLACE.search(name):
        return None
    # A place that stands already (A项目和X广场) is a stop: the second name needs its work
    # in it, or a site (…现场) after it.
    if site is None and not _WORK_END.search(name):
        return None
    return name


# 分别是：A；B；C。: items of a list set apart by semicolons, each on its own.
_LIST_MARK = re.compile(r"[\u2460-\u2473\u2776-\u277f]")
_SEMICOLON_LIST_RE = re.compile(r"：\s*(?P<list>[^：。]+?；[^：。]+)(?=。|$)")


def _semicolon_items(text: str) -> list[tuple[int, str]]:
    """A list after ： whose items end in ； (分别是：A工程；B改造；C工程。): once one item is
    a project by its suffix, every item that names a construction is one."""
    out: list[tuple[int, str]] = []
    if "；" not in text:
        return out
    for m in _SEMICOLON_LIST_RE.finditer(text):
        items: list[tuple[int, str]] = []
        pos = m.start("list")
        for raw in m.group("list").split("；"):
            name = _PLACE_LEAD.sub("", raw.strip())
            items.append((pos + raw.find(name), name))
            pos += len(raw) + 1
        if not any(_SUFFIX_RE.fullmatch(n + "，") and _ok(n, from_list=False) for _, n in items):
            continue
        out.extend((p, n) for p, n in items if n and _names_construction(n))
    return out


# An office named for the works it runs (X重点建设项目事务中心, X项目办公室): the words before
# it name the office, no work. One work's own site office (X项目指挥部, X项目部) names that
# work.
_PROJECT_OFFICE = re.compile(r"(?:建设)?项目(?:事务|管理|服务)?(?:中心|办公室|管理处|办)")
# 到A、B等地察看, 到A、B等处视察: the places are works only where the text speaks of works or the
# items name the work done (X路北延); a safety check of a church and a care home names none.
_PLACES_KIND = ("地", "处")
_WORKS_SAID = re.compile(r"项目|工程|施工|工地")


# What a list of a work's parts is closed by (深入A、B等项目节点): the stops on one site.
_PARTS_OF_A_WORK = ("节点",)
_COUNT_RE = re.compile(rf"({_NUM})个")
_JOINED_PARTS = re.compile("[及和与]")


def _list_count(m: re.Match[str]) -> int | None:
    """How many projects the list's closing words count (A、B、C等3个项目), if they do."""
    groups = m.groupdict()
    count = groups.get("count") or ""
    if not count and (c := _COUNT_RE.match(groups.get("kind") or "")):
        count = c.group(1)
    return _count_value(count)


def _count_value(count: str) -> int | None:
    """The number a count prints (``18``, ``十八``, ``两``); None for ``几``, ``多``."""
    if count.isdigit():
        return int(count)
    return cn_number(count.replace("两", "二")) or None


# A name of two characters (a developer's: 万科, 中海) counts as a work only in a list whose
# count says every item is one (A、万科、B等3个项目); a common noun (公园, 学校) is a kind still.
_SHORT_NAME_LEN = 2
_KIND_NOUN_FREQ = 1000


def _short_name(part: str) -> bool:
    return (
        len(part) == _SHORT_NAME_LEN
        and all(is_han(c) for c in part)
        and not (
            JIEBA.tag(part) in ("n", "v", "vn", "a", "d") and JIEBA.freq(part) >= _KIND_NOUN_FREQ
        )
    )


def extract_projects(text: str, headline_end: int = 0) -> list[ProjectMention]:
    """Projects named in ``text``, canonical name first seen order, printed variants as aliases.
    ``text[:headline_end]`` is the article's headline, which may print a name shortened."""
    # A list printed one item a line (①A；②B；): the circled number is the list's, not the
    # name's. A blank of the same length keeps every position.
    text = _LIST_MARK.sub(" ", text)
    found: list[tuple[int, str]] = []
    for m in _list_matches(_zone_groups_joined(text)):
        strict = m.group("kind") == "观摩点"
        raw_items = m.group("list").split("、")
        chain = _list_start(raw_items)
        at = m.start("list") + sum(len(x) + 1 for x in raw_items[:chain])
        raw_items = raw_items[chain:]
        items = _list_items(raw_items, at)
        # A list holding a kind of work (老旧小区改造、X等项目) or announced as services
        # (义诊、X等N个志愿服务项目) lists kinds, not named projects.
        if any(
            sub in _GENERIC_NAMES for _, part in items for sub in _JOINED_PARTS.split(part)
        ) or _SERVICE_KIND.search(m.group()):
            continue
        # The words after the list's own closing 等 say what it lists: an 等 of the visitors
        # before it (李亚等观摩了A、B等项目) says nothing of the list.
        closing = m.group()[max(0, m.group().rfind("等")) :]
        if _NO_WORKS_LISTED.search(closing) or any(_kind_word(part) for _, part in items):
            continue
        if text.startswith(_PARTS_OF_A_WORK, m.end()):
            continue  # A、B等项目节点: the parts of one work, named before
        if _contest_sentence(text, m.end()):
            continue
        if (
            m.group("kind") in _PLACES_KIND
            and not _WORKS_SAID.search(text)
            and not any(_WORK_IN.search(part) for _, part in items)
        ):
            continue  # 深入A、B等地检查疫情防控: places checked in a text of no works
        if (
            (m.group("kind") or "").endswith(_WORKS)
            and not all(_ROUTE_OR_STRUCTURE_END.search(part) for _, part in items)
            and not (m.group("kind") == _WORKS and _BUILDING_SITE_RE.match(text, m.end()))
        ):
            # 深基坑、高支模等危大工程, 老旧小区改造、X等工程: kinds of work; A门、B殿等工程施工
            # 现场 names the sites of works being built.
            continue
        one = len(raw_items) == 1
        counted = _list_count(m) == len(items)
        places = m.group("kind") in _PLACES_KIND
        for at, part in items:
            if places and _stop_standing(text, at, part, sights=True):
                continue  # 到A公司、B项目等地: a firm or a school visited stands, no work
            ok = (
                _ok(part + "项目", from_list=False)
                if one
                else _ok(part, from_list=not strict)
                and (not strict or _SUFFIX_RE.fullmatch(part + "，"))
            ) or (counted and _short_name(part))
            if ok:
                found.append((at, part))
    found.extend(_joined(text))
    found.extend(_numbered(text))
    found.extend(_semicolon_items(text))
    found.extend(_visited(text))
    found.extend(_one_site(text))
    found.extend(_area_works(text))
    standing = None
    for m in _suffix_matches(text):
        if m.group("next") == "等" and _PLATFORM_KIND.match(text, m.end("name")):
            continue
        if m.group("name").endswith(_PLACE_SUFFIXES):
            standing = _listed_before_built(text) if standing is None else standing
            if any(a <= m.start("name") < b for a, b in standing):
                continue
        raw = m.group("name")
        led = _after_lead(raw)
        if _park_visited(raw, led, m.group("next")):
            continue
        name = _PLACE_LEAD.sub("", led)
        # 南阳市高速出入口改造项目: a kind of work done, named only by the place in front of it
        # (我县, the paper's own, names none: 我县乡镇生活污水治理工程 is the kind still); so
        # is any kind of work a city or a county names (X市生活垃圾焚烧发电项目).
        if (
            name != led
            and (
                _WORK_END.search(name.removesuffix("项目"))
                or led[: len(led) - len(name)].endswith(("市", "县"))
            )
            and not led.startswith(_OWN_PLACE)
            and not _ok(name, from_list=False)
            and _ok(led, from_list=False)
        ):
            name = led
        if len(raw) > len(led) and raw[-len(led) - 1] in _JOINERS:
            # A及桥梁建设项目: the lead cut at the joiner; the part after it no work of its own.
            whole = _PLACE_LEAD.sub("", _after_lead(raw, joiners=False))
            if _one_work_joined(whole.removesuffix("项目")):
                name = whole
        if name.endswith("项目") and _has_joiner(name[:-2]):
            if _one_work_joined(name[:-2]) is None:
                continue  # A及B项目: two names, read by _joined
            name = name[:-2]
        tail = "项目" if m.group("next") == "项目" else ""
        # A base printed with 项目 after it (X教育基地项目建设) is a work to build, though a
        # base of its kind stands already: read as the X基地项目 printed (a kind of base
        # alone, 研学基地项目, names none still).
        printed = name + tail if name.endswith(_BASE_WORDS) and not _KIND_STEM.match(name) else name
        if _ok(printed, from_list=False):
            at = m.start("name") + raw.rfind(name)
            # X项目（一期）, X产业园项目（一期）: the name as printed, phase included (A及B
            # 项目（一期）, whose 项目 the joiner's reading set apart, too).
            if ((name + tail).endswith("项目") or raw.endswith("项目")) and (
                phase := _PHASE_BRACKET.match(text, m.end("name") + len(tail))
            ):
                name = (name + tail).removesuffix("项目") + "项目" + phase.group()
            if _PHASE.search(name) and (more := _MORE_PHASES.match(text, m.end("name"))):
                name += more.group()  # A一期、二期工程: the later phase has no name of its own
            found.append((at, name))
            first = _joined_before(raw, led)
            if first is not None:
                found.append((m.start("name") + raw.find(first), first))
            found.extend(_joined_after(text, m.end("name")))
    found.extend(_announced(text))
    found = [
        (at, name)
        for at, name in found
        if not _in_use_before(text, at)
        and not _PROJECT_OFFICE.match(text, at + len(name.removesuffix("项目")))
        and not _among_contents(text, at)
    ]

    canon_order: list[str] = []
    for _pos, name in sorted(found):
        c = _canonical(name)
        if c not in canon_order:
            canon_order.append(c)
    # 文化园二期 after 大运河文化园: a later phase of a project named in full, not another.
    canon_order = [c for c in canon_order if not any(_part_of(c, o) for o in canon_order)]
    if headline_end:
        in_body = {_canonical(name) for pos, name in found if pos >= headline_end}
        canon_order = [
            c for c in canon_order if c in in_body or not any(_shortened(c, o) for o in canon_order)
        ]
    out = []
    for c in canon_order:
        aliases = []
        for variant in (c + "项目",):
            if variant != c and variant in text:
                aliases.append(variant)
        out.append(ProjectMention(name=c, aliases=aliases))
    return out
