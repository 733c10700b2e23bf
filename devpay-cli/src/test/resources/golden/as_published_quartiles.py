#!/usr/bin/env python3
"""Golden values for AsPublishedQuartilesTest: "as published" n, P25, median and P75 per dataset
edition and role family, computed with pandas straight from the raw files in ../shared/data,
independently of the Java adapters, normalizer and statistics.

Row filter per edition (stated in the output too):
  * pay: the edition's pay field present, numeric and > 0 (the rows with pay);
  * population (devpay's default, `--population professional`): of the rows with pay, remove
    (1) rows that say they are not developers by profession: Stack Overflow 2017 `Professional`
    answered and not "Professional developer" (no other edition here asks), then (2) rows whose
    employment status, classified by the rules of devpay-core's employment.csv, is known and not
    full_time (no match or 'unknown' is kept; datasets without an employment field keep every
    row). Employment field per edition: DOU 2025 "Ваша основна зайнятість в ІТ зараз..." (the
    earlier DOU waves do not ask), Glassdoor "Employment Status", EU 2020 "Employment status", SO
    2015 "Employment Status", SO 2016 employment_status, SO 2017 EmploymentStatus; levels.fyi, EU
    2017-2019 and SO 2011-2014 have none;
  * role family: the rules of devpay-core's roles.csv (the reviewed taxonomy; the rule-table
    semantics are re-implemented in devpay_rules.py beside this script: first matching rule of the
    dataset's scope or '*', exact = stripped lower-case equality, regex = re.search
    case-insensitive; no match -> 'other'; a blank label -> 'unknown'),
    applied to the edition's role field (DOU 2015-2020: the job title; DOU's June 2022 extract
    records no role: every row 'unknown'). Nothing else is removed (no screen).
Stack Overflow 2011 to 2016 published pay in bins ($20k bins until 2015, $10k in 2016). "As
published" amounts are the bin midpoints: the published salary_midpoint (2016) and "Compensation:
midpoint" (2015); 2011-2014 publish none, so the midpoint rule: the middle of a bounded bin, half the
upper bound of the bottom bin, the open top bin's lower bound + 10,000 (the rule of the 2015-2016
published midpoints). Their files are read from the so-survey-2011-2015 folder (zip members read
with zipfile; 2011-2014's columns are the question cells whose second header row says "Response",
2015's names are its second header row). The output also has interval-aware quartiles per role for
these editions: the bins parsed from the bin labels, then grouped-data interpolation
Q(p) = L + (p*N - C) / f * (U - L) in the bin where the cumulative count reaches p*N (a quantile in
the open top bin, "More than $200,000" or ">$140,000", is its lower bound, flagged).
Amounts are annual pay in the published currency (DOU's monthly pay x 12). Quantiles are pandas'
default (linear interpolation = Hyndman-Fan type 7). Glassdoor rows are frequency-weighted by
"Salaries Reported", DOU's June 2022 extract by "freq": each row is repeated that many times
before taking quantiles (n counts rows).

Usage: /usr/bin/python3 as_published_quartiles.py [DATA_DIR] > as_published_quartiles.json
Tested with Debian's python3-pandas 1.5.3. DATA_DIR defaults to ../shared/data beside the repo.
"""
import io
import json
import re
import sys
import zipfile
from collections import Counter

import pandas as pd

from devpay_rules import data_dir, employment, full_time_or_unknown, numeric_positive, read, role_family


def population(dataset, frame):
    """Developers by profession (where asked) whose employment is full time or unknown."""
    with_pay = frame[frame["amount"].notna()]
    professional = with_pay["professional"] if "professional" in with_pay else pd.Series(True, index=with_pay.index)
    after_profession = with_pay[professional]
    if "employment" in after_profession:
        statuses = after_profession["employment"].map(lambda label: employment(dataset, label))
        kept = after_profession[full_time_or_unknown(statuses)]
    else:
        kept = after_profession
    counts = {
        "rows_with_pay": int(len(with_pay)),
        "removed_not_developer_by_profession": int(len(with_pay) - len(after_profession)),
        "removed_not_full_time": int(len(after_profession) - len(kept)),
    }
    return kept, counts


def eu_amount(value):
    """The IT Salary Survey EU rule (see devpay-sources eu/expected_counts.py): plain integers,
    thousands grouped by '.', ',' or ' ', decimals; else not usable."""
    text = value.strip()
    if text == "" or text.upper() == "NA":
        return None
    if re.fullmatch(r"[0-9]+", text):
        number = text
    elif m := re.fullmatch(r"[0-9]{1,3}([., ])[0-9]{3}(?:\1[0-9]{3})*", text):
        number = text.replace(m.group(1), "")
    elif m := re.fullmatch(r"([0-9]+)[.,]([0-9]+)", text):
        number = m.group(1) + "." + m.group(2)
    elif (m := re.fullmatch(r"([0-9]{1,3}([., ])[0-9]{3}(?:\2[0-9]{3})*)([.,])([0-9]+)", text)) and m.group(2) != m.group(3):
        number = m.group(1).replace(m.group(2), "") + "." + m.group(4)
    else:
        return None
    amount = float(number)
    return amount if amount > 0 else None


def summarise(dataset, edition, frame, role_field, pay_field, note, weights=None):
    frame = frame.assign(family=frame["label"].map(lambda label: role_family(dataset, label)))
    frame, counts = population(dataset, frame)
    roles = {}
    for name, group in sorted(frame.groupby("family")):
        amounts = group["amount"]
        if weights is not None:
            amounts = amounts.repeat(group[weights].astype(int))
        q = amounts.quantile([0.25, 0.5, 0.75])
        roles[name] = {
            "n": int(len(group)),
            "p25": float(q[0.25]),
            "median": float(q[0.5]),
            "p75": float(q[0.75]),
        }
    return {
        "dataset": dataset,
        "edition": edition,
        "row_filter": f"family by roles.csv on '{role_field}'; '{pay_field}' numeric and > 0; {note}; population: developers by profession (where asked), employment full time or unknown",
        "population": counts,
        "rows": int(len(frame)),
        "roles": roles,
    }


BIN = re.compile(r"\$([0-9,]+) - \$([0-9,]+)")


def salary_bin(label):
    """A Stack Overflow 2011-2016 pay bin label as (lower, upper or None), or None."""
    text = label.strip()
    dollars = lambda s: float(s.replace(",", ""))
    if m := BIN.fullmatch(text):
        return (dollars(m.group(1)), dollars(m.group(2)))
    if m := re.fullmatch(r"(?:Less than |<)\$([0-9,]+)", text):
        return (0.0, dollars(m.group(1)))
    if m := re.fullmatch(r"(?:More than |>)\$([0-9,]+)", text):
        return (dollars(m.group(1)), None)
    return None


def bin_midpoint(label):
    """The midpoint rule for a bin without a published midpoint; NaN for an answer that is no bin."""
    bounds = salary_bin(label)
    if bounds is None:
        return float("nan")
    lower, upper = bounds
    return lower + 10_000 if upper is None else (lower + upper) / 2


def so_early(data, file, member, encoding, layout, pay, role, employment=None, midpoint=None):
    """A Stack Overflow 2011-2015 file as a frame of label, amount, range (and employment)."""
    path = data / "so-survey-2011-2015" / file
    raw = zipfile.ZipFile(path).read(member) if member else path.read_bytes()
    rows = pd.read_csv(io.BytesIO(raw), header=None, dtype=str, keep_default_na=False, encoding=encoding)
    if layout == "question":
        first, second = rows.iloc[0], rows.iloc[1]
        def column(question):
            hits = [i for i in rows.columns if first[i].strip() == question and second[i].strip() == "Response"]
            assert len(hits) == 1, (question, hits)
            return hits[0]
        columns = {"label": column(role), "range": column(pay)}
    else:
        names = list(rows.iloc[1])
        columns = {"label": names.index(role), "range": names.index(pay)}
        if employment:
            columns["employment"] = names.index(employment)
        if midpoint:
            columns["midpoint"] = names.index(midpoint)
    data_rows = rows.iloc[2:]
    frame = pd.DataFrame({key: data_rows[i].str.strip() for key, i in columns.items()})
    if midpoint:
        amount = numeric_positive(frame["midpoint"]).where(frame["range"].map(salary_bin).notna())
    else:
        amount = frame["range"].map(bin_midpoint)
    return frame.assign(amount=amount)


def grouped_quantile(bins, p):
    """Q(p) = L + (p*N - C) / f * (U - L); in the open top bin: (L, True)."""
    counts = sorted(Counter(bins).items(), key=lambda item: item[0][0])
    target = p * sum(f for _, f in counts)
    below = 0
    for i, ((lower, upper), f) in enumerate(counts):
        if below + f >= target or i == len(counts) - 1:
            if upper is None:
                return lower, True
            share = min(1.0, max(0.0, (target - below) / f))
            return lower + share * (upper - lower), False
        below += f


def interval_aware(dataset, frame):
    frame = frame.assign(family=frame["label"].map(lambda label: role_family(dataset, label)))
    frame, _ = population(dataset, frame)
    frame = frame.assign(bin=frame["range"].map(salary_bin))
    out = {}
    for name, group in sorted(frame.groupby("family")):
        bins = list(group["bin"])
        cell = {"n": len(bins)}
        for key, p in (("p25", 0.25), ("median", 0.5), ("p75", 0.75)):
            value, lower_bound = grouped_quantile(bins, p)
            cell[key] = value
            cell[key + "_is_lower_bound"] = lower_bound
        out[name] = cell
    return out


# file, edition, pay column, role (job title) column or None, weight column or None
DOU_WAVES = [
    ("2015_dec_raw.csv", "2015-12", "Зарплата в месяц", "Должность", None),
    ("2016_dec_raw.csv", "2016-12", "Зарплата в месяц", "Должность", None),
    ("2017_dec_raw.csv", "2017-12", "Зарплата в месяц", "Должность", None),
    ("2018_dec_raw.csv", "2018-12", "Зарплата в месяц", "Должность", None),
    ("2019_dec_raw.csv", "2019-12", "Зарплата за місяць, net, після податків", "Оберіть вашу посаду", None),
    ("2020_june_mini.csv", "2020-06", "Зарплата.в.месяц", "Должность", None),
    ("2022_june_dev.csv", "2022-06", "salary", None, "freq"),
]


def main():
    data = data_dir()
    out = []

    # DOU's earlier waves, one edition each (the file name gives the wave): the job title is the
    # role label (roles.csv says which titles name a family), the 2022 extract has none and weights
    # its rows by freq; none of them asks the employment status.
    for name, edition, pay, title, weights in DOU_WAVES:
        wave = read(data / "dou-ua-salaries" / name, encoding="utf-8-sig")
        label = wave[title] if title else pd.Series("", index=wave.index)
        wave = wave.assign(label=label, amount=numeric_positive(wave[pay]) * 12)
        out.append(summarise("dou-ua", edition, wave, title or "(none: role not recorded)", pay,
                             "net monthly USD, amount = monthly x 12"
                             + (f"; rows weighted by {weights}" if weights else ""), weights=weights))

    dou = read(data / "dou-ua-salaries/2025_june_raw.csv", encoding="cp1251")
    spec = dou["Вкажіть вашу основну спеціалізацію"]
    position = dou["Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку"]
    dou = dou.assign(label=spec.where(spec.str.strip() != "", position), amount=numeric_positive(dou[dou.columns[2]]) * 12,
                     employment=dou["Ваша основна зайнятість в ІТ зараз..."])
    out.append(summarise("dou-ua", "2025-06", dou, "specialisation, else position", "net monthly USD", "amount = monthly x 12"))

    glassdoor = read(data / "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv")
    glassdoor = glassdoor.assign(label=glassdoor["Job Roles"], amount=numeric_positive(glassdoor["Salary"]),
                                 employment=glassdoor["Employment Status"])
    out.append(summarise("glassdoor-india", "2022", glassdoor, "Job Roles", "Salary", "rows weighted by Salaries Reported", weights="Salaries Reported"))

    levels = read(data / "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv")
    levels = levels.assign(label=levels["tag"].where(levels["tag"] != "NA", ""), amount=numeric_positive(levels["totalyearlycompensation"]))
    out.append(summarise("levels-fyi", "2017-2021", levels, "tag", "totalyearlycompensation", "all years 2017-2021"))

    eu_files = {
        "2017": ("salary-report_2017.csv", "Текущая ЗП", "Position"),
        "2018": ("IT Salary Survey EU 2018.csv", "Current Salary", "Position"),
        "2019": ("IT Salary Survey EU 2019.csv", "Yearly brutto salary (without bonus and stocks)", "Position (without seniority)"),
        "2020": ("IT Salary Survey EU  2020.csv", "Yearly brutto salary (without bonus and stocks) in EUR", "Position"),
    }
    for year, (name, pay, role) in eu_files.items():
        eu = read(data / "it-salary-survey-eu" / name, encoding="utf-8")
        eu.columns = [c.strip() for c in eu.columns]
        eu = eu.assign(label=eu[role], amount=eu[pay].map(eu_amount).astype(float))
        if "Employment status" in eu:
            eu = eu.assign(employment=eu["Employment status"])
        out.append(summarise("it-salary-survey-eu", year, eu, role, pay, "EUR gross yearly"))

    occupation = "Which of the following best describes your occupation?"
    compensation = "Including bonus, what is your annual compensation in USD?"
    early = {
        "2011": ("stack-overflow-developer-survey-2011.zip", "2011 Stack Overflow Survey Results.csv", "latin-1", "question"),
        "2012": ("2012 Stack Overflow Survey Results.csv", None, "mac_roman", "question"),
        "2014": ("developer_survey_2014.zip", "developer_survey_2014/2014 Stack Overflow Survey Responses.csv", "utf-8", "question"),
    }
    for year, (file, member, encoding, layout) in early.items():
        frame = so_early(data, file, member, encoding, layout, compensation, occupation)
        summary = summarise(f"so-survey-{year}", year, frame, occupation, compensation,
                            "bin midpoints in USD by the midpoint rule (no published midpoints)")
        summary["interval_aware"] = interval_aware(f"so-survey-{year}", frame)
        out.append(summary)
    so15 = so_early(data, "developer_survey_2015.zip",
                    "developer_survey_2015/2015 Stack Overflow Developer Survey Responses.csv", "utf-8",
                    "group", "Compensation", "Occupation", employment="Employment Status",
                    midpoint="Compensation: midpoint")
    summary15 = summarise("so-survey-2015", "2015", so15, "Occupation", "Compensation: midpoint",
                          "published bin midpoints in USD")
    summary15["interval_aware"] = interval_aware("so-survey-2015", so15)
    out.append(summary15)

    so16 = read(data / "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz")
    so16 = so16.assign(label=so16["occupation"], amount=numeric_positive(so16["salary_midpoint"]),
                       employment=so16["employment_status"], range=so16["salary_range"])
    summary16 = summarise("so-survey-2016", "2016", so16, "occupation", "salary_midpoint", "bin midpoints in USD")
    summary16["interval_aware"] = interval_aware("so-survey-2016", so16)
    out.append(summary16)

    # The copy ends in a row cut off after 32 of 154 fields; the python engine keeps it with empty
    # trailing fields (its Salary is empty, so it is not a usable amount either way).
    so17 = read(data / "so-survey-2017-partial/survey_results_public.csv", engine="python")
    web = so17["WebDeveloperType"].where(so17["WebDeveloperType"] != "NA", "")
    first = so17["DeveloperType"].where(so17["DeveloperType"] != "NA", "").str.split(";").str[0].str.strip()
    professional = so17["Professional"].where(so17["Professional"] != "NA", "").str.strip()
    so17 = so17.assign(label=web.where(web.str.strip() != "", first), amount=numeric_positive(so17["Salary"]),
                       employment=so17["EmploymentStatus"].where(so17["EmploymentStatus"] != "NA", ""),
                       professional=(professional == "") | (professional == "Professional developer"))
    out.append(summarise("so-survey-2017", "2017", so17, "WebDeveloperType, else first DeveloperType", "Salary", "USD"))

    json.dump({"generated_by": "as_published_quartiles.py", "pandas": pd.__version__, "editions": out}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
