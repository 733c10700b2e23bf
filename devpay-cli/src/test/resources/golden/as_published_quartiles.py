#!/usr/bin/env python3
"""Golden values for AsPublishedQuartilesTest: "as published" n, P25, median and P75 per dataset
edition and role family, computed with pandas straight from the raw files in ../shared/data,
independently of the Java adapters, normalizer and statistics.

Row filter per edition (stated in the output too):
  * role family: the rules of devpay-core's roles.csv (the reviewed taxonomy; its semantics are
    re-implemented here: first matching rule of the dataset's scope or '*', exact = stripped
    lower-case equality, regex = re.search case-insensitive; no match -> 'other'), applied to the
    edition's role field;
  * pay: the edition's pay field present, numeric and > 0; nothing else is removed (no screen).
Amounts are annual pay in the published currency (DOU's monthly pay x 12). Quantiles are pandas'
default (linear interpolation = Hyndman-Fan type 7). Glassdoor rows are frequency-weighted by
"Salaries Reported": each row is repeated that many times before taking quantiles.

Usage: /usr/bin/python3 as_published_quartiles.py [DATA_DIR] > as_published_quartiles.json
Tested with Debian's python3-pandas 1.5.3. DATA_DIR defaults to ../shared/data beside the repo.
"""
import csv
import json
import pathlib
import re
import sys

import pandas as pd

REPO = pathlib.Path(__file__).resolve().parents[5]
ROLES = REPO / "devpay-core/src/main/resources/org/devpay/core/taxonomy/roles.csv"


def load_rules():
    with open(ROLES, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rules = []
    for row in csv.DictReader(lines):
        pattern = row["pattern"].strip()
        compiled = re.compile(pattern, re.IGNORECASE) if row["match"].strip() == "regex" else None
        rules.append((row["scope"].strip(), row["match"].strip(), pattern.lower(), compiled, row["family"].strip()))
    return rules


RULES = load_rules()


def family(dataset, label):
    text = label.strip()
    if text == "":
        return "other"
    for scope, match, pattern, compiled, value in RULES:
        if scope not in (dataset, "*"):
            continue
        if match == "exact" and text.lower() == pattern:
            return value
        if match == "regex" and compiled.search(text):
            return value
    return "other"


def numeric_positive(series):
    """Strict numbers > 0 (pandas to_numeric); everything else is not a usable amount."""
    values = pd.to_numeric(series.str.strip(), errors="coerce")
    return values.where(values > 0)


def eu_amount(value):
    """The IT Salary Survey EU rule (see devpay-sources eu/expected_counts.py): plain integers,
    thousands grouped by '.', ',' or ' ', decimals; else not usable."""
    text = value.strip()
    if text == "" or text.upper() == "NA":
        return None
    if re.fullmatch(r"[0-9]+", text):
        number = text
    elif m := re.fullmatch(r"[0-9]{1,3}([., ])[0-9]{3}(?:\1[0-9]{3})*", text):
        number = text.replace(m.group(1), "")
    elif m := re.fullmatch(r"([0-9]+)[.,]([0-9]+)", text):
        number = m.group(1) + "." + m.group(2)
    elif (m := re.fullmatch(r"([0-9]{1,3}([., ])[0-9]{3}(?:\2[0-9]{3})*)([.,])([0-9]+)", text)) and m.group(2) != m.group(3):
        number = m.group(1).replace(m.group(2), "") + "." + m.group(4)
    else:
        return None
    amount = float(number)
    return amount if amount > 0 else None


def summarise(dataset, edition, frame, role_field, pay_field, note, weights=None):
    frame = frame.assign(family=frame["label"].map(lambda label: family(dataset, label)))
    frame = frame[frame["amount"].notna()]
    roles = {}
    for name, group in sorted(frame.groupby("family")):
        amounts = group["amount"]
        if weights is not None:
            amounts = amounts.repeat(group[weights].astype(int))
        q = amounts.quantile([0.25, 0.5, 0.75])
        roles[name] = {
            "n": int(len(group)),
            "p25": float(q[0.25]),
            "median": float(q[0.5]),
            "p75": float(q[0.75]),
        }
    return {
        "dataset": dataset,
        "edition": edition,
        "row_filter": f"family by roles.csv on '{role_field}'; '{pay_field}' numeric and > 0; {note}",
        "rows": int(len(frame)),
        "roles": roles,
    }


def read(path, **options):
    return pd.read_csv(path, dtype=str, keep_default_na=False, **options)


def main():
    default = REPO.parent / "shared" / "data"
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else default)
    out = []

    dou = read(data / "dou-ua-salaries/2025_june_raw.csv", encoding="cp1251")
    spec = dou["Вкажіть вашу основну спеціалізацію"]
    position = dou["Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку"]
    dou = dou.assign(label=spec.where(spec.str.strip() != "", position), amount=numeric_positive(dou[dou.columns[2]]) * 12)
    out.append(summarise("dou-ua", "2025-06", dou, "specialisation, else position", "net monthly USD", "amount = monthly x 12"))

    glassdoor = read(data / "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv")
    glassdoor = glassdoor.assign(label=glassdoor["Job Roles"], amount=numeric_positive(glassdoor["Salary"]))
    out.append(summarise("glassdoor-india", "2022", glassdoor, "Job Roles", "Salary", "rows weighted by Salaries Reported", weights="Salaries Reported"))

    levels = read(data / "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv")
    levels = levels.assign(label=levels["tag"].where(levels["tag"] != "NA", ""), amount=numeric_positive(levels["totalyearlycompensation"]))
    out.append(summarise("levels-fyi", "2017-2021", levels, "tag", "totalyearlycompensation", "all years 2017-2021"))

    eu_files = {
        "2017": ("salary-report_2017.csv", "Текущая ЗП", "Position"),
        "2018": ("IT Salary Survey EU 2018.csv", "Current Salary", "Position"),
        "2019": ("IT Salary Survey EU 2019.csv", "Yearly brutto salary (without bonus and stocks)", "Position (without seniority)"),
        "2020": ("IT Salary Survey EU  2020.csv", "Yearly brutto salary (without bonus and stocks) in EUR", "Position"),
    }
    for year, (name, pay, role) in eu_files.items():
        eu = read(data / "it-salary-survey-eu" / name, encoding="utf-8")
        eu.columns = [c.strip() for c in eu.columns]
        eu = eu.assign(label=eu[role], amount=eu[pay].map(eu_amount).astype(float))
        out.append(summarise("it-salary-survey-eu", year, eu, role, pay, "EUR gross yearly"))

    so16 = read(data / "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz")
    so16 = so16.assign(label=so16["occupation"], amount=numeric_positive(so16["salary_midpoint"]))
    out.append(summarise("so-survey-2016", "2016", so16, "occupation", "salary_midpoint", "bin midpoints in USD"))

    # The copy ends in a row cut off after 32 of 154 fields; the python engine keeps it with empty
    # trailing fields (its Salary is empty, so it is not a usable amount either way).
    so17 = read(data / "so-survey-2017-partial/survey_results_public.csv", engine="python")
    web = so17["WebDeveloperType"].where(so17["WebDeveloperType"] != "NA", "")
    first = so17["DeveloperType"].where(so17["DeveloperType"] != "NA", "").str.split(";").str[0].str.strip()
    so17 = so17.assign(label=web.where(web.str.strip() != "", first), amount=numeric_positive(so17["Salary"]))
    out.append(summarise("so-survey-2017", "2017", so17, "WebDeveloperType, else first DeveloperType", "Salary", "USD"))

    json.dump({"generated_by": "as_published_quartiles.py", "pandas": pd.__version__, "editions": out}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
