import { CogIcon } from '@sanity/icons/Cog'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { PROGRAMME_ID } from '../../schemas/singletons/programme'

/** The programme singleton, opened directly by its fixed id so there is never a list of them. */
export function programmeItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id(PROGRAMME_ID)
    .title('Programmet')
    .icon(CogIcon)
    .child(S.document().schemaType('programme').documentId(PROGRAMME_ID).title('Programmet'))
}
