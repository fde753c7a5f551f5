/**
 * Places in a sentence and the role each plays: the reporting area ("Xinjiang's foreign trade",
 * "through Horgos Port"), a trading partner ("with Central Asian countries", "exports to Russia"),
 * or a mere locator ("in northwest China's Xinjiang", "on the border with Russia").
 * Names are normalised: "Xinjiang Uygur Autonomous Region" → "Xinjiang", "Khorgos" → "Horgos Port".
 */
import { AGENCY_WORDS, LEAD_PARAGRAPHS, capitalCountry, capitalsAndCountries, reportingCountries } from './reporters.js';
import { agencyCountries } from './agency-names.js';
import { anyOf } from './gates.js';
import { isNotTownName, learnedTownsIn, noteUnknownTowns as noteTowns } from './unknown-towns.js';
import { keywords, mentions, type Keywords } from './keywords.js';
import { ADJECTIVE_GOODS_EXPORTS, ADJECTIVE_TRADERS_SOLD, BUYER_POSSESSIVE, BUYER_SUBJECT, CUSTOMS_OF_ADJECTIVE, GOVERNMENT_CAPITAL, GOVERNMENT_MEASURE, MIRRORED_SUPPLIER, ORIGIN_COMPOUND, POSSESSIVE_PORTION, SUPPLIER_POSSESSIVE } from './place-roles.js';

/** What kind of place a name is; ports and domestic regions outrank countries as reporting areas. */
export type PlaceKind = 'port' | 'zone' | 'region' | 'city' | 'country' | 'group';

/** A place named in a sentence. */
export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  kind: PlaceKind;
  role: 'area' | 'partner' | 'locator' | 'unmarked';
  /** Part of a list of places sharing one figure ("Kazakhstan and Russia"). */
  inList?: boolean;
  /** A joint list of ports goods went through ("through the Dostyk and Altynkol stations"), not the ports as the subject. */
  routed?: boolean;
  /** A partner written as the subject of the source's figure ("Russian exports to China" from China's customs): its flow word turns. */
  mirrors?: boolean;
}

interface PlaceEntry {
  canonical: string;
  kind: PlaceKind;
  names: string[];
  /** Adjectives that stand for the place ("Kazakh exports", "Russian coal"). */
  adjectives?: string[];
}

/** Entries of one kind written `canonical|name;name;...|adjective;...`, the adjectives (and their `|`) left out when there are none. */
function placeEntries(kind: PlaceKind, lines: string[]): PlaceEntry[] {
  return lines.map((line) => {
    const [canonical, names, adjectives] = line.split('|');
    return adjectives === undefined ? { canonical, kind, names: names.split(';') } : { canonical, kind, names: names.split(';'), adjectives: adjectives.split(';') };
  });
}

// Land-port towns are always reported as "<Town> Port" so the series of a port never splits.
const PORT_TOWNS: Array<[string, string[]]> = [
  ['Horgos', ['Horgos', 'Khorgos', 'Khorgas', 'Korgas', 'Huoerguosi']],
  ['Alashankou', ['Alashankou', 'Alataw Pass', 'Alataw', 'Alashan Pass']],
  ['Erenhot', ['Erenhot', 'Erenhot', 'Erlianhot', 'Erlian', 'Erenhaote']],
  ['Manzhouli', ['Manzhouli', 'Manchuria']],
  ['Suifenhe', ['Suifenhe']],
  ['Heihe', ['Heihe']],
  ['Hunchun', ['Hunchun']],
  ['Pingxiang', ['Pingxiang']],
  ['Dongxing', ['Dongxing']],
  ['Ruili', ['Ruili']],
  ['Mohan', ['Mohan']],
  // Myanmar's side of the Ruili crossing.
  ['Muse', ['Muse']],
  ['Baketu', ['Baketu', 'Bakhty', 'Bakhtu']],
  ['Jeminay', ['Jeminay', 'Jimunai']],
  ['Irkeshtam', ['Irkeshtam', 'Erkeshtam']],
  ['Torugart', ['Torugart', 'Tuergate']],
  ['Khunjerab', ['Khunjerab', 'Hongqilapu']],
  ['Tongjiang', ['Tongjiang']],
  ['Zamyn-Uud', ['Zamyn-Uud', 'Zamiin-Uud']],
  ['Zabaikalsk', ['Zabaikalsk', 'Zabaykalsk']],
  ['Altynkol', ['Altynkol', 'Altynkul']],
  ['Dostyk', ['Dostyk', 'Druzhba']],
  // Russian and Vietnamese border crossings facing Chinese ports, which their own side's news reports.
  ['Pogranichny', ['Pogranichny', 'Pogranichnyi']],
  ['Grodekovo', ['Grodekovo']],
  ['Poltavka', ['Poltavka']],
  ['Lao Cai', ['Lao Cai', 'Lào Cai']],
  ['Mong Cai', ['Mong Cai', 'Móng Cái']],
  ['Tan Thanh', ['Tan Thanh']],
  ['Chi Ma', ['Chi Ma']],
  ['Huu Nghi', ['Huu Nghi', 'Hữu Nghị']],
  ['Dong Dang', ['Dong Dang', 'Đồng Đăng']],
  ['Thanaleng', ['Thanaleng']],
  // Laos's railway crossing facing Mohan: Lao news counts the trains its checkpoint clears as its own.
  ['Boten', ['Boten']],
  // Thailand's crossing facing Thanaleng, where the China-Laos railway's freight enters Thailand: Thai customs reports it.
  ['Nong Khai', ['Nong Khai', 'Nongkhai']],
  // Land ports on the Vietnam, Nepal and Mongolia borders and in Heilongjiang that blind batch 17 met.
  ['Hekou', ['Hekou']],
  ['Gyirong', ['Gyirong', 'Kyirong', 'Jilong']],
  ['Zhangmu', ['Zhangmu']],
  ['Pulan', ['Pulan', 'Burang']],
  ['Ganqimaodu', ['Ganqimaodu', 'Gants Mod']],
  ['Ceke', ['Ceke']],
  ['Dongning', ['Dongning']],
  // Guangxi's land ports on the Vietnam border besides Youyiguan, Pingxiang and Dongxing, named bare in lists of ports
  // ("Youyiguan, Dongxing and Shuikou, three land ports in Guangxi, handled ...").
  ['Shuikou', ['Shuikou']],
  ['Aidian', ['Aidian']],
  ['Longbang', ['Longbang']],
  // "Friendship Pass" is the English of Youyiguan, the Pingxiang land port on the Vietnam border.
  ['Youyiguan', ['Youyiguan', 'Friendship Pass', 'Youyi Pass']],
  // Mongolia's crossings facing Inner Mongolia's ports (Gashuunsukhait faces Ganqimaodu, Shiveekhuren Ceke, Bichigt Zuunkhatavch)
  // and Russia (Altanbulag faces Kyakhta), whose coal and fuel Montsame reports by crossing.
  ['Gashuunsukhait', ['Gashuunsukhait', 'Gashuun Sukhait']],
  ['Shiveekhuren', ['Shiveekhuren', 'Shivee Khuren']],
  ['Bichigt', ['Bichigt']],
  ['Altanbulag', ['Altanbulag']],
  // The EU's rail gateways for China trains, where the gauge changes: their terminals' news reports them as crossings.
  ['Malaszewicze', ['Malaszewicze', 'Małaszewicze']],
  ['Zahony', ['Zahony', 'Záhony']],
  // Brest, the Belarusian junction facing Malaszewicze, and Piraeus, the Greek seaport where the sea leg of the China routes
  // ends: their railways' and operators' news reports them as the ports they are.
  ['Brest', ['Brest']],
  ['Piraeus', ['Piraeus']],
  // Western Australia's iron ore seaports, whose shipments to China the commodity desks report by port: a town whose own name
  // starts with "Port" is "Port Hedland Port" by the rule that names every port town "X Port".
  ['Port Hedland', ['Port Hedland']],
  ['Dampier', ['Dampier']],
  // The merged seaport of two Zhejiang cities, one port under one name however the hyphen is written ("Ningbo Zhoushan Port"
  // in word-for-word translations of 宁波舟山港).
  ['Ningbo-Zhoushan', ['Ningbo-Zhoushan', 'Ningbo Zhoushan', 'Ningbo–Zhoushan']],
];

// The crossings of PORT_TOWNS on the other side of China's border, by their country: a release naming them is most often
// that side's news (Vietnam's railway reports Dong Dang and Lao Cai), so they vote for that country, not for China.
const FOREIGN_PORT_TOWNS: Record<string, string> = {
  Pogranichny: 'Russia', Grodekovo: 'Russia', Poltavka: 'Russia', Zabaikalsk: 'Russia', 'Lao Cai': 'Vietnam', 'Mong Cai': 'Vietnam', 'Tan Thanh': 'Vietnam',
  'Chi Ma': 'Vietnam', 'Huu Nghi': 'Vietnam', 'Dong Dang': 'Vietnam', Thanaleng: 'Laos', Boten: 'Laos', 'Nong Khai': 'Thailand', 'Zamyn-Uud': 'Mongolia',
  Gashuunsukhait: 'Mongolia', Shiveekhuren: 'Mongolia', Bichigt: 'Mongolia', Altanbulag: 'Mongolia',
  Altynkol: 'Kazakhstan', Dostyk: 'Kazakhstan', Malaszewicze: 'Poland', Zahony: 'Hungary', Brest: 'Belarus', Piraeus: 'Greece', Muse: 'Myanmar', 'Port Hedland': 'Australia', Dampier: 'Australia',
};

// Corridors and special areas that report their own trade under a name no pattern builds: the name as
// written in the official English ("Lingang New Area" is the same area as "Lingang Special Area").
const NAMED_ZONES: Array<[string, string[]]> = [
  ['Lingang Special Area', ['Lingang Special Area', 'Lingang New Area', 'Lingang']],
  ['New International Land-Sea Trade Corridor', ['New International Land-Sea Trade Corridor', 'International Land-Sea Trade Corridor', 'New Western Land-Sea Corridor', 'Western Land-Sea New Corridor', 'Western Land-Sea Corridor', 'Western land-sea corridor', 'western land-sea corridor']],
  ['Trans-Caspian International Transport Route', ['Trans-Caspian International Transport Route', 'Trans-Caspian Route', 'Trans-Caspian route', 'Middle Corridor']],
  // Districts and cooperation zones of the Greater Bay Area that report their own trade, by their short name.
  ['Suzhou Industrial Park', ['China-Singapore Suzhou Industrial Park', 'Suzhou Industrial Park']],
  ['Nansha', ['Nansha District', 'Nansha New Area', 'Nansha']],
  ['Qianhai', ['Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone', 'Qianhai Cooperation Zone', 'Qianhai']],
  // The China-Belarus industrial park near Minsk, whose rail terminal takes China-Europe trains and whose firms export.
  ['Great Stone Industrial Park', ['China-Belarus Industrial Park Great Stone', 'China-Belarus Industrial Park "Great Stone"', 'Great Stone Industrial Park', 'Great Stone']],
  ['Hengqin', ['Hengqin Guangdong-Macao In-Depth Cooperation Zone', 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin', 'Guangdong-Macao In-Depth Cooperation Zone', 'Hengqin']],
];

// Groups of Chinese provinces and cities whose combined trade customs reports: a part of China, not China.
const DOMESTIC_AGGREGATES: Array<[string, string[]]> = [
  ['Yangtze River Delta', ['Yangtze River Delta region', 'Yangtze River Delta']],
  ['Greater Bay Area', ['Guangdong-Hong Kong-Macao Greater Bay Area', 'Greater Bay Area']],
  ['Pearl River Delta', ['Pearl River Delta region', 'Pearl River Delta']],
  ['central and western regions', ['central and western regions', 'Central and western regions', 'central and western parts']],
  ['eastern region', ['eastern region', 'Eastern region']],
  ['western region', ['western region', 'Western region']],
  ['northeastern region', ['northeastern region', 'Northeastern region', 'northeast region', 'Northeast region']],
  // The eleven provinces and municipalities along the river that customs reports together.
  ['Yangtze River Economic Belt', ['Yangtze River Economic Belt', 'Yangtze Economic Belt']],
  // The country's pilot free trade zones taken together ("China's 22 pilot free trade zones recorded ..."): a part of China's
  // trade the Ministry of Commerce reports as one, as it does each zone by its name (`Shanghai FTZ`).
  ['pilot free trade zones', ['pilot free trade zones', 'Pilot free trade zones', 'pilot FTZs', 'Pilot FTZs']],
];

// (The regions named by a side of the country, "East Kazakhstan region", and the three created in 2022, too.)
const KAZAKH_REGIONS = ['Almaty', 'Karaganda', 'Kostanay', 'Pavlodar', 'Aktobe', 'Atyrau', 'Kyzylorda', 'Turkestan', 'Akmola', 'Mangystau', 'Zhambyl', 'East Kazakhstan', 'West Kazakhstan', 'North Kazakhstan', 'Abai', 'Zhetisu', 'Ulytau'];
const UAE_EMIRATES: string[][] = [['Dubai'], ['Abu Dhabi'], ['Sharjah'], ['Ajman'], ['Ras Al Khaimah', 'Ras al-Khaimah', 'Ras Al-Khaimah', 'Ras al Khaimah'], ['Fujairah', 'Fujeirah'], ['Umm Al Quwain', 'Umm al-Quwain', 'Umm Al-Quwain']];
const VIETNAM_PROVINCES: Array<[string, string]> = [
  ['Bac Ninh', 'Bắc Ninh'], ['Binh Duong', 'Bình Dương'], ['Thai Nguyen', 'Thái Nguyên'], ['Dong Nai', 'Đồng Nai'], ['Bac Giang', 'Bắc Giang'],
  ['Vinh Phuc', 'Vĩnh Phúc'], ['Hai Duong', 'Hải Dương'], ['Tay Ninh', 'Tây Ninh'], ['Long An', 'Long An'],
];
const REGIONS: Array<[string, string[]]> = [
  ['Xinjiang', ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Autonomous Region', 'Xinjiang']],
  ['Inner Mongolia', ['Inner Mongolia Autonomous Region', 'Inner Mongolia']],
  ['Guangxi', ['Guangxi Zhuang Autonomous Region', 'Guangxi']],
  ['Ningxia', ['Ningxia Hui Autonomous Region', 'Ningxia']],
  ['Xizang', ['Xizang Autonomous Region', 'Tibet Autonomous Region', 'Xizang', 'Tibet']],
  ['Heilongjiang', ['Heilongjiang Province', 'Heilongjiang']], ['Jilin', ['Jilin Province', 'Jilin']], ['Liaoning', ['Liaoning Province', 'Liaoning']],
  ['Hebei', ['Hebei Province', 'Hebei']], ['Shandong', ['Shandong Province', 'Shandong']], ['Jiangsu', ['Jiangsu Province', 'Jiangsu']],
  ['Zhejiang', ['Zhejiang Province', 'Zhejiang']], ['Guangdong', ['Guangdong Province', 'Guangdong']], ['Fujian', ['Fujian Province', 'Fujian']],
  ['Hainan', ['Hainan Province', 'Hainan']], ['Sichuan', ['Sichuan Province', 'Sichuan']], ['Yunnan', ['Yunnan Province', 'Yunnan']],
  ['Guizhou', ['Guizhou Province', 'Guizhou']], ['Hunan', ['Hunan Province', 'Hunan']], ['Hubei', ['Hubei Province', 'Hubei']],
  ['Henan', ['Henan Province', 'Henan']], ['Anhui', ['Anhui Province', 'Anhui']], ['Jiangxi', ['Jiangxi Province', 'Jiangxi']],
  ['Shanxi', ['Shanxi Province', 'Shanxi']], ['Shaanxi', ['Shaanxi Province', 'Shaanxi']], ['Gansu', ['Gansu Province', 'Gansu']],
  ['Qinghai', ['Qinghai Province', 'Qinghai']], ['Shanghai', ['Shanghai Municipality', 'Shanghai']], ['Beijing', ['Beijing Municipality', 'Beijing']],
  ['Tianjin', ['Tianjin Municipality', 'Tianjin']], ['Chongqing', ['Chongqing Municipality', 'Chongqing']],
  ['Yili', ['Yili Kazakh Autonomous Prefecture', 'Ili Kazakh Autonomous Prefecture', 'Yili', 'Ili Prefecture']],
  ['Kashgar', ['Kashgar Prefecture', 'Kashgar', 'Kashi']], ['Bortala', ['Bortala Mongol Autonomous Prefecture', 'Bortala']],
  // Vietnam's border provinces, whose border-gate trade Vietnamese news reports.
  ['Lang Son', ['Lang Son province', 'Lang Son', 'Lạng Sơn']], ['Quang Ninh', ['Quang Ninh province', 'Quang Ninh', 'Quảng Ninh']],
  // Vietnam's manufacturing provinces, which its statistics office ranks by exports ("Bac Ninh province had the largest export
  // value ..."): a locality of the country's own release, as a Chinese province is in China's.
  ...VIETNAM_PROVINCES.map(([name, own]): [string, string[]] => [name, [`${name} province`, `${name} Province`, name, own]]),
  // Siberian oblasts whose timber and coal Russian customs report, written in lower case in translation ("the Irkutsk
  // region", "Kuzbass" for the Kemerovo region); "Irkutsk Region" with a capital is read by its suffix the same way.
  ['Irkutsk Region', ['Irkutsk region', 'Irkutsk Region']], ['Kemerovo Region', ['Kemerovo region', 'Kemerovo Region', 'Kuzbass']],
  ['Novosibirsk Region', ['Novosibirsk region', 'Novosibirsk Region']], ['Tomsk Region', ['Tomsk region', 'Tomsk Region']], ['Omsk Region', ['Omsk region', 'Omsk Region']],
  // Kazakhstan's regions named after their main city, which Kazinform reports apart from it ("Almaty region", while "the city of
  // Almaty" is counted on its own): the region keeps its written name, as the Russian ones do.
  ...KAZAKH_REGIONS.map((c): [string, string[]] => [`${c} Region`, [`${c} region`, `${c} Region`]]),
];

// China's provinces and autonomous regions, not its four municipalities (each a city with a port of its name): a province has
// many ports and names none of them ("the Inner Mongolia port office", "a Yunnan land port").
const PROVINCES = new Set(REGIONS.filter(([, names]) => names.some((n) => / (?:Province|Autonomous Region)$/.test(n))).map(([name]) => name));

const CITIES = ['Urumqi', 'Yiwu', 'Shenzhen', 'Guangzhou', 'Xiamen', 'Ningbo', 'Qingdao', 'Dalian', "Xi'an", 'Chengdu', 'Zhengzhou', 'Wuhan', 'Changsha', 'Hefei', 'Nanning', 'Kunming', 'Harbin', 'Hohhot', 'Lanzhou', 'Xining', 'Yinchuan', 'Changchun', 'Shenyang', 'Jinan', 'Hangzhou', 'Nanjing', 'Taicang', 'Suzhou', 'Fuzhou', 'Haikou', 'Guiyang', 'Taiyuan', 'Shijiazhuang', 'Baotou', 'Lianyungang', 'Qinzhou', 'Yingkou', 'Rizhao', 'Dongguan', 'Foshan', 'Ganzhou', 'Yantai', 'Weifang', 'Weihai', 'Zibo', 'Wuxi', 'Changzhou', 'Nantong', 'Xuzhou', 'Jiaxing', 'Shaoxing', 'Wenzhou', 'Jinhua', 'Quanzhou', 'Zhangzhou', 'Zhuhai', 'Huizhou', 'Zhongshan', 'Jiangmen', 'Zhanjiang', 'Tangshan', 'Luoyang', 'Wuhu', 'Liuzhou', 'Korla', 'Karamay', 'Almaty', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Ulaanbaatar', 'Moscow', 'Minsk', 'Duisburg', 'Hamburg', 'Lodz', 'Aktau', 'Kuryk', 'Baku', 'Turkmenbashi', 'Poti', 'Batumi', 'Nanchang', 'Yichang', 'Xiangyang', 'Ezhou', 'Mianyang', 'Yueyang', 'Jiujiang', 'Baoding', 'Zhenjiang', 'Yangzhou', 'Taizhou',
  // County-level and prefecture-level trade cities that provincial and city releases list by name.
  'Kunshan', 'Zhangjiagang', 'Changshu', 'Jiangyin', 'Cixi', 'Shantou', 'Putian', 'Longyan', 'Sanming', 'Chongzuo', 'Baise', 'Jixi', 'Ordos', 'Chifeng', 'Hulunbuir', 'Tongliao', 'Linyi', 'Jining', 'Dongying', 'Yibin', 'Deyang', 'Luzhou', 'Nanchong', 'Leshan', 'Zigong',
  // Guizhou's prefecture-level cities beside its capital ("Zunyi, home of the Moutai distillery").
  'Zunyi', 'Liupanshui', 'Anshun', 'Bijie', 'Tongren',
  // Gansu's prefecture-level cities beside its capital ("Jinchang, home of the nickel smelters", "Jiayuguan's steel").
  'Jinchang', 'Jiayuguan', 'Baiyin', 'Tianshui', 'Jiuquan', 'Zhangye',
  'Cangzhou', 'Handan', 'Xingtai', 'Langfang', 'Hengshui', 'Qinhuangdao', 'Zhangjiakou', 'Chuzhou', 'Anqing', 'Bengbu', 'Maanshan', "Ma'anshan", 'Tongling', 'Xuancheng',
  // The eastern Guangdong cities under Shantou Customs.
  'Chaozhou', 'Jieyang', 'Shanwei',
  // Liaoning's prefecture-level cities that Dalian Customs' releases list beside Dalian and Shenyang.
  'Dandong', 'Anshan', 'Fushun', 'Benxi', 'Jinzhou', 'Panjin', 'Huludao', 'Tieling', 'Liaoyang', 'Fuxin',
  // Heilongjiang's prefecture-level cities over its border-port towns (Mudanjiang over Suifenhe and Dongning, Jiamusi over
  // Tongjiang and Fuyuan, Shuangyashan over Raohe, Hegang over Luobei), which releases set beside the towns.
  'Mudanjiang', 'Jiamusi', 'Shuangyashan', 'Hegang', 'Qiqihar',
  // Vietnam's capital, where rail stations assemble international trains; a dateline and a government acting
  // ("after Hanoi imposed ...") keep a national release's figures national (see `dateline` and GOVERNMENT_CAPITAL).
  'Hanoi'];

// Each entry is one string, `canonical|name;name;...|adjective;...` (no adjectives: no third part), split when the module
// loads: as object literals the table was 18 KB of the extraction worker's bundle, the same keys written 212 times.
const COUNTRIES: PlaceEntry[] = [...placeEntries('country', [
  "China|People's Republic of China;Chinese mainland;China's mainland;mainland China;the mainland of China;The mainland of China;the Mainland of China;The Mainland of China;Mainland of China;Chinese Mainland;Mainland China;the mainland;the Mainland;PRC;China|Chinese",
  'Kazakhstan|Republic of Kazakhstan;Kazakhstan|Kazakh;Kazakhstani',
  'Russia|Russian Federation;Russia|Russian',
  'Uzbekistan|Republic of Uzbekistan;Uzbekistan|Uzbek',
  'Kyrgyzstan|Kyrgyz Republic;Kyrgyzstan|Kyrgyz',
  'Tajikistan|Tajikistan|Tajik',
  'Turkmenistan|Turkmenistan|Turkmen',
  'Mongolia|Mongolia|Mongolian',
  'Belarus|Belarus|Belarusian',
  'Afghanistan|Afghanistan|Afghan',
  'Pakistan|Pakistan|Pakistani',
  'India|India|Indian',
  'Iran|Iran|Iranian',
  'Turkey|Türkiye;Turkiye;Turkey|Turkish',
  'Azerbaijan|Azerbaijan|Azerbaijani',
  'Georgia|Georgia|Georgian',
  'Armenia|Armenia|Armenian',
  'Ukraine|Ukraine|Ukrainian',
  'Germany|Germany|German',
  'Poland|Poland|Polish',
  'France|France|French',
  'Italy|Italy|Italian',
  'Spain|Spain|Spanish',
  'Netherlands|the Netherlands;Netherlands|Dutch',
  'Belgium|Belgium|Belgian',
  'Switzerland|Switzerland|Swiss',
  'Hungary|Hungary|Hungarian',
  'Czech Republic|Czech Republic;Czechia|Czech',
  'Serbia|Serbia|Serbian',
  'United Kingdom|United Kingdom;Britain;UK|British',
  'United States|United States of America;United States;U.S.;USA;US;America|American',
  'Canada|Canada|Canadian',
  'Mexico|Mexico|Mexican',
  'Brazil|Brazil|Brazilian',
  'Argentina|Argentina|Argentine',
  'Chile|Chile|Chilean',
  'Peru|Peru|Peruvian',
  'Japan|Japan|Japanese',
  // Plain "Korea" / "Korean" is the South in trade news ("Korea's exports", "Korean shipments").
  'South Korea|Republic of Korea;South Korea;ROK;Korea|South Korean;Korean',
  "North Korea|Democratic People's Republic of Korea;DPRK;North Korea",
  // Vietnamese papers in English keep the diacritics of the country's name ("Việt Nam's exports").
  'Vietnam|Việt Nam;Viet Nam;Vietnam|Vietnamese',
  'Laos|Laos;Lao PDR',
  'Myanmar|Myanmar',
  'Thailand|Thailand|Thai',
  'Cambodia|Cambodia',
  'Malaysia|Malaysia|Malaysian',
  'Singapore|Singapore|Singaporean',
  'Indonesia|Indonesia|Indonesian',
  'Philippines|the Philippines;Philippines|Philippine;Filipino',
  'Australia|Australia|Australian',
  'New Zealand|New Zealand',
  // Pacific island states whose statistics offices and central banks publish trade releases in English.
  'Fiji|Fiji|Fijian',
  'Papua New Guinea|Papua New Guinea;PNG|Papua New Guinean',
  'Solomon Islands|Solomon Islands',
  'Samoa|Samoa|Samoan',
  'Tonga|Tonga|Tongan',
  'Vanuatu|Vanuatu',
  'Saudi Arabia|Saudi Arabia|Saudi',
  'United Arab Emirates|United Arab Emirates;UAE|Emirati',
  'Qatar|Qatar|Qatari',
  'Iraq|Iraq|Iraqi',
  'Egypt|Egypt|Egyptian',
  'South Africa|South Africa',
  'Nigeria|Nigeria|Nigerian',
  'Angola|Angola',
  // Countries whose own agencies publish trade releases in English, and frequent partners of them:
  // names only, plus the adjectives trade news uses for their exporters ("Kenyan tea exports").
  'Kenya|Kenya|Kenyan',
  'Colombia|Colombia|Colombian',
  'Sri Lanka|Sri Lanka|Sri Lankan',
  'Denmark|Denmark|Danish',
  'Norway|Norway|Norwegian',
  'Sweden|Sweden|Swedish',
  'Finland|Finland|Finnish',
  'Austria|Austria|Austrian',
  'Portugal|Portugal|Portuguese',
  'Greece|Greece|Greek',
  'Ireland|Ireland|Irish',
  'Romania|Romania|Romanian',
  'Bulgaria|Bulgaria|Bulgarian',
  'Slovakia|Slovakia|Slovak',
  'Slovenia|Slovenia',
  'Croatia|Croatia|Croatian',
  'Lithuania|Lithuania|Lithuanian',
  'Latvia|Latvia',
  'Estonia|Estonia',
  'Israel|Israel|Israeli',
  'Kuwait|Kuwait|Kuwaiti',
  'Jordan|Jordan|Jordanian',
  'Oman|Oman|Omani',
  'Bahrain|Bahrain',
  'Morocco|Morocco|Moroccan',
  'Algeria|Algeria',
  'Tunisia|Tunisia',
  'Ethiopia|Ethiopia|Ethiopian',
  'Ghana|Ghana|Ghanaian',
  'Tanzania|Tanzania|Tanzanian',
  'Uganda|Uganda|Ugandan',
  'Zambia|Zambia|Zambian',
  'Malawi|Malawi|Malawian',
  'Zimbabwe|Zimbabwe',
  // Southern Africa's customs-union members report on their own in N$ and pula (batch 31).
  'Namibia|Namibia|Namibian',
  'Botswana|Botswana',
  'Democratic Republic of the Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa|Congolese',
  'Mozambique|Mozambique',
  // Suppliers of the commodity desks' lists (batch 38): manganese, rutile, fishmeal, sesame, methanol.
  'Gabon|Gabon|Gabonese',
  'Sierra Leone|Sierra Leone',
  'Mauritania|Mauritania|Mauritanian',
  'Togo|Togo|Togolese',
  'South Sudan|South Sudan',
  'Sudan|Sudan|Sudanese',
  'Trinidad and Tobago|Trinidad and Tobago',
  // Smaller economies whose statistics offices, customs services and central banks publish in English or
  // French (batch 34), and their neighbours that top their partner lists.
  'Moldova|Republic of Moldova;Moldova|Moldovan',
  'Bosnia and Herzegovina|Bosnia and Herzegovina',
  'North Macedonia|North Macedonia',
  'Montenegro|Montenegro',
  'Albania|Albania',
  'Iceland|Iceland|Icelandic',
  'Maldives|the Maldives;Maldives|Maldivian',
  'Mauritius|Mauritius|Mauritian',
  'Madagascar|Madagascar',
  'Senegal|Senegal;Sénégal|Senegalese',
  'Mali|Mali',
  'Rwanda|Rwanda|Rwandan',
  'Bangladesh|Bangladesh|Bangladeshi',
  'Nepal|Nepal|Nepali;Nepalese',
  'Brunei|Brunei Darussalam;Brunei',
  'Ecuador|Ecuador|Ecuadorian',
  'Venezuela|Venezuela',
  'Uruguay|Uruguay|Uruguayan',
  'Paraguay|Paraguay',
  'Bolivia|Bolivia',
  'Panama|Panama',
  'Costa Rica|Costa Rica',
  'Cuba|Cuba',
  // Central America, the Caribbean and the Himalaya (batch 36).
  'Guatemala|Guatemala|Guatemalan',
  'Dominican Republic|the Dominican Republic;Dominican Republic',
  'Jamaica|Jamaica|Jamaican',
  'Bhutan|Bhutan|Bhutanese',
  // Small island and Central American economies with their own statistics offices (batch 42).
  'Malta|Malta|Maltese',
  'Cyprus|Cyprus|Cypriot',
  'Honduras|Honduras|Honduran',
  'El Salvador|El Salvador|Salvadoran',
  'Nicaragua|Nicaragua|Nicaraguan',
  'Barbados|Barbados|Barbadian',
  'Guyana|Guyana|Guyanese',
  'Seychelles|the Seychelles;Seychelles|Seychellois',
  'American Samoa|American Samoa',
  // The rest of the UN's members and observers, and the territories with their own statistics offices: a release
  // from an agency the lexicon lacked lost its areas. No bare "Congo" (either of two states) and no adjective
  // shared with a region ("Central African", "Micronesian") or a people across borders ("Somali", "Guinean").
  'Luxembourg|Grand Duchy of Luxembourg;Luxembourg',
  'Liechtenstein|Liechtenstein',
  'Monaco|Monaco|Monegasque',
  'San Marino|San Marino',
  'Andorra|Andorra|Andorran',
  'Holy See|Holy See;Vatican City;Vatican',
  'Kosovo|Republic of Kosovo;Kosovo|Kosovar;Kosovan',
  'Lebanon|Lebanon|Lebanese',
  'Syria|Syrian Arab Republic;Syria|Syrian',
  'Yemen|Yemen|Yemeni',
  'Palestine|State of Palestine;Palestine|Palestinian',
  'Libya|Libya|Libyan',
  'Cameroon|Cameroon|Cameroonian',
  "Côte d'Ivoire|Côte d'Ivoire;Côte d’Ivoire;Cote d'Ivoire;Cote d’Ivoire;Ivory Coast|Ivorian",
  'Benin|Benin|Beninese',
  'Burkina Faso|Burkina Faso|Burkinabe;Burkinabè',
  // "Niger" is a word of "Nigeria" and "Nigerian" only as a prefix: names match whole words, longest first.
  'Niger|Republic of Niger;Niger|Nigerien',
  'Chad|Republic of Chad;Chad|Chadian',
  'Guinea|Republic of Guinea;Guinea',
  'Guinea-Bissau|Guinea-Bissau;Guinea Bissau|Bissau-Guinean',
  'Equatorial Guinea|Equatorial Guinea|Equatorial Guinean;Equatoguinean',
  'Liberia|Liberia|Liberian',
  'Republic of the Congo|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Republic',
  'Eritrea|Eritrea|Eritrean',
  'Djibouti|Djibouti|Djiboutian',
  'Somalia|Somalia',
  'Burundi|Burundi|Burundian',
  'Lesotho|Lesotho',
  'Eswatini|Kingdom of Eswatini;Eswatini;Swaziland|Swazi',
  'Comoros|the Comoros;Comoros|Comorian',
  'Cabo Verde|Cabo Verde;Cape Verde|Cabo Verdean;Cape Verdean',
  'Gambia|The Gambia;the Gambia;Gambia|Gambian',
  'Central African Republic|the Central African Republic;Central African Republic',
  'São Tomé and Príncipe|São Tomé and Príncipe;Sao Tome and Principe',
  'Timor-Leste|Timor-Leste;East Timor|Timorese',
  'Kiribati|Kiribati',
  'Marshall Islands|Republic of the Marshall Islands;Marshall Islands|Marshallese',
  'Micronesia|Federated States of Micronesia;Micronesia',
  'Nauru|Nauru|Nauruan',
  'Palau|Palau|Palauan',
  'Tuvalu|Tuvalu|Tuvaluan',
  'Haiti|Haiti|Haitian',
  'Bahamas|The Bahamas;the Bahamas;Bahamas|Bahamian',
  'Belize|Belize|Belizean',
  'Suriname|Suriname|Surinamese',
  'Grenada|Grenada|Grenadian',
  'Saint Lucia|Saint Lucia;St. Lucia;St Lucia|Saint Lucian',
  'Saint Vincent and the Grenadines|Saint Vincent and the Grenadines;St. Vincent and the Grenadines;St Vincent and the Grenadines|Vincentian',
  'Saint Kitts and Nevis|Saint Kitts and Nevis;St. Kitts and Nevis;St Kitts and Nevis;St Kitts-Nevis',
  'Antigua and Barbuda|Antigua and Barbuda',
  // "Dominica" is a whole word of its own: "Dominican" is the Dominican Republic's.
  'Dominica|Commonwealth of Dominica;Dominica',
  'Greenland|Greenland|Greenlandic',
  'Faroe Islands|the Faroe Islands;Faroe Islands;Faroes|Faroese',
  'Puerto Rico|Puerto Rico|Puerto Rican',
  'Guam|Guam',
  'New Caledonia|New Caledonia',
  'French Polynesia|French Polynesia',
  'Cook Islands|the Cook Islands;Cook Islands',
  'Aruba|Aruba|Aruban',
  'Curaçao|Curaçao;Curacao',
  'Bermuda|Bermuda|Bermudian',
  'Cayman Islands|the Cayman Islands;Cayman Islands|Caymanian',
  'Gibraltar|Gibraltar',
]), ...placeEntries('region', [
  // "the Hong Kong Special Administrative Region": the territory's full style is its name, no region of its own.
  'Hong Kong|Hong Kong Special Administrative Region;Hong Kong SAR;Hong Kong',
  'Macao|Macao Special Administrative Region;Macau Special Administrative Region;Macao SAR;Macao;Macau',
  // "Chinese Taipei" and "the Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu": the names the WTO, APEC and
  // other international bodies list Taiwan under.
  'Taiwan|Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu;Chinese Taipei;Taiwan|Taiwanese',
])];

// Heads that turn a bloc or region into its members: "ASEAN member states", "Central Asian countries".
const MEMBER_HEADS = ['countries', 'nations', 'states', 'economies', 'members', 'member states', 'member countries', 'member nations', 'member economies', 'partners', 'partner countries', 'partner nations', 'partner economies', 'republics'];
const withHeads = (stems: string[], bare: boolean): string[] => [...stems.flatMap((st) => MEMBER_HEADS.map((h) => `${st} ${h}`)), ...(bare ? stems : [])];
// "countries participating in / taking part in / involved in / along the Belt and Road (Initiative)".
// Chinese releases often set the name in quotation marks ("countries along the "Belt and Road"").
const BRI_NAMES = ['the Belt and Road Initiative', 'Belt and Road Initiative', 'the Belt and Road', 'Belt and Road', 'the BRI', 'BRI', 'the "Belt and Road" Initiative', '"Belt and Road" Initiative', 'the "Belt and Road"', '"Belt and Road"'];
const BRI_LINKS = ['participating in', 'taking part in', 'involved in', 'engaged in', 'along', 'under', 'in', 'of', 'joining', 'that joined', 'that have joined', 'that are part of', 'partnering in', 'co-building', 'jointly building', 'that participate in', 'participating in the construction of'];
const BRI_HEADS = ['countries', 'nations', 'economies', 'partners', 'partner countries', 'states', 'countries and regions'];

/** A bloc's short name with its member count, as Eurostat writes it: "EU27", "EU-28", "EA19" (counts 6 to 30). */
const memberCounted = (stem: string): string[] => Array.from({ length: 25 }, (_, k) => k + 6).flatMap((n) => [`${stem}${n}`, `${stem}-${n}`]);

const GROUPS: Array<[string, string[]]> = [
  ['ASEAN', ['Association of Southeast Asian Nations', ...withHeads(['ASEAN', 'Asean'], true)]],
  // Eurostat names the bloc and the euro area with their member count ("15.6 bn euro deficit for EU27", "Extra-EA19
  // exports"); the count changes with each enlargement, so every count a release could write is a name.
  ['European Union', ['European Union countries', 'European Union member states', 'European Union', ...withHeads(['EU'], false), 'the EU', 'EU', ...memberCounted('EU')]],
  // "exports to non-EU countries" (Destatis's "third countries", the ONS's non-EU trade): the partners outside the bloc.
  ['non-EU countries', [...withHeads(['non-EU'], false), 'non-EU']],
  // Statistics Canada's "exports to countries other than the United States": the partners besides its largest one.
  ['countries other than the United States', ['countries other than the United States', 'countries other than the U.S.', 'countries other than the US']],
  // Eurostat reports the euro area as one trading unit, written in lower case mid-sentence.
  ['Euro area', ['euro area', 'Euro area', 'euro zone', 'Euro zone', 'eurozone', 'Eurozone', ...memberCounted('EA')]],
  ['Central Asia', [...withHeads(['five Central Asian', 'Central Asian'], false), 'Central Asia']],
  ['Belt and Road countries', [...BRI_HEADS.flatMap((h) => BRI_LINKS.flatMap((l) => BRI_NAMES.map((n) => `${h} ${l} ${n}`))), ...withHeads(['Belt and Road', 'BRI', '"Belt and Road"'], false)]],
  ['EAEU', [...withHeads(['Eurasian Economic Union', 'EAEU'], true)]],
  ['CIS', [...withHeads(['CIS'], true), 'Commonwealth of Independent States']],
  ['BRICS', [...withHeads(['BRICS'], true)]],
  ['SCO', [...withHeads(['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'SCO'], true)]],
  ['RCEP', ['Regional Comprehensive Economic Partnership', ...withHeads(['RCEP'], false)]],
  ['Africa', [...withHeads(['African'], false), 'Africa']],
  ['Latin America', ['Latin America and the Caribbean', ...withHeads(['Latin American', 'Latin American and Caribbean'], false), 'Latin America']],
  // "Central America received 28.7% of exports": the parts of the Americas are partners of their own, not "America" (the US).
  ['Central America', [...withHeads(['Central American'], false), 'Central America']],
  ['North America', [...withHeads(['North American'], false), 'North America']],
  ['South America', [...withHeads(['South American'], false), 'South America']],
  ['Europe', [...withHeads(['European'], false), 'Europe']],
  // "the share of the Asia-Pacific economies", "Asia-Pacific countries" (Russian customs' regional split of its partners).
  // "the countries of the Asia-Pacific Economic Cooperation" (the same split in other years): the forum's members, the
  // data contract's APEC, not the whole region.
  ['APEC', ['Asia-Pacific Economic Cooperation', ...withHeads(['APEC'], true)]],
  ['Asia-Pacific', ['Asia-Pacific region', 'Asia Pacific region', ...withHeads(['Asia-Pacific', 'Asia Pacific'], true)]],
  // "South Asian countries", "South Asia": the subcontinent's states, a partner group of its own (not "Asia").
  ['South Asia', [...withHeads(['South Asian'], false), 'South Asia']],
  ['Asia', ['the Asian countries', ...withHeads(['Asian'], false), 'Asia']],
  ['Middle East', [...withHeads(['Middle Eastern', 'Middle East'], false), 'Middle East']],
  // "trade with the 22 member states of the Arab League", "the League of Arab States", "Arab countries": the League's
  // members as one partner, never an Inner Mongolian league named "Arab" (adminUnits reads "<Name> League" as one).
  ['Arab League', ['League of Arab States', 'Arab League', ...withHeads(['Arab League', 'Arab', 'Arab League member'], false)]],
  ['Gulf Cooperation Council', [...withHeads(['Gulf Cooperation Council', 'GCC'], true), ...withHeads(['Gulf'], false)]],
  // Trade blocs that smaller economies' offices report their partners by ("the ECOWAS zone 24,2%", "SACU received 37.6
  // percent", "exports to CEFTA countries"), under the names the corpus labels give them.
  ['ECOWAS', ['Economic Community of West African States', ...withHeads(['ECOWAS'], true)]],
  ['SADC', ['Southern African Development Community', ...withHeads(['SADC'], true)]],
  ['SACU', ['Southern African Customs Union', ...withHeads(['SACU'], true)]],
  ['East African Community', ['East African Community', ...withHeads(['EAC'], false)]],
  ['COMESA', ['Common Market for Eastern and Southern Africa', ...withHeads(['COMESA'], true)]],
  ['CEMAC', ['Economic and Monetary Community of Central Africa', ...withHeads(['CEMAC'], true)]],
  ['CEFTA', ['Central European Free Trade Agreement', ...withHeads(['CEFTA'], true)]],
  ['CARICOM', ['Caribbean Community', ...withHeads(['CARICOM'], true)]],
  ['Mercosur', [...withHeads(['Mercosur', 'MERCOSUR'], true)]],
];

interface NameInfo {
  canonical: string;
  kind: PlaceKind;
  adjective: boolean;
}

const NAME_INFO = new Map<string, NameInfo>();
for (const [town, names] of PORT_TOWNS) for (const n of names) NAME_INFO.set(n, { canonical: `${town} Port`, kind: 'port', adjective: false });
for (const [zone, names] of NAMED_ZONES) for (const n of names) NAME_INFO.set(n, { canonical: zone, kind: 'zone', adjective: false });
for (const [region, names] of REGIONS) for (const n of names) NAME_INFO.set(n, { canonical: region, kind: 'region', adjective: false });
for (const [aggregate, names] of DOMESTIC_AGGREGATES) for (const n of names) NAME_INFO.set(n, { canonical: aggregate, kind: 'region', adjective: false });
// Russia's Far East as its customs administration writes it in English ("the foreign trade turnover of the Far Eastern
// region"): the federal district under its full name, as the district's releases name it (batch 9bc's rule); "Far Eastern
// region" is no "eastern region" of China. ("the Russian Far East" stays unread: Chinese releases name it as the market
// their goods went to, "strong demand in the Russian Far East", which no rule here tells from the reporter.)
for (const n of ['Far Eastern region', 'Far East region']) NAME_INFO.set(n, { canonical: 'Far Eastern Federal District', kind: 'region', adjective: false });
// Short forms of a name ("the Bay Area cities' trade", "Congo supplied 8,920 tons"): read as written here, they stand for
// the place the release has named in full before, of those they may shorten, and for none in a release that named none
// (place-choice.ts; San Francisco has a Bay Area too, and "Congo" alone is either of two states).
export const SHORT_FORMS: ReadonlyMap<string, { kind: PlaceKind; full: string[] }> = new Map([
  ['Bay Area', { kind: 'region', full: ['Greater Bay Area'] }],
  ['Congo', { kind: 'country', full: ['Democratic Republic of the Congo', 'Republic of the Congo'] }],
]);
for (const [short, { kind }] of SHORT_FORMS) NAME_INFO.set(short, { canonical: short, kind, adjective: false });
for (const city of CITIES) NAME_INFO.set(city, { canonical: city, kind: 'city', adjective: false });
// Autonomous prefectures that a province's release names beside its cities: cities by their role there (an aside
// that ends with its paragraph), under their short name.
const PREFECTURES: Array<[string, string[]]> = [
  ['Yanbian', ['Yanbian Korean Autonomous Prefecture', 'Yanbian Prefecture', 'Yanbian']],
  ['Honghe', ['Honghe Hani and Yi Autonomous Prefecture', 'Honghe Prefecture', 'Honghe']],
  // Ruili and Wanding's prefecture on the Myanmar border: its customs office reports for the ports.
  ['Dehong', ['Dehong Dai and Jingpo Autonomous Prefecture', 'Dehong Prefecture', 'Dehong']],
];
for (const [prefecture, names] of PREFECTURES) for (const n of names) NAME_INFO.set(n, { canonical: prefecture, kind: 'city', adjective: false });
// The seven emirates of the UAE, each of which reports its own non-oil trade (Dubai's media office, Abu Dhabi's statistics
// centre, Sharjah's chamber), by their usual English spellings, with "Emirate of" before or "emirate" after: each a city
// and its state at once, read as a city (a city in a list of destinations is no reporter, as "Duisburg" is none).
for (const [name, ...spellings] of UAE_EMIRATES) {
  for (const n of [name, ...spellings]) for (const form of [n, `Emirate of ${n}`, `${n} emirate`, `${n} Emirate`]) NAME_INFO.set(form, { canonical: name, kind: 'city', adjective: false });
}
// Towns written with their own letters in European trade news ("the Łódź Olechów terminal"), Urumqi with its Uyghur letters
// ("Ürümqi Customs") or its older spelling, and towns whose name
// holds a country's ("Benin City" is in Nigeria): the longer name wins.
// Sławków ends the broad-gauge line from the east: its terminal takes China trains as Łódź's does.
// Cities of the foreign statistics offices' regional tables: Kazakhstan's capital (under its name of 2019-2022 too) and its
// third city, which the bureau counts apart from their regions, and Vietnam's largest city.
for (const [spelling, city] of [['Astana', 'Astana'], ['Nur-Sultan', 'Astana'], ['Shymkent', 'Shymkent'], ['Ho Chi Minh City', 'Ho Chi Minh City'], ['HCM City', 'Ho Chi Minh City']]) NAME_INFO.set(spelling, { canonical: city, kind: 'city', adjective: false });
// (a232) The world's capitals (reporters.ts DATELINE_CAPITALS, written with their diacritics and without): places of their
// countries where they stand for the seat of a national source ("In Brasília, the foreign trade secretariat said ...",
// `capitalAsSeat`); anywhere else (a port, a rail hub, a town a speech was given in) they read as before, as unknown towns. A
// name the lexicon knows already keeps its entry (Beijing the municipality, Abu Dhabi the emirate, Moscow the city), and so
// does a country's name a capital begins with ("Mexico City", "Kuwait City" stay Mexico and Kuwait).
// They are kept apart from NAME_INFO, whose other readers (towns named by a port word, learned towns) take them for towns still.
const CAPITAL_INFO = new Map<string, NameInfo>();
for (const [spelling, country] of capitalsAndCountries()) {
  if (NAME_INFO.has(spelling) || NAME_INFO.has(spelling.split(' ')[0])) continue;
  CAPITAL_INFO.set(spelling, { canonical: country, kind: 'country', adjective: false });
}
for (const [spelling, city] of [['Łódź', 'Lodz'], ['Sławków', 'Slawkow'], ['Slawkow', 'Slawkow'], ['Benin City', 'Benin City'], ['Ürümqi', 'Urumqi'], ['Urumchi', 'Urumqi']]) NAME_INFO.set(spelling, { canonical: city, kind: 'city', adjective: false });
for (const c of COUNTRIES) {
  for (const n of c.names) NAME_INFO.set(n, { canonical: c.canonical, kind: c.kind, adjective: false });
  for (const a of c.adjectives ?? []) if (!NAME_INFO.has(a)) NAME_INFO.set(a, { canonical: c.canonical, kind: c.kind, adjective: true });
}
// National railway companies not named after their country: like "Russian Railways", the company carries its country's
// freight and reports for it ("the Ulaanbaatar Railway (UBTZ)" is Mongolia's, not the capital's).
const NATIONAL_RAILWAYS: Array<[string, string[]]> = [
  ['Mongolia', ['Ulaanbaatar Railway', 'Ulan Bator Railway', 'UBTZ']],
  ['Kazakhstan', ['KTZ']], ['Vietnam', ['VNR']], ['Russia', ['RZD']],
];
for (const [country, names] of NATIONAL_RAILWAYS) for (const n of names) NAME_INFO.set(n, { canonical: country, kind: 'country', adjective: false });
for (const [group, names] of GROUPS) for (const n of names) NAME_INFO.set(n, { canonical: group, kind: 'group', adjective: false });

// Every known name in a character trie, matched case-sensitively (place names are capitalised; "us"
// the pronoun must not become the United States). A trie walk from each word start finds the longest
// name there in time bounded by the longest name, where one alternation of ~1,000 names was the
// extractor's hottest spot. Keyed by character code (a number key, no one-character string per step).
// Phrases that hold a country's name but are no country: matched whole so that the name inside is not read.
// Nigeria's Niger State is its own place; the Bight of Benin and the Gambia River are waters.
const NOT_PLACES = new Set(['Niger Delta', 'Niger River', 'River Niger', 'Niger State', 'Bight of Benin', 'Gulf of Guinea', 'New Guinea',
  'Lake Chad', 'Jordan River', 'River Jordan', 'Gambia River', 'River Gambia']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letter or digit (ASCII fast path; the rest by Unicode class). */
function isWordChar(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(s[at]);
}

// The trie is built flat for the walk, from the names in sorted order: names that begin alike are neighbours, so
// each adds only the nodes past what it shares with the one before (a Map per node, then flattened, cost about
// 100 ms of every cold start for its ~18,000 nodes). Nodes are numbered as they are made (the root is 0); each
// node's children are (character code, node) pairs in one run of two arrays; the root's ASCII children in a table.
// The names' characters are walked by code unit with charCodeAt (Array.from of each name with a callback and three
// growing arrays took 40-55 ms CPU of the extraction worker's start for ~52,000 characters; this loop takes 12-20).
const TRIE_NAMES = [...new Set([...NAME_INFO.keys(), ...CAPITAL_INFO.keys(), ...NOT_PLACES])].sort();
// At most one node per code unit of the names, plus the root.
const NODE_PARENT = new Int32Array(TRIE_NAMES.reduce((size, name) => size + name.length, 1)).fill(-1);
const NODE_CODE = new Int32Array(NODE_PARENT.length).fill(-1);
// A plain array, grown node by node as before: the walk reads it at every step.
const NODE_NAME: string[] = [''];
/** Whether the code units at i - 1 and i of `s` are one character outside the BMP. */
const pairAt = (s: string, i: number): boolean => (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(i) & 0xfc00) === 0xdc00;
const NODE_COUNT = ((): number => {
  let count = 1;
  // path[i]: the node reached by the first i code units of the name before (i at a character's start).
  const path = [0];
  let before = '';
  for (const name of TRIE_NAMES) {
    let shared = 0;
    while (shared < name.length && name.charCodeAt(shared) === before.charCodeAt(shared)) shared++;
    // By code point: a character outside the BMP is shared whole or not at all.
    if (shared > 0 && (pairAt(name, shared) || pairAt(before, shared))) shared--;
    for (let i = shared; i < name.length;) {
      const code = name.codePointAt(i)!;
      const next = i + (code > 0xffff ? 2 : 1);
      path[next] = count;
      NODE_PARENT[count] = path[i];
      NODE_CODE[count] = code;
      NODE_NAME.push('');
      count++;
      i = next;
    }
    NODE_NAME[path[name.length]] = name;
    before = name;
  }
  return count;
})();
const KID_FROM = new Int32Array(NODE_COUNT + 1);
for (let n = 1; n < NODE_COUNT; n++) KID_FROM[NODE_PARENT[n] + 1]++;
for (let n = 0; n < NODE_COUNT; n++) KID_FROM[n + 1] += KID_FROM[n];
const KID_CODE = new Int32Array(NODE_COUNT - 1);
const KID_NODE = new Int32Array(NODE_COUNT - 1);
{
  const next = KID_FROM.slice(0, -1);
  for (let n = 1; n < NODE_COUNT; n++) {
    const k = next[NODE_PARENT[n]]++;
    KID_CODE[k] = NODE_CODE[n];
    KID_NODE[k] = n;
  }
}
const ROOT_KID = new Int32Array(128).fill(-1);
for (let k = KID_FROM[0]; k < KID_FROM[1]; k++) if (KID_CODE[k] < 128) ROOT_KID[KID_CODE[k]] = KID_NODE[k];

// The first two code units of every name, when both are ASCII (PAIR_STARTS[first * 128 + second]), and the ASCII first
// units that need no second (a one-unit name, or one whose second unit is not ASCII): a word whose first two characters
// begin no name is not walked ("percent", "exports"), which is most of a sentence's lower-case words.
const PAIR_STARTS = new Uint8Array(128 * 128);
const ANY_SECOND = new Uint8Array(128);
for (const name of TRIE_NAMES) {
  const [first, second] = [name.charCodeAt(0), name.charCodeAt(1)];
  if (first >= 128) continue;
  if (name.length === 1 || second >= 128) ANY_SECOND[first] = 1;
  else PAIR_STARTS[first * 128 + second] = 1;
}

/** Whether a name may start at `i` of `s`: its first two code units begin one (by the tables for ASCII; by the trie otherwise). */
function mayStartName(s: string, i: number): boolean {
  const first = s.charCodeAt(i);
  if (first >= 128) return trieStep(0, first) >= 0;
  if (ANY_SECOND[first] === 1) return true;
  const second = s.charCodeAt(i + 1);
  return second < 128 && PAIR_STARTS[first * 128 + second] === 1;
}

// ASCII letters and digits (what isWordChar says for codes below 128), as a table.
const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** The trie node reached from `node` by the character `code`, or -1. */
function trieStep(node: number, code: number): number {
  if (node === 0 && code < 128) return ROOT_KID[code];
  for (let k = KID_FROM[node]; k < KID_FROM[node + 1]; k++) if (KID_CODE[k] === code) return KID_NODE[k];
  return -1;
}

// Countries that are also first names: "Chad Brown said", "Jordan Lee, the bureau's director" name a person.
const FIRST_NAME_COUNTRIES = new Set(['Chad', 'Jordan']);
const SURNAME_AFTER = /^ [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,| (?:said|says|told|added|noted|explained|commented)\b)/;

/** Whether the country `name`, ending at `end`, is a person's first name before a surname. */
function personNamed(s: string, end: number, name: string): boolean {
  return FIRST_NAME_COUNTRIES.has(name) && SURNAME_AFTER.test(s.slice(end, end + 40));
}

/**
 * Whether the hyphen at `i` of `s` ends "extra" or "intra" (ASCII letters in any case) standing as a word, as
 * BLOC_PREFIX_BEFORE finds on the six characters before it (a letter or digit or "_" before the prefix joins it to a word).
 */
function blocPrefixAt(s: string, i: number): boolean {
  if (i < 5) return false;
  const prefix = s.slice(i - 5, i).toLowerCase();
  if (prefix !== 'extra' && prefix !== 'intra') return false;
  const before = i > 5 ? s.charCodeAt(i - 6) : -1;
  return !(before === 95 || (before >= 0 && before < 128 && ASCII_WORD_CHAR[before] === 1));
}

/** Known names in `s`, leftmost first and longest at each start, bounded by non-letters on both sides. */
function matchNames(s: string): Array<{ index: number; name: string }> {
  const found: Array<{ index: number; name: string }> = [];
  // Whether the character before `i` is a letter, a digit or a hyphen after one (no name starts after them).
  let glued = false;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (!glued && mayStartName(s, i)) {
      let node = 0;
      let best = '';
      for (let j = i; j < s.length; j++) {
        node = trieStep(node, s.charCodeAt(j));
        if (node < 0) break;
        if (NODE_NAME[node] !== '' && !(j + 1 < s.length && isWordChar(s, j + 1))) best = NODE_NAME[node];
      }
      if (best) {
        if (!NOT_PLACES.has(best) && !personNamed(s, i + best.length, best)) found.push({ index: i, name: best });
        i += best.length;
        glued = s.charCodeAt(i - 1) === 45 || isWordChar(s, i - 1);
        continue;
      }
    }
    // A hyphen glues only between words ("China-Europe"): after a dash written as two hyphens
    // ("(Xinhua)--Heilongjiang Province ...", a glued dateline) a name starts.
    // "extra-EU exports", "intra-euro area trade" (Eurostat): the bloc after the prefix is named.
    glued = code === 45 ? i > 0 && isWordChar(s, i - 1) && !blocPrefixAt(s, i) : code < 128 ? ASCII_WORD_CHAR[code] === 1 : isWordChar(s, i);
    i++;
  }
  return found;
}
// Ports the lexicon does not know: "Lianyungang Port", "Qinzhou port", "Tacheng Railway Port"; land
// ports named as crossings are ports too: "the Youyiguan border crossing", "the Tazhong checkpoint".
// A border town's "Sost Dry Port" is "Sost Port"; a city's named inland port keeps its kind word ("Xi'an Railway Port",
// "Chengdu International Railway Port", "Lanzhou International Land Port"): a city has a seaport or an airport besides.
// A kind word in lower case is a description, not part of a name: "the Dandong land port" is "Dandong Port".
// The crossings of the other side's news are ports too: "Tra Linh international border gate", "the Saryagash border
// station", "the Keles station on the border with Kazakhstan", "the Rasuwagadhi customs point", "the Altanbulag border port".
// "the Termez river port" and "the Sukhbaatar railway border port" are the town's port as well.
// So is "the Vladivostok commercial sea port" (a seaport's kind words in lower case).
// Myanmar's crossings are "border trade zones" (or posts, or camps): "the Chinshwehaw border trade zone".
// "the Hilsa (Yari) customs point": the crossing's other name in brackets may stand before its kind.
// Vietnamese gates may be named by three words: "the Ma Lu Thang international border gate", "the Bac Phong Sinh border gate".
const GENERIC_PORT_RE = /\b([A-Z][a-z]+(?:'(?!s\b)[a-z]+)?(?:[ -](?!(?:Dry|Land|Railway|Highway|Road|Border)\b)[A-Z][a-z]+(?:'(?!s\b)[a-z]+)?){0,2})(?:\s+\([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\))?\s+(?:(?:((?:International\s+)?(?:Railway|Highway|Road|Land|Dry)\s+)|(?:land|railway|highway|road|dry|river|(?:commercial\s+)?sea)\s+)?[Pp]ort|(?:(?:railway|road|highway)\s+)?[Bb]order\s+[Pp]ort|(?:(?:road|railway|rail|highway|automobile)\s+)?(?:[Bb]order\s+)?[Cc]rossing|(?:(?:road|railway|rail|highway|automobile|border)\s+)?[Cc]heckpoint|(?:(?:[Ii]nternational|[Rr]oad|[Rr]ailway)\s+){0,2}[Bb]order\s+[Gg]ate|(?:[Bb]order|international\s+railway)\s+station|[Ss]tation(?=\s+on\s+the\s+(?:[A-Z][\w-]*\s+)?border\b)|customs\s+(?:point|post|office)|border\s+(?:point|post)|(?:cargo|freight|logistics)\s+(?:centre|center)|[Bb]order\s+trade\s+(?:zone|post|point|camp)|customs(?=\s*,\s*(?:opposite|facing|across\s+from|on\s+the\s+border)\b)|border(?=\s+with\s+[A-Z]))\b(?!s)/g;
const ZONE_RE = /\bChina\s*\(\s*([A-Z][a-z]+)\s*\)\s*(?:Pilot\s+)?Free\s+Trade\s+(?:Zone|Area)\b|\b((?!(?:The|This|That|Its|In|At|Of|From|Through|Via|Imports|Exports)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+|\s+(?:(?:and|&)\s+)?(?!(?:Pilot|Free)\b)[A-Z][a-z]+)?)\s+(?:(?:Pilot\s+)?Free\s+Trade\s+(?:Zone|Area)|(?:pilot\s+)?free\s+trade\s+zone)\b|\b([A-Z][a-z]+)\s+(?:Pilot\s+)?FTZ\b|\b([A-Z][a-z]+)\s+Free\s+Trade\s+Port\b|\b([A-Z][a-z]+(?:'(?!s\b)[a-z]+)?(?:(?: [A-Z][a-z]+|-[A-Za-z][a-z]+)(?:'(?!s\b)[a-z]+)?){0,3})\s+((?:Comprehensive\s+)?Bonded\s+(?:Port\s+)?(?:Zone|Area)|comprehensive\s+bonded\s+(?:zone|area)|(?:Economic(?:\s+and\s+Technological)?|High-[Tt]ech\s+Industrial)\s+Development\s+Zone|Special\s+Economic\s+Zone|Border\s+Economic\s+Cooperation\s+Zone|International\s+(?:Frontier|Border)\s+Cooperation\s+Cent(?:er|re))\b|\b([A-Z][a-z]+(?:'[a-z]+)?)\s+New\s+Area\b/g;
// "the Amur Region" (a Russian oblast in English), Russia's federal districts ("the Siberian Federal District", a
// region of its own rather than a "Federal District"), and the provinces of neighbours the lexicon lacks: "the province of
// Cao Bang", "Ha Giang province" (the name alone is the area, as "Lang Son"; a hyphenated one, "Darkhan-Uul province",
// whole, never its last part); Inner Mongolia's leagues and the prefectures
// of the west and south-west: "Xilingol League", "Wenshan Prefecture" (the name alone, as "Kashgar", "Yanbian").
const ADMIN_UNIT_RE = /\b(?!(?:The|This|That|Each|Every|Its)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+(?:Krai|Kray|Oblast|Okrug|Federal\s+District|(?<!Autonomous|Administrative)Region|(?<!Customs\s+)Territory)\b|\b[Pp]rovince\s+of\s+((?!The\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|(?<![\w-])((?!(?:The|This|That|Each|Every|Its|In|Of)\b)[A-Z][a-z]+(?: [A-Z][a-z]+|-[A-Z][a-z]+)?)\s+province\b|\b((?!(?:The|This|That|Each|Every|Its|In|Of|Autonomous)\b)[A-Z][a-z]+)\s+(?:League|Prefecture|[Aa]imag)\b|\b((?!(?:The|This|That|Each|Every|Its|In|Of)\b)[A-Z][a-z]+)(?:\s+[A-Z][a-z]+|\s+and(?=\s+[A-Z])){1,4}\s+Autonomous\s+Prefecture\b/g;
const SINO_RE = /\bSino-([A-Z][a-z]+)\b/g;
const SINO_WORDS = keywords(['sino-'], SINO_RE);
const RAILWAY_RE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+Railway\b(?!\s+(?:Express|Group|Bureau|Company|Co\b|Corporation))/g;
// Words each of the patterns above needs, tested once per sentence before the pattern scans it.
// "the Port of Shanghai", "the Port Authority of Hamburg", "the Maritime and Port Authority of Singapore"; a free port is a
// port of its town too ("the Freeport of Riga", "the Free Port of Trieste", "the freeport of Ventspils").
const PORT_OF_BEFORE = /(?:\b[Ff]ree\s?|\b)[Pp]ort\s+(?:Authority\s+)?of\s+$/;
// Countries that are one city with one port: "the Port of Singapore" is "Singapore Port", as a city's port is.
const CITY_STATES = new Set(['Singapore', 'Djibouti', 'Monaco']);
const PORT_IN_CITY_BEFORE = /\b[Tt]he\s+(?:(?:international|inland|dry|land|rail(?:way)?|logistics|river|container|border)\s+){0,2}(?:port|harbou?r)\s+(?:in|at)\s+$/;
const ZONE_AREA_OF_GAP = /^\s+areas?\s+of\s+(?:the\s+)?$/i;
// "the ports of Qingdao and Rizhao": the first city of a list after "ports of" (another name follows it), or a later one.
// ("the ports of Tianjin", one city's several ports, stays the city.)
const PORTS_OF_FIRST_BEFORE = /\b[Pp]orts\s+of\s+$/;
const PORTS_OF_LIST_NEXT = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]/;
const PORTS_OF_LATER_BEFORE = /\b[Pp]orts\s+of\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*(?:,\s*(?:and\s+)?|and\s+))+$/;
/** Whether the city at [start, end) is one of a list of cities named as "the ports of" them. */
function portsOfList(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 80), start);
  if (!before.includes('orts of')) return false;
  return (PORTS_OF_FIRST_BEFORE.test(before) && PORTS_OF_LIST_NEXT.test(s.slice(end, end + 12))) || PORTS_OF_LATER_BEFORE.test(before);
}
const RIVER_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?River\b/;
const GENERIC_PORT_GATE = /\s(?:[Pp]ort|[Cc]rossing|[Cc]heckpoint|[Gg]ate|[Ss]tation|point|post|office|customs|border|centre|center)\b(?!s)/;
const ADMIN_UNIT_GATE = /Kra[iy]|Oblast|Okrug|Federal|Region|Territory|[Pp]rovince|League|Prefecture|[Aa]imag/;
const ZONE_GATE = /Free\s+Trade|free\s+trade\s+zone|FTZ|Bonded|comprehensive\s+bonded|Development\s+Zone|Special\s+Economic\s+Zone|New\s+Area|Cooperation\s+(?:Cent|Zone)/;
// Keyword gates (keywords.ts): words one of which every match of the expression named contains.
const GENERIC_PORT_WORDS = keywords(['port', 'crossing', 'checkpoint', 'gate', 'station', 'point', 'post', 'office', 'customs', 'border', 'centre', 'center'], GENERIC_PORT_GATE);
const ADMIN_UNIT_WORDS = keywords(['kra', 'oblast', 'okrug', 'federal', 'region', 'territory', 'province', 'league', 'prefecture', 'aimag'], ADMIN_UNIT_GATE);
const ZONE_WORDS = keywords(['free', 'ftz', 'bonded', 'development', 'special', 'area', 'cooperation'], ZONE_GATE);
const PORT_ANAPHOR_BEFORE = /\b(?:the|this)\s+(?:port|checkpoint|crossing|zone|hub)\b[^.;]*$/i;
// "trips to and from the Qinzhou Port railway station": a station named after a port is no place of a figure.
const STATION_AFTER = /^\s+(?:(?:railway|rail|train|freight)\s+)?station\b/i;
// (a194: "Cars crossing as export goods", "Trucks crossing via the new lane": "crossing" in a role or by a way is the verb too.)
const CROSSING_VERB_AFTER = /^\s+(?:the|a|an|into|over|through|as|via)\b/i;
// Cargo airports report as named: "Ezhou Huahu Airport", "Zhengzhou Xinzheng International Airport"; a zone
// named after one ("Zhengzhou Airport Economy Zone") is the zone, not the airport.
// ("Shenzhen Bao'an International Airport": a word of the name may hold an apostrophe.)
const AIRPORT_RE = /\b(?:(?:The|At|In|Through|Via|From)\s+)?([A-Z][a-z]+(?:'(?!s\b)[a-z]+)?(?:[ -][A-Z][a-z]+(?:'(?!s\b)[a-z]+)?){0,2}\s+(?:International\s+)?Airport(?:\s+(?:Economy|Economic|Industrial|Logistics|Trade)(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}?\s+(?:Zone|Area|Park))?)\b/g;
// "the Heihe-Blagoveshchensk highway bridge (port)", "the Tongjiang-Nizhneleninskoye railway bridge": a bridge of the pair is its port.
// The family of a114's border links named by their ends: "the Manzhouli-Zabaikalsk rail link", "the Erenhot-Zamyn-Uud railway",
// "the Pingxiang-Dong Dang road", "the Heihe-Blagoveshchensk cableway", "the Mohan-Boten tunnel", "the Khorgos-Altynkol rail line".
const PAIRED_PORT_AFTER = /^\s+(?:(?:railway|rail|highway|road|automobile|river|bridge|border|land)\s+){0,2}(?:port|crossing|checkpoint)\b(?!s)|^\s+(?:(?:railway|rail|highway|road|river|cross-border|freight)\s+){0,2}(?:bridge|link|line|tunnel|cableway|ropeway|ferry)\b(?!s)|^\s+(?:railway|highway|road)\b(?!s|\s+(?:port|station|hub|show)s?\b)/i;
// "the Youyiguan (Friendship Pass) port": a bracketed other name may stand before the word port.
// "Taicang, Nanjing and Wuhan handled 4.18 million, 1.96 million and 1.37 million TEUs": cities that handle containers
// or tonnes of cargo are named for their ports (a river or sea port's throughput), alone or in a list.
const THROUGHPUT_SUBJECT_AFTER = /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'-]+){0,4}(?:\s*,\s*(?:the|a|an|home\s+to)\s[^,;.]{1,80},)?\s+(?:has\s+|had\s+)?handled\s+(?:(?:about|around|nearly|more\s+than|over|some)\s+)?\d(?:[^.;]|\.(?=\d)){0,60}?\b(?:TEUs?|twenty-foot|tonnes|tons)\b/;
// "the port of Poti handled 5.3 million tons ..., and Batumi 3.9 million tons": a city listed after a port's throughput with
// the verb left out, its own amount of cargo right after it, is named for its port too.
const GAPPED_THROUGHPUT_BEFORE = /\b[Pp]orts?\b[^.;]{0,40}?\bhandled\s+(?:[^.;]|\.(?=\d)){1,100}?(?:,\s*|\s+)and\s+$/;
const GAPPED_THROUGHPUT_AMOUNT_AFTER = /^\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?\d[\d.,]*\s*(?:million|thousand|billion|mln|mn)?\s*(?:TEUs?|tonnes|tons)\b/;
// "the Baku International Sea Trade Port": a seaport's official name may put words of its kind before "Port".
const PORT_SUFFIX = /^(?:\s+\([^()]{1,30}\))?\s+(?:(?:Railway|Highway|Road|Land|Border|railway|highway|road|land|border)\s+|(?:(?:International|Sea|Trade|Commercial|Merchant|Container)\s+){1,3}(?=Port\b))?(?:[Pp]ort|checkpoint|border crossing|crossing|pass)\b(?!s)/;

const COMPASS = '(?:(?:north|south|east|west|northwest|northeast|southwest|southeast|central|northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|north-west|north-east|south-west|south-east)\\s+)';
// "Ezhou Huahu Airport, Asia's first cargo hub airport, in ...": a superlative apposition naming a wider place.
const SUPERLATIVE_APPOSITION = String.raw`[A-Z][\w-]*'s\s+(?:first|largest|biggest|busiest|only|leading|top|(?:second|third)(?:-largest|-busiest)?)\s+(?:[\w-]+\s+){0,4}?[\w-]+`;
// ("Heilongjiang province, China's northernmost, reached ...": a superlative of where it lies, "-most", ranks it the same way.)
const SUPERLATIVE_APPOSITION_AFTER = new RegExp(`^'s\\s+(?:first|largest|biggest|busiest|only|leading|top|(?:north|south|east|west)ernmost|(?:second|third)(?:-largest|-busiest)?)\\b`);
// "Urumqi international land port area in northwest China's Xinjiang": a facility of the place before it, named by
// words of its kind with no article, is placed by the region after it as the place is.
const FACILITY_OF_PLACE = '(?:(?:international|inland|land|railway|rail|border|dry|river|air|bonded|logistics|free|trade|economic|pilot|comprehensive|industrial)\\s+){1,3}(?:port|hub|zone|park)(?:\\s+area)?\\s+';
// "Ezhou Huahu Airport, in Ezhou city of central China's Hubei province": the descriptor may come without an article.
// "Rail Terminal Tilburg in the south of the Netherlands": the part of the country named in words places it the same way.
// "Yiwu, the world's small-commodity hub in east China's Zhejiang Province,": a word of the descriptor may be a possessive.
// (a241: a pair's descriptor, "Chongqing and Sichuan, the two economic poles of western China,", "the twin engines of", "the
// growth pillars of", "the industrial powerhouses of": the place after it places the pair, no area of its own. Plural kinds
// of place, "the nine Guangdong cities in the Greater Bay Area", name a group and are left out.)
// (a253: "Wuhan and Hefei, the two rail hubs of central China,", "the twin gateways of", "the logistics centres of": a pair's
// hubs, gateways and centres are such descriptors.)
const LOCATOR_GAP = new RegExp(`^(?:\\s*,\\s*${SUPERLATIVE_APPOSITION})?\\s*,?\\s*(?:(?:(?:a|an|the)\\s+(?:[\\w-]+(?:['’]s)?\\s+){0,2}?)?(?:city|county|town|port|region|province|district|prefecture|hub|municipality|metropolis|megacity|island|zone|area|autonomous region|poles|engines|pillars|powerhouses|hubs|gateways|centres|centers)\\s+|${FACILITY_OF_PLACE})?(?:(?:in|of)\\s+(?:the\\s+)?${COMPASS}*|in\\s+the\\s+(?:far\\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)\\s+of\\s+(?:the\\s+)?)$`, 'i');
const PORT_OPERATOR_AFTER = /^\s+(?:Group|Holdings?|Co\.?,?\s+Ltd)\b/;
const APPOSITION_COUNTRY_GAP = new RegExp(`^\\s*,\\s*${COMPASS}*$`, 'i');
const TOWN_PROVINCE_GAP = /^\s*(?:(?:city|county|town|prefecture)\s*)?,\s*$/i;
const SUBUNIT_LOCATOR_GAP = /^\s*,?\s*in\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,4}(?:Banner|County|District|Township|Town)\s+(?:of|in)\s+(?:the\s+)?$/;
// ", the prefecture-level city administering ", ", which administers ", ", the county that oversees ": an apposition or
// relative clause on a place naming a town under it.
const ADMINISTERS_GAP = /^\s*,\s*(?:(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|prefecture|county|district|municipality|league|region)\s+(?:that\s+|which\s+)?)|(?:which|that)\s+)(?:administer(?:s|ing)?|oversee(?:s|ing)?|govern(?:s|ing)?|has\s+jurisdiction\s+over|with\s+jurisdiction\s+over)\s+(?:the\s+(?:(?:border|port|county-level)\s+)*(?:city|town|county)\s+of\s+)?$/i;
const POSSESSIVE_LOCATOR_GAP = new RegExp(`^'s?\\s+${COMPASS}*$`, 'i');
// "Zamyn-Uud and the Chinese border town of Erenhot": the far side of a crossing, named by its country, is scenery; so is the
// port a crossing is "across the border from" ("Dostyk, across the border from Alashankou, handled ...").
// "opposite Amurzet in Russia's Jewish Autonomous Region": so is where the town faced, unknown itself, lies.
// "Hunchun, which borders Russia and the DPRK": every neighbour a place borders is scenery, listed or not. ("Through the
// neighbouring Pingxiang railway port, 1,316 trains ran": a neighbour that goods or trains went through is their route.)
// A country goods went on "in transit through" is scenery too.
// "Integrated circuits, most of them made or packaged in Suzhou, ...": where goods were made places them, it reports nothing.
// So does where they are worked further: "Cocoa from Ghana is now processed in Yueyang", "ore smelted in Baotou", "beans roasted
// locally in Kunming", "oil refined in Dalian", "wheat milled in Zhengzhou". (Not traffic a hub handles: "4,300 container trains
// were processed in Brest", "declarations processed in" name where it was handled.)
// (Not "assembled in": trains "assembled in Xi'an" are the city's trains.)
// "KTZ plans a dry port near Bakhty", "a cold store near Lao Cai is to open", "a new rail spur near Gashuunsukhait": the town a
// facility is near only places the facility, as "close to" or "next to" a town does; cargo "handled near Heihe" is the town's (a227).
// "Dongxing Port, the crossing to Mong Cai in Vietnam, handled ...", ", a road checkpoint into Laos,", ", which leads to Boten,":
// an apposition saying where a crossing leads names its other end, which is scenery (the figure is the crossing's).
// (a227: "Zamyn-Uud, Mongolia's main crossing to China's Erenhot", "Lao Cai, Vietnam's gateway to China's Hekou": the
// apposition's words and the far end may be owned by their countries, and the crossing may take up to five words.)
// "is linked with the Chinese city of Tongjiang", "faces Pang Hok in Laos' Phongsaly province": the town on the other side
// named by its country's adjective and its kind, and the province a town of up to three words faced lies in, are scenery too.
// "the railway carried 37,500 tonnes of Thai durians, each fruit arriving in southern China within 30 hours", ", which arrived in
// Kunming", ", reaching markets in Vietnam": where the goods of a clause after the figure got to is their way's end (a220).
// (a229: "landing" and "which landed in" are arriving too; a "with" clause's goods, WITH_GOODS_ARRIVING_BEFORE.)
const LOCATOR_BEFORE = /\b(?:according\s+to\s+|(?<!\b(?:trains?|wagons?|containers?|TEUs?|boxes|trucks|vehicles|declarations|consignments|cargo(?:es)?|freight|passengers|batches)\s+(?:(?:were|was|are|is|been|being|had\s+been|have\s+been|will\s+be)\s+)?)(?:made|produced|manufactured|packaged|processed|refined|smelted|milled|roasted|ground|crushed|packed|bottled|canned|finished)(?:\s+(?:or|and)\s+(?:made|produced|manufactured|packaged|processed|refined|smelted|milled|roasted|ground|crushed|packed|bottled|canned|finished))?(?:\s+(?:mainly|mostly|largely|locally|now|also|then|further))?\s+in\s+|and\s+the\s+[A-Z][a-z]+\s+border\s+(?:town|city|station|port|crossing)\s+of\s+|border(?:s|ing)?\s+(?:with\s+)?(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,|and|or)\s+)?|gateway\s+to\s+(?:[A-Z][\w-]*['’]s\s+)?|\btransit\s+(?:through|via|across)\s+|bridge\s+to\s+|,\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,5}?(?:crossing|checkpoint|gate|pass|link|ferry|bridge|post)\s+(?:(?:(?:which|that)\s+(?:leads|opens|runs|goes)|leading|opening|running|going)\s+)?(?:to|into|for)\s+(?:[A-Z][\w-]*['’]s\s+)?|,\s+(?:(?:which|that)\s+(?:leads|opens|connects|links)|leading|opening|connecting|linking)\s+(?:it\s+)?(?:to|into|with)\s+|,\s+(?:(?:which|that)\s+(?:looks|gazes|sits|lies|stands|runs|reaches|leads|opens)|looking|gazing|running|reaching)\s+(?:out\s+)?(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:to|towards?|into|onto|at)\s+|,\s+(?:(?:which|that)\s+(?:runs|reaches|goes)|running|reaching|going)\s+(?:(?:straight|directly|south|north|east|west)\s+)?(?:to|into)\s+|(?<!\b(?:[Tt]hrough|[Vv]ia)\s+(?:the\s+)?)neighbou?ring\s+|adjacent\s+to\s+|close\s+to\s+|next\s+to\s+|(?:port|terminal|park|yard|station|zone|spur|bridge|warehouse|store|hub|centre|center|site|mine|plant|factory|depot|track|line|road)\s+(?:(?:located|lying|sited|built|planned)\s+)?near\s+|bound\s+for\s+the\s+|corridor\s+to\s+|,\s+(?:(?:each|every|all|most|many|the)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:which|that)\s+(?:arrived|arrives?|reached|reach(?:es)?\s+(?:[\w-]+\s+){0,2}?in|landed)|arriving|landing|reaching\s+(?:[\w-]+\s+){0,2}?in)\s+(?:in\s+)?(?:(?:south|north|east|west|central|southwest|northwest|southeast|northeast)(?:ern)?\s+)?|(?:faces?|facing|opposite|across\s+(?:the\s+(?:border|(?:[A-Z][\w-]*\s+){0,2}river)\s+)?from|linked\s+(?:with|to))\s+(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+\(\s*)?|(?:faces?|facing|opposite|across\s+from|linked\s+(?:with|to))\s+the\s+[A-Z][a-z]+\s+(?:border\s+)?(?:city|town|port|station)\s+of\s+|(?:faces?|facing|opposite|across\s+from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+in\s+(?:[A-Z][\w-]*(?:['’]s|(?<=s)['’])\s+)?)(?:the\s+)?$/i;
// "Mongolia exported 8.2 million tonnes ...", "China bought crude from Russia": a country written as the subject
// of a verb of trade. In a release on another country it is that country's partner ("Brazil supplied 7.7
// million tonnes" in a story on China's imports), unless the goods went to or came from a third country.
// "Brazil, the top supplier, shipped ...": an apposition may stand between the subject and its verb.
// "China brought in 13.92 million tonnes of soybeans", "took in": a verb of buying abroad written with its particle.
export const TRADE_VERB_SUBJECT_AFTER = /^(?:\s*,\s*(?:(?:the|its|a|an)\s+[^,.;]{1,40}?|meanwhile|however|in\s+turn|for\s+its\s+part|by\s+contrast|in\s+contrast|by\s+comparison|in\s+addition)\s*,)?\s+(?:(?:also|has|have|had|alone|further|reportedly|then)\s+){0,2}(?:imported|exported|re-exported|shipped|sold|bought|purchased|sent|supplied|delivered|sourced|procured|brought\s+in|took\s+in)\b/i;
// Between the subject of a verb of trade and the place its goods went to or came from.
const THIRD_PLACE_GAP = /^(?:[^.;,]|[.,](?=\d)){0,90}\b(?:to|from)\s+(?:the\s+)?$/;
const IMPORTS_INTO_BEFORE = /\bimport(?:s|ed)\s+(?:to|into)\s+(?:the\s+)?$/i;
const IMPORTS_OF_INTO_BEFORE = /\bimports\s+(?:of\s+(?:[\w'-]+\s+){1,5}?)?into\s+(?:the\s+)?$/i;
const PARTNER_BEFORE = /\b(?:with|to|into|towards|for|destined\s+for|bound\s+for|on|from|between\s+\S+(?:\s+\S+)?\s+and|(?:destinations?|markets?|partners?|sources?|suppliers?)\s*,?\s*(?:in\s+particular|particularly|notably|especially|including|such\s+as|namely))\s+(?:the\s+)?(?:(?:other|five|four|neighbou?ring|member|fellow|major|mainland)\s+)?$/i;
// "was China's largest LNG supplier", "remained Japan's top buyer": a country ranked in another country's trade after a verb of being.
const RANK_HOLDER = {
  after: /^['’]s\s+(?:single\s+)?(?:largest|biggest|top|main|leading|dominant)\s+(?:[\w-]+\s+){0,2}?(?:supplier|source|buyer|customer)s?\b/i,
  before: /\b(?:was|were|is|are|remained|remains|stayed|became|has\s+been|had\s+been)\s+(?:again\s+|still\s+|also\s+|once\s+again\s+)?$/i,
};
// "Asia's fourth-largest economy", "the world's top exporter"; not "Hainan's imports of consumer goods".
// ("one of Europe's leading rail hubs for China traffic": a rank among hubs too.)
const EPITHET_AFTER = /^'s?\s+(?:(?!(?:imports?|exports?|trade|of|in)\b)[\w-]+\s+){0,2}?(?:economy|economies|exporter|importer|producer|consumer|buyer|supplier|manufacturer|trading nation|hubs|gateways)\b(?!\s+(?:goods|products|electronics|prices))/i;
const EPITHET_WORDS = keywords(['econom', 'porter', 'producer', 'consumer', 'buyer', 'supplier', 'manufacturer', 'trading nation', 'hubs', 'gateways'], EPITHET_AFTER);
// "The city, in east China's Jiangsu Province, accounted for ...": the apposition may stand between commas.
// "The bonded zone, located in the Zhengzhou Airport Economy Zone, handled ...": the kind of a zone before its noun, and a
// participle of lying, may come between.
const ANAPHOR_LOCATED_BEFORE = new RegExp(`\\b(?:the|this)\\s+(?:(?:(?:bonded|comprehensive|free\\s+trade|pilot|development|industrial)\\s+){1,2}zone|port|checkpoint|crossing|city|zone|hub)\\s*,?\\s+(?:(?:located|situated|lying|based)\\s+)?(?:in|of|inside|within)\\s+(?:the\\s+)?${COMPASS}*$`, 'i');
// ("exports by rail from Anhui": the mode of transport between them too.)
const FROM_AREA_BEFORE = /\b(?:exports?|exported|goods|products)\s+(?:of\s+(?:\w+\s+){1,3}?|by\s+(?:rail|road|sea|air|truck|train|ship)\s+)?from\s+(?:the\s+)?$/i;
// ("southbound goods arriving from China": a verb of coming between them; "goods arriving by rail from China": and the mode.)
export const GOODS_FROM_BEFORE = /\b(?:goods|products|cargo|freight)\s+(?:(?:arriving|coming|brought\s+in)\s+)?(?:by\s+(?:rail|road|sea|air|truck|train|ship|ferry)\s+)?from\s+(?:the\s+)?$/i;
// "the import of mineral products from Africa", "imports of crude oil from Russia": what is imported comes from the partner.
const IMPORTED_FROM_BEFORE = /\bimport(?:s|ed)?\s+(?:of\s+)?(?:[\w'-]+\s+){0,4}?from\s+(?:the\s+)?$/i;
// "Imports, mostly fruit, rubber and aquatic products from Myanmar, were ...": the goods of imports listed in an aside come from the partner.
const IMPORTS_ASIDE_FROM_BEFORE = /\bimports\s*,\s*(?:mostly|mainly|largely|chiefly|primarily|including|such\s+as|led\s+by)\s+[^.;()]{1,80}?\bfrom\s+(?:the\s+)?$/i;
// "45 countries and regions in", "cities across", "destinations throughout": the places a network reaches.
// The places listed after it too ("in Asia and Europe", "in Central Asia, Europe and").
// "The China (Yunnan) Pilot Free Trade Zone, with areas in Kunming, Honghe and Dehong, contributed ...": the cities a
// zone's parts lie in place the zone.
const PARTS_IN_BEFORE = /\b(?:with|covering|spanning|having|has|comprising)\s+(?:[\w-]+\s+)?(?:areas|parts|sections|districts|zones)\s+in\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?){0,4}$/;
const PARTNER_REGIONS_GAP = /^\s*,?\s*(?:and|plus|together\s+with|along\s+with)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:regions|territories|provinces|dependencies)\s+of\s+(?:the\s+)?$/i;
const CITIES_OF_GROUP_GAP = /^\s+(?:mainland\s+)?cities\s+(?:in|of)\s+(?:the\s+)?$/;
const IN_AFTER_NETWORK = /\b(?:countries|regions|cities|destinations|ports|stations)(?:\s+and\s+(?:regions|cities|areas))?\s+(?:in|across|throughout)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?){0,4}$/;
// "routes to 31 cities, including Frankfurt, Liege, Dubai and Los Angeles", "stations such as Duisburg and Lodz", "ports like
// Jebel Ali": towns listed as the examples of a network's many ends place the network, whoever reports its figures.
const NETWORK_EXAMPLES_BEFORE = /\b(?:cities|destinations|ports|stations|airports|hubs|terminals)\s*,?\s*(?:including|such\s+as|like|notably|among\s+them)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?){0,5}$/;
// "In Australia, official statistics showed ...": a foreign country opening a sentence that cites statistics.
const OPENING_COUNTRY_STATISTICS = /^\s*In\s+$/;
// "In Chile, the central bank reported copper exports of ...": the country's own central bank, statistics office or customs.
// ("In Japan, customs figures point to an 8.3 percent contraction ...", "data suggest", "figures revealed": the verbs a
// report uses for what another country's statistics say.)
const STATISTICS_SHOWED = /\b(?:(?:data|statistics|figures)\s+(?:released\s+\w+\s+)?(?:showed|shows|show|indicated|indicate|(?:point|points|pointed)\s+to|suggest|suggests|suggested|reveal|reveals|revealed)|the\s+(?:central\s+bank|customs(?:\s+(?:service|agency|office|authority))?|(?:national\s+)?statistics\s+(?:office|agency|bureau|institute))\s+(?:reported|said|showed|recorded|published))\b/i;

const OWN_STATISTICS_BY_ADJECTIVE = /\b([A-Z][a-z]+)\s+(?:national\s+|official\s+|government\s+)?(?:(?:customs|trade)\s+)?(?:statistics|data|figures)\s+(?:show|showed|shows|indicate|indicated)\b/;
// "..., according to the Chilean fruit exporters' association": a body the sentence cites, named by a country's adjective, is
// that country's (as "Vietnam Customs" or an association "of India" is); so is one whose full name is capitalised ("according to
// the Japan Automobile Manufacturers Association").
const OWN_BODY_BY_ADJECTIVE = /\baccording\s+to\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:[Aa]ssociation|[Cc]hamber|[Cc]ouncil|[Ff]ederation|[Bb]oard|[Ss]ociety|[Uu]nion|[Cc]ommittee)\b/;

/**
 * The release's own country, whose statistics the sentence cites ("Data from Statistics Indonesia show ...", "Vietnam Customs
 * said ..."), while the sentences before were on another reporter's figures (Australia's cattle sent to Indonesia):
 * the source takes the figures back to its country, as a foreign country's own statistics take them (`citesOwnStatistics`).
 */
function citedAfterOtherReporter(v: PlaceView): boolean {
  return v.kind === 'country' && v.release.isCountry(v.name) && !v.release.isCurrent(v.name) && citesOwnStatistics(v.s, v.name, v.r.start);
}

/**
 * The one country other than `country` whose agency the sentence cites ("The Philippine Statistics Authority put rice imports
 * at ...", "..., according to Japan Customs"), or undefined (none, the release's own, or several).
 */
export function foreignAgencyCited(s: string, country: string): string | undefined {
  const cited = new Set(statisticsCitedIn(s));
  cited.delete(country);
  return cited.size === 1 ? [...cited][0] : undefined;
}

/** A foreign country naming the customs the sentence cites as its own ("according to Japan Customs"). */
function foreignCustomsCited(v: PlaceView): boolean {
  return v.kind === 'country' && isForeign(v) && statisticsCitedIn(v.s).includes(v.name);
}

/** True when the sentence cites the country's own statistics agency, or opens "In <country>, ... statistics showed". */
function citesOwnStatistics(s: string, country: string, at: number): boolean {
  if (statisticsCitedIn(s).includes(country)) return true;
  return OPENING_COUNTRY_STATISTICS.test(s.slice(0, at)) && /^[^,]{0,25},/.test(s.slice(at)) && STATISTICS_SHOWED.test(s);
}

// The countries whose own statistics the sentence last asked about cites (a sentence may name several foreign countries).
let citedSentence: string | null = null;
let citedCountries: string[] = [];

/** The countries whose agencies or statistics `s` cites by name or adjective, found once per sentence. */
function statisticsCitedIn(s: string): string[] {
  if (s === citedSentence) return citedCountries;
  // "..., the Uzbek State Statistics Agency reports": an agency named after its country counts as one of reporters.ts.
  const cited = [...(mentions(s, AGENCY_WORDS) ? reportingCountries(s) : []), ...agencyCountries(s)];
  // "Kazakh national statistics show Kazakhstan exported ...": statistics named by the country's adjective are its own.
  // (Each pattern needs its words: most sentences have none and are not scanned.)
  const byAdjective = s.includes('statistics') || s.includes('data') || s.includes('figures') ? OWN_STATISTICS_BY_ADJECTIVE.exec(s) : null;
  const byBody = s.includes('according') ? OWN_BODY_BY_ADJECTIVE.exec(s) : null;
  for (const own of [byAdjective, byBody]) {
    const named = own ? NAME_INFO.get(own[1])?.canonical : undefined;
    if (named !== undefined) cited.push(named);
  }
  citedSentence = s;
  citedCountries = cited;
  return cited;
}

// Tail gates: the last words (tailWord) every match of their expressions on the words before a place ends with. A rule
// tests the place's last word against the set before it runs the expression (a Set lookup, not a scan of 50 characters).
const TAIL_GATES: Array<{ tails: ReadonlySet<string>; gated: readonly RegExp[] }> = [];
function tailGate(tails: readonly string[], ...gated: RegExp[]): ReadonlySet<string> {
  const set = new Set(tails);
  TAIL_GATES.push({ tails: set, gated });
  return set;
}
/** Every tail gate with the expressions it gates, and the tail word they are tested on (for the gate test). */
export const declaredTailGates = (): ReadonlyArray<{ tails: ReadonlySet<string>; gated: readonly RegExp[] }> => TAIL_GATES;
export { tailWord, blocPrefixAt, BLOC_PREFIX_BEFORE };

// An amount of goods, then a country used as the goods' attribute: "2.1 million tonnes of U.S. sorghum".
// ("Germany's own statistics tell the same story: the Federal Statistical Office recorded imports of 192,000 tonnes of Vietnamese
// green coffee": the importer's noun of buying before the amount says it as its verb does.)
// (a222: an amount of money may open on its sign, "Korea bought $2.3 billion worth of Chilean copper".)
const OTHER_IMPORTER_BEFORE = /\b(?:imported|bought|purchased|took\s+in|brought\s+in|(?:imports|purchases|arrivals)\s+of)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?)?\d(?:[^.;]|\.(?=\d)){0,40}$/i;
const MONEY_OF_GOODS_BEFORE = /\d\s*(?:(?:million|mln|mn|thousand|billion|bn|trillion)\s+(?:(?:yen|dollars|euros|yuan|won|rupees|pounds|rubles|roubles|francs|kronor|kroner|(?-i:[A-Z]{3}))\s+)?|(?:yen|dollars|euros|yuan|won|rupees|pounds|rubles|roubles|francs|kronor|kroner|(?-i:[A-Z]{3}))\s+)(?:worth\s+)?of\s+$/i;
const ORIGIN_OF_GOODS = {
  before: /\d\s*(?:(?:million|mln|mn|thousand|billion|bn)\s+)?(?:metric\s+)?(?:tons|tonnes|t|mt|barrels|units)\s+of\s+$/i,
  after: /^\s+(?!(?:and|or|in|to|from|on)\b)[a-z][a-z-]+/,
  importsOf: /\b(?:imports|purchases|arrivals|intake)\s+of\s+$/i,
  // "Shipments of U.S. soybeans", "cargoes of US crude": goods on their way, named by a foreign country (isForeign), came from it.
  shippedOf: /\b(?:shipments|cargoes|deliveries|supplies)\s+of\s+$/i,
};
// "weaker prices in China", "feed mills in Southeast Asia": "in" and a compass word before a foreign place.
const ACROSS_FRAME_BEFORE = /^\s*Across\s+(?:the\s+)?$/;
const IN_FRAME_BEFORE = /^\s*(?:(?:Meanwhile|Elsewhere|Over|Separately)\s*,?\s+in|In)\s+(?:(?:neighbou?ring|nearby)\s+)?(?:the\s+)?$/;
const FLOW_CLAUSE_AFTER = /^\s*,\s*(?:(?!(?:for|of|to|from|with|by|in|on|at)\s)[a-z][a-z-]*\s+){0,3}?(?:exports|imports|trade|shipments|sales\s+abroad|surplus|deficit|turnover)\b/;
// "Imports fell 3.1 percent to 8.92 billion dollars over the nine months in Kyrgyzstan", "Exports rose 12% to $4.1 billion in
// Tajikistan", "the surplus came to 4.2 billion dollars last year in Turkmenistan", "turnover grew 6 percent in January-October in
// Armenia": a round-up names the country a bare flow's figure was counted in after the figure (its unit and period between),
// as it names one before it ("In Kyrgyzstan, imports fell ..."). The sentence opens on the flow and names no place before.
// Anything else between figure and place ("5% on strong demand in China") leaves the place scenery.
const FIGURE_PLACED_IN_BEFORE = /\d\s*(?:%|percent|per\s?cent|(?:thousand|million|billion|trillion|bn|mn|mln|bln)\b)?(?:\s+(?:US\s+|U\.S\.\s+)?[a-z]+)?(?:\s+(?:(?:over|during|for|in|through)\s+(?:the\s+)?(?:first\s+)?(?:[a-z-]+\s+)?(?:months|quarters?|half|year|period)|(?:over|during|for|in|through)\s+[A-Z][a-z]+(?:\s*[-–]\s*[A-Z][a-z]+)?(?:\s+(?:19|20)\d\d)?|(?:this|last)\s+year|so\s+far|year[- ]on[- ]year)){0,2}\s+in\s+$/;
const BARE_FLOW_OPENING = /^\s*(?:(?:Meanwhile|Elsewhere|Separately|Also|And|But|Still)\s*,?\s*)?(?:the\s+)?(?:(?:total|overall|goods|merchandise|foreign|external)\s+)?(?:[Ee]xports|[Ii]mports|[Rr]e-exports|[Ss]hipments|[Tt]rade(?:\s+turnover)?|[Tt]urnover|(?:trade\s+)?(?:surplus|deficit))\b/i;
const figurePlacedIn = (v: PlaceView): boolean => v.prev === undefined && v.tail === 'in' && FIGURE_PLACED_IN_BEFORE.test(v.s.slice(Math.max(0, v.r.start - 160), v.r.start)) && BARE_FLOW_OPENING.test(v.s);
const FOREIGN_SCENERY_BEFORE = new RegExp(`\\b(?:in|at|across|inside|within)\\s+(?:the\\s+)?${COMPASS}*$`, 'i');
// "- mostly roasted concentrate trucked in through Erenhot -": an aside opened by a dash or a bracket, and "mostly" for "most of it";
// "mainly through the Zhangmu and Gyirong ports": each port of the list. The route may be a line the goods rode "on", "by" or
// "along": "trade with Laos, much of it carried on the China-Laos Railway, rose 41.2 percent" is the province's trade.
// "entered or left ", "went north into ", "trains leaving ": a verb of crossing the border right before a country.
const BORDER_CROSSED_BEFORE = /\b(?:entered|entering|enters|left|leaving|leaves|exited|exiting|into|out\s+of)\s+$/i;
// (a235: the part may be counted ones, "many of them trucked across the Amur River bridge at Heihe", "several of which went over
// the bridge at Tongjiang", "a third of them through Suifenhe", "the majority of them via Manzhouli".)
const PART_ROUTED_BEFORE = /(?:,|\(|\s[-–—])\s*(?:(?:most|much|many|several|all|some|part|half|the\s+bulk|the\s+majority|a\s+(?:third|quarter)|two-thirds|three-quarters)\s+of\s+(?:it|them|which|these|those)|mostly|largely|mainly|chiefly|partly)\b[^,.;()]{0,50}\b(?:through|via|at|on|by|along|across|over)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,\s*(?:and\s+)?|and\s+))*$/i;
// "..., the bulk of it moved by road and rail through the Horgos and" (the aside and the list before the place may be long).
const PART_ROUTED_REACH = 110;
/** The place is on the route of part of a figure's goods, told in an aside. */
function partRouted(v: PlaceView): boolean {
  const from = Math.max(0, v.to - PART_ROUTED_REACH);
  return mentions(v.s, PART_WORDS, from, v.to) && PART_ROUTED_BEFORE.test(v.s.slice(from, v.to));
}
const PART_FROM_BEFORE = /(?:,|\(|\s[-–—])\s*(?:mostly|largely|mainly|chiefly|partly|primarily)\s+(?:from|out\s+of)\s+(?:the\s+)?$/i;
// "Sea-rail traffic, mainly to Central Asia via the Khorgos crossing, kept growing, with 98,400 TEU": where most of the
// goods went, in an aside, is their composition by destination, not the figure's partner.
// "exports, mainly fruit bound for Russia's Far East, came to ...": a foreign country owning the region goods are bound for is
// where they go, not whose figure it is; inside a "mainly ..." aside it names where most of them went, scenery.
const BOUND_FOR_BEFORE = /\b(?:bound|destined|headed|heading)\s+(?:for|to)\s+(?:the\s+)?$/i;
const PART_ASIDE_OPEN_BEFORE = /(?:,|\(|\s[-–—])\s*(?:mostly|largely|mainly|chiefly|primarily)\s+[^,;()]{0,60}$/i;
const PART_TO_BEFORE = /(?:,|\(|\s[-–—])\s*(?:mostly|largely|mainly|chiefly|primarily)\s+(?:to|for|bound\s+for)\s+(?:the\s+)?$/i;
const BETWEEN_PAIR_VIA_BEFORE = /\bbetween\s+(?:the\s+)?[A-Z][^,.;]{0,40}?\s+and\s+(?:the\s+)?[A-Z][^,.;]{0,30}?\s+(?:via|through|across)\s+(?:the\s+)?$/;
const ARRIVED_FROM_BEFORE = /\b(?:arriv(?:ed|ing)|c(?:ame|oming)(?:\s+back)?|return(?:ed|ing))\s+from\s+(?:the\s+)?$/i;
const BORDER_CROSSED_TAILS = tailGate(['entered', 'entering', 'enters', 'left', 'leaving', 'leaves', 'exited', 'exiting', 'into', 'of'], BORDER_CROSSED_BEFORE);
const ARRIVED_FROM_TAILS = tailGate(['from'], ARRIVED_FROM_BEFORE);
// A noun of change or contribution, what it is in or of (a few words), then "came from": the change's source, not a route.
const CHANGE_CAME_FROM_BEFORE = /\b(?:gains?|growth|increases?|rises?|declines?|drops?|falls?|decreases?|contributions?|boost|demand|drag|slowdown|upturn|downturn|rebound|jump|surge|slump)\s+(?:(?:in|of|for)\s+(?:[\w'’-]+\s+){1,3}?)?c(?:ame|omes|oming)\s+from\s+(?:the\s+)?$/i;
// ("from Thailand by road through Laos", "from China overland via Kazakhstan", "from Brazil by sea and rail via Spain": the
// means of carriage may stand between the two.)
const TRANSIT_VIA_GAP = /^\s*,?\s+(?:(?:overland\s+)?(?:by|on)\s+(?:road|rail|railway|land|sea|river|truck|trucks|lorry|lorries|train|trains|barge|barges|ship|ships)(?:\s+(?:and|or)\s+(?:road|rail|sea|river|truck|train|barge|ship)s?)?\s+|overland\s+)?(?:via|through|across|by\s+way\s+of)\s+(?:the\s+)?$/i;
const CARRIED_THROUGH_BEFORE = /\b(?:transported|shipped|carried|trucked|railed|moved|routed|hauled|transiting|transited)\s+(?:(?:overland|by\s+(?:road|rail|land|truck|train))\s+)?(?:through|via|across)\s+(?:the\s+)?$/i;
const CARRIED_THROUGH_WORDS = keywords(['transported', 'shipped', 'carried', 'trucked', 'railed', 'moved', 'routed', 'hauled', 'transit'], CARRIED_THROUGH_BEFORE);
// A route (a line, link, lane, loop, corridor: not the trains or goods on it), then what it runs by in a relative clause or a
// participle, restrictive (no comma: it says which route): "a line that runs via", "the route which passes through the port
// of", "a link running by way of", "lanes routed through". Set off by commas ("services on the western corridor, running
// through the Alashankou and Horgos ports,", "which leaves the country through": clauses.ts) it tells where the route's
// traffic crosses, the figure's area.
const ROUTE_RUNS_VIA_BEFORE = /\b(?:lines?|routes?|links?|lanes?|loops?|corridors?|connections?|channels?)\s+(?:(?:that|which)\s+(?:(?:now|also|still|mostly|mainly)\s+)?)?(?:runs?|running|ran|pass(?:es|ed|ing)?|goes|going|went|travels?|travell?(?:ed|ing)|(?:is|are|was|were)\s+routed|routed|calls?\s+at|calling\s+at|called\s+at|stops?\s+at|stopping\s+at|stopped\s+at)\s+(?:(?:via|through|by\s+way\s+of)\s+)?(?:the\s+(?:(?:sea|river|dry)\s*)?ports?\s+of\s+|the\s+)?$/i;
const ROUTE_RUNS_WORDS = keywords(['line', 'route', 'link', 'lane', 'loop', 'corridor', 'connection', 'channel'], ROUTE_RUNS_VIA_BEFORE);
// "imports jump 14% to 12.9 mln T on Brazil cargoes", "exports climb on strong China demand": a headline's cause,
// a country's goods or buying the figure moved on, not a partner of the figure (which is the whole flow). Not after a
// trade measure ("tariffs on U.S. shipments": the goods the measure falls on).
const CAUSE_ON_BEFORE = /(?<!\b(?:tariffs?|duty|duties|levies|levy|bans?|curbs?|restrictions?|sanctions|quotas?|taxe?s?|probe|controls?)\s+)\bon\s+(?:(?:strong|stronger|robust|firm|firmer|heavy|heavier|big|bigger|large|larger|record|brisk|solid|weak|weaker|soft|softer|slow|slower|more|fewer|higher|lower|rising|falling|surging|increased|reduced)\s+)?$/i;
const CAUSE_ON_AFTER = /^\s+(?:[a-z][\w-]*\s+)?(?:cargoes|shipments|arrivals|supplies|demand|buying|purchases|orders|sales)\b/;
// A sea lane named after a place ("the Taiwan Strait"), and trade carried across it to the far shore.
const STRAIT_AFTER = /^\s+Straits?\b/;
const ACROSS_WATER_BEFORE = /\b(?:across|over|spanning)\s+(?:the\s+)?$/i;
const REST_OF_BEFORE = /\b(?:to|into|from|with|for|towards)\s+(?:the\s+)?(?:rest|remainder|other\s+parts|other\s+countries)\s+of\s+(?:the\s+)?$/i;
const AREA_BEFORE = new RegExp(`\\b(?:in|through|via|at|across|of|by|inside|within|between)\\s+(?:the\\s+)?${COMPASS}*$`, 'i');
// The last words (tailWord) these expressions can end with: a preposition or a compass word ("in north-west" ends "west").
const COMPASS_TAILS = ['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'central', 'northern', 'southern', 'eastern', 'western', 'northwestern', 'northeastern', 'southwestern', 'southeastern'];
const AREA_TAILS = tailGate(['in', 'through', 'via', 'at', 'across', 'of', 'by', 'inside', 'within', 'between', ...COMPASS_TAILS], AREA_BEFORE);
const SCENERY_TAILS = tailGate(['in', 'at', 'across', 'inside', 'within', ...COMPASS_TAILS], FOREIGN_SCENERY_BEFORE);
// (Not a declared tail gate: PARTNER_BEFORE's "suppliers\s*,?\s*namely" also matches the glued "suppliersnamely", whose last
// word is none of these; kept as it reads, since the glued words are no English.)
const PARTNER_TAILS = new Set(['with', 'to', 'into', 'towards', 'for', 'on', 'from', 'and', 'particular', 'particularly', 'notably', 'especially', 'including', 'as', 'namely', 'other', 'five', 'four', 'neighboring', 'neighbouring', 'member', 'fellow', 'major', 'mainland']);
const areaBefore = (v: PlaceView) => AREA_TAILS.has(v.tail) && AREA_BEFORE.test(v.before);
const partnerBefore = (v: PlaceView) => PARTNER_TAILS.has(v.tail) && PARTNER_BEFORE.test(v.before);
const RANKED_PARTNER_AFTER = /^\s+(?:was|were|is|remained|remains|stayed|became)\s+(?:again\s+)?(?:the|its)\s+(?:single\s+)?(?:largest|biggest|top|main|leading|dominant|second[- ]largest|second[- ]biggest|third[- ]largest)\s+(?:(?:export|import|overseas|foreign)\s+)?(?:outlet|destination|market|buyer|customer|supplier|source|origin)s?\b/i;
const TRADING_PARTNER_AFTER = /^(?:\s*\([^)]{0,40}\))?(?:\s*,[^,]{0,50},)?\s+(?:has\s+|have\s+)?(?:remain(?:ed|s)?|is|are|was|were|became|become|ranked|stayed|continued\s+to\s+be)\s+(?:as\s+)?(?:[\w']+\s+){0,3}?(?:trading|trade|export|import)\s+(?:partners?|markets?|destinations?|sources?)\b/i;
const PORT_OWN_CROSSING = /^'s?\s+(?:[\w-]+\s+){0,3}?(?:port|gate|crossing|checkpoint)\b/i;
// ("Lang Son's border trade", "Dongxing's border residents' trade", "Hekou's border small-amount trade" are the place's
// trade by a mode, not an apposition; "Heilongjiang's 15 border ports" are the
// province's ports all together, whose figures are the province's, as "the province's ports" are.)
// ("Guangxi's imports through Qinzhou Port": goods routed through a port named after the possessive are no apposition;
// "Kazakhstan's exports through the checkpoint" points back to the port of the release and stays one.)
const POSSESSIVE_APPOSITION = /^'s?\s+(?!(?:imports|exports|trade)\s+(?:through|via)\s+(?!the\b))(?:[\w-]+\s+){0,3}?(?:port|airport|seaport|harbou?r|terminal|city|hub|gateway|crossing|checkpoint|pass|region|province|county|town|border(?![\s-]+(?:(?:residents?|people)['’]?|small(?:-amount)?|petty|mutual|local|trade|ports|crossings|checkpoints|gates|posts)(?![\w-]))|capital)\b/i;
// ("Xi'an's international freight train hub dispatched ...", "Urumqi's inland port handled ...", "the city's": a facility a
// place owns, named by lower-case words only and followed by no name of its own but by the clause's verb, is that place's
// own facility reporting: the place is the figure's, not a locator of a facility named elsewhere.)
// (Ranked among the place's facilities, "Chile's largest container gateway moved ...", "Peru's busiest harbour handled ...",
// "Poland's second-biggest port", it is one facility picked out of several, which the sentence names elsewhere: a locator.)
const UNNAMED_FACILITY_AFTER = /^['’]s?\s+(?!(?:[\w-]+-)?(?:largest|biggest|busiest|main|leading|principal|chief|top|premier|flagship|foremost|only|first)\b)(?:[a-z][\w-]*\s+){0,3}?(?:hub|port|airport|gateway|terminal|harbou?r|seaport)s?\s+(?!(?:of|in|at|on|near|for|and|or|as|is|was|which|that|area|zone)\b)[a-z]/;
const POSSESSIVE_APPOSITION_WORDS = keywords(['port', 'harbo', 'terminal', 'city', 'hub', 'gateway', 'crossing', 'checkpoint', 'pass', 'region', 'province', 'county', 'town', 'border', 'capital'], POSSESSIVE_APPOSITION);
// ("China's portion of what Vietnam buys abroad", "Japan's slice of Thai exports", "the EU's proportion of the total": the
// nouns a column or a thread writes for the same share, as HOLDER_OF_WHOLE_GAP reads them; "part" is left out, "Russia's
// part in the talks" being no figure.)
const POSSESSIVE_SHARE_AFTER = /^'s?\s+(?:(?:trade|turnover|trading|foreign|import|export|market)\s+){0,3}(?:share|slice|portion|proportion)\b/i;
const POSSESSIVE_SHARE_WORDS = keywords(['share', 'slice', 'portion', 'proportion'], POSSESSIVE_SHARE_AFTER);
// "China has remained Russia's largest trading partner" in a release on China: the other side's ranking is scenery.
const POSSESSIVE_PARTNER_RANK = /^'s?\s+(?:[\w-]+\s+){0,3}?(?:trading|trade)\s+partners?\b/i;
// "trains between China and Europe", "the bridge linking Heihe with ...": the places of a route are scenery ("the first
// railway bridge across the Amur between Russia and China": the river it crosses may come between).
// "the main gateway for rail freight between China and the EU": the freight of a route too ("transit between Russia and
// China", "Transit containers between China and Europe": goods on their way, not a place's trade). So are the two sides of a
// crossing ("The port, the largest land crossing between China and Russia, handled ...": the port is where the goods went).
const SERVICE_NOUN_AFTER = /^\s+(?:(?:rail|railway|container|freight|block)\s+)?(?:trains?|traffic)\b/;
const ROUTE_BEFORE = /\b(?:trains?|flights?|routes?|services?|lines?|railway|corridor|bridge|highway|channel|link|passage|connection|transit|containers|crossings?|checkpoints?|gateways?|ports?|(?:rail|railway|container|transit)\s+(?:freight|traffic))\s+(?:[\w-]+\s+)?(?:(?:across|over)\s+(?:the\s+)?[A-Z][\w-]*\s+)?between\s+(?:the\s+)?(?:\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?)?$/i;
// Both tested on the same window: one scan.
const WITH_GOODS_ARRIVING_BEFORE = /,\s+with\s+(?:[\w-]+\s+){1,8}?(?:arriving|landing|ending\s+up|reaching\s+(?:[\w-]+\s+){0,2}?)\s*in\s+(?:(?:south|north|east|west|central)(?:ern)?\s+)?$/i;
const LOCATOR_OR_ROUTE_BEFORE = anyOf([LOCATOR_BEFORE, ROUTE_BEFORE]);
// "Neighboring Chongqing reported ...", "In neighboring Chongqing Municipality, foreign trade dipped ..."; an item of a list
// opens the same way after its bullet mark ("· Neighbouring Long Beach moved 798,110 TEUs").
const SUBJECT_NEIGHBOUR = /^\s*(?:[*•·▪\-–—]\s+)?(?:(?:Meanwhile|Elsewhere),\s*)?(?:(?:In|in)\s+(?:the\s+)?)?(?:Neighbou?ring|neighbou?ring)\s+$/;
// "the most of any port in northern China": a rank too.
const RANK_IN_BEFORE = /\b(?:rank(?:ed|s|ing)?\s+(?:first|second|third|fourth|fifth|top|\w+th)|(?:largest|biggest|highest|first(?!\s+time)|No\.\s*1)(?:\s+(?!time\b)[\w-]+){0,2}|most\s+of\s+any\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:in|among)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?$/i;
// "the highest among the six provinces in central China", "ranked third among cities in the country": the
// whole the ranked places belong to is scenery too.
const RANK_AMONG_BEFORE = new RegExp(`\\b(?:rank(?:ed|s|ing)?\\s+\\w+|largest|biggest|highest|fastest|first|top|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\\s+(?:spot|place|position|slot)))(?:\\s+(?:spot|place|position|slot))?\\s+among\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:provinces|regions|cities|municipalities|ports|economies|countries)\\s+(?:in|of|across)\\s+(?:the\\s+)?${COMPASS}*$`, 'i');
// ", capital of northwest China's", ", the provincial capital of": an apposition naming where a city lies.
// ", a county-level city administered by", ", a city under": so does one naming the city above it.
// "842,000 tonnes were transshipped between the Laos-China Railway and trucks": the railway goods are moved off or onto
// at a hub is no place of the figure.
// "moved by rail between the port and Erenhot": the other end of a route from the place the release is on is scenery.
const BETWEEN_ANAPHOR_AND_BEFORE = /\bbetween\s+(?:the|this|its)\s+(?:port|terminal|hub|city|zone|station|park)\s+and\s+(?:the\s+)?$/i;
const TRANSFERRED_BETWEEN_BEFORE = /\b(?:trans-?s?hipped|transferred|reloaded)\s+between\s+(?:the\s+)?$/i;
const TOWN_IN_COUNTRY_BEFORE = /\b(?:to|from|at|near|for)\s+(?:[A-Z][a-z]+\s+){1,2}in\s+$/;
// "Tangshan, home to the province's steel industry and the Caofeidian port area, led the cities with ...": what a place
// is home to, in an aside after it, is part of the scenery that describes it, not whose figure it is.
// "Chongzuo, the border city that is home to the Youyiguan and Pingxiang ports, handled ...": an apposition may name what
// the place is before the words "that is home to".
// "Chongzuo, the prefecture-level city on the Vietnamese border that administers the county-level city of Pingxiang, saw ...",
// "Hulunbuir, the city that administers Manzhouli, traded ...": what the place administers is scenery the same way.
// "The Dongguan Comprehensive Bonded Zone, located in the Humen port area, handled ...": where a place lies, in an aside
// after it, is scenery the same way.
const HOME_TO_GAP = /^\s*,\s+(?:(?:which\s+is\s+|and\s+|(?:the|a|an)\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+is\s+)?home\s+to|(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+|which\s+)?(?:administers|oversees|governs)|(?:which\s+is\s+)?(?:located|situated)\s+(?:in|at|within|inside))\s+[^,;.()]{0,100}$/i;
// "The zone, which covers 120 square kilometres across Nanning, the Qinzhou port area and Chongzuo, accounted for ...": places
// listed in a which-clause saying what the subject (a kind word pointing back) takes in are scenery, not whose figure it is.
// Each later part of the list opens with a name, so a place after the clause has closed (", accounted for ... of Guangxi's")
// is not in it.
const SUBJECT_SPANS_BEFORE = /^\s*(?:The|This|Its)\s+(?:[\w-]+\s+){0,3}?(?:zone|FTZ|port|city|park|hub|area|region|province|county|district)\s*,\s+(?:which|that)\s+(?:covers|spans|includes|comprises|straddles|encompasses|stretches\s+(?:across|over)|extends\s+(?:across|over)|consists\s+of|is\s+made\s+up\s+of|takes\s+in)\b(?:[^,;.()]|\.\d){0,80}(?:,\s*(?:and\s+)?(?:the\s+)?(?:[A-Z](?:[^,;.()]|\.\d){0,40})?)*$/;
const subjectSpans = (v: PlaceView): boolean => v.r.start < 240 && (v.s.includes('which') || v.s.includes('that')) && SUBJECT_SPANS_BEFORE.test(v.s.slice(0, v.r.start));
// "mostly apples and pears grown in northern China", "shoes made in Fujian": where the goods were grown or made at home says
// what they are, not whose figure it is (a foreign country so named keeps the role its words give it: the goods' origin).
const GROWN_IN_BEFORE = new RegExp(`\\b(?:grown|produced|made|mined|harvested|manufactured|raised|farmed|caught)\\s+in\\s+(?:the\\s+)?${COMPASS}?$`, 'i');
const grownAtHome = (v: PlaceView): boolean => v.before.includes(' in ') && GROWN_IN_BEFORE.test(v.before) && !(countryOrGroup(v.kind) && isForeign(v));
// "..., customs officers at the Mohan railway port said": the place of the people a closing attribution quotes is where the
// words come from, not whose figures they are (as a port's operator or a customs office that "said" them).
const SPEAKERS_AT_BEFORE = /,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:officers?|officials?|spokes(?:man|woman|person)|staff|workers?|managers?|directors?)\s+(?:at|of|from|with)\s+(?:the\s+)?$/i;
const SAID_AFTER = /^(?:\s+[\w-]+){0,3}?\s+(?:said|says|told|added)\b/i;
const speakersAt = (v: PlaceView): boolean => v.before.includes(',') && SPEAKERS_AT_BEFORE.test(v.before) && SAID_AFTER.test(v.after);
// "..., Deputy Director Li told a press conference in Guangzhou", "said during a visit to Beijing", "told a business forum
// ... in Shanghai": where an event that words came from was held is the venue, not whose figures they are.
const VENUE_BEFORE = /\b(?:(?:press|news|media)\s+(?:conference|briefing|event)|briefing|forum|ceremony|summit|symposium|seminar|expo|exhibition|fair|meeting|talks|visit|sidelines\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?)\s+(?:(?:held|hosted|organi[sz]ed|convened|staged)\s+)?(?:in|at|to)\s+(?:the\s+)?$/i;
const VENUE_WORDS = keywords(['conference', 'briefing', 'event', 'forum', 'ceremony', 'summit', 'symposium', 'seminar', 'expo', 'exhibition', 'fair', 'meeting', 'talks', 'visit', 'sidelines'], VENUE_BEFORE);
// "Kazakh trade minister in Beijing: ...", "the visiting delegation in Hanoi": where a travelling official or delegation is
// speaking is where the words were said, not whose trade they report (the minister's country, named before, is).
const VISITOR_IN_BEFORE = /\b(?:minister|ambassador|envoy|delegation|premier|president|vice-president|chancellor|secretary|commissioner)\s+in\s+$/i;
const VISITOR_WORDS = keywords(['minister', 'ambassador', 'envoy', 'delegation', 'premier', 'president', 'chancellor', 'secretary', 'commissioner'], VISITOR_IN_BEFORE);
// "as the lockdown in Shanghai eased", "a strike at the port of Santos", "Shanghai's two-month lockdown", "the Wuhan outbreak",
// "floods across Henan", "after a typhoon hit Zhejiang", "a COVID-19 resurgence in Ruili": a place named as the scene of an event
// that is no trade (an outbreak and its controls, a strike, a storm, a flood, a fire, a protest) is scenery; the figures of the
// release stay with its subject, in that sentence and the next ones.
// (a242) Wars and their kin are such events: "as crude prices soared after the invasion of Ukraine", "since the war in Sudan
// began", "the conflict in Yemen", "fighting in eastern Congo", "the coup in Niger", "sanctions against Iran", "the embargo on
// Cuba" (a country so named is no area, nor the area of the next sentences); a trade, tariff or price war is trade, not one.
export const EVENT_NOUN = String.raw`(?:lockdowns?|outbreaks?|resurgences?|flare-ups?|epidemic|pandemic|quarantines?|(?:epidemic|COVID(?:-19)?|virus|pandemic)\s+(?:controls?|curbs?|restrictions?)|strikes?|walkouts?|stoppages?|protests?|unrest|riots?|typhoons?|cyclones?|storms?|hurricanes?|floods?|flooding|earthquakes?|quakes?|droughts?|fires?|blasts?|explosions?|(?<!\b(?:trade|tariff|price|chip|currency|tech)\s)wars?|invasions?|(?:armed\s+)?conflicts?|fighting|hostilities|coups?|sanctions|embargo(?:es)?)`;
const SCENE_OF_EVENT_BEFORE = new RegExp(String.raw`\b${EVENT_NOUN}\s+(?:(?:that|which)\s+)?(?:(?:in|at|across|around|near|over|of|against|on|hit(?:ting)?|struck|striking|swept|sweeping|battered|battering|paralys(?:ed|ing)|paralyz(?:ed|ing)|shut(?:ting)?|(?:hit|struck|swept|battered)\s+(?:through\s+)?)\s+)?(?:the\s+)?(?:(?:port|city|province|town|region|municipality)\s+of\s+(?:the\s+)?)?$`, 'i');
const SCENE_OF_EVENT_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?${EVENT_NOUN}\b`, 'i');
/** The words of EVENT_NOUN, to guard a pattern built on it. */
export const EVENT_NOUN_WORDS = ['lockdown', 'outbreak', 'resurgence', 'flare-up', 'epidemic', 'pandemic', 'quarantine', 'controls', 'control', 'curb', 'restriction', 'strike', 'walkout', 'stoppage', 'protest', 'unrest', 'riot', 'typhoon', 'cyclone', 'storm', 'hurricane', 'flood', 'earthquake', 'quake', 'drought', 'fire', 'blast', 'explosion', 'war', 'invasion', 'conflict', 'fighting', 'hostilities', 'coup', 'sanctions', 'embargo'];
const EVENT_WORDS = keywords(EVENT_NOUN_WORDS, SCENE_OF_EVENT_BEFORE, SCENE_OF_EVENT_AFTER);
// "as factories in and around Shanghai resumed work after a lockdown", "as Shanghai reopens", "after Ningbo port was hit by a
// typhoon", "while plants across Jilin restarted", "because the city of Dalian had been sealed off": a place that is (or is where
// the subject of) a clause of cause or circumstance stands, whose verb says it was shut, struck, reopened or recovered, is the
// scene of that event, scenery too; the figures stay with the release's subject.
const CIRCUMSTANCE_BEFORE = /\b(?:as|after|while|because|when|once|since|until|before|now\s+that)\s+(?:(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:in|at|across|around|near|throughout|of)\s+(?:and\s+(?:around|near)\s+)?)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:port|city|province|town|region|municipality|hub)\s+of\s+(?:the\s+)?)?$/i;
const SCENE_VERB = String.raw`(?:resum(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|recover(?:s|ed|ing)?|restart(?:s|ed|ing)?|re-?start(?:s|ed|ing)?|(?:emerg(?:e|es|ed|ing)|came|comes|coming)\s+(?:out\s+)?(?:of|from)|(?:lock|locks|locked|locking|shut|shuts|shutting|sealed|closed)\s+(?:down|off)|locked|sealed|(?:hit|struck|battered|paralys(?:ed)|paralyz(?:ed)|disrupted|crippled|flooded)\s+by|reel(?:s|ed|ing)?\s+from|(?:eas|lift|relax)(?:es|ed|ing)\s+(?:its\s+|the\s+)?(?:lockdown|curbs|restrictions|controls))`;
const CIRCUMSTANCE_AFTER = new RegExp(String.raw`^(?:\s+(?:port|city|province|town|region|municipality|hub))?\s+(?:(?:had|has|have|was|were|is|are|been|being|got|gets|began\s+to|begins\s+to|started\s+to|starts\s+to|[a-z]+ly)\s+){0,3}${SCENE_VERB}\b`, 'i');
const SCENE_VERB_WORDS = keywords(['resum', 'reopen', 'recover', 'start', 'emerg', 'came', 'comes', 'coming', 'lock', 'shut', 'sealed', 'closed', ' by', 'reel', 'eas', 'lift', 'relax'], CIRCUMSTANCE_AFTER);
const CIRCUMSTANCE_WORDS = keywords(['as', 'after', 'while', 'because', 'when', 'once', 'since', 'until', 'before', 'now'], CIRCUMSTANCE_BEFORE);
const sceneOfCircumstance = (v: PlaceView): boolean =>
  mentions(v.s, SCENE_VERB_WORDS, v.r.end, v.r.end + 80) && near(v, CIRCUMSTANCE_WORDS) && CIRCUMSTANCE_AFTER.test(v.after.slice(0, 80)) && CIRCUMSTANCE_BEFORE.test(v.before);
const sceneOfEvent = (v: PlaceView): boolean => (near(v, EVENT_WORDS) && SCENE_OF_EVENT_BEFORE.test(v.before)) || (mentions(v.s, EVENT_WORDS, v.r.end, v.r.end + 60) && SCENE_OF_EVENT_AFTER.test(v.after.slice(0, 60))) || sceneOfCircumstance(v);
const venueOf = (v: PlaceView): boolean => (near(v, VENUE_WORDS) && VENUE_BEFORE.test(v.before)) || (v.tail === 'in' && near(v, VISITOR_WORDS) && VISITOR_IN_BEFORE.test(v.before));
// "Trade in the Shantou Customs district, which covers the three cities of Shantou, Chaozhou and Jieyang, came to ...", "the
// Huangpu Customs district, comprising Dongguan and parts of Guangzhou, ...", "Yili, which has jurisdiction over Horgos, ...":
// the towns a place takes in, listed in a clause of covering after it (a relative or a participle, with or without a counted
// plural of towns), are its parts, scenery; the place before the clause is whose figure it is. Each town of the list is read
// so, as the list goes on with commas and "and".
const PARTS_LIST_GAP = /^\s*,\s+(?:(?:which|that|whose\s+(?:district|jurisdiction|area|territory|remit))\s+(?:covers|covered|spans|comprises|embraces|encompasses|takes\s+in|consists\s+of|is\s+made\s+up\s+of|has\s+jurisdiction\s+over|is\s+responsible\s+for)|covering|spanning|comprising|embracing|encompassing|taking\s+in|consisting\s+of|made\s+up\s+of|responsible\s+for|with\s+jurisdiction\s+over)\s+(?:[\w-]+\s+){0,5}?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][\w-]*\s+){0,3}?)*$/;
const PARTS_LIST_WORDS = keywords(['covers', 'covered', 'covering', 'spans', 'spanning', 'comprises', 'comprising', 'embraces', 'embracing', 'encompasses', 'encompassing', 'takes', 'taking', 'consists', 'consisting', 'made', 'jurisdiction', 'responsible'], PARTS_LIST_GAP);
/** Whether the place is named in what the area before it, in the same sentence, is "home to" or takes in. */
const homeToOf = (v: PlaceView): boolean => {
  const owner = v.places.findLast((p) => p.role === 'area');
  if (owner === undefined) return false;
  const gap = v.s.slice(owner.end, v.r.start);
  return HOME_TO_GAP.test(gap) || (gap.length < 160 && mentions(v.s, PARTS_LIST_WORDS, owner.end, v.r.start) && PARTS_LIST_GAP.test(gap));
};
// "trucks or the metre-gauge line to Nong Khai": the town a line, road or route leads to is its far end, not whose figure it is.
// Any noun of a way built between places: "the second track to Zabaikalsk", "the spur to the mine at Tavan Tolgoi", "the
// pipeline towards Daqing", "a new expressway link to Khorgos".
// The far end may be the town of a terminal the way leads to: "a new route to the rail terminal at Kolin", "the line to the
// freight village in Nola", "a link to the logistics centre of Dunajska".
const ROUTE_TO_BEFORE = /\b(?:line|railway|railroad|rail\s+link|road|route|highway|bridge|tracks?|spur|branch|link|pipeline|tunnel|canal|expressway|motorway|connection)\s+(?:to|towards?)\s+(?:(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?(?:terminal|hub|yard|station|depot|freight\s+village|logistics\s+(?:centre|center|park|base)|dry\s+port|inland\s+port)\s+(?:at|in|of)\s+)?$/i;
// "left the Xi'an International Port Station on December 3, bound for Malaszewicze in Poland": a town or port a train or
// ship is heading for (or "heading south to") is the far end of its run, not whose figure it is (a country so named stays the
// partner).
// ("Of the trips, 2,710 ran south to Qinzhou Port": a run one way of the compass to a port ends there too.)
const HEADING_FOR_BEFORE = /\b(?:(?:bound|destined|headed|heading)\s+(?:(?:(?:north|south|east|west)(?:wards?)?\s+)?to|for)|(?:ran|went|travell?ed)\s+(?:north|south|east|west)(?:wards?)?\s+to)\s+(?:the\s+)?$/i;
// (a248) "boxes loaded onto outbound feeders for Rotterdam and Hamburg", "ships for Antwerp", "sailings for Gdansk, Klaipeda or
// Tallinn": a town or port after "for" a vessel or service is where the carrier goes, the far end of its run, every town of the
// list (a country so named stays the partner).
const CARRIER_FOR_BEFORE = /\b(?i:feeders?|vessels?|ships?|barges?|sailings?|services|trains|trucks|flights|voyages|calls|liners?|tankers?|carriers?)\s+for\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|or)\s+)?$/;
const CARRIER_FOR_TAILS = tailGate(['for', 'and', 'or'], CARRIER_FOR_BEFORE);
// "Chongqing ran 2,117 train trips to and from Qinzhou Port": after a place the sentence already gives the figure to, the
// place a run goes "to and from" is its other end (alone, "Trains to and from Chongqing rose ..." are Chongqing's).
const TO_AND_FROM_BEFORE = /\b(?:to\s+and\s+from|from\s+and\s+to)\s+(?:the\s+)?$/i;
// The runs or loads such a count is of ("train trips", "services", "flights", "TEUs", "cargo"), in the words before the place.
const RUNS_BEFORE = /\b(?:trains?|trips|runs|journeys|services|flights|voyages|sailings|TEUs?|containers|cargo|freight)\b[^.;]{0,60}$/i;
// "The Osh freight terminal received 82 container trains from Kashgar": the town trains a place received came from is the
// other end of their route, not whose count it is.
// ("received 58 block trains from Chengdu and Xi'an": every town of the list.)
const TRAINS_RECEIVED_FROM_BEFORE = /\b(?:received|welcomed|took\s+in)\s+(?:[\w,.-]+\s+){1,4}?(?:trains|services)\s+from\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|and\s+))*$/;
// "Yen Vien station, the main assembly point for Vietnam's freight trains to China, dispatched ...": whose trains a hub or
// point serves, in words describing it, is scenery.
const HUB_FOR_BEFORE = /\b(?:hub|point|gateway|centre|center|base)\s+for\s+$/i;
const CAPITAL_OF_BEFORE = /,\s*(?:(?:the\s+)?(?:(?:provincial|regional)\s+)?capital\s+(?:city\s+)?of|(?:an?|the)\s+(?:(?:county|prefecture)[- ]level\s+)?city\s+(?:administered\s+by|under(?:\s+the\s+(?:jurisdiction|administration)\s+of)?))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$/i;
// "followed by Russia with 17.9%", "ahead of the United Kingdom (12.8%)": the others of a ranked list of partners.
// "led by France with 8,300 tonnes", "topped by Iran": the first of the partners a total breaks into.
// "The largest shares in the FTT are taken by China (18.6%), Russia (16.9%)": a country a share is "taken", "held" or
// "accounted for" by is the partner holding it, not a place "by" which goods went.
const FOLLOWED_BY_BEFORE = /\b(?:followed\s+by|ahead\s+of|(?:led|headed|topped|taken|held|occupied|accounted\s+for)\s+by)\s+(?:the\s+)?$/i;
// "about 13.5% of those of Zhejiang province": or by a pronoun standing for the part's own flow.
// "48.6 percent of the foreign trade of Fujian province": the whole may be named before the place ("48.6pc of", "48.6 pct of").
// "its share in China's total border trade made up 51 percent": agency English takes a share "in" the whole; "its" is the
// figure before it ("Russia's share in Kazakhstan's trade" is a partner's share, and Kazakhstan the area, elsewhere).
const SHARE_OF_BEFORE = /(?:(?:%|\bper\s?cent|\bpercent|(?<=\d\s?)pct?|\bshare)\s+of|\b(?:its|their)\s+share\s+in)\s+(?:the\s+)?(?:(?:total\s+|overall\s+)?(?:foreign\s+trade|trade|exports|imports|import\s+and\s+export\s+value|those|that)\s+of\s+(?:the\s+)?)?$/i;
const BLOC_PREFIX_BEFORE = /\b(?:extra|intra)-$/i;
// "The EU recorded a €6.1 bn surplus", "Euro area posts EUR 22.3 bn goods surplus" (a headline's amount with no article), "The
// euro area (EA20) exported goods worth", "the euro area surplus reached": a bloc posting a balance, trading goods as the
// subject of the verb, or naming its own balance, in any tense and with its member count in brackets.
const BLOC_POSTED_AFTER = /^(?:\s*\([A-Za-z0-9]{1,8}\))?\s+(?:(?:also|thus|therefore)\s+)?(?:(?:recorded|posted|registered|ran|logged|reported|records|posts|registers|runs|logs|reports)\s+(?:(?:a|an|its)\s|(?:EUR|USD|US\$|€|\$|£)\s?\d|\d)|(?:exported|imported|sold|bought|shipped|exports|imports|sells|buys|ships)\s+(?:goods|products|merchandise)\b|(?:(?:goods|merchandise|trade)\s+)?(?:surplus|deficit)\b)/;
const PARTNER_ONLY_BEFORE = /\b(?:with|to|into|towards|from|between|and)\s+(?:the\s+)?$/i;
const ADJECTIVE_PARTNER_AFTER = /^\s+(?:trading\s+|trade\s+|business\s+)?(?:partners?|counterparts?|side|companies|firms|enterprises|buyers|importers|suppliers|markets?|customers|clients)\b/i;
// "the countries of Asia", "states of the EAEU": the head noun hides the role word before it.
const DESCRIBING_APPOSITION_GAP = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:of|for|in)\s+$/;
// ", the main freight terminal of the " between a place and one in the apposition that describes it.
const PLACE_APPOSITION_GAP = /^,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?|part\s+)(?:of|on|in)\s+(?:the\s+)?$/;
/**
 * "The Vientiane South Station, the main freight terminal of the Laos-China Railway in the capital, handled ...": the place
 * (a railway or corridor, `corridor`) is in an apposition describing the area before it, and only places that one.
 */
const inPlaceApposition = (v: PlaceView): boolean => v.prev !== undefined && v.prev.role === 'area' && PLACE_APPOSITION_GAP.test(v.s.slice(v.prev.end, v.r.start)) && /^[^,;.]{0,40},/.test(v.after);
const FIGURE_PREDICATE_BEFORE = /\d\s*(?:[A-Za-z%]+\s+){0,2}?(?:were|was)\s+$/;
const MEMBERS_OF_BEFORE = /\b(?:countries|states|nations|members|member states|economies)\s+of\s+(?:the\s+)?$/i;
// ("Since the first train left Chongqing for Duisburg in March 2011": the far end of that first trip is scenery too.)
const SINCE_EVENT_BEFORE = /\bsince\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,4}?(?:left|departed|set\s+off\s+from|opened\s+in|started\s+from|ran\s+from|arrived\s+in)\s+(?:the\s+)?(?:[A-Z][\w'’]+\s+(?:[A-Z][\w'’]+\s+)?(?:for|to)\s+(?:the\s+)?)?$/i;
// "the opening of the China-Laos Railway", "since the launch of": an event of the corridor, not its goods.
const CORRIDOR_EVENT_BEFORE = /\b(?:opening|launch|construction|completion|inauguration|operation)\s+of\s+(?:the\s+)?$/i;
// "the China Railway Kunming Group", "the Kunming Railway Bureau": a company or office named after a place.
// "Guangxi Daily", "Inner Mongolia News Network", "Zhejiang Online": a news outlet named after a place, as a company is.
// "China Railway Nanning Bureau Group": a city between the railway and its bureau is part of the company's name.
// "Beijing ATO", "Guangzhou Agricultural Trade Office", "Embassy": the office that writes a report, not the place it reports on.
const COMPANY_AFTER = /^\s+(?:(?:Railway|Port|Logistics|Trade|Trading|Investment)\s+(?:[A-Z][a-z]+\s+){0,2})?(?:Group|Co\.|Company|Corporation|Bureau)\b|^\s+(?:Daily|Evening\s+News|News\s+(?:Network|Net|Agency)|Online|Television|TV|ATO|Agricultural\s+Trade\s+Office|Embassy|Consulate)\b/;
// "the China-Europe freight train from Yiwu", "the Railway Express from Xi'an": a service is counted where it runs from.
// ("China-Europe freight trains operating from the Zhengzhou hub", "trains running from and to Chengdu": a participle of
// running may come before "from", and the way back after it.)
// ("630 China-Europe trains ran from Qingdao", "services went from", "trains were run from", "trips travelled from": a train's
// verb of running, in any tense, after its noun, a142.)
const DEPARTED_FROM_BEFORE = /\b(?:departed|departing|departs|left|leaving|leaves|set\s+off|setting\s+off|sets\s+off|started|starting|(?:(?:freight\s+)?trains?|Railway\s+Express|train\s+services?)(?:\s+(?:operating|operated|running|run))?|(?:trains?|Express|services?|trips|runs)(?:\s+(?:were|was|have|had)(?:\s+been)?)?\s+(?:ran|runs|run|went|travell?ed|rolled\s+out|pulled\s+out|headed\s+out))\s+from\s+(?:and\s+to\s+)?(?:the\s+)?$/i;
const LOCATOR_OR_ROUTE_WORDS = keywords(['according', 'made', 'produced', 'manufactured', 'packaged', 'processed', 'refined', 'smelted', 'milled', 'roasted', 'ground', 'crushed', 'packed', 'bottled', 'canned', 'finished', 'border', 'gateway', 'transit', 'bridge', 'neighbo', 'adjacent', 'close', 'next', 'bound', 'corridor', 'near', 'between', 'face', 'facing', 'opposite', 'across', 'linked', 'crossing', 'checkpoint', 'gate', 'pass', 'link', 'ferry', 'lead', 'open', 'connect', 'look', 'gaz', 'run', 'reach', 'go', 'arriv', 'land'], LOCATOR_OR_ROUTE_BEFORE);
const ANAPHOR_LOCATED_WORDS = keywords(['port', 'checkpoint', 'crossing', 'city', 'zone', 'hub'], ANAPHOR_LOCATED_BEFORE);
// "the second-fastest among China's provincial-level regions": the whole named by its possessive is scenery too.
// "kept its top spot among China's provincial-level regions", "held its second place among ...": the rank may be a place
// held ("spot", "place", "position").
const RANK_AMONG_OWNER_BEFORE = /\b(?:rank(?:ed|s|ing)?\s+\w+|largest|biggest|highest|fastest|first|top|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+(?:spot|place|position|slot)))(?:\s+(?:spot|place|position|slot))?\s+among\s+(?:all\s+)?(?:the\s+)?$/i;
const RANK_AMONG_OWNER_AFTER = /^'s?\s+(?:[\w-]+\s+){0,3}?(?:provinces|regions|cities|municipalities|ports|economies|countries)\b/i;
// "keeping the province in second place among China's exporting provinces behind Guangdong", "ranked third after Jiangsu",
// "second only to Shanghai", "trailing only Guangdong", "the runner-up, behind Ningbo-Zhoushan": the place a ranked place
// comes behind is the one above it in the ranking, scenery, not whose figures the release gives ("ranked third in Guangdong,
// after Shenzhen and Guangzhou": every place of the list).
const RANKED_BEHIND_BEFORE = /\b(?:(?:second|third|fourth|fifth|next|runner-up)\s+(?:only\s+)?(?:to|behind|after)|(?:place|spot|position|slot|runner-up|rank(?:ed|s|ing)?\s+\w+|(?:second|third|fourth|fifth)(?:[- ](?:largest|biggest|busiest))?)\b[^.;]{0,70}?\b(?:behind|after|trailing|below)|\btrail(?:s|ed|ing)\s+only|\bbehind\s+only)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|and\s+)){0,4}$/i;
const RANKED_BEHIND_WORDS = keywords(['behind', 'after', 'trailing', 'below', 'trail', 'to'], RANKED_BEHIND_BEFORE);
// How far before a place the words of a rank among places may start ("first among the 12 provincial-level regions in western").
const RANK_REACH = 90;
const RANK_IN_WORDS = keywords(['rank', 'largest', 'biggest', 'highest', 'fastest', 'first', 'top', 'no.', 'most', 'spot', 'place', 'position', 'slot'], RANK_IN_BEFORE, RANK_AMONG_BEFORE, RANK_AMONG_OWNER_BEFORE);
const SHARE_OF_WORDS = keywords(['%', 'cent', 'pc', 'share'], SHARE_OF_BEFORE);
const SHARE_OF_PARTNER_BEFORE = /\bshare\s+of\s+(?:the\s+)?$/i;
const SHARE_IN_WHOLE_AFTER = /^\s+(?:(?:countries|states|economies|member\s+states)\s+)?in\s+(?:it\b|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:turnover|trade|exports|imports)\b)/i;
// "..., of the countries of the Asia-Pacific Economic Cooperation 31.4%", "..., and of Armenia less than 1%": the list may
// name a bloc by its members and close with "and".
const SHARE_LIST_OF_GAP = /^(?:[^.;]|\.(?=\d)){0,80}?,\s*(?:and\s+)?of\s+(?:the\s+)?(?:(?:countries|states|members|member\s+states)\s+of\s+(?:the\s+)?)?$/;
// The dash may be left out: "of the CIS countries 21.3%"; a bound may come before the figure ("less than 1%").
const DASHED_SHARE_AFTER = /^\s+(?:(?:countries|states|economies)\s+)?(?:[—–-]\s*)?(?:(?:less|more|fewer)\s+than\s+|over\s+|under\s+|about\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct?\b)/i;
// "In the mutual trade the share of Russia is 91.8%", "In the structure of the foreign trade turnover the share of the EU
// countries made up 36.2%": the CIS wording may name the whole before "the share of" instead of after it.
const WHOLE_THEN_SHARE_OF_BEFORE = /\b[Ii]n\s+(?:the\s+)?(?:structure\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?(?:turnover|trade)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,?\s+the\s+share\s+of\s+(?:the\s+)?$/;
const SHARE_STATED_AFTER = /^\s+(?:(?:countries|states|economies|member\s+states)\s+)?(?:is|was|made\s+up|amounted\s+to|accounted\s+for|came\s+to|reached|totall?ed|equalled|stood\s+at)\s+(?:(?:about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)/i;
// Between a share's holder and the country whose trade the share is of: "Brazil's share of", "(giving Australia) a 61%
// share of", "(China) took 84% of"; "ASEAN's slice of", "the EU's portion of" (a column's words for the same share).
const HOLDER_OF_WHOLE_GAP = /^(?:'s?\s+(?:market\s+)?(?:share|slice|portion|proportion)|\s+(?:(?:took|bought|received|absorbed|accounted\s+for|made\s+up|held|had)\s+)?(?:an?\s+)?(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than)\s+)?[\d.]+\s*(?:%|per\s?cent|percent|pct?)(?:\s+(?:market\s+)?share)?)\s+of\s+(?:the\s+)?$/i;
const wholeAfter = (nouns: string) => new RegExp(String.raw`^'s?\s+(?:[\w-]+\s+){0,3}?(?:${nouns})\b`, 'i');
const WHOLE_FLOW_NOUNS = 'imports|purchases|exports|shipments|sales';
const WHOLE_FLOW_AFTER = wholeAfter(WHOLE_FLOW_NOUNS);
// "Kazakhstan accounted for 46.1% of China's trade with ...": a country's whole trade may be the whole a share is of, too.
const WHOLE_FLOW_OR_TRADE_AFTER = wholeAfter(`${WHOLE_FLOW_NOUNS}|trade|turnover`);
const FIRST_FIGURE_SHARE_BEFORE = /^[^\d]*\d[\d.]*\s*(?:%|per\s?cent|percent|pct?)\s+of\s+$/i;
// A pronoun or a kind word standing for a place named before: "its", "the port's", "The city".
const PLACE_STAND_IN = /\b(?:its|their|the\s+(?:port|city|zone|region|province|county|hub|checkpoint|crossing|station|terminal|country|state)(?:['’]s)?)\b/i;
const SHARE_WORDS = keywords(['share'], SHARE_OF_PARTNER_BEFORE);
// Words every match of the expression has (in lower case): found by the sentence's one keyword scan, tested before the expression runs.
const PART_WORDS = keywords(['most', 'much', 'many', 'several', 'all', 'some', 'part', 'half', 'bulk', 'majority', 'third', 'quarter', 'largely', 'mainly', 'chiefly'], PART_ROUTED_BEFORE);
const CAUSE_WORDS = keywords(['cargoes', 'shipments', 'arrivals', 'supplies', 'demand', 'buying', 'purchases', 'orders', 'sales'], CAUSE_ON_AFTER);
const RANKED_WORDS = keywords(['largest', 'biggest', 'top', 'main', 'leading', 'dominant'], RANK_HOLDER.after, RANKED_PARTNER_AFTER);
const CAPITAL_OF_WORDS = keywords(['capital', 'city'], CAPITAL_OF_BEFORE);
const SINCE_WORDS = keywords(['since'], SINCE_EVENT_BEFORE);
const PARTNER_RANK_WORDS = keywords(['partner'], POSSESSIVE_PARTNER_RANK);
// The last words (tailWord) before a place that "the line to", "bound for the" end with.
const ROUTE_TO_TAILS = tailGate(['to', 'toward', 'towards', 'for', 'at', 'in', 'of'], ROUTE_TO_BEFORE, HEADING_FOR_BEFORE);
const TO_AND_FROM_TAILS = tailGate(['from', 'to'], TO_AND_FROM_BEFORE);
const NETWORK_WORDS = keywords(['countries', 'regions', 'cities', 'destinations', 'ports', 'stations'], IN_AFTER_NETWORK);
const NETWORK_EXAMPLE_WORDS = keywords(['cities', 'destinations', 'ports', 'stations', 'airports', 'hubs', 'terminals'], NETWORK_EXAMPLES_BEFORE);
const PARTS_IN_WORDS = keywords(['areas', 'parts', 'sections', 'districts', 'zones'], PARTS_IN_BEFORE);

// Between the holder of a share of goods and the country they were sent from: "took 66.5% of all live cattle shipped from", "bought
// 40 percent of the beef exported from", "received a third of ..." is no percentage and is left out.
// The goods a share is taken of, named by the place they were sent from: "of all live cattle shipped from", "of the beef
// exported overseas from" (also flow-choice.ts: such a share is of the sending place's exports).
export const GOODS_SENT_FROM = String.raw`of\s+(?:(?:all|the|total)\s+){0,2}(?:[\w-]+\s+){0,4}?(?:shipped|exported|sent|sold|supplied|delivered)\s+(?:abroad\s+|overseas\s+)?from`;
export const GOODS_SENT_FROM_VERBS = ['shipped', 'exported', 'sent', 'sold', 'supplied', 'delivered'];
// "of the volume of barley the country exported", "of all the wheat it sold", "of the soybeans which the nation had shipped": the
// goods a share is taken of, named by a seller pointed back to (place-choice.ts finds the seller; flow-choice.ts: its export).
export const GOODS_A_POINTER_SENT = String.raw`of\s+(?:(?:all|the|total)\s+){0,2}(?:[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?:the\s+(?:country|nation|kingdom|republic|bloc)|it|they)\s+(?:(?:had|has|have)\s+)?(?:exported|shipped|sold|sent|supplied)\b`;
const TOOK_SHARE_OF_GOODS_FROM = String.raw`(?:took|bought|received|absorbed|accounted\s+for|made\s+up|purchased|imported)\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?[\d.]+\s*(?:%|per\s?cent|percent|pct)\s+${GOODS_SENT_FROM}\s+(?:the\s+)?$`;
const HOLDER_OF_GOODS_FROM_GAP = new RegExp(String.raw`^\s+${TOOK_SHARE_OF_GOODS_FROM}`, 'i');
// "China is now the main market for Laos: it took 31 percent of all goods shipped from Laos", "..., which bought 40% of the
// beef exported from Brazil", "The country alone absorbed 58 percent of the coal sold from Mongolia": a holder only pointed
// back to (a pronoun, a relative, "the country") takes the share as a named one does; the place the goods left is the area.
const POINTER_HOLDER_OF_GOODS_FROM_BEFORE = new RegExp(String.raw`(?:^|[\s:;,(])(?:it|they|which|the\s+(?:country|nation|kingdom|republic|bloc|union))\s+(?:(?:alone|also|now|again|then|still)\s+)?${TOOK_SHARE_OF_GOODS_FROM}`, 'i');
const SENT_FROM_WORDS = keywords(GOODS_SENT_FROM_VERBS, HOLDER_OF_GOODS_FROM_GAP);

/** "Indonesia took 66.5% of all live cattle shipped from Australia": the first country holds a share of goods sent from the second. */
function holdsShareOfGoodsFrom(s: string, holder: { end: number; kind: PlaceKind; name: string }, source: { start: number }, sourceName: string): boolean {
  return countryOrGroup(holder.kind) && holder.name !== sourceName && source.start - holder.end < 160 && HOLDER_OF_GOODS_FROM_GAP.test(s.slice(holder.end, source.start));
}
/** "Brazil's share of China's", "China took 84% of Australia's": two countries, the first holding a share of the second's trade. */
function holdsShareOf(s: string, holder: { end: number; kind: PlaceKind; name: string }, whole: { start: number }, wholeName: string): boolean {
  return countryOrGroup(holder.kind) && holder.name !== wholeName && HOLDER_OF_WHOLE_GAP.test(s.slice(holder.end, whole.start));
}
// "Kazakhstan's share was 9.8%, Mongolia's — 3.1%": in translated lists a dash stands for the verb left out; in English the
// verb may go with no mark at all ("Russia's share was 15.9% and Kazakhstan's 7.5%"), the percentage then ending the item
// ("Kazakhstan's 12.4% growth in imports" is a change of that country's own trade, no share).
const PERCENT = String.raw`[\d.]+\s*(?:%|percent|per\s+cent|pct?\b)`;
const POSSESSIVE_SHARE_ELLIPSIS = new RegExp(String.raw`^['’]s?\s+(?:(?:(?:at|was|were|stood\s+at|reached|came\s+to)\s+|[—–-]\s*)${PERCENT}|${PERCENT}(?=\s*(?:[,;.)]|$)|\s+(?:and|while|but|whereas)\b))`, 'i');
export const GOODS_SUBJECT_FROM_BEFORE = /^\s*(?:[A-Z][a-z-]+)(?:\s+[a-z-]+){0,2}\s+from\s+$/;
const FOREIGN_REGIONS_AFTER = /^'s?\s+(?:[A-Z][\w-]*\s+(?:and\s+|,\s*)?){1,4}(?:provinces?|regions?|territory|oblasts?|aimags?|states?|districts?)\b/;
const FROM_OPENING = /^\s*From\s+(?:the\s+)?$/;
const WITH_HOLDER_AFTER = /^\s+(?:alone\s+)?(?:making\s+up|accounting\s+for|contributing|representing|taking\s+up)\b/i;
const FOR_OPENING = /^\s*For\s+(?:the\s+)?$/;
const FOR_FRAME_CLOSES_AFTER = /^(?:\s+as\s+a\s+whole)?\s*,/;
const TRAINS_AFTER_FROM_OPENING = /^\s*,[^.;]{0,80}?\b(?:trains?|Railway\s+Express|train\s+services?)\b/i;
const FROM_WORDS = keywords(['from'], FROM_AREA_BEFORE, DEPARTED_FROM_BEFORE, IMPORTED_FROM_BEFORE);
// A verb of goods going (any tense, active or passive), then the route they go on ("on the corridor", "along the New
// International Land-Sea Trade Corridor", "via the western route", "over the rail link"), then "from".
const GOODS_VERB = String.raw`(?:travell?(?:ed|ing)|traveled|moved|moving|went|going|passed|flowed|flowing|(?:were\s+|was\s+|being\s+)?(?:shipped|transported|carried|sent|hauled|moved|forwarded|railed))`;
const ROUTE_BEFORE_FROM = new RegExp(String.raw`\b${GOODS_VERB}\s+(?:on|along|via|through|over|by|across)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,6}?(?:[Cc]orridor|route|line|railway|rail\s+link|link|channel|passage|network|lane)\s+from\s+(?:the\s+)?$`);
// Goods (by their nouns) going from a place, the route after it: "freight moved from Sichuan via the corridor".
const GOODS_FROM_ON_ROUTE_BEFORE = new RegExp(String.raw`\b(?:[Gg]oods|[Cc]argo(?:es|s)?|[Ff]reight|[Ss]hipments|[Cc]onsignments|[Pp]roducts)\b(?:[^.;]|\.(?=\d)){0,50}?\b${GOODS_VERB}\s+from\s+(?:the\s+)?$`);
const ROUTE_AFTER = /^\s+(?:on|along|via|through|over|by|across)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,6}?(?:[Cc]orridor|route|line|railway|rail\s+link|link|channel|passage|network|lane)\b/;
/** Goods a place sent along a route, the route named before "from" or after the place. */
function goodsOnRouteFrom(v: PlaceView): boolean {
  const before = v.s.slice(Math.max(0, v.to - 110), v.to);
  return ROUTE_BEFORE_FROM.test(before) || (GOODS_FROM_ON_ROUTE_BEFORE.test(before) && ROUTE_AFTER.test(v.after));
}
// A verb of sending trains or goods, then "to" right before the place: "sent 1,132 freight trains to", "dispatched ... to the".
const SENT_TO_BEFORE = /\b(?:sent|dispatched|departed|went|headed)\b(?:[^.;,]|[.,]\d){0,40}\bto\s+(?:the\s+)?$/i;
const SENT_TO_WORDS = keywords(['sent', 'dispatched', 'departed', 'went', 'headed'], SENT_TO_BEFORE);
const FOLLOWED_WORDS = keywords(['followed', 'ahead', 'led', 'headed', 'topped', 'taken', 'held', 'occupied', 'accounted'], FOLLOWED_BY_BEFORE);
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const BETWEEN_PAIR_BEFORE = /\bbetween\s+\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$/i;
const BETWEEN_WORDS = keywords(['between'], BETWEEN_BEFORE, BETWEEN_PAIR_BEFORE);
const MEMBERS_OF_WORDS = keywords(['countries', 'states', 'nations', 'members', 'economies'], MEMBERS_OF_BEFORE);
const TRADING_PARTNER_WORDS = keywords(['partner', 'market', 'destination', 'source'], TRADING_PARTNER_AFTER);
// "..., making China its largest partner with 20.2% of the country's trade", "leaving Russia the country's top trading
// partner": a place made, left or kept someone's partner by the figures is the partner; whose partner it is, is the area.
const MADE_PARTNER_BEFORE = /\b(?:making|made|leaving|left|keeping|kept)\s+$/i;
const MADE_PARTNER_AFTER = /^\s+(?:its|their|the\s+country['’]s|the\s+region['’]s|the\s+bloc['’]s)\s+(?:(?:single\s+)?(?:largest|biggest|top|main|leading|second[- ]largest|third[- ]largest)\s+)?(?:(?:trading|trade|export|import)\s+)?partner\b/i;
const MADE_PARTNER_WORDS = keywords(['partner'], MADE_PARTNER_AFTER);
// "ASEAN remained the province's biggest trading partner ... Hong Kong came next at 609.8 billion yuan": a country or customs
// territory placed next in a ranking, with its amount after "at" or "with", is the next partner of the list, not a reporter.
const RANKED_NEXT_AFTER = /^\s+(?:came|ranked|placed|was|stood)\s+(?:next|second|third|fourth|fifth|(?:in\s+)?(?:second|third|fourth|fifth)(?:\s+place)?)\s*,?\s+(?:at|with)\s+(?:(?:about|around|nearly|some|over|more\s+than|just\s+over|just\s+under)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?)?\d/i;
const RANKED_NEXT_WORDS = keywords(['next', 'second', 'third', 'fourth', 'fifth'], RANKED_NEXT_AFTER);
// The lands at the European end of the China routes: the EU's members and the countries west of its eastern border.
export const EUROPEAN_END_COUNTRIES: ReadonlySet<string> = new Set([
  'Germany', 'Poland', 'France', 'Italy', 'Spain', 'Netherlands', 'Belgium', 'Luxembourg', 'Austria', 'Switzerland', 'Liechtenstein',
  'Hungary', 'Czech Republic', 'Slovakia', 'Slovenia', 'Croatia', 'Romania', 'Bulgaria', 'Greece', 'Cyprus', 'Malta', 'Portugal',
  'Ireland', 'United Kingdom', 'Denmark', 'Sweden', 'Finland', 'Norway', 'Iceland', 'Lithuania', 'Latvia', 'Estonia', 'Serbia',
  'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia', 'Albania', 'Kosovo', 'Monaco', 'San Marino', 'Andorra',
]);
// "Westbound services into Duisburg numbered 412" in a release on Xi'an, "trains pulling into Lodz came to 1,020", "runs arriving at
// Madrid numbered 96": a town at the European end of the China routes (EUROPEAN_END_COUNTRIES) that the runs counted came
// into is where they were counted, the area (its own arrivals; flow-choice.ts compassFromAreaSide turns "westbound" there to
// import); a162. A country or bloc after "into" ("trains into Poland") stays the partner of the hub that sent them.
const RUNS_INTO_BEFORE = /\b(?:trains|services|runs|trips|journeys|departures|arrivals)\s+(?:(?:arriving|arrived|pulling|rolling|coming|running|heading)\s+)?(?:into|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
const RUNS_INTO_WORDS = keywords(['into', 'at'], RUNS_INTO_BEFORE);
const COUNTED_AFTER = /^\s+(?:numbered|totall?ed|came\s+to|reached|were|was)\s+(?:(?:about|around|nearly|some|over|more\s+than|just\s+over|just\s+under)\s+)?\d/i;
const europeanEndTown = (v: PlaceView): boolean => !countryOrGroup(v.kind) && EUROPEAN_END_COUNTRIES.has(countryOfPlace({ name: v.name, kind: v.kind }) ?? '');
// "imports of chips totalled 304.2 billion yuan; of that, Taiwan accounted for 112.6 billion yuan", "Of the total, Japan made
// up 12.3 billion dollars", "Among them, Vietnam took 2.1 billion yuan", "Within this, the EU contributed EUR 8 billion", "South
// Korea supplied 40 billion yuan of those imports": a foreign place given a part of a whole the release counts, by a verb of
// portion, is the partner holding that part, not the area whose trade it is (a162; Taiwan and Hong Kong too, which report
// their own trade elsewhere). The whole may be named by its flow ("Of the province's exports, Hong Kong took ...", "Among
// its imports, Australia supplied ...", "Of China's purchases, Brazil provided ...", "Within the city's total trade, the EU
// contributed ..."; a174).
// (a175: the whole may be named by its flow, "Of the exports, the United States took ...", "Of these imports, ...", "Of its
// shipments abroad, ...", "Of this year's sales, ...".)
const PART_OF_WHOLE_OPENING = /\b(?:of\s+(?:that|this|these|those|which|them|it|the\s+(?:total|sum|amount|figure|whole))|with(?:in|\s+in)\s+(?:that|this|it|the\s+total)|among\s+(?:them|these|those|which)|(?:of|among|with(?:in|\s+in))\s+(?:(?:the|its|their|these|those|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:exports|imports|re-exports|trade|shipments|purchases|sales|turnover|supplies|deliveries)(?:\s+abroad)?)\s*,?\s*(?:the\s+)?$/i;
const PORTION_VERB = String.raw`\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|contributed|represented|supplied|provided|took(?:\s+up)?|bought)\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?|(?:USD|EUR|RMB|CNY)\s?)?\d`;
const PORTION_AFTER = new RegExp(String.raw`^${PORTION_VERB}`, 'i');
// The verb of portion the gapped conjunct leaves out, written before it in the clause.
const PORTION_VERB_BEFORE = /\b(?:accounted\s+for|made\s+up|contributed|represented|supplied|provided|took(?:\s+up)?|bought)\s+(?:[^.;]|\.(?=\d)){0,60}$/i;
const PORTION_OF_WHOLE_AFTER = new RegExp(String.raw`^${PORTION_VERB}(?:[^.;,]|[.,](?=\d)){0,40}?\bof\s+(?:(?:the|these|those|that|this|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:imports|exports|purchases|shipments|sales|trade|total|sum|amount|figure)\b`, 'i');
// "Of the exports, the United States took 61.7 billion yuan and Hong Kong 9.8 billion yuan", "..., Japan accounted for 4.1
// billion, Korea 2.6 billion and Vietnam 1.9 billion": a place in a later conjunct whose verb of portion is left out, an amount
// right after it, holds its part like the partner before it (a175).
const GAPPED_PORTION_BEFORE = /\d(?:[^.;,]|[.,](?=\d)){0,30}?(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:the\s+)?$/;
const GAPPED_PORTION_AFTER = /^\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?|(?:USD|EUR|RMB|CNY)\s?)?\d/;
const PORTION_WORDS = keywords(['accounted', 'made up', 'contributed', 'represented', 'supplied', 'provided', 'took', 'bought'], PORTION_AFTER);
const CUSTOMS_AFTER = /^\s+Customs\b/;
const CUSTOMS_WORDS = keywords(['customs'], CUSTOMS_AFTER);
const COMPANY_WORDS = keywords(['group', 'co.', 'company', 'corporation', 'bureau', 'daily', 'evening news', 'news network', 'news net', 'news agency', 'online', 'television', 'tv', 'ato', 'agricultural trade office', 'embassy', 'consulate'], COMPANY_AFTER);
const ORIGIN_GOODS_ARRIVALS_AFTER = /^\s+(?:(?!(?:total|overall|foreign|external|own|annual|monthly|trade)\b)[a-z][a-z-]+\s+){1,2}(?:imports|arrivals|receipts|deliveries|purchases|intake)\b/;
const SEAPORTS_LEFT_BEFORE = /\b(?:(?:shipped|sailed|sent|exported)\s+(?:out\s+)?from|left|leaving|departed|departing|cleared|clearing|loaded\s+(?:at|in|from))\s+$/i;
const SEAPORTS_AFTER = /^\s+(?:sea)?ports\b(?![^.;]{0,80}\b(?:arrived|arriving|landed|reached|discharged|unloaded)\b)/;
const FLOW_AFTER = /^(?:\s*\([A-Za-z0-9]{1,8}\))?\s+(?:foreign\s+|external\s+|total\s+|overall\s+)?(?:exports?|imports?|trade|turnover|shipments|purchases|sales)\b/i;
const FLOW_WORDS = keywords(['export', 'import', 'trade', 'turnover', 'shipments', 'purchases', 'sales'], FLOW_AFTER);

/** Places named in a sentence (known names, generic ports, zones, admin units), in text order. */
function namedPlaces(s: string): NamedPlace[] {
  const raw: NamedPlace[] = [];
  for (const pass of NAMING_PASSES) pass(s, raw);
  if (!isSorted(raw)) raw.sort((a, b) => a.start - b.start);
  return withoutBracketedAliases(s, raw);
}

/** The ways a place is named, in the order they are read: each adds what it finds to the names before it. */
const NAMING_PASSES: Array<(s: string, raw: NamedPlace[]) => void> = [knownNames, genericPorts, portOfTowns, portFirstNames, pairedBorderTowns, adminUnits, administrationTerritories, zones, zoneShortForms, logisticsBases, airports, terminals, harbourAreas, townsByCrossingWord, townListsOfPorts, crossBorderRailways, railwayCompanies, portGroups, districtPlaces, sinoAdjectives, learnedTowns, citiesByWord];

// "Laoyemiao, Takeshiken, Hongshanzui and Wulastai, Xinjiang's four land ports on ...", "Alashankou and Horgos, the two
// railway ports of ...": a list of towns an apposition calls ports (crossings, checkpoints, border gates) is a list of ports.
// "Beihai and Fangchenggang ports handled ...": a list of towns the plural kind word follows is a list of ports too.
// ", Xinjiang's four land ports", ", the two railway ports of": an apposition that calls the towns before it ports;
// ", the region's two largest land ports": the place they serve may be named by a common noun.
const PORTS_APPOSITION = String.raw`\s*,\s+(?:the\s+(?:(?:region|province|country|city|state|prefecture)['’]s\s+)?|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+)(?:[\w-]+\s+){0,3}?(?:ports|crossings|checkpoints|border\s+gates)\b`;
const PORTS_APPOSITION_AFTER = new RegExp(`^${PORTS_APPOSITION}`);
const TOWN = String.raw`[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
// "the Muse, Lweje, Chinshwehaw and Kanpaiti border posts": Myanmar's crossings listed with their plural kind word too.
const TOWN_LIST_OF_PORTS_RE = new RegExp(String.raw`\b(${TOWN}(?:\s*,\s*${TOWN})*\s*,?\s+and\s+${TOWN})(?:${PORTS_APPOSITION}|\s+(?:(?:land|railway|border|sea|river)\s+)?(?:ports|checkpoints|crossings)\b|\s+border\s+(?:posts|trade\s+(?:zones|posts|camps))\b)`, 'g');
const LISTED_TOWN_RE = new RegExp(TOWN, 'g');

/** Whether [start, end) overlaps a name an earlier pass found: each naming pass claims only free text. */
function overlapsFound(raw: NamedPlace[], start: number, end: number): boolean {
  return raw.some((r) => start < r.end && end > r.start);
}

// Words that open a sentence in capitals and are no town ("Through Khasan, ...").
const NOT_A_TOWN = /^(?:The|This|That|Its|In|At|Through|Via|From)$/;

/**
 * A town the words around it name (as a port, a region): claimed unless an earlier pass found it, the lexicon knows it
 * as something other than a city, or it is a capitalised function word. `place` gets the lexicon's spelling if any.
 */
function claimTown(raw: NamedPlace[], start: number, end: number, name: string, place: (canonical: string) => NameInfo): void {
  const known = NAME_INFO.get(name);
  if (overlapsFound(raw, start, end) || (known && known.kind !== 'city') || NOT_A_TOWN.test(name)) return;
  raw.push({ start, end, info: place(known?.canonical ?? name) });
  raw.sort((a, b) => a.start - b.start);
}

const PORTS_WORD_GATE = /\s(?:ports|crossings|checkpoints|gates|posts|zones|camps)\b/;
const PORTS_WORD_WORDS = keywords(['ports', 'crossings', 'checkpoints', 'gates', 'posts', 'zones', 'camps'], PORTS_WORD_GATE);

/** Towns listed before an apposition that calls them ports, when no other name covers them. */
function townListsOfPorts(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, PORTS_WORD_WORDS) || !PORTS_WORD_GATE.test(s)) return;
  TOWN_LIST_OF_PORTS_RE.lastIndex = 0;
  for (let m = TOWN_LIST_OF_PORTS_RE.exec(s); m !== null; m = TOWN_LIST_OF_PORTS_RE.exec(s)) {
    LISTED_TOWN_RE.lastIndex = 0;
    for (let t = LISTED_TOWN_RE.exec(m[1]); t !== null; t = LISTED_TOWN_RE.exec(m[1])) {
      const start = m.index + t.index;
      const asPort = (name: string): NameInfo => ({ canonical: `${name} Port`, kind: 'port', adjective: false });
      // "Qingdao, Rizhao and Yantai ports": a city of the lexicon so listed is its seaport here.
      const city = raw.find((r) => r.start === start && r.end === start + t[0].length && r.info.kind === 'city');
      if (city) city.info = asPort(city.info.canonical);
      else claimTown(raw, start, start + t[0].length, t[0], asPort);
    }
  }
}

// "The Kouvola rail-road terminal", "the Malaszewicze intermodal terminal": a rail terminal reports as the town it serves
// (as BILK is Budapest's), named by its first word, written without diacritics as the lexicon writes towns. (A seaport's
// "Dongjiakou terminal" is a berth of its port, not a town.)
// "The Osh freight terminal" names its town the same way; "Rail Terminal Tilburg", its name written the other way round.
const TERMINAL_RE = /(?<![\p{L}\p{N}])(?!(?:The|This|That|Its|A|An|In|At|To|From|Each|Every|Our|Their)\s)(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:rail-road|road-rail|rail|railway|intermodal|freight)\s+(?:(?:container|logistics|freight|multimodal)\s+)?terminal\b|\b(?:Rail|Railway|Intermodal)\s+Terminal\s+(\p{Lu}\p{Ll}+)\b/gu;

// "the Vientiane South Station", "Zhengzhou East railway station": a station named by its town and a compass point is one of
// the town's stations (a border station is named by its kind instead), and reports as the town, as a terminal does.
const TOWN_STATION_RE = /(?<![\p{L}\p{N}])(?!(?:The|This|That|Its|A|An|In|At|To|From|Each|Every|Our|Their)\s)(\p{Lu}\p{Ll}+)\s+(?:North|South|East|West)\s+(?:(?:[Rr]ailway|[Ff]reight)\s+)?[Ss]tation\b/gu;

const TERMINAL_WORDS = keywords(['terminal', 'station'], TERMINAL_RE, TOWN_STATION_RE);

/** Towns named by their rail or container terminal, or their station of a compass point, when no other name covers the town. */
function terminals(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, TERMINAL_WORDS)) return;
  if (!s.includes(' terminal') && !s.includes(' Terminal ') && !/(?:North|South|East|West)\s+(?:\w+\s+)?[Ss]tation/.test(s)) return;
  claimTerminalTowns(s, raw, TERMINAL_RE, false);
  claimTerminalTowns(s, raw, TOWN_STATION_RE, true);
}

// "The deep-water Yangshan terminals, on islands offshore, handled 20.2 million TEU", "the Nansha ro-ro terminal shipped
// 218,000 vehicles", "Meishan container terminals moved ...", "the Beilun harbour area loaded ...", "Shekou wharves handled ...":
// a seaport's harbour area, named by its terminals, wharves or docks and handling cargo (its verb right after it, or after an
// apposition), is a port area of its own, "X Port" (the batch b244 convention). It is read as a part of a port (kind zone), so
// "the port" in the next clause still means the whole port. Not a rail terminal (TERMINAL_RE), nor one placed in a town ("the
// Kolyadichi container terminal in Minsk processed ..." is Minsk's), nor one named by a country's adjective ("Italian terminals").
const HARBOUR_AREA_RE = /\b(?!(?:The|This|That|Its|Their|Our|A|An|Each|Every|Both|All|New|Old|In|At|From|To)\b)([A-Z][a-z]+)\s+(?:(?:deep-water|deepwater|container|box|ro-ro|roll-on\/roll-off|bulk|automated|coal|ore|oil|grain|car|vehicle)\s+)?(?:terminals?|harbou?r\s+areas?|wharf|wharves|docks)\b/g;
const HARBOUR_AREA_WORDS = keywords(['terminal', 'harbour', 'harbor', 'wharf', 'wharves', 'docks'], HARBOUR_AREA_RE);
// Its verb of handling cargo, after an apposition set off by commas if there is one.
const HARBOUR_HANDLING_AFTER = /^(?:\s*,[^,;.]{1,80},)?\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:handled|moved|shipped|loaded|unloaded|processed|received|took\s+in|saw|recorded|posted|served)\b/;

// Or, for the harbour area named for its port city itself, the cargo handled there named before it, a participle and a
// preposition of place: "Cargo moved across the Tianjin harbour area came to", "containers loaded at the Ningbo terminals",
// "coal shipped through the Qingdao docks", "goods passing over the Dalian wharves" (a terminal named for a district of the
// port, "unloaded at the Dongjiakou terminal", stays the whole port's, as batch 33 labels it).
const HARBOUR_HANDLED_BEFORE = /\b(?:handled|moved|moving|shipped|loaded|unloaded|processed|received|passing|passed|going|carried|cleared|landed|discharged|throughput|cargo|freight|tonnage|containers|imports|exports)\s+(?:at|through|across|via|over|in|on)\s+(?:the\s+)?$/i;
/** Harbour areas of seaports named by their terminals or wharves, as the port area they are (see HARBOUR_AREA_RE). */
function harbourAreas(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, HARBOUR_AREA_WORDS)) return;
  HARBOUR_AREA_RE.lastIndex = 0;
  for (let m = HARBOUR_AREA_RE.exec(s); m !== null; m = HARBOUR_AREA_RE.exec(s)) {
    const end = m.index + m[0].length;
    const known = NAME_INFO.get(m[1]);
    const municipality = known?.kind === 'region' && MUNICIPALITIES.has(known.canonical);
    if (known && (known.adjective || known.kind === 'country' || (known.kind === 'region' && !municipality))) continue;
    const namedForCity = known?.kind === 'city' || municipality;
    if (!HARBOUR_HANDLING_AFTER.test(s.slice(end, end + 100)) && !(namedForCity && HARBOUR_HANDLED_BEFORE.test(s.slice(Math.max(0, m.index - 50), m.index)))) continue;
    if (raw.some((r) => r.start < end && r.end > m!.index && r.info.kind === 'port')) continue;
    replaceOverlapping(raw, { start: m.index, end, info: { canonical: `${known?.canonical ?? m[1]} Port`, kind: known?.kind === 'city' || municipality ? 'port' : 'zone', adjective: false } });
  }
}

/** A name written without diacritics, as the lexicon writes towns ("Gdańsk" → "Gdansk", "Łódź" → "Lodz"). */
const plainLatin = (name: string): string => name.replace(/Ł/g, 'L').replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The towns `re` names (its first group, or the second for "Rail Terminal Tilburg"), each claimed as the town's name alone
 * or, `whole`, as the whole match.
 */
function claimTerminalTowns(s: string, raw: NamedPlace[], re: RegExp, whole: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const town = m[1] ?? m[2];
    const start = m[1] ? m.index : m.index + m[0].length - town.length;
    const end = whole ? m.index + m[0].length : start + town.length;
    if (overlapsFound(raw, start, end)) continue;
    const plain = plainLatin(town);
    const known = NAME_INFO.get(plain);
    if (known && known.kind !== 'city') continue;
    raw.push({ start, end, info: { canonical: plain, kind: 'city', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

// "the railway checkpoint at Naushki", "Through Khasan, the crossing with the DPRK,": a town named by the crossing word
// before it, or with "the crossing" in apposition ("Rasuwagadhi, the busiest land crossing with China,"), is its port;
// "the Republic of Buryatia" is a region of a federation.
const CROSSING_AT_TOWN_RE = /\b(?:(?:road|railway|rail|border|automobile)\s+)?(?:checkpoint|crossing|border\s+crossing)\s+(?:at|of)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
const TOWN_CROSSING_APPOSITION_RE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+the\s+(?:(?:main|only|busiest|largest|biggest|principal|rail|railway|road|land|border)\s+){0,2}(?:crossing|checkpoint)\s+(?:with|to|into|on)\b/g;
const REPUBLIC_OF_RE = /\bRepublic\s+of\s+([A-Z][a-z]+)\b/g;
// "Kamyshovaya (opposite Hunchun)", "Nizhneleninskoye, at the bridge to Tongjiang,": a town said to face a known port is the
// crossing on the other side of it.
const TOWN_FACING_PORT_RE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*(?:\(\s*|,\s*)(?:opposite|facing|across\s+from|at\s+the\s+bridge\s+to)\s+([A-Z][a-z]+)\b/g;
// "the Second Thai-Lao Friendship Bridge, which links Savannakhet with Mukdahan": a named bridge is the crossing of the town it
// links first, the writer's side (the other town is the far side).
const BRIDGE_LINKING_TOWN_RE = /\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+Bridge\s*,?\s+(?:which\s+|that\s+)?(?:links?|linking|connects?|connecting|joins?|joining)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:with|to|and)\s+[A-Z]/g;

const CROSSING_WORD_GATE = /crossing|checkpoint|Republic|opposite|facing|across|bridge|Bridge/;
const CROSSING_WORD_WORDS = keywords(['crossing', 'checkpoint', 'republic', 'opposite', 'facing', 'across', 'bridge'], CROSSING_WORD_GATE);

/** Towns named as crossings by the words around them, and republics of a federation, when no other name covers them. */
function townsByCrossingWord(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, CROSSING_WORD_WORDS) || !CROSSING_WORD_GATE.test(s)) return;
  const add = (m: RegExpExecArray, place: (name: string) => NameInfo) => {
    const start = m.index + m[0].indexOf(m[1]);
    claimTown(raw, start, start + m[1].length, m[1], place);
  };
  for (const re of [CROSSING_AT_TOWN_RE, TOWN_CROSSING_APPOSITION_RE, TOWN_FACING_PORT_RE, BRIDGE_LINKING_TOWN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (re === TOWN_FACING_PORT_RE && NAME_INFO.get(m[2])?.kind !== 'port') continue;
      add(m, (name) => ({ canonical: `${name} Port`, kind: 'port', adjective: false }));
    }
  }
  REPUBLIC_OF_RE.lastIndex = 0;
  for (let m = REPUBLIC_OF_RE.exec(s); m !== null; m = REPUBLIC_OF_RE.exec(s)) add(m, (name) => ({ canonical: name, kind: 'region', adjective: false }));
}

// "Lincang city's total foreign trade", "in Huaihua City": a town the lexicon lacks, named by the word city.
const CITY_WORD_RE = /\b(?!(?:The|This|That|By|Each|Every|Its|In|Of|At|An?|Our|Their)\b)([A-Z][a-z]+)\s+[Cc]ity\b/g;

const CITY_WORD_GATE = /\s[Cc]ity\b/;
const CITY_WORD_WORDS = keywords(['city'], CITY_WORD_GATE);

/** Cities named by the word "city" after them, when no other name covers them (not the last word of "Ho Chi Minh City"). */
function citiesByWord(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, CITY_WORD_WORDS) || !CITY_WORD_GATE.test(s)) return;
  CITY_WORD_RE.lastIndex = 0;
  for (let m = CITY_WORD_RE.exec(s); m !== null; m = CITY_WORD_RE.exec(s)) {
    const [start, end] = [m.index, m.index + m[1].length];
    if (raw.some((r) => start < r.end + 1 && m!.index + m![0].length > r.start) || /[A-Z][\w'-]*\s$/.test(s.slice(Math.max(0, start - 20), start))) continue;
    if (describesCityNamedAfter(m) || namesTownAfterCityOf(s, m.index + m[0].length)) continue;
    raw.push({ start, end, info: { canonical: m[1], kind: 'city', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

// "Border city of Pingxiang posts ...", "Coastal City Qinzhou", "Port city's trade": a headline's capitalised descriptor
// before the word city (a word that names no town) is no city of its own.
/** Whether the word before "city" in `m` only describes the city (a word that names no town). */
function describesCityNamedAfter(m: RegExpExecArray): boolean {
  return isNotTownName(m[1]);
}

// "Grassland city of Erenhot", "Rail-hub city of Manzhouli", "Gateway City, Pingxiang": whatever the word before "city",
// a known town right after "city of" (or after "City," / "City") is the city, and the word only describes it.
const TOWN_AFTER_CITY_RE = /^\s+of\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b|^,?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/;

/** Whether a known town (no province or country) follows the word "city" ending at `end`. */
function namesTownAfterCityOf(s: string, end: number): boolean {
  const m = TOWN_AFTER_CITY_RE.exec(s.slice(end, end + 40));
  const kind = m ? NAME_INFO.get(m[1] ?? m[2])?.kind : undefined;
  return kind === 'city' || kind === 'port';
}

/** Towns the lexicon lacks that the release named by a cue (unknown-towns.ts), where no other name covers them. */
function learnedTowns(s: string, raw: NamedPlace[]): void {
  const found = learnedTownsIn(s);
  if (found.length === 0) return;
  for (const [start, end, name, kind] of found) if (!overlapsFound(raw, start, end)) raw.push(kind === 'port' ? portOf(name, start, end) : { start, end, info: { canonical: name, kind: 'city', adjective: false } });
  raw.sort((a, b) => a.start - b.start);
}

/** Notes the towns the lexicon lacks that `text` names by a cue ("LISHUI, Oct. 26 --", "Lishui Customs"); call when a release starts. */
export function noteUnknownTowns(text: string): void {
  noteTowns(text, (name) => NAME_INFO.has(name) || NOT_PLACES.has(name));
}

/** A place that is a port of its own name ("Khorgos port", "Port of Shanghai"). */
const portOf = (canonical: string, start: number, end: number): NamedPlace => ({ start, end, info: { canonical: `${canonical} Port`, kind: 'port', adjective: false } });

/** Names from the lexicon, as the place each stands for. */
function knownNames(s: string, raw: NamedPlace[]): void {
  for (const hit of matchNames(s)) {
    const place = knownName(s, hit, raw[raw.length - 1]);
    if (place) raw.push(place);
  }
}

// "The Hong Kong dollar traded at 7.78", "the Australian dollar", "the US policy rate", "Korea's ... the Korean base rate",
// "Japanese bond yields", "the US Federal Reserve": a place naming its money (one dollar, not an amount of "dollars"), its
// rates or its central bank names no one who trades.
const MONEY_OR_POLICY_AFTER = /^\s*(?:dollar\b(?!s)|(?:policy|interest|benchmark|cash|base|repo|lending|overnight|key)\s+rates?\b|central\s+bank\b|Federal\s+Reserve\b|Fed\b|Treasur(?:y|ies)\b|(?:government\s+)?bond\s+yields?\b)/i;
/** Whether the words right after a place at `end` make it name money or monetary policy (MONEY_OR_POLICY_AFTER). */
function namesMoneyOrPolicy(s: string, end: number): boolean {
  return MONEY_OR_POLICY_AFTER.test(s.slice(end, end + 30));
}

function knownName(s: string, hit: { index: number; name: string }, last: NamedPlace | undefined): NamedPlace | null {
  const capital = CAPITAL_INFO.get(hit.name);
  let end = hit.index + hit.name.length;
  if (capital !== undefined && !capitalAsSeat(s, hit.index, end)) return null;
  const info = capital ?? NAME_INFO.get(hit.name)!;
  // "US$", "US $" (wires often space the sign off), "U.S. dollars": a currency, not a place.
  if (info.canonical === 'United States' && /^(?:\s?\$|\s*dollars?\b)/i.test(s.slice(end, end + 10))) return null;
  if (namesMoneyOrPolicy(s, end)) return null;
  if (info.kind !== 'port' && !info.adjective) {
    // A known town followed by "port"/"checkpoint" is a port too ("Khorgos port", "Suifenhe port").
    const suffix = portSuffix(s, end);
    if (suffix && info.kind === 'city') {
      if (STATION_AFTER.test(s.slice(end + suffix[0].length, end + suffix[0].length + 24))) return null;
      // "the Xi'an International Port Area": a district named after the city's port is the city, as its lower-case
      // "Urumqi international land port area" is.
      // "the Xi'an International Port area" (the zone's name with "area" in lower case) too, but not a seaport's terminal
      // ("the Yangshan port area"), which names no "International".
      const areaAfter = /\bInternational\b/.test(suffix[0]) ? INTERNATIONAL_PORT_AREA_AFTER : PORT_AREA_AFTER;
      const area = areaAfter.exec(s.slice(end + suffix[0].length, end + suffix[0].length + 12));
      if (area) return { start: hit.index, end: end + suffix[0].length + area[0].length, info };
      // "..., the operator of the Xi'an International Port said": a city's inland port that only speaks for the figures
      // (its operator, or the port itself, saying them) is the city's, as its port area is; goods it handles stay its own.
      // "The train service, based at the Xi'an International Port inland hub, made ...": a city's inland hub a service is
      // based at or runs from is the city, as its port area is (the trains and their cargo are the city's).
      // "Xi'an International Port dispatched 4,183 China-Europe freight trains", "... has sent out", "... ran", "... operated":
      // the hub running the city's train service is the city too.
      if (INLAND_HUB_NAME.test(suffix[0]) && inlandHubIsCity(s, hit.index, end + suffix[0].length)) {
        return { start: hit.index, end: end + suffix[0].length, info };
      }
      const place = portOf(info.canonical, hit.index, end + suffix[0].length);
      // "Xi'an Railway Port": a city's inland port keeps its kind word, as genericPortName does.
      const kindWord = /^\s+((?:Railway|Highway|Road|Land)\s+)Port\b/.exec(suffix[0]);
      return kindWord ? { ...place, info: { ...place.info, canonical: genericPortName(info.canonical, kindWord[1]) } } : place;
    }
  } else if (info.kind === 'port') {
    // "the northern province of Lao Cai", "Hekou county": a province or county named after its port town is the region.
    if (REGION_OF_TOWN_BEFORE.test(s.slice(Math.max(0, hit.index - 30), hit.index)) || REGION_OF_TOWN_AFTER.test(s.slice(end, end + 12))) {
      return { start: hit.index, end, info: { canonical: info.canonical.replace(/ Port$/, ''), kind: 'region', adjective: false } };
    }
    const suffix = portSuffix(s, end);
    // "the port of Hekou": the port named by its town after "port of" (as "The Port of Shanghai" below), the words included.
    const portOfTown = suffix ? null : PORT_OF_BEFORE.exec(s.slice(Math.max(0, hit.index - 24), hit.index));
    if (portOfTown) return { start: hit.index - portOfTown[0].length, end, info };
    const city = suffix ? null : portTownAsCity(s, hit.index, end, info.canonical);
    if (city) return city;
    if (suffix) end += suffix[0].length;
  }
  // "the Heilongjiang (Amur) River Highway Bridge": a river named after a province is no place of a figure.
  if (info.kind === 'region' && RIVER_AFTER.test(s.slice(end, end + 24))) return null;
  // "The Port of Shanghai handled ...": a known city or municipality after "Port of" is its port.
  const portOfBefore = info.kind === 'city' || info.kind === 'region' || CITY_STATES.has(info.canonical) ? PORT_OF_BEFORE.exec(s.slice(Math.max(0, hit.index - 24), hit.index)) : null;
  if (portOfBefore) return portOf(info.canonical, hit.index - portOfBefore[0].length, end);
  // "The international port in Xi'an dispatched ...", "the inland port at Chengdu", "the dry port in Zhengzhou", "the land port at
  // Kashgar": a city (or a municipality) after "the port in" (a kind of port or none before it) names the city's own port, as
  // "the port of" does (a province after it only locates the port, locatesAnaphor).
  const portInCity = info.kind === 'city' || (info.kind === 'region' && MUNICIPALITIES.has(info.canonical)) ? PORT_IN_CITY_BEFORE.exec(s.slice(Math.max(0, hit.index - 48), hit.index)) : null;
  if (portInCity) return portOf(info.canonical, hit.index - portInCity[0].length, end);
  // "The ports of Qingdao and Rizhao together unloaded ...": each city of a list after "the ports of" is its port.
  if ((info.kind === 'city' || info.kind === 'region') && portsOfList(s, hit.index, end)) return portOf(info.canonical, hit.index, end);
  const ownPort = info.kind === 'city' || (info.kind === 'region' && MUNICIPALITIES.has(info.canonical)) ? CITY_OWN_PORT_AFTER.exec(s.slice(end, end + 40)) : null;
  if (ownPort) return portOf(info.canonical, hit.index, end + ownPort[0].length);
  if ((info.kind === 'city' || townDistrictHandling(s, info, end)) && THROUGHPUT_SUBJECT_AFTER.test(s.slice(end, end + 160))) return portOf(info.canonical, hit.index, end);
  if (info.kind === 'city' && GAPPED_THROUGHPUT_AMOUNT_AFTER.test(s.slice(end, end + 40)) && GAPPED_THROUGHPUT_BEFORE.test(s.slice(Math.max(0, hit.index - 160), hit.index))) return portOf(info.canonical, hit.index, end);
  // "Youyiguan (Friendship Pass) port": a name inside the bracket of a port just read is that port again.
  if (last && hit.index < last.end) return null;
  if (abbreviatesNameBefore(s, hit.index, hit.name)) return null;
  return { start: hit.index, end, info };
}

// "Shanghai's container port handled 3.7 million TEU", "Qingdao's deep-water port", "Tianjin's main seaport", "Dalian's
// harbour": the one port a city (or a municipality) is said to own is that city's port, "X Port". Not its ports together, nor
// the port's authority, office or operator speaking for the figures ("Ningbo's port authority said", "Xiamen's port group").
// Its wharves, docks, quays, piers, berths or container terminals are the same port's ("Soybean imports through Qingdao's
// wharves", "Ningbo's container terminals handled", "Dalian's docks", "Xiamen's quays"): parts of its one port.
const CITY_OWN_PORT_AFTER = /^['’]s\s+(?:(?:main|container|sea|deep-?water|cargo|river|busy|own|coastal|commercial|box)\s+){0,2}(?:(?:sea)?(?:port|harbou?r)\b(?!s|\s+(?:authorit\w*|office|bureau|administration|operators?|group|company|department|officials?|city|area|district|zone)\b)|(?:wharf|wharves|docks|quays?|quaysides?|piers|berths|waterfront)\b|(?<=(?:container|box|deep-?water|bulk|ro-ro)\s+)terminals?\b)/i;

// "Nansha, the seaside district at the mouth of the Pearl River, handled 15.2 million TEU": a district or new area (a zone of
// the lexicon) that an apposition names as a district, town or port city, handling cargo, is named for its port as a city is.
const TOWN_APPOSITION_AFTER = /^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:district|town|county|city|port\s+city|harbour\s+city)\b/i;
const townDistrictHandling = (s: string, info: NameInfo, end: number): boolean => info.kind === 'zone' && TOWN_APPOSITION_AFTER.test(s.slice(end, end + 60));

/** PORT_SUFFIX after `end`; each of its matches has one of the words tested first. */
function portSuffix(s: string, end: number): RegExpExecArray | null {
  const after = s.slice(end, end + 40);
  return after.includes('ort') || after.includes('checkpoint') || after.includes('crossing') || after.includes('pass') ? PORT_SUFFIX.exec(after) : null;
}

const PORT_AREA_AFTER = /^\s+Area\b/;
// Who speaks for a city's inland port: "the operator of the ...", "according to the ...", "... said".
const SPEAKING_PORT_BEFORE = /\b(?:(?:operator|operators|management|administrator|authority)\s+of\s+(?:the\s+)?|according\s+to\s+(?:the\s+)?)$/i;
const SPEAKING_PORT_AFTER = /^\s+(?:said|says|reported|announced|stated|noted|added|told)\b/;
const INTERNATIONAL_PORT_AREA_AFTER = /^\s+[Aa]rea\b/;
// "X International Port", "X Railway Port", "X Land Port" ("X railway port"): a city's inland hub by the names it goes by; not
// "X Highway Port" or "X Border Crossing", a crossing on a frontier.
const INLAND_HUB_NAME = /^\s+(?:International|Railway|railway|Land|land)\s+Port$/;
// "dispatched", "has sent out", "ran", "operated", "launched", "assembled", "formed", "organised", "handled", "marshalled",
// "receives": a hub's verbs of running trains, in any tense, two of them joined ("dispatched and received", "sent out or
// welcomed"); an apposition may stand between the hub and its verb ("The Xi'an International Port, a key hub of the
// corridor, dispatched ..."). The trains are counted (a number before "trains", "services", "trips", "runs").
const HUB_TRAIN_VERB = String.raw`(?:(?:dispatch|despatch|launch)(?:ed|es)|(?:operat|receiv|welcom|assembl|organi[sz]|handl|schedul|arrang)(?:ed|es)|(?:form|load|start|marshal|marshall)(?:ed|s)|sen(?:t|ds)(?:\s+out)?|ran|runs?)`;
// (A short adverb set off by commas stands there too: ", for its part,", ", in turn,", ", meanwhile,", ", too,".)
const HUB_APPOSITION = String.raw`(?:\s*[,—–]\s*(?:(?:a|an|the|one|its|which\s+is|[A-Z][\w-]*['’]s)\s[^,.;:\d—–()]{0,80}|for\s+its\s+part|in\s+turn|meanwhile|too|also|likewise|alone|by\s+contrast|for\s+example)\s*[,—–])?`;
const HUB_RUNNING_TRAINS_AFTER = new RegExp(String.raw`^${HUB_APPOSITION}\s+(?:(?:has|had|have)\s+)?(?:also\s+)?${HUB_TRAIN_VERB}(?:\s*,?\s+(?:and|or)\s+${HUB_TRAIN_VERB})?\s+(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|about|around|roughly|some|up\s+to)\s+)?[\d,.]+\s+(?:[\w-]+\s+){0,3}?(?:trains|trips|services|runs)\b`, 'i');
// "based at the", "operating from the", "running out of the", "headquartered at the": where a service is run from.
const HUB_OF_SERVICE_BEFORE = /\b(?:based|headquartered|operating|operated|running|run)\s+(?:at|in|from|out\s+of)\s+(?:the\s+)?$/i;
/** Whether a city's inland hub at [start, end) speaks for, serves as the base of, or runs the trains it is named with (a102). */
function inlandHubIsCity(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 40), start);
  return SPEAKING_PORT_BEFORE.test(before) || SPEAKING_PORT_AFTER.test(s.slice(end, end + 16)) || HUB_OF_SERVICE_BEFORE.test(before) || hubRunsTrains(s, end);
}
/** Whether the hub named up to `end` runs trains it counts (HUB_RUNNING_TRAINS_AFTER: "assembled 1,362 westbound services"). */
export const hubRunsTrains = (s: string, end: number): boolean => HUB_RUNNING_TRAINS_AFTER.test(s.slice(end, end + 180));
const REGION_OF_TOWN_BEFORE = /\b(?:province|prefecture)\s+of\s+$/i;
const REGION_OF_TOWN_AFTER = /^\s+(?:province|prefecture)\b/i;

// "Heihe City's foreign trade", "the border city of Pingxiang, which administers both ports": a port town named as the city is
// the city, whose own trade is not the trade through its port (labelling convention of the fixing round of 2026-12-04). So is
// one named by the other ranks a port town holds, before its own trade ("Hekou County foreign trade", "Hekou county's exports",
// "Hekou County's total trade", a banner's imports); "the land port in Jeminay County" only locates the port.

// A release that names a port town as the city calls its port a port ("Youyiguan Port, the city's largest land port", "Hunchun
// railway port"), so the town's bare name there is the city too ("Pingxiang's foreign trade exceeds 100 billion yuan" over the
// body's "Pingxiang City"). Found once per release (`noteTownsNamedAsCities`), emptied with the names.
const TOWNS_NAMED_AS_CITIES = new Set<string>();
// "Hunchun ports' imports": the town's ports together are its port; so is its station or border gate ("the Lao Cai railway
// station", "the Lao Cai road border gate"), and so is a border bridge named by it and the town across ("the Heihe-Blagoveshchensk
// highway bridge": goods crossing it pass the town's port).
const PORTS_AFTER_TOWN = /^(?:['’]s)?(?:[-–][A-Z][\w'-]+)?\s+(?:[a-z]+\s+)?(?:ports|(?:railway\s+|rail\s+)?station|border\s+gates?|bridge)\b/;
// "the northern province of Lao Cai", "Lao Cai Province": a port town named as the province it heads is that province.
// "Manzhouli city's foreign trade" (the kind word in lower case, then the city's own trade), "Suifenhe, a county-level city
// under Mudanjiang," (an apposition giving the town's rank as a city or the city above it) name it as the city too; "Pingxiang,
// a border city in Guangxi," only locates the port town, and "Mong Cai city's border gate" is the port. "Dongxing, another
// frontier city,", "Hekou, also a border city,", "Erenhot, a second border city,", "Ruili, one more frontier city,": an
// apposition that adds the town to a series of cities the release goes through names it as the city as well.
// So does an apposition calling the town a city when the town closes a list of cities ("Hohhot, Baotou and Erenhot, a border city
// facing Mongolia,", "Nanning, Chongzuo and Pingxiang, a frontier city on the Vietnamese border,", "Mudanjiang as well as
// Suifenhe, a city on the Russian border,"): the town is one more item of the series.
// (a221: so does an apposition calling the town a city when the sentence goes on to the town's own trade: "Pingxiang, the
// border city facing Lang Son, said its own foreign trade rose to", "Erenhot, a city of 80,000, saw its own exports double".)
const TOWN_AS_CITY_RE = new RegExp(`\\b(?:(${PORT_TOWNS.flatMap(([, names]) => names).join('|')})(?:\\s+(?:City|[Pp]rovince)\\b|\\s+(?:[Cc]ounty|[Bb]anner)(?=(?:['’]s)?\\s+(?:(?:own|total|overall)\\s+)?(?:foreign\\s+trade|trade|imports|exports|turnover)\\b)|\\s+city(?=['’]s\\s+(?:(?:own|total|overall)\\s+)?(?:foreign\\s+trade|trade|imports|exports|turnover)\\b)|,\\s+(?:a|an|the)\\s+(?:(?:county|prefecture)-level\\s+city\\b|(?:[\\w-]+\\s+)?city\\s+(?:under|administered\\s+by)\\s)|,\\s+(?:another|also\\s+a|a\\s+second|one\\s+more)\\s+(?:[\\w-]+\\s+){0,2}?city\\b|,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?city\\b(?=[^.;]{0,80}?\\b(?:its|the\\s+city['’]s)\\s+own\\s+(?:foreign\\s+)?(?:trade|imports|exports|turnover)\\b))|(?:[Cc]ity|[Pp]rovince)\\s+of\\s+(${PORT_TOWNS.flatMap(([, names]) => names).join('|')})\\b|(?:and|as\\s+well\\s+as)\\s+(${PORT_TOWNS.flatMap(([, names]) => names).join('|')}),\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?city\\b)`, 'g');

/** Notes the port towns `text` names as a city ("Heihe City", "the border city of Pingxiang"); call when a release starts. */
export function noteTownsNamedAsCities(text: string): void {
  TOWNS_NAMED_AS_CITIES.clear();
  if (!text.includes(' City') && !text.includes('city') && !text.includes('rovince') && !text.includes('ounty') && !text.includes('anner')) return;
  TOWN_AS_CITY_RE.lastIndex = 0;
  for (let m = TOWN_AS_CITY_RE.exec(text); m !== null; m = TOWN_AS_CITY_RE.exec(text)) {
    const canonical = NAME_INFO.get(m[1] ?? m[2] ?? m[3])?.canonical;
    if (canonical) TOWNS_NAMED_AS_CITIES.add(canonical);
  }
}

// "The Pingxiang Comprehensive Bonded Zone handled ..." then "with the Pingxiang zone accounting for about 40 percent": a
// zone the release named in full is meant by its town and "zone" later on (the town alone would be its port or city); so is the
// Yangshan Special Comprehensive Bonded Zone by "Yangshan's bonded zone" or "the Yangshan bonded zone". Found
// once per release (`noteZonesByTown`), emptied with the names.
const ZONES_BY_TOWN = new Map<string, string>();
const BONDED_ZONE_NAME_RE = /\b([A-Z][a-z]+)\s+((?:Special\s+)?(?:Comprehensive\s+)?Bonded\s+(?:Port\s+)?(?:Zone|Area)|comprehensive\s+bonded\s+(?:zone|area))\b/g;
const ZONE_SHORT_FORM_RE = /\b([A-Z][a-z]+)(?:['’]s)?\s+(?:bonded\s+)?zone\b/g;

/** Notes the bonded zones `text` names after a town ("the Pingxiang Comprehensive Bonded Zone"); call when a release starts. */
export function noteZonesByTown(text: string): void {
  ZONES_BY_TOWN.clear();
  if (!text.includes('onded')) return;
  for (const m of text.matchAll(BONDED_ZONE_NAME_RE)) {
    if (NOT_A_TOWN.test(m[1])) continue;
    const kind = m[2].replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\s+/g, ' ');
    if (!ZONES_BY_TOWN.has(m[1])) ZONES_BY_TOWN.set(m[1], `${m[1]} ${kind}`);
  }
}

/** "the Pingxiang zone" in a release that named the Pingxiang Comprehensive Bonded Zone: that zone. */
function zoneShortForms(s: string, raw: NamedPlace[]): void {
  if (ZONES_BY_TOWN.size === 0 || !s.includes(' zone')) return;
  for (const m of s.matchAll(ZONE_SHORT_FORM_RE)) {
    const zone = ZONES_BY_TOWN.get(m[1]);
    if (zone) replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: { canonical: zone, kind: 'zone', adjective: false } });
  }
}

// "The China-Kazakhstan (Lianyungang) Logistics Cooperation Base", "the Khorgos logistics park", "the Erenhot logistics hub": a
// logistics base, park, hub or centre named with its town (in brackets or as its first word) reports as that town's port
// (batch 50's and 55's notes): a port town of the lexicon is its port, a city is its port where the release names that port
// ("Lianyungang Port dispatched ..."), and the city otherwise. Found once per release (`noteBasesByTown`), emptied with the names.
const BASES_BY_TOWN = new Map<string, string>();
const BASE_NAME_RE = /(?:\b[A-Z][\w-]*\s+)?\(\s*([A-Z][a-z]+)\s*\)\s+(?:[A-Z][a-z]+\s+){0,2}?Logistics\s+(?:[A-Z][a-z]+\s+){0,2}?(?:Base|Park|Hub|Cent(?:re|er))\b|\b([A-Z][a-z]+)\s+(?:(?:[Ii]nternational|[Ii]nland)\s+)?[Ll]ogistics\s+(?:[a-z]+\s+)?(?:base|park|hub|cent(?:re|er)|Base|Park|Hub|Cent(?:re|er))\b/g;

/** Notes the towns whose logistics base or park `text` names, with the place each reports as; call when a release starts. */
export function noteBasesByTown(text: string): void {
  BASES_BY_TOWN.clear();
  if (!text.includes('ogistics')) return;
  for (const m of text.matchAll(BASE_NAME_RE)) {
    const town = m[1] ?? m[2];
    const info = NAME_INFO.get(town);
    if (info?.kind === 'port') BASES_BY_TOWN.set(town, info.canonical);
    else if (info?.kind === 'city' && new RegExp(String.raw`\b${info.canonical}\s+[Pp]ort\b`).test(text)) BASES_BY_TOWN.set(town, `${info.canonical} Port`);
  }
}

// "From January to September, the base handled ...": the base (park, hub) of a release that named one points back to it.
const BASE_ANAPHOR_RE = /\b[Tt]he\s+(?:logistics\s+)?(?:base|park|hub)\b(?!['’]s|\s+(?:of|for|in|at)\b)/g;

/** The logistics bases of `noteBasesByTown` that `s` names, or points back to, as their town's port, over the names inside them. */
function logisticsBases(s: string, raw: NamedPlace[]): void {
  if (BASES_BY_TOWN.size === 0) return;
  if (s.includes('ogistics')) {
    for (const m of s.matchAll(BASE_NAME_RE)) {
      const port = BASES_BY_TOWN.get(m[1] ?? m[2]);
      if (port) replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: { canonical: port, kind: 'port', adjective: false } });
    }
  }
  const ports = new Set(BASES_BY_TOWN.values());
  if (ports.size !== 1) return;
  const [port] = ports;
  for (const m of s.matchAll(BASE_ANAPHOR_RE)) {
    if (!overlapsFound(raw, m.index, m.index + m[0].length)) raw.push({ start: m.index, end: m.index + m[0].length, info: { canonical: port, kind: 'port', adjective: false } });
  }
  raw.sort((a, b) => a.start - b.start);
}

// Where a port town's name means its port even in a release that also names the town as a city: an apposition calling it a
// port, the port set right after it as the clause's subject, and goods or trains passing "through" it.
const PORT_KIND_WORD = String.raw`(?:(?:land|railway|rail|road|highway|border|inland|dry|river)\s+)?ports?\b`;
const CROSSING_VERB = String.raw`enter(?:s|ed|ing)?|leav(?:e|es|ing)|left|exit(?:s|ed|ing)?|cross(?:es|ed|ing)?|clear(?:s|ed|ing)?`;
const BORDER_NOUN = String.raw`(?:country|border|frontier|boundary)`;
const BORDER_LINK = String.raw`(?:bridges?|crossings?|tunnels?|roads?|highways?|railways?|rail\s+lines?|lines?|(?:rail\s+|road\s+)?links?|corridors?|cableways?|ropeways?|ferr(?:y|ies)|pipelines?)`;
const LINKING_VERB = String.raw`link(?:s|ed|ing)?|connect(?:s|ed|ing)?|join(?:s|ed|ing)?`;
const PORT_TOWN_AS_PORT: Array<{ before?: RegExp; after?: RegExp; examples: string[] }> = [
  {
    after: new RegExp(String.raw`^,\s+(?:(?:the|a|an|its)\s+|[A-Z][\w-]*['’]s\s+|one\s+of\s+(?:the\s+|[A-Z][\w-]*['’]s\s+))(?:(?!(?:city|town|county|prefecture|home|with)\b)[\w-]+\s+){0,4}?${PORT_KIND_WORD}`),
    examples: ["Manzhouli, China's largest land port on the Russian border, has handled ...", 'Erenhot, a railway port facing Mongolia, handled ...', 'In the border city of Hunchun, the highway port handled ...'],
  },
  { before: /\b(?:through|via)\s+$/i, examples: ['Imports of seafood through Hunchun rose ...', 'trains have passed through Manzhouli since ...'] },
  // A crossing of the border said to happen at the town: "trains entered or left the country at Manzhouli", "crossed the border at Erenhot".
  { before: /\b(?:entered|left|exited|crossed|cleared)\s+(?:(?:or|and)\s+(?:entered|left|exited)\s+)?(?:(?:the|China['’]s)\s+(?:country|border)\s+|China\s+)?at\s+$/i, examples: ['5,012 trains entered or left the country at Manzhouli', 'trucks crossed the border at Erenhot'] },
  // The same crossing in any tense or with the border as a place gone across: "moving across the frontier at Erenhot",
  // "crossing the boundary at", "enters the country at", "carried over the border at", "trade across China's border at".
  {
    before: new RegExp(String.raw`\b(?:(?:${CROSSING_VERB})\s+(?:(?:or|and)\s+(?:${CROSSING_VERB})\s+)?(?:(?:the|China['’]s)\s+${BORDER_NOUN}\s+)?|(?:across|over)\s+(?:the|China['’]s)\s+${BORDER_NOUN}\s+)at\s+$`, 'i'),
    examples: ['freight moving across the frontier at Erenhot', 'lorries crossing the boundary at Pingxiang', 'goods carried over the border at Hunchun', 'each train that enters the country at Alashankou'],
  },
  // A border link named by the towns at its ends, the town at either end: "the highway bridge linking Heihe with Russia's
  // Blagoveshchensk", "the rail line that joins Zamyn-Uud to Erenhot", "the road between Pingxiang and Lang Son": goods
  // crossing by it pass the town's port.
  {
    before: new RegExp(String.raw`\b${BORDER_LINK}\s+(?:(?:that|which)\s+)?(?:(?:${LINKING_VERB})\s+(?:(?:[A-Z][\w'’-]*|the)\s+){1,3}?(?:with|and|to)\s+|(?:${LINKING_VERB}|between)\s+)$`),
    examples: ["cargo over the highway bridge linking Heihe with Russia's Blagoveshchensk", 'the rail line that joins Zamyn-Uud to Erenhot', 'trucks on the road between Pingxiang and Lang Son'],
  },
  // The town as the subject of a port's work on trains or cargo counted right after its verb, an aside between at most: "Erenhot,
  // with some 75,000 residents, handled 3,050 China-Europe freight trains", "Heihe also received 1.2 million tonnes", "Suifenhe
  // has cleared over 900 trains", "Manzhouli saw 4,800 train trips" (trains and goods pass a port, not a city; a125).
  {
    after: /^(?:,(?:[^,.;]|[,.](?=\d)){1,60},)?\s+(?:(?:has|have|had|also|alone)\s+){0,2}(?:handled|handles|received|receives|cleared|clears|processed|processes|saw|sees|inspected|inspects)\s+(?:(?:a\s+total\s+of|more\s+than|over|nearly|about|some|around|almost|roughly)\s+)?\d[\d,.]*\s+(?:(?:million|thousand)\s+)?(?:[\w-]+\s+){0,3}?(?:trains|trips|tonnes|tons|TEUs?|containers)\b/,
    examples: ['Erenhot, with some 75,000 residents, handled 3,050 China-Europe freight trains', 'Heihe also received 1.2 million tonnes of soybeans', 'Suifenhe has cleared over 900 trains'],
  },
  // The same work in the passive, the town after "at": "3,050 trains were handled at Erenhot", "cargo cleared at Heihe".
  { before: /\b(?:handled|received|cleared|processed|inspected)\s+at\s+$/i, examples: ['3,050 trains were handled at Erenhot', '1.2 million tonnes of cargo cleared at Heihe'] },
];

/**
 * A port town named as a city ("Hunchun City", "the city of Heihe", or bare in a release that so names it) as the city; asked
 * only of a name no port word follows (the caller has read its suffix).
 */
function portTownAsCity(s: string, start: number, end: number, canonical: string): NamedPlace | null {
  if (!TOWNS_NAMED_AS_CITIES.has(canonical) || PORTS_AFTER_TOWN.test(s.slice(end, end + 48))) return null;
  if (PORT_TOWN_AS_PORT.some((r) => r.before?.test(s.slice(Math.max(0, start - 40), start)) || r.after?.test(s.slice(end, end + 80)))) return null;
  return { start, end, info: { canonical: canonical.replace(/ Port$/, ''), kind: 'city', adjective: false } };
}

const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * "the Department of Revenue and Customs (DRC)": letters in brackets that abbreviate the capitalised words
 * right before them name that body, not the place the lexicon knows by the same letters (DRC, the Congo).
 */
function abbreviatesNameBefore(s: string, start: number, name: string): boolean {
  if (s[start - 1] !== '(' || !/^[A-Z]{2,6}$/.test(name)) return false;
  const words = s.slice(Math.max(0, start - 100), start - 1).trim().split(/\s+/).reverse();
  let initials = '';
  for (const w of words) {
    if (initials.length === name.length) break;
    if (/^[A-Z]/.test(w)) initials = w[0] + initials;
    else if (!LINKING_WORDS.has(w)) break;
  }
  return initials === name;
}

const CHECKPOINT_IN_TOWN_AFTER = /^\s+(?:in|at)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/;
const LOWER_KIND_PORT = /\s(?:land|railway|highway|road|dry|river)\s+[Pp]ort$/;
// ", the " (or "a"/"an") between a port and a described port of a kind word: an apposition (a251).
const APPOSED_TO_PORT_GAP = /^,\s+(?:the|a|an)\s+$/;

/** The first of three capitalised words before a port word, with its space, when the lexicon knows it as a place. */
function locatingWord(name: string): RegExpExecArray | null {
  const m = /^([A-Z][a-z]+) (?=\S+[ -]\S+$)/.exec(name);
  return m && NAME_INFO.has(m[1]) ? m : null;
}

/** Whether a hyphenated name is two countries ("China-Myanmar", "Kazakhstan-China"): the name of a border between them. */
function namesBorderOfCountries(name: string): boolean {
  const parts = name.split('-');
  return parts.length === 2 && parts.every((part) => {
    const info = NAME_INFO.get(part);
    return info !== undefined && countryOrGroup(info.kind);
  });
}

/** "Shekou Port", "the Youyiguan border crossing": a port by its generic word, named or not in the lexicon. */
function genericPorts(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, GENERIC_PORT_WORDS) || !GENERIC_PORT_GATE.test(s)) return;
  GENERIC_PORT_RE.lastIndex = 0;
  for (let m = GENERIC_PORT_RE.exec(s); m !== null; m = GENERIC_PORT_RE.exec(s)) {
    const end = m.index + m[0].length;
    // "At Shekou Port, ...": a capitalised preposition opening the sentence is not part of the name.
    // "The Youyiguan border crossing": a capitalised article opening the sentence is not part of it either.
    // "Guangxi Beibu Gulf Port": a known place before a two-word name locates it (a third word of a name is no place).
    const lead = /^(?:At|In|Through|Via|From|To|Of|On|By|For|With|Near|Across|Inside|Within|Into|And|But|While|The)[ ](?=[A-Z])/.exec(m[1]) ?? locatingWord(m[1]);
    const start = m.index + (lead ? lead[0].length : 0);
    const name = lead ? m[1].slice(lead[0].length) : m[1];
    if (/^(?:The|This|That|Each|Every|Our|Its|A|An|Land|Sea|Dry|River|Inland|Free|Border|International)$/.test(name.split(/[ -]/)[0])) continue;
    // "on the Ergun River border with Russia": a river, lake or range is where a border runs, no crossing.
    if (/[ -](?:River|Lake|Mountains?|Range|Valley)$/.test(name)) continue;
    // "the Khorgos – Eastern Gate dry port": a kind word in lower case describes one town's port, not the second of a pair.
    if (LOWER_KIND_PORT.test(m[0]) && (/[ -]/.test(name) || /[-–—]\s*$/.test(s.slice(Math.max(0, start - 3), start)))) continue;
    // "Chinese customs, opposite ...", "the Kazakh border with": a country or its adjective names no crossing.
    const known = NAME_INFO.get(name);
    if (known && (known.adjective || countryOrGroup(known.kind))) continue;
    // (a251) "Gyirong, the Tibetan land port on the road to Kathmandu": a kind word in lower case in an apposition right after a
    // port describes that port ("Tibetan" says where it lies); it names no second one.
    if (LOWER_KIND_PORT.test(m[0]) && raw.some((r) => r.info.kind === 'port' && r.end < start && APPOSED_TO_PORT_GAP.test(s.slice(r.end, start)))) continue;
    // "The Inner Mongolia port office", "a Guangxi border crossing": a province before the port word locates it, no port's name.
    if (known?.kind === 'region' && PROVINCES.has(known.canonical)) continue;
    // "a China-Myanmar border port", "the busiest crossing on the China-Laos border": two countries joined by a hyphen
    // name the border a crossing lies on, not the crossing (its own name is the town's, given elsewhere or not at all).
    if (namesBorderOfCountries(name)) continue;
    // "the Termez cargo centre" is the border town's port; a known city's logistics centre stays the city's.
    // "the Dehong customs office said": a known city's or prefecture's customs office is its customs house, no crossing.
    if (/(?:centre|center|customs\s+office)$/.test(m[0]) && known?.kind === 'city') continue;
    // "Freight crossing the bridge ...": "crossing" with an object is the verb, not a border crossing.
    if (/crossing$/i.test(m[0]) && CROSSING_VERB_AFTER.test(s.slice(end, end + 8))) continue;
    if (STATION_AFTER.test(s.slice(end, end + 24))) continue;
    // "the Nur Zholy road checkpoint in Khorgos": a checkpoint in a port town of the lexicon is that town's port.
    const inTown = /(?:checkpoint|crossing)$/i.test(m[0]) ? CHECKPOINT_IN_TOWN_AFTER.exec(s.slice(end, end + 40)) : null;
    if (inTown && NAME_INFO.get(inTown[1])?.kind === 'port') continue;
    const overlapping = raw.filter((r) => start < r.end && end > r.start);
    // "Ningbo-Zhoushan Port" is one port, not the city of Ningbo: a longer port name covering only
    // towns and regions wins over them; a known port keeps its own canonical name.
    if (overlapping.some((r) => r.info.kind === 'port' || r.start < start || r.end > end || r.end - r.start >= end - start)) continue;
    replaceOverlapping(raw, { start, end, info: { canonical: genericPortName(name, m[2]), kind: 'port', adjective: false } });
  }
}

// "The Port of Constanta handled ...", "the port of Vladivostok": a town the lexicon lacks after "port of" is its port
// (known towns are read so in knownName); "Port of Entry" and a name running on ("Port of Spain Harbour") are no town.
// The town may be named in two or three words ("the Port of Los Angeles", "the port of Long Beach"), spelt with diacritics
// ("the Port of Gdańsk", written "Gdansk Port" as the lexicon writes towns), be a free port ("the Freeport of Riga", "the
// Free Port of Koper"), and be the port's authority's ("the Port
// Authority of Valencia", "the Port of Gdańsk Authority"): the authority's words after the town are no part of its name.
// (A title-case headline, "Port of Los Angeles Posts 13% Gain", runs the name on and is left.)
const PORT_BODY = String.raw`(?:Authority|Authorities|Corporation|Company|Board|Commission|Administration|Group|Harbou?r)\b`;
const PORT_OF_TOWN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Ff]ree\s?)?[Pp]ort\s+(?:Authority\s+)?of\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?!${PORT_BODY})\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])(?:\s${PORT_BODY})?(?![ -]?\p{Lu}|['’]s)`, 'gu');
const NOT_PORT_TOWN = /^(?:Entry|Call|Discharge|Loading|Origin|Destination|The|This|That)$/;

const PORT_OF_GATE = /[Pp]ort\s+(?:Authority\s+)?of\s+\p{Lu}/u;
const PORT_OF_WORDS = keywords(['port'], PORT_OF_GATE);

/** Towns the lexicon does not know, named as "the port of X". */
function portOfTowns(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, PORT_OF_WORDS) || !PORT_OF_GATE.test(s)) return;
  PORT_OF_TOWN_RE.lastIndex = 0;
  for (let m = PORT_OF_TOWN_RE.exec(s); m !== null; m = PORT_OF_TOWN_RE.exec(s)) {
    const [start, end] = [m.index, m.index + m[0].indexOf(m[1]) + m[1].length];
    if (NOT_PORT_TOWN.test(m[1].split(' ')[0]) || overlapsFound(raw, start, end)) continue;
    raw.push({ start, end, info: { canonical: `${plainLatin(m[1])} Port`, kind: 'port', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

// "Port Klang handled ...", "at Port Said", "Port Sudan's exports": a town whose own name opens with "Port" is a port town, named
// "X Port" as every port town is (the lexicon's "Port Hedland Port"). Not the port's owner or office ("Port Authority", "the
// Port Klang Authority" keeps the town), nor a title-case headline ("Port Traffic Slows"), whose next word is capitalised too.
const PORT_FIRST_NAME_RE = /(?<![\p{L}\p{N}])Port\s(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])(?!\s(?!(?:Authority|Authorities|Corporation|Company|Administration|Group)\b)\p{Lu})/gu;
// (a242: nor a body over several ports, "the Port Network Authority of the Eastern Adriatic Sea", "the Port System Authority of
// the Western Ligurian Sea", "Port Community System", "Port Agency", "Port Infrastructure".)
const NOT_PORT_FIRST_NAME = /^(?:Authority|Authorities|Network|System|Systems|Community|Agency|Infrastructure|Operators?|Group|Corporation|Company|Administration|Area|Zone|City|Station|Terminals?|Development|Logistics|Services|Holdings|Management|Operations|Statistics|State|Commission|Board|Council|Department|Trust|Office|Bureau|Master|Police|Health|Throughput|Traffic|Cargo|Container|Volume|Volumes|Performance|Report|News)$/;
// A capitalised word before "Port" makes it the end of another name: "Qingdao Port Qianwan terminal" is no town "Port Qianwan".
const NAME_WORD_BEFORE = /(?:^|\s)(?!(?:The|At|In|Through|Via|From|To|Of|And|By|For|With|Near|Into|Across|Inside|Within)\s$)\p{Lu}[\p{L}'’-]*\s$/u;

/** Port towns whose name opens with "Port" ("Port Klang"), when no other name covers them. */
function portFirstNames(s: string, raw: NamedPlace[]): void {
  if (!s.includes('Port ')) return;
  PORT_FIRST_NAME_RE.lastIndex = 0;
  for (let m = PORT_FIRST_NAME_RE.exec(s); m !== null; m = PORT_FIRST_NAME_RE.exec(s)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (NOT_PORT_FIRST_NAME.test(m[1]) || NAME_WORD_BEFORE.test(s.slice(Math.max(0, start - 30), start)) || overlapsFound(raw, start, end)) continue;
    raw.push({ start, end, info: { canonical: `Port ${plainLatin(m[1])} Port`, kind: 'port', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

/** "Sost Dry Port" → "Sost Port"; "Chengdu International Railway Port", a city's inland port, keeps its kind word. */
function genericPortName(name: string, kindWords: string | undefined): string {
  if (!kindWords) return `${name} Port`;
  const named = kindWords.startsWith('International') || name.endsWith(' International') || NAME_INFO.get(name)?.kind === 'city';
  return named ? `${name} ${kindWords.replace(/\s+/g, ' ')}Port` : `${name} Port`;
}

// "the Poyarkovo - Xunke crossing", "the road bridge Blagoveshchensk - Heihe", "the Gashuunsukhait - Ganqimaodu cross-border
// railway": a spaced pair of border towns naming a crossing; the first is the reporter's side.
const SPACED_PAIR_RE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s[-–—]\s[A-Z][\w-]+(?:\s[A-Z][\w-]+)?/g;
const PAIR_CROSSING_BEFORE = /\b(?:bridge|crossing|checkpoint)\s+(?:\(\s*)?$/i;
const PAIR_RAILWAY_AFTER = /^\s+(?:cross-border\s+|border\s+)?railway\b(?!s)/i;

/** The first town of a spaced pair naming a crossing is a port, known to the lexicon or not. */
function pairedBorderTowns(s: string, raw: NamedPlace[]): void {
  if (!/\s[-–—]\s/.test(s)) return;
  SPACED_PAIR_RE.lastIndex = 0;
  for (let m = SPACED_PAIR_RE.exec(s); m !== null; m = SPACED_PAIR_RE.exec(s)) {
    const [start, end] = [m.index, m.index + m[1].length];
    if (overlapsFound(raw, start, end) || !crossingPair(s, start, m.index + m[0].length)) continue;
    raw.push({ start, end, info: { canonical: `${m[1]} Port`, kind: 'port', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

/** The pair from `start` to `end` names a crossing: a bridge or crossing word before it, or a port word after it. */
function crossingPair(s: string, start: number, end: number): boolean {
  const after = s.slice(end, end + 40);
  return PAIR_CROSSING_BEFORE.test(s.slice(Math.max(0, start - 20), start)) || PAIRED_PORT_AFTER.test(after) || PAIR_RAILWAY_AFTER.test(after);
}

// Russia's regional customs administrations are named after the federal district they serve: "the Far Eastern Customs
// Administration", "the Siberian customs directorate". The area a sentence names through one ("the region of activity of
// the Far Eastern Customs Administration", "the area served by the Ural Customs Department", "the Volga customs
// administration's zone", "the Northwestern customs region") is that district; the administration named alone (a
// headline's or a quoted source) is not a place: "the Chita customs office of the Siberian Customs Administration said".
const FEDERAL_DISTRICT_OF_ADMINISTRATION: Readonly<Record<string, string>> = {
  'far eastern': 'Far Eastern', 'far east': 'Far Eastern', siberian: 'Siberian', ural: 'Ural', volga: 'Volga', northwestern: 'Northwestern',
  'north-western': 'Northwestern', 'north western': 'Northwestern', central: 'Central', southern: 'Southern',
  'north caucasian': 'North Caucasian', 'north caucasus': 'North Caucasian', 'north-caucasian': 'North Caucasian',
};
const REGIONAL_ADMINISTRATION_NAME = String.raw`(Far\s+East(?:ern)?|Siberian|Ural|Volga|North[\s-]?[Ww]estern|Central|Southern|North[\s-]Caucas(?:ian|us))\s+[Cc]ustoms(?:\s+(?:[Aa]dministration|[Dd]irectorate|[Dd]epartment|[Aa]uthority|[Oo]ffice))?`;
// The territory noun before the name ("the region of activity of", "the zone of responsibility of", "the area served by",
// "the territory under the jurisdiction of", "the region covered by"), or after it as its possessive or its own
// customs "region".
const ADMINISTRATION_TERRITORY_RE = new RegExp(
  String.raw`\b(?:region|area|zone|sphere|territory|district)s?\s+(?:(?:(?:of|under)\s+(?:(?:its\s+|the\s+)?(?:activity|activities|operation|operations|responsibility|competence|jurisdiction|control)\s+of\s+)?)|(?:(?:served|covered|supervised|overseen|controlled|administered)\s+by\s+)|(?:(?:under|within)\s+(?:the\s+)?(?:jurisdiction\s+|control\s+|supervision\s+)?of\s+))(?:the\s+)?${REGIONAL_ADMINISTRATION_NAME}\b` +
    String.raw`|\b${REGIONAL_ADMINISTRATION_NAME}(?:['’]s\s+(?:region|area|zone|territory|district)|(?<=[Cc]ustoms)\s+(?:region|district))\b`,
  'g',
);
const ADMINISTRATION_TERRITORY_WORDS = keywords(['customs'], ADMINISTRATION_TERRITORY_RE);

/** The federal district a regional customs administration serves, where a sentence names its territory (ADMINISTRATION_TERRITORY_RE). */
function administrationTerritories(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, ADMINISTRATION_TERRITORY_WORDS)) return;
  ADMINISTRATION_TERRITORY_RE.lastIndex = 0;
  for (let m = ADMINISTRATION_TERRITORY_RE.exec(s); m !== null; m = ADMINISTRATION_TERRITORY_RE.exec(s)) {
    const named = m[1] ?? m[2];
    const district = FEDERAL_DISTRICT_OF_ADMINISTRATION[named.toLowerCase().replace(/\s+/g, ' ')];
    const start = m.index + m[0].indexOf(named);
    if (!district || overlapsFound(raw, start, m.index + m[0].length)) continue;
    raw.push({ start, end: m.index + m[0].length, info: { canonical: `${district} Federal District`, kind: 'region', adjective: false } });
  }
}

/** Russian and Central Asian administrative units the lexicon does not know: "Primorsky Krai", "Amur Oblast". */
function adminUnits(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, ADMIN_UNIT_WORDS) || !ADMIN_UNIT_GATE.test(s)) return;
  ADMIN_UNIT_RE.lastIndex = 0;
  for (let m = ADMIN_UNIT_RE.exec(s); m !== null; m = ADMIN_UNIT_RE.exec(s)) {
    const named = m[1] ?? m[2] ?? m[3] ?? m[4];
    const start = named ? m.index + m[0].indexOf(named) : m.index;
    // "Xishuangbanna Dai Autonomous Prefecture": the whole name is the prefecture, which the release may then name by its first word.
    const end = m[4] ? m.index + m[0].length : named ? start + named.length : start + m[0].length;
    if (overlapsFound(raw, start, end)) continue;
    raw.push({ start, end, info: { canonical: (named ?? m[0]).replace(/\s+/g, ' '), kind: 'region', adjective: false } });
  }
}

/**
 * Free trade zones, bonded zones and development zones: "China (Shanghai) Pilot Free Trade Zone" →
 * "Shanghai FTZ"; "Hainan Free Trade Port" is the whole province; "Yangpu Economic Development Zone" as named, and
 * so a special economic zone ("the Savan-Seno Special Economic Zone", as industrial parks and bonded zones report) and a
 * cross-border cooperation centre ("the China-Kazakhstan Horgos International Frontier Cooperation Center") and a border
 * economic cooperation zone ("the Suifenhe Border Economic Cooperation Zone", a zone of the town, not its port).
 */
function zones(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, ZONE_WORDS) || !ZONE_GATE.test(s)) return;
  ZONE_RE.lastIndex = 0;
  for (let m = ZONE_RE.exec(s); m !== null; m = ZONE_RE.exec(s)) {
    // "Pudong New Area", "Binhai New Area": a state-level new area reports as named ("Lingang New Area" is in the lexicon).
    if (m[7] && NAME_INFO.has(m[0].replace(/\s+/g, ' '))) continue;
    // "the Qianhai-Shekou free trade zone" is a zone; "the China-Pakistan Free Trade Area" is an agreement between countries.
    if (m[2]?.includes('-') && m[2].split('-').some((w) => NAME_INFO.get(w)?.kind === 'country')) continue;
    replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: zoneInfo(m) });
  }
  pilotZoneAreas(s, raw);
}

// "the Qianhai Shekou Area of the China (Guangdong) Pilot Free Trade Zone", "the Nansha Area of China (Guangdong) Pilot
// FTZ": an area of a pilot free trade zone named by its places, with "Area" in capitals, is a zone of its own, named as
// the two-place zone names itself (`Qianhai-Shekou FTZ`), not the whole provincial zone. A lower-case "the Xiamen area of
// the China (Fujian) Pilot Free Trade Zone" only says which part of the zone a city is in and stays the FTZ's.
const PILOT_ZONE_AREA_RE = /\b((?!(?:The|This|Its|Special|New)\b)[A-Z][a-z]+(?:(?:\s+(?:and|&))?\s+(?!(?:Special|New)\b)[A-Z][a-z]+)?)\s+Area\s+of\s+(?:the\s+)?China\s*\(\s*[A-Z][a-z]+\s*\)\s*(?:Pilot\s+)?(?:Free\s+Trade\s+Zone|FTZ)\b/g;

/** Areas of a pilot free trade zone named with a capital "Area": zones of their own (see PILOT_ZONE_AREA_RE). */
function pilotZoneAreas(s: string, raw: NamedPlace[]): void {
  if (!s.includes(' Area of')) return;
  PILOT_ZONE_AREA_RE.lastIndex = 0;
  for (let m = PILOT_ZONE_AREA_RE.exec(s); m !== null; m = PILOT_ZONE_AREA_RE.exec(s)) {
    replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: { canonical: `${zoneName(m[1])} FTZ`, kind: 'zone', adjective: false } });
  }
}

/**
 * The name of a free trade zone written as two words: "Qianhai Shekou" or "Qianhai and Shekou" is one zone of two
 * areas, hyphenated as the zone names itself ("Qianhai-Shekou"); "Inner Mongolia" is one place of the lexicon; a
 * city or province written before the zone's own name ("Shenzhen Qianhai") only says where it lies.
 */
function zoneName(written: string): string {
  const words = written.split(/\s+(?:(?:and|&)\s+)?/);
  if (words.length < 2 || NAME_INFO.has(words.join(' '))) return words.join(' ');
  const first = NAME_INFO.get(words[0]);
  return first && isTownOrProvince(first.kind) ? words[1] : words.join('-');
}

/** What a zone match names (the groups of ZONE_RE). */
function zoneInfo(m: RegExpExecArray): NameInfo {
  const place = m[1] ?? m[2] ?? m[3];
  if (m[7]) return { canonical: `${m[7]} New Area`, kind: 'zone', adjective: false };
  if (place) return { canonical: `${zoneName(place)} FTZ`, kind: 'zone', adjective: false };
  if (m[4]) return NAME_INFO.get(m[4]) ?? { canonical: m[4], kind: 'region', adjective: false };
  // "The Yangpu Economic Development Zone": a capitalised article opening the sentence is not part of the name; nor is a
  // possessive pronoun ("Its Nanchang Comprehensive Bonded Zone", "Their ... Zone": the zone of the place named before).
  // "The Pingxiang comprehensive bonded zone handled ...": the kind written in lower case after the town's name is the
  // zone's name all the same (the town alone would be its port or city), named as the capitals write it.
  const kind = m[6].startsWith('comprehensive') ? m[6].replace(/\b[a-z]/g, (c) => c.toUpperCase()) : m[6];
  return { canonical: `${m[5].replace(/^(?:The|At|In|Through|Via|From|Of|Its|Their|Our|This|That)\s+/, '')} ${kind.replace(/\s+/g, ' ')}`, kind: 'zone', adjective: false };
}

const AIRPORT_WORDS = keywords(['airport'], AIRPORT_RE);

/** "Urumqi International Airport": an airport reports its cargo as a zone does. */
function airports(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, AIRPORT_WORDS) || !s.includes(' Airport')) return;
  AIRPORT_RE.lastIndex = 0;
  for (let m = AIRPORT_RE.exec(s); m !== null; m = AIRPORT_RE.exec(s)) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    // "Zhengzhou Airport Comprehensive Bonded Zone": a zone already found around the airport's name is the place.
    if (raw.some((x) => x.info.kind === 'zone' && x.start <= start && x.end >= end)) continue;
    replaceOverlapping(raw, { start, end, info: { canonical: m[1].replace(/\s+/g, ' '), kind: 'zone', adjective: false } });
  }
}

/**
 * Cross-border railways named by the countries they join ("the China-Laos Railway"): a corridor that
 * reports its own cargo, ranked like a zone (a port on it, "Mohan Port on the China-Laos Railway", is
 * the more precise area). "China-Europe Railway Express" and freight trains name services, not corridors.
 */
function crossBorderRailways(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, RAILWAY_WORDS) || !s.includes(' Railway')) return;
  RAILWAY_RE.lastIndex = 0;
  for (let m = RAILWAY_RE.exec(s); m !== null; m = RAILWAY_RE.exec(s)) {
    const parts = m[1].split('-');
    if (!parts.every((part) => NAME_INFO.get(part)?.kind === 'country')) continue;
    // "the Laos-China Railway" (as Lao news writes it) is the China-Laos Railway: China's side is named first.
    const ordered = [...parts.filter((p) => p === 'China'), ...parts.filter((p) => p !== 'China')];
    replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: { canonical: `${ordered.join('-')} Railway`, kind: 'zone', adjective: false } });
  }
}

// "the Far Eastern Railway's border crossings", "the Sverdlovsk Railway": a regional railway named by words that are no
// place of the lexicon reports its own freight, labelled as named (a corridor's rank: a crossing the sentence names
// outranks it). Lines named by places ("the Qinghai-Tibet Railway") and services are not companies.
const RAILWAY_COMPANY_RE = /\b((?!(?:The|This|That|Its|A|An|In|At|On|By|Via|Along|From)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+Railway\b(?!\s+(?:Express|Group|Bureau|Company|Co\b|Corporation|[Pp]ort|[Ss]tation))/g;

// "Shandong Port Group said its sea-rail volume ...": a province's port group runs several ports and reports for them
// together, under its own name (a municipality's, "Tianjin Port Group", runs the city's port, which the text names).
const PORT_GROUP_RE = /\b([A-Z][a-z]+)\s+Port\s+Group\b/g;
const MUNICIPALITIES = new Set(['Beijing', 'Tianjin', 'Shanghai', 'Chongqing']);

/** A province-level municipality (Shanghai, Beijing, Tianjin, Chongqing): a region that is a city too ("the city's trade"). */
// "Xi'an Railway Port", "Chengdu International Railway Port", "Lanzhou International Land Port", "Xi'an International Port":
// a city's inland hub by its full name; a land port of a border town ("Erenhot Port", "Horgos Port") is no city's hub.
const INLAND_HUB_FULL_NAME = /^(.+?) (?:International )?(?:Railway|Land|International) Port$/;
/** The city whose inland hub `name` is, or undefined (a border town's port, a seaport, any other place). */
export function cityOfInlandHub(name: string): string | undefined {
  const hub = name.endsWith(' Port') ? INLAND_HUB_FULL_NAME.exec(name) : null;
  return hub && NAME_INFO.get(hub[1])?.kind === 'city' ? hub[1] : undefined;
}

// County-level cities and the prefecture-level city that administers each: the prefecture's customs office reports on them.
const PREFECTURE_OF_COUNTY_CITY: ReadonlyMap<string, string> = new Map([
  ['Yiwu', 'Jinhua'], ['Kunshan', 'Suzhou'], ['Zhangjiagang', 'Suzhou'], ['Changshu', 'Suzhou'], ['Taicang', 'Suzhou'],
  ['Jiangyin', 'Wuxi'], ['Cixi', 'Ningbo'], ['Pingxiang', 'Chongzuo'], ['Manzhouli', 'Hulunbuir'], ['Suifenhe', 'Mudanjiang'],
]);
/** Whether `county` is a county-level city that `prefecture` administers (Yiwu within Jinhua). */
export const isCountyCityOf = (county: string, prefecture: string): boolean => PREFECTURE_OF_COUNTY_CITY.get(county) === prefecture;

export const isMunicipality = (name: string): boolean => MUNICIPALITIES.has(name);
const RAILWAY_WORDS = keywords(['railway'], RAILWAY_RE, RAILWAY_COMPANY_RE);
const PORT_GROUP_WORDS = keywords(['group'], PORT_GROUP_RE);

/** Port groups of provinces. */
function portGroups(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, PORT_GROUP_WORDS) || !s.includes(' Port Group')) return;
  PORT_GROUP_RE.lastIndex = 0;
  for (let m = PORT_GROUP_RE.exec(s); m !== null; m = PORT_GROUP_RE.exec(s)) {
    const region = NAME_INFO.get(m[1]);
    if (region?.kind !== 'region' || MUNICIPALITIES.has(region.canonical)) continue;
    replaceOverlapping(raw, { start: m.index, end: m.index + m[0].length, info: { canonical: `${region.canonical} Port Group`, kind: 'zone', adjective: false } });
  }
}

/** Regional railway companies, when no other name covers any of their words. */
function railwayCompanies(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, RAILWAY_WORDS) || !s.includes(' Railway')) return;
  RAILWAY_COMPANY_RE.lastIndex = 0;
  for (let m = RAILWAY_COMPANY_RE.exec(s); m !== null; m = RAILWAY_COMPANY_RE.exec(s)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlapsFound(raw, start, end) || m[1].split(/[ -]/).some((w) => NAME_INFO.has(w))) continue;
    raw.push({ start, end, info: { canonical: `${m[1]} Railway`, kind: 'zone', adjective: false } });
    raw.sort((a, b) => a.start - b.start);
  }
}

/** "Sino-Russian trade": the adjective after "Sino-" is the partner (the hyphen hides it from the name matcher). */
function sinoAdjectives(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, SINO_WORDS) || !s.includes('Sino-')) return;
  SINO_RE.lastIndex = 0;
  for (let m = SINO_RE.exec(s); m !== null; m = SINO_RE.exec(s)) {
    const info = NAME_INFO.get(m[1]);
    if (!info || info.kind !== 'country') continue;
    const end = m.index + m[0].length;
    raw.push({ start: end - m[1].length, end, info: { ...info, adjective: true } });
  }
}

/** The nouns of goods a supplier sends (read here for a country's own deliveries, by nonfigures.ts for a company's). */
export const DELIVERY_NOUN = String.raw`(?:deliveries|shipments|exports|supplies|sales|flows|cargoes)`;
// After a country that reports its own deliveries (a ROLE_RULES entry): "said its own pipeline deliveries to", "reported that
// its shipments of ore to". (A company that does so gives one company's numbers: no row, nonfigures.ts.)
const SUPPLIER_DELIVERIES_AFTER = new RegExp(String.raw`^(?:['’]s|\s+(?:said|says|reported|reports|announced|added)\s+(?:that\s+)?its)\s+(?:[\w-]+\s+){0,3}?${DELIVERY_NOUN}\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:to|into)\s+[A-Z]`);

// Between a foreign country opening the clause and the release's country: a verb of sending, its amount and goods, "to".
const SENDER_TO_GAP = /^\s+(?:has\s+|had\s+|have\s+)?(?:sent|shipped|exported|delivered|supplied|sold|railed|piped|pumped)\s+(?:[^.;]|\.(?=\d)){1,80}?\bto\s+$/i;
/** "Russia sent 18.3 million tonnes of crude oil to China": the place before is a foreign country that sent goods to this one. */
function sentByForeignSubject(v: PlaceView): boolean {
  const sender = v.prev;
  return sender !== undefined && sender.kind === 'country' && sender.name !== v.name && v.r.start - sender.end <= 100 && SENDER_TO_GAP.test(v.s.slice(sender.end, v.r.start));
}

/** Adds a place that wins over the names it overlaps: they are dropped. */
function replaceOverlapping(raw: NamedPlace[], place: NamedPlace): void {
  for (const r of raw.filter((x) => place.start < x.end && place.end > x.start)) raw.splice(raw.indexOf(r), 1);
  raw.push(place);
}

// "the district of Xiamen Customs", "the ports under Huangpu Customs", "the area under the jurisdiction of Nanjing
// Customs": the territory a customs house supervises (several cities, or parts of them) reports as its district.
// (Round a226: a sentence may open on it, "Ports under Xiamen Customs handled ...", and the house may be the agent,
// "the ports supervised by Qingdao Customs", "ports overseen/administered by Ningbo Customs"; "Torugart Port under the
// supervision of Kashgar Customs" is the port of a name.)
// "the Shanghai customs area", "the Xiamen Customs district": the same territory named after the customs house.
const CUSTOMS_DISTRICT_RE = /\b(?:district|jurisdiction)\s+of\s+([A-Z][a-z]+)\s+Customs\b|\b(?:(?<![A-Z][\w'’-]*\s+)(?:Areas?|Ports?|Region)|areas?|ports?|region)\s+(?:under\s+(?:the\s+(?:jurisdiction|supervision)\s+of\s+)?|(?:supervised|overseen|administered|covered|served)\s+by\s+)([A-Z][a-z]+)\s+Customs\b|\b([A-Z][a-z]+)\s+[Cc]ustoms\s+(?:area|district)\b/g;
// "Exports of used cars declared at Huangpu Customs", "goods cleared by Nanjing Customs", "cargo processed through Xiamen
// Customs", "imports that passed through Ningbo Customs": goods a customs house declared, cleared or handled are its district's
// (the conventions' customs house named alone, b238-09); the span is the house's name. A house named after a port town
// ("declared at Manzhouli Customs") is that town's port, as the lexicon reads it (b100-07), and is left to it.
// (a242: the declarations named as a noun, lodged or filed with the house: "Declarations lodged with Urumqi Customs itself
// covered 38,700 of the vehicles", "entries filed at Huangpu Customs", "customs declarations made to Nanjing Customs".)
const CLEARED_AT_CUSTOMS_RE = /(?<=\b(?:(?:declared|cleared|handled|processed|inspected|registered)\s+(?:at|by|through|with|via|under)|(?:went|passed|passing|going|moved|moving)\s+through|(?:[Dd]eclarations?|[Ee]ntries|[Ff]ilings)\s+(?:(?:lodged|filed|made|submitted)\s+)?(?:at|with|to|by|through))\s+)([A-Z][a-z]+)\s+Customs\b(?!\s+(?:District|Area|Office|House|Department|Post|Station|Bureau|Service)\b)/g;
// "According to Huangpu Customs, ... in the area under its jurisdiction": the customs house named before "its". A customs
// house's own page says "our district", "our customs district", "its jurisdiction", "this customs area" for the same
// territory ("According to statistic of Manzhouli Customs, ... the import and export value of our district reached ...").
// (a250) The house's ports named by a clause with "it" as the house: "Hunchun Customs said trade declared at the ports it oversees
// ... fell", "the ports it supervises", "the land ports that it administers".
const UNDER_ITS_JURISDICTION_RE = /\b([A-Z][a-z]+)\s+Customs\b[^.;]{0,80}?\b((?:areas?|ports?|region)\s+under\s+its\s+(?:jurisdiction|supervision)|(?:our|its|this|whose)\s+(?:customs\s+)?(?:district|jurisdiction|customs\s+area)|ports\s+(?:that\s+)?it\s+(?:oversees|supervises|administers|covers|manages))\b/g;
// A district named by its suffix ("the Huangpu District of Guangzhou"); not a customs district nor a development district.
const DISTRICT_RE = /\b(?!(?:Customs|Development|Business|Economic|Industrial|Special|Administrative|Free|Financial|Central|New|Port|Bonded|Trade|The|This|Each|Every)\b)([A-Z][a-z]+)\s+District\b/g;

const DISTRICT_WORDS = keywords(['customs', 'district'], CUSTOMS_DISTRICT_RE, UNDER_ITS_JURISDICTION_RE, DISTRICT_RE, CLEARED_AT_CUSTOMS_RE);

/** Customs districts and city districts named in `s`, added to `raw` (a place of the lexicon over a district's name wins). */
function districtPlaces(s: string, raw: NamedPlace[]): void {
  if (!mentions(s, DISTRICT_WORDS)) return;
  let m: RegExpExecArray | null;
  if (s.includes(' Customs') || s.includes(' customs ')) {
    CUSTOMS_DISTRICT_RE.lastIndex = 0;
    while ((m = CUSTOMS_DISTRICT_RE.exec(s)) !== null) addCustomsDistrict(raw, m.index, m.index + m[0].length, `${m[1] ?? m[2] ?? m[3]} Customs district`);
    CLEARED_AT_CUSTOMS_RE.lastIndex = 0;
    while ((m = CLEARED_AT_CUSTOMS_RE.exec(s)) !== null) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!raw.some((r) => start < r.end && end > r.start && r.info.kind === 'port')) addCustomsDistrict(raw, start, end, `${m[1]} Customs district`);
    }
    UNDER_ITS_JURISDICTION_RE.lastIndex = 0;
    while ((m = UNDER_ITS_JURISDICTION_RE.exec(s)) !== null) {
      // "Shantou Customs, whose district takes in ...": the house whose district a relative names stands for the district.
      if (m[2].startsWith('whose')) { addCustomsDistrict(raw, m.index, m.index + m[0].indexOf('Customs') + 7, `${m[1]} Customs district`); continue; }
      addCustomsDistrict(raw, m.index + m[0].length - m[2].length, m.index + m[0].length, `${m[1]} Customs district`);
      // "Hekou Customs said that exports of our customs district ...": the house's town names the speaker, not a place of the figure.
      dropHouseTown(raw, m.index, m.index + m[1].length);
    }
  }
  if (!s.includes(' District')) return;
  DISTRICT_RE.lastIndex = 0;
  while ((m = DISTRICT_RE.exec(s)) !== null) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!overlapsFound(raw, start, end)) raw.push({ start, end, info: { canonical: m[0].replace(/\s+/g, ' '), kind: 'zone', adjective: false } });
  }
  raw.sort((a, b) => a.start - b.start);
}

/** Drops the town of a customs house's name ("Hekou" of "Hekou Customs") once the house's own territory is named after it. */
function dropHouseTown(raw: NamedPlace[], start: number, end: number): void {
  const at = raw.findIndex((r) => r.start === start && r.end <= end + 1 && r.info.kind !== 'zone');
  if (at >= 0) raw.splice(at, 1);
}

/** A customs district, unless a zone already covers it (a function of its own: a closure made per sentence costs). */
function addCustomsDistrict(raw: NamedPlace[], start: number, end: number, canonical: string): void {
  if (raw.some((r) => start < r.end && end > r.start && r.info.kind === 'zone')) return;
  replaceOverlapping(raw, { start, end, info: { canonical, kind: 'zone', adjective: false } });
}

/** "the Huangpu District of Guangzhou (Guangzhou Development District)": a place in brackets right after another is its other name. */
function withoutBracketedAliases(s: string, raw: NamedPlace[]): NamedPlace[] {
  if (!s.includes('(')) return raw;
  return raw.filter((r, i) => i === 0 || !isDomesticName(r) || !isDomesticName(raw[i - 1]) || !/^\s*\(\s*$/.test(s.slice(raw[i - 1].end, r.start)));
}
const isDomesticName = (r: NamedPlace) => r.info.kind !== 'country' && r.info.kind !== 'group';

/** True when the names are in order already (nearly always: the sort call costs more than the check). */
function isSorted(raw: Array<{ start: number }>): boolean {
  for (let i = 1; i < raw.length; i++) if (raw[i - 1].start > raw[i].start) return false;
  return true;
}

/** A place name found in a sentence, before its role is decided. */
interface NamedPlace {
  start: number;
  end: number;
  info: NameInfo;
}

// The names found depend on the sentence alone, and each sentence is read twice (once to find whose
// release it is, once for its figures): the second read reuses the first's names. Entries are never
// mutated; the memo is bounded and emptied for each release (`forgetPlaceNames`), so it never keeps
// an earlier release's text alive.
const NAMED_MEMO = new Map<string, NamedPlace[]>();
const NAMED_MEMO_SIZE = 1024;

/** Empties the memo of names found per sentence: call when a new release starts. */
export function forgetPlaceNames(): void {
  NAMED_MEMO.clear();
  PLACES_BY_ANSWERS.clear();
}

// Places of sentences with the questions their roles asked of the release (its country and area) and the answers they got:
// a later read of the sentence whose questions get the same answers takes the same roles (the rules see nothing else of the
// release). The first read of a sentence (whose release it is, no country yet) so gives the second (its figures) its answer
// whenever the country it now knows changes none of the answers. Emptied with the names for each release; the arrays are
// never changed by their readers. So a rule asks the release (`isForeign`, `isCountry`) after its words match, not before:
// asked first, the question differs between the two reads for every country named ("" then the country) and the second
// read gives roles again to every place of the sentence (a sixth of the sentences of the bench's releases).
const PLACES_BY_ANSWERS = new Map<string, { answers: Answer[]; places: PlaceMention[] }>();

function namedPlacesOf(s: string): NamedPlace[] {
  let raw = NAMED_MEMO.get(s);
  if (raw === undefined) {
    if (NAMED_MEMO.size >= NAMED_MEMO_SIZE) NAMED_MEMO.clear();
    raw = namedPlaces(s);
    NAMED_MEMO.set(s, raw);
  }
  return raw;
}

/**
 * Regions of China that keep their own customs statistics and publish them as a country does (the
 * C&SD, DSEC and Taiwan's finance ministry): a release may be about one of them, and other countries'
 * releases list them as partners.
 */
export const SEPARATE_CUSTOMS_TERRITORIES: ReadonlySet<string> = new Set(['Hong Kong', 'Macao', 'Taiwan']);

/** The role a place plays in its sentence. */
type PlaceRole = PlaceMention['role'];

/**
 * Questions about the release's country and its area so far. Every rule asks them through here, so
 * that a sentence whose roles came out without asking any is known to read the same in any release.
 */
/** One question asked of the release and its answer: which question, about which name ('' for none), and what it was. */
type Answer = [question: Question, name: string, answer: boolean];
type Question = 'isCountry' | 'isCurrent' | 'hasCountry' | 'onPlaceInCountry' | 'onBloc' | 'isSource' | 'onManyReporters';

class ReleaseQuestions {
  /** Every question asked, in order, with its answer. */
  readonly answers: Answer[] = [];
  constructor(
    private readonly current: string,
    private readonly country: string,
    /** Asked only when a sentence's words call for it: finding the source reads the whole release. */
    private readonly source: () => string,
    /** The release is a report of a body gathering many reporters' trade (many-reporters.ts). */
    private readonly manyReporters = false,
  ) {}

  isCountry(name: string): boolean {
    return this.answered('isCountry', name, name === this.country);
  }

  isCurrent(name: string): boolean {
    return this.answered('isCurrent', name, name === this.current);
  }

  hasCountry(): boolean {
    return this.answered('hasCountry', '', this.country !== '');
  }

  /** The release's one cited source is this country's customs or statistics agency (`citedSourceOf`). */
  isSource(name: string): boolean {
    return this.answered('isSource', name, name === this.source());
  }

  /** The release is on a place inside its country (a city, a province), not on the country. */
  onPlaceInCountry(): boolean {
    return this.answered('onPlaceInCountry', '', this.current !== '' && this.current !== this.country);
  }

  /** The release reports on a bloc (the EU, the EAEU): its member states are places of their own figures. */
  onBloc(): boolean {
    return this.answered('onBloc', '', this.isBloc());
  }

  /** The release reports many reporters' trade (the WTO's, UNCTAD's): the subject of a sentence owns its figures. */
  onManyReporters(): boolean {
    return this.answered('onManyReporters', '', this.manyReporters);
  }

  /** True when every question of `answers` gets the same answer here (none is asked again). */
  answersAlike(answers: readonly Answer[]): boolean {
    for (const [question, name, answer] of answers) {
      const now = question === 'isCountry' ? name === this.country : question === 'isCurrent' ? name === this.current : question === 'hasCountry' ? this.country !== '' : question === 'onBloc' ? this.isBloc() : question === 'isSource' ? name === this.source() : question === 'onManyReporters' ? this.manyReporters : this.current !== '' && this.current !== this.country;
      if (now !== answer) return false;
    }
    return true;
  }

  private isBloc(): boolean {
    return this.country !== '' && NAME_INFO.get(this.country)?.kind === 'group';
  }

  private answered(question: Question, name: string, answer: boolean): boolean {
    this.answers.push([question, name, answer]);
    return answer;
  }
}

/** One sentence's named places being given roles, in text order. */
interface PlaceScan {
  s: string;
  raw: NamedPlace[];
  /** The mentions decided so far. */
  places: PlaceMention[];
  /** Indexes (into `raw`) of places that only describe an earlier place ("Horgos Port in northwest China's Xinjiang"). */
  describing: Set<number>;
  /** Where the last route name ("China-Europe") ended: a parenthesis right after it names the route too. */
  routeEnd: number;
  /** Where the last border pair read as our port ("Zabaikalsk - Manzhouli crossing") ended: its far side names no place. */
  pairEnd: number;
  release: ReleaseQuestions;
}

/** What the role rules see of one named place. */
interface PlaceView {
  s: string;
  r: NamedPlace;
  i: number;
  name: string;
  kind: PlaceKind;
  /** The words before the place, as [from, to) of `s` too (a rule runs only when its keywords are in it). */
  before: string;
  from: number;
  to: number;
  after: string;
  /** "Russia's": the place is followed by a possessive. */
  possessive: boolean;
  /** The last word before the place, in lower case, past a "the" ending the words before ("bound for the" → "for"). */
  tail: string;
  prev: PlaceMention | undefined;
  next: NamedPlace | undefined;
  places: PlaceMention[];
  release: ReleaseQuestions;
}

const NO_SOURCE = () => '';

/** All places named in a sentence, with their roles; `current` is the release's area so far, `source` its one cited source. */
export function findPlaces(s: string, current: string, country = current, source: () => string = NO_SOURCE, manyReporters = false): PlaceMention[] {
  const release = new ReleaseQuestions(current, country, source, manyReporters);
  const known = PLACES_BY_ANSWERS.get(s);
  if (known !== undefined && release.answersAlike(known.answers)) return known.places;
  const scan: PlaceScan = { s, raw: namedPlacesOf(s), places: [], describing: new Set(), routeEnd: -10, pairEnd: -1, release };
  for (let i = 0; i < scan.raw.length; i++) scan.places.push(...placeMentions(scan, i));
  markPlaceLists(s, scan.places);
  const result = withJointAreas(s, scan.places);
  if (PLACES_BY_ANSWERS.size >= NAMED_MEMO_SIZE) PLACES_BY_ANSWERS.clear();
  PLACES_BY_ANSWERS.set(s, { answers: release.answers, places: result });
  return result;
}

/** The mentions one named place makes: none, the place with its role, or (a "Kazakhstan-China" pair) two. */
function placeMentions(scan: PlaceScan, i: number): PlaceMention[] {
  const v = placeView(scan, i);
  for (const rule of SETTLING_RULES) {
    const settled = rule(v, scan);
    if (settled) return settled;
  }
  return [mention(v, officeRole(v, locates(v, scan) ? 'locator' : roleByWording(v)))];
}

function placeView(scan: PlaceScan, i: number): PlaceView {
  const { s, raw, places } = scan;
  const r = raw[i];
  let to = r.start;
  // "the countries of Asia", "states of the EAEU": the head noun hides the role word before it.
  if (r.info.kind === 'group' && mentions(s, MEMBERS_OF_WORDS, Math.max(0, r.start - 50), r.start)) {
    const head = MEMBERS_OF_BEFORE.exec(s.slice(Math.max(0, r.start - 50), r.start));
    if (head) to = r.start - head[0].length;
  }
  const from = Math.max(0, to - 50);
  const after = s.slice(r.end, r.end + 90);
  // "Laos' trade", "the Philippines' exports": a name ending in "s" takes the apostrophe alone.
  const possessive = after.charCodeAt(0) === 39 && (/^'s\b/.test(after) || (s.charCodeAt(r.end - 1) === 115 && /^'\s/.test(after)));
  const before = s.slice(from, to);
  return { s, r, i, name: r.info.canonical, kind: r.info.kind, before, from, to, after, possessive, tail: tailWord(before), prev: places[places.length - 1], next: raw[i + 1], places, release: scan.release };
}

/**
 * The last word of `before` in lower case (ASCII letters), or the one before it when that is "the": an expression ending
 * "(?:to|for)\s+(?:the\s+)?$" can match only when this is "to" or "for", a test that costs less than running it.
 */
function tailWord(before: string): string {
  const text = before.trimEnd();
  const start = letterRunStart(text, text.length);
  const word = text.slice(start).toLowerCase();
  if (word !== 'the' || start === 0 || !isSpace(text, start - 1)) return word;
  const rest = text.slice(0, start).trimEnd();
  return rest.slice(letterRunStart(rest, rest.length)).toLowerCase();
}

/** Where the run of ASCII letters ending at `end` starts. */
function letterRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

const isSpace = (text: string, at: number) => text.slice(at, at + 1).trim() === '';
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const mention = (v: PlaceView, role: PlaceRole, end = v.r.end): PlaceMention => ({ start: v.r.start, end, name: v.name, kind: v.kind, role });
/** A rule's keywords in the words before the place. */
const near = (v: PlaceView, k: Keywords) => mentions(v.s, k, v.from, v.to);
/** A rule's keywords in the words after the place. */
const ahead = (v: PlaceView, k: Keywords) => mentions(v.s, k, v.r.end, v.r.end + 90);
const countryOrGroup = (kind: PlaceKind) => kind === 'country' || kind === 'group';
/** A digit in `t`: a test cheaper than the expression that needs an amount, run before it. */
function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) return true;
  return false;
}
/** A country other than the release's own (which the release has). */
const isForeign = (v: PlaceView) => v.release.hasCountry() && !v.release.isCountry(v.name);
/** A town or port the lexicon places in the release's own country (any country's, when the release has none yet). */
const homeTown = (v: PlaceView): boolean => {
  const country = countryOfPlace({ name: v.name, kind: v.kind });
  return country !== null && (!v.release.hasCountry() || v.release.isCountry(country));
};

/**
 * Rules that settle a place whole before its words are weighed: they give its mentions (none when the
 * place is passed over), or nothing when they do not apply. The first that applies decides.
 */

const SETTLING_RULES: Array<(v: PlaceView, scan: PlaceScan) => PlaceMention[] | undefined> = [dateline, farSideOfPair, blocPrefixed, routeParenthesis, jointRunners, corridor, pipelineName, publishedInCapital, basedIn, tradedWithWhich, portOperator, frontedLocative, superlativeApposition, placeInPortApposition, capitalsNationalBody, governmentOrOrigin, hyphenCompound, mirroredSupplier, sourceOfMirror, adjective];

// (a229) "Beijing's customs tally put arrivals of Brazilian beans at 9.6 million tonnes", "Tokyo's finance ministry reported",
// "Seoul's trade ministry said", "Moscow's customs service counted", "Ankara's statistics institute put": a national capital's
// possessive before a body that gathers a nation's figures (customs, a ministry of trade, finance or the economy, a statistics
// office, a trade secretariat) names that nation's body, as the government a capital stands for (GOVERNMENT_CAPITAL): the
// figures are the country's, not the city's. Not in a release on the capital itself ("Beijing's customs said the city's ...").
const CAPITALS_NATIONAL_BODY_AFTER = /^['’]s\s+(?:(?:own|official|national|federal|central)\s+)?(?:customs(?:\s+(?:service|administration|authorit(?:y|ies)|office|agency|bureau|tally|count|data|figures|statistics))?|(?:finance|trade|commerce|economy|economic|industry)\s+ministry|ministry\s+of\s+(?:finance|trade|commerce|(?:the\s+)?economy)|(?:statistics|statistical)\s+(?:office|bureau|agency|service|institute|committee)|(?:foreign\s+)?trade\s+secretariat)\b/i;

// (a232) "In Brasília, the foreign trade secretariat said", "Meanwhile in Jakarta, the statistics agency put", "Over in Santiago,
// Chile's customs service reported": a capital fronted and closed by its comma, with a national body opening the clause after it,
// is the seat the body speaks from; the body's figures are the country's.
const FRONTED_SEAT_BEFORE = /(?:^|[.;:]\s*|\s[-–—]+\s*)(?:In|(?:Meanwhile|Elsewhere|Separately|Over)\s*,?\s+in)\s+$/;
const NATIONAL_BODY = String.raw`(?:(?:own|official|national|federal|central|foreign)\s+)?(?:customs(?:\s+(?:service|administration|authorit(?:y|ies)|office|agency|bureau|department))?|(?:finance|trade|commerce|economy|economic|industry|agriculture|agricultural|mining)\s+ministry|ministry\s+of\s+(?:finance|trade|commerce|(?:the\s+)?economy|agriculture)|(?:statistics|statistical)\s+(?:office|bureau|agency|service|institute|committee)|(?:foreign\s+)?trade\s+secretariat|central\s+bank)\b`;
const BODY_OPENING_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+|its\s+|[A-Z][\w.-]*['’]s\s+)?${NATIONAL_BODY}`, 'i');

/** A capital that names the seat of a national source: fronted before the body, after the body ("the office in X"), or its possessive. */
function capitalAsSeat(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  const after = s.slice(end, end + 80);
  return (FRONTED_SEAT_BEFORE.test(before) && BODY_OPENING_AFTER.test(after)) || SEAT_OF_SOURCE_BEFORE.test(before) || PUBLISHED_IN_BEFORE.test(before) || CAPITALS_NATIONAL_BODY_AFTER.test(after);
}

/** A municipality that is a capital, where a source published its figures ("said in Beijing"): the country, in a release on no other place. */
function publishedInCapital(v: PlaceView): PlaceMention[] | undefined {
  const country = v.tail === 'in' ? capitalCountry(v.name) : undefined;
  if (country === undefined || !PUBLISHED_IN_BEFORE.test(v.before) || !(v.release.isCurrent('') || v.release.isCurrent(country))) return undefined;
  return [{ ...mention(v, 'area'), name: country, kind: 'country' }];
}

function capitalsNationalBody(v: PlaceView): PlaceMention[] | undefined {
  if (!v.possessive || !CAPITALS_NATIONAL_BODY_AFTER.test(v.after)) return undefined;
  const country = capitalCountry(v.name);
  if (country === undefined || v.release.isCurrent(v.name)) return undefined;
  return [{ ...mention(v, 'area'), name: country, kind: 'country' }];
}

/** The words between a supplier and the source's country that make the supplier's figure the source's, mirrored. */
function mirrorGap(gap: string, possessive: boolean): boolean {
  return MIRRORED_SUPPLIER.outward.test(gap) || MIRRORED_SUPPLIER.inward.test(gap) || (possessive && MIRRORED_SUPPLIER.balance.test(gap));
}

/**
 * "Russian exports to China", "Russia's surplus in trade with China" in a release whose one cited source is China's customs
 * (`citedSourceOf`): the supplier is the partner of the source's figure, marked so that its flow word turns (MIRRORED_SUPPLIER).
 * Not where the sentence itself cites figures of another source, or unnamed customs figures.
 */
function mirroredSupplier(v: PlaceView): PlaceMention[] | undefined {
  const { next } = v;
  if (v.kind !== 'country' || next === undefined || next.info.kind !== 'country' || next.start - v.r.end > 70 || !(v.possessive || v.r.info.adjective)) return undefined;
  if (!mirrorGap(v.s.slice(v.r.end, next.start), v.possessive)) return undefined;
  const source = next.info.canonical;
  if (source === v.name || !v.release.isSource(source)) return undefined;
  // A sentence citing figures of its own ("On the Chinese side, customs data show that China's crude oil imports from Saudi
  // Arabia ...") takes them from its own source, not the release's.
  const cited = customsCitedIn(v.s);
  if (cited === undefined ? SUPPLIER_POSSESSIVE.customsCited.test(v.s) : cited !== source) return undefined;
  return [{ ...mention(v, 'partner'), mirrors: true }];
}

/** The source's country after a mirrored supplier ("Russian exports to China"): the area of the figure. */
function sourceOfMirror(v: PlaceView): PlaceMention[] | undefined {
  const { prev } = v;
  return prev?.mirrors === true && mirrorGap(v.s.slice(prev.end, v.r.start), /^['’]s/.test(v.s.slice(prev.end))) ? [mention(v, 'area')] : undefined;
}

/**
 * "extra-EU exports", "intra-euro area trade" are the bloc's own trade in a release on the EU or the euro area; in a
 * member's release ("Intra-EU trade accounted for 71.8% of exports") the prefix only says which partners.
 */
function blocPrefixed(v: PlaceView): PlaceMention[] | undefined {
  if (v.kind !== 'group' || !v.before.endsWith('-') || !BLOC_PREFIX_BEFORE.test(v.before)) return undefined;
  if (!v.release.isCountry('Euro area') && !v.release.isCountry('European Union')) return [];
  return [mention(v, 'area')];
}

// "Lao Cai (VNA) – Import-export turnover ...", "Dongxing, Nov. 3 (Guangxi Daily) --": where a release was written.
// "Luxembourg, 17 November 2026 –": an agency's seat dated in full before a dash is a dateline too.
// "Hanoi, November 6, 2026 - According to ...": a seat dated in full the American way, before a spaced dash.
// "Ulaanbaatar /MONTSAME/. Mongolia ...": the agency between slashes. "24.kg news agency, Bishkek – In the first half
// ...": the agency's credit before the place, the dash after it. "Beijing, 13 January (Xinhua) -": the day before the
// month, as British-style wires write it; "Beijing, January 13 --": the date alone before a double or long dash, or a
// spaced hyphen ("Beijing, March 7 - Exports ...").
const DAY_MONTH = String.raw`\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const DATE_NO_YEAR = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|${DAY_MONTH})`;
// "Hanoi | Monday, January 6, 2025 | Reporting by ...", "Beijing, 7 March 2026 | Updated 15:46": a live page's byline line
// sets the seat and the date apart with pipes (the weekday may come first), the way a printed dateline does with a dash.
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const PIPE_DATELINE = String.raw`\|\s*(?:${WEEKDAY},?\s+)?${DATE_NO_YEAR}(?:,?\s+\d{4})?\b|,\s*(?:${WEEKDAY},?\s+)?${DATE_NO_YEAR}(?:,?\s+\d{4})?\s*\|`;
const DATELINE_AFTER = new RegExp(String.raw`^\s*(?:${PIPE_DATELINE}|(?:,\s*${DATE_NO_YEAR}(?:,\s*\d{4})?\s*)?(?:\([^()\n]{1,40}\)|\/[A-Z][^/\n]{1,30}\/)\s*(?:--|[-–—:.])|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s*(?:--|[–—])|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\s*(?:--|[–—]|-(?=\s))|,\s*${DATE_NO_YEAR}\s*(?:--|[–—]|-(?=\s)))`);
const CREDITED_DATELINE_BEFORE = /^(?:[^.!?\n]|\.(?=\S)){0,40}\b(?:news\s+agency|agency|news|press\s+service)\s*,\s*$/i;
// "Ulaanbaatar                2025.12.03", "Pretoria, 28 November 2025", "Ottawa   November 5, 2025", "Astana 14.11.2025": a
// bulletin's letterhead line, the seat and the full date and nothing else (a gap, a comma or a space between), as a PDF's
// first page sets them; the date may be written in figures with dots, slashes or hyphens.
const LETTERHEAD_DATE_AFTER = new RegExp(String.raw`^(?:[ \t]*,[ \t]*|[ \t]+)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|${DAY_MONTH},?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*(?:\n|$)`);
const LETTERHEAD_BEFORE = /^[^\d.!?,;:]*$/;
const DASH_AFTER = /^\s*(?:--|[–—])\s/;
// "Singapore — China imported 1.58 mil cu m ...", "Hanoi - The statistics office said ...": a place alone before a spaced
// dash (long, double or a hyphen) and the next sentence's capital, opening the text, is the seat a commodity wire wrote from (no date, no agency); not one joined by the dash to another
// place before what the two share ("Uzbekistan – Kyrgyzstan trade came to ...").
const BARE_DASH_DATELINE_AFTER = /^\s+(?:--|[–—]|-)\s+[A-Z](?![\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:trade|turnover|relations|ties|border|cooperation|route|corridor|railway|line)\b)/;

// "Horgos Port — H1 2025 at a glance": a place named as a port ("... Port") is the heading's subject; wires date from towns.
const NAMED_AS_PORT = /\s[Pp]ort$/;

// "By our data desk | Beijing, 16 January 2026 | 5 min read", "Graphics team · Guangzhou · 19 July 2024": a page's byline
// line, its parts set apart by bars or middle dots, names the desk's seat before the date; the seat is where the page was
// written, not the place of its figures (a newspaper in the capital charts the whole country's trade).
const BYLINE_SEAT_BEFORE = /(?:^|\n)[^\n.!?|·•]{0,60}\s[|·•]\s*$/;
const BYLINE_SEAT_AFTER = /^\s*(?:,|[|·•])\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)\s+\d{4}\s*(?:$|\n|[|·•])/;

// "Xi'an, September 10 (Shaanxi provincial portal) --", "NANNING, April 20 (Guangxi Daily) --", "URUMQI, May 3 (the Xinjiang
// government website) -": a place in the credit a dateline closes with names the publisher, not the place of the figures (a227).
const DATELINE_CREDIT_BEFORE = new RegExp(String.raw`^\s*[A-Z][A-Za-z .'’-]{1,40},\s*${DATE_NO_YEAR}(?:,?\s+\d{4})?\s*\(\s*(?:the\s+)?$`);
const DATELINE_CREDIT_AFTER = /^[^()\n]{0,40}\)\s*(?:--|[-–—:])/;

/** Whether the place at [start, end) of `s` stands in the credit of the dateline opening `s` (a publisher's name). */
export function inDatelineCredit(s: string, start: number, end: number): boolean {
  return start <= 50 && DATELINE_CREDIT_BEFORE.test(s.slice(0, start)) && DATELINE_CREDIT_AFTER.test(s.slice(end, end + 60));
}

/** A place opening the sentence as its dateline is where the release was written, not the place of its figures. */
function dateline(v: PlaceView): PlaceMention[] | undefined {
  if (v.from === 0 && inDatelineCredit(v.s, v.r.start, v.r.end)) return [mention(v, 'locator')];
  if (BYLINE_SEAT_BEFORE.test(v.before) && BYLINE_SEAT_AFTER.test(v.after)) return [mention(v, 'locator')];
  // A letterhead's seat may stand under the agency's name ("CUSTOMS OF MONGOLIA" / "Ulaanbaatar   2025.12.03"), the two lines
  // one sentence: words with no figure or stop before the seat, the date and nothing else after it.
  if (LETTERHEAD_BEFORE.test(v.before) && LETTERHEAD_DATE_AFTER.test(v.after)) return [mention(v, 'locator')];
  if (v.i !== 0 || (v.s.endsWith('ort', v.r.end) && NAMED_AS_PORT.test(v.s.slice(v.r.start, v.r.end)))) return undefined;
  // Every dateline goes on with a comma, a bracket or a slash (DATELINE_AFTER), or a dash after a credited place.
  const lead = v.after.trimStart().charAt(0);
  // "Astana. December 3. KAZINFORM - ...", "Astana. The foreign trade turnover ...": a seat closed by a full stop is a sentence
  // of its own, the place and nothing else, as Kazakh agencies write their datelines.
  if (lead === '.') return v.before.trim() === '' && /^\.\s*$/.test(v.after) ? [mention(v, 'locator')] : undefined;
  if (lead !== ',' && lead !== '(' && lead !== '/' && lead !== '-' && lead !== '–' && lead !== '—' && lead !== '|') return undefined;
  const opening = v.before.trim() === '' && (DATELINE_AFTER.test(v.after) || BARE_DASH_DATELINE_AFTER.test(v.after));
  return opening || (v.from === 0 && CREDITED_DATELINE_BEFORE.test(v.before) && DASH_AFTER.test(v.after)) ? [mention(v, 'locator')] : undefined;
}

/** "the Zabaikalsk - Manzhouli rail border crossing": the far side of a border pair read as our port is passed over. */
function farSideOfPair(v: PlaceView, scan: PlaceScan): PlaceMention[] | undefined {
  return v.r.start < scan.pairEnd ? [] : undefined;
}

/**
 * "Shandong Port Group said": a port operator's name is the source of the figures, not a port. But an operator that handled,
 * moved, reported or posted throughput of its own ("Shanghai International Port Group (SIPG) has reported container
 * throughput of 43.5 million TEU", "Tianjin Port Group handled 238 million tonnes", "Qingdao Port Holdings posted a box volume
 * of ...") stands for the port it runs: a city's seaport, named "X Port" whatever words of kind the company's name holds.
 */
function portOperator(v: PlaceView): PlaceMention[] | undefined {
  if (v.kind !== 'port' || !PORT_OPERATOR_AFTER.test(v.after)) return undefined;
  if (!OPERATOR_OWN_THROUGHPUT_AFTER.test(v.after)) return [mention(v, 'locator')];
  const city = CITY_OF_OPERATOR.exec(v.name);
  const kind = city ? NAME_INFO.get(city[1])?.kind : undefined;
  return [{ ...mention(v, 'area'), name: kind === 'city' || kind === 'region' ? `${city![1]} Port` : v.name }];
}
// The operator's name, its abbreviation in brackets, then a verb of handling or reporting and the throughput or an amount.
const OPERATOR_OWN_THROUGHPUT_AFTER = /^\s+(?:Group|Holdings?|Co\.?,?\s+Ltd)\b(?:\s*\([^()]{1,12}\))?,?\s+(?:(?:has|had|have)\s+)?(?:reported|posted|recorded|registered|logged|announced|achieved|handled|moved|processed)\s+(?:(?:a|an|its|total|annual|record|combined)\s+)*(?:(?:container|cargo|box|freight)\s+)?(?:throughput|volumes?\b|(?:(?:about|around|nearly|more\s+than|over|some)\s+)?\d[\d.,]*\s*(?:million|billion|thousand|mln|bn)?\s*(?:TEUs?|tonnes|tons|metric\s+tons|twenty-foot))/;
// "Shanghai International Port", "Ningbo Sea Port": the town the company's port is named after.
const CITY_OF_OPERATOR = /^([A-Z][a-z]+)\s+(?:(?:International|Sea|Container|Commercial)\s+)?Port$/;

/**
 * "Youyiguan (Friendship Pass) Port, the largest of the Pingxiang ports, cleared ...": a place inside an apposition that
 * describes the port or zone before it only locates that one.
 */
function placeInPortApposition(v: PlaceView): PlaceMention[] | undefined {
  return v.prev && (v.prev.kind === 'port' || v.prev.kind === 'zone') && inPlaceApposition(v) ? [mention(v, 'locator')] : undefined;
}

// "Inside Suzhou, the Kunshan zone handled ...", "In Jiangsu, Suzhou shipped ...", "Within the region, Horgos Port cleared
// ...": a wider place fronted after "in", "inside" or "within" and closed by its comma, with another place opening the
// clause after it, only says where that one lies ("In Jiangsu, Nanjing Customs said ..." names the reporter: not this).
// A live page's entry turning to another place opens with a sentence adverb before the "in" ("Meanwhile in Hanoi, Vietnam's
// customs department says ...", "Elsewhere, in Jakarta, Indonesia's statistics agency ...", "Over in Seoul, Korean exports ...").
// The entry's time may stand before it ("14:55 Meanwhile in Hanoi, ...", "[11.05am] In Jakarta, ...").
const FRONTED_LOCATIVE_BEFORE = /(?:^|[.;:]\s*|\s[-–—]+\s*)(?:\[?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\]?\s+(?:[A-Z]{2,4}\s+)?)?(?:In|Inside|Within|(?:Meanwhile|Elsewhere|Separately|Over|Next\s+door|Across\s+the\s+border)\s*,?\s+in)\s+(?:the\s+)?$/;
// The place after the comma may be named by its kind first ("Within Chongzuo, the border city of Pingxiang traded ...", "In
// Jiangsu, the port city of Lianyungang ...", "Inside Hulunbuir, the county-level city of Manzhouli ...").
// ("In Yiwu, a city of Zhejiang, ..." names no town after its kind: the province there places the town before.)
const COMMA_TO_NEXT_PLACE = /^\s*,\s*(?:the\s+)?$/;
const COMMA_TO_NAMED_TOWN = /^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|county|port|prefecture|district|zone|municipality)\s+of\s+$/i;
const isWiderPlace = (kind: PlaceKind) => kind === 'region' || countryOrGroup(kind);

/** Whether the town `next` opens the clause after a wider place fronted by "in", "inside" or "within", named by its kind. */
const townAfterFronted = (s: string, prev: { start: number; end: number }, next: { start: number; kind: PlaceKind }): boolean =>
  !isWiderPlace(next.kind) && COMMA_TO_NAMED_TOWN.test(s.slice(prev.end, next.start)) && FRONTED_LOCATIVE_BEFORE.test(s.slice(Math.max(0, prev.start - 50), prev.start));

/** A wider place fronted before the place that opens its clause ("Inside Suzhou, the Kunshan zone ..."): a locator. */
function frontedLocative(v: PlaceView): PlaceMention[] | undefined {
  const next = v.next;
  if (!next || !FRONTED_LOCATIVE_BEFORE.test(v.before) || !(COMMA_TO_NEXT_PLACE.test(v.s.slice(v.r.end, next.start)) || townAfterFronted(v.s, v.r, { start: next.start, kind: next.info.kind }))) return undefined;
  return CUSTOMS_AFTER.test(v.s.slice(next.end, next.end + 12)) ? undefined : [mention(v, 'locator')];
}

/**
 * "Ezhou Huahu Airport, Asia's first cargo hub airport, ...": the wider place of a superlative apposition is scenery; so is
 * the place of one ranking the place among others ("the Kunshan zone, one of China's largest by trade, ...").
 */
function superlativeApposition(v: PlaceView): PlaceMention[] | undefined {
  return v.prev && SUPERLATIVE_APPOSITION_AFTER.test(v.after) && /,\s*(?:(?:one|among)\s+of\s+)?$/.test(v.before) ? [] : undefined;
}

// "The China-Europe Railway Express (Chengdu-Chongqing)": two cities of a service's parenthesis joined by a dash.
const RUN_JOINTLY_AFTER = /^[-–]([A-Z][\w']+)\s*\)/;
const isTownOrProvince = (kind: PlaceKind) => kind === 'city' || kind === 'region';

// "the Chengdu-Chongqing China-Europe Railway Express made 3,105 trips": two towns dashed before the name of the service
// they run are its joint area, as in the parenthesis; "trips of Chengdu-Chongqing ... trains" that one city operated are not.
const DASHED_SERVICE_AFTER = /^[-–]([A-Z][\w']+)\s+(?:China-Europe\s+)?(?:Railway\s+Express|rail\s+express)\b/i;
const SERVICE_OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
const EXPRESS_WORDS = keywords(['express'], DASHED_SERVICE_AFTER);

/** The second town of a dashed pair naming a service ("Chengdu-Chongqing China-Europe Railway Express"), if the place opens one. */
function dashedServiceName(v: PlaceView): RegExpExecArray | null {
  if (!isDash(v.after.charCodeAt(0)) || SERVICE_OF_BEFORE.test(v.before)) return null;
  return ahead(v, EXPRESS_WORDS) ? DASHED_SERVICE_AFTER.exec(v.after) : null;
}

/** "China-Europe (Central Asia) freight trains": the parenthesis names the route too. */
function routeParenthesis(v: PlaceView, scan: PlaceScan): PlaceMention[] | undefined {
  return v.r.start - scan.routeEnd <= 3 && /\(\s*$/.test(v.s.slice(scan.routeEnd, v.r.start)) ? [] : undefined;
}

/** Whether two dashed towns are known to lie in different countries (a route's two ends). */
function endsInTwoCountries(name: string, kind: PlaceKind, other: NameInfo): boolean {
  const [a, b] = [countryOfPlace({ name, kind }), countryOfPlace({ name: other.canonical, kind: other.kind })];
  return a !== null && b !== null && a !== b;
}

const ONE_END_NAMED_AFTER = /^[^.;]{0,100}?\btrains\s+(?:in\s+and\s+out\s+of|into\s+and\s+out\s+of|to\s+and\s+from)\s+([A-Z][\w']+)/;

/**
 * "The China-Europe Railway Express (Chengdu-Chongqing) ran ...": two cities or provinces dashed in a parenthesis
 * run what it qualifies together. Both are listed as areas, and the list reports as one joint area (withJointAreas).
 */
function jointRunners(v: PlaceView): PlaceMention[] | undefined {
  const dashed = v.before.includes('(') && /\(\s*$/.test(v.before) ? RUN_JOINTLY_AFTER.exec(v.after) : dashedServiceName(v);
  const other = dashed ? NAME_INFO.get(dashed[1]) : undefined;
  if (!dashed || !other || other.adjective || !isTownOrProvince(v.kind) || !isTownOrProvince(other.kind)) return undefined;
  const start = v.r.end + 1;
  // (a251) "The Zhengzhou-Europe freight train service (Zhengzhou-Hamburg) ran ...": a pair whose towns lie in two countries
  // names the route's two ends, not two hubs running it: the first is the home the service runs from, the far end scenery.
  if (endsInTwoCountries(v.name, v.kind, other)) return [mention(v, 'area'), { start, end: start + dashed[1].length, name: other.canonical, kind: other.kind, role: 'locator' }];
  // "The China-Europe Railway Express (Chengdu-Chongqing) ran 2,318 trains in and out of Chongqing": trains counted where they
  // came and went are that town's, and the pair only names the service.
  const role = ONE_END_NAMED_AFTER.exec(v.s.slice(start, start + 160))?.[1] === other.canonical || ONE_END_NAMED_AFTER.exec(v.after)?.[1] === v.name ? 'locator' : 'area';
  return [{ ...mention(v, role), inList: role === 'area' }, { start, end: start + dashed[1].length, name: other.canonical, kind: other.kind, role, inList: role === 'area' }];
}

/**
 * "The China-Laos Railway has transported ...", "goods transported via the China-Laos Railway": like a
 * port, the corridor is the area of the goods it carries; "since the opening of the China-Laos
 * Railway" only dates an event.
 */
const CORRIDOR_TRAINS_BEFORE = /\b(?:trains|services)\s+of\s+(?:the\s+)?$/i;

function corridor(v: PlaceView): PlaceMention[] | undefined {
  if (v.kind !== 'zone' || !/\s(?:Railway|Corridor|Route)$/.test(v.name)) return undefined;
  // A trade corridor in a release on a city or province ("the Land-Sea Trade Corridor carried 58,000
  // TEUs for the city") is the route that place's goods took; in a release on the corridor, its area.
  // "Sea-rail trains of the New Western Land-Sea Corridor made 9,316 trips": the corridor's own trains are its figures.
  const routeOfPlace = !v.name.endsWith(' Railway') && v.release.onPlaceInCountry() && !CORRIDOR_TRAINS_BEFORE.test(v.before);
  return [mention(v, CORRIDOR_EVENT_BEFORE.test(v.before) || routeOfPlace || inPlaceApposition(v) || TRANSFERRED_BETWEEN_BEFORE.test(v.before) || ROUTING_GOES_ON_BEFORE.test(v.s.slice(Math.max(0, v.to - 100), v.to)) || CREDITED_TO_BEFORE.test(v.before) || partRouted(v) || routeOfSubjectsTraffic(v) ? 'locator' : 'area')];
}
// "Trade with Laos soared 40.2 percent to 11.9 billion yuan, boosted by the China-Laos Railway", "thanks to the corridor's
// new routes": a corridor named as what drove a figure is its cause, not whose figure it is.
const CREDITED_TO_BEFORE = /\b(?:(?:boosted|buoyed|driven|helped|lifted|propelled|spurred|supported|fuell?ed|powered)\s+by|(?:thanks|owing|due)\s+to|benefit(?:ing|ed)\s+from)\s+(?:the\s+)?$/i;
// "Via the Caspian ports of Aktau and Kuryk, along the Trans-Caspian International Transport Route, 61,500 TEU were shipped":
// a corridor set after a routing phrase goes on saying which way the goods went; it is the route, not whose goods they are.
const ROUTING_GOES_ON_BEFORE = /\b(?:via|through)\s+[^,.;]{1,60},\s*(?:and\s+)?along\s+(?:the\s+)?$/i;

// "Natural gas received through the Central Asia pipeline", "gas from the Myanmar pipeline", "via the Turkmenistan gas
// pipeline", "the East Siberia–Pacific Ocean oil pipelines": a place's name set before the noun of a pipeline (a fuel's
// name between) names the line, as "China-Europe" names a train service; the goods it carries are the reporting port's or
// country's, and the place plays no role ("exports to Central Asia by pipeline" names the partner before "by").
const PIPELINE_NAME_AFTER = /^\s+(?:(?:natural\s+)?gas\s+|oil\s+|crude(?:\s+oil)?\s+|products?\s+)?pipelines?\b/i;

/** A place naming a pipeline ("the Central Asia pipeline"): skipped, else undefined. */
function pipelineName(v: PlaceView): PlaceMention[] | undefined {
  return !v.r.info.adjective && PIPELINE_NAME_AFTER.test(v.after.slice(0, 40)) ? [] : undefined;
}

/** "an analyst with a Beijing-based think tank", "a Shenzhen-based exporter", "at a Beijing think tank": where a speaker or a firm sits. */
function basedIn(v: PlaceView): PlaceMention[] | undefined {
  return v.after.startsWith('-based') || placeOfAFirm(v) ? [mention(v, 'locator')] : undefined;
}

// "an economist at a Beijing think tank said", "analysts at a Hong Kong brokerage", "according to a researcher with a Shanghai
// university", "a Tokyo consultancy estimated", "one Qingdao trading house": a place written as the adjective of an institution
// or a firm, after an indefinite article, says where the speaker or the firm sits, as "-based" does; the figures are not the
// place's. (A port, a zone or a crossing so named keeps its place: "a Guangxi port handled" is no firm.)
const INDEFINITE_BEFORE = /\b(?:a|an|one|another)\s+$/i;
const FIRM_NOUN_AFTER = /^(?:\s+[\w'’-]+){0,2}?\s+(?:think[- ]tanks?|brokerages?|(?:investment\s+)?banks?|lenders?|insurers?|universit(?:y|ies)|colleges?|academy|institutes?|consultanc(?:y|ies)|advisory|research\s+(?:house|firm|group|cent(?:re|er))|trading\s+(?:house|firm|company)|asset\s+manager|fund\s+manager|(?:securities\s+)?(?:firm|company|house)s?)\b/i;
// "an economist in Beijing said", "said analysts based in Shanghai", "according to a strategist from Singapore": the place
// a speaker works in, after the speaker's noun, is no more the figures' place.
const SPEAKER_IN_BEFORE = /\b(?:economists?|analysts?|researchers?|strategists?|brokers?|scholars?|professors?|experts?|observers?|consultants?|commentators?)\s+(?:(?:based|working)\s+)?(?:in|from)\s+$/i;
// "Customs officials in Beijing said", "according to the statistics office in Hanoi", "the finance ministry in Tokyo reported",
// "a customs spokeswoman in Seoul told reporters": a national capital after the officials or the body that gives the figures
// is the seat of a national source, not the place whose trade it is (a provincial city's "officials in Xiamen" stays the city's).
const SEAT_OF_SOURCE_BEFORE = /\b(?:officials?|spokes(?:man|woman|person)|ministry|office|bureau|department|customs|administration|agency|service|authorit(?:y|ies)|statisticians?)\s+(?:(?:based|working|sitting)\s+)?in\s+$/i;
// (a246) "the General Administration of Customs said in Beijing on Friday", "Customs numbers out this afternoon in Beijing",
// "figures released in Tokyo on Monday showed", "the ministry told reporters in Seoul", "data published today in Beijing": a
// capital after the verb (or the "out") that puts a source's figures out, a day or a time of day between, is where they were
// published: the seat of a national source again, so the figures are the country's (`publishedInCapital`); in a release
// already on another place of the country (a city's own trade, "Beijing's exports") only a locator.
const PUBLISHED_IN_BEFORE = /\b(?:said|says|saying|reported|announced|released|published|issued|told\s+(?:reporters|journalists|(?:a|the)\s+(?:news\s+|press\s+)?(?:briefing|conference))|(?:data|figures|numbers|statistics)\s+(?:(?:were|are|is)\s+)?out)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:this|late|early)\s+(?:morning|afternoon|evening)\s+|(?:today|yesterday)\s+)?in\s+$/i;
function placeOfAFirm(v: PlaceView): boolean {
  return (INDEFINITE_BEFORE.test(v.before) && FIRM_NOUN_AFTER.test(v.after)) || SPEAKER_IN_BEFORE.test(v.before) || ((SEAT_OF_SOURCE_BEFORE.test(v.before) || PUBLISHED_IN_BEFORE.test(v.before)) && capitalCountry(v.name) !== undefined);
}

// "the CIS states, trade with which amounted to ...", "China, exports to which rose ...": the relative clause trades with the place.
const TRADED_WITH_WHICH_AFTER = /^\s*(?:(?:member\s+)?(?:states|countries|nations)\s*)?,\s*(?:the\s+)?(?:(?:mutual|bilateral|foreign)\s+)?(?:trade|turnover|exports|imports|shipments|supplies|deliveries)\s+(?:with|to|from)\s+(?:which|whom)\b/i;
const WHICH_WORDS = keywords(['which', 'whom'], TRADED_WITH_WHICH_AFTER);

/** A place a relative clause trades with ("the CIS states, trade with which amounted to ...") is the partner. */
function tradedWithWhich(v: PlaceView): PlaceMention[] | undefined {
  return ahead(v, WHICH_WORDS) && TRADED_WITH_WHICH_AFTER.test(v.after) ? [mention(v, 'partner')] : undefined;
}

/**
 * "US-origin arrivals" (place-roles.ts): where the goods come from; "after Beijing's tariffs", "Congo's export
 * suspension": the government.
 */
function governmentOrOrigin(v: PlaceView): PlaceMention[] | undefined {
  const capital = (GOVERNMENT_CAPITAL.names.has(v.name) && (GOVERNMENT_CAPITAL.after.test(v.after) || GOVERNMENT_CAPITAL.stance.test(v.after) || pairedCapitals(v))) || (countryOrGroup(v.kind) && ((measureAfter(v.after) && GOVERNMENT_MEASURE.after.test(v.after)) || ownerOfMeasure(v)));
  if (!capital && !(v.after.charCodeAt(0) === 45 && ORIGIN_COMPOUND.after.test(v.after))) return undefined;
  return [mention(v, capital ? 'locator' : 'partner')];
}

/** "the export policy adjustment of Russia": a country after "of" (or "imposed by") a measure it owns. */
function ownerOfMeasure(v: PlaceView): boolean {
  return (v.tail === 'of' || v.tail === 'by') && GOVERNMENT_MEASURE.ofOwner.test(v.before);
}

const TRADE_CURB_AFTER = /^\s+(?:export|import|trade)\s/;
/** A possessive or one of the measure words after a place: what every match of GOVERNMENT_MEASURE starts with or has. */
function measureAfter(after: string): boolean {
  const first = after.charCodeAt(0);
  return first === 39 || first === 0x2019 || after.includes('tariff') || after.includes('sanctions') || after.includes('polic') || TRADE_CURB_AFTER.test(after);
}

/** "between Beijing and Washington", "between Washington and Beijing": the capital is one of two governments. */
function pairedCapitals(v: PlaceView): boolean {
  return (/\bbetween\s+$/.test(v.before) && GOVERNMENT_CAPITAL.pairedAfter.test(v.after)) || GOVERNMENT_CAPITAL.pairedBefore.test(v.before);
}

const DASHED_NAME_AFTER = /^[-–—]([A-Z][\w]+)/;
// "China-South Africa trade", "China-New Zealand trade": the name after the dash may take two or three words.
const DASHED_NAMES_AFTER = /^[-–—][A-Z]\w+(?:\s[A-Z]\w+){1,2}/;

/** The name after a dash: the longest run of capitalised words the lexicon knows ("South Africa"), else the first word. */
function dashedName(after: string): [string, string] | null {
  const m = DASHED_NAME_AFTER.exec(after);
  const one: [string, string] | null = m && [m[0], m[1]];
  const more = one && DASHED_NAMES_AFTER.exec(after);
  if (!more) return one;
  const words = more[0].slice(1).split(' ');
  for (let n = words.length; n > 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (NAME_INFO.has(name)) return [`${after[0]}${name}`, name];
  }
  return one;
}
/** A hyphen, an en dash or an em dash. */
const isDash = (code: number) => code === 45 || code === 0x2013 || code === 0x2014;
const TRADE_AFTER = /^\s+(?:trade|turnover|commerce|bilateral)/i;

/** "Kazakhstan – Russia trade": two countries paired by a spaced dash before trade words, as with a hyphen. */
function countryPairDash(v: PlaceView): RegExpExecArray | null {
  if (v.kind !== 'country') return null;
  const m = /^\s[-–—]\s([A-Z][\w]+)/.exec(v.after);
  return m && NAME_INFO.get(m[1])?.kind === 'country' && TRADE_AFTER.test(v.after.slice(m[0].length, m[0].length + 20)) ? m : null;
}

/** "Kazakhstan-China trade", "Kazakhstan–Russia turnover": the first is the area, the second the partner. */
function hyphenCompound(v: PlaceView, scan: PlaceScan): PlaceMention[] | undefined {
  // Every compound has a dash right after the place or after one space.
  if (!isDash(v.after.charCodeAt(0)) && !isDash(v.after.charCodeAt(1))) return undefined;
  // "the Zabaikalsk - Manzhouli rail border crossing": a spaced dash joins a pair of border towns the same way.
  const spaced = v.kind === 'port' ? /^\s[-–—]\s([A-Z][\w]+)(?:\s[A-Z][\w-]+)?/.exec(v.after) : null;
  // "through Zabaikalsk – Manzhouli": two ports of the lexicon paired by a spaced dash are a crossing without its noun.
  const pairCrossing = spaced !== null && (crossingPair(v.s, v.r.start, v.r.end + spaced[0].length) || NAME_INFO.get(spaced[1])?.kind === 'port');
  const compound = pairCrossing ? spaced : dashedName(v.after) ?? countryPairDash(v);
  if (!compound) return spacedRouteName(v, scan);
  const end = v.r.end + compound[0].length;
  // "the Heihe-Blagoveshchensk highway bridge port": a cross-border pair naming a port or bridge is the port on our side.
  if (v.kind === 'port' && (pairCrossing || PAIRED_PORT_AFTER.test(v.after.slice(compound[0].length, compound[0].length + 40)))) {
    scan.routeEnd = scan.pairEnd = end;
    return [mention(v, 'area', end)];
  }
  const other = NAME_INFO.get(compound[1]);
  if (other && TRADE_AFTER.test(v.s.slice(end, end + 20))) {
    // A dash lets the second name be read on its own: it is the partner given here, nothing more.
    scan.pairEnd = end;
    // "Russia-China trade down 0.6% - Chinese customs": the side whose customs give the figures (cited in the sentence, or the
    // release's one cited source) reports the pair's trade, whichever side is written first (as pairedWithReporter reads
    // "between Russia and China").
    const reporterSecond = other.kind === 'country' && v.kind === 'country' && other.canonical !== v.name && (customsCitedIn(v.s) ?? (v.release.isSource(other.canonical) ? other.canonical : undefined)) === other.canonical;
    return [mention(v, reporterSecond ? 'partner' : 'area'), { start: end - compound[1].length, end, name: other.canonical, kind: other.kind, role: reporterSecond ? 'area' : 'partner' }];
  }
  // "China-Europe freight trains", "Zabaikalsk-Manzhouli": a route name, not a place role.
  scan.routeEnd = end;
  return [];
}

// "through the Central Asia - China pipeline", "the Kazakhstan – China oil pipeline": two places paired by a spaced dash
// before the noun of a pipeline, railway or road name the line, as "China-Europe" names a service: neither is a place role.
const SPACED_ROUTE_AFTER = /^\s[-–—]\s[A-Z][\w]+(?:\s[A-Z][\w]+)?\s+(?:(?:gas|oil|crude|natural\s+gas|freight|rail|railway|highway|road)\s+)?(?:pipelines?|railways?|corridors?|highways?)\b/;

/** A spaced dash pair naming a line ("the Central Asia - China pipeline"): both places skipped, else undefined. */
function spacedRouteName(v: PlaceView, scan: PlaceScan): PlaceMention[] | undefined {
  const m = SPACED_ROUTE_AFTER.exec(v.after.slice(0, 80));
  if (!m) return undefined;
  scan.routeEnd = scan.pairEnd = v.r.end + m[0].length;
  return [];
}

/** A place adjective ("Kazakh", "Chinese") plays a role only where the words around it give it one. */
function adjective(v: PlaceView): PlaceMention[] | undefined {
  if (!v.r.info.adjective) return undefined;
  const role = adjectiveRole(v);
  return role ? [mention(v, role)] : [];
}

// "British firms sold 392 billion pounds of goods overseas": the traders' country is the area where the sentence names no
// other country; "Russian exporters sold goods worth $99.7 billion to China" in China's figures leaves the bilateral
// readings to decide.
const tradersSoldAlone = (v: PlaceView): boolean => ADJECTIVE_TRADERS_SOLD.after.test(v.after) && !namedPlaces(v.s).some((p) => p.info.kind === 'country' && p.info.canonical !== v.name);
// "Our friends in Germany exported goods worth 1.56 trillion euros", "Exporters in Vietnam shipped ...": traders placed in a
// country by "in", then a verb of selling or buying, are that country's (ADJECTIVE_TRADERS_SOLD.inPlaceBefore), with the same
// reserve where the sentence names another country ("Buyers in China took in 40,000 tonnes of our lamb" buy the speaker's goods).
const tradersInPlaceSoldAlone = (v: PlaceView): boolean => v.tail === 'in' && ADJECTIVE_TRADERS_SOLD.inPlaceAfter.test(v.after) && !/\bof\s+our\b/i.test(v.after) && ADJECTIVE_TRADERS_SOLD.inPlaceBefore.test(v.before) && !namedPlaces(v.s).some((p) => p.info.kind === 'country' && p.info.canonical !== v.name);
// The buyers of the release's goods placed in a country or group (the ROLE_RULES entry after tradersInPlaceSoldAlone; a235).
const BUYERS_IN_BEFORE = /\b(?:buyers|customers|clients|consumers|importers|purchasers|end[\s-]users|markets?)\s+(?:(?:based|located|across|elsewhere)\s+)?in\s+(?:the\s+)?$/i;
const BUYERS_IN_WORDS = keywords(['buyers', 'customers', 'clients', 'consumers', 'importers', 'purchasers', 'users', 'market'], BUYERS_IN_BEFORE);

// "Brazilian shipments to China rose about 7 per cent, according to Chinese customs": another country's exports as the subject
// are read by the rules for that subject, and the customs cited names no area of its own then (turning the mirror round is
// left: b296-13).
const OWN_EXPORTS_AFTER = /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:exports|shipments|loadings|sales)\b/;
const otherCountrysExports = (v: PlaceView): boolean => namedPlaces(v.s).some((p) => p.info.kind === 'country' && p.info.canonical !== v.name && OWN_EXPORTS_AFTER.test(v.s.slice(p.end, p.end + 60)));

function adjectiveRole(v: PlaceView): PlaceRole | undefined {
  const { before, after } = v;
  // "Kazakh exports", "Chinese imports" name the area; "of Russian goods", "from Russian fields" a partner.
  if (/-$/.test(before)) return 'partner';
  // "Russian crude arrivals", "Brazilian oil imports" in another country's release: goods named by their origin,
  // whose arrivals are the reporter's imports from it ("Russian imports", with no goods between, are Russia's own).
  if (ORIGIN_GOODS_ARRIVALS_AFTER.test(after) && isForeign(v)) return 'partner';
  // "The Trans-Baikal Railway, a branch of Russian Railways, shipped ...": the national company a regional railway belongs
  // to, in an apposition, only describes it; the regional railway reports.
  // (a245) "a digital waybill shared with Kazakh Railways", "an agreement signed with Russian Railways": a national company
  // the subject deals with is its counterpart, not whose figures the release gives.
  if (NATIONAL_RAILWAY_AFTER.test(after) && (PART_OF_COMPANY_BEFORE.test(before) || DEALT_WITH_BEFORE.test(before))) return 'locator';
  // "while 126,900 TEU were Kazakh import cargo": an adjective in what a figure is said to be describes the goods; the
  // figure stays with the place whose total it is part of.
  if (FIGURE_PREDICATE_BEFORE.test(before)) return undefined;
  // "China, the second-largest buyer of Brazilian sugar last season, imported ...": an adjective inside an apposition
  // describing the place before it plays no role of its own.
  if (v.prev && DESCRIBING_APPOSITION_GAP.test(v.s.slice(v.prev.end, v.r.start)) && /^[^,;.]{0,40},/.test(after)) return undefined;
  if (SUPPLIER_POSSESSIVE.adjectiveShipments.test(after) && isForeign(v) && afterSupplierFrom(v)) return 'partner';
  if (FLOW_AFTER.test(after) || NATIONAL_RAILWAY_AFTER.test(after)) return 'area';
  // (a253) "820 million tonnes of ore left Australian ports", "Cargoes loaded at Brazilian ports for Chinese buyers": goods that
  // left or were loaded at a country's seaports are that country's exports (a238's flow), so the adjective names the area.
  if (SEAPORTS_LEFT_BEFORE.test(before) && SEAPORTS_AFTER.test(after)) return 'area';
  if (CUSTOMS_OF_ADJECTIVE.after.test(after) || ADJECTIVE_GOODS_EXPORTS.after.test(after) || tradersSoldAlone(v)) return 'area';
  if (CUSTOMS_OF_ADJECTIVE.sourceAfter.test(after) && CUSTOMS_OF_ADJECTIVE.sourceBefore.test(before) && !otherCountrysExports(v)) return 'area';
  // "China's imports of Indonesian coal" in Indonesia's own release: the goods' origin, a partner all the same.
  if (ORIGIN_OF_GOODS.importsOf.test(before) && ORIGIN_OF_GOODS.after.test(after)) return 'partner';
  // "China imported 69.8 million tonnes of Mongolian coal" in Mongolia's own release: another country named as the
  // importer before makes the adjective the goods' origin, a partner.
  // (a222: an amount of money too: "Japan's finance ministry, for its part, recorded imports of 1,142 billion yen of Chilean goods",
  // "Korea bought $2.3 billion worth of Chilean copper", "imports of 4.1 billion euros of Brazilian soybeans".)
  if ((ORIGIN_OF_GOODS.before.test(before) || MONEY_OF_GOODS_BEFORE.test(before)) && ORIGIN_OF_GOODS.after.test(after) && OTHER_IMPORTER_BEFORE.test(before) && v.places.some((p) => p.role === 'area' && p.kind === 'country' && p.name !== v.name)) return 'partner';
  // "boxes shipped to and from Chinese ports": the other end of a route run both ways is a partner, the home country too.
  if (/\bto\s+(?:and|or)\s+from\s+(?:the\s+)?$/i.test(before)) return 'partner';
  // "the port exported 236,000 tonnes of Chinese apples": goods of the home country a port handled are the port's.
  if (/\b(?:of|from)\s+(?:the\s+)?$/i.test(before)) return v.release.isCountry(v.name) ? (PORT_ANAPHOR_BEFORE.test(before) || homeGoodsOfPlace(v) ? 'locator' : 'area') : 'partner';
  // "trade with Russian partners", "exports to Kazakh buyers": the adjective stands for the partner country.
  if (PARTNER_ONLY_BEFORE.test(before) && ADJECTIVE_PARTNER_AFTER.test(after)) return 'partner';
  return undefined;
}

// "58,000 tonnes of Chinese fruit left for Vietnam", "340,000 tonnes of Chinese goods went the other way", "the export of
// Chinese apples to ASEAN through the port" in a release on a port, a town or a province of that country: the home
// country's adjective on goods counted by weight, or moved through the port pointed back to, says where the goods came
// from; the figure stays the place's the release is on. ("Exports of Kazakh goods to China by rail" with no port are the
// country's.)
const THROUGH_PORT_AFTER = /^[^.;]*?\b(?:through|via|across|over|at)\s+(?:the|this)\s+(?:port|checkpoint|crossing|border\s+crossing|bridge|pass|gate)\b/i;
function homeGoodsOfPlace(v: PlaceView): boolean {
  if (!ORIGIN_OF_GOODS.after.test(v.after)) return false;
  if (!ORIGIN_OF_GOODS.before.test(v.before) && !THROUGH_PORT_AFTER.test(v.after)) return false;
  return v.places.some((p) => p.role === 'area' && !countryOrGroup(p.kind)) || v.release.onPlaceInCountry();
}

/** True when the place only locates another: the place before it, a place after it, a border or route, the port pointed back to. */
function locates(v: PlaceView, scan: PlaceScan): boolean {
  const describing = describesPrevious(v, scan) || locatesAnaphor(v);
  if (describing) scan.describing.add(v.i);
  return describing || locatesNext(v) || borderOrRoute(v) || inCauseAside(v) || subjectSpans(v) || speakersAt(v) || venueOf(v) || sceneOfEvent(v);
}

// "Türkiye sees Middle Corridor traffic surge", "Georgia reports record Trans-Caspian Route volumes", "Kazakhstan logged more
// China-Laos Railway transit" (a corridor, `corridor`): a route named as the kind of traffic a country subject saw, recorded or posted only says
// whose traffic it is by the way it took; the subject reports the figures.
const SUBJECT_SAW_GAP = /^\s+(?:sees|saw|seen|reports|reported|records|recorded|posts|posted|logs|logged|notes|noted|registers|registered|eyes|expects|expected)\s+(?:(?:a|an|the|its|record|more|higher|rising|strong|stronger|steady|brisk|booming|further)\s+)*$/i;
const TRAFFIC_NOUN_AFTER = /^\s+(?:traffic|volumes?|transit|trade|freight|cargo|shipments|flows?|growth|boom|surge|throughput|runs|trains)\b/i;
function routeOfSubjectsTraffic(v: PlaceView): boolean {
  if (v.prev?.kind !== 'country' || v.prev.role !== 'area') return false;
  return TRAFFIC_NOUN_AFTER.test(v.after) && SUBJECT_SAW_GAP.test(v.s.slice(v.prev.end, v.r.start));
}

// "Exports to China reached 1.87 million tonnes, 41% more ..., helped by ... the opening of a grain terminal at the Khorgos dry
// port": a town or port named in the cause given after a figure ("helped by", "thanks to") is scenery, not the figure's place.
const CAUSE_WORD = /\b(?:helped|boosted|supported|aided|spurred|driven|thanks|owing|due)\b/;
// "..., the latter driven by purchases of ores for the smelters of Jinchang": the cause may name the figure it explains first
// ("the latter", "the former", "both"), or say how much of it it explains ("largely", "mainly", "partly").
const CAUSE_ASIDE_BEFORE = /\d[^;]*?,\s*(?:(?:the\s+(?:latter|former)|both)\s+(?:(?:were|was)\s+)?)?(?:(?:largely|mainly|mostly|partly|chiefly)\s+)?(?:(?:helped|boosted|supported|aided|spurred|driven)\s+by|thanks\s+to|owing\s+to|due\s+to)\s[^,;.]*$/i;
const CAUSE_WORDS_BEFORE = keywords(['helped', 'boosted', 'supported', 'aided', 'spurred', 'driven', 'thanks', 'owing', 'due'], CAUSE_WORD, CAUSE_ASIDE_BEFORE);
function inCauseAside(v: PlaceView): boolean {
  if (mentions(v.s, CONCESSION_WORDS, Math.max(0, v.to - 120), v.to) && CONCESSION_AFTER_FIGURE.test(v.s.slice(Math.max(0, v.to - 120), v.to))) return true;
  if (countryOrGroup(v.kind)) return countryInCauseBeforeContrast(v);
  if (mentions(v.s, HINDRANCE_WORDS, Math.max(0, v.to - 160), v.to) && HINDRANCE_CAUSE_BEFORE.test(v.s.slice(Math.max(0, v.to - 160), v.to))) return true;
  if (mentions(v.s, CARRIAGE_WORDS, Math.max(0, v.to - 200), v.to) && CARRIAGE_CAUSE_BEFORE.test(v.s.slice(Math.max(0, v.to - 200), v.to))) return true;
  if (!mentions(v.s, CAUSE_WORDS_BEFORE, Math.max(0, v.to - 160), v.to)) return false;
  const before = v.s.slice(Math.max(0, v.to - 160), v.to);
  return CAUSE_WORD.test(before) && CAUSE_ASIDE_BEFORE.test(before);
}
// "Rice shipments grew 22.4% by value, helped by orders from Iraq, while rubber dropped 7.3%", "Tyre exports rose 12 percent,
// boosted by demand in Europe, but glove sales fell 9 percent": a country named in a participle of cause after a figure, the
// cause closed by a clause of contrast, is where the cause came from; the contrasting clause has a subject of its own and
// takes no partner from it (a247). (A country in a cause that closes its sentence is left as it was read.)
const CAUSE_THEN_CONTRAST_AFTER = /^[^,;.\d]{0,40},\s*(?:while|whereas|but)\s/i;
const CAUSE_PARTICIPLE_BEFORE = /\d[^;]*?,\s*(?:(?:largely|mainly|mostly|partly|chiefly)\s+)?(?:(?:helped|boosted|supported|aided|spurred|driven|lifted|buoyed|fuell?ed|propelled|underpinned|hit|hurt|dragged\s+down|weighed\s+down|held\s+back)\s+by|thanks\s+to|owing\s+to|due\s+to)\s[^,;.]*$/i;
const CAUSE_PARTICIPLE_WORDS = keywords(['helped', 'boosted', 'supported', 'aided', 'spurred', 'driven', 'lifted', 'buoyed', 'fuel', 'propelled', 'underpinned', 'hit', 'hurt', 'dragged', 'weighed', 'held', 'thanks', 'owing', 'due'], CAUSE_PARTICIPLE_BEFORE);
function countryInCauseBeforeContrast(v: PlaceView): boolean {
  if (!CAUSE_THEN_CONTRAST_AFTER.test(v.after.slice(0, 60)) || !mentions(v.s, CAUSE_PARTICIPLE_WORDS, Math.max(0, v.to - 160), v.to)) return false;
  return CAUSE_PARTICIPLE_BEFORE.test(v.s.slice(Math.max(0, v.to - 160), v.to));
}
// "Shoe exports from Wenzhou rose 16.4 per cent to 12.8 billion yuan despite anti-dumping duties in Europe", "up 9% in spite of
// weak demand in the United States", "grew 5 percent notwithstanding curbs imposed by the EU": a place named in a concession
// told after a figure is where the obstacle stood, not whose figure it is, nor the other end of its trade (a partner the figure
// has is named before: "exports to the EU rose despite ...").
const CONCESSION_AFTER_FIGURE = /\d[^;.]*?[\s,](?:despite|in\s+spite\s+of|notwithstanding|regardless\s+of)\s+(?:(?!(?:and|but|while)\b)[\w'’-]+\s+){0,6}?(?:in|at|from|by|across|on)\s+(?:the\s+)?$/i;
const CONCESSION_WORDS = keywords(['despite', 'spite', 'notwithstanding', 'regardless'], CONCESSION_AFTER_FIGURE);
// "fell 18.6 percent to 1.45 billion USD as border controls slowed trucks at the Lang Son gates", "down 7% because storms held
// up lorries in Dongxing", "amid long queues of trucks outside the Ruili crossing", "after congestion stranded wagons near
// Zabaikalsk": a place named where a hindrance happened (a slowing, a delay, a queue, a jam, a backlog), in a clause of cause
// told after a figure, is the scene of the hindrance, not whose figure it is.
// The hindrance may hold its object where it was ("as snow held lorries at the Irkeshtam pass", "kept ferries in port", "trapped
// wagons at", "idled trucks near"), and the clause may concede it ("even though", "although", "despite").
const HINDRANCE = String.raw`(?:slow(?:s|ed|ing)?|delay(?:s|ed|ing)?|held(?:\s+(?:up|back))?|hold(?:s|ing)?(?:\s+(?:up|back))?|kept|keep(?:s|ing)?|trap(?:s|ped|ping)?|snarl(?:s|ed|ing)?|idl(?:e|es|ed|ing)|froze|frozen|freez(?:e|es|ing)|shut|clos(?:ed|ure|ures)|suspend(?:s|ed|ing)|halt(?:s|ed|ing)?|disrupt(?:s|ed|ing|ions?)?|hamper(?:s|ed|ing)?|hinder(?:s|ed|ing)?|strand(?:s|ed|ing)?|block(?:s|ed|ing)?|clog(?:s|ged|ging)?|congest(?:ed|ion)|backed\s+up|backlogs?|bottlenecks?|chok(?:e|es|ed|ing)|stall(?:s|ed|ing)?|queu(?:e|es|ed|ing)|wait(?:s|ed|ing)|jams?|jammed|piled\s+up|stuck)`;
const HINDRANCE_CAUSE_BEFORE = new RegExp(String.raw`\d[^;.]*?[\s,](?:as|because|amid|after|since|when|with|(?:even\s+)?though|although|despite|even\s+as)\s+(?:(?!(?:and|but|while)\b)[\w'’-]+\s+){0,6}?${HINDRANCE}\b(?:\s+(?!(?:and|but|while)\b)[\w'’-]+){0,5}?\s+(?:at|in|near|outside|on|through)\s+(?:the\s+)?$`, 'i');
const HINDRANCE_WORDS = keywords(['slow', 'delay', 'held', 'hold', 'kept', 'keep', 'trap', 'snarl', 'idl', 'froze', 'frozen', 'freez', 'shut', 'clos', 'suspend', 'halt', 'disrupt', 'hamper', 'hinder', 'strand', 'block', 'clog', 'congest', 'backed', 'backlog', 'bottleneck', 'chok', 'stall', 'queu', 'wait', 'jam', 'piled', 'stuck'], HINDRANCE_CAUSE_BEFORE);

// "Coal imports jumped 70.6% to 60.6 million tonnes as Australian cargoes returned, and Mongolian trucks ran at high rates
// through the Ganqimaodu crossing", "exports rose 12% because more trains rolled across the Alashankou border", "up 9% with
// lorries streaming in via the Lang Son gate": the carriers (trucks, trains, ships, cargoes) moving through a place, told in a
// clause of cause after a figure, name where the goods passed, the scene of the cause; the figure stays the release's subject
// (a port's own release has named it as the subject before, and keeps it).
const CARRIAGE_CAUSE_BEFORE = new RegExp(String.raw`\d[^;.]*?[\s,](?:as|because|amid|with|since|after|while|thanks\s+to)\s[^;.]{0,160}?\b(?:trucks|lorries|trains|wagons|vehicles|convoys|cargoes|shipments|deliveries|supplies|ships|vessels|barges|carriers)\s+(?:[\w'’-]+\s+){0,2}?(?:ran|run|runs|running|rolled|rolling|streamed|streaming|poured|pouring|flowed|flowing|moved|moving|crossed|crossing|passed|passing|came|coming|arrived|arriving|returned|returning|resumed|rumbled|travell?ed|travell?ing|headed|went|kept\s+(?:running|rolling|moving|coming))\b(?:\s+(?!(?:and|but)\b)[\w'’-]+){0,5}?\s+(?:through|via|across|at|over|into|from)\s+(?:the\s+)?$`, 'i');
const CARRIAGE_WORDS = keywords(['trucks', 'lorries', 'trains', 'wagons', 'vehicles', 'convoys', 'cargoes', 'shipments', 'deliveries', 'supplies', 'ships', 'vessels', 'barges', 'carriers'], CARRIAGE_CAUSE_BEFORE);

function describesPrevious({ s, r, i, prev, kind, after }: PlaceView, scan: PlaceScan): boolean {
  if (!prev) return false;
  // "in northwest China's Xinjiang", "Yiwu, a city in east China's Zhejiang": describes the place before it.
  // ("faces Kerung (Gyirong) in Tibet": the bracket closing the faced place's other name comes first.)
  const gap = s.slice(prev.end, r.start);
  // "The Xiamen area of the China (Fujian) Pilot Free Trade Zone": the zone a city's area belongs to is the whole reporting.
  if (kind === 'zone' && ZONE_AREA_OF_GAP.test(gap)) return false;
  // "Within Chongzuo, the border city of Pingxiang traded ...": the town after the fronted place is the subject it locates.
  if (prev.role === 'locator' && townAfterFronted(s, prev, { start: r.start, kind })) return false;
  if (r.start - prev.end <= 60 && LOCATOR_GAP.test(gap.includes(')') ? gap.replace(/^\s*\)/, '') : gap)) return true;
  if (r.start - prev.end <= 30 && namedInItsApposition(gap, after, kind)) return true;
  // "Mandula port in Darhan Muminggan United Banner of Baotou": a banner, county or district the lexicon lacks, then its city.
  if (r.start - prev.end <= 60 && SUBUNIT_LOCATOR_GAP.test(s.slice(prev.end, r.start))) return true;
  // "Chongzuo, the prefecture-level city administering Pingxiang, saw ...": a town the subject administers, named in the
  // subject's apposition, only says what the subject is.
  if (r.start - prev.end <= 70 && ADMINISTERS_GAP.test(gap)) return true;
  // "in Yiwu, east China's Zhejiang Province": the country and the province after it place the town.
  if (kind === 'country' && r.start - prev.end <= 30 && /^'s?\s/.test(after) && APPOSITION_COUNTRY_GAP.test(s.slice(prev.end, r.start))) return true;
  if (!scan.describing.has(i - 1) || r.start - prev.end > 30) return false;
  // "opposite China's Youyiguan port in Pingxiang city, Guangxi,": the province after a town that only locates places it too.
  if (kind === 'region' && TOWN_PROVINCE_GAP.test(s.slice(prev.end, r.start)) && /^\s*(?:[,.;)]|$)/.test(after)) return true;
  return POSSESSIVE_LOCATOR_GAP.test(s.slice(prev.end, r.start));
}

// "Chengdu, the Sichuan capital, accounted for ...", "Ningbo, a Zhejiang port city, ...", "Pingxiang, Chongzuo's county-level
// city, ...", "Kashgar, Xinjiang's southern hub, ...": a wider place naming what the town before it is, in the town's
// apposition, only places it (a list "Shenzhen, Dongguan city and Foshan" has no article nor possessive there).
// (a221: "Wenzhou, the east China city that calls itself the shoe capital, ...", "Manzhouli, a north China port known for
// timber, ...": the wider place may be a country after a point of the compass, and the kind word may open a clause or a
// participle saying more of the town.)
const KIND_IN_APPOSITION_AFTER = /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:capital|city|port|hub|town|county|prefecture|metropolis|seat)(?:\s*(?:[,.;)]|$)|\s+(?:that|which|where|whose|known|famous|renowned|dubbed|called|nicknamed|best\s+known)\b)/;
const APPOSITION_ARTICLE_GAP = new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+${COMPASS}*$`, 'i');
const namedInItsApposition = (gap: string, after: string, kind: PlaceKind): boolean =>
  (kind === 'region' || kind === 'city' || kind === 'country') && (APPOSITION_ARTICLE_GAP.test(gap) || (kind !== 'country' && /^\s*,\s*$/.test(gap) && /^['’]s\s/.test(after))) && KIND_IN_APPOSITION_AFTER.test(after);

// "The city of Kunshan registered ...": a city right after "the city of" is the city's name, not where the city lies.
const CITY_NAMED_BEFORE = /\b(?:the|this)\s+city\s+of\s+$/i;

/** "The port in north China's Inner Mongolia": the place locates the port the sentence points back to. */
function locatesAnaphor(v: PlaceView): boolean {
  return near(v, ANAPHOR_LOCATED_WORDS) && ANAPHOR_LOCATED_BEFORE.test(v.before) && !(v.kind === 'city' && CITY_NAMED_BEFORE.test(v.before));
}

/** "China's Xinjiang": the possessive country only locates the region after it. */
function locatesNext({ s, r, next }: PlaceView): boolean {
  return next !== undefined && next.start - r.end <= 30 && POSSESSIVE_LOCATOR_GAP.test(s.slice(r.end, next.start)) && !countryOrGroup(next.info.kind);
}

/**
 * "on the border with Russia", "trains between China and Europe": scenery. "Neighboring Chongqing reported ..."
 * opening a sentence: the adjective does not demote its subject; "In neighbouring Sichuan Province, Chengdu
 * ran ...": a place opening the clause after it is the subject.
 */
function borderOrRoute(v: PlaceView): boolean {
  const { s, r, next } = v;
  const placeFollows = next !== undefined && next.start - r.end <= 25 && /^[^.;,]*,\s*$/.test(s.slice(r.end, next.start));
  return near(v, LOCATOR_OR_ROUTE_WORDS) && LOCATOR_OR_ROUTE_BEFORE.test(v.before) && (!SUBJECT_NEIGHBOUR.test(s.slice(0, r.start)) || placeFollows) && !homeEndOfRun(v) && !portEndOfTraffic(v) && !otherEndOfPortTraffic(v);
}

// "Container traffic between the Port of Hamburg and China fell to 2.18 million TEU", "boxes moved between Gdansk Port and
// Asia", "freight handled between the port of Koper and Chinese ports": the cargo a port handles with a place at the other end
// is that port's, the other end its partner ("trains between China and Europe", with no port first, stay a route's scenery).
const PORT_CARGO_BETWEEN_BEFORE = /\b(?:containers|boxes|cargo|freight|traffic|volumes?|throughput|tonnage)\s+(?:[\w-]+\s+){0,2}?between\s+(?:the\s+)?$/i;
const AND_OTHER_END = /^\s+and\s+(?:the\s+)?$/;

/** Whether the place of `v` is a port named first of "between ... and" after cargo it handles, a place other than a port at the other end. */
function portEndOfTraffic({ s, r, kind, before, next }: PlaceView): boolean {
  if (kind !== 'port' || !before.includes('between') || !PORT_CARGO_BETWEEN_BEFORE.test(before)) return false;
  return next !== undefined && next.info.kind !== 'port' && next.start - r.end <= 12 && AND_OTHER_END.test(s.slice(r.end, next.start));
}

// "Cargo moved between Mongla and India's river ports" in a release on Mongla Port: the release's own port, named bare (a name
// the lexicon lacks), is the first end as its full name is.
const CURRENT_PORT_CARGO_BETWEEN_BEFORE = /\b(?:containers|boxes|cargo|freight|traffic|volumes?|throughput|tonnage)\s+(?:[\w-]+\s+){0,2}?between\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?:the\s+)?$/i;

/** Whether the place of `v` is the other end of the cargo a port handles (`portEndOfTraffic`): that port's partner. */
function otherEndOfPortTraffic(v: PlaceView): boolean {
  const { s, r, kind, prev } = v;
  if (kind !== 'port' && prev === undefined && v.before.includes('between')) return otherEndOfCurrentPort(v);
  if (kind === 'port' || prev?.kind !== 'port' || r.start - prev.end > 12 || !AND_OTHER_END.test(s.slice(prev.end, r.start))) return false;
  const before = s.slice(Math.max(0, prev.start - 60), prev.start);
  return before.includes('between') && PORT_CARGO_BETWEEN_BEFORE.test(before);
}

/** Whether the place of `v` follows "cargo ... between <the release's own port, named bare> and". */
function otherEndOfCurrentPort(v: PlaceView): boolean {
  const m = CURRENT_PORT_CARGO_BETWEEN_BEFORE.exec(v.before);
  return m !== null && /^[A-Z]/.test(m[1]) && (v.release.isCurrent(`${m[1]} Port`) || v.release.isCurrent(m[1]));
}

// "3,600 freight trains ran between Chengdu and European cities", "trains operated between Xi'an and Europe", "services
// shuttling between Chongqing and Duisburg", "trains that travelled between Yiwu and Madrid": trains said to run (a verb of
// running) between a Chinese city and a place abroad are that city's, the hub that runs them; "trains between China and Europe"
// (a country at home) stay the route's scenery.
// (a237: the verb may go unsaid, "Freight trains between Wuhan and Europe made 68 trips", "train services between Yiwu and
// Madrid rose 20 percent", "cargo trains between Chengdu and Central Asia": a Chinese city at the near end is still the hub.)
const RUN_BETWEEN_BEFORE = /\b(?:trains?|services?|trips|runs|journeys)\s+(?:(?:(?:that|which)\s+)?(?:(?:have|has|had)\s+)?(?:ran|run|running|operated|operating|shuttled|shuttling|travell?ed|travell?ing|plied|plying|journeyed|moved|moving)\s+)?between\s+(?:the\s+)?$/i;
const AND_BEFORE_FAR_END = /^\s+and\s+(?:the\s+)?$/;
// "and European cities", "and Central Asian hubs", "and overseas destinations": the far end named by a word of abroad.
const FAR_END_ABROAD_AFTER = /^\s+and\s+(?:(?:Central\s+|South(?:east)?\s+)?[A-Z][a-z]+an|foreign|overseas)\s+(?:cities|destinations|hubs|ports|stations|countries|markets)\b/;

/** Whether the place of `v` is the Chinese city at the home end of trains said to run between it and a place abroad. */
function homeEndOfRun({ s, r, name, kind, before, next }: PlaceView): boolean {
  if (kind !== 'city' || !before.includes('between') || !RUN_BETWEEN_BEFORE.test(before) || countryOfPlace({ name, kind }) !== 'China') return false;
  if (FAR_END_ABROAD_AFTER.test(s.slice(r.end, r.end + 50))) return true;
  if (!next || next.start - r.end > 12 || !AND_BEFORE_FAR_END.test(s.slice(r.end, next.start))) return false;
  const far = countryOfPlace({ name: next.info.canonical, kind: next.info.kind });
  return next.info.kind === 'group' || (far !== null && far !== 'China');
}

// "Goods worth 146 billion dollars went through the HCM City Customs Department", "exports cleared via the Lang Son Customs
// Office", "cargo handled by the Chennai Customs House": goods routed through a city's or province's customs department are
// that place's trade, as goods through a port are the port's. An office that reports ("said Urumqi Customs") stays the
// source, and a customs house named alone ("cleared by Huangpu Customs") stands for its district, which other rules read.
const ROUTED_THROUGH_OFFICE_BEFORE = /\b(?:through|via|(?:cleared|handled|processed|declared|inspected|supervised)\s+(?:by|at))\s+(?:the\s+)?$/i;
const CITY_CUSTOMS_OFFICE_AFTER = /^\s+Customs\s+(?:Department|Office|Branch|House|Station|Post)\b/;

/**
 * Customs offices ("Urumqi Customs said") report figures; they are not the place being reported on,
 * nor are companies named after a place ("the China Railway Kunming Group"). "learned from Horgos Customs
 * that ...", "learned from Yangpu Economic Development Zone that ...": a port (or its customs office) and
 * a zone report their own figures; a Chinese port or zone is never a partner.
 */
function officeRole(v: PlaceView, role: PlaceRole): PlaceRole {
  const customs = ahead(v, CUSTOMS_WORDS) && CUSTOMS_AFTER.test(v.after);
  if (customs && v.kind !== 'port' && CITY_CUSTOMS_OFFICE_AFTER.test(v.after) && ROUTED_THROUGH_OFFICE_BEFORE.test(v.before)) return 'area';
  const office = customs || (ahead(v, COMPANY_WORDS) && COMPANY_AFTER.test(v.after));
  // ("Vietnam Customs said soybean imports rose ..." after a paragraph on Brazil's shipments: the release's own country
  // taking the figures back from the other reporter is their area, `citedAfterOtherReporter`.)
  // ("Beef imports reached 610,000 tonnes, according to Japan Customs", "Korea Customs Service data show ...": a foreign
  // country's own customs cited as the sentence's source give that country's figures, as its statistics office does.)
  if (office && v.kind !== 'port') return (role === 'area' && citedAfterOtherReporter(v)) || foreignCustomsCited(v) ? 'area' : 'locator';
  return role === 'partner' && (v.kind === 'port' || v.kind === 'zone') ? 'area' : role;
}

// Between a partner heading a list item and the next item's place: the item's amount, its change in brackets, a ";" or ",".
const PARTNER_LIST_ITEM_GAP = /^\s*(?:US\$|[$€¥£])?\d[\d.,]*\s*(?:\([^()]{0,20}\))?\s*[;,]\s*(?:and\s+)?(?:the\s+)?$/;

/** A role rule: when it applies to a place, and the role it gives then. */
interface RoleRule {
  when: (v: PlaceView) => boolean;
  role: PlaceRole | ((v: PlaceView) => PlaceRole);
}

const FROM_OWNER_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

/** True when the place is a part of a foreign country named as its owner right after "from" ("from Russia's Khabarovsk Territory"). */
function fromForeignCountrysPart(v: PlaceView): boolean {
  const owner = v.prev;
  return owner !== undefined && owner.kind === 'country' && !v.release.isCountry(owner.name) && /^['’]s\s+$/.test(v.s.slice(owner.end, v.r.start)) && FROM_OWNER_BEFORE.test(v.s.slice(Math.max(0, owner.start - 12), owner.start));
}

/** The role the words around a place give it: the first rule that applies, else the area. */
// The head of a roundup's entry: only a bullet mark before the place, then a colon (after a bracketed period) and
// the place's flows ("- Africa: 1.62 trillion yuan" in a list of partners names an amount, not whose flows follow).
const ENTRY_HEAD_BEFORE = /^\s*(?:[*•·▪\-–—]\s*)?$/;
const ENTRY_HEAD_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?:\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|trade|surplus|deficit|balance|shipments)\b/i;

/** The words before a place on its own line (a sentence may run over several lines of a list). */
const lineBefore = (before: string) => before.slice(before.lastIndexOf('\n') + 1);

function roleByWording(v: PlaceView): PlaceRole {
  for (const rule of ROLE_RULES) if (rule.when(v)) return typeof rule.role === 'string' ? rule.role : rule.role(v);
  return 'area';
}

const FOREIGN_FACILITY_AFTER = /^['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:project|mines?|(?:oil|gas)\s*fields?|fields?|deposits?|operations|smelters?|refiner(?:y|ies)|terminals?)\b/;
const PART_OF_COMPANY_BEFORE = /,\s*(?:a|the|one)\s+(?:[\w-]+\s+)?(?:branch|subsidiary|division|unit|part)\s+of\s+(?:the\s+)?$/i;
// Goods routed through a crossing later in the sentence: "exported 4.32 million tonnes ..., through the Khangi border port".
const ROUTED_LATER = /^(?:[^.;]|\.\d)*\b(?:through|via)\s/i;
const NATIONAL_RAILWAY_AFTER = /^\s+Railways?\b(?!\s+(?:Express|Group|Bureau|Company|Co\b|Corporation|[Pp]ort|[Ss]tation))/;
// "shared with", "signed with", "in cooperation with", "jointly with", "a deal between the park and": a counterpart named.
const DEALT_WITH_BEFORE = /\b(?:with|between\s+[^,;.]{1,60}?\s+and)\s+(?:the\s+)?$/i;
const PLACE_SHARE_AFTER = /^'s?\s+share\b/;
// "Imports of metal ores, which feed the smelters of Jinchang, reached ...": a town or province inside a relative clause set
// off by commas says what the subject does or where it goes, and the clause closes before the figure, which stays the
// release's. A clause routing the goods ("which crossed at Erenhot") names where they went through and is left to the
// routing rules.
// The clause may open on a preposition or "whose" ("Exports of ceramic products, for which Chaozhou is known, reached ...",
// "Toy exports, in which Shantou leads, rose ...", "Furniture sales, whose makers are mostly in Foshan, ...").
const RELATIVE_ASIDE_BEFORE = /,\s*(?:(?:for|in|of|by|with|on)\s+which|which|that|whose)\s+(?![^,;.\d()]*\b(?:through|via|at|crossed|cleared|passed|entered|left)\b)[^,;.\d()]*$/i;
// The clause closes on the verb of the figure ("..., reached"): a list going on after the comma ("which covers areas in
// Hangzhou, Ningbo and Zhoushan") is left to the list rules.
const RELATIVE_ASIDE_CLOSES_AFTER = /^(?:['’]s?)?[^,;.\d()]{0,90},\s+(?![A-Z]|and\b)/;
// The subject the clause describes is goods or a flow of them ("Imports of metal ores", "Steel exports"); a service, port or
// zone whose clause says where it runs from or lies ("The Chang'an train service, which runs from Xi'an") is that place's.
// (a249) A mode of trade is such a subject too: "Market procurement trade, which lets small traders in Urumqi's bazaars and
// Kashgar ship mixed containers, grew 46.3 percent" is the region's.
const GOODS_SUBJECT = /\b(?:imports?|exports?|shipments?|purchases|sales|goods|products|cargo(?:es)?|deliveries|supplies|trade)\b[^,;]*$/i;
const RELATIVE_ASIDE_WORDS = keywords(['which', 'that', 'whose'], RELATIVE_ASIDE_BEFORE);
const RELATIVE_ASIDE_REACH = 120;
const inRelativeAside = (v: PlaceView): boolean => {
  const from = Math.max(0, v.to - RELATIVE_ASIDE_REACH);
  if (!isTownOrProvince(v.kind) || !mentions(v.s, RELATIVE_ASIDE_WORDS, from, v.to) || !RELATIVE_ASIDE_CLOSES_AFTER.test(v.after)) return false;
  const aside = RELATIVE_ASIDE_BEFORE.exec(v.s.slice(from, v.to));
  return aside !== null && GOODS_SUBJECT.test(v.s.slice(Math.max(0, from - 60), from + aside.index));
};
// "Footwear exports, a traditional strength of coastal towns such as Jinjiang, fell ...", "Processing trade, dominated by
// the assemblers in the Zhengzhou Airport Economy Zone, totaled ...", "Exports of chips, mostly from plants in Xi'an, were ...":
// a town, province or zone inside an apposition set off by commas between a flow subject and its verb says where the goods
// are made or who trades them; the figure after it is the subject's, the release's own place's. An aside that routes the
// goods ("mostly through Horgos") is left to the routing rules, as in the relative clause above.
// The aside may list goods with commas of its own ("mostly tomatoes, peppers and apples from growers around Urumqi"): a comma
// followed by one or two lower-case words and another comma or "and" continues it.
// Who uses or trades the goods may open it ("Exports under the market procurement mode, used by Yiwu's wholesale traders, rose
// ...", "Processing exports, favoured by the assemblers of Zhengzhou, ..."), and so may a part of the subject ("State-owned
// firms, many of them commodity traders based in Xiamen, grew ...", "Private exporters, most of which are in Wenzhou, ...").
const SUBJECT_APPOSITION_BEFORE = /,\s*(?:(?:a|an|the|one\s+of\s+the)\s|(?:mostly|mainly|largely|chiefly|primarily|predominantly|dominated\s+by|led\s+by|driven\s+by|(?:used|favou?red|preferred|run|operated|relied\s+on|employed)\s+by|(?:many|most|some|several|nearly\s+all|almost\s+all|all|a\s+number)\s+of\s+(?:them|which|whom))\s)(?![^,;.\d()]*\b(?:through|via|at|crossed|cleared|passed|entered|left)\b)(?:[^,;.\d()]|,(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,|\s+(?:and|or)\s)))*$/i;
// The firms that trade may be the subject too ("State-owned firms, many of them ... based in Xiamen, grew ...").
const FLOW_SUBJECT = /\b(?:imports?|exports?|shipments?|purchases|sales|goods|products|cargo(?:es)?|deliveries|supplies|trade|firms|enterprises|companies|traders|exporters|importers|businesses|manufacturers)\b[^,;]*$/i;
const inSubjectApposition = (v: PlaceView): boolean => {
  const from = Math.max(0, v.to - RELATIVE_ASIDE_REACH);
  if ((!isTownOrProvince(v.kind) && v.kind !== 'zone') || v.s.lastIndexOf(',', v.to) < from || !RELATIVE_ASIDE_CLOSES_AFTER.test(v.after)) return false;
  const aside = SUBJECT_APPOSITION_BEFORE.exec(v.s.slice(from, v.to));
  return aside !== null && (FLOW_SUBJECT.test(v.s.slice(Math.max(0, from - 60), from + aside.index)) || APPOSITION_CALLS_IT_TRADE.test(aside[0]));
};
// "Furniture, the city's traditional export led by the chair makers of Anji county, brought in ...": goods named bare are a
// flow subject too when the apposition itself calls them an export or an import.
const APPOSITION_CALLS_IT_TRADE = /^,\s*(?:a|an|the|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,3}?(?:exports?|imports?)\b/i;
const CENTRED_ON_ASIDE_BEFORE = /,\s*(?:centred|centered|concentrated|anchored|clustered)\s+(?:on|in|around)\s+(?:[\w-]+\s+){0,5}?$/i;
const ASIDE_CLOSES_AFTER = /^\s*,/;
const AS_A_WHOLE_AFTER = /^\s+(?:as\s+a\s+whole|overall|in\s+aggregate|nationwide)\b/i;
// "€16.6 bn surplus for EU", "a record trade deficit for the UK": the balance the place has, not one it is the other side of.
const BALANCE_FOR_BEFORE = /\b(?:surplus|deficit)\s+for\s+(?:the\s+)?$/i;
// "€21.6 bn for EU28" (a line under the headline "Euro area ... surplus €21.4 bn"): an amount alone for a bloc or country is
// the same measure of that place, its own.
const AMOUNT_ALONE_FOR_BEFORE = /^\s*(?:[€$£¥]|[A-Z]{3}\s?)?\d[\d.,]*\s*(?:bn|billion|mn|million|tn|trillion)?(?:\s+(?:euros?|dollars|pounds|yuan))?\s+for\s+(?:the\s+)?$/i;
// "Heilongjiang Province, the country's frontline for trade with Russia, saw imports and exports slip ...": a partner inside an
// apposition that describes the domestic place before it (its trade with, exports to, goods from) says what the place is known
// for; the figure after the apposition is the place's whole trade, not its trade with that partner. (A port's apposition, "Khasan,
// the crossing with the DPRK,", names the country across, which the labels split on: left alone.)
const DESCRIBED_PLACE_GAP = /^(?:['’]s)?,\s+(?:the|a|an|its)\s+[^,;.\d]{1,80}?\b(?:with|to|from)\s+(?:the\s+)?$/i;
const APPOSITION_CLOSES_AFTER = /^[^,;.\d]{0,40},/;
const describedPlace = (v: PlaceView) => v.prev !== undefined && v.prev.role === 'area' && (v.prev.kind === 'region' || v.prev.kind === 'city') && DESCRIBED_PLACE_GAP.test(v.s.slice(v.prev.end, v.r.start)) && APPOSITION_CLOSES_AFTER.test(v.after);
const NAMED_AGAIN_AS_PARTNER_GAP = /^[^.;]{0,80}?\b(?:with|to|from)\s+(?:the\s+)?$/i;
const namedAgainAsPartner = (v: PlaceView): boolean => v.next !== undefined && v.next.info.canonical === v.name && v.next.start - v.r.end <= 100 && NAMED_AGAIN_AS_PARTNER_GAP.test(v.s.slice(v.r.end, v.next.start));
// "the western Guangdong city", "the coastal Shandong port city", "the Jiangsu town's exports": a province written as the
// adjective of a city, town or county word after "the" locates that place, which points back to the one named before.
const PROVINCE_AS_ADJECTIVE_BEFORE = /\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$/i;
const PROVINCE_AS_ADJECTIVE_AFTER = /^\s+(?:(?:port|border|coastal|industrial|harbou?r|manufacturing)\s+)?(?:city|town|county|prefecture|municipality)\b/;
const provinceAsAdjective = (v: PlaceView) => v.kind === 'region' && !v.possessive && PROVINCE_AS_ADJECTIVE_AFTER.test(v.after) && PROVINCE_AS_ADJECTIVE_BEFORE.test(v.before);
// "204 were westbound services leaving via the Manzhouli crossing for Russia", "1,150 of them were outbound trains exiting
// through Alashankou": trains a count says were runs leaving by a crossing are the hub's runs; the crossing is their route,
// scenery. (A subject "trains leaving through Erenhot Port totaled ..." counts the crossing's own trains.)
const TRAINS_LEAVING_VIA_BEFORE = /\d[\d,.]*\s+(?:of\s+them\s+)?(?:were|are)\s+(?:[\w-]+\s+){0,2}?(?:services|trains|runs|trips)\s+(?:leaving|exiting|departing|heading\s+out|going\s+out|running\s+out)\s+(?:via|through|by\s+way\s+of)\s+(?:the\s+)?$/i;
const trainsLeavingVia = (v: PlaceView) => (v.kind === 'port' || v.kind === 'city') && TRAINS_LEAVING_VIA_BEFORE.test(v.before);
// "Exports from China made up 2.58 million tonnes of the total" in a release on a railway, port or province of China: the
// home country named as where exports start from is the origin of the place's own exports, not a new area. (Not a national
// figure said to be one: "exports from China as a whole", "nationwide".)
const HOME_EXPORTS_FROM_BEFORE = /\b(?:exports|shipments|(?:goods|cargo|products)\s+(?:exported|shipped|sent))\s+from\s+$/i;
const NATIONAL_WHOLE_AFTER = /^\s*(?:as\s+a\s+whole|overall|nationwide|in\s+total)\b/i;
const homeCountryAsOrigin = (v: PlaceView) => v.kind === 'country' && v.tail === 'from' && HOME_EXPORTS_FROM_BEFORE.test(v.before) && !NATIONAL_WHOLE_AFTER.test(v.after) && v.release.isCountry(v.name) && v.release.onPlaceInCountry();
// "the province's Russia trade", "Hunan's Africa trade", "the city's ASEAN exports", "its EU sales", "Xinjiang's Central Asia
// business": a partner written as a noun before the owner's trade noun, right after the owner's possessive, is the partner of
// the owner's trade (the owner, named or not, is the area). A speaker's "our" is such an owner too ("roughly three-quarters
// of our ASEAN trade", "our Russia exports doubled", "our EU sales"): the speaker's place, not the bloc, owns the trade.
const OWNER_POSSESSIVE_BEFORE = /(?:['’]s?|\b(?:its|their|our))\s+$/i;
const ADJUNCT_TRADE_AFTER = /^\s+(?:(?:foreign|bilateral|two-way|total|goods|merchandise)\s+)?(?:trade|exports|imports|turnover|shipments|sales|purchases|business|commerce)\b/i;
// (a243) With no owner written, in a release on a place inside its country ("ASEAN trade held up better", "while Russia
// trade slipped 3 percent", "EU exports grew 6 percent", "Growth came from Africa business"), the owner is still the release's
// place and the foreign country or bloc is the partner. (Not the bloc's own trade sent somewhere, "ASEAN exports to China",
// nor a trade noun heading another thing, "ASEAN trade partners", "EU trade talks".)
const OWNERLESS_ADJUNCT_AFTER = /^\s+(?:(?:foreign|bilateral|two-way|total|goods|merchandise)\s+)?(?:trade|exports|imports|turnover|shipments|sales|purchases|business|commerce)\b(?!\s+(?:partners?|blocs?|agreements?|deals?|pacts?|zones?|areas?|fairs?|expos?|routes?|corridors?|talks|ministers?|ministry|officials?|statistics|data|policy|rules|barriers|(?:to|from|into)\s))/i;
const ownerlessAdjunct = (v: PlaceView) => v.release.onPlaceInCountry() && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name) && OWNERLESS_ADJUNCT_AFTER.test(v.after);
const partnerAsNounAdjunct = (v: PlaceView) => countryOrGroup(v.kind) && !v.possessive && (OWNER_POSSESSIVE_BEFORE.test(v.before) ? ADJUNCT_TRADE_AFTER.test(v.after) : ownerlessAdjunct(v));
// "Here in Indonesia, our bilateral trade was about 20 billion dollars", "Here in Kazakhstan our two-way trade grew ...": a
// speaker abroad names the host country where the speech is given; "our" trade in the host is the speaker's country's trade
// with it, the host the partner (round a199; a speech at home says "our exports", the country itself no "here in").
const HERE_IN_BEFORE = /\b[Hh]ere\s+in\s+(?:the\s+)?$/;
const OUR_TRADE_AFTER = /^\s*,?\s+our\s+(?:(?:bilateral|two-way|mutual|total|overall)\s+)?(?:trade|turnover|commerce|trade\s+turnover)\b/i;
const hostOfSpeech = (v: PlaceView) => countryOrGroup(v.kind) && !v.possessive && HERE_IN_BEFORE.test(v.before) && OUR_TRADE_AFTER.test(v.after);
// "Peru was an exception: its exports reached ...", "Armenia stood out, as its trade with the union grew ...", "Brazil weathered the
// shock better; its exports declined ...": a country opening the sentence as its subject, which a possessive pronoun of trade then
// points back to (no figure nor other place between), owns that trade: the area. (Not its trade with the release's own place,
// "Germany, the province's largest partner, saw its trade with Jilin fall": that is the release's trade with it.)
// (The sentence may open after a dateline: "MOSCOW, Feb 20 - Armenia stood out ...".)
const TOPIC_OPENING_BEFORE = /(?:^\s*|\s(?:--|[-–—])\s+)(?:[^.;:\d–—-]{0,40},\s*)?$/;
// (The trade may be its balance: "Turkmenistan, which publishes few figures, has said its 2024 surplus came to ...".)
const PRONOUN_TRADE_AFTER = /^(?!['’])[^.\d]{0,80}?\bits\s+(?:[\w-]+\s+){0,3}?(?:exports|imports|trade|turnover|shipments|sales|purchases|deliveries|earnings|surplus|deficit)\b/i;
const WITH_NEXT_GAP = /^\s+(?:with|to|from)\s+(?:the\s+)?$/i;
const topicOfPronounTrade = (v: PlaceView): boolean => {
  if (!countryOrGroup(v.kind) || v.possessive || !v.s.includes('its ')) return false;
  const opening = TOPIC_OPENING_BEFORE.exec(v.s.slice(0, v.r.start));
  if (opening === null || (v.prev !== undefined && v.prev.end > opening.index)) return false;
  const m = PRONOUN_TRADE_AFTER.exec(v.s.slice(v.r.end, v.r.end + 160));
  if (m === null) return false;
  const end = v.r.end + m[0].length;
  if (v.next === undefined) return true;
  const own = v.release.isCurrent(v.next.info.canonical) || v.release.isCountry(v.next.info.canonical);
  return v.next.start >= end && !(own && WITH_NEXT_GAP.test(v.s.slice(end, v.next.start)));
};
// In a report of many reporters (many-reporters.ts), a country opening its sentence as the subject of a verb owns the sentence's
// figures, whatever it is said to be: "The United States remained the biggest buyer, with imports of ...", "Germany, third
// among exporters, saw sales abroad slip ...", "Côte d'Ivoire, the world's top cocoa grower, exported ...", "Viet Nam stood
// out: its exports ...", "Among the smaller economies, Cambodia posts ...". An adverbial may open the sentence before it
// ("In 2023,", "Elsewhere,"); an apposition may stand between it and its verb. (A national release, whose own country the
// others trade with, keeps its rules: there the subject may well be the partner, "Brazil, the top supplier, shipped ...".)
const SENTENCE_SUBJECT_BEFORE = /^\s*(?:(?:According\s+to|In|Among|Across|Outside|Beyond|Within|Of|At|On|For|Elsewhere|Meanwhile|Separately|Similarly|Likewise|Further|Overall|Still|Yet|But|And|By\s+contrast|In\s+contrast|By\s+comparison|Last\s+year|This\s+year)\b[^,.;:]{0,60},\s*)?(?:(?:But|And|Yet|Meanwhile|Elsewhere)\s+)?(?:the\s+)?$/i;
const SUBJECT_VERB_AFTER = /^(?:\s*,\s*[^,.;:()]{1,80}?,)?\s+(?:(?:also|again|still|alone|then|itself|once\s+more|meanwhile|in\s+turn)\s+)?(?:was|were|is|are|has|had|have|saw|sees|kept|keeps|took|takes|grew|grows|rose|rises|fell|falls|led|leads|ran|runs|stood|stands|came|comes|made|makes|won|wins|lost|loses|sold|sells|sent|sends|bought|buys|held|holds|got|gets|gave|gives|spent|spends|remains|stays|posts|records|ships|earns|ranks|trails|follows|exports|imports|[a-z]{2,}ed)\b/;
// ("The United Kingdom, once the leading buyer, took less than 5 percent", "Egypt accounted for a fifth": a subject taking a share
// of another's trade is the buyer of that part, no owner of the figure.)
const SHARE_TAKEN_AFTER = /^[^.;]{0,60}?\b(?:took|takes|absorbed|absorbs|accounted\s+for|accounts\s+for|bought|buys|received|receives|made\s+up|makes\s+up|represented|represents|held|holds|claimed|claims|got|gets)\s+(?:(?:about|around|nearly|almost|some|over|under|more\s+than|less\s+than|just|roughly|only)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s?cent)|(?:a|one)\s+(?:third|quarter|fifth|tenth|half)|half|two-thirds|three-quarters)/i;
const SUBJECT_OPENING_REACH = 70;
// (The release's kind first: in every other release the view's expressions are not run.)
const subjectOfManyReporters = (v: PlaceView) => v.kind === 'country' && !v.possessive && v.r.start <= SUBJECT_OPENING_REACH && v.release.onManyReporters() && SENTENCE_SUBJECT_BEFORE.test(v.s.slice(0, v.r.start)) && SUBJECT_VERB_AFTER.test(v.after) && !SHARE_TAKEN_AFTER.test(v.after);
// In order: the first that applies decides.
// "Report Number: VM2021-0021 | Post: Hanoi": an attaché report's field naming the post (the embassy or consulate that wrote
// it) places the writer, not the trade the report gives.
const POST_FIELD_BEFORE = /(?:^|\|)[ \t]*Post:[ \t]*$/;
// (a251) "the \"Xinjiang Express\" trains had made 11,385 trips from Urumqi": a place opening a name in quotation marks that a
// noun of trains or services follows is the brand of the service, no place of its figures.
const QUOTED_SERVICE_AFTER = /^(?:[ -][A-Z][\w'’-]*){0,3}["”]\s+(?:(?:freight|cargo|container|block)\s+)?(?:trains?|services?|runs|trips)\b/;
const ROLE_RULES: RoleRule[] = [
  { when: (v) => v.before.includes('Post:') && POST_FIELD_BEFORE.test(v.before), role: 'locator' },
  { when: (v) => /["“]$/.test(v.before) && QUOTED_SERVICE_AFTER.test(v.after), role: 'locator' },
  { when: topicOfPronounTrade, role: 'area' },
  { when: subjectOfManyReporters, role: 'area' },
  { when: partnerAsNounAdjunct, role: 'partner' },
  { when: hostOfSpeech, role: 'partner' },
  { when: otherEndOfPortTraffic, role: 'partner' },
  { when: homeCountryAsOrigin, role: 'locator' },
  { when: trainsLeavingVia, role: 'locator' },
  { when: provinceAsAdjective, role: 'locator' },
  { when: (v) => countryOrGroup(v.kind) && describedPlace(v), role: 'locator' },
  { when: (v) => countryOrGroup(v.kind) && v.tail === 'for' && BALANCE_FOR_BEFORE.test(v.before), role: 'area' },
  // "Russia said its gas exports to China ...", "Australia reported that its shipments of ore to Japan": a supplying country
  // that says what it delivered to another is the area of those deliveries (a142; "Russia's deliveries to China" is read as
  // a possessive; a company saying so gives one company's numbers, no row, a148 in nonfigures.ts).
  { when: (v) => countryOrGroup(v.kind) && v.after.includes(' its ') && SUPPLIER_DELIVERIES_AFTER.test(v.after), role: 'area' },
  // "Russia sent 18.3 million tonnes of crude oil to China", "Brazil shipped 21 million tonnes of soybeans to China",
  // "Australia supplied ... to China": what a foreign country sent to the release's own country is that country's import from
  // it, the country at the receiving end its area, in a release on a place of that country (the ruling on b251-10; a
  // mirror release on the supplier keeps the supplier's exports).
  { when: (v) => v.kind === 'country' && v.tail === 'to' && v.release.isCountry(v.name) && sentByForeignSubject(v) && v.release.onPlaceInCountry(), role: 'area' },
  // "against a 3.1 percent increase for China as a whole", "compared with 2.4 percent growth in the EU overall", "the rate of
  // the nation as a whole": a country or bloc taken "as a whole" is the whole whose figure it is, not a partner.
  { when: (v) => countryOrGroup(v.kind) && v.after.startsWith(' ') && AS_A_WHOLE_AFTER.test(v.after) && !PARTNER_ONLY_BEFORE.test(v.before), role: 'area' },
  { when: (v) => countryOrGroup(v.kind) && v.tail === 'for' && AMOUNT_ALONE_FOR_BEFORE.test(v.before) && /^[\s.]*$/.test(v.after), role: 'area' },
  // "Imports, mainly soybeans and timber from Russia's Khabarovsk Territory, accounted for ...": a foreign country's region
  // the goods came from is where they came from, not whose figure it is.
  { when: (v) => v.kind !== 'country' && fromForeignCountrysPart(v), role: 'locator' },
  // "Xi'an, capital of northwest China's Shaanxi province": the province of an apposition locates the city.
  { when: (v) => v.before.includes(',') && near(v, CAPITAL_OF_WORDS) && CAPITAL_OF_BEFORE.test(v.before), role: 'locator' },
  // "Exports under the market procurement mode, centred on the small commodities hub of Yiwu, grew ...": a place in a
  // comma aside saying where the subject is centred locates it; the figure stays the release's.
  { when: (v) => v.before.includes(', ') && CENTRED_ON_ASIDE_BEFORE.test(v.before) && ASIDE_CLOSES_AFTER.test(v.after), role: 'locator' },
  { when: inRelativeAside, role: 'locator' },
  { when: inSubjectApposition, role: 'locator' },
  // "the metre-gauge line to Nong Khai in Thailand": a country after a town it locates is no place of the figure.
  { when: (v) => v.kind === 'country' && v.tail === 'in' && TOWN_IN_COUNTRY_BEFORE.test(v.before), role: 'locator' },
  { when: (v) => !countryOrGroup(v.kind) && ROUTE_TO_TAILS.has(v.tail) && (ROUTE_TO_BEFORE.test(v.before) || HEADING_FOR_BEFORE.test(v.before)), role: 'locator' },
  { when: (v) => !countryOrGroup(v.kind) && CARRIER_FOR_TAILS.has(v.tail) && CARRIER_FOR_BEFORE.test(v.before), role: 'locator' },
  { when: (v) => !countryOrGroup(v.kind) && TO_AND_FROM_TAILS.has(v.tail) && v.prev?.role === 'area' && TO_AND_FROM_BEFORE.test(v.before), role: 'locator' },
  // "1,200 freight train trips were made to and from Chengdu": with no place before it holding the figure, a home town or
  // port that runs go both ways from is the hub whose count it is, not a partner.
  { when: (v) => (v.kind === 'city' || v.kind === 'port') && TO_AND_FROM_TAILS.has(v.tail) && v.prev?.role !== 'area' && TO_AND_FROM_BEFORE.test(v.before) && RUNS_BEFORE.test(v.before) && homeTown(v), role: 'area' },
  // (Every place of what it is home to: "home to the Youyiguan and Pingxiang ports" names two.)
  { when: (v) => homeToOf(v) || grownAtHome(v), role: 'locator' },
  { when: (v) => v.tail === 'and' && BETWEEN_ANAPHOR_AND_BEFORE.test(v.before), role: 'locator' },
  { when: (v) => v.kind !== 'country' && v.kind !== 'group' && v.prev !== undefined && TRAINS_RECEIVED_FROM_BEFORE.test(v.before), role: 'locator' },
  // "In November alone, 596 trains left the station, while 481 arrived from Dostyk": the town or port trains arrived from is the
  // other end of their run, as one they were received from.
  // ("The largest gains came from Taiwan (+38.1%)", "Much of the rise in sales came from Hong Kong": a change or a contribution
  // that "came from" a place came from its trade there, no run's other end.)
  { when: (v) => !countryOrGroup(v.kind) && ARRIVED_FROM_TAILS.has(v.tail) && ARRIVED_FROM_BEFORE.test(v.before) && !CHANGE_CAME_FROM_BEFORE.test(v.before), role: 'locator' },
  // (a229) "rode the trains last year, with electric-vehicle parts and solar modules arriving in Duisburg and Budapest", ", with
  // most of the cargo ending up in Hamburg", ", with the fruit reaching shops in Moscow": where the goods of a "with" clause after
  // the figure got to is their way's end, as after a bare comma (LOCATOR_BEFORE); the goods may take more words than its window.
  { when: (v) => v.tail === 'in' && WITH_GOODS_ARRIVING_BEFORE.test(v.s.slice(Math.max(0, v.to - 120), v.to)), role: 'locator' },
  { when: (v) => v.possessive && v.tail === 'for' && HUB_FOR_BEFORE.test(v.before), role: 'locator' },
  // "Since the first train left Chongqing in March 2011, 118,000 trips have been made": the place of the event a
  // running total dates from is scenery, not whose total it is.
  { when: (v) => near(v, SINCE_WORDS) && SINCE_EVENT_BEFORE.test(v.before), role: 'locator' },
  // "Azerbaijan Railways said block trains ... numbered 482": a national railway's figures are its country's (so are
  // "Georgian Railways'", adjectiveRole).
  { when: (v) => v.kind === 'country' && v.after.includes('Railway') && NATIONAL_RAILWAY_AFTER.test(v.after), role: (v) => (DEALT_WITH_BEFORE.test(v.before) ? 'locator' : 'area') },
  // "612 China trains were handled", "volume in China traffic": a country naming a rail service it is served by is the
  // other end of the route (a partner of the terminal's count), not whose count it is.
  { when: (v) => countryOrGroup(v.kind) && (v.after.includes('train') || v.after.includes('traffic')) && SERVICE_NOUN_AFTER.test(v.after), role: (v) => (v.release.isCountry(v.name) ? 'locator' : 'partner') },
  // "jump to 12.9 mln T on Brazil cargoes": a country whose goods or buying a figure moved on is the cause, scenery.
  { when: (v) => countryOrGroup(v.kind) && ahead(v, CAUSE_WORDS) && CAUSE_ON_AFTER.test(v.after) && CAUSE_ON_BEFORE.test(v.before), role: 'locator' },
  // "which ranked first in China", "the largest in Asia": the whole a rank is taken in is scenery.
  // "ranks first among the 12 provincial-level regions in western China": the ranked places may take more than the
  // usual window of words before the place.
  // (a250: "the second busiest land port in Xinjiang by freight volume, behind Alashankou": the rank and what it is taken by may
  // run past the usual window, so the words are read back as far as a rank among places is.)
  { when: (v) => !countryOrGroup(v.kind) && mentions(v.s, RANKED_BEHIND_WORDS, Math.max(0, v.to - RANK_REACH), v.to) && RANKED_BEHIND_BEFORE.test(v.s.slice(Math.max(0, v.to - RANK_REACH), v.to)), role: 'locator' },
  { when: (v) => near(v, RANK_IN_WORDS) && (RANK_IN_BEFORE.test(v.before) || RANK_AMONG_BEFORE.test(v.before) || (RANK_AMONG_OWNER_BEFORE.test(v.before) && RANK_AMONG_OWNER_AFTER.test(v.after))), role: 'locator' },
  { when: (v) => mentions(v.s, RANK_IN_WORDS, Math.max(0, v.to - RANK_REACH), v.to) && RANK_AMONG_BEFORE.test(v.s.slice(Math.max(0, v.to - RANK_REACH), v.to)), role: 'locator' },
  // "the nine Guangdong cities in the Greater Bay Area": a province naming some cities of a group the cities make
  // up qualifies them; the group is whose figure it is.
  { when: (v) => v.kind === 'region' && v.next?.info.kind === 'region' && CITIES_OF_GROUP_GAP.test(v.s.slice(v.r.end, v.next.start)), role: 'locator' },
  { when: (v) => v.kind === 'region' && v.prev?.kind === 'region' && CITIES_OF_GROUP_GAP.test(v.s.slice(v.prev.end, v.r.start)), role: 'area' },
  // "covering 45 countries and regions in Asia and Europe", "destinations in Central Asia": where a
  // network reaches is scenery, not the place reporting nor a partner of a figure.
  { when: (v) => (near(v, NETWORK_WORDS) && IN_AFTER_NETWORK.test(v.before)) || (near(v, PARTS_IN_WORDS) && PARTS_IN_BEFORE.test(v.before)), role: 'locator' },
  { when: (v) => !countryOrGroup(v.kind) && near(v, NETWORK_EXAMPLE_WORDS) && NETWORK_EXAMPLES_BEFORE.test(v.before), role: 'locator' },
  // "Brazil's share of China's soybean purchases", "giving Australia a 61% share of China's iron ore imports": one
  // country's share of another's imports or exports is a figure of the other's trade; the holder is its partner.
  { when: (v) => countryOrGroup(v.kind) && v.possessive && v.prev !== undefined && WHOLE_FLOW_OR_TRADE_AFTER.test(v.after) && holdsShareOf(v.s, v.prev, v.r, v.name), role: 'area' },
  // "Indonesia took 66.5% of all live cattle shipped from Australia", "Japan bought 40 percent of the beef exported from
  // Canada": a share of the goods sent from a country is that country's export; the country they were sent from is its
  // area, the holder of the share its partner (as with "of Australia's exports" above).
  { when: (v) => v.prev !== undefined && countryOrGroup(v.kind) && near(v, SENT_FROM_WORDS) && holdsShareOfGoodsFrom(v.s, v.prev, v.r, v.name), role: 'area' },
  { when: (v) => countryOrGroup(v.kind) && near(v, SENT_FROM_WORDS) && POINTER_HOLDER_OF_GOODS_FROM_BEFORE.test(v.s.slice(Math.max(0, v.to - 160), v.to)), role: 'area' },
  { when: (v) => v.next !== undefined && countryOrGroup(v.kind) && ahead(v, SENT_FROM_WORDS) && holdsShareOfGoodsFrom(v.s, { ...v.r, kind: v.kind, name: v.name }, v.next, v.next.info.canonical), role: 'partner' },
  // "China took 84% of Australia's iron ore exports": the holder of such a share is the other country's partner. So with a
  // whole of trade: "Kazakhstan accounted for 46.1% of China's trade with ..." is China's figure, Kazakhstan its partner.
  { when: (v) => v.next !== undefined && v.s.charCodeAt(v.next.end) === 39 && WHOLE_FLOW_OR_TRADE_AFTER.test(v.s.slice(v.next.end, v.next.end + 60)) && holdsShareOf(v.s, { ...v.r, kind: v.kind, name: v.name }, v.next, v.next.info.canonical), role: 'partner' },
  // "The share of China in the turnover amounted to 31.6%, of Turkey – 6.3%": in the CIS wording "the share of X in the
  // turnover" X is the partner holding the share, and each item "of Y – N%" the list goes on with is the next partner.
  { when: (v) => countryOrGroup(v.kind) && near(v, SHARE_WORDS) && SHARE_OF_PARTNER_BEFORE.test(v.before) && SHARE_IN_WHOLE_AFTER.test(v.after) && !v.release.isCountry(v.name), role: 'partner' },
  { when: (v) => countryOrGroup(v.kind) && near(v, SHARE_WORDS) && WHOLE_THEN_SHARE_OF_BEFORE.test(v.s.slice(Math.max(0, v.to - 120), v.to)) && SHARE_STATED_AFTER.test(v.after) && !v.release.isCountry(v.name), role: 'partner' },
  { when: (v) => countryOrGroup(v.kind) && v.prev?.role === 'partner' && SHARE_LIST_OF_GAP.test(v.s.slice(v.prev.end, v.r.start)) && DASHED_SHARE_AFTER.test(v.after) && !v.release.isCountry(v.name), role: 'partner' },
  // "Energy products made up 61.2 percent of Xinjiang's imports": a share of goods (the sentence's first figure, no place,
  // nor a pronoun or "the port" standing for one, before it) of a place's own imports or exports is that place's figure
  // ("Exports came to X, accounting for 10.3% of China's total exports" is the share of the amount before it).
  { when: (v) => v.possessive && v.prev === undefined && near(v, SHARE_OF_WORDS) && WHOLE_FLOW_AFTER.test(v.after) && FIRST_FIGURE_SHARE_BEFORE.test(v.s.slice(0, v.r.start)) && !PLACE_STAND_IN.test(v.s.slice(0, v.r.start)), role: 'area' },
  // "30.1 percent of Xinjiang's total": the whole a share is taken of, not the figure's owner.
  { when: (v) => near(v, SHARE_OF_WORDS) && SHARE_OF_BEFORE.test(v.before), role: 'locator' },
  // "Of the Russia trade, imports from Russia rose ...": a foreign country used as the noun before a flow and named again in
  // its clause after "with", "to" or "from" is the other side of that trade, not its owner.
  // (The release is asked last: a sentence's places are read once, and every question asked of it is part of the memo's key.)
  { when: (v) => countryOrGroup(v.kind) && ahead(v, FLOW_WORDS) && FLOW_AFTER.test(v.after) && namedAgainAsPartner(v) && isForeign(v), role: 'partner' },
  // "EU exports of goods", "EU trade with China": a country or bloc used as the noun before a flow owns it; so does the
  // separate customs territory the release reports on ("Hong Kong exports up 9.2% in October" after a story on a port).
  { when: (v) => (countryOrGroup(v.kind) || (SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && v.release.isCountry(v.name))) && ahead(v, FLOW_WORDS) && FLOW_AFTER.test(v.after) && !/^'/.test(v.after) && !PARTNER_ONLY_BEFORE.test(v.before), role: 'area' },
  // "The Australian Bureau of Statistics said Australia exported 1.94 million tons of wheat", "In Australia,
  // official statistics showed ...": a country whose own statistics the sentence cites reports the figures.
  // So does the release's own country whose statistics a later paragraph cites after figures of another country ("Data from
  // Statistics Indonesia show beef imports of ..." after a paragraph on Australia's cattle sent to Indonesia): not scenery.
  { when: (v) => v.kind === 'country' && citesOwnStatistics(v.s, v.name, v.r.start) && (isForeign(v) || citedAfterOtherReporter(v)), role: 'area' },
  // "14.9 million tons of U.S. soybeans" in a release on China: the country naming the goods is their origin.
  { when: (v) => v.kind === 'country' && v.tail === 'of' && ORIGIN_OF_GOODS.before.test(v.before) && ORIGIN_OF_GOODS.after.test(v.after) && isForeign(v), role: 'partner' },
  // "its imports of U.S. goods fell 0.8%" in a release on China: the country naming the goods bought is where they came from.
  // So do "shipments of U.S. soybeans" in the same release: the goods are named by where they came from.
  { when: (v) => v.kind === 'country' && v.tail === 'of' && (ORIGIN_OF_GOODS.importsOf.test(v.before) || ORIGIN_OF_GOODS.shippedOf.test(v.before)) && ORIGIN_OF_GOODS.after.test(v.after) && isForeign(v), role: 'partner' },
  // "The EU recorded a €6.1 bn surplus": a bloc posting a balance or a total is the area whose trade it is.
  // "EU: extra-EU exports ...": a bloc labelling the paragraph it opens is whose figures follow (in a release on another
  // reporter, "Asia: exports 32.5%, imports 44.1%" heads an entry of partners, below).
  // ("Trade with the EU registered a growth of 33.5 percent": a bloc after "with", "to" or "from" is the partner still.)
  { when: (v) => v.kind === 'group' && ((BLOC_POSTED_AFTER.test(v.after) && !PARTNER_ONLY_BEFORE.test(v.before)) || (/^:\s/.test(v.after) && /^\s*$/.test(v.before) && !isForeign(v))), role: 'area' },
  // "* Japan (October): exports +2.7% ...", "South Korea: exports ...": a country heading an entry of a roundup
  // (the line's first words, a colon after them or after the entry's period in brackets) is whose figures follow;
  // in a release whose reporter is known, a foreign place heading an entry with no period of its own ("- China:
  // exports ¥18.9 trillion ..., imports ...") is the partner whose trade with the reporter the entry gives (a
  // roundup dates each country's entry: "* Japan (October): ...").
  { when: (v) => countryOrGroup(v.kind) && v.after.includes(':') && ENTRY_HEAD_BEFORE.test(lineBefore(v.before)) && ENTRY_HEAD_AFTER.test(v.after), role: (v) => (isForeign(v) && /^\s*:/.test(v.after) ? 'partner' : 'area') },
  // "Xiamen's share of the province was 46.2 percent": a city's or region's part of the whole it belongs to is its own;
  // so is a city's part of a service it runs with another ("Chongqing's share was 2,640 trains"): a town or province is
  // no trading partner (the regions keeping their own customs statistics may be).
  { when: (v) => v.possessive && v.kind !== 'country' && v.kind !== 'group' && !SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && PLACE_SHARE_AFTER.test(v.after), role: 'area' },
  // "Russia's share", "Russia's trade turnover share amounted to 18.6%": the partner's part of the area's trade.
  { when: (v) => v.possessive && ahead(v, POSSESSIVE_SHARE_WORDS) && POSSESSIVE_SHARE_AFTER.test(v.after), role: 'partner' },
  // "Russia's share ... stood at 18.2%, and China's at 22.7%": the next partner's share, the noun left out.
  { when: (v) => v.possessive && v.places.some((p) => p.role === 'partner') && POSSESSIVE_SHARE_ELLIPSIS.test(v.after), role: 'partner' },
  // "Russia was China's largest LNG supplier in November, with 1.12 million tonnes": the country whose top supplier (or
  // buyer) the subject was is the trader whose figure it is, not an epithet; the subject is its partner.
  { when: (v) => v.possessive && v.kind === 'country' && ahead(v, RANKED_WORDS) && RANK_HOLDER.after.test(v.after) && RANK_HOLDER.before.test(v.before), role: 'area' },
  // "Asia's fourth-largest economy", "the world's top exporter": an epithet of the subject, not a place of the figure.
  { when: (v) => v.possessive && ahead(v, EPITHET_WORDS) && EPITHET_AFTER.test(v.after), role: 'locator' },
  // ("Lao Cai's international road border gate" is the port itself: a port town's own crossing is the port.)
  { when: (v) => v.possessive && ahead(v, POSSESSIVE_APPOSITION_WORDS) && POSSESSIVE_APPOSITION.test(v.after) && !(v.kind === 'port' && PORT_OWN_CROSSING.test(v.after)) && !UNNAMED_FACILITY_AFTER.test(v.after), role: 'locator' },
  // "China has been Africa's largest trading partner for 17 years": a rank in a partner country's or bloc's trade.
  { when: (v) => v.possessive && countryOrGroup(v.kind) && ahead(v, PARTNER_RANK_WORDS) && POSSESSIVE_PARTNER_RANK.test(v.after) && isForeign(v), role: 'locator' },
  { when: (v) => ahead(v, TRADING_PARTNER_WORDS) && TRADING_PARTNER_AFTER.test(v.after), role: 'partner' },
  { when: (v) => countryOrGroup(v.kind) && ahead(v, MADE_PARTNER_WORDS) && MADE_PARTNER_AFTER.test(v.after) && MADE_PARTNER_BEFORE.test(v.before), role: 'partner' },
  { when: (v) => near(v, RUNS_INTO_WORDS) && RUNS_INTO_BEFORE.test(v.before) && COUNTED_AFTER.test(v.after) && europeanEndTown(v), role: 'area' },
  { when: (v) => (countryOrGroup(v.kind) || SEPARATE_CUSTOMS_TERRITORIES.has(v.name)) && !v.possessive && ahead(v, PORTION_WORDS) && ((PORTION_AFTER.test(v.after) && PART_OF_WHOLE_OPENING.test(v.before)) || PORTION_OF_WHOLE_AFTER.test(v.after)) && v.release.hasCountry() && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name), role: 'partner' },
  { when: (v) => (countryOrGroup(v.kind) || SEPARATE_CUSTOMS_TERRITORIES.has(v.name)) && !v.possessive && v.prev?.role === 'partner' && hasDigit(v.before) && GAPPED_PORTION_AFTER.test(v.after) && GAPPED_PORTION_BEFORE.test(v.before) && PORTION_VERB_BEFORE.test(v.before) && v.release.hasCountry() && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name), role: 'partner' },
  { when: (v) => (countryOrGroup(v.kind) || SEPARATE_CUSTOMS_TERRITORIES.has(v.name)) && ahead(v, RANKED_NEXT_WORDS) && RANKED_NEXT_AFTER.test(v.after) && v.release.hasCountry() && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name), role: 'partner' },
  // "Hong Kong was the largest outlet, taking 612,000t" in a story on China's exports: a place ranked first as an outlet,
  // buyer or supplier of the story's goods is its partner (Hong Kong and Taiwan too, which report their own trade elsewhere).
  { when: (v) => (countryOrGroup(v.kind) || SEPARATE_CUSTOMS_TERRITORIES.has(v.name)) && ahead(v, RANKED_WORDS) && RANKED_PARTNER_AFTER.test(v.after) && v.release.hasCountry() && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name), role: 'partner' },
  // "Salmon accounted for NOK 6.2 billion of the China total" in a release on Norway's sales: a foreign country naming a total
  // ("the China total", "the Japan figure") is the partner that total is of.
  { when: (v) => countryOrGroup(v.kind) && !v.possessive && PARTNER_TOTAL.before.test(v.before) && PARTNER_TOTAL.after.test(v.after) && v.release.hasCountry() && !v.release.isCountry(v.name), role: 'partner' },
  { when: (v) => near(v, SHARE_WORDS) && SHARE_OF_PARTNER_BEFORE.test(v.before), role: 'partner' },
  { when: (v) => v.possessive && v.kind === 'country' && hasDigit(v.after) && POSSESSIVE_PORTION.after.test(v.after) && !v.release.isCountry(v.name), role: 'partner' },
  { when: (v) => v.possessive && v.kind === 'country' && elidedAfterSupplier(v), role: 'partner' },
  { when: (v) => v.possessive && v.kind === 'country' && (suppliesReporter(v.s, v.r, v.name, v.next, (name) => v.release.isCountry(name)) || shipsAfterSupplier(v)) && isForeign(v), role: 'partner' },
  // "Pipeline gas imports, mainly from Russia's Power of Siberia line and Central Asia, were ...": the owner of where
  // most of the goods come from, in an aside, is scenery (as a route of part of them is, PART_ROUTED_BEFORE).
  // So is the place listed with it ("and Central Asia").
  { when: (v) => countryOrGroup(v.kind) && (v.possessive ? (v.tail === 'from' || v.tail === 'of') && PART_FROM_BEFORE.test(v.before) : partFromListed(v)), role: 'locator' },
  { when: (v) => countryOrGroup(v.kind) && !v.possessive && (v.tail === 'to' || v.tail === 'for') && PART_TO_BEFORE.test(v.before), role: 'locator' },
  { when: (v) => v.possessive && v.kind === 'country' && BUYER_POSSESSIVE.after.test(v.after) && isForeign(v), role: 'partner' },
  // "Coal from Mongolia's Dornogovi and Omnogovi provinces made up 1.52 million tonnes ...": goods opening the sentence that
  // came from a foreign country's regions came from that country, a partner (not the place of the figure).
  { when: (v) => v.possessive && v.kind === 'country' && GOODS_SUBJECT_FROM_BEFORE.test(v.s.slice(0, v.to)) && FOREIGN_REGIONS_AFTER.test(v.after) && isForeign(v), role: 'partner' },
  // "Shipments from Guinea's Simandou project reached ...": a foreign country's project, mine or field the goods came from
  // is where they came from (the country a partner), not whose figure it is.
  { when: (v) => v.possessive && v.kind === 'country' && /\bfrom\s+$/i.test(v.before) && FOREIGN_FACILITY_AFTER.test(v.after) && isForeign(v), role: 'partner' },
  { when: (v) => v.possessive && v.kind === 'country' && (v.tail === 'for' || v.tail === 'to') && BOUND_FOR_BEFORE.test(v.before) && isForeign(v), role: (v) => (PART_ASIDE_OPEN_BEFORE.test(v.before) ? 'locator' : 'partner') },
  { when: (v) => v.possessive, role: 'area' },
  // "Imports, mostly Chinese machinery ... trucked down from the Sost dry port, accounted for ...": a port the goods of an
  // aside came from is where they passed before, scenery (the figure stays the place the release is on).
  { when: (v) => v.kind === 'port' && near(v, FROM_WORDS) && IMPORTS_ASIDE_FROM_BEFORE.test(v.s.slice(Math.max(0, v.to - 110), v.to)), role: 'locator' },
  { when: (v) => near(v, FROM_WORDS) && (IMPORTED_FROM_BEFORE.test(v.before) || IMPORTS_ASIDE_FROM_BEFORE.test(v.s.slice(Math.max(0, v.to - 110), v.to))), role: 'partner' },
  // "Goods worth 96.5 billion yuan travelled on the corridor from Chongqing", "cargo shipped along the western route from
  // Guangxi", "freight moved from Sichuan via the corridor": goods a home place sends along a route are its trade, not the
  // route's, nor trade with it (a foreign country at that end stays the partner, a142).
  { when: (v) => v.tail === 'from' && !countryOrGroup(v.kind) && goodsOnRouteFrom(v), role: 'area' },
  // ("goods from China reached 441,000 tonnes" in a release on Vietnam: goods from a foreign country came from the partner.)
  { when: (v) => near(v, FROM_WORDS) && FROM_AREA_BEFORE.test(v.before), role: (v) => (v.kind === 'country' && !v.release.isCountry(v.name) && GOODS_FROM_BEFORE.test(v.before) ? 'partner' : 'area') },
  // "Germany was by far the largest exporter to China (€97.3 billion), followed by France (€23.9 billion)" in a release on
  // the EU: a member state ranked as a trader is the place of its figure, and so is each one "followed by" goes on with.
  { when: (v) => v.kind === 'country' && ahead(v, RANKED_TRADER_WORDS) && RANKED_TRADER_AFTER.test(v.after) && v.release.onBloc(), role: 'area' },
  { when: (v) => v.kind === 'country' && near(v, FOLLOWED_WORDS) && FOLLOWED_BY_BEFORE.test(v.before) && followsRankedTrader(v), role: 'area' },
  // ("China was the largest market, followed by Hong Kong at US$0.93 billion" in the Philippines' release: a territory keeping
  // its own customs statistics, ranked next in another reporter's list, is a partner as a country there is.)
  { when: (v) => near(v, FOLLOWED_WORDS) && FOLLOWED_BY_BEFORE.test(v.before) && (countryOrGroup(v.kind) || (SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && v.release.hasCountry() && !v.release.isCurrent(v.name))) && !v.release.isCountry(v.name), role: 'partner' },
  // "trade between Russia and China" in a release on China: the reporting country is the area
  // whichever way round the pair is written; otherwise the first of the pair is.
  { when: (v) => near(v, BETWEEN_WORDS) && BETWEEN_BEFORE.test(v.before), role: (v) => (pairedWithReporter(v) ? 'partner' : 'area') },
  { when: (v) => near(v, BETWEEN_WORDS) && BETWEEN_PAIR_BEFORE.test(v.before) && v.prev?.role === 'partner' && (v.release.isCountry(v.name) || customsCitedIn(v.s) === v.name), role: 'area' },
  // "trade between southeast China's Fujian province and Taiwan": a territory with customs statistics of its own, second of a
  // pair whose first (a province or city, however described) reports, is that place's partner, as a country there would be.
  { when: (v) => SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && v.tail === 'and' && v.prev?.role === 'area' && !countryOrGroup(v.prev.kind) && pairOpenedBefore(v), role: 'partner' },
  // "..., with Qingdao making up 26.6 percent of the province's total": a city, province or port after "with" that opens a
  // participle of holding a part is the holder of that part, no partner (a country so named is the partner of the share).
  { when: (v) => !countryOrGroup(v.kind) && !SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && v.tail === 'with' && WITH_HOLDER_AFTER.test(v.after), role: 'area' },
  // "From Xi'an, the Chang'an China-Europe Railway Express ran 4,812 trains": a city opening the sentence after "From", closed
  // off by a comma before the trains it sends, is where they are counted, as one they depart from.
  { when: (v) => !countryOrGroup(v.kind) && v.after.includes(',') && FROM_OPENING.test(v.s.slice(0, v.r.start)) && TRAINS_AFTER_FROM_OPENING.test(v.after), role: 'area' },
  // "For Inner Mongolia as a whole, trade with Mongolia reached ...": a province, city or port opening the sentence after "For",
  // closed off by a comma, frames the figures after it: theirs, not a partner's (a country so named may be either).
  { when: (v) => !countryOrGroup(v.kind) && v.tail === 'for' && FOR_OPENING.test(v.s.slice(0, v.r.start)) && FOR_FRAME_CLOSES_AFTER.test(v.after), role: 'area' },
  // "6,712 freight trains departed from Xi'an": a city or port trains leave from is where they are counted.
  { when: (v) => near(v, FROM_WORDS) && DEPARTED_FROM_BEFORE.test(v.before) && !countryOrGroup(v.kind), role: 'area' },
  // (a233) "trains that departed from or came into Chengdu and Chongqing", "trains that came into or left Xi'an": a town the trains
  // both reach and leave is where they are counted, though "into" stands right before it (SERVICE_BOTH_ENDS_BEFORE).
  { when: (v) => !countryOrGroup(v.kind) && near(v, SERVICE_ENDS_WORDS) && SERVICE_BOTH_ENDS_BEFORE.test(v.before), role: 'area' },
  // "Lao Cai railway station has sent 1,132 freight trains to Hekou": a town trains went to, after the place that sent them, is
  // where they went, not where they were counted.
  { when: (v) => near(v, SENT_TO_WORDS) && SENT_TO_BEFORE.test(v.before) && v.prev?.role === 'area' && !countryOrGroup(v.kind), role: 'locator' },
  // "Vietnam shipped ... to the United States" in a release on China: a country that trades with a third country owns that trade.
  { when: tradesWithThirdPlace, role: 'area' },
  // "Japan, long the leader, sent about 4.4 million vehicles overseas" in a release on China: so does one whose goods went abroad.
  { when: sellsAbroad, role: 'area' },
  // "imports to Kenya" in Kenya's own release: goods coming into the reporter are its imports, not trade with itself.
  { when: (v) => (v.tail === 'to' || v.tail === 'into') && IMPORTS_INTO_BEFORE.test(v.before) && v.release.isCountry(v.name), role: 'locator' },
  // "imports of new Chinese passenger cars into Russia" in a release on China: a foreign country the goods are imported
  // into reports those imports. So does any country in a report of many reporters ("imports into Russia, rebuilt from its
  // partners' records, are estimated at about $285 billion" in the WTO's review), where no country is the release's own.
  { when: (v) => countryOrGroup(v.kind) && v.tail === 'into' && IMPORTS_OF_INTO_BEFORE.test(v.before) && (isForeign(v) || v.release.onManyReporters()), role: 'area' },
  { when: (v) => v.kind === 'country' && BUYER_SUBJECT.after.test(v.after) && (BUYER_SUBJECT.namesGoods.test(v.after) || BUYER_SUBJECT.ownSource.test(v.after)) && isForeign(v) && !partnerBefore(v), role: 'area' },
  // "Brazil, the top supplier, shipped 112,000 tonnes of beef to China" in a release on China: the seller is
  // the partner; the reporting country it sold to is not its own partner.
  { when: partnerBefore, role: (v) => (v.release.isCountry(v.name) && v.places.some((p) => p.role === 'partner' && soldTo(v.s, p, v.r)) ? 'locator' : 'partner') },
  // (The reporting country is never its own partner: "With mainland China, Japan logged ...".)
  { when: (v) => v.prev !== undefined && v.prev.role === 'partner' && /^\s*(?:\([^()]{0,30}\))?\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/.test(v.s.slice(v.prev.end, v.r.start)) && !v.release.isCountry(v.name), role: 'partner' },
  // "EU 126.03 (+23.6%); Japan 97.82 (+11.4%); Hong Kong 73.16 (+26.9%)": the next item of a list of partners
  // and their amounts is a partner too, Hong Kong in a release on China included.
  { when: (v) => v.prev !== undefined && v.prev.role === 'partner' && PARTNER_LIST_ITEM_GAP.test(v.s.slice(v.prev.end, v.r.start)) && !v.release.isCountry(v.name), role: 'partner' },
  // "Across Italy, China–Europe trains ... numbered 164" in a release on an Italian terminal: a country opening the sentence
  // after "Across" and closed off by a comma is the whole the sentence's figures are taken over, foreign or not.
  // So is one opening it after "In" ("In Malaysia, exports came to 765.2 billion ringgit", "Meanwhile in the Philippines, imports
  // fell", "In neighbouring Cambodia, the trade surplus widened", "Over in Indonesia, shipments abroad rose") when the clause after
  // the comma opens on a bare flow: a round-up turning to the next country (no other place's adjective or name before the flow).
  { when: (v) => countryOrGroup(v.kind) && ((ACROSS_FRAME_BEFORE.test(v.s.slice(0, v.r.start)) && /^\s*,/.test(v.after)) || (IN_FRAME_BEFORE.test(v.s.slice(0, v.r.start)) && FLOW_CLAUSE_AFTER.test(v.after))), role: 'area' },
  // "Trade across the Taiwan Strait fell ...", "goods shipped over the Korea Strait", "ferries through the Taiwan Straits": a
  // place glued to "Strait" names a sea lane, no area; trade across it is with the shore beyond, the partner (the release's own
  // country excepted), and a route through it is scenery.
  { when: (v) => STRAIT_AFTER.test(v.after), role: (v) => (ACROSS_WATER_BEFORE.test(v.before) && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name) ? 'partner' : 'locator') },
  // "Our friends in Germany exported goods worth ...": traders placed in a country, then a verb of selling or buying.
  { when: (v) => v.kind === 'country' && tradersInPlaceSoldAlone(v), role: 'area' },
  // "dealers found buyers in the Middle East", "Buyers in the Middle East took 7,900 of the cars", "demand from customers in
  // Africa", "new markets in Central Asia": a foreign country or group placing the buyers (customers, consumers, clients,
  // markets) of the release's goods is where those goods went, the partner, not a place whose trade the figures are.
  // (Traders placed there who bought or sold on their own, "importers in India bought", are read just before.)
  { when: (v) => countryOrGroup(v.kind) && v.tail === 'in' && near(v, BUYERS_IN_WORDS) && BUYERS_IN_BEFORE.test(v.before) && !v.release.isCountry(v.name) && !v.release.isCurrent(v.name), role: 'partner' },
  // "weaker prices in China" in a release on Mongolia: a foreign country after "in" is scenery.
  // (Not a country named right after a bare flow's figure, "Imports fell 3.1 percent to 8.92 billion dollars over the nine months
  // in Kyrgyzstan": the country the figure was counted in, figurePlacedIn.)
  { when: (v) => countryOrGroup(v.kind) && SCENERY_TAILS.has(v.tail) && areaBefore(v) && FOREIGN_SCENERY_BEFORE.test(v.before) && isForeign(v) && !v.release.isCurrent(v.name) && !figurePlacedIn(v), role: 'locator' },
  // "Kazakhstan 97,000t, most of it railed in through the Alashankou crossing": the route of part of a figure's
  // goods, told in an aside, is scenery, not the place whose trade the figure is.
  { when: partRouted, role: 'locator' },
  // "Cargo on a sea-rail line that runs via the port of Tianjin reached 86,000 tonnes", "a route which passes through
  // Qinzhou moved 210,000 TEU for the city": a waypoint a route is said to run by names which route, not whose goods.
  { when: (v) => near(v, ROUTE_RUNS_WORDS) && ROUTE_RUNS_VIA_BEFORE.test(v.s.slice(Math.max(0, v.to - 90), v.to)), role: 'locator' },
  // "1,168 container trains arrived from China via Kazakhstan": a country the goods of a partner pass through on their
  // way is the transit route, not whose trade they are.
  { when: (v) => countryOrGroup(v.kind) && v.prev?.role === 'partner' && countryOrGroup(v.prev.kind) && TRANSIT_VIA_GAP.test(v.s.slice(v.prev.end, v.r.start)), role: 'locator' },
  // "1,889 arrived from Europe via Zabaikalsk" in a release on Manzhouli: the crossing trains came through on their way from a
  // partner is their route too.
  { when: (v) => v.kind === 'port' && v.prev?.role === 'partner' && countryOrGroup(v.prev.kind) && TRANSIT_VIA_GAP.test(v.s.slice(v.prev.end, v.r.start)) && ARRIVED_FROM_BEFORE.test(v.s.slice(Math.max(0, v.prev.start - 40), v.prev.start)), role: 'locator' },
  // "Transit cargo between Thailand and China via Laos": the country between the two ends of a route is passed through.
  { when: (v) => countryOrGroup(v.kind) && BETWEEN_PAIR_VIA_BEFORE.test(v.before), role: 'locator' },
  // "Thai mangosteens and longans transported overland through Laos", "shipped by rail via Kazakhstan": a foreign country goods
  // were carried through on their way is their transit route, not whose trade they are.
  { when: (v) => countryOrGroup(v.kind) && near(v, CARRIED_THROUGH_WORDS) && CARRIED_THROUGH_BEFORE.test(v.before) && isForeign(v) && !v.release.isCurrent(v.name), role: 'locator' },
  // "7,412 trains entered or left China", "2.05 million tonnes went north into China" in a release on a Chinese port or
  // route: the release's own country a figure crosses into or out of is the border crossed, not whose figure it is.
  { when: (v) => BORDER_CROSSED_TAILS.has(v.tail) && BORDER_CROSSED_BEFORE.test(v.before) && v.release.isCountry(v.name), role: 'locator' },
  // "those to the rest of Asia 9.2%", "imports from the rest of the world", "trade with the rest of the EU", "shipments to other
  // parts of Europe": the rest of a region after a word of the other end is where the goods went or came from, the partner.
  { when: (v) => v.tail === 'of' && REST_OF_BEFORE.test(v.before), role: 'partner' },
  // (a249) "sales to China and its special regions of Hong Kong and Macao", "imports from France and its overseas territories of
  // Reunion and ...": the regions or territories of a partner, named after it, are of that partner too.
  { when: (v) => v.tail === 'of' && v.prev?.role === 'partner' && PARTNER_REGIONS_GAP.test(v.s.slice(v.prev.end, v.r.start)), role: 'partner' },
  { when: areaBefore, role: 'area' },
  // "Mongolia exported 71.4 million tonnes of coal in total" after a port's sentence: the release's own country as the subject of
  // a verb of trade reports its own figures, not scenery of the port (goods it sent "through the Khangi border port" stay the port's).
  { when: (v) => v.kind === 'country' && v.release.isCountry(v.name) && TRADE_VERB_SUBJECT_AFTER.test(v.after) && !ROUTED_LATER.test(v.s.slice(v.r.end)), role: 'area' },
  // "left China via Horgos Port" in a Chinese port's release: the home country is scenery, not a partner.
  // "The largest contributors were Taiwan, up 48.2 per cent" in Singapore's release: a territory with
  // its own customs statistics is a partner of another country's trade, like a country.
  {
    when: (v) => countryOrGroup(v.kind) || (SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && v.release.hasCountry() && !v.release.isCountry('China')),
    role: (v) => (v.release.isCurrent(v.name) ? 'area' : v.release.isCountry(v.name) ? 'locator' : 'partner'),
  },
  // "- Hong Kong: US$11.10 billion" in a list of destinations, "Macao ... with Taiwan" in a release on Taiwan or Hong Kong: with
  // nothing else said of it, one territory with its own customs statistics is a partner of another's trade (a177).
  { when: (v) => SEPARATE_CUSTOMS_TERRITORIES.has(v.name) && !v.release.isCurrent(v.name) && [...SEPARATE_CUSTOMS_TERRITORIES].some((t) => v.release.isCurrent(t)), role: 'partner' },
];

// "was by far the largest exporter to", "is the second-largest importer from": a rank among the traders of the release's whole.
export const RANKED_TRADER_AFTER = /^\s+(?:was|were|is|remained|remains|stayed|became)\s+(?:again\s+)?(?:by\s+far\s+)?(?:the|its)\s+(?:single\s+)?(?:largest|biggest|top|main|leading|(?:second|third)[- ](?:largest|biggest))\s+(exporter|importer)\b/i;
const RANKED_TRADER_WORDS = keywords(['porter'], RANKED_TRADER_AFTER);

/** A country "followed by" goes on with after a member state ranked as a trader in the same sentence (that one an area). */
function followsRankedTrader(v: PlaceView): boolean {
  const ranked = v.places.findLast((p) => p.role === 'area' && p.kind === 'country');
  return ranked !== undefined && RANKED_TRADER_AFTER.test(v.s.slice(ranked.end, ranked.end + 90));
}

/** "mainly from Russia's Power of Siberia line and Central Asia": a place listed after the owner of a part's source. */
function partFromListed({ s, r, prev }: PlaceView): boolean {
  if (prev?.role !== 'locator' || !/^'s?\s|^['’]s\s/.test(s.slice(prev.end, prev.end + 3))) return false;
  return PART_FROM_BEFORE.test(s.slice(Math.max(0, prev.start - 40), prev.start)) && /^['’]s?\s+(?:[\w-]+\s+){0,4}?and\s+(?:the\s+)?$/.test(s.slice(prev.end, r.start));
}

/** "between Russia and China" in a release on China: the other of the pair is the reporting country. */
// "between southeast China's Fujian province and ": "between", a few words describing the first of the pair (its name among
// them), then "and" right before the second.
const PAIR_AFTER_BETWEEN = /\bbetween\s+(?:[\w'’-]+\s+){1,5}?and\s+(?:the\s+)?$/i;

/** True when the place is the second of a pair opened by "between" whose first member is the place before it. */
function pairOpenedBefore(v: PlaceView): boolean {
  const at = v.prev ? v.s.lastIndexOf('between', v.prev.start) : -1;
  return at >= 0 && v.prev!.start - at <= 40 && PAIR_AFTER_BETWEEN.test(v.s.slice(at, v.r.start));
}

function pairedWithReporter({ s, r, next, name, kind, release }: PlaceView): boolean {
  // "trade between Primorsky Krai and China": a province or city paired with a country is the one reporting.
  if (!countryOrGroup(kind)) return false;
  // "According to the General Administration of Customs of China, trade between China and Kazakhstan ...": the side whose
  // customs the sentence cites reports the pair's figure, whatever the release's country.
  const cited = next ? customsCitedIn(s) : undefined;
  if (cited && (cited === name || cited === next?.info.canonical)) return cited !== name;
  return next !== undefined && /^\s+and\s+(?:the\s+)?$/.test(s.slice(r.end, next.start)) && release.isCountry(next.info.canonical) && !release.isCountry(name);
}

// China's customs as English news names it ("the General Administration of Customs of China", "GACC", "Chinese customs").
const CHINA_CUSTOMS_NAMED = /\bGeneral Administration of Customs\b(?! of Mongolia)|\bGACC\b|\bChinese customs\b|\bChina['’]s customs\b/;

/** The one country whose customs or statistics a sentence cites by name, if one: China's customs, or an agency of reporters.ts. */
function customsCitedIn(s: string): string | undefined {
  if (CHINA_CUSTOMS_NAMED.test(s)) return 'China';
  // (One agency may be found by two of its names' rules: the same country twice is still one.)
  const cited = statisticsCitedIn(s);
  return cited.length > 0 && cited.every((c) => c === cited[0]) ? cited[0] : undefined;
}

/**
 * The one country whose customs or statistics a release cites as the source of its figures: named in its lead (the headline
 * and the first paragraphs), and no other country's named there; '' when the lead cites none or several. A wire on one
 * side's figures names that source once ("..., according to statistics published by China's General Administration of
 * Customs") and writes the later sentences in either side's words (MIRRORED_SUPPLIER). An agency of the other side cited
 * further on with figures of its own ("Earlier, the other side's customs service said its exports ... were $N") governs
 * only its own sentence (`mirroredSupplier` reads that sentence's citation), not the lead's figures; one cited with no
 * figure speaks for the release's figures too, and then no one source does.
 */
export function citedSourceOf(sentences: ReadonlyArray<{ norm: string; paragraph: number }>): string {
  let source = '';
  // Paragraphs counted as written (their indexes also count the blank lines between them).
  let paragraphs = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i === 0 || sentences[i].paragraph !== sentences[i - 1].paragraph) paragraphs++;
    const later = paragraphs > LEAD_PARAGRAPHS;
    // (After the lead, only a source other than the lead's, named in a sentence with no figure of its own, counts: it
    // speaks for the release's figures, "the other side's office put the quarter's trade at a similar level".)
    if (later && (source === '' || /\d/.test(sentences[i].norm))) continue;
    for (const cited of sourcesCitedIn(sentences[i].norm)) {
      if (source !== '' && cited !== source) return '';
      if (!later) source = cited;
    }
  }
  return source;
}

// "Russia's Federal Customs Service", "Kazakhstan's national statistics bureau": an agency named by its country's possessive.
const CUSTOMS_BY_POSSESSIVE = /\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:[\w-]+\s+){0,3}?(?:[Cc]ustoms|[Ss]tatistic(?:s|al))\b/g;

/** Every country whose customs or statistics the sentence cites: China's customs by name, an agency, "<adjective> customs data". */
function sourcesCitedIn(s: string): string[] {
  const cited = [...statisticsCitedIn(s)];
  if (CHINA_CUSTOMS_NAMED.test(s)) cited.push('China');
  if (!s.includes('ustoms') && !s.includes('tatistic')) return cited;
  for (const m of [...s.matchAll(CUSTOMS_BY_ADJECTIVE), ...s.matchAll(CUSTOMS_BY_POSSESSIVE)]) {
    const named = NAME_INFO.get(m[1]);
    if (named !== undefined && named.kind === 'country') cited.push(named.canonical);
  }
  return cited;
}

// "The European Union traded some 60 billion euros of goods with Central Asia", "Turkey has traded $7 billion with Iraq": the
// subject of "traded" owns the trade whose other side follows "with", as the subject of "exported" owns the exports "to" one.
const TRADED_VERB_AFTER = /^\s+(?:(?:also|has|have|had|alone|reportedly)\s+){0,2}traded\b/i;
const THIRD_PLACE_WITH_GAP = /^(?:[^.;,]|[.,](?=\d)){0,90}\bwith\s+(?:the\s+)?$/;

/** A country or bloc as the subject of a trade verb whose other side is a third place, neither the release's country nor its area. */
function tradesWithThirdPlace(v: PlaceView): boolean {
  const { s, r, next, release } = v;
  if (!countryOrGroup(v.kind) || next === undefined || !countryOrGroup(next.info.kind)) return false;
  const gap = s.slice(r.end, next.start);
  const verbOfTrade = (TRADE_VERB_SUBJECT_AFTER.test(v.after) && THIRD_PLACE_GAP.test(gap)) || (TRADED_VERB_AFTER.test(v.after) && THIRD_PLACE_WITH_GAP.test(gap));
  return verbOfTrade && release.hasCountry() && !release.isCountry(next.info.canonical) && !release.isCurrent(next.info.canonical);
}

// "Japan sent about 4.4 million vehicles overseas", "Chile, the top producer, shipped 1.2 million tonnes of copper abroad", "Brazil
// sold 98 million tonnes of soybeans to foreign markets", "Germany exported cars worth 150 billion euros worldwide": the goods of a
// country's verb of selling went abroad, to every buyer; what it sold is its own export, not the reporter's import from it.
// ("China supplied 41.2 percent of all goods Vietnam bought from abroad": goods from abroad came in, to the buyer.)
const SOLD_ABROAD_AFTER = /^(?:\s*,[^,.;]{1,40},)?(?:[^.;,]|[.,](?=\d)){0,100}?(?<!\bfrom\s)\b(?:abroad|overseas|worldwide|to\s+(?:foreign|overseas|world|global|international)\s+(?:markets|buyers)|to\s+the\s+(?:world|rest\s+of\s+the\s+world))\b/i;
const SELLING_VERB_AFTER = /^(?:\s*,[^,.;]{1,40},)?\s+(?:(?:also|has|have|had|alone|reportedly)\s+){0,2}(?:exported|shipped|sold|sent|supplied|delivered)\b/i;

/** A country, not the reporter, whose verb of selling sent its goods abroad (SOLD_ABROAD_AFTER). */
function sellsAbroad(v: PlaceView): boolean {
  // (The release is asked about only once the words match: its first read stands while the answers stay the same.)
  return countryOrGroup(v.kind) && SELLING_VERB_AFTER.test(v.after) && SOLD_ABROAD_AFTER.test(v.after) && v.release.hasCountry() && !v.release.isCountry(v.name);
}

/** The partner `p` sold to the place `r`: "Brazil, the top supplier, shipped ... to China", "Australia's LNG sales to China". */
function soldTo(s: string, p: PlaceMention, r: NamedPlace): boolean {
  return TRADE_VERB_SUBJECT_AFTER.test(s.slice(p.end, r.start)) || SUPPLIER_POSSESSIVE.toCountryGap.test(s.slice(p.end, r.start));
}

// "In Xinjiang, Horgos Port handled ...", "In the province of Quang Ninh, the Bac Phong Sinh border gate handled ...": a place
// in the phrase opening the sentence, then a comma and a place of another kind that the list does not go on from, frames it.
// "Through Mohan railway port, the China-Laos Railway carried ...": so does a port the opening phrase routes the goods through.
const OPENING_FRAME_BEFORE = /^\s*(?:In|Across|At|Within|Inside|Throughout|Through|Via)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/;

// (a251) "In southern Xinjiang, Kashgar's foreign trade grew": a place of the same kind framed so, when it owns what follows,
// is the subject inside the frame too (two places with no "and" between make no list).
const OWNER_OF_FRAMED = /^['’]s\s/;

function openingFrame(s: string, a: PlaceMention, b: PlaceMention): boolean {
  return (a.kind !== b.kind || OWNER_OF_FRAMED.test(s.slice(b.end, b.end + 3))) && OPENING_FRAME_BEFORE.test(s.slice(0, a.start)) && /^\s*,\s*(?:the\s+)?$/.test(s.slice(a.end, b.start)) && !/^\s*(?:,|and\b|or\b|&)/.test(s.slice(b.end, b.end + 8));
}

// Between two places of a list: ", ", " and ", ", and the "; between two ports, also the first one's kind words ("the Huu Nghi
// international border gate and the Tan Thanh border gate").
const PLACE_LIST_GAP = /^\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?$/;
const PORT_KIND_LIST_GAP = /^\s+(?:(?:international|railway|road|highway|land|border|river|dry)\s+){0,2}(?:gate|port|checkpoint|crossing|station)\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?$/i;
// "Guiyang, the provincial capital, and Zunyi registered A and B respectively": between two towns (or two provinces) of a
// list, an apposition describing the first, set off by commas, before the "and" that goes on with the second.
const APPOSITION_LIST_GAP = /^\s*,\s+(?:(?:the|a|an)\s+|(?=(?:capital|home|seat)\b))(?:[A-Za-z'’-]+\s+){0,5}?[A-Za-z'’-]+\s*,\s*(?:and|or)\s+(?:the\s+)?$/;

/** "through Pingxiang and Dongxing ports", "from Kazakhstan and Russia": a figure for several places at once belongs to none of them alone. */
function markPlaceLists(s: string, places: PlaceMention[]): void {
  for (let i = 1; i < places.length; i++) {
    const a = places[i - 1];
    const b = places[i];
    const gap = s.slice(a.end, b.start);
    const kindGap = (a.kind === 'port' && b.kind === 'port' && PORT_KIND_LIST_GAP.test(gap)) || (a.kind === b.kind && isTownOrProvince(a.kind) && APPOSITION_LIST_GAP.test(gap));
    // "Youyiguan Port, the Friendship Pass on the border": one place named twice, by its two names, is no list.
    if (a.name === b.name) continue;
    // (a250) "the ports it oversees, Hunchun highway port ... and Quanhe port": ports after a customs district and a comma are
    // the district's own, named in an apposition, no list with it.
    if (a.kind === 'zone' && b.kind === 'port' && a.name.endsWith(' Customs district') && /^\s*,/.test(gap)) continue;
    if (a.role === b.role && (a.role === 'area' || a.role === 'partner') && (PLACE_LIST_GAP.test(gap) || kindGap) && !openingFrame(s, a, b)) {
      a.inList = true;
      b.inList = true;
    }
  }
}

/**
 * "Australia's LNG sales to China", "Russia's LNG deliveries": a foreign supplier's sales to the reporting country, or its deliveries.
 * "Russia's pipeline gas exports to China ..., according to Russian customs figures": the supplier's own customs count its
 * exports, no mirror of the buyer's.
 */
function suppliesReporter(s: string, r: { end: number }, supplier: string, next: { start: number; info: { canonical: string } } | undefined, isCountry: (name: string) => boolean): boolean {
  const gap = next ? s.slice(r.end, next.start) : '';
  if (next && gap.includes('to') && SUPPLIER_POSSESSIVE.toCountryGap.test(gap)) return SUPPLIER_POSSESSIVE.customsCited.test(s) && !citesOwnCustoms(s, supplier) && isCountry(next.info.canonical);
  const after = s.slice(r.end, r.end + 90);
  return (after.includes('deliveries') || after.includes('supplies')) && SUPPLIER_POSSESSIVE.deliveries.test(after);
}

// ("China's customs data put China's exports to Thailand at ...": the possessive names the supplier's own customs as well.)
const CUSTOMS_BY_ADJECTIVE = /\b([A-Z][a-z]+)(?:['’]s)?\s+customs\s+(?:data|figures|statistics|numbers)\b/g;
/** True when the customs figures a sentence cites are those of `country`, named by its adjective ("Russian customs figures") or its possessive. */
function citesOwnCustoms(s: string, country: string): boolean {
  for (const m of s.matchAll(CUSTOMS_BY_ADJECTIVE)) if (NAME_INFO.get(m[1])?.canonical === country) return true;
  return false;
}

/** "Receipts from the US dropped ..., while Saudi Arabia's shipments slid": bare shipments after a supplier the sentence named with "from". */
/**
 * "Shipments from Brazil rose ..., while India's fell 24.3 percent": a possessive standing for the shipments of the clause
 * before, its noun left out, after a supplier named with "from" (a partner even before the release's country is known).
 */
function elidedAfterSupplier(v: PlaceView): boolean {
  return SUPPLIER_POSSESSIVE.elidedShipments.test(v.after) && afterSupplierFrom(v) && !v.release.isCountry(v.name);
}

function shipsAfterSupplier(v: PlaceView): boolean {
  const after = v.s.slice(v.r.end, v.r.end + 60);
  const named = after.includes('shipments') || after.includes('cargoes') || after.includes('exports') || after.includes('sales');
  return named && SUPPLIER_POSSESSIVE.bareShipments.test(after) && afterSupplierFrom(v);
}

const PARTNER_TOTAL = { before: /\bthe\s+$/i, after: /^\s+(?:total|tally|figure|sum)\b/i };

/** True when the sentence named a supplier with "from" before this place ("Arrivals from Indonesia ..."), or as the subject of "supplied". */
function afterSupplierFrom({ s, r, places }: PlaceView): boolean {
  return places.some((p) => p.role === 'partner' && p.end <= r.start && (SUPPLIER_POSSESSIVE.fromSupplierBefore.test(s.slice(Math.max(0, p.start - 12), p.start)) || SUPPLIER_POSSESSIVE.supplierVerbAfter.test(s.slice(p.end, p.end + 20))));
}

// After the last port of a list: "the Horgos and Alashankou ports", "Erenhot, Manzhouli and Suifenhe ports".
const ROUTED_THROUGH_BEFORE = /\b(?:through|via|at|from|by\s+way\s+of|across)\s+(?:the\s+)?$/i;
// "Through the two railway hubs of Alashankou and Horgos": the kind may come first, with "of".
const ROUTED_VIA_BEFORE = /\b(?:through|via)\s+(?:the\s+)?(?:(?:two|three|four|twin)\s+)?(?:(?:land|railway|rail|border|road)\s+)?(?:(?:ports|hubs|gateways|crossings|checkpoints|stations)\s+of\s+)?$/i;
// "ports", and the words of the neighbours' side: "Tan Thanh and Chi Ma border gates", "the two checkpoints", "railway stations".
const PORTS_AFTER = /^\s+(?:(?:land\s+|railway\s+|border\s+|(?:automobile|road|highway)\s+(?:border\s+)?)?(?:ports|gates|crossings|checkpoints)|(?:railway|border)\s+stations|border\s+(?:posts|trade\s+(?:zones|posts|camps)))\b/i;
const WHERE_CLAUSE_AFTER = /^\s*,\s*where\b/;
// "Hekou, Ruili and Mohan together handled ...", "Together, Gyirong and Zhangmu accounted for ...".
// ("The Dostyk and Altynkol stations together handled ...": the list's kind word may come before "together".)
const TOGETHER_AFTER = /^\s+(?:(?:[a-z]+\s+)?(?:ports|stations|crossings|checkpoints|gates)\s+)?together\b/i;
const TOGETHER_BEFORE = /\btogether,?\s+(?:the\s+)?$/i;
// "Trains crossing at Manzhouli, Suifenhe and Tongjiang numbered a combined 5,204": one figure of the ports listed.
const COMBINED_AFTER = /^\s+(?:[a-z]+\s+){1,2}?a\s+combined\b/;
// "A and B ports handled X and Y respectively": a list paired with its figures one by one.
const RESPECTIVELY_AFTER = /^[^.;]*\brespectively\b/i;

/**
 * Where a list of ports from `first` to `last` ends as one joint area, or undefined when it is none:
 * followed by "ports" ("border gates", "crossings") or said to act "together". Ports that are the subject
 * ("the Horgos and Alashankou ports recorded") report jointly; a list goods went "through" or "via" is a joint area
 * marked `routed` (with or without the kind word: "vehicles exported through Irkeshtam and Torugart"), which the
 * figure's owner may override (routedJointOwned in sentence-rows).
 */
function jointPortsEnd(s: string, first: PlaceMention, last: PlaceMention): { end: number; routed?: boolean } | undefined {
  const after = s.slice(last.end, last.end + 24);
  const before = s.slice(Math.max(0, first.start - 60), first.start);
  if (TOGETHER_AFTER.test(after) || TOGETHER_BEFORE.test(before) || COMBINED_AFTER.test(s.slice(last.end, last.end + 40)) || PORTS_APPOSITION_AFTER.test(s.slice(last.end, last.end + 60))) return { end: last.end };
  const ports = PORTS_AFTER.exec(after);
  // "Beihai and Fangchenggang ports handled 612,000 TEUs and 540,000 TEUs respectively": each port reports its own figure.
  if (RESPECTIVELY_AFTER.test(s.slice(last.end))) return undefined;
  const end = last.end + (ports?.[0].length ?? 0);
  // "entered through the Irkeshtam and Torugart checkpoints, where cargo traffic rose to ...": a "where" clause on the ports'
  // own traffic makes them the subject of its figures, not a route of the reporter's goods.
  if (ROUTED_VIA_BEFORE.test(before)) return WHERE_CLAUSE_AFTER.test(s.slice(end, end + 12)) ? { end } : { end, routed: true };
  return ports && !ROUTED_THROUGH_BEFORE.test(before) ? { end } : undefined;
}

// "the Horgos and Alashankou ports", "Chengdu-Chongqing": what separates the members of a joint list.
const PORT_LIST_GAP = /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/;
const TOWN_LIST_GAP = /^[-–]$/;
// "China-Europe freight trains from Chengdu and Chongqing made 2,650 trips": the towns a count of trains runs from, listed
// with "and", run one service together, as the dashed towns of a service's name do ("received 58 block trains from Chengdu
// and Xi'an" names where received trains came from: those towns are no areas, so they form no list).
// ("Trains departing from Xi'an and Zhengzhou together accounted for ...": a participle of leaving may come before "from".)
const SERVICE_FROM_BEFORE = /\b(?:(?:freight\s+|block\s+|container\s+)?trains|Railway\s+Express|train\s+services|services)\s+(?:(?:departing|leaving|setting\s+out|starting|operating|running)\s+)?from\s+(?:the\s+)?$/i;
// (Round a226: the trains may both leave and reach the towns, "trains left from or arrived at Chengdu and Chongqing", "trains
// departing from and arriving in", "arriving at or leaving", "trains running to and from", "trains in and out of".)
// (Round a233: other verbs of reaching and leaving, "trains that departed from or came into Chengdu and Chongqing", "pulled
// into or out of", "reached or left", "entered and left".)
const LEAVE_VERB = String.raw`(?:left|departed|leaving|departing|started|starting|set\s+out|setting\s+out|(?:pulled|pulling)\s+out\s+of)(?:\s+from)?`;
const REACH_VERB = String.raw`(?:(?:arrived|arriving|returned|returning|ended|ending|terminated|terminating|came|coming|pulled|pulling|rolled|rolling)\s+(?:at|in|to|into)|reached|reaching|entered|entering)`;
const SERVICE_BOTH_ENDS_BEFORE = new RegExp(String.raw`\b(?:(?:freight\s+|block\s+|container\s+)?trains|Railway\s+Express|train\s+services|services|trips)\s+(?:(?:that|which)\s+)?(?:(?:have\s+|had\s+)?(?:${LEAVE_VERB}\s+(?:or|and)\s+${REACH_VERB}|${REACH_VERB}\s+(?:or|and)\s+${LEAVE_VERB})|(?:(?:running|shuttling|travell?ing|operating|ran|shuttled|travell?ed|operated)\s+)?(?:to\s+and\s+from|in\s+and\s+out\s+of|into\s+and\s+out\s+of))\s+(?:the\s+)?$`, 'i');
const SERVICE_ENDS_WORDS = keywords(['from', 'out of', 'arriv', 'return', 'ended', 'ending', 'terminat', 'came', 'coming', 'pulled', 'pulling', 'rolled', 'rolling', 'reach', 'enter'], SERVICE_FROM_BEFORE, SERVICE_BOTH_ENDS_BEFORE);

/** Whether the towns of a list starting at `first` are where a count of trains runs from ("trains from Chengdu and Chongqing"). */
const servedFrom = (s: string, first: PlaceMention) => {
  if (!mentions(s, SERVICE_ENDS_WORDS, first.start - 80, first.start)) return false;
  const before = s.slice(Math.max(0, first.start - 80), first.start);
  return SERVICE_FROM_BEFORE.test(before) || SERVICE_BOTH_ENDS_BEFORE.test(before);
};

// "Guangxi and Yunnan together traded ...", "Hunan, Hubei and Jiangxi jointly exported ...", "Together, Sichuan and Chongqing
// shipped ...", "Guangxi and Yunnan combined traded ...": towns or provinces listed as the subject of one act done together
// (names of one or two capitalised words, the kind word "provinces" or "cities" allowed before the adverb).
const TOWN_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?`;
// (a241: an apposition may stand before the adverb, as before "combined" below: "Chongqing and Sichuan, the two economic poles
// of western China, together posted", "Hunan and Hubei, neighbours on the Yangtze, jointly exported".)
const TOWNS_TOGETHER_AFTER = new RegExp(String.raw`^(?:${TOWN_NAME}\s*(?:,\s*and\s+|,\s*|and\s+|&\s+)){1,5}${TOWN_NAME}(?:\s*,[^,.;\d]{1,80},)?\s+(?:(?:provinces|regions|cities|municipalities)\s+)?(?:together|jointly|combined|between\s+them)\b(?!\s+(?:with|account))`, 'u');

// "Sichuan and Chongqing, the twin engines of the Chengdu-Chongqing economic circle, did combined foreign trade of ...", "Guangxi
// and Yunnan posted joint exports of ...", "Jilin and Liaoning's combined imports and exports reached ...", "the combined trade of
// Hunan and Hubei came to ...": the trade of the listed provinces or towns told as one combined or joint amount is theirs jointly;
// an apposition may stand between the list and its verb (a235).
const TOWNS_COMBINED_AFTER = new RegExp(String.raw`^(?:${TOWN_NAME}\s*(?:,\s*and\s+|,\s*|and\s+|&\s+)){1,5}${TOWN_NAME}(?:['’]s?)?(?:\s*,[^,.;\d]{1,80},)?\s+(?:(?:did|had|have|posted|reported|recorded|registered|logged|achieved|saw|conducted|notched\s+up)\s+(?:a\s+|their\s+)?)?(?:combined|joint)\s+(?:(?:foreign|external|total|overall)\s+)?(?:trade|imports|exports|turnover|total)\b`, 'u');
const COMBINED_OF_BEFORE = /\b(?:combined|joint)\s+(?:(?:foreign|external|total|overall)\s+)?(?:trade|imports(?:\s+and\s+exports)?|exports|turnover|total)\s+of\s+(?:the\s+)?$/i;

/** Whether the towns listed from `first` act together as the subject ("Guangxi and Yunnan together traded"). */
function townsTogether(s: string, first: PlaceMention): boolean {
  if (TOGETHER_BEFORE.test(s.slice(Math.max(0, first.start - 20), first.start))) return true;
  const ahead = s.slice(first.start, first.start + 200);
  if (COMBINED_OF_BEFORE.test(s.slice(Math.max(0, first.start - 60), first.start)) || (/\b(?:combined|joint)\b/.test(ahead) && TOWNS_COMBINED_AFTER.test(ahead))) return true;
  return /\b(?:together|jointly|combined|between\s+them)\b/.test(ahead) && TOWNS_TOGETHER_AFTER.test(ahead);
}

/** Whether `b` goes on the list that starts at `first` and has reached `a`: areas of a list, ports with ports, cities or provinces with each other. */
function sameJointList(s: string, first: PlaceMention, a: PlaceMention, b: PlaceMention): boolean {
  if (!b.inList || b.role !== 'area') return false;
  const gap = s.slice(a.end, b.start);
  if (a.kind === 'port') return b.kind === 'port' && PORT_LIST_GAP.test(gap);
  return isTownOrProvince(a.kind) && isTownOrProvince(b.kind) && (TOWN_LIST_GAP.test(gap) || (PORT_LIST_GAP.test(gap) && (servedFrom(s, first) || countedBefore(s, first) || townsTogether(s, first))));
}

// "The two cities in the district of Shantou Customs, Shantou and Chaozhou, traded ...", "the three prefectures of Kashgar, Hotan
// and Aksu": towns a counted plural names, in apposition or after "of", are one subject that reports jointly (a customs district
// covering them, a group of towns); the count is that of the towns listed, and towns paired with figures "respectively" are each
// their own.
// ("The two provinces of Hunan and Hubei", "both regions, Guangxi and Yunnan,": provinces and regions are counted the same way.)
const COUNTED_TOWNS_BEFORE = /\b(?:the|both|all)\s+(two|three|four|five|six)\s+(?:cities|prefectures|counties|municipalities|provinces|regions|autonomous\s+regions)\b(?:[^.;,\d]{0,60},|\s+of)\s*$/i;
const TOWN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

const countedBefore = (s: string, first: PlaceMention) => s.includes(' of', Math.max(0, first.start - 100)) || s.includes(',', Math.max(0, first.start - 100)) ? COUNTED_TOWNS_BEFORE.test(s.slice(Math.max(0, first.start - 100), first.start)) : false;

/** Whether the towns listed from `first` to `last` are the ones a counted plural before them names (as many as it says). */
function countedTowns(s: string, first: PlaceMention, last: PlaceMention): boolean {
  const counted = COUNTED_TOWNS_BEFORE.exec(s.slice(Math.max(0, first.start - 100), first.start));
  if (!counted) return false;
  const members = s.slice(first.start, last.end).split(/\s*,\s*(?:and\s+)?|\s+and\s+/).length;
  return members === TOWN_COUNT[counted[1].toLowerCase()];
}

/**
 * Where a list of places from `first` to `last` ends as one joint area: ports by jointPortsEnd, dashed cities in a
 * service's parenthesis, towns a count of trains runs from (unless each has its own figure, "respectively").
 */
function jointListEnd(s: string, first: PlaceMention, last: PlaceMention): { end: number; routed?: boolean } | undefined {
  if (first.kind === 'port') return jointPortsEnd(s, first, last);
  if (countedTowns(s, first, last)) return RESPECTIVELY_AFTER.test(s.slice(last.end)) ? undefined : { end: last.end };
  // ("trains departing from and arriving in Jinhua, Zhejiang province,": a town and its province after a comma are no list.)
  if ((servedFrom(s, first) && /\band\b|&/.test(s.slice(first.end, last.start))) || townsTogether(s, first)) return RESPECTIVELY_AFTER.test(s.slice(last.end)) ? undefined : { end: last.end };
  if (s.slice(first.end, last.start).length === 1 && DASHED_SERVICE_AFTER.test(s.slice(first.end, last.end + 40))) return { end: last.end };
  return /\(\s*$/.test(s.slice(0, first.start)) && /^\s*\)/.test(s.slice(last.end)) ? { end: last.end } : undefined;
}

/**
 * "the Horgos and Alashankou ports recorded 50,000 train trips": a figure of several ports together
 * belongs to the ports jointly. The joint area is named by the ports in alphabetical order ("Alashankou
 * and Horgos ports"), so the same pair gets one name however a release orders it. Cities running one
 * service ("The China-Europe Railway Express (Chengdu-Chongqing) ran ...") report jointly the same way
 * ("Chengdu and Chongqing").
 */
function withJointAreas(s: string, places: PlaceMention[]): PlaceMention[] {
  const joint: PlaceMention[] = [];
  for (let i = 0; i < places.length; i++) {
    if (!places[i].inList || places[i].role !== 'area' || (places[i].kind !== 'port' && !isTownOrProvince(places[i].kind))) continue;
    let j = i;
    while (j + 1 < places.length && sameJointList(s, places[i], places[j], places[j + 1])) j++;
    const list = j > i ? jointListEnd(s, places[i], places[j]) : undefined;
    if (list) {
      const kind = places[i].kind === 'port' ? 'port' : 'city';
      const name = jointName(places.slice(i, j + 1).map((p) => p.name), kind);
      joint.push(list.routed ? { start: places[i].start, end: list.end, name, kind, role: 'area', routed: true } : { start: places[i].start, end: list.end, name, kind, role: 'area' });
    }
    i = j;
  }
  return joint.length ? [...places, ...joint].sort((a, b) => a.start - b.start) : places;
}

// "the port", "the region's", "this pilot free trade zone", "exports from the province"; not "from the
// country", "to the region" or "with the city" (a partner named before).
// "the development zone", "the economic development zone", "the special comprehensive bonded zone" point back too.
// "Across the whole country, border trade came to ...": the country as a whole.
// "the station" after a border station read as a port ("Dong Dang international railway station ... The station received
// ..."), "the dry port", "the railway port", "the highway port", "the bridge": a port too.
// "the island province", "the coastal city", "the frontier region": a word of where the place lies, before its kind, too.
// "The national total for the year was ...": the country's own total after figures of its parts.
// "the port city", "the border port city's": a city described by its port is the city ("port" is the kind only when no
// "city" follows). "the municipality" is a province-level city, which the lexicon holds as a region (Tianjin, Shanghai).
// "the bonded areas", "the pilot area", "the free trade area", "this development area": an area named by a word of a zone is
// the zone (a bare "the area", or "the border areas", stays no place).
const ANAPHOR = /\b(?:the|this|its)\s+(?:(?:whole|entire|pilot|free|trade|comprehensive|bonded|economic|development|special|high-tech|industrial|railway|highway|road|river|dry|land|inland|border|island|coastal|frontier|port(?=\s+city\b))\s+){0,3}(port|checkpoint|crossing|pass|station|bridge|gate|camp|region|province|prefecture|municipality|city|country|nation|zone|district|FTZ|national(?=\s+total\b)|(?<=(?:bonded|pilot|trade|development)\s)areas?)(?:'s)?\b/gi;
const PARTNER_PREPOSITION_BEFORE = /\b(?:to|from|with|into)\s$/i;
const WITH_PARTICIPLE_AFTER = /^\s+(?:alone\s+)?(?:contributing|accounting|making|handling|taking|representing)\b/i;
const WHOLE_OF_SHARE_BEFORE = /(?:%|\bper\s?cent|\bpercent|\bshare|\bthirds?|\bhalf|\bquarters?|\bfifths?)\s+of\s+$/i;
// Goods "from the province" or "from the port" leave the place reported on; "from the country" is a partner.
const ORIGIN_ANAPHOR = /^(?:province|prefecture|municipality|city|port|checkpoint|crossing|pass|station|bridge|gate|camp|zone|areas?|district|ftz)$/i;
const ANAPHOR_WORDS = keywords(['port', 'checkpoint', 'crossing', 'pass', 'station', 'bridge', 'gate', 'camp', 'region', 'province', 'prefecture', 'municipality', 'city', 'country', 'nation', 'zone', 'district', 'ftz', 'area'], ANAPHOR);

// "the country's cities", "among the nation's 31 provinces", "the country's largest ports": the places of the country a
// figure's place is ranked among, not the country whose figure it is.
const RANKED_AMONG_AFTER = /^\s+(?:(?:[\w-]+|\d+)\s+){0,2}?(?:cities|provinces|regions|ports|municipalities|prefectures|counties|towns|customs\s+districts|land\s+ports|border\s+ports|exporters|importers|traders)\b/i;
// "Exports, which have topped the country's ... for 24 years, slid": a relative clause set off by commas between a subject
// and its verb describes the subject; the country it names is not whose figure the verb gives.
const OPEN_RELATIVE_BEFORE = /,\s*(?:which|who)\s+[^,;.]*$/i;
// "share of all China-Europe trains in ", "percent of the trains run in ": a share's whole, then "in" the country.
const WHOLE_IN_COUNTRY_BEFORE = /\b(?:share|percent|per\s?cent|%)\s+of\s+(?:all\s+|the\s+)?[^,;.%]{1,45}?\s(?:in|across|throughout)\s+$/i;
const isCountryWord = (word: string): boolean => /^(?:country|nation|national)$/i.test(word);

/** True when "the country" at [start, end) of `text` is a field of ranking or sits in a relative clause set off by commas. */
function countryAsRankingField(text: string, start: number, end: number): boolean {
  if (RANKED_AMONG_AFTER.test(text.slice(end, end + 50))) return true;
  return OPEN_RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 100), start)) && /^[^,;.]*,/.test(text.slice(end, end + 100));
}

/** Anaphora that point back to the place being reported on (in the stretch [from, to) of sentence `s`) ("the port", "the region's", "the country"). */
export function anaphoraKind(s: string, from: number, to: number): PlaceKind | null {
  if (!mentions(s, ANAPHOR_WORDS, from, to)) return null;
  const text = s.slice(from, to);
  ANAPHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (m = ANAPHOR.exec(text); m !== null; m = ANAPHOR.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // "accounting for roughly one third of the country's laptop exports": the whole a share is of, not whose figure it is.
    if (WHOLE_OF_SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "its share of all freight trains in the country": the country places the whole a share is of (as "of the country's
    // trains" does), not whose share it is.
    if (isCountryWord(m[1]) && WHOLE_IN_COUNTRY_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    // "Fruit imports into the province went up ...": what was imported into (or "to") the place came to it, no partner.
    if (IMPORTS_INTO_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) break;
    // "3,415 trains left the country": the border a figure crossed, not whose figure it is.
    if (BORDER_CROSSED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Exports, which have led the country's cities for 24 years, slid ...": the country as the field a place ranks in.
    if (isCountryWord(m[1]) && countryAsRankingField(text, m.index, m.index + m[0].length)) continue;
    // "..., with the port contributing 30.1 percent": "with" opening a participle phrase names its subject, no partner.
    if (!PARTNER_PREPOSITION_BEFORE.test(before) || (/from\s$/i.test(before) && ORIGIN_ANAPHOR.test(m[1])) || (/with\s$/i.test(before) && WITH_PARTICIPLE_AFTER.test(text.slice(m.index + m[0].length)))) break;
  }
  if (!m) return null;
  const word = m[1].toLowerCase();
  // ("the district's exports": a customs district or a city's district is held as a zone.)
  if (word === 'zone' || word === 'ftz' || word === 'district' || word === 'area' || word === 'areas') return 'zone';
  if (word === 'port' && /free\s+trade\s+port/i.test(m[0])) return 'region';
  // "crossed the bridge" after a crossing named by its bridge ("the Blagoveshchensk - Heihe road bridge") is that crossing.
  // "the gate" of Vietnam's border gates and "the camp" of Myanmar's border trade camps are crossings too.
  if (word === 'port' || word === 'checkpoint' || word === 'crossing' || word === 'pass' || word === 'station' || word === 'bridge' || word === 'gate' || word === 'camp') return 'port';
  if (word === 'city') return 'city';
  if (isCountryWord(word)) return 'country';
  return 'region';
}

const KIND_ANAPHOR = /\b(?:the|this|its)\s+(dry|railway|land|highway|road|river)\s+port\b/i;

/** "the dry port", "the railway port", "the highway port": the kind word an anaphor gives its port ("Dry"), or '' when it gives none. */
export function portAnaphorKind(s: string, from: number, to: number): string {
  const m = KIND_ANAPHOR.exec(s.slice(from, to));
  return m ? m[1][0].toUpperCase() + m[1].slice(1).toLowerCase() : '';
}

// "the Saryagash border station ... In October, exports through Saryagash amounted to ...": a crossing the lexicon does
// not know, named once by its kind, is the same port where the release later names its town alone after a word of
// routing, or opening the sentence or its main clause ("In November alone, Luobei handled ...").
const LEARNED_PORT_BEFORE = /(?:\b(?:[Tt]hrough|[Vv]ia|[Aa]t|[Aa]cross)\s+(?:[Tt]he\s+)?|^\s*|^\s*[A-Z][^,.;:]{0,40},\s*)$/;

// "New container terminal opens at Qinzhou port" then "we handled 9.12 million TEU at Qinzhou": a city the lexicon knows, named
// alone after a word of routing ("through", "via", "at") in a release that named its port, is that port, as the port
// convention has it (a city's own trade is named as the city's: "Qinzhou's imports", "the city of Qinzhou").
const ROUTED_TO_TOWN_BEFORE = /\b(?:[Tt]hrough|[Vv]ia|[Aa]t)\s+$/;

/** A city of the sentence's places that `s` names after a word of routing, where the release named the city's port. */
// (A town the lexicon lacks, read as a city from the dateline, "LAREDO, Texas -- ... the Port of Laredo ... trade through Laredo",
// is its port the same way; a180.)
function cityAsNamedPort(s: string, places: PlaceMention[], town: string, at: number, end: number): PlaceMention | undefined {
  if ((NAME_INFO.get(town)?.kind ?? 'city') !== 'city' || !ROUTED_TO_TOWN_BEFORE.test(s.slice(Math.max(0, at - 10), at))) return undefined;
  return places.find((p) => p.start === at && p.end === end && p.kind === 'city' && p.role === 'area');
}

// A release's `portsNamed` gains a name for every sentence that names a port, the same ones again and again: its distinct
// names, in the order first named, are kept per list and brought up to date as it grows, not gathered anew for every
// sentence (on a long release that was a walk of thousands of names per sentence).
const DISTINCT_PORTS = new WeakMap<string[], { seen: number; ports: Set<string> }>();

/** The distinct names of `portsNamed` in the order first named (the list is only ever appended to). */
function distinctPorts(portsNamed: string[]): Set<string> {
  let known = DISTINCT_PORTS.get(portsNamed);
  if (known === undefined) DISTINCT_PORTS.set(portsNamed, (known = { seen: 0, ports: new Set() }));
  for (; known.seen < portsNamed.length; known.seen++) known.ports.add(portsNamed[known.seen]);
  return known.ports;
}

/** The ports of `portsNamed` whose town the lexicon lacks (or knows as a city), where `s` names the town alone, added to the sentence's places. */
export function withLearnedPorts(s: string, places: PlaceMention[], portsNamed: string[] | undefined): PlaceMention[] {
  if (!portsNamed?.length) return places;
  const added: PlaceMention[] = [];
  const replaced = new Set<PlaceMention>();
  for (const port of distinctPorts(portsNamed)) {
    const town = port.endsWith(' Port') ? port.slice(0, -5) : '';
    if (town && NAME_INFO.get(town)?.kind === 'city') {
      for (let at = s.indexOf(town); at >= 0; at = s.indexOf(town, at + town.length)) {
        const city = cityAsNamedPort(s, places, town, at, at + town.length);
        if (!city) continue;
        replaced.add(city);
        added.push({ ...city, name: port, kind: 'port' });
      }
      continue;
    }
    if (!town || NAME_INFO.has(town)) continue;
    for (let at = s.indexOf(town); at >= 0; at = s.indexOf(town, at + town.length)) {
      const end = at + town.length;
      if ((end < s.length && isWordChar(s, end)) || (at > 0 && isWordChar(s, at - 1)) || s[end] === "'") continue;
      const city = cityAsNamedPort(s, places, town, at, end);
      if (city) {
        replaced.add(city);
        added.push({ ...city, name: port, kind: 'port' });
        continue;
      }
      if ([...places, ...added].some((p) => at < p.end && end > p.start) || !LEARNED_PORT_BEFORE.test(at <= 48 ? s.slice(0, at) : s.slice(at - 14, at))) continue;
      added.push({ start: at, end, name: port, kind: 'port', role: 'area' });
    }
  }
  const kept = replaced.size ? places.filter((p) => !replaced.has(p)) : places;
  const group = portGroupAnaphor(s, [...kept, ...added], portsNamed);
  if (group) added.push(...group);
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : places;
}

// "the northern province of Ha Giang ... Across Ha Giang's five border gates": a region the lexicon lacks, named once with
// its administrative word, is the same region where the release later names it alone as an owner ("Ha Giang's").
const OWNER_AFTER = /^['’]s\b/;
// "Across Lai Chau as a whole, border trade came to ...": so does a sentence opening with the learned region as its frame.
const FRAMED_BEFORE = /^\s*(?:Across|In|Throughout|For)\s+(?:the\s+whole\s+of\s+)?$/;

/** The sentence's regions the lexicon lacks, remembered in `learned`; the learned ones `s` names as owners or frames added to its places. */
export function withLearnedRegions(s: string, places: PlaceMention[], learned: Set<string>): PlaceMention[] {
  for (const p of places) if (p.kind === 'region' && !NAME_INFO.has(p.name)) learned.add(p.name);
  const added: PlaceMention[] = [];
  for (const name of learned) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && isWordChar(s, at - 1)) || !(OWNER_AFTER.test(s.slice(end, end + 3)) || FRAMED_BEFORE.test(s.slice(0, at)))) continue;
      if (![...places, ...added].some((p) => at < p.end && end > p.start)) added.push({ start: at, end, name, kind: 'region', role: 'area' });
    }
  }
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}

// "Trade through the four ports", "the two ports combined", "the three crossings' cargo", "trade through the two bridges":
// the ports the release named together, as many as the number says (a bridge is its town's crossing).
// ("Xinjiang's two railway ports saw 1,598 trains": the owner of the ports named before may stand for "the".)
const PORT_GROUP_ANAPHOR = /(?:\bthe|[A-Z][a-z]+['’]s)\s+(two|three|four|five|six)\s+(?:(?:land|border|railway|rail|road|river|highway)\s+)?(?:ports|crossings|checkpoints|border\s+gates|bridges)\b/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT_WORD_LIST = Object.keys(COUNT_WORDS);

/**
 * The joint area "the four ports" points back to: the last list of that many ports named together, else the last ports
 * named one by one when they are that many ("Luobei ... Tongjiang ... the two ports combined").
 */
function portGroupAnaphor(s: string, places: PlaceMention[], portsNamed: string[]): PlaceMention[] | undefined {
  const lower = s.toLowerCase();
  const m = COUNT_WORD_LIST.some((w) => lower.includes(w)) ? PORT_GROUP_ANAPHOR.exec(s) : null;
  if (!m) return undefined;
  const [start, end] = [m.index, m.index + m[0].length];
  if (places.some((p) => p.kind === 'port' && p.start < end + 40 && p.end > start - 40)) return undefined;
  const count = COUNT_WORDS[m[1].toLowerCase()];
  const members = (name: string) => name.replace(/ ports$/, '').split(/, | and /);
  const joint = portsNamed.findLast((name) => name.endsWith(' ports') && members(name).length === count);
  const singles = [...new Set(portsNamed.filter((name) => name.endsWith(' Port')).reverse())].slice(0, count);
  // (a251) "Imports of fruit through the two ports were A and B respectively": the ports named one by one, in the order the
  // release named them, each take their figure of the list.
  if (!joint && singles.length === count && GROUP_RESPECTIVELY_AFTER.test(s.slice(end))) return singles.reverse().map((name) => ({ start, end, name, kind: 'port', role: 'area', inList: true }));
  const named = joint ?? (singles.length === count ? jointName(singles) : undefined);
  return named ? [{ start, end, name: named, kind: 'port', role: 'area' }] : undefined;
}
// "respectively" later in the sentence, past decimal points ("were 1.12 million tonnes and 268,000 tonnes respectively").
const GROUP_RESPECTIVELY_AFTER = /^(?:[^.;]|\.(?=\d))*\brespectively\b/i;

/** The name of places reporting together, in alphabetical order: ports by their towns ("Alashankou and Horgos ports"), cities as named ("Chengdu and Chongqing"). */
export function jointName(places: string[], kind: PlaceKind = 'port'): string {
  const names = places.map((p) => p.replace(/\s+Port$/, '')).sort();
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}${kind === 'port' ? ' ports' : ''}`;
}

const DOMESTIC_AGGREGATE_NAMES = new Set(DOMESTIC_AGGREGATES.map(([name]) => name));

/** True for a group of Chinese provinces or cities that customs reports together ("Pearl River Delta"). */
export function isDomesticAggregate(name: string): boolean {
  return DOMESTIC_AGGREGATE_NAMES.has(name);
}

// Places the lexicon calls a region by name ("Guangxi Zhuang Autonomous Region", "Irkutsk Region"), which "the region" may mean.
const CALLED_REGION = new Set(REGIONS.filter(([, names]) => names.some((n) => / (?:Autonomous Region|Region)$/i.test(n))).map(([name]) => name));

/** True for a place "the region" may point back to by its own name: an autonomous or foreign region, or a group of provinces. */
export function isCalledRegion(name: string): boolean {
  return CALLED_REGION.has(name) || DOMESTIC_AGGREGATE_NAMES.has(name);
}

/** True for a bloc, continent or region of many countries ("ASEAN", "Africa", "EAEU"): a group, not one reporter. */
export function isGroupName(name: string): boolean {
  return NAME_INFO.get(name)?.kind === 'group';
}

/** Country named by an adjective or name in free text (for deciding whose release this is). */
export function countryOf(name: string): string | null {
  const info = NAME_INFO.get(name);
  return info && info.kind === 'country' ? info.canonical : null;
}

/** True when a single word is a place name or a place adjective ("China's", "Russian", "Kazakh"). */
export function isPlaceWord(word: string): boolean {
  // "China's", "Brazil'": the possessive is cut by hand, as word readers call this for every word.
  const cut = word.endsWith("'s") ? 2 : word.endsWith("'") ? 1 : 0;
  return NAME_INFO.has(cut ? word.slice(0, -cut) : word);
}

/** Each country with the names and adjectives releases write for it ("Croatia", "Croatian"). */
export function countryNameList(): Array<{ country: string; names: string[]; adjectives: string[] }> {
  return COUNTRIES.filter((c) => c.kind === 'country').map((c) => ({ country: c.canonical, names: c.names, adjectives: c.adjectives ?? [] }));
}

// The towns of PORT_TOWNS that are seaports, not crossings of a land border.
const SEA_PORT_TOWNS = new Set(['Piraeus', 'Port Hedland', 'Dampier', 'Ningbo-Zhoushan']);
/** True for a land border crossing of the lexicon's port towns ("Hunchun Port", "Erenhot Port"), not a seaport or airport. */
export function isLandPortTown(port: string): boolean {
  const town = port.replace(/ Port$/, '');
  return town !== port && NAME_INFO.get(town)?.kind === 'port' && PORT_TOWNS.some(([name]) => name === town) && !SEA_PORT_TOWNS.has(town);
}

// (a250) The neighbour across the border from China's own land-port towns of PORT_TOWNS on its northern and southern borders:
// which way is out at them (compass-borders.ts, read in flow-choice.ts `chinaBorderWay`).
const CHINESE_PORT_NEIGHBOURS: Record<string, string> = {
  Manzhouli: 'Russia', Suifenhe: 'Russia', Heihe: 'Russia', Tongjiang: 'Russia', Dongning: 'Russia', Hunchun: 'Russia',
  Erenhot: 'Mongolia', Ganqimaodu: 'Mongolia', Ceke: 'Mongolia', Pingxiang: 'Vietnam', Dongxing: 'Vietnam', Youyiguan: 'Vietnam',
  Hekou: 'Vietnam', Shuikou: 'Vietnam', Aidian: 'Vietnam', Longbang: 'Vietnam', Mohan: 'Laos', Ruili: 'Myanmar', Gyirong: 'Nepal',
  Zhangmu: 'Nepal', Pulan: 'Nepal',
};
/** The country across the border from one of China's land ports ("Tongjiang Port": Russia), or null. */
export function chinesePortNeighbour(port: string): string | null {
  return CHINESE_PORT_NEIGHBOURS[port.replace(/ Port$/, '')] ?? null;
}

/** The country of a port on the other side of China's border ("Dong Dang Port" is Vietnam's), or null for China's own and unknown ports. */
export function foreignPortCountry(port: string): string | null {
  return FOREIGN_PORT_TOWNS[port.replace(/ Port$/, '')] ?? null;
}

// The towns of CITIES outside China, by their country: the capitals and rail and sea hubs of Central Asia, Mongolia,
// Russia, the Caucasus and Europe that China-Europe trains and border trade stories name, and Vietnam's capital. Every
// other town of CITIES is China's. A town is listed only once the lexicon knows it as a place, so this holds no town the
// extractor could not already read.
const FOREIGN_CITY_COUNTRIES: Record<string, string> = {
  Almaty: 'Kazakhstan', Aktau: 'Kazakhstan', Kuryk: 'Kazakhstan', Tashkent: 'Uzbekistan', Bishkek: 'Kyrgyzstan', Dushanbe: 'Tajikistan',
  Ashgabat: 'Turkmenistan', Turkmenbashi: 'Turkmenistan', Ulaanbaatar: 'Mongolia', Moscow: 'Russia', Minsk: 'Belarus', Baku: 'Azerbaijan',
  Poti: 'Georgia', Batumi: 'Georgia', Duisburg: 'Germany', Hamburg: 'Germany', Lodz: 'Poland', Hanoi: 'Vietnam',
  Astana: 'Kazakhstan', Shymkent: 'Kazakhstan', 'Ho Chi Minh City': 'Vietnam',
};
// The regions of REGIONS outside China; the rest are China's provinces, regions and prefectures.
const FOREIGN_REGION_COUNTRIES: Record<string, string> = {
  'Lang Son': 'Vietnam', 'Quang Ninh': 'Vietnam', 'Irkutsk Region': 'Russia', 'Kemerovo Region': 'Russia', 'Novosibirsk Region': 'Russia',
  'Tomsk Region': 'Russia', 'Omsk Region': 'Russia', 'Far Eastern Federal District': 'Russia', ...Object.fromEntries(KAZAKH_REGIONS.map((c) => [`${c} Region`, 'Kazakhstan'])),
  ...Object.fromEntries(VIETNAM_PROVINCES.map(([name]) => [name, 'Vietnam'])),
};
const CHINESE_CITIES = new Set(CITIES.filter((c) => !(c in FOREIGN_CITY_COUNTRIES)));
const CHINESE_REGIONS = new Set(REGIONS.map(([name]) => name).filter((r) => !(r in FOREIGN_REGION_COUNTRIES)));

/**
 * The country of a row's area by its name ("Duisburg Port", "Malaszewicze Port", "Lodz", "Poland"); a town the lexicon lacks
 * (learned from the release, "Budapest") is the release's country's; a place of the lexicon with none abroad gives null.
 */
export function countryOfAreaName(name: string, releaseCountry: string): string | null {
  const town = name.replace(/ Port$/, '');
  const abroad = countryOf(name) ?? FOREIGN_PORT_TOWNS[town] ?? FOREIGN_CITY_COUNTRIES[town];
  if (abroad) return abroad;
  return NAME_INFO.has(name) || NAME_INFO.has(town) ? null : releaseCountry;
}

/** The country a place lies in, when the lexicon knows it: a country is its own; unknown towns, zones and groups give null. */
export function countryOfPlace(p: { name: string; kind: PlaceKind }): string | null {
  if (p.kind === 'country') return p.name;
  if (p.kind === 'city') return FOREIGN_CITY_COUNTRIES[p.name] ?? (CHINESE_CITIES.has(p.name) ? 'China' : null);
  if (p.kind === 'region') return FOREIGN_REGION_COUNTRIES[p.name] ?? (CHINESE_REGIONS.has(p.name) ? 'China' : null);
  if (p.kind === 'port') return foreignPortCountry(p.name);
  return null;
}
