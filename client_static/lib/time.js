// Dates and times in the reader's own locale.

const timeFmt = new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit'});
const dayFmt = new Intl.DateTimeFormat(undefined, {weekday: 'long', month: 'long', day: 'numeric'});
const fullFmt = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

export function parseTime(value) {
  const d = value ? new Date(value) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

export const formatTime = (value) => timeFmt.format(parseTime(value));
export const formatFull = (value) => fullFmt.format(parseTime(value));

/** A key that is the same for two times on the same local day. */
export function dayKey(value) {
  const d = parseTime(value);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "Today", "Yesterday" or a date like "Monday, March 3". */
export function dayLabel(value) {
  const d = parseTime(value);
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (dayKey(d) === dayKey(today)) return 'Today';
  if (dayKey(d) === dayKey(yesterday)) return 'Yesterday';
  return dayFmt.format(d);
}

/** "in 5 minutes"-style wording for a number of seconds. */
export function durationWords(seconds) {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return s === 1 ? '1 second' : `${s} seconds`;
  const m = Math.round(s / 60);
  if (m < 60) return m === 1 ? '1 minute' : `${m} minutes`;
  const hrs = Math.round(m / 60);
  if (hrs < 48) return hrs === 1 ? '1 hour' : `${hrs} hours`;
  const days = Math.round(hrs / 24);
  return `${days} days`;
}
