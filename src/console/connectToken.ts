import { CONNECT_PAGE } from '../http/connect-page';

/**
 * The console's connect-link page is /connect/{token} (the server serves index.html there, by the
 * same pattern). The token is read from the path only: never stored, never put in a link or a log.
 */
export function connectTokenFromPath(pathname: string): string | null {
  return CONNECT_PAGE.exec(pathname)?.[1] ?? null;
}
