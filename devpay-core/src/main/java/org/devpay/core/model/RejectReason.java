package org.devpay.core.model;

/**
 * Why a row was not accepted. Every rejected row is counted under exactly one reason, so that for
 * each file rows read = rows accepted + rows rejected.
 */
public enum RejectReason {
  /** The pay field is empty or "NA". */
  MISSING_AMOUNT("no pay amount"),
  /** The pay field holds text that is not a number or a recognised range. */
  UNPARSEABLE_AMOUNT("pay amount is not a number"),
  /** The pay amount is zero or negative. */
  NON_POSITIVE_AMOUNT("pay amount is zero or negative"),
  /** The row has fewer fields than the header: a cut-off file. */
  TRUNCATED_ROW("row has fewer fields than the header"),
  /** The row cannot be read as a record of this format (too many fields, broken quoting). */
  MALFORMED_ROW("row does not match the format"),
  /** No exchange rate is known for the currency and year. */
  NO_EXCHANGE_RATE("no exchange rate for currency and year"),
  /** The currency is missing or not an ISO 4217 code the project knows. */
  UNKNOWN_CURRENCY("currency missing or unknown"),
  /** The row's date or year cannot be read. */
  UNPARSEABLE_DATE("date or year is not readable"),
  /** A field other than pay makes the row unusable (stated in the detail). */
  INVALID_FIELD("a required field is invalid"),
  /**
   * The edition already holds this respondent (same respondent key) or this very row (same content,
   * every column as published): counting it again would count one person twice.
   */
  DUPLICATE_ROW("the same respondent or row is already stored for this edition");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  /** A short plain-language description for reports. */
  public String description() {
    return description;
  }
}
