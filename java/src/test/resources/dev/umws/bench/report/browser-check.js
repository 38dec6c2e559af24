// Injected by ReportBrowserTest as the first script of a page under test. It records every
// JavaScript error (uncaught exceptions, failed resources, unhandled rejections, console.error),
// then, once the page has loaded and drawn, on a timeline notes the selection (from the address)
// and clicks an event like a person would, and writes its verdict as JSON into a <pre> element
// (id umws-verdict) for chromium's --dump-dom.
(function () {
  'use strict';
  var errors = [];
  window.addEventListener('error', function (e) {
    errors.push('error: ' + (e.message || (e.target && e.target.outerHTML) || String(e))
      + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { errors.push('unhandled rejection: ' + e.reason); });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };

  // Painted: not transparent and not white. Coloured: a saturated pixel (data, not axes or text).
  function inspect(c) {
    var r = {id: c.id || '', width: c.width, height: c.height, painted: 0, coloured: 0};
    if (c.width === 0 || c.height === 0) { return r; }
    var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (var i = 0; i < px.length; i += 4) {
      if (px[i + 3] > 0 && (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245)) {
        r.painted++;
        if (Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 60) { r.coloured++; }
      }
    }
    return r;
  }

  // Clicks the middle of the longest slice whose middle is in view and that belongs to another submission than the one
  // selected, through the chart's own mouse handling (synthetic DOM mouse events on its canvas).
  function clickASubmission(t) {
    var best = -1, seen = t.chart.getModel().getComponent('xAxis', 0).axis.scale.getExtent();
    var now = document.body.dataset.selected || '', margin = (seen[1] - seen[0]) * 0.02;
    t.data.events.forEach(function (e, i) {
      var mid = e.ts + e.dur / 2;
      if (e.ph === 'X' && t.keyOf(e) && t.keyOf(e) !== now && mid >= seen[0] + margin && mid <= seen[1] - margin
          && (best < 0 || e.dur > t.data.events[best].dur)) { best = i; }
    });
    if (best < 0) { return null; }
    var e = t.data.events[best];
    var xy = t.chart.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [e.ts + e.dur / 2, t.rowOf(best)]);
    var root = t.chart.getZr().painter.getViewportRoot();
    var box = root.getBoundingClientRect();
    var at = {clientX: box.left + xy[0], clientY: box.top + xy[1], bubbles: true, cancelable: true, view: window, button: 0};
    ['mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) { root.dispatchEvent(new MouseEvent(type, at)); });
    return {event: best, key: t.keyOf(e), x: Math.round(xy[0]), y: Math.round(xy[1])};
  }

  // What the timeline shows as selected: the submission, its events, the flow's arrows.
  function selection() {
    return {selected: document.body.dataset.selected || '', selectedEvents: Number(document.body.dataset.selectedEvents || 0),
      flowSegments: Number(document.body.dataset.flowSegments || 0)};
  }

  function verdict(opened, click) {
    var v = {errors: errors, canvases: Array.prototype.map.call(document.querySelectorAll('canvas'), inspect)};
    if (opened !== undefined) {
      v.opened = opened;
      v.click = click;
      v.afterClick = selection();
    }
    var pre = document.createElement('pre');
    pre.id = 'umws-verdict';
    pre.textContent = JSON.stringify(v);
    document.body.appendChild(pre);
  }

  window.addEventListener('load', function () {
    setTimeout(function () {
      var t = window.umwsTimeline;
      if (!t) { verdict(); return; }
      var opened = selection(), click = null;
      try { click = clickASubmission(t); } catch (e) { errors.push('click: ' + e); }
      setTimeout(function () { verdict(opened, click); }, 300);
    }, 600);
  });
})();
