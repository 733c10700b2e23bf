#!/usr/bin/env python3
"""Golden values for AdjustedPremiumGoldenTest: the back-end premium over front-end in two dataset
editions, unadjusted and adjusted, rebuilt with pandas and statsmodels straight from the raw files
in ../shared/data, independently of the Java adapters, normalizer, screen and regression code.

What is rebuilt (the rules devpay documents, re-implemented here):
  * role family, seniority and employment: the reviewed tables roles.csv, seniority.csv and
    employment.csv of devpay-core (first matching rule of the dataset's scope or '*'; exact =
    stripped lower-case equality, regex = re.search case-insensitive; no match -> 'other' for roles,
    'unknown' for seniority and employment), as devpay_rules.py beside this script applies them;
  * pay: the edition's pay field numeric and > 0, annual (DOU's monthly pay x 12);
  * the population (devpay's default): rows whose employment is known and not full time removed;
  * the screen: Tukey fences on ln(annual pay) over the whole edition, Q1 - 3 IQR and Q3 + 3 IQR,
    type-7 quantiles (numpy's default);
  * experience bands 0-1, 2-4, 5-9, 10-14, 15+ (half-open, in years) and '(not stated)';
    years are numbers with '.' or ',' as decimal mark, 0..60, else not stated;
  * the record year (levels.fyi: the year of the row's timestamp);
  * rare levels: control levels held by fewer than k = 10 rows (back-end and front-end rows
    together) are merged into one level, or into the most frequent level when the merged rows are
    themselves fewer than k; a control with a single level is left out.
Model: OLS of ln(annual pay) on a constant, the back-end indicator and treatment dummies of each
control, HC1 covariance, Student-t intervals on n - k degrees of freedom (use_t=True).

Usage: /usr/bin/python3 adjusted_premiums.py [DATA_DIR] > adjusted_premiums.json
Tested with Debian's python3-pandas 1.5.3 and python3-statsmodels 0.13.5.
"""
import json
import math
import re
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

from devpay_rules import (
    data_dir,
    employment,
    full_time_or_unknown,
    inside_far_out_fences,
    numeric_positive,
    read,
    role_family,
    seniority,
)

K = 10
BANDS = [("0-1", 0, 2), ("2-4", 2, 5), ("5-9", 5, 10), ("10-14", 10, 15), ("15+", 15, math.inf)]


def band(text):
    t = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return "(not stated)"
    years = float(t)
    if years > 60:
        return "(not stated)"
    for label, low, high in BANDS:
        if low <= years < high:
            return label
    return "(not stated)"


def screened(frame):
    return frame[inside_far_out_fences(np.log(frame["amount"].to_numpy()))]


def merge_rare(series):
    counts = series.value_counts()
    rare = counts[counts < K].index
    merged = series.isin(rare)
    if 0 < merged.sum() < K:
        # The merged level would itself be under k: its rows join the most frequent level.
        largest = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        return series.where(~merged, largest)
    return series.where(~merged, "(fewer than k)")


def fit(y, columns):
    X = sm.add_constant(pd.concat(columns, axis=1).astype(float), has_constant="add")
    result = sm.OLS(y, X).fit(cov_type="HC1", use_t=True)
    low, high = result.conf_int(alpha=0.05).loc["backend"]
    return {
        "log_premium": float(result.params["backend"]),
        "standard_error": float(result.bse["backend"]),
        "ci_lower": float(low),
        "ci_upper": float(high),
        "p_value": float(result.pvalues["backend"]),
        "parameters": int(X.shape[1]),
    }


def premium(dataset, edition, frame, controls):
    frame = frame[frame["amount"].notna()].copy()
    if "employment" in frame:
        # devpay's default population: employment full time or unknown (employment.csv rules).
        frame = frame[full_time_or_unknown(frame["employment"])]
    frame = screened(frame)
    frame = frame.assign(family=frame["label"].map(lambda v: role_family(dataset, v)))
    pair = frame[frame["family"].isin(["backend", "frontend"])].copy()
    y = np.log(pair["amount"])
    focal = (pair["family"] == "backend").astype(float).rename("backend")
    used, columns = [], [focal]
    for name in controls:
        levels = merge_rare(pair[name])
        if levels.nunique() < 2:
            continue
        used.append(name)
        columns.append(pd.get_dummies(levels, prefix=name, drop_first=True))
    return {
        "dataset": dataset,
        "edition": edition,
        "controls_requested": controls,
        "controls_used": used,
        "screened_rows": int(len(frame)),
        "focal_n": int(focal.sum()),
        "baseline_n": int(len(focal) - focal.sum()),
        "unadjusted": fit(y, [focal]),
        "adjusted": fit(y, columns),
    }


def main():
    data = data_dir()
    out = []

    dou = read(data / "dou-ua-salaries/2025_june_raw.csv", encoding="cp1251")
    spec = dou["Вкажіть вашу основну спеціалізацію"]
    position = dou["Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку"]
    dou = dou.assign(
        label=spec.where(spec.str.strip() != "", position),
        amount=numeric_positive(dou[dou.columns[2]]) * 12,
        experience=dou["Загальний стаж роботи за нинішньою ІТ-спеціальністю"].map(band),
        seniority=dou["Тайтл"].map(lambda v: seniority("dou-ua", v)),
        employment=dou["Ваша основна зайнятість в ІТ зараз..."].map(lambda v: employment("dou-ua", v)),
    )
    out.append(premium("dou-ua", "2025-06", dou, ["experience", "seniority", "employment"]))

    levels = read(data / "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv")
    na = lambda column: levels[column].where(levels[column] != "NA", "")
    levels = levels.assign(
        label=na("tag"),
        amount=numeric_positive(levels["totalyearlycompensation"]),
        experience=na("yearsofexperience").map(band),
        seniority=na("level").map(lambda v: seniority("levels-fyi", v)),
        year=levels["timestamp"].str.extract(r"/(\d{4})\s", expand=False),
    )
    out.append(premium("levels-fyi", "2017-2021", levels, ["experience", "seniority", "year"]))

    json.dump(
        {
            "generated_by": "adjusted_premiums.py",
            "pandas": pd.__version__,
            "statsmodels": statsmodels.__version__,
            "k": K,
            "editions": out,
        },
        sys.stdout,
        indent=1,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
