// htmx requests carry the CSRF token that Spring Security expects on every state-changing request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A refused form (422: a message beside a field; 409: changed meanwhile) comes back as the re-drawn
// fragment: swap it like a success so the agent sees why, instead of nothing happening.
htmx.config.responseHandling = [
  {code: '204', swap: false},
  {code: '[23]..', swap: true},
  {code: '(409|422)', swap: true, error: false},
  {code: '[45]..', swap: false, error: true}
];

// Single-key shortcuts for elements marked data-key (n: new case, 1-5: console lists, b: back), ignored
// while typing in a field or with a modifier held, so they never eat text or browser shortcuts.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
    return;
  }
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  var element = document.querySelector('[data-key="' + CSS.escape(event.key) + '"]');
  if (element) {
    event.preventDefault();
    element.click();
  }
});

// Deadline badges count down ("in 3 hours", "2 hours ago") in the page's language, refreshed every 30 s
// and after every htmx swap. A paused case's deadlines stand still, so they get no countdown.
(function () {
  function render() {
    var format = new Intl.RelativeTimeFormat(document.documentElement.lang || 'zh-CN', {numeric: 'auto'});
    document.querySelectorAll('.due-badge:not([data-paused="true"]) time[datetime]').forEach(function (time) {
      var minutes = Math.round((Date.parse(time.getAttribute('datetime')) - Date.now()) / 60000);
      var size = Math.abs(minutes);
      var text = size < 60 ? format.format(minutes, 'minute')
          : size < 48 * 60 ? format.format(Math.round(minutes / 60), 'hour')
          : format.format(Math.round(minutes / 1440), 'day');
      var out = time.parentElement.querySelector('.due-countdown');
      if (!out) {
        out = document.createElement('span');
        out.className = 'due-countdown ms-1';
        time.after(out);
      }
      out.textContent = '(' + text + ')';
    });
  }
  document.addEventListener('DOMContentLoaded', render);
  document.addEventListener('htmx:afterSwap', render);
  setInterval(render, 30000);
})();
