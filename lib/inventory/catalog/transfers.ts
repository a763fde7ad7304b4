import { airportOf, cityOf } from './geo';
import { hotelCurrency } from './hotels';
import { usdToMinor } from './money';
import { rngFor } from './prng';
import type { Localized, TransferFleetRow, TransferPriceRow, TransferRouteRow, TransferZoneRow } from './types';
import { VEHICLE_CLASSES } from './vehicle-classes';

type ZoneDef = [slug: string, en: string, ru: string, az: string, kk: string, lat: number, lon: number, km: number, minutes: number];

/** City zones served from each airport, with road distance and a typical drive time. */
const ZONES: Record<string, { cityId: string; zones: ZoneDef[] }[]> = {
  GYD: [
    { cityId: 'baku', zones: [
      ['baku-city-centre', 'Baku city centre', 'Центр Баку', 'Bakı şəhər mərkəzi', 'Баку орталығы', 40.3777, 49.8920, 25, 30],
      ['baku-old-city', 'Old City (Icherisheher)', 'Старый город (Ичеришехер)', 'İçərişəhər', 'Ескі қала (Ичеришехер)', 40.3667, 49.8352, 27, 35],
      ['baku-white-city', 'White City', 'Белый город', 'Ağ şəhər', 'Ақ қала', 40.3800, 49.8800, 22, 30],
      ['baku-bilgah', 'Bilgah and Mardakan resorts', 'Курорты Бильгя и Мардакан', 'Bilgəh və Mərdəkan kurortları', 'Бильгя және Мардакан курорттары', 40.5686, 50.0361, 30, 35],
    ] },
    { cityId: 'gabala', zones: [['gabala-tufandag', 'Gabala and Tufandag', 'Габала и Туфандаг', 'Qəbələ və Tufandağ', 'Габала және Туфандаг', 40.9982, 47.87, 225, 210]] },
    { cityId: 'quba', zones: [['quba-shahdag', 'Quba and Shahdag', 'Губа и Шахдаг', 'Quba və Şahdağ', 'Губа және Шахдаг', 41.3611, 48.5134, 170, 150]] },
  ],
  GNJ: [{ cityId: 'ganja', zones: [['ganja-centre', 'Ganja city centre', 'Центр Гянджи', 'Gəncə şəhər mərkəzi', 'Гәнжә орталығы', 40.6828, 46.3606, 10, 15]] }],
  NAJ: [{ cityId: 'nakhchivan', zones: [['nakhchivan-centre', 'Nakhchivan city centre', 'Центр Нахчывана', 'Naxçıvan şəhər mərkəzi', 'Нахчыван орталығы', 39.2089, 45.4122, 5, 10]] }],
  GBB: [{ cityId: 'gabala', zones: [['gabala-tufandag', 'Gabala and Tufandag', 'Габала и Туфандаг', 'Qəbələ və Tufandağ', 'Габала және Туфандаг', 40.9982, 47.87, 25, 30]] }],
  FZL: [{ cityId: 'shusha', zones: [['shusha-old-town', 'Shusha', 'Шуша', 'Şuşa', 'Шуша', 39.7581, 46.7486, 45, 50]] }],
  ALA: [
    { cityId: 'almaty', zones: [
      ['almaty-centre', 'Almaty city centre', 'Центр Алматы', 'Almatı şəhər mərkəzi', 'Алматы орталығы', 43.2380, 76.9450, 18, 30],
      ['almaty-medeu', 'Medeu and Shymbulak', 'Медеу и Шымбулак', 'Medeu və Şımbulak', 'Медеу және Шымбұлақ', 43.1576, 77.0589, 38, 60],
      ['almaty-bostandyk', 'Bostandyk and Al-Farabi Avenue', 'Бостандык и проспект Аль-Фараби', 'Bostandık və Əl-Farabi prospekti', 'Бостандық және Әл-Фараби даңғылы', 43.2100, 76.9200, 25, 40],
    ] },
  ],
  NQZ: [
    { cityId: 'astana', zones: [
      ['astana-left-bank', 'Left bank (Esil)', 'Левый берег (Есиль)', 'Sol sahil (Esil)', 'Сол жағалау (Есіл)', 51.1280, 71.4300, 16, 20],
      ['astana-right-bank', 'Right bank (old town)', 'Правый берег (старый город)', 'Sağ sahil (köhnə şəhər)', 'Оң жағалау (ескі қала)', 51.1700, 71.4300, 20, 28],
    ] },
  ],
  CIT: [{ cityId: 'shymkent', zones: [['shymkent-centre', 'Shymkent city centre', 'Центр Шымкента', 'Şımkənd şəhər mərkəzi', 'Шымкент орталығы', 42.3417, 69.5901, 14, 20]] }],
  HSA: [{ cityId: 'turkistan', zones: [['turkistan-old-town', 'Turkistan, Yassawi Mausoleum', 'Туркестан, мавзолей Яссауи', 'Türküstan, Yəsəvi türbəsi', 'Түркістан, Яссауи кесенесі', 43.2973, 68.2518, 18, 20]] }],
  SCO: [{ cityId: 'aktau', zones: [['aktau-centre', 'Aktau city and seafront', 'Актау и набережная', 'Aktau və sahil', 'Ақтау және жағалау', 43.641, 51.1985, 28, 30]] }],
  GUW: [{ cityId: 'atyrau', zones: [['atyrau-centre', 'Atyrau city centre', 'Центр Атырау', 'Atırau şəhər mərkəzi', 'Атырау орталығы', 47.0945, 51.9238, 8, 15]] }],
  TBS: [
    { cityId: 'tbilisi', zones: [
      ['tbilisi-old-town', 'Old Tbilisi', 'Старый Тбилиси', 'Köhnə Tbilisi', 'Ескі Тбилиси', 41.6900, 44.8070, 18, 25],
      ['tbilisi-vake-saburtalo', 'Vake and Saburtalo', 'Ваке и Сабуртало', 'Vake və Saburtalo', 'Ваке және Сабуртало', 41.7100, 44.7600, 24, 35],
    ] },
  ],
  BUS: [{ cityId: 'batumi', zones: [
    ['batumi-centre', 'Batumi centre and boulevard', 'Центр Батуми и бульвар', 'Batumi mərkəzi və bulvar', 'Батуми орталығы және бульвар', 41.6480, 41.6360, 5, 12],
    ['batumi-gonio', 'Gonio and Kvariati', 'Гонио и Квариати', 'Qonio və Kvariati', 'Гонио және Квариати', 41.5600, 41.5700, 9, 15],
  ] }],
  TAS: [{ cityId: 'tashkent', zones: [['tashkent-centre', 'Tashkent city centre', 'Центр Ташкента', 'Daşkənd şəhər mərkəzi', 'Ташкент орталығы', 41.3110, 69.2797, 8, 20]] }],
  SKD: [{ cityId: 'samarkand', zones: [['samarkand-registan', 'Samarkand, Registan', 'Самарканд, Регистан', 'Səmərqənd, Registan', 'Самарқанд, Регистан', 39.6548, 66.9757, 6, 15]] }],
  BHK: [{ cityId: 'bukhara', zones: [['bukhara-old-town', 'Bukhara old town', 'Старый город Бухары', 'Buxaranın köhnə şəhəri', 'Бұхараның ескі қаласы', 39.7747, 64.4286, 5, 12]] }],
  IST: [{ cityId: 'istanbul', zones: [
    ['istanbul-sultanahmet', 'Sultanahmet and Fatih', 'Султанахмет и Фатих', 'Sultanəhməd və Fateh', 'Сұлтанахмет және Фатих', 41.0054, 28.9768, 50, 60],
    ['istanbul-taksim', 'Taksim and Beyoğlu', 'Таксим и Бейоглу', 'Taksim və Beyoğlu', 'Таксим және Бейоғлу', 41.0370, 28.9850, 45, 50],
    ['istanbul-kadikoy', 'Kadıköy (Asian side)', 'Кадыкёй (азиатская сторона)', 'Kadıköy (Asiya tərəfi)', 'Кадыкөй (Азия жағы)', 40.9900, 29.0290, 60, 75],
  ] }],
  SAW: [{ cityId: 'istanbul', zones: [
    ['istanbul-kadikoy', 'Kadıköy (Asian side)', 'Кадыкёй (азиатская сторона)', 'Kadıköy (Asiya tərəfi)', 'Кадыкөй (Азия жағы)', 40.9900, 29.0290, 35, 45],
    ['istanbul-sultanahmet', 'Sultanahmet and Fatih', 'Султанахмет и Фатих', 'Sultanəhməd və Fateh', 'Сұлтанахмет және Фатих', 41.0054, 28.9768, 48, 70],
  ] }],
  DXB: [{ cityId: 'dubai', zones: [
    ['dubai-downtown', 'Downtown Dubai and Business Bay', 'Даунтаун Дубай и Бизнес-Бэй', 'Daunaun Dubay və Biznes Bey', 'Даунтаун Дубай және Бизнес-Бэй', 25.1972, 55.2744, 15, 20],
    ['dubai-marina', 'Dubai Marina and JBR', 'Дубай Марина и JBR', 'Dubay Marina və JBR', 'Дубай Марина және JBR', 25.0800, 55.1400, 38, 40],
    ['dubai-palm', 'Palm Jumeirah', 'Палм-Джумейра', 'Palm Cumeyra', 'Палм-Джумейра', 25.1124, 55.1390, 40, 45],
    ['dubai-deira', 'Deira', 'Дейра', 'Deyra', 'Дейра', 25.2700, 55.3100, 7, 15],
  ] }],
  FRU: [{ cityId: 'bishkek', zones: [['bishkek-centre', 'Bishkek city centre', 'Центр Бишкека', 'Bişkek şəhər mərkəzi', 'Бішкек орталығы', 42.8746, 74.5698, 30, 35]] }],
};

/** Economy-car fare: a flag fall plus a rate per km that falls with distance, in USD. */
function economyUsd(km: number): number {
  return 12 + Math.min(km, 40) * 0.7 + Math.max(0, km - 40) * 0.35;
}

export type GeneratedTransfers = {
  zones: TransferZoneRow[];
  routes: TransferRouteRow[];
  prices: TransferPriceRow[];
  fleet: TransferFleetRow[];
};

/**
 * Airport-to-zone transfer routes with a price for every vehicle class of Agreement 6.2, in the
 * currency of the country, and each airport's fleet per class (how many transfers a day it can run).
 */
export function generateTransfers(seed: number): GeneratedTransfers {
  const zones: TransferZoneRow[] = [];
  const routes: TransferRouteRow[] = [];
  const prices: TransferPriceRow[] = [];
  const fleet: TransferFleetRow[] = [];
  const zoneBySlug = new Map<string, TransferZoneRow>();
  let routeId = 0;
  for (const [airportCode, served] of Object.entries(ZONES)) {
    const airport = airportOf(airportCode);
    const currency = hotelCurrency(airport.countryCode);
    for (const { cityId, zones: defs } of served) {
      cityOf(cityId);
      for (const [slug, en, ru, az, kk, lat, lon, km, minutes] of defs) {
        let zone = zoneBySlug.get(slug);
        if (!zone) {
          const name: Localized = { en, ru, az, kk };
          zone = { id: zones.length + 1, slug, cityId, name, lat, lon };
          zones.push(zone);
          zoneBySlug.set(slug, zone);
        }
        routeId++;
        routes.push({ id: routeId, airportCode, zoneId: zone.id, distanceKm: km, durationMinutes: minutes, currency });
        const rng = rngFor(seed, 'transfer', airportCode, slug);
        const level = rng.real(0.9, 1.15) * (airport.countryCode === 'AE' ? 1.6 : airport.countryCode === 'TR' ? 1.3 : 1);
        for (const vc of VEHICLE_CLASSES) {
          prices.push({ routeId, vehicleClass: vc.code, amountMinor: usdToMinor(economyUsd(km) * vc.priceFactor * level, currency), currency });
        }
      }
    }
    const rng = rngFor(seed, 'fleet', airportCode);
    const busy = ['GYD', 'ALA', 'NQZ', 'IST', 'DXB', 'TBS', 'TAS'].includes(airportCode);
    for (const vc of VEHICLE_CLASSES) {
      const big = vc.maxPassengers >= 10 || vc.code === 'PREMIUM';
      const vehicles = big ? rng.int(1, busy ? 4 : 2) : rng.int(busy ? 6 : 2, busy ? 20 : 6);
      fleet.push({ airportCode, vehicleClass: vc.code, vehicles, dailyCapacity: vehicles * (big ? 2 : 4) });
    }
  }
  return { zones, routes, prices, fleet };
}
