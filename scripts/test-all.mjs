#!/usr/bin/env node
// `npm test`: every check the project has, in order, continuing after failures:
//   type-check (tsc -b) → lint (biome check .) → dead code (knip) → demo data check → data manifest check
//   → licences of the shipped packages (scripts/licences.mjs)
//   → unit tests (vitest, node) → component tests (vitest, jsdom)
//   → production build (npm run build's steps: vite build, then the single-file shell dist/leitai-offline.html)
//   → browser tests (vitest + system Chromium against dist/).
// Each step's output is streamed as it runs. Vitest test cases are counted one by one from the JSON reports
// in test-results/; type-check, lint, the demo data and manifest checks and build count as one check each. The very last
// line printed is exactly `N passed, N failed` (CI reads it), and the exit code is 1 if anything failed.

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { CHROME_INSTALL_HINT, findChrome, repoRoot } from './find-chrome.mjs'

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name)
const resultsDir = join(repoRoot, 'test-results')

/** Run a command with inherited stdio; resolves to its exit code (spawn failures become 1). */
function run(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      resolveRun(1)
    })
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)))
  })
}

/** A step that is one check: passed if the command exits 0. */
async function singleCheck(command, args) {
  const code = await run(command, args)
  return code === 0
    ? { passed: 1, failed: 0, notes: [] }
    : { passed: 0, failed: 1, notes: [`exited with code ${code}`] }
}

/**
 * A vitest step: run with the JSON reporter next to the default one and count test cases from the report.
 * A test file that failed without any failing test (import error, failing beforeAll, ...) counts as one
 * failure; so does a non-zero exit with nothing else failing (unhandled errors, no test files, a broken
 * global setup).
 */
async function vitestStep(extraArgs, reportName) {
  const report = join(resultsDir, reportName)
  rmSync(report, { force: true }) // never count a stale report
  const code = await run(bin('vitest'), [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${relative(repoRoot, report)}`,
  ])

  let json
  try {
    json = JSON.parse(readFileSync(report, 'utf8'))
  } catch {
    return {
      passed: 0,
      failed: 1,
      notes: [`vitest exited with code ${code} and wrote no report (${reportName})`],
    }
  }

  const passed = json.numPassedTests ?? 0
  let failed = json.numFailedTests ?? 0
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
  const notes = []
  for (const file of json.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const t of failedTests) notes.push(`✗ ${relative(repoRoot, file.name)} › ${t.fullName}`)
    if (file.status === 'failed' && failedTests.length === 0) {
      failed += 1
      const why = (file.message || 'failed to load').split('\n')[0]
      notes.push(`✗ ${relative(repoRoot, file.name)}: ${why}`)
    }
  }
  if (code !== 0 && failed === 0) {
    failed = 1
    notes.push(`vitest exited with code ${code} without failing tests (unhandled error, no test files?)`)
  }
  if (skipped) notes.push(`${skipped} skipped/todo (not counted)`)
  return { passed, failed, notes }
}

const steps = [
  { name: 'Type-check', command: 'tsc -b', run: () => singleCheck(bin('tsc'), ['-b']) },
  { name: 'Lint', command: 'biome check .', run: () => singleCheck(bin('biome'), ['check', '.']) },
  // Dead code: unused files, exports and dependencies (knip.json says what the entry points are).
  { name: 'Dead code', command: 'knip', run: () => singleCheck(bin('knip'), ['--no-progress']) },
  {
    // The committed demo dataset must be exactly what the generator writes (no hand edits).
    name: 'Demo data',
    command: 'node scripts/generate-demo.mjs --check',
    run: () => singleCheck(process.execPath, ['scripts/generate-demo.mjs', '--check']),
  },
  {
    // public/data/manifest.json must list exactly the data files, with their current hashes: the app
    // only loads what it lists, and a stale hash would serve a cached old file.
    name: 'Data manifest',
    command: 'node scripts/data-manifest.mjs --check',
    run: () => singleCheck(process.execPath, ['scripts/data-manifest.mjs', '--check']),
  },
  {
    // Every package the app ships (runtime dependencies and theirs) under a permissive licence.
    name: 'Licences',
    command: 'node scripts/licences.mjs',
    run: () => singleCheck(process.execPath, ['scripts/licences.mjs']),
  },
  // Two steps (the two projects of vite.config.ts), so each one's count and duration is its own.
  {
    name: 'Unit tests',
    command: 'vitest run --project unit',
    run: () => vitestStep(['--project', 'unit'], 'unit.json'),
  },
  {
    name: 'Component tests',
    command: 'vitest run --project component',
    run: () => vitestStep(['--project', 'component'], 'component.json'),
  },
  {
    // The same two steps as `npm run build`; the shell only after a good served build (it adds to dist/).
    name: 'Build',
    command: 'vite build && vite build --mode offline-shell',
    run: async () => {
      const served = await singleCheck(bin('vite'), ['build'])
      if (served.failed) return served
      return singleCheck(bin('vite'), ['build', '--mode', 'offline-shell', '--logLevel', 'warn'])
    },
  },
  {
    // Per-route gzip budgets (scripts/size-budget.mjs) on this run's build: a heavier first view fails here.
    name: 'Size budget',
    command: 'size-limit --config scripts/size-budget.mjs',
    run: async (previous) => {
      if (!previous.get('Build')?.ok) return { passed: 0, failed: 1, notes: ['not run: the build failed'] }
      return singleCheck(bin('size-limit'), ['--config', 'scripts/size-budget.mjs'])
    },
  },
  {
    name: 'Browser tests',
    command: 'vitest run --config tests/e2e/vitest.config.ts',
    run: async (previous) => {
      // Testing a stale dist/ would be worse than not testing: require this run's build.
      if (!previous.get('Build')?.ok) {
        return { passed: 0, failed: 1, notes: ['not run: the build failed'] }
      }
      // No Chromium is a failure, never a skip: a CI machine without a browser must not look green.
      try {
        findChrome()
      } catch {
        console.error(CHROME_INSTALL_HINT)
        return { passed: 0, failed: 1, notes: CHROME_INSTALL_HINT.split('\n') }
      }
      return vitestStep(['--config', 'tests/e2e/vitest.config.ts'], 'e2e.json')
    },
  },
]

const fmtSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`

async function main() {
  const results = new Map()
  for (const [index, step] of steps.entries()) {
    console.log(`\n━━━ [${index + 1}/${steps.length}] ${step.name}: ${step.command} ━━━`)
    const started = Date.now()
    let outcome
    try {
      outcome = await step.run(results)
    } catch (error) {
      console.error(error)
      outcome = { passed: 0, failed: 1, notes: [`crashed: ${error?.message ?? error}`] }
    }
    results.set(step.name, { ...outcome, ok: outcome.failed === 0, ms: Date.now() - started })
  }

  let passed = 0
  let failed = 0
  console.log('\n━━━ Summary ━━━')
  for (const step of steps) {
    const r = results.get(step.name)
    passed += r.passed
    failed += r.failed
    const mark = r.ok ? '✔' : '✘'
    console.log(
      `${mark} ${step.name.padEnd(24)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${fmtSeconds(r.ms)})`,
    )
    for (const note of r.notes.slice(0, 20)) console.log(`    ${note}`)
    if (r.notes.length > 20) console.log(`    … and ${r.notes.length - 20} more`)
  }
  return { passed, failed }
}

let totals
try {
  totals = await main()
} catch (error) {
  // Should not happen (each step is guarded), but CI must still get its last line.
  console.error(error)
  totals = { passed: 0, failed: 1 }
}
if (existsSync(resultsDir)) console.log(`Reports: ${relative(process.cwd(), resultsDir) || '.'}/`)
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exitCode = totals.failed > 0 ? 1 : 0
