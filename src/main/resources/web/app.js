// The local web chat: a DM with the bot, and the pipeline beside it. No build step, no framework, no inline
// script or style: every text is set as text, never as markup.
(function () {
  'use strict';
  var browserZone = (Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC';
  var zone = '';
  var maxLength = 2000;
  var log = document.getElementById('log');
  var list = document.getElementById('messages');
  var form = document.getElementById('composer');
  var input = document.getElementById('input');
  var sendButton = document.getElementById('send');
  var count = document.getElementById('count');
  var cards = document.getElementById('cards');
  var zoneNote = document.getElementById('zone');
  var GREETING = 'Hi! I help you follow up after interviews. Type /followup to tell me about one, or help to see '
    + 'everything I can do.';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function svgEl(tag, attributes) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  // --- times, always in the member's zone from settings --------------------------------------------------
  function memberZone() { return zone || browserZone; }

  function format(iso, options) {
    var settings = { timeZone: memberZone() };
    Object.keys(options).forEach(function (key) { settings[key] = options[key]; });
    try {
      return new Intl.DateTimeFormat('en-GB', settings).format(new Date(iso));
    } catch (unknownZone) {
      delete settings.timeZone;
      return new Intl.DateTimeFormat('en-GB', settings).format(new Date(iso));
    }
  }
  function dayKey(iso) { return format(iso, { year: 'numeric', month: '2-digit', day: '2-digit' }); }
  function longDate(iso) { return format(iso, { weekday: 'short', day: 'numeric', month: 'short' }); }
  function dateTime(iso) {
    return format(iso, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  function setZone(id) {
    if (id) { zone = id; }
    zoneNote.textContent = 'Times in ' + memberZone() + ' (change it with: settings zone Europe/Berlin).';
  }

  // --- messages ------------------------------------------------------------------------------------------
  // The bot's own text has one emphasis, *word*; everything else (and all the member's text) is plain text.
  // Where the server sends runs, the member's words inside the bot's sentences are never read as emphasis.
  function richText(text, from, runs) {
    var node = el('div', 'text');
    if (from === 'member') { node.textContent = text; return node; }
    if (runs) {
      runs.forEach(function (run) {
        node.appendChild(run.bold ? el('strong', '', run.text) : document.createTextNode(run.text));
      });
      return node;
    }
    var parts = String(text).split(/\*([^*\n]+)\*/);
    parts.forEach(function (part, index) {
      node.appendChild(index % 2 === 1 ? el('strong', '', part) : document.createTextNode(part));
    });
    return node;
  }

  function emailAddress(to) {
    if (!to) { return ''; }
    var bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(to);
    if (bracketed) { return bracketed[1]; }
    return /^[^\s@<>]+@[^\s@<>]+$/.test(to.trim()) ? to.trim() : '';
  }

  function mailto(draft) {
    var query = [];
    if (draft.subject) { query.push('subject=' + encodeURIComponent(draft.subject)); }
    query.push('body=' + encodeURIComponent(String(draft.body).replace(/\r?\n/g, '\r\n')));
    return 'mailto:' + encodeURIComponent(emailAddress(draft.to)).replace('%40', '@') + '?' + query.join('&');
  }

  function copyText(text, status) {
    function done() { status.textContent = 'Copied.'; }
    function fallback() {
      var area = el('textarea', 'visually-hidden');
      area.value = text;
      area.setAttribute('aria-hidden', 'true');
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); done(); } catch (e) { status.textContent = 'Select the text to copy it.'; }
      document.body.removeChild(area);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function actionButton(message, button, item) {
    var b = el('button', button.primary ? 'primary' : '', button.label);
    b.type = 'button';
    b.setAttribute('data-value', button.value);
    b.disabled = !!message.answered;
    b.addEventListener('click', function () {
      var form = formFor(button.value);
      if (form) { openForm(form, button.label, item); return; }
      send(button.value, 'button', button.label, message.id, item);
    });
    return b;
  }

  // The settings and edit buttons open the same form Slack's and Discord's modals show (one form model).
  function formFor(value) {
    if (value === 'settings') { return '/api/forms/settings'; }
    var edit = /^edit (\d{1,6})$/.exec(value);
    return edit ? '/api/forms/edit/' + edit[1] : null;
  }

  var formCount = 0;
  document.getElementById('settings-button').addEventListener('click', function () {
    openForm('/api/forms/settings', 'Your settings', null);
  });

  function openForm(url, label, clickedItem) {
    fetch(url).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) { render({ from: 'bot', text: result.body.error || 'Something went wrong.', answered: true }); return; }
      showForm(url, result.body, clickedItem);
    }).catch(function () {
      render({ from: 'bot', text: 'I could not reach the bot. Is it still running?', answered: true });
    });
  }

  function showForm(url, spec, clickedItem) {
    var item = el('li', 'msg bot sheet-item');
    var form = el('form', 'sheet');
    var title = el('h3', 'sheet-title', spec.title);
    var id = 'form' + (++formCount);
    title.id = id + '-title';
    form.setAttribute('aria-labelledby', title.id);
    form.appendChild(title);
    var inputs = {};
    spec.fields.forEach(function (field) {
      var fieldId = id + '-' + field.key;
      var row = el('p', 'sheet-field');
      var labelNode = el('label', '', field.label);
      labelNode.setAttribute('for', fieldId);
      var input;
      if (field.choices && field.choices.length) {
        input = el('select');
        field.choices.forEach(function (choice) {
          var option = el('option', '', choice.label);
          option.value = choice.value;
          if (choice.value === field.value) { option.selected = true; }
          input.appendChild(option);
        });
      } else {
        input = el(field.multiline ? 'textarea' : 'input');
        if (!field.multiline) { input.type = 'text'; }
        input.maxLength = field.maxLength;
        input.value = field.value || '';
      }
      input.id = fieldId;
      input.name = field.key;
      inputs[field.key] = input;
      row.appendChild(labelNode);
      row.appendChild(input);
      form.appendChild(row);
    });
    var actions = el('p', 'sheet-actions');
    var save = el('button', 'primary', 'Save');
    save.type = 'submit';
    var cancel = el('button', '', 'Cancel');
    cancel.type = 'button';
    actions.appendChild(save);
    actions.appendChild(cancel);
    form.appendChild(actions);
    item.appendChild(form);
    list.appendChild(item);
    item.scrollIntoView({ block: 'nearest' });
    var first = form.querySelector('input, select, textarea');
    if (first) { first.focus(); }
    cancel.addEventListener('click', function () { list.removeChild(item); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var values = {};
      Object.keys(inputs).forEach(function (key) { values[key] = inputs[key].value; });
      save.disabled = true;
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ values: values })
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        list.removeChild(item);
        if (!result.ok) { render({ from: 'bot', text: result.body.error || 'Something went wrong.', answered: true }); return; }
        result.body.messages.forEach(render);
        refreshPipeline();
      }).catch(function () {
        save.disabled = false;
        render({ from: 'bot', text: 'I could not reach the bot. Is it still running?', answered: true });
      });
    });
  }

  function renderDraft(message, item, sentButton) {
    var draft = el('div', 'draft');
    var meta = [];
    if (message.draft.to) { meta.push('To: ' + message.draft.to); }
    if (message.draft.subject) { meta.push('Subject: ' + message.draft.subject); }
    if (meta.length) { draft.appendChild(el('div', 'meta', meta.join('\n'))); }
    draft.appendChild(el('pre', '', message.draft.body));
    var actions = el('div', 'actions');
    var status = el('span', 'status');
    status.setAttribute('aria-live', 'polite');
    var copy = el('button', '', 'Copy');
    copy.type = 'button';
    copy.setAttribute('aria-label', 'Copy the ' + (message.draft.title || 'draft') + ' draft');
    copy.addEventListener('click', function () { copyText(message.draft.body, status); });
    actions.appendChild(copy);
    var open = el('a', 'mail', 'Open in email');
    open.href = mailto(message.draft);
    actions.appendChild(open);
    if (sentButton) { actions.appendChild(actionButton(message, sentButton, item)); }
    actions.appendChild(status);
    draft.appendChild(actions);
    return draft;
  }

  function render(message) {
    var from = message.from === 'member' ? 'member' : 'bot';
    var item = el('li', 'msg ' + from + (message.from === 'nudge' ? ' nudge' : ''));
    if (message.id) { item.setAttribute('data-id', message.id); }
    item.appendChild(el('span', 'visually-hidden', from === 'member' ? 'You: ' : 'followup-bot: '));
    item.appendChild(richText(message.text, from, message.runs));
    if (message.fields && message.fields.length) {
      var fields = el('dl', 'fields');
      message.fields.forEach(function (field) {
        fields.appendChild(el('dt', '', field.label));
        fields.appendChild(el('dd', '', field.value));
      });
      item.appendChild(fields);
    }
    var buttons = (message.buttons || []).slice();
    var sentButton = null;
    if (message.draft) {
      sentButton = buttons.filter(function (b) { return b.value.indexOf('sent ') === 0; })[0] || null;
      buttons = buttons.filter(function (b) { return b !== sentButton; });
      item.appendChild(renderDraft(message, item, sentButton));
    }
    if (buttons.length) {
      var row = el('div', 'buttons');
      row.setAttribute('role', 'group');
      row.setAttribute('aria-label', 'Answers');
      buttons.forEach(function (button) { row.appendChild(actionButton(message, button, item)); });
      item.appendChild(row);
    }
    if (message.files && message.files.length) {
      var files = el('div', 'files');
      message.files.forEach(function (file) {
        if (file.expired) {
          files.appendChild(el('span', 'expired', file.name + ' (expired: type export again)'));
          return;
        }
        var link = el('a', '', file.name);
        link.href = file.url;
        if (file.page) {
          link.target = '_blank';
          link.rel = 'noopener';
        } else {
          link.download = file.name;
        }
        files.appendChild(link);
      });
      item.appendChild(files);
    }
    list.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function settle(item) {
    if (!item) { return; }
    item.querySelectorAll('button[data-value]').forEach(function (b) { b.disabled = true; });
  }

  // What the server does on every answer: the earlier answers' buttons, and the clicked message's, stop applying.
  function settleEarlier(clickedItem) {
    list.querySelectorAll('li.msg.bot:not(.nudge)').forEach(settle);
    settle(clickedItem);
  }

  function clearPage(notes) {
    list.textContent = '';
    (notes || []).forEach(render);
    refreshPipeline();
  }

  function send(text, kind, label, answers, clickedItem) {
    if (!text.trim()) { return; }
    var shown = render({ from: 'member', text: kind === 'button' ? label : text });
    if (kind === 'button') { settle(clickedItem); }
    answered(fetch('/api/message', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, kind: kind, zone: browserZone, label: label || '', answers: answers || 0 })
    }), shown, clickedItem);
  }

  // An employer's email (.eml, .txt) or calendar invite (.ics): the bot reads it and proposes what it means.
  function share(file) {
    var shown = render({ from: 'member', text: '(shared ' + file.name + ')' });
    answered(fetch('/api/file?name=' + encodeURIComponent(file.name) + '&zone=' + encodeURIComponent(browserZone), {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file
    }), shown, null);
  }

  function answered(request, shown, clickedItem) {
    request.then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) {
        list.removeChild(shown);
        render({ from: 'bot', text: result.body.error || 'Something went wrong.', answered: true });
        return;
      }
      if (result.body.forgotten) { clearPage(result.body.messages); return; }
      if (!(result.body.settled && result.body.settled.length && !result.body.messages[0].id)) {
        settleEarlier(clickedItem);
      }
      result.body.messages.forEach(render);
      refreshPipeline();
    }).catch(function () {
      render({ from: 'bot', text: 'I could not reach the bot. Is it still running?', answered: true });
    });
  }

  // --- the composer: a visible count against the bot's own limit, nothing cut silently ------------------
  function length(text) { return Array.from(text.trim()).length; }

  // An employer's email pasted whole may be longer than an answer: the bot reads it as such (a few lines at least).
  function pasted(text) { return text.trim().split('\n').length >= 3 && length(text) <= 15000; }

  function updateCount() {
    var n = length(input.value);
    var over = n > maxLength && !pasted(input.value);
    count.classList.toggle('over', over);
    sendButton.setAttribute('aria-disabled', over ? 'true' : 'false');
    if (n === 0) { count.textContent = ''; return; }
    count.textContent = over
      ? n.toLocaleString('en') + ' of ' + maxLength.toLocaleString('en') + ' characters: I read up to '
        + maxLength.toLocaleString('en') + ', so shorten it by ' + (n - maxLength).toLocaleString('en') + ' to send it.'
      : n.toLocaleString('en') + ' of ' + maxLength.toLocaleString('en') + ' characters';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (length(text) > maxLength && !pasted(text)) { updateCount(); input.focus(); return; }
    input.value = '';
    updateCount();
    send(text, text.trim().indexOf('/followup') === 0 ? 'command' : 'message');
  });
  input.addEventListener('input', updateCount);
  var fileInput = document.getElementById('file');
  fileInput.addEventListener('change', function () {
    if (fileInput.files.length) { share(fileInput.files[0]); }
    fileInput.value = '';
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit'));
    }
  });

  // --- the pipeline and its timelines ----------------------------------------------------------------------
  // Steps of one day share one place on the axis, stacked; places keep a minimum gap so nothing overlaps.
  function dayGroups(steps) {
    var groups = [];
    steps.slice().sort(function (a, b) { return Date.parse(a.at) - Date.parse(b.at); }).forEach(function (step) {
      var key = dayKey(step.at);
      var last = groups[groups.length - 1];
      if (last && last.key === key) { last.steps.push(step); } else { groups.push({ key: key, steps: [step] }); }
    });
    return groups;
  }

  function places(times, left, right, gap) {
    var min = Math.min.apply(null, times), max = Math.max.apply(null, times);
    var span = Math.max(max - min, 86400000);
    var xs = times.map(function (t) { return left + (t - min) / span * (right - left); });
    for (var i = 1; i < xs.length; i++) { xs[i] = Math.max(xs[i], xs[i - 1] + gap); }
    for (var j = xs.length - 1; j >= 0; j--) {
      xs[j] = Math.min(xs[j], j === xs.length - 1 ? right : xs[j + 1] - gap);
    }
    return xs;
  }

  function describeStep(step) { return step.label + ' (' + step.status + ')'; }

  function timeline(card, steps, now, tip) {
    var groups = dayGroups(steps);
    var tallest = groups.reduce(function (m, g) { return Math.max(m, g.steps.length); }, 1);
    var height = 40 + tallest * 14;
    var svg = svgEl('svg', { viewBox: '0 0 300 ' + height, role: 'group',
      'aria-label': 'Timeline: ' + steps.length + ' steps on ' + groups.length + ' days; the list below says the same' });
    if (!groups.length) { return svg; }
    var todayKey = dayKey(now);
    var hasToday = groups.some(function (g) { return g.key === todayKey; });
    var times = groups.map(function (g) { return Date.parse(g.steps[0].at); });
    if (!hasToday) { times.push(Date.parse(now)); }
    var order = times.map(function (t, i) { return { t: t, i: i }; }).sort(function (a, b) { return a.t - b.t; });
    var xsSorted = places(order.map(function (o) { return o.t; }), 16, 284, 18);
    var xs = [];
    order.forEach(function (o, k) { xs[o.i] = xsSorted[k]; });
    var axisY = height - 22;
    svg.appendChild(svgEl('line', { x1: 8, x2: 292, y1: axisY, y2: axisY, stroke: '#888', 'aria-hidden': 'true' }));
    var todayX = hasToday ? xs[groups.map(function (g) { return g.key; }).indexOf(todayKey)] : xs[xs.length - 1];
    svg.appendChild(svgEl('line', { x1: todayX, x2: todayX, y1: 0, y2: axisY + 8, stroke: '#c4134e',
      'stroke-dasharray': '3,2', 'stroke-width': 2, class: 'today', 'aria-hidden': 'true' }));
    var todayLabel = svgEl('text', { x: Math.min(Math.max(todayX + 3, 3), 270), y: 10, 'font-size': 10,
      fill: '#a3103f', 'aria-hidden': 'true' });
    todayLabel.textContent = 'today';
    svg.appendChild(todayLabel);
    var colours = { done: ['#2eb67d', '#1f7a54'], due: ['#e8912d', '#b35c00'], upcoming: ['#fff', '#1264a3'] };
    groups.forEach(function (group, index) {
      var x = xs[index];
      var said = longDate(group.steps[0].at) + ': ' + group.steps.map(describeStep).join('; ');
      var g = svgEl('g', { class: 'day', tabindex: 0, role: 'img', 'aria-label': said });
      var title = svgEl('title');
      title.textContent = said;
      g.appendChild(title);
      g.appendChild(svgEl('rect', { class: 'hit', x: x - 9, y: 2, width: 18, height: axisY + 6, rx: 4 }));
      group.steps.forEach(function (step, k) {
        var c = colours[step.status] || colours.upcoming;
        g.appendChild(svgEl('circle', { class: 'step ' + step.status, cx: x, cy: axisY - k * 14, r: 6,
          fill: c[0], stroke: c[1], 'stroke-width': 2 }));
      });
      if (group.steps.length > 1) {
        var n = svgEl('text', { x: x + 9, y: axisY - (group.steps.length - 1) * 14 - 4, 'font-size': 10 });
        n.textContent = String(group.steps.length);
        g.appendChild(n);
      }
      function show() { tip.textContent = said; }
      g.addEventListener('mouseenter', show);
      g.addEventListener('focus', show);
      svg.appendChild(g);
      if (index === 0 || index === groups.length - 1) {
        var label = svgEl('text', { x: Math.min(Math.max(x, 24), 276), y: axisY + 14, 'font-size': 10,
          'text-anchor': 'middle', 'aria-hidden': 'true' });
        label.textContent = format(group.steps[0].at, { day: 'numeric', month: 'short' });
        svg.appendChild(label);
      }
    });
    return svg;
  }

  function card(interview, now) {
    var node = el('article', 'card');
    node.setAttribute('data-number', interview.number);
    node.setAttribute('aria-label', '#' + interview.number + ' ' + interview.company);
    var rounds = interview.rounds || [];
    node.appendChild(el('h3', '', '#' + interview.number + ' ' + interview.company + ' - ' + interview.role
      + (rounds.length > 1 ? ' (' + rounds.length + ' rounds)' : '')));
    node.appendChild(el('span', 'stage', interview.stage));
    if (rounds.length > 1) {
      var list = el('ol', 'rounds');
      rounds.forEach(function (round) {
        list.appendChild(el('li', 'when', 'Round ' + round.round + ': ' + dateTime(round.at) + ', ' + round.format
          + (round.interviewers.length ? ', with ' + round.interviewers.join(', ') : '')));
      });
      node.appendChild(list);
    } else if (interview.appliedAt) {
      node.appendChild(el('div', 'when', 'Applied: ' + dateTime(interview.appliedAt) + ' (no interview yet)'));
    } else {
      node.appendChild(el('div', 'when', 'Interview: ' + dateTime(interview.interviewAt)));
    }
    var tip = el('p', 'tip');
    tip.setAttribute('aria-hidden', 'true');
    node.appendChild(timeline(node, interview.steps, now, tip));
    node.appendChild(tip);
    var next = interview.steps.filter(function (s) { return s.status !== 'done'; })[0];
    node.appendChild(el('div', 'next', next ? 'Next: ' + next.label + ', ' + dateTime(next.at) : 'Nothing planned'));
    if (interview.steps.length) {
      var details = el('details');
      details.appendChild(el('summary', '', 'The plan as a list'));
      var steps = el('ol');
      interview.steps.forEach(function (step) {
        steps.appendChild(el('li', '', dateTime(step.at) + ': ' + describeStep(step)));
      });
      details.appendChild(steps);
      node.appendChild(details);
    }
    return node;
  }

  function refreshPipeline() {
    fetch('/api/pipeline').then(function (r) { return r.json(); }).then(function (body) {
      setZone(body.zone);
      if (body.pausedUntil) {
        zoneNote.textContent += ' Reminders paused until ' + dateTime(body.pausedUntil) + ' (type resume to end it).';
      }
      cards.textContent = '';
      if (!body.interviews.length) {
        cards.appendChild(el('p', 'empty', 'No interviews yet. Type /followup to add one.'));
        return;
      }
      body.interviews.forEach(function (interview) { cards.appendChild(card(interview, body.now)); });
    });
  }

  // --- what a member can type: the bot's own list of commands, the same as help --------------------------
  fetch('/api/commands').then(function (r) { return r.json(); }).then(function (body) {
    var commands = document.getElementById('commands');
    body.commands.forEach(function (command) {
      var item = el('li');
      item.appendChild(el('code', '', command.example));
      item.appendChild(document.createTextNode(' ' + command.description));
      commands.appendChild(item);
    });
  });

  // --- start: the transcript from the database, then nudges as they arrive ------------------------------
  fetch('/api/history').then(function (r) { return r.json(); }).then(function (body) {
    setZone(body.zone);
    if (body.maxLength) { maxLength = body.maxLength; }
    if (!body.messages.length) { render({ from: 'bot', text: GREETING, answered: true }); }
    body.messages.forEach(render);
    refreshPipeline();
    document.body.setAttribute('data-ready', 'true');
  });

  if (window.EventSource) {
    var events = new EventSource('/api/events');
    events.addEventListener('nudge', function (event) {
      render(JSON.parse(event.data));
      refreshPipeline();
    });
    events.addEventListener('forgotten', function (event) {
      clearPage(JSON.parse(event.data).messages);
    });
  }
  input.focus();
}());
