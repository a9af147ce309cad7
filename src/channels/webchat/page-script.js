// The web chat page's script: a file of its own, so the page's CSP allows no inline script.
const strings = JSON.parse(document.getElementById('strings').textContent);
// sessionStorage, not localStorage: closing the tab forgets the session on a shared phone.
const store = window.sessionStorage;
let session = store.getItem('session');
if (!session) {
  session = crypto.randomUUID().replaceAll('-', '');
  store.setItem('session', session);
}
let after = 0;
const log = document.getElementById('log');
const form = document.getElementById('form');

// Phone numbers in the bot's messages become tappable: the emergency numbers (112, 110, 119,
// SAPA 129) and full numbers such as 08111-129-129 or +62 811-1129-129 from the directory.
const PHONE = /\+?\d[\d -]{1,16}\d/g;
const DIALABLE = /^(112|110|119|129|0\d{8,13}|\+\d{8,15})$/;

function fill(div, text) {
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (!DIALABLE.test(digits)) continue;
    div.append(text.slice(last, m.index));
    const a = document.createElement('a');
    a.href = `tel:${digits}`;
    a.textContent = m[0];
    div.append(a);
    last = m.index + m[0].length;
  }
  div.append(text.slice(last));
}

function bubble(text, who, kind) {
  const div = document.createElement('div');
  div.className = `msg ${who}${kind === 'emergency' ? ' emergency' : ''}`;
  if (kind === 'emergency') div.setAttribute('role', 'alert');
  if (who === 'bot') fill(div, text);
  else div.textContent = text;
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
}

function options(list) {
  const box = document.createElement('div');
  box.className = 'options';
  list.forEach((o, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `${i + 1}. ${o.label}`;
    b.onclick = () => {
      box.remove();
      send({ choice: o.id }, o.label);
    };
    box.appendChild(b);
  });
  log.appendChild(box);
  log.scrollTop = log.scrollHeight;
}

// After a confirmed deletion the conversation leaves the screen too: only the confirmation stays.
function clearConversation() {
  for (const el of log.querySelectorAll('.msg, .options')) el.remove();
}

function show(m) {
  after = Math.max(after, m.id);
  // The quick-exit word typed ("keluar") leaves as the button does (night-shift trial: the story
  // and the PIN stayed on screen, and a reload showed them again).
  if (m.kind === 'left') return quickExit();
  if (m.kind === 'erased') clearConversation();
  bubble(m.text.replace(/\*(.+?)\*/g, '$1'), 'bot', m.kind);
  if (m.options?.length) options(m.options);
}

async function send(body, shown) {
  bubble(shown, 'me');
  const id = crypto.randomUUID().replaceAll('-', '');
  const payload = JSON.stringify({ session, id, lang: document.documentElement.lang, ...body });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const res = await fetch('/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload,
      });
      if (res.ok) return;
      // Refused as it is (nothing a retry would change): say it did not go, never stay silent.
      if (res.status === 400 || res.status === 413) {
        bubble(strings.refused, 'bot');
        return;
      }
      if (res.status === 429) {
        bubble(strings.slow_down, 'bot');
        return;
      }
    } catch {
      /* offline: try again, the same id is stored once */
    }
    await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
  }
  bubble(strings.not_sent, 'bot');
}

async function poll() {
  for (;;) {
    try {
      // The session travels in a header, never in the URL (where proxies and logs keep it).
      const res = await fetch(`/chat/messages?after=${after}&wait=true`, {
        headers: { 'x-chat-session': session },
      });
      if (!res.ok) throw new Error(`poll ${res.status}`); // 429/503: the server is busy, wait
      const { messages } = await res.json();
      messages.forEach(show);
    } catch {
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

form.onsubmit = (e) => {
  e.preventDefault();
  const input = document.getElementById('text');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  for (const o of document.querySelectorAll('.options')) o.remove();
  send({ text }, text);
};
// Quick exit: the chat leaves the screen and this tab's memory, and an ordinary page takes its
// place in the history (replace, so Back does not return here).
function quickExit() {
  clearConversation();
  store.clear();
  window.location.replace(strings.exit_url);
}
document.getElementById('exit').onclick = quickExit;
poll();
