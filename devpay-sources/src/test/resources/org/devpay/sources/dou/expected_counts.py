#!/usr/bin/env python3
"""Independent expected figures for DouSpecializationsRealFileTest (the June 2025 wave).

Reads dou-ua-salaries/2025_june_raw.csv with Python's csv module and pandas (not with the
adapter's code) and prints the counts the Java test asserts. Run from the repository root:

    /usr/bin/python3 devpay-sources/src/test/resources/org/devpay/sources/dou/expected_counts.py \
        [DATA_DIR]   # default ../shared/data

Rules restated here (from the adapter brief, not from the Java code):
  fewer fields than the header -> TRUNCATED_ROW, more -> MALFORMED_ROW;
  salary empty or "NA" -> MISSING_AMOUNT; not a plain decimal -> UNPARSEABLE_AMOUNT;
  <= 0 -> NON_POSITIVE_AMOUNT; everything else is accepted.
"""
import collections
import csv
import re
import sys
from pathlib import Path

import pandas as pd

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
path = data / "dou-ua-salaries" / "2025_june_raw.csv"

with open(path, encoding="cp1251", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
print("data rows", len(body))
print("field counts", dict(collections.Counter(len(r) for r in body)))

d = pd.read_csv(path, encoding="cp1251", dtype=str, keep_default_na=False)
salary_column = [c for c in d.columns if c.startswith("ЗАРПЛАТА")][0]
decimal = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def reason(value):
    v = value.strip()
    if v in ("", "NA"):
        return "MISSING_AMOUNT"
    if not decimal.fullmatch(v):
        return "UNPARSEABLE_AMOUNT"
    if float(v) <= 0:
        return "NON_POSITIVE_AMOUNT"
    return "ACCEPTED"


d["outcome"] = d[salary_column].map(reason)
print("outcomes", d["outcome"].value_counts().to_dict())
accepted = d[d["outcome"] == "ACCEPTED"]

spec = "Вкажіть вашу основну спеціалізацію"
position = "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку"
print("Back-end розробка: all rows", (d[spec] == "Back-end розробка").sum(),
      "accepted", (accepted[spec] == "Back-end розробка").sum())
role = accepted[spec].str.strip().where(accepted[spec].str.strip() != "", accepted[position].str.strip())
print("role labels (top 5)", role.value_counts().head(5).to_dict())
print("accepted living in Ukraine", (accepted["Де ви зараз живете?"] == "В Україні").sum())

industry = accepted["У якій сфері проєкт, в якому ви зараз працюєте?"]
for label in ["Fintech / Banking / Capital Management", "E-commerce",
              "Різнопланові проєкти, немає одного основного (HR etc)"]:
    # The label as a whole element of the ", "-joined list.
    pattern = r"(?:^|, )" + re.escape(label) + r"(?:, |$)"
    print("industry", label, industry.str.contains(pattern).sum())
print("industry answer exactly Fintech / Banking / Capital Management (all rows)",
      (d["У якій сфері проєкт, в якому ви зараз працюєте?"]
       == "Fintech / Banking / Capital Management").sum())
print("accepted whose industry answer is exactly Fintech / Banking / Capital Management",
      (industry == "Fintech / Banking / Capital Management").sum())
# A free-text "other" answer with a comma of its own: one label, however many rows hold it.
network = r"(?:^|, )" + re.escape("Network Devices (routers, firewalls)") + r"(?:, |$)"
print("accepted whose industry answer names Network Devices (routers, firewalls)",
      industry.str.contains(network).sum())
print("accepted with a main programming language",
      (accepted["Основна мова програмування"].str.strip() != "").sum())
