/**
 * Where a provider asks what to do with one of our legs if it is ever answered (SignalWire's
 * required Url, Vonage's answer_url): beside the leg's status URL, `…/ingress/calls/{legId}/answer`
 * for `…/ingress/calls/{legId}/status` (issue 24). The ingress answers it with an immediate hang-up.
 */
export function answerUrlFor(statusUrl: string): string {
  const url = new URL(statusUrl);
  if (!/\/status$/.test(url.pathname)) throw new Error('a leg status URL ends in /status');
  url.pathname = url.pathname.replace(/\/status$/, '/answer');
  return url.toString();
}

/** A ring time within what a provider accepts. */
export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));
