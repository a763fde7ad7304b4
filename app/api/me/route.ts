import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { countTripItems } from '@/lib/booking/count-trip-items';
import { TRIP_COOKIE } from '@/lib/booking/constants';

/**
 * The personal part of the header (components/layout/header-account.tsx): whether this browser is
 * signed in and how many offers its trip holds (issue 20). Pages are cached and shared, so this is
 * the one place the header learns them; private and never stored.
 */
export async function GET() {
  const viewer = await getViewer();
  const tripItems = await countTripItems({ userId: viewer?.id ?? null, cookieToken: (await cookies()).get(TRIP_COOKIE)?.value ?? null });
  return NextResponse.json({ signedIn: viewer !== null, tripItems }, { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } });
}
