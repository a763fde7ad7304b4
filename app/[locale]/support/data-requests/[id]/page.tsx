import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import { formatWithZone } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { NotFoundError } from '@/lib/auth/errors';
import { currentRequestContext, requireRole } from '@/lib/auth/viewer';
import { getDataRequestForStaff } from '@/lib/privacy/staff-data-requests';
import { DataRequestStatusForm } from '@/components/privacy/data-request-status-form';
import { card, h1, h2, link, status as statusClass } from '@/components/privacy/ui';
import { updateDataRequestStatusAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/data-requests/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.staff' });
  return { title: t('detailTitle'), robots: { index: false } };
}

/** One request in full; opening it is logged as a staff read of personal data. */
export default async function DataRequestPage({ params, searchParams }: PageProps<'/[locale]/support/data-requests/[id]'>) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  const query = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: `/support/data-requests/${id}` }, 'SUPPORT', 'ADMIN');
  let request;
  try {
    request = await getDataRequestForStaff(viewer, id, await currentRequestContext());
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const [t] = await Promise.all([getTranslations({ locale, namespace: 'privacy' })]);
  const date = (d: Date | null) => (d ? formatWithZone(d, 'UTC', locale as Locale) : '—');
  const fields: [string, string | null][] = [
    [t('staff.fields.kind'), t(`request.kinds.${request.kind}.label`)],
    [t('staff.fields.origin'), t(`staff.origins.${request.origin}`)],
    [t('staff.fields.status'), t(`statuses.${request.status}`)],
    [t('staff.fields.email'), request.email],
    [t('staff.fields.name'), request.name],
    [t('staff.fields.account'), request.userId],
    [t('staff.fields.order'), request.orderReference],
    [t('staff.fields.authority'), request.authorityName],
    [t('staff.fields.authorityReference'), request.authorityReference],
    [t('staff.fields.language'), request.locale],
    [t('staff.fields.received'), date(request.createdAt)],
    [t('staff.fields.verified'), date(request.verifiedAt)],
    [t('staff.fields.due'), date(request.dueAt)],
    [t('staff.fields.closed'), date(request.closedAt)],
    [t('staff.fields.resolution'), request.resolution],
  ];
  const open = request.status === 'OPEN' || request.status === 'IN_PROGRESS';

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/support/data-requests" className={link}>{t('staff.back')}</Link>
      </p>
      <h1 className={h1}>{t('staff.detailHeading', { reference: request.reference })}</h1>
      {query.saved === '1' && <p role="status" className={statusClass}>{t('staff.statusSaved')}</p>}
      <section aria-labelledby="request-fields" className={card}>
        <h2 id="request-fields" className={h2}>{t('staff.fieldsHeading')}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words">{value ?? '—'}</dd>
            </div>
          ))}
        </dl>
        <h3 className="font-semibold">{t('staff.fields.details')}</h3>
        <p className="whitespace-pre-wrap break-words rounded bg-sand-50 p-3">{request.details || '—'}</p>
      </section>
      {open && (
        <section aria-labelledby="status-heading" className={card}>
          <h2 id="status-heading" className={h2}>{t('staff.statusHeading')}</h2>
          <DataRequestStatusForm action={updateDataRequestStatusAction} id={request.id} locale={locale} />
        </section>
      )}
    </div>
  );
}
