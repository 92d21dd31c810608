// Starts GraphiQL against this server's own endpoint; every asset comes from this server (no CDN).
(function () {
  var defaultQuery = [
    '# OnePlusX 1+X 证书试点 GraphQL. The schema documents itself: open the Docs panel (left).',
    '# 试点院校及其所在城市 / pilot colleges and their cities:',
    '{',
    '  colleges(first: 10) {',
    '    totalCount',
    '    edges { node { code name city { name province { name } } } }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true }));
})();
