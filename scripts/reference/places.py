"""Derives the compact place tables behind org.devpay.core.geo.Places.

places.csv: one row per GeoNames city kept, with its alternate spellings and, for US cities, the
Census CBSA (metro or micro area) through the county: GeoNames admin2 is the county FIPS code, and
Census List 1 maps (state FIPS, county FIPS) to a CBSA; a city GeoNames gives no county (New York
City spans five) is matched by name as a principal city of Census List 2.

Which cities are kept (so the shipped file stays well under 2 MB):
  - every US city of cities15000 (needed for metro resolution of US rows),
  - every other city with population >= 100,000,
  - every city whose name or alternate spelling equals (text_key) a city named in the real datasets
    (levels.fyi `location`, IT Salary Survey EU `City`/`Город`, Glassdoor India `Location`, DOU's
    `Город`/`Місто`/`city`), with all
    its homonyms, so ambiguity is resolved at run time by country and population, not here.
Which alternate spellings are kept: for cities with population >= 500,000 or named in the datasets,
the Latin-script alternates that start with a capital letter (GeoNames' lower-case alternates are
machine romanisations of other scripts), 3 to 40 characters long and not all-capital codes of up to
4 letters (airport codes such as "MUC"); for Ukraine, Russia and Belarus also Cyrillic spellings
("Київ", "Киев"). Plus the reviewed MANUAL_ALIASES below.

Metro: for US cities the CBSA title, except the CBSAs of Combined Statistical Area 488 "San
Jose-San Francisco-Oakland, CA" (San Francisco-Oakland-Fremont, San Jose-Sunnyvale-Santa Clara,
Santa Rosa-Petaluma, Vallejo, Napa, Santa Cruz-Watsonville, Stockton, Modesto, Merced), which the
Census itself combines into one labour market: those are "San Francisco Bay Area". Outside the US
the metro is the canonical city name (no official cross-country metro delineation is available).

regions.csv: GeoNames admin-1 codes and names (US states by postal code; "Kerala", "Bayern"), so a
location that names only a state resolves to its country.

Usage: python3 scripts/reference/places.py [DATA_DIR]
"""

import csv
import io
import re
import unicodedata
import zipfile
from collections import defaultdict

from derived_resource import RESOURCES, csv_cell, data_dir, header_lines, write_lines
from text_key import text_key

POPULATION_KEPT = 100_000
POPULATION_WITH_ALIASES = 500_000
BAY_AREA_CSA = "488"
BAY_AREA = "San Francisco Bay Area"

# Reviewed spellings GeoNames lacks. (alias, geonameid, why)
MANUAL_ALIASES = [
    ("Frankfurt", "2925533", "Frankfurt am Main is 'Frankfurt' in every survey"),
    ("Saint-Petersburg", "498817", "EU survey spelling"),
    ("Nuremberg", "2861650", "English name of Nürnberg"),
    ("Cracovia", "3094802", "EU 2020 spelling of Kraków"),
    ("Luttich", "2792413", "German name of Liège (Lüttich)"),
    ("Dusseldurf", "2934246", "EU 2020 misspelling of Düsseldorf"),
]


# DOU waves that ask for a city (Russian or Ukrainian names of Ukraine's cities; 2025 asks none).
DOU_CITY_COLUMNS = [
    ("2015_dec_raw.csv", "Город"),
    ("2016_dec_raw.csv", "Город"),
    ("2017_dec_raw.csv", "Город"),
    ("2018_dec_raw.csv", "Город"),
    ("2019_dec_raw.csv", "Місто"),
    ("2020_june_mini.csv", "Город"),
    ("2022_june_dev.csv", "city"),
]


def is_latin(text):
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return all(c.isascii() for c in stripped)


def is_cyrillic(text):
    return all(("\u0400" <= c <= "\u04ff") or not c.isalpha() for c in text)


def keep_alias(alias, country):
    if not 3 <= len(alias) <= 40 or "," in alias or "|" in alias or '"' in alias:
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    if is_latin(alias):
        return alias[0].isupper()
    return country in ("UA", "RU", "BY") and is_cyrillic(alias)


def dataset_city_keys(base):
    """text_key of every city named in the real datasets (first comma part of a location)."""
    keys = set()
    sources = []
    levels = base / "levels-fyi-stem-salaries" / "Levels_Fyi_Salary_Data.csv"
    with open(levels, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            keys.add(text_key(row["location"].split(",")[0]))
    sources.append(levels)
    eu = base / "it-salary-survey-eu"
    for name, column in [
        ("salary-report_2017.csv", "Город"),
        ("IT Salary Survey EU 2018.csv", "City"),
        ("IT Salary Survey EU 2019.csv", "City"),
        ("IT Salary Survey EU  2020.csv", "City"),
    ]:
        with open(eu / name, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for part in (row[column] or "").split(","):
                    keys.add(text_key(part))
        sources.append(eu / name)
    glassdoor = base / "glassdoor-india-salaries" / "Salary_Dataset_with_Extra_Features.csv"
    with open(glassdoor, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            keys.add(text_key(row["Location"]))
    sources.append(glassdoor)
    dou = base / "dou-ua-salaries"
    for name, column in DOU_CITY_COLUMNS:
        # utf-8-sig: the December 2019 file starts with a byte-order mark.
        with open(dou / name, newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                keys.add(text_key(row[column] or ""))
        sources.append(dou / name)
    keys.discard("")
    return keys, sources


def us_county_cbsa(list1):
    """(state FIPS, county FIPS) -> (CBSA code, CBSA title, metro name)."""
    counties = {}
    with open(list1, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            title = row["CBSA Title"]
            metro = BAY_AREA if row["CSA Code"] == BAY_AREA_CSA else title
            counties[(row["FIPS State Code"], row["FIPS County Code"])] = (
                row["CBSA Code"],
                title,
                metro,
            )
    return counties


def us_principal_cities(principal):
    """(state FIPS, text_key of principal city name) -> CBSA code, from Census List 2."""
    cities = {}
    with open(principal, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if row["CBSA Code"].strip().isdigit():
                key = (row["FIPS State Code"], text_key(row["Principal City Name"]))
                cities[key] = row["CBSA Code"]
    return cities


def us_state_fips(list1, admin1_rows):
    """US postal state code -> FIPS state code, joined through the state name."""
    fips_by_name = {}
    with open(list1, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            fips_by_name[row["State Name"]] = row["FIPS State Code"]
    return {
        code.split(".")[1]: fips_by_name[name]
        for code, name in admin1_rows
        if code.startswith("US.") and name in fips_by_name
    }


def main():
    base = data_dir()
    cities_zip = base / "reference" / "world-cities" / "cities15000.zip"
    admin1 = base / "reference" / "world-cities" / "geonames-admin1-regionInfo.tsv"
    list1 = base / "reference" / "us-metro-cbsa" / "list1_2023.csv"
    principal = base / "reference" / "us-metro-cbsa" / "principal.csv"

    admin1_rows = []
    with open(admin1, newline="", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and not row[0].startswith("#"):
                admin1_rows.append((row[0], row[1]))

    wanted, dataset_sources = dataset_city_keys(base)
    counties = us_county_cbsa(list1)
    metro_by_cbsa = {code: metro for code, _, metro in counties.values()}
    principal_cities = us_principal_cities(principal)
    state_fips = us_state_fips(list1, admin1_rows)
    manual = defaultdict(list)
    for alias, geonameid, _ in MANUAL_ALIASES:
        manual[geonameid].append(alias)

    with zipfile.ZipFile(cities_zip) as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    rows = []
    unmatched_counties = 0
    for line in text.splitlines():
        cells = line.split("\t")
        geonameid, name, ascii_name, alternates = cells[0], cells[1], cells[2], cells[3]
        country, admin1_code, admin2_code = cells[8], cells[10], cells[11]
        population = int(cells[14] or 0)
        all_names = [name, ascii_name] + [a for a in alternates.split(",") if a]
        named_in_data = any(text_key(n) in wanted for n in all_names)
        if not (country == "US" or population >= POPULATION_KEPT or named_in_data):
            continue
        aliases = [ascii_name] if ascii_name != name else []
        if named_in_data or population >= POPULATION_WITH_ALIASES:
            aliases += [a for a in alternates.split(",") if a and keep_alias(a, country)]
        aliases += manual.get(geonameid, [])
        seen = {text_key(name)}
        distinct = []
        for alias in aliases:
            key = text_key(alias)
            if key and key not in seen:
                seen.add(key)
                distinct.append(alias)
        cbsa_code, metro = "", name
        if country == "US":
            fips = state_fips.get(admin1_code, "")
            county = counties.get((fips, admin2_code))
            # A city spanning several counties (New York City) has no admin2 in GeoNames: fall
            # back to Census List 2, which names it as a principal city of its CBSA.
            principal_cbsa = next(
                (
                    principal_cities[(fips, text_key(n))]
                    for n in (name, ascii_name, re.sub(r" City$", "", name))
                    if (fips, text_key(n)) in principal_cities
                ),
                None,
            )
            if county:
                cbsa_code, _, metro = county
            elif principal_cbsa:
                cbsa_code, metro = principal_cbsa, metro_by_cbsa[principal_cbsa]
            else:
                metro = ""  # outside every CBSA (rural county) or no county in GeoNames
                unmatched_counties += 1
        rows.append(
            (geonameid, name, country, admin1_code, population, cbsa_code, metro, "|".join(distinct))
        )
    rows.sort(key=lambda row: (row[2], row[1], row[0]))
    print(f"kept {len(rows)} cities; US cities outside any CBSA: {unmatched_counties}")

    lines = header_lines(
        "places.py",
        [cities_zip, admin1, list1, principal] + dataset_sources,
        [
            "Cities of GeoNames cities15000: all US ones, others with population >= 100,000, and",
            "  every homonym of a city named in the real datasets (the dataset files above).",
            "aliases: '|'-separated alternate spellings (Latin-script, capitalised, 3-40 chars, no",
            "  airport codes; Cyrillic for UA/RU/BY) kept for cities >= 500,000 or named in the",
            "  datasets, plus reviewed manual aliases listed in the script.",
            "cbsa/metro (US): county (GeoNames admin2 FIPS) -> Census 2023 List 1 CBSA; metro is the",
            "  CBSA title, or 'San Francisco Bay Area' for the CBSAs of CSA 488 (San Jose-San",
            "  Francisco-Oakland). A city without a county in GeoNames (New York City) is matched",
            "  as a List 2 principal city. Empty when in no CBSA. Outside the US metro = name.",
        ],
    )
    lines.append("geonameid,name,country,admin1,population,cbsa,metro,aliases")
    lines.extend(",".join(csv_cell(v) for v in row) for row in rows)
    write_lines(RESOURCES / "geo" / "places.csv", lines)

    region_lines = header_lines(
        "places.py",
        [admin1],
        [
            "GeoNames admin-1 regions: country, code (US: postal state code), name.",
            "Used to read 'San Jose, CA' (state code) and locations that name only a region.",
        ],
    )
    region_lines.append("country,code,name")
    for code, name in sorted(admin1_rows):
        country, _, region = code.partition(".")
        region_lines.append(f"{country},{csv_cell(region)},{csv_cell(name)}")
    write_lines(RESOURCES / "geo" / "regions.csv", region_lines)


if __name__ == "__main__":
    main()
