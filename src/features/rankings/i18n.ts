import { addFeatureStrings } from '../../lib/i18n'

export const zh = {
  col: {
    rank: '位次',
    district: '区市',
    score: '得分',
    stars: '摘星',
    totalStars: '总星数',
    flags: '红旗',
    flagsComposite: '红旗（综合）',
    change: '较上季度',
    status: '数据状态',
  },
  weight: '满分{{w}}',
  weightBonus: '满分{{w}} + 加分{{b}}',
  /** A composite's total stars out of the most it could be (ten per section). */
  totalStars: '{{n}}★/{{max}}',
  tie: '并列',
  noticeDate: '{{date}} 发布',
  noticeUnknown: '本季度通报原文未找到',
  sourcesButton: '来源（{{n}}）',
  notesButton: '数据说明（{{n}}）',
  starNote: {
    text: '{{section}}：通报所印星数为 {{printed}}；按“10星至1星逐级评星”的表述计，依次为 {{rule}}，有{{count}}处不同：{{list}}。表中显示通报所印星数。',
    item: '{{name}}（第{{rank}}位）通报印{{printed}}星，按表述计{{rule}}星',
  },
  starNoteCallout:
    '注：通报所印星数与“10星至1星逐级评星”的表述有{{n}}处不同，表中显示通报所印星数，详见数据说明。',
  unavailable: '本表未公布：{{reason}}',
  quarterMissing: '该季度无资料',
  partialComposite: '本季度综合成绩仅公布 {{n}} 个区市的位次或得分，其余为“未公布”。',
  partialCompositeDerived:
    '本季度综合成绩仅公布 {{n}} 个区市的位次或得分，另有 {{d}} 个按规则推算（紫色虚线标出），其余为“未公布”。',
  sectionsUnknown: '该季度未公布任何板块成绩，板块构成亦未核实（见数据说明）',
  noComposite: '本季度没有任何区市的综合位次或得分见于公开来源（详见数据说明）；表中只列出已公布的红旗。',
  filter: {
    button: '筛选区市',
    count: '已选 {{n}} 个',
    search: '按名称或别名查找',
    clear: '清除筛选',
    remove: '移除 {{name}}',
    unknown: '链接中的区市 id 无法识别：{{ids}}。可用的区市：',
    none: '没有匹配的区市',
    more: '另有 {{n}} 个，输入名称以缩小范围',
  },
  search: {
    label: '查找单位',
    hint: '名称、拼音或首字母',
    found: '找到 {{n}} 个，共 {{total}} 个；位次按全部单位计算。',
    none: '没有匹配“{{query}}”的单位',
  },
  sortHint: '点击列标题排序；未公布的值在两个方向上都排在最后。',
  caption: '{{quarter}}{{section}}排名',
  bonusLabel: '加分项',
  rowsShown: '显示 {{n}} / {{total}} 个区市；位次按全部区市计算。',
  noSections: '{{quarter}} 未公布任何板块成绩，仅有综合位次或红旗信息。',
  sparse: {
    some: '本季度仅公布{{n}}个区市的综合位次或得分；',
    none: '本季度未公布成绩表；',
    link: '最近一次完整成绩为{{quarter}} →',
  },
}

// The English is a chunk of its own (the Chinese first view does not carry it), loaded for lang=en.
addFeatureStrings('rankings', zh, () => import('./i18n-en').then((m) => m.en))
