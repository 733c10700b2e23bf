"""Shared helpers for the scripts that derive devpay-core's shipped reference tables.

Every derived resource starts with '# ' comment lines naming the script, the source files with
their sha256, and the method, so a reader can re-derive it and check it was not hand-edited.
"""

import hashlib
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = REPO_ROOT / "devpay-core" / "src" / "main" / "resources" / "org" / "devpay" / "core"


def data_dir() -> Path:
    """The real-data directory: first argument, else $DEVPAY_DATA_DIR, else ../shared/data."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1]).resolve()
    configured = os.environ.get("DEVPAY_DATA_DIR")
    if configured:
        return Path(configured).resolve()
    return (REPO_ROOT / ".." / "shared" / "data").resolve()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def header_lines(script: str, sources: list, method: list) -> list:
    """Comment lines for the top of a derived resource."""
    lines = [f"# Derived by scripts/reference/{script}; do not edit by hand, re-run the script."]
    lines.append("# Sources (path under the data directory, sha256):")
    base = data_dir()
    for source in sources:
        lines.append(f"#   {Path(source).relative_to(base)} {sha256(source)}")
    lines.append("# Method:")
    lines.extend(f"#   {line}" for line in method)
    return lines


def csv_cell(value) -> str:
    """One CSV cell: quoted (quotes doubled) when it holds a comma or a quote, as Java's reader expects."""
    value = str(value)
    return '"' + value.replace('"', '""') + '"' if ("," in value or '"' in value) else value


def write_lines(target: Path, lines: list) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line + "\n")
    print(f"wrote {target} ({target.stat().st_size:,} bytes, {len(lines):,} lines)")
