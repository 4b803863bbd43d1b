/** What a focus area's label is made of: its title and the plan it belongs to. */
interface Labellable {
  title: string
  plan: { title: string; shortTitle: string | null } | null
}

/** How a title reads aloud: case, surrounding and repeated whitespace make no difference. */
function readAs(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')
}

/**
 * Each focus area with the `label` every link, title and list names it by: its title, or, when another focus area
 * has a title that reads the same («UNG» and «Ung» in two plans), the title with its plan's short title (else the
 * plan's title) in parentheses: «UNG (Re:tenk)». A focus area without a plan keeps its bare title.
 */
export function labelFocusAreas<T extends Labellable>(
  areas: readonly T[],
): Array<T & { label: string }> {
  const count = new Map<string, number>()
  for (const { title } of areas) count.set(readAs(title), (count.get(readAs(title)) ?? 0) + 1)
  return areas.map((area) => {
    const plan = area.plan && (area.plan.shortTitle?.trim() || area.plan.title)
    const shared = (count.get(readAs(area.title)) ?? 0) > 1
    return { ...area, label: shared && plan ? `${area.title.trim()} (${plan})` : area.title }
  })
}
