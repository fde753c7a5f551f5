/**
 * Throughput of the press-release extractor on a few MB of synthetic but realistic releases
 * (national, provincial, port, train, commodity and Central Asian styles, plain text and HTML).
 * Run: `npx tsx bench/extract-text.bench.ts`. Prints a table (best of three timed passes after a
 * warm-up); `run()` returns the same rows.
 */
import { extractPressRelease } from '../functions/core/extract/press-release/index.js';

/** Deterministic pseudo-random numbers, so every run reads the same text. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PLACES = ['Xinjiang', 'Guangxi', 'Heilongjiang', 'Inner Mongolia', 'Yunnan', 'Jilin'];
const PORTS = ['Horgos Port', 'Alashankou Port', 'Erenhot port', 'Manzhouli', 'Suifenhe port'];
const PARTNERS = ['Kazakhstan', 'Russia', 'Central Asian countries', 'ASEAN', 'the European Union', 'Mongolia'];
const PERIODS = ['in the first three quarters of this year', 'in January-September', 'in the first 10 months', 'since the beginning of this year', 'in September', 'in the first half of 2025'];
const GOODS = ['household appliances', 'crude oil', 'rare earths', 'soybeans', 'coal', 'steel products'];

/** One synthetic release of a few paragraphs, built from templates in customs-news style. */
export function syntheticRelease(random: () => number, html: boolean): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const num = (max: number) => (random() * max + 1).toFixed(2);
  const pct = () => (random() * 30 - 8).toFixed(1);
  const paragraphs = [
    `URUMQI, Oct. ${1 + Math.floor(random() * 28)} (Xinhua) -- The foreign trade of ${pick(PLACES)} ${pick(PERIODS)} reached ${num(900)} billion yuan, up ${pct()} percent year on year, local customs said.`,
    `Exports rose ${pct()} percent to ${num(500)} billion yuan, while imports stood at ${num(300)} billion yuan, down ${pct()} percent. Trade with ${pick(PARTNERS)} accounted for ${num(60)} percent of the total.`,
    `More than ${Math.floor(random() * 400_000).toLocaleString('en-US')} vehicles were exported through ${pick(PORTS)} ${pick(PERIODS)}, and ${Math.floor(random() * 9000).toLocaleString('en-US')} China-Europe freight trains passed through the port carrying ${num(9)} million tonnes of goods.`,
    `Exports of ${pick(GOODS)} totaled ${num(80)} billion yuan (approximately ${num(11)} billion US dollars), an increase of ${pct()} percent. The number of foreign trade enterprises in the region reached ${Math.floor(random() * 6000).toLocaleString('en-US')}.`,
    `Kazakhstan's foreign trade turnover in January-August amounted to $${num(70)} billion, which is ${pct()}% more than in the same period last year. The spokesperson can be reached at 0991-${Math.floor(random() * 9_000_000)}.`,
  ];
  const body = paragraphs.filter(() => random() > 0.15).join('\n\n');
  if (!html) return `Foreign trade news\n\n${body}\n`;
  return `<html><head><title>News</title><script>var id=${Math.floor(random() * 1e6)};</script></head><body><div class="nav"><a href="/">Home</a> <a href="/n">News</a></div><div class="article">${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</div><div class="footer">Copyright 2025. All rights reserved.</div></body></html>`;
}

/** Builds a few MB of releases, extracts them all, and returns the measured table rows. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  const random = lcg(20251025);
  const context = { dataset: 'bench', release_id: 'bench-1', source_url: 'https://example.org/bench', published: '2025-10-25' };
  const table: Array<Record<string, string | number>> = [];
  for (const format of ['text', 'html'] as const) {
    const releases: string[] = [];
    let bytes = 0;
    while (bytes < 3 * 1024 * 1024) {
      const release = syntheticRelease(random, format === 'html');
      releases.push(release);
      bytes += Buffer.byteLength(release);
    }
    // Warm up the regular expressions and the JIT before timing, then take the best of three passes:
    // the machine this runs on is shared, and the fastest pass is the one least disturbed by others.
    const options = { contentType: format === 'html' ? 'text/html' : 'text/plain' };
    for (const release of releases.slice(0, 500)) extractPressRelease(release, context, options);
    let rows = 0;
    let seconds = Infinity;
    let cpuSeconds = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      rows = 0;
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (const release of releases) {
        const outcome = extractPressRelease(release, context, options);
        if (outcome.ok) rows += outcome.rows.length;
      }
      seconds = Math.min(seconds, (performance.now() - started) / 1000);
      const used = process.cpuUsage(cpu);
      cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
    }
    table.push({
      input: format,
      releases: releases.length,
      MB: Number((bytes / 1024 / 1024).toFixed(2)),
      seconds: Number(seconds.toFixed(3)),
      'cpu s': Number(cpuSeconds.toFixed(3)),
      'MB/s': Number((bytes / 1024 / 1024 / seconds).toFixed(2)),
      'releases/s': Math.round(releases.length / seconds),
      rows,
    });
  }
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = await run();
  console.table(table);
}
