import type { Route } from '../route';
import { apiKeyRoutes } from './api-keys';
import { connectionRoutes } from './connections';
import { healthRoutes } from './health';

/** The route table of the /v1 API. */
export const routes: Route[] = [...healthRoutes, ...apiKeyRoutes, ...connectionRoutes];
