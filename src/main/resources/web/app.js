// The local web chat: a DM with the bot, and the pipeline beside it. No build step, no framework.
(function () {
  'use strict';
  var zone = (Intl.DateTimeFormat().resolvedOptions().timeZone) || '';
  var list = document.getElementById('messages');
  var form = document.getElementById('composer');
  var input = document.getElementById('input');
  var cards = document.getElementById('cards');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function render(message, isNudge) {
    var item = el('li', 'msg ' + (message.from === 'member' ? 'member' : 'bot') + (isNudge ? ' nudge' : ''));
    item.appendChild(el('div', 'text', message.text));
    if (message.fields && message.fields.length) {
      var fields = el('dl', 'fields');
      message.fields.forEach(function (field) {
        fields.appendChild(el('dt', '', field.label));
        fields.appendChild(el('dd', '', field.value));
      });
      item.appendChild(fields);
    }
    if (message.draft) {
      var draft = el('div', 'draft');
      var meta = [];
      if (message.draft.to) { meta.push('To: ' + message.draft.to); }
      if (message.draft.subject) { meta.push('Subject: ' + message.draft.subject); }
      if (meta.length) { draft.appendChild(el('div', 'meta', meta.join('\n'))); }
      draft.appendChild(el('pre', '', message.draft.body));
      item.appendChild(draft);
    }
    if (message.buttons && message.buttons.length) {
      var buttons = el('div', 'buttons');
      message.buttons.forEach(function (button) {
        var b = el('button', button.primary ? 'primary' : '', button.label);
        b.type = 'button';
        b.addEventListener('click', function () { send(button.value, 'button', button.label); });
        buttons.appendChild(b);
      });
      item.appendChild(buttons);
    }
    if (message.files && message.files.length) {
      var files = el('div', 'files');
      message.files.forEach(function (file) {
        var link = el('a', '', file.name);
        link.href = file.url;
        link.download = file.name;
        files.appendChild(link);
      });
      item.appendChild(files);
    }
    list.appendChild(item);
    list.scrollTop = list.scrollHeight;
  }

  function send(text, kind, label) {
    if (!text.trim()) { return; }
    if (kind === 'button') { render({ from: 'member', text: label }); } else { render({ from: 'member', text: text }); }
    fetch('/api/message', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, kind: kind, zone: zone })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) { render({ from: 'bot', text: result.body.error || 'Something went wrong.' }); return; }
      result.body.messages.forEach(function (message) { render(message, false); });
      refreshPipeline();
    }).catch(function () {
      render({ from: 'bot', text: 'I could not reach the bot. Is it still running?' });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = '';
    send(text, text.trim().indexOf('/followup') === 0 ? 'command' : 'message');
  });

  // A timeline picture of one plan: steps as dots on a date axis, done / due / upcoming.
  function timeline(steps, now) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 300 70');
    svg.setAttribute('role', 'img');
    if (!steps.length) { return svg; }
    var times = steps.map(function (s) { return Date.parse(s.at); }).concat([Date.parse(now)]);
    var min = Math.min.apply(null, times), max = Math.max.apply(null, times);
    var span = Math.max(max - min, 86400000);
    function x(t) { return 12 + (t - min) / span * 276; }
    var axis = document.createElementNS(ns, 'line');
    axis.setAttribute('x1', 12); axis.setAttribute('x2', 288); axis.setAttribute('y1', 30); axis.setAttribute('y2', 30);
    axis.setAttribute('stroke', '#bbb');
    svg.appendChild(axis);
    var today = document.createElementNS(ns, 'line');
    today.setAttribute('x1', x(Date.parse(now))); today.setAttribute('x2', x(Date.parse(now)));
    today.setAttribute('y1', 18); today.setAttribute('y2', 42); today.setAttribute('stroke', '#e01e5a');
    today.setAttribute('stroke-dasharray', '2,2');
    svg.appendChild(today);
    var colours = { done: '#2eb67d', due: '#e8912d', upcoming: '#fff' };
    steps.forEach(function (step, index) {
      var dot = document.createElementNS(ns, 'circle');
      dot.setAttribute('cx', x(Date.parse(step.at)));
      dot.setAttribute('cy', 30);
      dot.setAttribute('r', 6);
      dot.setAttribute('fill', colours[step.status]);
      dot.setAttribute('stroke', step.status === 'upcoming' ? '#1264a3' : colours[step.status]);
      dot.setAttribute('stroke-width', 2);
      dot.setAttribute('class', 'step ' + step.status);
      var title = document.createElementNS(ns, 'title');
      title.textContent = step.label + ' - ' + new Date(step.at).toLocaleString() + ' (' + step.status + ')';
      dot.appendChild(title);
      svg.appendChild(dot);
      if (index === 0 || index === steps.length - 1) {
        var label = document.createElementNS(ns, 'text');
        label.setAttribute('x', Math.min(Math.max(x(Date.parse(step.at)), 30), 270));
        label.setAttribute('y', index === 0 ? 58 : 14);
        label.setAttribute('font-size', 10);
        label.setAttribute('text-anchor', 'middle');
        label.textContent = new Date(step.at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
        svg.appendChild(label);
      }
    });
    return svg;
  }

  function refreshPipeline() {
    fetch('/api/pipeline').then(function (r) { return r.json(); }).then(function (body) {
      cards.innerHTML = '';
      if (!body.interviews.length) {
        var empty = el('p', 'empty', 'No interviews yet. Type /followup to add one.');
        cards.appendChild(empty);
        return;
      }
      body.interviews.forEach(function (interview) {
        var card = el('div', 'card');
        card.setAttribute('data-number', interview.number);
        card.appendChild(el('h3', '', '#' + interview.number + ' ' + interview.company + ' - ' + interview.role));
        card.appendChild(el('span', 'stage', interview.stage));
        card.appendChild(timeline(interview.steps, body.now));
        var next = interview.steps.filter(function (s) { return s.status !== 'done'; })[0];
        card.appendChild(el('div', 'legend', next ? 'Next: ' + next.label + ', ' + new Date(next.at).toLocaleString() : 'Nothing planned'));
        cards.appendChild(card);
      });
    });
  }

  fetch('/api/history').then(function (r) { return r.json(); }).then(function (body) {
    if (!body.messages.length) {
      render({ from: 'bot', text: 'Hi! I help you follow up after interviews. Type /followup to tell me about one, or help to see everything I can do.' });
    }
    body.messages.forEach(function (message) { render(message, false); });
    refreshPipeline();
  });

  if (window.EventSource) {
    var events = new EventSource('/api/events');
    events.addEventListener('nudge', function (event) {
      render(JSON.parse(event.data), true);
      refreshPipeline();
    });
  }
  input.focus();
}());
