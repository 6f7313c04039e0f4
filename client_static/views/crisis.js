// The calm panel shown to someone whose message suggests they may be in
// crisis: who to call or text right now, and a way to step away.

import {h, append} from '../lib/dom.js';

/** Only web addresses; never javascript: or other schemes. */
function safeUrl(raw) {
  try {
    const url = new URL(raw, location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const dialable = (raw) => String(raw || '').replace(/[^\d+]/g, '');

/** "Text HOME to 741741" → sms:741741 with HOME typed in; a bare number → sms:number. */
function smsLink(text) {
  const m = /text\s+(\S+)\s+to\s+([\d\s+-]{3,})/i.exec(text || '');
  if (m) return {href: `sms:${dialable(m[2])}?&body=${encodeURIComponent(m[1])}`, label: text};
  const bare = /^text\s+([\d\s+-]{3,})$/i.exec(String(text || '').trim());
  if (bare) return {href: `sms:${dialable(bare[1])}`, label: text};
  const digits = dialable(text);
  if (digits.length >= 3 && /^[\d\s+()-]+$/.test(String(text).trim())) return {href: `sms:${digits}`, label: `Text ${text}`};
  return null;
}

function resourceItem(r) {
  const li = h('li', {class: 'resource'});
  append(li, h('p', {class: 'resource-name'}, r.name || 'Support line',
    r.country ? h('span', {class: 'resource-country'}, ` (${r.country})`) : null));
  const links = h('div', {class: 'resource-links'});
  // "112 or 999" is two numbers; "112 (most countries) or …" keeps its words.
  const numbers = String(r.phone || '').match(/\+?\d[\d\s-]*\d|\d/g) || [];
  for (const number of numbers) {
    links.append(h('a', {class: 'button-link', href: `tel:${dialable(number)}`}, `Call ${number.trim()}`));
  }
  if (numbers.length && /[a-z]/i.test(r.phone)) li.append(h('p', {class: 'resource-text'}, r.phone));
  if (r.text) {
    const sms = smsLink(r.text);
    if (sms) links.append(h('a', {class: 'button-link', href: sms.href}, sms.label));
    else li.append(h('p', {class: 'resource-text'}, r.text));
  }
  const url = r.url && safeUrl(r.url);
  if (url) {
    links.append(h('a', {class: 'button-link secondary', href: url, target: '_blank', rel: 'noopener noreferrer'},
      'Visit website', h('span', {class: 'sr-only'}, ` of ${r.name || 'this service'} (opens in a new tab)`)));
  }
  if (links.childNodes.length) li.append(links);
  return li;
}

export function crisisPanel(state, {onClose, onStepAway, steppedAway}) {
  const notice = state.crisis || {};
  const resources = Array.isArray(notice.resources) ? notice.resources : [];
  const panel = h('section', {class: 'crisis', tabindex: '-1', 'aria-labelledby': 'crisis-title'},
    h('h2', {id: 'crisis-title'}, 'You don’t have to carry this alone'),
    h('p', {}, notice.text || 'It sounds like things are really hard right now. If you are in danger or thinking about harming yourself, please reach out to someone now.'));
  if (resources.length) {
    panel.append(h('p', {class: 'crisis-lead'}, 'These people are there to listen, any time:'));
    panel.append(h('ul', {class: 'resources'}, resources.map(resourceItem)));
  }
  const buttons = h('div', {class: 'row'});
  if (steppedAway) {
    panel.append(h('p', {class: 'stepped', role: 'status'}, 'We’ve told your facilitators you’re taking a break. Come back whenever you’re ready — the circle will be here.'));
  } else {
    buttons.append(h('button', {type: 'button', onclick: onStepAway}, 'Step away for a while'));
  }
  buttons.append(h('button', {type: 'button', class: 'secondary', onclick: onClose}, 'Close for now'));
  panel.append(buttons);
  return panel;
}
