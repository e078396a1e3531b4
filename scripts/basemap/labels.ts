// Country and place labels of the region, each with where its name and coordinate come from.
import type { Position } from 'geojson';

/** A point in the middle of the Caspian Sea, which Natural Earth leaves as a gap between countries. */
export const CASPIAN_POINT: Position = [51, 42];

export type LabelKind = 'country' | 'capital' | 'city' | 'town' | 'airport' | 'sea' | 'lake' | 'river';
/** 1 is shown first (zoomed out), 5 last (from zoom 6: the towns and airports). */
export type Rank = 1 | 2 | 3 | 4 | 5;

export interface LabelProperties {
	kind: LabelKind;
	name: { en: string; nl: string };
	local?: string;
	rank: Rank;
	source: string;
}

export interface Place {
	kind: LabelKind;
	en: string;
	nl: string;
	local?: string;
	rank: Rank;
	at: Position;
	source: string;
}

export interface CountryLabel {
	id: string;
	en: string;
	nl: string;
	local?: string;
	rank: Rank;
	/** Where the computed point would mislead: Russia's centroid within the box sits on the Kazakh border. */
	at?: Position;
}

// Countries of the region, by ISO 3166-1 numeric id as in world-atlas. Local names are left out
// where the script (Chinese, Persian, Georgian, Armenian) is not in the bundled Noto Sans.
export const COUNTRY_LABELS: CountryLabel[] = [
	{ id: '398', en: 'Kazakhstan', nl: 'Kazachstan', local: 'Қазақстан', rank: 1 },
	{ id: '643', en: 'Russia', nl: 'Rusland', local: 'Россия', rank: 1, at: [58, 56.5] },
	{ id: '156', en: 'China', nl: 'China', rank: 1 },
	{ id: '860', en: 'Uzbekistan', nl: 'Oezbekistan', local: 'Oʻzbekiston', rank: 2 },
	{ id: '417', en: 'Kyrgyzstan', nl: 'Kirgizië', local: 'Кыргызстан', rank: 2 },
	{ id: '762', en: 'Tajikistan', nl: 'Tadzjikistan', local: 'Тоҷикистон', rank: 2 },
	{ id: '795', en: 'Turkmenistan', nl: 'Turkmenistan', local: 'Türkmenistan', rank: 2 },
	{ id: '496', en: 'Mongolia', nl: 'Mongolië', local: 'Монгол Улс', rank: 2 },
	{ id: '364', en: 'Iran', nl: 'Iran', rank: 2 },
	{ id: '004', en: 'Afghanistan', nl: 'Afghanistan', rank: 2 },
	{ id: '031', en: 'Azerbaijan', nl: 'Azerbeidzjan', local: 'Azərbaycan', rank: 3 },
	{ id: '268', en: 'Georgia', nl: 'Georgië', rank: 3 },
	{ id: '051', en: 'Armenia', nl: 'Armenië', rank: 3 },
	{ id: '112', en: 'Belarus', nl: 'Belarus', local: 'Беларусь', rank: 3 }
];

const wiki = (article: string, dms: string) => `Wikipedia (en) '${article}' infobox: ${dms}`;
/** The aerodrome reference point in the AIP of Kazakhstan (ans.kz, AD 2, 2024–2025 editions). */
const aip = (icao: string, arp: string) => `AIP Kazakhstan (ans.kz) AD 2 ${icao}: ARP ${arp}`;

/** A place label: kind, rank, English, Dutch, local name or null, [lon, lat], where the coordinate comes from. */
const place = (
	kind: LabelKind,
	rank: Rank,
	en: string,
	nl: string,
	local: string | null,
	at: Position,
	source: string
): Place => ({ kind, rank, en, nl, ...(local ? { local } : {}), at, source });

// Coordinates as published (degrees, minutes, seconds in `source`), in decimal degrees.
export const PLACES: Place[] = [
	// Kazakhstan: the capital was called Nur-Sultan from March 2019 to September 2022.
	place('capital', 1, 'Nur-Sultan', 'Nur-Sultan', 'Нұр-Сұлтан', [71.4333, 51.1667], wiki('Astana', '51°10′N 71°26′E')),
	place('city', 1, 'Almaty', 'Almaty', 'Алматы', [76.8958, 43.2775], wiki('Almaty', '43°16′39″N 76°53′45″E')),
	place('city', 2, 'Shymkent', 'Sjymkent', 'Шымкент', [69.5958, 42.3167], wiki('Shymkent', '42°19′N 69°35′45″E')),
	place(
		'city',
		2,
		'Karaganda',
		'Karaganda',
		'Қарағанды',
		[73.1056, 49.8028],
		wiki('Karaganda', '49°48′10″N 73°06′20″E')
	),
	place('city', 2, 'Aktobe', 'Aktobe', 'Ақтөбе', [57.2297, 50.2836], wiki('Aktobe', '50°17′01″N 57°13′47″E')),
	place(
		'city',
		2,
		'Zhanaozen',
		'Zjanaozen',
		'Жаңаөзен',
		[52.8553, 43.3378],
		wiki('Zhanaozen', '43°20′16″N 52°51′19″E')
	),
	place('city', 2, 'Aktau', 'Aktau', 'Ақтау', [51.15, 43.65], 'orexca.com, Aktau: 43°39′N 51°09′E'),
	place('city', 3, 'Atyrau', 'Atyrau', 'Атырау', [51.8833, 47.1167], wiki('Atyrau', '47°07′N 51°53′E')),
	place('city', 3, 'Oral', 'Oral', 'Орал', [51.3725, 51.2225], wiki('Oral, Kazakhstan', '51°13′21″N 51°22′21″E')),
	place('city', 3, 'Pavlodar', 'Pavlodar', 'Павлодар', [76.95, 52.3], wiki('Pavlodar', '52°18′N 76°57′E')),
	place('city', 3, 'Oskemen', 'Öskemen', 'Өскемен', [82.6167, 49.9833], wiki('Oskemen', '49°59′N 82°37′E')),
	place(
		'city',
		3,
		'Semey',
		'Semej',
		'Семей',
		[80.2667, 50.4333],
		'Semey Medical University, About Semey city: 50°26′N 80°16′E'
	),
	place('city', 3, 'Kostanay', 'Kostanaj', 'Қостанай', [63.6167, 53.2], wiki('Kostanay', '53°12′N 63°37′E')),
	place('city', 3, 'Kyzylorda', 'Kyzylorda', 'Қызылорда', [65.5167, 44.85], wiki('Kyzylorda', '44°51′N 65°31′E')),
	place('city', 3, 'Taraz', 'Taraz', 'Тараз', [71.3667, 42.9], wiki('Taraz', '42°54′N 71°22′E')),
	place(
		'city',
		4,
		'Taldykorgan',
		'Taldykorgan',
		'Талдықорған',
		[78.3667, 45.0167],
		'orexca.com, Taldykorgan: 45°01′N 78°22′E'
	),
	// The other regional centres of January 2022: North Kazakhstan's, Akmola's and, since 2018, Turkistan's.
	place('city', 4, 'Petropavl', 'Petropavl', 'Петропавл', [69.1667, 54.8833], wiki('Petropavl', '54°53′N 69°10′E')),
	place('city', 4, 'Kokshetau', 'Koksjetau', 'Көкшетау', [69.3833, 53.2833], wiki('Kokshetau', '53°17′N 69°23′E')),
	place(
		'city',
		4,
		'Turkistan',
		'Turkestan',
		'Түркістан',
		[68.2692, 43.3019],
		wiki('Turkistan (city)', '43°18′07″N 68°16′09″E')
	),
	// Towns of about 50,000 people and more (and Baikonur), from zoom 6. Kapchagay was renamed Konaev in May 2022.
	place(
		'town',
		5,
		'Temirtau',
		'Temirtau',
		'Теміртау',
		[72.95, 50.05],
		wiki('Temirtau', '50°03′N 72°57′E (another revision: 50°06′N)')
	),
	place(
		'town',
		5,
		'Ekibastuz',
		'Ekibastoez',
		'Екібастұз',
		[75.3264, 51.7297],
		"Wikipedia (ru) 'Экибастуз' infobox: 51°43′47″ N 75°19′35″ E"
	),
	place(
		'town',
		5,
		'Rudny',
		'Roednyj',
		'Рудный',
		[63.1167, 52.9667],
		"Wikipedia (az) 'Rudnı' infobox: 52°58′00″ N 63°07′00″ E"
	),
	place(
		'town',
		5,
		'Zhezkazgan',
		'Zjezkazgan',
		'Жезқазған',
		[67.7, 47.7833],
		"Wikipedia (tl) 'Dzhezkazgan' infobox: 47°47′0″N 67°42′0″E"
	),
	place(
		'town',
		5,
		'Balkhash',
		'Balkasj',
		'Балқаш',
		[74.9775, 46.8428],
		"Wikipedia (ru) 'Балхаш (город)' infobox: 46°50′34″ N 74°58′39″ E"
	),
	place(
		'town',
		5,
		'Satpayev',
		'Satpajev',
		'Сәтбаев',
		[67.5333, 47.9],
		"Wikipedia (ja) 'Satbayev' infobox: 47°54′0″N 67°32′0″E"
	),
	place('town', 5, 'Kentau', 'Kentau', 'Кентау', [68.5167, 43.5167], wiki('Kentau', '43°31′N 68°31′E')),
	place(
		'town',
		5,
		'Kapchagay',
		'Kaptsjagaj',
		'Қапшағай',
		[77.0833, 43.8833],
		"Wikipedia (de) 'Qapschaghai' infobox: 43° 53′ N, 77° 5′ O"
	),
	place('town', 5, 'Ridder', 'Ridder', 'Риддер', [83.5167, 50.35], wiki('Ridder, Kazakhstan', '50°21′N 83°31′E')),
	place('town', 5, 'Baikonur', 'Bajkonoer', 'Байқоңыр', [63.3167, 45.6167], wiki('Baikonur', '45°37′0″N 63°19′0″E')),
	// The main airports (by passengers, 2017–2021: Almaty 6.4 million in 2019, Nur-Sultan 5.1 million, Aktau, Atyrau,
	// Shymkent and Aktobe 0.75–1 million), from zoom 6; an airport the story maps itself is left out (buildLabels).
	place(
		'airport',
		5,
		'Almaty Airport',
		'Luchthaven Almaty',
		null,
		[77.0447, 43.3553],
		wiki('Almaty International Airport', '43°21′19″N 077°02′41″E')
	),
	place(
		'airport',
		5,
		'Nur-Sultan Airport',
		'Luchthaven Nur-Sultan',
		null,
		[71.4669, 51.0219],
		wiki('Nursultan Nazarbayev International Airport', '51°01′19″N 071°28′01″E')
	),
	place(
		'airport',
		5,
		'Aktau Airport',
		'Luchthaven Aktau',
		null,
		[51.0919, 43.86],
		wiki('Aktau International Airport', '43°51′36″N 051°05′31″E')
	),
	place('airport', 5, 'Atyrau Airport', 'Luchthaven Atyrau', null, [51.82, 47.1219], aip('UATG', '470719N 0514912E')),
	place(
		'airport',
		5,
		'Shymkent Airport',
		'Luchthaven Sjymkent',
		null,
		[69.4756, 42.365],
		aip('UAII', '422154N 0692832E')
	),
	place('airport', 5, 'Aktobe Airport', 'Luchthaven Aktobe', null, [57.2056, 50.2461], aip('UATT', '501446N 0571220E')),
	// Neighbouring capitals, and Ürümqi
	place('capital', 1, 'Moscow', 'Moskou', 'Москва', [37.6172, 55.7558], wiki('Moscow', '55°45′21″N 37°37′02″E')),
	place('capital', 2, 'Tashkent', 'Tasjkent', 'Toshkent', [69.2167, 41.2667], wiki('Tashkent', '41°16′N 69°13′E')),
	place('capital', 2, 'Bishkek', 'Bisjkek', 'Бишкек', [74.6122, 42.8747], wiki('Bishkek', '42°52′29″N 74°36′44″E')),
	place('capital', 2, 'Dushanbe', 'Doesjanbe', 'Душанбе', [68.7833, 38.5333], wiki('Dushanbe', '38°32′N 68°47′E')),
	place('capital', 2, 'Ashgabat', 'Asjchabad', 'Aşgabat', [58.3667, 37.9333], wiki('Ashgabat', '37°56′N 58°22′E')),
	place('capital', 3, 'Minsk', 'Minsk', 'Мінск', [27.5667, 53.9], wiki('Minsk', '53°54′N 27°34′E')),
	place('capital', 3, 'Yerevan', 'Jerevan', null, [44.5144, 40.1814], wiki('Yerevan', '40°10′53″N 44°30′52″E')),
	place('capital', 3, 'Baku', 'Bakoe', 'Bakı', [49.8822, 40.3953], wiki('Baku', '40°23′43″N 49°52′56″E')),
	place('capital', 3, 'Tbilisi', 'Tbilisi', null, [44.7925, 41.7225], wiki('Tbilisi', '41°43′21″N 44°47′33″E')),
	place('capital', 3, 'Tehran', 'Teheran', null, [51.3889, 35.6892], wiki('Tehran', '35°41′21″N 51°23′20″E')),
	place('capital', 3, 'Kabul', 'Kabul', null, [69.1783, 34.5253], wiki('Kabul', '34°31′31″N 69°10′42″E')),
	place('city', 3, 'Ürümqi', 'Ürümqi', null, [87.6, 43.825], wiki('Ürümqi', '43°49′30″N 87°36′00″E')),
	// Seas and lakes: points chosen inside the water, which the tests check
	place(
		'sea',
		1,
		'Caspian Sea',
		'Kaspische Zee',
		'Каспий теңізі',
		CASPIAN_POINT,
		'editorial placement, outside every Natural Earth 1:50m country'
	),
	place(
		'lake',
		2,
		'Aral Sea',
		'Aralmeer',
		'Арал теңізі',
		[59.5, 45.0],
		'editorial placement, inside the Natural Earth 1:50m lake'
	),
	place(
		'lake',
		2,
		'Lake Balkhash',
		'Balkasjmeer',
		'Балқаш көлі',
		[74.5, 46.4],
		'editorial placement, inside the Natural Earth 1:110m lake'
	),
	place(
		'lake',
		3,
		'Issyk-Kul',
		'Issyk-Koel',
		'Ысык-Көл',
		[77.3, 42.45],
		'editorial placement, inside the Natural Earth 1:50m lake'
	)
];
