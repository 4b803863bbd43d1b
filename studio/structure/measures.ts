import { ProjectsIcon } from '@sanity/icons/Projects'
import { TargetIcon } from '@sanity/icons/Target'
import { ThLargeIcon } from '@sanity/icons/ThLarge'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { STATUS_LIGHTS } from '../../schemas/constants'
import { LIGHT_ICONS } from '../../schemas/ui/lightIcons'
import { API_VERSION } from '../apiVersion'

/** Measures grouped by their goal's title (Sanity follows the reference), each goal in number order. */
const BY_GOAL_NUMBER = [
  { field: 'goal.title', direction: 'asc' as const },
  { field: 'number', direction: 'asc' as const },
]

/** Measures of one focus area: those whose goal belongs to it. */
function measuresOfFocusArea(S: StructureBuilder, focusAreaId: string) {
  return S.documentList()
    .title('Tiltak i strategiområdet')
    .schemaType('measure')
    .apiVersion(API_VERSION)
    .filter(
      '_type == "measure" && goal._ref in *[_type == "goal" && focusArea._ref == $focusAreaId]._id',
    )
    .params({ focusAreaId })
    .defaultOrdering(BY_GOAL_NUMBER)
}

/** Measures of one goal, where «new» fills in that goal. */
function measuresOfGoal(S: StructureBuilder, goalId: string) {
  return S.documentList()
    .title('Tiltak under målet')
    .schemaType('measure')
    .apiVersion(API_VERSION)
    .filter('_type == "measure" && goal._ref == $goalId')
    .params({ goalId })
    .defaultOrdering([{ field: 'number', direction: 'asc' }])
    .initialValueTemplates([S.initialValueTemplateItem('measure-under-goal', { goalId })])
}

/** One list per traffic light, so editors find what is red or unreported. */
function measuresByStatus(S: StructureBuilder) {
  return S.list()
    .title('Tiltak etter status')
    .items(
      STATUS_LIGHTS.map(({ value, title }) =>
        S.listItem()
          .id(`status-${value}`)
          .title(title)
          .icon(LIGHT_ICONS[value])
          .child(
            S.documentList()
              .title(title)
              .schemaType('measure')
              .apiVersion(API_VERSION)
              .filter('_type == "measure" && status.light == $light')
              .params({ light: value })
              .defaultOrdering(BY_GOAL_NUMBER),
          ),
      ),
    )
}

/** Measures: all, by focus area, by goal and by status. */
export function measuresItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('measures')
    .title('Tiltak')
    .icon(ProjectsIcon)
    .child(
      S.list()
        .title('Tiltak')
        .items([
          S.documentTypeListItem('measure').id('measures-all').title('Alle tiltak'),
          S.listItem()
            .id('measures-by-focus-area')
            .title('Etter strategiområde')
            .icon(ThLargeIcon)
            .child(
              S.documentTypeList('focusArea')
                .title('Velg strategiområde')
                .child((focusAreaId) => measuresOfFocusArea(S, focusAreaId)),
            ),
          S.listItem()
            .id('measures-by-goal')
            .title('Etter mål')
            .icon(TargetIcon)
            .child(
              S.documentTypeList('goal')
                .title('Velg mål')
                .child((goalId) => measuresOfGoal(S, goalId)),
            ),
          S.listItem().id('measures-by-status').title('Etter status').child(measuresByStatus(S)),
        ]),
    )
}

/** Plans, focus areas and goals: the frame measures hang in. New goals under a focus area fill it in. */
export function frameworkItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('framework')
    .title('Planer, strategiområder og mål')
    .icon(ThLargeIcon)
    .child(
      S.list()
        .title('Planer, strategiområder og mål')
        .items([
          S.documentTypeListItem('plan').id('plans').title('Planer'),
          S.documentTypeListItem('focusArea').id('focus-areas').title('Strategiområder'),
          S.listItem()
            .id('goals-by-focus-area')
            .title('Mål etter strategiområde')
            .icon(TargetIcon)
            .child(
              S.documentTypeList('focusArea')
                .title('Velg strategiområde')
                .child((focusAreaId) =>
                  S.documentList()
                    .title('Mål i strategiområdet')
                    .schemaType('goal')
                    .apiVersion(API_VERSION)
                    .filter('_type == "goal" && focusArea._ref == $focusAreaId')
                    .params({ focusAreaId })
                    .defaultOrdering([{ field: 'order', direction: 'asc' }])
                    .initialValueTemplates([
                      S.initialValueTemplateItem('goal-under-focus-area', { focusAreaId }),
                    ]),
                ),
            ),
          S.documentTypeListItem('goal').id('goals').title('Alle mål'),
        ]),
    )
}
