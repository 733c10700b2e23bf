#!/usr/bin/python3
"""Checks that devpay-spark's answer and compare JSON equal devpay's own on the same file: every
number to 1e-9 (relative above 1), every bootstrap interval bound identical (the same cells
resampled with the same seed), every other value equal; the answer's "store" and "ingest" keys,
which only the embedded command has, are left out.
Prints one JSON object: {"checked": N, "bootstrap_bounds": M, "max_relative_difference": x,
"equal": true|false, "first_difference": "..."}.
Usage: /usr/bin/python3 bench/spark_equal.py answer.json compare.json spark-answer.json spark-compare.json
       /usr/bin/python3 bench/spark_equal.py answer.json spark-answer.json   (the answers only)
"""
import json
import sys

TOLERANCE = 1e-9


class Walk:
    def __init__(self):
        self.checked = 0
        self.bounds = 0
        self.largest = 0.0
        self.differences = []

    def differ(self, path, expected, actual):
        self.differences.append(f"{path}: {expected!r} vs {actual!r}")

    def walk(self, expected, actual, path, bootstrapped):
        if isinstance(expected, bool) or expected is None or isinstance(expected, str):
            if expected != actual:
                self.differ(path, expected, actual)
            return
        if isinstance(expected, (int, float)):
            if isinstance(actual, bool) or not isinstance(actual, (int, float)):
                self.differ(path, expected, actual)
                return
            self.checked += 1
            field = path.rsplit(".", 1)[-1]
            if field.startswith("median_ci_") or (bootstrapped and "ci_" in field):
                self.bounds += 1
                if expected != actual:
                    self.differ(path, expected, actual)
                return
            relative = abs(expected - actual) / max(1.0, abs(expected))
            self.largest = max(self.largest, relative)
            if relative > TOLERANCE:
                self.differ(path, expected, actual)
            return
        if isinstance(expected, dict):
            if not isinstance(actual, dict) or list(expected) != list(actual):
                self.differ(path + " (keys)", list(expected), list(actual) if isinstance(actual, dict) else actual)
                return
            boot = path.endswith(".ratio_of_medians") or str(expected.get("interval_method", "")).startswith("bootstrap")
            for key in expected:
                self.walk(expected[key], actual[key], f"{path}.{key}", boot)
            return
        if isinstance(expected, list):
            if not isinstance(actual, list) or len(expected) != len(actual):
                self.differ(path + " (length)", expected, actual)
                return
            for i, (e, a) in enumerate(zip(expected, actual)):
                self.walk(e, a, f"{path}[{i}]", bootstrapped)


def main():
    if len(sys.argv) == 3:
        answer, spark_answer = (json.load(open(p)) for p in sys.argv[1:3])
        compare = spark_compare = None
    elif len(sys.argv) == 5:
        answer, compare, spark_answer, spark_compare = (json.load(open(p)) for p in sys.argv[1:5])
    else:
        sys.exit(__doc__)
    for document in (answer,):
        document.pop("store", None)
        document.pop("ingest", None)
    walk = Walk()
    walk.walk(answer, spark_answer, "answer", False)
    if compare is not None:
        walk.walk(compare, spark_compare, "compare", False)
    equal = not walk.differences and walk.checked > 0
    print(json.dumps({
        "checked": walk.checked,
        "bootstrap_bounds": walk.bounds,
        "max_relative_difference": walk.largest,
        "equal": equal,
        "first_difference": walk.differences[0] if walk.differences else "",
    }))
    sys.exit(0 if equal else 1)


if __name__ == "__main__":
    main()
