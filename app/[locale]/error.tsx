'use client';

import { useErrorTexts } from '@/components/layout/error-texts';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <section role="alert" className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-slate-700">{t.body}</p>
      <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t.retry}
      </button>
    </section>
  );
}
