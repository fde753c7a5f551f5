/**
 * The country of the site a page lives on: a statistics office, a customs service or a ministry publishes under its
 * country's top-level domain ("customs.gov.ru", "www.aduana.cl", "www.kenyanews.go.ke"), and the page says where it lives
 * in the address it was fetched from, in its canonical link or og:url, or in the link of its logo. A page that names its
 * country nowhere else (its story gives partners only: "the United States was the largest export market") reports the
 * country of its site, as a release datelined in a capital reports that country's figures.
 */
// Country-code top-level domains by the countries' names as geography.ts writes them (the United Kingdom is "uk").
// Left out: the bloc's "eu" (Eurostat reports the union and the euro area alike).
const COUNTRY_DOMAINS = `ad Andorra|ae United Arab Emirates|af Afghanistan|ag Antigua and Barbuda|al Albania|am Armenia|ao Angola|ar Argentina|as American Samoa
|at Austria|au Australia|aw Aruba|az Azerbaijan|ba Bosnia and Herzegovina|bb Barbados|bd Bangladesh|be Belgium|bf Burkina Faso|bg Bulgaria|bh Bahrain
|bi Burundi|bj Benin|bm Bermuda|bn Brunei|bo Bolivia|br Brazil|bs Bahamas|bt Bhutan|bw Botswana|by Belarus|bz Belize|ca Canada
|cd Democratic Republic of the Congo|cf Central African Republic|cg Republic of the Congo|ch Switzerland|ck Cook Islands|cl Chile|cm Cameroon|cn China
|co Colombia|cr Costa Rica|cu Cuba|cv Cabo Verde|cw Curaçao|cy Cyprus|cz Czech Republic|de Germany|dj Djibouti|dk Denmark|dm Dominica
|do Dominican Republic|dz Algeria|ec Ecuador|ee Estonia|eg Egypt|er Eritrea|es Spain|et Ethiopia|fi Finland|fj Fiji|fm Micronesia|fo Faroe Islands
|fr France|ga Gabon|gd Grenada|ge Georgia|gh Ghana|gi Gibraltar|gl Greenland|gm Gambia|gn Guinea|gq Equatorial Guinea|gr Greece|gt Guatemala|gu Guam
|gw Guinea-Bissau|gy Guyana|hk Hong Kong|hn Honduras|hr Croatia|ht Haiti|hu Hungary|id Indonesia|ie Ireland|il Israel|in India|iq Iraq|ir Iran
|is Iceland|it Italy|jm Jamaica|jo Jordan|jp Japan|ke Kenya|kg Kyrgyzstan|kh Cambodia|ki Kiribati|km Comoros|kn Saint Kitts and Nevis|kr South Korea
|kw Kuwait|ky Cayman Islands|kz Kazakhstan|la Laos|lb Lebanon|lc Saint Lucia|li Liechtenstein|lk Sri Lanka|lr Liberia|ls Lesotho|lt Lithuania
|lu Luxembourg|lv Latvia|ly Libya|ma Morocco|mc Monaco|md Moldova|me Montenegro|mg Madagascar|mh Marshall Islands|mk North Macedonia|ml Mali
|mm Myanmar|mn Mongolia|mo Macao|mr Mauritania|mt Malta|mu Mauritius|mv Maldives|mw Malawi|mx Mexico|my Malaysia|mz Mozambique|na Namibia
|nc New Caledonia|ne Niger|ng Nigeria|ni Nicaragua|nl Netherlands|no Norway|np Nepal|nr Nauru|nz New Zealand|om Oman|pa Panama|pe Peru
|pf French Polynesia|pg Papua New Guinea|ph Philippines|pk Pakistan|pl Poland|pr Puerto Rico|ps Palestine|pt Portugal|pw Palau|py Paraguay|qa Qatar
|ro Romania|rs Serbia|ru Russia|rw Rwanda|sa Saudi Arabia|sb Solomon Islands|sc Seychelles|sd Sudan|se Sweden|sg Singapore|si Slovenia|sk Slovakia
|sl Sierra Leone|sm San Marino|sn Senegal|so Somalia|sr Suriname|ss South Sudan|st São Tomé and Príncipe|sv El Salvador|sy Syria|sz Eswatini|td Chad
|tg Togo|th Thailand|tj Tajikistan|tl Timor-Leste|tm Turkmenistan|tn Tunisia|to Tonga|tr Turkey|tt Trinidad and Tobago|tv Tuvalu|tw Taiwan
|tz Tanzania|ua Ukraine|ug Uganda|uk United Kingdom|uy Uruguay|uz Uzbekistan|va Holy See|vc Saint Vincent and the Grenadines|ve Venezuela|vn Vietnam
|vu Vanuatu|ws Samoa|xk Kosovo|ye Yemen|za South Africa|zm Zambia|zw Zimbabwe`;

/** Each country-code domain with its country. */
export const COUNTRY_OF_DOMAIN: ReadonlyMap<string, string> = new Map(
  COUNTRY_DOMAINS.split('|').map((entry) => entry.trim().split(/ (.*)/s).slice(0, 2) as [string, string]),
);

// Country codes sold to anyone as short names ("app.io", "news.tv", "brand.co", "site.me"): their country only under a
// government's own second level ("mintic.gov.co", "gov.me").
const GENERIC_DOMAINS = new Set(['ad', 'ag', 'am', 'as', 'bz', 'cc', 'cd', 'cm', 'co', 'fm', 'gl', 'io', 'la', 'ly', 'md', 'me', 'ms', 'mu', 'nu', 'pw', 'sc', 'so', 'st', 'to', 'tv', 'vc', 'ws']);
const GOVERNMENT_LEVEL = /^(?:gov|go|gob|gouv|govt|gv|admin|gub)$/;

/** The country of a host by its country-code domain ("customs.gov.ru" → Russia), or null. */
export function countryOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const country = COUNTRY_OF_DOMAIN.get(labels[labels.length - 1]);
  if (!country || labels.length < 2) return null;
  if (GENERIC_DOMAINS.has(labels[labels.length - 1]) && !GOVERNMENT_LEVEL.test(labels[labels.length - 2])) return null;
  return country;
}

const HTTP_HOST = /^https?:\/\/([^/?#:"'\s]+)/i;
// The page's own address in its head: `<link rel="canonical">`, og:url, `<base href>`.
const OWN_ADDRESS = /<link\b[^>]*\brel=["']canonical["'][^>]*>|<meta\b[^>]*\bog:url\b[^>]*>|<base\b[^>]*>/gi;
const ADDRESS_OF = /\b(?:href|content)=["'](https?:\/\/[^"']+)["']/i;
// A link holding the site's logo (an image whose file, class, id or alt says "logo"), or a link the site calls its brand or home.
const LINK = /<a\b([^>]*)>([^]{0,400}?)<\/a>/gi;
const LOGO_LINK_ATTRS = /\b(?:class|id|rel)=["'][^"']*\b(?:logo|brand|home)\b/i;
const LOGO_IMAGE = /<img\b[^>]*\b(?:src|class|id|alt)=["'][^"']*logo/i;
const HREF = /\bhref=["'](https?:\/\/[^"']+)["']/i;
const TOP_CHARS = 6000;

/**
 * The hosts a page names as its own, surest first: where it was fetched from, its canonical address, its logo's link.
 * Yielded one by one, so the page's head is not searched once the address it was fetched from has answered.
 */
function* siteHosts(body: string, sourceUrl: string): Generator<string | undefined> {
  yield HTTP_HOST.exec(sourceUrl)?.[1];
  const top = body.slice(0, TOP_CHARS);
  for (const m of top.matchAll(OWN_ADDRESS)) yield HTTP_HOST.exec(ADDRESS_OF.exec(m[0])?.[1] ?? '')?.[1];
  for (const [, attrs, inner] of top.matchAll(LINK)) {
    if (LOGO_LINK_ATTRS.test(attrs) || LOGO_IMAGE.test(inner)) yield HTTP_HOST.exec(HREF.exec(attrs)?.[1] ?? '')?.[1];
  }
}

// `<html lang="en-AU">`: a page that declares the region of its language ("en-AU", "en-NZ", "ko-KR") is written for that
// country's readers, as a site under its domain is; "en-GB" is the United Kingdom's ("uk" as a domain). Read after the hosts.
const PAGE_LOCALE = /<html\b[^>]*\blang=["'][a-z]{2,3}-([A-Za-z]{2})["']/i;

/** The country of the region a page's language declares (`PAGE_LOCALE`), or null. */
function localeCountry(body: string): string | null {
  const region = PAGE_LOCALE.exec(body.slice(0, 2000))?.[1].toLowerCase();
  return region ? (COUNTRY_OF_DOMAIN.get(region === 'gb' ? 'uk' : region) ?? null) : null;
}

/** The country of the site a page lives on: of the first of its hosts (`siteHosts`) under a country's domain, else of its locale, or null. */
export function siteCountry(body: string, sourceUrl: string): string | null {
  for (const host of siteHosts(body, sourceUrl)) {
    const country = host ? countryOfHost(host) : null;
    if (country) return country;
  }
  return localeCountry(body);
}
