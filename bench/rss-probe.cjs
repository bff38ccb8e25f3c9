// Preloaded into the benchmarked CLI (NODE_OPTIONS=--require): writes the process's peak
// resident memory, in KiB, to $BLOG_BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BLOG_BENCH_RSS_FILE) writeFileSync(process.env.BLOG_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
