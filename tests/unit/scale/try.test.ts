import { it } from 'vitest'
import { generatedDataset } from '../../../tests/fixtures/generated-dataset'
import { districtHistory } from '../../../src/domain/tables/district-history'
it('t', () => {
  let t = performance.now()
  const g = generatedDataset(3000, 40)
  console.log('gen', performance.now() - t)
  t = performance.now()
  const h = districtHistory(g.dataset, 'd0042')
  console.log('history cold', performance.now() - t, h.length)
  t = performance.now()
  districtHistory(g.dataset, 'd0043')
  console.log('history warm', performance.now() - t)
}, 300000)
