import type { ReactNode } from 'react';

type Props = {
  headingId: string;
  heading: string;
  /** above the grid, full width (the fare calendar) */
  top?: ReactNode;
  filters: ReactNode;
  /** under the filters on wide screens, after the results on phones (save this search) */
  extra?: ReactNode;
  sort: ReactNode;
  note?: ReactNode;
  /** shown instead of the list when nothing matches */
  empty: { title: string; body: string } | null;
  pagination: ReactNode;
  /** after the pagination (the indicative-prices notice, Agreement 4.6) */
  footnote?: ReactNode;
  /** the result cards, each an `<li>` */
  children: ReactNode;
};

/**
 * The results area of every search page. One grid from the same HTML: on phones the one-line
 * filter toggle, then the results, then the extras; from 1024 px filters and extras in a sidebar
 * beside the results.
 */
export function ResultsLayout({ headingId, heading, top, filters, extra, sort, note, empty, pagination, footnote, children }: Props) {
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 sm:gap-4">
      <h2 id={headingId} className="text-lg font-semibold sm:text-xl" aria-live="polite">
        {heading}
      </h2>
      {top}
      <div className="grid gap-3 sm:gap-4 lg:grid-cols-[16rem_1fr] lg:grid-rows-[auto_1fr] lg:gap-x-6">
        <div className="lg:col-start-1 lg:row-start-1">{filters}</div>
        <div className="flex min-w-0 flex-col gap-3 sm:gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {sort}
          {note}
          {empty ? (
            <div className="rounded-xl border border-slate-200 bg-white p-6">
              <p className="font-semibold">{empty.title}</p>
              <p className="text-slate-700">{empty.body}</p>
            </div>
          ) : (
            <ol className="flex flex-col gap-4">{children}</ol>
          )}
          {pagination}
          {footnote}
        </div>
        {extra && <div className="lg:col-start-1 lg:row-start-2 lg:self-start">{extra}</div>}
      </div>
    </section>
  );
}
