package org.devpay.report.article;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.analysis.PayTrends;
import org.devpay.core.claims.ClaimEvaluator;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.ClaimsEvaluation;
import org.devpay.core.claims.DecisionRule;
import org.devpay.core.claims.EditionFigure;
import org.devpay.core.claims.EffectVerdict;
import org.devpay.core.claims.Verdict;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.stats.Estimate;
import org.devpay.report.ClaimsDocument;
import org.devpay.report.ClaimsFile;
import org.devpay.report.chart.ForestPlot;
import org.devpay.report.chart.LineChart;

/**
 * Writes the seed article ("Are backend developers paid more?") again from the data: the seed's
 * front matter and section headings, each of its claims quoted and answered by the verdict devpay
 * gives it ({@link ClaimEvaluator}, the code behind {@code devpay claims}), with the figure, its
 * interval, n and the datasets, charts of the premium per dataset, of pay by experience and of role
 * shares over the years, and a "Data and method" section with the attribution each dataset's
 * licence asks for. The text is made from the verdicts: a claim the data contradict reads as
 * contradicted.
 *
 * <p>Over 500 lines: the article is one document whose sections quote each other's figures; the
 * charts are drawn by report.chart (ForestPlot, LineChart), and what stays here is the text.
 */
public final class ArticleWriter {
  /** Chart file names, beside the Markdown (the CLI prefixes them with the Markdown's name). */
  public static final String FOREST_FRONTEND = "premium-forest.svg";

  public static final String FOREST_OTHERS = "premium-others-forest.svg";
  public static final String EXPERIENCE = "experience-curves.svg";
  public static final String ROLE_SHARES = "role-shares.svg";

  static final String TITLE = "Are backend developers paid more?";
  static final String TAGS = "backend,career,hiring,webdev,backend developer,salary data";
  static final int WORDS_PER_MINUTE = 200;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final AnswerSettings settings;
  private final String chartPrefix;

  private ArticleWriter(AnswerSettings settings, String chartPrefix) {
    this.settings = requireNonNull(settings, "settings is null");
    this.chartPrefix = requireNonNull(chartPrefix, "chartPrefix is null");
  }

  public static ArticleWriter with(AnswerSettings settings) {
    return new ArticleWriter(settings, "article-");
  }

  /** Names the chart files {@code prefix + name} ("article-premium-forest.svg"). */
  public ArticleWriter withChartPrefix(String prefix) {
    return new ArticleWriter(settings, prefix);
  }

  /** The article and the claims evaluation its figures come from. */
  public record Result(Article article, ClaimsEvaluation claims) {
    public Result {
      requireNonNull(article, "article is null");
      requireNonNull(claims, "claims is null");
    }
  }

  /** Evaluates the article's claims on the data and writes the article, dated {@code now}. */
  public Result write(PayData source, Instant now) {
    PayData data = LoadedPayData.of(source);
    ClaimsEvaluation claims =
        ClaimEvaluator.with(settings).evaluate(ClaimsFile.article().claims(), data);
    List<ExperienceCurves.EditionCurves> curves = new ExperienceCurves(settings).curvesAll(data);
    PayTrends.TrendReport trends =
        PayTrends.with(settings)
            .report(List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND, RoleFamily.FULLSTACK), data);
    Map<EditionKey, SourceCitation> citations = new TreeMap<>();
    long records = 0;
    for (EditionKey key : data.editions()) {
      citations.put(key, data.citation(key));
      records += data.records(key).size();
    }
    return new Result(compose(claims, curves, trends, citations, records, now), claims);
  }

  private Article compose(
      ClaimsEvaluation claims,
      List<ExperienceCurves.EditionCurves> curves,
      PayTrends.TrendReport trends,
      Map<EditionKey, SourceCitation> citations,
      long records,
      Instant now) {
    Map<String, ClaimVerdict> byId = new LinkedHashMap<>();
    claims.verdicts().forEach(v -> byId.put(v.claim().id(), v));
    List<Article.Block> blocks = new ArrayList<>();
    Map<String, String> charts = new LinkedHashMap<>();
    long datasets = citations.keySet().stream().map(EditionKey::datasetId).distinct().count();

    blocks.add(
        new Article.Paragraph(
            "Backend developers design and maintain the server side of modern applications, and"
                + " a job-board article asked whether that gets them paid more than other"
                + " developers. It answered with assertions. This version answers each of its"
                + " eight claims from the data: "
                + String.format(
                    Locale.ROOT,
                    "%,d pay records in %d editions of %d public salary datasets",
                    records,
                    citations.size(),
                    datasets)
                + ", with every figure's 95% interval, its n and the datasets it rests on."));
    blocks.add(
        new Article.Paragraph(
            "Every claim below is quoted from the original and followed by its verdict: "
                + "**supported**, **contradicted**, **depends on the dataset**, **inconclusive**"
                + " or **no data**, and a confidence label (strong, moderate, weak, too few)."
                + " A premium is measured within each dataset edition, holding experience,"
                + " seniority, location, industry, year and employment fixed, then pooled across"
                + " editions; how, and what the labels mean, is in “Data and method” at the end."));

    blocks.add(new Article.Heading("Backend Developer Salaries vs. Other Tech Roles"));
    blocks.add(
        new Article.Paragraph(
            "The original says backend developers rank among the highest-paid professionals in"
                + " tech. Here is what the surveys say about the two comparisons it makes."));
    blocks.add(
        new Article.Items(
            false,
            List.of(
                claimItem("Frontend Developers", byId, "backend-over-frontend"),
                claimItem(
                    "Full-Stack Developers", byId, "fullstack-about-same-or-slightly-less"))));
    forest(byId.get("backend-over-frontend"), "back-end over front-end", FOREST_FRONTEND)
        .ifPresent(
            figure -> {
              charts.put(figure.chart(), figure.svg());
              blocks.add(new Article.Figure(figure.chart(), figure.alt(), figure.caption()));
            });

    blocks.add(new Article.Heading("Why Backend Developers Get Paid More"));
    blocks.add(
        new Article.Paragraph(
            "The original gives three reasons. Two of them are not claims any salary survey can"
                + " test; the third is, in part."));
    blocks.add(
        new Article.Items(
            true,
            List.of(
                "**Technical Complexity:** The article says backend work is complex and employers"
                    + " pay for it. No dataset at hand measures how complex anyone's work is, so"
                    + " this reason is **not tested**; the premiums above are what is measured.",
                claimItem("Demand and Market Trends", byId, "backend-demand-and-pay-rising"),
                "**Business Impact:** The article says backend developers affect the bottom line."
                    + " No dataset at hand measures it: **not tested**.")));
    roleShares(trends)
        .ifPresent(
            figure -> {
              charts.put(figure.chart(), figure.svg());
              blocks.add(new Article.Figure(figure.chart(), figure.alt(), figure.caption()));
            });

    blocks.add(new Article.Heading("Factors That Influence Backend Developer Salaries"));
    blocks.add(
        new Article.Items(
            false,
            List.of(
                claimItem("Experience Level", byId, "senior-backend-over-junior"),
                claimItem("Industry", byId, "fintech-and-cloud-pay-backend-more"),
                claimItem("Skill Set", byId, "python-java-aws-raise-pay"),
                claimItem("Location", byId, "tech-hubs-pay-more"))));
    experience(curves)
        .ifPresent(
            figure -> {
              charts.put(figure.chart(), figure.svg());
              blocks.add(new Article.Figure(figure.chart(), figure.alt(), figure.caption()));
            });

    blocks.add(new Article.Heading("Conclusion"));
    blocks.add(
        new Article.Paragraph(
            "**Overall:** The article says: “"
                + byId.get("backend-over-other-developers").claim().text()
                + "” "
                + answer(byId.get("backend-over-other-developers"))));
    forest(
            byId.get("backend-over-other-developers"),
            "back-end over every other developer type",
            FOREST_OTHERS)
        .ifPresent(
            figure -> {
              charts.put(figure.chart(), figure.svg());
              blocks.add(new Article.Figure(figure.chart(), figure.alt(), figure.caption()));
            });
    blocks.add(new Article.Paragraph(conclusion(claims)));
    blocks.add(summaryTable(claims));

    blocks.add(new Article.Heading("Data and method"));
    blocks.addAll(method(claims));
    blocks.add(
        new Article.Paragraph(
            "The datasets, with the attribution each licence or publisher asks for:"));
    blocks.add(new Article.Items(false, attributions(citations)));

    Article.FrontMatter front =
        new Article.FrontMatter(
            TITLE, true, DATE.format(now), TAGS, summary(claims, citations.size()), "1 min");
    Article draft = new Article(front, blocks, charts);
    int words = draft.markdown(Article.ChartLinks.FILES).split("\\s+").length;
    String readTime = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE) + " min";
    return new Article(
        new Article.FrontMatter(
            front.title(),
            front.published(),
            front.date(),
            front.tags(),
            front.summary(),
            readTime),
        blocks,
        charts);
  }

  // ---- claims as text ----

  private static String claimItem(String lead, Map<String, ClaimVerdict> byId, String id) {
    ClaimVerdict verdict = byId.get(id);
    if (verdict == null) {
      throw new IllegalStateException("the article's claims have no claim " + id);
    }
    return "**"
        + lead
        + ":** The article says: “"
        + verdict.claim().text()
        + "” "
        + answer(verdict);
  }

  /** The verdict in words, then every effect with its figures. */
  static String answer(ClaimVerdict verdict) {
    StringBuilder out = new StringBuilder();
    out.append("**Verdict: ").append(verdict.verdict().label()).append(".** ");
    out.append(opening(verdict.verdict()));
    if (verdict.verdict() == Verdict.NO_DATA) {
      out.append(' ').append(verdict.claim().wouldDecide());
      return out.toString().strip();
    }
    for (EffectVerdict effect : verdict.effects()) {
      out.append(' ').append(effectText(effect));
    }
    if (!verdict.claim().caveat().isEmpty()) {
      out.append(' ').append(verdict.claim().caveat());
    }
    return out.toString().strip();
  }

  /** The first words of an answer, by verdict. */
  static String opening(Verdict verdict) {
    return switch (verdict) {
      case SUPPORTED -> "The data support it.";
      case CONTRADICTED -> "The data contradict it.";
      case DEPENDS_ON_DATASET ->
          "The pooled figure is clear, but a new survey could land on the other side of the line.";
      case INCONCLUSIVE -> "The data cannot tell: the interval allows both readings.";
      case NO_DATA -> "No dataset at hand can test it.";
    };
  }

  private static String effectText(EffectVerdict e) {
    String unit = e.effect().measure().unit();
    String name = capitalised(e.effect().name());
    if (e.value().isEmpty()) {
      return e.sentence() + " (" + e.verdict().label() + ")";
    }
    Estimate v = e.value().get();
    StringBuilder out = new StringBuilder();
    out.append(name)
        .append(": ")
        .append(number(v.estimate(), unit))
        .append(" (95% CI ")
        .append(number(v.lower(), unit))
        .append(" to ")
        .append(number(v.upper(), unit))
        .append(')');
    e.prediction()
        .ifPresent(
            p ->
                out.append(", prediction interval for a new dataset ")
                    .append(number(p.lower(), unit))
                    .append(" to ")
                    .append(number(p.upper(), unit)));
    out.append(String.format(Locale.ROOT, "; n = %,d in ", e.rows()))
        .append(
            e.editions().size() == 1
                ? "one dataset edition"
                : e.editions().size() + " dataset editions")
        .append(" (")
        .append(String.join(", ", e.editions()))
        .append("); ")
        .append(e.verdict().label())
        .append(", ")
        .append(e.label().label())
        .append(" confidence")
        .append(e.effect().decides() ? "" : ", reported beside the claim")
        .append('.');
    if (e.verdict() == Verdict.DEPENDS_ON_DATASET) {
      out.append(' ').append(sides(e, unit));
    }
    e.sensitivity()
        .ifPresent(
            s ->
                out.append(" ")
                    .append(capitalised(s.name()))
                    .append(": ")
                    .append(number(s.value().estimate(), unit))
                    .append(" (95% CI ")
                    .append(number(s.value().lower(), unit))
                    .append(" to ")
                    .append(number(s.value().upper(), unit))
                    .append(", ")
                    .append(s.verdict().label())
                    .append(")."));
    if (!e.pooling().isEmpty()
        && e.pooling().stream().map(EffectVerdict.PoolingVariant::verdict).distinct().count() > 1) {
      List<String> parts = new ArrayList<>();
      for (EffectVerdict.PoolingVariant p : e.pooling()) {
        parts.add(
            p.method()
                + " "
                + number(p.value().estimate(), unit)
                + " ("
                + p.verdict().label()
                + ")");
      }
      out.append(" Not robust to how the sources are pooled: ")
          .append(String.join("; ", parts))
          .append('.');
    }
    return out.toString();
  }

  /** Which editions clear the line, which lie on the other side, which cross it. */
  private static String sides(EffectVerdict e, String unit) {
    List<String> parts = new ArrayList<>();
    String line = e.effect().rule().line(unit);
    for (DecisionRule.Side side : DecisionRule.Side.values()) {
      List<String> names = new ArrayList<>();
      for (EditionFigure f : e.perEdition()) {
        if (f.side() == side) {
          names.add(f.edition() + " " + number(f.value().estimate(), unit));
        }
      }
      if (!names.isEmpty()) {
        String head =
            switch (side) {
              case CLAIMED -> "clear of " + line + " in";
              case OTHER -> "on the other side in";
              case CROSSES -> "not clear either way in";
            };
        parts.add(head + " " + String.join(", ", names));
      }
    }
    return capitalised(String.join("; ", parts)) + ".";
  }

  private static String conclusion(ClaimsEvaluation claims) {
    Map<Verdict, List<String>> byVerdict = new TreeMap<>();
    int index = 1;
    for (ClaimVerdict v : claims.verdicts()) {
      byVerdict.computeIfAbsent(v.verdict(), k -> new ArrayList<>()).add("claim " + index++);
    }
    List<String> parts = new ArrayList<>();
    byVerdict.forEach(
        (verdict, ids) ->
            parts.add(ids.size() + " " + verdict.label() + " (" + String.join(", ", ids) + ")"));
    return "Of the article's eight claims: "
        + String.join("; ", parts)
        + ". Where a premium exists it is measured within each survey, against people with the"
        + " same experience, seniority, place, industry and year, and it is smaller than the raw"
        + " gap; where the verdict is \"depends on the dataset\", the answer differs between"
        + " markets and surveys, and the editions on each side are named. The table lists every"
        + " claim with the figure that carries its verdict.";
  }

  private static Article.Table summaryTable(ClaimsEvaluation claims) {
    List<List<String>> rows = new ArrayList<>();
    int index = 1;
    for (ClaimVerdict v : claims.verdicts()) {
      EffectVerdict e = v.headline();
      String unit = e.effect().measure().unit();
      rows.add(
          List.of(
              Integer.toString(index++),
              v.claim().text(),
              "**" + v.verdict().label() + "**",
              e.value()
                  .map(
                      x ->
                          number(x.estimate(), unit)
                              + " ("
                              + number(x.lower(), unit)
                              + " to "
                              + number(x.upper(), unit)
                              + ")")
                  .orElse("no figure"),
              String.format(Locale.ROOT, "%,d", e.rows()),
              Integer.toString(e.editions().size()),
              e.label().label()));
    }
    return new Article.Table(
        List.of(
            "#", "the article says", "verdict", "effect (95% CI)", "n", "editions", "confidence"),
        rows);
  }

  private static String summary(ClaimsEvaluation claims, int editions) {
    Map<Verdict, Integer> counts = new TreeMap<>();
    claims.verdicts().forEach(v -> counts.merge(v.verdict(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((verdict, n) -> parts.add(n + " " + verdict.label()));
    return "The article's eight claims about backend pay, tested on "
        + editions
        + " editions of public salary surveys: "
        + String.join(", ", parts)
        + ".";
  }

  // ---- method and attribution ----

  private List<Article.Block> method(ClaimsEvaluation claims) {
    List<Article.Block> out = new ArrayList<>();
    out.add(
        new Article.Paragraph(
            "**How a figure is made.** Every premium is measured within one dataset edition (net"
                + " and gross pay, base pay and total compensation are never mixed): the"
                + " coefficient of the group in a least-squares fit of log annual pay with fixed"
                + " effects for the controls the edition records, levels held by fewer than "
                + settings.privacyFloor().minimumCellSize()
                + " people merged, with heteroskedasticity-robust (HC1) errors, clustered by"
                + " company where an edition's rows are company cells (Glassdoor India). A"
                + " premium between roles does not hold fixed the skills that define the roles"
                + " (languages, frameworks, databases); the premium with every skill held fixed is"
                + " given beside it. Editions are pooled by DerSimonian-Laird random effects."));
    out.add(new Article.Paragraph("**How a verdict is made.** " + ClaimsDocument.DECISION_RULES));
    out.add(
        new Article.Paragraph(
            "**Confidence labels.** " + capitalised(ClaimsDocument.LABEL_RULES) + "."));
    List<String> screens = new ArrayList<>();
    for (ClaimsEvaluation.ScreenedRows s : claims.screened()) {
      screens.add(
          String.format(Locale.ROOT, "%,d rows of %s (%s)", s.rows(), s.edition(), s.rule()));
    }
    out.add(
        new Article.Paragraph(
            "**Who is counted.** Developers by profession employed full time, after removing"
                + " far-out pay amounts per edition (Tukey fences at 3 interquartile ranges of log"
                + " pay)"
                + (screens.isEmpty()
                    ? "."
                    : "; implausible amounts left out: " + String.join("; ", screens) + ".")
                + String.format(
                    Locale.ROOT,
                    " Intervals are 95%%; bootstrap figures use %,d resamples, seed %d; no"
                        + " published cell has fewer than %d people.",
                    settings.bootstrap().resamples(),
                    settings.bootstrap().seed(),
                    settings.privacyFloor().minimumCellSize())));
    out.add(
        new Article.Paragraph(
            "Every figure here is also in the output of devpay claims --format json, computed by the same"
                + " code; the claims, their hypotheses and decision rules are documented in"
                + " devpay's docs/claims.md."));
    return out;
  }

  private static final Pattern URL = Pattern.compile("https?://[^\\s,;)]+[^\\s,;).]");

  /** One item per dataset: title, editions, publisher, licence and the attribution asked for. */
  static List<String> attributions(Map<EditionKey, SourceCitation> citations) {
    Map<String, List<EditionKey>> byDataset = new TreeMap<>();
    citations
        .keySet()
        .forEach(k -> byDataset.computeIfAbsent(k.datasetId(), d -> new ArrayList<>()).add(k));
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, List<EditionKey>> dataset : byDataset.entrySet()) {
      SourceCitation first = citations.get(dataset.getValue().get(0));
      String[] licence = first.licence().split("; attribution: ", 2);
      List<String> editions = dataset.getValue().stream().map(EditionKey::edition).toList();
      List<String> files = new ArrayList<>();
      for (EditionKey key : dataset.getValue()) {
        for (CitedFile f : citations.get(key).files()) {
          files.add(f.entryName() + " (sha256 " + f.sha256().substring(0, 12) + "…)");
        }
      }
      List<String> titles =
          dataset.getValue().stream().map(k -> citations.get(k).title()).distinct().toList();
      StringBuilder item = new StringBuilder();
      item.append("**").append(String.join("; ", titles)).append("**, ").append(first.publisher());
      item.append(" (").append(dataset.getKey()).append(", ");
      item.append(editions.size() == 1 ? "edition " : "editions ")
          .append(String.join(", ", editions));
      item.append("). Licence: ").append(linked(licence[0].strip())).append('.');
      if (licence.length > 1) {
        item.append(" Attribution: ").append(linked(licence[1].strip()));
        if (!licence[1].strip().endsWith(".")) {
          item.append('.');
        }
      }
      if (licence[0].contains("ODbL")) {
        item.append(
            " The database is made available under the [Open Database License"
                + " (ODbL) 1.0](https://opendatacommons.org/licenses/odbl/1-0/).");
      }
      item.append(" Files: ").append(String.join(", ", files)).append('.');
      items.add(item.toString());
    }
    return items;
  }

  /**
   * URLs in a text as Markdown links: "https://dou.ua/" becomes [https://dou.ua/](https://dou.ua/).
   */
  static String linked(String text) {
    Matcher m = URL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("[" + m.group() + "](" + m.group() + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  // ---- charts ----

  /** A chart ready to place: file name, SVG, alternative text and caption. */
  record Chart(String chart, String svg, String alt, String caption) {}

  private Optional<Chart> forest(ClaimVerdict verdict, String what, String file) {
    if (verdict == null || verdict.headline().perEdition().isEmpty()) {
      return Optional.empty();
    }
    EffectVerdict e = verdict.headline();
    List<ForestPlot.Row> rows = new ArrayList<>();
    for (EditionFigure f : e.perEdition()) {
      rows.add(
          new ForestPlot.Row(
              f.edition(), f.value().estimate(), f.value().lower(), f.value().upper(), f.rows()));
    }
    Optional<ForestPlot.Row> pooled =
        e.perEdition().size() > 1
            ? e.value()
                .map(
                    v ->
                        new ForestPlot.Row(
                            "pooled, " + e.perEdition().size() + " editions",
                            v.estimate(),
                            v.lower(),
                            v.upper(),
                            0))
            : Optional.empty();
    Optional<double[]> prediction = e.prediction().map(p -> new double[] {p.lower(), p.upper()});
    String title = capitalised(what) + ", adjusted, per dataset edition (%)";
    String svg =
        ForestPlot.svg(
            title,
            "%",
            rows,
            pooled,
            prediction,
            e.effect().rule().kind() == DecisionRule.Kind.WITHIN
                ? 0
                : e.effect().rule().threshold());
    String caption =
        "Each dataset edition's adjusted premium of "
            + what
            + " with its 95% interval"
            + (pooled.isPresent()
                ? "; the diamond is the pooled figure over its deciding interval, the grey bar the"
                    + " 95% prediction interval for a new dataset"
                : "")
            + ". Verdict: "
            + verdict.verdict().label()
            + ".";
    return Optional.of(
        new Chart(
            chartPrefix + file,
            svg,
            "Forest plot of the " + what + " premium per dataset",
            caption));
  }

  private Optional<Chart> experience(List<ExperienceCurves.EditionCurves> curves) {
    List<LineChart.Series> series = new ArrayList<>();
    for (ExperienceCurves.EditionCurves edition : curves) {
      ExperienceCurves.RoleCurve backend =
          edition.roles().stream()
              .filter(r -> r.role() == RoleFamily.BACKEND)
              .findFirst()
              .orElse(null);
      if (backend == null) {
        continue;
      }
      List<LineChart.Point> points = new ArrayList<>();
      OptionalDouble base = OptionalDouble.empty();
      for (int band = 0; band < backend.points().size(); band++) {
        ExperienceCurves.Point p = backend.points().get(band);
        if (p.median().isEmpty()) {
          continue;
        }
        if (base.isEmpty()) {
          base = p.median();
        }
        points.add(new LineChart.Point(band, p.median().getAsDouble() / base.getAsDouble()));
      }
      if (points.size() >= 2) {
        series.add(new LineChart.Series(edition.datasetId() + " " + edition.edition(), points));
      }
    }
    if (series.isEmpty()) {
      return Optional.empty();
    }
    List<LineChart.Tick> ticks = new ArrayList<>();
    for (int band = 0; band < ExperienceCurves.BANDS.size(); band++) {
      ticks.add(new LineChart.Tick(band, ExperienceCurves.BANDS.get(band).label()));
    }
    String svg =
        LineChart.svg(
            "Back-end median pay by years of experience (× the least experienced band)",
            "Median annual pay of back-end developers per band of years of experience, one line"
                + " per dataset edition, each divided by the edition's median in its least"
                + " experienced band with enough respondents, so currencies compare.",
            "years of professional experience",
            "× median of the first band",
            ticks,
            "%.1f×",
            series);
    return Optional.of(
        new Chart(
            chartPrefix + EXPERIENCE,
            svg,
            "Back-end median pay by years of experience, per dataset edition",
            "Back-end median pay by experience band, relative to each edition's least experienced"
                + " band (bands with fewer than "
                + settings.privacyFloor().minimumCellSize()
                + " people are left out). Pay grows with experience in every dataset; how fast"
                + " differs."));
  }

  private Optional<Chart> roleShares(PayTrends.TrendReport trends) {
    List<LineChart.Series> series = new ArrayList<>();
    java.util.Set<Integer> years = new java.util.TreeSet<>();
    List<String> sources = new ArrayList<>();
    for (PayTrends.SourceTrend source : trends.sources()) {
      if (!source.sharesComparable()) {
        continue;
      }
      sources.add(source.source());
      for (PayTrends.RoleTrend role : source.roles()) {
        List<LineChart.Point> points = new ArrayList<>();
        for (PayTrends.YearFigures y : role.years()) {
          if (y.share().isPresent() && source.shareYears().contains(y.year())) {
            points.add(new LineChart.Point(y.year(), 100 * y.share().get().estimate()));
            years.add(y.year());
          }
        }
        if (!points.isEmpty()) {
          series.add(new LineChart.Series(source.source() + " " + role.role().id(), points));
        }
      }
    }
    if (series.isEmpty()) {
      return Optional.empty();
    }
    List<LineChart.Tick> ticks =
        years.stream().map(y -> new LineChart.Tick(y, Integer.toString(y))).toList();
    String svg =
        LineChart.svg(
            "Role shares of respondents over the years (%)",
            "Share of each source's full-time respondents with pay who are back-end, front-end or"
                + " full-stack developers, per year, in the sources whose role question stayed"
                + " the same.",
            "year",
            "% of respondents",
            ticks,
            "%.0f%%",
            series);
    return Optional.of(
        new Chart(
            chartPrefix + ROLE_SHARES,
            svg,
            "Role shares of respondents over the years",
            "Back-end, front-end and full-stack shares of respondents per year in "
                + String.join(", ", sources)
                + " (sources whose role question stayed the same over their years). A share of"
                + " respondents is who answered, not how many jobs were posted; only Stack"
                + " Overflow's and DOU's surveys decide the demand half of claim 7."));
  }

  // ---- formatting ----

  /** "+8.1%", "-1.7 pp a year": one decimal, the sign always shown, as the claims JSON rounds. */
  static String number(double value, String unit) {
    return String.format(Locale.ROOT, "%+.1f%s", value, unit);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
