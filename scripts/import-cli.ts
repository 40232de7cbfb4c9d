/**
 * `npm run import -- <file> [--quarter YYYYQn] [--dataset real|demo] [--out DIR] [--dry-run] [--url URL]`
 *
 * The browser importer's parser on the command line (one implementation: src/domain/import).
 * Reads a text, .html, .csv or .xlsx file, writes `<out>/<quarter>.json` (default: the dataset's
 * quarters folder under public/data, refreshing the manifest) with the input stored as the quarter's
 * source, and prints a summary. On errors it writes nothing, prints one `file:line:col: error: …`
 * line per problem (so editors can jump to it) and exits 1.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { importNotice } from '../src/domain/import/build'
import { quarterChanges } from '../src/domain/import/diff'
import { DATASET_IDS, type DatasetKind as DatasetId } from '../src/domain/model/ids'
import { isQuarterId, type QuarterId } from '../src/domain/model/quarter'
import type { QuarterFile } from '../src/domain/model/schema'
import { validateDistricts, validateSources } from '../src/domain/model/validate'
import { problemText } from '../src/features/import/problem-text'
import { readImportFile } from '../src/lib/read-import-file'
import { writeManifest } from './data-manifest.mjs'

const USAGE = `用法 / usage: npm run import -- <file> [--quarter YYYYQn] [--dataset real|demo] [--out DIR] [--dry-run] [--url URL]`

type Args = {
  file: string
  quarter?: QuarterId
  dataset: DatasetId
  out?: string
  dryRun: boolean
  url?: string
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Partial<Args> & { dryRun: boolean; dataset: DatasetId } = { dryRun: false, dataset: 'real' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    const next = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} 需要一个值`)
      return v
    }
    if (a === '--dry-run') args.dryRun = true
    else if (a === '--quarter') {
      const q = next()
      if (!isQuarterId(q)) return `--quarter ${q}: 季度格式应为 YYYYQn，例如 2024Q2`
      args.quarter = q
    } else if (a === '--dataset') {
      const d = next()
      if (!(DATASET_IDS as readonly string[]).includes(d))
        return `--dataset ${d}: 应为 ${DATASET_IDS.join(' 或 ')}`
      args.dataset = d as DatasetId
    } else if (a === '--out') args.out = next()
    else if (a === '--url') args.url = next()
    else if (a === '--help' || a === '-h') return USAGE
    else if (a.startsWith('--')) return `未知选项 ${a}\n${USAGE}`
    else if (args.file) return `只能导入一个文件（多出：${a}）`
    else args.file = a
  }
  if (!args.file) return USAGE
  return args as Args
}

/** A replacement's changes as log lines, e.g. "  economy 黄岛区 score: 54.96 → 55.1". */
function changeLines(before: QuarterFile, after: QuarterFile, name: (id: string) => string): string[] {
  return quarterChanges(before, after).map(
    (c) =>
      `  ${c.table} ${c.district ? name(c.district) : ''} ${c.field}: ${c.before ?? '（无）'} → ${c.after ?? '（无）'}`,
  )
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    console.error(args)
    return args === USAGE ? 0 : 2
  }
  const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
  const dataDir = join(root, 'public', 'data')
  const file = resolve(cwd, args.file)
  if (!existsSync(file)) {
    console.error(`${args.file}:1:1: error: 文件不存在`)
    return 1
  }
  const read = await readImportFile(basename(file), new Uint8Array(readFileSync(file)))
  const datasetDir = join(dataDir, args.dataset)
  const districts = validateDistricts(
    'districts.json',
    readFileSync(join(datasetDir, 'districts.json'), 'utf8'),
  )
  const sources = validateSources('sources.json', readFileSync(join(datasetDir, 'sources.json'), 'utf8'))
  const result = importNotice(read.text, {
    districts,
    dataset: args.dataset,
    quarter: args.quarter,
    input: read.input,
    fileName: basename(file),
    url: args.url ?? null,
    sourceIds: new Set(sources.map((s) => s.id)),
  })
  const name = new Map(districts.map((d) => [d.id, d.name]))
  // As the user wrote it, so the editor that ran the command can open it.
  const shown = args.file
  for (const p of result.problems)
    console.log(
      `${shown}:${p.line}:${p.col}: ${p.severity}: ${problemText(p, 'zh', (id) => name.get(id) ?? id)}`,
    )
  const s = result.summary
  if (!result.file) {
    console.error(`${shown}: ${s.errors} 个错误，${s.warnings} 个提示；未写入任何文件。`)
    return 1
  }
  const q = result.file.quarter
  const outDir = args.out ? resolve(cwd, args.out) : join(datasetDir, 'quarters')
  const target = join(outDir, `${q}.json`)
  console.log(
    `${q}：${s.tables} 张表，${s.rows} 行，${s.flags} 面红旗，${s.movements} 条位次变动，${s.warnings} 个提示。`,
  )
  if (args.dryRun) {
    console.log(`（--dry-run）将写入 ${relative(cwd, target)}，未写入。`)
    return 0
  }
  mkdirSync(outDir, { recursive: true })
  if (existsSync(target)) {
    const before = JSON.parse(readFileSync(target, 'utf8')) as QuarterFile
    const diff = changeLines(before, result.file, (id) => name.get(id) ?? id)
    copyFileSync(target, `${target}.bak`)
    console.log(
      `替换已有的 ${relative(cwd, target)}（原文件另存为 .bak）；变化 ${diff.length} 项${diff.length ? '：' : '。'}`,
    )
    for (const line of diff) console.log(line)
  }
  writeFileSync(target, `${JSON.stringify(result.file, null, 2)}\n`)
  console.log(`已写入 ${relative(cwd, target)}`)
  // A quarter written into a data folder (…/data/<dataset>/quarters) is listed in its manifest.
  const folder = resolve(outDir, '..', '..')
  if (basename(outDir) === 'quarters' && existsSync(join(folder, 'manifest.json'))) {
    writeManifest(folder)
    console.log(`已更新 ${relative(cwd, join(folder, 'manifest.json'))}`)
  }
  return 0
}
