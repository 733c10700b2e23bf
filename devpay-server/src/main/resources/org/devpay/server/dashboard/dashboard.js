// devpay dashboard: reads the JSON API of the server that serves this page and draws its figures.
// No figure is computed here: every number shown comes from /api/answer or /api/experience-curves,
// so the page shows exactly what the API (and the CLI) publish.
"use strict";

(function () {
  // The record filter's criteria within an edition, as the page's selects name them (a server test
  // holds them to the filter's one declaration, FilterCriterion); their values come from
  // /api/datasets.
  const FACETS = Array.from(document.querySelectorAll("select[data-facet]"), (s) => s.dataset.facet);
  const COLORS = { backend: "#0b5cad", frontend: "#b34700", fullstack: "#2e7d32" };
  const RATIO_COLORS = { frontend: "#b34700", fullstack: "#2e7d32" };
  const state = { datasets: null, editions: [], request: 0 };
  const charts = {};

  const $ = (id) => document.getElementById(id);
  const wholeNumber = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
  const threeDecimals = new Intl.NumberFormat("en", {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });

  function setStatus(text, isError) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : response.statusText;
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function editionKey(edition) {
    return edition.dataset + "/" + edition.edition;
  }

  function selectedEdition() {
    return state.editions.find((e) => editionKey(e) === $("edition").value);
  }

  function filterValues() {
    const values = {};
    for (const facet of FACETS) {
      const value = $(facet).value;
      if (value) {
        values[facet] = value;
      }
    }
    return values;
  }

  function query(values) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
      params.set(name, value);
    }
    const text = params.toString();
    return text ? "?" + text : "";
  }

  function fillEditions() {
    const select = $("edition");
    select.innerHTML = "";
    for (const edition of state.editions) {
      const option = document.createElement("option");
      option.value = editionKey(edition);
      option.textContent =
        edition.title + " " + edition.edition + " (" + wholeNumber.format(edition.records) + " rows)";
      select.appendChild(option);
    }
  }

  // Each facet offers the values the selected edition holds at least k times (from /api/datasets).
  function fillFacets(keep) {
    const edition = selectedEdition();
    for (const facet of FACETS) {
      const select = $(facet);
      const wanted = keep[facet] || "";
      select.innerHTML = "";
      const any = document.createElement("option");
      any.value = "";
      any.textContent = "Any";
      select.appendChild(any);
      const counts = edition ? edition.filters[facet] : {};
      const names = Object.keys(counts);
      for (const name of names) {
        const option = document.createElement("option");
        option.value = name;
        option.textContent = name + " (" + wholeNumber.format(counts[name]) + ")";
        select.appendChild(option);
      }
      select.value = names.includes(wanted) ? wanted : "";
      select.disabled = names.length === 0;
    }
  }

  function readLocation() {
    const params = new URLSearchParams(window.location.search);
    const values = {};
    for (const facet of FACETS) {
      if (params.get(facet)) {
        values[facet] = params.get(facet);
      }
    }
    return { edition: params.get("edition"), values: values };
  }

  function writeLocation() {
    const values = Object.assign({ edition: $("edition").value }, filterValues());
    window.history.replaceState(null, "", window.location.pathname + query(values));
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id), null, { renderer: "canvas" });
    }
    return charts[id];
  }

  // Horizontal error bars: data items are [category index, lower, upper].
  function errorBars(name, color, data) {
    return {
      type: "custom",
      name: name,
      data: data,
      encode: { x: [1, 2], y: 0 },
      z: 3,
      renderItem: function (params, api) {
        const y = api.value(0);
        const low = api.coord([api.value(1), y]);
        const high = api.coord([api.value(2), y]);
        const cap = Math.max(4, api.size([0, 1])[1] * 0.15);
        const style = { stroke: color, lineWidth: 2 };
        return {
          type: "group",
          children: [
            { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
            { type: "line", shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style: style },
            { type: "line", shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style: style },
          ],
        };
      },
    };
  }

  // Shared with claims.js, which draws the adjusted premiums the same way.
  window.devpayCharts = { errorBars: errorBars };

  function cell(text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  // Axis labels stay short on a phone: 45,000 becomes 45k.
  function compact(value) {
    return Math.abs(value) >= 1000 ? wholeNumber.format(value / 1000) + "k" : String(value);
  }

  function money(value) {
    return value === null || value === undefined ? "" : wholeNumber.format(value);
  }

  function drawRoles(edition, answer) {
    const tbody = $("roles-table").querySelector("tbody");
    tbody.innerHTML = "";
    $("verdict").textContent = "";
    $("sources").textContent = "";
    if (!answer) {
      $("edition-description").textContent = "";
      chart("chart-roles").clear();
      const row = document.createElement("tr");
      const td = cell("No record of this edition passes these filters.", "withheld");
      td.colSpan = 6;
      row.appendChild(td);
      tbody.appendChild(row);
      return;
    }
    const view = answer.screened;
    $("edition-description").textContent =
      answer.title + " " + answer.edition + ": " + answer.pay + ". Annual " + answer.currency +
      ", " + wholeNumber.format(view.rows) + " screened rows.";
    const shown = view.roles.filter((r) => !r.suppressed);
    for (const role of view.roles) {
      const row = document.createElement("tr");
      row.dataset.role = role.role;
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = role.role_name;
      row.appendChild(th);
      row.appendChild(cell(wholeNumber.format(role.n)));
      if (role.suppressed) {
        const td = cell("withheld: fewer than k respondents", "withheld");
        td.colSpan = 4;
        row.appendChild(td);
      } else {
        row.appendChild(cell(money(role.p25)));
        const median = cell(money(role.median));
        median.dataset.value = String(role.median);
        median.className = "median";
        row.appendChild(median);
        row.appendChild(cell(money(role.median_ci_lower) + " – " + money(role.median_ci_upper)));
        row.appendChild(cell(money(role.p75)));
      }
      tbody.appendChild(row);
    }
    $("verdict").textContent = answer.verdict;
    $("sources").textContent =
      "Source: " + answer.publisher + ", " + answer.licence + ". Files: " +
      answer.sources.map((s) => s.entry + " (sha256 " + s.sha256.slice(0, 12) + "…)").join(", ");
    const names = shown.map((r) => r.role_name);
    chart("chart-roles").setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
        tooltip: { trigger: "item" },
        xAxis: {
          type: "value",
          name: answer.currency + " per year",
          nameLocation: "middle",
          nameGap: 28,
          axisLabel: { formatter: compact },
        },
        yAxis: { type: "category", data: names, inverse: true },
        series: [
          {
            type: "bar",
            name: "Median",
            data: shown.map((r) => ({
              value: r.median,
              itemStyle: { color: COLORS[r.role] || "#6b7683" },
            })),
            barMaxWidth: 22,
          },
          errorBars("95% interval", "#1b1f24", shown.map((r, i) => [i, r.median_ci_lower, r.median_ci_upper])),
        ],
      },
      true
    );
    $("chart-roles").setAttribute(
      "aria-label",
      "Median pay by role in " + answer.dataset + " " + answer.edition + ": " +
        shown.map((r) => r.role_name + " " + money(r.median)).join(", ")
    );
  }

  function drawForest(answers) {
    const labels = answers.map((a) => a.dataset + " " + a.edition);
    const series = [];
    const tbody = $("ratios-table").querySelector("tbody");
    tbody.innerHTML = "";
    for (const denominator of ["frontend", "fullstack"]) {
      const points = [];
      const bars = [];
      answers.forEach((answer, index) => {
        const ratio = answer.screened.ratios.find((r) => r.denominator === denominator);
        const row = document.createElement("tr");
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = labels[index];
        row.appendChild(th);
        row.appendChild(cell(denominator === "frontend" ? "Front-end" : "Full-stack"));
        if (ratio && ratio.estimate !== null) {
          points.push([ratio.estimate, index]);
          bars.push([index, ratio.ci_lower, ratio.ci_upper]);
          const value = cell(threeDecimals.format(ratio.estimate));
          value.dataset.value = String(ratio.estimate);
          row.appendChild(value);
          row.appendChild(cell(threeDecimals.format(ratio.ci_lower) + " – " + threeDecimals.format(ratio.ci_upper)));
          row.appendChild(cell(ratio.direction.replace(/_/g, " ")));
        } else {
          row.appendChild(cell("not computed", "withheld"));
          row.appendChild(cell(""));
          row.appendChild(cell(ratio ? ratio.note : "", "withheld"));
        }
        tbody.appendChild(row);
      });
      const name = denominator === "frontend" ? "vs front-end" : "vs full-stack";
      series.push({
        type: "scatter",
        name: name,
        data: points,
        symbolSize: 10,
        itemStyle: { color: RATIO_COLORS[denominator] },
        markLine: denominator === "frontend"
          ? { silent: true, symbol: "none", lineStyle: { color: "#4a5360", type: "dashed" }, data: [{ xAxis: 1 }] }
          : undefined,
      });
      series.push(errorBars(name, RATIO_COLORS[denominator], bars));
    }
    chart("chart-forest").setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
        legend: { top: 0, data: ["vs front-end", "vs full-stack"] },
        tooltip: { trigger: "item" },
        xAxis: { type: "value", scale: true, name: "back-end median / other median", nameLocation: "middle", nameGap: 28 },
        yAxis: { type: "category", data: labels, inverse: true },
        series: series,
      },
      true
    );
  }

  function drawExperience(document_, edition) {
    const curves = document_.editions.find(
      (e) => e.dataset === edition.dataset && e.edition === edition.edition
    );
    const bands = document_.bands.map((b) => b.label + " yrs");
    if (!curves) {
      $("experience-note").textContent =
        edition.title + " " + edition.edition + " does not state years of experience (or no row passes the filters).";
      chart("chart-experience").clear();
      return;
    }
    $("experience-note").textContent =
      "Median annual pay in " + curves.currency + " by years of professional experience, " +
      wholeNumber.format(curves.rows_with_experience) + " screened rows that state it. " +
      "Gaps are bands with fewer than k respondents.";
    chart("chart-experience").setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: bands },
        yAxis: { type: "value", scale: true, name: curves.currency + " per year", axisLabel: { formatter: compact } },
        series: curves.roles.map((role) => ({
          type: "line",
          name: role.role_name,
          connectNulls: false,
          symbolSize: 8,
          itemStyle: { color: COLORS[role.role] },
          data: role.points.map((p) => (p.suppressed ? null : p.median)),
        })),
      },
      true
    );
  }

  async function refresh() {
    const edition = selectedEdition();
    if (!edition) {
      return;
    }
    writeLocation();
    const request = ++state.request;
    const filters = filterValues();
    document.body.dataset.state = "loading";
    setStatus("Loading…");
    try {
      const [answer, curves] = await Promise.all([
        getJson("/api/answer" + query(filters)),
        getJson(
          "/api/experience-curves" +
            query(Object.assign({ dataset: edition.dataset, edition: edition.edition }, filters))
        ),
      ]);
      if (request !== state.request) {
        return;
      }
      const selected = answer.editions.find(
        (e) => e.dataset === edition.dataset && e.edition === edition.edition
      );
      drawRoles(edition, selected);
      drawForest(answer.editions);
      drawExperience(curves, edition);
      const described = Object.entries(filters).map(([k, v]) => k + " " + v).join(", ");
      setStatus(
        "Showing " + edition.dataset + " " + edition.edition +
          (described ? ", filtered to " + described : "") + "; " + answer.editions.length +
          " editions in the comparison."
      );
      $("settings").textContent =
        "Quantiles: " + answer.settings.quantile_method + ". Intervals: " +
        answer.settings.bootstrap.resamples + " bootstrap resamples, seed " +
        answer.settings.bootstrap.seed + ". Screen: " + answer.settings.screen +
        ". Privacy floor k = " + answer.settings.privacy_floor_k + ". Data version " +
        answer.data_version + ".";
      document.body.dataset.state = "ready";
    } catch (error) {
      if (request === state.request) {
        setStatus("Could not load the figures: " + error.message, true);
        document.body.dataset.state = "error";
      }
    }
  }

  async function start() {
    try {
      state.datasets = await getJson("/api/datasets");
    } catch (error) {
      setStatus("Could not load the datasets: " + error.message, true);
      document.body.dataset.state = "error";
      return;
    }
    state.editions = state.datasets.editions;
    $("k").textContent = String(state.datasets.privacy_floor_k);
    if (state.editions.length === 0) {
      setStatus("No data has been ingested yet: run ./devpay answer --data DIR, then reload.", true);
      document.body.dataset.state = "error";
      return;
    }
    fillEditions();
    const initial = readLocation();
    if (initial.edition && state.editions.some((e) => editionKey(e) === initial.edition)) {
      $("edition").value = initial.edition;
    } else {
      // Without a choice in the address: the newest edition of the first dataset (a survey's
      // latest wave, not its oldest).
      const first = state.editions[0].dataset;
      $("edition").value = editionKey(state.editions.filter((e) => e.dataset === first).pop());
    }
    fillFacets(initial.values);
    $("edition").addEventListener("change", () => {
      fillFacets(filterValues());
      refresh();
    });
    for (const facet of FACETS) {
      $(facet).addEventListener("change", refresh);
    }
    $("filters").addEventListener("reset", (event) => {
      event.preventDefault();
      fillFacets({});
      refresh();
    });
    window.addEventListener("resize", () => Object.values(charts).forEach((c) => c.resize()));
    await refresh();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
