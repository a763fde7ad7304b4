import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answer, HttpSession } from './http-session';

/**
 * Server actions called as the browser calls them (`Next-Action: <id>`, the arguments encoded as React's
 * `encodeReply` encodes `(previousState, formData)`): part `0` is the argument list, the form's
 * entries come first under the prefix `_1_`.
 */
export async function callAction(session: HttpSession, pagePath: string, actionId: string, fields: [string, string][]): Promise<Answer> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(`_1_${name}`, value);
  // after the entries it refers to, as encodeReply writes it: the server reads the stream in order
  body.set('0', '[{},"$K1"]');
  return session.request(pagePath, { method: 'POST', headers: { 'next-action': actionId, accept: 'text/x-component' }, body });
}

/** Where an action sent the traveller (`redirect()` in the action), or null. */
export function actionRedirect(answer: Answer): string | null {
  const header = answer.headers.get('x-action-redirect');
  return header ? header.split(';')[0]! : null;
}

/** The id of the action a server-rendered form posts to (React writes it into the form's hidden `$ACTION_…` fields). */
export function formActionId(html: string, marker: string): string {
  const forms = html.split(/<form[\s>]/i).slice(1).map((chunk) => chunk.split(/<\/form>/i)[0]!);
  const form = forms.find((f) => f.includes(`name="${marker}"`));
  const match = form && /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(form);
  if (!match) throw new Error(`no server action id in the form with the field ${marker}`);
  return match[1]!;
}

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** An action that no form carries (called from a client component): its id from the build's manifest. */
export function manifestActionId(appDir: string, exportedName: string): string {
  const file = path.join(appDir, '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`${exportedName} is not in ${file}`);
  return found[0];
}
