import { describe, expect, it } from 'vitest';
import { canonicalQuery, decodeQuerySegment, internalRouteKind, publicPage } from './public-pages';

const page = (url: string, cookie?: string) => {
  const u = new URL(url, 'http://localhost');
  return publicPage(u.pathname, u.searchParams, cookie);
};

describe('public pages (issue 19)', () => {
  it('serves home, legal documents and search pages from the cache; everything else is personal', () => {
    expect(page('/en')).toEqual({ kind: 'home', locale: 'en', rewrite: null });
    expect(page('/kk/')).toEqual({ kind: 'home', locale: 'kk', rewrite: null });
    expect(page('/ru/legal/privacy')?.kind).toBe('legal');
    for (const personal of ['/en/legal/unknown', '/en/trip', '/en/checkout', '/en/account', '/en/booking/KRV-7K3Q9P', '/en/support', '/en/admin/fees', '/en/signin', '/en/cookies/settings', '/en/dev/mailbox', '/xx/flights', '/flights', '/en/flights/offer', '/en/hotels/a/b']) {
      expect(page(personal), personal).toBeNull();
    }
  });

  it('rewrites a query-string page to its internal route, with the query as the cache key', () => {
    const rewrite = page('/en/flights?to=ALA&from=GYD&adults=1')!.rewrite!;
    expect(rewrite).toMatch(/^\/en\/flights\/q\/AZN\/[A-Za-z0-9_-]+$/);
    expect(decodeQuerySegment(rewrite.split('/').at(-1)!)!.toString()).toBe('adults=1&from=GYD&to=ALA');
    expect(page('/en/flights')!.rewrite).toBe('/en/flights/q/AZN/-');
    expect(page('/az/hotels/royal-medeu?checkIn=2027-01-10')).toMatchObject({ kind: 'hotel', rewrite: expect.stringMatching(/^\/az\/hotels\/royal-medeu\/q\/AZN\//) });
    expect(page('/en/flights/offer/F.1-0-0.55180?from=GYD')).toMatchObject({ kind: 'offer', rewrite: expect.stringMatching(/^\/en\/flights\/offer\/F\.1-0-0\.55180\/q\/AZN\//) });
    expect(page('/en/transfers/offer/T.4.ECONOMY.2027-01-10T08:00')).toMatchObject({ kind: 'offer' });
  });

  it('gives one spelling of a query one key: order, empty values, campaign tags and the RSC marker do not count', () => {
    const key = (url: string) => page(url)!.rewrite;
    expect(key('/en/flights?b=2&a=1')).toBe(key('/en/flights?a=1&b=2&utm_source=mail&return=&_rsc=x1'));
    expect(key('/en/flights?a=1')).not.toBe(key('/en/flights?a=2'));
    // Repeated keys keep every value (filters such as several airlines).
    expect(canonicalQuery(new URLSearchParams('airline=TK&airline=J2&from=GYD'))).toBe('airline=TK&airline=J2&from=GYD');
  });

  it('puts the display currency in the key: the URL first, then the remembered choice, never unknown values', () => {
    expect(page('/en/flights?from=GYD&cur=EUR')!.rewrite).toMatch(/\/q\/EUR\//);
    expect(page('/en/flights?from=GYD', 'KZT')!.rewrite).toMatch(/\/q\/KZT\//);
    expect(page('/en/flights?from=GYD&cur=USD', 'KZT')!.rewrite).toMatch(/\/q\/USD\//);
    expect(page('/en/flights?from=GYD&cur=XXX', 'nonsense')!.rewrite).toMatch(/\/q\/AZN\//);
    // Without a choice, the language's currency (issue 20): tenge in Kazakh, manat in Azerbaijani.
    expect(page('/kk/flights?from=GYD')!.rewrite).toMatch(/^\/kk\/flights\/q\/KZT\//);
    expect(page('/az/hotels?city=ALA')!.rewrite).toMatch(/^\/az\/hotels\/q\/AZN\//);
    expect(page('/kk/flights?from=GYD', 'EUR')!.rewrite).toMatch(/\/q\/EUR\//);
    // The URL's own choice stays in the query (its links keep it); a remembered one does not.
    expect(decodeQuerySegment(page('/en/flights?from=GYD&cur=EUR')!.rewrite!.split('/').at(-1)!)!.get('cur')).toBe('EUR');
    expect(decodeQuerySegment(page('/en/flights?from=GYD', 'KZT')!.rewrite!.split('/').at(-1)!)!.get('cur')).toBeNull();
  });

  it('does not cache a query longer than anyone types', () => {
    expect(page(`/en/flights?from=${'A'.repeat(2000)}`)).toBeNull();
  });

  it('knows its internal routes: the proxy runs again on them, and they stay the same public page', () => {
    expect(internalRouteKind('/en/flights/q/none/-')).toBe('results');
    expect(internalRouteKind('/ru/hotels/royal-medeu/q/EUR/YWJj')).toBe('hotel');
    expect(internalRouteKind('/en/flights/offer/F.1-0-0.55180/q/none/-')).toBe('offer');
    expect(internalRouteKind('/en/flights')).toBeNull();
    expect(internalRouteKind('/en/hotels/quba-hotel')).toBeNull();
    expect(page('/en/flights/q/none/-')).toEqual({ kind: 'results', locale: 'en', rewrite: null });
  });

  it('reads back only segments it could have written', () => {
    expect(decodeQuerySegment('-')!.toString()).toBe('');
    expect(decodeQuerySegment('a/b')).toBeNull();
  });
});
