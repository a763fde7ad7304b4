'use client';

import { createContext, useContext, type ReactNode } from 'react';

export type ErrorTexts = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The error boundary's words, given by the root layout: public pages have no messages provider (it
 * would ship next-intl's message formatter to every page, issue 19, point 5), and an error boundary
 * gets no props from the server.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error('ErrorTextsProvider is missing above the error boundary');
  return texts;
}
