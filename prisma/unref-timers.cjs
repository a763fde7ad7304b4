// Preloaded only by the migrate scripts: the WASM schema engine leaves 10 s / 60 s timers
// referenced, so `prisma migrate` would linger about a minute after finishing its work.
const originalSetTimeout = global.setTimeout;
const originalSetInterval = global.setInterval;
global.setTimeout = function (fn, ms, ...args) {
  const t = originalSetTimeout(fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 10000 && t && typeof t.unref === 'function') t.unref();
  return t;
};
global.setInterval = function (fn, ms, ...args) {
  const t = originalSetInterval(fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 10000 && t && typeof t.unref === 'function') t.unref();
  return t;
};
