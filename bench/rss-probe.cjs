// Preloaded into the benchmarked CLI (NODE_OPTIONS=--require): adds a line with the process's
// peak resident memory, in KiB, to $BLOG_BENCH_RSS_FILE when it exits: "run KIB" for the run,
// "writer KIB" for the cache writer it started (src/store/cache-apart.ts), which inherits the option.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  const who = process.argv[2] === '__write-cache' ? 'writer' : 'run';
  if (process.env.BLOG_BENCH_RSS_FILE) appendFileSync(process.env.BLOG_BENCH_RSS_FILE, `${who} ${process.resourceUsage().maxRSS}\n`);
});
