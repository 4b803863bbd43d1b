import { UsersIcon } from '@sanity/icons/Users'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { API_VERSION } from '../apiVersion'

/** People, with the næringsteam on its own so the team page can be checked at a glance. */
export function peopleItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('people')
    .title('Personer')
    .icon(UsersIcon)
    .child(
      S.list()
        .title('Personer')
        .items([
          S.listItem()
            .id('naeringsteam')
            .title('Næringsteamet')
            .icon(UsersIcon)
            .child(
              S.documentList()
                .title('Næringsteamet')
                .schemaType('person')
                .apiVersion(API_VERSION)
                .filter('_type == "person" && naeringsteam == true')
                .defaultOrdering([{ field: 'name', direction: 'asc' }])
                .initialValueTemplates([S.initialValueTemplateItem('person-naeringsteam')]),
            ),
          S.documentTypeListItem('person').id('people-all').title('Alle personer'),
        ]),
    )
}
