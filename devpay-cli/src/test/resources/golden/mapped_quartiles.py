#!/usr/bin/env python3
"""Golden values for the tests of mapped files: "as published" n, P25, median and P75 per role
family of a table read through a devpay mapping file, computed with pandas from the raw file and
the mapping, independently of devpay's Java reader, normalizer and statistics.

The mapping's rules (docs/mapping.md), re-implemented here:
  * the mapping is read with every scalar as text (YAML's BaseLoader), as devpay reads it;
  * a mapped column is the header equal to the mapping's (whitespace collapsed), else the one whose
    lower-cased header, with runs of whitespace, dots and underscores made one space, is equal;
  * pay: blank or "NA" is no amount; else a number as people type it (a currency sign or code
    dropped, spaces and apostrophes between digits dropped, the later of ',' and '.' the decimal
    mark when both occur, a single one followed by three digits after 1-3 digits a grouping mark,
    otherwise the decimal mark); rows with no amount, an unreadable one or one <= 0 are not used;
  * annual pay = pay x 1, 12, 52 or 2,080 for period year, month, week or hour;
  * role family: a blank role is 'unknown'; a label listed under roles: (compared stripped, lower
    case, whitespace collapsed) gets the family given; any other label goes through roles.csv as
    devpay_rules.py applies it (scope: the mapping's dataset id, so only '*' rules), else 'other';
  * population (devpay's default): when an employment column is mapped, rows whose status is known
    and not full time are removed (devpay_rules.employment); otherwise every row with pay is kept.
Quantiles are pandas' default (type 7).

Usage: /usr/bin/python3 mapped_quartiles.py MAPPING.yaml FILE > expected.json
  mapped_quartiles_eu_2019.json: ../mapping/it-salary-survey-eu-2019.yaml over
  ../shared/data/it-salary-survey-eu/"IT Salary Survey EU 2019.csv"
Tested with Debian's python3-pandas 1.5.3 and python3-yaml 6.0.
"""
import json
import re
import sys

import pandas as pd
import yaml

from devpay_rules import employment, full_time_or_unknown, role_family

FACTORS = {"year": 1, "month": 12, "week": 52, "hour": 2080}


def loose(name):
    return re.sub(r"[\s._]+", " ", " ".join(name.split()).lower()).strip()


def column(frame, header):
    wanted = " ".join(header.split())
    exact = [c for c in frame.columns if " ".join(c.split()) == wanted]
    if len(exact) == 1:
        return exact[0]
    near = [c for c in frame.columns if loose(c) == loose(header)]
    if len(near) == 1:
        return near[0]
    raise SystemExit(f"column {header!r} not found once in {list(frame.columns)}")


def grouped(text, mark):
    return re.fullmatch(r"[+-]?[1-9][0-9]{0,2}(?:" + re.escape(mark) + r"[0-9]{3})+", text) is not None




def hand_typed(value):
    text = value.strip()
    if text == "" or text == "NA":
        return None
    for _ in range(2):
        text = re.sub(r"^(?:[$€£¥₴₹]|[A-Z]{3}|kr\.?|zł|руб\.?|грн\.?|р\.)\s*", "", text).strip()
        text = re.sub(r"\s*(?:[$€£¥₴₹]|[A-Z]{3}|kr\.?|,-|zł|руб\.?|грн\.?|р\.)$", "", text).strip()
    text = re.sub(r"(?<=\d)[\s\u00a0\u202f\u2009']+(?=\d)", "", text)
    comma, point = text.rfind(","), text.rfind(".")
    if comma >= 0 and point >= 0:
        decimal, grouping = (",", ".") if comma > point else (".", ",")
        mark = max(comma, point)
        whole = text[:mark]
        if decimal in whole or not grouped(whole, grouping):
            return None
        text = whole.replace(grouping, "") + "." + text[mark + 1:]
    elif comma >= 0 or point >= 0:
        mark = "," if comma >= 0 else "."
        if text.count(mark) > 1 or grouped(text, mark):
            if not grouped(text, mark):
                return None
            text = text.replace(mark, "")
        else:
            text = text.replace(mark, ".")
    if not re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", text):
        return None
    amount = float(text)
    return amount if amount > 0 else None


def label_key(label):
    return " ".join(label.strip().lower().split())


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        mapping = yaml.load(handle, Loader=yaml.BaseLoader)
    path = sys.argv[2]
    sep = "\t" if path.lower().endswith(".tsv") else ","
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep)
    columns = mapping["columns"]
    dataset = mapping["dataset"]
    pay = frame[column(frame, columns["pay"])].map(hand_typed)
    factor = FACTORS[mapping["period"].lower()]
    roles = {label_key(k): v for k, v in (mapping.get("roles") or {}).items()}
    constants = mapping.get("constants") or {}

    def family(label):
        label = label.strip()
        if label == "NA":
            label = ""
        if label == "":
            return "unknown"
        if label_key(label) in roles:
            return roles[label_key(label)]
        return role_family(dataset, label)

    role_labels = (
        frame[column(frame, columns["role"])] if "role" in columns
        else pd.Series(constants.get("role", ""), index=frame.index)
    )
    table = pd.DataFrame({"annual": pay * factor, "role": role_labels.map(family)})
    with_pay = table[table["annual"].notna()]
    kept = with_pay
    if "employment" in columns:
        statuses = frame.loc[with_pay.index, column(frame, columns["employment"])].map(
            lambda label: employment(dataset, "" if label.strip() == "NA" else label))
        kept = with_pay[full_time_or_unknown(statuses)]
    result = {
        "dataset": dataset,
        "edition": mapping.get("edition", mapping["year"]),
        "rows_with_pay": int(len(with_pay)),
        "removed_not_full_time": int(len(with_pay) - len(kept)),
        "roles": {},
    }
    for role, group in sorted(kept.groupby("role")):
        values = group["annual"]
        result["roles"][role] = {
            "n": int(len(values)),
            "p25": float(values.quantile(0.25)),
            "median": float(values.quantile(0.5)),
            "p75": float(values.quantile(0.75)),
        }
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
