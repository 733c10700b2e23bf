#!/usr/bin/env python3
"""Derives devpay-core's yearly consumer price table (prices/consumer-prices-yearly.csv), which
turns nominal pay trends into real ones (pay at 2020 prices) for the sources that span years.

USD: the mean of the twelve monthly US CPI-U values of each year (BLS CUUR0000SA0; the means equal
BLS's published annual averages, see reference/cpi-us-bls/SOURCE.md), rebased to 2020 = 100.
EUR: Germany's consumer price inflation (World Bank FP.CPI.TOTL.ZG, annual %), chained from 2010
and rebased to 2020 = 100: the IT Salary Survey EU is Germany-centred, so German prices deflate
its EUR pay. UAH: Ukraine's consumer price inflation from the same World Bank series, chained the
same way: DOU's respondents are paid in USD but live at Ukrainian prices
(prices/local-price-levels.csv). Other currencies are not deflated (trends then say "nominal").

Usage: /usr/bin/python3 scripts/reference/consumer_prices.py [DATA_DIR]
"""
import csv

from derived_resource import RESOURCES, data_dir, header_lines, write_lines

FIRST, LAST, BASE = 2010, 2025, 2020


def us_cpi(path):
    sums, counts = {}, {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            year = int(row["Date"][:4])
            if FIRST <= year <= LAST:
                sums[year] = sums.get(year, 0.0) + float(row["Index"])
                counts[year] = counts.get(year, 0) + 1
    # A year needs all twelve months (2025 lacks October 2025, which BLS never published).
    return {year: sums[year] / 12 for year in sums if counts[year] == 12}


def chained_cpi(path, country):
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    series = next(r for r in rows if len(r) > 1 and r[1] == country)
    index, level = {}, 100.0
    index[FIRST] = level
    for year in range(FIRST + 1, LAST + 1):
        cell = series[header.index(str(year))] if str(year) in header else ""
        if cell == "":
            break
        level *= 1 + float(cell) / 100
        index[year] = level
    return index


def main():
    base = data_dir()
    us_path = base / "reference/cpi-us-bls/cpiai.csv"
    wb_path = base / "reference/inflation-worldbank/FP.CPI.TOTL.ZG.csv"
    lines = header_lines(
        "consumer_prices.py",
        [us_path, wb_path],
        [
            f"Years {FIRST}-{LAST} where the source covers them; index = 100 in {BASE}.",
            "USD: mean of the 12 monthly CPI-U values (BLS CUUR0000SA0), a year needs all 12 months.",
            "EUR: Germany (DEU) annual consumer price inflation, World Bank FP.CPI.TOTL.ZG, chained.",
            "UAH: Ukraine (UKR) annual consumer price inflation, World Bank FP.CPI.TOTL.ZG, chained.",
            "real pay at 2020 prices = nominal pay x 100 / index(year).",
        ],
    )
    lines.append("currency,year,index_2020,source")
    for currency, table, source in (
        ("EUR", chained_cpi(wb_path, "DEU"), "World Bank FP.CPI.TOTL.ZG Germany (chained)"),
        ("UAH", chained_cpi(wb_path, "UKR"), "World Bank FP.CPI.TOTL.ZG Ukraine (chained)"),
        ("USD", us_cpi(us_path), "BLS CPI-U CUUR0000SA0 annual mean"),
    ):
        for year in sorted(table):
            lines.append(f"{currency},{year},{table[year] * 100 / table[BASE]:.4f},{source}")
    write_lines(RESOURCES / "prices" / "consumer-prices-yearly.csv", lines)


if __name__ == "__main__":
    main()
