"""
CPU seconds of each `npm test` lane and process kind while a run goes on: every half second it reads every
process's user + system time from /proc and charges the increase to the lane its ancestors belong to (e2e,
integration, resilience, unit, lint, tsc, build, npm ci). Stops and prints when the file named by its one
argument exists, e.g. `python3 .ci/cpu-by-lane.py /tmp/stop & bash .ci/run; touch /tmp/stop`.
A process that starts and ends between two samples is not seen; on this machine that is under 1 % of the run.
"""
import os, time, sys, collections, re
HZ = os.sysconf('SC_CLK_TCK')
prev, lane_of, kind_of = {}, {}, {}
tot = collections.Counter(); bylane = collections.Counter()
def stat(pid):
    f = open(f'/proc/{pid}/stat').read().rsplit(')',1)[1].split()
    return int(f[1]), int(f[11]) + int(f[12])
def cmd(pid):
    try: return open(f'/proc/{pid}/cmdline','rb').read().replace(b'\0',b' ').decode(errors='replace')
    except Exception: return ''
def lane(pid):
    p = pid; seen = 0
    while p and p != '1' and seen < 30:
        c = cmd(p)
        for name in ('test:e2e','test:integration','test:resilience','test:unit','npm run lint','next build','tsc --noEmit','next typegen','npm ci'):
            if name in c: return name
        try: p = str(stat(p)[0])
        except Exception: return 'gone'
        seen += 1
    return 'other'
def kind(c):
    if 'postgres' in c: return 'postgres'
    if 'chrom' in c:
        m = re.search(r'--type=([a-z-]+)', c); return 'chromium:'+(m.group(1) if m else 'browser')
    if 'vitest' in c: return 'vitest'
    if 'playwright' in c: return 'playwright'
    if 'serve.ts' in c or 'start.ts' in c or 'dev-duffel' in c or 'worker.ts' in c: return 'app'
    return c[:50]
for pid in os.listdir('/proc'):
    if pid.isdigit():
        try: prev[pid] = stat(pid)[1]
        except Exception: pass
stopfile = sys.argv[1]
while not os.path.exists(stopfile):
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try: _, t = stat(pid)
        except Exception: continue
        if pid not in lane_of:
            lane_of[pid] = lane(pid); kind_of[pid] = kind(cmd(pid))
        d = t - prev.get(pid, 0); prev[pid] = t
        if d: tot[(lane_of[pid], kind_of[pid])] += d; bylane[lane_of[pid]] += d
    time.sleep(0.5)
print('by lane (CPU s):')
for k, v in bylane.most_common(): print(f'{v/HZ:8.1f} {k}')
print('by lane and kind:')
for (l, k), v in tot.most_common(40): print(f'{v/HZ:8.1f} {l:18} {k}')
