/**
 * The catalog site in a real browser: three versions published by the pipeline, served by the
 * local site server (same allow-list and security headers as CloudFront), opened in headless
 * Chromium. Pages load without a console error, the chart plots as many points as the data has
 * months, every link resolves and every download matches its sha256, the table behind the chart
 * follows the picker, and hostile text from a release stays inert text.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SnapshotManifest, type Observation } from '../../functions/core/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../functions/core/site/public-paths.js';
import { DATASET, HOSTILE_LABEL, HOSTILE_TITLE, publishThreeVersions, type PublishedFixture } from '../support/published-fixture.js';
import { inPage, launchChromium } from '../support/browser.js';

let fixture: PublishedFixture;
let browser: Browser;
const page = (path: string) => `${fixture.site.url}/${path}`;
const fetchBytes = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

beforeAll(async () => {
  browser = await launchChromium();
  fixture = await publishThreeVersions();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

/** Months of the headline series (China, world, all goods, no breakdown, USD), counted from the published rows. */
async function headlineMonths(): Promise<number> {
  const rows = (await fetchBytes(page(`datasets/${DATASET}/latest/observations.ndjson`))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Observation);
  const months = rows.filter((r) => r.measure === 'value' && r.partner === 'World' && r.commodity === 'all goods' && r.breakdown === '' && r.unit === 'USD' && r.period_start === r.period_end);
  return new Set(months.map((r) => r.period_start)).size;
}

describe('catalog site in Chromium', () => {
  it('the index lists the dataset with its latest version and row count, without a console error', async () => {
    await inPage(browser, 'index', async (tab, problems) => {
      const response = await tab.goto(page(''));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      const row = tab.locator('table.catalog tbody tr');
      await expect.poll(() => row.count()).toBe(1);
      const cells = await row.locator('th, td').allInnerTexts();
      expect(cells[0]).toContain(HOSTILE_TITLE);
      expect(cells[1]).toBe('3');
      expect(cells[4]).toBe('48');
      await expect.poll(() => tab.locator('.age').count()).toBe(1);
      expect(problems.errors).toEqual([]);
    });
  });

  it('the dataset page charts the headline series with one point per month and a table behind it', async () => {
    const months = await headlineMonths();
    expect(months).toBe(2);
    await inPage(browser, 'dataset-chart', async (tab, problems) => {
      await tab.goto(page(`datasets/${DATASET}/index.html`));
      const chart = tab.locator('#chart');
      await expect.poll(() => chart.getAttribute('data-points')).toBe(String(months));
      expect(await chart.locator('canvas').count()).toBe(1);
      expect(await chart.getAttribute('data-flows')).toBe('export import');
      expect(await tab.locator('#series-table tbody tr').count()).toBe(months);
      expect(await tab.locator('#series-table tbody tr').first().innerText()).toMatch(/^2025-09\s/);
      expect(problems.errors).toEqual([]);
    });
  });

  it('picking another series redraws the chart and the table, and hostile text from the release stays text', async () => {
    await inPage(browser, 'dataset-hostile', async (tab, problems) => {
      await tab.goto(page(`datasets/${DATASET}/index.html`));
      const title = await tab.title();
      const option = tab.locator('#series-picker option', { hasText: 'Border Trade' });
      expect(await option.innerText()).toContain(HOSTILE_LABEL);
      await tab.selectOption('#series-picker', await option.getAttribute('value'));
      await expect.poll(() => tab.locator('#series-table caption').innerText()).toContain(HOSTILE_LABEL);
      expect(await tab.locator('#chart').getAttribute('data-points')).toBe('2');
      // Inert: no element was made from the label, the title script never ran, the text shows as written.
      expect(await tab.locator('img[src="x"], main b, script:not([src]):not([type="application/json"])').count()).toBe(0);
      expect(await tab.title()).toBe(title);
      expect(title).toContain(HOSTILE_TITLE);
      expect(await tab.locator('h1').innerText()).toBe(HOSTILE_TITLE);
      expect(await tab.locator('main').innerText()).toContain('customs regime: Border Trade </script>');
      expect(problems.errors).toEqual([]);
    });
  });

  it('every link on the dataset page resolves and every download matches the sha256 the page and the manifest give', async () => {
    await inPage(browser, 'dataset-links', async (tab, problems) => {
      await tab.goto(page(`datasets/${DATASET}/index.html`));
      const hrefs = await tab.locator('a[href]').evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
      const local = [...new Set(hrefs.filter((h) => h.startsWith(fixture.site.url)).map((h) => h.split('#')[0]))];
      expect(local.length).toBeGreaterThan(10);
      for (const href of local) expect((await fetch(href)).status, href).toBe(200);
      const downloads = await tab.locator('a[data-sha256]').evaluateAll((links) => links.map((a) => ({ href: (a as unknown as { href: string }).href, sha256: a.getAttribute('data-sha256'), bytes: Number(a.getAttribute('data-bytes')) })));
      const manifest = SnapshotManifest.parse(JSON.parse((await fetchBytes(page(`datasets/${DATASET}/v3/manifest.json`))).toString('utf8')));
      expect(downloads.map((d) => d.sha256)).toEqual(manifest.files.map((f) => f.sha256));
      for (const download of downloads) {
        const body = await fetchBytes(download.href);
        expect(body.length).toBe(download.bytes);
        expect(createHash('sha256').update(body).digest('hex')).toBe(download.sha256);
      }
      expect(problems.errors).toEqual([]);
    });
  });

  it('raw releases, state and configuration are never served; published paths carry the cache rules', async () => {
    for (const path of ['config/sources.json', 'raw/', 'raw/regime-tables/2025/11/x/y.html', 'tables/observations/', '..%2Fconfig%2Fsources.json']) {
      expect((await fetch(page(path))).status, path).toBe(403);
    }
    const immutable = await fetch(page(`datasets/${DATASET}/v1/manifest.json`));
    expect(immutable.headers.get('cache-control')).toContain('immutable');
    const moving = await fetch(page('catalog.json'));
    expect(moving.headers.get('cache-control')).toBe('public, max-age=60');
    expect(moving.headers.get('strict-transport-security')).toContain('max-age=');
    expect(moving.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
