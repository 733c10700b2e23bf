#!/usr/bin/env python3
"""Expected figures for ReconcileCommandTest, computed with pandas from the fixture
survey_results_public_2024.csv beside this script, independently of devpay.

Base (devpay's default population): MainBranch == "I am a developer by profession" and Employment
"Employed, full-time" (the fixture's statuses are single; full time is the only one kept). Median =
pandas' median of ConvertedCompYearly per DevType, for all respondents and per Country. The output
is what published_medians_2024.csv records as Stack Overflow's "published" figures, so the default
base must reproduce them with no gap; other bases add rows and must show gaps.

Usage: /usr/bin/python3 expected_medians.py   (tested with Debian's python3-pandas 1.5.3)
"""
import pathlib

import pandas as pd

here = pathlib.Path(__file__).resolve().parent
frame = pd.read_csv(here / "survey_results_public_2024.csv", dtype=str, keep_default_na=False)
frame["pay"] = pd.to_numeric(frame["ConvertedCompYearly"], errors="coerce")
base = frame[(frame["MainBranch"] == "I am a developer by profession") & (frame["Employment"] == "Employed, full-time")]
print("scope,dev_type,n,median")
for dev_type, group in sorted(base.groupby("DevType")):
    print(f"All respondents,{dev_type!r},{len(group)},{group['pay'].median()}")
for (country, dev_type), group in sorted(base.groupby(["Country", "DevType"])):
    print(f"{country},{dev_type!r},{len(group)},{group['pay'].median()}")
print("profession only, US front-end:", frame[(frame["MainBranch"] == "I am a developer by profession") & (frame["Country"] == "United States of America") & (frame["DevType"] == "Developer, front-end")]["pay"].median())
print("all rows, US back-end:", frame[(frame["Country"] == "United States of America") & (frame["DevType"] == "Developer, back-end")]["pay"].median())
