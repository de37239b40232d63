"""Kinds found by the double labelling of benchmark/double-label/B (see B.md there).

A clause that opens with its publishing verb has no carrier of its own: it continues the one named
before it in its sentence (blind Y hubei-jingzhou-minzhengju-2017, shaanxi-xianyang-yangling-zhujianju-2019,
both labelled so by the old labels and by the double labelling).
"""

from __future__ import annotations

from snippets import values


def test_a_verb_first_clause_counts_the_account_set_up_before_it():
    # after a figure of the website in the same sentence, the new account's posts are its own
    text = (
        "2017年度,市民政局通过市民政局网站主动公开信息1861条,建立荆州市民政局微信公众服务号,"
        "发布民政信息212条。"
    )
    got = values(text, 2017)
    assert got.get("new_media_posts") == 212
    assert got.get("proactive_items_total") == 1861


def test_a_verb_first_clause_after_a_count_of_send_outs_counts_the_accounts_posts():
    # 群发信息51次 counts send-outs, not items: the 153 after it are the account's posts
    text = "2019年在区住建局微信公众平台群发信息51次,共计发送153条信息,平台累计关注人数289人。"
    assert values(text, 2019).get("new_media_posts") == 153


def test_a_sum_after_the_channels_items_stays_the_total():
    # counter-case, as train jiangsu-huaian-shengtaiwenlvqu-2021-trad labels it: 1957 is every
    # channel's items, not the last account's (the figure before it counts items, not send-outs)
    text = "2021年,政务微博发布信息360条,政务微信发布533条,共发布信息1957条。"
    got = values(text, 2021)
    assert got.get("proactive_items_total") == 1957
    assert got.get("new_media_posts") != 1957


def test_a_verb_first_clause_after_a_figure_of_another_kind_keeps_its_reading():
    # a count of meetings (次) names no carrier: the items after it stay the body's items
    text = "2021年,召开新闻发布会5次,发布信息300条。"
    got = values(text, 2021)
    assert got.get("proactive_items_total") == 300
    assert "new_media_posts" not in got
