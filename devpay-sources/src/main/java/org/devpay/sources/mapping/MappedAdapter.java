package org.devpay.sources.mapping;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.data.UserDataset;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.TableHeader;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads a table no built-in format knows, as the user's {@link Mapping} says: the same raw rows any
 * adapter gives, so the mapped table flows through the same normalizer, store and analyses. Pay is
 * read as people type numbers ({@link HandTypedNumber}); a missing, unreadable or non-positive
 * amount, or an unusable weight, rejects the row with its reason. Role labels the mapping lists get
 * the family it gives ({@link RawRecord#statedRole()}); the others go through the role taxonomy.
 */
public final class MappedAdapter implements SourceAdapter {
  /** The marker R and pandas exports write for a missing answer; never a label. */
  private static final String NOT_AVAILABLE = Amounts.NOT_AVAILABLE;

  private final Mapping mapping;

  public MappedAdapter(Mapping mapping) {
    this.mapping = requireNonNull(mapping, "mapping is null");
  }

  /** The mapping this adapter reads by. */
  public Mapping mapping() {
    return mapping;
  }

  @Override
  public String datasetId() {
    return mapping.dataset();
  }

  @Override
  public String formatId() {
    return "mapping/" + mapping.dataset() + "/" + mapping.edition();
  }

  @Override
  public HeaderMatch match(TableHeader header) {
    CsvHeader columns = CsvHeader.of(header);
    List<String> problems = new ArrayList<>();
    Map<MappedField, Integer> found =
        MappedColumns.resolve(columns, mapping, header.fileName(), problems);
    List<String> missing = new ArrayList<>();
    mapping
        .columns()
        .forEach(
            (field, name) -> {
              if (!found.containsKey(field)) {
                missing.add(name);
              }
            });
    return new HeaderMatch(formatId(), mapping.columns().size(), missing, "");
  }

  @Override
  public void read(ReadableTable table, RowSink sink) throws IOException {
    CsvTableReader.read(table, this::bind, sink);
  }

  @Override
  public Optional<UserDataset> userDataset() {
    String roleField =
        mapping.columns().containsKey(MappedField.ROLE)
            ? mapping.columns().get(MappedField.ROLE)
            : mapping.constants().containsKey(MappedField.ROLE)
                ? "the same for every row: " + mapping.constants().get(MappedField.ROLE)
                : "none (no role column)";
    return Optional.of(
        new UserDataset(
            mapping.dataset(),
            mapping.edition(),
            mapping
                .title()
                .orElse(mapping.dataset() + " " + mapping.edition() + " (user-provided)"),
            mapping.publisher().orElse(UserDataset.NOT_STATED),
            mapping.licence().orElse(UserDataset.NOT_STATED),
            mapping.attribution().orElse(UserDataset.NOT_STATED),
            mapping.url().map(Object::toString),
            roleField,
            mapping.columns().get(MappedField.PAY),
            mapping.payDescription(),
            mapping.source(),
            mapping.text()));
  }

  private CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<MappedField, Integer> positions =
        MappedColumns.resolve(header, mapping, header.tableName(), problems);
    if (!problems.isEmpty()) {
      throw new IOException(String.join("; ", problems));
    }
    return new Rows(positions);
  }

  @Override
  public String toString() {
    return formatId();
  }

  /** Maps rows by the column positions found in one table's header. */
  private final class Rows implements CsvTableReader.RowMapper {
    private final Map<MappedField, Integer> positions;
    private final String payHeader;

    Rows(Map<MappedField, Integer> positions) {
      this.positions = Map.copyOf(positions);
      this.payHeader = mapping.columns().get(MappedField.PAY);
    }

    @Override
    public RawRecord map(CsvRow row) throws RowRejectedException {
      double amount =
          Amounts.positiveAmount(
              payHeader, row.field(positions.get(MappedField.PAY)), HandTypedNumber::read);
      RawRecord.Builder record =
          RawRecord.builder(mapping.dataset(), mapping.edition(), mapping.year(), row.rowNumber())
              .pay(
                  new PublishedPay(
                      amount,
                      mapping.currency(),
                      mapping.period(),
                      mapping.basis(),
                      mapping.scope(),
                      Optional.empty()));
      String role = text(row, MappedField.ROLE);
      record.roleLabel(role);
      if (!role.isEmpty()) {
        mapping.roleOf(role).ifPresent(record::statedRole);
      }
      record
          .seniorityLabel(text(row, MappedField.SENIORITY))
          .experienceText(text(row, MappedField.YEARS_EXPERIENCE))
          .employmentLabel(text(row, MappedField.EMPLOYMENT))
          .countryText(text(row, MappedField.COUNTRY))
          .cityText(text(row, MappedField.CITY))
          .industryLabels(values(row, MappedField.INDUSTRY))
          .skillLabels(values(row, MappedField.SKILLS));
      String respondent = text(row, MappedField.RESPONDENT_ID);
      if (!respondent.isEmpty()) {
        record.respondentKey(respondent);
      }
      if (positions.containsKey(MappedField.WEIGHT)) {
        record.weight(weight(row));
      }
      String age = text(row, MappedField.AGE);
      if (!age.isEmpty()) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("age", age);
        record.attributes(attributes);
      }
      return record.build();
    }

    /** A field's text from its column or the mapping's constant; "" when neither gives one. */
    private String text(CsvRow row, MappedField field) {
      Integer position = positions.get(field);
      if (position != null) {
        return row.textOrEmpty(position, NOT_AVAILABLE);
      }
      return mapping.constants().getOrDefault(field, "");
    }

    /**
     * A multi-valued field's values: the cell split by the mapping's separator, if it gives one.
     */
    private List<String> values(CsvRow row, MappedField field) {
      String text = text(row, field);
      if (text.isEmpty()) {
        return List.of();
      }
      String separator = mapping.separators().get(field);
      // A separator for a field that is a constant splits the constant the same way.
      if (separator == null) {
        return List.of(text);
      }
      return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }

    private double weight(CsvRow row) throws RowRejectedException {
      String header = mapping.columns().get(MappedField.WEIGHT);
      String text = row.text(positions.get(MappedField.WEIGHT));
      if (Amounts.isMissing(text)) {
        throw new RowRejectedException(RejectReason.INVALID_FIELD, header + " (weight) is empty");
      }
      java.util.OptionalDouble weight = HandTypedNumber.read(text);
      if (weight.isEmpty()
          || !(weight.getAsDouble() > 0)
          || Double.isInfinite(weight.getAsDouble())) {
        throw new RowRejectedException(
            RejectReason.INVALID_FIELD, Amounts.quote(header, text) + " is not a weight > 0");
      }
      return weight.getAsDouble();
    }
  }
}
