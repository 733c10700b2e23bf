"""devpay's documented rules, re-implemented once for the golden scripts beside this file
(as_published_quartiles.py, adjusted_premiums.py, estimator_check.py), so that every script checks
devpay against the same independent reading of its rules and no script drifts from the others.

  * the reviewed rule tables of devpay-core (roles.csv, seniority.csv, employment.csv): comment
    lines start with '#'; a rule applies to a label of dataset D when its scope is D or '*'; the
    first applicable rule in file order wins; exact = stripped lower-case equality, regex =
    re.search case-insensitive; an empty label is 'unknown' in every table (for roles: no role
    recorded, RoleFamily.UNKNOWN, which is not 'other'); a label no rule matches is 'other' for roles
    and employment (so that an unknown status is never read as full time) and 'unknown' for
    seniority;
  * the employment part of devpay's default population (`--population professional`): rows whose
    employment is known and not full time are removed, rows of unknown employment are kept;
  * the outlier screen: Tukey's far-out fences on ln(pay), Q1 - 3 IQR and Q3 + 3 IQR, with type-7
    quartiles (numpy's default);
  * a raw file read as text (every field a string, no NA guessing) and a pay field's usable amount
    (numeric and > 0).

Imported by the scripts (python3 puts a script's own folder on the import path); not run itself.
"""
import csv
import pathlib
import re
import sys

import numpy as np
import pandas as pd

REPO = pathlib.Path(__file__).resolve().parents[5]
TAXONOMY = REPO / "devpay-core/src/main/resources/org/devpay/core/taxonomy"


def data_dir():
    """DATA_DIR, the script's first argument; ../shared/data beside the repo without one."""
    return pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared" / "data")


def load_rules(name, value_column):
    with open(TAXONOMY / name, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rules = []
    for row in csv.DictReader(lines):
        pattern = row["pattern"].strip()
        compiled = re.compile(pattern, re.IGNORECASE) if row["match"].strip() == "regex" else None
        rules.append((row["scope"].strip(), row["match"].strip(), pattern.lower(), compiled, row[value_column].strip()))
    return rules


ROLES = load_rules("roles.csv", "family")
SENIORITY = load_rules("seniority.csv", "value")
EMPLOYMENT = load_rules("employment.csv", "value")


def classify(rules, dataset, label, default):
    text = label.strip()
    if text == "":
        return "unknown"
    for scope, match, pattern, compiled, value in rules:
        if scope not in (dataset, "*"):
            continue
        if match == "exact" and text.lower() == pattern:
            return value
        if match == "regex" and compiled.search(text):
            return value
    return default


def role_family(dataset, label):
    if label.strip() == "":
        return "unknown"
    return classify(ROLES, dataset, label, "other")


def seniority(dataset, label):
    return classify(SENIORITY, dataset, label, "unknown")


def employment(dataset, label):
    if label.strip() == "":
        return "unknown"
    return classify(EMPLOYMENT, dataset, label, "other")


def full_time_or_unknown(statuses):
    """Which rows of a Series of employment statuses (employment()) the default population keeps."""
    return statuses.isin(["full_time", "unknown"])


def inside_far_out_fences(logs):
    """Which values of an array of ln(pay) lie within Q1 - 3 IQR and Q3 + 3 IQR (type-7 quartiles)."""
    q1, q3 = np.quantile(logs, [0.25, 0.75])
    iqr = q3 - q1
    return (logs >= q1 - 3 * iqr) & (logs <= q3 + 3 * iqr)


def read(path, **options):
    """A raw table as text, every field as written, without exact duplicate rows: devpay rejects a
    row whose every field repeats a row already read for its edition (duplicate_row), so a double
    submission counts once (DOU 2017-12 has one)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, **options).drop_duplicates()


def numeric_positive(series):
    """Strict numbers > 0 (pandas to_numeric); everything else is not a usable amount."""
    values = pd.to_numeric(series.str.strip(), errors="coerce")
    return values.where(values > 0)
