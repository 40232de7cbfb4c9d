/**
 * Zod's issues as the project's own named problems: a kind, the field path, a code from
 * issue-messages.ts (worded in Chinese for `message`, in the UI's language on screen) — never the
 * validator's default English. A schema may name a message by its code (`{ message: 'format.date' }`)
 * and a kind by `params: { kind }`.
 * Example: zodIssues(error, data) for `{ score: "54" }` → [{ kind: 'schema', path: 'score',
 *   code: 'invalidType.number', message: '应为数字' }]
 */
import type { z } from 'zod'
import type { DataIssue, DataIssueKind } from './data-file-error'
import { type IssueParams, isIssueCode, issueText } from './issue-messages'

/** Example: formatPath(['sections', 0, 'table', 'rows', 3, 'score']) → "sections[0].table.rows[3].score" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

const TYPE_CODES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array', 'null'])

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

type Named = { kind: DataIssueKind; code: string; params: IssueParams }

function named(i: z.core.$ZodIssue, data: unknown): Named {
  const schema = (code: string, params: IssueParams = {}): Named => ({ kind: 'schema', code, params })
  switch (i.code) {
    case 'invalid_type': {
      if (valueAt(data, i.path) === undefined) return schema('required')
      if (i.expected === 'number' && typeof valueAt(data, i.path) === 'number') return schema('notFinite')
      return schema(`invalidType.${TYPE_CODES.has(i.expected) ? i.expected : 'other'}`)
    }
    case 'too_small': {
      const min = Number(i.minimum)
      if (i.origin === 'string') return schema('empty')
      if (i.origin === 'array' || i.origin === 'set') return schema('tooFewItems', { min })
      if (min === 0 && !i.inclusive) return schema('notPositive')
      return schema('tooSmall', { min })
    }
    case 'too_big': {
      const max = Number(i.maximum)
      if (i.origin === 'string') return { kind: 'text-too-long', code: 'textTooLong', params: { max } }
      if (i.origin === 'array' || i.origin === 'set') return schema('tooManyItems', { max })
      return schema('tooBig', { max })
    }
    case 'invalid_value':
      return schema('invalidValue', { values: i.values.map((v) => String(v)).join(' | ') })
    case 'invalid_union':
      if ((i as { note?: string }).note === 'No matching discriminator')
        return schema('invalidValue', {
          values: ((i as { options?: unknown[] }).options ?? []).map(String).join(' | '),
        })
      return schema('invalid')
    case 'invalid_key': {
      const inner = i.issues[0]
      return inner && isIssueCode(inner.message) ? schema(inner.message) : schema('invalid')
    }
    case 'custom': {
      const kind = (i.params as { kind?: DataIssueKind } | undefined)?.kind ?? 'schema'
      const value = valueAt(data, i.path)
      return {
        kind,
        code: isIssueCode(i.message) ? i.message : 'invalid',
        params: { value: typeof value === 'string' ? value.slice(0, 80) : String(value) },
      }
    }
    default:
      return schema(isIssueCode(i.message) ? i.message : 'invalid')
  }
}

/** Zod's issues for the parsed `data`; record keys and unknown keys get the path of the key itself. */
export function zodIssues(error: z.ZodError, data: unknown): DataIssue[] {
  return error.issues.flatMap((i): DataIssue[] => {
    if (i.code === 'unrecognized_keys')
      return i.keys.map((key) => ({
        kind: 'schema',
        path: formatPath([...i.path, key]),
        code: 'unknownKey',
        params: { key },
        message: issueText('zh', 'unknownKey', { key }),
      }))
    const { kind, code, params } = named(i, data)
    return [{ kind, path: formatPath(i.path), code, params, message: issueText('zh', code, params) }]
  })
}
