package org.devpay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.report.article.Article;
import org.devpay.report.article.ArticleWriter;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay article}: writes the seed article again from the data, as Markdown with the seed's
 * front matter and SVG charts beside it, and as one self-contained HTML page; its figures and
 * verdicts are those of {@code devpay claims}.
 */
@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the article \"Are backend developers paid more?\" again from the data: each of its"
          + " claims answered by its verdict, effect, interval, n and datasets, with charts and the"
          + " attribution every dataset asks for.",
      "--out FILE.md writes the Markdown and its SVG charts beside it (FILE-*.svg); --html"
          + " FILE.html one self-contained page; with neither, the Markdown (charts inline as data"
          + " URIs) goes to standard output."
    })
final class ArticleCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin DataOptions input;
  @Mixin FilterOptions filters;
  @Mixin AnswerSettingsOptions tuning;

  @Option(names = "--out", paramLabel = "FILE.md", description = "Write the Markdown here.")
  Path markdown;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Write the HTML page here.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DevpayStore opened = input.open(store)) {
      PayData data = input.load(opened, filters, err);
      String prefix = markdown == null ? "article-" : stem(markdown) + "-";
      ArticleWriter.Result result =
          ArticleWriter.with(tuning.settings()).withChartPrefix(prefix).write(data, Instant.now());
      Article article = result.article();
      if (markdown == null && html == null) {
        out.print(article.markdown(Article.ChartLinks.DATA_URIS));
        out.flush();
        return 0;
      }
      List<Path> written = new ArrayList<>();
      if (markdown != null) {
        write(markdown, article.markdown(Article.ChartLinks.FILES), written);
        Path directory = markdown.toAbsolutePath().getParent();
        for (Map.Entry<String, String> chart : article.charts().entrySet()) {
          write(directory.resolve(chart.getKey()), chart.getValue(), written);
        }
      }
      if (html != null) {
        write(html, article.html(), written);
      }
      for (Path path : written) {
        out.println("wrote " + path);
      }
      out.println(
          "verdicts: "
              + String.join(
                  ", ",
                  result.claims().verdicts().stream()
                      .map(v -> v.claim().id() + " " + v.verdict().label())
                      .toList()));
      out.flush();
      return 0;
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void write(Path path, String text, List<Path> written) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "the folder to write into does not exist: " + parent);
    }
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
      written.add(path);
    } catch (IOException e) {
      throw new DevpayException(ErrorCategory.ENVIRONMENT, "cannot write " + path + ": " + e, e);
    }
  }
}
