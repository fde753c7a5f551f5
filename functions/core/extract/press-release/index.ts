/**
 * Press-release extractor: one observation draft per quantity a customs news release reports.
 *
 * Pure and total: no I/O, no clock, never throws. Plain text is read as given; for HTML the
 * article body is extracted first and `quote_start`/`quote_end` are offsets into that extracted
 * article text (the text a reader sees), not into the raw markup.
 *
 * Reading conventions (see tests/corpus/press-release/README.md): "nearly/about/some" → about;
 * growth without a level is a row with value null, unit "" and measure growth; deficits are
 * negative balances; a sentence without a period or place takes the last one stated before it.
 */
import type { ExtractionContext, ExtractionOutcome, ObservationDraft } from '../../contract.js';
import { articleText, looksLikeHtml } from './article.js';
import { readSentence, type ReleaseMemory } from './assemble.js';
import { findPlaces } from './geography.js';
import { anchorOf } from './periods.js';
import { MAX_SENTENCE_CHARS, splitSentences, type Sentence } from './sentences.js';

/** Upper bound on the text read from one release; beyond it the release is truncated with a warning. */
const MAX_TEXT_CHARS = 2_000_000;

/** Extracts every reported quantity of one press release (plain text or an HTML page). */
export function extractPressRelease(body: string, ctx: ExtractionContext, opts: { contentType?: string }): ExtractionOutcome {
  try {
    return extract(body, ctx, opts);
  } catch (error) {
    // Defensive: the readers are written not to throw, but a release must never take the pipeline down.
    return { ok: false, reason: `press-release extractor failed: ${(error as Error)?.message ?? String(error)}` };
  }
}

function extract(body: string, ctx: ExtractionContext, opts: { contentType?: string }): ExtractionOutcome {
  if (typeof body !== 'string' || body.trim() === '') return { ok: false, reason: 'empty release body' };
  const anchor = anchorOf(ctx.published);
  if (!anchor) return { ok: false, reason: `publication date "${ctx.published}" is not YYYY-MM-DD` };
  const warnings: string[] = [];

  let text = looksLikeHtml(body, opts.contentType) ? articleText(body) : body;
  if (text.trim() === '') return { ok: false, reason: 'no readable article text in the release' };
  if (text.length > MAX_TEXT_CHARS) {
    warnings.push(`release text truncated to ${MAX_TEXT_CHARS} characters`);
    text = text.slice(0, MAX_TEXT_CHARS);
  }

  const sentences = splitSentences(text);
  if (sentences.some((s) => s.end - s.start >= MAX_SENTENCE_CHARS)) warnings.push(`sentences longer than ${MAX_SENTENCE_CHARS} characters were read in pieces`);

  const country = releaseCountry(sentences, text);
  const memory: ReleaseMemory = { period: null, area: '', areaByKind: {}, country, partner: '', paragraph: -1, lastFlow: null, quantityCommodity: '' };
  let rows: ObservationDraft[] = [];
  for (const sentence of sentences) for (const row of readSentence(sentence, anchor, ctx, memory)) rows.push(row);
  rows = mergeRestatements(rows);

  const unresolved = rows.filter((r) => r.period_start === '').length;
  if (unresolved) warnings.push(`${unresolved} figure(s) without a resolvable period`);
  if (!rows.length) warnings.push('no figures found in the release');
  return { ok: true, rows, warnings };
}

/**
 * The country a release reports on, used when a sentence names no place: the country named most
 * as a reporting area, with Chinese customs wording and yuan amounts counting for China.
 */
function releaseCountry(sentences: Sentence[], text: string): string {
  const score = new Map<string, number>();
  const add = (name: string, n: number) => score.set(name, (score.get(name) ?? 0) + n);
  for (const sentence of sentences.slice(0, 400)) {
    for (const place of findPlaces(sentence.norm, '')) {
      if (place.kind === 'country') add(place.name, place.role === 'area' ? 3 : 1);
      else if ((place.kind === 'region' || place.kind === 'port') && place.role !== 'locator') add('China', 1);
    }
  }
  const head = text.slice(0, 200_000);
  if (/General Administration of Customs(?! of Mongolia)|\bGACC\b|Chinese customs|China's customs|\(Xinhua\)/.test(head)) add('China', 3);
  const yuan = head.match(/\b(?:yuan|RMB)\b/g)?.length ?? 0;
  if (yuan) add('China', Math.min(yuan, 5));
  let best = '';
  let bestScore = 0;
  for (const [name, n] of score) if (n > bestScore) [best, bestScore] = [name, n];
  return best;
}

/**
 * A headline or lead that repeats a figure is one observation: rows naming the same series,
 * period and value merge (keeping the one that also states the growth), and a growth-only row
 * that restates a level row's growth is dropped.
 */
function mergeRestatements(rows: ObservationDraft[]): ObservationDraft[] {
  const key = (r: ObservationDraft) => [r.area, r.partner, r.flow, r.measure, r.unit, r.period_start, r.period_end, r.value].join('|');
  const kept: ObservationDraft[] = [];
  const byKey = new Map<string, number>();
  for (const row of rows) {
    if (row.value === null) continue;
    const k = key(row);
    const at = byKey.get(k);
    if (at === undefined) {
      byKey.set(k, kept.length);
      kept.push(row);
    } else if (kept[at].yoy_pct === null && row.yoy_pct !== null) {
      kept[at] = row;
    }
  }
  // Growth stated by level rows, by (yoy, area, flow) with and without the period.
  const growthKey = (r: ObservationDraft, withPeriod: boolean) => [r.yoy_pct, r.area, r.flow, withPeriod ? `${r.period_start}..${r.period_end}` : ''].join('|');
  const statedGrowth = new Set<string>();
  for (const l of kept) {
    if (l.yoy_pct === null) continue;
    statedGrowth.add(growthKey(l, true));
    statedGrowth.add(growthKey(l, false));
  }
  const out: ObservationDraft[] = [];
  const seenGrowth = new Set<string>();
  for (const row of rows) {
    if (row.value !== null) {
      if (kept[byKey.get(key(row))!] === row) out.push(row);
      continue;
    }
    const restated = statedGrowth.has(growthKey(row, row.period_start !== ''));
    const k = [growthKey(row, true), row.partner, row.commodity].join('|');
    if (!restated && !seenGrowth.has(k)) out.push(row);
    seenGrowth.add(k);
  }
  return out;
}
