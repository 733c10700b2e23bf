#!/usr/bin/env python3
"""Golden values of cluster-robust (CR1) standard errors, computed by statsmodels 0.13.5 on the
real Glassdoor India 2022 file (not by devpay's formulas).

Rows: Employment Status "Full Time", Job Roles "Backend" or "Frontend", Salary > 0. A row is a
company x title x city cell standing for "Salaries Reported" reports, so the fit runs on the rows
repeated that many times (frequency weights, as devpay's LinearModel.withFrequencyWeights).
Model: ln(Salary) ~ backend + C(Location), OLS; errors clustered by "Company Name":

    OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": company}, use_t=True)

(CR1: G/(G-1) * (N-1)/(N-K) small-sample factor, t on G-1 degrees of freedom), next to the HC1
fit of the same model. Writes cluster.json beside this script.

Usage: /usr/bin/python3 cluster_golden.py [DATA_DIR]   (default ../shared/data from the repo root)
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, *[".."] * 9))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
    path = os.path.join(data, "glassdoor-india-salaries", "Salary_Dataset_with_Extra_Features.csv")
    raw = pd.read_csv(path)
    rows = raw[
        (raw["Employment Status"] == "Full Time")
        & raw["Job Roles"].isin(["Backend", "Frontend"])
        & (raw["Salary"] > 0)
    ]
    expanded = rows.loc[rows.index.repeat(rows["Salaries Reported"].astype(int))]
    y = np.log(expanded["Salary"].astype(float)).to_numpy()
    backend = (expanded["Job Roles"] == "Backend").astype(float).to_numpy()
    places = pd.get_dummies(expanded["Location"], drop_first=True).astype(float)
    x = np.column_stack([np.ones(len(y)), backend, places.to_numpy()])
    groups = pd.factorize(expanded["Company Name"])[0]
    model = sm.OLS(y, x)
    clustered = model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    hc1 = model.fit(cov_type="HC1", use_t=True)
    lower, upper = clustered.conf_int()[1]
    out = {
        "source": "statsmodels " + statsmodels.__version__
        + " OLS(cov_type='cluster', groups=Company Name, use_t=True)",
        "rows": int(len(rows)),
        "observations": int(len(y)),
        "clusters": int(len(np.unique(groups))),
        "parameters": int(x.shape[1]),
        "estimate": float(clustered.params[1]),
        "se": float(clustered.bse[1]),
        "lower": float(lower),
        "upper": float(upper),
        "p": float(clustered.pvalues[1]),
        "hc1_se": float(hc1.bse[1]),
    }
    with open(os.path.join(HERE, "cluster.json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
