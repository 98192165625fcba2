"""Who says so: attribution cues, their sources and their scope in a sentence.

وفقا لـ X / بحسب X / نقلا عن X          the source follows the cue; the whole sentence
قال X إن ... / X أكد أن ...            the subject speaks; its complement is the claim
نقلت وكالة X عن مسؤولين Y قولهم إن     a chain, outermost first: [X, Y]
ووفقا لهذا التقرير / وتنص الوثيقة على   a report already cited: the source before goes on
نفى X أن ...                           X denies the complement
يُعتقد أن / ربما / مزاعم                the claim is hedged from the cue on
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rawi.arabic import normalize
from rawi.extract.clauses import COMPLEMENTIZERS, PREPOSITION_WORDS, RELATIVES, Arg, adjacent, carries_bi
from rawi.extract.lexicon_index import RULE_OUT_REACH, Cue, cue_index, negated_ruling_out, trigger_index
from rawi.lexicons import word_list
from rawi.text.tokens import Token, word_segmentations
from rawi.text.word_cache import WORD_MARKS, WordCache

SPEECH_KINDS = frozenset({"speech", "denial", "continue", "announce"})
AGENTIVE_KINDS = frozenset({"denial", "announce"})  # نفت إيران تزويد ...، أعلن الجيش استهداف ...
ANAPHORIC_REPORTS = frozenset({"البحث", "التقرير", "الوثيقه", "الدراسه", "البيان", "الرساله"})
REPORT_NOUNS = frozenset(
    {"تقرير", "تقريرا", "بيان", "بيانا", "دراسه", "بحث", "بحثا", "رساله", "تحقيق", "تحقيقا"}
)
# words for what is said to someone: ل after them names whom it was said to, not its author
ADDRESSED = frozenset({"تصريح", "تصريحات", "مقابله", "حديث", "تصريحا"})
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# words that open a new main clause: a source's claim ends before them
# (أعلن الجيش أن طائراته قصفت ...، بينما اتهم الجيش اللبناني إسرائيل ...)
NEW_CLAUSES = frozenset({"بينما", "فيما", "لكن", "ولكن", "وبينما"})
NEW_CLAUSE_PAIRS = frozenset({("في", "حين"), ("غير", "ان")})
CLAUSE_OPENERS = NEW_CLAUSES | {first for first, _ in NEW_CLAUSE_PAIRS}
CLAUSE_OPENING_WORDS = WORD_MARKS.question(lambda norm: norm in CLAUSE_OPENERS)
SUBJECT_WINDOW = 6
# nouns for unnamed officials and sources, by whose body they speak (مسؤول في الإدارة الأمريكية)
OFFICIALS = frozenset(
    normalize(w)
    for w in (
        "مسؤول",
        "مسؤولا",
        "مسؤولون",
        "مسؤولين",
        "مصدر",
        "مصدرا",
        "مصادر",
        "دبلوماسي",
        "دبلوماسيون",
        "متحدث",
        "متحدثا",
    )
)
BODY_PREPOSITIONS = frozenset({"في", "ب", "من", "ل", "لدي"})
NOT_ANNOUNCED = frozenset({"بعد", "قبل", "امس", "اليوم", "الذي", "التي", "ان", "انه", "انها"})
OFFICIAL_REACH = 3  # tokens from the official noun to the preposition of its body (رفيعاً between)
PARENTHESIS = 6  # tokens of an aside between a speaker and its claim (، يوم الاثنين،)
RELATIVE_CLAUSE = 20  # tokens of a relative clause between a speaker and what it says  # tokens after a verb of saying in which its subject stands (titles come between)


@dataclass(slots=True)
class Scope:
    """Tokens [start, end) of a sentence governed by a source, or by a denial or hedge."""

    start: int
    end: int
    chain: list[str] = field(default_factory=list)  # actor keys, outermost first
    polarity: str | None = None  # denied | hedged | None
    cue_first: int = -1
    cue_last: int = -1
    sources: list[Arg] = field(default_factory=list)  # the arguments used as sources
    agentive: bool = False  # the source may act in the claim itself (denials, announcements)


def _can_start_cue(norm: str) -> bool:
    """Whether a cue can begin at a word of this normal form by either path of _cue_at (a
    phrase, or a verb stem without the article): most words can't, and are passed over by
    one lookup per token."""
    verbs, phrases = cue_index()
    return phrases.may_begin(norm) or any(
        not seg.has_article and seg.stem in verbs for seg in word_segmentations(norm)
    )


CUE_STARTS: WordCache[bool] = WordCache(_can_start_cue)
CUE_WORDS = WORD_MARKS.question(lambda norm: CUE_STARTS[norm])  # as the module has it then


def _verb_cue(norm: str) -> Cue | None:
    """The cue of the first reading of a word as a cue verb without the article, if any."""
    verbs = cue_index()[0]
    return next(
        (verbs[seg.stem] for seg in word_segmentations(norm) if not seg.has_article and seg.stem in verbs),
        None,
    )


VERB_CUES: WordCache[Cue | None] = WordCache(_verb_cue)  # asked of every word that may begin a cue


def _cue_at(tokens: list[Token], i: int, hi: int) -> tuple[Cue, int] | None:
    match = cue_index()[1].match_at(tokens, i)
    if match is not None and match.last < hi:
        return match.value, match.last
    verb = VERB_CUES[tokens[i].norm]
    return (verb, i) if verb is not None else None


def _next_arg(args: list[Arg], after: int, limit: int, *, stop: set[int]) -> Arg | None:
    for a in args:
        if a.first > after and a.first <= limit and not any(after < s < a.first for s in stop):
            return a
    return None


# the words _complement acts on: any other word it passes over
COMPLEMENT_MARKS = frozenset({",", "،", ";", "؛", ".", ":", '"', "علي"}) | COMPLEMENTIZERS


def _complement(tokens: list[Token], after: int, hi: int) -> int | None:
    """Where the reported claim begins: after إن/أن/بأن/على أن, a colon or a quote, found
    before the clause ends (a comma closes a speech verb with a plain object)."""
    window = after + 14
    relative = False  # inside a relative clause on the subject: قال X، الذي قطع زيارته ...، إن
    k = after
    while k + 1 < min(hi, window):
        k += 1
        norm = tokens[k].norm
        if norm not in COMPLEMENT_MARKS:
            continue
        if norm in (",", "،") and (relative or (k + 1 < hi and tokens[k + 1].norm in RELATIVES)):
            relative = not relative
            window = max(window, k + 1 + (RELATIVE_CLAUSE if relative else 6))
            continue
        if norm in (",", "،"):
            resumed = _after_parenthesis(tokens, k, hi)
            if resumed is not None:  # قال X، يوم الاثنين، إن ...؛ قال X، في بيان، إن ...
                return resumed
        if norm in (",", "،", ";", "؛", "."):
            return None
        if (
            norm in COMPLEMENTIZERS
            or norm in (":", '"')
            or (norm == "علي" and k + 1 < hi and tokens[k + 1].norm == "ان")
        ):
            return k + (1 if norm != "علي" else 2)
    return None


def _after_parenthesis(tokens: list[Token], comma: int, hi: int) -> int | None:
    """A short aside set off by commas between a speaker and its complement (its time or
    its channel: قال X، يوم الاثنين، إن): where the claim after it begins."""
    for m in range(comma + 2, min(hi - 1, comma + 2 + PARENTHESIS)):
        if tokens[m].norm in (",", "،"):
            return m + 2 if tokens[m + 1].norm in COMPLEMENTIZERS else None
        if tokens[m].norm in (".", ";", "؛", ":") or tokens[m].norm in COMPLEMENTIZERS:
            return None
    return None


def find_scopes(tokens: list[Token], lo: int, hi: int, args: list[Arg], carried: list[str]) -> list[Scope]:
    """Attribution, denial and hedge scopes of the sentence tokens[lo:hi]."""
    scopes: list[Scope] = []
    resume = lo  # the token after the last cue read
    for i in WORD_MARKS.positions(tokens, CUE_WORDS, lo, hi):
        hit = _cue_at(tokens, i, hi) if i >= resume else None
        if hit is None:
            continue
        cue, last = hit
        if cue.kind == "according":
            scopes.append(_according(tokens, i, last, lo, hi, args, carried))
        elif cue.kind in SPEECH_KINDS or cue.kind == "refusal":
            charge = _charge_spelled(tokens, args, last, hi) if cue.kind in ("denial", "refusal") else None
            if cue.kind == "refusal":
                if charge is None:
                    continue  # رفض الكرملين الاتهامات الأوكرانية: a REJECT of the accuser (CODEBOOK)
                cue = Cue(cue.cue, "denial", cue.form)  # رفضت طهران الاتهامات بتسليح الحوثيين
            earlier = [sc.chain for sc in scopes if sc.chain]
            scope = _speech(tokens, cue, i, last, lo, hi, args, carried, earlier[-1] if earlier else [])
            if scope is not None and charge is not None:
                # the charge spelled out is part of the denial, no accusation of its own, and so
                # is the adjective naming who brought it (الاتهامات الأمريكية): no agent of the act
                scope.cue_last = max(scope.cue_last, charge)
            if scope is not None:
                scope.agentive = cue.kind in AGENTIVE_KINDS
                if cue.form == "participle":
                    _go_on(scope, _close_before(scopes, i))
                scopes.append(scope)
        elif cue.kind == "report":
            scope = _report(tokens, i, last, lo, hi, args, carried)
            if scope is not None:
                scopes.append(scope)
        elif cue.kind == "hedge" and _rules_out_a_noun(tokens, last, hi):
            pass  # لم يستبعد الوزير توجيه ضربة: a threat of what the noun names (events.py), no hedge
        elif cue.kind == "hedge":
            # a hedging verb with a subject (رجّحت تقارير فريق الخبراء أن، زعم X أن) is also its source
            said = (
                _speech(
                    tokens,
                    Cue(cue.cue, "hedge", cue.form),
                    i,
                    last,
                    lo,
                    hi,
                    args,
                    carried,
                    [],
                )
                if cue.form
                in ("verb", "phrase")  # لم يستبعد مسؤولون إسرائيليون أن: a phrase ending in a verb
                else None
            )
            if said is not None and said.chain:
                said.polarity = "hedged"
                scopes.append(said)
            elif not _charges_brought(tokens, args, i, last, lo):
                scopes.append(Scope(last + 1, hi, polarity="hedged", cue_first=i, cue_last=last))
        resume = last + 1
    return scopes


def _rules_out_a_noun(tokens: list[Token], last: int, hi: int) -> bool:
    """لم يستبعد X توجيه ضربة: a negated verb of ruling out (ruling_out_verbs.txt) whose object
    is no clause (لم يستبعد مسؤولون أن تكون X قد ...: a hedge)."""
    if not negated_ruling_out(tokens, last):
        return False
    return not any(
        tokens[k].norm in COMPLEMENTIZERS or tokens[k].norm.removeprefix("و") in COMPLEMENTIZERS
        for k in range(last + 1, min(hi, last + 1 + RULE_OUT_REACH))
    )


def _charge_spelled(tokens: list[Token], args: list[Arg], last: int, hi: int) -> int | None:
    """نفت X الاتهامات [الأمريكية] بتسليح ...: the last token of a charge (charge_nouns.txt, with
    the adjective of who brought it) that a verb of denial or refusal takes as its object, its
    subject between, when the act charged follows with ب."""
    charges = word_list("charge_nouns.txt")
    for k in range(last + 1, min(hi - 1, last + 2 + SUBJECT_WINDOW)):
        if tokens[k].norm in COMPLEMENTIZERS:
            return None
        if tokens[k].norm.removeprefix("و") in charges:
            accuser = [a for a in args if a.first == k + 1 and a.mention.how == "demonym"]
            end = accuser[0].last if accuser else k
            act = tokens[end + 1] if end + 1 < hi else None
            spelled = act is not None and any(carries_bi(seg) for seg in act.segmentations)
            return end if spelled else None
    return None


BRINGING = frozenset({"وجه", "وجهت", "يوجه", "توجه", "ووجه", "ووجهت", "ساق", "ساقت"})  # وجّه اتهامات


def _charges_brought(tokens: list[Token], args: list[Arg], first: int, last: int, lo: int) -> bool:
    """وجّهت الولايات المتحدة اتهامات لإيران: charges someone named brings are an accusation
    (an event), not allegations from no one (a hedge)."""
    return any(tokens[k].norm in BRINGING for k in range(max(lo, first - SUBJECT_WINDOW), first)) and any(
        a.prep is None and first - SUBJECT_WINDOW <= a.first < first for a in args
    )


def _close_before(scopes: list[Scope], cue: int) -> list[Scope]:
    """نفى X أن ...، مؤكداً أن ...: a participle of saying begins the speaker's next statement;
    what it says is no longer under the statement before (its denial, its hedge)."""
    closed = [sc for sc in scopes if sc.start < cue < sc.end]
    for sc in closed:
        sc.end = cue
    return closed


def _go_on(scope: Scope, closed: list[Scope]) -> None:
    """The speaker goes on: one who may act in what it said (نفت X ...، مؤكدةً أن) still may."""
    before = next((sc for sc in reversed(closed) if sc.agentive and sc.sources), None)
    if before is not None:
        scope.agentive = True
        scope.sources = scope.sources or before.sources[:1]


def _according(
    tokens: list[Token], first: int, last: int, lo: int, hi: int, args: list[Arg], carried: list[str]
) -> Scope:
    nxt = tokens[last + 1].norm if last + 1 < hi else ""
    following = {tokens[k].norm for k in range(last + 1, min(hi, last + 3))}
    if (following & ANAPHORIC_REPORTS) or nxt in DEMONSTRATIVES:
        return Scope(lo, hi, list(carried), cue_first=first, cue_last=last)
    source = _next_arg(args, last, last + 3, stop=set())
    if source is None:
        return Scope(lo, hi, [], cue_first=first, cue_last=last)
    chain = [source.mention.actor]
    nested = _nested(tokens, args, source, hi)
    if nested is not None:
        chain.append(nested.mention.actor)
    return Scope(
        lo, hi, chain, cue_first=first, cue_last=last, sources=[source] + ([nested] if nested else [])
    )


def _nested(tokens: list[Token], args: list[Arg], source: Arg, hi: int) -> Arg | None:
    """نقلت X عن Y: the source X quotes Y; نقلت X عن مصادر أمنية عراقية: unnamed officials
    of a state, named by its adjective, are that state."""
    for a in args:
        if a.first > source.last and a.first <= source.last + 4 and a.prep == "عن":
            return a
    for k in range(source.last + 1, min(hi - 1, source.last + 4)):
        if tokens[k].norm == "عن" and tokens[k + 1].norm in OFFICIALS:
            near = [a for a in args if k + 1 < a.first <= k + 1 + OFFICIAL_REACH and a.prep is None]
            if near and near[0].mention.how == "demonym":
                return near[0]
    return None


def _speech(
    tokens: list[Token],
    cue: Cue,
    first: int,
    last: int,
    lo: int,
    hi: int,
    args: list[Arg],
    carried: list[str],
    previous: list[str],
) -> Scope | None:
    comp = _complement(tokens, last, hi)
    if comp is None:
        report = next(
            (
                k
                for k in range(last + 1, min(hi, last + SUBJECT_WINDOW + 2))
                if tokens[k].best.stem in REPORT_NOUNS
            ),
            None,
        )
        if report is not None:
            comp = report + 1  # نشرت صحيفة التلغراف تقريراً عن ...: what the report says follows
    if comp is None and cue.kind == "speech":
        return None  # اعتبر، ذكر without a reported claim: "consider", "mention", not a source
    limit = comp - 1 if comp is not None else last + SUBJECT_WINDOW
    # the subject stands before any complementizer between the verb and it
    complementizers = {k for k in range(last + 1, min(limit, hi)) if tokens[k].norm in COMPLEMENTIZERS}
    subject = _next_arg([a for a in args if a.prep is None], last, limit, stop=complementizers)
    if subject is None:  # X أكد أن: the subject just before the verb (only particles between)
        before = [a for a in args if a.last < first and a.prep is None and a.first >= lo]
        if before and adjacent(tokens, before[-1].last, first):
            subject = before[-1]
    if subject is None:  # مسؤول رفيع في الإدارة الأمريكية نفى: an unnamed official is its body
        subject = _officials_body(tokens, args, first, lo) or _officials_body_after(tokens, args, last, limit)
    if (
        subject is None
        and not previous
        and cue.kind == "speech"
        and comp is not None
        and tokens[comp - 1].norm in COMPLEMENTIZERS
        and _joined_after_comma(tokens, first, lo)
    ):
        # ودان بايدن الهجوم، وقال إن ...: the subject of the sentence goes on speaking; it stays
        # the subject of its own verb before (not a source only, kept out of the events)
        main = [a for a in args if a.prep is None and lo <= a.first < first]
        if main:
            start = _claim_end(tokens, comp, hi)
            return Scope(comp, start, [main[0].mention.actor], None, first, last)
    if cue.form == "participle":  # وصف بايدن ...، معلناً أن: the subject of the sentence speaks
        if comp is None:
            return None
        main = [a for a in args if a.prep is None and lo <= a.first < first]
        subject = None if previous else (main[0] if main else None)
    if cue.form == "word" and cue.kind == "announce" and not _announced_object(tokens, subject, last, hi):
        return None  # بعد إعلان وقف إطلاق النار بين X و Y، جاء إعلان ماكرون بعد: no announcer, no object
    if comp is not None and cue.kind in AGENTIVE_KINDS and _quote_inside_object(tokens, comp, subject, last):
        comp = None  # أعلن عبدي مقتل المتحدث باسم «داعش»: the quote is in the object, which is the claim
    anaphoric = any(tokens[k].norm in ANAPHORIC_REPORTS for k in range(last + 1, min(hi, last + 3)))
    start = comp if comp is not None else (subject.last + 1 if subject and subject.first > last else last + 1)
    hi = _claim_end(tokens, start, hi)
    polarity = "denied" if cue.kind == "denial" else None
    if cue.kind == "continue" or (subject is None and (anaphoric or previous)):
        # وأضاف / وتنص الوثيقة / ووصف ...: the source before goes on (pro-drop)
        return Scope(start, hi, list(previous or carried), polarity, first, last)
    if subject is None:
        if polarity:
            return Scope(start, hi, list(carried), polarity, first, last)
        return None
    chain = [subject.mention.actor]
    nested = _nested(tokens, args, subject, hi)
    if nested is not None:
        chain.append(nested.mention.actor)
    return Scope(start, hi, chain, polarity, first, last, [subject] + ([nested] if nested else []))


def _officials_body(tokens: list[Token], args: list[Arg], first: int, lo: int) -> Arg | None:
    """An unnamed official of a named body (مسؤولاً رفيعاً في الإدارة الأمريكية، مصادر في
    الخارجية) is that body, as a source (corpus FORMAT)."""
    body = next((a for a in reversed(args) if lo <= a.first and a.last < first), None)
    if body is None or body.prep not in BODY_PREPOSITIONS or not adjacent(tokens, body.last, first):
        return None
    k = body.first - 1  # the preposition, written apart (في) or joined (بالخارجية)
    if tokens[k].norm not in BODY_PREPOSITIONS:
        k += 1
    near = {tokens[j].norm for j in range(max(lo, k - OFFICIAL_REACH), k)}
    return body if near & OFFICIALS else None


def _officials_body_after(tokens: list[Token], args: list[Arg], last: int, limit: int) -> Arg | None:
    """قال مصدر في وزارة الخارجية إن: the official after the verb, and its body after it."""
    if last + 1 >= len(tokens) or tokens[last + 1].norm not in OFFICIALS:
        return None
    body = next((a for a in args if last + 1 < a.first <= min(limit, last + 2 + OFFICIAL_REACH)), None)
    return body if body is not None and body.prep in BODY_PREPOSITIONS else None


def _announced_object(tokens: list[Token], subject: Arg | None, last: int, hi: int) -> bool:
    """إعلان ترامب مقتل البغدادي: the noun names its announcer right after it, and what was
    announced right after that (a noun, not بعد، في ...)."""
    if subject is None or subject.first != last + 1 or subject.last + 1 >= hi:
        return False
    nxt = tokens[subject.last + 1]
    return nxt.is_word and nxt.norm not in PREPOSITION_WORDS and nxt.norm not in NOT_ANNOUNCED


def _quote_inside_object(tokens: list[Token], comp: int, subject: Arg | None, last: int) -> bool:
    """A quote opened after words that follow the verb and its subject is inside a direct
    object (أعلن X مقتل المتحدث باسم «داعش»), not the start of a quoted claim."""
    if tokens[comp - 1].norm != '"':
        return False
    after = subject.last if subject is not None and subject.first > last else last
    return any(
        tokens[k].is_word and tokens[k].norm not in PREPOSITION_WORDS for k in range(after + 1, comp - 1)
    )


def _joined_after_comma(tokens: list[Token], first: int, lo: int) -> bool:
    """، وقال إن: a verb joined by و right after a comma, within the sentence."""
    return (
        first > lo
        and tokens[first - 1].norm in (",", "،")
        and any(seg.proclitics[:1] == ("و",) for seg in tokens[first].segmentations)
    )


def _claim_end(tokens: list[Token], start: int, hi: int) -> int:
    for k in WORD_MARKS.positions(tokens, CLAUSE_OPENING_WORDS, start, hi):
        norm = tokens[k].norm
        if norm in NEW_CLAUSES or (k + 1 < hi and (norm, tokens[k + 1].norm) in NEW_CLAUSE_PAIRS):
            return k
    return hi


def _report(
    tokens: list[Token], first: int, last: int, lo: int, hi: int, args: list[Arg], carried: list[str]
) -> Scope | None:
    """في بيان لـX / تقرير X: the report's author. A definite noun (البيان، الوثيقة — or the
    adjective in الصلات الوثيقة) takes no author after it."""
    if tokens[first].best.has_article:
        return None
    if first == lo and any(seg.stem in trigger_index().verbs for seg in tokens[first].segmentations):
        return None  # وبحث الرئيس X مع نظيره: a sentence that opens with بحث opens with the verb
    author = _next_arg(args, last, last + 1, stop=set())
    if author is not None and author.prep == "ل" and tokens[first].best.stem in ADDRESSED:
        return None  # قال X في تصريح لقناة الجزيرة: the channel is spoken to, X speaks
    if author is not None and author.prep in (None, "ل"):
        return Scope(lo, hi, [author.mention.actor], cue_first=first, cue_last=last, sources=[author])
    return None
