/**
 * What keeps a status page current, handed to the pager (AlertRouting's `status`): the page's
 * own Lambda, role, log group, two rules, two targets and two permissions used to do it; the
 * pager already hears every alarm state change and runs every minute, so it writes the file.
 */
export const STATUS_KEY = 'status.json';
