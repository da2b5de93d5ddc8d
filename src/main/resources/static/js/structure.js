// Draws the collaboration structure with cytoscape from the node and edge lists on the page.
(function () {
  'use strict';
  var container = document.getElementById('cy');
  if (!container || typeof cytoscape !== 'function') {
    return;
  }
  var elements = [];
  document.querySelectorAll('#structure-nodes li').forEach(function (li) {
    elements.push({ group: 'nodes', data: {
      id: li.dataset.id, label: li.dataset.label, type: li.dataset.type,
      kind: li.dataset.kind || '', href: li.dataset.href } });
  });
  document.querySelectorAll('#structure-edges li').forEach(function (li, i) {
    elements.push({ group: 'edges', data: {
      id: 'e' + i, source: li.dataset.source, target: li.dataset.target,
      relation: li.dataset.relation, label: li.dataset.label } });
  });
  var kindColours = {
    'chefsgrupp': '#1f5f8b', 'arbetsutskott (AU)': '#3b8bc2', 'länsdelsgrupp (LDG)': '#5aa469',
    'tvärgrupp': '#8c6bb1', 'samverkansråd': '#c2571a', 'ledningsgrupp': '#1f5f8b',
    'styrgrupp': '#a0522d', 'arbetsgrupp': '#6b8e23', 'fokusgrupp': '#2e8b8b', 'nätverk': '#7a7a7a'
  };
  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 8, 'text-wrap': 'wrap', 'text-max-width': 100,
        'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#222',
        'width': 22, 'height': 22 } },
      { selector: 'node[type = "group"]', style: {
        'shape': 'round-rectangle', 'width': 30, 'height': 20,
        'background-color': function (n) { return kindColours[n.data('kind')] || '#4a6fa5'; } } },
      { selector: 'node[type = "organisation"]', style: {
        'shape': 'ellipse', 'background-color': '#e0b84c', 'border-color': '#9c7a1c', 'border-width': 1 } },
      { selector: 'edge', style: {
        'width': 1.2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7,
        'line-color': '#999', 'target-arrow-color': '#999' } },
      { selector: 'edge[relation = "parent"]', style: { 'line-color': '#1f5f8b', 'target-arrow-color': '#1f5f8b', 'width': 2.5 } },
      { selector: 'edge[relation = "reportsTo"]', style: { 'line-color': '#5aa469', 'target-arrow-color': '#5aa469', 'width': 2, 'line-style': 'dashed' } },
      { selector: 'edge[relation = "participatingOrganization"]', style: { 'line-color': '#d9a520', 'target-arrow-color': '#d9a520' } },
      { selector: 'edge[relation = "represented"]', style: { 'line-color': '#d8cfb0', 'target-arrow-color': '#d8cfb0', 'line-style': 'dotted' } },
      { selector: 'edge[relation = "hostedBy"]', style: { 'line-color': '#c2571a', 'target-arrow-color': '#c2571a' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } }
    ],
    layout: { name: 'cose', animate: false, randomize: false, padding: 20, nodeOverlap: 40,
              nodeRepulsion: function () { return 60000; }, idealEdgeLength: function () { return 110; },
              componentSpacing: 60, gravity: 0.5, numIter: 2500 }
  });
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
