import { isMailboxEnabled } from '@/lib/mail/mail-mode';
import { getMailboxRawMessage } from '@/lib/mail/mailbox';

export const dynamic = 'force-dynamic';

/** The whole message as nodemailer built it (RFC 5322), as a .eml download. 404 outside the embedded default. */
export async function GET(_request: Request, { params }: RouteContext<'/api/mailbox/[messageId]/raw'>) {
  if (!isMailboxEnabled()) return new Response(null, { status: 404 });
  const { messageId } = await params;
  const message = await getMailboxRawMessage(messageId);
  if (!message) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(message.raw), {
    headers: {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="message-${messageId.slice(0, 8)}.eml"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
