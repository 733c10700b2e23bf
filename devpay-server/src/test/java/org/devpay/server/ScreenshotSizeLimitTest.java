package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ScreenshotSizeLimitTest {
  private static byte[] png(int width, int height, boolean noisy) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, noisy ? random.nextInt(1 << 24) : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void aScreenshotOverTheLimitIsScaledDownUnderIt() throws IOException {
    byte[] large = png(1000, 1000, true);
    assertThat(large.length).isGreaterThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);

    byte[] limited = HeadlessChromium.underSizeLimit(large);

    assertThat(limited.length).isLessThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(limited));
    assertThat(image.getWidth()).isLessThan(1000);
    assertThat((double) image.getHeight() / image.getWidth())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.01));
  }

  @Test
  void aScreenshotUnderTheLimitIsKeptAsItIs() throws IOException {
    byte[] small = png(400, 300, false);
    assertThat(HeadlessChromium.underSizeLimit(small)).isSameAs(small);
  }
}
