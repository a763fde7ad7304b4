/** Class names of the after-sales pages (the account and privacy pages' look). */
export const card = 'flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4';
export const link = 'font-medium text-brand-800 underline hover:text-brand-700';
export const h1 = 'text-2xl font-bold tracking-tight sm:text-3xl';
export const h2 = 'text-lg font-semibold text-slate-900';
export const primaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60';
export const dangerButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60';
export const status = 'rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900';
export const alert = 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800';
export const notice = 'rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950';
export const dl = 'grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]';
