// The SPARQL page: YASGUI against this service's /sparql, one tab per named query
// (/sparql-editor/examples.json), the project's prefixes for PREFIX completion and for
// shortening IRIs in the result table (/sparql-editor/prefixes.json). Nothing is fetched
// from elsewhere: the completions that would ask prefix.cc or LOV are replaced or left out.
(function () {
  'use strict';
  var root = document.getElementById('yasgui');
  if (!root || typeof Yasgui === 'undefined') {
    return;
  }
  var endpoint = root.dataset.endpoint;

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.json();
    });
  }

  Promise.all([json(root.dataset.examples), json(root.dataset.prefixes)]).then(function (loaded) {
    var examples = loaded[0];
    var prefixes = loaded[1];
    // Only PREFIX completion, from our own list; class and property completion would ask LOV.
    Yasgui.Yasqe.defaults.autocompleters = ['prefixes'];
    var yasgui = new Yasgui(root, {
      persistenceId: null,
      autoAddOnInit: false,
      populateFromUrl: false,
      copyEndpointOnNewTab: false,
      requestConfig: { endpoint: endpoint, method: 'GET' },
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { prefixCcApi: root.dataset.prefixes, createShareableLink: null },
      yasr: { prefixes: prefixes, defaultPlugin: 'table', pluginOrder: ['table', 'response'] }
    });
    var chosen = root.dataset.chosen;
    var own = root.dataset.query;
    if (own) {
      yasgui.addTab(true, { name: 'Egen fråga', yasqe: { value: own }, requestConfig: { endpoint: endpoint } });
    }
    examples.forEach(function (example) {
      yasgui.addTab(!own && example.name === chosen, {
        name: example.title,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      });
    });
    window.samverkanYasgui = yasgui;
    root.setAttribute('data-ready', 'true');
  }).catch(function (error) {
    root.textContent = 'SPARQL-sidan kunde inte startas: ' + error.message;
  });
})();
