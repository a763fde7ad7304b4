/**
 * Links between the hotel results and a hotel's page that keep the traveller's search: the page is
 * reached with the whole results query (city, stay, filters, sort, page, display currency), so its
 * "Back to results" returns to the same list (issue 20, bug 6). Unknown keys are harmless there: the
 * hotel page reads only the stay.
 */
export function hotelPageQuery(resultsQuery: URLSearchParams): string {
  return resultsQuery.toString();
}

/** The results query to go back to: the one the page was reached with, else the hotel's city. */
export function backToHotelResults(pageQuery: URLSearchParams, cityId: string): string {
  const back = new URLSearchParams(pageQuery);
  if (!back.get('city')) back.set('city', cityId);
  return `/hotels?${back.toString()}`;
}
