// Personal: rendered per request, with the request's nonce, never cached (lib/auth/public-pages.ts).
export const dynamic = 'force-dynamic';

export default function Layout({ children }: LayoutProps<'/[locale]/dev'>) {
  return children;
}
