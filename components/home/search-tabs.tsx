'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type SearchTab = { id: string; label: string; panel: ReactNode };

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active tab is in the tab order. */
export function SearchTabs({ tabs, label }: { tabs: SearchTab[]; label: string }) {
  const [active, setActive] = useState(0);
  const baseId = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function focusTab(index: number) {
    const next = (index + tabs.length) % tabs.length;
    setActive(next);
    refs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  }

  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div role="tablist" aria-label={label} className="flex border-b border-slate-200">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={index === active}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={index === active ? 0 : -1}
            onClick={() => setActive(index)}
            onKeyDown={onKeyDown}
            className={
              index === active
                ? 'min-w-0 flex-1 border-b-2 border-brand-600 px-2 py-3 text-sm font-semibold [overflow-wrap:anywhere] text-brand-800 sm:px-4'
                : 'min-w-0 flex-1 border-b-2 border-transparent px-2 py-3 text-sm [overflow-wrap:anywhere] text-slate-600 hover:text-brand-700 sm:px-4'
            }
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={index !== active}
          tabIndex={0}
          className="p-4 sm:p-6"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
