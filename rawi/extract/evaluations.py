"""Evaluations in reported speech: how a speaker names another's act is its stance.

وصف روحاني الخطوة الإماراتية بأنها «خطأ فادح»     Rouhani ACCUSEs the UAE (disapprove)
معتبرةً الخطوة الإماراتية «خيانة»                   the subject of the sentence accuses the UAE
قال X إن الوجود الإسرائيلي يُعدّ انتهاكاً            X accuses Israel
وصف X الاتفاق بأنه «انتصار للسلام»                  praise: SUPPORT

The verbs and the evaluating words are data (lexicons/evaluations.tsv). The evaluating
word is no event of its own: it names the described act, it does not report a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rawi.arabic import normalize
from rawi.errors import DataFileError
from rawi.extract.clauses import COMPLEMENTIZERS, Arg, adjacent
from rawi.lexicons import LEXICON_DIR, read_tsv
from rawi.text.conjugate import feminine_participle, participles, verb_forms
from rawi.text.tokens import Token, segment
from rawi.text.word_cache import WORD_MARKS, WordCache

EVALUATION_REACH = 12  # tokens from a describing verb to the word that evaluates
CONSIDERED_GAP = 2  # يُعدّ «انتهاكاً»: the word follows "is considered" at once (a quote between)
TARGET_BEFORE = 8  # tokens before "is considered" in which its subject is named
CLAUSE_ENDS = frozenset({".", "،", ",", ";", "؛", ":"})
ACCUSATIVE = "ا"  # انتهاكاً → انتهاكا: the tanween's alif


@dataclass(frozen=True, slots=True)
class Evaluation:
    verb: int  # token of the describing verb
    word: int  # token of the evaluating word
    type: str  # ACCUSE | SUPPORT
    considered: bool  # Y يُعدّ E: the evaluated is the subject before the verb
    alleged: bool  # Y تعمّد E، Y ارتكب E: the speaker alleges an act (mode allege, not disapprove)
    participle: bool  # معتبرةً، واصفاً: its subject is the sentence's


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: dict[str, str]  # form → describe | considered | commits
    participles: frozenset[str]
    words: dict[str, str]  # normal form → ACCUSE | SUPPORT


@cache
def _lexicon() -> _Lexicon:
    verbs: dict[str, str] = {}
    said: set[str] = set()
    words: dict[str, str] = {}
    for row in read_tsv(LEXICON_DIR / "evaluations.tsv", ("entry", "kind")):
        entry, kind = row.fields["entry"], row.fields["kind"]
        if kind in ("describe", "considered", "commits"):
            perfect, _, imperfect = entry.partition("|")
            if not imperfect:
                raise DataFileError(row.path, row.line, f"verb {entry!r} must be given as perfect|imperfect")
            for form in verb_forms(perfect, imperfect):
                verbs.setdefault(form, kind)
            if kind == "describe":
                fem = feminine_participle(imperfect)
                said |= participles(imperfect, perfect) | ({fem} if fem else set())
        elif kind == "word":
            if row.fields.get("type") not in ("ACCUSE", "SUPPORT"):
                raise DataFileError(row.path, row.line, "field 'type' must be ACCUSE or SUPPORT")
            words[normalize(entry)] = row.fields["type"]
        else:
            raise DataFileError(
                row.path, row.line, "field 'kind' must be describe, considered, commits or word"
            )
    for form in said:
        verbs.setdefault(form, "describe")
    return _Lexicon(verbs, frozenset(said), words)


def _word_type_of(norm: str) -> str | None:
    """ACCUSE or SUPPORT for an evaluating word of this normal form (clitics and the
    accusative's alif off), else None."""
    words = _lexicon().words
    return next(
        (
            words[stem]
            for seg in segment(norm)
            for stem in (seg.stem, seg.stem.removesuffix(ACCUSATIVE))
            if stem in words
        ),
        None,
    )


# asked of every word of a sentence: a lookup once a form has been seen
_WORD_TYPES: WordCache[str | None] = WordCache(_word_type_of)
EVALUATING_WORDS = WORD_MARKS.question(lambda norm: _WORD_TYPES[norm] is not None)


def _verb_kind(token: Token) -> tuple[str, bool] | None:
    lex = _lexicon()
    for seg in token.segmentations:
        if not seg.has_article and seg.stem in lex.verbs:
            return lex.verbs[seg.stem], seg.stem in lex.participles
    return None


def is_evaluating_verb(token: Token) -> bool:
    """Whether a word is a verb of evaluation (وصف، اعتبر ...), in any of its forms."""
    return _verb_kind(token) is not None


def find_evaluations(tokens: list[Token], lo: int, hi: int) -> list[Evaluation]:
    """The evaluations of the sentence tokens[lo:hi]: an evaluating word after a verb that
    describes, in the same clause."""
    out: list[Evaluation] = []
    for k in WORD_MARKS.positions(tokens, EVALUATING_WORDS, lo, hi):
        kind = _WORD_TYPES[tokens[k].norm]
        if kind is None:  # (never: the word was marked for its type)
            continue
        for j in range(k - 1, max(lo, k - EVALUATION_REACH) - 1, -1):
            if tokens[j].norm in CLAUSE_ENDS:
                break
            verb = _verb_kind(tokens[j])
            if verb is None:
                continue
            considered = verb[0] in ("considered", "commits")
            gap = range(j + 1, k)
            if considered and (len(gap) > CONSIDERED_GAP or any(tokens[g].is_word for g in gap)):
                break  # يَعِد "promises", or a verb whose object is named between
            if all(e.verb != j for e in out):  # the first word a verb meets is what it calls
                out.append(Evaluation(j, k, kind, considered, verb[0] == "commits", verb[1]))
            break
    return out


def evaluated(
    ev: Evaluation,
    tokens: list[Token],
    lo: int,
    parties: list[Arg],
    speaker: list[Arg],
    subject: list[Arg],
) -> tuple[list[Arg], list[Arg]]:
    """(the one who evaluates, the one whose act is evaluated) of an evaluation; either
    empty when the sentence does not name it. ``speaker``: the source of the clause the verb
    stands in; ``subject``: the subject carried from the verb before (for participles)."""
    direct = [a for a in parties if a.prep is None]
    if ev.considered:
        before = [a for a in direct if ev.verb - TARGET_BEFORE <= a.first and a.last < ev.verb]
        before = [a for a in before if all(a is not s for s in speaker)]
        return speaker[:1], before[-1:]
    if ev.participle:
        first = [a for a in direct if lo <= a.first < ev.verb][:1]
        evaluator = speaker[:1] or subject[:1] or first
    else:
        svo = [a for a in direct if a.last < ev.verb and adjacent(tokens, a.last, ev.verb)]
        after = [a for a in direct if ev.verb < a.first < ev.word]
        evaluator = svo[-1:] or after[:1] or speaker[:1] or subject[:1]
    # the object described comes before what it is called (بأنها «احتلال لأراضٍ سورية»)
    called = next((k for k in range(ev.verb + 1, ev.word) if tokens[k].norm in COMPLEMENTIZERS), ev.word)
    described = [a for a in direct if ev.verb < a.first < called and all(a is not e for e in evaluator)][:1]
    if not described:  # اعتبر X أن خطوة Y «خيانة»: the described is the complement's subject
        described = [a for a in direct if called < a.first < ev.word][:1]
    if not described:  # ما وصفه بـ«العدوان الأمريكي»: the adjective of the word names the author
        described = [a for a in direct if ev.word < a.first <= ev.word + 2 and a.mention.how == "demonym"][:1]
    return evaluator, described
