// The portal's assistant widget: sends the customer's messages with fetch (no page reload), shows replies in
// a polite live region, offers quick replies, suggested articles and a thumbs up / down on answers. The
// conversation id lives only in this page; a conversation that ended or expired is restarted once.
(function () {
  'use strict';
  var root = document.getElementById('assistant');
  if (!root) {
    return;
  }
  var text = root.dataset;
  var toggle = document.getElementById('assistant-toggle');
  var panel = document.getElementById('assistant-panel');
  var log = document.getElementById('assistant-log');
  var form = document.getElementById('assistant-form');
  var input = document.getElementById('assistant-input');
  var send = document.getElementById('assistant-send');
  var conversationId = null;

  function setOpen(open) {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      input.focus();
    } else {
      toggle.focus();
    }
  }

  toggle.addEventListener('click', function () { setOpen(panel.hidden); });
  document.getElementById('assistant-close').addEventListener('click', function () { setOpen(false); });
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      setOpen(false);
    }
  });

  function element(tag, className, content) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (content !== undefined && content !== null) {
      e.textContent = content;
    }
    return e;
  }

  function scroll() {
    log.scrollTop = log.scrollHeight;
  }

  function mine(message) {
    var bubble = element('div', 'assistant-msg assistant-me');
    bubble.appendChild(element('span', 'visually-hidden', text.textYou + ': '));
    bubble.appendChild(document.createTextNode(message));
    log.appendChild(bubble);
    scroll();
  }

  function note(message) {
    var bubble = element('article', 'assistant-msg assistant-bot assistant-note');
    bubble.appendChild(element('p', 'mb-0', message));
    log.appendChild(bubble);
    scroll();
  }

  // Article bodies come from the knowledge base already rendered to safe HTML (no scripts, no handlers).
  function article(a, open) {
    var details = element('details', 'assistant-answer');
    details.open = open;
    details.appendChild(element('summary', 'fw-semibold', a.title));
    var body = element('div', 'small mt-1');
    body.innerHTML = a.html || '';
    details.appendChild(body);
    return details;
  }

  function rating(bubble, messageId) {
    var group = element('div', 'd-flex align-items-center gap-2 mt-2 small assistant-rating');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', text.textRate);
    group.appendChild(element('span', 'text-body-secondary', text.textRate));
    [true, false].forEach(function (helpful) {
      var button = element('button', 'btn btn-sm btn-outline-secondary');
      button.type = 'button';
      button.id = 'assistant-rate-' + messageId + (helpful ? '-up' : '-down');
      button.setAttribute('aria-label', helpful ? text.textHelpful : text.textUnhelpful);
      button.textContent = helpful ? '\uD83D\uDC4D' : '\uD83D\uDC4E';
      button.addEventListener('click', function () {
        post(text.url + '/' + messageId + '/rating', {helpful: helpful}).then(function (response) {
          group.replaceChildren(element('span', 'text-body-secondary assistant-thanks',
              response.ok ? text.textThanks : text.textError));
        });
      });
      group.appendChild(button);
    });
    bubble.appendChild(group);
  }

  function reply(r) {
    var bubble = element('article', 'assistant-msg assistant-bot');
    bubble.id = 'assistant-msg-' + r.messageId;
    bubble.dataset.intent = r.intent || '';
    bubble.dataset.handOff = String(r.handOff);
    bubble.appendChild(element('span', 'visually-hidden', text.textName + ': '));
    bubble.appendChild(element('p', 'mb-0 assistant-text', r.reply));
    if (r.answer) {
      bubble.appendChild(article(r.answer, true));
    }
    if (r.options && r.options.length) {
      var options = element('div', 'd-flex flex-wrap gap-2 mt-2 assistant-options');
      r.options.forEach(function (option) {
        var button = element('button', 'btn btn-sm btn-outline-primary', option);
        button.type = 'button';
        button.addEventListener('click', function () { ask(option); });
        options.appendChild(button);
      });
      bubble.appendChild(options);
    }
    if (r.suggestions && r.suggestions.length) {
      bubble.appendChild(element('p', 'mb-1 mt-2 small', text.textSuggestions));
      r.suggestions.forEach(function (s) { bubble.appendChild(article(s, false)); });
    }
    if (r.answer) {
      rating(bubble, r.messageId);
    }
    log.appendChild(bubble);
    scroll();
    conversationId = r.conversationOver ? null : r.conversationId;
  }

  // The page's CSRF token goes stale when the portal session expires: every post is then 403. The widget
  // fetches a fresh token once and retries, so a customer who left the page open keeps talking (the
  // conversation itself belonged to the old session: the 404 that follows restarts it, with a note).
  function refreshToken() {
    return fetch(text.tokenUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.status === 200 ? response.json() : null; })
        .then(function (fresh) {
          if (fresh) {
            text.csrfHeader = fresh.header;
            text.csrfToken = fresh.token;
          }
          return fresh !== null;
        });
  }

  function post(url, body, retried) {
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (text.csrfHeader) {
      headers[text.csrfHeader] = text.csrfToken;
    }
    return fetch(url, {method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'})
        .then(function (response) {
          if (response.status !== 403 || retried || !text.tokenUrl) {
            return response;
          }
          return refreshToken().then(function (fresh) { return fresh ? post(url, body, true) : response; });
        });
  }

  function ask(message, restarted) {
    message = (message || '').trim();
    if (!message) {
      return;
    }
    if (!restarted) {
      mine(message);
    }
    send.disabled = true;
    post(text.url, {conversationId: conversationId, text: message, language: text.language})
        .then(function (response) {
          if (response.status === 404 && conversationId && !restarted) {
            conversationId = null;
            note(text.textRestarted);
            return ask(message, true);
          }
          if (response.status === 429) {
            note(text.textBusy);
            return null;
          }
          return response.json().then(function (body) {
            if (response.ok) {
              reply(body);
            } else {
              var errors = body.errors || [];
              note(errors.length ? errors.map(function (e) { return e.message; }).join(' ') : text.textError);
            }
          });
        })
        .catch(function () { note(text.textError); })
        .finally(function () { send.disabled = false; input.focus(); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var message = input.value;
    input.value = '';
    ask(message);
  });
})();
