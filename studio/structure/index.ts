import type { StructureResolver } from 'sanity/structure'
import { eventsItem } from './events'
import { frameworkItem, measuresItem } from './measures'
import { peopleItem } from './people'
import { programmeItem } from './programme'

/** The Studio's content tree: the programme pinned first, then content grouped by what editors look for. */
export const structure: StructureResolver = (S) =>
  S.list()
    .id('content')
    .title('Innhold')
    .items([
      programmeItem(S),
      S.divider(),
      measuresItem(S),
      frameworkItem(S),
      S.documentTypeListItem('municipality').id('municipalities').title('Kommuner'),
      eventsItem(S),
      peopleItem(S),
      S.documentTypeListItem('organisation').id('organisations').title('Organisasjoner'),
      S.divider(),
      S.documentTypeListItem('newsItem').id('news').title('Nyheter'),
      S.documentTypeListItem('page').id('pages').title('Sider'),
    ])
