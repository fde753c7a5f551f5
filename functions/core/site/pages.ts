/**
 * The catalog site's pages: the index of datasets and one page per dataset. Pure functions of
 * manifests, series and changes, so a resumed publish renders them byte for byte. Every link is
 * relative: the same files work from CloudFront, a custom domain, the local site server and disk.
 */
import type { SnapshotManifest } from '../contract.js';
import { VERSION_FILES } from '../publish/documents.js';
import { byteSize, grouped, jsonScript, pageFrame, text, type PageAssets } from './html.js';
import type { ChartSeries } from './series.js';
import type { HistoryLine } from './series-summary.js';

/** One line of the latest changes (from changes.json). */
export interface ChangeLine {
  change: 'added' | 'revised' | 'removed';
  observation_id: string;
  area: string;
  partner: string;
  flow: string;
  commodity: string;
  breakdown: string;
  period_start: string;
  period_end: string;
  unit: string;
  old?: { value: number | null } | null;
  new?: { value: number | null } | null;
}

/** What the dataset page shows. */
export interface DatasetPageInput {
  manifest: SnapshotManifest;
  title: string;
  /** Newest first, the current version included. */
  history: HistoryLine[];
  series: ChartSeries[];
  changes: ChangeLine[];
  assets: PageAssets;
  /** The SNS topic to subscribe to, when known. */
  topicArn?: string;
}

const period = (start: string, end: string) => (!start ? '—' : start === end ? start : `${start} to ${end}`);
const figure = (value: number | null | undefined, unit: string) => (value === null || value === undefined ? '—' : `${grouped(value)} ${unit}`);
const th = (cells: string[], numericFrom = cells.length) => `<tr>${cells.map((c, i) => `<th scope="col"${i >= numericFrom ? ' class="num"' : ''}>${text(c)}</th>`).join('')}</tr>`;

/** The index page: one row per dataset with its latest version, period covered, last update and rows. */
export function renderIndexPage(datasets: Array<{ manifest: SnapshotManifest; title: string }>, assets: PageAssets): string {
  const rows = [...datasets]
    .sort((a, b) => (a.manifest.dataset < b.manifest.dataset ? -1 : 1))
    .map(({ manifest: m, title }) =>
      [
        '<tr>',
        `<th scope="row"><a href="datasets/${text(m.dataset)}/index.html">${text(title)}</a><br><code>${text(m.dataset)}</code></th>`,
        `<td>${m.version}</td>`,
        `<td>${text(period(m.period_start, m.period_end))}</td>`,
        `<td><time datetime="${text(m.created_at)}" data-age>${text(m.created_at.slice(0, 10))}</time></td>`,
        `<td class="num">${grouped(m.row_count)}</td>`,
        '</tr>',
      ].join(''),
    );
  const main = [
    '<h1>Customs trade datasets</h1>',
    '<p>Versioned, citable datasets of customs trade statistics. Each version is immutable and lists the bytes and sha256 of every file; the newest is always under <code>latest/</code>.</p>',
    '<table class="catalog">',
    '<caption>Datasets, with their latest version</caption>',
    `<thead>${th(['Dataset', 'Latest version', 'Period covered', 'Last update', 'Rows'])}</thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
  return pageFrame({ title: 'customs-publisher datasets', root: '', assets, main });
}

function chartSection(series: ChartSeries[]): string {
  if (series.length === 0) return '<section aria-labelledby="chart-h"><h2 id="chart-h">Over time</h2><p>This dataset has no monthly values to chart yet.</p></section>';
  const options = series.map((s, i) => `<option value="${i}">${text(s.label)}</option>`).join('');
  return [
    '<section aria-labelledby="chart-h">',
    '<h2 id="chart-h">Over time</h2>',
    `<label for="series-picker">Series (area · partner · commodity · breakdown · unit)</label> <select id="series-picker">${options}</select>`,
    '<div id="chart" class="chart" role="img" aria-label="Line chart of the selected series by flow; the same figures are in the table below"></div>',
    `<table id="series-table" class="series"><caption>${text(series[0].label)}: monthly values by flow</caption>${seriesTableBody(series[0])}</table>`,
    jsonScript('series-data', series),
    '</section>',
  ].join('\n');
}

/** The accessible table behind the chart (the script rebuilds it when the picker changes). */
function seriesTableBody(s: ChartSeries): string {
  const flows = Object.keys(s.flows);
  const rows = s.periods.map((p, i) => `<tr><th scope="row">${text(p)}</th>${flows.map((f) => `<td class="num">${text(figure(s.flows[f][i], s.unit))}</td>`).join('')}</tr>`);
  return `<thead>${th(['Month', ...flows], 1)}</thead><tbody>${rows.join('')}</tbody>`;
}

function changesSection(m: SnapshotManifest, changes: ChangeLine[]): string {
  const { added, revised, removed } = m.changes;
  const rows = changes.map((c) => {
    const what = [c.area, c.partner === 'World' ? '' : `with ${c.partner}`, c.flow, c.commodity, c.breakdown].filter(Boolean).join(' · ');
    return `<tr><td>${text(c.change)}</td><td>${text(what)}</td><td>${text(period(c.period_start, c.period_end))}</td><td class="num">${text(figure(c.old?.value, c.unit))}</td><td class="num">${text(figure(c.new?.value, c.unit))}</td></tr>`;
  });
  const more = added + revised + removed > changes.length ? `<p>Showing ${changes.length} of ${grouped(added + revised + removed)} changes; all are in <a href="v${m.version}/${VERSION_FILES.changes.path}">changes.json</a> and <a href="v${m.version}/${VERSION_FILES.delta.path}">delta.csv</a>.</p>` : '';
  return [
    '<section aria-labelledby="changes-h">',
    `<h2 id="changes-h">Latest changes (version ${m.version})</h2>`,
    `<p>${grouped(added)} added, ${grouped(revised)} revised, ${grouped(removed)} removed${m.previous_version ? ` since version ${m.previous_version}` : ''}.</p>`,
    rows.length ? `<table><caption>Changed rows</caption><thead>${th(['Change', 'Series', 'Period', 'Before', 'Now'])}</thead><tbody>${rows.join('\n')}</tbody></table>` : '',
    more,
    '</section>',
  ].join('\n');
}

function historySection(history: HistoryLine[]): string {
  const rows = history.map((h) => `<tr><th scope="row"><a href="v${h.version}/manifest.json">v${h.version}</a></th><td><time datetime="${text(h.created_at)}">${text(h.created_at.slice(0, 10))}</time></td><td class="num">${grouped(h.row_count)}</td><td class="num">${h.changes.added}</td><td class="num">${h.changes.revised}</td><td class="num">${h.changes.removed}</td></tr>`);
  return `<section aria-labelledby="history-h"><h2 id="history-h">Version history</h2><table><caption>Every version, newest first</caption><thead>${th(['Version', 'Published', 'Rows', 'Added', 'Revised', 'Removed'])}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function downloadsSection(m: SnapshotManifest): string {
  const rows = m.files.map((f) => `<tr><th scope="row"><a href="v${m.version}/${text(f.path)}" data-sha256="${text(f.sha256)}" data-bytes="${f.bytes}">${text(f.path)}</a></th><td class="num">${text(byteSize(f.bytes))}<br><span class="raw">${f.bytes} bytes</span></td><td><code class="sha">${text(f.sha256)}</code></td></tr>`);
  return [
    '<section aria-labelledby="downloads-h">',
    `<h2 id="downloads-h">Downloads (version ${m.version})</h2>`,
    `<table><caption>Files of version ${m.version}; check them with <code>sha256sum</code></caption><thead>${th(['File', 'Size', 'sha256'])}</thead><tbody>${rows.join('\n')}</tbody></table>`,
    `<p>The same files always hold the newest version under <a href="latest/manifest.json">latest/</a>. From a terminal: <code>npx customs-publisher download ${text(m.dataset)} --version ${m.version} --format all --base-url URL</code> verifies every file.</p>`,
    '</section>',
  ].join('\n');
}

function dictionarySection(m: SnapshotManifest): string {
  const rows = m.schema.fields.map((f) => `<tr><th scope="row"><code>${text(f.name)}</code></th><td>${text(f.type)}</td><td>${text(f.description)}</td></tr>`);
  return `<section aria-labelledby="dictionary-h"><h2 id="dictionary-h">Data dictionary</h2><table><caption>Columns of observations.csv, in order (primary key: ${text(m.schema.primary_key)})</caption><thead>${th(['Column', 'Type', 'Meaning'])}</thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function subscribeSection(m: SnapshotManifest, topicArn: string | undefined): string {
  const policy = JSON.stringify({ dataset: [m.dataset], change_kinds: ['revised'], flows: ['export'] }, null, 2);
  return [
    '<section aria-labelledby="subscribe-h">',
    '<h2 id="subscribe-h">Stay up to date</h2>',
    `<p>Follow the <a href="feed.atom">Atom feed of this dataset</a>, or subscribe an Amazon SQS queue or AWS Lambda function from any AWS account to the SNS topic${topicArn ? ` <code>${text(topicArn)}</code>` : ' (the stack output <code>TopicArn</code>)'}. Each new version sends one message; filter on its attributes <code>dataset</code>, <code>version</code>, <code>change_kinds</code>, <code>areas</code>, <code>flows</code>, <code>commodities</code>. For example, only revised export figures of this dataset:</p>`,
    `<pre><code>${text(policy)}</code></pre>`,
    '</section>',
  ].join('\n');
}

/** A dataset's page: chart with picker and table, latest changes, history, downloads, dictionary, citation, licence, subscribing. */
export function renderDatasetPage(input: DatasetPageInput): string {
  const { manifest: m, title } = input;
  const main = [
    `<h1>${text(title)}</h1>`,
    `<p class="lead"><code>${text(m.dataset)}</code> · version ${m.version} · data as of ${text(m.data_as_of)} · ${text(period(m.period_start, m.period_end))} · ${grouped(m.row_count)} rows</p>`,
    chartSection(input.series),
    changesSection(m, input.changes),
    historySection(input.history),
    downloadsSection(m),
    dictionarySection(m),
    '<section aria-labelledby="cite-h"><h2 id="cite-h">Citation and licence</h2>',
    `<p>Cite as: <cite>${text(m.citation)}</cite>.</p>`,
    `<p>Licence: ${text(m.licence ?? 'CC-BY-4.0')}. Sources: ${m.sources.length} release(s), listed with their URLs in <a href="v${m.version}/datapackage.json">datapackage.json</a>.</p></section>`,
    subscribeSection(m, input.topicArn),
  ].join('\n');
  return pageFrame({ title: `${title} — customs-publisher`, root: '../../', assets: input.assets, main, nav: ` › <span>${text(title)}</span>` });
}
