// `npm run host:install [-- --force]`: installs (or checks) the tools of the offline VS Code host.
import { ensureTools, log, problemWith } from './tools';

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const tools = await ensureTools({ force });
  const problem = problemWith(tools);
  if (problem) throw new Error(problem);
  log(`ready: ${tools.dir}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((err: Error) => {
  console.error(`[host] tool install FAILED: ${err.message}`);
  process.exit(1);
});
