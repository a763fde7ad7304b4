import type { SeedStep } from './run-seed';

/** Demo data of the embedded default, in order. Each feature adds its step here. */
export const demoSeedSteps: SeedStep[] = [];
