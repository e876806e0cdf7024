import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, Scalar, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { CentreCliError, EXIT, type LocatedIssue, type ServerFieldError } from '../centre-cli.error';
import { centreFileSchema, type CentreFile } from './centre-file.schema';
import type { FieldPathMapper } from './server-field-paths';
import { formatPath, locateKey, locatePath } from './yaml-locations';

type Path = readonly PropertyKey[];

/** The text of a centre file kept with its node ranges, to name the line of anything wrong in it. */
export class CentreFileSource {
  constructor(
    readonly name: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  issueAt(path: Path, message: string): LocatedIssue {
    const { position } = locatePath(this.doc, this.lineCounter, path);
    return { file: this.name, ...position, path: formatPath(path), message };
  }

  issuesFromZod(error: z.ZodError): LocatedIssue[] {
    return sortByPosition(
      error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({
            file: this.name,
            ...locateKey(this.doc, this.lineCounter, issue.path, key),
            path: formatPath([...issue.path, key]),
            message: 'is not a known field',
          }));
        }
        const { position, found } = locatePath(this.doc, this.lineCounter, issue.path);
        // A missing key fails as "expected string, received undefined"; say it plainly.
        const message = issue.code === 'invalid_type' && !found ? 'is required' : issue.message;
        return [{ file: this.name, ...position, path: formatPath(issue.path), message }];
      }),
    );
  }

  /**
   * Field errors of a problem+json answer (`body.timeZone`, `body.organisations.2.name`) at the lines
   * of the file they come from; `toPath` turns the field's segments into a path of the file, or null
   * for a field the file does not hold (reported on the file's first line).
   */
  issuesFromServer(errors: readonly ServerFieldError[], toPath: FieldPathMapper): LocatedIssue[] {
    return sortByPosition(
      errors.map((error) => {
        const segments = error.field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
        const path = toPath(segments);
        if (path === null) return { file: this.name, line: 1, column: 1, path: error.field, message: error.message };
        return this.issueAt(path, error.message);
      }),
    );
  }
}

function sortByPosition(issues: LocatedIssue[]): LocatedIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

export interface LoadedCentreFile {
  file: CentreFile;
  source: CentreFileSource;
}

function invalid(name: string, issues: LocatedIssue[], what: string): CentreCliError {
  const code = what === 'syntax' ? 'CENTRE_FILE.SYNTAX' : 'CENTRE_FILE.INVALID';
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const message = what === 'syntax' ? `${name} is not valid YAML (${count})` : `${name} is not a valid centre file (${count})`;
  return new CentreCliError(code, message, { exitCode: EXIT.usage, issues });
}

/**
 * Where a syntax error starts. An unclosed quote is found only where the text ends, often many lines
 * later; the quote that opened the string is where the operator has to look.
 */
function syntaxErrorOffset(doc: Document, error: YAMLError): number {
  const [offset] = error.pos;
  if (error.code !== 'MISSING_CHAR') return offset;
  let start = offset;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range && node.range[0] < offset && offset <= node.range[2]) start = node.range[0];
    },
  });
  return start;
}

/** Parses and validates a centre file; every problem names its line and column. */
export function parseCentreFile(text: string, name: string): LoadedCentreFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(syntaxErrorOffset(doc, error));
      return { file: name, line, column: col, path: '', message: error.message };
    });
    // The parser often reports one mistake twice at the same place.
    const unique = issues.filter((issue, index) => issues.findIndex((other) => other.line === issue.line && other.column === issue.column) === index);
    throw invalid(name, sortByPosition(unique), 'syntax');
  }
  const source = new CentreFileSource(name, doc, lineCounter);
  if (doc.contents === null) throw invalid(name, [{ file: name, line: 1, column: 1, path: '', message: 'the file is empty' }], 'content');
  const parsed = centreFileSchema.safeParse(doc.toJS({ maxAliasCount: 50 }));
  if (!parsed.success) throw invalid(name, source.issuesFromZod(parsed.error), 'content');
  return { file: parsed.data, source };
}

/** Reads a centre file; `name` is how messages call it (the path as the operator typed it). */
export async function readCentreFile(path: string, name: string = path): Promise<LoadedCentreFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it cannot be read';
    throw new CentreCliError('CENTRE_FILE.UNREADABLE', `${name}: ${reason}`, { exitCode: EXIT.usage });
  }
  return parseCentreFile(text, name);
}
