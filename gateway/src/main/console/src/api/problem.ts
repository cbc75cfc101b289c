import type { FormInstance } from 'antd';

/** One rejected field of an RFC 9457 problem, as every service writes it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An application/problem+json answer (or a failure that never reached a service), as an Error. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldProblem[];

  constructor(status: number, title: string, detail?: string, errors: FieldProblem[] = []) {
    super(detail ?? title);
    this.name = 'ProblemError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a problem body (or whatever came back) into a ProblemError; the status is the response's. */
export function toProblem(status: number, statusText: string, body: unknown): ProblemError {
  if (isRecord(body)) {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(isRecord).map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
      : [];
    const title = typeof body.title === 'string' ? body.title : statusText || `HTTP ${status}`;
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    return new ProblemError(status, title, detail, errors);
  }
  return new ProblemError(status, statusText || `HTTP ${status}`, typeof body === 'string' && body ? body : undefined);
}

/** `rows[3].creditCode` → `['rows', 3, 'creditCode']`, the name path antd's Form uses. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each field problem on the form's field of that name; returns the problems no field of the
 * form shows (the caller lists them beside the problem's text, so none is lost).
 */
export function showOnForm(form: FormInstance, problem: ProblemError): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  const placed: { name: (string | number)[]; errors: string[] }[] = [];
  for (const error of problem.errors) {
    const name = fieldPath(error.field);
    if (name.length > 0 && form.getFieldInstance(name) !== undefined) {
      const existing = placed.find((p) => JSON.stringify(p.name) === JSON.stringify(name));
      if (existing) existing.errors.push(error.message);
      else placed.push({ name, errors: [error.message] });
    } else {
      unplaced.push(error);
    }
  }
  form.setFields(placed);
  return unplaced;
}
