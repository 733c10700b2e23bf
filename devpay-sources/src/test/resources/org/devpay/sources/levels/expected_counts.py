#!/usr/bin/env python3
"""Independent expected figures for LevelsFyiAdapterRealFileTest.

Reads levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv with Python's csv module and pandas (not
with the adapter's code) and prints the counts the Java test asserts. Run from the repository root:

    /usr/bin/python3 devpay-sources/src/test/resources/org/devpay/sources/levels/expected_counts.py \
        [DATA_DIR]   # default ../shared/data

Rules restated here (from the adapter brief, not from the Java code), first failing rule wins:
  fewer fields than the header -> TRUNCATED_ROW, more -> MALFORMED_ROW;
  totalyearlycompensation empty or "NA" -> MISSING_AMOUNT; not a plain decimal ->
  UNPARSEABLE_AMOUNT; <= 0 -> NON_POSITIVE_AMOUNT; timestamp not "M/D/YYYY H:MM:SS" ->
  UNPARSEABLE_DATE; rowNumber empty or "NA" -> INVALID_FIELD.
"""
import collections
import csv
import re
import sys
import zipfile
from pathlib import Path

import pandas as pd

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
folder = data / "levels-fyi-stem-salaries"
path = folder / "Levels_Fyi_Salary_Data.csv"

with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
print("data rows", len(body))
print("field counts", dict(collections.Counter(len(r) for r in body)))

with zipfile.ZipFile(folder / "Levels_Fyi_Salary_Data.csv.zip") as z:
    print("zip entries", z.namelist())
    print("zip entry equals the plain file", z.read("Levels_Fyi_Salary_Data.csv") == path.read_bytes())

l = pd.read_csv(path, dtype=str, keep_default_na=False)
decimal = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
stamp = pd.to_datetime(l["timestamp"].str.strip(), format="%m/%d/%Y %H:%M:%S", errors="coerce")


def outcome(i):
    pay = l.at[i, "totalyearlycompensation"].strip()
    if pay in ("", "NA"):
        return "MISSING_AMOUNT"
    if not decimal.fullmatch(pay):
        return "UNPARSEABLE_AMOUNT"
    if float(pay) <= 0:
        return "NON_POSITIVE_AMOUNT"
    if pd.isna(stamp[i]):
        return "UNPARSEABLE_DATE"
    if l.at[i, "rowNumber"].strip() in ("", "NA"):
        return "INVALID_FIELD"
    return "ACCEPTED"


l["outcome"] = [outcome(i) for i in l.index]
print("outcomes", l["outcome"].value_counts().to_dict())
ok = l["outcome"] == "ACCEPTED"
accepted = l[ok]
print("years", stamp[ok].dt.year.value_counts().sort_index().to_dict())
tag = accepted["tag"].str.strip().replace("NA", "")
print("tags", {t: int((tag == t).sum()) for t in
               ["Full Stack", "Distributed Systems (Back-End)", "API Development (Back-End)",
                "Web Development (Front-End)", ""]})
base = pd.to_numeric(accepted["basesalary"], errors="coerce")
print("records with a base amount (basesalary > 0)", int((base > 0).sum()))
print("distinct rowNumber", accepted["rowNumber"].nunique())
print("total compensation sum", int(accepted["totalyearlycompensation"].astype(float).sum()))
print("title Software Engineer", int((accepted["title"] == "Software Engineer").sum()))
