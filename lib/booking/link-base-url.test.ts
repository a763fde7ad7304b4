import { describe, expect, it } from 'vitest';
import { linkBaseUrl } from './link-base-url';

const appUrl = 'http://localhost:3000/';

describe('linkBaseUrl (issue 20, bug 1)', () => {
  it('embedded default: links go back to the loopback host the site was opened on', () => {
    expect(linkBaseUrl({ appUrl, mode: 'embedded', requestHost: '127.0.0.1:3000' })).toBe('http://127.0.0.1:3000');
    expect(linkBaseUrl({ appUrl, mode: 'embedded', requestHost: 'localhost:3000' })).toBe('http://localhost:3000');
    expect(linkBaseUrl({ appUrl, mode: 'embedded', requestHost: '[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('embedded default: any other host is ignored (no host-header injection)', () => {
    for (const host of ['evil.example', 'localhost.evil.example', '127.0.0.1.evil.example:3000', 'localhost:3000@evil.example', 'localhost:3000/x', '']) {
      expect(linkBaseUrl({ appUrl, mode: 'embedded', requestHost: host })).toBe('http://localhost:3000');
    }
  });

  it('production keeps APP_URL whatever the Host header says', () => {
    expect(linkBaseUrl({ appUrl: 'https://karvan.example', mode: 'production', requestHost: '127.0.0.1:3000' })).toBe('https://karvan.example');
  });
});
