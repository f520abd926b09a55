// The console's only script (CSP: script-src 'self'). Pages work without it; it draws the charts, keeps a
// dashboard current from the partnership's event stream and tells the forms the browser's time zone.
(function () {
  "use strict";

  function drawCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = JSON.parse(element.getAttribute("data-chart"));
      var existing = window.echarts.getInstanceByDom(element);
      if (existing) { existing.dispose(); }
      window.echarts.init(element).setOption(optionFor(chart));
    });
  }

  // The server sends plain data (categories, series, reference lines); how it looks is decided here.
  function optionFor(chart) {
    var series = chart.series.map(function (s) {
      return { name: s.name, type: chart.kind, data: s.values, connectNulls: true,
               markLine: s.lines && s.lines.length ? { symbol: "none", data: s.lines.map(function (l) {
                 return { name: l.name, yAxis: l.value, label: { formatter: l.name + ": {c}" } };
               }) } : undefined };
    });
    return {
      aria: { enabled: true },
      animation: false,
      title: { text: chart.title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      grid: { left: 48, right: 88, top: 40, bottom: 48 },
      xAxis: { type: "category", data: chart.categories },
      yAxis: { type: "value", name: chart.unit || "" },
      series: series
    };
  }

  function followPartnership() {
    var live = document.querySelector("[data-events]");
    if (!live || !window.EventSource) { return; }
    var source = new EventSource(live.getAttribute("data-events"));
    source.addEventListener("version", function (event) {
      var shown = Number(document.querySelector("[data-version]").getAttribute("data-version"));
      var now = JSON.parse(event.data).version;
      if (now > shown && window.htmx) {
        window.htmx.ajax("GET", live.getAttribute("data-refresh") + "?minVersion=" + now,
                         { target: "#live", select: "#live", swap: "outerHTML" });
      }
    });
  }

  function tellTimeZone(root) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    root.querySelectorAll("input[name=_zone]").forEach(function (input) {
      if (!input.value) { input.value = zone; }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts(document);
    tellTimeZone(document);
    followPartnership();
    document.body.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
  });
  window.addEventListener("resize", function () {
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
