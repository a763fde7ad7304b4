import type { Db, Tx } from '../../lib/db/client';

export type SeedStep = { name: string; run: (tx: Tx) => Promise<Record<string, unknown> | void> };

/**
 * The demo data of the embedded default. Each step runs once, in one transaction together with its
 * SetupStep row, so a start killed half-way re-runs the step cleanly and a second start seeds nothing.
 */
export async function seedDemoData(db: Db, steps: SeedStep[], log: (line: string) => void = () => undefined) {
  for (const step of steps) {
    const done = await db.setupStep.findUnique({ where: { name: step.name } });
    if (done) continue;
    const started = Date.now();
    await db.$transaction(
      async (tx) => {
        const detail = (await step.run(tx)) ?? {};
        await tx.setupStep.create({ data: { name: step.name, detail: detail as object } });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    log(`seeded ${step.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
