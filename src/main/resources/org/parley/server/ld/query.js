// Parley's query page: YASGUI on Parley's own endpoint, the competency queries in a picker;
// ?name=NN-name picks one, ?query=TEXT opens any, &run=1 runs it at once.
// Nothing here contacts another host: the endpoint catalogue lists Parley alone, and the
// autocompleters that fetch from prefix.cc and lov.linkeddata.es are switched off.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("parley-config").textContent);
  var queries = JSON.parse(document.getElementById("parley-queries").textContent);
  var picker = document.getElementById("picker");
  // Must be set before the first editor exists: Yasgui copies the defaults when it starts.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "GET" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: null,
    autofocus: false
  });
  var tab = yasgui.getTab();
  function load(name) {
    if (queries[name] !== undefined) tab.setQuery(queries[name]);
  }
  if (config.query) {
    tab.setQuery(config.query);
  } else if (picker && picker.value) {
    load(picker.value);
  }
  if (picker) picker.addEventListener("change", function () { load(picker.value); });
  if (config.run) tab.query().catch(function () {});
  // Results name resources by their canonical IRIs (https://w3id.org/parley/...): follow them on
  // this server instead, with the same mapping the pages use.
  document.getElementById("yasgui").addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (a && a.href.indexOf(config.canonical) === 0) a.href = config.base + "/" + a.href.substring(config.canonical.length);
  }, true);
})();
