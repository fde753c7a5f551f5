/**
 * Rules of issue 9, part ff: the reporting country of web pages by agencies outside China (batch b101, helper fix101a,
 * 2026-12-04). A page names its own country in its chrome (masthead, footer, the site it lives on) more often than in its
 * story; the partners the story names must stay partners. Each written here in our own words on the phenomenon.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { COUNTRY_OF_DOMAIN, countryOfHost } from '../../functions/core/extract/press-release/site-country.js';
import { countryOf, SEPARATE_CUSTOMS_TERRITORIES } from '../../functions/core/extract/press-release/geography.js';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area, r.partner, r.flow]);

describe('a country named by its formal name ending in a body word', () => {
  it('keeps "the Russian Federation" a partner, no agency that reports the page\'s figures', () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>External trade, January-June 2025</title></head>
<body>
<div class="top"><span class="site-title">Statistical Office of the Republic of Serbia</span></div>
<nav><a href="/en/">Home</a> <a href="/en/releases/">Releases</a></nav>
<h1>External trade, January-June 2025</h1>
<p>In the first half of 2025 exports of goods came to 14.2 billion euros, 3.1% more than a year earlier, and imports to 18.9 billion euros, up 5.4%.</p>
<p>Among partners outside the EU, exports to the Russian Federation amounted to 0.6 billion euros.</p>
</body></html>`;
    expect(rows(page, '2025-07-31')).toEqual([
      [14_200_000_000, 'Serbia', 'World', 'export'],
      [18_900_000_000, 'Serbia', 'World', 'import'],
      [600_000_000, 'Serbia', 'Russia', 'export'],
    ]);
  });
});

describe('an agency the story quotes only after its lead', () => {
  it('leaves the page to the agency its masthead names', () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>Trade in goods, October 2025</title></head>
<body>
<header><a href="/en/"><img src="/img/logo.svg" alt="Statistics Norway"></a></header>
<h1>Trade in goods, October 2025</h1>
<p>Exports of goods totalled NOK 121.4 billion in October, 4.2 percent more than in October last year.</p>
<p>Imports of goods came to NOK 78.9 billion.</p>
<p>Fish exports were stable.</p>
<p>Statistics Sweden publishes its own October figures next week.</p>
</body></html>`;
    expect(rows(page, '2025-11-15')).toEqual([
      [121_400_000_000, 'Norway', 'World', 'export'],
      [78_900_000_000, 'Norway', 'World', 'import'],
    ]);
  });
});

describe('an agency written with its country\'s official spelling', () => {
  it('reads "General Statistics Office of Viet Nam" in a masthead as Vietnam\'s statistics office', () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>Trade in goods, first quarter 2025</title></head>
<body>
<header><span class="logo">General Statistics Office of Viet Nam</span></header>
<h1>Trade in goods, first quarter 2025</h1>
<p>In the first quarter of 2025 exports of goods were estimated at 102.8 billion USD, up 10.6% over the same period last year. The United States remained the largest export market with 31.4 billion USD.</p>
</body></html>`;
    expect(rows(page, '2025-04-06')).toEqual([
      [102_800_000_000, 'Vietnam', 'World', 'export'],
      [31_400_000_000, 'Vietnam', 'United States', 'export'],
    ]);
  });
});

describe('the agency a page names only in its footer', () => {
  it('reads the footer, in capitals, for the page\'s agency when the masthead names no country', () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>Foreign trade, September 2025</title></head>
<body>
<div class="brand"><img src="/img/emblem.png" alt=""> Statistics Bureau</div>
<h1>Foreign trade, September 2025</h1>
<p>Exports in September reached 4.1 billion US dollars, 6.3% more than a year before. Imports were 5.6 billion US dollars.</p>
<p>China was the main source of imports with 1.9 billion US dollars.</p>
<footer class="site-footer"><p>STATISTICS FINLAND - Helsinki</p></footer>
</body></html>`;
    expect(rows(page, '2025-10-20')).toEqual([
      [4_100_000_000, 'Finland', 'World', 'export'],
      [5_600_000_000, 'Finland', 'World', 'import'],
      [1_900_000_000, 'Finland', 'China', 'import'],
    ]);
  });
});

describe('a capital datelining a release with the day of the week', () => {
  it('reads "Accra, Monday July 14, 2025 –" as Ghana\'s own release, with the market it names as partner', () => {
    const text = `Export earnings climb in first half

Accra, Monday July 14, 2025 – The country's merchandise exports rose 9.4 per cent to 10.2 billion US dollars in the first half of the year, while imports grew 3.1 per cent to 7.8 billion US dollars.

Burkina Faso was the largest market in the sub-region, taking goods worth 0.4 billion US dollars.`;
    expect(rows(text, '2025-07-14').map((r) => r.slice(0, 3))).toEqual([
      [10_200_000_000, 'Ghana', 'World'],
      [7_800_000_000, 'Ghana', 'World'],
      [400_000_000, 'Ghana', 'Burkina Faso'],
    ]);
  });
});

describe('the site a page lives on', () => {
  // A customs page whose story names no country of its own, only a market its exports went to.
  const page = (logoLink: string) => `<!DOCTYPE html>
<html><head><title>Servicio Nacional - News</title></head>
<body>
<div class="cabecera"><a href="${logoLink}"><img src="/img/logo_servicio.gif" alt="Servicio"></a></div>
<h2>Shipments abroad slip in the first half</h2>
<p>Shipments abroad totalled US$ 38,204.5 million in the first half of the year, 2.1% less than a year earlier, led by lower copper prices.</p>
<p>Sales to Japan reached US$ 3,911.0 million.</p>
</body></html>`;
  const fetched = (body: string, sourceUrl: string) => {
    const outcome = extractPressRelease(body, { dataset: 'customs-news', release_id: 'r', source_url: sourceUrl, published: '2025-08-01' }, {});
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.rows.map((r) => [r.value, r.area, r.partner]);
  };
  const chilean = [
    [38_204_500_000, 'Chile', 'World'],
    [3_911_000_000, 'Chile', 'Japan'],
  ];

  it('reads the country of the domain the page was fetched from', () => {
    expect(fetched(page('/'), 'https://www.aduana.example.cl/news/2025/08/01.html')).toEqual(chilean);
  });

  it("reads the country of the domain its logo links to when the address it was fetched from has none", () => {
    expect(fetched(page('https://www.aduana.example.cl/'), 'https://mirror.example.org/r')).toEqual(chilean);
  });

  it('reads no country from a code sold as a generic name, unless a government holds it', () => {
    expect(fetched(page('https://brand.example.io/'), 'file:///r').map((r) => r[1])).toEqual(['', '']);
    expect(countryOfHost('www.mintic.gov.co')).toBe('Colombia');
    expect(countryOfHost('news.example.co')).toBeNull();
    expect(countryOfHost('ec.europa.eu')).toBeNull();
    expect(countryOfHost('shop.example.as')).toBeNull();
  });

  it('leaves the page to a country its story names as its own', () => {
    const story = `<!DOCTYPE html>
<html><head><title>News</title></head>
<body>
<div class="logo"><a href="https://news.example.cn/"><img src="/logo.png" alt="Daily"></a></div>
<h1>Kazakhstan's exports grow</h1>
<p>Kazakhstan's exports rose 4.2 percent to 48.1 billion US dollars in the first nine months, and Kazakhstan's imports rose 6.5 percent to 33.0 billion US dollars.</p>
</body></html>`;
    expect(fetched(story, 'file:///r').map((r) => r[1])).toEqual(['Kazakhstan', 'Kazakhstan']);
  });

  it('knows the country of every domain in its table by the name the lexicon gives it', () => {
    const unknown = [...COUNTRY_OF_DOMAIN].filter(([, country]) => countryOf(country) !== country && !SEPARATE_CUSTOMS_TERRITORIES.has(country));
    expect(unknown).toEqual([]);
  });
});

describe("a port's own page whose story says only \"the port\"", () => {
  it('takes the port its masthead names as the place of the figures', () => {
    const page = `<!DOCTYPE html>
<html><head><title>Rizhao Port Co. - Company News</title></head>
<body>
<table><tr><td><img src="/img/banner.jpg" alt="Rizhao Port Co., Ltd."></td></tr></table>
<div class="title">First-quarter throughput rises</div>
<div class="text">
<p>The port handled 132.6 million tonnes of cargo in the first quarter of 2025, up 4.1 percent year on year, as iron ore and coal arrivals held firm.</p>
</div>
</body></html>`;
    expect(rows(page, '2025-04-10')).toEqual([[132_600_000, 'Rizhao Port', 'World', 'total']]);
  });
});
