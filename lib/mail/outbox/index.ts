/**
 * The transactional outbox (issue 7). Features write a message inside the transaction of the change it
 * reports, with `enqueueMail(tx, { template, to, locale, payload, dedupeKey })`, and register the
 * template that renders it (at send time) in lib/jobs/register-features.ts. The worker delivers it
 * after the commit, retrying with backoff; see send-outbox.ts.
 */
export { enqueueMail,  } from './enqueue-mail';
export { registerMailTemplates, findMailTemplate } from './template-registry';
export { sendDueOutboxMessages,   } from './send-outbox';
;
