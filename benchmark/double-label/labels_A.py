# dblA: independent labels, written before looking at old labels or parser output.
# name -> list of (metric, value, quote[, approx])
L = {}
L["V__jiangsu-changzhou-zhonglou-nandajie-2024"] = [
    ("proactive_items_total", 1002, "发布各类信息数1002条"),
    ("requests_received", 0, "本年度街道收到依申请公开申请0件"),
    ("requests_completed", 0, "办结公开申请0件"),
    ("admin_reconsideration", 0, "本年度因政府信息公开申请行政复议0件"),
    ("admin_litigation", 0, "提起行政诉讼0件"),
]
L["Y__hunan-yiyang-anhua-minzhengju-2018"] = [
    ("proactive_items_total", 200, "主动公开政府信息200多条", True),
    ("policy_documents", 5, "法规文件类5条"),
    ("requests_received", 0, "依社会公众申请公开政府信息0件"),
]
L["U__neimenggu-bayannaoer-wulatezhongqi-bayinwulan-2021"] = []
L["Y__shaanxi-baoji-linyou-zirangziyuanju-2023"] = [
    ("proposals_answered", 7, "答复办理提案议案共7件"),
    ("requests_received", 1, "2023年度收到依申请公开事项1件"),
]
L["W__hainan-qionghai-2011"] = []
L["U__ningxia-yinchuan-jingkaiqu-2021"] = [
    ("proactive_items_total", 1528, "全年共发布17类文件共1528条"),
    ("interpretations", 3, "政策解读3条"),
    ("new_media_posts", 129, "官方微博信息发布129条"),
    ("new_media_posts", 1208, "官方微信公众号发布信息1208条"),
]
L["W__hunan-2015-spam"] = [
    ("proactive_items_total", 2000000, "全省政府门户网站公开政府信息超过200万条", True),
]
L["V__fujian-quanzhou-anxi-2012"] = []
L["X__sichuan-ziyang-anyue-dapingzhen-2021"] = [
    ("proactive_items_total", 127, "2021累计主动公开政府信息127条"),
    ("requests_received", 0, "2021年,未收到依申请公开"),
]
L["V__jiangxi-2008-trad-pinyin"] = []
L["W__guangxi-guigang-2021"] = [
    ("proactive_items_total", 102000, "各类政府信息10.2万条"),
    ("interpretations", 369, "高质量解读政策文件369个"),
]
L["X__yunnan-kunming-2023"] = [
    ("proactive_items_total", 629600, "全市主动公开政府信息62.96万条"),
    ("interpretations", 904, "全年共制发解读材料904条"),
]
L["W__guangdong-guangzhou-liwan-nanyuan-2020"] = [
    ("press_conferences", 0, "举办新闻发布会0次"),
    ("interpretations", 0, "发布政策解读稿0篇"),
    ("normative_docs_made", 0, "规范性文件\n\n0"),
]
L["X__shanghai-bgt-2020-trad"] = [
    ("policy_documents", 43, "行政規範性檔案43件"),
    ("policy_documents", 93, "市政府其他檔案93件"),
]
L["V__shandong-liaocheng-donge-2023"] = [
    ("proactive_items_total", 14000, "主动公开各类政府信息14000余条", True),
    ("interpretations", 115, "累计发布政策解读115条"),
]
L["V__fujian-putian-hanjiang-jiangkouzhen-2021"] = [
    ("proactive_items_total", 27, "2021年我镇主动公开政府信息27条"),
    ("policy_documents", 5, "政策、规范性文件类信息5条"),
]
L["X__guizhou-2018"] = []
L["U__gansu-baiyin-baiyin-2010"] = [
    ("proactive_items_total", 249, "2010年主动公开政府信息249条"),
]
L["Y__zhejiang-jinhua-dongyang-zirangziyuanju-2023"] = [
    (
        "proactive_items_total",
        5000,
        "发布不动产登记、规划公示、批后公布、矿产资源交易等各类信息近5000条",
        True,
    ),
    ("requests_received", 176, "收到依申请公开件176件"),
    ("requests_completed", 177, "办结依申请公开件177件(含2022年结转的3件)"),
    ("admin_litigation", 0, "未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况"),
]
L["Y__chongqing-yongchuan-shichangjianguanju-2022"] = [
    ("proactive_items_total", 21218, "通过不同渠道公开了21218条政府信息"),
]
L["U__jilin-jilin-changyi-liangjiazi-2020"] = []
L["X__guangdong-guangzhou-liwan-2016-trad-pinyin"] = []
L["W__guangxi-guilin-2009-trad"] = []
L["W__guangdong-zhanjiang-suixi-beipo-2022-trad"] = [
    ("proactive_items_total", 73, "2022年我鎮政府網站全年共更新政務動態信息73條"),
    ("new_media_posts", 132, "微信公眾號發布信息132條"),
    ("normative_docs_made", 0, "行政規范性文件 | 0 | 0 | 0 |"),
]
L["U__xinjiang-kezhou-wuqia-bgs-2022"] = [
    ("proactive_items_total", 2959, "通过政府网站主动公开信息2959条"),
    ("interpretations", 23, "转载发布政策解读信息23条"),
]
L["U__hebei-2020"] = []
L["W__henan-kaifeng-lankao-2012-spam"] = []
L["U__beijing-cbd-2017-spam"] = [
    ("proactive_items_total", 227, "主动公开信息227条"),
    ("requests_received", 0, "受理依申请0件"),
    ("admin_reconsideration", 0, "未发生因政府信息公开引起的行政复议和诉讼案件"),
    ("admin_litigation", 0, "未发生因政府信息公开引起的行政复议和诉讼案件"),
]
L["V__anhui-tongling-yian-bgs-2020"] = [
    ("proactive_items_total", 4656, "区政府办累计发布各类政府信息4656条"),
]
L["W__henan-zhengzhou-gaoxinqu-shuangqiao-2021"] = [
    ("requests_received", 0, "我单位共收到0件依申请公开政府信息申请"),
]
L["V__fujian-fuzhou-minqing-2009"] = []
L["Y__shaanxi-weinan-tongguan-zhujianju-2019"] = [
    ("new_media_posts", 120, "全年共发布工作信息120余篇", True),
    ("normative_docs_made", 0, "规范性文件 |\n0 |"),
]
L["W__guangdong-guangzhou-liwan-chongkou-2021-spam"] = [
    ("proactive_items_total", 422, "发布各类政务信息422条"),
    ("requests_received", 1, "收到政府信息公开申请1条"),
]
L["X__sichuan-meishan-dongpo-chonglizhen-2020"] = [
    ("proactive_items_total", 36, "我镇积极公开政府信息36条"),
]
L["W__hubei-xianning-gaoxinqu-2024"] = [
    ("proactive_items_total", 801, "高新区公开各类政务信息801条"),
    ("requests_received", 5, "收到公民信息公开申请5件"),
    ("requests_completed", 5, "收到公民信息公开申请5件,均按要求予以答复"),
]
L["U__liaoning-2019-mirror"] = [
    ("proactive_items_total", 627300, "主动公开信息62.73万条"),
    ("policy_documents", 9613, "公开行政法规、规章和规范性文件9613件"),
]
L["V__jiangxi-nanchang-jingkaiqu-2019"] = []
L["U__shanxi-changzhi-2009"] = []
L["U__shanxi-jincheng-yangcheng-2013"] = []
L["U__xinjiang-bgt-2022-spam"] = [
    ("proactive_items_total", 5110, "自治区人民政府门户网站发布各类信息5110条"),
    ("policy_documents", 21, "发布自治区政府文件21条"),
    ("policy_documents", 46, "自治区政府办公厅文件46"),
    ("new_media_posts", 1363, "新疆政府网微信公众号推送信息1363"),
    ("new_media_posts", 1155, "微博发布信息1155条"),
    ("requests_received", 96, "全年办理政府信息公开申请96"),
    (
        "requests_completed",
        96,
        "全年办理政府信息公开申请96,均按照《政府信息公开条例》法定时限和法定答复方式依法依规予以办理",
    ),
]
L["Y__shaanxi-yanan-huanglong-shichangjianguanju-2022"] = [
    ("proactive_items_total", 312, "放心消费创建等信息312条"),
    ("requests_received", 0, "本年度未收到和处理政府信息公开申请事件"),
]
L["X__chongqing-yuzhong-daxigoujiedao-2020"] = [
    ("policy_documents", 2, "政策文件2条"),
    ("requests_received", 0, "2020年我街道未收到依申请公开的相关信息"),
]
L["W__henan-nanyang-fangcheng-2013"] = []
L["U__gansu-tianshui-qinan-xingguo-2025"] = [
    ("proactive_items_total", 304, "通过政府网站、政务新媒体等平台发布的信息数量304"),
    ("new_media_posts", 144, "利用本镇微信公众号“实干兴国XG”发布信息数量144"),
]
L["W__henan-pingdingshan-2021"] = [
    ("proactive_items_total", 19554, "全年通过市政府门户网站发布政府信息19554条"),
    ("policy_documents", 40, "各类政策文件40个"),
    ("interpretations", 440, "各类政策解读信息440条"),
    ("press_conferences", 8, "召开新闻发布会8次"),
    ("new_media_posts", 869, "通过“平顶山市人民政府”官方微博发布政务信息869条"),
    ("new_media_posts", 762, "通过“平顶山发布”官方微信公众号发布政务信息762条"),
    ("requests_received", 44, "市政府办公室代表市政府共受理政府信息公开申请44件"),
    ("requests_completed", 42, "答复政府信息公开申请42件"),
]
L["X__xizang-2014"] = []
L["W__hubei-wuhan-donghu-gaoxinqu-2025"] = [
    ("proactive_items_total", 3257, "全年共发布各类主动公开信息3257条"),
    ("interpretations", 2, "共发布政策解读2篇"),
    ("new_media_posts", 1334, "光谷融媒体矩阵影响力共发布信息1334条"),
    ("requests_received", 1505, "共受理政府信息公开申请1505件"),
]
L["X__chongqing-beibei-2012"] = []
L["U__hebei-hengshui-2016-spam"] = []
L["U__tianjin-2020"] = [
    ("policy_documents", 1071, "主动公开规章4件、行政规范性文件1071件"),
    ("interpretations", 429, "发布各类解读429件"),
]
L["V__shanghai-2022"] = [
    ("policy_documents", 42, "主动公开市政府和市政府办公厅行政规范性文件42件"),
    ("policy_documents", 113, "其他文件113件"),
    ("proactive_items_total", 46106, "全年上海市人民政府网站共发布各类信息46106条"),
    ("press_conferences", 191, "全年共举办191场市政府新闻发布活动"),
]
L["W__guangxi-2018-trad"] = []
L["X__chongqing-changshou-duzhoujiedao-2019"] = [
    ("normative_docs_made", 0, "规范性文件\n\n0"),
]
L["W__henan-zhengzhou-gaoxinqu-gouzhao-2021"] = [
    ("proactive_items_total", 109, "沟赵办事处主动公开政府信息109条"),
    ("policy_documents", 1, "政策文件1条"),
    ("requests_received", 7, "沟赵办事处共收到7件依申请公开件"),
    ("requests_completed", 6, "办结6件"),
]
L["Y__gansu-pingliang-nongyenongcunju-2024"] = [
    ("proactive_items_total", 1995, "2024年局网站发布信息1995篇"),
    ("interpretations", 11, "发布政策解读类信息11条"),
    ("requests_received", 0, "市农业农村局未收到自然人、法人或其他组织申请公开相关政府信息"),
    ("admin_reconsideration", 0, "未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
    ("admin_litigation", 0, "未发生因政府信息公开申请行政复议、提起行政诉讼的情况"),
]
