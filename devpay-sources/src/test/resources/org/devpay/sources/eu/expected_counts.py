#!/usr/bin/env python3
"""Expected figures for ItSalarySurveyEuRealFileTest, computed independently of the Java adapter.

Applies the salary rule documented in EuSalaryParser (re-implemented here with regular expressions,
not translated from the Java code) to the four IT Salary Survey EU files and prints, per year: data
rows, accepted rows, rejected rows by reason, the median of accepted amounts (pandas' median: the
mean of the two middle values for an even count), for 2019 accepted rows per position and for
2020 accepted full-time employees.

Usage: /usr/bin/python3 expected_counts.py [DATA_DIR]   (default: ../shared/data beside the repo)
Tested with pandas 1.5.3.
"""
import pathlib
import re
import sys

import pandas as pd

FILES = {
    2017: ("salary-report_2017.csv", "Текущая ЗП", "Position"),
    2018: ("IT Salary Survey EU 2018.csv", "Current Salary", "Position"),
    2019: (
        "IT Salary Survey EU 2019.csv",
        "Yearly brutto salary (without bonus and stocks)",
        "Position (without seniority)",
    ),
    2020: (
        "IT Salary Survey EU  2020.csv",
        "Yearly brutto salary (without bonus and stocks) in EUR",
        "Position",
    ),
}


def parse(value):
    """Returns (reason, amount): reason is None for an accepted amount."""
    text = value.strip()
    if text == "" or text.upper() == "NA":
        return "MISSING_AMOUNT", None
    sign = 1
    if text[:1] in "+-":
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    number = None
    if re.fullmatch(r"[0-9]+", text):
        number = text
    elif m := re.fullmatch(r"[0-9]{1,3}([., ])[0-9]{3}(?:\1[0-9]{3})*", text):
        number = text.replace(m.group(1), "")
    elif m := re.fullmatch(r"([0-9]+)[.,]([0-9]+)", text):
        number = m.group(1) + "." + m.group(2)
    elif (m := re.fullmatch(r"([0-9]{1,3}([., ])[0-9]{3}(?:\2[0-9]{3})*)([.,])([0-9]+)", text)) and m.group(2) != m.group(3):
        number = m.group(1).replace(m.group(2), "") + "." + m.group(4)
    if number is None:
        return "UNPARSEABLE_AMOUNT", None
    amount = sign * float(number)
    if amount <= 0:
        return "NON_POSITIVE_AMOUNT", None
    return None, amount


def main():
    default = pathlib.Path(__file__).resolve().parents[8].parent / "shared" / "data"
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else default) / "it-salary-survey-eu"
    for year, (name, pay_column, role_column) in FILES.items():
        frame = pd.read_csv(data / name, dtype=str, keep_default_na=False, encoding="utf-8")
        frame.columns = [c.strip() for c in frame.columns]
        parsed = frame[pay_column].map(parse)
        reasons = parsed.map(lambda p: p[0])
        accepted = frame[reasons.isna()]
        amounts = parsed[reasons.isna()].map(lambda p: p[1])
        print(f"{year}: rows={len(frame)} accepted={len(accepted)} rejected={int(reasons.notna().sum())}")
        for reason, count in sorted(reasons.dropna().value_counts().items()):
            print(f"  {reason}={count}")
        print(f"  median={amounts.median()!r}")
        if year == 2019:
            roles = accepted[role_column].str.strip().value_counts()
            for role in ("Backend Developer", "Fullstack Developer", "Frontend Developer"):
                print(f"  accepted {role}={roles.get(role, 0)}")
        if year == 2020:
            # The employment answer as published (not stripped), as the adapter emits it.
            employment = accepted["Employment status"].value_counts()
            print(f"  accepted Full-time employee={employment.get('Full-time employee', 0)}")


if __name__ == "__main__":
    main()
