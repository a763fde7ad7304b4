export { deliverMail } from './deliver-mail';
export { isMailboxEnabled, mailMode } from './mail-mode';
export { mailLocale, mailTranslator } from './translate';
export { renderMailLayout, escapeHtml } from './layout';
export { signInLinkMail } from './templates/sign-in-link';
export { MailDeliveryError, type DeliveryResult, type MailAttachment, type MailMessage } from './types';
