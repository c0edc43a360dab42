/** Place a cross-file finding at its node, in the file read again with the located parser. */
import type { CorpusFinding } from './corpus.js';
import type { Diagnostic } from './diagnostic.js';
import { decodePlanBytes } from './text.js';
import { parseLocated, rangeAt } from './yaml.js';

export function locateFinding(f: CorpusFinding, bytes: Uint8Array | undefined): Diagnostic {
  const decoded = bytes ? decodePlanBytes(bytes) : undefined;
  const located = decoded?.ok ? parseLocated(decoded.text) : undefined;
  const [start, end] = located?.doc ? rangeAt(located.doc, f.path, 'value') : [0, 1];
  const s = located?.lineCounter.linePos(start) ?? { line: 1, col: 1 };
  const e = located?.lineCounter.linePos(end) ?? { line: 1, col: 1 };
  return {
    file: f.file,
    line: s.line,
    col: s.col,
    endLine: e.line,
    endCol: e.col,
    severity: f.severity,
    code: f.code,
    message: f.message,
    path: [...f.path],
  };
}
