import type { CorsPolicy } from './cors';
import { answeredRequestIdOf } from './request-log';
import type { RequestView } from './request-view';
import { API_SECURITY_HEADERS } from './security-headers';

/**
 * What every API answer sent straight on node:http (the REST door, the GraphQL door, the
 * listener's refusals) carries, as Yoga's plugins put it on theirs: the request id, the security
 * headers and the CORS policy's headers.
 */
export function envelopeHeaders(request: RequestView, cors: CorsPolicy): Record<string, string> {
  return { 'x-request-id': answeredRequestIdOf(request), ...API_SECURITY_HEADERS, ...cors.headersFor(request) };
}
