// devpay estimator form: asks GET /api/estimate for a profile and shows each edition's P10, P50
// and P90 with the comparable cell and its n, the model's adjustments and its measured accuracy.
// Nothing is computed here: every number comes from the API, so the page shows what the CLI prints.
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

  function percent(share) {
    return (100 * share).toFixed(1) + "%";
  }

  function signed(value) {
    return (value >= 0 ? "+" : "−") + Math.abs(value).toFixed(1) + "%";
  }

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
    const status = $("estimate-status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  // The choices each field offers: values held by at least k respondents in some edition.
  function fillForm(datasets) {
    for (const [id, name] of ROLES) {
      option($("estimate-role"), id, name);
    }
    option($("estimate-seniority"), "", "Not given");
    for (const level of SENIORITY) {
      option($("estimate-seniority"), level, level);
    }
    const values = { country: new Set(), metro: new Set(), industry: new Set(), skill: new Set() };
    for (const edition of datasets.editions) {
      for (const facet of Object.keys(values)) {
        Object.keys(edition.filters[facet] || {}).forEach((v) => values[facet].add(v));
      }
    }
    const fields = { country: "estimate-country", metro: "estimate-metro", industry: "estimate-industry" };
    for (const [facet, id] of Object.entries(fields)) {
      option($(id), "", "Not given");
      [...values[facet]].sort().forEach((v) => option($(id), v, v));
    }
    [...values.skill].sort().forEach((v) => option($("estimate-skills"), v, v));
    option($("estimate-edition"), "", "Every edition that can answer");
    for (const edition of datasets.editions) {
      option(
        $("estimate-edition"),
        edition.dataset + "/" + edition.edition,
        edition.title + " " + edition.edition
      );
    }
  }

  function parameters() {
    const params = new URLSearchParams();
    params.set("role", $("estimate-role").value);
    const years = $("estimate-years").value.trim();
    if (years) {
      params.set("years", years);
    }
    for (const name of ["seniority", "country", "metro", "industry"]) {
      const value = $("estimate-" + name).value;
      if (value) {
        params.set(name, value);
      }
    }
    const skills = [...$("estimate-skills").selectedOptions].map((o) => o.value);
    if (skills.length > 0) {
      params.set("skills", skills.join(","));
    }
    const edition = $("estimate-edition").value;
    if (edition) {
      const [dataset, label] = edition.split("/");
      params.set("dataset", dataset);
      params.set("edition", label);
    }
    if ($("estimate-compare").checked) {
      params.set("compare_roles", "true");
    }
    return params;
  }

  function band(estimate, key) {
    const figures = estimate[key];
    const list = element("dl", undefined, "band");
    list.dataset.currency = figures.currency;
    for (const name of ["p10", "p50", "p90"]) {
      const item = element("div", undefined, name);
      item.appendChild(element("dt", name.toUpperCase() + " (" + figures.currency + ")"));
      const value = element("dd", money.format(figures[name]));
      value.dataset.value = String(figures[name]);
      value.dataset.name = key + "-" + name;
      item.appendChild(value);
      list.appendChild(item);
    }
    return list;
  }

  function otherRoles(estimate) {
    const wrap = element("div", undefined, "table-wrap");
    const table = element("table");
    table.appendChild(
      element(
        "caption",
        "The same profile in other roles (" + estimate.local.currency + "); role effect with its 95% interval, other facts equal"
      )
    );
    const head = element("thead");
    const headRow = element("tr");
    for (const name of ["Role", "Cell n", "P10", "P50", "P90", "P50 ratio", "Role effect"]) {
      const th = element("th", name);
      th.scope = "col";
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    const body = element("tbody");
    for (const other of estimate.other_roles) {
      const row = element("tr");
      row.dataset.role = other.role;
      row.appendChild(element("td", other.role_name));
      row.appendChild(element("td", count.format(other.cell_n)));
      for (const name of ["p10", "p50", "p90"]) {
        row.appendChild(element("td", money.format(other.local[name])));
      }
      row.appendChild(element("td", other.median_ratio.toFixed(3)));
      const effect = other.role_effect;
      row.appendChild(
        element(
          "td",
          effect
            ? signed(effect.percent) + " [" + signed(effect.percent_lower) + ", " + signed(effect.percent_upper) + "]"
            : "–"
        )
      );
      body.appendChild(row);
    }
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function render(document_) {
    const result = $("estimate-result");
    result.innerHTML = "";
    for (const estimate of document_.estimates) {
      const card = element("article", undefined, "estimate");
      card.dataset.dataset = estimate.dataset;
      card.dataset.edition = estimate.edition;
      card.appendChild(element("h3", estimate.title + " (" + estimate.dataset + " " + estimate.edition + ")"));
      card.appendChild(element("p", estimate.pay + " · " + estimate.basis + ", " + estimate.scope, "note"));
      card.appendChild(band(estimate, "local"));
      if (estimate.local.currency !== "USD") {
        card.appendChild(band(estimate, "usd"));
        card.appendChild(element("p", estimate.exchange_rate + ".", "note"));
      }
      const cell = estimate.cell;
      const cellText = element(
        "p",
        "Comparable cell: " + cell.description + ", n = " + count.format(cell.n) + ", its median " +
          money.format(cell.median) + " " + estimate.local.currency + "."
      );
      cellText.className = "cell";
      cellText.dataset.n = String(cell.n);
      card.appendChild(cellText);
      if (estimate.adjustments.length > 0) {
        card.appendChild(element("p", "Adjustments from the cell's average respondent to this profile:"));
        const list = element("ul", undefined, "adjustments");
        for (const adjustment of estimate.adjustments) {
          list.appendChild(element("li", signed(adjustment.percent) + " " + adjustment.description));
        }
        card.appendChild(list);
      }
      if (estimate.place_effect) {
        card.appendChild(
          element("p", "Place: " + estimate.place_effect.description + ": " + signed(estimate.place_effect.percent) + ".")
        );
      }
      if (estimate.notes.length > 0) {
        const notes = element("ul", undefined, "note");
        estimate.notes.forEach((n) => notes.appendChild(element("li", n)));
        card.appendChild(notes);
      }
      const model = estimate.model;
      const accuracy = model.accuracy;
      card.appendChild(
        element(
          "p",
          "Model: " + model.formula + ", fitted on " + count.format(model.training_rows) + " rows. On " +
            count.format(accuracy.test_rows) + " held-out respondents " + percent(accuracy.coverage) +
            " fell in the band (" + percent(accuracy.below_p10) + " below P10, " + percent(accuracy.above_p90) +
            " above P90); P50 was off by a median " + percent(accuracy.mdape) + ", the country × role median by " +
            percent(accuracy.baseline_mdape) + ".",
          "accuracy"
        )
      );
      if (estimate.other_roles.length > 0) {
        card.appendChild(otherRoles(estimate));
      }
      result.appendChild(card);
    }
    $("estimate-axis-wrap").hidden = false;
    window.devpayEditionsAxis.draw(
      "estimate-axis",
      document_.estimates.map((e) => ({
        label: e.dataset + " " + e.edition,
        basis: e.basis,
        scope: e.scope,
        p10: e.usd.p10,
        p50: e.usd.p50,
        p90: e.usd.p90,
      }))
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
    document.body.dataset.estimate = "loading";
    setStatus("Estimating…");
    try {
      const response = await fetch("/api/estimate?" + parameters().toString(), {
        headers: { Accept: "application/json" },
      });
      const body = await response.json().catch(() => null);
      if (mine !== request) {
        return;
      }
      if (!response.ok) {
        $("estimate-result").innerHTML = "";
        $("estimate-axis-wrap").hidden = true;
        setStatus((body && body.detail) || response.statusText, true);
        document.body.dataset.estimate = "error";
        return;
      }
      render(body);
      const n = body.estimates.length;
      setStatus("Estimated from " + n + (n === 1 ? " edition" : " editions") + ".");
      document.body.dataset.estimate = "ready";
    } catch (error) {
      if (mine === request) {
        setStatus("Could not estimate: " + error.message, true);
        document.body.dataset.estimate = "error";
      }
    }
  }

  async function start() {
    try {
      const response = await fetch("/api/datasets", { headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error(response.statusText);
      }
      fillForm(await response.json());
    } catch (error) {
      setStatus("Could not load the form's choices: " + error.message, true);
      return;
    }
    $("estimate-form").addEventListener("submit", submit);
    document.body.dataset.estimator = "ready";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
