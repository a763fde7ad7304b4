import { NextResponse, type NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { requestContextFrom } from '@/lib/auth/request-context';
import { exportPersonalData } from '@/lib/privacy/export-personal-data';
import { exportJsonSchema } from '@/lib/privacy/export-schema';

/**
 * "Download all my data" (Privacy Policy 9, portability): the signed-in user's export as a JSON file.
 * `?schema=1` returns the JSON Schema that documents it (public: it holds no data).
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.searchParams.get('schema') === '1') {
    return NextResponse.json(exportJsonSchema(), { headers: { 'Cache-Control': 'public, max-age=3600' } });
  }
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'sign-in required' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const data = await exportPersonalData(viewer, requestContextFrom(request.headers));
  if (!data) return NextResponse.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const day = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="karvan-my-data-${day}.json"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
