// devpay "one view across editions": every edition's P10-P90 band (and P50) on one axis in US
// dollars, one group per pay basis (gross or net, base or total), never pooled into one number;
// optionally the user's pay as each edition reads it. Used by the estimator and the locator.
"use strict";

(function () {
  const GROUPS = ["gross base", "gross total", "net base", "net total"];
  const COLORS = {
    "gross base": "#0b5cad",
    "gross total": "#6a3d9a",
    "net base": "#2e7d32",
    "net total": "#8a4b00",
  };
  const money = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

  function compact(value) {
    return Math.abs(value) >= 1000 ? money.format(value / 1000) + "k" : String(value);
  }

  // rows: [{label, basis, scope, p10, p50, p90, marker}] in USD; marker optional.
  function draw(elementId, rows, markerName) {
    const element = document.getElementById(elementId);
    const existing = echarts.getInstanceByDom(element);
    const chart = existing || echarts.init(element, null, { renderer: "canvas" });
    const categories = [];
    const bands = [];
    const markers = [];
    for (const group of GROUPS) {
      const members = rows.filter((r) => r.basis + " " + r.scope === group);
      if (members.length === 0) {
        continue;
      }
      categories.push("— " + group + " pay —");
      for (const row of members) {
        const index = categories.length;
        categories.push(row.label);
        bands.push({ value: [index, row.p10, row.p50, row.p90], group: group, label: row.label });
        if (row.marker !== undefined && row.marker !== null) {
          markers.push({ value: [row.marker, index], label: row.label });
        }
      }
    }
    element.style.height = Math.max(180, 60 + 30 * categories.length) + "px";
    chart.resize();
    const series = [
      {
        type: "custom",
        name: "P10 to P90 (| P50)",
        data: bands.map((b) => ({ value: b.value, itemStyle: { color: COLORS[b.group] } })),
        encode: { x: [1, 2, 3], y: 0 },
        renderItem: function (params, api) {
          const y = api.value(0);
          const low = api.coord([api.value(1), y]);
          const middle = api.coord([api.value(2), y]);
          const high = api.coord([api.value(3), y]);
          const height = Math.max(8, api.size([0, 1])[1] * 0.45);
          const color = api.visual("color");
          return {
            type: "group",
            children: [
              {
                type: "rect",
                shape: { x: low[0], y: low[1] - height / 2, width: high[0] - low[0], height: height },
                style: { fill: color, opacity: 0.35, stroke: color },
              },
              {
                type: "line",
                shape: { x1: middle[0], y1: middle[1] - height / 2, x2: middle[0], y2: middle[1] + height / 2 },
                style: { stroke: color, lineWidth: 3 },
              },
            ],
          };
        },
        tooltip: {
          formatter: (p) =>
            p.data && p.value
              ? categories[p.value[0]] + ": P10 " + money.format(p.value[1]) + ", P50 " +
                money.format(p.value[2]) + ", P90 " + money.format(p.value[3]) + " USD"
              : "",
        },
      },
    ];
    if (markers.length > 0) {
      series.push({
        type: "scatter",
        name: markerName || "your pay",
        data: markers.map((m) => m.value),
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: "#b00020" },
        z: 5,
        tooltip: { formatter: (p) => (markerName || "your pay") + ": " + money.format(p.value[0]) + " USD" },
      });
    }
    chart.setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 28, bottom: 40, containLabel: true },
        legend: { top: 0, data: series.map((s) => s.name) },
        tooltip: { trigger: "item" },
        xAxis: {
          type: "value",
          name: "USD per year",
          nameLocation: "middle",
          nameGap: 28,
          axisLabel: { formatter: compact },
        },
        yAxis: {
          type: "category",
          data: categories,
          inverse: true,
          axisLabel: {
            formatter: (value) => (value.startsWith("— ") ? "{group|" + value + "}" : value),
            rich: { group: { fontWeight: "bold", color: "#1b1f24" } },
          },
        },
        series: series,
      },
      true
    );
    element.setAttribute(
      "aria-label",
      "P10 to P90 of every edition in USD, grouped by pay basis: " +
        bands
          .map((b) => b.label + " (" + b.group + ") " + money.format(b.value[1]) + " to " + money.format(b.value[3]))
          .join("; ") +
        (markers.length > 0
          ? ". " + (markerName || "your pay") + ": " +
            markers.map((m) => m.label + " " + money.format(m.value[0])).join("; ")
          : "")
    );
    return chart;
  }

  window.devpayEditionsAxis = { draw: draw };
})();
