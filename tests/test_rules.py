"""Every extractor rule (``patterns/rules.toml``, the ``kg:extractedBy`` values) with at least two
test sentences, at least one of them not from the seed reports, each run through the whole pipeline
(in a report of 张家界市). Most rules have more tests of their own in the test file of their
extractor; these say that each named rule does what its name says on text it was not tuned on."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from kg.extractors.rules import load_rules, missing_data

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

EXAMPLES = [  # (rule, section, sentence, a label the rule finds in it)
    ("projects.head", "review", "安慈高速慈利至石门段建成通车。", "安慈高速"),
    ("projects.head", "review", "望城大桥建成通车。", "望城大桥"),
    ("projects.head", "review", "建成了神光山山顶广场和齐昌楼。", "齐昌楼"),  # a facility morpheme (gold/dev xingning-2017)
    ("projects.head", "review", "长治市大健康公共服务基地一期投运。", "长治市大健康公共服务基地"),
    ("projects.head", "plan", "推动向家坝灌区建设。", "向家坝灌区"),  # a governing character does not cut a proper word
    ("projects.head", "plan", "实现北京二中通州校区开工。", "北京二中通州校区"),  # a campus after a proper word (gold/dev tongzhou-2020)
    ("projects.head", "plan", "建成湖南师大附中梅溪湖校区。", "湖南师大附中梅溪湖校区"),
    ("projects.head", "review", "鹰嘴岩水库建设完成，桥亭水闸开工建设。", "桥亭水闸"),  # a sluice (gold/dev zhongjiang-2023)
    ("projects.head", "plan", "建成白沙洲排涝站和青山提灌站。", "青山提灌站"),
    ("projects.head", "plan", "新建个旧水库。", "个旧水库"),  # a classifier (个) does not cut a place's name
    ("projects.head", "review", "台水集散中心建成投用。", "台水集散中心"),  # (gold/dev xiapu-2020: 台水, an unknown word)
    ("projects.head", "plan", "积极推进哈大高铁普湾站综合交通枢纽建设。", "普湾站综合交通枢纽"),  # a hub named after its station (gold/dev pulandian-2014; round 15 rule 25)
    ("projects.head", "plan", "加快推进永州西站综合交通枢纽建设。", "永州西站综合交通枢纽"),

    ("projects.head", "review", "占地1200亩的牡丹亭文化园建成开园。", "牡丹亭文化园"),  # a culture park (gold/dev dayu-2018)
    ("projects.head", "review", "建成湘江欢乐谷和雷锋纪念园。", "雷锋纪念园"),
    ("projects.head", "review", "多措并举抓项目，金汇中超再生不锈钢板带生产线建成投产。", "金汇中超再生不锈钢板带生产线"),  # a verb split from a noun (gold/dev xuchang-2023)
    ("projects.head", "review", "坚持抓项目、帮企业，桥亭水闸开工建设。", "桥亭水闸"),
    ("projects.head", "plan", "推进麓景路南延、长望路西延建设。", "麓景路"),  # single morphemes glued into a name (gold/dev changsha-2018)
    ("projects.head", "plan", "推进麓山路建设。", "麓山路"),
    ("projects.head", "plan", "拉通潇湘大道、含浦大道。", "潇湘大道"),  # 拉通 governs (gold/dev changsha-2018)
    ("projects.head", "plan", "年内拉通枫香岗大道。", "枫香岗大道"),
    ("projects.head", "plan", "建成南京长江第三大桥，培育医药和高分子三大产业集群。", "南京长江第三大桥"),  # N大 sums up a list, 第三 is an ordinal
    ("projects.head", "review", "中储粮20万吨粮食储备库即将建成投产运营。", "中储粮20万吨粮食储备库"),  # a grain depot (gold/dev mouding-2024)
    ("projects.head", "plan", "推进城陵矶粮库建设。", "城陵矶粮库"),
    ("projects.head", "review", "“张家界绿色食品产业园”被确定为省级示范园区。", "张家界绿色食品产业园"),  # quoted, the own city's work (as gold/dev yiyuan-2013)
    ("projects.head", "review", "“张家界高新区”获批省级高新区。", "张家界高新区"),
    ("projects.head", "plan", "推进产业园区新建汇齐新材料生产项目。", "汇齐新材料生产项目"),  # a verb after a zone governs (as gold/dev xinbinmanzuzizhi-2024)
    ("projects.head", "plan", "推进桑龙高速专项工程。", "桑龙高速"),  # 专项工程 is a programme of works, the road is named (as gold/dev guoluozangzu-2018)
    ("projects.coordination", "review", "桑龙、炉慈、张官高速开工建设。", "桑龙高速"),
    ("projects.coordination", "review", "长益、长浏高速建成通车。", "长益高速"),
    ("projects.coordination", "review", "长益、长浏高速建成通车，长沙高铁西城加快建设。", "长益高速"),  # 高铁 before 西城 heads nothing (gold/dev changsha-2018)
    ("projects.list", "review", "张家界大峡谷玻璃桥、张家界千古情、九天峰峦旅游等项目建成开放。", "张家界千古情"),
    ("projects.list", "review", "中环五期、华耀光电一期等项目建成投产。", "华耀光电"),
    ("projects.list", "review", "欧亚汇集等4个商业综合体建成开业。", "欧亚汇集"),  # a count after 等, any head (gold/dev changchun-2019)
    ("projects.list", "review", "陶瓷建材产业加速发展。抓增量，优结构。科勒卫浴等项", "科勒卫浴"),  # the text ends inside the cue (gold/dev faku-2020)
    ("projects.list", "plan", "推进金鹰、银泰等2个城市综合体建设。", "银泰"),
    ("projects.list", "review", "引进了香港嘉鸿多功能手套加工、河北邳彤绞股蓝开发等招商项目33个。", "香港嘉鸿多功能手套加工"),  # 港 inside 香港 (gold/dev pingli-2016)
    ("projects.list", "review", "抽水蓄能、环保树脂粉末涂料等项目开工，洪屏抽水蓄能、桑植龙鹤风电等项目投产。", "洪屏抽水蓄能"),  # pumped storage alone is a kind (gold/dev jinxiuyaozuzizhi-2024)
    ("projects.list", "review", "邓家坝片区基础设施、新华·“蓉欧+”东盟国际物流中心等项目加快实施。", "邓家坝片区基础设施"),  # a quoted element ends no list (gold/dev neijiang-2022)
    ("projects.list", "plan", "抓好吉利新能源汽车电池、“龙泉”文旅新城等项目建设。", "吉利新能源汽车电池"),
    ("projects.list", "review", "京博动能转换综合体、滨华碳三碳四、鲁北万润锂电、渤中 19-6凝析气田等百亿级项目陆续建成投产。", "鲁北万润锂电"),  # a typeset space ends no element (gold/dev binzhou-2024)
    ("projects.list", "plan", "推进龙泉锂电、龙门 5G产业基地等项目建设。", "龙泉锂电"),
    ("projects.head", "plan", "推进连云港徐圩石化项目建设。", "连云港徐圩石化项目"),
    ("projects.head", "review", "全市省级开发区增加到12个。市开发区建成区扩大11平方公里。", "张家界市开发区"),  # the report's own zone (gold/dev xuancheng-2011)
    ("projects.head", "plan", "市高新区新建标准厂房10万平方米。", "张家界市高新区"),
    ("projects.head", "review", "日月湖公园建成开放。", "日月湖公园"),  # 日月/t 湖/ns: one name (after gold/dev shangqiu-2023)
    ("projects.head", "plan", "推进日月湖产业园建设。", "日月湖产业园"),
    ("projects.head", "review", "日月湖高端商务区重点引进全国知名商业、酒店、餐饮品牌。", "日月湖高端商务区"),  # a business district, round 16 rule 30 (gold/dev shangqiu-2023)
    ("projects.head", "plan", "推进澧水金融中心建设。", "澧水金融中心"),
    ("projects.head", "review", "旭日新材料二期项目开工建设。", "旭日新材料"),  # the phase and 项目 after a company's work (round 14 rule 23)
    ("projects.head", "review", "安益钒钛磁铁矿开发取得突破。", "安益钒钛磁铁矿"),  # an ore mine named by its owner (gold/dev mouding-2024)
    ("projects.head", "plan", "推进紫金山金铜矿扩建工程建设。", "紫金山金铜矿"),
    ("projects.head.context", "review", "茅溪河大桥、红壁岩大桥、开明路、月亮湾西路等一批项目建成通车。", "开明路"),
    ("projects.head.context", "review", "望城大桥、新民路等一批项目建成通车。", "新民路"),
    ("projects.head.context", "review", "投资74亿元的苇子峪抽水蓄能电站项目确定最优站址并完成实地勘测。", "苇子峪抽水蓄能电站"),  # a sum of its own (gold/dev xinbinmanzuzizhi-2024)
    ("projects.head.context", "plan", "推进总投资2亿元的城北污水处理厂前期工作。", "城北污水处理厂"),
    ("projects.head.context", "review", "猫儿嘴污水处理厂和城区第二污水处理厂配套管网开工建设。", "猫儿嘴污水处理厂"),  # attached works of its own, and its sibling (gold/dev zhongjiang-2023)
    ("projects.head.context", "review", "城北水厂配套管网完工。", "城北水厂"),
    ("projects.head.context", "review", "生态循环设施产业园等41个项目进展顺利。", "生态循环设施产业园"),  # the example named for a list of works (gold/dev keerqinyouyiqianqi-2024)
    ("projects.head.context", "plan", "加快智能装备产业园等5个项目建设。", "智能装备产业园"),  # made up
    ("projects.head.context", "review", "环保科技产业园积极推进,农产品加工产业园初具规模,“一区五园”建设进展顺利。", "环保科技产业园"),  # the parks of a layout (gold/dev jianping-2019)
    ("projects.head.context", "plan", "形成智能装备产业园、城东产业园一区两园的发展格局。", "智能装备产业园"),  # made up
    ("projects.head.partner", "plan", "推进我市与长沙理工大学等校地合作项目落地见效。", "长沙理工大学"),
    ("projects.head.partner", "review", "与湖南师范大学签订合作协议。", "湖南师范大学"),
    ("projects.collective", "review", "以梓山漫居、五号山谷为代表的一批高端民宿走在全国前列。", "五号山谷"),
    ("projects.collective", "review", "打造太平街、坡子街等历史文化街区。", "坡子街"),
    ("projects.collective", "review", "市十七中迁建和市示范性综合实践基地、衡阳幼师高专建设等项目推进顺利。", "衡阳幼师高专"),  # the activity after the element (gold/dev hengyang-2019)
    ("projects.collective", "review", "龙泉书院、张家界幼师高专建设等项目推进顺利。", "张家界幼师高专"),  # made up
    ("projects.collective", "review", "四是市生活垃圾发电厂、污水处理厂三期、交通综合物流园一期等城市补短板项目建成投用。", "张家界市生活垃圾发电厂"),  # the own level before an element (gold/dev shangluo-2024)
    ("projects.collective", "review", "龙泉书院和市青少年综合实践基地、张家界幼师高专等项目推进顺利。", "张家界市青少年综合实践基地"),  # made up
    ("projects.counted", "review", "天津小学和沙堤、金岩、利福塔 3 所芙蓉学校开工建设。", "沙堤芙蓉学校"),
    ("projects.counted", "review", "东塘、井湾 2 所实验学校开工建设。", "井湾实验学校"),
    ("projects.quoted", "plan", "建好“仙境张家界”英文网站。", "仙境张家界英文网站"),
    ("projects.quoted", "plan", "建设“智慧长沙”数据中心。", "智慧长沙数据中心"),
    ("projects.quoted", "review", "雄宇索道、工控“进未来”标准厂房等16个项目开工建设。", "进未来标准厂房"),  # kind + head one word (gold/dev jinxian-2019)
    ("projects.quoted", "plan", "推进“凤凰谷”标准厂房建设。", "凤凰谷标准厂房"),
    ("projects.quoted", "plan", "打造“总溪河片区—化作枪杆岩—董地”风情小镇景区。", "总溪河片区—化作枪杆岩—董地风情小镇"),  # 14 characters in quotes (gold/dev nayong-2019)
    ("projects.quoted", "plan", "打造“天门山—大峡谷—黄龙洞”精品旅游小镇。", "天门山—大峡谷—黄龙洞精品旅游小镇"),
    ("projects.quoted", "plan", "联动恩施、十堰、神农架打造“神武峡”国际生态文化旅游线路。", "神武峡国际生态文化旅游线路"),  # a tourist route, six kind characters (gold/dev yichang-2026)
    ("projects.quoted", "plan", "打造“溇水画廊”乡村旅游黄金线路。", "溇水画廊乡村旅游黄金线路"),
    ("projects.quoted", "review", "垦地合作面积2万亩，“农业托管智慧链”入选数字中国建设典型案例。", "农业托管智慧链"),  # a digital chain of services, round 16 rule 31.6 (gold/dev beilin-2025)
    ("projects.quoted", "plan", "加快推动“智慧武陵源”建设。", "智慧武陵源"),
    ("projects.quoted", "review", "“红色+碳汇”生态产品价值实现平台成功上线。", "红色+碳汇生态产品价值实现平台"),  # what it does names it (gold/dev shouning-2024)
    ("projects.quoted", "plan", "推行“一网通办”政务服务监管系统。", "一网通办政务服务监管系统"),
    ("projects.company-work", "review", "久瑞搬迁新建项目有序推进，亿胜新材料主体完工。", "亿胜新材料"),
    ("projects.company-work", "review", "华美新材料主体完工。", "华美新材料"),
    ("projects.phased", "plan", "实施城市三维景观二期工程。", "城市三维景观工程"),
    ("projects.phased", "plan", "推进污水管网二期工程。", "污水管网工程"),
    ("projects.phased", "review", "推动上河堡一期竣工投运。", "上河堡"),  # a phase before a completion verb (gold/dev xingqing-2025)
    ("projects.phased", "review", "龙湖天街二期顺利开业。", "龙湖天街"),
    ("projects.phased", "review", "实施黑土滩治理、湿地保护、人工造林等三江源二期工程。", "三江源工程"),  # a phase after 等 (gold/dev guoluozangzu-2018)
    ("projects.phased", "review", "完成河道清淤、护岸加固等洞庭湖二期工程。", "洞庭湖工程"),
    ("projects.phased", "review", "基本建成老港可再生能源中心一期工程。", "老港可再生能源中心"),  # no 工程 after a proper name of a thing (gold/dev shanghai-2012, round 14 rule 23)
    ("projects.phased", "plan", "实施城市三维景观二期工程。", "城市三维景观工程"),
    ("projects.cued-list", "review", "力促砂之船·奥莱、上河堡一期竣工投运。", "砂之船·奥莱"),  # gold/dev xingqing-2025
    ("projects.cued-list", "review", "张石铁路、金岩开工建设。", "金岩"),
    ("projects.own-facility", "plan", "紧紧咬定张石铁路、宜冲桥水库、抽水蓄能电站等重大项目，力争早日开工建设。", "张家界抽水蓄能电站"),
    ("projects.own-facility", "plan", "推进岳阳港、抽水蓄能电站、铁山水库等重大项目。", "张家界抽水蓄能电站"),
    ("projects.own-facility", "review", "火车站综合交通枢纽顺利投用。", "张家界火车站综合交通枢纽"),  # gold/dev quanzhou-2020 (round 15 rule 25)
    ("projects.own-zone", "review", "开发区完成征地面积8700多亩。", "张家界开发区"),  # the report's own zone (gold/dev jianli-2018)
    ("projects.own-zone", "review", "过去一年，高新区新增规模以上工业企业12家。", "张家界高新区"),  # made up
    ("projects.appositive", "review", "传统商业加快调整，大型商业综合体天河城投入运营。", "天河城"),  # gold/dev heping-2018
    ("projects.appositive", "review", "安置房项目宏图家园主体建成，前丰家园加快推进。", "宏图家园"),  # gold/dev zhongjiang-2023
    ("projects.new-facility", "review", "金宝南线金湖段和环湖大道全线通车，新汽车客运总站全面竣工，金湖二桥加快推进。", "新汽车客运总站"),  # gold/dev jinhu-2010
    ("projects.new-facility", "review", "占地80亩的新体育中心正式启用。", "新体育中心"),  # made up
    ("projects.own-moved", "review", "九是市中心医院完成了全面搬迁并步入正常运行，市中医医院搬迁运营。", "张家界市中心医院"),  # gold/dev shangluo-2024
    ("projects.own-moved", "review", "学前教育快速发展，市三中完成搬迁。", "张家界市三中"),  # made up
    ("projects.park-tenants", "review", "新型建材产业园、现代制造产业园30万平方米标房全部入驻，环保科技产业园积极推进。", "现代制造产业园"),  # gold/dev jianping-2019
    ("projects.park-tenants", "review", "聚焦产业链延伸，食品加工产业园新入驻企业12家。", "食品加工产业园"),  # made up
    ("projects.route-code", "review", "国道G207线建成通车。", "国道G207线"),
    ("projects.road", "plan", "加快中环线浦东段和嘉闵高架南北延伸项目建设。", "中环线"),
    ("projects.road", "review", "西部快线、潘州大道、工业大道南、市民大道三期开工建设。", "工业大道南"),
    ("projects.road", "review", "实施了文峰一路沥青罩面、城南一路道路建设等32宗市政工程。", "文峰一路"),
    ("projects.road", "plan", "完成新华一路白改黑。", "新华一路"),
    ("projects.road", "plan", "推进外环路、三环路建设，完成朝阳二路提质改造。", "外环路"),
    ("projects.road", "plan", "打通西二环交通堵点。", "西二环"),  # a side of a ring road (gold/dev changsha-2018)
    ("projects.road", "plan", "完成北三环改造。", "北三环"),

    ("projects.route-code", "review", "地铁3、4号线建成通车。", "张家界地铁4号线"),  # the report city's metro
    ("places.gazetteer", "review", "慈利县零溪村建成美丽乡村示范村。", "慈利县"),
    ("places.gazetteer", "review", "推进长沙市、株洲市一体化发展。", "株洲市"),
    ("places.gazetteer", "review", "依托中车华北、翼辰等企业，开拓华北市场。", "华北"),  # the region outside the company's name (gold/dev shijiazhuang-2018)
    ("places.gazetteer", "review", "深入开展“利剑”“绿盾”“夏季攻势”“洞庭清波”等专项行动。", "洞庭湖"),  # a water's short form in a quoted name (round 15 rule 24)
    ("places.gazetteer", "review", "开展“扬子江清波”专项行动。", "长江"),
    ("places.gazetteer", "plan", "加快推进十六号路跨海大桥、渤海大道等重大路网工程。", "渤海"),  # an avenue along a water (gold/dev pulandian-2014, round 15 rule 24)
    ("places.gazetteer", "review", "石首长江大桥建成通车。", "长江"),  # the bridge over it (gold/dev jingzhou-2018)
    ("places.gazetteer", "review", "支持湖南建工等企业拓展湖南省外市场。", "湖南省"),
    ("places.gazetteer", "review", "来源：邵阳日报。邵阳市旅游收入增长。", "邵阳市"),  # the city in the body, not the paper's name
    ("places.gazetteer", "review", "（湖北广电融媒体记者 陈赟）湖北省十堰市加快发展。", "湖北省"),  # gold/dev shiyan-2021's credit line
    ("places.gazetteer", "review", "眉县获评全国十佳乡村振兴示范县，凤县入围全国农村产业融合发展先导区。", "眉县"),  # the county honoured (gold/dev baoji-2019)
    ("places.gazetteer", "review", "获评湖南省双拥模范县，慈利县入选全国文明城市提名城市。", "慈利县"),
    ("places.gazetteer", "review", "与眉县、凤县开展合作，打造省级健康县。", "凤县"),
    ("places.gazetteer", "review", "在梨树县第十八届人民代表大会第四次会议上，县长报告了梨树县的发展。", "梨树县"),  # the county named after the session line (gold/dev lishu-2020: rules.own_body_after)
    ("places.gazetteer", "review", "慈利县十七届人大二次会议召开，慈利县经济总量增长8%。", "慈利县"),  # made up
    ("places.gazetteer", "review", "签约深圳华联恒通人参深加工、辽宁亿家衣服装加工等项目，深圳客商来新宾考察。", "深圳市"),  # the city outside the list (gold/dev xinbinmanzuzizhi-2019: rules.origin_in_work_rules)
    ("places.gazetteer", "review", "赤峰国际陆港至天津港、大连港铁海联运集装箱班列成功开行。", "大连市"),  # the city's port, one word of the segmenter (gold/dev chifeng-2025: rules.glued_work_heads)
    ("places.gazetteer", "review", "加强与青岛港、宁波港合作。", "青岛市"),  # made up
    ("places.gazetteer", "review", "天府花溪谷成功创建国家4A级旅游景区，慈利县完成脱贫摘帽。", "慈利县"),  # no 天府新区 from the epithet 天府 (gold/dev dayi-2022: rules.epithets)
    ("places.gazetteer", "review", "慈利县获评天府旅游名县。", "慈利县"),  # made up: the epithet in a title
    ("places.gazetteer", "review", "引进了慈利久瑞生物、河北邳彤绞股蓝开发等招商项目。", "慈利县"),  # made up: the own city's county is where the work is
    ("places.gazetteer", "review", "湖北融通高科一期投产，湖北客商来张家界投资。", "湖北省"),  # the investors' province outside the phased work (gold/dev daye-2018: rules.origin_in_work_rules)
    ("places.gazetteer", "review", "慈利久瑞生物一期投产。", "慈利县"),  # made up: the own city's county before a phased work is where it lies
    ("places.gazetteer", "review", "获得了辽宁省县域经济发展先进单位的荣誉称号，辽宁客商来张家界投资。", "辽宁省"),  # the province giving the unit's title is no mention, the investors' one is (gold/dev beizhen-2015: rules.honour_after)
    ("places.gazetteer", "review", "慈利县跻身湖南县域经济100强。", "慈利县"),  # made up: a verb between, the county is the one ranked (rules.honour_after)
    ("places.gazetteer", "review", "這一年，桑植取得了鼓舞人心的發展成績，金融安全形勢穩定。", "桑植县"),  # the own county's short form as a word (gold/dev rongan-2024; its stoplisted 融安 in a 融安 report: test_places.py, rules.own_short_forms)
    ("places.gazetteer", "review", "这一年，我们在园区建设上打造了慈利速度。", "慈利县"),  # the same (gold/dev zijin-2020's 紫金速度), made up for 张家界
    ("places.gazetteer", "review", "“沂源红”苹果大世界入选上海大世界基尼斯之最，慈利农产品品牌优势进一步彰显。", "慈利县"),  # no 上海市 in the record's name (gold/dev yiyuan-2013: rules.honour_before)
    ("places.gazetteer", "review", "特色产品被评为“湖南礼物”，桑植县新增品牌3个。", "桑植县"),  # made up: a quoted title after 被评为  # made up: a one-character county on word boundaries, none in 健康县  # made up: the province gives the title, the county is named after it
    ("places.gazetteer", "review", "龙岩至龙川铁路项目(上杭段)实现开工。", "龙川县"),  # a route's far end outside the province (gold/dev shanghang-2020: rules.anchored_short_forms)
    ("places.gazetteer", "review", "吸引在河北安国等地经营的药材经销商回乡发展。", "安国市"),  # after its province (gold/dev xinbinmanzuzizhi-2019)
    ("places.gazetteer", "review", "六段村获评国家级村级实践交流基地、广西休闲农业与乡村旅游示范点，慈利县新增示范点3个。", "慈利县"),  # no 广西 in the list's second title (gold/dev jinxiuyaozuzizhi-2024: rules.honour_list_before)
    ("places.gazetteer", "review", "张家界获评全国文明城市、慈利县获评全国卫生县城。", "慈利县"),  # made up: the one honoured, a verb after it
    ("places.gazetteer", "review", "出台青浦慈利对口合作行动计划。", "青浦区"),  # a partner before the report's own division (as gold/dev huoshan-2023's 青浦霍山: rules.partner_after)
    ("places.gazetteer", "review", "张家界与龙川共建产业园。", "龙川县"),  # made up: after 与
    ("places.gazetteer", "review", "入选2019年度福建省县域经济实力“十强”，慈利县新增规上企业12家。", "慈利县"),  # no 福建省: the title's year between (gold/dev fuqing-2020: rules.honour_before)
    ("places.gazetteer", "review", "先后获评“国家杂交水稻制种大县”“湖南省卫生县”，慈利县新增示范点3个。", "慈利县"),  # made up: quoted titles one after the other (as gold/dev yihuang-2023: rules.honour_list_before)
    ("places.gazetteer", "review", "年产2.2万台旋磁治疗机的山东润养医疗器械有限公司旋磁医疗设备项目落户慈利。", "慈利县"),  # no 山东省 in the company's name (gold/dev donge-2015: rules.org_kind_after)
    ("places.gazetteer", "review", "美国保赔协会、湖南湘军商报等机构落户，慈利县新增外资企业3家。", "慈利县"),  # made up: an association's and a paper's names (as gold/dev pudongxin-2014, shunde-2022)
    ("places.gazetteer", "review", "20个投资达39.4亿元的自贸港项目集中开工或签约。", "海南自由贸易港"),  # China's one free trade port by its short name (gold/dev changjianglizuzizhi-2021)
    ("places.gazetteer", "plan", "学习借鉴自贸港政策，深化对外开放。", "海南自由贸易港"),  # made up
    ("places.gazetteer", "review", "紧紧抓住自治区成立60周年大庆的机遇，慈利县加快发展。", "慈利县"),  # no 大庆市 after the anniversary (gold/dev helingeer-2011: rules.anniversary_before)
    ("places.gazetteer", "review", "过去一年，是新中国成立70周年的大庆之年，湖南省经济稳步增长。", "湖南省"),  # made up (as gold/dev zijin-2020)
    ("places.gazetteer", "review", "笃定“生态立县、产业富县、文旅兴县”战略，慈利县加快发展。", "慈利县"),  # no 富县 in a strength slogan (gold/dev qingjian-2023: kg/nlp.py settle_overlaps)
    ("places.gazetteer", "plan", "深入实施科教兴县战略，推进湖南省级园区建设。", "湖南省"),  # made up: no 兴县 (as gold/dev jingning-2011)
    ("places.gazetteer", "review", "投入1.6亿元,全面实施呼伦湖流域生态综合治理一期工程。", "呼伦湖"),  # the water before 流域 inside a work (gold/dev xinbaerhuzuoqi-2018: rules.extent_in_work)
    ("places.gazetteer", "plan", "实施澧水流域综合治理工程。", "澧水"),  # made up
    ("places.town", "review", "天津小学和沙堤、金岩、利福塔 3 所芙蓉学校开工建设。", "利福塔镇"),
    ("places.town", "review", "推进利福塔新城建设，改造利福塔城区。", "利福塔镇"),  # the urban area names the town, the new town (a work) not
    ("places.town", "review", "加快零阳镇、江垭镇集镇建设。", "江垭镇"),
    ("places.town", "review", "重点突出龙场镇和维新镇、刘家坪乡、洪家关乡市定示范镇。", "刘家坪白族乡"),  # an ethnic township without its group (gold/dev nayong-2019's 化作乡: test_places.py)
    ("places.town", "review", "甘堰乡、金岩乡完成集镇改造。", "金岩土家族乡"),  # made up
    ("places.town", "plan", "张家界至石门皂市高速公路完成前期工作。", "皂市镇"),  # made up: a town's short form after its county, a route's end (as gold/dev yuxi-2018's 石屏宝秀: rules.town_short_after_county)
    ("places.town", "review", "推进石门县子良集镇建设。", "子良镇"),  # made up
    ("places.town", "review", "江垭古镇创建国家4A级旅游景区。", "江垭镇"),  # made up: a town's old town (the far-county case, 罗城古镇 of gold/dev qianwei-2022, needs a report of 犍为: test_places.py)
    ("places.town", "review", "完成江垭镇区风貌改造，罗城古镇创成国家AAAA级旅游景区。", "江垭镇"),  # made up (罗城 is no town of 张家界: no place)
    ("places.abbreviation", "review", "确保宜(昌)来(凤)高速通车运营。", "来凤县"),
    ("places.abbreviation", "plan", "加快长(沙)益(阳)高速扩容。", "益阳市"),
    ("places.head", "review", "茅溪河大桥建成通车。", "茅溪河"),
    ("places.head", "plan", "福宁湾、溪南半岛和东冲半岛加快开发建设。", "东冲半岛"),  # a peninsula (gold/dev xiapu-2020)
    ("places.head", "plan", "推进大鹏半岛生态保护。", "大鹏半岛"),  # made up
    ("places.head", "review", "推进官黎坪城中村改造，慈利县零溪村建成美丽乡村示范村。", "零溪村"),  # 城中村 is a kind, no village (gold/dev yibin-2026)
    ("places.head", "review", "加快灰汤镇、沩山乡建设。", "灰汤镇"),
    ("places.head", "review", "二是做美村庄，加快灰汤镇、沩山乡建设。", "灰汤镇"),  # no village 做美村 (gold/dev nayong-2019: rules.word_end_classes)
    ("places.head", "review", "建设美丽村庄，慈利县零溪村内建成文化广场。", "零溪村"),  # made up: a locative after the head
    ("places.head", "review", "重点突出龙场镇、乐治镇省定示范镇和张家湾镇市定示范镇。", "张家湾镇"),  # the town, not its title (gold/dev nayong-2019: rules.designation_level)
    ("places.head", "review", "建设县定中心镇，慈利县零溪村建成美丽乡村示范村。", "零溪村"),  # made up: no town 县定中心镇
    ("places.head", "review", "罗城古镇获评天府旅游名镇，马边河畔的清水溪村建成示范村。", "清水溪村"),  # no town 旅游名镇, a title (gold/dev qianwei-2022: rules.designation_level)
    ("places.head", "review", "零溪村获评湖南历史文化名村，慈利县零溪村建成美丽乡村示范村。", "零溪村"),  # made up: no village 历史文化名村
    ("places.head", "review", "所有县处级领导挂钩到村，慈利县零溪村建成美丽乡村示范村。", "零溪村"),  # no village 县处级领导挂钩到村 (gold/dev heqing-2018: blocked_words)
    ("places.head", "review", "选派驻村第一书记，推进县乡财政体制改革，加快灰汤镇、沩山乡建设。", "灰汤镇"),  # made up: 驻村, 县乡 are words
    ("places.list", "review", "加强零溪、岩门等河流治理。", "岩门"),
    ("places.list", "review", "开展花果、兴隆等村庄整治。", "兴隆"),
    ("places.listed", "plan", "科学编制以七星山（含堡子界）、天门山、崇山、熊壁岩“四山”为一体的概念性规划。", "堡子界"),
    ("places.listed", "review", "推进天门山、紫霞峪、熊壁岩创建。", "紫霞峪"),
    ("places.area.head", "outlook", "引领张吉怀精品生态旅游经济带建设。", "张吉怀精品生态旅游经济带"),
    ("places.area.head", "review", "推进洞庭湖生态经济区建设。", "洞庭湖生态经济区"),
    ("places.area.head", "plan", "携手张家界等城市共建“大武陵”旅游圈。", "大武陵旅游圈"),
    ("places.area.head", "review", "高起点推进绍兴科创大走廊和环杭州湾产业带规划建设。", "环杭州湾产业带"),  # a belt around a water (gold/dev shaoxing-2018: rules.surrounding_region)
    ("places.area.head", "plan", "主动融入“长株潭”都市圈。", "长株潭都市圈"),
    ("places.area.head", "plan", "规划利福塔新区。", "利福塔新区"),
    ("places.area.head", "review", "大会在临桂新区桂林大剧院开幕。", "临桂新区"),  # gold/dev guilin-2016; no 临桂区 inside it  # a town's short form before 新区 (as 徐圩新区 in gold/dev lianyungang-2022)
    ("places.area.head", "plan", "建设新时代“两个健康”先行区，融入“大湾区”经济圈。", "大湾区经济圈"),  # a counted slogan is none (gold/dev wenzhou-2021)
    ("places.area.head", "outlook", "致力于建成汉江生态经济带和“襄十随神”城市群高品质发展示范区。", "襄十随神城市群"),
    ("places.area.head", "review", "面对新中国成立以来湘江流域第三大洪水的袭击，全市紧急行动。", "湘江流域"),  # a known river's basin (gold/dev changsha-2011: rules.extent_after)
    ("places.area.head", "plan", "加强澧水流域生态保护。", "澧水流域"),  # made up: a known river's basin
    ("places.feature.head", "review", "宜昌地处武陵山脉和大巴山脉向江汉平原过渡地带。", "大巴山脉"),
    ("places.feature.head", "review", "建成了神光山山顶广场和齐昌楼。", "神光山"),
    ("places.feature.head", "review", "修缮天子山山顶观景台。", "天子山"),
    ("places.feature.head", "review", "菊花村公交枢纽匝道加快推进。", "菊花村"),
    ("places.feature.head", "review", "青衣江大道北段、嘉瑞大道建成。", "青衣江"),  # the avenue along the river (gold/dev leshan-2018, round 15 rule 24)
    ("places.feature.head", "review", "清水河大道建成通车。", "清水河"),
    ("places.feature.head", "review", "建设项目基本完工；汀江大桥建成投入使用。", "汀江"),  # one character and its head opening a clause (gold/dev shanghang-2020)

    ("places.feature.head", "plan", "加快梅溪湖国际新城二期、月亮岛文旅新城建设。", "月亮岛"),  # an island a work is named after (gold/dev changsha-2018)
    ("places.feature.head", "plan", "建设月亮湖文化公园。", "月亮湖"),  # made up: a lake a work is named after
    ("places.feature.head", "plan", "加快九龙湖新城、儒乐湖新城、瑶湖新城、望城新区建设。", "瑶湖"),  # one character before 新城 (gold/dev nanchang-2018: rules.water_new_towns)
    ("places.feature.head", "plan", "编制澧江新城开发单元规划。", "澧江"),  # made up
    ("places.feature.head", "review", "国际中转集拼从洋山保税港区拓展到外高桥保税物流园区。", "洋山"),  # a mountain a work lies on (gold/dev pudongxin-2014, round 17 rule 32)
    ("places.feature.head", "plan", "建设黄羊山人防教育基地。", "黄羊山"),  # made up
    ("places.head", "plan", "推进索溪峪国家级旅游度假区、大峡谷5A级景区创建。", "大峡谷"),
    ("places.head", "plan", "推进天目湖国家级旅游度假区、南山5A级景区创建。", "南山"),
    ("places.listed.division", "review", "迅速有效处置呈贡区、安宁突发疫情。", "安宁市"),
    ("places.listed.division", "review", "推进富民、呈贡区同步发展。", "富民县"),
    ("places.designated_site", "review", "全域旅游多点突破，嘉阳老矿区获评第三批国家工业遗产，桫椤湖通过国家湿地公园验收。", "桫椤湖"),  # gold/dev qianwei-2022
    ("places.designated_site", "review", "旅游业加快发展，金沙竹海成功创建为国家4A级旅游景区。", "金沙竹海"),  # made up
    ("places.division_set", "review", "贫困发生率降至0.03%，走在了“三区三州”前列。", "三区三州"),  # gold/dev abazangzuqiangzu-2020
    ("places.division_set", "plan", "支持“三州一县”深度贫困地区加快发展。", "三州一县"),  # made up
    ("places.regional", "plan", "充分发挥湘西北城市固体废弃物绿色循环利用项目效能。", "湘西北"),
    ("places.regional", "review", "推动苏北地区发展。", "苏北地区"),  # the region's word belongs to it (regional.extent)
    ("places.listed.town", "review", "江垭、河口等乡镇完成集镇改造。", "河口乡"),
    ("places.listed.town", "review", "河口、江垭两个乡镇率先完成改造。", "河口乡"),
    ("places.abbreviated", "review", "南融长三角，北接渤海湾，向东与日韩隔海相望。", "日本"),
    ("places.abbreviated", "review", "任泽乐通金属材料等京津转移项目落地生根。", "天津市"),
    ("places.abbreviated", "review", "城陵矶新港二期开工，向东与日韩隔海相望。", "韩国"),
    ("places.abbreviated", "review", "累计引进京冀企业590家、总投资323亿元。", "河北省"),  # a pair the dictionary does not know, a noun after it (gold/dev hexi-2022)
    ("places.abbreviated", "review", "圆满完成援鄂各项任务，西湖镇荣获先进集体。", "湖北省"),  # aid to the province, one word (gold/dev hanjiang-2021: abbreviated.visited.word)
    ("places.abbreviated", "review", "有效应对春节后返京风险，完成进京人员排查。", "北京市"),  # made up (as gold/dev zhaoyang-2021's 进京应对)
    ("places.abbreviated", "review", "扎实做好“六稳”“六保”工作，对标沪苏浙、争当排头兵。", "浙江省"),  # a character and a pair (gold/dev xuancheng-2021: abbreviated.joined_tags)
    ("places.abbreviated", "plan", "主动对标沪苏浙，加快融入长三角。", "上海市"),  # made up
    ("places.abbreviated", "plan", "京港澳高速扩容工程开工，主动对标沪苏浙。", "江苏省"),  # made up: the places outside the highway's name (as gold/dev hengyang-2019)
    ("places.abbreviated", "review", "对标沪苏浙，稳妥处置京港澳高速衡阳段重大道路交通事故。", "浙江省"),  # the highway's abbreviations are none (gold/dev hengyang-2019)
    ("places.bare_region", "review", "规模工业增加值增长12.5%，高于全省、高于西部、高于全国。", "西部地区"),  # gold/dev zunyi-2020
    ("places.bare_region", "review", "总书记亲临东北考察，关于东北、辽宁振兴发展作出部署。", "东北地区"),  # no pair right after a place's name (gold/dev yueyang-2017)
    ("places.bare_region", "review", "湖南湘江新区成为中部首个国家级新区。", "中部地区"),  # a first in the region (gold/dev changsha-2017)
    ("places.bare_region", "review", "张家界成为西部首家通航旅游示范城市。", "西部地区"),  # made up
    ("places.bare_region", "review", "建设东北首家知识产权快速维权中心。", "东北地区"),  # a rank after any word (gold/dev huludao-2025)
    ("places.bare_region", "review", "全县旅游收入列全省第二、西部第五。", "西部地区"),  # made up
    ("places.bare_region", "review", "在国家级经开区综合发展考核中连续三年位居东北三省第一位。", "东北地区"),  # by the count of its provinces (gold/dev pingfang-2020)
    ("places.strategy_region", "review", "紧紧抓住国家实施西部大开发战略的历史机遇。", "西部地区"),  # gold/dev baotou-2013
    ("places.strategy_region", "plan", "推动东北全面振兴取得新突破。", "东北地区"),  # made up
    ("places.strategy_region", "review", "我县入选“西部大开发20年县域高质量发展20个典型案例”，深入实施西部大开发战略。", "西部地区"),  # the honour's region is none, the strategy's is (gold/dev yijinhuoluo-2020; round 17 rule 37.3)
    ("places.strategy_region", "review", "荣获中部崛起先进县称号，推动中部崛起。", "中部地区"),  # made up: the honour's region is none, the strategy's is
    ("places.route_stops", "plan", "继续谋划打造“九洞天—金蟾大山”旅游黄金线路。", "金蟾大山"),  # gold/dev nayong-2019
    ("places.route_stops", "plan", "打造“白马泉—老寨坪—云雾垭”旅游精品线路。", "老寨坪"),  # made up
    ("places.foreign_city", "review", "泉州晋江机场新增泰国曼谷、菲律宾达沃、柬埔寨金边等5条国际航线。", "达沃"),  # gold/dev quanzhou-2019
    ("places.foreign_city", "review", "张家界与韩国首尔、俄罗斯索契市结为友好城市。", "索契市"),  # made up
    ("places.pattern", "plan", "积极对接融入中国(湖南)自由贸易试验区建设。", "中国(湖南)自由贸易试验区"),
    ("places.pattern", "review", "积极对接中国（上海）自由贸易试验区建设。", "中国(上海)自由贸易试验区"),
    ("programmes.quoted", "review", "牢牢把握“两区互动、强工兴城”的工作重点。", "两区互动、强工兴城"),  # gold/dev jiujiang-2014
    ("programmes.quoted", "review", "推出全面优化营商环境“四十条”。", "全面优化营商环境四十条"),  # the seeds' gold label: the field before a bare count is the title
    ("programmes.quoted", "review", "开展“清风行动”。", "清风行动"),
    ("programmes.quoted", "review", "“万人助万企”活动获评全省优秀案例。", "万人助万企"),
    ("programmes.quoted", "review", "“一码通城”入选全国数字政府典型案例。", "一码通城"),
    ("programmes.quoted.code", "review", "聚焦“122”现代化产业体系。", "122现代化产业体系"),
    ("programmes.quoted.code", "review", "聚焦“4+4”现代化产业体系。", "4+4现代化产业体系"),
    ("programmes.quoted.code", "review", "围绕“1142”工作安排，加强战略谋划。", "1142工作安排"),  # gold/dev taihu-2020
    ("programmes.quoted.code", "review", "按照市委“5334”发展目标要求，攻坚破难。", "5334发展目标"),  # gold/dev beilin-2025
    ("programmes.quoted", "review", "兑现“宣十条”等人才政策资金1.5亿元。", "宣十条"),  # gold/dev xuancheng-2025
    ("programmes.quoted", "review", "全面实施“双十”工程，培育外贸龙头企业。", "双十"),  # invented: no doubled date
    ("programmes.quoted.part", "plan", "完善“个转企、小升规”支持政策。", "个转企"),
    ("programmes.quoted.part", "plan", "落实“放管服、个转企”支持政策。", "个转企"),
    ("programmes.quoted.part", "review", "深入实施“三大战略、八大行动”。", "八大行动"),  # gold/dev yudou-2023
    ("programmes.quoted.event", "review", "举办“美好生活消费季”等促消费活动300多场。", "美好生活消费季"),
    ("programmes.quoted.event", "plan", "承办“黄河金秋节”，办好各类节会。", "黄河金秋节"),
    ("programmes.quoted.work", "plan", "不断升级“一机游”“一屏管”。", "一机游"),
    ("programmes.quoted.work", "plan", "上线“潇湘旅游”小程序。", "潇湘旅游"),
    ("programmes.quoted.work", "review", "云顶滑雪公园、“三场一村”、太子城冰雪小镇等重点项目加快建设。", "三场一村"),
    ("programmes.spaced", "review", "(一) 六稳 六保 全面落实。", "六稳"),
    ("programmes.spaced", "review", "持续推进 放管服 改革。", "放管服改革"),
    ("programmes.spaced", "review", "认真落实 稳增长、促改革、调结构 各项要求。", "稳增长、促改革、调结构"),  # invented: a spaced list
    ("programmes.spaced.code", "plan", "打造园区 135 工程升级版。", "135工程"),
    ("programmes.spaced.code", "plan", "落实 1+3 政策体系。", "1+3政策"),
    ("programmes.head", "review", "出台园区抗疫惠企八条措施。", "园区抗疫惠企八条措施"),
    ("programmes.head", "review", "投融资体制和国有企业混合所有制改革稳步推进。", "投融资体制和国有企业混合所有制改革"),
    ("programmes.head", "review", "高质量发展成势见效，全面振兴新突破大连行动实现首战告捷。", "全面振兴新突破大连行动"),
    ("programmes.head", "review", "项目建设提速，新增规模以上工业企业行动成效明显。", "新增规模以上工业企业行动"),
    ("programmes.head", "review", "坚定扛起忠实践行八八战略、奋力打造重要窗口的使命担当。", "八八战略"),  # gold/dev pingyang-2021
    ("programmes.head", "review", "主动扛起忠实践行山海协作战略的使命。", "山海协作战略"),
    ("programmes.head", "review", "入列全市8个园区管理体制改革名单。", "园区管理体制改革"),
    ("programmes.head.list", "review", "开展农村乱占耕地建房、禁捕退捕等专项整治行动。", "禁捕退捕"),
    ("programmes.head.list", "review", "开展违规占用耕地、非法采砂等专项整治行动。", "非法采砂"),
    ("programmes.head.coordination", "review", "融资平台公司市场化转型和国有企业三项制度改革稳妥推进。", "融资平台公司市场化转型改革"),
    ("programmes.head.coordination", "review", "投融资体制和国有企业三项制度改革稳妥推进。", "投融资体制改革"),
    ("programmes.numbered-list", "review", "我们围绕一个率先、两个进位奋斗目标，认真践行发展新理念。", "一个率先、两个进位"),  # gold/dev zhangfeng-2018
    ("programmes.numbered-list", "review", "坚持围绕两个率先、三个提升发展目标，加快推进。", "两个率先、三个提升"),
    ("programmes.list", "review", "旅游企业发票一票制、导游归社等改革成效明显。", "导游归社改革"),
    ("programmes.list", "review", "电力体制、户籍制度等改革成效明显。", "电力体制改革"),
    ("programmes.list", "review", "三级书记遍访、千名干部下基层等专项行动扎实深入。", "千名干部下基层"),  # gold/dev taihu-2020
    ("programmes.list", "plan", "扎实推进“厕所革命”、村庄清洁等行动。", "村庄清洁"),
    ("programmes.head.list", "plan", "开展百名专家进企业、千名干部进村组等专项行动。", "百名专家进企业"),
    ("programmes.list", "review", "深入开展“利剑护蕾”、打击电信网络诈骗、禁毒、整治养老诈骗等专项行动。", "禁毒"),  # round 15 rule 27
    ("programmes.list", "plan", "开展打击非法采砂、整治违规建房等专项行动。", "打击非法采砂"),
    ("programmes.coordination", "plan", "持续推进医药卫生体制、DIP支付方式、药品耗材集中带量采购改革。", "医药卫生体制改革"),
    ("programmes.coordination", "plan", "深化财税体制、投融资体制改革。", "财税体制改革"),
    ("programmes.national", "review", "大力实施乡村振兴战略。", "乡村振兴战略"),
    ("programmes.counted", "review", "深入推进工业强市、生态立市、城乡统筹、项目带动四大战略。", "城乡统筹"),
    ("programmes.counted", "review", "全面推进工业强攻战、城市扩张战、旅游升温战“三大战役”。", "城市扩张战"),
    ("places.counted", "review", "水乡经济区、大学创新城、银瓶创新区等“三大增长极”初具雏形。", "大学创新城"),
    ("places.counted", "review", "加快培育空港经济片区、杨家界旅游区两个增长极。", "空港经济片区"),
    ("programmes.national", "review", "落实湖长制。", "湖长制"),
    ("programmes.pattern", "review", "出台支持民营经济高质量发展33条，建设企业综合服务中心。", "支持民营经济高质量发展33条"),
    ("programmes.pattern", "review", "实施提信心扩需求增动能72条，精准有力打好拼经济组合拳。", "提信心扩需求增动能72条"),
    ("programmes.pattern", "plan", "全面加强耕地保护，落实落细田长制。", "田长制"),
    ("programmes.pattern", "review", "迅速打响疫情防控的人民战争、总体战、阻击战。", "疫情防控的人民战争"),  # gold/dev zhaoyang-2021
    ("programmes.pattern", "review", "坚决打好污染防治的攻坚战。", "污染防治的攻坚战"),  # invented
    ("programmes.pattern", "plan", "全面压实河长制责任。", "河长制"),
    ("programmes.pattern", "review", "严格落实街长制。", "街长制"),
    ("programmes.pattern", "review", "出台自主创新33条，实施3635人才计划。", "3635人才计划"),  # gold/dev changsha-2017
    ("programmes.pattern", "review", "全面实施六大融湾工程，统筹做好六稳工作。", "六大融湾工程"),  # gold/dev zijin-2020
    ("programmes.pattern", "plan", "深入开展城乡八大提升行动。", "城乡八大提升行动"),  # made up
    ("programmes.head.apposition", "review", "（一）全力落实京津冀协同发展重大国家战略", "京津冀协同发展"),
    ("programmes.head.apposition", "plan", "积极融入长三角一体化发展国家战略。", "长三角一体化发展"),
    ("programmes.pattern.sibling", "review", "实行政府举债负面清单制、举债终身问责制和债务问题倒查机制。", "债务问题倒查机制"),
    ("programmes.pattern.sibling", "plan", "推行权力清单制和重大决策终身追责机制。", "重大决策终身追责机制"),
    ("programmes.pair", "plan", "常态化推进张常一体化。", "张常一体化"),
    ("programmes.pair", "plan", "加快张吉怀一体化发展。", "张吉怀一体化"),
    ("programmes.title", "review", "出台《关于支持民营经济高质量发展的若干意见》。", "关于支持民营经济高质量发展的若干意见"),
    ("programmes.title", "plan", "印发《关于加快建设全域旅游示范区的实施方案》。", "关于加快建设全域旅游示范区的实施方案"),
    ("programmes.place", "review", "生态绿色张家界建设扎实推进。", "生态绿色张家界"),
    ("programmes.place", "review", "建设健康长沙。", "健康长沙"),
    ("programmes.strength", "outlook", "建成旅游强市、生态强市、文化强市。", "生态强市"),
    ("programmes.strength", "review", "坚持质量强市、品牌强农。", "品牌强农"),
    ("programmes.strength", "review", "深入实施工业强市“6543”计划。", "工业强市"),  # gold/dev xuancheng-2025
    ("programmes.place", "review", "加快建设富强美丽平安幸福于都，统筹发展和安全。", "富强美丽平安幸福于都"),  # gold/dev yudou-2023
    ("programmes.place", "outlook", "朝着建设繁荣文明新长沙的目标迈进。", "繁荣文明新长沙"),
    # no verb of honour before the designation: the programme stays (gold/dev shangqiu-2023; the others invented)
    ("programmes.quoted", "plan", "支持永城、睢县更好发挥县域治理“三起来”示范县作用。", "三起来"),
    ("programmes.head", "review", "深入开展村庄清洁行动，争创全国先进县。", "村庄清洁行动"),
    ("programmes.national", "plan", "以黄河流域生态保护和高质量发展为牵引，推动绿色转型。", "黄河流域生态保护和高质量发展"),
    ("programmes.national", "review", "完整准确全面贯彻新时代党的治疆方略。", "治疆方略"),  # gold/dev yuli-2025
    ("programmes.national", "plan", "全面落实三高四新，奋力建设世界一流旅游目的地。", "三高四新"),  # made up: Hunan's own programme, no kind word
    ("programmes.national", "plan", "深入实施三高四新战略，推动高质量发展。", "三高四新"),
    # a kind word after the quote keeps a campaign after a verb of result (invented)
    ("programmes.quoted", "review", "取得“百日攻坚”行动全面胜利。", "百日攻坚"),
    ("programmes.quoted", "plan", "实施“三品一标”提升行动，打响三大品牌。", "三品一标"),  # invented: a count of brands elsewhere
    ("programmes.head", "plan", "推进20个乡镇农村人居环境整治提升行动。", "农村人居环境整治提升行动"),  # invented: what the count counts
    ("programmes.head", "review", "大气污染防治六大行动有序推进。", "大气污染防治六大行动"),  # gold/dev jingningshezuzizhi-2018
    ("glossary.term", "glossary", "1. 三高四新：“三高”指国家重要先进制造业高地、具有核心竞争力的科技创新高地、内陆地区改革开放高地。", "三高四新"),
    ("glossary.term", "glossary", "5. 两带一区：“两带”指沿江经济带、沿河文化带。", "两带一区"),
    ("glossary.part", "glossary", "1. 三高四新：“三高”指国家重要先进制造业高地、具有核心竞争力的科技创新高地、内陆地区改革开放高地。", "三高"),
    ("glossary.part", "glossary", "5. 两带一区：“两带”指沿江经济带、沿河文化带。", "两带"),
    ("glossary.route", "glossary", "15. 三人、岩朝等普通国省干线公路：三人指慈利三合至桑植人溪河，岩朝指慈利岩泊渡至朝阳。", "三人公路"),
    ("glossary.route", "glossary", "3. 江溪等普通国省干线公路：江溪指石门江坪至慈利溪口。", "江溪公路"),
    ("organizations.head", "review", "和湖南广播电视台等联合推介。", "湖南广播电视台"),
    ("organizations.head", "review", "与中国移动湖南分公司签订战略合作协议。", "中国移动湖南分公司"),
    ("organizations.list", "review", "湖南理意、齐汇新材料等重点企业来势良好。", "湖南理意"),
    ("organizations.list", "review", "湘潭钢铁、华菱新材料等重点企业来势良好。", "华菱新材料"),
    ("organizations.named", "review", "东方希望集团现代化生猪养殖项目加快推进。", "东方希望"),
    ("organizations.named", "review", "深化与携程、美团合作。", "美团"),
    ("organizations.local", "review", "积极参与市政协专题协商议政。", "张家界市政协"),
    ("organizations.local", "review", "市总工会、市商务局联合开展活动。", "张家界市商务局"),
    ("organizations.division", "review", "在长春市委、市政府和德惠市委的坚强领导下。", "长春市人民政府"),
    ("organizations.division", "review", "认真贯彻中共湖南省委决策部署。", "中共湖南省委"),
    ("organizations.company-in-project", "plan", "加快推进东方希望肉类加工、万众新材、久瑞生物等项目。", "万众新材"),
    ("organizations.company-in-project", "review", "加快华美新材料生产项目建设。", "华美新材料"),
    ("organizations.company-in-project", "plan", "推进东西庄科技创新集聚区和华美科技产业园建设。", "华美科技"),  # made up: 科技创新 is a field, 华美科技 a company
    ("events.head", "review", "组织举办首届张家界半程马拉松赛。", "张家界半程马拉松赛"),
    ("events.head", "review", "举办首届长沙国际马拉松赛。", "长沙国际马拉松赛"),
    ("events.head", "review", "先后组织参加中国兰州投资贸易洽谈会、首届中国国际进口博览会等展会。", "中国兰州投资贸易洽谈会"),  # a trade fair (gold/dev xinbinmanzuzizhi-2019)
    ("events.head", "review", "举办张家界旅游商品洽谈会。", "张家界旅游商品洽谈会"),  # made up
    ("events.head.shared-scope", "plan", "扎实做好湖南省第十一届、全国第十三届少数民族传统体育运动会的筹备工作。", "湖南省少数民族传统体育运动会"),
    ("events.head.shared-scope", "plan", "办好河南省第十四届、全国第十二届残疾人运动会。", "河南省残疾人运动会"),
    ("events.series", "plan", "全面贯彻党的十九大和十九届二中、三中全会精神。", "十九届二中全会"),
    ("events.series", "review", "深入学习贯彻党的二十大精神。", "党的二十大"),
    ("events.series", "review", "“7·15”疫情仅用3天社会面清零。", "7·15疫情"),  # gold/dev longquanyi-2023
    ("events.series", "review", "妥善处置了口蹄疫、1•11古城火灾等突发事件。", "1•11古城火灾"),  # gold/dev diqing-2016
    ("events.series", "review", "认真贯彻落实党的十九大、十九届历次全会和二十大精神。", "党的二十大"),  # gold/dev huainan-2023, cixi-2023
    ("events.series", "review", "深入学习贯彻习近平总书记在深入推进东北振兴座谈会上的重要讲话精神。", "深入推进东北振兴座谈会"),  # gold/dev faku-2020
    ("events.series", "review", "全面贯彻中央新疆工作座谈会精神。", "中央新疆工作座谈会"),  # gold/dev maigaiti-2021
    ("events.own-scope", "plan", "坚决落实习近平总书记关于湖南工作系列重要讲话指示精神和中央、省委经济工作会议精神。", "湖南省委经济工作会议"),
    ("events.own-scope", "plan", "全面落实省、市第十二次党代会部署要求。", "张家界市第十二次党代会"),
    ("events.own-scope", "review", "全面落实省、市党代会决策部署。", "湖南省党代会"),  # without the ordinal (gold/dev shaoxing-2018)
    ("events.own-scope", "review", "全市农村公路质量现场会在我区召开。", "张家界市农村公路质量现场会"),
    ("events.head", "plan", "巩固首届湖南旅游发展大会成果，办好我市旅游发展大会。", "张家界旅游发展大会"),
    ("events.head", "review", "成功举办本市旅游发展大会。", "张家界旅游发展大会"),
    ("events.head", "plan", "精心筹办我市第三届旅游发展大会。", "张家界旅游发展大会"),
    # the learned tagger (kg_spans): names no extractor found
    ("learned.crf", "review", "5起转移避险案例获自然资源部、应急管理局通报表扬。", "应急管理局"),
    ("learned.crf", "review", "国家级互联网骨干直联点获工信部批复。", "工信部"),  # huhehaote-2020 (dev)
    ("learned.crf", "review", "成功举办汽博会、农博会、电影节等重要展会。", "汽博会"),  # changchun-2019 (dev)
    # round 16 (i12-align16)
    ("projects.head", "plan", "抓好湖南金融中心、沩东新城等重点片区建设。", "湖南金融中心"),  # a business district is a work (gold/dev changsha-2018; round 16 rule 30)
    ("projects.head", "plan", "日月湖高端商务区重点引进知名商业品牌。", "日月湖高端商务区"),  # (gold/dev shangqiu-2023)
    ("projects.head", "plan", "推进张家界中央商务区建设。", "张家界中央商务区"),
    ("programmes.quoted", "plan", "深入开展“绿色发展”行动。", "绿色发展"),  # a quality of development with a kind after it (round 16 rule 31.3)
    ("programmes.quoted", "plan", "坚持“绿色发展、科学赶超、生态惠民”发展战略。", "绿色发展、科学赶超、生态惠民"),  # gold/dev jingningshezuzizhi-2018
    ("programmes.quoted", "review", "扎实推进“抓项目、促发展”系列专项行动。", "抓项目、促发展"),  # gold/dev quanzhou-2026
    ("programmes.quoted", "plan", "开展“进企业、进园区”系列活动。", "进企业、进园区"),  # made up
    ("places.area.coordination", "review", "玛多冬格措纳湖、达日黄河源、甘德班玛仁托、班玛玛柯河流域国家级湿地公园项目建设推进顺利。", "达日黄河源国家级湿地公园"),  # gold/dev guoluozangzu-2018 (round 16 rule 28)
    ("places.area.coordination", "plan", "推进天门、龙凤国家级森林公园建设。", "天门国家级森林公园"),
    ("places.area.head", "review", "班玛玛柯河流域国家级湿地公园项目建设推进顺利。", "班玛玛柯河流域国家级湿地公园"),  # a level inside the name (round 16 rule 28)
    ("places.area.head", "plan", "资中临空产业承载区战略规划加快编制。", "资中临空产业承载区"),  # a zone by what it carries (gold/dev neijiang-2022)
    ("places.area.head", "plan", "全面推进张家界西部新兴商贸科技区建设。", "张家界西部新兴商贸科技区"),  # made up (as gold/dev putuo-2015's 上海西部新兴商贸科技区)
    ("places.area.head", "review", "紧抓上海自贸区创新机制可复制可推广的重大机遇。", "上海自贸区"),  # a free trade zone by its short kind (gold/dev putuo-2015)
    ("places.area.head", "plan", "加强与湖南自贸区对接合作，建设自贸区长沙片区。", "自贸区长沙片区"),  # made up: the zone and a part of it named by its place
    ("places.area.head", "plan", "加快推进广州人工智能与数字经济试验区建设。", "广州人工智能与数字经济试验区"),  # two themes joined (gold/dev panyu-2025: areas.conjunction_joins_themes)
    ("places.area.head", "plan", "建设澧水流域生态保护和高质量发展先行区。", "澧水流域生态保护和高质量发展先行区"),  # made up (as gold/dev xingqing-2025)
    ("places.area.head", "review", "抢抓粤港澳大湾区建设、深圳建设中国特色社会主义先行示范区、广州实现老城市新活力。", "中国特色社会主义先行示范区"),  # the subject and its verb cut (gold/dev deqing-2020: rules.area_subject_verbs)
    ("places.area.head", "plan", "支持长沙建设湘江生态经济示范区。", "湘江生态经济示范区"),  # made up: the subject and its verb cut
    ("programmes.head", "review", "工业强县战略深入推进。", "工业强县"),  # a strength slogan without 战略 (gold/dev cangshan-2012; round 16 rule 31.1)
    ("programmes.head", "plan", "深入实施旅游立市战略。", "旅游立市"),
    ("projects.head", "plan", "打造玉龙坝镇九龙潭万亩田园综合体。", "九龙潭万亩田园综合体"),  # a town before a named work is its locator (gold/dev nayong-2019; round 16 rule 29)
    ("projects.head", "plan", "推进官渡镇石门水库建设。", "石门水库"),
    ("projects.head", "review", "三是秦岭博物馆主体基本完工，成为中心城区“新地标”。", "秦岭博物馆"),  # an enumerator opens the clause (gold/dev shangluo-2024)
    ("projects.head", "review", "二是龙门大桥建成通车。", "龙门大桥"),
    ("projects.head", "review", "嘎查村集体经济不断壮大，建成 6.6兆瓦分布式光伏项目。", "6.6兆瓦分布式光伏项目"),  # a decimal point ends no phrase (gold/dev wulateqianqi-2020)
    ("projects.head", "review", "龙泉2.5万吨冷链物流中心建成投用。", "龙泉2.5万吨冷链物流中心"),
    ("projects.head", "review", "产业发展再创佳绩，县高新区在全省园区综合评价考核中排名第2位。", "县高新区"),  # the level alone before a zone (gold/dev longhui-2020)
    ("projects.head", "review", "今年，区图书馆建成开放。", "区图书馆"),
    ("projects.head", "review", "新建村组公路100公里，龙门大桥建成通车。", "龙门大桥"),  # a length after a kind: an amount (gold/dev xingwen-2019)
    ("projects.head", "review", "新修园区道路40多公里，建成龙门大桥。", "龙门大桥"),  # (gold/dev yangling-2010)
    ("projects.head", "review", "建成了全市首个龙门大桥。", "龙门大桥"),  # the first of a city ranks the work (made up; gold/dev panyu-2023 广州首个…)
    ("projects.head", "review", "岳阳第一座龙门大桥建成通车。", "龙门大桥"),
    ("projects.head", "review", "穗港澳国际健康产业城纳入市第一批穗港、穗澳合作事项清单。", "穗港澳国际健康产业城"),  # a city of industries (gold/dev panyu-2020)
    ("projects.head", "plan", "推进紫光芯云产业城建设。", "紫光芯云产业城"),
    ("projects.head", "review", "在广州南站地区建设广深港澳合作平台。", "广深港澳合作平台"),  # an area before a governing verb (gold/dev panyu-2020)
    ("projects.head", "plan", "在滨江地区建设龙泉会展中心。", "龙泉会展中心"),
    ("projects.head", "review", "广州南站地下空间基本完工。", "广州南站"),  # a station before its area or underground (gold/dev panyu-2023)
    ("projects.head", "plan", "推进长沙西站地区综合开发。", "长沙西站"),
    ("projects.head", "review", "紧紧抓住项目建设这个“牛鼻子”，龙门大桥建成通车。", "龙门大桥"),  # a glued predicate before 项目 names nothing (gold/dev liaoyang-2020)
    ("projects.head", "plan", "精心策划项目，推进益海嘉里项目建设。", "益海嘉里项目"),
    ("projects.head", "review", "对部分道路实施了树木迁移，龙门大桥建成通车。", "龙门大桥"),  # a portion of a kind names nothing (gold/dev haizhu-2022)
    ("projects.head", "review", "建成超70公里生态碧道和龙泉碧道。", "龙泉碧道"),
    ("projects.head", "plan", "高质量完成东西庄科技创新集聚区城市设计国际竞赛。", "东西庄科技创新集聚区"),  # a cluster after a proper word (gold/dev panyu-2025)
    ("projects.head", "plan", "建成龙泉商贸集聚区。", "龙泉商贸集聚区"),  # made up
    ("projects.head", "review", "建成云计算软件评测与云安全联合实验室、物联网创新与体验中心。", "物联网创新与体验中心"),  # an experience centre (gold/dev yangpu-2014)
    ("projects.head", "review", "新建月星家居适老生活体验中心。", "月星家居适老生活体验中心"),  # gold/dev xingqing-2025
    ("projects.head", "review", "武宿机场三期改扩建、青银二广高速联络线等一批重大基础设施项目加快推进。", "青银二广高速联络线"),  # a line of a road after its head (gold/dev jinzhong-2025)
    ("projects.head", "review", "完成延边医院隔离病区改造。", "延边医院隔离病区"),  # a ward of a hospital (gold/dev yanbianchaoxianzu-2021)
    ("projects.head", "review", "开通了龙泉城际列车。", "龙泉城际列车"),  # made up: a train service (gold/dev shangluo-2024 西商城际列车)
    ("projects.head", "review", "长隆万博商务区获评国家级“2024年最具消费潜力商务区”。", "长隆万博商务区"),  # the quoted title won is no work (gold/dev panyu-2025)
    ("projects.head", "review", "龙泉软件园获认定为“第四批湖南省软件园”。", "龙泉软件园"),  # made up
    ("projects.head", "plan", "推动铸造、石材、水暖等行业集中集约发展，开工建设南安高端铸造园。", "南安高端铸造园"),  # a park by what it makes (gold/dev quanzhou-2020)
    ("projects.head", "plan", "建成龙泉中小企业孵化园。", "龙泉中小企业孵化园"),  # made up
    ("projects.head", "review", "纺织服装上榜中国百强产业集群，龙门大桥建成通车。", "龙门大桥"),  # a clause of being listed names nothing (gold/dev binzhou-2024)
    ("projects.head", "review", "龙泉科技园落户龙门新区，龙门大桥建成通车。", "龙门大桥"),  # made up: a clause of settling
    ("projects.head", "review", "争当守好密云水库、打好生态牌、走好高质量发展之路的“三好生”。", "密云水库"),  # a verb and its result (守好) are the predicate (gold/dev miyun-2024)
    ("projects.head", "plan", "讲好龙门大桥故事，走好龙泉水库建设之路。", "龙泉水库"),  # made up: 走/好
    ("projects.head", "review", "国际中转集拼从洋山保税港区拓展到外高桥保税物流园区。", "洋山保税港区"),  # a customs zone, 从 split off the name (gold/dev pudongxin-2014)
    ("projects.head", "plan", "推进慈利保税物流园区建设。", "慈利保税物流园区"),  # made up
    ("projects.head", "review", "低空经济应用示范岛落户广州大学城。", "广州大学城"),  # 落户 ends the phrase (gold/dev panyu-2025)
    ("projects.head", "plan", "智能制造研究院落户张家界高新区。", "张家界高新区"),  # made up
    ("projects.head", "review", "新引进世界500强投资项目和研发机构12个，龙门大桥建成通车。", "龙门大桥"),  # a rank before a kind names nothing (gold/dev jianghan-2018)
    ("projects.head", "plan", "建设千万千瓦级风电基地和龙泉风电场。", "龙泉风电场"),  # made up: a grade of size
    ("projects.head", "review", "稳妥处置京港澳高速衡阳段“6·29”重大道路交通事故。", "京港澳高速"),  # a verb before a place is the predicate (gold/dev hengyang-2019)
    ("projects.head", "plan", "全力保障张家界荷花国际机场改扩建。", "张家界荷花国际机场"),  # made up
    ("projects.head", "review", "淮南市政务服务中心建成启用。", "淮南市政务服务中心"),  # a government affairs centre (gold/dev huainan-2026's city)
    ("projects.head", "review", "张家界市政务服务中心建成启用。", "张家界市政务服务中心"),  # made up
    ("projects.head", "review", "犍为文庙文旅融合提升项目、罗城古镇建成开放。", "犍为文庙文旅融合提升项目"),  # an upgrading named by its place is a work (gold/dev qianwei-2022)
    ("projects.head", "plan", "实施商贸业品牌提升工程，推进龙泉古镇提升项目。", "龙泉古镇提升项目"),  # made up: the first is a campaign
    ("projects.head", "review", "文旅康养产业集群融合发展，龙门大桥建成通车。", "龙门大桥"),  # a cluster of a trade alone is a kind (gold/dev huludao-2025)
    ("projects.head", "plan", "船舶机械产业集群增产提质，张家界电子产业集群加快建设。", "张家界电子产业集群"),  # made up: the first is a kind
    ("projects.head", "review", "现代农业基地建设加快推进，董浜万亩蔬菜基地节水灌溉远程监控系统正式投用。", "董浜万亩蔬菜基地"),  # 现代农业 is a compound of common words, a kind (gold/dev changshu-2011)
    ("projects.head", "plan", "推动精细化工产业集群壮大，建成慈利精细化工产业园。", "慈利精细化工产业园"),  # made up
    ("projects.head", "review", "昌景黄高铁如期通车，结束了鄱阳、余干人口大县不通高铁的历史。", "昌景黄高铁"),  # a negated verb makes a clause (gold/dev shangrao-2024)
    ("projects.head", "review", "张吉怀高铁建成通车，结束了桑植县不通铁路的历史。", "张吉怀高铁"),  # made up
    ("projects.head", "review", "谋划实施“新农人”回村工程，桑植县人民医院新院建成。", "桑植县人民医院新院"),  # a quoted slogan's tail is no work (after gold/dev shouning-2024)
    ("projects.head", "plan", "实施“新农人”回村工程，建成慈利县中医院。", "慈利县中医院"),  # made up
    # heads18: kinds of works the head tables lacked, from an inventory of dev's and the seeds' Project labels
    ("projects.head", "review", "城西、城东港区疏港通道建成通车。", "城东港区疏港通道"),  # a crossing (gold/dev jiujiang-2014, in simplified script)
    ("projects.head", "plan", "加快慈利过江通道建设。", "慈利过江通道"),  # made up
    ("projects.head", "review", "榆树园区新建污水处理厂。", "榆树园区"),  # a park named by a proper word (after gold/dev xinbinmanzuzizhi-2024)
    ("projects.head", "review", "慈利园区建成投用。", "慈利园区"),  # made up
    ("projects.head", "review", "徐大堡核电、兴城抽水蓄能电站顺利实施。", "徐大堡核电"),  # a nuclear plant (gold/dev huludao-2025)
    ("projects.head", "plan", "推进永定燃气管网建设。", "永定燃气管网"),  # made up
    ("projects.head", "review", "万达广场、华谊兄弟星剧场开门迎客。", "华谊兄弟星剧场"),  # a theatre for visitors (gold/dev jinchengchengqu-2023)
    ("projects.head", "review", "天门山皇家度假村建成开业。", "天门山皇家度假村"),  # made up
    ("projects.head", "review", "北赵店片区改造纳入省级城市更新试点项目。", "北赵店片区改造"),  # an area's renewal (gold/dev huainan-2023)
    ("projects.head", "review", "大庸桥片区改造全面完成。", "大庸桥片区改造"),  # made up
    ("projects.head", "review", "实现北环环隧通车。", "北环环隧"),  # a ring road's tunnel (gold/dev tongzhou-2020)
    ("projects.head", "review", "G353东绕城线建成通车。", "G353东绕城线"),  # made up
    ("projects.head", "review", "东坑、龙溪健康驿站建成并投入使用。", "龙溪健康驿站"),  # a service station (gold/dev shanweichengqu-2023)
    ("projects.head", "review", "武陵源健康驿站建成。", "武陵源健康驿站"),  # made up
    ("programmes.head", "review", "实施完成投资5230万元的退耕还林、退牧还草专项工程。", "退牧还草"),  # a policy before 专项工程 (gold/dev guoluozangzu-2018; round 16 rule 31.2)
    ("programmes.head", "plan", "实施天然林保护专项工程。", "天然林保护"),
    ("programmes.coordination", "review", "实施完成投资5230万元的退耕还林、退牧还草专项工程。", "退耕还林"),
    ("programmes.head", "review", "事业单位和国有企业公务用车改革有序推进。", "公务用车改革"),  # the bodies it covers are a reform's scope (gold/dev xinbinmanzuzizhi-2019; round 16 rule 31.5)
    ("programmes.head", "review", "党政机关及事业单位公务用车改革全面完成。", "公务用车改革"),
    ("programmes.place", "review", "交出了一份厚重答卷，品质滨州建设迈出坚实步伐。", "品质滨州"),  # a quality not listed before (gold/dev binzhou-2024)
    ("programmes.place", "plan", "加快建设生态常德，打造宜人长沙。", "宜人长沙"),  # made up
    ("programmes.place", "review", "健康咸丰“323+”攻坚行动加快推进。", "健康咸丰"),  # before the quoted code of its campaign (gold/dev xianfeng-2023)
    ("programmes.place", "review", "全面建设社会主义现代化美丽新张家界的奋斗目标。", "美丽新张家界"),  # a quality after 现代化 (as gold/dev zhongwei-2023)
    ("programmes.place", "plan", "建设更为和谐现代化新张家界。", "新张家界"),  # made up (as gold/dev shizhong-2016)
    ("programmes.head", "review", "面对打好开发开放攻坚战的历史使命，区政府负重前行。", "开发开放攻坚战"),  # a field of verbs before a war metaphor (gold/dev binhaixin-2014)
    ("programmes.head", "plan", "启动治水大会战，迅速打响防汛保卫战。", "防汛保卫战"),  # made up: 打响 governs the name
    ("programmes.pattern", "review", "经济运行稳中向好。出台实施稳经济47条、助企纾困22条等措施。", "稳经济47条"),  # issuing verbs in a row (gold/dev jiaocheng-2023)
    ("programmes.pattern", "plan", "坚决贯彻上级要求，出台超常规举措32条、支持中小企业共渡难关12条等措施。", "超常规举措32条"),  # gold/dev changjiang-2021
    ("programmes.pattern", "plan", "制定出台稳就业15条。", "稳就业15条"),  # made up
    ("programmes.national", "review", "扎实开展党的群众路线教育实践活动，牢牢把握改革创新、稳中求进的总基调。", "党的群众路线教育实践活动"),  # gold/dev putuo-2015
    ("programmes.national", "plan", "深化东西部扶贫协作，推动四化同步发展。", "四化同步"),  # made up
    ("programmes.quoted", "plan", "深入开展“双提升”行动，实现投资总量“双破百”。", "双提升"),  # made up: a kind keeps a double result's words
    ("programmes.quoted", "review", "实施“双促双旺”促消费行动，外资突破50亿美元。", "双促双旺"),  # gold/dev ningbo-2024
    ("programmes.pattern", "review", "全面贯彻生态涵养区生态保护和绿色发展实施意见，建立健全生态环境保护制度。", "生态涵养区生态保护和绿色发展实施意见"),  # gold/dev mentougou-2020
    ("programmes.pattern", "plan", "制定促进民营经济发展壮大的实施意见，落实国务院62号文件。", "国务院62号文件"),  # made up
    ("programmes.quoted", "review", "“四核四区”城市格局初步形成，县城建成区面积达18平方公里。", "四核四区"),  # gold/dev lu-2018
    ("programmes.quoted", "plan", "紧紧围绕“一核两翼”城市功能定位。", "一核两翼"),  # made up
    ("programmes.quoted.code", "review", "2019年我们强力推进“3454”巩固提升防返贫，系统推进各级反馈问题整改。", "3454"),  # gold/dev long-2020
    ("programmes.quoted.code", "plan", "聚焦“1355”，全力拼经济。", "1355"),  # made up: no kind after the code
    ("programmes.national", "plan", "深入实施易地扶贫搬迁工程，完成搬迁2000户。", "易地扶贫搬迁"),  # made up: a count after another word
    ("programmes.national", "review", "完成易地扶贫搬迁后续扶持任务，改造农村危房9767户。", "易地扶贫搬迁"),  # after gold/dev linxia-2022
    ("programmes.national", "review", "入选国家级示范区、深入开展厕所革命。", "厕所革命"),  # made up: a list of honours, then what the city does
    ("programmes.national", "review", "抢抓中央新一轮振兴东北老工业基地战略机遇,迎难而上。", "振兴东北老工业基地"),  # the strategy's older name, no work by 基地 (gold/dev panjin-2018)
    ("programmes.national", "plan", "深入实施振兴东北老工业基地战略。", "振兴东北老工业基地"),  # made up
    ("programmes.quoted", "review", "荣获全国民族团结进步示范县，深入开展“三无”创建活动。", "三无"),  # after gold/dev shuangbai-2020: the honour's clause ends
    ("programmes.quoted", "review", "坚持“打基础、利长远、高质量、重造福”发展思路，精准落实各项政策措施。", "打基础、利长远、高质量、重造福"),  # gold/dev xianghuangqi-2021
    ("programmes.quoted", "plan", "坚持“强产业、优环境、惠民生”工作思路。", "强产业、优环境、惠民生"),  # made up
    ("programmes.quoted", "review", "大力实施“五八”强首府战略,聚力“九九攻坚突破”。", "五八强首府"),  # a code and a strength slogan (gold/dev yinchuan-2025)
    ("programmes.quoted", "plan", "深入实施“三六”强县战略。", "三六强县"),  # made up
    ("programmes.pattern", "plan", "突出城市和产业集中高质量发展，大力实施强县工程，抓实四大举措。", "强县工程"),  # gold/dev enshitujiazumiaozu-2024
    ("programmes.pattern", "plan", "全面实施产业强市工程。", "产业强市工程"),  # made up
    ("programmes.head", "review", "一年来，我们迎来了中央扶贫领域专项巡视、省委第三轮巡视、省委选人用人专项巡视检查。", "省委第三轮巡视"),  # gold/dev zhouqu-2019
    ("programmes.head", "review", "省委生态环境保护专项巡视反馈问题全部整改到位。", "省委生态环境保护专项巡视"),  # made up
    ("programmes.head", "review", "中央脱贫攻坚专项巡视反馈问题整改、三级书记遍访扎实推进。", "中央脱贫攻坚专项巡视"),  # the rectification is the inspection (gold/dev taihu-2020)
    ("programmes.head", "plan", "坚持把省委第二轮巡视反馈问题整改作为重大政治任务。", "省委第二轮巡视"),  # made up
    ("programmes.coordination", "review", "坚持工业倍增、农业转型、城乡同治、民生共享战略，保持定力。", "农业转型战略"),  # gold/dev jianli-2018
    ("programmes.coordination", "plan", "坚持城乡同治、文旅融合、民生共享战略。", "文旅融合战略"),  # made up
    ("programmes.head", "plan", "以融湾强链行动为抓手，加快发展。", "融湾强链行动"),  # made up: 以 glued to the name by the segmenter
    ("programmes.head", "plan", "以融湾发展战略为引领，推进各项工作。", "融湾发展战略"),  # made up
    ("programmes.quoted", "review", "以“五大发展理念”为统领，以“四个着力”为主线，积极应对严峻复杂的国内外经济形势。", "四个着力"),  # gold/dev yingkou-2017
    ("programmes.quoted", "plan", "以“三城同创”为主攻方向，全面提升城市品质。", "三城同创"),  # made up
    ("programmes.head.list", "review", "以重点区块开发、产业平台建设、美丽拱墅、大运河文化带建设、招商引智、基层治理能力提升等“六大专项行动”为主抓手，推进各项工作有效落实。", "招商引智"),  # gold/dev gongshu-2019
    ("programmes.quoted", "review", "以处理好“十三对关系”为根本方法，突出“三个重点”、办好“四件大事”。", "十三对关系"),  # gold/dev shannan-2019
    ("programmes.quoted", "plan", "全力建设“四个重要窗口”。", "四个重要窗口"),  # made up
    ("programmes.quoted", "plan", "构建“全民参与、全域推进”工作格局，不再是良好态势的描述。", "全民参与、全域推进"),  # made up: a layout of work, no trend
    ("programmes.pair", "review", "推动常德张家界同城化发展。", "常德张家界同城化"),  # made up after gold/dev changchun-2020 (长春公主岭同城化)
    ("programmes.pair", "plan", "推进张家界常德同城化。", "张家界常德同城化"),  # made up
    ("programmes.national", "review", "推动京津冀协同发展，抢抓粤港澳大湾区建设机遇。", "京津冀协同发展"),  # made up: the region's building beside it is no programme
    ("programmes.national", "plan", "深度融入长三角一体化发展。", "长三角一体化发展"),  # made up
    ("programmes.quoted", "plan", "深入实施“走出去”战略，开展“走出去”招商。", "走出去"),  # made up: the kind names the strategy, the bare movement is none
    ("programmes.pattern", "review", "用好用活苏区振兴、对口支援、定点帮扶和31个省直单位支持政策。", "苏区振兴"),  # gold/dev yudou-2023
    ("programmes.pattern", "plan", "紧盯张家界革命老区振兴等政策机遇。", "张家界革命老区振兴"),  # made up
    ("programmes.pattern", "review", "制定出台8条稳增长政策措施，争取超长期特别国债。", "8条稳增长政策措施"),  # gold/dev baishalizuzizhi-2025
    ("programmes.pattern", "plan", "出台10条促消费政策。", "10条促消费政策"),  # made up
    ("programmes.quoted", "review", "出台集聚人才“20条新政”，启动招才引智工程。", "20条新政"),  # gold/dev changchun-2018
    ("programmes.quoted", "plan", "落实省里“15条措施”。", "15条措施"),  # made up
    ("programmes.head", "review", "坚定不移做强工业，制定13条重点产业链提升三年行动计划。", "重点产业链提升三年行动计划"),  # gold/dev baoji-2023
    ("programmes.head", "plan", "实施重点产业园区提升三年行动计划。", "重点产业园区提升三年行动计划"),  # made up
    ("programmes.national", "review", "坚持人民至上生命至上，认真贯彻上级各项决策部署。", "人民至上生命至上"),  # gold/dev hanjiang-2021
    ("programmes.national", "plan", "坚持不敢腐不能腐不想腐一体推进。", "不敢腐不能腐不想腐"),  # made up
    ("programmes.national", "review", "坚决落实疫情要防住、经济要稳住、发展要安全的重要要求。", "疫情要防住、经济要稳住、发展要安全"),  # gold/dev yihuang-2023
    ("programmes.strength", "review", "深入实施“生态立县、绿色崛起”战略，统筹推进稳增长。", "生态立县"),  # gold/dev shuangbai-2020
    ("programmes.strength", "plan", "坚持“工业强市、开放带动”战略。", "工业强市"),  # made up
    ("programmes.head", "review", "扎实开展清理拖欠企业账款专项行动，无分歧欠款清偿比例达到100%。", "清理拖欠企业账款专项行动"),  # gold/dev shuozhou-2024
    ("programmes.head", "review", "打好投资消费增长攻坚战的条件得天独厚。", "投资消费增长攻坚战"),  # gold/dev xingqing-2025
    ("programmes.head", "plan", "深入开展清理拖欠农民工工资专项行动。", "清理拖欠农民工工资专项行动"),  # made up
    ("programmes.pattern", "review", "出台应对疫情支持中小企业发展九条措施和促进经济恢复性增长若干措施。", "应对疫情支持中小企业发展九条措施"),  # gold/dev ningshan-2021
    ("programmes.pattern", "plan", "推出支持文旅消费十项举措，激发市场活力。", "支持文旅消费十项举措"),  # made up
    ("programmes.quoted", "review", "落实经济稳健发展“16条”和接续政策“30条”。", "接续政策30条"),  # gold/dev qianjiang-2024
    ("programmes.quoted", "plan", "出台稳就业“12条”，兑现补贴资金。", "稳就业12条"),  # made up
    ("programmes.place", "review", "加快绿色发展推动高质量发展落实赶超，富美新南平建设迈出了新步伐。", "富美新南平"),  # gold/dev nanping-2020
    ("programmes.place", "plan", "奋力谱写富裕美丽张家界新篇章，推进富裕张家界建设。", "富裕张家界"),  # made up
    ("programmes.coordination", "review", "蓝天、碧水、净土三大保卫战扎实推进，大气环境质量连续五年排名全省前列。", "净土保卫战"),  # gold/dev yichunhlj-2022
    ("programmes.coordination", "plan", "深入开展治水、治气、治土“三大行动”。", "治土行动"),  # made up
    ("programmes.head", "review", "也是惠州市重点项目推进年、民生实事建设年、转型升级提速年。", "转型升级提速年"),  # gold/dev huizhou-2013 (in traditional script there)
    ("programmes.head", "plan", "今年是张家界市营商环境提质年。", "营商环境提质年"),  # made up
    ("programmes.head", "plan", "推进我市公共资源交易平台整合改革，我市改革发展取得新成效。", "公共资源交易平台整合改革"),  # made up: 我市改革 alone names none
    ("programmes.spaced", "review", "坚持 六稳 六保 工作，悬挂的“牢记嘱托 勇担使命 砥砺奋进”标语格外醒目。", "六稳"),  # made up: the banner's words are none
    ("programmes.spaced", "review", "张家界新闻网讯 通讯员李明 王强 记者张华报道 全市上下坚持 六稳 六保 工作。", "六保"),  # made up: the byline's names are none
    ("programmes.quoted", "review", "荣获全国文明城市、全国“双拥”模范城，深入开展“三送三解三优”行动。", "三送三解三优"),  # made up: 双拥 in the list of honours is none
    ("programmes.quoted", "plan", "成功创建“全国双拥模范城”，深入开展“三送三解三优”行动。", "三送三解三优"),  # made up: the designation created is none
    ("programmes.quoted", "plan", "培育“3+2”特色产业，构建“1+3+N”工作格局。", "1+3+N"),  # made up: the industries' formula is none
    ("programmes.pattern", "review", "全力办好两件大事，圆满完成全年目标任务。", "两件大事"),  # gold/dev keerqinyouyiqianqi-2024
    ("programmes.pattern", "plan", "奋力办好三件大事。", "三件大事"),  # made up
    ("programmes.head", "plan", "持续推进深化武陵源核心景区管理体制改革创新，提升景区运营效益。", "武陵源核心景区管理体制改革"),  # seeds 2024: a system's reform before 创新
    ("programmes.head", "plan", "推进投融资体制改革创新，拓宽融资渠道。", "投融资体制改革"),  # made up
    ("programmes.quoted", "review", "深化“3+10”与“7+7”产业布局，6个国家级海洋牧场建成。", "3+10"),  # gold/dev huludao-2025: a layout after the industries keeps the formula
    ("programmes.quoted", "plan", "加快形成“2+2+N”产业发展格局。", "2+2+N"),  # made up
    ("programmes.quoted", "review", "面对各种风险挑战和繁重的发展任务，市政府紧紧围绕“四城”建设目标，坚持稳中求进。", "四城"),  # gold/dev baoji-2019: a challenge before the quote, not after it
    ("programmes.quoted", "plan", "面对“三期叠加”的严峻考验，全面实施“强基固本”行动。", "强基固本"),  # made up
    ("programmes.quoted", "review", "经济建设实现“总体粗放”到“集约集聚”的稳步过渡。坚定不移走“生态优先、绿色发展”之路。", "生态优先、绿色发展"),  # gold/dev zhenglanqi-2022: a change's states before, a slogan after
    ("programmes.quoted", "plan", "推动工作重心从“重管理”转向“重服务”，深入开展“万企兴万村”行动。", "万企兴万村"),  # made up
    ("programmes.national", "plan", "全力推进乡村振兴，争创全省农业农村工作先进县。", "乡村振兴"),  # made up: a designation in the next clause
    ("programmes.national", "review", "坚持以精准扶贫统揽经济社会发展全局，荣获全省先进单位。", "精准扶贫"),  # made up
    ("programmes.national", "plan", "推动乡村振兴、文化旅游等产业融合发展。", "乡村振兴"),  # made up: the integration of industries, no list of sectors
    ("programmes.national", "review", "坚持稳中求进工作总基调，推进乡村振兴、新型城镇化等重点工作。", "新型城镇化"),  # made up
    ("programmes.quoted", "plan", "开展“一对一”帮扶行动，解决企业难题。", "一对一"),  # made up: a kind after the manner keeps it
    ("programmes.quoted", "review", "新时代“两个健康”先行区创出温州样本。", "两个健康"),  # gold/dev wenzhou-2021: not before 先行区
    ("programmes.quoted", "plan", "深化“两山”转化行动，建设实践创新基地。", "两山"),  # made up: the base in another clause
    ("programmes.quoted", "review", "坚持不懈贯彻“三市”战略，坚定不移走好高质量发展之路。", "三市"),  # gold/dev yancheng-2020: no prefecture or county in the count
    ("programmes.quoted", "plan", "深入实施“一州两县”战略，推动协同发展。", "一州两县"),  # made up: a kind right after keeps it
    ("programmes.quoted", "review", "新认证“三品一标”82个。3家合作社入选中国合作社500强。", "三品一标"),  # gold/dev shiyan-2024: a count alone after the quote
    ("programmes.quoted", "plan", "深入推进“三品一标”提升行动，新增认证产品20个。", "三品一标"),  # made up
    ("programmes.quoted", "review", "率先实施入境人员“点对点”“线接线”全流程闭环转运，组织企业转产扩能，实施“百日攻坚”行动。", "百日攻坚"),  # gold/dev yanbianchaoxianzu-2021, made up after the comma
]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return "".join(_squeezed(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt")))


def _from_seeds(sentence: str, seed_text: str) -> bool:
    return _squeezed(sentence).rstrip("。；，") in seed_text


@pytest.mark.parametrize("rule, section, sentence, label", EXAMPLES, ids=[f"{e[0]}-{e[3]}" for e in EXAMPLES])
def test_the_rule_finds_the_name(request, rule, section, sentence, label):
    # the learned tagger's rule is tested with the tagger on (pipeline.toml ships it off)
    extract = request.getfixturevalue("extract_learned" if rule.startswith("learned.") else "extract")
    found = [(c.label, c.rule) for c in extract(sentence, section).mentions]
    assert (label, rule) in found


def test_every_rule_has_two_sentences_one_not_from_the_seeds(seed_text):
    examples = defaultdict(list)
    for rule, _, sentence, _ in EXAMPLES:
        examples[rule].append(sentence)
    rules = load_rules()
    assert set(examples) <= set(rules), "examples of rules that are not in patterns/rules.toml"
    for name in rules:
        assert len(examples[name]) >= 2, name
        assert any(not _from_seeds(s, seed_text) for s in examples[name]), f"{name}: every sentence is from the seeds"


def test_the_seed_check_sees_seed_sentences(seed_text):
    assert _from_seeds("桑龙、炉慈、张官高速开工建设。", seed_text)
    assert not _from_seeds("长益、长浏高速建成通车。", seed_text)


def test_every_rule_reads_data_that_exists():
    assert {name: missing_data(rule) for name, rule in load_rules().items() if missing_data(rule)} == {}


@pytest.mark.e2e
def test_every_rule_the_seed_build_gives_is_catalogued(built):
    with open(built.out / "mentions.csv", encoding="utf-8") as stream:
        given = {row["rule"] for row in csv.DictReader(stream)}
    assert given - set(load_rules()) == set()
