"""Project extraction: lists announced as projects, suffixes, and generic phrases rejected."""

from __future__ import annotations

import pytest

from ingest.parser.projects import extract_projects

# A sentence as printed, and the names of the projects read from it, in order.
PROJECT_NAMES = [
    # A list before a count of projects.
    (
        "实地察看了普乐天地、百年德化二期、丹尼斯（二七）、华润二期、金博大"
        "5个重点产业项目推进情况。",
        ["普乐天地", "百年德化二期", "丹尼斯（二七）", "华润二期", "金博大"],
    ),
    # An observation list keeps only its project items.
    (
        "先后察看了嵩山大厦海一实业有限公司、正商航海广场“双创十字街区”项目、"
        "中央商务区项目等观摩点。",
        ["正商航海广场“双创十字街区”", "中央商务区"],
    ),
    # Names by their suffix.
    ("二七广场隧道工程建设情况", ["二七广场隧道工程"]),
    ("实施贾鲁河综合治理工程，", ["贾鲁河综合治理工程"]),
    ("到侯寨乡绿地城二期现场督导", ["绿地城二期"]),
    ("推进老家印象休闲旅游区项目建设", ["老家印象休闲旅游区"]),
    ("激发建业足球小镇等消费潜力", ["建业足球小镇"]),
    # Generic phrases are not projects.
    ("确保重大产业项目尽快开工。", []),
    ("推动安置房项目顺利推进。", []),
    ("办好这项民生工程，努力打造一批特色优质项目。", []),
    ("把“双改”工作作为“一把手”工程。", []),
    ("持续深化“六大提升工程”。", []),
    ("加快项目落地，大抓项目、抓大项目。", []),
    ("尽快形成实物工程量和投资增量。", []),
    # Sentence fragments and kinds of project.
    ("区委常委、副区长柴立明到某乡调研春季农业生产和特色种植。", []),
    ("全区新引进亿元以上项目31个。", []),
    ("会议研究了年度重点项目计划。", []),
    ("会议通报了全区规上工业企业、限上商贸企业和重点项目复工情况。", []),
    ("主动对接、跟踪服务项目企业。", []),
    ("高质量快速推进项目建设。", []),
    ("培育精品民宿和研学基地。", []),
    ("加快违规违建项目清理整改工作。", []),
    ("到马寨镇、侯寨乡等地调研。", []),
    # X项目 whatever X ends with.
    ("3月9日，海棠湾片区城中村改造项目征收动员大会召开。", ["海棠湾片区城中村改造"]),
    ("区长到海棠农发食品有限公司项目调研。", ["海棠农发食品有限公司"]),
    ("推进青梅路提质改造项目建设。", ["青梅路提质改造"]),
    # A及B项目, A、B和C项目.
    ("观摩团还察看了青梅路电力管廊及北环东延项目。", ["青梅路电力管廊", "北环东延"]),
    ("视察云杉街打通工程及青梅路提质改造项目建设情况。", ["云杉街打通工程", "青梅路提质改造"]),
    (
        "新材料研发基地、智能网联测试场和海棠供应链管理公司项目成功签约。",
        ["新材料研发基地", "智能网联测试场", "海棠供应链管理公司"],
    ),
    # 到A、B等地察看; the lead of the first item is not part of it.
    (
        "先后到青梅路北延、花溪湿地公园提升、万亩滩区生态农业等地察看。",
        ["青梅路北延", "花溪湿地公园提升", "万亩滩区生态农业"],
    ),
    (
        "本批开工的有海棠小学新建、迎春路安置房二期、云杉公园配套整治等项目。",
        ["海棠小学新建", "迎春路安置房二期", "云杉公园配套整治"],
    ),
    ("其中南坡智能制造产业园二期、商都路东延工程等项目投资较大。",
     ["南坡智能制造产业园二期", "商都路东延工程"]),
    # No place prefix.
    ("记者从区农林局了解到，海棠区黄河滩区生态修复工程已完成造林。", ["黄河滩区生态修复工程"]),
    ("二里岗菜市场改造项目开工。海棠商圈区域城市复兴工程启动。",
     ["二里岗菜市场改造", "海棠商圈区域城市复兴工程"]),
    # A later phase or a short name of a project already named is the same project.
    ("云杉文化园项目一期建成开园。镇党委书记介绍，文化园二期将于明年开工。", ["云杉文化园"]),
    # The speaker of a report is not a project.
    ("区委常委、常务副区长张艳华就我区某某历史文化街区及青梅古街项目情况进行了汇报。",
     ["某某历史文化街区", "青梅古街"]),
    # A counted list keeps its last item.
    ("区领导巡查了区幼儿园改扩建、湾里五小、梅岭学校等18个项目。",
     ["区幼儿园改扩建", "湾里五小", "梅岭学校"]),
    ("副区长到某某管委会督导项目建设工作。", []),
    # Plain lists and kinds of projects.
    ("主要包括新城区商业综合体、青梅科学研发中心、储氢装备部件制造项目等。",
     ["新城区商业综合体", "青梅科学研发中心", "储氢装备部件制造"]),
    ("董事长重点介绍了东区体育公园项目情况。", ["东区体育公园"]),
    ("开工活动在上村某某房地产开发项目地举行。", []),
    ("其中基础设施项目16项，产业类项目达16个。", []),
    # A kind of work is a project only with its place.
    ("3月5日，青梅路综合管廊项目开工仪式举行。", ["青梅路综合管廊"]),
    ("总投资12亿元的海棠医疗器械产业园项目正式签约落户。", ["海棠医疗器械产业园"]),
    ("樱桃沟景区提升改造工程进展顺利。", ["樱桃沟景区提升改造工程"]),
    ("推动海棠片区老旧小区改造项目早日完工。", ["海棠片区老旧小区改造"]),
    ("持续推进老旧小区改造项目。", []),
    ("实施城市更新项目12个。", []),
    ("加快推进全区43个重点项目建设。", []),
    # A phase of a kind of project is specific.
    ("与会人员先后观摩了绿博片区综合管网、某某镇安置房二期等项目。",
     ["绿博片区综合管网", "安置房二期"]),
    # A street before a district word is part of the name, and a site is not.
    ("先后深入到某某路龙建庄园拆迁区域、盛泉路棚户区改造项目等现场。", ["盛泉路棚户区改造"]),
    ("先后深入某某片区农村饮水改造提升工程建设点、天水花牛苹果产业园等地。",
     ["某某片区农村饮水改造提升工程", "天水花牛苹果产业园"]),
    # A capacity in front names the plant.
    ("年产6万吨冷链速食项目已进入设备调试阶段。", ["年产6万吨冷链速食"]),
    ("先后到年产30万吨新型板材、青石物流园等项目现场观摩。", ["年产30万吨新型板材", "青石物流园"]),
    # A slogan cut inside its quotes is no project.
    ("对滞后的项目实行“一项目一台账”，确保按期完工。", []),
    # A list holding a kind of work lists kinds, not projects.
    ("参与老旧小区改造、街角花园建设等项目的方案设计。", []),
    # A phase put into use is named.
    ("完成投资12亿元。白鹭湾科创园一期投入运营，入驻企业40家。", ["白鹭湾科创园一期"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PROJECT_NAMES)
def test_project_names(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_projects(text)] == names


def test_aliases_are_printed_variants() -> None:
    got = extract_projects("察看了普乐天地、金博大等项目。加快普乐天地项目建设。")
    assert got[0].name == "普乐天地" and got[0].aliases == ["普乐天地项目"]
    assert got[1].aliases == []
