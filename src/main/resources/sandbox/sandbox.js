// The sandbox page: polls the state of every phone and redraws a phone only when it changed.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'ru';
  let texts = {};
  const drawn = {};      // person id -> JSON of the phone last drawn
  const toastsSeen = {}; // person id -> the toast already shown
  let people = [];

  const api = (path) => path + (path.includes('?') ? '&' : '?') + 'lang=' + lang;

  async function post(path, body) {
    const response = await fetch(api(path), {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})
    });
    const answer = await response.json();
    if (!response.ok) {
      showError(answer.error || response.statusText);
    } else {
      showError(null);
    }
    refresh();
    return answer;
  }

  function showError(message) {
    const box = document.getElementById('error');
    box.hidden = !message;
    box.textContent = message ? texts['error'].replace('{error}', message) : '';
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function phone(person) {
    let card = document.getElementById('phone-' + person.id);
    if (!card) {
      card = el('section', 'phone');
      card.id = 'phone-' + person.id;
      card.dataset.person = person.id;
      const header = el('header');
      header.append(el('div', 'name'), el('div', 'role'));
      const chat = el('div', 'chat');
      const form = el('form', 'compose');
      const input = el('input');
      input.name = 'text';
      input.autocomplete = 'off';
      input.placeholder = texts['placeholder'];
      const send = el('button', null, texts['send']);
      send.type = 'submit';
      form.append(input, send);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (text) {
          input.value = '';
          post('/sandbox/api/send', {user: person.id, text: text});
        }
      });
      card.append(header, chat, form);
      document.getElementById('phones').append(card);
    }
    return card;
  }

  function drawPhone(person) {
    const card = phone(person);
    card.querySelector('.name').textContent = person.name;
    card.querySelector('.role').textContent = person.role;
    const chat = card.querySelector('.chat');
    const atBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 40;
    chat.replaceChildren();
    if (person.chat.length === 0) {
      chat.append(el('div', 'empty', texts['empty']));
    }
    for (const message of person.chat) {
      chat.append(drawMessage(person, message));
    }
    if (atBottom) chat.scrollTop = chat.scrollHeight;
  }

  function drawMessage(person, message) {
    const bubble = el('div', 'msg ' + message.from + (message.deleted ? ' deleted' : ''));
    bubble.dataset.message = message.id;
    if (message.document) {
      const line = el('div', 'document');
      const link = el('a', null, '📄 ' + message.document.name);
      link.href = message.document.url;
      link.download = message.document.name;
      line.append(link);
      bubble.append(line);
      if (message.text) bubble.append(el('div', null, message.text));
    } else {
      bubble.append(textWithInvites(message.text));
    }
    if (message.buttons && message.buttons.length) {
      const keyboard = el('div', 'keyboard');
      for (const row of message.buttons) {
        const line = el('div', 'row');
        for (const button of row) {
          if (button.url) {
            const link = el('a', null, button.text);
            link.href = button.url;
            link.target = '_blank';
            line.append(link);
          } else {
            const press = el('button', null, button.text);
            press.type = 'button';
            press.addEventListener('click', () =>
              post('/sandbox/api/press', {user: person.id, message: message.id, data: button.data}));
            line.append(press);
          }
        }
        keyboard.append(line);
      }
      bubble.append(keyboard);
    }
    if (message.edited) bubble.append(el('span', 'edited', texts['edited']));
    return bubble;
  }

  // Invite links (https://t.me/<bot>?start=CODE) open in the sandbox: pick who opens it, as if forwarded to them.
  const INVITE = /https:\/\/t\.me\/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)/g;

  function textWithInvites(text) {
    const box = el('div', 'text');
    let last = 0;
    for (const match of (text || '').matchAll(INVITE)) {
      box.append(document.createTextNode(text.slice(last, match.index)));
      const link = el('a', 'invite', match[0]);
      link.href = '#';
      link.dataset.code = match[1];
      link.addEventListener('click', (event) => {
        event.preventDefault();
        chooseOpener(box, match[1]);
      });
      box.append(link);
      last = match.index + match[0].length;
    }
    box.append(document.createTextNode((text || '').slice(last)));
    return box;
  }

  function chooseOpener(box, code) {
    box.querySelectorAll('.openers').forEach((old) => old.remove());
    const openers = el('div', 'openers');
    openers.append(el('span', null, texts['open.as']));
    for (const person of people) {
      const button = el('button', null, person.name);
      button.type = 'button';
      button.dataset.person = person.id;
      button.addEventListener('click', () => {
        openers.remove();
        post('/sandbox/api/send', {user: person.id, text: '/start ' + code});
      });
      openers.append(button);
    }
    box.append(openers);
  }

  function drawToast(person) {
    if (!person.toast || toastsSeen[person.id] === person.toast.at) return;
    toastsSeen[person.id] = person.toast.at;
    const card = phone(person);
    const toast = el('div', 'toast', person.toast.text);
    card.append(toast);
    setTimeout(() => toast.remove(), 2500);
  }

  async function refresh() {
    try {
      const state = await (await fetch(api('/sandbox/api/state'))).json();
      document.getElementById('clock').textContent = state.clock.replace('T', ' ') + ' (' + state.zone + ')';
      const demoState = {RUNNING: 'demo.running', DONE: 'demo.done', FAILED: 'demo.failed'}[state.demo];
      document.getElementById('demo-state').textContent = demoState ? texts[demoState] : '';
      document.getElementById('demo').disabled = state.demo !== 'NONE';
      people = state.people;
      for (const person of state.people) {
        const json = JSON.stringify(person);
        if (drawn[person.id] !== json) {
          drawn[person.id] = json;
          drawPhone(person);
        }
        drawToast(person);
      }
    } catch (e) {
      showError(String(e));
    }
  }

  // The page waits for its texts rather than staying blank when the bot is still starting.
  async function loadTexts() {
    for (;;) {
      try {
        const response = await fetch(api('/sandbox/api/texts'));
        if (response.ok) return await response.json();
      } catch (e) {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  }

  async function start() {
    texts = await loadTexts();
    document.documentElement.lang = lang;
    document.title = texts['title'];
    document.getElementById('title').textContent = texts['title'];
    document.getElementById('intro').textContent = texts['intro'];
    document.getElementById('clock-label').textContent = texts['clock'] + ':';
    document.getElementById('shift-hour').textContent = texts['shift.hour'];
    document.getElementById('shift-day').textContent = texts['shift.day'];
    document.getElementById('shift-week').textContent = texts['shift.week'];
    document.getElementById('move-to').textContent = texts['move.to'];
    document.getElementById('demo').textContent = texts['demo.create'];
    const other = lang === 'en' ? 'ru' : 'en';
    const language = document.getElementById('language');
    language.textContent = other === 'en' ? 'English' : 'Русский';
    language.addEventListener('click', () => { location.search = '?lang=' + other; });
    document.querySelectorAll('[data-shift]').forEach((button) =>
      button.addEventListener('click', () => post('/sandbox/api/clock', {shift: button.dataset.shift})));
    document.getElementById('move-to').addEventListener('click', () => {
      const value = document.getElementById('move-to-value').value;
      if (value) post('/sandbox/api/clock', {to: value.length === 16 ? value + ':00' : value});
    });
    document.getElementById('demo').addEventListener('click', () => post('/sandbox/api/demo'));
    await refresh();
    setInterval(refresh, 700);
  }

  start();
})();
