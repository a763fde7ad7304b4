// Personal: rendered per request, with the request's nonce, never cached (lib/auth/public-pages.ts).
export const dynamic = 'force-dynamic';

// No messages provider: checkout's client components get their words from the pages and their errors
// in words from the actions, so the page ships no next-intl client (issue 19, point 5).
export default function Layout({ children }: LayoutProps<'/[locale]/checkout'>) {
  return children;
}
