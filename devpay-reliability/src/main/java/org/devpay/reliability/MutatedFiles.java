package org.devpay.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestReport;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;

/**
 * Ingests real files mutated at random (cut, bytes flipped, lines dropped, doubled or shuffled,
 * garbage inserted, columns dropped, line ends, BOM and encoding damage, gzip and ZIP wrapping,
 * corrupt archives) and checks each report: rows read = accepted + rejected, the reasons add up to
 * the rejections, the store holds exactly what the report says, and nothing fails as an internal
 * error (a failure is a clear reason in a category, never a crash).
 */
final class MutatedFiles {
  /** The real tables whose first rows are mutated, relative to the data directory. */
  static final List<String> SEEDS =
      List.of(
          "dou-ua-salaries/2025_june_raw.csv",
          "it-salary-survey-eu/salary-report_2017.csv",
          "it-salary-survey-eu/IT Salary Survey EU 2018.csv",
          "it-salary-survey-eu/IT Salary Survey EU 2019.csv",
          "it-salary-survey-eu/IT Salary Survey EU  2020.csv",
          "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv",
          "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz",
          "so-survey-2017-partial/survey_results_public.csv",
          "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv");

  /** Files ingested into one store before the next store is started. */
  private static final int FILES_PER_STORE = 250;

  /**
   * What the run found.
   *
   * @param files mutated files written and ingested
   * @param tables reports (tables, or files that held none)
   * @param ingested reports INGESTED
   * @param skipped reports SKIPPED (no adapter recognised them)
   * @param failed reports FAILED, with a reason and a category other than internal
   * @param alreadyIngested reports ALREADY_INGESTED (a mutation that left the content unchanged)
   * @param rowsRead rows read over every ingested table
   * @param rowsAccepted rows accepted
   * @param rowsRejected rows rejected
   * @param unbalanced tables whose counts do not balance, or differ from what the store holds
   * @param internalErrors reports FAILED as internal errors, and exceptions out of an ingest
   * @param examples a few of the problems found, for the report
   */
  record Result(
      int files,
      int tables,
      int ingested,
      int skipped,
      int failed,
      int alreadyIngested,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      int unbalanced,
      int internalErrors,
      List<String> examples) {}

  private MutatedFiles() {}

  static Result run(int count, Path data, Path work, Random random) throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String seed : SEEDS) {
      seeds.add(head(data.resolve(seed), 300 * 1024));
      names.add(Path.of(seed).getFileName().toString().replace(".gz", ""));
    }
    Path files = Files.createDirectories(work.resolve("mutated"));
    int tables = 0;
    int ingested = 0;
    int skipped = 0;
    int failed = 0;
    int already = 0;
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    int unbalanced = 0;
    int internal = 0;
    List<String> examples = new ArrayList<>();
    DevpayStore store = null;
    long storedRecords = 0;
    long storedRejections = 0;
    try {
      for (int i = 0; i < count; i++) {
        if (i % FILES_PER_STORE == 0) {
          if (store != null) {
            store.close();
          }
          store = DevpayStore.open(work.resolve("mutated-" + (i / FILES_PER_STORE) + ".duckdb"));
          storedRecords = 0;
          storedRejections = 0;
        }
        int which = random.nextInt(seeds.size());
        Path file = write(files, i, names.get(which), mutate(seeds.get(which), random), random);
        IngestRun run;
        try {
          run =
              new Ingestor(
                      store,
                      new FormatDetector(AdapterRegistry.standard()),
                      StandardNormalizer.fromResources())
                  .ingestAll(List.of(file), IngestListener.NONE);
        } catch (RuntimeException e) {
          internal++;
          note(examples, file + ": ingest threw " + e);
          continue;
        }
        for (IngestReport report : run.reports()) {
          tables++;
          switch (report.outcome()) {
            case INGESTED -> ingested++;
            case SKIPPED -> skipped++;
            case ALREADY_INGESTED -> already++;
            case FAILED -> failed++;
          }
          if (report.failureCategory().filter(c -> c == ErrorCategory.INTERNAL).isPresent()) {
            internal++;
            note(examples, report.displayName() + ": internal error: " + report.detail());
          }
          if (report.outcome() == IngestOutcome.INGESTED) {
            read += report.rows().read();
            accepted += report.rows().accepted();
            rejected += report.rows().rejected();
            storedRecords += report.rows().accepted();
            storedRejections += report.rows().rejected();
            String problem = balance(report);
            if (!problem.isEmpty()) {
              unbalanced++;
              note(examples, report.displayName() + ": " + problem);
            }
          }
        }
        // The store holds exactly what the reports say it took, nothing of a failed table.
        Map<String, Long> counts = store.tableRowCounts();
        if (counts.get("pay_record") != storedRecords
            || counts.get("rejected_row") != storedRejections) {
          unbalanced++;
          note(
              examples,
              file
                  + ": the store holds "
                  + counts.get("pay_record")
                  + " records and "
                  + counts.get("rejected_row")
                  + " rejections, the reports say "
                  + storedRecords
                  + " and "
                  + storedRejections);
          storedRecords = counts.get("pay_record");
          storedRejections = counts.get("rejected_row");
        }
        Files.deleteIfExists(file);
      }
    } finally {
      if (store != null) {
        store.close();
      }
    }
    return new Result(
        count,
        tables,
        ingested,
        skipped,
        failed,
        already,
        read,
        accepted,
        rejected,
        unbalanced,
        internal,
        examples);
  }

  /** Why an ingested table's counts do not balance, or "". */
  private static String balance(IngestReport report) {
    long read = report.rows().read();
    long accepted = report.rows().accepted();
    long rejected = report.rows().rejected();
    if (read != accepted + rejected) {
      return "read " + read + " != accepted " + accepted + " + rejected " + rejected;
    }
    long byReason = report.rows().rejectedByReason().values().stream().mapToLong(v -> v).sum();
    if (byReason != rejected) {
      return "rejections by reason add up to " + byReason + ", not " + rejected;
    }
    return "";
  }

  private static void note(List<String> examples, String problem) {
    if (examples.size() < 20) {
      examples.add(problem);
    }
  }

  /** The first bytes of a table (decompressed), cut after the last whole line. */
  static byte[] head(Path file, int bytes) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] head = in.readNBytes(bytes);
      int cut = head.length;
      while (cut > 0 && head[cut - 1] != '\n') {
        cut--;
      }
      return Arrays.copyOf(head, cut == 0 ? head.length : cut);
    }
  }

  /** One to three random mutations of a table's bytes. */
  static byte[] mutate(byte[] seed, Random random) {
    byte[] out = seed;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      out = mutateOnce(out, random);
    }
    return out;
  }

  private static byte[] mutateOnce(byte[] bytes, Random random) {
    List<byte[]> lines = lines(bytes);
    switch (random.nextInt(18)) {
      case 0 -> {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 1 -> {
        byte[] out = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(20); i < n && out.length > 0; i++) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
      }
      case 2 -> {
        for (int i = 0, n = 1 + random.nextInt(10); i < n && lines.size() > 1; i++) {
          lines.remove(1 + random.nextInt(lines.size() - 1));
        }
        return join(lines);
      }
      case 3 -> {
        // Every data row twice: the repeats are duplicates.
        List<byte[]> doubled = new ArrayList<>(lines);
        doubled.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
        return join(doubled);
      }
      case 4 -> {
        if (lines.size() > 2) {
          Collections.shuffle(lines.subList(1, lines.size()), random);
        }
        return join(lines);
      }
      case 5 -> {
        byte[] garbage = new byte[1 + random.nextInt(200)];
        random.nextBytes(garbage);
        lines.add(Math.min(lines.size(), 1 + random.nextInt(Math.max(1, lines.size()))), garbage);
        return join(lines);
      }
      case 6 -> {
        // Drop one column of the header only: every row then has one field too many.
        if (!lines.isEmpty()) {
          String header = new String(lines.get(0), StandardCharsets.UTF_8);
          String[] columns = header.split(",", -1);
          if (columns.length > 1) {
            List<String> kept = new ArrayList<>(Arrays.asList(columns));
            kept.remove(random.nextInt(kept.size()));
            lines.set(0, String.join(",", kept).getBytes(StandardCharsets.UTF_8));
          }
        }
        return join(lines);
      }
      case 7 -> {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
      }
      case 8 -> {
        return new String(bytes, StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n")
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case 9 -> {
        return new String(bytes, StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n")
            .replace('\n', '\r')
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case 10 -> {
        byte[] out = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(5); i < n && out.length > 0; i++) {
          out[random.nextInt(out.length)] = 0;
        }
        return out;
      }
      case 11 -> {
        // Invalid UTF-8: lone continuation bytes and a truncated sequence.
        byte[] out = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(5); i < n && out.length > 0; i++) {
          out[random.nextInt(out.length)] = (byte) (0x80 + random.nextInt(0x40));
        }
        return out;
      }
      case 12 -> {
        if (lines.size() > 1) {
          byte[] huge = new byte[100_000 + random.nextInt(400_000)];
          Arrays.fill(huge, (byte) 'x');
          lines.set(1 + random.nextInt(lines.size() - 1), huge);
        }
        return join(lines);
      }
      case 13 -> {
        return lines.isEmpty() ? bytes : join(lines.subList(0, 1));
      }
      case 14 -> {
        return new byte[0];
      }
      case 15 -> {
        // A quote opened and never closed.
        if (lines.size() > 1) {
          int at = 1 + random.nextInt(lines.size() - 1);
          lines.set(at, concat("\"".getBytes(StandardCharsets.US_ASCII), lines.get(at)));
        }
        return join(lines);
      }
      case 16 -> {
        // Semicolons for commas on some rows, tabs on others.
        for (int i = 1; i < lines.size(); i++) {
          if (random.nextInt(4) == 0) {
            lines.set(
                i,
                new String(lines.get(i), StandardCharsets.ISO_8859_1)
                    .replace(',', random.nextBoolean() ? ';' : '\t')
                    .getBytes(StandardCharsets.ISO_8859_1));
          }
        }
        return join(lines);
      }
      default -> {
        // Amount-like fields blanked, negated or made text.
        for (int i = 1; i < lines.size(); i++) {
          if (random.nextInt(5) == 0) {
            String line = new String(lines.get(i), StandardCharsets.ISO_8859_1);
            line = line.replaceAll("\\b\\d{4,7}\\b", random.nextBoolean() ? "-1" : "lots");
            lines.set(i, line.getBytes(StandardCharsets.ISO_8859_1));
          }
        }
        return join(lines);
      }
    }
  }

  /** Writes a mutated table plain (70%), gzipped, zipped, or as a cut gzip. */
  private static Path write(Path directory, int index, String name, byte[] content, Random random)
      throws IOException {
    int container = random.nextInt(20);
    String base = index + "-" + name;
    if (container < 14) {
      return Files.write(directory.resolve(base), content);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (container < 17) {
      try (OutputStream gzip = new GZIPOutputStream(bytes)) {
        gzip.write(content);
      }
      byte[] gz = bytes.toByteArray();
      if (container == 16) {
        gz = Arrays.copyOf(gz, random.nextInt(gz.length + 1));
      }
      return Files.write(directory.resolve(base + ".gz"), gz);
    }
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    byte[] zipped = bytes.toByteArray();
    if (container == 19) {
      zipped = Arrays.copyOf(zipped, random.nextInt(zipped.length + 1));
    }
    return Files.write(directory.resolve(base.replaceAll("\\.[a-z]+$", "") + ".zip"), zipped);
  }

  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        out.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      out.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
      if (line.length == 0 || line[line.length - 1] != '\n') {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
