/**
 * The writer's promises (src/cli/write.ts, docs/limits.md "Writing files"), each tried as a
 * careful and as a hostile user would: non-regular targets, inputs, links, modes, owners, hard
 * links, encodings, line ends, concurrent writers, full and read-only disks, interrupts; and
 * the exit codes that must not depend on how much of the output a reader read.
 *
 * Cases that need root (device nodes, tmpfs mounts, another user) run as root and, for what an
 * unprivileged user sees, drop to `nobody`; elsewhere they skip with the reason in the name.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListedPlanFile } from '../src/cli/files.js';
import { containsMarker, injectSection } from '../src/cli/inject.js';
import { binPath, plansDir, repoRoot, runCli, runs } from './helpers.js';

const isRoot = process.getuid?.() === 0;
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'plans-writes-'));
  chmodSync(tmp, 0o755);
});
afterAll(() => {
  for (const m of mounts) spawnSync('umount', ['-l', m]);
  rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
function dir(): string {
  const d = join(tmp, `case-${++n}`);
  mkdirSync(d);
  chmodSync(d, 0o777);
  return d;
}

/** Hidden files the writer would leave behind: temporary files and locks. */
function leftovers(d: string): string[] {
  return readdirSync(d).filter((f) => /\.(tmp|plans-lock)$/.test(f));
}

function spawnBin(argv: readonly string[], cwd: string, extra: Parameters<typeof spawnSync>[2] = {}) {
  return spawnSync(process.execPath, [binPath, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 20_000,
    ...extra,
  }) as SpawnSyncReturns<string>;
}

function oneLine(
  r: { stderr: string; status?: number | null; code?: number },
  pattern: RegExp,
  code = 2,
): void {
  expect(r.status ?? r.code, r.stderr).toBe(code);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const mounts: string[] = [];
/** A small tmpfs of `size`, or undefined when this machine cannot mount one. */
function tmpfs(size: string): string | undefined {
  if (!isRoot) return undefined;
  const m = join(tmp, `mnt-${++n}`);
  mkdirSync(m);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777`, 'tmpfs', m]).status !== 0)
    return undefined;
  mounts.push(m);
  return m;
}

describe('only regular files are written', () => {
  it('--out, --inject and --check onto a FIFO: refused at once (no hang), the FIFO left alone', (ctx) => {
    const d = dir();
    if (spawnSync('mkfifo', [join(d, 'pipe')]).status !== 0) ctx.skip();
    for (const argv of [
      ['list', '--out', 'pipe'],
      ['list', '--format', 'markdown', '--inject', 'pipe'],
      ['list', '--out', 'pipe', '--check'],
      ['list', '--format', 'markdown', '--inject', 'pipe', '--check'],
    ]) {
      const r = spawnBin(argv, d, { timeout: 10_000 });
      expect(r.error, 'the child must finish (no hang)').toBeUndefined();
      oneLine(r, /cannot write pipe: it is a FIFO \(named pipe\); only regular files are written/);
      expect(lstatSync(join(d, 'pipe')).isFIFO()).toBe(true);
    }
    expect(leftovers(d)).toEqual([]);
  });

  it.skipIf(!isRoot)(
    '--out onto a device node (made with mknod; needs root): refused, still a device',
    () => {
      const d = dir();
      expect(spawnSync('mknod', [join(d, 'null'), 'c', '1', '3']).status).toBe(0);
      oneLine(spawnBin(['list', '--out', 'null'], d), /cannot write null: it is a device/);
      expect(lstatSync(join(d, 'null')).isCharacterDevice()).toBe(true);
      expect(leftovers(d)).toEqual([]);
    },
  );

  it('--out onto a directory, or a name ending in a slash: refused, nothing created', async () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'file'), 'keep');
    oneLine(await runCli(['list', '--out', 'sub'], { cwd: d }), /cannot write sub: it is a directory/);
    oneLine(
      await runCli(['list', '--out', 'file/'], { cwd: d }),
      /cannot write file\/: the name ends with a path separator/,
    );
    oneLine(await runCli(['list', '--out', 'newdir/'], { cwd: d }), /cannot write newdir\/: the name ends/);
    expect(readdirSync(d).sort()).toEqual(['file', 'sub']);
    expect(readFileSync(join(d, 'file'), 'utf8')).toBe('keep');
  });

  it('--out or --inject with an empty name: a usage error, not stdout', async () => {
    for (const [flag, msg] of [
      ['--out', 'plans: --out needs a file name (or - for stdout)\n'],
      ['--inject', 'plans: --inject needs a file name\n'],
    ] as const) {
      const r = await runCli(['list', flag, ''], { cwd: dir() });
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: msg });
    }
  });

  it('--out - is stdout', async () => {
    const r = await runCli(['list', '--format', 'json', '--out', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).plans.length).toBeGreaterThan(10);
    oneLine(await runCli(['list', '--out', '-', '--check']), /--check needs a file/);
  });
});

describe('inputs are never overwritten', () => {
  it('diff kyiv kremlin --out plans/kyiv.yaml: refused, the plan unchanged', async () => {
    const d = dir();
    mkdirSync(join(d, 'plans'));
    for (const id of ['kyiv', 'kremlin', 'putin-june-2024', 'ukraine-e3-20-point-december-2025']) {
      writeFileSync(join(d, 'plans', `${id}.yaml`), readFileSync(join(plansDir, `${id}.yaml`)));
    }
    const before = readFileSync(join(d, 'plans', 'kyiv.yaml'));
    for (const argv of [
      ['--no-bundled', 'diff', 'kyiv', 'kremlin', '--out', 'plans/kyiv.yaml'],
      ['--no-bundled', 'diff', 'plans/kyiv.yaml', 'kremlin', '--out', 'plans/../plans/kyiv.yaml'],
      // kremlin reaffirms putin-june-2024: a plan read only to be inherited is an input too.
      ['--no-bundled', 'show', 'kremlin', '--out', 'plans/putin-june-2024.yaml'],
    ]) {
      oneLine(await runCli(argv, { cwd: d }), /it is one of the plans this command read; not overwritten/);
    }
    // Through a link to the plan, too.
    symlinkSync(join(d, 'plans', 'kyiv.yaml'), join(d, 'report.md'));
    oneLine(
      await runCli(['--no-bundled', 'diff', 'kyiv', 'kremlin', '--out', 'report.md'], { cwd: d }),
      /one of the plans/,
    );
    expect(readFileSync(join(d, 'plans', 'kyiv.yaml'))).toEqual(before);
  });
});

describe('links, modes, owners', () => {
  it('--out and --inject through a symbolic link write its target and keep the link', async () => {
    const d = dir();
    writeFileSync(join(d, 'real.md'), '# Doc\n<!-- plans:begin -->\n<!-- plans:end -->\n');
    symlinkSync('real.md', join(d, 'link.md'));
    expect((await runCli(['list', '--format', 'markdown', '--inject', 'link.md'], { cwd: d })).code).toBe(0);
    expect(lstatSync(join(d, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'real.md'), 'utf8')).toContain('| `kyiv` |');
    // A dangling link: the file is created where it points.
    symlinkSync('made.md', join(d, 'dangling.md'));
    expect((await runCli(['list', '--out', 'dangling.md'], { cwd: d })).code).toBe(0);
    expect(lstatSync(join(d, 'dangling.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'made.md'), 'utf8')).toContain('kyiv');
    expect(leftovers(d)).toEqual([]);
  });

  it('takes `..` as the system does: from the link target, not by cutting the text', async () => {
    const d = dir();
    mkdirSync(join(d, 'elsewhere', 'deep'), { recursive: true });
    mkdirSync(join(d, 'work'));
    // work/lnk → ../elsewhere/deep; "lnk/../x.md" is elsewhere/x.md to the system.
    symlinkSync('../elsewhere/deep', join(d, 'work', 'lnk'));
    writeFileSync(join(d, 'work', 'x.md'), 'mine, not to be touched\n');
    expect((await runCli(['list', '--out', 'lnk/../x.md'], { cwd: join(d, 'work') })).code).toBe(0);
    expect(readFileSync(join(d, 'work', 'x.md'), 'utf8')).toBe('mine, not to be touched\n');
    expect(readFileSync(join(d, 'elsewhere', 'x.md'), 'utf8')).toContain('kyiv');
    // A link whose own text has `..` after a link: doc.md → lnk/../y.md, again elsewhere/y.md.
    symlinkSync('lnk/../y.md', join(d, 'work', 'doc.md'));
    writeFileSync(join(d, 'work', 'y.md'), 'also mine\n');
    expect((await runCli(['list', '--out', 'doc.md'], { cwd: join(d, 'work') })).code).toBe(0);
    expect(readFileSync(join(d, 'work', 'y.md'), 'utf8')).toBe('also mine\n');
    expect(readFileSync(join(d, 'elsewhere', 'y.md'), 'utf8')).toContain('kyiv');
    expect(lstatSync(join(d, 'work', 'doc.md')).isSymbolicLink()).toBe(true);
  });

  it('a `..` after a missing directory or a file, or a link to a name ending in /: refused as a shell would', async () => {
    const d = dir();
    writeFileSync(join(d, 'f'), 'x');
    symlinkSync('f', join(d, 'fl'));
    symlinkSync(`${join(d, 'nonexist')}/`, join(d, 's.md'));
    for (const [out, why] of [
      ['missing/../m.md', 'its directory does not exist'],
      ['fl/../o.md', 'a part of the path is not a directory'],
      ['s.md', 'it is a link to a directory (its target ends in /)'],
    ] as const) {
      const r = await runCli(['list', '--out', out], { cwd: d });
      expect(r, out).toMatchObject({ code: 2, stdout: '', stderr: `plans: cannot write ${out}: ${why}\n` });
    }
    expect(readdirSync(d).sort()).toEqual(['f', 'fl', 's.md']);
  });

  it('keeps a 0600 file 0600 (and an executable bit), refuses to split hard links', async () => {
    const d = dir();
    const file = join(d, 'private.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    expect((await runCli(['list', '--out', 'private.md'], { cwd: d })).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(join(d, 'x.md'), 'old');
    chmodSync(join(d, 'x.md'), 0o750);
    expect((await runCli(['list', '--out', 'x.md'], { cwd: d })).code).toBe(0);
    expect(statSync(join(d, 'x.md')).mode & 0o777).toBe(0o750);

    writeFileSync(join(d, 'a.md'), 'shared');
    linkSync(join(d, 'a.md'), join(d, 'b.md'));
    oneLine(await runCli(['list', '--out', 'a.md'], { cwd: d }), /cannot write a\.md: it has 2 hard links/);
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('shared');
    expect(statSync(join(d, 'a.md')).ino).toBe(statSync(join(d, 'b.md')).ino);
    expect(leftovers(d)).toEqual([]);
  });

  it.skipIf(!isRoot)(
    'keeps the owner when run as root; refuses when it cannot keep it (as nobody; needs root)',
    async () => {
      const d = dir();
      const file = join(d, 'theirs.md');
      writeFileSync(file, 'old');
      chownSync(file, 65534, 65534);
      expect((await runCli(['list', '--out', 'theirs.md'], { cwd: d })).code).toBe(0);
      expect(statSync(file)).toMatchObject({ uid: 65534, gid: 65534 });

      // nobody may write the file and the directory, but a new copy would be nobody's.
      const root = join(d, 'roots.md');
      writeFileSync(root, 'old');
      chmodSync(root, 0o666);
      const r = spawnBin(['list', '--out', 'roots.md'], d, { uid: 65534, gid: 65534 });
      if (/Cannot find module|EACCES: permission denied, open '\//.test(r.stderr ?? '')) return; // bin unreachable
      oneLine(r, /cannot write roots\.md: it belongs to another user or group/);
      expect(readFileSync(root, 'utf8')).toBe('old');
      expect(statSync(root).uid).toBe(0);
      expect(leftovers(d)).toEqual([]);
    },
  );

  it.skipIf(!isRoot)(
    'a file read-only for its user is refused, as a shell would (as nobody; needs root)',
    () => {
      const d = dir();
      const file = join(d, 'locked.md');
      writeFileSync(file, 'old');
      chownSync(file, 65534, 65534);
      chmodSync(file, 0o444); // in a directory nobody may write: a rename could replace it
      for (const argv of [
        ['list', '--out', 'locked.md'],
        ['list', '--inject', 'locked.md'],
      ]) {
        const r = spawnBin(argv, d, { uid: 65534, gid: 65534 });
        if (/Cannot find module|EACCES: permission denied, open '\//.test(r.stderr ?? '')) return; // bin unreachable
        oneLine(r, /cannot write locked\.md: it is read-only \(permission denied\); not changed/);
      }
      expect(readFileSync(file, 'utf8')).toBe('old');
      expect(statSync(file).mode & 0o777).toBe(0o444);
      expect(leftovers(d)).toEqual([]);
    },
  );
});

describe('plans migrate writes all its files or none', () => {
  it.skipIf(!isRoot)('one read-only file (as nobody; needs root): refused before any is written', () => {
    const d = dir();
    const names = ['kremlin.yaml', 'kyiv.yaml', 'us-28-point.yaml'];
    const before = new Map<string, string>();
    for (const name of names) {
      const text = readFileSync(join(repoRoot, 'tests', 'fixtures', 'format-1', name), 'utf8');
      writeFileSync(join(d, name), text);
      chownSync(join(d, name), 65534, 65534);
      before.set(name, text);
    }
    chmodSync(join(d, 'kyiv.yaml'), 0o444);
    const r = spawnBin(['migrate', '.'], d, { uid: 65534, gid: 65534 });
    if (/Cannot find module|EACCES: permission denied, open '\//.test(r.stderr ?? '')) return; // bin unreachable
    oneLine(r, /cannot migrate kyiv\.yaml: it is read-only \(permission denied\); no file changed/);
    for (const name of names) expect(readFileSync(join(d, name), 'utf8'), name).toBe(before.get(name));
    expect(leftovers(d)).toEqual([]);
  });
});

describe('--inject keeps every byte outside its section', () => {
  it('refuses a document that is not UTF-8, byte for byte unchanged', async () => {
    const d = dir();
    const latin1 = Buffer.from('caf\xe9 na\xefve\n<!-- plans:begin -->\n<!-- plans:end -->\n', 'latin1');
    writeFileSync(join(d, 'doc.md'), latin1);
    oneLine(
      await runCli(['list', '--format', 'markdown', '--inject', 'doc.md'], { cwd: d }),
      /not UTF-8 text; not changed/,
    );
    expect(readFileSync(join(d, 'doc.md'))).toEqual(latin1);
  });

  it('keeps CRLF line ends (and a BOM), and --check is then current', async () => {
    const d = dir();
    const doc = '\uFEFF# Title\r\n\r\n<!-- plans:begin -->\r\nold\r\n<!-- plans:end -->\r\ntail\r\n';
    writeFileSync(join(d, 'doc.md'), doc);
    const argv = ['list', '--format', 'markdown', '--inject', 'doc.md'];
    expect((await runCli(argv, { cwd: d })).code).toBe(0);
    const after = readFileSync(join(d, 'doc.md'), 'utf8');
    expect(after.startsWith('\uFEFF# Title\r\n\r\n<!-- plans:begin -->\r\n')).toBe(true);
    expect(after.endsWith('<!-- plans:end -->\r\ntail\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n'); // no bare LF anywhere
    expect((await runCli([...argv, '--check'], { cwd: d })).code).toBe(0);
    // An --out file git checked out with CRLF is current too.
    expect((await runCli(['list', '--out', 'list.txt'], { cwd: d })).code).toBe(0);
    writeFileSync(join(d, 'list.txt'), readFileSync(join(d, 'list.txt'), 'utf8').replace(/\n/g, '\r\n'));
    expect((await runCli(['list', '--out', 'list.txt', '--check'], { cwd: d })).code).toBe(0);
  });

  it('takes markers only alone on their line and outside fenced code', () => {
    const doc = [
      'Put `<!-- plans:begin -->` and <!-- plans:end --> in your file.',
      '```markdown',
      '<!-- plans:begin -->',
      '<!-- plans:end -->',
      '```',
      '<!-- plans:begin -->',
      'old',
      '<!-- plans:end -->',
      '~~~~',
      '<!-- plans:end -->',
      '~~~~',
      '',
    ].join('\n');
    const r = injectSection(doc, 'NEW\n');
    expect(r.ok).toBe(true);
    const lines = (r as { text: string }).text.split('\n');
    expect(lines.slice(0, 5)).toEqual(doc.split('\n').slice(0, 5));
    expect(lines.slice(5, 8)).toEqual(['<!-- plans:begin -->', 'NEW', '<!-- plans:end -->']);
    expect(lines.slice(8)).toEqual(doc.split('\n').slice(8));
    // Only mentions: not found.
    expect(injectSection(doc.split('\n').slice(0, 5).join('\n'), 'x')).toEqual({
      ok: false,
      reason: 'markers <!-- plans:begin --> and <!-- plans:end --> not found on lines of their own',
    });
  });

  it('a fence opened inside a section does not hide the markers after it', () => {
    const doc =
      '<!-- plans:begin a -->\n```\n<!-- plans:end a -->\n<!-- plans:begin b -->\nold\n<!-- plans:end b -->\n';
    expect(injectSection(doc, 'new', 'b')).toEqual({
      ok: true,
      text: '<!-- plans:begin a -->\n```\n<!-- plans:end a -->\n<!-- plans:begin b -->\nnew\n<!-- plans:end b -->\n',
    });
  });

  it('a marker on the first line after a byte-order mark counts, and the mark is kept', () => {
    expect(injectSection('\uFEFF<!-- plans:begin -->\nold\n<!-- plans:end -->\n', 'new')).toEqual({
      ok: true,
      text: '\uFEFF<!-- plans:begin -->\nnew\n<!-- plans:end -->\n',
    });
  });

  it('a section left open above is named when the markers asked for are not found', () => {
    const doc = '<!-- plans:begin a -->\nx\n<!-- plans:begin b -->\nold\n<!-- plans:end b -->\n';
    expect(injectSection(doc, 'new', 'b')).toEqual({
      ok: false,
      reason:
        'markers <!-- plans:begin b --> and <!-- plans:end b --> not found on lines of their own; <!-- plans:begin a --> above has no end marker',
    });
  });

  it('refuses a report that itself holds a marker line, in every format', async () => {
    expect(containsMarker('a\n  <!-- plans:end -->\nb')).toBe(true);
    expect(containsMarker('"summary": "<!-- plans:end -->"')).toBe(false);
    expect(
      injectSection('<!-- plans:begin -->\n<!-- plans:end -->\n', 'x\n<!-- plans:end -->\n'),
    ).toMatchObject({
      ok: false,
      reason: 'the report itself contains a plans:begin or plans:end marker line',
    });
    const d = dir();
    // A clause summary that is exactly a marker: text prints it on a line of its own.
    const evil = readFileSync(join(plansDir, 'kyiv.yaml'), 'utf8').replace(
      /^( {2}sovereignty:\n {4}summary: ).*$/m,
      '$1"<!-- plans:end -->"',
    );
    expect(evil).toContain('summary: "<!-- plans:end -->"');
    writeFileSync(join(d, 'kyiv.yaml'), evil);
    const doc = '<!-- plans:begin -->\n<!-- plans:end -->\nafter\n';
    const inject = (format: string) => {
      writeFileSync(join(d, 'doc.md'), doc);
      return runCli(['show', 'kyiv.yaml', '--format', format, '--inject', 'doc.md'], { cwd: d });
    };
    // Text: refused, the document untouched.
    oneLine(
      await inject('text'),
      /cannot inject into doc\.md: the report itself contains a plans:begin or plans:end marker line/,
    );
    expect(readFileSync(join(d, 'doc.md'), 'utf8')).toBe(doc);
    // Markdown escapes it and JSON quotes it: written, and the markers still pair up.
    for (const format of ['markdown', 'json']) {
      expect((await inject(format)).code, format).toBe(0);
      const after = readFileSync(join(d, 'doc.md'), 'utf8');
      expect(after.match(/^<!-- plans:end -->$/gm), format).toHaveLength(1);
      expect(after.endsWith('<!-- plans:end -->\nafter\n')).toBe(true);
    }
  });
});

describe('concurrent writers', () => {
  it('every section of one file ends current, whatever the number and order of writers (property)', async () => {
    const d = dir();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 12 }),
        async (sections) => {
          const file = join(d, 'doc.md');
          writeFileSync(
            file,
            sections
              .map((s) => `## ${s}\n<!-- plans:begin s${s} -->\nold\n<!-- plans:end s${s} -->\n`)
              .join(''),
          );
          const codes = await Promise.all(
            sections.map(
              (s) =>
                new Promise<number | null>((done) => {
                  const child = spawn(
                    process.execPath,
                    [binPath, 'list', '--format', 'markdown', '--inject', file, '--section', `s${s}`],
                    {
                      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
                      stdio: 'ignore',
                    },
                  );
                  child.on('exit', done);
                }),
            ),
          );
          expect(codes.every((c) => c === 0)).toBe(true);
          const text = readFileSync(file, 'utf8');
          expect(text).not.toMatch(/^old$/m);
          for (const s of sections) expect(text).toContain(`<!-- plans:begin s${s} -->\n| id |`);
          expect(leftovers(d)).toEqual([]);
        },
      ),
      { numRuns: Math.ceil(runs(60) / 10), seed: 17 },
    );
  }, 120_000);

  it('a lock left behind is taken over; one that is not a lock file is refused at once', async () => {
    const d = dir();
    const file = join(d, 'doc.md');
    const lockFile = join(d, '.doc.md.plans-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const cases: [string, () => void][] = [
      ['its process has exited', () => writeFileSync(lockFile, `${dead}\n`)],
      [
        'older than any write, though its pid is alive (reused)',
        () => {
          writeFileSync(lockFile, `${process.pid}\n`);
          utimesSync(lockFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
        },
      ],
    ];
    for (const [why, leave] of cases) {
      rmSync(file, { force: true });
      leave();
      const started = Date.now();
      const r = await runCli(['list', '--out', file], { cwd: d });
      expect(r.code, `${why}: ${r.stderr}`).toBe(0);
      expect(Date.now() - started, why).toBeLessThan(5000);
      expect(readFileSync(file, 'utf8')).toContain('kyiv');
      expect(leftovers(d), why).toEqual([]);
    }
    mkdirSync(lockFile);
    const started = Date.now();
    const r = await runCli(['list', '--out', file], { cwd: d });
    oneLine(
      r,
      /cannot write .*doc\.md: \.doc\.md\.plans-lock is a directory, not a lock plans wrote; remove it/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('full, read-only and interrupted writes leave the original intact', () => {
  it('stdout on /dev/full: one line, "no space left on device", exit 2', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${binPath}" list > /dev/full`], {
      encoding: 'utf8',
    });
    oneLine(r, /^plans: cannot write the output: no space left on device$/m);
  });

  it('--out and plans new on a full disk (a small tmpfs; needs root): original intact, nothing left behind', (ctx) => {
    const m = tmpfs('512k');
    if (!m) ctx.skip();
    writeFileSync(join(m!, 'report.md'), 'original');
    writeFileSync(join(m!, 'filler'), Buffer.alloc(508 * 1024));
    oneLine(
      spawnBin(['compare', '--all', '--format', 'markdown', '--out', 'report.md'], m!),
      /cannot write report\.md: no space left on device/,
    );
    expect(readFileSync(join(m!, 'report.md'), 'utf8')).toBe('original');
    oneLine(
      spawnBin(['new', 'my-plan', '--plans-dir', '.'], m!),
      /cannot write my-plan\.yaml: no space left on device/,
    );
    expect(existsSync(join(m!, 'my-plan.yaml'))).toBe(false);
    expect(leftovers(m!)).toEqual([]);
    // Once there is room, the rerun creates it.
    rmSync(join(m!, 'filler'));
    expect(spawnBin(['new', 'my-plan', '--plans-dir', '.'], m!).status).toBe(0);
    expect(readFileSync(join(m!, 'my-plan.yaml'), 'utf8')).toContain('id: my-plan');
    expect(existsSync(join(m!, 'plan.schema.json'))).toBe(true);
  });

  it('a read-only file system (needs root): "read-only file system", not "cannot read"', (ctx) => {
    const m = tmpfs('1m');
    if (!m) ctx.skip();
    writeFileSync(join(m!, 'report.md'), 'original');
    if (spawnSync('mount', ['-o', 'remount,ro', m!]).status !== 0) ctx.skip();
    oneLine(spawnBin(['list', '--out', 'report.md'], m!), /cannot write report\.md: read-only file system/);
    expect(readFileSync(join(m!, 'report.md'), 'utf8')).toBe('original');
  });

  it('Ctrl-C at any moment: the document is old or new, never half, and no hidden file is left', async () => {
    const d = dir();
    const filler = `${'lorem ipsum dolor sit amet '.repeat(40)}\n`.repeat(20_000); // ~21 MB
    const original = `${filler}<!-- plans:begin -->\nold\n<!-- plans:end -->\n`;
    const doc = join(d, 'big.md');
    let interruptedOnce = false;
    for (const delay of [0, 60, 120, 180, 250, 350, 500]) {
      writeFileSync(doc, original);
      const code = await new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [binPath, 'list', '--format', 'markdown', '--inject', doc], {
          env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
          stdio: 'ignore',
        });
        setTimeout(() => child.kill('SIGINT'), delay);
        child.on('exit', (c, signal) => done(signal ? 130 : c));
      });
      const after = readFileSync(doc, 'utf8');
      expect(after.startsWith(filler)).toBe(true);
      expect(
        after === original || (after.endsWith('<!-- plans:end -->\n') && !after.includes('\nold\n')),
      ).toBe(true);
      expect(leftovers(d)).toEqual([]);
      if (code === 130) interruptedOnce = true;
    }
    expect(interruptedOnce, 'at least one run was interrupted').toBe(true);
  }, 60_000);
});

describe('reads are race-free', () => {
  it('a listed entry swapped for a link to outside before it is read: not followed, nothing quoted', () => {
    const d = dir();
    const secret = join(tmp, 'secret.yaml');
    writeFileSync(secret, 'id: secret\ntitle: TOP-SECRET-VALUE\n');
    writeFileSync(join(d, 'plan.yaml'), readFileSync(join(plansDir, 'kyiv.yaml')));
    // Listed as a regular file…
    const wasLink = lstatSync(join(d, 'plan.yaml')).isSymbolicLink();
    expect(wasLink).toBe(false);
    // …then swapped before the read.
    rmSync(join(d, 'plan.yaml'));
    symlinkSync(secret, join(d, 'plan.yaml'));
    expect(readListedPlanFile(join(d, 'plan.yaml'), d, wasLink)).toBe('outside');
    // A link listed as one, retargeted outside: refused as well.
    expect(readListedPlanFile(join(d, 'plan.yaml'), d, true)).toBe('outside');
  });

  it.skipIf(!isRoot)('an unreadable plans directory (as nobody; needs root): one line, exit 2', () => {
    const d = dir();
    mkdirSync(join(d, 'plans'));
    writeFileSync(join(d, 'plans', 'kyiv.yaml'), readFileSync(join(plansDir, 'kyiv.yaml')));
    chmodSync(join(d, 'plans'), 0o000);
    for (const argv of [['list'], ['validate'], ['diff', 'kyiv', 'kremlin']]) {
      const r = spawnBin(argv, d, { uid: 65534, gid: 65534 });
      if (/Cannot find module/.test(r.stderr ?? '')) return;
      oneLine(r, /cannot read the directory .*plans: permission denied/);
    }
  });
});

describe('resources are bounded', () => {
  it('a map of more plans than it can draw: one line, exit 2', async () => {
    const argv = ['map', ...Array.from({ length: 51 }, () => 'kyiv'), '--out', join(dir(), 'm.svg')];
    oneLine(await runCli(argv), /a map draws at most 50 plans, one panel each; 51 were given/);
  });

  it('few file descriptors (ulimit -n 40) or little address space (ulimit -v 2000000): validate of 300 files works', () => {
    const d = dir();
    const text = readFileSync(join(plansDir, 'us-28-point.yaml'), 'utf8');
    for (let i = 0; i < 300; i++)
      writeFileSync(join(d, `p-${i}.yaml`), text.replace(/^id: .*$/m, `id: p-${i}`));
    for (const limit of ['ulimit -n 40', 'ulimit -v 2000000']) {
      const r = spawnSync('sh', ['-c', `${limit} && "${process.execPath}" "${binPath}" validate .`], {
        cwd: d,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      expect(r.stderr, limit).toBe('');
      expect(r.stdout, limit).toBe('300 files checked, 0 invalid, 0 errors\n');
    }
  });
});

describe('exit codes survive a reader that stops early', () => {
  const shell = (command: string) =>
    spawnSync('bash', ['--norc', '--noprofile', '-c', `${command}; echo "rc=\${PIPESTATUS[0]}"`], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    }).stdout;
  it('validate of an invalid file | head -c 10 → 1; diff --exit-code | true → 1; list | head -1 → 0', () => {
    const d = dir();
    writeFileSync(
      join(d, 'bad.yaml'),
      readFileSync(join(plansDir, 'kyiv.yaml'), 'utf8').replace(/^status: .*$/m, 'status: nope'),
    );
    const plans = `"${process.execPath}" "${binPath}"`;
    expect(shell(`${plans} validate ${d} plans -f json | head -c 10`)).toMatch(/rc=1\n$/);
    expect(shell(`${plans} diff kyiv kremlin --exit-code | true`)).toMatch(/rc=1\n$/);
    expect(shell(`${plans} diff us-miami kremlin -f json --exit-code | head -c 1`)).toMatch(/rc=1\n$/);
    expect(shell(`${plans} list | head -1`)).toMatch(/rc=0\n$/);
  });
});

describe('cross-file problems stop every command that meets them', () => {
  it('a revises cycle: validate 1; list, history, compare --all, position 2, with the same located lines', async () => {
    const d = dir();
    mkdirSync(join(d, 'plans'));
    const geneva = readFileSync(join(plansDir, 'us-geneva.yaml'), 'utf8');
    const first = readFileSync(join(plansDir, 'us-28-point.yaml'), 'utf8').replace(
      /^date: (.*)$/m,
      'date: $1\nrevises: us-geneva',
    );
    writeFileSync(join(d, 'plans', 'us-geneva.yaml'), geneva);
    writeFileSync(join(d, 'plans', 'us-28-point.yaml'), first);
    const v = await runCli(['validate'], { cwd: d });
    expect(v.code).toBe(1);
    const located = v.stdout.split('\n').filter((l) => l.includes('[revises-cycle]'));
    expect(located).toHaveLength(2);
    for (const argv of [
      ['list'],
      ['history', 'us-geneva'],
      ['compare', '--all'],
      ['position', 'United States'],
    ]) {
      const r = await runCli(argv, { cwd: d });
      expect(r.code, argv.join(' ')).toBe(2);
      for (const l of located) expect(r.stderr, argv.join(' ')).toContain(l);
      expect(r.stdout).not.toContain('first draft');
    }
  });
});
