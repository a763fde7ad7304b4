/**
 * Said above search results when a supplier could not answer (down, slow, circuit open): the offers
 * shown are real, but not all there may be (issue 21).
 */
export function UnavailableNote({ text }: { text: string }) {
  return (
    <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="results-unavailable">
      {text}
    </p>
  );
}
