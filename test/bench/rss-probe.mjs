// Loaded with `node --import` by the benchmark: prints this process's peak RSS and CPU time (every
// thread's: user + system, microseconds) on exit.
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`maxrss_kb=${maxRSS} cpu_us=${userCPUTime + systemCPUTime}\n`);
});
