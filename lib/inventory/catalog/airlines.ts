import { rngFor } from './prng';
import { usdToMinor } from './money';
import type { AirlineRow, Cabin, ChangeRule, CurrencyCode, FareFamilyRow, RefundRule } from './types';

type AirlineDef = AirlineRow & {
  /** aircraft by stage length: up to 1,500 km, up to 4,000 km, beyond */
  fleet: [short: string, medium: string, long: string];
  hasBusiness: boolean;
  /** price level relative to a typical full-service carrier */
  priceFactor: number;
  /** first flight number; outbound numbers are odd, the return leg the next even number */
  firstNumber: number;
};

export const AIRLINE_DEFS: readonly AirlineDef[] = [
  { code: 'J2', name: 'Azerbaijan Airlines (AZAL)', countryCode: 'AZ', currency: 'AZN', lowCost: false, fleet: ['Airbus A320neo', 'Airbus A320neo', 'Boeing 787-8'], hasBusiness: true, priceFactor: 1, firstNumber: 11 },
  { code: 'KC', name: 'Air Astana', countryCode: 'KZ', currency: 'KZT', lowCost: false, fleet: ['Airbus A320neo', 'Airbus A321neo', 'Airbus A321LR'], hasBusiness: true, priceFactor: 1.05, firstNumber: 901 },
  { code: 'FS', name: 'FlyArystan', countryCode: 'KZ', currency: 'KZT', lowCost: true, fleet: ['Airbus A320', 'Airbus A320neo', 'Airbus A321neo'], hasBusiness: false, priceFactor: 0.62, firstNumber: 7101 },
  { code: 'DV', name: 'SCAT Airlines', countryCode: 'KZ', currency: 'KZT', lowCost: false, fleet: ['Boeing 737-800', 'Boeing 737 MAX 8', 'Boeing 737 MAX 8'], hasBusiness: true, priceFactor: 0.85, firstNumber: 701 },
  { code: 'HY', name: 'Uzbekistan Airways', countryCode: 'UZ', currency: 'USD', lowCost: false, fleet: ['Airbus A320neo', 'Airbus A321neo', 'Boeing 787-8'], hasBusiness: true, priceFactor: 0.95, firstNumber: 51 },
  { code: 'TK', name: 'Turkish Airlines', countryCode: 'TR', currency: 'USD', lowCost: false, fleet: ['Airbus A321neo', 'Boeing 737 MAX 8', 'Airbus A330-300'], hasBusiness: true, priceFactor: 1.1, firstNumber: 301 },
  { code: 'PC', name: 'Pegasus Airlines', countryCode: 'TR', currency: 'EUR', lowCost: true, fleet: ['Airbus A320neo', 'Airbus A321neo', 'Airbus A321neo'], hasBusiness: false, priceFactor: 0.66, firstNumber: 2101 },
  { code: 'FZ', name: 'flydubai', countryCode: 'AE', currency: 'USD', lowCost: false, fleet: ['Boeing 737 MAX 8', 'Boeing 737 MAX 8', 'Boeing 737 MAX 9'], hasBusiness: true, priceFactor: 0.9, firstNumber: 701 },
  { code: 'A9', name: 'Georgian Airways', countryCode: 'GE', currency: 'USD', lowCost: false, fleet: ['Embraer 190', 'Boeing 737-800', 'Boeing 737-800'], hasBusiness: true, priceFactor: 1, firstNumber: 601 },
  { code: 'QR', name: 'Qatar Airways', countryCode: 'QA', currency: 'USD', lowCost: false, fleet: ['Airbus A320', 'Boeing 787-8', 'Airbus A350-900'], hasBusiness: true, priceFactor: 1.15, firstNumber: 251 },
  { code: 'LH', name: 'Lufthansa', countryCode: 'DE', currency: 'EUR', lowCost: false, fleet: ['Airbus A321', 'Airbus A321neo', 'Airbus A350-900'], hasBusiness: true, priceFactor: 1.2, firstNumber: 641 },
  { code: 'LO', name: 'LOT Polish Airlines', countryCode: 'PL', currency: 'EUR', lowCost: false, fleet: ['Embraer 195', 'Boeing 737 MAX 8', 'Boeing 787-9'], hasBusiness: true, priceFactor: 1, firstNumber: 231 },
  { code: 'BT', name: 'airBaltic', countryCode: 'LV', currency: 'EUR', lowCost: false, fleet: ['Airbus A220-300', 'Airbus A220-300', 'Airbus A220-300'], hasBusiness: true, priceFactor: 0.9, firstNumber: 101 },
  { code: 'OS', name: 'Austrian Airlines', countryCode: 'AT', currency: 'EUR', lowCost: false, fleet: ['Airbus A320', 'Airbus A320neo', 'Boeing 777-200ER'], hasBusiness: true, priceFactor: 1.15, firstNumber: 521 },
];

export const AIRLINES: readonly AirlineRow[] = AIRLINE_DEFS.map(({ code, name, countryCode, currency, lowCost }) => ({
  code,
  name,
  countryCode,
  currency,
  lowCost,
}));

const airlineByCode = new Map(AIRLINE_DEFS.map((a) => [a.code, a]));

export function airlineOf(code: string): AirlineDef {
  const airline = airlineByCode.get(code);
  if (!airline) throw new Error(`unknown airline ${code}`);
  return airline;
}

type FamilyTemplate = {
  code: string;
  cabin: Cabin;
  bookingClass: string;
  checkedBags: number;
  checkedBagKg: number;
  cabinBagKg: number;
  /** refund penalty in USD before rounding into the airline's currency; null = non-refundable */
  refundPenaltyUsd: number | null;
  /** change fee in USD; null = not changeable */
  changeFeeUsd: number | null;
  /** price of the family relative to the cheapest economy fare */
  multiplier: number;
  /** added to the cheapest economy fare, USD */
  addUsd: number;
};

const FULL_SERVICE: FamilyTemplate[] = [
  { code: 'LIGHT', cabin: 'ECONOMY', bookingClass: 'V', checkedBags: 0, checkedBagKg: 0, cabinBagKg: 8, refundPenaltyUsd: null, changeFeeUsd: 60, multiplier: 1, addUsd: 0 },
  { code: 'STANDARD', cabin: 'ECONOMY', bookingClass: 'M', checkedBags: 1, checkedBagKg: 23, cabinBagKg: 8, refundPenaltyUsd: 70, changeFeeUsd: 40, multiplier: 1.25, addUsd: 15 },
  { code: 'FLEX', cabin: 'ECONOMY', bookingClass: 'Y', checkedBags: 2, checkedBagKg: 23, cabinBagKg: 8, refundPenaltyUsd: 25, changeFeeUsd: 0, multiplier: 1.7, addUsd: 30 },
  { code: 'BUSINESS', cabin: 'BUSINESS', bookingClass: 'I', checkedBags: 2, checkedBagKg: 32, cabinBagKg: 12, refundPenaltyUsd: 120, changeFeeUsd: 50, multiplier: 3, addUsd: 80 },
  { code: 'BUSINESS_FLEX', cabin: 'BUSINESS', bookingClass: 'J', checkedBags: 2, checkedBagKg: 32, cabinBagKg: 12, refundPenaltyUsd: 0, changeFeeUsd: 0, multiplier: 3.8, addUsd: 120 },
];

// Low-cost carriers sell the seat alone and charge for everything else.
const LOW_COST: FamilyTemplate[] = [
  { code: 'LIGHT', cabin: 'ECONOMY', bookingClass: 'O', checkedBags: 0, checkedBagKg: 0, cabinBagKg: 7, refundPenaltyUsd: null, changeFeeUsd: null, multiplier: 1, addUsd: 0 },
  { code: 'STANDARD', cabin: 'ECONOMY', bookingClass: 'S', checkedBags: 1, checkedBagKg: 20, cabinBagKg: 7, refundPenaltyUsd: null, changeFeeUsd: 35, multiplier: 1.2, addUsd: 12 },
  { code: 'FLEX', cabin: 'ECONOMY', bookingClass: 'F', checkedBags: 1, checkedBagKg: 20, cabinBagKg: 10, refundPenaltyUsd: 30, changeFeeUsd: 0, multiplier: 1.6, addUsd: 25 },
];

export function familyTemplatesOf(airlineCode: string): readonly FamilyTemplate[] {
  const airline = airlineOf(airlineCode);
  if (airline.lowCost) return LOW_COST;
  return airline.hasBusiness ? FULL_SERVICE : FULL_SERVICE.filter((f) => f.cabin === 'ECONOMY');
}

/**
 * Fare families of every airline with their structured rules. Penalties and fees are filed in
 * the airline's currency per passenger; each airline's amounts differ a little from the template.
 * Ids are stable: airline index × 10 + family index.
 */
export function generateFareFamilies(seed: number): FareFamilyRow[] {
  const rows: FareFamilyRow[] = [];
  AIRLINE_DEFS.forEach((airline, airlineIndex) => {
    familyTemplatesOf(airline.code).forEach((t, familyIndex) => {
      const rng = rngFor(seed, 'fare-family', airline.code, t.code);
      const jitter = () => rng.real(0.85, 1.2);
      const currency: CurrencyCode = airline.currency;
      const refund: RefundRule =
        t.refundPenaltyUsd === null
          ? { kind: 'NON_REFUNDABLE' }
          : { kind: 'REFUNDABLE', penaltyMinor: t.refundPenaltyUsd === 0 ? 0 : usdToMinor(t.refundPenaltyUsd * jitter(), currency) };
      const change: ChangeRule =
        t.changeFeeUsd === null
          ? { kind: 'NOT_CHANGEABLE' }
          : { kind: 'CHANGEABLE', feeMinor: t.changeFeeUsd === 0 ? 0 : usdToMinor(t.changeFeeUsd * jitter(), currency) };
      rows.push({
        id: (airlineIndex + 1) * 10 + familyIndex,
        airlineCode: airline.code,
        cabin: t.cabin,
        code: t.code,
        currency,
        checkedBags: t.checkedBags,
        checkedBagKg: t.checkedBagKg,
        cabinBagKg: t.cabinBagKg,
        refund,
        change,
        rank: familyIndex,
      });
    });
  });
  return rows;
}
