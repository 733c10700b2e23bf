package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.core.geo.Countries;
import org.devpay.core.model.Employment;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer labels of the Stack Overflow surveys 2018 to 2025 (no complete file of those years is
 * at hand), as the official schemas and published results list them (StackExchange/Survey,
 * packages/archive/YEAR/json/*.json, and the 2025 questionnaire's DevType and MainBranch), through
 * the reviewed taxonomies and the country table. The real-row samples of 2018 and 2022 to 2025
 * (../shared/fixtures/so-survey-samples) are read in devpay-sources' StackOverflowRealRowsTest,
 * whose role families per label equal an independent pandas reading of roles.csv.
 */
class StackOverflowLabelsTest {
  private final RoleTaxonomy roles = RoleTaxonomy.fromResources();
  private final EmploymentTaxonomy employment = EmploymentTaxonomy.fromResources();
  private final IndustryTaxonomy industries = IndustryTaxonomy.fromResources();
  private final Countries countries = Countries.fromResources();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2018|Back-end developer|BACKEND",
        "2018|Front-end developer|FRONTEND",
        "2018|Full-stack developer|FULLSTACK",
        "2018|C-suite executive (CEO, CTO, etc.)|MANAGEMENT",
        "2018|QA or test developer|QA",
        "2018|Desktop or enterprise applications developer|OTHER",
        "2018|Educator or academic researcher|OTHER",
        "2019|Developer, back-end|BACKEND",
        "2019|Developer, front-end|FRONTEND",
        "2019|Developer, full-stack|FULLSTACK",
        "2019|Developer, back-end; Developer, front-end|FULLSTACK",
        "2019|Engineer, data|DATA_ENGINEERING",
        "2019|Engineer, site reliability|DEVOPS_SRE",
        "2019|Data scientist or machine learning specialist|DATA_SCIENCE_ML",
        "2019|Senior executive/VP|MANAGEMENT",
        "2020|Developer, embedded applications or devices|EMBEDDED",
        "2021|Developer, mobile|MOBILE",
        "2022|Cloud infrastructure engineer|DEVOPS_SRE",
        "2022|Security professional|SECURITY",
        "2022|Blockchain|OTHER",
        "2023|Senior Executive (C-Suite, VP, etc.)|MANAGEMENT",
        "2023|Developer, game or graphics|OTHER",
        "2023|Database administrator|OTHER",
        "2023|Data or business analyst|OTHER",
        "2024|Developer, AI|DATA_SCIENCE_ML",
        "2024|Engineer, data|DATA_ENGINEERING",
        "2024|Data engineer|DATA_ENGINEERING",
        "2025|Data engineer|DATA_ENGINEERING",
        "2025|AI/ML engineer|DATA_SCIENCE_ML",
        "2025|DevOps engineer or professional|DEVOPS_SRE",
        "2025|Cybersecurity or InfoSec professional|SECURITY",
        "2025|Architect, software or solutions|OTHER",
        "2025|Founder, technology or otherwise|MANAGEMENT",
        "2025|Student|OTHER",
      })
  void mapsDeveloperTypes(int year, String label, RoleFamily expected) {
    assertThat(roles.classify(DatasetIds.stackOverflow(year), label)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2018|Employed full-time|FULL_TIME",
        "2018|Independent contractor, freelancer, or self-employed|CONTRACTOR",
        "2019|Student|OTHER",
        "2020|Employed part-time|PART_TIME",
        "2021|Student, full-time|OTHER",
        "2021|Student, part-time|OTHER",
        "2022|Employed, full-time|FULL_TIME",
        "2022|Employed, part-time|PART_TIME",
        "2023|Not employed, but looking for work|NOT_EMPLOYED",
        "2024|I prefer not to say|UNKNOWN",
        "2024|Retired|NOT_EMPLOYED",
        "2025|Employed|FULL_TIME",
        "2025|Not employed|NOT_EMPLOYED",
        "2025|Student|OTHER",
      })
  void mapsEmploymentStatuses(int year, String label, Employment expected) {
    assertThat(employment.classify(DatasetIds.stackOverflow(year), label)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023|Information Services, IT, Software Development, or other Technology|software_products",
        "2023|Financial Services|banking",
        "2023|Manufacturing, Transportation, or Supply Chain|manufacturing",
        "2023|Retail and Consumer Services|ecommerce_retail",
        "2023|Higher Education|science_research",
        "2023|Oil & Gas|energy",
        "2023|Legal Services|legal",
        "2023|Wholesale|ecommerce_retail",
        "2023|Advertising Services|adtech_marketing",
        "2024|Software Development|software_products",
        "2024|Fintech|fintech",
        "2024|Internet, Telecomm or Information Services|internet_web",
        "2024|Banking/Financial Services|banking",
        "2024|Media & Advertising Services|media_entertainment",
        "2024|Transportation, or Supply Chain|logistics",
        "2024|Computer Systems Design and Services|consulting_outsourcing",
        "2025|Government|government_public",
        "2025|Energy|energy",
        "2025|Healthcare|healthcare",
        "2025|Other:|other",
      })
  void mapsIndustriesToOneIdEach(int year, String label, String id) {
    assertThat(industries.classifyAll(DatasetIds.stackOverflow(year), java.util.List.of(label)))
        .containsExactly(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "United States of America|US",
        "United Kingdom of Great Britain and Northern Ireland|GB",
        "Russian Federation|RU",
        "Iran, Islamic Republic of...|IR",
        "Republic of Korea|KR",
        "Viet Nam|VN",
        "Hong Kong (S.A.R.)|HK",
        "Venezuela, Bolivarian Republic of...|VE",
        "The former Yugoslav Republic of Macedonia|MK",
        "Democratic Republic of the Congo|CD",
        "Congo, Republic of the...|CG",
        "Libyan Arab Jamahiriya|LY",
        "Syrian Arab Republic|SY",
        "United Republic of Tanzania|TZ",
        "Republic of Moldova|MD",
        "Lao People's Democratic Republic|LA",
        "Côte d'Ivoire|CI",
        "Micronesia, Federated States of...|FM",
        "Bolivia|BO",
        "Turkey|TR",
        "Brunei Darussalam|BN",
        "Isle of Man|IM",
        "Kosovo|XK",
        "Palestine|PS",
        "Taiwan|TW",
        "Germany|DE",
        "India|IN",
      })
  void resolvesStackOverflowCountryNames(String name, String alpha2) {
    assertThat(countries.resolve(name)).as(name).contains(alpha2);
  }
}
