import { describe, expect, it } from 'vitest';
import { canonicalUrl, observationId, releaseId } from '../../functions/core/identity.js';

const base = { dataset: 'xinjiang', area: 'Xinjiang', partner: 'World', flow: 'total' as const, commodity: 'all goods', breakdown: '', measure: 'value' as const, unit: 'CNY', period_start: '2025-01', period_end: '2025-09', release_id: 'r1' };

describe('observationId', () => {
  it('is the same for the same series and period reported by another release', () => {
    expect(observationId(base)).toBe(observationId({ ...base, release_id: 'r2' }));
    expect(observationId(base)).toMatch(/^[0-9a-f]{20}$/);
  });

  it('ignores case and spacing differences in labels', () => {
    expect(observationId({ ...base, area: '  xinjiang ' })).toBe(observationId(base));
  });

  it('differs when the unit, period, flow or breakdown differs', () => {
    const id = observationId(base);
    expect(observationId({ ...base, unit: 'USD' })).not.toBe(id);
    expect(observationId({ ...base, period_end: '2025-08' })).not.toBe(id);
    expect(observationId({ ...base, flow: 'export' })).not.toBe(id);
    expect(observationId({ ...base, breakdown: 'customs regime: Border Trade' })).not.toBe(id);
  });

  it('scopes rows without a resolved period to their release', () => {
    const open = { ...base, period_start: '', period_end: '' };
    expect(observationId(open)).not.toBe(observationId({ ...open, release_id: 'r2' }));
  });
});

describe('releaseId', () => {
  it('is stable under fragment, default port and host case', () => {
    expect(releaseId('gacc', 'https://English.customs.gov.cn:443/Statics/a.html#top')).toBe(releaseId('gacc', 'https://english.customs.gov.cn/Statics/a.html'));
    expect(canonicalUrl('http://Example.com:80/x')).toBe('http://example.com/x');
  });

  it('differs between sources and URLs', () => {
    expect(releaseId('a', 'https://x.org/1')).not.toBe(releaseId('b', 'https://x.org/1'));
    expect(releaseId('a', 'https://x.org/1')).not.toBe(releaseId('a', 'https://x.org/2'));
    expect(releaseId('a', 'https://x.org/1')).toMatch(/^a-[0-9a-f]{16}$/);
  });
});
