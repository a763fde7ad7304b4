import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';

/**
 * The personal part of the header (components/layout/header-account.tsx): whether this browser is
 * signed in. Pages are cached and shared, so this is the one place the header learns it; private
 * and never stored. Issue 20 adds the trip's item count here.
 */
export async function GET() {
  const viewer = await getViewer();
  return NextResponse.json({ signedIn: viewer !== null }, { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } });
}
