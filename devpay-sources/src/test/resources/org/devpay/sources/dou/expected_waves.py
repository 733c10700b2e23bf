#!/usr/bin/env python3
"""Independent expected figures for DouWavesRealFileTest: for every DOU wave file in
../shared/data/dou-ua-salaries, the rows, their outcomes and, per role family, the as-published n,
P25, median and P75 of net monthly pay in USD, computed with the csv module and pandas from the raw
files (not with the adapters' code), and written as JSON beside this script:

    /usr/bin/python3 devpay-sources/src/test/resources/org/devpay/sources/dou/expected_waves.py \\
        [DATA_DIR]   # default ../shared/data; writes expected_waves.json beside this script

Rules restated here from the documentation (docs/dou.md and devpay-core's roles.csv), not from
the Java code:
  * each file is one wave, named by its file name (2015_dec -> 2015-12, 2020_june -> 2020-06);
  * pay: the wave's pay column, as named below; empty or "NA" -> MISSING_AMOUNT; not a plain
    decimal (or a decimal comma with one or two decimals) -> UNPARSEABLE_AMOUNT; <= 0 ->
    NON_POSITIVE_AMOUNT; else accepted (no other screen, outliers kept as published);
  * role label: the job title (2015-2020), the specialisation else the main position (2025), none
    in the 2022 extract;
  * role family: the rule table roles.csv, read here with its documented semantics: comment lines
    start with '#'; a rule applies to dataset dou-ua when its scope is dou-ua or '*'; the first
    applicable rule in file order wins; exact = stripped lower-case equality, regex = re.search,
    case-insensitive; a blank label is 'unknown', a label no rule matches 'other';
  * weights: the 2022 extract's freq is a frequency weight (each row counts freq times: the
    quantiles are taken on the rows repeated freq times, pandas' default type 7); n counts rows and
    weighted_n respondents.
"""
import collections
import csv
import json
import pathlib
import re
import sys

import pandas as pd

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[7]
ROLES = REPO / "devpay-core/src/main/resources/org/devpay/core/taxonomy/roles.csv"
DATA = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared" / "data")

SPEC_2025 = "Вкажіть вашу основну спеціалізацію"
POSITION_2025 = "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку"

# file, edition, encoding, pay column (None: the column starting "ЗАРПЛАТА"), role columns (the first
# non-blank one is the label), weight column
WAVES = [
    ("2015_dec_raw.csv", "2015-12", "utf-8", "Зарплата в месяц", ["Должность"], None),
    ("2016_dec_raw.csv", "2016-12", "utf-8", "Зарплата в месяц", ["Должность"], None),
    ("2017_dec_raw.csv", "2017-12", "utf-8", "Зарплата в месяц", ["Должность"], None),
    ("2018_dec_raw.csv", "2018-12", "utf-8", "Зарплата в месяц", ["Должность"], None),
    ("2019_dec_raw.csv", "2019-12", "utf-8-sig", "Зарплата за місяць, net, після податків",
     ["Оберіть вашу посаду"], None),
    ("2020_june_mini.csv", "2020-06", "utf-8", "Зарплата.в.месяц", ["Должность"], None),
    ("2022_june_dev.csv", "2022-06", "utf-8", "salary", [], "freq"),
    ("2025_june_raw.csv", "2025-06", "cp1251", None, [SPEC_2025, POSITION_2025], None),
]

DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def load_roles():
    with open(ROLES, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rules = []
    for row in csv.DictReader(lines):
        if row["scope"].strip() not in ("dou-ua", "*"):
            continue
        pattern = row["pattern"].strip()
        rules.append((row["match"].strip(), pattern, re.compile(pattern, re.IGNORECASE), row["family"].strip()))
    return rules


RULES = load_roles()


def role_family(label):
    text = label.strip()
    if text == "":
        return "unknown"
    for match, pattern, compiled, family in RULES:
        if match == "exact" and text.lower() == pattern.lower():
            return family
        if match == "regex" and compiled.search(text):
            return family
    return "other"


def amount(value):
    """(outcome, amount) of a pay field by the rule in the module comment."""
    text = value.strip()
    if text in ("", "NA"):
        return "MISSING_AMOUNT", None
    if DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    if not DECIMAL.fullmatch(text):
        return "UNPARSEABLE_AMOUNT", None
    number = float(text)
    if number <= 0:
        return "NON_POSITIVE_AMOUNT", None
    return "ACCEPTED", number


def wave(name, edition, encoding, pay, role_columns, weight):
    path = DATA / "dou-ua-salaries" / name
    with open(path, encoding=encoding, newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    field_counts = collections.Counter(len(r) for r in body)
    assert set(field_counts) == {len(header)}, (name, field_counts)

    frame = pd.read_csv(path, encoding=encoding, dtype=str, keep_default_na=False)
    assert len(frame) == len(body), name
    pay_column = pay if pay is not None else [c for c in frame.columns if c.startswith("ЗАРПЛАТА")][0]
    outcomes = frame[pay_column].map(amount)
    frame = frame.assign(outcome=outcomes.str[0], pay=outcomes.str[1])
    label = pd.Series("", index=frame.index)
    for column in reversed(role_columns):
        value = frame[column].str.strip()
        label = value.where(value != "", label)
    frame = frame.assign(family=label.map(role_family))
    frame = frame.assign(weight=frame[weight].astype(int) if weight else 1)

    accepted = frame[frame["outcome"] == "ACCEPTED"]
    families = {}
    for family, group in sorted(accepted.groupby("family")):
        repeated = group["pay"].astype(float).repeat(group["weight"])
        q = repeated.quantile([0.25, 0.5, 0.75])
        families[family] = {
            "n": int(len(group)),
            "weighted_n": int(group["weight"].sum()),
            "p25": float(q[0.25]),
            "median": float(q[0.5]),
            "p75": float(q[0.75]),
        }
    return {
        "file": name,
        "edition": edition,
        "rows": len(body),
        "accepted": int(len(accepted)),
        "rejected": {k: int(v) for k, v in sorted(frame.loc[frame["outcome"] != "ACCEPTED", "outcome"].value_counts().items())},
        "pay_column": pay_column,
        "role_columns": role_columns,
        "weight_column": weight,
        "families": families,
    }


def main():
    out = {
        "generated_by": "expected_waves.py",
        "pandas": pd.__version__,
        "waves": [wave(*w) for w in WAVES],
    }
    target = HERE / "expected_waves.json"
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    for w in out["waves"]:
        summary = ", ".join(f"{f} n={c['n']} median={c['median']:g}" for f, c in w["families"].items())
        print(f"{w['file']} {w['edition']}: rows {w['rows']}, accepted {w['accepted']}, rejected {w['rejected']}; {summary}")
    print("wrote", target)


if __name__ == "__main__":
    main()
