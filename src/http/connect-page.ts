/**
 * The console's connect-link page (issue 26), /connect/{token}: the same page as /, which reads the
 * token from its path. The token is a credential, so the path is never logged or traced as it is
 * (shownPath) and the page sends no Referer (security-headers.ts). Plain data with no imports:
 * the console reads the token with the same pattern (src/console/connectToken.ts).
 */
export const CONNECT_PAGE = /^\/connect\/([\w-]{1,100})$/;

/** A path as logs, spans and metrics may show it: a connect link's token is left out. */
export const shownPath = (pathname: string): string => (CONNECT_PAGE.test(pathname) ? '/connect/{token}' : pathname);
