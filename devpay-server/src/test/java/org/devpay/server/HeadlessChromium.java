package org.devpay.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.devpay.testing.RealData;
import org.devpay.testing.ScratchDirectory;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests and the screenshots: the
 * browser and its driver are the system's (/usr/bin/chromium, /usr/bin/chromedriver), nothing is
 * downloaded. When they are absent the test is skipped with a message, except under CI=true, where
 * it fails ({@code run-tests} installs them).
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private int emulatedWidth;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser at a window size, or skips (fails under CI) when it is not installed. */
  static HeadlessChromium start(int width, int height) throws IOException {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String message =
          "Chromium and its driver are not installed ("
              + BROWSER
              + ", "
              + DRIVER
              + "): apt-get install chromium chromium-driver, or run ./run-tests";
      if (RealData.inCi()) {
        throw new IllegalStateException(message + "; CI=true requires the browser tests");
      }
      Assumptions.abort(message);
    }
    Path profile = ScratchDirectory.create("devpay-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // As root Chromium needs --no-sandbox; the rest keeps it from reaching any network service.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /**
   * Lays pages out as a phone of this width would. Headless Chromium does not make windows narrower
   * than 500 px, so the width is emulated through the DevTools protocol instead.
   */
  void emulatePhone(int width, int height) {
    emulatedWidth = width;
    metrics(width, height);
  }

  private void metrics(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  WebDriver driver() {
    return driver;
  }

  /** The page's element with this id (fails when there is none). */
  WebElement element(String id) {
    return driver.findElement(By.id(id));
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Opens a page and waits until the dashboard says its figures are drawn. */
  void openDashboard(String url) {
    driver.get(url);
    awaitReady();
  }

  /** Waits until the dashboard has finished drawing (body data-state="ready"). */
  void awaitReady() {
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(
            d -> {
              String state = d.findElement(By.tagName("body")).getAttribute("data-state");
              if ("error".equals(state)) {
                throw new AssertionError(
                    "the dashboard failed: " + d.findElement(By.id("status")).getText());
              }
              return "ready".equals(state);
            });
  }

  /** Saves a PNG of the whole page (the window grows to the page's height first). */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
    if (emulatedWidth > 0) {
      metrics(emulatedWidth, (int) height);
    } else {
      org.openqa.selenium.Dimension size = driver.manage().window().getSize();
      driver
          .manage()
          .window()
          .setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) height + 140));
    }
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(file, underSizeLimit(png));
  }

  /** Screenshots are committed to the repository, which keeps every file under 1 MiB. */
  static final int MAXIMUM_SCREENSHOT_BYTES = 1_000_000;

  /**
   * Scales a screenshot down by 15% at a time (bilinear, at most eight steps) until its PNG is
   * under {@link #MAXIMUM_SCREENSHOT_BYTES}; a long dashboard page is otherwise over a megabyte.
   */
  static byte[] underSizeLimit(byte[] png) throws IOException {
    byte[] current = png;
    for (int step = 0; step < 8 && current.length > MAXIMUM_SCREENSHOT_BYTES; step++) {
      java.awt.image.BufferedImage image =
          javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(current));
      int width = (int) Math.round(image.getWidth() * 0.85);
      int height = (int) Math.round(image.getHeight() * 0.85);
      java.awt.image.BufferedImage scaled =
          new java.awt.image.BufferedImage(
              width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D graphics = scaled.createGraphics();
      try {
        graphics.setRenderingHint(
            java.awt.RenderingHints.KEY_INTERPOLATION,
            java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
      } finally {
        graphics.dispose();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(scaled, "png", out);
      current = out.toByteArray();
    }
    return current;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Chromium may still be writing its profile as it exits; a temp directory left is harmless.
    }
  }
}
