import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { add, type Money } from '@/lib/money';
import { CHART, chartLanes, xOf } from '@/lib/timeline/chart-geometry';
import type { ItemTimeline, RefundTimeline as Timeline } from '@/lib/timeline/refund-timeline';
import { momentIn } from '@/components/search/format';

type Props = { timeline: Timeline; locale: Locale; headingId: string; note?: 'ticketed' };

/**
 * The refund timeline (issue 18): one server-rendered SVG of what comes back if the traveller cancels at
 * each moment until the last service, a lane per item and per currency of the trip, every deadline marked;
 * the same figures as tables for screen readers and anyone who prefers them. No client script.
 */
export async function RefundTimeline({ timeline, locale, headingId, note }: Props) {
  const t = await getTranslations({ locale, namespace: 'timeline' });
  const tRules = await getTranslations({ locale, namespace: 'rules' });
  const m = (money: Money) => formatMoney(money, locale);
  const { lanes, height, deadlines } = chartLanes(timeline);
  const laneLabels = [
    ...timeline.items.map((item) => `${t(`kinds.${item.kind}`)}: ${item.label}`),
    ...timeline.trip.map((trip) => t('tripLane', { currency: trip.currency })),
  ];
  const yours = (at: Date) => momentIn(at, timeline.travellerTimeZone, locale);
  const kept = (s: ItemTimeline['steps'][number]) => add(add(s.penalty, s.agencyFee), s.serviceFeeKept);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro', { until: yours(timeline.end) })}</p>
      <figure className="flex flex-col gap-2">
        <svg viewBox={`0 0 ${CHART.width} ${height}`} className="h-auto w-full" role="img" aria-label={t('chartLabel')} data-testid="refund-timeline-chart">
          {lanes.map((lane, i) => (
            <g key={lane.key}>
              <text x={CHART.left} y={lane.top - 8} fontSize="15" fill="#0f172a">
                {laneLabels[i]}
              </text>
              {lane.bars.map((bar, j) => (
                <g key={j}>
                  <rect x={bar.x} y={bar.top} width={bar.width} height={bar.keptHeight} fill="#fecdd3" />
                  <rect x={bar.x} y={bar.refundY} width={bar.width} height={bar.refundHeight} fill="#0f6e68" />
                </g>
              ))}
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={lane.top + CHART.laneHeight} y2={lane.top + CHART.laneHeight} stroke="#334155" />
            </g>
          ))}
          {deadlines.map((ms, i) => (
            <g key={ms}>
              <line x1={xOf(timeline, new Date(ms))} x2={xOf(timeline, new Date(ms))} y1={CHART.labelHeight - 4} y2={height - CHART.gap} stroke="#334155" strokeDasharray="4 3" />
              <text x={xOf(timeline, new Date(ms)) + (xOf(timeline, new Date(ms)) > CHART.width - 24 ? -3 : 3)} textAnchor={xOf(timeline, new Date(ms)) > CHART.width - 24 ? 'end' : 'start'} y={height - 4} fontSize="13" fill="#334155">
                {i + 1}
              </text>
            </g>
          ))}
        </svg>
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          <span className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 bg-brand-600" />
            {t('legend.refund')}
          </span>
          <span className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 bg-rose-200" />
            {t('legend.kept')}
          </span>
          <span>{t('legend.deadlines')}</span>
        </figcaption>
      </figure>
      {deadlines.length > 0 && (
        <ol className="flex list-decimal flex-col gap-1 pl-6 text-sm text-slate-700">
          {deadlines.map((ms) => {
            const at = new Date(ms);
            const owners = timeline.items.filter((item) => item.steps.slice(1).some((s) => s.deadline.getTime() === ms));
            return (
              <li key={ms}>
                {t('deadline', { yours: yours(at), items: owners.map((o) => `${o.label} (${momentIn(at, o.timeZone, locale)})`).join('; ') })}
              </li>
            );
          })}
        </ol>
      )}
      <p className="text-sm text-slate-700">{t('keptNote')}</p>
      {note === 'ticketed' && <p className="text-sm text-slate-600">{t('ticketedNote')}</p>}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">{t('showTable')}</summary>
        <div className="mt-2 flex flex-col gap-4 overflow-x-auto">
          {timeline.items.map((item) => (
            <table key={item.id} className="w-full min-w-[20rem] border-collapse text-left">
              <caption className="text-left font-medium">
                {t('itemCaption', { kind: t(`kinds.${item.kind}`), item: item.label, paid: m(item.paid) })}
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">{t('columns.from')}</th>
                  <th scope="col" className="py-1 pr-3">{t('columns.refund')}</th>
                  <th scope="col" className="py-1 pr-3">{t('columns.kept')}</th>
                  <th scope="col" className="py-1">{t('columns.why')}</th>
                </tr>
              </thead>
              <tbody>
                {item.steps.map((s, i) => (
                  <tr key={i} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {i === 0 ? t('now') : t(s.justAfter ? 'after' : 'from', { yours: yours(s.deadline), local: momentIn(s.deadline, item.timeZone, locale) })}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{m(s.refund)}</td>
                    <td className="py-1 pr-3 tabular-nums">
                      {t('keptParts', { total: m(kept(s)), penalty: m(s.penalty), agencyFee: m(s.agencyFee), serviceFee: m(s.serviceFeeKept) })}
                    </td>
                    <td className="py-1">{tRules(`reasons.${s.reason}` as 'reasons.TICKET_NOT_ISSUED')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          {timeline.trip.map((trip) => (
            <table key={trip.currency} className="w-full min-w-[16rem] border-collapse text-left">
              <caption className="text-left font-medium">{t('tripCaption', { currency: trip.currency, paid: m(trip.paid) })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">{t('columns.from')}</th>
                  <th scope="col" className="py-1">{t('columns.refund')}</th>
                </tr>
              </thead>
              <tbody>
                {trip.steps.map((s, i) => (
                  <tr key={i} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {i === 0 ? t('now') : t('fromYours', { yours: yours(s.from) })}
                    </th>
                    <td className="py-1 tabular-nums">{m(s.refund)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </details>
    </section>
  );
}
