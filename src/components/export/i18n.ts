/**
 * Strings of the export toolbar, the files' title blocks, print and share (namespace `export`). They
 * travel with the lazily loaded toolbar (export-toolbar.tsx registers them on its first render), so no
 * first view carries them. The English object must have the same shape as the Chinese one.
 */
import type { i18n as I18n } from 'i18next'
import type { Strings } from '../../lib/i18n'

export const zh = {
  toolbar: '导出与分享',
  excel: '导出 Excel',
  csv: '导出 CSV',
  copy: '复制表格',
  copied: '已复制表格（{{n}}行），可粘贴到 WPS、Word 或 Excel。',
  copyFailed: '浏览器不允许写入剪贴板：{{message}}',
  print: '打印',
  share: '复制链接/分享',
  shareTitle: '本视图的链接',
  linkCopied: '链接已复制。',
  linkCopyFailed: '无法自动复制，请手动复制上面的链接。',
  qrLabel: '本视图链接的二维码',
  close: '关闭',
  saved: '已下载 {{name}}',
  failed: '导出失败：{{message}}',
  working: '正在生成…',
  quarter: '季度',
  section: '板块',
  issuer: '发布单位',
  published: '通报日期',
  sources: '来源',
  asOf: '数据截至',
  dataset: '数据集',
  printedAt: '打印于',
  range: '区间',
  district: '区市',
  filter: '筛选',
  derivedNote: '标“推算”的数字按规则由已公布数字推算，非通报原文；“未公布”表示通报未公布该数字。',
  derivedMark: '（推算）',
  ruleStars: '按规则星数',
  sheetTable: '表格',
  sheetMeta: '说明',
  unknown: '未公布',
  date: '日期',
  speaker: '发言人',
  headline: '标题',
  summary: '摘要',
  rank: '所指季度位次',
  score: '所指季度综合得分',
  search: '搜索',
  all: '全部',
  sourcesInRows: '见各行“来源”列',
}

export const en = {
  toolbar: 'Export and share',
  excel: 'Export Excel',
  csv: 'Export CSV',
  copy: 'Copy table',
  copied: 'Table copied ({{n}} rows): paste it into WPS, Word or Excel.',
  copyFailed: 'The browser did not allow writing to the clipboard: {{message}}',
  print: 'Print',
  share: 'Copy link / share',
  shareTitle: 'Link to this view',
  linkCopied: 'Link copied.',
  linkCopyFailed: 'Could not copy automatically: copy the link above.',
  qrLabel: 'QR code of the link to this view',
  close: 'Close',
  saved: 'Downloaded {{name}}',
  failed: 'Export failed: {{message}}',
  working: 'Preparing…',
  quarter: 'Quarter',
  section: 'Section',
  issuer: 'Issued by',
  published: 'Notice date',
  sources: 'Sources',
  asOf: 'Data as of',
  dataset: 'Dataset',
  printedAt: 'Printed',
  range: 'Range',
  district: 'District',
  filter: 'Filter',
  derivedNote:
    'Figures marked "derived" are computed by a named rule from published figures, not printed in the notice; "not published" means the notice did not publish the figure.',
  derivedMark: ' (derived)',
  ruleStars: 'Stars by the rule',
  sheetTable: 'Table',
  sheetMeta: 'About',
  unknown: 'not published',
  date: 'Date',
  speaker: 'Speaker',
  headline: 'Title',
  summary: 'Summary',
  rank: 'Rank in that quarter',
  score: 'Composite score in that quarter',
  search: 'Search',
  all: 'All',
  sourcesInRows: 'see the Sources column of each row',
} satisfies Strings<typeof zh>

/** Adds the namespace once. Example: registerExportStrings(i18n); i18n.t('export:print', { lng: 'en' }) → 'Print' */
export function registerExportStrings(i18n: I18n): void {
  if (i18n.hasResourceBundle('zh', 'export')) return
  i18n.addResourceBundle('zh', 'export', zh, true, true)
  i18n.addResourceBundle('en', 'export', en, true, true)
}
