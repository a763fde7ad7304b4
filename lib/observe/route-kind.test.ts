import { describe, expect, it } from 'vitest';
import { routeKind } from './route-kind';

describe('routeKind', () => {
  it.each([
    ['/_next/static/chunks/a.js', 'asset'],
    ['/hotels/room-1.svg', 'asset'],
    ['/api/health', 'health'],
    ['/api/ready', 'health'],
    ['/api/payments/webhook', 'webhook'],
    ['/api/auth/session', 'api'],
    ['/en/flights', 'search'],
    ['/ru/hotels', 'search'],
    ['/en/flights/q', 'search'],
    ['/en/flights/offer/abc', 'offer'],
    ['/az/hotels/grand-baku', 'offer'],
    ['/en/trip', 'trip'],
    ['/en/checkout', 'checkout'],
    ['/en/sandbox-pay/cs_1', 'checkout'],
    ['/kk/booking/KRV-123', 'booking'],
    ['/en/account/profile', 'account'],
    ['/en', 'page'],
    ['/', 'page'],
    ['/en/legal/agreement', 'page'],
  ])('%s is %s', (path, kind) => {
    expect(routeKind(path)).toBe(kind);
  });
});
