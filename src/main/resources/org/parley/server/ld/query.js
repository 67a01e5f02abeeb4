// Parley's query page: YASGUI on Parley's own endpoint, the competency queries in a picker.
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
})();
