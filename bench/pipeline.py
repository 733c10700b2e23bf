#!/usr/bin/python3
"""The pandas + statsmodels equivalent of `devpay answer` and `devpay compare --role backend --vs
frontend` on a Stack Overflow 2024 file (the synthetic surveys of `devpay synth --format so-2024`,
or a real file), for bench/run: the same rows and the same numbers, computed independently, so that
devpay's speed is compared with a pipeline a data scientist would write and its figures are checked.

Rules re-implemented (devpay's documented ones; devpay_rules.py of the golden tests for the tables):
  * pay: ConvertedCompYearly numeric and > 0 (USD a year, as published);
  * population (devpay's default): MainBranch answered and not "I am a developer by profession"
    removed; rows whose Employment (multi-select, the first status devpay's PrimaryEmployment
    picks: full time first) is known and not full time removed;
  * role: DevType (single choice from 2023) through roles.csv;
  * screen: Tukey far-out fences on ln(pay) over the edition (type-7 quartiles, 3 IQR);
  * answer: n, P25, median, P75 per role family (type 7) as published and screened; the back-end /
    front-end and back-end / full-stack ratios of screened medians with 2,000-resample percentile
    bootstrap intervals (numpy's generator: the intervals are not devpay's resamples, only the
    point estimates must agree);
  * compare: OLS of ln(pay) on a back-end indicator (back-end vs front-end rows) unadjusted, and
    adjusted for experience bands (YearsCodePro: 0-1, 2-4, 5-9, 10-14, 15+, not stated), country,
    industry indicators and skill indicators (LanguageHaveWorkedWith through skills.csv; a row that
    lists none gets the indicator of 'not stated'), levels
    held by fewer than k = 10 rows merged, HC1 covariance (statsmodels), collinear columns dropped.

Output: one JSON document on stdout with the figures and the time each stage took.
Usage: /usr/bin/python3 bench/pipeline.py FILE.csv > pipeline.json
"""
import json
import math
import pathlib
import re
import sys
import time

import numpy as np
import pandas as pd
import statsmodels.api as sm

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]
                       / "devpay-cli/src/test/resources/golden"))
from devpay_rules import classify, load_rules, role_family  # noqa: E402

DATASET = "so-survey-2024"
K = 10
BANDS = [("0-1", 0, 2), ("2-4", 2, 5), ("5-9", 5, 10), ("10-14", 10, 15), ("15+", 15, math.inf)]
SKILLS = load_rules("skills.csv", "value")
INDUSTRIES = load_rules("industries.csv", "value")
PROFESSIONAL = "I am a developer by profession"
FULL_TIME = "Employed, full-time"


def timed(stages, name, start):
    stages[name] = round(time.perf_counter() - start, 3)
    return time.perf_counter()


def quartiles(values):
    q = np.quantile(values, [0.25, 0.5, 0.75])
    return {"n": int(len(values)), "p25": float(q[0]), "median": float(q[1]), "p75": float(q[2])}


def fences(logs):
    q1, q3 = np.quantile(logs, [0.25, 0.75])
    iqr = q3 - q1
    return (logs >= q1 - 3 * iqr) & (logs <= q3 + 3 * iqr)


def bootstrap_ratio(a, b, resamples, rng):
    ratios = np.empty(resamples)
    for i in range(resamples):
        ratios[i] = (np.median(rng.choice(a, len(a))) / np.median(rng.choice(b, len(b))))
    lo, hi = np.quantile(ratios, [0.025, 0.975])
    return float(lo), float(hi)


def band(text):
    if text == "Less than 1 year":
        years = 0.5
    elif text == "More than 50 years":
        years = 51
    elif re.fullmatch(r"\d+", text or ""):
        years = float(text)
    else:
        return "(not stated)"
    for label, low, high in BANDS:
        if low <= years < high:
            return label
    return "(not stated)"


def merge_rare(series):
    counts = series.value_counts()
    rare = counts[counts < K].index
    merged = series.isin(rare)
    if 0 < merged.sum() < K:
        largest = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        return series.where(~merged, largest)
    return series.where(~merged, "(fewer than k)")


def main():
    stages = {}
    start = time.perf_counter()
    d = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    start = timed(stages, "read", start)
    pay = pd.to_numeric(d.ConvertedCompYearly.where(d.ConvertedCompYearly != "NA"), errors="coerce")
    d = d[pay > 0].assign(pay=pay[pay > 0])
    rows_with_pay = len(d)
    professional = (d.MainBranch == "") | (d.MainBranch == "NA") | (d.MainBranch == PROFESSIONAL)
    employment = d.Employment.where(d.Employment != "NA", "")
    full_time = (employment == "") | employment.str.split(";").map(lambda s: FULL_TIME in s)
    d = d[professional & full_time]
    labels = d.DevType.where(d.DevType != "NA", "")
    roles = {label: role_family(DATASET, label) for label in labels.unique()}
    d = d.assign(role=labels.map(roles))
    start = timed(stages, "normalise", start)
    out = {"rows_with_pay": rows_with_pay, "population_rows": len(d)}
    out["as_published"] = {r: quartiles(g.pay.to_numpy()) for r, g in d.groupby("role")}
    screened = d[fences(np.log(d.pay.to_numpy()))]
    out["screened"] = {r: quartiles(g.pay.to_numpy()) for r, g in screened.groupby("role")}
    start = timed(stages, "quartiles", start)
    rng = np.random.default_rng(20250119)
    backend = screened.pay[screened.role == "backend"].to_numpy()
    ratios = {}
    for other in ("frontend", "fullstack"):
        rest = screened.pay[screened.role == other].to_numpy()
        lo, hi = bootstrap_ratio(backend, rest, 2000, rng)
        ratios[other] = {"estimate": float(np.median(backend) / np.median(rest)),
                         "ci_lower": lo, "ci_upper": hi}
    out["ratios"] = ratios
    start = timed(stages, "bootstrap", start)
    pair = screened[screened.role.isin(["backend", "frontend"])].copy()
    y = np.log(pair.pay.to_numpy())
    focal = (pair.role == "backend").astype(float).to_numpy()
    base = sm.OLS(y, sm.add_constant(focal)).fit(cov_type="HC1", use_t=True)
    out["unadjusted"] = {"log_premium": float(base.params[1]), "standard_error": float(base.bse[1])}
    columns = {"const": np.ones(len(pair)), "backend": focal}
    for name, values in (("experience", pair.YearsCodePro.map(band)),
                         ("location", pair.Country.where(pair.Country != "NA", "(not stated)"))):
        values = merge_rare(values)
        levels = sorted(values.unique(), key=lambda v: (-(values == v).sum(), v))
        for level in levels[1:]:
            columns[name + "=" + level] = (values == level).astype(float).to_numpy()
    for name, rules, field in (("industry", INDUSTRIES, pair.Industry),
                               ("skills", SKILLS, pair.LanguageHaveWorkedWith)):
        listed = field.where(field != "NA", "").map(
            lambda t: {classify(rules, DATASET, x, None) for x in t.split(";") if x} - {None})
        ids = sorted(set().union(*listed))
        for skill in ids:
            held = listed.map(lambda s: skill in s).astype(float).to_numpy()
            if K <= held.sum() <= len(held) - K:
                columns[name + "=" + skill] = held
        # Rows that list nothing are "not stated", not rows without each skill: one indicator.
        unstated = (listed.map(len) == 0).astype(float).to_numpy()
        if unstated.sum() > 0:
            columns[name + "=(not stated)"] = unstated
    x = pd.DataFrame(columns)
    kept = []
    for column in x.columns:
        if np.linalg.matrix_rank(x[kept + [column]].to_numpy()) == len(kept) + 1:
            kept.append(column)
    adjusted = sm.OLS(y, x[kept]).fit(cov_type="HC1", use_t=True)
    out["adjusted"] = {"log_premium": float(adjusted.params["backend"]),
                       "standard_error": float(adjusted.bse["backend"]),
                       "parameters": len(kept), "dropped": [c for c in x.columns if c not in kept]}
    timed(stages, "regression", start)
    out["seconds"] = stages
    out["seconds_total"] = round(sum(stages.values()), 3)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
