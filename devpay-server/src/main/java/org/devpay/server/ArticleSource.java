package org.devpay.server;

import static java.util.Objects.requireNonNull;

import org.devpay.core.analysis.AnswerSettings;
import org.devpay.report.article.Article;
import org.devpay.report.article.ArticleWriter;

/**
 * The article of one data version, written once and shared by its HTML and Markdown resources
 * (writing it evaluates every claim and draws the charts), dated when the data were loaded so that
 * both say the same.
 */
final class ArticleSource {
  private final AnswerSettings settings;
  private String version;
  private Article article;

  ArticleSource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  /** The article of this snapshot's data. */
  synchronized Article of(Snapshot snapshot) {
    Snapshot data = snapshot.requireData();
    if (article == null || !data.version().equals(version)) {
      article = ArticleWriter.with(settings).write(data.data(), data.loadedAt()).article();
      version = data.version();
    }
    return article;
  }
}
