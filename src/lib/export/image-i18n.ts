/**
 * The words of 保存为图片 (SaveImageButton, the presentation's slide image), in their own namespace,
 * registered by the modules that show the button, so the first view's common strings do not grow.
 */
import { addFeatureStrings, type Strings } from '../i18n'

export const zh = {
  label: '保存为图片',
  working: '正在生成图片…',
  failed: '无法生成图片：{{message}}',
  source: '来源：{{list}}',
}

const en = {
  label: 'Save as image',
  working: 'Making the image…',
  failed: 'Could not make the image: {{message}}',
  source: 'Sources: {{list}}',
} satisfies Strings<typeof zh>

addFeatureStrings('image', zh, en)
