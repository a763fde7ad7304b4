import { describe, expect, it } from 'vitest';
import { isForeignServerActionPost } from './action-origin';

const post = (headers: Record<string, string>) => isForeignServerActionPost('POST', new Headers(headers));

describe('isForeignServerActionPost', () => {
  it('refuses a server action whose Origin is another host', () => {
    expect(post({ 'next-action': 'abc', origin: 'https://evil.example', host: 'localhost:3000' })).toBe(true);
    expect(post({ 'next-action': 'abc', origin: 'null', host: 'localhost:3000' })).toBe(true);
    expect(post({ 'next-action': 'abc', origin: 'http://localhost:3001', host: 'localhost:3000' })).toBe(true);
  });

  it('accepts the same host, or the host a proxy forwarded', () => {
    expect(post({ 'next-action': 'abc', origin: 'http://localhost:3000', host: 'localhost:3000' })).toBe(false);
    expect(post({ 'next-action': 'abc', origin: 'https://karvan.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'karvan.example, 10.0.0.5' })).toBe(false);
  });

  it('leaves alone what is not a server-action POST with an Origin', () => {
    expect(post({ origin: 'https://evil.example', host: 'localhost:3000' })).toBe(false);
    expect(post({ 'next-action': 'abc', host: 'localhost:3000' })).toBe(false);
    expect(isForeignServerActionPost('GET', new Headers({ 'next-action': 'abc', origin: 'https://evil.example', host: 'localhost:3000' }))).toBe(false);
  });
});
