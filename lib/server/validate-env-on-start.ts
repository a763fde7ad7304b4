import { env, EnvError } from '../env';

/** Fail fast at server start, naming what is missing, instead of failing on the first request. */
export function validateEnvOnStart() {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[karvan] ${error.message}\nSee README.md, "Production configuration".`);
      process.exit(1);
    }
    throw error;
  }
}
