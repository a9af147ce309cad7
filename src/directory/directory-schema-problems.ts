// TypeBox errors rewritten for the person editing the YAML: which office, which field, what to do.
import type { TSchema } from '@sinclair/typebox';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { DirectoryFileSchema } from './directory-schema.js';

/** Every schema problem of a parsed YAML document, as `<office id>: <field path>: <message>`. */
export function schemaProblems(document: unknown, source: string): string[] {
  const problems: string[] = [];
  const seenPaths = new Set<string>();
  for (const error of flattenUnions(Value.Errors(DirectoryFileSchema, document))) {
    // A missing property also fails its type check at the same path; report it once.
    if (seenPaths.has(error.path)) continue;
    seenPaths.add(error.path);
    problems.push(`${where(document, error.path, source)}: ${describe(error)}`);
  }
  return problems;
}

/** "/offices/2/officers/0/telgram" → "uptd-pati: officers[0].telgram" (office id when it has one). */
export function where(document: unknown, path: string, source: string): string {
  const segments = path
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments[0] !== 'offices' || segments[1] === undefined)
    return `${source}: ${segments.join('.') || '(file)'}`;
  const index = Number(segments[1]);
  const office = (document as { offices?: unknown[] }).offices?.[index];
  const id = (office as { id?: unknown } | undefined)?.id;
  const label = typeof id === 'string' && id !== '' ? id : `offices[${index}]`;
  return `${label}: ${fieldPath(segments.slice(2)) || '(office)'}`;
}

/** ["officers", "1", "telegram"] → "officers[1].telegram". */
export function fieldPath(segments: readonly string[]): string {
  return segments.reduce(
    (path, segment) =>
      /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment,
    '',
  );
}

/**
 * A union says only "expected union value". When the value is an object, the object branch's own
 * errors say what is wrong (an unknown key inside an on-call window), so report those instead.
 */
function* flattenUnions(errors: Iterable<ValueError>): Generator<ValueError> {
  for (const error of errors) {
    const objectBranch = objectBranchOf(error);
    if (error.type === ValueErrorType.Union && objectBranch && isPlainObject(error.value)) {
      for (const inner of Value.Errors(objectBranch, error.value)) {
        yield { ...inner, path: `${error.path}${inner.path}` };
      }
    } else {
      yield error;
    }
  }
}

function objectBranchOf(error: ValueError): TSchema | undefined {
  const branches = (error.schema as { anyOf?: TSchema[] }).anyOf ?? [];
  return branches.find((branch) => branch.type === 'object');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: ValueError): string {
  const schema = error.schema as {
    description?: string;
    properties?: Record<string, unknown>;
    patternProperties?: unknown;
  };
  switch (error.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const key = error.path.split('/').pop() ?? '';
      if (schema.patternProperties) {
        return `"${key}" is not a day or day range; use mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri`;
      }
      const known = Object.keys(schema.properties ?? {}).join(', ');
      return `unknown key "${key}"; remove it or fix its spelling (known keys: ${known})`;
    }
    case ValueErrorType.ObjectRequiredProperty:
      return `missing; add ${schema.description ?? 'this field'}`;
    default: {
      const expected = schema.description ?? error.message.replace(/^Expected /, '').toLowerCase();
      return `${show(error.value)} is not valid; expected ${expected}`;
    }
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  // Enough to recognise the value; a whole pasted office would bury the message.
  const MAX_SHOWN = 60;
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
