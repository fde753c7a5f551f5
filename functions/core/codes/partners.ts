/**
 * Partners: countries and territories by ISO 3166-1 alpha-3, and the groups GACC and the press
 * report on by a documented project code (never three letters, so a group code can never be
 * mistaken for a country). Each line: `CODE|label we publish|other spellings;…`. The spellings are
 * the ones GACC tables and customs press releases use in English, slips included ("Hong
 * Kong,China" needs no line of its own: spellings compare by letters and digits only).
 */
import { codeList, parseEntries, type CodeEntry } from './code-list.js';

/** What a partner is: the whole world, a group of countries, or one country or territory. */
export type PartnerKind = 'world' | 'group' | 'country';

/** A partner entry. */
export interface Partner extends CodeEntry {
  kind: PartnerKind;
}

const WORLD = `
WLD|World|all countries;all countries and regions;global;worldwide;Total
`;

// Groups. A group row is the total of its members: it is flagged is_total, and users who add up
// partners keep kind = country (partners.csv) to count each country once.
const GROUPS = `
EU27|European Union|EU;EU27;EU-27;European Union countries;European Union member states;EU countries;EU member states
ASEAN|ASEAN|Association of Southeast Asian Nations;ASEAN countries;ASEAN member states
BELT-AND-ROAD|Belt and Road countries|Belt and Road;BRI;Belt and Road Initiative countries;BRI countries;countries along the Belt and Road;countries participating in the Belt and Road Initiative
CENTRAL-ASIA|Central Asia|Central Asian countries;five Central Asian countries;Central Asian
EAEU|EAEU|Eurasian Economic Union;EAEU countries;EAEU member states
CIS-STATES|CIS|CIS;Commonwealth of Independent States;CIS countries
BRICS|BRICS|BRICS countries;BRICS members
SCO-MEMBERS|SCO|SCO;Shanghai Cooperation Organization;Shanghai Cooperation Organisation;SCO member states;SCO countries
RCEP|RCEP|Regional Comprehensive Economic Partnership;RCEP members;RCEP partners;RCEP member countries
GCC-STATES|Gulf Cooperation Council|GCC;GCC countries;Gulf countries;Gulf Cooperation Council countries
ASIA|Asia|Asian countries
AFRICA|Africa|African countries
EUROPE|Europe|European countries
LATIN-AMERICA|Latin America|Latin America and the Caribbean;Latin American countries;Latin American and Caribbean countries
NORTH-AMERICA|North America|North American countries
OCEANIA|Oceania|Oceanian countries
MIDDLE-EAST|Middle East|Middle Eastern countries;Middle East countries
ASIA-PACIFIC|Asia-Pacific|Asia Pacific;Asia-Pacific region
APEC|APEC|Asia-Pacific Economic Cooperation;APEC economies;APEC members
`;

// Countries and territories, ISO 3166-1 alpha-3. Labels are the short English names the press
// uses; GACC's table spellings ("Korea, Rep.", "Viet Nam", "Russian Federation") are variants.
const COUNTRIES = `
CHN|China|People's Republic of China;Chinese mainland;mainland China;PRC
HKG|Hong Kong|Hong Kong, China;Hong Kong SAR;Hong Kong SAR, China;Hongkong;China Hong Kong
MAC|Macao|Macao, China;Macao SAR;Macau;Macau, China;China Macao
TWN|Taiwan|Taiwan, China;Taiwan Province of China;Chinese Taipei;Taiwan region
JPN|Japan|
KOR|South Korea|Korea, Rep.;Korea Rep.;Republic of Korea;Rep. of Korea;Korea (Rep.);ROK;Korea, Republic of
PRK|North Korea|Korea, DPR;Korea, Dem. People's Rep.;Dem. People's Rep. of Korea;Democratic People's Republic of Korea;DPRK;Korea DPR
MNG|Mongolia|
VNM|Vietnam|Viet Nam;Vietnam, Socialist Republic of
LAO|Laos|Lao PDR;Lao People's Democratic Republic;Lao P.D.R.
KHM|Cambodia|Kampuchea
MMR|Myanmar|Burma
THA|Thailand|
MYS|Malaysia|
SGP|Singapore|
IDN|Indonesia|
PHL|Philippines|Philippine;Phillipines;Philipines
BRN|Brunei|Brunei Darussalam
TLS|Timor-Leste|East Timor
IND|India|
PAK|Pakistan|
BGD|Bangladesh|
LKA|Sri Lanka|
NPL|Nepal|
AFG|Afghanistan|
IRN|Iran|Iran, Islamic Rep.;Islamic Republic of Iran
IRQ|Iraq|
SAU|Saudi Arabia|Saudi
ARE|United Arab Emirates|UAE;U.A.E.;United Arab Emirate
QAT|Qatar|
KWT|Kuwait|
OMN|Oman|
ISR|Israel|
TUR|Turkey|Türkiye;Turkiye
KAZ|Kazakhstan|Republic of Kazakhstan;Kazakstan
UZB|Uzbekistan|Republic of Uzbekistan
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia
TJK|Tajikistan|
TKM|Turkmenistan|
AZE|Azerbaijan|
GEO|Georgia|
ARM|Armenia|
RUS|Russia|Russian Federation;Russian Fed.
BLR|Belarus|
UKR|Ukraine|
DEU|Germany|Federal Republic of Germany
FRA|France|
ITA|Italy|
ESP|Spain|
PRT|Portugal|
NLD|Netherlands|Holland;Kingdom of the Netherlands
BEL|Belgium|
LUX|Luxembourg|
CHE|Switzerland|
AUT|Austria|
HUN|Hungary|
CZE|Czech Republic|Czechia;Czech Rep.
SVK|Slovakia|Slovak Republic
POL|Poland|
SRB|Serbia|
GRC|Greece|
IRL|Ireland|
DNK|Denmark|
SWE|Sweden|
NOR|Norway|
FIN|Finland|
ROU|Romania|
BGR|Bulgaria|
GBR|United Kingdom|UK;U.K.;Britain;Great Britain
USA|United States|United States of America;U.S.;US;USA
CAN|Canada|
MEX|Mexico|
BRA|Brazil|
ARG|Argentina|
CHL|Chile|
PER|Peru|
COL|Colombia|
VEN|Venezuela|
ECU|Ecuador|
AUS|Australia|
NZL|New Zealand|
EGY|Egypt|Egypt, Arab Rep.
ZAF|South Africa|
NGA|Nigeria|
AGO|Angola|
DZA|Algeria|
ETH|Ethiopia|
KEN|Kenya|
TZA|Tanzania|
GHA|Ghana|
COD|Congo, Dem. Rep.|Democratic Republic of the Congo;DR Congo;Congo (DRC)
COG|Congo, Rep.|Republic of the Congo;Congo-Brazzaville
ZMB|Zambia|
MAR|Morocco|
`;

const withKind = (lines: string, kind: PartnerKind): Partner[] => parseEntries(lines).map((entry) => ({ ...entry, kind }));

/** Every partner we can code; anything else gets an empty partner_code. */
export const PARTNERS = codeList<Partner>('partners', [...withKind(WORLD, 'world'), ...withKind(GROUPS, 'group'), ...withKind(COUNTRIES, 'country')]);
