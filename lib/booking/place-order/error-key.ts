/** A message key of the checkout form's errors (content/messages/<locale>/checkout.json). */
export const errorKey = (key: string) => `checkout.errors.${key}`;
