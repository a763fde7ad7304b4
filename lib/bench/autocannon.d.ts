// The few parts of autocannon 8 the page benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  type Request = { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (request: Request) => Request };
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[]; timeout?: number };
  type Result = { errors: number; timeouts: number; non2xx: number; duration: number; start: Date; finish: Date };
  type Instance = EventEmitter & Promise<Result>;
  function autocannon(options: Options): Instance;
  export default autocannon;
}
