"""Regenerates cmtoolbox/core/_tld_data.py and _emoji_data.py (a developer tool, not run by the tests).

    npm install --prefix /tmp/tt twitter-text@3.1.0 && pip install emoji
    python -m cmtoolbox.devtools.counter_data /tmp/tt/node_modules/twitter-text

The TLD lists come from the regular expressions of the npm package twitter-text (so that scheme-less links
match X's official library), the emoji sequences from the `emoji` package's copy of Unicode's emoji-test data,
adjusted to what twemoji-parser (the official library's emoji parser) treats as one emoji. Those adjustments
were found by running twemoji-parser 11.0.2 and 14.0.0 over every sequence.
"""

# ruff: noqa: E501
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "core"


def tlds_from(js_file: Path) -> list[str]:
    source = js_file.read_text(encoding="utf-8")
    pieces = re.findall(r"'([^']*)'", source.split("RegExp(", 1)[1].split(")(?=", 1)[0])
    joined = "".join(pieces)
    body = joined.split("(?:(?:", 1)[1]
    return [t for t in body.split("|") if t]


def js_canon(ch: str) -> str:
    """ECMAScript Canonicalize() for a case-insensitive, non-unicode RegExp."""
    up = ch.upper()
    if len(up) != 1:
        return ch
    if ord(ch) >= 128 and ord(up) < 128:
        return ch
    return up


def write_tld_data(package: Path, out: Path) -> None:
    gtlds = tlds_from(package / "dist/regexp/validGTLD.js")
    cctlds = tlds_from(package / "dist/regexp/validCCTLD.js")
    # Characters whose case-insensitive match in a JS (non-unicode) RegExp is more than the character itself.
    wanted = {c for t in gtlds + cctlds for c in t if ord(c) >= 128}
    by_canon: dict[str, set[str]] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        by_canon.setdefault(js_canon(ch), set()).add(ch)
    variants = {}
    for c in sorted(wanted):
        same = sorted(by_canon.get(js_canon(c), {c}) | {c})
        if len(same) > 1:
            variants[c] = "".join(same)
    lines = [
        '"""Top-level domains known to twitter-text 3.1.0 (generated: do not edit by hand).',
        "",
        "Generated from the regular expressions of the npm package twitter-text 3.1.0 (dist/regexp/validGTLD.js",
        "and validCCTLD.js) so that scheme-less links are recognised exactly as X's official library does; a newer",
        "IANA list would disagree with it. CASE_VARIANTS lists, for the non-ASCII letters of those names, every",
        "character that a case-insensitive JavaScript RegExp (without the u flag) accepts in their place.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        f"GENERIC_TLDS: tuple[str, ...] = tuple({' '.join(gtlds)!r}.split())",
        "",
        f"COUNTRY_TLDS: tuple[str, ...] = tuple({' '.join(cctlds)!r}.split())",
        "",
        f"CASE_VARIANTS: dict[str, str] = {variants!r}",
        "",
    ]
    text = "\n".join(lines)
    out.write_text(text, encoding="utf-8")
    print(len(gtlds), len(cctlds), len(variants))


TRIGGERS = "\u200d\ufe0f\u20e3"


def esc(s: str) -> str:
    out = []
    for ch in s:
        cp = ord(ch)
        out.append(
            ch
            if 0x20 <= cp < 0x7F and ch not in "\\'"
            else (f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}")
        )
    return "".join(out)


def is_trigger(ch: str) -> bool:
    cp = ord(ch)
    return ch in TRIGGERS or 0x1F3FB <= cp <= 0x1F3FF or 0x1F1E6 <= cp <= 0x1F1FF or 0xE0020 <= cp <= 0xE007F


def write_emoji_data(out: Path) -> None:
    import emoji

    by_version: dict[float, list[str]] = defaultdict(list)
    # twemoji-parser (which the official twitter-text uses) knows fully-qualified sequences, unqualified keycaps
    # and the unqualified eye-in-speech-bubble; it splits the fully-qualified eye-in-speech-bubble and infinity.
    TWEMOJI_EXTRA = {"\U0001f441\u200d\U0001f5e8"}
    TWEMOJI_MISSING = {"\U0001f441\ufe0f\u200d\U0001f5e8\ufe0f", "\u267e\ufe0f"}
    # Its regular expression also takes a skin tone after a text-style modifier base written with VS16, and treats
    # the skier (not a modifier base for Unicode) as one.
    TONES = [chr(cp) for cp in range(0x1F3FB, 0x1F400)]
    for base in "\u261d\u26f9\u270c\u270d\U0001f3cb\U0001f3cc\U0001f574\U0001f575\U0001f590\u26f7":
        version = emoji.EMOJI_DATA.get(base + TONES[0], {"E": 1})["E"]
        for tone in TONES:
            by_version[version].append(base + "\ufe0f" + tone)
            if base == "\u26f7":
                by_version[version].append(base + tone)
    # Emoji-presentation characters that also have a standardized variation sequence: twemoji-parser takes them
    # with VS16 as one emoji, though Unicode does not list those forms.
    PRESENTATION_WITH_VS16 = (
        "231A 231B 25FD 25FE 2614 2615 2648 2649 264A 264B 264C 264D 264E 264F 2650 2651 2652 2653 267F 2693 26A1 "
        "26AA 26AB 26BD 26BE 26C4 26C5 26D4 26EA 26F2 26F3 26F5 26FA 26FD 2757 2B1B 2B1C 2B50 2B55 1F004 1F21A 1F22F"
    )
    for hex_cp in PRESENTATION_WITH_VS16.split():
        base = chr(int(hex_cp, 16))
        by_version[emoji.EMOJI_DATA[base]["E"]].append(base + "\ufe0f")
    for seq, info in emoji.EMOJI_DATA.items():
        if len(seq) < 2 or seq in TWEMOJI_MISSING:
            continue
        keycap = len(seq) == 2 and seq[1] == "\u20e3"
        if info["status"] != emoji.STATUS["fully_qualified"] and not keycap and seq not in TWEMOJI_EXTRA:
            continue
        assert any(is_trigger(c) for c in seq), seq
        by_version[info["E"]].append(seq)
    lines = [
        '"""Multi-code-point emoji sequences (generated: do not edit by hand).',
        "",
        f"Generated from the `emoji` package {emoji.__version__} (Unicode emoji-test data) by",
        "cmtoolbox/devtools/counter_data.py: every sequence of two or more code points that",
        "twemoji-parser, the emoji parser of the official twitter-text, treats as one emoji. That is the",
        "fully-qualified sequences, plus the unqualified keycaps and eye-in-speech-bubble, less the two it splits",
        "(fully-qualified eye-in-speech-bubble and infinity), plus what its regular expression also accepts: a skin",
        "tone after a text-style modifier base written with VS16 (and after the skier), and VS16 after the",
        "emoji-presentation characters that have a variation sequence.",
        "",
        "Keyed by the Emoji version that added them: twemoji-parser 14 stops at Emoji 14.0; the newer sequences",
        "are kept, as X shows them as one emoji. Single code points need no list: X weighs them like any other",
        "character outside its light ranges. Every sequence's second code point is ZWJ, VS16, the keycap mark, a",
        "skin-tone modifier, a regional indicator or a tag character, which is how the counter finds candidates.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "SEQUENCES_BY_VERSION: dict[float, tuple[str, ...]] = {",
    ]
    for version in sorted(by_version):
        seqs = sorted(by_version[version])
        lines.append(f"    {version!r}: (")
        row = []
        for s in seqs:
            row.append(f"'{esc(s)}',")
            if sum(len(r) + 1 for r in row) > 100:
                lines.append("        " + " ".join(row))
                row = []
        if row:
            lines.append("        " + " ".join(row))
        lines.append("    ),")
    lines.append("}")
    lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    print({k: len(v) for k, v in sorted(by_version.items())})


def main() -> None:
    write_tld_data(Path(sys.argv[1]), CORE / "_tld_data.py")
    write_emoji_data(CORE / "_emoji_data.py")


if __name__ == "__main__":
    main()
