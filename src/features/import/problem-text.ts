/**
 * The words of the importer's problems, in both languages, as plain templates: the import view
 * registers them with its strings, and `npm run import` prints them (compiler style) without a UI.
 * Example: problemText({ code: 'unknown-district', params: { name: '崂山县' }, … }, 'zh', names) → '未知区市「崂山县」'
 */
import type { ImportProblem, ProblemCode } from '../../domain/import/notice'
import type { Lang } from '../../domain/model/ids'
import { zh as commonZh } from '../../lib/i18n-common'
import { en as commonEn } from '../../lib/i18n-common-en'

export const problemZh = {
  'no-quarter': '没有找到季度：文中没有“某年某季度”。请选择季度（命令行：--quarter 2024Q2）。',
  'quarter-differs': '通报写的是 {{text}}，按所选的 {{chosen}} 导入。',
  'nothing-found': '没有找到成绩表、红旗或位次变动语句。',
  'unknown-district': '未知区市「{{name}}」。',
  'duplicate-district': '{{table}}中{{district}}出现了两次。',
  'score-out-of-range': '{{table}} {{district}} 的得分 {{score}} 超出 0–{{weight}} 分。',
  'missing-score': '{{table}} {{district}} 这一行没有得分。',
  'stars-out-of-range': '{{district}} 的星数 {{stars}} 超出 1–10 星。',
  'rank-order': '{{district}} 印的位次 {{rank}} 与得分顺序不符（按得分应为：{{expected}}）。',
  'too-few-rows': '{{table}}只有 {{rows}} 行，应有 {{total}} 个区市。',
  'partial-composite': '综合成绩表只列出 {{rows}} 个区市（共 {{total}} 个），其余按未公布处理。',
  'unnamed-section': '这张表没有写明板块：请在表前一行写板块名，例如“经济运行（权重60分）”。',
  'duplicate-table': '{{table}}的成绩表出现了两次。',
  'stars-rule':
    '{{table}} {{district}} 印 {{stars}} 星；按“10星至1星”逐级评星，第{{rank}}位应为 {{rule}} 星。照印的导入，仅作提示。',
  'flag-rule-top': '{{district}} 获“真抓实干、勇当排头”红旗，但综合成绩表中为第{{rank}}位。',
  'flag-rule-rise': '{{district}} 获“加压奋进、进位赶超”红旗，但文中写的是上升 {{places}} 个位次。',
  'flag-missing-top': '综合成绩表前2位（{{districts}}）没有对应的“真抓实干、勇当排头”红旗语句。',
  'invalid-file': '生成的数据文件未通过校验：{{path}} {{message}}',
}

export const problemEn: Record<keyof typeof problemZh, string> = {
  'no-quarter':
    'No quarter found: the text names no "year + quarter". Choose the quarter (CLI: --quarter 2024Q2).',
  'quarter-differs': 'The notice says {{text}}; importing as the chosen {{chosen}}.',
  'nothing-found': 'No results table, red flag or movement statement found.',
  'unknown-district': 'Unknown district "{{name}}".',
  'duplicate-district': '{{district}} appears twice in {{table}}.',
  'score-out-of-range': '{{table}} {{district}}: score {{score}} is outside 0–{{weight}}.',
  'missing-score': '{{table}} {{district}}: the row has no score.',
  'stars-out-of-range': '{{district}}: {{stars}} stars is outside 1–10.',
  'rank-order':
    '{{district}}: printed rank {{rank}} disagrees with the score order (by score: {{expected}}).',
  'too-few-rows': '{{table}} has {{rows}} rows; there are {{total}} districts.',
  'partial-composite':
    'The composite table lists {{rows}} of {{total}} districts; the rest count as not published.',
  'unnamed-section':
    "This table names no section: put the section's name on the line above, e.g. “经济运行（权重60分）”.",
  'duplicate-table': 'The {{table}} table appears twice.',
  'stars-rule':
    '{{table}} {{district}}: printed {{stars}} stars; the 10-to-1 star rule gives rank {{rank}} {{rule}}. Imported as printed; a note only.',
  'flag-rule-top':
    '{{district}} has the "leading the pack" flag but is ranked {{rank}} in the composite table.',
  'flag-rule-rise':
    '{{district}} has the "climbing the ranks" flag but the text says it rose {{places}} places.',
  'flag-missing-top': 'The composite top two ({{districts}}) have no "leading the pack" flag sentence.',
  'invalid-file': 'The quarter file it makes fails validation: {{path}} {{message}}',
}

const TEXT: Record<Lang, Record<ProblemCode, string>> = { zh: problemZh, en: problemEn }
const SECTION: Record<Lang, Record<string, string>> = { zh: commonZh.sectionName, en: commonEn.sectionName }

/** Words a problem. `districtName` turns a district id into its name in the language. */
export function problemText(
  p: Pick<ImportProblem, 'code' | 'params'>,
  lang: Lang,
  districtName: (id: string) => string,
): string {
  const value = (key: string, v: string | number): string => {
    if (key === 'table')
      return SECTION[lang][key === 'table' && v === 'composite' ? 'overall' : String(v)] ?? String(v)
    if (key === 'district') return districtName(String(v))
    if (key === 'districts')
      return String(v)
        .split(',')
        .map(districtName)
        .join(lang === 'zh' ? '、' : ', ')
    return String(v)
  }
  return TEXT[lang][p.code].replace(/\{\{(\w+)\}\}/g, (m, k: string) => {
    const v = p.params[k]
    return v === undefined ? m : value(k, v)
  })
}
