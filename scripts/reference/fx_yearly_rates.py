"""Derives yearly average exchange rates, US dollars per unit of each currency, 2010-2025.

ECB currencies: for every ECB business day with both rates, the cross rate
USD-per-EUR / X-per-EUR; the yearly figure is the plain mean of those daily cross rates (the ECB's
own convention for annual averages is the mean of daily rates). EUR itself is the mean of
USD-per-EUR. A currency-year is kept only when the currency has a rate on at least 75 % of that
year's ECB business days, so that a currency suspended early in a year (RUB in March 2022) does not
get an annual figure from two months.

UAH (never an ECB reference currency): NBP Table A, daily cross rate (PLN per UAH) / (PLN per USD),
yearly mean over NBP tables. NBP archives exist for 2016-2025 only, so UAH has no figure before 2016.

Usage: python3 scripts/reference/fx_yearly_rates.py [DATA_DIR]
"""

import csv
import io
from collections import defaultdict

from derived_resource import RESOURCES, data_dir, header_lines, write_lines

FIRST_YEAR = 2010
LAST_YEAR = 2025
MINIMUM_COVERAGE = 0.75


def ecb_rates(path):
    """(currency, year) -> list of daily USD-per-unit cross rates; year -> business days."""
    daily = defaultdict(list)
    business_days = defaultdict(int)
    with open(path, newline="", encoding="ascii") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        currencies = [c for c in header[1:] if c]
        for row in reader:
            year = int(row[0][:4])
            if not FIRST_YEAR <= year <= LAST_YEAR:
                continue
            business_days[year] += 1
            values = dict(zip(currencies, row[1:]))
            if values["USD"] == "N/A":
                continue
            usd_per_eur = float(values["USD"])
            daily[("EUR", year)].append(usd_per_eur)
            for currency in currencies:
                if currency == "USD" or values[currency] in ("N/A", ""):
                    continue
                daily[(currency, year)].append(usd_per_eur / float(values[currency]))
    return daily, business_days


def nbp_uah_rates(paths):
    """year -> list of daily USD-per-UAH cross rates from NBP Table A."""
    daily = defaultdict(list)
    for path in paths:
        with open(path, encoding="cp1250", newline="") as handle:
            rows = list(csv.reader(io.StringIO(handle.read()), delimiter=";"))
        header = rows[0]
        uah = header.index("1UAH")
        usd = header.index("1USD")
        for row in rows:
            if len(row) > 0 and len(row[0]) == 8 and row[0].isdigit():
                pln_per_uah = float(row[uah].replace(",", "."))
                pln_per_usd = float(row[usd].replace(",", "."))
                daily[int(row[0][:4])].append(pln_per_uah / pln_per_usd)
    return daily


def main():
    base = data_dir()
    ecb = base / "reference" / "exchange-rates-ecb" / "eurofxref-hist.csv"
    nbp = sorted((base / "reference" / "exchange-rates-nbp").glob("archiwum_tab_a_*.csv"))
    daily, business_days = ecb_rates(ecb)
    rows = []
    for (currency, year), values in daily.items():
        if len(values) >= MINIMUM_COVERAGE * business_days[year]:
            rows.append((currency, year, sum(values) / len(values), len(values), "ECB"))
    for year, values in nbp_uah_rates(nbp).items():
        if FIRST_YEAR <= year <= LAST_YEAR:
            rows.append(("UAH", year, sum(values) / len(values), len(values), "NBP"))
    rows.sort(key=lambda row: (row[0], row[1]))
    lines = header_lines(
        "fx_yearly_rates.py",
        [ecb] + nbp,
        [
            f"Years {FIRST_YEAR}-{LAST_YEAR}. usd_per_unit = US dollars per one unit of the currency.",
            "ECB: mean over the year's ECB business days of the daily cross rate USD-per-EUR / X-per-EUR;",
            "  EUR = mean of USD-per-EUR; a currency-year needs rates on >= 75% of the year's ECB days.",
            "NBP (UAH only): mean over the year's Table A days of (PLN per UAH) / (PLN per USD).",
            "days = number of daily rates averaged. USD itself is 1 by definition and not listed.",
        ],
    )
    lines.append("currency,year,usd_per_unit,days,source")
    lines.extend(f"{c},{y},{repr(rate)},{days},{source}" for c, y, rate, days, source in rows)
    write_lines(RESOURCES / "fx" / "usd-per-unit-yearly.csv", lines)


if __name__ == "__main__":
    main()
