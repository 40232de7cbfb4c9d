/**
 * The one error a data file (or the manifest, or the offline copy's data block) can fail with: it names
 * the file and, per problem, the field path and a named kind, so the UI and tests can tell them apart.
 * Example: new DataFileError('data/real/quarters/2022Q2.json', [{ kind: 'score-out-of-range',
 *   path: 'sections[0].table.rows[3].score', message: '得分 64.69 超出 0–60' }]).message
 *   → 'data/real/quarters/2022Q2.json: sections[0].table.rows[3].score: 得分 64.69 超出 0–60'
 * No imports on purpose: see validate.ts, which re-exports it.
 */
export type DataIssueKind =
  | 'malformed-json'
  | 'schema'
  | 'unknown-district'
  | 'duplicate-district'
  | 'score-out-of-range'
  | 'stars-out-of-range'
  | 'rank-mismatch'
  | 'unknown-source'
  | 'quarter-mismatch'
  | 'dataset-mismatch'
  | 'missing-file'
  | 'rank-out-of-range'
  | 'weight-out-of-range'
  | 'movement-out-of-range'
  | 'movement-mismatch'
  | 'duplicate-section'
  | 'duplicate-flag'
  | 'duplicate-note'
  | 'duplicate-movement'
  | 'duplicate-source'
  | 'duplicate-name'
  | 'duplicate-news'
  | 'unsafe-id'
  | 'text-too-long'
  | 'invalid-date'
  | 'bad-encoding'

/**
 * One problem. `message` is the Chinese wording (build, CLI, logs); `code` and `params` let the UI word it
 * in its own language (issue-messages.ts: `dataIssue:<code>`); an issue without a code shows its message.
 */
export type DataIssue = {
  kind: DataIssueKind
  path: string
  message: string
  code?: string
  params?: Record<string, string | number>
}

export class DataFileError extends Error {
  readonly file: string
  readonly issues: DataIssue[]
  constructor(file: string, issues: DataIssue[]) {
    const first = issues[0]
    super(
      `${file}: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : '无法读取'}${
        issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : ''
      }`,
    )
    this.name = 'DataFileError'
    this.file = file
    this.issues = issues
  }
  get kinds(): DataIssueKind[] {
    return [...new Set(this.issues.map((i) => i.kind))]
  }
}

/** JSON.parse with the file named on failure. Example: parseJsonText('x.json', '{') → DataFileError 'malformed-json'. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DataFileError(file, [
      {
        kind: 'malformed-json',
        path: '',
        message: `JSON 格式错误：${(e as Error).message}`,
        code: 'malformedJson',
        params: { detail: (e as Error).message },
      },
    ])
  }
}
