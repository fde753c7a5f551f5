/*
 * customs-publisher catalog site: draws the chart of the picked series with uPlot and keeps the
 * table behind it in step. Reads its data from the page's inert application/json block and writes
 * every text with textContent, never as HTML.
 */
(function () {
  'use strict';

  // Freshness next to each date: computed in the reader's browser, so a cached page stays right.
  document.querySelectorAll('time[data-age]').forEach(function (time) {
    var days = Math.floor((Date.now() - Date.parse(time.getAttribute('datetime'))) / 86400000);
    if (!(days >= 0)) return;
    var age = document.createElement('span');
    age.className = 'age';
    age.textContent = ' (' + (days === 0 ? 'today' : days + ' day' + (days === 1 ? '' : 's') + ' ago') + ')';
    time.after(age);
  });

  var dataBlock = document.getElementById('series-data');
  var picker = document.getElementById('series-picker');
  var chart = document.getElementById('chart');
  var table = document.getElementById('series-table');
  if (!dataBlock || !picker || !chart || !table || typeof uPlot === 'undefined') return;
  var series = JSON.parse(dataBlock.textContent);
  var COLORS = { total: '#1b4965', export: '#b5452f', import: '#23867a', balance: '#7b5a90', other: '#5c6670' };
  var plot = null;

  function monthStart(period) {
    return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1) / 1000;
  }
  function monthLabel(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 7);
  }
  // Ticks on month starts only (the data are monthly), at most about ten of them.
  function monthTicks(u, axis, min, max) {
    var start = new Date(min * 1000);
    var year = start.getUTCFullYear();
    var month = start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0);
    var months = [];
    for (var t = Date.UTC(year, month, 1) / 1000; t <= max; t = Date.UTC(year, ++month, 1) / 1000) months.push(t);
    var step = Math.ceil(months.length / 10) || 1;
    return months.filter(function (m, i) { return i % step === 0; });
  }
  function full(value, unit) {
    return value === null || value === undefined ? '\u2014' : value.toLocaleString('en-US') + ' ' + unit;
  }
  function compact(value) {
    var abs = Math.abs(value);
    var steps = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
    for (var i = 0; i < steps.length; i++) if (abs >= steps[i][0]) return +(value / steps[i][0]).toFixed(2) + steps[i][1];
    return String(value);
  }
  function cell(tag, text, scope) {
    var element = document.createElement(tag);
    element.textContent = text;
    if (scope) element.setAttribute('scope', scope);
    return element;
  }

  function fillTable(s, flows) {
    table.textContent = '';
    table.appendChild(cell('caption', s.label + ': monthly values by flow'));
    var head = document.createElement('thead');
    var headRow = document.createElement('tr');
    headRow.appendChild(cell('th', 'Month', 'col'));
    flows.forEach(function (flow) {
      var th = cell('th', flow, 'col');
      th.className = 'num';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    var body = document.createElement('tbody');
    s.periods.forEach(function (period, i) {
      var row = document.createElement('tr');
      row.appendChild(cell('th', period, 'row'));
      flows.forEach(function (flow) {
        var td = cell('td', full(s.flows[flow][i], s.unit));
        td.className = 'num';
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    table.appendChild(head);
    table.appendChild(body);
  }

  function draw(index) {
    var s = series[index];
    var flows = Object.keys(s.flows);
    var data = [s.periods.map(monthStart)].concat(flows.map(function (flow) { return s.flows[flow]; }));
    var options = {
      width: Math.max(320, Math.min(chart.clientWidth || 900, 960)),
      height: 320,
      // A single month would otherwise be stretched over years: pad the axis to a quarter each side.
      scales: { x: { time: true, range: function (u, min, max) { return min === max ? [min - 90 * 86400, max + 90 * 86400] : [min, max]; } } },
      axes: [{ splits: monthTicks, values: function (u, ticks) { return ticks.map(monthLabel); } }, { size: 64, values: function (u, values) { return values.map(compact); } }],
      series: [{ label: 'Month', value: function (u, v) { return v === null ? '\u2014' : monthLabel(v); } }].concat(
        flows.map(function (flow) {
          return { label: flow, stroke: COLORS[flow] || '#333', width: 2, points: { show: true, size: 7 }, value: function (u, v) { return full(v, s.unit); } };
        }),
      ),
    };
    if (plot) plot.destroy();
    chart.textContent = '';
    plot = new uPlot(options, data, chart);
    chart.setAttribute('data-points', String(plot.data[0].length));
    chart.setAttribute('data-flows', flows.join(' '));
    fillTable(s, flows);
  }

  picker.addEventListener('change', function () { draw(Number(picker.value)); });
  draw(Number(picker.value) || 0);
})();
