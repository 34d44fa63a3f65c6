import type { CallLegEventKind, CallLegRole, CallLegStatus, CheckStatus, ConnectionStatus, ImportState, PhoneNumberStatus, SetupMethod, VoipVerificationStatus } from './generated/graphql';

/** Words people read for the API's enum values. */
export const connectionStatusText: Record<ConnectionStatus, string> = { CONNECTED: 'Connected', ERROR: 'Error', PENDING: 'Pending', TESTING: 'Testing' };
export const checkStatusText: Record<CheckStatus, string> = { PASS: 'Pass', FAIL: 'Fail', NOT_APPLICABLE: 'Not applicable', NOT_CHECKED: 'Not checked' };
export const numberStatusText: Record<PhoneNumberStatus, string> = { ACTIVE: 'Active', FAILED: 'Failed', PROVISIONING: 'Provisioning', RELEASED: 'Released' };
export const verificationText: Record<VoipVerificationStatus, string> = { VERIFIED: 'Verified', FAILED: 'Failed', UNVERIFIED: 'Not verified yet' };
// IN_OTHER_ORG is deprecated and never sent; the record stays total over the generated enum.
export const importStateText: Record<ImportState, string> = { AVAILABLE: 'Available', IMPORTED_HERE: 'Imported', IN_OTHER_ORG: 'Unavailable' };
export const setupMethodText: Record<SetupMethod, string> = {
  API_KEY: 'Use my own settings',
  GUIDED_TELNYX: 'Guided setup: Trunkline creates the SIP connection and outbound voice profile at Telnyx',
  MANUAL: 'SIP trunk',
};

/** What a number can carry, as the number lists show it (`Voice, SMS`, or `None`). */
export function capabilitiesText(c: { voice: boolean; sms: boolean; mms: boolean }): string {
  return [c.voice && 'Voice', c.sms && 'SMS', c.mms && 'MMS'].filter(Boolean).join(', ') || 'None';
}

/** The steps of a test call's leg, and the calls' progress in the one vocabulary the API uses for every provider. */
export const legEventText: Record<CallLegEventKind, string> = {
  PLACED: 'Placed',
  STATUS: 'Provider status',
  ARRIVED: 'Arrived',
  REJECTED: 'Rejected before answer',
  CANCELED: 'Cancelled by Trunkline',
  REFUSED: 'Refused by the provider',
  ERROR: 'Provider unreachable',
  UNAUTHENTICATED: 'Arrived unsigned: proves nothing',
};
export const legStatusText: Record<CallLegStatus, string> = {
  PLACED: 'placed',
  RINGING: 'ringing',
  ANSWERED: 'answered',
  BUSY: 'busy',
  REJECTED: 'rejected',
  NO_ANSWER: 'no answer',
  CANCELED: 'cancelled',
  COMPLETED: 'completed',
  FAILED: 'failed',
};
export const legRoleText: Record<CallLegRole, string> = { OUTBOUND: 'Outbound call', INBOUND: 'Inbound call' };

/** Why an import of one number failed, for the codes the API documents. */
export const importFailureText: Record<string, string> = {
  invalid_number: 'not a valid E.164 number',
  not_in_account: 'not in this provider account',
  number_limit_reached: "over your organization's limit of numbers",
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function when(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : 'never';
}
