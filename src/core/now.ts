/**
 * The instant the build considers "now" for "upcoming", "past" and "this
 * week". CLSM_NOW (an ISO date-time) pins it, for tests and for previewing
 * a programme as it will look on a given day.
 */
export function buildNow(): Date {
  const pinned = process.env['CLSM_NOW'];
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`CLSM_NOW: expected an ISO date-time such as 2026-10-20T09:00:00+02:00; got "${pinned}"`);
    return date;
  }
  return new Date();
}
