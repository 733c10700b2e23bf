"""The matching key for place and country names, kept identical to org.devpay.core.geo.TextKey.

NFKD-decompose and drop combining marks (so "Côte" = "Cote", "München" = "Munchen"), lower-case,
'&' becomes ' and ', every other character that is not a letter or digit (any script) becomes a space, spaces collapse, and a
leading "the " is dropped ("The Netherlands" = "Netherlands").
"""

import re
import unicodedata


def text_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = stripped.lower().replace("&", " and ")
    spaced = re.sub(r" +", " ", "".join(c if c.isalnum() else " " for c in lowered)).strip()
    if spaced.startswith("the "):
        spaced = spaced[4:]
    return spaced
