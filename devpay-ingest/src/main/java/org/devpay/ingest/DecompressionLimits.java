package org.devpay.ingest;

/**
 * How far a compressed table may expand before its ingest is refused: a gzip or ZIP entry of a few
 * hundred kilobytes can hold hundreds of megabytes of one repeated row (a decompression bomb). Real
 * survey files expand 3 to 15 times; the default refuses a table that expands more than 100 times
 * (once past {@value #RATIO_CHECK_FROM_BYTES} bytes, so tiny files are never refused) or beyond 2
 * GiB.
 *
 * @param maxTableBytes the most decompressed bytes one table may have
 * @param maxCompressionRatio the most decompressed bytes per byte of its compressed container
 */
public record DecompressionLimits(long maxTableBytes, double maxCompressionRatio) {
  /** Below this many decompressed bytes the ratio is not checked. */
  public static final long RATIO_CHECK_FROM_BYTES = 8L * 1024 * 1024;

  /** 2 GiB per table, at most 100 times the compressed size. */
  public static final DecompressionLimits DEFAULTS =
      new DecompressionLimits(2L * 1024 * 1024 * 1024, 100);

  public DecompressionLimits {
    if (maxTableBytes < 1) {
      throw new IllegalArgumentException("the table size limit must be positive: " + maxTableBytes);
    }
    if (!(maxCompressionRatio >= 1) || Double.isInfinite(maxCompressionRatio)) {
      throw new IllegalArgumentException(
          "the compression ratio limit must be finite and >= 1: " + maxCompressionRatio);
    }
  }

  /**
   * Why {@code decompressed} bytes out of a container of {@code compressed} bytes exceed the
   * limits, or null when they do not.
   */
  String exceeded(long decompressed, long compressed) {
    if (decompressed > maxTableBytes) {
      return "decompresses to more than "
          + maxTableBytes
          + " bytes: refused (raise the table size limit if the file is genuine)";
    }
    if (decompressed > RATIO_CHECK_FROM_BYTES
        && decompressed > maxCompressionRatio * Math.max(1, compressed)) {
      return "decompresses to more than "
          + (long) maxCompressionRatio
          + " times its compressed size ("
          + compressed
          + " bytes): refused as a likely decompression bomb (raise the compression ratio limit"
          + " if the file is genuine)";
    }
    return null;
  }
}
