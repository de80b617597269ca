// Site search on the search page: the Pagefind UI, pointed at this site's own index shards.
// Paths are worked out from this script's URL, so the site works at a domain root and under /repo/.
(function () {
  "use strict";
  var container = document.getElementById("search");
  if (!container) { return; }
  var unavailable = document.getElementById("search-unavailable");
  var script = document.currentScript;
  var root = new URL("../", script ? script.src : window.location.href);
  if (window.location.protocol === "file:" || typeof window.PagefindUI !== "function") {
    if (unavailable) { unavailable.hidden = false; }
    return;
  }
  // The index comes in shards (a month of articles each, and one for entities): the first is
  // loaded, the others merged into its results.
  var bundles = (container.getAttribute("data-bundles") || "pagefind/").split(" ").filter(Boolean).map(function (path) {
    return new URL(path, root).pathname;
  });
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
    baseUrl: root.pathname,
    showImages: false,
    resetStyles: false,
    showSubResults: false,
    translations: { placeholder: "Search articles, people, places, organisations" }
  });
  labelSearchInput(container);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
  var header = document.getElementById("site-search");
  if (header && query) { header.value = query; }

  // Pagefind's input carries only a title; give it a proper accessible name once it exists.
  function labelSearchInput(element) {
    var label = function () {
      var input = element.querySelector("input");
      if (input) { input.setAttribute("aria-label", "Search the briefing"); }
      return Boolean(input);
    };
    if (label()) { return; }
    var observer = new MutationObserver(function () { if (label()) { observer.disconnect(); } });
    observer.observe(element, { childList: true, subtree: true });
  }
})();
