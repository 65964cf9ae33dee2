/** Strings shared by several elements. */
export const commonTerms = {
  $code: 'en',
  $dir: 'ltr' as 'ltr' | 'rtl',
  noSession: 'Not connected to a WhosOn session.',
  statusOnline: 'Online',
  statusBusy: 'Busy',
  statusBeRightBack: 'Be right back',
  statusAway: 'Away',
  visitor: 'Visitor',
  server: 'WhosOn',
  close: 'Close',
  cancel: 'Cancel',
  seconds: (count: number) => `${count}s`,
  minutesSeconds: (minutes: number, seconds: number) => `${minutes}m ${String(seconds).padStart(2, '0')}s`,
};
