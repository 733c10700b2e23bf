#!/usr/bin/python3
"""Golden values for devpay-core's statistics engine (org.devpay.core.stats), from real data.

Run:  /usr/bin/python3 make_golden.py [DATA_DIR]   (default: ../shared/data from the repository root)
with statsmodels 0.13.5, scipy 1.10.1, pandas 1.5.3, numpy 1.24. Writes golden.json beside itself.
StatsGoldenTest reads the same raw files, builds the same inputs in Java and compares.

Inputs (both sides apply exactly these rules):
- levels.fyi (Levels_Fyi_Salary_Data.csv), read as text: rows whose tag is one of
  "Distributed Systems (Back-End)" / "API Development (Back-End)" (role back-end),
  "Web Development (Front-End)" (front-end) or "Full Stack" (full-stack), and whose
  totalyearlycompensation and yearsofexperience match ^[0-9]+(\\.[0-9]+)?$ with pay > 0.
  log pay = ln(totalyearlycompensation); year = the year of the timestamp (M/D/YYYY h:m:s);
  location = the location if among the 20 most frequent in these rows (ties by name), else "Other".
- IT Salary Survey EU 2019 and 2020: "Backend Developer" vs "Frontend Developer" positions with a
  salary matching the same pattern and > 0.

Bootstrap replicates are not copied from Java: the script reimplements java.util.SplittableRandom
(JDK 17: SplitMix64 with mix32, bounded ints by rejection) and devpay's block seeding, so it draws
the very resamples Bootstrap draws and computes the same replicates; BCa then comes from SciPy's own
_bca_interval on those replicates (z0 with ties counted half, jackknife acceleration).
"""
import json
import math
import os
import re
import sys

import numpy as np
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import special, stats
from scipy.stats._resampling import _bca_interval
from statsmodels.stats.meta_analysis import combine_effects
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.oaxaca import OaxacaBlinder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, *[".."] * 9))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")
BACK_END_TAGS = {"Distributed Systems (Back-End)", "API Development (Back-End)"}
ROLE_OF_TAG = {
    "Distributed Systems (Back-End)": "back-end",
    "API Development (Back-End)": "back-end",
    "Web Development (Front-End)": "front-end",
    "Full Stack": "full-stack",
}
SEED = 20250119
RESAMPLES = 2000


def levels():
    d = pd.read_csv(os.path.join(DATA, "levels-fyi-stem-salaries", "Levels_Fyi_Salary_Data.csv"),
                    dtype=str, keep_default_na=False)
    d = d[d.tag.isin(ROLE_OF_TAG.keys())]
    d = d[d.totalyearlycompensation.map(lambda s: bool(NUMBER.match(s)))
          & d.yearsofexperience.map(lambda s: bool(NUMBER.match(s)))].copy()
    d["pay"] = d.totalyearlycompensation.map(float)
    d = d[d.pay > 0].copy()
    d["log_pay"] = np.log(d.pay)
    d["years"] = d.yearsofexperience.map(float)
    d["role"] = d.tag.map(ROLE_OF_TAG)
    d["year"] = d.timestamp.map(lambda s: s.split(" ")[0].split("/")[2])
    counts = d.location.value_counts()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    keep = {name for name, _ in top}
    d["place"] = d.location.map(lambda s: s if s in keep else "Other")
    return d.reset_index(drop=True)


def eu(year):
    if year == 2019:
        name, pay, position = ("IT Salary Survey EU 2019.csv",
                               "Yearly brutto salary (without bonus and stocks)",
                               "Position (without seniority)")
    else:
        name, pay, position = ("IT Salary Survey EU  2020.csv",
                               "Yearly brutto salary (without bonus and stocks) in EUR",
                               "Position ")
    d = pd.read_csv(os.path.join(DATA, "it-salary-survey-eu", name), dtype=str,
                    keep_default_na=False)
    d = d[d[position].isin(["Backend Developer", "Frontend Developer"])]
    d = d[d[pay].map(lambda s: bool(NUMBER.match(s)))].copy()
    d["pay"] = d[pay].map(float)
    d = d[d.pay > 0].copy()
    d["log_pay"] = np.log(d.pay)
    d["role"] = d[position].map({"Backend Developer": "back-end", "Frontend Developer": "front-end"})
    return d.reset_index(drop=True)


def most_frequent(series):
    counts = series.value_counts()
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def design(frame, covariates, factors):
    """const, covariates, then factor=level dummies (levels sorted, reference dropped)."""
    columns = {"(Intercept)": np.ones(len(frame))}
    for c in covariates:
        columns[c] = frame[c].to_numpy(float)
    for f, reference in factors:
        for level in sorted(frame[f].unique()):
            if level != reference:
                columns[f + "=" + level] = (frame[f] == level).to_numpy(float)
    return pd.DataFrame(columns)


def ols(frame, covariates, factors):
    X = design(frame, covariates, factors)
    y = frame.log_pay.to_numpy()
    robust = sm.OLS(y, X).fit(cov_type="HC1", use_t=True)
    classical = sm.OLS(y, X).fit()
    ci = robust.conf_int(0.05)
    out = {
        "n": int(robust.nobs), "k": int(X.shape[1]), "df": float(robust.df_resid),
        "r_squared": float(robust.rsquared),
        "residual_standard_error": float(np.sqrt(classical.scale)),
        "coefficients": {},
    }
    for name in X.columns:
        out["coefficients"][name] = {
            "estimate": float(robust.params[name]),
            "hc1": float(robust.bse[name]),
            "classical": float(classical.bse[name]),
            "t": float(robust.tvalues[name]),
            "p": float(robust.pvalues[name]),
            "lower": float(ci.loc[name, 0]),
            "upper": float(ci.loc[name, 1]),
        }
    return out, robust


# ---- java.util.SplittableRandom (JDK 17) and devpay's Bootstrap block seeding ----
MASK = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15


def mix64(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def root_longs(seed, count):
    s = seed & MASK
    out = []
    for _ in range(count):
        s = (s + GAMMA) & MASK
        out.append(mix64(s))
    return out


def mix32_vector(states):
    z = states
    z = (z ^ (z >> np.uint64(33))) * np.uint64(0x62A9D9ED799705F5)
    z = ((z ^ (z >> np.uint64(28))) * np.uint64(0xCB24D0A5C88C35B3)) >> np.uint64(32)
    return z.astype(np.uint32).astype(np.int64)  # the low 32 bits, unsigned


class BlockStream:
    """One SplittableRandom(blockSeed): nextInt(bound) drawn in vectorised chunks."""

    def __init__(self, seed):
        self.seed = np.uint64(seed & MASK)
        self.position = 0  # calls to nextSeed() so far

    def ints(self, count, bound):
        out = []
        m = bound - 1
        while count > 0:
            chunk = count + 64
            steps = np.arange(self.position + 1, self.position + 1 + chunk, dtype=np.uint64)
            with np.errstate(over="ignore"):
                raw = mix32_vector(self.seed + steps * np.uint64(GAMMA))
            if bound & m == 0:
                values = raw & m
                accepted = np.ones(chunk, dtype=bool)
            else:
                u = raw >> 1  # r >>> 1 on the 32-bit int
                values = u % bound
                accepted = (u + m - values) < 2 ** 31  # no int overflow: not rejected
            index = np.flatnonzero(accepted)[:count]
            out.append(values[index])
            self.position += int(index[-1]) + 1
            count -= len(index)
        return np.concatenate(out)


def type7_median(sorted_values):
    n = len(sorted_values)
    h = (n - 1) * 0.5
    low = int(math.floor(h))
    if low >= n - 1:
        return sorted_values[n - 1]
    return sorted_values[low] + (h - low) * (sorted_values[low + 1] - sorted_values[low])


def resampled_median(sorted_values, indices):
    counts = np.bincount(indices, minlength=len(sorted_values))
    # Bootstrap reads the type-7 median off multiplicities over the sorted rows.
    expanded = np.repeat(sorted_values, counts)
    return type7_median(expanded)


def bootstrap_replicates(samples, seed, resamples, block=128):
    """Bootstrap.medianReplicates (one sample) or ratioReplicates (numerator, denominator)."""
    seeds = root_longs(seed, (resamples + block - 1) // block)
    sorted_samples = [np.sort(np.asarray(s, float)) for s in samples]
    out = np.empty(resamples)
    for b, block_seed in enumerate(seeds):
        stream = BlockStream(block_seed)
        for r in range(b * block, min(resamples, (b + 1) * block)):
            medians = [resampled_median(s, stream.ints(len(s), len(s))) for s in sorted_samples]
            out[r] = medians[0] if len(medians) == 1 else medians[0] / medians[1]
    return out


def median_stat(x, axis=-1):
    return np.median(x, axis=axis)


def ratio_stat(x, y, axis=-1):
    return np.median(x, axis=axis) / np.median(y, axis=axis)


def bca(samples, replicates, confidence=0.95):
    """SciPy's _bca_interval on the given replicates. When every jackknife value is equal (heavily
    tied pay: the delete-one median never moves) SciPy's acceleration is 0/0 = NaN; devpay defines
    a = 0 there, so the interval is then recomputed from SciPy's formula with a = 0."""
    statistic = median_stat if len(samples) == 1 else ratio_stat
    alpha = (1 - confidence) / 2
    data = tuple(np.asarray(s, float) for s in samples)
    with np.errstate(invalid="ignore"):
        low_p, high_p, a = _bca_interval(data, statistic, -1, alpha, replicates, batch=200)
    estimate = float(statistic(*samples))
    share = (np.sum(replicates < estimate) + np.sum(replicates <= estimate)) / (2 * len(replicates))
    z0 = float(special.ndtri(share))
    scipy_nan = bool(np.isnan(a))
    if scipy_nan:
        a = 0.0
        z = special.ndtri(alpha)
        low_p = special.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z)))
        high_p = special.ndtr(z0 + (z0 - z) / (1 - a * (z0 - z)))
    return {
        "estimate": estimate,
        "resamples": len(replicates),
        "seed": SEED,
        "replicate_sum": float(np.sum(replicates)),
        "first_replicates": [float(v) for v in replicates[:5]],
        "bias_correction": z0,
        "acceleration": float(a),
        "scipy_acceleration_was_nan": scipy_nan,
        "lower_probability": float(low_p),
        "upper_probability": float(high_p),
        "lower": float(np.percentile(replicates, low_p * 100)),
        "upper": float(np.percentile(replicates, high_p * 100)),
        "percentile_lower": float(np.percentile(replicates, 2.5)),
        "percentile_upper": float(np.percentile(replicates, 97.5)),
    }


def mann_whitney(x, y):
    result = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic",
                                use_continuity=True)
    return {"n1": len(x), "n2": len(y), "u": float(result.statistic), "p": float(result.pvalue)}


def hodges_lehmann(x, y, confidence=0.95):
    m, n = len(x), len(y)
    pairs = m * n
    sigma = math.sqrt(m * n * (m + n + 1) / 12.0)
    z = stats.norm.ppf((1 - confidence) / 2)
    k = max(1, min(math.ceil(pairs / 2 + z * sigma + 0.5) - 1, (pairs + 1) // 2))
    d = np.subtract.outer(np.asarray(x, float), np.asarray(y, float)).ravel()
    wanted = sorted({k - 1, pairs - k, (pairs - 1) // 2, pairs // 2})
    d.partition(wanted)
    if pairs % 2 == 1:
        estimate = d[pairs // 2]
    else:
        low, high = d[pairs // 2 - 1], d[pairs // 2]
        estimate = low + 0.5 * (high - low)
    out = {"m": m, "n": n, "lower_order": k, "upper_order": pairs + 1 - k,
           "estimate": float(estimate), "lower": float(d[k - 1]), "upper": float(d[pairs - k])}
    del d
    return out


def main():
    golden = {"versions": {"statsmodels": statsmodels.__version__, "scipy": scipy.__version__,
                           "pandas": pd.__version__, "numpy": np.__version__}}
    L = levels()
    golden["levels_rows"] = {"all": len(L), **L.role.value_counts().to_dict()}

    # OLS with fixed effects: role (reference front-end), years, year and place (most frequent).
    fit, robust = ols(L, ["years"], [("role", "front-end"), ("year", most_frequent(L.year)),
                                     ("place", most_frequent(L.place))])
    fit["references"] = {"year": most_frequent(L.year), "place": most_frequent(L.place)}
    cov = robust.cov_params()
    a, b = "role=back-end", "role=full-stack"
    diff = robust.params[a] - robust.params[b]
    se = math.sqrt(cov.loc[a, a] + cov.loc[b, b] - 2 * cov.loc[a, b])
    crit = stats.t.ppf(0.975, robust.df_resid)
    fit["contrast_back_end_minus_full_stack"] = {"estimate": float(diff), "lower": float(diff - crit * se),
                                                 "upper": float(diff + crit * se)}
    golden["ols_levels"] = fit

    # Benjamini-Hochberg over the family of place coefficients' p-values.
    places = [name for name in fit["coefficients"] if name.startswith("place=")]
    raw = np.array([fit["coefficients"][name]["p"] for name in places])
    golden["benjamini_hochberg"] = {"names": places, "p": raw.tolist(),
                                    "adjusted": multipletests(raw, method="fdr_bh")[1].tolist()}

    # Oaxaca-Blinder, back-end (first) vs front-end: years, year and place (top 10 of these rows).
    O = L[L.role.isin(["back-end", "front-end"])].copy().reset_index(drop=True)
    counts = O.location.value_counts()
    top = {name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]}
    O["place10"] = O.location.map(lambda s: s if s in top else "Other")
    for f in ["year", "place10"]:
        for level in O[f].unique():
            assert set(O[O[f] == level].role) == {"back-end", "front-end"}, (f, level)
    X = design(O, ["years"], [("year", most_frequent(O.year)), ("place10", most_frequent(O.place10))])
    X.insert(2, "group", (O.role == "front-end").to_numpy(float))  # 0 = back-end sorts first
    model = OaxacaBlinder(O.log_pay.to_numpy(), X, "group", hasconst=True, swap=False)
    np.random.seed(SEED)
    result = model.two_fold(std=True, two_fold_type="pooled", n=500, conf=1.0)
    unexplained, explained, gap = result.params
    # Explained part by term from the pooled coefficients.
    Xn = X.drop(columns=["group"])
    pooled = sm.OLS(O.log_pay.to_numpy(), X).fit().params.drop("group")
    difference = Xn[O.role == "back-end"].mean() - Xn[O.role == "front-end"].mean()
    by_term = {}
    for name in Xn.columns[1:]:
        term = name.split("=")[0]
        by_term[term] = by_term.get(term, 0.0) + float(difference[name] * pooled[name])
    golden["oaxaca_levels"] = {
        "rows": {"back-end": int((O.role == "back-end").sum()), "front-end": int((O.role == "front-end").sum())},
        "gap": float(gap), "explained": float(explained), "unexplained": float(unexplained),
        "explained_by_term": by_term,
        "bootstrap_sd_unexplained": float(result.std[0]), "bootstrap_sd_explained": float(result.std[1]),
        "bootstrap_resamples": 500,
    }

    # BCa from the replicates Bootstrap draws (seed 20250119, 2,000 resamples).
    backend = L[L.role == "back-end"].pay.to_numpy()
    frontend = L[L.role == "front-end"].pay.to_numpy()
    fullstack = L[L.role == "full-stack"].pay.to_numpy()
    E19 = eu(2019)
    eu_back = E19[E19.role == "back-end"].pay.to_numpy()
    eu_front = E19[E19.role == "front-end"].pay.to_numpy()
    golden["bca_levels_ratio"] = bca([backend, frontend],
                                     bootstrap_replicates([backend, frontend], SEED, RESAMPLES))
    golden["bca_eu2019_ratio"] = bca([eu_back, eu_front],
                                     bootstrap_replicates([eu_back, eu_front], SEED, RESAMPLES))
    E20 = eu(2020)
    eu20_back = E20[E20.role == "back-end"].pay.to_numpy()
    eu20_front = E20[E20.role == "front-end"].pay.to_numpy()
    # An odd-sized group whose delete-one medians are asymmetric: a non-zero acceleration.
    golden["bca_eu2020_ratio"] = bca([eu20_back, eu20_front],
                                     bootstrap_replicates([eu20_back, eu20_front], SEED, RESAMPLES))
    golden["bca_eu2019_median"] = bca([eu_back], bootstrap_replicates([eu_back], SEED, RESAMPLES))

    # Rank tests on log pay.
    lb, lf, ls = (L[L.role == r].log_pay.to_numpy() for r in ["back-end", "front-end", "full-stack"])
    eb, ef = (E19[E19.role == r].log_pay.to_numpy() for r in ["back-end", "front-end"])
    golden["mann_whitney"] = {"levels_back_vs_front": mann_whitney(lb, lf),
                              "levels_back_vs_full": mann_whitney(lb, ls),
                              "eu2019_back_vs_front": mann_whitney(eb, ef)}
    golden["hodges_lehmann"] = {"eu2019_back_vs_front": hodges_lehmann(eb, ef),
                                "levels_back_vs_front": hodges_lehmann(lb, lf),
                                "levels_back_vs_full": hodges_lehmann(lb, ls)}

    # DerSimonian-Laird over per-dataset log premiums (OLS on a back-end dummy, HC1 errors).
    studies = {}
    for name, frame in [("levels", L[L.role != "full-stack"]), ("eu2019", E19), ("eu2020", eu(2020))]:
        f, r = ols(frame.reset_index(drop=True), [], [("role", "front-end")])
        studies[name] = {"n": f["n"], "effect": f["coefficients"]["role=back-end"]["estimate"],
                         "se": f["coefficients"]["role=back-end"]["hc1"]}
    effects = np.array([s["effect"] for s in studies.values()])
    variances = np.array([s["se"] ** 2 for s in studies.values()])
    pooled_re = combine_effects(effects, variances, method_re="dl")
    ci = pooled_re.conf_int(alpha=0.05, use_t=False)[1]
    golden["dersimonian_laird"] = {
        "studies": studies, "estimate": float(pooled_re.mean_effect_re),
        "se": float(pooled_re.sd_eff_w_re), "lower": float(ci[0]), "upper": float(ci[1]),
        "tau2": float(pooled_re.tau2), "q": float(pooled_re.q), "i2": float(pooled_re.i2),
        "fixed": float(pooled_re.mean_effect_fe), "fixed_se": float(pooled_re.sd_eff_w_fe),
        "q_p": float(stats.chi2.sf(pooled_re.q, len(effects) - 1)),
    }

    with open(os.path.join(HERE, "golden.json"), "w") as out:
        json.dump(golden, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
