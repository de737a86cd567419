// Loaded with `node --import` by the benchmark: prints this process's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
