const HTTP = /^https?:\/\/[^\s/?#]+\S*$/i;
// The report prints some sites without a scheme ("www.un.org", "www.cis.minsk.by/"); they are linked as http.
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** The http(s) href for a published link, or undefined when it is not a web link (ftp:, javascript:, blank, spaces). */
export function linkHref(url: string): string | undefined {
  if (HTTP.test(url)) return url;
  if (BARE_HOST.test(url)) return `http://${url}`;
  return undefined;
}
