package org.devpay.sources.dou;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvSourceAdapter;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.Labels;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads DOU.ua's June 2025 salary survey export (2025_june_raw.csv, Windows-1251), the only source
 * with Ukrainian pay and an explicit back-end / front-end specialisation.
 *
 * <p>Pay is the respondent's net monthly base pay in US dollars ("лише ставка", "чистими - після
 * сплати податків"); bonuses are a separate answer, kept as the attribute {@code
 * monthly_bonus_usd}. The role is the specialisation when the respondent gave one (software
 * engineers only), otherwise the main position; both, and the category, are kept as attributes.
 */
public final class DouJune2025Adapter extends CsvSourceAdapter {
  static final String DATASET_ID = "dou-ua";
  static final String FORMAT_ID = "dou-ua/2025-06";
  static final String EDITION = "2025-06";
  static final int YEAR = 2025;
  static final Charset CHARSET = Charset.forName("windows-1251");

  static final String SUBMITTED_AT = "Submitted at";
  static final String EMPLOYMENT = "Ваша основна зайнятість в ІТ зараз...";

  /** Published with a line break after "ставка"; names are compared with whitespace collapsed. */
  static final String SALARY =
      "ЗАРПЛАТА / СУМАРНИЙ ДОХІД в IT у $$$ за місяць, лише ставка ЧИСТИМИ - після сплати податків";

  static final String BONUS = "Всі бонуси (на місяць)";
  static final String TITLE = "Тайтл";
  static final String CATEGORY = "Категорія";
  static final String POSITION = "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку";
  static final String INDUSTRY = "У якій сфері проєкт, в якому ви зараз працюєте?";
  static final String SPECIALIZATION = "Вкажіть вашу основну спеціалізацію";
  static final String USES_LANGUAGES =
      "Чи використовуєте ви у своїй роботі мови програмування (одну чи декілька)?";
  static final String MAIN_LANGUAGE = "Основна мова програмування";
  static final String COMPANY_TYPE = "Основний напрям роботи компанії, в якій працюєте";
  static final String COMPANY_SIZE = "Кількість спеціалістів у вашій компанії в Україні";
  static final String EXPERIENCE = "Загальний стаж роботи за нинішньою ІТ-спеціальністю";
  static final String ENGLISH = "Знання англійської мови";
  static final String RESIDENCE = "Де ви зараз живете?";
  static final String FIELD_OF_STUDY = "За яким напрямом ви навчалися / навчаєтеся у виші?";
  static final String AGE = "Ваш вік";

  /** The residence answer meaning "in Ukraine"; the other answer says "abroad", not where. */
  static final String IN_UKRAINE = "В Україні";

  public DouJune2025Adapter() {
    super(DATASET_ID, FORMAT_ID);
  }

  /**
   * Recognises the June 2025 questionnaire by its salary, bonus, title, specialisation, position
   * and residence questions; DOU rewords its questions between waves.
   */
  @Override
  protected HeaderMatch matchColumns(CsvHeader header) {
    return header.requiring(
        formatId(),
        java.util.List.of(
            SALARY, BONUS, TITLE, CATEGORY, POSITION, SPECIALIZATION, EXPERIENCE, RESIDENCE));
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    Columns columns = new Columns(header);
    return row -> record(row, columns);
  }

  private static RawRecord record(CsvRow row, Columns columns) throws RowRejectedException {
    double salary = Amounts.positiveAmount("salary", row.field(columns.salary));
    String specialization = row.text(columns.specialization);
    String position = row.text(columns.position);
    String residence = row.text(columns.residence);
    String mainLanguage = row.text(columns.mainLanguage);

    Attributes attributes = new Attributes();
    attributes.put("submitted_at", row.text(columns.submittedAt));
    attributes.put("monthly_bonus_usd", row.text(columns.bonus));
    attributes.put("category", row.text(columns.category));
    attributes.put("position", position);
    attributes.put("specialization", specialization);
    attributes.put("uses_programming_languages", row.text(columns.usesLanguages));
    attributes.put("company_type", row.text(columns.companyType));
    attributes.put("company_size_ua", row.text(columns.companySize));
    attributes.put("english_level", row.text(columns.english));
    attributes.put("residence", residence);
    attributes.put("field_of_study", row.text(columns.fieldOfStudy));
    attributes.put("age", row.text(columns.age));

    return RawRecord.builder(DATASET_ID, EDITION, YEAR, row.rowNumber())
        .roleLabel(specialization.isEmpty() ? position : specialization)
        .seniorityLabel(row.text(columns.title))
        .experienceText(row.text(columns.experience))
        .employmentLabel(row.text(columns.employment))
        // Respondents abroad are only asked whether they live abroad, not in which country.
        .countryText(residence.equals(IN_UKRAINE) ? "UA" : "")
        .industryLabels(ProjectIndustries.split(row.field(columns.industry)))
        // Published as one label even when it names a platform ("C# / .NET"); the normalizer
        // decides what a label means.
        .skillLabels(Labels.single(mainLanguage))
        .pay(
            new PublishedPay(
                salary, "USD", PayPeriod.MONTH, TaxBasis.NET, PayScope.BASE, Optional.empty()))
        .attributes(attributes.toMap())
        .build();
  }

  /** Column indexes, looked up by name once per file. */
  private static final class Columns {
    final int submittedAt;
    final int employment;
    final int salary;
    final int bonus;
    final int title;
    final int category;
    final int position;
    final int industry;
    final int specialization;
    final int usesLanguages;
    final int mainLanguage;
    final int companyType;
    final int companySize;
    final int experience;
    final int english;
    final int residence;
    final int fieldOfStudy;
    final int age;

    Columns(CsvHeader header) throws IOException {
      submittedAt = header.require(SUBMITTED_AT);
      employment = header.require(EMPLOYMENT);
      salary = header.require(SALARY);
      bonus = header.require(BONUS);
      title = header.require(TITLE);
      category = header.require(CATEGORY);
      position = header.require(POSITION);
      industry = header.require(INDUSTRY);
      specialization = header.require(SPECIALIZATION);
      usesLanguages = header.require(USES_LANGUAGES);
      mainLanguage = header.require(MAIN_LANGUAGE);
      companyType = header.require(COMPANY_TYPE);
      companySize = header.require(COMPANY_SIZE);
      experience = header.require(EXPERIENCE);
      english = header.require(ENGLISH);
      residence = header.require(RESIDENCE);
      fieldOfStudy = header.require(FIELD_OF_STUDY);
      age = header.require(AGE);
    }
  }
}
