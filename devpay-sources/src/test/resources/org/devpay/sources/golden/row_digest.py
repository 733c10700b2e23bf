#!/usr/bin/env python3
"""Golden row digests for RowDigestTest, computed with Python's hashlib (independent of devpay).

A row's digest is SHA-256 over, for each field in order, the decimal length of its UTF-8 bytes,
a colon, then those bytes (a null field counts as ""). Prints one line per case: the case's
name and its lower-case hex digest. Run: python3 row_digest.py
"""
import hashlib

CASES = {
    "empty row": [],
    "two fields": ["a", "b"],
    "a null and an empty field": [None, ""],
    "split moved": ["ab", "c"],
    "unicode": ["Ärger ✓", "São Paulo", "日本"],
    "one long field": ["x" * 3000, "y"],
    # Two megabytes of UTF-8: past what a thread keeps between rows in RowDigest.
    "past the bytes kept": ["\u00e9" * 2**20, "z"],
}


def digest(fields):
    h = hashlib.sha256()
    for field in fields:
        data = ("" if field is None else field).encode("utf-8")
        h.update(str(len(data)).encode("ascii") + b":" + data)
    return h.hexdigest()


for name, fields in CASES.items():
    print(f"{name}: {digest(fields)}")
