import type { MouseEvent, Ref } from 'react';

export type SummaryEntry = { /** the field's id */ target: string; text: string };

/**
 * The box above a form that came back with errors: what went wrong, then one link per field, each naming
 * the field, to its control. Server-renderable (the search forms); a client form may pass `onFollow` to move
 * the focus (a fragment link only scrolls) and `ref` to focus the box itself.
 */
export function ErrorSummary({
  title,
  details,
  entries = [],
  onFollow,
  ref,
}: {
  title: string;
  details?: string;
  entries?: readonly SummaryEntry[];
  onFollow?: (event: MouseEvent<HTMLAnchorElement>, target: string) => void;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      {details && <p>{details}</p>}
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {entries.map((entry) => (
            <li key={entry.target}>
              <a href={`#${entry.target}`} onClick={onFollow && ((event) => onFollow(event, entry.target))} className="underline">
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
