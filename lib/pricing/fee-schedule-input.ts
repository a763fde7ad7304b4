/**
 * The admin's form for a new service fee schedule (Agreement 4.3, 4.4) and the rules it becomes. Amounts
 * are in AZN, the agency's currency; lib/rules converts them into each item's currency at checkout.
 */
import { z } from 'zod';
import { fromMajor } from '@/lib/money';
import { CURRENT_FEE_SCHEDULE, requireValidFeeSchedule, type FeeSchedule, type ItemKind, type ServiceFeeRule } from '@/lib/rules';

export const FEE_KINDS = ['FLIGHT', 'HOTEL', 'TRANSFER'] as const satisfies readonly ItemKind[];

const E = (key: string) => `backOffice.validation.${key}`;
const amount = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d{1,2})?$/, { error: E('amount') });
const optionalAmount = z.preprocess((v) => (v === '' || v === undefined ? undefined : v), amount.optional());
const percent = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: E('percent') })
  .refine((v) => Number(v) >= 0 && Number(v) <= 100, { error: E('percent') });

/** One form: `<KIND>_type` FIXED | PERCENT, `<KIND>_amount` (FIXED, AZN), `<KIND>_percent` and `<KIND>_minimum` (PERCENT). */
export const feeScheduleInputSchema = z
  .object(
    Object.fromEntries(
      FEE_KINDS.flatMap((kind) => [
        [`${kind}_type`, z.enum(['FIXED', 'PERCENT'], { error: E('feeType') })],
        [`${kind}_amount`, optionalAmount],
        [`${kind}_percent`, z.preprocess((v) => (v === '' ? undefined : v), percent.optional())],
        [`${kind}_minimum`, optionalAmount],
      ]),
    ) as Record<string, z.ZodType<string | undefined>>,
  )
  .superRefine((value, ctx) => {
    for (const kind of FEE_KINDS) {
      if (value[`${kind}_type`] === 'FIXED' && !value[`${kind}_amount`]) ctx.addIssue({ code: 'custom', path: [`${kind}_amount`], message: E('amount') });
      if (value[`${kind}_type`] === 'PERCENT' && !value[`${kind}_percent`]) ctx.addIssue({ code: 'custom', path: [`${kind}_percent`], message: E('percent') });
    }
  });

export type FeeScheduleInput = z.output<typeof feeScheduleInputSchema>;

function ruleFrom(input: FeeScheduleInput, kind: ItemKind): ServiceFeeRule {
  if (input[`${kind}_type`] === 'FIXED') return { type: 'FIXED', amount: fromMajor(input[`${kind}_amount`]!, 'AZN') };
  const minimum = input[`${kind}_minimum`];
  return { type: 'PERCENT', percent: Number(input[`${kind}_percent`]), minimum: minimum ? fromMajor(minimum, 'AZN') : null };
}

/**
 * The service fee rules of a parsed form, checked as a whole schedule would be (RulesError
 * 'INVALID_FEE_SCHEDULE' otherwise), so nothing unpriceable is ever published.
 */
export function serviceFeeFromInput(input: FeeScheduleInput): FeeSchedule['serviceFee'] {
  const serviceFee = Object.fromEntries(FEE_KINDS.map((kind) => [kind, ruleFrom(input, kind)])) as FeeSchedule['serviceFee'];
  requireValidFeeSchedule({ ...CURRENT_FEE_SCHEDULE, serviceFee });
  return serviceFee;
}
