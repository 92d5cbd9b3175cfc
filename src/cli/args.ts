import { LEVELS, type Level } from '../core/types';

export interface CliOptions {
  format: 'stylish' | 'json';
  level?: Level;
  wpm?: number;
  maxWarnings: number;
  config?: string;
  color: boolean;
  help: boolean;
  version: boolean;
  /** Print the coverage of the principles after the findings. */
  coverage: boolean;
  /** Exit 1 when a principle of the goals has fewer stories than the goal (implies coverage). */
  requireCoverage: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export const HELP = `Usage: star-check [options] <files|dirs|globs…>

Checks STAR interview stories (*.star.md) with the STAR Story Coach engine.
Directories are searched for *.star.md files.

Options:
  --format <stylish|json>  output format (default: stylish)
  --level <level>          sde1 | sde2 | senior | principal (default: from the story or config, else sde2)
  --wpm <n>                speaking pace in words per minute (default: 150)
  --max-warnings <n>       exit 1 when there are more than n warnings (default: no limit)
  --config <file>          a .starrc.yaml to use (default: the nearest one above each file)
  --coverage               after the findings, the story bank's coverage of the principles:
                           stories and ready stories per principle, gaps, overused stories,
                           duplicate titles (goals: the bank: key of the .starrc.yaml)
  --require-coverage       like --coverage, and exit 1 when a principle has a gap
  --no-color               plain output
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, warnings within --max-warnings (and no gap with --require-coverage);
1 otherwise; 2 usage error.`;

function intArg(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`${name} needs a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${name} must be between ${min} and ${max}`);
  return n;
}

export function parseArgs(argv: string[], isTTY: boolean): CliOptions {
  const o: CliOptions = { format: 'stylish', maxWarnings: -1, color: isTTY && !process.env.NO_COLOR, help: false, version: false, coverage: false, requireCoverage: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => (eq > 0 ? raw.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'stylish' && v !== 'json') throw new UsageError(`--format must be "stylish" or "json", not "${v ?? ''}"`);
        o.format = v;
        break;
      }
      case '--level': {
        const v = (value() ?? '').toLowerCase();
        if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')}`);
        o.level = v as Level;
        break;
      }
      case '--wpm':
        o.wpm = intArg('--wpm', value(), 60, 400);
        break;
      case '--max-warnings':
        o.maxWarnings = intArg('--max-warnings', value(), 0, Number.MAX_SAFE_INTEGER);
        break;
      case '--config': {
        const v = value();
        if (!v) throw new UsageError('--config needs a file');
        o.config = v;
        break;
      }
      case '--coverage':
        o.coverage = true;
        break;
      case '--require-coverage':
        o.coverage = true;
        o.requireCoverage = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      case '--':
        o.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') throw new UsageError(`unknown option ${raw}`);
        o.paths.push(raw);
    }
  }
  if (!o.help && !o.version && o.paths.length === 0) throw new UsageError('no files, directories or globs given');
  return o;
}
