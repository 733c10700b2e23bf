package org.devpay.sources.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encoding of a table is told from its bytes: byte-order marks, the zero bytes of wide
 * encodings, valid UTF-8, and otherwise ICU's guess among 8-bit code pages.
 */
class EncodingDetectorTest {
  private static final String SURVEY =
      "lønn,fag,arbeidssted\n650000,backend,Oslo\n720000,frontend,Bergen\n"
          + "Зарплата в месяц,Должность,Город\n1000,Software Engineer,Киев\n";

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void wideEncodingsAreFoundWithAndWithoutAByteOrderMark(String name) {
    Charset charset = Charset.forName(name);
    byte[] bare = SURVEY.getBytes(charset);
    byte[] bom = "\uFEFF".getBytes(charset);
    byte[] marked = new byte[bom.length + bare.length];
    System.arraycopy(bom, 0, marked, 0, bom.length);
    System.arraycopy(bare, 0, marked, bom.length, bare.length);

    EncodingDetector.Encoding withMark = EncodingDetector.detect(marked);
    EncodingDetector.Encoding without = EncodingDetector.detect(bare);

    assertThat(withMark.charset()).isEqualTo(charset);
    assertThat(withMark.bomLength()).isEqualTo(bom.length);
    assertThat(without.charset()).isEqualTo(charset);
    assertThat(without.bomLength()).isZero();
  }

  @Test
  void utf8IsTakenWhenTheBytesDecodeAndItsMarkIsSkipped() {
    byte[] bytes = SURVEY.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);

    assertThat(EncodingDetector.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(EncodingDetector.detect(marked).bomLength()).isEqualTo(3);
  }

  @Test
  void aCharacterCutAtTheEndOfTheHeadDoesNotMakeUtf8Invalid() {
    byte[] bytes = "Київ,Львів".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);

    assertThat(EncodingDetector.detect(cut).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void cyrillicAndWesternCodePagesAreToldApart() {
    String russian =
        "Должность,Язык программирования,Зарплата в месяц,Город\n"
            + "Junior Software Engineer,JavaScript,1000,Киев\n"
            + "Senior Software Engineer,Java,3500,Харьков\n";
    String norwegian =
        "Stilling,Lønn,Arbeidssted,Erfaring\n"
            + "Utvikler,650000,Tromsø,5 år\n"
            + "Seniorutvikler,820000,Bærum,12 år\n";

    assertThat(
            EncodingDetector.detect(russian.getBytes(Charset.forName("windows-1251")))
                .charset()
                .name())
        .isEqualTo("windows-1251");
    assertThat(
            EncodingDetector.detect(norwegian.getBytes(Charset.forName("windows-1252")))
                .charset()
                .name())
        .isEqualTo("windows-1252");
  }

  @Test
  void dousWindows1251ExportIsDetectedAsWindows1251() throws IOException {
    Path file = RealData.file("dou-ua-salaries/2025_june_raw.csv");
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(256 * 1024);
    }

    assertThat(EncodingDetector.detect(head).charset().name()).isEqualTo("windows-1251");
  }
}
