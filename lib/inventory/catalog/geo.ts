import type { AirportRow, CityRow, Localized } from './types';

type CityDef = [id: string, en: string, ru: string, az: string, kk: string, country: string, tz: string, lat: number, lon: number];

// City names in English, Russian, Azerbaijani and Kazakh as each language writes them.
const CITY_DEFS: CityDef[] = [
  ['baku', 'Baku', 'Баку', 'Bakı', 'Баку', 'AZ', 'Asia/Baku', 40.4093, 49.8671],
  ['ganja', 'Ganja', 'Гянджа', 'Gəncə', 'Гәнжә', 'AZ', 'Asia/Baku', 40.6828, 46.3606],
  ['nakhchivan', 'Nakhchivan', 'Нахчыван', 'Naxçıvan', 'Нахчыван', 'AZ', 'Asia/Baku', 39.2089, 45.4122],
  ['gabala', 'Gabala', 'Габала', 'Qəbələ', 'Габала', 'AZ', 'Asia/Baku', 40.9982, 47.87],
  ['lankaran', 'Lankaran', 'Ленкорань', 'Lənkəran', 'Ленкоран', 'AZ', 'Asia/Baku', 38.7529, 48.8475],
  ['zagatala', 'Zagatala', 'Закаталы', 'Zaqatala', 'Закатала', 'AZ', 'Asia/Baku', 41.6316, 46.6433],
  ['fuzuli', 'Fuzuli', 'Физули', 'Füzuli', 'Физули', 'AZ', 'Asia/Baku', 39.6008, 47.1453],
  ['sheki', 'Sheki', 'Шеки', 'Şəki', 'Шеки', 'AZ', 'Asia/Baku', 41.1919, 47.1706],
  ['shusha', 'Shusha', 'Шуша', 'Şuşa', 'Шуша', 'AZ', 'Asia/Baku', 39.7581, 46.7486],
  ['quba', 'Quba', 'Губа', 'Quba', 'Губа', 'AZ', 'Asia/Baku', 41.3611, 48.5134],
  ['almaty', 'Almaty', 'Алматы', 'Almatı', 'Алматы', 'KZ', 'Asia/Almaty', 43.238, 76.945],
  ['astana', 'Astana', 'Астана', 'Astana', 'Астана', 'KZ', 'Asia/Almaty', 51.1605, 71.4704],
  ['shymkent', 'Shymkent', 'Шымкент', 'Şımkənd', 'Шымкент', 'KZ', 'Asia/Almaty', 42.3417, 69.5901],
  ['aktau', 'Aktau', 'Актау', 'Aktau', 'Ақтау', 'KZ', 'Asia/Aqtau', 43.641, 51.1985],
  ['atyrau', 'Atyrau', 'Атырау', 'Atırau', 'Атырау', 'KZ', 'Asia/Atyrau', 47.0945, 51.9238],
  ['aktobe', 'Aktobe', 'Актобе', 'Aktöbe', 'Ақтөбе', 'KZ', 'Asia/Aqtobe', 50.2839, 57.167],
  ['karaganda', 'Karaganda', 'Караганда', 'Qaraqanda', 'Қарағанды', 'KZ', 'Asia/Almaty', 49.8047, 73.1094],
  ['kostanay', 'Kostanay', 'Костанай', 'Kostanay', 'Қостанай', 'KZ', 'Asia/Qostanay', 53.2198, 63.6354],
  ['oral', 'Oral', 'Уральск', 'Oral', 'Орал', 'KZ', 'Asia/Oral', 51.2333, 51.3667],
  ['pavlodar', 'Pavlodar', 'Павлодар', 'Pavlodar', 'Павлодар', 'KZ', 'Asia/Almaty', 52.2873, 76.9674],
  ['oskemen', 'Oskemen', 'Усть-Каменогорск', 'Öskəmən', 'Өскемен', 'KZ', 'Asia/Almaty', 49.9483, 82.6279],
  ['kyzylorda', 'Kyzylorda', 'Кызылорда', 'Qızılorda', 'Қызылорда', 'KZ', 'Asia/Qyzylorda', 44.8488, 65.4823],
  ['turkistan', 'Turkistan', 'Туркестан', 'Türküstan', 'Түркістан', 'KZ', 'Asia/Almaty', 43.2973, 68.2518],
  ['taraz', 'Taraz', 'Тараз', 'Taraz', 'Тараз', 'KZ', 'Asia/Almaty', 42.9, 71.3667],
  ['tbilisi', 'Tbilisi', 'Тбилиси', 'Tbilisi', 'Тбилиси', 'GE', 'Asia/Tbilisi', 41.7151, 44.8271],
  ['batumi', 'Batumi', 'Батуми', 'Batumi', 'Батуми', 'GE', 'Asia/Tbilisi', 41.6168, 41.6367],
  ['kutaisi', 'Kutaisi', 'Кутаиси', 'Kutaisi', 'Кутаиси', 'GE', 'Asia/Tbilisi', 42.2679, 42.6946],
  ['tashkent', 'Tashkent', 'Ташкент', 'Daşkənd', 'Ташкент', 'UZ', 'Asia/Tashkent', 41.2995, 69.2401],
  ['samarkand', 'Samarkand', 'Самарканд', 'Səmərqənd', 'Самарқанд', 'UZ', 'Asia/Samarkand', 39.6542, 66.9597],
  ['bukhara', 'Bukhara', 'Бухара', 'Buxara', 'Бұхара', 'UZ', 'Asia/Samarkand', 39.7681, 64.4556],
  ['urgench', 'Urgench', 'Ургенч', 'Urgenc', 'Үргеніш', 'UZ', 'Asia/Samarkand', 41.55, 60.6333],
  ['fergana', 'Fergana', 'Фергана', 'Fərqanə', 'Ферғана', 'UZ', 'Asia/Tashkent', 40.3864, 71.7864],
  ['bishkek', 'Bishkek', 'Бишкек', 'Bişkek', 'Бішкек', 'KG', 'Asia/Bishkek', 42.8746, 74.5698],
  ['osh', 'Osh', 'Ош', 'Oş', 'Ош', 'KG', 'Asia/Bishkek', 40.5283, 72.7985],
  ['istanbul', 'Istanbul', 'Стамбул', 'İstanbul', 'Стамбұл', 'TR', 'Europe/Istanbul', 41.0082, 28.9784],
  ['antalya', 'Antalya', 'Анталья', 'Antalya', 'Анталья', 'TR', 'Europe/Istanbul', 36.8969, 30.7133],
  ['ankara', 'Ankara', 'Анкара', 'Ankara', 'Анкара', 'TR', 'Europe/Istanbul', 39.9334, 32.8597],
  ['dubai', 'Dubai', 'Дубай', 'Dubay', 'Дубай', 'AE', 'Asia/Dubai', 25.2048, 55.2708],
  ['sharjah', 'Sharjah', 'Шарджа', 'Şarqa', 'Шарджа', 'AE', 'Asia/Dubai', 25.3463, 55.4209],
  ['doha', 'Doha', 'Доха', 'Doha', 'Доха', 'QA', 'Asia/Qatar', 25.2854, 51.531],
  ['frankfurt', 'Frankfurt', 'Франкфурт-на-Майне', 'Frankfurt', 'Франкфурт', 'DE', 'Europe/Berlin', 50.1109, 8.6821],
  ['london', 'London', 'Лондон', 'London', 'Лондон', 'GB', 'Europe/London', 51.5072, -0.1276],
  ['paris', 'Paris', 'Париж', 'Paris', 'Париж', 'FR', 'Europe/Paris', 48.8566, 2.3522],
  ['vienna', 'Vienna', 'Вена', 'Vyana', 'Вена', 'AT', 'Europe/Vienna', 48.2082, 16.3738],
  ['warsaw', 'Warsaw', 'Варшава', 'Varşava', 'Варшава', 'PL', 'Europe/Warsaw', 52.2297, 21.0122],
  ['riga', 'Riga', 'Рига', 'Riqa', 'Рига', 'LV', 'Europe/Riga', 56.9496, 24.1052],
  ['prague', 'Prague', 'Прага', 'Praqa', 'Прага', 'CZ', 'Europe/Prague', 50.0755, 14.4378],
  ['milan', 'Milan', 'Милан', 'Milan', 'Милан', 'IT', 'Europe/Rome', 45.4642, 9.19],
  ['delhi', 'Delhi', 'Дели', 'Dehli', 'Дели', 'IN', 'Asia/Kolkata', 28.6139, 77.209],
  ['seoul', 'Seoul', 'Сеул', 'Seul', 'Сеул', 'KR', 'Asia/Seoul', 37.5665, 126.978],
  ['beijing', 'Beijing', 'Пекин', 'Pekin', 'Бейжің', 'CN', 'Asia/Shanghai', 39.9042, 116.4074],
  ['bangkok', 'Bangkok', 'Бангкок', 'Banqkok', 'Бангкок', 'TH', 'Asia/Bangkok', 13.7563, 100.5018],
  // Urumqi keeps Beijing time for flights (tzdb's Asia/Urumqi is the local solar-time zone).
  ['urumqi', 'Urumqi', 'Урумчи', 'Urumçi', 'Үрімжі', 'CN', 'Asia/Shanghai', 43.8256, 87.6168],
];

export const CITIES: readonly CityRow[] = CITY_DEFS.map(([id, en, ru, az, kk, countryCode, timeZone, lat, lon]) => ({
  id,
  name: { en, ru, az, kk },
  countryCode,
  timeZone,
  lat,
  lon,
}));

const cityById = new Map(CITIES.map((c) => [c.id, c]));

export function cityOf(id: string): CityRow {
  const city = cityById.get(id);
  if (!city) throw new Error(`unknown city ${id}`);
  return city;
}

// [code, city, lat, lon, en, ru, az?, kk?] — az falls back to en, kk to ru.
type AirportDef = [string, string, number, number, string, string, string?, string?];

const AIRPORT_DEFS: AirportDef[] = [
  ['GYD', 'baku', 40.4675, 50.0467, 'Heydar Aliyev International', 'Международный аэропорт Гейдар Алиев', 'Heydər Əliyev Beynəlxalq Aeroportu', 'Гейдар Әлиев атындағы халықаралық әуежай'],
  ['GNJ', 'ganja', 40.7377, 46.3176, 'Ganja International', 'Международный аэропорт Гянджа', 'Gəncə Beynəlxalq Aeroportu', 'Гәнжә халықаралық әуежайы'],
  ['NAJ', 'nakhchivan', 39.1888, 45.4584, 'Nakhchivan International', 'Международный аэропорт Нахчыван', 'Naxçıvan Beynəlxalq Aeroportu', 'Нахчыван халықаралық әуежайы'],
  ['GBB', 'gabala', 40.8267, 47.7125, 'Gabala International', 'Международный аэропорт Габала', 'Qəbələ Beynəlxalq Aeroportu', 'Габала халықаралық әуежайы'],
  ['LLK', 'lankaran', 38.7464, 48.818, 'Lankaran International', 'Международный аэропорт Ленкорань', 'Lənkəran Beynəlxalq Aeroportu', 'Ленкоран халықаралық әуежайы'],
  ['ZTU', 'zagatala', 41.5622, 46.6672, 'Zagatala International', 'Международный аэропорт Закаталы', 'Zaqatala Beynəlxalq Aeroportu', 'Закатала халықаралық әуежайы'],
  ['FZL', 'fuzuli', 39.5947, 47.1961, 'Fuzuli International', 'Международный аэропорт Физули', 'Füzuli Beynəlxalq Aeroportu', 'Физули халықаралық әуежайы'],
  ['ALA', 'almaty', 43.3521, 77.0405, 'Almaty International', 'Международный аэропорт Алматы', 'Almatı Beynəlxalq Aeroportu', 'Алматы халықаралық әуежайы'],
  ['NQZ', 'astana', 51.0222, 71.4669, 'Nursultan Nazarbayev International', 'Международный аэропорт Нурсултан Назарбаев', 'Nursultan Nazarbayev Beynəlxalq Aeroportu', 'Нұрсұлтан Назарбаев халықаралық әуежайы'],
  ['CIT', 'shymkent', 42.3642, 69.4789, 'Shymkent International', 'Международный аэропорт Шымкент', 'Şımkənd Beynəlxalq Aeroportu', 'Шымкент халықаралық әуежайы'],
  ['SCO', 'aktau', 43.8601, 51.0919, 'Aktau International', 'Международный аэропорт Актау', 'Aktau Beynəlxalq Aeroportu', 'Ақтау халықаралық әуежайы'],
  ['GUW', 'atyrau', 47.1219, 51.8214, 'Atyrau International', 'Международный аэропорт Атырау', 'Atırau Beynəlxalq Aeroportu', 'Атырау халықаралық әуежайы'],
  ['AKX', 'aktobe', 50.2458, 57.2067, 'Aktobe International', 'Международный аэропорт Актобе', 'Aktöbe Beynəlxalq Aeroportu', 'Ақтөбе халықаралық әуежайы'],
  ['KGF', 'karaganda', 49.6708, 73.3344, 'Sary-Arka', 'Аэропорт Сары-Арка', 'Sarı-Arka Aeroportu', 'Сарыарқа әуежайы'],
  ['KSN', 'kostanay', 53.2069, 63.5503, 'Kostanay International', 'Международный аэропорт Костанай', 'Kostanay Beynəlxalq Aeroportu', 'Қостанай халықаралық әуежайы'],
  ['URA', 'oral', 51.1508, 51.5431, 'Oral Ak Zhol', 'Аэропорт Орал Ак Жол', 'Oral Ak Jol Aeroportu', 'Орал Ақ Жол әуежайы'],
  ['PWQ', 'pavlodar', 52.195, 77.0739, 'Pavlodar', 'Аэропорт Павлодар', 'Pavlodar Aeroportu', 'Павлодар әуежайы'],
  ['UKK', 'oskemen', 50.0366, 82.4942, 'Oskemen', 'Аэропорт Усть-Каменогорск', 'Öskəmən Aeroportu', 'Өскемен әуежайы'],
  ['KZO', 'kyzylorda', 44.7069, 65.5925, 'Korkyt Ata', 'Аэропорт Коркыт Ата', 'Qorqud Ata Aeroportu', 'Қорқыт Ата әуежайы'],
  ['HSA', 'turkistan', 43.3133, 68.5494, 'Turkistan International', 'Международный аэропорт Туркестан', 'Türküstan Beynəlxalq Aeroportu', 'Түркістан халықаралық әуежайы'],
  ['DMB', 'taraz', 42.8536, 71.3036, 'Aulie-Ata', 'Аэропорт Аулие-Ата', 'Övliya-Ata Aeroportu', 'Әулиеата әуежайы'],
  ['TBS', 'tbilisi', 41.6692, 44.9547, 'Tbilisi International', 'Международный аэропорт Тбилиси', 'Tbilisi Beynəlxalq Aeroportu'],
  ['BUS', 'batumi', 41.6103, 41.5997, 'Batumi International', 'Международный аэропорт Батуми', 'Batumi Beynəlxalq Aeroportu'],
  ['KUT', 'kutaisi', 42.1767, 42.4826, 'Kutaisi International', 'Международный аэропорт Кутаиси', 'Kutaisi Beynəlxalq Aeroportu'],
  ['TAS', 'tashkent', 41.2579, 69.2812, 'Tashkent International', 'Международный аэропорт Ташкент', 'Daşkənd Beynəlxalq Aeroportu'],
  ['SKD', 'samarkand', 39.7005, 66.9838, 'Samarkand International', 'Международный аэропорт Самарканд', 'Səmərqənd Beynəlxalq Aeroportu'],
  ['BHK', 'bukhara', 39.775, 64.4833, 'Bukhara International', 'Международный аэропорт Бухара', 'Buxara Beynəlxalq Aeroportu'],
  ['UGC', 'urgench', 41.5843, 60.6417, 'Urgench International', 'Международный аэропорт Ургенч', 'Urgenc Beynəlxalq Aeroportu'],
  ['FEG', 'fergana', 40.3588, 71.745, 'Fergana International', 'Международный аэропорт Фергана', 'Fərqanə Beynəlxalq Aeroportu'],
  ['FRU', 'bishkek', 43.0613, 74.4776, 'Manas International', 'Международный аэропорт Манас', 'Manas Beynəlxalq Aeroportu'],
  ['OSS', 'osh', 40.609, 72.7933, 'Osh International', 'Международный аэропорт Ош', 'Oş Beynəlxalq Aeroportu'],
  ['IST', 'istanbul', 41.2753, 28.7519, 'Istanbul Airport', 'Аэропорт Стамбул', 'İstanbul Hava Limanı', 'Стамбұл әуежайы'],
  ['SAW', 'istanbul', 40.8986, 29.3092, 'Sabiha Gökçen International', 'Аэропорт Сабиха Гёкчен', 'Sabiha Gökçen Beynəlxalq Hava Limanı', 'Сабиха Гөкчен әуежайы'],
  ['AYT', 'antalya', 36.8987, 30.8005, 'Antalya Airport', 'Аэропорт Анталья', 'Antalya Hava Limanı', 'Анталья әуежайы'],
  ['ESB', 'ankara', 40.1281, 32.9951, 'Ankara Esenboğa', 'Аэропорт Эсенбога', 'Ankara Esenboğa Hava Limanı', 'Есенбоға әуежайы'],
  ['DXB', 'dubai', 25.2528, 55.3644, 'Dubai International', 'Международный аэропорт Дубай', 'Dubay Beynəlxalq Aeroportu', 'Дубай халықаралық әуежайы'],
  ['SHJ', 'sharjah', 25.3286, 55.5172, 'Sharjah International', 'Международный аэропорт Шарджа', 'Şarqa Beynəlxalq Aeroportu', 'Шарджа халықаралық әуежайы'],
  ['DOH', 'doha', 25.2731, 51.6081, 'Hamad International', 'Международный аэропорт Хамад', 'Həməd Beynəlxalq Aeroportu', 'Хамад халықаралық әуежайы'],
  ['FRA', 'frankfurt', 50.0379, 8.5622, 'Frankfurt Airport', 'Аэропорт Франкфурт', 'Frankfurt Aeroportu', 'Франкфурт әуежайы'],
  ['LHR', 'london', 51.47, -0.4543, 'London Heathrow', 'Аэропорт Хитроу', 'London Hitrou', 'Хитроу әуежайы'],
  ['CDG', 'paris', 49.0097, 2.5479, 'Paris Charles de Gaulle', 'Аэропорт Шарль-де-Голль', 'Şarl de Qoll Aeroportu', 'Шарль де Голль әуежайы'],
  ['VIE', 'vienna', 48.1103, 16.5697, 'Vienna International', 'Аэропорт Вена-Швехат', 'Vyana Beynəlxalq Aeroportu', 'Вена халықаралық әуежайы'],
  ['WAW', 'warsaw', 52.1657, 20.9671, 'Warsaw Chopin', 'Аэропорт имени Шопена', 'Varşava Şopen Aeroportu', 'Варшава Шопен әуежайы'],
  ['RIX', 'riga', 56.9236, 23.9711, 'Riga International', 'Международный аэропорт Рига', 'Riqa Beynəlxalq Aeroportu', 'Рига халықаралық әуежайы'],
  ['PRG', 'prague', 50.1008, 14.26, 'Václav Havel Airport Prague', 'Аэропорт имени Вацлава Гавела', 'Praqa Vatslav Havel Aeroportu', 'Вацлав Гавел атындағы әуежай'],
  ['MXP', 'milan', 45.6306, 8.7281, 'Milan Malpensa', 'Аэропорт Мальпенса', 'Milan Malpensa Aeroportu', 'Мальпенса әуежайы'],
  ['DEL', 'delhi', 28.5562, 77.1, 'Indira Gandhi International', 'Международный аэропорт имени Индиры Ганди', 'İndira Qandi Beynəlxalq Aeroportu', 'Индира Ганди атындағы халықаралық әуежай'],
  ['ICN', 'seoul', 37.4602, 126.4407, 'Incheon International', 'Международный аэропорт Инчхон', 'İnçxon Beynəlxalq Aeroportu', 'Инчхон халықаралық әуежайы'],
  ['PEK', 'beijing', 40.0799, 116.6031, 'Beijing Capital International', 'Международный аэропорт Шоуду', 'Pekin Şoudu Beynəlxalq Aeroportu', 'Бейжің Шоуду халықаралық әуежайы'],
  ['BKK', 'bangkok', 13.69, 100.7501, 'Suvarnabhumi', 'Аэропорт Суварнабхуми', 'Suvarnabhumi Aeroportu', 'Суварнабхуми әуежайы'],
  ['URC', 'urumqi', 43.9071, 87.4742, 'Ürümqi Diwopu International', 'Международный аэропорт Урумчи Дивопу', 'Urumçi Beynəlxalq Aeroportu', 'Үрімжі халықаралық әуежайы'],
];

export const AIRPORTS: readonly AirportRow[] = AIRPORT_DEFS.map(([code, cityId, lat, lon, en, ru, az, kk]) => {
  const city = cityOf(cityId);
  const name: Localized = { en, ru, az: az ?? en, kk: kk ?? ru };
  return { code, name, cityId, countryCode: city.countryCode, timeZone: city.timeZone, lat, lon };
});

const airportByCode = new Map(AIRPORTS.map((a) => [a.code, a]));

export function airportOf(code: string): AirportRow {
  const airport = airportByCode.get(code);
  if (!airport) throw new Error(`unknown airport ${code}`);
  return airport;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
