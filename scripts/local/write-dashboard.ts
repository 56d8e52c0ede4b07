import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DashboardData } from '../../core/summary/dashboard';

/**
 * Chart.js's UMD build from node_modules, inlined into the page: the dashboard is one file that opens offline from a
 * shared drive or an e-mail, with no server and no CDN.
 */
// The package's exports hide dist/, but its main entry lives there beside the UMD build.
const CHART_JS = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/** Text placed inside a <script> element: nothing in it may close the element early. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The dashboard page: counts only (DashboardData holds no personal data). */
export function dashboardHtml(data: DashboardData): string {
  const library = readFileSync(CHART_JS, 'utf8');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ภาพรวมการประเมินมาตรฐานขั้นต่ำ อปท.</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>ภาพรวมการลงทะเบียนและการกรอกตัวชี้วัด การประเมินมาตรฐานขั้นต่ำ อปท.</h1>
  <p class="when">ข้อมูล ณ <span id="generated"></span> น. (เวลาประเทศไทย) · ตัวเลขสรุปเท่านั้น ไม่มีข้อมูลส่วนบุคคล</p>
</header>
<main>
  <section class="tiles" id="tiles"></section>
  <section id="registration">
    <div class="panel wide"><h2>ร้อยละของ อปท. ที่ลงทะเบียนแล้ว รายจังหวัด <small>(คลิกจังหวัดเพื่อดูรายอำเภอ)</small></h2><div class="tall"><canvas id="provinces"></canvas></div></div>
    <div class="panel"><h2>แยกตามประเภท อปท.</h2><canvas id="types"></canvas></div>
    <div class="panel"><h2>รายอำเภอ: <select id="province"></select></h2><canvas id="districts"></canvas></div>
  </section>
  <section id="indicators" hidden>
    <div class="panel wide"><h2>ความคืบหน้าการกรอกตัวชี้วัด รายจังหวัด (อปท. ที่กรอกครบ)</h2><div class="tall"><canvas id="progress"></canvas></div></div>
    <div class="panel"><h2>ผลการประเมินตัวชี้วัด ทั้งประเทศ</h2><div class="mid"><canvas id="results"></canvas></div></div>
  </section>
</main>
<script>${scriptSafe(library)}</script>
<script>const DATA = ${json};
${scriptSafe(PAGE_SCRIPT)}</script>
</body>
</html>
`;
}

export async function writeDashboard(data: DashboardData, path: string): Promise<void> {
  await writeFile(path, dashboardHtml(data), 'utf8');
}

const STYLE = `
[hidden] { display: none !important; }
body { font-family: 'Sarabun', 'Noto Sans Thai', 'Leelawadee UI', 'Tahoma', 'Garuda', sans-serif; margin: 0; background: #f4f6f9; color: #1f2933; }
header { background: #1f3864; color: #fff; padding: 12px 24px; }
h1 { font-size: 20px; margin: 0; }
.when { margin: 4px 0 0; font-size: 13px; opacity: .85; }
main { padding: 16px 24px; }
section { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-bottom: 16px; }
.panel { background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
.panel.wide { grid-column: 1 / -1; }
.tall { position: relative; height: 420px; }
.mid { position: relative; height: 300px; }
h2 { font-size: 15px; margin: 0 0 8px; }
small { font-weight: normal; color: #52606d; }
.tiles { grid-template-columns: repeat(4, 1fr); }
.tile { background: #fff; border-radius: 6px; padding: 10px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
.tile b { display: block; font-size: 26px; color: #1f3864; }
.tile span { font-size: 13px; color: #52606d; }
`;

/** Runs in the browser: draws the charts from DATA. Plain ES2017, no modules. */
const PAGE_SCRIPT = `
(function () {
  var n = function (x) { return x.toLocaleString('th-TH'); };
  var pct = function (a, b) { return b ? Math.round((a / b) * 1000) / 10 : 0; };
  var GREEN = '#548235', ORANGE = '#ed7d31', BLUE = '#2f5597', GREY = '#bfbfbf', YELLOW = '#ffc000', RED = '#c00000';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.animation = false;
  document.getElementById('generated').textContent = DATA.generatedAt;

  var tiles = [
    ['อปท. ทั้งหมด', n(DATA.national.laosTotal) + ' แห่ง'],
    ['ลงทะเบียนแล้ว', n(DATA.national.laosRegistered) + ' แห่ง (' + pct(DATA.national.laosRegistered, DATA.national.laosTotal) + '%)'],
    ['ผู้ลงทะเบียน', n(DATA.national.attendees) + ' คน'],
    ['คำตอบที่ต้องตรวจสอบ', n(DATA.national.needsReview) + ' รายการ'],
  ];
  document.getElementById('tiles').innerHTML = tiles.map(function (t) { return '<div class="tile"><span></span><b></b></div>'; }).join('');
  Array.prototype.forEach.call(document.querySelectorAll('.tile'), function (el, i) {
    el.querySelector('span').textContent = tiles[i][0];
    el.querySelector('b').textContent = tiles[i][1];
  });

  if (!DATA.hasRegistrations) document.getElementById('registration').hidden = true;
  var provinces = DATA.provinces.slice();
  var coverage = function (a) { return pct(a.laosRegistered, a.laosTotal); };
  var provinceChart = new Chart(document.getElementById('provinces'), {
    type: 'bar',
    data: {
      labels: provinces.map(function (p) { return p.area; }),
      datasets: [{ label: 'ร้อยละที่ลงทะเบียน', data: provinces.map(coverage), backgroundColor: provinces.map(function (p) { return coverage(p) >= 100 ? GREEN : coverage(p) >= 50 ? BLUE : ORANGE; }) }],
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: 'ร้อยละ' } }, x: { ticks: { autoSkip: false, maxRotation: 90, minRotation: 60, font: { size: 10 } } } },
      plugins: { legend: { display: false }, tooltip: { callbacks: { afterLabel: function (c) { var p = provinces[c.dataIndex]; return n(p.laosRegistered) + ' จาก ' + n(p.laosTotal) + ' แห่ง'; } } } },
      onClick: function (_, elements) { if (elements.length) showDistricts(elements[0].index); },
    },
  });

  new Chart(document.getElementById('types'), {
    type: 'bar',
    data: {
      labels: DATA.byType.map(function (t) { return t.type; }),
      datasets: [
        { label: 'ลงทะเบียนแล้ว', data: DATA.byType.map(function (t) { return t.registered; }), backgroundColor: GREEN },
        { label: 'ยังไม่ลงทะเบียน', data: DATA.byType.map(function (t) { return t.total - t.registered; }), backgroundColor: ORANGE },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'จำนวน อปท.' } } } },
  });

  var select = document.getElementById('province');
  provinces.forEach(function (p, i) { var o = document.createElement('option'); o.value = i; o.textContent = p.area; select.appendChild(o); });
  var districtChart = new Chart(document.getElementById('districts'), {
    type: 'bar',
    data: { labels: [], datasets: [
      { label: 'ลงทะเบียนแล้ว', data: [], backgroundColor: GREEN },
      { label: 'ยังไม่ลงทะเบียน', data: [], backgroundColor: ORANGE },
    ] },
    options: { indexAxis: 'y', scales: { x: { stacked: true, title: { display: true, text: 'จำนวน อปท.' } }, y: { stacked: true, ticks: { autoSkip: false } } } },
  });
  function showDistricts(i) {
    var p = provinces[i];
    select.value = i;
    districtChart.data.labels = p.districts.map(function (d) { return d.area; });
    districtChart.data.datasets[0].data = p.districts.map(function (d) { return d.laosRegistered; });
    districtChart.data.datasets[1].data = p.districts.map(function (d) { return d.laosTotal - d.laosRegistered; });
    districtChart.canvas.parentNode.style.height = '';
    districtChart.update();
  }
  select.addEventListener('change', function () { showDistricts(Number(select.value)); });
  // Open on the province furthest behind: where a coordinator is most likely to look first.
  var behind = 0;
  provinces.forEach(function (p, i) { if (p.laosTotal && coverage(p) < coverage(provinces[behind])) behind = i; });
  showDistricts(behind);

  if (DATA.indicators) {
    document.getElementById('indicators').hidden = false;
    var ind = DATA.indicators;
    new Chart(document.getElementById('progress'), {
      type: 'bar',
      data: {
        labels: ind.map(function (p) { return p.province; }),
        datasets: [
          { label: 'กรอกครบ', data: ind.map(function (p) { return p.laosComplete; }), backgroundColor: GREEN },
          { label: 'ยังไม่ครบ', data: ind.map(function (p) { return p.laosExpected - p.laosComplete; }), backgroundColor: ORANGE },
        ],
      },
      options: { maintainAspectRatio: false, scales: { x: { stacked: true, ticks: { autoSkip: false, maxRotation: 90, minRotation: 60, font: { size: 10 } } }, y: { stacked: true, title: { display: true, text: 'จำนวน อปท.' } } } },
    });
    var totals = {};
    ind.forEach(function (p) { Object.keys(p.results).forEach(function (k) { totals[k] = (totals[k] || 0) + p.results[k]; }); });
    var categories = Object.keys(totals);
    var colour = { 'สูงกว่าค่าเป้าหมาย': GREEN, 'การพัฒนาในอนาคต': YELLOW, 'ไม่มีบริการสาธารณะ': GREY, 'ไม่ได้ดำเนินการ': RED };
    new Chart(document.getElementById('results'), {
      type: 'doughnut',
      data: { labels: categories, datasets: [{ data: categories.map(function (k) { return totals[k]; }), backgroundColor: categories.map(function (k) { return colour[k] || BLUE; }) }] },
      options: { maintainAspectRatio: false, plugins: { legend: { position: 'right' } } },
    });
  }
  // Drawn to the end: automation (and the tests) wait for this mark.
  document.body.dataset.ready = 'true';
})();
`;
