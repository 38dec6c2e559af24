// The timeline page's own script: it only configures Apache ECharts, which draws everything.
// Data: the JSON in #umws-trace (see dev.umws.bench.report.TimelineData); times in microseconds.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('umws-trace').textContent);
  var tracks = data.tracks, events = data.events, flows = data.flows, counters = data.counters;
  var LANE = 26, MAX_ROWS = 32, COUNTERS_H = 170;

  // Rows of the track grid: a header row per process, then one row per track of that process.
  var rows = [], rowOfTrack = [], last = null;
  tracks.forEach(function (t, i) {
    if (t.process + '\u0000' + t.pid !== last) {
      last = t.process + '\u0000' + t.pid;
      rows.push({header: true, label: t.process + ' (pid ' + t.pid + ')'});
    }
    rowOfTrack[i] = rows.length;
    rows.push({header: false, label: t.name});
  });

  // Categories: one custom series each, so that the legend hides and shows them.
  var PALETTE = {umd: '#4e79a7', os: '#f28e2b', kmd: '#b07aa1', firmware: '#59a14f', interrupt: '#e15759', dpc: '#9c755f'};
  var SPARE = ['#76b7b2', '#edc948', '#ff9da7', '#bab0ac', '#17becf', '#bcbd22', '#8c564b', '#7f7f7f'];
  var cats = [], byCat = {};
  events.forEach(function (e, i) {
    var c = e.cat === '' ? '(none)' : e.cat;
    if (!byCat[c]) { byCat[c] = []; cats.push(c); }
    byCat[c].push(i);
  });

  // A submission is (queue, fence): every event of one carries both in args.
  function keyOf(e) {
    var a = e.args || {};
    return a.queue !== undefined && a.queue !== null && a.fence !== undefined && a.fence !== null
      ? 'q' + a.queue + 'f' + a.fence : null;
  }
  var byKey = {}, flowsOf = {};
  events.forEach(function (e, i) {
    var k = keyOf(e);
    if (k) { (byKey[k] = byKey[k] || []).push(i); }
  });
  flows.forEach(function (f, fi) {
    f.steps.forEach(function (s) { if (s[2] >= 0) { (flowsOf[s[2]] = flowsOf[s[2]] || []).push(fi); } });
  });

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function time(us) {
    var a = Math.abs(us);
    if (a >= 1e6) { return (us / 1e6).toFixed(3) + ' s'; }
    if (a >= 1e3) { return (us / 1e3).toFixed(3) + ' ms'; }
    return us.toFixed(3) + ' µs';
  }
  function tick(us) { // axis labels: no trailing zeros
    var a = Math.abs(us);
    if (a >= 1e6) { return +(us / 1e6).toFixed(6) + ' s'; }
    if (a >= 1e3) { return +(us / 1e3).toFixed(6) + ' ms'; }
    return +us.toFixed(3) + ' µs';
  }
  function argsText(a) {
    return Object.keys(a || {}).map(function (k) {
      var v = a[k];
      return k + ': ' + (typeof v === 'object' ? JSON.stringify(v) : v);
    });
  }
  function describe(i) {
    var e = events[i];
    var lines = ['<b>' + esc(e.name) + '</b>', 'category: ' + esc(e.cat || '(none)'),
      'track: ' + esc(tracks[e.t].process + ' / ' + tracks[e.t].name), 'start: ' + esc(time(e.ts))];
    if (e.ph === 'X') { lines.push('duration: ' + esc(time(e.dur))); }
    argsText(e.args).forEach(function (l) { lines.push(esc(l)); });
    var f = flowsOf[i];
    if (f) { lines.push('flow: ' + esc(f.map(function (fi) { return flows[fi].id; }).join(', '))); }
    return lines.join('<br>');
  }

  // The selection: its events (members) and its flows; null when nothing is selected.
  var selection = null;

  function renderEvent(params, api) {
    var i = api.value(3), e = events[i], row = api.value(0), cs = params.coordSys;
    var h = api.size([0, 1])[1];
    var chosen = selection !== null && selection.members.has(i);
    var style = {fill: api.visual('color'), opacity: selection !== null && !chosen ? 0.25 : 1,
      stroke: chosen ? '#000' : null, lineWidth: chosen ? 2 : 0};
    var a = api.coord([api.value(1), row]);
    if (e.ph === 'X') {
      var b = api.coord([api.value(2), row]);
      var bar = h * 0.68 * Math.pow(0.7, e.d || 0); // nested slices: thinner, on top
      var rect = echarts.graphic.clipRectByRect(
        {x: a[0], y: a[1] - bar / 2, width: Math.max(b[0] - a[0], 1.5), height: bar},
        {x: cs.x, y: cs.y, width: cs.width, height: cs.height});
      return rect ? {type: 'rect', shape: rect, style: style, z2: (chosen ? 10 : 0) + (e.d || 0)} : null;
    }
    if (a[0] < cs.x || a[0] > cs.x + cs.width) { return null; }
    var r = Math.min(h * 0.36, 8);
    return {type: 'polygon', z2: chosen ? 11 : 1, style: style,
      shape: {points: [[a[0], a[1] - r], [a[0] + r * 0.7, a[1]], [a[0], a[1] + r], [a[0] - r * 0.7, a[1]]]}};
  }

  function flowSegments() {
    var segs = [];
    if (selection === null) { return segs; }
    selection.flows.forEach(function (fi) {
      var steps = flows[fi].steps.filter(function (s) { return s[1] >= 0; });
      for (var k = 1; k < steps.length; k++) {
        segs.push({coords: [[steps[k - 1][0], rowOfTrack[steps[k - 1][1]]], [steps[k][0], rowOfTrack[steps[k][1]]]],
          flow: flows[fi].id, step: k});
      }
    });
    if (segs.length === 0 && selection.members.size > 1) {
      // No flow events in the trace: join the submission's events in time order, dashed.
      var m = Array.from(selection.members).sort(function (x, y) { return events[x].ts - events[y].ts; });
      for (var j = 1; j < m.length; j++) {
        segs.push({coords: [[events[m[j - 1]].ts, rowOfTrack[events[m[j - 1]].t]], [events[m[j]].ts, rowOfTrack[events[m[j]].t]]],
          flow: '(by queue and fence)', step: j, lineStyle: {type: 'dashed'}});
      }
    }
    return segs;
  }

  function series() {
    var s = cats.map(function (c) {
      return {type: 'custom', name: c, id: 'cat:' + c, xAxisIndex: 0, yAxisIndex: 0, renderItem: renderEvent,
        color: PALETTE[c] || SPARE[cats.indexOf(c) % SPARE.length],
        encode: {x: [1, 2], y: 0}, clip: true,
        data: byCat[c].map(function (i) {
          var e = events[i];
          return [rowOfTrack[e.t], e.ts, e.ph === 'X' ? e.ts + e.dur : e.ts, i];
        })};
    });
    // zlevel given: without it ECharts 5.3.1's lines series opens a second canvas layer ("undefined").
    s.push({type: 'lines', id: 'flow', name: 'flow', coordinateSystem: 'cartesian2d', xAxisIndex: 0, yAxisIndex: 0,
      zlevel: 0, z: 5, clip: true, symbol: ['circle', 'arrow'], symbolSize: [5, 11], silent: false,
      lineStyle: {color: '#111', width: 2, opacity: 0.9, curveness: 0.15}, data: flowSegments()});
    var names = {};
    counters.forEach(function (c) { names[c.name] = (names[c.name] || 0) + 1; });
    counters.forEach(function (c) {
      s.push({type: 'line', name: names[c.name] > 1 ? c.process + ': ' + c.name : c.name, xAxisIndex: 1, yAxisIndex: 1,
        step: 'end', showSymbol: c.points.length < 3, symbolSize: 5, lineStyle: {width: 1.5},
        // A counter holds its last value to the end of the trace.
        data: c.points.concat(c.points.length ? [[tMax, c.points[c.points.length - 1][1]]] : [])});
    });
    return s;
  }

  var el = document.getElementById('timeline');
  var shown = Math.min(rows.length, MAX_ROWS);
  var top0 = 64, h0 = Math.max(shown, 1) * LANE, top1 = top0 + h0 + 70;
  el.style.height = (top1 + (counters.length ? COUNTERS_H + 40 : 0) + 50) + 'px';
  var tMin = events.length ? events[0].ts : 0, tMax = tMin;
  events.forEach(function (e) { tMax = Math.max(tMax, e.ph === 'X' ? e.ts + e.dur : e.ts); });
  counters.forEach(function (c) {
    c.points.forEach(function (p) { tMin = Math.min(tMin, p[0]); tMax = Math.max(tMax, p[0]); });
  });
  if (tMax <= tMin) { tMax = tMin + 1; }

  var grids = [{left: 210, right: 40, top: top0, height: h0}];
  var xAxes = [{type: 'value', gridIndex: 0, min: tMin, max: tMax, position: 'top',
    axisLabel: {formatter: tick, hideOverlap: true}, splitLine: {lineStyle: {color: '#eee'}}}];
  var yAxes = [{type: 'category', gridIndex: 0, inverse: true, data: rows.map(function (r) { return r.label; }),
    axisTick: {show: false}, splitArea: {show: true, areaStyle: {color: ['#fafafa', '#f0f0f0']}},
    axisLabel: {interval: 0, width: 195, overflow: 'truncate', formatter: function (v, i) {
      return rows[i] && rows[i].header ? '{h|' + v + '}' : v;
    }, rich: {h: {fontWeight: 'bold', color: '#000', fontSize: 13}}}}];
  var zooms = [{type: 'inside', xAxisIndex: [0, 1], filterMode: 'weakFilter'},
    {type: 'slider', xAxisIndex: [0, 1], filterMode: 'weakFilter', bottom: 12, height: 22, labelFormatter: time}];
  if (rows.length > MAX_ROWS) {
    zooms.push({type: 'slider', yAxisIndex: 0, filterMode: 'empty', right: 4, width: 18,
      startValue: 0, endValue: MAX_ROWS - 1, showDetail: false});
  }
  var legends = [{type: 'scroll', data: cats, top: 4, left: 210, right: 40}];
  if (counters.length) {
    grids.push({left: 210, right: 40, top: top1, height: COUNTERS_H});
    xAxes.push({type: 'value', gridIndex: 1, min: tMin, max: tMax, axisLabel: {formatter: tick, hideOverlap: true},
      splitLine: {lineStyle: {color: '#eee'}}});
    yAxes.push({type: 'value', gridIndex: 1, scale: true, name: 'counters', nameLocation: 'middle', nameGap: 50});
    legends.push({type: 'scroll', top: top1 - 30, left: 210, right: 40,
      data: series().filter(function (s) { return s.type === 'line'; }).map(function (s) { return s.name; })});
  }

  var chart = echarts.init(el, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    grid: grids, xAxis: xAxes, yAxis: yAxes, dataZoom: zooms, legend: legends,
    tooltip: {trigger: 'item', confine: true, enterable: false, formatter: function (p) {
      if (p.seriesType === 'custom') { return describe(p.value[3]); }
      if (p.seriesType === 'lines') { return 'flow ' + esc(p.data.flow) + ', step ' + p.data.step; }
      return esc(p.seriesName) + '<br>' + esc(time(p.value[0])) + ': ' + esc(p.value[1]);
    }},
    series: series()
  });

  function show() {
    chart.setOption({series: series()});
    var panel = document.getElementById('selection');
    document.body.dataset.selected = selection === null ? '' : selection.key;
    document.body.dataset.selectedEvents = selection === null ? 0 : selection.members.size;
    document.body.dataset.flowSegments = flowSegments().length;
    if (selection === null) {
      panel.innerHTML = '<p class="help">No submission selected.</p>';
      return;
    }
    var m = Array.from(selection.members).sort(function (x, y) { return events[x].ts - events[y].ts; });
    var flowIds = selection.flows.map(function (fi) { return flows[fi].id; });
    panel.innerHTML = '<h2>Submission ' + esc(selection.label) + '</h2><p>' + m.length + ' events'
      + (flowIds.length ? '; flow ' + esc(flowIds.join(', ')) : '; no flow events') + '</p>'
      + '<table><thead><tr><th>start</th><th>duration</th><th>track</th><th>event</th><th>category</th><th>args</th></tr></thead><tbody>'
      + m.map(function (i) {
        var e = events[i];
        return '<tr><td class="num">' + esc(time(e.ts)) + '</td><td class="num">' + (e.ph === 'X' ? esc(time(e.dur)) : '')
          + '</td><td>' + esc(tracks[e.t].process + ' / ' + tracks[e.t].name) + '</td><td>' + esc(e.name) + '</td><td>'
          + esc(e.cat) + '</td><td>' + esc(argsText(e.args).join(', ')) + '</td></tr>';
      }).join('') + '</tbody></table>';
  }

  function select(i) {
    var k = keyOf(events[i]);
    var members = new Set(k ? byKey[k] : [i]);
    var fs = [];
    members.forEach(function (j) { (flowsOf[j] || []).forEach(function (fi) { if (fs.indexOf(fi) < 0) { fs.push(fi); } }); });
    fs.forEach(function (fi) { flows[fi].steps.forEach(function (s) { if (s[2] >= 0) { members.add(s[2]); } }); });
    var a = events[i].args || {};
    selection = {key: k || 'event ' + i, members: members, flows: fs,
      label: k ? 'queue ' + a.queue + ', fence ' + a.fence : events[i].name};
    show();
  }

  function clear() {
    if (selection !== null) { selection = null; show(); }
  }

  /** Selects from the page's fragment (#select=q1f3 or #flow=ID) and zooms to the selection. */
  function fromFragment() {
    var m = /^#(select|flow)=(.+)$/.exec(decodeURIComponent(location.hash));
    if (!m) { return false; }
    var start = -1;
    if (m[1] === 'select' && byKey[m[2]]) {
      start = byKey[m[2]][0];
    } else if (m[1] === 'flow') {
      flows.forEach(function (f) {
        if (f.id === m[2] && start < 0) {
          f.steps.forEach(function (s) { if (start < 0 && s[2] >= 0) { start = s[2]; } });
        }
      });
    }
    if (start < 0) { return false; }
    select(start);
    var lo = Infinity, hi = -Infinity;
    selection.members.forEach(function (j) {
      lo = Math.min(lo, events[j].ts);
      hi = Math.max(hi, events[j].ph === 'X' ? events[j].ts + events[j].dur : events[j].ts);
    });
    var pad = Math.max((hi - lo) * 0.6, 1);
    chart.dispatchAction({type: 'dataZoom', dataZoomIndex: 0, startValue: lo - pad, endValue: hi + pad});
    return true;
  }

  chart.on('click', function (p) {
    if (p.seriesType === 'custom') { select(p.value[3]); }
  });
  chart.getZr().on('click', function (ev) { if (!ev.target) { clear(); } });
  window.addEventListener('resize', function () { chart.resize(); });
  window.addEventListener('hashchange', fromFragment);
  fromFragment();
  show();
  window.umwsTimeline = {chart: chart, data: data, select: select, clear: clear, keyOf: keyOf,
    rowOf: function (i) { return rowOfTrack[events[i].t]; }};
})();
