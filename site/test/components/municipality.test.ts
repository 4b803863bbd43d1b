import { expect, test } from 'vitest'
import MunicipalityDetail from '../../src/components/municipality/MunicipalityDetail.astro'
import MunicipalityList from '../../src/components/municipality/MunicipalityList.astro'
import { municipality } from './fixtures'
import { render } from './renderComponent'

test('the Sámi name is marked lang="se" in the list and on the page', async () => {
  const list = await render(MunicipalityList, { municipalities: [municipality] })
  expect(list).toMatch(/<span lang="se"[^>]*>Hárstták<\/span>/)
  const page = await render(MunicipalityDetail, { municipality })
  expect(page).toMatch(
    /<h1[^>]*>\s*Harstad[\s\S]*<span lang="se"[^>]*>Hárstták<\/span>[\s\S]*<\/h1>/,
  )
})

test('the page gives public contact, the measures it leads, and says when it has no events', async () => {
  const html = await render(MunicipalityDetail, { municipality })
  expect(html).toContain('href="tel:+4777026000"')
  expect(html).toContain('href="mailto:postmottak@harstad.kommune.no"')
  expect(html).toContain('href="/prosjekt/a/"')
  expect(html).toContain('5503')
  expect(html).toContain('Ingen arrangementer registrert i kommunen.')
  expect(html).toContain('href="/arrangementer/kommune/harstad.ics"')
})
