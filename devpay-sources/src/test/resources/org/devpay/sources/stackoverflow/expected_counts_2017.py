#!/usr/bin/env python3
"""Expected figures for StackOverflow2017RealFileTest, computed independently of the Java adapter.

Reads the partial survey_results_public.csv with Python's csv module (to see the short last row,
which pandas would pad), then pandas for the complete rows, and prints: data rows, the truncated
row, accepted rows (Salary numeric and > 0), rejected rows by reason, the median of accepted
salaries, WebDeveloperType counts over all complete rows (SOURCE.md: 1,074 / 483 / 2,729) and
accepted rows per primary role under the adapter's documented rule (WebDeveloperType when
answered, else the first DeveloperType item).

Usage: /usr/bin/python3 expected_counts_2017.py [DATA_DIR]   (default: ../shared/data beside the repo)
Tested with pandas 1.5.3.
"""
import csv
import pathlib
import sys

import pandas as pd


def main():
    default = pathlib.Path(__file__).resolve().parents[8].parent / "shared" / "data"
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else default) / "so-survey-2017-partial" / "survey_results_public.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, data = rows[0], rows[1:]
    complete = [r for r in data if len(r) == len(header)]
    short = [(i + 1, len(r)) for i, r in enumerate(data) if len(r) < len(header)]
    frame = pd.DataFrame(complete, columns=header)
    salary = pd.to_numeric(frame["Salary"].where(frame["Salary"] != "NA"), errors="raise")
    accepted = frame[salary > 0]
    print(f"rows={len(data)} complete={len(complete)} truncated(row, fields)={short}")
    print(f"accepted={len(accepted)} rejected={len(data) - len(accepted)}")
    print(f"  MISSING_AMOUNT={int((frame['Salary'] == 'NA').sum())}")
    print(f"  NON_POSITIVE_AMOUNT={int((salary <= 0).sum())}")
    print(f"  TRUNCATED_ROW={len(short)}")
    print(f"  median={salary[salary > 0].median()!r}")
    print("  all complete rows by WebDeveloperType:", frame["WebDeveloperType"].value_counts().to_dict())

    def primary(row):
        if row["WebDeveloperType"] != "NA":
            return row["WebDeveloperType"]
        if row["DeveloperType"] != "NA":
            return row["DeveloperType"].split("; ")[0]
        return ""

    roles = accepted.apply(primary, axis=1).value_counts()
    for role in (
        "Back-end Web developer",
        "Front-end Web developer",
        "Full stack Web developer",
        "Web developer",
        "Mobile developer",
        "",
    ):
        print(f"  accepted primary role {role!r}={roles.get(role, 0)}")


if __name__ == "__main__":
    main()
