import { addFeatureStrings, type Strings } from '../../lib/i18n'

export const zh = {
  title: '考核规则说明',
  intro:
    '“摘星夺旗”是青岛市综合考核委员会对十个区市经济运行及重点工作的季度考核：各板块按得分排位、摘星，综合成绩排位，并授予两面红旗。',
  arena: '书记擂台：成绩通报后，各区市委书记按综合成绩排名先后登台，说明本区市的成绩与差距。',
  generated: '本页由数据文件和应用中的规则代码生成，与各表格使用同一规则。',
  sections: {
    title: '板块与分值',
    table: '各季度板块与分值表',
    intro: '各季度的考核板块及满分，按该季度通报所载；通报未载明的记为“未公布”。',
    quarter: '季度',
    composite: '综合满分',
    bonus: '加分项',
    basis: '考核办法',
    indicators: '{{n}}项指标',
    noList: '板块构成未公布',
    none: '无',
  },
  stars: {
    title: '摘星',
    intro: '每个板块按位次“10星”至“1星”逐级评星：第1位{{max}}星，每低一位少一星。',
    rank: '第{{rank}}位',
    value: '{{n}}星',
    printed: '表格显示通报所印星数。{{quarters}}通报所印星数与上述规则有出入，差异列于该季度的“数据说明”。',
    link: '{{quarter}}数据说明',
  },
  flags: {
    title: '夺旗',
    item: '“{{flag}}”红旗：{{rule}}',
    top: '综合成绩居前{{n}}位。',
    rise: '综合位次较上季度上升{{n}}位及以上。',
    bound:
      '获“{{flag}}”红旗而上季度位次未公布时，位次变化记为“▲≥{{n}}（据红旗规则推算）”：这是下限，不是确切位次。',
  },
  tie: {
    title: '同分同位次',
    text: '得分相同的区市并列同一位次，其后的位次顺延。例如得分 {{scores}} 的位次为 {{ranks}}。',
  },
  status: {
    title: '已公布、推算、未公布',
    published: '已公布：数字见于通报或公开报道，标明来源。',
    derived: '推算：由公布的数字按写明的规则计算，列出规则和所依据的数字，以紫色虚线标出。',
    notPublished: '未公布：通报或公开报道中没有该数字；从不显示为0，也不估计。',
    example: '示例：',
    examplePublished: '{{quarter}}{{section}}，{{district}}{{what}} {{value}}',
    exampleDerived: '{{quarter}}{{section}}，{{district}}{{what}} {{value}}（{{rule}}）',
    exampleNot: '{{quarter}}{{section}}成绩表：{{reason}}',
    score: '得分',
    rank: '位次',
  },
  coverage: {
    title: '数据范围与来源',
    text: '数据更新至{{newest}}（自{{first}}起，共{{n}}个季度）。',
    sources: '所用来源（{{n}}）',
  },
}

export const en = {
  title: 'Assessment rules',
  intro:
    'The "stars and flags" assessment is the Qingdao assessment committee\'s quarterly review of the ten districts\' economy and key work: each section is ranked and starred by score, the composite is ranked, and two red flags are awarded.',
  arena:
    "The secretaries' arena: after the results are published, the district party secretaries take the stage in composite ranking order to account for their results.",
  generated:
    "This page is generated from the data files and the app's rule code: the same rules the tables use.",
  sections: {
    title: 'Sections and maximum scores',
    table: 'Sections and maximum scores by quarter',
    intro:
      'Each quarter\'s sections and maximum scores as its notice states them; "not published" where it does not.',
    quarter: 'Quarter',
    composite: 'Composite maximum',
    bonus: 'Bonus items',
    basis: 'Assessment method',
    indicators: '{{n}} indicators',
    noList: 'sections not published',
    none: 'none',
  },
  stars: {
    title: 'Stars',
    intro:
      'Each section is starred by rank from 10 stars down to 1: rank 1 gets {{max}}, each place below one fewer.',
    rank: 'rank {{rank}}',
    value: '{{n}} stars',
    printed:
      "Tables show the stars as printed. In {{quarters}} the printed stars differ from the rule; the differences are listed in that quarter's data notes.",
    link: '{{quarter}} data notes',
  },
  flags: {
    title: 'Red flags',
    item: '"{{flag}}" flag: {{rule}}',
    top: 'composite rank {{n}} or better.',
    rise: 'composite rank up {{n}} or more places vs the previous quarter.',
    bound:
      'Where the "{{flag}}" flag was awarded and the previous rank is not published, the change is shown as "▲≥{{n}} (derived from the flag rule)": a lower bound, not the exact change.',
  },
  tie: {
    title: 'Ties',
    text: 'Districts with equal scores share a rank and the next rank is skipped. For example, scores {{scores}} rank {{ranks}}.',
  },
  status: {
    title: 'Published, derived, not published',
    published: 'Published: the figure appears in a notice or public report, with its source.',
    derived:
      'Derived: computed from published figures by a stated rule, with the rule and its inputs listed, marked with a dashed purple line.',
    notPublished:
      'Not published: no notice or public report gives the figure; never shown as 0 and never estimated.',
    example: 'Example: ',
    examplePublished: '{{quarter}} {{section}}, {{district}} {{what}} {{value}}',
    exampleDerived: '{{quarter}} {{section}}, {{district}} {{what}} {{value}} ({{rule}})',
    exampleNot: '{{quarter}} {{section}} table: {{reason}}',
    score: 'score',
    rank: 'rank',
  },
  coverage: {
    title: 'Data coverage and sources',
    text: 'Data up to {{newest}} ({{n}} quarters from {{first}}).',
    sources: 'Sources used ({{n}})',
  },
} satisfies Strings<typeof zh>

addFeatureStrings('rules', zh, en)
