"""Kinds of text the parser misread on blind set CH (city-level reports of prefectures never sampled before:
四川 吉林 辽宁 陕西 山东 西藏), each with its labelled counter-cases. Minimal texts of the kind."""

from __future__ import annotations

from snippets import values

from govbench.model import Document
from govbench.parse.meta import parse_metadata


def test_all_answered_then_some_carried_into_next_year_is_not_all_done() -> None:
    # CH liaoning-tieling-2024 labels requests_received 334 only: 全部依法及时回复 is followed by 结转下年度…,
    # so not every request was done within the year (the excerpt breaks before the carried count)
    got = values(
        "2024年,全市共受理公民、法人及其他组织的政府信息公开申请334件,全部依法及时回复,结转下年度",
        2024,
    )
    assert got == {"requests_received": 334}
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复,结转下年度5件。", 2024)
    assert "requests_completed" not in got
    assert got["requests_received"] == 334


def test_all_answered_with_nothing_carried_is_still_all_done() -> None:
    # counter-cases: the single-figure rule of openings2/README (受理答复…X件,均已办结 → received and completed);
    # a carry-over of 0 leaves every request done
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复。", 2024)
    assert got == {"requests_received": 334, "requests_completed": 334}
    got = values("2024年,全市共受理政府信息公开申请334件,全部依法及时回复,结转下年度0件。", 2024)
    assert got["requests_completed"] == 334


def _meta(text: str):
    return parse_metadata(Document(source="snippet.txt", text=text))


def test_a_district_named_after_the_citys_voice_is_a_part_of_the_city() -> None:
    # CH liaoning-yingkou-2018-trad, a whole-city report that never names itself: 我市站前区承担了…试点工作 names
    # one district as a part of the speaker's city, so the body is the city (营口), not 站前区
    meta = _meta(
        "(三)推动公开试点。我市站前区承担了市政服务和社会救助两项试点工作。"
        "我市通过不同渠道公开政府信息数29981条。"
    )
    assert (meta.region.city, meta.region.county, meta.level) == ("营口市", None, "city")
    # ... and a city named after the province's voice is a part of the province
    meta = _meta("我省南京市承担了基层政务公开标准化试点工作。全省共公开政府信息12万条。")
    assert (meta.region.province, meta.region.city, meta.level) == ("江苏省", None, "province")


def test_a_district_that_is_the_body_keeps_its_place() -> None:
    # counter-cases: the district's own report (站前区人民政府, or 我区 as its voice) stays the district
    meta = _meta("营口市站前区人民政府2018年政府信息公开工作年度报告。我区承担了两项试点工作。")
    assert (meta.region.county, meta.level) == ("站前区", "county")
    meta = _meta("站前区承担了市政服务和社会救助两项试点工作。我区公开政府信息2998条。")
    assert meta.region.county == "站前区"


def test_the_outcome_given_to_every_request_is_the_requests_completed() -> None:
    # CH sichuan-nanchong-xinfangju-2021 labels completed 1 for 已予以部分公开 (BU fushan-gongxinju-2021 likewise labels
    # an outcome as done): the outcome given is the request answered
    got = values("2021年我局收到政府信息公开申请数量1件,已予以部分公开。", 2021)
    assert got == {"requests_received": 1, "requests_completed": 1}
    got = values("2021年我局收到政府信息公开申请3件,均已予以公开。", 2021)
    assert got["requests_completed"] == 3
    # counter-cases: an outcome with its own count is a part (已予以公开2件), and items disclosed are no requests
    got = values("2021年我局收到政府信息公开申请3件,已予以公开2件。", 2021)
    assert "requests_completed" not in got
    assert values("2021年我局主动公开政府信息30条,已予以公开。", 2021) == {
        "proactive_items_total": 30
    }
