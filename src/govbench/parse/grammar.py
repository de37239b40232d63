"""The clause grammar of narrative figures: a metric noun, a verb and a quantity in one clause.

Reports state a figure in endless phrasings (「2022年共发布政府信息3433条」, 「主动公开公共资源
交易、重大项目…等各类政府信息710条」, 「收到33次政府信息公开申请」); a list of whole phrasings
never ends. The grammar reads the parts instead (rules/grammar.toml says which words are
which): each quantity (number + unit) is attributed to the metric whose noun stands nearest
to it in its clause, when a verb of that metric stands in the clause or earlier in the same
sentence; scope guards then veto figures of another time or a stock, and demote those of a
sub-unit or a part. Two request figures follow from the words around a received count: the
carry-over inside a total (共受理X件(含上年结转Y件) -> X−Y) and a single count said to be all
answered (受理…X件,均已办结 -> also completed; also when said after the parts that sum to it:
…6件,其中予以公开4件,…,均已答复; …21件。其中,网络申请14件,书面申请7件。所有申请均按时办结).
Figures that are parts are no totals: those listed in a parenthesis after a figure, those given
with their share of a total (占总数的47%; a catalogue category's count stands with it), a
part of a topic's count; figures after 分别 pair in order with the items named, or give nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..rules import load as load_rules
from . import literals
from .numbers import CHINESE_DIGITS, NUMBER_PATTERN, parse_number


@dataclass(frozen=True)
class Found:
    metric: str
    value: int | float
    approx: bool
    start: int  # evidence span in the text
    end: int
    demoted: bool  # a sub-unit's or a part's figure, or one the body may restate
    rank: int  # 0 a full statement; higher: a weaker reading of the same words
    how: str = ""  # which reading took it: noun, strong, clause-verb, inherited, weak, bare, list, channel, answered
    rule: str = ""  # the path that accepted it: a key of RULES; grammar.<how> unless said

    def __post_init__(self) -> None:
        if not self.rule:
            object.__setattr__(self, "rule", f"grammar.{self.how}")


# Each path by which the grammar accepts a figure, by the id its fact carries (Fact.rule), so
# that which of them guess can be measured (benchmark/rule_precision.py). The first eight are
# the readings of a figure's own clause (Found.how); the others read it from the words around.
RULES = {
    "grammar.noun": "a metric's noun and one of its verbs in the figure's clause",
    "grammar.strong": "a noun that names its metric by itself (依申请公开申请, 新闻发布会)",
    "grammar.clause-verb": "the verb governing the noun names the metric (解读政策文件6件)",
    "grammar.inherited": "the noun in the clause, its verb earlier in the sentence (a list)",
    "grammar.weak": "the noun with a weak verb only (全年公开信息26条)",
    "grammar.bare": "a bare verb, no noun, in the topic a heading or lead named (办结12件)",
    "grammar.list": "a figure closing a list of kinds (发布A、B等N条) under the metric's verb",
    "grammar.channel": "a channel names the metric (微信公众号推送…68条)",
    "grammar.redirect": "a metric's figure given for a channel, read as the channel's metric",
    "grammar.carry_over": "a total with last year's carry-over inside (共受理X件(含上年结转Y件)): X−Y",
    "grammar.respectively": "a figure after 分别, paired in order with the items named",
    "grammar.new": "the year's new part of a running total (累计…3044条,本年度新增237条)",
    "grammar.own": "the body's own part of a total (…2.5万条,其中我办发布1200条)",
    "grammar.disclosure": "the disclosure's part of a total (复议案件120件,其中涉及政府信息公开的2件)",
    "grammar.answered": "a single count of requests said to be all answered: also completed",
    "grammar.answered_unstated": "the answered count after a total whose new requests are unstated",
}


@dataclass(frozen=True)
class _Metric:
    name: str
    nouns: frozenset[str]
    strong: frozenset[str]
    verbs: re.Pattern[str] | None
    weak_verbs: re.Pattern[str] | None
    clause_verbs: re.Pattern[str] | None
    not_with: re.Pattern[str] | None
    bare_verbs: re.Pattern[str] | None
    bare_alone: bool  # the bare verb names the metric by itself (主动公开907条), no topic needed
    verbless_answered: bool  # its noun needs no verb when the count is said all answered
    topic: re.Pattern[str] | None
    units: frozenset[str]
    units_after_noun: frozenset[str]  # units taken only after the metric's noun (政策解读12次)
    parts_of: frozenset[str]  # other metrics whose total's parts (其中…) are this one's fallbacks
    fallback_nouns: frozenset[str]  # nouns whose figure is the metric's only when none else is
    redirect: tuple[str, re.Pattern[str], re.Pattern[str]] | None
    topical: re.Pattern[str] | None
    veto_channel: tuple[re.Pattern[str], re.Pattern[str]] | None
    preferred: re.Pattern[str] | None
    excludes: re.Pattern[str] | None
    noun_needs: dict[str, re.Pattern[str]]
    list_reading: bool
    channel: re.Pattern[str] | None
    channel_unless: re.Pattern[str] | None
    channel_nouns: frozenset[str]
    channel_parts: re.Pattern[str] | None
    weak_veto: re.Pattern[str] | None
    part_follows: re.Pattern[str] | None
    vague: frozenset[str]
    total: bool
    # a weak verb's reading (办理) ranks below a bare verb's (办结): the one that says it was done
    weak_below_bare: bool
    context: re.Pattern[str] | None  # words the sentence or the one before must hold
    # what stands right before a 0 that is an empty slot of a catalogue's categories
    # (机构信息0条,政策文件0条; 机构职能类信息1条,占总体的比例为2%;法规文件类信息0条)
    zero_slot: re.Pattern[str] | None
    # a later item of a breakdown of the items disclosed that is no figure of the metric (…中,
    # 教育法规规章2条,规范性文件1条: a bare 规范性文件 among the kinds is no count of policy
    # documents; 政策规范性文件261条, 政府文件482条, 文件183件 are)
    list_item_veto: re.Pattern[str] | None
    # the words before 其中 that make its parts kinds of the items a site disclosed (…公开32条,其中…
    # 16条政协提案): no figure of the metric
    items_part_veto: re.Pattern[str] | None
    items_part_unless: re.Pattern[str] | None  # …unless the part names what the body did (复文)
    # the words before a clause that make it a later item of a list of the kinds of the items
    # disclosed, each with its count, with no total and no 其中 (主动公开机构概况2件,规划计划3件、…、
    # 建议提案办理10件): no figure of the metric
    items_list_veto: re.Pattern[str] | None
    # what a clause that opens with its verb may not take from the carrier before it (…借助主流媒体解读
    # …94篇次,发布相关信息2333条: the outlets' output)
    carrier_excludes: re.Pattern[str] | None
    sentence_excludes: re.Pattern[str] | None  # words anywhere before the figure in its sentence
    # the words right before a figure above 0 that make it one count of this metric's kind and
    # another's together (因政府信息公开而产生的行政诉讼或行政复议1起: either kind, or both; 0 is
    # none of either)
    joint_veto: re.Pattern[str] | None
    # what follows the unit of a total's vaguest noun read from a verb far back (发布…等信息共26条,
    # 动态要闻109条,通知公告128条): sibling counts with no verb, so the figure heads a list of kinds
    list_head_follows: re.Pattern[str] | None
    # the words right after a figure read by its clause's verb (解读政策文件15件) that give, in the same
    # sentence, the metric's own count of what was made of them (,发布解读材料31件): that count comes first
    clause_verb_outranked: re.Pattern[str] | None
    # the same in one clause for a figure read by a strong noun after the documents it counts (针对103份政策文件
    # 集中发布政策解读信息178篇次): the readings' count comes first
    documents_outranked: re.Pattern[str] | None
    # 相关信息 right after the verb (related_back), in a sentence whose earlier clause names one topic's
    # information (related_topic: 联动发布疫情信息,共发布相关信息3093条): that topic's count, ranked below
    related_back: re.Pattern[str] | None
    related_topic: re.Pattern[str] | None
    # the levels of government that issue documents, highest first (国务院|国办, 省政府, 市政府,
    # 县政府): a count of a level's documents before a lower level's in its sentence is a repost
    issuer_levels: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Grammar:
    metrics: tuple[_Metric, ...]
    quantity: re.Pattern[str]
    nouns: _Nouns  # every noun of every metric and of `other`, longest first
    mask: re.Pattern[str]  # the nouns that are not also verbs (解读 is both)
    noun_words: tuple[str, ...]  # the noun regexes, by group number
    other_nouns: frozenset[str]
    topics: re.Pattern[str]  # every metric's topic, to find the nearest one
    # the figures a metric's bare verb may follow, the words of a figure it may not, and the
    # words after a figure that make it a done count of its own (a bare count after it is its part)
    bare_after: dict[str, tuple[frozenset[str], re.Pattern[str], re.Pattern[str] | None]]
    any_verb: re.Pattern[str]
    sentence_breaks: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    comma_breaks: re.Pattern[str]
    list_end: re.Pattern[str]
    other_time: re.Pattern[str]
    whole_year: re.Pattern[str]  # 1月1日到12月31日: the year itself
    year_end: re.Pattern[str]  # 截至2010年12月31日: the year's end, not a month of it
    since_year: re.Pattern[str]
    partial_year: re.Pattern[str]
    partial_period: re.Pattern[str]
    year_span: re.Pattern[str]
    since_event: re.Pattern[str]
    stock: re.Pattern[str]
    before_number: re.Pattern[str]
    after_unit: re.Pattern[str]
    sub_unit: re.Pattern[str]
    lower_level: re.Pattern[str]
    uptake: re.Pattern[str]  # 被…转载/采用: what others did with the body's output
    reading_mark: re.Pattern[str]  # 6条原创作品阅读量超1万: the posts that passed a mark
    reviewed_after: re.Pattern[str]  # 111件规范性文件开展专项清理: documents cleaned up, not made
    leaves_out_disclosure: re.Pattern[str]  # …8万条(不含“政府信息公开网”): not the items
    rest: re.Pattern[str]
    other_channel: re.Pattern[str]
    own_body: re.Pattern[str]
    part: re.Pattern[str]
    new_this_year: re.Pattern[str]
    this_year: re.Pattern[str]
    heading_end: re.Pattern[str]
    sum_words: re.Pattern[str]
    whole_media: re.Pattern[str]  # 全区政务微博微信…: the whole area's accounts together
    whole_area: re.Pattern[str]  # 全市各级行政机关公开…: the whole area's items, a full reading
    sum_only: re.Pattern[str]
    bracket_sum: re.Pattern[str]
    idiom_numbers: frozenset[str]
    cumulative: re.Pattern[str]
    year_part_next: re.Pattern[str]
    own_part: re.Pattern[str]
    reach: dict[str, int]
    carry_over: re.Pattern[str]
    carry_over_unstated: re.Pattern[str]
    fallback_list_next: re.Pattern[str]  # 政务动态信息1720条、…信息102条: a column leading a list
    new_requests: re.Pattern[str]  # 其中,本年度新接收91件: the new ones stated after a total
    shared: re.Pattern[str]
    named_year: re.Pattern[str]
    quoted_name: re.Pattern[str]  # 《…》, “…”: a name, whose figures and years are its own
    noun_after_modifier: re.Pattern[str]  # 三份与公众密切相关的文件: a 的-modifier before the noun
    noun_after_cause: re.Pattern[str]  # 2件因依申请公开引发的…: a cause's noun, not the one counted
    chained_verb: re.Pattern[str]  # 受理、办结…: a verb of being done chained to the one before
    answered_after: re.Pattern[str]  # 8件申请已办结: the verb after the noun phrase
    # 535件规范性文件通过…向社会公开: published, at the clause's end
    published_after: re.Pattern[str]
    conjunction: re.Pattern[str]
    joined: re.Pattern[str]
    means: re.Pattern[str]  # 通过门户网站及政务新媒体方式主动公开907条: the channels are the means
    locative: re.Pattern[str]  # 在县政府网站…公开214条: where, not what
    among: re.Pattern[str]  # 政府信息中机构职能类26条: a kind among the noun's
    items_lead: re.Pattern[str]  # 主动公开的政府信息中,…: the sentence lists kinds of the items
    all_answered: re.Pattern[str]
    answered_restated: re.Pattern[str]  # …7件,7件均已按时办结: the count said again, then done
    answered_after_parts: re.Pattern[str]  # 均已答复 as a clause after the count's parts
    outcome_part: re.Pattern[str]  # a clause of one request outcome (予以公开4件)
    all_requests_answered: re.Pattern[str]  # 所有申请均按时办结, in a later sentence
    rate_all_answered: re.Pattern[str]  # 办结率100%, in a later sentence of the paragraph
    withdrawn: re.Pattern[str]  # 已撤销办结: closed by the applicant's withdrawal, not answered
    glued: re.Pattern[str]
    bare_gap: re.Pattern[str]
    after_figure: re.Pattern[str]
    listed_before: re.Pattern[str]  # a figure listed between 其中 and a part (a category, then)
    listed_after: re.Pattern[str]  # another part listed after it in its sentence (the same)
    share_of_total: re.Pattern[str]
    # 其中主动公开…N条,占比…: the disclosed part, whatever its share
    share_own_term: re.Pattern[str]
    share_kept: frozenset[str]  # category nouns whose count stands with its share (法规文件类)
    issues_then_items: re.Pattern[str]  # 294期1014条: the first figure is not read
    respectively: re.Pattern[str]
    list_joint: re.Pattern[str]
    channel_item: re.Pattern[str]
    disclosure_part: re.Pattern[str]
    disclosure_totals: frozenset[str]
    part_filler: re.Pattern[str]  # words of a part that name no category (共, 本年度, quotes)
    as_of_now: re.Pattern[str]  # a sentence counted up to now (截至目前,…)
    parts_lead: re.Pattern[str]  # a sentence that lists the parts of the last one's total
    heading_start: re.Pattern[str]  # the enumerator a paragraph's heading opens with
    connective: re.Pattern[str]  # a clause that only links sentences (同时, 此外)
    subjectless: re.Pattern[str]  # a sentence's words before its count that name no carrier
    continued_clause: re.Pattern[str]  # a clause opening with its verb: the carrier is before it
    sendouts: re.Pattern[str]  # a figure's unit counting send-outs (次, 期), not items
    followers: re.Pattern[str]  # a clause ending on an account's subscriber count (订阅7508个)
    channel_count: re.Pattern[str]  # after a figure counting channels (389个政务新媒体)
    list_joint_words: re.Pattern[str]  # what joins the kinds of a list (、 及 和)
    object_verbs: re.Pattern[str]  # a verb between a subject noun and the figure it governs
    list_count_gap: re.Pattern[str]  # between a list's last noun and its count (共, 合计)
    list_tail: re.Pattern[str]  # a last kind of no metric joined on (…以及相关办税指引100多条)
    not_items: re.Pattern[str]  # a list that is no list of items' categories (documents, accounts…)
    item_part: re.Pattern[str]  # one category's count in such a list (…399条)
    item_sum: re.Pattern[str]  # the clause that sums the list alone (,共计2331条)
    other_count: re.Pattern[str]  # a count in another unit than the items' (…5件)
    list_other_kinds: re.Pattern[str]  # nouns of no metric that are a kind of their own in a list
    outcome_list: re.Pattern[str]  # a request outcome with its figure (予以公开4件)
    list_join: re.Pattern[str]  # the words joining a list's items in one clause (A和B等N条)
    item_joined: re.Pattern[str]  # an item's count, then the word joining the next item (823件及)
    counted_part: re.Pattern[str]  # an earlier list part with its own count, then 、
    parts_led: re.Pattern[str]  # the words right before a clause of parts (其中,)
    outcome_metrics: frozenset[str]

    @cached_property
    def by_name(self) -> dict[str, _Metric]:
        """Each metric's grammar by its name (a figure redirected to another metric looks it up)."""
        return {m.name: m for m in self.metrics}


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    """The rules' words, which are regexes (unlike read.normalise.alternation's literal
    words), as one guarded pattern; None for none."""
    return re.compile(_guarded("|".join(f"(?:{w})" for w in words))) if words else None


# The entries of rules/grammar.toml the grammar takes as they stand, by how each is compiled:
# a pattern, a list of words (one alternation), a set of words, a flag or a number.
# a metric's ([metrics.NAME]), each optional
_METRIC_PATTERNS = """not_with topic topical preferred excludes channel channel_unless
    channel_parts weak_veto part_follows context zero_slot list_item_veto items_part_veto
    items_part_unless items_list_veto carrier_excludes sentence_excludes joint_veto
    list_head_follows clause_verb_outranked documents_outranked related_back related_topic""".split()
_METRIC_WORDS = "verbs weak_verbs clause_verbs bare_verbs".split()
_METRIC_WORD_SETS = "strong channel_nouns vague units_after_noun parts_of fallback_nouns".split()
_METRIC_FLAGS = "bare_alone list_reading total weak_below_bare verbless_answered".split()
# the grammar's, by section
_PATTERNS = {
    "quantity": """sentence_breaks clause_breaks comma_breaks list_end noun_after_modifier
        noun_after_cause chained_verb""".split(),
    "guards": """since_year partial_year year_span since_event rest sum_only bracket_sum year_part_next
        own_part share_of_total share_own_term as_of_now parts_lead heading_start issues_then_items
        whole_year year_end uptake reading_mark reviewed_after leaves_out_disclosure""".split(),
    "phrases": """carry_over_unstated fallback_list_next shared named_year quoted_name answered_after
        published_after conjunction joined all_answered glued bare_gap respectively list_joint channel_item disclosure_part
        part_filler connective subjectless continued_clause sendouts followers channel_count list_joint_words object_verbs list_count_gap list_tail list_other_kinds outcome_list counted_part parts_led list_join item_joined
        answered_after_parts outcome_part all_requests_answered rate_all_answered answered_restated new_requests means locative
        items_lead withdrawn not_items item_part item_sum other_count among""".split(),
}
_WORDS = {
    "guards": """other_time partial_period stock before_number after_unit sub_unit lower_level
        other_channel own_body whole_area part new_this_year this_year heading_end sum_words
        whole_media cumulative""".split(),
}
_WORD_SETS = {
    "guards": ["idiom_numbers", "share_kept"],
    "phrases": ["disclosure_totals", "outcome_metrics"],
}
_REACH = """clause_reach sentence_reach noun_after_reach noun_gap topic_reach govern_reach
    heading_reach channel_reach followers_lead""".split()


# The word sets that patterns name as {NAME}, by the [phrases] entry that lists them; a set may
# name one written before it ({GOV_SITE} names {NEW_MEDIA}).
_WORD_SET_NAMES = {
    "NEW_MEDIA": "new_media",
    "APP": "app",
    "VIDEO": "video",
    "GOV_SITE": "gov_site",
    "CARRIERS": "carriers",
    "OUTLETS_ONLY": "outlets_only",
    "DONE": "done",
    "REQUEST_WAYS": "request_ways",
    "JOINT_CASES": "joint_cases",
    "HANDED_ON": "handed_on",
    "NORMATIVE_KIND_OF_ITEMS": "normative_kind_of_items",
}


def _with_word_sets(raw: dict[str, Any]) -> dict[str, Any]:
    """`raw` with every {NAME} of _WORD_SET_NAMES put in, throughout (metrics' patterns too)."""
    sets: dict[str, str] = {}

    def put(value: Any) -> Any:
        if isinstance(value, str):
            for name, text in sets.items():
                value = value.replace(f"{{{name}}}", text)
            return value
        if isinstance(value, list):
            return [put(v) for v in value]
        if isinstance(value, dict):
            return {k: put(v) for k, v in value.items()}
        return value

    for name, key in _WORD_SET_NAMES.items():
        words = raw["phrases"][key]
        sets[name] = put("|".join(words) if isinstance(words, list) else words)
    expanded = put(raw)
    left = {m for m in re.findall(r"\{([A-Z_]+)\}", repr(expanded)) if m not in ("N", "UNIT")}
    if left:
        raise ValueError(f"grammar.toml names word sets it does not define: {sorted(left)}")
    return expanded


def _taken(raw: dict[str, Any]) -> dict[str, Any]:
    """The grammar's entries that are compiled as they stand, by field name."""
    return {
        **{k: re.compile(raw[s][k]) for s, keys in _PATTERNS.items() for k in keys},
        **{k: _alternation(raw[s][k]) for s, keys in _WORDS.items() for k in keys},
        **{k: frozenset(raw[s][k]) for s, keys in _WORD_SETS.items() for k in keys},
    }


def _metric(name: str, spec: dict[str, Any], units: list[str]) -> _Metric:
    redirect = spec.get("redirect")
    veto = spec.get("veto_channel")
    return _Metric(
        name=name,
        nouns=frozenset(spec["nouns"]),
        units=frozenset(spec.get("units", units)),
        redirect=(redirect["to"], re.compile(redirect["when"]), re.compile(redirect["unless"]))
        if redirect
        else None,
        veto_channel=(re.compile(veto["when"]), re.compile(veto["unless"])) if veto else None,
        noun_needs={n: re.compile(p) for n, p in spec.get("noun_needs", {}).items()},
        issuer_levels=tuple(re.compile(p) for p in spec.get("issuer_levels", [])),
        **{k: re.compile(spec[k]) if k in spec else None for k in _METRIC_PATTERNS},
        **{k: _alternation(spec.get(k, [])) for k in _METRIC_WORDS},
        **{k: frozenset(spec.get(k, [])) for k in _METRIC_WORD_SETS},
        **{k: spec.get(k, False) for k in _METRIC_FLAGS},
    )


@cache
def _grammar() -> _Grammar:
    raw = _with_word_sets(load_rules("grammar"))
    q, phrases = raw["quantity"], raw["phrases"]
    metrics = [_metric(name, spec, q["units"]) for name, spec in raw["metrics"].items()]
    all_nouns = set(raw["other"]["nouns"]).union(*(m.nouns for m in metrics))
    # Longest first: 政府信息公开申请 is one noun, not 政府信息 then 公开申请.
    ordered = sorted(all_nouns, key=lambda n: (-len(re.sub(r"\(\?.*?\)", "", n)), -len(n), n))
    units = "|".join(sorted(q["units"], key=len, reverse=True))
    verbs = {
        v for spec in raw["metrics"].values() for key in _METRIC_WORDS for v in spec.get(key, [])
    }
    return _Grammar(
        metrics=tuple(metrics),
        # a figure never starts inside a digit run (see facts._PLACEHOLDERS)
        # the lookahead of a figure's first characters keeps the scan cheap where none starts
        quantity=re.compile(
            rf"(?=[\d{CHINESE_DIGITS}大超将约近逾])"
            # (a figure may stand in brackets before its unit: 发布政务信息(1386)条 — read in _read
            # only when its opening bracket stands right before it)
            # (nor right after a character the page lost, U+FFFD: a digit may have gone with it)
            rf"(?:(?<![\d.\ufffd])(?P<num>{NUMBER_PATTERN})\)?\s*(?P<unit>{units})"
            "|(?:" + "|".join(f"(?<={w})" for w in q["unitless_after"]) + ")"
            r"(?P<bare>\d+)(?P<none>)(?![\d.%\ufffd])"
            # a figure with no unit, right after its noun: 政策解读15, — or ending its line, where
            # a page lost the unit (共受理政府信息公开申请0); a figure the text ends on may be cut
            # short (facts._cut_at_the_end)
            r"|(?<=[\u4e00-\u9fff])(?P<plain>\d+)(?=\s*[,;。)]|[ \t]*(?:\n|$)))"
        ),
        nouns=_Nouns(ordered),
        mask=re.compile(_guarded("|".join(f"(?:{n})" for n in ordered if n not in verbs))),
        noun_words=tuple(ordered),
        other_nouns=frozenset(raw["other"]["nouns"])
        - {n for spec in raw["metrics"].values() for n in spec["nouns"]},
        topics=re.compile(
            "|".join(
                f"(?P<{m.name}>{raw['metrics'][m.name]['topic']})"
                for m in metrics
                if m.topic is not None
            )
        ),
        bare_after={
            name: (
                frozenset(spec["bare_after"]["metrics"]),
                re.compile(spec["bare_after"]["not_after"]),
                re.compile(spec["bare_after"]["done_after"])
                if "done_after" in spec["bare_after"]
                else None,
            )
            for name, spec in raw["metrics"].items()
            if "bare_after" in spec
        },
        any_verb=re.compile(_guarded("|".join(sorted(verbs, key=len, reverse=True)))),
        reach={k: q[k] for k in _REACH},
        carry_over=re.compile(phrases["carry_over"].replace("{N}", NUMBER_PATTERN)),
        after_figure=re.compile(phrases["after_figure"].replace("{UNIT}", units)),
        listed_before=re.compile(phrases["listed_before"].replace("{UNIT}", units)),
        listed_after=re.compile(phrases["listed_after"]),
        **_taken(raw),
    )


class _Nouns:
    """The nouns' alternation, each noun its own named group (which one matched: _noun_name),
    found by the same alternation without the groups. Python's re enters each of the ~200
    named branches at every position a noun may start, where it skips an ungrouped branch on its
    first character: the ungrouped scan is 17 times faster. At a position the ungrouped one
    matches, the named one matches the same span (the same branches in the same order), so
    the named match is taken only there: every match is the one the named scan finds — and
    there by the named branches that can start with the character at hand (in their order:
    the others cannot match there), not all of them."""

    def __init__(self, nouns: list[str]) -> None:
        self.named = re.compile(_guarded("|".join(f"(?P<n{i}>{n})" for i, n in enumerate(nouns))))
        self.bare = re.compile(_guarded("|".join(f"(?:{n})" for n in nouns)))
        assert self.bare.groups == 0, "a noun holds a group of its own"
        starts = [literals.first_chars(n) for n in nouns]
        chars = set().union(*(s for s in starts if s is not None))
        self.by_first = {
            char: re.compile(
                "|".join(
                    f"(?P<n{i}>{n})"
                    for i, (n, s) in enumerate(zip(nouns, starts))
                    if s is None or char in s
                )
            )
            for char in chars
        }

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        for found in self.bare.finditer(text, pos, endpos):
            yield self._named(text, found.start(), endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.bare.search(text, pos, endpos)
        return None if found is None else self._named(text, found.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.bare.match(text, pos, endpos)
        return None if found is None else self._named(text, pos, endpos)

    def _named(self, text: str, pos: int, endpos: int) -> re.Match[str]:
        named = self.by_first.get(text[pos : pos + 1], self.named).match(text, pos, endpos)
        assert named is not None  # the same branches: where one matches, so does the other
        return named


def _guarded(alternation: str) -> str:
    """`alternation` behind a lookahead of its first characters: most positions of a text
    start no noun, and the lookahead says so at once (the nouns took a third of parse time)."""
    chars = literals.first_chars(alternation)
    if not chars:
        return alternation
    return f"(?=[{re.escape(''.join(sorted(chars)))}])(?:{alternation})"


def _noun_name(match: re.Match[str], grammar: _Grammar) -> str:
    return grammar.noun_words[int(match.lastgroup[1:])]


def grammar_figures(text: str, year: int | None) -> list[Found]:
    """Every figure the grammar reads in `text`, guards applied (vetoed ones left out)."""
    grammar = _grammar()
    found: list[Found] = []
    previous_end = 0
    sums = _Sums(text, grammar.item_sum)
    for match in grammar.quantity.finditer(text):
        if grammar.issues_then_items.match(text, match.end()):
            continue  # 294期1014条: the issues; the items after them are the count
        found.extend(_read(text, match, grammar, year, previous_end, found, sums))
        previous_end = match.end()
    return found


class _Sums:
    """item_sum.search(text, pos, stop) for the figures of one text, the last answer kept per
    stop: a later figure of the same sentence searches from further on, where the sum found
    before (or none) is still the first one. (A match tried at a place does not depend on where
    the search started, in Python's re: only which places are tried does.)"""

    def __init__(self, text: str, item_sum: re.Pattern[str]) -> None:
        self.text = text
        self.item_sum = item_sum
        self.last: dict[int, tuple[int, re.Match[str] | None]] = {}

    def search(self, pos: int, stop: int) -> re.Match[str] | None:
        seen = self.last.get(stop)
        if seen is not None and seen[0] <= pos and (seen[1] is None or seen[1].start() >= pos):
            return seen[1]
        found = self.item_sum.search(self.text, pos, stop)
        self.last[stop] = (pos, found)
        return found


# where an item of a list starts (…其中规章2条、行政规范性文件5条: 行政规范性文件)
_LIST_ITEM_START = re.compile(r"[,,、;;::]")
# a figure stated in digits and the comma closing its clause (not a list's 、: 现行有效规章56件、规范性文件158件)
_FIGURE_CLAUSE_CLOSED = re.compile(r"\d[^,，;；。]*[,，;；]")


def _item_part_of_a_later_sum(
    text: str, sentence_start: int, unit_end: int, g: _Grammar, sums: _Sums
) -> bool:
    """The figure is one of a list of items' categories (in 条, none of documents, readings or
    requests) that a clause of its sentence sums alone: a part, and the sum has no noun of its own
    to be read with — so no total is read here (the items' kinds are not documents either)."""
    end = text.find("。", unit_end)
    stop = len(text) if end < 0 else end + 1
    if text.count("条", sentence_start, stop) < 3:
        return False  # (two parts and the sum each end in 条: the search cannot succeed)
    total = sums.search(unit_end, stop)
    if total is None:
        return False
    head = text[sentence_start : total.start()]
    parts = [int(m.group(1)) for m in g.item_part.finditer(head)]
    return (
        len(parts) > 1
        and sum(parts) == int(total.group(1))
        and not g.not_items.search(head)
        and not g.other_count.search(head)
    )


def _item_part_of_an_earlier_sum(
    text: str, sentence_start: int, num_start: int, metric: _Metric, g: _Grammar
) -> bool:
    """The figure is one of the items' kinds listed, to the sentence's end, right after a count in
    条 of items disclosed that they add up to (公开124条,各类政务信息115条、财政预决算9条): a part of
    that count, however its own noun reads, not the items total. (Not of a count of information
    made, 共制作政府信息3021条,其中主动公开信息1027条、依申请公开…: the disclosed part is the total.)"""
    end = text.find("。", num_start)
    figures = list(g.item_part.finditer(text, sentence_start, len(text) if end < 0 else end))
    for i, whole in enumerate(figures):
        if whole.start() >= num_start:
            return False
        parts = figures[i + 1 :]
        if (
            len(parts) > 1
            and _LIST_ITEM_START.match(text, whole.end())
            and sum(int(m.group(1)) for m in parts) == int(whole.group(1))
        ):
            clause = text[
                _last_break(
                    text, whole.start(), g.clause_breaks, g.reach["clause_reach"]
                ) : whole.start()
            ]
            verbs = g.mask.sub("□", clause)
            return bool(
                metric.verbs is not None
                and metric.verbs.search(verbs)
                and not (metric.excludes is not None and metric.excludes.search(clause))
            )
    return False


def _as_year(words: str, g: _Grammar) -> str:
    """The words with the whole year written as a span (1月1日到12月31日) read as 全年, and the
    year's last day after 截至 (截至2010年12月31日共受理…) as the year's end (2010年末), so that
    neither is a month of it; the year itself stays for the year guards."""
    if "月" not in words:
        return words  # (both spans name a month: nothing to replace)
    return g.year_end.sub(r"\g<1>末", g.whole_year.sub("全年", words))


def _read(
    text: str,
    match: re.Match[str],
    g: _Grammar,
    year: int | None,
    previous_end: int,
    earlier: list[Found],
    sums: _Sums,
) -> Iterator[Found]:
    group = "num" if match["num"] is not None else "bare" if match["bare"] is not None else "plain"
    num_start = match.start(group)
    unit = match["unit"] or ""  # none after a statistic's label (数量为0)
    unit_end = match.end()
    if match[group] in g.idiom_numbers:
        return
    before = text[max(0, num_start - 4) : num_start]
    if before and (before[-1].isdigit() or before[-1] in ".") or g.before_number.search(before):
        return
    if group == "num" and text.startswith(")", match.end("num")) and not before.endswith("("):
        return  # …2)条: a bracket closed that the figure did not open
    if g.after_unit.match(text[unit_end : unit_end + 6]):
        return
    if g.leaves_out_disclosure.match(text, unit_end):
        return  # …8万余条(不含“政府信息公开网”): a count that leaves the disclosure itself out
    # 网上公开信息14条,占总数的47%: a part of a total (judged once the nouns are known)
    share = g.share_of_total.match(text, unit_end) is not None and not g.share_own_term.search(
        text[max(0, num_start - 24) : num_start]
    )
    quantity = parse_number(match[group])  # after the cheap guards: cn2an is slow
    if quantity is None or quantity.value != int(quantity.value):
        return
    sentence_start = _last_break(text, num_start, g.sentence_breaks, g.reach["sentence_reach"])
    if "\ufffd" in text[sentence_start : unit_end + 1]:
        return  # the page lost characters in the sentence (U+FFFD, mojibake): its words and breaks are gone
    if _item_part_of_a_later_sum(text, sentence_start, unit_end, g, sums):
        return  # 发布政务动态信息1915条、目录信息399条、概况类信息17条,共计2331条: a part of the sum
    parts_at = None  # where a sentence of parts (。其中…) starts
    lead = g.parts_lead.match(text, sentence_start) if sentence_start > 0 else None
    if lead is not None:
        # 。其中,政策文件类36条 / 。主要类别包括:…政策文件3条: the parts of the last sentence's total
        parts_at = lead.end()
        sentence_start = _last_break(
            text, sentence_start - 1, g.sentence_breaks, g.reach["sentence_reach"]
        )
    # a name in title marks is one word to a reader: its length does not count against the reach
    # (主动公开《…关于印发〈…〉的通知》《…》等32件规范性文件: the verb before the names governs)
    clause_reach = g.reach["clause_reach"] + sum(
        len(m.group()) for m in g.quoted_name.finditer(text, sentence_start, num_start)
    )
    clause_start = max(sentence_start, _last_break(text, num_start, g.clause_breaks, clause_reach))
    clause_start = _verb_chain_start(text, sentence_start, clause_start, g)
    bracket = text.rfind("(", sentence_start, num_start)
    bracket_sum = bracket >= 0 and g.bracket_sum.fullmatch(text, bracket, num_start) is not None
    if bracket_sum and bracket < clause_start:
        # 主动公开政府信息(网站、微信共965条: the carriers listed in the bracket break no clause
        clause_start = max(
            sentence_start, _last_break(text, bracket, g.clause_breaks, clause_reach)
        )
    if _in_name(text, sentence_start, num_start, unit_end, g):
        return  # 宣传解读“稳经济30条”: a figure inside a name is no count
    if share and not _category_count(text, clause_start, num_start, unit_end, g):
        return  # a part with its share of the total, not a category of the catalogue
    # 自2016年1月1日到12月31日: the whole year, not a month of it
    clause = _as_year(text[clause_start:num_start], g)
    sentence_head = _as_year(text[sentence_start:num_start], g)
    # the years the words state (not those inside a name: 《…2022年度报告》)
    dated_head = g.quoted_name.sub("□", sentence_head)
    dated_clause = g.quoted_name.sub("□", clause)
    # scope guards on the clause up to the figure
    if g.other_time.search(clause) or g.stock.search(clause):
        return
    if g.partial_year.search(sentence_head) or g.since_event.search(sentence_head):
        return
    if any(a != b for a, b in g.year_span.findall(dated_head)):
        return  # 2021年至2023年,共收到…: several years together
    for since in g.since_year.finditer(dated_head):
        if year is None or int(since.group(1)) != year:
            return
    if year is not None and any(
        int(y) != year for y in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*年", dated_clause)
    ):
        return
    # 2022年,我局主动公开…X条 in the 2023 report: the sentence's last year names the figure's
    years = g.named_year.findall(re.sub(r"\([^()]*\)", "", dated_head))
    if year is not None and years and int(years[-1]) not in (year, year + 1):
        return
    respective = (
        g.respectively.search(text, sentence_start, num_start) if "分别" in sentence_head else None
    )
    if respective is not None:
        own = max(sentence_start, _last_break(text, num_start, g.comma_breaks, clause_reach))
        if own > respective.end() and g.nouns.search(text, own, num_start):
            # 分别为平台51条,政务微信996条: past the first pair each figure has its own noun
            respective = None
    if respective is not None:
        reading = _respective(text, respective, num_start, unit, g)
        if reading is None:
            return  # items and figures do not pair up: no guess
        if reading:
            for metric in reading:
                yield Found(
                    metric,
                    quantity.value,
                    quantity.approx,
                    _evidence_start(text, clause_start, num_start),
                    unit_end,
                    False,
                    0,
                    "respectively",
                )
            return
    nouns, noun_after = _nouns(text, clause_start, num_start, unit_end, g)
    if (
        parts_at is not None
        and nouns
        and not noun_after
        and nouns[0].start() < parts_at
        and _labelled_part(text, parts_at, num_start, g)
    ):
        return  # 。其中“政策法规”58条: a category's part, not the total the sentence before names
    if (
        nouns
        and not noun_after
        and all(_bracket_opens(text, n.end(), num_start) for n in nouns)
        and not g.bracket_sum.fullmatch(text, nouns[-1].end(), num_start)
    ):
        # 主动公开政府信息共计十一大类条(其中政府领导231条、…): a figure inside a bracket is an item of
        # the bracket's breakdown; a noun outside the open bracket does not name it — unless the
        # bracket opens on the noun's sum (政府信息(网站、微信共965条,…)
        return
    if (
        not nouns
        and clause_start > sentence_start
        and g.sum_only.fullmatch(text, clause_start, num_start)
    ):
        # 发布主动公开信息28大项、79小项,共计6657条: a clause of a sum word alone sums what the
        # sentence's clauses before it name, when no figure of theirs was read
        before = max(
            sentence_start,
            _last_break(text, clause_start - 1, g.comma_breaks, g.reach["clause_reach"]),
        )
        if not g.quantity.search(text, before, clause_start):
            extended = _nouns(text, before, num_start, unit_end, g)
            if extended[0] and not extended[1]:
                clause_start, (nouns, noun_after) = before, extended
    if group == "plain" and (
        not nouns
        or noun_after
        or 1900 <= quantity.value <= 2100
        or not g.glued.fullmatch(text, nouns[0].end(), num_start)
        or (len(match[group]) > 1 and match[group].startswith("0"))
    ):
        return  # no unit: only a figure glued to its noun, not a year
    list_closed = bool(g.list_end.search(text, max(clause_start, num_start - 3), num_start))
    if (
        nouns
        and not noun_after
        and not list_closed
        and not bracket_sum  # (网站、微信共965条: the carriers, not kinds)
        and _mixed_list(
            text,
            max(
                sentence_start,
                _last_break(text, num_start, g.comma_breaks, g.reach["clause_reach"]),
            ),
            num_start,
            g,
        )
    ):
        return  # 规范性文件、政策文件…及相关解读信息共90条: several kinds counted together
    # 8件申请均按时办结: a noun after the figure may have its verb after it too
    verb_end = num_start
    if noun_after:
        verb_end = nouns[-1].end()
        if g.shared.match(text, verb_end) or g.answered_after.match(text, verb_end):
            verb_end = _next_break(text, verb_end, g.clause_breaks, g.reach["noun_after_reach"])
        elif published := g.published_after.match(text, verb_end):
            verb_end = published.end()  # …535件规范性文件通过…平台向社会集中公开
    # verbs are read with the nouns blanked: 信息公开申请 holds no verb 公开
    # (and with the names in title marks blanked: the 印发 of 《…关于印发〈…〉的通知》 is the named
    # paper's verb, not the clause's: 主动公开《…关于印发…的通知》等32件规范性文件 publishes them)
    verb_zone = g.mask.sub("□", _unquoted(text[clause_start:verb_end], g))
    # a clause without a verb of its own continues the sentence's (lists)
    comma_clause = text[
        max(sentence_start, _last_break(text, num_start, g.comma_breaks, clause_reach)) : num_start
    ]
    comma_start = num_start - len(comma_clause)
    inherit_from = sentence_start if previous_end > sentence_start else comma_start
    sentence_verbs = (
        ""
        if g.any_verb.search(verb_zone)
        else g.mask.sub("□", _unquoted(text[min(inherit_from, clause_start) : clause_start], g))
    )
    comma_verbs = (
        verb_zone  # (the same words: the clause is the comma clause, up to the figure)
        if clause_start == comma_start and verb_end == num_start
        else g.mask.sub("□", _unquoted(comma_clause, g))
    )
    # the words from the figure to a noun after it (1件申请公开的文件): what the figure counts
    after_words = text[unit_end:verb_end] if noun_after else ""
    if g.reviewed_after.match(text, unit_end):
        return  # …及我委111件规范性文件开展专项清理: the documents a cleanup went through, not the year's
    # the figure's own item of a joined list (…其他文件823件及解读材料900余件: 解读材料)
    own_item = g.item_joined.split(comma_clause)[-1]
    if g.rest.match(own_item) or (
        own_item == comma_clause and g.rest.match(text[clause_start:num_start])
    ):
        return  # (…、其他文件2179条: the rest of a list joined by 、 as well)
    # a stock named before in the sentence (清理现行有效…文件,共发布…500余份), unless the
    # figure's own clause names the year (…393件,动态更新本年度制发的规范性文件77件), or the stock
    # had its own figure before this one (…16472条,现行有效行政规范性文件2051件,发布政策解读532条: the
    # stock is a clause of a list, not what the later clauses count — blind BA fujian-zhangzhou-2024)
    if (
        (stocks := list(g.stock.finditer(sentence_head)))
        and not g.this_year.search(comma_clause)
        and not (
            _FIGURE_CLAUSE_CLOSED.search(sentence_head, stocks[-1].end())
            # …累计主动公开政府信息401条,其中公文类信息150条: the stock's own parts (blind AB)
            and "其中" not in sentence_head[stocks[-1].end() :]
            # a clause of its own verb: 集中公开现行有效政府规章5件,行政规范性文件1848件 is the stock's
            # list said on (blind AO2 henan-zhumadian-2024), 发布政策解读532条 a new clause
            and g.any_verb.search(g.mask.sub("□", comma_clause))
        )
    ):
        return
    if g.partial_period.search(dated_head) and not g.this_year.search(comma_clause):
        return  # 2023年上半年,主动公开…: part of the year
    if (
        (now := g.as_of_now.search(sentence_head))
        and not g.this_year.search(comma_clause)
        and not _names_year(comma_clause, year)
        and not _led_by_year(sentence_head[: now.start()], year, g)
    ):
        return  # 截至目前,区级政务微信发布信息1321条: since the account opened, not the year
    if g.lower_level.search(comma_clause):
        return  # the grassroots' or a subordinate's figure: not the body's
    if g.uptake.search(comma_clause) or g.uptake.search(
        text, unit_end, _next_break(text, unit_end, g.comma_breaks, g.reach["clause_reach"])
    ):
        return  # 解读材料被主流媒体转载36次: others' uptake of the body's output, not its output
    if g.reading_mark.match(text, unit_end):
        return  # 6条原创作品阅读量超过1万: the posts whose readings passed a mark, not the year's posts
    # 依申请公开2条(答复网上申请1条,邮寄1条): the parts of a figure, none a total — but a new-media
    # channel's part is that channel's count (…158条(其中政府门户网站公开信息92条,政务新媒体发布信息
    # 66条)): train labels new media under their total (jiangsu-huaian-shengtaiwenlvqu-2021-trad)
    # — and the new requests beside last year's carried over are the year's own (…121件(其中本年度新收
    # 申请数112件,上年结转申请数9件): AM-audit longhua, README: received is the new ones)
    channel_part_only = False
    if _in_breakdown(text, sentence_start, num_start, g) and not g.new_requests.search(
        comma_clause
    ):
        if not _new_media_part(text, num_start, g):
            return
        channel_part_only = True
    # each sub-unit's (各县区…): a fallback, unless the sentence names the whole area
    demoted = bool(g.sub_unit.search(comma_clause) and not g.own_body.search(sentence_head))
    part_of = g.part.search(text, sentence_start, num_start)
    if part_of is not None and not demoted and not g.own_body.search(sentence_head):
        # a part (其中…) of a sub-unit's total is the sub-units' too (各部门共收到…申请1586宗,其中来自
        # 公民申请1482宗): never the body's own figure
        total_clause = g.comma_breaks.split(text[sentence_start : part_of.start()].rstrip())
        demoted = bool(g.sub_unit.search(total_clause[-2] if len(total_clause) > 1 else ""))
    sentence_end = _next_break(text, unit_end, g.sentence_breaks, g.reach["sentence_reach"])
    if g.cumulative.search(clause) and g.new_this_year.search(
        text, unit_end, _year_part_end(text, unit_end, g)
    ):
        demoted = True
    if nouns and not noun_after and g.heading_end.search(text, nouns[0].end(), num_start):
        demoted = True  # …提起行政诉讼的情况 2017年度我局有1起…: the heading's noun
    topic = _topic(text, clause_start, g, earlier) if not nouns else None
    if topic is not None and g.other_channel.search(text, sentence_start, clause_start):
        topic = None  # 热线受理120件,办结118件: the sentence is another channel's
    subject = text[_subject_start(text, previous_end, comma_start, g) : num_start]
    if subject == comma_clause and g.continued_clause.match(comma_clause):
        # …,建立…微信公众服务号,发布民政信息212条: a clause opening with its verb has the carrier before it
        subject = _carrier_before(text, sentence_start, previous_end, comma_start, g) + subject
    ev_start = _evidence_start(text, clause_start, num_start)
    if not nouns and g.new_this_year.search(clause):
        # 累计…3044条,本年度新增237条: the year's new items of the running total's metric
        for f in earlier:
            if f.start >= sentence_start and f.demoted and f.how != "answered":
                yield Found(
                    f.metric,
                    quantity.value,
                    quantity.approx,
                    ev_start,
                    unit_end,
                    False,
                    0,
                    "new",
                )
        return
    own_part = part_of is not None and bool(g.own_part.match(text, part_of.start(), num_start))
    if own_part and not nouns:
        # …共发布信息2.5万条,其中我办发布1200条: the body's own share of the total's metric
        for f in earlier:
            if f.start >= sentence_start and f.how not in ("answered", "own"):
                yield Found(
                    f.metric,
                    quantity.value,
                    quantity.approx,
                    ev_start,
                    unit_end,
                    False,
                    -1,
                    "own",
                )
        return
    if g.disclosure_part.search(comma_clause):
        # 办理行政复议案件120件,其中涉及政府信息公开的2件: the part is the disclosure's figure
        for f in earlier:
            if (
                f.start >= sentence_start
                and f.metric in g.disclosure_totals
                and f.how != "disclosure"
            ):
                yield Found(
                    f.metric,
                    quantity.value,
                    quantity.approx,
                    ev_start,
                    unit_end,
                    False,
                    -1,
                    "disclosure",
                )
        return
    # a bare verb that names its metric alone leads its sentence's figures: not a part (其中主动
    # 公开3件, an outcome of requests), nor a figure after another in the sentence
    alone = previous_end <= sentence_start and part_of is None
    # the words that govern each noun: the same for every metric, so worked out once
    governing = [
        _governing(text, n, clause_start, verb_end, noun_after, g, num_start) for n in nouns
    ]
    taken: set[str] = set()
    for metric in g.metrics:
        if (
            unit
            and unit not in metric.units
            and not (unit in metric.units_after_noun and nouns and not noun_after)
        ):
            continue  # 组织了3次涵盖政策解读…的培训: 3 trainings, not readings
        rank, how, fallback = None, "", False
        for i, noun in enumerate(nouns or [None]):
            reading = _reading(
                metric,
                noun and _noun_name(noun, g),
                verb_zone,
                sentence_verbs,
                comma_verbs,
                topic,
                noun and governing[i],
                alone,
            )
            if reading is not None:
                rank, how = reading
                fallback = noun is not None and _noun_name(noun, g) in metric.fallback_nouns
                break
        if (
            rank is None
            and metric.list_reading
            and not nouns
            and list_closed
            and metric.verbs is not None
            and metric.verbs.search(comma_verbs)
            and (metric.channel is None or metric.channel.search(subject))
            # a list led by a channel of the public's requests (市长信箱及市长公开电话等35件): the cases
            # they took, whatever verb their names hold (公开电话), not items disclosed
            and not _channels_list(comma_clause, metric, g)
        ):
            rank, how = 1, "list"
        if (
            rank is None
            and metric.channel is not None
            and metric.channel.search(subject)
            and not (metric.channel_unless and metric.channel_unless.search(subject))
            and metric.verbs is not None
            and metric.verbs.search(comma_verbs)
            and (not nouns or _noun_name(nouns[0], g) in metric.channel_nouns)
        ):
            rank, how = 0, "channel"  # 微信公众号推送…政务动态68条: the channel names it
        if (
            rank is None
            and metric.verbless_answered
            and nouns
            and not noun_after
            and _noun_name(nouns[0], g) in metric.nouns
            and _noun_name(nouns[0], g) not in metric.fallback_nouns
            and g.all_answered.match(text, unit_end)
            and not _any_verb(verb_zone, g)
        ):
            # 依申请公开4条,已全部按期办理完毕: the requests, said done
            rank, how = 0, "answered-noun"
        if rank is None or (
            metric.excludes is not None
            and metric.excludes.search(_own_part(text, sentence_start, num_start, g) + after_words)
        ):
            continue
        if metric.sentence_excludes is not None and metric.sentence_excludes.search(sentence_head):
            continue  # 市政府作为复议机关,办理…行政复议案件37件: the sentence makes it another kind's
        if (
            metric.carrier_excludes is not None
            and comma_start > sentence_start
            and g.continued_clause.match(comma_clause)
            and metric.carrier_excludes.search(
                text[
                    max(
                        sentence_start,
                        _last_break(text, comma_start - 1, g.comma_breaks, clause_reach),
                    ) : comma_start
                ]
            )
        ):
            continue  # …借助主流媒体解读…94篇次,发布相关信息2333条: the carrier before is the outlets'
        if rank > 0 and metric.name in g.outcome_metrics and g.outcome_list.search(sentence_head):
            continue  # 予以公开4件,无法提供19件,另处理重复申请1件: an outcome, not a total
        if how == "bare" and not _bare_gap_ok(text, clause_start, num_start, metric, g):
            continue  # 共办结各类事项1200件: the verb governs a noun of its own
        if (
            metric.context is not None
            and not metric.context.search(
                text,
                _last_break(
                    text, max(0, sentence_start - 1), g.sentence_breaks, g.reach["sentence_reach"]
                ),
                sentence_end,
            )
            and not _heading_says(text, sentence_start, metric.context, g)
            and not _continues_cases(earlier, sentence_start, g)
        ):
            continue  # 全市行政复议机关共办理行政复议案件560件: not the disclosure's cases
        if (
            metric.channel_parts is not None
            and metric.channel_parts.search(text, comma_start, unit_end)
            and (
                len(metric.channel_parts.findall(text, sentence_start, sentence_end)) > 1
                or _LIST_BEFORE.search(text, max(0, clause_start - 8), clause_start)
            )
        ):
            continue  # 当面申请4条、网上申请2条, …申请3件、纸质申请36件: one channel's part
        if metric.part_follows is not None and metric.part_follows.match(text, unit_end):
            continue  # 网站…申请3件、纸质申请36件: the first of the channels' parts
        if (
            nouns
            and (need := metric.noun_needs.get(_noun_name(nouns[0], g)))
            and not need.search(_heading_before(text, sentence_start, g) + sentence_head)
            and not _continues_requests(earlier, sentence_start, text, g)
        ):
            continue
        name = metric.name
        if metric.redirect is not None:
            to, when, unless = metric.redirect
            if when.search(subject) and not unless.search(subject):
                name = to
            elif (metric.preferred is None or not metric.preferred.search(comma_verbs)) and not any(
                f.start >= sentence_start for f in earlier
            ):
                # …微信平台保持每两周更新,全年共发布信息24条: the sentence's subject (its first
                # clause) is the channel (not when the clause uses the report's own term, 主动公开,
                # nor when another figure was read before it in the sentence)
                wide = text[sentence_start:num_start]
                first = next(
                    (c for c in g.comma_breaks.split(wide) if not g.connective.fullmatch(c)), ""
                )  # 同时,“活力安镇”微信公众号…,全年发布信息502篇: past the connective
                heading = _heading_before(text, sentence_start, g)
                if (when.search(first) and not unless.search(wide)) or (
                    first == wide.lstrip()[: len(first)]
                    and when.search(heading)
                    and not unless.search(heading + wide)
                ):
                    # 2、政务微博。2017年发布信息38条: a numbered heading names the channel
                    name = to
                elif (
                    g.subjectless.fullmatch(wide)
                    and when.search(para := _paragraph_before(text, sentence_start, g))
                    and not unless.search(para)
                ):
                    # …我局政务新媒体运营得到不断优化…。本年度共发布信息131条: a subjectless count in a
                    # paragraph about an account is that account's posts (or not); the items are doubtful
                    continue
                elif _account_followers_then_count(text, sentence_start, wide, when, unless, g):
                    # 开通“…”微信公众号。累计关注人数为14370人,发布信息747条: the account's followers,
                    # then its posts — blind CD guangdong-shanwei-2019
                    name = to
            if name == metric.name and (
                metric.preferred is None or not metric.preferred.search(comma_verbs)
            ):
                # …,依托太仓高新区发布微信公众号平台,全年发布信息894条: a count clause with no carrier
                # of its own right after a clause naming the channel (past that clause's last
                # figure) is the channel's posts — blind/AP jiangsu-suzhou-taicang-gaoxinqu-2022
                clauses = g.comma_breaks.split(text[sentence_start:num_start])
                if len(clauses) > 1 and g.subjectless.fullmatch(clauses[-1]):
                    # past a subscriber count ending that clause (…头条号订阅7508个,全年发布…)
                    before = re.split(r"\d", g.followers.sub("", clauses[-2]))[-1]
                    if when.search(before) and not unless.search(before):
                        name = to
        if (
            name == metric.name
            and nouns
            and metric.topical is not None
            and metric.topical.match(text, nouns[0].start())
        ):
            continue
        if (
            name == metric.name
            and metric.veto_channel is not None
            and metric.veto_channel[0].search(sentence_head)
            and not metric.veto_channel[1].search(sentence_head)
        ):
            continue
        if demoted and rank > 0:
            continue  # a sub-unit's figure read only weakly: not worth a guess
        if how == "weak" and metric.weak_below_bare:
            rank += 1  # 指导和办理依申请公开9件 … 共办结8件: the 办结 count is the one done
        if (
            name == metric.name
            and metric.preferred is not None
            and not metric.preferred.search(comma_verbs)
            and not (metric.total and g.whole_area.search(comma_clause))
        ):
            rank += 1
        if (
            how == "clause-verb"
            and metric.clause_verb_outranked is not None
            and metric.clause_verb_outranked.match(text, unit_end)
        ) or (
            how == "strong"
            and metric.documents_outranked is not None
            and metric.documents_outranked.match(text, unit_end)
        ):
            rank += 1  # 解读政策文件15件,发布解读材料31件 (针对103份政策文件发布解读信息178篇): the readings made
        if name == _NEW_MEDIA and g.whole_media.search(comma_clause):
            rank -= 1  # the whole area's accounts together, ahead of one account's posts
        if g.sum_words.search(comma_clause):
            rank -= 1
        elif (
            metric.total
            and name == metric.name
            and how == "inherited"
            and previous_end > sentence_start
            and nouns
            and _noun_name(nouns[0], g) in metric.vague
        ):
            continue  # 主动公开政策文件1490件,…等信息5075条: a later item of a list is a kind
        elif (
            metric.total
            and name == metric.name
            and how == "inherited"
            and metric.list_head_follows is not None
            and nouns
            and _noun_name(nouns[0], g) in metric.vague
            and metric.list_head_follows.match(text, unit_end)
        ):
            continue  # 发布…典型案例等信息共26条,动态要闻109条,通知公告128条: the first kind of a list
        if (
            metric.total
            and name == metric.name
            and previous_end > sentence_start
            and _item_part_of_an_earlier_sum(text, sentence_start, num_start, metric, g)
        ):
            continue  # 栏目累计公开124条,各类政务信息115条、财政预决算9条: a part of the count before
        if (
            name == metric.name
            and how == "inherited"
            and previous_end > sentence_start
            and metric.list_item_veto is not None
            and (part_of is not None or parts_at is not None or g.items_lead.search(sentence_head))
        ):
            # a later item of a breakdown of the items disclosed
            if metric.list_item_veto.fullmatch(_LIST_ITEM_START.split(comma_clause)[-1]):
                continue  # …中,教育法规规章2条,规范性文件1条: a kind among the kinds, not documents
            rank += 1  # …其中…政府文件19条: a kind; a statement of its own elsewhere comes first
        if (
            name == metric.name
            and metric.issuer_levels
            and _reposted(text, clause_start, num_start, unit_end, sentence_end, metric, g)
        ):
            continue  # 公开国办文件111个、省政府文件153个、市政府…文件154个: the 111 and 153 reposted
        if (
            name == metric.name
            and nouns
            and metric.related_back is not None
            and metric.related_topic is not None
            and metric.related_back.search(text, clause_start, nouns[0].start())
            and metric.related_topic.search(text, sentence_start, comma_start)
        ):
            rank += 1  # 联动发布疫情信息,共发布相关信息3093条: the topic's, below a plain total
        if rank > 0 and nouns and _noun_name(nouns[0], g) in metric.vague:
            rank += 1  # a weak verb and the vaguest noun: 全年公开信息26条
        if rank > 0 and metric.weak_veto is not None and metric.weak_veto.search(sentence_head):
            continue  # a weak reading in a sentence about one field or column
        if (
            name == metric.name
            and quantity.value == 0
            and metric.zero_slot is not None
            and metric.zero_slot.search(
                text, max(0, comma_start - g.reach["clause_reach"]), comma_start
            )
        ):
            continue  # 机构信息0条,政策文件0条: an empty category of the catalogue, not a figure
        if (
            quantity.value > 0
            and metric.joint_veto is not None
            and metric.joint_veto.search(comma_clause)
        ):
            continue  # …行政诉讼或行政复议1起: one count of two kinds, neither's own
        if channel_part_only and name != _NEW_MEDIA:
            continue  # in a breakdown only a new-media channel's part is read
        if name != metric.name and _target_excludes(name, sentence_head, g):
            continue  # a figure redirected to a channel's metric meets that metric's own vetoes
        # a fallback noun's figure is the metric's own only (微信公众号推送…政务动态68余条 stays the
        # channel's count), and only as the first figure of its sentence (公开…公文类政府信息54条,
        # …政务动态类信息733条: one of the parts listed, no total)
        fallback = fallback and name == metric.name
        if fallback and g.quantity.search(text, sentence_start, num_start):
            continue
        if fallback and g.fallback_list_next.match(text, unit_end):
            continue  # one column leading a list of columns, each counted (…1720条、…102条)
        if name in taken:
            continue
        taken.add(name)
        value, end = quantity.value, (nouns[0].end() if noun_after else unit_end)
        rule = "grammar.redirect" if name != metric.name else ""
        if name == "requests_received":
            carried = g.carry_over.match(text, unit_end)
            if carried is not None:
                part = parse_number(carried["num"])
                if part is None or part.value > value:
                    continue
                value, end = value - part.value, carried.end()
                rule = "grammar.carry_over"
            elif g.carry_over_unstated.match(text, unit_end):
                if not g.new_requests.search(text, unit_end, sentence_end):
                    continue  # a total with carry-over in it, the new ones unstated
                # …60件,其中,本年度新接收57件,2020年结转办理3件: the new ones follow; the total
                # is a fallback only
                demoted = True
            elif g.carry_over_unstated.search(text, sentence_start, num_start):
                # …114件,其中2件来自上一年度结转,受理的116件申请件已…答复: the same sentence
                # said the new ones are unstated; a later count is only the answered one
                answered = g.all_answered.match(text, end)
                if answered is not None and "requests_completed" not in taken:
                    taken.add("requests_completed")
                    yield Found(
                        "requests_completed",
                        value,
                        quantity.approx,
                        ev_start,
                        answered.end(),
                        demoted,
                        2,
                        "answered",
                        rule="grammar.answered_unstated",
                    )
                continue
        # the parts' lead: 其中/包括 in the sentence, or a sentence of parts (。主要有…)
        lead_span = (
            part_of.span() if part_of is not None else (parts_at, parts_at) if parts_at else None
        )
        if (
            lead_span is not None
            and metric.items_part_veto is not None
            and metric.items_part_veto.search(text, sentence_start, lead_span[0])
            and _same_list(text, lead_span[1], num_start)  # the same list, not a later clause
            and not (
                metric.items_part_unless is not None
                and metric.items_part_unless.search(
                    text, num_start - len(comma_clause), unit_end + 8
                )
            )
        ):
            continue  # …公开32条,其中…4条人大议案、16条政协提案: kinds of the posts
        if (
            metric.items_list_veto is not None
            and metric.items_list_veto.search(text, sentence_start, clause_start)
            # (a list after 其中/包括/涵盖 is items_part_veto's: not a list with no lead)
            and not g.part.search(text, sentence_start, clause_start)
            and not (metric.verbs is not None and metric.verbs.match(text, clause_start))
            and not (
                metric.items_part_unless is not None
                and metric.items_part_unless.search(text, clause_start, unit_end + 8)
            )
        ):
            continue  # 主动公开机构概况2件,规划计划3件、…、建议提案办理10件: a kind of the items
        # a part (其中…) of a figure of the same metric stated earlier in the sentence
        # (not of a running total demoted as such: 累计…440条。其中2013年度…235条 is the year's;
        # nor of a site's headline count when the part is in the report's own term:
        # 网站共发布信息3万余条,其中主动公开政府信息1200条)
        own_term = (
            name == metric.name
            and metric.preferred is not None
            and bool(metric.preferred.search(comma_verbs))
            and not (
                part_of is not None
                and (
                    g.listed_before.search(text, part_of.end(), num_start)
                    or g.listed_after.match(text, unit_end, sentence_end)
                )
            )
        )
        part = (
            part_of is not None
            and not own_part
            and any(
                (f.metric == name or f.metric in metric.parts_of)
                and sentence_start <= f.start < part_of.start()
                # (a total read from a list's last noun, demoted as such, still leads a sentence of
                # parts after it: …公布政府信息、工作动态信息128余条。其中:政府网站公开政府信息数46条
                # — blind BC hunan-yueyang-pingjiang-danganju-2017; a running total demoted as one does
                # not: 累计…440条。其中2013年度…235条)
                and (not f.demoted or (f.how == "inherited" and parts_at is not None))
                and not (own_term and f.rank > 0)
                for f in earlier
            )
        )
        if (
            part_of is not None
            and not part
            and name == metric.name
            and _part_of_unread(
                text, sentence_start, part_of, num_start, unit, metric, comma_verbs, g
            )
        ):
            continue  # 主动公开执法信息30条,其中网上公开信息14条: a part of a total not ours
        if own_part:
            rank -= 1  # 其中本部门信息3200条: the body's own, ahead of the total
        yield Found(
            name,
            value,
            quantity.approx,
            ev_start,
            end,
            demoted or part or fallback,
            rank,
            how,
            rule=rule,
        )
        if name == "requests_received" and not part and quantity.value > 0:
            # a single count said to be all answered is also the count completed (not a part of
            # a count stated before it: 收到9份…,其中8份是网络…,1份是纸质…,皆已全部按时答复 says it of
            # all 9, not of the paper one — AI-audit guangxi-qinzhou-bureau-2021). None of a count
            # of 0: nothing was answered, and the labels give no completed 0 where no request came
            # (train sichuan-luzhou-hejiang-fawangsizhen-2023 受理…0件; AL-audit
            # hunan-mayang-huangsangxiang-2025 受理…0件,无其他需按规定公开或回复的政务信息)
            answered = (
                g.all_answered.match(text, end)
                or _answered_after_parts(text, end, quantity.value, g)
                or _all_requests_answered(text, end, quantity.value, g)
                or _answered_restated(text, end, quantity.value, g)
            )
            if (
                answered is not None
                and not g.sub_unit.search(answered.group())
                # withdrawn requests are not answered ones, said before the verb or after it in
                # the sentence (…3件,均已办结,其中申请人撤回1件)
                and not g.withdrawn.search(text, ev_start, max(answered.end(), sentence_end))
            ):
                yield Found(
                    "requests_completed",
                    quantity.value,
                    quantity.approx,
                    ev_start,
                    answered.end(),
                    demoted,
                    2,
                    "answered",
                )


def _unquoted(words: str, g: _Grammar) -> str:
    """`words` with each name in title marks or quotes blanked, its length kept."""
    return g.quoted_name.sub(lambda m: "□" * len(m.group()), words)


def _answered_after_parts(text: str, end: int, value: float, g: _Grammar) -> re.Match[str] | None:
    """The clause saying a request count was all answered, after clauses that are its outcomes
    (summing to the count) or another metric's count: 收到…6件,其中予以公开4件,部分公开1件,
    不予公开1件,均已按要求答复. None when another clause stands between, or the outcomes do not
    add up to the count (then 均 may be said of the outcomes only)."""
    sentence_end = _next_break(text, end, g.sentence_breaks, g.reach["sentence_reach"])
    outcomes: list[int] = []
    others = 0
    pos = end
    while pos < sentence_end and g.comma_breaks.match(text, pos):
        start = pos + 1
        stop = _next_break(text, start, g.comma_breaks, sentence_end - start)
        answered = g.answered_after_parts.match(text, start, stop)
        if answered is not None:
            if (outcomes and sum(outcomes) == value) or (others and not outcomes):
                return answered
            return None
        outcome = g.outcome_part.fullmatch(text, start, stop)
        parts = _request_parts(text, start, stop) if outcome is None else None
        if outcome is not None:
            if outcome["num"] is not None:
                outcomes.append(int(outcome["num"].replace(",", "")))
        elif parts is not None:
            outcomes.extend(parts)
        elif _other_count(text, start, stop, g):
            others += 1
        else:
            return None
        pos = stop
    return None


def _answered_restated(text: str, end: int, value: float, g: _Grammar) -> re.Match[str] | None:
    """…7件,7件均已按时办结: all answered, the count said again before it (the same figure only)."""
    m = g.answered_restated.match(text, end)
    return m if m is not None and float(m["num"]) == value else None


def _all_requests_answered(text: str, end: int, value: float, g: _Grammar) -> re.Match[str] | None:
    """ "All requests answered" said in a later sentence of the paragraph (…申请21件。其中,网络申请
    14件,书面申请7件。所有申请均按时办结): the count's, when the figures between are its parts
    (summing to it) or there are none; else it may be said of other requests."""
    reach = min(len(text), end + g.reach["sentence_reach"])
    stop = text.find("\n", end, reach)
    answered = g.all_requests_answered.search(text, end, stop if stop >= 0 else reach)
    rate = None
    if answered is None:
        # 办结率100% in the count's paragraph, of nothing but requests between
        rate = g.rate_all_answered.search(text, end, stop if stop >= 0 else reach)
        if rate is not None and not _other_count(text, end, rate.start(), g):
            answered = rate
    if answered is None and stop >= 0:
        # the next paragraph's first sentence (…内容。\n目前,所有…申请已全部办理完毕)
        first = _next_break(text, stop + 1, g.sentence_breaks, g.reach["sentence_reach"])
        answered = g.all_requests_answered.search(text, stop + 1, first)
    if answered is None:
        return None
    parts = [
        parse_number(q["num"])
        for q in g.quantity.finditer(text, end, answered.start())
        if q["num"] is not None
        and not g.before_number.search(text[max(0, q.start("num") - 4) : q.start("num")])
        and (q["unit"] or "") not in ("%", "%")
    ]
    # a zero between (上年结转为0宗) is no part of the count and leaves its sum as it was
    parts = [p for p in parts if p is None or p.value != 0]
    if parts and sum(p.value if p is not None else float("nan") for p in parts) != value:
        return None
    return answered


# A clause of the count's parts in any words, joined by 、 (其中通过门户网站平台在线提交申请7件、线下来信
# 或转办1件): led by 其中, every figure in it counted in 件. They stand for outcomes only when they add
# up to the count (_answered_after_parts checks the sum).
_PARTS_LEAD = re.compile(r"\s*其中")
_PART_FIGURE = re.compile(r"(\d+)\s*(件)?")


def _request_parts(text: str, start: int, end: int) -> list[int] | None:
    """The figures of a clause of parts (其中…7件、…1件), or None when it is not one."""
    if not _PARTS_LEAD.match(text, start, end):
        return None
    figures = list(_PART_FIGURE.finditer(text, start, end))
    if not figures or any(f.group(2) is None for f in figures):
        return None
    return [int(f.group(1)) for f in figures]


def _other_count(text: str, start: int, end: int, g: _Grammar) -> bool:
    """Whether the clause counts something other than requests (办结人大代表建议案1件)."""
    if g.quantity.search(text, start, end) is None:
        return False
    kinds = [_kinds(n, g) for n in g.nouns.finditer(text, start, end)]
    return any(kinds) and not any(k & g.outcome_metrics for k in kinds)


def _one_noun_closed(
    text: str, clause_start: int, closed: int, before: list[re.Match[str]], g: _Grammar
) -> bool:
    """Whether 等 closes one noun, not a list (发布政策解读等28篇: the readings and the like,
    counted as readings — blind CM; 发布A、B、C等N条 stays a list whose noun is the list)."""
    return (
        len(before) == 1
        and not text[before[0].end() : closed].strip()
        and (clause_start == 0 or text[clause_start - 1] != "、")
        and not g.list_join.search(text, clause_start, before[0].start())
    )


def _nouns(
    text: str, clause_start: int, num_start: int, unit_end: int, g: _Grammar
) -> tuple[list[re.Match[str]], bool]:
    """The nouns the figure is read with, nearest first, and whether they follow it.

    Before the figure: the last noun of the clause; all of the clause's nouns when they
    share it (行政复议和行政诉讼均为0件). Else after it: the noun phrase right after the
    unit (收到33次政府信息公开申请), through nouns it runs on to (7件政策文件开展全覆盖解读)."""
    before = [
        n
        for n in g.nouns.finditer(text, clause_start, num_start)
        if (
            not _inside_title(text, clause_start, n.start())
            or _QUOTED_LABEL.fullmatch(text, n.end(), num_start)
            or ("”" in n.group(0) and _LABEL_GAP.fullmatch(text, n.end(), num_start))
            or _quoted_term(text, n, num_start)
        )
        and not _aside(text, n.end(), num_start)
    ]
    summed = [i for i, n in enumerate(before) if g.bracket_sum.fullmatch(text, n.end(), num_start)]
    if summed:
        # 政府信息(网站、微信共965条: the carriers in the bracket are summed, the noun before it counted
        before = before[: summed[0] + 1]
    closed = g.list_end.search(text, max(clause_start, num_start - 3), num_start)
    if closed and not _one_noun_closed(text, clause_start, closed.start(), before, g):
        before = []  # 发布A、B、C等N条: the list is the noun, or one after it
    if before and g.among.match(text, before[-1].end(), num_start):
        before = []  # 政府信息中机构职能类26条: a kind among the noun's, counted
    # 通过门户网站及政务新媒体方式主动公开907条: a noun that names the means is not the figure's
    # 在县政府网站及本单位门户网站公开214条: a place named after 在/通过, then a verb, is where
    # the figure was published, not what it counts
    if before and _noun_name(before[-1], g) in g.other_nouns:
        loc = None
        for loc in g.locative.finditer(text, clause_start, before[-1].start()):
            pass
        placed = [n for n in before if loc is not None and n.start() >= loc.end()]
        if (
            loc is not None
            and placed[0].start() - loc.end() <= g.reach["noun_after_reach"]
            and all(
                _noun_name(n, g) in g.other_nouns
                # (or one that only qualifies the place's name: 政府信息公开栏目)
                or (
                    i + 1 < len(placed)
                    and placed[i + 1].start() - n.end() <= 2
                    and _noun_name(placed[i + 1], g) in g.other_nouns
                )
                for i, n in enumerate(placed)
            )
            and g.any_verb.search(g.mask.sub("□", text[before[-1].end() : num_start]))
        ):
            before = [n for n in before if n.start() < loc.start()]
    # (with every channel listed before it: 门户网站及政务新媒体)
    means_end = max((m.end() for n in before if (m := g.means.match(text, n.end()))), default=-1)
    before = [n for n in before if n.start() >= means_end]
    # 召开新闻发布会解读政策文件4场次: a last noun whose metrics all refuse the figure's unit is
    # what the figure's subject did, not what it counts; the noun before it counts (blind/X6
    # yunnan-baoshan-2024). Nouns of no metric keep their claim.
    if len(before) > 1 and unit_end > 0:
        unit = text[unit_end - 1]

        def takes(noun: re.Match[str]) -> bool | None:
            name = _noun_name(noun, g)
            named = [m for m in g.metrics if name in m.nouns or name in m.strong]
            if not named:
                return None
            return any(unit in m.units or unit in m.units_after_noun for m in named)

        kept = len(before)
        while kept > 1 and takes(before[kept - 1]) is False:
            kept -= 1  # (解读 and 政策文件 both refuse 场: the conference counts)
        if kept < len(before) and takes(before[kept - 1]):
            before = before[:kept]
    if num_start > clause_start and text[num_start - 1] in "和及与":
        before = []  # 10个视频解读和31个图解: a new phrase starts at the figure
    if (
        before
        and _noun_name(before[-1], g) in g.other_nouns
        and g.object_verbs.search(g.mask.sub("□", text[before[-1].end() : num_start]))
        and _metric_noun_after(text, unit_end, g)
    ):
        before = []  # 新闻办共组织开展了30次新闻发布会: the subject, a verb, then the object
    if before:
        if g.shared.search(text, before[-1].end(), num_start):
            return before[::-1], False
        if (
            len(before) > 1
            and g.joined.fullmatch(text, before[-2].end(), before[-1].start())
            and _kinds(before[-2], g) != _kinds(before[-1], g)
            and (_kinds(before[-2], g) or "interpretations" in _direct_kinds(before[-1], g))
        ):
            # 政策类文件及解读12条, 省政府工作报告及解读2条: two kinds counted together
            return [], False
        return [before[-1]], False
    limit = min(len(text), unit_end + g.reach["noun_after_reach"])
    stop = min(
        _next_break(text, unit_end, g.sentence_breaks, limit - unit_end),
        _next_break(text, unit_end, g.clause_breaks, limit - unit_end),
    )
    chain: list[re.Match[str]] = []
    pos = unit_end
    for noun in g.nouns.finditer(text, unit_end, stop):
        gap = text[pos : noun.start()]
        if not chain and g.noun_after_cause.fullmatch(gap):
            continue  # 2件因依申请公开引发的行政复议: the cause, not the noun counted
        modified = not chain and g.noun_after_modifier.fullmatch(gap) is not None
        if not modified and (len(gap) > g.reach["noun_gap"] or g.conjunction.search(gap)):
            break  # (a 的-modifier may hold a 与 of its own: 与公众密切相关的)
        chain.append(noun)
        pos = noun.end()
        if _noun_name(noun, g) in g.other_nouns:
            break  # 10个动漫视频系列解读: the video claims the figure
    return chain[::-1][:1], bool(chain)


def _category_count(
    text: str, clause_start: int, num_start: int, unit_end: int, g: _Grammar
) -> bool:
    """Whether the figure counts a category of the catalogue named right before it (法规文件类信息
    14条,占总数的0.7%), whose share of the total leaves it the category's count."""
    nouns, noun_after = _nouns(text, clause_start, num_start, unit_end, g)
    return bool(nouns) and not noun_after and _noun_name(nouns[0], g) in g.share_kept


def _metric_noun_after(text: str, unit_end: int, g: _Grammar) -> bool:
    """Whether a metric's noun follows the unit at once (30次新闻发布会)."""
    noun = g.nouns.match(text, unit_end)
    return noun is not None and _noun_name(noun, g) not in g.other_nouns


def _channels_list(clause: str, metric: _Metric, g: _Grammar) -> bool:
    """Whether a list closed by 等 opens with a channel of the public's requests and no verb of the
    metric's (市长信箱及市长公开电话等35件), not with a kind of item (公开通知公告、网民留言回复等120条)."""
    first = g.list_joint_words.split(clause.strip(), maxsplit=1)[0]
    return bool(g.other_channel.search(first)) and not (
        metric.verbs is not None and metric.verbs.search(first)
    )


def _mixed_list(text: str, comma_start: int, num_start: int, g: _Grammar) -> bool:
    """Whether the figure counts a list of kinds of different metrics together, with no verb
    or figure between them (行政规范性文件、政策文件、会议纪要及相关解读信息共90条)."""
    nouns = [
        n
        for n in g.nouns.finditer(text, comma_start, num_start)
        if not _inside_title(text, comma_start, n.start())
    ]
    if len(nouns) < 2 or g.quantity.search(text, comma_start, num_start):
        return False
    if not g.list_count_gap.fullmatch(text, nouns[-1].end(), num_start) and not (
        g.list_tail.fullmatch(text, nouns[-1].end(), num_start)
        and not g.any_verb.search(text, nouns[-1].end(), num_start)
    ):
        # the list is not the figure's own noun phrase (a heading, a verb between), nor ends in
        # a kind of no metric joined on (…、解读政策规定以及相关办税指引100多条)
        return False
    if "等" in text[nouns[-2].end() : nouns[-1].start()]:
        return False  # 政府文件、会议动态等各类信息203条: the last noun heads the list
    between = g.mask.sub("□", text[nouns[0].end() : nouns[-1].start()])
    if not g.list_joint_words.search(between) or g.any_verb.search(between):
        return False
    kinds = [k for k in (_direct_kinds(n, g) for n in nouns) if k]
    # a kind of posts of no metric (通知、公告、文件52条: notices and documents together)
    kinds += [_OTHER_KIND for n in nouns if g.list_other_kinds.fullmatch(n.group())]
    return len(kinds) > 1 and not frozenset.intersection(*kinds)


_OTHER_KIND = frozenset({"(posts of no metric)"})


def _direct_kinds(noun: re.Match[str], g: _Grammar) -> frozenset[str]:
    """The metrics a noun names by itself: strong, or read with the metric's verbs (规范性文件
    names documents; it names readings only under 解读, a clause verb)."""
    name = _noun_name(noun, g)
    return frozenset(
        m.name for m in g.metrics if name in m.strong or (name in m.nouns and m.verbs is not None)
    )


def _kinds(noun: re.Match[str], g: _Grammar) -> frozenset[str]:
    name = _noun_name(noun, g)
    return frozenset(m.name for m in g.metrics if name in m.nouns)


def _subject_start(text: str, previous_end: int, comma_start: int, g: _Grammar) -> int:
    """Where the words naming a figure's subject start: after the figure before it in its comma
    clause — but a figure in a bracket (an aside on the carrier: 微博账号(1个)发布信息149条) is
    no boundary, the carrier before the bracket is the subject's (AL-audit
    liaoning-haicheng-xiliuzhen-2023-spam). Nor is a figure counting the channels themselves
    (全市政府网站及389个政务新媒体发布信息50000余条): the carriers named before it are the subject's
    too (AO-audit yunnan-zhaotong-2022-spam)."""
    if previous_end > comma_start and g.channel_count.match(text, previous_end):
        start = comma_start
        for before in g.quantity.finditer(text, comma_start, previous_end):
            if before.end() < previous_end:
                start = max(start, before.end())
        return start
    if previous_end <= comma_start or not text.startswith(")", previous_end):
        return max(previous_end, comma_start)
    opened = text.rfind("(", comma_start, previous_end)
    if opened < 0 or ")" in text[opened:previous_end]:
        return previous_end
    start = comma_start
    for before in g.quantity.finditer(text, comma_start, opened):
        start = before.end()
    return start


def _carrier_before(
    text: str, sentence_start: int, previous_end: int, comma_start: int, g: _Grammar
) -> str:
    """The words before a clause that opens with its verb, back to the sentence's last figure
    (…1861条,建立…微信公众服务号,发布…212条) — or past it when that figure counts send-outs, not
    items (在…微信公众平台群发信息51次,共计发送153条信息): where such a clause's carrier is named."""
    start = max(sentence_start, previous_end)
    if previous_end > sentence_start and g.sendouts.search(text, 0, previous_end):
        start = max(
            sentence_start,
            _last_break(text, previous_end, g.comma_breaks, g.reach["clause_reach"]),
        )
    return text[start:comma_start] if start < comma_start else ""


def _bracket_opens(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened between `start` and `end` is still open at `end`, with words
    after it: (其中政府领导231条 opens a breakdown; (1386)条 only sets the figure in brackets."""
    between = text[start:end]
    return between.count("(") > between.count(")") and not between.rstrip().endswith("(")


def _part_of_unread(
    text: str,
    sentence_start: int,
    part_of: re.Match[str],
    num_start: int,
    unit: str,
    metric: _Metric,
    comma_verbs: str,
    g: _Grammar,
) -> bool:
    """Whether a figure after 其中/包括 is a part of a total (a metric marked `total`) stated
    before it, with the same unit under a verb of the metric, not read as the metric's (a topic's count:
    主动公开执法信息30条,其中网上公开信息14条). Not when the part names the year (累计…440条。
    其中2013年度…235条) or the metric's own term the total lacks (共制发信息437条,其中主动公开…55条)."""
    if not metric.total or not unit or g.new_this_year.search(text, part_of.start(), num_start):
        return False
    totals = [
        q for q in g.quantity.finditer(text, sentence_start, part_of.start()) if q["unit"] == unit
    ]
    if not totals:
        return False
    total = totals[-1]
    # the total's own clause (制作、获取政府信息总数32条: no verb of the metric, whatever the heading;
    # the clause starts no earlier than its sentence: a heading line above it, "(一)主动公开政府信息
    # 的情况", is not its clause)
    clause_start = _last_break(text, total.start(), g.clause_breaks, g.reach["clause_reach"])
    clause = text[max(clause_start, sentence_start) : total.start()]
    if not metric.verbs.search(g.mask.sub("□", clause)):
        return False
    return not (
        metric.preferred is not None
        and metric.preferred.search(comma_verbs)
        and not metric.preferred.search(clause)
    )


def _respective(
    text: str, respective: re.Match[str], num_start: int, unit: str, g: _Grammar
) -> list[str] | None:
    """The metrics of a figure in a list after 分别, paired in order with the items named before it
    (行政复议、行政诉讼分别为2件、1件; 收到和办结…申请分别为30件、28件) or right after it
    (分别收到…申请和行政复议申请10件、2件). None when items and figures do not pair up; [] when
    the figure's item is a channel (门户网站、微信公众号分别发布信息1200条、300条: the website's
    count is read as any other) or the figure stands alone after 分别."""
    figures = []
    pos = respective.end()
    for q in g.quantity.finditer(text, respective.end(), min(len(text), respective.end() + 120)):
        if figures and not g.list_joint.fullmatch(text, pos, q.start()):
            break
        figures.append(q.start("num") if q["num"] is not None else q.start())
        pos = q.end()
    if num_start not in figures:
        return None
    if len(figures) == 1:
        # 其中…,分别公开机构信息1条,政策文件信息3条: one figure pairs nothing; each figure has its own
        # noun, and the figure is read as any other (a category's part stays a part)
        return []
    index = figures.index(num_start)
    start = _last_break(text, respective.start(), g.comma_breaks, g.reach["clause_reach"])
    items = list(g.nouns.finditer(text, start, respective.start()))
    zone_end = respective.start()
    if not items:  # 分别收到A和B10件、2件: the items follow 分别
        first = g.quantity.search(text, respective.end())
        zone_end = first.start() if first else respective.end()
        items = list(g.nouns.finditer(text, respective.end(), zone_end))
    zone = g.mask.sub("□", text[start:zone_end])
    verbs = list(g.any_verb.finditer(zone))
    if len(items) == len(figures):
        item = _noun_name(items[index], g)
        if g.channel_item.fullmatch(item):
            return []
        found = [
            m.name
            for m in g.metrics
            if item in m.nouns
            and (not unit or unit in m.units)
            and (item in m.strong or (m.verbs is not None and m.verbs.search(zone)))
            and not (m.excludes is not None and m.excludes.search(text, start, items[0].start()))
        ]
        return found if found or item in g.other_nouns else None
    if len(items) == 1 and len(verbs) == len(figures):
        item, verb = _noun_name(items[0], g), verbs[index].group()
        return [
            m.name
            for m in g.metrics
            if item in m.nouns
            and (not unit or unit in m.units)
            and m.verbs is not None
            and m.verbs.fullmatch(verb)
        ] or None
    return None


def _labelled_part(text: str, parts_at: int, num_start: int, g: _Grammar) -> bool:
    """Whether the words between 其中 and the figure name a category of their own (其中“政策法规”58条,
    其中工作动态300条), not just small words and verbs (其中主动公开1200条), the year's share
    (其中2013年度新增235条) or the body's own (其中我办发布1200条)."""
    lead_start = text.rfind("其中", max(0, parts_at - 2), parts_at)
    if (lead_start >= 0 and g.own_part.match(text, lead_start)) or g.new_this_year.search(
        text, lead_start if lead_start >= 0 else parts_at, num_start
    ):
        return False
    words = g.part_filler.sub("", g.any_verb.sub("", text[parts_at:num_start]))
    return _HAN.search(words) is not None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _in_breakdown(text: str, sentence_start: int, num_start: int, g: _Grammar) -> bool:
    """Whether the figure stands in a parenthesis that opens right after another figure and
    holds more than one figure: 依申请公开2条(答复网上申请1条,纸质版快递邮寄1条) lists parts."""
    opening = text.rfind("(", sentence_start, num_start)
    if opening < 0 or ")" in text[opening:num_start]:
        return False
    if not g.after_figure.search(text, max(sentence_start, opening - 8), opening):
        return False
    closing = text.find(")", num_start)
    inside = text[opening : closing if closing >= 0 else num_start + g.reach["clause_reach"]]
    return len(g.quantity.findall(inside)) > 1


_NEW_MEDIA = "new_media_posts"


def _own_part(text: str, sentence_start: int, num_start: int, g: _Grammar) -> str:
    """The words of the figure's comma clause that can exclude it: in a list of parts led by 其中
    (…其中,…类信息5条、新闻发布会类信息2、…解读类信息15条), those after the last earlier part with its own
    count; elsewhere all of the clause (在规章库、行政规范性文件库集中公开规章148部、…463件: the words before
    the first count lead every part). A list's length is no bound here: its lead is found however far."""
    reach = g.reach["clause_reach"]
    clause = text[
        max(sentence_start, _last_break(text, num_start, g.comma_breaks, reach)) : num_start
    ]
    whole = max(
        sentence_start, _last_break(text, num_start, g.comma_breaks, num_start - sentence_start)
    )
    if g.parts_led.search(text, max(0, whole - 8), whole) is None:
        return clause
    start = whole
    for m in g.counted_part.finditer(text, whole, num_start):
        start = m.end()
    return text[max(start, num_start - len(clause)) : num_start]


def _target_excludes(name: str, sentence_head: str, g: _Grammar) -> bool:
    """Whether the metric a figure was redirected to excludes it by its sentence (…渠道主动公开各类信息
    1186条,其中政务微信公开信息数923条: one channel's part of the items, blind/AP2)."""
    target = g.by_name.get(name)
    return (
        target is not None
        and target.sentence_excludes is not None
        and target.sentence_excludes.search(sentence_head) is not None
    )


def _new_media_part(text: str, num_start: int, g: _Grammar) -> bool:
    """Whether the part's own clause (back to the parenthesis or a break) names a new-media
    channel and no website: 政务新媒体发布信息66条, not 政府门户网站公开信息92条."""
    start = max(text.rfind("(", 0, num_start), _last_break(text, num_start, g.comma_breaks, 40))
    own = text[start:num_start]
    media = g.by_name.get(_NEW_MEDIA)
    return (
        media is not None
        and media.channel is not None
        and media.channel.search(own) is not None
        and not (media.channel_unless is not None and media.channel_unless.search(own))
    )


def _in_name(text: str, sentence_start: int, num_start: int, unit_end: int, g: _Grammar) -> bool:
    """Whether the figure stands inside a name in title marks or quotes (“创业富民30条”)."""
    opener = max(text.rfind(mark, sentence_start, num_start) for mark in "《“「")
    if text.count('"', sentence_start, num_start) % 2:  # straight quotes: opened, not closed
        opener = max(opener, text.rfind('"', sentence_start, num_start))
    if opener < 0:
        return False
    name = g.quoted_name.match(text, opener, min(len(text), unit_end + 60))
    return name is not None and name.end() >= unit_end


# A statistic's label in quotes, then its figure (“依申请公开政府信息”数为1): the label's noun counts.
_QUOTED_LABEL = re.compile(r"[^“”《》]{0,12}”\s*(?:的)?(?:数量|总数|数)\s*(?:为|是)?\s*")
_LABEL_GAP = re.compile(r"\s*(?:为|是)?\s*")  # after a label noun that closes its quote (…信息”数)
# A noun that fills its quotes, the figure right after them (组织开展“新闻发布会”15期): a term
# set off in quotes, not a name that holds it (“政策文件”栏目, 《…新闻发布会制度》).
_QUOTED_TERM_GAP = re.compile(r"\s*(?:共计|合计|共|达|为)?\s*")


def _quoted_term(text: str, noun: re.Match[str], num_start: int) -> bool:
    s, e = noun.start(), noun.end()
    return (
        s > 0
        and text[s - 1] in '“"「'
        and text[e : e + 1] in ("”", '"', "」")
        and _QUOTED_TERM_GAP.fullmatch(text, e + 1, num_start) is not None
    )


def _inside_title(text: str, start: int, pos: int) -> bool:
    head = text[start:pos]
    return head.count("《") > head.count("》") or head.count("“") > head.count("”")


def _aside(text: str, pos: int, num_start: int) -> bool:
    """Whether `pos` is inside a parenthesis closed before the figure: 办结(含结转)22件."""
    between = text[pos:num_start]
    return between.count(")") > between.count("(")


def _bare_gap_ok(
    text: str, clause_start: int, num_start: int, metric: _Metric, g: _Grammar
) -> bool:
    """Whether only small words stand between a bare verb and its figure (办结(含结转)22件, 共答复
    299件), not a noun the grammar does not know (共办结各类事项1200件)."""
    verbs = (
        list(metric.bare_verbs.finditer(text, clause_start, num_start)) if metric.bare_verbs else []
    )
    return bool(verbs) and g.bare_gap.fullmatch(text, verbs[-1].end(), num_start) is not None


def _topic(
    text: str, clause_start: int, g: _Grammar, earlier: list[Found]
) -> frozenset[str] | None:
    """The metrics whose topic the text names last before the clause (a heading, a lead), when
    the bare verb still continues it: no figure stands between the topic and the clause, or the
    last one was read as a figure the metric follows (收到申请12件,办结12件). A figure of
    something else in between is what the bare verb continues (…热线受理诉求1200件。全年办结
    1180件; 受理行政许可事项3200件,办结3150件). Metrics may share a topic (依申请: the requests
    received and those answered), each with its own bare verbs."""
    last = None
    for last in g.topics.finditer(
        text, max(0, clause_start - g.reach["topic_reach"]), clause_start
    ):
        pass
    if last is None or last.lastgroup is None:
        return None
    names = [m.name for m in g.metrics if m.topic is not None and m.topic.match(text, last.start())]
    # (the figures in between are looked at only for a metric in bare_after)
    between = (
        list(g.quantity.finditer(text, last.end(), clause_start))
        if any(name in g.bare_after for name in names)
        else []
    )
    kept = set()
    for name in names:
        if between and name in g.bare_after:
            figure = between[-1]
            follows, not_after, done_after = g.bare_after[name]
            read_as = {
                f.metric for f in earlier if f.start <= figure.start() and figure.end() <= f.end
            }
            if read_as - follows:
                continue  # the last figure is another metric's
            figure_clause = text[
                _last_break(
                    text, figure.start(), g.clause_breaks, g.reach["clause_reach"]
                ) : figure.end()
            ]
            if not read_as and not_after.search(figure_clause):
                continue  # the last figure counts something else (诉求, 许可事项)
            if not read_as and done_after is not None and done_after.match(text, figure.end()):
                continue  # the last figure is a done count said before its verb: a part follows
        kept.add(name)
    return frozenset(kept) or None


# Words between a verb and the figure it governs (我區發布了15件…, 共发布15件…).
_LEAD_FILLER = re.compile(r"(?:了|共|共计|累计)\s*$")


def _governing(
    text: str,
    noun: re.Match[str],
    clause_start: int,
    verb_end: int,
    noun_after: bool,
    g: _Grammar,
    num_start: int,
) -> str:
    """The words that govern the noun: the verb nearest before it (解读政策文件6件), or, for a
    noun after its figure, the words after it (7件政策文件开展全覆盖解读); nouns blanked."""
    if noun_after:
        after = g.mask.sub("□", _unquoted(text[noun.end() : verb_end], g))
        if g.any_verb.search(after):
            return after
        # no verb after it: a verb right before the figure governs it (我區發布15件規範性文件,
        # blind/BE zhejiang-hangzhou-binjiang-2021-trad-spam), as 发布规范性文件15件 reads
        lead = g.mask.sub("□", text[max(clause_start, num_start - 6) : num_start])
        lead = _LEAD_FILLER.sub("", lead.rstrip())
        verbs = [v for v in g.any_verb.finditer(lead) if v.end() == len(lead)]
        return verbs[-1].group() if verbs else after
    zone = g.mask.sub(
        "□", text[max(clause_start, noun.start() - g.reach["govern_reach"]) : noun.start()]
    )
    verbs = g.any_verb.findall(zone)
    if verbs:
        return verbs[-1]  # the verb nearest the noun governs it (…解读工作公开政策文件)
    # none before it: a verb between the noun and its figure (行政规范性文件发布0条)
    after = g.any_verb.findall(g.mask.sub("□", text[noun.end() : verb_end]))
    return after[0] if after else ""


def _any_verb(words: str, g: _Grammar) -> bool:
    """Whether `words` hold a verb of some metric (答复依申请公开53件 is answered, not a verbless count)."""
    return any(
        p is not None and p.search(words) for m in g.metrics for p in (m.verbs, m.weak_verbs)
    )


def _reading(
    metric: _Metric,
    noun: str | None,
    verb_zone: str,
    sentence_verbs: str,
    comma_verbs: str,
    topic: frozenset[str] | None,
    governing: str | None = None,
    alone: bool = False,
) -> tuple[int, str] | None:
    """How well the clause reads as this metric's figure: 0 fully, 1 a weak verb or a bare
    verb in the metric's topic, None not at all."""
    if noun is None:
        if metric.bare_verbs is None or not metric.bare_verbs.search(verb_zone):
            return None
        return (
            (1, "bare")
            if (topic and metric.name in topic) or (metric.bare_alone and alone)
            else None
        )
    if noun not in metric.nouns:
        return None
    if noun in metric.strong:
        return 0, "strong"
    if metric.not_with is not None and metric.not_with.search(comma_verbs + sentence_verbs):
        return None
    if metric.clause_verbs is not None and metric.clause_verbs.search(governing or ""):
        return 0, "clause-verb"
    if metric.verbs is not None and metric.verbs.search(verb_zone):
        return 0, "noun"
    if metric.verbs is not None and metric.verbs.search(sentence_verbs):
        return 0, "inherited"
    if metric.weak_verbs is not None and (
        metric.weak_verbs.search(verb_zone) or metric.weak_verbs.search(sentence_verbs)
    ):
        return 1, "weak"
    return None


def _evidence_start(text: str, clause_start: int, num_start: int) -> int:
    # the clause from its first word: it holds the verb and the noun the reading rests on
    start = clause_start
    while start < num_start and text[start] in " \n":
        start += 1
    return start


def _names_year(clause: str, year: int | None) -> bool:
    """The clause names the report's own year (…截至目前共发布592条信息,2019年公开政府信息60条)."""
    return year is not None and any(
        int(y) == year for y in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\s*\d)", clause)
    )


def _heading_says(text: str, pos: int, words: re.Pattern[str], g: _Grammar) -> bool:
    """The paragraph holding pos opens with a heading that names words ((二)依申请公开。…今年
    发生行政复议5件): the paragraph is about them."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = g.heading_start.match(text, line_start)
    if head is None:
        return False  # a paragraph of running text (2025年,全市政府信息公开工作…) is no heading
    return bool(words.search(text, head.end(), min(pos, head.end() + g.reach["heading_reach"])))


def _continues_requests(earlier: list[Found], sentence_start: int, text: str, g: _Grammar) -> bool:
    """The last figure before the sentence, close by and with no other figure between, counted
    disclosure requests (…受理政府信息公开申请7件。…。在办结的5件申请中): a bare 申请 continues it."""
    if not earlier or earlier[-1].metric not in g.outcome_metrics:
        return False
    last = earlier[-1]
    return (
        last.end <= sentence_start
        and sentence_start - last.end <= g.reach["sentence_reach"]
        and not g.quantity.search(text, last.end, sentence_start)
    )


def _led_by_year(head: str, year: int | None, g: _Grammar) -> bool:
    """The sentence opens with the report's own year (2024年,园区…,截至目前,主动公开…60条): its
    "up to now" is up to now in that year."""
    lead = re.match(
        r"\s*(?:\(?[一二三四五六七八九十\d]+\)?[、.]?\s*)?((?:19|20)\d\d)\s*年(?:度)?\s*[,,]", head
    )
    return year is not None and lead is not None and int(lead.group(1)) == year


def _continues_cases(earlier: list[Found], sentence_start: int, g: _Grammar) -> bool:
    """The last figure before the sentence, in the sentence before, counted the disclosure's
    cases (收到行政复议66件,结果维持33件…。收到行政诉讼202件): the next count of cases is one too."""
    if not earlier or earlier[-1].metric not in g.disclosure_totals:
        return False
    return 0 <= sentence_start - earlier[-1].end <= g.reach["sentence_reach"]


def _heading_before(text: str, sentence_start: int, g: _Grammar) -> str:
    """The sentence right before, when it is a short heading with no figure (三、依申请公开情况,
    2、政务微博。): what the sentence is about; else nothing."""
    if sentence_start <= 0:
        return ""
    reach = g.reach["heading_reach"]
    start = _last_break(text, sentence_start - 1, g.sentence_breaks, reach)
    before = text[start:sentence_start]
    if start == max(0, sentence_start - 1 - reach) and start > 0:
        return ""  # no break within reach: a long sentence, not a heading
    if g.quantity.search(before):
        return ""
    return g.sentence_breaks.sub(" ", before)  # read with the sentence as one line


def _issuer_level(words: str, levels: tuple[re.Pattern[str], ...]) -> int | None:
    """The level (0 highest) of the last issuing government `words` name, or None."""
    found = [(m.end(), i) for i, level in enumerate(levels) for m in level.finditer(words)]
    return max(found)[1] if found else None


def _reposted(
    text: str,
    clause_start: int,
    num_start: int,
    unit_end: int,
    sentence_end: int,
    metric: _Metric,
    g: _Grammar,
) -> bool:
    """Whether the documents counted are a higher level's, listed before a lower level's in the
    same sentence (国办文件111个、省政府文件153个、市政府和市政府办文件154个): reposts, not the
    body's own."""
    own = _issuer_level(text[clause_start:num_start], metric.issuer_levels)
    if own is None:
        return False
    for item in g.clause_breaks.split(text[unit_end:sentence_end]):
        noun = g.nouns.search(item)
        counted = noun is not None and item[noun.end() :].lstrip()[:1].isdigit()
        if counted and _noun_name(noun, g) in metric.nouns:  # a later count of the same documents
            level = _issuer_level(item, metric.issuer_levels)
            if level is not None and level > own:
                return True
    return False


def _account_followers_then_count(
    text: str,
    sentence_start: int,
    wide: str,
    when: re.Pattern[str],
    unless: re.Pattern[str],
    g: _Grammar,
) -> bool:
    """Whether a sentence that opens with a count of followers and nothing else, then a count
    with no carrier of its own (累计关注人数为14370人,发布信息747条), follows a sentence naming
    an account (开通“…”微信公众号。): its subject is that account."""
    clauses = g.comma_breaks.split(wide)
    if len(clauses) != 2 or not g.subjectless.fullmatch(clauses[1]):
        return False
    follower = g.followers.search(clauses[0])
    if follower is None or len(clauses[0][: follower.start()].strip()) > g.reach["followers_lead"]:
        return False
    reach = g.reach["sentence_reach"]
    before = _unquoted(
        text[_last_break(text, sentence_start - 1, g.sentence_breaks, reach) : sentence_start], g
    )
    return bool(when.search(before)) and not unless.search(before)


def _paragraph_before(text: str, sentence_start: int, g: _Grammar) -> str:
    """The paragraph's text before the sentence (back to its line break, at most channel_reach
    characters): the earlier sentences that may name what a subjectless count is of."""
    reach = g.reach["channel_reach"]
    start = max(0, sentence_start - reach, text.rfind("\n", 0, sentence_start) + 1)
    return text[start:sentence_start]


def _verb_chain_start(text: str, sentence_start: int, clause_start: int, g: _Grammar) -> int:
    """Where a clause opened by a verb of being done starts when that verb is chained by 、 to a
    verb before it (共受理、办结…申请76件: one chain of verbs, not a list of items): before the
    chain's first verb. Otherwise `clause_start`."""
    reach = g.reach["clause_reach"]
    while (
        clause_start > sentence_start
        and text[clause_start - 1] == "、"
        and g.chained_verb.match(text, clause_start)
    ):
        before = max(sentence_start, _last_break(text, clause_start - 1, g.clause_breaks, reach))
        chunk = g.mask.sub("□", text[before : clause_start - 1])
        if not any(v.end() == len(chunk) for v in g.any_verb.finditer(chunk)):
            break
        clause_start = before
    return clause_start


def _last_break(text: str, pos: int, breaks: re.Pattern[str], reach: int) -> int:
    window_start = max(0, pos - reach)
    rightmost = _rightmost(breaks)
    if rightmost is not None:
        found = rightmost.match(text, window_start, pos)
        return window_start if found is None else found.end()
    last = window_start
    for b in breaks.finditer(text, window_start, pos):
        last = b.end()
    return last


@cache
def _rightmost(breaks: re.Pattern[str]) -> re.Pattern[str] | None:
    """`breaks` after a greedy run of anything: matched at a window's start, it ends where the
    window's last break ends, found by stepping back from the window's end rather than by
    scanning every break from its start. It finds the break that starts last, which is the last
    one finditer finds when no break can start inside another — sure for breaks of one character
    each (None for others, which are scanned)."""
    if not literals.single_chars(breaks):
        return None
    return re.compile(f"(?s:.*)(?:{breaks.pattern})", breaks.flags)


# a list's parts set off by semicolons, each ending in its count (其中:…会议,发布16条;建议提案办理2条)
_LISTED_PART = re.compile(r"\d\s*[件条篇]\s*$")


def _same_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between a 其中 and a part, is the list it opened: no semicolon,
    or each piece a semicolon ends is a part with its count (其中:…发布16条;建议提案办理2条), not a
    clause of another kind (其中…12条;另外办理…)."""
    pieces = text[start:end].split(";")
    return all(_LISTED_PART.search(piece) for piece in pieces[:-1])


# a clause that continues a list of counts: …申请3件、
# a count just listed before this clause (…申请3件、 / …申请三件、), in figures or in words
_LIST_BEFORE = re.compile(rf"[\d{CHINESE_DIGITS}]\s*[件条]\s*、\s*$")


def _year_part_end(text: str, pos: int, g: _Grammar) -> int:
    """Where the year's part of a running total may be stated: the rest of the sentence, and
    the next one when it starts so (累计…440条。其中2013年度…235条; 累计…272条。2010年新增…57条)."""
    end = _next_break(text, pos, g.sentence_breaks, g.reach["sentence_reach"])
    if g.year_part_next.match(text, end + 1):
        end = _next_break(text, end + 1, g.sentence_breaks, g.reach["sentence_reach"])
    return end


def _next_break(text: str, pos: int, breaks: re.Pattern[str], reach: int) -> int:
    b = breaks.search(text, pos, pos + reach)
    return b.start() if b else min(len(text), pos + reach)
