#!/usr/bin/python3
"""statsmodels' time for the regression of devpay-bench's RegressionBenchmark, on the same data.

Generates the SAME synthetic rows as org.devpay.bench.SyntheticPay.regression(rows, 20250119) (the
generator is defined in both languages: counter-based SplitMix64 and IEEE basic operations only, so
every value is bit-identical), builds the dense design (intercept, years, score, 149 city and 49
company dummies, reference = most frequent level, ties to the first in sort order) and times
statsmodels OLS(y, X).fit(cov_type='HC1').

  /usr/bin/python3 devpay-bench/scripts/ols_statsmodels.py [rows] [java.csv]

If java.csv exists (written by org.devpay.bench.RegressionCrossCheck), prints the largest relative
difference between devpay's and statsmodels' coefficients and HC1 errors.
"""
import os
import sys
import time

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

GAMMA = np.uint64(0x9E3779B97F4A7C15)
SEED = 20250119
CITY_LEVELS, COMPANY_LEVELS = 150, 50


def mix64(z):
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def uniform(rows, j):
    i = np.arange(rows, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = mix64(np.uint64(SEED) + (np.uint64(8) * i + np.uint64(j + 1)) * GAMMA)
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def regression(rows):
    years = 30 * uniform(rows, 0)
    score = 2 * uniform(rows, 1) - 1
    noise = (uniform(rows, 2) + uniform(rows, 3) + uniform(rows, 4) - 1.5) * (0.2 + 0.01 * years)
    city = (CITY_LEVELS * uniform(rows, 5)).astype(np.int64)
    company = (COMPANY_LEVELS * uniform(rows, 6)).astype(np.int64)
    city_effect = ((37 * city) % CITY_LEVELS).astype(np.float64) / CITY_LEVELS * 0.4
    company_effect = ((11 * company) % COMPANY_LEVELS).astype(np.float64) / COMPANY_LEVELS * 0.2
    log_pay = 11 + 0.03 * years + 0.1 * score + city_effect + company_effect + noise
    return log_pay, years, score, city, company


def dummies(codes, levels, prefix, names, columns):
    counts = np.bincount(codes, minlength=levels)
    reference = int(np.argmax(counts))  # first maximum = first in sort order
    for level in range(levels):
        if level != reference:
            names.append("%s=%s%03d" % (prefix, prefix, level))
            columns.append((codes == level).astype(np.float64))


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    java_csv = sys.argv[2] if len(sys.argv) > 2 else "/tmp/devpay-ols-java.csv"
    log_pay, years, score, city, company = regression(rows)
    names = ["(Intercept)", "years", "score"]
    columns = [np.ones(rows), years, score]
    dummies(city, CITY_LEVELS, "city", names, columns)
    dummies(company, COMPANY_LEVELS, "company", names, columns)
    X = np.column_stack(columns)
    del columns
    print("statsmodels %s, numpy %s: %d rows x %d columns (%.0f MiB dense)"
          % (statsmodels.__version__, np.__version__, rows, X.shape[1], X.nbytes / 2 ** 20))
    # statsmodels' default (pinv). method='qr' with cov_type='HC1' raises AttributeError
    # ('OLS' object has no attribute 'pinv_wexog') in 0.13.5, so it is not timed.
    for method in ["pinv"]:
        start = time.perf_counter()
        result = sm.OLS(log_pay, X).fit(method=method, cov_type="HC1")
        elapsed = time.perf_counter() - start
        print("OLS(y, X).fit(method=%r, cov_type='HC1'): %.2f s" % (method, elapsed))
        if os.path.exists(java_csv):
            java = pd.read_csv(java_csv).set_index("name")
            ours = pd.DataFrame({"estimate": result.params, "hc1": result.bse}, index=names)
            for column in ["estimate", "hc1"]:
                relative = ((java[column] - ours[column]).abs() / ours[column].abs()).max()
                print("  max relative difference to devpay (%s): %.2e" % (column, relative))
        del result


if __name__ == "__main__":
    main()
