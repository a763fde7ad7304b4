import type { MetadataRoute } from 'next';
import { configuredDefaultLocale } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';

export const revalidate = 86400;

/** The web app manifest, in the business's default language. */
export default function manifest(): MetadataRoute.Manifest {
  const locale = configuredDefaultLocale();
  const common = loadMessages(locale).common as { brand: string; meta: { title: string; description: string } };
  return {
    name: common.meta.title,
    short_name: common.brand,
    description: common.meta.description,
    start_url: `/${locale}`,
    lang: locale,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0f6e68',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512' },
    ],
  };
}
