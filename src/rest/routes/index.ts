import type { Route } from '../route';
import { apiKeyRoutes } from './api-keys';
import { auditRoutes } from './audit';
import { connectLinkRoutes } from './connect-links';
import { connectionRoutes } from './connections';
import { healthRoutes } from './health';
import { numberRoutes } from './numbers';
import { openApiRoute } from './docs';
import { webhookRoutes } from './webhooks';

/** The route table of the /v1 API. */
export const routes: Route[] = [...healthRoutes, ...apiKeyRoutes, ...connectionRoutes, ...numberRoutes, ...auditRoutes, ...webhookRoutes, ...connectLinkRoutes];
// The document describes the whole table, itself included (it is generated on first request).
routes.push(openApiRoute(routes));
