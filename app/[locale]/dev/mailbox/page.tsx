import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { isMailboxEnabled } from '@/lib/mail/mail-mode';
import { listMailboxMessages } from '@/lib/mail/mailbox';

export async function generateMetadata({ params }: PageProps<'/[locale]/dev/mailbox'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mail' });
  return { title: t('outbox.title'), robots: { index: false } };
}

/** The embedded default's mail outbox. In any other mode it does not exist (checked here, on the server). */
export default async function MailboxPage({ params }: PageProps<'/[locale]/dev/mailbox'>) {
  if (!isMailboxEnabled()) notFound();
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [messages, t, format] = await Promise.all([listMailboxMessages(), getTranslations({ locale, namespace: 'mail' }), getFormatter({ locale })]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 id="outbox-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">{t('outbox.heading')}</h1>
        <p className="mt-2 max-w-2xl text-slate-700">{t('outbox.intro')}</p>
      </div>
      {messages.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        // Focusable, so keyboard users can scroll the table sideways on a narrow screen.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="outbox-heading">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-2">{t('outbox.subject')}</th>
                <th scope="col" className="px-2 py-2">{t('outbox.to')}</th>
                <th scope="col" className="px-2 py-2">{t('outbox.received')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-2">
                    <Link href={`/dev/mailbox/${message.id}`} className="font-medium text-brand-700 underline">
                      {message.subject}
                    </Link>
                  </td>
                  <td className="px-2 py-2 break-all">{message.to.join(', ')}</td>
                  <td className="px-2 py-2 whitespace-nowrap">
                    <time dateTime={message.createdAt.toISOString()}>
                      {format.dateTime(message.createdAt, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
