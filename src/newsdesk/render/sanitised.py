"""The article fragment as the sanitiser writes it, without parsing it again when that is sure.

The fragment is made by our template from escaped text: every tag in it is the template's or
`render/inline.py`'s, so user text cannot open one. Passing it through the sanitiser (which
parses and writes it out again) then changes only how some of it is spelled: `'` and `"` as
characters, not references, in text, `&quot;` in attribute values, a no-break space as
`&nbsp;`, and links gain `rel`. That spelling is done here directly. What is not sure is only
whether the sanitiser keeps an address (a link's or a picture's): each distinct one is asked of
it once, and a fragment with any address it would drop or change is sanitised whole.
`tests/render/test_sanitised.py` holds that both ways give the same text for hostile articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.render.safety import LINK_REL, sanitise

_TAG = re.compile(r"<[^>]*>")
_REL = f' rel="{LINK_REL}"'
_LINK_START = '<a href="'
_PICTURE_START = '<img src="'


@lru_cache(maxsize=4096)
def _kept(tag: str, attribute: str, value: str) -> bool:
    # Asked with the address alone: whether the sanitiser writes it back as it came.
    element = f'<{tag} {attribute}="{value}">'
    if tag == "a":
        return sanitise(f"{element}x</a>") == f'<a {attribute}="{value}"{_REL}>x</a>'
    return sanitise(element) == element


def _values(pieces: list[str]) -> list[str]:
    # Each piece after the first starts with an attribute value (escaped: it holds no '"').
    return [piece[: piece.index('"')] for piece in pieces[1:]]


def _double_quotes(fragment: str) -> str:
    # In text a double quote is written as itself; inside a tag (an attribute value) as &quot;.
    parts: list[str] = []
    end = 0
    for tag in _TAG.finditer(fragment):
        parts.append(fragment[end : tag.start()].replace("&#34;", '"'))
        parts.append(tag.group().replace("&#34;", "&quot;"))
        end = tag.end()
    parts.append(fragment[end:].replace("&#34;", '"'))
    return "".join(parts)


def sanitised_fragment(fragment: str) -> str:
    """Our template's fragment exactly as `sanitise` would write it."""
    links = fragment.split(_LINK_START)
    if not all(_kept("a", "href", value) for value in _values(links)):
        return sanitise(fragment)
    if _PICTURE_START in fragment:
        pictures = fragment.split(_PICTURE_START)
        if not all(_kept("img", "src", value) for value in _values(pictures)):
            return sanitise(fragment)
    if len(links) > 1:
        # Each link's start tag ends at the first '">' after its address.
        rest = [_LINK_START + piece.replace('">', f'"{_REL}>', 1) for piece in links[1:]]
        fragment = links[0] + "".join(rest)
    if "&#34;" in fragment:
        fragment = _double_quotes(fragment)
    fragment = fragment.replace("&#39;", "'")
    if "\xa0" in fragment:
        fragment = fragment.replace("\xa0", "&nbsp;")
    return fragment
