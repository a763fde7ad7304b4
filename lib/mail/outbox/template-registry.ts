import type { MailTemplate } from './types';

// On globalThis: Next.js may load this module more than once per process (instrumentation, route
// bundles), and a template registered in one instance must be found by the sender in all of them.
const holder = globalThis as unknown as { karvanMailTemplates?: Map<string, MailTemplate> };

function templates(): Map<string, MailTemplate> {
  holder.karvanMailTemplates ??= new Map();
  return holder.karvanMailTemplates;
}

/** Called at start-up by each feature (lib/jobs/register-features.ts) with the templates it sends. */
export function registerMailTemplates(list: readonly MailTemplate[]): void {
  for (const template of list) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(template.name)) throw new Error(`mail template "${template.name}" must be kebab-case`);
    templates().set(template.name, template);
  }
}

export function findMailTemplate(name: string): MailTemplate | undefined {
  return templates().get(name);
}
