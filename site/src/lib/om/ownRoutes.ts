/**
 * `/om/` slugs that have a page of their own (with data beyond the page document). A page document with one
 * of these slugs is shown there, not by `/om/[slug]/`, so the two routes never collide.
 */
export const OWN_ROUTES: readonly string[] = ['organisering', 'naeringsteam', 'planer']
