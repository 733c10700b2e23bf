package org.devpay.report.article;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.report.chart.Svg;

/**
 * The seed article written again from the data, held as front matter, blocks and charts so that the
 * Markdown and the HTML say exactly the same thing. Inline text uses two Markdown constructs only,
 * {@code **bold**} and {@code [text](https://...)}, which the HTML rendering converts; everything
 * else in a text is literal.
 *
 * @param frontMatter the seed's six front-matter keys
 * @param blocks the body, in order
 * @param charts the SVG charts by file name ("article-premium-forest.svg"), in order
 */
public record Article(FrontMatter frontMatter, List<Block> blocks, Map<String, String> charts) {
  public Article {
    requireNonNull(frontMatter, "frontMatter is null");
    blocks = List.copyOf(blocks);
    charts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(charts));
  }

  /**
   * The seed's front matter: title, published, date, tags, summary, readTime.
   *
   * @param title the title
   * @param published whether it is published
   * @param date "2026-01-19 13:49:53 UTC"
   * @param tags comma-separated tags
   * @param summary one sentence
   * @param readTime "6 min"
   */
  public record FrontMatter(
      String title, boolean published, String date, String tags, String summary, String readTime) {
    public FrontMatter {
      requireNonNull(title, "title is null");
      requireNonNull(date, "date is null");
      requireNonNull(tags, "tags is null");
      requireNonNull(summary, "summary is null");
      requireNonNull(readTime, "readTime is null");
    }
  }

  /** A part of the body. */
  public sealed interface Block permits Heading, Paragraph, Items, Figure, Table {}

  /** A section heading (level 3, as the seed's). */
  public record Heading(String text) implements Block {}

  /** A paragraph of inline text. */
  public record Paragraph(String text) implements Block {}

  /** A bulleted or numbered list of inline texts. */
  public record Items(boolean numbered, List<String> items) implements Block {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A chart: its file name in {@link #charts()}, its alternative text and a caption. */
  public record Figure(String chart, String alt, String caption) implements Block {}

  /** A table of inline texts. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** How the Markdown refers to its charts. */
  public enum ChartLinks {
    /** Files beside the Markdown, by name (the CLI writes them). */
    FILES,
    /** Inline data URIs, so the Markdown stands alone (the HTTP API). */
    DATA_URIS
  }

  /** The article as Markdown with the seed's front matter. */
  public String markdown(ChartLinks links) {
    StringBuilder out = new StringBuilder();
    out.append("---\n");
    out.append("title: ").append(frontMatter.title()).append('\n');
    out.append("published: ").append(frontMatter.published()).append('\n');
    out.append("date: ").append(frontMatter.date()).append('\n');
    out.append("tags: ").append(frontMatter.tags()).append('\n');
    out.append("summary: ").append(frontMatter.summary()).append('\n');
    out.append("readTime: ").append(frontMatter.readTime()).append('\n');
    out.append("---\n");
    for (Block block : blocks) {
      out.append('\n');
      if (block instanceof Heading h) {
        out.append("### ").append(h.text()).append('\n');
      } else if (block instanceof Paragraph p) {
        out.append(p.text()).append('\n');
      } else if (block instanceof Items list) {
        for (String item : list.items()) {
          out.append(list.numbered() ? "1. " : "- ").append(item).append('\n');
        }
      } else if (block instanceof Figure f) {
        String target =
            links == ChartLinks.FILES
                ? f.chart()
                : "data:image/svg+xml;base64,"
                    + Base64.getEncoder()
                        .encodeToString(
                            charts
                                .get(f.chart())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.append("![").append(f.alt()).append("](").append(target).append(")\n\n");
        out.append('*').append(f.caption()).append("*\n");
      } else if (block instanceof Table t) {
        out.append("| ").append(String.join(" | ", t.header())).append(" |\n");
        out.append("|").append("---|".repeat(t.header().size())).append('\n');
        for (List<String> row : t.rows()) {
          out.append("| ")
              .append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
              .append(" |\n");
        }
      }
    }
    return out.toString();
  }

  /**
   * The article as one self-contained HTML page: styles and charts inline, no script, no font, no
   * request beyond the page itself (links in the text are plain links).
   */
  public String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // An empty inline icon, so that a browser asks the network for nothing, not even a favicon.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>")
        .append(Svg.escape(frontMatter.title()))
        .append("</title>\n<meta name=\"description\" content=\"")
        .append(Svg.escape(frontMatter.summary()))
        .append("\">\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<article>\n<header>\n<h1>")
        .append(Svg.escape(frontMatter.title()))
        .append("</h1>\n<p class=\"meta\">")
        .append(Svg.escape(frontMatter.date()))
        .append(" · ")
        .append(Svg.escape(frontMatter.readTime()))
        .append(" read · ");
    List<String> tags = new ArrayList<>();
    for (String tag : frontMatter.tags().split(",")) {
      tags.add("<span class=\"tag\">" + Svg.escape(tag.strip()) + "</span>");
    }
    out.append(String.join(" ", tags))
        .append("</p>\n<p class=\"summary\">")
        .append(Svg.escape(frontMatter.summary()))
        .append("</p>\n</header>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append("<h2>").append(inline(h.text())).append("</h2>\n");
      } else if (block instanceof Paragraph p) {
        out.append("<p>").append(inline(p.text())).append("</p>\n");
      } else if (block instanceof Items list) {
        String tag = list.numbered() ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        for (String item : list.items()) {
          out.append("<li>").append(inline(item)).append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
      } else if (block instanceof Figure f) {
        out.append("<figure>\n")
            .append(charts.get(f.chart()).replaceFirst("^<svg ", "<svg class=\"chart\" "))
            .append("<figcaption>")
            .append(inline(f.caption()))
            .append("</figcaption>\n</figure>\n");
      } else if (block instanceof Table t) {
        out.append("<div class=\"table\"><table>\n<thead><tr>");
        for (String cell : t.header()) {
          out.append("<th>").append(inline(cell)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          out.append("<tr>");
          for (String cell : row) {
            out.append("<td>").append(inline(cell)).append("</td>");
          }
          out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
      }
    }
    out.append("</article>\n</body>\n</html>\n");
    return out.toString();
  }

  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

  /** Inline text as HTML: escaped, then **bold** and [text](url) converted. */
  static String inline(String text) {
    String escaped = Svg.escape(text);
    Matcher link = LINK.matcher(escaped);
    StringBuilder linked = new StringBuilder();
    while (link.find()) {
      link.appendReplacement(
          linked,
          Matcher.quoteReplacement("<a href=\"" + link.group(2) + "\">" + link.group(1) + "</a>"));
    }
    link.appendTail(linked);
    return BOLD.matcher(linked.toString()).replaceAll("<strong>$1</strong>");
  }

  private static final String STYLE =
      """
      :root { color-scheme: light; }
      body { margin: 0; background: #fafafa; color: #1d1d1f;
        font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
      article { max-width: 820px; margin: 0 auto; padding: 32px 20px 64px; background: #fff; }
      h1 { font-size: 2.1em; line-height: 1.2; margin: 0 0 8px; }
      h2 { font-size: 1.35em; margin: 2em 0 0.6em; border-bottom: 1px solid #eee; }
      .meta { color: #666; font-size: 0.9em; margin: 0; }
      .tag { display: inline-block; background: #eef3fb; color: #0b4f9c; border-radius: 4px;
        padding: 0 6px; margin: 2px 2px 2px 0; font-size: 0.85em; }
      .summary { font-size: 1.1em; color: #333; }
      figure { margin: 1.5em 0; }
      svg.chart { width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.9em; }
      .table { overflow-x: auto; }
      table { border-collapse: collapse; font-size: 0.88em; width: 100%; }
      th, td { border-bottom: 1px solid #e5e5e5; padding: 6px 8px; text-align: left;
        vertical-align: top; }
      th { background: #f4f4f4; }
      a { color: #0b57d0; }
      li { margin: 0.4em 0; }
      """;
}
