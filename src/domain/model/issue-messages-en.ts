/**
 * The English words of validation problems (issue-messages.ts has the Chinese and says how they are
 * used). In its own module so the validators, which word their messages in Chinese, do not carry it:
 * only the error panel loads it, when an error is shown.
 */
import type { issueZh } from './issue-messages'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const issueEn: Shape<typeof issueZh> = {
  malformedJson: 'not valid JSON: {{detail}}',
  invalidType: {
    string: 'should be text',
    number: 'should be a number',
    int: 'should be a whole number',
    boolean: 'should be true or false',
    object: 'should be an object {…}',
    array: 'should be an array […]',
    null: 'should be null',
    other: 'has the wrong type',
  },
  required: 'this field is missing',
  notFinite: 'should be a finite number',
  empty: 'must not be empty',
  tooFewItems: 'needs at least {{min}} items',
  tooSmall: 'must not be less than {{min}}',
  notPositive: 'must be greater than 0',
  tooBig: 'must not be greater than {{max}}',
  textTooLong: 'text too long (limit {{max}} characters)',
  tooManyItems: 'at most {{max}} items',
  invalidValue: 'should be one of: {{values}}',
  unknownKey: 'unknown key "{{key}}"',
  unsafeKey: 'key "{{key}}" is unsafe (a name of the object prototype); the file is rejected',
  badEncoding:
    'contains the replacement character U+FFFD ("�"): the file was probably not saved as UTF-8 (e.g. GBK); save it again as UTF-8',
  badControl: 'contains an invisible control or text-direction character',
  invalid: 'value does not match the format',
  format: {
    date: 'dates are written YYYY-MM-DD',
    quarter: 'quarters are written YYYYQn, e.g. 2022Q2',
    slug: 'ids are lower-case letters, digits or hyphens (at most 64 characters)',
    url: 'should be a full web address',
    dataPath: 'should be a relative path inside the data folder, e.g. real/quarters/2022Q2.json',
    sha256: 'sha256 is 64 lower-case hex digits',
  },
  invalidDate: 'date {{value}} does not exist (a real date between 1900 and 2100 is expected)',
  unsafeId: 'id "{{value}}" is a name of the object prototype and cannot be an id',
  compositeNeedsRankOrScore: 'a composite row needs a rank or a score',
  datasetMismatch: 'the file belongs to dataset "{{actual}}" but sits in "{{expected}}"',
  quarterMismatch: 'the file is named {{expected}} but holds {{actual}}',
  unknownDistrict: 'unknown district id "{{id}}"',
  unknownSource: 'unknown source id "{{id}}"',
  duplicateDistrictInTable: 'district listed twice in one table: {{id}}',
  duplicateDistrictId: 'duplicate district id: {{id}}',
  duplicateName: 'name "{{name}}" is also used by {{other}}',
  duplicateSourceId: 'duplicate source id: {{id}} (two sources cannot share an id)',
  duplicateNewsId: 'duplicate news id: {{id}}',
  duplicateSection: 'section listed twice: {{id}}',
  duplicateFlagDistrict: 'flag "{{flag}}" awarded twice to {{id}}',
  duplicateNote: 'duplicate note id: {{id}}',
  duplicateMovement: 'movement stated twice for one district and baseline: {{id}} vs {{vs}}',
  duplicateListed: 'listed twice: {{id}}',
  scoreOutOfRange: 'score {{score}} outside 0–{{max}}',
  scoreOutOfSaneRange: 'score {{score}} outside 0–{{max}} (the sane bound where no maximum is published)',
  weightOutOfRange: 'weight {{weight}} outside 0–{{max}}',
  starsOutOfRange: 'stars {{stars}} outside 1–{{max}}',
  totalStarsOutOfRange: 'total stars {{stars}} outside 0–{{max}} ({{sections}} sections × 10 stars)',
  rankOutOfRange: 'rank {{rank}} outside 1–{{max}} ({{max}} districts)',
  rankMismatch: 'rank {{rank}} disagrees with the score order (the scores give {{expected}})',
  rankMismatchPartial:
    'rank {{rank}} disagrees with the score order (at least {{higher}} districts scored higher)',
  rankPairMismatch: 'ranks disagree with the score order: {{a}} and {{b}}',
  rankTieMismatch: 'rank {{rank}} breaks the tie rule: {{before}} districts already rank above it',
  movementNotEarlier: 'the movement baseline {{vs}} should be earlier than this quarter {{quarter}}',
  movementOutOfRange: 'places up {{places}} outside ±{{max}} ({{districts}} districts)',
  movementRankOutOfRange:
    'rank {{rank}} here and {{places}} places up puts {{vs}} at rank {{derived}}, outside 1–{{max}}',
  movementMismatch:
    'disagrees with the published ranks: {{vs}} rank {{before}}, {{quarter}} rank {{after}} is {{expected}} places up, not {{places}}',
  missingFile: 'cannot be read: {{detail}}',
}
