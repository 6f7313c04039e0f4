// Who is in the circle and who is here right now.

import {h} from '../lib/dom.js';

export function peoplePanel(state) {
  const members = [...state.members.values()].filter((m) => !m.former);
  members.sort((a, b) => {
    const ao = state.online.has(a.id) ? 0 : 1;
    const bo = state.online.has(b.id) ? 0 : 1;
    if (ao !== bo) return ao - bo;
    if ((a.role === 'facilitator') !== (b.role === 'facilitator')) return a.role === 'facilitator' ? -1 : 1;
    return String(a.display_name).localeCompare(String(b.display_name));
  });
  const here = members.filter((m) => state.online.has(m.id)).length;
  return h('section', {class: 'people', 'aria-labelledby': 'people-title'},
    h('h2', {id: 'people-title'}, 'People'),
    h('p', {class: 'muted'}, `${here} of ${members.length} here now`),
    h('ul', {class: 'people-list'}, members.map((m) => {
      const on = state.online.has(m.id);
      return h('li', {class: on ? 'online' : 'away'},
        h('span', {class: 'dot', 'aria-hidden': 'true'}),
        h('span', {class: 'person-name'}, m.display_name, m.id === state.me.id ? ' (you)' : ''),
        m.role === 'facilitator' ? h('span', {class: 'badge'}, 'Facilitator') : null,
        h('span', {class: 'sr-only'}, on ? ', here now' : ', away'));
    })));
}
