# Independent pooling of every claim effect's per-edition estimates with R's metafor (3.8.1 here),
# for ClaimsCommandTest: the per-edition log estimates and standard errors come from
# `devpay claims --format json` (per_edition[].log_estimate, per_edition[].standard_error), so this
# script pools whatever editions the store holds, today's or future ones.
#
#   Rscript claims_metafor.R IN.csv OUT.csv
#
# IN.csv: effect,yi,sei (one row per edition); OUT.csv: one row per effect with two or more
# editions: rma(yi, sei = sei, method = "DL") for the DerSimonian-Laird estimate and its normal
# interval, rma(..., test = "knha") for the Hartung-Knapp-Sidik-Jonkman interval, and predict() of
# the latter for the 95% prediction interval.
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
out <- NULL
for (e in unique(d$effect)) {
  x <- d[d$effect == e, ]
  if (nrow(x) < 2) next
  wald <- rma(x$yi, sei = x$sei, method = "DL")
  hk <- rma(x$yi, sei = x$sei, method = "DL", test = "knha")
  p <- predict(hk)
  out <- rbind(out, data.frame(effect = e, k = hk$k, estimate = hk$b[1], tau2 = hk$tau2,
    wald_lower = wald$ci.lb, wald_upper = wald$ci.ub, hk_lower = hk$ci.lb, hk_upper = hk$ci.ub,
    pi_lower = p$pi.lb, pi_upper = p$pi.ub))
}
write.csv(out, args[2], row.names = FALSE)
