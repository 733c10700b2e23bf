// devpay "Where do I stand?": asks GET /api/standing where a pay stands among comparable
// respondents and shows, per edition, the sentence, the share paid less (a band, with its 95%
// interval), the amount as the edition reads it, and a chart of the comparable distribution (its
// published band edges) with the pay and the estimate's P10, P50 and P90 marked; then every
// edition on one USD axis. Nothing is computed here but the bars' heights from the published edges.
"use strict";

(function () {
  const ROLES = [
    ["backend", "Back-end"],
    ["frontend", "Front-end"],
    ["fullstack", "Full-stack"],
    ["mobile", "Mobile"],
    ["devops", "DevOps / SRE"],
    ["data-engineering", "Data engineering"],
    ["data-science", "Data science / ML"],
    ["qa", "QA / testing"],
    ["embedded", "Embedded"],
    ["security", "Security"],
    ["management", "Management"],
    ["other", "Other"],
  ];
  const SENIORITY = ["junior", "middle", "senior", "lead"];
  const $ = (id) => document.getElementById(id);
  const money = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
  let request = 0;
  const charts = [];

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function option(select, value, text) {
    const node = document.createElement("option");
    node.value = value;
    node.textContent = text;
    select.appendChild(node);
  }

  function setStatus(text, isError) {
    const status = $("standing-status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function compact(value) {
    return Math.abs(value) >= 1000 ? money.format(value / 1000) + "k" : String(value);
  }

  function points(share) {
    return String(Math.round(100 * share));
  }

  // The form offers what the API accepts: currencies from its OpenAPI document, the rest as the
  // estimator's form does (values held by at least k respondents in some edition).
  function fillForm(datasets, openApi) {
    const parameters = openApi.paths["/api/standing"].get.parameters;
    const currencies = parameters.find((p) => p.name === "currency").schema.enum;
    for (const code of currencies) {
      option($("standing-currency"), code, code);
    }
    $("standing-currency").value = "EUR";
    for (const [id, name] of ROLES) {
      option($("standing-role"), id, name);
    }
    option($("standing-seniority"), "", "Not given");
    for (const level of SENIORITY) {
      option($("standing-seniority"), level, level);
    }
    const values = { country: new Set(), metro: new Set(), industry: new Set(), skill: new Set() };
    for (const edition of datasets.editions) {
      for (const facet of Object.keys(values)) {
        Object.keys(edition.filters[facet] || {}).forEach((v) => values[facet].add(v));
      }
    }
    const fields = { country: "standing-country", metro: "standing-metro", industry: "standing-industry" };
    for (const [facet, id] of Object.entries(fields)) {
      option($(id), "", "Not given");
      [...values[facet]].sort().forEach((v) => option($(id), v, v));
    }
    [...values.skill].sort().forEach((v) => option($("standing-skills"), v, v));
    option($("standing-edition"), "", "Every edition that can answer");
    for (const edition of datasets.editions) {
      option($("standing-edition"), edition.dataset + "/" + edition.edition, edition.title + " " + edition.edition);
    }
  }

  function parameters() {
    const params = new URLSearchParams();
    params.set("pay", $("standing-pay").value.trim());
    params.set("currency", $("standing-currency").value);
    params.set("period", $("standing-period").value);
    params.set("role", $("standing-role").value);
    const years = $("standing-years").value.trim();
    if (years) {
      params.set("years", years);
    }
    for (const name of ["seniority", "country", "metro", "industry"]) {
      const value = $("standing-" + name).value;
      if (value) {
        params.set(name, value);
      }
    }
    const skills = [...$("standing-skills").selectedOptions].map((o) => o.value);
    if (skills.length > 0) {
      params.set("skills", skills.join(","));
    }
    const edition = $("standing-edition").value;
    if (edition) {
      const [dataset, label] = edition.split("/");
      params.set("dataset", dataset);
      params.set("edition", label);
    }
    return params;
  }

  // The comparable distribution: between consecutive published edges lies one band's share of
  // respondents, so each bar's height is that share per 1,000 of the currency.
  function drawDistribution(node, standing) {
    const chart = echarts.init(node, null, { renderer: "canvas" });
    charts.push(chart);
    const q = standing.distribution.quantiles;
    const step = standing.distribution.step_points / 100;
    const bars = [];
    for (let i = 0; i + 1 < q.length; i++) {
      const width = q[i + 1].amount - q[i].amount;
      bars.push([q[i].amount, q[i + 1].amount, width > 0 ? (1000 * step) / width : 0, q[i].share, q[i + 1].share]);
    }
    const pay = standing.amount.annual;
    const band = standing.band;
    const lines = [
      { name: "P10", xAxis: band.p10, lineStyle: { color: "#4a5360", type: "dashed" } },
      { name: "P50", xAxis: band.p50, lineStyle: { color: "#1b1f24", type: "solid", width: 2 } },
      { name: "P90", xAxis: band.p90, lineStyle: { color: "#4a5360", type: "dashed" } },
      {
        name: "your pay",
        xAxis: pay,
        lineStyle: { color: "#b00020", type: "solid", width: 3 },
        label: { position: "insideEndTop", color: "#b00020", fontWeight: "bold" },
      },
    ];
    const low = Math.min(q[0].amount, pay, band.p10);
    const high = Math.max(q[q.length - 1].amount, pay, band.p90);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 36, bottom: 40, containLabel: true },
      tooltip: { trigger: "item" },
      xAxis: {
        type: "value",
        name: standing.amount.currency + " per year (" + standing.basis + " " + standing.scope + ")",
        nameLocation: "middle",
        nameGap: 28,
        min: Math.floor((low * 0.95) / 10000) * 10000,
        max: Math.ceil((high * 1.03) / 10000) * 10000,
        axisLabel: { formatter: compact },
      },
      yAxis: { type: "value", axisLabel: { show: false } },
      series: [
        {
          type: "custom",
          name: "comparable respondents",
          data: bars,
          encode: { x: [0, 1], y: 2 },
          renderItem: function (params, api) {
            const start = api.coord([api.value(0), api.value(2)]);
            const end = api.coord([api.value(1), 0]);
            return {
              type: "rect",
              shape: { x: start[0], y: start[1], width: end[0] - start[0], height: end[1] - start[1] },
              style: { fill: "#0b5cad", opacity: 0.3, stroke: "#0b5cad" },
            };
          },
          tooltip: {
            formatter: (p) =>
              points(p.value[3]) + "–" + points(p.value[4]) + "% of comparable respondents: " +
              money.format(p.value[0]) + " to " + money.format(p.value[1]),
          },
          markLine: {
            silent: true,
            symbol: "none",
            label: { formatter: "{b}", position: "end" },
            data: lines,
          },
        },
      ],
    });
    node.setAttribute(
      "aria-label",
      "Distribution of pay for " + standing.group + " in " + standing.title + ", " +
        standing.distribution.step_points + "% of respondents between consecutive edges from " +
        money.format(q[0].amount) + " to " + money.format(q[q.length - 1].amount) + " " +
        standing.amount.currency + "; your pay " + money.format(pay) + "; P10 " + money.format(band.p10) +
        ", P50 " + money.format(band.p50) + ", P90 " + money.format(band.p90)
    );
  }

  function render(document_) {
    charts.splice(0).forEach((c) => c.dispose());
    const result = $("standing-result");
    result.innerHTML = "";
    for (const standing of document_.standings) {
      const card = element("article", undefined, "estimate standing");
      card.dataset.dataset = standing.dataset;
      card.dataset.edition = standing.edition;
      card.appendChild(element("h3", standing.title + " (" + standing.dataset + " " + standing.edition + ")"));
      const sentence = element("p", "Your pay is " + standing.sentence + ".", "sentence");
      sentence.dataset.low = String(standing.percentile.low);
      sentence.dataset.high = String(standing.percentile.high);
      card.appendChild(sentence);
      const figures = element("dl", undefined, "band");
      const items = [
        ["Paid less than you", standing.percentile.text, "percentile"],
        ["95% interval", standing.percentile.interval_text, "interval"],
        ["Your pay as read (" + standing.amount.currency + ")", money.format(standing.amount.annual), "amount"],
      ];
      for (const [name, value, key] of items) {
        const item = element("div", undefined, key === "percentile" ? "p50" : "");
        item.appendChild(element("dt", name));
        const dd = element("dd", value);
        dd.dataset.name = key;
        item.appendChild(dd);
        figures.appendChild(item);
      }
      card.appendChild(figures);
      card.appendChild(element("p", standing.amount.description + ".", "note conversion"));
      const cell = standing.cell;
      const cellText = standing.cell_percentile
        ? "Comparable cell: " + cell.description + ", n = " + count.format(cell.n) + ": higher than " +
          standing.cell_percentile.text + " of it (95% interval " + standing.cell_percentile.interval_text + ")."
        : "Comparable cell: " + cell.description + ", n = " + count.format(cell.n) + ". Its own percentile is withheld: " +
          standing.cell_withheld + ".";
      const cellNode = element("p", cellText, "cell");
      cellNode.dataset.n = String(cell.n);
      card.appendChild(cellNode);
      const chart = element("div", undefined, "chart standing-chart");
      chart.setAttribute("role", "img");
      card.appendChild(chart);
      card.appendChild(
        element(
          "p",
          "Bars: the model's smoothed distribution for " + standing.group + "; each bar holds " +
            standing.distribution.step_points + "% of them (the lowest and highest " +
            standing.distribution.step_points + "% lie beyond). Lines: your pay, and the estimate's P10, P50 and P90.",
          "note"
        )
      );
      if (standing.notes.length > 0) {
        const notes = element("ul", undefined, "note");
        standing.notes.forEach((n) => notes.appendChild(element("li", n)));
        card.appendChild(notes);
      }
      result.appendChild(card);
      drawDistribution(chart, standing);
    }
    const axis = element("div", undefined, "chart");
    axis.id = "standing-axis";
    axis.setAttribute("role", "img");
    result.appendChild(element("h3", "All editions on one axis (USD)"));
    result.appendChild(
      element(
        "p",
        "Each edition's P10 to P90 for the profile, in US dollars at its survey year's rate, grouped by pay basis: net and gross pay, and base pay and total compensation, are never pooled. The diamond is your pay as each edition reads it.",
        "note"
      )
    );
    result.appendChild(axis);
    window.devpayEditionsAxis.draw(
      "standing-axis",
      document_.standings.map((s) => ({
        label: s.dataset + " " + s.edition,
        basis: s.basis,
        scope: s.scope,
        p10: s.band_usd.p10,
        p50: s.band_usd.p50,
        p90: s.band_usd.p90,
        marker: s.amount.usd,
      })),
      "your pay"
    );
    if (document_.skipped.length > 0) {
      const skipped = element("ul", undefined, "estimate-skipped");
      skipped.setAttribute("aria-label", "Editions that could not answer");
      for (const s of document_.skipped) {
        skipped.appendChild(element("li", s.dataset + " " + s.edition + ": " + s.reason));
      }
      result.appendChild(skipped);
    }
  }

  async function submit(event) {
    event.preventDefault();
    const mine = ++request;
    document.body.dataset.standing = "loading";
    setStatus("Placing your pay…");
    try {
      const response = await fetch("/api/standing?" + parameters().toString(), {
        headers: { Accept: "application/json" },
      });
      const body = await response.json().catch(() => null);
      if (mine !== request) {
        return;
      }
      if (!response.ok) {
        charts.splice(0).forEach((c) => c.dispose());
        $("standing-result").innerHTML = "";
        setStatus((body && body.detail) || response.statusText, true);
        document.body.dataset.standing = "error";
        return;
      }
      render(body);
      const n = body.standings.length;
      setStatus("Placed in " + n + (n === 1 ? " edition" : " editions") + ".");
      document.body.dataset.standing = "ready";
    } catch (error) {
      if (mine === request) {
        setStatus("Could not place the pay: " + error.message, true);
        document.body.dataset.standing = "error";
      }
    }
  }

  async function start() {
    try {
      const [datasets, openApi] = await Promise.all(
        ["/api/datasets", "/api/openapi.json"].map(async (url) => {
          const response = await fetch(url, { headers: { Accept: "application/json" } });
          if (!response.ok) {
            throw new Error(response.statusText);
          }
          return response.json();
        })
      );
      fillForm(datasets, openApi);
    } catch (error) {
      setStatus("Could not load the form's choices: " + error.message, true);
      return;
    }
    $("standing-form").addEventListener("submit", submit);
    window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
    document.body.dataset.standingForm = "ready";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
