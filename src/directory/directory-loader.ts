// Loading the offices YAML: parse, check the schema, check across offices, then build the typed
// directory. Every problem is collected before failing, so one run of `hotline directory check`
// lists them all.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { parseDocument } from 'yaml';
import { crossCheck, regionText } from './directory-checks.js';
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
  const result = inspectDirectory(readDirectoryFile(file), basename(file));
  if (!result.directory) throw new DirectoryError(result.problems);
  return result.directory;
}

/** The problems of an offices YAML file, for `hotline directory check <file>`; empty when it is fine. */
export function checkDirectory(file: string): string[] {
  try {
    return inspectDirectory(readDirectoryFile(file), basename(file)).problems;
  } catch (error) {
    if (error instanceof DirectoryError) return [...error.problems];
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
export function checkDirectoryText(yamlText: string, source = 'directory'): string[] {
  return inspectDirectory(yamlText, source).problems;
}

function readDirectoryFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DirectoryError([`${file}: (file): cannot be read (${reason}); check the path`], { cause });
  }
}

interface Inspection {
  readonly problems: string[];
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
    };
  }
  const data: unknown = document.toJS();
  const problems = schemaProblems(data, source);
  // Offices that passed the schema are still cross-checked, so one run reports everything it can.
  const rawOffices: unknown[] = Array.isArray((data as { offices?: unknown })?.offices)
    ? (data as { offices: unknown[] }).offices
    : [];
  const validOffices = rawOffices.filter((office): office is OfficeConfig =>
    Value.Check(OfficeSchema, office),
  );
  const checks = crossCheck(validOffices, source, gazetteer);
  problems.push(...checks.problems);
  if (problems.length > 0) return { problems };
  return { problems, directory: buildDirectory(validOffices, checks.regionCodes) };
}

function buildDirectory(
  configs: readonly OfficeConfig[],
  regionCodes: ReadonlyMap<string, string[]>,
): Directory {
  const offices = configs.map((config) => buildOffice(config, regionCodes.get(config.id) ?? []));
  const national = offices.find((office) => office.kind === 'national');
  // crossCheck guarantees exactly one; this only satisfies the type.
  if (!national) throw new DirectoryError(['directory: offices: no national office']);
  return { offices, byId: new Map(offices.map((office) => [office.id, office])), national };
}

function buildOffice(config: OfficeConfig, regionCodes: readonly string[]): Office {
  const oncall: OncallRule[] = (config.oncall ?? []).map((entry) =>
    typeof entry === 'string' ? { officer: entry } : entry,
  );
  return {
    ...config,
    regions: config.regions.map(regionText),
    regionCodes,
    aliases: config.aliases ?? [],
    services: config.services ?? [],
    officers: (config.officers ?? []).map(({ telegram, ...officer }) =>
      telegram === undefined ? officer : { ...officer, telegram: String(telegram) },
    ),
    oncall,
    ackTimeoutSeconds: config.ackTimeoutSeconds ?? DEFAULT_ACK_TIMEOUT_SECONDS,
  };
}
