// What Hearth says to people. Warm, plain, never blaming: the reader may be
// having a very hard day.

import {durationWords, formatTime} from './time.js';

const BY_CODE = {
  NETWORK: "We couldn't reach Hearth just now. Please check your connection and try again.",
  INVITE_NOT_FOUND: "We couldn't find this invitation. The link may have a typo — it might help to ask your facilitator for a fresh one.",
  INVITE_EXPIRED: 'This invitation has expired. Your facilitator can send you a new link whenever you are ready.',
  INVITE_EXHAUSTED: 'This invitation has already been used as many times as it allows. Your facilitator can send you a new one.',
  INVALID_CREDENTIALS: "That username and password don't match. Please try again — it happens to everyone.",
  BAD_CREDENTIALS: "That username and password don't match. Please try again — it happens to everyone.",
  UNAUTHORIZED: 'Please sign in to continue.',
  USERNAME_TAKEN: 'Someone already uses that username. Please choose another one.',
  BANNED: "You can't join this circle. If you think this is a mistake, please contact the circle's facilitator.",
  FORBIDDEN: "Only a circle's facilitators can do that.",
  NOT_A_MEMBER: "You're not part of this circle right now.",
  TEXT_TOO_LONG: 'This message is longer than Hearth can send in one go. Could you split it into two?',
  SESSION_CLOSED: 'The circle is paused right now. Your message is kept here and will go out when a facilitator opens the circle again.',
  UNAVAILABLE: 'Hearth is busy for a moment. Your message is kept and will be sent again shortly.',
  ALREADY_REVIEWED: 'Another facilitator has already reviewed this message.',
  CIRCLE_FULL: 'This circle is full at the moment. Please talk with your facilitator.',
  AGREEMENT_PENDING: 'The group agreement has been updated. Please read it at the top of the circle and accept it, then send this again.',
};

/** A kind sentence for an error code, falling back to the server's own words. */
export function errorText(code, serverMessage, extra = {}) {
  if (code === 'RATE_LIMITED') {
    const wait = extra.retry_after_s ? ` in ${durationWords(extra.retry_after_s)}` : ' in a moment';
    return `That was a lot of messages at once. We'll send this one${wait}.`;
  }
  if (code === 'SLOW_MODE') {
    const wait = extra.retry_after_s ? ` in ${durationWords(extra.retry_after_s)}` : ' shortly';
    return `The circle is taking things slowly right now, so there's a short pause between messages. This one will go out${wait}.`;
  }
  if (code === 'MUTED') {
    const until = extra.until ? ` until ${formatTime(extra.until)}` : ' for now';
    return `A facilitator has paused your messages in this circle${until}. You can still read along, and your message is kept here.`;
  }
  if (BY_CODE[code]) return BY_CODE[code];
  if (serverMessage) return serverMessage;
  return 'Something went wrong on our side. Please try again in a little while.';
}

/** How the author's own message is doing, in words. */
export const STATUS_WORDS = {
  queued: 'Waiting for a connection — this will be sent as soon as you are back online.',
  sending: 'Sending…',
  sent: 'Sent',
  held: 'Only you can see this for now. A facilitator will look at it soon before it goes to the circle — this is a normal part of keeping the circle safe.',
  redacted: 'Shared with a few details taken out, to protect your privacy and others’.',
  blocked: "This message wasn't shared with the circle. You haven't done anything wrong — you can rephrase it or talk with a facilitator.",
  rejected: "A facilitator decided not to share this message with the circle.",
  failed: "This message hasn't been sent yet.",
  waiting: 'Waiting to be sent.',
};

export const REACTIONS = [
  {emoji: '💛', label: 'Sending love'},
  {emoji: '🤝', label: 'With you'},
  {emoji: '🙏', label: 'Thank you'},
  {emoji: '🌱', label: 'Growth'},
  {emoji: '💪', label: 'Strength'},
];
