"""Modality: whether an event is told as done, or as only intended, promised, conditional,
future, threatened, asked for, agreed or refused.

Issue 4 asks that "intentions and agreements about the future are kept as such". Polarity
says whether a source affirms or denies; modality says what kind of happening is affirmed:
"تعتزم أنقرة شن عملية" affirms an intention, "هدد بشن عملية" a threat. An event with no
modality is told as having happened or happening.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rawi.arabic import normalize
from rawi.errors import DataFileError
from rawi.extract.clauses import Trig
from rawi.lexicons import LEXICON_DIR, read_tsv
from rawi.text import Token
from rawi.text.conjugate import verb_forms
from rawi.text.tokens import word_segmentations
from rawi.text.word_cache import WordCache

MODALITIES = (
    "intended",
    "promised",
    "conditional",
    "future",
    "threatened",
    "requested",
    "agreed",
    "refused",
)
# An event named in the complement of another takes its modality from that event's type:
# هدد بشن هجوم (threatened), طالب بسحب القوات (requested), اتفقا على تبادل الأسرى (agreed),
# رفض الانسحاب (refused). With each type, the words that open its complement (normal
# forms); "ب" and "ل" stand for the preposition joined to the governed noun (بشن، لسحب).
GOVERNED = {
    "THREATEN": ("threatened", frozenset({"ب", "من", "ان", "بان"})),
    "REQUEST": ("requested", frozenset({"ب", "ل", "الي", "ان", "بان"})),
    "AGREE": ("agreed", frozenset({"علي", "ان"})),
    "REJECT": ("refused", frozenset({"ان"})),
}
GOVERN_REACH = 14  # tokens from the governing trigger's last word to the governed one
CUE_REACH = 4  # tokens from a cue of intention or promise to the event it qualifies
CONDITION_REACH = 8  # tokens from إذا / في حال to the event it makes a condition
# words that end the reach of a governing trigger or cue: a new clause or sentence part
STOPS = frozenset({";", "؛", ":", ".", "بينما", "فيما", "حيث", "لكن", "كما"})
PROCLITICS = ("و", "ف")
COMMAS = frozenset({"،", ","})


@dataclass(frozen=True, slots=True)
class ModalityCues:
    verbs: dict[str, str]  # inflected form → modality
    words: dict[tuple[str, ...], str]  # words in normal form → modality
    firsts: frozenset[str]  # the first words of ``words``, also behind و or ف


@cache
def modality_cues() -> ModalityCues:
    """lexicons/modality.tsv, verbs conjugated and words normalised."""
    verbs: dict[str, str] = {}
    words: dict[tuple[str, ...], str] = {}
    for row in read_tsv(LEXICON_DIR / "modality.tsv", ("cue", "form", "modality")):
        f = row.fields
        if f["modality"] not in MODALITIES:
            raise DataFileError(
                row.path, row.line, f"field 'modality' must be one of {', '.join(MODALITIES)}"
            )
        if f["form"] == "verb":
            perfect, _, imperfect = f["cue"].partition("|")
            for form in verb_forms(perfect.strip(), imperfect.strip()):
                verbs.setdefault(form, f["modality"])
        else:
            words[tuple(normalize(w) for w in f["cue"].split())] = f["modality"]
    firsts = {pre + w[0] for w in words for pre in ("", *PROCLITICS)}
    return ModalityCues(verbs, words, frozenset(firsts))


def modality_of(
    trig: Trig, triggers: list[Trig], tokens: list[Token], lo: int, *, future: bool
) -> str | None:
    """The modality of the event ``trig`` names in the sentence starting at token ``lo``
    (``triggers`` are the sentence's, in order); None when it is told as done."""
    governor = _governor(trig, triggers, tokens)
    if governor is not None:
        return GOVERNED[governor.entry.type][0]
    cue = _cue_before(trig, tokens, lo)
    if cue is not None:
        return cue
    return "future" if future else None


def _governor(trig: Trig, triggers: list[Trig], tokens: list[Token]) -> Trig | None:
    """The trigger right before ``trig`` whose complement it stands in, if that one's type
    governs a modality (توعد بـ«رد»، طالب بوقف، اتفقا على أن يتبادلا، رفض الانسحاب). The
    subject and a time may come between: هدد الرئيس، أمس، بشن عملية."""
    before = [t for t in triggers if t.last < trig.first]
    # بشن هجوم، شن غارات: a word of the same event just before stands in for it
    while len(before) > 1 and before[-1].entry.type == trig.entry.type and trig.first - before[-1].last <= 2:
        trig = before.pop()
    if not before or before[-1].entry.type not in GOVERNED:
        return None
    last = before[-1]
    if trig.first - last.last > GOVERN_REACH:
        return None
    if any(tokens[k].norm in STOPS for k in range(last.last + 1, trig.first)):
        return None
    if _in_aside(last, trig, tokens):
        return None
    openers = GOVERNED[last.entry.type][1]
    # ... or a word of its own opens it: على أن، من أن، or بشن / بتنفيذ before the noun
    opened = any(
        tokens[k].norm in openers or tokens[k].norm[:1] in openers
        for k in range(max(last.last + 1, trig.first - 3), trig.first)
    )
    direct = trig.first == last.last + 1  # رفض الانسحاب
    return last if direct or opened or _preposition_on(tokens[trig.first], trig) in openers else None


def _in_aside(governor: Trig, trig: Trig, tokens: list[Token]) -> bool:
    """قال مسؤول، طلب عدم الكشف عن هويته، إن ...: a verb that opens an aside set off by
    commas governs nothing after the aside closes."""
    opens = governor.first > 0 and tokens[governor.first - 1].norm in COMMAS
    return opens and any(tokens[k].norm in COMMAS for k in range(governor.last + 1, trig.first))


def _preposition_on(token: Token, trig: Trig) -> str | None:
    """بشن، لسحب: the ب or ل the trigger's word carries (also where the analyser left it whole)."""
    for seg in token.segmentations:
        for p in seg.proclitics:
            if p in ("ب", "ل"):
                return p
    word = token.norm[1:] if token.norm[:1] in PROCLITICS else token.norm
    head = normalize(trig.entry.trigger.split()[0])
    return word[0] if word[:1] in ("ب", "ل") and word[1:] == head else None


def _cue_before(trig: Trig, tokens: list[Token], lo: int) -> str | None:
    cues = modality_cues()
    comma = False  # إذا هاجمت، فإن الرد سيكون: after the comma comes what follows the condition
    for k in range(trig.first - 1, max(lo, trig.first - CONDITION_REACH) - 1, -1):
        if tokens[k].norm in STOPS:
            return None
        comma = comma or tokens[k].norm in COMMAS
        near = trig.first - k <= CUE_REACH
        verb_cue = _VERB_CUES[tokens[k].norm] if near else None
        # قال مسؤول، طلب عدم الكشف عن هويته، إن ...: a verb inside an aside set off by commas
        # governs nothing after the aside
        aside = comma and k > lo and tokens[k - 1].norm in COMMAS
        if verb_cue is not None and not aside:
            return verb_cue
        if tokens[k].norm not in cues.firsts:
            continue  # no cue words begin here (as _words_at reads them)
        for words, found in cues.words.items():
            reaches = not comma if found == "conditional" else near
            if reaches and _words_at(tokens, k, words):
                return found
    return None


def _verb_cue(norm: str) -> str | None:
    """The cue of the first reading of a word as a cue verb without the article, if any."""
    verbs = modality_cues().verbs
    return next(
        (verbs[seg.stem] for seg in word_segmentations(norm) if seg.stem in verbs and not seg.has_article),
        None,
    )


# asked of the words before every trigger: once per word form
_VERB_CUES: WordCache[str | None] = WordCache(_verb_cue)


def _words_at(tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    if k + len(words) > len(tokens):
        return False
    first = tokens[k].norm
    if first != words[0] and not (first[:1] in PROCLITICS and first[1:] == words[0]):
        return False
    return all(tokens[k + i].norm == w for i, w in enumerate(words[1:], start=1))


@cache
def threat_modes() -> dict[tuple[str, str], str]:
    """(type, mode or "*") → the THREATEN mode of a threat to do it (lexicons/threat_modes.tsv)."""
    rows = read_tsv(LEXICON_DIR / "threat_modes.tsv", ("type", "mode", "threat_mode"))
    return {(r.fields["type"], r.fields["mode"]): r.fields["threat_mode"] for r in rows}


def threat_mode(event_type: str, mode: str | None) -> str | None:
    """The mode of a threat to do an event of this type and mode (None where none fits)."""
    table = threat_modes()
    return table.get((event_type, mode or "*")) or table.get((event_type, "*"))
