import { addFeatureStrings, type Strings } from '../../lib/i18n'

export const zh = {
  title: '书记擂台与新闻摘录',
  intro:
    '按日期由新到旧列出发言与报道。每条注明来源，并在旁边列出该区市所指季度的实际考核结果，供对照，不作评判。',
  filters: '筛选',
  district: '区市',
  quarter: '所指季度',
  event: '活动',
  search: '搜索标题和摘要',
  searchPlaceholder: '例如：集成电路、韩世军',
  all: '全部',
  clear: '清除筛选',
  count: '共 {{n}} 条（全部 {{total}} 条）',
  none: '没有符合条件的新闻摘录。',
  unknownDistrict: '链接中的区市「{{value}}」无法识别，已忽略该筛选。可选区市：',
  listLabel: '新闻摘录',
  /** An event in the filter: its date, its name(s) and how many items it has. */
  eventOption: '{{date}} {{names}}（{{count}}）',
}

export const en = {
  title: 'Arena statements and news',
  intro:
    "Statements and reports, newest first. Each names its source and sits next to the district's actual results for the quarter it refers to. No verdict.",
  filters: 'Filters',
  district: 'District',
  quarter: 'Quarter referred to',
  event: 'Event',
  search: 'Search titles and summaries',
  searchPlaceholder: 'e.g. 集成电路, 韩世军',
  all: 'All',
  clear: 'Clear filters',
  count: '{{n}} of {{total}} items',
  none: 'No news highlights match.',
  unknownDistrict: 'Unknown district "{{value}}" in the link; that filter is ignored. Districts:',
  listLabel: 'News highlights',
  eventOption: '{{date}} {{names}} ({{count}})',
} satisfies Strings<typeof zh>

addFeatureStrings('news', zh, en)
