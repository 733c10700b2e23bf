#!/usr/bin/env python3
"""Golden values of the random-effects pooling's Hartung-Knapp-Sidik-Jonkman (HKSJ) interval and
prediction interval, computed by R's metafor 3.8.1 (not by devpay's formulas):

    fit <- rma(yi, sei = sei, method = "DL", test = "knha")   # HKSJ: t on k - 1 df
    p   <- predict(fit)                                        # pi.lb, pi.ub
    wald <- rma(yi, sei = sei, method = "DL")                  # DerSimonian-Laird, normal

Study sets: "real3" are the three real back-end over front-end log premiums of golden.json
(levels.fyi, IT Salary Survey EU 2019 and 2020, written by make_golden.py from the raw files); the
others are small sets chosen to reach the edge cases: two studies (t on 1 df), homogeneous studies
(tau^2 = 0, where HKSJ is narrower than the Wald interval), strong heterogeneity, and twelve
studies (the decision switches to the Wald interval at ten). Writes metafor.json beside this
script.

Usage: /usr/bin/python3 metafor_golden.py   (needs Rscript with metafor on the PATH)
"""
import csv
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

R_CODE = r"""
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
out <- NULL
for (s in unique(d$set)) {
  x <- d[d$set == s, ]
  hk <- rma(x$yi, sei = x$sei, method = "DL", test = "knha")
  p <- predict(hk)
  wald <- rma(x$yi, sei = x$sei, method = "DL")
  out <- rbind(out, data.frame(set = s, k = hk$k, estimate = hk$b[1], tau2 = hk$tau2,
    wald_se = wald$se, wald_lower = wald$ci.lb, wald_upper = wald$ci.ub, wald_p = wald$pval,
    hk_se = hk$se, hk_lower = hk$ci.lb, hk_upper = hk$ci.ub, hk_p = hk$pval,
    pi_lower = p$pi.lb, pi_upper = p$pi.ub, i2 = hk$I2 / 100, q = hk$QE))
}
write.csv(out, args[2], row.names = FALSE)
cat(paste("metafor", packageVersion("metafor")), "\n")
"""

SYNTHETIC = {
    "two": ([0.10, 0.25], [0.03, 0.05]),
    "homogeneous": ([0.10, 0.12, 0.11, 0.105], [0.05, 0.06, 0.04, 0.05]),
    "heterogeneous": ([1.67, 1.06, 0.48, 0.20], [0.08, 0.05, 0.04, 0.06]),
    "twelve": (
        [0.02, 0.11, 0.07, 0.15, -0.03, 0.09, 0.12, 0.05, 0.22, 0.08, 0.01, 0.10],
        [0.04, 0.03, 0.05, 0.06, 0.05, 0.02, 0.04, 0.03, 0.08, 0.02, 0.05, 0.03],
    ),
}


def main():
    with open(os.path.join(HERE, "golden.json"), encoding="utf-8") as handle:
        golden = json.load(handle)
    studies = golden["dersimonian_laird"]["studies"]
    sets = {
        "real3": (
            [studies[n]["effect"] for n in ("levels", "eu2019", "eu2020")],
            [studies[n]["se"] for n in ("levels", "eu2019", "eu2020")],
        )
    }
    sets.update(SYNTHETIC)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "studies.csv")
        target = os.path.join(tmp, "metafor.csv")
        script = os.path.join(tmp, "metafor.R")
        with open(script, "w", encoding="utf-8") as handle:
            handle.write(R_CODE)
        with open(source, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["set", "yi", "sei"])
            for name, (yi, sei) in sets.items():
                for y, s in zip(yi, sei):
                    writer.writerow([name, repr(y), repr(s)])
        version = subprocess.run(
            ["Rscript", script, source, target], check=True, capture_output=True, text=True
        ).stdout.strip()
        with open(target, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    out = {"source": version + " rma(method='DL', test='knha') and predict()", "sets": {}}
    for row in rows:
        name = row.pop("set")
        out["sets"][name] = {
            "yi": sets[name][0],
            "sei": sets[name][1],
            **{key: float(value) for key, value in row.items()},
        }
    with open(os.path.join(HERE, "metafor.json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
