/** "Accept all" and "Reject all" share one style: refusing is exactly as prominent as accepting. */
export const choiceButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60';
