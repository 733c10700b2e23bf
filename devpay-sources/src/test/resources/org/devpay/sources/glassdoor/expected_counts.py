#!/usr/bin/env python3
"""Independent expected figures for GlassdoorIndia2022AdapterRealFileTest.

Reads glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv with Python's csv module and
pandas (not with the adapter's code) and prints the counts the Java test asserts. Run from the
repository root:

    /usr/bin/python3 devpay-sources/src/test/resources/org/devpay/sources/glassdoor/expected_counts.py \
        [DATA_DIR]   # default ../shared/data

Rules restated here (from the adapter brief, not from the Java code):
  fewer fields than the header -> TRUNCATED_ROW, more -> MALFORMED_ROW;
  Salary empty or "NA" -> MISSING_AMOUNT; not a plain decimal -> UNPARSEABLE_AMOUNT;
  <= 0 -> NON_POSITIVE_AMOUNT; Salaries Reported not a whole number >= 1 -> INVALID_FIELD.
"""
import collections
import csv
import re
import sys
from pathlib import Path

import pandas as pd

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
path = data / "glassdoor-india-salaries" / "Salary_Dataset_with_Extra_Features.csv"

with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
print("data rows", len(body))
print("field counts", dict(collections.Counter(len(r) for r in body)))

g = pd.read_csv(path, dtype=str, keep_default_na=False)
decimal = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def outcome(row):
    salary = row["Salary"].strip()
    if salary in ("", "NA"):
        return "MISSING_AMOUNT"
    if not decimal.fullmatch(salary):
        return "UNPARSEABLE_AMOUNT"
    if float(salary) <= 0:
        return "NON_POSITIVE_AMOUNT"
    reports = row["Salaries Reported"].strip()
    if not decimal.fullmatch(reports) or float(reports) < 1 or float(reports) % 1 != 0:
        return "INVALID_FIELD"
    return "ACCEPTED"


g["outcome"] = g.apply(outcome, axis=1)
print("outcomes", g["outcome"].value_counts().to_dict())
accepted = g[g["outcome"] == "ACCEPTED"].copy()
accepted["weight"] = accepted["Salaries Reported"].astype(float)
print("sum of weights", int(accepted["weight"].sum()))
print("Job Roles rows", accepted["Job Roles"].value_counts().to_dict())
print("Job Roles weights", accepted.groupby("Job Roles")["weight"].sum().astype(int).to_dict())
print("Employment Status rows", accepted["Employment Status"].value_counts().to_dict())
print("Location Bangalore rows", (accepted["Location"] == "Bangalore").sum())
print("salary sum (INR)", int(accepted["Salary"].astype(float).sum()))
