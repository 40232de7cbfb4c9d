/**
 * Checks on the parsed JSON before the schema sees it, over every string and key of a file:
 * - U+FFFD (“�”): the text was decoded from another encoding (GBK bytes read as UTF-8 become “����”),
 *   so every name in it is already wrong: the file is rejected, not shown;
 * - invisible control and text-direction characters (U+0000–U+001F other than tab and line breaks,
 *   U+202A–U+202E, U+2066–U+2069): they make two different names look alike on screen;
 * - keys named like the object prototype (`__proto__`, `constructor`, `prototype`): JSON.parse keeps them
 *   as own keys, and code that copies them into a plain object would change every object.
 * Example: scanJson({ name: '市南区\uFFFD' }) → [{ kind: 'bad-encoding', path: 'name', … }]
 */
import type { DataIssue } from './data-file-error'
import { issueText } from './issue-messages'
import { formatPath } from './zod-issues'

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const REPLACEMENT = '\uFFFD'
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/

/** At most this many problems per file: a file of a million bad strings is named, not listed in full. */
const MAX_REPORTED = 50

export function scanJson(value: unknown): DataIssue[] {
  const issues: DataIssue[] = []
  const add = (kind: DataIssue['kind'], path: PropertyKey[], code: string, params = {}) => {
    if (issues.length < MAX_REPORTED)
      issues.push({ kind, path: formatPath(path), code, params, message: issueText('zh', code, params) })
  }
  const checkString = (s: string, path: PropertyKey[]) => {
    if (s.includes(REPLACEMENT)) add('bad-encoding', path, 'badEncoding')
    else if (CONTROL.test(s)) add('schema', path, 'badControl')
  }
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (issues.length >= MAX_REPORTED) return
    if (typeof node === 'string') checkString(node, path)
    else if (Array.isArray(node))
      node.forEach((v, i) => {
        walk(v, [...path, i])
      })
    else if (node !== null && typeof node === 'object')
      for (const key of Object.keys(node)) {
        if (PROTOTYPE_KEYS.has(key)) add('unsafe-id', [...path, key], 'unsafeKey', { key })
        else checkString(key, [...path, key])
        walk((node as Record<string, unknown>)[key], [...path, key])
      }
  }
  walk(value, [])
  return issues
}
