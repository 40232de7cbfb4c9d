/**
 * The words of every validation problem, in Chinese and English, keyed by the issue's `code` (i18next
 * templates with {{placeholders}}). The validators build each issue's `message` from the Chinese one
 * (that is what the build, the CLI and the logs print); the UI shows `t('dataIssue:<code>', params)` in
 * its language (src/components/data-error.tsx registers this table when an error is first shown, so the
 * first view does not carry it). Nothing here is the validator library's own English.
 * Example: issueText('zh', 'scoreOutOfRange', { score: 64.69, max: 60 }) → '得分 64.69 超出 0–60'
 */

export const issueZh = {
  malformedJson: 'JSON 格式错误：{{detail}}',
  invalidType: {
    string: '应为文本',
    number: '应为数字',
    int: '应为整数',
    boolean: '应为 true 或 false',
    object: '应为对象 {…}',
    array: '应为数组 […]',
    null: '应为 null',
    other: '类型不对',
  },
  required: '缺少此字段',
  notFinite: '应为有限的数字',
  empty: '不能为空',
  tooFewItems: '至少应有 {{min}} 项',
  tooSmall: '不应小于 {{min}}',
  notPositive: '应大于 0',
  tooBig: '不应大于 {{max}}',
  textTooLong: '文本过长（上限 {{max}} 个字符）',
  tooManyItems: '最多 {{max}} 项',
  invalidValue: '应为以下之一：{{values}}',
  unknownKey: '未知的键「{{key}}」',
  unsafeKey: '键「{{key}}」不安全（对象原型的名字），文件被拒绝',
  badEncoding: '含有替换字符 U+FFFD（“�”）：文件很可能不是以 UTF-8 保存的（例如 GBK），请以 UTF-8 重新保存',
  badControl: '含有不可见的控制字符或方向控制字符',
  invalid: '值不符合格式',
  format: {
    date: '日期格式应为 YYYY-MM-DD',
    quarter: '季度格式应为 YYYYQn，例如 2022Q2',
    slug: 'id 应为小写字母、数字或连字符（最多 64 个字符）',
    url: '应为完整的网址',
    dataPath: '应为数据文件夹内的相对路径，例如 real/quarters/2022Q2.json',
    sha256: 'sha256 应为 64 位小写十六进制',
  },
  invalidDate: '日期 {{value}} 不存在（应为 1900–2100 年间真实的日期）',
  unsafeId: 'id「{{value}}」是对象原型的名字，不能用作 id',
  compositeNeedsRankOrScore: '综合成绩行至少要有位次或得分',
  datasetMismatch: '文件属于数据集“{{actual}}”，却位于“{{expected}}”中',
  quarterMismatch: '文件名为 {{expected}}，内容却是 {{actual}}',
  unknownDistrict: '未知区市 id「{{id}}」',
  unknownSource: '未知来源 id「{{id}}」',
  duplicateDistrictInTable: '同一表中区市重复：{{id}}',
  duplicateDistrictId: '区市 id 重复：{{id}}',
  duplicateName: '名称“{{name}}”与 {{other}} 重复',
  duplicateSourceId: '来源 id 重复：{{id}}（两条来源不能共用一个 id）',
  duplicateNewsId: '新闻 id 重复：{{id}}',
  duplicateSection: '板块重复：{{id}}',
  duplicateFlagDistrict: '{{id}} 的红旗“{{flag}}”重复',
  duplicateNote: '说明 id 重复：{{id}}',
  duplicateMovement: '同一区市对同一基准季度的位次变化重复：{{id}} 较 {{vs}}',
  duplicateListed: '重复列出：{{id}}',
  scoreOutOfRange: '得分 {{score}} 超出 0–{{max}}',
  scoreOutOfSaneRange: '得分 {{score}} 超出 0–{{max}}（未公布满分时的合理上限）',
  weightOutOfRange: '权重 {{weight}} 超出 0–{{max}}',
  starsOutOfRange: '星数 {{stars}} 超出 1–{{max}}',
  totalStarsOutOfRange: '总星数 {{stars}} 超出 0–{{max}}（{{sections}} 个板块 × 10 星）',
  rankOutOfRange: '位次 {{rank}} 超出 1–{{max}}（共 {{max}} 个区市）',
  rankMismatch: '位次 {{rank}} 与得分顺序不符（按得分应为 {{expected}}）',
  rankMismatchPartial: '位次 {{rank}} 与得分顺序不符（至少有 {{higher}} 个区市得分更高）',
  rankPairMismatch: '位次与得分顺序不符：{{a}} 与 {{b}}',
  rankTieMismatch: '位次 {{rank}} 与并列规则不符：已有 {{before}} 个区市排在其前',
  movementNotEarlier: '位次变化的基准季度 {{vs}} 应早于本季度 {{quarter}}',
  movementOutOfRange: '上升位次 {{places}} 超出 ±{{max}}（共 {{districts}} 个区市）',
  movementRankOutOfRange:
    '本季度第 {{rank}} 位、上升 {{places}} 位，则 {{vs}} 为第 {{derived}} 位，超出 1–{{max}}',
  movementMismatch:
    '与已公布位次不符：{{vs}} 第 {{before}} 位、{{quarter}} 第 {{after}} 位，应为上升 {{expected}} 位，而不是 {{places}} 位',
  missingFile: '无法读取：{{detail}}',
}

export type IssueParams = Record<string, string | number>

/** Example: issueText('zh', 'invalidType.number') → '应为数字' (English: pass issueEn from issue-messages-en.ts) */
export function issueText(
  lang: 'zh' | 'en',
  code: string,
  params: IssueParams = {},
  table: object = lang === 'zh' ? issueZh : {},
): string {
  let node: unknown = table
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  const template = typeof node === 'string' ? node : code
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''))
}

/** Whether `code` names a message in the table (so a schema message can be a code). */
export function isIssueCode(code: string): boolean {
  let node: unknown = issueZh
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string'
}
