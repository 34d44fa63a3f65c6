/** Bench fixture: a migrated database with one organization, a SIP trunk and 50 phone numbers. */
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { ensureBootstrapOrganization } from '../src/domain/organizations';
import { openRuntime } from '../src/runtime';
import { connectionsRepository } from '../src/db/repositories/connections';
import { phoneNumbersRepository } from '../src/db/repositories/phone-numbers';
import { sealCredentials } from '../src/domain/credentials';

const config = loadConfig();
const runtime = await openRuntime(config, createLogger('warn'));
await ensureBootstrapOrganization(runtime.deps, config.bootstrapApiKey);
const now = new Date().toISOString();
const connectionId = await connectionsRepository(runtime.deps.db).insert({
  organizationId: 1, name: 'Bench trunk', provider: 'manual', setupMethod: 'manual', status: 'connected', inferredName: false,
  sipConfig: { domain: 'sip.example.com', port: 5060, transport: 'udp' }, lastTestedAt: now, now,
});
await connectionsRepository(runtime.deps.db).update(1, connectionId, { credentialsSealed: sealCredentials(runtime.deps.keyRing, 1, connectionId, 'manual', {}), updatedAt: now });
await phoneNumbersRepository(runtime.deps.db).insertMany(1, connectionId, Array.from({ length: 50 }, (_, i) => ({
  number: `+1415555${String(1000 + i)}`, providerNumberId: `n${i}`, friendlyName: `n${i}`, country: 'US', capabilities: { voice: true, sms: false, mms: false },
})), now);
await runtime.close();
