import type { LoggerInstance } from '@auth/core/types';

// Failures a visitor causes (an expired or reused link, a refused sign-in, a missing CSRF token) are
// expected: a warning, without the request. Anything else is a server problem worth an error.
const expected = new Set(['Verification', 'AccessDenied', 'MissingCSRF', 'InvalidCallbackUrl', 'UnknownAction', 'InvalidCheck']);

export const authLogger: Partial<LoggerInstance> = {
  error(error: Error) {
    const type = (error as { type?: string }).type;
    if (type && expected.has(type)) {
      console.warn(`[auth] ${type}: ${error.message.split('\n')[0]}`);
      return;
    }
    console.error('[auth]', error);
  },
  warn(code) {
    console.warn(`[auth] warning: ${code}`);
  },
  debug() {},
};
