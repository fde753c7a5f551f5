/**
 * Areas: the reporting geography of a figure. Countries by ISO 3166-1 alpha-2, Chinese provinces
 * and other subdivisions by ISO 3166-2 (CN-XJ), and the ports, zones, prefectures and cities the
 * press reports on by a project code: the code of the subdivision they lie in, a hyphen, and the
 * place's name in capitals (CN-XJ-HORGOS). `unlocode` is the UN/LOCODE where we are sure of it,
 * empty otherwise. Each line: `CODE|label we publish|other spellings;…`.
 */
import { codeList, parseEntries, type CodeEntry } from './code-list.js';

/** What an area is. */
export type AreaKind = 'country' | 'group' | 'province' | 'prefecture' | 'city' | 'port' | 'zone';

/** An area entry. */
export interface Area extends CodeEntry {
  kind: AreaKind;
  /** The code of the area it lies in (CN for a province, CN-XJ for a port in Xinjiang); empty for countries. */
  parent: string;
  unlocode: string;
}

const COUNTRIES = `
CN|China|People's Republic of China;Chinese mainland;mainland China;PRC
KZ|Kazakhstan|Republic of Kazakhstan
UZ|Uzbekistan|Republic of Uzbekistan
KG|Kyrgyzstan|Kyrgyz Republic
TJ|Tajikistan|
TM|Turkmenistan|
MN|Mongolia|
RU|Russia|Russian Federation
AZ|Azerbaijan|
BY|Belarus|
`;

// The European Union has the exceptionally reserved ISO 3166-1 alpha-2 code EU.
const GROUPS = `
EU|European Union|EU
`;

// ISO 3166-2:CN (letter codes since 2017), and Hong Kong, Macao and Taiwan by their alpha-2.
const PROVINCES = `
CN-BJ|Beijing|Beijing Municipality
CN-TJ|Tianjin|Tianjin Municipality
CN-HE|Hebei|Hebei Province
CN-SX|Shanxi|Shanxi Province
CN-NM|Inner Mongolia|Inner Mongolia Autonomous Region;Nei Mongol
CN-LN|Liaoning|Liaoning Province
CN-JL|Jilin|Jilin Province
CN-HL|Heilongjiang|Heilongjiang Province
CN-SH|Shanghai|Shanghai Municipality
CN-JS|Jiangsu|Jiangsu Province
CN-ZJ|Zhejiang|Zhejiang Province
CN-AH|Anhui|Anhui Province
CN-FJ|Fujian|Fujian Province
CN-JX|Jiangxi|Jiangxi Province
CN-SD|Shandong|Shandong Province
CN-HA|Henan|Henan Province
CN-HB|Hubei|Hubei Province
CN-HN|Hunan|Hunan Province
CN-GD|Guangdong|Guangdong Province
CN-GX|Guangxi|Guangxi Zhuang Autonomous Region
CN-HI|Hainan|Hainan Province
CN-CQ|Chongqing|Chongqing Municipality
CN-SC|Sichuan|Sichuan Province
CN-GZ|Guizhou|Guizhou Province
CN-YN|Yunnan|Yunnan Province
CN-XZ|Xizang|Tibet;Xizang Autonomous Region;Tibet Autonomous Region
CN-SN|Shaanxi|Shaanxi Province
CN-GS|Gansu|Gansu Province
CN-QH|Qinghai|Qinghai Province
CN-NX|Ningxia|Ningxia Hui Autonomous Region
CN-XJ|Xinjiang|Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region;Xinjiang Autonomous Region
HK|Hong Kong|Hong Kong SAR;Hong Kong, China
MO|Macao|Macau;Macao SAR;Macao, China
TW|Taiwan|Taiwan, China
RU-PRI|Primorsky Krai|Primorye;Primorsky Territory
`;

const PREFECTURES = `
CN-XJ-YILI|Yili|Yili Kazakh Autonomous Prefecture;Ili Kazakh Autonomous Prefecture;Ili Prefecture
CN-XJ-KASHGAR|Kashgar|Kashgar Prefecture;Kashi
CN-XJ-BORTALA|Bortala|Bortala Mongol Autonomous Prefecture
`;

// Land ports and seaports under the labels the press extractor gives them ("<town> Port").
const PORTS = `
CN-XJ-HORGOS|Horgos Port|Khorgos Port;Khorgas Port
CN-XJ-ALASHANKOU|Alashankou Port|Alataw Pass Port
CN-XJ-BAKETU|Baketu Port|Bakhty Port
CN-XJ-JEMINAY|Jeminay Port|Jimunai Port
CN-XJ-IRKESHTAM|Irkeshtam Port|Erkeshtam Port
CN-XJ-TORUGART|Torugart Port|Tuergate Port
CN-XJ-KHUNJERAB|Khunjerab Port|Hongqilapu Port
CN-NM-ERENHOT|Erenhot Port|Erlianhot Port;Erlian Port
CN-NM-MANZHOULI|Manzhouli Port|
CN-NM-GANQIMAODU|Ganqimaodu Port|
CN-NM-CEKE|Ceke Port|
CN-HL-SUIFENHE|Suifenhe Port|
CN-HL-HEIHE|Heihe Port|
CN-HL-TONGJIANG|Tongjiang Port|
CN-JL-HUNCHUN|Hunchun Port|
CN-GX-PINGXIANG|Pingxiang Port|
CN-GX-YOUYIGUAN|Youyiguan Port|Friendship Pass
CN-GX-DONGXING|Dongxing Port|
CN-YN-RUILI|Ruili Port|
CN-YN-MOHAN|Mohan Port|
CN-SD-QINGDAO-PORT|Qingdao Port|Port of Qingdao
CN-ZJ-NINGBO-ZHOUSHAN-PORT|Ningbo-Zhoushan Port|Ningbo Zhoushan Port;Port of Ningbo-Zhoushan
CN-FJ-XIAMEN-PORT|Xiamen Port|Port of Xiamen
CN-GD-SHEKOU|Shekou Port|
CN-SH-YANGSHAN|Yangshan Port|Yangshan Deep-Water Port
MN-ZAMYN-UUD|Zamyn-Uud Port|Zamiin-Uud Port
RU-ZABAIKALSK|Zabaikalsk Port|Zabaykalsk Port
KZ-ALTYNKOL|Altynkol Port|Altynkul Port
KZ-DOSTYK|Dostyk Port|Druzhba Port
`;

const ZONES = `
CN-SH-FTZ|Shanghai FTZ|China (Shanghai) Pilot Free Trade Zone;Shanghai Free Trade Zone;Shanghai Pilot Free Trade Zone
CN-HI-FTP|Hainan FTP|Hainan Free Trade Port
`;

const CITIES = `
CN-XJ-URUMQI|Urumqi|
CN-ZJ-YIWU|Yiwu|
CN-ZJ-NINGBO|Ningbo|
CN-ZJ-HANGZHOU|Hangzhou|
CN-FJ-XIAMEN|Xiamen|
CN-GD-SHENZHEN|Shenzhen|
CN-GD-GUANGZHOU|Guangzhou|
CN-GD-DONGGUAN|Dongguan|
CN-JS-SUZHOU|Suzhou|
CN-JS-NANJING|Nanjing|
CN-SD-QINGDAO|Qingdao|
CN-LN-DALIAN|Dalian|
CN-SN-XIAN|Xi'an|Xian
CN-SC-CHENGDU|Chengdu|
CN-HA-ZHENGZHOU|Zhengzhou|
CN-HB-WUHAN|Wuhan|
`;

/** UN/LOCODEs we are sure of; every other area leaves the column empty. */
const UNLOCODES: Record<string, string> = {
  'CN-ZJ-NINGBO': 'CNNGB', 'CN-SD-QINGDAO': 'CNTAO', 'CN-FJ-XIAMEN': 'CNXMN', 'CN-GD-SHENZHEN': 'CNSZX',
  'CN-GD-SHEKOU': 'CNSHK', 'CN-GD-GUANGZHOU': 'CNCAN', 'CN-LN-DALIAN': 'CNDLC',
};

/** The parent of a code: the code without its last hyphenated part (CN-XJ-HORGOS → CN-XJ), or CN for a province. */
function parentOf(code: string, kind: AreaKind): string {
  if (kind === 'country' || kind === 'group') return '';
  if (/^(HK|MO|TW)$/.test(code)) return 'CN';
  const [country, subdivision] = code.split('-');
  return kind === 'province' ? country : /^[A-Z]{2}$/.test(subdivision ?? '') && code.split('-').length > 2 ? `${country}-${subdivision}` : country;
}

const withKind = (lines: string, kind: AreaKind): Area[] => parseEntries(lines).map((entry) => ({ ...entry, kind, parent: parentOf(entry.code, kind), unlocode: UNLOCODES[entry.code] ?? '' }));

/** Every area we can code; anything else gets an empty area_code. */
export const AREAS = codeList<Area>('areas', [
  ...withKind(COUNTRIES, 'country'),
  ...withKind(GROUPS, 'group'),
  ...withKind(PROVINCES, 'province'),
  ...withKind(PREFECTURES, 'prefecture'),
  ...withKind(PORTS, 'port'),
  ...withKind(ZONES, 'zone'),
  ...withKind(CITIES, 'city'),
]);
