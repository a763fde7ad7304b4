import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import { formatWithZone } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { listScheduleChanges } from '@/lib/after-sales/staff/list-schedule-changes';
import { StaffForm } from '@/components/support/staff-form';
import { card, h1, h2, link, table, td, th } from '@/components/support/ui';
import { recordScheduleChangeAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/schedule-changes'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('schedule.title'), robots: { index: false } };
}

/** Staff record a flight's new schedule; every affected traveller is emailed (Agreement 3.1.9). */
export default async function ScheduleChangesPage({ params }: PageProps<'/[locale]/support/schedule-changes'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/support/schedule-changes' }, 'SUPPORT', 'ADMIN');
  const [changes, t] = await Promise.all([listScheduleChanges(viewer), getTranslations({ locale, namespace: 'backOffice' })]);
  const date = (d: Date) => formatWithZone(d, 'UTC', locale as Locale);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <div>
        <h1 className={h1}>{t('schedule.heading')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('schedule.intro')}</p>
      </div>
      <section aria-labelledby="schedule-form-heading" className={card}>
        <h2 id="schedule-form-heading" className={h2}>{t('schedule.formHeading')}</h2>
        <StaffForm
          action={recordScheduleChangeAction}
          hidden={{ locale }}
          fields={[
            { name: 'carrier', label: t('schedule.carrier'), hint: t('schedule.carrierHint'), type: 'text' },
            { name: 'flightNumber', label: t('schedule.flightNumber'), type: 'text', inputMode: 'numeric' },
            { name: 'departureDate', label: t('schedule.departureDate'), hint: t('schedule.departureDateHint'), type: 'date' },
            { name: 'newDeparture', label: t('schedule.newDeparture'), hint: t('schedule.localTimeHint'), type: 'datetime-local' },
            { name: 'newArrival', label: t('schedule.newArrival'), hint: t('schedule.localTimeHint'), type: 'datetime-local' },
            { name: 'note', label: t('schedule.note'), hint: t('schedule.noteHint'), type: 'textarea' },
          ]}
          submitLabel={t('schedule.submit')}
        />
      </section>
      <section aria-labelledby="schedule-list-heading" className={card}>
        <h2 id="schedule-list-heading" className={h2}>{t('schedule.listHeading')}</h2>
        {changes.length === 0 ? (
          <p>{t('schedule.none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="schedule-list-heading" tabIndex={0}>
            <table className={table}>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t('schedule.columns.flight')}</th>
                  <th scope="col" className={th}>{t('schedule.columns.newDeparture')}</th>
                  <th scope="col" className={th}>{t('schedule.columns.notified')}</th>
                  <th scope="col" className={th}>{t('schedule.columns.recorded')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.id} className="border-b border-slate-200">
                    <td className={td}>{c.carrier} {c.flightNumber} · {c.departureDate}</td>
                    <td className={td}>{date(c.newDepartureAt)}</td>
                    <td className={td}>{c.ordersNotified}</td>
                    <td className={td}>{date(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
