import { notFound } from 'next/navigation';

// Unknown paths under a locale render the localized not-found page inside the site layout. Rendered
// per request (never cached), so it gets the page nonce like every page outside the public ones.
export const dynamic = 'force-dynamic';

export default function CatchAll() {
  notFound();
}
