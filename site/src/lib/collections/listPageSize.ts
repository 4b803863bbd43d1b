/** How many items one page of a long list shows (measures, news), so no page grows with the programme. */
export const LIST_PAGE_SIZE = 50
