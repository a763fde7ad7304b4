import { isMailboxEnabled } from '@/lib/mail/mail-mode';
import { getMailboxAttachment } from '@/lib/mail/mailbox';

export const dynamic = 'force-dynamic';

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** An attachment of a message in the embedded outbox, always as a download. 404 in any other mode. */
export async function GET(_request: Request, { params }: RouteContext<'/api/mailbox/[messageId]/attachments/[attachmentId]'>) {
  if (!isMailboxEnabled()) return new Response(null, { status: 404 });
  const { messageId, attachmentId } = await params;
  const attachment = await getMailboxAttachment(messageId, attachmentId);
  if (!attachment) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      'content-type': attachment.contentType || 'application/octet-stream',
      'content-disposition': contentDisposition(attachment.filename),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
