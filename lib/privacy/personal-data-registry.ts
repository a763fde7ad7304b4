/**
 * Every model and every column of the database, classified for privacy: which columns hold personal
 * data, how rows belong to a person, what My data shows about them (purpose, legal basis, retention,
 * recipients), what the export contains, and what erasure and anonymisation do with them.
 *
 * tests/integration/privacy-export.test.ts compares this registry with the Prisma schema (DMMF): a
 * model or column that is not classified here fails the test, so no new personal column can be
 * left out of the export, the My data page or erasure by accident.
 */

import { ANONYMISED, anonymisedEmail } from '@/lib/db/anonymised-markers';

/** Kinds of personal values; each is a label in content/messages/<locale>/privacy.json ("fields"). */
export type PersonalKind =
  | 'email'
  | 'emailVerified'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'avatar'
  | 'phone'
  | 'dateOfBirth'
  | 'documentNumber'
  | 'documentIndex'
  | 'documentExpiry'
  | 'nationality'
  | 'sex'
  | 'language'
  | 'role'
  | 'accountLink'
  | 'specialNote'
  | 'assistanceReasons'
  | 'transferDetails'
  | 'ticketNumbers'
  | 'customerKey'
  | 'consentId'
  | 'ipAddress'
  | 'browser'
  | 'auditData'
  | 'messageAddresses'
  | 'messageSubject'
  | 'messageText'
  | 'messageFile'
  | 'requestDetails'
  | 'requestName'
  | 'resolution'
  | 'signInAddress'
  | 'cookieHash'
  | 'savedSearch'
  | 'priceCeiling'
  | 'alertSentAt';

/** What erasure or anonymisation does with a personal column. */
type Erase =
  /** set to NULL */
  | 'null'
  /** set to a placeholder (for NOT NULL columns) */
  | { set: string | string[] }
  /** kept: the reason says why (law, accounting) and why it no longer identifies anyone on its own */
  | { keep: string };

export type FieldSpec =
  | { personal: false; secret?: true }
  | {
      personal: true;
      kind: PersonalKind;
      /** stored with lib/crypto/field-encryption.ts; exported decrypted, without the `Enc` suffix */
      encrypted?: true;
      /** a JSON value whose members named `…Enc` are field-encrypted (key rotation re-encrypts them) */
      encryptedInside?: true;
      /** a keyed blind index of another (encrypted) column */
      blindIndexOf?: string;
      erase: Erase;
    };

/** My data sections: each has purposes, legal bases, retention and recipients (message keys). */
export const dataGroups = {
  account: { purposes: ['account', 'marketing'], bases: ['contract', 'consent'], retention: 'account', recipients: ['emailProvider', 'hosting'] },
  travellers: { purposes: ['bookings', 'coTravellers'], bases: ['contract', 'consent'], retention: 'account', recipients: ['hosting'] },
  bookings: { purposes: ['bookings', 'accounting'], bases: ['contract', 'legalObligation'], retention: 'trip', recipients: ['suppliers', 'paymentProvider', 'emailProvider', 'authorities'] },
  passengers: { purposes: ['bookings', 'coTravellers', 'duplicates'], bases: ['contract', 'consent', 'legitimateInterest'], retention: 'trip', recipients: ['airlines', 'hotels', 'transferOperators', 'authorities'] },
  payments: { purposes: ['bookings', 'accounting'], bases: ['contract', 'legalObligation'], retention: 'accounting', recipients: ['paymentProvider'] },
  assistance: { purposes: ['assistance'], bases: ['explicitConsent'], retention: 'trip', recipients: ['suppliers'] },
  consents: { purposes: ['consentProof'], bases: ['legalObligation'], retention: 'consent', recipients: [] },
  requests: { purposes: ['rights'], bases: ['legalObligation'], retention: 'requests', recipients: ['authorities'] },
  security: { purposes: ['security'], bases: ['legitimateInterest'], retention: 'security', recipients: ['hosting'] },
  correspondence: { purposes: ['correspondence'], bases: ['contract'], retention: 'correspondence', recipients: ['emailProvider'] },
  // Issue 18: kept because the traveller asked for the alerts, not for marketing (no consent record needed).
  alerts: { purposes: ['priceAlerts'], bases: ['ownRequest'], retention: 'alerts', recipients: ['emailProvider', 'hosting'] },
} as const;
export type DataGroup = keyof typeof dataGroups;

/** Known ids while collecting a person's rows, by model. */
export type ScopeContext = { userId: string; email: string; ids: Map<string, string[]> };

export type ModelSpec = {
  model: string;
  group: DataGroup | null;
  /**
   * The rows of this model that are about the person (a Prisma `where`), given the ids collected so
   * far (models are visited in registry order); null when none can be. `none` with a reason for
   * reference data and for data that cannot be linked to a person.
   */
  scope: ((ctx: ScopeContext) => Record<string, unknown> | null) | { none: string };
  /** primary key column, collected for later scopes (default `id`) */
  idField?: string;
  /** whole-model classification for reference data (catalog, settings): no column is personal */
  reference?: true;
  fields: Record<string, FieldSpec>;
  /** account erasure: delete the person's rows, anonymise them (per field), or keep them */
  onErase: 'delete' | 'anonymise' | 'keep';
  /** order anonymisation (retention job, erased accounts) applies to rows with this order column */
  orderColumn?: string;
};

const no: FieldSpec = { personal: false };
const secret: FieldSpec = { personal: false, secret: true };
const p = (kind: PersonalKind, erase: Erase = 'null', extra: Partial<Extract<FieldSpec, { personal: true }>> = {}): FieldSpec => ({
  personal: true,
  kind,
  erase,
  ...extra,
});
const enc = (kind: PersonalKind, erase: Erase = 'null'): FieldSpec => p(kind, erase, { encrypted: true });
const idsOf = (ctx: ScopeContext, model: string) => ctx.ids.get(model) ?? [];
const inIds = (column: string, model: string) => (ctx: ScopeContext) => {
  const ids = idsOf(ctx, model);
  return ids.length ? { [column]: { in: ids } } : null;
};


export const personalDataRegistry: readonly ModelSpec[] = [
  {
    model: 'User',
    group: 'account',
    scope: (ctx) => ({ id: ctx.userId }),
    onErase: 'delete',
    fields: {
      id: no,
      email: p('email'),
      emailVerified: p('emailVerified'),
      name: p('name'),
      image: p('avatar'),
      role: p('role'),
      phoneEnc: enc('phone'),
      locale: p('language'),
      deletedAt: no,
      restoreUntil: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'Session',
    group: 'security',
    scope: (ctx) => ({ userId: ctx.userId }),
    onErase: 'delete',
    fields: { id: no, sessionToken: secret, userId: p('accountLink'), expires: no, createdAt: no },
  },
  {
    model: 'VerificationToken',
    group: 'security',
    scope: (ctx) => ({ identifier: ctx.email }),
    idField: 'token',
    onErase: 'delete',
    fields: { identifier: p('signInAddress'), token: secret, expires: no },
  },
  {
    model: 'RateLimitHit',
    group: 'security',
    scope: { none: 'keyed hash of an address or IP, kept only for the rate-limit window; the server cannot list a person’s rows' },
    onErase: 'keep',
    fields: { id: no, bucket: no, keyHash: no, at: no },
  },
  {
    model: 'SavedTraveller',
    group: 'travellers',
    scope: (ctx) => ({ userId: ctx.userId }),
    onErase: 'delete',
    fields: {
      id: no,
      userId: p('accountLink'),
      firstName: p('firstName'),
      lastName: p('lastName'),
      dateOfBirthEnc: enc('dateOfBirth'),
      gender: p('sex'),
      nationality: p('nationality'),
      documentNumberEnc: enc('documentNumber'),
      documentNumberHash: p('documentIndex', 'null', { blindIndexOf: 'documentNumberEnc' }),
      documentExpiry: p('documentExpiry'),
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'Order',
    group: 'bookings',
    // Guest orders under the same contact address are the person's too (attached at sign-in).
    scope: (ctx) => ({ OR: [{ userId: ctx.userId }, { contactEmail: ctx.email }] }),
    onErase: 'anonymise',
    orderColumn: 'id',
    fields: {
      id: no,
      reference: no,
      status: no,
      userId: p('accountLink'),
      contactEmail: p('email', { set: anonymisedEmail }),
      contactPhoneEnc: enc('phone'),
      locale: no,
      agreementVersion: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'OrderItem',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    // The snapshot is the supplier's offer (routes, fares, rules), not data about the traveller.
    fields: {
      id: no,
      orderId: no,
      kind: no,
      title: no,
      startsAt: no,
      endsAt: no,
      priceAmountMinor: no,
      priceCurrency: no,
      serviceFeeAmountMinor: no,
      serviceFeeCurrency: no,
      snapshot: no,
      cancelledAt: no,
    },
  },
  {
    model: 'OrderCheckout',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    idField: 'orderId',
    onErase: 'anonymise',
    orderColumn: 'orderId',
    fields: {
      orderId: no,
      tripId: no,
      idempotencyKey: secret,
      paymentMethod: no,
      holdExpiresAt: no,
      paidAt: no,
      paidPaymentId: no,
      expiredAt: no,
      lastPaymentError: no,
      lastPaymentErrorAt: no,
      chargeAmountMinor: no,
      chargeCurrency: no,
      promoCodeId: no,
      // NOT NULL in checkout.prisma: an empty string once anonymised (lib/privacy/HANDOFF.md asks for nullable)
      bookerDateOfBirthEnc: enc('dateOfBirth', { set: '' }),
      feeScheduleVersion: no,
      rates: no,
      createdAt: no,
    },
  },
  {
    model: 'OrderPassenger',
    group: 'passengers',
    scope: inIds('orderId', 'Order'),
    onErase: 'anonymise',
    orderColumn: 'orderId',
    fields: {
      id: no,
      orderId: no,
      orderItemId: no,
      position: no,
      role: no,
      type: no,
      firstName: p('firstName', { set: ANONYMISED }),
      lastName: p('lastName', { set: ANONYMISED }),
      gender: p('sex'),
      nationality: p('nationality'),
      dateOfBirthEnc: enc('dateOfBirth'),
      documentNumberEnc: enc('documentNumber'),
      documentNumberHash: p('documentIndex', 'null', { blindIndexOf: 'documentNumberEnc' }),
      documentExpiry: p('documentExpiry'),
      transferDetails: p('transferDetails'),
      savedTravellerId: p('accountLink'),
      createdAt: no,
    },
  },
  {
    model: 'OrderFlightReservation',
    group: 'passengers',
    scope: inIds('orderId', 'Order'),
    onErase: 'anonymise',
    orderColumn: 'orderId',
    fields: {
      id: no,
      orderId: no,
      passengerId: no,
      carrier: no,
      flightNumber: no,
      departureDate: no,
      documentNumberHash: p('documentIndex'),
    },
  },
  {
    model: 'OrderConsent',
    group: 'consents',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    fields: { id: no, orderId: no, purpose: no, granted: no, version: no, language: no, source: no, givenAt: no },
  },
  {
    model: 'OrderPriceLine',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    fields: {
      id: no,
      orderId: no,
      orderItemId: no,
      position: no,
      kind: no,
      currency: no,
      providerCostMinor: no,
      discountMinor: no,
      priceMinor: no,
      serviceFeeMinor: no,
      totalMinor: no,
      serviceFeeRefundable: no,
    },
  },
  {
    model: 'OrderHold',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    fields: {
      id: no,
      orderId: no,
      orderItemId: no,
      kind: no,
      supplier: no,
      offerId: no,
      supplierRef: no,
      status: no,
      expiresAt: no,
      confirmedAt: no,
      releasedAt: no,
      documents: p('ticketNumbers', { keep: 'ticket and voucher numbers are accounting records (settlement with airlines); without names they identify no one' }),
      createdAt: no,
    },
  },
  {
    model: 'CatalogHold',
    group: 'bookings',
    scope: inIds('holdId', 'OrderHold'),
    idField: 'holdId',
    onErase: 'keep',
    fields: {
      holdId: no,
      kind: no,
      offerId: no,
      status: no,
      expiresAt: no,
      fareIds: no,
      seats: no,
      roomTypeId: no,
      checkIn: no,
      checkOut: no,
      rooms: no,
      airportCode: no,
      vehicleClass: no,
      serviceDate: no,
      documents: p('ticketNumbers', { keep: 'the built-in supplier’s copy of the ticket numbers, kept like the order’s' }),
      createdAt: no,
      confirmedAt: no,
      releasedAt: no,
    },
  },
  {
    model: 'OrderEvent',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    // reason codes and counts (lib/booking/record-order-event.ts), no personal values
    fields: { id: no, orderId: no, fromStatus: no, toStatus: no, reason: no, data: no, at: no },
  },
  {
    model: 'PromoRedemption',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'anonymise',
    orderColumn: 'orderId',
    fields: { id: no, promoCodeId: no, orderId: no, customerKey: p('customerKey', { set: 'erased' }), discount: no, createdAt: no, voidedAt: no },
  },
  {
    model: 'Payment',
    group: 'payments',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    fields: {
      id: no,
      orderId: no,
      method: no,
      provider: no,
      providerRef: no,
      redirectUrl: no,
      amountMinor: no,
      currency: no,
      status: no,
      idempotencyKey: secret,
      deadlineAt: no,
      failureCode: no,
      succeededAt: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'Refund',
    group: 'payments',
    scope: inIds('paymentId', 'Payment'),
    onErase: 'keep',
    fields: {
      id: no,
      paymentId: no,
      amountMinor: no,
      currency: no,
      status: no,
      providerRefundRef: no,
      idempotencyKey: secret,
      reason: no,
      requestedBy: no,
      failureCode: no,
      attemptUntil: no,
      completedAt: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'SandboxCheckoutSession',
    group: 'payments',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    fields: {
      id: no,
      idempotencyKey: secret,
      paymentId: no,
      orderId: no,
      amountMinor: no,
      currency: no,
      description: no,
      successUrl: no,
      cancelUrl: no,
      locale: no,
      status: no,
      expiresAt: no,
      completedAt: no,
      createdAt: no,
    },
  },
  {
    model: 'SandboxRefund',
    group: 'payments',
    scope: inIds('sessionId', 'SandboxCheckoutSession'),
    onErase: 'keep',
    fields: { id: no, idempotencyKey: secret, sessionId: no, amountMinor: no, currency: no, refundId: no, status: no, createdAt: no },
  },
  {
    model: 'SandboxEvent',
    group: null,
    scope: { none: 'sandbox provider webhook bodies: ids and amounts, no person' },
    onErase: 'keep',
    fields: { id: no, type: no, payload: no, attempts: no, deliveredAt: no, createdAt: no },
  },
  {
    model: 'PaymentWebhookEvent',
    group: null,
    scope: { none: 'provider event ids and outcomes, no person' },
    onErase: 'keep',
    fields: { id: no, provider: no, eventId: no, type: no, outcome: no, receivedAt: no, processedAt: no },
  },
  {
    model: 'Trip',
    group: 'bookings',
    scope: (ctx) => ({ userId: ctx.userId }),
    onErase: 'delete',
    fields: { id: no, userId: p('accountLink'), cookieHash: p('cookieHash'), promoCode: no, createdAt: no, updatedAt: no },
  },
  {
    model: 'TripItem',
    group: 'bookings',
    scope: inIds('tripId', 'Trip'),
    onErase: 'delete',
    fields: { id: no, tripId: no, kind: no, offerId: no, offer: no, acceptedAmountMinor: no, acceptedCurrency: no, addedAt: no },
  },
  {
    model: 'AssistanceRequest',
    group: 'assistance',
    scope: (ctx) => ({ OR: [{ userId: ctx.userId }, { contactEmail: ctx.email }] }),
    onErase: 'anonymise',
    fields: {
      id: no,
      userId: p('accountLink'),
      tripId: no,
      contactEmail: p('email', { set: anonymisedEmail }),
      contactPhoneEnc: enc('phone'),
      locale: no,
      reasons: p('assistanceReasons', { set: [] }),
      itinerary: no,
      // special-category data (Privacy Policy 3.5), field-encrypted
      messageEnc: enc('specialNote'),
      consentGivenAt: no,
      status: no,
      createdAt: no,
    },
  },
  {
    model: 'AuditEvent',
    group: 'security',
    // What the person did, and what was done to their account, orders and requests. What a staff member
    // did to other people's records as staff is about those people, not part of the staff member's export.
    scope: (ctx) => ({
      OR: [
        { actorId: ctx.userId, actorRole: { notIn: ['SUPPORT', 'ADMIN'] } },
        { subjectType: 'User', subjectId: ctx.userId },
        ...(idsOf(ctx, 'Order').length ? [{ subjectType: 'Order', subjectId: { in: idsOf(ctx, 'Order') } }] : []),
        ...(idsOf(ctx, 'DataRequest').length ? [{ subjectType: 'DataRequest', subjectId: { in: idsOf(ctx, 'DataRequest') } }] : []),
      ],
    }),
    onErase: 'anonymise',
    fields: {
      id: no,
      actorId: p('accountLink', { keep: 'a random id; with the account erased it points at no one' }),
      actorRole: no,
      action: no,
      subjectType: no,
      subjectId: no,
      ip: p('ipAddress'),
      userAgent: p('browser'),
      // what changed, never the personal values themselves (lib/auth/audit.ts)
      data: no,
      at: no,
    },
  },
  {
    model: 'SetupStep',
    group: null,
    reference: true,
    scope: { none: 'installation bookkeeping' },
    onErase: 'keep',
    fields: {},
  },
  {
    model: 'MailboxMessage',
    group: 'correspondence',
    scope: (ctx) => ({ toAddresses: { has: ctx.email } }),
    onErase: 'delete',
    fields: {
      id: no,
      messageId: no,
      fromAddress: no,
      toAddresses: p('messageAddresses'),
      subject: p('messageSubject'),
      text: p('messageText'),
      html: p('messageText'),
      raw: p('messageText'),
      createdAt: no,
    },
  },
  {
    model: 'MailboxAttachment',
    group: 'correspondence',
    scope: inIds('messageId', 'MailboxMessage'),
    onErase: 'delete',
    fields: { id: no, messageId: no, position: no, filename: no, contentType: no, size: no, content: p('messageFile') },
  },
  {
    model: 'ConsentRecord',
    group: 'consents',
    scope: (ctx) => ({ OR: [{ userId: ctx.userId }, ...(idsOf(ctx, 'Order').length ? [{ orderId: { in: idsOf(ctx, 'Order') } }] : [])] }),
    onErase: 'delete',
    fields: {
      id: no,
      userId: p('accountLink'),
      consentId: p('consentId'),
      orderId: no,
      purpose: no,
      granted: no,
      document: no,
      policyVersion: no,
      language: no,
      source: no,
      givenAt: no,
      withdrawnAt: no,
      withdrawnSource: no,
    },
  },
  {
    model: 'PolicyAcknowledgement',
    group: 'consents',
    scope: (ctx) => ({ userId: ctx.userId }),
    idField: 'userId',
    onErase: 'delete',
    fields: { userId: p('accountLink'), document: no, version: no, seenAt: no },
  },
  {
    model: 'DataRequest',
    group: 'requests',
    scope: (ctx) => ({ origin: 'DATA_SUBJECT', OR: [{ userId: ctx.userId }, { email: ctx.email }] }),
    onErase: 'anonymise',
    fields: {
      id: no,
      reference: no,
      origin: no,
      kind: no,
      status: no,
      userId: p('accountLink'),
      email: p('email', { set: anonymisedEmail }),
      name: p('requestName'),
      orderReference: no,
      details: p('requestDetails', { set: '' }),
      locale: no,
      authorityName: no,
      authorityReference: no,
      verifiedAt: no,
      dueAt: no,
      handledById: no,
      resolution: p('resolution'),
      closedAt: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'PrivacyToken',
    group: 'security',
    scope: (ctx) => ({ OR: [{ userId: ctx.userId }, ...(idsOf(ctx, 'DataRequest').length ? [{ dataRequestId: { in: idsOf(ctx, 'DataRequest') } }] : [])] }),
    onErase: 'delete',
    fields: { id: no, purpose: no, tokenHash: secret, userId: p('accountLink'), dataRequestId: no, expiresAt: no, usedAt: no, createdAt: no },
  },
  {
    model: 'DataDisclosure',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'keep',
    orderColumn: 'orderId',
    // field names and passenger ids: the record of who received what, no values
    fields: { id: no, orderId: no, orderItemId: no, recipientKind: no, recipient: no, fields: no, passengerIds: no, purpose: no, disclosedAt: no },
  },
  {
    model: 'ServiceRequest',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    onErase: 'anonymise',
    orderColumn: 'orderId',
    fields: {
      id: no,
      reference: no,
      orderId: no,
      orderItemId: no,
      kind: no,
      status: no,
      topic: no,
      clause: no,
      // the rules' money figures as quoted, no personal values
      quote: no,
      // what the traveller asked to change (new names, extras); document numbers and addresses inside are
      // field-encrypted members named …Enc
      details: p('requestDetails', 'null', { encryptedInside: true }),
      maxRefundMinor: no,
      refundCurrency: no,
      approvedRefundMinor: no,
      refundId: no,
      chargeMinor: no,
      chargeCurrency: no,
      chargePaymentId: no,
      dueAt: no,
      openedBy: no,
      userId: p('accountLink'),
      decidedById: no,
      decidedAt: no,
      decisionNote: p('resolution'),
      completedAt: no,
      createdAt: no,
      updatedAt: no,
    },
  },
  {
    model: 'ServiceRequestMessage',
    group: 'bookings',
    scope: inIds('requestId', 'ServiceRequest'),
    onErase: 'anonymise',
    fields: { id: no, requestId: no, author: no, staffId: no, body: p('messageText', { set: '' }), createdAt: no },
  },
  {
    model: 'OutboxMessage',
    group: 'correspondence',
    scope: (ctx) => ({ toAddress: ctx.email }),
    onErase: 'delete',
    // the payload holds ids and codes (never a link's token: privacy-mail-templates.ts mints it at send time);
    // the message is rendered from the database when it is sent
    fields: {
      id: no,
      template: no,
      dedupeKey: no,
      toAddress: p('messageAddresses'),
      locale: no,
      payload: no,
      orderId: no,
      requestId: no,
      status: no,
      attempts: no,
      nextAttemptAt: no,
      lockedUntil: no,
      lastError: no,
      messageId: no,
      sentAt: no,
      createdAt: no,
    },
  },
  {
    model: 'OrderAnonymisation',
    group: 'bookings',
    scope: inIds('orderId', 'Order'),
    idField: 'orderId',
    onErase: 'keep',
    fields: { orderId: no, reason: no, dueAt: no, doneAt: no },
  },
  {
    model: 'SavedSearch',
    group: 'alerts',
    scope: (ctx) => ({ userId: ctx.userId }),
    onErase: 'delete',
    fields: {
      id: no,
      userId: p('accountLink'),
      kind: no,
      queryKey: p('savedSearch'),
      locale: p('language'),
      ceilingMinor: p('priceCeiling'),
      ceilingCurrency: no,
      lastPriceMinor: no,
      lastPriceCurrency: no,
      lowestComparableMinor: no,
      alertedComparableMinor: no,
      lastAlertedAt: no,
      lastCheckedAt: no,
      expiresAt: no,
      stopTokenHash: secret,
      createdAt: no,
    },
  },
  {
    model: 'PriceAlert',
    group: 'alerts',
    scope: inIds('savedSearchId', 'SavedSearch'),
    onErase: 'delete',
    fields: { id: no, savedSearchId: no, reason: no, priceMinor: no, currency: no, previousComparableMinor: no, createdAt: p('alertSentAt') },
  },
  ...(
    [
      'City',
      'Airport',
      'Airline',
      'FareFamily',
      'FlightRoute',
      'FlightSegment',
      'Fare',
      'Hotel',
      'RoomType',
      'RatePlan',
      'RoomNight',
      'TransferZone',
      'TransferRoute',
      'TransferPrice',
      'TransferFleet',
      'TransferDayLoad',
      'ExchangeRate',
      'PromoCode',
      'ScheduleChange',
      'FeeScheduleVersion',
    ] as const
  ).map(
    (model): ModelSpec => ({
      model,
      group: null,
      reference: true,
      scope: { none: 'catalog and settings: places, flights, hotels, transfers, prices, rates and promo codes; no person' },
      onErase: 'keep',
      fields: {},
    }),
  ),
  {
    model: 'SupplierBooking',
    group: null,
    reference: true,
    // Names and contacts go to the supplier with the booking call and are never stored here (issue 21).
    scope: { none: "a remote booking's ids, amount and state at the supplier, for the reconciler; no person" },
    onErase: 'keep',
    fields: {},
  },
];

export function registryEntry(model: string): ModelSpec | undefined {
  return personalDataRegistry.find((m) => m.model === model);
}

/** The name a column has in the export: encrypted columns lose their `Enc` suffix (they are decrypted). */
export function exportName(field: string, spec: FieldSpec): string {
  return spec.personal && spec.encrypted ? field.replace(/Enc$/, '') : field;
}

/** Columns that hold sensitive personal data and must be encrypted at rest (Privacy Policy 8). */
export const mustBeEncrypted: readonly PersonalKind[] = ['phone', 'dateOfBirth', 'documentNumber'];
