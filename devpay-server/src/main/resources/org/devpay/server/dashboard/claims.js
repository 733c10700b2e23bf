// devpay dashboard, second part: the adjusted back-end premiums (forest plot and table) from
// /api/compare and the verdicts on the article's claims from /api/claims. Like dashboard.js it
// computes nothing: every number shown is one the API publishes. Loaded after dashboard.js, whose
// error bars it draws with (window.devpayCharts).
"use strict";

(function () {
  const COLORS = { frontend: "#b34700", fullstack: "#2e7d32" };
  const NAMES = { frontend: "vs front-end", fullstack: "vs full-stack" };
  const $ = (id) => document.getElementById(id);
  const oneDecimal = new Intl.NumberFormat("en", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "always",
  });
  const wholeNumber = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body && body.detail ? body.detail : response.statusText);
    }
    return body;
  }

  function cell(text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function percent(value) {
    return oneDecimal.format(value) + "%";
  }

  function drawAdjusted(comparisons) {
    const labels = [];
    comparisons.frontend.editions.forEach((e) => labels.push(e.dataset + " " + e.edition));
    comparisons.fullstack.editions.forEach((e) => {
      const label = e.dataset + " " + e.edition;
      if (!labels.includes(label)) {
        labels.push(label);
      }
    });
    labels.sort();
    labels.push("pooled");
    const tbody = $("adjusted-table").querySelector("tbody");
    tbody.innerHTML = "";
    const series = [];
    for (const other of ["frontend", "fullstack"]) {
      const document_ = comparisons[other];
      const points = [];
      const bars = [];
      const rows = document_.editions.map((e) => ({
        label: e.dataset + " " + e.edition,
        n: e.focal_n + e.baseline_n,
        figure: e.suppressed || !e.adjusted ? null : e.adjusted,
        note: e.note || "",
      }));
      const pooled = document_.pooled.adjusted;
      rows.push({
        label: "pooled",
        n: pooled.rows,
        figure: pooled.percent === null ? null : pooled,
        note: pooled.note,
      });
      for (const row of rows) {
        const tr = document.createElement("tr");
        tr.dataset.compared = other;
        tr.dataset.edition = row.label;
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = row.label;
        tr.appendChild(th);
        tr.appendChild(cell(other === "frontend" ? "Front-end" : "Full-stack"));
        tr.appendChild(cell(wholeNumber.format(row.n)));
        if (row.figure) {
          const index = labels.indexOf(row.label);
          points.push([row.figure.percent, index]);
          bars.push([index, row.figure.percent_ci_lower, row.figure.percent_ci_upper]);
          const value = cell(percent(row.figure.percent));
          value.dataset.value = String(row.figure.percent);
          tr.appendChild(value);
          tr.appendChild(
            cell(percent(row.figure.percent_ci_lower) + " to " + percent(row.figure.percent_ci_upper))
          );
        } else {
          tr.appendChild(cell("withheld", "withheld"));
          tr.appendChild(cell(row.note, "withheld"));
        }
        tbody.appendChild(tr);
      }
      series.push({
        type: "scatter",
        name: NAMES[other],
        data: points,
        symbolSize: 10,
        itemStyle: { color: COLORS[other] },
        markLine: other === "frontend"
          ? { silent: true, symbol: "none", lineStyle: { color: "#4a5360", type: "dashed" }, data: [{ xAxis: 0 }] }
          : undefined,
      });
      series.push(window.devpayCharts.errorBars(NAMES[other], COLORS[other], bars));
    }
    const chart = echarts.getInstanceByDom($("chart-adjusted")) ||
      echarts.init($("chart-adjusted"), null, { renderer: "canvas" });
    chart.setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
        legend: { top: 0, data: [NAMES.frontend, NAMES.fullstack] },
        tooltip: { trigger: "item" },
        xAxis: { type: "value", scale: true, name: "adjusted back-end premium, %", nameLocation: "middle", nameGap: 28 },
        yAxis: { type: "category", data: labels, inverse: true },
        series: series,
      },
      true
    );
    window.addEventListener("resize", () => chart.resize());
  }

  function drawClaims(document_) {
    const tbody = $("claims-table").querySelector("tbody");
    tbody.innerHTML = "";
    for (const claim of document_.claims) {
      const tr = document.createElement("tr");
      tr.dataset.claim = claim.id;
      tr.dataset.verdict = claim.verdict;
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = claim.text;
      tr.appendChild(th);
      tr.appendChild(cell(claim.verdict, "verdict-" + claim.verdict.replace(/ /g, "-")));
      const effect = claim.effect;
      if (effect.estimate !== null) {
        const unit = effect.unit === "%" ? "%" : " " + effect.unit;
        const value = cell(effect.name + ": " + oneDecimal.format(effect.estimate) + unit);
        value.dataset.value = String(effect.estimate);
        tr.appendChild(value);
        tr.appendChild(
          cell(oneDecimal.format(effect.estimate_ci_lower) + " to " + oneDecimal.format(effect.estimate_ci_upper) + unit)
        );
        tr.appendChild(cell(wholeNumber.format(effect.n)));
      } else {
        tr.appendChild(cell(effect.name));
        tr.appendChild(cell(""));
        tr.appendChild(cell("0"));
      }
      tr.appendChild(cell(claim.sentence));
      tbody.appendChild(tr);
    }
    const counts = Object.entries(document_.verdict_counts)
      .filter(([, count]) => count > 0)
      .map(([verdict, count]) => count + " " + verdict)
      .join(", ");
    $("claims-note").textContent =
      "Each claim of the article tested on every dataset that can test it: " + counts + ". " +
      document_.p_value_adjustment + ". Decision rules: docs/claims.md.";
  }

  async function start() {
    try {
      const [frontend, fullstack, claims] = await Promise.all([
        getJson("/api/compare?role=backend&vs=frontend"),
        getJson("/api/compare?role=backend&vs=fullstack"),
        getJson("/api/claims"),
      ]);
      drawAdjusted({ frontend: frontend.comparisons[0], fullstack: fullstack.comparisons[0] });
      drawClaims(claims);
      document.body.dataset.claimsState = "ready";
    } catch (error) {
      $("claims-note").textContent = "Could not load the claims: " + error.message;
      document.body.dataset.claimsState = "error";
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
