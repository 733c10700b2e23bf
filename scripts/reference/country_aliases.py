"""Derives the country alias table: every spelling devpay resolves to an ISO 3166-1 alpha-2 code.

Names come from three reference files (codes, ISO short names, UN/CLDR/GeoNames names) plus a short
reviewed list of survey spellings that none of them has (Stack Overflow 2016/2017 abbreviations
such as "Korea South" or "Antigua & Deps"). A spelling whose matching key (text_key.py) would point
at two different countries is dropped and reported, so the table never guesses.

Usage: python3 scripts/reference/country_aliases.py [DATA_DIR]
"""

import csv
import re
from collections import defaultdict

from derived_resource import RESOURCES, csv_cell, data_dir, header_lines, write_lines
from text_key import text_key

# Survey spellings no reference file has. (alias, alpha-2, why)
SURVEY_ALIASES = [
    ("USA", "US", "alpha-3 is also listed; kept explicit as the commonest survey spelling"),
    ("United States", "US", "GeoNames short name; explicit for clarity"),
    ("UK", "GB", "common abbreviation; 'GB' is the ISO code"),
    ("Great Britain", "GB", "common name"),
    ("England", "GB", "constituent country, used as a country in surveys"),
    ("Scotland", "GB", "constituent country"),
    ("Wales", "GB", "constituent country"),
    ("Northern Ireland", "GB", "constituent country"),
    ("Czech Republic", "CZ", "pre-2016 short name; not in the current lists"),
    ("Hong Kong (S.A.R.)", "HK", "Stack Overflow 2018+ spelling"),
    ("The former Yugoslav Republic of Macedonia", "MK", "Stack Overflow 2018+ spelling"),
    ("Congo, Republic of the...", "CG", "Stack Overflow 2018+ spelling"),
    ("Macedonia", "MK", "pre-2019 short name"),
    ("Libyan Arab Jamahiriya", "LY", "pre-2011 ISO name"),
    ("Antigua & Deps", "AG", "Stack Overflow 2016"),
    ("Bosnia Herzegovina", "BA", "Stack Overflow 2016"),
    ("Bosnia-Herzegovina", "BA", "Stack Overflow 2017"),
    ("Burkina", "BF", "Stack Overflow 2016"),
    ("Central African Rep", "CF", "Stack Overflow 2016"),
    ("East Timor", "TL", "common name of Timor-Leste"),
    ("Ireland {Republic}", "IE", "Stack Overflow 2016"),
    ("Ivory Coast", "CI", "English name of Cote d'Ivoire"),
    ("Ivory Coast (Cote D'Ivoire)", "CI", "Stack Overflow 2017"),
    ("Korea North", "KP", "Stack Overflow 2016"),
    ("North Korea", "KP", "common name"),
    ("Korea South", "KR", "Stack Overflow 2016"),
    ("South Korea", "KR", "common name"),
    ("Korea", "KR", "in pay surveys 'Korea' is the Republic of Korea"),
    ("Myanmar, {Burma}", "MM", "Stack Overflow 2016"),
    ("Burma", "MM", "former name"),
    ("Sao Tome & Principe", "ST", "Stack Overflow 2016"),
    ("St Kitts & Nevis", "KN", "Stack Overflow 2016"),
    ("Trinidad & Tobago", "TT", "Stack Overflow 2016"),
    ("Vatican City", "VA", "common name of the Holy See"),
    ("Vatican City State", "VA", "Stack Overflow 2017"),
    ("Azerbaidjan", "AZ", "Stack Overflow 2017 transliteration"),
    ("Moldavia", "MD", "Stack Overflow 2017, former name"),
    ("Tadjikistan", "TJ", "Stack Overflow 2017 transliteration"),
    ("Zaire", "CD", "former name of DR Congo, Stack Overflow 2017"),
    ("Slovak Republic", "SK", "formal short name"),
    ("S. Georgia & S. Sandwich Isls.", "GS", "Stack Overflow 2017"),
    ("Virgin Islands (USA)", "VI", "Stack Overflow 2017"),
    ("Swaziland", "SZ", "pre-2018 name of Eswatini"),
    ("Cape Verde", "CV", "pre-2013 name of Cabo Verde"),
    ("Turkey", "TR", "pre-2022 name of Turkiye"),
    ("Russia", "RU", "common name"),
    ("Iran", "IR", "common name"),
    ("Syria", "SY", "common name"),
    ("Laos", "LA", "common name"),
    ("Vietnam", "VN", "common name"),
    ("Taiwan", "TW", "common name"),
    ("Palestine", "PS", "common name"),
    ("Brunei", "BN", "common name"),
    ("Holland", "NL", "common name"),
    ("UAE", "AE", "common abbreviation"),
    ("Kosovo", "XK", "user-assigned code XK, as GeoNames and the World Bank use"),
]

# Survey answers that are deliberately not countries (documented, never resolved).
NOT_COUNTRIES = ["Other (please specify)", "I prefer not to say", "Nomadic", "Other"]


def main():
    base = data_dir() / "reference" / "countries"
    codes = base / "country-codes.csv"
    iso = base / "iso3166-all.csv"
    geonames = base / "geonames-countryInfo.tsv"
    candidates = []  # (alias, alpha2, source); earlier sources win on an exact duplicate

    for alias, alpha2, _ in SURVEY_ALIASES:
        candidates.append((alias, alpha2, "survey"))
    with open(iso, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            candidates += [
                (row["alpha-2"], row["alpha-2"], "iso-alpha2"),
                (row["alpha-3"], row["alpha-2"], "iso-alpha3"),
                (row["name"], row["alpha-2"], "iso-name"),
            ]
    with open(codes, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            alpha2 = row["ISO3166-1-Alpha-2"]
            if not alpha2:
                continue
            for column in ["official_name_en", "CLDR display name", "UNTERM English Short",
                           "UNTERM English Formal"]:
                name = re.sub(r"\s*\(the\)\s*$", "", row[column]).strip()
                if name:
                    candidates.append((name, alpha2, "datahub-" + column.split()[0].lower()))
    with open(geonames, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            candidates += [
                (row["#ISO"], row["#ISO"], "geonames-alpha2"),
                (row["ISO3"], row["#ISO"], "geonames-alpha3"),
                (row["Country"], row["#ISO"], "geonames-name"),
            ]

    targets = defaultdict(set)
    for alias, alpha2, _ in candidates:
        targets[text_key(alias)].add(alpha2)
    ambiguous = {key for key, codes_for_key in targets.items() if len(codes_for_key) > 1}
    for key in sorted(ambiguous):
        print(f"dropped ambiguous key '{key}': {sorted(targets[key])}")

    seen = set()
    rows = []
    for alias, alpha2, source in candidates:
        key = text_key(alias)
        if not key or key in ambiguous or key in seen:
            continue
        seen.add(key)
        rows.append((alias, alpha2, source))
    rows.sort(key=lambda row: (row[1], text_key(row[0])))

    lines = header_lines(
        "country_aliases.py",
        [codes, iso, geonames],
        [
            "alias -> ISO 3166-1 alpha-2. Aliases: alpha-2 and alpha-3 codes, ISO short names (lukes),",
            "  official/CLDR/UNTERM English names (datahub, '(the)' suffix removed), GeoNames names,",
            "  and the reviewed survey spellings listed in the script (source 'survey').",
            "Matching is on text_key (scripts/reference/text_key.py = geo.TextKey): accents dropped,",
            "  case folded, punctuation to spaces; one row per key; keys naming two countries dropped.",
            "Not countries, never resolved: " + "; ".join(NOT_COUNTRIES) + ".",
        ],
    )
    lines.append("alias,alpha2,source")
    for alias, alpha2, source in rows:
        lines.append(f"{csv_cell(alias)},{alpha2},{source}")
    write_lines(RESOURCES / "geo" / "country-aliases.csv", lines)


if __name__ == "__main__":
    main()
