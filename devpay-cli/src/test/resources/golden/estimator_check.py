#!/usr/bin/python3
"""Independent check of devpay's estimator (org.devpay.core.estimate) on three real editions.

Re-implements, from the documented rules and with statsmodels instead of devpay's least squares,
the whole estimator for the model with every fact an edition records ("full"):

  population  employment in {FULL_TIME, CONTRACTOR, SELF_EMPLOYED, UNKNOWN}; pay in the edition's
              one currency; Tukey far-out fences (3 IQR, type-7 quartiles) on ln(pay), as
              devpay_rules.py beside this script applies them
  split       u = SplitMix64(FNV-1a-64("dataset|edition|respondent_key") XOR seed) / 2^53 over the
              top 53 bits; test u < 0.2, calibration u < 0.4, else train; seed 20250119
  terms       levels with >= 30 training rows (else "(rare)"); metro, else "rest of CC", else
              "(rare)"; years capped at 40 with hinges at 2, 5, 10, 15, 20 (kept with >= 30
              training rows beyond); yes/no indicators for industries and skills listed by >= 30
              and not listed by >= 30 training rows; reference = most frequent level by weight
              (ties: first in sort order), "no" for indicators
  fit         WLS (frequency weights) of ln(pay); WLS of ln(|e| + 0.01) for the spread
  calibrate   scores (y - x'b) / exp(x'g) on calibration rows; ends at ranks floor((m+1) 0.1) and
              ceil((m+1) 0.9); median type 7
  measure     test coverage, tails, MdAPE of P50 and of the country x role training median (role
              alone when the cell has < 10 rows), frequency-weighted versions for Glassdoor

Input: the CSV export of a store holding the real datasets (DevpayStore.exportCsv; the columns
are the pay_record table's). EstimatorGoldenTest writes one when run with
-Ddevpay.golden.export=DIR:

  mvn -B -q -pl devpay-cli -am verify -Dspotless.check.skip=true -Dtest=EstimatorGoldenTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Ddevpay.golden.export=/tmp/golden
  /usr/bin/python3 devpay-cli/src/test/resources/golden/estimator_check.py \
      /tmp/golden/pay_record.csv > devpay-cli/src/test/resources/golden/estimator_check.json

Run with Debian's python3 (pandas 1.5.3, numpy 1.24, statsmodels 0.13.5).
"""
import json
import math
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

from devpay_rules import inside_far_out_fences

SEED = 20250119
MINIMUM = 30
K = 10
EMPLOYED = {"FULL_TIME", "CONTRACTOR", "SELF_EMPLOYED", "UNKNOWN"}
KNOTS = [2, 5, 10, 15, 20]
MASK = (1 << 64) - 1
EDITIONS = [("dou-ua", "2025-06"), ("it-salary-survey-eu", "2020"), ("glassdoor-india", "2022")]
# A profile predicted with the EU 2020 model (it states every fact that model uses).
PROFILE = {
    "edition": ("it-salary-survey-eu", "2020"),
    "role": "backend",
    "metro": "Berlin",
    "country": "DE",
    "years": 6.0,
    "seniority": "senior",
    "skills": ["aws", "java"],
}


def unit(text, seed):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & MASK
    z = (h ^ seed) & MASK
    z = (z + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z = z ^ (z >> 31)
    return (z >> 11) * 2.0 ** -53


def weighted_type7(values, weights, p):
    """Type-7 quantile of values repeated by their (whole) frequency weights."""
    return float(np.quantile(np.repeat(np.asarray(values, float), np.asarray(weights, int)), p))


def frequent(values, minimum):
    counts = pd.Series([v for v in values if v is not None]).value_counts()
    return set(counts[counts >= minimum].index)


def most_frequent(levels, weights):
    totals = pd.Series(weights).groupby(pd.Series(levels)).sum()
    best = max(totals.values)
    return sorted(l for l, t in totals.items() if t == best)[0]


def population(data, dataset, edition):
    d = data[(data.dataset_id == dataset) & (data.edition == edition)]
    d = d[d.employment.isin(EMPLOYED)].copy()
    currencies = d.currency.unique()
    d["pay"] = d.annual_local if len(currencies) == 1 else d.annual_usd
    d = d[inside_far_out_fences(np.log(d.pay.values))].copy()
    d["y"] = np.log(d.pay.values)
    d["industries_"] = d.industries.map(lambda t: set(json.loads(t)))
    d["skills_"] = d.skills.map(lambda t: set(json.loads(t)))
    d["country_"] = d.country.where(d.country.notna(), None)
    d["metro_"] = d.metro.where(d.metro.notna(), None)
    u = [unit(dataset + "|" + edition + "|" + str(k), SEED) for k in d.respondent_key]
    d["part"] = ["test" if x < 0.2 else "calibration" if x < 0.4 else "train" for x in u]
    return d.reset_index(drop=True)


def features(d):
    n = len(d)
    seniority_counts = d.seniority.value_counts()
    told_apart = sum(
        1 for level, c in seniority_counts.items() if level != "unknown" and c >= MINIMUM)
    return {
        "place": "metro" if d.metro_.notna().mean() >= 0.5
        else "country" if d.country_.notna().mean() >= 0.5 else "none",
        "experience": bool(d.years_experience.notna().mean() >= 0.5),
        "seniority": told_apart >= 2,
        "industry": bool((d.industries_.map(len) > 0).sum() >= 0.5 * n),
        "skills": bool((d.skills_.map(len) > 0).sum() >= 0.5 * n),
    }


class Terms:
    def __init__(self, train, f):
        self.f = f
        self.roles = frequent(train.role, MINIMUM)
        self.metros, self.countries = set(), set()
        if f["place"] == "metro":
            self.metros = frequent(train.metro_, MINIMUM)
            rest = train[~train.metro_.isin(self.metros)]
            self.countries = frequent(rest.country_, MINIMUM)
        elif f["place"] == "country":
            self.countries = frequent(train.country_, MINIMUM)
        self.seniorities = frequent(train.seniority, MINIMUM) if f["seniority"] else set()
        years = frequent(train.survey_year.astype(str), MINIMUM)
        self.latest = max(int(y) for y in years)
        self.years = years if len(years) >= 2 else set()
        self.knots = [k for k in KNOTS
                      if f["experience"] and (train.years_experience > k).sum() >= MINIMUM]

        def indicators(column):
            counts = pd.Series([v for s in train[column] for v in s], dtype=object).value_counts()
            return sorted(v for v, c in counts.items()
                          if c >= MINIMUM and len(train) - c >= MINIMUM)
        self.industries = indicators("industries_") if f["industry"] else []
        self.skills = indicators("skills_") if f["skills"] else []

    def place(self, metro, country):
        if self.f["place"] == "metro":
            if metro in self.metros:
                return metro
            return "rest of " + country if country in self.countries else "(rare)"
        return country if country in self.countries else "(rare)"

    def factors(self, rows):
        """Factor name -> list of levels, in design order."""
        out = {"role": [r if r in self.roles else "(rare)" for r in rows["role"]]}
        if self.f["place"] != "none":
            out["place"] = [self.place(m, c) for m, c in zip(rows["metro"], rows["country"])]
        if self.f["seniority"]:
            out["seniority"] = [s if s in self.seniorities else "(rare)" for s in rows["seniority"]]
        if self.years:
            out["survey year"] = [str(y) if str(y) in self.years else "(rare)"
                                  for y in rows["year"]]
        for i in self.industries:
            out["industry " + i] = ["yes" if i in s else "no" for s in rows["industries"]]
        for s_ in self.skills:
            out["skill " + s_] = ["yes" if s_ in s else "no" for s in rows["skills"]]
        return out

    def covariates(self, rows):
        if not self.f["experience"]:
            return {}
        years = np.minimum(40.0, np.asarray(rows["years"], float))
        out = {"years": years}
        for k in self.knots:
            out["years above %d" % k] = np.maximum(0, years - k)
        return out


def rows_of(d):
    return {
        "role": list(d.role), "metro": list(d.metro_), "country": list(d.country_),
        "seniority": list(d.seniority), "year": list(d.survey_year),
        "industries": list(d.industries_), "skills": list(d.skills_),
        "years": list(d.years_experience),
    }


def design(terms, rows, references):
    columns = {"(Intercept)": np.ones(len(rows["role"]))}
    columns.update(terms.covariates(rows))
    for name, levels in terms.factors(rows).items():
        for level in sorted(set(levels) | set(references[name]["levels"])):
            if level != references[name]["reference"]:
                columns[name + "=" + level] = np.array([1.0 if l == level else 0.0 for l in levels])
    return pd.DataFrame(columns)


def check(data, dataset, edition):
    d = population(data, dataset, edition)
    f = features(d)
    usable = d.years_experience.notna() if f["experience"] else pd.Series(True, index=d.index)
    train = d[(d.part == "train") & usable]
    calibration = d[(d.part == "calibration") & usable]
    test = d[(d.part == "test") & usable]
    terms = Terms(train, f)
    train_rows = rows_of(train)
    references = {}
    for name, levels in terms.factors(train_rows).items():
        reference = "no" if name.startswith(("industry ", "skill ")) \
            else most_frequent(levels, train.weight.values)
        references[name] = {"reference": reference, "levels": sorted(set(levels))}
    x = design(terms, train_rows, references)
    w = train.weight.values
    mean = sm.WLS(train.y.values, x, weights=w).fit()
    assert np.linalg.matrix_rank(x.values) == x.shape[1], "collinear design"
    residuals = train.y.values - x.values @ mean.params.values
    spread = sm.WLS(np.log(np.abs(residuals) + 0.01), x, weights=w).fit()

    def predict(rows):
        xx = design(terms, rows, references)[x.columns]
        return xx.values @ mean.params.values, np.exp(xx.values @ spread.params.values)

    mu, sigma = predict(rows_of(calibration))
    scores = np.sort((calibration.y.values - mu) / sigma)
    m = len(scores)
    low = scores[max(1, math.floor((m + 1) * 0.1 + 1e-9)) - 1]
    high = scores[min(m, math.ceil((m + 1) * 0.9 - 1e-9)) - 1]
    median = float(np.quantile(scores, 0.5))

    mu, sigma = predict(rows_of(test))
    lower, p50, upper = mu + low * sigma, mu + median * sigma, mu + high * sigma
    y = test.y.values
    covered = (y >= lower) & (y <= upper)
    errors = np.abs(np.exp(p50) - test.pay.values) / test.pay.values

    cells, roles = {}, {}
    for key, group in train.groupby([train.country_.fillna(""), train.role]):
        if len(group) >= K:
            cells[key] = weighted_type7(group.pay, group.weight, 0.5)
    for role, group in train.groupby("role"):
        if len(group) >= K:
            roles[role] = weighted_type7(group.pay, group.weight, 0.5)
    overall = weighted_type7(train.pay, train.weight, 0.5)
    baseline = np.array([
        cells.get((c or "", r), roles.get(r, overall))
        for c, r in zip(test.country_, test.role)])
    baseline_errors = np.abs(baseline - test.pay.values) / test.pay.values

    out = {
        "dataset": dataset, "edition": edition, "features": f,
        "rows": len(d), "training_rows": len(train), "calibration_rows": m,
        "test_rows": len(test),
        "coefficients": dict(zip(x.columns, mean.params.values.tolist())),
        "spread_coefficients": dict(zip(x.columns, spread.params.values.tolist())),
        "r_squared": float(mean.rsquared),
        "scores": {"lower": float(low), "median": median, "upper": float(high)},
        "coverage": float(covered.mean()),
        "below_p10": float((y < lower).mean()),
        "above_p90": float((y > upper).mean()),
        "mdape": float(np.quantile(errors, 0.5)),
        "baseline_mdape": float(np.quantile(baseline_errors, 0.5)),
    }
    if (d.weight != 1).any():
        tw = test.weight.values
        out["weighted"] = {
            "effective_rows": float(tw.sum() ** 2 / (tw ** 2).sum()),
            "coverage": float((tw * covered).sum() / tw.sum()),
            "mdape": weighted_type7(errors, tw, 0.5),
            "baseline_mdape": weighted_type7(baseline_errors, tw, 0.5),
        }
    if (dataset, edition) == PROFILE["edition"]:
        profile = {
            "role": [PROFILE["role"]], "metro": [PROFILE["metro"]],
            "country": [PROFILE["country"]], "seniority": [PROFILE["seniority"]],
            "year": [terms.latest], "industries": [set()], "skills": [set(PROFILE["skills"])],
            "years": [PROFILE["years"]],
        }
        mu, sigma = predict(profile)
        out["profile"] = dict(PROFILE, edition=list(PROFILE["edition"]))
        out["profile"]["p10"] = float(np.exp(mu[0] + low * sigma[0]))
        out["profile"]["p50"] = float(np.exp(mu[0] + median * sigma[0]))
        out["profile"]["p90"] = float(np.exp(mu[0] + high * sigma[0]))
    return out


def main(path):
    data = pd.read_csv(path, low_memory=False, dtype={"edition": str, "respondent_key": str})
    result = {
        "source": "estimator_check.py over the store's CSV export of ../shared/data",
        "versions": {"pandas": pd.__version__, "numpy": np.__version__,
                     "statsmodels": sm.__version__ if hasattr(sm, "__version__") else "0.13.5"},
        "split_units": {
            "dou-ua|2025-06|1": unit("dou-ua|2025-06|1", SEED),
            "levels-fyi|2017-2021|row-7": unit("levels-fyi|2017-2021|row-7", SEED),
        },
        "editions": [check(data, ds, ed) for ds, ed in EDITIONS],
    }
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
