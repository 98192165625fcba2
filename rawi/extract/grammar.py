"""Actors the registry does not know, found by Arabic grammar.

Persons follow titles and offices (وزير الخارجية الفرنسية كاترين كولونا,
المتحدث باسم الحكومة العراقية باسم العوضي, اللواء إيغور كوناشينكوف): after the
title and whatever organisation, adjective or rank qualifies it comes an
indefinite word that starts a name of two to five words, ending where a
function word, a verb of saying or punctuation begins. Each such person also
becomes findable by its last name alone in the rest of the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from operator import methodcaller

from rawi.arabic import name_key, normalize
from rawi.extract.entities import new_actor_key
from rawi.extract.lexicon_index import trigger_index
from rawi.extract.mentions import ActorMention, covering, token_norms, tokens_of, tokens_where, word_question
from rawi.lexicons import LEXICON_DIR, read_tsv, word_list
from rawi.lexicons.registry import Registry
from rawi.text import Analysis
from rawi.text.phrases import PhraseLexicon, word_forms
from rawi.text.tokens import Segmentation, Token, segment
from rawi.text.word_cache import WordCache

NAME_PARTICLES = frozenset({"بن", "بنت", "ابن", "عبد", "ابو", "ابي", "ابا", "ال", "اّل", "ام"})
TITLE_CONTINUATIONS = frozenset({"في", "لدي", "غير", "بها", "له", "لها", "عن", "الي", "داخل", "لشوون"})
MAX_TITLE_TOKENS = 14
MAX_NAME_TOKENS = 5


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    kind: str  # office | rank


@dataclass(slots=True)
class TitleSegment:
    role: str
    orgs: list[ActorMention]  # organisations the title names, in order


@dataclass(slots=True)
class TitledPerson:
    """A person introduced by titles: who, and per office the organisations it names."""

    person: ActorMention
    segments: list[TitleSegment]
    title_start: int  # character offset where the titles begin


@cache
def titles() -> PhraseLexicon[Title]:
    rows = read_tsv(LEXICON_DIR / "titles.tsv", ("cue", "role", "kind"))
    return PhraseLexicon((r.fields["cue"], Title(r.fields["role"], r.fields["kind"])) for r in rows)


@cache
def org_heads() -> frozenset[str]:
    return frozenset(normalize(r.fields["head"]) for r in read_tsv(LEXICON_DIR / "org_heads.tsv", ("head",)))


@cache
def org_anaphors() -> frozenset[str]:
    """الحركة، الجماعة، الحكومة ...: words that refer back to an organisation, never part of a
    person's name (اتهم المتحدث باتريك مويايا الحركة بخرق ...)."""
    rows = read_tsv(LEXICON_DIR / "org_heads.tsv", ("head", "anaphor"))
    return frozenset(normalize(r.fields["anaphor"]) for r in rows if r.fields["anaphor"] != "-")


def given_names() -> frozenset[str]:
    return word_list("given_names.txt")


def stopwords() -> frozenset[str]:
    return word_list("stopwords.txt")


def _is_name_word(tok: Token, stop: frozenset[str]) -> bool:
    if not tok.is_word or tok.norm.isdigit() or tok.norm in stop or len(tok.norm) < 2:
        return False
    best = tok.best
    # possessive endings (خارجيتها) mark a noun; نا/ي endings are common in names (سابرينا)
    if best.enclitic in ("ها", "هم", "هما", "هن", "كم") or best.stem in stop:
        return False
    # خلاله، بعده: a function word with a pronoun on it
    return not any(seg.enclitic is not None and seg.stem in stop for seg in tok.segmentations)


def _head_after_preposition(tok: Token) -> bool:
    """لقوات، بحركة: a preposition joined to an organisation's head noun begins no name
    (القائد العام لقوات شرق ليبيا المشير خليفة حفتر)."""
    heads = org_heads()
    return any(seg.proclitics in (("ل",), ("ب",)) and seg.stem in heads for seg in tok.segmentations)


@cache
def _event_nouns() -> frozenset[str]:
    """The one-word verbal nouns of the trigger lexicon (دعم، التعاون: articles are the
    tokenizer's)."""
    return frozenset(
        first
        for first, options in trigger_index().phrases.by_first.items()
        if any(len(words) == 1 and entry.kind == "masdar" for words, entry in options)
    )


def _event_word(tokens: list[Token], k: int) -> bool:
    """دعم، بحثا، التعاون: a verbal noun or verb of the trigger lexicon is no word of a new
    name (وزير الخارجية المصري عن دعم بلاده، نظيره الفرنسي سبل تعزيز التعاون) — unless it is
    a given name too (فتح الله)."""
    tok = tokens[k]
    if tok.norm in given_names():
        return False
    verbs, nouns = trigger_index().verbs, _event_nouns()
    return any(
        seg.enclitic is None and (seg.stem in nouns or (seg.stem in verbs and not seg.proclitics))
        for seg in tok.segmentations
    )


def _event_phrase_at(tokens: list[Token], k: int) -> bool:
    """سلّمه نائب وزير الخارجية مذكرة احتجاج: an event phrase of two words or more after a
    title is what the office holder acts with, not a name."""
    match = trigger_index().phrases.match_at(tokens, k)
    return match is not None and match.last > k


def _name_at(tokens: list[Token], k: int, cover: list[ActorMention | None]) -> int:
    """The index past the last token of a person's name starting at ``k`` (k if none)."""
    stop = stopwords()
    lex = titles()
    j = k
    words = 0
    while j < len(tokens) and j - k < MAX_NAME_TOKENS:
        tok = tokens[j]
        if cover[j] is not None or not _is_name_word(tok, stop) or lex.match_at(tokens, j) is not None:
            break
        if j > k and tok.norm in org_anaphors():
            break  # the object after the name: اتهم المتحدث فلان الحركة بـ...
        definite = tok.norm.startswith("ال") and len(tok.norm) > 3
        after_particle = j > k and tokens[j - 1].norm in NAME_PARTICLES
        if j == k and (
            definite
            or tok.norm in NAME_PARTICLES - {"عبد", "ابو", "ابي", "ابا"}
            or tok.norm in org_heads()
            or _head_after_preposition(tok)
            or _event_word(tokens, k)
            or _event_phrase_at(tokens, k)
        ):
            return k
        j += 1
        if tok.norm not in NAME_PARTICLES:
            words += 1
        if definite and not after_particle:
            break  # a family name with ال ends the name (العزي, العيبان)
    if words < 2 or any(_event_word(tokens, n) for n in range(k + 1, j)):
        return k  # نظيره الفرنسي سبل تعزيز التعاون: an event word in it, no name
    # "X الY" is a person only when X is a given name (باسم العوضي), not a noun (مجلس الوزراء)
    second = tokens[k + 1].norm if k + 1 < j else ""
    if j - k == 2 and second.startswith("ال") and tokens[k].norm not in given_names():
        return k
    return j


def _pronoun_title(tokens: list[Token], i: int, lex: PhraseLexicon[Title]) -> Title | None:
    """A one-word title with a possessive pronoun (زعيمه, قائدها): its organisation is
    the one just named before it."""
    return _pronoun_title_of(tokens[i].norm, lex)


def _may_be_title(norm: str) -> bool:
    """Whether a title may begin at a word of this form, with or without a pronoun."""
    lex = titles()
    return lex.may_begin(norm) or _pronoun_title_of(norm, lex) is not None


TITLE_START = word_question(_may_be_title)  # asked of every token by find_titled_persons


@lru_cache(maxsize=50_000)  # asked of every token: cached by word form
def _pronoun_title_of(norm: str, lex: PhraseLexicon[Title]) -> Title | None:
    # a token's segmentations are segment(norm), or none with a pronoun if not Arabic
    for seg in segment(norm) if norm[:1] >= "\u0621" else ():
        if seg.enclitic in ("ه", "ها") and not seg.has_article:
            for words, value in lex.by_first.get(seg.stem, ()):
                if len(words) == 1 and value.kind == "office":
                    return value
    return None


def find_titled_persons(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> tuple[list[ActorMention], list[TitledPerson]]:
    """New persons named after titles, and every titled person (registry or new).

    A chain of titles (رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان)
    gives one segment per office, each with the organisations named in it."""
    tokens = analysis.tokens
    text = analysis.doc.text
    cover = covering(tokens, mentions)
    lex = titles()
    new: list[ActorMention] = []
    titled: list[TitledPerson] = []
    resume = 0  # the token after the last title read
    for i in tokens_where(TITLE_START, tokens):
        # أمير in حسين أمير عبد اللهيان is a name, not an emir
        if i < resume or cover[i] is not None:
            continue
        match = lex.match_at(tokens, i)
        pronoun = None if match is not None else _pronoun_title(tokens, i, lex)
        if pronoun is not None:
            earlier = [m for m in mentions if m.end <= tokens[i].start and not m.group]
            orgs_before = [
                m
                for m in earlier
                if ((a := registry.get(m.actor)) is not None and a.kind == "organization")
                or m.actor.startswith("new:organization")
            ]
            segments: list[TitleSegment] = [TitleSegment(pronoun.role, [])]
            last = i
        elif match is None or match.value.kind != "office":
            continue
        else:
            segments = [TitleSegment(match.value.role, _orgs_in(cover, i, match.last, registry))]
            last = match.last
        starts = [i]  # the token where each office begins
        k = last + 1
        person: ActorMention | None = None
        while k < len(tokens) and k - last <= MAX_TITLE_TOKENS:
            tok = tokens[k]
            covered = cover[k]
            if covered is not None:
                actor = registry.get(covered.actor)
                if (actor is not None and actor.kind == "person") or covered.actor.startswith("new:person"):
                    person = covered
                    break
                if covered not in segments[-1].orgs:
                    segments[-1].orgs.append(covered)
                k += 1
                continue
            if not tok.is_word or len(tok.norm) == 1:  # لـ«قوات ...» (قسد): a lone clitic, quotes
                if tok.norm in "()-\"'" or (len(tok.norm) == 1 and tok.norm.isalpha()):
                    k += 1
                    continue
                break
            more = lex.match_at(tokens, k)
            if more is not None:
                if more.value.kind == "office":
                    segments.append(TitleSegment(more.value.role, _orgs_in(cover, k, more.last, registry)))
                    starts.append(k)
                k = more.last + 1
                continue
            # باسم after the title's own words is "in the name of" (المتحدث الجديد باسم التنظيم);
            # after an organisation it is a given name (الحكومة العراقية باسم العوضي)
            in_name_of = tok.norm == "باسم" and cover[k - 1] is None
            possessive = tok.best.enclitic in ("ها", "هم", "ه")  # وزارة خارجيتها
            if (
                tok.best.has_article
                or tok.norm in TITLE_CONTINUATIONS
                or tok.text.endswith("اً")
                or in_name_of
                or possessive
            ):
                k += 1
                continue
            end = _name_at(tokens, k, cover)
            if end == k and tok.norm in org_heads():
                k += 1  # نائب وزير الخارجية في حكومة صنعاء ...: the title goes on
                continue
            if end > k:
                start_c, end_c = tokens[k].start, tokens[end - 1].end
                surface = text[start_c:end_c]
                person = ActorMention(start_c, end_c, new_actor_key("person", surface), "grammar", surface)
                new.append(person)
                for t in range(k, end):
                    cover[t] = person
            break
        if person is not None:
            if pronoun is not None and not segments[0].orgs:  # زعيمه: the organisation named before
                segments[0].orgs.extend(orgs_before[-1:])
            first = _first_own_office(segments, registry)
            titled.append(TitledPerson(person, segments[first:], tokens[starts[first]].start))
        resume = last + 1
    return new, titled


def _first_own_office(segments: list[TitleSegment], registry: Registry) -> int:
    """The first office of a chain of titles that is the named person's: offices of one
    person serve one state (رئيس مجلس السيادة قائد الجيش الفريق البرهان), so an office of
    another (استقبل أمير قطر رئيس المكتب السياسي لحماس إسماعيل هنية) is another person's."""
    first = 0
    for n in range(1, len(segments)):
        before, here = _states_of(segments[n - 1], registry), _states_of(segments[n], registry)
        if before and here and not before & here:
            first = n
    return first


def _states_of(segment: TitleSegment, registry: Registry) -> set[str]:
    """The states of the organisations an office names (an organisation of no state: itself)."""
    return {registry.state_of(m.actor) or m.actor for m in segment.orgs}


def _orgs_in(
    cover: list[ActorMention | None], first: int, last: int, registry: Registry
) -> list[ActorMention]:
    """Organisations named in full inside a title phrase itself (رئيس مجلس السيادة);
    a short form there (وزير الخارجية) is the title's own word, not a reference."""
    found: list[ActorMention] = []
    for m in cover[first : last + 1]:
        if m is not None and m not in found and m.how != "short":
            actor = registry.get(m.actor)
            if actor is None or actor.kind != "person":
                found.append(m)
    return found


# whether a title phrase may begin at a word of this form: asked of every token
TITLE_PHRASE_START = word_question(lambda norm: titles().may_begin(norm))


def titled_references(
    analysis: Analysis, mentions: list[ActorMention], titled: list[TitledPerson]
) -> list[ActorMention]:
    """A title and its organisation with no name after them (زعيم القاعدة) stand for the
    person last named with that title of that organisation (زعيم تنظيم القاعدة أيمن الظواهري)."""
    if not titled:
        return []
    tokens = analysis.tokens
    starts = tokens_where(TITLE_PHRASE_START, tokens)
    if not starts:
        return []
    text = analysis.doc.text
    cover = covering(tokens, mentions)
    lex = titles()
    holders: list[tuple[int, str, str, str]] = [  # (where named, role, organisation, person)
        (t.person.start, seg.role, org.actor, t.person.actor)
        for t in titled
        for seg in t.segments
        for org in seg.orgs
    ]
    introduced = {t.title_start for t in titled}
    found: list[ActorMention] = []
    for i in starts:
        tok = tokens[i]
        if cover[i] is not None or tok.start in introduced:
            continue
        match = lex.match_at(tokens, i)
        if match is None or match.value.kind != "office" or match.last + 1 >= len(tokens):
            continue
        org = cover[match.last + 1]
        if org is None:
            continue
        end = match.last + 1
        while end + 1 < len(tokens) and cover[end + 1] is org:
            end += 1
        if end + 1 < len(tokens) and cover[end + 1] is not None:
            continue  # a name follows: the title introduces someone (find_titled_persons)
        person = [
            p for at, role, o, p in holders if at < tok.start and role == match.value.role and o == org.actor
        ]
        if person:
            surface = text[tok.start : tokens[end].end]
            found.append(ActorMention(tok.start, tokens[end].end, person[-1], "anaphora", surface))
    return found


_WORD_FORMS: WordCache[frozenset[str]] = WordCache(word_forms)  # read for every token by later_mentions


def later_mentions(
    analysis: Analysis, persons: list[ActorMention], taken: list[ActorMention]
) -> list[ActorMention]:
    """A new person's family name standing alone elsewhere in the report (بازوم, العيبان)."""
    stop = stopwords()
    by_last: dict[str, str] = {}
    for p in persons:
        last = name_key(p.text).split()[-1]
        if len(last) >= 3 and last not in stop:
            by_last.setdefault(last, p.actor)
    found: list[ActorMention] = []
    if not by_last:
        return found
    cover = covering(analysis.tokens, [*taken, *persons])
    tokens = analysis.tokens
    # word_forms(norm) are the forms of its segmentations without a pronoun, as below: the
    # word itself, an end of it, or ال and an end of it (للعيبان). Only words ending as a
    # name does, without its ال, may be one of those; each such form is asked once.
    ends = tuple(last[2:] if last.startswith("ال") else last for last in by_last)
    maybe = filter(methodcaller("endswith", ends), set(token_norms(tokens)))
    naming = {norm for norm in maybe if not _WORD_FORMS[norm].isdisjoint(by_last)}
    for i in tokens_of(naming, tokens):
        tok = tokens[i]
        if cover[i] is not None:
            continue
        for seg in tok.segmentations:
            actor = by_last.get(seg.form()) if seg.enclitic is None else None
            if actor:
                found.append(ActorMention(tok.start, tok.end, actor, "grammar", tok.text, surface=seg.form()))
                break
    return found


MAX_ORG_MODIFIERS = 4
LED_BY_PERSON = frozenset({"حكومه", "اداره"})  # heads named by the person who leads them


def _is_person(key: str, actor: object) -> bool:
    return key.startswith("new:person") or getattr(actor, "kind", None) == "person"


@lru_cache(maxsize=50_000)  # asked of every word: cached by word form
def _head_segment(norm: str, heads: frozenset[str]) -> Segmentation | None:
    """The reading of a word as an organisation's head noun (مجلس، ومكتب), if it has one."""
    # a token's segmentations are segment(norm), or its norm alone if not Arabic
    segs = segment(norm) if norm[0] >= "\u0621" else (Segmentation((), norm, None),)
    return next((s for s in segs if not s.has_article and s.enclitic is None and s.stem in heads), None)


# read for the tokens that may be a head noun, a question asked of every token
_HEAD_SEGMENTS: WordCache[Segmentation | None] = WordCache(lambda norm: _head_segment(norm, org_heads()))
ORG_HEAD = word_question(_HEAD_SEGMENTS.__getitem__)


def find_head_organisations(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> list[ActorMention]:
    """Organisations named by a head noun in construct with definite words:
    مجلس النواب، مكتب اللجنة المركزية، بعثة إيران، صحيفة التلغراف (when unknown)."""
    tokens = analysis.tokens
    heads = tokens_where(ORG_HEAD, tokens)
    if not heads:
        return []
    text = analysis.doc.text
    cover = covering(tokens, mentions)
    stop = stopwords()
    governors = word_list("not_before_org_heads.txt")
    found: list[ActorMention] = []
    head_segment = _HEAD_SEGMENTS
    for i in heads:
        tok = tokens[i]
        seg = head_segment[tok.norm]
        if seg is None or cover[i] is not None or not tok.is_word:
            continue
        if i > 0 and tokens[i - 1].norm.removeprefix("و") in governors:
            continue  # اتفاقية تنظيم الملاحة: a verbal noun after a document's noun
        j = i + 1
        modifiers = 0
        while j < len(tokens) and modifiers < MAX_ORG_MODIFIERS:
            nxt = tokens[j]
            covered = cover[j]
            if covered is not None:
                actor = registry.get(covered.actor)
                if modifiers == 0 and seg.stem in LED_BY_PERSON and _is_person(covered.actor, actor):
                    while j < len(tokens) and cover[j] is covered:
                        j += 1  # حكومة فايز السراج: the government a person leads, a body of its own
                    modifiers = 1
                    break
                if (
                    actor is None
                    or actor.kind not in ("state", "location")
                    or (covered.how == "demonym" and modifiers == 0)
                ):
                    # قوات حزب الله، قوات أمريكية: the forces of a known actor, not a new one
                    modifiers = 0
                    break
                while j < len(tokens) and cover[j] is covered:
                    j += 1
                modifiers += 1
                # بعثة إيران لدى الأمم المتحدة: a mission to a body
                if j + 1 < len(tokens) and tokens[j].norm == "لدي" and cover[j + 1] is not None:
                    target = cover[j + 1]
                    j += 1
                    while j < len(tokens) and cover[j] is target:
                        j += 1
                break
            if not nxt.is_word or nxt.norm in stop or not nxt.best.has_article or nxt.best.stem in stop:
                break
            j += 1
            modifiers += 1
        if modifiers == 0:
            continue
        start = tok.start + sum(len(p) for p in seg.proclitics)  # ومجلس → مجلس
        surface = text[start : tokens[j - 1].end]
        found.append(
            ActorMention(start, tokens[j - 1].end, new_actor_key("organization", surface), "grammar", surface)
        )
        for t in range(i, j):
            cover[t] = found[-1]
    return found


def demonyms_before_persons(
    mentions: list[ActorMention], registry: Registry, text: str, described: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """بنظيريه الباكستاني إسحاق دار والأفغاني أمير خان متقي: a country's adjective right before
    a person's name stands for an elided title; it describes that person and is no party of
    its own (the character spans of such adjectives)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    spans: list[tuple[int, int]] = []
    for first, second in pairwise(ordered):
        if (
            first.how == "demonym"
            and first.text.lstrip("وف").startswith("ال")
            and not text[first.end : second.start].strip()
            and _is_person(second.actor, registry.get(second.actor))
            and not any(s <= first.start and first.end <= e for s, e in described)  # a title's already
        ):
            spans.append((first.start, first.end))
    return spans
