import { ClientMessages } from '@/components/layout/client-messages';

// Personal: rendered per request, with the request's nonce, never cached (lib/auth/public-pages.ts).
export const dynamic = 'force-dynamic';

// Only the messages this area's client components use (lib/i18n/client-messages.ts).
export default function Layout({ children }: LayoutProps<'/[locale]/admin'>) {
  return <ClientMessages area="admin">{children}</ClientMessages>;
}
