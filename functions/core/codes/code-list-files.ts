/**
 * The code lists as published files: one CSV per list in every dataset version, described in
 * datapackage.json with a schema, so observations' partner_code and area_code are foreign keys a
 * user (or the Frictionless validator) can follow, and breakdown labels can be looked up.
 */
import { csvField } from '../publish/render.js';
import { AREAS } from './areas.js';
import { ENTERPRISE_TYPES_LIST } from './enterprise-types.js';
import { PARTNERS } from './partners.js';
import { REGIMES_LIST } from './regimes.js';

/** A Frictionless field of a code list. */
export interface CodeListField {
  name: string;
  type: 'string';
  description: string;
  constraints?: Record<string, unknown>;
}

/** One code list file: its resource name, path, what it holds, its fields and its rows. */
export interface CodeListFile {
  name: string;
  path: string;
  description: string;
  fields: CodeListField[];
  rows: Array<Record<string, string>>;
}

const CODE: CodeListField = { name: 'code', type: 'string', description: 'The code used in the observations.', constraints: { required: true, unique: true } };
const LABEL: CodeListField = { name: 'label', type: 'string', description: 'The one label published for it.', constraints: { required: true } };
const SPELLINGS: CodeListField = { name: 'spellings', type: 'string', description: 'Other spellings found in releases that map to it, separated by " | ".' };
const spellings = (names: readonly string[]) => names.join(' | ');

/** Every code list as a file description with its rows. */
export function codeListFiles(): CodeListFile[] {
  return [
    {
      name: 'partners', path: 'partners.csv',
      description: 'Partner codes: ISO 3166-1 alpha-3 for countries and territories, project codes for the world (WLD) and groups (EU27, ASEAN, BELT-AND-ROAD, CENTRAL-ASIA…). Add up rows of kind "country" only to count each country once.',
      fields: [CODE, LABEL, { name: 'kind', type: 'string', description: 'world, group or country.', constraints: { required: true, enum: ['world', 'group', 'country'] } }, SPELLINGS],
      rows: PARTNERS.entries.map((p) => ({ code: p.code, label: p.label, kind: p.kind, spellings: spellings(p.names) })),
    },
    {
      name: 'areas', path: 'areas.csv',
      description: 'Area codes: ISO 3166-1 alpha-2 for countries, ISO 3166-2 for provinces (CN-XJ), project codes <subdivision>-<NAME> for ports, zones, prefectures and cities (CN-XJ-HORGOS); UN/LOCODE where certain.',
      fields: [CODE, LABEL, { name: 'kind', type: 'string', description: 'country, group, province, prefecture, city, port or zone.', constraints: { required: true } }, { name: 'parent', type: 'string', description: 'Code of the area it lies in; empty for countries.' }, { name: 'unlocode', type: 'string', description: 'UN/LOCODE, only where certain; else empty.' }, SPELLINGS],
      rows: AREAS.entries.map((a) => ({ code: a.code, label: a.label, kind: a.kind, parent: a.parent, unlocode: a.unlocode, spellings: spellings(a.names) })),
    },
    {
      name: 'customs-regimes', path: 'customs-regimes.csv',
      description: 'Customs regimes (trade modes) as they appear in breakdown ("customs regime: <label>"), with GACC trade-mode codes where a regime is one code.',
      fields: [CODE, LABEL, { name: 'gacc_code', type: 'string', description: "GACC's four-digit trade-mode code; empty for groups of codes." }, SPELLINGS],
      rows: REGIMES_LIST.entries.map((r) => ({ code: r.code, label: r.label, gacc_code: r.gacc_code, spellings: spellings(r.names) })),
    },
    {
      name: 'enterprise-types', path: 'enterprise-types.csv',
      description: 'Enterprise types as they appear in breakdown ("enterprise type: <label>"), keyed by GACC abbreviation.',
      fields: [CODE, LABEL, SPELLINGS],
      rows: ENTERPRISE_TYPES_LIST.entries.map((e) => ({ code: e.code, label: e.label, spellings: spellings(e.names) })),
    },
  ];
}

/** A code list file as RFC 4180 CSV with a header row (CRLF line ends, like observations.csv). */
export function renderCodeListCsv(file: CodeListFile): string {
  const names = file.fields.map((f) => f.name);
  return [names.join(','), ...file.rows.map((row) => names.map((n) => csvField(row[n] ?? '')).join(','))].map((line) => `${line}\r\n`).join('');
}
