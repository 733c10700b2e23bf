package org.devpay.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.devpay.core.model.AttributeEncoding;
import org.devpay.core.model.RawRecord;

/**
 * The SHA-256 of a row's content, which identifies a row repeated in one edition (the store rejects
 * such a row as a duplicate). Computed the same way wherever rows are normalized, so a row read in
 * one place is recognised in another.
 */
public final class RowDigest {
  private RowDigest() {}

  /**
   * The SHA-256 of a row's fields as read: each field's length, then its UTF-8 bytes, so that no
   * two different rows share a digest by how their fields split.
   */
  public static String of(List<String> fields) {
    MessageDigest digest = Sha256.newDigest();
    for (String field : fields) {
      byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return Sha256.hex(digest);
  }

  /**
   * The digest of a record whose reader did not pass its raw fields: everything the record holds
   * but its row number, its published respondent id included (so distinct respondents never
   * collide).
   */
  public static String of(RawRecord record) {
    return of(
        List.of(
            record.datasetId(),
            record.edition(),
            Integer.toString(record.year()),
            record.publishedKey() ? record.respondentKey() : "",
            record.roleLabel(),
            String.join("\u241E", record.roleLabels()),
            record.seniorityLabel(),
            record.experienceText(),
            record.employmentLabel(),
            record.countryText(),
            record.cityText(),
            String.join("\u241E", record.industryLabels()),
            String.join("\u241E", record.skillLabels()),
            record.pay().toString(),
            record.baseAmount().toString(),
            Double.toString(record.weight()),
            // As the store encodes them, so a row digests as in stores written before the
            // profession and role labels were typed fields.
            AttributeEncoding.encode(
                    record.attributes(),
                    record.profession(),
                    record.multiSelectRoles() ? record.roleLabels() : List.of())
                .toString()));
  }
}
