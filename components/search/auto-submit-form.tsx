'use client';

import Form from 'next/form';
import { useRef, type ReactNode } from 'react';

/**
 * A GET form that applies itself when a control changes (filters, sort). It keeps a real submit
 * button, so it works from the keyboard and without JavaScript too.
 */
export function AutoSubmitForm({ action, label, children, className }: { action: string; label: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLFormElement>(null);
  return (
    <Form
      ref={ref}
      action={action}
      aria-label={label}
      className={className}
      onChange={(e) => {
        // Number fields apply on Enter or with the button, not on every keystroke.
        if ((e.target as unknown as HTMLInputElement).type === 'number') return;
        ref.current?.requestSubmit();
      }}
    >
      {children}
    </Form>
  );
}
