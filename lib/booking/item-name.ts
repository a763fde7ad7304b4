/**
 * The one customer-facing name of a booked item, in the reader's language, from the stored offer and the
 * message catalogs (search.json: room types, boards, fare families, vehicle classes) — never a supplier
 * or enum code. Every page, mail and PDF that names an item calls this. The stored `OrderItem.title` is
 * only the fallback for an item whose offer cannot be read.
 */
import { createTranslator } from 'use-intl/core';
import type { Prisma } from '@/lib/db/generated/client';
import type { Offer } from '@/lib/inventory/supplier';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { offerFromJson } from './offer-json';

type Translate = (key: string) => string;

function searchTranslator(locale: Locale): Translate {
  // An unknown code (a new supplier value) reads as its code rather than failing the page.
  const codeOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);
  const t = createTranslator({
    locale,
    messages: loadMessages(locale) as never,
    namespace: 'search' as never,
    onError: () => undefined,
    getMessageFallback: ({ key }) => codeOf(key),
  }) as unknown as (key: string) => string;
  return (key) => t(key);
}

/** Catalog names of an offer's codes, in one language. */
export function offerLabels(locale: Locale) {
  const t = searchTranslator(locale);
  return {
    roomType: (code: string) => t(`hotels.roomTypes.${code}`),
    board: (code: string) => t(`hotels.boards.${code}`),
    fareFamily: (code: string) => t(`flights.families.${code}`),
    vehicleClass: (code: string) => t(`transfers.classes.${code}`),
  };
}

function localized(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  const names = (value ?? {}) as Record<string, string | undefined>;
  return names[locale] ?? names.en ?? '';
}

/** The stored offer of an order item's snapshot, when it is one of the kind booked. */
function offerOfSnapshot(snapshot: Prisma.JsonValue | undefined, kind: string): Offer | null {
  const stored = (snapshot as Prisma.JsonObject | null | undefined)?.offer;
  if (!stored || typeof stored !== 'object') return null;
  try {
    const offer = offerFromJson(stored);
    return offer.kind === kind ? offer : null;
  } catch {
    return null;
  }
}

export function offerName(offer: Offer, locale: Locale): string {
  const names = offerLabels(locale);
  switch (offer.kind) {
    case 'FLIGHT': {
      const route = offer.slices.map((s) => `${s.origin}–${s.destination}`).join(', ');
      return `${offer.airline.name} ${route}, ${names.fareFamily(offer.fareFamily.code)}`;
    }
    case 'HOTEL':
      return `${offer.hotel.name}, ${names.roomType(offer.roomType.code)} (${names.board(offer.ratePlan.board)})`;
    case 'TRANSFER':
      return `${offer.airport.code} → ${localized(offer.zone.name, locale)} (${names.vehicleClass(offer.vehicleClass)})`;
  }
}

/** The name of a booked item: from its offer when readable, else its stored title. */
export function itemName(item: { kind: string; title: string; snapshot?: Prisma.JsonValue }, locale: Locale): string {
  const offer = offerOfSnapshot(item.snapshot, item.kind);
  return offer ? offerName(offer, locale) : item.title;
}
