#!/usr/bin/env python3
"""Hand-labelled verdict gold for 保定市徐水区: plan of 2018 judged by the review part of the 2019 report.

    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui.py              # checks, writes the gold file
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui.py --show       # also prints every record
    python3 Tests/Fixtures/counties/gold/tools/label_verdicts_xushui.py --uncovered  # plan numbers in no target span

Labelled by the rules of the five shared pairs (shared/spec/verdicts.md; the machinery,
in verdict_gold.py, is theirs), as a pair the rules were not written against: the labels were
written by reading the two texts only, before Luoshi was run on this pair. The review is told
by theme paragraphs (`2018年，我们坚持…`), not numbered sections.

Paths are relative to this file: the reports are ../../xushui-2018.txt (plan) and
../../xushui-2019.txt (review), normalized with Tests/Support/normalize.py (a copy of the
reference normalization); offsets are Python str indexes (code points) into that text.
The gold file is written to ../xushui-2018.verdicts.gold.jsonl.

Plan part  : from "二、2018年目标任务和重点工作" up to "三、加强政府自身建设" (targets and
             sections （一）…（七）; vague tasks mostly left out, or optional).
Review part: from "一、2018年工作回顾" up to "二、2019年".
Labelled after Luoshi had been tuned on 清苑, 满城, 博野 2024 and 高唐, and before it was run on this pair.
Three labels were corrected afterwards on the spec's comparators and the shared gold's conventions (marked below).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verdict_gold import Pair  # noqa: E402

pair = Pair("xushui-2018.txt", "xushui-2019.txt",
            plan_part=("\n二、2018年目标任务和重点工作\n", "\n三、加强政府自身建设\n"),
            review_part=("\n一、2018年工作回顾\n", "\n二、2019年"), place="徐水")
Q, T = pair.Q, pair.T

# ===========================================================================
# 预期目标. Review: "地方生产总值预计完成285亿元，同比增长8.6%。规模以上工业增加值同比增长7.7%…
# 一般公共预算收入完成18.1亿元，同比增长33.4%…社会消费品零售额完成104.6亿元，同比增长10.3%。"
# ===========================================================================
Q("生产总值同比增长7%以上", "reached", (8.6, "%"), "地方生产总值预计完成285亿元，同比增长8.6%")
# 增长5% is eq: 7.7 is above the band.
Q("规模以上工业增加值同比增长5%", "exceeded", (7.7, "%"), "规模以上工业增加值同比增长7.7%")
# 左右 for a % is ±0.25: 10.3 is just above it.
Q("社会消费品零售总额同比增长10%左右", "exceeded", (10.3, "%"), "社会消费品零售额完成104.6亿元，同比增长10.3%")
Q("一般公共预算收入同比增长10%", "exceeded", (33.4, "%"), "一般公共预算收入完成18.1亿元，同比增长33.4%")
Q("城镇居民人均可支配收入增长8%左右", "silent")
Q("农村居民人均可支配收入增长9%左右", "silent")
# Only the problems paragraph speaks of it (投资依然不足), without a figure.
Q("固定资产投资同比增长8%", "silent", optional=True)

# ===========================================================================
# （一）协同创新
# ===========================================================================
T("继续实施国家级高新技术企业、科技型中小企业、上市公司“三个倍增”计划", "silent", optional=True)
# Corrected after Luoshi's output, on the spec's comparators: 力争 is no bound, so 新增…2家 is eq
# and 7 (and 81 for 20) exceed it.
Q("全年力争新增高新技术企业2家", "exceeded", (7, "家"), "全年新增高新技术企业7家")
Q("科技型中小企业20家", "exceeded", (81, "家"), "科技型中小企业81家", tctx="高新技术企业2家、科技型中小企业20家",
  ectx="省级重点实验室1家，科技型中小企业81家")
Q("新增市级工程技术研究中心1家", "silent")

# ===========================================================================
# （二）项目园区
# ===========================================================================
T("加快推进华讯方舟太赫兹国际科技产业基地项目建设进度", "progress", None,
  "以华讯方舟、深圳光启为代表的新一代信息技术、新材料、新能源等战略性新兴产业正在落地生根")
T("争取年底主体完工", "silent", optional=True)
T("积极完善风帆动力产业园的动力研发中心、锂电池、壳体加工、AGM电池项目手续", "silent")
# One of the five named (深圳光启) is taking root.
T("加快深圳光启、中国弹簧、台州新立、天津宇傲、德国科普费尔与埃马克等重点项目推进速度", "progress", None,
  "以华讯方舟、深圳光启为代表的新一代信息技术、新材料、新能源等战略性新兴产业正在落地生根", optional=True)
T("实施精准招商和跟踪招商", "done", None, "实施精准招商和跟踪招商", optional=True)
T("制定出台闲置企业土地退出机制", "silent")
T("加快大王店园区61平方公里规划修编工作", "silent")
# 110kv in use, 220kv under construction.
T("加快园区110kv变电站增容项目、220kv变电站项目建设", "progress", None,
  "大王店110kv变电站第三台主变增容项目投入使用，220kv变电站正在进行主体施工")
T("做好今年计划新开工的纬十三路、经五路及配套管网建设的各项前期准备工作", "silent")

# ===========================================================================
# （三）产业
# ===========================================================================
# 迪安二期 finished; the others not named.
T("加大国际零部件产业园的铝合金一期、迪安汽车、一汽东机工、科世达等项目的协调力度", "progress", None,
  "博世（长沙）、中燃宝、迪安二期等项目竣工投产", optional=True)
T("以普康、万瑞等企业为依托建设新型医疗器械产业基地", "silent")
T("积极推进晨阳水漆、滑氏红木、大午休闲度假村三个4A级景区创建工作", "silent")
T("加快釜山圣景、遂城古镇、天谷小镇规划建设", "silent")
T("支持刘伶醉景区、大午温泉景区上档升级", "silent")
T("继续加快推进红星美凯龙国际商业中心项目建设", "silent")
T("加快对接洽谈爱琴海购物公园项目", "silent")
T("推进移动互联网娱乐文化产业园项目", "silent")
Q("年内力争新增1家上市企业", "silent")

# ===========================================================================
# （四）三农
# ===========================================================================
T("扎实做好农村土地承包经营权登记颁证扫尾攻坚", "silent")
T("实施农村土地流转专项治理行动", "silent")
T("推进卓正农业产业园项目建设", "silent")
T("德力现代农业园区力争进入省级农业园区", "silent")
T("实施“冀产品品牌计划”", "silent")
T("加快“四好农村路”建设", "done", None, "投资1.2亿元建成“四好农村路”20条，总里程60公里", optional=True)
T("开展农村人居环境整治三年行动", "silent")

# ===========================================================================
# （五）城市
# ===========================================================================
T("实施宏兴路东延、工业西路东延建设工程", "silent")
# Corrected after Luoshi's output to optional: the shared gold calls 基本完工 done, and 南外环高架桥
# is still being built (成功转体), so done or progress.
T("加快推进朝阳大街北延、南外环高架桥建设", "progress", None, "投资2.5亿元的朝阳大街北延项目基本具备通车条件", optional=True)
T("谋划建设西外环南段工程", "silent")
T("配合做好“安大”、“容易”徐水段工程建设", "silent")
T("继续抓好107国道专项整治", "silent")
T("启动城区拆违", "done", None, "累计拆违89.3万平方米")
T("完成西市场农贸大厅建设并投入使用", "silent")
T("博物馆年内完工并对外开放", "silent")
# Only the land for the botanical garden was taken: a step before the work.
T("启动徐水植物园、图书馆、文化馆（文化艺术中心）、老干部活动中心、城区供水管网、城区雨污分流、污水处理厂二期及配套管网建设",
  "progress", None, "占地一千亩的徐水植物园完成土地征收", optional=True)
T("加快老旧小区市政管网改造", "progress", None, "改造老旧小区28个", optional=True)
T("扩大集中供热覆盖面", "done", None, "新增供热面积25万平米", optional=True)
T("启动城区建设“新三个一”工程", "silent")

# ===========================================================================
# （六）生态
# ===========================================================================
T("完成剩余的非禁煤区气代煤改造任务", "done", None, "完成年度任务3.96万户")
T("加快推进保定市天然气应急储备中心建设项目", "silent")
T("全面淘汰小型燃煤锅炉", "silent")
T("开展扬尘治理专项行动", "silent")
T("启动瀑河、萍河、漕河三条河流深入治理", "progress", None, "加强漕河、瀑河、萍河河道及沿岸排查")
T("继续推进瀑河水库引蓄水工程建设", "silent")
T("实施矿山治理工程", "done", None, "两个白云岩矿山治理项目已通过验收")
T("推进象山生态修复", "silent")
T("加快漕河沿线综合治理和生态景观带建设", "progress", None, "高标准完成环城高速、漕河综合治理二期和瀑河水库年度绿化任务",
  optional=True)
T("继续开展“绿满徐水”行动", "done", None, "开展“绿满徐水”行动")
T("加快西部山区绿化", "silent")

# ===========================================================================
# （七）民生
# ===========================================================================
T("继续实施一批惠民事项", "progress", None, "2018年实施的46项惠民工程，除政策调整取消一项外，其他均已完成或正在推进",
  optional=True)
T("师昌绪学校建成投入使用", "done", None, "师昌绪学校和开发区长城学校已投入使用")
# 二中综合楼 under way; the nine-year school not named.
T("力争二中综合楼、新谋划的九年一贯制学校开工建设", "progress", None, "徐水二中综合楼、综合高中艺术楼等一批改扩建工程正在有序推进")
# The hospital was rated, not moved.
T("加快妇幼保健院迁建工程及全区卫生信息平台建设", "silent")
Q("城镇登记失业率控制在4.5%以内", "silent")
T("完成省市下达的开工任务", "done", None, "5849套棚改任务全部开工")
T("推进“雪亮”工程[9]向农村延伸", "silent")


if __name__ == "__main__":
    pair.main()
