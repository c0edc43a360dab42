/**
 * Editor support, tested with a real client: start `yaml-language-server` (the server behind
 * the VS Code YAML extension and most other editors' YAML support) over stdio, open plan files
 * the way an editor does, and check the diagnostics it publishes.
 *
 * The documents are opened in place, under their real `file://` URIs, so the modeline is
 * resolved exactly as in an editor: `tests/fixtures/lsp/broken-plan.yaml` carries the same kind
 * of *relative* modeline as every bundled plan (`$schema=../../../schemas/plan.schema.json`
 * there, `../schemas/plan.schema.json` in `plans/`), relative to the document's URI, and the
 * server reads the committed `schemas/plan.schema.json` from disk. No schema is configured on
 * the server side and the schema store is off: the modeline alone must bring the schema in.
 *
 * The client is a few lines of JSON-RPC with Content-Length framing; it answers the server's
 * `workspace/configuration` pulls and ignores its other requests.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/load/loadPlan.js';

const root = new URL('../../', import.meta.url);
const serverBin = fileURLToPath(new URL('node_modules/yaml-language-server/bin/yaml-language-server', root));
const schemaUri = new URL('schemas/plan.schema.json', root).href;
const timeoutMs = 15_000;

interface LspDiagnostic {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly message: string;
  readonly source?: string;
  readonly data?: { schemaUri?: string[] };
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

/** Settings the server pulls with `workspace/configuration`, by section. */
const settings: Record<string, unknown> = {
  yaml: {
    validate: true,
    hover: false,
    completion: false,
    format: { enable: false },
    schemaStore: { enable: false }, // no network: the modeline alone must bring the schema in
    kubernetesCRDStore: { enable: false },
  },
  http: { proxy: '', proxyStrictSSL: false },
  '[yaml]': {},
  editor: {},
};

class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private readonly notifications: Message[] = [];
  private readonly waiters = new Set<() => void>();
  private stderr = '';
  private exited = false;

  constructor() {
    this.child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`server exited\n${this.stderr}`));
      this.pending.clear();
      for (const wake of this.waiters) wake();
    });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(
        /content-length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1],
      );
      if (!Number.isFinite(length))
        throw new Error(`bad LSP header: ${this.buffer.subarray(0, end).toString()}`);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server.
      if (message.method === 'workspace/configuration') {
        const items = (message.params as { items: { section?: string }[] }).items;
        this.send({ id: message.id, result: items.map((i) => settings[i.section ?? ''] ?? null) });
      } else {
        this.send({ id: message.id, result: null });
      }
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      for (const wake of this.waiters) wake();
    } else if (typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiting?.resolve(message.result);
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification (received before or after the call) that matches. */
  waitFor(method: string, matches: (params: unknown) => boolean): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.notifications.find((n) => n.method === method && matches(n.params));
        if (!found && !this.exited) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        if (found) resolve(found.params);
        else reject(new Error(`server exited before ${method}\n${this.stderr}`));
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Open a file under its real URI and wait for the diagnostics the server publishes for it. */
  async diagnose(file: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = this.waitFor(
      'textDocument/publishDiagnostics',
      (p) => (p as { uri: string }).uri === uri,
    );
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') },
    });
    return ((await published) as { diagnostics: LspDiagnostic[] }).diagnostics;
  }

  /** shutdown + exit, as an editor does; killed if it does not go within two seconds. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const grace = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
    try {
      await Promise.race([this.request('shutdown', null), grace(2000)]);
      this.notify('exit', null);
    } catch {
      // fall through to the kill
    }
    await Promise.race([gone, grace(2000)]);
    if (!this.exited) {
      this.child.kill('SIGKILL');
      await gone;
    }
  }
}

describe('yaml-language-server with the plan schema', () => {
  let client: LspClient;

  beforeAll(async () => {
    client = new LspClient();
    await client.request('initialize', {
      processId: process.pid,
      rootUri: root.href,
      workspaceFolders: [{ uri: root.href, name: 'plans' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: {} },
      },
    });
    client.notify('initialized', {});
  }, 2 * timeoutMs);

  afterAll(async () => {
    await client?.close();
  }, 2 * timeoutMs);

  it('puts each problem of a broken plan on the line (and column) `plans validate` reports', async () => {
    const file = fileURLToPath(new URL('tests/fixtures/lsp/broken-plan.yaml', root));
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/plan.schema.json');

    const published = await client.diagnose(file);

    // The diagnostics come from the committed schema, found through the relative modeline.
    expect(published.length).toBeGreaterThan(0);
    for (const d of published) expect(d.data?.schemaUri).toEqual([schemaUri]);

    // Our own validator on the same file: 1-based line and column → LSP's 0-based position.
    const ours = loadPlanText(text, 'tests/fixtures/lsp/broken-plan.yaml', { expectedId: 'broken-plan' });
    const errors = ours.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code).sort()).toEqual(['enum', 'format', 'type', 'unknown-key']);
    const position = (line: number, character: number) => `${line}:${character}`;
    const theirs = [...new Set(published.map((d) => position(d.range.start.line, d.range.start.character)))];
    expect(theirs.sort()).toEqual(errors.map((d) => position(d.line - 1, d.col - 1)).sort());

    // And on the lines one would point at by eye.
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
    const at = (needle: string) => published.filter((d) => d.range.start.line === lineOf(needle));
    expect(
      at('status: rumoured')
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/official/); // unknown enum value
    expect(
      at('nato_membership:')
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/nato_membership/); // unknown key
    expect(at('date: 2025-02-30')).toHaveLength(1); // no such day
    expect(at('within: 30 dayz')).toHaveLength(1); // not a duration
  });

  it('finds nothing wrong with the bundled plans (same modeline, relative to plans/)', async () => {
    const dir = new URL('plans/', root);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    const results = await Promise.all(
      files.map(async (f) => [f, await client.diagnose(fileURLToPath(new URL(f, dir)))] as const),
    );
    for (const [f, diagnostics] of results) expect(diagnostics, f).toEqual([]);
  });
});
