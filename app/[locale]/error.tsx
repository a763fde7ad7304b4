'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <section role="alert" className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">{t('error.title')}</h1>
      <p className="text-slate-700">{t('error.body')}</p>
      <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t('error.retry')}
      </button>
    </section>
  );
}
