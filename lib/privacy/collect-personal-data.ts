import 'server-only';
import { db, type Tx } from '@/lib/db/client';
import { personalDataRegistry, type ModelSpec, type ScopeContext } from './personal-data-registry';

/**
 * Walks the personal-data registry and loads, model by model, the rows that are about one account
 * (its own rows, its orders and everything hanging off them, its requests, its access log). Used by
 * the export, the My data page and account erasure, so the three always agree.
 */
export type Row = Record<string, unknown>;
export type Delegate = {
  findMany(args: { where: Record<string, unknown>; select?: Record<string, true>; orderBy?: Record<string, 'asc' | 'desc'>; take?: number }): Promise<Row[]>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(args: { where: Record<string, unknown> }): Promise<{ count: number }>;
};

/** The Prisma delegate of a model by name (`OrderPassenger` → `tx.orderPassenger`). */
export function delegateOf(client: Tx | typeof db, model: string): Delegate {
  const delegate = (client as unknown as Record<string, Delegate | undefined>)[model[0]!.toLowerCase() + model.slice(1)];
  if (!delegate) throw new Error(`no Prisma model ${model}`);
  return delegate;
}

export type CollectedData = {
  userId: string;
  email: string;
  rows: Map<string, Row[]>;
  ids: Map<string, string[]>;
};

function selectOf(spec: ModelSpec): Record<string, true> {
  return Object.fromEntries(Object.keys(spec.fields).map((f) => [f, true]));
}

export async function collectPersonalData(userId: string, client: Tx | typeof db = db): Promise<CollectedData | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return null;
  const ctx: ScopeContext = { userId, email: user.email.toLowerCase(), ids: new Map() };
  const rows = new Map<string, Row[]>();
  for (const spec of personalDataRegistry) {
    if (typeof spec.scope !== 'function') continue;
    const where = spec.scope(ctx);
    const found = where ? await delegateOf(client, spec.model).findMany({ where, select: selectOf(spec) }) : [];
    rows.set(spec.model, found);
    ctx.ids.set(spec.model, found.map((r) => String(r[spec.idField ?? 'id'])));
  }
  return { userId, email: ctx.email, rows, ids: ctx.ids };
}
