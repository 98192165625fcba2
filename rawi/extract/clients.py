"""Groups named by who backs them (فصائل مسلحة مدعومة من إيران، الميليشيات الموالية
لطهران): an actor of its own, named by the whole phrase (lexicons/client_groups.tsv).

The backer's own mention is folded into the group's: in "فصائل مدعومة من إيران هاجمت"
Iran is not a party to the attack. Who backs the group stays in the group's name, where
the store and the analyst see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rawi.arabic import normalize
from rawi.extract.entities import new_actor_key
from rawi.extract.mentions import ActorMention, covering, tokens_where, word_question
from rawi.lexicons import LEXICON_DIR, read_tsv
from rawi.lexicons.registry import Registry
from rawi.text import Analysis
from rawi.text.tokens import Token, word_segmentations
from rawi.text.word_cache import WordCache

MAX_ADJECTIVES = 3
BACKER_KINDS = ("state", "organization", "person")


@dataclass(frozen=True, slots=True)
class ClientWords:
    groups: frozenset[str]
    backing: dict[str, frozenset[str]]  # word → prepositions ("-": an adverb follows)
    written: frozenset[str]  # the group words as a token may be written (والفصائل، فصائل)


@cache
def client_words() -> ClientWords:
    groups: set[str] = set()
    backing: dict[str, set[str]] = {}
    for row in read_tsv(LEXICON_DIR / "client_groups.tsv", ("word", "role")):
        word = normalize(row.fields["word"])
        if row.fields["role"] == "group":
            groups.add(word)
        else:
            backing.setdefault(word, set()).add(normalize(row.fields.get("preposition") or "-"))
    written = {pre + g for g in groups for pre in ("", "ال", "و", "وال", "ف", "فال")}
    return ClientWords(frozenset(groups), {w: frozenset(p) for w, p in backing.items()}, frozenset(written))


GROUP_WORD = word_question(lambda norm: norm in client_words().written)  # asked of every token


def _stem(token: Token) -> tuple[str, bool, int]:
    """The word without و/ف and the article, whether it had the article, and how many
    letters of conjunction lead it (worked out once per word form: asked of every token)."""
    return _STEMS[token.norm]


def _stem_of(norm: str) -> tuple[str, bool, int]:
    for seg in word_segmentations(norm):
        if set(seg.proclitics) <= {"و", "ف", "ال"} and seg.enclitic is None:
            return seg.stem, "ال" in seg.proclitics, sum(p in ("و", "ف") for p in seg.proclitics)
    return norm, False, 0


_STEMS: WordCache[tuple[str, bool, int]] = WordCache(_stem_of)


def find_client_groups(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(groups found, the backers' mentions they take in)."""
    words = client_words()
    tokens = analysis.tokens
    text = analysis.doc.text
    written = tokens_where(GROUP_WORD, tokens)
    if not written:
        return [], []  # most reports name no group this way: spare the cover list
    cover = covering(tokens, mentions)
    found: list[ActorMention] = []
    folded: list[ActorMention] = []
    for i in written:
        tok = tokens[i]
        if tok.norm not in words.written or cover[i] is not None:
            continue
        head, definite, conjunctions = _stem(tok)
        if head not in words.groups:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= MAX_ADJECTIVES + 1 and cover[j] is None and tokens[j].is_word:
            stem, article, _ = _stem(tokens[j])
            if stem in words.backing and article == definite:
                backed = _backer(tokens, cover, j, words.backing[stem], registry)
                if backed is not None:
                    end, backer = backed
                    start = tok.start + conjunctions  # وفصائل → فصائل
                    surface = text[start:end]
                    found.append(
                        ActorMention(start, end, new_actor_key("organization", surface), "grammar", surface)
                    )
                    folded += [backer] if backer is not None else []
                break
            # an adjective agrees with its head: definite with it, and feminine (مسلحة، شيعية)
            if article != definite or not stem.endswith("ه"):
                break
            j += 1
    return found, folded


def _backer(
    tokens: list[Token], cover: list[ActorMention | None], j: int, preps: frozenset[str], registry: Registry
) -> tuple[int, ActorMention | None] | None:
    """Where the backer named after the word of backing at ``j`` ends (من إيران، لطهران،
    إيرانياً), and its mention (none for an adverb of nationality)."""
    k = j + 1
    if k >= len(tokens):
        return None
    nxt = tokens[k]
    if "-" in preps and cover[k] is None and nxt.norm.endswith("يا") and len(nxt.norm) > 4:
        return nxt.end, None  # مدعومة إيرانياً
    if nxt.norm in preps and k + 1 < len(tokens):  # من إيران
        k += 1
    elif not any(len(p) == 1 and nxt.norm.startswith(p) for p in preps):  # لطهران، بإيران
        return None
    mention = cover[k]
    if mention is None or mention.start > tokens[k].start + 1:
        return None
    actor = registry.get(mention.actor)
    if actor is None or actor.kind not in BACKER_KINDS:
        return None
    return mention.end, mention
