import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { isMailboxEnabled } from '@/lib/mail/mail-mode';
import { getMailboxMessage } from '@/lib/mail/mailbox';
import { linksIn } from '@/lib/mail/links-in';
import { MessageFrame } from '@/components/mail/message-frame';

export async function generateMetadata({ params }: PageProps<'/[locale]/dev/mailbox/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mail' });
  return { title: t('outbox.title'), robots: { index: false } };
}

export default async function MailboxMessagePage({ params }: PageProps<'/[locale]/dev/mailbox/[id]'>) {
  if (!isMailboxEnabled()) notFound();
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const message = await getMailboxMessage(id);
  if (!message) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'mail' }), getFormatter({ locale })]);
  const links = linksIn(message.text ?? '', message.html ?? '');

  return (
    <article className="flex flex-col gap-6">
      <Link href="/dev/mailbox" className="text-sm text-brand-700 underline">{t('outbox.back')}</Link>
      <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{message.subject}</h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-600">{t('outbox.from')}</dt>
        <dd className="break-all">{message.from}</dd>
        <dt className="font-medium text-slate-600">{t('outbox.to')}</dt>
        <dd className="break-all">{message.to.join(', ')}</dd>
        <dt className="font-medium text-slate-600">{t('outbox.received')}</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>
            {format.dateTime(message.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })}
          </time>
        </dd>
      </dl>

      {links.length > 0 && (
        <section aria-labelledby="links-heading" className="flex flex-col gap-2">
          <h2 id="links-heading" className="text-lg font-semibold">{t('outbox.links')}</h2>
          <ul className="flex flex-col gap-1">
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} className="break-all text-brand-700 underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {message.html && (
        <section aria-labelledby="html-heading" className="flex flex-col gap-2">
          <h2 id="html-heading" className="text-lg font-semibold">{t('outbox.html')}</h2>
          <MessageFrame html={message.html} title={t('outbox.frameTitle', { subject: message.subject })} />
        </section>
      )}

      {message.text && (
        <section aria-labelledby="text-heading" className="flex flex-col gap-2">
          <h2 id="text-heading" className="text-lg font-semibold">{t('outbox.text')}</h2>
          {/* Focusable, so keyboard users can scroll a long line sideways. */}
          <pre tabIndex={0} aria-labelledby="text-heading" className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-sm whitespace-pre-wrap">
            {message.text}
          </pre>
        </section>
      )}

      <section aria-labelledby="attachments-heading" className="flex flex-col gap-2">
        <h2 id="attachments-heading" className="text-lg font-semibold">{t('outbox.attachments')}</h2>
        <ul className="flex flex-col gap-1">
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={`/api/mailbox/${message.id}/attachments/${attachment.id}`} download={attachment.filename} className="text-brand-700 underline">
                {t('outbox.download', { filename: attachment.filename, size: attachment.size })}
              </a>
            </li>
          ))}
          <li>
            <a href={`/api/mailbox/${message.id}/raw`} download className="text-brand-700 underline">
              {t('outbox.raw')}
            </a>
          </li>
        </ul>
      </section>
    </article>
  );
}
