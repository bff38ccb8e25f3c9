// Preloaded into the benchmarked CLI (NODE_OPTIONS=--require): adds a line with the process's
// peak resident memory, in KiB, to $BLOG_BENCH_RSS_FILE when it exits: "run KIB" for the run,
// "writer KIB" for the cache writer it started (src/store/cache-apart.ts), which inherits the option.
// VmHWM where there is /proc: maxRSS also counts what the parent had in memory when it forked
// this process (Linux carries it over the exec), so a big benchmark process inflated it.
const { appendFileSync, readFileSync } = require('node:fs');

function peakKiB() {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

process.on('exit', () => {
  const who = process.argv[2] === '__write-cache' ? 'writer' : 'run';
  if (process.env.BLOG_BENCH_RSS_FILE) appendFileSync(process.env.BLOG_BENCH_RSS_FILE, `${who} ${peakKiB()}\n`);
});
