/*
 * The drive page's budget charts, drawn with Apache ECharts (served from the application's own jar at
 * /webjars/echarts/, see docs/pages.md) from the figures the server wrote in each chart's markup:
 *
 *   <ul class="chart" id="chart-by-agency" data-chart="bars">
 *     <li data-label="..." data-allocated="311200.00" data-spent="250000.00"> ...server-drawn SVG bar... </li>
 *
 * Each list becomes an interactive chart (canvas renderer, tooltips in baht, ECharts' aria description in Thai) in a
 * new element #echart-by-agency placed before it; the list is then hidden with the class "drawn" (pages.css). Without
 * script, or if ECharts did not load, nothing here runs and the server's list stays the chart.
 *
 * The pages' CSP allows no inline style: every style here is set through the DOM's style objects (CSSOM), never as a
 * style="" attribute, and the tooltip's markup carries classes only (ECharts' default tooltip markers are inline
 * styles). The canvas renderer is used because ECharts 5.3's SVG renderer writes style="" attributes (the root
 * <svg>'s position, each label's font), which the CSP refuses; the canvas renderer styles its elements through the
 * CSSOM only, which the CSP allows.
 */
(function () {
  'use strict';

  if (typeof window.echarts === 'undefined') {
    return;
  }
  var echarts = window.echarts;

  var ALLOCATED = { name: 'จัดสรร (allocated)', colour: '#6f8db3' };
  var SPENT = { name: 'ใช้จ่าย (spent)', colour: '#12355b' };
  var FONT = '"Sarabun", "Noto Sans Thai", sans-serif';
  var bahtFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  /** 311,200.00, as the page writes baht. */
  function baht(amount) {
    return bahtFormat.format(amount);
  }

  /** An axis tick: 1.5 ล้าน (million) or 250,000. */
  function tick(amount) {
    if (Math.abs(amount) >= 1e6) {
      return (amount / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 }) + ' ล้าน';
    }
    return amount.toLocaleString('en-US', { maximumFractionDigits: 0 });
  }

  function figure(item, name) {
    var value = item.getAttribute('data-' + name);
    return value === null ? null : Number(value);
  }

  /** The chart's figures as the server wrote them on the list's items. */
  function read(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll('li[data-label]'));
    var labels = items.map(function (item) { return item.getAttribute('data-label'); });
    var spent = items.map(function (item) { return figure(item, 'spent'); });
    var allocated = items.map(function (item) { return figure(item, 'allocated'); });
    var hasAllocated = allocated.some(function (value) { return value !== null; });
    return { labels: labels, spent: spent, allocated: hasAllocated ? allocated : null };
  }

  /** What a screen reader hears for the chart: every figure, in words a person would say. */
  function description(title, data) {
    var parts = data.labels.map(function (label, i) {
      return label + ': ' + (data.allocated ? 'จัดสรร ' + baht(data.allocated[i]) + ' บาท, ' : '')
        + 'ใช้จ่าย ' + baht(data.spent[i]) + ' บาท';
    });
    return 'แผนภูมิ ' + title + ' (บาท). ' + parts.join('; ') + '.';
  }

  function tooltip(params) {
    var rows = (Array.isArray(params) ? params : [params]);
    var enc = echarts.format.encodeHTML;
    return '<strong>' + enc(rows[0].name) + '</strong>' + rows.map(function (row) {
      return '<br><span class="echart-swatch ' + (row.seriesIndex === 0 && rows.length > 1 ? 'allocated' : 'spent')
        + '"></span>' + enc(row.seriesName) + ': ' + baht(row.value) + ' บาท';
    }).join('');
  }

  function series(spec, values, withLabels, columns) {
    return {
      name: spec.name,
      type: 'bar',
      data: values,
      itemStyle: { color: spec.colour },
      barMaxWidth: 22,
      label: {
        show: withLabels,
        position: columns ? 'top' : 'right',
        formatter: function (p) { return baht(p.value); },
        fontFamily: FONT,
        fontSize: 11,
        color: '#1a1a1a'
      }
    };
  }

  function options(list, title, data, width) {
    var columns = list.getAttribute('data-chart') === 'columns';
    var narrow = width < 560;
    var withLabels = !narrow && !columns;
    var valueAxis = {
      type: 'value',
      axisLabel: { formatter: tick, fontFamily: FONT, hideOverlap: true },
      splitLine: { lineStyle: { color: '#d9dee5' } }
    };
    var categoryAxis = {
      type: 'category',
      data: data.labels,
      inverse: !columns, // top to bottom in the list's order
      axisTick: { alignWithLabel: true },
      axisLabel: columns
        ? { fontFamily: FONT, interval: 0, rotate: narrow ? 60 : 30 }
        : { fontFamily: FONT, fontSize: narrow ? 11 : 12, width: narrow ? 150 : 240, overflow: 'break' }
    };
    var all = [];
    if (data.allocated) {
      all.push(series(ALLOCATED, data.allocated, withLabels, columns));
    }
    all.push(series(SPENT, data.spent, withLabels, columns));
    return {
      animation: false,
      aria: { enabled: true, label: { description: description(title, data) } },
      textStyle: { fontFamily: FONT, color: '#1a1a1a' },
      legend: { show: all.length > 1, top: 0, left: 0, textStyle: { fontFamily: FONT } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: tooltip,
        textStyle: { fontFamily: FONT }
      },
      grid: { left: 8, right: withLabels ? 96 : 32, top: all.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: columns ? categoryAxis : valueAxis,
      yAxis: columns ? valueAxis : categoryAxis,
      series: all
    };
  }

  function height(list, data) {
    var columns = list.getAttribute('data-chart') === 'columns';
    if (columns) {
      return 320;
    }
    return 48 + data.labels.length * (data.allocated ? 52 : 32);
  }

  function draw(list) {
    var data = read(list);
    if (data.labels.length === 0) {
      return null;
    }
    var heading = document.getElementById(list.id + '-title');
    var title = heading ? heading.textContent : list.id;
    var holder = document.createElement('div');
    holder.id = 'e' + list.id; // chart-by-agency → echart-by-agency
    holder.className = 'echart';
    holder.style.height = height(list, data) + 'px';
    holder.setAttribute('role', 'img'); // ECharts' aria option writes the label: the chart's every figure
    list.parentNode.insertBefore(holder, list);
    var chart = echarts.init(holder, null, { renderer: 'canvas', locale: 'EN' });
    chart.setOption(options(list, title, data, holder.clientWidth));
    list.classList.add('drawn');
    return { chart: chart, list: list, title: title, data: data, holder: holder };
  }

  function start() {
    var drawn = Array.prototype.slice.call(document.querySelectorAll('ul.chart[data-chart]'))
      .map(draw).filter(function (d) { return d !== null; });
    if (drawn.length === 0) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.key'), function (key) {
      key.classList.add('drawn'); // the legend is in each chart now
    });
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        drawn.forEach(function (d) {
          d.chart.setOption(options(d.list, d.title, d.data, d.holder.clientWidth));
          d.chart.resize();
        });
      }, 150);
    });
  }

  // ECharts measures its labels when it draws: with the page's font (Sarabun, loaded by pages.css) not yet there it
  // would measure another font's widths and cut the Thai labels. Deferred scripts run before DOMContentLoaded.
  var once = false;
  function startOnce() {
    if (!once) {
      once = true;
      start();
    }
  }
  if (document.fonts && document.fonts.load) {
    Promise.all([document.fonts.load('16px Sarabun'), document.fonts.load('bold 16px Sarabun')])
      .then(startOnce, startOnce);
  } else {
    startOnce();
  }
}());
