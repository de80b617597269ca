// briefing serve: reload the page after each rebuild, show a build error over the page.
// Injected by the preview server only; never part of the built site.
(function () {
  "use strict";
  var STATUS = "/__briefing__/status";
  var seen = null;
  var overlay = null;

  function showError(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "briefing-build-error";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1rem 1.25rem;background:#3b0a0a;color:#ffe5e5;font:14px/1.45 ui-monospace,monospace;" +
        "border-bottom:4px solid #ff5c5c;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "Build failed: the page shows the last good build.\n\n" + text;
  }

  function hideError() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function poll() {
    fetch(STATUS, { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (seen === null) { seen = status.generation; }
        if (status.generation !== seen) { location.reload(); return; }
        if (status.error) { showError(status.error); } else { hideError(); }
      })
      .catch(function () { /* server restarting: keep polling */ })
      .finally(function () { setTimeout(poll, 500); });
  }

  poll();
})();
