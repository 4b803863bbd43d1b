import { toPlainText } from '@portabletext/toolkit'
import type { Goal, Measure, ProsjektPage } from '../content/types'
import { cutAtWord, describe, DESCRIPTION_MAX } from './describe'

// The meta descriptions of the /prosjekt/ pages. A goal or measure with text of its own (a goal's description, a
// measure's text about it) is described by that text; one without, by a sentence of its own title and where it
// belongs, so no two pages share one.

/** Shortest a goal's title is kept in a measure's description when cut; shorter, the goal is left out. */
const MIN_GOAL_TITLE = 25

/** «i strategiområdet <label>», or «i <programme>» for a page outside any focus area. */
function placeOf(focusArea: { label: string } | null, programmeName: string): string {
  return focusArea ? `i strategiområdet ${focusArea.label}` : `i ${programmeName}`
}

/** `head` followed by `tail`, the head cut at a word so the whole is at most `DESCRIPTION_MAX`. */
function within(head: string, tail: string): string {
  return `${cutAtWord(head, Math.max(1, DESCRIPTION_MAX - tail.length))}${tail}`
}

/**
 * A measure without text about it: «<title>: tiltak under målet «<goal>» i strategiområdet <focus area>.», the
 * goal's title cut, and then left out, before the measure's own title is.
 */
function measureFallback(measure: Measure, programmeName: string): string {
  const where = placeOf(measure.focusArea, programmeName)
  if (measure.goal) {
    const underGoal = (goal: string) => `: tiltak under målet «${goal}» ${where}.`
    const room = DESCRIPTION_MAX - measure.title.length - underGoal('').length
    if (room >= Math.min(measure.goal.title.length, MIN_GOAL_TITLE))
      return `${measure.title}${underGoal(cutAtWord(measure.goal.title, room))}`
  }
  return within(measure.title, `: tiltak ${where}.`)
}

/** A goal without a description: «<title>: mål i strategiområdet <focus area>, med strategier og tiltak.» */
function goalFallback(goal: Goal, programmeName: string): string {
  const where = placeOf(goal.focusArea, programmeName)
  return within(goal.title, `: mål ${where}, med strategier og tiltak.`)
}

/** The meta description of a goal's or measure's page, at most 160 characters. */
export function prosjektDescription(page: ProsjektPage, programmeName: string): string {
  return page.kind === 'goal'
    ? describe(toPlainText(page.goal.description), goalFallback(page.goal, programmeName))
    : describe(toPlainText(page.measure.about), measureFallback(page.measure, programmeName))
}
