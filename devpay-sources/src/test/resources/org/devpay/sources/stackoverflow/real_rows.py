#!/usr/bin/env python3
"""Golden figures for StackOverflowRealRowsTest: every Stack Overflow file of 2011-2015 in
../shared/data/so-survey-2011-2015 and every real-row sample of 2018-2025 in
../shared/fixtures/so-survey-samples, read with Python's csv module and pandas, independently of
the Java adapter (no Java rule is called; devpay's documented rules are re-implemented here and in
devpay-cli's golden/devpay_rules.py, which holds the role and employment tables' semantics).

Per file it writes: records read, accepted and rejected by reason; accepted rows per primary role
label; per role family the accepted rows and their median pay; and the same after devpay's default
population (developers by profession where asked, employment full time or unknown), with the rows
each test removed. The documented rules re-implemented:

  * header: 2011-2014 have a question row and an option row, the columns used are those whose
    option cell says "Response"; 2015's names are its second row; 2016 onwards one row. Data
    records are the records after the header; a record with fewer fields than the header is
    TRUNCATED_ROW (2023's sample ends mid-row), with more MALFORMED_ROW;
  * pay, yearly USD columns (2018 ConvertedSalary, 2021+ ConvertedCompYearly): empty or "NA" is
    MISSING_AMOUNT, not a number UNPARSEABLE_AMOUNT, <= 0 NON_POSITIVE_AMOUNT;
  * pay, bins (2011-2015): "$A - $B", "<$B" / "Less than $B", ">$A" / "More than $A"; any other
    answer ("Rather not say", "Student / Unemployed", "Unemployed", empty) is MISSING_AMOUNT. The
    amount is 2015's published "Compensation: midpoint"; 2011-2014 publish none, so it is the
    midpoint rule: (A + B) / 2, B / 2 for the bottom bin, A + 10,000 for the open top bin;
  * role: the answer in single-choice years; in multi-select years (2018, 2022) the primary-role
    rule: the full-stack type if chosen, else back-end and front-end both chosen as
    "BACK; FRONT", else back-end, else front-end, else the first chosen;
  * employment: the answer; 2022-2024 multi-select: "Employed, full-time", else "Independent
    contractor, freelancer, or self-employed", else "Employed, part-time", else the first chosen;
    2011-2014 did not ask;
  * developer by profession: MainBranch answered and not "I am a developer by profession" is "no"
    (2022 onwards; 2011-2018 did not ask).

Usage: /usr/bin/python3 real_rows.py [DATA_DIR] > real_rows.json
(DATA_DIR defaults to ../shared/data beside the repo; the fixtures are DATA_DIR/../fixtures.)
Tested with Debian's python3-pandas 1.5.3.
"""
import csv
import io
import json
import pathlib
import re
import sys
import zipfile

import pandas as pd

REPO = pathlib.Path(__file__).resolve().parents[8]
sys.path.insert(0, str(REPO / "devpay-cli/src/test/resources/golden"))
from devpay_rules import employment as employment_status  # noqa: E402
from devpay_rules import role_family  # noqa: E402

PROFESSION = "I am a developer by profession"
FULL_TIME_FIRST = [
    "Employed, full-time",
    "Independent contractor, freelancer, or self-employed",
    "Employed, part-time",
]
COMPENSATION_2011 = "Including bonus, what is your annual compensation in USD?"
OCCUPATION_2011 = "Which of the following best describes your occupation?"
DEV_TYPE_2019 = ("Developer, back-end", "Developer, front-end", "Developer, full-stack")

FILES = [
    # year, folder under DATA_DIR/.., file, zip member, encoding, layout, pay, midpoint, role,
    # role sides when multi-select, employment, employment multi-select, profession column
    dict(year=2011, where="data", file="so-survey-2011-2015/stack-overflow-developer-survey-2011.zip",
         member="2011 Stack Overflow Survey Results.csv", encoding="latin-1", layout="question",
         pay=COMPENSATION_2011, binned=True, role=OCCUPATION_2011),
    dict(year=2012, where="data", file="so-survey-2011-2015/2012 Stack Overflow Survey Results.csv",
         encoding="mac_roman", layout="question", pay=COMPENSATION_2011, binned=True,
         role=OCCUPATION_2011),
    dict(year=2014, where="data", file="so-survey-2011-2015/developer_survey_2014.zip",
         member="developer_survey_2014/2014 Stack Overflow Survey Responses.csv", encoding="utf-8",
         layout="question", pay=COMPENSATION_2011, binned=True, role=OCCUPATION_2011),
    dict(year=2015, where="data", file="so-survey-2011-2015/developer_survey_2015.zip",
         member="developer_survey_2015/2015 Stack Overflow Developer Survey Responses.csv",
         encoding="utf-8", layout="group", pay="Compensation", binned=True,
         midpoint="Compensation: midpoint", role="Occupation", employment="Employment Status"),
    dict(year=2018, where="fixtures", file="so-survey-samples/so2018_first1000_sample.csv",
         encoding="utf-8-sig", layout="column", pay="ConvertedSalary", role="DevType",
         sides=("Back-end developer", "Front-end developer", "Full-stack developer"),
         employment="Employment"),
    dict(year=2022, where="fixtures",
         file="so-survey-samples/so2022_first100_survey_results_public_sample.csv",
         encoding="utf-8-sig", layout="column", pay="ConvertedCompYearly", role="DevType",
         sides=DEV_TYPE_2019, employment="Employment", employment_multi=True, profession="MainBranch"),
    dict(year=2023, where="fixtures", file="so-survey-samples/so2023_first1MiB_survey_results_public.csv",
         encoding="utf-8-sig", layout="column", pay="ConvertedCompYearly", role="DevType",
         employment="Employment", employment_multi=True, profession="MainBranch"),
    dict(year=2024, where="fixtures", file="so-survey-samples/so2024_finland_rows_filtered_data.csv",
         encoding="utf-8-sig", layout="column", pay="ConvertedCompYearly", role="DevType",
         employment="Employment", employment_multi=True, profession="MainBranch"),
    dict(year=2025, where="fixtures",
         file="so-survey-samples/so2025_first1000_survey_results_public.csv", encoding="utf-8-sig",
         layout="column", pay="ConvertedCompYearly", role="DevType", employment="Employment",
         profession="MainBranch"),
]

DOLLARS = r"\$\s?([0-9]{1,3}(?:,[0-9]{3})*)"


def bin_of(label):
    """(lower, upper or None) of a pay bin label, or None when the answer is not a bin."""
    text = label.strip()
    number = lambda s: float(s.replace(",", ""))
    if m := re.fullmatch(DOLLARS + r"\s*-\s*" + DOLLARS, text):
        return (number(m.group(1)), number(m.group(2)))
    if m := re.fullmatch(r"(?:Less than |<\s?)" + DOLLARS, text):
        return (0.0, number(m.group(1)))
    if m := re.fullmatch(r"(?:More than |>\s?)" + DOLLARS, text):
        return (number(m.group(1)), None)
    return None


def midpoint_rule(bounds):
    lower, upper = bounds
    return lower + 10_000 if upper is None else (lower + upper) / 2


def records(spec, root):
    path = root / spec["file"]
    if "member" in spec:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read(spec["member"])
    else:
        raw = path.read_bytes()
    text = raw.decode(spec["encoding"], errors="replace")
    return list(csv.reader(io.StringIO(text, newline="")))


def frame_of(spec, rows):
    """The data records as a DataFrame of every column used, plus the truncated/malformed counts."""
    if spec["layout"] == "question":
        questions, options, data = rows[0], rows[1], rows[2:]
        def column(question):
            hits = [i for i, (q, o) in enumerate(zip(questions, options))
                    if q.strip() == question and o.strip() == "Response"]
            assert len(hits) == 1, (question, hits)
            return hits[0]
        width = len(questions)
        positions = {"pay": column(spec["pay"]), "role": column(spec["role"])}
    else:
        names = rows[1] if spec["layout"] == "group" else rows[0]
        data = rows[2:] if spec["layout"] == "group" else rows[1:]
        width = len(names)
        positions = {key: names.index(spec[key])
                     for key in ("pay", "midpoint", "role", "employment", "profession") if key in spec}
    truncated = sum(1 for r in data if len(r) < width)
    malformed = sum(1 for r in data if len(r) > width)
    complete = [r for r in data if len(r) == width]
    frame = pd.DataFrame({key: [r[i].strip() for r in complete] for key, i in positions.items()})
    frame = frame.replace("NA", "")
    return len(data), truncated, malformed, frame


def primary_role(answer, sides):
    chosen = []
    for item in answer.split(";"):
        if item.strip() and item.strip() not in chosen:
            chosen.append(item.strip())
    back, front, full = sides
    if full in chosen:
        return full
    if back in chosen and front in chosen:
        return back + "; " + front
    for side in (back, front):
        if side in chosen:
            return side
    return chosen[0] if chosen else ""


def primary_employment(answer):
    chosen = [item.strip() for item in answer.split(";") if item.strip()]
    for status in FULL_TIME_FIRST:
        if status in chosen:
            return status
    return chosen[0] if chosen else ""


def pay(spec, frame):
    """(amount or NaN, rejection reason or '') per row."""
    if spec.get("binned"):
        bins = frame["pay"].map(bin_of)
        if "midpoint" in spec:
            amount = pd.to_numeric(frame["midpoint"], errors="coerce")
        else:
            amount = bins.map(lambda b: midpoint_rule(b) if b is not None else float("nan"))
        reason = bins.map(lambda b: "" if b is not None else "MISSING_AMOUNT")
        return amount.where(reason == ""), reason
    text = frame["pay"]
    numbers = pd.to_numeric(text, errors="coerce")
    reason = pd.Series("", index=frame.index)
    reason[numbers <= 0] = "NON_POSITIVE_AMOUNT"
    reason[numbers.isna()] = "UNPARSEABLE_AMOUNT"
    reason[text == ""] = "MISSING_AMOUNT"
    return numbers.where(reason == ""), reason


def cells(frame, key):
    families = {}
    for family, group in sorted(frame.groupby("family")):
        families[family] = {"n": int(len(group)), "median": float(group["amount"].median())}
    return families


def summarise(spec, root):
    rows = records(spec, root)
    read, truncated, malformed, frame = frame_of(spec, rows)
    amount, reason = pay(spec, frame)
    dataset = f"so-survey-{spec['year']}"
    if "sides" in spec:
        labels = frame["role"].map(lambda a: primary_role(a, spec["sides"]))
    else:
        labels = frame["role"]
    frame = frame.assign(amount=amount, reason=reason, label=labels,
                         family=labels.map(lambda label: role_family(dataset, label)))
    rejected = {r: int(n) for r, n in frame["reason"][frame["reason"] != ""].value_counts().items()}
    if truncated:
        rejected["TRUNCATED_ROW"] = truncated
    if malformed:
        rejected["MALFORMED_ROW"] = malformed
    accepted = frame[frame["reason"] == ""]
    if "employment" in spec:
        answers = accepted["employment"]
        if spec.get("employment_multi"):
            answers = answers.map(primary_employment)
        statuses = answers.map(lambda label: employment_status(dataset, label))
    else:
        statuses = pd.Series("unknown", index=accepted.index)
    if "profession" in spec:
        professional = (accepted["profession"] == "") | (accepted["profession"] == PROFESSION)
    else:
        professional = pd.Series(True, index=accepted.index)
    after_profession = accepted[professional]
    kept = after_profession[statuses[professional].isin(["full_time", "unknown"])]
    return {
        "year": spec["year"],
        "file": spec["file"] + ("!" + spec["member"] if "member" in spec else ""),
        "format_id": f"so-survey/{spec['year']}",
        "rows_read": read,
        "accepted": int(len(accepted)),
        "rejected": dict(sorted(rejected.items())),
        "role_labels": {label: int(n) for label, n in sorted(accepted["label"].value_counts().items())},
        "families": cells(accepted, "family"),
        "population": {
            "removed_not_developer_by_profession": int(len(accepted) - len(after_profession)),
            "removed_not_full_time": int(len(after_profession) - len(kept)),
            "rows": int(len(kept)),
            "families": cells(kept, "family"),
        },
    }


def main():
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared" / "data")
    roots = {"data": data, "fixtures": data.parent / "fixtures"}
    out = [summarise(spec, roots[spec["where"]]) for spec in FILES]
    json.dump({"generated_by": "real_rows.py", "pandas": pd.__version__, "files": out},
              sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
