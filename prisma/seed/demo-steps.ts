import { seedDemoRates } from '../../lib/rates/demo-rates';
import type { SeedStep } from './run-seed';

/** Demo data of the embedded default, in order. Each feature adds its step here. */
export const demoSeedSteps: SeedStep[] = [{ name: 'exchange-rates-v1', run: (tx) => seedDemoRates(tx) }];
