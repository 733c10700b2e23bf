package org.devpay.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one-line text of a failure that ingest, the store and the export print. */
class DevpayExceptionTest {
  @Test
  void describesDevpayFailuresByTheirMessageAndOthersByClassAndMessage() {
    assertThat(
            DevpayException.describe(
                new DevpayException(ErrorCategory.BAD_INPUT_FILE, "the file is empty")))
        .isEqualTo("the file is empty");
    assertThat(DevpayException.describe(new SQLException("  IO Error: disk full \n")))
        .isEqualTo("SQLException: IO Error: disk full");
    assertThat(DevpayException.describe(new IllegalStateException()))
        .isEqualTo("IllegalStateException");
    assertThat(DevpayException.describe(new IOException("   "))).isEqualTo("IOException");
  }

  @Test
  void anUncheckedIoFailureIsDescribedByItsCause() {
    UncheckedIOException wrapped =
        new UncheckedIOException("reading", new NoSuchFileException("/tmp/x.csv"));
    assertThat(DevpayException.describe(wrapped)).isEqualTo("NoSuchFileException: /tmp/x.csv");
  }
}
