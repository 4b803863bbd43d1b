/** A web address as visitors read it: without `https://`, and without the slash of a bare domain. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^([^/?#]+)\/$/, '$1')
}
