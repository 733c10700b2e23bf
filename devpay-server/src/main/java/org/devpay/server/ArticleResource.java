package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.report.article.Article;

/**
 * GET /article and GET /api/article.md: the seed article written again from the data served, as the
 * page a person reads (one self-contained HTML page) or as Markdown with the seed's front matter
 * (charts inline as data URIs), the {@code devpay article} output.
 */
final class ArticleResource implements Resource {
  /** Which rendering a resource serves. */
  enum Form {
    HTML("/article", "text/html; charset=utf-8", "ArticleHtml"),
    MARKDOWN("/api/article.md", "text/markdown; charset=utf-8", "ArticleMarkdown");

    private final String path;
    private final String mediaType;
    private final String schema;

    Form(String path, String mediaType, String schema) {
      this.path = path;
      this.mediaType = mediaType;
      this.schema = schema;
    }
  }

  private final ArticleSource source;
  private final Form form;

  ArticleResource(ArticleSource source, Form form) {
    this.source = requireNonNull(source, "source is null");
    this.form = requireNonNull(form, "form is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        form.path,
        form == Form.HTML
            ? "The article, written again from the data (HTML)"
            : "The article, written again from the data (Markdown)",
        "The seed article \"Are backend developers paid more?\" written again from the data"
            + " served: its front matter and section headings, each of its claims answered by the"
            + " verdict, effect, interval, n and datasets of /api/claims, charts of the premium per"
            + " dataset, pay by experience and role shares over the years, and the attribution each"
            + " dataset's licence asks for. "
            + (form == Form.HTML
                ? "One self-contained page: styles and SVG charts inline, no script."
                : "Markdown with the seed's front matter; charts inline as SVG data URIs."),
        List.of(),
        Caching.BY_DATA_VERSION,
        List.of(),
        form.schema,
        form.mediaType);
  }

  @Override
  public Response respond(Request request) {
    Article article = source.of(request.snapshot());
    return Response.text(
        form.mediaType,
        form == Form.HTML ? article.html() : article.markdown(Article.ChartLinks.DATA_URIS));
  }
}
