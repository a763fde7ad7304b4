/** Class names of the back office (the privacy pages' look, shared). */
export { card, h1, h2, link, notice, primaryButton, status } from '@/components/privacy/ui';

export const table = 'w-full border-collapse text-left text-sm';
export const th = 'px-2 py-2 font-semibold';
export const td = 'px-2 py-2 align-top';
export const deadlineClass: Record<string, string> = {
  late: 'font-semibold text-red-800',
  close: 'font-semibold text-amber-900',
  ok: 'text-slate-800',
  none: 'text-slate-700',
};
const badge = 'inline-block rounded px-2 py-0.5 text-xs font-semibold';
export const badgeClass: Record<string, string> = {
  late: `${badge} bg-red-100 text-red-900`,
  close: `${badge} bg-amber-100 text-amber-950`,
};
