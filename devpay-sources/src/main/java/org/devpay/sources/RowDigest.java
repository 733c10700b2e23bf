package org.devpay.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
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
    // The same bytes gathered into one array and digested at once, by a digest kept per thread
    // (digest() leaves it reset). Looked up per row and updated three times a field, the digest's
    // code was compiled seven times over in an ingest of the shared data, as each family's rows
    // came; this way that ingest took 11.0-13.0 s against 11.6-13.8 s (six alternating pairs,
    // the same rows stored), and the 1M ingest, whose normalizers wait on the writer, the same.
    RowBytes row = ROWS.get();
    row.length = 0;
    for (String field : fields) {
      byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
      row.append(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      row.append((byte) ':');
      row.append(bytes);
    }
    row.digest.update(row.bytes, 0, row.length);
    if (row.bytes.length > RowBytes.KEPT) {
      // A long-lived thread (the server's, Spark's) does not keep an unusually long row's bytes.
      row.bytes = new byte[RowBytes.INITIAL];
    }
    return Sha256.hex(row.digest);
  }

  private static final ThreadLocal<RowBytes> ROWS = ThreadLocal.withInitial(RowBytes::new);

  /** A thread's digest and the bytes of the row it hashes. */
  private static final class RowBytes {
    static final int INITIAL = 4096;

    /** The most bytes kept between rows. */
    static final int KEPT = 1 << 20;

    final MessageDigest digest = Sha256.newDigest();
    byte[] bytes = new byte[INITIAL];
    int length;

    void append(byte b) {
      room(1);
      bytes[length++] = b;
    }

    void append(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, length, more.length);
      length += more.length;
    }

    private void room(int more) {
      if (more > bytes.length - length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
      }
    }
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
