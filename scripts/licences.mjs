#!/usr/bin/env node
// `npm run licences` (and a step of `npm test`): the licence of every package the app ships, that is the
// runtime dependencies in package.json and everything they pull in (`npm ls --omit=dev --all`), read from
// each installed package.json. Fails (exit 1) on a package whose licence is missing, unknown or not
// permissive, naming the package, its version and what it declares. Development tools (vite, vitest,
// Chromium drivers) are not shipped and not checked.
//
//   node scripts/licences.mjs [--list]    --list prints every package with its licence
//
// An SPDX expression passes when it can be satisfied with permissive licences only: every term of an
// AND, at least one of an OR. Known vulnerabilities are a different question: see README "Dependencies".

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoRoot } from './find-chrome.mjs'

/** Licences that let the dashboard be used, copied and deployed by a government office without conditions beyond attribution. */
export const PERMISSIVE = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  'Zlib',
  'Python-2.0',
])

/** Whether an SPDX expression can be met with permissive licences alone. Example: permissive('(MIT OR GPL-3.0)') → true */
export function permissive(expression) {
  if (typeof expression !== 'string' || expression.trim() === '') return false
  const tokens = expression.replace(/[()]/g, ' $& ').trim().split(/\s+/)
  let i = 0
  const parseOr = () => {
    let value = parseAnd()
    while (tokens[i] === 'OR') {
      i++
      const right = parseAnd()
      value = value || right
    }
    return value
  }
  const parseAnd = () => {
    let value = parseAtom()
    while (tokens[i] === 'AND') {
      i++
      const right = parseAtom()
      value = value && right
    }
    return value
  }
  const parseAtom = () => {
    const token = tokens[i++]
    if (token === '(') {
      const value = parseOr()
      if (tokens[i++] !== ')') throw new Error(`unbalanced licence expression: ${expression}`)
      return value
    }
    if (token === undefined) throw new Error(`incomplete licence expression: ${expression}`)
    return PERMISSIVE.has(token.replace(/\+$/, ''))
  }
  try {
    const value = parseOr()
    return i === tokens.length && value
  } catch {
    return false
  }
}

/** What a package.json declares: `license` (SPDX), or the old `licenses` array (all of them apply). */
export function declaredLicence(pkg) {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type
  if (Array.isArray(pkg.licenses) && pkg.licenses.length)
    return pkg.licenses.map((l) => (typeof l === 'string' ? l : l.type)).join(' OR ')
  return null
}

function shippedPackages() {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return [...new Set(out.split('\n').filter((p) => p.includes('node_modules')))].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    return {
      name: pkg.name,
      version: pkg.version,
      licence: declaredLicence(pkg),
      dir: relative(repoRoot, dir),
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packages = shippedPackages()
  if (packages.length === 0) {
    console.error('licences: npm ls listed no installed runtime package (run npm ci first)')
    process.exit(1)
  }
  if (process.argv.includes('--list'))
    for (const p of packages) console.log(`${p.name}@${p.version}  ${p.licence ?? '(none)'}`)
  const bad = packages.filter((p) => !permissive(p.licence))
  for (const p of bad)
    console.error(
      `✗ ${p.name}@${p.version} (${p.dir}): licence ${p.licence ? `"${p.licence}"` : 'not declared'} is not on the permissive list`,
    )
  const counts = {}
  for (const p of packages) counts[p.licence] = (counts[p.licence] ?? 0) + 1
  console.log(
    `licences: ${packages.length} shipped packages, ${bad.length} not permissive (${Object.entries(counts)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')})`,
  )
  process.exitCode = bad.length ? 1 : 0
}
