#!/usr/bin/env python3
"""Expected figures for StackOverflow2016RealFileTest, computed independently of the Java adapter.

Reads so_survey_2016_from_stacksurveyr.csv.gz with pandas and prints: data rows, accepted rows
(salary_midpoint present), rejected rows by salary_range answer, the median of accepted midpoints,
accepted rows per occupation for the three web roles, and accepted rows per salary bin's open top.

Usage: /usr/bin/python3 expected_counts_2016.py [DATA_DIR]   (default: ../shared/data beside the repo)
Tested with pandas 1.5.3.
"""
import pathlib
import sys

import pandas as pd


def main():
    default = pathlib.Path(__file__).resolve().parents[8].parent / "shared" / "data"
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else default) / "so-survey-2016"
    frame = pd.read_csv(
        data / "so_survey_2016_from_stacksurveyr.csv.gz", dtype=str, keep_default_na=False
    )
    midpoint = frame["salary_midpoint"].str.strip()
    accepted = frame[midpoint != ""]
    rejected = frame[midpoint == ""]
    print(f"rows={len(frame)} accepted={len(accepted)} rejected={len(rejected)}")
    print("  rejected MISSING_AMOUNT by salary_range:")
    for label, count in sorted(rejected["salary_range"].value_counts().items()):
        print(f"    {label!r}={count}")
    print(f"  median={pd.to_numeric(accepted['salary_midpoint']).median()!r}")
    roles = accepted["occupation"].value_counts()
    for role in ("Back-end web developer", "Front-end web developer", "Full-stack web developer"):
        print(f"  accepted {role}={roles.get(role, 0)}")
    print(f"  accepted 'More than $200,000'={int((accepted['salary_range'] == 'More than $200,000').sum())}")
    print(f"  accepted without occupation={int((accepted['occupation'] == '').sum())}")


if __name__ == "__main__":
    main()
