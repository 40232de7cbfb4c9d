#!/usr/bin/env node
// `npm run bench:import`: how long the importer takes to parse and validate a whole newspaper page
// (the review screen re-parses on every keystroke, so this is the latency the clerk feels).
import { readFileSync } from 'node:fs'
import { runnerImport } from 'vite'

const load = (p) =>
  runnerImport(new URL(p, import.meta.url).pathname, { configFile: false, logLevel: 'error' })
const { module: build } = await load('../src/domain/import/build.ts')
const { module: validate } = await load('../src/domain/model/validate.ts')
const root = new URL('..', import.meta.url).pathname
const districts = validate.validateDistricts(
  'districts.json',
  readFileSync(`${root}public/data/real/districts.json`, 'utf8'),
)
for (const name of ['2022-07-26-qdrb-page.txt', '2023Q1-smartjx.txt']) {
  const text = readFileSync(`${root}tests/fixtures/notices/${name}`, 'utf8')
  const times = []
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now()
    build.importNotice(text, { districts, dataset: 'real' })
    times.push(performance.now() - t0)
  }
  const warm = times.slice(10).sort((a, b) => a - b)
  const q = (f) => warm[Math.floor(f * (warm.length - 1))].toFixed(2)
  console.log(
    `${name} (${text.length} chars): first ${times[0].toFixed(1)} ms; warm median ${q(0.5)} ms, p95 ${q(0.95)} ms`,
  )
}
