"""Six precision kinds the blind audits (benchmark/blind/{AH,AI,AK,AM}-audit.md) each saw once and
left, revisited as kinds (benchmark/blind/AM-audit.md, "Seen-once kinds revisited (kinds6)"): the
audit's sentence, instances of the kind, and the counter-cases that keep their fact — labelled by
train (openings2/train, the check labellers' own set), the openings or the blind sets. Texts are
normalised as the reader leaves them (simplified, ASCII , ; : ( ))."""

from __future__ import annotations

from snippets import values

# --- R: one named field's items after a 围绕 lead, read weakly as the items total -------------------


def test_a_field_named_after_weiRao_counts_that_fields_items() -> None:
    # AH-audit chongqing-tongliang-bgs-2022: 二是 one line of the year's work, its field 疫情防控; train
    # leaves a field's count out (guangdong-shantou-haojiang-bgs-2022 围绕群众关注关切,公布…重点领域信息160条)
    text = (
        "二是围绕疫情防控,及时发布防控政策、政策解读、防疫警示、核酸检测机构、发热门诊、疫苗接种点等"
        "各类信息315条,及时充分回应社会关切,防止引发疑虑和不实炒作。"
    )
    assert values(text, 2022) == {}
    assert values("三是围绕乡村振兴,通过网站发布惠农政策、补贴发放等信息56条。", 2022) == {}
    # the next line of the same report keeps its documents
    text = (
        "三是围绕重点信息,及时发布区政府(含区政府办公室)行政规范性文件11件,区政府常务会议信息37条、"
        "全体会议信息1条,区政府办公室预决算信息3条。"
    )
    assert values(text, 2022).get("policy_documents") == 11


def test_a_general_weiRao_lead_keeps_its_total() -> None:
    # counter-cases: a list of fields closed by a general word is the year's work (blind X5
    # guizhou-guiyang-bgt-2021 labels 29306; blind Y chongqing-yongchuan-shichangjianguanju-2022 21218)
    text = (
        "紧紧围绕疫情防控、乡村振兴、“强省会”行动等中心工作,通过“中国·贵阳”门户网站,"
        "全年发布各类政务信息29306条,持续加强重点领域信息公开。"
    )
    assert values(text, 2021) == {"proactive_items_total": 29306}
    text = "我局围绕疫情防控、提升治理能力、推进依法行政等工作,通过不同渠道公开了21218条政府信息。"
    assert values(text, 2022) == {"proactive_items_total": 21218}
    # the report's own term is never a weak reading (train jiangsu-zhenjiang-jurong-2022 labels the
    # total after 紧紧围绕疫情防控、乡村振兴、环境整治等中心工作。)
    text = "围绕当前中心工作,动态发布本乡规划、计划及重点工程推进情况,2022年主动公开政府信息54条。"
    assert values(text, 2022) == {"proactive_items_total": 54}


# --- L: a mixed list whose last kind is no metric's noun ---------------------------------------------


def test_documents_readings_and_guides_counted_together_are_no_readings() -> None:
    # AM-audit guangdong-guangzhou-dishuiju-2016-trad: documents, readings and tax guides in one count
    text = "2016年总计公开规范性档案、解读政策规定以及相关办税指引100多条;"
    assert values(text, 2016) == {}
    assert values("全年公开规范性文件、政策解读以及办事指南100余条。", 2016) == {}


def test_readings_with_a_kind_of_no_metric_alone_stay_readings() -> None:
    # counter-case, train jiangsu-changzhou-bgs-2021: 政策解读及简明问答188篇 is labelled 188
    text = (
        "2021年,共举办新闻发布会74场,举办在线访谈165期,网上直播88期,"
        "通过各种渠道发布政策解读及简明问答188篇。"
    )
    assert values(text, 2021) == {"press_conferences": 74, "interpretations": 188}


# --- an account's posts on one subject (涉及X) ------------------------------------------------------


def test_an_accounts_posts_on_one_subject_are_no_new_media_total() -> None:
    # AM-audit guangdong-guangzhou-dishuiju-2016-trad, under a paragraph on 减税降费
    text = "通过广州地税官方微博发布、转发涉及税收优惠政策微博815条,累计阅读量约260.1万人次;"
    assert values(text, 2016) == {}
    assert values("2023年,我局通过官方微博发布涉及营商环境的微博120条。", 2023) == {}
    # the same paragraph's account: one policy subject as the object, no post named (read 57 before)
    text = "通过广州地税官方微信推送税收优惠政策29期57条(个)内容(专题),累计送达197.7万人次。"
    assert values(text, 2016) == {}
    assert values("我局通过官方微信推送惠企政策120条。", 2023) == {}


def test_an_accounts_posts_over_its_range_stay() -> None:
    # counter-cases: subjects listed (openings chongqing-rongchang-hebaozhen-2020 labels 68), the
    # body's own field (AH-audit hainan-sanya-haitang-weijianwei-2022, judged right), reposts with
    # posts (train guangdong-jiangmen-zhengshuju-2023-spam labels 683)
    text = (
        "通过“河包镇政务平台”微信公众号推送涉及教育、医疗、公共文化、社会保障等的政务动态68余条。"
    )
    assert values(text, 2020) == {"new_media_posts": 68}
    text = "通过健康海棠公众号发布推送卫生健康及疫情防控相关资讯206篇,宣传科普疫情防控知识。"
    assert values(text, 2022) == {"new_media_posts": 206}
    assert values("通过微信公众号发布及转发683条信息。", 2023) == {"new_media_posts": 683}
    # subjects listed with 等 (openings hebei-xingtai-2023 labels 335896)
    text = "全市各政务新媒体发布领导活动、重要会议、政策措施等335896条。"
    assert values(text, 2023) == {"new_media_posts": 335896}


# --- one kind of a site's posts read as the items total: LEFT (train labels the surface) --------------


def test_a_later_government_information_item_of_a_list_stays_the_total() -> None:
    # AM-audit shandong-jining-zoucheng-jiaotongju-2022 政务信息53条 is read as the items, and train
    # labels the same surface so: zhejiang-jiaxing-2024 (190000), blind AC6 xinjiang-wulumuqi-2024
    text = "严格落实主动公开要求,全年发布行政规范性文件366件,政务信息19万余条,编发政府公报12期。"
    assert values(text, 2024)["proactive_items_total"] == 190000
    text = (
        "2022年,市交通运输局通过网站共发布公开工作动态97篇,政务信息53条,通知公告26条,"
        "微信公众号发布信息197篇。"
    )
    assert values(text, 2022).get("proactive_items_total") == 53


# --- AK: proposals as one kind of the items listed with no lead --------------------------------------


def test_proposals_among_kinds_listed_with_no_lead_are_no_proposals_answered() -> None:
    # AK-audit hunan-hengshan-bgs-2025: kinds of what the office disclosed, each with its count
    text = (
        "2025年,我办共主动公开机构概况2件,规划计划3件、财政信息2件、政策文件13件(县政府文件5件,"
        "县政府办文件2件,规范性文件6件)、政府工作报告及落实1件、县政府全体会议2件、县政府常务会议4件、"
        "重点民生实事落实3件、建议提案办理10件(代表建议6件,委员提案4件)、人事任免4件、县政府公报12件、"
        "金融风险防范1件。"
    )
    assert values(text, 2025) == {"policy_documents": 13}
    text = "全年公开机构概况2条,规划计划3条,建议提案办理10条,人事任免4条。"
    assert values(text, 2025) == {}


def test_proposals_handled_or_replied_beside_the_items_stay() -> None:
    # counter-cases: the body's own handling after its items, the replies among a site's posts (train
    # hunan-hengyang-shangwuju-2025 labels 12), a list after 涵盖 (openings
    # gansu-baiyin-pingchuan-fagaiju-2025 labels 6 and 1; items_part_veto's domain, left as it was)
    got = values("我局全年主动公开信息120条,办理建议提案10件。", 2025)
    assert got == {"proactive_items_total": 120, "proposals_answered": 10}
    got = values("发布通知公告134篇、回复建议提案12篇、新闻稿件189篇。", 2025)
    assert got == {"proposals_answered": 12}
    text = (
        "全年主动公开信息140条,内容涵盖政府信息公开制度5条、政策法规9条、部门文件1件、规划计划3条、"
        "重大项目11条、预算决算2条、政策解读15条、政策公开5条、价格监测52条、政协提案6条、人大建议1条。"
    )
    assert values(text, 2025).get("proposals_answered") == 6


# --- AI: litigation after reconsideration (复议后诉讼) as all of admin_litigation --------------------


def test_one_column_of_the_suits_is_not_the_litigation_total() -> None:
    # AI-audit shandong-jining-renshe-2020: 表四's two columns said with 诉讼; blind X5
    # chongqing-liangping-bgs-2023 labels no litigation for 未经复议直接起诉1件, W2 qinbei none for the
    # 复议后起诉 column's 0
    text = (
        "全年受理依申请信息公开21件。全年共收到行政复议1件,维持结果1件,尚未办结0件;"
        "未经复议直接诉讼0件,复议后诉讼0件。"
    )
    assert values(text, 2020) == {"requests_received": 21, "admin_reconsideration": 1}
    got = values("全年受理依申请信息公开21件。复议后诉讼2件。", 2020)
    assert "admin_litigation" not in got


def test_the_suits_total_and_plain_zeros_stay() -> None:
    # counter-cases: the total before its columns (and no reconsideration 0 from 未经复议, "without
    # reconsideration", which the zero phrasing took for a negation before), and a plain "no cases"
    # sentence (README: zeros)
    text = "因依申请公开工作引起的行政诉讼3件,其中未经复议直接起诉2件,复议后起诉1件。"
    assert values(text, 2023) == {"admin_litigation": 3}
    text = "全年受理依申请信息公开21件。全年未发生因政府信息公开引起的行政复议和行政诉讼。"
    assert values(text, 2023) == {
        "requests_received": 21,
        "admin_reconsideration": 0,
        "admin_litigation": 0,
    }
