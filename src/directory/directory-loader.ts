// Loading the offices YAML: parse, check the schema, check across offices, then build the typed
// directory. Every problem is collected before failing, so one run of `hotline directory check`
// lists them all.
import { resolveDeadlines } from './case-deadlines.js';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { parseDocument } from 'yaml';
import { type CheckResult, crossCheck } from './directory-checks.js';
import { regionText } from './region-checks.js';
import { PROJECT_ROOT } from '../lib/project-root.js';
import { DirectoryError } from './directory-error.js';
import {
  DEFAULT_ACK_TIMEOUT_SECONDS,
  type Directory,
  type Office,
  type OfficeConfig,
  OfficeSchema,
  type OncallRule,
} from './directory-schema.js';
import { schemaProblems } from './directory-schema-problems.js';
import { createRegionGazetteer, type RegionGazetteer } from './region-gazetteer.js';

/** The example directory shipped with the code (placeholder contacts, all unverified but SAPA 129). */
/** From the source tree, so the compiled service (dist/) uses the same file. */
export const EXAMPLE_DIRECTORY_FILE = join(PROJECT_ROOT, 'src/directory/offices.example.yaml');

/** Reads and checks an offices YAML file; throws a DirectoryError listing every problem. */
export function loadDirectory(file: string): Directory {
  return loadDirectoryWithWarnings(file).directory;
}

/** Like loadDirectory, with the warnings start-up prints (the service starts anyway). */
export function loadDirectoryWithWarnings(file: string): { directory: Directory; warnings: string[] } {
  const result = inspectDirectory(readDirectoryFile(file), basename(file));
  if (!result.directory) throw new DirectoryError(result.problems, { file });
  return { directory: result.directory, warnings: result.warnings };
}

/**
 * Everything `hotline directory check <file>` reports: errors (the service will not start),
 * warnings (it will), and the directory itself when there are no errors.
 */
export function checkDirectory(file: string): Inspection {
  try {
    return inspectDirectory(readDirectoryFile(file), basename(file));
  } catch (error) {
    if (error instanceof DirectoryError) return { problems: [...error.problems], warnings: [] };
    throw error;
  }
}

/** Like loadDirectory, from YAML text; `source` names the text in problems. */
export function parseDirectory(yamlText: string, source = 'directory'): Directory {
  const result = inspectDirectory(yamlText, source);
  if (!result.directory) throw new DirectoryError(result.problems);
  return result.directory;
}

/** Like checkDirectory, from YAML text. */
export function checkDirectoryText(yamlText: string, source = 'directory'): Inspection {
  return inspectDirectory(yamlText, source);
}

function readDirectoryFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DirectoryError([`${basename(file)}: (file): cannot be read (${reason}); check the path`], {
      cause,
      file,
    });
  }
}

export interface Inspection {
  /** Errors, each naming the office and the field. */
  readonly problems: string[];
  readonly warnings: string[];
  readonly directory?: Directory;
}

function inspectDirectory(
  yamlText: string,
  source: string,
  gazetteer: RegionGazetteer = createRegionGazetteer(),
): Inspection {
  // Duplicate keys are YAML errors here: a second `phone:` must not silently replace the first.
  const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return `${source}: ${line === undefined ? '(file)' : `line ${line}`}: ${message}`;
      }),
      warnings: [],
    };
  }
  const data: unknown = document.toJS();
  const problems = schemaProblems(data, source);
  // Offices that passed the schema are still cross-checked, so one run reports everything it can.
  const rawOffices: unknown[] = Array.isArray((data as { offices?: unknown })?.offices)
    ? (data as { offices: unknown[] }).offices
    : [];
  const validOffices: OfficeConfig[] = [];
  // An office the schema refused is cross-checked too, without the fields it refused, so one run
  // names its bad region or parent as well (an installer fixed one error per run before).
  const repaired: ReturnType<typeof repair> = [];
  for (const office of rawOffices) {
    if (Value.Check(OfficeSchema, office)) validOffices.push(office);
    else repaired.push(...repair(office));
  }
  const raw = rawOffices as ({ id?: unknown; kind?: unknown } | null)[];
  const checks = crossCheck([...validOffices, ...repaired.map((r) => r.office)], source, gazetteer, {
    ids: new Set(raw.map((office) => String(office?.id))),
    nationalIds: raw.filter((office) => office?.kind === 'national').map((office) => String(office?.id)),
  });
  // What a removed field's absence makes the cross-check say is the schema's problem, told already.
  const told = new Set(repaired.flatMap((r) => r.removed.map((field) => `${r.office.id}: ${field}`)));
  // Without its refused officers list, every rota line of the office names "no officer": one typo
  // (`telgram:`) read as four errors (officer trial). The rota is checked once the list is fixed.
  const withoutOfficers = new Set(
    repaired.filter((r) => r.removed.includes('officers')).map((r) => r.office.id),
  );
  const cascade = (problem: string) =>
    [...withoutOfficers].some((id) => problem.startsWith(`${id}: oncall[`)) &&
    problem.includes('is not an officer of this office');
  problems.push(
    ...checks.problems.filter(
      (problem) => ![...told].some((t) => problem.startsWith(t)) && !cascade(problem),
    ),
  );
  const { warnings } = checks;
  if (problems.length > 0) return { problems, warnings };
  return { problems, warnings, directory: buildDirectory(validOffices, checks) };
}

/** The office without the top-level fields the schema refused, when what is left is an office. */
function repair(office: unknown): { office: OfficeConfig; removed: string[] }[] {
  if (typeof office !== 'object' || office === null || Array.isArray(office)) return [];
  const removed = [
    ...new Set([...Value.Errors(OfficeSchema, office)].map((error) => error.path.split('/')[1] ?? '')),
  ].filter((field) => field !== '');
  const rest = Object.fromEntries(Object.entries(office).filter(([key]) => !removed.includes(key)));
  return Value.Check(OfficeSchema, rest) ? [{ office: rest as OfficeConfig, removed }] : [];
}

function buildDirectory(configs: readonly OfficeConfig[], checks: CheckResult): Directory {
  const offices = configs.map((config) =>
    buildOffice(
      config,
      checks.regionCodes.get(config.id) ?? [],
      checks.timezones.get(config.id) ?? 'Asia/Jakarta',
    ),
  );
  const national = offices.find((office) => office.kind === 'national');
  // crossCheck guarantees exactly one; this only satisfies the type.
  if (!national) throw new DirectoryError(['directory: offices: no national office']);
  return { offices, byId: new Map(offices.map((office) => [office.id, office])), national };
}

function buildOffice(config: OfficeConfig, regionCodes: readonly string[], timezone: string): Office {
  const oncall: OncallRule[] = (config.oncall ?? []).map((entry) =>
    typeof entry === 'string' ? { officer: entry } : entry,
  );
  return {
    ...config,
    regions: (config.regions ?? []).map(regionText),
    regionCodes,
    timezone,
    verified: config.verified ?? false,
    aliases: config.aliases ?? [],
    services: config.services ?? [],
    officers: (config.officers ?? []).map(({ telegram, role, ...officer }) => ({
      ...officer,
      role: role ?? 'officer',
      ...(telegram === undefined ? {} : { telegram: String(telegram) }),
    })),
    oncall,
    ackTimeoutSeconds: config.ackTimeoutSeconds ?? DEFAULT_ACK_TIMEOUT_SECONDS,
    deadlines: resolveDeadlines(config.deadlines),
  };
}
