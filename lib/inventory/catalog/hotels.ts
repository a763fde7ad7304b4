import { cityOf } from './geo';
import { usdToMinor } from './money';
import { rngFor, type Rng } from './prng';
import { addDays, isoWeekday } from './tz';
import type {
  Board,
  CancellationPolicy,
  CurrencyCode,
  HotelRow,
  RatePlanRow,
  RoomNightRow,
  RoomTypeRow,
} from './types';

type HotelCityDef = {
  cityId: string;
  count: number;
  /** price level against a mid-priced regional city */
  priceFactor: number;
  /** beach or mountain resort: leisure weekends, all-inclusive rates, summer peak */
  resort?: 'beach' | 'mountain';
  /** [name, north offset, east offset] in degrees from the city centre */
  districts: [string, number, number][];
  streets: string[];
  /** words that make a hotel name sound like it belongs to the place */
  words: string[];
  /** 'Microdistrict 14, building 5' instead of a street address (Aktau) */
  microdistricts?: boolean;
};

const HOTEL_CITIES: HotelCityDef[] = [
  { cityId: 'baku', count: 50, priceFactor: 1, districts: [['Icherisheher', 0.0, 0.0], ['Sabail', -0.01, 0.01], ['Nasimi', 0.01, -0.01], ['Yasamal', 0.005, -0.03], ['Narimanov', 0.02, 0.01], ['White City', 0.0, 0.04], ['Khatai', 0.0, 0.06], ['Bilgah', 0.16, 0.17]], streets: ['Neftchilar Avenue', 'Nizami Street', 'Istiglaliyyat Street', 'Uzeyir Hajibeyov Street', 'Rashid Behbudov Street', 'Azadlig Avenue', 'Tbilisi Avenue', 'Zarifa Aliyeva Street', 'Khagani Street', 'Samad Vurgun Street', 'Bul-Bul Avenue', 'Mikayil Useynov Street'], words: ['Caspian', 'Icheri', 'Absheron', 'Khazar', 'Flame', 'Shirvan', 'Nizami', 'Boulevard', 'Maiden Tower', 'Fountain Square', 'Sahil', 'Gulustan', 'Old Gates', 'Seaside', 'Baku Bay'] },
  { cityId: 'ganja', count: 10, priceFactor: 0.7, districts: [['Kapaz', 0.0, 0.0], ['Nizami', -0.01, -0.01]], streets: ['Javad Khan Street', 'Heydar Aliyev Avenue', 'Ataturk Avenue', 'Shah Ismayil Khatai Avenue'], words: ['Javad Khan', 'Nizami', 'Khan Bagi', 'Goygol', 'Ganja Gates', 'Kapaz'] },
  { cityId: 'gabala', count: 12, priceFactor: 0.95, resort: 'mountain', districts: [['Gabala Centre', 0.0, 0.0], ['Tufandag', 0.04, 0.02], ['Nohur Lake', -0.02, 0.03], ['Vandam', -0.04, -0.03]], streets: ['Heydar Aliyev Avenue', 'Nizami Street', 'Tufandag Road', 'Nohur Road'], words: ['Tufandag', 'Nohur', 'Caucasus', 'Vandam', 'Yeddi Gozel', 'Qafqaz', 'Forest'] },
  { cityId: 'sheki', count: 10, priceFactor: 0.7, districts: [['Old Sheki', 0.01, 0.0], ['Kish', 0.04, 0.01], ['Sheki Centre', 0.0, -0.01]], streets: ['M. F. Akhundzade Avenue', 'Shekikhanovlar Street', 'Rasulzade Street', 'Kish Road'], words: ['Caravanserai', 'Khan', 'Marxal', 'Silk Road', 'Sheki Palace', 'Halva'] },
  { cityId: 'shusha', count: 6, priceFactor: 1, districts: [['Old Town', 0.0, 0.0], ['Jidir Duzu', -0.01, -0.01]], streets: ['Vagif Street', 'Uzeyir Hajibeyov Street', 'Jidir Duzu Road'], words: ['Karabakh', 'Jidir', 'Khari Bulbul', 'Fortress', 'Natavan'] },
  { cityId: 'nakhchivan', count: 8, priceFactor: 0.75, districts: [['City Centre', 0.0, 0.0], ['Alinja', 0.01, 0.02]], streets: ['Heydar Aliyev Avenue', 'Ataturk Street', 'Istiglal Street'], words: ['Duzdag', 'Ordubad', 'Araz', 'Alinja', 'Momine Khatun'] },
  { cityId: 'lankaran', count: 8, priceFactor: 0.7, resort: 'beach', districts: [['Centre', 0.0, 0.0], ['Seaside', 0.0, 0.02]], streets: ['Heydar Aliyev Avenue', 'Hazi Aslanov Street', 'Seaside Boulevard'], words: ['Caspian', 'Talysh', 'Khan Lankaran', 'Citrus', 'Hirkan'] },
  { cityId: 'quba', count: 6, priceFactor: 0.8, resort: 'mountain', districts: [['Quba Centre', 0.0, 0.0], ['Qachresh', -0.06, -0.05]], streets: ['Heydar Aliyev Avenue', 'Fatali Khan Street', 'Qachresh Road'], words: ['Qachresh', 'Shahdag', 'Qudiyalchay', 'Apple Garden', 'Quba Palace'] },
  { cityId: 'almaty', count: 35, priceFactor: 0.95, districts: [['Medeu', 0.0, 0.02], ['Almaly', 0.0, 0.0], ['Bostandyk', -0.03, -0.01], ['Auezov', -0.01, -0.06], ['Zhetysu', 0.04, 0.0], ['Shymbulak', -0.12, 0.08]], streets: ['Abay Avenue', 'Dostyk Avenue', 'Al-Farabi Avenue', 'Nazarbayev Avenue', 'Tole Bi Street', 'Zheltoksan Street', 'Kabanbay Batyr Street', 'Gogol Street', 'Satpaev Street', 'Medeu Road'], words: ['Alatau', 'Medeu', 'Koktobe', 'Almaty Apple', 'Tien Shan', 'Zhetysu', 'Kazakh', 'Arbat', 'Panfilov Park'] },
  { cityId: 'astana', count: 30, priceFactor: 0.95, districts: [['Esil', -0.03, 0.0], ['Almaty district', 0.0, 0.04], ['Saryarka', 0.02, -0.02], ['Baikonur', 0.0, 0.0]], streets: ['Kabanbay Batyr Avenue', 'Mangilik El Avenue', 'Kunaev Street', 'Respublika Avenue', 'Beibitshilik Street', 'Syganak Street', 'Turan Avenue', 'Dostyk Street'], words: ['Baiterek', 'Esil', 'Saryarka', 'Steppe', 'Nomad', 'Astana Tower', 'Expo', 'Ak Orda'] },
  { cityId: 'shymkent', count: 12, priceFactor: 0.75, districts: [['Al-Farabi', 0.0, 0.0], ['Abay', 0.02, -0.02], ['Enbekshi', -0.02, 0.02]], streets: ['Tauke Khan Avenue', 'Kunaev Boulevard', 'Respublika Avenue', 'Baitursynov Street'], words: ['Ordabasy', 'Sairam', 'Shymkent Plaza', 'Silk Way', 'Otrar'] },
  { cityId: 'aktau', count: 10, priceFactor: 0.85, resort: 'beach', microdistricts: true, districts: [['Seafront', 0.0, -0.01], ['Microdistrict 14', 0.01, 0.01], ['Microdistrict 15', 0.015, 0.015]], streets: ['1', '2', '3', '7', '9', '11', '14', '15'], words: ['Caspian', 'Mangystau', 'Riviera', 'Sea Breeze', 'Aktau Marina'] },
  { cityId: 'atyrau', count: 8, priceFactor: 0.9, districts: [['Right Bank', 0.0, 0.01], ['Left Bank', 0.0, -0.01]], streets: ['Satpaev Avenue', 'Azattyk Avenue', 'Abay Street', 'Aiteke Bi Street'], words: ['Zhaiyk', 'Caspian', 'Ural River', 'Atyrau Plaza', 'Oil City'] },
  { cityId: 'turkistan', count: 8, priceFactor: 0.8, districts: [['Old Town', 0.0, 0.0], ['Caravanserai', -0.01, 0.01]], streets: ['Tauke Khan Avenue', 'Esim Khan Street', 'Kozha Akhmet Yassawi Street'], words: ['Yassawi', 'Caravanserai', 'Silk Way', 'Turkistan Gate', 'Arystan Bab'] },
  { cityId: 'tbilisi', count: 30, priceFactor: 0.95, districts: [['Old Tbilisi', 0.0, 0.0], ['Sololaki', -0.003, -0.005], ['Mtatsminda', -0.002, -0.01], ['Vake', 0.0, -0.04], ['Saburtalo', 0.03, -0.04], ['Vera', 0.01, -0.02], ['Avlabari', 0.0, 0.01]], streets: ['Rustaveli Avenue', 'Chavchavadze Avenue', 'Kote Afkhazi Street', 'Pekini Avenue', 'Aghmashenebeli Avenue', 'Abashidze Street', 'Barnov Street', 'Gorgasali Street'], words: ['Narikala', 'Mtkvari', 'Rustaveli', 'Sololaki', 'Kartli', 'Iveria', 'Old Tiflis', 'Sulfur Baths'] },
  { cityId: 'batumi', count: 20, priceFactor: 0.9, resort: 'beach', districts: [['Old Batumi', 0.0, 0.0], ['New Boulevard', -0.02, -0.02], ['Gonio', -0.07, 0.0]], streets: ['Rustaveli Street', 'Gorgiladze Street', 'Sherif Khimshiashvili Street', 'Kutaisi Street', 'Gogebashvili Street'], words: ['Black Sea', 'Ajara', 'Boulevard', 'Gonio', 'Batumi Bay', 'Argo', 'Palm Coast'] },
  { cityId: 'tashkent', count: 25, priceFactor: 0.85, districts: [['Mirobod', 0.0, 0.0], ['Yunusobod', 0.05, 0.01], ['Shaykhontohur', 0.01, -0.03], ['Chilanzar', -0.03, -0.05], ['Yakkasaray', -0.02, 0.0]], streets: ['Amir Temur Avenue', 'Shota Rustaveli Street', 'Navoi Street', 'Buyuk Ipak Yuli Avenue', 'Mustaqillik Avenue', 'Afrosiyob Street'], words: ['Amir Temur', 'Chorsu', 'Navoi', 'Silk Road', 'Tashkent City', 'Minor', 'Ankhor'] },
  { cityId: 'samarkand', count: 12, priceFactor: 0.8, districts: [['Registan', 0.0, 0.0], ['Old Town', 0.01, 0.01], ['University Boulevard', -0.005, -0.01]], streets: ['Registan Street', 'Tashkent Street', 'University Boulevard', 'Amir Temur Street'], words: ['Registan', 'Bibi-Khanym', 'Ulugbek', 'Afrosiyob', 'Gur-e-Amir', 'Silk Road'] },
  { cityId: 'bukhara', count: 8, priceFactor: 0.75, districts: [['Lyabi-Hauz', 0.0, 0.0], ['Old Town', 0.005, -0.005]], streets: ['Bakhouddin Naqshband Street', 'Mekhtar Ambar Street', 'Khoja Nurabad Street'], words: ['Lyabi-Hauz', 'Ark', 'Kalon', 'Caravan', 'Samanid'] },
  { cityId: 'istanbul', count: 30, priceFactor: 1.1, districts: [['Sultanahmet', 0.0, 0.0], ['Beyoğlu', 0.025, -0.005], ['Şişli', 0.05, 0.005], ['Beşiktaş', 0.035, 0.02], ['Kadıköy', -0.015, 0.05], ['Karaköy', 0.016, -0.002]], streets: ['İstiklal Caddesi', 'Divan Yolu Caddesi', 'Cumhuriyet Caddesi', 'Barbaros Bulvarı', 'Bağdat Caddesi', 'Kennedy Caddesi', 'Halaskargazi Caddesi'], words: ['Bosphorus', 'Galata', 'Golden Horn', 'Pera', 'Sultanahmet', 'Topkapı', 'Byzantion', 'Marmara'] },
  { cityId: 'dubai', count: 25, priceFactor: 1.35, resort: 'beach', districts: [['Downtown Dubai', 0.0, 0.0], ['Dubai Marina', -0.12, -0.13], ['Deira', 0.07, 0.04], ['Jumeirah', -0.03, -0.05], ['Business Bay', -0.01, 0.0], ['Palm Jumeirah', -0.09, -0.13], ['Al Barsha', -0.09, -0.07]], streets: ['Sheikh Zayed Road', 'Sheikh Mohammed bin Rashid Boulevard', 'Al Rigga Road', 'Jumeirah Beach Road', 'The Walk', 'Al Sufouh Road', 'Marasi Drive'], words: ['Marina', 'Creek', 'Palm', 'Dune', 'Gulf', 'Pearl', 'Oasis', 'Falcon', 'Desert Rose'] },
  { cityId: 'bishkek', count: 10, priceFactor: 0.75, districts: [['Centre', 0.0, 0.0], ['Oktyabrsky', -0.02, 0.03]], streets: ['Chuy Avenue', 'Erkindik Boulevard', 'Manas Avenue', 'Kievskaya Street'], words: ['Ala-Too', 'Issyk-Kul', 'Tengri', 'Manas', 'Tien Shan'] },
];

export const HOTEL_CITY_IDS: readonly string[] = HOTEL_CITIES.map((c) => c.cityId);

const GENERIC_WORDS = ['Grand', 'Park', 'Central', 'Royal', 'Garden', 'Skyline', 'Green', 'Sapphire', 'Amber', 'Crystal', 'Emerald', 'Panorama', 'Heritage', 'Orient', 'Continental', 'City', 'Premier', 'Plaza'];
const KINDS_BY_STARS: Record<number, string[]> = {
  2: ['Guest House', 'Inn', 'Hotel', 'Rooms'],
  3: ['Hotel', 'Inn', 'Boutique Hotel', 'City Hotel'],
  4: ['Hotel', 'Boutique Hotel', 'Residence', 'Suites', 'Hotel & Spa'],
  5: ['Palace', 'Grand Hotel', 'Hotel & Spa', 'Resort', 'Suites'],
};

const AMENITIES = ['WIFI', 'PARKING', 'AIR_CONDITIONING', 'RESTAURANT', 'BAR', 'ROOM_SERVICE', 'GYM', 'SPA', 'POOL', 'AIRPORT_SHUTTLE', 'FAMILY_ROOMS', 'ACCESSIBLE', 'PET_FRIENDLY', 'BEACH', 'LAUNDRY', 'NON_SMOKING'] as const;

const PHOTO_FILES: Record<string, number> = { exterior: 4, room: 4, lobby: 2, restaurant: 2, pool: 2, view: 2 };

type RoomTemplate = { code: string; maxOccupancy: number; beds: string; size: [number, number]; factor: number; minStars: number; maxStars: number };
const ROOM_TEMPLATES: RoomTemplate[] = [
  { code: 'SINGLE', maxOccupancy: 1, beds: 'SINGLE', size: [12, 16], factor: 0.75, minStars: 2, maxStars: 3 },
  { code: 'STANDARD_DOUBLE', maxOccupancy: 2, beds: 'DOUBLE', size: [16, 24], factor: 1, minStars: 2, maxStars: 5 },
  { code: 'STANDARD_TWIN', maxOccupancy: 2, beds: 'TWIN', size: [16, 24], factor: 1, minStars: 2, maxStars: 5 },
  { code: 'SUPERIOR_DOUBLE', maxOccupancy: 2, beds: 'QUEEN', size: [22, 30], factor: 1.2, minStars: 3, maxStars: 5 },
  { code: 'FAMILY_ROOM', maxOccupancy: 4, beds: 'DOUBLE_AND_TWO_SINGLES', size: [28, 40], factor: 1.6, minStars: 2, maxStars: 5 },
  { code: 'DELUXE_KING', maxOccupancy: 2, beds: 'KING', size: [28, 38], factor: 1.45, minStars: 4, maxStars: 5 },
  { code: 'JUNIOR_SUITE', maxOccupancy: 3, beds: 'KING_AND_SOFA_BED', size: [36, 50], factor: 1.9, minStars: 4, maxStars: 5 },
  { code: 'SUITE', maxOccupancy: 4, beds: 'KING_AND_SOFA_BED', size: [50, 90], factor: 2.6, minStars: 5, maxStars: 5 },
];

const NIGHTLY_USD_BY_STARS: Record<number, number> = { 2: 32, 3: 55, 4: 100, 5: 190 };

export function hotelCurrency(countryCode: string): CurrencyCode {
  if (countryCode === 'AZ') return 'AZN';
  if (countryCode === 'KZ') return 'KZT';
  if (countryCode === 'TR') return 'EUR';
  return 'USD';
}

/** Nightly hotel prices are filed to the whole unit (100 tenge in Kazakhstan). */
function nightlyMinor(usd: number, currency: CurrencyCode): number {
  return usdToMinor(usd, currency, currency === 'KZT' ? 10_000 : 100);
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type GeneratedHotel = { hotel: HotelRow; roomTypes: RoomTypeRow[]; ratePlans: RatePlanRow[] };

function hotelName(rng: Rng, def: HotelCityDef, stars: number, taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const kind = rng.pick(KINDS_BY_STARS[stars]!);
    const local = rng.pick(def.words);
    const name = rng.chance(0.3) ? `${rng.pick(GENERIC_WORDS)} ${local} ${kind}` : `${local} ${kind}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const fallback = `${rng.pick(def.words)} ${rng.pick(GENERIC_WORDS)} ${taken.size + 1}`;
  taken.add(fallback);
  return fallback;
}

function cancellationFor(rng: Rng, flexibleDays: number[]): CancellationPolicy {
  const daysBefore = rng.pick(flexibleDays);
  return rng.chance(0.55)
    ? { kind: 'FREE_UNTIL', daysBefore, penalty: { kind: 'FIRST_NIGHT' } }
    : { kind: 'FREE_UNTIL', daysBefore, penalty: { kind: 'PERCENT', percent: rng.pick([30, 50, 100]) } };
}

/**
 * Hotels with their room types and rate plans. Ids are sequential in a stable order, so the same
 * seed gives the same ids. Nights are generated separately (generateRoomNights) because there are
 * hundreds of thousands of them.
 */
export function generateHotels(seed: number): GeneratedHotel[] {
  const result: GeneratedHotel[] = [];
  let hotelId = 0;
  let roomTypeId = 0;
  let ratePlanId = 0;
  for (const def of HOTEL_CITIES) {
    const city = cityOf(def.cityId);
    const currency = hotelCurrency(city.countryCode);
    const taken = new Set<string>();
    for (let i = 0; i < def.count; i++) {
      const rng = rngFor(seed, 'hotel', def.cityId, i);
      const stars = rng.weighted([
        [2, 1],
        [3, 3.5],
        [4, 3.5],
        [5, def.resort || def.priceFactor >= 1 ? 2.5 : 1.5],
      ] as const);
      const name = hotelName(rng, def, stars, taken);
      const [district, dLat, dLon] = rng.pick(def.districts);
      const street = rng.pick(def.streets);
      const address = def.microdistricts
        ? `Microdistrict ${street}, building ${rng.int(1, 60)}, ${city.name.en}`
        : `${street} ${rng.int(1, 180)}, ${district}, ${city.name.en}`;
      const amenities = AMENITIES.filter((a) => {
        switch (a) {
          case 'WIFI':
          case 'NON_SMOKING':
            return true;
          case 'AIR_CONDITIONING':
            return stars >= 3 || rng.chance(0.5);
          case 'RESTAURANT':
          case 'ROOM_SERVICE':
          case 'LAUNDRY':
            return stars >= 4 || rng.chance(0.4);
          case 'BAR':
            return stars >= 4 ? rng.chance(0.9) : rng.chance(0.3);
          case 'GYM':
          case 'SPA':
            return stars === 5 || (stars === 4 && rng.chance(0.6));
          case 'POOL':
            return stars >= 4 && (def.resort !== undefined || rng.chance(0.45));
          case 'BEACH':
            return def.resort === 'beach' && stars >= 3 && rng.chance(0.6);
          case 'PARKING':
            return rng.chance(0.7);
          case 'AIRPORT_SHUTTLE':
            return stars >= 4 && rng.chance(0.5);
          case 'FAMILY_ROOMS':
            return rng.chance(0.6);
          case 'ACCESSIBLE':
            return stars >= 4 || rng.chance(0.3);
          case 'PET_FRIENDLY':
            return rng.chance(0.15);
          default:
            return false;
        }
      });
      const photoKinds = ['exterior', 'room', ...rng.sample(['lobby', 'restaurant', 'view', ...(amenities.includes('POOL') ? ['pool'] : [])], 2), 'room'];
      const photos = photoKinds.map((kind) => ({ kind, path: `/hotels/${kind}-${rng.int(1, PHOTO_FILES[kind]!)}.svg` }));
      hotelId++;
      const hotel: HotelRow = {
        id: hotelId,
        slug: `${slugify(name)}-${def.cityId}`,
        name,
        cityId: def.cityId,
        district,
        address,
        stars,
        lat: Number((city.lat + dLat + rng.real(-0.006, 0.006)).toFixed(5)),
        lon: Number((city.lon + dLon + rng.real(-0.006, 0.006)).toFixed(5)),
        timeZone: city.timeZone,
        currency,
        checkInTime: rng.pick(['14:00', '14:00', '15:00', '13:00']),
        checkOutTime: rng.pick(['12:00', '12:00', '11:00']),
        amenities,
        photos,
        reviewScore: Math.round(Math.min(9.8, rng.real(6.4, 8.2) + (stars - 3) * 0.5) * 10) / 10,
      };

      const eligible = ROOM_TEMPLATES.filter((t) => stars >= t.minStars && stars <= t.maxStars);
      const chosen = [eligible.find((t) => t.code === 'STANDARD_DOUBLE')!, ...rng.sample(eligible.filter((t) => t.code !== 'STANDARD_DOUBLE'), rng.int(1, Math.min(4, eligible.length - 1)))];
      const roomTypes: RoomTypeRow[] = [];
      const ratePlans: RatePlanRow[] = [];
      const nightlyUsd = NIGHTLY_USD_BY_STARS[stars]! * def.priceFactor * rng.real(0.85, 1.2);
      const flexibleDays = stars >= 4 ? [1, 2, 3, 7, 14] : [1, 2, 3];
      const defaultBoard: Board = stars === 2 ? 'RO' : 'BB';
      for (const t of ROOM_TEMPLATES.filter((rt) => chosen.includes(rt))) {
        roomTypeId++;
        roomTypes.push({
          id: roomTypeId,
          hotelId,
          code: t.code,
          maxOccupancy: t.maxOccupancy,
          beds: t.beds,
          sizeM2: rng.int(t.size[0], t.size[1]),
          baseAllotment: t.code === 'SUITE' ? rng.int(1, 2) : rng.int(2, 10),
          basePriceMinor: nightlyMinor(nightlyUsd * t.factor, currency),
        });
        const supplement = (board: Board) =>
          board === 'RO' ? 0 : nightlyMinor({ BB: 6, HB: 18, FB: 30, AI: 55 }[board] * (0.7 + stars * 0.15), currency);
        const plan = (code: string, board: Board, cancellation: CancellationPolicy, factor: number) => {
          ratePlanId++;
          ratePlans.push({ id: ratePlanId, roomTypeId, hotelId, code, board, cancellation, priceFactorBp: Math.round(factor * 10_000), boardSupplementMinor: supplement(board) });
        };
        plan(`FLEX_${defaultBoard}`, defaultBoard, cancellationFor(rng, flexibleDays), 1);
        if (rng.chance(0.75)) {
          const board: Board = defaultBoard === 'BB' && rng.chance(0.5) ? 'BB' : 'RO';
          plan(`NR_${board}`, board, { kind: 'NON_REFUNDABLE' }, rng.pick([0.85, 0.88, 0.9]));
        }
        if (stars >= 4 && (def.resort || rng.chance(0.3))) {
          const board: Board = def.resort === 'beach' && stars === 5 ? 'AI' : rng.pick(['HB', 'FB'] as const);
          plan(`FLEX_${board}`, board, { kind: 'FREE_UNTIL', daysBefore: rng.pick([7, 14]), penalty: { kind: 'PERCENT', percent: rng.pick([30, 50]) } }, 1);
        }
      }
      result.push({ hotel, roomTypes, ratePlans });
    }
  }
  return result;
}

function nightFactor(date: string, resort: HotelCityDef['resort']): number {
  const md = date.slice(5);
  const weekday = isoWeekday(date);
  let f = 1;
  if (md >= '12-28' || md <= '01-05') f *= 1.35;
  if (md >= '03-19' && md <= '03-25') f *= 1.15;
  if (resort === 'beach' && md >= '06-01' && md <= '09-15') f *= 1.4;
  if (resort === 'mountain' && (md >= '12-15' || md <= '03-10')) f *= 1.3;
  if (resort === 'mountain' && md >= '07-01' && md <= '08-31') f *= 1.2;
  // Leisure places fill up at weekends, business cities during the week.
  if (resort) f *= weekday >= 5 && weekday <= 6 ? 1.15 : 1;
  else f *= weekday <= 4 ? 1.05 : 0.95;
  return f;
}

export type RoomNightOptions = { seed: number; startDate: string; days: number };

/**
 * Allotment, sales so far and room-only price of every room type for every night of the window,
 * streamed hotel by hotel. A night's figures depend on the seed, the room type and the date only.
 */
export function* generateRoomNights(hotels: readonly GeneratedHotel[], options: RoomNightOptions): Generator<RoomNightRow> {
  const { seed, startDate, days } = options;
  const defByCity = new Map(HOTEL_CITIES.map((d) => [d.cityId, d]));
  for (const { hotel, roomTypes } of hotels) {
    const resort = defByCity.get(hotel.cityId)?.resort;
    for (const rt of roomTypes) {
      for (let d = 0; d < days; d++) {
        const night = addDays(startDate, d);
        const rng = rngFor(seed, 'night', hotel.slug, rt.code, night);
        const factor = nightFactor(night, resort) * rng.real(0.94, 1.08);
        const occupancy = Math.min(1, rng.real(0.1, 0.85) * (factor > 1.2 ? 1.3 : 1));
        const allotment = rng.chance(0.01) ? 0 : rt.baseAllotment;
        const sold = rng.chance(0.05) ? allotment : Math.floor(allotment * occupancy);
        const step = hotel.currency === 'KZT' ? 10_000 : 100;
        yield {
          roomTypeId: rt.id,
          night,
          allotment,
          sold,
          priceMinor: Math.max(step, Math.round((rt.basePriceMinor * factor) / step) * step),
        };
      }
    }
  }
}
