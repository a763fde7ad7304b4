/**
 * What the checkout error summary calls a field: "items.0.passengers.1.firstName" becomes "Passenger 2
 * (<the flight's heading>)" + "First name(s)", so a list of errors names each field (issue 20, bug 5).
 * Message keys and their values only, translated by the form; pure, so every path shape is unit-tested.
 */
export type LabelPart = { key: string; values?: Record<string, string | number> };
export type FieldLabel = { where?: LabelPart; field?: LabelPart };
type ItemOfForm = { kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; heading: string };

const PERSON_FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'gender', 'nationality', 'documentNumber', 'documentExpiry', 'specialAssistance', 'latePregnancy'];
const TRANSFER_FIELDS = ['passengers', 'bags', 'childSeats', 'animals'];
const CONTACT_FIELDS = ['email', 'phone', 'bookerDateOfBirth'];

const part = (key: string, values?: LabelPart['values']): LabelPart => (values ? { key, values } : { key });

function personField(name: string | undefined): LabelPart | undefined {
  if (name === 'savedTravellerId') return part('checkout.passenger.saved');
  return name && PERSON_FIELDS.includes(name) ? part(`checkout.passenger.${name}`) : undefined;
}

function itemFieldLabel(rest: string[], item: ItemOfForm): FieldLabel {
  const [group, second, third] = rest;
  const values = { item: item.heading };
  if (group === 'passengers' && second !== undefined && /^\d+$/.test(second)) {
    return { where: part('checkout.errors.where.passenger', { ...values, number: Number(second) + 1 }), field: personField(third) };
  }
  if (group === 'leadGuest') return { where: part('checkout.errors.where.leadGuest', values), field: personField(second) };
  if (group === 'leadPassenger') return { where: part('checkout.errors.where.transferLead', values), field: personField(second) };
  const where = part('checkout.errors.where.item', values);
  if (group && TRANSFER_FIELDS.includes(group) && second === undefined) return { where, field: part(`checkout.transfer.${group}`) };
  return { where };
}

export function checkoutFieldLabel(path: string, items: readonly ItemOfForm[]): FieldLabel {
  const [head, ...rest] = path.split('.');
  if (head === 'items') {
    const item = items[Number(rest[0])];
    return item && /^\d+$/.test(rest[0] ?? '') ? itemFieldLabel(rest.slice(1), item) : {};
  }
  if (head === 'contact' && rest.length === 1 && CONTACT_FIELDS.includes(rest[0]!)) return { field: part(`checkout.contact.${rest[0]}`) };
  if (head === 'consents' && (rest[0] === 'agreement' || rest[0] === 'dataProcessing') && rest.length === 1) return { field: part(`checkout.errors.fields.${rest[0]}`) };
  if (rest.length === 0) {
    if (head === 'promoCode') return { field: part('checkout.promo.label') };
    if (head === 'paymentMethod' || head === 'assistanceConsent') return { field: part(`checkout.errors.fields.${head}`) };
    if (head === 'assistanceMessage') return { field: part('checkout.support.message') };
  }
  return {};
}
