import { describe, expect, it } from 'vitest';
import { addRecentSearch, parseRecentSearches, type RecentSearch } from './recent-searches';

const baku: RecentSearch = { kind: 'flights', query: 'from=baku&to=istanbul&depart=2026-12-20', title: 'Baku to Istanbul, 20 Dec' };

describe('recent searches', () => {
  it('keeps the newest first, each search once, at most five, without the page number', () => {
    let list: RecentSearch[] = [];
    for (let i = 0; i < 7; i++) list = addRecentSearch(list, { kind: 'hotels', query: `city=baku&checkIn=2026-12-1${i}`, title: `Baku ${i}` });
    list = addRecentSearch(list, { ...baku, query: `${baku.query}&page=3` });
    list = addRecentSearch(list, baku);
    expect(list).toHaveLength(5);
    expect(list[0]).toEqual(baku);
    expect(list.filter((e) => e.kind === 'flights')).toHaveLength(1);
    expect(list[1]!.title).toBe('Baku 6');
  });

  it('reads back only well-formed entries and never throws on what the browser holds', () => {
    const stored = JSON.stringify([baku, { kind: 'cars', query: 'a=1', title: 'x' }, { kind: 'hotels', query: 'x=<script>', title: 'y' }, { kind: 'hotels', query: 'city=baku', title: '' }]);
    expect(parseRecentSearches(stored)).toEqual([baku]);
    expect(parseRecentSearches('{not json')).toEqual([]);
    expect(parseRecentSearches(null)).toEqual([]);
    expect(parseRecentSearches('{"kind":"flights"}')).toEqual([]);
  });

  it('stores a query only URL-encoded, so it can never become markup or a link of its own', () => {
    expect(addRecentSearch([], { ...baku, query: 'city=<script>&x="y"' })[0]!.query).toBe('city=%3Cscript%3E&x=%22y%22');
    expect(addRecentSearch([], { ...baku, title: '' })).toEqual([]);
  });
});
