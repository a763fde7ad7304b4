import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { AccountNav } from '@/components/account/account-nav';
import { ClientMessages } from '@/components/layout/client-messages';

// Personal: rendered per request, with the request's nonce, never cached (lib/auth/public-pages.ts).
export const dynamic = 'force-dynamic';

// Navigation only: every page below checks the session itself (requireUser), never this layout.
export default async function AccountLayout({ children, params }: LayoutProps<'/[locale]/account'>) {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: 'account' });
  const items = (['overview', 'profile', 'travellers', 'bookings', 'alerts', 'privacy', 'marketing'] as const).map((key) => ({
    href: key === 'overview' ? '/account' : `/account/${key}`,
    label: t(`nav.${key}`),
  }));
  return (
    <ClientMessages area="account">
      <div className="mx-auto max-w-4xl">
        <AccountNav label={t('nav.label')} items={items} />
        {children}
      </div>
    </ClientMessages>
  );
}
