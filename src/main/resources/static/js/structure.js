// Draws one region's collaboration structure with cytoscape from the node and edge lists on
// the page: groups inside the group they are part of (compound nodes), laid out by fcose.
(function () {
  'use strict';
  var container = document.getElementById('cy');
  if (!container || typeof cytoscape !== 'function') {
    return;
  }
  var layoutName = 'cose';
  if (typeof cytoscapeFcose === 'function') {
    cytoscape.use(cytoscapeFcose);
    layoutName = 'fcose';
  }
  var elements = [];
  document.querySelectorAll('#structure-nodes li').forEach(function (li) {
    var data = { id: li.dataset.id, label: li.dataset.label, type: li.dataset.type,
      kind: li.dataset.kind || '', href: li.dataset.href };
    if (li.dataset.parent) {
      data.parent = li.dataset.parent;
    }
    elements.push({ group: 'nodes', data: data });
  });
  document.querySelectorAll('#structure-edges li').forEach(function (li, i) {
    // "Part of" is drawn by nesting a group inside its parent, not as a line.
    if (li.dataset.relation === 'parent') {
      return;
    }
    elements.push({ group: 'edges', data: {
      id: 'e' + i, source: li.dataset.source, target: li.dataset.target,
      relation: li.dataset.relation, label: li.dataset.label } });
  });
  var kindColours = {
    'chefsgrupp': '#1f5f8b', 'arbetsutskott (AU)': '#3b8bc2', 'länsdelsgrupp (LDG)': '#5aa469',
    'tvärgrupp': '#8c6bb1', 'samverkansråd': '#c2571a', 'ledningsgrupp': '#1f5f8b',
    'styrgrupp': '#a0522d', 'arbetsgrupp': '#6b8e23', 'fokusgrupp': '#2e8b8b', 'nätverk': '#7a7a7a'
  };
  var colour = function (n) { return kindColours[n.data('kind')] || '#4a6fa5'; };
  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 13, 'text-wrap': 'wrap', 'text-max-width': 160,
        'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1b1b1b',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2,
        'width': 26, 'height': 26 } },
      { selector: 'node[type = "group"]', style: {
        'shape': 'round-rectangle', 'width': 36, 'height': 24, 'background-color': colour } },
      { selector: ':parent', style: {
        'shape': 'round-rectangle', 'background-opacity': 0.08, 'background-color': colour,
        'border-color': colour, 'border-width': 2, 'padding': 18,
        'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-weight': 'bold' } },
      { selector: 'node[type = "organisation"]', style: {
        'shape': 'ellipse', 'background-color': '#e0b84c', 'border-color': '#9c7a1c', 'border-width': 1,
        'font-size': 11, 'color': '#5a4a1a' } },
      { selector: 'edge', style: {
        'width': 1.4, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'line-color': '#999', 'target-arrow-color': '#999' } },
      { selector: 'edge[relation = "reportsTo"]', style: { 'line-color': '#5aa469', 'target-arrow-color': '#5aa469', 'width': 2.5, 'line-style': 'dashed' } },
      { selector: 'edge[relation = "participatingOrganization"]', style: { 'line-color': '#d9a520', 'target-arrow-color': '#d9a520', 'opacity': 0.6 } },
      { selector: 'edge[relation = "represented"]', style: { 'line-color': '#d8cfb0', 'target-arrow-color': '#d8cfb0', 'line-style': 'dotted', 'opacity': 0.6 } },
      { selector: 'edge[relation = "hostedBy"]', style: { 'line-color': '#c2571a', 'target-arrow-color': '#c2571a' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  // The smallest zoom at which 13 px labels stay readable (about 9 px on screen).
  var readableZoom = 0.7;
  var layout = function () {
    window.structureLaidOut = false;
    var run = cy.elements(':visible').layout({
      name: layoutName, animate: false, randomize: true, quality: 'default', padding: 24,
      nodeDimensionsIncludeLabels: true, packComponents: true, nodeSeparation: 90,
      idealEdgeLength: function () { return 120; }, nodeRepulsion: function () { return 9000; },
      nestingFactor: 0.2, tilingPaddingVertical: 24, tilingPaddingHorizontal: 24
    });
    run.one('layoutstop', function () {
      window.structureLaidOut = true;
      cy.fit(cy.elements(':visible'), 24);
      if (cy.zoom() < readableZoom) {
        // Too many nodes to fit legibly: start readable, on the largest group; the user pans.
        var largest = cy.nodes(':visible:parentless').max(function (n) { return n.descendants().length; }).ele;
        cy.zoom({ level: readableZoom, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
        if (largest) {
          cy.center(largest);
        }
      }
    });
    run.run();
  };

  var organisations = document.getElementById('show-organisations');
  var showOrganisations = function () {
    cy.nodes('[type = "organisation"]').toggleClass('hidden', !organisations.checked);
  };
  if (organisations) {
    showOrganisations();
    organisations.addEventListener('change', function () {
      showOrganisations();
      layout();
    });
  }
  // Laid out once the page has loaded, so a large region never holds up the page itself.
  window.setTimeout(layout, 0);
  var regionSelect = document.getElementById('region-select');
  if (regionSelect) {
    regionSelect.addEventListener('change', function () { regionSelect.form.submit(); });
  }
  cy.on('tap', 'node', function (event) {
    var href = event.target.data('href');
    if (href) {
      window.location.href = href;
    }
  });
  cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', function () { container.style.cursor = ''; });
  window.structureGraph = cy;
})();
