import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { localeAlternates } from '@/lib/i18n/alternates';
import { isLegalDocumentName, legalDocuments } from '@/lib/legal/documents';
import { loadLegalDocument } from '@/lib/legal/load-legal-document';

// Built with the app and revalidated daily (a new text comes with a deploy); unknown documents are 404.
export const revalidate = 86400;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => legalDocuments.map((doc) => ({ locale, doc })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/legal/[doc]'>): Promise<Metadata> {
  const { locale, doc } = await params;
  if (!isLegalDocumentName(doc)) return {};
  const document = await loadLegalDocument(locale as Locale, doc);
  return { title: document.title, description: document.summary, alternates: localeAlternates(locale as Locale, `/legal/${doc}`) };
}

export default async function LegalPage({ params }: PageProps<'/[locale]/legal/[doc]'>) {
  const { locale, doc } = await params;
  if (!isLegalDocumentName(doc)) notFound();
  setRequestLocale(locale as Locale);
  const [document, t, format] = await Promise.all([
    loadLegalDocument(locale as Locale, doc),
    getTranslations({ locale, namespace: 'common' }),
    getFormatter({ locale }),
  ]);
  const effective = document.effective ? format.dateTime(new Date(`${document.effective}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : '';
  const sections = document.headings.filter((h) => h.depth === 2);

  return (
    <article className="prose-legal mx-auto max-w-3xl">
      <h1>{document.title}</h1>
      <p className="text-sm text-slate-600">{t('legal.version', { version: document.version, effective })}</p>
      {sections.length > 0 && (
        <nav aria-labelledby="legal-contents" className="my-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="legal-contents" className="!mt-0 !text-base">{t('legal.contents')}</h2>
          <ol className="!list-none !pl-0 text-sm">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {/* Markdown from our own repository (content/legal), not user input. */}
      <div dangerouslySetInnerHTML={{ __html: document.html }} />
    </article>
  );
}
