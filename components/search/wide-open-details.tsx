'use client';

import type { ReactNode } from 'react';

/**
 * A `<details>` disclosure below 1024 px and an always-open block from 1024 px (globals.css,
 * `.wide-open`), so phones see the results first and desktops the sidebar, from the same HTML and
 * without layout shift. The summary is a native button for the keyboard; Escape closes it and
 * returns focus, which is all the script adds — without JavaScript the details still opens and closes.
 */
export function WideOpenDetails({ summary, className, summaryClassName, children }: { summary: ReactNode; className?: string; summaryClassName?: string; children: ReactNode }) {
  return (
    <details
      className={`wide-open ${className ?? ''}`}
      onKeyDown={(e) => {
        const details = e.currentTarget;
        const toggle = details.querySelector('summary');
        if (e.key !== 'Escape' || !details.open || !toggle || toggle.offsetParent === null) return;
        details.open = false;
        toggle.focus();
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {children}
    </details>
  );
}
