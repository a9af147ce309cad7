import { triage } from './triage.js';
import { CATEGORIES, type Category, LANGUAGES, type Language, type TriageResult } from './types.js';

/** One hand-labelled message (tests/triage/examples/*.jsonl), labelled by triage-labels.md. */
export interface LabelledExample {
  text: string;
  language: Language;
  categories: Category[];
  urgent: boolean;
  /** Where it came from ("dev/blind5-id.jsonl:12"), so a miss can be found again. */
  source?: string;
}

/** Precision, recall and F1 of one category over all examples (multi-label). */
export interface CategoryFigures {
  category: Category;
  /** Examples whose gold labels include the category. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores for the examples whose gold language is `language` (or all of them). */
export interface LanguageFigures {
  language: Language | 'all';
  examples: number;
  languageAccuracy: number;
  /** 1 when nothing was flagged urgent (no false alarms to count). */
  urgentPrecision: number;
  /** 1 when no example is urgent (nothing to miss). */
  urgentRecall: number;
  /** Micro-averaged F1 over the category labels of every example, `other` included. */
  categoryF1: number;
}

export interface Mistake {
  example: LabelledExample;
  got: Pick<TriageResult, 'language' | 'categories' | 'urgent' | 'urgentSignals'>;
}

export interface EvaluationReport {
  perLanguage: LanguageFigures[];
  overall: LanguageFigures;
  perCategory: CategoryFigures[];
  /** Unweighted mean of the six categories' F1. */
  macroF1: number;
  /**
   * confusion[expected][got]: how many examples carry the gold label `expected` and were given
   * `got` (multi-label, so one example can count in several cells; the diagonal is the hits).
   */
  confusion: Record<Category, Record<Category, number>>;
  mistakes: Mistake[];
}

/** Runs triage over labelled examples and scores it per language and overall. */
export function evaluate(
  examples: readonly LabelledExample[],
  classify: (text: string) => TriageResult = triage,
): EvaluationReport {
  const scored = examples.map((example) => ({ example, result: classify(example.text) }));
  const perLanguage = LANGUAGES.map((language) =>
    figures(
      language,
      scored.filter((s) => s.example.language === language),
    ),
  ).filter((f) => f.examples > 0);
  const mistakes = scored
    .filter(({ example, result }) => !agrees(example, result))
    .map(({ example, result }) => ({
      example,
      got: {
        language: result.language,
        categories: result.categories,
        urgent: result.urgent,
        urgentSignals: result.urgentSignals,
      },
    }));
  const perCategory = CATEGORIES.map((category) => categoryFigures(category, scored));
  const macroF1 = ratio(
    perCategory.reduce((sum, c) => sum + c.f1, 0),
    perCategory.length,
  );
  return {
    perLanguage,
    overall: figures('all', scored),
    perCategory,
    macroF1,
    confusion: confusion(scored),
    mistakes,
  };
}

/** Parses JSON Lines of labelled examples, failing loudly on a malformed line. */
export function parseExamples(jsonl: string, source = 'examples'): LabelledExample[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const value: unknown = JSON.parse(line);
      if (!isExample(value)) throw new Error(`${source}:${number}: not a labelled example`);
      return { ...value, source: `${source}:${number}` };
    });
}

interface Scored {
  example: LabelledExample;
  result: TriageResult;
}

function figures(language: Language | 'all', scored: readonly Scored[]): LanguageFigures {
  let languageHits = 0;
  let urgentTp = 0;
  let urgentFp = 0;
  let urgentFn = 0;
  let catTp = 0;
  let catFp = 0;
  let catFn = 0;
  for (const { example, result } of scored) {
    if (result.language === example.language) languageHits += 1;
    if (result.urgent && example.urgent) urgentTp += 1;
    if (result.urgent && !example.urgent) urgentFp += 1;
    if (!result.urgent && example.urgent) urgentFn += 1;
    for (const category of result.categories) {
      if (example.categories.includes(category)) catTp += 1;
      else catFp += 1;
    }
    catFn += example.categories.filter((c) => !result.categories.includes(c)).length;
  }
  return {
    language,
    examples: scored.length,
    languageAccuracy: ratio(languageHits, scored.length),
    urgentPrecision: ratio(urgentTp, urgentTp + urgentFp),
    urgentRecall: ratio(urgentTp, urgentTp + urgentFn),
    categoryF1: ratio(2 * catTp, 2 * catTp + catFp + catFn),
  };
}

function categoryFigures(category: Category, scored: readonly Scored[]): CategoryFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { example, result } of scored) {
    const predicted = result.categories.includes(category);
    const expected = example.categories.includes(category);
    if (predicted && expected) tp += 1;
    else if (predicted) fp += 1;
    else if (expected) fn += 1;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp + fp + fn === 0 ? 1 : ratio(2 * tp, 2 * tp + fp + fn);
  return { category, support: tp + fn, precision, recall, f1 };
}

function confusion(scored: readonly Scored[]): Record<Category, Record<Category, number>> {
  const row = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const table = Object.fromEntries(CATEGORIES.map((c) => [c, row()])) as Record<
    Category,
    Record<Category, number>
  >;
  for (const { example, result } of scored) {
    for (const expected of example.categories) {
      for (const got of result.categories) table[expected][got] += 1;
    }
  }
  return table;
}

function agrees(example: LabelledExample, result: TriageResult): boolean {
  const sameCategories =
    example.categories.length === result.categories.length &&
    example.categories.every((c) => result.categories.includes(c));
  return result.language === example.language && result.urgent === example.urgent && sameCategories;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}

function isExample(value: unknown): value is LabelledExample {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.text === 'string' &&
    typeof v.urgent === 'boolean' &&
    (LANGUAGES as readonly unknown[]).includes(v.language) &&
    Array.isArray(v.categories) &&
    v.categories.length > 0 &&
    v.categories.every((c) => (CATEGORIES as readonly unknown[]).includes(c))
  );
}
