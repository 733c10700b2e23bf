package org.devpay.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static final List<ForestPlot.Row> ROWS =
      List.of(
          new ForestPlot.Row("dou-ua 2025-06 <net>", 8.6, 5.1, 12.1, 2490),
          new ForestPlot.Row("levels-fyi 2017-2021", 11.0, 9.5, 12.6, 20067),
          new ForestPlot.Row("so-survey-2017 2017", 0.1, -11.3, 13.0, 550));

  @Test
  void aForestPlotIsWellFormedSvgWithOneRowPerEditionPlacedOnItsScale() throws Exception {
    String svg =
        ForestPlot.svg(
            "Back-end over front-end & co",
            "%",
            ROWS,
            Optional.of(new ForestPlot.Row("pooled, 3 editions", 8.1, 3.6, 12.8, 0)),
            Optional.of(new double[] {-1.4, 18.6}),
            0);
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .isEqualTo("Back-end over front-end & co");
    NodeList groups = doc.getElementsByTagNameNS("*", "g");
    int editions = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("edition")) {
        ForestPlot.Row row = ROWS.get(editions++);
        assertThat(g.getAttribute("data-label")).isEqualTo(row.label());
        assertThat(Double.parseDouble(g.getAttribute("data-estimate"))).isEqualTo(row.estimate());
        Element line = (Element) g.getElementsByTagNameNS("*", "line").item(0);
        Element marker = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
        double x1 = Double.parseDouble(line.getAttribute("x1"));
        double x2 = Double.parseDouble(line.getAttribute("x2"));
        double centre = Double.parseDouble(marker.getAttribute("x")) + 4;
        // The marker sits where the estimate lies between the interval's ends.
        double share = (row.estimate() - row.lower()) / (row.upper() - row.lower());
        assertThat((centre - x1) / (x2 - x1)).isCloseTo(share, within(0.01));
      }
    }
    assertThat(editions).isEqualTo(3);
    // The threshold line sits at 0 on the same scale as the markers.
    Element dou = (Element) groups.item(0);
    Element line = (Element) dou.getElementsByTagNameNS("*", "line").item(0);
    double x1 = Double.parseDouble(line.getAttribute("x1"));
    double x2 = Double.parseDouble(line.getAttribute("x2"));
    double perUnit = (x2 - x1) / (12.1 - 5.1);
    NodeList lines = doc.getElementsByTagNameNS("*", "line");
    Element threshold = null;
    for (int i = 0; i < lines.getLength(); i++) {
      if (((Element) lines.item(i)).getAttribute("class").equals("threshold")) {
        threshold = (Element) lines.item(i);
      }
    }
    assertThat(threshold).isNotNull();
    assertThat(Double.parseDouble(threshold.getAttribute("x1")))
        .isCloseTo(x1 - 5.1 * perUnit, within(0.05));
    assertThat(svg).contains("class=\"pooled\"").contains("class=\"prediction\"");
    assertThat(svg)
        .doesNotContain("href")
        .doesNotContain("<script")
        .doesNotContain("http://www.w3.org/1999");
  }

  @Test
  void aLineChartMarksEveryPointAndNamesEverySeries() throws Exception {
    String svg =
        LineChart.svg(
            "Role shares",
            "shares by year",
            "year",
            "% of respondents",
            List.of(new LineChart.Tick(2018, "2018"), new LineChart.Tick(2021, "2021")),
            "%.0f%%",
            List.of(
                new LineChart.Series(
                    "levels-fyi backend",
                    List.of(new LineChart.Point(2018, 28.2), new LineChart.Point(2021, 26.1))),
                new LineChart.Series("single", List.of(new LineChart.Point(2019, 5.0)))));
    Document doc = parse(svg);
    NodeList circles = doc.getElementsByTagNameNS("*", "circle");
    assertThat(circles.getLength()).isEqualTo(3);
    Element first = (Element) circles.item(0);
    Element last = (Element) circles.item(1);
    assertThat(Double.parseDouble(first.getAttribute("data-y"))).isEqualTo(28.2);
    // Higher values are drawn higher (smaller y).
    assertThat(Double.parseDouble(first.getAttribute("cy")))
        .isLessThan(Double.parseDouble(last.getAttribute("cy")));
    assertThat(Double.parseDouble(first.getAttribute("cx")))
        .isLessThan(Double.parseDouble(last.getAttribute("cx")));
    assertThat(doc.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(1);
    assertThat(svg).contains("data-name=\"levels-fyi backend\"").contains("data-name=\"single\"");
    assertThatThrownBy(() -> LineChart.svg("t", "d", "x", "y", List.of(), "%.0f", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ticksAreNiceNumbersSpanningTheRange() {
    assertThat(Svg.ticks(-11.3, 31.1, 6)).containsExactly(-10.0, 0.0, 10.0, 20.0, 30.0);
    // A span of 1.4 over five steps is 0.28, rounded up to the nice step 0.5.
    List<Double> ticks = Svg.ticks(0.5, 1.9, 6);
    assertThat(ticks).hasSize(3);
    assertThat(ticks.get(0)).isCloseTo(0.5, within(1e-9));
    assertThat(ticks.get(2)).isCloseTo(1.5, within(1e-9));
    assertThat(Svg.escape("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
  }
}
