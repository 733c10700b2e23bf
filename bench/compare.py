#!/usr/bin/python3
"""Checks that devpay's answer and compare JSON and bench/pipeline.py's JSON carry the same numbers
on the same file: per role n and type-7 quartiles (as published and screened), the ratios of
screened medians, and the unadjusted and adjusted back-end over front-end log premiums with their
HC1 standard errors. Bootstrap intervals are not compared (different resampling generators).
Prints one JSON object: {"checked": N, "max_relative_difference": x, "equal": true|false, ...}.
Usage: /usr/bin/python3 bench/compare.py answer.json compare.json pipeline.json
"""
import json
import sys

TOLERANCE = 1e-9


def main():
    answer = json.load(open(sys.argv[1]))["editions"][0]
    comparison = json.load(open(sys.argv[2]))["comparisons"][0]["editions"][0]
    pipeline = json.load(open(sys.argv[3]))
    pairs = []
    for view in ("as_published", "screened"):
        for role in answer[view]["roles"]:
            if role.get("suppressed") or role["role"] not in pipeline[view]:
                continue
            theirs = pipeline[view][role["role"]]
            for key in ("n", "p25", "median", "p75"):
                pairs.append((f"{view}.{role['role']}.{key}", role[key], theirs[key]))
    for ratio in answer["screened"]["ratios"]:
        theirs = pipeline["ratios"][ratio["denominator"]]
        pairs.append((f"ratio.{ratio['denominator']}", ratio["estimate"], theirs["estimate"]))
    for model in ("unadjusted", "adjusted"):
        for key in ("log_premium", "standard_error"):
            pairs.append((f"{model}.{key}", comparison[model][key], pipeline[model][key]))
    worst = 0.0
    differing = []
    for name, ours, theirs in pairs:
        difference = abs(ours - theirs) / max(1.0, abs(theirs))
        worst = max(worst, difference)
        if difference > TOLERANCE:
            differing.append({"figure": name, "devpay": ours, "pipeline": theirs})
    result = {"checked": len(pairs), "max_relative_difference": worst,
              "tolerance": TOLERANCE, "equal": not differing and len(pairs) > 0,
              "differing": differing}
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    sys.exit(0 if result["equal"] else 1)


if __name__ == "__main__":
    main()
