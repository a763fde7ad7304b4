'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

type Item = { href: string; label: string };

export function AccountNav({ label, items: given }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  const t = useTranslations('afterSales');
  // The traveller's requests across bookings (issue 9) sit next to the bookings.
  const at = given.findIndex((item) => item.href === '/account/bookings');
  const requests = { href: '/account/requests', label: t('account.nav') };
  const items = given.some((item) => item.href === requests.href) ? given : [...given.slice(0, at + 1), requests, ...given.slice(at + 1)];
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === '/account' ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'inline-block border-b-2 border-brand-600 px-3 py-2 font-semibold text-brand-800'
                    : 'inline-block border-b-2 border-transparent px-3 py-2 text-slate-700 hover:border-slate-300 hover:text-brand-800'
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
