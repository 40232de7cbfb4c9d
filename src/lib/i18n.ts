/**
 * i18next, Chinese first. Each feature adds its own namespace with `addFeatureStrings`, so
 * views don't edit one shared dictionary. The language comes from the URL (`lang=en`).
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'

const common = {
  zh: {
    appName: '擂台',
    appSubtitle: '“摘星夺旗”考核看板',
    nav: { rankings: '排名', movement: '变动', districts: '区市', news: '新闻', present: '擂台模式' },
    quarter: '季度',
    section: '板块',
    dataset: {
      real: '公开数据',
      realHint: '全部数字来自公开来源，或按规则推算并标明',
      demo: '示例数据 DEMO',
      demoHint: '由固定种子生成的示例，不是真实考核结果',
    },
    theme: { projection: '投影模式', normal: '桌面模式' },
    lang: { switchTo: 'English', label: '语言' },
    updown: { label: '升降配色', cn: '升红降绿', intl: '升绿降红' },
    status: { published: '已公布', derived: '推算', notPublished: '未公布' },
    notPublished: '未公布',
    loading: '加载中…',
    sources: '来源',
    dataNotes: '数据说明',
    notFound: {
      title: '未找到',
      route: '没有这个页面：{{path}}',
      quarter: '没有 {{value}} 的数据。可选季度：',
      district: '没有 id 为「{{value}}」的区市。十个区市：',
      section: '{{quarter}} 没有“{{value}}”板块。该季度的板块：',
      param: '链接参数 {{param}}={{value}} 无法识别，已使用默认值。',
      home: '返回排名',
    },
    error: {
      title: '数据文件有误',
      quarter: '{{quarter}} 的数据文件无法使用，其它季度不受影响。',
      fatal: '基础数据文件无法使用。',
      file: '文件',
      field: '字段',
    },
    placeholder: '此视图将在后续版本中提供。',
    baseline: '较{{q}}',
    vs: 'vs {{q}}',
    footer: '数据来源：青岛日报/观海新闻等公开报道；每个数字均标明来源或推算规则。',
  },
  en: {
    appName: 'Leitai',
    appSubtitle: '“Stars & Flags” assessment dashboard',
    nav: {
      rankings: 'Rankings',
      movement: 'Movement',
      districts: 'Districts',
      news: 'News',
      present: 'Arena mode',
    },
    quarter: 'Quarter',
    section: 'Section',
    dataset: {
      real: 'Published data',
      realHint: 'Every figure is from a public source, or derived by a named rule and marked',
      demo: 'DEMO data 示例数据',
      demoHint: 'Generated with a fixed seed — not real results',
    },
    theme: { projection: 'Projection', normal: 'Desktop' },
    lang: { switchTo: '中文', label: 'Language' },
    updown: { label: 'Up/down colours', cn: 'Up red, down green', intl: 'Up green, down red' },
    status: { published: 'Published', derived: 'Derived', notPublished: 'Not published' },
    notPublished: 'Not published',
    loading: 'Loading…',
    sources: 'Sources',
    dataNotes: 'Data notes',
    notFound: {
      title: 'Not found',
      route: 'There is no page {{path}}',
      quarter: 'No data for {{value}}. Available quarters:',
      district: 'No district with id “{{value}}”. The ten districts:',
      section: '{{quarter}} has no section “{{value}}”. Its sections:',
      param: 'Link parameter {{param}}={{value}} was not understood; the default is used.',
      home: 'Back to rankings',
    },
    error: {
      title: 'Data file error',
      quarter: 'The data file for {{quarter}} cannot be used; other quarters are unaffected.',
      fatal: 'A core data file cannot be used.',
      file: 'File',
      field: 'Field',
    },
    placeholder: 'This view arrives in a later release.',
    baseline: 'vs {{q}}',
    vs: 'vs {{q}}',
    footer: 'Sources: Qingdao Daily and other public reports; every figure names its source or rule.',
  },
}

void i18n.use(initReactI18next).init({
  resources: { zh: { common: common.zh }, en: { common: common.en } },
  lng: 'zh',
  fallbackLng: 'zh',
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Registers a feature's strings under its own namespace. Example: addFeatureStrings('rankings', {zh, en}) */
export function addFeatureStrings(ns: string, strings: { zh: object; en: object }): void {
  i18n.addResourceBundle('zh', ns, strings.zh, true, true)
  i18n.addResourceBundle('en', ns, strings.en, true, true)
}

export { i18n }
