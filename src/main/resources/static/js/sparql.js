// The SPARQL page: load examples into the editor, run queries with fetch, render results as a table.
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  var editor = document.getElementById('query');
  var select = document.getElementById('example');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var csv = document.getElementById('download-csv');
  var json = document.getElementById('download-json');

  function updateLinks() {
    var q = encodeURIComponent(editor.value);
    csv.href = '/sparql?query=' + q + '&format=csv';
    json.href = '/sparql?query=' + q + '&format=json';
  }

  function showExample(name) {
    document.querySelectorAll('.example-info').forEach(function (el) {
      el.hidden = el.id !== 'info-' + name;
    });
    var text = document.getElementById('text-' + name);
    if (text) {
      editor.value = text.value;
      updateLinks();
    }
    var url = new URL(window.location.href);
    if (name) { url.searchParams.set('example', name); } else { url.searchParams.delete('example'); }
    url.searchParams.delete('query');
    history.replaceState(null, '', url);
  }

  function cell(value) {
    var td = document.createElement('td');
    if (value === undefined) {
      return td;
    }
    var text = value.value;
    var ids = /^https:\/\/w3id\.org\/samverkan\/id\/(person|group|org|meeting|matter)\/([a-z0-9_-]+)$/.exec(text);
    var pages = { person: '/people/', group: '/groups/', org: '/organisations/', meeting: '/meetings/', matter: '/agreements/' };
    if (ids) {
      var a = document.createElement('a');
      a.href = pages[ids[1]] + ids[2];
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
    return td;
  }

  function renderTable(vars, rows) {
    results.innerHTML = '';
    var caption = document.createElement('p');
    caption.id = 'result-count';
    caption.textContent = rows.length + (rows.length === 1 ? ' rad' : ' rader');
    results.appendChild(caption);
    var table = document.createElement('table');
    table.id = 'result-table';
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.textContent = v;
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    results.appendChild(table);
  }

  function showError(message) {
    results.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'error-message';
    p.id = 'result-error';
    p.textContent = message;
    results.appendChild(p);
  }

  function run() {
    status.textContent = 'Kör …';
    fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
                 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' },
      body: 'query=' + encodeURIComponent(editor.value)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        return response.json().then(function (problem) {
          throw new Error((problem.title || 'Fel') + ': ' + (problem.detail || response.status));
        }, function () { throw new Error('Fel ' + response.status); });
      }
      if (type.indexOf('json') >= 0 && type.indexOf('ld+json') < 0) {
        return response.json().then(function (data) {
          if (typeof data.boolean === 'boolean') {
            renderTable(['svar'], [{ svar: { value: data.boolean ? 'ja (true)' : 'nej (false)' } }]);
          } else {
            renderTable(data.head.vars, data.results.bindings);
          }
        });
      }
      return response.text().then(function (text) {
        results.innerHTML = '';
        var pre = document.createElement('pre');
        pre.textContent = text;
        results.appendChild(pre);
      });
    }).then(function () {
      status.textContent = '';
    }).catch(function (error) {
      status.textContent = '';
      showError(error.message);
    });
  }

  function runNamed(paramsForm) {
    var name = paramsForm.dataset.query;
    var params = new URLSearchParams();
    paramsForm.querySelectorAll('input').forEach(function (input) {
      if (input.value) { params.set(input.name, input.value); }
    });
    status.textContent = 'Kör …';
    fetch('/api/queries/' + encodeURIComponent(name) + '?' + params.toString(), { headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error((data.title || 'Fel') + ': ' + (data.detail || response.status)); }
          var rows = data.results.map(function (row) {
            var out = {};
            data.variables.forEach(function (v) {
              if (row[v] !== undefined && row[v] !== null) { out[v] = { value: String(row[v]) }; }
            });
            return out;
          });
          renderTable(data.variables, rows);
          status.textContent = '';
        });
      }).catch(function (error) {
        status.textContent = '';
        showError(error.message);
      });
  }

  select.addEventListener('change', function () { showExample(select.value); });
  editor.addEventListener('input', updateLinks);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  document.querySelectorAll('form.params').forEach(function (paramsForm) {
    paramsForm.addEventListener('submit', function (event) {
      event.preventDefault();
      runNamed(paramsForm);
    });
  });
  updateLinks();
})();
