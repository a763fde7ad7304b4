import { requireMoney, type Money } from '../money';
import { RulesError } from './errors';
import type { FeeSchedule, ServiceFeeRule } from './fee-schedule';

const KINDS = ['FLIGHT', 'HOTEL', 'TRANSFER'] as const;

/** Checks a schedule before the admin saves it and whenever one is read back from settings. */
export function requireValidFeeSchedule(schedule: FeeSchedule): FeeSchedule {
  if (!schedule.agreementVersion) throw invalid('agreementVersion is empty');
  for (const kind of KINDS) requireRule(schedule.serviceFee[kind], kind);
  requireFee(schedule.ticketRefundOrExchangeFee, 'ticketRefundOrExchangeFee');
  requireFee(schedule.passengerDataChangeFee, 'passengerDataChangeFee');
  return schedule;
}

function requireRule(rule: ServiceFeeRule | undefined, kind: string): void {
  if (!rule) throw invalid(`no service fee rule for ${kind}`);
  if (rule.type === 'FIXED') {
    requireFee(rule.amount, `${kind} service fee`);
  } else if (rule.type === 'PERCENT') {
    if (!(rule.percent >= 0 && rule.percent <= 100)) throw invalid(`${kind} service fee ${rule.percent} % is out of range`);
    if (rule.minimum) requireFee(rule.minimum, `${kind} service fee minimum`);
  } else {
    throw invalid(`${kind} service fee has unknown type "${String((rule as { type: unknown }).type)}"`);
  }
}

function requireFee(fee: Money, name: string): void {
  if (requireMoney(fee).amount < 0) throw invalid(`${name} is negative`);
}

function invalid(message: string): RulesError {
  return new RulesError('INVALID_FEE_SCHEDULE', message);
}
