#!/usr/bin/python3
"""Independent check of devpay's pay locator (`devpay standing`, org.devpay.core.estimate.PayLocator
and org.devpay.core.privacy.LocatorDisclosure) on the real data, for one stated pay and profile.

Re-implements from the documented rules, with pandas, statsmodels and scipy instead of devpay's
code, everything a standing rests on, for every edition of the store's CSV export:

  amount      the stated pay made annual; consumer prices of its currency (devpay's shipped yearly
              index, consumer-prices-yearly.csv) from the pay year to the edition's survey year (the
              latest survey year of the edition; a year outside the index read at the nearest
              covered one); converted at the survey year's average rate (usd-per-unit-yearly.csv)
  answers     the comparable cell: role and metro when at least half the edition's population
              states a metro, else role and the metro's country; k = 10 rows or more; the role and
              the place modelled (>= 30 training rows)
  model       population, split, terms, WLS fits and conformal scores exactly as estimator_check.py
              (imported from beside this script), for the features the profile states (place,
              years); the profile's x'b and sigma(x) = exp(x'g)
  raw         what the locator computes before its disclosure control (tests switch it off to
              compare): the conformal predictive distribution's share (C< + (C= + 1) / 2) / (m + 1)
              of the calibration scores below the pay's score, Clopper-Pearson 95% at C< and C<=, and
              type-7 quantiles of the scores at 5, 10, ..., 95%; the cell's mid-distribution share
              (C< + C= / 2) / n of its pay
  controlled  the published figures: scores (or the cell's ln pay) smoothed by a normal kernel,
              h = max(0.9 min(sd, IQR/1.34) n^-1/5, ln(1.1) / u), u = median sigma(x) of the
              calibration rows (1 for a cell), population sd; shrunk to keep mean and variance
              (c = 1/sqrt(1 + h^2/var)); band s floor(100 G / s), s the smallest of 1, 2, 5, 10, 20,
              25 with n s / 100 >= 10 (cells: s <= 5); Clopper-Pearson at n low and n high, rounded
              outward to whole points; quantiles of G at every s points (scipy brentq); a cell's own
              share withheld when another cell of the role (metro, country, everywhere) with >= k
              rows differs from it by 1 to k - 1 rows

Input: the CSV export of a store holding the real datasets, as estimator_check.py reads it:

  mvn -B -q -pl devpay-cli -am verify -Dspotless.check.skip=true -Dtest=EstimatorGoldenTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Ddevpay.golden.export=/tmp/golden
  /usr/bin/python3 devpay-cli/src/test/resources/golden/standing_check.py \
      /tmp/golden/pay_record.csv > devpay-cli/src/test/resources/golden/standing_check.json

Run with Debian's python3 (pandas 1.5.3, numpy 1.24, statsmodels 0.13.5, scipy).
"""
import json
import math
import pathlib
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.optimize import brentq
from scipy.stats import beta, norm

import estimator_check as ec

K = 10
STEPS = [1, 2, 5, 10, 20, 25]
CELL_COARSEST = 5
BLUR = math.log(1.1)
# The question: 65,000 EUR a year (2024 money), back-end, 6 years, Berlin.
QUERY = {"pay": 65000.0, "currency": "EUR", "pay_year": 2024,
         "role": "backend", "years": 6.0, "metro": "Berlin", "country": "DE"}
RESOURCES = pathlib.Path(__file__).resolve().parents[5] / "devpay-core/src/main/resources/org/devpay/core"


def tables():
    prices = pd.read_csv(RESOURCES / "prices/consumer-prices-yearly.csv", comment="#")
    rates = pd.read_csv(RESOURCES / "fx/usd-per-unit-yearly.csv", comment="#")
    index = {(r.currency, int(r.year)): float(r.index_2020) for r in prices.itertuples()}
    usd = {(r.currency, int(r.year)): float(r.usd_per_unit) for r in rates.itertuples()}
    return index, usd


def convert(index, usd, survey_year, currency):
    stated = QUERY["currency"]
    years = sorted(y for c, y in index if c == stated)
    clamp = lambda y: max(years[0], min(years[-1], y))
    frm, to = clamp(QUERY["pay_year"]), clamp(survey_year)
    factor = index[(stated, to)] / index[(stated, frm)]
    rate = lambda c, y: 1.0 if c == "USD" else usd[(c, y)]
    exchange = rate(stated, survey_year) / rate(currency, survey_year)
    return {"survey_year": survey_year, "price_from_year": frm, "price_to_year": to,
            "price_factor": factor, "exchange_rate": exchange,
            "annual": QUERY["pay"] * factor * exchange}


def cp_lower(x, n):
    return 0.0 if x <= 0 else float(beta.ppf(0.025, x, n - x + 1))


def cp_upper(x, n):
    return 1.0 if x >= n else float(beta.ppf(0.975, x + 1, n - x))


def step_for(n, cell):
    for s in STEPS:
        if cell and s > CELL_COARSEST:
            break
        if n * s >= 100 * K:
            return s
    return None


def raw(values, value, center, scale, model):
    v = np.sort(values)
    n = len(v)
    below = int((v < value).sum())
    at_most = int((v <= value).sum())
    ties = at_most - below
    share = (below + 0.5 * (ties + 1)) / (n + 1) if model else (below + 0.5 * ties) / n
    return {"share": share, "interval_low": cp_lower(below, n), "interval_high": cp_upper(at_most, n),
            "quantiles": [center + scale * float(np.quantile(v, p / 100)) for p in range(5, 100, 5)]}


def controlled(values, value, center, scale, per_unit, cell):
    v = np.sort(np.asarray(values, float))
    n = len(v)
    s = step_for(n, cell)
    if s is None:
        return None
    mean = v.mean()
    var = v.var()
    sd = math.sqrt(var)
    iqr = float(np.quantile(v, 0.75) - np.quantile(v, 0.25))
    spread = min(sd, iqr / 1.34) if iqr > 0 else sd
    h = max(0.9 * spread * n ** -0.2, BLUR / per_unit)
    c = 1 / math.sqrt(1 + h * h / var) if var > 0 else 1.0
    centres = mean + c * (v - mean)
    kernel = c * h
    cdf = lambda x: float(norm.cdf((x - centres) / kernel).mean())
    g = cdf(value)
    band = min(100 // s - 1, max(0, math.floor(100 * g / s)))
    low, high = band * s / 100, (band + 1) * s / 100
    lo = math.floor(100 * cp_lower(n * low, n) + 1e-9) / 100
    hi = math.ceil(100 * cp_upper(n * high, n) - 1e-9) / 100
    a, b = centres[0] - 9 * kernel, centres[-1] + 9 * kernel
    quantiles = [center + scale * brentq(lambda x: cdf(x) - j * s / 100, a, b, xtol=1e-13)
                 for j in range(1, 100 // s)]
    return {"step": s, "bandwidth": h, "share": g, "low": low, "high": high,
            "interval_low": min(lo, low), "interval_high": max(hi, high), "quantiles": quantiles}


def without_collinear(x):
    """Drops each column that is a linear combination of the columns before it, in column order
    (devpay's CollinearityPolicy.DROP, R's lm NA coefficients)."""
    kept = []
    for column in x.columns:
        trial = kept + [column]
        if np.linalg.matrix_rank(x[trial].values) == len(trial):
            kept = trial
    return x[kept]


def released(cell):
    """The comparable cell as devpay's disclosure control publishes it (docs/privacy.md): the
    estimator's cell is a group of several employment statuses and professions, and each keeps
    only the values held by k or more of the cell's rows, employment first, then profession
    (attribute developer_by_profession: yes, no, or unstated when absent)."""
    cell = cell[cell.employment.map(cell.employment.value_counts()) >= K]
    profession = cell.attributes.map(
        lambda t: str(json.loads(t).get("developer_by_profession", "unstated")).lower())
    return cell[profession.map(profession.value_counts()) >= K]


def check(data, index, usd, dataset, edition):
    out = {"dataset": dataset, "edition": edition}
    try:
        d = ec.population(data, dataset, edition)
    except Exception as e:  # an edition without employed respondents
        out["answers"] = False
        out["reason"] = "no population: %s" % e
        return out
    if len(d) == 0:
        out["answers"] = False
        out["reason"] = "no employed respondents"
        return out
    metro_edition = d.metro_.notna().mean() >= 0.5
    role = d.role == QUERY["role"]
    in_metro = d.metro_ == QUERY["metro"]
    in_country = d.country_ == QUERY["country"]
    cell = d[role & (in_metro if metro_edition else in_country)]
    out["cell_n"] = len(released(cell)) if len(cell) >= K else len(cell)
    if len(cell) < K:
        out["answers"] = False
        out["reason"] = "cell"
        return out
    f = {"place": "metro" if metro_edition else "country",
         "experience": bool(d.years_experience.notna().mean() >= 0.5),
         "seniority": False, "industry": False, "skills": False}
    out["features"] = f
    usable = d.years_experience.notna() if f["experience"] else pd.Series(True, index=d.index)
    train = d[(d.part == "train") & usable]
    calibration = d[(d.part == "calibration") & usable]
    terms = ec.Terms(train, f)
    place = terms.place(QUERY["metro"] if metro_edition else None, QUERY["country"])
    if QUERY["role"] not in terms.roles or place == "(rare)":
        out["answers"] = False
        out["reason"] = "not modelled"
        return out
    out["answers"] = True
    train_rows = ec.rows_of(train)
    references = {}
    for name, levels in terms.factors(train_rows).items():
        reference = "no" if name.startswith(("industry ", "skill ")) \
            else ec.most_frequent(levels, train.weight.values)
        references[name] = {"reference": reference, "levels": sorted(set(levels))}
    full = ec.design(terms, train_rows, references)
    x = without_collinear(full)
    out["dropped_columns"] = [c for c in full.columns if c not in x.columns]
    w = train.weight.values
    mean = sm.WLS(train.y.values, x, weights=w).fit()
    residuals = train.y.values - x.values @ mean.params.values
    spread = sm.WLS(np.log(np.abs(residuals) + 0.01), x, weights=w).fit()

    def predict(rows):
        xx = ec.design(terms, rows, references)[x.columns]
        return xx.values @ mean.params.values, np.exp(xx.values @ spread.params.values)

    mu, sigma = predict(ec.rows_of(calibration))
    scores = (calibration.y.values - mu) / sigma
    profile = {"role": [QUERY["role"]], "metro": [QUERY["metro"] if metro_edition else None],
               "country": [QUERY["country"]], "seniority": ["unknown"], "year": [terms.latest],
               "industries": [set()], "skills": [set()],
               "years": [QUERY["years"] if f["experience"] else None]}
    center, scale = predict(profile)
    center, scale = float(center[0]), float(scale[0])
    currency = d.currency.unique()
    currency = currency[0] if len(currency) == 1 else "USD"
    amount = convert(index, usd, terms.latest, currency)
    log_pay = math.log(amount["annual"])
    value = (log_pay - center) / scale
    out.update({
        "calibration_rows": len(scores), "center": center, "sigma": scale,
        "spread_median": float(np.median(sigma)), "currency": currency, "amount": amount,
        "usd_per_unit": float(np.median(cell.usd_per_unit.values)),
        "raw": raw(scores, value, center, scale, True),
        "controlled": controlled(scores, value, center, scale, float(np.median(sigma)), False),
    })
    cell = released(cell)
    cell_log = np.log(cell.pay.values)
    out["cell_raw"] = raw(cell_log, log_pay, 0.0, 1.0, False)
    nested = [int((role & in_metro).sum()) if metro_edition else 0,
              int((role & in_country).sum()), int(role.sum())]
    nested = [m for m in nested if m != len(cell) and m >= K]
    differs = [m for m in nested if 1 <= abs(m - len(cell)) < K]
    if step_for(len(cell), True) is None:
        out["cell_withheld"] = "size"
    elif differs:
        out["cell_withheld"] = "differencing"
    else:
        out["cell_controlled"] = controlled(cell_log, log_pay, 0.0, 1.0, 1.0, True)
    return out


def main(path):
    data = pd.read_csv(path, low_memory=False, dtype={"edition": str, "respondent_key": str})
    index, usd = tables()
    editions = sorted({(r.dataset_id, r.edition) for r in
                       data[["dataset_id", "edition"]].drop_duplicates().itertuples()})
    result = {
        "source": "standing_check.py over the store's CSV export of ../shared/data",
        "versions": {"pandas": pd.__version__, "numpy": np.__version__,
                     "statsmodels": sm.__version__ if hasattr(sm, "__version__") else "0.13.5"},
        "query": QUERY,
        "editions": [check(data, index, usd, ds, ed) for ds, ed in editions],
    }
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
