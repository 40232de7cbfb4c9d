/** `npm run import`: the browser's parser on the command line, compiler-style errors, nothing written on error. */
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { validateQuarter } from '../../../src/domain/model/validate'
import { loadQuarter, validationContext } from '../../fixtures/datasets'

const root = join(import.meta.dirname, '..', '..', '..')
const notices = join(root, 'tests', 'fixtures', 'notices')
const run = promisify(execFile)

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts', 'import.mjs'), ...args], {
      cwd: root,
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

describe('npm run import', () => {
  it('writes the quarter of the 2022-07-26 page with the served figures, and prints a summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'leitai-cli-'))
    const r = await cli([join(notices, '2022-07-26-qdrb-page.txt'), '--out', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('2022Q2：3 张表，25 行，2 面红旗，1 条位次变动，5 个提示。')
    const file = validateQuarter(
      'quarters/2022Q2.json',
      readFileSync(join(out, '2022Q2.json'), 'utf8'),
      validationContext('real'),
      '2022Q2',
      'real',
    )
    const served = loadQuarter('real', 'quarters/2022Q2.json')
    const rows = (f: typeof file) =>
      f.sections.flatMap((s) =>
        s.table.status === 'published'
          ? s.table.rows.map((x) => [s.id, x.district, x.score, x.rank, x.stars])
          : [],
      )
    expect(rows(file)).toEqual(rows(served))
    expect(file.imported?.fileName).toBe('2022-07-26-qdrb-page.txt')
  }, 30_000)

  it('on errors prints file:line:col lines (unknown district, score over weight, duplicate row), writes nothing, exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leitai-cli-'))
    const lines = readFileSync(join(notices, '2022-07-26-qdrb-page.txt'), 'utf8')
      .replace('\t平度市\t49.91', '\t平度县\t49.91')
      .replace('\t胶州市\t19.38', '\t胶州市\t29.38')
      .replace('\t莱西市\t48.41\t★★', '\t莱西市\t48.41\t★★\n\t莱西市\t48.41\t★★')
    const input = join(dir, 'broken.txt')
    writeFileSync(input, lines)
    const out = join(dir, 'out')
    const r = await cli([input, '--out', out])
    expect(r.code).toBe(1)
    const errors = r.stdout.split('\n').filter((l) => l.includes(': error: '))
    const at = (needle: string) => lines.split('\n').findIndex((l) => l.includes(needle)) + 1
    const col = (needle: string, cell: string) => (lines.split('\n')[at(needle) - 1]?.indexOf(cell) ?? -1) + 1
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`broken\\.txt:${at('平度县')}:${col('平度县', '平度县')}: error: 未知区市「平度县」`),
      ),
      expect.stringMatching(
        new RegExp(`broken\\.txt:${at('48.41') + 1}:\\d+: error: 经济运行中莱西市出现了两次`),
      ),
      expect.stringMatching(
        new RegExp(
          `broken\\.txt:${at('29.38')}:${col('29.38', '29.38')}: error: 城市更新建设 胶州市 的得分 29.38 超出 0–20 分`,
        ),
      ),
    ])
    expect(existsSync(out)).toBe(false)
  }, 30_000)

  it('into a data folder it refreshes the manifest; --dry-run writes nothing', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'leitai-cli-')), 'data')
    cpSync(join(root, 'public', 'data'), data, { recursive: true })
    const input = join(notices, '2023Q1-smartjx.txt')
    const dry = await cli([
      input,
      '--quarter',
      '2025Q1',
      '--out',
      join(data, 'real', 'quarters'),
      '--dry-run',
    ])
    expect(dry.code).toBe(0)
    expect(existsSync(join(data, 'real', 'quarters', '2025Q1.json'))).toBe(false)
    const r = await cli([input, '--quarter', '2025Q1', '--out', join(data, 'real', 'quarters')])
    expect(r.code).toBe(0)
    const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'))
    expect(manifest.datasets.real.quarters['2025Q1'].file).toBe('real/quarters/2025Q1.json')
  }, 30_000)
})
