/**
 * Provenance of a dataset from its configured sources: who published the figures and under which
 * terms. A source that declares no licence is published under "terms of the publisher" with the
 * publisher's URL, never under a licence we would be pretending it has.
 */
import type { ReleaseCalendar, SourceConfig } from '../contract.js';
import { licenceUrl, type LicenceEntry, type PublisherEntry } from './documents.js';

/** Title, licences and publishers of one dataset, as publish needs them. */
export interface DatasetAbout {
  title?: string;
  licences: LicenceEntry[];
  publishers: PublisherEntry[];
  /** Announced release calendars of the enabled sources that feed it (next expected release). */
  calendars?: ReleaseCalendar[];
  /** Release rhythm (calendar, cadence) of each enabled source that feeds it: how old its latest version may be. */
  rhythms?: Array<Pick<SourceConfig, 'id' | 'calendar' | 'cadence'>>;
}

/** The first URL a source is discovered from. */
function discoveryUrl(source: SourceConfig): string {
  return source.discovery.type === 'urls' ? source.discovery.urls[0] : source.discovery.url;
}

/** A source's publisher: as configured, else the site it is fetched from (its host and origin). */
export function publisherOf(source: SourceConfig): PublisherEntry {
  if (source.publisher) return source.publisher;
  const url = new URL(discoveryUrl(source));
  return { name: url.hostname, url: url.origin };
}

/** A source's licence: its declared Open Definition / SPDX id, else the terms of its publisher. */
export function licenceOf(source: SourceConfig): LicenceEntry {
  if (source.licence) return { name: source.licence, title: source.licence, path: licenceUrl(source.licence) };
  const publisher = publisherOf(source);
  return { title: `Terms of the publisher (${publisher.name})`, path: source.terms_url ?? publisher.url };
}

/** What a licence list says in one line (manifest, catalog). */
export function licenceLine(licences: LicenceEntry[]): string {
  return licences.map((l) => l.name ?? `${l.title}: ${l.path}`).join('; ');
}

const distinct = <T>(items: T[]): T[] => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];

/** Title, licences and publishers of a dataset from every source that feeds it. */
export function describeDataset(sources: SourceConfig[], dataset: string): DatasetAbout {
  const feeding = sources.filter((s) => s.dataset === dataset);
  return {
    title: feeding.find((s) => s.title)?.title,
    licences: distinct(feeding.map(licenceOf)),
    publishers: distinct(feeding.map(publisherOf)),
    calendars: feeding.filter((s) => s.enabled && s.calendar).map((s) => s.calendar!),
    rhythms: feeding.filter((s) => s.enabled && (s.calendar || s.cadence)).map(({ id, calendar, cadence }) => ({ id, calendar, cadence })),
  };
}

/** When no configured source feeds a dataset any more, its terms are unknown and say so. */
export const UNKNOWN_TERMS: LicenceEntry = { title: 'Terms of the publisher (no configured source names them)', path: 'https://spdx.org/licenses/' };
