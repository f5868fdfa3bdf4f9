import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract/article';
import { testEntity } from '../lib/kb/test-kb';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'annotate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A KB of its own, so the test does not move with the project's KB data.
const kbDir = join(dir, 'kb');
mkdirSync(join(kbDir, 'people'), { recursive: true });
writeFileSync(
  join(kbDir, 'people', 'leaders.json'),
  JSON.stringify([
    testEntity({ id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev', wikipedia: 'Kassym-Jomart_Tokayev' }),
    testEntity({ id: 'vladimir-putin', type: 'person', label: 'Vladimir Putin', wikipedia: 'Vladimir_Putin' }),
  ]),
);
writeFileSync(
  join(kbDir, 'places.json'),
  JSON.stringify([testEntity({ id: 'almaty', label: 'Almaty' }), testEntity({ id: 'kazakhstan', label: 'Kazakhstan', adjectives: ['Kazakh'] })]),
);

writeFileSync(
  join(kbDir, 'events.json'),
  JSON.stringify([
    testEntity({ id: 'cica-2022', type: 'event', label: 'CICA summit 2022', aliases: [{ text: 'Astana summit', weak: true }], start: '2022-10-12', end: '2022-10-13' }),
  ]),
);

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; type: string; label: string; wikipedia: string };
}

function annotate(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), ...args], {
    cwd: root,
    env: { ...process.env, KB_DIR: kbDir },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts fresh Node processes (tsx compiles on start): seconds each on a busy machine.
describe('annotate CLI', { timeout: 60_000 }, () => {
  const text = 'ALMATY – Kassym-Jomart Tokayev’s remarks at the forum irritated Vladimir Putin.\n\nTokayev later met Putin again.';

  it('prints the mentions of a .txt file as JSON, with offsets into the file', () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const { status, stdout } = annotate(['--json', file]);
    expect(status).toBe(0);
    const mentions = JSON.parse(stdout) as JsonMention[];
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map((mention) => mention.start)).toEqual([...mentions.map((mention) => mention.start)].sort((a, b) => a - b));
    const tokayev = mentions.find((mention) => mention.text === 'Kassym-Jomart Tokayev');
    expect(tokayev?.entity).toMatchObject({ type: 'person', wikipedia: 'Kassym-Jomart_Tokayev' });
    expect(mentions.filter((mention) => mention.entity.wikipedia === 'Vladimir_Putin').map((mention) => mention.text)).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('reads standard input for "-" and prints a table without --json', () => {
    const { status, stdout } = annotate(['-'], text);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^offsets\s+text\s+type\s+entity\s+wikipedia/);
    expect(stdout).toMatch(/Kassym-Jomart Tokayev\s+person/);
  });

  const page = '/work/shared/fixtures/pages/000_40a4911dea31cc08.html';
  it.runIf(existsSync(page))('annotates an HTML page through the content script’s article extraction', () => {
    const { status, stdout } = annotate(['--json', page]);
    expect(status).toBe(0);
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(readFileSync(page, 'utf8'), 'text/html') as unknown as Document;
    const articleText = extractArticle(doc)?.text ?? '';
    void window.happyDOM.close();
    const mentions = JSON.parse(stdout) as JsonMention[];
    expect(mentions.length).toBeGreaterThan(20);
    for (const mention of mentions) expect(articleText.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('tells a recurring event’s weak name by the date given with --day, and rejects a malformed date', () => {
    const summit = 'Kassym-Jomart Tokayev hosted the Astana summit.';
    const ids = (args: string[]): string[] => (JSON.parse(annotate(['--json', ...args, '-'], summit).stdout) as JsonMention[]).map((mention) => mention.entity.id);
    expect(ids([])).toEqual(['kassym-jomart-tokayev']);
    expect(ids(['--day=2022-10-13'])).toEqual(['kassym-jomart-tokayev', 'cica-2022']);
    expect(annotate(['--day=13.10.2022', '-'], summit)).toMatchObject({ status: 2, stderr: expect.stringContaining('--day takes YYYY-MM-DD') });
  });

  it('rejects binary input with a clear error and a non-zero exit', () => {
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const { status, stderr, stdout } = annotate(['--json', file]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}: looks like a binary file`);
    expect(stdout).toBe('');
  });

  it('rejects text that is not UTF-8, a missing file, and a bad option', () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Zo\xeb Kravitz', 'latin1'));
    expect(annotate([latin1])).toMatchObject({ status: 1, stderr: expect.stringContaining('not valid UTF-8') });
    expect(annotate([join(dir, 'missing.txt')])).toMatchObject({ status: 1, stderr: expect.stringContaining('cannot read') });
    expect(annotate(['--xml', latin1])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown option --xml') });
  });

  it('stops with the KB error, naming file, entity and field, when the KB is broken', () => {
    const brokenDir = join(dir, 'broken-kb');
    mkdirSync(brokenDir);
    writeFileSync(join(brokenDir, 'people.json'), JSON.stringify([testEntity({ id: 'someone', type: 'person', related: ['nobody'] })]));
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), '-'], {
      cwd: root,
      env: { ...process.env, KB_DIR: brokenDir },
      input: 'text',
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('broken-kb/people.json, entity "someone", field related[0]: refers to "nobody"');
  });
});
