/**
 * What the traveller's after-sales forms get back (useActionState). Messages are catalog keys with
 * their namespace; `details` carries the rules' clause, reason code and latest allowed moment (ISO)
 * when a window has closed; `values` refills the form after an error.
 */
export type AfterSalesActionState = {
  ok?: boolean;
  message?: string;
  reference?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  details?: { clause?: string; reason?: string; latestAt?: string };
};

export type AfterSalesAction = (state: AfterSalesActionState, formData: FormData) => Promise<AfterSalesActionState>;
