/**
 * Input problems: what is wrong with which file, and how to fix it. The build collects every
 * problem across all inputs before it stops, so an editor fixes everything in one pass.
 */

export interface InputProblem {
  /** Project-relative path of the offending file. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  reason: string;
  fix: string;
}

/** Thrown by a stage that cannot go on with a file. Carries one or more problems. */
export class InputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

export function formatProblem(problem: InputProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.reason}\n  → ${problem.fix}`;
}
