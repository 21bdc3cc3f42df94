// The LwM2M console page: everything it shows and does goes through the JSON API it documents (README).
(function () {
  'use strict';
  var root = document.getElementById('lwm2m');
  // origin, not a relative URL: a page opened as http://user:password@host/ may not fetch relative URLs
  var api = window.location.origin + root.getAttribute('data-api');
  var shape = null;

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function status(text, ok) {
    var line = document.getElementById('lwm2m-status');
    line.textContent = text;
    line.className = ok ? 'lwm2m-ok' : 'lwm2m-error';
  }

  function call(method, resource, body, query) {
    var options = { method: method, headers: {}, credentials: 'same-origin' };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(api + '/' + resource + '.json' + (query || ''), options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || response.statusText); }
        return json;
      });
    });
  }

  function endpoint() {
    return document.getElementById('lwm2m-endpoint').value;
  }

  function show(value) {
    if (value === undefined || value === null) { return ''; }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  function renderClients(clients) {
    var select = document.getElementById('lwm2m-endpoint');
    var chosen = select.value;
    select.textContent = '';
    var rows = [el('tr', {}, ['Endpoint', 'Server', 'Short id', 'State', 'Lifetime (s)', 'Last update',
      'Location', ''].map(function (h) { return el('th', {}, [h]); }))];
    clients.forEach(function (client) {
      select.appendChild(el('option', { value: client.endpoint }, [client.endpoint]));
      var update = el('button', { type: 'button', id: 'update-' + client.endpoint }, ['Update now']);
      update.onclick = function () {
        call('POST', 'update', { endpoint: client.endpoint })
          .then(function () { status('Update sent by ' + client.endpoint, true); })
          .catch(function (e) { status(e.message, false); });
      };
      var bootstrap = el('button', { type: 'button', id: 'bootstrap-' + client.endpoint }, ['Bootstrap']);
      bootstrap.onclick = function () {
        call('POST', 'bootstrap', { endpoint: client.endpoint })
          .then(function () { status(client.endpoint + ' is bootstrapping again', true); })
          .catch(function (e) { status(e.message, false); });
      };
      var registrations = client.registrations.length ? client.registrations : [{}];
      registrations.forEach(function (r, i) {
        rows.push(el('tr', {}, [
          el('td', {}, [i === 0 ? client.endpoint : '']), el('td', {}, [show(r.server)]),
          el('td', {}, [show(r.shortServerId)]),
          el('td', { id: 'state-' + client.endpoint + '-' + show(r.shortServerId) }, [show(r.state || 'no server')]),
          el('td', {}, [show(r.lifetime)]), el('td', {}, [show(r.lastUpdate)]), el('td', {}, [show(r.location)]),
          el('td', {}, i === 0 ? [update, ' ', bootstrap] : [])]));
      });
    });
    var box = document.getElementById('lwm2m-clients');
    box.textContent = '';
    box.appendChild(clients.length ? el('table', {}, rows) : el('p', {}, ['No client is configured.']));
    if (chosen && clients.some(function (c) { return c.endpoint === chosen; })) { select.value = chosen; }
    var current = clients.filter(function (c) { return c.endpoint === select.value; })[0];
    renderEvents(current ? current.events : []);
  }

  function renderEvents(events) {
    var box = document.getElementById('lwm2m-events');
    box.textContent = '';
    var rows = [el('tr', {}, [el('th', {}, ['Time']), el('th', {}, ['Server']), el('th', {}, ['Event'])])];
    events.slice().reverse().forEach(function (e) {
      rows.push(el('tr', {}, [el('td', {}, [e.time]), el('td', {}, [e.shortServerId === 0 ? 'bootstrap'
        : String(e.shortServerId)]), el('td', {}, [e.event])]));
    });
    box.appendChild(el('table', {}, rows));
  }

  function pathOf(object, instance, resource) {
    return object.id + '/' + instance.id + '/' + resource.id;
  }

  function valueText(resource) {
    return resource.values !== undefined ? show(resource.values) : show(resource.value);
  }

  function action(path, resource) {
    var id = path.replace(/\//g, '-');
    if (resource.operations.indexOf('E') >= 0) {
      var args = el('input', { id: 'x-' + id, placeholder: "arguments, e.g. 0='now'", 'class': 'lwm2m-value' });
      var run = el('button', { type: 'button', id: 'xb-' + id }, ['Execute']);
      run.onclick = function () {
        call('POST', 'execute', { endpoint: endpoint(), path: path, arguments: args.value })
          .then(function () { status('Executed ' + path, true); })
          .catch(function (e) { status(path + ': ' + e.message, false); });
      };
      return [args, run];
    }
    if (resource.operations.indexOf('W') >= 0 && !resource.multiple) {
      var input = el('input', { id: 'w-' + id, 'class': 'lwm2m-value' });
      var write = el('button', { type: 'button', id: 'wb-' + id }, ['Write']);
      write.onclick = function () {
        call('POST', 'write', { endpoint: endpoint(), path: path, value: input.value })
          .then(function (answer) { status('Wrote ' + path + ' = ' + show(answer.value), true); refreshObjects(); })
          .catch(function (e) { status(path + ': ' + e.message, false); });
      };
      return [input, write];
    }
    return [];
  }

  function renderObjects(objects) {
    var paths = [];
    objects.forEach(function (o) {
      (o.instances || []).forEach(function (i) {
        i.resources.forEach(function (r) { paths.push(pathOf(o, i, r)); });
      });
    });
    var key = endpoint() + '|' + paths.join(',');
    if (key === shape) {
      objects.forEach(function (o) {
        (o.instances || []).forEach(function (i) {
          i.resources.forEach(function (r) {
            document.getElementById('v-' + pathOf(o, i, r).replace(/\//g, '-')).textContent = valueText(r);
          });
        });
      });
      return;
    }
    shape = key;
    var box = document.getElementById('lwm2m-objects');
    box.textContent = '';
    objects.forEach(function (o) {
      box.appendChild(el('h3', { id: 'o-' + o.id }, ['/' + o.id + ' ' + o.name + ' (version ' + o.version + ')']));
      if (o.error) { box.appendChild(el('p', { 'class': 'lwm2m-error' }, [o.error])); return; }
      o.instances.forEach(function (i) {
        if (!i.resources.length) {
          box.appendChild(el('p', { 'class': 'lwm2m-hint' }, ['/' + o.id + '/' + i.id + ': nothing readable']));
          return;
        }
        var rows = [el('tr', {}, ['Path', 'Resource', 'Type', 'Ops', 'Value', '']
          .map(function (h) { return el('th', {}, [h]); }))];
        i.resources.forEach(function (r) {
          var path = pathOf(o, i, r);
          rows.push(el('tr', {}, [el('td', {}, ['/' + path]), el('td', {}, [r.name]), el('td', {}, [r.type]),
            el('td', {}, [r.operations]), el('td', { id: 'v-' + path.replace(/\//g, '-') }, [valueText(r)]),
            el('td', {}, action(path, r))]));
        });
        box.appendChild(el('table', { id: 'i-' + o.id + '-' + i.id }, rows));
      });
    });
  }

  function renderPeripherals(answer) {
    var form = document.getElementById('lwm2m-add');
    if (!form.childNodes.length) {
      answer.settings.forEach(function (s) {
        var field;
        if (s.options.length) {
          field = el('select', { id: 'p-' + s.id, name: s.id }, s.options.map(function (o) {
            return el('option', { value: o.value }, [o.label]);
          }));
          field.value = s['default'];
        } else {
          field = el('input', { id: 'p-' + s.id, name: s.id, value: s['default'], size: 8 });
        }
        form.appendChild(el('label', { title: s.description }, [s.name + ' ', field]));
      });
      var add = el('button', { type: 'submit', id: 'lwm2m-add-button' }, ['Add peripheral']);
      form.appendChild(add);
      form.onsubmit = function (event) {
        event.preventDefault();
        var settings = {};
        answer.settings.forEach(function (s) { settings[s.id] = document.getElementById('p-' + s.id).value; });
        call('POST', 'peripherals', settings)
          .then(function (created) { status('Added peripheral ' + created.pid, true); refreshPeripherals(); })
          .catch(function (e) { status(e.message, false); });
      };
    }
    var rows = [el('tr', {}, ['PID', 'Settings', 'From', ''].map(function (h) { return el('th', {}, [h]); }))];
    answer.peripherals.forEach(function (p) {
      var remove = el('button', { type: 'button', id: 'rm-' + p.pid }, ['Remove']);
      remove.onclick = function () {
        call('DELETE', 'peripherals', undefined, '?pid=' + encodeURIComponent(p.pid))
          .then(function () { status('Removed peripheral ' + p.pid, true); refreshPeripherals(); })
          .catch(function (e) { status(e.message, false); });
      };
      rows.push(el('tr', {}, [el('td', {}, [p.pid]), el('td', {}, [show(p.settings)]),
        el('td', {}, [p.file ? 'file' : 'console or shell']), el('td', {}, [remove])]));
    });
    var box = document.getElementById('lwm2m-peripherals');
    box.textContent = '';
    box.appendChild(el('table', { id: 'lwm2m-peripheral-table' }, rows));
  }

  function refreshObjects() {
    if (!endpoint()) { return Promise.resolve(); }
    return call('GET', 'objects', undefined, '?endpoint=' + encodeURIComponent(endpoint()))
      .then(renderObjects).catch(function (e) { status(e.message, false); });
  }

  function refreshPeripherals() {
    return call('GET', 'peripherals').then(renderPeripherals).catch(function (e) {
      document.getElementById('lwm2m-peripherals').textContent = e.message;
    });
  }

  function refresh() {
    return call('GET', 'clients').then(renderClients).then(refreshObjects)
      .catch(function (e) { status(e.message, false); });
  }

  document.getElementById('lwm2m-endpoint').onchange = function () { shape = null; refresh(); };
  refresh();
  refreshPeripherals();
  setInterval(function () {
    if (document.getElementById('lwm2m-live').checked) { refresh(); }
  }, 2000);
}());
